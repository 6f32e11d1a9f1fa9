"""Batch 139, module v: seven fictional plans (tuning material), places beginning with "v".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: MEASURES and TIMESCALES as good practitioners ordinarily write them,
away from a tidy "How will we know" column and a date column. Measures are
evidence someone gathers or sees ("we'll know it's working when ...",
"Evidence:", "What we'll see", "as recorded in", the health visitor weighing
and plotting, register percentages, negative urine or hair-strand results, an
unannounced visit finding the home as agreed, a scaling score the worker
records), written in the action's sentence, in a column with an unusual
header, or on a line under a bullet. Timescales are events, terms and periods
("by 36 weeks' gestation", "on the day of discharge", "within 5 working days
of this conference", "at every core group", "by the Easter holidays", "each
Tuesday after school", "for the next 12 weeks, then reviewed", "fortnightly,
starting w/c 9 March", "the first Monday of each month"), written in the
action, in the owner's cell ("Who and when") or under "Start / end", "When"
and "START / REPEAT" headers. Owners are initials from an attendance list,
"the HV", "Gran (maternal)", "Chloe, Ryan and the SW jointly", "Haven
Recovery - Lisa P.".

Five plans are exemplary (no finding under any rule):
  1. an initial conference plan in a landscape Word table with the outcome
     merged down and "Start / end" and "What we will see" columns (docx);
  3. a pre-birth plan in stage tables printed to PDF with a page header and
     footer (pdf);
  4. first core group minutes with an attendance list of initials and an
     action log, printed to PDF (pdf);
  6. a second review conference plan in a Markdown table whose "Who and when"
     cell holds both owner and timescale (md);
  7. an initial conference plan printed from a case system as plain text, with
     START, END / REPEAT and EVIDENCE OF PROGRESS fields (txt).
Two carry a realistic mix of faults among mostly good rows:
  2. a first review conference plan in two-column Action | Detail tables
     under goal headings (docx): "engaging well", "when possible", "the
     family", "to be discussed at the next core group", "ASAP", "monitored",
     a goal only for the father, and a review conference "to be confirmed";
  5. a child in need plan stepped up to child protection, Markdown bullets
     with "We'll know it's working when" / "Evidence:" lines (md): "improved",
     a start date "TBC", "asap", "engaging", "All professionals", a
     contingency with no specific trigger whose only response is to meet and
     consider, and no legal step.

Counting convention used for "actions" (convention 1 and README "Files"):
every live row of an action table, every two-column Action | Detail row and
every top-level bullet of an action section and task block of the case print
is one action; the "We'll know it's working when" / "Evidence:" lines under
a bullet belong to that bullet and are not counted; the contingency, the
meeting dates, agency updates in minutes and the history of the child in need
plan are not actions; the one closed, one-off row in the core group action log
("CLOSED - letter received") is work already done and is not counted.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, domestic abuse by the younger child's father and
#    mother's depression, two children, maternal grandmother doing two school
#    runs. Landscape Word table: outcome merged down, "Start / end" and "What
#    we will see" columns. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b139_vellacombe_icpc_merged_outcome_start_end_dunleavy.docx",
    "doc_title": "Child Protection Plan - Ellie-Mae and Jacob Dunleavy",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "check_vmerge": 3,
    "template": "icpc-landscape-word-plan-details-list-worries-what-is-going-well-childrens-words-then-table-outcome-merged-down-what-will-happen-lead-start-end-what-we-will-see-then-contingency-with-fallback-and-legal-step-then-meetings",
    "description": (
        "Exemplary initial conference plan for a 6-year-old and a 2-year-old after police "
        "call-outs to arguments between their mother, who has depression and stopped her "
        "medication, and the younger child's father. A landscape Word table with each outcome for "
        "the children merged down over its actions, and 'Start / end' and 'What we will see' "
        "columns: timescales are periods and events ('Thursdays 6-8pm, 12 March to 4 June 2026', "
        "'every other Wednesday, starting 4 March 2026, until the review', 'four sessions, "
        "fortnightly, starting w/c 2 March'), measures are what someone will see (weights plotted, "
        "register printouts, an unannounced visit finding the kitchen stocked). The CMHT "
        "psychiatrist reports on capacity to change, the grandmother's part has a fallback, legal "
        "planning follows named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Vellacombe County Council · Children's Social Care · Safeguarding and Assessment Team (West)"),
        ("kv", [
            ("Children", "Ellie-Mae Dunleavy (6), DOB 09/11/2019; Jacob Dunleavy (2), DOB 21/01/2024"),
            ("Address", "14 Tamar Walk, Vellacombe VC3 8RN"),
            ("Mother", "Shannon Dunleavy (27)"),
            ("Jacob's father", "Connor Rigby (29), 2 Quay Street, Vellacombe; not Ellie-Mae's father"),
            ("Maternal grandmother", "Pauline Dunleavy, 3 Penhallow Close, Vellacombe"),
            ("Category", "Emotional abuse (both children)"),
            ("Conference", "Initial child protection conference, Tuesday 24/02/2026. Chair: Gareth Moyle (IRO)"),
            ("Social worker", "Sian Rowe (team manager: Owen Pryce)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Police were called to 14 Tamar Walk three times between November 2025 and February 2026 after "
              "Connor shouted at and pushed Shannon. On 7 February 2026 he broke the kitchen door while Jacob was "
              "in his high chair in the same room. Ellie-Mae told her teacher she \"hides behind the sofa with "
              "Jacob when Connor is loud\"."),
        ("p", "Shannon has depression and anxiety. She stopped taking her sertraline in December and says she "
              "has found it hard to get up in the mornings. Ellie-Mae was late to school 14 times last term and "
              "Jacob has missed 9 nursery sessions since January."),
        ("h1", "What is going well"),
        ("p", "Shannon called the police herself on 7 February and agreed that Connor should not stay at the "
              "house. Pauline sees the children most days and Ellie-Mae calls her \"my Nana Pol\". Jacob is "
              "growing well and was on the 50th centile at his last weigh."),
        ("h1", "What Ellie-Mae and Jacob have told us"),
        ("p", "Ellie-Mae (seen on her own at school, 18/02/2026): \"I don't like the banging. I put my hands on "
              "Jacob's ears. I like it best at Nana Pol's because it's quiet and she does pancakes.\" She drew "
              "her house with a big black cloud over the kitchen and said she would give home \"4 out of 10, "
              "but 10 at Nana's\"."),
        ("p", "Jacob is 2 and says a few words. At the home visit on 20/02/2026 he stayed close to Shannon, "
              "flinched when a cupboard door shut loudly, then went back to his bricks. Nursery say he plays "
              "happily once he has settled but often arrives hungry and asks for toast."),
        ("h1", "The plan"),
        ("p", "Each action sits under the outcome for the children it is meant to bring about. \"Start / end\" "
              "says when the action begins and how long it runs; \"What we will see\" is what the core group "
              "will look at to know whether it is working."),
        ("table", {
            "header": ["Outcome for Ellie-Mae and Jacob", "What will happen", "Lead", "Start / end",
                       "What we will see"],
            "widths": [4.8, 6.6, 3.9, 4.2, 6.2],
            "rows": [
                ["1. Ellie-Mae and Jacob live in a home where they do not see or hear shouting, threats or "
                 "violence between the adults who care for them.",
                 "Complete the Caring Dads programme at Vellacombe Family Safety Service",
                 "Connor Rigby; course worker Aled Price reports to the SW",
                 "Thursdays 6-8pm, 12 March to 4 June 2026",
                 "Aled's attendance sheet after every fourth session; end-of-course report to the review "
                 "conference saying what Connor has understood about the children's experience"],
                [V,
                 "Keep to the written family agreement: not stay at Tamar Walk overnight and not come to the "
                 "house at all after drinking",
                 "Connor Rigby",
                 "From 24 February 2026 until the review conference",
                 "No police call-outs on DS Khan's weekly checks; Ellie-Mae asked at each SW visit who has "
                 "slept in the house, her answer written down"],
                [V,
                 "Check police systems for any call-out, report or intelligence about Shannon, Connor or the "
                 "address, and tell the SW",
                 "DS Farah Khan, Vellacombe Police Public Protection Unit",
                 "Every Monday from 2 March 2026; any incident within one working day",
                 "Email to the SW every Monday, including nil returns; incident log brought to each core group"],
                [V,
                 "Six safety planning sessions with Shannon about Connor's behaviour and how she will keep the "
                 "children out of it",
                 "Bethan Lloyd, IDVA, Vellacombe Women's Aid",
                 "Weekly from w/c 2 March 2026; all six done by 10 April 2026",
                 "Safety plan signed by Shannon, copied to the SW; Shannon can tell the SW what she would do and "
                 "where the children would go"],
                ["2. Ellie-Mae and Jacob are fed, clean and get to school and nursery on time every day, cared "
                 "for by a mum whose mood is steady enough to get them up in the morning.",
                 "Assess Shannon's depression and anxiety, restart treatment, and report in writing on her "
                 "capacity to make and keep the changes the children need and how long that is likely to take",
                 "Dr Marcus Fenn, consultant psychiatrist, Vellacombe Community Mental Health Team",
                 "First appointment by 13 March 2026; written report by 17 April 2026",
                 "Report to the SW and every core group member, with Dr Fenn's view on the likely timescale "
                 "for change"],
                [V,
                 "Take her sertraline every day and keep each CMHT appointment, so that she is well enough to "
                 "get Ellie-Mae and Jacob up, fed and out each morning",
                 "Shannon Dunleavy (Mum)",
                 "Daily from 24 February 2026",
                 "Pharmacy collection record checked by the SW on the first visit of each month; CMHT letters "
                 "confirm appointments kept"],
                [V,
                 "Weigh Jacob, check his development and sleep, and plot his weight in his red book",
                 "Gwen Parry, health visitor (the HV)",
                 "Every other Wednesday, starting 4 March 2026, until the review; 2-year check by 31 March 2026",
                 "Weight plotted each time and kept on or above the 25th centile; ASQ scores from the 2-year "
                 "check sent to the SW"],
                [V,
                 "Take Ellie-Mae to school and Jacob to nursery, with breakfast at Penhallow Close first",
                 "Gran (maternal) - Pauline Dunleavy",
                 "Every Tuesday and Thursday in term time, from 3 March 2026",
                 "School and nursery registers show both children in by 8.50am on Pauline's days"],
                [V,
                 "Check Ellie-Mae's attendance and how she arrives (fed, clean, on time), and ring the SW the "
                 "same day if she is absent without a reason",
                 "Mrs Jo Carne, DSL, Trewithen Primary School",
                 "Every school day from 25 February 2026",
                 "Register printout to the SW each Friday; attendance at 95% or more by the Easter holidays"],
                [V,
                 "Note each morning whether Jacob arrives fed, clean and on time, and give him breakfast if he "
                 "has not eaten",
                 "Kayleigh Moss, key worker, Little Wrens Nursery",
                 "Every session (Tuesday, Wednesday and Thursday mornings)",
                 "Arrival sheet emailed to the SW each Friday; missed sessions fewer than one a month"],
                ["3. Ellie-Mae can say how things are at home and knows two safe adults she can tell if she is "
                 "frightened, and Jacob is seen and heard by the people around him.",
                 "Visit Ellie-Mae and Jacob at home, one visit in three unannounced, and see Ellie-Mae on her own",
                 "Sian Rowe, social worker (SW)",
                 "Weekly from 24 February 2026 until the review conference",
                 "Visit notes show both children seen and Ellie-Mae seen alone with her words written down; "
                 "unannounced visits find the kitchen stocked and the children dressed"],
                [V,
                 "Direct work with Ellie-Mae using a worry monster and the three houses, helping her choose two "
                 "safe adults",
                 "Sian Rowe, SW",
                 "Four sessions, fortnightly, starting w/c 2 March 2026",
                 "Three houses drawing on file; Ellie-Mae names her two safe adults by the last session; her "
                 "own 0-10 score recorded by Sian at every session"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Connor comes to Tamar Walk overnight or after drinking, or there is any violence or threat, "
              "Shannon will ring 999 and DS Khan will tell Sian the same day. Sian will hold a strategy "
              "discussion with the police that day, and Ellie-Mae and Jacob will stay with Pauline at 3 "
              "Penhallow Close until it has taken place."),
        ("p", "If Shannon stops her sertraline, or Ellie-Mae or Jacob arrive unfed or are not brought in on two "
              "days in one week, Sian will visit the same day and Pauline will do the school and nursery run "
              "every day until the next core group."),
        ("p", "If Pauline is unable to do her mornings or to have the children, Sian will ask the family support "
              "worker on duty to take them in that day; if the children cannot safely stay at home and Pauline "
              "cannot have them, Sian will place them together with Vellacombe foster carers the same day."),
        ("p", "If Connor breaks the family agreement twice before the review, or Dr Fenn's report says Shannon "
              "cannot make the changes within the children's timescale, Sian will ask Owen Pryce for a legal "
              "planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.45pm at Trewithen Primary School: 10 March, 7 April "
            "and 5 May 2026.",
            "Review child protection conference: Tuesday 19 May 2026, 10am, Vellacombe County Hall.",
            "Sian will see Ellie-Mae on her own before each core group and bring her words to the meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan, father's drinking, an 11-year-old caring
#    for his little sister. Two-column Action | Detail tables under goal
#    headings, the detail written as prose. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b139_vorlingham_rcpc_goal_tables_action_detail_brennan.docx",
    "doc_title": "Review Child Protection Plan - Kai and Lily-Rose Brennan",
    "split": "tune",
    "actions": 14,
    "template": "rcpc-word-plan-details-progress-since-icpc-childrens-views-then-goal-headings-each-with-two-column-action-detail-table-detail-in-prose-who-when-evidence-then-contingency-meetings",
    "description": (
        "First review conference plan for an 11-year-old and a 4-year-old whose father drinks "
        "heavily and who were often left with the 11-year-old in charge. Under four goal headings, "
        "two-column Action | Detail tables where the detail cell says in prose who, when and what "
        "will show it is working. Most rows are sound (alcohol service key-work with a report to "
        "each core group, register percentages by the May half term, the HV weighing and plotting, "
        "the aunt's Tuesday and Friday teas). Faults: the father's key-work measured only by him "
        "'engaging well'; a peer support group 'when possible'; 'the family' to keep a sober adult "
        "in the house; a holiday activity 'to be discussed at the next core group'; a speech "
        "referral 'ASAP'; a morning routine whose progress 'will be monitored'; a goal that is only "
        "about the father's drinking; and a next review conference 'to be confirmed'."
    ),
    "blocks": [
        ("title", "Child Protection Plan – First Review"),
        ("p", "Vorlingham Borough Council – Children and Young People's Services – Family Safeguarding Team 2"),
        ("kv", [
            ("Children", "Kai Brennan (11), DOB 02/06/2014; Lily-Rose Brennan (4), DOB 15/08/2021"),
            ("Address", "31 Millstream Road, Vorlingham VR7 2DL"),
            ("Parents", "Nicole Brennan (34) and Darren Brennan (38)"),
            ("Maternal aunt", "Natasha (Tasha) Greaves, 12 Ferrier Court, Vorlingham"),
            ("Category", "Neglect (both children)"),
            ("Plan made", "Initial child protection conference, 18/11/2025"),
            ("This plan", "First review child protection conference, 10/03/2026. Chair: Imogen Clegg (IRO)"),
            ("Social worker", "Rachel Obi (team manager: Femi Adeyinka)"),
        ]),
        ("h1", "Since the initial conference"),
        ("p", "The plan was made because Darren was drinking most days and Nicole, who works evening shifts at "
              "the hospital laundry, was leaving Kai in charge of Lily-Rose until Darren came in. On two "
              "evenings in October Kai rang his aunt because his dad had fallen asleep drunk and Lily-Rose "
              "would not stop crying."),
        ("p", "Darren started key-work at Brookside Recovery in December and 9 of his 12 breath tests since "
              "then have been negative. Nicole has changed to day shifts three days a week. Kai's attendance "
              "was 88% in the autumn term and 93% so far this term. Lily-Rose's speech is still hard to "
              "understand and nursery have asked for a speech and language referral."),
        ("h1", "What Kai and Lily-Rose say"),
        ("p", "Kai (seen on his own at school, 03/03/2026): \"It's better than before. Dad doesn't fall asleep "
              "on the sofa as much. I still have to do Lily's tea sometimes when Mum's at work. I want to play "
              "football on Saturdays.\" He gave home 6 out of 10, up from 3 in November."),
        ("p", "Lily-Rose talked to the social worker about her \"pink bike\" and showed her a drawing of "
              "\"Kai and me\". Nursery say she goes to Kai for comfort more than to either parent, and that "
              "she is often collected late on Thursdays."),
        ("h1", "The plan"),
        ("p", "Each goal has its own table. The left-hand column says what will happen; the right-hand column "
              "says who is doing it, when, and how we will know it is working."),
        ("h2", "Goal 1 – Kai and Lily-Rose are cared for by a sober adult every day and every night"),
        ("table", {
            "header": ["Action", "Detail"],
            "widths": [6.5, 10.5],
            "rows": [
                ["Key-work with Darren, a breath test at every session, and a written report to each core "
                 "group on whether his drinking is changing in ways the children will notice",
                 "Tom H. at Brookside Recovery (adult alcohol service) sees Darren every Wednesday at 10am and "
                 "sends a report two working days before each core group.\n"
                 "Evidence: the breath-test log and Tom's report, on the SW's file before every core group."],
                ["Make sure there is always a sober adult at home when Kai and Lily-Rose are in, and that Kai "
                 "is never left in charge of his sister",
                 "Who: the family.\n"
                 "Every day and night from 10 March 2026.\n"
                 "Evidence: Kai, seen on his own, tells the SW who was in charge that week; unannounced visits "
                 "find a sober adult at home."],
                ["Visit Kai and Lily-Rose at home, including unannounced visits in the evening, and see Kai on "
                 "his own",
                 "Rachel Obi, SW – every week until the next review conference.\n"
                 "We'll know it's working when visit notes show both children seen, Kai seen alone and his "
                 "0-10 score for home written down each time."],
            ],
        }),
        ("h2", "Goal 2 – Kai gets to school every day and has time to be 11, not a carer"),
        ("table", {
            "header": ["Action", "Detail"],
            "widths": [6.5, 10.5],
            "rows": [
                ["Check Kai's attendance and lateness, and give him a weekly check-in with his learning mentor",
                 "Mr Sunil Patel, DSL, Vorlingham Academy, every Monday in term time.\n"
                 "We'll know it's working when the register percentage, emailed to the SW every Friday, is 95% "
                 "or above by the May half term; check-ins are logged on CPOMS."],
                ["Young carer's assessment for Kai and a place at the Tuesday young carers' group",
                 "Amy Shaw, Vorlingham Young Carers. Assessment by the Easter holidays (27 March 2026), then the "
                 "group each Tuesday after school.\n"
                 "Evidence: Kai's young carer's plan sent to the SW; the group register."],
                ["Have Kai round for his tea and help with his homework",
                 "Aunt Tasha (Natasha Greaves, maternal aunt), Tuesdays and Fridays, 4pm to 7pm, from 10 March "
                 "2026.\n"
                 "Tasha texts the SW each Friday evening, and Kai tells the SW how the teas went."],
                ["Look into a football club or holiday activity for Kai over the Easter holidays",
                 "Rachel Obi, SW, by 27 March 2026.\n"
                 "To be discussed at the next core group."],
            ],
        }),
        ("h2", "Goal 3 – Darren's drinking is under control"),
        ("table", {
            "header": ["Action", "Detail"],
            "widths": [6.5, 10.5],
            "rows": [
                ["Go to key-work at Brookside every Wednesday and talk about what sets off his drinking",
                 "Darren – every Wednesday, 10am.\n"
                 "We'll know it's working when Darren is engaging well with Brookside."],
                ["Attend a peer support group at the Vorlingham Recovery Café",
                 "Darren, when possible.\n"
                 "Evidence: his signed attendance card from the café, shown to the SW."],
                ["Check Darren's liver function and prescribe thiamine, and write to the SW with the results",
                 "Dr Helen Moore, GP, Castle Street Surgery, by 3 April 2026.\n"
                 "Evidence: GP letter with the blood results on the children's file."],
            ],
        }),
        ("h2", "Goal 4 – Lily-Rose is understood when she talks, grows well and is collected on time"),
        ("table", {
            "header": ["Action", "Detail"],
            "widths": [6.5, 10.5],
            "rows": [
                ["Refer Lily-Rose to speech and language therapy for her unclear speech",
                 "Claire Dunn, health visitor – ASAP.\n"
                 "Evidence: referral acceptance letter from Vorlingham Children's Therapy, copied to the SW."],
                ["Weigh and measure Lily-Rose at her nursery health review and plot both in her red book",
                 "Claire Dunn, the HV, at the review on 18 March 2026, then every six weeks.\n"
                 "Shown by the weight and height plotted in the red book and a copy of the review sent to the "
                 "SW."],
                ["Work with Nicole on a morning routine so that Lily-Rose gets to nursery fed and dressed",
                 "Jade Kerr, family support worker, Mondays and Thursdays at 8am for eight weeks, starting 16 "
                 "March 2026.\n"
                 "Progress will be monitored by the FSW."],
                ["Record when Lily-Rose is collected and by whom, and ring the SW if she is not collected by "
                 "3.30pm",
                 "Sasha Bell, key worker, Busy Bees Nursery Millstream, every nursery day.\n"
                 "Collection times emailed to the SW every Friday; late collections fall to none a month by the "
                 "next review."],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Darren is found drunk while caring for Kai or Lily-Rose, or has a positive breath test at "
              "Brookside, he will leave the house that day and stay with his brother at 9 Kiln Row, and Rachel "
              "will visit the same day."),
        ("p", "If no sober adult is available to look after the children, they will stay with Tasha at 12 "
              "Ferrier Court that night. If Tasha cannot have them, Rachel will place Kai and Lily-Rose together "
              "with Vorlingham foster carers the same day."),
        ("p", "If Darren has two positive breath tests before the next review, or Kai is found in sole charge of "
              "Lily-Rose again, Rachel will ask Femi Adeyinka for a legal planning meeting within 5 working "
              "days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm, Vorlingham Family Hub: 24 March, 21 April and 19 May "
            "2026.",
            "Next review conference: date to be confirmed by the Safeguarding Unit.",
        ]),
    ],
    "findings": [
        F("W002", "Make sure there is always a sober adult at home"),
        F("M002", "Look into a football club or holiday activity for Kai"),
        F("F002", "Darren's drinking is under control"),
        F("M002", "Go to key-work at Brookside every Wednesday"),
        F("T002", "Attend a peer support group at the Vorlingham Recovery Café"),
        F("T002", "Refer Lily-Rose to speech and language therapy"),
        F("M002", "Work with Nicole on a morning routine so that"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Pre-birth plan, mother on methadone, father working, maternal
#    grandmother staying the first six weeks. Stage tables (until 36 weeks,
#    36 weeks to birth, on the ward, first 12 weeks at home) with When cells
#    written as pregnancy and birth events. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b139_vennick_prebirth_stage_tables_gestation_events_maguire.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby Maguire",
    "split": "tune",
    "actions": 14,
    "template": "prebirth-plan-word-printed-to-pdf-header-footer-details-kv-worries-babys-world-outcomes-then-four-stage-tables-what-needs-to-happen-who-when-how-well-check-gestation-and-birth-events-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary pre-birth plan for an unborn baby girl whose mother is on a methadone script "
        "after heroin use. Printed to PDF with a page header and footer. Four stage tables (now "
        "until 36 weeks' gestation, 36 weeks to the birth, on the ward, the first 12 weeks at home) "
        "whose When cells are pregnancy and birth events ('by 32 weeks' gestation', 'every 4 hours "
        "from birth until discharge', 'on the day of discharge', 'weekly until baby is 12 weeks "
        "old') and whose 'How we'll check' cells name evidence (negative urine and hair-strand "
        "results, growth scans, Finnegan charts, an unannounced visit finding the cot ready). Haven "
        "Recovery reports on change; the grandmother's nights have a fallback; legal planning "
        "follows named triggers; core group and review dates are set; the baby's world is recorded."
    ),
    "header": "OFFICIAL-SENSITIVE · Vennick Borough Council · Pre-birth Child Protection Plan",
    "footer": "Unborn baby of Chloe Maguire (EDD 28/05/2026) · page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("kv", [
            ("Unborn baby", "Baby girl, expected 28 May 2026"),
            ("Mother", "Chloe Maguire (24), 7 Orchard Rise, Vennick VN2 4HS"),
            ("Father", "Ryan Cole (26), lives with Chloe; works days at Vennick Timber Yard"),
            ("Maternal grandmother", "Denise Maguire, 40 Brook Lane, Vennick"),
            ("Conference", "Pre-birth child protection conference, Tuesday 3 March 2026. Chair: Lorna Kemp (IRO)"),
            ("Category", "Neglect (risk of)"),
            ("Social worker", "Joanne Feeney (team manager: Andrew Nash)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Chloe used heroin for four years. Her first child, Tyler (4), lives with his paternal "
              "grandmother under a special guardianship order made in 2023. Chloe has been on a methadone "
              "script from Haven Recovery since June 2025; her urine tests have been negative for heroin since "
              "September 2025, but one test in January 2026 was positive for cocaine. The baby is likely to "
              "need watching for withdrawal after birth."),
        ("h1", "What is going well"),
        ("p", "Chloe has kept every key-work session since October and every antenatal appointment. Ryan does "
              "not use drugs (his hair-strand test in February was negative) and is in steady work. Denise has "
              "offered to stay at Orchard Rise for the first weeks after the birth."),
        ("h1", "The baby's world"),
        ("p", "The baby is growing well: her 20-week scan was normal and her growth scan at 26 weeks was on the "
              "50th centile. Chloe feels her kick most evenings, especially when Ryan plays music, and Ryan "
              "talks to the bump every night. Because Chloe is on methadone, the baby has been exposed to it "
              "throughout the pregnancy and may be unsettled, sneezy and hard to feed in her first days. Once "
              "she is born, the people caring for her will record how she feeds, sleeps and settles, and that "
              "will be her voice in this plan."),
        ("h1", "What we want for the baby"),
        ("bullets", [
            "The baby is born to a mum who is not using heroin or cocaine, and goes home only when a sober "
            "adult will be with her day and night.",
            "The baby is fed on time, gains weight and sleeps safely on her back in her own cot.",
            "Any withdrawal is picked up on the ward and treated before the baby goes home.",
        ]),
        ("h1", "The plan, stage by stage"),
        ("h2", "Stage 1 – now until 36 weeks' gestation (30 April 2026)"),
        ("table", {
            "header": ["What needs to happen", "Who", "When", "How we'll check"],
            "widths": [5.6, 3.6, 3.6, 4.2],
            "rows": [
                ["Prescribe and supervise Chloe's methadone, test her urine at each session, and report on "
                 "whether she is making the changes the baby will need and how long they are likely to take",
                 "Haven Recovery - Lisa P. (Lisa Pritchard, recovery worker)",
                 "Key-work every Tuesday; report 2 working days before each core group",
                 "Urine results negative for heroin and cocaine, set out in Lisa's report at every core group"],
                ["Give a hair-strand sample, arranged and paid for by the SW",
                 "Chloe Maguire (Mum)",
                 "By 20 March 2026, and again at 36 weeks' gestation",
                 "Negative hair-strand results for heroin, cocaine and non-prescribed opiates, sent to the SW "
                 "by the laboratory"],
                ["Antenatal care and growth scans, sharing results with the SW",
                 "Rhian Adey, specialist substance misuse midwife, Vennick General Hospital",
                 "Every two weeks until 36 weeks, then weekly until the birth",
                 "Appointment log to the SW before each core group; growth scans show the baby growing along "
                 "her centile"],
                ["Pre-birth parenting assessment of Chloe and Ryan",
                 "Joanne Feeney, social worker (SW)",
                 "Started 2 March 2026; report by 32 weeks' gestation (2 April 2026)",
                 "Written assessment shared with Chloe, Ryan and the core group, with a recommendation about "
                 "where the baby goes on discharge"],
                ["Explain how the baby will be watched for withdrawal on the ward and how Chloe and Ryan can "
                 "comfort her (skin to skin, swaddling, a quiet room)",
                 "Rhian Adey, specialist midwife",
                 "By 34 weeks' gestation (16 April 2026)",
                 "Session noted in the maternity record; Chloe and Ryan can describe the comfort plan to the SW "
                 "at the next visit"],
            ],
        }),
        ("h2", "Stage 2 – 36 weeks to the birth"),
        ("table", {
            "header": ["What needs to happen", "Who", "When", "How we'll check"],
            "widths": [5.6, 3.6, 3.6, 4.2],
            "rows": [
                ["Get the baby's cot (with a firm mattress), a steriliser and a car seat ready at Orchard Rise",
                 "Ryan Cole (Dad); SW to arrange a grant if needed",
                 "By 36 weeks' gestation",
                 "The SW sees the cot made up, the steriliser and the car seat at an unannounced visit before "
                 "36 weeks"],
                ["Agree and sign a written safety plan for the first weeks at home, including who is with the "
                 "baby at night",
                 "Chloe, Ryan and the SW jointly",
                 "By 36 weeks' gestation",
                 "Signed plan on file, with copies to the ward, the HV and Denise"],
                ["Put an alert on the maternity record that the baby is not to go home before the discharge "
                 "planning meeting",
                 "Rhian Adey, specialist midwife",
                 "Before baby is born (by 37 weeks' gestation)",
                 "The SW sees the alert on the electronic maternity record"],
            ],
        }),
        ("h2", "Stage 3 – on the ward (from the birth until discharge)"),
        ("table", {
            "header": ["What needs to happen", "Who", "When", "How we'll check"],
            "widths": [5.6, 3.6, 3.6, 4.2],
            "rows": [
                ["Score the baby for withdrawal on the Finnegan chart and tell the SW the same day if she needs "
                 "treatment",
                 "Sister Ama Boateng, ward manager, Kestrel Neonatal Unit",
                 "Every 4 hours from birth until discharge",
                 "Finnegan charts, with the scores shared at the discharge planning meeting"],
                ["Record how Chloe and Ryan feed, change and handle the baby, and whether either is ever sleepy "
                 "or smells of drink",
                 "Sister Ama Boateng, Kestrel Neonatal Unit",
                 "Every shift, from the birth to the day of discharge",
                 "Ward observation sheet, copied to the SW on the day of discharge"],
                ["Hold the discharge planning meeting with the ward, Haven Recovery, the HV, the parents and "
                 "Denise",
                 "Joanne Feeney, SW",
                 "Within 2 working days of the birth, and before discharge",
                 "Meeting notes with the agreed discharge date and who is at home each night, sent to the core "
                 "group the same day"],
            ],
        }),
        ("h2", "Stage 4 – the first 12 weeks at home"),
        ("table", {
            "header": ["What needs to happen", "Who", "When", "How we'll check"],
            "widths": [5.6, 3.6, 3.6, 4.2],
            "rows": [
                ["Stay at 7 Orchard Rise every night and do the night feeds with Chloe",
                 "Gran (maternal) - Denise Maguire",
                 "Every night from the day of discharge until baby is 6 weeks old",
                 "Night feed chart signed by Denise and seen by the SW at each visit; an unannounced evening "
                 "visit finds Denise there"],
                ["Visit the baby at home, one visit a fortnight unannounced",
                 "Joanne Feeney, SW",
                 "Twice a week for the first 4 weeks after discharge, then weekly until the review conference",
                 "Visit notes record where the baby sleeps, how she feeds and settles, and how she responds to "
                 "Chloe and Ryan"],
                ["Weigh the baby and plot her weight in her red book, and check safe sleep",
                 "Naomi Hughes, health visitor (the HV)",
                 "New birth visit within 10 days of discharge, then weekly until baby is 12 weeks old",
                 "Weights plotted; the baby is back to her birth weight by 3 weeks old and follows her centile"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Chloe's urine or hair-strand results show heroin or cocaine, or she misses two key-work "
              "sessions in a row, Joanne will visit within one working day and Denise will move into Orchard "
              "Rise before the birth, so that the baby never goes home without a sober adult there."),
        ("p", "If Chloe or Ryan are found under the influence while caring for the baby, on the ward or at home, "
              "the ward or Joanne will call Vennick Police and hold a strategy discussion the same day, and the "
              "baby will stay with Denise (or on the ward, if she has not been discharged) until it has taken "
              "place."),
        ("p", "If Denise is unable to stay at night, Ryan will take his two weeks' paternity leave and be at home "
              "every night; if neither of them can be there, Joanne will arrange a parent-and-baby foster "
              "placement for Chloe and the baby before discharge, or a foster placement for the baby the same "
              "day if Chloe will not go."),
        ("p", "If any test after 20 March is positive for heroin or cocaine, or the parenting assessment says the "
              "baby cannot safely go home with Chloe and Ryan, Joanne will ask Andrew Nash for a legal planning "
              "meeting within 5 working days, to decide whether to start PLO pre-proceedings before the birth."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1.30pm, Vennick Family Centre: 17 March, 14 April and 12 "
            "May 2026, and within 5 working days of the birth.",
            "Review child protection conference: Tuesday 2 June 2026, 10am, Vennick Civic Offices.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. First core group minutes, mother with bipolar disorder after a manic
#    episode, a 13-year-old and an 8-year-old. Attendance list with initials,
#    agency updates, children's views, then an action log whose owners are
#    initials and whose When cells are frequencies and events; one closed row.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b139_vexbridge_core_group_minutes_initials_action_log_sandford.pdf",
    "doc_title": "Core Group Minutes - Tia and Reuben Sandford",
    "split": "tune",
    "actions": 11,
    "landscape": True,
    "template": "core-group-1-minutes-word-printed-to-pdf-landscape-header-footer-attendance-initials-key-updates-childrens-views-outcomes-contingency-then-action-log-ref-action-owner-initials-when-evidence-we-will-look-at-status-one-closed-row-then-next-meetings",
    "description": (
        "Exemplary minutes of the first core group for a 13-year-old and an 8-year-old whose mother "
        "has bipolar disorder and left them alone overnight during a manic episode in January. "
        "Printed to PDF, landscape, with a page header and footer. The attendance list defines "
        "initials that are then the owners in the action log; When cells are frequencies and events "
        "('fortnightly, starting w/c 9 March 2026', 'the first Monday of each month', 'each Tuesday "
        "after school', 'weekly for the next 12 weeks, then reviewed', 'by core group 2 on 31 March "
        "2026') and the 'Evidence we will look at' cells name records, registers and scores. One "
        "closed, one-off GP row is kept and not counted. The care co-ordinator reports on capacity "
        "to change, the uncle's Tuesdays have a fallback, legal planning follows named triggers, "
        "core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE · Vexbridge Metropolitan Borough Council · Children's Services",
    "footer": "Sandford – core group 1 minutes, 03/03/2026 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group 1 – Minutes and Action Log"),
        ("kv", [
            ("Children", "Tia Sandford (13), DOB 30/09/2012; Reuben Sandford (8), DOB 11/04/2017"),
            ("Address", "5 Larkhill Terrace, Vexbridge VX4 1QP"),
            ("Plan made", "Initial child protection conference, 17/02/2026 (category: neglect)"),
            ("Meeting", "Tuesday 03/03/2026, 4pm, Vexbridge High School"),
        ]),
        ("h2", "Present (initials used in these minutes)"),
        ("bullets", [
            "HB – Hannah Birch, social worker (chair and minutes)",
            "LS – Lorraine Sandford, Mum",
            "PR – Paul Renshaw, Reuben's dad",
            "MT – Mark Tully, maternal uncle",
            "KO – Kemi Okafor, care co-ordinator, Vexbridge Community Mental Health Team (CMHT)",
            "DR – Dave Reilly, DSL, Vexbridge High School",
            "JM – Janet Morris, DSL, Priory Lane Primary School",
            "SI – Sam Idowu, Vexbridge Young Carers",
        ]),
        ("p", "Apologies: Dr Amy Marsh (GP, Canal Street Surgery), report sent; Rosa Linton (Family Group "
              "Conference service)."),
        ("h1", "1. Updates"),
        ("p", "HB: three visits since the conference, one unannounced on 26/02/2026 at 7.30pm. Lorraine was "
              "calm, there was food in and both children were in bed on time. Tia was seen on her own and said "
              "she is sleeping better."),
        ("p", "KO: Lorraine restarted lithium on 10/02/2026. Her level on 24/02/2026 was in range. She has "
              "kept both appointments with KO and has begun a relapse-signature plan."),
        ("p", "DR: Tia's attendance since the conference is 92%; she was absent twice in January while Mum "
              "was unwell. JM: Reuben's attendance is 96%; he arrived without breakfast twice in February."),
        ("p", "GP report: Lorraine's records and prescriptions have been shared with HB (see action CL1)."),
        ("p", "LS said she wants Tia to stop worrying about her and understands why the plan is in place. PR "
              "said he can have Reuben every other weekend from 13/03/2026. MT said he can have Reuben every "
              "Tuesday after school."),
        ("h1", "2. What Tia and Reuben are telling us"),
        ("p", "Tia (seen on her own at school, 27/02/2026): \"When Mum was high she went out all night and I had "
              "to get Reuben to school. I didn't tell anyone because I thought they'd take us away. Now she's "
              "taking her tablets and it's normal.\" Tia scored home 6 out of 10 and said she would like "
              "someone to talk to who \"isn't a teacher\"."),
        ("p", "Reuben (seen at home, 26/02/2026): \"Tia makes my tea when Mum's poorly. I like Uncle Mark's "
              "because we do the reading and he's got a dog.\" He drew himself, Tia and the dog, and gave home "
              "8 out of 10."),
        ("h1", "3. Outcomes (from the plan made at conference)"),
        ("bullets", [
            "Tia and Reuben are cared for by an adult who is well enough to look after them every day and "
            "night, and are never left on their own overnight.",
            "Tia no longer looks after her mum and brother, and goes to school every day.",
            "Reuben gets to school on time, fed, every day.",
            "Tia and Reuben know the signs that Mum is becoming unwell and who to ring.",
        ]),
        ("h1", "4. Contingency (agreed at conference, checked today)"),
        ("p", "If Lorraine shows two of her early warning signs (not sleeping, spending sprees, going out at "
              "night), or misses her lithium for two days, KO will see her within one working day and Tia or "
              "HB will ring MT, who will have both children at 22 Canal Close until Lorraine has been seen."),
        ("p", "If MT is unable to have them, PR will have Reuben and HB will arrange for Tia to stay with him "
              "too; if neither can, HB will place Tia and Reuben together with Vexbridge foster carers the same "
              "day."),
        ("p", "If the children are left alone overnight again, or Lorraine stops her lithium and will not see "
              "KO, HB will ask her team manager, Colin Aspinall, for a legal planning meeting within 5 working "
              "days."),
        ("h1", "5. Action log"),
        ("p", "Owners are given by their initials (see Present). \"When\" says when the action starts and how "
              "often or by what point. CL = closed."),
        ("table", {
            "header": ["Ref", "Action", "Owner", "When", "Evidence we will look at", "Status"],
            "widths": [1.2, 6.6, 3.4, 5.0, 7.0, 2.5],
            "rows": [
                ["A1",
                 "See Tia and Reuben at home, each on their own, with one visit a month unannounced",
                 "HB",
                 "Weekly, Thursdays after school, until the review conference",
                 "Visit notes with both children seen alone and their 0-10 scores recorded; the unannounced "
                 "visit finds Mum well and food in the house",
                 "Started"],
                ["A2",
                 "Visit LS, check her lithium levels and warning signs, and report on whether she is making the "
                 "changes Tia and Reuben need and how long this is likely to take",
                 "KO",
                 "Fortnightly, starting w/c 9 March 2026; written report at every core group",
                 "KO's written report with lithium levels, the warning-signs checklist and her view on the "
                 "timescale for change",
                 "Started"],
                ["A3",
                 "Have lithium blood tests at the clinic and take lithium every evening, so that she stays well "
                 "enough to care for Tia and Reuben",
                 "LS",
                 "Blood test the first Monday of each month; tablets every evening",
                 "Lithium levels in range on the clinic results KO brings to each core group",
                 "Started"],
                ["A4",
                 "Check Tia's attendance and give her a weekly check-in with her head of year",
                 "DR",
                 "Every Monday in term time from 09/03/2026",
                 "Register percentage to HB each Friday, 95% or more by the Easter holidays; check-ins logged "
                 "on CPOMS",
                 "Started"],
                ["A5",
                 "Check Reuben's attendance and whether he has had breakfast, and call HB the same day if he is "
                 "absent or hungry",
                 "JM",
                 "Every school day",
                 "Register percentage to HB each Friday; same-day calls logged on CPOMS",
                 "Started"],
                ["A6",
                 "Young carer's assessment for Tia, then a place at the young carers' group",
                 "SI",
                 "Assessment by 27 March 2026; group each Tuesday after school from then",
                 "Tia's young carer's plan sent to HB; the group register",
                 "New"],
                ["A7",
                 "Have Reuben for his tea and do his reading with him",
                 "MT",
                 "Each Tuesday after school, 3.30pm to 7pm",
                 "MT texts HB every Tuesday evening; reading record signed by MT, seen by JM",
                 "New"],
                ["A8",
                 "Have Reuben for the weekend",
                 "PR",
                 "Alternate weekends, Friday 5pm to Sunday 5pm, from 13 March 2026",
                 "Contact diary signed by PR and LS, seen by HB at the first visit of each month",
                 "New"],
                ["A9",
                 "Write a crisis plan with Tia and LS: the three early signs that Mum is becoming unwell and who "
                 "Tia rings",
                 "KO and HB jointly",
                 "By core group 2 on 31 March 2026",
                 "Signed crisis plan on file; Tia can tell HB the three signs and the number to ring at the "
                 "next visit",
                 "New"],
                ["A10",
                 "Family group conference to plan who in the family steps in if LS becomes unwell",
                 "Rosa Linton, FGC co-ordinator (agreed by email)",
                 "Held by 24 April 2026",
                 "The family plan from the FGC shared with the core group",
                 "New"],
                ["A11",
                 "Counselling sessions for Tia in school with the Vexbridge Youth Counselling Service",
                 "Farida Noor, youth counsellor (referral made by DR)",
                 "Weekly for the next 12 weeks, then reviewed",
                 "Tia's own score out of 10, recorded by Farida at the first and twelfth sessions and shared "
                 "with HB",
                 "New"],
                ["CL1",
                 "Share LS's mental health history and prescription record with HB",
                 "Dr Amy Marsh, GP",
                 "By 27/02/2026",
                 "GP letter on file",
                 "CLOSED - letter received 26/02/2026"],
            ],
        }),
        ("h1", "6. Next meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm, Vexbridge High School: 31 March and 28 April 2026.",
            "Review child protection conference: Tuesday 12 May 2026, 10am, Vexbridge Town Hall.",
            "HB will see Tia and Reuben on their own before each core group and bring their words to it.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Child in need plan stepped up at an initial conference after a toddler
#    ate cannabis; mother uses cannabis and cocaine. Markdown bullets kept
#    from the CIN plan and new ones, each with a "We'll know it's working
#    when" or "Evidence:" line below. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b139_valmouth_cin_step_up_bullets_evidence_lines_pryce.md",
    "split": "tune",
    "actions": 12,
    "template": "cin-step-up-icpc-plan-md-details-table-why-we-are-here-what-happened-under-cin-childrens-words-outcomes-then-what-will-happen-bullets-kept-from-cin-and-new-each-with-well-know-or-evidence-line-then-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 9-year-old and a 14-month-old, stepped up from a child in "
        "need plan after the toddler ate part of a cannabis sweet; their mother uses cannabis and "
        "cocaine. Markdown bullets under 'Kept from the child in need plan' and 'New from today', "
        "each with the owner in bold and a 'We'll know it's working when' or 'Evidence:' line below. "
        "Most bullets are sound (substance misuse key-work with urine results in a report to every "
        "core group, the HV weighing and plotting every two weeks starting w/c 9 March, a register "
        "percentage by the Easter holidays). Faults: home conditions work measured by 'have "
        "improved'; a hair-strand test with its start date 'TBC'; a lockable box 'asap'; the Dads "
        "group measured by 'engaging'; 'All professionals' to pass on worries; a contingency with "
        "no specific trigger whose only response is to meet and consider, and no legal step."
    ),
    "text": """\
# Child Protection Plan – Jayden and Amelia-Rose Pryce

**Valmouth City Council – Children's Social Care – Harbourside Locality Team**

| | |
|---|---|
| Children | Jayden Pryce (9), DOB 06/07/2016; Amelia-Rose Pryce (14 months), DOB 28/12/2024 |
| Address | Flat 3, 18 Gull Street, Valmouth VM1 5PE |
| Mother | Kelsey Pryce (29) |
| Amelia-Rose's father | Lewis Hart (31), lives in the home |
| Conference | Initial child protection conference, Tuesday 3 March 2026 (chair: Nadia Beck, IRO) |
| Stepped up from | Child in need plan, 14 October 2025 to 3 March 2026 |
| Category | Neglect (both children) |
| Social worker | Sara Lin (team manager: Gethin Lowe) |

## Why we are here

Jayden and Amelia-Rose have had a child in need plan since October 2025 because the flat was often
dirty and unsafe and Kelsey was using cannabis daily. On 11 February 2026 Amelia-Rose was taken to
Valmouth Royal Infirmary after eating part of a cannabis sweet she found on the sofa, and was kept in
overnight. Kelsey told hospital staff that she also uses cocaine at weekends. Lewis says he does not
use drugs, and his hair-strand test in January was negative.

## What happened under the child in need plan

Kelsey was referred to Valmouth Substance Misuse Service in January and has been to three of five
sessions. The health visitor saw Amelia-Rose monthly; her weight is on the 50th centile. Jayden's
attendance fell from 94% to 86% in the autumn term. Two home visits in February found the floor
covered in clothes and food, and a lighter and rolling papers on the coffee table.

## What Jayden and Amelia-Rose have told us

Jayden (seen on his own at school, 24 February 2026): "The flat smells funny a lot. I tidy my room
but Mum's room is messy. When Amelia went to hospital I was scared she was going to die. I want to
go to Cubs like my friend Deacon." He gave home 3 out of 10.

Amelia-Rose is 14 months old. At the visit on 26 February she crawled straight to the coffee table
and tried to put a bottle top in her mouth. She babbles and laughs with Jayden, and reached for
Lewis when Kelsey left the room.

## What needs to be different

- Jayden and Amelia-Rose live in a home with no drugs, medicines or lighters within their reach, and
  are always cared for by a sober adult.
- Amelia-Rose is fed, weighed and reaching her milestones, and goes to nursery three days a week.
- Jayden gets to school on time every day and no longer worries that his sister will be hurt.

## What will happen

### Kept from the child in need plan

- **Sara Lin (SW)** will visit Jayden and Amelia-Rose at home every week from 5 March until the
  review conference, one visit in three unannounced, and see Jayden on his own.
  We'll know it's working when: visit notes show Jayden seen alone with his own words written down,
  and nothing that Amelia-Rose could swallow within her reach.
- **Dean W., Valmouth Substance Misuse Service**, will key-work with Kelsey every Thursday, test her
  urine at each session and send a written report to every core group on her drug use and what it
  means for the children.
  Evidence: urine results negative for cocaine and showing falling cannabis levels, in Dean's report
  before every core group.
- **Beth Morgan (HV)** will weigh Amelia-Rose and plot her weight in the red book every two weeks,
  starting w/c 9 March, and do her 15-month development review by 31 March.
  We'll know it's working when: her weight stays on or near the 50th centile and the review scores
  are sent to Sara.
- **Mrs Okon, DSL at Harbourside Primary**, will check Jayden's attendance every day and ring Sara
  the same day if he is absent or late without a reason.
  Evidence: register percentage emailed to Sara every Friday, at 95% or more by the Easter holidays.
- **Gemma Ali, family support worker**, will do a home conditions programme with Kelsey and Lewis
  on Tuesday and Friday mornings for six weeks from 10 March.
  We'll know it's working when: home conditions have improved.

### New from today's conference

- **Kelsey** will give a hair-strand sample for cocaine and cannabis, arranged by Sara. Start date
  TBC.
  Evidence: a negative result, sent to Sara by the laboratory.
- **Kelsey and Lewis** will buy a lockable box and keep all medicines, lighters and anything with
  cannabis in it locked away, asap.
  We'll know it's working when: Sara sees the locked box, with nothing harmful in Amelia-Rose's
  reach.
- **Lewis** will go to the Valmouth Dads group on Wednesday evenings for ten weeks from 11 March.
  We'll know it's working when: Lewis is engaging with the group.
- **All professionals** will tell Sara the same day about anything worrying they see or hear about
  Jayden or Amelia-Rose.
  Evidence: each concern logged on the children's file with the date and time it was passed on.
- **Little Puffins Nursery (key worker Mia Rhodes)** will take Amelia-Rose on Mondays, Wednesdays and
  Fridays from 9 March and note whether she arrives fed, clean and on time.
  Evidence: arrival sheet emailed to Sara each Friday; attendance of 90% or more.
- **Sara Lin (SW)** will do four sessions of direct work with Jayden about home and his worries,
  fortnightly from w/c 9 March.
  We'll know it's working when: Jayden's three houses drawing is on file and his own score out of
  10, recorded by Sara at each session, has risen from 3.
- **Dr Huw Jenkins, GP, Quayside Surgery**, will share Kelsey's and Lewis's health records and any
  prescriptions with Sara by 13 March.
  Evidence: GP letter on the children's file.

## If things go wrong

If there are further concerns, or things do not get better, the core group will meet to discuss the
plan and consider what should happen next.

## Meetings

- Core group: every four weeks, Wednesdays at 10am, Valmouth Family Hub – 18 March, 15 April and
  13 May 2026.
- Review child protection conference: Tuesday 2 June 2026, 2pm, Valmouth Civic Centre.
""",
    "findings": [
        F("M002", "will do a home conditions programme with Kelsey and Lewis"),
        F("T002", "will give a hair-strand sample for cocaine and cannabis"),
        F("T002", "will buy a lockable box and keep all medicines"),
        F("M002", "will go to the Valmouth Dads group on Wednesday evenings"),
        F("W002", "will tell Sara the same day about anything worrying"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Second review conference plan, domestic abuse and the father's cocaine
#    use, paternal grandparents supervising Saturday contact. Markdown table
#    whose "Who and when" cell holds owner and timescale together and whose
#    "What we'll see" cell holds the evidence. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b139_verringham_rcpc_who_and_when_table_thackeray.md",
    "split": "tune",
    "actions": 10,
    "template": "rcpc2-plan-md-details-table-what-has-changed-childrens-words-outcomes-then-no-what-needs-to-happen-who-and-when-what-well-see-table-then-contingency-with-contact-fallback-legal-step-meetings",
    "description": (
        "Exemplary second review conference plan for a 7-year-old and a 3-year-old whose father "
        "was violent to their mother and uses cocaine; he has left and sees the children on "
        "Saturdays, supervised by his parents. A Markdown table whose 'Who and when' cell holds "
        "both the owner and the timescale ('Grandad and Nana Thackeray - every Saturday, 10am to "
        "1pm', 'Verringham Recovery Hub - Marcus T. - every Monday; report at every core group', "
        "'weekly from w/c 16 March 2026, then reviewed after 10 sessions') and whose 'What we'll "
        "see' cell names contact sheets, urine results, register percentages and scaling scores "
        "the worker records. The grandparents' supervision has a fallback, legal planning follows "
        "named triggers, core group and review dates are set."
    ),
    "text": """\
# Child Protection Plan – Second Review

**Verringham Council · Children's Services · Family Safety Team**

| | |
|---|---|
| Children | Ruby Thackeray (7), DOB 19/05/2018; Alfie Thackeray (3), DOB 02/12/2022 |
| Address | 26 Birch Lane, Verringham VG6 3AW |
| Mother | Gemma Thackeray (33) |
| Father | Craig Thackeray (36), 4 Foundry Court, Verringham; moved out in July 2025 |
| Paternal grandparents | Ken and Sheila Thackeray, 61 Walnut Road, Verringham |
| Category | Emotional abuse |
| Plan history | ICPC 01/07/2025; first review 30/09/2025; second review 03/03/2026 (this plan) |
| Chair | Precious Mbeki (IRO) |
| Social worker | Leah Ford (team manager: Tom Ashcroft) |

## What has changed since the last review

- Craig has given 21 urine samples at Verringham Recovery Hub since October; all but one (on 22
  December) were negative for cocaine.
- There have been no police call-outs to Birch Lane since 14 August 2025.
- Every Saturday contact since October has been supervised by Ken or Sheila; the contact sheets
  show no worries.
- Ruby's attendance this term is 97%. Alfie started at Acorn Tree Nursery in January and settled
  within two weeks.
- Craig was offered a place on Building Better Relationships from 5 March 2026, after a wait.

## What Ruby and Alfie have told us

Ruby (seen on her own at school, 24 February 2026): "Saturdays with Dad are fun now because Nana
is there and he doesn't get cross. I like it that Dad lives in his flat. Mum laughs more." She
scored home 8 out of 10 (it was 2 at the first conference) and said she would like Dad "to come to
my sports day but not live with us yet".

Alfie (seen at home, 27 February 2026) brought his toy garage to show the social worker and played
"Daddy's car going to Nana's". His key worker says he no longer hides under the table when an adult
raises their voice.

## What we want for Ruby and Alfie

1. Ruby and Alfie live in a calm home, free from violence, threats and drug use.
2. Ruby and Alfie see their dad safely, and only when another adult is there to make sure contact
   stays safe.
3. Ruby can talk about what happened and feels safe at home and at school; Alfie plays and sleeps
   without fear.

## The plan

| No. | What needs to happen | Who and when | What we'll see |
|---|---|---|---|
| 1 | See Ruby and Alfie at home and at school, each on their own | Leah Ford (SW) – every two weeks until the next review; one visit a month unannounced | Visit record with each child's own words and 0-10 score; unannounced visits find only Gemma and the children at home |
| 2 | Supervise Craig's contact with Ruby and Alfie at 61 Walnut Road and stay in the room throughout | Grandad and Nana Thackeray (Ken and Sheila, paternal grandparents) – every Saturday, 10am to 1pm | Contact sheet signed by Ken or Sheila after every contact and sent to Leah on the Monday; Ruby asked about contact at each SW visit |
| 3 | Key-work with Craig, urine tests, and a written report on his cocaine use and whether the changes are lasting for the children's sake | Verringham Recovery Hub – Marcus T. – every Monday; report at every core group | Urine results negative for cocaine, set out in Marcus's report in the core group papers |
| 4 | Complete the Building Better Relationships programme | Craig; programme worker Anya Roberts – Thursdays, 5 March to 4 June 2026 | Attendance letter from Anya after every fourth session; end-of-programme report to the next review |
| 5 | Check police records for any call-out involving Craig, Gemma or Birch Lane and tell Leah | DC Sam Ellery, Verringham Police Domestic Abuse Unit – every Monday, and within one working day of any incident | Weekly email to Leah, including nil returns |
| 6 | Freedom Programme for Gemma, so that she can spot controlling behaviour early and keep Ruby and Alfie away from it | Gemma; place booked by Rachel Idris, Verringham Women's Centre – Tuesdays for 12 weeks from 10 March 2026 | Certificate at the end; Gemma's own scaling score of how safe she feels, recorded by Leah at the start and end |
| 7 | Check Ruby's attendance and wellbeing and run her Friday nurture group | Mrs Ellen Cole, DSL, Verringham Junior School – every school day; the group each Friday afternoon | Register percentage to Leah each Friday (96% or more); the nurture group worker's session notes |
| 8 | Note Alfie's attendance and anything he says or plays about home | Kit Sanders, key worker, Acorn Tree Nursery – every session (Monday to Wednesday) | Weekly email to Leah; same-day call logged for anything worrying |
| 9 | Play therapy sessions for Alfie | Helen B., Sunflower Children's Therapy – weekly from w/c 16 March 2026, then reviewed after 10 sessions | Therapist's summary to Leah after sessions 5 and 10, with what Alfie shows in his play |
| 10 | Tell Leah if Craig comes to Birch Lane or contacts Gemma outside Saturday contact | Gemma – the same day, every time | Texts and calls logged on the children's file and checked against DC Ellery's weekly returns |

## Contingency

- If Craig comes to Birch Lane, contacts Gemma outside contact or is violent or threatening, Gemma
  will call 999, and Leah will hold a strategy discussion with the police the same day. Saturday
  contact will stop until it has taken place.
- If Craig arrives at contact smelling of drink, appearing under the influence of drugs, or has a
  positive urine test, Ken or Sheila will end contact at once and ring Leah, and contact will not
  take place again until Marcus has seen Craig.
- If Ken and Sheila cannot supervise on a Saturday (illness, holiday) contact does not go ahead,
  and Leah will arrange supervised contact at the Verringham Family Centre within one week.
- If Craig has a second positive test for cocaine before the next review, or comes to the house
  outside contact, Leah will ask Tom Ashcroft for a legal planning meeting within 5 working days.

## Core group and review

- Core group every six weeks, Tuesdays at 3.30pm, Verringham Junior School: 14 April, 26 May and
  7 July 2026.
- Third review child protection conference: Tuesday 1 September 2026, 10am, Verringham Town Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan, father misusing prescribed opioids after a back
#    injury, a 15-year-old and a 10-year-old. Plain-text case-system print:
#    task blocks with ASSIGNED TO, START, END / REPEAT and EVIDENCE OF
#    PROGRESS fields. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b139_vossington_icpc_case_print_task_fields_marsh.txt",
    "split": "tune",
    "actions": 10,
    "template": "icpc-case-system-plain-text-print-dot-leader-details-caps-sections-worries-strengths-childrens-words-outcomes-then-task-blocks-assigned-to-start-end-repeat-evidence-of-progress-then-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 15-year-old and a 10-year-old whose single father "
        "misuses codeine and pregabalin after a back injury, with poor home conditions and falling "
        "school attendance. A plain-text case-system print of task blocks with ASSIGNED TO, START, "
        "END / REPEAT and EVIDENCE OF PROGRESS fields: timescales are start dates with a frequency "
        "or an end ('each Wednesday 4-6pm for 8 weeks, then reviewed', 'every Wednesday in term "
        "time'), evidence is 'as recorded in' visit notes, register percentages, prescription "
        "records, pill counts and a scaling score the youth worker records. The GP and the drug "
        "and alcohol service own actions, the aunt's teas have a fallback, legal planning follows "
        "named triggers, core group and review dates are set."
    ),
    "text": """\
VOSSINGTON COUNCIL  -  CHILDREN'S SOCIAL CARE              CASE MANAGEMENT SYSTEM
CHILD PROTECTION PLAN (INITIAL)                            Printed 13/03/2026 09:42
===============================================================================
Children ......... Kayden MARSH, DOB 14/01/2011 (15), Vossington Community College
                   Skye MARSH, DOB 22/08/2015 (10), St Anne's CE Primary
Address .......... 9 Ropewalk Cottages, Vossington VS8 2NJ
Father ........... Steven (Steve) Marsh (44), sole carer
Mother ........... Donna Price, lives in Spain; phone calls most Sundays
Paternal aunt .... Lorna Marsh, 3 Glebe Row, Vossington
Conference ....... Initial child protection conference 10/03/2026
                   Chair: Michael Oduya (IRO)
Category ......... Neglect
Social worker .... Ola Bankole (team manager: Fran Devlin)
===============================================================================

1. WHAT WE ARE WORRIED ABOUT

Steve hurt his back at work in 2024 and was prescribed codeine and pregabalin.
He has been buying extra codeine online and taking more than prescribed; in
January the school could not wake him when they rang about Skye, and on
04/02/2026 Skye walked herself home and found him asleep on the kitchen floor.
There was little food in the house, the bedding had not been washed for weeks
and Kayden's attendance has fallen to 62%.

2. WHAT IS GOING WELL

Steve told the conference he wants help to come off the extra tablets and has
booked a GP appointment himself. Both children are close to their aunt Lorna,
who has Skye after school most weeks. Skye's attendance is 95%.

3. WHAT KAYDEN AND SKYE SAY

Kayden (seen on his own at college, 03/03/2026): "Dad's not a junkie, he's in
pain. But he's always asleep and I end up doing everything. I stopped going in
because I was knackered." He scored home 4 out of 10.
Skye (seen on her own at school, 04/03/2026): "I thought Dad was dead on the
floor. I like going to Auntie Lorna's because there's proper tea." She scored
home 5 out of 10 and wants "Dad to be awake when I get home".

4. OUTCOMES FOR KAYDEN AND SKYE

4.1 Kayden and Skye are cared for by a dad who is awake, sober and able to look
    after them every day, with food in the house and clean beds.
4.2 Kayden is back in college, with attendance of 85% or more, and Skye keeps
    her attendance at 95% or more.
4.3 Neither child has to look after their dad or the house on their own.

5. TASKS
-------------------------------------------------------------------------------
TASK 1 of 10
  TASK ............. Visit Kayden and Skye at home and see each of them on their
                     own; one visit in three unannounced
  ASSIGNED TO ...... Ola Bankole, social worker (SW)
  START ............ 16/03/2026
  END / REPEAT ..... Weekly until the review conference on 09/06/2026
  EVIDENCE OF PROGRESS  As recorded in visit notes: each child seen alone and
                     their words written down; the kitchen and bedrooms as set
                     out in the agreed home conditions list

TASK 2 of 10
  TASK ............. Review Steve's prescriptions with him, agree a written
                     reduction plan for codeine and pregabalin, and issue
                     weekly scripts
  ASSIGNED TO ...... Dr Priya Anand, GP, Marlowe Road Surgery
  START ............ Appointment by 27/03/2026
  END / REPEAT ..... Weekly scripts; written update before each core group
  EVIDENCE OF PROGRESS  Prescription record showing weekly scripts and each
                     agreed reduction; GP letter to the SW before each core
                     group

TASK 3 of 10
  TASK ............. Key-work with Steve on his opioid use, with urine tests, and
                     a report on whether he is making the changes Kayden and
                     Skye need
  ASSIGNED TO ...... Vossington Drug and Alcohol Service - Fiona D., key worker
  START ............ w/c 16/03/2026
  END / REPEAT ..... Fortnightly sessions; report at every core group
  EVIDENCE OF PROGRESS  Urine results showing only the prescribed medicines, as
                     recorded in Fiona's report in the core group papers

TASK 4 of 10
  TASK ............. Keep to the reduction plan and go to every Drug and Alcohol
                     Service appointment, so that he is awake and able to care
                     for Skye when she gets home
  ASSIGNED TO ...... Steve Marsh (Dad)
  START ............ 16/03/2026
  END / REPEAT ..... Every appointment until the review conference
  EVIDENCE OF PROGRESS  Attendance record from Fiona; a pill count by the SW at
                     each unannounced visit matches the script

TASK 5 of 10
  TASK ............. Check Kayden's attendance and meet him each week with his
                     mentor to plan his return to full days
  ASSIGNED TO ...... Mr Dale Hewitt, DSL, Vossington Community College
  START ............ 18/03/2026
  END / REPEAT ..... Every Wednesday in term time
  EVIDENCE OF PROGRESS  Attendance percentage from the register emailed to the
                     SW every Friday, rising from 62% to 85% by the May half
                     term

TASK 6 of 10
  TASK ............. Check Skye's attendance, lunch and uniform, and ring the SW
                     the same day if she is absent or Steve cannot be reached
  ASSIGNED TO ...... Mrs Anne Boyle, DSL, St Anne's CE Primary
  START ............ 16/03/2026
  END / REPEAT ..... Every school day
  EVIDENCE OF PROGRESS  Register print to the SW each Friday; same-day calls
                     logged on CPOMS

TASK 7 of 10
  TASK ............. Young carer's assessments for Kayden and Skye
  ASSIGNED TO ...... Ben Kaur, Vossington Young Carers
  START ............ Referral received by 20/03/2026
  END / REPEAT ..... Both assessments done by the Easter holidays (03/04/2026)
  EVIDENCE OF PROGRESS  Each child's young carer's assessment and support plan
                     sent to the SW

TASK 8 of 10
  TASK ............. Home conditions work with Steve and the children: a weekly
                     food shop, a laundry routine and an agreed tidy-up list
  ASSIGNED TO ...... Kim Fenwick, family support worker
  START ............ 18/03/2026
  END / REPEAT ..... Each Wednesday 4-6pm for 8 weeks, then reviewed
  EVIDENCE OF PROGRESS  Home conditions checklist scored by Kim each week; an
                     unannounced SW visit finds clean bedding, food in and the
                     bins emptied

TASK 9 of 10
  TASK ............. Have Skye for her tea and do her homework with her
  ASSIGNED TO ...... Lorna Marsh (paternal aunt)
  START ............ 18/03/2026
  END / REPEAT ..... Every Wednesday and Friday after school, until 7pm
  EVIDENCE OF PROGRESS  Lorna texts the SW each Friday evening; homework diary
                     signed by Lorna, seen by the school

TASK 10 of 10
  TASK ............. One-to-one sessions with Kayden about home, friends and
                     getting back into college
  ASSIGNED TO ...... Jordan Pike, youth worker, Vossington Youth Service
  START ............ 17/03/2026
  END / REPEAT ..... Each Tuesday after college for 10 weeks
  EVIDENCE OF PROGRESS  Kayden's own score out of 10, recorded by Jordan at each
                     session and shared with the SW before each core group

6. CONTINGENCY
-------------------------------------------------------------------------------
TRIGGER .......... Steve found drowsy or unable to be woken while caring for
                   the children; a urine test showing non-prescribed opioids;
                   Skye or Kayden unable to reach him after school
RESPONSE ......... Skye and Kayden go to Lorna's at 3 Glebe Row that evening;
                   Ola visits the same day and, if either child was left
                   without a capable adult, holds a strategy discussion with
                   Vossington Police that day
IF LORNA CANNOT .. If Lorna is away or unable to have them, Ola places Kayden
                   and Skye together with Vossington foster carers the same
                   day
LEGAL PLANNING ... Two non-prescribed results before the review, or a second
                   time Steve cannot be woken, and Ola will ask Fran Devlin
                   for a legal planning meeting within 5 working days

7. MEETINGS
-------------------------------------------------------------------------------
Core group ....... every four weeks, Tuesdays 4pm, Vossington Family Hub:
                   31/03/2026, 28/04/2026, 26/05/2026
Review CPC ....... 09/06/2026, 10am, Vossington Guildhall
===============================================================================
END OF PRINT
""",
    "findings": [],
})
