"""Batch 154, module y: seven fictional plans (tuning material), places beginning with "y".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans from local authorities and agencies whose house styles have not
been seen before, each with its own template, voice and words, none of them an
ordinary "Action | Who | When | How we'll know" grid. A pre-birth plan whose
table reads "Worry | What's going to happen | Person | Date", the worry merged
down its actions and a "How we'll know" row under each action (docx); a
transfer-in plan after domestic abuse whose table reads "Need | Response |
Lead agency (worker) | Review point | Evidence of change", with the previous
authority's plan told in prose (PDF); a core group plan for a non-verbal
autistic boy whose father drinks, written as bullets with the owner's
initials and the timing in brackets at the end, the initials explained in a
key at the top, and the meetings told in prose under "Keeping track" (md); a
review conference plan in a two-column "Step | Detail" table under outcome
banner rows, each Detail cell holding Lead / When / "We'll know because"
lines (docx); a social worker's letter to the parents after an initial
conference, the plan as numbered paragraphs in the first and second person,
some of them hedged or passive (PDF); a family's core group plan with the
columns in the order "When | Who | What's going to happen | So that ... |
Proof", outcomes in the family's words and a "Plan B" (md); and a case-system
export for a looked-after toddler on a children's ward, with labelled lines
and repeated page headers (txt).

Three plans are exemplary: the Yarkenholt pre-birth plan (docx), the
Yoxwater transfer-in plan (PDF) and the Ymmerdale bracketed-bullets core
group plan (md). Four carry a realistic mix of faults among mostly good rows:
the Yaverstone Step / Detail review plan (docx; an outcome about the mother
only, "All agencies", a row with no lead, "monitored at core group", "as and
when needed", a CPN who only supports, no legal planning), the Yethinghope
letter (PDF; a hedged "It is hoped that ... over the coming months" with no
check, a passive referral, "keep an eye on", "Everyone working with your
family" with no check, no fallback if the grandmother cannot help), the
Yornell family plan (md; "When she can", "Ongoing", a "Family" owner,
"Monitored by", a row with no proof, no fallback if Grandad or Auntie Jo
cannot help, review conference date to be confirmed) and the Yardlebrook
ward export (txt; a looked-after toddler in hospital whom nobody is set to
visit at a stated frequency, "As often as she can", "When she is able", a
parenting assessment handed to the receiving authority pending transfer,
"Evidence: N/A", "All agencies", a row with no timescale).

Counting convention used for "actions" (README convention 1): every live row
of an action table (a "How we'll know" row under an action belongs to that
action and is not counted; outcome banner rows are headings), every numbered
paragraph of the letter's "What will happen now" and every bullet of an
action section count; background, what the previous authority's plan asked,
the child's views, outcomes, contingencies and meeting dates are not actions.
No plan here holds work already done.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial pre-birth conference plan, mother with bipolar disorder, a
#    6-year-old sister, father and grandmother helping after the birth.
#    "Worry | What's going to happen | Person | Date" table, the worry
#    merged down, a "How we'll know" row under every action. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b154_yarkenholt_prebirth_worry_whats_going_to_happen_detail_row_okafor.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Okafor and Maisie Okafor",
    "split": "tune",
    "actions": 12,
    "check_vmerge": 4,
    "header": "OFFICIAL-SENSITIVE · Yarkenholt Metropolitan Borough Council · Children and Families",
    "template": "prebirth-icpc-docx-about-this-plan-kv-why-worried-going-well-what-maisie-told-me-babys-world-needs-then-worry-whats-going-to-happen-person-date-table-worry-merged-down-how-well-know-row-under-each-action-then-what-happens-if-keeping-on-track-prose",
    "description": (
        "Exemplary plan from an initial pre-birth conference at 28 weeks for an unborn baby and "
        "a 6-year-old sister whose mother has bipolar disorder and was sectioned in 2023. The "
        "Word table reads 'Worry | What's going to happen | Person | Date'; each worry is merged "
        "down over its actions and under every action a merged row gives 'How we'll know'. The "
        "perinatal psychiatrist and the perinatal nurse both report on change, the GP owns an "
        "action, the father's and grandmother's help after the birth has a fallback, legal "
        "planning follows named triggers, core group dates and the review conference are given "
        "in a 'Keeping the plan on track' paragraph; Maisie's own words and the baby's world so far."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Yarkenholt Metropolitan Borough Council · Children and Families · Family Safeguarding (North)"),
        ("h1", "About this plan"),
        ("kv", [
            ("Unborn baby", "Baby Okafor, expected 18/04/2026 (28 weeks at conference)"),
            ("Sister", "Maisie Okafor (6), DOB 22/09/2019, Year 1 at Hollins Lane Primary"),
            ("Mother", "Nadia Okafor (27)"),
            ("Father", "Emeka Okafor (30), lives at home; works nights as a warehouse supervisor"),
            ("Maternal grandmother", "Grace Eze (58), 14 Tanner's Walk, Yarkenholt (ten minutes' walk)"),
            ("Address", "31 Rushbrook Road, Yarkenholt YK4 2DS"),
            ("Conference", "Initial pre-birth child protection conference, 13/01/2026. "
                           "Chair: Stephen Mayhew (IRO)"),
            ("Category", "Neglect (unborn baby and Maisie)"),
            ("Social worker", "Joanne Kettering (team manager: Imran Qadir)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Nadia has bipolar affective disorder. In May 2023 she stopped her medication, did not sleep for "
              "four nights and took Maisie, then three, out at 2am in the rain to look for Emeka, who was at "
              "work. She was admitted to Beacon Ward under section 2 for six weeks and Maisie stayed with Grace. "
              "When Nadia found out she was pregnant in September 2025 she stopped her medication again without "
              "telling anyone. Women with bipolar disorder have a high risk of becoming very unwell in the first "
              "weeks after a birth, and Emeka works nights."),
        ("h1", "What is going well"),
        ("bullets", [
            "Nadia told her midwife about stopping her tablets herself, and since 02/12/2025 has been taking a "
            "medication her psychiatrist says is safer in pregnancy.",
            "Nadia and Emeka have come to every antenatal and clinic appointment since November.",
            "Maisie's attendance this year is 98% and her teacher describes her as happy and chatty.",
            "Grace lives close by, cared for Maisie in 2023 and has offered to help again.",
        ]),
        ("h1", "What Maisie told me"),
        ("p", "I saw Maisie on her own at school on 08/01/2026 (Joanne Kettering, social worker). She said: "
              "“I'm going to be a big sister. I'm going to help with the bath but not the nappies.” When I asked "
              "about when her mum was poorly she said: “Mummy was in the hospital for ages and I lived at Nana "
              "Grace's. I had to be quiet at home before because Mummy was talking to people that weren't "
              "there.” She drew her family with the baby in the middle and said the best thing about home is "
              "“pancakes with Daddy on Saturdays”. She said she would tell Nana Grace or Mrs Qureshi if Mummy was "
              "“being funny” again. She put home at 8 out of 10."),
        ("h1", "The baby's world so far"),
        ("p", "Scans at 12 and 20 weeks were normal and the baby is growing on the 50th centile. Nadia says the "
              "baby kicks most in the evening when Maisie sings to her bump. A Moses basket and a cot have been "
              "bought and were seen in the parents' room on 06/01/2026. The baby will be born into a home where "
              "Emeka is out at work four nights a week."),
        ("h1", "What the baby and Maisie need"),
        ("numbers", [
            "From the first day, the baby is fed, held and settled by a parent who is well enough to notice "
            "and answer their cues, and gains weight along their birth centile.",
            "The baby sleeps on their back in their own Moses basket at every sleep.",
            "Maisie goes to school every day, keeps having fun with her friends, and never has to look after "
            "her mum or the baby.",
            "If Nadia starts to become unwell, the baby and Maisie are with a safe adult the same day.",
        ]),
        ("h1", "What's going to happen"),
        ("p", "Each action has a row under it saying how we will know it is happening and working."),
        ("table", {
            "header": ["Worry", "What's going to happen", "Person", "Date"],
            "widths": [3.3, 6.7, 3.6, 3.4],
            "rows": [
                ["1. Nadia could become very unwell again in the weeks around the birth, as she did in 2023",
                 "See Nadia in the perinatal clinic and write an assessment of her capacity to stay well and "
                 "make the changes the baby needs, the steps still needed and the likely timescale",
                 "Dr Oluwaseun Bello, consultant perinatal psychiatrist, Yarkenholt Perinatal Mental Health "
                 "Service",
                 "Every 4 weeks until 36 weeks, then every 2 weeks until the baby is 12 weeks old; written "
                 "assessment by 24/03/2026"],
                [V,
                 "How we'll know: the assessment letter reaches Joanne and every core group member by "
                 "24/03/2026, and each clinic letter is copied to Joanne within a week of the appointment.",
                 H, H],
                [V,
                 "Write a relapse-prevention and birth plan with Nadia and Emeka (Nadia's early warning "
                 "signs, who to ring, how her sleep is protected after the birth) and report to each core "
                 "group on whether Nadia is making and keeping the changes the baby needs",
                 "Tamsin Hurst, perinatal community mental health nurse",
                 "Plan written by 32 weeks (17/02/2026); written report before every core group"],
                [V,
                 "How we'll know: the signed plan is on the maternity record and Maisie's file by 17/02/2026, "
                 "and Tamsin's written report is in the papers for every core group.",
                 H, H],
                [V,
                 "Take her medication every day as prescribed and go to every perinatal clinic, so that she "
                 "stays well enough to care for the baby and Maisie",
                 "Nadia Okafor (Mum)",
                 "Daily from 13/01/2026"],
                [V,
                 "How we'll know: pharmacy collection dates match the prescription and the clinic register "
                 "shows every appointment kept; Tamsin reports both at each core group.",
                 H, H],
                [V,
                 "Send Joanne a summary of Nadia's mental health history and prescriptions, and tell her of "
                 "any prescription not collected, so the plan for the baby rests on the full picture",
                 "Dr Alan Whitworth, GP, Canal Street Medical Practice",
                 "Summary by 27/01/2026; a missed collection within 2 working days"],
                [V,
                 "How we'll know: the GP summary is on both children's files by 27/01/2026 and any missed "
                 "collection is logged on the case record.",
                 H, H],
                ["2. The birth and the baby's first weeks at home",
                 "Antenatal home visits with both parents, going through safe sleep and a feeding plan, then "
                 "postnatal visits at home",
                 "Helen Strand, specialist perinatal midwife, Yarkenholt Royal Infirmary",
                 "Every 2 weeks from 28 weeks to the birth; daily for the first 10 days after discharge"],
                [V,
                 "How we'll know: a safe sleep checklist signed by both parents is on the maternity record by "
                 "36 weeks (21/03/2026); visit notes go to Joanne every week after the birth.",
                 H, H],
                [V,
                 "Hold a discharge planning meeting on the postnatal ward with the parents, Grace, the "
                 "midwife and the health visitor",
                 "Joanne Kettering, social worker",
                 "Before the baby leaves hospital"],
                [V,
                 "How we'll know: the baby is not discharged until the meeting has been held, and its "
                 "written plan goes to every core group member within one working day.",
                 H, H],
                [V,
                 "Weigh the baby, see where the baby sleeps and watch a feed",
                 "Becky Lomas, health visitor",
                 "Weekly from the new birth visit until the baby is 12 weeks old"],
                [V,
                 "How we'll know: weights in the red book stay on or near the birth centile, and the Moses "
                 "basket is seen clear at every visit.",
                 H, H],
                ["3. Maisie has had to worry about her mum before",
                 "See Maisie on her own at school or at home and write down what she says about home and "
                 "the baby",
                 "Joanne Kettering, social worker",
                 "Every 2 weeks until the birth; weekly for the first 8 weeks after it"],
                [V,
                 "How we'll know: each visit record holds Maisie's own words and her 0 to 10 home score, and "
                 "Joanne brings them to every core group.",
                 H, H],
                [V,
                 "Check Maisie's attendance and give her a Monday check-in with her key adult, Miss Harlow",
                 "Mrs Farrah Qureshi, DSL, Hollins Lane Primary",
                 "Every school week from 19/01/2026"],
                [V,
                 "How we'll know: attendance (96% or more) is emailed to Joanne each Friday and every Monday "
                 "check-in is logged on CPOMS.",
                 H, H],
                ["4. Nights are when Nadia is most at risk of becoming unwell",
                 "Stay at home every night for the first two weeks after the baby comes home, and do the "
                 "night feeds so that Nadia can sleep",
                 "Emeka Okafor (Dad)",
                 "Every night for 14 nights from the day of discharge"],
                [V,
                 "How we'll know: Emeka's letter confirming his leave is on file by 31/03/2026, and the night "
                 "feed chart he keeps is seen by the midwife at each daily visit.",
                 H, H],
                [V,
                 "Take Maisie to school and collect her, and stay over on Tuesday and Thursday nights once "
                 "Emeka is back at work",
                 "Grace Eze (maternal grandmother)",
                 "School runs every school day for 6 weeks from discharge; Tuesday and Thursday nights from "
                 "week 3 until the baby is 12 weeks old"],
                [V,
                 "How we'll know: the school register shows Maisie in on time, and Grace writes her nights on "
                 "the kitchen calendar, which Joanne checks at every visit.",
                 H, H],
                [V,
                 "Hold a family network meeting with Nadia, Emeka, Grace and Emeka's sister Adaeze to agree "
                 "who steps in on any night Grace or Emeka cannot",
                 "Joanne Kettering, social worker",
                 "By 24/02/2026"],
                [V,
                 "How we'll know: the written network plan naming a second carer for every night is shared "
                 "with the core group on 24/02/2026.",
                 H, H],
            ],
        }),
        ("h1", "What happens if ..."),
        ("p", "... Nadia shows two of her early warning signs (sleeping less than four hours on two nights, "
              "talking very fast, not eating, or saying the baby is not hers) or misses her medication for two "
              "days: Tamsin, or the Yarkenholt crisis team out of hours, will see her the same day. Nadia will "
              "not be left alone with the baby or Maisie until she has been assessed; Emeka or Grace will stay "
              "with the children, and Joanne will hold a strategy discussion the same day."),
        ("p", "... Grace or Emeka cannot be there (illness, or Emeka cannot get leave): Adaeze Okafor stays "
              "instead. If neither Grace nor Adaeze can, Joanne will arrange that day for Nadia and the baby to "
              "go to the Yarkenholt mother and baby unit, or for the baby and Maisie to go to Yarkenholt foster "
              "carers together."),
        ("p", "... Nadia stops her medication again before the birth, or Dr Bello's assessment says she cannot "
              "make the changes within the baby's timescale: Joanne will ask Imran Qadir for a legal planning "
              "meeting within five working days, to decide whether to start pre-proceedings under the Public "
              "Law Outline before the baby is born."),
        ("h1", "Keeping the plan on track"),
        ("p", "The core group will meet every four weeks, on Tuesdays at 10am at Hollins Lane Children's Centre: "
              "27/01/2026, 24/02/2026 and 24/03/2026, and again within ten working days of the birth. The review "
              "child protection conference will be held on Tuesday 07/04/2026 at 1.30pm at Yarkenholt Town Hall, "
              "or within four weeks of the birth if the baby comes early. Joanne will bring Maisie's words and "
              "what has been seen of the baby to every meeting."),
        ("p", "Copies of this plan go to Nadia, Emeka, Grace and every person named in the table."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Transfer-in conference plan, domestic abuse, a 13-year-old and a
#    9-year-old who moved with their mother from another authority; mother
#    with PTSD and depression, father on probation. "Need | Response | Lead
#    agency (worker) | Review point | Evidence of change". Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b154_yoxwater_transfer_in_need_response_review_point_brennan.pdf",
    "doc_title": "Transfer-in Child Protection Plan - Tyler and Ruby Brennan",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "check_vmerge": 3,
    "header": "OFFICIAL-SENSITIVE – Yoxwater County Council – Transfer-in Child Protection Plan",
    "footer": "Tyler and Ruby Brennan – plan agreed 20/01/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "transfer-in-conference-plan-paged-landscape-header-footer-family-kv-how-the-family-came-to-yoxwater-prose-what-harbridge-plan-asked-in-ruby-and-tylers-words-what-we-want-then-need-response-lead-agency-worker-review-point-evidence-of-change-table-need-merged-down-then-if-craig-comes-back-and-meetings",
    "description": (
        "Exemplary plan from a transfer-in conference for a 13-year-old and a 9-year-old who "
        "moved to a refuge and then a flat in Yoxwater with their mother after their father's "
        "abuse; she has PTSD and depression, he is on probation. Word printed to PDF, landscape, "
        "with page header and footer; the previous authority's plan is told in prose, then a "
        "'Need | Response | Lead agency (worker) | Review point | Evidence of change' table with "
        "the need merged down. Talking Therapies assess Leanne's capacity to change, the GP and "
        "probation own actions, the previous authority sends its file by a date, contact follows "
        "each child's wishes, legal planning follows named triggers, core group and review dates "
        "are set, both children's words recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Transfer-in Conference"),
        ("p", "Yoxwater County Council · Children's Social Care · Family Safeguarding Team (East)"),
        ("kv", [
            ("Children", "Tyler Brennan (13), DOB 04/06/2012, Year 9 at Yoxwater Academy; Ruby Brennan (9), "
                         "DOB 19/02/2016, Year 4 at St Brigid's Catholic Primary"),
            ("Mother", "Leanne Brennan (34), 4 Saltings Court, Yoxwater YX2 8QN"),
            ("Father", "Craig Doyle (37), Harbridge; subject to a non-molestation order and a community order "
                       "supervised by the Probation Service"),
            ("Category", "Emotional abuse (both children)"),
            ("Previous plan", "Harbridge City Council, initial conference 14/10/2025"),
            ("This conference", "Transfer-in child protection conference, 20/01/2026, Yoxwater County Hall. "
                                "Chair: Dawn Fitzsimmons (IRO)"),
            ("Social worker", "Marcus Abiodun (team manager: Rachel Kilbride)"),
        ]),
        ("h1", "How the family came to Yoxwater"),
        ("p", "Leanne, Tyler and Ruby left Harbridge for a refuge in Yoxwater on 17/11/2025, after Craig "
              "strangled Leanne in the kitchen while both children were upstairs. Tyler rang 999. The family "
              "moved to a two-bedroom flat at Saltings Court on 05/01/2026. Craig was given a community order "
              "with a Building Better Relationships requirement on 09/12/2025. Leanne was diagnosed with PTSD "
              "and depression by her Harbridge GP in 2024; she says she sleeps badly and has flashbacks when a "
              "door slams."),
        ("h1", "What Harbridge's plan asked, and where it got to"),
        ("p", "Harbridge's plan of 14/10/2025 asked for IDVA support, a police marker on the family home, "
              "trauma therapy for Leanne and a CAMHS referral for Tyler. The IDVA support and the marker ended "
              "when the family left. The therapy had not started; the CAMHS referral was made on 03/11/2025 but "
              "Tyler was never seen. Kerry Vance, the Harbridge social worker, came to this conference and "
              "handed over in person. Everything still needed is in the table below, with a Yoxwater lead."),
        ("h1", "In Ruby's words"),
        ("p", "Ruby (seen on her own at the flat, 14/01/2026): “I like our new flat because it's quiet and Dad "
              "doesn't know where it is. I miss my old school and my friend Amelia. Sometimes I still hear the "
              "shouting in my head at bedtime.” She would like to talk to her dad “on the computer, not in real "
              "life”. She scored how safe she feels at home as 8 out of 10."),
        ("h1", "What Tyler told me"),
        ("p", "Tyler (seen on his own at a café near school, 15/01/2026): “I don't want to see him. I had to "
              "ring the police and he knows it was me. Mum's jumpy all the time and I have to check the door "
              "at night.” He said he gets angry at school and does not sleep until late. He wants to stay at "
              "Yoxwater Academy and play for the Sunday football team. He scored home 6 out of 10."),
        ("h1", "What we want for Tyler and Ruby"),
        ("numbers", [
            "Tyler and Ruby live somewhere Craig cannot find or reach them, and are never again in a home "
            "where there is violence.",
            "Tyler can sleep, stops checking the door at night, and gets help with his anger so he stays in "
            "school.",
            "Ruby settles at St Brigid's, makes friends and can talk about what she saw with someone she "
            "trusts.",
            "Both children are cared for by a mum who is well enough to notice their worries and keep them "
            "safe.",
            "Any contact with Craig happens only in the way each child wants, and is safe.",
        ]),
        ("h1", "The plan"),
        ("p", "The Review point column says when each response is due or how often it happens; the core group "
              "checks the evidence at every meeting."),
        ("table", {
            "header": ["Need", "Response", "Lead agency (worker)", "Review point", "Evidence of change"],
            "widths": [4.0, 7.2, 4.6, 4.1, 5.8],
            "rows": [
                ["Tyler and Ruby are seen and heard by someone they trust",
                 "Visit the children at home, see each child on their own, and do three sessions of direct "
                 "work with each about what happened in Harbridge and how they feel now",
                 "Yoxwater Children's Social Care – Marcus Abiodun, social worker",
                 "Every 2 weeks from 22/01/2026; the three sessions each by 13/03/2026",
                 "Visit records with each child's own words; each child's three houses sheets brought to the "
                 "core group on 17/03/2026"],
                ["The family are safe from Craig at the new address",
                 "Put a marker on 4 Saltings Court and both schools, and fit a video doorbell and window "
                 "locks at the flat",
                 "Yoxwater Police, Domestic Abuse Safeguarding Unit – PC Hannah Croft",
                 "By 06/02/2026",
                 "Markers confirmed to the social worker in writing; doorbell and locks seen fitted at the "
                 "next home visit"],
                [V,
                 "IDVA support for Leanne, including a written safety plan that covers Tyler and Ruby and the "
                 "renewal of the non-molestation order",
                 "Yoxwater Domestic Abuse Service – Priya Lomax, IDVA",
                 "Weekly until 31/03/2026; safety plan by 06/02/2026; order renewed by 27/02/2026",
                 "Safety plan and sealed court order copied to the social worker by those dates"],
                [V,
                 "Keep Craig to his community order and its no-contact terms, and tell the social worker the "
                 "same day of any breach or any attempt to find the family",
                 "Probation Service, Harbridge office – Simon Tate, probation officer",
                 "Weekly programme sessions until 30/04/2026; breaches the same day",
                 "Monthly compliance letter to the social worker; every breach call logged on both "
                 "children's records"],
                [V,
                 "Send Yoxwater the full Harbridge file, chronology and police disclosure bundle",
                 "Harbridge City Council – Kerry Vance, social worker",
                 "By 30/01/2026",
                 "File and chronology received and logged on both children's Yoxwater records"],
                ["Leanne is well enough to notice the children's worries and keep them safe",
                 "Assess Leanne's PTSD and depression, begin trauma-focused therapy, and report on her "
                 "capacity to recover enough to keep Tyler and Ruby safe, the steps needed and the likely "
                 "timescale",
                 "Yoxwater Talking Therapies (step 3) – Dr Kofi Mensah, clinical psychologist",
                 "Assessment by 20/02/2026; written report two working days before each core group",
                 "Written assessment to the social worker by 20/02/2026; a report in the papers for every core "
                 "group"],
                [V,
                 "Share Leanne's medication and mental health history with the social worker and Talking "
                 "Therapies, and tell the social worker of any missed medication review",
                 "Dr Sunil Varma, GP, Estuary Road Surgery",
                 "Letter by 03/02/2026; any missed review within 2 working days",
                 "GP letter on both children's files by 03/02/2026"],
                [V,
                 "Do the 12-week Freedom Programme, so that Leanne can spot the early signs of an abusive "
                 "relationship and keep Tyler and Ruby safe from one",
                 "Leanne Brennan (Mum); group worker Nicola Pike, Yoxwater Women's Centre, reports",
                 "Thursdays for 12 weeks from 05/02/2026",
                 "Register shows at least 10 of 12 sessions; end-of-course letter to the social worker"],
                ["Tyler can sleep, manage his anger and stay in school",
                 "Assess Tyler's sleep, anger and trauma symptoms, and recommend what help he needs",
                 "Yoxwater CAMHS – Nia Hargreaves, mental health practitioner",
                 "First appointment by 27/02/2026",
                 "Assessment letter with recommendations sent to the social worker and the school within 2 "
                 "weeks of the appointment"],
                [V,
                 "Check Tyler's attendance every day, give him a weekly mentor session, and call the social "
                 "worker the same day if Craig is seen near the school",
                 "Yoxwater Academy – Mr Dean Okoro, DSL",
                 "Every school day; mentor session each Wednesday from 28/01/2026",
                 "Attendance of 95% or more on the Friday printout to the social worker; mentor sessions "
                 "logged on CPOMS"],
                ["Ruby settles and has someone to talk to at school",
                 "Check Ruby in each morning with her class teaching assistant, and tell the social worker the "
                 "same day about anything she says about her dad or home",
                 "St Brigid's Catholic Primary – Mrs Alison Tull, DSL",
                 "Every school day from 21/01/2026",
                 "Weekly attendance and check-in log emailed to the social worker every Friday"],
                ["Contact with Craig happens only as each child wants, and safely",
                 "Arrange and supervise a video call between Ruby and her dad, as Ruby has asked; Tyler will "
                 "not be asked to take part unless he says he wants to",
                 "Yoxwater Family Centre – Joy Adeleke, contact supervisor",
                 "Monthly, first call by 27/02/2026",
                 "Contact notes sent to the social worker after each call, with what Ruby says about it "
                 "afterwards"],
            ],
        }),
        ("h1", "If Craig comes back into the children's lives"),
        ("bullets", [
            "If Craig comes to the flat, to either school or to the Sunday football, or contacts Leanne or the "
            "children in breach of the order, Leanne or the school will ring 999, the police will attend, and "
            "Marcus will hold a strategy discussion the same day. If the address is known to Craig, Leanne and "
            "the children will move to a Yoxwater Domestic Abuse Service refuge space that day.",
            "If Leanne lets Craig into the flat or agrees to see him with the children, Tyler and Ruby will stay "
            "with Yoxwater foster carers until a strategy discussion agrees it is safe for them to go home.",
            "If Leanne lets Craig into the flat, stops using her safety plan, or Dr Mensah's report says she "
            "cannot make the changes within Tyler and Ruby's timescale, Marcus will ask Rachel Kilbride for a "
            "legal planning meeting within five working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm at Yoxwater Family Hub: 03/02/2026, 03/03/2026 and "
            "31/03/2026.",
            "Review child protection conference: Tuesday 14/04/2026, 10am, Yoxwater County Hall.",
            "Marcus will see each child on their own before every core group and bring their words to it.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group plan (second core group) for an autistic, non-verbal
#    11-year-old whose father, his only carer, drinks; aunt helps on
#    Saturdays. Bullets ending in bracketed initials and timing, a key of
#    initials at the top, meetings told in prose. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b154_ymmerdale_core_group_bracketed_initials_key_marchetti.md",
    "split": "tune",
    "actions": 11,
    "template": "core-group-plan-md-whos-who-initials-key-then-why-theres-a-plan-how-theo-lets-us-know-what-we-want-then-what-will-happen-subheadings-bullets-ending-in-bracketed-initials-and-timing-then-if-things-go-wrong-and-keeping-track-prose",
    "description": (
        "Exemplary core group plan for an autistic, non-verbal 11-year-old whose father, his "
        "only carer, drinks; a neighbour found him outside alone at night. A key at the top "
        "explains the initials used; every bullet of the plan ends with the owner's initials and "
        "the timing in brackets, and says in the sentence what will be seen. Theo's voice is what "
        "he shows with his PECS cards and his behaviour. The drug and alcohol charity reports on "
        "change, the GP owns an action, the aunt's Saturdays have a fallback, legal planning "
        "follows named triggers, and core group dates and the review conference are told in a "
        "'Keeping track' paragraph."
    ),
    "text": """\
# Theo's Child Protection Plan

**Ymmerdale Borough Council — Children with Disabilities Team**
Plan made at the initial child protection conference on 15/01/2026 (chair: Lorna Haigh, IRO) and
firmed up at core group 2 on 29/01/2026. Category: neglect.

**Theo Marchetti**, 11 (DOB 03/07/2014), lives with his dad at 27 Kilnworth Road, Ymmerdale YM6 4LT, and
goes to Ravensholme School. His mum, Claire Marchetti, moved to Inverness in 2024 and video-calls Theo on
Sundays.

## Who's who

The initials below are used in the rest of this plan.

- **RA** — Rosa Adeyemi, social worker, Children with Disabilities Team (team manager: Owen Price)
- **PM** — Paolo Marchetti, Theo's dad
- **GM** — Gina Marchetti, Theo's aunt (Paolo's sister), 9 Weaver's Row, Ymmerdale
- **KJ** — Kieran Joyce, recovery worker, Turning Tide (Ymmerdale's drug and alcohol charity)
- **DH** — Dr Huw Daniels, GP, Kilnworth Surgery
- **MB** — Mrs Marion Beck, deputy head and designated safeguarding lead, Ravensholme School
- **LF** — Lucy Ferris, speech and language therapist, Ymmerdale Children's Therapy Service
- **SC** — Sunita Chaudhry, short breaks co-ordinator, Ymmerdale Disabled Children's Service

## Why there's a plan

Theo is autistic and does not use spoken words. Since Claire moved away Paolo has cared for him on his own,
and his drinking has grown to most evenings. On 21/12/2025 a neighbour found Theo at 9.40pm at the end of
Kilnworth Road in his pyjamas and bare feet; Paolo was asleep on the sofa and smelled strongly of drink.
Since November school have seen Theo arrive hungry and in the same clothes several days running. Paolo
says he drinks to get to sleep and that he "can't switch off" because of worry about Theo.

## How Theo lets us know

Theo uses PECS cards and a few Makaton signs. On 22/01/2026 MB showed him his feelings board and asked
about home: he picked "home", then "tired" and "dinner", and pushed "happy" away. At home on 26/01/2026 he
took RA by the wrist to the fridge and tapped the door until she opened it; there was milk and a
yoghurt. He flaps and hums when he is happy (he did when Gina came in) and bites the side of his hand
when he is upset (twice on that visit, both times when Paolo raised his voice on the phone). Paolo thinks
Theo went out on 21/12/2025 because he likes looking at the street lights and nobody was awake. At
Gina's on 24/01/2026 Theo lined his cars along her window sill and stayed calm all afternoon.

## What we want for Theo

1. Theo is looked after day and night by a sober adult who always knows where he is.
2. Theo cannot get out of the house on his own, and is found quickly if he tries.
3. Theo gets to school fed, washed and in clean clothes every day.
4. Theo has ways to show the adults around him that he is scared, hurt or hungry, and they respond.
5. Theo has short breaks he enjoys and comes home to a calm house.

## What will happen

### At home

- Visit Theo at home every week, at least one visit a fortnight after 7pm, and check the door chain,
  the door alarm and what there is for tea; the visit notes will say who was with Theo, whether the
  chain was on and what he ate. (RA, weekly from 02/02/2026 until the review conference)
- Drink no alcohol on any day Theo is in his care, and blow into the breathalyser at every visit from
  RA or KJ; each reading is written on the visit record. (PM, every day from 15/01/2026)
- Put the chain on the front door and set the door alarm by 8pm every night so that Theo cannot get
  out on his own; RA downloads the alarm log at her evening visits, and it should show the alarm set
  every night. (PM, every night from 15/01/2026)

### Dad's drinking

- Key-work and a breath test with Paolo, and a written report to RA on whether Paolo is changing his
  drinking, what that means for Theo's care at night and how long further change is likely to take.
  (KJ, every Monday from 02/02/2026; report two working days before each core group)
- Check Paolo's liver function and review his sleeping tablets, and write to RA about how both affect
  his care of Theo at night. (DH, blood test by 13/02/2026; letter by 27/02/2026)

### At school

- Record the time Theo arrives, whether he has had breakfast, whether his clothes are clean, and
  anything he signs or shows about home, and email the record to RA every Friday. (MB, every school
  day from 02/02/2026)
- Add "scared", "hurt", "Dad sleeping" and "hungry" cards to Theo's PECS book, show Paolo and Theo's
  class team how to use them, and count in the school communication log how often Theo uses each
  one. (LF, cards in use by 13/02/2026; the count shared at every core group)

### Breaks and help for Theo and his dad

- Book two overnight short breaks a month for Theo at Larchfield House, and send RA each booking and
  the staff's written report of each stay. (SC, first stay by 27/02/2026, then twice a month)
- Have Theo at 9 Weaver's Row every Saturday from 10am to 4pm, and text RA each Saturday evening to
  say how the day went and what Theo ate. (GM, every Saturday from 31/01/2026)
- Complete a parent carer's needs assessment with Paolo, so that the help he gets keeps Theo safe at
  night, and share the written assessment at the core group. (SC, by 13/03/2026)
- Refer the family to the Ymmerdale Family Group Conference service, so that Paolo, Gina and the wider
  family plan who cares for Theo if Paolo drinks; the family's written plan will be brought to the
  core group. (RA, referral by 06/02/2026; family group conference by 20/03/2026)

## If things go wrong

- **If** Paolo's breath test is positive while Theo is in his care, anyone smells alcohol on him while
  he is looking after Theo, or Theo is found outside on his own: RA (or the emergency duty team out of
  hours) will take Theo to Gina's that day, and RA will hold a strategy discussion with the police the
  same day.
- **If Gina cannot have Theo** (she is ill, away or cannot manage): SC will open the emergency bed at
  Larchfield House the same day; if it is full, RA will place Theo that day with one of Ymmerdale's
  foster carers for disabled children.
- **If** Paolo has two positive breath tests before the review conference, misses two Turning Tide
  sessions running, or KJ's report says he is not changing: RA will ask Owen Price for a legal
  planning meeting within five working days.

## Keeping track

We will meet as a core group every four weeks, on Thursdays at 3.30pm at Ravensholme School:
26/02/2026, 26/03/2026 and 23/04/2026. Theo's review child protection conference is booked for
Tuesday 14/04/2026 at 10am at Ymmerdale Town Hall. Before each meeting RA will bring MB's
communication log and photos of the cards Theo has chosen, so that what Theo shows us is part of
every discussion.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. First review conference plan, neglect, mother with depression and
#    anxiety, three children. Two-column "Step | Detail" table under
#    outcome banner rows; each Detail cell has Lead / When / "We'll know
#    because" lines. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b154_yaverstone_rcpc_step_detail_outcome_banners_pritchard.docx",
    "doc_title": "Review Child Protection Plan - Jayden, Kiera and Oscar",
    "split": "tune",
    "actions": 12,
    "template": "rcpc-docx-family-kv-what-has-changed-what-the-children-told-us-then-two-column-step-detail-table-under-outcome-banner-rows-detail-cell-lead-when-well-know-because-lines-then-if-things-go-wrong-and-dates",
    "description": (
        "First review conference plan for an 8-year-old, a 5-year-old and a 2-year-old living "
        "in neglect with a mother who has depression and anxiety, and the youngest child's "
        "father. A Word table in two columns, 'Step' and 'Detail', sits under four outcome banner "
        "rows; each Detail cell holds Lead, When and \"We'll know because\" lines. Most steps are "
        "sound (weekly visits, cooking sessions, the dental treatment, the health visitor's "
        "weighs, the GP letter, the psychiatrist's report on change). Faults: the fourth outcome "
        "is only about the mother; 'All agencies' report worries; a grant application has no "
        "lead; the DSL's weekly checks are 'monitored at core group'; the father's school walks "
        "are 'as and when needed'; the CPN only supports the mother; the contingency has no legal "
        "step."
    ),
    "blocks": [
        ("title", "Child Protection Plan – First Review"),
        ("p", "Yaverstone Council · People Directorate · Children's Safeguarding (Central)"),
        ("kv", [
            ("Children", "Jayden Pritchard (8), DOB 11/05/2017; Kiera Pritchard (5), DOB 30/08/2020; "
                         "Oscar Hart (2), DOB 02/12/2023"),
            ("Address", "56 Foundry Lane, Yaverstone YV3 9PE"),
            ("Mother", "Shannon Pritchard (29)"),
            ("Oscar's father", "Lewis Hart (33), lives at home, works days at a builders' merchant"),
            ("Category", "Neglect (all three children)"),
            ("Initial conference", "28/10/2025"),
            ("First review conference", "03/02/2026, Yaverstone Civic Offices. Chair: Gillian Ferraby (IRO)"),
            ("Social worker", "Nathan Ojo (team manager: Corinne Waites)"),
        ]),
        ("h1", "What has changed since October"),
        ("p", "At the initial conference the house had no working heating, there was often no food, and the "
              "children were sent to school in dirty clothes; Oscar had eight decayed teeth and had missed two "
              "dental appointments. Shannon has depression and anxiety and has been under Yaverstone Community "
              "Mental Health Team since 2022. Since October the heating has been fixed, Jayden's attendance has "
              "risen from 82% to 91%, and Oscar has been seen by the community dental service. Shannon says she "
              "still finds it hard to leave the house and that some days she cannot face the shopping. Jayden "
              "still gets Kiera and Oscar dressed most mornings."),
        ("h1", "What the children told us"),
        ("p", "Jayden (seen on his own at school, 27/01/2026): “It's warmer now. I still do Kiera's hair and "
              "Oscar's breakfast because Mum's tired in the mornings. I'd like to go to Cubs but I have to get "
              "them ready.” He scored home 5 out of 10, up from 3."),
        ("p", "Kiera (seen at home, 29/01/2026) drew her family in the kitchen with “lots of food” and said she "
              "likes it when Lewis makes pancakes. She said she was hungry at school “sometimes”."),
        ("p", "Oscar (seen at home, 29/01/2026) was in a clean nappy, brought the social worker his toy "
              "digger and went to Shannon for a cuddle when the dog barked. He ate a whole bowl of pasta. He "
              "still wakes crying with toothache, Shannon says."),
        ("h1", "The plan"),
        ("p", "Each step is listed under the outcome it is for. The Detail column says who leads, when, and "
              "what will show it has worked."),
        ("table", {
            "header": ["Step", "Detail"],
            "widths": [8.0, 9.0],
            "rows": [
                ["Outcome 1 – Jayden, Kiera and Oscar have food in the house, clean clothes and a warm, safe "
                 "home every day", H],
                ["Visit the children at home, one visit in three unannounced, and check the fridge, the beds "
                 "and the heating",
                 "Lead: Nathan Ojo, social worker\nWhen: weekly from 04/02/2026 until the second review\n"
                 "We'll know because: visit records note food in the house, clean bedding and the heating on "
                 "at every visit"],
                ["Plan a weekly menu and shopping list with Shannon, and cook tea with her and the children "
                 "twice a week",
                 "Lead: Mel Duckworth, family support worker, Yaverstone Family Hub\nWhen: Tuesdays and "
                 "Thursdays, 4pm to 6pm, for 8 weeks from 10/02/2026\nWe'll know because: the menu is on the "
                 "fridge each week and Mel's notes say whether the children ate a cooked tea"],
                ["Tell the social worker the same day about any child who arrives hungry, unwashed or in "
                 "dirty clothes",
                 "Lead: All agencies\nWhen: same day\nWe'll know because: each report is logged on the "
                 "children's case files"],
                ["Apply to the Yaverstone Welfare Assistance Fund for beds, bedding and a washing machine",
                 "Lead: -\nWhen: by 20/02/2026\nWe'll know because: the delivery note is on file and the beds "
                 "are seen at the next home visit"],
                ["Outcome 2 – Oscar's teeth are treated and all three children get to every health "
                 "appointment", H],
                ["Take Oscar to his dental treatment under general anaesthetic at Yaverstone Royal Infirmary",
                 "Lead: Shannon Pritchard (Mum), with Nathan Ojo booking the transport\nWhen: 17/02/2026\n"
                 "We'll know because: the dental team's discharge letter is sent to the social worker and "
                 "the GP"],
                ["Weigh Oscar, check his development and his teeth-brushing, and check all three children's "
                 "health records are up to date",
                 "Lead: Amy Rourke, health visitor\nWhen: every two weeks from 05/02/2026\nWe'll know because: "
                 "Oscar's weight stays on the 25th centile; his two-year review scores are sent to the social "
                 "worker by 13/03/2026"],
                ["Speak to Jayden's and Kiera's teachers each week about lunches, uniform and how the "
                 "children seem",
                 "Lead: Mrs Pamela Rigg, DSL, Yaverstone Church of England Primary\nWhen: every Friday from "
                 "06/02/2026\nWe'll know because: monitored at core group"],
                ["Outcome 3 – Jayden and Kiera get to school on time every day, and Jayden no longer gets his "
                 "brother and sister ready in the morning", H],
                ["Walk Jayden and Kiera to school on the days Shannon has a morning appointment",
                 "Lead: Lewis Hart (Oscar's dad)\nWhen: as and when needed\nWe'll know because: the school "
                 "register shows both children in by 8.50am on those days"],
                ["Give Jayden a weekly session with the school's young carers lead about his jobs at home and "
                 "the things he enjoys, and find him a place at Cubs",
                 "Lead: Mr Tom Sefton, young carers lead, Yaverstone CE Primary\nWhen: every Wednesday from "
                 "11/02/2026; Cubs place by 06/03/2026\nWe'll know because: session log sent to the social "
                 "worker each half term, and Jayden's own jobs chart shows fewer morning jobs by the second "
                 "review"],
                ["Outcome 4 – Shannon feels less anxious and more able to cope", H],
                ["Fortnightly visits from the community mental health nurse to support Shannon with her "
                 "anxiety and low mood",
                 "Lead: Carl Whitfield, CPN, Yaverstone Community Mental Health Team\nWhen: every other "
                 "Monday from 09/02/2026\nWe'll know because: visit dates sent to the social worker each "
                 "month"],
                ["Review Shannon's sertraline and write to the social worker about how her health affects "
                 "her care of the children",
                 "Lead: Dr Ruth Marsden, GP, Millgate Surgery\nWhen: by 24/02/2026\nWe'll know because: the "
                 "GP letter is on all three children's files"],
                ["Assess whether Shannon can make and keep the changes the children need, and how long that "
                 "is likely to take",
                 "Lead: Dr Anil Chopra, consultant psychiatrist, Yaverstone CMHT\nWhen: by 17/03/2026\n"
                 "We'll know because: a written report to the social worker, shared at the core group on "
                 "24/03/2026"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If the children are found with no food in the house or no heating, if Oscar misses his dental "
              "treatment, or if Shannon tells anyone she cannot cope or has thoughts of harming herself, Nathan "
              "will visit the same day. Lewis will look after the children; if he is at work and cannot come "
              "home, Nathan will arrange for the children to stay together with Yaverstone foster carers that "
              "night, and will hold a strategy discussion the same day if any child has been left without food "
              "or without an adult."),
        ("h1", "Dates"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 9.30am at Foundry Lane Children's Centre: 24/02/2026, "
            "24/03/2026 and 21/04/2026.",
            "Second review child protection conference: Tuesday 05/05/2026, 2pm, Yaverstone Civic Offices.",
        ]),
    ],
    "findings": [
        F("F002", "Shannon feels less anxious and more able to cope"),
        F("W002", "Tell the social worker the same day about any child"),
        F("W001", "Apply to the Yaverstone Welfare Assistance Fund for beds"),
        F("M002", "Speak to Jayden's and Kiera's teachers each week about lunches"),
        F("T002", "Walk Jayden and Kiera to school on the days"),
        F("H001", "Fortnightly visits from the community mental health nurse to support Shannon"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Social worker's letter to the parents after an initial conference,
#    father back on heroin on top of his methadone, a 4-year-old and a
#    7-month-old, paternal grandmother helping. The plan as numbered
#    paragraphs in "I" and "you", some hedged or passive. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b154_yethinghope_icpc_letter_to_parents_numbered_paragraphs_mcgarrity.pdf",
    "doc_title": "Letter to parents - child protection plan for Mia and Alfie",
    "split": "tune",
    "actions": 12,
    "header": "OFFICIAL-SENSITIVE – Yethinghope Council – Children's Services",
    "footer": "Letter to Chantelle Price and Dean McGarrity, 22/01/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "sw-letter-to-parents-after-icpc-paged-header-footer-address-block-dear-then-why-worried-going-well-what-mia-told-me-alfie-what-we-all-want-then-what-will-happen-now-numbered-paragraphs-i-and-you-some-hedged-or-passive-then-if-things-go-wrong-meetings-signed",
    "description": (
        "Social worker's letter to the parents of a 4-year-old and a 7-month-old after the "
        "initial conference: the father is using heroin again on top of his methadone and the "
        "paternal grandmother helps every morning and on Friday nights. Word printed to PDF with "
        "page header and footer; the plan is twelve numbered paragraphs written as 'I' (the "
        "social worker) and 'you' (each parent named). Most are sound (weekly visits, the drug "
        "service's report on change, probation, nursery attendance, the grandmother's sign-in "
        "sheet, the GP letter). Faults: a hedged 'It is hoped that ... over the coming months' "
        "with nothing to check it by; a passive speech and language referral nobody owns; the "
        "health visitor to 'keep an eye on' Alfie's weight; 'Everyone working with your family' "
        "to pass on worries, with no record; the contingency sends the children to the "
        "grandmother but says nothing if she cannot have them."
    ),
    "blocks": [
        ("pl", "Yethinghope Council · Children's Services · Safeguarding and Family Support Team 3"),
        ("pl", "Riverside House, Quay Street, Yethinghope YH1 2AB"),
        ("pl", "Telephone: 01632 960 418"),
        ("p", ""),
        ("pl", "Chantelle Price and Dean McGarrity"),
        ("pl", "Flat 3, 18 Ropewalk"),
        ("pl", "Yethinghope YH1 5DW"),
        ("pr", "22/01/2026"),
        ("p", "Dear Chantelle and Dean,"),
        ("boldp", "The child protection plan for Mia and Alfie"),
        ("p", "Thank you both for coming to the initial child protection conference on 20/01/2026. I know it was "
              "a hard morning. The conference decided that Mia and Alfie need a child protection plan, under the "
              "category of neglect. I promised to write the plan down for you in plain words, so this letter "
              "says why the conference was worried, what everyone will do, and what happens if things go wrong. "
              "The minutes will follow from the conference team."),
        ("h2", "Why the conference was worried"),
        ("p", "Dean, you have been on a methadone script for four years, and in November you started using "
              "heroin again; you told the conference you also smoke cannabis most evenings. On 02/12/2025 the "
              "police came to the flat after a neighbour heard Alfie crying for a long time. You were asleep on "
              "the floor and could not be woken properly, there was foil on the table, the flat was cold and "
              "Alfie was in a soaked nappy. Chantelle was at work and Mia had let the officers in. Mia has "
              "missed a lot of nursery since the autumn, and her speech is behind for her age."),
        ("h2", "What is going well"),
        ("p", "You both love the children and you both came to every meeting. Chantelle, you have kept every "
              "health visitor appointment for Alfie, and Alfie is back on his centile. Dean, you went back to "
              "Renew Recovery yourself in December, and your last test was clear of heroin. Pat has been at the "
              "flat most mornings since Christmas."),
        ("h2", "What Mia told me"),
        ("p", "I saw Mia on her own at Little Owls Nursery on 15/01/2026. She told me: “Daddy sleeps on the "
              "floor sometimes and I can't wake him up. I give Alfie his dummy so he stops crying.” She drew her "
              "family and put Nanny Pat next to her. She said she wants Nanny Pat “to come every day” and that "
              "she likes nursery “because of the sand”."),
        ("h2", "Alfie"),
        ("p", "Alfie is too young to tell us, so I watch what his days are like. When I visited on 16/01/2026 he "
              "was warm, clean and in his cot. He smiled at Mia, reached for Chantelle when I came in and "
              "settled quickly on her shoulder. He watched Dean across the room and did not go to him."),
        ("h2", "What we all want for Mia and Alfie"),
        ("bullets", [
            "Mia and Alfie are always looked after by a sober adult who is awake and watching them.",
            "Alfie is fed, warm and gaining weight, and sleeps safely in his cot.",
            "Mia goes to nursery every weekday and her speech catches up with other four-year-olds.",
            "Mia and Alfie never see drugs or the things used to take them.",
        ]),
        ("h2", "What will happen now"),
        ("numbers", [
            "I will visit Mia and Alfie at home every week, with at least one visit in four unannounced, and "
            "see Mia on her own; my visit records will say where Alfie was sleeping and who was looking after "
            "the children.",
            "Aisha Begum, Dean's key worker at Renew Recovery (Yethinghope's drug and alcohol service), will "
            "see Dean every Wednesday, test his urine every two weeks, and write to me two working days before "
            "each core group about whether Dean is stopping his heroin use, what that means for Mia and Alfie "
            "and how long further change is likely to take.",
            "Dean, you will not use heroin or any drug that is not prescribed to you, you will keep your "
            "methadone in the locked box Renew gave you, and you will not be the only adult looking after Mia "
            "and Alfie, from 22/01/2026 until the core group agrees otherwise; Aisha's test results and my "
            "visits will show whether this is happening.",
            "Gary Fenn, Dean's probation officer, will tell me within one working day if Dean misses a "
            "probation appointment or has a positive drug test, and will send me a copy of each monthly review "
            "letter.",
            "It is hoped that Dean will be able to cut down and then stop his cannabis use as well over the "
            "coming months.",
            "Chantelle, you will take Mia to Little Owls Nursery every weekday morning by 9am, and the nursery "
            "manager, Kerry Hughes, will email me Mia's attendance every Friday.",
            "Mia will be referred to the speech and language drop-in at Little Owls by 13/02/2026, and a copy "
            "of the referral letter will be sent to me.",
            "Sinead Rowe, your health visitor, will keep an eye on Alfie's weight and development at her home "
            "visits every two weeks.",
            "Pat McGarrity, Dean's mum, will come to the flat at 8am every weekday to help get Mia ready for "
            "nursery and Alfie up and fed, and will sign the sheet on the fridge, which I will check at every "
            "visit.",
            "Pat will have Mia and Alfie to stay at her house every Friday night while Chantelle works her late "
            "shift, and will text me on Saturday morning to say how the night went.",
            "Dr Imogen Clarke, your GP at Ropewalk Medical Centre, will write to me by 06/02/2026 with Dean's "
            "prescribing history, which I will put on both children's files, and will tell me within two "
            "working days if he misses a methadone pick-up.",
            "Everyone working with your family will let me know the same day about any worry they have for Mia "
            "or Alfie.",
        ]),
        ("h2", "What happens if things go wrong"),
        ("p", "If Dean is found under the influence of heroin or any other drug while he is with the children, or "
              "a test shows heroin, Chantelle will make sure Dean leaves the flat that day and the children are "
              "not left with him, and I will hold a strategy discussion with the police the same day. If "
              "Chantelle is at work when this happens, Mia and Alfie will go to Pat's house that evening."),
        ("p", "If things have not changed enough by the review conference (Dean is still using heroin, or Mia's "
              "nursery attendance is below 85%), my manager, Tariq Hussain, will hold a legal planning meeting to "
              "decide whether to start the Public Law Outline."),
        ("h2", "Meetings"),
        ("p", "The core group (you both, Pat, me, Aisha, Sinead, Kerry and Gary) will meet every four weeks at "
              "Ropewalk Children's Centre, Tuesdays at 10am: 03/02/2026, 03/03/2026 and 31/03/2026. The review "
              "child protection conference will be on Tuesday 14/04/2026 at 10am at Yethinghope Civic Centre."),
        ("p", "If anything in this letter is unclear, or you think something is wrong, please ring me on the number "
              "above. You can also ask your advocate, Jess from Yethinghope Family Rights, to go through it with "
              "you."),
        ("p", "Yours sincerely,"),
        ("pl", "Lauren Fairclough"),
        ("pl", "Social Worker, Safeguarding and Family Support Team 3"),
        ("pl", "Copies: Pat McGarrity; Aisha Begum; Sinead Rowe; Kerry Hughes; Gary Fenn; Dr Imogen Clarke"),
    ],
    "findings": [
        F("T002", "It is hoped that Dean will be able to cut down"),
        F("M001", "It is hoped that Dean will be able to cut down"),
        F("W001", "Mia will be referred to the speech and language drop-in"),
        F("M002", "will keep an eye on Alfie's weight and development"),
        F("W002", "Everyone working with your family will let me know"),
        F("M001", "Everyone working with your family will let me know"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Core group plan written with the family, mother's drinking, a
#    14-year-old young carer and her 7-year-old brother, grandad and aunt
#    helping. "When | Who | What's going to happen | So that ... | Proof"
#    table, outcomes in the family's words, a "Plan B". Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b154_yornell_family_plan_when_who_so_that_proof_plan_b_ashdown.md",
    "split": "tune",
    "actions": 12,
    "template": "family-core-group-plan-md-who-we-are-list-why-were-here-in-kaylas-words-reeces-drawing-things-we-want-to-be-different-then-when-who-whats-going-to-happen-so-that-proof-table-then-plan-b-and-meetings",
    "description": (
        "Core group plan written with the family for a 14-year-old young carer and her 7-year-old "
        "brother whose mother drinks; their grandad and aunt help after school and at weekends. "
        "A Markdown table with the columns in the order 'When | Who | What's going to happen | So "
        "that ... | Proof', outcomes in the family's own words, Kayla's words and Reece's drawing, "
        "and a 'Plan B'. Most rows are sound (weekly visits, the alcohol charity's report on "
        "change, Grandad's teas, Auntie Jo's weekends, school checks, the GP letter). Faults: "
        "Auntie Jo's shopping trip 'When she can'; a 'Family' owner for weekend food; the head of "
        "year's check-ins only 'Monitored by Mr Bello'; the young carers assessment 'Ongoing'; "
        "the housing application with no proof; Plan B sends the children to Grandad or Auntie "
        "Jo but says nothing if they cannot help; the review conference date is to be confirmed."
    ),
    "text": """\
# Kayla and Reece's Plan

Yornell Council Children's Services · Written with the family at core group 3, Wednesday 28/01/2026

Kayla and Reece have been on child protection plans since the initial conference on 09/12/2025 (category:
neglect). This is the plan as we agreed it today, in our own words as far as we could.

## Who we are

- **Kayla Ashdown**, 14, Year 9 at Yornell High School
- **Reece Ashdown**, 7, Year 2 at Yornell Primary
- **Donna Ashdown**, 41, their mum; 12 Quarry Hill, Yornell YN2 3RB
- **Ron Ashdown**, their grandad (Donna's dad), 3 Mill Cottages, Yornell
- **Jo Keane**, their auntie (Donna's sister), 40 Beck Lane, Yornell
- **Maya Lindqvist**, social worker, Yornell Children's Services (manager: Ruth Ellory)

## Why we're here

Donna drinks most days, usually wine, and has done since her partner left in 2024. By the autumn Kayla was
getting Reece up, making the teas and putting him to bed, and missed 31 days of school last term. On
22/11/2025 Reece's school could not reach anyone at home at 5pm, and when Maya went round Donna was asleep
and Kayla was cooking for Reece. Donna says she wants to stop and that she has started going to Step
Forward.

## In Kayla's words

"I don't mind doing stuff for Reece, I just want Mum to stop so I can go out with my mates. When she's been
drinking she cries and says sorry loads. I'd rather go to Grandad's on school nights than be at home when
she's like that. I want to do netball again." (Kayla, seen on her own at school, 21/01/2026; she gave home
4 out of 10.)

## Reece's drawing

Reece drew his house with his mum on the sofa "asleep", Kayla in the kitchen and himself "watching
Minecraft". He drew Grandad's house with a big table and said: "Grandad does fish fingers." He said he
feels "a bit scared" when Mum won't wake up.

## Things we want to be different

- Kayla: "I want to go to school every day and do netball, and not have to do Reece's tea."
- Reece: "I want Mum to be awake after school."
- Donna: "I want the kids to have a mum who is sober and there for them."
- Maya: Kayla and Reece are looked after every evening by a sober adult, get to school every day, and
  both have time to be children.

## The plan

| When | Who | What's going to happen | So that ... | Proof |
|---|---|---|---|---|
| Every Tuesday after school, from 03/02/2026 | Maya Lindqvist (social worker) | See Kayla and Reece at home, and see Kayla on her own away from the house once a fortnight | Kayla and Reece are heard, and someone sees home life every week | Visit notes with Kayla's own words; Reece's feelings-faces chart |
| Every Monday, with a report 2 working days before each core group | Sam Okonedo, recovery worker, Step Forward (Yornell alcohol charity) | Key-work and a breath test with Donna, and a written report on whether she is cutting down and how long the change is likely to take | Kayla and Reece are looked after by a mum who is sober | Breath test results and Sam's report in the core group papers |
| Every day from 09/12/2025 | Donna Ashdown (Mum) | No drinking before Reece is in bed, and no alcohol kept in the kitchen | Kayla doesn't have to put Reece to bed | Breath test at every SW visit reads zero; Maya writes down Kayla's home score each week |
| Tuesdays and Thursdays, 3.15pm to 7pm, from 03/02/2026 | Ron Ashdown (Grandad) | Pick Reece up from school and give him his tea at Grandad's | Reece has a hot tea and Kayla can go to netball | Ron texts Maya every Thursday night; the school office sees Ron at pick-up |
| When she can | Jo Keane (Auntie Jo) | Take Kayla to buy new school shoes and a winter coat | Kayla isn't sent home for uniform | Receipt or photo shown to Maya |
| Every other weekend, Friday 6pm to Sunday 6pm, from 06/02/2026 | Jo Keane (Auntie Jo) | Have Kayla and Reece to stay at Beck Lane | Both children get a break and a proper rest | Jo's notes in the contact book, read by Maya at each visit |
| Every Saturday and Sunday | Family | Make sure there is food in the house for the weekend | Kayla and Reece don't go hungry | Kayla's food diary, checked by Maya each Tuesday |
| Every Monday from 02/02/2026 | Mr Idris Bello, head of Year 9, Yornell High School | Check in with Kayla at the start of each week about how things are at home | Kayla has someone at school she can talk to | Monitored by Mr Bello |
| Ongoing | Maya Lindqvist (social worker) | Young carers assessment for Kayla and a place at the Thursday young carers group | Kayla has time with other young people who look after a parent | Assessment on file; Kayla on the group register |
| By 27/02/2026 | Maya Lindqvist (social worker) | Help Donna put in a housing application for a three-bedroom home | Kayla and Reece have a bedroom each | - |
| Every school day from 02/02/2026 | Mrs Grace Appiah, DSL, Yornell Primary | Check Reece's attendance and tell Maya the same day if he is absent or late | Reece is in school every day | Attendance email to Maya every Friday; same-day calls logged on CPOMS |
| By 20/02/2026 | Dr Leon Marsh, GP, Bridge Street Surgery | Send Maya Donna's alcohol-related health history and liver test results | The plan for Kayla and Reece rests on the full picture | GP letter on both children's files |

## Plan B

If Mum has had a drink while she is looking after Reece or Kayla (Kayla can tell, a breath test is
positive, or school smells drink at pick-up): Kayla rings Grandad or Auntie Jo, who will come and get both
children and keep them overnight. Maya is told by 9am the next day and holds a strategy discussion the
same day if either child was hurt or left on their own.

If this happens twice before the review conference, or Sam's report says Donna is not cutting down, Maya
will ask Ruth Ellory for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks, Wednesdays at 4pm at Yornell Family Hub: next 25/02/2026 and 25/03/2026.
- Review child protection conference: date to be confirmed by the conference team.
""",
    "findings": [
        F("T002", "Take Kayla to buy new school shoes and a winter coat"),
        F("W002", "Make sure there is food in the house for the weekend"),
        F("M002", "Check in with Kayla at the start of each week"),
        F("T002", "Young carers assessment for Kayla and a place at the"),
        F("M001", "Help Donna put in a housing application for a three-bedroom home"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Case-system export of an initial conference plan for a looked-after
#    toddler (section 20) on a children's ward, mother using cocaine and
#    cannabis and talking of moving to another authority. Labelled lines,
#    repeated page headers, one block per action. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b154_yardlebrook_lac_ward_caretrack_export_labelled_lines_fenwick.txt",
    "split": "tune",
    "actions": 12,
    "template": "cp-plan-case-system-export-txt-repeated-page-headers-labelled-field-lines-subject-household-parental-substance-use-reason-childs-voice-outcomes-o1-o4-then-action-blocks-task-responsible-timescale-evidence-status-then-trigger-response-contingency-and-review-fields",
    "description": (
        "Case-system export of the initial conference plan for a 22-month-old accommodated under "
        "section 20 while she stays on a children's ward with faltering growth; her mother uses "
        "cocaine and cannabis and talks of moving to another authority. Plain text with page "
        "headers repeated, labelled field lines and one block per action (Task / Responsible / "
        "Timescale / Evidence / Status). Most blocks are sound (the consultant's weekly summary, "
        "NG training for the foster carer before discharge, the drug service's report on change, "
        "the GP letter). Faults: nobody is set to visit the child on the ward at a stated "
        "frequency (the social worker phones, the foster carer visits 'As often as she can', the "
        "mother 'When she is able'); the parenting assessment is handed to the receiving "
        "authority pending transfer; a referral's evidence is 'N/A'; 'All agencies' share "
        "information; the developmental assessment has no timescale."
    ),
    "text": """\
YARDLEBROOK CITY COUNCIL - CHILDREN'S SERVICES                  CareTrack v7 export
CHILD PROTECTION PLAN (LOOKED AFTER CHILD)                               Page 1 of 3
Exported 21/01/2026 16:42 by user HBROOKS
====================================================================================

SUBJECT
  Name ............... Lily-Mae FENWICK
  DOB / age .......... 14/03/2024 (22 months)
  Legal status ....... Accommodated under section 20, Children Act 1989, from
                       09/01/2026
  Where now .......... Puffin Ward (children's ward), Yardlebrook General
                       Hospital, since 07/01/2026
  Placement on
  discharge .......... Angela Dyer, foster carer, 22 Linnet Close, Yardlebrook
  CP category ........ Neglect
  Conference ......... Initial child protection conference 20/01/2026
                       (chair: Mark Oyelaran, IRO)
  Allocated SW ....... Hayley Brooks (team manager: Sandra Quigley)

HOUSEHOLD / NETWORK
  Mother ............. Jade FENWICK (22), 7 Harrow Court, Yardlebrook
  Father ............. Not known; not named on the birth certificate
  Mother's partner ... Kyle SIMMS (26), not living with Jade; police
                       intelligence of drug supply
  Great-aunt ......... Lorraine Fenwick, Castleham

PARENTAL HEALTH / SUBSTANCE USE
  Jade uses cocaine at weekends and cannabis every day (her own account to the
  ward social worker, 13/01/2026). She is not known to adult mental health
  services. She has told the ward she wants to move to her great-aunt's in
  Castleham "to get away from Kyle's lot". Castleham Borough Council has been
  told the family may move; no transfer has been requested.

REASON FOR PLAN
  A neighbour brought Lily-Mae to A&E on 07/01/2026. She was dehydrated, her
  weight had fallen below the 0.4th centile and she had nappy rash with broken
  skin. She is being fed through a nasogastric (NG) tube while she regains
  weight. Jade agreed to section 20 accommodation on 09/01/2026. The ward
  expects Lily-Mae to need at least three more weeks in hospital; discharge is
  not planned before 06/02/2026.

CHILD'S VOICE / LIVED EXPERIENCE
  Lily-Mae has a few words ("mama", "no", "bot" for her bottle). The nurses say
  that for her first two days she did not cry and lay still in her cot watching
  the door. By 19/01/2026 she was babbling, reaching up to be held by the nurses
  she knows and pulling at her NG tube when she was bored. When Jade came on
  17/01/2026 Lily-Mae looked at her, then turned back to the nurse. She settles
  with her toy rabbit and the musical mobile over her cot.

OUTCOMES FOR LILY-MAE
  O1  Lily-Mae gains weight steadily to at least the 9th centile and is off the
      NG tube before she leaves hospital.
  O2  Lily-Mae leaves hospital to a carer who knows her feeding routine and
      meets her needs every day.
  O3  Lily-Mae has safe, regular time with her mum that she enjoys.
  O4  Lily-Mae's development is assessed and any delay is helped early.

YARDLEBROOK CITY COUNCIL - CHILDREN'S SERVICES                  CareTrack v7 export
CHILD PROTECTION PLAN (LOOKED AFTER CHILD)                               Page 2 of 3
====================================================================================

ACTIONS (12 open)

  A01  Task ......... Ring Puffin Ward twice a week for an update on Lily-Mae's
                      feeds, her weight and who has visited her
       Responsible .. Hayley Brooks, SW
       Timescale .... Every Tuesday and Friday until discharge
       Evidence ..... Call notes on Lily-Mae's CareTrack record
       Status ....... Open

  A02  Task ......... Visit Lily-Mae on the ward and start learning her feeding
                      routine from the nurses
       Responsible .. Angela Dyer, foster carer
       Timescale .... As often as she can
       Evidence ..... Ward visitors' book; nurses' notes of the feeds Angela has
                      given
       Status ....... Open

  A03  Task ......... Family time on the ward for Jade and Lily-Mae, supervised
                      by ward staff
       Responsible .. Jade Fenwick (mother); supervised by Puffin Ward nurses
       Timescale .... When she is able
       Evidence ..... Ward notes of each session sent to the SW every Monday
       Status ....... Open

  A04  Task ......... Manage Lily-Mae's NG feeds, weigh her, and send the SW a
                      written feeding and weight summary
       Responsible .. Dr Femi Adeyinka, consultant paediatrician, Puffin Ward
       Timescale .... Weighed daily; summary every Monday until discharge
       Evidence ..... Weight chart shows steady gain towards the 9th centile;
                      summary on CareTrack each Monday
       Status ....... Open

  A05  Task ......... Train Angela Dyer in NG feeding and Lily-Mae's routine
                      before Lily-Mae goes to live with her
       Responsible .. Sister Kate Morrow, Puffin Ward
       Timescale .... Before discharge
       Evidence ..... Signed competency record on the ward file, copied to the SW
       Status ....... Open

  A06  Task ......... Hold a discharge planning meeting with the ward, Angela
                      Dyer, the health visitor and Jade
       Responsible .. Hayley Brooks, SW
       Timescale .... Before discharge (not before 06/02/2026)
       Evidence ..... Discharge plan signed and sent to the core group within one
                      working day
       Status ....... Open

  A07  Task ......... Book Lily-Mae's developmental assessment with the community
                      paediatrician
       Responsible .. Rachel Tan, health visitor
       Timescale .... -
       Evidence ..... Appointment letter on file; assessment report sent to the SW
       Status ....... Open

  A08  Task ......... Assess Jade's cocaine and cannabis use and report whether
                      she can stop, and how long that is likely to take, in time
                      for Lily-Mae
       Responsible .. Yardlebrook Substance Misuse Service - Omar Qureshi,
                      recovery worker
       Timescale .... Assessment by 13/02/2026; report 2 working days before each
                      core group
       Evidence ..... Written assessment and test results sent to the SW and the
                      core group
       Status ....... Open

  A09  Task ......... Refer Jade to the Parents Under Pressure programme
       Responsible .. Hayley Brooks, SW
       Timescale .... By 06/02/2026
       Evidence ..... N/A
       Status ....... Open

YARDLEBROOK CITY COUNCIL - CHILDREN'S SERVICES                  CareTrack v7 export
CHILD PROTECTION PLAN (LOOKED AFTER CHILD)                               Page 3 of 3
====================================================================================

  A10  Task ......... Parenting assessment of Jade, to be carried out by
                      Castleham Children's Services once the case has
                      transferred
       Responsible .. Castleham Borough Council Children's Services (receiving
                      authority)
       Timescale .... Within 4 weeks of the Castleham transfer-in conference
       Evidence ..... Parenting assessment report to the core group
       Status ....... Open - on hold pending transfer

  A11  Task ......... Share any information about Kyle Simms visiting Jade or
                      the ward with the SW on the day it is known
       Responsible .. All agencies
       Timescale .... Same day
       Evidence ..... Information logged on Lily-Mae's CareTrack record
       Status ....... Open

  A12  Task ......... Send the SW Jade's GP records, prescriptions and any
                      drug-related attendances
       Responsible .. Dr Priya Nandra, GP, Old Mill Surgery
       Timescale .... By 03/02/2026
       Evidence ..... GP letter on Lily-Mae's CareTrack record
       Status ....... Open

CONTINGENCY
  Trigger 1 ...... Jade comes onto the ward under the influence of drugs, tries
                   to take Lily-Mae off the ward, or Kyle Simms comes onto the
                   ward
  Response 1 ..... Ward staff call the police and the SW (or the emergency duty
                   team) at once; Lily-Mae stays on the ward; the SW holds a
                   strategy discussion the same day
  Trigger 2 ...... Jade withdraws her consent to section 20
  Response 2 ..... The SW asks the team manager for a legal planning meeting the
                   same day, to decide whether to apply for an emergency
                   protection order or an interim care order
  Trigger 3 ...... By the review conference Jade has not been assessed by the
                   Substance Misuse Service, or her tests are still positive
  Response 3 ..... The SW requests a legal planning meeting within 5 working
                   days

REVIEW
  Core group ..... Every 4 weeks: 03/02/2026, 03/03/2026, 31/03/2026
  Review CPC ..... 14/04/2026, 10am, Yardlebrook Civic Centre
  LAC review ..... First looked after review 06/02/2026 (IRO: Mark Oyelaran)

*** END OF EXPORT ***
""",
    "findings": [
        F("L001"),
        F("T002", "Visit Lily-Mae on the ward and start learning her feeding"),
        F("T002", "Family time on the ward for Jade and Lily-Mae"),
        F("T001", "Book Lily-Mae's developmental assessment with the community"),
        F("M001", "Refer Jade to the Parents Under Pressure programme"),
        F("X001", "to be carried out by Castleham Children's Services once the case"),
        F("W002", "Share any information about Kyle Simms visiting Jade or"),
    ],
})
