"""Batch 139, module u: seven fictional plans (tuning material), places beginning with "u".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: how MEASURES and TIMESCALES read when practitioners write them in
ordinary words and in unusual places. Measures are evidence someone gathers or
sees: "What we'll see if it's working", "Shown by:", "Evidence:", "How we'll
check", "What the school will see", "as recorded in", the health visitor
weighing and plotting in the red book, attendance percentages from the
register, negative urine and hair-strand results, an unannounced visit finding
the home as agreed, a worry or safety score the worker records. Timescales are
events, terms and periods: "before baby is born", "by 36 weeks' gestation",
"on the day of discharge", "until baby is 12 weeks old", "within 5 working
days of this conference", "by the May half term", "each Tuesday after
school", "for the next 12 weeks, then reviewed", "fortnightly, starting w/c 9
March 2026", "the first Monday of each month", "at every core group", in a
"Start / end" column, a "Timing" column, a "When:" line or the owner's cell.
Owners are initials from a key or attendance list, "the HV", "Gran
(maternal)", "Mum and SW jointly", "Ullerwick Recovery Hub - Marcus D.".

Five plans are exemplary (no finding under any rule):
  1. an initial conference plan in a landscape Word table with the outcome
     merged down and "Start / end" and "What we'll see if it's working"
     columns (docx);
  3. a pre-birth plan in three stage tables with "Timing" and "What will show
     it happened" columns, printed to PDF with a page header and footer (pdf);
  4. core group minutes whose action log uses initials from the attendance
     list, with one closed row kept (pdf);
  5. a child in need plan stepped up to child protection, as a Markdown table
     headed "What's happening / Who / When it happens / We'll know it's
     working when" (md);
  7. a review conference plan printed from a case system, tasks under NEED
     headings with ASSIGNED TO / START-END / EVIDENCE fields and one
     completed task kept (txt).
Two carry a realistic mix of faults among mostly good rows:
  2. a review conference plan in two-column Action | Detail tables, one per
     outcome, with "Lead:", "When:" and "Shown by:" lines in the Detail cell
     (docx): an engagement-only measure, a measure "to be discussed at the
     next core group", a start date "TBC", "when possible", a "Family
     network" owner, a CPN who only supports, an outcome for the mother
     only, and no review conference date;
  6. a review conference plan in Markdown bullets with "When:" and
     "Evidence:" lines under each bullet (md): "improved" and "school will
     monitor" as measures, "ASAP" and "ongoing" as times, a bullet with no
     evidence line, a therapy service that only treats, a contingency with
     no specific trigger and no fallback for the grandmother's help.

Counting convention used for "actions" (convention 1 and README "Files"):
every live row of an action table and every bullet of an action section is
one action; the contingency, meeting dates, key/attendance lists, narrative
sections and outcome lists are not. A one-off action marked done and closed
(the MARAC referral in plan 4, the written agreement in plan 7) is work
already done and is not counted; work that goes on is counted whatever its
status says.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, mother's daily drinking, a 7-year-old and a
#    2-year-old. Landscape Word table, outcome merged down over its rows,
#    "Start / end" and "What we'll see if it's working" columns, owners as
#    initials from a key. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b139_ullerwick_icpc_merged_outcome_start_end_treloar.docx",
    "doc_title": "Child Protection Plan - Maisie and Jaxon Treloar",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "check_vmerge": 4,
    "template": "icpc-landscape-word-plan-details-key-to-initials-worries-going-well-childrens-voice-then-outcome-merged-down-what-will-happen-who-start-end-what-well-see-if-its-working-table-contingency-core-group-review",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 2-year-old whose mother drinks "
        "most days. A landscape Word table with each outcome merged down over its actions, a "
        "'Start / end' column ('Weekly, from 2 March 2026 until the review conference', 'Within 5 "
        "working days of this conference', 'Six Thursday sessions starting w/c 9 March 2026') and "
        "a 'What we'll see if it's working' column (unannounced visits finding the mother sober "
        "and food in, breath tests at zero, the register at 95% by the Easter holidays, the HV "
        "weighing and plotting in the red book). Owners include initials from a key, 'Gran "
        "(maternal)', 'Mum and SW jointly' and 'Ullerwick Recovery Hub - Marcus D.'. The alcohol "
        "service reports on change, the GP owns an action, the grandmother's help has a "
        "fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ullerwick Borough Council · Children's Services · Family Safeguarding Team North"),
        ("kv", [
            ("Children", "Maisie Treloar (7), DOB 09/06/2018, Year 2, Ferrand Street Primary; Jaxon Treloar (2), "
                         "DOB 14/01/2024, Bumblebee Corner Nursery"),
            ("Address", "41 Tanner's Row, Ullerwick UW3 8JD"),
            ("Mother", "Leanne Treloar (29)"),
            ("Jaxon's father", "Ricky Dunn (31), 6 Weir Court, Ullerwick; has Jaxon every Saturday"),
            ("Maisie's father", "Not involved; lives abroad, no contact since 2020"),
            ("Maternal grandmother", "Pauline Treloar, 18 Holly Walk, Ullerwick (a mile away)"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "Tuesday 24 February 2026. Chair: Bernadette Lowry (IRO)"),
        ]),
        ("h1", "Key to initials used in this plan"),
        ("bullets", [
            "TR – Tamsin Reeve, social worker, Family Safeguarding Team North (team manager: Alan Forsyth)",
            "GH – Gemma Holt, health visitor (the HV), Ullerwick 0-19 Service",
            "RD – Ricky Dunn, Jaxon's dad",
            "Marcus D. – Marcus Dlamini, recovery worker, Ullerwick Recovery Hub (adult alcohol service)",
        ]),
        ("h1", "Why Maisie and Jaxon need a plan"),
        ("p", "Leanne drinks wine most days, usually from the early afternoon. On 13 February 2026 police called "
              "to Tanner's Row after a neighbour heard Jaxon crying for over an hour; they found Leanne asleep on "
              "the settee and could not wake her, and Maisie, then alone in charge of her brother, had fed him "
              "dry cereal. Nursery have found Jaxon hungry and in the same clothes on several Mondays since "
              "October 2025. Maisie has been late 14 times this term and her attendance is 84%."),
        ("h1", "What is going well"),
        ("bullets", [
            "Leanne went to the Recovery Hub for an assessment on 19 February 2026 and says she wants to stop.",
            "Gran has the children every Friday and knows the family well.",
            "Ricky has seen Jaxon every Saturday for a year and has always brought him back on time.",
            "Maisie is doing well with her reading and has a good friend, Esme, in her class.",
        ]),
        ("h1", "What Maisie and Jaxon have told us and shown us"),
        ("p", "Maisie (seen on her own at school, 18 February 2026): “When Mummy has her wine she goes to sleep "
              "on the settee and I make Jaxon's Weetabix. Sometimes there isn't any milk.” The best part of her "
              "week is “Friday at Gran's, because we have fish fingers and she reads to me”. She put home at 4 on "
              "her smiley-face scale and said she wants her mum “to stop the wine and come to my assembly”."),
        ("p", "Jaxon was seen at home on 16 and 20 February 2026. On the first visit he was in a wet nappy and ate "
              "two slices of bread quickly when the SW made them. He took his toy car to Maisie rather than to his "
              "mum, and cried when Maisie left the room. At nursery he eats everything at snack time and likes the "
              "sand tray best."),
        ("h1", "The plan"),
        ("p", "Start / end says when each action starts and how long it runs. “What we'll see if it's working” is "
              "what the person named will see, count or write down, and it is brought to every core group."),
        ("table", {
            "header": ["Outcome for Maisie and Jaxon", "What will happen", "Who", "Start / end",
                       "What we'll see if it's working"],
            "widths": [4.2, 6.4, 3.8, 4.3, 7.0],
            "rows": [
                ["A. Maisie and Jaxon are looked after every day and night by an adult who is sober, and they "
                 "are fed, washed and put to bed on time.",
                 "Visit Maisie and Jaxon at home, see Maisie on her own, and look in the fridge, the cupboards "
                 "and the children's bedrooms; one visit in three unannounced",
                 "TR (SW)",
                 "Weekly, from 2 March 2026 until the review conference on 19 May 2026",
                 "Visit records show both children seen every week and Maisie seen alone; the unannounced visits "
                 "find Leanne sober, food in the house and clean bedding"],
                [V,
                 "Key-work with Leanne with a breath test at every session, and a written view for each core "
                 "group on whether her drinking is changing in ways Maisie and Jaxon would notice and how long "
                 "further change is likely to take",
                 "Ullerwick Recovery Hub - Marcus D.",
                 "Every Thursday from 5 March 2026; written view two working days before every core group",
                 "Breath test readings and Marcus's written view in the core group papers; every reading zero "
                 "from April onwards"],
                [V,
                 "Stay sober on every day she is caring for Maisie and Jaxon, and go to every key-work session at "
                 "the Recovery Hub",
                 "Mum (Leanne)",
                 "From today, 24 February 2026, until the review",
                 "Breath tests at the Hub read zero, and no alcohol is found at the unannounced visits, as "
                 "recorded in TR's visit notes"],
                [V,
                 "Have Maisie and Jaxon for tea and a sleepover every Friday, and be the adult Maisie rings if "
                 "her mum has been drinking",
                 "Gran (maternal)",
                 "Every Friday from 27 February 2026; the same evening whenever Maisie rings",
                 "Gran texts TR every Saturday morning; Maisie can show TR Gran's number on the card in her book "
                 "bag"],
                [V,
                 "Have Jaxon at his flat on Saturdays, and text TR if Leanne seemed to have been drinking at "
                 "handover",
                 "RD (Jaxon's dad)",
                 "Every Saturday, 10am to 4pm, from 28 February 2026",
                 "Ricky's Saturday text is noted on the file by TR each Monday; Jaxon is handed back on time"],
                ["B. Maisie is at school on time every day and Jaxon goes to every nursery session, clean, fed "
                 "and dressed for the weather.",
                 "Check the register and late book, offer Maisie a breakfast club place, and ring TR the same day "
                 "if she is absent without a reason",
                 "Mrs Joanne Ackroyd, DSL, Ferrand Street Primary",
                 "Each school day; breakfast club from 2 March 2026",
                 "Attendance from the register sent to TR every Friday: 95% or more by the Easter holidays, and "
                 "no more than one late mark a fortnight"],
                [V,
                 "Record Jaxon's arrival time, whether he has had breakfast and how he presents",
                 "Bumblebee Corner Nursery (key worker Sophie Lang)",
                 "Monday, Wednesday and Friday sessions from 2 March 2026",
                 "What nursery will see: Jaxon arrives by 9.15am, fed and in clean clothes; the daily sheet is "
                 "emailed to TR every Friday"],
                [V,
                 "Write a morning routine for school and nursery days and put the chart on the fridge",
                 "Mum and SW jointly",
                 "Within 5 working days of this conference (by 3 March 2026)",
                 "The chart is on the fridge at the next visit and ticked for each school day since"],
                ["C. Jaxon is growing, his speech is coming on, and he is safe in the house.",
                 "Weigh and measure Jaxon, do his two-year review (ASQ-3) and check the stair gate and the "
                 "cupboard catches",
                 "GH (the HV)",
                 "Every four weeks; two-year review by 31 March 2026",
                 "The HV will weigh and plot Jaxon in his red book: weight on or above the 25th centile; ASQ-3 "
                 "scores sent to TR; gate seen shut at each visit"],
                [V,
                 "Send TR Leanne's alcohol-related health history and blood results, and write within 2 working "
                 "days if she misses a GP review, so the core group knows at once if her care of the children "
                 "may be affected",
                 "Dr Priya Menon, GP, Castlegate Surgery",
                 "First letter by 10 March 2026, then before every core group",
                 "GP letter on the children's file by 10 March 2026, and an update in the papers for every core "
                 "group"],
                ["D. Maisie knows her mum's drinking is not her fault, knows who she can tell, and has fun with "
                 "children her own age.",
                 "Direct work with Maisie about her mum's drinking and who she can talk to, using words and "
                 "pictures",
                 "TR (SW)",
                 "Four sessions, each Tuesday after school from 3 March 2026",
                 "Maisie's pictures and her own words kept on file; at the fourth session she can name three safe "
                 "adults"],
                [V,
                 "A place for Maisie in the Little Lanterns group for children whose parents drink",
                 "Ullerwick Family Hub (group worker Dee Shaw)",
                 "Six Thursday sessions starting w/c 9 March 2026",
                 "The group register shows Maisie at five or more sessions; Dee's end-of-group note is sent to "
                 "TR"],
            ],
        }),
        ("h1", "If the plan is not keeping Maisie and Jaxon safe"),
        ("p", "If Leanne is found to have been drinking while she is caring for the children (a breath test above "
              "zero at the Hub, alcohol smelt or seen at a visit, or Maisie, school, nursery or Ricky tells us), "
              "Maisie and Jaxon will go to Gran's at 18 Holly Walk that day and TR will hold a strategy discussion "
              "with Ullerwick Police the same day. They will stay with Gran until the strategy discussion agrees "
              "it is safe for them to go home."),
        ("p", "If Gran cannot have the children (she is ill, away, or does not feel able to), TR will place Maisie "
              "and Jaxon together with Ullerwick foster carers the same day; out of hours the Emergency Duty Team "
              "will do this. If Ricky cannot have Jaxon on a Saturday, Jaxon stays with Leanne only if the "
              "Friday sleepover at Gran's has gone ahead and Gran has seen Leanne sober that morning."),
        ("p", "If Leanne has two breath tests above zero or misses two key-work sessions in a row before the "
              "review, or Marcus's view is that she cannot make the changes in time for the children, TR will ask "
              "Alan Forsyth for a legal planning meeting within 5 working days to decide whether to start the "
              "Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.45pm, Ferrand Street Family Hub: 10 March, 7 April and "
            "5 May 2026.",
            "Review child protection conference: Tuesday 19 May 2026, 10am, Ullerwick Town Hall.",
            "Before each core group TR will ask Maisie what has been better or worse at home and take her words "
            "to the meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan, mother's depression, father on nights,
#    an 11-year-old and a 5-year-old, grandad helping. One two-column
#    Action | Detail table per outcome, Lead / When / Shown by lines in the
#    Detail cell. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b139_umbersett_rcpc_action_detail_pairs_fennimore.docx",
    "doc_title": "Review Child Protection Plan - Kacey and Alfie Fennimore",
    "split": "tune",
    "actions": 13,
    "template": "rcpc-word-plan-details-progress-since-icpc-childrens-views-then-outcome-headings-each-with-two-column-action-detail-table-lead-when-shown-by-lines-in-detail-cell-contingency-meetings",
    "description": (
        "First review conference plan for an 11-year-old and a 5-year-old whose mother has "
        "depression and whose father works nights. Each outcome heading has its own two-column "
        "Word table, Action | Detail, with 'Lead:', 'When:' and 'Shown by:' lines in the Detail "
        "cell. Most rows are sound (weekly visits with unannounced checks, the grandfather's "
        "collections checked against the school's book on the first Monday of each month, the "
        "psychologist's capacity report, speech therapy 'what the school will see'). Faults: "
        "the morning routine sessions are shown only by the mother's engagement, the girl's "
        "check-ins by 'to be discussed at the next core group'; the SW's direct work starts "
        "'TBC', the dentist 'when possible'; lifts to school are led by 'Family network'; the CPN "
        "only supports; one outcome is the mother's alone; the next review conference is 'to be "
        "confirmed'."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference: Plan"),
        ("p", "Umbersett County Council – Children and Families – Safeguarding Unit"),
        ("kv", [
            ("Children", "Kacey Fennimore (11), DOB 03/07/2014, Year 6; Alfie Fennimore (5), DOB 22/11/2020, "
                         "Reception; both at Wellgate Primary"),
            ("Address", "7 Saddler's Close, Umbersett UB5 2HN"),
            ("Parents", "Jo Fennimore (38) and Dean Fennimore (40); Dean works nights at the Umbersett "
                        "distribution centre, Sunday to Thursday"),
            ("Paternal grandfather", "Bill Fennimore, 22 Orchard Rise, Umbersett"),
            ("Maternal aunt", "Sharon Tate, 9 Moor Lane, Umbersett"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "25 November 2025"),
            ("This conference", "First review, Tuesday 24 February 2026. Chair: Yvonne Clegg (IRO)"),
            ("Social worker", "Ruth Ogden (team manager: Imran Butt)"),
        ]),
        ("h1", "Progress since the initial conference"),
        ("p", "Jo has had depression and anxiety since her mother died in 2024. By the autumn she was staying in "
              "bed until the afternoon, the house was cold because the meter had run out, and Kacey was getting "
              "Alfie up, dressed and to school. Alfie's attendance was 79% and he had two teeth out under general "
              "anaesthetic in October."),
        ("p", "Since the initial conference Jo has been seen by the Community Mental Health Team and her "
              "antidepressant has been changed. Dean has moved two of his shifts so that he is home on Wednesday "
              "and Friday mornings. Bill has collected the children on Tuesdays and Thursdays since December. "
              "Attendance since January is 91% for Kacey and 88% for Alfie. Jo says most mornings are still hard "
              "and that on bad days she cannot face the school gate."),
        ("h1", "What Kacey and Alfie have told us"),
        ("p", "Kacey (seen on her own at school, 16 February 2026): “I still do Alfie's breakfast most days "
              "because Mum can't get up. It's better on Wednesdays when Dad's home. I like Tuesdays at Grandad's "
              "because he does chips and I don't have to do anything.” She scored her worry at 6 out of 10, down "
              "from 8 in November, and said she would like to go to the Friday club her friend Layla goes to."),
        ("p", "Alfie (seen at home, 19 February 2026) showed the SW his drawing of “Daddy's big lorry” and said "
              "“Mummy's tired. Kacey does my cereal.” He was clean and dressed and had had breakfast. His speech "
              "is hard to follow and his teacher says he gets frustrated when he is not understood."),
        ("h1", "The plan"),
        ("p", "Each outcome has its own table. The Action column says what will happen; the Detail column says "
              "who leads it, when, and what will show us it is working."),
        ("h2", "Outcome 1: Kacey and Alfie are cared for every day by a parent who is up in time to get them fed "
               "and to school, in a warm and clean home."),
        ("table", {
            "header": ["Action", "Detail"],
            "widths": [7.5, 9.5],
            "rows": [
                ["Visit Kacey and Alfie at home, see each child on their own, and look at the kitchen, the beds and "
                 "the heating",
                 "Lead: Ruth Ogden (SW)\nWhen: every week until the next review, one visit in four unannounced\n"
                 "Shown by: visit records; on the unannounced visits the home is found as agreed (food in, beds "
                 "made up, heating on)"],
                ["Morning routine sessions at home with Jo on school days, getting the children up, dressed and fed",
                 "Lead: Dawn Kirby, family support worker\nWhen: each Monday and Wednesday, 7.30 to 9am, for the "
                 "next 12 weeks, then reviewed\nShown by: Jo's engagement with the sessions"],
                ["Make sure the children always get a lift to school on mornings when Jo is too unwell",
                 "Lead: Family network\nWhen: every school day\nShown by: the register shows no late marks for "
                 "either child"],
                ["Get the children up and to school on the mornings after his last night shift",
                 "Lead: Dean Fennimore (Dad)\nWhen: every Wednesday and Friday from 4 March 2026\nShown by: both "
                 "children in class by 8.50am on those days, as recorded in the school register"],
                ["Collect Kacey and Alfie from school on Tuesdays and Thursdays and give them their tea at his house",
                 "Lead: Grandad Bill (paternal)\nWhen: Tuesdays and Thursdays at 3.15pm, from 3 March 2026\n"
                 "Shown by: the collection book at Wellgate Primary, signed by Bill, which Ruth reads on the first "
                 "Monday of each month"],
            ],
        }),
        ("h2", "Outcome 2: Kacey can be a child: she no longer worries about looking after her mum and Alfie, and "
               "she has time for friends and clubs."),
        ("table", {
            "header": ["Action", "Detail"],
            "widths": [7.5, 9.5],
            "rows": [
                ["Young carer's assessment with Kacey and a place at the Friday young carers' club",
                 "Lead: Umbersett Young Carers (Nadine P.)\nWhen: assessment within 4 weeks of this conference, by "
                 "24 March 2026; club every Friday after that\nShown by: Kacey's young carer's plan sent to Ruth, "
                 "and Kacey at the club, as recorded in the club register"],
                ["Weekly check-in for Kacey with her learning mentor about how things are at home",
                 "Lead: Mrs Lorna Dobson, DSL, Wellgate Primary\nWhen: each Monday morning from 2 March 2026\n"
                 "Shown by: to be discussed at the next core group"],
                ["Direct work with Kacey about her worries, using a worry scale she fills in with Ruth",
                 "Lead: Ruth Ogden (SW)\nWhen: start date TBC\nShown by: Kacey's worry score (0 to 10), recorded "
                 "by Ruth at each session, down from 6 to 3 or below"],
            ],
        }),
        ("h2", "Outcome 3: Jo feels better in herself and her mood has improved."),
        ("table", {
            "header": ["Action", "Detail"],
            "widths": [7.5, 9.5],
            "rows": [
                ["Fortnightly home visits from the CPN to support Jo with her low mood and anxiety",
                 "Lead: Umbersett CMHT – Carl Brennan, CPN\nWhen: fortnightly, starting w/c 9 March 2026\n"
                 "Shown by: a monthly letter to Ruth listing the visits that took place"],
                ["Psychological assessment of Jo's capacity to make and keep the changes Kacey and Alfie need, and "
                 "the likely timescale",
                 "Lead: Dr Anita Shah, clinical psychologist, Umbersett CMHT\nWhen: report by 17 April 2026\n"
                 "Shown by: written assessment shared at the core group on 21 April 2026"],
                ["Review Jo's antidepressant and write to Ruth about how her mood is affecting her care of the "
                 "children",
                 "Lead: Dr Martin Hollis, GP, Moorgate Surgery\nWhen: by 20 March 2026\nShown by: GP letter on the "
                 "children's file"],
            ],
        }),
        ("h2", "Outcome 4: Alfie is healthy: his teeth are checked, his speech is coming on, and he is in school "
               "every day."),
        ("table", {
            "header": ["Action", "Detail"],
            "widths": [7.5, 9.5],
            "rows": [
                ["Register Alfie with a dentist and take him for a check-up",
                 "Lead: Jo (Mum)\nWhen: when possible\nShown by: dental appointment card seen by Ruth"],
                ["Speech and language therapy for Alfie in school, with a home programme for Jo and Dean",
                 "Lead: Helen Marsh, speech and language therapist, Umbersett Children's Health\nWhen: six weekly "
                 "sessions in school in the summer term, from 20 April 2026\nShown by: what the school will see – "
                 "Alfie asks for help in short sentences in class; the therapist's end-of-block report to Ruth"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Jo tells anyone she has thoughts of harming herself, or she is found in bed and unable to care "
              "for the children on a school day with no other adult in the house, Ruth will hold a strategy "
              "discussion the same day, the children will stay with Sharon Tate at 9 Moor Lane until it has taken "
              "place, and Carl Brennan will ask the CMHT crisis team to see Jo that day."),
        ("p", "If Bill cannot collect the children (he is ill or away), Sharon will collect them instead; if "
              "neither can, the children stay at Wellgate's after-school club until Dean collects them at 6pm, "
              "and the school tells Ruth that day. If nobody in the family can take the children to school on a "
              "morning Jo cannot get up, Dawn Kirby will collect them and take them in."),
        ("p", "If the children's attendance falls below 85% by the May half term, or the home is found without "
              "food or heating on two unannounced visits, Ruth will ask Imran Butt for a legal planning meeting "
              "within 5 working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every six weeks, Tuesdays at 9.30am, Wellgate Primary: 10 March 2026 and 21 April 2026, "
            "then every six weeks.",
            "Next review child protection conference: date to be confirmed by the Safeguarding Unit.",
        ]),
    ],
    "findings": [
        F("M002", "Morning routine sessions at home with Jo on school days"),
        F("W002", "Make sure the children always get a lift to school"),
        F("M002", "Weekly check-in for Kacey with her learning mentor"),
        F("T002", "Direct work with Kacey about her worries, using a worry scale"),
        F("F002", "Jo feels better in herself and her mood has improved."),
        F("H001", "Fortnightly home visits from the CPN to support Jo"),
        F("T002", "Register Alfie with a dentist and take him for a check-up"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Pre-birth plan, mother with bipolar disorder, father's cannabis use,
#    grandmother and aunt helping after the birth. Three stage tables with a
#    "Timing" and a "What will show it happened" column; printed to PDF with
#    a page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b139_undlemoor_prebirth_stage_tables_timing_kowalczyk.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby of Natalia Kowalczyk",
    "split": "tune",
    "actions": 15,
    "header": "OFFICIAL-SENSITIVE – Undlemoor Council – Pre-birth Child Protection Plan",
    "footer": "Baby Kowalczyk – pre-birth plan, ICPC 05/03/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "prebirth-plan-word-printed-to-pdf-header-footer-details-why-worried-strengths-babys-world-outcomes-then-three-stage-tables-step-what-needs-to-happen-lead-timing-what-will-show-it-happened-contingency-meetings",
    "description": (
        "Exemplary pre-birth plan made at 30 weeks for the first baby of a mother with bipolar "
        "disorder and a father who smokes cannabis, printed to PDF with a page header and footer. "
        "Three stage tables (now to 36 weeks' gestation, 36 weeks to discharge, the first 12 weeks "
        "at home) with a 'Timing' column ('by 34 weeks' gestation', 'before baby is born', 'every "
        "shift from the birth until discharge', 'every night from the day of discharge for 14 "
        "nights', 'until baby is 12 weeks old') and a 'What will show it happened' column (EPDS "
        "scores in the maternity notes, negative urine and hair-strand results, the HV weighing "
        "and plotting in the red book, the ward's care sheet on the day of discharge). The "
        "perinatal psychiatrist and CPN report on capacity to change, the drug service reports, "
        "the grandmother's and aunt's help has a fallback, legal planning before the birth "
        "follows named triggers, core group and review dates are set; the baby's world is "
        "described."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("kv", [
            ("Unborn baby", "Baby of Natalia Kowalczyk; due Thursday 14 May 2026 (30 weeks at this conference)"),
            ("Mother", "Natalia Kowalczyk (24), Flat 3, 27 Pellow Street, Undlemoor UD1 4RB"),
            ("Father", "Jordan Pike (26), lives with Natalia"),
            ("Maternal grandmother", "Ewa Kowalczyk (Gran Ewa), 12 Linnet Way, Undlemoor"),
            ("Paternal aunt", "Kelly Pike (Auntie Kelly), 3 Brook Terrace, Undlemoor"),
            ("Category", "Neglect (likelihood of)"),
            ("Pre-birth conference", "Thursday 5 March 2026. Chair: Hamid Qureshi (IRO)"),
            ("Social worker", "Callum Beck, Undlemoor Children's Services (team manager: Rebecca Holm)"),
            ("Health visitor", "Kerry Moss (the HV), Undlemoor 0-19 Team"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Natalia has bipolar disorder. She stopped her lithium when she found out she was pregnant and in "
              "December 2025 she had a manic episode: she did not sleep for four nights, spent her rent on "
              "online shopping and was admitted to the Beacon Ward for nine days. The perinatal team say her risk "
              "of becoming unwell in the weeks after the birth is high. Jordan smokes cannabis most evenings; the "
              "flat smelt of cannabis at the first two visits, and he has said he “can't sleep without it”."),
        ("h1", "What is going well"),
        ("p", "Natalia has gone to every antenatal appointment and is now back on medication that the perinatal "
              "psychiatrist says is safe in pregnancy. Jordan started key-work at Undlemoor Pathways on 25 "
              "February 2026 and has agreed to drug tests. Gran Ewa and Auntie Kelly came to the conference and "
              "both want to help."),
        ("h1", "Baby's world"),
        ("p", "At the 28-week scan baby was growing well. Natalia says baby kicks most after her evening meal and "
              "when Jordan plays his guitar, and that she talks to the bump every night. At the SW's visit on 2 "
              "March 2026 the Moses basket was still in its box and the flat was cold. When baby arrives, baby "
              "will need a feed every three hours day and night, a warm, smoke-free home, a flat, clear place to "
              "sleep, and an adult who is well, awake and not under the influence of cannabis whenever baby is "
              "awake. If baby could tell us, we think baby would say: “I need my mum to stay well and my dad to "
              "be clear-headed, and I need someone to come every week to check I'm growing.”"),
        ("h1", "What we want for baby"),
        ("numbers", [
            "Baby is born safely and goes home only with a plan that everyone knows and has signed.",
            "Baby is fed on time, gains weight and sleeps on their back in the Moses basket at every sleep.",
            "Baby is cared for day and night by an adult who is mentally well and not under the influence of "
            "cannabis.",
            "Baby is seen by a professional at least twice every week for the first 12 weeks.",
        ]),
        ("h1", "The plan, stage by stage"),
        ("p", "Each stage has its own table. “Timing” says when each step happens; “What will show it happened” "
              "is what the lead will send to Callum or bring to the core group."),
        ("h2", "Stage 1: now until 36 weeks' gestation (16 April 2026)"),
        ("table", {
            "header": ["Step", "What needs to happen for baby", "Lead", "Timing", "What will show it happened"],
            "widths": [1.0, 4.8, 3.2, 3.4, 4.6],
            "rows": [
                ["1.1",
                 "See Natalia at every antenatal appointment, check her mood with the EPDS and ask how she is "
                 "sleeping",
                 "Bronwen Ellis, safeguarding midwife, Undlemoor General Hospital",
                 "Every two weeks until 36 weeks, then weekly until the birth",
                 "EPDS score and attendance sent to Callum after each appointment, as recorded in the maternity "
                 "notes"],
                ["1.2",
                 "Pre-birth assessment of Natalia's bipolar disorder, a written relapse-prevention plan for the "
                 "weeks after the birth, and a view on her capacity to stay well enough to care for baby and the "
                 "likely timescale",
                 "Dr Olu Adeyemi, consultant perinatal psychiatrist, Undlemoor Perinatal Mental Health Service",
                 "By 34 weeks' gestation (2 April 2026)",
                 "Assessment letter and relapse-prevention plan shared at the core group on 14 April 2026"],
                ["1.3",
                 "Home visits to Natalia to check her early warning signs and medication, with a written update "
                 "for each core group on whether she is keeping well and making the changes baby will need, and "
                 "how long that is likely to take",
                 "Aisha R., perinatal CPN, Undlemoor Perinatal Mental Health Service",
                 "Weekly from 9 March 2026; update at every core group",
                 "Written update in the papers for every core group, saying which early warning signs were seen "
                 "and which were not"],
                ["1.4",
                 "Key-work with Jordan about his cannabis use, urine screens, and a report to each core group on "
                 "whether he has stopped and what still has to change before baby comes home",
                 "Undlemoor Pathways – Lee T., recovery worker",
                 "Key-work every Wednesday; urine screen every two weeks from 11 March 2026",
                 "Urine screens negative for cannabis from April; results and Lee's report sent to Callum before "
                 "every core group"],
                ["1.5",
                 "Give a hair-strand sample at Pathways so that the core group knows whether Jordan has stopped "
                 "using cannabis",
                 "Jordan (Dad)",
                 "Sample by 36 weeks' gestation; result before baby is born",
                 "A negative hair-strand result for the three months to April on the case file"],
                ["1.6",
                 "Complete the pre-birth assessment with Natalia and Jordan, including what Gran Ewa and Auntie "
                 "Kelly can offer",
                 "Callum Beck, SW",
                 "Completed by 36 weeks' gestation (16 April 2026)",
                 "Assessment report shared with Natalia, Jordan and the core group by 16 April 2026, with a "
                 "recommendation about the plan after the birth"],
                ["1.7",
                 "Antenatal home visit to talk through safe sleep and feeding and to see where baby will sleep",
                 "Kerry Moss, the HV",
                 "By 34 weeks' gestation (2 April 2026)",
                 "The HV records in the antenatal notes that the Moses basket is set up in the parents' room with "
                 "a firm, flat mattress and nothing else in it, and sends a copy to Callum"],
            ],
        }),
        ("h2", "Stage 2: from 36 weeks until baby leaves hospital"),
        ("table", {
            "header": ["Step", "What needs to happen for baby", "Lead", "Timing", "What will show it happened"],
            "widths": [1.0, 4.8, 3.2, 3.4, 4.6],
            "rows": [
                ["2.1",
                 "Put the birth and discharge plan on the maternity alert, saying who may visit on the ward and "
                 "that the ward rings Callum when baby is born",
                 "Bronwen Ellis, safeguarding midwife",
                 "By 38 weeks' gestation (30 April 2026)",
                 "Alert seen on the maternity system by Callum; Natalia given her own copy"],
                ["2.2",
                 "Record how Natalia and Jordan feed, change and settle baby, and how Natalia is sleeping",
                 "Ward sister, Bramley Ward, Undlemoor General Hospital",
                 "Every shift from the birth until discharge",
                 "Care observation sheet filled in each shift and emailed to Callum on the day of discharge"],
                ["2.3",
                 "Hold a discharge planning meeting on the ward with the parents, Gran Ewa, the midwife, the HV "
                 "and the perinatal team",
                 "Callum Beck, SW",
                 "Before discharge, at least one working day before baby goes home",
                 "Signed discharge plan on baby's file, with the first week's visits written in"],
            ],
        }),
        ("h2", "Stage 3: the first 12 weeks at home"),
        ("table", {
            "header": ["Step", "What needs to happen for baby", "Lead", "Timing", "What will show it happened"],
            "widths": [1.0, 4.8, 3.2, 3.4, 4.6],
            "rows": [
                ["3.1",
                 "Stay at the flat and do or share the night feeds so that Natalia can sleep",
                 "Gran Ewa (maternal grandmother)",
                 "Every night from the day of discharge for 14 nights, then Friday and Saturday nights until baby "
                 "is 12 weeks old",
                 "Night feed chart on the fridge filled in by Ewa and checked by Callum at each visit"],
                ["3.2",
                 "Have baby at her house on Wednesday afternoons so that Natalia can rest",
                 "Auntie Kelly (Jordan's sister)",
                 "Each Wednesday, 1pm to 5pm, from baby's second week at home",
                 "Kelly writes in the family diary each Wednesday, and Callum reads it at every visit"],
                ["3.3",
                 "New birth visit, then weigh baby and check feeding, safe sleep and Natalia's mood",
                 "Kerry Moss, the HV",
                 "New birth visit by day 14; weekly until baby is 8 weeks old, then every two weeks",
                 "The HV will weigh and plot baby in the red book: back to birth weight by 14 days, then following "
                 "the centile; EPDS score recorded at 6 weeks"],
                ["3.4",
                 "Visit baby at home, see baby awake and asleep, and note how each parent responds; one visit in "
                 "three unannounced",
                 "Callum Beck, SW",
                 "Weekly from the day of discharge until the review conference",
                 "Visit records show baby seen every week, asleep in the Moses basket, with each parent's care "
                 "written down; unannounced visits find no smell of cannabis"],
                ["3.5",
                 "Take her medication as the perinatal psychiatrist prescribes after the birth, so that she is "
                 "well enough to care for baby at night",
                 "Natalia (Mum)",
                 "Daily from the day baby is born",
                 "Lithium levels taken weekly by the perinatal team for the first month are in range, and the "
                 "results are sent to Callum"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Natalia shows two or more of her early warning signs (not sleeping for two nights, talking very "
            "fast, spending money she does not have, stopping her medication), before or after the birth, the "
            "CPN or the ward will tell Callum the same day, the perinatal crisis team will see Natalia that day, "
            "and baby will be cared for only with Gran Ewa or a professional present until a strategy discussion "
            "has been held, also that day.",
            "If Jordan has a positive urine screen or cannabis is smelt at a visit, Jordan will move to Kelly's "
            "home from that day and will see baby only when Natalia or Ewa is there.",
            "If baby loses weight at two weighs in a row, the HV will tell Callum the same day and arrange a "
            "paediatric review within 48 hours.",
            "If Gran Ewa or Auntie Kelly cannot help as agreed (illness, work, or they do not feel able to), "
            "Callum will arrange that day for Natalia and baby to go to a parent and baby foster placement, or "
            "for baby to go to an emergency foster carer if Natalia is unwell.",
            "If Jordan's hair-strand result is positive, or Dr Adeyemi's assessment says Natalia is unlikely to "
            "stay well enough within baby's timescale, Callum will ask Rebecca Holm for a legal planning meeting "
            "within 5 working days, and before baby is born, to decide on pre-proceedings under the PLO.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 2pm, Undlemoor Children's Centre: 17 March, 14 April and 12 "
            "May 2026, and an extra core group on Bramley Ward before discharge.",
            "Review child protection conference: Tuesday 2 June 2026, 10am, Undlemoor Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Minutes of the second core group, father's violence and cocaine use,
#    three children, paternal grandmother supervising contact. Attendance
#    list defines initials; action log with "How we'll check" and a status
#    column, one closed row kept. Printed to PDF. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b139_upcastleby_core_group_minutes_initials_log_moorcroft.pdf",
    "doc_title": "Core Group 2 Minutes - Moorcroft children - 24/03/2026",
    "split": "tune",
    "actions": 11,
    "header": "OFFICIAL-SENSITIVE – Upcastleby City Council – Children's Social Care",
    "footer": "Moorcroft – core group 2 minutes, 24/03/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "core-group-minutes-printed-to-pdf-header-footer-attendance-list-defines-initials-agency-updates-childrens-views-outcomes-contingency-checked-then-action-log-owner-initials-when-how-well-check-status-closed-row-kept-next-meetings",
    "description": (
        "Exemplary minutes of the second core group for a 13-year-old, a 9-year-old and a "
        "4-year-old whose father was violent to their mother and uses cocaine; he now lives at "
        "his mother's and sees the younger two there. A Word document printed to PDF with a page "
        "header and footer. The attendance list defines initials and the action log uses them as "
        "owners ('KM and SA jointly', 'MM (Nan, paternal)'); 'How we'll check' holds the register "
        "percentage 'by the May half term', the ELSA's worry score, negative urine screens in the "
        "drug service's report, an unannounced visit finding the home as agreed. A MARAC referral "
        "marked done and closed is kept in the log and not counted. The drug service reports on "
        "change, the grandmother's supervision has a fallback, legal planning follows named "
        "triggers, the next core groups and the review conference are dated."
    ),
    "blocks": [
        ("title", "Core Group Meeting: Minutes and Action Log"),
        ("kv", [
            ("Children", "Tyler Moorcroft (13), DOB 30/10/2012, Year 8, Upcastleby High School; Ruby Moorcroft "
                         "(9), DOB 11/04/2016, Year 4, Hollins Primary; Isaac Moorcroft (4), DOB 02/02/2022, "
                         "Tiddlers Day Nursery"),
            ("Address", "56 Carding Lane, Upcastleby UC7 3PW"),
            ("Category", "Emotional abuse (all three children)"),
            ("Initial conference", "Tuesday 3 March 2026. Chair: Grace Oduya (IRO)"),
            ("Meeting", "Core group 2, Tuesday 24 March 2026, 4pm, Upcastleby Family Hub"),
        ]),
        ("h1", "1. Present and apologies"),
        ("bullets", [
            "SA – Sunil Arora, social worker (chair)",
            "KM – Kayleigh Moorcroft, Mum",
            "MM – Maureen Moorcroft, paternal grandmother (for items 1 to 4)",
            "HB – Hannah Birch, IDVA, Upcastleby Women's Aid",
            "DR – Dan Rourke, recovery worker, Upcastleby Drug and Alcohol Service",
            "PW – Paul Whitley, DSL, Upcastleby High School",
            "JN – Jess Noble, DSL, Hollins Primary (the ELSA, Mrs Cathy Pike, works with her)",
            "LC – Lucy Crane, manager, Tiddlers Day Nursery",
            "Apologies: OF – Oliver Frost, Choices programme worker (written update sent). Gavin Moorcroft "
            "(Dad) is not invited to core groups while the IDVA's safety plan is in place; SA met him on his own "
            "on 20 March 2026 and shared his views below.",
            "Minutes: Anita Gill, business support",
        ]),
        ("h1", "2. What has happened since the initial conference"),
        ("p", "SA: Gavin has stayed at his mother's house at 4 Fuller Street since 1 March 2026 and has kept to the "
              "written agreement; there have been no police call-outs. The MARAC referral was made on 9 March and "
              "heard on 19 March. Kayleigh says the children are calmer but Ruby still checks the door locks at "
              "night."),
        ("p", "HB: Kayleigh has met HB three times. Her DASH score has come down from 16 to 11. A panic alarm was "
              "fitted on 12 March 2026."),
        ("p", "DR: Gavin has kept four of four Tuesday appointments and both urine screens have been negative for "
              "cocaine. DR will write a fuller report for core group 3."),
        ("p", "PW: Tyler's attendance since the conference is 88% (it was 79% in the autumn term). He has met his "
              "mentor every Monday and has asked to join the lunchtime coding club."),
        ("p", "JN: Ruby is quiet after lunch and has said she is tired. The ELSA will start with her on 26 March."),
        ("p", "LC: Isaac has been at every session. Twice he has played “police coming” with the cars."),
        ("p", "MM: Saturday contact at her house has gone well three times. Gavin has arrived on time and sober "
              "each time."),
        ("p", "Gavin (through SA): he wants to see Tyler as well, and is “ready to do the course”."),
        ("h1", "3. The children's views"),
        ("p", "Tyler (seen on his own at school, 19 March 2026): “It's quieter. I don't have to listen out for "
              "him any more. I don't want to go to Nan's on Saturdays yet – maybe after he's done his course.” He "
              "put his safety at home at 7 out of 10, up from 4 in February."),
        ("p", "Ruby (seen on her own at home, 17 March 2026): “I like seeing Daddy at Nanna Maureen's because she "
              "makes pancakes. I still lock the door to check. I want Mummy to not cry any more.”"),
        ("p", "Isaac (seen at nursery and at home, 17 and 20 March 2026) ran to show the SW his dinosaur, chatted "
              "about “Daddy at Nanna's house” and played happily with Ruby. He now sleeps through most nights, "
              "Kayleigh says."),
        ("h1", "4. Outcomes (from the plan agreed on 3 March 2026)"),
        ("bullets", [
            "Tyler, Ruby and Isaac live in a home where they do not see or hear violence, threats or shouting.",
            "Ruby and Isaac see their dad only when he is sober and another adult is supervising.",
            "Tyler is in school every day and has an adult there he trusts to talk to.",
            "Ruby and Isaac sleep well, feel safe at night, and can say who keeps them safe.",
        ]),
        ("h1", "5. Contingency plan (checked at this meeting; no change)"),
        ("p", "If Gavin comes to 56 Carding Lane, contacts Kayleigh outside the agreement, or is arrested for any "
              "offence involving her, Kayleigh will ring 999 or press her alarm, SA will hold a strategy "
              "discussion with Upcastleby Police the same day, and if Gavin's whereabouts are not known Kayleigh "
              "and the children will go to the Upcastleby Women's Aid refuge that night."),
        ("p", "If Gavin arrives at a Saturday contact under the influence, MM will end the visit and ring SA or "
              "the Emergency Duty Team. If MM cannot supervise (she is ill or away, or feels she cannot stop "
              "him), that Saturday's contact does not happen, and SA will arrange contact at Upcastleby Family "
              "Centre supervised by its staff within 7 days."),
        ("p", "If Gavin breaks the written agreement twice, has a positive screen for cocaine, or Kayleigh lets him "
              "back into the house, SA will request a legal planning meeting with Sonia Reed (team manager) "
              "within 5 working days."),
        ("h1", "6. Action log"),
        ("p", "Owners are shown by the initials in item 1. NEW = agreed at this meeting. Closed rows stay in the "
              "log until the review conference."),
        ("table", {
            "header": ["No.", "Action", "Owner", "When", "How we'll check", "Status at CG2"],
            "widths": [0.9, 4.6, 2.4, 2.9, 4.0, 2.2],
            "rows": [
                ["1",
                 "See Tyler, Ruby and Isaac at home, each on their own; at least one visit in three unannounced",
                 "SA",
                 "Weekly until the review conference (2 June 2026)",
                 "Visit log shows each child seen alone every week; unannounced visits find the home as agreed "
                 "(Gavin not there, back door key with KM)",
                 "On track – 3 of 3 weeks"],
                ["2",
                 "Safety planning with Kayleigh, and a DASH review after any incident",
                 "HB",
                 "Every other Thursday from 5 March 2026",
                 "Updated safety plan and DASH score emailed to SA after each session",
                 "On track – DASH 11"],
                ["3",
                 "Attend the Choices domestic abuse perpetrator programme",
                 "Gavin (Dad); OF reports to SA",
                 "24 weekly sessions, Monday evenings, from 13 April 2026",
                 "OF's attendance report to SA after every fourth session, and the end-of-course report",
                 "Place confirmed"],
                ["4",
                 "Key-work with Gavin on his cocaine use, urine screens, and a written report on whether he has "
                 "stopped and what still has to change before his time with the children can be less supervised",
                 "DR",
                 "Every Tuesday; screens every two weeks; report two working days before every core group",
                 "Urine screens negative, as recorded in DR's report in the core group papers",
                 "On track – 2 negative screens"],
                ["5",
                 "Supervise Gavin's time with Ruby and Isaac at her house, and end the visit if he arrives under "
                 "the influence",
                 "MM (Nan, paternal)",
                 "Every Saturday, 10am to 1pm",
                 "Contact sheet filled in by MM, with a photo of it sent to SA the same day",
                 "On track – 3 contacts, all sheets received"],
                ["6",
                 "Check Tyler's attendance and punctuality, and see him with his mentor",
                 "PW",
                 "Attendance every day; mentor check-in each Monday at morning registration",
                 "Attendance from the register emailed to SA every Friday: 88% now, 95% or more by the May half "
                 "term; check-ins logged on CPOMS",
                 "On track"],
                ["7",
                 "ELSA sessions for Ruby about her worries at home, with her worry scale filled in at each session",
                 "JN (ELSA: Mrs Pike)",
                 "Each Thursday for six weeks, from 26 March 2026",
                 "What the school will see: Ruby settles after lunch; her worry score, recorded by the ELSA, sent "
                 "to SA after weeks 3 and 6",
                 "Starts 26/03/2026"],
                ["8",
                 "Record Isaac's arrival, how he plays and anything he says about home, and ring SA the same day "
                 "with any worry",
                 "LC",
                 "Every session, Monday to Friday mornings",
                 "Daily sheet emailed to SA each Friday; same-day calls logged by SA on the case file",
                 "On track"],
                ["9",
                 "Direct work with Tyler about what he has seen and heard at home, and who he can go to",
                 "SA",
                 "Three sessions by the May half term (22 May 2026)",
                 "Tyler's own words and his 0–10 safety score, recorded by SA at each session",
                 "First session 19/03/2026"],
                ["10",
                 "Refer the family to MARAC",
                 "SA",
                 "By 10 March 2026",
                 "MARAC minutes on file",
                 "DONE 09/03/2026; heard at MARAC 19/03/2026. Closed."],
                ["11",
                 "NEW: write a safety plan with Tyler and Ruby for what to do if Dad comes to the house",
                 "KM and SA jointly",
                 "Within 5 working days of this meeting (by 31 March 2026)",
                 "Signed copy in each child's room, seen at the next visit; Tyler and Ruby can tell SA the plan",
                 "New"],
                ["12",
                 "NEW: apply for a non-molestation order with Kayleigh",
                 "HB",
                 "Application made by 14 April 2026",
                 "Sealed copy of the order on the case file",
                 "New"],
            ],
        }),
        ("h1", "7. Next meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm, Upcastleby Family Hub: core group 3 on 21 April 2026, "
            "core group 4 on 19 May 2026.",
            "Review child protection conference: Tuesday 2 June 2026, 1.30pm, Upcastleby Council House.",
        ]),
        ("p", "Minutes sent on 26 March 2026 to everyone present, to OF, and to Gavin in a shortened copy agreed with "
              "HB."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Child in need plan stepped up to child protection, father's depression
#    and drinking, a 14-year-old who self-harms and an 8-year-old, the
#    father's sister helping. Markdown table with "What's happening / Who /
#    When it happens / We'll know it's working when". Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b139_urrowdene_cin_step_up_well_know_table_haldane.md",
    "split": "tune",
    "actions": 12,
    "template": "cin-to-cp-step-up-markdown-plan-how-we-got-here-what-carries-on-from-cin-childrens-words-outcomes-then-whats-happening-who-when-it-happens-well-know-its-working-when-table-from-cin-and-new-tags-if-it-goes-wrong-meetings",
    "description": (
        "Exemplary plan from the initial conference that stepped a child in need plan up to child "
        "protection, for a 14-year-old who self-harms and an 8-year-old whose single father has "
        "depression and drinks in the evenings. A Markdown table headed 'What's happening / Who "
        "/ When it happens / We'll know it's working when', each row tagged as carried on from "
        "the CIN plan or new; timescales include 'the first Monday of each month', 'each Tuesday "
        "after school', 'by the Easter holidays' and 'within 5 working days of this conference'; "
        "measures include the register rising to 92% by the May half term, unannounced evening "
        "visits finding the father sober, a mood score the clinician records. The CMHT assesses "
        "capacity to change, the alcohol service reports, the aunt's help has a fallback, legal "
        "planning follows named triggers, core group and review dates are set."
    ),
    "text": """\
# Child Protection Plan — Lily and Noah Haldane

**Urrowdene Council · Children's Social Care · Family Support and Protection Team**

Made at the initial child protection conference on **Thursday 26 February 2026** (chair: Deborah Nkemelu, IRO),
when the child in need plan was stepped up. Category: neglect.

| | |
|---|---|
| Children | Lily Haldane (14), DOB 08/08/2011, Year 9, Urrowdene Academy; Noah Haldane (8), DOB 21/01/2018, Year 3, St Mark's Primary |
| Address | 19 Coppice Road, Urrowdene UR4 6SA |
| Father | Mark Haldane (45), sole carer since the children's mother died in 2022 |
| Paternal aunt | Claire Haldane (Auntie Claire), 2 Wharf Cottages, Urrowdene |
| Social worker | Sadia Khan (team manager: Peter Lindqvist) |

## How we got here

The family have had a child in need plan since September 2025, when Mark lost his job and Lily's school
raised worries about her cutting her arms. Under that plan Mark saw his GP, Lily was referred to CAMHS and
Claire began having Noah on Fridays. The plan was stepped up because things got worse: on 6 February 2026
Noah, aged 8, was found alone at home at 10pm by Lily, who had come back from a friend's; Mark was asleep in
the car outside after drinking. On 12 February Lily took an overdose of paracetamol and spent a night on the
children's ward. Mark has told the social worker he drinks "most nights, to get to sleep" and that he feels
"no use to anyone".

Carried on from the child in need plan: the CAMHS referral, Claire's Friday nights, the GP's involvement and
weekly visits. Ended at step-up: the child in need reviews, and the "parenting tips" leaflets, which Mark said
did not help.

## What Lily and Noah say

**Lily** (seen on her own at school, 20 February 2026): "I'm not trying to die, I just want it to stop
feeling like this. I do everything for Noah and Dad doesn't notice. I don't want to go into care. I want Dad
to stop drinking and get help for himself." She scored how safe home feels at 5 out of 10.

**Noah** (seen on his own at home, 23 February 2026) drew his house with a big car outside and said: "Dad
sleeps in the car sometimes. I don't like being on my own when it's dark. Auntie Claire's is the best because
we have a film night." He scored home 6 out of 10.

## What we want for Lily and Noah

1. Noah is never left on his own at home, and there is a sober adult in the house every evening.
2. Lily is safe from harming herself, has help for her feelings, and knows who to go to when she feels bad.
3. Lily stops being Noah's carer and has time for friends, school and her own life.
4. Both children go to school every day and have an adult there they trust.

## The plan

*CIN* = carried on from the child in need plan. *New* = added at this conference.

| What's happening | Who | When it happens | We'll know it's working when |
|---|---|---|---|
| *CIN* Visit Lily and Noah at home and see each of them on their own, with at least one visit a month after 7pm | Sadia Khan (SW) | Weekly, from 2 March 2026 until the review conference | Visit records show both children seen alone each week, and the evening visits find Mark sober and a meal made |
| *New* Assess Mark's depression, agree treatment with him, and tell the core group whether he can make the changes Lily and Noah need and how long that is likely to take | Dr Fiona Marr, psychiatrist, Urrowdene Community Mental Health Team | Assessment by 3 April 2026; written update for every core group after that | The assessment letter is shared at the core group on 9 April 2026, with Dr Marr's view of the timescale |
| *New* Key-work with Mark about his drinking, with a breath test at every session and a report to each core group | Urrowdene Alcohol Service - Jon K., recovery worker | Every Friday at 10am from 6 March 2026 | Breath tests read zero, and Jon's written report is in the papers for every core group |
| *New* Not drink on any evening he is looking after Noah, and stay in the house once the children are home | Mark (Dad) | Every evening from 26 February 2026 until the review | Unannounced evening visits find Mark sober, as recorded in the visit log; Noah tells Sadia he has not been on his own |
| *CIN* Assess Lily after her overdose, agree a safety plan with her, then weekly sessions | Urrowdene CAMHS (Dr Tomasz Wren) | Assessment by 13 March 2026; then each Tuesday at 4.30pm | Lily's safety plan is shared with Sadia and school, and her own 0–10 mood score is recorded by Dr Wren at each session |
| *CIN* Check Lily's attendance, give her a pass to the pastoral room, and meet her with her head of year | Ms Adaeze Okoro, DSL, Urrowdene Academy | Register every day; meeting on the first Monday of each month | Attendance from the register emailed to Sadia each Friday: up from 81% to 92% or more by the May half term; meetings logged on CPOMS |
| *New* Check that Noah arrives on time, fed and in clean uniform, and ring Sadia the same day if he does not | Mr Owen Hale, DSL, St Mark's Primary | Each school day | What the school will see: Noah in class by 8.50am with breakfast eaten; lates and breakfasts logged and emailed to Sadia every Friday |
| *CIN* Have Noah for tea and a sleepover on Friday nights, and collect him from after-school club if Mark has not come by 5.45pm | Auntie Claire (Dad's sister) | Every Friday; the same day whenever the club rings her | The club's collection log and Claire's text to Sadia every Saturday morning |
| *New* Young carer's assessment for Lily and a place at the Thursday young carers' group | Urrowdene Young Carers (Bea L.) | Assessment by the Easter holidays (27 March 2026); group each Thursday after that | Lily's young carer's plan is sent to Sadia, and she is at the group as recorded in the group register |
| *New* Write an evening safety plan with Noah: who he rings and where the spare key is | Mark and SW jointly | Within 5 working days of this conference (by 5 March 2026) | Noah can show Sadia the plan on the fridge and tell her who he would ring |
| *CIN* Review Mark's antidepressant and check his liver function, and write to Sadia if he misses an appointment | Dr Nasreen Ahmed, GP, Dene Road Surgery | Letter by 13 March 2026, then before every core group | GP letter on the children's file by 13 March 2026 and an update before each core group |
| *New* Direct work with Noah about being home alone and who keeps him safe | Sadia Khan (SW) | Each Tuesday after school for four weeks, from 3 March 2026 | Noah's three houses pictures and his words are on file; at the last session he can name two adults he would go to |

## If it goes wrong

- **If Mark is found drunk while he is in charge of Noah, or Noah is left alone at home:** Lily and Noah go to
  Claire's at 2 Wharf Cottages that evening, and Sadia (or the Emergency Duty Team out of hours) holds a strategy
  discussion the same day or by 10am the next working day.
- **If Lily harms herself and needs medical care, or tells anyone she is planning to:** Mark or school take her to
  Urrowdene General A&E, and the CAMHS crisis team sees her the same day.
- **If Claire cannot have Noah or cannot be reached:** the after-school club keeps Noah until 6pm and rings
  Sadia, who arranges that day for the children to stay with Urrowdene emergency foster carers if Mark is not
  sober.
- **If things do not change:** if Mark is found drunk in charge of the children twice more, or misses three
  alcohol service sessions, before the review, Sadia will ask Peter Lindqvist for a legal planning meeting within
  5 working days.

## Meetings

- Core group every four weeks, Thursdays at 4pm, Urrowdene Academy: 12 March, 9 April and 7 May 2026.
- Review child protection conference: Thursday 21 May 2026, 10am, Urrowdene Civic Centre.
- Sadia will see Lily and Noah on their own before each core group and bring their words to the meeting.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. First review conference plan, neglect and home conditions, mother's
#    anxiety, the baby's father's cannabis and drinking, a 6-year-old and a
#    10-month-old, Nan helping. Markdown bullets under owner headings, each
#    with a "When:" and an "Evidence:" line below. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b139_ushingham_rcpc_bullets_evidence_lines_pritchard.md",
    "split": "tune",
    "actions": 12,
    "template": "rcpc-markdown-plan-whos-who-since-icpc-childrens-views-outcomes-then-owner-subheadings-bullets-each-with-when-and-evidence-lines-below-if-things-get-worse-meetings",
    "description": (
        "First review conference plan for a 6-year-old and a 10-month-old in a home that keeps "
        "sliding back into neglect; the mother has anxiety and the baby's father smokes cannabis "
        "and drinks. Markdown bullets under owner subheadings, each followed by a 'When:' and an "
        "'Evidence:' line. Most bullets are sound (weekly visits with unannounced checks, the HV "
        "weighing and plotting, the drug service's screens and report, Nan's collections and "
        "night feeds). Faults: the home conditions work is evidenced only by 'home conditions "
        "improved' and the breakfast club by 'school will monitor this'; the dentist is 'ASAP' "
        "and the stair gate and cot 'ongoing'; the father's parenting group has no evidence "
        "line; Talking Therapies only treat the mother; the contingency has no specific trigger "
        "and nothing if Nan cannot help."
    ),
    "text": """\
# Review Child Protection Plan — Skye Pritchard and Ellis Cole

Ushingham Metropolitan Borough Council · Children's Social Care · Locality Team East

First review child protection conference, **Tuesday 17 March 2026** (chair: Colin Ashworth, IRO). Initial
conference: 16 December 2025. Category: neglect (both children).

## Who's who

- **Skye Pritchard**, 6 (DOB 02/09/2019), Year 1, Ashby Lane Primary
- **Ellis Cole**, 10 months (DOB 12/05/2025)
- **Dani Pritchard**, 27 — Mum
- **Ryan Cole**, 29 — Ellis's dad; lives with the family. Skye calls him Ryan.
- **Sandra Pritchard** — Nan (maternal), lives two streets away at 14 Copper Street
- **Ellen Marsh** — social worker (team manager: Rob Kettering)
- **Marta Nowak** — family support worker, Ushingham Family Support
- **Tasha Green** — health visitor (the HV)
- **Mrs Siobhan Corrigan** — DSL, Ashby Lane Primary

## What has changed since the initial conference

In December the floors were covered with rubbish and dog mess, Ellis was sleeping on the settee, and Skye was
coming to school hungry. The house was cleared with Marta's help in January and stayed clear for about three
weeks, but at the last two visits the kitchen was dirty again and there were bags of rubbish in the hall. Ellis
dropped from the 50th to the 9th centile in the autumn and is still on the 9th. Ryan started at the drug and
alcohol service in January and his screens show he is smoking less. Dani has panic attacks and has been
referred to Talking Therapies by her GP. Nan has collected Skye twice a week and has stayed most Saturday
nights.

## What Skye and Ellis have told us

**Skye** (seen on her own at school, 10 March 2026): "Our house was nice when Marta came and now it's messy
again. I like Nan's because she has biscuits and a clean bath. Ryan is nicer when he doesn't smell funny." She
drew her bedroom with toys on the floor and said she would like "a proper bed for Ellis".

**Ellis** was seen at home on 3 and 10 March 2026. He sat in his high chair in a wet nappy, reached for Dani
when the SW came in and settled when she picked him up. He crawled towards the dog's bowl and had to be moved.
He is babbling and pulls himself up on the settee.

## What we want for Skye and Ellis

1. Skye and Ellis live in a home that is clean and warm, with floors clear enough for Ellis to crawl safely.
2. Ellis is fed regularly, gains weight and sleeps safely in his own cot.
3. Skye gets to school every day, fed and in clean clothes, and enjoys being at home.
4. Skye and Ellis are cared for by adults who are not under the influence of cannabis or alcohol.

## The plan

### Social care

- **Ellen (SW)** will visit Skye and Ellis at home and see Skye on her own.
  When: weekly until the next review; every third visit unannounced.
  Evidence: on the unannounced visits the home is found as agreed (floors clear, kitchen clean, Ellis's cot
  clear), written up in the visit record.
- **Marta (FSW)** will work with Dani and Ryan on a room-by-room plan for clearing and cleaning the house.
  When: every Monday morning for the next 12 weeks, then reviewed.
  Evidence: home conditions improved.

### Health

- **The HV** will weigh Ellis at Ushingham Health Centre and plot his weight in his red book.
  When: every two weeks on Thursday afternoons.
  Evidence: Ellis's weight back on the 25th centile by the next review.
- **The HV** will help Dani register Skye and Ellis with a dentist.
  When: ASAP.
  Evidence: registration letter seen by the HV.

### School

- **Mrs Corrigan (DSL)** will offer Skye a place at breakfast club and keep a check on whether she comes in
  clean uniform.
  When: each school day from 23 March 2026.
  Evidence: school will monitor this.

### Adult services

- **Ushingham Talking Therapies (therapist: Priya Lal)** will give Dani twelve CBT sessions for her anxiety and
  panic attacks.
  When: weekly on Thursdays from 12 March 2026.
  Evidence: an attendance letter to Ellen each month.
- **Ushingham Drug and Alcohol Service (Gary F., recovery worker)** will see Ryan for key-work and urine screens,
  and report on whether his cannabis and alcohol use is changing in ways the children would notice.
  When: key-work every Wednesday; screens every two weeks; report before every core group.
  Evidence: urine screens negative for cannabis, and Gary's written report in the papers for each core group.

### Mum and Ryan

- **Ryan** will go to the Dads Matter group at Ushingham Family Hub to learn about Ellis's routines and safe
  handling.
  When: Tuesday evenings for 10 weeks from 17 March 2026.
- **Dani** will take Ellis to the Friday stay and play at Ashby Lane Children's Centre.
  When: every Friday morning from 20 March 2026.
  Evidence: the children's centre register, which the HV looks at each month.
- **Dani and Ryan** will keep the stair gate shut and Ellis's cot clear of blankets and toys.
  When: ongoing.
  Evidence: gate seen shut and cot seen clear at every HV and SW visit.

### Nan

- **Nan (maternal)** will collect Skye from school on Tuesdays and Thursdays and give her tea.
  When: Tuesdays and Thursdays, 3.15pm to 6pm.
  Evidence: the collection book at Ashby Lane, signed by Nan and seen by Ellen each month.
- **Nan (maternal)** will stay over on Saturday nights and do Ellis's night feeds so that Dani and Ryan can
  sleep.
  When: every Saturday night until the next review.
  Evidence: the night feed chart on the fridge, filled in by Nan and checked by Ellen at each visit.

## If things get worse

If there are further concerns about the children's care or the state of the house, or things do not improve by
the next review, Ellen will discuss the case with her team manager and a legal planning meeting will be
requested.

## Meetings

- Core group every four weeks, Wednesdays at 10am, Ashby Lane Children's Centre: 1 April, 29 April and 27 May
  2026.
- Next review child protection conference: Tuesday 15 September 2026, 1.30pm, Ushingham Town Hall.
""",
    "findings": [
        F("M002", "room-by-room plan for clearing and cleaning the house"),
        F("T002", "will help Dani register Skye and Ellis with a dentist"),
        F("M002", "will offer Skye a place at breakfast club"),
        F("H001", "will give Dani twelve CBT sessions for her anxiety"),
        F("M001", "will go to the Dads Matter group at Ushingham Family Hub"),
        F("T002", "will keep the stair gate shut and Ellis's cot clear"),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. First review conference plan, father hit his son with a belt, mother's
#    night-time epilepsy, a 10-year-old and a 4-year-old, uncle supervising
#    contact and grandparents helping. Plain-text case-system print: tasks
#    under NEED headings with ASSIGNED TO / START-END / EVIDENCE / STATUS
#    fields, one completed task kept. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b139_uttermere_rcpc_case_print_need_tasks_lofthouse.txt",
    "split": "tune",
    "actions": 12,
    "template": "rcpc-case-system-plain-text-print-dot-leader-details-summary-childrens-views-then-need-headings-each-with-numbered-tasks-assigned-to-start-end-evidence-status-fields-completed-task-kept-contingency-review",
    "description": (
        "Exemplary plan from the first review conference for a 10-year-old whose father hit him "
        "with a belt and a 4-year-old, whose mother has epilepsy with night-time seizures; the "
        "father lives at his brother's, who supervises contact, and the maternal grandparents "
        "help. A plain-text case-system print: numbered tasks under three NEED headings, each "
        "with ASSIGNED TO, START / END, EVIDENCE and STATUS fields (a Tuesday course 'from 17 March "
        "to 19 May 2026', 'fortnightly, starting w/c 16 March 2026', 'equipment fitted by the "
        "Easter holidays', a feelings score the ELSA records, attendance '95% or more by the May "
        "half term'); one completed one-off task is kept and not counted. The epilepsy nurse and "
        "adult social care own actions, the family's help has a fallback, legal planning follows "
        "named triggers, core group dates and the second review are set."
    ),
    "text": """\
UTTERMERE COUNCIL                                           CHILDREN'S SOCIAL CARE
CHILD PROTECTION PLAN - REVIEW                          Printed 12/03/2026 14:22
Plan ID: CP-26-00417                                    Version 2 (after RCPC 1)
================================================================================
Children ........... Kian LOFTHOUSE, DOB 27/06/2015 (10), Year 5, Uttermere
                     Junior School
                     Bella LOFTHOUSE, DOB 18/10/2021 (4), Little Owls Nursery
Address ............ 33 Flaxman Road, Uttermere UT2 5KD
Mother ............. Janine Lofthouse (33) - epilepsy, night-time seizures
Father ............. Craig Lofthouse (36) - living at his brother Steve's,
                     8 Rook Lane, Uttermere, since 02/12/2025
Paternal uncle ..... Steve Lofthouse (Uncle Steve), 8 Rook Lane
Maternal grandparents  Pat and Derek Ashby (Nana and Grandad), 51 Mill Hill
Category ........... Physical abuse (Kian); neglect (Bella)
Conferences ........ ICPC 09/12/2025; RCPC 1 on 10/03/2026 (this plan).
                     Chair: Marian Oyelaran (IRO)
Social worker ...... Joel Whitmore (JW); team manager Anne Castell
================================================================================

1. SUMMARY

On 28/11/2025 Kian went to school with belt marks on the backs of his legs and
told his teacher his dad had hit him for not tidying his room. Craig accepted
he had done it. He moved to his brother's and signed a written agreement that
he would see the children only when Steve supervised. Janine has epilepsy.
Twice in 2025 she had a seizure in the night and Kian, then 9, found her and
looked after Bella until morning. Since the initial conference there have been
no further marks, Craig has kept to the agreement, and Janine's neurologist has
changed her medication; she has had one night seizure since January.

2. THE CHILDREN'S VIEWS

Kian (seen on his own at school, 04/03/2026): "Dad said sorry. I like seeing
him at Uncle Steve's because we play FIFA. I don't want him back home yet. I
still worry about Mum at night and I listen for her." His feelings score with
the ELSA has gone from 3 to 6 out of 10.
Bella (seen at home and nursery, 26/02 and 05/03/2026) chatted about "Daddy at
Steve's house", showed JW her new shoes, and put her doll to bed saying "Mummy
poorly, shh". Nursery say she has settled well and plays with other children.

3. NEEDS AND TASKS
--------------------------------------------------------------------------------
NEED 1: Kian and Bella are not hurt, and are looked after and disciplined
without hitting or shouting.

  1.1 TASK ........ Visit Kian and Bella at home, see Kian on his own, and
                    check for marks with his agreement; one visit in three
                    unannounced
      ASSIGNED TO . JW (SW)
      START / END . Fortnightly, starting w/c 16 March 2026, until RCPC 2
      EVIDENCE .... Visit records show both children seen and Kian seen
                    alone; unannounced visits find Craig not at the house
                    outside the agreed times
      STATUS ...... Achieved since ICPC (weekly then) - continues

  1.2 TASK ........ Complete the Calmer Parenting one-to-one course about
                    managing Kian's behaviour without hitting
      ASSIGNED TO . Craig Lofthouse (Dad), with Neil B., Uttermere Family
                    Service
      START / END . Each Tuesday, 17 March to 19 May 2026
      EVIDENCE .... Neil's session notes and end-of-course report to JW;
                    Craig can explain to JW three ways he will manage Kian's
                    behaviour without hitting
      STATUS ...... New at RCPC 1

  1.3 TASK ........ Supervise Craig's time with Kian and Bella at his house,
                    and stay in the same room throughout
      ASSIGNED TO . Uncle Steve (paternal uncle)
      START / END . Every Sunday, 11am to 3pm
      EVIDENCE .... Contact sheet signed by Steve, with a photo sent to JW
                    the same day
      STATUS ...... Achieved since ICPC - continues

  1.4 TASK ........ Have Kian and Bella for tea, and be the adults Kian goes
                    to if he is scared or worried
      ASSIGNED TO . Nana and Grandad (Pat and Derek Ashby)
      START / END . Every Wednesday, 3.30pm to 7pm, from 11 March 2026
      EVIDENCE .... Pat texts JW each Wednesday evening; Kian tells JW at
                    visits that he went and who he would go to
      STATUS ...... Continues

  1.5 TASK ........ ELSA session for Kian each Friday, and report any mark or
                    anything he says about being hurt to JW the same day
      ASSIGNED TO . Mrs Rina Bhatti, DSL, Uttermere Junior School
      START / END . Each Friday until the May half term, then reviewed by the
                    core group on 2 June 2026
      EVIDENCE .... Kian's feelings score (0-10), recorded by the ELSA each
                    Friday; any mark reported the same day, as recorded on
                    CPOMS
      STATUS ...... Continues

  1.6 TASK ........ Written agreement with Craig about when he sees the
                    children
      ASSIGNED TO . JW (SW)
      START / END . By 16/12/2025
      EVIDENCE .... Signed agreement on file
      STATUS ...... COMPLETED 15/12/2025 - CLOSED

NEED 2: Bella is safe day and night, including when her mum has a seizure.

  2.1 TASK ........ Review Janine's seizure control and medication, write a
                    seizure safety plan for caring for Bella (bath, stairs,
                    cooking, nights) and report on her seizures to each core
                    group
      ASSIGNED TO . Ros H., epilepsy specialist nurse, Uttermere General
                    Hospital
      START / END . Clinic every 8 weeks; safety plan by 27 March 2026;
                    written report before every core group
      EVIDENCE .... Seizure safety plan on the kitchen wall, seen by JW; the
                    nurse's report and seizure count in the core group papers
      STATUS ...... Partly - first report received; safety plan due

  2.2 TASK ........ Take her medication at the same times each day and keep
                    her seizure diary, so that she is well enough to care for
                    Bella at night
      ASSIGNED TO . Janine Lofthouse (Mum)
      START / END . Daily from 10 March 2026
      EVIDENCE .... Seizure diary seen by the epilepsy nurse at each clinic
                    and by JW at each visit
      STATUS ...... Continues

  2.3 TASK ........ Home assessment for a bed seizure alarm, a bath seat and a
                    stair gate, and arrange their fitting
      ASSIGNED TO . Hiro S., occupational therapist, Uttermere Adult Social
                    Care
      START / END . Home visit by 31 March 2026; equipment fitted by the
                    Easter holidays (2 April 2026)
      EVIDENCE .... Bed alarm and stair gate seen fitted and working at the
                    next visit by JW
      STATUS ...... New at RCPC 1

  2.4 TASK ........ Record Bella's attendance and how she presents, and ring
                    JW the same day with any worry
      ASSIGNED TO . Little Owls Nursery (key worker Faye Dunmore)
      START / END . Every session: Monday, Tuesday and Thursday
      EVIDENCE .... Attendance of 90% or more from the register, sent to JW
                    every two weeks
      STATUS ...... Achieved - 96% - continues

  2.5 TASK ........ Teach Kian what to do if his mum has a seizure, in a way
                    that does not make him her carer
      ASSIGNED TO . Janine and JW jointly, with Ros H.
      START / END . Two sessions, by 27 March 2026
      EVIDENCE .... At the next visit Kian can tell JW the three steps (ring
                    999, ring Nana, keep Bella away), recorded in his words
      STATUS ...... New at RCPC 1

NEED 3: Kian feels safe to talk about home and is doing well at school.

  3.1 TASK ........ Direct work with Kian about what happened and who he can
                    tell if he is ever hurt again
      ASSIGNED TO . JW (SW)
      START / END . Four sessions, each Thursday after school from 19 March
                    2026
      EVIDENCE .... Kian's words and worry scores in his direct-work book,
                    brought to each core group
      STATUS ...... New at RCPC 1

  3.2 TASK ........ Check Kian's attendance and punctuality against the
                    register and send the figures to JW
      ASSIGNED TO . Mrs Rina Bhatti, DSL
      START / END . Each school day until RCPC 2; figures every Friday
      EVIDENCE .... Attendance 95% or more by the May half term (89% now)
      STATUS ...... Partly

4. CONTINGENCY
--------------------------------------------------------------------------------
TRIGGER ..... Kian or Bella has an unexplained mark, or says they have been
              hit, or Craig comes to 33 Flaxman Road outside the agreement
RESPONSE .... JW holds a strategy discussion with Uttermere Police the same
              day; Craig's contact stops until it has taken place; if the
              children cannot safely stay with Janine they go to Nana and
              Grandad at 51 Mill Hill that day
TRIGGER ..... Janine has a seizure while she is alone with Bella
RESPONSE .... Kian follows his three steps; Nana and Grandad come the same
              night; the epilepsy nurse sees Janine within 2 working days
              and the safety plan is changed
TRIGGER ..... Steve cannot supervise a Sunday, or Nana and Grandad cannot
              have the children (illness, away)
RESPONSE .... No contact with Craig that week; JW arranges contact at
              Uttermere Family Centre supervised by staff within 7 days.
              If Nana and Grandad cannot have the children on a Wednesday,
              Kian and Bella go to the school's after-school club until
              Janine collects them; if they are needed in an emergency
              and cannot come, JW places the children with Uttermere
              foster carers the same day
TRIGGER ..... Another injury to either child, Craig breaking the agreement
              twice, or Craig not finishing the course by 19 May 2026
RESPONSE .... JW asks Anne Castell for a legal planning meeting within 5
              working days

5. REVIEW
--------------------------------------------------------------------------------
Core group ........ every six weeks, Tuesdays 3.45pm, Uttermere Junior School:
                    21/04/2026, 02/06/2026, 14/07/2026
RCPC 2 ............ Tuesday 08/09/2026, 10am, Uttermere Civic Centre
Children's views .. JW sees Kian on his own before each core group and
                    brings his words to the meeting
================================================================================
END OF PRINT
""",
    "findings": [],
})
