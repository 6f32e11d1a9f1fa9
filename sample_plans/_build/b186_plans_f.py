"""Batch 186, module f: seven fictional plans (tuning material), places beginning with "f".

Split: tune (every plan).

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Any likeness to real people
or cases is a coincidence. Labels were written by hand from docs/rules.md and
the labelling conventions in sample_plans/README.md (1 to 13), without
running, importing or reading planlint.

Focus: conditions, refusals and hypotheticals, the grammar of safety in real
plans. Each plan is in a template of its own, and much of its work is said
as prohibitions and agreements not to act ("I will not come to 12 Heron Walk
...", "Kirsty will not leave Lacey in Mason's care ...", "Dean must not
smoke cannabis in the flat ... until the review conference", "Josh will not
stay at the flat on any night after an argument ...", "Jamal has agreed not
to go to Kestrel Bay ..."), as conditional work inside the plan, with its
time tied to the trigger ("If Kyle arrives late, blows above zero ..., end
or cancel the session and ring Ruth ... the same day", "If Ellie-May's
weight falls below the 25th centile line, Bev will book her in ... within 5
working days", "If Hayley rings her ..., Julie will come within 30 minutes",
"If there is a police call-out ..., SM is to visit the children within 24
hours", a trigger column "When this happens", branches headed "Route A: if
..." and "Route B: unless ...", a band "If this happens"), and as firm work
written with "must", "is to", "needs to" and "has agreed to". Beside them
the plans hold sentences that are not work: background and past events
("police were not called on 29/12/2025 ..."), requests and questions the
family asked ("Kyle asked ... whether he could take Zion to his mother's
house"), options considered and not chosen ("a residential parent and baby
assessment could have been considered, but ..."), and possibilities ("Lacey
may have glue ear", "Ellie-May may need a hearing test later in the year").
Hedges are work and are labelled as such ("Dean will try to cut down ...
over the next few weeks", "It is hoped that Sophie will register Jake with a
dentist by ...", "A referral to Home-Start may be made ..."): a hedge keeps
its named owner, and a hedged passive with no agent has none. Contingencies
are several if / then lines with concrete responses and fallbacks, or a
paragraph (2, 4), and one faulty plan's is vague (5).

1. b186_fairwold_icpc_signed_agreement_clauses_then_tasks_okafor.docx
   An initial conference plan for a 7-year-old and an 18-month-old after
   the younger child's father, drunk, pushed their mother into a door while
   she held the baby: each parent's written agreement as a table of
   first-person clauses under a heading naming whose it is ("I will not
   ...", "If Kyle comes to the door ..., I will ring 999 ..."), with Until
   and How it will be checked columns and signature lines, then the
   professionals' and the aunt's task table with a conditional row, then
   paragraphs of a request and an option not agreed. Exemplary.
2. b186_flitterby_rcpc_when_this_happens_trigger_column_pemberton.pdf
   A review conference plan for a 9-year-old and a 3-year-old (neglect; the
   mother's depression under the community mental health team, an overdose
   in November; the grandfather's help), landscape, page header and footer:
   an action table whose first column is the trigger, "Always" or "If ...",
   with a prohibition row, then what the conference did not choose and a
   possible glue ear (not work), and a contingency paragraph. Faults: the
   CPN's fortnightly visits only support the mother (H001); the speech and
   language referral "As soon as possible" (T002); the health visitor's
   check "Monitored at each visit" (M002); "All professionals" sharing
   worries (W002); an outcome about the mother only (F002); the contingency
   sends the children to the grandfather with nothing said if he cannot
   have them (C003).
3. b186_fosswick_icpc_questions_asked_then_numbered_must_try_may_thornley.md
   An initial conference plan for a 4-year-old and a 5-month-old (the
   father's daily cannabis use, the baby asleep on him on the sofa, the
   baby's weight falling): the questions the parents asked and the answers,
   then seventeen numbered sentences of "What will happen" in mixed grammar
   (must not, is to, needs to, has agreed to, if ... will, and hedges) with
   italic notes of background, a possibility and an option not chosen
   between them; if / then contingency lines. Faults: "Dean will try to cut
   down ... over the next few weeks" with nothing to show it (T002, M001);
   "It is hoped that Sophie will register Jake with a dentist by ..." with
   no check (M001); "A referral to Home-Start may be made ..." by no one,
   with no check (W001, M001); the grandmother to "keep an eye on" the
   children (M002); "Everyone working with the family" telling the social
   worker (W002); no legal planning anywhere (R002).
4. b186_fendleby_sos_network_rules_per_person_if_bullets_marchbank.md
   A Signs of Safety plan for a 6-year-old and a 2-year-old whose mother
   binge drinks: the network table, danger statement, three houses, safety
   goals, then what each person will do as bullets under a heading naming
   the person, with "will not" rules and "If ..., she will ..." bullets,
   notes of a question and an option not chosen, and the contingency as
   paragraphs; the alcohol service reports on change. Exemplary.
5. b186_frampleigh_core_group_record_noted_then_agreed_dash_lines_haslam.txt
   A second core group record for a 13-year-old and an 8-year-old whose
   father uses cocaine and has been violent to their mother: present list
   of initials, updates, the children's words, a "NOTED - NOT ACTIONS"
   block, then fourteen agreed actions as dash sentences (must not, is to,
   needs to, has agreed to, if ...) each closed by a (Lead / By / Check)
   bracket, then "IF THINGS GET WORSE" and a separate "ESCALATION" line.
   Faults: the Young Carers referral with "-" for its lead (W001); the
   mother's Freedom Programme "when Gemma feels ready" (T002); the school
   nurse's work with "-" for when (T001); the primary school's check-ins
   checked by "reviewed at next core group" (M002); the direct work with
   "-" for its check (M001); the father's cocaine use with only the father
   owning the drug service step (F004); a contingency of "further
   concerns" and "discuss ... and consider next steps" (C002).
6. b186_fulmerby_prebirth_route_a_if_route_b_unless_tables_tennant.docx
   A pre-birth plan for an unborn baby whose mother has an emotionally
   unstable personality disorder with self-harm, under the community mental
   health team and a perinatal psychiatrist who reports on capacity, and
   whose father punches walls in arguments: a table for now until 34 weeks
   (with a conditional visit and the father's "will not stay" row), then
   "Route A: if both reports say baby can go home" and "Route B: unless
   ..." tables of conditional work, then the ward for both routes. Faults:
   the CPN's fortnightly visits only support the mother (H001);
   "Professionals" telling the social worker of worries (W002); the
   grandmother's nights "As and when needed" (T002); the father's anger
   course with "-" for evidence (M001); the review conference "to be
   arranged after baby is born" (R001).
7. b186_foxcarr_rcpc_teen_every_week_must_not_if_bands_addo.pdf
   A review conference plan for a 14-year-old at risk of criminal
   exploitation, whose uncle has him on the nights his mother works: one
   table in four banded parts, "Every week", "Must not happen (until the
   review conference)", "If this happens" and "One-off tasks", page header
   and footer, then paragraphs of an option not chosen, a question and a
   possibility. Exemplary.

Three plans (1, 4 and 7) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome is about the child; each contingency has specific triggers and
concrete protective responses and says what happens if a relative's help
fails; each records the child's words, core group dates and a dated review
conference, and legal planning after named triggers; the drug and alcohol
service owns actions where a parent drinks (1, 4); no adult mental health
service is involved in them.

Counting convention used for "actions" (README convention 1): each row of
an action or agreement table (band rows excepted), each numbered item of a
"What will happen" list (whatever number of sentences it holds), each bullet
under a person's heading in the safety plan, and each dash line under
"AGREED ACTIONS" counts once. A prohibition or agreement not to act that
names who it binds is an action, and so is conditional work that commits
someone ("If ..., X will ... within ..."), whether in a table row, a
numbered item or a bullet. Not counted: the notes, paragraphs and blocks of
background, requests, questions and answers, options not chosen and
possibilities (they commit no one), signatures, details, worries, what is
going well, the children's words, outcomes, updates, the contingency, the
escalation line and the meeting dates. Totals: 20, 17, 17, 17, 14, 22, 18.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan: each parent's written agreement as a table of
#    first-person clauses under a heading naming whose it is ("I will not
#    ..."), signed, then the professionals' tasks table with a conditional
#    row, then "If this happens" lines. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b186_fairwold_icpc_signed_agreement_clauses_then_tasks_okafor.docx",
    "doc_title": "Child Protection Plan and Written Agreements - Dera Okafor and Zion Okafor-Pratt",
    "split": "tune",
    "actions": 20,
    "template": "icpc-plan-docx-kv-details-what-happened-going-well-deras-words-zions-day-outcomes-then-part-a-written-agreements-one-table-per-parent-under-heading-naming-whose-first-person-i-will-i-will-not-if-clauses-until-how-checked-columns-with-signature-lines-then-part-b-professionals-task-who-when-how-checked-table-with-conditional-row-then-what-was-asked-and-not-agreed-paragraphs-then-if-this-happens-bullets-meetings",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and an 18-month-old after the younger "
        "child's father, drunk, pushed their mother into a door while she held the baby; he is on bail "
        "and lives at his mother's. Part A is each parent's written agreement, a table of first-person "
        "clauses under a heading naming whose it is, with prohibitions ('I will not come to ...', 'I "
        "will not drink any alcohol in the 24 hours before ...'), a conditional clause ('If Kyle comes "
        "to the door ... I will ring 999'), an 'Until' column and a 'How it will be checked' column, "
        "then signature lines; Part B is the professionals' task table with a conditional row (the "
        "contact supervisor ends a session and rings the social worker if the father blows above "
        "zero). Paragraphs after the tables record a request and an option the conference did not "
        "agree (not work). The drug and alcohol service reports on change, the aunt's part has a "
        "fallback, legal planning follows named triggers, and core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Fairwold Borough Council, Children's Services. Initial child protection conference held on "
              "Friday 23/01/2026 at Fairwold Civic Centre. Chair: Hannah Reeve (Independent Reviewing "
              "Officer)."),
        ("kv", [
            ("Children", "Chidera (Dera) Okafor, born 14/03/2018 (7), Year 3 at St Aldhelm's CE Primary "
                         "School; Zion Okafor-Pratt, born 02/07/2024 (18 months)"),
            ("Category", "Emotional abuse (both children)"),
            ("Mother", "Grace Okafor (29), 12 Heron Walk, Fairwold FW3 8LS, where the children live"),
            ("Zion's father", "Kyle Pratt (31), staying with his mother at 40 Tanyard Lane, Fairwold. On "
                              "police bail until 17/03/2026: not to contact Grace or go to Heron Walk"),
            ("Dera's father", "Emeka Okafor, lives abroad; no contact since 2021"),
            ("Maternal aunt", "Ngozi Eze (34), 3 Larch Close, Fairwold"),
            ("Social worker", "Ruth Kessler, Safeguarding Team East (team manager: Paul Danjuma)"),
            ("School", "Mrs Helen Cobb, deputy head and Designated Safeguarding Lead, St Aldhelm's"),
            ("Health visitor", "Tamsin Yeo, Fairwold 0-19 Service"),
            ("IDVA", "Shona Leckie, Fairwold Safe Space"),
            ("Drug and alcohol service", "Dev Malhotra, recovery worker, Fairwold Recovery Partnership"),
            ("Contact", "Lorraine Platt, contact supervisor, Orchard Family Centre"),
            ("Police", "DC Sam Iqbal, Fairwold Police Domestic Abuse Unit"),
        ]),
        ("h1", "What happened"),
        ("p", "On the evening of 04/01/2026 Kyle came to Heron Walk after drinking all afternoon. He and "
              "Grace argued about money, and he pushed Grace into the kitchen door while she was holding "
              "Zion. Zion's forehead hit the door frame and he had a bruise the size of a 50p coin. Dera "
              "hid in the bathroom and rang her Auntie Ngozi on her tablet. A neighbour rang the police; "
              "Kyle was arrested that night and has been charged with assault. The police had been called "
              "to Heron Walk three times in 2025 about arguments, and Grace has told Ruth that Kyle drinks "
              "most evenings and is 'a different person' after a few cans."),
        ("h1", "What is going well"),
        ("bullets", [
            "Grace rang Ruth herself the day after the assault and has not let Kyle back into the house.",
            "Ngozi came that night, took the children to her house, and has helped every week since.",
            "Dera is doing well at school, is in the choir and has good friends.",
            "Kyle told the conference he was ashamed, and he has asked for help with his drinking.",
        ]),
        ("h1", "What Dera says, and Zion's day"),
        ("p", "Dera (seen on her own at school by Ruth, 14/01/2026): \"I hid in the bathroom with my "
              "tablet and rang Auntie Ngozi.\" \"When Kyle has his beer he goes shouty.\" \"I want Zion to "
              "see his daddy, but not in our house.\" She scored home as 6 out of 10 now and 2 on the night "
              "it happened. Since then she has slept in her mum's bed every night."),
        ("p", "Zion is 18 months old. He walks, says 'mama', 'Dera' and 'no', and loves the bath. When Tamsin "
              "visited on 12/01/2026 a door banged in the wind and Zion froze and then cried for his mum. His "
              "bruise has faded. Grace says he wakes two or three times a night and will only settle on her."),
        ("h1", "What needs to be different for Dera and Zion"),
        ("numbers", [
            "Dera and Zion live without violence, shouting or fear at home, and never again see or hear "
            "their mum being hurt.",
            "Zion sees his dad only when his dad is sober and another adult is there to keep him safe, and "
            "he enjoys that time.",
            "Dera can talk about what happened and her worries with an adult she trusts, and she sleeps "
            "in her own bed through the night.",
            "Zion's development is checked and on track, and he settles and sleeps well.",
        ]),
        ("h1", "Part A: Written agreements"),
        ("p", "Each parent read these clauses with Ruth and signed them at the end of the conference. "
              "'I' in each table is the parent named in its heading."),
        ("h2", "Kyle Pratt's agreement"),
        ("table", {
            "header": ["No.", "What I agree to", "Until", "How it will be checked"],
            "widths": [1.2, 7.3, 3.8, 4.7],
            "rows": [
                ["K1", "I will not come to 12 Heron Walk, Dera's school or Zion's nursery, or wait nearby, "
                       "and I will not contact Grace, Dera or Zion by phone, text or social media.",
                 "The review conference on 21/04/2026, or for as long as my bail conditions last if that "
                 "is longer",
                 "Grace and Dera asked on their own at every social work visit; DC Iqbal tells Ruth of any "
                 "reported breach within 24 hours"],
                ["K2", "I will only see Zion at the Orchard Family Centre, on Saturdays from 10am to 11.30am, "
                       "with a contact supervisor in the room.",
                 "From 31/01/2026 until the review conference",
                 "Lorraine Platt's contact record for each session, sent to Ruth every Monday"],
                ["K3", "I will not drink any alcohol in the 24 hours before a contact session, and I will "
                       "blow into the breathalyser when I arrive.",
                 "Before every contact session",
                 "Breath reading written on the contact record; a reading above zero means the session "
                 "does not go ahead"],
                ["K4", "I will go to my assessment at Fairwold Recovery Partnership and then to every "
                       "key-work session they offer me, so that I am sober and safe whenever I see Zion.",
                 "Assessment by 06/02/2026, then every fortnight until the review conference",
                 "Dev Malhotra's attendance letter to Ruth after the assessment and before each core "
                 "group"],
                ["K5", "I will go to the assessment for the Turning Point programme for men who have hurt a "
                       "partner, and to every weekly group if I am offered a place.",
                 "Assessment by 20/02/2026; groups on Thursday evenings from the start date Turning Point "
                 "gives",
                 "Turning Point's assessment letter, and its attendance register sent to Ruth at the end "
                 "of each month"],
            ],
        }),
        ("p", "Signed: Kyle Pratt, 23/01/2026. Witnessed: Ruth Kessler, social worker."),
        ("h2", "Grace Okafor's agreement"),
        ("table", {
            "header": ["No.", "What I agree to", "Until", "How it will be checked"],
            "widths": [1.2, 7.3, 3.8, 4.7],
            "rows": [
                ["G1", "I will not let Kyle into the house, meet him with Dera or Zion, or take the "
                       "children to his mother's house.",
                 "The review conference on 21/04/2026",
                 "Dera asked on her own at every social work visit; police call-outs to Heron Walk checked "
                 "by Ruth before each core group"],
                ["G2", "If Kyle comes to the door, rings or messages me, I will ring 999 if we are in "
                       "danger, keep the messages, and tell Ruth or DC Iqbal the same day.",
                 "Every time it happens, until the review conference",
                 "Police log and Ruth's case note of each call; the messages shown to DC Iqbal"],
                ["G3", "I will take Zion to Wrenfield Nursery on Monday, Wednesday and Friday mornings, "
                       "9am to 12 noon.",
                 "From 02/02/2026",
                 "Wrenfield Nursery register, sent to Ruth every Friday"],
                ["G4", "I will go to the Freedom Programme, so that I understand what Dera and Zion have "
                       "lived through and can spot the warning signs in a partner.",
                 "Tuesdays 10am to 12 noon, 03/02/2026 to 21/04/2026 (12 weeks)",
                 "Attendance register and certificate from Fairwold Safe Space, copied to Ruth"],
            ],
        }),
        ("p", "Signed: Grace Okafor, 23/01/2026. Witnessed: Ruth Kessler, social worker."),
        ("h1", "Part B: What the professionals and Ngozi will do"),
        ("table", {
            "header": ["No.", "Task", "Who", "When", "How it will be checked"],
            "widths": [1.2, 6.0, 3.4, 3.0, 3.4],
            "rows": [
                ["B1", "Visit Dera and Zion at home, at least one visit in three unannounced; see Dera on her "
                       "own and Zion awake, and ask who has been to the house",
                 "Ruth Kessler, social worker",
                 "Every week until the review conference",
                 "Visit records on file within 48 hours, with Dera's own words"],
                ["B2", "Four sessions of direct work with Dera using her worry monster and the three houses, "
                       "ending with a card of the adults she can tell",
                 "Ruth Kessler, social worker",
                 "Every two weeks from 02/02/2026",
                 "Dera's drawings and words on file; Dera can name two adults she would tell"],
                ["B3", "DASH risk assessment and a written safety plan with Grace, including a part for Dera "
                       "(where she goes and who she rings if there is shouting)",
                 "Shona Leckie, IDVA, Fairwold Safe Space",
                 "By 06/02/2026",
                 "Safety plan copied to Ruth; Dera's safety card seen by Ruth at her next visit"],
                ["B4", "Assess Kyle's drinking (AUDIT), see him for key work with a breath test at each "
                       "session, and write before each core group on whether he has cut down or stopped, "
                       "and how likely he is to stay sober around Zion",
                 "Dev Malhotra, recovery worker, Fairwold Recovery Partnership",
                 "Assessment by 06/02/2026, then every two weeks",
                 "Written report on Ruth's file two working days before each core group, with AUDIT "
                 "scores and breath readings"],
                ["B5", "Supervise Zion's contact with Kyle: breath test at the start, and write down how Kyle "
                       "plays with, feeds and comforts Zion",
                 "Lorraine Platt, contact supervisor, Orchard Family Centre",
                 "Every Saturday, 10am to 11.30am, from 31/01/2026",
                 "Contact record sent to Ruth every Monday"],
                ["B6", "If Kyle arrives late, blows above zero or smells of alcohol, end or cancel the "
                       "session and ring Ruth (or the Emergency Duty Team)",
                 "Lorraine Platt, or the duty supervisor",
                 "The same day, before Kyle leaves the centre",
                 "Contact record says why the session ended; Ruth's case note of the call"],
                ["B7", "Bring Zion to the Orchard Family Centre for contact and take him home afterwards, so "
                       "that Grace and Kyle never meet",
                 "Ngozi Eze, maternal aunt",
                 "Every Saturday, 9.50am and 11.30am, from 31/01/2026",
                 "Centre signing-in sheet shows Ngozi dropped off and collected Zion"],
                ["B8", "Check in with Dera every morning, and ring Ruth the same day if Dera is upset, has a "
                       "mark, or talks about Kyle",
                 "Mrs Helen Cobb, DSL, St Aldhelm's",
                 "Every school day at 8.50am",
                 "Check-ins logged on CPOMS; a summary e-mailed to Ruth every Friday"],
                ["B9", "Bring Zion's 2-year review forward: ASQ-3 and ASQ:SE-2, his sleep, and safety in the "
                       "home",
                 "Tamsin Yeo, health visitor",
                 "By 27/02/2026",
                 "ASQ scores and Tamsin's letter shared with Ruth and the core group"],
                ["B10", "Put a warning marker on 12 Heron Walk for an urgent police response, and tell Ruth "
                        "of any call-out or bail breach",
                 "DC Sam Iqbal, Domestic Abuse Unit",
                 "Marker by 28/01/2026; any call-out or breach within 24 hours",
                 "E-mail confirming the marker on Ruth's file; call-out notices on file"],
                ["B11", "Parenting assessment with Grace, looking at how she will keep Dera and Zion safe from "
                        "violence and how she helps them with what they saw",
                 "Ruth Kessler, social worker",
                 "Report by 03/04/2026",
                 "Written report with a recommendation, shared with Grace and the core group by "
                 "03/04/2026"],
            ],
        }),
        ("p", "Kyle asked at the conference whether he could take Zion to his mother's house for tea on "
              "Sundays. The conference said no for now, and Kyle said he understood."),
        ("p", "A referral for a residential family assessment was talked about and not made, because Grace "
              "has kept the children away from Kyle since 04/01/2026 and asked for help straight away."),
        ("h1", "If this happens"),
        ("bullets", [
            "If Kyle comes to Heron Walk, the school or the nursery, or contacts Grace or the children: Grace "
            "rings 999, the police attend and arrest him for breaching his bail, and Ruth holds a strategy "
            "discussion with the police and health the same day.",
            "If Grace lets Kyle into the house or meets him with the children: Ruth holds a strategy "
            "discussion the same day, Dera and Zion stay with Ngozi at 3 Larch Close while it is decided "
            "what happens next, and Ruth asks Paul Danjuma for a legal planning meeting within 5 working "
            "days to decide whether to start the Public Law Outline.",
            "If Ngozi cannot take Zion to contact, she tells Lorraine by 5pm on the Friday, and Marcia Dunn "
            "(family support worker, Orchard Family Centre) collects Zion from Heron Walk and brings him "
            "back; if neither can, the session is moved to the next Saturday. Grace never takes Zion to "
            "contact herself.",
            "If Ngozi cannot have the children in an emergency, Ruth (or the Emergency Duty Team out of "
            "hours) arranges an emergency foster placement for Dera and Zion that day.",
            "If Kyle blows above zero twice, or misses two sessions in a row, contact stops; Ruth and "
            "Lorraine see Kyle within a week to agree in writing whether and how it starts again, and Ruth "
            "tells Grace the same day.",
            "If Dera or Zion has a mark that no one can explain, or says that anyone has hurt them, the "
            "school or nursery rings Ruth (or the Emergency Duty Team) at once and Ruth holds a strategy "
            "discussion that day.",
            "If, by the review conference, Dev's report says Kyle is still drinking, or the parenting "
            "assessment says Grace cannot keep the children safe from him, Ruth will ask for a legal "
            "planning meeting before the conference.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at St Aldhelm's, Wednesdays at 3.45pm: 04/02/2026, 04/03/2026 and "
            "01/04/2026. Kyle and Grace are invited to separate halves of each meeting.",
            "Review child protection conference: Tuesday 21/04/2026 at 10am, Fairwold Civic Centre.",
        ]),
        ("p", "Plan and agreements sent to Grace, Kyle, Ngozi and every agency on 26/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan whose action table starts with a trigger column
#    ("When this happens": "Always", or an "If ..." condition), then what
#    will be done, who, how soon or how often, and where it is written down;
#    options not chosen under the table; contingency as a paragraph.
#    Landscape, page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b186_flitterby_rcpc_when_this_happens_trigger_column_pemberton.pdf",
    "doc_title": "Child Protection Plan - Mason and Lacey Pemberton",
    "split": "tune",
    "actions": 17,
    "landscape": True,
    "min_pages": 2,
    "header": "Flitterby Borough Council · Children's Services · Child Protection Plan",
    "footer": "Mason and Lacey Pemberton · Review conference 28/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-paged-landscape-header-footer-details-grid-why-still-worried-what-has-changed-masons-words-laceys-day-outcomes-then-action-table-first-column-when-this-happens-always-or-if-trigger-then-what-will-be-done-who-how-soon-or-how-often-written-down-in-then-things-talked-about-not-in-the-plan-then-contingency-paragraph-meetings",
    "description": (
        "Review conference plan for a 9-year-old and a 3-year-old living with neglect; their mother has "
        "depression and anxiety under the community mental health team and took an overdose in "
        "November, and their grandfather walks them to school and gives them tea. The action table's "
        "first column is the trigger, 'Always' or an 'If ...' condition (conditional work inside the "
        "plan: a food parcel and a second visit within 48 hours if there is no food, a visit within 24 "
        "hours if the mother misses her CPN or stops her tablets, breakfast and a call if Mason is late "
        "or hungry), with a prohibition row (the mother will not leave Lacey with Mason). Under the "
        "table, a request and options the conference did not take up and a possible hearing problem "
        "are recorded (not work); the contingency is one paragraph. Faults: the CPN's fortnightly "
        "visits only support the mother; the speech and language referral 'As soon as possible'; the "
        "health visitor's check measured by 'Monitored at each visit'; 'All professionals' sharing "
        "worries; an outcome about the mother only; and the contingency sends the children to the "
        "grandfather with nothing said if he cannot have them."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Review child protection conference held on Wednesday 28/01/2026 at Flitterby Town Hall. Chair: "
              "Gwen Thorley (Independent Reviewing Officer). The children have been on a plan since the "
              "initial conference on 22/10/2025."),
        ("table", {
            "widths": [4.0, 8.85, 4.0, 8.85],
            "bold_first_col": True,
            "rows": [
                ["Children", "Mason Pemberton, born 11/06/2016 (9), Year 5, Flitterby Road Primary School; "
                             "Lacey Pemberton, born 30/08/2022 (3)",
                 "Category", "Neglect (both children)"],
                ["Mother", "Kirsty Pemberton (32), 7 Sedge Row, Flitterby FL2 4NT. Depression and anxiety; "
                           "care coordinator Martin Oduya (CPN), Flitterby Community Mental Health Team",
                 "Social worker", "Callum Firth, Family Safeguarding Team 2 (team manager: Nadine Okoro)"],
                ["Father", "Darren Pemberton, lives in Ellerport; sees the children every other Sunday",
                 "Grandad", "Ray Ashby (63), Kirsty's dad, 22 Sedge Row"],
                ["School", "Mr Rob Handley, DSL, Flitterby Road Primary School",
                 "Health", "Sian Preece, health visitor; Dr Anjali Rao, consultant psychiatrist, CMHT"],
            ],
        }),
        ("h2", "Why we are still worried"),
        ("p", "On bad days Kirsty stays in bed until the afternoon. Mason gets Lacey up, changes her nappy and "
              "gives her crisps for breakfast, and he was late for school 31 times in the autumn term. On two "
              "visits in November there was no food in the house, dog mess on the kitchen floor and Lacey's "
              "cot sheets were soaked. On 02/11/2025 Kirsty took an overdose of her tablets while the "
              "children were at Ray's; she was kept in Flitterby General Hospital for one night. Lacey has "
              "about ten words at three and a half and has no nursery place."),
        ("h2", "What has changed since October"),
        ("bullets", [
            "Kirsty is back on her sertraline and has seen Martin every two weeks since November.",
            "Since Ray started walking the children to school three days a week, Mason has not been late "
            "on those days.",
            "The kitchen and Lacey's cot were clean on Callum's last two visits, and there was food in the "
            "fridge.",
            "Kirsty came to every core group and said at the conference: \"I want to be the one getting "
            "them up, not Mason.\"",
        ]),
        ("h2", "What Mason says, and Lacey's day"),
        ("p", "Mason (seen on his own at school by Callum, 20/01/2026): \"When Mum's in bed I do Lacey's "
              "breakfast and her nappy.\" \"I don't mind but I'm late and Mrs Khan tells me off.\" \"Grandad's "
              "days are the best days.\" He would like to go to football club after school and \"not have to "
              "check on Mum\". He scored home as 5 out of 10."),
        ("p", "Lacey is three. On Callum's visit on 13/01/2026 she was still in her pyjamas at 2pm, pointing "
              "and pulling him by the hand instead of using words. She ran to the door when Mason came home "
              "and followed him everywhere. At Ray's she eats everything on her plate and asks for more."),
        ("h2", "What needs to be different"),
        ("numbers", [
            "Mason and Lacey are got up, fed and dressed by an adult every morning, and Mason no longer has "
            "to look after his sister.",
            "Lacey's speech is assessed and helped, and she goes to nursery four mornings a week.",
            "The house is clean and safe for Mason and Lacey, with food in the cupboards and clean, dry beds.",
            "Kirsty's mood is stable and she takes her medication every day.",
        ]),
        ("h2", "The plan"),
        ("p", "The first column says when each part of the plan happens: 'Always' means it happens every time "
              "at the frequency given; 'If ...' means it happens each time that thing happens."),
        ("table", {
            "header": ["When this happens", "What will be done", "Who", "How soon / how often", "Written down in"],
            "widths": [4.4, 7.6, 4.6, 4.1, 5.0],
            "rows": [
                ["Always",
                 "Visit the children at home, at least one visit in three unannounced; see Mason on his own "
                 "and look at the food, the beds and the kitchen floor",
                 "Callum Firth (SW)",
                 "Every two weeks until the review conference",
                 "Visit record within 48 hours, with Mason's words and what was in the fridge"],
                ["If there is no food in the house, or a bed is soaked or soiled, on a visit",
                 "Bring a food parcel from the Flitterby Pantry that day and come back to check the kitchen "
                 "and the beds again",
                 "Callum Firth (SW)",
                 "The same day, and a second visit within 48 hours",
                 "Both visit records; the pantry voucher number on file"],
                ["Always",
                 "Kirsty will not leave Lacey in Mason's care, or with anyone under 16, at any time",
                 "Kirsty Pemberton (Mum)",
                 "From 28/01/2026 until the review conference on 06/05/2026",
                 "Mason asked on his own at every visit; Mr Handley asks Mason each Monday about the weekend "
                 "and logs it on CPOMS"],
                ["Always",
                 "Get both children up, dressed and given breakfast, and Mason to school by 8.45am",
                 "Kirsty Pemberton (Mum)",
                 "Every school day",
                 "School register and late book, e-mailed to Callum by Mr Handley every Friday"],
                ["Always",
                 "Walk Mason to school, with Lacey in her buggy, and bring Lacey back home to Kirsty",
                 "Ray Ashby (Grandad)",
                 "Monday, Wednesday and Friday mornings",
                 "School register shows Mason in by 8.45am on those days"],
                ["Always",
                 "Have Mason and Lacey at his house for tea and a bath",
                 "Ray Ashby (Grandad)",
                 "Every Tuesday and Thursday, 3.30pm to 6.30pm",
                 "Ray texts Callum each Thursday evening; Mason asked about it at visits"],
                ["If Mason is late, hungry, or says he got Lacey ready",
                 "Give Mason breakfast in the school's breakfast club and ring Callum",
                 "Mr Rob Handley, DSL, Flitterby Road Primary",
                 "The same day, every time",
                 "CPOMS entry, and Callum's case note of the call"],
                ["Always",
                 "Fortnightly home visits to support Kirsty with her mood and her medication",
                 "Martin Oduya, CPN and care coordinator, CMHT",
                 "Every two weeks",
                 "Attendance at each visit recorded in the CPN notes and copied to Callum"],
                ["Always",
                 "Review Kirsty's sertraline, and write a report on whether she is well enough to care for "
                 "the children every day, what still needs to change and how long that is likely to take",
                 "Dr Anjali Rao, consultant psychiatrist, CMHT",
                 "Outpatient review by 27/02/2026; report by 22/04/2026",
                 "Report sent to Callum and the review conference by 22/04/2026"],
                ["If Kirsty misses a CPN visit or says she has stopped her tablets (Martin rings Callum the "
                 "same day)",
                 "Visit the children at home and see who is caring for them",
                 "Callum Firth (SW), or the duty social worker",
                 "Within 24 hours of Martin's call",
                 "Visit record saying who was caring for Mason and Lacey"],
                ["Always",
                 "Referral to the Flitterby Speech and Language Therapy Service for Lacey",
                 "Sian Preece (HV)",
                 "As soon as possible",
                 "SALT acceptance letter on Callum's file"],
                ["Always",
                 "Check Lacey's development and the home at a home visit",
                 "Sian Preece (HV)",
                 "Every month until the review conference",
                 "Monitored at each visit"],
                ["Always",
                 "Apply with Kirsty for a funded place for Lacey at Little Owls Nursery, four mornings a week",
                 "Ellie Tranter, family support worker, Flitterby Family Hub",
                 "Application by 13/02/2026; Lacey to start by 09/03/2026",
                 "Nursery offer letter on file; nursery register from the start date"],
                ["Always",
                 "Weekly sessions with Kirsty at home on the children's morning routine, a cleaning rota and "
                 "simple meals",
                 "Ellie Tranter, family support worker",
                 "Every Wednesday from 04/02/2026 for 10 weeks",
                 "Home conditions checklist scored at the first, fifth and tenth sessions and sent to Callum"],
                ["If Lacey is not at nursery by 9.30am and no one has rung (once she has started)",
                 "Ring Kirsty, and ring Callum if Kirsty has not answered by 10am",
                 "Becky Sharples, manager, Little Owls Nursery",
                 "By 10am on the day, every time",
                 "Nursery call log, and Callum's note of each call"],
                ["Always",
                 "Share any worry about Mason or Lacey with Callum",
                 "All professionals",
                 "The same day",
                 "Logged on the children's chronology"],
                ["Always",
                 "Refer Mason to Flitterby Young Carers for their weekly Thursday group",
                 "Callum Firth (SW)",
                 "By 13/02/2026",
                 "Young Carers' letter with Mason's start date; Mason tells Callum what he did there"],
            ],
        }),
        ("h2", "Things the conference talked about that are not in the plan"),
        ("p", "Kirsty asked whether Mason could live at Ray's during the week. The conference thought this would "
              "take Mason away from his mum and his sister, and did not agree it."),
        ("p", "A family group conference could have been held in the autumn, but Kirsty did not want her "
              "brother involved at the time."),
        ("p", "Lacey may have glue ear: her hearing test in December was borderline, and she is already on the "
              "audiology clinic's list for a repeat test."),
        ("h2", "If things get worse"),
        ("p", "If Kirsty takes another overdose, talks about ending her life, or is found unable to get up and "
              "care for the children, the adult who finds out rings 999 if she is in danger and tells Callum "
              "(or the Emergency Duty Team out of hours) the same day; Mason and Lacey go to Ray's at 22 Sedge "
              "Row that day, and Callum holds a strategy discussion with the police, health and the CMHT within "
              "24 hours. If Mason or Lacey is found at home without an adult, Callum or the Emergency Duty Team "
              "visits within two hours and the police are called if no adult can be found. If by the review "
              "conference the home conditions checklist has not improved, or Mason is still getting Lacey up, "
              "Callum will ask Nadine Okoro for a legal planning meeting."),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Flitterby Family Hub, Wednesdays at 1.30pm: 11/02/2026, "
            "11/03/2026 and 08/04/2026.",
            "Next review child protection conference: Wednesday 06/05/2026 at 10am, Flitterby Town Hall.",
        ]),
        ("p", "Plan sent to Kirsty, Darren, Ray and every agency on 30/01/2026."),
    ],
    "findings": [
        F("H001", "Fortnightly home visits to support Kirsty with her mood"),
        F("T002", "Referral to the Flitterby Speech and Language Therapy Service"),
        F("M002", "Check Lacey's development and the home at a home"),
        F("W002", "Share any worry about Mason or Lacey with Callum"),
        F("F002", "Kirsty's mood is stable and she takes her medication every day."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan: the questions the parents asked and the
#    answers, then "What will happen" as numbered sentences in mixed
#    grammar (must, is to, needs to, has agreed to, if ... will, and hedges:
#    "will try to", "It is hoped that", "may be made") with notes of
#    background, a possibility and an option not chosen between them; if /
#    then contingency lines. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b186_fosswick_icpc_questions_asked_then_numbered_must_try_may_thornley.md",
    "split": "tune",
    "actions": 17,
    "template": "icpc-plan-md-bold-label-details-why-worried-going-well-jakes-words-ellie-mays-day-outcomes-then-questions-sophie-and-dean-asked-with-answers-then-what-will-happen-numbered-sentences-must-is-to-needs-to-has-agreed-to-if-will-and-hedged-try-to-it-is-hoped-may-be-made-with-italic-notes-of-background-possibility-and-option-not-chosen-between-them-then-if-then-contingency-lines-meetings",
    "description": (
        "Initial conference plan for a 4-year-old and a 5-month-old after their father fell asleep on "
        "the sofa with the baby on his chest in a flat smelling of cannabis; the baby's weight has "
        "dropped from the 50th to the 25th centile. After the questions the parents asked at the "
        "conference and the answers, 'What will happen' is seventeen numbered sentences in mixed "
        "grammar: a prohibition ('Dean must not smoke cannabis ... until the review conference'), firm "
        "work ('is to', 'needs to', 'has agreed to'), conditional work ('If Ellie-May's weight falls "
        "below the 25th centile line, Bev will ...'), and hedges; italic notes between them record "
        "background, a possible hearing test and an option not chosen, and are not actions. The drug "
        "and alcohol service reports on change. Faults: the father 'will try to cut down ... over the "
        "next few weeks' with nothing to show it; 'It is hoped that' the mother will register the "
        "4-year-old with a dentist, with no check; a Home-Start referral that 'may be made' by no one, "
        "with no check; the grandmother to 'keep an eye on' the children; 'Everyone working with the "
        "family' telling the social worker of worries; and no legal planning anywhere."
    ),
    "text": """\
# Fosswick Council - Children and Families

## Child protection plan for Jake and Ellie-May Thornley

Agreed at the initial child protection conference on Tuesday 10/02/2026, Fosswick Town Hall.
Chair: Alun Price (IRO). Category: neglect (both children).

**Jake Thornley**, born 17/04/2021 (4), nursery class at Fosswick Green Primary School
**Ellie-May Thornley**, born 08/09/2025 (5 months)
**Home:** 31 Malt Street, Fosswick FS5 2JD, with Mum, **Sophie Thornley** (24), and Dad, **Dean Thornley** (27)
**Grandma:** Pat Gill (Sophie's mum, 52), 6 Cooper's Yard, Fosswick
**Social worker:** Nadia Akhtar, Fosswick Safeguarding Team (team manager: Graham Pell)
**Health visitor:** Bev Stott, Fosswick 0-19 Service. **GP:** Dr Martin Lowe, Malt Street Surgery
**Nursery:** Mrs Harpreet Kaur, nursery class teacher and deputy DSL, Fosswick Green Primary
**Drug and alcohol service:** Liam Reddy, recovery worker, Compass Fosswick

### Why we are worried

Dean smokes cannabis every day, mostly in the flat with the windows shut. In the early hours of
29/12/2025 Sophie got up and found Dean asleep on the sofa with Ellie-May lying on his chest and the
room full of smoke. She took both children to Pat's. At the 4-month check Bev found that Ellie-May's
weight had dropped from the 50th to the 25th centile; she is often fed late because the day starts at
lunchtime. Jake goes to nursery on about half his days, often after 10am, and his speech is hard to
understand. The flat smells of cannabis on most visits. Sophie has no history of mental health
difficulties and does not use drugs or drink.

### What is going well

- Sophie told Bev about 29 December herself, and she took the children somewhere safe that night.
- Ellie-May smiles and babbles at Sophie, and Sophie knows her cries.
- Pat sees the children every week and Jake adores her.
- Dean came to the conference, did not argue, and said he wants to get help.

### What Jake says, and Ellie-May's days

Jake (seen by Nadia at nursery, 04/02/2026, with his cars): "Daddy's smoke is stinky." "Daddy sleeps
on the settee all day." He likes "Nanny Pat's chips" and wants to "go to nursery every day with
Rio". When Nadia asked what makes him sad he said "when Mummy and Daddy shout".

Ellie-May is five months old. On Bev's visit on 27/01/2026 she was in the same nappy at 11am as at
breakfast time, and fed hungrily. She lifts her head well, laughs when Jake pulls faces, and settles
quickly when Sophie holds her. She sleeps in the Moses basket in her parents' room.

### What we want for Jake and Ellie-May

1. Jake and Ellie-May live in a home with no cannabis smoke, with a sober adult caring for them day
   and night.
2. Ellie-May sleeps safely on her back in her own cot, is fed on time, and her weight is back on her
   50th centile line.
3. Jake goes to nursery every day on time, and his speech is assessed and helped.
4. Jake and Ellie-May have their teeth, eyes and health checked, and go to every appointment.

### Questions Sophie and Dean asked at the conference

**Can Dean still live at home?** Yes. The conference agreed that Dean can stay at 31 Malt Street as
long as he keeps to item 1 below.

**Will the children be taken into care?** No one at the conference thought that was needed now. The
plan below is there so that the children can stay at home safely.

**Why can't Dean just smoke in the garden?** The flat has no garden of its own, and the smoke and
the tiredness both worry the conference.

**Who will see the plan?** Everyone in the list at the top, and Pat.

## What will happen

1. Dean must not smoke cannabis in the flat, in the car or anywhere near Jake and Ellie-May, and he
   must not care for either child on his own, until the review conference on 05/05/2026; Nadia will
   ask Sophie and Jake about this, and check the flat for the smell, at every visit.

   _(Note: police were not called on 29/12/2025, because Sophie took the children to Pat's that night.)_

2. Nadia is to visit 31 Malt Street every week until the review conference, at least one visit in
   three unannounced, and see Jake on his own; her visit records will be on file within 48 hours.

3. Dean has agreed to go to his first appointment at Compass by 20/02/2026. Liam Reddy will then see
   him every fortnight, test his urine at each appointment, and send Nadia the results and a written
   view before each core group on whether Dean is cutting down and can keep the children safe from
   his use.

4. Dean will try to cut down his cannabis use over the next few weeks.

   _(Note: Dean told the conference that cannabis helps him sleep after his night shifts at the
   depot.)_

5. Sophie needs to make sure Ellie-May sleeps in her own cot or Moses basket, on her back, for every
   sleep, day and night; Bev and Nadia will look at where she sleeps at each visit and write it in
   their records.

6. Bev Stott will weigh Ellie-May every two weeks until she is 9 months old (08/06/2026), plot each
   weight in the red book and e-mail it to Nadia the same day.

7. If Ellie-May's weight falls below the 25th centile line, Bev will book her in to see Dr Lowe
   within 5 working days, and Dr Lowe's letter will go on Nadia's file.

8. It is hoped that Sophie will register Jake with a dentist by 27/02/2026.

9. Mrs Kaur will ring Nadia the same day if Jake is not in nursery by 9.30am without a call from
   Sophie, and will log each call on CPOMS.

10. Mrs Kaur has agreed to refer Jake to the Fosswick Speech and Language Therapy Service by
    20/02/2026 and to keep the acceptance letter on his school file.

11. A referral to Home-Start may be made for a volunteer to help Sophie with the mornings, by
    27/02/2026.

    _(Note: Ellie-May may need a hearing test later in the year; her newborn hearing screen was clear
    and no one is worried about it at the moment.)_

12. Grandma Pat will keep an eye on Jake and Ellie-May when she has them on Sunday afternoons.

13. Pat has agreed to collect Jake from nursery every Tuesday and Thursday and keep him until 5.30pm
    while Sophie takes Ellie-May to the baby clinic, and the nursery's collection sheet will show her
    name on those days.

14. Everyone working with the family will tell Nadia the same day about any smell of cannabis, any
    mark on the children, or any time a child is left with Dean, and Nadia will log each call on the
    children's chronology.

15. Nadia will complete a parenting assessment with Sophie and Dean by 10/04/2026 and share the
    written report, with a recommendation, with them and the core group by 17/04/2026.

16. Nadia will do three sessions of direct work with Jake using his "all about me" book, one every
    fortnight from 16/02/2026, and keep his words and pictures on file.

17. Sophie has agreed to take Ellie-May to the Baby Steps group at Fosswick Family Hub every
    Wednesday from 18/02/2026 for eight weeks, and the Hub will send Nadia the register.

_(Note: a residential parent and baby assessment could have been considered, but the conference agreed
that the children can stay at home with the plan above.)_

## If things go wrong

- **If** Dean is found caring for either child on his own, or anyone sees him under the influence of
  cannabis with the children, **then** Sophie takes the children to Pat's that day, Dean stays away
  from the flat, and Nadia holds a strategy discussion with the police and health the same day.
- **If** Pat cannot have Jake on a Tuesday or Thursday, **then** he stays at the nursery's after-school
  club, where a back-up place is held, and Sophie collects him by 5.30pm.
- **If** Pat cannot take the children in an emergency, **then** they stay with Sophie's aunt, Lorraine
  Gill, at 14 Wharf Road; if she cannot either, Nadia (or the Emergency Duty Team) arranges an
  emergency foster placement that day.
- **If** Ellie-May drops below the 9th centile or has a mark that no one can explain, **then** Bev or
  Dr Lowe sends her to the children's assessment unit at Fosswick General that day and rings Nadia,
  and Nadia holds a strategy discussion the same day.
- **If** a urine test shows that Dean is using more, or he misses two Compass appointments in a row,
  **then** Liam tells Nadia the same day and Nadia visits the flat within 48 hours.

## Core group and review

- Core group every four weeks at Fosswick Family Hub, Tuesdays at 10am: 24/02/2026, 24/03/2026 and
  21/04/2026.
- Review child protection conference: Tuesday 05/05/2026 at 2pm, Fosswick Town Hall.

Plan sent to Sophie, Dean, Pat and every agency on 12/02/2026.
""",
    "findings": [
        F("T002", "Dean will try to cut down his cannabis use"),
        F("M001", "Dean will try to cut down his cannabis use"),
        F("M001", "It is hoped that Sophie will register Jake with a dentist"),
        F("W001", "A referral to Home-Start may be made for a volunteer"),
        F("M001", "A referral to Home-Start may be made for a volunteer"),
        F("M002", "Grandma Pat will keep an eye on Jake and Ellie-May"),
        F("W002", "Everyone working with the family will tell Nadia the same day"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Signs of Safety safety plan: the network, danger statement and safety
#    goals, then what each person in the network will do, as bullets under
#    a heading naming the person (rules, "will not" and "If ..., she will"
#    bullets), with notes of questions and an option not chosen; the
#    contingency as paragraphs. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b186_fendleby_sos_network_rules_per_person_if_bullets_marchbank.md",
    "split": "tune",
    "actions": 17,
    "template": "signs-of-safety-safety-plan-md-network-table-danger-statement-working-well-alfies-three-houses-poppys-day-safety-goals-then-what-each-person-will-do-h3-heading-per-network-member-and-worker-bullets-with-will-not-rules-and-if-then-bullets-each-with-when-and-how-we-will-know-then-questions-and-options-not-chosen-notes-then-if-the-plan-is-not-kept-paragraphs-meetings",
    "description": (
        "Exemplary Signs of Safety plan for a 6-year-old and a 2-year-old whose mother binge drinks; "
        "in December the 6-year-old rang his nan when he could not wake her. After the network table, "
        "danger statement, what is working well, the older child's three houses and the toddler's day "
        "and the safety goals, the plan is what each person will do, as bullets under a heading naming "
        "the person (Mum, Nan, Dad, Uncle, the social worker, the alcohol service, school and health), "
        "each bullet with its own time and check: rules as prohibitions ('Hayley will not drink any "
        "alcohol when she is the only adult ...'), conditional work ('If Hayley rings her, or Julie "
        "thinks Hayley has been drinking, Julie will come within 30 minutes ...', 'If Scott smells "
        "alcohol ... he will keep them overnight'), and firm commitments. Notes record a question the "
        "mother asked, an option not chosen and a past event (not work). The alcohol service reports "
        "on change, the contingency paragraphs give a back-up for the nan and an emergency placement, "
        "legal planning follows named triggers, and meetings are dated."
    ),
    "text": """\
# Fendleby Council Children's Services

## Alfie and Poppy's safety plan

Written with the family and their safety network after the initial child protection conference on
15/01/2026, and finished at the first core group on 29/01/2026. Category: neglect (both children).
Social worker: Kate Osborne, Fendleby Family Safeguarding Team (team manager: Ian Mulvey).

### Alfie and Poppy's safety network

| Name | Who they are | Where they live |
|---|---|---|
| Hayley Marchbank (30) | Mum | 19 Lowther Court, Fendleby FD4 6PE, with Alfie and Poppy |
| Scott Marchbank (33) | Dad; separated from Hayley | 2 Fleece Yard, Fendleby |
| Julie Fenton (55) | Nan (Hayley's mum) | 4 Pippin Close, five minutes' walk from Lowther Court |
| Marcus Fenton (27) | Uncle (Hayley's brother) | 11 Orchard Rise, Fendleby |
| Kate Osborne | Social worker | Fendleby Children's Services |
| Priya Dhillon | Recovery worker, Turning Tides (Fendleby's alcohol service) | |
| Mrs Anne Doherty | DSL, Fendleby St Mary's Primary School (Alfie's school) | |
| Gemma Ruddock | Health visitor, Fendleby 0-19 Service | |

- **Alfie Marchbank**, born 03/05/2019 (6), Year 2 at Fendleby St Mary's Primary School
- **Poppy Marchbank**, born 21/10/2023 (2)

### What we are worried about (danger statement)

Kate and everyone in the network are worried that if Hayley drinks when she is the only adult looking
after Alfie and Poppy, she may fall asleep or be too drunk to care for them, and Poppy could be hurt,
wander out of the flat or go without food, and Alfie could again be left to look after his sister and
to get help. On 13/12/2025 Alfie could not wake Hayley at teatime; he gave Poppy a yoghurt and rang
Nan on Hayley's phone. Julie found Hayley asleep on the bathroom floor with an empty bottle of vodka
beside her. Hayley says she drinks "when it all gets too much", mostly on Friday and Saturday
evenings, and that this was not the first time.

### What is working well

- Alfie knew how to ring Nan, and Nan came straight away.
- Hayley has told the network the truth about how much she drinks, and asked Turning Tides for help
  herself on 18/12/2025.
- Julie, Scott and Marcus all came to the network meeting and each offered something.
- Alfie's attendance is 97% and his teacher says he is "a little star".

### What Alfie says (three houses), and Poppy's day

Alfie did his three houses with Kate at school on 21/01/2026.
**House of good things:** "Nan's sleepovers. Dad's football on Sundays. When Mum does pancakes."
**House of worries:** "When Mum's poorly on the floor and won't wake up. When Poppy cries and I can't
find the milk." **House of dreams:** "Mum is never poorly again and we go to the seaside."
He said he would ring Nan again "because Nan always comes". He scored home as 6 out of 10.

Poppy is two. Gemma saw her at home on 19/01/2026: she says about twenty words, climbs everything and
opens the front door by herself. Julie says Poppy shouts "Nana!" and runs to her at the door, and that
on Saturday mornings after a bad night Poppy is hungry and in a full nappy.

### Safety goals (what we want for Alfie and Poppy)

1. Alfie and Poppy are always looked after by a sober adult, day and night.
2. If Hayley drinks, Alfie and Poppy are taken somewhere safe by an adult straight away, and Alfie
   never again has to look after Poppy or get help on his own.
3. Alfie understands what happened, knows who to ring, and feels 8 out of 10 safe at home.
4. Poppy is fed, changed and kept safe in the flat, and her development is on track.

## What each person will do

Each bullet says what the person will do, when, and how the network will know it is happening.

### Hayley (Mum)

- Hayley will not drink any alcohol when she is the only adult looking after Alfie and Poppy, from
  15/01/2026 until the review conference on 09/04/2026; she agrees to blow into a breathalyser
  whenever Kate or Priya asks, and each reading is written in their visit record.
- If Hayley wants a drink, or has had one, while the children are with her, she will ring Julie
  within ten minutes, every time, and hand the children over to her; Julie writes each call in the
  network diary that Kate reads every week.
- Hayley will go to Turning Tides every Thursday at 11am from 22/01/2026, and Priya will send Kate
  an attendance letter at the end of each month.
- Hayley will get Alfie to school by 8.50am every school day, and Mrs Doherty will send Kate his
  attendance and late marks every Friday.

_(Note: Hayley asked whether Alfie could stop his Friday sleepovers at Nan's once she has been sober
for a month. The network said not yet.)_

### Julie (Nan)

- Julie will ring or call in at Lowther Court at 6pm every evening until the review conference, the
  time Hayley used to start drinking, and write in the network diary what she saw.
- If Hayley rings her, or Julie thinks Hayley has been drinking, Julie will come within 30 minutes,
  take Alfie and Poppy to 4 Pippin Close for the night, and text Kate (or the Emergency Duty Team
  after 5pm) that night; the text and a diary entry are kept for the core group.
- Julie will have Alfie and Poppy for a sleepover every Friday night from 16/01/2026, and write the
  times they came and went home in the network diary.

### Scott (Dad)

- Scott will have Alfie and Poppy at his flat every Sunday from 10am to 5pm, and write in the network
  diary how they were.
- If Scott smells alcohol on Hayley, or sees bottles, when he brings the children back on a Sunday, he
  will keep them overnight and ring Kate (or the Emergency Duty Team) that evening; Kate writes each
  call in her case notes.

### Marcus (Uncle)

- Marcus will take Alfie to Fendleby Juniors football every Saturday from 9am to 11am and bring him
  home to Julie's or Hayley's, writing in the network diary how Alfie was and who was at home.

### Kate (social worker)

- Kate will visit every week until the review conference, one visit in three unannounced and one a
  fortnight after 5pm, see Alfie on his own and Poppy awake, and read the network diary; her visit
  records will be on file within 48 hours.
- Kate will write a words and pictures story with Hayley, Julie and Scott by 13/02/2026 and read it
  with Alfie within a week of finishing it; a copy goes on file, and Alfie can tell Kate in his own
  words what happened and who he rings.
- Kate will complete the parenting assessment with Hayley by 20/03/2026 and share the written report
  and its recommendation with Hayley and the network by 27/03/2026.

### Priya Dhillon (Turning Tides)

- Priya will assess Hayley's drinking on 22/01/2026 (AUDIT), see her every week with a breath test at
  each session, and write to Kate before each core group with her AUDIT score, her breath readings,
  and her view on whether Hayley is staying sober and how likely she is to keep it up.

### School and health

- Mrs Doherty (DSL) will check in with Alfie every Monday morning about his weekend, log it on CPOMS,
  and ring Kate the same day if he says Mum was "poorly" or "silly" (his words for drunk).
- Gemma Ruddock (health visitor) will see Poppy at home for her 2-year review (ASQ-3) by 27/02/2026
  and send the scores and her letter to Kate.
- Gemma will also fit a safety catch high on the front door of the flat by 06/02/2026, with Hayley,
  and note it on the home safety checklist sent to Kate.

_(Note: a parent and child foster placement was thought about and not chosen, because Hayley does not
drink in the daytime and the network can cover the evenings and weekends. Police were not called on
13/12/2025, because Julie came and took the children home with her.)_

## If the safety plan is not kept

If Hayley drinks while she is caring for Alfie and Poppy, or Julie, Scott or Marcus finds her drunk,
the adult who finds her takes the children to 4 Pippin Close that night, and Kate holds a strategy
discussion with the police and health the next working day, or the same day if either child is hurt.

If Julie cannot come (she is ill, away, or does not answer within ten minutes), Hayley or Alfie rings
Marcus, who has agreed to come within 30 minutes and take the children to his flat. If neither Julie
nor Marcus can come, Hayley rings the Emergency Duty Team, who will arrange for the children to stay
with Scott or, if he cannot have them, in an emergency foster placement that night.

If Hayley drinks with the children in her care twice before the review conference, or stops going to
Turning Tides, Kate will ask Ian Mulvey for a legal planning meeting within five working days, to
decide whether to start the Public Law Outline.

If Julie, Scott or Marcus can no longer do their part of the plan, they tell Kate that week; until
the network has agreed who takes it on, Kate or a family support worker from Fendleby Family Hub calls
at Lowther Court at 6pm every evening and on Friday and Saturday nights.

If Alfie or Poppy has a mark that no one can explain, the school or the health visitor rings Kate
(or the Emergency Duty Team) at once, and Kate holds a strategy discussion that day.

## Meetings

- Core group (the network meeting) every three weeks at Fendleby Family Hub, Thursdays at 4pm:
  19/02/2026, 12/03/2026 and 02/04/2026.
- Review child protection conference: Thursday 09/04/2026 at 10am, Fendleby Civic Centre.

Plan sent to Hayley, Scott, Julie, Marcus and every agency on 30/01/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Second core group record typed as plain text: attendance initials,
#    updates, the children's words, a "NOTED - NOT ACTIONS" block, then
#    "AGREED ACTIONS" as dash sentences in must / is to / needs to / has
#    agreed to / if grammar, each closed by a (Lead / By / Check) bracket;
#    then "IF THINGS GET WORSE" and a separate "ESCALATION" line.
#    Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b186_frampleigh_core_group_record_noted_then_agreed_dash_lines_haslam.txt",
    "split": "tune",
    "actions": 14,
    "template": "core-group-record-txt-caps-headings-present-initials-list-updates-by-agency-childrens-words-outcomes-then-noted-not-actions-block-of-background-questions-and-options-then-agreed-actions-dash-sentences-must-is-to-needs-to-has-agreed-to-if-grammar-each-closed-by-lead-by-check-bracket-then-if-things-get-worse-lines-escalation-line-next-meetings",
    "description": (
        "Second core group record for a 13-year-old and an 8-year-old whose father uses cocaine "
        "and has been violent to their mother. Plain text: present list of initials, agency updates, "
        "the children's words and the conference outcomes, then a 'NOTED - NOT ACTIONS' block "
        "(background, a question the mother asked, a MARAC referral considered and not made), then "
        "fourteen 'AGREED ACTIONS' dash sentences in mixed grammar ('Wayne must not ...', 'SM is to "
        "...', 'Gemma needs to make sure ...', 'If there is a police call-out ..., SM is to visit ...') "
        "each closed by a (Lead / By / Check) bracket. Faults: the father's cocaine use is recorded "
        "but only he owns the drug service step (no adult service owns an action); the Young Carers "
        "referral has '-' for its lead; the mother's Freedom Programme is 'when Gemma feels ready'; the "
        "school nurse's work has '-' for when; the primary school's check-ins are checked by "
        "'Reviewed at next core group'; the direct work with the 8-year-old has '-' for its check; and "
        "the contingency only says the core group will review and the social worker will discuss and "
        "consider next steps (legal planning is in a separate escalation line)."
    ),
    "text": """\
FRAMPLEIGH COUNCIL - CHILDREN'S SERVICES
CORE GROUP RECORD (CHILD PROTECTION)

Children ........ Kayla Haslam, born 09/09/2012 (13), Year 8, Frampleigh Academy
                  Finn Haslam, born 26/02/2017 (8), Year 3, Millbrook Primary School
Address ......... 22 Brook Terrace, Frampleigh FR6 1LW, with their mum and dad
Category ........ Emotional abuse (both children). Initial conference 20/01/2026.
Meeting ......... Second core group, Wednesday 18/02/2026, 3.30pm, Frampleigh Family Hub
Chair ........... SM (social worker)

PRESENT
SM  Sam Marsh, social worker, Frampleigh Children's Services (team manager: Joanne Rix)
GH  Gemma Haslam, mother
WD  Wayne Haslam, father of Kayla and Finn (lives at Brook Terrace)
LP  Lisa Pearce, DSL, Frampleigh Academy
TO  Tom Oakes, DSL, Millbrook Primary School
RJ  Rita Jamal, IDVA, Frampleigh Domestic Abuse Service
CK  Carl Knox, school nurse, Frampleigh 0-19 Service
Apologies: none.

UPDATES
SM: visited weekly since the conference; the house calm on every visit. Kayla told SM that Wayne
"came in wired" on 07/02 and shouted at Gemma until 2am.
GH: says things are better and that Wayne has not used since Christmas. Gemma has no mental health
difficulties and is not on any medication.
WD: agreed he used cocaine "at weekends" until December. Has not contacted Horizons yet.
LP: Kayla's attendance 91%; she has fallen asleep in lessons twice and told her tutor she was "up all
night with Finn".
TO: Finn's attendance 96%. He has wet himself at school twice this half term.
RJ: first contact with Gemma on 06/02; DASH score 11. Gemma did not want to talk about a safety plan
yet.
CK: has not yet met Finn.

WHAT KAYLA AND FINN SAY
Kayla (to SM, 13/02/2026, on a walk): "It's fine when Wayne's not off his head. When he is, I take
Finn in my room and put my music on." "I'm the one who gets up with Finn when he wets the bed." She
wants "a lock on my door and my mum to not be scared".
Finn (to SM at school, 11/02/2026, drawing): drew a house with a "cross face" at the window and
himself under the bed. "I hide when Wayne shouts." He wants "to stop wetting the bed so I can go on
the Year 3 sleepover".

WHAT WE WANT FOR KAYLA AND FINN (from the conference)
1. Kayla and Finn are not woken, frightened or hurt by shouting or violence at home.
2. Kayla is no longer the one who looks after Finn at night, and she is in school and awake in
   lessons.
3. Finn's bed-wetting and worries are helped, and he can go on the Year 3 sleepover in June.

NOTED - NOT ACTIONS
- Police were not called on 07/02, when neighbours heard shouting late at night.
- Gemma asked whether Wayne could move back into the main bedroom. The core group did not answer
  this; it is for the review conference.
- The chair asked whether a MARAC referral was needed. RJ said the DASH score does not meet
  Frampleigh's threshold at the moment, so no referral was made.

AGREED ACTIONS
- Wayne must not be in the house when he has used cocaine or alcohol, and must not look after Finn
  on his own, until the review conference. (Lead: WD. By: now until 21/04/2026. Check: SM asks Kayla
  and Finn on their own at every visit; Gemma rings SM if Wayne comes home under the influence.)
- SM is to visit 22 Brook Terrace every week until the review conference, at least one visit in
  three unannounced and one after 8pm each month, and see each child alone. (Lead: SM. By: weekly
  until 21/04/2026. Check: visit records on file within 48 hours, with each child's words.)
- Wayne has agreed to ring Horizons, Frampleigh's drug and alcohol service, to book an assessment,
  and to show SM the appointment letter. (Lead: WD. By: 27/02/2026. Check: appointment letter seen by
  SM.)
- Gemma needs to make sure Kayla is not left in charge of Finn after 9pm or overnight, and that it is
  Gemma who gets up with Finn in the night. (Lead: GH. By: from 18/02/2026. Check: LP asks Kayla in
  her weekly mentor session and notes the answer on CPOMS.)
- A referral for Kayla to Frampleigh Young Carers is to be made. (Lead: -. By: 06/03/2026. Check:
  Young Carers' acceptance letter on file.)
- Gemma will go to the Freedom Programme at Frampleigh Domestic Abuse Service, so that she can plan
  how to keep Kayla and Finn safe from the shouting. (Lead: GH. By: when Gemma feels ready. Check:
  attendance register sent to SM by RJ.)
- CK will see Finn about his bed-wetting and sleep, and start an enuresis chart with Gemma. (Lead: CK.
  By: -. Check: CK's letter to SM with Finn's wet and dry nights.)
- LP will give Kayla a mentor session every week, and will ring SM the same day if Kayla says there
  was a fight at home or that Wayne was "off his head". (Lead: LP. By: every Wednesday from
  25/02/2026. Check: session notes on CPOMS, summary to SM every Friday.)
- TO will check in with Finn at the start of each school day and ask how he slept. (Lead: TO. By:
  every school day. Check: reviewed at next core group.)
- SM will do three sessions of direct work with Finn about the shouting at home and his worries,
  using his drawings. (Lead: SM. By: fortnightly from 23/02/2026. Check: -.)
- Wayne has agreed to go to the assessment for the Frampleigh Choices programme for men who have
  been abusive to a partner. (Lead: WD. By: 13/03/2026. Check: Choices' assessment letter to SM.)
- If there is a police call-out to 22 Brook Terrace, SM is to visit the children within 24 hours of
  hearing about it and see each child on their own. (Lead: SM. By: within 24 hours of each call-out
  notice. Check: visit record with each child's words.)
- GH has agreed to take Finn for an eye test at Vision Plus, Frampleigh, as his teacher has noticed
  him squinting at the board. (Lead: GH. By: 13/03/2026. Check: the optician's slip shown to SM.)
- SM is to complete the parenting assessment with Gemma and Wayne and share the written report, with
  its recommendation, with them and the core group. (Lead: SM. By: report by 03/04/2026, shared by
  10/04/2026. Check: report on file and sent to the core group.)

IF THINGS GET WORSE
- If there are further concerns about Wayne, the core group will meet to review the plan.
- If the safety plan is not followed, SM will discuss with her manager and consider next steps.

ESCALATION
If there has not been enough progress by the review conference, SM will ask Joanne Rix (team
manager) for a legal planning meeting.

NEXT MEETINGS
Third core group ...... Wednesday 18/03/2026, 3.30pm, Frampleigh Family Hub, then every four weeks
                        (15/04/2026)
Review conference ..... Tuesday 21/04/2026, 10am, Frampleigh Civic Centre

Record typed by SM on 19/02/2026 and sent to everyone present.
""",
    "findings": [
        F("W001", "A referral for Kayla to Frampleigh Young Carers is to be made"),
        F("T002", "Gemma will go to the Freedom Programme at Frampleigh Domestic"),
        F("T001", "CK will see Finn about his bed-wetting and sleep"),
        F("M002", "TO will check in with Finn at the start"),
        F("M001", "SM will do three sessions of direct work with Finn"),
        F("F004"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Pre-birth plan whose later parts branch: a table for now until 34
#    weeks, then "Route A: if ..." and "Route B: unless ..." headings, each
#    with its own table of conditional work, then the ward (both routes).
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b186_fulmerby_prebirth_route_a_if_route_b_unless_tables_tennant.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Tennant-Carver",
    "split": "tune",
    "actions": 22,
    "template": "prebirth-icpc-plan-docx-kv-details-why-planning-now-going-well-babys-world-and-parents-words-what-baby-needs-then-now-until-34-weeks-step-lead-by-when-evidence-table-then-route-a-if-reports-say-home-table-and-route-b-unless-table-of-conditional-work-chosen-at-34-week-core-group-then-on-the-ward-both-routes-table-then-if-things-go-wrong-bullets-meetings",
    "description": (
        "Pre-birth plan for an unborn baby whose mother has an emotionally unstable personality "
        "disorder with self-harm and an overdose in 2024, under the community mental health team and "
        "the perinatal psychiatrist; the father has punched walls during arguments and the police have "
        "been called twice. The plan has a table for now until 34 weeks, then two branches decided at "
        "the 34-week core group, 'Route A: if both reports say baby can go home with Leah and Josh' "
        "and 'Route B: unless both reports say so', each a table of conditional work (Route B holds the "
        "legal planning meeting and a viability assessment of the grandmother), then the ward for "
        "both routes. A conditional visit if the mother self-harms and a prohibition on the father "
        "staying after an argument sit among the rows. The perinatal psychiatrist reports on capacity "
        "and timescale. Faults: the CPN's fortnightly visits only support the mother; 'Professionals' "
        "telling the social worker of worries; the grandmother's nights at home 'As and when needed'; "
        "the father's anger course with '-' for evidence; and the review conference 'to be arranged "
        "after baby is born'."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Fulmerby District Council, Children's Services, with Fulmerby Hospitals NHS Trust maternity "
              "services. Pre-birth initial child protection conference held on Thursday 29/01/2026 (26 weeks). "
              "Chair: Dominic Hale (Independent Reviewing Officer)."),
        ("kv", [
            ("Baby", "Unborn, EDD 07/05/2026. Category: emotional abuse and neglect (unborn)"),
            ("Mother", "Leah Tennant (22). Emotionally unstable personality disorder; care coordinator "
                       "Owen Hardy (CPN), Fulmerby Community Mental Health Team; perinatal psychiatrist "
                       "Dr Farah Siddiqui"),
            ("Father", "Josh Carver (24), lives with Leah; works as a delivery driver"),
            ("Address", "8 Wexford Road, Fulmerby FU1 3HA"),
            ("Maternal grandmother", "Donna Tennant (48), 15 Mill Croft, Fulmerby"),
            ("Paternal grandmother", "Sandra Carver (51), 2 Nettle Lane, Fulmerby"),
            ("Social worker", "Beth Lyons, Fulmerby Children's Services (team manager: Marc Bellamy)"),
            ("Midwives", "Kerry Ames (community midwife); Helen Frost (safeguarding midwife)"),
            ("Health visitor", "Aisha Khan, Fulmerby 0-19 Service"),
        ]),
        ("h1", "Why we are planning for baby now"),
        ("p", "Leah has self-harmed by cutting since she was 14. In August 2024 she took an overdose after an "
              "argument with Josh and spent two nights in Fulmerby General Hospital. She has been under the "
              "community mental health team since, and started a DBT skills group in October 2025. The police "
              "were called to Wexford Road twice in 2025 when neighbours heard shouting and banging; on "
              "12/11/2025 Josh punched a hole in the bedroom door, and Leah cut her arms that night. Neither "
              "has hurt the other, they both say, but the arguments happen most weeks. Leah stopped her "
              "sertraline when she found out she was pregnant and started it again in January."),
        ("h1", "What is going well"),
        ("bullets", [
            "Leah booked at 9 weeks and has been to every antenatal appointment.",
            "Leah has not self-harmed since 12/11/2025 and uses her DBT skills when she feels urges.",
            "Josh came to the conference, said the door was 'the worst thing I've done', and asked for help "
            "with his temper.",
            "Both grandmothers came to the conference and want to help.",
        ]),
        ("h1", "Baby's world, and what Leah and Josh say"),
        ("p", "Baby is growing well: at the 20-week scan on 18/12/2025 everything was normal, and Kerry has "
              "plotted the growth on the GROW chart at each appointment, following the 50th centile. Baby "
              "kicks most in the evening, and Josh talks to the bump. Baby will come home to a first-floor "
              "flat with a cot already bought. Baby will need calm adults, feeds every two to three hours day "
              "and night, and someone awake and well enough to respond when Leah is struggling."),
        ("p", "Leah said at the conference: \"I know I can't fall apart when the baby's here.\" Josh said: "
              "\"I don't want our baby to hear what Leah's heard.\""),
        ("h1", "What baby needs"),
        ("numbers", [
            "Baby is born safely and only goes home when the core group has agreed who will care for them "
            "and how.",
            "Baby is cared for day and night by an adult who is well, calm and awake enough to feed, settle "
            "and keep them safe.",
            "Baby never sees or hears shouting, banging or violence between the adults caring for them.",
            "Baby gains weight, follows their centile line and has every health check on time.",
        ]),
        ("h1", "The plan"),
        ("p", "Weeks of pregnancy: 28 weeks is 12/02/2026, 32 weeks is 12/03/2026, 34 weeks is 26/03/2026 and "
              "36 weeks is 09/04/2026."),
        ("h2", "Now until 34 weeks"),
        ("table", {
            "header": ["Step", "Lead", "By when", "Evidence"],
            "widths": [7.2, 3.6, 3.0, 3.2],
            "rows": [
                ["Antenatal appointments: check baby's growth, see Leah on her own for part of each one, and "
                 "ask about her mood, self-harm and home",
                 "Kerry Ames, community midwife",
                 "Every 2 weeks until 36 weeks, then weekly",
                 "GROW chart; contact note to Beth within 2 working days; a missed appointment rung through "
                 "to Beth the same day"],
                ["Put the safeguarding birth plan on the maternity record, so that the labour ward tells Beth "
                 "of the birth and baby is not discharged before the discharge planning meeting",
                 "Helen Frost, safeguarding midwife",
                 "By 28 weeks (12/02/2026)",
                 "Birth plan on the maternity record; copy on Beth's file"],
                ["Pre-birth parenting assessment with Leah and Josh, including how they will keep baby away "
                 "from their arguments and what happens on Leah's bad days",
                 "Beth Lyons, social worker",
                 "Weekly from 05/02/2026; report by 32 weeks (12/03/2026)",
                 "Report with a recommendation shared with the core group by 12/03/2026"],
                ["Assess Leah's mental health in pregnancy and write a report on her capacity to care for "
                 "baby, the risk of self-harm after the birth, what would need to change and how long that "
                 "is likely to take",
                 "Dr Farah Siddiqui, perinatal psychiatrist",
                 "Assessment by 26/02/2026; report by 32 weeks (12/03/2026)",
                 "Written report to Beth and the core group by 12/03/2026"],
                ["Fortnightly visits to support Leah with her mood and her DBT skills through the pregnancy",
                 "Owen Hardy, CPN and care coordinator, CMHT",
                 "Every 2 weeks until the birth",
                 "CPN visit notes shared with Beth after each visit"],
                ["Take her sertraline every day, and not stop it or change the dose without speaking to Dr "
                 "Siddiqui first",
                 "Leah Tennant",
                 "Every day from 29/01/2026",
                 "Pharmacy collection record, checked by Beth each month"],
                ["If Leah self-harms, or tells anyone she wants to, visit her at home, see how she is and "
                 "agree with Leah and Josh who stays with her that night",
                 "Beth Lyons, social worker (out of hours: Emergency Duty Team)",
                 "Within 24 hours of hearing about it",
                 "Visit record on file saying who stayed with Leah"],
                ["Josh will not stay at the flat on any night after an argument in which he has shouted or "
                 "broken anything; he will go to his mother's and text Beth the next morning",
                 "Josh Carver",
                 "Every time, from 29/01/2026 until the birth",
                 "Josh's text on Beth's file; Leah asked on her own at each visit"],
                ["Go to the anger management course at Fulmerby Family Hub",
                 "Josh Carver",
                 "Start by 26/03/2026",
                 "-"],
                ["Antenatal home visit: safe sleep, a crying baby (ICON) and the flat ready for baby",
                 "Aisha Khan, health visitor",
                 "By 34 weeks (26/03/2026)",
                 "Antenatal contact record and home safety checklist e-mailed to Beth"],
                ["Tell Beth the same day about any self-harm, police call-out or argument",
                 "Professionals",
                 "The same day",
                 "Logged on the unborn baby's chronology"],
                ["Home visits to Leah and Josh, seeing Leah on her own at least once a fortnight",
                 "Beth Lyons, social worker",
                 "Every week until the birth",
                 "Visit records on file within 48 hours"],
            ],
        }),
        ("p", "Which route below is followed depends on Dr Siddiqui's report and the parenting assessment, "
              "both read at the 34-week core group on 26/03/2026."),
        ("p", "Leah asked at the conference whether she and baby could live at Donna's house instead. Donna's "
              "flat has one bedroom, and Donna did not think it would work."),
        ("h2", "Route A: if both reports say baby can go home with Leah and Josh"),
        ("table", {
            "header": ["Step", "Lead", "By when", "Evidence"],
            "widths": [7.2, 3.6, 3.0, 3.2],
            "rows": [
                ["Stay with Leah, Josh and baby at the flat overnight and do one of the night feeds",
                 "Donna Tennant, maternal grandmother",
                 "As and when needed",
                 "Donna signs the night feed chart each morning; Beth reads it at each visit"],
                ["Postnatal visits: weigh baby and see where and how baby sleeps",
                 "Kerry Ames, community midwife",
                 "Day 1, day 5 and day 10 after discharge",
                 "Weights in the red book; visit notes to Beth the same day"],
                ["New birth visit, then weekly visits: weigh baby, see baby asleep or put down to sleep, and "
                 "ask Leah about her mood",
                 "Aisha Khan, health visitor",
                 "New birth visit at 10-14 days, then weekly until baby is 8 weeks old",
                 "Weights on the red book chart; health visiting record e-mailed to Beth"],
                ["Home visits, one in three unannounced, seeing baby awake and Leah on her own",
                 "Beth Lyons, social worker",
                 "Twice a week for the first 4 weeks after discharge, then weekly",
                 "Visit records within 48 hours, saying who was caring for baby"],
            ],
        }),
        ("h2", "Route B: unless both reports say baby can go home safely"),
        ("table", {
            "header": ["Step", "Lead", "By when", "Evidence"],
            "widths": [7.2, 3.6, 3.0, 3.2],
            "rows": [
                ["Ask Marc Bellamy for a legal planning meeting, to decide whether to start pre-proceedings "
                 "under the Public Law Outline before baby is born",
                 "Beth Lyons, social worker",
                 "Within 5 working days of the 34-week core group",
                 "Legal planning meeting record on file, with its decision"],
                ["Viability assessment of Donna as a connected carer for baby, at Donna's request",
                 "Beth Lyons, social worker",
                 "Within 10 working days of the 34-week core group",
                 "Viability report on file before 37 weeks (16/04/2026)"],
                ["Update the birth plan so that baby stays on the ward until the plan from the legal "
                 "planning meeting is agreed",
                 "Helen Frost, safeguarding midwife",
                 "Within 2 working days of the legal planning meeting",
                 "Updated birth plan on the maternity record"],
            ],
        }),
        ("h2", "On the ward (both routes)"),
        ("table", {
            "header": ["Step", "Lead", "By when", "Evidence"],
            "widths": [7.2, 3.6, 3.0, 3.2],
            "rows": [
                ["Ring Beth (or the Emergency Duty Team out of hours) to say baby has been born",
                 "Midwife in charge, Fulmerby labour ward",
                 "Within 2 hours of the birth",
                 "Call written in the maternity notes"],
                ["Watch and write down how Leah and Josh feed, hold and settle baby, and how Leah is in "
                 "herself",
                 "Ward midwives (midwife in charge each shift)",
                 "Every shift until discharge",
                 "Parenting observation sheet in baby's notes, copied to Beth before discharge"],
                ["Hold the discharge planning meeting on the ward with Leah, Josh, Donna, Kerry, Aisha and "
                 "Owen",
                 "Beth Lyons, social worker",
                 "Before discharge",
                 "Written discharge plan, signed by Leah and Josh, sent to the core group the same day"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Leah self-harms badly, takes an overdose, or says she wants to hurt herself or baby after "
            "the birth: Josh or Donna rings 999 or the Fulmerby Crisis Team; baby is cared for by Josh with "
            "Donna there, or at Donna's house; Beth holds a strategy discussion the same day and asks Marc "
            "Bellamy for a legal planning meeting within 5 working days.",
            "If the police are called to an argument at Wexford Road: Josh goes to his mother's that night, "
            "Beth holds a strategy discussion the next working day, and, if baby has been born, baby stays "
            "with Leah at Donna's until it has met.",
            "If Donna cannot stay at night, or has to stop, Sandra Carver has agreed to stay instead; if "
            "neither can, Beth arranges a parent and child foster placement for Leah and baby that day.",
            "If Leah or Josh try to take baby off the ward before the discharge planning meeting, the "
            "midwife in charge rings the police and Beth (or the Emergency Duty Team) at once.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group at Fulmerby Family Hub, Thursdays at 2pm: 12/02/2026, 12/03/2026 and 26/03/2026 "
            "(the 34-week core group), then within 10 working days of the birth.",
            "Review child protection conference: to be arranged after baby is born.",
        ]),
        ("p", "Plan sent to Leah, Josh, Donna, Sandra and every agency on 02/02/2026."),
    ],
    "findings": [
        F("H001", "Fortnightly visits to support Leah with her mood and her DBT skills"),
        F("W002", "Tell Beth the same day about any self-harm, police call-out"),
        F("T002", "Stay with Leah, Josh and baby at the flat overnight"),
        F("M001", "Go to the anger management course at Fulmerby Family Hub"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Review conference plan for a 14-year-old at risk of criminal
#    exploitation: one table in four banded parts, "Every week", "Must not
#    happen", "If this happens" and "One-off tasks", the band giving the
#    time where a row does not; page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b186_foxcarr_rcpc_teen_every_week_must_not_if_bands_addo.pdf",
    "doc_title": "Child Protection Plan - Jamal Addo",
    "split": "tune",
    "actions": 18,
    "min_pages": 2,
    "header": "Foxcarr City Council · Children's Services · Exploitation and Missing Team",
    "footer": "Jamal Addo · Child protection plan from the review conference on 04/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-teen-exploitation-plan-paged-header-footer-kv-details-why-a-plan-what-has-changed-jamals-own-words-and-scores-outcomes-then-one-table-what-who-when-how-well-know-in-four-band-rows-every-week-must-not-happen-until-review-if-this-happens-one-off-tasks-then-talked-about-and-not-chosen-paragraphs-then-if-the-plan-is-not-keeping-jamal-safe-bullets-meetings",
    "description": (
        "Exemplary review conference plan for a 14-year-old boy at risk of criminal exploitation: he has "
        "gone missing five times since September and was found in another town with cash and a second "
        "phone, with a 22-year-old man. His mother, a nurse, works nights, and his uncle has him on those "
        "nights. The plan is one table in four banded parts, 'Every week', 'Must not happen (until the "
        "review conference)', 'If this happens' and 'One-off tasks', each row with its own time as well: "
        "prohibitions ('Jamal has agreed not to go to Kestrel Bay ...', 'Efua will not "
        "let Jamal stay out overnight ...'), conditional work with times tied to the trigger ('By 9.15pm, "
        "every time', 'Within 2 hours of each missing report', 'Within 72 hours of every return'), and "
        "firm one-off tasks. Paragraphs after the table record an option not chosen, a question Jamal "
        "asked and a possibility (not work). The contingency covers the uncle's nights failing, legal "
        "planning follows named triggers, and core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "First review child protection conference, Wednesday 04/02/2026, Foxcarr Civic Centre. Chair: "
              "Rosalind Achebe (Independent Reviewing Officer). Jamal has been on a plan since the initial "
              "conference on 12/11/2025."),
        ("kv", [
            ("Young person", "Jamal Addo, born 19/03/2011 (14), Year 9 at Foxcarr Academy"),
            ("Category", "Physical abuse (risk of criminal exploitation outside the home)"),
            ("Mother", "Efua Addo (40), 6 Linnet House, Foxcarr FX2 9RT; staff nurse, works nights on "
                       "Tuesdays, Wednesdays and Thursdays at Foxcarr Royal Infirmary"),
            ("Father", "Kofi Addo died in 2022"),
            ("Uncle", "Kwame Addo (45), Efua's brother-in-law, 31 Sparrow Road, Foxcarr"),
            ("Aunt", "Abena Mensah (38), Efua's sister, 5 Quay Street, Foxcarr"),
            ("Social worker", "Leon Mitchell, Exploitation and Missing Team (team manager: Sue Grant)"),
            ("Police", "PC Dana Hurst, missing and exploitation officer, Foxcarr Police"),
            ("School", "Mr Callum Reid, Designated Safeguarding Lead, Foxcarr Academy"),
            ("Youth work", "Jade Simmons, youth worker, Foxcarr Youth Outreach"),
            ("Missing Children Team", "Tina Barlow, return home interviews"),
            ("School nurse", "Carly Dunn, Foxcarr 0-19 Service"),
        ]),
        ("h1", "Why Jamal has a plan"),
        ("p", "Since September 2025 Jamal has been reported missing five times, each time overnight. On "
              "22/01/2026 Kestrel Bay police found him at a flat 40 miles away with £300 in cash, two phones "
              "and cannabis wraps, with Dwayne Ricketts (22), who is known to the police for supplying drugs. "
              "Jamal had a cut on his hand that he would not explain. He has new trainers and a coat that "
              "Efua did not buy. At school his attendance fell to 78% in the autumn term, and he has been seen "
              "getting into cars outside the gate at lunchtime."),
        ("h1", "What has changed since November"),
        ("bullets", [
            "Jamal has not been missing since 22/01/2026 and has stayed at Kwame's every night Efua worked.",
            "He goes to boxing with Jade every Tuesday and says it is \"the best bit of the week\".",
            "Efua rang the police straight away on the last two nights Jamal went missing.",
            "His attendance in January was 90%.",
        ]),
        ("h1", "Jamal's own words"),
        ("p", "Jamal (seen by Leon at the Youth Hub, 28/01/2026): \"I'm not in a gang. Dwayne's just older, he "
              "looks out for me.\" \"They pay for your train and give you food, that's all.\" \"I don't want "
              "Mum crying.\" \"I want to do bricklaying like my dad did.\" He scored how safe he feels out and "
              "about as 5 out of 10, and at home as 9 out of 10. He asked for his plan to say that he is "
              "trying."),
        ("h1", "What we want for Jamal"),
        ("numbers", [
            "Jamal is safe from adults who use him to carry or sell drugs, and he is not missing from home.",
            "Jamal is in school every day, stays on site, and has a plan for college.",
            "Jamal knows the signs of being groomed, who to ring and where to go if he is scared.",
            "Jamal always has an adult who knows where he is at night.",
        ]),
        ("h1", "The plan"),
        ("p", "The band above each group of rows says when those rows happen, unless a row gives its own "
              "time."),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we'll know"],
            "widths": [7.0, 3.6, 3.0, 3.4],
            "rows": [
                ["Every week, until the review conference on 29/07/2026", H, H, H],
                ["Visit Jamal and see him on his own, at least once a fortnight away from home (the Youth Hub "
                 "or a walk), and ask where he has been and who with",
                 "Leon Mitchell, social worker",
                 "Every week",
                 "Visit records within 48 hours, with Jamal's words and his safety score out of 10"],
                ["Mentoring and boxing at the Foxcarr Youth Hub, with Jamal's 'safe out and about' score asked "
                 "at each session",
                 "Jade Simmons, youth worker",
                 "Every Tuesday, 4pm to 6pm",
                 "Session notes and attendance sent to Leon each month, with the weekly scores"],
                ["Check Jamal in at 8.40am and again after lunch",
                 "Mr Callum Reid, DSL, Foxcarr Academy",
                 "Every school day",
                 "CPOMS log; attendance and any missed lessons e-mailed to Leon every Friday"],
                ["Have Jamal to stay on the nights Efua works",
                 "Kwame Addo, uncle",
                 "Every Tuesday, Wednesday and Thursday night",
                 "Kwame texts Efua and Leon at 10pm that Jamal is in; Leon reads the texts at each visit"],
                ["Go to the Foxcarr Parents Against Exploitation group, to learn the signs of grooming and how "
                 "to respond when Jamal comes home late",
                 "Efua Addo",
                 "Every other Monday, 6.30pm, from 09/02/2026",
                 "Attendance register sent to Leon by the group leader each month"],
                ["Must not happen, until the review conference on 29/07/2026", H, H, H],
                ["Jamal has agreed not to go to Kestrel Bay, not to meet Dwayne Ricketts or the Cray Street "
                 "group, and not to carry any phone but his own",
                 "Jamal Addo",
                 "From 04/02/2026",
                 "PC Hurst checks police intelligence each week and tells Leon of any sighting; Efua sees "
                 "Jamal's phone each Sunday"],
                ["Efua will not let Jamal stay out overnight anywhere except Kwame's house",
                 "Efua Addo",
                 "Every night",
                 "Efua's diary of where Jamal slept, read by Leon at each visit"],
                ["Jamal is not to leave the school site at lunchtime; the gate staff have his photo and ring "
                 "Efua if he tries",
                 "Mr Callum Reid, DSL",
                 "Every school day",
                 "Gate sign-out book checked by Mr Reid every Friday and any attempt logged on CPOMS"],
                ["If this happens", H, H, H],
                ["If Jamal is not home by 9pm and is not answering his phone, report him missing to the "
                 "police (999 if he may be in danger, otherwise 101) and text Leon",
                 "Efua Addo (Kwame on his nights)",
                 "By 9.15pm, every time",
                 "Police missing reference number given to Leon the next morning"],
                ["If Jamal is reported missing, check the addresses he is known to go to, asking Kestrel Bay "
                 "police to check there, and tell Leon",
                 "PC Dana Hurst, or the duty sergeant out of hours",
                 "Within 2 hours of each missing report; Leon told by 9am the next day",
                 "Police missing log; Leon's case note"],
                ["Return home interview with Jamal after every missing episode",
                 "Tina Barlow, Missing Children Team",
                 "Within 72 hours of every return",
                 "Interview report to Leon within 5 working days, saying where Jamal was and who with"],
                ["If Jamal comes home with new clothes, cash, another phone or an injury, hold a strategy "
                 "discussion with the police and school",
                 "Leon Mitchell, or the duty social worker",
                 "Within 24 hours of hearing about it; the same day if he is hurt",
                 "Strategy discussion record on file, with its decisions"],
                ["If Jamal is not in school by 9.15am and no one has rung, ring Efua and then Leon",
                 "Mr Callum Reid, DSL",
                 "By 10am on the day",
                 "First-day call log and CPOMS"],
                ["One-off tasks", H, H, H],
                ["Serve a Child Abduction Warning Notice on Dwayne Ricketts about Jamal",
                 "PC Dana Hurst",
                 "By 13/02/2026",
                 "Copy of the served notice on Leon's file"],
                ["National Referral Mechanism referral for Jamal",
                 "Leon Mitchell, social worker",
                 "By 11/02/2026",
                 "NRM reference number and the reasonable grounds decision on file"],
                ["Make Jamal's own safety plan with him and Efua: who he rings, safe places in town, and a "
                 "code word",
                 "Leon Mitchell, social worker",
                 "By 20/02/2026",
                 "Signed copy on file; Jamal can tell Mr Reid his code word"],
                ["Health check with Jamal, including sleep, drugs and sexual health",
                 "Carly Dunn, school nurse",
                 "By 06/03/2026",
                 "Letter to Leon with what was agreed with Jamal"],
                ["Get Jamal a place on the Friday construction taster course at Foxcarr College",
                 "Mr Callum Reid, DSL",
                 "Start by 27/02/2026",
                 "College register sent to Mr Reid and Leon each month"],
            ],
        }),
        ("p", "A move to a foster placement away from Foxcarr was talked about at the conference. Efua and "
              "Jamal did not want it, and the conference chose to try this plan first."),
        ("p", "Jamal asked whether the police would give back the phone they took on 22/01/2026. PC Hurst "
              "said it is part of an investigation."),
        ("p", "Jamal may be asked to give a witness statement if Dwayne Ricketts is charged; no decision has "
              "been made about that."),
        ("h1", "If the plan is not keeping Jamal safe"),
        ("bullets", [
            "If Jamal is missing for more than 24 hours, or is found in Kestrel Bay or with Dwayne Ricketts: "
            "Leon holds a strategy discussion that day, and asks Sue Grant for a legal planning meeting "
            "within 5 working days to decide whether to start care proceedings.",
            "If Kwame cannot have Jamal on a night Efua works: Efua swaps to a day shift (her ward manager "
            "has agreed this), or Jamal stays with his aunt, Abena Mensah, at 5 Quay Street. If neither is "
            "possible, the Emergency Duty Team arranges an emergency foster placement for that night.",
            "If Jamal is arrested with drugs, cash or a weapon: the police tell Leon the same day, Leon "
            "holds a strategy discussion within 24 hours, and the NRM referral is updated by Leon.",
            "If Jamal is threatened or hurt by anyone linked to Dwayne Ricketts: Efua or Jamal rings 999, "
            "and Leon arranges for Jamal to stay outside Foxcarr that day, with Efua's cousin Adwoa "
            "Boateng in Westholme (she has agreed) or in an emergency foster placement.",
            "If by the review conference Jamal has gone missing three more times, or is still going to "
            "Kestrel Bay, Leon will ask for a legal planning meeting before the conference.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Foxcarr Youth Hub, Wednesdays at 4pm: 25/02/2026, 25/03/2026, "
            "22/04/2026, 20/05/2026, 17/06/2026 and 15/07/2026.",
            "Next review child protection conference: Wednesday 29/07/2026 at 10am, Foxcarr Civic Centre.",
        ]),
        ("p", "Plan sent to Efua, Jamal, Kwame, Abena and every agency on 06/02/2026."),
    ],
    "findings": [],
})
