"""Batch 213, module c: seven fictional plans (held-out material), places beginning with "c".

Batch: 213. Letter: c. Split: heldout (every plan).

Everything here is made up: children, families, professionals, schools,
nurseries, hospitals, surgeries, services, case-management systems, streets
and councils (Carrickfell, Chessingmoor, Cwmllanerch, Cobsworth,
Culvenbridge, Crowthwick, Cradhope, Crinsley and the others). Any
resemblance to real people, places or cases is a coincidence. The labels
were written by hand from docs/rules.md and the conventions in
sample_plans/README.md (conventions 1 to 13), without running planlint or
reading its code.

Focus: good plans written in unusual ways, in every part. Five of the seven
plans are exemplary, each written the way a particular council, service or
worker writes: outcomes as the child's hoped-for day, "By the review ..."
sentences, goals in the family's words, a "So that ..." column and an
outcome per worry; owners as "I" in a signed letter, lead-ins over lists,
initials in a key, relatives introduced once, roles and teams, the agents
of passive sentences; times as events, meetings, school terms, the baby's
age in weeks, recurrences, start dates and stages; checks as someone
telling, sending, showing or seeing something, records kept and shared,
test results and the child's own account to a named worker; the child's
voice as a drawing described in a box, a baby's cues as her carers see
them, a young person's own words, children's accounts in minutes and a
toddler's day; contingencies as paragraphs, "If / Then" tables with a
"Plan B" for each arrangement, bilingual "If ... then ..." lines and a
table; review arrangements in a closing paragraph, a page footer and
header box, a table and a minutes' header. The two plans that are not
exemplary hold a handful of realistic faults each, across the harder rules
as well as the easy ones. Where a time, owner or check was borderline the
writer rewrote it so that it sits clearly on one side.

1. Carrickfell (docx, exemplary): the social worker's signed plan letter to
   a mother with depression, for a 6-year-old and a 2-year-old (neglect):
   Poppy's drawing described in a box, "What we hope a day will look like"
   as the outcome, then "What will happen" as bullets under each person's
   lead-in ("I will:", "Ruth Oduya ... will:", "You have agreed that you
   will:", "Your dad, Trevor, has agreed that he will:"); the care
   coordinator reports on the mother's capacity to change; the contingency
   is paragraphs, the review arrangements a closing paragraph.
2. Chessingmoor (pdf, exemplary, header and footer): a case-system print
   for an 8-week-old baby (neglect, the father's daily cannabis use): a
   header box with the meetings, a key of initials, Maisie's day as her
   carers see her cues, needs with their outcomes and a task table under
   each timed by her age in weeks; the recovery service reports on the
   father's capacity to change; an "If / Then" table and a "Plan B" for
   each arrangement the family gives.
3. Cwmllanerch (md, exemplary): a bilingual Welsh and English plan for a
   14-year-old girl (her father's drinking, arguments at night, self-harm):
   her own words section, goals in the family's words, each goal opened by
   a "By the review ..." sentence, numbered actions with Pwy / Who, Pryd /
   When and Sut byddwn ni'n gwybod / How we'll know lines; the alcohol
   team reports on the father's progress; "Os ... / If ..." lines.
4. Cobsworth (txt, exemplary): core group minutes for a 9-year-old and a
   4-year-old after domestic abuse, next meetings in the minutes' header,
   the children's accounts to named workers, a numbered outline plan in
   two stages dated by the criminal trial, owners given as the agents of
   passive sentences and by initials from the attendance list.
5. Culvenbridge (docx, exemplary, landscape): a grid for a toddler and a
   baby whose mother has bipolar disorder: an outcome per worry as a "What
   will be different" row, a "So that ..." column merged down, a toddler's
   day, the perinatal team's capacity report, a contingency table and a
   review table.
6. Crowthwick (pdf, header and footer): initial conference plan for an
   11-year-old young carer and his 3-year-old sister (neglect, the mother's
   depression and anxiety, the grandparents helping) in lettered sections
   and a Ref / Action required / Lead professional / Timescale / Measure of
   success table. Faults: the care coordinator's visits only support and
   treat the mother, measured by attendance (H001); the family support
   worker's sessions measured by "Improvement in home conditions and
   routines" (M002); a young carers' assessment "when a worker becomes
   available" (T002); "Family network" keeping the girl's father away
   (W002); an outcome about the mother only (F002); a contingency that
   sends the children to the grandparents with no word of what happens if
   their help fails (C003).
7. Cradhope (md): first review conference plan for a 7-year-old and a
   5-year-old (neglect, the mother's weekend cocaine use) a month before
   the family moves to Crinsley, in a What needs to happen / Who / By when
   / Evidence table. Faults: the parenting assessment paused and handed to
   Crinsley's social worker after the transfer-in conference (X001); the
   boy's dental treatment with no time (T001); the family support worker's
   sessions with "-" for evidence (M001); no adult service owning any
   action (F004); a contingency that only says the core group will meet to
   discuss further concerns (C002); no legal planning (R002); and the
   review conference left to Crinsley with no date (R001).

Plans 1 to 5 are exemplary: every action has a named owner (by lead-in,
key, first name after a who's who, the agent of a passive, "I" in the
signed letter or "you" said to the named mother), a real timescale and
something that can be seen, counted, read or told; every outcome, goal,
"What will be different" row and "So that ..." cell is about the
children; each records the child's words or observed day; each
contingency has specific triggers and protective responses, says what
happens if a relative's help fails and asks for a legal planning meeting
after named triggers; each gives core group dates or rhythm and a dated
review conference; where a parent is ill or uses alcohol or drugs an
adult service owns an action, and any adult mental health service is
asked for its view of the parent's capacity to change and how long it
may take. Plans 6 and 7 hold 13 expected findings between them (6 and 7).

Counting convention used for "actions" (README convention 1): each bullet
under a lead-in in the letter's "What will happen", each task row of the
case print's task tables, each numbered action of the bilingual plan and
of the minutes' outline, and each row of an action table counts once,
whatever number of sentences it holds. Letterheads, who's who lists and
keys, the children's words, drawings and days, worries, what is going
well, outcomes, agency updates in minutes, contingency tables and lines,
"Plan B" tables and meeting dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. The social worker's signed plan letter to a mother with depression:
#    a drawing in a box, a hoped-for day, bullets under lead-ins ("I will:"),
#    contingency paragraphs, review in a closing paragraph. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b213_carrickfell_signed_plan_letter_lead_ins_drawing_box_hallam.docx",
    "doc_title": "Poppy and Jacob's child protection plan - letter to Leanne Hallam",
    "split": "heldout",
    "actions": 14,
    "template": "plan-letter-docx-signed-by-social-worker-i-is-the-writer-letterhead-why-there-is-a-plan-poppys-drawing-and-words-in-a-one-cell-box-jacobs-days-seen-at-visits-what-we-hope-a-day-will-look-like-as-outcome-then-what-will-happen-bullets-under-each-persons-lead-in-i-will-care-coordinator-will-you-have-agreed-your-dad-has-agreed-then-contingency-paragraphs-closing-paragraph-with-meetings-signature-copies",
    "description": (
        "Exemplary plan letter from the social worker to a mother with depression, after the initial "
        "conference for her 6-year-old daughter and 2-year-old son (neglect: late and hungry at school, "
        "the boy's weight falling, the girl making breakfast). The outcome is the day the plan hopes the "
        "children will have by the summer. Under 'What will happen' each person's part is a lead-in "
        "('I will:' over the social worker's bullets, the care coordinator, the head teacher, the health "
        "visitor, the family support worker, 'You have agreed that you will:' and the grandfather's part), "
        "each bullet timed by a rhythm, a start date or the school week and checked by something someone "
        "sends, shows or sees. The care coordinator writes before each core group on the mother's capacity "
        "to change and how long it may take. The contingency paragraphs cover a missed school morning, the "
        "mother not coping, the grandfather's help failing and a legal planning meeting after named "
        "triggers; the closing paragraph gives core group dates and the review conference."
    ),
    "blocks": [
        ("pr", "Carrickfell Council"),
        ("pr", "Children's Services - Carrickfell Family Safeguarding Team"),
        ("pr", "Civic Offices, Castle Street, Carrickfell CK1 2AB"),
        ("pr", "Telephone 01632 960412"),
        ("pr", "22 January 2026"),
        ("p", ""),
        ("pl", "Ms Leanne Hallam"),
        ("pl", "14 Cowslip Walk"),
        ("pl", "Carrickfell CK4 7RT"),
        ("p", ""),
        ("p", "Our reference: CP/26/0031 - Poppy Hallam (born 12/05/2019) and Jacob Hallam (born 03/11/2023)"),
        ("p", "Dear Leanne,"),
        ("p", "Thank you for coming to Poppy and Jacob's initial child protection conference on Tuesday 20 "
              "January 2026, and for bringing your dad. The conference decided that both children need a "
              "child protection plan under the category of neglect. You told the chair, Mark Bellamy, that "
              "forms make you panic and that you would rather have the plan in a letter from me, so this "
              "letter is the children's plan. Mark has agreed it as the plan, and everyone named in it has a "
              "copy. Where I write \"I\" or \"me\", it means me, Hannah Kirkby, the children's social worker."),
        ("h2", "Why Poppy and Jacob have a plan"),
        ("p", "Poppy was late for school 23 times last term and her attendance was 88%. On four mornings she "
              "arrived without breakfast, and she told her teacher that she makes Jacob's breakfast because "
              "\"Mummy can't get up\". Jacob's weight has dropped from the 50th to the 25th centile line in his "
              "red book since the summer. When I visited on 8 January there were dirty nappies on the landing "
              "and black mould in the children's bedroom. You told me you have had depression since Jacob was "
              "born, that you stopped your tablets in October and started them again in December, and that "
              "most mornings you \"can't face the day\" until after ten. The children's father lives abroad "
              "and has had no contact with them since 2023; I have written to him separately about the plan."),
        ("h2", "What is going well"),
        ("bullets", [
            "Poppy and Jacob love you, and it shows: Jacob runs to you when he is upset, and Poppy told me "
            "you do \"the best voices\" at story time.",
            "You have started your sertraline again and you went to see your care coordinator, Ruth, on 15 "
            "January.",
            "Your dad, Trevor, has offered to do the school run twice a week and to have the children on "
            "Saturdays.",
            "You cleared the landing and washed the children's bedding before the conference.",
        ]),
        ("h2", "What Poppy told me, and what she drew"),
        ("p", "I saw Poppy on her own at school on 14 January and she drew me a picture of a morning at home. "
              "You said I could describe it here, so that everyone reading the plan sees what Poppy sees."),
        ("table", {
            "rows": [[
                "Poppy's picture: the house is drawn with the top floor cut open. Mum is in bed upstairs under a "
                "big purple blanket with lots of Zs above her. Poppy is in the kitchen standing on a chair to "
                "reach the cereal box, and Jacob is in his high chair with a speech bubble that says "
                "\"Poppy!\". Outside there is a blue car with a sun over it. Poppy said, \"That's Grandad's "
                "car. That's Tuesday, Grandad's day. We're not late on Tuesdays.\"\n"
                "Poppy also said: \"I'm the big girl so I do the breakfast.\" \"I don't like being late, "
                "everyone looks at me.\" \"I want Mummy to walk me to school like Ella's mummy does.\" She "
                "gave home 4 out of 10 on my smiley-face scale, and Grandad's flat 9 out of 10."
            ]],
            "widths": [17.0],
        }),
        ("h2", "What Jacob's days are like"),
        ("p", "Jacob is two and has about ten words. At my visits on 8 and 16 January he was still in his "
              "pyjamas at 11am, and on the first visit his nappy was very full. He ate a whole banana and a "
              "yoghurt in a few minutes, and he brought me his shoes so that we could go out. He laughs when "
              "Poppy comes home from school and follows her everywhere; when you lay on the sofa he played on "
              "his own with the same two cars for the hour I was there and did not come to you."),
        ("h2", "What we hope a day will look like for Poppy and Jacob by the summer"),
        ("p", "Poppy wakes up to you or Grandad already up. She has breakfast at the table and gets to school "
              "by 8.50am with her book bag, and with her PE kit on Wednesdays; she never has to make Jacob's "
              "breakfast or find her own uniform. Jacob is dressed and fed by 8.30am, goes to nursery or to "
              "the toddler group at the hub, keeps gaining weight along his line in the red book and learns "
              "new words every week. After school Poppy plays, reads with you and goes to Brownies on "
              "Thursdays. At bedtime both children have a bath and a story, and they sleep in a clean, dry "
              "bedroom with no mould. Poppy gives home at least 7 out of 10 on my smiley-face scale."),
        ("h2", "What will happen"),
        ("p", "Each person's part is under their name. Every point says when it will happen and how we will "
              "all know that it has."),
        ("boldp", "I will:"),
        ("bullets", [
            "Visit you, Poppy and Jacob at home every week until the review conference, and at least one "
            "visit in three will be at 8am on a school day. I will see Poppy on her own each time and write "
            "up what she tells me within two working days, and you will get a copy of each visit record.",
            "Meet Poppy at school every Thursday afternoon in term time from 29 January 2026, six sessions "
            "in all, to make her \"Worries and Wishes\" book with her. The finished book will be on Poppy's "
            "file by 20 March 2026, and Poppy has asked to show it to you herself.",
            "Apply for Jacob's funded two-year-old place at Carrickfell Children's Centre Nursery by 6 "
            "February 2026, so that he can start after the February half term. The nursery's offer letter, "
            "with his start date, will be copied to you and to Gemma.",
        ]),
        ("boldp", "Ruth Oduya, your care coordinator at the Carrickfell Community Mental Health Team, will:"),
        ("bullets", [
            "See you every two weeks to review your care plan and your medication with you, and write to me "
            "before each core group saying how your mood is affecting the children's mornings, what needs "
            "to change and how long that change is likely to take. Ruth will go through each letter with "
            "you before it is shared with the core group.",
        ]),
        ("boldp", "Mrs Denise Pryor, head teacher and designated safeguarding lead at Carrickfell Park Primary "
                  "School, will:"),
        ("bullets", [
            "Ring you by 9.15am on any day Poppy is not in school and no one has rung in, and e-mail me "
            "Poppy's attendance and late marks every Friday.",
            "Ask Miss Abby Carr, the learning mentor, to check in with Poppy every Monday morning before "
            "registration. Miss Carr will note what Poppy says on the school's safeguarding record and send "
            "me a summary every two weeks.",
        ]),
        ("boldp", "Gemma Stott, your health visitor, will:"),
        ("bullets", [
            "Weigh and measure Jacob at home every two weeks until the review conference, plot his weight in "
            "his red book and text me the weight the same day.",
            "Do Jacob's two-year review with you, including the ASQ-3 questionnaire, by 27 February 2026, "
            "and send me the scores with her plan for any area where he is behind.",
        ]),
        ("boldp", "Karen Iqbal, family support worker at Carrickfell North Family Hub, will:"),
        ("bullets", [
            "Come to your home at 7.45am every Tuesday and Friday for eight weeks from 27 January 2026 to help "
            "you build a morning routine for the children. You and Karen will fill in the morning chart "
            "together, and Karen will bring it to each core group.",
        ]),
        ("boldp", "You have agreed that you will:"),
        ("bullets", [
            "Take your sertraline every morning, and go to your medication review with Dr Nadia Shah at "
            "Carrickfell Health Centre by 13 February 2026, so that you are up and able to get the children "
            "ready. With your agreement Dr Shah will send me a copy of her review note.",
            "Have Poppy at school by 8.50am every school day and Jacob dressed and fed by 8.30am. Mrs Pryor's "
            "Friday attendance e-mail will show Poppy's times, and I will see the mornings for myself on my "
            "early visits.",
            "Go to the Confident Toddlers group with Jacob every Wednesday at 10am at Carrickfell North Family "
            "Hub for eight weeks from 28 January 2026. The hub's register will show that you and Jacob were "
            "there, and Karen will ask you what you tried at home.",
        ]),
        ("boldp", "Your dad, Trevor Hallam, has agreed that he will:"),
        ("bullets", [
            "Take Poppy to school and collect her at 3.15pm on Tuesdays and Thursdays, from 27 January 2026 "
            "until the review conference. Poppy's arrival times will be in Mrs Pryor's Friday e-mail, and "
            "Trevor will text me each Sunday to say how the week went.",
            "Have Poppy and Jacob at his flat on Cedar Grove every Saturday from 12 noon to 6pm, so that you "
            "can rest. Trevor will tell me at my weekly visit what the children did and ate, and Poppy can "
            "tell me too.",
        ]),
        ("h2", "If things go wrong"),
        ("p", "If Poppy is not in school by 9.30am and Mrs Pryor cannot reach you, she will ring me, and I or "
              "the duty social worker will come to the house that morning to see both children."),
        ("p", "If you tell Ruth or me that you cannot cope, or I find that you cannot get up to care for the "
              "children, Ruth will see you within 24 hours (the Carrickfell Crisis Team will see you if it is "
              "out of hours), and Poppy and Jacob will stay with your dad until Ruth and I agree that you are "
              "well enough to care for them again."),
        ("p", "If your dad is ill or cannot do the school run, Karen will take Poppy to school on those days. "
              "If the children need somewhere to stay and your dad cannot have them, they will stay together "
              "with approved foster carers until it is safe for them to come home; I will talk to you first "
              "unless there is no time to."),
        ("p", "If, by the core group on 31 March 2026, Poppy is still late more than twice a week, or Jacob's "
              "weight has fallen below the 9th centile line in his red book, my manager, Alan Frere, will hold "
              "a legal planning meeting within 10 working days to decide whether to start the pre-proceedings "
              "stage of the Public Law Outline. You would be told in writing, and you could bring a solicitor "
              "to the meeting that would follow."),
        ("h2", "Meetings"),
        ("p", "The core group (you, your dad, Ruth, Gemma, Mrs Pryor, Karen and me) will meet every four weeks "
              "at Carrickfell North Family Hub at 1.30pm, on 3 February, 3 March and 31 March 2026, and will go "
              "through this letter point by point. The review child protection conference will be on Tuesday "
              "14 April 2026 at 10am at the Civic Offices, with Mark Bellamy in the chair. If anything in this "
              "letter is not clear, please ring me; I would rather you asked than worried."),
        ("p", "Yours sincerely,"),
        ("p", ""),
        ("pl", "Hannah Kirkby"),
        ("pl", "Social Worker, Carrickfell Family Safeguarding Team"),
        ("pl", "Team manager: Alan Frere"),
        ("p", ""),
        ("p", "Copies to: Trevor Hallam; Ruth Oduya (Carrickfell Community Mental Health Team); Mrs Denise "
              "Pryor (Carrickfell Park Primary School); Gemma Stott (health visitor); Karen Iqbal (Carrickfell "
              "North Family Hub); Dr Nadia Shah (Carrickfell Health Centre); Mark Bellamy (conference chair)."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. A case-system print for an 8-week-old baby: header box with meetings,
#    key of initials, Maisie's cues as her carers see them, needs with
#    outcomes and task tables timed by her age, If / Then table and a Plan B
#    for each family arrangement. Exemplary (pdf, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b213_chessingmoor_clarion_print_key_initials_plan_b_arkwright.pdf",
    "doc_title": "Clarion case print - Child protection plan - Maisie Arkwright",
    "split": "heldout",
    "actions": 13,
    "font_size": 9.5,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Chessingmoor Council · Clarion case print · Maisie Arkwright (ID 4471920)",
    "footer": "Printed 16/01/2026 by T Osei · Core group every 4 weeks from 27/01/2026 · Review conference 07/04/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "case-system-print-pdf-page-header-and-footer-with-meeting-dates-plan-header-box-key-of-initials-then-household-parents-views-maisies-day-as-her-carers-see-her-cues-then-need-banner-with-outcome-line-and-task-ref-task-owner-initials-when-by-maisies-age-evidence-recorded-table-per-need-then-if-then-table-and-plan-b-per-family-arrangement-table",
    "description": (
        "Exemplary child protection plan printed from an invented case-management system for an 8-week-old "
        "girl born at 36 weeks (neglect): her father smokes cannabis daily, she was found asleep on the "
        "sofa with him, and her 19-year-old mother is a care leaver with little support. A header box and "
        "the page footer give the core group rhythm and the review conference; owners are initials "
        "explained in a key (the social worker, health visitor, GP, recovery worker, family support "
        "worker, housing officer, both parents, the maternal grandmother and the paternal aunt). Maisie's "
        "voice is her day as her carers see her cues. Each need has its outcome for Maisie and a task "
        "table timed by her age in weeks, rhythms and dates, with evidence as weights in the red book, "
        "test results sent, charts seen and reports shared. The recovery service reports on the father's "
        "capacity to change and its likely timescale. The contingency is an If / Then table with a legal "
        "planning meeting after named triggers, and a Plan B for each arrangement the family gives."
    ),
    "blocks": [
        ("p", "CLARION · Children's Case Management · Chessingmoor Council"),
        ("title", "Child Protection Plan (print)"),
        ("table", {
            "rows": [
                ["Child", "Maisie Arkwright · born 20/11/2025 at 36 weeks · 8 weeks old at conference · ID 4471920"],
                ["Plan status", "Live · category: neglect · start date 13/01/2026 (initial child protection conference)"],
                ["Chair", "Priya Lakhani, child protection chair, Chessingmoor Safeguarding Unit"],
                ["Core group", "Every 4 weeks, Tuesdays 2pm, Chessingmoor Family Hub: 27/01/2026, 24/02/2026, 24/03/2026"],
                ["Review conference", "Tuesday 07/04/2026, 10am, Chessingmoor Civic Centre, Room 3"],
                ["Allocated worker", "Tendai Osei, social worker, Infant and Family Team (team manager Sarah Bell)"],
            ],
            "widths": [3.6, 13.4],
            "bold_first_col": True,
        }),
        ("h2", "Key to owners"),
        ("p", "Owners in the task tables are shown by the initials or role codes below."),
        ("table", {
            "header": ["Code", "Name and role"],
            "rows": [
                ["TO", "Tendai Osei, social worker, Chessingmoor Children's Services (Infant and Family Team)"],
                ["SB", "Sarah Bell, team manager, Infant and Family Team"],
                ["HV", "Rachel Unwin, health visitor, Chessingmoor 0-19 Service"],
                ["GP", "Dr Owen Pike, Chessingmoor Medical Practice"],
                ["RW", "Liam Fenwick, recovery worker, Chessingmoor Recovery Service"],
                ["FSW", "Aisha Rahman, family support worker, Chessingmoor Family Hub"],
                ["HO", "Marcus Reid, housing officer, Chessingmoor Homes"],
                ["CA", "Chloe Arkwright, Maisie's mum"],
                ["JT", "Jordan Tait, Maisie's dad"],
                ["JA", "Julie Arkwright, Maisie's nana (Chloe's mum), 9 Chantry Close, Chessingmoor"],
                ["KT", "Kelly Tait, Maisie's auntie (Jordan's sister), 31 Cobden Street, Chessingmoor"],
            ],
            "widths": [2.0, 15.0],
        }),
        ("h2", "Household"),
        ("p", "Flat 3, 18 Coopers Row, Chessingmoor CH6 2LW: Maisie, Chloe (19) and Jordan (22). Chloe left "
              "foster care at 18 and has lived in the flat since March 2025; Jordan moved in when Maisie was "
              "born. The flat is on the first floor and the back bedroom has black mould and a window that "
              "does not shut."),
        ("h2", "Reason for the plan"),
        ("p", "Maisie was born at 36 weeks weighing 2.3kg and came home from Chessingmoor General Hospital on "
              "27/11/2025. On 31/12/2025 the health visitor arrived at 11am to find Maisie asleep on the sofa "
              "on Jordan's chest while he was asleep, with a strong smell of cannabis in the living room. "
              "Chloe was asleep in the bedroom. Jordan told the conference he smokes \"four or five joints a "
              "day, to chill\", and that he has smoked since he was 14. Maisie's weight has stayed on the 9th "
              "centile line but has not climbed towards it from below as the paediatrician hoped. Police "
              "attended the flat on 19/12/2025 after neighbours heard shouting; no one was hurt and no one was "
              "arrested."),
        ("h2", "Parents' views"),
        ("p", "Chloe: \"I know I'm young and I didn't have a mum for a lot of it, but I love her and I want to "
              "get it right. I want Jordan to stop the weed, I've told him.\" Jordan: \"I've cut down already, "
              "I only smoke outside now. I'll do the tests, I've got nothing to hide. I want to be a proper dad "
              "to her.\""),
        ("h2", "Maisie's day, as the people who care for her see it"),
        ("p", "Chloe says that when Maisie is hungry she \"does a little fish mouth and sucks her fist\"; "
              "Rachel (HV) has watched Chloe spot this and start the feed before Maisie cries. When Maisie has "
              "had enough she turns her head away and goes stiff, and Julie says she is \"a windy girl\" who "
              "settles best upright on a shoulder. At Tendai's visit on 08/01/2026 Maisie startled and cried "
              "when the door banged and Jordan raised his voice, and she settled only when Chloe held her skin "
              "to skin. She follows faces with her eyes, and on 12/01/2026 she smiled at Chloe for the first "
              "time while having her nappy changed. Julie says Maisie sleeps for three hours after her 2am "
              "feed when she is in her Moses basket in a quiet room, and wakes every hour when the television "
              "is on."),
        ("h2", "Needs, outcomes and tasks"),
        ("p", "Each need shows the outcome for Maisie and the tasks under it. Ages are Maisie's age: she is 12 "
              "weeks old on 12/02/2026 and 16 weeks old on 12/03/2026."),
        ("table", {
            "header": ["Ref", "Task", "Owner", "When", "Evidence recorded"],
            "widths": [1.7, 5.4, 1.9, 3.8, 4.2],
            "rows": [
                ["Need 1", "Maisie is fed well and grows. Outcome: by the review conference Maisie's weight "
                           "is on or above the 9th centile line at every weigh, and she feeds calmly with an "
                           "adult who reads her cues.", H, H, H],
                ["1.1", "Weigh Maisie at home and plot her weight in her red book", "HV",
                 "Every week until Maisie is 16 weeks old, then every two weeks until the review conference",
                 "Weight in the red book; HV e-mails the weight to TO the same day"],
                ["1.2", "Write the time, amount and who fed her on the feeding chart at every feed", "CA",
                 "Every feed, from 14/01/2026",
                 "Chart seen and signed by HV and TO at each visit"],
                ["1.3", "Maisie's 8-week check, and her immunisations at 8, 12 and 16 weeks", "GP",
                 "8-week check by 23/01/2026; immunisations at 8, 12 and 16 weeks of age",
                 "Practice e-mails TO and HV after each appointment"],
                ["Need 2", "Maisie is cared for by adults who are sober and awake. Outcome: every adult who "
                           "looks after Maisie is free of cannabis while caring for her, and she is never left "
                           "with someone who is asleep or under the influence.", H, H, H],
                ["2.1", "Go to a recovery session and give an oral fluid test at each session", "JT",
                 "Every Thursday from 15/01/2026",
                 "RW sends the test results to TO every Friday"],
                ["2.2", "Assess Jordan's cannabis use and report on his capacity to stop, the steps he "
                        "needs and how long change is likely to take, given Maisie's age", "RW",
                 "Report by 27/02/2026; update by 24/03/2026",
                 "Written reports to TO, shared with Jordan and the core group"],
                ["2.3", "Not care for Maisie on his own, and not smoke anything in the flat or the car, until "
                        "three tests in a row are negative and the core group agrees", "JT",
                 "Every day from 13/01/2026 until the core group agrees",
                 "No smell of cannabis at TO's and HV's unannounced visits, recorded on visit notes; Chloe "
                 "and Julie tell TO at each visit who has cared for Maisie"],
                ["Need 3", "Maisie sleeps safely and has a calm, predictable day. Outcome: Maisie sleeps on "
                           "her back in her own Moses basket for every sleep, and her cues are answered by a "
                           "rested adult.", H, H, H],
                ["3.1", "Check where Maisie sleeps, and go through the safe sleep checklist with Chloe and "
                        "Jordan", "HV",
                 "At every weigh visit (task 1.1)",
                 "Safe sleep checklist on HV's record, copied to TO monthly"],
                ["3.2", "Stay at the flat and do the 2am feed so that Chloe can sleep", "JA",
                 "Every Friday and Saturday night until Maisie is 12 weeks old",
                 "JA's initials against the night feeds on the feeding chart, seen by TO"],
                ["3.3", "Take Chloe and Maisie to the Bumps and Babies group at Chessingmoor Family Hub", "KT",
                 "Every Tuesday at 10am for 10 weeks from 20/01/2026",
                 "Group register; KT texts TO after each group"],
                ["3.4", "Visit Maisie at home, at least one visit in three unannounced, and see her awake "
                        "and being handled", "TO",
                 "Every week until the review conference",
                 "Visit notes on Clarion within 2 working days, with what Maisie did and how she was"],
                ["3.5", "Eight Baby Steps sessions at home with Chloe and Jordan on feeding cues, soothing "
                        "and safe sleep", "FSW",
                 "Every Wednesday from 21/01/2026 to 11/03/2026",
                 "Session notes to TO; Chloe's cue diary brought to each core group"],
                ["3.6", "Parenting assessment of Chloe and Jordan, with Maisie's needs at its centre", "TO",
                 "Report by 13/03/2026",
                 "Report shared with Chloe, Jordan and the core group before the review conference"],
                ["Need 4", "Maisie lives in a warm, dry home. Outcome: Maisie's room has no mould and a window "
                           "that shuts before she moves into it.", H, H, H],
                ["4.1", "Treat the mould in the back bedroom and repair the window", "HO",
                 "By 20/02/2026",
                 "Completion sheet e-mailed to TO; TO sees the bedroom at the next visit"],
            ],
            "band_fill": "E2EFDA",
        }),
        ("h2", "Contingency: If / Then"),
        ("table", {
            "header": ["If", "Then"],
            "widths": [6.5, 10.5],
            "rows": [
                ["Maisie is found in Jordan's sole care, or any adult caring for her is asleep with her on a "
                 "sofa or under the influence of cannabis or alcohol",
                 "TO (or the Emergency Duty Team out of hours) holds a strategy discussion the same day. Maisie "
                 "and Chloe go to stay with Julie at 9 Chantry Close that day; if that is not possible, Maisie "
                 "is placed with Chessingmoor foster carers that day."],
                ["Maisie's weight falls below the 2nd centile, or she misses two weighs in a row",
                 "HV rings TO the same day; HV and TO visit together that day, and the GP sees Maisie within 24 "
                 "hours."],
                ["Jordan misses two recovery sessions in a row, or a test is positive after 16/02/2026",
                 "RW tells TO the same day. Jordan stays at Kelly's on Cobden Street from that night until RW "
                 "and TO agree he can return, and TO visits Maisie the next morning."],
                ["By the core group on 24/03/2026 Jordan's tests are not negative, or the parenting assessment "
                 "finds that Maisie's needs are not being met",
                 "SB holds a legal planning meeting within 5 working days to decide whether to start the "
                 "pre-proceedings stage of the Public Law Outline."],
            ],
        }),
        ("h2", "Plan B for each family arrangement"),
        ("table", {
            "header": ["Arrangement", "Plan B if it cannot happen"],
            "widths": [6.5, 10.5],
            "rows": [
                ["Julie stays on Friday and Saturday nights (task 3.2)",
                 "Kelly stays instead that night. If neither can, Jordan sleeps at Kelly's that night, Chloe "
                 "does the feeds, and TO visits the next morning to see Maisie and Chloe."],
                ["Kelly takes Chloe and Maisie to Bumps and Babies (task 3.3)",
                 "FSW collects Chloe and Maisie at 9.40am and takes them herself."],
                ["Maisie and Chloe stay with Julie if the flat is not safe",
                 "If Julie cannot have them, Maisie is placed with Chessingmoor foster carers the same day, "
                 "with Chloe able to visit every day."],
            ],
        }),
        ("p", "Agreed at the initial child protection conference, 13/01/2026. Distribution: Chloe Arkwright, "
              "Jordan Tait, Julie Arkwright, Kelly Tait and every agency in the key. End of print."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. A bilingual Welsh and English plan for a 14-year-old: her own words,
#    goals in the family's words opened by "By the review ..." sentences,
#    numbered actions with Pwy / Who, Pryd / When, Sut byddwn ni'n gwybod /
#    How we'll know lines, "Os ... / If ..." lines. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b213_cwmllanerch_bilingual_goals_in_family_words_pritchard.md",
    "split": "heldout",
    "actions": 12,
    "template": "bilingual-welsh-english-cp-plan-md-every-heading-and-field-label-welsh-then-english-details-table-whos-who-why-going-well-yn-fy-ngeiriau-fy-hun-young-persons-own-words-then-goals-in-the-family-members-own-words-each-opened-by-erbyn-yr-adolygiad-by-the-review-sentence-with-numbered-actions-and-pwy-who-pryd-when-sut-byddwn-nin-gwybod-how-well-know-lines-then-os-if-lines-and-cyfarfodydd-meetings-table",
    "description": (
        "Exemplary bilingual (Welsh and English) child protection plan for a 14-year-old girl (emotional "
        "abuse): her father drinks heavily and there are arguments at night, police have been called twice, "
        "and she has started to self-harm and to stay out at the park. Every heading and field label is in "
        "Welsh then English. Her own words are a section she wrote with her youth worker. The goals are "
        "said in the words of the girl, her mother and her father, each about her, and each goal opens "
        "with a 'By the review ...' sentence; numbered actions under each goal have Who / When / How we'll "
        "know lines, with owners introduced once in a who's who and named after by first name. The "
        "community drug and alcohol team reports on the father's progress and how long more change may "
        "take; CAMHS, the school, the police, the youth service and the grandmother have parts. The "
        "'If ...' lines cover drinking at home, police call-outs, self-harm, the grandmother being unable "
        "to have her, and a legal planning meeting after named triggers; the meetings are a table."
    ),
    "text": """\
# Cyngor Sir Cwmllanerch · Cwmllanerch County Council

## Cynllun Amddiffyn Plant Cerys · Cerys's Child Protection Plan

Mae'r cynllun hwn yn ddwyieithog. / This plan is bilingual. Cerys asked for it in both languages: she
speaks Welsh at school and with Nain, and English at home with Mam and Dad.

Gwasanaethau Plant / Children's Services · Tîm Diogelu Plant / Child Protection Team

| Manylion / Details | |
|---|---|
| Enw / Name | Cerys Pritchard, ganwyd / born 02/06/2011 (14) |
| Ysgol / School | Ysgol Uwchradd Cwmllanerch / Cwmllanerch High School, Blwyddyn 9 / Year 9 |
| Cartref / Home | 7 Cae Coed, Cwmllanerch CL4 3NP, with Mam (Siân) and Dad (Gareth) |
| Categori / Category | Cam-drin emosiynol / Emotional abuse |
| Cynhadledd gychwynnol / Initial conference | Dydd Mercher / Wednesday 14/01/2026 |
| Cadeirydd / Chair | Gwyn Roberts, cadeirydd annibynnol / independent chair |

### Pwy yw pwy / Who's who

- **Siân Pritchard** - Mam / Mum (41), care assistant on nights at Cwrt Celyn care home
- **Gareth Pritchard** - Dad (44), bus driver, off sick since November
- **Nain Eirlys** - Eirlys Morgan, Siân's mum, 22 Ffordd y Capel / Chapel Road, Cwmllanerch
- **Rhian Lloyd** - gweithiwr cymdeithasol / social worker, Cwmllanerch Children's Services
- **Bethan Howells** - rheolwr tîm / team manager (Rhian's manager)
- **Dafydd Price** - alcohol worker, Cwmllanerch Community Drug and Alcohol Team (CDAT)
- **Lowri Evans** - CAMHS nurse, Cwmllanerch CAMHS
- **Mr Huw Bevan** - head of Year 9 and designated safeguarding person, Cwmllanerch High School
- **Nerys Jenkins** - school counsellor, Cwmllanerch High School
- **Jess Thomas** - youth worker, Cwmllanerch Youth Service
- **PC Sara Hughes** - Cwmllanerch Police, Public Protection Unit

### Pam mae gennym ni gynllun / Why there is a plan

Gareth has drunk heavily since he was signed off work in November. Cerys and Siân say that on most
nights Siân is at work he drinks cans and then vodka, and that he shouts and bangs doors. On 06/12/2025
he broke Cerys's bedroom door when she would not come out, and police were called by a neighbour on
06/12/2025 and 02/01/2026. No one was hurt. Since December Cerys has been cutting her arms; Mr Bevan saw
the cuts in PE on 08/01/2026. She has twice stayed out at Cwmllanerch Park until after midnight, and on
02/01/2026 she was found there by police at 1am with older boys.

### Beth sy'n mynd yn dda / What is going well

- Cerys and Mam are close, and Cerys told Mam about the cutting herself the same evening Mr Bevan saw it.
- Gareth came to the conference sober and said, "I know it's the drink."
- Nain Eirlys lives five minutes away and Cerys loves staying with her.
- Cerys has been in school every day this term.

### Yn fy ngeiriau fy hun / In my own words

Cerys wrote this with Jess on 12/01/2026 and asked for it to go in the plan exactly as she wrote it.

> "Dw i'n caru Dad pan mae o'n sobor. / I love Dad when he's sober. He's funny and he takes me to
> netball. When he's been drinking he's like a different person and I hate it. I lie in bed with my
> headphones on so I can't hear him shouting at nothing. I didn't go to the park because of the boys,
> I went because it's quiet there. The cutting is so I can feel something else. I don't want to be taken
> away, I want it to stop. Nain's is the best place, nobody shouts at Nain's. If I could change one thing
> it would be that Dad stops drinking and we have tea together like before."

On Rhian's scale of 0 (very unsafe) to 10 (totally safe), Cerys put home at 3, Nain's at 10 and school
at 7.

## Beth mae'r teulu eisiau / What the family want for Cerys

Each goal is in the words of the person who said it at the conference, then what it will mean by the
review.

### Nod 1 / Goal 1 - Cerys: "Dw i eisiau cysgu drwy'r nos heb y gweiddi." / "I want to sleep through the night without the shouting."

Erbyn yr adolygiad / By the review on 08/04/2026, Cerys sleeps through most nights with no drinking or
shouting at home, and she puts home at 6 or more on Rhian's scale.

**1.1** Gareth will not drink alcohol in the house or come home after drinking.
- Pwy / Who: Gareth
- Pryd / When: every day from 15/01/2026
- Sut byddwn ni'n gwybod / How we'll know: Cerys tells Rhian, on her own at each visit, whether there has
  been drinking or shouting; Dafydd's breath test readings at each session (1.2)

**1.2** Dafydd will assess Gareth's drinking, see him every week for alcohol work, and write to Rhian
before each core group on whether Gareth is making the changes Cerys needs and how long more change is
likely to take.
- Pwy / Who: Dafydd Price (CDAT)
- Pryd / When: assessment by 28/01/2026; sessions every Tuesday from 03/02/2026; a letter before each
  core group
- Sut byddwn ni'n gwybod / How we'll know: Dafydd's assessment and letters, with breath test readings,
  on Rhian's file and read at each core group

**1.3** Rhian will visit Cerys at home and see her on her own, with one visit in every three on an
evening when Siân is at work.
- Pwy / Who: Rhian Lloyd (social worker)
- Pryd / When: every week until the review conference on 08/04/2026
- Sut byddwn ni'n gwybod / How we'll know: visit records written within two working days, with Cerys's
  own words and her score on the scale

**1.4** PC Hughes will put a marker on 7 Cae Coed so that any 999 call from the house is treated as
urgent, and will tell Rhian about any call to the house.
- Pwy / Who: PC Sara Hughes (Cwmllanerch Police)
- Pryd / When: marker by 21/01/2026; Rhian told by 9am on the next working day after any call
- Sut byddwn ni'n gwybod / How we'll know: e-mail confirming the marker; the police log number of any call
  sent to Rhian

**1.5** Nain Eirlys will have Cerys to stay on the nights Siân works.
- Pwy / Who: Nain Eirlys
- Pryd / When: every Thursday, Friday and Saturday night until the review conference
- Sut byddwn ni'n gwybod / How we'll know: Nain texts Siân when Cerys arrives; Cerys and Nain tell Rhian
  at each visit how the nights went

### Nod 2 / Goal 2 - Siân: "Dw i eisiau iddi hi ddweud wrtha i pan mae hi'n brifo, yn lle brifo ei hun." / "I want her to tell me when she's hurting, instead of hurting herself."

Erbyn yr adolygiad / By the review on 08/04/2026, Cerys has a safety plan she uses, has told a trusted
adult every time she felt like cutting, and has needed no hospital treatment for self-harm.

**2.1** Lowri will assess Cerys's self-harm and low mood, write her safety plan with her, and then see
her each week.
- Pwy / Who: Lowri Evans (CAMHS)
- Pryd / When: assessment by 30/01/2026; weekly sessions for ten weeks from 06/02/2026
- Sut byddwn ni'n gwybod / How we'll know: assessment summary and safety plan sent to Rhian and Siân,
  with Cerys's agreement; Cerys's mood questionnaire scores at the first and tenth sessions

**2.2** Nerys will meet Cerys at morning break, and Cerys can use her time-out card to go to Nerys at
any time.
- Pwy / Who: Nerys Jenkins (school counsellor), with Mr Bevan
- Pryd / When: every school day
- Sut byddwn ni'n gwybod / How we'll know: Mr Bevan e-mails Rhian every Friday with the check-ins, how
  Cerys was and any cuts seen or told

**2.3** Siân will go to the two "Understanding Self-Harm" evenings for parents at Cwmllanerch CAMHS, and
write her part into Cerys's safety plan with Cerys and Lowri.
- Pwy / Who: Siân
- Pryd / When: evenings on 03/02/2026 and 10/02/2026; her part written in by 24/02/2026
- Sut byddwn ni'n gwybod / How we'll know: Lowri confirms Siân came to both evenings; Siân's part is in
  the copy of the safety plan on Rhian's file

**2.4** Siân will keep blades, razors and all tablets in the locked box Rhian has given her.
- Pwy / Who: Siân
- Pryd / When: every day from 16/01/2026
- Sut byddwn ni'n gwybod / How we'll know: Rhian sees the locked box, and where the key is kept, at each
  visit

**2.5** Cerys will use the steps on her safety plan when she feels like cutting, and tell Nerys, Mam or
Nain that day.
- Pwy / Who: Cerys
- Pryd / When: every time she feels like cutting, from 30/01/2026
- Sut byddwn ni'n gwybod / How we'll know: Cerys goes through the week with Lowri at each session, and
  Lowri records how often Cerys used the plan and told someone

### Nod 3 / Goal 3 - Gareth: "Dw i eisiau i Cerys deimlo'n saff efo fi eto." / "I want Cerys to feel safe with me again."

Erbyn yr adolygiad / By the review on 08/04/2026, Cerys is back at netball with Dad taking her, and she
tells Rhian and Jess that she feels safe at home with him.

**3.1** Gareth will go to the Camau fathers' group at Cwmllanerch Family Centre, on how his drinking and
shouting affect Cerys.
- Pwy / Who: Gareth
- Pryd / When: every Monday at 6pm for ten weeks from 26/01/2026
- Sut byddwn ni'n gwybod / How we'll know: the group's attendance register and end-of-course report to
  Rhian

**3.2** Jess will meet Cerys after school and help her get back to the netball club at Canolfan Hamdden
Cwmllanerch / Cwmllanerch Leisure Centre.
- Pwy / Who: Jess Thomas (youth worker)
- Pryd / When: every Wednesday after school for eight weeks from 21/01/2026
- Sut byddwn ni'n gwybod / How we'll know: Jess's session records sent to Rhian every two weeks; the
  netball club register shows Cerys there

## Os bydd pethau'n mynd o chwith / If things go wrong

- **Os / If** Gareth has been drinking at home when Cerys is there: Cerys rings Mam or Nain and goes to
  Nain's that night; Siân tells Rhian the next morning, and Rhian visits that day.
- **Os / If** police are called to the house, or Gareth is violent or breaks things: the police attend,
  Rhian (or the Emergency Duty Team out of hours) holds a strategy discussion the same day, and Gareth
  leaves to stay with his brother in Cwmllanerch while Cerys stays at home with Mam or at Nain's.
- **Os / If** Cerys self-harms so that she needs treatment, or says she wants to end her life: Siân or
  Nain takes her to the emergency department at Ysbyty Cwmllanerch, the CAMHS crisis team sees her within
  24 hours, and Rhian is told the same day.
- **Os / If** Cerys is missing after 10pm: Siân rings the police on 101 (999 if she thinks Cerys is in
  danger), and Jess or Rhian does a return home talk with Cerys within 72 hours of her coming back.
- **Os / If** Nain is ill or cannot have Cerys on a night Siân works: Siân does not go to work that night
  (her manager at Cwrt Celyn has agreed); if neither is possible, Rhian or the Emergency Duty Team
  arranges for Cerys to stay with an emergency foster carer that night.
- **Os / If**, by the core group on 25/03/2026, Gareth is still drinking at home, or there has been
  another police call-out, Bethan Howells will hold a legal planning meeting within 10 working days to
  decide whether the pre-proceedings stage of the Public Law Outline should start.

## Cyfarfodydd / Meetings

| Cyfarfod / Meeting | Dyddiad / Date | Lle / Where |
|---|---|---|
| Grŵp craidd 1 / Core group 1 | Dydd Mercher / Wednesday 28/01/2026, 4pm | Cwmllanerch High School |
| Grŵp craidd 2 / Core group 2 | Dydd Mercher / Wednesday 25/02/2026, 4pm | Cwmllanerch High School |
| Grŵp craidd 3 / Core group 3 | Dydd Mercher / Wednesday 25/03/2026, 4pm | Cwmllanerch High School |
| Cynhadledd adolygu / Review child protection conference | Dydd Mercher / Wednesday 08/04/2026, 10am | Canolfan Ddinesig / Civic Centre, Cwmllanerch |

The core group meets every four weeks. Cerys can come to any part of any meeting, and Jess will help
her say what she wants to say.

Cytunwyd gan / Agreed by: Siân Pritchard, Gareth Pritchard, Cerys Pritchard, Rhian Lloyd, 14/01/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group minutes: next meetings in the header, the children's
#    accounts to named workers, agency updates, then a numbered outline plan
#    in two stages dated by the criminal trial, owners as the agents of
#    passive sentences and initials from the attendance list, the
#    contingency as a minuted paragraph. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b213_cobsworth_core_group_minutes_stages_by_trial_passive_agents_doyle.txt",
    "split": "heldout",
    "actions": 13,
    "template": "core-group-2-minutes-txt-caps-header-with-next-meetings-block-attendance-initials-list-numbered-minutes-childrens-accounts-to-named-workers-agency-updates-scaling-outcomes-then-item-7-outline-plan-7-1-stage-to-trial-7-2-stage-trial-to-review-7-3-throughout-numbered-items-passive-sentences-with-agent-initials-then-contingency-minuted-paragraph",
    "description": (
        "Exemplary core group 2 minutes for a 9-year-old boy and a 4-year-old girl after domestic abuse "
        "(their mother was assaulted in front of them by the younger child's father, who is on bail "
        "awaiting trial). The next core groups and the review conference are given in a block at the head "
        "of the minutes; owners are initials from the attendance list; the children's accounts to named "
        "workers (the boy to the social worker, the girl to the family support worker while playing) are "
        "minuted. Item 7 is the plan as an outline in stages: until the trial on a set date, from the trial "
        "to the review conference, and throughout; many items are passive sentences whose agent is named "
        "('will be made by NA by ...'), each with a check someone sends, records or sees. The contingency is "
        "a minuted paragraph covering bail breaches, an acquittal, the grandmother's school pick-ups "
        "failing, and a legal planning meeting after named triggers."
    ),
    "text": """\
COBSWORTH BOROUGH COUNCIL - CHILDREN'S SERVICES
Cobsworth Safeguarding and Family Support Team (East)

CORE GROUP MEETING 2 - MINUTES AND PLAN AS AGREED
Children:     Kian Doyle, born 14/09/2016 (9), Year 4, Cobsworth Meadows Primary School
              Ruby Sherratt-Doyle, born 27/05/2021 (4), Reception, Cobsworth Meadows Primary School
Address:      41 Cranbrook Road, Cobsworth CB3 9LE
Category:     Emotional abuse (both children), from the ICPC on 13/01/2026
Meeting:      Tuesday 17/02/2026, 1pm to 2.30pm, Cobsworth Family Hub (Carver Street)
Chair:        Nadia Ahmed, social worker

NEXT MEETINGS
  Core group 3 ..................... Tuesday 10/03/2026, 1pm, Cobsworth Family Hub
  Core group 4 ..................... Tuesday 31/03/2026, 1pm, Cobsworth Family Hub
  Review child protection conference  Wednesday 08/04/2026, 10am, Cobsworth Town Hall
  (The core group meets every three weeks until the review conference.)

--------------------------------------------------------------------------------
1. PRESENT AND APOLOGIES
--------------------------------------------------------------------------------
  NA  Nadia Ahmed, social worker, Cobsworth Children's Services
  DD  Danielle Doyle, the children's mum
  PD  Pauline Doyle, maternal grandmother (Nan)
  JW  Mrs Janet Wray, designated safeguarding lead, Cobsworth Meadows Primary School
  LM  Lisa Morton, IDVA, Cobsworth Domestic Abuse Service
  EF  DC Emma Firth, Cobsworth Police, Domestic Abuse Investigation Unit
  KB  Kelly Bright, school nurse, Cobsworth 0-19 Service
  AO  Andrew Okon, family support worker, Cobsworth Family Hub
  CM  Colin Marsh, team manager (for item 8 only)
  Apologies: Cobsworth Homes (tenancy officer) - update sent by e-mail, see 4.6.

--------------------------------------------------------------------------------
2. MINUTES OF CORE GROUP 1 (27/01/2026)
--------------------------------------------------------------------------------
  Agreed as accurate. All actions from core group 1 are covered in the updates
  at item 4 or carried into the plan at item 7.

--------------------------------------------------------------------------------
3. WHAT KIAN AND RUBY HAVE SAID
--------------------------------------------------------------------------------
  3.1 Kian was seen on his own by NA at school on 12/02/2026. He said: "I
      still think about the night Liam hit Mum. I was on the stairs. I
      should have rung the police quicker." He said he checks the front
      door is locked "about five times" before bed. He is happy that Nan
      picks him up on Mondays and Wednesdays, "because she brings crisps".
      Asked what would make things better, he said "Liam going to prison"
      and "Mum not crying at night". Home was 6 out of 10 (4 at the ICPC).
  3.2 Ruby played with the dolls' house with AO at the Family Hub on
      09/02/2026. She put the daddy doll outside and shut the door, and
      said "Daddy shouty. Daddy not come in." She put the mummy doll and a
      girl doll in the same bed. DD says Ruby has come into her bed every
      night since November and wets the bed two or three nights a week.
  3.3 Mrs Wray said Kian has been quieter in class and has asked twice to
      ring home at lunchtime to check Mum is all right.

--------------------------------------------------------------------------------
4. AGENCY UPDATES
--------------------------------------------------------------------------------
  4.1 Police (EF): Liam Sherratt was charged with assault occasioning actual
      bodily harm on 26/11/2025. His trial is at Cobsworth Magistrates' Court
      on Monday 09/03/2026. He is on bail not to contact DD or the children
      and not to enter Cranbrook Road. No breaches reported. A marker is on
      the address.
  4.2 IDVA (LM): DD is assessed as high risk and was heard at MARAC on
      29/01/2026. A door chain and window locks were fitted on 03/02/2026.
  4.3 School (JW): attendance this term Kian 96%, Ruby 94%. Kian's
      lunchtime phone calls noted above.
  4.4 School nurse (KB): Ruby's bedwetting discussed with DD; a health
      review is booked (see 7.1.5).
  4.5 Family Hub (AO): three play sessions with Ruby so far; DD has
      started the Freedom Programme.
  4.6 Cobsworth Homes (by e-mail): the back door lock was replaced on
      30/01/2026. No further work needed.

--------------------------------------------------------------------------------
5. SCALING
--------------------------------------------------------------------------------
  On 0 (the children are not safe) to 10 (the children are safe and the
  plan can end): DD 7, PD 7, NA 5, JW 5, LM 4 (until the trial is over),
  EF 5. Most people said the trial is the next big risk.

--------------------------------------------------------------------------------
6. WHAT WE WANT FOR KIAN AND RUBY (FROM THE ICPC)
--------------------------------------------------------------------------------
  6.1 Kian and Ruby live free from violence and from the fear of it, at
      home and on the way to and from school.
  6.2 Kian understands that what happened was not his fault, stops
      checking the doors at night and can talk about it with Mum.
  6.3 Ruby sleeps in her own bed most nights, is dry most nights, and
      plays without acting out shouting and shut doors.

--------------------------------------------------------------------------------
7. THE PLAN AS AGREED TODAY
--------------------------------------------------------------------------------
  The plan is in two stages, because the trial changes what the children
  need. Items under 7.3 run through both stages.

  7.1 STAGE 1 - FROM TODAY UNTIL THE TRIAL ON MONDAY 09/03/2026

    7.1.1 A referral to the Cobsworth Children Affected by Domestic Abuse
          (CADA) group for Kian will be made by NA by 20/02/2026. CADA's
          acceptance letter will be put on Kian's file and his start date
          given at core group 3.
    7.1.2 DD's safety plan will be gone through again with her by LM before
          the trial, by 27/02/2026, with a part for what the children do if
          Liam comes to the house. The signed plan will be given to JW and
          NA, and JW will go through the children's part with Kian.
    7.1.3 A visit to the court with the Witness Service will be arranged for
          DD by EF by 02/03/2026, so that DD knows what to expect on the
          day. EF will e-mail NA the date of the visit.
    7.1.4 Any breach of Liam's bail will be told to JW and NA by EF on the
          day it is reported, and JW will record it on the school's
          safeguarding system and tell the class teachers at collection.
    7.1.5 Ruby's health review (growth, sleep, toileting and bedwetting)
          will be done by KB at school by 06/03/2026, and KB's report and
          any referral to the enuresis clinic will be sent to NA and DD.

  7.2 STAGE 2 - FROM THE TRIAL TO THE REVIEW CONFERENCE ON 08/04/2026

    7.2.1 The verdict, and any restraining order, will be passed to NA, DD
          and JW by EF within one working day of the trial. A copy of any
          order will be put on both children's files.
    7.2.2 Six weekly play sessions will be offered to Ruby by AO from
          11/03/2026. After each session AO will send NA a short note of
          what Ruby played and said.
    7.2.3 A family network meeting will be held by NA by 27/03/2026 to agree
          who will help DD if Liam is released or the order is broken. The
          family plan, signed by those who come, will be brought to the
          review conference.

  7.3 THROUGHOUT BOTH STAGES - FROM TODAY UNTIL THE REVIEW CONFERENCE

    7.3.1 Kian and Ruby will be seen by NA at home every two weeks and at
          school in the weeks between, each child on their own at least
          once a month. NA's visit records will be on file within two
          working days, with what each child says.
    7.3.2 Kian will be checked in with by JW every Monday morning, and JW
          will e-mail NA each Friday with how he has been, his attendance
          and any phone calls home he has asked for.
    7.3.3 DD will keep the door chain on and will not let Liam, or anyone
          sent by him, into the house every day until the review
          conference. Any contact from him will be reported by DD to the
          police (999, or 101 if no one is in danger) and to NA the same
          day, and EF will confirm each report to NA. NA will check that
          the chain is on at each home visit.
    7.3.4 Kian and Ruby will be collected from school at 3.15pm every Monday
          and Wednesday by PD, and the school's collection log will show
          who collected them, which JW will send to NA each Friday.
    7.3.5 The Freedom Programme will be attended by DD every Thursday at
          10am until it ends on 23/04/2026, so that she can help Kian and
          Ruby make sense of what happened. LM will send NA the attendance
          record at the end of each month.

--------------------------------------------------------------------------------
8. CONTINGENCY (CM PRESENT)
--------------------------------------------------------------------------------
  It was agreed that if Liam breaks his bail or comes to Cranbrook Road or
  the school, DD or the school will ring 999, EF's unit will respond as a
  priority under the address marker, and NA (or the Emergency Duty Team
  out of hours) will hold a strategy discussion the same day. If Liam is
  found not guilty on 09/03/2026 and his bail conditions end, NA will hold
  a strategy discussion within one working day, and DD and the children
  will be offered a place at Cobsworth Women's Refuge or will stay with PD
  while a new safety plan is made. If PD is ill or cannot collect the
  children on a Monday or Wednesday, AO will collect them; if neither can,
  JW will keep them in the school's after-school club until DD collects
  them at 5.30pm. If DD lets Liam back into the house, or the children
  have any contact with him outside a court order, CM will hold a legal
  planning meeting within five working days to decide whether the
  pre-proceedings stage of the Public Law Outline should start.

--------------------------------------------------------------------------------
9. ANY OTHER BUSINESS
--------------------------------------------------------------------------------
  None. DD thanked the group and said she felt "less on my own with it".

Minutes typed by Nadia Ahmed, 18/02/2026, and sent to all present, to Cobsworth
Homes and to the conference chair, Graham Tilley.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. A landscape grid for a toddler and a baby whose mother has bipolar
#    disorder: a banner per worry with a "What will be different" row, a
#    "So that ..." column merged down, a toddler's day, the perinatal team's
#    capacity report, a contingency table with a Plan B column and a review
#    table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b213_culvenbridge_worry_grid_so_that_column_merged_marsden.docx",
    "doc_title": "Child Protection Plan - Teddy and Orla Marsden",
    "split": "heldout",
    "actions": 13,
    "landscape": True,
    "font_size": 10,
    "check_vmerge": 3,
    "template": "icpc-plan-docx-landscape-details-grid-a-day-for-teddy-and-orlas-cues-parents-and-nanas-views-then-one-grid-banner-row-per-worry-what-will-be-different-row-merged-across-then-no-what-will-happen-who-when-how-well-know-so-that-column-merged-down-over-rows-then-if-then-plan-b-contingency-table-then-meetings-table",
    "description": (
        "Exemplary initial conference plan for a 2-year-old boy and a 7-week-old girl (neglect) whose "
        "mother has bipolar disorder and relapsed after the birth: she was admitted to hospital for ten "
        "days, and before that walked out at 2am with the baby in the rain. The father works shifts; the "
        "maternal grandmother and an uncle help. The child's voice is a day in the toddler's life and the "
        "baby's cues as the adults see them. The plan is one landscape grid: a banner row for each worry, "
        "a 'What will be different' row under it saying the outcome for the children, then action rows "
        "with What will happen / Who / When / How we'll know and a 'So that ...' column, merged down over "
        "rows that share it, saying what each action gives the children. The perinatal mental health team "
        "reports on the mother's ability to spot and act on relapse and how long change may take. The "
        "contingency is a table of triggers, responses and a Plan B for each family arrangement, with a "
        "legal planning meeting after named triggers; the meetings are a table."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Culvenbridge City Council · Children and Families · Early Help and Safeguarding Hub (West)"),
        ("table", {
            "rows": [
                ["Children", "Teddy Marsden, born 10/10/2023 (2)", "Orla Marsden, born 05/12/2025 (7 weeks)"],
                ["Home", "27 Clover Lane, Culvenbridge CV5 8QA", "Parents: Hollie Marsden (27) and Sam Marsden (30)"],
                ["Conference", "Initial child protection conference, Tuesday 27/01/2026", "Category: neglect (both children)"],
                ["Social worker", "Tom Adeyemi (team manager: Gemma Ruiz)", "Chair: Helen Quayle"],
            ],
            "widths": [4.0, 10.85, 10.85],
            "bold_first_col": True,
        }),
        ("h2", "Why there is a plan"),
        ("p", "Hollie has bipolar disorder, diagnosed in 2019, and is under the Culvenbridge Perinatal Mental "
              "Health Team. She stopped her lithium in pregnancy on advice and became unwell two weeks after "
              "Orla was born. On 14/12/2025, at 2am, police found Hollie walking on Canal Road in the rain "
              "with Orla in the pram, saying she had to \"get the baby to the sea\"; Teddy was asleep at home "
              "on his own, as Sam was on a night shift. Hollie was admitted to Culvenbridge Hospital's Cedar "
              "Ward for ten days and came home on 24/12/2025. She is back on lithium and says she feels "
              "\"like me again\". Orla was on the 25th centile at birth and is now on the 2nd: the ward found "
              "gaps of up to seven hours between feeds in December. Teddy hits out and screams when he is "
              "put down for a nap, has about fifteen words, and asks for Nana at bedtime."),
        ("h2", "A day for Teddy, and how Orla tells us what she needs"),
        ("p", "Written from what Tom, Kate (health visitor) and Nana Wendy have seen at home and at Nana's."),
        ("p", "Teddy wakes at about 6.30am and shouts \"Mama up!\" through the stair gate. If Hollie is up he "
              "climbs onto her lap with his cup of milk; on the morning Tom visited after a bad night, he "
              "stood at the gate for twenty minutes until Sam came. He plays with his cars and brings them to "
              "whoever visits. He says \"Mummy poorly\" and \"Nana's house\" and points to Nana's car whenever "
              "he sees one like it. He screams when he is put in his cot for a nap, and settles if Nana sits "
              "by the cot and sings. At tea he eats well when someone sits with him. At bedtime, Sam says, he "
              "asks \"Mummy here?\" several times before he sleeps."),
        ("p", "Orla roots and brings her fists to her mouth when she is hungry; Hollie and Sam are learning to "
              "feed her then, before she cries. When she has had enough she arches and turns away. Kate saw "
              "her settle quickly on Hollie's chest on 22/01/2026 and watch Hollie's face while Hollie talked "
              "to her. She startles at loud noise and cries hard when Teddy screams."),
        ("h2", "What Hollie, Sam and Nana say"),
        ("p", "Hollie: \"I was so poorly I don't remember all of it, and that frightens me. I want the plan, "
              "I want people to tell me if I'm going that way again.\" Sam: \"I should never have left her "
              "on nights. I've moved to days.\" Wendy (Nana): \"I'll do whatever they need. I just want those "
              "babies safe and Hollie well.\""),
        ("h2", "The plan"),
        ("p", "Each worry is followed by what will be different for Teddy and Orla, then what will happen. The "
              "So that ... column says what each action gives the children."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we'll know", "So that ..."],
            "widths": [1.0, 6.6, 4.0, 4.0, 5.1, 5.0],
            "rows": [
                ["Worry 1: when Hollie becomes unwell she does not sleep, and she has taken Orla out at night "
                 "and left Teddy alone.", H, H, H, H, H],
                ["What will be different: Teddy and Orla are always cared for by an adult who is well enough "
                 "to keep them safe, and any sign of Hollie becoming unwell is acted on the same day.",
                 H, H, H, H, H],
                ["1",
                 "Visit Hollie at home, review her mood, sleep and lithium, and write to Tom before each core "
                 "group on whether Hollie can spot and act on her early warning signs, what still needs to "
                 "change and how long that is likely to take",
                 "Claire Dunn, CPN, Culvenbridge Perinatal Mental Health Team, with Dr Farah Qureshi, "
                 "consultant perinatal psychiatrist",
                 "Every week; written report five working days before each core group",
                 "Report on Tom's file, read with Hollie first and then at the core group",
                 "So that Teddy and Orla are cared for by a mum whose relapse signs are seen and acted on "
                 "early, and the plan knows how long she needs to be well."],
                ["2",
                 "Write Hollie's early warning signs plan with Hollie, Sam and Wendy, saying who does what if "
                 "the signs appear, and say in each report whether Hollie has used it and what that shows "
                 "about her ability to keep the children safe when unwell",
                 "Claire Dunn, CPN",
                 "Plan by 13/02/2026; then in each report (row 1)",
                 "Signed plan, with copies held by Sam, Wendy, Tom and Kate",
                 V],
                ["3",
                 "Take her lithium every evening and have her lithium blood level checked at Culvenbridge "
                 "Medical Centre",
                 "Hollie",
                 "Every evening; blood test every month, the next on 10/02/2026",
                 "Blood result sent by the practice to Claire and Tom within a week of each test",
                 V],
                ["4",
                 "Be the adult at home every night, working day shifts only, so that the children are never "
                 "alone with Hollie at night while she is recovering",
                 "Sam",
                 "Every night until the review conference (his employer has agreed day shifts until "
                 "30/04/2026)",
                 "Sam's shift rota sent to Tom every month; Wendy and Hollie tell Tom at his visits who was "
                 "home at night",
                 "So that Teddy is never left alone in the house and Orla is never taken out at night."],
                ["Worry 2: Orla has dropped from the 25th to the 2nd centile, and in December she went up to "
                 "seven hours without a feed.", H, H, H, H, H],
                ["What will be different: Orla is fed every three hours, day and night, by a rested adult, and "
                 "her weight climbs back to the 9th centile line by the review conference.", H, H, H, H, H],
                ["5",
                 "Weigh Orla at home and plot her weight in her red book",
                 "Kate Lomas, health visitor, Culvenbridge Health Visiting Service",
                 "Every week until Orla is 12 weeks old (27/02/2026), then every two weeks",
                 "Weight in the red book; Kate texts the weight to Tom the same day",
                 "So that Orla is fed on time, every time, and any drop in her weight is seen within a "
                 "week."],
                ["6",
                 "Fill in the feeding chart at every feed: time, amount and who fed her",
                 "Hollie and Sam jointly",
                 "Every feed, from 28/01/2026",
                 "Chart seen by Kate and Tom at each visit",
                 V],
                ["7",
                 "Stay overnight and give Orla's 2am feed, so that Hollie and Sam sleep",
                 "Wendy Price (Nana, Hollie's mum)",
                 "Every Sunday and Wednesday night until Orla is 16 weeks old (27/03/2026)",
                 "Wendy's initials on the feeding chart against the night feeds",
                 V],
                ["Worry 3: Teddy has seen his mum very unwell, his days have had no pattern, and he hits out "
                 "and screams when he is put down.", H, H, H, H, H],
                ["What will be different: Teddy has the same shape to every day, is calmer at nap and bed "
                 "times, and is understood when he talks, with new words each month.", H, H, H, H, H],
                ["8",
                 "Visit Teddy and Orla at home, see both awake, and see Teddy's nap or tea time on at least "
                 "one visit in three, unannounced",
                 "Tom Adeyemi, social worker",
                 "Every week until the review conference",
                 "Visit records within two working days, with what Teddy did and said and how Orla was",
                 "So that someone outside the family sees both children every week and writes down what "
                 "they see."],
                ["9",
                 "Give Teddy his funded place three mornings a week, and tell Tom each week how he has "
                 "settled, played and talked",
                 "Mrs Gail Hendry, manager, Clover Lane Nursery",
                 "Monday, Wednesday and Friday, 9am to 12 noon, from 02/02/2026",
                 "Attendance and a short note e-mailed to Tom every Friday",
                 "So that Teddy has a calm, predictable morning with other children, and his speech is "
                 "helped by people who know how."],
                ["10",
                 "Refer Teddy to Culvenbridge Children's Speech and Language Therapy",
                 "Kate Lomas, health visitor",
                 "By 06/02/2026",
                 "Acceptance letter and first appointment date copied to Tom and to Hollie and Sam",
                 V],
                ["11",
                 "Six play sessions at home with Teddy, Hollie and Sam on a daily routine, naps and naming "
                 "feelings",
                 "Priya Nair, family support worker, Culvenbridge Family Hub",
                 "Every Thursday at 2pm from 29/01/2026 to 05/03/2026",
                 "Session notes to Tom; Teddy's picture routine chart on the kitchen wall, seen by Tom",
                 "So that Teddy knows what comes next in his day and has adults who help him with big "
                 "feelings."],
                ["12",
                 "Take Teddy swimming and to the park, so that he has time out with a calm adult he loves",
                 "Josh Price (uncle, Hollie's brother)",
                 "Every Saturday, 10am to 12 noon, from 31/01/2026",
                 "Josh texts Sam and Tom when Teddy is home; Teddy shows Tom his swimming stickers",
                 "So that Teddy has a happy, reliable time each week with his uncle."],
                ["13",
                 "Parenting assessment of Hollie and Sam, with Claire's view of how Hollie's illness affects "
                 "her care of the children",
                 "Tom Adeyemi, social worker",
                 "Report by 20/03/2026",
                 "Report shared with Hollie, Sam and the core group before the review conference",
                 "So that the review conference knows whether Teddy and Orla can be safely cared for at home "
                 "in the long term."],
            ],
            "band_fill": "FCE4D6",
        }),
        ("h2", "If things go wrong"),
        ("table", {
            "header": ["If", "Then", "Plan B"],
            "widths": [7.0, 10.2, 8.5],
            "rows": [
                ["Hollie shows her early warning signs (not sleeping for two nights, racing thoughts, "
                 "spending sprees, wanting to go out at night)",
                 "Sam or Wendy rings Claire the same day (the Culvenbridge Crisis Team out of hours); Claire "
                 "sees Hollie within 24 hours. Hollie is not left alone with the children until Claire says "
                 "she is well enough.",
                 "If Sam is at work, Wendy moves in until he is home; if neither can be there, Hollie and the "
                 "children stay at Wendy's, 12 Coppice Lane, that night."],
                ["Hollie leaves the house with either child at night, or is found caring for them while "
                 "unwell",
                 "Anyone who knows rings 999. Tom (or the Emergency Duty Team) holds a strategy discussion the "
                 "same day, and the children stay with Sam at home with Wendy there.",
                 "If Sam and Wendy cannot care for them, the children are placed together with Culvenbridge "
                 "foster carers that day."],
                ["Wendy cannot do her Sunday or Wednesday night (row 7)",
                 "Sam does the 2am feed that night; his manager has agreed he can start at 10am the next day.",
                 "If Sam cannot either, Priya arranges a night-time support worker from Culvenbridge Family "
                 "Hub's emergency list."],
                ["Josh cannot do Saturday (row 12)",
                 "Sam takes Teddy swimming instead.",
                 "If Sam cannot, Wendy takes Teddy to the park."],
                ["Orla misses two weighs, or her weight drops below the 2nd centile",
                 "Kate and Tom visit together that day, and the GP sees Orla within 24 hours.",
                 "If the GP cannot see her, Kate takes her to Culvenbridge Hospital's children's assessment "
                 "unit that day."],
                ["Hollie becomes unwell again and the children are left without a well adult, or Orla is not "
                 "back on the 9th centile by the core group on 07/04/2026",
                 "Gemma Ruiz (team manager) holds a legal planning meeting within five working days to decide "
                 "whether to start the pre-proceedings stage of the Public Law Outline.",
                 "-"],
            ],
        }),
        ("h2", "Meetings"),
        ("table", {
            "header": ["Meeting", "Date and time", "Where"],
            "widths": [8.0, 8.0, 9.7],
            "rows": [
                ["Core group 1", "Tuesday 10/02/2026, 1.30pm", "Culvenbridge Family Hub"],
                ["Core group 2", "Tuesday 10/03/2026, 1.30pm", "Culvenbridge Family Hub"],
                ["Core group 3", "Tuesday 07/04/2026, 1.30pm", "Culvenbridge Family Hub"],
                ["Review child protection conference", "Tuesday 21/04/2026, 10am", "Culvenbridge Civic Centre"],
            ],
        }),
        ("p", "The core group meets every four weeks until the review conference. Plan agreed at the initial "
              "conference on 27/01/2026 and sent to Hollie, Sam, Wendy, Josh and every agency named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. An initial conference plan in the council's lettered-section template
#    with a Ref / Action required / Lead / Timescale / Measure of success
#    table. Faults (pdf, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b213_crowthwick_icpc_lettered_sections_measure_of_success_fairbairn.pdf",
    "doc_title": "Initial Child Protection Plan - Tyler and Lily-Mae Fairbairn",
    "split": "heldout",
    "actions": 13,
    "font_size": 9.5,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Crowthwick Metropolitan Borough Council · Initial child protection plan",
    "footer": "Tyler and Lily-Mae Fairbairn · ICPC 29/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-pdf-council-template-lettered-sections-a-to-h-details-kv-summary-of-concerns-childrens-views-strengths-numbered-outcomes-then-ref-action-required-lead-professional-or-person-timescale-measure-of-success-table-then-contingency-paragraphs-core-group-and-review-bullets",
    "description": (
        "Initial conference plan for an 11-year-old boy and a 3-year-old girl (neglect): their mother "
        "has long-standing depression and anxiety under the community mental health team, the boy gets "
        "his sister up and makes the tea, the home is dirty and damp, and the girl's father is under a "
        "non-molestation order. The maternal grandparents look after the girl two days a week and collect "
        "the boy three days a week. Lettered sections lead to a Ref / Action required / Lead professional "
        "or person / Timescale / Measure of success table. Faults: the care coordinator's visits only "
        "support and treat the mother, measured by attendance (H001); the family support worker's sessions "
        "measured by 'Improvement in home conditions and routines' (M002); a young carers' assessment "
        "'when a worker becomes available' (T002); 'Family network' keeping the girl's father away (W002); "
        "an outcome about the mother only (F002); and a contingency that sends the children to the "
        "grandparents but says nothing of what happens if their help fails (C003). Core group dates, the "
        "review date and a legal planning meeting after named triggers are given."
    ),
    "blocks": [
        ("title", "Initial Child Protection Plan"),
        ("p", "Crowthwick Metropolitan Borough Council · Children's Social Care · Safeguarding Team 2"),
        ("h2", "Section A: Details"),
        ("kv", [
            ("Children", "Tyler Fairbairn, born 03/04/2014 (11), Year 7, Crowthwick Academy; Lily-Mae "
                         "Fairbairn, born 19/07/2022 (3)"),
            ("Address", "62 Corner Street, Crowthwick CW2 5HT"),
            ("Mother", "Kirsty Fairbairn (33)"),
            ("Tyler's father", "Mark Lowe, lives in Spain; phones Tyler once a month"),
            ("Lily-Mae's father", "Jason Quinn; non-molestation order protecting Kirsty and the children "
                                  "until 30/06/2026"),
            ("Maternal grandparents", "Sandra and Ray Fairbairn, 8 Cinder Lane, Crowthwick"),
            ("Conference", "Initial child protection conference, Thursday 29/01/2026. Chair: Anne Whitby"),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Sophie Grant (team manager: Rachel Burke)"),
        ]),
        ("h2", "Section B: Summary of concerns"),
        ("p", "Kirsty has had depression and anxiety since 2020 and has been under the Crowthwick Community "
              "Mental Health Team since March 2024; she takes sertraline. Since the autumn she has spent most "
              "days in bed. Tyler gets Lily-Mae up, dresses her and makes tea most evenings, and his "
              "attendance has fallen to 81%, with 19 late marks this year. Lily-Mae has been to nursery on 11 "
              "of 40 days since September, missed her two-year development review, and has four decayed "
              "teeth. At the home visit on 20/01/2026 there was dog mess on the kitchen floor, no food in the "
              "fridge except milk and butter, and black mould in the children's bedroom from a leak in the "
              "kitchen roof. Jason Quinn was violent to Kirsty in 2024, and Lily-Mae saw some of it."),
        ("h2", "Section C: The children's views"),
        ("p", "Tyler (seen on his own at school by Sophie on 26/01/2026): \"I do Lily-Mae's breakfast and her "
              "hair. I don't mind, she's my sister. I'm late because she won't put her shoes on.\" \"Mum's "
              "just tired all the time.\" \"I want to go to football club but I can't because of Lily.\" He "
              "said Nan's house is where he feels most relaxed, and scored home 4 out of 10."),
        ("p", "Lily-Mae (seen at home on 20/01/2026 and at her grandparents' on 23/01/2026): at home she stayed "
              "close to Tyler, asked him for a drink and for the toilet, and cried when he went upstairs. At "
              "Sandra's she ate two slices of toast and a banana, played with a doll's tea set and said \"Nana "
              "makes dinner\". Her nappy was dry and her clothes were clean at Sandra's."),
        ("h2", "Section D: Strengths"),
        ("bullets", [
            "Kirsty loves her children and agreed with most of the worries at conference.",
            "Sandra and Ray are close by and want to help.",
            "Tyler is a kind, caring boy and is doing well in maths.",
        ]),
        ("h2", "Section E: Outcomes"),
        ("numbers", [
            "Tyler and Lily-Mae live in a clean, warm, dry home with food in the cupboards and the same routine "
            "every day.",
            "Tyler is a child, not a carer: he is in school on time every day and has time for himself, "
            "including football club.",
            "Lily-Mae goes to nursery, has her teeth treated and reaches her developmental milestones.",
            "Kirsty's mental health improves and she engages with services.",
        ]),
        ("h2", "Section F: Action plan"),
        ("table", {
            "header": ["Ref", "Action required", "Lead professional / person", "Timescale", "Measure of success"],
            "widths": [1.4, 5.7, 3.6, 3.0, 3.3],
            "rows": [
                ["F1", "Visit the children at home, seeing Tyler on his own and Lily-Mae awake; at least one "
                       "visit a month unannounced",
                 "Sophie Grant, social worker", "Every two weeks until the review conference",
                 "Visit records on file within 2 working days, with Tyler's words"],
                ["F2", "Four direct work sessions with Tyler about being a child and not a carer, ending with "
                       "his own \"what helps me\" list",
                 "Sophie Grant, social worker", "Fortnightly from 05/02/2026 to 26/03/2026",
                 "Tyler's list on file and shared with him and Kirsty"],
                ["F3", "Support Kirsty with her anxiety and low mood through home visits and a review of her "
                       "medication",
                 "Mark Ellis, care coordinator (CPN), Crowthwick Community Mental Health Team",
                 "Every two weeks",
                 "Attendance at visits recorded and sent to the social worker monthly"],
                ["F4", "Attend a medication review with her GP at Crowthwick Health Centre",
                 "Kirsty Fairbairn", "By 13/02/2026", "GP's letter copied to the social worker"],
                ["F5", "Ring home on the first morning of any absence, and e-mail Tyler's attendance, late marks "
                       "and any worries to the social worker",
                 "Mr Dale Pearson, DSL, Crowthwick Academy", "Every school day; e-mail every Friday",
                 "Weekly e-mail on file; attendance above 95% by the review"],
                ["F6", "Offer Lily-Mae her 15 funded hours and record her attendance, how she arrives and any "
                       "marks or injuries",
                 "Mrs Kath Doyle, manager, Crowthwick Rainbow Nursery",
                 "Monday to Wednesday, 9am to 2pm, from 02/02/2026",
                 "Register and a monthly summary sent to the social worker"],
                ["F7", "Complete Lily-Mae's overdue development review (ASQ-3) and refer her to a dentist for "
                       "her decayed teeth",
                 "Amy Rudd, health visitor", "By 27/02/2026",
                 "ASQ-3 scores and dental referral copied to the social worker"],
                ["F8", "Home sessions with Kirsty on getting up, meals, bedtimes and keeping the kitchen clean, "
                       "so that Tyler does not have to do these jobs",
                 "Carla Watts, family support worker, Crowthwick Family Hub",
                 "Weekly for ten weeks from 04/02/2026",
                 "Improvement in home conditions and routines"],
                ["F9", "Young carers' assessment for Tyler, and a place at the young carers' club if he wants "
                       "one",
                 "Crowthwick Young Carers Service", "When a worker becomes available",
                 "Assessment report to the social worker and Kirsty; club register if Tyler joins"],
                ["F10", "Look after Lily-Mae at their house",
                 "Sandra and Ray Fairbairn (maternal grandparents)",
                 "Every Thursday and Friday, 8am to 5pm",
                 "Sandra texts the social worker each Friday to say how Lily-Mae has been"],
                ["F11", "Collect Tyler from school and give him his tea",
                 "Ray Fairbairn (maternal grandfather)", "Monday, Wednesday and Friday at 3.10pm",
                 "Academy sign-out log included in the weekly attendance e-mail"],
                ["F12", "Make sure Jason Quinn does not come to the house and that Lily-Mae has no contact with "
                        "him",
                 "Family network", "Every day until the order ends on 30/06/2026",
                 "Any contact or sighting reported to the police and the social worker the same day"],
                ["F13", "Repair the leaking kitchen roof and treat the mould in the children's bedroom",
                 "Gary Shaw, repairs team, Crowthwick Homes", "By 27/02/2026",
                 "Completion report to the social worker, who sees the bedroom at the next visit"],
            ],
        }),
        ("h2", "Section G: Contingency plan"),
        ("p", "If Kirsty is found unable to care for the children (in bed when they need getting up, or not "
              "answering the door to school or to Sophie), or tells anyone she is in crisis, Sophie (or the "
              "Emergency Duty Team out of hours) will visit the same day and contact the CMHT crisis team, and "
              "Tyler and Lily-Mae will go to stay with Sandra and Ray until Kirsty's care coordinator says she "
              "is well enough to care for them."),
        ("p", "If Jason Quinn comes to the house or contacts the children, Kirsty or whoever is there will ring "
              "999, and Sophie will hold a strategy discussion with the police the same day."),
        ("p", "If, by the core group on 12/03/2026, Tyler's attendance is still below 90% or Lily-Mae has missed "
              "her dental or development appointments, Rachel Burke (team manager) will hold a legal planning "
              "meeting within 10 working days to decide whether to start the Public Law Outline."),
        ("h2", "Section H: Core group and review"),
        ("bullets", [
            "Core group every four weeks at Crowthwick Family Hub, 10am: 12/02/2026, 12/03/2026 and 09/04/2026.",
            "Review child protection conference: Thursday 23/04/2026, 2pm, Crowthwick Town Hall.",
        ]),
        ("p", "Plan agreed at conference on 29/01/2026 and sent to Kirsty Fairbairn, Sandra and Ray Fairbairn, "
              "and every agency named in Section F."),
    ],
    "findings": [
        F("H001", "Support Kirsty with her anxiety and low mood through home visits"),
        F("M002", "Home sessions with Kirsty on getting up, meals, bedtimes"),
        F("T002", "Young carers' assessment for Tyler, and a place at"),
        F("W002", "Make sure Jason Quinn does not come to the house"),
        F("F002", "Kirsty's mental health improves and she engages with services."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. A review conference plan for a family about to move to another
#    council: decision box, what has changed, the children's words, then a
#    What needs to happen / Who / By when / Evidence table. Faults (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b213_cradhope_rcpc_moving_to_crinsley_evidence_column_bryce.md",
    "split": "heldout",
    "actions": 12,
    "template": "rcpc-plan-md-decision-box-table-what-has-changed-since-the-icpc-mia-and-jaydens-words-leahs-views-the-move-to-another-council-outcomes-then-what-needs-to-happen-who-by-when-evidence-table-then-contingency-paragraph-and-meetings-bullets",
    "description": (
        "Review conference plan for a 7-year-old girl and a 5-year-old boy (neglect) whose mother uses "
        "cocaine most weekends and leaves them with a changing set of friends; the family is about to move "
        "to another council for a tenancy near the mother's sister. A decision box and 'what has changed' "
        "lead to a What needs to happen / Who / By when / Evidence table. Faults: the parenting "
        "assessment is handed to the receiving council's social worker to complete after the "
        "transfer-in conference (X001); the boy's dental treatment has no time (T001); the family support "
        "worker's routines sessions have '-' for evidence (M001); the mother's cocaine use is recorded but "
        "no adult service owns any action, the recovery service appearing only where she goes (F004); the "
        "contingency says only that the core group will meet to discuss further concerns (C002); nothing "
        "says legal planning follows if progress is not made (R002); and the review conference is left to "
        "the receiving council to arrange, with no date (R001)."
    ),
    "text": """\
# Cradhope Borough Council: Children's Social Care

## Review Child Protection Conference: outcome and plan

| | |
|---|---|
| **Children** | Mia Bryce, born 02/08/2018 (7), Year 2, Cradhope Church Primary School; Jayden Bryce, born 15/01/2021 (5), Reception, same school |
| **Address** | 19 Corporation Terrace, Cradhope CD1 4RS (until the move on 23/03/2026) |
| **Mother** | Leah Bryce (26) |
| **Father** | Connor Webb (28), lives in Cradhope; sees the children every other Saturday |
| **Conference** | First review conference, Thursday 19/02/2026 (initial conference 13/11/2025) |
| **Chair** | Maureen Okafor, independent chair |
| **Social worker** | Abi Turner, Cradhope Children's Social Care (team manager: Phil Sandhu) |
| **Decision** | Mia and Jayden remain subject to child protection plans (neglect). The plan will transfer to Crinsley Borough Council when the family moves. |

## What has changed since the initial conference

Leah has kept the house cleaner, and the children have not been left with anyone the plan has not
agreed since December. Mia's attendance has gone up from 83% to 92%. Leah told the conference that she
still uses cocaine "most weekends, when the kids are at Connor's or asleep", and that she drinks when she
uses. Her hair strand test in December was positive for cocaine at a level showing regular use. She has
been to three of six sessions at Cradhope Recovery Service's Wednesday group. Jayden has two decayed
front teeth and has been in pain; he has not yet seen a dentist. Leah has been offered a tenancy in
Crinsley, near her sister, starting on 23/03/2026, and the family will move that week.

## What Mia and Jayden say

Mia (seen on her own at school by Abi on 12/02/2026): "Mummy's friends come round on Saturdays and it's
loud. I put the telly on in our room for Jayden." "I want to live near Auntie Shannon, she has a trampoline."
"I'm a bit scared of the new school." She said home was "a 7 now, it was a 5".

Jayden (at home with Abi on 16/02/2026) drew his family with "Mummy sleeping" on the sofa and himself and
Mia "watching Bluey". He showed Abi his sore tooth and said, "It hurts when I eat crisps."

## What Leah says

"I know I need to stop and I'm cutting down. The move will help, I'll be away from the people I use
with. I'd rather start fresh with a new social worker who doesn't know everything."

## What we want for Mia and Jayden

1. Mia and Jayden are always cared for by a sober adult who knows where they are, including at
   weekends.
2. Mia and Jayden go to bed at a set time in a quiet house, and get to school on time every day.
3. Jayden's teeth are treated and he is out of pain, and both children are up to date with their
   health checks.
4. Mia and Jayden settle into their new school and home in Crinsley with no gap in who is looking out
   for them.

## What needs to happen

| What needs to happen | Who | By when | Evidence |
|---|---|---|---|
| Visit Mia and Jayden at home, seeing each child on their own | Abi Turner (SW) | Every two weeks until the transfer-in conference in Crinsley | Visit records on file within 2 working days, with what each child says |
| Send the transfer request and full case records to Crinsley Children's Services | Abi Turner (SW) | By 27/02/2026 | Crinsley's written acknowledgement of the transfer on file |
| Arrange a second hair strand test for Leah (cocaine and alcohol) | Abi Turner (SW) | By 06/03/2026 | Result shared with Leah and the core group |
| Go to the Wednesday group at Cradhope Recovery Service until the family moves | Leah | Every Wednesday until 18/03/2026 | Leah shows Abi her group card, stamped at each session she attends |
| The parenting assessment started by Abi is paused and handed to Crinsley, whose allocated social worker will complete it after the transfer-in conference | Crinsley allocated social worker | Within eight weeks of the transfer-in conference | Assessment report shared with Leah and the Crinsley core group |
| Take Jayden to the dentist for treatment of his decayed teeth | Leah | | Dentist's letter copied to Abi |
| Apply for places for Mia and Jayden at a primary school in Crinsley | Leah, with Abi | By 27/02/2026 | School offer letter copied to Abi |
| E-mail the children's attendance, late marks and any worries to Abi, and send their school records to the new school | Mrs Carol Hart, DSL, Cradhope Church Primary School | Every Friday until they leave; records within 5 school days of the move | Weekly e-mails on file; new school confirms records received |
| Health review of both children (height, weight, sleep, teeth) before they move | Nina Shah, school nurse, Cradhope 0-19 Service | By 13/03/2026 | Report to Abi and Leah, sent on to the Crinsley school nurse |
| Home sessions with Leah on bedtimes and a weekend routine that keeps the children away from her friends' visits | Ryan Cole, family support worker, Cradhope Family Hub | Weekly until the move | - |
| Tell the school by 9am the next school day after any police call-out to the house | Cradhope Police (Operation Encompass) | The next school day after any call-out | Notification logged by Mrs Hart and passed to Abi the same day |
| Have the children every other Saturday, 10am to 5pm, and bring them back to Leah | Connor Webb (father) | Every other Saturday | Leah and Connor each tell Abi at her visits how the Saturdays went; Mia tells Abi |

## Contingency

If there are further concerns about Leah's drug use or the children's care before the move, the core
group will meet to discuss the concerns and consider next steps.

## Meetings

- Core group every four weeks at Cradhope Family Hub: next on Thursday 05/03/2026, 10am.
- Transfer-in conference: to be arranged by Crinsley once the transfer has been accepted.
- Review conference: to be arranged by Crinsley.

Plan sent to Leah Bryce, Connor Webb and every agency above on 20/02/2026.
""",
    "findings": [
        F("X001", "The parenting assessment started by Abi is paused and handed"),
        F("T001", "Take Jayden to the dentist for treatment of his decayed teeth"),
        F("M001", "Home sessions with Leah on bedtimes and a weekend routine"),
        F("F004"),
        F("C002"),
        F("R002"),
        F("R001"),
    ],
})
