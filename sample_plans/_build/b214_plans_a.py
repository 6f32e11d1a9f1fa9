"""Batch 214, module a: seven fictional plans (tuning material), places beginning with "a".

Batch: 214. Letter: a. Split: tune (every plan).

Everything here is made up: children, families, professionals, schools,
nurseries, surgeries, pharmacies, hospitals, services, case systems and
councils. Any resemblance to real people, places or cases is a coincidence.
The labels were written by hand from docs/rules.md and the conventions in
sample_plans/README.md (conventions 1 to 13), without running planlint or
reading its code.

Focus: good plans where the owner and the check sit somewhere unusual. Five
of the seven plans are exemplary, and what makes them unusual is where and
how each action's owner and check are written: owners as one column per
agency or person with the work under it, a "Lead for this part" line shared
by a group of actions (with a "By" line only where someone else does it),
initials explained in a key at the top, a person named once in a lead-in
then "she" or "they", "I" in a young person's own plan and in a letter the
social worker signs, the agent of a passive ("Mia will be collected from
school by her aunt"), a team named by its service, owners in brackets after
the action, and relatives introduced by relationship ("Nana (Sandra
Lowe)"); checks as a numbered "How we will know" list matched to numbered
boxes, a "Proof" line, a "How we will know" paragraph under each part keyed
by number, a record sent or shown to someone named, a test result, a worker
seeing something on a visit, the child telling a named adult, and a
checklist ticked and shared. The other two plans have a handful of
realistic faults, mostly in owners and checks ("All agencies", "the
family", "monitor", "keep an eye on", a passive with no agent, an action a
keyed list leaves out), written as plainly as the good plans so that they
can only be told apart by reading.

1. Abberlow (docx, exemplary): an initial conference plan for a 7-year-old
   and a 20-month-old (neglect; their mother has depression) whose plan is
   an agency grid: periods down the side, one column per person or service
   (the social worker, the Abberlow 0-19 team, the school, the community
   mental health team, Mum, Dad, "Nana (Sandra Lowe)"), numbered boxes, and
   a numbered "How we will know" list matched to the box numbers.
2. Ailsmoor (pdf, exemplary): a case-system print for a 9-year-old and a
   4-year-old whose father uses heroin and is on methadone: a key to
   initials at the top, parts each with a "Lead for this part" line shared
   by its actions and a "By" line only where someone else does one, a
   "Proof" line under each action (screen results, a safe storage checklist
   ticked at each visit and shared, the girl telling her teacher), trigger
   and response fields, and page header and footer.
3. Arnedale (md, exemplary): a 15-year-old's own plan, "I" being Ruby,
   whose father drinks: her own part, then each adult's part under a
   heading naming them once ("Claire Mensah, my social worker") and "she"
   or "they" after, two-column cards (What / How we'll know) with the time
   in the "What" cell, checks as Ruby telling a named adult, breath test
   readings and a checklist ticked and shared.
4. Aldersnape (txt, exemplary): minutes of the first core group for a
   9-week-old baby after domestic abuse by her father, whose action log
   puts the owner in brackets after each action (initials from the
   attendance list), timed by the baby's age, clinic days and meetings, and
   checked by records sent or shown to named people and what a worker sees
   on a visit; the paternal grandmother supervises contact, with a fallback.
5. Amberhithe (pdf, exemplary): a plan letter from the social worker ("I")
   to a mother ("you") with psychosis, for a 6-year-old and a 3-year-old:
   three parts, each with numbered actions under lead-ins ("Gemma, your
   sister, has agreed to:"), passives with their agents ("Mia will be
   collected from school by her aunt"), and a "How we will know" paragraph
   under each part keyed by action number; page header and footer.
6. Axbourne (docx): a review conference plan whose table opens each outcome
   with a banner row across the table, then What will happen / Who / By
   when / Show me rows. Faults: "All agencies" sharing concerns and "The
   family" owning the children's teeth (W002 twice), a speech and language
   referral with "-" for its owner (W001), the health visitor's check that
   is only "Monitored by HV" and the school's "keep an eye on" (M002
   twice), a blank "Show me" cell (M001), and no fallback if the family's
   help fails (C003).
7. Awlbridge (md): a core group's numbered outline plan for a 13-year-old
   and a 2-year-old whose mother has depression and anxiety: "Lead for
   this part" lines over numbered items and a "How we will know" list keyed
   by item number after each part. Faults: a part led by "All agencies"
   (W002), an item for "the family" (W002), a passive dental registration
   with no agent (W001), an item the keyed list leaves out (M001), checks
   that are only "monitor" and "keep an eye on" (M002 twice), and the
   community mental health team's visits that only support the mother
   (H001).

Plans 1 to 5 are exemplary: every action has a named owner, a real timescale
and something someone will see, count, read or be told; every outcome is
about the child; each contingency has specific triggers and concrete
protective responses, says what happens if a relative's help fails, and
names a legal planning meeting after named triggers; each records the
child's voice or observed day, core group dates or frequency and a dated
review conference; where a parent is ill or uses drugs or alcohol, an adult
service owns an action, and any adult mental health service is asked to
assess the parent's capacity to change and the likely timescale.

Counting convention used for "actions" (README convention 1): each box with
work in it in the agency grid ("-" boxes are none), each numbered action of
the case print's parts, each card of the young person's plan, each line of
the minutes' action log, each numbered action under the letter's lead-ins,
each row of the review plan's table (banner rows excepted) and each numbered
item of the outline counts once. Keys, details, reasons, the children's
words, worries, strengths, outcomes, "How we will know" lists and
paragraphs, contingencies, meeting dates, attendance, agency updates,
signatures and distribution lists are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. An initial conference plan set out as an agency grid: periods down the
#    side, one column per person or service, numbered boxes, and a numbered
#    "How we will know" list matched to the box numbers. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b214_abberlow_agency_grid_columns_numbered_proof_yates.docx",
    "doc_title": "Child Protection Plan - Poppy and Alfie Yates",
    "split": "tune",
    "actions": 15,
    "landscape": True,
    "font_size": 9.5,
    "template": "icpc-plan-docx-landscape-family-details-table-why-worried-childrens-days-and-words-going-well-outcomes-then-agency-grid-periods-down-the-side-one-column-per-person-or-service-numbered-boxes-dash-for-none-then-numbered-how-we-will-know-list-matched-to-box-numbers-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 7-year-old girl and a 20-month-old boy (neglect: "
        "lateness, hunger, head lice, a wet mattress, the toddler found on the front path while his "
        "mother slept, his weight down to the 9th centile, immunisations overdue); their mother has "
        "depression and is under the community mental health team. The plan is an agency grid: three "
        "periods down the side (every week until the review, by 13/02/2026, by the review conference), "
        "one column per person or service (the social worker, the Abberlow 0-19 team, the school, the "
        "CMHT, Mum, Dad, 'Nana (Sandra Lowe)'), fifteen numbered boxes and '-' where nothing is asked, "
        "then a numbered 'How we will know' list matched to the box numbers. The CMHT assesses the "
        "mother's capacity to change and its timescale; the contingency has named triggers, Nana and "
        "Dad as carers with a fallback if they cannot, and a legal planning meeting; core group dates and "
        "the review conference are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Abberlow Borough Council, Children's Services (Abbey Lane Safeguarding Team). Plan agreed at the "
              "initial child protection conference on 13/01/2026, chaired by Rachel Ives, and written up by "
              "Jo Harker (social worker) on 15/01/2026."),
        ("table", {
            "rows": [
                ["Children", "Poppy Yates, born 02/05/2018 (7), Year 2 at Abberlow Brook Primary School. "
                             "Alfie Yates, born 11/05/2024 (20 months), not yet at nursery."],
                ["Address", "9 Fernside Walk, Abberlow AB3 7QL"],
                ["Mum", "Leanne Yates (29). Depression since Alfie's birth; under the Abberlow Community Mental "
                        "Health Team since October 2025 and prescribed sertraline."],
                ["Dad", "Craig Yates (32), 41 Mill Row, Abberlow. Separated from Leanne; has Poppy and Alfie "
                        "every Saturday."],
                ["Nana", "Sandra Lowe (56), Leanne's mum, 3 Hollin Close, Abberlow (five minutes' walk)"],
                ["Category", "Neglect (both children)"],
                ["Social worker", "Jo Harker, Abbey Lane Safeguarding Team (team manager: Sam Reddy)"],
                ["Health visitor", "Meera Shah, Abberlow 0-19 team"],
                ["School", "Mrs Helen Dale, designated safeguarding lead, Abberlow Brook Primary School"],
                ["Mental health", "Ruth Okoye, community psychiatric nurse and care coordinator, Abberlow CMHT; "
                                  "Dr Paul Evans, consultant psychiatrist"],
            ],
            "widths": [4.0, 21.7],
            "bold_first_col": True,
        }),
        ("h1", "Why Poppy and Alfie have a plan"),
        ("p", "Since the autumn Leanne's depression has got worse and she often stays in bed until the afternoon. "
              "Poppy was late for school 23 times last term, often came in hungry and in the same clothes for "
              "several days, and has had head lice since October. On 02/12/2025 a neighbour found Alfie in a "
              "nappy on the front path at 9.30am while Leanne was asleep upstairs. At Meera's visit on "
              "08/12/2025 there was no food in the fridge apart from milk, the children's mattress was wet, "
              "and Alfie had dropped from the 50th to the 9th centile for weight. His 12-month immunisations "
              "are overdue. Leanne told the conference she has not been taking her sertraline every day."),
        ("h1", "Poppy and Alfie: their days and their words"),
        ("p", "Jo saw Poppy on her own at school on 09/01/2026. She drew her house with Mummy in bed upstairs and "
              "herself and Alfie in the kitchen. Poppy said: \"Mummy is sad and sleeps lots. I make Alfie's "
              "Weetabix when there's milk.\" \"I like Nana's because she does fish fingers and we have bubbles "
              "in the bath.\" \"I don't like it when my friends say I smell.\" She wants \"Mummy to get up and "
              "do my hair\" and to \"go to Nana's more\". She gave home 4 out of 10 and school 8 out of 10."),
        ("p", "Alfie is 20 months old and says a few words (\"Nana\", \"dog\", \"more\"). At Meera's visits on "
              "08/12/2025 and 06/01/2026 he ate a whole bowl of pasta quickly and reached for more, and his "
              "nappy was soaked through. When he bumped his head he went straight to Leanne, who held him and "
              "sang to him until he settled. At Nana's on 07/01/2026 Jo saw him laughing as he pushed cars down "
              "a toy garage, and crying when Nana went into the kitchen."),
        ("h1", "What is going well"),
        ("bullets", [
            "Leanne came to the conference, said she wants help, and has seen Ruth every week since 05/01/2026.",
            "Leanne is warm with both children, and they go to her for comfort.",
            "Nana sees the children most days and has had them for tea and a bath twice a week since December.",
            "Craig has had the children every Saturday without fail; Poppy says \"Daddy's is fun\".",
            "Poppy has been on time every day since 05/01/2026, when Nana started walking her to school.",
        ]),
        ("h1", "What we want for Poppy and Alfie"),
        ("numbers", [
            "Poppy is in school by 8.45am every day, clean, fed and in clean uniform, and free of head lice.",
            "Alfie has three meals a day, gains weight and is back on or above the 25th centile by the review "
            "conference, and has had all his immunisations.",
            "Poppy and Alfie are never left without an awake adult looking after them.",
            "Poppy and Alfie live in a clean, warm home with food in the cupboards and dry beds, with a mum who "
            "is well enough to get up and care for them every day.",
        ]),
        ("h1", "Who does what: the agency grid"),
        ("p", "Read the grid down each column: everything in a column is the work of the person or service named "
              "at its top. Each row is a period, and the work in a box is done in that period unless the box "
              "gives its own time. The boxes are numbered 1 to 15; the list under the grid, with the same "
              "numbers, says how each one will be checked and who will see the proof. A dash means nothing is "
              "asked of that person in that period."),
        ("table", {
            "header": ["Period", "Jo Harker, social worker", "Abberlow 0-19 team (Meera Shah, HV)",
                       "Abberlow Brook Primary (Mrs Dale, DSL)", "Abberlow CMHT (Ruth Okoye, CPN)",
                       "Mum (Leanne)", "Dad (Craig)", "Nana (Sandra Lowe)"],
            "widths": [2.9, 3.3, 3.3, 3.3, 3.3, 3.2, 3.2, 3.2],
            "bold_first_col": True,
            "rows": [
                ["Every week, from 19/01/2026 until the review conference on 14/04/2026",
                 "1. Visit at home and see Poppy on her own. See Alfie awake, and look at his nappy, the food in "
                 "the kitchen and the children's beds. One visit in three unannounced.",
                 "2. Every other week: weigh Alfie at home and watch a lunchtime with Leanne, talking through his "
                 "portions and a drink with each meal.",
                 "3. Every school day: Poppy into breakfast club at 8.15am. If she is not in by 8.45am, ring "
                 "Leanne, then Nana, then Jo by 9.15am. Nit check on Mondays; clean uniform from the school's "
                 "clothes bank when hers is dirty.",
                 "4. Every fortnight: home visit to Leanne to go through her mood, sleep and sertraline, and "
                 "assess whether she is making the changes Poppy and Alfie need and how long that is likely to "
                 "take.",
                 "5. Take her sertraline each morning so that she is well enough for the children; get up by "
                 "7.30am on school days and give Poppy and Alfie breakfast.",
                 "6. Have Poppy and Alfie every Saturday, 10am to 5pm, and send them home with a clean set of "
                 "their clothes.",
                 "7. Walk Poppy to breakfast club for 8.15am every school day. Have Poppy and Alfie for tea and a "
                 "bath on Tuesdays and Thursdays, 4pm to 7pm."],
                ["By 13/02/2026",
                 "8. Get Alfie a funded two-year-old place at Little Acorns Nursery, Abberlow, for three "
                 "mornings a week, and agree his start date with Leanne.",
                 "9. Alfie's two-year review at home, with an ASQ-3; refer him to the Abberlow paediatric "
                 "dietitian if he has not gained weight by then.",
                 "10. Start Poppy in The Nest, the school's nurture group, on Monday and Wednesday afternoons, "
                 "with a Boxall profile at the start.",
                 "11. Psychiatric review with Dr Paul Evans of Leanne's medication and diagnosis, with a written "
                 "opinion on her prognosis, her potential to change and the likely timescale for Poppy and Alfie.",
                 "12. Take Alfie to Abberlow Green Surgery for his overdue 12-month immunisations (booked for "
                 "28/01/2026).",
                 "-",
                 "-"],
                ["By the review conference on 14/04/2026",
                 "13. Parenting assessment with Leanne using the Graded Care Profile 2, over at least four home "
                 "visits, one of them with Craig.",
                 "-",
                 "-",
                 "14. Written report to the review conference on Leanne's progress in caring for Poppy and "
                 "Alfie, her capacity to change and how long that is likely to take.",
                 "15. Go to the six-week Family Foundations parenting group at Abberlow Family Hub, Thursdays "
                 "10am to 12 noon from 22/01/2026 (Alfie in the crèche).",
                 "-",
                 "-"],
            ],
        }),
        ("h2", "How we will know (numbered as the boxes)"),
        *[("pi", f"Box {n}. {t}") for n, t in enumerate([
            "Jo's visit record on Archway (the council's case system) within 2 working days, with what Poppy "
            "said on her own and what Jo saw in the kitchen and the children's room; Jo brings a summary to "
            "each core group.",
            "Alfie's weight plotted in his red book and on the health record; Meera e-mails the weight and "
            "centile to Jo the same day.",
            "Breakfast club register and the late book; Mrs Dale e-mails Jo Poppy's attendance, lates, nit "
            "checks and any uniform given every Friday. We are looking for 96% attendance and no lates.",
            "Ruth's written update to each core group, saying what she has seen and her view of Leanne's "
            "progress; Ruth tells Jo the same day if Leanne has stopped her sertraline.",
            "Leanne shows Jo her blister pack at each visit; Nana tells Jo at each visit about any morning "
            "Leanne was not up when she called for Poppy.",
            "Craig texts Jo when the children are home each Saturday; Jo asks Poppy about Saturdays at her "
            "visits and writes down what she says.",
            "The breakfast club register shows Poppy in by 8.15am; Jo sees the children at Nana's on a Tuesday "
            "or Thursday at least once a month and records it.",
            "Little Acorns' offer letter and Alfie's start date saved on Archway; the nursery sends Jo his "
            "attendance at the end of each month.",
            "ASQ-3 scores and the review record sent to Jo within 5 working days; the dietitian referral copied "
            "to Jo if it is made.",
            "Boxall profile at the start and after six weeks, sent to Jo; Poppy's own feelings thermometer from "
            "each session kept in her Nest book, which she can show Jo.",
            "Dr Evans's clinic letter to the GP, Ruth and Jo within 10 working days of the review.",
            "Immunisations recorded in Alfie's red book and seen by Meera; the surgery rings Meera the same day "
            "if Alfie is not brought.",
            "GCP2 scores and the written assessment given to Leanne a week before the review conference and sent "
            "to the conference.",
            "Report sent to the conference chair, Jo and Leanne five working days before the conference.",
            "Family Hub register sent to Jo after each session; Leanne's certificate at the end.",
        ], start=1)],
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Poppy is not in school by 9.15am and Leanne does not answer, Mrs Dale rings Jo, and Jo (or the "
            "duty social worker) visits that morning. If Leanne is asleep, or too unwell to look after the "
            "children, or Alfie is found without an awake adult, Poppy and Alfie go to Nana's house for the "
            "day and night, and Ruth or the Abberlow crisis team sees Leanne that day.",
            "If Leanne says she wants to harm herself, or that she cannot keep the children safe, whoever hears "
            "it rings the Abberlow crisis team (24 hours) and Jo; the children stay at Nana's until Ruth or the "
            "crisis team has seen Leanne.",
            "If Nana cannot walk Poppy in or have the children on a Tuesday or Thursday, she tells Leanne and Jo "
            "that morning: Poppy stays at the school's after-school club until 5.30pm (paid for by Children's "
            "Services) and Jo visits at teatime. If Nana cannot have the children in an emergency, Craig has "
            "them (he agreed this on 13/01/2026); if neither can, Jo or the Emergency Duty Team finds emergency "
            "foster carers the same day.",
            "If Craig cannot have the children on a Saturday, he tells Jo and Leanne by 5pm on the Friday and "
            "Nana has them instead.",
            "If Alfie drops below the 9th centile again, or either child is found without an awake adult again, "
            "or Leanne stops seeing Ruth or taking her sertraline for two weeks, Sam Reddy (team manager) will "
            "hold a legal planning meeting within 10 working days to decide whether to start the Public Law "
            "Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Abberlow Brook Primary School, Tuesdays at 1.30pm: 27/01/2026, "
            "24/02/2026 and 24/03/2026.",
            "Review child protection conference: 14/04/2026 at 10am, Abberlow Civic Centre.",
        ]),
        ("p", "Plan sent to Leanne, Craig, Sandra and every service in the grid on 16/01/2026. Jo went through "
              "Poppy's own picture version of the plan with her at school on 16/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. A case-system print: a key to initials at the top, parts each with a
#    "Lead for this part" line shared by its actions (a "By" line only where
#    someone else does one), a "Proof" line under each action, trigger and
#    response fields. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b214_ailsmoor_case_print_key_part_lead_proof_lines_dunn.pdf",
    "doc_title": "AspireCase print - Child protection plan - Kacey and Reece Dunn",
    "split": "tune",
    "actions": 15,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · AspireCase print · Kacey and Reece Dunn (family ID 58120)",
    "footer": "Ailsmoor Council Children's Services · Printed 22/01/2026 by HB · Page {PAGE} of {NUMPAGES}",
    "template": "case-system-print-pdf-paged-header-footer-record-fields-then-key-to-initials-at-the-top-reason-childrens-views-parents-views-strengths-outcomes-then-four-parts-each-with-lead-for-this-part-line-shared-by-its-actions-by-line-only-where-someone-else-numbered-actions-with-when-and-proof-lines-then-trigger-response-fields-and-review-fields",
    "description": (
        "Exemplary case-system print of the initial plan for a 9-year-old girl and a 4-year-old boy "
        "(neglect) whose father uses heroin on top of his methadone: the boy was found holding a used "
        "needle in the bathroom, and the girl told her teacher that Dad 'falls asleep sitting up' while "
        "their mother works evenings. A key to initials sits at the top; the plan has four parts, each "
        "with a 'Lead for this part' line shared by its actions and a 'By' line only where someone else "
        "does one (the recovery service's doctor, Mum, Dad, Grandma Mo, the class teacher, the health "
        "visitor, the social worker), and each action has When and Proof lines (screen results sent to the "
        "social worker, a safe storage checklist ticked at every visit and shared, the girl telling her "
        "teacher how home was, a rota shown). The recovery service reports on the father's capacity to "
        "change; trigger and response fields give a fallback for the grandmother and a legal planning "
        "meeting; core group dates and the review conference are in the review fields."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "AspireCase record print. Record type: Child protection plan. Version 1, agreed at the initial child "
              "protection conference on 20/01/2026. Status: Live."),
        ("kv", [
            ("Children", "Kacey Dunn, born 14/09/2016 (9), Year 5, Ailsmoor St Bede's Primary School; Reece "
                         "Dunn, born 03/07/2021 (4), Reception, Ailsmoor St Bede's Primary School"),
            ("Address", "22 Collier Street, Ailsmoor AL6 2TR"),
            ("Household", "Kacey, Reece, Stacey Dunn (mother, 33), Jason Dunn (father, 36)"),
            ("Legal status", "Not looked after"),
            ("Category", "Neglect (both children)"),
            ("Conference chair", "Andrea Lyle, child protection chair"),
        ]),
        ("h2", "Key to initials (used in every field below)"),
        ("bullets", [
            "HB = Hannah Birch, social worker, Ailsmoor Children's Services, Family Safeguarding Team",
            "GW = Gail Ward, team manager, Family Safeguarding Team",
            "DC = Dean Cole, recovery worker, Ailsmoor Recovery Service",
            "NK = Dr Nadia Khan, prescribing doctor, Ailsmoor Recovery Service",
            "SO = Mr Simon Ogden, designated safeguarding lead, Ailsmoor St Bede's Primary School",
            "MP = Miss Mia Patel, Kacey's class teacher, Ailsmoor St Bede's Primary School",
            "LK = Lorna Kerr, health visitor, Ailsmoor 0-19 Service",
            "EF = Emma Frost, family support worker, Ailsmoor Family Hub",
            "SD = Stacey Dunn, Kacey and Reece's mum",
            "JD = Jason Dunn, Kacey and Reece's dad",
            "MD = Maureen (Mo) Dunn, Jason's mum, 5 Pit Lane, Ailsmoor (\"Grandma Mo\")",
        ]),
        ("h2", "Reason for the plan"),
        ("p", "JD has used heroin since his twenties and has been prescribed methadone by the Ailsmoor Recovery "
              "Service since 2022. He started using heroin again on top of his methadone in October 2025. On "
              "28/11/2025 SD came home from her evening shift to find Reece holding a used needle in the "
              "bathroom and JD asleep on the sofa; she rang 111 and Reece was checked at Ailsmoor General "
              "Hospital (blood tests clear). SD works evening shifts at Ailsmoor Grange care home on four nights "
              "a week, and JD has been in sole charge of the children from 5pm to 10pm on those nights. Kacey "
              "told MP on 01/12/2025 that \"Dad falls asleep sitting up\" and that she puts Reece to bed. JD's "
              "methadone has been kept in the kitchen cupboard, not locked away."),
        ("h2", "Children's views"),
        ("p", "HB saw Kacey on her own at school on 14/01/2026. Kacey said: \"I don't like it when Dad goes all "
              "floppy. I put Reece's film on so he doesn't see.\" \"Dad's nice when he's normal. He does the best "
              "voices for stories.\" \"I want Mum home at night.\" She scored home 5 out of 10 and said it would "
              "be 9 \"if Dad stopped the bad medicine and Mum didn't do nights\". She chose MP as the adult at "
              "school she would tell."),
        ("p", "Reece told HB, while drawing at home on 16/01/2026: \"Daddy's medicine is in the high cupboard. I'm "
              "not allowed.\" LK saw Reece on 12/01/2026: a chatty boy whose speech is clear, who plays well, "
              "and who clung to SD when a stranger came to the door. At school he is tired on Monday and Friday "
              "mornings."),
        ("h2", "Parents' views"),
        ("p", "SD: \"I didn't know how bad it had got because I was never there at night. I'll change my shifts, "
              "whatever it takes.\" JD: \"I'm ashamed about the needle. I want to get back to just the script. "
              "I'll do the tests, I've got nothing to hide now.\""),
        ("h2", "Strengths"),
        ("bullets", [
            "JD has kept every appointment with DC since 01/12/2025, and his last two screens showed methadone "
            "only.",
            "SD has taken leave from her evening shifts since 19/01/2026, so she is home every evening, and "
            "her manager has agreed to move her to days.",
            "Grandma Mo is close to both children and has offered to help on Saturdays.",
            "Kacey's attendance is 97% and Reece's 95%.",
        ]),
        ("h2", "Outcomes for the children"),
        ("numbers", [
            "Kacey and Reece are looked after every day and every evening by an adult who is not under the "
            "influence of drugs.",
            "Kacey and Reece never find drugs, needles or methadone at home.",
            "Kacey no longer puts Reece to bed or looks after him herself, and both children get to school "
            "rested and on time.",
            "Kacey and Reece understand, in words that fit their ages, what has been happening with Dad, and "
            "know who to tell if they are worried.",
        ]),
        ("h2", "Plan"),
        ("p", "Each part has one lead, written once on its \"Lead for this part\" line: the lead does every action "
              "in the part unless a \"By\" line under an action names someone else. \"When\" is a date, a "
              "frequency or an event. \"Proof\" is what will be seen, sent or received, and by whom."),
        ("h3", "Part 1. Dad's drug use and what it means for Kacey and Reece"),
        ("p", "Lead for this part: DC"),
        ("boldp", "1.1  Key work sessions with JD on his relapse, his triggers and how his drug use has affected "
                  "Kacey and Reece, reporting to each core group on whether he is making the changes needed"),
        ("kv", [
            ("When", "Every Tuesday at 11am, from 27/01/2026 until the review conference"),
            ("Proof", "DC's attendance record and written update sent to HB two days before each core group"),
        ]),
        ("boldp", "1.2  Supervised urine drug screens for JD, with one in four taken unannounced"),
        ("kv", [
            ("When", "Weekly, at the Tuesday session, from 27/01/2026"),
            ("Proof", "Screen results e-mailed to HB within 2 working days of each test; from 10/02/2026 we are "
                      "looking for methadone only, with no heroin, on every screen"),
        ]),
        ("boldp", "1.3  Prescribing review of JD's methadone dose, with daily supervised consumption at Ailsmoor "
                  "Road Pharmacy until his screens have shown methadone only for 8 weeks"),
        ("kv", [
            ("By", "NK"),
            ("When", "Review by 06/02/2026, then every 8 weeks"),
            ("Proof", "NK's letter to the GP and HB within 5 working days of each review; the pharmacy tells DC "
                      "the same day if JD misses a dose"),
        ]),
        ("boldp", "1.4  Written report to the review conference on JD's progress, his capacity to make and keep "
                  "the changes Kacey and Reece need, and the likely timescale"),
        ("kv", [
            ("When", "By 07/04/2026"),
            ("Proof", "Report sent to the conference chair and HB, and read with JD before the conference"),
        ]),
        ("h3", "Part 2. A home with no drugs or needles in reach"),
        ("p", "Lead for this part: HB"),
        ("boldp", "2.1  Give the family a lockable medicines box for JD's methadone and a sharps bin, and check "
                  "both at every visit against the safe storage checklist"),
        ("kv", [
            ("When", "Box and bin in the home by 27/01/2026; checked at every visit after that"),
            ("Proof", "Safe storage checklist ticked at each visit, saved on AspireCase and shared with DC and SD "
                      "the same week"),
        ]),
        ("boldp", "2.2  Home visits, seeing Kacey on her own and Reece awake; one in three unannounced, and at "
                  "least one a fortnight between 5pm and 8pm"),
        ("kv", [
            ("When", "Weekly until the review conference"),
            ("Proof", "Visit record on AspireCase within 2 working days, with Kacey's words and what HB saw of "
                      "the children's evening"),
        ]),
        ("boldp", "2.3  Keep JD's methadone in the locked box with the only key on her own keyring, and keep the "
                  "bathroom cabinet locked"),
        ("kv", [
            ("By", "SD"),
            ("When", "Every day, from 23/01/2026"),
            ("Proof", "HB sees the box locked and the key on SD's keyring at each visit and ticks it on the "
                      "checklist"),
        ]),
        ("boldp", "2.4  JD will not look after Kacey or Reece on his own until he has had six screens in a row "
                  "showing methadone only and the core group has agreed"),
        ("kv", [
            ("By", "JD"),
            ("When", "From 20/01/2026 until the core group agrees it can end"),
            ("Proof", "SD's shift rota and Grandma Mo's Saturday sheet, read by HB each month; Kacey asked at "
                      "each visit who looked after them"),
        ]),
        ("h3", "Part 3. Evenings, weekends and routines"),
        ("p", "Lead for this part: SD"),
        ("boldp", "3.1  Move to day shifts at Ailsmoor Grange (9.15am to 2.45pm, Monday to Friday), so that she "
                  "is home before school ends and every evening"),
        ("kv", [
            ("When", "From 02/02/2026"),
            ("Proof", "Rota from Ailsmoor Grange shown to HB at the first visit of each month"),
        ]),
        ("boldp", "3.2  Look after Kacey and Reece at her flat on the Saturdays SD works, 8.30am to 3.30pm"),
        ("kv", [
            ("By", "MD"),
            ("When", "Every other Saturday, from 31/01/2026"),
            ("Proof", "Grandma Mo signs the Saturday sheet and texts HB when the children arrive and when they "
                      "go home"),
        ]),
        ("boldp", "3.3  Six family sessions with SD and JD on evening routines, bedtimes, and how to talk with "
                  "Kacey and Reece about Dad's drug use"),
        ("kv", [
            ("By", "EF"),
            ("When", "Thursdays at 5pm, six sessions from 29/01/2026"),
            ("Proof", "Session records and both parents' worksheets sent to HB; the bedtime chart shows Kacey in "
                      "bed by 8.30pm and Reece by 7.30pm on school nights, read by HB at each visit"),
        ]),
        ("h3", "Part 4. School, health and someone to tell"),
        ("p", "Lead for this part: SO"),
        ("boldp", "4.1  Check in with Kacey at 8.50am and ask her how home was, writing down what she says in her "
                  "own words"),
        ("kv", [
            ("By", "MP"),
            ("When", "Every Monday and Friday during term"),
            ("Proof", "Kacey tells MP how home was; MP records it on CPOMS the same morning and SO sends the "
                      "entries to HB every Friday"),
        ]),
        ("boldp", "4.2  First-day calling for both children: ring SD if either child is not in by 9am, and HB if "
                  "SD does not answer by 9.30am"),
        ("kv", [
            ("When", "Every school day"),
            ("Proof", "Register and call log sent to HB every other Friday; attendance stays at 95% or above "
                      "for both children"),
        ]),
        ("boldp", "4.3  Health review for Reece (growth, sleep, speech and dentist), and a referral to speech and "
                  "language therapy if his speech is found to be behind"),
        ("kv", [
            ("By", "LK"),
            ("When", "By 20/02/2026"),
            ("Proof", "Review record sent to HB within 5 working days, with Reece's height, weight and "
                      "dentist's name"),
        ]),
        ("boldp", "4.4  Refer Kacey to Aspen, the Ailsmoor Hidden Harm group for children whose parents use "
                  "drugs or alcohol, and go through the referral with her first"),
        ("kv", [
            ("By", "HB"),
            ("When", "Referral by 06/02/2026"),
            ("Proof", "Aspen's acceptance letter and Kacey's start date saved on AspireCase; Kacey's group "
                      "record sent to HB after the sixth session"),
        ]),
        ("h2", "Contingency"),
        ("kv", [
            ("Trigger 1", "JD is seen under the influence (drowsy, pinned pupils, slurred speech), or a screen "
                          "shows heroin"),
            ("Response 1", "SD asks JD to leave the house and he stays at Grandma Mo's; SD tells HB the same day; "
                           "HB visits within 24 hours, and JD does not come back until DC has seen him."),
            ("Trigger 2", "A needle, foil or unlocked methadone is found in the home"),
            ("Response 2", "HB holds a strategy discussion with the police the same day, and JD leaves the home "
                           "that day."),
            ("Trigger 3", "Kacey tells any adult that Dad was \"floppy\" or asleep while he was looking after "
                          "them"),
            ("Response 3", "SO rings HB the same day, and HB holds a strategy discussion the same day."),
            ("Trigger 4", "Grandma Mo cannot have the children on a Saturday SD works, or cannot have JD to stay"),
            ("Response 4", "MD rings SD and HB as soon as she knows. SD's manager has agreed that she can swap "
                           "that Saturday for a weekday, so she does not go in; JD does not look after the "
                           "children alone. If JD has to leave and cannot stay at Mo's, HB finds him a bed at "
                           "Ailsmoor Night Shelter that day."),
            ("Trigger 5", "Two screens show heroin before the review conference, or JD is found looking after the "
                          "children alone while using, or he has not had a screen showing methadone only by "
                          "10/03/2026"),
            ("Response 5", "GW holds a legal planning meeting within 5 working days to decide whether to start "
                           "the Public Law Outline."),
        ]),
        ("h2", "Review"),
        ("kv", [
            ("Core group frequency", "Every 4 weeks"),
            ("Core group dates", "03/02/2026, 03/03/2026 and 31/03/2026, 1pm, Ailsmoor St Bede's Primary School"),
            ("Review conference", "14/04/2026, 2pm, Ailsmoor Town Hall"),
            ("Plan shared", "With SD, JD, MD and every agency in the key on 22/01/2026; HB went through the "
                            "children's version with Kacey on 23/01/2026"),
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. A 15-year-old's own plan ("I" is Ruby): her part, then each adult's
#    part under a heading that names them once, "she" / "they" after, and
#    two-column cards (What, and when / How we'll know). Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b214_arnedale_my_plan_i_named_once_she_cards_hendry.md",
    "split": "tune",
    "actions": 17,
    "template": "young-persons-own-cp-plan-md-i-is-ruby-about-me-table-why-there-is-a-plan-what-i-think-whats-ok-what-i-want-by-april-then-one-part-per-person-heading-names-them-once-then-she-he-they-two-column-cards-what-and-when-how-well-know-then-if-it-goes-wrong-my-meetings",
    "description": (
        "Exemplary child protection plan written with and for a 15-year-old girl (neglect) whose father "
        "has drunk heavily since her mother died in 2023: she gets her 9-year-old brother up and fed, has "
        "missed over a quarter of her schooling, found her father with a head wound on Christmas Eve and "
        "has cut her arm. 'I' is Ruby throughout. After her own words and what she wants by April, each "
        "part belongs to one person or service, named once in its heading or lead-in ('Claire Mensah, my "
        "social worker', 'Auntie Jen (Jenny Hendry, Dad's sister)', the recovery service) and 'she', 'he' "
        "or 'they' after, with two-column cards whose left side gives the work and its time and whose "
        "right side says how we'll know (Ruby telling her head of year on Mondays, breath test readings, "
        "an evening checklist ticked and shared, RCADS scores). The alcohol service reports on the "
        "father's capacity to change; the contingency has a fallback for the aunt and a legal planning "
        "meeting; core group and review dates are set."
    ),
    "text": """\
# My plan - Ruby Hendry

**Arnedale Council Children's Services - child protection plan, young person's version**

I wrote this with Claire Mensah (my social worker) on 20/01/2026, after the child protection
conference on 15/01/2026. It is my whole plan, not a summary: the adults' parts say the same as the
conference plan. Leo has his own picture version. Where it says "I" or "me", that's me, Ruby.

| About me | |
|---|---|
| **Me** | Ruby Hendry, 15 (born 09/03/2010), Year 10 at Arnedale Community College |
| **My brother** | Leo Hendry, 9, Year 4 at Arnedale Vale Primary School |
| **Where we live** | 31 Tannery Lane, Arnedale AN2 8DW, with Dad (Gary Hendry, 44) |
| **Mum** | Karen Hendry, who died in March 2023 |
| **Auntie Jen** | Jenny Hendry, Dad's sister, 12 Weaver's Court, Arnedale (ten minutes on the bus) |
| **Why I have a plan** | Neglect (Leo has a plan too) |
| **My social worker** | Claire Mensah, Arnedale Children's Services (her manager is Imran Shah) |

## Why there is a plan

Since Mum died Dad has been drinking more and more. Most days now he drinks vodka from the afternoon
and is asleep or drunk by the time Leo and I get home. I've been getting Leo up, giving him breakfast
and taking him to school, and I've been missing school to do it (my attendance was 72% last term).
There often isn't food in, and the electric has run out three times since November. On Christmas Eve I
found Dad on the kitchen floor with his head cut open and rang 999. In December I cut my arm, and Mrs
Akande found out. The conference said Leo and I are not being looked after properly and that it is
not my job to look after Leo or Dad.

## What I think

"I love my dad. He's not a bad person, he just hasn't been OK since Mum."
"I don't want to be taken off him and I don't want Leo going anywhere without me."
"I'm tired all the time. I'd like to just be at school and not worry what I'm going home to."
"Auntie Jen's is the only place I can properly sleep."
"I cut because it's the only thing that shuts my head up. I don't want to do it any more."

Leo told Claire (at school on 13/01/2026): "Ruby makes the best toast. Dad's poorly with his drinks."
He drew our house with Dad on the sofa and Ruby and Leo in the kitchen, and put Auntie Jen's house
next to it "with a rainbow".

I scored my life at home 3 out of 10. I'd like it to be 7.

## What's OK at the moment

- Dad came to the conference sober and said he wants to stop. He has been to Arnedale Recovery
  Partnership twice since 07/01/2026.
- Auntie Jen has had Leo and me every Wednesday night since New Year.
- Mrs Akande at college is easy to talk to, and I've been in every day since 12/01/2026.
- I haven't cut myself since 19/12/2025.

## What I want by the review in April

1. I go to college every day and don't have to get Leo up and out myself.
2. Leo and I have tea every night that an adult has made, and there is food and electric in the house.
3. There is always an adult who is sober looking after us in the evening and at night.
4. I've got someone to talk to about Mum and about cutting, and I'm not hurting myself.
5. Leo and I can stay living together, with Dad if he can get better.

## The plan

Each part belongs to one person or service. They are named once at the top of their part, and after
that the plan just says "I", "she", "he" or "they". On each card, the left side says what they'll do
and when; the right side says how we'll all know it's happening.

### My part (Ruby)

| What I'll do, and when | How we'll know |
|---|---|
| I'll be in college for 8.40am registration every day, even if Leo's morning has gone wrong (I ring Auntie Jen instead of staying home). | Mrs Akande's attendance list, sent to Claire every Friday. |
| I'll tell Mrs Akande how the weekend was, including whether Dad drank, every Monday at 8.30am in her office. | Mrs Akande writes down what I say on the college safeguarding log and e-mails it to Claire that morning. |
| If I feel like cutting, I'll use the safety card I made with Sophie (text Jen, ring Childline on 0800 1111, or go to A&E), every time, day or night. | I tell Sophie at my next CAMHS session, and she writes in her notes what I did and tells Claire. |

### Dad (Gary Hendry)

| What he'll do, and when | How we'll know |
|---|---|
| He won't drink from 3pm on any day Leo and I are at home, so he's sober when we get in, and he'll make our tea every night. This starts on 21/01/2026. | Claire's evening checklist (Dad sober, tea made, food in, electric on, Leo in bed by 8.30pm), ticked at every evening visit and shared with Dad and the core group; Rachel's home breath test readings (see the recovery service's part). |
| He'll go to his key work sessions with Rachel at Arnedale Recovery Partnership every Monday at 10am, from 26/01/2026. | Rachel's attendance record, sent to Claire every month. |

### Arnedale Recovery Partnership (Rachel Oduya, recovery worker, and Dr Farid Amin)

| What they'll do, and when | How we'll know |
|---|---|
| They'll see Dad every Monday at 10am with a breath test each time, and plan a community detox with him that starts by 23/02/2026. | Breath test readings and the detox start date e-mailed to Claire every Monday afternoon. |
| Rachel will do a breath test at home on one evening a week, without warning, between 5pm and 8pm, from 26/01/2026. | The reading is sent to Claire the next morning. We want it to be 0.00 every time. |
| They'll write to the review conference by 07/04/2026 on how Dad is doing, whether he can stay off drink for good, and how long they think that will take. | The report goes to the conference, to Claire and to Dad, and Claire tells me what it says. |

### Claire Mensah, my social worker

| What she'll do, and when | How we'll know |
|---|---|
| She'll see me on my own every week until the review, at college or in the café at the library. | Her visit notes go on the council's system within 2 days, with what I said in my own words. I can read them if I want. |
| She'll visit Leo and Dad at home every week, and one visit in three will be between 5pm and 8pm. | Her visit notes say what she saw of Dad and the house and what Leo said; the evening checklist is ticked at each evening visit. |
| She'll sort out the electric debt with Dad and Arnedale Energy Help by 13/02/2026, so the meter stops running out. | Dad shows Claire the letter from the energy company, and she sees normal credit on the meter at her next visit. |

### Auntie Jen (Jenny Hendry, Dad's sister)

| What she'll do, and when | How we'll know |
|---|---|
| She'll collect Leo from school at 3.15pm every Monday and Wednesday and give us both tea at hers. | Arnedale Vale's pick-up book, signed by Jen; she texts Claire when we're at hers. |
| She'll have me and Leo to stay every Wednesday night, and take us both to school on Thursday. | Jen writes the nights in a notebook that Claire reads each month; my Thursday registration shows me in on time. |

### Mrs Akande (Grace Akande, head of Year 10 and designated safeguarding lead, Arnedale Community College)

| What she'll do, and when | How we'll know |
|---|---|
| She'll ring Dad, and then Claire, by 9.15am on any day I'm not in. | Her call log, sent to Claire with my attendance every Friday. |
| She'll get me a place at homework club on Tuesdays and Thursdays until 5pm, starting 27/01/2026, so I'm not rushing home. | The homework club register, sent to Claire every Friday with my attendance. |

### Sophie Grant, my worker at Arnedale CAMHS

| What she'll do, and when | How we'll know |
|---|---|
| She'll see me every other Tuesday at 4pm from 27/01/2026, about Mum, about the cutting and about how I feel at home. | I fill in the RCADS questionnaire at my first and sixth sessions, and Sophie sends the scores and a letter to Claire and my GP. |

### Arnedale Young Carers (Amy Jones)

| What they'll do, and when | How we'll know |
|---|---|
| Amy will do my young carer's assessment with me by 20/02/2026, and get me a place in the Friday group if I want it. | The assessment, and my young carer's card, copied to Claire; the group register if I go. |

## If it goes wrong

- If Dad is drunk when we get in, or I can't wake him, I ring Auntie Jen and Leo and I go to hers for
  the night. If Dad is hurt or I can't wake him at all, I ring 999 first.
- If Jen doesn't answer within 15 minutes, or can't have us, I ring Claire (or the Emergency Duty Team
  after 5pm and at weekends, on the number on my card). They will come for us that evening, and if Jen
  can't have us, Claire or the Emergency Duty Team will find foster carers for Leo and me together that
  night.
- If Jen can't collect Leo on a Monday or Wednesday, she tells Claire and Dad by 12 noon: Leo stays at
  Arnedale Vale's after-school club until 5.30pm (the council pays) and Claire visits at teatime. If she
  can't have us on a Wednesday night, Claire visits that evening and checks the list.
- If I cut myself badly or think about ending my life, I go to A&E or ring 999, and the CAMHS crisis
  team sees me the same day.
- If Rachel's home breath test is over 0.00 on two evenings before the review, or Dad is drunk when he's
  looking after us again, or his detox hasn't started by 23/03/2026, Imran Shah (Claire's manager)
  will hold a legal planning meeting within 5 working days to decide whether Leo and I should live with
  Auntie Jen or foster carers under a court order. Claire will tell me before it happens.

## My meetings

- Core group every three weeks at Arnedale Community College, Thursdays at 3.30pm: 29/01/2026,
  19/02/2026, 12/03/2026 and 02/04/2026. I can come to the first half hour.
- Review child protection conference: 16/04/2026 at 10am, Arnedale Town Hall. Mrs Akande will come
  with me if I want.

Agreed by me (Ruby), Dad and Auntie Jen on 20/01/2026. Copies to everyone named in my plan.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Minutes of the first core group for a 9-week-old baby after domestic
#    abuse: an action log with the owner's initials in brackets after each
#    action, timed by the baby's age and events, checked by records sent or
#    shown to named people and what a worker sees. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b214_aldersnape_core_group_minutes_owner_in_brackets_quinn.txt",
    "split": "tune",
    "actions": 12,
    "template": "core-group-1-minutes-txt-attendance-with-initials-numbered-minutes-harpers-days-agency-updates-chloes-kyles-traceys-views-outcomes-restated-then-action-log-owner-initials-in-brackets-after-each-action-when-and-check-lines-then-contingency-minute-and-dates",
    "description": (
        "Exemplary minutes of the first core group for a 9-week-old girl (physical abuse: risk from "
        "domestic abuse) after her father pushed her mother into a wall while she held the baby; he is on "
        "police bail at his mother's house and sees the baby at his mother's, supervised by her. The "
        "attendance list gives each person's initials; the action log puts the owner's initials in "
        "brackets after each action, with When lines (the baby's age, clinic days, the bail date, the "
        "review) and Check lines (weights e-mailed, a contact log shown to the social worker, a Sanctuary "
        "Scheme completion sheet, what the social worker sees at a visit, the perpetrator programme's "
        "report). The baby's day is observed; the contingency has triggers, a refuge place, a fallback if "
        "the grandmother cannot supervise and a legal planning meeting; the next core group dates and the "
        "review conference are set."
    ),
    "text": """\
ALDERSNAPE BOROUGH COUNCIL - CHILDREN'S SOCIAL CARE
CORE GROUP MEETING 1 - MINUTES

Child:        Harper QUINN, born 20/11/2025 (9 weeks old)
Address:      Flat 4, 14 Birch Court, Aldersnape AD5 3NE (with mum)
Plan:         Child protection plan from the initial conference on 08/01/2026
              Category: physical abuse (risk of harm from domestic abuse)
Meeting:      22/01/2026, 10am, Aldersnape Family Hub, room 2
Chair:        SB

PRESENT (initials used in these minutes)
  SB  Sara Bell, social worker, Aldersnape Children's Social Care (chair)
  NW  Nina Wood, health visitor, Aldersnape Health Visiting Team
  PK  Pauline Kent, independent domestic violence adviser (IDVA), Aldersnape
      Domestic Abuse Service
  LR  Lucy Reed, family support worker, Aldersnape Family Hub
  JA  Jas Ahmed, personal adviser, Aldersnape Leaving Care Team
  LH  DC Lee Hart, Aldersnape Police, Domestic Abuse Investigation Unit
  CQ  Chloe Quinn, Harper's mum
  TM  Tracey Marsh, Harper's paternal grandmother (Kyle's mum)
  Seen separately, after the meeting, because of his bail conditions:
  KM  Kyle Marsh, Harper's dad
  DO  Dan Okafor, facilitator, Aldersnape Change Programme (joined KM's part)
Apologies: Dr Ruth Lane, GP, Aldersnape Lane Surgery (report sent)


1. PURPOSE
   SB explained that the core group meets to put the plan into action and check it is working
   for Harper. Chloe said she was nervous but wanted to be there.

2. HARPER'S DAYS (what the professionals have seen)
   NW weighed Harper at home on 20/01/2026: 5.1kg, on the 50th centile, as at birth. She feeds
   every three to four hours from a bottle and sleeps in a Moses basket next to Chloe's bed. At
   NW's visit she followed Chloe's face, smiled when Chloe sang to her, and quietened as soon as
   she was picked up. SB saw Harper at home on 15/01/2026: she startled and cried when the front
   door banged, and settled in Chloe's arms within a minute. At Tracey's on 17/01/2026 SB saw
   Kyle feed Harper with Tracey beside him; Harper fed well and fell asleep on his chest.

3. WHAT HAPPENED AND WHERE THINGS ARE NOW
   On 12/12/2025, after an argument, Kyle pushed Chloe into the hallway wall while she was
   holding Harper, and Harper's head knocked the door frame. Harper was checked at Aldersnape
   General Hospital that night and had no injury. Kyle was arrested and is on police bail to
   05/03/2026 on condition that he does not contact Chloe or go to Birch Court. He lives with
   his mum, Tracey, and sees Harper at her house, supervised by her.

4. AGENCY UPDATES
   NW: Harper's growth and development are on track. Chloe asks good questions about feeds.
   PK: Chloe has met PK twice; a safety plan has been started. DASH score 14 on 16/12/2025.
   LH: The file has gone to the Crown Prosecution Service for a charging decision.
   DO: Kyle has been referred; his assessment appointment is on 05/02/2026.
   JA: Chloe left foster care in 2024 and has had her flat since June 2025. The front door
   lock is weak and there is no door entry.
   GP (report): Harper's 6-week check on 02/01/2026 was normal.

5. CHLOE'S VIEWS
   "I don't want Harper growing up with shouting. I still love Kyle but I know he can't come
   back till things are sorted." "I'm scared on my own at night when people bang on the
   building door." She wants Harper to know her dad "but safely".

6. KYLE'S VIEWS (seen separately with DO)
   "I know I've messed up. I'd never hurt Harper on purpose." He said he will go to the
   programme and keep to his bail conditions and the contact arrangements.

7. TRACEY'S VIEWS
   "I'll do whatever it takes for my granddaughter. Kyle knows he's never on his own with her
   at mine." She works at Aldersnape Co-op three mornings a week, so is free on Wednesday and
   Saturday afternoons.

8. OUTCOMES FOR HARPER (from the conference plan)
   8.1 Harper lives in a calm home where she is not hurt, frightened or caught up in her
       parents' arguments.
   8.2 Harper keeps growing well, has all her checks and immunisations, and her carers
       respond to her cues.
   8.3 Harper has safe, supervised time with her dad, and no one is ever hurt at handovers.

9. ACTION LOG
   Each action ends with its owner's initials in brackets (see PRESENT above). "When" is a date,
   a frequency or an event in Harper's life; "Check" says what will be seen, and who sees it.

   A1  Home visits to weigh Harper, watch a feed, and go through safe sleep and a plan for
       when she will not stop crying with Chloe (NW)
       When:  every two weeks until Harper is 16 weeks old (12/03/2026), then monthly
       Check: weight plotted in the red book; NW e-mails the weight and her notes to SB after
              each visit

   A2  Home visits seeing Harper awake and her sleep space; one visit in three unannounced (SB)
       When:  weekly until the review conference
       Check: visit record on Aldis within 2 working days, saying what SB saw of Harper and
              Chloe together; SB brings a summary to each core group

   A3  IDVA sessions with Chloe: finish her safety plan and repeat the DASH risk assessment
       with her (PK)
       When:  weekly from 26/01/2026 for 12 weeks; DASH repeated by 06/03/2026
       Check: Chloe's signed safety plan copied to SB by 30/01/2026; new DASH score sent to SB
              the day it is done

   A4  Ask the Sanctuary Scheme to fit a new front door lock, a door chain and a video doorbell
       at Chloe's flat (JA)
       When:  referral by 28/01/2026; work done by 20/02/2026
       Check: the Sanctuary Scheme's completion sheet copied to SB; SB sees the doorbell and
              lock working at her next visit

   A5  Supervise every contact between Kyle and Harper at 6 Holt Road, collecting Harper from
       Chloe's building and bringing her back herself, so that Kyle and Chloe never meet (TM)
       When:  every Wednesday and Saturday, 1pm to 3.30pm, from 24/01/2026
       Check: Tracey's contact log (times, feeds, anything that worried her), shown to SB at
              her visit to Holt Road every other Friday

   A6  Go to the Aldersnape Change Programme: assessment, then the 24-week group (KM)
       When:  assessment 05/02/2026; group on Tuesday evenings from 03/03/2026
       Check: DO sends SB the assessment outcome by 13/02/2026 and an attendance record every
              month

   A7  Report to the review conference on Kyle's attendance, what he has shown in the group,
       and whether the risk he poses to Chloe and Harper has changed (DO)
       When:  by 02/04/2026
       Check: report sent to the conference chair and SB, and gone through with Kyle

   A8  Keep to the bail conditions: no contact with Chloe and no visits to Birch Court, and
       no contact with Harper except at Tracey's as in A5 (KM)
       When:  from now until the bail date (05/03/2026), and after it until the review
              conference
       Check: LH tells SB the same day of any reported breach; Chloe tells PK at each session
              whether Kyle has tried to contact her, and PK passes it to SB

   A9  Tell SB and PK the CPS charging decision and any change to Kyle's bail (LH)
       When:  the same day as the decision, and before the bail date (05/03/2026)
       Check: LH's e-mail to SB and PK, saved on Aldis; PK tells Chloe face to face

   A10 Go to the Freedom Programme at Aldersnape Family Hub, with Harper in the creche (CQ)
       When:  Mondays at 10am, 12 weeks from 26/01/2026
       Check: Family Hub register sent to SB at the end of each month

   A11 Take Harper to her 8-week immunisations at Aldersnape Lane Surgery (CQ)
       When:  29/01/2026 (booked), then her 12- and 16-week immunisations when they fall due
              (19/02/2026 and 19/03/2026)
       Check: immunisations recorded in the red book, seen by NW at her next visit; the
              surgery rings NW the same day if Harper is not brought

   A12 Six "Getting to know your baby" sessions with Chloe at home, on Harper's cues, play and
       a daily routine (LR)
       When:  Thursdays at 2pm, six sessions from 29/01/2026
       Check: LR's session notes sent to SB each week, and the "Harper's day" routine chart
              Chloe fills in, which LR and SB look at together at session 6

10. CONTINGENCY (agreed at the conference and confirmed today)
   10.1 If Kyle comes to Birch Court, or contacts Chloe in any way, Chloe rings 999. LH's unit
        treats it as a bail breach, and SB holds a strategy discussion the same day.
   10.2 If Tracey cannot supervise a contact (illness or work), she tells SB and Chloe by 10am
        that day and the contact does not happen. SB arranges for it to take place at
        Aldersnape Family Centre, supervised by the centre's staff, within the same week. If
        Tracey ever leaves Kyle alone with Harper, all contact moves to the Family Centre from
        the next session.
   10.3 If Harper is hurt, or Kyle is found at the flat, SB (or the Emergency Duty Team) holds a
        strategy discussion the same day; PK has a room at Aldersnape Women's Aid refuge on
        standby for Chloe and Harper that night.
   10.4 If Kyle breaches his bail or the contact arrangements, or stops going to the Change
        Programme, or Chloe lets him back into the flat, Mark Ellis (team manager) will hold a
        legal planning meeting within 5 working days.

11. DATES
   Next core group: 19/02/2026, 10am, Aldersnape Family Hub; then every four weeks (next
   19/03/2026). Review child protection conference: 09/04/2026 at 1.30pm, Aldersnape Town
   Hall.

Minutes typed by SB on 22/01/2026 and sent to everyone present, to Kyle (A5, A6, A8 and the
contingency only) and to Dr Lane.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. A plan letter from the social worker ("I") to a mother with psychosis
#    ("you"): three parts, numbered actions under lead-ins, passives with
#    their agents, a "How we will know" paragraph under each part keyed by
#    number. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b214_amberhithe_plan_letter_lead_ins_passive_agents_price.pdf",
    "doc_title": "Child protection plan letter - Mia and Finley Price",
    "split": "tune",
    "actions": 14,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Amberhithe Council · Child protection plan letter: Mia and Finley Price",
    "footer": "Owen Tait, social worker · letter of 28/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "plan-letter-pdf-paged-header-footer-sw-to-mother-i-is-signer-you-is-natalie-why-childrens-words-going-well-then-three-parts-each-opening-what-will-be-different-numbered-actions-under-lead-ins-you-have-agreed-to-gemma-has-agreed-to-i-will-passives-with-agents-then-how-we-will-know-paragraph-keyed-by-number-under-each-part-then-if-things-go-wrong-meetings-signature",
    "description": (
        "Exemplary plan letter from the social worker to a mother with psychosis after the initial "
        "conference for her 6-year-old daughter and 3-year-old son (neglect): in November she stopped her "
        "medication, left the flat at night in her pyjamas, and her daughter was found on the doorstep at "
        "10.30pm with her brother asleep inside; she was admitted for two weeks while the children stayed "
        "with her sister. 'I' is the social worker who signs the letter and 'you' is Natalie. Three "
        "parts each open with what will be different for the children, then numbered actions under "
        "lead-ins (you, Gemma your sister, the Early Intervention in Psychosis service, the family support "
        "worker, Mrs Cole, I), passives with their agents ('Mia will be collected from school by her aunt "
        "Gemma', 'Finley will be seen by his health visitor'), and a 'How we will know' paragraph under each "
        "part keyed by action number. The psychosis team assesses the mother's potential to change and its "
        "timescale; the contingency has named triggers, a fallback for the aunt and a legal planning "
        "meeting; core group dates and the review conference close the letter."
    ),
    "blocks": [
        ("pr", "Amberhithe Council"),
        ("pr", "Children's Services - Safeguarding and Family Support (East)"),
        ("pr", "Amberhithe Civic Offices, Harbour Street, Amberhithe AH1 4PQ"),
        ("pr", "28 January 2026"),
        ("p", ""),
        ("pl", "Ms Natalie Price"),
        ("pl", "6 Quarry Row"),
        ("pl", "Amberhithe AH3 9LB"),
        ("p", ""),
        ("p", "Dear Natalie,"),
        ("boldp", "Mia and Finley's child protection plan"),
        ("p", "Thank you for coming to the initial child protection conference on 22/01/2026, and for being so "
              "honest about November. The conference decided that Mia and Finley need a child protection plan "
              "under the category of neglect. This letter is that plan. Where it says \"I\", it means me, Owen "
              "Tait, your social worker; where it says \"you\", it means you. Gemma and every service named "
              "below have a copy, and they have agreed to their parts."),
        ("h2", "Why there is a plan"),
        ("p", "You have schizophrenia and are under the Amberhithe Early Intervention in Psychosis Service. In "
              "October you stopped taking your aripiprazole because it made you feel \"flat\". On the night of "
              "16/11/2025 you left the flat in your pyjamas because you believed the neighbours were listening "
              "through the walls. Mia, who is 6, woke, followed you out and was found on the doorstep at "
              "10.30pm by your neighbour, Mr Lowe; Finley, who is 3, was asleep inside on his own. You were "
              "admitted to Alder Ward at Amberhithe Hospital for two weeks, and Mia and Finley stayed with "
              "Gemma until they came home on 05/01/2026."),
        ("h2", "What Mia and Finley have told us"),
        ("p", "I saw Mia on her own at school on 19/01/2026. She said: \"I was scared when Mummy went out in her "
              "jamas. I didn't want her to get lost.\" \"Mummy's better now. She did pancakes.\" \"I like it "
              "at Auntie Gemma's but I want to live with Mummy.\" Mia is worried that you will \"go back to the "
              "hospital\", and she told me she checks on Finley at night. She wants to keep going to Brownies."),
        ("p", "Finley is 3 and says a lot. When I visited on 21/01/2026 he showed me his dinosaur and said "
              "\"Mummy sleeping\" while pointing at your bedroom door, then climbed onto your lap. Apple Tree "
              "Nursery say he is happy and settled, but cries at drop-off on Mondays."),
        ("h2", "What is going well"),
        ("p", "You have taken your medication every evening since you left hospital, and Sean Kelly says you "
              "are well. The children are clean, fed and happy with you, and Mia's attendance since 05/01/2026 "
              "is 100%. Gemma is close by and loves the children, and you asked for help yourself at the "
              "conference."),
        ("h2", "Part 1. Keeping Mia and Finley safe if you start to become unwell"),
        ("p", "What will be different: Mia and Finley are always cared for by an adult who is well. If you start "
              "to become unwell it is noticed early, and the children go to Gemma's before anything goes wrong. "
              "Mia no longer feels she has to check on Finley at night."),
        ("boldp", "You have agreed to:"),
        ("pi", "1.1  take your aripiprazole every evening from the pharmacy blister pack, so that you stay well "
               "enough to care for Mia and Finley;"),
        ("pi", "1.2  keep your relapse signs card on the fridge, and ring Sean or me on the same day you notice "
               "any of the early signs on it."),
        ("boldp", "Sean Kelly (your care coordinator) and Dr Laila Anwar (consultant psychiatrist), of the "
                  "Amberhithe Early Intervention in Psychosis Service, have agreed that:"),
        ("pi", "1.3  Sean will visit you at home every week until the review conference, go through your "
               "medication and relapse signs with you, and assess whether you are making the changes Mia and "
               "Finley need;"),
        ("pi", "1.4  Dr Anwar will see you in clinic by 20/02/2026 and give her opinion on your recovery, your "
               "potential to stay well and keep making changes, and how long that is likely to take;"),
        ("pi", "1.5  a report for the review conference will be written by Sean and Dr Anwar by 09/04/2026, on "
               "whether you are making and keeping the changes Mia and Finley need."),
        ("boldp", "I will:"),
        ("pi", "1.6  send your relapse signs card and this plan to the Amberhithe Crisis Team and the out-of-hours "
               "social work team by 04/02/2026, so that any call about you is linked to Mia and Finley."),
        ("p", "How we will know (Part 1): 1.1 - Sean checks the blister packs at each visit and tells me if any "
              "evening's tablets are still there. 1.2 - Sean's visit notes record any sign you told us about "
              "and what was done. 1.3 - Sean e-mails me after each visit and sends a written update to each "
              "core group. 1.4 - Dr Anwar's clinic letter, sent to me and your GP within 10 working days. 1.5 - "
              "the report in the conference papers, shared with you a week before. 1.6 - the Crisis Team's "
              "e-mail confirming the alert, saved on the children's file."),
        ("h2", "Part 2. Mia's and Finley's days"),
        ("p", "What will be different: Mia and Finley get to school and nursery on time every day, have a calm "
              "bedtime, and spend regular time with Gemma."),
        ("boldp", "You have agreed to:"),
        ("pi", "2.1  get Mia to school by 8.45am every school day, and Finley to Apple Tree Nursery by 9am on "
               "Mondays, Tuesdays and Thursdays."),
        ("boldp", "Gemma (your sister, Gemma Price) has agreed that:"),
        ("pi", "2.2  Mia will be collected from school by her aunt Gemma at 3.15pm every Monday and Tuesday and "
               "have tea at Gemma's until you collect her at 6pm;"),
        ("pi", "2.3  she will have Mia and Finley to stay on alternate Saturday nights, from 31/01/2026, so that "
               "you get a full night's sleep."),
        ("boldp", "Lucy Hart (family support worker, Amberhithe Family Hub) will:"),
        ("pi", "2.4  visit on Thursdays at 4.30pm for eight weeks from 05/02/2026, to help you set up a bedtime "
               "routine and a picture timetable with Mia and Finley."),
        ("p", "How we will know (Part 2): 2.1 - the school's and nursery's registers, sent to me by Mrs Cole and "
              "by Apple Tree every Friday; we are looking for no late marks. 2.2 - Gemma signs the school's "
              "collection book each Monday and Tuesday, and Mrs Cole tells me the same day if anyone else "
              "collects Mia. 2.3 - Gemma texts me on the Sunday morning after each stay to say how the night "
              "went. 2.4 - Lucy's session notes, and the bedtime chart, which I look at with Mia at my visits."),
        ("h2", "Part 3. Someone to talk to, and seeing the children"),
        ("p", "What will be different: Mia understands Mummy's illness in words that make sense to her and knows "
              "who to tell if Mummy seems poorly; Finley's development is checked and on track."),
        ("boldp", "Mrs Cole (Abigail Cole, designated safeguarding lead at Amberhithe Meadows Primary School) has "
                  "agreed that:"),
        ("pi", "3.1  she will give Mia \"worry box\" time every Friday at 2.30pm, when Mia can talk about her week "
               "and anything that has worried her."),
        ("boldp", "I will:"),
        ("pi", "3.2  visit every week until the review conference, seeing Mia on her own and Finley awake; one "
               "visit in three will be unannounced and one a fortnight after 6pm;"),
        ("pi", "3.3  do four sessions with Mia at school by 06/03/2026, using the \"Talking about Mum\" storybook, "
               "so that she understands your illness and knows what to do if you seem poorly."),
        ("boldp", "Finley's health visitor, Kath Byrne of the Amberhithe 0-19 team, has agreed that:"),
        ("pi", "3.4  Finley will be seen by her for his development review at nursery by 27/02/2026."),
        ("p", "How we will know (Part 3): 3.1 - Mia tells Mrs Cole about her week, and Mrs Cole e-mails me what "
              "Mia said that afternoon. 3.2 - my visit records on the council's system within two working days, "
              "with Mia's words and what I saw of Finley, and a summary at each core group. 3.3 - Mia's finished "
              "storybook, which she can show you, and my notes of what she said. 3.4 - Kath's review record, with "
              "Finley's ASQ-3 scores, sent to me and to you."),
        ("h2", "If things go wrong"),
        ("p", "If you notice any sign on your relapse card, or Gemma, the school or I notice one (not sleeping for "
              "two nights, hearing voices, missing your tablets for two evenings), we will ring Sean on weekdays "
              "or the Amberhithe Crisis Team in the evening or at weekends that day, and Mia and Finley will stay "
              "at Gemma's until you have been seen. If the children are ever left alone, or you are found unwell "
              "while caring for them, anyone who knows will ring 999, and I (or the Emergency Duty Team) will "
              "hold a strategy discussion the same day; the children will go to Gemma's."),
        ("p", "If Gemma cannot collect Mia or have the children (she works shifts at Amberhithe Hospital), she "
              "will tell you and me by 12 noon: Mia will stay at the school's after-school club until 5.30pm, "
              "which the council will pay for, and if the children need somewhere to stay overnight and Gemma "
              "cannot have them, I or the Emergency Duty Team will find emergency foster carers near Mia's "
              "school that day."),
        ("p", "If you stop your medication, or the children are left alone again, or you are admitted to "
              "hospital again before the review conference, my manager, Helen Grey, will hold a legal planning "
              "meeting within 5 working days to decide whether to start the Public Law Outline. I would tell "
              "you straight away, and you could bring a solicitor."),
        ("h2", "Meetings"),
        ("p", "Core group meetings will be every four weeks at Amberhithe Meadows Primary School, on Wednesdays at "
              "1pm: 04/02/2026, 04/03/2026 and 01/04/2026. You and Gemma are invited to all of them. The review "
              "child protection conference will be on 22/04/2026 at 2pm at Amberhithe Civic Offices."),
        ("p", "If anything in this letter is wrong, or you want to talk about it, please ring me on 01632 960771."),
        ("p", "Yours sincerely,"),
        ("pl", "Owen Tait"),
        ("pl", "Social worker, Amberhithe Council Children's Services"),
        ("p", ""),
        ("p", "Copies: Gemma Price; Sean Kelly and Dr Laila Anwar (Amberhithe Early Intervention in Psychosis "
              "Service); Mrs Abigail Cole (Amberhithe Meadows Primary School); Apple Tree Nursery; Lucy Hart "
              "(Amberhithe Family Hub); Kath Byrne (Amberhithe 0-19 team); Dr Sam Webb (GP); Helen Grey (team "
              "manager)."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. A review conference plan: one table per outcome, each opening with the
#    outcome as a banner row across the table, then What will happen / Who /
#    By when / Show me rows. Faulty (docx)
# ---------------------------------------------------------------------------
_AXB_COLS = ["What will happen", "Who", "By when", "Show me"]
_AXB_W = [6.4, 3.4, 2.8, 4.4]

PLANS.append({
    "name": "b214_axbourne_rcpc_outcome_banner_tables_show_me_cole.docx",
    "doc_title": "Review Child Protection Plan - Jayden and Tia-Mae Cole",
    "split": "tune",
    "actions": 13,
    "template": "rcpc-plan-docx-details-table-progress-since-icpc-childrens-words-worries-going-well-then-one-table-per-outcome-first-row-outcome-banner-across-then-what-will-happen-who-by-when-show-me-rows-then-contingency-bullets-meetings",
    "description": (
        "First review conference plan for a 10-year-old boy and a 5-year-old girl (neglect: a dirty "
        "home with dog mess, no beds for a time, the girl's six teeth taken out under anaesthetic, head "
        "lice, the boy missing school). Each outcome is a banner row across the top of its own table, "
        "followed by What will happen / Who / By when / Show me rows; the grandparents help. Faults: "
        "'All agencies' sharing worries and 'The family' brushing the girl's teeth (W002 twice); a speech "
        "and language referral with '-' for who (W001); the school nurse's health review shown only as "
        "'Monitored by school nurse' and the school's morning check as 'Staff to keep an eye on this' "
        "(M002 twice); the Healthy Homes sessions with an empty Show me cell (M001); and a contingency "
        "that sends the children to their grandmother but says nothing of what happens if the "
        "grandparents' help fails (C003)."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Axbourne District Council, Children and Families Service. First review child protection conference, "
              "20/01/2026, chaired by Neil Fairley. The plan continues under the category of neglect."),
        ("table", {
            "rows": [
                ["Children", "Jayden Cole, born 11/06/2015 (10), Year 6; Tia-Mae Cole, born 30/08/2020 (5), "
                             "Reception; both at Axbourne Park Primary School"],
                ["Address", "58 Coronation Road, Axbourne AX4 1HT"],
                ["Mum", "Kerry Cole (34)"],
                ["Grandparents", "Linda and Pete Barker (Kerry's mum and dad), 7 Orchard Close, Axbourne"],
                ["Social worker", "Daniel Shaw, Axbourne Children and Families Service (team manager: Anita Roy)"],
                ["Initial conference", "21/10/2025"],
            ],
            "widths": [4.0, 13.0],
            "bold_first_col": True,
        }),
        ("h1", "Progress since the initial conference"),
        ("p", "At the initial conference the house had dog mess on the floors, no food in the cupboards and no "
              "beds for the children, who were sleeping on a mattress in the living room. Tia-Mae had six teeth "
              "taken out under general anaesthetic at Axbourne General Hospital on 04/12/2025. Since then Kerry "
              "has had the dog rehomed, the children have new beds from the Axbourne Furniture Scheme, and "
              "Daniel has found food in the cupboards at seven of his last nine visits. Jayden's attendance has "
              "risen from 81% to 89%, but he is still late on most Mondays and often comes in without a packed "
              "lunch or dinner money. Tia-Mae's speech is hard for adults outside the family to understand, and "
              "both children had head lice again in January."),
        ("h1", "What Jayden and Tia-Mae say"),
        ("p", "Jayden told Daniel on his own at school on 13/01/2026: \"It's way better since Buster went. I've got "
              "my own bed now.\" \"Mondays are bad because Mum's tired from the weekend and there's no bread.\" "
              "\"I like Grandad taking me to football, he shouts louder than everyone.\" He scored home 6 out of "
              "10, up from 3 in October."),
        ("p", "Tia-Mae showed Daniel her new bed and her \"sparkly toothbrush\", and said \"no more poorly teeth\". "
              "Her teacher says she chatters all day but other children often cannot understand her, and she gets "
              "cross and cries when they don't."),
        ("h1", "What we are still worried about"),
        ("bullets", [
            "The home slips back at weekends: on two Monday visits there was no food and the kitchen was dirty.",
            "Tia-Mae has further decay and needs her teeth brushed twice a day, which is not happening every "
            "day.",
            "Jayden is late on Mondays and goes hungry when there is no lunch.",
        ]),
        ("h1", "What is going well"),
        ("bullets", [
            "Kerry has rehomed the dog, cleared the garden and kept the children's bedroom clean.",
            "Linda and Pete see the children every week and Jayden has gone to football with Pete every Saturday "
            "since November.",
            "Kerry has been at every core group and says she wants the plan to end \"for the right reasons\".",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Outcome 1: Jayden and Tia-Mae live in a clean, safe home, with food in the cupboards every "
                       "day and clean beds and clothes", H, H, H],
            "widths": _AXB_W,
            "header_fill": "C6E0B4",
            "rows": [
                _AXB_COLS,
                ["Home visits to see Jayden and Tia-Mae, including the kitchen and their bedroom; one visit in "
                 "two on a Monday",
                 "Daniel Shaw (SW)", "Weekly until the next review",
                 "Visit record with the home conditions scale (1 to 5) on the case file; we are looking for 4 or "
                 "above at every visit"],
                ["Six Healthy Homes sessions with Kerry at home: cleaning routines, laundry and meal planning",
                 "Amy Fox, family support worker, Axbourne Family Hub", "Wednesdays at 10am from 28/01/2026",
                 ""],
                ["Do a food shop every Friday and Monday so that there is food for breakfast, packed lunches and "
                 "tea all week, including weekends",
                 "Kerry (Mum)", "Every Friday and Monday from 23/01/2026",
                 "Daniel sees the food in the cupboards at his visits and records it; Kerry shows him her "
                 "receipts"],
            ],
        }),
        ("table", {
            "header": ["Outcome 2: Tia-Mae has no more teeth taken out, her speech is understood by other people, "
                       "and both children are free of head lice", H, H, H],
            "widths": _AXB_W,
            "header_fill": "C6E0B4",
            "rows": [
                _AXB_COLS,
                ["Take Tia-Mae to her dental check-ups and fluoride varnish at Axbourne Smile Dental",
                 "Kerry (Mum)", "Every 3 months, next 12/02/2026",
                 "Dentist's letter to Daniel after each appointment"],
                ["Brush Tia-Mae's teeth twice a day with fluoride toothpaste, and keep sweets and fizzy drinks "
                 "to weekends",
                 "The family", "Every morning and bedtime",
                 "Tia-Mae's brushing chart on the bathroom door, seen by Daniel at each visit"],
                ["Referral of Tia-Mae to Axbourne Speech and Language Therapy for her unclear speech",
                 "-", "By 06/02/2026",
                 "Acceptance letter and first appointment date sent to Daniel"],
                ["Health review of Tia-Mae at home: growth, toileting and dental care",
                 "Kirsty Lowe, school nurse, Axbourne 0-19 team", "Monthly until the next review",
                 "Monitored by school nurse"],
            ],
        }),
        ("table", {
            "header": ["Outcome 3: Jayden is in school on time every day, clean and with lunch, and has things "
                       "he enjoys outside school", H, H, H],
            "widths": _AXB_W,
            "header_fill": "C6E0B4",
            "rows": [
                _AXB_COLS,
                ["First-day calling: ring Kerry if Jayden or Tia-Mae is not in by 9am, and Daniel if Kerry does "
                 "not answer",
                 "Mrs Sue Hale, attendance officer, Axbourne Park Primary", "Every school day by 9.30am",
                 "Register and call log e-mailed to Daniel every other Friday; Jayden's attendance at 95% or "
                 "above by Easter"],
                ["Check Jayden's uniform, lunch and hygiene as he comes in, and give him breakfast club and a "
                 "school dinner on days he has nothing",
                 "Mr Craig Reid, DSL, Axbourne Park Primary", "Every school day",
                 "Staff to keep an eye on this"],
                ["Take Jayden to Axbourne Rovers under-11s training and matches",
                 "Grandad (Pete Barker)", "Every Saturday, 9am to 12 noon",
                 "Club register; Jayden tells Daniel about his games at each visit"],
                ["Have Jayden and Tia-Mae for tea on Thursdays and hear Jayden read",
                 "Grandma (Linda Barker)", "Every Thursday, 3.30pm to 6pm",
                 "Jayden's reading record signed by Linda each Thursday, seen by his class teacher"],
            ],
        }),
        ("table", {
            "header": ["Outcome 4: Jayden and Tia-Mae are kept safe because the adults around them share what they "
                       "see, and the children can say how things are", H, H, H],
            "widths": _AXB_W,
            "header_fill": "C6E0B4",
            "rows": [
                _AXB_COLS,
                ["Share any worry about Jayden or Tia-Mae's care with Daniel on the day it is seen",
                 "All agencies", "Same day",
                 "Logged on each agency's safeguarding record and e-mailed to Daniel"],
                ["Three Houses work with Jayden and a talking-mat session with Tia-Mae, seeing each child on "
                 "their own",
                 "Daniel Shaw (SW)", "By 27/02/2026",
                 "The children's drawings and words on the case file, shared at the next core group"],
            ],
        }),
        ("h1", "Contingency"),
        ("bullets", [
            "If Jayden or Tia-Mae is not in school by 9.30am and Kerry cannot be reached, Mrs Hale rings Daniel, "
            "who visits that day.",
            "If Daniel finds no food in the house, or dog mess or rubbish in the children's rooms, at any visit, "
            "he discusses it with Anita Roy that day, and Jayden and Tia-Mae stay with Grandma and Grandad until "
            "the home is put right.",
            "If Tia-Mae misses a dental appointment, the practice rings Daniel the same day and Daniel books "
            "the next one with Kerry within a week.",
            "If the home conditions score is below 3 at two visits in a row, or Tia-Mae has new decay at her "
            "check-up, or Jayden's attendance is below 90% by Easter, Anita Roy will hold a legal planning "
            "meeting within 10 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every six weeks at Axbourne Park Primary School, 2pm: 03/03/2026, 14/04/2026 and "
            "26/05/2026.",
            "Second review child protection conference: 14/07/2026 at 10am, Axbourne District Council Offices.",
        ]),
        ("p", "Plan sent to Kerry, Linda and Pete, and every agency named above on 23/01/2026."),
    ],
    "findings": [
        F("M001", "sessions with Kerry at home: cleaning routines, laundry and meal planning"),
        F("W002", "Brush Tia-Mae's teeth twice a day with fluoride toothpaste"),
        F("W001", "Referral of Tia-Mae to Axbourne Speech and Language Therapy"),
        F("M002", "Health review of Tia-Mae at home: growth, toileting and dental care"),
        F("M002", "Check Jayden's uniform, lunch and hygiene as he comes in"),
        F("W002", "Share any worry about Jayden or Tia-Mae's care with Daniel"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. A core group's numbered outline plan: "Lead for this part" lines over
#    numbered items, and a "How we will know" list keyed by item number
#    after each part. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b214_awlbridge_outline_part_leads_keyed_checks_morris.md",
    "split": "tune",
    "actions": 15,
    "template": "core-group-plan-md-numbered-outline-details-list-why-leahs-words-ollies-day-going-well-outcomes-then-five-parts-each-with-lead-for-this-part-line-over-numbered-items-then-how-we-will-know-list-keyed-by-item-number-then-if-things-go-wrong-meetings",
    "description": (
        "Core group plan, set out as a numbered outline, for a 13-year-old girl and her 2-year-old brother "
        "(neglect) whose mother has depression and anxiety and spends most days in bed; the girl gets her "
        "brother up, misses school and says she is 'the mum now', and the boy's speech and weight are "
        "behind. Each part has a 'Lead for this part' line over numbered items, then a 'How we will know' "
        "list keyed by item number. Faults: a part led by 'All agencies' whose first item names no one "
        "else (W002); an item for 'the family' (W002); a passive dental registration under a heading with "
        "no lead (W001); the Household Support Fund item the keyed list leaves out (M001); checks that are "
        "only 'keep an eye on how Ollie is eating and growing' and 'monitor how Leah is' (M002 twice); and "
        "the community mental health team's home visits that only support the mother (H001)."
    ),
    "text": """\
# Awlbridge City Council - Children's Social Care

## Child protection plan: Leah and Ollie Morris

Agreed at the first core group, 29/01/2026, Awlbridge Children's Centre. Initial child protection
conference: 15/01/2026 (category: neglect, both children). Written up by Tom Adeyemi, social worker.

- **Children:** Leah Morris, born 02/04/2012 (13), Year 8 at Awlbridge Academy; Ollie Morris, born
  19/10/2023 (2), at home
- **Address:** 16 Fountain Street, Awlbridge AW7 2RP
- **Mum:** Sam Morris (37). Depression and anxiety; under the Awlbridge Community Mental Health Team
  (care coordinator Gill Hartley, CPN) since September 2025
- **Aunt:** Becky Morris, Sam's sister, 40 Linden Avenue, Awlbridge
- **Social worker:** Tom Adeyemi (team manager: Joanne Pryce)
- **Core group members:** Tom Adeyemi; Lyndsey Park (health visitor, Awlbridge 0-19 team); Gill
  Hartley (CMHT); Mrs Dawn Grant (Head of Year 8 and DSL, Awlbridge Academy); Sam; Becky

### 1. Why there is a plan

Since the summer Sam has spent most days in bed. Leah gets Ollie up, changes and feeds him, and has
missed 31 school days this year, most of them Mondays and Fridays. When Tom first visited on
11/12/2025 there was little food in the flat, Ollie was in a nappy that had not been changed for
hours, and Leah had not been to school for a week. Ollie is small for his age (2nd centile for
weight), says only a few words, and missed his MMR and his 2-year review.

### 2. What Leah says, and Ollie's day

Leah told Tom on her own (school, 20/01/2026): "I'm basically the mum now. Someone has to do it."
"I don't mind looking after Ollie, I just want to go to school and not feel guilty." "Mum's not
lazy, she's ill. Don't make it sound like she's lazy." Leah would like to go back to netball club
and "have one day a week where I'm just 13". She scored home 4 out of 10.

Ollie is 2. Lyndsey saw him at home on 22/01/2026: he ate a yoghurt and half a sandwich and then lost
interest; he pointed and made sounds rather than using words; he went to Leah, not Sam, when he fell
over. Becky says he "comes alive" at hers, chasing her cat and shouting "cat!".

### 3. What is going well

- Sam came to the conference, and says she wants to get better for the children.
- Leah loves Ollie and is very good with him.
- Becky has Ollie at her house most Wednesdays and would like to do more.
- Leah has been in school every day since 19/01/2026.

### 4. What we want for Leah and Ollie by the review conference

1. Leah is in school every day and no longer gets Ollie up, dressed and fed on school mornings.
2. Ollie eats well, grows (back above the 9th centile) and is at nursery three days a week.
3. Ollie's speech is assessed and he has the help he needs to talk.
4. Leah and Ollie live with a mum who is well enough, with the right help, to look after them
   every day.
5. Leah has time to be 13: netball, friends and someone to talk to.

### 5. The plan

#### Part 1. Ollie's days and development

Lead for this part: Lyndsey Park, health visitor, Awlbridge 0-19 team

1.1 Ollie's 2-year review at home, with an ASQ-3, by 20/02/2026.
1.2 Home visits to give Sam advice on Ollie's meals and portions, every two weeks until the review
    conference.
1.3 Get Ollie a funded place at Awlbridge Little Owls Nursery for three days a week, starting by
    02/03/2026.

How we will know (Part 1):
- 1.1: ASQ-3 scores sent to Tom within a week of the review.
- 1.2: The HV will keep an eye on how Ollie is eating and growing.
- 1.3: Little Owls' start letter on file, and the nursery register sent to Tom every month.

#### Part 2. Mum's mental health and what it means for Leah and Ollie

Lead for this part: Awlbridge Community Mental Health Team (Gill Hartley, CPN)

2.1 Fortnightly home visits to Sam to support her with her mood and anxiety and go through her
    medication.
2.2 Psychiatric review with Dr Anil Patel by 27/02/2026, with a written report on Sam's capacity to
    change and the likely timescale for Leah and Ollie.
2.3 Sam will go to the Awlbridge Talking Therapies anxiety group, Tuesdays at 1pm for 8 weeks from
    03/02/2026 (Becky has Ollie).

How we will know (Part 2):
- 2.1: Gill sends Tom the dates of her visits each month.
- 2.2: Dr Patel's report to Tom and the GP by 06/03/2026, read at the core group on 12/03/2026.
- 2.3: The group's attendance sheet, sent to Tom after the last session.

#### Part 3. Leah: school, caring and someone to talk to

Lead for this part: All agencies

3.1 Make sure Leah is not the one who gets Ollie up, dressed and fed, every school morning
    from 02/02/2026.
3.2 Mrs Grant (Head of Year 8) will check in with Leah every Monday morning before registration.
3.3 Tom will refer Leah to Awlbridge Young Carers by 13/02/2026, and ask about a place for her at
    netball club.

How we will know (Part 3):
- 3.1: Leah tells Mrs Grant at her Monday check-in who got Ollie up each day, and Mrs Grant e-mails
  Tom what she said.
- 3.2: Mrs Grant will monitor how Leah is.
- 3.3: Young Carers' acceptance letter and Leah's first session date sent to Tom.

#### Part 4. Home and family

Lead for this part: Tom Adeyemi, social worker

4.1 Visit every week until the review conference, seeing Leah on her own and Ollie awake; one visit
    in three unannounced, and one a fortnight before 8.30am on a school day.
4.2 The family will make sure there is food in the house and clean clothes for Ollie every day.
4.3 Becky will have Ollie at her house every Wednesday, 9am to 3pm, and on Tuesdays during Sam's
    group.
4.4 Tom will help Sam apply to the Awlbridge Household Support Fund for a cooker and a cot bed for
    Ollie, by 13/02/2026.

How we will know (Part 4):
- 4.1: Tom's visit records within 2 working days, with Leah's words and what he saw of Ollie, and a
  summary at each core group.
- 4.2: Tom checks the fridge, the cupboards and Ollie's clothes at each visit and writes down what
  he finds.
- 4.3: Becky texts Tom when Ollie arrives and when he goes home.

#### Part 5. Also agreed at the core group

5.1 Ollie will be registered with a dentist by 27/02/2026.
5.2 Sam will take Ollie for his overdue MMR at Awlbridge Road Surgery on 10/02/2026 (booked).

How we will know (Part 5):
- 5.1: The dental practice's letter confirming Ollie's registration, copied to Tom.
- 5.2: The MMR recorded in Ollie's red book, seen by Lyndsey at her next visit.

### 6. If things go wrong

- If Leah is not in school by 9.30am, Mrs Grant rings Sam, and Tom if Sam does not answer; Tom visits
  that morning. If Sam is too unwell to care for Ollie, Ollie goes to Becky's for the day and Gill or
  the Awlbridge crisis team sees Sam that day.
- If Becky cannot have Ollie on a Wednesday or a Tuesday, or the family cannot keep food in the house,
  Becky or Sam tells Tom that morning: Tom arranges an extra day at Little Owls (once Ollie has
  started) or a family support worker for the day, and a food parcel from Awlbridge Food Bank the
  same day. If Ollie needs somewhere to stay and Becky cannot have him, Tom or the Emergency Duty Team
  will find emergency foster carers that day.
- If Sam says she wants to harm herself, whoever hears it rings the crisis team and Tom, and the
  children go to Becky's until Sam has been seen.
- If Leah misses more than three days of school in a month, or Ollie's weight falls below the 2nd
  centile, or Sam stops seeing Gill, Joanne Pryce (team manager) will hold a legal planning meeting
  within 10 working days.

### 7. Meetings

- Core group every four weeks at Awlbridge Children's Centre, Thursdays at 10am: 26/02/2026,
  26/03/2026 and 23/04/2026.
- Review child protection conference: 07/05/2026 at 2pm, Awlbridge Civic Centre.

Plan sent to Sam, Becky, Leah (her own copy, gone through with Tom) and every core group member on
30/01/2026.
""",
    "findings": [
        F("M002", "Home visits to give Sam advice on Ollie's meals and portions"),
        F("H001", "Fortnightly home visits to Sam to support her with her mood"),
        F("W002", "Make sure Leah is not the one who gets Ollie up"),
        F("M002", "will check in with Leah every Monday morning before registration"),
        F("W002", "The family will make sure there is food in the house"),
        F("M001", "help Sam apply to the Awlbridge Household Support Fund"),
        F("W001", "Ollie will be registered with a dentist by 27/02/2026"),
    ],
})
