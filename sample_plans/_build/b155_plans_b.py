"""Batch 155, module b: seven fictional plans (held-out material), places beginning with "b".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans from local authorities and agencies whose house styles have not
been seen before, each in its own template, voice and vocabulary, and none
laid out as an ordinary "Action | Who | When | How we'll know" grid:

1. a pre-birth plan (docx) whose table has only "Step | Detail" columns, the
   lead, timing and check written on labelled lines inside the detail cell,
   with owners given as initials explained in a key at the top;
2. a plan for a looked-after 13-year-old on a children's ward (pdf) with
   "Worry | What's going to happen | Person | Date | What will show it's
   working" columns, a page header and footer;
3. a family plan in Markdown written to a father with depression, outcomes
   under "What Leo and Ruby need", the child's voice under "What Leo told
   me", bracketed initials and dates at the end of each bullet and the
   meetings told in prose in the opening section;
4. core group minutes printed from a case system as plain text, with page
   headers, attendance initials, "In Nathan's words" and an action log of
   labelled Owner / Due / Evidence lines, closed actions listed apart;
5. a review conference plan (docx, landscape) with "Need | Response | Lead
   agency | Review point" and a second, merged row under each response
   holding its "Evidence of change";
6. a social worker's letter to a baby's parents after the initial
   conference (pdf), with the plan in numbered paragraphs, some hedged or
   passive ("It is hoped that ...", "will be referred");
7. core group minutes in Markdown with an owner-first action log
   ("Ref | Lead | Agreed action | Deadline | Proof it has happened") while
   the family prepares to move to another authority.

Plans 1 to 4 are exemplary (no findings under any rule). Plans 5 to 7 keep
mostly good rows with a realistic mix of faults.

Counting actions (README, "Files", actions, and labelling convention 1):
each live row of an action table counts once (in plan 5 an action is its
response row together with the merged "Evidence of change" row under it),
each numbered paragraph of the letter's "What will happen now" counts once,
each bullet of an action section counts once, and each live entry of an
action log counts once. Contingencies, meeting dates and one-off actions
listed as closed or done are not counted.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth initial conference plan, mother with bipolar disorder who
#    stopped her lithium in pregnancy, a 6-year-old brother, the maternal
#    grandmother helping. Two-column "Step | Detail" table, owners given as
#    initials from a key at the top. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b155_brantlecombe_prebirth_step_detail_initials_key_tolley.docx",
    "doc_title": "Pre-Birth Child Protection Plan - Baby Tolley and Mason Tolley",
    "split": "heldout",
    "actions": 12,
    "header": "OFFICIAL-SENSITIVE – Brantlecombe Council – Children's Social Work",
    "template": "prebirth-icpc-docx-initials-key-at-top-details-list-why-worried-masons-words-and-babys-world-outcomes-then-two-column-step-detail-table-lead-when-we-will-know-lines-inside-detail-cell-if-things-go-wrong-meetings",
    "description": (
        "Exemplary pre-birth plan from the initial conference for an unborn baby (28 weeks) and "
        "her 6-year-old brother; the mother has bipolar disorder, stopped her lithium when she "
        "found she was pregnant and became unwell. The council's template has only two columns, "
        "'Step' and 'Detail': each detail cell holds 'Lead', 'When' and 'We will know because' "
        "lines, and the leads are given as initials defined in a key at the top of the plan. The "
        "perinatal psychiatrist and the perinatal community mental health nurse both assess "
        "change and its timescale, the GP owns an action, the grandmother's nights have a "
        "fallback, legal planning follows named triggers, core group and review dates are set; "
        "Mason's words and the baby's world are recorded."
    ),
    "blocks": [
        ("title", "Pre-Birth Child Protection Plan"),
        ("p", "Brantlecombe Council · Children's Social Work · Safeguarding Hub (East)"),
        ("boldp", "Initials used in this plan"),
        ("bullets", [
            "KO – Kemi Oduwole, social worker, Brantlecombe Children's Social Work (team manager: Neil Forsyth)",
            "HF – Dr Hannah Ferris, consultant perinatal psychiatrist, Brantlecombe Perinatal Mental Health Team",
            "AB – Ade Bankole, perinatal community mental health nurse, Brantlecombe Perinatal Mental Health Team",
            "SP – Sally Pryce, safeguarding midwife, Brantlecombe General Hospital maternity unit",
            "DT – Dana Thorne, health visitor, Brantlecombe 0-19 Service",
            "JK – Mrs Joanne Keel, designated safeguarding lead, St Aidan's Primary School",
            "KS – Dr Kamal Shah, GP, Wellgate Surgery",
        ]),
        ("kv", [
            ("Unborn baby", "Baby Tolley (a girl), expected 13/01/2026"),
            ("Brother", "Mason Tolley (6), DOB 02/03/2019, Year 2, St Aidan's Primary School"),
            ("Mother", "Gemma Tolley (27), 11 Rowan Walk, Brantlecombe BT3 8QD"),
            ("Baby's father", "Ryan Hext (29), Flat 4, 60 Mill Street, Brantlecombe; Mason's father too"),
            ("Maternal grandmother", "Linda Tolley, 3 Thorn Close, Brantlecombe (a short bus ride away)"),
            ("Conference", "Initial (pre-birth) child protection conference, 21/10/2025. Chair: Yvonne Acheson"),
            ("Category", "Neglect (unborn baby and Mason)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Gemma has bipolar affective disorder. In 2023 she had a manic episode: she stopped sleeping, "
              "spent her rent money and one night left Mason, then 4, alone in the flat until morning. She was "
              "in hospital for six weeks and Mason lived with Linda. When Gemma found she was pregnant in June "
              "2025 she stopped her lithium without telling anyone. By September she was sleeping two or three "
              "hours a night and had taken out two loans; she restarted her lithium on 22/09/2025 after her GP "
              "saw her. Women with bipolar disorder have a high risk of becoming very unwell in the weeks after "
              "a birth."),
        ("p", "Gemma has cared well for Mason since 2023, keeps her flat clean and warm and has got everything "
              "ready for the baby. Ryan sees Mason every Saturday. There are no concerns about drugs or alcohol "
              "for either parent."),
        ("h1", "Mason's words and the baby's world"),
        ("p", "Mason (seen on his own at school by KO, 15/10/2025): “When Mummy was poorly she talked really fast "
              "and she didn't go to bed. I got my own cereal. I'm going to be a big brother and I'm going to show "
              "the baby my dinosaurs.” He put his worry at 4 out of 10 and said he wants Nana Linda “to sleep at "
              "ours when the baby comes”."),
        ("p", "The baby: at the 28-week scan she was growing on the 50th centile. Gemma has a cot, a Moses basket "
              "and a sling ready (seen by KO on 14/10/2025), talks to the bump when she feels her kick and has "
              "chosen the name Isla. Ryan has been to two of the three scans."),
        ("h1", "What we want for the baby and for Mason"),
        ("bullets", [
            "The baby is born safely and is cared for every day and night by an adult who is well enough to "
            "feed her, settle her and keep her safe, and she gains weight steadily.",
            "Mason is never left to look after himself or the baby when his mum is unwell, and he gets to "
            "school on time every day.",
            "When Gemma's early warning signs appear they are noticed and acted on the same day, so that "
            "neither child is in her care while she is acutely unwell.",
            "Mason knows who to tell if his mum is poorly and feels able to tell them.",
        ]),
        ("h1", "The plan, step by step"),
        ("p", "Each step has a detail box saying who leads it, when it happens and how we will know it has "
              "happened and made a difference. Leads are given by their initials (see the key at the top)."),
        ("table", {
            "header": ["Step", "Detail"],
            "widths": [8.0, 9.0],
            "rows": [
                ["1. Visit Mason at home, one visit in four unannounced, and see him on his own at least every "
                 "other visit to hear what life at home is like",
                 "Lead: KO\nWhen: every week from 22/10/2025 until the review conference\nWe will know because: "
                 "visit records show Mason seen every week and alone at least once a fortnight, with his own "
                 "words written down"],
                ["2. Clinic review of Gemma's mood and medication, and a written assessment of her capacity to "
                 "make and keep the changes the baby and Mason need, the steps still needed and the likely "
                 "timescale",
                 "Lead: HF\nWhen: clinic every four weeks; written assessment by 36 weeks (16/12/2025)\nWe will "
                 "know because: the assessment letter reaches KO by 16/12/2025 and is shared at the review "
                 "conference"],
                ["3. Home visits to Gemma to go through her early warning signs and relapse plan, with a written "
                 "report before each core group on whether she is making the changes needed for the baby and "
                 "how long they are likely to take",
                 "Lead: AB\nWhen: every two weeks from 28/10/2025; report two working days before each core "
                 "group\nWe will know because: AB's report is on the case file before every core group, with "
                 "his view of her progress and its timescale"],
                ["4. Take her lithium every day and have her blood level checked, so that she stays well enough "
                 "to care for Mason and the baby",
                 "Lead: Gemma Tolley (mum)\nWhen: daily; blood test every four weeks at Wellgate Surgery\nWe "
                 "will know because: KS sends KO each blood result within a week and every result is in the "
                 "range HF has set"],
                ["5. Agree a written birth and discharge plan with Gemma: who may visit the ward, the baby to "
                 "stay on the ward for at least 72 hours after the birth, and KO told of the birth the same day",
                 "Lead: SP\nWhen: by 36 weeks (16/12/2025)\nWe will know because: the signed birth plan is on "
                 "the maternity record and a copy is with KO by 16/12/2025"],
                ["6. Antenatal visit, then the new birth visit and home visits to weigh the baby and note how "
                 "Gemma responds to her cues",
                 "Lead: DT\nWhen: antenatal visit by 28/11/2025; weekly from the new birth visit until the baby "
                 "is 8 weeks old\nWe will know because: weights in the red book stay on or above the birth "
                 "centile, and DT's notes on feeding and Gemma's responses reach KO every two weeks"],
                ["7. Stay at Gemma's home for the first fortnight after the baby comes home, doing the 2am feed "
                 "so that Gemma can sleep",
                 "Lead: Linda Tolley (maternal grandmother)\nWhen: every night for 14 nights from the day of "
                 "discharge\nWe will know because: Linda fills in the night-feed chart each night and KO checks "
                 "it at each visit"],
                ["8. Have Mason at her house after school on Wednesdays and overnight on Fridays",
                 "Lead: Linda Tolley (maternal grandmother)\nWhen: every Wednesday until 7pm and every Friday "
                 "night from 22/10/2025\nWe will know because: Linda texts KO each Saturday morning, and Mason "
                 "tells KO about his time at Nana's at her visits"],
                ["9. Have Mason at his flat every Saturday and take him to his football session",
                 "Lead: Ryan Hext (dad)\nWhen: every Saturday, 10am to 5pm, from 25/10/2025\nWe will know "
                 "because: Ryan writes in the family diary each week and KO reads it at her visits"],
                ["10. Check Mason's attendance and how he arrives each morning, give him a weekly session with "
                 "his learning mentor, and phone KO the same day about any worry",
                 "Lead: JK\nWhen: every school day; mentor session every Wednesday\nWe will know because: "
                 "attendance is emailed to KO every Friday and stays at 95% or more; sessions and calls are "
                 "logged on CPOMS"],
                ["11. Send KO a summary of Gemma's mental health history, and tell KO if she misses a lithium "
                 "blood test or review",
                 "Lead: KS\nWhen: summary by 04/11/2025; then within two working days of any missed test or "
                 "review\nWe will know because: the GP summary is on Mason's file by 04/11/2025 and each "
                 "missed-test email is logged on the case file"],
                ["12. Hold a family network meeting with Gemma, Ryan, Linda and Gemma's brother Carl to agree "
                 "who stays with Gemma and the baby if Linda cannot",
                 "Lead: KO\nWhen: by 14/11/2025\nWe will know because: the written network plan is sent to "
                 "every core group member by 21/11/2025"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "Agreed with Gemma, Ryan and Linda at the conference."),
        ("bullets", [
            "If Gemma shows two of her early warning signs (sleeping under four hours two nights running, "
            "talking very fast, spending money she does not have, or missing her lithium): AB or the perinatal "
            "crisis line sees her the same day, Mason goes to Linda's that evening, and KO holds a strategy "
            "discussion the same day. After the birth the baby is not left alone with Gemma until HF has seen "
            "her.",
            "If Gemma becomes unwell on the maternity ward: the baby stays on the ward in the midwives' care "
            "and is not discharged, and KO holds a strategy discussion the same day.",
            "If Linda cannot stay or cannot have Mason (she is ill, or her own mother needs her): Carl stays "
            "instead; if neither of them can, KO arranges that day for Gemma and the baby to go to a "
            "Brantlecombe parent and child foster placement, or for the baby to go to an emergency foster "
            "carer, and Mason stays with Ryan.",
            "If Gemma stops her lithium again, or HF's assessment says she cannot make the changes within the "
            "baby's timescale, KO will ask Neil Forsyth for a legal planning meeting within five working days "
            "to decide whether to begin pre-proceedings under the Public Law Outline before the birth.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 1.30pm, Brantlecombe Family Hub: 06/11/2025 and "
            "04/12/2025; the review conference will set the dates after that.",
            "Review child protection conference: Tuesday 06/01/2026, 10am, Brantlecombe Civic Offices.",
            "KO will see Mason on his own before each core group and bring his words to the meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan for a looked-after 13-year-old with type 1
#    diabetes on a children's ward after diabetic ketoacidosis; mother's
#    drinking; aunt supervising visits. "Worry | What's going to happen |
#    Person | Date | What will show it's working" table. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b155_bilverdon_lac_ward_worry_person_date_kowalski.pdf",
    "doc_title": "Child Protection Plan - Kayla Kowalski",
    "split": "heldout",
    "actions": 11,
    "landscape": True,
    "header": "OFFICIAL-SENSITIVE – Bilverdon Borough Council – Children and Young People's Service",
    "footer": "Kayla Kowalski – child protection plan, ICPC 23/10/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "icpc-lac-teen-on-childrens-ward-paged-landscape-legal-status-kv-in-kaylas-words-what-kayla-needs-then-worry-whats-going-to-happen-person-date-what-will-show-its-working-table-what-happens-if-meetings",
    "description": (
        "Exemplary initial conference plan for a 13-year-old with type 1 diabetes, accommodated "
        "under section 20 and still on a children's ward after diabetic ketoacidosis, whose "
        "mother drinks. A landscape Word plan printed to PDF with a page header and footer; the "
        "table reads 'Worry | What's going to happen | Person | Date | What will show it's "
        "working'. The social worker visits the ward twice a week and the foster carer daily, "
        "the alcohol charity reports on the mother's capacity to change, the aunt's supervision "
        "of visits has a fallback, legal planning follows named triggers, core group, looked-after "
        "review and review conference dates are set; Kayla's own words are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Bilverdon Borough Council · Children and Young People's Service · Children in Care and "
              "Protection Team"),
        ("kv", [
            ("Young person", "Kayla Kowalski (13), DOB 19/05/2012, Year 9, Bilverdon High School"),
            ("Where Kayla is now", "Puffin Ward (children's ward), Bilverdon Royal Infirmary, since 09/10/2025"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, since 14/10/2025, with her "
                             "mother's agreement"),
            ("Mother", "Monika Kowalski (39), 27 Quarry Road, Bilverdon BV2 5HN"),
            ("Father", "Not involved; lives in Poland and has had no contact since 2016"),
            ("Maternal aunt", "Ewa Nowak, 8 Larch Avenue, Bilverdon"),
            ("Foster carer on discharge", "Jackie Moore, Bilverdon Fostering Service"),
            ("Conference", "Initial child protection conference, 23/10/2025. Chair: Marcus Hale (IRO)"),
            ("Category", "Neglect"),
            ("Social worker", "Priya Nandra (team manager: Lorraine Quayle)"),
        ]),
        ("h1", "Why Kayla has a plan"),
        ("p", "Kayla was diagnosed with type 1 diabetes in 2022. Since the summer her mother has been drinking "
              "most days and has stopped checking that Kayla takes her insulin or eats. On 09/10/2025 Ewa found "
              "Kayla alone at home, vomiting and confused; she was admitted to Puffin Ward with diabetic "
              "ketoacidosis. Her HbA1c was 112 mmol/mol. Monika agreed to Kayla being looked after by the "
              "council while she gets help with her drinking."),
        ("h1", "In Kayla's words"),
        ("p", "Seen on her own on the ward by Priya, 17/10/2025: “I stopped doing my injections because no one "
              "checked and I was sick of it. Mum's nice when she's not drinking. I want to go home but not if "
              "she's like that. I'm scared of going to someone I don't know.”"),
        ("p", "Seen again on 21/10/2025: “Jackie came in with a magazine. She's alright. I want to see Mum but "
              "with Auntie Ewa there. Can I still go to Bilverdon High?” Kayla said she would rate how things "
              "are now at 5 out of 10, “better than before I came in”."),
        ("h1", "What Kayla needs"),
        ("bullets", [
            "Kayla gets every insulin dose on time, her blood sugars settle and she has no more admissions with "
            "ketoacidosis.",
            "Kayla lives with an adult who is sober and able to help her manage her diabetes every day.",
            "Kayla sees her mum safely, and only when her mum has not been drinking.",
            "Kayla is back at Bilverdon High within a week of leaving hospital and keeps up with her Year 9 "
            "work.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Worry", "What's going to happen", "Person", "Date", "What will show it's working"],
            "widths": [4.0, 6.5, 4.4, 4.4, 6.4],
            "rows": [
                ["Kayla is in hospital, away from home and everyone she knows",
                 "Visit Kayla on Puffin Ward, see her on her own and tell her what is happening with her mum "
                 "and her move",
                 "Priya Nandra, SW",
                 "Every Tuesday and Friday until discharge, then weekly at Jackie's",
                 "Visit records show two ward visits each week, Kayla seen alone each time and her words "
                 "written down"],
                ["Kayla's insulin was missed for weeks at home",
                 "Teach Kayla and Jackie to count carbohydrates and to give and adjust insulin, and sign each of "
                 "them off as competent",
                 "Claire Dunmore, paediatric diabetes specialist nurse",
                 "Daily on the ward until discharge; sign-off before discharge",
                 "Competency checklists for Kayla and Jackie signed and copied to Priya before discharge; no "
                 "missed doses on Jackie's insulin log in the first four weeks"],
                ["Kayla's blood sugars have been out of control",
                 "Diabetes clinic reviews after discharge, with Kayla's HbA1c taken at each one",
                 "Dr Ravi Menon, consultant paediatrician, Bilverdon Royal Infirmary",
                 "Clinic 4 weeks and 12 weeks after discharge",
                 "Clinic letters copied to Priya; HbA1c below 75 mmol/mol by the 12-week clinic"],
                ["Monika may come to the ward after drinking",
                 "Keep a record of everyone who visits Kayla, and phone Priya the same day if Monika arrives "
                 "smelling of alcohol or unsteady",
                 "Sister Aoife Brennan, ward manager, Puffin Ward",
                 "At every visit; any call the same day",
                 "Visitor log emailed to Priya every Friday; same-day calls noted in the ward record and on "
                 "Kayla's file"],
                ["Kayla misses her mum and wants to see her",
                 "Supervise Monika's visits to Kayla on the ward, and end the visit if Monika has been drinking",
                 "Ewa Nowak (maternal aunt)",
                 "Every Wednesday and Sunday, 2pm to 4pm",
                 "Ewa signs the ward visitor log and texts Priya after each visit; Priya asks Kayla about each "
                 "visit when she next sees her"],
                ["Kayla is moving to a carer she has only just met",
                 "Visit Kayla on the ward every day to get to know her before she moves in",
                 "Jackie Moore, foster carer",
                 "Daily from 24/10/2025 until discharge",
                 "Ward visitor log shows Jackie there each day; Kayla tells Priya how she feels about the move"],
                ["Monika's drinking",
                 "Go to key-work and give a breath test at Clearwater Recovery",
                 "Monika Kowalski (mum)",
                 "Every Monday and Thursday from 27/10/2025",
                 "Every breath test reads zero, as shown in Dean Ashby's report to each core group"],
                ["Monika's drinking",
                 "Key-work with Monika and breath tests, and a written report to each core group on whether she "
                 "is making the changes Kayla needs to go home and how long that is likely to take",
                 "Dean Ashby, recovery worker, Clearwater Recovery (Bilverdon drug and alcohol charity)",
                 "Report two working days before each core group",
                 "Report on Kayla's file before every core group, with the breath test results and Dean's view "
                 "of the timescale"],
                ["Kayla has missed school",
                 "Send Kayla's work to the hospital teacher and hold a return-to-school meeting with Kayla and "
                 "Jackie",
                 "Mr Gareth Lowe, DSL, Bilverdon High School",
                 "Work every Monday until discharge; meeting within 5 school days of discharge",
                 "Hospital teacher's weekly note shows the work done; notes of the return meeting on Kayla's "
                 "file"],
                ["Kayla's wishes about where she lives",
                 "Visit Kayla on the ward to hear her wishes about where she lives and how she sees her mum",
                 "Marcus Hale, IRO",
                 "By 31/10/2025",
                 "IRO's note of the visit, with Kayla's own words, on her file by 31/10/2025"],
                ["Kayla could be discharged in a rush",
                 "Hold a discharge planning meeting with the ward, the diabetes team, Jackie and Kayla",
                 "Priya Nandra, SW",
                 "At least 3 working days before the planned discharge date",
                 "Written discharge plan signed by the ward and Priya and shared with the core group"],
            ],
        }),
        ("h1", "What happens if ..."),
        ("bullets", [
            "... Monika arrives on the ward after drinking, or tries to take Kayla off the ward: ward staff end "
            "the visit and call hospital security, and the police if she will not leave; Priya holds a strategy "
            "discussion the same day.",
            "... Ewa cannot supervise a visit (she is ill or working): the visit goes ahead only with a "
            "Bilverdon contact worker on the ward; if none is free, the visit is moved to another day and "
            "Priya tells Kayla why that day.",
            "... Kayla is readmitted after discharge, or Jackie finds she has missed two insulin doses: Jackie "
            "takes her straight to Puffin Ward, Priya visits her there within 24 hours and then twice a week "
            "until she is discharged again.",
            "... Monika withdraws her agreement to Kayla being looked after and says she will take her home: "
            "Priya will seek legal advice the same day and ask Lorraine Quayle for an urgent legal planning "
            "meeting.",
            "... Dean Ashby's report says Monika is not making the changes Kayla needs, or she has two positive "
            "breath tests before the review conference: Priya will ask Lorraine Quayle for a legal planning "
            "meeting within five working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks, Thursdays at 3pm (on Puffin Ward while Kayla is there): 06/11/2025, "
            "27/11/2025 and 18/12/2025.",
            "Looked-after review: 11/11/2025, 11am, on Puffin Ward or at Jackie's if Kayla has gone home with "
            "her.",
            "Review child protection conference: Thursday 15/01/2026, 10am, Bilverdon Town Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan written to a father with depression who is
#    the sole carer of a 5-year-old and a 20-month-old; paternal
#    grandmother helping. Markdown, key of initials, "What Leo told me",
#    bracketed owners and dates at the end of each bullet, meetings told in
#    the opening prose. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b155_blythewick_family_plan_bracket_owners_harrow.md",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-family-plan-md-written-to-dad-about-this-plan-prose-with-meetings-whos-who-initials-key-what-leo-told-me-rubys-day-what-leo-and-ruby-need-then-whats-going-to-happen-bullets-measure-sentence-bracketed-owner-and-date-at-end-if-things-go-wrong",
    "description": (
        "Exemplary plan from the initial conference for a 5-year-old and a 20-month-old whose "
        "father, their sole carer since their mother left, has depression. A Markdown plan "
        "written to the father: the core group and review dates are told in prose in the opening "
        "section, a who's-who key explains the initials, the child's voice is under 'What Leo "
        "told me' and 'Ruby's day', outcomes are under 'What Leo and Ruby need', and each bullet "
        "of 'What's going to happen' says how we'll know and ends with the owner's initials and "
        "the timing in brackets. The community mental health nurse reports on the father's "
        "capacity to change, the GP owns an action, the grandmother's help has a fallback, legal "
        "planning follows named triggers."
    ),
    "text": """\
# Leo and Ruby's plan

**Blythewick Council – Children's Services – Family Safeguarding Team North**

## About this plan

Craig, this is the plan that was agreed at Leo and Ruby's initial child protection
conference on Thursday 16/10/2025 (chair: Denise Aubrey). Leo and Ruby have a plan under
the category of neglect. I have written it to you, so "you" means you.

We will all meet as a core group every four weeks, on Tuesdays at 10am at the Blythewick
Family Hub: the first meetings are on 28/10/2025, 25/11/2025 and 23/12/2025. The review
child protection conference is on Thursday 15/01/2026 at 10am at Blythewick Town Hall,
where we will look at how much has changed for Leo and Ruby.

## Who's who

| Initials | Person |
|---|---|
| MO | Mina Okoro, social worker (team manager: Paul Grieve) |
| HV | Beth Calloway, health visitor, Blythewick Community Health |
| JK | Jo Kinsella, community mental health nurse, Blythewick Community Mental Health Team |
| GP | Dr Amrit Sandhu, Millbrook Surgery |
| FSW | Tasha Reeve, family support worker, Blythewick Family Hub |
| Mrs D | Mrs Helen Dacre, designated safeguarding lead, Ferncroft Primary School |
| Nana Sue | Sue Harrow, Craig's mum, 40 Beacon Road |

Children: Leo Harrow (5), DOB 09/06/2020, Reception, Ferncroft Primary School; Ruby Harrow
(20 months), DOB 14/02/2024. Home: 6 Kestrel Court, Blythewick BW4 2EA.

## Why we are worried

Leo and Ruby's mum, Stacey, moved out in June and has not been in touch since. Craig, you
told us you have felt very low since then. Your GP diagnosed depression in August. In
September the HV found you asleep at 2pm with Ruby crying in her cot in a soaked nappy, and
Leo has been late to school 14 times and absent 6 times this half term. There was very
little food in the flat on two of my visits.

We have also seen a lot that is good. You love the children and they are warm with you.
You asked your GP for help yourself, you have started your antidepressant, and your mum
helps every week.

## What Leo told me

I saw Leo on his own at school on 10/10/2025. He drew his house with his dad "on the sofa
asleep" and himself "making Ruby laugh". He said: "Daddy is sad because Mummy went. I
make Ruby's milk sometimes. I like Nana's because she does fish fingers." He showed me
how worried he is on his feelings cards: he picked "worried" and "hungry". He wants
"Daddy to get up in the morning" and to go to Nana's "every day".

## Ruby's day

Ruby is 20 months old and says about ten words. On my visits on 07/10 and 14/10 she was
still in her sleepsuit at 11am. She went to Leo when she fell over rather than to her
dad, ate two pieces of toast quickly, and brightened and babbled when Nana Sue arrived.

## What Leo and Ruby need

- A dad who is up with them in the morning, so Leo gets to school on time and Ruby is
  dressed, changed and fed.
- Food in the house every day, and a hot meal every evening.
- Never to be left without an awake adult looking after them.
- Leo to be a five-year-old and not Ruby's carer: in his words, "a dad who gets up".

## What's going to happen

- See Leo and Ruby at home, with at least one visit in four unannounced, and talk to Leo
  on his own with his feelings cards. My visit notes will show both children seen every
  week and what Leo said. (MO, every week from 20/10/2025)
- Weigh Ruby and check her nappy area, her speech and her development; her red book and a
  short note to MO after each visit will show her weight staying on or above the 25th
  centile. (HV, every two weeks from 21/10/2025; two-year review by 27/02/2026)
- Visit Craig at home and go through his mood diary and his relapse signs with him, then
  write to MO saying whether Craig is making the changes Leo and Ruby need and how long
  that is likely to take; the written report will be on the children's file before every
  core group. (JK, every other Thursday from 23/10/2025; report two working days before
  each core group)
- Review Craig's antidepressant with him and tell MO in writing if he stops taking it or
  misses a review, so the core group knows at once if his care of the children may be
  affected; the GP letter goes on Leo's and Ruby's file. (GP, review by 31/10/2025, then
  within two working days of any missed review)
- Take your sertraline every day and fill in your mood diary each evening, so that you can
  get up with Leo and Ruby each morning; JK checks the diary at each visit and her report
  will show any gaps. (Craig, daily from 17/10/2025)
- Come to the flat at 7.30am and build a morning routine with Craig (up, nappy, breakfast,
  dressed, out of the door), filling in the routine chart together; we will know it is
  working when the school register shows Leo in class by 8.50am on at least 9 days out of
  10. (FSW, Monday, Wednesday and Friday for six weeks from 20/10/2025)
- Check Leo's attendance and whether he arrives fed and in clean clothes, and ring MO the
  same day about any worry; the attendance emailed to MO each Friday will show whether he
  is in and on time. (Mrs D, every school day)
- Collect Leo from school and give both children their tea at her house; Nana Sue writes
  each time in the home-school book, which MO reads at her visits. (Nana Sue, every Monday
  and Wednesday)
- Have Leo and Ruby to stay overnight so that Craig can rest; Nana Sue texts MO on the
  Saturday morning to say how the night went. (Nana Sue, every Friday night from
  17/10/2025)
- Go to the Dads Together group at the Family Hub with Ruby; the group register, sent to
  MO after weeks 4 and 8, will show at least 7 of the 8 sessions attended. (Craig, Tuesdays
  for eight weeks from 04/11/2025)
- Arrange a nursery place for Ruby for two mornings a week at Little Wrens Nursery, paid
  for by Children's Services; the place offer letter will be on Ruby's file. (MO, by
  14/11/2025)

## If things go wrong

- If Craig is found asleep or unable to get up while he is alone with the children, or
  tells anyone he has thoughts of ending his life: JK or the Blythewick crisis team will
  see him the same day, Leo and Ruby will go to Nana Sue's that day, and MO will hold a
  strategy discussion the same day.
- If Leo misses two school days in one week without a reason: Mrs D will tell MO that
  morning and MO will visit the flat the same day.
- If Nana Sue cannot help (she is ill or away): Craig's sister Lauren Harrow has agreed to
  have the children instead; if neither of them can, MO will arrange a Blythewick foster
  carer that day for any night when the children cannot safely stay at home.
- If the children are found without an awake adult again, or JK's report says Craig cannot
  make the changes in time for Leo and Ruby, MO will ask Paul Grieve for a legal planning
  meeting within five working days.

*Written by Mina Okoro, social worker, 17/10/2025. Copies to Craig, Nana Sue and everyone
named in the who's-who.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Second core group minutes, mother's drinking and her ex-partner's
#    domestic abuse (on licence), a 15-year-old and an 11-year-old, the
#    maternal uncle helping. Plain-text case-system print with page
#    headers, attendance initials, "In Nathan's words", and an action log
#    of labelled Owner / Due / Evidence lines; closed actions apart.
#    Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b155_bockendale_core_group_minutes_labelled_action_log_gale.txt",
    "split": "heldout",
    "actions": 10,
    "template": "core-group-minutes-case-system-print-txt-page-headers-attendance-initials-numbered-sections-since-last-meeting-in-nathans-words-aims-agency-updates-safety-plan-then-action-log-ref-lines-owner-due-evidence-status-closed-actions-apart-next-meetings",
    "description": (
        "Exemplary minutes of the second core group for a 15-year-old and an 11-year-old whose "
        "mother drinks heavily and whose mother's ex-partner, released on licence, was violent "
        "to her. A plain-text print from a case system with page headers, an attendance list "
        "that defines the initials used as owners, 'In Nathan's words' and Amber's views, the "
        "aims from the conference, a safety plan, and an action log whose entries have Owner, "
        "Due, Evidence and Status lines; one closed one-off action is listed apart and not "
        "counted. The alcohol charity reports on change, the GP, probation and the IDVA own "
        "actions, the uncle's part has a fallback, legal planning follows named triggers, core "
        "group and review dates are set."
    ),
    "text": """\
BOCKENDALE METROPOLITAN COUNCIL                                  CORE GROUP MINUTES
Children's Social Care - Safeguarding East                       Page 1 of 3
Printed from FamilyView 18/11/2025 16:42 by CHART01
====================================================================================
Children ......... Nathan GALE (15), DOB 03/02/2010, Year 11, Bockendale Academy
                   Amber GALE (11), DOB 27/08/2014, Year 7, Bockendale Academy
Address .......... 14 Moor Lane, Bockendale BK7 3RT
Plan started ..... Initial child protection conference 21/10/2025 (category:
                   emotional abuse, both children)
Meeting .......... Core group 2, Tuesday 18/11/2025, 4pm, Moor Lane Family Centre
====================================================================================

1. PRESENT / APOLOGIES
   CH   Chloe Hart, social worker, Safeguarding East (chair)
   LG   Lisa Gale, mother
   GG   Gary Gale, maternal uncle
   RB   Rachel Byrne, recovery worker, Bockendale Recovery Hub (drug and alcohol
        charity)
   SO   Sam Okonedo, probation officer, Bockendale Probation Delivery Unit
   FI   Farah Iqbal, IDVA, Bockendale Domestic Abuse Service
   MW   Mr Martin Wade, DSL, Bockendale Academy
   KD   Kieran Doyle, youth worker, Bockendale Youth Zone
   PV   Dr Priya Varma, GP, Moor Lane Medical Centre (written update; apologies)
   Minutes: Joanne Tait, business support

2. SINCE THE LAST CORE GROUP (04/11/2025)
   Lisa has been to every Wednesday session at the Recovery Hub and her breath
   tests have been clear since 29/10/2025. She had one drinking weekend
   (25-26/10/2025), when Nathan phoned Gary and both children went to his flat.
   Dale Fenn, Lisa's ex-partner, was released on licence on 12/09/2025 with
   conditions not to contact Lisa or the children and not to enter Moor Lane.
   There have been no reported breaches. The new front door lock and camera
   doorbell were fitted on 07/11/2025.

3. IN NATHAN'S WORDS, AND AMBER'S VIEWS
   Nathan (seen alone by CH at the Youth Zone, 13/11/2025): "It's calmer. Mum
   hasn't had a drink since that weekend. I still sleep with my phone under my
   pillow in case he turns up. I don't want to be the one who has to ring Gary
   every time." He scored home 6/10 (4/10 at conference).
   Amber (seen alone by CH at school, 14/11/2025) said she likes going to Uncle
   Gary's on Fridays "because he does pancakes", that she gets a tummy ache on
   Sunday nights "in case Mum starts again", and she wants Nathan "to stop
   worrying about everything". She put herself at 7/10.

BOCKENDALE METROPOLITAN COUNCIL                                  CORE GROUP MINUTES
Children's Social Care - Safeguarding East                       Page 2 of 3
====================================================================================
4. WHAT WE ARE AIMING FOR (FROM THE CONFERENCE)
   4.1 Nathan and Amber are cared for every day by a mum who is sober.
   4.2 Nathan and Amber are safe from Dale Fenn and do not see or hear violence
       at home.
   4.3 Nathan can concentrate on his GCSEs and no longer feels he has to protect
       his mum and sister.
   4.4 Amber knows who she can tell when she is worried, and does tell them.

5. AGENCY UPDATES
   RB: Lisa has attended 6 of 6 sessions; written report given to CH today.
   SO: Dale is reporting weekly and has kept to his licence; his next review of
       conditions is in January.
   FI: safety plan agreed with Lisa on 10/11/2025; MARAC review on 27/11/2025.
   MW: Nathan 94% attendance, Amber 97% since the conference.
   PV: liver function tests taken 12/11/2025, results to follow.

6. SAFETY PLAN - WHAT HAPPENS IF ...
   - Lisa drinks while she is caring for Nathan and Amber (a positive breath
     test, or the children, school or Gary tell us): the children go to Gary's
     flat that evening and stay there until Lisa has had two clear breath tests
     at the Hub; CH visits the same day.
   - Dale comes to Moor Lane or contacts Lisa or the children: they ring 999 and
     Bockendale Police attend; SO starts recall to prison the same day; CH holds
     a strategy discussion with the police the same day.
   - Gary cannot have the children (he is ill or working away): CH arranges for
     Nathan and Amber to stay together with Bockendale emergency foster carers
     that day.
   - Lisa has two positive breath tests before the review conference, or lets
     Dale back into the house: CH will ask Alan Price (team manager) for a
     legal planning meeting within five working days.

7. ACTION LOG (LIVE ACTIONS)

A1  See Nathan and Amber at home every week and each of them on their own at
    least once a fortnight, at home, school or the Youth Zone
    Owner: CH      Due: weekly, next 21/11/2025
    Evidence: visit records show both children seen each week and seen alone
              each fortnight, with their words written down
    Status: on track

A2  Key-work and breath tests with Lisa, and a written report to each core group
    on whether she is making the changes Nathan and Amber need and how long
    that is likely to take
    Owner: RB      Due: sessions every Wednesday; report two working days before
                   each core group
    Evidence: report on file before every core group, with test results and
              RB's view of the timescale
    Status: on track - first report received today

A3  Complete the 12-week Fresh Start alcohol group and give a breath test at
    each session
    Owner: LG      Due: every Wednesday until 14/01/2026
    Evidence: RB's report shows at least 11 of 12 sessions attended and every
              test clear
    Status: 6 of 6 so far

BOCKENDALE METROPOLITAN COUNCIL                                  CORE GROUP MINUTES
Children's Social Care - Safeguarding East                       Page 3 of 3
====================================================================================
A4  Review Lisa's liver function results and her relapse-prevention medicine,
    and tell CH of any missed review
    Owner: PV      Due: by 05/12/2025; then within two working days of any
                   missed review
    Evidence: GP letter on the children's file by 05/12/2025
    Status: bloods taken

A5  Check at supervision that Dale keeps to his licence conditions, and tell CH
    the same day of any breach or any sign he has been near Moor Lane
    Owner: SO      Due: weekly supervision; same day for any breach
    Evidence: written update before each core group; any breach logged on the
              case file the same day
    Status: on track

A6  Safety planning sessions with Lisa, and a MARAC review of the risk from Dale
    Owner: FI      Due: every two weeks until the review conference; MARAC
                   review 27/11/2025
    Evidence: signed safety plan copied to CH; MARAC actions shared with the core
              group by 02/12/2025
    Status: safety plan done, sessions continue

A7  Check Nathan's and Amber's attendance each day, give each of them a weekly
    check-in with their head of year, and ring CH the same day about any worry
    Owner: MW      Due: every school day; check-ins every Monday
    Evidence: attendance emailed to CH every Friday; check-ins logged on CPOMS
    Status: on track

A8  Weekly one-to-one sessions with Nathan about healthy relationships and
    handling his anger at home
    Owner: KD      Due: every Thursday, eight sessions from 20/11/2025
    Evidence: session notes to CH every two weeks; Nathan's own rating of how
              he copes, recorded by KD at each session
    Status: new

A9  Have Nathan and Amber to stay every Friday night, and be the adult they ring
    if their mum has been drinking
    Owner: GG      Due: every Friday; any time they ring
    Evidence: GG texts CH each Saturday; CH checks that both children have his
              number saved on their phones at her visits
    Status: on track

A10 Direct work with Amber about what happens when Mum drinks, using her worry
    jar and a "who can I tell" hand
    Owner: CH      Due: four sessions by 19/12/2025
    Evidence: Amber's worry jar notes and her hand kept on file and brought to
              the review conference
    Status: two sessions done

CLOSED SINCE THE LAST CORE GROUP (FOR THE RECORD, NOT CARRIED FORWARD)
    Fit a new front door lock and a camera doorbell at 14 Moor Lane - Owner: CH -
    CLOSED 07/11/2025, fitted and seen working by CH.

8. NEXT MEETINGS
   Core group every four weeks, 4pm, Moor Lane Family Centre: 16/12/2025 and
   13/01/2026.
   Review child protection conference: Tuesday 20/01/2026, 10am, Bockendale
   Civic Centre.
====================================================================================
END OF PRINT
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. First review conference plan, mother's depression and anxiety, father
#    excluded after domestic abuse, a 9-year-old and a 3-year-old. Landscape
#    Word table "Need | Response | Lead agency | Review point" with the need
#    merged down over its responses and a merged "Evidence of change" row
#    under each response. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b155_baskerholme_rcpc_need_response_evidence_rows_whitlock.docx",
    "doc_title": "Review Child Protection Plan - Ellis and Rosa Whitlock",
    "split": "heldout",
    "actions": 11,
    "landscape": True,
    "check_vmerge": 6,
    "template": "rcpc-landscape-docx-details-kv-what-has-changed-what-ellis-and-rosa-have-told-us-outcomes-then-need-merged-down-response-lead-agency-review-point-table-with-merged-evidence-of-change-row-under-each-response-plan-b-meetings",
    "description": (
        "First review conference plan for a 9-year-old and a 3-year-old whose mother has "
        "depression and anxiety and whose father left after domestic abuse. The council's "
        "landscape table reads 'Need | Response | Lead agency | Review point', each need merged "
        "down over its responses, and a merged row under every response gives its 'Evidence of "
        "change'. Most rows are sound (weekly visits, the GP, the morning routine, the police, "
        "the Freedom Programme, speech and language). Faults: the CPN only supports the mother, "
        "measured by her attendance; the IDVA's safety planning is 'Ongoing'; direct work with "
        "Ellis is 'to be monitored by the core group'; the school's daily check has no evidence; "
        "information sharing is owned by 'Core group'; one outcome is about the mother alone; "
        "the Plan B names no legal planning."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Baskerholme City Council · Children's Social Care · Family Safeguarding (West)"),
        ("kv", [
            ("Children", "Ellis Whitlock (9), DOB 30/01/2016, Year 5, Hollinsfield Primary; Rosa Whitlock (3), "
                         "DOB 12/07/2022, Tiny Steps Nursery"),
            ("Mother", "Kirsty Whitlock (31), 5 Tanner's Row, Baskerholme BH6 1PW"),
            ("Father", "Jason Pell (34), moved out 19/07/2025; non-molestation order to 18/01/2026"),
            ("Category", "Emotional abuse (both children)"),
            ("Initial conference", "19/08/2025"),
            ("This conference", "First review child protection conference, 11/11/2025. Chair: Gwen Tyrell (IRO)"),
            ("Social worker", "Ben Achterberg (team manager: Rhona Platt)"),
        ]),
        ("h1", "What has changed since the initial conference"),
        ("p", "Jason has kept away from Tanner's Row since the order was made, and there have been no police "
              "call-outs since July. Kirsty's depression is still heavy in the mornings: Ellis was late 11 times "
              "in September and Rosa missed 9 nursery sessions. Kirsty started sertraline in August and has seen "
              "the CPN four times. Rosa's speech is behind; she uses about 20 words."),
        ("h1", "What Ellis and Rosa have told us"),
        ("p", "Ellis (seen alone at school, 04/11/2025): “It's quieter since Dad went. Mum cries in the morning "
              "and I do Rosa's breakfast. I'm worried Dad will come back and shout.” He scored home 5 out of 10 "
              "(3 in August) and wants to join the after-school football club."),
        ("p", "Rosa (seen at home, 06/11/2025) brought her toy tea set to the SW and poured pretend tea; she "
              "clung to Kirsty's leg when the doorbell rang and hid behind the sofa until she saw who it was. "
              "Nursery say she plays alone and startles at loud noises."),
        ("h1", "What we want to be different by the next review"),
        ("bullets", [
            "Ellis and Rosa get to school and nursery on time, fed and dressed, every day.",
            "Ellis and Rosa live free from domestic abuse and feel safe when the doorbell goes.",
            "Rosa's speech catches up, so that she can tell people what she needs.",
            "Kirsty feels more confident and her low mood has lifted.",
        ]),
        ("h1", "The plan"),
        ("p", "Each response has its evidence of change in the row beneath it. The review point is when the "
              "response happens or is next checked."),
        ("table", {
            "header": ["Need", "Response", "Lead agency", "Review point"],
            "widths": [5.0, 9.0, 6.5, 5.2],
            "band_fill": "FFFFFF",
            "rows": [
                ["Ellis and Rosa need to be seen and heard by someone who knows them",
                 "Home visits, one in three unannounced, with Ellis seen on his own at home or school",
                 "Baskerholme Children's Social Care – Ben Achterberg, SW",
                 "Weekly, until the second review conference"],
                [V, "Evidence of change: visit records show both children seen each week and Ellis seen alone, "
                    "with his words recorded", H, H],
                ["Ellis and Rosa need a mum who is well enough to get up, feed them and get them to school and "
                 "nursery",
                 "Fortnightly home visits to support Kirsty with her low mood and anxiety",
                 "Baskerholme Community Mental Health Team – Olu Bamgbose, CPN",
                 "Every two weeks from 18/11/2025"],
                [V, "Evidence of change: Kirsty is in for each visit, shown on the CPN's attendance record sent "
                    "to the SW each month", H, H],
                [V,
                 "Review Kirsty's sertraline and tell the SW in writing of any missed review within two working "
                 "days",
                 "Hollinsfield Medical Practice – Dr Neha Kapoor, GP",
                 "Review by 28/11/2025"],
                [V, "Evidence of change: GP letter on the children's file by 28/11/2025", H, H],
                [V,
                 "Morning routine sessions at home: breakfast, getting dressed and the walk to school and "
                 "nursery",
                 "Baskerholme Family Support Service – Jenna Holt, family support worker",
                 "Mondays, Wednesdays and Fridays at 7.45am for six weeks from 17/11/2025"],
                [V, "Evidence of change: Ellis in class by 8.50am and Rosa at nursery by 9.15am on at least 9 "
                    "days out of 10 (school and nursery registers)", H, H],
                ["Ellis and Rosa need to be safe from Jason and not to see or hear violence",
                 "Safety planning with Kirsty, and checking that the non-molestation order is being kept",
                 "Baskerholme Domestic Abuse Service – Farah Akhtar, IDVA",
                 "Ongoing"],
                [V, "Evidence of change: written safety plan copied to the SW; any breach reported to the police "
                    "the same day", H, H],
                [V,
                 "Tell the SW the same day about any call-out to Tanner's Row or any breach of the order",
                 "Baskerholme Police – Safeguarding Hub (DC Rhys Morgan)",
                 "Same day"],
                [V, "Evidence of change: call-outs and breaches logged on the case file", H, H],
                [V,
                 "Attend the 12-week Freedom Programme at Baskerholme Women's Centre",
                 "Kirsty Whitlock, with Baskerholme Domestic Abuse Service",
                 "Thursdays from 20/11/2025"],
                [V, "Evidence of change: group register shows at least 10 of 12 sessions; end-of-course report "
                    "to the SW", H, H],
                ["Ellis needs help to make sense of what he has seen at home",
                 "Direct work with Ellis about feelings and keeping safe, using his 'All about me' book",
                 "Baskerholme Children's Social Care – Ben Achterberg, SW",
                 "Six sessions by 19/12/2025"],
                [V, "Evidence of change: Ellis's improvement to be monitored by the core group", H, H],
                [V,
                 "Check Ellis's attendance and how he seems each day, and ring the SW the same day about any "
                 "worry",
                 "Hollinsfield Primary – Mrs Carol Pryor, DSL",
                 "Every school day"],
                [V, "Evidence of change: –", H, H],
                ["Rosa needs her speech and development to catch up",
                 "Refer Rosa to speech and language therapy, and check her words and play at home",
                 "Baskerholme 0-19 Service – Dawn Fenwick, HV",
                 "Referral by 21/11/2025; home visit every four weeks"],
                [V, "Evidence of change: SALT acceptance letter on file; Rosa's words counted at each visit "
                    "(aim: 50 words by the second review)", H, H],
                ["Ellis and Rosa need the adults around them to act on worries together",
                 "Share any worry about Ellis and Rosa with the SW and come to every core group",
                 "Core group",
                 "At every core group meeting"],
                [V, "Evidence of change: attendance and any worries recorded in the core group minutes", H, H],
            ],
        }),
        ("h1", "Plan B"),
        ("p", "If Jason comes to Tanner's Row or contacts Kirsty or the children, Kirsty will ring 999 and "
              "Baskerholme Police will attend; Ben will hold a strategy discussion the same day, and Kirsty and "
              "the children will be offered a place at the Baskerholme refuge that night."),
        ("p", "If the children are found alone, or Rosa is not fed or changed because Kirsty cannot get up, Ben "
              "will visit the same day, the CMHT crisis team will be asked to see Kirsty that day, and Ellis "
              "and Rosa will stay with Baskerholme foster carers until she has been seen."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 9.30am, Hollinsfield Family Hub: 27/11/2025, 18/12/2025, "
            "15/01/2026.",
            "Second review child protection conference: Tuesday 12/05/2026, 1.30pm, Baskerholme Civic Centre.",
        ]),
    ],
    "findings": [
        F("H001", "Fortnightly home visits to support Kirsty with her low mood"),
        F("T002", "Safety planning with Kirsty, and checking that the non-molestation"),
        F("M002", "Direct work with Ellis about feelings and keeping safe"),
        F("M001", "Check Ellis's attendance and how he seems each day"),
        F("W002", "Share any worry about Ellis and Rosa with the SW"),
        F("F002", "Kirsty feels more confident and her low mood has lifted."),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Social worker's letter to a baby's parents after the initial
#    conference: mother's postnatal depression, father's cannabis use.
#    Numbered paragraphs under "What will happen now", some hedged or
#    passive. Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b155_bexworthy_letter_hoped_passive_numbered_dunne.pdf",
    "doc_title": "Letter to Chloe Dunne and Sean Maguire after Archie's conference",
    "split": "heldout",
    "actions": 9,
    "header": "OFFICIAL-SENSITIVE – Bexworthy Council – Children's Services",
    "footer": "Letter to Chloe Dunne and Sean Maguire, 24/10/2025 – Page {PAGE} of {NUMPAGES}",
    "template": "sw-letter-to-parents-after-icpc-paged-address-block-dear-why-plan-what-we-have-seen-of-archie-what-we-want-then-what-will-happen-now-numbered-paragraphs-i-and-you-hedged-and-passive-sentences-if-things-do-not-get-better-meetings-sign-off",
    "description": (
        "A social worker's letter to the parents of a 10-week-old after the initial conference; "
        "the mother has postnatal depression and the father smokes cannabis. The plan is set "
        "out in numbered paragraphs under 'What will happen now', written with 'I' and 'you', "
        "with Archie's lived experience under 'What we have seen of Archie'. Most paragraphs are "
        "sound (the social worker's visits, the GP, the drug service reporting on change, the "
        "father's agreement, the feeding chart). Faults: the health visitor will visit "
        "'regularly' to 'keep an eye on' Archie's weight; the perinatal team only supports the "
        "mother, and we will know when her mood improves; the baby massage referral is passive "
        "with nobody named; 'It is hoped that' the mother takes Archie to stay-and-play 'when she "
        "feels up to it', with nothing to show it; the contingency's only trigger is 'if things "
        "do not get better'; the review conference date is still to be confirmed."
    ),
    "blocks": [
        ("pr", "Bexworthy Council, Children's Services"),
        ("pr", "Locality Team South, Harbour House, Quay Street, Bexworthy BX1 4DL"),
        ("pr", "24/10/2025"),
        ("pl", "Chloe Dunne and Sean Maguire"),
        ("pl", "Flat 9, Gannet House"),
        ("pl", "Bexworthy BX3 7JT"),
        ("p", ""),
        ("p", "Dear Chloe and Sean,"),
        ("boldp", "Archie's child protection plan"),
        ("p", "Thank you both for coming to Archie's initial child protection conference on Wednesday "
              "22/10/2025. I know it was a long and hard morning. This letter sets out what the conference "
              "decided and the plan we agreed, so that you have it in writing. Please ring me if anything in it "
              "is not what you remember."),
        ("boldp", "Why Archie has a plan"),
        ("p", "The conference decided that Archie (born 06/08/2025) should have a child protection plan under the "
              "category of neglect. Chloe, you told the conference that since Archie was born you have felt "
              "very low and that some days you cannot face feeding him; your GP diagnosed postnatal depression "
              "in September. Archie's weight has dropped from the 50th to the 9th centile. Sean, you smoke "
              "cannabis most days, and on 30/09/2025 the health visitor found you asleep at 2pm while Archie was "
              "crying in a wet nappy and had not been fed since the morning."),
        ("boldp", "What we have seen of Archie"),
        ("p", "When I visited on 14/10/2025 and 20/10/2025 Archie was awake and alert. He fed hungrily from his "
              "bottle and settled quickly when Sean held him against his shoulder. He watched Chloe's face when "
              "she talked to him but cried for a long time when he was put down in his Moses basket, and he had "
              "a sore nappy rash."),
        ("boldp", "What we want for Archie"),
        ("bullets", [
            "Archie is fed at least every four hours, day and night, and his weight climbs back towards the "
            "50th centile.",
            "Archie is always looked after by an adult who is awake, sober and not affected by cannabis.",
            "Archie is changed, warm and comforted when he cries, and his nappy rash clears.",
        ]),
        ("boldp", "What will happen now"),
        ("numbers", [
            "I will visit you and Archie at home every week, at least once a month without telling you first. "
            "My visit notes will show Archie seen awake and held each week, where he sleeps and how he responds "
            "to you both.",
            "Your health visitor, Megan Lowry, will visit regularly to keep an eye on Archie's weight.",
            "The perinatal mental health team (Joanne Price, community psychiatric nurse) will continue to see "
            "Chloe every two weeks to support her with her mood, and we will know this is working when Chloe's "
            "mood improves.",
            "Dr Vikram Patel, your GP, will review Chloe's antidepressant by 07/11/2025 and write to me with the "
            "new plan; his letter will go on Archie's file.",
            "Archie will be referred to the baby massage group at Bexworthy Family Hub by 07/11/2025, and a "
            "letter confirming his place will be kept on his file.",
            "Sean, you have agreed not to smoke cannabis in the flat or while you are looking after Archie, "
            "from 22/10/2025. Your drug screens at Bexworthy Substance Advice will show whether you have kept "
            "to this.",
            "Kofi Mensah, Sean's key worker at Bexworthy Substance Advice, will see Sean every Monday, test his "
            "urine once a month and write to me before each core group about whether Sean has stopped, what "
            "still needs to change for Archie and how long that is likely to take.",
            "It is hoped that Chloe will take Archie to the stay-and-play sessions at Bexworthy Family Hub when "
            "she feels up to it.",
            "Chloe and Sean, you will write down every feed on the chart Megan gave you, at the time of each "
            "feed. Megan will check the chart at each visit, and it should show Archie fed at least every four "
            "hours.",
        ]),
        ("boldp", "If things do not get better"),
        ("p", "If things do not get better for Archie, or if any of us become more worried about how he is being "
              "looked after, we will talk with you about what has to change, and I will ask my manager, Ruth "
              "Bell, for a legal planning meeting."),
        ("boldp", "Meetings"),
        ("p", "The core group (you both, me, Megan, Joanne, Kofi and Dr Patel) will meet every four weeks at "
              "Bexworthy Family Hub. The first meeting is on Wednesday 05/11/2025 at 10am and the next on "
              "03/12/2025. The review child protection conference will be within three months of the first "
              "conference; its date is still to be confirmed and I will write to you when it is booked."),
        ("p", "I know this is a lot to take in. Please call me on 01632 960 417 if you have any questions."),
        ("p", "Yours sincerely,"),
        ("pl", "Hannah Lister"),
        ("pl", "Social Worker, Locality Team South"),
        ("p", "Copies to: Megan Lowry (HV); Joanne Price (Bexworthy Perinatal Mental Health Team); Kofi Mensah "
              "(Bexworthy Substance Advice); Dr Vikram Patel (Quay Street Surgery); Amira Rahman (conference "
              "chair)."),
    ],
    "findings": [
        F("T002", "will visit regularly to keep an eye on Archie's weight"),
        F("M002", "will visit regularly to keep an eye on Archie's weight"),
        F("H001", "continue to see Chloe every two weeks to support her"),
        F("M002", "continue to see Chloe every two weeks to support her"),
        F("W001", "Archie will be referred to the baby massage group"),
        F("T002", "It is hoped that Chloe will take Archie to"),
        F("M001", "It is hoped that Chloe will take Archie to"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Third core group minutes while the family prepares to move to another
#    authority, mother's cocaine and alcohol use, a 12-year-old and a
#    7-year-old, the maternal aunt caring at weekends. Markdown minutes with
#    an owner-first action log table and a closed-items list. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b155_brundlesea_core_group_owner_first_log_moving_achebe.md",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-minutes-md-attendance-list-family-news-and-the-move-malik-and-zaras-views-what-we-are-working-towards-then-owner-first-ref-lead-agreed-action-deadline-proof-table-closed-items-list-if-toni-uses-next-meetings",
    "description": (
        "Minutes of the third core group for a 12-year-old and a 7-year-old whose mother uses "
        "cocaine and alcohol, while the family prepares to move to another authority. Markdown "
        "minutes with an owner-first action log ('Ref | Lead | Agreed action | Deadline | Proof "
        "it has happened') and a closed-items list. Most rows are sound (weekly visits until the "
        "transfer-in conference, the aunt's weekends and supervised Saturdays, the secondary "
        "school, the records handover and joint visit). Faults: the primary school's check is "
        "only 'Monitored by school'; 'All agencies' share worries; the parenting assessment is "
        "handed on until the case has transferred; the young carers referral waits 'as and when "
        "Toni agrees'; the dental check-up has no deadline; the drug service is only where the "
        "mother goes, so no adult service owns an action; the aunt carries two actions and the "
        "contingency says nothing of her being unable to."
    ),
    "text": """\
# Core group meeting 3 – Malik and Zara Achebe

**Brundlesea Borough Council – Children's Services – Safeguarding Team 2**
**Date:** Thursday 13/11/2025, 2pm, Brundlesea Family Centre
**Chair and minutes:** Sam Kerr, social worker

**Present:** Toni Achebe (mum); Nikki Reid (Toni's sister); Sam Kerr (SW); Mrs Grace
Okafor (DSL, St Jude's Primary); Mr Daniel Bell (head of Year 8, Kingsgate Academy);
Hannah Wells (school nurse).
**Apologies:** Brundlesea Drug and Alcohol Service (no one available); Dr Lewis Grant (GP).

Children: Malik Achebe (12), DOB 08/04/2013, Year 8, Kingsgate Academy; Zara Achebe (7),
DOB 21/12/2017, Year 3, St Jude's Primary. Plan made at the initial conference on
25/09/2025, category neglect.

## 1. Family news and the move

Toni uses cocaine and drinks at weekends, and the conference heard that Malik had been
putting Zara to bed and getting her to school on Mondays after Toni had been out. Since
the conference the children have stayed with Nikki from Friday to Sunday. Toni has been
to 5 of her 7 appointments at Brundlesea Drug and Alcohol Service; her last two screens
were negative.

Toni has been offered a council house exchange to Hallowfield (Hallowfield County
Council) and expects to move in the week of 08/12/2025. Sam has told Hallowfield's
children's services, who will hold a transfer-in conference after the move. Brundlesea
keeps the plan until then.

## 2. Malik and Zara's views

Malik (seen alone at school, 10/11/2025): "Weekends at Auntie Nikki's are good because I
don't have to watch Zara. I'm worried about moving because I won't know anyone, and who
will check on Mum on Saturdays?" He scored how things are at 6/10.

Zara (seen alone at home, 11/11/2025) drew Nikki's house with "my bed with the stars" and
said she likes "Auntie Nikki's pancakes". She said Mum is "sleepy on Mondays" and that she
wants to take her rabbit to the new house.

## 3. What we are working towards

- Malik and Zara are cared for every day by an adult who is not under the influence of
  drugs or alcohol.
- Zara gets to school on time every Monday, and Malik no longer looks after her.
- Malik and Zara settle at new schools after the move with people they can talk to.

## 4. Action log

| Ref | Lead | Agreed action | Deadline | Proof it has happened |
|---|---|---|---|---|
| AL1 | Sam Kerr (SW) | See Malik and Zara at home every week, and each of them on their own at least once a fortnight | Weekly until the Hallowfield transfer-in conference | Visit records show both children seen weekly, with their own words written down |
| AL2 | Toni Achebe (mum) | Go to every key-work appointment at Brundlesea Drug and Alcohol Service and give a drug screen each time | Every Tuesday until the move | Screen results shown to Sam at his visits |
| AL3 | Nikki Reid (maternal aunt) | Have Malik and Zara at her home from Friday after school until Sunday at 6pm | Every weekend | Nikki texts Sam each Sunday evening; the children tell Sam about their weekends at his visits |
| AL4 | Nikki Reid (maternal aunt) | Supervise Toni's time with the children at Nikki's home on Saturday afternoons | Every Saturday, 1pm to 4pm | Nikki's contact notes, read by Sam at each visit |
| AL5 | Mrs Grace Okafor (DSL, St Jude's) | Check Zara's attendance and how she presents on Mondays, and ring Sam the same day about any worry | Every school day | Monitored by school |
| AL6 | Mr Daniel Bell (Kingsgate Academy) | Weekly mentoring check-in with Malik about home, the move and who he can talk to | Every Monday until the move | Check-ins logged on CPOMS; summary emailed to Sam every two weeks |
| AL7 | All agencies | Share any worry about Malik or Zara with Sam on the day it arises | Same day | Each worry logged on the children's case file |
| AL8 | Hallowfield Children's Services | Parenting assessment of Toni, to be started by Hallowfield once the case has transferred | Within six weeks of the Hallowfield transfer-in conference | Assessment report shared with the Hallowfield core group |
| AL9 | Sam Kerr (SW) | Refer Malik to Brundlesea Young Carers for a young carer's assessment | As and when Toni agrees | Referral acceptance letter on file |
| AL10 | Toni Achebe (mum) | Book Malik and Zara a dental check-up | | Appointment cards seen by Sam |
| AL11 | Sam Kerr (SW) | Send Hallowfield a transfer summary and the children's records, and book a joint home visit with the Hallowfield social worker | Summary and records by 28/11/2025; joint visit in the week of the move | Email receipt from Hallowfield on file; joint visit recorded by both workers |

**Closed since core group 2 (not carried forward):**

- Zara's school nurse health check – Hannah Wells – completed 30/10/2025, letter on file.

## 5. If Toni uses

If Toni uses cocaine or drinks while she is caring for Malik and Zara (a positive screen,
or the children, school or Nikki tell us), the children will go to Nikki's that day and
stay there until Toni has had two negative screens, and Sam will visit the same day.

If Toni has two positive screens before the review conference, Sam will ask his team
manager, Carol Mensah, for a legal planning meeting within five working days.

## 6. Next meetings

- Core group 4: Thursday 04/12/2025, 2pm, Brundlesea Family Centre (core group every
  three weeks until the move).
- Review child protection conference: Thursday 18/12/2025, 10am, Brundlesea Town Hall, if
  the family have not moved by then; otherwise the Hallowfield transfer-in conference
  replaces it.
""",
    "findings": [
        F("M002", "Check Zara's attendance and how she presents on Mondays"),
        F("W002", "Share any worry about Malik or Zara with Sam"),
        F("X001", "Parenting assessment of Toni, to be started by Hallowfield"),
        F("T002", "Refer Malik to Brundlesea Young Carers for a young"),
        F("T001", "Book Malik and Zara a dental check-up"),
        F("F004"),
        F("C003"),
    ],
})
