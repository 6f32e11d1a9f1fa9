"""Batch 182, module j: seven fictional plans (tuning material), places beginning with "j".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police teams and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md (1 to 13),
without running planlint or reading its code.

Focus: plans typed by hand, in the everyday layouts of Word documents,
e-mails and notes, with no case system to shape them. Each plan is in a
layout of its own: a small heading per action with bold run-in "What: /
Who: / By when: / How we'll know:" lines; tab-separated "columns" typed into
plain Word paragraphs with manual line breaks; actions grouped by person
under "What X will do" lines, roman numerals and a closing bracket giving
when and how we'll know; actions grouped by week under typed capital
headings that give the group's time, each a dash line "what -> who -> how
we'll know"; actions grouped by child with three unlabelled sub-bullets in
an order stated once (who, when, how we'll know); a nested outline numbered
by worry with a "Lead:" line per worry; and an e-mail to the core group in
plain text with wrapped lines, "me" for the social worker who signs it and a
signature. In the four faulty plans most actions are still well written; a
few have a vague or missing owner, time or measure, and a few Child Z faults
appear at document level.

1. an initial conference plan for a 6-year-old and a 14-month-old (their
   mother's depression, her partner's weekend drinking and a 999 call),
   typed in Word with a small heading for each action and bold run-in
   What / Who / By when / How we'll know lines (docx, exemplary);
2. a first review conference plan for an 11-year-old young carer and her
   8-year-old brother (their mother's depression and anxiety after domestic
   abuse), typed in Word with the action plan as tab-separated columns in
   plain paragraphs and long entries carried onto continuation lines with
   manual line breaks (docx): faults are Talking Therapies' CBT only
   treating the mother (measured by attendance), teas owned by "Family", the
   family support worker's routine work measured by "Improvement in
   routines", a housing letter "As and when needed", the school nurse's
   appointment with "-" for how we'll know, and nothing anywhere on legal
   planning (H001, W002, M002, T002, M001, R002);
3. an initial conference plan for a 10-week-old losing weight (his young
   mother's low mood, his father's cannabis use and a push while she held
   him), typed in Word and printed to PDF with a page header and footer,
   the actions grouped by person under "What X will do" lines, each a roman
   numeral and one sentence closed by a bracket with when and how we'll know
   (pdf, exemplary);
4. an initial conference plan for a 5-year-old and a 2-year-old after
   their drunk father threw a chair, the maternal grandparents collecting
   the children and supervising his contact, typed from the conference notes
   and printed to PDF with a page header and footer, the actions grouped by
   week under capital headings that give each group's time, each a dash
   line "what -> who -> how we'll know" (pdf): faults are the IDVA referral
   with a blank owner between the arrows, the school's part measured only by
   keeping an eye on Zofia, the father's Choices assessment under "ALSO
   AGREED" (a heading with no time), an outcome about the mother's
   confidence only, and a contingency with nothing said if the grandparents
   cannot collect the children or supervise contact (W001, M002, T001, F002,
   C003);
5. a first review conference plan for a 9-year-old, a 4-year-old and a
   7-month-old whose father has schizophrenia and barricaded them in during
   a psychotic episode, typed in Markdown with the actions grouped by child
   (and "All three", "Mum and Dad, for the children"), each a bullet with
   three unlabelled sub-bullets in the order stated above the list: who,
   when, how we'll know (md, exemplary);
6. an initial conference plan for a 3-year-old whose father uses cocaine and
   cannabis and who took a grip-seal bag to nursery, typed as Markdown notes
   in a nested outline numbered by worry, each worry with a "Lead:" line,
   actions 1.1 with their time and check in brackets and detail sub-items
   1.1.a (md): faults are "All professionals" passing on worries, the
   nursery keeping an eye on Lacey's speech and behaviour, the dentist "when
   she can", the father's drug service assessment "when he feels ready" (he
   owns it, so no adult service owns any action although his drug use is the
   main worry), a Citizens Advice appointment with no check, and a
   contingency that only says the core group will review the plan if there
   are further concerns (W002, M002, T002 x2, M001, F004, C002);
7. the social worker's e-mail to the core group after the second core group
   for a 10-year-old and a 6-year-old whose mother drinks, the family moving
   to a neighbouring authority, in plain text with e-mail headers, wrapped
   lines and a signature, the plan as dash lines "what -> who -> when -> how
   we'll know" with "me" for the social worker (txt): faults are the school
   nurse's drop-ins measured by Ruby's "engagement", a young carers
   assessment "asap", the family support worker's sessions with no check,
   the housing swap forms with "-" for who, the family group conference
   referral held until the case transfers (owner, time and check kept), and
   the review conference replaced by a transfer-in conference "date tbc"
   (M002, T002, M001, W001, X001, R001).

Three plans (1, 3 and 5) are exemplary: every action has a named owner (in
its own line, its person's heading or its sub-bullet), a real timescale and
something that can be seen, counted or read; every outcome is about the
children; each contingency has specific triggers and protective responses,
says what happens if a relative's help fails, and asks for a legal planning
meeting after named triggers; each records the children's words or a baby's
observed day, core group dates and a dated review conference; adult services
own actions where a parent is ill or uses drugs or alcohol, and every adult
mental health row asks for a view of the parent's capacity to change and how
long it will take.

Counting convention used for "actions" (README convention 1): each action
under its own heading (1), each numbered tab-typed line with its
continuation lines (2), each roman-numeral item (3), each dash line under a
week heading, including "ALSO AGREED" (4), each bullet with its three
sub-bullets (5), each numbered item 1.1 to 4.4 with its detail sub-items
(6), and each dash line of the e-mail's "WHO'S DOING WHAT" list (7) counts
once. Details, who's who lists, worries, what is going well, the children's
words, outcomes, contingencies, meeting dates and the e-mail's recap are
not actions; the sub-items 1.1.a, 1.1.b and 2.1.a of plan 6 only detail
their action.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan typed in Word by the social worker: a small
#    heading for each action, then bold run-in "What: / Who: / By when: /
#    How we'll know:" lines. Exemplary (docx)
# ---------------------------------------------------------------------------
def _act(n, heading, what, who, when, know):
    return [
        ("h3", f"{n}. {heading}"),
        ("kv", [("What", what), ("Who", who), ("By when", when), ("How we'll know", know)]),
    ]


_P1_ACTIONS = []
for _a in [
    (1, "Seeing Jaxon and Rosie at home",
     "Visit Jaxon and Rosie at home, see Jaxon on his own at least every other visit, and look at where "
     "Rosie sleeps, what food is in, and the state of the kitchen and the bedrooms.",
     "Naomi Achterberg (social worker)",
     "Every week from 21/01/2026 until the review conference; at least one visit a month unannounced.",
     "Visit records on the case file within 2 working days, with what Jaxon said in his own words and "
     "where Rosie was sleeping."),
    (2, "Jaxon's own work with Naomi",
     "Four sessions of Three Houses and worry-jar work with Jaxon at school, so that he can say what "
     "happens at home when Mum is poorly or when Ryan has been drinking, and who he can tell.",
     "Naomi Achterberg (social worker)",
     "Four sessions, the last by 27/02/2026.",
     "Jaxon's Three Houses drawings and his 'who I can tell' hand on the file, and shared with the core "
     "group on 03/03/2026."),
    (3, "Getting Jaxon to school on time",
     "Check that Jaxon arrives by 8.50am every school day; if he is not in by 9.15am, ring Stacey, and if "
     "there is no answer by 9.45am, ring Naomi.",
     "Mrs Priya Sandhu, DSL, Hollybank Primary School",
     "Every school day; attendance summary e-mailed to Naomi every Friday.",
     "Jaxon's attendance is 95% or more each half term (it was 84% in the autumn term) and he has no "
     "more than two late marks a month, as shown on the Friday summary."),
    (4, "Nana's school runs",
     "Walk Jaxon to school on Monday, Wednesday and Friday mornings, and text Stacey and Naomi by 8am "
     "on any of those mornings she cannot do it.",
     "Linda Tennant (Nana)",
     "Monday, Wednesday and Friday mornings from 26/01/2026 until the review conference.",
     "Jaxon marked present by 8.50am on those mornings in the Friday summary; Naomi asks Jaxon about "
     "the walks at each visit."),
    (5, "Jaxon's feelings in school",
     "Weekly 30-minute sessions with Jaxon in the nurture room, and a Boxall profile at the start and "
     "again before Easter.",
     "Mr Josh Bell, learning mentor, Hollybank Primary School",
     "Every Tuesday from 27/01/2026; Boxall profiles by 06/02/2026 and by 27/03/2026.",
     "Both Boxall profiles sent to Naomi; Josh's session log read out at each core group, with the "
     "number of outbursts in class each week (11 in the week of 12/01/2026)."),
    (6, "Rosie's health and development",
     "Home visits to weigh Rosie, check her nappy area and her teeth, and do the ASQ-3 that was missed "
     "at her 12-month review.",
     "Sunita Rao, health visitor",
     "Every two weeks from 27/01/2026 until the review conference; ASQ-3 by 20/02/2026.",
     "Weights plotted in the red book; ASQ-3 scores sent to Naomi by 20/02/2026; nappy rash gone by "
     "Sunita's visit in the week of 16/02/2026."),
    (7, "A clean, safe home",
     "Weekly sessions with Stacey and Ryan on a morning and bedtime routine, clean bedding, clearing the "
     "dog mess from the yard and keeping food in for the children, using the home conditions checklist.",
     "Kelly Varga, family support worker, Jappleworth Family Hub",
     "Every Thursday morning from 29/01/2026 until the review conference.",
     "Checklist scored at each session and agreed with Naomi at her next visit: 8 out of 10 or more by "
     "03/03/2026 and kept there (it was 3 out of 10 on 14/01/2026)."),
    (8, "Stacey's appointments, for the children",
     "Go to every appointment with Femi and take the sertraline her GP prescribes, so that she is up in "
     "the mornings to get Jaxon to school and to feed and change Rosie.",
     "Stacey Tennant (Mum)",
     "Every appointment Femi offers (every two weeks from 28/01/2026); tablets every day.",
     "Femi confirms Stacey's attendance to Naomi in writing every month; Stacey's tablet box seen at "
     "Naomi's visits."),
    (9, "Stacey's mental health: what can change and how long it will take",
     "Review Stacey's care plan with her, and write a report on how her depression affects her care of "
     "Jaxon and Rosie, what needs to change, whether she is able to make those changes, and how long "
     "that is likely to take.",
     "Femi Adebayo, care coordinator, Jappleworth Community Mental Health Team",
     "Care plan review by 13/02/2026; report by 07/04/2026, a week before the review conference.",
     "Femi's written report on Naomi's file by 07/04/2026 and read by the conference chair."),
    (10, "Stacey's medication",
     "See Stacey about her sertraline (she stopped it in October) and write to Naomi about her mood and "
     "whether anything in her treatment affects her care of the children.",
     "Dr Helen Marsh, GP, Cedar Road Surgery",
     "Appointment by 06/02/2026; letter within a week of it.",
     "GP letter on Naomi's file by 13/02/2026."),
    (11, "Ryan's drinking",
     "Go to the assessment at Jappleworth Recovery Service and then to every weekly key-work session, "
     "with a breath test at each session, so that he is sober whenever he is looking after Rosie or "
     "Jaxon.",
     "Ryan Holloway",
     "Assessment by 06/02/2026; then every week until the review conference.",
     "Dawn sends Naomi Ryan's attendance and breath test readings every month."),
    (12, "What the recovery service thinks",
     "Key work with Ryan on his weekend drinking, and a written report on how much he is drinking, how it "
     "affects his care of Rosie and Jaxon, and whether he is likely to stop.",
     "Dawn Pettit, recovery worker, Jappleworth Recovery Service (drug and alcohol service)",
     "Weekly from Ryan's assessment; report by 07/04/2026.",
     "Monthly breath test results to Naomi; Dawn's report on file by 07/04/2026."),
    (13, "Ryan and the night of 28 December",
     "Go to the assessment for the Fresh Start domestic abuse programme and, if offered a place, to every "
     "session.",
     "Ryan Holloway",
     "Assessment by 13/02/2026; then every Monday evening for 16 weeks if offered a place.",
     "Assessment letter from Fresh Start to Naomi by 20/02/2026; attendance register to Naomi every "
     "month."),
    (14, "Police warning marker",
     "Put a warning marker on 18 Quarry Close so that any 999 call is treated as urgent, and tell Naomi "
     "of any call-out the next working day.",
     "PC Amir Shah, Jappleworth Police Domestic Abuse Unit",
     "Marker by 23/01/2026; call-outs the next working day.",
     "Confirmation e-mail from PC Shah on file by 23/01/2026; any call-out on the children's chronology."),
    (15, "Family network meeting",
     "Hold a family network meeting with Stacey, Ryan, Linda and Stacey's brother Dean, to agree who "
     "helps with mornings, who can have the children at short notice, and who takes over if Linda "
     "cannot.",
     "Naomi Achterberg (social worker)",
     "By 13/02/2026.",
     "Written family network plan, signed by everyone there, on file and sent to the core group by "
     "20/02/2026."),
]:
    _P1_ACTIONS.extend(_act(*_a))

PLANS.append({
    "name": "b182_jappleworth_icpc_heading_per_action_run_in_labels_tennant.docx",
    "doc_title": "Child Protection Plan - Jaxon and Rosie Tennant",
    "split": "tune",
    "actions": 15,
    "template": "icpc-plan-docx-typed-by-hand-kv-details-and-whos-who-then-why-going-well-jaxons-words-and-rosies-days-numbered-outcomes-then-a-small-heading-per-action-with-bold-run-in-what-who-by-when-how-well-know-lines-then-if-things-go-wrong-bullets-core-group-and-review",
    "description": (
        "Exemplary initial conference plan for a 6-year-old and a 14-month-old living with neglect and "
        "emotional harm: their mother's depression (she stopped her medication and her mental health "
        "appointments), her partner's weekend drinking and a 999 call when he punched a door while the "
        "boy hid. Typed in Word by the social worker with no case system: details and a who's who as "
        "bold run-in lines, then each action under its own small heading with bold 'What:', 'Who:', "
        "'By when:' and 'How we'll know:' lines. Every action has a named owner, a real time and a "
        "check; the community mental health team reports on the mother's capacity to change and how "
        "long it will take; the recovery service and GP own actions; the contingency has triggers, a "
        "fallback for the grandmother's school runs and legal planning; core group and review dates are "
        "set, and the children's words and days are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Jaxon and Rosie"),
        ("p", "Jappleworth Borough Council, Children's Services, Safeguarding Team East. Typed up by Naomi "
              "Achterberg (social worker) after the initial child protection conference on 20/01/2026, and "
              "read through with Stacey and Ryan at home on 21/01/2026."),
        ("boldp", "The family"),
        ("kv", [
            ("Jaxon Tennant", "born 11/05/2019 (6), Year 2 at Hollybank Primary School"),
            ("Rosie Tennant-Holloway", "born 08/11/2024 (14 months), at home with Mum"),
            ("Mum", "Stacey Tennant (26)"),
            ("Rosie's dad", "Ryan Holloway (30), lives at the address"),
            ("Jaxon's dad", "Lee Marsden, no contact since 2021, address not known"),
            ("Nana", "Linda Tennant (Stacey's mum), 3 Fern Close, five minutes' walk away"),
            ("Uncle", "Dean Tennant (Stacey's brother), 40 Mill Street"),
            ("Home", "18 Quarry Close, Jappleworth JW2 6RT"),
            ("Category", "Neglect and emotional abuse (both children)"),
            ("Chair", "Mark Ellery (independent reviewing officer)"),
        ]),
        ("boldp", "Who's who"),
        ("kv", [
            ("Social worker", "Naomi Achterberg (team manager: Graham Pike)"),
            ("Health visitor", "Sunita Rao, Jappleworth 0-19 Service"),
            ("School", "Mrs Priya Sandhu (DSL) and Mr Josh Bell (learning mentor), Hollybank Primary School"),
            ("Family support worker", "Kelly Varga, Jappleworth Family Hub"),
            ("Care coordinator", "Femi Adebayo, Jappleworth Community Mental Health Team"),
            ("Recovery worker", "Dawn Pettit, Jappleworth Recovery Service"),
            ("GP", "Dr Helen Marsh, Cedar Road Surgery"),
            ("Police", "PC Amir Shah, Domestic Abuse Unit"),
        ]),
        ("h2", "Why we are worried"),
        ("p", "Stacey has had depression since Rosie was born. She stopped taking her sertraline in October "
              "2025 and has not been to the community mental health team since then. On bad days she stays "
              "in bed until the afternoon; Jaxon has been late 19 times since September and his attendance "
              "in the autumn term was 84%. He often comes into school hungry. Rosie missed her 12-month "
              "review and had bad nappy rash when Sunita saw her on 09/01/2026."),
        ("p", "Ryan drinks heavily at weekends. On 28/12/2025 the police were called after Ryan, drunk, "
              "shouted at Stacey and punched a hole in the bedroom door. Jaxon hid under his bed with Rosie's "
              "toy rabbit. Ryan was arrested and released with no further action. When Naomi visited on "
              "14/01/2026 there was dog mess in the yard, no clean bedding and very little food in."),
        ("h2", "What's going well"),
        ("bullets", [
            "Stacey and Ryan came to the conference and agreed the plan.",
            "Stacey is warm with Rosie, and Rosie reaches for her when she is upset.",
            "Nana Linda sees the children most days and has offered to walk Jaxon to school.",
            "Ryan has said he wants help with his drinking and has rung the recovery service himself.",
            "Jaxon loves school and Mr Bell, and is doing well in reading.",
        ]),
        ("h2", "What Jaxon says, and what Rosie's days are like"),
        ("p", "Jaxon talked to Naomi at school on 16/01/2026. He said: \"When Mummy's sad she stays in bed and "
              "I put the telly on for Rosie.\" \"I don't like it when Ryan shouts, it's loud and I hide.\" He "
              "said the best thing is \"Nana's house because she does fish fingers\". He wants \"Mummy to get "
              "up and take me to school like other mummies\"."),
        ("p", "Rosie is 14 months old and is starting to walk. On the mornings Naomi and Sunita have visited "
              "she was still in her cot at 10am in a full nappy, and she was quiet until someone picked her "
              "up. At Nana's on 17/01/2026 she was chatty, ate a full lunch and toddled after Jaxon."),
        ("h2", "What we want for Jaxon and Rosie"),
        ("numbers", [
            "Jaxon gets to school on time every day, having had breakfast, in clean clothes.",
            "Rosie is fed, changed and up and about every morning, and is seen by her health visitor for all "
            "her checks.",
            "Jaxon and Rosie live in a clean, warm home with food in, and sleep in clean beds.",
            "Jaxon and Rosie are never in the house when an adult is drunk, and never see or hear shouting or "
            "violence.",
        ]),
        ("h2", "The plan"),
        ("p", "Each part has a small heading, then what will happen, who is doing it, by when, and how we "
              "will know it has happened."),
        *_P1_ACTIONS,
        ("h2", "If things go wrong"),
        ("bullets", [
            "If Ryan is drunk at home when the children are there, or there is shouting or any violence: "
            "Stacey rings 999 if anyone is in danger, Ryan leaves that night to stay with his brother at "
            "22 Wharf Lane, and Naomi holds a strategy discussion with the police and health the same day.",
            "If Jaxon misses two school days in a week with no reason given, or Rosie is found alone or "
            "unfed: Naomi visits that day, and the children stay with Nana Linda until a safety plan is "
            "agreed with Naomi's manager.",
            "If Linda cannot do the school runs (she is ill, or the arrangement stops working), she or "
            "Stacey tells Naomi that day. Dean will walk Jaxon to school on those mornings (agreed at the "
            "conference); if Dean cannot either, Kelly Varga will collect Jaxon at 8.20am until the core "
            "group agrees someone else.",
            "If Linda cannot have the children at short notice, they will stay with a foster carer "
            "arranged by Naomi's team until it is safe for them to go home.",
            "If Jaxon's attendance falls below 90% over any four weeks, Ryan's breath tests show he has "
            "been drinking before caring for the children, or there is another police call-out, Naomi "
            "will ask Graham Pike for a legal planning meeting within 5 working days to decide whether to "
            "start pre-proceedings under the Public Law Outline.",
        ]),
        ("h2", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Hollybank Primary School, Tuesdays at 1.30pm: 03/02/2026, "
            "03/03/2026 and 31/03/2026, then every four weeks after the review conference.",
            "Review child protection conference: 14/04/2026 at 10am, Jappleworth Civic Offices.",
        ]),
        ("p", "Plan sent to Stacey, Ryan, Linda and everyone in the who's who on 22/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan typed straight into Word: bold typed headings,
#    details and the action plan as tab-separated "columns" in ordinary
#    paragraphs, long entries carried on with manual line breaks. Faulty
#    (docx)
# ---------------------------------------------------------------------------
def _tabrow(num, action_lines, who, when, check_lines):
    n = max(len(action_lines), len(check_lines))
    lines = []
    for i in range(n):
        a = action_lines[i] if i < len(action_lines) else ""
        c = check_lines[i] if i < len(check_lines) else ""
        if i == 0:
            lines.append(f"{num}.\t{a}\t{who}\t{when}\t{c}")
        else:
            lines.append(f"\t{a}\t\t\t{c}")
    return ("p", "\n".join(lines))


PLANS.append({
    "name": "b182_jemsbury_rcpc_tab_typed_columns_line_breaks_pryor.docx",
    "doc_title": "CP plan Kayla and Mason Pryor RCPC 09-04-26",
    "split": "tune",
    "actions": 15,
    "landscape": True,
    "font": "Calibri",
    "font_size": 10,
    "template": "rcpc-plan-docx-typed-in-word-no-styles-bold-caps-headings-details-as-tabbed-label-lines-with-manual-line-breaks-then-action-plan-as-tab-separated-columns-no-what-who-when-how-well-know-in-plain-paragraphs-long-entries-carried-onto-tabbed-continuation-lines",
    "description": (
        "First review conference plan for an 11-year-old and an 8-year-old (emotional abuse): their "
        "mother has depression and anxiety after years of domestic abuse from the younger child's "
        "father, and the 11-year-old gets her brother ready on bad days. Typed into Word with no "
        "template: bold capitals for headings, the details as tabbed label lines with manual line "
        "breaks, and the action plan as tab-separated 'columns' (No. / What needs to happen / Who / "
        "When / How we'll know) in plain paragraphs, long entries carried onto continuation lines. "
        "Faults: Talking Therapies' CBT only treats the mother, measured by attendance; teas owned by "
        "'Family'; the family support worker's routine work measured by 'Improvement in routines'; a "
        "housing letter 'As and when needed'; the school nurse's appointment with '-' for how we'll "
        "know; and nothing anywhere says that too little progress leads to legal planning."
    ),
    "blocks": [
        ("boldp", "JEMSBURY COUNCIL – CHILDREN'S SOCIAL CARE"),
        ("boldp", "CHILD PROTECTION PLAN – agreed at the review child protection conference, 09/04/2026"),
        ("p", "Children:\tKayla Pryor\tDOB 03/03/2015 (11)\tYear 7, Jemsbury Academy\n"
              "\t\tMason Pryor\tDOB 21/08/2017 (8)\tYear 3, St Anne's CE Primary\n"
              "Address:\t12 Dunlin Court, Jemsbury JM5 8QA\n"
              "Mum:\t\tDonna Pryor (35)\n"
              "Mason's dad:\tShane Kirby – not in the household. Non-molestation order until 30/11/2026\n"
              "Kayla's dad:\tnot involved, lives abroad\n"
              "Gran:\t\tMaureen Pryor (Donna's mum), 6 Plover Road\n"
              "Aunt:\t\tNatasha (Tash) Pryor, 14 Linnet Way\n"
              "Category:\tEmotional abuse (both)\tICPC 15/01/2026\tRCPC 09/04/2026\n"
              "Chair:\t\tHelen Okoro (IRO)\n"
              "SW:\t\tJess Harding, Children and Families Team 2 (TM Paul Garside)"),
        ("p", "Others working with the family:\tMr Dale (Head of Year 7, Jemsbury Academy) – Mrs Obi (DSL, "
              "St Anne's) – Bev Hart (school nurse) – Carl Whitley (family support worker, Jemsbury Family "
              "Hub) – Ayesha Khan (Jemsbury Young Carers, \"YC\") – Ruth Keane (IDVA, Jemsbury Women's Aid) – Dr "
              "Amin (GP, Riverside Medical Centre) – Lucy Brandt (Jemsbury Talking Therapies) – Leanne "
              "Moss (Jemsbury Family Contact Centre)"),
        ("boldp", "WHY THE CHILDREN ARE STILL ON A PLAN"),
        ("p", "Donna has depression and anxiety. She was with Shane for nine years and he was violent to her "
              "throughout; Kayla and Mason saw and heard a lot of it. Shane left in October 2025 after the "
              "police were called and a non-molestation order was made. Since then Donna has had long low "
              "spells. On her bad days she does not get up, and Kayla gets Mason dressed, makes his "
              "breakfast and walks him to St Anne's before going to the Academy. Kayla has been late to "
              "school 14 times this term and says she has headaches and can't sleep. Mason has wet the bed "
              "most nights since Christmas and has hit other children at school twice."),
        ("p", "Shane broke the order twice in February by messaging Donna, and was seen outside St Anne's "
              "on 06/03/2026."),
        ("boldp", "WHAT'S WORKING"),
        ("p", "Donna has gone back to her GP and started on medication in March.\n"
              "Gran and Tash have started having the children for tea two nights a week.\n"
              "Donna reported both of Shane's messages to the police herself.\n"
              "Mason's contact with his dad at the contact centre has gone well and he looks forward to it.\n"
              "Kayla went to two young carers taster sessions and liked them."),
        ("boldp", "WHAT KAYLA AND MASON SAY"),
        ("p", "Kayla (seen on her own at home, 02/04/2026): \"I don't mind helping Mum but I'm always tired and "
              "I get told off for being late.\" \"When Mum's in bed I worry she won't get up again.\" She "
              "would like \"someone to talk to who isn't Mum\" and wants to keep going to young carers.\n"
              "Mason (at school, 31/03/2026): \"I like seeing Dad at the centre, there's a PlayStation.\" "
              "\"Kayla does my cereal.\" He said he wets the bed because \"I have the dream about the "
              "shouting\"."),
        ("boldp", "WHAT WE WANT FOR KAYLA AND MASON"),
        ("p", "1.\tKayla gets to school on time and has time to be 11 – she is not doing Mum's jobs.\n"
              "2.\tMason is got ready for school by an adult every morning and sleeps through without "
              "wetting the bed most nights.\n"
              "3.\tBoth children are safe from Shane and only see him when the contact centre is "
              "supervising.\n"
              "4.\tBoth children can say how they feel and know who to tell when Mum is low."),
        ("boldp", "THE PLAN"),
        ("p", "No.\tWhat needs to happen\t\t\t\tWho\t\tWhen\t\tHow we'll know"),
        _tabrow(1, ["Jess to visit Kayla and Mason at home and see",
                    "each of them on their own, in their bedrooms"],
                "Jess (SW)", "Weekly until next RCPC",
                ["Visit notes on file within 2 days,", "with what each child says"]),
        _tabrow(2, ["Direct work with Kayla about being a young carer",
                    "and about her worries when Mum is low"],
                "Jess (SW)", "6 sessions by 15/05/26",
                ["Kayla's worry score (0-10) noted each", "session; workbook on file"]),
        _tabrow(3, ["Young carers assessment for Kayla, then the",
                    "Tuesday evening young carers group"],
                "Ayesha (YC)", "By 30/04/26, then weekly",
                ["Assessment sent to Jess;", "group register"]),
        _tabrow(4, ["Pastoral check-in with Kayla at the start of",
                    "every school day, and a late pass when needed"],
                "Mr Dale", "Every school day",
                ["Check-in sheet e-mailed to Jess", "every Friday"]),
        _tabrow(5, ["Check Mason is in by 8.45am – ring Donna, then",
                    "Jess, the same morning if he is not"],
                "Mrs Obi (DSL)", "Every school day",
                ["Weekly attendance to Jess;", "95% by end of summer term"]),
        _tabrow(6, ["Review Donna's medication and write to Jess",
                    "about her mood and how it affects the children"],
                "Dr Amin (GP)", "By 24/04/26",
                ["GP letter on file"]),
        _tabrow(7, ["Talking Therapies: 8 sessions of CBT for Donna's",
                    "anxiety and low mood"],
                "Lucy Brandt", "Weekly from 14/04/26",
                ["Attendance letter to Jess", "after session 8"]),
        _tabrow(8, ["Donna to go to the Freedom Programme (12 weeks)"],
                "Donna", "Tuesdays from 21/04/26",
                ["Register sent to Jess; certificate", "at the end"]),
        _tabrow(9, ["Update Donna's safety plan, including what",
                    "Kayla and Mason do if Shane turns up"],
                "Ruth Keane (IDVA)", "By 30/04/26",
                ["Signed safety plan on file; children's", "copy seen by Jess at a visit"]),
        _tabrow(10, ["Mason's time with Shane – at the contact centre",
                     "only, supervised"],
                "Leanne Moss", "Alternate Sats 10-12",
                ["Contact notes to Jess after", "each session"]),
        _tabrow(11, ["Both children to have tea with family after",
                     "school so Kayla isn't doing the cooking"],
                "Family", "Mon and Thurs",
                ["Children tell Jess at visits;", "school told who collects"]),
        _tabrow(12, ["Morning routine work with Donna so Kayla",
                     "isn't the one getting Mason ready"],
                "Carl Whitley (FSW)", "Weds 7.30am from 15/04/26",
                ["Improvement in routines"]),
        _tabrow(13, ["Supporting letter for Donna's housing transfer",
                     "away from Shane's area"],
                "Jess (SW)", "As and when needed",
                ["Copy of letter on file"]),
        _tabrow(14, ["School nurse to see Kayla about her sleep",
                     "and the headaches"],
                "Bev Hart", "By 08/05/26",
                ["-"]),
        _tabrow(15, ["Take Mason for his dental check (two fillings",
                     "needed)"],
                "Donna", "By 29/05/26",
                ["Dentist's letter seen by Jess"]),
        ("boldp", "IF THINGS GO WRONG"),
        ("p", "If Shane comes to the house, the schools or near the children, or contacts Donna or the "
              "children:\tDonna rings 999 and the police act on the non-molestation order. Jess holds a "
              "strategy discussion with the police the same day, and Mason's contact stops until a new "
              "contact plan is agreed.\n"
              "If Donna's mood drops so that she cannot get up or look after the children (Kayla tells Mr "
              "Dale, or Donna rings Jess):\tJess visits that day, and Kayla and Mason stay with Tash at 14 "
              "Linnet Way until Donna has seen Dr Amin and a safety plan is agreed with Jess's manager.\n"
              "If Gran or Tash cannot do the teas (ill, away, or it stops working):\tDonna tells Jess that "
              "day. Carl books both children into the after-school club at St Anne's and the homework club "
              "at the Academy, paid for by Children's Services, until the core group agrees something new."),
        ("boldp", "CORE GROUP AND NEXT REVIEW"),
        ("p", "Core groups:\tevery 6 weeks at St Anne's, 3.30pm – 21/05/2026, 02/07/2026, 03/09/2026\n"
              "Next RCPC:\t08/10/2026, 2pm, Jemsbury Town Hall, Committee Room 3"),
        ("p", "Typed by J. Harding 10/04/2026. Copies to Donna, Gran, Tash and everyone listed above."),
    ],
    "findings": [
        F("H001", "Talking Therapies: 8 sessions of CBT for Donna's"),
        F("W002", "Both children to have tea with family after"),
        F("M002", "Morning routine work with Donna so Kayla"),
        F("T002", "Supporting letter for Donna's housing transfer"),
        F("M001", "School nurse to see Kayla about her sleep"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan typed in Word and printed to PDF: the actions
#    grouped by person under bold "What X will do" lines, each item a roman
#    numeral and one sentence closed by a bracket giving when and how we'll
#    know. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b182_jinkerdale_icpc_grouped_by_person_roman_brackets_whitfield.pdf",
    "doc_title": "Harley-Jay Whitfield - child protection plan",
    "split": "tune",
    "actions": 16,
    "min_pages": 2,
    "font": "Calibri",
    "font_size": 11,
    "header": "Jinkerdale City Council · Children's Social Care · Child protection plan",
    "footer": "Harley-Jay Whitfield · plan from the ICPC of 03/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-baby-plan-typed-in-word-printed-to-pdf-header-footer-details-kv-why-working-harley-jays-day-outcomes-then-actions-grouped-by-person-under-bold-what-x-will-do-lines-roman-numeral-items-one-sentence-each-closed-by-a-bracket-when-and-how-well-know-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 10-week-old baby whose weight has dropped from the "
        "50th to below the 25th centile: his 19-year-old mother is a care leaver with low mood, his "
        "father smokes cannabis daily in the flat and pushed her while she held the baby. Typed in "
        "Word and printed to PDF with a page header and footer; the actions are grouped by person "
        "under bold 'What Chloe will do', 'What the health visitor will do' lines, each a roman "
        "numeral and one sentence closed by a bracket giving when and how we'll know ('(every "
        "Tuesday until the review; weight plotted in the red book)'). Every item has its owner from "
        "its line, a real time and a check; the perinatal mental health team reports on the mother's "
        "capacity to change and its timescale, the drug service reports on the father; the aunt's "
        "nights have a fallback; legal planning follows named triggers; core group and review dates "
        "are set and the baby's day is recorded."
    ),
    "blocks": [
        ("title", "Harley-Jay's child protection plan"),
        ("p", "Initial child protection conference, 03/02/2026, Jinkerdale Civic Centre. Chair: Rukhsana "
              "Begum (IRO). Typed by Bethany Kerr, social worker, the same afternoon, and read through "
              "with Chloe and Reece before they left."),
        ("kv", [
            ("Baby", "Harley-Jay Whitfield, born 24/11/2025 (10 weeks)"),
            ("Mum", "Chloe Whitfield (19); care leaver, personal adviser Kyle Benson"),
            ("Dad", "Reece Dunn (22), lives with Chloe and Harley-Jay"),
            ("Home", "Flat 7, Alder House, Beck Street, Jinkerdale JK1 3NF"),
            ("Chloe's aunt", "Carol Whitfield (47), 29 Rowan Drive"),
            ("Category", "Neglect"),
            ("Social worker", "Bethany Kerr, Assessment and Safeguarding Team (manager: Owen Platt)"),
            ("Health visitor", "Amira Haddad, Jinkerdale 0-19 Service"),
            ("GP", "Dr Samuel Price, Beck Street Health Centre"),
            ("Drug service", "Liam Foster, recovery worker, Pathways Jinkerdale (drug and alcohol service)"),
            ("Perinatal mental health", "Dr Ruth Okafor, clinical psychologist, Jinkerdale Perinatal Mental "
                                        "Health Team"),
            ("Police", "DC Hannah Lowe, Jinkerdale Police Safeguarding Hub"),
        ]),
        ("h2", "Why Harley-Jay has a plan"),
        ("p", "Harley-Jay was born at 39 weeks weighing 3.4kg, on the 50th centile. By his weigh-in on "
              "20/01/2026 he had dropped below the 25th centile. Chloe says she sometimes sleeps through his "
              "night feeds because she is so tired and low, and on two visits Amira found made-up bottles "
              "left out from the night before. Reece smokes cannabis every day; the flat smelled strongly "
              "of it on every visit, and Amira saw him smoking on the balcony with the door open while "
              "Harley-Jay was in his bouncer just inside. On 11/01/2026 the police were called by a "
              "neighbour: Reece had pushed Chloe against the kitchen counter while she was holding "
              "Harley-Jay. Chloe spent five years in foster care herself and has no contact with her own "
              "mum."),
        ("h2", "What is working"),
        ("bullets", [
            "Chloe loves Harley-Jay and is gentle with him; she talks to him all the time when she changes "
            "him.",
            "Chloe rang Amira herself when she was worried about his weight.",
            "Reece has agreed to go to Pathways and to have his urine tested.",
            "Carol has offered to stay over two nights a week to help with the night feeds.",
            "Chloe and Kyle (her personal adviser) get on well and she trusts him.",
        ]),
        ("h2", "Harley-Jay's day"),
        ("p", "Harley-Jay cannot tell us what his days are like, so this is what Amira and Bethany have seen. "
              "In the mornings he is often still in the clothes and nappy he went to bed in. When Chloe "
              "feeds him he gulps the bottle and then settles on her shoulder, and he follows her voice "
              "round the room with his eyes. He startles and cries when the front door bangs or when "
              "voices are raised. He spends a lot of the day in his bouncer in the front room, where the "
              "air smells of cannabis. At Carol's house on 30/01/2026 he fed well at the right times and "
              "slept for four hours in his Moses basket."),
        ("h2", "What needs to be different for Harley-Jay"),
        ("numbers", [
            "Harley-Jay is fed at least every three to four hours, day and night, and is back on the 25th "
            "centile by the end of March and following it after that.",
            "Harley-Jay lives in a home where no one smokes cannabis or tobacco, and sleeps on his back in "
            "his own Moses basket.",
            "Harley-Jay is never in the middle of an argument, and never near anyone who is pushing, hitting "
            "or shouting.",
            "Harley-Jay has all his health checks and immunisations on time.",
        ]),
        ("h2", "Who will do what"),
        ("p", "Each person's part is below. Every item says in brackets when it will happen and how we will "
              "know it has happened."),
        ("boldp", "What Chloe will do"),
        ("pi", "(i) Feed Harley-Jay at least every three hours in the day and every four hours at night, and "
               "write each feed on the feed chart Amira gave her (every day from 04/02/2026; Amira checks "
               "the chart at each visit, and his weight is back on the 25th centile by 31/03/2026)."),
        ("pi", "(ii) Go to her assessment with the perinatal mental health team and any sessions they "
               "offer afterwards (assessment on 17/02/2026, then as booked by the team; Dr Okafor confirms "
               "attendance to Bethany in her report)."),
        ("boldp", "What Reece will do"),
        ("pi", "(i) Not smoke cannabis or tobacco in the flat or on the balcony, or anywhere near "
               "Harley-Jay (from 03/02/2026; no smell or equipment seen at Bethany's and Amira's visits, "
               "including the unannounced ones, and his urine tests as below)."),
        ("pi", "(ii) Go to his Pathways assessment and then every weekly key-work session, giving a urine "
               "sample each time (assessment by 13/02/2026, then weekly until the review; Liam sends the "
               "results to Bethany every fortnight)."),
        ("pi", "(iii) Go to the assessment for the Turning Point domestic abuse programme and to every "
               "session if he is offered a place (assessment by 27/02/2026, then every Wednesday evening; "
               "the assessment letter and then the monthly attendance record go to Bethany)."),
        ("boldp", "What Carol will do"),
        ("pi", "(i) Stay at the flat on Friday and Saturday nights and do the 2am feed, so that Chloe gets a "
               "full night's sleep twice a week (every Friday and Saturday night until the review "
               "conference; Carol signs the feed chart, which Amira reads at her Tuesday visit)."),
        ("boldp", "What Bethany (social worker) will do"),
        ("pi", "(i) Visit Harley-Jay at home, one visit in three unannounced, seeing him awake and "
               "undressed, and where he sleeps (every week until the review conference; visit records on "
               "file within 2 working days)."),
        ("pi", "(ii) Complete a parenting assessment with Chloe and Reece, including how they care for "
               "Harley-Jay at night and what they will do if they argue (by 24/03/2026; the report, with "
               "its recommendation, shared with Chloe, Reece and the core group by 31/03/2026)."),
        ("pi", "(iii) Hold a family network meeting with Chloe, Reece, Carol and Reece's mum, Tina, to agree "
               "who will help and who takes over if Carol cannot (by 17/02/2026; a written family network "
               "plan on file and sent to the core group by 24/02/2026)."),
        ("boldp", "What Amira (health visitor) will do"),
        ("pi", "(i) Weigh Harley-Jay at home and check his feed chart and his sleeping place (every Tuesday "
               "until he has followed the 25th centile for four weeks running, then every two weeks; "
               "weights plotted in the red book and e-mailed to Bethany the same day)."),
        ("pi", "(ii) Do Harley-Jay's 4-month Ages and Stages check with Chloe (by 06/04/2026; the ASQ-3 "
               "scores sent to Bethany and brought to the review conference)."),
        ("boldp", "What Liam (Pathways) will do"),
        ("pi", "(i) Key work with Reece on his cannabis use, with a urine test each session, and write a "
               "report on whether he has stopped, whether he is likely to stay stopped, and what that "
               "means for his care of Harley-Jay (weekly from his assessment; report to Bethany by "
               "07/04/2026)."),
        ("boldp", "What Dr Okafor (perinatal mental health team) will do"),
        ("pi", "(i) Assess Chloe's low mood and write a report on how it affects her care of Harley-Jay, "
               "what would need to change, whether Chloe is able to make those changes and how long that "
               "is likely to take (assessment on 17/02/2026; report to Bethany by 06/03/2026, and an update "
               "for the review conference by 07/04/2026)."),
        ("boldp", "What Kyle (Chloe's personal adviser) will do"),
        ("pi", "(i) Help Chloe apply for the leaving care setting-up grant to buy a cot bed and a "
               "steriliser, and sort out her Universal Credit (by 20/02/2026; the cot bed and steriliser "
               "seen in the flat by Bethany at her next visit after that)."),
        ("boldp", "What Dr Price (GP) will do"),
        ("pi", "(i) Give Harley-Jay his 12-week immunisations and check his weight and his chest (by "
               "24/02/2026; recorded in the red book and the GP record, and a note sent to Bethany)."),
        ("boldp", "What DC Lowe (police) will do"),
        ("pi", "(i) Put a domestic abuse warning marker on Flat 7, Alder House, and tell Bethany of any call "
               "to the address (marker by 06/02/2026, calls within 24 hours; confirmation e-mail on file)."),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If Reece pushes, hits or threatens Chloe, or there is shouting while Harley-Jay is in the room: "
            "Chloe rings 999; Reece leaves the flat that night and stays with his mum, Tina Dunn, at "
            "8 Foundry Lane; Bethany holds a strategy discussion with DC Lowe and Amira the same day.",
            "If Harley-Jay's weight drops again at any weigh-in, or he misses two feeds in a night on the "
            "chart: Amira tells Bethany the same day, Harley-Jay is seen by Dr Price that day or the next "
            "morning, and Chloe and Harley-Jay go to stay with Carol until a new safety plan is agreed.",
            "If Carol cannot do her nights (she is ill, working, or it is not working out), she or Chloe "
            "rings Bethany that day. Tina has agreed to do the Friday and Saturday nights instead; if "
            "neither can, Chloe and Harley-Jay will be offered a place at Larch House parent and baby unit "
            "while the core group agrees another plan.",
            "If any of Reece's urine tests shows cannabis after 03/03/2026, or he smokes in the flat, or the "
            "parenting assessment says Harley-Jay cannot be cared for safely at home, Bethany will ask "
            "Owen Platt for a legal planning meeting within 5 working days, to decide whether to start "
            "pre-proceedings under the Public Law Outline.",
        ]),
        ("h2", "Meetings"),
        ("p", "Core group every four weeks at Beck Street Health Centre, 11am: 17/02/2026, 17/03/2026 and "
              "14/04/2026. Review child protection conference: 28/04/2026 at 10am, Jinkerdale Civic "
              "Centre."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan typed from the conference notes and printed to
#    PDF: the actions grouped by week under typed capital headings that give
#    the time for the group, each action a dash line "what -> who -> how
#    we'll know". Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b182_joddingley_icpc_grouped_by_week_dash_arrow_lines_kowalczyk.pdf",
    "doc_title": "Zofia and Kuba Kowalczyk - CP plan",
    "split": "tune",
    "actions": 17,
    "min_pages": 2,
    "font": "Arial",
    "font_size": 10.5,
    "header": "Joddingley Council Children's Services · Child protection plan (typed from conference notes)",
    "footer": "Zofia and Kuba Kowalczyk · ICPC 10/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-typed-in-word-printed-to-pdf-header-footer-details-lines-worries-going-well-zofias-words-kubas-day-outcomes-then-actions-grouped-by-week-under-typed-capital-headings-giving-the-group-time-each-a-dash-line-what-arrow-who-arrow-how-well-know-then-also-agreed-group-with-no-time-contingency-meetings",
    "description": (
        "Initial conference plan for a 5-year-old and a 2-year-old (emotional abuse) after their "
        "father, who drinks every day, threw a chair in a drunken argument; the maternal grandparents "
        "live nearby and have the children after school and supervise the father's contact. Typed in "
        "Word from the conference notes and printed to PDF, with a page header and footer: the actions "
        "are grouped by week under typed capital headings that give the group's time ('THIS WEEK - by "
        "Friday 13/02/2026', 'EVERY WEEK FROM 02/03/2026 UNTIL THE REVIEW'), each a dash line 'what -> "
        "who -> how we'll know'. Faults: the IDVA referral with a blank owner between the arrows; the "
        "school's part measured only by keeping an eye on Zofia; the father's Choices assessment under "
        "'ALSO AGREED', which gives no time; an outcome about the mother's confidence only; and a "
        "contingency that says nothing about the grandparents being unable to collect the children or "
        "supervise contact."
    ),
    "blocks": [
        ("boldp", "CHILD PROTECTION PLAN – ZOFIA AND KUBA KOWALCZYK"),
        ("p", "Initial child protection conference 10/02/2026, Joddingley Town Hall. Chair: Simon Marsh (IRO). "
              "Typed from my conference notes by Hannah Blythe (social worker), 11/02/2026. A Polish "
              "interpreter (Ms Zielinska) was at the conference for Marek."),
        ("pl", "Zofia Kowalczyk, born 02/06/2020 (5), Reception, St Mary's RC Primary, Joddingley"),
        ("pl", "Jakub (Kuba) Kowalczyk, born 19/12/2023 (2), Little Owls Nursery on Mondays and Wednesdays"),
        ("pl", "Mum: Agnieszka Kowalczyk (31), 31 Mill Lane, Joddingley JD4 2PE"),
        ("pl", "Dad: Marek Kowalczyk (35), staying with his brother Tomasz at 12 Quarry Road since 25/01/2026"),
        ("pl", "Babcia and Dziadek: Ewa and Jan Nowicki (Agnieszka's parents), 4 Cedar Walk"),
        ("pl", "Category: emotional abuse (both children)"),
        ("p", "Social worker Hannah Blythe (team manager Rachel Dunne); health visitor Amy Cole; St Mary's DSL "
              "Mrs Joanne Price; Little Owls key person Sophie Grant; family support worker Natalia Nowak "
              "(Joddingley Family Hub); Open Door alcohol service recovery worker Paul Reid; PC Dean Morley "
              "(Domestic Abuse Unit)."),
        ("boldp", "WHAT WE ARE WORRIED ABOUT"),
        ("p", "Marek drinks every day, usually vodka, and has done for several years. On 24/01/2026 he came "
              "home drunk at 11pm, argued with Agnieszka and threw a kitchen chair, which broke against the "
              "wall next to where Kuba was sitting in his high chair. Zofia was on the stairs. The police "
              "were called by a neighbour; Marek was arrested and cautioned. Agnieszka says there have been "
              "many arguments like this, and that Marek once pushed her in 2024. Zofia has become clingy and "
              "tearful at school, and Kuba bangs his head on the floor when he is upset."),
        ("boldp", "WHAT IS GOING WELL"),
        ("p", "Agnieszka asked Marek to leave the morning after the incident, and he went. The children are "
              "well cared for day to day: clean, fed and in school and nursery on time. Ewa and Jan see the "
              "children most days and both children are very close to them. Marek told the conference he "
              "wants to stop drinking and has phoned Open Door."),
        ("boldp", "WHAT ZOFIA SAYS AND WHAT KUBA'S DAYS ARE LIKE"),
        ("p", "Zofia told her teacher on 26/01/2026: \"Tata broke the chair and Mama cried.\" When Hannah saw "
              "her at school on 05/02/2026 she said she misses Tata \"but not when he's smelly and shouty\", "
              "and that she likes Babcia's house \"because it's quiet and there's pierogi\". She drew her "
              "family with Tata standing a long way off. Kuba is two and says a few words in Polish and "
              "English. At nursery he plays happily but bangs his head on the floor when he is told no; "
              "at home on 05/02/2026 he ran to the door every time a car went past and said \"Tata?\"."),
        ("boldp", "WHAT WE WANT TO SEE"),
        ("p", "1. Zofia and Kuba live without shouting, drunkenness or violence at home, and only see Tata "
              "when he is sober and supervised.\n"
              "2. Zofia is settled at school and can tell an adult there how she feels.\n"
              "3. Kuba is calm at nursery and at home, and stops banging his head.\n"
              "4. Agnieszka feels more confident and able to stand up to Marek."),
        ("boldp", "THE PLAN"),
        ("p", "Each line is: what -> who -> how we'll know. The time for each group of lines is in its "
              "heading, unless a line gives its own."),
        ("boldp", "THIS WEEK – by Friday 13/02/2026"),
        ("p", "- Marek stays at Tomasz's flat (12 Quarry Road) and does not come to 31 Mill Lane unless Hannah "
              "has agreed it -> Marek -> Tomasz confirms to Hannah by phone; Marek not there at any of "
              "Hannah's unannounced visits"),
        ("p", "- See Zofia at school and Kuba at nursery, each on their own, and ask Zofia about home and "
              "about Tata -> Hannah (SW) -> visit notes on file with Zofia's words"),
        ("p", "- Referral to the Joddingley IDVA service to be made for Agnieszka -> -> IDVA's first call "
              "to her logged on the file"),
        ("p", "- Put a domestic abuse marker on 31 Mill Lane and tell Hannah of any call-out within 24 hours "
              "-> PC Dean Morley (DA Unit) -> confirmation e-mail on file"),
        ("boldp", "BY FRIDAY 27/02/2026"),
        ("p", "- Go to his first assessment at Open Door -> Marek -> Open Door's letter to Hannah saying he "
              "went"),
        ("p", "- Family network meeting with a Polish interpreter, to agree who helps and how Tata's time "
              "with the children will work -> Hannah -> written network plan signed by everyone and sent to "
              "the core group"),
        ("p", "- Kuba's 2-year review, with an ASQ-3 and a look at the head banging -> Amy Cole (HV) -> ASQ-3 "
              "scores and Amy's note sent to Hannah"),
        ("p", "- Start the Own My Life course for women who have been abused (Thursday mornings at the Family "
              "Hub) -> Agnieszka -> course register sent to Hannah each month"),
        ("boldp", "EVERY WEEK FROM 02/03/2026 UNTIL THE REVIEW CONFERENCE ON 12/05/2026"),
        ("p", "- Home visits, one in three unannounced, seeing both children and their bedrooms -> Hannah -> "
              "visit notes on file within 2 working days"),
        ("p", "- Key work with Marek with a breath test at every session, and a written report on his drinking "
              "and what it means for Zofia and Kuba by 28/04/2026 -> Paul Reid (Open Door) -> breath test "
              "readings e-mailed to Hannah weekly; report on file by 28/04/2026"),
        ("p", "- Collect Zofia from school and Kuba from nursery on Tuesdays and Thursdays and give them their "
              "tea -> Babcia Ewa -> school and nursery collection logs"),
        ("p", "- Supervise Marek's time with the children at Cedar Walk, Saturdays 10am to 12 noon, and send "
              "him away if he smells of drink -> Dziadek Jan -> contact sheet signed by Jan after each "
              "visit and read by Hannah"),
        ("p", "- Keep an eye on Zofia in class and at playtime every school day -> Mrs Price (DSL, St Mary's) "
              "-> staff keep an eye on how she is"),
        ("p", "- Write down Kuba's arrival time, how he looks, his mood and any head banging at each session "
              "-> Sophie Grant (Little Owls) -> nursery record e-mailed to Hannah every Friday"),
        ("p", "- Bedtime and morning routine sessions with Agnieszka, in Polish -> Natalia Nowak (Family Hub) "
              "-> routine chart checked at each session; both children in bed by 7.30pm on Natalia's "
              "evening visits"),
        ("boldp", "ALSO AGREED"),
        ("p", "- Be assessed for the Choices domestic abuse programme -> Marek -> assessment letter "
              "sent to Hannah"),
        ("p", "- Complete the child and family assessment by 24/03/2026 -> Hannah -> assessment shared with "
              "Agnieszka, Marek and the core group"),
        ("boldp", "IF THINGS GO WRONG"),
        ("p", "- If Marek comes to 31 Mill Lane without Hannah's agreement, or turns up drunk anywhere the "
              "children are: Agnieszka rings 999 and does not let him in; Hannah holds a strategy discussion "
              "with PC Morley the same day, and Marek's Saturday time stops until a new plan is agreed."),
        ("p", "- If Marek smells of drink or gives a positive breath test on a Saturday, Jan sends him away "
              "and rings Hannah; there is no contact the next Saturday."),
        ("p", "- If there is another incident of violence, or Marek's drinking is no better at the Open Door "
              "report on 28/04/2026, Hannah will ask Rachel Dunne for a legal planning meeting within 5 "
              "working days."),
        ("boldp", "MEETINGS"),
        ("p", "Core group every three weeks at St Mary's, 9.15am: 24/02/2026, 17/03/2026, 07/04/2026, "
              "28/04/2026. Review child protection conference: 12/05/2026 at 2pm, Joddingley Town Hall."),
    ],
    "findings": [
        F("W001", "Referral to the Joddingley IDVA service to be made"),
        F("M002", "Keep an eye on Zofia in class and at playtime"),
        F("T001", "Be assessed for the Choices domestic abuse programme"),
        F("F002", "Agnieszka feels more confident and able to stand up to Marek"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Review conference plan typed in Markdown by the social worker: the
#    actions grouped by child (and one group for all three, one for Mum and
#    Dad), each a bullet with three unlabelled sub-bullets in a fixed order:
#    who, when, how we'll know. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b182_jubshaw_rcpc_grouped_by_child_unlabelled_sub_bullets_ferreira.md",
    "split": "tune",
    "actions": 16,
    "template": "rcpc-plan-md-typed-notes-details-bullets-worries-going-well-each-childs-words-and-ivys-day-outcomes-per-child-then-actions-grouped-by-child-and-for-all-three-and-mum-and-dad-each-a-bullet-with-three-unlabelled-sub-bullets-who-when-how-well-know-in-a-stated-order-then-what-if-meetings",
    "description": (
        "Exemplary first review conference plan for a 9-year-old, a 4-year-old and a 7-month-old "
        "(neglect and emotional harm): their father has schizophrenia, stopped his medication and had "
        "a psychotic episode at home in which he barricaded the doors and the 9-year-old rang her "
        "grandmother; their mother works and has struggled to keep the baby's health appointments. "
        "Typed in Markdown as notes: the actions grouped by child, plus 'All three' and 'Mum and Dad, "
        "for the children', each a bullet with three unlabelled sub-bullets in an order stated once "
        "above the list (who, when, how we'll know). Every action has an owner, a real time and a "
        "check; the community mental health team and the psychiatrist report on the father's capacity "
        "to stay well and how long it will take; the grandmother's help has a fallback; legal planning "
        "follows named triggers; core group and review dates are set; each child's words and the "
        "baby's day are recorded."
    ),
    "text": """\
# Maisie, Theo and Ivy Ferreira – child protection plan

Agreed at the first review child protection conference, Monday 09/03/2026, Jubshaw Council offices.
Chair: Angela Booth (IRO). Typed by Dev Mistry, social worker, Jubshaw Children's Services (North
Safeguarding Team; team manager Claire Whitby).

- **Children:** Maisie (born 14/07/2016, 9, Year 5, Jubshaw Park Primary), Theo (born 30/01/2022, 4,
  Rainbow Nursery School), Ivy (born 05/08/2025, 7 months)
- **Home:** 27 Sorrel Way, Jubshaw JB3 9LS
- **Mum:** Louise (Lou) Ferreira (33), care assistant at Fernlea Care Home, three day shifts a week
- **Dad:** Paulo Ferreira (38). Paranoid schizophrenia, diagnosed 2014. Under Jubshaw Community Mental
  Health Team (North): care coordinator Olivia Grant, consultant psychiatrist Dr Nkem Eze
- **Nana:** Jean Parry (Lou's mum), 11 Tansy Close – ten minutes away
- **Uncle:** Marco Ferreira (Paulo's brother), 3 Heath Row, Jubshaw
- **Category:** neglect and emotional abuse (all three). Initial conference 08/12/2025.
- **Also working with the family:** Grace Lowe (health visitor), Mrs Anna Hughes (learning mentor,
  Jubshaw Park), Ellie Brooks (Theo's key person, Rainbow Nursery School), Priti Shah (speech and
  language therapist), Sam Cole (Jubshaw Young Carers), Kira Bennett (family support worker, Jubshaw
  Family Hub), Dr Farah Aziz (GP, Larch Surgery)

## Why the children are still on a plan

Paulo stopped his depot injections in September 2025. By November he was hearing voices and believed
people were coming to take the children. On 19/11/2025 he barricaded the front and back doors with
furniture while Lou was at work and would not let Maisie take Theo to nursery. Maisie rang Nana Jean
from the landline, and Paulo was detained under the Mental Health Act that night. He was in hospital
for five weeks and came home on 24/12/2025 on a community treatment order.

Before November, Maisie was doing much of the looking after when Lou was on shift. Ivy missed her
8-week and 12-week immunisations and her 6-8 week check, and Theo's nursery attendance was 61%. Theo
is not yet talking in sentences.

## What's going well since December

- Paulo has had every depot injection since he came home, and says he feels "like me again".
- Lou has moved her shifts so that she is home before Maisie gets in from school on two days.
- Nana Jean has Ivy on Lou's shift days and has not missed one.
- Theo's nursery attendance was 92% in February.
- Ivy has had her first two sets of immunisations and is on the 50th centile.

## What the children tell us

**Maisie** (at school with Dev, 02/03/2026): "It was really scary when Dad put the sofa on the door.
I didn't know if I was allowed to ring Nana." "Dad's better now. He makes pancakes again." She wants
to know "what to do if it happens again" and would like "to not have to mind Theo all the time". She
scores feeling safe at home 7 out of 10 (it was 3 in December).

**Theo** (at nursery with Ellie and Dev, 04/03/2026): he pointed to his dad in a photo and said
"Daddy sleepy." He likes the sand tray and "Nana's biscuits".

**Ivy** is 7 months old. Grace and Dev have seen her at home and at Nana's: she sits with support,
smiles and babbles at Maisie, and reaches to be picked up. On 26/02/2026 she was still in her
night-time nappy at 11am when Lou had already gone to work and Paulo was asleep on the sofa.

## What we want for each child

- **Maisie:** knows what to do and who to ring if Dad becomes unwell, and is not the one looking after
  Theo and Ivy.
- **Theo:** goes to nursery every session and his speech catches up, so that he can say what he needs.
- **Ivy:** has all her health checks and immunisations on time, and is changed, fed and played with by
  an adult every morning.
- **All three:** live with a dad who stays well, and are never alone with him if he is becoming
  unwell.

## The plan

Under each thing that needs to happen, the three lines are always in this order: who does it,
when, and how we'll know it has happened.

### All three

- Visit the children at home, seeing Maisie on her own, and Ivy awake, at every visit
  - Dev Mistry (SW)
  - every two weeks until the next review, one visit a month unannounced
  - visit records on file within 2 working days, with Maisie's words and how Ivy was
- Look after Ivy on Lou's shift days, and be at home for Maisie and Theo after school on those days
  if Lou is not back
  - Nana Jean
  - Tuesdays, Thursdays and Saturdays, 7am until Lou is home, until the next review
  - Jean's diary of the days, read by Dev at each visit; Lou's rota sent to Dev each month
- See Paulo, check his early warning signs with him and Lou, and write a report on his relapse
  risk, whether he can stay well enough to care for the children, and how long before we would
  know
  - Olivia Grant, care coordinator, Jubshaw CMHT (North)
  - every two weeks; report by 17/08/2026, three weeks before the next review
  - visit summary e-mailed to Dev monthly; report on Dev's file by 17/08/2026
- Review Paulo's medication and his community treatment order, and write to Dev about his
  prognosis, what would need to change for him to care for the children on his own, and how
  long that is likely to take
  - Dr Nkem Eze, consultant psychiatrist, Jubshaw CMHT (North)
  - at his CPA review on 23/04/2026
  - CPA review letter and Dr Eze's letter on Dev's file by 07/05/2026

### Maisie

- Four sessions with Maisie on what to do if Dad is unwell: her own safety card with Nana's and
  Uncle Marco's numbers, and when to ring 999
  - Dev Mistry (SW)
  - four sessions, the last by 10/04/2026
  - Maisie's card on file and a copy in her school bag; Maisie can tell Dev the steps at the
    next visit after that
- Weekly check-in with Maisie, using her feelings thermometer
  - Mrs Anna Hughes, learning mentor
  - every Monday morning
  - thermometer scores e-mailed to Dev every half term
- Young carers assessment for Maisie, then the Friday after-school group
  - Sam Cole, Jubshaw Young Carers
  - assessment by 27/03/2026, then every Friday
  - assessment sent to Dev; group register

### Theo

- Check Theo is in for every nursery session and ring Lou by 10am if he is not, then Dev the same
  day
  - Ellie Brooks (key person), Rainbow Nursery School
  - every session (Monday to Wednesday, 9am to 3pm)
  - attendance e-mailed to Dev every Friday; 90% or more each half term
- Speech and language assessment, then a home programme for Lou, Nana and nursery to use
  - Priti Shah, speech and language therapist
  - assessment by 30/04/2026; programme within 2 weeks of it
  - SALT report and programme sent to Dev and nursery; Theo's words counted again at 6 weeks

### Ivy

- Take Ivy for her 16-week immunisations, which were missed
  - Lou
  - by 27/03/2026
  - red book and GP record seen by Grace
- Weigh Ivy and do her ASQ-3 at home
  - Grace Lowe, health visitor
  - every four weeks; ASQ-3 by 30/04/2026
  - weights in the red book; ASQ-3 scores to Dev and the core group
- Write to Dev after Ivy's 1-year immunisations and check
  - Dr Farah Aziz (GP)
  - within a week of her 1-year appointment in August 2026
  - GP letter on file

### Mum and Dad, for the children

- Have his depot injection every two weeks at the clinic, and tell Olivia if he notices any early
  warning signs
  - Paulo
  - every two weeks, as in his care plan
  - depot record from the clinic in Olivia's monthly summary to Dev
- Ring Olivia and Dev the same day if she sees any of Paulo's early warning signs (not sleeping,
  talking about people watching the house, stopping his injections), and keep the signs list on
  the fridge
  - Lou
  - the same day as she sees any sign, every time, from 09/03/2026
  - each call on Dev's case record; signs list seen on the fridge at visits
- Sessions with Lou and Paulo on a morning routine for all three children on shift days
  - Kira Bennett, family support worker
  - every Wednesday at 8am until the end of May 2026
  - routine chart kept by Lou and checked by Kira; Ivy dressed and fed by 9am on Dev's
    unannounced visits
- Family network meeting with Lou, Paulo, Jean and Marco to agree a written plan for when Paulo
  becomes unwell, and who steps in if Jean cannot
  - Dev Mistry (SW)
  - by 03/04/2026
  - written network plan signed by everyone and sent to the core group

## What if

- **If Paulo shows early warning signs** (not sleeping, talking about people watching the house,
  missing his injection): Lou rings Olivia (or the CMHT crisis line out of hours) and Dev the same day;
  Paulo is not left alone with the children from that moment, and Nana Jean has them until Olivia
  has seen him.
- **If Paulo becomes acutely unwell while the children are with him:** Maisie or an adult rings 999,
  and then Nana or Uncle Marco. Dev holds a strategy discussion with the police and the CMHT the
  same day.
- **If Jean is ill or cannot look after Ivy or be there after school:** Lou rings Dev that day. Uncle
  Marco covers Tuesdays and Saturdays and Lou swaps her Thursday shift (agreed with her manager on
  05/03/2026). If neither can, Lou does not go to work and Children's Services pays for a childminder
  from the Family Hub list until the core group agrees a new plan.
- **If Paulo misses an injection, or there is another episode at home, or Ivy misses another health
  appointment without a reason:** Dev asks Claire Whitby for a legal planning meeting within 5 working
  days to decide whether the Public Law Outline should start.

## Meetings

- Core group every six weeks, 10am at Jubshaw Park Primary: 20/04/2026, 01/06/2026, 13/07/2026,
  24/08/2026.
- Next review child protection conference: Monday 07/09/2026, 1.30pm, Jubshaw Council offices.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan typed as Markdown notes in a nested outline: the
#    plan numbered by worry (1, 2, 3, 4), each worry with a "Lead:" who owns
#    the actions under it unless one names someone else, actions numbered
#    1.1, 1.2 with their time and check in brackets, sub-items 1.1.a giving
#    detail. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b182_jerrowmead_icpc_nested_outline_by_worry_lead_lines_callaghan.md",
    "split": "tune",
    "actions": 14,
    "template": "icpc-plan-md-typed-notes-lettered-sections-a-to-h-details-lines-worries-good-things-lacey-outcomes-then-plan-as-nested-outline-numbered-by-worry-1-to-4-each-with-a-lead-line-actions-1-1-with-when-and-check-in-brackets-detail-sub-items-1-1-a-then-if-things-go-wrong-then-meetings",
    "description": (
        "Initial conference plan for a 3-year-old (neglect): her father uses cocaine and cannabis, "
        "people come and go from the flat at night, and she took a small grip-seal bag with white "
        "powder traces to nursery. Typed as Markdown notes in a nested outline: the plan is numbered "
        "by worry (1 to 4), each worry with a 'Lead:' line that owns the actions under it unless an "
        "action names someone else, actions 1.1, 1.2 with their time and check in brackets, and "
        "sub-items 1.1.a that only give detail. Faults: 'All professionals' passing on worries; the "
        "nursery's part measured only by keeping an eye on her speech and behaviour; the dentist "
        "'when she can'; the father's drug service assessment 'when he feels ready', owned by him, so "
        "that no adult service owns any action although his drug use is the main worry; a Citizens "
        "Advice appointment with no check; and a contingency that only says the core group will "
        "review the plan if there are further concerns."
    ),
    "text": """\
JERROWMEAD BOROUGH COUNCIL – CHILDREN'S SERVICES

# Child protection plan: Lacey Callaghan

Initial child protection conference 16/02/2026, Jerrowmead Civic Hall. Chair: Nadia Farouk (IRO).
Notes typed up by Sam Okoro, social worker (Family Safeguarding Team 3, team manager Joe Kettle).

## A. Details

Lacey Callaghan, born 12/08/2022 (3). Goes to Bright Stars Nursery, Kiln Road (key person Megan Hall).
Lives at Flat 4, 19 Tanyard Street, Jerrowmead JR6 1DW, with:
Shannon Callaghan (22), Mum
Jordan Pike (25), Dad
Nanna Deb – Deborah Callaghan (Shannon's mum), 52 Hollin Lane
Category of plan: neglect.
Others: Rachel Moss (health visitor); Kate Jensen (family support worker, Jerrowmead Family Hub);
PC Aaron Blake (Tanyard Neighbourhood Policing Team).

## B. What we're worried about

Jordan uses cocaine most weekends and smokes cannabis every day, and told the conference he "can
stop when he wants". Neighbours have reported people coming to the flat late at night, and the police
searched the flat on 21/01/2026 and found cannabis and a set of scales in the kitchen. On 29/01/2026
Lacey brought a small grip-seal bag with white powder traces into nursery in her coat pocket. When Sam
visited on 03/02/2026 the flat smelled strongly of cannabis, there was a grinder on the coffee table
within Lacey's reach, and Lacey was still in her pyjamas at 1pm. Lacey has not seen a dentist and has
two brown front teeth. Her speech is behind for her age, and nursery say she hits other children and
hides under the table when adults raise their voices. Shannon has debts of about £2,000 and the
electricity has been cut off twice since Christmas.

## C. Good things

Shannon loves Lacey and they have a warm relationship; Lacey runs to her at pick-up. Shannon has
taken Lacey to nursery more since the bag was found (9 of the last 10 sessions). Nanna Deb has Lacey
every Saturday night and Lacey loves going. Shannon and Jordan both came to the conference.

## D. Lacey

Lacey talked to Sam at nursery on 10/02/2026 while playing with the dolls' house. She put the mummy
doll and the Lacey doll in the bedroom and said "Daddy's friends are noisy, they're in the kitchen."
She said "I like Nanna's, I have a bath with bubbles." Megan says Lacey is happiest at the water tray
and when she is given a job to do, and that she is often hungry when she arrives.

## E. What we want for Lacey

1. Lacey lives in a home with no drugs in it and no people coming in who use or sell them.
2. Lacey is up, dressed, fed and at nursery on her nursery days.
3. Lacey's speech and behaviour catch up, and her teeth are looked after.

## F. The plan

Each worry has a lead. The lead does the actions under it unless the action names someone else.
The brackets say when, and how we'll know.

**1. Lacey is around drugs and people who use them at the flat. Lead: Sam Okoro (SW)**

1.1 Visit Lacey at home and see her bedroom and the kitchen (every week until the review conference;
visit record on the file within 2 working days, saying who was in the flat)
  1.1.a at least one visit a fortnight unannounced
  1.1.b check the kitchen cupboards and the fridge for food

1.2 Shannon and Jordan will not let anyone who uses or sells drugs into the flat, and Jordan will
keep no drugs there (from 16/02/2026; no callers and no drugs or equipment seen at Sam's unannounced
visits)

1.3 PC Aaron Blake to tell Sam about any police contact at the address or with Jordan (within 24
hours; police log shared and added to Lacey's chronology)

1.4 All professionals to tell Sam the same day about any callers, any smell of cannabis, or anything
Lacey says about "Daddy's friends" (same day; logged on Lacey's chronology)

**2. Lacey's health, speech and development. Lead: Rachel Moss (HV)**

2.1 Lacey's 2-2½ year review with an ASQ-3 at home (by 13/03/2026; ASQ-3 scores shared with Sam and
the core group)
  2.1.a include a referral to speech and language therapy if her communication score is below the
  cut-off

2.2 Shannon takes Lacey to Bright Stars on Monday, Wednesday and Friday mornings (from 23/02/2026;
nursery register e-mailed to Sam every Friday)

2.3 Megan Hall (Bright Stars) to keep an eye on Lacey's speech and behaviour at each session

2.4 Shannon to register Lacey with a dentist and take her for a check-up (when she can; dentist's
letter seen by Rachel)

**3. Jordan's drug use. Lead: Jordan**

3.1 Go to Horizon, the Jerrowmead drug and alcohol service, for an assessment when he feels ready
(he shows Sam his appointment letter)

3.2 Sam to arrange a 3-month hair strand test for Jordan for cocaine and cannabis (by 13/03/2026;
result on file and shared with the core group)

**4. Shannon managing on her own with money and routines. Lead: Kate Jensen (FSW)**

4.1 Home sessions with Shannon on a bedtime routine and regular meals for Lacey (Tuesdays at 4pm from
24/02/2026; bedtime chart kept, and Lacey in bed by 7.30pm when Kate calls in the evening)

4.2 Go with Shannon to a Citizens Advice appointment about her debts and the electricity (by
06/03/2026)

4.3 Nanna Deb has Lacey overnight every Saturday so Shannon gets a break (every Saturday; Deb texts
Sam on Sunday when Lacey is home)

4.4 Sam to hold a family network meeting with Shannon, Jordan and Nanna Deb (by 06/03/2026; written
family network plan on file and sent to the core group)

## G. If things go wrong

If there are further concerns about drugs at the flat, or the plan is not being followed, the core
group will meet to review the plan and consider what needs to happen next.

## H. Meetings

Core group every four weeks at Bright Stars Nursery, 2pm: 02/03/2026, 30/03/2026, 27/04/2026.
Review child protection conference: 11/05/2026, 10am, Jerrowmead Civic Hall.
At the review conference, if Lacey's plan has not made enough progress, Joe Kettle (team manager)
will hold a legal planning meeting within 10 working days of the conference.
""",
    "findings": [
        F("W002", "All professionals to tell Sam the same day"),
        F("M002", "keep an eye on Lacey's speech and behaviour"),
        F("T002", "register Lacey with a dentist and take her"),
        F("T002", "for an assessment when he feels ready"),
        F("M001", "Go with Shannon to a Citizens Advice appointment"),
        F("F004"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. The social worker's e-mail to the core group after core group 2, in
#    plain text with wrapped lines and a signature: the plan as dash lines
#    "what -> who -> when -> how we'll know", "me" and "I" being the social
#    worker who signs it. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b182_jessenthorpe_core_group_email_dash_arrow_lines_mcbride.txt",
    "split": "tune",
    "actions": 13,
    "template": "core-group-email-plain-text-headers-wrapped-lines-greeting-then-caps-headings-where-we-are-going-well-what-the-children-say-what-we-want-then-whos-doing-what-dash-lines-what-arrow-who-arrow-when-arrow-how-well-know-me-as-owner-then-if-things-go-wrong-next-meetings-and-signature",
    "description": (
        "The social worker's e-mail to the core group after the second core group, for a 10-year-old "
        "and a 6-year-old whose mother drinks heavily (the 10-year-old rang 999 when she could not "
        "wake her) and who are moving to a neighbouring authority in March. Plain text with e-mail "
        "headers, wrapped lines and a signature; the plan is a list of dash lines 'what -> who -> "
        "when -> how we'll know', with 'me' and 'I' for the social worker who signs it. Faults: the "
        "school nurse's drop-ins measured by Ruby's 'engagement'; the young carers assessment "
        "'asap'; the family support worker's sessions with no check; the housing swap forms with "
        "'-' for who; the family group conference referral held until the case transfers; and the "
        "review conference replaced by a transfer-in conference whose date is to be confirmed."
    ),
    "text": """\
From:     Leanne Ward <leanne.ward@jessenthorpe.gov.uk>
Sent:     Thursday, 19 February 2026 16:42
To:       Kerry-Ann McBride; Sarah Fowler; Jo Barnes; Gary Lomas; Dan Ruddock;
          Sal Begum; Tracey Doyle
Cc:       Mike Thornton; Pauline Adair
Subject:  Ruby and Finn McBride - CP plan after core group 2 today
          [OFFICIAL-SENSITIVE]

Hi all,

Thank you for coming this afternoon, and thank you Kerry-Ann for having us
at the house. As promised, here is the plan as we agreed it at today's
core group. I've typed it the way I did the notes, so each line is:

    what -> who -> when -> how we'll know

and "me" is me (Leanne). Please reply all if I've got anything wrong and I
will change it before it goes on the file on Monday.

For anyone new: Sarah Fowler is the DSL at Jessenthorpe Park Primary, Jo
Barnes is the school nurse, Gary Lomas is Kerry-Ann's worker at Turning
Tides (the alcohol service), Dan Ruddock is the family support worker at
the Family Hub, Sal Begum is from Jessenthorpe Young Carers and Tracey is
Kerry-Ann's sister. Mike Thornton is my team manager and Pauline Adair
chaired the conference.

WHERE WE ARE

Ruby (10) and Finn (6) have been on a plan for neglect since the initial
conference on 15/01/2026. Kerry-Ann has been drinking heavily since her
mum died in 2024. On 28/12/2025 Ruby rang 999 because she could not wake
her mum on the sofa at 7pm; Finn had not eaten since breakfast. Since the
conference Kerry-Ann has gone to Turning Tides every week, and 4 of her 5
breath tests have been clear. The one on 10/02/2026 was positive at 2pm,
before she collected the children.

Kerry-Ann has a council house swap agreed to Hollinsford, near Tracey,
and they move on 13/03/2026. The case will transfer to Hollinsford
Council Children's Services after the move.

WHAT'S GOING WELL

- Kerry-Ann is honest with Gary and me about her drinking, including the
  positive test.
- The children have been in school every day since half term.
- Tracey has the children every Friday night and they love it.
- The house is clean and there is food in; both children have beds with
  clean bedding now.

WHAT RUBY AND FINN SAY

Ruby (on her own in her room, 12/02/2026): "Mum's better but I still
check on her when I get in." "I want to live near Auntie Tracey because
she makes it feel normal." She is worried about a new school "but I'll
still have Finn". She scored worrying about Mum 6 out of 10 (it was 9 in
January).

Finn (at school, 16/02/2026): "Mummy doesn't sleep on the sofa as much."
He said the best thing is "Fridays at Auntie Tracey's, we have pizza".
He doesn't want to talk about the accidents he has at school.

WHAT WE WANT FOR RUBY AND FINN

- Ruby and Finn are looked after every day by a mum who is sober.
- Ruby stops checking on her mum and can be a 10 year old.
- Finn's soiling is looked at and treated, and he is not teased about it.
- Both children settle in their new schools in Hollinsford without
  missing school.

WHO'S DOING WHAT  (what -> who -> when -> how we'll know)

- See Ruby and Finn at home, each on their own for part of the visit
  -> me -> every week until the transfer-in conference -> my visit notes
  on the file within 2 working days

- Four sessions with Ruby on a safety plan for if Mum has been drinking
  (who to ring, where to go) -> me -> the last one by 13/03/2026 ->
  Ruby's safety card copied to the file and to Tracey

- Keep going to Turning Tides and blow into the breathalyser at every
  session -> Kerry-Ann -> every Tuesday until the move, then weekly at
  Hollinsford's alcohol service (Gary has booked her first appointment
  there for 17/03/2026) -> Gary e-mails me the readings every week

- Write a report on Kerry-Ann's drinking, whether she can stay sober when
  she is looking after Ruby and Finn, and how long that is likely to take
  -> Gary Lomas (Turning Tides) -> by 06/03/2026 -> report on the file and
  sent to Hollinsford with the transfer papers

- Check Ruby and Finn are in school by 8.50am, and ring Kerry-Ann and
  then me the same morning if they are not -> Sarah Fowler (DSL) -> every
  school day until the move -> attendance e-mailed to me every Friday

- Drop-in sessions for Ruby about her sleep and her worries -> Jo Barnes
  (school nurse) -> every other Wednesday -> Ruby's engagement with the
  drop-ins

- Young carers assessment for Ruby, looking at what she does for Mum ->
  Sal Begum (Jessenthorpe Young Carers) -> asap -> assessment shared with
  me and Kerry-Ann

- Take Finn to the paediatric continence clinic about his soiling ->
  Kerry-Ann -> appointment on 05/03/2026 -> clinic letter to me

- Tea and a sleepover for Ruby and Finn at Tracey's -> Tracey -> every
  Friday -> the children tell me at visits, and Tracey texts me on
  Saturday morning when they are home

- Weekly sessions with Kerry-Ann on a routine for meals and bedtimes ->
  Dan Ruddock (Family Hub) -> Thursdays at 3.30pm from 26/02/2026

- The signed swap forms to go back to Jessenthorpe Homes -> - -> by
  27/02/2026 -> copy on the file

- The family group conference referral is on hold until the case
  transfers; I'll pass it to the Hollinsford social worker to make -> me
  -> within 5 working days of the transfer-in conference -> confirmation
  e-mail from Hollinsford's FGC service on the file

- Send Hollinsford the full file, the chronology and this plan -> me ->
  by 06/03/2026 -> their receipt e-mail on the file

IF THINGS GO WRONG

- If Kerry-Ann has been drinking while she is looking after the children
  (a positive breath test, or Ruby rings someone on her safety card):
  Ruby rings Tracey, or 999 if she can't wake Mum. Tracey collects the
  children that evening and they stay with her, and I (or the Emergency
  Duty Team out of hours) hold a strategy discussion the same day.
- If Tracey can't have them (she is away or ill), I or the Emergency Duty
  Team will place the children with emergency foster carers that night.
- If there are two positive breath tests in any month, or another 999
  call, I will ask Mike for a legal planning meeting within 5 working days,
  and tell Hollinsford so that it is not lost in the move.

NEXT MEETINGS

- Core group 3: Thursday 05/03/2026, 3.30pm at Jessenthorpe Park Primary
  (our last one before the move). After that, core groups every 4 weeks
  in Hollinsford.
- The review conference that was due on 09/04/2026 will now be the
  transfer-in conference in Hollinsford. Hollinsford are booking it, date
  tbc - I'll let you all know as soon as I hear.

Thanks again, all.

Leanne

--
Leanne Ward
Social Worker | Children and Families Team (South)
Jessenthorpe Borough Council | Civic Centre | Jessenthorpe JS1 2AA
Tel 01632 960418 | Mob 07700 900772
Working days Monday to Thursday

This e-mail and any attachments are confidential and may contain
OFFICIAL-SENSITIVE information. If you have received it in error, please
tell the sender and delete it.
""",
    "findings": [
        F("M002", "Drop-in sessions for Ruby about her sleep and her worries"),
        F("T002", "Young carers assessment for Ruby, looking at what she does"),
        F("M001", "Weekly sessions with Kerry-Ann on a routine for meals"),
        F("W001", "The signed swap forms to go back to Jessenthorpe Homes"),
        F("X001", "family group conference referral is on hold until the case"),
        F("R001"),
    ],
})
