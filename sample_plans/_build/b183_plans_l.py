"""Batch 183, module l: seven fictional plans (held-out material), places beginning with "l".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md (conventions
1 to 13), without running planlint, importing it or reading its code.

Focus: plans typed by hand, in the everyday layouts of Word documents,
e-mails and notes, when no case system shapes them. Each plan is in a layout
of its own: a Word document with tab-aligned details and manual line breaks
whose plan is grouped by person, each job closed by a bracket giving when and
how we will know; a Word document with a small heading per action and bold
run-in "What: / Who: / By when: / How we'll know:" lines; a Word outline
numbered by hand 1 / 1.1 with unlabelled a) b) c) sub-items holding who,
when and the check; a Word plan set out week by week, each line "what ->
who -> how we'll know" with initials explained in a who's-who; a social
worker's notes typed up in markdown, grouped by child, with unlabelled
sub-bullets and one group whose owner, time and check are given once; a plan
pasted from a spreadsheet as tab-separated rows; and a plan e-mailed as plain
text with wrapped lines, "->" lines with bracketed (who, when, check) tails
and a signature. Most actions are well written (owner, real time, observable
check); the four faulty plans hold a few realistic faults.

1. an initial conference plan for a 7-year-old and a 2-year-old (the
   mother's drinking; her ex-partner's violence; the grandmother doing
   evenings), typed in Word with tab-aligned details and manual line breaks,
   the plan grouped under each person's name ("Kerry (Mum) will:"), sixteen
   hand-numbered jobs each closed by a bracket giving when and how we will
   know (docx, exemplary);
2. a review conference plan for a 4-year-old and a 5-month-old (neglect;
   the mother's depression and anxiety under the community mental health
   team), typed in Word with a heading per worry and a small heading per
   action over bold run-in What / Who / By when / How we'll know lines
   (docx): faults are the mould repair "As soon as possible", the Home-Start
   volunteer measured by the mother's "engagement with the volunteer", the
   CPN's weekly visits that only support and treat the mother, "All
   professionals" sharing worries, and an outcome about the mother only
   (T002, M002, H001, W002, F002);
3. an initial conference plan for an 11-year-old and a 6-year-old (the
   mother's cocaine use, her partner's drinking and violence), a Word
   outline with lettered sections A to H and the plan numbered by hand 1 /
   1.1 with unlabelled a) b) c) sub-items for who, when and the check, page
   header and footer (pdf): faults are the partner's men's group with no
   time, the young carers referral in the passive with no one named, school
   counselling "when Kai feels ready", the school nurse's bedwetting
   appointment with nothing to show for it, a contingency that only says the
   core group will review "if there are further concerns", and no legal
   planning anywhere (T001, W001, T002, M001, C002, R002);
4. an initial conference plan for a 12-week-old baby and a 5-year-old (the
   mother's severe postnatal depression; she left the children alone at
   night), a Word plan set out week by week under dated group headings, each
   line "what -> who -> how we'll know" with owners as initials from a
   who's-who, page header and footer (pdf, exemplary);
5. a social worker's notes of an initial conference plan for a 9-year-old
   and a 3-year-old (the mother's drinking), typed up in markdown and
   grouped by child, each action a bullet with unlabelled sub-bullets for
   who, when and the check, and one nursery group whose owner, time and
   check are given once in its heading (md): faults are the class teacher
   "keeping an eye on" Tyler's lunch box, the speech and language assessment
   with no check, the aunt's teas "as and when Shannon needs it", "everyone
   in the network" telling the social worker, the mother's drinking with no
   adult service owning any action, and no fallback if the grandfather or
   aunt cannot help (M002, M001, T002, W002, F004, C003);
6. an initial conference plan for a 14-year-old and an 8-year-old (their
   father's bipolar disorder and a detention last autumn; their aunt
   helping), whose plan was pasted from a spreadsheet as tab-separated rows
   No / Area / What needs to happen / Lead / When / How we'll know (md,
   exemplary);
7. a social worker's e-mail to the family and agencies after an initial
   conference for a 12-year-old and a 4-year-old (domestic abuse; a move to
   another authority), plain text with hard-wrapped lines, capitals
   headings between dashes, "->" lines closed by a bracket (who, when, how
   we'll know) and a signature (txt): faults are the school and nursery
   applications "TBC", the Safe Spaces group in the passive with no one
   named, the parenting group measured by "engagement with the group", the
   CAMHS referral handed to the receiving authority after the transfer, and
   no legal planning anywhere (T002, W001, M002, X001, R002).

Three plans (1, 4 and 6) are exemplary: every action has a named owner (a
person's heading, initials from the who's-who, a lead column or a named
person in the line), a real timescale and something that can be seen,
counted or read; every outcome is about the children; each contingency has
specific triggers and protective responses, says what happens if a
relative's help fails, and asks for a legal planning meeting after named
triggers and insufficient progress; each records the children's words and,
for the baby, her observed day; each gives core group dates and a dated
review conference; an adult service owns actions where a parent drinks or is
mentally ill, and every action of an adult mental health service asks it to
report on the parent's capacity to change or prognosis.

Counting convention used for "actions" (README convention 1): each
hand-numbered job, each "What:" block under its own heading, each 1.1-style
item with its a) b) c) sub-items, each "->" line, each top-level bullet with
its sub-bullets, and each tab-separated row after the column names counts
once. Details, who's-who lists, worries, what is going well, the children's
words, outcomes, contingencies, meeting dates, e-mail headers and signatures
are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Word document typed by hand: tab-aligned details with manual line
#    breaks, then the plan grouped under each person's name, hand-numbered
#    jobs each closed by a bracket (when - how we'll know). Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b183_larkspurton_word_doc_tabbed_details_jobs_by_person_bracket_tails_whitcombe.docx",
    "doc_title": "Child Protection Plan - Ruby and Alfie Whitcombe",
    "split": "heldout",
    "actions": 16,
    "template": "icpc-plan-typed-in-word-docx-title-then-manual-line-break-heading-lines-tab-aligned-details-paragraph-bold-paragraph-headings-in-writers-words-why-going-ok-what-ruby-told-us-and-alfies-day-typed-outcomes-then-who-is-doing-what-grouped-under-bold-person-lead-ins-hand-numbered-indented-jobs-each-closed-by-a-bracket-when-dash-how-well-know-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 2-year-old: their mother has been "
        "drinking most evenings since her ex-partner (the 2-year-old's father) assaulted her in front of "
        "the 7-year-old at Christmas; he is on bail not to contact her; the 7-year-old puts her brother to "
        "bed when her mother falls asleep. Typed in Word by the social worker: a title and heading lines "
        "broken by hand, the details as one paragraph of tab-aligned label and value lines, bold paragraph "
        "headings in her own words, then 'Who is doing what' grouped under each person's bold lead-in "
        "('Kerry (Mum) will:', 'Nana Pat will:', 'Marcus Reid ... Larkspurton Recovery Hub, will:'), "
        "sixteen jobs numbered by hand, each closed by a bracket giving when and how we will know. The "
        "drug and alcohol service reports on whether the mother can stay sober; the grandmother's "
        "evenings have a fallback; legal planning follows named triggers; core group dates and a dated "
        "review conference are set; Ruby's words and Alfie's day are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ruby and Alfie Whitcombe\nInitial child protection conference, Tuesday 20 January 2026\n"
              "Larkspurton Borough Council, Children's Services, Safeguarding Team East"),
        ("boldp", "Details"),
        ("p", "Ruby Whitcombe\tborn 03/05/2018 (7)\tYear 3, Larkspurton Park Primary School\n"
              "Alfie Whitcombe\tborn 11/11/2023 (2)\tLittle Owls Nursery, weekday mornings\n"
              "Address\t\t27 Coopers Way, Larkspurton LK2 6DF\n"
              "Mum\t\tKerry Whitcombe (31)\n"
              "Alfie's dad\tCraig Hollis (34), 5 Mill Terrace. On police bail: not to contact Kerry or "
              "come to Coopers Way\n"
              "Ruby's dad\tNathan Price, lives in Spain, phones Ruby on Sundays\n"
              "Nana Pat\tPatricia Whitcombe (Kerry's mum), 14 Meadow Rise, Larkspurton\n"
              "Auntie Leanne\tLeanne Whitcombe (Kerry's sister), 8 Fern Close, Larkspurton\n"
              "Category\tEmotional abuse (both children)\n"
              "Chair\t\tGillian Marsh, independent chair\n"
              "Social worker\tSarah Okafor, Safeguarding Team East (team manager: Paul Denby)"),
        ("boldp", "Why Ruby and Alfie need a plan"),
        ("p", "On 28/12/2025 Craig came to the house drunk, pushed Kerry into the Christmas tree and held her "
              "against the wall by her neck. Ruby saw it from the stairs and Alfie was in his cot. Kerry rang "
              "the police. Craig was arrested and is on bail until his court date in March. The police have "
              "been called to Coopers Way three times in the last year."),
        ("p", "Since then Kerry has been drinking most evenings; she told Jenny (health visitor) that it is "
              "often a bottle of wine or more. Ruby says Mum \"falls asleep on the sofa\" and that she puts "
              "Alfie to bed. Ruby was late for school 14 times in the autumn term and has been tearful in "
              "class. Alfie has missed his 2-year review twice."),
        ("boldp", "What is going OK"),
        ("bullets", [
            "Kerry rang the police herself on 28/12/2025, and she told the conference honestly how much she "
            "has been drinking.",
            "Kerry agreed to go to Larkspurton Recovery Hub and has an assessment booked.",
            "Nana Pat lives two streets away, sees the children most days and has offered three evenings a "
            "week.",
            "Ruby has a good relationship with Mrs Drury at school, and Alfie is settled at Little Owls.",
            "The house is warm and clean, and both children are well dressed.",
        ]),
        ("boldp", "What Ruby told us, and Alfie's day"),
        ("p", "Sarah saw Ruby on her own at school on 15/01/2026. Ruby said: \"I don't like it when Craig "
              "shouts. I hid under my duvet with Alfie.\" About her mum: \"She drinks the wine that makes her "
              "sleepy and then I do Alfie's pyjamas.\" Ruby scored home 6 out of 10 and Nana Pat's house 10 "
              "out of 10. She would like \"Mum to stop the sleepy wine\" and \"Craig not to come back\"."),
        ("p", "Alfie is 2 and says a few words (\"Mama\", \"Wuby\", \"juice\"). At home Sarah and Jenny have "
              "seen him go to Ruby, not Kerry, when he falls over, and cling to Ruby at the door. Little Owls "
              "say he arrives on time when Nana Pat brings him, and is often late and without breakfast on "
              "other days. He startles and cries when a door bangs."),
        ("boldp", "What we want for Ruby and Alfie"),
        ("p", "1)  Ruby and Alfie live free from violence, and Craig does not come to the house.\n"
              "2)  Every evening and night Ruby and Alfie are looked after by an adult who is sober.\n"
              "3)  Ruby is in school on time every day, and Alfie goes to nursery and has his 2-year review.\n"
              "4)  Ruby does not have to put Alfie to bed or look after him: she gets to be 7."),
        ("boldp", "Who is doing what"),
        ("p", "Each person's jobs are under their name. The brackets after each job say when it will happen, "
              "then how we will know it has been done."),
        ("boldp", "Kerry (Mum) will:"),
        ("pi", "1.\tGet Ruby to school for 8.50am and Alfie to Little Owls for 9am, so that Ruby is not late "
               "and is not the one getting Alfie ready (every weekday from Wednesday 21/01/2026 - the school "
               "and nursery registers, sent to Sarah every Friday by Mrs Drury and Little Owls)."),
        ("pi", "2.\tNot drink any alcohol when she is the only adult looking after Ruby and Alfie, and blow "
               "into the breathalyser whenever Sarah asks (at every visit from 21/01/2026, announced or not - "
               "the reading written on Sarah's visit record; we expect 0.00 every time)."),
        ("pi", "3.\tGo to her assessment at Larkspurton Recovery Hub and then to her weekly key-work "
               "sessions (assessment 27/01/2026 at 10am, then every Tuesday - Marcus e-mails Sarah the "
               "attendance every Friday)."),
        ("pi", "4.\tGo to the Stronger Together group for women who have lived with domestic abuse, at "
               "Larkspurton Family Hub (Thursdays 10am, 12/02/2026 to 30/04/2026 - the group register "
               "e-mailed to Sarah each month, and Kerry tells Sarah at the core group on 31/03/2026 three "
               "warning signs she has learned and what she would do)."),
        ("boldp", "Nana Pat (Patricia Whitcombe) will:"),
        ("pi", "5.\tCome to 27 Coopers Way at 6pm and stay until both children are asleep, doing Alfie's "
               "bath and bedtime with Kerry (every Monday, Wednesday and Friday evening from 21/01/2026 - Pat "
               "texts Sarah when she leaves; Ruby tells Sarah at each visit who put Alfie to bed)."),
        ("pi", "6.\tHave Ruby and Alfie to stay at 14 Meadow Rise on Saturday nights (every Saturday from "
               "24/01/2026, back home by 11am Sunday - Pat texts Sarah on Sunday morning; Ruby writes her "
               "Saturday news in her worry monster book)."),
        ("boldp", "Sarah Okafor, social worker, will:"),
        ("pi", "7.\tVisit Ruby and Alfie at home, with at least one visit in three unannounced and some in "
               "the evening, and see Ruby on her own each time (every week until the review conference - "
               "visit record on file within 2 working days, with Ruby's own words and the breath reading)."),
        ("pi", "8.\tComplete a child and family assessment, including whether Kerry can keep the children "
               "away from Craig and stay sober in the evenings (by 27/02/2026 - written report with a "
               "recommendation, shared with Kerry and the core group at the core group on 03/03/2026)."),
        ("pi", "9.\tFour sessions of direct work with Ruby about Mum's drinking and what happened at "
               "Christmas, using her worry monster book (Wednesdays after school, 28/01/2026 to 18/02/2026 - "
               "the worry monster book on file, with Ruby's worry score at the first and last sessions)."),
        ("boldp", "Jenny Lamb, health visitor, will:"),
        ("pi", "10.\tDo Alfie's 2-year review with Kerry at home (Thursday 05/02/2026 at 10am - ASQ-3 scores "
               "in his red book, and a letter to Sarah and the GP within 7 days)."),
        ("pi", "11.\tVisit at home to see Alfie, weigh him, and look at where he sleeps and what he eats "
               "(every 2 weeks from 28/01/2026 - weights plotted in his red book; a visit summary e-mailed "
               "to Sarah the same week)."),
        ("boldp", "Mrs Helen Drury, Designated Safeguarding Lead, Larkspurton Park Primary, will:"),
        ("pi", "12.\tMeet Ruby in the Nest nurture room for a morning check-in with her feelings chart "
               "(every school day at 9am - the chart scores logged on CPOMS and sent to Sarah with the "
               "Friday attendance)."),
        ("boldp", "Becky Hart, Alfie's key person at Little Owls Nursery, will:"),
        ("pi", "13.\tWrite down whether Alfie has had breakfast, how he is dressed, any marks, and anything "
               "he says or does that worries her, and ring Sarah the same day if something does (every "
               "nursery session - the Little Owls welfare log, copied to Sarah every Friday)."),
        ("boldp", "Marcus Reid, recovery worker, Larkspurton Recovery Hub (drug and alcohol service), will:"),
        ("pi", "14.\tComplete Kerry's alcohol assessment, including her AUDIT score, and write a report for "
               "the core group on her drinking and whether she can stay sober when she is caring for Ruby and "
               "Alfie (assessment 27/01/2026; report to Sarah by 24/03/2026 - report on file before the core "
               "group on 31/03/2026, with the AUDIT score at the start and after 8 weeks)."),
        ("boldp", "PC Lauren Shaw, Domestic Abuse Unit, Larkspurton Police, will:"),
        ("pi", "15.\tCheck that Craig keeps to his bail conditions, and tell Sarah of any breach or any "
               "call-out to Coopers Way (within 24 hours of any breach or call-out, and a written bail "
               "update before every core group - police e-mails on Sarah's file)."),
        ("boldp", "Ruth Barnes, IDVA, Larkspurton Women's Aid, will:"),
        ("pi", "16.\tSix safety planning sessions with Kerry, including what Ruby should do and who she "
               "rings if Craig comes to the house (weekly from 26/01/2026 to 02/03/2026 - a written safety "
               "plan signed by Kerry, with Ruby's part in it, copied to Sarah by 06/03/2026)."),
        ("boldp", "If things go wrong"),
        ("bullets", [
            "If Craig comes to Coopers Way, or contacts Kerry or the children: Kerry rings 999 and the police "
            "arrest him for breaching his bail; Sarah (or the Emergency Duty Team out of hours) holds a "
            "strategy discussion with the police the same day; Ruby and Alfie sleep at Nana Pat's that night.",
            "If Kerry has been drinking while she is the only adult with the children (a breath reading above "
            "0.00, or Ruby, school or nursery tell us she was drunk): Nana Pat takes Ruby and Alfie to 14 "
            "Meadow Rise that day, and Sarah asks Paul Denby (team manager) for a legal planning meeting "
            "within 5 working days to decide whether to start the Public Law Outline.",
            "If Nana Pat cannot do her evenings or Saturday nights (she is ill or away, or it stops working "
            "between her and Kerry): Pat or Kerry rings Sarah that day. Auntie Leanne will cover (agreed with "
            "her on 16/01/2026). If Leanne cannot either, Sarah or the duty social worker visits at 6pm that "
            "evening, and Sarah calls the core group together within 5 working days to agree who will help "
            "in the evenings instead.",
            "If Ruby is late or absent more than twice in a fortnight, Mrs Drury rings Sarah that morning and "
            "Sarah visits the house the same day.",
            "If by the core group on 31/03/2026 the breath readings or Marcus's report show that Kerry is "
            "still drinking when she is caring for the children, Sarah will ask Paul Denby for a legal "
            "planning meeting before the review conference.",
        ]),
        ("boldp", "Meetings"),
        ("p", "Core group:\tevery 4 weeks, 3.30pm at Larkspurton Park Primary - 03/02/2026, 03/03/2026 and "
              "31/03/2026\nReview conference:\tTuesday 14/04/2026 at 1.30pm, Larkspurton Civic Centre"),
        ("p", "Typed up by Sarah Okafor on 22/01/2026 and sent to Kerry, Nana Pat, Leanne and everyone at the "
              "conference."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Word document with a heading per worry and a small heading per action,
#    bold run-in What / Who / By when / How we'll know lines. Faulty (docx)
# ---------------------------------------------------------------------------
def _action(heading, what, who, when, know):
    return [("h3", heading), ("kv", [("What", what), ("Who", who), ("By when", when), ("How we'll know", know)])]


PLANS.append({
    "name": "b183_lindmarrow_word_doc_action_headings_run_in_labels_dempsey.docx",
    "doc_title": "Child Protection Plan - Mia and Leo Dempsey",
    "split": "heldout",
    "actions": 15,
    "template": "rcpc-plan-typed-in-word-docx-title-bold-run-in-label-details-why-still-needed-whats-changed-mias-words-and-leos-day-outcomes-then-plan-with-h2-heading-per-worry-and-h3-heading-per-action-each-over-bold-run-in-what-who-by-when-how-well-know-lines-then-if-the-plan-isnt-working-meeting-dates",
    "description": (
        "Review conference plan for a 4-year-old and a 5-month-old living with neglect: their mother has "
        "depression and anxiety, is under the community mental health team, stays in bed on bad days, and "
        "the baby has dropped from the 50th to the 9th centile; the grandmother helps on nursery mornings. "
        "Typed in Word: details as bold run-in label lines, then the plan under a heading per worry, each "
        "action under its own small heading with bold run-in 'What:', 'Who:', 'By when:' and 'How we'll "
        "know:' lines. Most actions are sound, the GP writes about the mother's mood and the children, and "
        "the contingency has a fallback for the grandmother and legal planning. Faults: the mould repair "
        "'As soon as possible'; the Home-Start volunteer measured by 'Chloe's engagement with the "
        "volunteer'; the CPN's weekly visits only support the mother and check her medication; 'All "
        "professionals' sharing worries; and one outcome is about the mother only."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Mia and Leo Dempsey"),
        ("p", "Lindmarrow Council Children's Services. Plan agreed at the review child protection conference "
              "on Tuesday 10 February 2026. Typed by Rachel Nwosu, social worker."),
        ("kv", [
            ("Mia Dempsey", "born 14/09/2021 (4), Little Acorns Nursery, Monday to Wednesday mornings"),
            ("Leo Dempsey", "born 02/09/2025 (5 months)"),
            ("Address", "Flat 6, Rowan House, Harrow Road, Lindmarrow LM5 2QS"),
            ("Mum", "Chloe Dempsey (23)"),
            ("Dad", "Jordan Pike (25), lives in Hexbury; has the children at Nana Sue's every Saturday"),
            ("Nana Sue", "Susan Dempsey (Chloe's mum), 41 Harrow Road, Lindmarrow"),
            ("Category", "Neglect (both children); initial conference 18/11/2025"),
            ("Chair", "Martin Ellery (IRO)"),
            ("Social worker", "Rachel Nwosu, Lindmarrow Safeguarding Team 2 (team manager: Helen Grant)"),
        ]),
        ("h1", "Why the plan is still needed"),
        ("p", "Chloe has depression and anxiety and has been under the Lindmarrow Community Mental Health "
              "Team since November 2025; her care coordinator is Kim Adeyemi (CPN). On bad days Chloe stays "
              "in bed until the afternoon. Leo was born on the 50th centile and had dropped to the 9th by "
              "January: his bottles were being made up with too few scoops and he was going four or five "
              "hours without a feed. Mia has two decayed teeth, has missed a third of her nursery sessions "
              "since September, and has been found trying to give Leo a bottle on her own. There is black "
              "mould on the wall of Mia's bedroom, so she sleeps in Chloe's bed."),
        ("h1", "What has changed since November"),
        ("bullets", [
            "Chloe has seen Kim every week since December and has started new medication.",
            "Nana Sue has been taking Mia to nursery on Mondays, and Mia's attendance was 80% in January.",
            "Leo's weight went up from the 9th centile towards the 25th in the last three weeks.",
            "Chloe told the conference: \"I want to be a proper mum to them, I know I'm not there yet.\"",
        ]),
        ("h1", "Mia's words and Leo's day"),
        ("p", "Rachel saw Mia at nursery on 04/02/2026 with her key person. Mia said: \"Mummy's sad and stays "
              "in bed. I give Leo his dummy.\" She drew her family and put Nana Sue next to her, \"because "
              "Nana does my hair\". She said her bedroom is \"smelly and black\" and she likes sleeping in "
              "Mummy's bed."),
        ("p", "Leo is a quiet baby. Amy (health visitor) has seen him lie in his bouncer for long spells "
              "without crying, and watch faces closely; he smiled at Amy and at Nana Sue. When he is fed he "
              "feeds hungrily and fast. He has had nappy rash on three of Amy's visits."),
        ("h1", "What we want to see by the next review"),
        ("numbers", [
            "Leo gains weight every week and is back on the 25th centile, then following it.",
            "Mia goes to every nursery session, has her teeth treated, and sleeps in her own dry bedroom "
            "with no mould.",
            "Chloe's mental health is stable and she feels more able to cope.",
            "Mia and Leo are got up, changed, fed and played with every day by an adult, so that Mia no "
            "longer tries to feed Leo herself.",
        ]),
        ("h1", "The plan"),
        ("h2", "Worry 1: Leo is not putting on enough weight"),
        *_action("Action 1: Weighing Leo and watching a feed",
                 "Weigh Leo at home and watch a full bottle feed, checking the bottles are made up with the "
                 "right number of scoops",
                 "Amy Fox, health visitor, Lindmarrow 0-19 Service",
                 "Every week until Leo is back on the 25th centile, then every two weeks",
                 "Weights plotted in Leo's red book; feed observation written in the health visiting record "
                 "and e-mailed to Rachel the same week"),
        *_action("Action 2: Dietitian",
                 "Refer Leo to the paediatric dietitian at Lindmarrow General Hospital, sending his weight "
                 "chart with the referral",
                 "Dr Samir Patel, GP, Canal Street Surgery",
                 "By 20/02/2026",
                 "Copy of the referral on Rachel's file; first clinic date given to Chloe and Rachel"),
        *_action("Action 3: Feed chart",
                 "Make up every bottle the way Amy showed her, and write each feed on the feed chart on the "
                 "fridge",
                 "Chloe (Mum)",
                 "Every feed, from 11/02/2026",
                 "Amy and Rachel read the feed chart at every visit: Leo has at least five bottles of 180ml "
                 "a day"),
        ("h2", "Worry 2: The flat, and Mia's care"),
        *_action("Action 4: Home visits",
                 "Visit Mia and Leo at home, at least one visit in three unannounced; see Mia on her own, and "
                 "look at the bedrooms, the food and the nappies",
                 "Rachel Nwosu, social worker",
                 "Every week until the review conference",
                 "Visit record on file within 2 working days, with the home conditions checklist filled in"),
        *_action("Action 5: Routines at home",
                 "Sessions at home with Chloe on a morning routine, meals, and keeping the kitchen and "
                 "bedrooms clean",
                 "Dionne Clarke, family support worker, Lindmarrow Family Hub",
                 "Tuesdays and Thursdays, 17/02/2026 to 31/03/2026",
                 "Home conditions checklist scored at the first and last sessions and sent to Rachel; every "
                 "room scoring 4 out of 5 or more by 31/03/2026"),
        *_action("Action 6: Mould in Mia's room",
                 "Report the black mould in Mia's bedroom to Lindmarrow Homes and chase the repair",
                 "Rachel Nwosu, social worker",
                 "As soon as possible",
                 "Repair job number on file; Rachel sees the wall treated and Mia's bed back in her room"),
        *_action("Action 7: Mia's teeth",
                 "Take Mia to the dentist to have her two decayed teeth treated",
                 "Chloe (Mum), with Nana Sue",
                 "03/03/2026 at 9.40am (booked)",
                 "Dentist's letter copied to Rachel"),
        *_action("Action 8: Nursery mornings",
                 "Come to the flat at 8am and help Chloe get Mia dressed, fed and to nursery for 9am",
                 "Sue Dempsey (Nana Sue)",
                 "Every Monday, Tuesday and Wednesday morning from 16/02/2026",
                 "Little Acorns register shows Mia in by 9.15am on those days"),
        *_action("Action 9: Home-Start",
                 "A Home-Start volunteer to visit Chloe and the children and help her get out of the flat, "
                 "to the park and the baby group",
                 "Home-Start Lindmarrow (coordinator: Jill Barker)",
                 "Every Friday morning from 20/02/2026",
                 "Chloe's engagement with the volunteer"),
        ("h2", "Worry 3: Chloe's mental health and what it means for Mia and Leo"),
        *_action("Action 10: CPN visits",
                 "Visit Chloe at home to support her with her anxiety and low mood, and check she is taking "
                 "her medication",
                 "Kim Adeyemi, CPN and care coordinator, Lindmarrow Community Mental Health Team",
                 "Every week",
                 "CPN contact notes shared with Rachel each month"),
        *_action("Action 11: Bad days",
                 "On any day she cannot get up with the children by 8am, ring Nana Sue so that Sue comes "
                 "round",
                 "Chloe (Mum)",
                 "The same morning, every time",
                 "Sue texts Rachel when she has been called; Rachel counts the calls for each core group"),
        *_action("Action 12: GP review",
                 "Review Chloe's antidepressant, and write to Rachel about how her mood is affecting her care "
                 "of Mia and Leo",
                 "Dr Samir Patel, GP",
                 "By 27/02/2026",
                 "GP's letter on Rachel's file"),
        ("h2", "Worry 4: Mia at nursery, and what she tells us"),
        *_action("Action 13: Nursery",
                 "Greet Mia at each session, note whether she is hungry, tired or unwashed, and write down "
                 "anything she says about home",
                 "Shauna Kelly, Mia's key person, Little Acorns Nursery",
                 "Every nursery session",
                 "Welfare notes and attendance e-mailed to Rachel every other Friday"),
        *_action("Action 14: All about me",
                 "Three \"All about me\" sessions with Mia, using her drawings and feelings faces",
                 "Rachel Nwosu, social worker",
                 "By 20/03/2026",
                 "Mia's drawings and words on her file and read out at the core group on 24/03/2026"),
        *_action("Action 15: Sharing worries",
                 "Tell Rachel the same day about any worry about Mia's or Leo's care, including any "
                 "unexplained mark on Leo",
                 "All professionals",
                 "The same day",
                 "Call or e-mail logged on the children's case file"),
        ("h1", "If the plan isn't working"),
        ("bullets", [
            "If Leo loses weight or drops below the 9th centile, Amy tells Rachel the same day and Leo is "
            "seen by the GP or at the children's assessment unit that day; Rachel holds a strategy discussion "
            "and asks Helen Grant (team manager) for a legal planning meeting within 5 working days.",
            "If Chloe is too unwell to care for the children (in bed and not answering, or the children "
            "unfed), Rachel or the duty social worker goes to the flat straight away, and Mia and Leo stay "
            "with Nana Sue at 41 Harrow Road until the mental health team has seen Chloe.",
            "If Nana Sue cannot do the nursery mornings or have the children (she is ill, working, or it "
            "breaks down), Sue or Chloe rings Rachel that day. Jordan's mum, Angela Pike, will do the "
            "nursery mornings (agreed at the conference); if neither can, Dionne visits at 8am on those "
            "days until the core group agrees new help within 5 working days.",
            "If by the core group on 24/03/2026 Leo is not back on the 25th centile, or the home conditions "
            "scores have not gone up, Rachel will ask Helen Grant for a legal planning meeting before the "
            "review conference.",
        ]),
        ("h1", "Meeting dates"),
        ("kv", [
            ("Core group", "every 4 weeks, 2pm at Lindmarrow Family Hub: 24/02/2026, 24/03/2026, 21/04/2026, "
                           "19/05/2026, 16/06/2026 and 14/07/2026"),
            ("Next review conference", "Tuesday 04/08/2026 at 10am, Lindmarrow Town Hall"),
        ]),
    ],
    "findings": [
        F("T002", "Report the black mould in Mia's bedroom to Lindmarrow Homes"),
        F("M002", "A Home-Start volunteer to visit Chloe and the children"),
        F("H001", "Visit Chloe at home to support her with her anxiety"),
        F("W002", "Tell Rachel the same day about any worry about"),
        F("F002", "Chloe's mental health is stable and she feels more able to cope."),
    ],
})


# ---------------------------------------------------------------------------
# 3. Word outline typed by hand: lettered sections A to H, the plan numbered
#    1 / 1.1 with unlabelled a) b) c) sub-items for who, when and the check.
#    Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b183_ledderwick_word_outline_hand_numbered_unlabelled_subitems_sharpe.pdf",
    "doc_title": "Child Protection Plan - Kai and Ellie-Rose Sharpe",
    "split": "heldout",
    "actions": 15,
    "min_pages": 2,
    "header": "Ledderwick County Council · Children's Services · OFFICIAL-SENSITIVE",
    "footer": "Kai and Ellie-Rose Sharpe · Child protection plan, ICPC 27/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-typed-in-word-paged-header-footer-lettered-sections-a-to-h-tab-aligned-family-lines-what-has-happened-what-is-working-childrens-words-goals-then-the-plan-as-hand-typed-outline-caps-numbered-goal-lines-1-to-5-indented-1-1-items-with-unlabelled-a-b-c-sub-items-who-when-check-then-contingency-core-group-and-review",
    "description": (
        "Initial conference plan for an 11-year-old and a 6-year-old: their mother uses cocaine at weekend "
        "gatherings, her partner (the 6-year-old's father) drinks heavily, and on 04/01/2026 the "
        "11-year-old rang 999 when the partner pushed his mother into a door. Typed in Word as an outline: "
        "lettered sections A to H, then the plan numbered by hand under five capitalised goal lines, each "
        "item 1.1, 1.2 ... with indented unlabelled sub-items a) who, b) when, c) how we will know; page "
        "header and footer. The drug and alcohol service owns and reports on the adults' use. Faults: the "
        "partner's men's group has who and a check but no time; the young carers referral is passive "
        "with no one named; school counselling is 'when Kai feels ready'; the school nurse's bedwetting "
        "appointment has nothing to show for it; the contingency says only that the core group will "
        "review and consider next steps 'if there are further concerns or things do not improve'; and "
        "nothing anywhere says legal planning follows."
    ),
    "blocks": [
        ("title", "CHILD PROTECTION PLAN"),
        ("p", "Kai and Ellie-Rose Sharpe\nAgreed at the initial child protection conference on 27 January "
              "2026, Ledderwick County Hall\nChair: Diane Fothergill (IRO)\tSocial worker: Jodie Marsh, "
              "Ledderwick North Safeguarding Team"),
        ("boldp", "A.\tTHE FAMILY"),
        ("p", "Kai Sharpe\t\tborn 08/03/2014 (11), Year 7, Ledderwick Academy\n"
              "Ellie-Rose Sharpe\tborn 21/06/2019 (6), Year 1, Brookside Infant School\n"
              "Leanne Sharpe\t\tMum (35)\n"
              "Wayne Doherty\t\tEllie-Rose's dad and Leanne's partner (40), lives at home\n"
              "Kai's dad\t\tDarren Lowe, no contact since 2017\n"
              "Address\t\t\t12 Quarry Bank, Ledderwick LD6 4RE\n"
              "Category\t\tNeglect (both children)"),
        ("boldp", "B.\tWHAT HAS HAPPENED"),
        ("p", "On 04/01/2026 at about 1am Kai rang 999 because Wayne had pushed Leanne into the living room "
              "door during an argument. There were four other adults in the house after a party. The police "
              "found Leanne and Wayne both drunk and a small bag of cocaine on the living room table. Leanne "
              "told the police she \"has a bit at weekends\". The police have been called to Quarry Bank "
              "twice before, in August and October 2025, both times late at night and about shouting."),
        ("p", "Kai's attendance this year is 87%; he is tired and quiet on Mondays and has told school he "
              "stays up \"to watch Ellie-Rose\". Ellie-Rose has been wetting the bed most nights since "
              "November and often comes to school on Mondays in the same clothes as Friday."),
        ("boldp", "C.\tWHAT IS WORKING"),
        ("p", "Leanne was honest at the conference about her cocaine use and said she wants help to stop. "
              "Wayne has agreed to an alcohol assessment. Both children are close to their mum and to each "
              "other. Kai plays for Ledderwick Colts on Saturdays and loves it. Both schools know the "
              "children well, and the house is warm and has food in."),
        ("boldp", "D.\tWHAT KAI AND ELLIE-ROSE HAVE TOLD US"),
        ("p", "Kai (seen on his own at school by Jodie, 22/01/2026): \"At weekends Mum and Wayne have people "
              "round and it gets loud. I take Ellie-Rose upstairs and put a film on.\" \"When Wayne pushed Mum "
              "I rang the police because I didn't know what else to do.\" He scored home 3 out of 10 on "
              "Saturday nights and 7 out of 10 in the week. He wants \"no parties and no shouting\"."),
        ("p", "Ellie-Rose (at home with Jodie, 23/01/2026) drew her house with \"the loud room\" downstairs "
              "and said: \"I go in Kai's bed when it's noisy.\" She told her teacher she is \"a bit scared of "
              "Daddy when he's silly\"."),
        ("boldp", "E.\tWHAT NEEDS TO BE DIFFERENT"),
        ("p", "1)\tKai and Ellie-Rose are looked after by adults who are sober and not using drugs, every day "
              "including weekends.\n"
              "2)\tKai and Ellie-Rose live in a home with no shouting, pushing or fighting.\n"
              "3)\tKai does not have to look after his sister, and has time for himself and his friends.\n"
              "4)\tEllie-Rose is dry at night more often, and is clean, rested and happy at school."),
        ("boldp", "F.\tTHE PLAN"),
        ("p", "Each numbered item is one thing that has to happen. Underneath: a) who, b) when, c) how we "
              "will know."),
        ("boldp", "1.\tNO DRUGS AND NO DRINK WHEN THE CHILDREN ARE IN THE ADULTS' CARE"),
        ("pi", "1.1\tLeanne to stay off cocaine, and give a urine test every week and a hair strand test"),
        ("pi2", "a)\tLeanne (Mum)"),
        ("pi2", "b)\turine test every week at LDAS from 02/02/2026; hair strand test by 27/02/2026"),
        ("pi2", "c)\tresults sent to Jodie by LDAS; every result negative"),
        ("pi", "1.2\tKey-work with Leanne on her cocaine and alcohol use, and a written report on whether she "
               "can stay off cocaine and what that means for the children"),
        ("pi2", "a)\tPriya Varma, recovery worker, Ledderwick Drug and Alcohol Service (LDAS)"),
        ("pi2", "b)\tfortnightly from 03/02/2026; report by 31/03/2026"),
        ("pi2", "c)\treport on Jodie's file and shared at the core group on 07/04/2026"),
        ("pi", "1.3\tAlcohol assessment and key-work for Wayne"),
        ("pi2", "a)\tTom Bright, alcohol worker, LDAS"),
        ("pi2", "b)\tassessment by 13/02/2026, then fortnightly"),
        ("pi2", "c)\tAUDIT score at the start and after 8 weeks, sent to Jodie with attendance"),
        ("pi", "1.4\tUnannounced weekend visit to see who is in the house, breathalyse both adults and see "
               "the children"),
        ("pi2", "a)\tJodie Marsh (SW), or the weekend duty social worker"),
        ("pi2", "b)\tone weekend in every two until the review conference"),
        ("pi2", "c)\tvisit record: who was there, both breath readings, and what the children said"),
        ("boldp", "2.\tNO MORE SHOUTING, PUSHING OR FIGHTING AT HOME"),
        ("pi", "2.1\tGo to the Safer Families men's group at Ledderwick Family Centre"),
        ("pi2", "a)\tWayne Doherty"),
        ("pi2", "b)\tgroup register sent to Jodie; the group leader's end report"),
        ("pi", "2.2\tSafety planning sessions with Leanne, including what Kai does if there is shouting or "
               "fighting"),
        ("pi2", "a)\tMarie Colls, IDVA, Ledderwick Domestic Abuse Service"),
        ("pi2", "b)\tweekly from 29/01/2026 for six sessions"),
        ("pi2", "c)\tsigned safety plan, with Kai's part in it, on Jodie's file by 13/03/2026"),
        ("pi", "2.3\tTell Jodie of any police call-out to Quarry Bank"),
        ("pi2", "a)\tDC Ryan Holt, Public Protection Unit, Ledderwick Police"),
        ("pi2", "b)\twithin 24 hours of any call-out"),
        ("pi2", "c)\tpolice notification on Jodie's file"),
        ("boldp", "3.\tKAI GETS TO BE 11"),
        ("pi", "3.1\tKai to be referred to Ledderwick Young Carers for an assessment and a place at their "
               "Tuesday club"),
        ("pi2", "a)\tby 20/02/2026"),
        ("pi2", "b)\tyoung carers assessment on Kai's file; Kai on the Tuesday club register from March"),
        ("pi", "3.2\tSessions with the school counsellor about home and his worries"),
        ("pi2", "a)\tMrs Anne Ferris, counsellor, Ledderwick Academy"),
        ("pi2", "b)\twhen Kai feels ready"),
        ("pi2", "c)\tsession log; Kai's score on the worry scale at the first and last sessions, sent to "
                "Jodie"),
        ("pi", "3.3\tDirect work with Kai: his three houses, and what he can do at weekends if it gets loud"),
        ("pi2", "a)\tJodie Marsh (SW)"),
        ("pi2", "b)\tfortnightly, 04/02/2026 to 01/04/2026"),
        ("pi2", "c)\tKai's three houses on file, and his words in the visit records"),
        ("boldp", "4.\tELLIE-ROSE IS DRY, CLEAN AND HAPPY AT SCHOOL"),
        ("pi", "4.1\tSchool nurse to see Ellie-Rose about her bedwetting at night"),
        ("pi2", "a)\tCarla Phipps, school nurse, Ledderwick 0-19 Service"),
        ("pi2", "b)\tby 13/03/2026"),
        ("pi", "4.2\tMorning check-in with Ellie-Rose: is she clean, fed and in clean clothes"),
        ("pi2", "a)\tMrs Yvonne Pask, DSL, Brookside Infant School"),
        ("pi2", "b)\tevery school day"),
        ("pi2", "c)\tCPOMS log, and attendance sent to Jodie every Friday"),
        ("pi", "4.3\tGet both children to school on time, washed and in clean uniform"),
        ("pi2", "a)\tLeanne and Wayne"),
        ("pi2", "b)\tevery school day from 28/01/2026"),
        ("pi2", "c)\tboth schools' registers; each child at 95% or more by the review"),
        ("boldp", "5.\tGETTING THE FULL PICTURE"),
        ("pi", "5.1\tChild and family assessment, with Leanne, Wayne, Kai and Ellie-Rose"),
        ("pi2", "a)\tJodie Marsh (SW)"),
        ("pi2", "b)\tby 20/03/2026"),
        ("pi2", "c)\twritten report shared with Leanne, Wayne and the core group at the core group on "
                "07/04/2026"),
        ("pi", "5.2\tHome visits in the week, seeing each child on their own"),
        ("pi2", "a)\tJodie Marsh (SW)"),
        ("pi2", "b)\tevery week until the review conference"),
        ("pi2", "c)\tvisit records on file within 2 working days, with each child's words"),
        ("boldp", "G.\tWHAT HAPPENS IF THE PLAN IS NOT FOLLOWED"),
        ("p", "If there are further concerns, or things do not improve, Jodie will talk to her manager and the "
              "core group will meet to review the plan and consider what needs to happen next."),
        ("boldp", "H.\tCORE GROUP AND REVIEW"),
        ("p", "Core group:\tevery four weeks, 4pm at Brookside Infant School: 10/02/2026, 10/03/2026 and "
              "07/04/2026\nReview conference:\tTuesday 21/04/2026 at 10am, Ledderwick County Hall"),
        ("p", "Copies to: Leanne, Wayne, both schools, LDAS, Ledderwick Domestic Abuse Service, Ledderwick "
              "Police (PPU), school nursing, the GP."),
    ],
    "findings": [
        F("T001", "Go to the Safer Families men's group at Ledderwick Family Centre"),
        F("W001", "Kai to be referred to Ledderwick Young Carers for an assessment"),
        F("T002", "Sessions with the school counsellor about home and his worries"),
        F("M001", "School nurse to see Ellie-Rose about her bedwetting at night"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Word plan set out week by week: dated group headings, each line
#    "what -> who -> how we'll know", owners as initials from a who's-who.
#    Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b183_loamsbury_word_doc_week_by_week_arrow_lines_initials_mensah.pdf",
    "doc_title": "Child Protection Plan - Esi and Kwame Mensah",
    "split": "heldout",
    "actions": 15,
    "min_pages": 2,
    "header": "Loamsbury Borough Council · Children's Services · Child protection plan",
    "footer": "Esi and Kwame Mensah · typed by Tom Barker (SW) after the ICPC on 29/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-baby-plan-typed-in-word-paged-header-footer-whos-who-initials-list-with-manual-line-breaks-what-happened-going-well-kwames-words-and-esis-day-outcomes-then-plan-week-by-week-under-dated-bold-group-headings-numbered-arrow-lines-what-arrow-who-initials-arrow-how-well-know-some-lines-with-own-time-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 12-week-old baby and her 5-year-old brother: their mother "
        "has severe postnatal depression, and on 29/12/2025, while their father was on a night shift, she "
        "walked out at 2am and left both children asleep alone; a neighbour heard the baby crying for an "
        "hour. Typed in Word by the social worker: a who's-who of initials, then the plan set out week by "
        "week under dated bold group headings ('Straight away: by Friday 6 February 2026', 'Every week, "
        "from Monday 2 February 2026 until the review conference', 'During February', 'During March', "
        "'Before the review conference'), each line 'what -> who -> how we'll know', a few lines giving "
        "their own time; page header and footer. The perinatal mental health team reports on the "
        "mother's capacity to change and the psychiatrist on her prognosis; the grandmother's nights have "
        "a fallback; legal planning follows named triggers; core group dates and a dated review are set; "
        "the brother's words and the baby's day are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Esi and Kwame"),
        ("p", "Initial child protection conference: Thursday 29 January 2026, Loamsbury Civic Centre. "
              "Chair: Andrea Kemp (IRO). Category: neglect (both children)."),
        ("p", "Esi Mensah\t\tborn 05/11/2025 (12 weeks)\n"
              "Kwame Mensah\t\tborn 14/08/2020 (5), Reception, St Barnabas Primary School\n"
              "Home\t\t\t6 Willow Walk, Loamsbury LM3 8JW"),
        ("boldp", "Who's who (the initials are used in the plan)"),
        ("p", "AM\tAbena Mensah, Mum (28)\n"
              "DO\tDaniel Osei, Dad (31), night shifts at Loamsbury Distribution\n"
              "GO\tGrace Osei, Nana Grace (Daniel's mum), 19 Hazel Court, Loamsbury\n"
              "TB\tTom Barker, social worker, Safeguarding Team North (team manager: Jane Whitlock)\n"
              "KS\tKiran Sandhu, community psychiatric nurse and care coordinator, Loamsbury Perinatal "
              "Mental Health Team\n"
              "FA\tDr Femi Adeyemi, consultant perinatal psychiatrist, Loamsbury Perinatal Mental Health Team\n"
              "EM\tEllen Marsh, health visitor, Loamsbury 0-19 Service\n"
              "LW\tLisa Ward, school nurse, Loamsbury 0-19 Service\n"
              "PH\tMr Peter Hale, Designated Safeguarding Lead, St Barnabas Primary School\n"
              "JT\tMrs Jo Tran, ELSA (emotional literacy support assistant), St Barnabas Primary School\n"
              "RN\tDr Ruth Nolan, GP, Orchard Surgery"),
        ("boldp", "What happened"),
        ("p", "Abena became very low after Esi was born and was diagnosed with severe postnatal depression in "
              "December; she is under the Perinatal Mental Health Team. On 29/12/2025, while Daniel was at "
              "work, she walked out of the house at 2am and left Esi and Kwame asleep on their own. A "
              "neighbour heard Esi crying for about an hour and called the police, who found Abena on the "
              "canal towpath. She said she \"could not do it any more\". She was seen by the crisis team and "
              "went home the next day with Daniel, who has taken two weeks off. Esi's weight had dropped "
              "from the 50th to the 25th centile, and her 8-week immunisations were late."),
        ("boldp", "What is going well"),
        ("p", "Abena has seen Kiran every week since the crisis and has started medication; she told the "
              "conference she wants to get better \"for both of them\". Daniel has been at home every night "
              "since 29/12/2025 and Nana Grace has stayed over when he went back to work. Kwame is doing well "
              "at school and Mr Hale knows the family. Esi is feeding better and has put on 300g in two "
              "weeks."),
        ("boldp", "Kwame's words and Esi's day"),
        ("p", "Kwame (seen by TB at school, 23/01/2026): \"Mummy went out in the dark and the police came. I "
              "heard Esi crying and crying.\" \"I like it when Nana Grace sleeps over because she makes "
              "jollof.\" He wants \"Mummy to be happy and not go out at night\". He drew his family with Esi "
              "in the middle and himself holding her."),
        ("p", "Esi's day, from EM's and TB's visits: she wakes every three hours for a feed and takes about "
              "120ml. She cries to be fed and settles quickly when Daniel or Grace hold her and talk to her. "
              "With Abena she is quieter, and on two visits Abena looked away while Esi cried. She sleeps "
              "in a Moses basket in her parents' room and is bathed by Daniel in the evenings."),
        ("boldp", "What we want for Esi and Kwame"),
        ("bullets", [
            "Esi and Kwame are never left on their own, day or night: there is always an adult with them who "
            "is well enough to look after them.",
            "Esi is fed on time, is back on her birth centile (50th), and has all her immunisations.",
            "Kwame goes to school on time and rested, and knows who to tell if Mummy is poorly.",
            "Esi and Kwame are cared for by a mum whose illness is being treated, and everyone around them "
            "knows her early warning signs.",
        ]),
        ("boldp", "The plan, week by week"),
        ("p", "Each line: what will happen -> who (initials above) -> how we will know. The heading over a "
              "group of lines says when, unless the line gives its own time."),
        ("boldp", "Straight away: by Friday 6 February 2026"),
        ("pi", "1.\tWrite a night-time plan with AM and DO: what Abena does if she feels she has to leave "
               "the house at night, who she rings and who comes -> TB -> plan signed by AM and DO, on the "
               "fridge and on TB's file"),
        ("pi", "2.\tFlag Esi's and Kwame's records with the Emergency Duty Team and Loamsbury Police so that "
               "out-of-hours workers know the plan -> TB -> flags confirmed by e-mail from EDT and the police, "
               "on file"),
        ("pi", "3.\tTake Esi for her late 8-week immunisations at Orchard Surgery -> AM and DO -> "
               "immunisations written in the red book by the practice nurse, checked by EM"),
        ("boldp", "Every week, from Monday 2 February 2026 until the review conference"),
        ("pi", "4.\tHome visit, at least every other one unannounced and one evening visit a fortnight; see "
               "Esi awake and Kwame on his own -> TB -> visit record on file within 2 working days, with "
               "where Esi slept and what Kwame said"),
        ("pi", "5.\tWeigh Esi, watch a feed, and ask Abena how she is sleeping and feeding -> EM -> weight "
               "plotted in the red book; Esi back on the 50th centile by the review"),
        ("pi", "6.\tStay overnight at 6 Willow Walk on every night Daniel works (usually Monday, Tuesday and "
               "Wednesday), so that Abena and the children are never alone at night -> GO -> Grace signs the "
               "night book each morning and TB reads it at every visit; DO sends TB his rota each month"),
        ("pi", "7.\tHome visit to Abena: her mood (EPDS score), her medication and her early warning signs; "
               "and a written report on her capacity to change: how far her recovery has come, what still "
               "has to change before she can care for Esi and Kwame on her own at night, and how long that "
               "is likely to take (report by 27/03/2026) -> KS -> EPDS score e-mailed to TB every Friday; "
               "the written report on TB's file and shared at the core group on 14/04/2026"),
        ("pi", "8.\tTell TB the same day if Kwame comes in late, hungry or upset, or talks about night-times "
               "at home -> PH -> CPOMS entry, and TB's note of the call"),
        ("pi", "9.\tTake Esi to the Little Ones baby group at Loamsbury Family Hub, Tuesdays at 10am -> AM -> "
               "Family Hub register sent to TB each month"),
        ("boldp", "During February: by Friday 27 February 2026"),
        ("pi", "10.\tPsychiatric review of Abena, and a clinic letter to TB on her diagnosis and medication "
               "and on her prognosis: whether, and how soon, she is likely to be well enough to care for Esi "
               "and Kwame on her own -> FA -> clinic letter on TB's file"),
        ("pi", "11.\tAsk his manager at Loamsbury Distribution for day shifts from April, so that he is at "
               "home at night -> DO -> the manager's letter or the new rota on TB's file"),
        ("pi", "12.\tHealth review for Kwame at school: height, weight, eyes and hearing -> LW -> results "
               "letter to AM and TB"),
        ("boldp", "During March: by Friday 27 March 2026"),
        ("pi", "13.\tParenting assessment with AM and DO: nights, Esi's feeds and how Kwame's day is looked "
               "after -> TB -> written report with a recommendation, shared with AM, DO and the core group "
               "at the core group on 14/04/2026"),
        ("pi", "14.\tSix sessions with Kwame about Mummy being poorly and his worries at bedtime, using the "
               "Blue Balloon story book (Thursdays from 12/02/2026) -> JT -> Kwame's feelings chart at the "
               "first and sixth sessions, shared with TB"),
        ("boldp", "Before the review conference: by the core group on Tuesday 14 April 2026"),
        ("pi", "15.\tMeet AM, DO and GO to plan nights once Daniel is on day shifts, and what happens if "
               "Abena becomes unwell again -> TB -> written relapse and nights plan signed by AM, DO and GO, "
               "on file"),
        ("boldp", "If things go wrong"),
        ("bullets", [
            "If Abena leaves the house at night, says she wants to harm herself or the children, or Daniel "
            "or Grace see her early warning signs (not sleeping for two nights, talking about \"going "
            "away\", not feeding Esi): they ring 999 if anyone is in danger, or the perinatal crisis line "
            "(24 hours) if not; Esi and Kwame stay with Grace at 19 Hazel Court; TB (or EDT out of hours) "
            "holds a strategy discussion the same day and asks Jane Whitlock for a legal planning meeting "
            "within 5 working days.",
            "If Grace cannot stay on a night Daniel works (she is ill or away, or it stops working): Grace "
            "or Daniel rings TB before 4pm that day. Daniel's cousin, Ama Boateng, stays instead (agreed "
            "on 28/01/2026). If neither can, Daniel does not go to work that night; his manager has agreed "
            "emergency leave, and TB checks by phone that evening.",
            "If Esi loses weight or drops below the 25th centile, EM tells TB that day and Esi is seen by RN "
            "or at the children's assessment unit the same day.",
            "If by the core group on 14/04/2026 Kiran's report says Abena could not yet care for the "
            "children safely at night and Daniel has no day shifts, TB will ask Jane Whitlock for a legal "
            "planning meeting before the review conference.",
        ]),
        ("boldp", "Meetings"),
        ("p", "Core group:\tabout every four weeks, 10am at 6 Willow Walk: 10/02/2026, 10/03/2026 and "
              "14/04/2026\nReview conference:\tThursday 23/04/2026 at 2pm, Loamsbury Civic Centre"),
        ("p", "Sent to AM, DO, GO and everyone at the conference on 30/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. A social worker's notes typed up in markdown, grouped by child: each
#    action a bullet with unlabelled sub-bullets (who, when, check), one
#    nursery group whose owner, time and check are given once. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b183_lurgenby_sw_notes_typed_up_by_child_unlabelled_subbullets_fenwick.md",
    "split": "heldout",
    "actions": 17,
    "template": "icpc-plan-sw-notes-typed-up-md-italic-apology-line-bold-label-details-why-were-worried-good-things-bullets-what-tyler-and-lily-say-what-we-want-then-plan-grouped-by-child-h3-tyler-lily-both-shannon-each-action-a-bullet-with-unlabelled-sub-bullets-who-when-check-one-nursery-group-with-owner-time-check-in-its-heading-then-if-it-goes-wrong-meetings",
    "description": (
        "Initial conference plan for a 9-year-old and a 3-year-old: their mother drinks most days, and on "
        "15/12/2025 the 9-year-old rang 999 when he could not wake her and his sister had been sick in her "
        "cot; the grandfather and aunt help. The social worker's notes typed up in markdown, grouped by "
        "child ('Tyler', 'Lily', 'Both of them', 'Shannon (for the kids)'), each action a bullet with "
        "unlabelled sub-bullets for who, when and how we'll know, and one nursery group whose owner, time "
        "and check are given once in its heading. Faults: the class teacher 'keeping an eye on' Tyler's "
        "lunch box; the speech and language assessment with no check; the aunt's teas 'as and when "
        "Shannon needs it'; 'everyone in the network' telling the social worker; the mother's drinking "
        "recorded with no adult service owning any action (the recovery service appears only as where she "
        "goes); and the contingency relies on the grandfather with no fallback if he or the aunt cannot "
        "help."
    ),
    "text": """\
# CP plan: Tyler and Lily Fenwick

*Typed up from my notebook after the initial conference on Tue 03/02/2026. Laura Beck (SW), Lurgenby
Children's Services, Locality Team South. Sorry for the shorthand - if I've got anything wrong, tell me
by Friday and I'll change it.*

**Kids:** Tyler Fenwick, 9 (born 17/07/2016), Year 4, Lurgenby St Mary's CE Primary. Lily Fenwick, 3
(born 30/03/2022), Lurgenby Tots nursery, Mon/Tue/Wed mornings.
**Lives with:** Mum, Shannon Fenwick (29), 42 Kilnworth Road, Lurgenby LG4 3ER.
**Dad:** Ryan Ashby (31), lives in Tollbridge, has the kids every other Sunday.
**Family who help:** Grandad Mick (Michael Fenwick, Shannon's dad), 9 Brook Street. Auntie Jade (Jade
Fenwick, Shannon's sister), 60 Kilnworth Road.
**Category:** Neglect (both). **Chair:** Deborah Quinn (IRO). **My manager:** Sam Akhtar.

## Why we're worried

- 15/12/2025, about 11pm: Tyler rang 999 because he couldn't wake Mum. Police found Shannon asleep on
  the sofa, very drunk; Lily had been sick in her cot and was still in it. Shannon told the police she'd
  had "most of a bottle of vodka" since lunchtime.
- Shannon says she's been drinking most days since she lost her job in September.
- Tyler was late 19 times in the autumn term, often has no packed lunch, and makes Lily's tea.
- Lily says about 20 words; she has missed two speech and language appointments.
- Neighbour has heard the kids crying late at night a few times.

## Good things

- Shannon was honest at conference about her drinking and says she wants help. She rang Ashgrove
  Recovery herself on 20/01.
- Grandad Mick and Auntie Jade are close by and want to help.
- Tyler loves school and football; Lily is happy at nursery.
- Ryan keeps to his Sundays.

## What Tyler says, and Lily

**Tyler** (saw him on his own at school, 29/01): "When Mum drinks the vodka she goes to sleep and I do
Lily's tea. I can do beans." "I was scared when she wouldn't wake up." Home 4/10, Grandad's 10/10. He
wants "Mum to stop the drink and come to my football".

**Lily** (at home, 30/01): chatty with her dolls, put the "Mummy" doll on the sofa and said "Mummy
sleepy. Ty-Ty do dinner." When she fell over she went to Tyler, not Mum. Nicky at nursery says she eats
everything at snack time and asks for more.

## What we want for Tyler and Lily

1. Tyler and Lily are looked after by a sober adult every day and every night.
2. Tyler gets to school on time with a lunch, and doesn't have to make Lily's tea or look after her.
3. Lily's talking is assessed and she gets the help she needs; she's at nursery every session.
4. Both kids know who to ring if Mum is drunk or won't wake up.

## The plan

(What, then underneath: who, when, how we'll know.)

### Tyler

- Get Tyler to school for 8.45 (breakfast club Mon, Wed and Fri)
  - Shannon
  - every school day from Wed 04/02
  - register - Mrs Okoye sends it to me on Fridays
- Morning check-in with Tyler in the Rainbow Room, with his feelings chart
  - Mrs Grace Okoye (DSL, St Mary's)
  - every school day, 9am
  - CPOMS log, summary to me on Fridays
- Keep an eye on Tyler's lunch box and whether he's hungry in the afternoons
  - Mr Dunn (Tyler's class teacher)
  - every school day
  - keep an eye on it
- Refer Tyler to Lurgenby Young Carers for an assessment and the Tuesday club
  - me
  - by 20/02
  - assessment on Tyler's file; Tyler on the club register from March
- 1:1 sessions with Tyler: his three houses, and what to do if Mum won't wake up
  - me
  - fortnightly, 05/02 to 26/03
  - three houses and his safety card on file; Tyler can tell me his three numbers (Grandad, Jade, 999)

### Lily

- Speech and language therapy assessment at Lurgenby Health Centre
  - Shannon to take her
  - Wed 11/03/2026, 2pm (booked)
- Home visits to see Lily: weight, teeth, toilet training, and bedtimes and meals with Shannon
  - Jo Pearce (HV)
  - every 2 weeks from 10/02
  - weights and notes in Lily's red book; HV record copied to me
- Lily to nursery every Mon, Tue and Wed morning
  - Shannon, or Grandad Mick on Tuesdays
  - every session from Mon 09/02
  - nursery register to me every Friday

**At nursery** (all of these: Nicky Hall, Lily's key person at Lurgenby Tots; every session Lily is in;
all written in her nursery diary, copied to me every other Friday):

- Write down what Lily eats at snack and lunch, and whether she arrives hungry or in a wet nappy
- Lily to join the Chatterbox small group for talking, with the words she uses counted each half term

### Both of them

- Home visits, 1 in 3 unannounced, seeing each child on their own
  - me
  - every week until the review
  - visit notes on file within 2 working days, with what each child said and Shannon's breath reading
- Pick Tyler and Lily up from school and nursery and give them tea at his house until 6.30
  - Grandad Mick
  - every Tuesday and Thursday
  - Mick texts me when he drops them home; Tyler tells me what they had for tea
- Have Tyler and Lily for tea and a bath at hers, so Shannon gets a break
  - Jade
  - as and when Shannon needs it
  - Jade texts me on the day she has them
- Tell me the same day if either child says they were hungry, scared or left alone
  - everyone in the network
  - same day
  - I'll log it on the file

### Shannon (for the kids)

- Assessment at Ashgrove Recovery, then weekly key work
  - Shannon
  - assessment Tue 10/02, 11am, then weekly
  - shows me her appointment card at my visits
- No drink at all when she's looking after the kids on her own; blow into the breathalyser at my visits
  - Shannon
  - every visit
  - reading on my visit notes (should be 0.00)
- Family Steps parenting course at Lurgenby Family Hub
  - Shannon
  - Wednesdays 25/02 to 01/04
  - Family Hub register sent to me; course certificate

## If it goes wrong

- If Shannon is drunk, or has been drinking when she's on her own with the kids (breath reading over
  0.00, or Tyler, school or nursery tell us): the kids go to Grandad Mick's that night, I (or EDT out of
  hours) visit the same day, and I ask Sam for a legal planning meeting within 5 working days.
- If Tyler rings 999 or can't wake Mum again: police and ambulance; the kids go to Grandad Mick's; I hold
  a strategy discussion with the police the same day.
- If Tyler is late more than 3 times in a fortnight, Mrs Okoye rings me and I visit that day.
- If Shannon is still drinking by the core group on 14/04, I'll ask Sam for a legal planning meeting
  before the review conference.

## Meetings

- Core group every 4 weeks, 3.45pm at St Mary's: 17/02, 17/03 and 14/04/2026.
- Review conference: Tue 28/04/2026, 10am, Lurgenby Town Hall.
""",
    "findings": [
        F("M002", "Keep an eye on Tyler's lunch box and whether he's hungry"),
        F("M001", "Speech and language therapy assessment at Lurgenby Health Centre"),
        F("T002", "Have Tyler and Lily for tea and a bath at hers"),
        F("W002", "Tell me the same day if either child says they were hungry"),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. A plan pasted from a spreadsheet: the rows came across as
#    tab-separated lines (No / Area / What needs to happen / Lead / When /
#    How we'll know). Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b183_lampworth_plan_pasted_from_spreadsheet_tab_rows_pritchard.md",
    "split": "heldout",
    "actions": 15,
    "template": "icpc-plan-md-bold-header-line-family-bullets-what-happened-going-well-what-jess-and-owen-say-outcomes-then-plan-pasted-from-a-spreadsheet-as-tab-separated-rows-no-area-what-needs-to-happen-lead-when-how-well-know-with-a-note-on-the-paste-then-if-things-go-wrong-core-group-and-review",
    "description": (
        "Exemplary initial conference plan for a 14-year-old and an 8-year-old who live with their "
        "father: he has bipolar disorder, stopped his lithium in the autumn and was detained under the "
        "Mental Health Act in November after the 14-year-old had looked after her brother for two days "
        "with no food in the house; their aunt had them during the admission and still helps. The plan "
        "was kept in the team's spreadsheet and pasted into the document, so its rows came across as "
        "tab-separated lines under a line of column names (No, Area, What needs to happen, Lead, When, "
        "How we'll know), with a note saying so. Every row has a lead, a real time and a check; the "
        "community mental health team reports on the father's capacity to change and the psychiatrist on "
        "the risk of relapse; the aunt's help has a fallback; legal planning follows named triggers; core "
        "group dates and a dated review conference are set; the children's words are recorded."
    ),
    "text": """\
# Child protection plan: Jess and Owen Pritchard

**Lampworth City Council Children's Services** · Initial child protection conference, Tuesday 03/02/2026 ·
Chair: Rita Malhotra (IRO) · Social worker: Ben Harris, Safeguarding Team West · Team manager: Claire Foster

## The family

- **Jess Pritchard**, 14 (born 19/04/2011), Year 9, Lampworth High School
- **Owen Pritchard**, 8 (born 02/10/2017), Year 4, Lampworth Green Primary School
- **Dad:** Gary Pritchard (44), 31 Saddler's Row, Lampworth LW2 9HT. Bipolar affective disorder; under
  the Lampworth Community Mental Health Team (CMHT): care coordinator Nadia Iqbal (CPN), consultant
  Dr Kwame Owusu.
- **Mum:** Donna Pritchard lives in Portugal and phones the children every Sunday.
- **Aunt:** Michelle Hughes (Gary's sister), 22 Orchard Way, Lampworth.
- **Gran:** Irene Pritchard (Gary's mum, 74), 5 Alms Lane, Lampworth. Can help in the day, not overnight.
- **Category:** Neglect (both children).

## What happened

Gary stopped taking his lithium in September. By November he was hardly sleeping, spending money he did
not have and talking very fast. On 19 and 20 November he was out of the house for most of two days, and
Jess, then 14, looked after Owen on her own with almost no food in the house. She told her head of year on
21/11/2025. Gary was detained under section 2 of the Mental Health Act that day and spent three weeks on
Beech Ward. Jess and Owen stayed with Michelle. Gary came home on 12/12/2025 and the children went back to
him on 15/12/2025. There are debts from his spending, and the gas was cut off for four days in January.

## What's going well

- Gary has taken his lithium every day since he came home, and his last level (13/01/2026) was in range.
- Gary told the conference he knows he "let the kids down" and agreed to every part of the plan.
- Michelle has the children every Friday night and rings Gary every evening.
- Jess's attendance is back up to 94%, and Owen has not missed a day this term.

## What Jess and Owen say

**Jess** (seen on her own at Lampworth High by Ben, 27/01/2026): "I didn't tell anyone at first because
I didn't want Dad taken away." "I just want Dad to be Dad and me to be normal." She scored home 6 out of
10 and said it would be higher "if I didn't have to check on him all the time".

**Owen** (at home with Ben, 28/01/2026): "Dad was talking really fast and we had no food so Jess made
toast." He put his worry about Dad at 5 out of 10 and said Michelle's house is "10, because of the dog".
He would like "Dad to not go to hospital again".

## What we want for Jess and Owen

1. Jess and Owen are cared for every day by an adult who is well, who cooks for them and gets them to
   school.
2. If Dad starts to become unwell, the adults around them notice early and act, so that Jess never again
   has to look after Owen on her own.
3. Jess has time to be 14: she is in school, does her homework and sees her friends.
4. Owen knows who to tell when he is worried, and goes to school every day, on time.

## The plan

*Pasted from the plan spreadsheet (tab "ICPC plan", saved 04/02/2026). The table would not paste as a
table, so each row is one line, and the columns are split by tabs in the order of the first line.*

No\tArea\tWhat needs to happen\tLead\tWhen\tHow we'll know
1\tHome\tVisit Jess and Owen at home, every other visit unannounced, and see each of them on their own\tBen Harris (SW)\tEvery week until the review conference\tVisit record on file within 2 working days, with Jess's and Owen's own words and what food is in
2\tHome\tWrite a relapse plan with Gary, Jess and Michelle: Gary's early warning signs, who Jess rings (Michelle, Nadia, the crisis team) and where she and Owen go\tBen Harris (SW)\tBy 13/02/2026\tPlan signed by Gary, Jess and Michelle, on the fridge and on file; Ben sees the three numbers saved in Jess's phone
3\tHome\tCook the children's tea every evening, and keep food in for breakfast and packed lunches\tGary (Dad)\tEvery day from 04/02/2026\tBen checks the fridge and cupboards at every visit; Jess and Owen tell Ben who made tea
4\tHome\tFirst money advice appointment, to sort out the debts from Gary's spending while he was unwell so that the rent and the gas are paid\tGary (Dad), with Pete Lyons, Lampworth Money Advice\tBy 20/02/2026\tPayment plan letter on file; the gas meter in credit when Ben visits
5\tDad's health\tTake his lithium every evening from the pharmacy blister pack, and have his blood level checked every month\tGary (Dad)\tEvery evening; blood test monthly, first on 10/02/2026\tPharmacy dispensing record; each lithium level in range, passed to Ben by Nadia
6\tDad's health\tWeekly home visits to Gary, and a written report on his capacity to change: whether he is taking his lithium, whether he knows and acts on his early warning signs, what still needs to change for him to care for Jess and Owen safely, and how long that is likely to take\tNadia Iqbal, CPN and care coordinator, Lampworth CMHT\tWeekly; report by 20/03/2026\tVisit summary e-mailed to Ben every fortnight; written report on file and shared at the core group on 14/04/2026
7\tDad's health\tOutpatient review of Gary, with a letter to Ben on his diagnosis and medication and on his prognosis: the risk of him becoming unwell again, whether he can stay well enough to care for Jess and Owen over the coming year, and what a relapse would mean for them\tDr Kwame Owusu, consultant psychiatrist, Lampworth CMHT\tBy 27/02/2026\tClinic letter on Ben's file
8\tJess\tRefer Jess to Lampworth Young Carers for a young carer's assessment and a place at the Thursday group\tBen Harris (SW)\tReferral by 13/02/2026\tYoung carer's assessment on Jess's file; Jess on the Thursday group register from March
9\tJess\tFour sessions with Jess about her dad's illness, her part in the relapse plan and what is not her job\tKerry Lowe, young carers worker, Lampworth Young Carers\tFortnightly from 26/02/2026\tJess's workbook; Jess can tell Ben three early warning signs and who she rings
10\tJess\tCheck in with Jess, and look at her attendance and homework\tMrs Amanda Cole, head of Year 9 and DSL, Lampworth High\tEvery Monday and Thursday lunchtime\tCPOMS check-in notes and attendance sent to Ben every other Friday; Jess's attendance at 95% or more by the review
11\tOwen\tMorning check-in with Owen, and tell Ben the same day about anything Owen says about home\tMr Sam Doyle, DSL, Lampworth Green Primary\tEvery school day at 9am\tCPOMS log and the week's attendance e-mailed to Ben on Fridays
12\tOwen\tArrange and pay for Owen's place at Kidzone after-school club, so that Jess does not have to collect him\tBen Harris (SW)\tMondays, Wednesdays and Fridays from 09/02/2026\tKidzone register; Jess tells Ben she has not had to collect Owen on those days
13\tOwen\tThree "All about me" sessions with Owen about home, Dad being poorly and his worries\tBen Harris (SW)\tBy 20/03/2026\tOwen's All about me book on file, with his words and his worry scores
14\tFamily\tHave Jess and Owen for tea and a sleepover, so that Gary has a rest and the children have a night off\tMichelle Hughes (aunt)\tEvery Friday, 5pm to Saturday 11am\tMichelle texts Ben each Saturday; the children tell Ben about it at visits
15\tFamily\tRing Gary each evening, and ring Nadia (or the crisis team out of hours) the same evening if he shows any early warning sign in the relapse plan\tMichelle Hughes (aunt)\tEvery evening at 7pm\tMichelle's call log, read by Ben at each visit; any call to Nadia or the crisis team on the CMHT record

## If things go wrong

- If Gary shows any early warning sign in the relapse plan (sleeping less than 4 hours, spending a lot of
  money, talking very fast, missing his lithium), or a lithium level is out of range: Jess or Michelle
  rings Nadia that day (or the Lampworth crisis team out of hours); the CMHT sees Gary within 24 hours;
  Ben visits the same day; and Jess and Owen stay at Michelle's, 22 Orchard Way, until Nadia says Gary is
  well enough to care for them.
- If Gary is unwell and Jess and Owen are on their own, or Jess has had to look after Owen overnight: Ben
  (or the Emergency Duty Team) holds a strategy discussion the same day, the children go to Michelle's,
  and Ben asks Claire Foster for a legal planning meeting within 5 working days.
- If Michelle cannot have the children or make her evening calls (she is ill or away, or the arrangement
  breaks down): Michelle or Gary rings Ben that day. Gran Irene makes the 7pm call and has the children
  in the day. If the children need somewhere to sleep and Michelle cannot have them, Ben arranges an
  emergency foster placement that day.
- If by the core group on 14/04/2026 Gary has stopped his lithium again, or Nadia's report says he cannot
  yet keep the children safe, Ben asks Claire Foster for a legal planning meeting before the review
  conference.

## Core group and review

- Core group every four weeks, 4pm at Lampworth Green Primary: 17/02/2026, 17/03/2026 and 14/04/2026.
- Review child protection conference: Tuesday 28/04/2026 at 10am, Lampworth Civic Centre.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. A plan e-mailed as plain text: headers, hard-wrapped lines, capitals
#    headings between dashes, "->" lines closed by a bracket (who, when,
#    how we'll know), a signature and a disclaimer. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b183_levenscombe_plan_emailed_plain_text_arrow_lines_bracket_tails_carter.txt",
    "split": "heldout",
    "actions": 16,
    "template": "icpc-plan-emailed-by-sw-plain-text-txt-from-sent-to-cc-subject-headers-hi-all-opening-hard-wrapped-lines-caps-headings-between-dashes-kids-why-whats-going-ok-what-kayla-and-reece-told-me-what-we-want-then-whos-doing-what-arrow-lines-grouped-me-kayla-reece-mum-and-home-the-move-each-closed-by-a-bracket-who-when-how-well-know-then-if-things-go-wrong-meetings-signature-disclaimer",
    "description": (
        "Initial conference plan for a 12-year-old and a 4-year-old after their mother's ex-partner (the "
        "4-year-old's father) strangled her in front of the younger child; the 12-year-old rang 999 and "
        "has since been scratching her arms. The family are moving to another authority in March, near "
        "the grandmother. The social worker e-mailed the plan as plain text: From / Sent / To / Cc / "
        "Subject lines, a 'Hi Gemma and everyone' opening, hard-wrapped lines, capitals headings between "
        "dashes, the plan as '->' lines grouped under ME, KAYLA, REECE, MUM AND HOME and THE MOVE, each "
        "closed by a bracket giving who, when and how we'll know ('I' is the social worker who signs), "
        "then a signature and a disclaimer. Faults: the school and nursery applications in the new area "
        "are 'TBC'; the Safe Spaces group is in the passive with no one named; the parenting group is "
        "measured by 'engagement with the group'; the CAMHS referral for the 12-year-old's self-harm is "
        "handed to the receiving authority to make after the transfer; and nothing says legal planning "
        "follows if things do not change."
    ),
    "text": """\
From:     Hannah Brooks <hannah.brooks@levenscombe.gov.uk>
Sent:     Wednesday, 28 January 2026 16:42
To:       Gemma Carter; Kelly Dunn; Tanya Booth; Lucy Grant; Owen Ross;
          Amina Shah; Kim Pryor
Cc:       Mark Ellis; Carol Hughes
Subject:  Kayla and Reece - the plan from yesterday's conference

Hi Gemma and everyone,

Thanks for coming yesterday. As promised, here is the child protection
plan we agreed at the initial conference on Tuesday 27/01/2026, typed up
from my notes. Where it says "I" or "me", that's me, Hannah, Kayla and
Reece's social worker. Gemma, I'll bring you a printed copy on Friday
and we can go through it together. If anything is wrong, reply to me by
Monday 02/02 and I'll correct it before it goes to Carol (the chair).

------------------------------------------------------------------------
THE KIDS
------------------------------------------------------------------------
Kayla Carter, 12 (born 09/06/2013) - Year 8, Levenscombe Academy
Reece Carter, 4 (born 22/09/2021) - Little Stars Nursery, mornings
Both live with Mum, Gemma Carter (33), at 15 Dray Lane, Levenscombe
LV7 2NP.
Reece's dad: Dean Rowley (36), Levenscombe. Non-molestation order until
10/07/2026: no contact with Gemma, not to come to Dray Lane.
Kayla's dad: Marcus Bell, no contact for years.
Nan: Sandra Carter (Gemma's mum), 3 Poplar Close, Brackwater.
Category: emotional abuse (both children).

------------------------------------------------------------------------
WHY THERE'S A PLAN
------------------------------------------------------------------------
On 03/01/2026 Dean came to the house after Gemma had ended the
relationship. He punched the kitchen door and grabbed Gemma by the
throat in front of Reece. Kayla rang 999 from upstairs. It was the
fourth police call-out to Dray Lane since May. Dean was arrested, and
Gemma got a non-molestation order on 10/01/2026.

Since Christmas Kayla has been scratching her arms (her form tutor saw
the marks on 14/01/2026) and says she can't sleep. Reece has started
hitting other children at nursery and is wetting the bed again.

Gemma wants to move to Brackwater to be near her mum, and has a housing
association tenancy offered from 02/03/2026. When the family move, the
case will transfer to Brackwater Council Children's Services, who will
hold a transfer-in conference.

------------------------------------------------------------------------
WHAT'S GOING OK
------------------------------------------------------------------------
- Gemma ended the relationship, went for the order and has kept to it.
- Kayla did exactly the right thing on 03/01 and knows how to get help.
- Nan Sandra is very involved and comes most weekends.
- Reece's nursery and Kayla's school both know the kids well.

------------------------------------------------------------------------
WHAT KAYLA AND REECE TOLD ME
------------------------------------------------------------------------
Kayla (on her own at school, 22/01/2026): "I hate that Reece saw it. I
keep hearing the door bang when I try to sleep." About her arms: "It
makes the noise in my head stop for a bit." She scored herself 4 out of
10 and wants "a fresh start at Nan's end" and "Dean to never come back".

Reece (at home, 23/01/2026, playing with his cars): crashed two cars
together and said "Daddy bang Mummy". He wanted to show me his "big boy
bed" and said "Kayla reads me stories".

------------------------------------------------------------------------
WHAT WE WANT FOR KAYLA AND REECE
------------------------------------------------------------------------
1. Kayla and Reece are safe from Dean and don't see or hear any more
   violence at home.
2. Kayla stops hurting herself, sleeps better and gets help with what
   she saw.
3. Reece is calmer at nursery, stops hitting, and is dry at night.
4. The move to Brackwater happens without the kids losing any help they
   need.

------------------------------------------------------------------------
WHO'S DOING WHAT
------------------------------------------------------------------------
(Each line: what, then in brackets who, when, and how we'll know.)

ME
-> I'll visit at home, at least 1 in 3 unannounced, and see Kayla and
   Reece on their own each time (me, every week until the transfer-in
   conference, visit notes on file within 2 working days with the kids'
   own words)
-> Four sessions with Kayla about what happened on 03/01 and her sleep,
   using her "head space" journal (me, fortnightly from 04/02/2026, her
   journal on file and her own score out of 10 at each session)

KAYLA
-> Mrs Dunn to check in with Kayla every morning, ask how she slept and
   whether she has hurt herself, and ring me the same day if she has
   (Kelly Dunn, DSL, every school day, CPOMS log sent to me every Friday)
-> School nurse to see Kayla about her sleep and look after her arms
   (Kim Pryor, school nurse, by 06/02/2026, school nurse record and a
   letter to me and the GP)
-> The referral to CAMHS for Kayla's scratching and sleep will be done
   by Brackwater after the transfer (Brackwater social worker, within 4
   weeks of the transfer-in conference, CAMHS acceptance letter on file)
-> Kayla to be booked onto the Safe Spaces group for young people who
   have lived with domestic abuse (Tuesdays 4-5.30pm, 24/02/2026 to
   31/03/2026, the group worker's end report sent to me)

REECE
-> Gemma to take Reece to Little Stars every weekday morning (Gemma,
   Monday to Friday from 29/01/2026, nursery register sent to me every
   Friday)
-> Keep a behaviour log for Reece: who he hits, what happened just
   before, how he was settled, and anything he says about his dad
   (Tanya Booth, Reece's key person, every session, log e-mailed to me
   every other Friday)
-> Reece's health review, including the bedwetting and his speech
   (Lucy Grant, health visitor, by 27/02/2026, review letter to Gemma,
   me and the GP)
-> Dean's contact with Reece to be supervised, at Levenscombe Family
   Contact Centre only (the Contact Centre, every other Saturday from
   07/02/2026, contact notes sent to me after each one)

MUM AND HOME
-> Six sessions with Amina and a written safety plan, including what
   Kayla and Reece do if Dean turns up (Amina Shah, IDVA, Levenscombe
   Women's Aid, weekly from 03/02/2026, signed safety plan copied to me
   by 13/03/2026)
-> Gemma to go to the Calmer Homes parenting group about helping
   children after domestic abuse (Gemma, Thursdays 05/02/2026 to
   26/03/2026, engagement with the group)
-> PC Ross to tell me of any call-out to Dray Lane or any breach of the
   order (Owen Ross, Public Protection Unit, within 24 hours of any
   incident, police notification on file)
-> Nan to stay at Dray Lane every other weekend until the move, Friday
   to Sunday (Sandra, alternate weekends from 06/02/2026, Sandra texts
   me when she arrives and when she leaves)

THE MOVE
-> I'll send Brackwater the transfer request and the full records (me,
   by 13/02/2026, Brackwater's acknowledgement e-mail on file)
-> Gemma to apply for a school place for Kayla and a nursery place for
   Reece in Brackwater (Gemma, with me, TBC, offer letters shown to me)

------------------------------------------------------------------------
IF THINGS GO WRONG
------------------------------------------------------------------------
- If Dean comes to Dray Lane or contacts Gemma or the kids: Gemma rings
  999 and the police arrest him for breaching the order. I (or the
  out-of-hours team) hold a strategy discussion with the police the same
  day, and Gemma and the kids go to Nan's in Brackwater that night, or
  to the Levenscombe Women's Aid refuge if Dean knows Nan's address.
- If Kayla hurts herself badly enough to need more than first aid, or
  says she wants to die: Mrs Dunn or Gemma takes her to A&E at
  Levenscombe General the same day and rings me, and I ask the hospital's
  CAMHS liaison team to see her before she goes home.
- If Nan can't come for her weekends (she's ill, or it stops working),
  Sandra or Gemma rings me that day and Gemma's friend Leah Moss stays
  instead (agreed with Leah on 26/01/2026). If neither can, I'll visit
  on the Saturday.

------------------------------------------------------------------------
MEETINGS
------------------------------------------------------------------------
Core group: every 3 weeks until the move, 4pm at Levenscombe Academy -
10/02/2026 and 03/03/2026. After the move, Brackwater will set theirs.
Transfer-in conference: Brackwater to hold it within 15 working days of
the move; date to follow.
Review conference here, if the transfer-in conference has not happened
by then: Tuesday 21/04/2026, 10am, Levenscombe Civic Centre.

Thanks all, and thanks Gemma for everything you're doing.

Hannah

Hannah Brooks | Social Worker | Safeguarding and Family Support Team (East)
Levenscombe Borough Council, Children's Services
Tel 01632 960 447 | Mob 07700 900 318
Working days Monday to Thursday

This e-mail and any attachments are confidential and intended only for
the people it is addressed to. If you have received it in error, please
tell the sender and delete it. Levenscombe Borough Council may monitor
e-mails for security purposes.
""",
    "findings": [
        F("T002", "apply for a school place for Kayla and a nursery place"),
        F("W001", "Kayla to be booked onto the Safe Spaces group"),
        F("M002", "parenting group about helping children after domestic abuse"),
        F("X001", "The referral to CAMHS for Kayla's scratching and sleep"),
        F("R002"),
    ],
})
