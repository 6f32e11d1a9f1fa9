"""Batch 63, module x: seven fictional plans (tuning material), places beginning with "x".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: measures and timescales (M001, M002, T001, T002) in plans and action
lists written by agencies other than children's social care - a health
visitor, a school DSL, a police public protection unit, an adult community
mental health team, a family hub, a maternity safeguarding team and an adult
drug and alcohol service - in plain everyday wording. Measures are often
implicit but observable inside the action ("the nursery will ring Anna the
same day", "they'll be in her red book"), or given once for a group of
actions in a line below them; timescales are given once in a heading for
several actions ("All of these by Friday 30 January 2026"), as school terms,
appointments, weeks of pregnancy and the baby's age. Hard negatives:
background paragraphs full of dates and checks that are not actions, and
standing rules ("Craig will not drive with Ellie or Jack in the car") that
need no date. Three plans are exemplary.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Health visitor's enhanced health plan for a baby on a CP plan: table
#    When (Teddy's age) | Who does what | What we'll see, then the other
#    agencies' parts of the conference plan as bullets (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b63_xandercombe_hv_enhanced_plan_baby_age_column_whelan.docx",
    "doc_title": "Enhanced Health Visiting Plan - Baby Teddy Whelan-Carter",
    "split": "tune",
    "actions": 10,
    "template": "hv-enhanced-health-plan-docx-kv-then-when-by-baby-age-who-does-what-what-well-see-table-then-other-agencies-bullets",
    "description": (
        "Health visitor's enhanced (child protection) health plan for a 6-week-old who has dropped from the "
        "50th to the 9th centile; mother has postnatal depression and had stopped her sertraline. Written by "
        "the HV in the first person. Table headed 'When (Teddy's age)' | 'Who does what' | 'What we'll "
        "see', with timescales as the baby's age and appointments ('8 weeks - Tuesday 9 December 2025', "
        "'12 weeks (w/c 5 January 2026)') and measures written as what will be seen ('his weight goes in "
        "the red book'). Then the rest of the conference plan as bullets (SW, perinatal mental health team "
        "reporting on change, GP, grandmother's weekend nights), a contingency that covers the grandmother "
        "not coming, dates and the legal step. Background full of dated weights and checks. Exemplary."
    ),
    "blocks": [
        ("title", "Enhanced Health Visiting Plan"),
        ("p", "Xandercombe Community Health NHS Trust · 0–19 Service · Harbour Lane Health Visiting Team"),
        ("kv", [
            ("Baby", "Teddy Whelan-Carter, born 14/10/2025 at Xandercombe General Hospital (39 weeks, 3.42 kg)"),
            ("Parents", "Shannon Whelan (22) and Liam Carter (25), 3 Gull Walk, Xandercombe"),
            ("Child protection plan", "From the initial conference on Tuesday 25/11/2025 (category: neglect)"),
            ("Social worker", "Chloe Adeyemi, Xandercombe Children's Services, Family Safeguarding Team 2"),
            ("Health visitor", "Gemma Rourke, specialist health visitor. Where this plan says \"I\" or "
                               "\"me\", it means me."),
            ("GP", "Dr Priya Patel, Harbour Lane Surgery"),
        ]),
        ("h1", "Why Teddy has a plan"),
        ("p", "Teddy was born on the 50th centile. The midwife handed over to me on day 12. At the new birth "
              "visit on 28 October he weighed 3.30 kg; on 4 November and 11 November he was still under his "
              "birth weight, and on 18 November he had dropped to the 9th centile. Shannon missed the baby "
              "clinic on 11 November. When I visited that afternoon there were two bottles made up the night "
              "before on the bedroom windowsill, and Shannon was using two scoops of formula to 90 ml of water. "
              "Teddy was in a damp sleepsuit and had nappy rash."),
        ("p", "Shannon told me she stopped her sertraline early in the pregnancy and has felt \"like a ghost\" "
              "since Teddy was born. She scored 21 on the PHQ-9 on 11 November. Dr Patel restarted her "
              "sertraline on 13 November and referred her to the Xandercombe Perinatal Mental Health Team, "
              "who first saw her on 20 November. Liam works days at the Portside warehouse (7am to 4pm) and "
              "does most of the evening feeds. Shannon's mum, Tracey Whelan, lives in Ferry Street and has "
              "offered to help."),
        ("h1", "Teddy's days, as we have seen them"),
        ("p", "Teddy can't tell us how things are for him, so this is what I, Chloe and Liam have seen. He is "
              "a hungry baby who roots and cries hard about three hours after a feed, and he settles quickly "
              "once he is fed. He watches Liam's face and has started to smile at him. In the daytime, when "
              "Shannon is on her own with him, he is often in his Moses basket in the bedroom with the "
              "curtains shut, and on two visits he was crying when I arrived and Shannon was asleep on the "
              "sofa. When Tracey is there he is held a lot and is calm. He took a whole 120 ml feed with me "
              "on 18 November when the bottle was made up properly."),
        ("h1", "What we want for Teddy by the review conference"),
        ("bullets", [
            "Teddy is fed the right amount at the right times, day and night, and is back up to the 25th "
            "centile line.",
            "Teddy sleeps safely every time: on his back, in his own Moses basket or cot, in a room with a "
            "parent.",
            "Teddy is looked after by a mum who is well enough to notice when he is hungry or upset and to "
            "go to him, and by a dad who knows what to do if she is not.",
            "Teddy has all his checks and jabs on time.",
        ]),
        ("h1", "My visits and the health part of the plan"),
        ("p", "The first column says when, by Teddy's age with the date next to it. Each row says who does it. "
              "The last column is what we will all be able to see if it is happening."),
        ("table", {
            "header": ["When (Teddy's age)", "Who does what", "What we'll see"],
            "widths": [3.8, 7.0, 6.2],
            "rows": [
                ["Every week from now until he is 16 weeks (w/c 2 February 2026), on Tuesdays",
                 "Gemma (HV) visits at home, weighs Teddy undressed and watches a whole feed, from making the "
                 "bottle to winding him",
                 "His weight goes in his red book and on my record every week. We want to see him back on the "
                 "25th centile line by 12 weeks and never under the 9th."],
                ["By 8 weeks (before Tuesday 9 December 2025)",
                 "Gemma (HV) does the full 6–8 week review at home with Shannon and Liam, including Shannon's "
                 "mood (Whooley questions and PHQ-9) and how the nights are going",
                 "Review written up, with a copy to Chloe and Dr Patel in the same week."],
                ["Before the first core group (Thursday 4 December 2025)",
                 "Gemma (HV) goes through making up bottles and sterilising with Shannon and Liam, and puts a "
                 "feed chart on the fridge for them to fill in",
                 "Both sign the formula checklist. After that I look at the chart at every visit: each feed "
                 "written in, with the time and how much he took."],
                ["8 weeks – Tuesday 9 December 2025, 10.20am",
                 "Shannon and Liam take Teddy to Harbour Lane Surgery for his 8-week jabs and his GP baby check",
                 "The practice nurse writes them in his red book, and I check it at my visit that week."],
                ["12 weeks (w/c 5 January 2026)",
                 "Gemma (HV) does a safe sleep check: where Teddy sleeps in the day and at night, the Moses "
                 "basket and the cot Liam's brother is giving them, and whether he is ever put down on the "
                 "sofa or in their bed",
                 "I see the sleep space myself and fill in the safe sleep record, which goes to Chloe."],
                ["By 16 weeks (Friday 6 February 2026)",
                 "Gemma (HV) watches Shannon and Teddy together at a feed and at play, and writes up how "
                 "Shannon reads and answers his cues",
                 "A written observation in my report for the review conference, sent to Chloe by "
                 "6 February."],
            ],
        }),
        ("h1", "What others are doing (from the plan agreed at conference)"),
        ("bullets", [
            "Chloe Adeyemi (SW) visits every week, at least one visit in three unannounced, sees Teddy awake "
            "and where he sleeps, and writes down what she sees on his file.",
            "Anna Kowal (perinatal mental health nurse, Xandercombe Perinatal Mental Health Team) sees Shannon "
            "at home every two weeks, and before each core group writes to Chloe saying whether Shannon's "
            "depression is lifting enough for her to feed and settle Teddy on her own, and how long that is "
            "likely to take.",
            "Dr Patel (GP) reviews Shannon's sertraline by Friday 12 December 2025 and writes to me and Chloe "
            "with her dose and whether she is taking it.",
            "Tracey Whelan (Shannon's mum) stays over every Friday and Saturday night until the review "
            "conference and does Teddy's 2am feed, writing it on the fridge chart, which Chloe and I look at "
            "when we visit.",
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Teddy's weight falls below the 2nd centile, if he is found asleep on the sofa or in his "
              "parents' bed, or if Shannon says she has thoughts of harming herself or Teddy, whoever finds "
              "out tells Chloe (or the emergency duty team) straight away. Liam will take Teddy to Tracey's "
              "house in Ferry Street that day and Chloe will hold a strategy discussion the same day. If "
              "Shannon is in crisis, the perinatal team's duty worker sees her that day."),
        ("p", "If Tracey cannot stay on a Friday or Saturday, Liam does the 2am feed himself and tells Chloe "
              "on the Monday. If neither Tracey nor Liam can look after Teddy in an emergency, Chloe will "
              "arrange a foster placement that day."),
        ("p", "If Teddy is not back above the 9th centile by 12 weeks, or he misses two feeds on the chart "
              "in any one week, Chloe will ask her team manager for a legal planning meeting within 5 working "
              "days."),
        ("h1", "Meetings"),
        ("p", "Core group every 4 weeks, 10am at Harbour Lane Family Hub: Thursday 4 December 2025, Thursday "
              "8 January 2026 and Thursday 5 February 2026. Review child protection conference: Tuesday "
              "17 February 2026, 2pm, Xandercombe Civic Centre."),
        ("p", "Written by Gemma Rourke (HV) on 26/11/2025 and gone through with Shannon and Liam at home on "
              "27/11/2025. Copies to Chloe Adeyemi, Dr Patel and Anna Kowal."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. School DSL's safeguarding plan for two pupils on a CP plan: bullets
#    under term headings, a measure line for a group, an undated "Other
#    things" list; paged PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b63_xelby_school_dsl_termly_bullets_kowalski.pdf",
    "doc_title": "School Safeguarding Plan - Maisie and Alfie Kowalski",
    "split": "tune",
    "actions": 15,
    "template": "school-dsl-plan-paged-background-voice-outcomes-then-bullets-under-bold-term-headings-group-measure-line-undated-other-things-list",
    "description": (
        "A primary school DSL's safeguarding plan for an 8-year-old and a 5-year-old on a CP plan for "
        "neglect (mother's drinking). School actions are bullets under bold headings that carry the "
        "timescale ('Every school day, from now until the plan ends', 'By the end of this term (Friday 19 "
        "December 2025)', 'Spring term 1'); one line gives the measure for the first three bullets; a "
        "collection rule has no date of its own. Faults sit mostly in an undated 'Other things' list: 'as "
        "and when they have a space' (T002), no time and no measure (T001, M001), 'All staff' (W002), "
        "'regularly ... reviewed at core group' (T002, M002); also a grant application with no measure "
        "(M001), 'keep an eye on' (M002), and the review conference 'to be confirmed' (R001). Background "
        "full of dated incidents. Header and page footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE · Xelby Park Primary School · Safeguarding",
    "footer": "Maisie and Alfie Kowalski – school safeguarding plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "School Safeguarding Plan"),
        ("p", "For pupils who are on a child protection plan. Kept by the DSL; shared with the class teachers, "
              "the office and breakfast club on a need-to-know basis."),
        ("kv", [
            ("Pupils", "Maisie Kowalski (8), Year 4, class 4F (Mr Ince); Alfie Kowalski (5), Reception "
                       "(Miss Farrow)"),
            ("Parent", "Karen Kowalski (34), mum. The children live with her at 22 Linnet Close, Xelby."),
            ("Child protection plan", "Since the initial conference on Wednesday 12 November 2025; category "
                                      "neglect"),
            ("Social worker", "Ben Okafor, Xelby Borough Council Children's Services"),
            ("DSL", "Mrs Rachel Dodd, deputy head and designated safeguarding lead"),
            ("Plan written", "Monday 17 November 2025"),
        ]),
        ("h1", "Background (for staff)"),
        ("p", "In autumn term 1 Maisie's attendance was 86% and Alfie's 82%; both were late on 11 of the 35 "
              "school days. On 13 October Maisie told Mr Ince she had not had any tea the night before "
              "because \"Mum was poorly on the sofa\". Mrs Dodd rang the Xelby MASH the same day. On "
              "20 October Karen came to collect the children smelling strongly of alcohol and unsteady on "
              "her feet; Mrs Dodd did not hand them over and rang Gran (Pat Kowalski), who collected them. "
              "A strategy discussion was held on 22 October and a section 47 enquiry followed."),
        ("p", "Karen told conference she drinks wine \"most days, more since Christmas\". She has been open "
              "to the Xelby Recovery Service since 30 October. The school nurse last saw Alfie at his "
              "Reception health check in September. Breakfast club records show Maisie and Alfie came on "
              "4 days in October."),
        ("h1", "What Maisie and Alfie say and how they are in school"),
        ("p", "Maisie (talking to Mrs Dodd on 6 November): \"I like school because it's warm and there's "
              "dinner. When Mum's tired I do Alfie's cereal.\" She said she worries about her mum \"when "
              "she doesn't get up\" and that she would like to go to art club like her friend Ruby. On the "
              "three houses her house of dreams had \"Mum awake and a big dinner\"."),
        ("p", "Alfie is chatty and loves the sand tray and the bikes. He often comes in hungry and goes "
              "straight to the snack table. He has wet himself at school four times this half-term, and on "
              "two mornings came in wearing the same clothes as the day before. He told Miss Farrow his "
              "mummy \"has her special drink and goes to sleep\"."),
        ("h1", "What we want for Maisie and Alfie (from the child protection plan)"),
        ("bullets", [
            "Maisie and Alfie are in school every day and on time, having had breakfast.",
            "They are looked after by a sober adult every evening, and Maisie is not the one getting Alfie "
            "his food.",
            "Alfie is clean, dry and in clean clothes, and his health checks are up to date.",
            "Maisie has a grown-up in school she trusts and can tell if she is worried.",
        ]),
        ("h1", "What school will do"),
        ("boldp", "Every school day, from now until the plan ends"),
        ("bullets", [
            "Mrs Hussain (office) will ring Karen by 9.15am if Maisie or Alfie is not in and nobody has rung; "
            "if she cannot reach Karen by 9.45am she tells Mrs Dodd, who rings Ben.",
            "Mrs Lane (breakfast club) will keep a free place for Maisie and Alfie from 8am and make sure "
            "they both eat something.",
            "Only Karen, Gran (Pat Kowalski) or Aunty Dee (Dee Marsh) may collect Maisie and Alfie; Mr Ince "
            "and Miss Farrow will not hand them to anyone else.",
        ]),
        ("p", "How we'll know, for all three: the register and late book, the breakfast club list and the "
              "signing-out book at the office. Mrs Hussain prints them every Friday and emails them to Ben."),
        ("boldp", "By the end of this term (Friday 19 December 2025)"),
        ("bullets", [
            "Mrs Dodd (DSL) will sit down with Maisie and Mr Ince to make her a \"people I can tell\" card, "
            "which she keeps in her tray; what Maisie says goes on CPOMS and to Ben.",
            "Mrs Dodd will refer Alfie to the school nursing team for a height, weight, hearing and teeth "
            "check, and the school nurse will send the results to Ben and to school.",
            "Mrs Dodd will apply to the Xelby Schools Welfare Fund for winter coats, shoes and a uniform "
            "grant for both children.",
        ]),
        ("boldp", "Spring term 1 (Monday 5 January to Friday 13 February 2026)"),
        ("bullets", [
            "Mrs Begum (ELSA) will see Maisie every Tuesday afternoon for a 30-minute session on feelings and "
            "worries; the ELSA log records each session, and anything Maisie says about home goes to Mrs "
            "Dodd the same day.",
            "Miss Farrow will do phonics catch-up with Alfie in a small group three times a week; his phonics "
            "tracker should show him knowing all the phase 2 sounds by February half-term.",
            "Miss Farrow (Reception) will keep an eye on Alfie's toileting and whether he comes in clean and "
            "in clean clothes.",
        ]),
        ("boldp", "Other things"),
        ("bullets", [
            "Mrs Dodd will ask Xelby Young Carers to see Maisie as and when they have a space; their "
            "assessment will be shared with Ben.",
            "Mr Clarke (headteacher) will find Maisie a funded place at the after-school art club.",
            "All staff will pass on anything Maisie or Alfie say about home to Mrs Dodd the same day, and "
            "log it on CPOMS.",
            "Mrs Dodd will check in with Karen at the school gate regularly about how things are at home, "
            "and this will be reviewed at core group.",
        ]),
        ("h1", "What other agencies are doing (from the child protection plan)"),
        ("bullets", [
            "Ben Okafor (SW) will see Maisie and Alfie every week, at home or in school, and see each of them "
            "on their own at least every two weeks; his visit notes go on their file.",
            "Sam Reid (keyworker, Xelby Recovery Service) will see Karen every week with a breath test and "
            "send Ben a written update before each core group on whether her drinking is changing and what "
            "that means for the children.",
        ]),
        ("h1", "If something happens"),
        ("p", "If Karen comes to collect the children smelling of alcohol or unsteady, we will not hand them "
              "over. Mrs Dodd rings Gran (Pat Kowalski) to collect them and rings Ben, or the emergency duty "
              "team after 5pm, straight away. If Pat cannot come, Ben will arrange an emergency foster "
              "placement that day."),
        ("p", "If either child is not in school and nobody can reach Karen by 10am, Ben or the duty social "
              "worker will visit the house that morning, with the police if there is no answer. If Karen is "
              "found drunk while looking after the children twice before the review conference, Ben will "
              "ask his manager for a legal planning meeting."),
        ("h1", "Meetings"),
        ("p", "Core group every four weeks, Wednesdays 3.30pm in the school library: 26 November and "
              "17 December 2025, 14 January and 11 February 2026."),
        ("p", "Review child protection conference: date to be confirmed – Ben will let us know."),
        ("p", "Signed: R. Dodd (DSL), 17/11/2025. Next update of this plan: after the core group on "
              "17 December."),
    ],
    "findings": [
        F("M001", "apply to the Xelby Schools Welfare Fund for winter coats"),
        F("M002", "keep an eye on Alfie's toileting and whether he comes"),
        F("T002", "ask Xelby Young Carers to see Maisie as and when"),
        F("T001", "find Maisie a funded place at the after-school art club"),
        F("M001", "find Maisie a funded place at the after-school art club"),
        F("W002", "pass on anything Maisie or Alfie say about home"),
        F("T002", "check in with Karen at the school gate regularly"),
        F("M002", "check in with Karen at the school gate regularly"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Police public protection unit's safeguarding actions for two children
#    living with domestic abuse: lettered headings that each give the
#    timescale once for the actions under them, "Done when:" measures, a
#    standing no-contact rule (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b63_xanthorpe_ppu_police_actions_lettered_timing_headings_osei.md",
    "split": "tune",
    "actions": 12,
    "template": "police-ppu-child-safeguarding-actions-md-occurrence-fields-then-lettered-h3-headings-carrying-timescale-numbered-owner-task-done-when-items",
    "description": (
        "Police public protection unit's contribution to a child protection plan for a 10-year-old and a "
        "4-year-old after a serious domestic abuse incident (stepfather charged, on bail until trial). "
        "Actions are numbered items under lettered headings that each give the timescale once for all the "
        "items below ('All of the following by Friday 12 December 2025', 'Every time police are called to "
        "Mill Street or Ryan is seen near Jade or the children', 'Every week until the trial'); each item "
        "names the officer and ends with 'Done when:' or 'How we'll know:'. A standing no-contact rule "
        "for the stepfather has no date and needs none. The SW, IDVA, school and nursery parts of the "
        "plan follow. Occurrence history full of dates is background. Exemplary."
    ),
    "text": """\
**OFFICIAL – SENSITIVE**

# Xanthorpe Constabulary – Public Protection Unit (Domestic Abuse)

## Child safeguarding actions: police part of the child protection plan

| | |
|---|---|
| Children | Kai Osei (10), Year 6, Brook Lane Primary; Leah Dunmore (4), Little Oaks Nursery |
| Mother | Jade Osei (29), 14 Mill Street, Xanthorpe |
| Suspect | Ryan Dunmore (32), Leah's father and Kai's stepfather. Charged with ABH and criminal damage on 3 November 2025; on conditional bail until his trial at Xanthorpe Magistrates' Court on Tuesday 3 March 2026 |
| Occurrence | XC/25/118472 (DASH: high risk) |
| Child protection plan | Initial conference Thursday 27 November 2025; category emotional abuse |
| Officer in the case | DC Amira Hassan, PPU Domestic Abuse Team |
| Social worker | Naomi Pearce, Xanthorpe Children's Services |

### History (for information)

Police have been called to 14 Mill Street five times since March 2024: 14/03/2024
(argument, no offences), 02/08/2024 (Jade with a cut lip, no complaint made),
19/01/2025 and 07/06/2025 (shouting reported by a neighbour), and 02/11/2025. On
2 November Ryan threw the television, pushed Jade to the floor and kicked her while
Kai was in the room; Leah was asleep upstairs. Ryan was arrested at the scene. A
referral to the MARAC was made on 3 November and Brook Lane Primary had an Operation
Encompass notice the same morning. There are no concerns about alcohol or drugs for
either adult. Ryan's bail conditions are: not to contact Jade, Kai or Leah directly or
through anyone else, and not to enter Mill Street.

### What the children have said and shown

Kai told PC Josh Lewis at the scene: "He threw the telly and Mum was on the floor. I
took Leah's headphones and put them on her so she didn't wake up." Speaking to Naomi
at school on 19 November he said he feels "safer now he's gone" but "jumpy when the
door goes", and that he wants his mum "to stop checking the window all the time". He
wants to stay at Brook Lane and go to Xanthorpe Academy with his friends in September.

Leah asks for her dad most days and has been playing "police coming" with her dolls
at nursery. Her keyworker says she now cries when the nursery doorbell goes and
needs her blanket to settle at nap time.

### What the plan is for

- Kai and Leah live without violence, shouting or threats at home.
- Kai knows what to do and who to ring if he is frightened, and does not feel he has to protect his mum or his sister.
- Leah is settled at nursery and at home and is not frightened by the doorbell.
- Jade and the children get a fast police response if Ryan comes near them.

### A. All of the following by Friday 12 December 2025

1. **DC Amira Hassan (OIC)** – arrange a TecSOS phone for Jade and put a priority marker on 14 Mill Street, so that any 999 call from the address is graded as an emergency. *Done when:* the marker reference and the date the phone was handed over are emailed to Naomi.
2. **PCSO Dan Whitley** – crime prevention visit with Xanthorpe Homes under the Sanctuary scheme: new locks on the front and back doors, a door chain and a light over the back gate. *Done when:* Xanthorpe Homes signs off the Sanctuary work order and Dan sends Naomi a copy.
3. **DS Claire Moss (PPU)** – take the family's case to the Xanthorpe MARAC on Thursday 4 December. *Done when:* the MARAC action list is sent to Naomi and the IDVA within 2 working days of the meeting.

### B. Every time police are called to Mill Street or Ryan is seen near Jade or the children

4. **Attending officer** – see both children, speak to Kai on his own if he wants to, and write down what he says and how Leah is. *Done when:* a child notification with Kai's own words reaches the MASH by 9am the next morning.
5. **PPU duty sergeant** – send an Operation Encompass notice to Brook Lane Primary and Little Oaks Nursery before 9am the next school day. *Done when:* the DSL's reply is logged on the occurrence.

### C. Every week until the trial (3 March 2026)

6. **DC Hassan** – ring Jade every Monday to update her on the case and go through her safety plan with her. *How we'll know:* each call is noted on the occurrence log, and any new risk goes to Naomi that day.
7. **Shona Reid, Xanthorpe Witness Care Unit** – arrange a pre-trial court visit for Jade and apply for special measures (screens), by Tuesday 17 February 2026. *Done when:* the letter confirming special measures is on the case file and copied to the IDVA.

### D. Ryan's conditions (these stand whatever the outcome of bail)

8. **Ryan Dunmore** will not contact Jade, Kai or Leah by any means or through anyone else, and will not go to Mill Street, Brook Lane Primary or Little Oaks Nursery. *How we'll know:* any breach reported by Jade, a neighbour, the school or the nursery is recorded as a crime, Ryan is arrested, and Naomi is told the same day.

### E. Other parts of the child protection plan (for reference)

9. **Naomi Pearce (SW)** – visit every week, at least one visit in three unannounced, and see Kai on his own each time. *How we'll know:* visit records with Kai's words written down and what was seen of Leah.
10. **Mia Lorne, IDVA, Xanthorpe Domestic Abuse Service** – update Jade's safety plan with her, make a simple plan with Kai (who he rings, which neighbour he goes to), and repeat the DASH, by Friday 12 December 2025. *Done when:* the written safety plan is on file and Kai's card is in his book bag.
11. **Mr Tom Ellis, DSL, Brook Lane Primary** – check in with Kai every Friday morning using the worry scale. *How we'll know:* his scores and anything he says are emailed to Naomi the same day.
12. **Sasha Pike, keyworker, Little Oaks Nursery** – note how Leah arrives, her mood and her play at every session she attends. *How we'll know:* a weekly summary emailed to Naomi every Friday.

### If something happens

If Ryan comes to Mill Street or to the school or nursery, contacts Jade or the
children in any way, or is seen waiting near them, Jade (or the school or nursery)
rings 999. Because of the marker the call is graded as an emergency, and Ryan will
be arrested for breach of bail. Naomi, or the emergency duty team out of hours, will
hold a strategy discussion the same day. If Jade and the children cannot stay safely
at Mill Street, Mia Lorne will find a refuge place that day through Xanthorpe Women's
Aid.

If Ryan breaches the conditions twice before the review conference, or the children
are present at any further incident, Naomi will ask her manager for a legal planning
meeting within 5 working days.

### Meetings

- Core group every 4 weeks, 3.45pm at Brook Lane Primary: Wednesday 10 December 2025, Wednesday 7 January and Wednesday 4 February 2026. DC Hassan or DS Moss will attend.
- Review child protection conference: Thursday 26 February 2026, 10am, Xanthorpe Civic Offices.

*Prepared by DC A. Hassan 5619, 28/11/2025. Reviewed by DS C. Moss 2207.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Adult community mental health team's care plan extract for a mother
#    with bipolar disorder whose children are on a CP plan: Need | What will
#    be done | By whom | When | Evidence of progress (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b63_xendale_cmht_care_plan_need_column_hargreaves.docx",
    "doc_title": "Care Plan (Parenting and Family) - Lisa Hargreaves",
    "split": "tune",
    "actions": 10,
    "template": "adult-cmht-care-plan-extract-docx-kv-background-early-warning-signs-list-then-need-what-by-whom-when-evidence-of-progress-table",
    "description": (
        "An adult community mental health team's care plan (parenting and family section) for a mother "
        "with bipolar disorder, home after a six-week admission, whose 12-year-old and 7-year-old are on "
        "a CP plan. Need | What will be done | By whom | When | Evidence of progress table. Good rows "
        "have timescales as clinic dates, blood tests, 'before February half-term' and measures such as "
        "lithium levels and a sleep diary. Faults: 'As required' and 'Ongoing' as the only time (T002 x2), "
        "'-' (T001), an empty evidence cell (M001), 'Lisa's engagement with visits' and 'Mood is stable' "
        "(M002 x2), three rows where the mental health service only supports or treats (H001 x3), most "
        "rows about Lisa's own needs with no link to the children (F001), and a contingency that only "
        "discusses and considers, with no legal step (C002, R002). An early-warning-signs list and a "
        "dated admission history are background."
    ),
    "blocks": [
        ("title", "Care Plan – Parenting and Family"),
        ("p", "Xendale Partnership NHS Foundation Trust · Xendale North Community Mental Health Team (Adult)"),
        ("p", "Extract from Lisa's care plan, shared with her agreement as the adult mental health part of "
              "her children's child protection plan."),
        ("kv", [
            ("Service user", "Lisa Hargreaves (38), 41 Quarry Bank, Xendale. Diagnosis: bipolar affective "
                             "disorder"),
            ("Children", "Finn Hargreaves (12), Year 8, Xendale High School; Poppy Hargreaves (7), Year 2, "
                         "St Cuthbert's Primary"),
            ("Child protection plan", "Initial conference Monday 17 November 2025 (category: neglect)"),
            ("Social worker", "Hannah Cole, Xendale Children's Services"),
            ("Care coordinator", "Rob Talbot, community psychiatric nurse"),
            ("Consultant", "Dr Grace Okonjo"),
        ]),
        ("h2", "Background"),
        ("p", "Lisa was admitted to Xendale Park Hospital under section 2 on 12 September 2025 after two "
              "weeks with little sleep, during which she spent her rent on online shopping and left Finn "
              "and Poppy alone overnight on 10 September to drive to Blackpool. Finn rang his aunt, Gail "
              "Hargreaves, who took both children to her house. Lisa was discharged on 24 October on "
              "lithium and quetiapine. Her last lithium level (6 November) was 0.5, just under range. The "
              "children's father lives in Aberdeen and has not seen them for four years."),
        ("p", "Lisa's early warning signs, from her crisis plan:"),
        ("bullets", [
            "sleeping less than 5 hours a night for two nights or more",
            "spending money she does not have, or ordering things online late at night",
            "talking fast and starting lots of projects at once",
            "stopping her lithium because she \"feels fine\"",
        ]),
        ("h2", "What Finn and Poppy have told us (from Hannah Cole's conference report)"),
        ("p", "Finn said: \"When Mum goes high she's fun for a day and then she's not there. I had to do "
              "Poppy's tea and take her to school and nobody knew.\" He said he checks his mum's tablets "
              "every morning before school. He wants someone to tell him \"what's actually wrong with "
              "Mum\", and to be able to go to football training again. Poppy said she was scared when "
              "\"Mummy drove away in the night\" and that she likes Aunty Gail's because \"there's always "
              "tea\". She drew her mum in bed \"having a rest\"."),
        ("h2", "What this plan is for"),
        ("bullets", [
            "Finn and Poppy are never left without an adult to look after them, day or night.",
            "Finn is not the one checking his mum's tablets or getting Poppy to school, and he goes to "
            "football training again.",
            "Finn and Poppy know, in words they understand, what their mum's illness is and who to ring if "
            "she becomes unwell.",
        ]),
        ("h2", "Care plan"),
        ("table", {
            "header": ["Need", "What will be done", "By whom", "When", "Evidence of progress"],
            "widths": [2.6, 5.4, 3.2, 2.8, 3.0],
            "bold_first_col": True,
            "rows": [
                ["Staying well",
                 "Lisa to take her lithium every evening and have her lithium level and kidney function "
                 "checked at Xendale Health Centre",
                 "Lisa; Dr Amit Shah (GP) for the bloods",
                 "Every 3 months; next bloods 8 January 2026",
                 "Lithium level in range (0.6–0.8) on the blood results, copied to the CMHT"],
                ["Support",
                 "Care coordinator to visit Lisa at home fortnightly to support her with her mood and daily "
                 "routine",
                 "Rob Talbot, care coordinator",
                 "Fortnightly",
                 "Lisa's engagement with visits"],
                ["Early warning signs",
                 "Lisa will keep a sleep diary and ring Rob or the duty worker if any of her early warning "
                 "signs appear",
                 "Lisa Hargreaves",
                 "Diary daily; ring the same day a sign appears",
                 "Sleep diary seen by Rob at each visit; calls logged on RiO"],
                ["Crisis",
                 "Home Treatment Team to offer Lisa extra home visits and medication support",
                 "Xendale Home Treatment Team",
                 "As required",
                 "Visits recorded on RiO"],
                ["Medication",
                 "Review Lisa's mood stabiliser and her sleep after the September admission",
                 "Dr Grace Okonjo, consultant psychiatrist",
                 "Outpatients 9 December 2025, then every 3 months",
                 "Mood is stable"],
                ["Peer support",
                 "Lisa to go to the Bipolar UK peer support group at the Xendale Wellbeing Hub",
                 "Lisa Hargreaves",
                 "Ongoing",
                 "Attendance noted by the group facilitator"],
                ["Money",
                 "Help Lisa claim PIP and set up a payment plan for the council tax arrears from her "
                 "admission",
                 "Jo Marsh, money adviser, Xendale Citizens Advice (referral made by Rob)",
                 "By 31 December 2025",
                 "PIP claim reference and the payment plan letter on file"],
                ["Finn and Poppy",
                 "Family session with Lisa, Finn and Poppy to explain Lisa's illness and her crisis plan in "
                 "words they understand, so they know who to ring",
                 "Rob Talbot, with Lisa",
                 "Before February half-term (by 13 February 2026)",
                 ""],
                ["Finn as a young carer",
                 "Refer Finn to Xendale Young Carers for a young carer's assessment",
                 "Rob Talbot",
                 "-",
                 "Acceptance letter on the CMHT record and sent to Hannah"],
                ["Report for the review conference",
                 "Written report on Lisa's relapse pattern, how her illness affects her care of Finn and "
                 "Poppy, whether she can make and keep the changes needed, and how long that is likely to "
                 "take",
                 "Rob Talbot, with Dr Okonjo",
                 "By 30 January 2026",
                 "Report sent to Hannah at least 5 working days before the review conference"],
            ],
        }),
        ("h2", "If Lisa becomes unwell"),
        ("p", "If Lisa's mental health deteriorates, Rob will discuss this with Hannah and the CMHT team "
              "manager, and the core group will consider whether the plan needs to change."),
        ("h2", "Meetings"),
        ("p", "Core group every 4 weeks at Xendale Family Hub, 1.30pm: Monday 1 December 2025, Monday "
              "5 January and Monday 2 February 2026. Rob will attend and send a short written update "
              "beforehand. Review child protection conference: Monday 16 February 2026, 10am."),
        ("p", "Care plan agreed with Lisa on 20/11/2025. Next CPA review: 5 March 2026."),
    ],
    "findings": [
        F("H001", "visit Lisa at home fortnightly to support her with her mood"),
        F("M002", "visit Lisa at home fortnightly to support her with her mood"),
        F("T002", "offer Lisa extra home visits and medication support"),
        F("H001", "offer Lisa extra home visits and medication support"),
        F("M002", "Review Lisa's mood stabiliser and her sleep after"),
        F("H001", "Review Lisa's mood stabiliser and her sleep after"),
        F("T002", "go to the Bipolar UK peer support group"),
        F("M001", "Family session with Lisa, Finn and Poppy to explain"),
        F("T001", "Refer Finn to Xendale Young Carers for a young carer's assessment"),
        F("F001"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Family hub worker's plan in plain words for the family: capitalised
#    timing headings over short bullets ("BY FRIDAY 30 JANUARY 2026 - ALL
#    OF THESE"), one "how we'll know" line for a group, standing rules
#    under "ALWAYS" (txt, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b63_xenwick_family_hub_plain_words_plan_doyle.txt",
    "split": "tune",
    "actions": 13,
    "template": "family-hub-plain-words-plan-txt-dashed-headings-capitalised-timing-headings-over-hyphen-bullets-group-how-well-know-line-always-section",
    "description": (
        "A family hub support worker's child protection plan for a 3-year-old and a 9-month-old (neglect, "
        "father's daily cannabis use), written in plain words for the parents after the first core group. "
        "Actions are short bullets under capitalised headings that give the timescale once for all of them "
        "('BY FRIDAY 30 JANUARY 2026 - ALL OF THESE', 'EVERY WEEK UNTIL THE REVIEW ON 17 MARCH', 'BY MIA'S "
        "ONE-YEAR CHECK (W/C 2 MARCH 2026)'); measures are everyday and observable ('the nursery will ring "
        "Anna the same day', 'they'll be in her red book'), and one 'how we'll know' line covers four "
        "bullets. Two standing rules under 'ALWAYS' have no date and need none. The drug service reports on "
        "change; the contingency covers the grandmother not being able to have the children; dates and "
        "legal step set. Exemplary."
    ),
    "text": """\
XENWICK FAMILY HUB
Family plan - Jayden and Mia Doyle
(the child protection plan, in plain words)
------------------------------------------------------------

Written by:  Sophie Grant, family support worker, Xenwick Family Hub
With:        Kerry and Sean Doyle, and Anna Lowe (social worker,
             Xenwick Council Children's Services)
Date:        Thursday 8 January 2026, after the first core group
             on Tuesday 6 January

WHO'S WHO
------------------------------------------------------------
Jayden Doyle, 3 (born 02/10/2022) - goes to Little Acorns Nursery
Mia Doyle, 9 months (born 10/03/2025)
Kerry Doyle, mum, 26, and Sean Doyle, dad, 29 - 7 Tern Road, Xenwick
Jean Ashby - Kerry's mum (Nanna Jean), lives on Holly Street
Leanne Moore - health visitor
Hannah Price - Jayden's keyworker at Little Acorns
Kim Baxter - Sean's worker at Xenwick Drug and Alcohol Service

The children have been on a child protection plan since the
conference on Thursday 18 December 2025 (category: neglect).

WHY THERE IS A PLAN
------------------------------------------------------------
Little Acorns rang Anna on 24 November because Jayden had come
in hungry and in a wet night nappy on five mornings in two
weeks. When Leanne visited on 2 December, Mia had dropped from
the 50th to the 25th centile, and the back bedroom was full of
bags of clothes, with Mia's cot used to store washing. There was
no stair gate. Sean told the conference he smokes cannabis most
evenings "to sleep after nights" (he works nights at the Xenwick
bottling plant), and that some nights both children are in bed
with him and Kerry because the cot isn't clear. Jayden's 2-year
check in 2024 was missed and he has not had a hearing test.

WHAT JAYDEN AND MIA HAVE SHOWN US
------------------------------------------------------------
Jayden told me, showing me round: "That's Mia's bed but it's got
clothes on. I sleep in Mummy's bed." He loves the slide at
nursery, says "more!" a lot at snack time, and Hannah says he
uses about 30 words. He gets upset and hits out when it's noisy.
Mia is smiley and crawling. She is happiest on the floor with
Kerry, but there isn't much clear floor at home. She reaches for
Sean when he comes in from work and settles on his chest.

WHAT WE WANT FOR JAYDEN AND MIA BY THE REVIEW ON 17 MARCH
------------------------------------------------------------
- Jayden and Mia each have a clear, safe bed of their own, and
  Mia sleeps on her back in her cot.
- They are fed and changed every day, and Mia is back up
  towards the 50th centile.
- Jayden is at nursery three mornings a week, and his hearing
  and speech are checked.
- The children are never cared for by an adult who is stoned.

WHAT WE'RE GOING TO DO
------------------------------------------------------------

BY FRIDAY 30 JANUARY 2026 - ALL OF THESE

- Kerry takes Jayden to his hearing test at Xenwick Children's
  Centre on Tuesday 20 January; the result letter goes to
  Leanne and Anna.
- Sean goes to the Xenwick Drug and Alcohol Service drop-in
  and books his assessment; Kim will email Anna to say he's
  been.
- Sophie (me) and Kerry clear the back bedroom together so
  Mia's cot and Jayden's bed are empty and there's floor to
  play on - you'll be able to walk in and see it.
- Anna gets a Household Support Fund grant for a cot mattress
  and a stair gate, and she and Sean put the gate up the day
  it comes; I'll check the gate and the mattress at my next
  visit.

EVERY WEEK UNTIL THE REVIEW ON 17 MARCH

- Sophie (me) visits on Tuesday mornings and we do one job in
  the house together each time, Kerry choosing which.
- Kerry or Sean gets Jayden to Little Acorns by 9am on Monday,
  Wednesday and Friday.
- Hannah (Little Acorns) rings Anna the same day if Jayden
  isn't in by 9.30am, or comes in hungry, or in a wet nappy
  from the night before.
- Anna visits, sees both children awake, and spends some of
  the time with Jayden on his own with his toys.

How we'll know, for the four above: the nursery register, my
visit notes and Anna's visit records, which all go to each
core group. Every time I come, the bedroom floor and both beds
should be clear.

EVERY TWO WEEKS UNTIL THE REVIEW

- Kim Baxter (Xenwick Drug and Alcohol Service) sees Sean with
  a urine test, and before each core group writes to Anna
  about whether his cannabis use is coming down and what that
  means for Jayden and Mia.

BY MIA'S ONE-YEAR CHECK (W/C 2 MARCH 2026)

- Leanne (HV) does Mia's one-year review at home with the
  ASQ-3 and weighs her; the results go to Anna and me.
- Kerry and Sean take Mia for her one-year jabs at Wellgate
  Surgery - they'll be in her red book.

ALWAYS

- Sean won't smoke cannabis in the house, or at all when he's
  looking after the children on his own. Kim's tests will show
  whether he has stopped, and Kerry will ring Anna if she
  smells it.
- Kerry and Sean put Mia down to sleep in her own cot, on her
  back, never on the sofa or in their bed. Leanne and I will
  look at where she sleeps every time we visit.

IF THINGS GO WRONG
------------------------------------------------------------
If Jayden or Mia are found hungry, or in a dirty nappy from the
night before, two days running, or Sean is looking after them on
his own after smoking cannabis, Anna (or the emergency duty team
at night) will come out the same day, and the children will stay
at Nanna Jean's while we sort it out. If Jean can't have them,
Anna will find foster carers for them that day.

If Mia is still under the 25th centile at her one-year check, or
Sean's tests show he is still using every day by the core group
on 3 March, Anna will ask her manager for a legal planning
meeting.

MEETINGS
------------------------------------------------------------
Core group: every 4 weeks, 10am at the Family Hub -
Tuesday 3 February and Tuesday 3 March 2026
(the first one was on 6 January).
Review child protection conference: Tuesday 17 March 2026,
10am, Xenwick Town Hall.

Kerry and Sean have a copy of this plan. So do Anna, Leanne,
Hannah and Kim.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Maternity safeguarding team's pre-birth plan: table with the timing
#    first, given as weeks of pregnancy, labour, days after birth (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b63_xorley_maternity_prebirth_gestation_first_column_pryce.md",
    "split": "tune",
    "actions": 15,
    "template": "maternity-safeguarding-prebirth-plan-md-bold-fields-then-when-first-table-weeks-of-pregnancy-labour-days-after-birth-what-who-how-well-know",
    "description": (
        "A maternity safeguarding team's pre-birth child protection plan for a 19-year-old care leaver at "
        "32 weeks (domestic abuse in pregnancy, the father's daily cannabis use). 'When' | 'What needs to "
        "happen' | 'Who' | 'How we'll know' table with the timing first, given as weeks of pregnancy "
        "('By 34 weeks (Wednesday 17 December 2025)'), appointments, 'on admission in labour', 'before "
        "discharge', 'days 1, 3, 5 and 10 after going home'. Faults: a blank when (T001), 'When Chantelle "
        "feels ready' and 'ASAP' (T002 x2), an empty measure (M001), 'Monitored' and 'Improvement in drug "
        "use' (M002 x2), and a passive row with no owner (W001). The drug service reports on change, the "
        "baby's world so far is recorded, contingency, dates and legal step set. Booking and scan history "
        "is background."
    ),
    "text": """\
# Pre-birth Child Protection Plan

**Xorley Hospitals NHS Trust – Maternity Safeguarding Team**
**Written by:** Fiona Darby, specialist safeguarding midwife, with Priya Nair (social worker, Xorley Council Children's Services)

| | |
|---|---|
| Mother | Chantelle Pryce (19), Flat 3, 18 Kestrel Way, Xorley. Care leaver; personal adviser Dom Reyes (Xorley Leaving Care Team) |
| Father | Jordan Lake (22), lives with Chantelle |
| Baby | Due Wednesday 14 January 2026; to be born at Xorley Royal Infirmary |
| Conference | Pre-birth initial child protection conference, Wednesday 3 December 2025, at 32 weeks |
| Category | Emotional abuse |

## Background

Chantelle booked at 11 weeks on 5 July 2025. Her dating scan and 20-week scan were
normal. On 16 August (19 weeks) police were called to the flat after Jordan pushed
Chantelle against the kitchen counter during an argument; she had a bruise on her arm
and was checked on the maternity assessment unit that night, with the baby's heartbeat
normal. She did not want to make a statement. Jordan was given a caution in September.
Chantelle says she stopped smoking cannabis when she found out she was pregnant, and
her screens at booking and at 28 weeks were negative. Jordan told conference he smokes
"a few joints every night". Chantelle moved out of her supported lodgings in October
and is still registered with her old GP in Harbury.

## Baby's world so far

The 28-week growth scan on 19 November showed the baby growing on the 50th centile.
Chantelle feels the baby kick most in the evenings, and says it "goes mad" when Jordan
plays music through the speaker. At the antenatal clinic she talks to her bump and has
named the baby "Bean". The nursery corner in the flat has a car seat and a bag of
clothes from Dom's team, but no Moses basket yet. The baby will be coming home to a
flat where there has been violence and where cannabis is smoked every night.

## What we want for the baby

- Baby is born safely and goes home to a flat where nobody smokes cannabis and there is no violence.
- Baby has a Moses basket of their own and always sleeps on their back in it, in Chantelle's room.
- Baby is fed, weighed and seen by a midwife and then a health visitor at every planned visit after birth.
- Baby is cared for by a mum who has people around her to ring if she is frightened or struggling.

## The plan

| When | What needs to happen | Who | How we'll know |
|---|---|---|---|
| By 34 weeks (Wednesday 17 December 2025) | Birth plan meeting with Chantelle: who may visit on the ward and who may not, and where baby will sleep at home | Fiona Darby, specialist midwife | Signed safeguarding birth plan on BadgerNet and copied to Priya |
| | Chantelle to register with a GP in Xorley, as she has moved away from Harbury | Chantelle, with Dom Reyes (PA) | New GP practice confirms registration to the community midwife |
| At each antenatal appointment (every 2 weeks from 32 weeks, weekly from 36) | Ask Chantelle on her own about her safety and how things are with Jordan | Abi Hughes, community midwife | Routine enquiry recorded at every appointment; any disclosure passed to Priya the same day |
| At each antenatal appointment | Keep an eye on how Chantelle is coping and on her mood | Abi Hughes, community midwife | Monitored |
| When Chantelle feels ready | Baby Steps antenatal parenting sessions at Xorley Family Hub | Chantelle and Jordan | Attendance sheet from the Family Hub |
| By 36 weeks (Wednesday 31 December 2025) | Put a safeguarding alert on the maternity record and a copy of the birth plan in the labour ward folder | Fiona Darby, specialist midwife | |
| By 36 weeks (Wednesday 31 December 2025) | Jordan to cut down his cannabis with the Xorley Drug and Alcohol Service | Jordan Lake | Improvement in drug use |
| Weekly from Monday 8 December until the review conference | Key-work sessions with Jordan, with a urine screen each week, and a written update to Priya before each core group on whether his cannabis use is coming down and what it means for the baby | Lee Walsh, Xorley Drug and Alcohol Service | Screen results and written updates on Priya's file |
| ASAP | Get a Moses basket, sheets and bottles for the flat | Jordan Lake | Priya sees them at a home visit |
| On admission in labour | Ring Priya (or the emergency duty team out of hours) to say Chantelle is in | Labour ward coordinator on shift | Call logged on BadgerNet with the time |
| From birth until discharge | A side room to be kept for Chantelle and baby on Ward 6, near the midwives' station | – | Room number written on the birth plan in the ward folder |
| Before discharge (not before 48 hours after birth) | Discharge planning meeting on the ward with Chantelle, Jordan, Abi, the HV and Dom | Priya Nair (SW) | Written discharge plan given to Chantelle and emailed to every agency the same day |
| Days 1, 3, 5 and 10 after going home | Home visits to weigh baby, watch a feed and see where baby sleeps | Abi Hughes, community midwife | Weights in the red book; safe sleep checklist signed at the day 1 visit |
| Day 10 to 14 after birth | Joint handover visit with the health visitor | Abi Hughes and HV Tom Greene | Handover form on SystmOne |
| Weekly from the day baby comes home until the review conference | See baby awake and where baby sleeps; see Chantelle on her own at least every other visit | Priya Nair (SW) | Visit records, with what was seen of the baby and what Chantelle says |

## If something happens

If Jordan is violent or threatening to Chantelle, before or after the birth, Chantelle
or whoever hears of it rings 999 and Priya (or the emergency duty team) holds a
strategy discussion the same day. If Jordan is on the ward under the influence of
cannabis or is aggressive, ward staff call hospital security and the police, and he is
not allowed back on the ward. If baby cannot go home safely with Chantelle, baby will
stay on the ward until a foster placement is found, and Chantelle will be offered a
mother-and-baby foster placement. If there is another incident of violence, or Jordan
is still smoking cannabis in the flat when baby is due home, Priya will ask for a legal
planning meeting before discharge.

## Meetings

- Core group every 3 weeks, 2pm, Xorley Royal Infirmary antenatal clinic meeting room: Wednesday 17 December 2025, Wednesday 7 January 2026 and Wednesday 28 January 2026.
- Review child protection conference: Wednesday 25 February 2026, 10am, Xorley Council House.
""",
    "findings": [
        F("T001", "Chantelle to register with a GP in Xorley"),
        F("M002", "Keep an eye on how Chantelle is coping and on her mood"),
        F("T002", "Baby Steps antenatal parenting sessions at Xorley Family Hub"),
        F("M001", "Put a safeguarding alert on the maternity record"),
        F("M002", "Jordan to cut down his cannabis with the Xorley"),
        F("T002", "Get a Moses basket, sheets and bottles for the flat"),
        F("W001", "A side room to be kept for Chantelle and baby"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Adult drug and alcohol service's hidden harm family safety plan: typed
#    a) ... m) paragraphs under bold headings, some carrying the timescale;
#    grandparents carry weekends and Sunday contact; paged PDF
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b63_xilston_recovery_hidden_harm_lettered_paragraphs_mcbride.pdf",
    "doc_title": "Hidden Harm Family Safety Plan - Ellie and Jack McBride",
    "split": "tune",
    "actions": 12,
    "template": "drug-alcohol-service-hidden-harm-family-safety-plan-paged-numbered-sections-typed-lettered-indented-paragraphs-under-bold-timing-headings",
    "description": (
        "An adult drug and alcohol service's hidden harm family safety plan for a 13-year-old and a "
        "9-year-old on a CP plan (father's alcohol dependence), agreed at the first core group. Actions "
        "are typed a) to m) indented paragraphs under bold headings, two of which give the timescale for "
        "everything under them ('Every week from Monday 5 January 2026 until the review conference', 'By "
        "Friday 23 January 2026'); a 'Standing arrangements' heading holds a no-driving rule and an "
        "alcohol-free house with no date. Faults: 'The family' as owner (W002), a young carers referral "
        "with no measure (M001), a detox 'when he is ready' (T002), 'her engagement will be monitored' "
        "(M002), a school check-in with no time (T001), relapse work 'as and when needed' and 'reviewed "
        "at core group' (T002, M002), an outcome only about the father (F002), and grandparents who have "
        "the children every weekend and supervise Sunday contact with no fallback in the contingency "
        "(C003). Header and page footer on every page."
    ),
    "header": "Xilston Recovery Partnership · Hidden Harm Service · CONFIDENTIAL",
    "footer": "Family safety plan – McBride – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Hidden Harm Family Safety Plan"),
        ("p", "Xilston Recovery Partnership (adult drug and alcohol service), working with Xilston Council "
              "Children's Services. This is the recovery service's part of Ellie and Jack's child "
              "protection plan, agreed at the first core group on Monday 22 December 2025."),
        ("kv", [
            ("Children", "Ellie McBride (13), Year 9, Xilston Academy; Jack McBride (9), Year 4, St Wilfrid's "
                         "Primary"),
            ("Parents", "Craig McBride (41) and Nicola McBride (39), 9 Sandpiper Road, Xilston"),
            ("Grandparents", "Pauline and Terry McBride (Craig's parents), Orchard Close, Xilston"),
            ("Child protection plan", "Initial conference Monday 15 December 2025; category neglect"),
            ("Social worker", "Mark Lyons"),
            ("Recovery worker", "Liz Rowan, Xilston Recovery Partnership"),
        ]),
        ("h1", "1. What has happened"),
        ("p", "Craig has drunk heavily for about ten years and has been drinking every day since he was "
              "made redundant in March 2025; he says he has \"a bottle of vodka a day, more at weekends\". "
              "On 29 November police stopped him driving Jack home from football over the limit and he "
              "was charged with drink driving; his court date is 12 February 2026. Ellie told her head of "
              "year on 1 December that she puts her dad to bed most nights and makes Jack's tea. Craig "
              "was referred to Xilston Recovery on 3 December and had his first assessment on 10 December. "
              "He now works part time at the Xilston bus depot. Nicola works long shifts as a care "
              "assistant and has not been drinking; she says she \"didn't see how bad it had got\"."),
        ("h1", "2. What Ellie and Jack say"),
        ("p", "Ellie (with Beth Cole, 16 December): \"I'm the one who checks if Dad's breathing when he's "
              "passed out. I don't go to netball any more because someone has to be home for Jack.\" She "
              "wants her dad \"to be like he was when I was little\" and wants to go back to netball on "
              "Tuesdays. She said Nan and Grandad's is \"the calm house\"."),
        ("p", "Jack (at school, 17 December): \"Dad was driving funny and the police came. I was scared "
              "but the policeman gave me a sticker.\" He says he likes it when his dad plays FIFA with him "
              "\"when he's not sleepy\" and that he doesn't like the smell \"when Dad's had his drink\"."),
        ("h1", "3. What we want to see"),
        ("bullets", [
            "Ellie and Jack are looked after by a sober adult every day and every night.",
            "Ellie no longer has to look after her dad or Jack, and goes back to netball.",
            "Jack gets to school on time and is not frightened at home.",
            "Craig stays alcohol-free and keeps his job at the depot.",
        ]),
        ("h1", "4. What we will do"),
        ("boldp", "Every week from Monday 5 January 2026 until the review conference"),
        ("pi", "a) Liz Rowan (recovery worker) will see Craig every Wednesday for key-work and a breath test, "
               "and will write to Mark before each core group saying whether Craig's drinking is changing "
               "and what that means for Ellie and Jack."),
        ("pi", "b) Beth Cole (Hidden Harm worker) will see Ellie and Jack at school, each on their own, every "
               "other Thursday for the six-session \"Big Feelings\" programme, and will pass their words and "
               "anything worrying to Mark the same day."),
        ("pi", "c) Pauline and Terry McBride will have Ellie and Jack to stay every Friday and Saturday night; "
               "Nicola will mark each stay on the kitchen calendar, which Mark checks when he visits."),
        ("pi", "d) Terry McBride will be there whenever Craig spends time with the children on Sunday "
               "afternoons, and will write each Sunday in the contact book that Mark reads at his visits."),
        ("boldp", "By Friday 23 January 2026"),
        ("pi", "e) Dr Helen Finch (GP, Oakfield Surgery) will do Craig's liver blood tests and send the results "
               "to Liz and Mark."),
        ("pi", "f) Mark Lyons (SW) will refer Ellie to Xilston Young Carers."),
        ("boldp", "Standing arrangements"),
        ("pi", "g) Craig will not drive with Ellie or Jack in the car. Nicola does the school run, and Jack's "
               "school will tell Mark if Craig drops Jack off by car."),
        ("pi", "h) The family will keep the house free of alcohol; Liz will look in the kitchen and the "
               "recycling whenever she does a home visit."),
        ("boldp", "Other work"),
        ("pi", "i) Craig will do a community alcohol detox with the Xilston Recovery prescriber when he is "
               "ready; the prescriber's completion letter will go on the children's file."),
        ("pi", "j) Nicola will go to the Xilston family and carers' group on the second Thursday of each "
               "month, and her engagement will be monitored."),
        ("pi", "k) Mrs Amos (DSL, St Wilfrid's Primary) will set up a trusted adult for Jack to check in "
               "with, and send the check-in notes to Mark."),
        ("pi", "l) Craig and Liz will look at relapse prevention as and when needed, with progress reviewed "
               "at core group."),
        ("h1", "5. If Craig drinks"),
        ("p", "If Craig drinks while he is looking after Ellie or Jack – a breath reading over zero at any "
              "check, Nicola or the children smelling drink on him, or him driving after drinking – Nicola "
              "will take the children to Pauline and Terry's that night. Liz will tell Mark the same day, "
              "and Mark (or the emergency duty team out of hours) will hold a strategy discussion the same "
              "day."),
        ("p", "If Craig drinks while caring for the children twice before the review conference, Mark will "
              "ask his manager for a legal planning meeting."),
        ("h1", "6. Meetings"),
        ("p", "Core group every 4 weeks, 4pm at Xilston Academy: Monday 19 January and Monday 16 February "
              "2026 (the first was on 22 December 2025). Liz or Beth will attend each one. Review child "
              "protection conference: Tuesday 10 March 2026, 10am, Xilston Civic Centre."),
        ("p", "Agreed with Craig and Nicola on 22/12/2025. Ellie has read the parts about her and said they "
              "were \"fine\". Copies to the family, Mark Lyons, both schools and Dr Finch."),
    ],
    "findings": [
        F("F002", "Craig stays alcohol-free and keeps his job at the depot."),
        F("M001", "Mark Lyons (SW) will refer Ellie to Xilston Young Carers."),
        F("W002", "The family will keep the house free of alcohol"),
        F("T002", "do a community alcohol detox with the Xilston Recovery prescriber"),
        F("M002", "go to the Xilston family and carers' group"),
        F("T001", "set up a trusted adult for Jack to check in"),
        F("T002", "Craig and Liz will look at relapse prevention as and when"),
        F("M002", "Craig and Liz will look at relapse prevention as and when"),
        F("C003"),
    ],
})
