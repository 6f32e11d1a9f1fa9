"""Batch 44, module 1: seven fictional plans (tuning material), places beginning with "n".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: action tables whose column headings are unusual, abbreviated,
bilingual, split over two header rows or missing altogether: a transposed
grid with one action per column, a Ref table that runs over two PDF pages
with its header repeated, a pipe-separated case-system export with
abbreviated headings and a key, a tab-separated Word paste with no heading
row, a Polish / English table with a Ref column and a blank spacer column,
one small label table per action, and a landscape table with a two-row
header (Responsibility: Lead / With; Timeframe for action: Start /
Deadline or frequency) and a spacer column. Three are exemplary.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Review plan, landscape docx: transposed tables, first column holds the
#    row labels (Ref / What will happen / Named lead / Timeline / What will
#    tell us it worked), one action per column. Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b44_nandlebury_transposed_action_columns_ashworth.docx",
    "doc_title": "Child Protection Plan (review) - Skye and Reggie Ashworth",
    "split": "tune",
    "landscape": True,
    "template": "rcpc-plan-docx-landscape-transposed-tables-row-labels-first-column-ref-what-will-happen-named-lead-timeline-what-will-tell-us-it-worked-one-action-per-column-three-theme-tables",
    "description": (
        "Review conference plan for a 7-year-old and a 2-year-old (neglect, mother's drinking). The "
        "action tables are transposed: row labels down the first column, one action per column, "
        "grouped in three themed tables. Grandad's school-run help is 'as and when needed', the SALT "
        "referral has no measure, nursery's only measure is 'development monitored', the home "
        "conditions checklist has no named lead, one column is owned by 'All professionals', the GP "
        "column has no timeline; the contingency sends the children to Grandad with no fallback "
        "though he and an aunt carry part of the plan, and no legal step is named."
    ),
    "blocks": [
        ("title", "Nandlebury Children's Services – Child Protection Plan"),
        ("p", "Review Child Protection Conference, 09/09/2025, Committee Room B, Nandlebury Civic Hall. "
              "The plan continues under the category of neglect."),
        ("kv", [
            ("Children", "Skye Ashworth, born 21/05/2018 (7), Year 3 at St Brannock's CE Primary; "
                         "Reggie Ashworth, born 14/01/2023 (2), not yet at nursery"),
            ("Home", "Gemma Ashworth (mum, 31), 6 Coldharbour Row, Nandlebury"),
            ("Fathers", "Skye's father, Liam Tregear, has had no contact since 2020. Reggie's father, "
                        "Connor Bell, sees Reggie on alternate Sundays at his own mother's flat."),
            ("Family network", "Alan Ashworth (maternal grandfather), Larkspur Court; Chloe Ashworth "
                               "(maternal aunt), Eastway"),
            ("Allocated social worker", "Bethan Morrow, Locality Team 3"),
            ("Conference chair", "Graham Tulloch"),
        ]),
        ("h1", "Why the plan continues"),
        ("p", "Gemma has been drinking strong cider most days since her mother died in the spring of 2024. "
              "When the initial conference met in June, Skye's attendance was 81%, she was arriving at "
              "school hungry, and Reggie had missed his 2-year health review twice. The flat had no "
              "working fridge, dog mess in the hallway and no sheet on either child's mattress."),
        ("p", "Since June there has been real movement. Gemma began key-work at the Nandlebury Recovery "
              "Partnership in July and says she now drinks on two or three evenings a week rather than "
              "every day; she had two heavy weekends in August, on one of which Alan collected the "
              "children. A fridge was bought with a Family Hub grant. Gemma also told conference that "
              "she sleeps badly and has been getting pains in her side, and that she has not been to the "
              "doctor about either. Conference agreed that things are better but that the gains are "
              "recent and depend on Gemma's drinking continuing to fall."),
        ("h1", "What Skye and Reggie have shown and told us"),
        ("p", "Skye, seen on her own at school on 28/08/2025: \"I like it when Mum's not poorly. When she's "
              "poorly I do Reggie's cereal and put the telly on for him.\" She put home at 6 out of 10 and "
              "Grandad's at 10 \"because there's always crumpets\". She wants to join Brownies like her "
              "friend Maisie and asked whether the social worker \"can make Mum stop the cans\"."),
        ("p", "Reggie has a handful of words (\"dog\", \"more\", \"Gan-gan\") and toddles straight to Alan "
              "when he comes in. On two afternoon visits in August he was still in his night nappy at "
              "2pm and had a sore rash; he cried for food and settled as soon as he was given toast."),
        ("h1", "What needs to be different for the children"),
        ("bullets", [
            "Skye is at school on time every day having had breakfast, and is no longer the one who feeds "
            "Reggie or puts him to bed.",
            "Reggie has his 2-year review, is saying more words by Christmas, and is changed and fed "
            "through the day by a sober adult.",
            "Both children live in a clean flat with food in the fridge and a made-up bed each.",
        ]),
        ("h1", "Plan of work"),
        ("p", "Set out in the new landscape layout: each column is one action, read downwards."),
        ("h2", "A. Skye – school, breakfast and time to be seven"),
        ("table", {
            "header": ["Ref", "A1", "A2", "A3", "A4"],
            "widths": [4.1, 5.4, 5.4, 5.4, 5.4],
            "bold_first_col": True,
            "rows": [
                ["What will happen",
                 "Planned and unannounced home visits; see Skye on her own and look at what food there is "
                 "for breakfast",
                 "Breakfast club place for Skye, with staff noting each morning whether she has eaten",
                 "Help Gemma with the school run and with Skye's reading book",
                 "Brownies place for Skye at the 1st Nandlebury pack, with her uniform paid from the Family "
                 "Hub fund"],
                ["Named lead",
                 "SW Bethan Morrow",
                 "Mrs Dawn Kettle, DSL, St Brannock's",
                 "Alan Ashworth (grandad)",
                 "FSW Kayleigh Dunn, Nandlebury Family Hub"],
                ["Timeline",
                 "Every 2 weeks; at least one visit in four unannounced",
                 "Every school day from 10/09/2025",
                 "As and when needed",
                 "Enrolled by half term (24/10/2025)"],
                ["What will tell us it worked",
                 "Visit record notes what Skye says and what food was in the kitchen",
                 "Breakfast club register; Skye's attendance at 95% or above each half term, sent to the SW",
                 "Skye's reading record signed at least three times a week",
                 "Pack leader's register shows Skye at Brownies each Thursday"],
            ],
        }),
        ("h2", "B. Reggie – health, talking and care through the day"),
        ("table", {
            "header": ["Ref", "B1", "B2", "B3", "B4"],
            "widths": [4.1, 5.4, 5.4, 5.4, 5.4],
            "bold_first_col": True,
            "rows": [
                ["What will happen",
                 "2-year developmental review at home, covering Reggie's speech, weight and nappy rash",
                 "Referral to speech and language therapy for Reggie if the review shows a delay",
                 "Funded two-year-old place for Reggie at Little Acorns Nursery, three mornings a week",
                 "Have Reggie and Skye overnight at Chloe's and do bath and bedtime"],
                ["Named lead",
                 "HV Priya Lakhani",
                 "HV Priya Lakhani",
                 "FSW Kayleigh Dunn",
                 "Chloe Ashworth (aunt)"],
                ["Timeline",
                 "By 03/10/2025",
                 "Within 5 working days of the review",
                 "Place to start by 03/11/2025",
                 "Every Saturday night"],
                ["What will tell us it worked",
                 "ASQ-3 scores and weight in the red book, copy to the SW",
                 "",
                 "Reggie's development monitored",
                 "Chloe writes each stay in the family diary, read by the SW at visits"],
            ],
        }),
        ("h2", "C. Gemma's drinking and the flat"),
        ("table", {
            "header": ["Ref", "C1", "C2", "C3", "C4"],
            "widths": [4.1, 5.4, 5.4, 5.4, 5.4],
            "bold_first_col": True,
            "rows": [
                ["What will happen",
                 "Alcohol key-work with breath tests, and a written view for each core group on whether "
                 "Gemma's drinking is falling and what that means for Skye and Reggie",
                 "Go through the home conditions checklist with Gemma room by room, including the "
                 "children's beds and the dog's area",
                 "Tell the SW the same day if Gemma smells of alcohol at pick-up or at any appointment",
                 "GP appointment for Gemma about her sleep and the pains in her side, with blood tests "
                 "for her liver"],
                ["Named lead",
                 "Owen Pascoe, recovery worker, Nandlebury Recovery Partnership",
                 "–",
                 "All professionals",
                 "Dr Ruth Ansell, Coldharbour Medical Practice"],
                ["Timeline",
                 "Weekly; written view before each core group",
                 "Fortnightly",
                 "Same day",
                 ""],
                ["What will tell us it worked",
                 "Breath test readings and the written view read at each core group",
                 "Checklist score of 4 out of 5 or better in every room by the review conference",
                 "Each concern logged on both children's files with the time and who saw it",
                 "Blood results and a GP letter sent to Owen and the SW"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Gemma is found under the influence of alcohol while she is caring for the children, if "
              "Skye arrives at school without breakfast on three days in one week, or if nobody collects "
              "Skye or Reggie, the SW (or the emergency duty team out of hours) will hold a strategy "
              "discussion that day. Skye and Reggie will go to stay with Grandad Alan at Larkspur Court "
              "and remain there until Gemma has had 48 hours without a drink and the SW has seen the "
              "children at home again."),
        ("h1", "Core group and review"),
        ("p", "The core group will meet every 6 weeks at St Brannock's, on 30/09/2025 and 11/11/2025 at "
              "9.30am. The next review child protection conference is on 08/12/2025 at Nandlebury Civic "
              "Hall."),
        ("p", "Plan typed by Bethan Morrow, SW, 10/09/2025, and sent to Gemma, Alan, Chloe and all agencies."),
    ],
    "findings": [
        F("T002", "Help Gemma with the school run and with Skye's reading book"),
        F("M001", "Referral to speech and language therapy for Reggie"),
        F("M002", "Funded two-year-old place for Reggie at Little Acorns Nursery"),
        F("W001", "Go through the home conditions checklist with Gemma room by room"),
        F("W002", "Tell the SW the same day if Gemma smells of alcohol"),
        F("T001", "GP appointment for Gemma about her sleep and the pains"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. ICPC plan, PDF: Ref | Action | Agency / worker | Date for completion |
#    Indicator of success, fourteen rows running over two pages with the
#    header repeated; page header and footer. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b44_nerrowfield_ref_table_repeated_header_malik.pdf",
    "doc_title": "Initial Child Protection Plan - Ayaan and Noor Malik",
    "split": "tune",
    "template": "icpc-plan-paged-ref-action-agency-worker-date-for-completion-indicator-of-success-fourteen-rows-over-two-pages-repeated-header",
    "description": (
        "Exemplary initial conference plan for a 9-year-old and a 5-year-old (physical abuse: father "
        "hit with a belt; mother's depression). One Ref / Action / Agency-worker / Date for completion "
        "/ Indicator of success table of fourteen rows that runs onto a second page with its header "
        "repeated. Every row has a named owner, a date or frequency and an observable indicator; the "
        "CMHT psychologist assesses capacity and timescale; the GP reports; specific contingency; core "
        "group dates, review date and legal planning trigger."
    ),
    "header": "OFFICIAL-SENSITIVE | Nerrowfield City Council | Children's Social Care",
    "footer": "Malik children – initial CP plan 16/10/2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Agreed at the initial child protection conference on 16/10/2025, Nerrowfield City Council "
              "Safeguarding Unit, Moorgate House. Category: physical abuse."),
        ("kv", [
            ("Children", "Ayaan Malik, born 02/03/2016 (9), Year 5, Nerrowfield Park Primary; Noor Malik, "
                         "born 19/07/2020 (5), Reception, Nerrowfield Park Primary"),
            ("Living with", "Samina Malik (mother), 31 Tanner's Walk, Nerrowfield"),
            ("Father", "Tariq Malik, staying with his brother at 8 Flaxman Road since 02/10/2025 under a "
                       "written agreement"),
            ("Lead social worker", "Megan Rudd, Safeguarding Team 2"),
            ("Chair", "Hugh Penberthy, Conference and Review Service"),
        ]),
        ("h1", "Why Ayaan and Noor need a plan"),
        ("p", "On 29/09/2025 Ayaan's class teacher saw two long bruises on the back of his thigh while he "
              "changed for PE. Ayaan said his dad had hit him with a belt because he would not turn off "
              "his tablet. At the joint visit Tariq said he had been smacked as a boy and that \"a belt "
              "on the legs never hurt anyone\"; he has since said he is ashamed. Noor has told her teacher "
              "that Daddy \"smacks Ayaan's legs and shouts\". There were two earlier school referrals "
              "about marks on Ayaan, in 2023 and 2024."),
        ("p", "Samina has had depression since Noor's birth and takes sertraline. She says that when her "
              "mood is low she stays in bed and leaves Tariq to deal with the children, and that she did "
              "not feel able to stop him. She has agreed that Tariq will not live at home while the plan "
              "is being worked on."),
        ("h1", "What Ayaan and Noor say"),
        ("p", "Ayaan (seen alone at school, 07/10/2025): \"I want Dad to come back but not the belt. When "
              "he's cross I go in the wardrobe.\" He said his mum \"is sad a lot and sleeps in the day\" "
              "and that he makes Noor's toast. On a scale of 0 to 10 he put home now at 7 and home before "
              "Dad left at 3."),
        ("p", "Noor (seen at school, 08/10/2025) drew her family with Daddy \"far away in a car\". She said "
              "she likes it when Mummy reads The Tiger Who Came to Tea and that she does not like shouting."),
        ("h1", "What we want for Ayaan and Noor"),
        ("bullets", [
            "Ayaan and Noor are never hit, threatened or frightened at home, and both can tell us that "
            "they feel safe there.",
            "Ayaan and Noor see their dad safely every week and know that contact stops if he breaks the "
            "agreement.",
            "Ayaan and Noor are looked after each day by a mum who is well enough to get up, feed them "
            "and take them to school, so Ayaan no longer makes Noor's breakfast.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Ref", "Action", "Agency / worker", "Date for completion", "Indicator of success"],
            "widths": [1.1, 5.6, 3.6, 2.9, 3.8],
            "rows": [
                ["1", "Visit Ayaan and Noor at home and at school, see each child alone, and ask how they "
                      "are being looked after and disciplined",
                 "SW Megan Rudd, Safeguarding Team 2",
                 "Weekly until 14/11/2025, then every 2 weeks",
                 "Visit records hold each child's words; a body map is completed if any mark is seen"],
                ["2", "Attend the Calmer Dads programme on discipline without hitting, including the "
                      "sessions on how children feel about being hit",
                 "Tariq Malik; facilitator Jon Apsley, Nerrowfield Family Hub",
                 "Every Wednesday evening for 10 weeks from 22/10/2025",
                 "Register sent to the SW fortnightly; facilitator's end-of-course report to the core "
                 "group by 07/01/2026"],
                ["3", "Supervise Tariq's time with the children at the contact centre and write up how "
                      "each session goes",
                 "Lucy Harrop, supervisor, Nerrowfield Family Contact Centre",
                 "Every Saturday, 10am to 12pm",
                 "Written record of each session sent to the SW within 2 working days"],
                ["4", "Live at 8 Flaxman Road and stay away from 31 Tanner's Walk and the school gate, as "
                      "set out in the written agreement",
                 "Tariq Malik",
                 "From 02/10/2025 until the review conference",
                 "No sighting of Tariq at the home or school reported by school, police or Samina; SW "
                 "asks Samina at every visit"],
                ["5", "Assess Samina's depression and report on her capacity to protect and care for the "
                      "children, the changes needed and how long they are likely to take",
                 "Dr Ellis Fenn, clinical psychologist, Nerrowfield CMHT",
                 "Written assessment by 28/11/2025",
                 "Report shared with the core group by 28/11/2025 and with the review conference"],
                ["6", "Review Samina's sertraline and her sleep, and write to the SW about how her mood "
                      "is affecting her care of Ayaan and Noor",
                 "Dr Naomi Birch, GP, Flaxman Road Surgery",
                 "By 07/11/2025",
                 "GP letter on the children's file"],
                ["7", "Weekly check-in with Ayaan about home and his worries; any mark or disclosure is "
                      "passed to the SW the same day",
                 "Mr Daniel Oke, DSL, Nerrowfield Park Primary",
                 "Every Monday in term time",
                 "DSL log of each check-in; any referral to the SW logged with the time it was made"],
                ["8", "Look out for marks or changes in Noor's behaviour in class and write down anything "
                      "she says about home",
                 "Mrs Lorna Fisk, Reception teacher and deputy DSL",
                 "Every school day",
                 "Reception safeguarding log; summary emailed to the SW every Friday"],
                ["9", "Tell the SW about any police call-out to either address or any new information "
                      "about Tariq",
                 "DC Amir Hussain, Nerrowfield Police Public Protection Unit",
                 "Within 24 hours of any call-out",
                 "Police notification on the children's file with the time and outcome"],
                ["10", "Health check for Ayaan, including the healing bruises on his thigh and his sleep",
                 "Gail Pym, school nurse, Nerrowfield 5–19 Service",
                 "By 31/10/2025",
                 "Health check report sent to the SW and the GP"],
                ["11", "Three keeping-safe sessions with Ayaan, using his own words for what is OK and "
                       "not OK at home and who he can tell",
                 "FSW Adele Crane, Nerrowfield Family Hub",
                 "All three sessions by 28/11/2025",
                 "Ayaan's safety card made and kept in his school bag; session notes on file"],
                ["12", "Write a family safety plan with Samina on what she will do if Tariq comes to the "
                       "house or rings the children",
                 "SW Megan Rudd with Samina Malik",
                 "By 31/10/2025",
                 "Safety plan signed by Samina, with copies to school and every core group member"],
                ["13", "Family group conference to find relatives who can help Samina in the mornings and "
                       "at weekends",
                 "Ruth Alder, FGC coordinator, Nerrowfield Family Group Conference Service",
                 "FGC held by 12/12/2025",
                 "Family plan from the FGC shared with the core group"],
                ["14", "Ask Ayaan and Noor, using the three houses, what is better and what still worries "
                       "them",
                 "SW Megan Rudd",
                 "Before each core group",
                 "Three houses drawings and the children's words taken to each core group"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Tariq comes to 31 Tanner's Walk, has any contact with the children that is not "
              "supervised, or either child has an unexplained mark or says they have been hit, Samina "
              "will ring 999 if Tariq is at the door and the school or SW will ring the children's "
              "services duty line at once. The SW (or the emergency duty team) will hold a strategy "
              "discussion the same day. Contact at the centre stops until a new risk assessment has been "
              "done. If Samina has not acted to protect the children, they will be looked after by "
              "approved foster carers that night."),
        ("h1", "Meetings and review"),
        ("p", "Core group every 4 weeks at Nerrowfield Park Primary: 30/10/2025, 27/11/2025 and "
              "08/01/2026, 9.15am. Review child protection conference: 15/01/2026, 10am, Moorgate House."),
        ("p", "If Tariq breaks the written agreement, or either child is hurt again, the SW will ask the "
              "team manager for a legal planning meeting within 5 working days."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Case-system export, plain text: sections then a pipe-separated action
#    table with abbreviated headings (REF | ACTION | RESP | T/SCALE | EoI)
#    and a key line. Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b44_nibthorpe_pipe_columns_abbrev_heads_donnelly.txt",
    "split": "tune",
    "template": "core-group-plan-case-system-export-txt-caps-sections-then-pipe-separated-action-rows-abbreviated-headings-ref-action-resp-tscale-eoi-with-key-line",
    "description": (
        "Case-system export of a plan revised at core group for an 11-year-old and a 6-year-old "
        "(mother on a methadone script still using heroin; partner's cannabis use and temper). The "
        "action table is pipe-separated with abbreviated headings and a key. The primary care mental "
        "health row only supports and its evidence is 'Engagement'; the young carers referral has no "
        "RESP and is 'ASAP'; two rows have no EoI; the partner's row is 'Ongoing' with 'engagement'; "
        "'Family' owns keeping the flat clear; one outcome is the mother's; review conference TBC."
    ),
    "text": """\
NIBTHORPE BOROUGH COUNCIL         FamilyLink 7 - Plan Export (CP)
Exported 03/10/2025 11:02 by HMARSH                        Page 1 of 1
======================================================================
CHILD(REN)    Keeley DONNELLY   dob 14/02/2014 (11)   FL-0448120
              Mason DONNELLY    dob 30/06/2019 (6)    FL-0448121
ADDRESS       22 Pelham Court, Nibthorpe
MOTHER        Shannon DONNELLY (33)
MOTHER'S PTR  Jason REECE (36), lives at the address
PLAN TYPE     Child Protection - Neglect
ICPC          07/08/2025
REVISED AT    Core group 2, 02/10/2025
ALLOC SW      Hollie Marsh, CP & Court Team B
======================================================================

[1] REASON FOR PLAN
Shannon has used heroin on and off for ten years. She has been on a
methadone script since May, but her June and August tests were positive
for heroin as well. In July Keeley found a used foil in the bathroom and
took it to school in a tissue. Jason uses cannabis most evenings and
shouts and punches doors when he is short of money. Shannon has also told
her GP she feels low and panicky most days. Keeley gets Mason up, makes
his tea and puts him to bed on the nights Shannon is asleep early.

[2] CHILDREN'S VOICE
Keeley (seen alone 24/09/2025): "I do Mason's tea when Mum's asleep.
I don't mind but I never go to my mate's after school." She said Jason's
shouting "makes my belly go funny" and that she hides Mason's tablet
charger so he stays in his room when Jason is angry.
Mason (seen at school 25/09/2025) drew his house with a big door "that
bangs". He said he likes Keeley's pasta and wants a dog.

[3] OUTCOMES
O1  Keeley and Mason are cared for every day by an adult who is not
    under the influence of drugs.
O2  Keeley gets time to be 11 and is not Mason's carer after school.
O3  Mason gets to school every day and his teeth are seen to.
O4  Shannon will be drug free and stable on her script.

[4] ACTIONS
Key: RESP = responsible person/agency; T/SCALE = timescale or frequency;
EoI = evidence of impact

REF | ACTION | RESP | T/SCALE | EoI
----|--------|------|---------|----
01 | SW home visits, seeing Keeley and Mason alone and checking the methadone is kept in the locked box | SW Hollie Marsh | Fortnightly | Visit notes record both children seen alone and the lockbox checked
02 | Methadone script with supervised consumption and urine tests, plus a written update on whether Shannon's use is changing and how it affects the children | Dev Chauhan, Nibthorpe Recovery Service | Daily supervised; update before each CG | Test results and written update read at each CG
03 | Support sessions for Shannon's low mood and panic attacks | Laura Imrie, PWP, Nibthorpe Primary Care Mental Health Team | Weekly for 8 weeks | Engagement
04 | Referral to Nibthorpe Young Carers for Keeley so she gets a break from caring for Mason |  | ASAP | Keeley attends the Tuesday young carers group (register to SW)
05 | Daily attendance check for Mason, with a call home by 9.30am on any day he is not in | Mrs Freya Lund, attendance officer, Nibthorpe Infants | Daily |
06 | Jason to engage with the Recovery Service about his cannabis use and his temper | Jason Reece | Ongoing | Jason's engagement with NRS
07 | Keep the flat clear of foil, needles and cannabis anywhere the children can reach | Family | Every day | SW checks every room at each visit and records what is found
08 | Book and take Mason to the dentist about his two broken back teeth | Shannon Donnelly | By 31/10/2025 | Dentist's letter seen by the SW
09 | Named adult at secondary school for Keeley to talk to about home | Mr Ravi Kohli, Head of Year 7, Nibthorpe Academy | Every Wednesday, period 3 |
10 | Share any police call-outs or intelligence about the address with the SW | PC Megan Dyer, Nibthorpe Police | Within 24 hrs of a call-out | Notification on both children's files

[5] CONTINGENCY
If Shannon is found under the influence while she is the only adult
with the children, a test shows heroin twice in a row, or Jason is
violent in the home, the SW (or EDT out of hours) will hold a strategy
discussion the same day. Keeley and Mason will stay with Shannon's
sister, Stacey Donnelly, at 4 Ash Grove; if Stacey cannot have them they
will be placed with approved foster carers that night.

[6] ESCALATION
If there is no fall in Shannon's heroin use by the core group on
27/11/2025, the SW will ask the team manager for a legal planning
meeting.

[7] MEETINGS
Core group: every 4 weeks - next 30/10/2025, then 27/11/2025
RCPC:       date TBC by Conference Service

--- end of export ---
""",
    "findings": [
        F("H001", "Support sessions for Shannon's low mood and panic attacks"),
        F("M002", "Support sessions for Shannon's low mood and panic attacks"),
        F("W001", "Referral to Nibthorpe Young Carers for Keeley"),
        F("T002", "Referral to Nibthorpe Young Carers for Keeley"),
        F("M001", "Daily attendance check for Mason, with a call home"),
        F("T002", "Jason to engage with the Recovery Service about his cannabis"),
        F("M002", "Jason to engage with the Recovery Service about his cannabis"),
        F("W002", "Keep the flat clear of foil, needles and cannabis"),
        F("M001", "Named adult at secondary school for Keeley to talk"),
        F("F002", "Shannon will be drug free and stable on her script."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Pre-birth plan saved from Word as plain text: underlined headings, and
#    the action table pasted as tab-separated rows with no heading row.
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b44_nolwenby_prebirth_tab_rows_no_header_fairhurst.txt",
    "split": "tune",
    "template": "prebirth-icpc-plan-word-saved-as-text-underlined-headings-then-tab-separated-numbered-action-rows-with-no-heading-row",
    "description": (
        "Exemplary pre-birth plan for the unborn baby of a 19-year-old care leaver with anxiety and "
        "past self-harm, whose partner has a conviction for assaulting a former partner. Saved from "
        "Word as text: the action table came across as tab-separated numbered rows with no heading "
        "row, so the owner, timing and evidence are only known from each cell's wording. Every row "
        "has all three; the perinatal team assesses and reports; her aunt's help has a fallback; "
        "dates and legal step set."
    ),
    "text": (
        "Nolwenby Council - Children and Families\n"
        "PRE-BIRTH CHILD PROTECTION PLAN\n"
        "===============================\n"
        "\n"
        "Unborn baby of Kayla Fairhurst, due 20/12/2025\n"
        "Mother: Kayla Fairhurst (19), 5 Orchard Mews, Nolwenby - care leaver\n"
        "Father: Dominic Pryce (23), lives between Kayla's flat and his mother's house in Sefton Road\n"
        "Conference: initial (pre-birth) child protection conference, 02/10/2025, at 28 weeks\n"
        "Category: risk of physical and emotional harm\n"
        "Social worker: Tamsin Odell, Nolwenby Assessment and Safeguarding Team\n"
        "\n"
        "Why there is a plan\n"
        "-------------------\n"
        "Dominic was convicted in 2023 of assaulting his previous partner while she was pregnant, and "
        "has a suspended sentence that ends in March 2026. Kayla was in foster care from the age of 11. "
        "She has had anxiety since her teens and cut her arms at times of stress until 2023; she saw "
        "the Nolwenby Perinatal Mental Health Team once in August and has been put on their caseload. "
        "She says Dominic has never hurt her, but the midwife saw a bruise on her wrist at 24 weeks "
        "that Kayla said came from a door.\n"
        "\n"
        "Kayla has kept every antenatal appointment, has set up a cot and bought baby clothes, and "
        "speaks warmly about the baby. Dominic came to conference and said he wants to be a better dad "
        "than his own father was.\n"
        "\n"
        "The baby's world now\n"
        "--------------------\n"
        "The 20-week scan was normal and the baby is growing well. Kayla talks and sings to the bump "
        "and says the baby kicks hardest when she plays Dominic's music. The flat is warm and tidy, "
        "with a new cot in the bedroom, but Kayla smokes about five cigarettes a day on the balcony. "
        "Twice in September the midwife heard shouting from the flat as she arrived.\n"
        "\n"
        "What we want for the baby\n"
        "-------------------------\n"
        "* The baby comes home to a warm, smoke-free flat with a safe cot, and is fed and settled by "
        "parents who know how to cope with crying.\n"
        "* The baby grows up free from violence or shouting between the adults who care for them.\n"
        "* The baby is cared for by a mum whose mood is steady enough to respond to the baby day and "
        "night, with help in place quickly if it is not.\n"
        "\n"
        "The plan\n"
        "--------\n"
        "1\tVisit Kayla at home, and Dominic when he is there, to talk through the baby's arrival and "
        "look at the sleeping space and the smoking plan\tSW Tamsin Odell\tEvery 2 weeks until the birth, "
        "then weekly for 8 weeks\tVisit record notes the cot set-up, what each parent says about the baby, "
        "and whether the flat is smoke-free\n"
        "2\tAntenatal care, with the 32- and 36-week checks and a birth plan that carries the safeguarding "
        "alert\tCommunity midwife Rosa Henty\t32 and 36 weeks; birth plan by 29/11/2025\tAntenatal notes show "
        "each check kept; birth plan with the alert seen by the SW\n"
        "3\tAssess Kayla's anxiety and past self-harm and report on how she is likely to cope with a "
        "newborn, what would help, and how long any change would take\tDr Imogen Lyle, Nolwenby Perinatal "
        "Mental Health Team\tBy 15/11/2025 (34 weeks)\tWritten report shared with the SW and the core group "
        "by 15/11/2025\n"
        "4\tHome visits to see Kayla's mood and sleep, reporting at each core group on whether her mood is "
        "changing and whether she can respond to the baby's needs\tPerinatal nurse Colette Bain\tEvery 2 weeks until the baby is 12 weeks "
        "old\tEPDS score at each visit and a written update to every core group\n"
        "5\tAttend the Safe Together programme for men who have been abusive, including the sessions on "
        "babies and conflict between parents\tDominic Pryce; facilitator Hywel Madoc reports to the SW\t"
        "Every Thursday for 16 weeks from 09/10/2025\tAttendance record to the SW monthly; facilitator's "
        "mid-point report by 04/12/2025\n"
        "6\tCheck police and domestic abuse records for any new incident involving Dominic or the "
        "address\tPC Selina Varley, Nolwenby Police DA Unit\tMonthly, and the same day for any call-out\t"
        "Police check recorded on the unborn baby's file each month\n"
        "7\tAntenatal parenting course on feeding, crying, safe sleep and ICON, with both parents there\t"
        "Kayla Fairhurst and Dominic Pryce, at Nolwenby Family Hub\tFour Tuesday sessions from 14/10/2025\t"
        "Attendance certificates; ICON leaflet signed by both and seen by the HV\n"
        "8\tAntenatal contact, then the new birth visit with the baby weighed and the safe-sleep check "
        "done\tHV Marnie Cole\tAntenatal contact by 36 weeks; new birth visit on day 10 to 14\tWeight and "
        "safe-sleep checklist in the red book, copy to the SW\n"
        "9\tSort the tenancy paperwork, the benefit claim and the grant for a pram, steriliser and heater, "
        "so the baby comes home to a warm flat\tPA Jodie Ferris, Nolwenby Leaving Care Team\tBy 30/11/2025\t"
        "Grant paid; pram, steriliser and heater seen in the flat by the SW\n"
        "10\tStay with Kayla and the baby for the first two weeks at home and help with the night feeds\t"
        "Mandy Fairhurst (Kayla's aunt)\tFirst 14 nights after discharge\tNight feed chart kept by Mandy and "
        "seen by the midwife and HV\n"
        "11\tHold a discharge planning meeting on the postnatal ward to agree who will be at home and "
        "when\tSW Tamsin Odell, with the ward's safeguarding midwife\tBefore the baby leaves hospital\t"
        "Discharge plan sent to every core group member before discharge\n"
        "\n"
        "If things go wrong\n"
        "------------------\n"
        "If there is any incident of violence between Kayla and Dominic, if the police are called to "
        "the flat, or if Kayla's mood drops so that she cannot get up to feed the baby, the SW (or the "
        "emergency duty team) will hold a strategy discussion the same day. Kayla and the baby will "
        "stay with Mandy at 14 Cherry Lane, and Dominic will not visit there. If Mandy cannot have "
        "them, the SW will arrange a mother-and-baby foster placement that day. If Kayla's mood drops "
        "quickly after the birth the perinatal team will see her within 24 hours.\n"
        "\n"
        "Meetings\n"
        "--------\n"
        "Core group every 4 weeks at Nolwenby Family Hub: 16/10/2025, 13/11/2025 and 11/12/2025.\n"
        "Review child protection conference: 15/01/2026, 2pm, Nolwenby Civic Centre.\n"
        "If Dominic misses two Safe Together sessions, or there is any incident of violence, the SW "
        "will ask the team manager for a legal planning meeting within 5 working days.\n"
        "\n"
        "Tamsin Odell, Social Worker, 03/10/2025\n"
    ),
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Polish / English family copy, markdown: bilingual headings, a Ref
#    column and a blank spacer column in the action table. Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b44_nusterdale_polish_english_ref_spacer_wisniewski.md",
    "split": "tune",
    "template": "icpc-family-copy-md-bilingual-polish-english-slash-headings-then-nr-ref-action-blank-spacer-kto-who-termin-by-when-jak-poznamy-table",
    "description": (
        "Initial conference plan for a 9-year-old and a 4-year-old (father's drinking and domestic "
        "abuse), given to the family as a Polish / English copy. The action table has bilingual "
        "headings, a Ref column and an empty spacer column. The children were not seen before "
        "conference and their views are still 'to be gathered'; the perpetrator programme waits for "
        "a Polish group; the IDVA's measure is 'monitored'; 'Rodzina / Family' owns one row; the "
        "nursery row has no measure and the school row no date; the contingency only says the core "
        "group will discuss, though legal planning is named under meetings."
    ),
    "text": """\
# Plan ochrony dziecka / Child Protection Plan

**Nusterdale Metropolitan Borough Council – Children's Social Care**
Kopia dla rodziny (po polsku i po angielsku) / Family copy (Polish and English)

| | |
|---|---|
| Dzieci / Children | Zofia Wiśniewska (9), Nusterdale St Jude's Primary; Antoni "Antek" Wiśniewski (4), Little Larks Nursery |
| Rodzice / Parents | Ewa Wiśniewska (mama / mother); Marek Wiśniewski (tata / father) |
| Adres / Address | Flat 11, Weaver House, Canal Street, Nusterdale |
| Konferencja / Conference | Initial child protection conference, 14/10/2025 |
| Kategoria / Category | Emotional abuse |
| Pracownik socjalny / Social worker | Joanna Kerr (speaks Polish) |
| Tłumacz / Interpreter | Nusterdale Language Line, booked for all meetings |

## Dlaczego jest plan / Why there is a plan

Police have been called to the flat three times since July after Marek came home
drunk and pushed Ewa; on 28 September he broke the kitchen door. Zofia and Antek
were at home each time. Marek drinks vodka most weekends and some weekday evenings
and has been given a final warning at work for arriving drunk. Ewa says she is
afraid of him when he drinks but that he is a good father when he is sober, and
she does not want him to leave. Marek accepts that he drinks too much and has
asked for help.

## Co działa dobrze / What is going well

Both children are well dressed and clean. Zofia's attendance is 98% and she is
doing well in reading. Ewa has kept every appointment with the social worker
and took the children to her friend's flat on 28 September. Marek has already
been to his GP and booked an assessment at the alcohol service.

## Głos dzieci / The children's views

Zofia and Antek were not seen on their own before conference, because the
interpreter could not come to the school visit. Their views will be gathered
at the next visit.

## Co chcemy dla dzieci / What we want for Zofia and Antek

- Zofia and Antek live at home without fighting, shouting or broken doors.
- Zofia and Antek are never cared for by an adult who is drunk.
- Antek's speech is checked, in Polish and in English, and any help he needs has started by Christmas.

## Plan działań / Action plan

| Nr / Ref | Działanie / Action | | Kto / Who | Termin / By when | Jak poznamy, że działa / How we'll know |
|---|---|---|---|---|---|
| 1 | Home visits in Polish, seeing Zofia and Antek on their own and asking what happens at home when Dad drinks | | SW Joanna Kerr | Weekly | Visit record with each child's words written down |
| 2 | Alcohol assessment and weekly key-work for Marek, with breath tests and a report on whether his drinking is changing and what it means for the children | | Piotr Zieliński, Nusterdale Alcohol Service | Weekly; report before each core group | Breath test readings and the written report to each core group |
| 3 | Attend a domestic abuse perpetrator programme run in Polish | | Marek Wiśniewski | When a Polish-speaking group starts | Attendance register sent to the SW |
| 4 | Safety planning with Ewa and a DASH risk review with a Polish-speaking IDVA | | IDVA Kasia Malec, Nusterdale DA Service | By 31/10/2025 | Safety plan monitored |
| 5 | Make sure Marek does not come to the flat when he has been drinking | | Rodzina / Family | Every day | Ewa tells the SW at each visit whether Marek came home drunk |
| 6 | Check Antek's speech and understanding in Polish and in English at nursery | | Mrs Hannah Doyle, SENCo, Little Larks Nursery | By half term (24/10/2025) | |
| 7 | Give Zofia a trusted adult at school she can talk to about home | | Miss Amira Patel, DSL, Nusterdale St Jude's | | DSL notes of what Zofia says, shared with the SW |
| 8 | See Marek about his drinking, check his liver and blood pressure, and write to the SW | | Dr Tomasz Grabowski, GP, Canal Street Health Centre | By 07/11/2025 | GP letter on the children's file |

## Plan awaryjny / Contingency plan

Jeśli sytuacja się nie poprawi, grupa robocza spotka się i omówi dalsze kroki.
If things do not get better, the core group will meet and discuss the next steps.

## Spotkania / Meetings

- Grupa robocza / Core group: every 4 weeks at Nusterdale St Jude's Primary – 28/10/2025, 25/11/2025 and 23/12/2025, 3.30pm, with an interpreter.
- Konferencja przeglądowa / Review conference: 13/01/2026, 10am, Nusterdale Town Hall.
- If Marek has not started at the alcohol service by the core group on 25/11/2025, or the police are called to the flat again, the SW will ask her manager for a legal planning meeting.

*Podpisano / Signed: Joanna Kerr, Social Worker, 15/10/2025*
""",
    "findings": [
        F("T002", "Attend a domestic abuse perpetrator programme run in Polish"),
        F("M002", "Safety planning with Ewa and a DASH risk review"),
        F("W002", "Make sure Marek does not come to the flat"),
        F("M001", "Check Antek's speech and understanding in Polish and in English"),
        F("T001", "Give Zofia a trusted adult at school she can talk"),
        F("C002"),
        F("F003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Looked-after toddler on a children's ward, docx: one small two-column
#    label table per action (Action / Person / Expected date / What will
#    tell us it worked / For outcome). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b44_nyttleford_lac_ward_table_per_action_dacosta.docx",
    "doc_title": "Child Protection Plan - Theo Dacosta",
    "split": "tune",
    "template": "icpc-lac-toddler-on-childrens-ward-docx-details-kv-then-h3-per-action-two-column-label-table-action-person-expected-date-what-will-tell-us-it-worked-for-outcome",
    "description": (
        "Exemplary initial conference plan for a 2-year-old with an unexplained spiral fracture, "
        "accommodated under section 20 and still on the children's ward. Each action is its own small "
        "label table (Action / Person / Expected date / What will tell us it worked / For outcome). "
        "The SW visits twice a week and the foster carers daily; the drug service reports on the "
        "father's capacity to change; the GP writes about the mother's mood; specific contingency "
        "with a legal step, core group and review dates."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Theo Dacosta"),
        ("p", "Nyttleford Borough Council · Children's Services · Hospital and Disabled Children's Team"),
        ("kv", [
            ("Child", "Theo Dacosta, born 09/08/2023 (2 years 2 months)"),
            ("Where Theo is", "Puffin Ward, Nyttleford General Hospital, since 08/10/2025"),
            ("Legal status", "Accommodated under section 20 since 10/10/2025, with both parents' "
                             "agreement; foster placement with Sue and Dave Lomas agreed for discharge"),
            ("Parents", "Courtney Dacosta (22) and Ross Pendle (24), 17 Mill Race, Nyttleford"),
            ("Conference", "Initial child protection conference, 21/10/2025"),
            ("Category", "Physical abuse"),
            ("Social worker", "Niamh Carrick"),
        ]),
        ("h1", "What happened"),
        ("p", "Courtney took Theo to the emergency department on 08/10/2025 because he would not stand. "
              "An X-ray showed a spiral fracture of his left shin. Neither parent could say how it "
              "happened; Ross first said Theo fell from the sofa and later that he may have caught his "
              "leg in the cot bars. The consultant paediatrician said the injury needed a twisting force "
              "and was not consistent with either explanation. The skeletal survey found no other "
              "fractures. Theo will stay on the ward for traction and pain relief for about three weeks."),
        ("p", "Ross smokes cannabis every day, including in the flat, and says he was \"a bit stoned\" on "
              "the evening Theo was hurt. Courtney has had low mood since Theo was born, sleeps badly and "
              "has not seen her GP about it. Both parents visit every day and are loving with Theo, and "
              "both agreed to him being looked after while the injury is investigated."),
        ("h1", "Theo on the ward"),
        ("p", "Theo is too young to give his views in words, so this is what nurses and the SW have seen. "
              "He chatters to the nurses, points at his leg and says \"ow leg\" and \"Mama\". He settles "
              "quickly on Courtney's lap and reaches for Ross to be lifted. He cries when his parents leave "
              "and is comforted by the play specialist and by the bubbles machine. Since Sue and Dave "
              "began visiting he has started to hold his arms out to Sue."),
        ("h1", "Outcomes for Theo"),
        ("numbers", [
            "Theo's leg heals and he has no further injury of any kind.",
            "Theo is seen regularly by his social worker and gets to know his foster carers before he "
            "leaves hospital, so that his move is calm.",
            "Theo keeps a warm bond with his mum and dad through safe family time while it is decided "
            "whether he can go home.",
        ]),
        ("h1", "What will happen"),
        ("h3", "Action 1 – Seeing Theo on the ward"),
        ("table", {
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Action", "Visit Theo on Puffin Ward, see him awake, and talk with the nurses about his "
                           "pain, feeding, sleep and play"],
                ["Person", "SW Niamh Carrick"],
                ["Expected date", "Twice a week (Tuesday and Friday) until discharge, then weekly at the "
                                  "foster home for 6 weeks"],
                ["What will tell us it worked", "A ward visit record on Theo's file after every visit, "
                                                "saying what Theo did and how he was"],
                ["For outcome", "2"],
            ],
        }),
        ("h3", "Action 2 – Getting to know Sue and Dave"),
        ("table", {
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Action", "Visit Theo on the ward so that he knows them well before he moves to their "
                           "home, and learn his routine from the nurses"],
                ["Person", "Sue and Dave Lomas, foster carers"],
                ["Expected date", "Every afternoon, 2pm to 5pm, until discharge"],
                ["What will tell us it worked", "Ward visitors' book signed each day; nurses note in "
                                                "Theo's record how he settles with Sue and Dave"],
                ["For outcome", "2"],
            ],
        }),
        ("h3", "Action 3 – Family time on the ward"),
        ("table", {
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Action", "Supervise Courtney and Ross's family time with Theo on the ward, and write "
                           "down how they handle and comfort him"],
                ["Person", "Bella Quirke, Nyttleford Family Time Service"],
                ["Expected date", "Every day, 10am to 11.30am"],
                ["What will tell us it worked", "A written family time record for each session, sent to "
                                                "the SW the same day"],
                ["For outcome", "3"],
            ],
        }),
        ("h3", "Action 4 – Medical opinion"),
        ("table", {
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Action", "Repeat skeletal survey and give a written opinion on how the fracture is "
                           "likely to have been caused"],
                ["Person", "Dr Amrit Sahota, consultant paediatrician, Nyttleford General"],
                ["Expected date", "Repeat survey by 24/10/2025; written opinion by 31/10/2025"],
                ["What will tell us it worked", "Written medical opinion shared with the SW, the police "
                                                "and the core group"],
                ["For outcome", "1"],
            ],
        }),
        ("h3", "Action 5 – Police investigation"),
        ("table", {
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Action", "Interview both parents about Theo's injury and keep the SW told of how the "
                           "investigation is going"],
                ["Person", "DC Harriet Lowe, Nyttleford Police Child Abuse Investigation Team"],
                ["Expected date", "Interviews by 31/10/2025; update before each core group"],
                ["What will tell us it worked", "Written police update given to each core group"],
                ["For outcome", "1"],
            ],
        }),
        ("h3", "Action 6 – Leaving hospital"),
        ("table", {
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Action", "Discharge planning meeting to agree Theo's move to Sue and Dave, his pain "
                           "relief, his plaster care and his fracture clinic appointments"],
                ["Person", "Ward manager Grace Ibe, with SW Niamh Carrick"],
                ["Expected date", "Before discharge"],
                ["What will tell us it worked", "Discharge plan signed and copied to the foster carers, "
                                                "the GP and the HV"],
                ["For outcome", "2"],
            ],
        }),
        ("h3", "Action 7 – Ross's cannabis use"),
        ("table", {
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Action", "Assess Ross's cannabis use with a hair strand test, and give a written view "
                           "on his ability to stop, how long it is likely to take and what it means for "
                           "caring for Theo"],
                ["Person", "Liam Foyle, Nyttleford Drug and Alcohol Service"],
                ["Expected date", "Assessment and report by 14/11/2025"],
                ["What will tell us it worked", "Hair strand result and written report shared with the "
                                                "core group"],
                ["For outcome", "1 and 3"],
            ],
        }),
        ("h3", "Action 8 – Courtney's mood"),
        ("table", {
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Action", "See Courtney about her low mood and sleep, and write to the SW about how her "
                           "mood affects her care of Theo"],
                ["Person", "Dr Farah Quadri, GP, Bellgate Surgery"],
                ["Expected date", "By 07/11/2025"],
                ["What will tell us it worked", "GP letter on Theo's file"],
                ["For outcome", "3"],
            ],
        }),
        ("h3", "Action 9 – Theo's health after discharge"),
        ("table", {
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Action", "See Theo at the foster home, check his weight, development and sleep, and go "
                           "through his red book with Sue and Dave"],
                ["Person", "HV Morag Dunlevy"],
                ["Expected date", "Within 10 days of discharge, then monthly"],
                ["What will tell us it worked", "Weight and development check recorded in the red book "
                                                "and sent to the SW"],
                ["For outcome", "1"],
            ],
        }),
        ("h3", "Action 10 – Parenting assessment"),
        ("table", {
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Action", "Parenting assessment of Courtney and Ross, including what they understand "
                           "about how Theo was hurt and how they would keep him safe"],
                ["Person", "SW Niamh Carrick"],
                ["Expected date", "By 05/12/2025"],
                ["What will tell us it worked", "Assessment report shared with the parents and the core "
                                                "group"],
                ["For outcome", "1 and 3"],
            ],
        }),
        ("h1", "If things change"),
        ("p", "If either parent tries to take Theo off the ward, withdraws their agreement to section 20, "
              "or family time shows rough handling or Theo frightened, the ward will call security and "
              "the police and the SW (or the emergency duty team) will hold a strategy discussion that "
              "day. The SW will ask the team manager for an urgent legal planning meeting the same day "
              "to consider an application for an interim care order. If Sue and Dave cannot take Theo "
              "when he is ready to leave, he will stay on the ward until another approved foster carer "
              "has visited him at least twice."),
        ("p", "If Dr Sahota's opinion is that the injury was inflicted and it has not been explained, the "
              "SW will request a legal planning meeting within 5 working days of the opinion."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks: 04/11/2025 on Puffin Ward, then 02/12/2025 and 30/12/2025 at "
            "Nyttleford Civic Offices.",
            "Review child protection conference: 20/01/2026, 1pm, Nyttleford Civic Offices.",
            "Theo's first looked after review: 05/11/2025.",
        ]),
        ("p", "Niamh Carrick, Social Worker, 22/10/2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Review plan, landscape PDF: two-row header (Responsibility over Lead /
#    With; Timeframe for action over Start / Deadline or frequency), a
#    blank spacer column, page header and footer. Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b44_norbeckton_two_row_header_spacer_landscape_kendrick.pdf",
    "doc_title": "Child Protection Plan (review) - Amber and Jake Kendrick",
    "split": "tune",
    "landscape": True,
    "template": "rcpc-plan-paged-landscape-two-row-header-responsibility-lead-with-timeframe-for-action-start-deadline-frequency-blank-spacer-column-indicator-of-success",
    "description": (
        "Review conference plan for a 15-year-old who self-harms and her 12-year-old brother (mother's "
        "bipolar disorder, young carers). Landscape table with a two-row header (Responsibility: Lead "
        "/ With; Timeframe for action: Start / Deadline or frequency) and a blank spacer column. The "
        "CMHT care coordinator only supports and its indicator is 'mood improving' (the psychiatrist's "
        "capacity report is fine); young carers waits for a place; the school check-ins have no "
        "indicator; Jake's football row has no lead; 'Professionals' own sharing concerns; the relapse "
        "plan has no timeframe; one outcome is the mother's; core group not arranged."
    ),
    "header": "Norbeckton County Council – Children's Services – Child Protection Plan – OFFICIAL SENSITIVE",
    "footer": "Amber and Jake Kendrick | RCPC 23/09/2025 | Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "check_vmerge": 4,
    "blocks": [
        ("title", "Child Protection Plan – Review"),
        ("kv", [
            ("Young people", "Amber Kendrick, born 11/01/2010 (15), Year 11, Norbeckton High School; "
                             "Jake Kendrick, born 04/05/2013 (12), Year 8, Norbeckton High School"),
            ("Home", "Lisa Kendrick (mother, 44), 9 Wharf Cottages, Norbeckton"),
            ("Father", "Neil Kendrick, Barrow Lane, Norbeckton; sees Amber and Jake most Sundays"),
            ("Review conference", "23/09/2025 (initial conference 24/06/2025); category neglect; plan "
                                  "continues"),
            ("Social worker", "Callum Reddy, Norbeckton North Safeguarding Team"),
        ]),
        ("h1", "Where things are now"),
        ("p", "Lisa has bipolar disorder and has been under the Norbeckton CMHT since 2016. She was in "
              "hospital for five weeks in May after she stopped her lithium, and Amber and Jake managed "
              "the house on their own for four days before school raised the alarm. Since discharge Lisa "
              "has taken her medication, her July and August lithium levels were in range and she has "
              "been up most mornings. Amber still does most of the cooking and shopping, and in August "
              "her form tutor saw fresh cuts on her arm. Jake has stopped going to football and is "
              "missing Mondays."),
        ("h1", "What Amber and Jake say"),
        ("p", "Amber (seen alone, 16/09/2025): \"Mum's better but I still check her tablets every night. "
              "I cut when I can't stop thinking about her going back in.\" She wants to do her GCSEs "
              "without \"running the house\" and would like someone to talk to who is not at school."),
        ("p", "Jake (seen alone, 17/09/2025): \"I miss football but someone has to be in when Mum's "
              "asleep.\" He put home at 6 out of 10 and Dad's at 8, and said he would ring Dad if Mum "
              "started \"talking really fast again\"."),
        ("h1", "Outcomes"),
        ("bullets", [
            "Amber is kept safe from serious self-harm, has help she trusts, and sits her GCSEs without "
            "running the house.",
            "Jake is back at football and at school every day, and is not the one who stays in to watch "
            "Mum.",
            "Lisa will take her medication every day and stay well.",
        ]),
        ("h1", "Plan"),
        ("table", {
            "header": ["No.", "Action", "", "Responsibility", H, "Timeframe for action", H,
                       "Indicator of success"],
            "widths": [1.1, 7.0, 0.5, 3.3, 2.6, 2.4, 3.2, 5.6],
            "rows": [
                [V, V, V, "Lead", "With", "Start", "Deadline / frequency", V],
                ["1", "Visit Amber and Jake at home and see each on their own, with one visit a month "
                      "after 6pm to see the evening routine",
                 "", "SW Callum Reddy", "–", "24/09/2025", "Every 2 weeks",
                 "Visit notes record what Amber and Jake say and who cooked tea"],
                ["2", "Care coordination and home visits to support Lisa with her mood and her lithium",
                 "", "Jenna Holt, care coordinator, Norbeckton CMHT", "–", "Ongoing", "Fortnightly",
                 "Lisa's mood improving"],
                ["3", "Young carers assessment for Amber and Jake, and a place at the Wednesday young "
                      "carers group",
                 "", "Priya Bassi, Norbeckton Young Carers", "SW", "TBC",
                 "When a place becomes available",
                 "Written assessment shared; young carers group register shows Amber and Jake attending"],
                ["4", "CAMHS assessment of Amber's self-harm, with a safety plan agreed with Amber and "
                      "shared with school",
                 "", "Dr Siân Rowe, Norbeckton CAMHS", "School nurse", "Referral accepted 10/09/2025",
                 "Assessment by 17/10/2025",
                 "CAMHS letter and Amber's safety plan on file; copy held by the DSL"],
                ["5", "Check-ins with Amber in school about her week and her arms, telling the SW the "
                      "same day about any new injury",
                 "", "Mrs Kath Mellor, DSL, Norbeckton High", "Head of Year 11", "22/09/2025",
                 "Every Monday and Thursday", ""],
                ["6", "Lithium levels and annual physical health check, with results sent to the CMHT",
                 "", "Dr Paul Jessop, GP, Canal Street Surgery", "Practice nurse", "–", "Every 3 months",
                 "Each lithium result in range; results letter to the CMHT and the SW"],
                ["7", "Get Jake to football training and Saturday matches so he has time away from "
                      "caring",
                 "", "", "", "27/09/2025", "Every Saturday",
                 "Coach's register shows Jake at training and matches"],
                ["8", "Pass on any worry about Lisa's mental state to the CMHT crisis team and the SW",
                 "", "Professionals", "–", "–", "Same day",
                 "Each concern logged on both children's files"],
                ["9", "Relapse plan written with Lisa, Amber and Jake: the early signs, who the children "
                      "ring, and where they will stay",
                 "", "SW Callum Reddy", "Jenna Holt, CMHT", "", "",
                 "Written relapse plan, with copies on the fridge and in both children's phones"],
                ["10", "Assess Lisa's capacity to stay well and to care for Amber and Jake, the changes "
                       "still needed and the likely timescale",
                 "", "Dr Emeka Okafor, consultant psychiatrist, Norbeckton CMHT", "Jenna Holt",
                 "01/10/2025", "Report by 21/11/2025",
                 "Written report shared with the core group and the review conference"],
                ["11", "Spend Sunday afternoons and one overnight a fortnight with Amber and Jake at "
                       "Barrow Lane",
                 "", "Neil Kendrick (father)", "–", "28/09/2025", "Every Sunday; alternate Saturday nights",
                 "Neil confirms each visit to the SW by text; Amber and Jake asked about it at each visit"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Lisa stops her lithium, stops sleeping, talks about harming herself, or Amber needs "
              "hospital treatment for self-harm, whoever knows will ring the CMHT crisis team and the SW "
              "(or the emergency duty team) that day, and the SW will hold a strategy discussion. Amber "
              "and Jake will stay with their dad at Barrow Lane; if Neil cannot have them they will go to "
              "approved foster carers that night, together."),
        ("h1", "Meetings and review"),
        ("p", "Core group: to be arranged by the SW. Second review child protection conference: "
              "04/12/2025, 10am, Norbeckton County Hall."),
        ("p", "If Dr Okafor's report finds Lisa unlikely to stay well enough to care for Amber and Jake, or "
              "the children are left to cope alone again, the SW will ask the team manager for a legal "
              "planning meeting within 5 working days."),
    ],
    "findings": [
        F("H001", "home visits to support Lisa with her mood and her lithium"),
        F("M002", "home visits to support Lisa with her mood and her lithium"),
        F("T002", "Young carers assessment for Amber and Jake"),
        F("M001", "Check-ins with Amber in school about her week"),
        F("W001", "Get Jake to football training and Saturday matches"),
        F("W002", "Pass on any worry about Lisa's mental state"),
        F("T001", "Relapse plan written with Lisa, Amber and Jake"),
        F("F002", "Lisa will take her medication every day and stay well."),
        F("R001"),
    ],
})
