"""Batch 224, module b: seven fictional plans (tuning material), places beginning with "b".

Batch: 224. Letter: b. Split: tune (every plan).

Everything here is made up: children, families, professionals, schools,
surgeries, hospitals, Trusts, health boards, partnerships, services and
councils (Blairvennie, Braeglenny, Bryndolwen, Blaenhowys, Bannvale,
Bannglen, Brendleshire and the places in them). Any resemblance to real
people, places or cases is a coincidence. The labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md
(conventions 1 to 13), without running planlint or reading its code.

Focus: plans from the four nations' own child protection systems, in their
own words. Two Scottish plans (GIRFEC: a Child Protection Plan after a Child
Protection Planning Meeting, the Lead Professional and the Named Person, the
Child Protection Register, the wellbeing indicators, the My World Triangle,
the Core Group and the Review CPPM, an Inter-agency Referral Discussion, and
legal planning as a referral to the Children's Reporter or a Child
Protection Order); two Welsh plans (a Care and Support Protection Plan under
the Social Services and Well-being (Wales) Act 2014 and the Wales
Safeguarding Procedures, "what matters" conversations, personal outcomes,
bilingual headings, and a Legal Gateway meeting); two Northern Irish plans
(after an initial or review Child Protection Case Conference, UNOCINI
domains, the Gateway team and the Family Support Hub, a Health and Social
Care Trust's key worker, the Child Protection Register, and a Legal
Planning Meeting on an application under the Children (NI) Order 1995);
and one English county's Signs of Safety plan (danger statements, safety
goals, scaling, the network's safety rules and next steps, a words and
pictures story, the Public Law Outline). Owners, times and checks are said
in each system's words ("Lead Professional", "Named Person (HT)", "by the
Review CPPM", "at each Core Group", "recorded in the chronology and shared
with the LP", "key worker", "before the review conference").

1. Blairvennie (docx, exemplary): Child Protection Plan after an initial
   CPPM for a 6-year-old girl and her 14-month-old brother (neglect and
   parental alcohol use): a details grid with the Lead Professional and the
   two Named Persons, why the children are on the register, Ellie's words
   and Rory's day, the parents' views, a My World Triangle summary, outcomes
   tagged by wellbeing indicator, then one small "What will be done / Who /
   When / How we will know it is working" table under each wellbeing
   heading; the recovery service reports on the father's capacity to change,
   the grandmother's help has a fallback, and a referral to the Reporter or
   a Child Protection Order follows named triggers.
2. Braeglenny (txt): case-system print of a Child Protection Plan updated at
   a Review CPPM for a 13-year-old girl who self-harms and cares for her
   mother (recurrent depression, an overdose) and her 8-year-old brother:
   dot-leader fields, the girl's words, wellbeing outcomes, then "ACTION n
   of 11" blocks with Wellbeing indicator / Action / Responsible / Due /
   Evidence of progress / Status lines. Faults: the CPN's fortnightly visits
   only support the mother (H001); a CAMHS referral with "N/A" as its
   evidence (M001); pupil support check-ins evidenced by "Monitored by
   Pupil Support" (M002); a young carers' assessment "As soon as possible"
   (T002); "Core Group" sharing concerns about self-harm (W002); the
   keep-safe plan with "-" as its due date (T001); and no referral to the
   Reporter, legal advice or any legal planning anywhere (R002).
3. Bryndolwen (pdf, header and footer, exemplary): bilingual Welsh /
   English Care and Support Protection Plan after an initial child
   protection conference for a 9-week-old baby (neglect; the mother's
   postnatal depression, the father's shifts, the grandmother helping at
   night): details grid, why there is a plan, what matters to Ffion and to
   Dylan, Osian's day, personal outcomes, a "Cyf. / Beth fydd yn digwydd /
   Pwy / Pryd / Sut byddwn ni'n gwybod" table, a contingency with a
   fallback for the grandmother and a Legal Gateway meeting, and meetings.
   The perinatal mental health team reports on capacity to change.
4. Blaenhowys (md): Care and Support Protection Plan for a 9-year-old girl
   and a 6-year-old boy (domestic abuse; the father's cocaine and cannabis
   use), the "what matters" conversations, personal outcomes, then numbered
   actions under each personal outcome with Who / When / How we'll know
   lines. Faults: a personal outcome about the mother only (F002); the IDVA
   referral with "-" as its owner (W001); the school nurse's drop-ins with
   "-" as their time (T001); play therapy with nothing for how we'll know
   (M001); the family support worker's sessions "when Sian feels ready"
   (T002); the father's drug use recorded with no adult service owning any
   work (F004); and a contingency that only says the core group will meet
   to review and consider next steps (C002).
5. Bannvale (docx, exemplary): Northern Ireland child protection plan after
   an initial Child Protection Case Conference for a 10-year-old girl and a
   4-year-old boy (neglect; the mother's alcohol misuse), referred through
   the Gateway team after Family Support Hub work: details, the UNOCINI
   summary, the children's words, then a table with the UNOCINI domain and
   the outcome for the children merged down beside Action / Lead / By when /
   How progress will be measured rows; the community addictions team
   reports on capacity to change, the grandfather's help has a fallback,
   and a Legal Planning Meeting on a Care Order follows named triggers.
6. Bannglen (pdf, header and footer): Northern Ireland review Child
   Protection Case Conference plan for a 7-year-old boy and a 2-year-old
   girl (the father's depression and PTSD, his temper, the paternal
   grandparents helping), with the actions set out agency by agency under
   the key worker's, health visitor's, school's, mental health team's and
   family's headings. Faults: the community mental health team's support
   sessions only treat the father (H001); a Family Support Hub parenting
   place "as and when" (T002); "All agencies" sharing sightings (W002);
   the Home-Start visits measured by "engagement" (M002); no fallback if
   the grandparents cannot help (C003); and a next review conference
   "date to be confirmed" (R001).
7. Brendleshire (md, exemplary): an English county's Signs of Safety child
   protection plan for a 5-year-old girl (domestic abuse by the mother's
   former partner): danger statements, safety goals, scaling, what the
   network has seen, Poppy-Mae's three houses and her words and pictures
   story, then the network's safety rules and the next steps, each with
   Who / When / How we will know, "if the safety plan breaks down" with a
   fallback for the aunt and the Public Law Outline, and meetings.

Four plans (1, 3, 5 and 7) are exemplary: every action has a named owner,
a real timescale and something that can be seen, counted or read; every
outcome is about the child; each records the child's words or observed
day; each contingency has specific triggers and concrete responses,
including a fallback for any relative's help; each gives core group dates
and a dated review (a Review CPPM, a review child protection conference or
a review Child Protection Case Conference) and that nation's legal
planning after named triggers; where a parent is ill or misuses alcohol an
adult service owns work and is asked about the parent's capacity to change
and how long it will take. The three faulty plans hold 20 expected
findings between them.

Counting convention used for "actions" (README convention 1): each row of
an action table (header rows excepted), each "ACTION n of m" block of the
case print, each numbered action under a personal outcome, and each safety
rule and next step of the Signs of Safety plan counts once, with its Who /
When / How lines. Details grids, registration, the My World Triangle and
UNOCINI summaries, the children's and parents' words, what matters,
danger statements, safety goals, scaling, what is working well, outcomes,
contingency, meetings and distribution are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Scotland: Child Protection Plan after an initial CPPM, one table under
#    each wellbeing heading. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b224_blairvennie_cppm_wellbeing_heading_tables_mcandrew.docx",
    "doc_title": "Child Protection Plan - Ellie and Rory McAndrew (Initial CPPM 12/01/2026)",
    "split": "tune",
    "actions": 13,
    "header": "OFFICIAL-SENSITIVE - Blairvennie Council Children and Families Social Work",
    "template": "scotland-girfec-child-protection-plan-docx-initial-cppm-details-grid-lead-professional-two-named-persons-register-areas-of-concern-then-childs-words-and-observed-day-parents-views-my-world-triangle-summary-outcomes-tagged-by-wellbeing-indicator-then-what-will-be-done-who-when-how-we-will-know-table-under-each-shanarri-heading-then-if-the-plan-is-not-keeping-them-safe-core-group-review-cppm",
    "description": (
        "Exemplary Scottish Child Protection Plan made at an initial Child Protection Planning Meeting "
        "for a 6-year-old girl and her 14-month-old brother, placed on the Child Protection Register "
        "(neglect; parental alcohol use) after police found their father drunk and asleep with the baby "
        "crawling near broken glass while their mother was on a night shift. A details grid names the "
        "Lead Professional and each child's Named Person; Ellie's words, Rory's day as the health visitor "
        "sees it, the parents' views and a My World Triangle summary come before outcomes tagged by "
        "wellbeing indicator. The plan is a small 'What will be done / Who / When / How we will know it "
        "is working' table under each wellbeing heading (Safe, Healthy, Achieving, Nurtured, Respected "
        "and Included). The alcohol and drug recovery service breath-tests the father and reports to "
        "each Core Group on his capacity to change and the likely timescale; the grandmother's nights "
        "and school pick-ups have a fallback; named triggers lead to an IRD, a Child Protection Order "
        "or a referral to the Children's Reporter; Core Group dates and the Review CPPM are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Blairvennie Child Protection Committee. Blairvennie Council Children and Families Social Work, "
              "with Blairvennie Health and Social Care Partnership, Bruachmore Primary School and Police "
              "Scotland (Blairvennie). Getting it right for every child."),
        ("p", "This plan was agreed at the initial Child Protection Planning Meeting (CPPM) on 12/01/2026. It is "
              "Ellie's and Rory's Child's Plan while their names are on the Child Protection Register. The "
              "Lead Professional keeps the plan, and the Core Group checks every part of it at each meeting."),
        ("table", {
            "rows": [
                ["Children", "Ellie McAndrew, born 02/03/2019 (6), P2 at Bruachmore Primary School\n"
                             "Rory McAndrew, born 11/11/2024 (14 months), at home"],
                ["Address", "14 Kirkton Place, Blairvennie BV3 4RT"],
                ["Parents", "Shona McAndrew (29), senior carer at Bruichlaw House Care Home\n"
                            "Kevin McAndrew (33), not working since 2024"],
                ["Family", "Agnes Duff (58), Shona's mother, Birniehill (two miles away)"],
                ["Register", "Both children placed on the Child Protection Register on 12/01/2026. "
                             "Areas of concern: neglect; parental alcohol use."],
                ["Lead Professional", "Gillian Baird, social worker, Blairvennie Children and Families "
                                      "(Bruichlaw team). Team manager: Morag Henderson."],
                ["Named Person (Ellie)", "Mrs Fiona Strachan, Head Teacher, Bruachmore Primary School"],
                ["Named Person (Rory)", "Lorna Petrie, health visitor, Blairvennie HSCP"],
                ["Chair", "Alan Reid, Child Protection Reviewing Officer"],
            ],
            "widths": [4.2, 12.8],
            "bold_first_col": True,
        }),
        ("h1", "Why Ellie's and Rory's names are on the register"),
        ("p", "On 19/12/2025 a neighbour called Police Scotland at 9.40pm because Rory had been crying for over "
              "an hour. Officers found Kevin asleep on the couch and unable to wake properly; he had been "
              "drinking since the afternoon. Rory was crawling in a wet, soiled nappy near a broken bottle on "
              "the kitchen floor. Ellie had made toast for herself and Rory. Shona was on a night shift. An "
              "Inter-agency Referral Discussion (IRD) was held on 22/12/2025 and a joint investigation "
              "followed. School has recorded 14 late arrivals this term, head lice twice, and Ellie coming "
              "in hungry and in the same uniform for several days. Rory's weight has dropped from the 50th to "
              "the 25th centile since his 1-year review, he has a bad nappy rash, and his 12-month "
              "immunisations were missed."),
        ("h1", "What Ellie told us"),
        ("p", "Gillian saw Ellie on her own at school on 07/01/2026 and used the 'three wishes' and 'safe hand' "
              "sheets. Ellie said: \"Daddy sleeps on the couch a lot and I make Rory's bottle.\" \"I don't like "
              "the beer juice, it makes Daddy shouty then sleepy.\" \"Gran does my hair nice and makes "
              "mince.\" Her three wishes were \"Daddy stops the beer juice\", \"a bunk bed\" and \"Mummy not "
              "working at night\". On her safe hand she put Gran, Mummy, Mrs Strachan and her friend Kaci."),
        ("h1", "Rory's day"),
        ("p", "Lorna visited on 05/01/2026 and 09/01/2026. Rory is pulling himself up on the furniture and says "
              "\"mama\" and \"Gaga\" (for Gran). He reaches for Shona and settles quickly on her knee. On "
              "05/01/2026 he was in the same sleepsuit as at the earlier visit, his nappy rash was raw, and "
              "he drank a whole bottle quickly. He has no regular nap time, and Kevin said he \"goes down "
              "when he's tired\". On 09/01/2026, with Agnes there, he had been bathed, had porridge at "
              "8.30am and slept from 10am to 11.30am."),
        ("h1", "What Shona and Kevin say"),
        ("p", "Shona: \"I didn't know it had got that bad. I'm on nights because it's more money. I want the kids "
              "home with me and I'll do what it takes.\" Kevin: \"I know I let them down that night. I'm not an "
              "alcoholic, I can stop when I want, but I'll go to the service.\" Both agreed to every part of the "
              "plan and signed it at the CPPM."),
        ("h1", "My World Triangle: summary from the assessment"),
        ("p", "How I grow and develop: Ellie is bright and chatty and reading at the level expected for P2, but "
              "tired and late most mornings. Rory is meeting his milestones but his weight has fallen and his "
              "skin is sore."),
        ("p", "What I need from the people who look after me: Ellie and Rory love both parents, and Shona cares "
              "well for them when she is home. When Kevin drinks, nobody sober is looking after them, and Ellie "
              "takes on Rory's care. Routines for meals, baths and bedtime have slipped."),
        ("p", "My wider world: Agnes is close by and has helped since December. The family has rent arrears and "
              "one income. Ellie has friends at school and goes to Rainbows on a Tuesday."),
        ("h1", "What we want for Ellie and Rory"),
        ("numbers", [
            "Safe: Ellie and Rory are always cared for by a sober adult, and Ellie no longer looks after Rory.",
            "Healthy: Rory's weight is back near the 50th centile, his nappy rash has healed and his "
            "immunisations are up to date; Ellie is free of head lice and has seen a dentist.",
            "Achieving: Ellie gets to school on time every day, clean, fed and ready to learn.",
            "Nurtured: Ellie and Rory have meals, baths and bedtimes at the same times every day.",
            "Respected and Included: Ellie's worries are listened to, and she knows who to tell if Daddy is "
            "drinking.",
        ]),
        ("h1", "The plan"),
        ("p", "Each wellbeing heading has its own table. 'Who' is the one person responsible. Anything written "
              "in 'How we will know it is working' is recorded in the chronology and shared with the Lead "
              "Professional."),
        ("h2", "Safe"),
        ("table", {
            "header": ["What will be done", "Who", "When", "How we will know it is working"],
            "widths": [6.4, 3.3, 3.3, 4.0],
            "rows": [
                ["Kevin will not drink any alcohol while he is the only adult looking after Ellie or Rory, and "
                 "will not look after them on his own overnight",
                 "Kevin McAndrew (Dad)",
                 "Every day from 12/01/2026 until the Review CPPM",
                 "No smell or sign of drink at Gillian's unannounced visits; Shona and Agnes tell Gillian the "
                 "same day if he has been drinking while caring"],
                ["Home visits, at least one in two unannounced; see Ellie on her own, see Rory awake, and look "
                 "at the food in the house, the nappies and where each child sleeps",
                 "Gillian Baird (Lead Professional)",
                 "Weekly until the Review CPPM on 07/04/2026",
                 "Visit record on the case record within 2 working days, with Ellie's own words and what was "
                 "seen"],
                ["Stay overnight at 14 Kirkton Place and be the adult looking after Ellie and Rory on every "
                 "night Shona works",
                 "Agnes Duff (Gran)",
                 "Every night shift on Shona's rota, given to Gillian each Monday",
                 "Shona's rota matched against Agnes's sign-in sheet on the fridge, checked by Gillian at each "
                 "visit"],
            ],
        }),
        ("h2", "Healthy"),
        ("table", {
            "header": ["What will be done", "Who", "When", "How we will know it is working"],
            "widths": [6.4, 3.3, 3.3, 4.0],
            "rows": [
                ["Weigh Rory and check his nappy rash and skin at home, and book and give his missed 12-month "
                 "immunisations",
                 "Lorna Petrie, health visitor (Named Person for Rory)",
                 "Every 2 weeks from 19/01/2026; immunisations by 13/02/2026",
                 "Weights plotted in the red book and e-mailed to Gillian; back near the 50th centile by the "
                 "Review CPPM; immunisations on the child health record"],
                ["Register Ellie and Rory with Benhallach Dental Practice and take Ellie to her first check-up",
                 "Shona McAndrew (Mum)",
                 "Registered by 30/01/2026; check-up by 27/02/2026",
                 "Registration letter and appointment card shown to Gillian; dentist's note of the check-up"],
                ["Full assessment of Kevin's drinking with a breath test at every appointment; written report "
                 "to each Core Group on whether Kevin is making the changes Ellie and Rory need and how long "
                 "further change is likely to take",
                 "Derek Munro, recovery worker, Blairvennie Alcohol and Drug Recovery Service",
                 "Assessment by 06/02/2026; report 3 working days before each Core Group",
                 "Written report on the case record with every breath reading; Derek speaks to it at the Core "
                 "Group"],
                ["Go to every weekly appointment with Derek and keep the drinking diary he gives him, so that "
                 "he is sober whenever he is with Ellie and Rory",
                 "Kevin McAndrew (Dad)",
                 "Every Thursday at 10am from 15/01/2026",
                 "Derek's monthly attendance letter to Gillian; the diary shown to Derek each week"],
                ["Liver function blood tests for Kevin and a review of his physical health; results shared "
                 "with Derek and Gillian",
                 "Dr Ruth Cowie, GP, Benhallach Medical Practice",
                 "Bloods by 30/01/2026",
                 "GP letter with the results on the case record"],
            ],
        }),
        ("h2", "Achieving"),
        ("table", {
            "header": ["What will be done", "Who", "When", "How we will know it is working"],
            "widths": [6.4, 3.3, 3.3, 4.0],
            "rows": [
                ["Get Ellie to school by 8.50am, washed, in clean uniform and having had breakfast",
                 "Shona and Kevin McAndrew (Mum and Dad)",
                 "Every school day",
                 "Register shows no late marks and attendance of 95% or more each month"],
                ["Breakfast club place for Ellie and a morning check-in with her class teacher; register, late "
                 "marks and anything Ellie says about home sent to Gillian",
                 "Mrs Fiona Strachan, Head Teacher (Named Person for Ellie)",
                 "Every school day from 19/01/2026; e-mail to Gillian every Friday",
                 "Breakfast club register and check-in log in the Friday e-mail; a worry told to Gillian the "
                 "same day"],
            ],
        }),
        ("h2", "Nurtured"),
        ("table", {
            "header": ["What will be done", "Who", "When", "How we will know it is working"],
            "widths": [6.4, 3.3, 3.3, 4.0],
            "rows": [
                ["Home sessions with Shona and Kevin on a daily routine for the children (meals, bath, Rory in "
                 "bed by 7pm and Ellie by 7.30pm) and on food shopping on a budget",
                 "Karen Sinclair, family support worker, Bruichlaw Family Centre",
                 "Tuesdays and Fridays for 12 weeks from 16/01/2026",
                 "Session notes to Gillian after each session; the routine chart filled in on 5 nights in 7, "
                 "checked by Karen"],
                ["Collect Ellie from school on Mondays and Wednesdays, give both children their tea and bath, "
                 "and stay until Shona is home",
                 "Agnes Duff (Gran)",
                 "Mondays and Wednesdays, 3pm until Shona is home",
                 "School's collection log; Agnes texts Gillian every Wednesday night"],
            ],
        }),
        ("h2", "Respected and Included"),
        ("table", {
            "header": ["What will be done", "Who", "When", "How we will know it is working"],
            "widths": [6.4, 3.3, 3.3, 4.0],
            "rows": [
                ["Direct work with Ellie using the 'My World' workbook: her worries, her safe adults, and what "
                 "she would like to be different at home; explain this plan to her with her own picture copy",
                 "Gillian Baird (Lead Professional)",
                 "Four sessions at school, fortnightly from 20/01/2026",
                 "Ellie's workbook and picture plan on file; Ellie can name three safe adults; her views "
                 "written up for the Review CPPM"],
            ],
        }),
        ("h1", "If the plan is not keeping Ellie and Rory safe"),
        ("bullets", [
            "If Kevin is found under the influence of alcohol while looking after Ellie or Rory, or either "
            "child is left without a sober adult: the person who finds this calls Police Scotland on 999 if "
            "the children are in danger, and tells Gillian (or Blairvennie Out of Hours Social Work after 5pm) "
            "straight away. An IRD is held the same day. The children go to Agnes's home in Birniehill that "
            "night, and Kevin leaves the house until the IRD has agreed what happens next.",
            "If Kevin will not leave, or the children cannot be kept safe at home or with Agnes, Gillian and "
            "Morag Henderson (team manager) will ask the sheriff for a Child Protection Order that day.",
            "If Agnes cannot stay overnight or collect Ellie (she is ill or away), Shona tells Gillian the "
            "same day and does not work that night shift (her manager at Bruichlaw House has agreed this "
            "with Gillian), and Karen Sinclair collects Ellie from school. If no sober adult can look after "
            "the children, Gillian or Out of Hours Social Work arranges an emergency foster placement through "
            "Blairvennie Family Placement Service that evening.",
            "If by the Review CPPM Rory's weight has not recovered, Ellie is late more than twice a week, or "
            "Derek's report shows Kevin is still drinking, Gillian will make a referral to the Children's "
            "Reporter asking for a Children's Hearing to consider a Compulsory Supervision Order, and Morag "
            "Henderson will take legal advice from Blairvennie Council Legal Services within 5 working days.",
        ]),
        ("h1", "Core Group and review"),
        ("bullets", [
            "Core Group every three weeks at Bruachmore Primary School, Mondays at 1.30pm: 26/01/2026, "
            "16/02/2026, 09/03/2026 and 30/03/2026. Members: Gillian, Mrs Strachan, Lorna, Derek, Karen, Dr "
            "Cowie (by report), Shona, Kevin and Agnes.",
            "Review Child Protection Planning Meeting: Tuesday 07/04/2026 at 10am, Blairvennie Council "
            "Offices, Bank Street.",
            "The plan was sent to Shona, Kevin, Agnes and every agency on 14/01/2026. Ellie has her own "
            "picture copy.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Scotland: case-system print of a Child Protection Plan updated at a
#    Review CPPM, "ACTION n of 11" blocks. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b224_braeglenny_review_cppm_case_print_action_blocks_lindsay.txt",
    "split": "tune",
    "actions": 11,
    "template": "scotland-child-protection-plan-case-system-print-txt-review-cppm-dot-leader-fields-registration-lead-professional-named-persons-then-childrens-words-wellbeing-outcomes-then-action-n-of-11-blocks-wellbeing-indicator-action-responsible-due-evidence-of-progress-status-then-contingency-core-group-review-cppm",
    "description": (
        "Scottish Child Protection Plan, updated at a Review Child Protection Planning Meeting, printed "
        "from the council's case record for a 13-year-old girl who self-harms and looks after her "
        "mother (recurrent depression, an overdose in October) and her 8-year-old brother; both "
        "children stay on the Child Protection Register. Dot-leader fields, Kayleigh's and Jack's words "
        "and wellbeing outcomes come before eleven 'ACTION n of 11' blocks with Wellbeing indicator / "
        "Action / Responsible / Due / Evidence of progress / Status lines. Faults: the CPN's fortnightly "
        "visits only support the mother with her mood and medication; the CAMHS referral has 'N/A' as "
        "its evidence; pupil support check-ins are evidenced only by 'Monitored by Pupil Support'; the "
        "young carers' assessment is due 'As soon as possible'; 'Core Group' is responsible for sharing "
        "concerns about self-harm; the keep-safe plan's due date is '-'; and nothing anywhere refers to "
        "the Reporter, legal advice or a Child Protection Order if progress is not made."
    ),
    "text": """\
BRAEGLENNY COUNCIL  -  SOCIAL WORK SERVICES  -  CHILDREN AND FAMILIES
Braeglenny Children's Record (BCR)  -  Print: Child Protection Plan
Printed 21/01/2026 14:12 by GSOUTAR                              OFFICIAL-SENSITIVE
==========================================================================

PLAN DETAILS
------------
Plan type ................ Child Protection Plan (updated at Review CPPM)
Plan version ............. 2 (version 1 agreed at Initial CPPM 24/10/2025)
Review CPPM held ......... 19/01/2026, Braeglenny Council HQ, chaired by Irene Tosh (CP
                           Reviewing Officer)
Decision ................. Both children remain on the Child Protection Register
Areas of concern ......... Neglect; parental mental health problems
Lead Professional ........ Graham Soutar, social worker, Braeglenny Children and Families
                           (East team)
Team manager ............. Lesley Baxter

CHILDREN
--------
Child 1 .................. Kayleigh LINDSAY, DOB 02/06/2012 (13), S2, Braeglenny High School
Named Person ............. Mrs Anne Kerr, Depute Head Teacher (Pupil Support), Braeglenny
                           High School
Child 2 .................. Jack LINDSAY, DOB 17/09/2017 (8), P4, Brackenbrae Primary School
Named Person ............. Mr Iain Leckie, Head Teacher, Brackenbrae Primary School
Address .................. 6 Glebe Court, Braeglenny BG2 7HS
Mother ................... Donna LINDSAY (38)
Father ................... Not involved; Kayleigh and Jack have not seen him since 2021
Maternal aunt ............ Michelle Hay, Bruntlaw (four miles)

WHY THE CHILDREN ARE ON THE REGISTER
------------------------------------
Donna has recurrent depression and anxiety and has been under the Braeglenny Community
Mental Health Team since 2019. On 16/10/2025 Kayleigh came home from school and found her
mother unconscious after an overdose of her prescribed tablets; Kayleigh phoned 999 and
looked after Jack until her aunt arrived. Donna was in Braeglenny Royal Infirmary for three
days. Since the summer Kayleigh has been doing most of the cooking, shopping and getting
Jack to school, and her attendance has fallen to 71%. In November school staff saw cuts on
her forearm, and she told the school nurse she had been cutting "for a few months".

PROGRESS SINCE THE INITIAL CPPM (summary from the Review CPPM report)
-------------------------------------------------------------------
Donna is back on her medication and has had no further overdose. Jack's attendance is 96%.
Kayleigh's attendance has risen to 78% but she is still missing most Mondays. She has
told Mrs Kerr she cut herself twice in December. The medicines are now kept in a locked
box. Michelle has helped with shopping on Saturdays.

KAYLEIGH'S WORDS (to Graham, 14/01/2026, at school)
---------------------------------------------------
"Somebody has to look after Mum, I'm not leaving her." "I only cut when it all gets too
much, it's not a big deal." "I'd like to go to the young carers thing if it's not all
wee kids." "I want Mum to be happy again and I want to go back to dancing." She said
she feels safe at home "most days" but worries about her mum "every minute" at school.

JACK'S WORDS (to Graham, 14/01/2026, at home)
---------------------------------------------
"Kayleigh makes the best pasta." "Mum sleeps a lot." "I liked it when Auntie Michelle took
us to the pictures." Jack drew his house with Mum in bed and Kayleigh in the kitchen.

DONNA'S VIEWS
-------------
"I know Kayleigh's had too much on her. I'm trying. I don't want them taken off me."

OUTCOMES (wellbeing indicators)
-------------------------------
SAFE ........... Kayleigh stops self-harming and tells an adult when she feels like
                 hurting herself; neither child finds their mother unwell and alone again.
HEALTHY ........ Kayleigh's low mood is assessed and treated; Jack is well and sleeping.
ACHIEVING ...... Kayleigh is back on a full timetable with attendance of 90% or more.
NURTURED ....... Kayleigh and Jack are looked after by their mum, and Kayleigh has time to
                 be 13 (dancing, friends) rather than a carer.
INCLUDED ....... Kayleigh has support as a young carer and friends her own age.

ACTIONS
=======

ACTION 1 of 11
  Wellbeing indicator ...: SAFE
  Action ................: LP to visit the family at home, seeing Kayleigh and Jack on their
                           own, at least one visit in two unannounced.
  Responsible ...........: Graham Soutar (LP)
  Due ...................: Weekly until the Review CPPM on 13/04/2026
  Evidence of progress ..: Visit records on BCR within 2 working days, with each child's
                           own words
  Status ................: Open

ACTION 2 of 11
  Wellbeing indicator ...: HEALTHY
  Action ................: CPN to provide home support visits to Donna to help her manage
                           her low mood and anxiety and keep to her medication.
  Responsible ...........: Lynsey Grant, CPN, Braeglenny Community Mental Health Team
  Due ...................: Fortnightly from 26/01/2026
  Evidence of progress ..: CMHT contact notes shared with the LP each month
  Status ................: Open

ACTION 3 of 11
  Wellbeing indicator ...: HEALTHY
  Action ................: Donna to attend her medication reviews with her GP.
  Responsible ...........: Donna Lindsay (Mum)
  Due ...................: Every 4 weeks, next on 03/02/2026
  Evidence of progress ..: GP surgery confirms each attendance to the LP
  Status ................: Open

ACTION 4 of 11
  Wellbeing indicator ...: HEALTHY
  Action ................: Referral to Braeglenny CAMHS for an assessment of Kayleigh's
                           self-harm and low mood.
  Responsible ...........: Claire Watt, school nurse
  Due ...................: By 30/01/2026
  Evidence of progress ..: N/A
  Status ................: Open

ACTION 5 of 11
  Wellbeing indicator ...: SAFE
  Action ................: Morning check-in with Kayleigh at the Pupil Support Base to ask
                           how she is and how things are at home.
  Responsible ...........: Mrs Anne Kerr (Named Person for Kayleigh)
  Due ...................: Every school day at 8.40am
  Evidence of progress ..: Monitored by Pupil Support
  Status ................: Open

ACTION 6 of 11
  Wellbeing indicator ...: INCLUDED
  Action ................: Young carer statement completed with Kayleigh and a place offered
                           at the Thursday young carers' group.
  Responsible ...........: Sarah Brodie, Braeglenny Young Carers Service
  Due ...................: As soon as possible
  Evidence of progress ..: Young carer statement shared with the LP; group attendance
                           recorded by the Young Carers Service
  Status ................: Open

ACTION 7 of 11
  Wellbeing indicator ...: SAFE
  Action ................: Share any new concern about Kayleigh's self-harm or Donna's
                           mental health with the LP on the day it is known.
  Responsible ...........: Core Group
  Due ...................: Same day
  Evidence of progress ..: Concern entered on the BCR chronology
  Status ................: Open

ACTION 8 of 11
  Wellbeing indicator ...: ACHIEVING
  Action ................: Phased return plan to bring Kayleigh back to a full timetable,
                           with weekly attendance figures sent to the LP.
  Responsible ...........: Mrs Anne Kerr (Named Person for Kayleigh)
  Due ...................: Full timetable by 27/02/2026
  Evidence of progress ..: Attendance of 90% or more by the Review CPPM, from the school
                           register
  Status ................: Open

ACTION 9 of 11
  Wellbeing indicator ...: NURTURED
  Action ................: Breakfast club place for Jack and a check-in with his class
                           teacher about his sleep and his worries.
  Responsible ...........: Mr Iain Leckie (Named Person for Jack)
  Due ...................: Every school day from 26/01/2026
  Evidence of progress ..: Breakfast club register and a weekly e-mail to the LP each Friday
  Status ................: Open

ACTION 10 of 11
  Wellbeing indicator ...: SAFE
  Action ................: Keep-safe plan agreed with Kayleigh: who she will tell when she
                           wants to hurt herself, and blades removed from the house.
  Responsible ...........: Graham Soutar (LP), with Kayleigh
  Due ...................: -
  Evidence of progress ..: Kayleigh's keep-safe plan on file; Kayleigh can name two adults
                           she would tell
  Status ................: Open

ACTION 11 of 11
  Wellbeing indicator ...: SAFE
  Action ................: Donna to keep all her medication in the locked box provided by
                           the CMHT.
  Responsible ...........: Donna Lindsay (Mum)
  Due ...................: Every day from 20/01/2026
  Evidence of progress ..: LP checks the box and the tablet count at each visit
  Status ................: Open

CONTINGENCY
===========
Trigger 1 ...............: Kayleigh self-harms in a way that needs medical treatment, or
                           tells anyone she wants to end her life.
Response ................: The adult who knows takes Kayleigh to Braeglenny Royal Infirmary
                           (or calls 999) and tells the LP the same day. The LP arranges an
                           Inter-agency Referral Discussion (IRD) that day.
Trigger 2 ...............: Donna is admitted to hospital or is too unwell to look after the
                           children.
Response ................: Kayleigh and Jack stay with Michelle Hay in Bruntlaw that night;
                           if Michelle cannot have them, the LP or Braeglenny Out of Hours
                           Social Work places them together with Braeglenny foster carers.
Trigger 3 ...............: Kayleigh is absent from school without explanation for two days
                           in a row.
Response ................: Mrs Kerr phones the LP and the LP visits the home that day.

CORE GROUP AND REVIEW
=====================
Core Group ...............: Every three weeks at Braeglenny High School, 3.45pm:
                            02/02/2026, 23/02/2026, 16/03/2026
Review CPPM ..............: 13/04/2026, 10am, Braeglenny Council HQ
Distribution .............: Donna Lindsay; Kayleigh (young person's copy); all Core Group
                            members; Dr Sandeep Rao, Braeglenny Health Centre

*** END OF PRINT ***
""",
    "findings": [
        F("H001", "CPN to provide home support visits to Donna"),
        F("M001", "Referral to Braeglenny CAMHS for an assessment of Kayleigh's"),
        F("M002", "Morning check-in with Kayleigh at the Pupil Support Base"),
        F("T002", "Young carer statement completed with Kayleigh and a place offered"),
        F("W002", "Share any new concern about Kayleigh's self-harm or Donna's"),
        F("T001", "Keep-safe plan agreed with Kayleigh: who she will tell"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Wales: bilingual Care and Support Protection Plan after an initial child
#    protection conference, for a 9-week-old baby. Exemplary (pdf, header and
#    footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b224_bryndolwen_care_support_protection_plan_bilingual_pritchard.pdf",
    "doc_title": "Cynllun Gofal a Chymorth Amddiffyn / Care and Support Protection Plan - Osian Pritchard",
    "split": "tune",
    "actions": 12,
    "font_size": 10,
    "min_pages": 3,
    "header": "SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE · Cyngor Sir Bryndolwen · Osian Pritchard",
    "footer": "Cynllun Gofal a Chymorth Amddiffyn / Care and Support Protection Plan · Tudalen / Page {PAGE} o / of {NUMPAGES}",
    "template": "wales-care-and-support-protection-plan-paged-header-footer-bilingual-welsh-english-headings-manylion-details-grid-register-language-then-why-there-is-a-plan-beth-sy-bwysig-what-matters-to-each-parent-and-nain-osians-day-canlyniadau-personol-personal-outcomes-then-cyf-beth-fydd-yn-digwydd-pwy-pryd-sut-byddwn-ni-gwybod-table-then-cynllun-wrth-gefn-contingency-legal-gateway-cyfarfodydd-meetings",
    "description": (
        "Exemplary Welsh Care and Support Protection Plan, made under the Social Services and Well-being "
        "(Wales) Act 2014 and the Wales Safeguarding Procedures at an initial child protection conference, "
        "for a 9-week-old baby placed on the child protection register (neglect) after he was admitted to "
        "hospital dehydrated and below his birth weight: his mother has postnatal depression and had "
        "stopped her medication, his father works night shifts at a quarry, and his grandmother stays "
        "over on the father's nights. Headings are in Welsh and English. The details grid, why there is "
        "a plan, what matters to each parent and to Nain (from the 'what matters' conversations), Osian's "
        "day as the health visitor and social worker see it, and personal outcomes for Osian come before "
        "a 'Cyf. / Beth fydd yn digwydd / Pwy / Pryd / Sut byddwn ni'n gwybod' table. The perinatal "
        "psychiatrist and perinatal CPN report to each core group on the mother's capacity to change and "
        "the likely timescale; the contingency has feed, weight and mental health triggers, a fallback "
        "if Nain cannot stay, and a Legal Gateway meeting; core group dates and the review conference "
        "are set."
    ),
    "blocks": [
        ("title", "Cynllun Gofal a Chymorth Amddiffyn / Care and Support Protection Plan"),
        ("p", "Cyngor Sir Bryndolwen, Gwasanaethau Plant / Bryndolwen County Council, Children's Services. "
              "Made at the initial child protection conference on 08/01/2026 under the Social Services and "
              "Well-being (Wales) Act 2014 and the Wales Safeguarding Procedures. The family asked for the "
              "plan in both languages: Ffion's first language is Welsh and Dylan's is English."),
        ("h1", "Manylion / Details"),
        ("table", {
            "rows": [
                ["Plentyn / Child", "Osian Pritchard, born 06/11/2025 (9 weeks)"],
                ["Cyfeiriad / Address", "3 Heol y Felin, Bryndolwen"],
                ["Rhieni / Parents", "Ffion Pritchard (24), Osian's mum\nDylan Hughes (26), Osian's dad, shift "
                                     "operator at Bryngarnedd Quarry"],
                ["Teulu / Family", "Eirlys Pritchard (52), Ffion's mother, called Nain in this plan; lives in "
                                   "Brynllefrith, a mile away"],
                ["Cofrestr / Register", "Osian's name was placed on the child protection register on "
                                        "08/01/2026 under the category of neglect."],
                ["Gweithiwr cymdeithasol / Social worker", "Rhian Prosser, Child Protection Team (Tîm Diogelu "
                                                          "Plant). Team manager: Huw Jenkins."],
                ["Ymwelydd iechyd / Health visitor", "Nia Edwards, Bryndolwen University Health Board"],
                ["Iechyd meddwl amenedigol / Perinatal mental health", "Dr Alys Rowlands, consultant perinatal "
                 "psychiatrist, and Bethan Morgan, perinatal CPN, Bryndolwen Perinatal Mental Health Service"],
                ["Meddyg teulu / GP", "Dr Gethin Lloyd, Bryndolwen Surgery"],
                ["Cadeirydd / Chair", "Carys Vaughan, independent conference chair"],
            ],
            "widths": [5.0, 12.0],
            "bold_first_col": True,
        }),
        ("h1", "Pam mae angen cynllun / Why there is a plan"),
        ("p", "On 15/12/2025, at 5 weeks old, Osian was admitted to Bryndolwen General Hospital dehydrated and "
              "weighing 120g less than at birth. Ffion told the ward that some days she \"couldn't face\" "
              "feeding him and had left him in his bouncer for long spells. She has postnatal depression, "
              "diagnosed by Dr Lloyd on 02/12/2025, and had stopped taking her sertraline after ten days. "
              "She told the ward she had thought of harming herself, but never Osian. Dylan had been working "
              "four 12-hour night shifts a week and sleeping in the day. A strategy discussion was held on "
              "16/12/2025 and a child protection enquiry followed. Osian fed well on the ward and was "
              "discharged home on 22/12/2025, with Nain staying over."),
        ("h1", "Beth sy'n bwysig / What matters"),
        ("p", "To Ffion (what matters conversation with Rhian, in Welsh, on 05/01/2026): \"Dw i eisiau bod yn "
              "fam dda iddo fe\" (I want to be a good mum to him). \"I want to feel like me again. I'll take "
              "the tablets this time. I want Mam's help, but I don't want her to take over.\""),
        ("p", "To Dylan (what matters conversation with Rhian on 06/01/2026): \"I didn't see how bad Ffion was. "
              "I need the job, but I'll go on days if they let me. Osian comes first.\""),
        ("p", "To Nain (Eirlys): \"I'll stay over whenever Dylan's on nights. I'm in work at the post office "
              "three days, so the daytime is harder.\""),
        ("h1", "Diwrnod Osian / Osian's day"),
        ("p", "Osian is 9 weeks old. Nia and Rhian have watched him at five visits since he came home. He takes "
              "about 120ml every three to four hours and is now on the 9th centile. He has started to smile, "
              "mostly at Nain and at Dylan, and he follows Ffion's face when she talks to him in Welsh. On "
              "the ward, nurses saw him lie awake and quiet for long periods without crying for a feed. At "
              "home on 07/01/2026 he cried for about ten minutes while Ffion sat with her head in her hands; "
              "when Nain picked him up he settled against her chest within a minute. He sleeps in a Moses "
              "basket beside his parents' bed."),
        ("h1", "Canlyniadau personol / Personal outcomes for Osian"),
        ("numbers", [
            "Osian is fed at least every four hours, day and night, and keeps gaining weight on the 9th "
            "centile or above.",
            "Osian is always cared for by an adult who is awake, well and able to respond to him.",
            "Osian is cared for by a mum whose depression is treated well enough for her to feed, comfort and "
            "play with him every day.",
            "Osian hears Welsh and English at home, and gets to every health check and immunisation on time.",
        ]),
        ("h1", "Y cynllun / The plan"),
        ("p", "Every action has one person who is responsible (Pwy / Who). Sut byddwn ni'n gwybod / How we will "
              "know says what will be seen, counted or read, and who sends it to Rhian."),
        ("table", {
            "header": ["Cyf. / Ref", "Beth fydd yn digwydd / What will happen", "Pwy / Who", "Pryd / When",
                       "Sut byddwn ni'n gwybod / How we will know"],
            "widths": [1.3, 5.6, 3.3, 3.1, 3.7],
            "rows": [
                ["1",
                 "Home visits, one in every two unannounced: see Osian awake, watch a feed, and read the feed "
                 "chart",
                 "Rhian Prosser, social worker",
                 "Twice a week until the review conference on 02/04/2026",
                 "Visit record on the case file within 2 working days, saying what Osian was seen doing and "
                 "the longest gap on the feed chart"],
                ["2",
                 "Weigh Osian at home, watch a feed, and check his skin, his sleep and where he sleeps",
                 "Nia Edwards, health visitor",
                 "Weekly until 26/02/2026, then every two weeks",
                 "Weights plotted in the red book and e-mailed to Rhian after each visit; on the 9th centile "
                 "or above"],
                ["3",
                 "Keep the feed chart on the fridge: the time of every feed, how much Osian took, and who "
                 "fed him",
                 "Ffion and Dylan",
                 "Every feed, day and night",
                 "Chart read by Rhian and Nia at every visit; no gap of more than four hours"],
                ["4",
                 "Review Ffion's medication and mental state, and write to the core group on how her "
                 "depression affects her care of Osian, whether she is making the changes he needs, and how "
                 "long that is likely to take",
                 "Dr Alys Rowlands, consultant perinatal psychiatrist",
                 "Clinic review by 23/01/2026; report 3 working days before each core group",
                 "Written report on Rhian's file before each core group"],
                ["5",
                 "Home visits to Ffion: treatment for her depression, her Edinburgh Postnatal Depression "
                 "Scale (EPDS) score, and her own safety plan; a written update to each core group on whether "
                 "Ffion is making the changes Osian needs and how long further change is likely to take",
                 "Bethan Morgan, perinatal CPN",
                 "Weekly from 12/01/2026",
                 "EPDS score recorded at each visit, falling below 13 by the review conference; the written "
                 "update on Rhian's file before each core group"],
                ["6",
                 "Take her sertraline every morning so that she is well enough to feed and care for Osian, "
                 "and tell Bethan the same day if she misses a dose",
                 "Ffion Pritchard (Mum)",
                 "Every day from 09/01/2026",
                 "Bethan's tablet count at each weekly visit, told to Rhian"],
                ["7",
                 "See Ffion at the surgery and share any change to her medication with Bethan and Rhian",
                 "Dr Gethin Lloyd, GP",
                 "Every 4 weeks from 20/01/2026",
                 "GP letter after each appointment on Rhian's file"],
                ["8",
                 "Stay overnight at Heol y Felin and do Osian's night feeds on every night Dylan works",
                 "Eirlys Pritchard (Nain)",
                 "Every night shift on Dylan's rota",
                 "Nain's initials against the night feeds on the feed chart; rota checked by Rhian"],
                ["9",
                 "Ask his manager at Bryngarnedd Quarry to move him to day shifts, and give Rhian his rota "
                 "every Friday",
                 "Dylan Hughes (Dad)",
                 "Request by 16/01/2026; rota every Friday",
                 "Manager's letter about his shifts, and each rota, on Rhian's file"],
                ["10",
                 "Sessions at home with Ffion and Dylan on reading Osian's cues (hunger, tiredness, wanting "
                 "to play) and on talking and singing to him in Welsh and English",
                 "Manon Griffiths, family support worker, Bryndolwen Family Support Team",
                 "Thursdays at 10am, 8 sessions from 15/01/2026",
                 "Session notes to Rhian after each session; at session 8 both parents name Osian's hunger "
                 "and tired cues to Manon"],
                ["11",
                 "Take Osian to the Cylch Ti a Fi parent and baby group at Bryndolwen Family Centre",
                 "Ffion Pritchard (Mum)",
                 "Every Tuesday at 10am from 13/01/2026",
                 "Group leader's register, sent to Rhian each month"],
                ["12",
                 "Take Osian for the 8-week immunisations he missed while he was in hospital",
                 "Ffion and Dylan",
                 "By 30/01/2026 (appointment booked for 27/01/2026)",
                 "Immunisations recorded in the red book and on the child health system, checked by Nia"],
            ],
        }),
        ("h1", "Cynllun wrth gefn / Contingency plan"),
        ("bullets", [
            "If Osian goes more than five hours without a feed, loses weight at a weekly weigh, or is found "
            "with no adult awake and able to care for him: whoever knows tells Rhian (or the Emergency Duty "
            "Team after 5pm) the same day. Rhian holds a strategy discussion with the police and health that "
            "day, and Osian goes to stay with Nain at her home in Brynllefrith until it is agreed he can "
            "come home.",
            "If Ffion says she is thinking of harming herself or Osian, or stops her sertraline: Dylan or "
            "Nain stays with Osian and Ffion is not left alone with him; Bethan arranges a same-day "
            "assessment by the perinatal team (out of hours, the crisis team on 111, or 999 if anyone is in "
            "danger).",
            "If Nain cannot stay overnight (she is ill or away), Dylan does not work that night: his manager "
            "agreed this with Rhian on 07/01/2026. If neither Nain nor Dylan can be there, Rhian or the "
            "Emergency Duty Team arranges a parent and baby foster placement for Ffion and Osian that "
            "evening, or an emergency foster placement for Osian if one is not free.",
            "If any of these happens twice before the review conference, or Dr Rowlands's report says Ffion "
            "is unlikely to be able to meet Osian's needs in the time he has, Huw Jenkins (team manager) will "
            "take Osian's case to the Legal Gateway meeting within 5 working days to decide whether to begin "
            "pre-proceedings under the Public Law Outline.",
        ]),
        ("h1", "Cyfarfodydd / Meetings"),
        ("bullets", [
            "Grŵp craidd / Core group: every four weeks at Bryndolwen Family Centre, Tuesdays at 1.30pm, in "
            "Welsh and English: 20/01/2026, 17/02/2026 and 17/03/2026.",
            "Cynhadledd adolygu / Review child protection conference: 02/04/2026 at 10am, Neuadd y Sir "
            "(County Hall), Bryndolwen.",
            "Copies of this plan went to Ffion, Dylan and Nain in Welsh and English, and to every agency, on "
            "12/01/2026.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Wales: Care and Support Protection Plan, what matters conversations,
#    numbered actions under each personal outcome. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b224_blaenhowys_what_matters_personal_outcomes_bowen.md",
    "split": "tune",
    "actions": 12,
    "template": "wales-care-and-support-protection-plan-md-bilingual-headings-details-table-why-we-are-worried-what-matters-to-each-child-and-parent-strengths-then-numbered-actions-under-each-personal-outcome-with-pwy-who-pryd-when-sut-byddwn-ni-gwybod-how-well-know-lines-then-contingency-legal-planning-meetings",
    "description": (
        "Welsh Care and Support Protection Plan, made at an initial child protection conference and filled "
        "in at the first core group, for a 9-year-old girl and a 6-year-old boy on the child protection "
        "register (emotional abuse) after their father assaulted their mother in front of them; he is on "
        "bail, sees them at a contact centre, and uses cocaine at weekends and cannabis every day. What "
        "matters to each child and parent is set down from the what matters conversations; numbered "
        "actions sit under four personal outcomes with Pwy / Who, Pryd / When and Sut byddwn ni'n gwybod "
        "/ How we'll know lines. Faults: a personal outcome about the mother only; the IDVA referral "
        "written in the passive with '-' for who; the school nurse's drop-ins with '-' for when; play "
        "therapy with nothing for how we'll know; the family support worker's sessions 'when Sian feels "
        "ready'; the father's drug use recorded with no adult service owning any work (he only refers "
        "himself); and a contingency that only says the core group will meet to review the plan and "
        "consider next steps. A Legal Gateway meeting follows insufficient progress, and core group and "
        "review conference dates are set."
    ),
    "text": """\
# Cynllun Gofal a Chymorth Amddiffyn / Care and Support Protection Plan

**Cyngor Bwrdeistref Sirol Blaenhowys / Blaenhowys County Borough Council: Children's Services**

Made at the initial child protection conference on 15/12/2025 under the Wales Safeguarding Procedures,
and filled in at the first core group on 06/01/2026.

| Manylion / Details | |
|---|---|
| Children | Cerys Bowen, born 19/04/2016 (9), Year 5, Bryncoed Primary School; Macsen Bowen, born 02/08/2019 (6), Year 2, Bryncoed Primary School |
| Address | 22 Maes y Dderwen, Blaenhowys |
| Mum | Sian Bowen (34), lives with the children |
| Dad | Gareth Bowen (37), living with his mother in Blaenhowys town centre since 28/11/2025 |
| Register | Both children placed on the child protection register on 15/12/2025: emotional abuse |
| Social worker | Lowri Davies, Blaenhowys Safeguarding Team (team manager: Rhodri Jones) |
| Conference chair | Meirion Pugh, independent reviewing officer |

## Pam rydyn ni'n poeni / Why we are worried

On 28/11/2025 Gareth hit Sian and pushed her into the kitchen door while Cerys and Macsen were in the
living room. Cerys phoned 999. Gareth was arrested and charged with assault, and is on bail not to
contact Sian or go to Maes y Dderwen; his trial is listed for 24/02/2026. Blaenhowys Police have been
called to the house three times in 2025. Sian says the arguments are worse when Gareth has been using
cocaine at the weekend, and that he smokes cannabis every day. Police found cocaine in his car on
28/11/2025. Since the assault Macsen has been wetting the bed and hitting other children at school, and
Cerys has been checking the doors are locked at night.

## Beth sy'n bwysig i Cerys / What matters to Cerys

Cerys told Lowri on 09/12/2025: "I don't want Dad to hurt Mum again." "I still want to see Dad, but not
if he's angry or doing the white stuff." "I check the doors so nobody can get in." She would like to go
back to Urdd dance club on Fridays and to have a sleepover at her friend Leah's.

## Beth sy'n bwysig i Macsen / What matters to Macsen

Macsen drew his family with Dad "far away in a car". He told Lowri: "Dad was shouting and Mum was
crying. I hid under the blanket." "I like seeing Dad at the place with the Lego."

## Beth sy'n bwysig i Sian / What matters to Sian

"I want the kids to feel safe in their own house again. I don't want Gareth back, but I want them to
have their dad if he sorts himself out."

## Beth sy'n bwysig i Gareth / What matters to Gareth

"I want to see my kids. I'm not a junkie, it's a bit at the weekend like everyone. I'll do the
course if it means I see them."

## Cryfderau / Strengths

- Sian called the police herself on two earlier occasions and has kept to the safety advice since
  28/11/2025.
- Both children go to school every day (attendance 97% and 95%).
- Gareth has gone to every supervised contact since 13/12/2025 and has been sober at each.

## Canlyniadau personol a'r cynllun / Personal outcomes and the plan

### Personal outcome 1: Cerys and Macsen are safe at home and no longer see or hear violence

**1.1** A referral will be made to Blaenhowys IDVA Service so that Sian has an independent domestic
violence adviser and a written safety plan.
- Pwy / Who: -
- Pryd / When: by 16/01/2026
- Sut byddwn ni'n gwybod / How we'll know: the IDVA's acceptance letter on Lowri's file; Sian's safety
  plan seen by Lowri

**1.2** Lowri will visit the children at home, seeing each of them on their own, and at least one visit
in three will be unannounced.
- Pwy / Who: Lowri Davies, social worker
- Pryd / When: weekly until the review conference on 16/03/2026
- Sut byddwn ni'n gwybod / How we'll know: visit records within 2 working days, with Cerys's and
  Macsen's own words

**1.3** Gareth will keep to his bail conditions: no contact with Sian and not going to Maes y Dderwen.
- Pwy / Who: Gareth Bowen (Dad)
- Pryd / When: every day until his trial on 24/02/2026 and any order made then
- Sut byddwn ni'n gwybod / How we'll know: any breach reported by Sian is logged by Blaenhowys Police and
  told to Lowri the same day

**1.4** Supervised contact between Gareth and the children at the contact centre.
- Pwy / Who: Dawn Rees, contact supervisor, Blaenhowys Family Contact Centre
- Pryd / When: Saturdays, 10am to 11.30am
- Sut byddwn ni'n gwybod / How we'll know: contact record sent to Lowri after each contact, with what the
  children said and whether Gareth arrived sober

**1.5** A door chain, window locks and a video doorbell fitted at Maes y Dderwen so that the children
feel safe at night.
- Pwy / Who: PC Aled Bevan, crime prevention officer, Blaenhowys Police
- Pryd / When: by 23/01/2026
- Sut byddwn ni'n gwybod / How we'll know: Lowri sees the locks and the doorbell at her next visit

### Personal outcome 2: Cerys and Macsen can talk about what happened and feel less worried

**2.1** Play therapy for Macsen to help him with his feelings about what he saw.
- Pwy / Who: Elin Thomas, play therapist, Blaenhowys Children's Therapy Service
- Pryd / When: weekly for 12 weeks from 21/01/2026
- Sut byddwn ni'n gwybod / How we'll know: -

**2.2** Direct work with Cerys about her worries and the door-checking, using the "All About Me"
workbook.
- Pwy / Who: Lowri Davies, social worker
- Pryd / When: four sessions at school, fortnightly from 14/01/2026
- Sut byddwn ni'n gwybod / How we'll know: Cerys's workbook on file; her worry score (0 to 10) recorded by
  Lowri at each session

**2.3** Drop-in sessions at school for Cerys with the school nurse, to talk about her sleep and worries.
- Pwy / Who: Alison Harries, school nurse
- Pryd / When: -
- Sut byddwn ni'n gwybod / How we'll know: the school nurse's notes shared with Lowri each month

### Personal outcome 3: Sian feels confident and able to manage on her own

**3.1** Sessions with Sian at home on routines, bedtimes and calm ways of setting limits for Cerys and
Macsen after what has happened.
- Pwy / Who: Mari Llewellyn, family support worker, Blaenhowys Family Support Team
- Pryd / When: when Sian feels ready
- Sut byddwn ni'n gwybod / How we'll know: session notes to Lowri; the bedtime chart, seen by Mari, shows
  both children in bed by 8pm on five nights in seven

**3.2** Sian will go to the 12-week Blaenhowys Women's Recovery Programme for women who have lived with
domestic abuse.
- Pwy / Who: Sian Bowen (Mum)
- Pryd / When: Wednesdays, 14/01/2026 to 01/04/2026
- Sut byddwn ni'n gwybod / How we'll know: the facilitator's attendance letter and certificate, sent to
  Lowri

### Personal outcome 4: Cerys and Macsen see their dad safely, when he is not using drugs

**4.1** Gareth will go to the Blaenhowys Respect and Responsibility domestic abuse perpetrator programme.
- Pwy / Who: Gareth Bowen (Dad)
- Pryd / When: Tuesdays for 24 weeks from 20/01/2026
- Sut byddwn ni'n gwybod / How we'll know: weekly attendance sent to Lowri; the facilitator's report at
  12 weeks

**4.2** Gareth will refer himself to the Blaenhowys Substance Misuse Service and sign the consent for it
to share information with Lowri.
- Pwy / Who: Gareth Bowen (Dad)
- Pryd / When: by 16/01/2026
- Sut byddwn ni'n gwybod / How we'll know: Gareth shows Lowri his appointment letter and the signed
  consent form

## Cynllun wrth gefn / Contingency plan

If there are any further concerns about Cerys and Macsen's safety, or the plan is not working, the
core group will meet to review the plan and consider the next steps.

## Cyfarfodydd / Meetings

- Core group every four weeks at Bryncoed Primary School, 3.30pm: 06/01/2026 (held), 03/02/2026 and
  03/03/2026.
- Review child protection conference: 16/03/2026 at 10am, Blaenhowys Civic Centre.
- Legal planning: if Cerys and Macsen have not made enough progress on this plan by the review
  conference to come off the register, Rhodri Jones (team manager) will request a Legal Gateway
  meeting within 10 working days of that conference.

Plan shared with Sian, Gareth (his own copy, by post to his mother's address), and every agency on
07/01/2026.
""",
    "findings": [
        F("F002", "Sian feels confident and able to manage on her own"),
        F("W001", "A referral will be made to Blaenhowys IDVA Service"),
        F("M001", "Play therapy for Macsen to help him with his feelings"),
        F("T001", "Drop-in sessions at school for Cerys with the school nurse"),
        F("T002", "Sessions with Sian at home on routines, bedtimes and calm"),
        F("F004"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Northern Ireland: plan after an initial Child Protection Case
#    Conference, UNOCINI domain and outcome merged down beside each action.
#    Exemplary (docx, landscape)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b224_bannvale_icpcc_unocini_domain_merged_table_mccartan.docx",
    "doc_title": "Child Protection Plan - Aoife and Tiernan McCartan (Initial Child Protection Case Conference 13/01/2026)",
    "split": "tune",
    "actions": 13,
    "landscape": True,
    "font_size": 10,
    "check_vmerge": 7,
    "header": "OFFICIAL-SENSITIVE - Bannvale Health and Social Care Trust - Children's Services",
    "template": "northern-ireland-trust-child-protection-plan-docx-landscape-initial-child-protection-case-conference-details-grid-register-gateway-and-family-support-hub-history-unocini-summary-by-domain-childrens-words-parents-views-then-unocini-domain-and-outcome-merged-down-beside-action-lead-by-when-how-progress-will-be-measured-then-contingency-legal-planning-meeting-care-order-core-group-review-cpcc",
    "description": (
        "Exemplary Northern Ireland child protection plan made at an initial Child Protection Case "
        "Conference for a 10-year-old girl and her 4-year-old brother, whose names were placed on the "
        "Child Protection Register (neglect) after their mother's drinking left the boy wandering in the "
        "street at night; the Gateway team took the school's referral after earlier work by the Family "
        "Support Hub had closed. After the details, the referral history, a UNOCINI summary by domain, "
        "the children's words and their mother's view, the plan is one landscape table with the UNOCINI "
        "domain and the outcome for the children merged down beside Action / Lead / By when / How "
        "progress will be measured rows. The Trust's community addictions team breath-tests the mother "
        "and reports to each core group on her capacity to change and in what timescale; the "
        "grandfather's school runs and Friday nights have a fallback through the aunt and foster care; "
        "named triggers lead to a strategy discussion with PSNI and a Legal Planning Meeting on a Care "
        "Order application under the Children (NI) Order 1995; core group dates and the review case "
        "conference are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Bannvale Health and Social Care Trust. Children's Services, Ballymorragh Family Intervention "
              "Team. Agreed at the initial Child Protection Case Conference on 13/01/2026 and sent to the family "
              "and every agency on 15/01/2026."),
        ("table", {
            "rows": [
                ["Children", "Aoife McCartan, born 22/05/2015 (10), P6, Ballymorragh Primary School\n"
                             "Tiernan McCartan, born 30/09/2021 (4), Ballymorragh Nursery School"],
                ["Address", "7 Church View, Ballymorragh"],
                ["Mother", "Clare McCartan (36)"],
                ["Fathers", "Aoife: Paul McCartan, lives in Leeds; phone calls on Sundays.\n"
                            "Tiernan: Declan Quinn, lives in Ballymorragh; Tiernan stays with him on Sundays."],
                ["Wider family", "Seamus Boyle (64), Clare's father (Granda), Ballymorragh\n"
                                 "Niamh Boyle (33), Clare's sister, Ballymorragh"],
                ["Child Protection Register", "Both children's names placed on the register on 13/01/2026. "
                                              "Category: neglect."],
                ["Key worker", "Ciara Devlin, social worker, Ballymorragh Family Intervention Team. Senior "
                               "practitioner: Martin Hegarty."],
                ["Chair", "Patricia Lavery, Principal Social Worker (Safeguarding)"],
            ],
            "widths": [5.0, 20.7],
            "bold_first_col": True,
        }),
        ("h1", "How the family came to the Trust"),
        ("p", "From March to September 2025 Clare had help from Ballymorragh Family Support Hub (a family support "
              "worker for budgeting and routines); the Hub closed its work when Clare stopped answering calls. "
              "On 24/11/2025 the Gateway team took a referral from Ballymorragh Primary School after Aoife told "
              "her teacher that her mum \"falls over\" and that she puts Tiernan to bed. On 06/12/2025 a "
              "neighbour found Tiernan in the street in his pyjamas at 10pm and called PSNI; Clare was asleep "
              "and very drunk. A joint protocol investigation by the Trust and PSNI followed, and Tiernan and "
              "Aoife stayed with Seamus until 09/12/2025."),
        ("h1", "UNOCINI summary"),
        ("p", "Child's developmental needs: Aoife is doing well in class but is often tired, has been late 19 "
              "times this term, and worries about her mum. Tiernan's speech is behind other four-year-olds, he "
              "missed his pre-school health review, and nursery staff see him arrive hungry and hide food in "
              "his bag."),
        ("p", "Parents' and carers' capacity: Clare is warm and loving with both children and keeps the house "
              "clean on her good days. She drinks most evenings, mostly wine, and more since her mother died "
              "in 2024. When she has been drinking there is no sober adult in the house, and Aoife takes on "
              "Tiernan's care."),
        ("p", "Family and environmental factors: Seamus is close by and has helped every morning since "
              "December. Niamh helps when she is not working. The family has gas arrears and lives on "
              "Universal Credit."),
        ("h1", "What Aoife and Tiernan say"),
        ("p", "Ciara saw Aoife on her own at school on 08/01/2026: \"Mummy drinks the wine and then she's "
              "sleepy and I put Tiernan to bed.\" \"I'm scared she'll fall down the stairs.\" \"I like it at "
              "Granda's, he makes fry-ups.\" Her wish is \"Mummy to stop the wine and come to my Irish "
              "dancing show\"."),
        ("p", "Tiernan, seen at home and at nursery: he showed Ciara his toy tractor and said \"Mummy sleepy\" "
              "and \"Granda's house\". Nursery staff see him run to Seamus at collection and eat two breakfasts "
              "when he is offered them."),
        ("h1", "What Clare says"),
        ("p", "\"I know it got out of hand after Mammy died. I love them more than anything. I'll go to the "
              "addictions team and I'll do the tests.\""),
        ("h1", "The plan"),
        ("p", "Each outcome for the children sits beside the actions that lead to it. The lead is the one "
              "person responsible. Everything under 'How progress will be measured' is sent to Ciara and "
              "recorded on the children's file."),
        ("table", {
            "header": ["UNOCINI domain", "Outcome for Aoife and Tiernan", "Action", "Lead", "By when",
                       "How progress will be measured"],
            "widths": [3.0, 4.2, 7.2, 3.7, 3.4, 4.2],
            "rows": [
                ["Child's developmental needs",
                 "Aoife and Tiernan are healthy and up to date with their checks, and Aoife is no longer "
                 "caring for her brother",
                 "Pre-school health review for Tiernan, including a speech and language screen",
                 "Orla Kerr, health visitor",
                 "By 13/02/2026",
                 "Review findings and any referral written to Ciara; speech screen result shared with the "
                 "nursery"],
                [V, V,
                 "Health check for Aoife: height, weight, sight and sleep, and a chance to talk about her "
                 "worries",
                 "Deirdre Nugent, school nurse",
                 "By 27/02/2026",
                 "Health check record sent to Ciara; any worry Aoife raises passed to Ciara the same day"],
                [V, V,
                 "Refer Aoife to Bannvale Young Carers and take her to her first group",
                 "Ciara Devlin, key worker",
                 "Referral by 30/01/2026; first group by 28/02/2026",
                 "Young carers' letter confirming Aoife's place; her attendance at the monthly group sent to "
                 "Ciara"],
                [V,
                 "Aoife and Tiernan get to school and nursery every day, on time and fed",
                 "Check Aoife's attendance and punctuality every morning and ring Ciara if she is not in by "
                 "9.30am",
                 "Mr Brendan Doherty, Designated Teacher, Ballymorragh Primary School",
                 "Every school day",
                 "Register and late marks e-mailed to Ciara each Friday; attendance of 95% or more each month"],
                [V, V,
                 "Note every morning how Tiernan arrives (fed, clean, warm, who brought him) and tell Ciara "
                 "the same day if he arrives hungry or with an adult who is drunk",
                 "Mrs Roisin Keenan, Principal, Ballymorragh Nursery School",
                 "Every nursery day",
                 "Daily arrival log e-mailed to Ciara each Friday"],
                ["Parents' and carers' capacity",
                 "Aoife and Tiernan are always looked after by a sober adult, day and night",
                 "Clare will not drink any alcohol while she is looking after Aoife or Tiernan",
                 "Clare McCartan (Mum)",
                 "Every day from 13/01/2026 until the review conference",
                 "No alcohol seen or smelt at Ciara's unannounced visits; Clare's breath readings at the "
                 "addictions team all 0.00"],
                [V, V,
                 "Full assessment of Clare's drinking with a breath test at every appointment, and a written "
                 "report to each core group on whether Clare can make and keep the changes Aoife and Tiernan "
                 "need, and in what timescale",
                 "Conor Gallagher, addictions practitioner, Bannvale Trust Community Addictions Team",
                 "Assessment by 06/02/2026; report 5 working days before each core group",
                 "Written report on the children's file with every breath reading; Conor at each core group"],
                [V, V,
                 "Go to her weekly appointments with Conor, and to a community detox if he recommends one, so "
                 "that she is sober whenever she is caring for Aoife and Tiernan",
                 "Clare McCartan (Mum)",
                 "Every Wednesday at 11am from 21/01/2026",
                 "Conor's attendance record sent to Ciara each month"],
                [V, V,
                 "Home visits, one in two unannounced: see Aoife on her own and Tiernan awake, and look at the "
                 "food in the house and the children's beds",
                 "Ciara Devlin, key worker",
                 "Weekly until the review conference on 14/04/2026",
                 "Visit record on the children's file within 2 working days, with Aoife's and Tiernan's own "
                 "words"],
                [V,
                 "Aoife and Tiernan have their tea, a bath and a set bedtime every day",
                 "Home sessions with Clare on a daily routine for the children (tea, bath, bedtime, school "
                 "bags) and on budgeting",
                 "Gemma McAllister, family support worker, Ballymorragh Family Intervention Team",
                 "Tuesdays and Thursdays for 10 weeks from 20/01/2026",
                 "Session notes to Ciara; the routine chart, checked by Gemma, filled in on 5 nights in 7"],
                ["Family and environmental factors",
                 "Aoife and Tiernan see safe adults in their family every week",
                 "Take Aoife and Tiernan to school and nursery every weekday morning, and have them at his "
                 "house every Friday night",
                 "Seamus Boyle (Granda)",
                 "Monday to Friday at 8.15am; Friday 5pm to Saturday noon",
                 "School and nursery registers show the children in on time; Seamus texts Ciara each "
                 "Saturday when they go home"],
                [V, V,
                 "Have Tiernan at his flat every Sunday and bring him home by 5pm",
                 "Declan Quinn (Tiernan's dad)",
                 "Every Sunday, 11am to 5pm",
                 "Declan texts Ciara when Tiernan is home; Tiernan's own account at Ciara's visits"],
                [V,
                 "Aoife and Tiernan live in a warm home with food in the cupboards",
                 "Benefits check for Clare and an agreement with the gas supplier on the arrears",
                 "Gemma McAllister, family support worker",
                 "By 06/02/2026",
                 "Benefits check letter and the arrears agreement on the children's file"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Clare is found under the influence of alcohol while caring for the children, if either child "
            "is left without a sober adult, or if Tiernan is found outside on his own: whoever knows calls "
            "PSNI on 999 if a child is in danger and tells Ciara (or the Trust's out-of-hours social work "
            "service) straight away. Ciara holds a strategy discussion with PSNI the same day, and the "
            "children go to Seamus's house that night.",
            "If Seamus cannot take the children to school or have them (he is ill or away), Niamh does it "
            "instead: she agreed this at the conference. If neither Seamus nor Niamh can, Ciara or the "
            "out-of-hours service arranges an emergency foster placement through Bannvale Trust Fostering "
            "Service that evening, and Gemma McAllister takes the children to school and nursery the next "
            "morning.",
            "If the children cannot be kept safe at home or with family, Martin Hegarty will seek legal "
            "advice that day about an Emergency Protection Order under the Children (NI) Order 1995.",
            "If Clare drinks while caring for the children twice before the review conference, or Conor's "
            "report says she cannot make the changes in the children's timescales, Martin Hegarty will "
            "convene a Legal Planning Meeting within 5 working days to consider an application for a Care "
            "Order under Article 50 of the Children (NI) Order 1995.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Ballymorragh Primary School, Tuesdays at 2pm: 27/01/2026, "
            "24/02/2026 and 24/03/2026.",
            "Review Child Protection Case Conference: 14/04/2026 at 10am, Bannvale Trust offices, "
            "Ballymorragh.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Northern Ireland: plan after a review Child Protection Case Conference,
#    agency by agency. Faulty (pdf, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b224_bannglen_review_cpcc_agency_by_agency_ferguson.pdf",
    "doc_title": "Child Protection Plan - Callum and Lily Ferguson (Review Child Protection Case Conference 20/01/2026)",
    "split": "tune",
    "actions": 13,
    "font_size": 10,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Bannglen Health and Social Care Trust · Child Protection Plan",
    "footer": "Callum and Lily Ferguson · Review Child Protection Case Conference 20/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "northern-ireland-trust-review-child-protection-case-conference-plan-paged-header-footer-details-kv-decision-progress-childrens-words-parents-views-outcomes-then-numbered-agency-headings-key-worker-health-visiting-school-every-agency-mental-health-gp-family-support-psni-the-family-each-with-action-named-worker-timescale-evidence-table-then-contingency-legal-planning-meeting-meetings",
    "description": (
        "Northern Ireland child protection plan after a review Child Protection Case Conference for a "
        "7-year-old boy and a 2-year-old girl whose names stay on the Child Protection Register "
        "(emotional abuse): their father, a former soldier, has depression and PTSD and has punched doors "
        "and smashed a television in front of them; the paternal grandparents do the school run and have "
        "the children every Saturday night. Details, progress, the children's words, the parents' views "
        "and outcomes come before the actions, set out agency by agency under numbered headings, each "
        "with an Action / Named worker / Timescale / Evidence table. Faults: the community mental health "
        "team's fortnightly sessions only support the father with his mood, sleep and PTSD, checked by "
        "attendance; a Family Support Hub parenting place 'as and when a place becomes available'; "
        "'All agencies' sharing incidents with the key worker; volunteer home visits measured by the "
        "mother's 'engagement'; a contingency with no fallback if the grandparents cannot help; and a "
        "next review conference 'date to be confirmed'. A Legal Planning Meeting follows named triggers."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Bannglen Health and Social Care Trust, Children's Services (Bannglen Family Intervention Team). "
              "Plan revised at the review Child Protection Case Conference on 20/01/2026."),
        ("kv", [
            ("Children", "Callum Ferguson, born 14/06/2018 (7), P4, Broughmore Primary School; Lily Ferguson, "
                         "born 03/11/2023 (2), at home"),
            ("Address", "15 Mill Brae, Broughmore"),
            ("Parents", "Mark Ferguson (34) and Gemma Ferguson (31)"),
            ("Paternal grandparents", "Billy Ferguson (66) and Rosemary Ferguson (63), Broughmore"),
            ("Initial case conference", "21/10/2025: both names placed on the Child Protection Register "
                                        "(emotional abuse)"),
            ("Decision today", "Both names remain on the register under the same category"),
            ("Key worker", "Lisa McKeown, social worker. Senior practitioner: Aidan Clarke."),
            ("Chair", "Noel Hamill, Principal Social Worker (Safeguarding)"),
        ]),
        ("h1", "Why the children's names are on the register"),
        ("p", "Mark served in the army for eleven years and left in 2022. He has depression and post-traumatic "
              "stress disorder and has been under the Bannglen Trust Community Mental Health Team since "
              "February 2025. On 28/09/2025 PSNI were called after he smashed the television and punched a "
              "hole in the living room door while Lily was on the floor beside him and Callum was on the "
              "stairs. Gemma described three similar outbursts over the summer. Callum told his teacher he "
              "\"hides under the bed when Daddy goes mad\"."),
        ("h1", "Progress since the initial conference"),
        ("p", "There have been no further calls to PSNI. Mark has gone to most of his appointments with the "
              "community mental health team and his GP has changed his medication. Gemma says there have been "
              "two outbursts since October, both without the children in the room. Callum is sleeping better, "
              "but still wets the bed two or three nights a week. Billy and Rosemary have done the school run "
              "every day and had the children every Saturday night."),
        ("h1", "What Callum and Lily tell us"),
        ("p", "Callum, seen on his own at school by Lisa on 13/01/2026: \"Daddy's a bit calmer. He still "
              "shouts at the telly.\" \"I like Saturdays at Granny's because we make pancakes.\" \"If Daddy "
              "gets angry I go to my room and put my headphones on.\" He put himself at 6 on a scale of how "
              "safe he feels at home, where 10 is the safest."),
        ("p", "Lily, seen at home: she is chatty and plays with her dolls' house, and goes to Mark for a cuddle "
              "when he comes in. When a door banged at the visit on 13/01/2026 she froze and looked at Gemma."),
        ("h1", "What Mark and Gemma say"),
        ("p", "Mark: \"I'd never lay a finger on the kids. I know the noise frightens them. Some days the "
              "nightmares are bad and I've no patience.\" Gemma: \"It's better than it was. I want him well, "
              "and I want the kids not to be scared in their own house.\""),
        ("h1", "What needs to be different for Callum and Lily"),
        ("numbers", [
            "Callum and Lily do not see or hear their dad's outbursts, and the house is calm at bedtime.",
            "Callum can tell an adult he trusts how he is feeling, and stops wetting the bed.",
            "Lily's speech, play and sleep are where they should be for a two-year-old.",
        ]),
        ("h1", "The plan, agency by agency"),
        ("h2", "1. Trust Children's Services (key worker)"),
        ("table", {
            "header": ["Action", "Named worker", "Timescale", "Evidence"],
            "widths": [6.8, 3.3, 3.2, 3.7],
            "rows": [
                ["Home visits, seeing Callum on his own and Lily awake; one visit in three unannounced",
                 "Lisa McKeown, key worker",
                 "Every two weeks, next on 29/01/2026",
                 "Visit record on the children's file within 2 working days, with the children's words"],
                ["Four sessions with Callum using the 'My Safe Places' workbook: his worries, his safe "
                 "adults and what he can do when Daddy is angry",
                 "Lisa McKeown, key worker",
                 "Fortnightly at school from 03/02/2026",
                 "Callum's workbook on file; his safety scale recorded by Lisa at each session"],
                ["Refer Gemma and Mark to Bannglen Family Support Hub for a place on its 10-week parenting "
                 "group for parents of young children",
                 "Lisa McKeown, key worker",
                 "As and when a place becomes available",
                 "Hub's letter confirming the place; the group's attendance list sent to Lisa"],
            ],
        }),
        ("h2", "2. Health visiting"),
        ("table", {
            "header": ["Action", "Named worker", "Timescale", "Evidence"],
            "widths": [6.8, 3.3, 3.2, 3.7],
            "rows": [
                ["Lily's two-year review, with an ASQ-3 and a check on her speech and sleep",
                 "Karen Dunlop, health visitor",
                 "By 27/02/2026",
                 "ASQ-3 scores and the review record sent to Lisa"],
            ],
        }),
        ("h2", "3. Broughmore Primary School"),
        ("table", {
            "header": ["Action", "Named worker", "Timescale", "Evidence"],
            "widths": [6.8, 3.3, 3.2, 3.7],
            "rows": [
                ["Check in with Callum at the start of the week about his weekend and his sleep, and pass on "
                 "anything he says about home",
                 "Mrs Joanne Bell, Designated Teacher",
                 "Every Monday at 9am",
                 "Check-in notes and attendance e-mailed to Lisa every Friday"],
            ],
        }),
        ("h2", "4. Every agency"),
        ("table", {
            "header": ["Action", "Named worker", "Timescale", "Evidence"],
            "widths": [6.8, 3.3, 3.2, 3.7],
            "rows": [
                ["Tell the key worker about any incident where Mark loses his temper in front of Callum or "
                 "Lily",
                 "All agencies",
                 "The same day",
                 "Incident logged on the children's file"],
            ],
        }),
        ("h2", "5. Adult mental health"),
        ("table", {
            "header": ["Action", "Named worker", "Timescale", "Evidence"],
            "widths": [6.8, 3.3, 3.2, 3.7],
            "rows": [
                ["Support sessions with Mark at home on managing his low mood, his sleep and his PTSD "
                 "symptoms",
                 "Peter Wylie, community psychiatric nurse, Bannglen Trust Community Mental Health Team",
                 "Fortnightly from 27/01/2026",
                 "Attendance recorded by the CMHT and sent to Lisa each month"],
                ["Review Mark's medication and sleep, and write to the key worker after each review",
                 "Dr Alan Crawford, GP, Broughmore Health Centre",
                 "Every 6 weeks, next on 10/02/2026",
                 "GP letter on the children's file after each review"],
            ],
        }),
        ("h2", "6. Family support"),
        ("table", {
            "header": ["Action", "Named worker", "Timescale", "Evidence"],
            "widths": [6.8, 3.3, 3.2, 3.7],
            "rows": [
                ["Volunteer home visits to Gemma and Lily for play, outings and a break for Gemma",
                 "Maureen Taggart, volunteer, Bannglen Family Visiting Scheme",
                 "Thursdays, 10am to 12 noon",
                 "Gemma's engagement with the visiting scheme"],
            ],
        }),
        ("h2", "7. PSNI"),
        ("table", {
            "header": ["Action", "Named worker", "Timescale", "Evidence"],
            "widths": [6.8, 3.3, 3.2, 3.7],
            "rows": [
                ["Put a marker on 15 Mill Brae so that any call to the address is treated as an incident "
                 "with children present",
                 "Sgt Ryan Adair, Bannglen Neighbourhood Policing Team",
                 "By 30/01/2026",
                 "Marker reference sent to Lisa and written into this plan at the next core group"],
            ],
        }),
        ("h2", "8. The family"),
        ("table", {
            "header": ["Action", "Named worker", "Timescale", "Evidence"],
            "widths": [6.8, 3.3, 3.2, 3.7],
            "rows": [
                ["Use the time-out plan agreed with Lisa: leave the room and go for a walk when he feels his "
                 "anger rising, so that Callum and Lily do not see him lose his temper",
                 "Mark Ferguson (Dad)",
                 "Every time he feels his anger rising",
                 "Time-out log on the fridge, filled in by Mark and Gemma and read by Lisa at each visit"],
                ["Take Callum to school and collect him",
                 "Billy Ferguson (Granda)",
                 "Monday to Friday, 8.30am and 3pm",
                 "School register shows Callum in on time; collection log at the school office"],
                ["Have Callum and Lily overnight at their house every Saturday",
                 "Rosemary and Billy Ferguson (grandparents)",
                 "Every Saturday, 10am to Sunday noon",
                 "Rosemary texts Lisa when the children are home on Sunday"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Mark smashes or punches anything, or threatens anyone, while Callum or Lily are in the house: "
            "Gemma calls PSNI on 999 and takes the children to their bedroom or out of the house. PSNI attend, "
            "and Lisa (or the Trust's out-of-hours social work service) holds a strategy discussion with PSNI "
            "that day. Mark leaves the house that night and does not come back until the strategy discussion "
            "has agreed a plan; if he will not leave, Gemma and the children go to Bannglen Women's Aid refuge.",
            "If Mark tells anyone he is thinking of harming himself, they call the Trust's mental health crisis "
            "response team (or 999) straight away, and Mark does not look after the children on his own until "
            "Peter Wylie and Lisa agree it is safe.",
            "If either of these happens twice before the next review conference, or Callum or Lily is hurt, "
            "Aidan Clarke will convene a Legal Planning Meeting within 5 working days to consider an "
            "application for a Care Order or Supervision Order under the Children (NI) Order 1995.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Broughmore Primary School, 3.15pm: 03/02/2026, 03/03/2026 and "
            "31/03/2026.",
            "Next review Child Protection Case Conference: date to be confirmed.",
            "The plan was sent to Mark, Gemma, Billy and Rosemary and to every agency on 22/01/2026.",
        ]),
    ],
    "findings": [
        F("H001", "Support sessions with Mark at home on managing his low mood"),
        F("T002", "Refer Gemma and Mark to Bannglen Family Support Hub"),
        F("W002", "Tell the key worker about any incident where Mark loses"),
        F("M002", "Volunteer home visits to Gemma and Lily for play"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. England (a county's Signs of Safety variant): danger statements, safety
#    goals, scaling, the network's safety rules and next steps. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b224_brendleshire_sos_safety_rules_next_steps_turner.md",
    "split": "tune",
    "actions": 12,
    "template": "england-county-signs-of-safety-child-protection-plan-md-details-table-danger-statements-complicating-factors-working-well-safety-goals-scaling-table-three-houses-then-network-safety-rules-table-and-next-steps-table-no-what-who-when-how-we-will-know-then-if-the-safety-plan-breaks-down-fallback-per-relative-legal-planning-public-law-outline-meetings",
    "description": (
        "Exemplary English child protection plan in Brendleshire County Council's Signs of Safety "
        "template, made at an initial child protection conference for a 5-year-old girl (emotional "
        "abuse) after her mother's former partner strangled her mother while the girl hid in the "
        "bathroom; a non-molestation order is in force. Danger statements, complicating factors, what "
        "is working well, safety goals for Poppy-Mae, a scaling table and her three houses come before "
        "the safety plan: the network's safety rules (kept by her mother, her aunt, her nana and her "
        "father) and the professionals' next steps, each with Who / When / How we will know. The "
        "contingency says what happens if the former partner comes back or is let in, gives a fallback "
        "for the aunt's school runs and the nana's Friday nights, and sets a legal planning meeting on "
        "the Public Law Outline after named triggers; core group dates and the review conference are "
        "set."
    ),
    "text": """\
# Brendleshire County Council: Children's Services

## Child Protection Plan (Signs of Safety): Poppy-Mae Turner

In Brendleshire the child protection plan is written as the family's safety plan. This one was agreed at
the initial child protection conference on 21/01/2026 by Jade, her family network and every agency
there. The safety rules are the network's part of the plan, and the next steps are the professionals'
part; both are checked at every core group.

| Details | |
|---|---|
| Child | Poppy-Mae Turner, born 09/07/2020 (5), Year 1, Burnleigh Infant School |
| Lives with | Jade Turner (26), her mum, at 41 Oakfield Road, Burnleigh |
| Dad | Daniel Hurst (28), Burnleigh; Poppy-Mae stays with him every other weekend |
| Family network | Leanne Turner (30), Jade's sister ("Auntie Leanne"); Sue Turner (55), Jade's mum ("Nana Sue") |
| Jade's former partner | Lee Carver (29), not Poppy-Mae's father. Non-molestation order made on 15/12/2025, in force until 15/12/2026 |
| Category | Emotional abuse |
| Social worker | Sarah Pennington, Burnleigh Child Protection Team (team manager: Claire Whitworth) |
| Conference chair | David Osei, child protection chair |

## What are we worried about? (danger statements)

Children's services, Brendleshire Constabulary and Burnleigh Infant School are worried that if Lee comes
back into Poppy-Mae's life, she will see or hear more violence and could be badly frightened or hurt.
On 29/11/2025 Lee put his hands round Jade's neck in the kitchen. Poppy-Mae hid in the bathroom and wet
herself, and told the police officer "Lee squeezed Mummy". She has had nightmares most nights since.

We are also worried that Jade may let Lee back into the house, because he has been sending her messages
saying he has changed, and she met him once in December.

## Complicating factors

- Lee broke his bail conditions in October 2025 by coming to the house.
- Jade says she still has feelings for Lee. She told Sarah herself about meeting him in December.

## What's working well?

- Jade rang 999 on 29/11/2025 and applied for the non-molestation order herself.
- Poppy-Mae is very close to Nana Sue and Auntie Leanne, who both live within a ten-minute walk.
- Daniel has had Poppy-Mae every other weekend for two years and gets on with Jade.
- Poppy-Mae's attendance at school is 98%, and her teacher describes her as "a little ray of sunshine"
  on most days.

## Safety goals: what we want for Poppy-Mae

1. Poppy-Mae lives at home with her mum, Lee does not come to the house, and she does not see or hear any
   more violence.
2. Poppy-Mae is surrounded by a network of adults who know the safety rules and keep them every day, so
   that she is safe even if Lee tries to get back in touch.
3. Poppy-Mae knows that what happened was not her fault, can say who she would tell if she was scared,
   and sleeps through the night without nightmares.

## Scaling

On a scale of 0 to 10, where 10 means everyone is confident Poppy-Mae is safe enough for the child
protection plan to end and 0 means she cannot safely live at home:

| Who | Score | Why |
|---|---|---|
| Jade | 7 | "I'd never let him near her again." |
| Nana Sue | 6 | "Jade's strong, but he knows how to get round her." |
| Sarah (social worker) | 4 | Jade met Lee in December, and Lee has broken bail before |
| Mrs Price (school) | 5 | Poppy-Mae is settled in class but talks about Lee at playtime |
| PC Redfern | 4 | Lee's history of breaking conditions |

## Poppy-Mae's three houses (with Sarah, at school, 16/01/2026)

- **House of worries:** "Lee hurt Mummy's neck." "I don't like the shouting." "I dream about the
  bathroom."
- **House of good things:** "Sleepovers at Nana's." "My rabbit Biscuit." "Auntie Leanne does my nails
  sparkly."
- **House of dreams:** "Lee never comes back." "Mummy happy." "A trampoline."

## The safety plan: rules the network has agreed

Jade, Leanne, Sue and Daniel agreed these rules at the conference and signed them in the safety plan
book, which stays in the kitchen drawer at Oakfield Road.

| No. | Safety rule | Who keeps it | When | How we will know |
|---|---|---|---|---|
| R1 | Lee does not come into the house or garden at 41 Oakfield Road: Jade will not let him in, and will not meet him anywhere, with or without Poppy-Mae | Jade Turner (Mum) | Every day until the order ends on 15/12/2026 | No call or sighting of Lee at the address on the police records PC Redfern checks and reports to Sarah each month; what Poppy-Mae says at Sarah's visits |
| R2 | If Lee comes to the house, or phones or messages Jade or Poppy-Mae, Jade rings 999, does not open the door, and tells Sarah | Jade Turner (Mum) | Every time Lee makes contact | Police log number written in the safety plan book and told to Sarah the same day |
| R3 | Auntie Leanne collects Poppy-Mae from school and walks her home, and texts Jade at 8pm every evening with their safe word | Leanne Turner (aunt) | School pick-up Tuesdays and Thursdays at 3.15pm; text every evening at 8pm | School's collection log; the evening texts shown to Sarah at each core group |
| R4 | Nana Sue has Poppy-Mae to stay every Friday night, so that Jade has a break and Poppy-Mae has a night away from the house | Sue Turner (Nana Sue) | Every Friday, 5pm to Saturday 11am | Each stay written in the safety plan book by Nana Sue and read by Sarah at each visit |
| R5 | Daniel has Poppy-Mae every other weekend, collects and returns her at Nana Sue's house, and tells Sarah the same day if Lee contacts him | Daniel Hurst (Dad) | Every other weekend from 24/01/2026, Saturday 10am to Sunday 4pm | Handovers written in the safety plan book by Nana Sue |

## The safety plan: next steps

| No. | What will happen | Who | When | How we will know |
|---|---|---|---|---|
| N1 | Visit Poppy-Mae at home and see her on her own, with one visit in three unannounced; go through her safety hand and the safety plan book | Sarah Pennington, social worker | Every two weeks until the review conference on 21/04/2026 | Visit record on the case file within 2 working days, with Poppy-Mae's words and the face she picks on her scaling chart |
| N2 | Complete a DASH risk assessment and a safety plan with Jade, and help her report any breach of the non-molestation order | Kerry Mills, IDVA, Brendleshire Domestic Abuse Service | DASH by 30/01/2026, then a call every two weeks until the review conference | DASH score and Jade's safety plan sent to Sarah; any breach reported to the police the same day |
| N3 | Put a warning marker on 41 Oakfield Road so that any 999 call gets an immediate response, and arrest Lee for any breach of the order | PC Tom Redfern, Domestic Abuse Unit, Brendleshire Constabulary | Marker by 28/01/2026; arrest at the time of any breach | Marker reference written into this plan at the first core group; any arrest told to Sarah the same day |
| N4 | Check in with Poppy-Mae each morning, keep Lee off her collection list, and report any sighting of Lee near the school | Mrs Hannah Price, DSL, Burnleigh Infant School | Every school day | CPOMS notes e-mailed to Sarah every Friday; a sighting told to Sarah and the police the same day |
| N5 | Six play sessions with Poppy-Mae on feelings and worries, using the school's feelings cards | Mrs Laura Finch, ELSA, Burnleigh Infant School | Wednesdays for 6 weeks from 28/01/2026 | Session notes and Poppy-Mae's feelings faces sent to Sarah; Nana Sue and Jade write any nightmare in the safety plan book |
| N6 | Write Poppy-Mae's words and pictures story with Jade, then read it with Poppy-Mae at home with Nana Sue and Auntie Leanne there | Sarah Pennington, social worker, with Jade | By 13/02/2026 | Story on file, signed by Jade; Poppy-Mae can tell Mrs Price in her own words why Lee does not come to the house |
| N7 | Go to the 12-week Burnleigh Women's Recovery Group, so that she can help Poppy-Mae understand what happened and keep the safety rules | Jade Turner (Mum) | Mondays at 10am for 12 weeks from 26/01/2026 | Facilitator's attendance letters to Sarah at weeks 6 and 12 |

## If the safety plan breaks down

- If Lee comes to the house, contacts Jade or Poppy-Mae, or is seen near the school: whoever knows rings
  999. Brendleshire Constabulary attend and arrest Lee for the breach. Sarah (or the Brendleshire
  Emergency Duty Team after 5pm) holds a strategy discussion the same day, and Poppy-Mae stays at Nana
  Sue's that night.
- If Jade lets Lee into the house or meets him with Poppy-Mae: the same steps, and Poppy-Mae stays with
  Nana Sue until the strategy discussion agrees she can go home.
- If Auntie Leanne cannot collect Poppy-Mae (she is ill or working), Nana Sue collects her instead. If
  neither can, Poppy-Mae stays at Burnleigh Infant School's after-school club until 5.30pm (Sarah has
  booked a standing place, paid for by children's services) and Jade collects her there.
- If Nana Sue cannot have Poppy-Mae on a Friday, or in an emergency, Auntie Leanne has her at her flat.
  If neither can, Sarah or the Emergency Duty Team arranges an emergency foster placement that night.
- If Daniel cannot have Poppy-Mae on his weekend, she stays at home with Jade and the weekend is moved
  to the next one.
- If Lee comes to the house twice, Jade lets him in, or Poppy-Mae is hurt before the review conference,
  Claire Whitworth (team manager) will hold a legal planning meeting within 5 working days to decide
  whether to start pre-proceedings under the Public Law Outline.

## Meetings

- Core group (the network meeting) every four weeks at Burnleigh Infant School, 3.30pm: 03/02/2026,
  03/03/2026 and 31/03/2026. Jade, Leanne, Sue and Daniel are invited to every one.
- Review child protection conference: 21/04/2026 at 10am, Brendleshire County Hall, Burnleigh.

Plan sent to Jade, Leanne, Sue, Daniel and every agency on 23/01/2026. Poppy-Mae's words and pictures
story will be added when it is finished.
""",
    "findings": [],
})
