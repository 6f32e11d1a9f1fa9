"""Batch 191, module c: seven fictional plans (held-out material), places beginning with "c".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md (1 to 13),
without running planlint or reading its code.

Focus: every action timed, in the many ways real writers time their work.
No action in this module lacks a timescale (no T001), and no plan has more
than one vague one (T002). Times are given in columns whose headers the
writer chose ("From" / "Until", "How often" / "Target", "Dates" / "Review
at"), in banner rows over groups of rows ("In the two weeks after this
conference: all by Monday 09/03/2026"), in the action's own sentence
("fortnightly", "on Tuesdays and Thursdays", "for ten weeks from 10 March",
"within 24 hours of any charging decision", "before discharge", "by Ruby's
1-year check"), in a lead-in over a group of bullets ("All of these start on
Monday 9 March 2026 and run until the review conference"), in a timeline
keyed by action numbers, and in headings of a plain-text plan ("STRAIGHT
AWAY - BY FRIDAY 20 MARCH 2026", "EACH SCHOOL DAY UNTIL ..."). The four
faulty plans hold faults of other kinds: collective or missing owners,
missing or unobservable measures, an outcome about an adult only, a
treatment-only mental health row, a vague contingency, no fallback for
family help, no legal planning, no adult service owning any action, and
core group meetings with no dates.

1. an initial conference plan for a 9-year-old hit with a belt by his
   mother's partner and his 3-year-old sister, a landscape Word table with
   "From" and "Until" columns, how often inside the action cell (docx,
   exemplary);
2. a review conference plan for three children living with neglect and
   their father's drinking, a Word table grouped under shaded banner rows
   that give the time for the rows beneath them ("In the two weeks after
   this conference", "Every week ... until the next review conference",
   "Each school and nursery day", "In the spring term", "Before the next
   review conference") (docx): faults are the father joining the alcohol
   group "when he feels ready" (his own vague time overrides the banner's),
   the nursery's checks "Monitored by nursery", the learning mentor's
   sessions with "-" for how we'll know, "Family network" keeping the
   children out of the father's sole care, an outcome about the father
   only, and no fallback if the grandmother or aunt cannot help (T002,
   M002, M001, W002, F002, C003);
3. a pre-birth plan for an unborn baby whose mother, a care leaver, has
   emotionally unstable personality disorder and whose father smokes
   cannabis, a landscape table with "How often" and "Target" columns
   holding frequencies, dates in weeks of pregnancy and events ("within 2
   hours of the birth", "before discharge", "for the first 14 nights after
   discharge"), page header and footer (pdf, exemplary);
4. a core group plan for an 11-year-old young carer and her 6-year-old
   brother whose mother took an overdose, a table with "Dates" and "Review
   at" columns (lists of dates, days of the week, "each school day", core
   group numbers), page header and footer (pdf): faults are the CPN's
   visits that only support the mother, a passive young carers referral
   with "-" for its lead, the family support worker's sessions measured by
   "Claire's engagement with the sessions", the school nurse's health check
   with "-" for evidence, and no legal planning anywhere (H001, W001, M002,
   M001, R002);
5. a review conference plan for a 14-year-old and an 8-year-old after
   domestic abuse, bullets with the time inside each sentence, and one
   group under a lead-in that times it (md): faults are "Everyone in the
   network" passing on sightings, the class teacher who will "keep an eye
   on" the 8-year-old, the mother's Freedom Programme with no measure, a
   girls' group offered "asap", a contingency that only says the core
   group will meet and discuss, and no legal planning (W002, M002, M001,
   T002, C002, R002);
6. an initial conference plan for a 4-month-old whose weight is faltering
   and his 3-year-old sister, whose mother has postnatal depression: a
   numbered list of actions with owner and check, and a timeline table
   that gives each action's time by its number (md, exemplary);
7. a review conference plan for a 5-year-old and a 9-month-old whose
   mother binge drinks, a plain-text plan whose actions sit under capital
   headings that give the time ("STRAIGHT AWAY - BY FRIDAY 20 MARCH 2026",
   "EVERY WEEK ...", "EACH SCHOOL DAY ...", "IN THE SUMMER TERM ...",
   "BEFORE THE REVIEW CONFERENCE ...") (txt): faults are a passive
   parenting course referral with no one named, the health visitor's
   visits checked only by "monitored", the ELSA's sessions with no check,
   the mother's drinking recorded with no adult service owning any action,
   and core group dates "to be arranged" (W001, M002, M001, F004, R001).

Three plans (1, 3 and 6) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome is about the children; each contingency has specific triggers and
protective responses and says what happens if a relative's help fails;
each records the children's words or a baby's observed day, core group
dates and a dated review conference, and legal planning after named
triggers; adult services (a GP, a drug and alcohol service, a perinatal
mental health team) own actions where a parent is ill or uses drugs, and
every mental health row asks for a view of the parent's capacity to change
and how long it will take.

Counting convention used for "actions" (README convention 1): each row of
an action table (banner rows excepted), each bullet of a bullet plan, and
each numbered item of a numbered or plain-text plan counts once, whatever
number of sentences or "Check:" lines it holds. Details, worries, what is
going well, the children's words, outcomes, the timeline table (which only
keys times to actions), the contingency, meetings and distribution lines
are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, physical abuse: landscape Word table with
#    "From" and "Until" columns; how often is inside the action cell.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b191_cantrelby_icpc_from_until_columns_okafor.docx",
    "doc_title": "Child Protection Plan - Tobi and Grace Okafor",
    "split": "heldout",
    "actions": 14,
    "landscape": True,
    "template": "icpc-plan-docx-landscape-kv-details-why-going-well-childrens-words-numbered-outcomes-then-no-what-will-happen-who-from-until-how-we-will-know-table-how-often-inside-action-cell-then-if-things-go-wrong-bullets-core-group-review",
    "description": (
        "Exemplary initial conference plan for a 9-year-old boy whose mother's partner hit him with a "
        "belt, and his 3-year-old sister (the partner's daughter). The partner has moved out under a "
        "written agreement and sees the children only at a contact centre. The plan is a landscape "
        "Word table whose times sit in two columns the writer named 'From' and 'Until' (dates, 'today', "
        "'Review conference (11/05/2026)', 'Within 24 hours of any charging decision or change'), with "
        "how often written in the action cell ('once a week', 'every Saturday 10am to 11.30am', 'six "
        "Tuesday sessions'). Every row has a named owner and a check someone can see or read; the "
        "outcomes are the children's; the contingency has specific triggers, same-day protective "
        "responses, a fallback for the grandmother's help and legal planning after named triggers; "
        "the children's words, core group dates and a dated review conference are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Cantrelby Borough Council - Children's Services, Safeguarding Team North"),
        ("p", "Agreed at the initial child protection conference on Monday 16/02/2026, chaired by Sunita "
              "Bhatt (Independent Reviewing Officer), and sent to Precious, Daniel and every agency on "
              "18/02/2026."),
        ("kv", [
            ("Children", "Tobi Okafor, born 11/07/2016 (9), Year 4 at St Aldric's C of E Primary School; "
                         "Grace Okafor-Whitlock, born 02/09/2022 (3), Little Wrens Nursery"),
            ("Home", "14 Brook Row, Cantrelby CT6 2LN"),
            ("Mother", "Precious Okafor (34), works at Cantrelby Retail Park until 5.30pm on Mondays and "
                       "Wednesdays"),
            ("Mother's partner", "Daniel Whitlock (38), Grace's father. Since 05/02/2026 staying with his "
                                 "brother at 22 Hale Road, Cantrelby"),
            ("Maternal grandmother", "Ngozi Okafor, 5 Marsh Lane, Cantrelby (ten minutes' walk)"),
            ("Category", "Physical abuse (Tobi and Grace)"),
            ("Social worker", "Helen Marsh, Safeguarding Team North (team manager: Paul Devlin)"),
        ]),
        ("h1", "Why Tobi and Grace need a plan"),
        ("p", "On 03/02/2026 Tobi told his class teacher that Daniel had hit him with a belt the night before "
              "because he had not done his homework. The child protection medical on 04/02/2026 found three "
              "linear bruises on Tobi's left thigh that the paediatrician said were consistent with a belt. "
              "Tobi said it had happened \"loads of times\" since the summer and that Grace cries when it "
              "happens. Daniel was arrested on 04/02/2026 and released under investigation; he told the "
              "police he had \"smacked\" Tobi. At first Precious said Tobi bruises easily. She now says she "
              "believes Tobi, and she asked Daniel to leave."),
        ("h1", "What is going well"),
        ("bullets", [
            "Precious asked Daniel to leave the house on 05/02/2026, and he signed a written agreement not to "
            "come to the house or see the children outside the contact centre. No one has seen him at the "
            "house since.",
            "Precious took Tobi to the medical, has been to every meeting and told the conference \"Tobi "
            "comes first now\".",
            "Ngozi collects the children on the days Precious works late, and the children know her house "
            "well.",
            "Tobi's attendance this year is 97% and his teacher describes him as kind and hard-working.",
        ]),
        ("h1", "What Tobi and Grace say"),
        ("p", "Tobi (seen on his own at school by Helen on 10/02/2026): \"I don't want the belt any more.\" "
              "\"I want Daddy Dan to say sorry.\" \"I feel safe at Grandma Ngozi's and at home now it's just "
              "us.\" About seeing Daniel: \"It's okay at the centre if a lady is there.\" He gave home 6 out "
              "of 10, \"because Mummy is sad\"."),
        ("p", "Grace (seen at nursery by Helen on 12/02/2026, with her key person): she played with the "
              "family figures and made the big figure shout at the boy figure, then put the boy in the bed "
              "\"to hide\". Her key person says Grace runs to her when a man's voice is raised in the "
              "corridor, and settles when she is given her blanket."),
        ("h1", "What we want for Tobi and Grace"),
        ("numbers", [
            "Tobi and Grace are not hit, hurt or frightened by any adult at home or on contact.",
            "Tobi can name his safe adults, tells one of them if anyone hurts him, and is believed.",
            "Grace sees her dad safely at the contact centre, and her play, speech and sleep stay where they "
            "should be for a 3-year-old.",
            "Tobi and Grace are cared for by a mum who believes them and keeps anyone who hits them away "
            "from them.",
        ]),
        ("h1", "The plan"),
        ("p", "The 'From' and 'Until' columns say when each piece of work starts and when it ends or is due. "
              "Where something happens more than once, how often is written in 'What will happen'."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "From", "Until", "How we will know"],
            "widths": [1.0, 7.6, 4.0, 3.1, 3.6, 6.4],
            "rows": [
                ["1",
                 "Home visits once a week, one in three unannounced: see Tobi on his own and Grace at play, and "
                 "ask both children and Precious who has been at the house",
                 "Helen Marsh, social worker",
                 "17/02/2026",
                 "Review conference (11/05/2026)",
                 "Visit records on file within 2 working days, with each child's words and who was at the "
                 "house"],
                ["2",
                 "Daniel does not live at or visit 14 Brook Row, and sees Tobi and Grace only at the contact "
                 "centre, as set out in the written agreement he signed on 05/02/2026",
                 "Daniel Whitlock",
                 "16/02/2026 (today)",
                 "Review conference (11/05/2026)",
                 "Signed agreement on file; Helen records at every visit who has been at the house, and the "
                 "police log shows no call-out to 14 Brook Row"],
                ["3",
                 "Supervised contact for Daniel with Tobi and Grace at Cantrelby Family Contact Centre, every "
                 "Saturday 10am to 11.30am; Tobi can choose not to go",
                 "Leanne Booth, contact supervisor, Cantrelby Family Contact Centre",
                 "21/02/2026",
                 "09/05/2026",
                 "Written contact record for every session, e-mailed to Helen by the Monday after"],
                ["4",
                 "Go to the assessment for the Caring Dads programme and, if offered a place, to every weekly "
                 "session",
                 "Daniel Whitlock",
                 "Assessment by 06/03/2026",
                 "End of the 17-week programme",
                 "Assessment outcome letter to Helen by 13/03/2026; attendance report from the facilitator "
                 "at the end of each month"],
                ["5",
                 "Assessment of how Precious will protect Tobi and Grace: what she now believes about the belt, "
                 "and what she will do if Daniel asks to come home",
                 "Helen Marsh, social worker",
                 "23/02/2026",
                 "17/04/2026",
                 "Written assessment with a recommendation, shared with Precious and the core group by "
                 "17/04/2026"],
                ["6",
                 "Six Tuesday sessions with Precious on keeping the children safe: how to respond when Tobi "
                 "tells her something, and praise and routines instead of punishment",
                 "Rhian Cole, family support worker, Cantrelby Family Hub",
                 "03/03/2026",
                 "07/04/2026 (sixth session)",
                 "Session notes to Helen each week; Precious's own written safety plan for the children, read "
                 "by Helen at the sixth session"],
                ["7",
                 "Meet Tobi at the classroom door each school day for a check-in, and log anything he says and "
                 "any mark seen",
                 "Mrs Joanne Pike, DSL, St Aldric's C of E Primary",
                 "17/02/2026",
                 "Review conference (11/05/2026)",
                 "Check-ins logged on CPOMS; any mark or worrying comment phoned to Helen the same day; "
                 "summary e-mailed to Helen every Friday"],
                ["8",
                 "Eight weekly ELSA sessions with Tobi in term time, about feelings, worries and safe adults",
                 "Mrs Amy Ward, ELSA, St Aldric's C of E Primary",
                 "24/02/2026",
                 "21/04/2026",
                 "Tobi's feelings scale at the first and eighth sessions, shared with Helen; his 'safe hand' "
                 "of five adults in his ELSA book"],
                ["9",
                 "Check Grace on arrival at each session (Monday, Wednesday and Friday) and record any mark on "
                 "a body map",
                 "Kim Farrow, nursery manager and DSL, Little Wrens Nursery",
                 "18/02/2026",
                 "Review conference (11/05/2026)",
                 "Nursery safeguarding log; a body map and a same-day call to Helen for any mark"],
                ["10",
                 "ASQ-3 and ASQ:SE-2 developmental review of Grace at home, with Precious",
                 "Sarah Lowes, health visitor, Cantrelby 0-19 Service",
                 "02/03/2026",
                 "20/03/2026",
                 "Both scores sent to Helen and shared at the core group on 27/03/2026"],
                ["11",
                 "Four direct work sessions with Tobi, one a week: his three houses, and a safety card naming "
                 "the adults he would tell",
                 "Helen Marsh, social worker",
                 "24/02/2026",
                 "17/03/2026",
                 "Tobi's three houses and safety card on file; Tobi can tell Helen who he would tell and how"],
                ["12",
                 "Tell Helen the outcome of the police investigation, and any change to Daniel's release "
                 "conditions",
                 "DC Sam Pryor, Child Abuse Investigation Team, Cantrelby Police",
                 "16/02/2026",
                 "Within 24 hours of any charging decision or change",
                 "Written update e-mailed to Helen and logged on the children's chronology"],
                ["13",
                 "Collect Tobi from school and Grace from nursery on Mondays and Wednesdays at 3.15pm, and give "
                 "them tea at 5 Marsh Lane until Precious collects them after work",
                 "Ngozi Okafor, maternal grandmother",
                 "16/02/2026",
                 "Review conference (11/05/2026)",
                 "School and nursery signing-out sheets show Ngozi; Ngozi texts Helen by noon on any day she "
                 "cannot come"],
                ["14",
                 "Tell Helen if Daniel tries to see or contact the children outside the contact centre, and "
                 "keep any message he sends",
                 "Precious Okafor",
                 "16/02/2026",
                 "Within 24 hours of any attempt, until the review conference",
                 "Helen's record of each call; screenshots of any messages on the case file"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Tobi or Grace has a mark no one can explain, or says an adult has hit them, the school or "
            "nursery rings Helen (or the Emergency Duty Team after 5pm) straight away. Helen holds a strategy "
            "discussion with the police and health that day, and a child protection medical is arranged the "
            "same day.",
            "If Daniel comes to 14 Brook Row or sees the children outside the contact centre, Precious rings "
            "999 if he will not leave. Tobi and Grace stay at Ngozi's, 5 Marsh Lane, that night; Helen holds "
            "a strategy discussion the same day and asks Paul Devlin (team manager) for a legal planning "
            "meeting within 5 working days.",
            "If Ngozi cannot collect the children on a Monday or Wednesday, she texts Precious and Helen by "
            "noon. Precious leaves work at 2.45pm to collect them (agreed with her manager on 12/02/2026). If "
            "neither can, Tobi stays at St Aldric's after-school club and Grace at Little Wrens until 6pm; "
            "both places are booked for those days. If Ngozi cannot have the children in an emergency, Helen "
            "(or the Emergency Duty Team) arranges a foster placement that night.",
            "If Daniel has not started Caring Dads by 31/03/2026, or Helen's assessment on 17/04/2026 says "
            "Precious cannot keep the children safe from him, Helen will ask for a legal planning meeting "
            "before the review conference.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at St Aldric's C of E Primary, Fridays at 9.30am: 27/02/2026, "
            "27/03/2026 and 24/04/2026.",
            "Review child protection conference: Monday 11/05/2026 at 10am, Cantrelby Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan, neglect and a father's drinking: Word table
#    grouped under shaded banner rows that give the time for the rows
#    beneath them. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b191_chedwardine_rcpc_time_banner_rows_pollard.docx",
    "doc_title": "Review Child Protection Plan - Kayla, Mason and Evie Pollard",
    "split": "heldout",
    "actions": 18,
    "template": "rcpc-plan-docx-details-table-where-we-are-now-working-well-childrens-words-numbered-outcomes-then-what-needs-to-happen-lead-how-well-know-table-grouped-under-shaded-time-banner-rows-two-weeks-every-week-each-school-day-spring-term-before-review-then-contingency-meetings",
    "description": (
        "Review conference plan for a 7-year-old, a 4-year-old and an 18-month-old living with neglect, "
        "their father's heavy drinking and arguments that brought the police twice. The plan is one "
        "Word table of 'What needs to happen / Lead / How we'll know it has worked', grouped under "
        "shaded banner rows that give the time for the rows beneath them ('In the two weeks after this "
        "conference: all by Monday 09/03/2026', 'Every week, from 02/03/2026 until the next review "
        "conference', 'Each school and nursery day', 'In the spring term', 'Before the next review "
        "conference'); some rows add their own days. Faults: the father joining the alcohol group 'when "
        "he feels ready' (his own vague time overrides the banner); the nursery's checks 'Monitored by "
        "nursery'; the learning mentor's sessions with '-' for how we'll know; 'Family network' owning "
        "the rule that no child is left with the father after drinking; an outcome about the father "
        "only; and a contingency with specific triggers and legal planning that never says what happens "
        "if the grandmother or the aunt cannot help."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Chedwardine City Council - Children and Families Service"),
        ("table", {
            "rows": [
                ["Children", "Kayla Pollard (7, Year 2, Chedwardine Park Primary); Mason Pollard (4, Little "
                             "Acorns Nursery); Evie Pollard (18 months, Little Acorns Nursery)"],
                ["Parents", "Jade Pollard (27) and Craig Pollard (31), 41 Larch Avenue, Chedwardine CH4 9RT"],
                ["Family", "Sandra Kelly, maternal grandmother, 6 Fern Close; Lisa Pollard, paternal aunt, "
                           "Larch Avenue (no. 17)"],
                ["Category", "Neglect (all three children), since the initial conference on 01/12/2025"],
                ["This conference", "First review child protection conference, Monday 23/02/2026, chaired by "
                                    "Margaret Oduya (IRO)"],
                ["Social worker", "Aaron Bright, Children and Families Team East (team manager: Dawn "
                                  "Fielding)"],
            ],
            "widths": [4.0, 13.0],
            "bold_first_col": True,
        }),
        ("h1", "Where we are now"),
        ("p", "The children were made subject to plans in December because the house was often dirty and "
              "cold, Evie had a bad nappy rash that was not treated and missed her 12-month immunisations, "
              "and the children were late or absent from school and nursery. Craig drinks most days, "
              "usually four to six cans of strong lager, and more at weekends. The police came to the house "
              "on 14/11/2025 and 26/12/2025 after arguments when Craig was drunk; on the second night Kayla "
              "rang her grandmother from the bathroom. Craig says he \"likes a drink but it's under "
              "control\". He has been to two appointments at Chedwardine Recovery since January."),
        ("h1", "What is working well"),
        ("bullets", [
            "Sandra has had Kayla and Mason for tea and a bath twice a week since December, and Kayla says "
            "Nana's is \"the cosy house\".",
            "Evie's nappy rash has healed, and Lisa has taken her to the baby clinic three times.",
            "Kayla's attendance went up from 84% in the autumn term to 92% in January.",
            "Jade has cleared the kitchen and the children's bedroom, and the home conditions score at "
            "Aaron's last visit was 6 out of 10 (3 in November).",
        ]),
        ("h1", "What the children say and show us"),
        ("p", "Kayla (seen on her own at school, 16/02/2026): \"Daddy shouts when he has his cans. I take "
              "Mason upstairs and we put the telly loud.\" \"I want Daddy to stop the cans and Mummy to not "
              "cry.\" She drew herself at Nana's with \"a big bath\"."),
        ("p", "Mason (at nursery, 17/02/2026) told his key person that \"Daddy's poorly when he's sleepy on "
              "the sofa\". Evie's key person sees her eat quickly at lunch and cling to Lisa at clinic; she "
              "laughs and babbles when Sandra picks her up."),
        ("h1", "What we want for Kayla, Mason and Evie"),
        ("numbers", [
            "Kayla, Mason and Evie live in a warm, clean home with food in the cupboards, and go to school and "
            "nursery every day on time.",
            "Evie's health needs are met: her immunisations are up to date and she gains weight along her "
            "centile line.",
            "The children do not see or hear arguments or violence, and Kayla no longer has to look after "
            "Mason when their parents argue.",
            "Craig drinks less and is sober whenever he is at home.",
        ]),
        ("h1", "What needs to happen"),
        ("p", "Each shaded row says when the rows under it will happen. Where a row gives its own days, "
              "those are the days."),
        ("table", {
            "header": ["What needs to happen", "Lead", "How we'll know it has worked"],
            "widths": [7.6, 4.2, 5.2],
            "rows": [
                ["In the two weeks after this conference: all by Monday 09/03/2026", H, H],
                ["Register Mason and Evie with a dentist, and take Evie to the surgery for her missed 12-month "
                 "immunisations",
                 "Jade Pollard (Mum)",
                 "Dental registration letters seen by Aaron; immunisations written in Evie's red book"],
                ["Alcohol assessment with Craig (AUDIT questionnaire, breath test and a two-week drinking "
                 "diary), with a written report on his drinking and on how ready he is to change",
                 "Nadia Shah, recovery worker, Chedwardine Recovery (drug and alcohol service)",
                 "Assessment report with Craig's AUDIT score on Aaron's file by 09/03/2026"],
                ["Written agreement with Craig and Jade: no alcohol kept in the house, and Craig never cares "
                 "for the children alone if he has had a drink in the last 12 hours",
                 "Aaron Bright (SW)",
                 "Agreement signed by Craig and Jade, with a copy sent to every agency"],
                ["Make a safety plan with Kayla for when her parents argue: who she rings, and where she takes "
                 "Mason",
                 "Aaron Bright (SW)",
                 "Kayla's safety plan, in her words and pictures, on file; Kayla can tell her teacher what is "
                 "in it"],
                ["Every week, from 02/03/2026 until the next review conference on 14/07/2026", H, H],
                ["Home visits, alternately announced and unannounced: see each child, and check the bedrooms, "
                 "the food in the house and Evie's nappy area",
                 "Aaron Bright (SW)",
                 "Visit records within 48 hours, with the home conditions score agreed with Jade at each "
                 "visit; 7 out of 10 or more by the review"],
                ["Key work sessions with Craig every Wednesday, with a breath test at every session",
                 "Nadia Shah, Chedwardine Recovery",
                 "Breath test readings and attendance e-mailed to Aaron every Friday"],
                ["Join the Chedwardine Recovery alcohol group when he feels ready",
                 "Craig Pollard (Dad)",
                 "Group attendance register sent to Aaron by Chedwardine Recovery"],
                ["Home sessions with Jade every Thursday on the children's routines: bedtime for Kayla and Mason "
                 "by 7.30pm, Evie's meals and nappy changes",
                 "Tanya Hirst, family support worker, Chedwardine Family Hub",
                 "Routine chart filled in by Jade and checked by Tanya each week; bedtime kept on 5 nights out "
                 "of 7 by the end of March"],
                ["Have Kayla and Mason for tea and a bath every Tuesday and Thursday after school",
                 "Sandra Kelly (maternal grandmother)",
                 "Sandra texts Aaron each Thursday evening; school notes that the children arrive clean the "
                 "next morning"],
                ["Take Evie to the baby clinic at Chedwardine Family Hub every Monday to be weighed",
                 "Lisa Pollard (paternal aunt), with Jade",
                 "Weights plotted in Evie's red book; Evie back on the 25th centile by the review"],
                ["Make sure none of the children is ever left in Craig's sole care after he has been drinking",
                 "Family network",
                 "Kayla and Jade tell Aaron at each visit who has looked after the children; no police "
                 "call-out to the house"],
                ["Each school and nursery day, from 24/02/2026", H, H],
                ["Check Evie and Mason on arrival: Evie's nappy area, both children's clothes, and whether they "
                 "have had breakfast",
                 "Little Acorns Nursery (room leader, Mia Clarke)",
                 "Monitored by nursery"],
                ["First-day calling: ring Jade if Kayla is not in by 9.10am, and ring Aaron if there is no "
                 "answer by 10am",
                 "Mrs Helen Grant, attendance officer, Chedwardine Park Primary",
                 "Register and first-day call log sent to Aaron every Friday; Kayla's attendance 95% or more "
                 "each half term"],
                ["Breakfast Club place for Kayla from 8am, with a hot breakfast",
                 "Mrs Helen Grant, Chedwardine Park Primary",
                 "Breakfast Club register sent to Aaron with the Friday attendance figures"],
                ["In the spring term: 24/02/2026 to 27/03/2026", H, H],
                ["Six sessions with Kayla at school about her worries at home and what she can do with her "
                 "feelings",
                 "Mr Ryan Shaw, learning mentor, Chedwardine Park Primary",
                 "-"],
                ["Speech and language assessment of Mason at nursery, with targets for home and nursery",
                 "Ella Moss, speech and language therapist, Chedwardine Children's Therapy Service",
                 "Assessment report with targets sent to Jade, Little Acorns and Aaron"],
                ["Before the next review conference: all by 30/06/2026", H, H],
                ["Written report on Craig's progress: his drinking, his breath test results, and whether he can "
                 "keep the changes going",
                 "Nadia Shah, Chedwardine Recovery",
                 "Report on Aaron's file by 30/06/2026 and shared with the review conference"],
                ["Update the children's single assessment with their views and a recommendation for the review",
                 "Aaron Bright (SW)",
                 "Updated assessment shared with Jade and Craig by 30/06/2026"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Craig is found drunk while he is caring for the children, or the police are called to an "
            "argument at the house, Jade rings 999 if anyone is in danger. The children go to Sandra's, "
            "6 Fern Close, that night, and Aaron holds a strategy discussion with the police the same day.",
            "If Evie's weight falls below the 9th centile, or she has another untreated nappy rash, the health "
            "visitor sees her within 24 hours and Aaron visits the same day.",
            "If Craig's breath test shows drink at two sessions in a row, or the home conditions score is "
            "below 5 at two visits running, Aaron will ask Dawn Fielding for a legal planning meeting within "
            "10 working days to decide whether to begin the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every six weeks at Chedwardine Family Hub, Mondays at 1.30pm: 09/03/2026, "
            "20/04/2026 and 01/06/2026.",
            "Next review child protection conference: Tuesday 14/07/2026 at 10am, Chedwardine Civic Offices.",
        ]),
    ],
    "findings": [
        F("T002", "Join the Chedwardine Recovery alcohol group when he feels ready"),
        F("M002", "Check Evie and Mason on arrival: Evie's nappy area"),
        F("M001", "Six sessions with Kayla at school about her worries"),
        F("W002", "Make sure none of the children is ever left"),
        F("F002", "Craig drinks less and is sober whenever he is at home."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Pre-birth plan: mother with EUPD (care leaver), father's cannabis use.
#    Landscape table with "How often" and "Target" columns. Page header and
#    footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b191_clowsmere_prebirth_how_often_target_columns_kaczmarek.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby Kaczmarek-Hollis",
    "split": "heldout",
    "actions": 18,
    "landscape": True,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Clowsmere Council Children's Services · Pre-birth child protection plan",
    "footer": "Baby Kaczmarek-Hollis · Pre-birth plan (ICPC 19/02/2026) · Page {PAGE} of {NUMPAGES}",
    "template": "prebirth-plan-paged-landscape-who-is-who-table-why-baby-needs-a-plan-strengths-babys-world-outcomes-then-no-what-lead-how-often-target-what-we-will-see-table-frequencies-weeks-of-pregnancy-and-birth-events-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary pre-birth plan for an unborn baby whose mother (22, a care leaver) has emotionally "
        "unstable personality disorder and a history of self-harm and whose father smokes cannabis "
        "daily. Landscape pages with a page header and footer. The plan is one table whose time is "
        "split over two columns the writer named 'How often' ('Every 2 weeks', 'Every shift', 'Once', "
        "'Day 1, day 5 and day 10 after discharge') and 'Target' (dates in weeks of pregnancy, 'Within "
        "2 hours of the birth', 'Before discharge', 'For the first 14 nights after discharge', 'Until "
        "baby is 12 weeks old (23/07/2026)', 'At the 6-8 week check'). Every row has a named lead and "
        "something someone will see; the perinatal mental health team is asked for a report on the "
        "mother's capacity to change and its likely timescale; the drug and alcohol service and the GP "
        "own actions; the contingency has specific triggers, a fallback if the grandmother cannot stay "
        "and legal planning; the baby's world, core group dates and a dated review conference are set."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Clowsmere Council Children's Services, with Clowsmere and Harnley NHS Foundation Trust "
              "(maternity and perinatal mental health). Agreed at the pre-birth initial child protection "
              "conference on Thursday 19/02/2026 (30 weeks), chaired by Rehana Qureshi (IRO)."),
        ("table", {
            "header": ["Who", "Details"],
            "widths": [6.0, 19.7],
            "rows": [
                ["Baby", "Unborn, due 30/04/2026 (EDD). 32 weeks is 05/03/2026, 34 weeks is 19/03/2026 and 36 "
                         "weeks is 02/04/2026. Birth planned at Clowsmere General Hospital; postnatal care on "
                         "Willow Ward."],
                ["Mother", "Natalia Kaczmarek (22), 3 Quarry View, Flat 6, Clowsmere CL2 8PD. Care leaver; "
                           "diagnosis of emotionally unstable personality disorder (2023)."],
                ["Father", "Ryan Hollis (25), lives with Natalia"],
                ["Paternal grandmother", "Denise Hollis (52), 8 Poplar Close, Clowsmere"],
                ["Natalia's former foster carer", "Maggie Thorne, 27 Vicarage Lane, Clowsmere"],
                ["Social worker", "Lauren Pike, Clowsmere Safeguarding Team (team manager: Rob Kerr)"],
                ["Midwives", "Zoe Barrett (community midwife); Faye Underwood (safeguarding midwife)"],
                ["Perinatal mental health", "Beth Marlow (care coordinator) and Dr Ifeoma Chukwu (perinatal "
                                            "psychiatrist), Clowsmere Perinatal Mental Health Team"],
                ["Others", "Gemma Rhodes (health visitor); Kieran Lowe (recovery worker, Clowsmere Drug and "
                           "Alcohol Service); Omar Siddiqui (personal adviser, Clowsmere Leaving Care Service); "
                           "Dr Harriet Vance (GP, Meadowside Surgery)"],
            ],
        }),
        ("h1", "Why baby needs a plan before birth"),
        ("p", "Natalia grew up in foster care from the age of 9 because of neglect. When she is distressed "
              "she has cut her arms (twice in 2025) and in March 2024 she took an overdose. Ryan smokes "
              "cannabis every day, including in the flat; his urine test on 05/02/2026 was positive. The "
              "police were called to an argument at the flat on 21/12/2025, when Natalia said she would "
              "\"end it\" and Ryan took the knives out of the kitchen. There is no cot, Moses basket or "
              "pram yet."),
        ("h1", "What is going well"),
        ("bullets", [
            "Natalia has been to every antenatal appointment and has seen the perinatal team every fortnight "
            "since she was 16 weeks pregnant. She has not harmed herself since October 2025.",
            "Ryan's cannabis levels have gone down at each of his last three tests, and he agreed to smoke "
            "only outside the flat from now on.",
            "Denise has offered to stay at the flat for the first two weeks after the birth, and Maggie "
            "Thorne has offered Natalia and baby a room if they need one.",
            "Natalia told the conference: \"I want my baby to have what I didn't have.\"",
        ]),
        ("h1", "Baby's world"),
        ("p", "Baby cannot tell us what she or he needs, so we have written down what we know. At the 28-week "
              "scan baby was growing on the 40th centile and moving well. Natalia talks to the bump in Polish "
              "and plays it music; Ryan says baby kicks when he sings. Baby will come home to a one-bedroom "
              "flat on the first floor. Baby will need feeding every two to three hours day and night, a safe "
              "cot with no one smoking anywhere near, and adults who stay calm when baby cries and who ask for "
              "help before they are overwhelmed."),
        ("h1", "What we want for baby"),
        ("numbers", [
            "Baby is born safely and goes home only when the discharge planning meeting has agreed how baby "
            "will be cared for.",
            "Baby is fed on time, gains weight along the centile line and sleeps on their back in their own "
            "cot in a smoke-free flat.",
            "Baby is cared for by adults who are not using cannabis and who keep baby safe when Natalia is "
            "distressed.",
        ]),
        ("h1", "The plan"),
        ("p", "'How often' says how many times something happens; 'Target' says the date or the event by "
              "which it happens or until which it goes on."),
        ("table", {
            "header": ["No.", "What will happen", "Lead", "How often", "Target", "What we will see"],
            "widths": [1.0, 7.4, 4.2, 3.4, 3.7, 6.0],
            "rows": [
                ["1",
                 "Antenatal appointments at Clowsmere Maternity Hub: check baby's growth, ask Natalia about her "
                 "mood, any thoughts of self-harm and cannabis in the flat, and see her alone for part of each",
                 "Zoe Barrett, community midwife",
                 "Every 2 weeks, then every week from 36 weeks",
                 "Until the birth",
                 "Growth plotted on the GROW chart; contact note e-mailed to Lauren within 2 working days; a "
                 "missed appointment phoned to Lauren the same day"],
                ["2",
                 "Put the safeguarding birth plan on the maternity record: the ward tells Lauren (or the "
                 "Emergency Duty Team) of the birth, and baby is not discharged before the discharge planning "
                 "meeting",
                 "Faye Underwood, safeguarding midwife",
                 "Once",
                 "By 32 weeks (05/03/2026)",
                 "Birth plan on the maternity record and a copy on Lauren's file by 05/03/2026"],
                ["3",
                 "See Natalia for skills work on managing distress, and write a report on her mental health, "
                 "her risk of self-harm after the birth, her capacity to make the changes baby needs and how "
                 "long that is likely to take; agree a crisis and relapse plan with her",
                 "Beth Marlow, care coordinator, with Dr Ifeoma Chukwu, Clowsmere Perinatal Mental Health Team",
                 "Every 2 weeks",
                 "Report by 34 weeks (19/03/2026)",
                 "Report on Lauren's file by 19/03/2026; crisis plan copied to the ward, Zoe, Gemma and Lauren "
                 "by 36 weeks"],
                ["4",
                 "Key work sessions with Ryan about stopping cannabis, a urine test at every session, and a "
                 "written report on whether he has stopped and is likely to stay stopped",
                 "Kieran Lowe, recovery worker, Clowsmere Drug and Alcohol Service",
                 "Every 2 weeks",
                 "Report by 34 weeks (19/03/2026)",
                 "Urine results e-mailed to Lauren after every session; report on Lauren's file by 19/03/2026"],
                ["5",
                 "Smoke cannabis nowhere in the flat, the stairwell or near Natalia, and have no cannabis in "
                 "the flat",
                 "Ryan Hollis",
                 "Every day",
                 "From today (19/02/2026)",
                 "Urine tests (row 4) clear of cannabis by 36 weeks; no smell of cannabis at any home visit, "
                 "recorded by Lauren and Zoe"],
                ["6",
                 "Pre-birth parenting assessment with Natalia and Ryan, including what Natalia needs when she "
                 "is distressed and who will care for baby then",
                 "Lauren Pike, social worker",
                 "Every week",
                 "Report by 34 weeks (19/03/2026)",
                 "Assessment with a recommendation for the birth and discharge, shared with Natalia, Ryan and "
                 "the core group by 19/03/2026"],
                ["7",
                 "Help Natalia apply for the setting-up-home grant and buy a cot, a Moses basket and a pram",
                 "Omar Siddiqui, personal adviser, Clowsmere Leaving Care Service",
                 "Once",
                 "By 36 weeks (02/04/2026)",
                 "Cot and Moses basket seen in the flat by Gemma or Lauren by 02/04/2026"],
                ["8",
                 "Antenatal home visit: safe sleep, coping with crying (ICON) and a home safety check",
                 "Gemma Rhodes, health visitor, Clowsmere 0-19 Service",
                 "Once",
                 "By 34 weeks (19/03/2026)",
                 "Antenatal contact record and home safety checklist e-mailed to Lauren; anything missing "
                 "checked again by 36 weeks"],
                ["9",
                 "Chair the discharge planning meeting with Natalia, Ryan, Denise, Lauren, Zoe, Beth and Gemma: "
                 "agree who cares for baby on the ward and at home",
                 "Faye Underwood, safeguarding midwife",
                 "Once",
                 "At 36 weeks (02/04/2026)",
                 "Written discharge plan signed by Natalia and Ryan, sent to the core group within 2 working "
                 "days"],
                ["10",
                 "Ring Lauren (or the Emergency Duty Team out of hours) to say baby has been born",
                 "Midwife in charge, Clowsmere General labour ward",
                 "Once",
                 "Within 2 hours of the birth",
                 "Call written in the maternity notes and on the EDT log or Lauren's case file"],
                ["11",
                 "Watch and write down how Natalia and Ryan feed, hold and settle baby, and how Natalia copes "
                 "when baby cries",
                 "Willow Ward midwives (midwife in charge each shift)",
                 "Every shift",
                 "Until discharge",
                 "Parenting observation chart in baby's notes, copied to Lauren before discharge"],
                ["12",
                 "See baby, Natalia and Ryan on the ward, and read the parenting observation chart",
                 "Lauren Pike, social worker",
                 "Within 24 hours of the birth, and the day before discharge",
                 "Before discharge",
                 "Visit records saying how baby was fed and settled and what the midwives saw"],
                ["13",
                 "Stay at the flat overnight and do one night feed so that Natalia sleeps for four hours",
                 "Denise Hollis, paternal grandmother",
                 "Every night",
                 "For the first 14 nights after discharge",
                 "Denise signs the night feed chart each morning; Zoe and Lauren read it at every visit"],
                ["14",
                 "Postnatal visits: weigh baby on day 5 and day 10, do the newborn blood spot test on day 5, and "
                 "see where baby sleeps",
                 "Zoe Barrett, community midwife",
                 "Day 1, day 5 and day 10 after discharge",
                 "Until day 10 after discharge",
                 "Weights in baby's red book; baby back to birth weight by day 14; visit notes e-mailed to "
                 "Lauren the same day"],
                ["15",
                 "New birth visit, then weekly visits: weigh baby, see baby asleep or put down to sleep, and go "
                 "through the ICON plan",
                 "Gemma Rhodes, health visitor",
                 "Every week",
                 "From the new birth visit (day 10-14) to the 6-8 week check",
                 "Each weight plotted in the red book; safe sleep seen and written in the health visiting "
                 "record at every visit"],
                ["16",
                 "Home visits, one in three unannounced: see baby awake, ask Natalia how she is coping and ask "
                 "Ryan about cannabis",
                 "Lauren Pike, social worker",
                 "Twice a week for 4 weeks after discharge, then every week",
                 "Until baby is 12 weeks old (23/07/2026)",
                 "Visit records within 48 hours, saying where baby slept, who was in the flat and Natalia's own "
                 "score out of 10 for how she is coping"],
                ["17",
                 "See Natalia and baby in clinic, ask Natalia about her mood, sleep and any thoughts of "
                 "self-harm, and update the report on her capacity to change and how long it is likely to take",
                 "Beth Marlow, care coordinator, Clowsmere Perinatal Mental Health Team",
                 "Every week",
                 "Until baby is 12 weeks old (23/07/2026); updated report by the 6-8 week check",
                 "Updated report to Lauren and the core group; any sign of relapse phoned to Lauren the same "
                 "day"],
                ["18",
                 "Baby's 6-8 week check and Natalia's postnatal check, with a letter to Lauren about baby's care "
                 "and Natalia's mood",
                 "Dr Harriet Vance, GP, Meadowside Surgery",
                 "Once",
                 "At the 6-8 week check",
                 "GP letter on Lauren's file within a week of the check"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Natalia harms herself or says she is thinking of harming herself or baby: Ryan or Denise rings "
            "the perinatal team's crisis line (999 if anyone is in danger); Natalia is not left alone with "
            "baby, and baby is cared for by Denise at 8 Poplar Close, until Beth has seen Natalia (within 24 "
            "hours). Lauren holds a strategy discussion the same day.",
            "If any of Ryan's urine tests after 32 weeks shows cannabis, or anyone smells cannabis in the flat: "
            "Lauren holds a strategy discussion within one working day, Faye updates the birth plan so that "
            "baby stays on the ward until a new plan is agreed, and Lauren asks Rob Kerr for a legal planning "
            "meeting within 5 working days to decide whether to start the Public Law Outline before the "
            "birth.",
            "If Natalia or Ryan try to take baby off the ward before the discharge planning meeting has agreed "
            "it, the midwife in charge rings the police and Lauren (or the Emergency Duty Team) straight "
            "away.",
            "If Denise cannot stay the first 14 nights, or has to stop, she or Natalia rings Lauren that day. "
            "Natalia and baby will stay with Maggie Thorne at 27 Vicarage Lane (agreed by Maggie on "
            "12/02/2026). If Maggie cannot have them either, baby stays on the ward until a reconvened "
            "discharge planning meeting agrees another adult, or, if baby is already home, Zoe or Gemma "
            "visits every day until then.",
            "If the parenting assessment on 19/03/2026 says baby could not be cared for safely at home, Lauren "
            "will ask for a legal planning meeting before 36 weeks.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks at Clowsmere Maternity Hub, Thursdays at 2pm: 05/03/2026, "
            "26/03/2026 and 16/04/2026; then within 10 working days of the birth.",
            "Review child protection conference: Thursday 21/05/2026 at 10am, Clowsmere Town Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group plan, a mother's overdose and an 11-year-old young carer:
#    table with "Dates" and "Review at" columns. Page header and footer.
#    Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b191_crindlebank_core_group_dates_review_at_columns_fenwick.pdf",
    "doc_title": "Core Group Plan - Lily and Alfie Fenwick",
    "split": "heldout",
    "actions": 14,
    "landscape": True,
    "min_pages": 2,
    "header": "Crindlebank Council · Children's Social Care · Core group plan",
    "footer": "Lily and Alfie Fenwick · Plan updated at core group 1 (20/02/2026) · Page {PAGE} of {NUMPAGES}",
    "template": "core-group-plan-paged-landscape-present-line-family-kv-what-happened-what-has-helped-lilys-and-alfies-words-outcomes-then-ref-task-lead-dates-review-at-evidence-table-lists-of-dates-weekdays-each-school-day-core-group-numbers-then-if-claire-becomes-unwell-and-meeting-dates",
    "description": (
        "Core group plan for an 11-year-old girl and her 6-year-old brother after their mother, who has "
        "severe depression and anxiety, took an overdose at home and the girl found her and rang 999. "
        "Landscape pages with a page header and footer. The plan is one table whose time sits in two "
        "columns the writer named 'Dates' (lists of dates, days of the week, 'Each school day at "
        "registration', 'Alternate weekends ... next 27/02/2026') and 'Review at' (which core group, "
        "with its date). Faults: the CPN's fortnightly visits only support the mother with her mood and "
        "medication, with no view of her capacity to change; the young carers referral is passive with "
        "'-' for its lead; the family support worker's sessions are measured by 'Claire's engagement "
        "with the sessions'; the school nurse's health check has '-' for evidence; and nothing anywhere "
        "leads to legal planning if the plan does not work."
    ),
    "blocks": [
        ("title", "Core Group Plan"),
        ("p", "Crindlebank Council Children's Social Care. Plan from the initial child protection conference "
              "on 09/02/2026, updated at the first core group on Friday 20/02/2026 at Harrowgate Primary "
              "School."),
        ("p", "Present: Claire Fenwick (Mum), Nicola Shaw (SW), Mark Ellis (CPN), Mrs Rita Patel (learning "
              "mentor), Miss Hannah Dunn (Year 1 teacher), Zara Bell (family support worker), Jo Tranter "
              "(school nurse), Debbie Marsh (aunt). Apologies: Dr Amir Rashid (GP), Steve Fenwick (Dad)."),
        ("kv", [
            ("Children", "Lily Fenwick, born 14/05/2014 (11), Year 6; Alfie Fenwick, born 22/08/2019 (6), "
                         "Year 1; both at Harrowgate Primary School"),
            ("Home", "29 Linnet Way, Crindlebank CR3 5TB, with Mum, Claire Fenwick (38)"),
            ("Dad", "Steve Fenwick, lives in Harnford; has the children every other weekend"),
            ("Aunt", "Debbie Marsh (Claire's sister), 9 Wren Close, Crindlebank"),
            ("Category", "Neglect"),
            ("Social worker", "Nicola Shaw, Crindlebank Children's Social Care, Assessment and Safeguarding "
                              "Team 2"),
        ]),
        ("h1", "What happened"),
        ("p", "Claire has had depression and anxiety for six years and is under the Crindlebank Community "
              "Mental Health Team. On 18/01/2026 she took an overdose of her tablets at home in the afternoon. "
              "Lily found her on the bathroom floor and rang 999, then looked after Alfie until Debbie "
              "arrived. Since Christmas Lily has done most of the shopping and cooking, got Alfie ready for "
              "school and given Claire her tablets. Lily has missed eleven days of school this year and told "
              "her teacher she has headaches and cannot sleep. Alfie has come to school without lunch or in "
              "dirty clothes several times."),
        ("h1", "What has helped so far"),
        ("bullets", [
            "Claire has seen her CPN every fortnight since her discharge from the Home Treatment Team and "
            "says she wants the children to \"be children again\".",
            "Claire's tablets have been in a locked box since 25/01/2026, and Lily no longer gives them out.",
            "Debbie has the children for tea twice a week, and Steve has had them every other weekend without "
            "a break.",
        ]),
        ("h1", "What Lily and Alfie say"),
        ("p", "Lily (seen on her own at school, 17/02/2026): \"I'm scared to go to school in case Mum does it "
              "again.\" \"I don't mind doing tea, but I want someone to tell me Mum will be okay.\" She would "
              "like to go to the young carers' club her friend goes to, and to \"go to Year 7 like a normal "
              "person\". She scored how worried she is at 8 out of 10."),
        ("p", "Alfie (at home with his Lego, 17/02/2026): \"Mummy was asleep on the floor and the ambulance "
              "came. Lily did the phone.\" He said his favourite thing is \"Auntie Debbie's fish fingers\"."),
        ("h1", "What we want for Lily and Alfie"),
        ("numbers", [
            "Lily and Alfie are looked after by an adult every day, and Lily does not have to care for her "
            "mum or her brother.",
            "Lily is in school every day, sleeps well and starts Year 7 in September 2026 feeling ready.",
            "Alfie comes to school fed, in clean clothes and with a packed lunch or a school dinner.",
            "Lily and Alfie know what is wrong with their mum and who to ring if she is unwell.",
        ]),
        ("h1", "The plan"),
        ("p", "'Dates' gives the days or dates each task happens. 'Review at' is the core group that will "
              "check it: CG2 on 20/03/2026, CG3 on 17/04/2026."),
        ("table", {
            "header": ["Ref", "Task", "Lead", "Dates", "Review at", "Evidence"],
            "widths": [1.1, 7.2, 4.4, 4.2, 2.6, 6.2],
            "rows": [
                ["1",
                 "Home visits: see Lily and Alfie on their own, check there is food in, and check Claire's "
                 "tablets are in the locked box",
                 "Nicola Shaw, social worker",
                 "Every Thursday from 26/02/2026",
                 "CG2 (20/03/2026), then each core group",
                 "Visit records within 2 working days; the locked box seen at each visit"],
                ["2",
                 "Home visits to support Claire with her mood, her anxiety and her medication",
                 "Mark Ellis, CPN (care coordinator), Crindlebank Community Mental Health Team",
                 "Fortnightly: 24/02, 10/03, 24/03, 07/04 and 21/04/2026",
                 "CG2 (20/03/2026)",
                 "Summary of CPN contacts e-mailed to Nicola at the end of each month"],
                ["3",
                 "Dispense Claire's antidepressants weekly, so that there is never more than a week's supply "
                 "in the house",
                 "Dr Amir Rashid, GP, Crindlebank Health Centre",
                 "Weekly prescriptions from 23/02/2026",
                 "CG2 (20/03/2026)",
                 "Pharmacy dispensing record shared with Nicola at each core group"],
                ["4",
                 "Referral to Crindlebank Young Carers to be made for Lily",
                 "-",
                 "By 06/03/2026",
                 "CG2 (20/03/2026)",
                 "Young Carers acceptance letter, and the date of Lily's first club night"],
                ["5",
                 "Check-ins with Lily before school, using her worry scale",
                 "Mrs Rita Patel, learning mentor, Harrowgate Primary School",
                 "Mondays and Thursdays, 8.45am",
                 "CG2 (20/03/2026)",
                 "Lily's worry score (0-10) recorded at each check-in and sent to Nicola fortnightly"],
                ["6",
                 "Check whether Alfie has had breakfast, has a lunch and is in clean clothes, and tell the DSL "
                 "about anything missing",
                 "Miss Hannah Dunn, Year 1 teacher, Harrowgate Primary School",
                 "Each school day at registration",
                 "CG2 (20/03/2026)",
                 "Logged on CPOMS; the DSL's CPOMS summary e-mailed to Nicola every Friday"],
                ["7",
                 "Eight home sessions with Claire on the morning and bedtime routines for Lily and Alfie",
                 "Zara Bell, family support worker, Crindlebank Family Centre",
                 "Wednesdays, 25/02/2026 to 15/04/2026",
                 "CG3 (17/04/2026)",
                 "Claire's engagement with the sessions"],
                ["8",
                 "Have Lily and Alfie for tea after school, and walk them home by 7pm",
                 "Debbie Marsh, maternal aunt",
                 "Tuesdays and Thursdays, 3.15pm to 7pm",
                 "CG2 (20/03/2026)",
                 "Debbie texts Nicola each Thursday evening; the school's collection book shows Debbie"],
                ["9",
                 "Have Lily and Alfie to stay every other weekend",
                 "Steve Fenwick (Dad)",
                 "Alternate weekends, Friday 5pm to Sunday 5pm; next 27/02/2026",
                 "CG2 (20/03/2026)",
                 "Steve texts Nicola when he collects and returns the children; the children tell Nicola about "
                 "their weekends at her visits"],
                ["10",
                 "Four sessions of direct work with Lily about Mum's illness and the day of the overdose, using "
                 "the 'Mum's not well' workbook",
                 "Nicola Shaw, social worker",
                 "Tuesdays 03/03, 10/03, 17/03 and 24/03/2026, after school",
                 "CG3 (17/04/2026)",
                 "Lily's workbook on file; Lily can tell Nicola what depression is and who she rings if Mum is "
                 "unwell"],
                ["11",
                 "Health check for Lily about her headaches and her sleep",
                 "Jo Tranter, school nurse, Crindlebank 0-19 Service",
                 "By 13/03/2026",
                 "CG2 (20/03/2026)",
                 "-"],
                ["12",
                 "Choice appointment for Lily (GP referral for anxiety received 04/02/2026)",
                 "Dr Helen Moore, clinical psychologist, Crindlebank CAMHS",
                 "Appointment on 11/03/2026",
                 "CG2 (20/03/2026)",
                 "Clinic letter with the outcome and any treatment offered, copied to Claire and Nicola"],
                ["13",
                 "Keep all tablets in the locked box, take them as prescribed, and show Nicola the box at each "
                 "visit",
                 "Claire Fenwick (Mum)",
                 "Every day",
                 "Each core group",
                 "Box seen locked at each visit; the pharmacy record matches the tablets in the box"],
                ["14",
                 "Make a family safety plan with Claire, Lily and Alfie: who to ring if Mum is unwell, and the "
                 "numbers on the fridge",
                 "Nicola Shaw, social worker",
                 "By 06/03/2026",
                 "CG2 (20/03/2026)",
                 "Safety plan on the fridge seen at Nicola's visit; Lily and Alfie can each say who they "
                 "would ring"],
            ],
        }),
        ("h1", "If Claire becomes unwell"),
        ("bullets", [
            "If Claire takes an overdose, harms herself or says she is going to: Lily rings 999 (as on the "
            "safety plan) and then Debbie. The children go to Debbie's, 9 Wren Close, that night. If Debbie "
            "cannot have them, Steve collects them; if neither can, the Emergency Duty Team arranges a foster "
            "placement that night. Nicola holds a strategy discussion the same day or on the next working "
            "day.",
            "If Claire misses two CPN visits in a row, or Mark is worried about her mood, Mark rings Nicola "
            "the same day, the Home Treatment Team sees Claire within 24 hours, and the children stay with "
            "Debbie until it has.",
            "If Lily misses two school days in a row, or Alfie is not collected at 3.15pm, Harrowgate Primary "
            "rings Nicola, who visits the house the same day.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Harrowgate Primary School, Fridays at 9am: CG2 on 20/03/2026, CG3 "
            "on 17/04/2026.",
            "Review child protection conference: Tuesday 05/05/2026 at 1.30pm, Crindlebank Civic Centre.",
        ]),
    ],
    "findings": [
        F("H001", "Home visits to support Claire with her mood, her anxiety"),
        F("W001", "Referral to Crindlebank Young Carers to be made for Lily"),
        F("M002", "Eight home sessions with Claire on the morning and bedtime routines"),
        F("M001", "Health check for Lily about her headaches and her sleep"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Review conference plan after domestic abuse: bullets with the time in
#    each sentence, one group timed by a lead-in. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b191_culmerdale_rcpc_bullets_times_in_sentence_lead_in_dobson.md",
    "split": "heldout",
    "actions": 15,
    "template": "rcpc-plan-md-about-us-table-what-happened-working-well-jess-and-harvey-in-their-own-words-outcomes-then-what-will-happen-bullets-under-starting-now-lead-in-with-dates-and-for-jess-for-harvey-for-kerry-subheadings-time-in-each-sentence-then-if-things-go-wrong-meetings",
    "description": (
        "Review conference plan for a 14-year-old girl and an 8-year-old boy after their mother's former "
        "partner strangled her in front of them; he now has a restraining order. The plan is bullets, "
        "each with its owner, time and check in the sentence ('every fortnight', 'every Monday and "
        "Thursday at 8.40am', 'for six sessions from 17 March', 'on Tuesdays after school for ten weeks "
        "from 10 March', 'by the end of the spring term on 27 March 2026', 'every other weekend from "
        "Friday 13 March', 'the same day'); the first group sits under a lead-in that times it ('All of "
        "these start on Monday 9 March 2026 and run until the review conference on 8 June 2026'). "
        "Faults: 'Everyone in the network' passing on sightings of the former partner; the class teacher "
        "who will 'keep an eye on' the 8-year-old; the mother's Freedom Programme with no measure; a "
        "girls' group offered 'asap'; a contingency that only says the core group will meet and discuss "
        "next steps if things do not get better; and nothing about legal planning."
    ),
    "text": """\
# Culmerdale Council - Children's Services

## Child protection plan: Jess and Harvey Dobson

Agreed at the review child protection conference on Monday 2 March 2026 (chair: Gareth Lund, IRO).
Social worker: Vicky Hale, Culmerdale Family Safeguarding Team (team manager: Joanne Fry).

| About us | |
|---|---|
| Jess Dobson | 14, born 30/07/2011, Year 9 at Culmerdale Academy |
| Harvey Dobson | 8, born 05/01/2018, Year 3 at Brookfield Primary School |
| Mum | Kerry Dobson (36), 12 Sorrel Street, Culmerdale CU5 1PW |
| Dad | Paul Dobson, 40 Abbey Road, Culmerdale; sees Harvey at weekends |
| Mum's former partner | Shane Rowe; restraining order made on 12/02/2026, for two years |
| Category | Emotional abuse (both children), since 1 December 2025 |

### What happened

On 9 November 2025 Shane Rowe put his hands round Kerry's neck in the kitchen. Jess pulled him off
and Harvey hid in the garden shed and rang his dad. Shane had been violent to Kerry before, and he
had moved back in twice in the autumn after saying he had changed. He pleaded guilty to assault in
February 2026 and the court made a restraining order that stops him contacting Kerry or the children
or going to Sorrel Street or either school. Since the summer Jess has been missing lessons and getting
into arguments, and in January she told her head of year she "can't sleep for thinking about it".
Harvey has started wetting the bed again.

### What is working well

- Shane has not been to the house since 10 November, and Kerry changed the locks the next day.
- Kerry went to every meeting with the IDVA and is on the waiting list for the Freedom Programme.
- Paul has had Harvey most weekends and takes him to football on Saturdays.
- Jess's attendance in February was 94%, up from 81% in the autumn term.

### Jess and Harvey in their own words

**Jess** (seen on her own at school by Vicky, 24 February 2026): "I'm not scared of him, I'm scared of
Mum letting him back." "I don't want to talk to loads of people, just one person." She would like to
"do something that isn't about feelings, like a girls' group or boxing". She scored home 6 out of 10.

**Harvey** (at home, 25 February 2026, drawing with Vicky): drew his house with "a big lock on the
door" and himself in bed "with no wee". He said: "I like Dad's because there's no shouting." "I want
Mum to be happy."

### What we want for Jess and Harvey

1. Jess and Harvey live in a home where no one hurts or frightens their mum or them, and Shane has no
   contact with them.
2. Jess sleeps, goes to her lessons, and has one trusted adult at school she talks to.
3. Harvey feels safe at night, his bedwetting stops, and he knows what to do if someone is hurting
   his mum.
4. Jess and Harvey have a mum who understands what they lived through and keeps them safe from any
   new partner who is violent.

## What will happen

### Starting now

All of these start on Monday 9 March 2026 and run until the review conference on 8 June 2026:

- Vicky Hale (social worker) will visit every fortnight, one visit in two unannounced, and see Jess
  and Harvey on their own; her visit records will say what each child said and whether anyone else
  has been staying.
- Kerry will keep Shane away from the house and the children and ring 999 if he comes to the door or
  contacts any of them; Vicky will check the police log for 12 Sorrel Street before each core group.
- PC Amy Ryan, Culmerdale Police domestic abuse officer, will check that the restraining order is
  kept and send Vicky the record of every call-out to the address, within 24 hours of the call.
- Everyone in the network will ring 999 and tell Vicky the same day if Shane is seen near the house
  or either school, and each sighting will be logged on the children's chronology.

### For Jess

- Ms Ruth Okoye, Jess's head of year at Culmerdale Academy, will meet Jess every Monday and Thursday
  at 8.40am for a check-in; Jess's score out of 10 for how home feels will be recorded on CPOMS and
  sent to Vicky every Friday.
- Amira Khan, practitioner at Culmerdale CAMHS, will see Jess for six sessions from 17 March about her
  sleep and her anger, and will write to Vicky and Kerry after the sixth session with Jess's RCADS
  scores from the first and last sessions.
- Ms Okoye will offer Jess a place in the Year 9 girls' group on healthy relationships asap; the
  group register will show whether Jess goes, and will be sent to Vicky.
- Vicky will do four sessions of direct work with Jess, every fortnight from 16 March, on what she saw
  and heard and on her own safety plan; the safety plan, in Jess's words, will be on file.

### For Harvey

- Mr Tom Dale, Harvey's class teacher at Brookfield Primary, will keep an eye on Harvey at afternoon
  registration each school day.
- Sian Cope, children's worker at Culmerdale Women's Aid, will run the Safe Steps group for Harvey on
  Tuesdays after school for ten weeks from 10 March, and will send Vicky Harvey's before-and-after
  feelings chart in the week after the last session.
- Jenny Bolt, school nurse, will see Harvey and Kerry about the bedwetting by the end of the spring
  term on 27 March 2026 and make a plan with them; the plan and Harvey's dry-nights chart will be
  sent to Vicky, who will look at the chart at her visits.
- Paul Dobson will have Harvey every other weekend from Friday 13 March, collecting him from school at
  3.15pm and bringing him home by 6pm on Sunday; Paul will text Kerry when they set off, and Harvey
  will tell Vicky about his weekends at her visits.

### For Kerry

- Kerry will go to the Freedom Programme at Culmerdale Women's Centre every Wednesday morning for
  twelve weeks from 4 March.
- Lucy Barnes, Kerry's IDVA at Culmerdale Women's Aid, will meet Kerry every fortnight until the MARAC
  review on 21 May 2026 and update the DASH risk checklist with her; the new DASH score and Kerry's
  safety plan will be sent to Vicky after each meeting.
- Kerry and Vicky will go to Culmerdale Homes together on 12 March to ask for a move under the domestic
  abuse priority scheme; the housing application reference and the banding letter will be on file by
  31 March.

## If things go wrong

If things do not get better for Jess and Harvey, or there are any further worries about Shane, the
core group will meet and discuss what needs to happen next. Anyone with a worry should share it with
Vicky.

## Meetings

- Core group every four weeks at Brookfield Primary School, Mondays at 4pm: 23 March, 20 April and
  18 May 2026.
- Review child protection conference: Monday 8 June 2026 at 10am, Culmerdale Town Hall.

Plan sent to Kerry, Paul, Jess and every agency on 4 March 2026.
""",
    "findings": [
        F("W002", "Everyone in the network will ring 999 and tell Vicky"),
        F("M002", "will keep an eye on Harvey at afternoon"),
        F("M001", "Kerry will go to the Freedom Programme at Culmerdale Women's Centre"),
        F("T002", "girls' group on healthy relationships asap"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan, faltering weight and a mother's postnatal
#    depression: numbered actions with owner and check, and a timeline
#    table giving each action's time by its number. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b191_cowlingford_icpc_numbered_actions_timeline_keyed_rahman.md",
    "split": "heldout",
    "actions": 15,
    "template": "icpc-plan-md-details-list-worries-strengths-safiyas-words-and-zayns-day-outcomes-then-numbered-actions-owner-and-check-in-each-item-then-when-timeline-table-keyed-by-action-number-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 4-month-old boy whose weight has fallen from the 50th "
        "to the 9th centile and his 3-year-old sister, who was found alone in the street in her "
        "pyjamas early one morning; their mother has postnatal depression and their father works "
        "nights. The plan is a numbered list of fifteen actions, each with its owner and its check, "
        "and a separate 'When' timeline table that gives every action's time by its number ('Every "
        "weekday at 7am from 06/03/2026 ...', 'Every Tuesday from 10/03/2026 until the review "
        "conference', 'By 13/03/2026', 'Thursdays 10am, 12/03/2026 to 16/04/2026'). The perinatal "
        "team reports on the mother's capacity to change, the GP owns an action, the contingency has "
        "specific triggers, a fallback if the grandmother cannot come and legal planning, and the "
        "sister's words, the baby's day, core group dates and a dated review conference are recorded."
    ),
    "text": """\
# Cowlingford Borough Council - Children's Social Care

## Child protection plan for Zayn and Safiya Rahman

Agreed at the initial child protection conference on Thursday 5 March 2026 (chair: Andrew Pennick,
Independent Reviewing Officer).

- **Children:** Zayn Rahman, born 04/11/2025 (4 months); Safiya Rahman, born 19/01/2023 (3)
- **Home:** 7 Carder Street, Cowlingford CW8 3HE
- **Parents:** Amina Rahman (29) and Tariq Rahman (33); Tariq drives for a parcel firm on night shifts
- **Paternal grandmother:** Nasreen Rahman, 14 Elm Terrace, five minutes' walk away
- **Paternal aunt:** Yasmin Rahman, 3 Mill Row, Cowlingford
- **Category:** Neglect (both children)
- **Social worker:** Farah Ahmed, Cowlingford Children's Social Care, Safeguarding Team 1 (team
  manager: Graham Boyd)

### What we are worried about

Amina has postnatal depression. Since January she has stayed in bed most mornings and has found it
hard to feed Zayn. Zayn's weight has dropped from the 50th centile at 8 weeks to the 9th centile at
16 weeks, and he missed his 12-week immunisations and two health visitor appointments. On Friday 20
February 2026, at 7am, a neighbour found Safiya alone on the pavement outside the house in her
pyjamas. Amina was asleep and Tariq was at work; Zayn was in his cot with a bottle propped on a
rolled blanket.

### What is going well

- Amina told her GP she was struggling, and started sertraline on 10 February. She has seen the
  perinatal mental health team twice and says she wants "to be the mum I was with Safiya".
- Tariq has asked his manager to move to day shifts.
- Nasreen has come every morning since 21 February to get Safiya up and give Zayn his first feed.
- Safiya has a nursery place offered at Little Oaks Nursery.

### What Safiya says, and Zayn's day

**Safiya** (with Farah and her toy kitchen, 27 February 2026): "Mummy sleeping. Mummy tired." "I went
outside to find Daddy." "Dadi makes me paratha." She put her doll to bed and said "shh, baby crying".

**Zayn** cannot tell us, so the health visitor, Leanne Cross, wrote down his day on 26 February: he
woke at 6am and cried for ten minutes before Nasreen picked him up; he fed well from the bottle with
Nasreen and smiled at her; Amina held him for his late morning feed but looked away from him, and he
turned his head away and stopped after 2oz. He was clean and warm and his nappy had been changed.

### What we want for Zayn and Safiya

1. Zayn is fed at least every 3 to 4 hours by an adult who is awake and watching him, and his weight
   is back on the 25th centile or above by his 6-month review.
2. Safiya is never alone, and there is always an adult awake and looking after her from the time
   she wakes.
3. Safiya goes to nursery three days a week, and her speech and play are where they should be.
4. Zayn and Safiya are cared for by parents who know when Amina is becoming unwell and who get help
   before the children go without care.

## What we will do

Each action has its owner and its check. When each happens is in the timeline below, by number.

1. Farah Ahmed (social worker) will visit at home, see Zayn awake and Safiya at play, read the feed
   chart and check the front door chain is on. Check: visit records within 2 working days saying
   what each child was doing and who was caring for them.
2. Leanne Cross (health visitor, Cowlingford 0-19 Service) will weigh Zayn at home and plot his
   weight in his red book. Check: each weight in the red book and e-mailed to Farah the same day;
   Zayn on the 25th centile or above by his 6-month review.
3. Amina and Tariq will keep a feed chart for Zayn, writing the time, the amount and who fed him.
   Check: Farah and Leanne read the chart at every visit; it shows at least six feeds every day.
4. Dr Sophie Walsh (GP, Lindfield Surgery) will review Amina's sertraline with her and write to Farah
   about Amina's mood and how it affects her care of Zayn and Safiya. Check: GP letter on Farah's
   file.
5. Kate Morrow (perinatal CPN) and Dr Raj Patel (perinatal psychiatrist), Cowlingford Perinatal Mental
   Health Team, will see Amina at home for treatment, and write a report on her mental health, her
   capacity to make the changes Zayn and Safiya need, the steps she must take and how long this is
   likely to take. Check: report on Farah's file and shared with the core group.
6. Nasreen Rahman (paternal grandmother) will come to the house at 7am, get Safiya up and give Zayn
   his first feed. Check: Nasreen signs the feed chart each morning; Farah reads it at her visits.
7. Tariq will fit a chain and a high bolt to the front door. Check: Farah sees both fitted and in use.
8. Jo Finch (manager, Little Oaks Nursery) will give Safiya her funded place, 9am to 2pm, and ring
   Farah if Safiya is not in by 9.30am. Check: nursery register e-mailed to Farah every Friday.
9. Safiya's key person at Little Oaks, Mel Dorsey, will write a summary of Safiya's speech, play and
   feelings after her first six weeks. Check: summary shared with Amina, Tariq and Farah.
10. Gail Perry (practice nurse, Lindfield Surgery) will give Zayn his missed immunisations.
    Check: immunisations written in the red book and on the GP record.
11. Farah will complete a parenting assessment with Amina and Tariq. Check: written assessment with a
    recommendation, shared with them and with the core group.
12. Tariq will give Farah a letter from his employer confirming his move to day shifts. Check: the
    letter on Farah's file.
13. Amina and Tariq will take Zayn to the Baby and Me group at Cowlingford Family Hub. Check: group
    register sent to Farah by the group leader, Ruth Clegg, after each session.
14. Farah will spend time with Safiya using picture cards and her toy kitchen, to hear what home is
    like for her. Check: Safiya's words and pictures recorded on her file after each session.
15. Dr Neha Shah (community paediatrician) will see Zayn in the growth clinic and write a feeding
    plan with Amina and Tariq. Check: clinic letter and feeding plan sent to Leanne, the GP and Farah.

### When

| When | Actions |
|---|---|
| Every weekday at 7am from 06/03/2026, and on Saturdays and Sundays when Tariq has worked the night before, until he starts day shifts | 6 |
| Every Tuesday from 10/03/2026 until the review conference on 28/05/2026 | 1, 2 |
| Every day from 06/03/2026 | 3 |
| Every week from 09/03/2026; report by 17/04/2026 | 5 |
| Every Monday, Tuesday and Wednesday from 09/03/2026 | 8 |
| Thursdays 10am, 12/03/2026 to 16/04/2026 (six sessions) | 13 |
| Every fortnight from 12/03/2026 until the review conference | 14 |
| By 13/03/2026 | 7, 10 |
| By 20/03/2026 | 4, 12 |
| By 27/03/2026 | 15 |
| By 24/04/2026 (after Safiya's first six weeks at nursery) | 9, 11 |

## If things go wrong

- If Safiya is found alone, or Zayn is found with a propped bottle, or no adult in the house is awake
  and caring for the children: Farah (or the Emergency Duty Team) holds a strategy discussion the
  same day, and the children go to Nasreen's at 14 Elm Terrace that day. Farah will ask Graham Boyd
  for a legal planning meeting within 5 working days.
- If Zayn loses weight between two weighings or drops below the 2nd centile, Leanne sends him to the
  paediatric assessment unit at Cowlingford General Hospital the same day and rings Farah.
- If Amina says she is thinking of harming herself or the children, Tariq or Nasreen rings the
  perinatal team's crisis line (999 if anyone is in danger). Amina does not care for the children on
  her own until the perinatal team has seen her (within 24 hours); Nasreen cares for them.
- If Nasreen cannot come in the morning, she rings Tariq and Farah by 9pm the night before. Yasmin
  (3 Mill Row) has agreed to come instead; if neither can come, Tariq does not work that night (his
  manager agreed this on 3 March 2026).
- If Zayn is not back on the 25th centile by the review, or the parenting assessment on 24/04/2026
  says the children cannot be cared for safely at home, Farah will ask for a legal planning meeting
  before the review conference.

## Meetings

- Core group every four weeks at Cowlingford Family Hub, Thursdays at 10am: 19/03/2026, 16/04/2026
  and 14/05/2026.
- Review child protection conference: Thursday 28 May 2026 at 2pm, Cowlingford Civic Centre.

Plan sent to Amina, Tariq, Nasreen and every agency on 6 March 2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Review conference plan, a mother's binge drinking: plain text, actions
#    numbered under capital headings that give the time. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b191_caverswold_rcpc_text_plan_time_headings_mcnally.txt",
    "split": "heldout",
    "actions": 15,
    "template": "rcpc-plan-plain-text-caps-headings-dashed-rules-details-lines-worries-working-well-connor-and-rubys-world-outcomes-then-numbered-actions-under-capital-time-headings-straight-away-every-week-each-school-day-summer-term-before-review-with-check-lines-then-contingency-meetings",
    "description": (
        "Review conference plan for a 5-year-old boy and a 9-month-old girl whose mother binge drinks at "
        "weekends and was found drunk in town with the baby in her pram. A plain-text plan with capital "
        "headings and dashed rules; the actions are numbered under capital headings that give the time "
        "for everything beneath them ('STRAIGHT AWAY - BY FRIDAY 20 MARCH 2026', 'EVERY WEEK - FROM "
        "MONDAY 16 MARCH 2026 UNTIL THE REVIEW ON 15 JUNE 2026', 'EACH SCHOOL DAY UNTIL THE "
        "END OF THE SUMMER TERM (17 JULY 2026)', 'IN THE SUMMER TERM, 13 APRIL TO 22 MAY 2026', 'BEFORE "
        "THE REVIEW CONFERENCE ON 15 JUNE 2026'), some adding their own ('every fortnight', 'at Ruby's "
        "1-year check'), each with a 'Check:' line. Faults: a passive referral to a parenting course "
        "with no one named; the health visitor's visits checked only by 'monitored by Joanne at each "
        "visit'; the ELSA's sessions with no check; the mother's drinking recorded with no adult "
        "service owning any action (she only goes to a drop-in herself); and core group dates 'to be "
        "arranged'."
    ),
    "text": """\
CAVERSWOLD COUNCIL - CHILDREN'S SOCIAL CARE
CHILD PROTECTION PLAN - CONNOR AND RUBY McNALLY
------------------------------------------------------------------------

Agreed at the review child protection conference on Monday 9 March 2026.
Chair: Bernadette Cole (IRO). Social worker: Carla Reeves, Caverswold
Children's Social Care, North Team (team manager: Neil Carter).

Connor McNally ..... born 03/10/2020 (5), Reception, St Brendan's RC Primary
Ruby McNally ....... born 10/06/2025 (9 months)
Mum ................ Shannon McNally (24)
Ruby's dad ......... Jordan Price (26), lives with Shannon and the children
Address ............ 52 Tanyard Lane, Caverswold CV9 4NS
Grandmother ........ Maureen McNally (Shannon's mum), 31 Kiln Street
Category ........... Neglect (both children), since 08/12/2025


WHAT WE ARE WORRIED ABOUT
------------------------------------------------------------------------

Shannon drinks heavily at weekends, often starting on a Friday afternoon.
On 01/11/2025 the police found her drunk on Caverswold High Street at 11pm
with Ruby asleep in her pram and Connor at home alone with a neighbour
looking in. Connor has missed school on Mondays (seven Mondays this year)
and has come in tired and hungry. Shannon says she drinks "to switch off"
and that she can stop when she wants. She went to the Caverswold Recovery
drop-in twice in February. Jordan works Monday to Friday and says he does
not drink much; he has not always been home at weekends.


WHAT IS WORKING WELL
------------------------------------------------------------------------

- Maureen has had the children every Saturday night since December, and
  Connor says Nana's is "where I have pancakes".
- There have been no more police call-outs since 01/11/2025.
- Ruby's weight is on the 50th centile and she is meeting her milestones.
- Jordan has been home every weekend since the last core group.


CONNOR AND RUBY'S WORLD
------------------------------------------------------------------------

Connor (seen on his own at school, 02/03/2026): "Mummy gets silly on
Saturdays and then she's sleepy all Sunday." "I don't like being on my own
in the dark." He wants "Mummy to play Lego with me on Sundays".

Ruby (seen at home, 04/03/2026): she crawled to Jordan when Carla came in,
and babbled and clapped when he sang. She reached for Shannon for her bottle
and settled on her lap.


WHAT WE WANT FOR CONNOR AND RUBY
------------------------------------------------------------------------

1. Connor and Ruby always have a sober adult looking after them, day and
   night, at weekends as well as in the week.
2. Connor goes to school every day, on time and having had breakfast,
   including Mondays.
3. Ruby keeps growing and developing well, and is safe in her pram and cot.


THE PLAN
------------------------------------------------------------------------

STRAIGHT AWAY - BY FRIDAY 20 MARCH 2026

1. Carla Reeves (social worker) will write an updated weekend safety plan
   with Shannon and Jordan, saying who looks after the children from
   Friday teatime to Sunday night.
   Check: the safety plan signed by Shannon and Jordan, with copies to
   Maureen and every agency.
2. A referral will be made to Caverswold Family Hub for a place on the
   Solihull parenting course for Shannon and Jordan.
   Check: the Family Hub's letter offering a place.
3. Jordan will fit the stair gate and the fireguard the health visitor
   asked for on 02/03/2026.
   Check: both seen fitted by the health visitor at her next visit.

EVERY WEEK - FROM MONDAY 16 MARCH 2026 UNTIL THE REVIEW ON 15 JUNE 2026

4. Carla Reeves will visit the children at home, one visit in four on a
   Saturday or Sunday, and see Connor on his own.
   Check: visit records within 2 working days, saying who was caring for
   the children and whether Carla saw or smelt alcohol.
5. Shannon will go to the Caverswold Recovery drop-in every Tuesday and
   keep a daily drinking diary.
   Check: Carla reads the drinking diary at each visit and Shannon shows
   her the drop-in's appointment card.
6. Maureen McNally (grandmother) will have Connor and Ruby at 31 Kiln
   Street every Saturday from 6pm to 11am on Sunday.
   Check: Maureen texts Carla every Sunday when the children go home.
7. Jordan will be at home and sober from Friday teatime to Sunday night,
   and will be the adult who cares for the children when they are not at
   Maureen's.
   Check: Maureen sees him at each handover, and Carla's weekend visits
   record whether he is at home and sober.
8. Joanne Hyde (health visitor, Caverswold 0-19 Service) will see Ruby at
   home every fortnight and look at her sleeping, feeding and development.
   Check: monitored by Joanne at each visit.

EACH SCHOOL DAY UNTIL THE END OF THE SUMMER TERM (17 JULY 2026)

9. Mrs Fiona Gale (DSL, St Brendan's RC Primary) will ring Shannon if
   Connor is not in by 9.10am, and ring Carla if there is no answer by
   10am.
   Check: the register and first-day call log, sent to Carla every
   Friday; Connor in school on every Monday.
10. Mrs Fiona Gale will give Connor a free Breakfast Club place from 8am.
    Check: Breakfast Club register sent with the Friday call log.

IN THE SUMMER TERM, 13 APRIL TO 22 MAY 2026

11. Mrs Alison Kerr (ELSA, St Brendan's) will do six weekly sessions with
    Connor about his feelings and what happens at home at weekends.
12. Carla Reeves will do three sessions of direct work with Connor, using
    the three houses, about his weekends.
    Check: Connor's drawings and words on his file, and shared with the
    core group.

BEFORE THE REVIEW CONFERENCE ON 15 JUNE 2026

13. Carla Reeves will update the parenting assessment of Shannon and
    Jordan, with the children's views and a recommendation.
    Check: the updated assessment shared with Shannon, Jordan and the
    core group by 01/06/2026.
14. Joanne Hyde will see Ruby at home for her 1-year check (ASQ-3) by
    her first birthday on 10/06/2026.
    Check: ASQ-3 scores sent to Carla and written in Ruby's red book.
15. Miss Orla Byrne (Connor's class teacher) will write a short report
    for the review on Connor's attendance, his punctuality and how he is
    in class on Mondays.
    Check: the report on Carla's file by 01/06/2026.


IF THINGS GO WRONG
------------------------------------------------------------------------

- If Shannon is found drunk while she is caring for either child, or
  Jordan is not sober when he is caring for them at a weekend, whoever
  sees it rings Carla (or the Emergency Duty Team out of hours). The
  children go to Maureen's at 31 Kiln Street that day, and Carla holds a
  strategy discussion the same day. Carla will ask Neil Carter for a legal
  planning meeting within 10 working days.
- If Maureen cannot have the children on a Saturday, she rings Carla and
  Shannon by noon on the Friday. Jordan's sister, Kelly Price (8 Brook
  Terrace), has agreed to have them instead. If neither can, Shannon and
  Jordan have agreed that neither of them drinks that weekend, and Carla
  (or the Emergency Duty Team) visits on the Saturday evening.
- If Connor misses two school days in a row, or any Monday without a
  reason, Carla visits the house that day.


MEETINGS
------------------------------------------------------------------------

Core group: the core group will meet between now and the review; dates to
be arranged with Shannon and Jordan.
Next review child protection conference: Monday 15 June 2026 at 10am,
Caverswold Town Hall.

Plan sent to Shannon, Jordan, Maureen and every agency on 11/03/2026.
""",
    "findings": [
        F("W001", "A referral will be made to Caverswold Family Hub"),
        F("M002", "see Ruby at home every fortnight and look at her"),
        F("M001", "will do six weekly sessions with Connor about his feelings"),
        F("F004"),
        F("R001"),
    ],
})
