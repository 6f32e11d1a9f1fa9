"""Batch 173, module c: seven fictional plans (held-out material), places beginning with "c".

Everything here is made up: children, families, professionals, services,
schools, surgeries, police teams and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md, without
running planlint, importing it or reading its code.

Focus: who does what, when and how we will know, written in the grammar of
real minutes and reports. Each plan is in a template of its own, and the
craft is in the grammar of each action: reported speech of minutes ("Dean
said he would ...", "RD confirmed that she would ...", "It was agreed that
..."), passive and nominalised actions with the agent given somewhere in the
sentence or cell ("Weekly home visits to be undertaken by the social
worker", "Completion of the parenting assessment (lead: ...)", "Harvey to be
taken to nursery by his dad") or nowhere at all, clipped notes typed up by
an administrator ("HV to continue O's growth checks"), "I" and "you" in a
letter the social worker signs, a pronoun pointing back to a named person
("He will keep visiting her ..."), restrictions and negative commitments as
real actions ("Dean agreed that he will not stay overnight ... until ...",
"No alcohol to be drunk by Mr Pemberton on any day he is caring for ..."),
and sentences that are NOT actions although they sit among them: wishes
("Kirsty would like to go back to college"), conditionals ("Should Dean's
test results show ...", "Should Gemma become unwell again ..."),
counterfactuals ("Had the high school known earlier ...") and history in
the past tense ("Dean attended two appointments ... in 2024"). Times are
given in words and events ("until HC's parenting assessment is finished on
31/03/2026", "before the Easter holidays", "until he is 12 weeks old",
"within a week of the move", "every sleep"); in the four faulty plans a few
are not real ones ("as soon as he could", "ongoing", "whenever she can",
"As required"), a few owners are collective ("professionals", "Family", "The
family", "Family network") or missing (a passive with no agent, a "-" Lead),
and a few measures are missing or only look like one ("to keep an eye on",
"monitor", "Engagement with the group").

1. minutes of an initial conference for a 7-year-old and an 18-month-old
   (domestic abuse by the mother's partner, his cocaine use, the mother's
   depression): attendance table of initials, agency reports and views in
   reported speech, the chair's analysis and outcomes, then section 7, the
   plan as numbered minutes 7.1 to 7.16 in reported speech, with unnumbered
   notes of wishes, history and a conditional among them (docx): faults are
   Dean rebooking his drug assessment "as soon as he could", a Women's
   Strength Programme referral "is to be completed" with no one named, the
   CMHT care coordinator only supporting the mother, the health visitor's
   visits "to keep an eye on how she is developing", "professionals" sharing
   worries, and an outcome about the mother only (T002, W001, H001, M002,
   W002, F002);
2. the social worker's report to the chair of a first review conference for
   a 10-year-old and a 4-year-old whose widowed father drinks: numbered
   report paragraphs, progress on the first plan in the past tense, the
   children's words, analysis and recommendation, then a recommended plan of
   numbered paragraphs 8.1 to 8.15 written nominalised and in the passive
   with the agent given ("Continued key work for Mr Pemberton by Jo Pike",
   "Harvey to be taken to Little Oaks Nursery by his dad"), page header and
   footer (pdf, exemplary);
3. an initial conference plan typed by business support from the social
   worker's handwritten notes, for a 3-year-old and a 7-month-old (the
   mother's cannabis use, the father's temper, faltering weight): a key of
   initials, clipped headings, then sixteen numbered clipped lines ("TW to
   visit wkly until RCPC ...") with typist's "NB" lines that are not
   actions (txt): faults are the health visitor's growth checks "ongoing",
   the dentist with no check, "Family" getting Chloe to nursery, the key
   worker's daily "monitor", a housing letter with no time, a contingency
   that sends the children to the paternal grandmother with nothing said
   if she cannot have them, and a review conference "date TBC" (T002, M001,
   W002, M002, T001, C003, R001);
4. a review conference plan for a 12-year-old young carer and a 6-year-old
   whose mother has bipolar disorder, written as a narrative: a who's who,
   then a paragraph per area of the children's lives under "What will
   happen", each action one sentence with its owner (by first name, role or
   a pronoun pointing back), time and check, among sentences of history,
   wishes, a conditional and a counterfactual (md, exemplary);
5. the record of a second core group for a 7-week-old baby (a 19-year-old
   care leaver with anxiety, the father's violence): attendance table,
   progress since the last meeting, the baby's days, views, outcomes, then
   a "What was agreed" table whose action cell is written in minute grammar
   with the owner inside it ("Priya agreed to ...", "Nicola confirmed the
   perinatal team will ...", "Kyle agreed that he will not go to the flat
   ..."), a "By when / how often" and a "How the core group will know"
   column (docx, exemplary);
6. the social worker's letter to both parents after an initial conference
   for an 11-year-old and a 9-year-old (the father's depression after
   redundancy, the mother's night shifts): letterhead header, page footer,
   "I will", "you agreed" and "other people" bullets (pdf): faults are a
   young carers referral "will be made" with no one named, the class
   teacher's reading with no check, the aunt helping "whenever she can",
   "The family" making sure of a hot meal, the father's depression with no
   adult service owning any action, and no legal planning anywhere (W001,
   M001, T002, W002, F004, R002);
7. an initial conference plan for a 6-year-old and a 4-month-old whose
   mother has postnatal depression and who are moving to another
   authority: details table, then a Ref / What needs to happen / Lead /
   Timescale / Evidence of progress table whose action cells are
   nominalised or passive ("Completion of ...", "Provision of ...",
   "Attendance by ...") (md): faults are the parenting assessment handed
   on to the receiving authority, the perinatal team's sessions only
   treating the mother, the baby group measured by "Engagement with the
   group", a volunteer scheme with "-" for its lead, ELSA sessions "As
   required", "Family network" helping with the school run, and a one-line
   contingency with no specific trigger, no response but a review, no
   fallback for the grandmother's help and no legal planning (X001, H001,
   M002, W001, T002, W002, C002, C003, R002).

Three plans (2, 4 and 5) are exemplary: every action has an owner (named,
by role, by initials from a key, by first name from a who's who, "I" in a
signed letter, or a pronoun pointing back), a real timescale and something
that can be seen, counted or read; every outcome is about the children;
each contingency has specific triggers, protective responses and a
fallback if a relative's help fails; each records the children's words or
a baby's observed days, core group dates and a dated review conference,
and legal planning after named triggers; adult services (an alcohol
service and a GP, a CMHT, a perinatal team and a GP) own actions where a
parent is ill or drinks, and every mental health service is asked for its
view of the parent's capacity to change and how long it will take.

Counting convention used for "actions" (README convention 1): each
numbered minute of the conference's plan section (plan 1), each numbered
paragraph of the recommended plan (plan 2), each numbered line of the typed
plan (plan 3), each sentence of the "What will happen" paragraphs that
commits someone to do something (plan 4), each row of an action table
(plans 5 and 7) and each bullet under the letter's plan headings (plan 6)
counts once, whatever number of clauses it holds. Not counted: the
unnumbered notes among the minutes and the typist's "NB" lines (wishes,
history, conditionals), the sentences of history, wishes, conditionals and
counterfactuals in plan 4's paragraphs and plan 6's plain paragraphs,
progress on an earlier plan, agency reports, views, outcomes, the
contingency, meeting dates and attendance lists.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference minutes: attendance table of initials, agency
#    reports in reported speech, views, analysis, outcomes, then the plan as
#    numbered minutes 7.1 to 7.16 in reported speech with unnumbered notes
#    among them. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b173_carrowdene_icpc_minutes_plan_in_reported_speech_hollis.docx",
    "doc_title": "Initial Child Protection Conference Minutes - Riley Hollis and Ellie-Mai Hollis-Lane",
    "split": "heldout",
    "actions": 16,
    "template": "icpc-minutes-docx-kv-details-attendance-table-of-initials-numbered-sections-agency-reports-and-parents-views-in-reported-speech-childrens-words-chairs-analysis-decision-outcomes-then-section-7-plan-as-numbered-minutes-7-1-to-7-16-in-reported-speech-with-unnumbered-notes-of-wishes-history-and-a-conditional-then-contingency-core-group-and-review",
    "description": (
        "Minutes of an initial child protection conference for a 7-year-old and an 18-month-old: the "
        "mother's partner (the younger child's father) pushed her into a door while she held the baby, "
        "he uses cocaine, and the mother has depression and anxiety under the CMHT. Agency reports and "
        "views are in reported speech; section 7, the plan, is numbered minutes 7.1 to 7.16 in the "
        "grammar of minutes ('HC will ...', 'Dean agreed that he will not stay overnight ... until ...', "
        "'LB confirmed that ...', 'Mrs Ibe confirmed school will ...', 'It was agreed that ...'), with "
        "unnumbered notes of a wish, past history and a conditional among them. Faults: Dean rebooking "
        "his drug assessment 'as soon as he could'; a referral that 'is to be completed' with no one "
        "named; the CMHT care coordinator only supporting the mother; the health visitor's visits 'to "
        "keep an eye on how she is developing'; 'professionals' sharing worries; and one outcome about "
        "the mother only."
    ),
    "blocks": [
        ("title", "Initial Child Protection Conference: Minutes"),
        ("p", "Carrowdene Borough Council · Safeguarding and Quality Assurance Unit"),
        ("kv", [
            ("Children", "Riley Hollis, born 03/05/2018 (7), Year 3, Fernside Primary School; Ellie-Mai "
                         "Hollis-Lane, born 22/06/2024 (18 months), Little Sprouts Nursery (Mondays and "
                         "Wednesdays)"),
            ("Address", "14 Brook Terrace, Carrowdene CW3 7HL"),
            ("Conference", "Tuesday 20/01/2026, 10am, Carrowdene Civic Centre, Room 4"),
            ("Chair", "Margaret Oduya, Independent Reviewing Officer"),
            ("Minutes", "Paul Shaw, business support"),
        ]),
        ("h1", "Present"),
        ("table", {
            "header": ["Initials", "Name", "Role"],
            "widths": [2.0, 5.0, 10.0],
            "rows": [
                ["MO", "Margaret Oduya", "Independent Reviewing Officer (chair)"],
                ["KH", "Kirsty Hollis", "Mother of Riley and Ellie-Mai"],
                ["DL", "Dean Lane", "Ellie-Mai's father and Kirsty's partner"],
                ["CH", "Carol Hollis", "Maternal grandmother (for the family's part of the meeting)"],
                ["HC", "Hannah Creed", "Social worker, Carrowdene Family Safeguarding Team"],
                ["SM", "Sophie Marlow", "Health visitor, Carrowdene 0-19 Service"],
                ["JI", "Mrs Janet Ibe", "Designated Safeguarding Lead, Fernside Primary School"],
                ["RD", "Rachel Dunn", "Care coordinator (community psychiatric nurse), Carrowdene Community "
                                      "Mental Health Team"],
                ["LB", "Lee Brandon", "Recovery worker, Carrowdene Recovery Service (drugs and alcohol)"],
                ["AS", "PC Amy Sharp", "Carrowdene Police, Public Protection Unit"],
            ],
        }),
        ("p", "Apologies: Dr Imran Farid, GP, Hollins Lane Surgery (written report received and shared); "
              "Nicky Pratt, manager, Little Sprouts Nursery (update sent to HC by e-mail)."),
        ("h1", "1. Introductions and purpose"),
        ("p", "MO welcomed everyone and explained that the conference would decide whether Riley and Ellie-Mai "
              "need a child protection plan and, if so, what the plan should be. Kirsty and Dean had read HC's "
              "report with her on 16/01/2026."),
        ("h1", "2. Why the conference was called"),
        ("p", "The police have been called to 14 Brook Terrace three times since October 2025. On 28/12/2025 Dean "
              "pushed Kirsty into the kitchen door while she was holding Ellie-Mai; Ellie-Mai was not hurt but "
              "Kirsty had a cut above her eye. Riley hid under his bed and rang his grandmother, who called the "
              "police. Dean was arrested and released under investigation. At the strategy discussion on "
              "30/12/2025 Kirsty said Dean had been using cocaine most weekends since the summer."),
        ("h1", "3. Reports from agencies"),
        ("p", "3.1 HC reported that she had seen both children four times since 30/12/2025. Riley is polite "
              "and watchful; he told her he keeps the television loud so that Ellie-Mai cannot hear the "
              "arguments. The house is warm and clean. Kirsty has been open with her; Dean has been angry at "
              "two visits and said children's services were 'making a mountain out of a molehill'."),
        ("p", "3.2 SM said that Ellie-Mai is on the 50th centile for weight and is walking, but has only four or "
              "five words, and that at the visit on 08/01/2026 she startled and cried when a door banged."),
        ("p", "3.3 Mrs Ibe told the conference that Riley's attendance is 89% this year, with most absences on "
              "Mondays. He has been tired and tearful in class, and on 07/01/2026 he told his teacher he 'did "
              "not sleep because of shouting'."),
        ("p", "3.4 RD said that Kirsty has been known to the CMHT since 2023, after an overdose in 2022, and has "
              "depression and anxiety. She takes sertraline and RD sees her every two weeks. RD said Kirsty's "
              "mood dipped after the incident on 28/12/2025 but she has not talked of harming herself."),
        ("p", "3.5 LB said that Dean referred himself to the Recovery Service in 2024 and came to two "
              "appointments before stopping. He has not been seen by the service since."),
        ("p", "3.6 PC Sharp confirmed that Dean remains under investigation for the assault on 28/12/2025 and "
              "that the three call-outs since October all involved shouting and damage at the address."),
        ("p", "3.7 Dr Farid's report says Kirsty has been seen every month about her medication and that he has "
              "no concerns about the children's health."),
        ("h1", "4. What Kirsty and Dean said"),
        ("p", "Kirsty said she loves Dean but 'can't have the kids going through this'. She said she wants Dean "
              "to get help and would like him to stay at his brother's until things are sorted. Dean said he "
              "has 'never touched the kids' and that the cocaine is 'only now and then', but agreed that the "
              "children should not hear arguing and said he wants to keep seeing Ellie-Mai."),
        ("h1", "5. Riley and Ellie-Mai"),
        ("p", "Riley (seen on his own at school by HC, 15/01/2026): \"When Dean shouts I take Ellie in my room and "
              "put the telly loud.\" \"I want Mum to be happy and no more police at our house.\" He put home at "
              "3 out of 10 and said Gran's house was 10 \"because it's quiet and she does pancakes\"."),
        ("p", "Ellie-Mai is 18 months old. At HC's visits she stays close to Kirsty, and on 12/01/2026 she went "
              "still and watched the door when Dean raised his voice. At nursery she plays happily, and she "
              "runs to Carol when Carol collects her."),
        ("h1", "6. Chair's analysis and decision"),
        ("p", "MO summarised that Riley and Ellie-Mai are living with repeated domestic abuse and with an adult "
              "who is using cocaine, and that Riley is frightened at night and is trying to protect his sister. "
              "Kirsty's love for the children, Carol's help and the children's good health are real strengths. "
              "All agencies agreed that both children should be subject to a child protection plan under the "
              "category of emotional abuse, and MO agreed."),
        ("p", "The conference agreed these outcomes:"),
        ("bullets", [
            "Riley and Ellie-Mai live in a home where there is no shouting, pushing or hitting, and they are not "
            "frightened at night.",
            "Riley and Ellie-Mai are only looked after by adults who are not under the influence of drugs.",
            "Ellie-Mai's speech and development are checked and helped, and she goes to nursery twice a week.",
            "Riley is in school every day and has a trusted adult he can tell when he is worried.",
            "Kirsty feels less anxious and is better able to manage her low mood.",
        ]),
        ("h1", "7. The child protection plan"),
        ("p", "The following were agreed. Initials are those in the list of people present."),
        ("p", "7.1 HC will visit Riley and Ellie-Mai at home every week until the review conference, at least "
              "one visit in three unannounced, and will see Riley on his own each time; her visit records will "
              "be on the file within two working days."),
        ("p", "7.2 Dean agreed that he will not stay overnight at 14 Brook Terrace, or look after Riley or "
              "Ellie-Mai on his own, until HC's parenting assessment is finished on 31/03/2026; HC will check "
              "who is staying at the house at every unannounced visit and record it."),
        ("p", "7.3 Dean said he would ring the Recovery Service to rebook his drug assessment as soon as he "
              "could, and would show HC the appointment letter."),
        ("p", "Dean attended two appointments at the Recovery Service in 2024 and then stopped going."),
        ("p", "7.4 LB confirmed that, from Dean's assessment onwards, the Recovery Service will see him for key "
              "work every fortnight with an oral fluid test at each session, and will send HC the results and a "
              "written view, two working days before each core group, on whether Dean has stopped using cocaine "
              "and can stay stopped around Riley and Ellie-Mai."),
        ("p", "7.5 It was agreed that a referral to the Women's Strength Programme for Kirsty is to be completed "
              "by 06/02/2026, with the start date of her course confirmed in writing."),
        ("p", "7.6 RD confirmed that she would continue to see Kirsty at home every fortnight to support her "
              "with her low mood and anxiety and to go through her medication, sending HC a short update after "
              "each visit."),
        ("p", "Kirsty would like to go back to college in September to finish her childcare course."),
        ("p", "7.7 The health visitor agreed to visit Ellie-Mai at home every two weeks until the review "
              "conference, to keep an eye on how she is developing."),
        ("p", "7.8 Mrs Ibe confirmed school will give Riley a check-in with his learning mentor, Mr Gale, at "
              "8.50am every school day, and will e-mail HC his attendance and any CPOMS entries each Friday."),
        ("p", "7.9 It was agreed that professionals would share any worry about Riley or Ellie-Mai with HC the "
              "same day, to be logged on the children's chronology."),
        ("p", "7.10 PC Sharp said the police would put a warning marker on 14 Brook Terrace by 23/01/2026, so "
              "that any 999 call from the address is treated as urgent, and would confirm to HC by e-mail once "
              "it is on."),
        ("p", "7.11 CH said she would collect Riley from school every Tuesday and Thursday and give both "
              "children their tea at her house until 6.30pm, texting HC each Thursday evening to say how they "
              "were."),
        ("p", "7.12 CH also agreed to supervise Dean's time with Ellie-Mai at her house, 8 Ash Grove, every "
              "Saturday from 10am to 12 noon, staying in the room throughout and signing a contact sheet each "
              "time for HC to collect."),
        ("p", "7.13 Kirsty said she would take Ellie-Mai to Little Sprouts Nursery every Monday and Wednesday by "
              "9.15am, and the nursery will send HC her attendance each Friday."),
        ("p", "7.14 HC will complete a parenting assessment of Kirsty and Dean by 31/03/2026, including what "
              "Dean understands of how the violence has affected Riley and Ellie-Mai, and will share the "
              "report with them and the core group before the review conference."),
        ("p", "7.15 Dean agreed to go to the assessment for the Brookside Men's Programme on 11/02/2026, and the "
              "programme will write to HC with the outcome and, if he is offered a place, with his attendance "
              "each month."),
        ("p", "Should Dean's test results show that he is still using cocaine, the contingency at section 8 "
              "applies."),
        ("p", "7.16 HC will do four sessions of direct work with Riley at school, one a week from 26/01/2026, "
              "using the Three Houses, and will bring his drawings and his worry score to the first core "
              "group."),
        ("h1", "8. Contingency plan"),
        ("bullets", [
            "If Dean is found staying at 14 Brook Terrace or looking after the children on his own, or the "
            "police are called to any argument at the address: HC (or the Emergency Duty Team out of hours) "
            "sees both children that day, and Riley and Ellie-Mai stay with Carol at 8 Ash Grove until a "
            "strategy discussion, which HC will hold with the police the same day, decides what happens next.",
            "If Carol cannot collect Riley or supervise Saturday contact (she is ill or away, or the "
            "arrangement breaks down), she rings HC that morning. Riley goes to Fernside's after-school club, "
            "which children's services will pay for, and Dean's contact moves to Carrowdene Family Centre with "
            "a contact worker within a week; there is no contact with Ellie-Mai until then.",
            "If Kirsty tells anyone she is thinking of harming herself, or cannot get up to care for the "
            "children, she or Carol rings RD (or the crisis team out of hours) the same day, and the children "
            "stay with Carol until RD and HC agree Kirsty is well enough to care for them.",
            "If Dean's oral fluid tests show cocaine twice, or there is a further incident of violence, HC will "
            "ask her team manager, Tom Reilly, for a legal planning meeting within five working days, to decide "
            "whether to start the Public Law Outline.",
        ]),
        ("h1", "9. Core group and review"),
        ("p", "The core group will meet every four weeks at Carrowdene Family Hub at 1.30pm: 03/02/2026, "
              "03/03/2026 and 31/03/2026. The review child protection conference will be held on 14/04/2026 at "
              "10am at Carrowdene Civic Centre."),
        ("p", "Minutes agreed by the chair on 22/01/2026 and sent to everyone present and to those who sent "
              "apologies."),
    ],
    "findings": [
        F("T002", "Dean said he would ring the Recovery Service to rebook"),
        F("W001", "a referral to the Women's Strength Programme for Kirsty is"),
        F("H001", "RD confirmed that she would continue to see Kirsty at home"),
        F("M002", "The health visitor agreed to visit Ellie-Mai at home every two"),
        F("W002", "professionals would share any worry about Riley or Ellie-Mai"),
        F("F002", "Kirsty feels less anxious and is better able to manage her low mood."),
    ],
})


# ---------------------------------------------------------------------------
# 2. Social worker's report to the chair of the first review conference:
#    numbered report paragraphs, progress on the first plan (past tense),
#    the children's words, analysis, recommendation, then a recommended plan
#    of numbered paragraphs in nominalised and passive grammar with the agent
#    given. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b173_calvermoor_rcpc_sw_report_to_chair_recommended_plan_pemberton.pdf",
    "doc_title": "Social Work Report to the Review Child Protection Conference - Summer and Harvey Pemberton",
    "split": "heldout",
    "actions": 15,
    "min_pages": 2,
    "header": "Calvermoor City Council · Children's Social Care · OFFICIAL-SENSITIVE",
    "footer": "Social work report to the review conference of 10/03/2026 · Summer and Harvey Pemberton · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-social-work-report-to-chair-paged-header-footer-kv-report-details-numbered-sections-family-reason-progress-on-first-plan-past-tense-paragraphs-childrens-words-analysis-recommendation-outcomes-then-recommended-plan-numbered-paragraphs-8-1-to-8-15-nominalised-and-passive-with-agent-then-contingency-core-group-and-review-dates",
    "description": (
        "Exemplary social work report to the chair of the first review conference for a 10-year-old "
        "and a 4-year-old whose father has drunk heavily since their mother died in 2023; he was found "
        "drunk at the school gate and had left the 4-year-old in the car. The report gives progress on "
        "the first plan in the past tense, the children's words, an analysis and a recommendation, then "
        "a recommended plan of numbered paragraphs written in the grammar of reports: nominalised and "
        "passive, with the agent always given ('Weekly home visits to be undertaken by the social "
        "worker', 'Completion of the parenting assessment (lead: ...)', 'Continued key work for Mr "
        "Pemberton by Jo Pike', 'No alcohol to be drunk by Mr Pemberton on any day he is caring for "
        "...'). The alcohol service and the GP own actions, the aunt's help has a fallback, legal "
        "planning follows named triggers, and core group and review dates are set."
    ),
    "blocks": [
        ("title", "Social Work Report to the Review Child Protection Conference"),
        ("kv", [
            ("To", "Ann Fairclough, Independent Reviewing Officer (chair)"),
            ("From", "Daniel Osei, social worker, Calvermoor Children's Safeguarding Team (West)"),
            ("Team manager", "Rebecca Wood"),
            ("Date of report", "02/03/2026; shared with Mr Pemberton on 04/03/2026"),
            ("Conference", "First review child protection conference, 10/03/2026, 10am, Calvermoor Civic "
                           "Offices"),
        ]),
        ("h1", "1. The family"),
        ("kv", [
            ("Children", "Summer Pemberton, born 21/07/2015 (10), Year 5, Calvermoor Park Primary School; "
                         "Harvey Pemberton, born 30/10/2021 (4), Little Oaks Nursery"),
            ("Father", "Craig Pemberton (38), 16 Coalbrook Street, Calvermoor CV7 3EN"),
            ("Mother", "Lisa Pemberton, died in March 2023"),
            ("Paternal aunt", "Denise Pemberton, 27 Linnet Close, Calvermoor (ten minutes away by car)"),
            ("Category", "Neglect (both children), from the initial conference on 09/12/2025"),
        ]),
        ("h1", "2. Why the children have a plan"),
        ("p", "2.1 Mr Pemberton has drunk heavily since Lisa died. On 14/11/2025 he came to collect Summer "
              "from school smelling strongly of alcohol and unsteady on his feet, having driven there with "
              "Harvey in the car; Harvey was found alone in the car in the school car park. The police "
              "breathalysed Mr Pemberton and he was later convicted of drink driving and banned for 18 months."),
        ("p", "2.2 Before the conference, Summer was making the tea most nights, putting Harvey to bed and "
              "getting him up for nursery. Harvey's nursery attendance was 64% in the autumn term, and there "
              "was often little food in the house."),
        ("h1", "3. Progress on the plan made at the initial conference"),
        ("p", "3.1 Mr Pemberton was referred to Calvermoor Alcohol Service on 11/12/2025 and has been to 9 of "
              "12 key-work sessions. His breath tests were 0.00 on 10 of 11 occasions. On 27/01/2026 he blew "
              "0.09 at 4pm; he said he had a drink at lunchtime on what would have been Lisa's birthday. The "
              "children were at school and nursery."),
        ("p", "3.2 Summer was referred to Calvermoor Young Carers on 15/12/2025 and has been to four sessions. "
              "She says the club is \"the best bit of the week\"."),
        ("p", "3.3 Harvey's nursery attendance rose to 91% this term, and he now arrives before 9am on most "
              "days."),
        ("p", "3.4 The family support work on home routines did not start until 02/02/2026, because the "
              "family support worker was off sick; two sessions have taken place. The kitchen was clean and "
              "there was food in the fridge at my last three visits."),
        ("p", "3.5 Harvey's health review did not happen: the health visitor's letters went to the family's "
              "old address. It is in the plan again below."),
        ("p", "3.6 Denise has had the children every Thursday since the conference, apart from one week in "
              "January when she had flu."),
        ("h1", "4. What Summer and Harvey say, and what their days are like"),
        ("p", "4.1 Summer (seen on her own at school, 24/02/2026): \"Dad's loads better. He doesn't smell of "
              "beer in the mornings now.\" \"I still do Harvey's bath but Dad does tea.\" \"I miss Mum. Nobody "
              "talks about her at home.\" She scored how worried she is about her dad 5 out of 10, down from 9 "
              "in December, and said she would like \"to go to drama club again like before\"."),
        ("p", "4.2 Harvey (seen at home, 26/02/2026) showed me his dinosaur bed and said \"Daddy reads me the "
              "dinosaur book\". He said he likes \"Auntie Denny's house\" because \"she has a trampoline\". At "
              "nursery he plays well with other children; his key worker says he talks about his mum's "
              "photo, which he keeps in his bag."),
        ("h1", "5. Analysis"),
        ("p", "5.1 There has been real progress: Mr Pemberton is mostly sober, the children are fed, and Harvey "
              "is in nursery. The risk remains that Mr Pemberton will drink at times of grief, and that Summer "
              "will go back to caring for Harvey and for her dad if he does. His one positive breath test came "
              "on a painful anniversary, and the anniversary of Lisa's death is in March."),
        ("p", "5.2 Had Summer's school known about her mum's death at the time, she might have had "
              "bereavement support two years ago; the school knows now and is part of this plan."),
        ("h1", "6. Recommendation"),
        ("p", "6.1 I recommend that Summer and Harvey remain subject to child protection plans under the "
              "category of neglect, with the plan below. If the parenting assessment is positive and Mr "
              "Pemberton stays sober, I expect to recommend at the next review that the plans end."),
        ("h1", "7. What we want for Summer and Harvey"),
        ("numbers", [
            "Summer and Harvey are cared for every day by a dad who is sober, and are never in a car with an "
            "adult who has been drinking.",
            "Summer goes to school every day, goes back to drama club, and is no longer her brother's and her "
            "dad's carer.",
            "Harvey goes to nursery on time, his health needs are checked, and he is ready to start school in "
            "September 2026.",
            "Summer and Harvey can talk about their mum at home, and have food, clean clothes and a tidy, warm "
            "house.",
        ]),
        ("h1", "8. Recommended child protection plan"),
        ("pi", "8.1 Weekly home visits to be undertaken by the social worker, Daniel Osei, until the next review "
               "conference, one visit in three unannounced and at least one each fortnight after 5pm, with "
               "Summer and Harvey each seen on their own and every visit recorded on the file within two "
               "working days."),
        ("pi", "8.2 Completion of the parenting assessment (lead: Maria Lindqvist, Calvermoor Family "
               "Intervention Service) by 30/04/2026, with the report and its recommendation on whether Mr "
               "Pemberton can meet the children's needs without a plan shared with the core group on "
               "19/05/2026."),
        ("pi", "8.3 Continued key work for Mr Pemberton by Jo Pike, recovery worker at Calvermoor Alcohol "
               "Service, every Tuesday, with a breath test at each session and a written report two working "
               "days before each core group on whether he is staying sober and is likely to remain so while he "
               "cares for Summer and Harvey."),
        ("pi", "8.4 Repeat liver function and CDT blood tests to be taken by Dr Leila Anwar, GP at Wharf Street "
               "Surgery, by 31/03/2026 and again by 31/07/2026, with the results and her view of Mr "
               "Pemberton's drinking sent to the social worker by letter."),
        ("pi", "8.5 No alcohol to be drunk by Mr Pemberton on any day he is caring for Summer and Harvey, from "
               "10/03/2026 until the plan ends, shown by a breath test reading of 0.00 at every afternoon visit "
               "by the social worker or Jo Pike."),
        ("pi", "8.6 Attendance by Mr Pemberton at the Calvermoor Recovery Community's Thursday evening group, "
               "every week from 12/03/2026, shown by the register the group facilitator sends to the social "
               "worker at the end of each month."),
        ("pi", "8.7 Harvey to be taken to Little Oaks Nursery by his dad every Monday, Tuesday and Wednesday "
               "morning by 9am, with the nursery manager, Kelly Grant, e-mailing his attendance and arrival "
               "times to the social worker every Friday."),
        ("pi", "8.8 A morning check-in for Summer with her key adult, Mrs Ward, every school day, arranged by "
               "Mrs Helen Barker (Designated Safeguarding Lead, Calvermoor Park Primary School), who will send "
               "Summer's attendance and any CPOMS entries to the social worker every Friday; Summer's "
               "attendance is expected to be 95% or higher by the next review."),
        ("pi", "8.9 Summer's place at Calvermoor Young Carers to continue, with her young carers' worker, Beth "
               "Allen, seeing her every other Wednesday after school and completing a review of Summer's "
               "caring role by 17/04/2026, shared with the social worker and with Summer."),
        ("pi", "8.10 Direct work with Summer by the social worker about her mum's death and her dad's drinking, "
               "in six weekly sessions from 16/03/2026, with Summer's own worry score (0 to 10) recorded at "
               "the first and last session and her memory book kept on file."),
        ("pi", "8.11 A health review for Harvey (growth, teeth and speech) by the health visitor, Anita Shah, by "
               "27/03/2026, with the results written in his red book and sent to the social worker, and "
               "Harvey registered with a dentist by the same date."),
        ("pi", "8.12 Tea and an evening at their aunt's for Summer and Harvey every Thursday until 8pm, while "
               "Mr Pemberton is at his group: Denise Pemberton will collect them from school and nursery and "
               "text the social worker each Thursday night to say they are home."),
        ("pi", "8.13 Overnight stays for Summer and Harvey at Denise's house every other Saturday, hosted by "
               "Denise, who will text the social worker each Sunday evening when she has taken them home."),
        ("pi", "8.14 A family network meeting to be convened by the social worker by 27/03/2026, to agree a "
               "second adult who can care for the children if Mr Pemberton drinks or Denise is unable to help, "
               "with the notes, naming that adult and the days they can do, on file within a week of the "
               "meeting."),
        ("pi", "8.15 Fortnightly home sessions with Mr Pemberton on meals, bedtimes and the state of the house, "
               "delivered by Aaron Mills (family support worker, Calvermoor Family Hub) until 19/05/2026, with "
               "the Home Conditions Scale completed at each session and the scores shared with the social "
               "worker."),
        ("h1", "9. Contingency"),
        ("bullets", [
            "If Mr Pemberton blows over 0.00 at any visit, or school, nursery or anyone in the family sees him "
            "under the influence while the children are in his care: the social worker (or the Emergency Duty "
            "Team out of hours) sees the children that day; they go to Denise's house, 27 Linnet Close, that "
            "night; a strategy discussion is held with the police the same day; and the social worker asks "
            "Rebecca Wood for a legal planning meeting within five working days.",
            "If Mr Pemberton is seen driving with the children while he is banned, or after drinking, whoever "
            "sees it rings 999 straight away.",
            "If Denise cannot have the children (she is ill or away, or the arrangement breaks down), she rings "
            "the social worker the same day; the children go to the second adult agreed at the family network "
            "meeting, and if there is no one, the social worker arranges an emergency foster placement that "
            "day.",
            "If two breath tests are over 0.00 before the core group on 19/05/2026, or the parenting assessment "
            "says the children cannot be cared for safely at home, the social worker will ask Rebecca Wood for "
            "a legal planning meeting to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "10. Core group and review"),
        ("p", "10.1 The core group will meet every four weeks at Calvermoor Family Hub at 10am: 24/03/2026, "
              "21/04/2026, 19/05/2026, 16/06/2026, 14/07/2026 and 11/08/2026."),
        ("p", "10.2 The next review child protection conference has been booked for 08/09/2026 at 10am at "
              "Calvermoor Civic Offices."),
        ("p", "Daniel Osei, social worker, 02/03/2026"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan typed by business support from the social
#    worker's handwritten notes: a key of initials, clipped headings, then
#    sixteen numbered clipped lines, with typist's "NB" lines that are not
#    actions. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b173_cindersby_icpc_plan_typed_from_sw_notes_kowalczyk.txt",
    "split": "heldout",
    "actions": 16,
    "template": "icpc-plan-txt-typed-by-business-support-from-sw-handwritten-notes-typists-note-key-of-initials-clipped-caps-headings-dash-bullets-then-plan-as-sixteen-numbered-clipped-lines-owner-initials-first-dashes-between-what-when-and-check-with-unnumbered-nb-lines-then-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 3-year-old and a 7-month-old living with neglect, typed by "
        "business support from the social worker's handwritten notes: the mother smokes cannabis most "
        "days, the baby's weight has fallen from the 50th to the 9th centile with his immunisations "
        "missed, the father shouts and smashed the mother's phone, and the paternal grandmother helps "
        "every week. A key of initials comes first, then clipped headings and the plan as sixteen "
        "numbered clipped lines ('TW to visit wkly until RCPC ...', 'NK + JB - no cannabis smoked in the "
        "flat ...'), with typist's 'NB' lines of a wish, history and a conditional that are not "
        "actions. Faults: the health visitor's growth checks 'ongoing'; the dentist with no check; "
        "'Family' getting Chloe to nursery; the key worker's daily 'monitor'; a housing letter with no "
        "time; a contingency that sends the children to the grandmother with nothing said if she "
        "cannot have them; and a review conference 'date TBC'."
    ),
    "text": """\
CINDERSBY COUNCIL - CHILDREN'S SERVICES
Safeguarding and Family Support, North Locality

CHILD PROTECTION PLAN - Chloe and Oskar KOWALCZYK-BARNES
Agreed at the initial child protection conference on 13/01/2026

Typed by Bev Rowe (business support) on 15/01/2026 from TW's handwritten
notes of the conference. TW has read it through. Where I could not read a
word I have put [?]. Initials are as in the key below.

KEY
TW    Tasha Whitley, social worker
NK    Natalia Kowalczyk, Mum
JB    Jake Barnes, Dad
PAT   Pat Barnes, Dad's mum (paternal grandmother)
HV    Gemma Lord, health visitor, Cindersby 0-19 Service
KW    Sam Price, Chloe's key worker, Tiddlers Day Nursery
DS    Dom Sykes, worker at Cindersby Drug and Alcohol Service (CDAS)
FSW   Lou Kent, family support worker, Cindersby Family Hub
TM    Graham Ellery, team manager

CHILDREN   Chloe, DOB 04/11/2022 (3) - Tiddlers Day Nursery, Mon-Thu mornings
           Oskar, DOB 19/05/2025 (7 months)
ADDRESS    Flat 6, Kiln Court, Mill Road, Cindersby CN3 4LT
CATEGORY   Neglect (both children)

WHY THERE IS A PLAN
- NK smokes cannabis most days (says "just at night to help me sleep"). Urine
  test at CDAS on 08/01 positive for cannabis.
- O's weight dropped from 50th to 9th centile between his 8 wk and 6 mth weighs.
  Missed his 12 + 16 wk jabs.
- C's 2 yr review missed x2. Only a few words. Seen at nursery in the same
  clothes 4 days running.
- Flat: damp + black mould in kids' bedroom, no bedding on C's bed, dirty
  nappies in the kitchen (HV visit 18/12).
- JB shouts at NK; smashed her phone on 02/01 with both kids in the room.
  Police attended, no arrest.

WHAT IS GOING WELL
- Both parents came to conference + said they want to work with us.
- O is a smiley baby and feeds well when he is fed on time (HV).
- PAT helps a lot - has the kids most Weds.
- JB has agreed to go on the Cindersby Fathers' Programme.

WHAT CHLOE AND OSKAR TELL US
- Chloe (seen at nursery 09/01 with KW): pointed at the daddy doll and said
  "Daddy shouty. Mummy sleepy." Hid behind KW when a door banged. Wants
  "Nanny Pat's house" and "a pink bed".
- Oskar (seen at home 06/01 + 10/01): lying in his bouncer both visits, flat
  patch on the back of his head, nappy soaked on 06/01. Smiled and reached
  for TW. Settled fast when PAT held him.

WHAT NEEDS TO BE DIFFERENT FOR CHLOE AND OSKAR
1. O gains weight, gets back to at least the 25th centile, and has all his jabs.
2. C's speech and development are checked and helped, and C is at nursery
   every day she is booked.
3. C + O are cared for by parents who are not under the influence of cannabis.
4. C + O live in a warm, dry flat with clean beds, and don't hear shouting or
   see things smashed.

THE PLAN (who - what - when - how we'll know)
1.  TW to visit wkly until RCPC, 1 in 3 unannounced - see C + O, O awake,
    check fridge + cot - visit notes on CareFile within 48 hrs.
2.  HV to continue O's growth checks - ongoing - weights in red book +
    e-mailed to TW.
3.  HV to do C's overdue 2 yr review (ASQ-3) at home by 06/02/26 - scores to TW.
4.  HV to refer C to speech + language by 30/01/26 - referral accepted letter
    on file.
5.  NK to take O to GP for his missed jabs by end of Jan (30/01/26) - TW sees
    red book.
6.  NK to take C to dentist (Brook St) before Feb half term.
7.  DS (CDAS) to see NK fortnightly for keywork + urine test each time -
    results + letter to TW before each CG on whether she is stopping and can
    stay stopped while caring for C + O.
8.  NK + JB - no cannabis smoked in the flat, and none at all when either of
    them is alone with the kids - from 13/01/26 - TW + FSW to note any smell
    or [?]paraphernalia at every visit; urine results from DS.
    NB NK would like to go back to work at the bakery when O is 1 - not part
    of the plan.
9.  JB to do the Cindersby Fathers' Programme - TW referred 14/01 - 17 wk
    course starts Wed 04/02/26 - register to TW monthly.
    NB JB did 2 sessions of anger management in 2023 but did not finish.
10. FSW (Lou) - home routines + home conditions sessions wkly for 8 wks from
    20/01 - home conditions checklist score each session, to TW.
11. Family to make sure C is at nursery every day she is booked (Mon-Thu am)
    - nursery register to TW Fridays.
12. KW to monitor C's presentation + speech daily.
13. PAT to have C + O at hers Weds 9am-3pm so NK can get to CDAS + do the
    shopping - PAT texts TW Weds night.
14. PAT to supervise when JB has the kids at hers on Sats, 10am-4pm - PAT
    signs contact sheet, TW sees it each wk.
15. Housing - TW to write to Cindersby Homes re damp + mould in kids' room -
    copy of letter on file.
16. TW to do 4 sessions of direct work with C (play, "All About Me" book) wkly
    from 26/01 - her drawings + words on file.
    NB if the speech + language referral is accepted C might get a place at
    the Little Talkers group at the Family Hub.

IF THINGS GO WRONG
- If NK or JB found under the influence while alone with the kids, OR O's
  weight drops below the 2nd centile, OR police called about shouting or
  damage at the flat - TW (EDT out of hrs) visits same day, strategy
  discussion same day, kids go to PAT's (12 Kiln Lane, Cindersby).
- If any of the above happens twice, or by the RCPC O's weight and NK's urine
  results show no change, TW to ask TM for a legal planning meeting within 5
  working days (PLO).

MEETINGS
- Core group every 4 wks, Cindersby Family Hub, 10am: 27/01/26, 24/02/26,
  24/03/26.
- RCPC: date TBC - conference team to send out.

Copies: NK, JB, PAT, HV, KW, DS, FSW, GP (Dr Usha Menon, Mill Road Surgery).
""",
    "findings": [
        F("T002", "HV to continue O's growth checks"),
        F("M001", "NK to take C to dentist (Brook St)"),
        F("W002", "Family to make sure C is at nursery"),
        F("M002", "KW to monitor C's presentation + speech daily."),
        F("T001", "Housing - TW to write to Cindersby Homes re damp"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Review conference plan written as a narrative: who's who, then a
#    paragraph per area of the children's lives under "What will happen",
#    each action one sentence among sentences of history, wishes, a
#    conditional and a counterfactual. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b173_corravale_rcpc_narrative_paragraph_per_area_rafferty.md",
    "split": "heldout",
    "actions": 15,
    "template": "rcpc-plan-md-intro-then-whos-who-table-why-going-well-childrens-words-outcomes-then-what-will-happen-as-one-narrative-paragraph-per-area-under-h4-headings-each-action-one-sentence-owner-by-first-name-role-or-pronoun-with-time-and-check-among-history-wish-conditional-and-counterfactual-sentences-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary review conference plan for a 12-year-old young carer and a 6-year-old whose mother "
        "has bipolar disorder: in October she stopped her lithium, left the children alone at night "
        "and was detained in hospital for three weeks. After a who's who, the children's words and the "
        "outcomes, the plan is written as a narrative, one paragraph for each area of the children's "
        "lives. Each action is one sentence with its owner (by first name or role from the who's who, "
        "or 'He' pointing back to the care coordinator or the father), a time and a check, and the "
        "paragraphs also hold sentences that are not actions: history in the past tense, the mother's "
        "wish, a conditional ('Should Gemma become unwell again ...') and a counterfactual ('Had the "
        "high school known earlier ...'). The CMHT care coordinator and consultant report on the "
        "mother's capacity to change and its timescale, the father's and aunt's help has a fallback, "
        "legal planning follows named triggers, and core group and review dates are set."
    ),
    "text": """\
# Corravale Council - Children's Services

## Child protection plan for Esme and Rory Rafferty

Agreed at the review child protection conference on 03/03/2026 and written up by Jenna Holt
(social worker). The plan is written in plain paragraphs, one for each part of Esme's and Rory's
lives, so that Gemma, Paul, Esme and every agency read it the same way. In "What will happen", every
sentence that says someone will do something also says when and how we will know it has been done;
the other sentences explain why.

### Who's who

| Name | Who they are |
|---|---|
| Esme Rafferty | 12, Year 8 at Corravale High School |
| Rory Rafferty | 6, Year 2 at St Bride's C of E Primary School |
| Gemma Rafferty | Mum, 35. Esme and Rory live with her at 41 Tannery Lane, Corravale CV2 6PF |
| Paul Rafferty | Dad, 38. Lives at 3 Quarry Rise, Corravale, and has the children at weekends |
| Claire Dunn | Gemma's sister, 9 Tannery Lane |
| Jenna Holt | Social worker, Corravale Safeguarding Team East (team manager: Owen Price) |
| Marcus Bell | Gemma's care coordinator (community psychiatric nurse), Corravale Community Mental Health Team (CMHT) |
| Dr Ruth Achebe | Gemma's consultant psychiatrist, Corravale CMHT |
| Mrs Lorna Fyfe | Designated Safeguarding Lead, Corravale High School |
| Mr Dev Patel | Rory's class teacher, St Bride's |
| Naz Karim | Young carers' worker, Corravale Young Carers |
| Abi Stone | School nurse, Corravale 0-19 Service |

Category: neglect (both children), since the initial conference on 02/12/2025. Chair: Frances Adair
(Independent Reviewing Officer).

### Why there is a plan

Gemma has bipolar disorder. In October 2025 she stopped taking her lithium, stopped sleeping and spent
most of her money on things ordered online. On 14/11/2025 Esme rang 999 because her mum had not come
home by 11pm and Rory was asleep upstairs; the police found Gemma in the town centre, and she was
admitted to Ashgrove Ward under section 2 of the Mental Health Act for three weeks. Before and after
that, Esme missed 31 days of school looking after Rory and her mum, and Rory often came to school
hungry and in unwashed clothes.

### What is going well

- Gemma has taken her lithium every day since she came home on 05/12/2025, and her blood levels on
  06/01/2026 and 03/02/2026 were in range.
- Paul has had the children every weekend since December, and they say they love it.
- Claire has helped with the school run since January.
- Esme's attendance is 92% this half term, and Mrs Fyfe has found her a place in the Thursday netball
  club.

### What Esme and Rory say

**Esme** (seen on her own at school by Jenna, 24/02/2026): "When Mum's poorly I do everything, tea,
Rory's bath, the washing. I don't mind, I just get tired." "I want to be normal and go to netball."
"I'd rather talk to Naz than a counsellor." She scored her worry about her mum 7 out of 10.

**Rory** (seen at home with his Lego, 26/02/2026): "Mummy was in the hospital for poorly heads."
"Esme makes my toast." He drew his house with everyone smiling and said the best day is "Saturday at
Daddy's".

### What we want for Esme and Rory

1. Esme and Rory are looked after every day and night by an adult who is well enough to care for them,
   and they know who will look after them if their mum becomes unwell.
2. Esme is in school every day, has time for friends and netball, and no longer has to care for her
   mum and her brother.
3. Rory comes to school fed, clean and on time, and his health needs are met.
4. Esme and Rory understand their mum's illness in words that fit their age, and can say who they
   would tell if they were worried.

### What will happen

#### Keeping Esme and Rory safe at home

Gemma was discharged from Ashgrove Ward on 05/12/2025 and has been well since. Jenna will visit Esme
and Rory at home every week until the next review conference, one visit in three unannounced, and will
see each of them on their own and write what they say on the case file within two working days. Gemma
will take her lithium every evening and will not stop or change it without first speaking to Dr
Achebe, and the lithium level from her blood test at the CMHT clinic every four weeks will show that
she is taking it. Should Gemma become unwell again, the steps under "If things go wrong" apply at once.
Jenna will rewrite Gemma's crisis plan with Gemma, Paul, Claire and Marcus by 20/03/2026, naming who
looks after Esme and Rory at each stage of a relapse, and the signed crisis plan will be kept on both
the CMHT file and the children's file.

#### Mum's health and what it means for Esme and Rory

Marcus has seen Gemma every fortnight since she came home. He will keep visiting her at home every
fortnight to check her mood, her sleep and her medication, and two working days before each core group
he will send Jenna a written report saying whether Gemma is making the changes Esme and Rory need and
how long any further change is likely to take. Dr Achebe will see Gemma in clinic by 27/03/2026 and
will set out in a letter to Jenna, copied to the core group, how likely Gemma is to relapse, what would
need to change for the children to stay safe through a relapse, and how long that change is likely to
take. Gemma would like to come off lithium one day, but she and Dr Achebe agree that it is not for now.

#### School

Esme missed 31 days in the autumn term, most of them on days when her mum could not get up. Mrs Fyfe
will meet Esme every Monday before registration to plan her week, and will e-mail Jenna Esme's
attendance and anything logged on CPOMS every Friday, with Esme's attendance expected to reach 95% by
the next review conference. Had the high school known earlier that Esme was staying at home to care for
her mum, she would have been offered a young carer's assessment last spring. At St Bride's, Mr Patel
will check at registration every school day that Rory has had breakfast and is in clean clothes,
logging what he sees on CPOMS and e-mailing Jenna a summary each Friday.

#### Esme's caring and her feelings

Naz will complete Esme's young carer's assessment by 13/03/2026 and will then see her every other
Wednesday at the young carers' club, sending Jenna the assessment and Esme's own list of what she does
at home. Jenna will do six sessions of direct work with Esme, one a week from 09/03/2026, about her
mum's illness and what is and is not her job, and will write down Esme's worry score out of 10 at the
first and the last session. Esme told us she would rather talk to Naz than to a counsellor at school.

#### Rory's health and care

Abi will see Rory at school by 20/03/2026 for a health review of his height, weight, teeth and eyes,
and will send Jenna a letter with the results. Paul will take Rory to Millgate Dental Practice for a
check-up before the Easter holidays start on 30/03/2026, and will show Jenna the appointment card.
Gemma will wash Rory's uniform every Sunday and Wednesday evening, and Mr Patel's Friday e-mail will say
on which days Rory came to school in clean clothes.

#### Help from the family

Paul has had Esme and Rory every weekend since December. He will have them at his house from Friday
after school until 5pm on Sunday every week, so that Esme has her weekends free, and will text Jenna
each Sunday evening to say they are home. Claire will take Rory to school every Tuesday and Thursday
morning and sign him in at the school office, so that the register shows who brought him. Jenna will
hold a family network meeting with Gemma, Paul, Claire and Esme by 27/03/2026 to agree who else could
step in, and the notes, naming each person and what they will do, will be on file within a week of the
meeting.

### If things go wrong

- If Gemma shows two or more of her early warning signs (sleeping less than four hours for two nights,
  talking very fast, spending money she does not have) or misses her lithium for two days: Gemma,
  Esme, Paul or Claire rings Marcus (or the CMHT crisis line out of hours) the same day; the crisis
  team sees Gemma within 24 hours; and Esme and Rory go to Paul's that day and stay there until Marcus
  and Jenna agree Gemma is well enough to care for them.
- If Paul cannot have them (he is working away or is ill), Claire has them at 9 Tannery Lane. If
  neither Paul nor Claire can, Jenna (or the Emergency Duty Team out of hours) arranges an emergency
  foster placement that day.
- Esme has Jenna's number and 999 on her phone for if her mum is missing or she is frightened. Esme is
  never expected to look after Rory overnight on her own.
- If Gemma is admitted to hospital again, the children stay with Paul, and Jenna holds a strategy
  discussion with the CMHT and the police the same day.
- If Gemma stops her lithium again and the children are left without a safe adult, or Dr Achebe's
  letter says the children could not be kept safe through a relapse, Jenna will ask Owen Price for a
  legal planning meeting within five working days, to decide whether to start the Public Law Outline.

### Meetings

- Core group every four weeks, Wednesdays at 4pm at Corravale Family Centre (Esme joins the first half
  hour if she wants to): 18/03/2026, 15/04/2026, 13/05/2026, 10/06/2026, 08/07/2026 and 05/08/2026.
- Next review child protection conference: Tuesday 01/09/2026 at 10am, Corravale Town Hall.

Plan sent to Gemma, Paul, Claire and every agency on 05/03/2026. Jenna went through it with Esme and
Rory on 06/03/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Record of the second core group for a 7-week-old: meeting details,
#    attendance table, progress since the last meeting, the baby's days,
#    views, outcomes, then a "What was agreed" table whose action cell is in
#    minute grammar with the owner inside it. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b173_caddonmere_core_group_record_agreed_in_minute_grammar_adebayo.docx",
    "doc_title": "Core Group Record - Zion Adebayo-Marsh",
    "split": "heldout",
    "actions": 14,
    "template": "core-group-record-docx-meeting-details-table-attendance-table-since-last-time-past-tense-babys-days-parents-views-outcomes-then-what-was-agreed-table-no-agreed-cell-in-minute-grammar-owner-inside-by-when-how-often-how-the-core-group-will-know-then-contingency-reconfirmed-next-meetings",
    "description": (
        "Exemplary record of the second core group for a 7-week-old baby: his 19-year-old mother is a "
        "care leaver with anxiety under the perinatal mental health team, and his father assaulted her "
        "when the baby was a week old and now sees him only at his own mother's house. After the "
        "progress since the first core group (past tense), the baby's days, the parents' views and "
        "the outcomes, the plan is a 'What was agreed' table whose action cell is written in the "
        "grammar of minutes with the owner inside it ('Laura said she would ...', 'Priya agreed to "
        "...', 'Nicola confirmed the perinatal team will ...', 'Kyle agreed that he will not go to the "
        "flat ... until ...', 'It was agreed that Sian will ...'), beside 'By when / how often' and "
        "'How the core group will know' columns. The perinatal team reports on the mother's capacity "
        "to change and its timescale, the GP owns an action, the grandmother's and former foster "
        "carer's help has a fallback, legal planning follows named triggers, and core group and review "
        "dates are set."
    ),
    "blocks": [
        ("title", "Core Group Record"),
        ("p", "Caddonmere Borough Council · Children's Services · Family Safeguarding Team (South)"),
        ("table", {
            "rows": [
                ["Child", "Zion Adebayo-Marsh, born 12/01/2026 (7 weeks)"],
                ["Home", "Flat 3, 18 Weir Street, Caddonmere CD4 1RA, with his mum"],
                ["Mum", "Joy Adebayo (19). Care leaver; personal adviser Tom Walsh, Caddonmere Leaving Care "
                        "Team"],
                ["Dad", "Kyle Marsh (22). Lives with his mother, Bernice Marsh, at 14 Sorrel Way, Caddonmere"],
                ["Category", "Emotional abuse (domestic abuse). Initial conference 27/01/2026"],
                ["Meeting", "Core group 2, Tuesday 03/03/2026, 10am, Caddonmere Family Hub (Willow Room)"],
                ["Chair", "Laura Finch, social worker (team manager: Andrea Nwosu)"],
                ["Notes", "Amy Cole, family support assistant"],
            ],
            "widths": [3.5, 13.5],
            "bold_first_col": True,
        }),
        ("h1", "Present"),
        ("table", {
            "header": ["Name", "Role"],
            "widths": [5.0, 12.0],
            "rows": [
                ["Joy Adebayo", "Zion's mum"],
                ["Kyle Marsh", "Zion's dad (first half of the meeting)"],
                ["Laura Finch", "Social worker (chair)"],
                ["Priya Desai", "Health visitor, Caddonmere 0-19 Service"],
                ["Nicola Grey", "Perinatal mental health nurse, Caddonmere Perinatal Mental Health Team"],
                ["Tom Walsh", "Personal adviser, Caddonmere Leaving Care Team"],
                ["Sian Roberts", "Family support worker, Caddonmere Family Hub"],
                ["Linda Pryor", "Joy's former foster carer, who still helps her"],
                ["Bernice Marsh", "Kyle's mother, Zion's paternal grandmother"],
            ],
        }),
        ("p", "Apologies: Dr Ruth Hallam, GP, Weir Street Medical Centre (sent a letter, read out by Laura)."),
        ("h1", "1. Since the last core group (10/02/2026)"),
        ("p", "Laura has visited every week: five visits, two of them unannounced. Zion was seen awake every "
              "time, in clean clothes and sleeping in a clean Moses basket."),
        ("p", "As far as anyone knows, Kyle has kept away from the flat. He has seen Zion at Bernice's house "
              "nine times, and Bernice's contact sheets show he has been gentle and patient with him."),
        ("p", "Joy missed one perinatal appointment, on 17/02/2026, because of the bus strike, and rang to "
              "rebook it."),
        ("p", "The fireguard and stair gate that the Leaving Care Team agreed at the first core group to buy "
              "have not yet arrived."),
        ("p", "Kyle's assessment for the perpetrator programme on 24/02/2026 was cancelled by the programme, "
              "because the facilitator was off sick. A new date has been given."),
        ("h1", "2. Zion's days"),
        ("p", "Zion is 7 weeks old. Priya weighed him on 27/02/2026 at 4.6kg, just above the 25th centile. He "
              "was born on the 50th centile and fell to the 9th in his second week, when Joy was finding "
              "breastfeeding hard; he is now bottle fed and is climbing back up. He takes 120ml about every "
              "three hours in the day and wakes twice at night. He sleeps in his Moses basket beside Joy's "
              "bed. He startles at loud noises and calms when Joy holds him against her shoulder and hums. At "
              "Laura's visit on 26/02/2026 he fixed his eyes on Joy's face and smiled at her, and Joy said "
              "\"he only does that for me\". Linda says he settles best after his bath."),
        ("h1", "3. What Joy and Kyle said"),
        ("p", "Joy said she feels \"more confident with the bottles now\" but gets panicky at night when Zion "
              "will not settle, and that Linda's evenings \"make all the difference\". She would like to start "
              "a college course in September 2026 and asked about nursery places; Tom will talk this through "
              "with her at her pathway plan review in June, and it is not part of this plan."),
        ("p", "Kyle said he \"just wants to be a proper dad\". He finds the supervision embarrassing but said he "
              "understands why it is needed and that he will keep to it."),
        ("h1", "4. What we want for Zion (from the initial conference)"),
        ("bullets", [
            "Zion is fed, warm and growing, and stays on or above the 25th centile.",
            "Zion sleeps safely at every sleep, on his back in his own Moses basket.",
            "Zion never sees or hears shouting, threats or violence between the adults who care for him.",
            "Zion is cared for by a mum who is well enough to notice and answer his cues, and there is always "
            "a named adult ready to care for him if she cannot.",
        ]),
        ("h1", "5. What was agreed today"),
        ("table", {
            "header": ["No.", "What was agreed", "By when / how often", "How the core group will know"],
            "widths": [1.0, 7.4, 3.8, 4.8],
            "rows": [
                ["1",
                 "Laura said she would carry on visiting Joy and Zion at the flat, at least one visit in three "
                 "unannounced, seeing Zion awake and where he sleeps.",
                 "Every week until the review conference on 21/04/2026",
                 "Visit record on the file within two working days, saying where Zion slept and who was in the "
                 "flat"],
                ["2",
                 "Priya agreed to weigh Zion and watch a feed at home every week until he is 12 weeks old, then "
                 "every fortnight.",
                 "Weekly to 06/04/2026, then fortnightly",
                 "Weights plotted on the red book chart, with Zion on or above the 25th centile at each weigh; "
                 "a drop across a centile line phoned to Laura the same day"],
                ["3",
                 "Nicola confirmed the perinatal team will see Joy every fortnight for her anxiety, and will write "
                 "to Laura on whether Joy can make and keep the changes Zion needs and how long that is likely "
                 "to take.",
                 "Fortnightly; letter by 31/03/2026",
                 "Nicola's letter on Zion's file by 31/03/2026 and read at the core group on 14/04/2026"],
                ["4",
                 "Kyle agreed that he will not go to the flat, or see Zion anywhere other than at his mother's "
                 "house with her in the room, until the core group has read his programme assessment.",
                 "From today until the core group on 14/04/2026",
                 "Bernice's signed contact sheets; Laura asks Joy at every visit whether Kyle has been to the "
                 "flat and records her answer"],
                ["5",
                 "Bernice said she would supervise Kyle's time with Zion at 14 Sorrel Way and stay in the room "
                 "throughout.",
                 "Every Wednesday and Saturday, 2pm to 4pm",
                 "Contact sheet signed by Bernice after each contact and collected by Laura every week"],
                ["6",
                 "Linda offered to come to the flat to help with Zion's bath and bedtime, and Joy agreed.",
                 "Every Sunday and Tuesday, 5pm to 8pm",
                 "Linda texts Laura each Tuesday night; Priya sees the bath and bedtime routine at her next "
                 "visit"],
                ["7",
                 "Kyle said he would go to the rebooked assessment for the Caddonmere Domestic Abuse Perpetrator "
                 "Programme and, if he is offered a place, to every weekly session.",
                 "Assessment on 10/03/2026; then weekly from the start date he is given",
                 "Assessment outcome letter to Laura by 17/03/2026; attendance register from the programme to "
                 "Laura every month"],
                ["8",
                 "Tom confirmed that the Leaving Care Team will buy and fit a fireguard and a stair gate at the "
                 "flat, and that he will go through Joy's budget with her.",
                 "Fitted by 13/03/2026; budget sessions every fortnight",
                 "Receipts on Joy's pathway plan file; Laura sees both fitted at her first visit after "
                 "13/03/2026; Tom confirms each month that Joy's rent and gas are paid"],
                ["9",
                 "Joy said she would take Zion to the surgery for his 8-week check and first immunisations.",
                 "10/03/2026, 9.40am, Weir Street Medical Centre",
                 "Red book entry seen by Priya at her next visit; GP letter to Laura"],
                ["10",
                 "Dr Hallam confirmed in her letter that she will see Joy for her postnatal check on the same "
                 "morning and write to Laura about Joy's mood and how it is affecting her care of Zion.",
                 "10/03/2026; letter within a week",
                 "GP letter on Zion's file by 17/03/2026"],
                ["11",
                 "It was agreed that Sian will do six sessions with Joy at the flat on Zion's routine and on "
                 "reading his cues.",
                 "Every Thursday, 05/03/2026 to 09/04/2026",
                 "Sian's session notes to Laura each week; Joy's feed and sleep diary filled in and looked at "
                 "together at each session"],
                ["12",
                 "Joy said she would put Zion down on his back in his own Moses basket for every sleep, day and "
                 "night, and that she will not bring him into her bed.",
                 "Every sleep",
                 "Priya and Laura see where Zion sleeps at every visit and record it; Linda checks at each "
                 "bedtime she helps with"],
                ["13",
                 "Laura said she would hold a family network meeting with Joy, Kyle, Linda and Bernice to name a "
                 "second adult who would care for Zion if Joy became unwell.",
                 "By 20/03/2026",
                 "Meeting notes on file, with the second carer's name and address and what they can do"],
                ["14",
                 "Laura will complete her parenting assessment of Joy, with Tom's and Nicola's views, and share "
                 "it with Joy and the core group.",
                 "Report by 31/03/2026; shared at the core group on 14/04/2026",
                 "Assessment report on file, with its recommendation for the review conference"],
            ],
        }),
        ("h1", "6. Contingency (gone through again and agreed)"),
        ("bullets", [
            "If Kyle comes to the flat, or there is any shouting, threat or violence between Joy and Kyle: Joy "
            "rings 999 if she or Zion is in danger; Laura (or the Emergency Duty Team) holds a strategy "
            "discussion with the police the same day; Kyle's contact stops until then; and Joy and Zion stay "
            "with Linda at 5 Fenwick Close that night if Joy does not feel safe at the flat.",
            "If Joy tells anyone she cannot cope, is not sleeping, or is thinking of harming herself: Joy or "
            "Linda rings Nicola (or the perinatal crisis line out of hours) the same day; Linda stays at the "
            "flat or has Joy and Zion at hers; and Laura sees Zion that day.",
            "If Bernice cannot supervise a contact, that contact does not take place, and Laura moves contact "
            "to Caddonmere Family Centre with a contact worker within a week.",
            "If Linda cannot help at bath and bedtime, or cannot have Joy and Zion to stay, Joy rings Laura that "
            "day. The second carer named at the family network meeting steps in; until that person is named, "
            "Sian or Priya visits the next morning and Laura agrees with Joy who will be with her that night. "
            "If no safe adult can be found, Laura arranges a mother and baby foster placement the same day.",
            "If Zion's weight drops below the 9th centile, or Kyle breaks the contact agreement, Laura will ask "
            "Andrea Nwosu for a legal planning meeting within five working days, to decide whether to start "
            "the Public Law Outline.",
        ]),
        ("h1", "7. Next meetings"),
        ("bullets", [
            "Core group every three weeks, Tuesdays at 10am, Caddonmere Family Hub: 24/03/2026 and 14/04/2026.",
            "Review child protection conference: Tuesday 21/04/2026 at 1.30pm, Caddonmere Town Hall.",
        ]),
        ("p", "Record sent to everyone present and to Dr Hallam on 05/03/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. The social worker's letter to both parents after an initial
#    conference: letterhead header, page footer, "I will", "you agreed" and
#    "other people" bullets, with plain paragraphs of wishes and history
#    between them. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b173_cumbleton_icpc_plan_letter_i_will_you_agreed_sallis.pdf",
    "doc_title": "Letter to Leanne and Gary Sallis - Poppy and Jack's child protection plan",
    "split": "heldout",
    "actions": 15,
    "min_pages": 2,
    "header": "Cumbleton Council · Children and Families Service · Northgate House, Cumbleton CU1 2NG · 01632 960418",
    "footer": "Letter to Leanne and Gary Sallis, 22/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "sw-letter-to-both-parents-after-icpc-paged-letterhead-header-footer-address-lines-dear-why-we-met-going-well-what-poppy-and-jack-told-me-what-we-want-then-the-plan-under-what-i-will-do-what-you-agreed-to-do-what-other-people-will-do-bullet-headings-first-and-second-person-and-reported-speech-then-if-things-go-wrong-meetings-signed",
    "description": (
        "The social worker's letter to both parents after an initial conference for an 11-year-old and "
        "a 9-year-old living with neglect: the father has been depressed since he was made redundant "
        "and is prescribed antidepressants by his GP, the mother works night shifts, the 11-year-old "
        "gets her brother up and to school, and the children were found alone late at night. The plan "
        "is written as bullets under 'What I will do', 'What you agreed to do' and 'What other people "
        "will do', in the first and second person and in reported speech ('Gary, you told us that "
        "from 20 January you will not leave ...', 'Mrs Cole ... said she will ...'), with plain "
        "paragraphs of a wish and a counterfactual between them. Faults: a young carers referral 'will "
        "be made' with no one named; the class teacher's reading with no check; the aunt helping "
        "'whenever she can'; 'The family' making sure of a hot meal; the father's depression with no "
        "adult service owning any action; and no legal planning anywhere in the plan."
    ),
    "blocks": [
        ("pl", "Mrs Leanne Sallis and Mr Gary Sallis"),
        ("pl", "27 Coppice Road"),
        ("pl", "Cumbleton CU4 8TJ"),
        ("pr", "22 January 2026"),
        ("p", "Dear Leanne and Gary,"),
        ("boldp", "Poppy and Jack's child protection plan"),
        ("p", "Thank you both for coming to the initial child protection conference on Tuesday 20 January. I "
              "know it was a long and hard meeting. I said I would write the plan down for you in my own "
              "words, so that you, the children's schools and everyone else working with you have the same "
              "copy. Please ring me on 01632 960431 if anything in it is not what you understood."),
        ("h2", "Why we met"),
        ("p", "Gary, you have been very low since you were made redundant in June, and your GP prescribed "
              "antidepressants for depression in August. You told the conference that most days you stay in "
              "bed until the afternoon. Leanne, you work nights at the Cumbleton distribution centre, 10pm to "
              "6am, four nights a week. Poppy has been getting herself and Jack up and to school, and Jack has "
              "been late 19 times since September. On 9 December a neighbour rang the police at 11.30pm "
              "because Jack was crying in the street: Gary had gone out and had not come back for two hours, "
              "and Leanne was at work. Jack has slept on the settee since his bed broke in October. The "
              "conference decided that Poppy and Jack need a child protection plan, under the category of "
              "neglect."),
        ("h2", "What is going well"),
        ("bullets", [
            "You both love the children very much, and they are close to you both.",
            "Poppy is doing well at school and is a good friend to others.",
            "Leanne has asked her manager about changing to day shifts from April.",
            "Leanne's sister Michelle lives near and the children like going to her house.",
        ]),
        ("h2", "What Poppy and Jack told me"),
        ("p", "When I saw Poppy on her own at school on 15 January she said: \"I do breakfast and make sure "
              "Jack's got his stuff. Dad's just tired all the time.\" \"I wish Mum didn't work nights.\" She "
              "would like to go to the street dance class on Thursdays. She put her worry about home at 8 out "
              "of 10."),
        ("p", "Jack told me at school the next day: \"I sleep on the settee. It's comfy but Poppy watches telly "
              "late.\" \"I got scared when Dad didn't come back.\" He would like \"a bed like Ollie's, with a "
              "desk under\"."),
        ("h2", "What we all want for Poppy and Jack"),
        ("bullets", [
            "Poppy and Jack are never left on their own at night, and always know which adult is looking after "
            "them.",
            "Poppy and Jack get to school on time every day, having had breakfast.",
            "Jack sleeps in his own bed, in his own room.",
            "Poppy has time to be 11: she goes to street dance and no longer has to get Jack ready for school.",
        ]),
        ("h2", "The plan"),
        ("p", "The conference agreed the plan below. I have written down who is doing each part, by when, and "
              "how we will know it has happened."),
        ("h3", "What I will do"),
        ("bullets", [
            "I will visit you and the children at home every week until the review conference on 21 April, "
            "and at least one visit in three will be unannounced; I will see Poppy and Jack on their own each "
            "time and write down what they tell me within two working days.",
            "I will complete an assessment of the children's care at home by 20 March, and go through it with "
            "you both before I send it to the core group.",
            "I will see Poppy on her own for four sessions, one a week from 2 February, about what she does at "
            "home and what she would like to change, and I will write down her worry score at the first and "
            "the last session.",
            "I will apply to the Cumbleton Household Support Fund for a bed and bedding for Jack by 6 February, "
            "and will put the grant letter on his file.",
        ]),
        ("h3", "What you agreed to do"),
        ("bullets", [
            "Leanne, you agreed to be home from work by 7.30am every school day to get Poppy and Jack up and "
            "off to school, and the school registers will show whether they arrive on time.",
            "Gary, you told us that from 20 January you will not leave Poppy and Jack on their own in the house "
            "after dark, not even for a few minutes, and I will ask the children about this at every visit and "
            "write down what they say.",
            "Gary, you said you would go to your GP appointment on 3 February and show me the appointment "
            "letter and anything the GP gives you.",
            "You both agreed to clear the small bedroom by 13 February so that Jack's new bed can go in, and I "
            "will look at the room on my first visit after that date.",
        ]),
        ("p", "Gary, you told the conference that you would like to be back at work by the summer. We can talk "
              "about how that would fit with the children's mornings when you feel ready."),
        ("h3", "What other people will do"),
        ("bullets", [
            "Mrs Cole, Poppy's head of year at Cumbleton Academy, said she will meet Poppy every Monday at "
            "8.40am and send me Poppy's attendance and any worries every Friday.",
            "Mr Hussain, Jack's class teacher at Larchfield Primary School, will read with Jack for ten minutes "
            "every morning before registration.",
            "A referral for Poppy to Cumbleton Young Carers will be made by 30 January, and the date of her "
            "first session will be put on her file.",
            "Michelle (Leanne's sister) said she would have the children at her house whenever she can, and "
            "will text me after they have been with her.",
            "The family will make sure Poppy and Jack have a hot meal every evening, and I will look in the "
            "fridge and ask the children what they have eaten at each visit.",
            "Julie Parr, the school nurse, will see Jack at school by 27 February to check his weight, teeth "
            "and eyes, and will send me a copy of her health review.",
        ]),
        ("p", "Had Jack's school known he was sleeping on the settee, they told me, they would have helped "
              "sooner; they know now."),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If Poppy and Jack are left on their own at night, or Gary is too unwell to look after them while "
            "Leanne is at work: Poppy rings me, or the Emergency Duty Team on 01632 960477 after 5pm, and I or "
            "the duty worker will see the children that day. The children will stay at Michelle's house, 22 "
            "Hawthorn Close, that night, and if they were found alone I will hold a strategy discussion with "
            "the police the same day.",
            "If Michelle cannot have them, Gary's parents, Ron and Sue Sallis (4 Elm Row, Cumbleton), have "
            "agreed to. If none of the family can, I will arrange a foster placement for Poppy and Jack that "
            "night.",
            "If the family cannot manage the children's evening meals, or Michelle can no longer help, I will "
            "book Jack into the after-school club at Larchfield Primary and Poppy into the homework club at "
            "Cumbleton Academy, both with a hot tea, every weekday from the next school day.",
            "If Gary tells either of you or the children that he is thinking of harming himself, ring 999 or "
            "take him to the emergency department at Cumbleton General Hospital, and ring me the same day.",
        ]),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Larchfield Primary School, 3.30pm: 3 February, 3 March and 31 March "
            "2026.",
            "Review child protection conference: Tuesday 21 April 2026 at 10am, Cumbleton Civic Centre.",
        ]),
        ("p", "Yours sincerely,"),
        ("pl", "Naomi Clarke"),
        ("pl", "Social Worker, Children and Families Service (team manager: Stuart Bain)"),
        ("p", "Copies to: Cumbleton Academy, Larchfield Primary School, the school nursing team, Michelle "
              "Marsden, and the conference chair, Peter Oyelowo."),
    ],
    "findings": [
        F("M001", "Mr Hussain, Jack's class teacher at Larchfield Primary School, will read"),
        F("W001", "A referral for Poppy to Cumbleton Young Carers will be made"),
        F("T002", "Michelle (Leanne's sister) said she would have the children"),
        F("W002", "The family will make sure Poppy and Jack have a hot"),
        F("F004"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan for a family moving to another authority: a
#    details table, then a Ref / What needs to happen / Lead / Timescale /
#    Evidence of progress table whose action cells are nominalised or
#    passive, then a one-line contingency. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b173_clerehurst_icpc_nominalised_action_table_transfer_nowak.md",
    "split": "heldout",
    "actions": 16,
    "template": "icpc-plan-md-details-table-why-going-well-zosias-words-and-leons-day-outcomes-then-ref-what-needs-to-happen-lead-timescale-evidence-of-progress-table-numbered-by-area-action-cells-nominalised-or-passive-completion-of-provision-of-attendance-by-to-be-undertaken-by-then-one-line-contingency-review-and-transfer-arrangements",
    "description": (
        "Initial conference plan for a 6-year-old and a 4-month-old whose mother has postnatal "
        "depression: the baby was found unfed and soaked in his cot while she lay in bed, his weight "
        "has fallen to the 9th centile, the 6-year-old makes his bottles, and the family moves to "
        "another authority on 01/05/2026. The plan is a Ref / What needs to happen / Lead / Timescale / "
        "Evidence of progress table numbered by area, its action cells written nominalised or passive "
        "('Completion of ...', 'Provision of ...', 'Attendance by ...', 'Weekly home visits to be "
        "undertaken by the SW', 'Leon's weight to be checked and plotted'). Faults: the parenting "
        "assessment is handed on to the receiving authority after the transfer; the perinatal team's "
        "sessions only treat the mother; the baby group is measured by 'Engagement with the group'; a "
        "volunteer scheme row has '-' for its lead; the ELSA sessions are 'As required'; the 'Family "
        "network' helps with the school run; and the contingency is one line with no specific "
        "trigger, only a review, no fallback if the grandmother's help ends and no legal planning."
    ),
    "text": """\
# Clerehurst City Council - Children's Safeguarding

## Child Protection Plan: Zosia and Leon Nowak

| | |
|---|---|
| **Children** | Zosia Nowak, born 08/09/2019 (6), Year 2, Clerehurst St Mary's Primary School; Leon Nowak, born 14/09/2025 (4 months) |
| **Address** | 7 Petrel Close, Clerehurst CL5 3DW. The family moves to Wenmouth on 01/05/2026 |
| **Mother** | Agnieszka Nowak (31) |
| **Father** | Tomasz Nowak (34), HGV driver, away two or three nights most weeks |
| **Maternal grandmother** | Halina Wójcik, visiting from Poland and staying at the house until 31/03/2026 |
| **Category** | Neglect (both children) |
| **Conference** | Initial child protection conference, 27/01/2026. Chair: Simon Kerr (IRO) |
| **Social worker** | Kerry Dale, Clerehurst Children's Safeguarding Team (team manager: Pauline Roy) |
| **Language** | Agnieszka and Halina prefer Polish; an interpreter is booked for every visit and meeting |

### Why there is a plan

Agnieszka was diagnosed with postnatal depression by her GP in November 2025 and was referred to the
Clerehurst Perinatal Mental Health Team in December. On 12/01/2026 Zosia's school rang because no one
had collected her. The social worker found Agnieszka in bed and Leon in his cot with a soaked nappy; he
had not been fed since the morning. Leon's weight has fallen from the 50th to the 9th centile. Zosia
has been late 14 times this year and told her teacher she makes Leon's bottles. Tomasz is away with
work two or three nights most weeks. The family is moving to Wenmouth for Tomasz's new job on
01/05/2026, and the plan will transfer to Wenmouth Council's Children's Services.

### What is going well

- Halina arrived on 20/01/2026 and has taken over the night feeds when Tomasz is away.
- Agnieszka started sertraline on 15/01/2026 and says she is sleeping better.
- Tomasz came to the conference and has already asked his firm for fewer nights away.
- Zosia is doing well with her reading and has good friends at school.

### Zosia's words and Leon's day

**Zosia** (seen on her own at school, 21/01/2026): "Mama is sad and sleeps a lot. I make Leon's
milk, I count the spoons." "I like it when Babcia is here, she makes pierogi." She would like "Mama to
take me to the park like before". She put her worry at 6 out of 10.

**Leon** is 4 months old. When the health visitor saw him on 22/01/2026 he lay quietly and did not cry
when his feed was late; he brightened and kicked when Halina talked to him in Polish, and fed hungrily
from her.

### What needs to change for Zosia and Leon

1. Leon is fed on time every day, and is back on the 25th centile by the time he is 6 months old.
2. Zosia is taken to school and collected on time every day, and never has to make Leon's bottles or
   look after him.
3. Zosia and Leon are cared for by an adult who is well enough to get up, feed them and play with
   them every day.
4. Zosia's and Leon's care carries on without a gap when the family moves to Wenmouth.

### The plan

| Ref | What needs to happen | Lead | Timescale | Evidence of progress |
|---|---|---|---|---|
| 1.1 | Weekly home visits to be undertaken by the SW, one in three unannounced, with Zosia seen on her own and Leon seen awake | Kerry Dale (SW) | Weekly until the transfer-in conference in Wenmouth | Visit records on the case file within 48 hours, with Zosia's words and when Leon was last fed |
| 1.2 | Completion of the parenting assessment of Agnieszka and Tomasz | Wenmouth Council Children's Services | Within 4 weeks of the transfer-in conference | Assessment report shared with the Wenmouth core group |
| 1.3 | Fortnightly sessions with Agnieszka for her low mood and anxiety | Clerehurst Perinatal Mental Health Team (Beth Lowry, perinatal nurse) | Fortnightly from 09/02/2026 | Attendance record sent to the SW each month |
| 1.4 | Review of Agnieszka's sertraline, and a letter to the SW on how her mood is affecting her care of Zosia and Leon | Dr Farah Hamid, GP, Clerehurst Road Surgery | By 20/02/2026 | GP letter on file |
| 2.1 | Leon's weight to be checked and plotted, and a feed watched, at each visit | Megan Toms (HV) | Weekly until Leon is 6 months old (14/03/2026), then fortnightly | Weights on the red book centile chart; Leon back on the 25th centile by 14/03/2026 |
| 2.2 | Attendance by Agnieszka and Leon at the Wednesday Baby Steps group at Clerehurst Family Hub | Agnieszka Nowak | Every Wednesday, 10am to 11.30am | Engagement with the group |
| 2.3 | Provision of a Clerehurst Good Neighbours volunteer to visit Agnieszka and Leon two mornings a week | - | By 27/02/2026 | Volunteer's start date on file |
| 2.4 | Night feeds for Leon on the nights Tomasz is away | Halina Wójcik (maternal grandmother) | Every night Tomasz is away, until 31/03/2026 | Night feed chart signed by Halina and read by the SW at each visit |
| 3.1 | Zosia to be taken to school by 8.50am and collected at 3.15pm | Agnieszka Nowak | Every school day | School register and late book, e-mailed to the SW each Friday |
| 3.2 | Help with Zosia's school run on the mornings Agnieszka has her appointments | Family network | Mondays and Fridays | Zosia's register shows her in by 8.50am on those days |
| 3.3 | Morning check-in for Zosia with her teaching assistant, with any worry logged on CPOMS | Mrs Alison Pike (DSL, Clerehurst St Mary's) | Every school day at 8.50am | CPOMS log, and a weekly e-mail to the SW |
| 3.4 | ELSA sessions for Zosia about her worries at home | Mrs Joanne Hughes (ELSA, Clerehurst St Mary's) | As required | Zosia's feelings scale at the first and last session |
| 4.1 | No driving work away from home for more than one night a week, so that Tomasz is at home for Leon's night feeds and Zosia's mornings | Tomasz Nowak | From 02/02/2026 until the review conference | Work rota shown to the SW each fortnight |
| 4.2 | Direct work with Zosia using her "My worries and wishes" book | Kerry Dale (SW) | Four sessions, fortnightly from 09/02/2026 | Zosia's book and her own words on file |
| 5.1 | Transfer of records to Wenmouth Council Children's Services, and a joint visit with the Wenmouth social worker before the move | Kerry Dale (SW) | Records by 20/04/2026; joint visit in the week before the move | Transfer summary on file; joint visit record on file |
| 5.2 | Registration of Agnieszka, Zosia and Leon with a GP and a health visitor in Wenmouth | Agnieszka Nowak | Within a week of the move | Registration letters shown to the Wenmouth social worker |

### Contingency

If things do not improve, or there are further concerns about Zosia or Leon, a core group meeting will
be called to review the plan and consider next steps.

### Review arrangements

- Core group every four weeks at Clerehurst Family Hub, Tuesdays at 10am: 10/02/2026, 10/03/2026 and
  07/04/2026.
- Review child protection conference: 21/04/2026 at 2pm, Clerehurst Civic Centre.
- Transfer-in conference: to be held by Wenmouth Council within 15 working days of the move.
""",
    "findings": [
        F("X001", "Completion of the parenting assessment of Agnieszka and Tomasz"),
        F("H001", "Fortnightly sessions with Agnieszka for her low mood and anxiety"),
        F("M002", "Attendance by Agnieszka and Leon at the Wednesday Baby Steps"),
        F("W001", "Provision of a Clerehurst Good Neighbours volunteer to visit Agnieszka and"),
        F("T002", "ELSA sessions for Zosia about her worries at home"),
        F("W002", "Help with Zosia's school run on the mornings Agnieszka"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})
