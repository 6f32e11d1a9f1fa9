"""Batch 187, module h: seven fictional plans (held-out material), places beginning with "h".

Everything here is made up: children, families, professionals, services,
schools, surgeries, hospitals, police teams and councils. Labels were written
by hand from docs/rules.md and the conventions in sample_plans/README.md,
without running planlint, importing it or reading its code.

Focus: conditions, refusals and hypotheticals, the grammar of safety in real
plans. Each plan is in a template of its own, and much of its work is said
as prohibitions and agreements not to act, each with its own end date and
check ("Jordan will not be alone with Maisie at any time ... until the
parenting assessment ends", "Leanne agrees not to let Lee Brannan into the
house ...", "Kyle has agreed that he will not stay overnight ...", "Gemma
agreed that Finley will not be asked to look after Isla ..."); as
conditional work inside the plan, not only in the contingency ("If Maisie
misses a clinic weigh-in, Gemma visits her at home ...", "Should a urine
screen show ...", "unless it is clear, refer ...", "Should Craig sleep less
than five hours on two nights running, he will ring Lisa ...", a column of
"Only if / unless" conditions, a part headed "What will happen if ...");
and as firm work with "must", "is to", "needs to" and "has agreed to".
Possibilities and past events that are NOT work stand in sections of their
own (options considered and not chosen, such as "A residential parent and
baby assessment could have been considered, but ...", questions the family
asked, "The police were not called", "Poppy ... may need grommets", "Archie
may need to see a dietitian"), and hedges that ARE vague work stand among
the actions ("Leanne will try to go to a SMART Recovery group when she
can", "Ryan will try to get a place ... as soon as possible", "It is hoped
that a nursery place can be found ...", "It is hoped that Kai will see the
school counsellor" "When Kai feels ready", "Ruby may be referred ...",
"Isla may be referred ..."). Contingencies are written as if/then bullets,
an If / Then / And if that cannot happen table, IF / THEN lines, and as a
single paragraph (specific in plans 2 and 5, vague in plan 4).

1. an initial conference plan for a 4-month-old with an unexplained bruise
   (her mother's postnatal depression, her father's cannabis use, her
   grandmother at the flat every weekday evening): one plan table with a
   "Kind" column (Must / Must not / Each time) beside What / Who / When /
   How we will check, sections for what was considered and not chosen and
   for the parents' questions, if/then contingency bullets (docx,
   exemplary);
2. a review conference plan for a 9-year-old and a 6-year-old (their
   mother's drinking and anxiety, domestic abuse by the younger child's
   father, under a restraining order) written as a working agreement:
   typed clauses A1 to D2 under topic headings ("agrees to", "agrees not
   to", "has agreed to", "Should Lee come to the house ..."), a contingency
   paragraph and signature lines (docx): faults are "The family" making
   sure the children are never left with anyone who has been drinking, the
   mother's agreement not to drink with no check, "will try to go to a
   SMART Recovery group when she can", Talking Therapies' CBT only treating
   her anxiety (measured by attendance), "Ruby may be referred" with no one
   named, the social worker's visits "to keep an eye on" things, and no
   fallback if the aunt or grandfather cannot help (W002, M001, T002, H001,
   W001, M002, C003);
3. an initial conference plan for a 12-year-old and a 4-year-old whose
   father, a single parent with bipolar disorder, left the younger child in
   her brother's care at night: a landscape table in aim banner rows mixing
   prohibitions ("will not go out after 7pm unless Nana ... is at the
   house"), "should" and "unless" work, then an If / Then / And if that
   cannot happen contingency table, page header and footer (pdf,
   exemplary);
4. a first core group plan for a 3-year-old and a 10-month-old (their
   mother's daily cannabis use, the baby's father's violence) as typed
   numbered paragraphs in four parts: what must not happen, regular visits
   and sessions, "What will happen if ...", and one-off work, page header
   and footer (pdf): faults are the family support worker's routine work
   with no time, "It is hoped that a nursery place can be found" with no
   one named, the father trying for a perpetrator programme place "as soon
   as possible", the social worker's visit after a positive screen with
   nothing to show for it, an outcome about the mother only, a one-paragraph
   contingency of "further worries" answered by a review, and no legal
   planning anywhere (T001, W001, T002, M001, F002, C002, R002);
5. a pre-birth plan for the baby of a 19-year-old care leaver with anxiety
   and trauma symptoms and a father who hurt a previous partner: bullets
   under three stage headings (before the birth, on the ward, at home)
   written with "must", "is to", "needs to", "has agreed that he will not",
   "should" and "unless", and the contingency as one specific paragraph with
   a fallback for the former foster carer (md, exemplary);
6. an initial conference plan for a 14-year-old who goes missing and is
   exploited and his 8-year-old sister, whose mother has depression: one
   table with an "Only if / unless" column beside What / Lead / When / How
   we'll know, if/then contingency lines (md): faults are "Family" making
   sure the girl is never left alone, the youth worker's sessions measured
   by "Kai's engagement", direct work with the girl with "-" for how we'll
   know, "It is hoped that Kai will see the school counsellor" "When Kai
   feels ready", the mother's depression with no adult service owning any
   action, and the review conference date to be confirmed (W002, M002,
   M001, T002, F004, R001);
7. minutes of a first core group for a 10-year-old and a 2-year-old whose
   mother has emotionally unstable personality disorder and took an
   overdose: plain text, a key of initials, updates in reported speech,
   "things discussed and not agreed" and the mother's questions, then
   agreed actions 8.1 to 8.16, one sentence each, and IF / THEN lines
   (txt): faults are the care coordinator's DBT sessions only treating the
   mother (though the psychiatrist's row asks about capacity to change),
   "All professionals" sharing worries, the nursery to "monitor" Isla's
   speech, a Family Hub referral with no time, "Isla may be referred" with
   no one named, and the next core group "to be arranged" (H001, W002,
   M002, T001, W001, R001).

Three plans (1, 3 and 5) are exemplary: every action, prohibitions and
conditional work included, has a named owner, a real timescale (a prohibition
always with its start or end date) and something that can be seen, counted
or read; every outcome is about the child; each contingency has specific
triggers and concrete protective responses, says what happens if a
relative's help fails and names legal planning after named triggers; each
records the child's words or observed lived experience, core group dates
and a dated review conference; adult services (the perinatal team and a
drug service in 1, the community mental health team and the GP in 3, the
perinatal team in 5) own actions where a parent is ill or uses drugs, and
every adult mental health action asks for a view on the parent's capacity
to change and how long it will take. Expected findings: 26.

Counting convention used for "actions" (README convention 1): each row of
an action table (banner rows excepted), each numbered clause, paragraph or
minute, and each bullet of the plan section counts once, whatever number
of sentences it holds; prohibitions ("will not", "agrees not to", "must
not") and conditional work ("If ...", "Should ...", "Only if ...") written
as a row, clause or bullet of the plan count as actions, and a hedged one
("will try to", "It is hoped that", "may be referred") counts too. Not
counted: details, background, options considered and not chosen, the
family's questions, updates, the children's words, outcomes, the
contingency (bullets, table, lines or paragraph), meeting dates and
signature lines.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan for a 4-month-old: one plan table with a "Kind" column that
#    says whether each row is something that must happen, must not happen,
#    or happens each time a named thing happens. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b187_hurlingbeck_icpc_kind_column_must_must_not_each_time_redfern.docx",
    "doc_title": "Child Protection Plan - Maisie Redfern",
    "split": "heldout",
    "actions": 15,
    "template": "icpc-baby-plan-docx-details-table-why-what-we-thought-about-and-did-not-choose-questions-parents-asked-going-well-maisies-day-outcomes-then-one-plan-table-no-kind-must-must-not-each-time-what-who-when-how-we-will-check-then-if-things-go-wrong-if-then-bullets-meetings",
    "description": (
        "Exemplary initial conference plan for a 4-month-old girl after a bruise to her ear that "
        "neither parent could explain; her mother has postnatal depression under the perinatal "
        "mental health team and her father smokes cannabis. The plan is one table whose 'Kind' "
        "column says whether a row is work that must happen, a prohibition that must not happen "
        "('Jordan will not be alone with Maisie at any time ... until the parenting assessment ends "
        "on 27/03/2026'), or work that happens each time a named thing happens ('If Maisie misses a "
        "clinic weigh-in ...', 'Should a urine screen show ...', 'unless it is clear, refer ...'). "
        "Options considered and not chosen, the parents' questions and background stand in their "
        "own sections. The perinatal team and the drug service report on change, the grandmother's "
        "evenings have a fallback, legal planning follows named triggers, core group and review "
        "dates are set, and Maisie's day is recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Hurlingbeck Borough Council, Children's Social Care. Plan made at the initial child protection "
              "conference on 13/01/2026, chaired by Marcus Whitfield (Child Protection Chair)."),
        ("table", {
            "rows": [
                ["Child", "Maisie Redfern, born 12/09/2025 (4 months)"],
                ["Lives at", "Flat 9, 14 Kestrel Court, Hurlingbeck HB2 6TR"],
                ["Mum", "Chantelle Redfern (22)"],
                ["Dad", "Jordan Pike (25), lives with Chantelle and Maisie"],
                ["Maternal grandmother", "Denise Redfern (48), 3 Beacon Row, Hurlingbeck"],
                ["Paternal grandmother", "Pauline Pike (51), 21 Mill Street, Hurlingbeck"],
                ["Category", "Physical abuse"],
                ["Social worker", "Aimee Castle, Hurlingbeck Safeguarding Team 2 (team manager: Nadia Rahman)"],
                ["Health visitor", "Gemma Fairlie, Hurlingbeck 0-19 Service"],
                ["Perinatal mental health", "Ruth Adebayo (community psychiatric nurse) and Dr Sunil Varma "
                                            "(perinatal psychiatrist), Hurlingbeck Perinatal Mental Health Team"],
                ["Drug and alcohol service", "Sam Ibekwe, recovery worker, Pathway Hurlingbeck"],
                ["Paediatrician", "Dr Funmi Okafor, community paediatrician, Hurlingbeck Children's Centre"],
                ["GP", "Dr Helen Marsh, Brookside Surgery"],
            ],
            "widths": [4.5, 12.5],
            "bold_first_col": True,
        }),
        ("h1", "Why Maisie has a plan"),
        ("p", "On 02/12/2025 Gemma saw a bruise about 2 cm across on the back of Maisie's left ear when she "
              "weighed her at clinic. Maisie was 11 weeks old and could not roll. Chantelle and Jordan could not "
              "say how it happened. They told Gemma that Jordan's friend Kieran Doyle had been sleeping on their "
              "sofa that week and had held Maisie. Gemma rang Aimee's team the same day and a strategy discussion "
              "was held that afternoon."),
        ("p", "Dr Okafor examined Maisie on 03/12/2025. She said the bruise was very unlikely to be accidental in "
              "a baby who is not yet mobile. Maisie's skeletal survey and blood tests were clear; a follow-up "
              "survey was done on 13/01/2026 and the result is due at the end of the month. The police "
              "interviewed Jordan and Kieran and took no further action on 19/12/2025, because it could not be "
              "shown who caused the bruise. Nobody has said that they hurt Maisie."),
        ("p", "Chantelle was told she has postnatal depression in November 2025 and started seeing the perinatal "
              "team. On her bad days she sleeps in the afternoon and finds it hard to get up for night feeds. "
              "Jordan smokes cannabis most evenings; he says he smokes it on the balcony. Jordan works days at a "
              "warehouse and is at home with Maisie in the evenings."),
        ("h1", "What we thought about and did not choose"),
        ("p", "At the strategy discussion Maisie going to live with Denise, with Chantelle's agreement, was talked "
              "about. It was not chosen, because Denise can be at the flat every weekday evening, which is when "
              "Jordan is at home, and because Chantelle has asked for help and accepted every part of the safety "
              "plan so far. A residential parent and baby assessment could have been considered, but the "
              "conference agreed that an assessment at home, with the plan below, is the right step for now. If "
              "the plan does not keep Maisie safe, the section called If things go wrong says what will happen."),
        ("h1", "Questions Chantelle and Jordan asked"),
        ("p", "Chantelle asked whether Maisie could be taken away from her. The chair explained that nobody is "
              "asking a court to decide that now, and that the plan is there so that Maisie can stay at home "
              "safely. Jordan asked whether Kieran could come back once the police had finished. The conference "
              "said no: Kieran must not come to the flat while Maisie is on a plan. Jordan asked whether he "
              "might lose his job if he has to go to appointments; Aimee will book what she can for after 5pm."),
        ("h1", "What is going well"),
        ("bullets", [
            "Chantelle has been to every perinatal appointment since November and says her tablets are starting to "
            "help.",
            "Maisie has had every weigh-in and both sets of immunisations. She is following the 25th centile.",
            "Denise has been at the flat every weekday evening since 04/12/2025 and has kept a diary.",
            "Jordan agreed at the conference to see Pathway and to stop smoking anything in the flat.",
        ]),
        ("h1", "Maisie's day"),
        ("p", "Maisie cannot tell us how things are for her, so this is what Gemma and Aimee have seen. Maisie "
              "wakes two or three times a night for a bottle. Chantelle does the night feeds; when she is low "
              "Maisie can cry for a while before she is picked up, and on Aimee's visit on 08/01/2026 Maisie's "
              "nappy was very wet and her bottle was cold. In the day she is a smiley baby who follows faces and "
              "laughs when Jordan blows on her tummy. She settles quickly when Denise holds her and sings to her, "
              "and she watches the door when Denise arrives. She sleeps in a Moses basket by her parents' bed."),
        ("h1", "What we want for Maisie"),
        ("numbers", [
            "Maisie has no more unexplained bruises or injuries, and every adult who cares for her handles her "
            "gently.",
            "Maisie is fed when she is hungry, keeps growing along her centile line, and has her health checks and "
            "immunisations on time.",
            "Maisie is cared for by a mum whose depression is treated well enough that she notices and answers "
            "Maisie's cries, day and night.",
            "Maisie lives in a home with no cannabis smoke and no adult who is under the influence while caring "
            "for her.",
        ]),
        ("h1", "The plan"),
        ("p", "Each row says what kind of promise it is. Must: work that will happen. Must not: something that "
              "must not happen, and who has agreed to it. Each time: work that happens every time the thing "
              "named in the row happens. Every row says who, when and how we will check."),
        ("table", {
            "header": ["No.", "Kind", "What will happen", "Who", "When", "How we will check"],
            "widths": [1.0, 1.7, 5.0, 3.0, 2.8, 3.5],
            "rows": [
                ["1", "Must",
                 "Home visits: see Maisie awake and undressed, see where she sleeps, and talk with Chantelle on "
                 "her own at least once a fortnight",
                 "Aimee Castle, social worker",
                 "Every week until the review conference on 07/04/2026; one visit in three unannounced",
                 "Visit record on the case file within 48 hours, noting any mark, where Maisie slept and who "
                 "was in the flat"],
                ["2", "Must not",
                 "Jordan will not be alone with Maisie at any time, including bath time, nappy changes and night "
                 "feeds, until the parenting assessment ends",
                 "Jordan Pike",
                 "From 13/01/2026 until 27/03/2026",
                 "Aimee asks Chantelle and Denise about it at every visit and writes down their answers; "
                 "Denise's diary shows who was home each evening"],
                ["3", "Must not",
                 "Chantelle will not let Kieran Doyle into the flat, and will not leave Maisie with him anywhere",
                 "Chantelle Redfern",
                 "Until the review conference on 07/04/2026",
                 "Aimee records who is in the flat at every unannounced visit; Chantelle shows Aimee any "
                 "messages from Kieran"],
                ["4", "Must",
                 "Weigh Maisie at the Hurlingbeck Family Hub clinic, check her skin from head to toe, and ask "
                 "how feeds and nights are going",
                 "Gemma Fairlie, health visitor",
                 "Every other Tuesday from 20/01/2026",
                 "Weight plotted on the centile chart in the red book; skin check written in the health visiting "
                 "record and e-mailed to Aimee the same day"],
                ["5", "Each time",
                 "If Maisie misses a clinic weigh-in, Gemma visits her at home and weighs her there",
                 "Gemma Fairlie, health visitor",
                 "Within 24 hours of the missed weigh-in",
                 "Home visit record and weight in the red book; Aimee told by phone the same day"],
                ["6", "Must",
                 "Key work and medication reviews with Chantelle for her postnatal depression, and a written "
                 "report on how her mood affects her care of Maisie, whether she is making the changes Maisie "
                 "needs and how long further change is likely to take. If Chantelle misses two appointments in a "
                 "row, Ruth rings Aimee that day.",
                 "Ruth Adebayo, CPN, Hurlingbeck Perinatal Mental Health Team, with Dr Sunil Varma",
                 "Fortnightly from 19/01/2026; report by 13/03/2026",
                 "Report on Aimee's file and shared with the core group on 20/03/2026"],
                ["7", "Must",
                 "Key work with Jordan about his cannabis use, a urine drug screen at every session, and a "
                 "written report on whether he has stopped and is likely to stay stopped",
                 "Sam Ibekwe, recovery worker, Pathway Hurlingbeck (drug and alcohol service)",
                 "Weekly from 15/01/2026; report by 20/03/2026",
                 "Urine results e-mailed to Aimee at the end of each month; report on Aimee's file by "
                 "20/03/2026"],
                ["8", "Must not",
                 "Jordan will not smoke cannabis or tobacco inside the flat, on the balcony or in the car, and "
                 "will not hold or feed Maisie on any day he has used cannabis",
                 "Jordan Pike",
                 "From 13/01/2026 until the review conference on 07/04/2026",
                 "Pathway's urine results (row 7); Aimee writes down at each unannounced visit whether the flat "
                 "smells of smoke"],
                ["9", "Each time",
                 "Should a urine screen show any drug other than cannabis, Sam rings Aimee and tells Jordan that "
                 "he must not stay at the flat until Aimee has seen him",
                 "Sam Ibekwe, Pathway Hurlingbeck",
                 "The same day as the result",
                 "Call logged on Pathway's record and on Maisie's case file"],
                ["10", "Must",
                 "Be at the flat with Chantelle and Maisie every weekday evening while Jordan is home, and write "
                 "in the diary who was there and how Maisie was",
                 "Denise Redfern, maternal grandmother",
                 "Monday to Friday, 5pm to 10pm, until 27/03/2026",
                 "Denise signs the diary each evening; Aimee reads and signs it at every visit"],
                ["11", "Must",
                 "Parenting assessment with Chantelle and Jordan, including what each of them understands about "
                 "how Maisie was hurt and how they will keep her safe",
                 "Aimee Castle, social worker",
                 "Weekly sessions from 20/01/2026; report by 27/03/2026",
                 "Written report with a recommendation, shared with Chantelle, Jordan and the core group by "
                 "27/03/2026"],
                ["12", "Must",
                 "Go through the follow-up skeletal survey result with Chantelle and Jordan; unless it is clear, "
                 "refer Maisie to the bone clinic at Hurlingbeck Children's Hospital the same week",
                 "Dr Funmi Okafor, community paediatrician",
                 "Child protection clinic on 27/01/2026",
                 "Clinic letter to Aimee and the GP within 5 working days, with the result and any referral"],
                ["13", "Must",
                 "Go through safe sleep and the ICON coping-with-crying plan with both parents, and write down "
                 "with them what each will do when Maisie will not settle",
                 "Gemma Fairlie, health visitor",
                 "At a home visit by 30/01/2026",
                 "Each parent's crying plan in the health visiting record and on the fridge; Gemma asks about it "
                 "at every clinic"],
                ["14", "Must",
                 "Go to the eight-week Dads Matter group at Hurlingbeck Family Hub (holding, crying, feeding and "
                 "play with babies)",
                 "Jordan Pike",
                 "Thursdays at 6pm, 22/01/2026 to 12/03/2026",
                 "Register and the group leader's end-of-course note sent to Aimee by the Family Hub"],
                ["15", "Must",
                 "Take Maisie for her 16-week immunisations at Brookside Surgery",
                 "Chantelle Redfern",
                 "03/02/2026 (booked)",
                 "Immunisations written in the red book and on the GP record; the practice nurse rings Gemma the "
                 "same day if Maisie is not brought"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If anyone sees a new mark or bruise on Maisie, or she is hurt in a way that is not clearly "
            "explained: they ring Aimee (or the Emergency Duty Team out of hours) straight away. Aimee holds a "
            "strategy discussion with the police and health that day, Dr Okafor sees Maisie the same day, and "
            "Maisie stays with Denise at 3 Beacon Row until the strategy discussion has decided what happens "
            "next. Aimee asks Nadia Rahman for a legal planning meeting within 5 working days.",
            "If Jordan is found alone with Maisie, or Kieran is found at the flat: Jordan (or Kieran) leaves "
            "that day. Jordan stays with his mother, Pauline Pike, at 21 Mill Street (agreed by Pauline on "
            "12/01/2026) until Aimee has met both parents, and Aimee asks for a legal planning meeting within "
            "5 working days.",
            "If Denise cannot be at the flat on an evening, Chantelle rings Aimee before 4pm and Jordan spends "
            "that evening and night at Pauline's. If Denise cannot help for more than a week, Jordan stays at "
            "Pauline's every evening until the core group has agreed another adult to be at the flat.",
            "If Chantelle tells anyone she is thinking of harming herself or Maisie, or stops eating or getting "
            "up: that person rings the perinatal team's duty line (or the crisis team out of hours) and Aimee the "
            "same day; Denise stays at the flat overnight, and if Denise cannot, Maisie and Chantelle stay at "
            "Denise's house until the perinatal team has seen Chantelle.",
            "If the parenting assessment, the perinatal team's report or Pathway's report says Maisie cannot be "
            "kept safe at home, or any Must not row is broken twice, Aimee asks for a legal planning meeting "
            "before the review conference to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Hurlingbeck Family Hub at 1.30pm: 23/01/2026, 20/02/2026 and "
            "20/03/2026.",
            "Review child protection conference: 07/04/2026 at 10am, Hurlingbeck Civic Offices.",
        ]),
        ("p", "Plan sent to Chantelle, Jordan, Denise and every agency on 15/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. RCPC plan written as a working agreement: numbered clauses under topic
#    headings, each saying who agrees to do or not to do something, then a
#    contingency paragraph and signature lines. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b187_hathelford_rcpc_working_agreement_agrees_to_agrees_not_to_mcguire.docx",
    "doc_title": "Child Protection Plan and Working Agreement - Tyler and Ruby McGuire",
    "split": "heldout",
    "actions": 17,
    "template": "rcpc-plan-docx-kv-details-why-still-a-plan-what-has-got-better-what-tyler-and-ruby-told-us-outcomes-things-talked-about-that-are-not-part-of-the-agreement-then-working-agreement-typed-numbered-clauses-a1-to-d2-under-topic-headings-agrees-to-agrees-not-to-has-agreed-to-should-may-be-then-if-the-agreement-is-broken-paragraph-meetings-signature-lines",
    "description": (
        "Review conference plan for a 9-year-old and a 6-year-old whose mother drinks and has "
        "anxiety, after domestic abuse by the younger child's father, who is under a restraining "
        "order. The plan is a working agreement: typed numbered clauses under topic headings, each "
        "saying who agrees to do something or agrees not to ('Leanne agrees not to let Lee Brannan "
        "into the house ...', 'Should Lee come to the house ...', 'Shannon has agreed to ...'), "
        "with a section of options and questions that are not part of it, a contingency paragraph "
        "and signature lines. Faults: 'The family' making sure the children are never left with "
        "anyone who has been drinking; the mother's agreement not to drink with no check; a hedged "
        "'will try to go to a SMART Recovery group when she can'; Talking Therapies' CBT only "
        "treating her anxiety; 'Ruby may be referred' with no one named; the social worker's visits "
        "'to keep an eye on' things; and no fallback if the aunt or grandfather cannot help."
    ),
    "blocks": [
        ("title", "Child Protection Plan and Working Agreement"),
        ("p", "Hathelford City Council - Children and Families. Agreed at the review child protection "
              "conference on 15/01/2026 (chair: Beverley Osei, Independent Reviewing Officer)."),
        ("kv", [
            ("Children", "Tyler McGuire, born 03/05/2016 (9, Year 5); Ruby McGuire, born 22/08/2019 (6, Year 2). "
                         "Both at St Anne's Primary School, Hathelford."),
            ("Home", "8 Ferrier Close, Hathelford HF4 2LW, with their mum, Leanne McGuire (34)"),
            ("Ruby's dad", "Lee Brannan (37). Restraining order made at Hathelford Magistrates' Court on "
                           "30/10/2025, in force until 30/10/2027."),
            ("Tyler's dad", "Gary Wells, lives in Cornwall; sends birthday cards, no other contact"),
            ("Family who help", "Shannon McGuire (Leanne's sister), 22 Ferrier Close; Brian McGuire (the "
                                "children's grandad), 5 Tolley Road"),
            ("Category", "Emotional abuse and neglect, since the initial conference on 16/10/2025"),
            ("Social worker", "Owen Greaves, Hathelford Children and Families East (team manager: Ruth Paget)"),
            ("School", "Mrs Harjit Kaur, deputy head and Designated Safeguarding Lead, St Anne's Primary"),
        ]),
        ("h1", "Why there is still a plan"),
        ("p", "In September 2025 Lee Brannan hit Leanne in the kitchen while Tyler and Ruby were upstairs. Tyler "
              "rang his grandad, who called the police. Lee was convicted of assault in October and the court made "
              "a restraining order. Leanne has drunk heavily for several years, mostly in the evenings. On "
              "28/12/2025 Shannon called round at 7pm and found Leanne asleep on the sofa after drinking, with "
              "Ruby still in her school uniform and no tea made. Police were not called that night; Shannon "
              "took the children home with her and rang Owen the next morning. Leanne also has anxiety and "
              "has panic attacks when she has to go out."),
        ("h1", "What has got better"),
        ("bullets", [
            "Leanne has kept to the restraining order and rang the police herself when Lee came to the "
            "door on 19/11/2025.",
            "Leanne started key work with Hathelford Recovery Service in November and has been to 7 of 9 "
            "sessions.",
            "Tyler's attendance has gone up from 84% to 95% this term.",
            "Shannon and Brian see the children most days and both came to the conference.",
        ]),
        ("h1", "What Tyler and Ruby told us"),
        ("p", "Tyler (seen by Owen at school on his own, 08/01/2026): \"Mum's better when she doesn't drink the "
              "wine. At Christmas it was bad.\" \"I don't want Lee to come back ever.\" He said his worry about "
              "home was 5 out of 10, down from 8 in October."),
        ("p", "Ruby (with her drawings, 08/01/2026) drew her family with Auntie Shannon holding her hand. She "
              "said \"Mummy was sleeping and I was hungry\" and \"I like it at Shannon's, she does pancakes\". "
              "Mrs Kaur says Ruby has been wetting herself at school two or three times a week since December."),
        ("h1", "What we want for Tyler and Ruby"),
        ("numbers", [
            "Tyler and Ruby are always looked after by an adult who is sober.",
            "Tyler and Ruby are safe from Lee Brannan and do not see or hear adults hurting each other.",
            "Tyler and Ruby get to school every day, fed, clean and on time.",
            "Ruby's wetting stops, and both children can talk about their worries with an adult they trust.",
        ]),
        ("h1", "Things talked about at the conference that are not part of this agreement"),
        ("p", "Leanne asked whether the plan could end today. The conference decided it should carry on, "
              "because of what happened at Christmas. A detox in hospital was talked about; the Recovery "
              "Service's view is that Leanne does not need one. Tyler asked Owen whether he could see Lee. Lee "
              "is Ruby's dad, not Tyler's, and the restraining order means he cannot contact the family; Lee "
              "could apply to the family court about seeing Ruby, but he has not done so. The conference also "
              "talked about whether the children should stay with Shannon for a while, and decided they should "
              "stay at home with the help written below."),
        ("h1", "Our working agreement"),
        ("p", "Each numbered line says who has agreed to do something, or not to do something, by when or how "
              "often, and how we will all know."),
        ("h2", "A. Keeping Tyler and Ruby safe from Lee"),
        ("pi", "A1. Leanne agrees not to let Lee Brannan into the house, the garden or her car, and not to meet "
               "him with the children, while the restraining order is in force (until 30/10/2027); Owen will ask "
               "Tyler and Ruby about this on their own at every visit and write down what they say."),
        ("pi", "A2. Should Lee come to the house, or contact Leanne or the children in any way, Leanne has agreed "
               "to ring 999 at once and to tell Owen the same day, giving him the police incident number."),
        ("pi", "A3. The family will make sure Tyler and Ruby are never left with anyone who has been drinking, at "
               "any time until the review conference on 14/05/2026; Owen will ask the children about this at "
               "each visit and record their answers."),
        ("pi", "A4. PC Dan Rook (Hathelford Police, Domestic Abuse Unit) will keep the warning marker on 8 Ferrier "
               "Close until 30/10/2027 and tell Owen within 24 hours of any reported breach of the order; every "
               "breach will be on the police log that Owen checks before each core group."),
        ("h2", "B. Leanne's drinking and her anxiety"),
        ("pi", "B1. Leanne agrees not to drink any alcohol on a day when she is caring for Tyler and Ruby, until "
               "the review conference on 14/05/2026."),
        ("pi", "B2. Leanne has agreed to go to her key work sessions at Hathelford Recovery Service every Tuesday "
               "at 10am from 20/01/2026, and to take a breath test at each one; the results will be e-mailed to "
               "Owen every Friday."),
        ("pi", "B3. Jas Bhogal, Leanne's recovery worker at Hathelford Recovery Service, will write a report for "
               "the review conference by 24/04/2026 on Leanne's drinking, her breath test results and how likely "
               "she is to stay sober while caring for the children, and share it with the core group."),
        ("pi", "B4. Leanne will try to go to a SMART Recovery group when she can, and the group facilitator will "
               "sign her attendance card."),
        ("pi", "B5. Hathelford Talking Therapies (Mel Curtis, CBT therapist) will give Leanne eight weekly "
               "sessions of CBT for her anxiety from 26/01/2026, and send Owen her attendance after each session."),
        ("h2", "C. Home, school and health"),
        ("pi", "C1. Leanne will get Tyler and Ruby to school by 8.50am every school day, and Mrs Kaur will send "
               "Owen their attendance and late marks every Friday."),
        ("pi", "C2. If either child is not in school by 9.30am and Leanne has not rung in, Mrs Kaur must ring "
               "Leanne and then Owen before 10am that day, and log both calls on CPOMS."),
        ("pi", "C3. Ruby may be referred to the school nursing service for help with her bedwetting by the "
               "February half term, and the first appointment letter will be kept on her school file."),
        ("pi", "C4. Owen will visit the family every two weeks to keep an eye on how things are at home."),
        ("pi", "C5. Owen will do four sessions of direct work with Tyler about his worries, one a fortnight from "
               "22/01/2026, using his worry jar, and keep Tyler's drawings and words on his file."),
        ("pi", "C6. Kerry Walsh (family support worker, Hathelford Family Hub) will do six weekly sessions with "
               "Leanne on teatimes, baths and bedtimes from 21/01/2026, and send Owen a note after each one of "
               "what Leanne tried and how the children responded."),
        ("h2", "D. Help from the family"),
        ("pi", "D1. Shannon has agreed to have Tyler and Ruby for tea and a bath every Wednesday and Friday after "
               "school until the review conference, and to write in the children's home-school book that they "
               "were with her."),
        ("pi", "D2. Brian has agreed to take Tyler to football and Ruby to swimming every Saturday morning, and "
               "to text Owen after each Saturday to say they went."),
        ("h1", "If the agreement is broken"),
        ("p", "If Leanne is found to have been drinking while she is caring for Tyler and Ruby, or a breath test "
              "on a Tuesday is positive, the children will stay with Shannon at 22 Ferrier Close that night, "
              "Owen will hold a strategy discussion the next working day, and he will ask Ruth Paget for a legal "
              "planning meeting within 5 working days. If Lee comes to the house or contacts the children, "
              "Leanne rings 999 and the police will attend; Owen will see both children at school the same day. "
              "If either child says an adult hurt them, school rings Owen (or the Emergency Duty Team) straight "
              "away and a strategy discussion is held that day."),
        ("h1", "Meetings"),
        ("p", "Core group every four weeks at St Anne's Primary School, Thursdays at 3.30pm: 05/02/2026, "
              "05/03/2026, 02/04/2026 and 30/04/2026. Review child protection conference: 14/05/2026 at 10am, "
              "Hathelford Town Hall."),
        ("h1", "Signed"),
        ("pl", "Leanne McGuire ..................................  Date ..............."),
        ("pl", "Shannon McGuire ..................................  Date ..............."),
        ("pl", "Brian McGuire ..................................  Date ..............."),
        ("pl", "Owen Greaves, social worker ..................................  Date ..............."),
    ],
    "findings": [
        F("W002", "The family will make sure Tyler and Ruby are never left"),
        F("M001", "Leanne agrees not to drink any alcohol on a day when"),
        F("T002", "Leanne will try to go to a SMART Recovery group"),
        F("H001", "Hathelford Talking Therapies (Mel Curtis, CBT therapist) will give Leanne"),
        F("W001", "Ruby may be referred to the school nursing service"),
        F("M002", "Owen will visit the family every two weeks to keep"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. ICPC plan (landscape, paged): plan table in banner rows, one per aim,
#    with prohibitions, "unless" and "should" work among the rows; the
#    contingency as a three-column If / Then / And if that cannot happen
#    table. Exemplary (pdf, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b187_hennacombe_icpc_aim_banners_if_then_fallback_grid_ashworth.pdf",
    "doc_title": "Child Protection Plan - Leon and Poppy Ashworth",
    "split": "heldout",
    "actions": 17,
    "landscape": True,
    "min_pages": 2,
    "header": "Hennacombe Council - Children's Services - Child Protection Plan - OFFICIAL-SENSITIVE",
    "footer": "Leon and Poppy Ashworth - initial conference 15/01/2026 - Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-paged-landscape-header-footer-details-grid-why-what-else-was-thought-about-what-the-children-asked-going-well-what-leon-says-and-poppys-days-outcomes-then-plan-table-no-what-will-happen-or-must-not-who-when-what-we-will-see-in-aim-banner-rows-then-contingency-three-column-if-then-and-if-that-cannot-happen-table-meetings",
    "description": (
        "Exemplary initial conference plan for a 12-year-old and a 4-year-old whose father, a "
        "single parent with bipolar disorder, left the 4-year-old in her brother's care at night "
        "while he was becoming unwell and was then admitted to hospital. The plan table is split by "
        "banner rows, one per aim, and mixes firm work with prohibitions ('Craig will not leave Poppy "
        "in Leon's care ... at any time', 'will not go out after 7pm unless Nana ... is at the "
        "house'), 'should' and 'unless' work ('Should Craig sleep less than five hours on two nights "
        "running ...', 'unless she passes both, refer her ...'). The contingency is an If / Then / And "
        "if that cannot happen table with a fallback for the grandmother and legal planning. The "
        "community mental health team's care coordinator and psychiatrist both report on the "
        "father's capacity to stay well and change, and the children's words and days are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Made at the initial child protection conference on 15/01/2026 at Hennacombe Civic Centre. Chair: "
              "Anita Roy (Child Protection Chair)."),
        ("table", {
            "widths": [4.0, 8.85, 4.0, 8.85],
            "bold_first_col": True,
            "rows": [
                ["Children", "Leon Ashworth, born 02/06/2013 (12), Year 8, Hennacombe Academy; Poppy Ashworth, "
                             "born 27/03/2021 (4), Reception, Church Lane Primary School",
                 "Category", "Neglect (both children)"],
                ["Dad", "Craig Ashworth (41), 31 Sedge Lane, Hennacombe HN6 2EY, where the children live",
                 "Mum", "Nicola Ashworth, lives in Spain; no contact since 2023"],
                ["Nana", "Margaret Ashworth (66, Craig's mother), 15 Larch Avenue, Hennacombe",
                 "Dad's cousin", "Donna Bell (44), 7 Alder Close, Hennacombe"],
                ["Social worker", "Jess Moran, Hennacombe Children's Services, Locality Team North (team manager: "
                                  "Gareth Lloyd)",
                 "Dad's mental health", "Lisa Marr (care coordinator) and Dr Paul Hendry (consultant "
                                        "psychiatrist), Hennacombe North Community Mental Health Team"],
            ],
        }),
        ("h2", "Why Leon and Poppy have a plan"),
        ("p", "Craig has bipolar disorder and takes lithium. In October 2025 he stopped sleeping, started "
              "spending money he did not have and went out most nights. On 18/11/2025 a neighbour found Poppy "
              "at the open front door at 10.30pm in her nightie, looking for her dad. Leon was asleep upstairs; "
              "he had been told to look after her. The police were called and Craig came home at 1am. He was "
              "admitted to Larch Ward at Hennacombe Hospital under the Mental Health Act the next day and stayed "
              "for three weeks, while the children lived with Nana. Craig came home on 12/12/2025 and the "
              "children went back to him on 22/12/2025. Leon says he has often looked after Poppy in the "
              "evenings since the summer, made her tea and put her to bed. Poppy has had three ear infections "
              "since October and may need grommets."),
        ("h2", "What else was thought about, and what the children asked"),
        ("p", "Leon and Poppy living with Nana until the review conference was considered. Nana is 66 and had a "
              "hip replacement last year, and she, Craig and both children want the children to stay at home "
              "with Nana's help, so this was not chosen. Leon asked Jess whether Dad would be \"sectioned "
              "again\". Jess told him that nobody can promise that, but that the plan says what will happen and "
              "who will look after him and Poppy if Dad becomes unwell. Poppy asked whether Daddy's \"poorly "
              "head\" was her fault; Jess and Craig told her it was not."),
        ("h2", "What is going well"),
        ("bullets", [
            "Craig has taken his lithium every day since he came home, and his last blood level was in range.",
            "Craig agreed to every part of this plan and asked for the young carers referral himself.",
            "Nana has had the children every Friday since Christmas, and they love going.",
            "Leon has a good friend group and plays in the Academy's junior band.",
        ]),
        ("h2", "What Leon says, and Poppy's days"),
        ("p", "Leon (seen on his own by Jess at school, 09/01/2026): \"I don't mind looking after Poppy but I "
              "don't like it when it's dark and Dad's not back.\" \"When Dad's poorly he talks really fast and "
              "doesn't sleep. I can tell before anyone.\" He scored home now as 7 out of 10, and the night Poppy "
              "got out as 1."),
        ("p", "Poppy (with Jess and her puppets at home, 12/01/2026) made the daddy puppet \"go to the hospital "
              "to get his head better\" and the Leon puppet \"do the tea\". At school Mrs Lacey says Poppy is "
              "chatty and loves the sand tray, but on some mornings she comes in tired and hungry, and she "
              "often asks who is picking her up."),
        ("h2", "What we want for Leon and Poppy"),
        ("numbers", [
            "Leon and Poppy are always looked after by an adult and are never left alone at home.",
            "Leon can be a 12-year-old: he goes to school rested, sees his friends and is not in charge of Poppy.",
            "Poppy comes to school fed, clean and rested, and her hearing is checked and treated.",
            "Leon and Poppy live with a dad who stays well enough to care for them, and they know what will "
            "happen if he becomes unwell.",
        ]),
        ("h2", "The plan"),
        ("p", "The rows under each aim say what will happen, or what must not happen, who has agreed to it, when, "
              "and what we will see."),
        ("table", {
            "header": ["No.", "What will happen (or must not happen)", "Who", "When", "What we will see"],
            "widths": [1.2, 9.5, 4.5, 4.5, 6.0],
            "rows": [
                ["Aim 1: Leon and Poppy always have an adult looking after them", H, H, H, H],
                ["1.1", "Craig will not leave Poppy in Leon's care, or leave either child at home without an adult, "
                        "at any time and for any length of time",
                 "Craig Ashworth (Dad)",
                 "From 15/01/2026 until the review conference on 09/04/2026",
                 "Leon and Poppy asked on their own at every social work visit, and their answers written in "
                 "the visit record"],
                ["1.2", "Craig will not go out after 7pm unless Nana, or another adult the core group has agreed, "
                        "is at the house with the children",
                 "Craig Ashworth (Dad)",
                 "Every evening until 09/04/2026",
                 "Nana's notebook of the evenings she sits; Leon asked at every visit"],
                ["1.3", "Sit with Leon and Poppy at 31 Sedge Lane on any evening Craig goes out, and have both "
                        "children to stay at 15 Larch Avenue every Friday night",
                 "Margaret Ashworth (Nana)",
                 "Every Friday night, and any evening Craig goes out, until 09/04/2026",
                 "Nana's notebook, read and signed by Jess at each visit"],
                ["1.4", "Home visits: see Leon and Poppy on their own, look at Craig's sleep diary and at the food "
                        "in the cupboards",
                 "Jess Moran, social worker",
                 "Every week until 09/04/2026; one visit in three unannounced",
                 "Visit record on the case file within 48 hours, with each child's own words"],
                ["Aim 2: Dad stays well, and we know early if he is becoming unwell", H, H, H, H],
                ["2.1", "Care coordination under the Care Programme Approach: see Craig, go through his early "
                        "warning signs with him (sleeping under five hours, spending, racing thoughts), and give a "
                        "written view on whether he is making the changes needed to stay well enough to care for "
                        "Leon and Poppy",
                 "Lisa Marr, care coordinator, Hennacombe North CMHT",
                 "Fortnightly from 19/01/2026; written view before each core group",
                 "Letter to Jess by 27/01/2026, 24/02/2026 and 24/03/2026, read at each core group"],
                ["2.2", "Outpatient review of Craig's lithium, and a report for the review conference on his "
                        "prognosis: how likely he is to stay well, the first signs of relapse to look for, and how "
                        "long it is likely to take to know whether he can care for the children safely",
                 "Dr Paul Hendry, consultant psychiatrist, Hennacombe North CMHT",
                 "Review on 10/02/2026; report by 20/03/2026",
                 "Report on Jess's file and shared with the core group on 26/03/2026"],
                ["2.3", "Keep a sleep and mood diary every night, and take his lithium every morning as prescribed",
                 "Craig Ashworth (Dad)",
                 "Every day from 15/01/2026",
                 "Diary seen by Lisa and Jess at each visit; lithium level on 03/03/2026 within range"],
                ["2.4", "Should Craig sleep less than five hours on two nights running, he will ring Lisa (or the "
                        "crisis team out of hours) and tell Jess",
                 "Craig Ashworth (Dad)",
                 "The morning after the second short night",
                 "Lisa's contact log and Jess's case note of each call"],
                ["2.5", "Lithium blood level, kidney and thyroid tests, and a letter to Lisa and Jess with the "
                        "results",
                 "Dr Asha Patel, GP, Larch Avenue Surgery",
                 "Blood tests on 03/03/2026",
                 "Results letter on Jess's file by 10/03/2026"],
                ["Aim 3: Leon's and Poppy's health, school and feelings", H, H, H, H],
                ["3.1", "Young carers assessment with Leon, then a place at the Wednesday young carers club",
                 "Sam Doyle, Hennacombe Young Carers",
                 "Assessment by 13/02/2026; club every Wednesday from 18/02/2026",
                 "Assessment written with Leon and sent to Jess; club register sent to Jess monthly"],
                ["3.2", "Check-in with Leon, who scores how home is going out of 10; should Leon come in tired, or "
                        "say he looked after Poppy overnight, Mr Owen rings Jess",
                 "Mr Rhys Owen, pastoral lead, Hennacombe Academy",
                 "Every Monday at 8.40am; the call the same day",
                 "Check-in log on CPOMS with Leon's score each week, e-mailed to Jess every Friday"],
                ["3.3", "Meet Poppy at the classroom door and write down how she arrives (fed, clean, tired) and "
                        "anything she says about home",
                 "Mrs Ann Lacey, DSL, Church Lane Primary School",
                 "Every school day",
                 "Daily notes on CPOMS; a summary e-mailed to Jess every Friday"],
                ["3.4", "Hearing and vision screen for Poppy; unless she passes both, refer her to the audiology or "
                        "orthoptic clinic the same week",
                 "Kirsty Dale, school nurse, Hennacombe 0-19 Service",
                 "By 27/02/2026",
                 "Screening results sent to Craig and Jess; any referral letter on Poppy's health record"],
                ["3.5", "Direct work with Leon (worry map, Three Houses) and with Poppy (puppets), four sessions each",
                 "Jess Moran, social worker",
                 "Fortnightly from 22/01/2026",
                 "Each child's words and drawings kept on their file and shared with the core group"],
                ["Aim 4: Home and routines", H, H, H, H],
                ["4.1", "Six sessions with Craig on morning and bedtime routines, and a simple plan for the "
                        "children of what happens on a day Dad feels wobbly",
                 "Dean Fox, family support worker, Hennacombe Family Hub",
                 "Weekly from 20/01/2026",
                 "Routine chart on the kitchen wall; a note to Jess after each session"],
                ["4.2", "Write with Leon a phone card of who he rings if Dad seems unwell (Nana, Jess, the crisis "
                        "team)",
                 "Jess Moran, with Craig and Leon",
                 "By 30/01/2026",
                 "Card in Leon's phone case and a copy on file; Leon can tell Jess who he would ring when she "
                 "asks at visits"],
                ["4.3", "Assessment of Craig's parenting when he is well, and of how the children are kept safe "
                        "when he is not",
                 "Jess Moran, social worker",
                 "Report by 20/03/2026",
                 "Report with a recommendation shared with Craig and the core group on 26/03/2026"],
            ],
        }),
        ("h2", "If things go wrong"),
        ("table", {
            "header": ["If ...", "Then ...", "And if that cannot happen ..."],
            "widths": [7.0, 10.0, 8.7],
            "rows": [
                ["Craig shows two or more of his early warning signs, or stops taking his lithium",
                 "Lisa sees him within 48 hours and Jess visits the same day. Leon and Poppy stay with Nana at "
                 "15 Larch Avenue until Lisa says Craig is well enough to have them home.",
                 "If Nana cannot have them, they stay with Donna Bell at 7 Alder Close (agreed with Donna on "
                 "12/01/2026). If neither can, Jess arranges a foster placement for both children together "
                 "that day."],
                ["Either child is found at home without an adult",
                 "Whoever finds out rings Jess (or the Emergency Duty Team out of hours) at once. Jess holds a "
                 "strategy discussion with the police and health the same day, and the children go to Nana.",
                 "Jess asks Gareth Lloyd for a legal planning meeting within 5 working days, whatever else "
                 "happens."],
                ["Craig is admitted to hospital",
                 "The children go to Nana. Jess visits them there within 24 hours and tells both schools.",
                 "If Nana cannot care for them, Donna has them; if neither can, Jess arranges a foster placement "
                 "for both children together and asks for a legal planning meeting within 5 working days."],
                ["Nana cannot sit with the children on a Friday or an evening Craig needs to go out",
                 "Nana rings Craig and Jess, and Craig stays at home that evening.",
                 "If Craig must go out (for an appointment), Donna sits with the children; if she cannot, "
                 "Craig does not go out."],
                ["By the review conference, Dr Hendry's report says Craig is unlikely to stay well enough to care "
                 "for the children, or the children have been left without an adult twice",
                 "Jess asks for a legal planning meeting to decide whether to start the Public Law Outline.",
                 "-"],
            ],
        }),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Church Lane Primary School at 3.30pm: 29/01/2026, 26/02/2026 and "
            "26/03/2026.",
            "Review child protection conference: 09/04/2026 at 1.30pm, Hennacombe Civic Centre.",
        ]),
        ("p", "Plan sent to Craig, Nana, Donna and every agency on 19/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group plan (paged): numbered paragraphs in four parts, what must
#    not happen, regular work, what will happen if ..., one-off work; the
#    contingency a single paragraph. Faulty (pdf, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b187_hobthwaite_core_group_parts_must_not_regular_if_one_off_dunmore.pdf",
    "doc_title": "Core Group Plan - Lacey-Mae Dunmore and Archie Kerr",
    "split": "heldout",
    "actions": 18,
    "min_pages": 2,
    "header": "Hobthwaite Metropolitan Borough Council - Core Group Plan - OFFICIAL-SENSITIVE",
    "footer": "Lacey-Mae Dunmore and Archie Kerr - first core group 30/01/2026 - Page {PAGE} of {NUMPAGES}",
    "template": "first-core-group-plan-paged-header-footer-kv-details-why-what-was-asked-and-not-agreed-going-well-lacey-maes-words-and-archies-day-outcomes-then-plan-in-four-parts-a-what-must-not-happen-b-regular-visits-and-sessions-c-what-will-happen-if-d-one-off-work-typed-numbered-paragraphs-then-contingency-one-paragraph-meetings",
    "description": (
        "First core group plan for a 3-year-old and a 10-month-old living with neglect: their "
        "mother smokes cannabis daily and the baby's father pushed her while she held the baby. The "
        "plan is typed numbered paragraphs in four parts: what must not happen (prohibitions with an "
        "end date and a check), regular visits and sessions, what will happen if a named thing "
        "happens ('If Archie's weight falls below ...', 'Should Jade miss a key work appointment "
        "...'), and one-off work; requests that were not agreed and background stand in their own "
        "section. Faults: the family support worker's routines with no time; 'It is hoped that a "
        "nursery place can be found' with no one named; the father trying for a perpetrator "
        "programme place 'as soon as possible'; the social worker's visit after a positive screen "
        "with nothing to show for it; an outcome about the mother only; a one-paragraph contingency "
        "of 'further worries' answered by a review; and no legal planning anywhere."
    ),
    "blocks": [
        ("title", "Core Group Plan"),
        ("p", "Agreed at the first core group meeting on 30/01/2026 at Hobthwaite Family Hub, after the initial "
              "child protection conference on 20/01/2026. Category: neglect (both children)."),
        ("kv", [
            ("Children", "Lacey-Mae Dunmore, born 14/07/2022 (3); Archie Kerr, born 20/03/2025 (10 months)"),
            ("Mum", "Jade Dunmore (26), 6 Cowley Walk, Hobthwaite HT3 8RB, where the children live"),
            ("Archie's dad", "Ryan Kerr (29), living with his mother at 40 Dale Street, Hobthwaite"),
            ("Lacey-Mae's dad", "Dean Pratt; no contact since 2023"),
            ("Social worker", "Sophie Quayle, Hobthwaite Children's Social Care, Safeguarding Team 3"),
            ("Health visitor", "Nadia Hussain, Hobthwaite 0-19 Service"),
            ("Drug and Alcohol Team", "Lou Baines, recovery worker"),
            ("Family support", "Toni Webb, family support worker, Hobthwaite Family Hub"),
        ]),
        ("h1", "Why the children have a plan"),
        ("p", "On 29/11/2025 a neighbour called the police after hearing screaming from the flat. Officers "
              "found that Ryan had pushed Jade into a door while she was holding Archie; Archie was not hurt. "
              "The flat smelled strongly of cannabis, there was no food in the fridge, and both children were "
              "in dirty nappies. Jade told the police she smokes cannabis every day \"to stay calm\". Archie's "
              "weight has dropped from the 50th to between the 9th and 25th centile since the summer, and he "
              "missed his 16-week immunisations. Lacey-Mae has four decayed front teeth. The children's bedroom "
              "has black mould on one wall."),
        ("h1", "What was asked for and not agreed"),
        ("p", "Ryan asked to have the children at his mother's house on Sundays. This was not agreed, because "
              "he has not yet started any work on what happened on 29/11/2025; it can be looked at again at the "
              "review conference. Jade asked whether she could stop the urine tests if she stopped smoking; the "
              "core group said the tests would carry on until the review. A place at a residential family centre "
              "was mentioned at the conference but nobody thought it was needed now. Archie may need to see a "
              "dietitian if his weight does not pick up."),
        ("h1", "What is going well"),
        ("bullets", [
            "Jade has let Sophie and Nadia into the flat at every visit since the conference.",
            "Jade has kept Ryan away from the flat since 29/11/2025.",
            "Jade went to her first appointment at the Drug and Alcohol Team on 22/01/2026.",
            "Lacey-Mae is a bright, chatty girl who knows her colours and sings nursery rhymes.",
        ]),
        ("h1", "What Lacey-Mae says, and Archie's day"),
        ("p", "Lacey-Mae (with Sophie at the flat, 26/01/2026): \"Mummy's smoke is stinky.\" \"Ryan pushed mummy "
              "and Archie cried.\" \"I want to go to nursery like Tilly.\" She showed Sophie her bed and said it "
              "was \"wet and cold\"."),
        ("p", "Archie is ten months old and crawls everywhere. Nadia saw him on 27/01/2026: he pulls himself up "
              "on the sofa, babbles \"ba-ba\" and reaches for his sister. He often has a bottle propped on a "
              "cushion rather than being held. He goes to Jade for comfort and settles when she rocks him."),
        ("h1", "What we want for Lacey-Mae and Archie"),
        ("numbers", [
            "Lacey-Mae and Archie are fed, clean and warm, and live in a flat that is safe for a baby and a "
            "toddler.",
            "Archie grows steadily along his centile line, and both children have their health checks, "
            "immunisations and dental treatment.",
            "Jade stops using cannabis and keeps her appointments with the drug team.",
            "Lacey-Mae and Archie do not see or hear adults hurting each other.",
        ]),
        ("h1", "The plan"),
        ("h2", "Part A: What must not happen"),
        ("pi", "A1. Ryan will not come to 6 Cowley Walk, and will only see Archie and Lacey-Mae at Hobthwaite "
               "Family Centre on Saturdays from 10am to 12 noon, supervised by family centre staff, until the "
               "review conference on 21/04/2026; the contact worker's notes will be sent to Sophie after every "
               "contact."),
        ("pi", "A2. Jade must not smoke cannabis in the flat, or at any time when she is the only adult with the "
               "children, until the review conference on 21/04/2026; her fortnightly urine screens at the Drug "
               "and Alcohol Team will show whether she has used."),
        ("pi", "A3. Jade is not to let anyone stay overnight at the flat without telling Sophie first, until the "
               "review conference on 21/04/2026; Sophie will check who is there at every unannounced visit and "
               "record it."),
        ("h2", "Part B: Regular visits and sessions"),
        ("pi", "B1. Sophie will visit every week until the review conference, one visit in three unannounced, "
               "seeing both children, their beds and the food in the flat, and will write up each visit within "
               "48 hours."),
        ("pi", "B2. Nadia will weigh Archie at home every fortnight from 03/02/2026, plot his weight in his red "
               "book and e-mail it to Sophie the same day."),
        ("pi", "B3. Lou Baines, Jade's recovery worker at the Hobthwaite Drug and Alcohol Team, will see Jade for "
               "key work every Thursday from 05/02/2026, test her urine every fortnight and send the results to "
               "Sophie, and will write a progress report by 10/04/2026."),
        ("pi", "B4. Toni Webb will help Jade to set up a routine for getting both children washed and into bed, "
               "and a simple meal plan; the routine chart and the meal plan will be on the kitchen wall for "
               "Sophie to see."),
        ("pi", "B5. It is hoped that a nursery place can be found for Lacey-Mae at Little Acorns for three "
               "mornings a week from the February half term, and her register will be sent to Sophie monthly."),
        ("pi", "B6. Ryan will try to get a place on the Choices programme for men who have been abusive to a "
               "partner as soon as possible, and the programme will tell Sophie when he starts."),
        ("pi", "B7. Jade will take Archie to Cowley Health Centre for his missed 16-week immunisations on "
               "17/02/2026 (booked), and the practice nurse will record them in his red book."),
        ("h2", "Part C: What will happen if ..."),
        ("pi", "C1. If Archie's weight falls below the 9th centile line at any weigh-in, Nadia will refer him to "
               "Dr Ellis, community paediatrician, within 5 working days and tell Sophie the same day; the "
               "referral letter will be copied to Sophie."),
        ("pi", "C2. Should Jade miss a key work appointment, Lou will ring Sophie the same day and offer Jade "
               "another appointment within the week; the call will be logged on the drug team's record."),
        ("pi", "C3. If a urine screen is positive for cannabis, Sophie will make an unannounced visit within 24 "
               "hours to see the children."),
        ("h2", "Part D: One-off pieces of work"),
        ("pi", "D1. Sophie will complete a parenting assessment of Jade by 31/03/2026 and share the written "
               "report with Jade and the core group by 07/04/2026."),
        ("pi", "D2. Sophie will refer Jade to the Hobthwaite IDVA service by 06/02/2026, and the IDVA's first "
               "contact with Jade will be confirmed to Sophie in writing."),
        ("pi", "D3. Nadia will do a home safety check with Jade (stair gate, fireguard, where Archie sleeps) by "
               "24/02/2026, and send a copy of the checklist to Sophie."),
        ("pi", "D4. Sophie will write to Hobthwaite Homes about the mould in the children's bedroom by "
               "13/02/2026, and put their reply on file."),
        ("pi", "D5. Jade will take Lacey-Mae to Dale Street Dental Practice for her decayed teeth on 10/02/2026 "
               "(booked), and give Sophie a copy of the dentist's treatment plan."),
        ("h1", "If things go wrong"),
        ("p", "If things do not get better for Lacey-Mae and Archie, or there are further worries about Jade's "
              "cannabis use or about Ryan, the core group will meet to review the plan and consider what needs "
              "to happen next."),
        ("h1", "Meetings"),
        ("p", "Core group every four weeks at Hobthwaite Family Hub at 10am: 27/02/2026 and 27/03/2026. Review "
              "child protection conference: 21/04/2026 at 2pm, Hobthwaite Town Hall."),
        ("p", "Plan typed by Sophie Quayle and sent to Jade, Ryan and every agency on 02/02/2026."),
    ],
    "findings": [
        F("T001", "Toni Webb will help Jade to set up a routine"),
        F("W001", "It is hoped that a nursery place can be found for Lacey-Mae"),
        F("T002", "Ryan will try to get a place on the Choices programme"),
        F("M001", "If a urine screen is positive for cannabis, Sophie will make"),
        F("F002", "Jade stops using cannabis and keeps her appointments with the drug team."),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Pre-birth plan in markdown: bullets under three stage headings, written
#    with "must", "is to", "needs to", "has agreed that he will not",
#    "should" and "unless"; the contingency one paragraph. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b187_hawkrigg_prebirth_stage_bullets_will_not_should_unless_lowther.md",
    "split": "heldout",
    "actions": 22,
    "template": "prebirth-icpc-plan-md-bold-details-lines-why-baby-needs-a-plan-what-we-thought-about-and-did-not-choose-questions-amber-and-kyle-asked-going-well-babys-world-outcomes-then-plan-bullets-under-three-stage-headings-before-birth-on-the-ward-at-home-with-must-is-to-needs-to-will-not-should-unless-then-contingency-as-one-paragraph-meetings",
    "description": (
        "Exemplary pre-birth plan for the unborn baby of a 19-year-old care leaver with anxiety and "
        "trauma symptoms (under the perinatal mental health team) and a father who has hurt a "
        "previous partner. The plan is bullets under three stage headings (before the birth, on "
        "the ward, at home), each bullet holding its owner, time and check, written with 'must', "
        "'is to', 'needs to', 'has agreed that he will not', 'should baby miss ...' and 'unless "
        "everything is in place, baby will stay on the ward'. A residential assessment considered "
        "and not chosen, the parents' questions and the baby's world stand in their own sections. "
        "The contingency is one paragraph with specific triggers, legal planning and a fallback if "
        "the former foster carer cannot stay; the psychologist reports on capacity to change."
    ),
    "text": """\
# Hawkrigg District Council - Children's Services

## Pre-birth child protection plan: Baby Lowther-Marsh

Made at the pre-birth initial child protection conference on 03/02/2026 (28+0 weeks), chaired by
Graham Telford. Category: physical abuse (unborn baby).

**Baby:** unborn, due 28/04/2026. 32 weeks is 03/03/2026, 34 weeks is 17/03/2026 and 36 weeks is
31/03/2026.
**Mum:** Amber Lowther (19), Flat 3, 17 Rowan Street, Hawkrigg HK5 1PD. Care leaver; her personal
adviser is Priya Shah (Hawkrigg Leaving Care Team).
**Dad:** Kyle Marsh (23), lives with his father at 9 Fell View, Hawkrigg.
**Jean:** Jean Pollard (58), Amber's foster carer from age 12 to 18, 4 Orchard Way, Hawkrigg.
**Social worker:** Tom Benn, Hawkrigg Children's Services, Early Help and Safeguarding Team
(team manager: Claire Dunn).
**Midwives:** Nicola Grant (community midwife); Hazel Quinn (specialist safeguarding midwife),
Hawkrigg General Hospital.
**Health visitor:** Lucy Fenn, Hawkrigg 0-19 Service.
**Perinatal mental health team:** Dr Farah Siddiqui, clinical psychologist.

### Why baby needs a plan before the birth

Kyle has a son, Mason (3), who lives with his mother. Mason was on a child protection plan in 2023
after Kyle assaulted Mason's mother while she was holding him; Kyle was convicted and did an
unpaid work order but no programme. On 10/12/2025 Amber told Nicola that during an argument Kyle
punched the kitchen wall and broke her phone. The police were not called. Amber was in foster care
from the age of 12 after abuse at home. She has anxiety, flashbacks and nightmares, and she last
cut herself in 2024. Nicola referred her to the perinatal mental health team at booking.

### What we thought about and did not choose

A residential parent and baby assessment could have been considered, but Kyle does not live with
Amber, Amber has Jean and Priya close by, and the conference thought the assessment could be done
properly at home first. A mother and baby foster placement was also talked about; Amber said she
would rather stay in her own flat with Jean's help, and the conference agreed to that for now.
Kyle moving in with Amber before the birth was not agreed.

### Questions Amber and Kyle asked

Amber asked whether baby will be taken from her at birth. The chair said that no plan has been made
to do that, and that the plan below is there so that baby can go home with her safely. Kyle asked
whether he could be at the birth. Yes: he can be Amber's second birth partner, with Jean. Kyle
asked whether the programme will "go on his record". Tom said he would find out and tell him.

### What is going well

- Amber has been to every antenatal appointment since booking at 9 weeks.
- Amber is honest with Nicola and Tom about her mood and about Kyle.
- Jean has offered to stay with Amber for the first two weeks after baby comes home.
- Kyle came to the conference, said he was ashamed of what he did in 2023, and agreed to be
  assessed for a programme.

### Baby's world

Baby cannot tell us yet, so this is what we know. Baby is growing well on the 40th centile of the
GROW chart and moves a lot in the evenings; Amber puts Kyle's hand on her bump to feel the kicks.
Baby will come home to a one-bedroom flat on the first floor. Baby will need feeding every two to
three hours, day and night, a safe place to sleep on their back, and adults who stay calm, do not
shout and never hurt each other.

### What we want for baby

1. Baby is born safely and goes home only when the discharge planning meeting has agreed who will
   care for baby and how.
2. Baby is fed when hungry, gains weight and follows their centile line in the red book.
3. Baby sleeps safely on their back in their own Moses basket, in a calm flat.
4. Baby is never near shouting, pushing or hitting between the adults who care for them.

## The plan

Each bullet says who will do what, when, and how we will know.

### Before baby is born (from now until 36 weeks, 31/03/2026)

- Hazel Quinn, specialist safeguarding midwife, will put the safeguarding birth plan on BadgerNet
  by 32 weeks (03/03/2026), so that the labour ward and Heron Ward know that Tom must be told of the
  birth and that baby is not to go home before the discharge planning meeting; a copy will be on
  Tom's file by 03/03/2026.
- Nicola will see Amber every two weeks until 36 weeks and then every week until the birth,
  plotting baby's growth on the GROW chart; should Amber miss an appointment, Nicola will ring Tom
  the same day and offer her another within 3 days.
- Dr Siddiqui (perinatal mental health team) will see Amber every two weeks from 10/02/2026 for
  her anxiety and the trauma she lived through as a child, and will write a report by 36 weeks
  (31/03/2026) on how Amber's mental health is likely to affect her care of baby, whether she can
  make the changes needed, and how long that is likely to take; Tom will share it with the core
  group on 14/04/2026.
- Kyle is to go to the assessment for the Turning Point programme (for men who have hurt a
  partner) on 17/02/2026 and, if he is offered a place, to every Tuesday evening session after
  that; the programme will send Tom the assessment outcome by 24/02/2026 and the register at the
  end of each month.
- Kyle has agreed that he will not stay overnight at Amber's flat until the pre-birth assessment
  is finished on 20/03/2026; Tom will ask Amber about this on her own at every visit and write
  down her answer.
- Tom will do the pre-birth parenting assessment with Amber and Kyle in weekly sessions from
  10/02/2026, and will share the written report, with his recommendation for the birth and
  discharge, with Amber, Kyle and the core group by 20/03/2026.
- Tom will also see Amber on her own at the flat at least once a fortnight until the birth, and
  will record what she says about Kyle and about her mood within 48 hours of each visit.
- Priya will go with Amber to buy a Moses basket, a cot mattress and a car seat with her
  setting-up-home grant by 06/03/2026; Tom will see them at the flat at his next visit and
  record it.
- Lucy will make an antenatal home visit by 34 weeks (17/03/2026) to talk through safe sleep and
  ICON (coping with a crying baby), and will send Tom her antenatal contact record within a week.
- Jean needs to meet Tom before 36 weeks to go through the safety plan, including what she will
  do if she is worried about Amber or Kyle, and to sign it; the signed copy will be on Tom's file
  by 31/03/2026.

### On the ward (from the birth until discharge)

- The midwife in charge of the labour ward must ring Tom (or the Emergency Duty Team out of
  hours) within 2 hours of baby's birth; the call will be written in the maternity notes and on
  Tom's case file or the EDT log.
- Heron Ward midwives will write down how Amber and Kyle feed, change, hold and settle baby on
  every shift until discharge, and will copy the parenting observation sheet to Tom before
  discharge.
- Kyle will not visit Heron Ward outside visiting hours (2pm to 8pm) and will not take baby off
  the ward, from the birth until discharge; the midwife in charge will check the ward visitors'
  book every shift and ring Tom if either happens.
- Hazel will chair the discharge planning meeting on the ward before baby goes home, with Amber,
  Kyle, Jean, Tom, Nicola and Lucy, and will send the written discharge plan to the core group
  within 1 working day.
- Tom will visit the flat before discharge to check the Moses basket, the smoke alarm and the
  heating; unless everything is in place, baby will stay on the ward until it is, and Tom will
  record the check on the discharge plan.

### At home (from discharge until baby is eight weeks old)

- Jean will stay at the flat for the first 14 nights after discharge and do one night feed so
  that Amber gets four hours' sleep; she will sign the night feed chart each morning, and Nicola
  and Tom will read it at every visit.
- Nicola will visit on day 1, day 5 and day 10 after discharge, do the newborn blood spot test on
  day 5 and weigh baby on days 5 and 10; weights will go in the red book and her visit notes to Tom
  the same day.
- Lucy will do the new birth visit at 10-14 days and then visit every week until baby is eight
  weeks old, weighing baby and seeing where baby sleeps; each weight goes on the red book centile
  chart, and safe sleep is recorded at every visit.
- Should baby miss a weigh-in or a health appointment, Lucy will visit at home within 24 hours,
  weigh baby, record the weight in the red book and tell Tom the same day.
- Tom will visit twice a week for the first four weeks after discharge and then every week until
  the review conference on 12/05/2026, one visit in three unannounced, seeing baby awake and
  recording where baby slept and who was in the flat.
- Dr Siddiqui will see Amber at home within two weeks of the birth and every two weeks after
  that, and will write to Tom after each visit on Amber's mood, how she is responding to baby, and
  whether in her view Amber is able to keep up the changes her 36-week report described.
- Kyle has agreed that until the review conference on 12/05/2026 he will only be at the flat
  between 10am and 8pm and will never be alone with baby; Tom will ask Amber and Jean about this at
  every visit and write down their answers.

### If things go wrong

If there is any shouting, pushing or damage at the flat, or Kyle stays overnight before
20/03/2026, Amber will ring 999 if she or baby is in danger and will tell Tom the same day; Tom
will hold a strategy discussion with the police and health that day and ask Claire Dunn for a
legal planning meeting within five working days, and if baby has been born, baby will stay on the
ward (or with Amber at Jean's house, 4 Orchard Way) until the strategy discussion has decided who
will care for baby. If the pre-birth assessment or Dr Siddiqui's report says baby could not be
cared for safely by Amber, Tom will ask for a legal planning meeting before 36 weeks to decide
whether to start pre-proceedings under the Public Law Outline. If Amber's mood drops sharply or
she harms herself, whoever knows will ring the perinatal team (or the crisis team out of hours)
and Tom that day, and Jean will stay with Amber and baby. If Jean cannot stay the first 14 nights,
or has to stop, she or Amber will ring Tom that day: before discharge, baby will stay on the ward
until a reconvened discharge planning meeting has agreed another adult; after discharge, Lucy or
Nicola will visit every day, and Priya will arrange a room for Amber and baby at the Birchwood
supported lodgings scheme until the core group agrees another helper.

### Meetings

- Core group at Hawkrigg Family Hub at 2pm: 17/02/2026, 17/03/2026 and 14/04/2026, then within 10
  working days of baby's birth.
- Review child protection conference: 12/05/2026 at 10am, Hawkrigg Council Offices.

Plan sent to Amber, Kyle, Jean and every agency on 05/02/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. ICPC plan in markdown for a 14-year-old going missing and his sister:
#    one table with an "Only if / unless" column beside What / Lead / When /
#    How we'll know; contingency as if/then lines. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b187_hulberrow_icpc_only_if_unless_column_table_brennan.md",
    "split": "heldout",
    "actions": 15,
    "template": "icpc-plan-md-details-table-why-what-else-was-talked-about-and-asked-going-well-what-kai-and-mia-say-outcomes-then-one-action-table-ref-what-will-happen-only-if-or-unless-condition-column-lead-when-how-well-know-then-if-then-contingency-lines-meetings",
    "description": (
        "Initial conference plan for a 14-year-old who goes missing and is thought to be running "
        "drugs for an older man, and his 8-year-old sister, whose mother has depression and has "
        "left the younger child alone at night to look for him. The plan is one table whose own "
        "'Only if / unless' column holds the condition for each row ('Only if Kai has been "
        "missing', 'Only if Kai is not home 30 minutes after his curfew', 'Unless Reece has already "
        "been charged'), beside prohibitions and firm work; options and questions stand in their own "
        "section, and the contingency is if/then lines with a fallback and legal planning. Faults: "
        "'Family' making sure the girl is never left alone; the youth worker's sessions measured by "
        "'Kai's engagement'; direct work with the girl with '-' for how we'll know; 'It is hoped "
        "that Kai will see the school counsellor' 'When Kai feels ready'; the mother's depression "
        "with no adult service owning any action; and the review conference date to be confirmed."
    ),
    "text": """\
# Hulberrow Borough Council - Children's Social Care

## Child protection plan: Kai and Mia Brennan

Initial child protection conference, 14/01/2026, Hulberrow Civic Centre. Chair: Nasreen Akhtar.

| | |
|---|---|
| **Kai Brennan** | born 09/05/2011 (14), Year 9, Hulberrow Academy |
| **Mia Brennan** | born 17/10/2017 (8), Year 3, St Luke's Primary School |
| **Mum** | Donna Brennan (39), 27 Tanyard Road, Hulberrow HU7 4JS, where both children live |
| **Dad** | Paul Brennan, lives in Glasgow; phones the children most Sundays |
| **Aunt** | Lisa Keane (Donna's sister), 3 Brook Lane, Hulberrow |
| **Category** | Neglect (both children) |
| **Social worker** | Anna Price, Hulberrow Adolescent and Family Team (team manager: Mark Dale) |
| **Police** | DC Amy Lister, Hulberrow Police Child Exploitation Team |

### Why Kai and Mia have a plan

Kai has been reported missing nine times since September 2025, usually overnight. Twice he was
found at the Marlowe Court flats, once with £300 and two phones, and police believe he is carrying
drugs for Reece Hall (19). Police referred Kai to the National Referral Mechanism on 08/01/2026.
Donna has depression and takes sertraline prescribed by her GP; on bad days she stays in bed and
Mia gets herself to school. On 02/01/2026 Donna went out at 11pm to look for Kai and left Mia asleep
in the house on her own until 2am. Mia woke up, could not find anyone, and rang her aunt.

### What else was talked about, and what the family asked

Kai living with his aunt for a while was talked about, but Kai said he would run away from there
and Lisa works nights, so it was not chosen. Donna asked whether Kai could move to a different
school away from Reece's friends; the Academy said a managed move might be possible later in the
year. Kai asked whether the police would "come after him" for the money. DC Lister said Kai is
treated as a victim of exploitation. Kai may be asked to give a statement about Reece later; that
is his choice.

### What is going well

- Donna has reported Kai missing every time, and she answers the police and Anna straight away.
- Kai came home by himself on the last two occasions, and he talked to Anna on 09/01/2026.
- Mia is doing well at school and has a best friend, Amira.
- Lisa has Mia for tea on Thursdays and would like to help more.

### What Kai and Mia say

**Kai** (seen on his own by Anna, 09/01/2026): "I'm not in a gang, I just do stuff for people and
they pay me." "Mum worries too much." "I don't want Mia to be scared." He said he would like to do
boxing again.

**Mia** (seen on her own by Anna at school, 12/01/2026): "I don't like it when Kai's not home and
Mummy's crying." "When I woke up nobody was there and I rang Auntie Lisa." She drew her house with
a big moon and herself in the window.

### What we want for Kai and Mia

1. Kai stops going missing, is safe from Reece Hall and the people he works for, and is home every
   night.
2. Kai goes to school every day and has things to do that he enjoys, like boxing.
3. Mia is never left alone at home, day or night.
4. Kai and Mia both have an adult they trust to talk to about their worries.

### The plan

The "Only if / unless" column says when a row applies. A "-" there means the row always applies.

| Ref | What will happen | Only if / unless | Lead | When | How we'll know |
|---|---|---|---|---|---|
| 1 | Home visits: see Kai and Mia, each on their own, and talk with Donna about the week | - | Social worker (Anna Price) | Every week until the review conference | Visit record within 48 hours, with each child's own words |
| 2 | Return home interview with Kai | Only if Kai has been missing | Hulberrow Missing from Home Team (Ben Cole) | Within 72 hours of every return | Interview record sent to Anna and to DC Lister |
| 3 | Kai will be home by 9.30pm on school nights and by 10.30pm at weekends | Unless Donna has agreed a later time for a named event, such as a boxing match | Kai | Every night until the review conference | Donna writes the time he gets in on the curfew sheet; Anna reads it at each visit |
| 4 | Report Kai missing to the police on 101 (999 if she thinks he is in danger), and tell Anna | Only if Kai is not home 30 minutes after his curfew and is not answering his phone | Donna | Within 30 minutes of his curfew | Police reference number given to Anna the next morning |
| 5 | Kai will not go to the Marlowe Court flats, and will not get into a car with Reece Hall or anyone who works for him | - | Kai | From 14/01/2026 until the review conference | Police tell Anna within 24 hours if Kai is seen at Marlowe Court or with Reece |
| 6 | Make sure Mia is never left alone in the house | Only if Kai is missing and Donna goes out to look for him | Family | Every time Kai goes missing | Mia asked on her own at every visit whether she has been left |
| 7 | Serve a Child Abduction Warning Notice on Reece Hall | Unless Reece has already been charged | DC Amy Lister, Child Exploitation Team | By 06/02/2026 | Copy of the notice on Anna's file |
| 8 | Ring Donna, and then Anna, to find out where Kai is | Only if Kai is not in school by 9am | Mrs Joy Adams, attendance officer, Hulberrow Academy | By 9.30am that day | Calls logged on the Academy's attendance system; Kai's attendance e-mailed to Anna every Friday |
| 9 | Weekly sessions with Kai about exploitation, staying safe and what he wants to do next | - | Jade Okafor, youth worker, Hulberrow Youth Service | Every Tuesday after school from 20/01/2026 | Kai's engagement with the sessions |
| 10 | Direct work with Mia about home and about Kai going missing | - | Social worker (Anna Price) | Fortnightly, four sessions from 22/01/2026 | - |
| 11 | It is hoped that Kai will see the school counsellor | Only if Kai agrees | Kai | When Kai feels ready | Session dates shared with Anna, with Kai's consent |
| 12 | Eight weekly sessions with Donna on spotting exploitation and keeping Kai safe | - | Sian Reid, parent worker, Hulberrow Youth Service | Weekly from 27/01/2026 | Donna's written safety plan for Kai, copy to Anna by 24/03/2026 |
| 13 | Meet Mia at the classroom door and write down how she arrives and anything she says about home | - | Mrs Claire Taylor, Mia's class teacher, St Luke's Primary School | Every school day | Notes on CPOMS; a summary e-mailed to Anna every Friday |
| 14 | Share what is known about Kai, Reece and Marlowe Court at the exploitation panel (MACE) | - | Social worker (Anna Price) | Monthly, first on 12/02/2026 | MACE minutes and actions on Kai's file |
| 15 | Health check for Kai: sleep, weight, any injuries, and sexual health advice | - | Ruth Lomax, school nurse, Hulberrow 0-19 Service | By 27/02/2026 | Health check record shared with Anna |

### If things go wrong

- If Kai is missing for more than 24 hours, or comes back hurt or with money, drugs or a new phone:
  Anna holds a strategy discussion with the police the same day, and DC Lister decides with her
  whether to search Marlowe Court.
- If Kai is arrested or found with drugs: the police tell Anna within 24 hours, and Anna asks Mark
  Dale for a legal planning meeting within 5 working days to decide whether Kai needs to be looked
  after somewhere safer.
- If Kai goes missing three or more times before the review conference: Anna asks for a legal
  planning meeting within 5 working days.
- If Mia is found alone in the house: Anna visits the same day and Mia stays with Lisa at 3 Brook
  Lane until a strategy discussion has decided what happens next.
- If Lisa or another family member cannot be with Mia when Kai is missing: Donna does not go out to
  look for Kai. She rings the police and stays at home with Mia.

### Meetings

- Core group every four weeks at Hulberrow Academy, Wednesdays at 3.30pm: 28/01/2026, 25/02/2026
  and 25/03/2026.
- Review child protection conference: date to be confirmed by the Conference and Review Service.

Plan sent to Donna, Kai, Lisa and every agency on 16/01/2026.
""",
    "findings": [
        F("W002", "Make sure Mia is never left alone in the house"),
        F("M002", "Weekly sessions with Kai about exploitation, staying safe and what"),
        F("M001", "Direct work with Mia about home and about Kai going"),
        F("T002", "It is hoped that Kai will see the school counsellor"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. First core group minutes as plain text: numbered sections, a key of
#    initials, things discussed and not agreed, the mother's questions, then
#    "Agreed actions" 8.1 to 8.16 and IF / THEN lines. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b187_harrowick_core_group_minutes_not_agreed_then_agreed_lister.txt",
    "split": "heldout",
    "actions": 16,
    "template": "first-core-group-minutes-txt-caps-numbered-sections-present-key-of-initials-why-updates-in-reported-speech-what-finley-says-and-how-isla-is-outcomes-things-discussed-and-not-agreed-questions-gemma-asked-then-agreed-actions-8-1-to-8-16-one-sentence-each-agreed-that-will-not-if-may-be-then-if-then-lines-next-meetings",
    "description": (
        "Minutes of the first core group for a 10-year-old and a 2-year-old whose mother has "
        "emotionally unstable personality disorder and took an overdose that the 10-year-old found. "
        "Plain text with numbered sections: a key of initials, background and updates in the past "
        "tense, the children's words, outcomes, 'things discussed and not agreed' and the mother's "
        "questions (none of them actions), then agreed actions 8.1 to 8.16, one sentence each, "
        "including agreements not to act ('Gemma agreed that Finley will not be asked to look after "
        "Isla ...'), conditional work ('If Finley is not collected ...') and a hedge ('Isla may be "
        "referred ...'), then IF / THEN lines. Faults: the care coordinator's DBT sessions only "
        "treating the mother; 'All professionals' sharing worries; the nursery to 'monitor' Isla's "
        "speech; a Family Hub referral with no time; 'Isla may be referred' with no one named; and "
        "the next core group 'to be arranged'."
    ),
    "text": """\
HARROWICK COUNCIL - CHILDREN'S SERVICES
FIRST CORE GROUP MEETING: MINUTES AND PLAN
==========================================

Children:   Finley Lister, born 30/04/2015 (10), Year 6, Harrowick Junior School
            Isla Lister, born 06/11/2023 (2), Little Steps Nursery (Mon, Wed, Fri mornings)
Address:    11 Ashdown Road, Harrowick HW1 9QT
Meeting:    27/01/2026, 10am, Harrowick Family Hub
Conference: initial child protection conference on 15/01/2026. Category: neglect.

1. PRESENT AND KEY TO INITIALS
------------------------------
GL  Gemma Lister, mum
SL  Stuart Lister, dad (lives at 48 Mill Lane, Harrowick)
SN  Steph Nolan, social worker, Harrowick Children's Services (chair and minutes)
RF  Rob Finch, care coordinator, Harrowick Community Mental Health Team (CMHT)
SB  Sally Brook, health visitor, Harrowick 0-19 Service
JH  Jon Haig, deputy head and DSL, Harrowick Junior School
AN  Amy Noon, Isla's key worker, Little Steps Nursery
TC  Tara Cole, Harrowick Young Carers
Apologies: Dr Kapoor (consultant psychiatrist, CMHT), who sent a note.

2. WHY FINLEY AND ISLA HAVE A PLAN
----------------------------------
Gemma has emotionally unstable personality disorder and has self-harmed since she was a teenager.
On 21/12/2025 she took an overdose of her tablets in the evening. Finley found her on the bathroom
floor and rang 999 while Isla was asleep. The police were not called; the ambulance crew made a
safeguarding referral. Gemma was in hospital for two days. Finley told his teacher he "has to
watch Mum" and often gives Isla her tea and puts her to bed. Gemma and Stuart separated in 2024.

3. UPDATES SINCE THE CONFERENCE
-------------------------------
3.1 GL said she has felt "calmer" since coming home and has been to two DBT sessions with RF.
3.2 RF said Gemma had started the DBT skills group and was using her distress tolerance skills.
3.3 SB said Isla is saying about ten words and is behind with her speech. She was last weighed
    on 20/01/2026 and is on the 50th centile.
3.4 JH said Finley's attendance is 98% but he is tired and quiet, and has fallen asleep in class
    twice.
3.5 SL said he has had the children every other weekend since Christmas and would like more time.

4. WHAT FINLEY SAYS, AND HOW ISLA IS
------------------------------------
Finley (seen on his own by SN at school, 22/01/2026): "I don't want to find Mum like that again."
"I'm the man of the house when Dad's not there." "I'd like to go to the football club after
school but I have to get Isla." He scored how safe he feels at home as 5 out of 10.
Isla: AN says Isla is a happy little girl at nursery who loves the water tray. She points and
babbles rather than using words, and she clings to Finley at pick-up time.

5. WHAT WE WANT FOR FINLEY AND ISLA
-----------------------------------
a) Finley and Isla are cared for by an adult who is safe and well enough to look after them.
b) Finley can be a 10-year-old: he is not in charge of Isla, and he goes to football.
c) Isla's speech catches up, and she has her health checks on time.
d) Finley and Isla know who to go to, and what will happen, if Mum becomes unwell.

6. THINGS DISCUSSED AND NOT AGREED
----------------------------------
- Finley and Isla going to live with SL was talked about. SL works shifts at the depot and could
  not get them to school and nursery, so this was not agreed.
- A mother and child residential placement was not thought necessary.
- SL asked for the children every weekend. This was not agreed for now and will be looked at
  again at the review conference.

7. QUESTIONS GEMMA ASKED
------------------------
- Would she lose the children if she took another overdose? SN said the plan is there to keep
  the children safe at home, and that section 9 says what would happen.
- Could Finley stop going to young carers if he did not like it? TC said he can choose.

8. AGREED ACTIONS
-----------------
8.1  SN will visit every week until the review conference on 14/04/2026, seeing Finley on his own
     and Isla with her mum, and will record what Finley says in his own words on the case file
     within 2 working days.
8.2  Gemma agreed that from tonight (27/01/2026) she will keep all her tablets in the locked box in
     her bedroom and nowhere else in the house; SN will check the box at every visit and record it.
8.3  Gemma agreed that Finley will not be asked to look after Isla on his own, at any time and
     even for a few minutes, until the review conference on 14/04/2026; SN will ask Finley about
     this on his own at every visit and record his answer.
8.4  RF will continue weekly DBT skills sessions with Gemma at the CMHT and send SN her attendance
     each month.
8.5  Dr Kapoor will review Gemma on 24/02/2026 and write to SN by 10/03/2026 on her risk, her
     treatment, and whether she is able to make and keep the changes Finley and Isla need, and
     over what timescale.
8.6  Dr Osei (GP, Ashdown Surgery) will move Gemma to weekly prescriptions of no more than seven
     days' tablets by 06/02/2026, and confirm this to SN in writing.
8.7  If Finley is not collected from the after-school club by 6pm, Mrs Dodd (club leader) will
     ring SN, or the Emergency Duty Team after 5pm, by 6.15pm and keep Finley at the club until
     an adult on his collection list arrives; the call will be written in the club's log.
8.8  All professionals will share any worry about Finley or Isla with SN on the same day, and SN
     will log each one on the case file.
8.9  Little Steps Nursery (AN) will monitor Isla's speech and play at every session she attends.
8.10 SN will refer the family to the Harrowick Family Hub for family support sessions, and the
     Hub's acceptance letter will go on the file.
8.11 Isla may be referred to speech and language therapy by 27/02/2026, and the referral letter
     will be copied to SN.
8.12 SB will do Isla's two-year review at home on 19/02/2026 and send SN the ASQ-3 scores within a
     week.
8.13 JH will see Finley every Monday at 9am for a check-in and send SN the check-in log every
     Friday.
8.14 Finley is to be assessed by TC (Harrowick Young Carers) by 13/03/2026; the assessment will be
     written with Finley and a copy sent to SN.
8.15 SN will complete a parenting assessment with Gemma by 27/03/2026 and share the written report
     with Gemma and the core group by 03/04/2026.
8.16 SL agreed that he will have Finley and Isla every other weekend, from Friday at 6pm to Sunday
     at 5pm, starting on 30/01/2026, and will text SN on the Sunday evening to say they are home.

9. IF THINGS GO WRONG
---------------------
IF Gemma takes an overdose or harms herself, or says she is planning to:
   THEN whoever knows rings 999 (or the crisis team on the CMHT duty line), Finley and Isla go to
   SL at 48 Mill Lane, and SN holds a strategy discussion with the police and health that day.
   IF SL cannot have them, SN arranges a foster placement for both children together that day.
IF Finley is found looking after Isla on his own:
   THEN SN visits the same day and asks Gail Hunt (team manager) for a legal planning meeting
   within 5 working days.
IF tablets are found outside the locked box:
   THEN SN removes them with Gemma that day and tells RF and Dr Osei the same day.
IF Dr Kapoor's letter or the parenting assessment says Gemma cannot keep the children safe:
   THEN SN asks for a legal planning meeting before the review conference, to decide whether to
   start the Public Law Outline.

10. NEXT MEETINGS
-----------------
Next core group: to be arranged.
Review child protection conference: 14/04/2026 at 10am, Harrowick Town Hall.

Minutes and plan sent to GL, SL and everyone present on 29/01/2026.
""",
    "findings": [
        F("H001", "RF will continue weekly DBT skills sessions with Gemma"),
        F("W002", "All professionals will share any worry about Finley or Isla"),
        F("M002", "will monitor Isla's speech and play at every session she attends"),
        F("T001", "SN will refer the family to the Harrowick Family Hub"),
        F("W001", "Isla may be referred to speech and language therapy"),
        F("R001"),
    ],
})
