"""Batch 95, module e: seven fictional plans (tuning material), places beginning with "e".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: good plans in forms a linter rarely sees. Five plans are exemplary,
each in a different, unusual layout: a Word table whose Lead column is merged
down over each lead's actions and whose timescales follow the school year; a
PDF export where owners are initials explained in a key and each numbered
sentence carries its own weekday and "what we will see"; a Markdown outline
of goals with a "Check:" line under each bullet; a plain-text case-system
print for a looked-after baby on a neonatal ward with a "DONE WHEN" field;
and a landscape PDF whose timescales are the date column headers, each cell
saying what will be seen by that date. The other two (a Word plan split into
"children" and "parents" tables, and a plain-text print of a plan for a
premature baby whose family is moving to another authority) carry a
realistic mix of faults among good rows.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, neglect, mother's alcohol misuse, two school-age children.
#    Word table with the Lead column merged down over each lead's actions;
#    timescales written in school-year terms. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b95_eskerby_icpc_merged_lead_school_terms_pickering.docx",
    "doc_title": "Child Protection Plan - Tyler and Maisie Pickering",
    "split": "tune",
    "actions": 11,
    "template": "icpc-word-plan-details-list-reasons-going-well-childrens-words-outcomes-then-lead-merged-down-what-will-happen-when-school-year-youll-know-its-working-when-table-contingency-core-group",
    "description": (
        "Exemplary initial conference plan for an 11-year-old young carer and his 8-year-old sister "
        "whose mother drinks most days. The action table names each lead once, in a Lead column "
        "merged down over all of that lead's actions, and gives timescales in the school year's "
        "terms (summer holidays, autumn term, first half of term) with dates. Every row has a lead, "
        "a timescale and something that will be seen; the alcohol service assesses and reports on "
        "change, the grandmother's part has a fallback, legal planning follows named triggers, core "
        "group and review dates are set."
    ),
    "check_vmerge": 4,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Eskerby Borough Council · Children's Services · Safeguarding and Family Support (North)"),
        ("kv", [
            ("Children", "Tyler Pickering (11), DOB 02/05/2014; Maisie Pickering (8), DOB 19/11/2016"),
            ("Address", "7 Linnet Close, Eskerby ES3 8QT"),
            ("Mother", "Gemma Pickering (36)"),
            ("Father", "Craig Pickering (38), 2 Mill Yard, Eskerby; sees the children every Saturday"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "15/07/2025, Eskerby Town Hall. Chair: Moira Dunlop"),
            ("Social worker", "Leah Okafor (team manager: Paul Grimshaw)"),
            ("Schools", "Holm Lane Primary (Maisie, Year 4 from September); Eskerby Academy (Tyler, "
                        "starting Year 7 on 03/09/2025)"),
        ]),
        ("h1", "Why Tyler and Maisie need a plan"),
        ("p", "Gemma has been drinking most days since she and Craig separated in 2023. On 27/06/2025 Tyler rang "
              "999 at 9.40pm because Maisie could not wake their mum, who was asleep on the sofa with an empty "
              "bottle of vodka beside her. The police found no food in the fridge except milk. Holm Lane Primary "
              "has recorded Maisie late 31 times this school year and often hungry; her attendance is 88%. Tyler "
              "told his teacher that he makes the tea, puts Maisie to bed and hides his mum's bottles. The child "
              "and family assessment (completed 10/07/2025) found that the children are regularly left to care "
              "for themselves in the evenings."),
        ("h1", "What is going well"),
        ("p", "Gemma has said openly that her drinking is hurting the children, and she referred herself to the "
              "Eskerby Recovery Hub on 08/07/2025. The house is clean and the children have their own rooms. "
              "Sandra Wilde, Gemma's mum, lives ten minutes away and the children love going to her house. Craig "
              "has not missed a Saturday in two years and has offered to help more. Both children are doing "
              "well in their reading and have good friends."),
        ("h1", "What Tyler and Maisie have told us"),
        ("p", "Tyler (seen on his own at school, 09/07/2025): “I hide the bottles so Maisie doesn't see them. I "
              "don't mind doing tea but I'm tired. I'm scared about big school because I won't be there to get "
              "Maisie.” He gave home 4 out of 10 and Nana Sandra's 9 out of 10. He wants “Mum to stop drinking "
              "and to go to football on Tuesdays again”."),
        ("p", "Maisie (seen at home, 11/07/2025): “Mummy sleeps on the sofa a lot and Tyler makes me beans.” She "
              "drew her house with a big sofa in the middle and said the best thing is “Nana's Tuesdays”. She "
              "sat close to Tyler through the visit and looked to him, not her mum, to answer questions."),
        ("h1", "What we want for Tyler and Maisie"),
        ("bullets", [
            "Tyler and Maisie are looked after every evening and every night by a sober adult who makes their "
            "tea, gets them to bed and gets them up for school.",
            "Maisie gets to school on time every day, fed and in clean uniform, and her attendance is 95% or "
            "more.",
            "Tyler starts Eskerby Academy settled, with a key adult, and no longer looks after his mum or his "
            "sister.",
            "Both children know who to ring if their mum has been drinking, and feel safe to do it.",
        ]),
        ("h1", "The plan"),
        ("p", "Each lead is named once, beside all the actions they are responsible for. Timescales follow the "
              "school year because both children's days are built around it: summer holidays 23/07/2025 to "
              "02/09/2025; autumn term from 03/09/2025 to 19/12/2025, with half-term 27/10/2025 to 31/10/2025."),
        ("table", {
            "header": ["Lead", "What will happen", "When (school year 2025/26)",
                       "You'll know it's working when"],
            "widths": [3.3, 5.2, 3.6, 4.9],
            "bold_first_col": True,
            "rows": [
                ["Leah Okafor\nSocial worker (SW)\nEskerby Children's Services",
                 "Visit Tyler and Maisie at home, at least one visit a month unannounced, and talk with each "
                 "child on their own",
                 "Every week of the summer holidays and of the autumn term",
                 "Visit records on LCS show both children seen every week, each seen alone, and their own words "
                 "written down"],
                [V, "Complete a parenting assessment with Gemma, focused on how her drinking affects her care of "
                    "Tyler and Maisie",
                 "First half of the autumn term: report by 03/10/2025",
                 "Written assessment shared with Gemma and sent to every core group member by 03/10/2025, and "
                 "to the review conference"],
                [V, "Do three sessions of direct work with Tyler about being a young carer, and refer him to "
                    "Eskerby Young Carers",
                 "Summer holidays: referral by 25/07/2025, sessions done by 29/08/2025",
                 "Referral acceptance letter on file; Tyler's worksheet from each session kept on his record"],
                ["Dan Whitlow\nRecovery worker\nEskerby Recovery Hub (adult alcohol service)",
                 "Assess Gemma's drinking, agree a treatment plan with her and see her for key-work, with a "
                 "breath test at each session",
                 "Assessment by 31/07/2025 (summer holidays), then every Thursday",
                 "Treatment plan copied to the SW by 01/08/2025; breath test results emailed to the SW each "
                 "Friday"],
                [V, "Report to each core group on whether Gemma is making the changes Tyler and Maisie need, and "
                    "how long further change is likely to take",
                 "In writing, two days before each core group",
                 "Written report on file before each meeting, with Dan's view of the likely timescale for change"],
                ["Gemma Pickering\n(Mum)",
                 "Drink no alcohol while caring for Tyler and Maisie, and keep no alcohol in the house",
                 "Every day, from 15/07/2025",
                 "Breath tests negative at every Thursday session and every SW visit; no alcohol seen in the "
                 "house on any visit"],
                [V, "Get Maisie to school by 8.45am, washed, fed and in clean uniform",
                 "Every school day of the autumn term",
                 "Holm Lane register shows Maisie in before the 8.50am bell; her class teacher notes her "
                 "uniform and breakfast in a Friday email to the SW"],
                ["Sandra Wilde\n(maternal grandmother)",
                 "Collect Maisie from school, give both children their tea and walk them home at 6pm",
                 "Every Tuesday and Thursday of the autumn term",
                 "Sandra signs Holm Lane's collection book; the SW checks the book at her first visit each "
                 "month"],
                [V, "Be the adult Tyler and Maisie ring if their mum has been drinking, and have them to stay at "
                    "her home, 14 Ferry Road, that night",
                 "From 15/07/2025; the same night whenever a child rings",
                 "Both children show the SW Sandra's number saved in Tyler's phone and on Maisie's card; Sandra "
                 "texts the SW about every call by 9am the next day"],
                ["Mrs Jo Farrant\nDSL, Holm Lane Primary",
                 "Check Maisie's attendance, lateness and how she presents each morning, and phone the SW the "
                 "same day if she is absent, hungry or unkempt",
                 "Every school day of the autumn term",
                 "Attendance printout emailed to the SW each Friday; every same-day call logged on CPOMS"],
                ["Mr Kwame Boateng\nDSL, Eskerby Academy",
                 "Meet Tyler before his first lesson, give him a named key adult and a pass to the Year 7 quiet "
                 "room at lunchtime",
                 "Year 7 welcome day, 03/09/2025",
                 "Key adult named in Tyler's pastoral plan, copied to the SW; Tyler can name her at the SW's "
                 "next visit"],
            ],
        }),
        ("h1", "If things go wrong (contingency)"),
        ("p", "If Gemma is found to have been drinking while caring for Tyler and Maisie (a positive breath test, "
              "a call from either child, or a report from school or a neighbour), the children will go to "
              "Sandra's home at 14 Ferry Road that day and Leah will hold a strategy discussion with Eskerby "
              "Police by the end of the same day."),
        ("p", "If Sandra cannot have the children (for example she is ill or away), Leah will place Tyler and "
              "Maisie together with Eskerby foster carers that day, and will ask Craig the next morning whether "
              "he can care for them while he is assessed."),
        ("p", "If Gemma has two positive breath tests in any four weeks, or Maisie's attendance falls below 90% "
              "in the first half of the autumn term, Leah will ask Paul Grimshaw (team manager) for a legal "
              "planning meeting within 5 working days, to decide whether to start the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks, Tuesdays at 3.45pm at Eskerby Family Hub: 29/07/2025, 26/08/2025 and "
            "23/09/2025.",
            "Review child protection conference: 14/10/2025, 10am, Eskerby Town Hall.",
            "Before each core group Leah will ask Tyler and Maisie what has changed at home and bring their "
            "views to the meeting.",
        ]),
        ("p", "Plan agreed at conference on 15/07/2025. Copies to Gemma, Craig, Sandra and every lead named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. ICPC plan for a premature baby at home, mother with severe postnatal
#    depression. Owners are initials explained in a key; each numbered
#    sentence carries its weekday and what will be seen. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b95_emberholt_icpc_initials_key_weekday_sentences_quayle.pdf",
    "doc_title": "Child Protection Plan - Ruby Quayle",
    "split": "tune",
    "actions": 10,
    "template": "icpc-word-plan-printed-to-pdf-page-header-footer-details-list-whos-who-initials-key-table-then-numbered-sentences-under-so-that-outcome-subheadings-initials-weekday-and-measure-in-each-sentence",
    "description": (
        "Exemplary initial conference plan for a baby born at 29 weeks, home from the neonatal unit "
        "and losing weight, whose mother has severe postnatal depression. A Word plan printed to PDF "
        "with a page header and footer. Owners are initials explained in a who's who key; each "
        "action is one numbered sentence with its own weekday or date and ending with what will be "
        "seen ('...and KL will check those entries at each Tuesday visit'). The perinatal "
        "psychiatrist and nursery nurse both assess change, the GP owns the medication review, the "
        "grandmother's afternoons have a fallback, legal planning follows named triggers, dates set."
    ),
    "header": "OFFICIAL-SENSITIVE – Emberholt City Council – Children's Social Care",
    "footer": "Ruby Quayle – Child Protection Plan (ICPC 22/07/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Initial Conference"),
        ("p", "Emberholt City Council · Children's Social Care · Safeguarding Team 2"),
        ("kv", [
            ("Child", "Ruby Quayle, born 06/04/2025 at 29 weeks; 15 weeks old (4 weeks corrected) at conference"),
            ("Address", "Flat 4, 22 Cooper Street, Emberholt EH2 5LP"),
            ("Mother", "Jasmine Quayle (24)"),
            ("Father", "Liam Brennan (27), lives with Jasmine and Ruby; works nights at a distribution centre, "
                       "Tuesday to Friday"),
            ("Category", "Neglect"),
            ("Conference", "22/07/2025, Emberholt Civic Centre. Chair: Andrea Voss"),
        ]),
        ("h1", "Who's who"),
        ("p", "The plan uses initials. This key is part of the plan."),
        ("table", {
            "header": ["Initials", "Name", "Role"],
            "widths": [2.2, 4.6, 10.2],
            "bold_first_col": True,
            "rows": [
                ["NA", "Nadia Aziz", "Social worker, Emberholt Children's Social Care (lead professional)"],
                ["KL", "Kerry Lund", "Health visitor, Emberholt Community Health, Castlegate clinic"],
                ["RM", "Rosa Mendes", "Neonatal outreach nurse, Emberholt Royal Infirmary"],
                ["PT", "Dr Priya Thakkar", "Consultant perinatal psychiatrist, Emberholt Perinatal Mental Health Team"],
                ["SO", "Sam Okoye", "Nursery nurse, Emberholt Perinatal Mental Health Team"],
                ["TF", "Dr Tom Fielding", "GP, Castlegate Surgery"],
                ["JQ", "Jasmine Quayle", "Mum"],
                ["LB", "Liam Brennan", "Dad"],
                ["MGM", "Janet Quayle", "Maternal grandmother (Jasmine's mum), lives in Emberholt"],
            ],
        }),
        ("h1", "Why Ruby has a plan"),
        ("p", "Ruby came home from the Emberholt Royal neonatal unit on 10/06/2025. Since then her weight has "
              "dropped from the 9th centile to below the 2nd on her corrected-age chart. Jasmine was diagnosed "
              "with severe postnatal depression on 20/06/2025. She told KL that she “can't feel anything” for "
              "Ruby and that she stays in bed until Liam gets home. Liam sleeps in the day after his night shifts. "
              "On 03/07/2025 KL found Ruby cold in a wet babygrow in her bouncer; the last feed written down was "
              "six hours earlier. Jasmine has started sertraline and has been seen once by the perinatal team."),
        ("h1", "Ruby's day: what we have seen"),
        ("p", "Ruby cannot tell us what her days are like, so this is what KL, RM and NA have seen on six visits. "
              "Ruby is small and sleepy and her cry is thin and weak. She feeds best held upright and takes "
              "60ml slowly, with breaks. When Janet held her against her shoulder and hummed, Ruby stopped "
              "crying within a minute and fell asleep. She turns her head towards Liam's voice. When Jasmine "
              "held her, Jasmine watched the television and Ruby arched away and cried; on the last visit "
              "Jasmine noticed this and turned Ruby to face her, and Ruby went quiet and looked at her."),
        ("h1", "What needs to be different for Ruby"),
        ("bullets", [
            "Ruby is fed at least every four hours, day and night, and her weight climbs back to the 9th "
            "centile on her corrected-age chart.",
            "Ruby is cared for by parents who notice when she is hungry, cold or upset and respond to her "
            "straight away.",
            "Ruby is seen by a professional every week, sleeps safely, and always has an adult with her who "
            "is well enough to care for her.",
        ]),
        ("h1", "The plan: who does what, and when"),
        ("p", "Each numbered point is one action. The initials say who does it (see the key above), the day or "
              "date says when, and the end of each sentence says what we will see."),
        ("h2", "So that Ruby is fed on time and grows"),
        ("numbers", [
            "Every Tuesday morning KL will visit Ruby at home and weigh her, and KL will plot the weight on her "
            "corrected-age red-book chart so the core group can see it stay on or above the 2nd centile line.",
            "From 22/07/2025 JQ and LB will write every feed on the feed chart on the fridge, day and night, and "
            "NA and KL will check at every visit that no gap between feeds is longer than four hours.",
            "RM will visit Ruby every other Friday until her neonatal follow-up clinic on 19/09/2025 to check her "
            "feeding, breathing and reflux, and RM will email NA her weight and feed volumes after each visit.",
        ]),
        ("h2", "So that Ruby has parents who notice and answer her cues"),
        ("numbers", [
            "PT will see Jasmine at the perinatal clinic every other Wednesday, and PT will write to NA by "
            "03/09/2025 with her assessment of Jasmine's capacity to change, the steps still needed and how "
            "long they are likely to take.",
            "SO will film a short play-and-feed session with Jasmine and Ruby every Monday for eight weeks from "
            "28/07/2025, and SO will score the films at weeks 1, 4 and 8 and send the scores to NA to show "
            "whether Jasmine's responses to Ruby are changing.",
            "On his nights off (Saturday, Sunday and Monday) LB will do Ruby's 10pm and 2am feeds and write them "
            "on the chart, and KL will check those entries at each Tuesday visit.",
            "TF will review Jasmine's antidepressant at Castlegate Surgery by 08/08/2025, and TF will send NA "
            "and PT a copy of the medication plan within the same week.",
        ]),
        ("h2", "So that Ruby is seen and safe every week"),
        ("numbers", [
            "Every Thursday NA will visit Ruby at home, with at least one visit a month unannounced, and NA will "
            "record on LCS how Ruby looks, where she sleeps and how Jasmine and Liam respond when she cries.",
            "Every Wednesday and Sunday afternoon MGM will come to the flat from 1pm to 5pm so Jasmine can sleep, "
            "and MGM will sign the visitors' page in Ruby's folder, which NA will look at each Thursday.",
            "KL will go through safe sleep with Jasmine and Liam at the 29/07/2025 visit, and at every visit "
            "after that KL will check that Ruby's Moses basket is clear and that she is put down on her back.",
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Ruby's feed chart shows a gap of more than four hours twice in one week, she loses weight at two "
              "Tuesday weighs in a row, or Jasmine tells anyone she has thoughts of harming herself or Ruby, NA "
              "will hold a strategy discussion the same day, and Ruby will be cared for by Liam, with Janet "
              "staying at the flat, until it has taken place."),
        ("p", "If Janet cannot stay or cannot do her afternoons (she is ill or working), NA will arrange that day "
              "for Ruby to go to an Emberholt foster carer, with Jasmine and Liam offered family time every day, "
              "and PT will be asked the same day about a mother and baby unit bed."),
        ("p", "If Ruby has not gained weight steadily by the review conference, or PT's assessment says Jasmine "
              "cannot make the changes within Ruby's timescale, NA will request a legal planning meeting within "
              "five working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks, Thursdays at 2pm, Castlegate Children's Centre: 07/08/2025, "
            "28/08/2025, 18/09/2025 and 09/10/2025.",
            "Review child protection conference: Thursday 16/10/2025, 10am, Emberholt Civic Centre.",
            "Jasmine and Liam can bring Janet or an advocate to every meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. ICPC plan, domestic abuse, family moved to a refuge in another authority.
#    Markdown outline: goals, bold owner in each bullet, a "Check:" line under
#    each bullet. The plan keeps going until the transfer-in conference.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b95_elvercombe_transfer_outline_check_lines_adeyemi.md",
    "split": "tune",
    "actions": 10,
    "template": "icpc-markdown-outline-transfer-banner-family-worries-childrens-words-working-well-numbered-outcomes-then-goal-subheadings-bullets-bold-owner-weekday-with-check-line-under-each-bullet-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 9-year-old and a 3-year-old who have fled domestic "
        "abuse with their mother to a refuge in another county. A markdown outline: goals as "
        "subheadings, each action a bullet with the owner in bold and a weekday or date, and a "
        "'Check:' line under each bullet saying what will be seen. The transferring authority keeps "
        "every action going until the transfer-in conference, with a review date kept in reserve; "
        "contingency has specific triggers, a same-day response and a legal planning meeting."
    ),
    "text": """\
# Child Protection Plan — Daniel and Grace Cole

**Elvercombe Metropolitan Borough Council · Children's Social Care · Safeguarding (East)**
Initial child protection conference, Tuesday 15/07/2025 · Chair: Bernadette Oyelaran · Category: emotional abuse

> Daniel, Grace and their mum have lived in a refuge in Kelsford since 10/07/2025 and will stay in Kelsford.
> Kelsford County Council was told on 11/07/2025 and its transfer-in conference is booked for
> **Friday 01/08/2025**. Elvercombe keeps this plan, and every action in it, going until that conference ends.

## 1. Family

- **Daniel Cole**, 9 (DOB 11/02/2016) — Year 4 at Elvercombe Park Primary until the end of term on 22/07/2025
- **Grace Cole**, 3 (DOB 03/05/2022) — not yet at nursery
- **Funmi Adeyemi**, 31 — mum
- **Marcus Cole**, 35 — dad; lives at 19 Fenwick Street, Elvercombe. A non-molestation order protecting Funmi,
  Daniel and Grace was made on 08/07/2025 and lasts until 08/07/2026. He is on police bail with conditions not
  to contact Funmi.

## 2. What we are worried about

On 04/07/2025 Marcus punched Funmi in the kitchen while Daniel and Grace were in the room. Daniel tried to pull
him away and was pushed against the door frame. Police were called by a neighbour. There were two earlier
incidents in 2024 that Funmi did not report, and Marcus controlled all the money and Funmi's phone. Funmi fears
that Marcus will try to find the refuge through Daniel's school or through his family in Kelsford.

## 3. What Daniel and Grace have told us

Daniel (seen on his own at the refuge, 11/07/2025): *"At home I used to stay awake so I could hear if Dad was
shouting. Here I sleep. I miss my friend Callum and my bike."* He scored the refuge 8 out of 10 for feeling
safe and home 2 out of 10. He said he does not want to see his dad "until he says sorry to Mum".

Grace is 3. She played with the refuge's dolls' house and put the daddy doll outside "because he's loud". Since
the move she has slept in Funmi's bed and has wet the bed most nights; she settles with her blue blanket and
when Funmi sings to her.

## 4. What is working well

Funmi left with the children as soon as she could and has followed the advice of the police and Women's Aid.
She has a good relationship with the refuge staff. Both children are clean, fed and close to their mum.
Daniel's school describes him as bright and kind, with good attendance.

## 5. What must be true for Daniel and Grace

1. Daniel and Grace are safe from Marcus, at the refuge, at school and at nursery, and he does not know where
   they live.
2. Daniel starts school and Grace starts nursery in Kelsford in September, with staff who know what has
   happened to them.
3. Daniel and Grace feel settled, sleep through the night and can talk about what happened at home.

## 6. The plan

Each goal lists its actions. The **bold name** is the person who does it, the weekday or date says when, and
the *Check* line under each one says what we will see if it has happened and is working.

### Goal A — Daniel and Grace are safe from Marcus

- **Ore Bankole (SW)** will see Daniel and Grace at the refuge every Monday and Thursday until the transfer-in
  conference on 01/08/2025, and will see Daniel on his own each time.
  *Check:* Elvercombe's LCS record shows both children seen at every visit, with Daniel's own words written down.
- **Funmi** will carry a copy of the non-molestation order from 15/07/2025 and ring 999 at once if Marcus comes
  to the refuge, the school gate or the nursery.
  *Check:* Funmi shows Ore the order at the first Monday visit; any 999 call appears in the Kelsford Police log
  sent to Ore.
- **PC Rachel Dunn (Elvercombe Police, Domestic Abuse Unit)** will put a warning marker on the refuge address by
  Friday 18/07/2025, and will ask Kelsford Police to mark the family's next address within two working days of
  it being known.
  *Check:* marker reference numbers emailed to Ore and read out at the core group on 22/07/2025.
- **Kemi Lawal (IDVA, Elvercombe Women's Aid)** will meet Funmi every Wednesday until the transfer-in conference
  to go through her safety plan, and will go with her to her first Kelsford IDVA appointment.
  *Check:* the updated safety plan, with that week's risk score, copied to Ore after each Wednesday meeting.

### Goal B — Daniel starts school and Grace starts nursery in Kelsford in September

- **Ore Bankole (SW)** will apply to Kelsford for Daniel's in-year place at Brookside Junior School by Friday
  25/07/2025, so that he starts on the first day of the autumn term, 03/09/2025.
  *Check:* the offer letter on file by 15/08/2025; Brookside's register shows Daniel in on 03/09/2025.
- **Mrs Alison Teague (DSL, Elvercombe Park Primary)** will send Daniel's safeguarding file to Brookside Junior's
  DSL through the secure portal by Friday 18/07/2025.
  *Check:* Brookside's DSL confirms by email to Ore that the file has arrived.
- **Ore Bankole (SW)** will ask Kelsford's Early Years team for a funded nursery place for Grace by Friday
  25/07/2025.
  *Check:* a written offer with Grace's start date on file before the transfer-in conference.

### Goal C — Daniel and Grace feel settled and can talk about what happened

- **Jade Price (children's worker, Kelsford Women's Refuge)** will run a play and feelings session with Daniel
  every Tuesday afternoon and with Grace every Thursday morning while the family lives at the refuge.
  *Check:* both children's session sheets, with Daniel's feelings score (1 to 10) for the week, emailed to Ore
  every Friday.
- **Funmi** will register Daniel, Grace and herself with Meadowbank Surgery in Kelsford by Friday 18/07/2025 and
  book Grace's missed MMR vaccination.
  *Check:* the surgery's registration letter shown to Ore; Grace's red book shows the MMR given by 15/08/2025.
- **Ore Bankole (SW)** will send Kelsford's conference team the transfer pack (assessment, this plan,
  chronology, core group notes and the children's views) by Tuesday 22/07/2025, and will attend the transfer-in
  conference on 01/08/2025.
  *Check:* Kelsford confirms receipt in writing; the transfer-in conference minutes record Ore's report on every
  action in this plan.

## 7. If something goes wrong

- **If Marcus finds the refuge**, contacts Funmi or the children, or is seen near the school or nursery: Funmi
  rings 999; Kemi arranges a move to another refuge the same day through the national helpline; Ore holds a
  strategy discussion with Elvercombe and Kelsford police the same day.
- **If Funmi lets Marcus see the children, or goes back to him**: Ore holds a strategy discussion the same day
  and requests a legal planning meeting within 2 working days.
- **If Kelsford cannot hold the transfer-in conference on 01/08/2025**: nothing in this plan stops. Ore keeps the
  Monday and Thursday visits, Kemi keeps the Wednesday meetings, and the core group keeps meeting every Tuesday
  until the conference takes place.

## 8. Meetings

- Core group: every Tuesday at 10am on Teams until the transfer-in conference — 22/07/2025 and 29/07/2025.
- Transfer-in conference (Kelsford County Council): Friday 01/08/2025, 1.30pm, Kelsford County Hall.
- Review child protection conference: 14/10/2025, 10am, Elvercombe Civic Centre. Elvercombe keeps this date
  unless the transfer-in conference has taken place.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. ICPC plan for a looked-after baby (section 20) on a neonatal ward, mother
#    using heroin. Plain-text case-system print: numbered tasks with RESP /
#    DUE / DONE WHEN fields. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b95_easterholme_lac_ward_case_print_sefton.txt",
    "split": "tune",
    "actions": 10,
    "template": "icpc-case-system-plain-text-print-dotted-field-header-numbered-sections-reason-observed-experience-outcomes-then-numbered-tasks-with-resp-due-done-when-fields-contingency-meetings-fields",
    "description": (
        "Exemplary initial conference plan for a 5-week-old accommodated under section 20 and still "
        "on the neonatal unit, withdrawing from opiates, whose mother uses heroin. A plain-text print "
        "from a case system: dotted field labels, numbered tasks each with RESP, DUE and DONE WHEN "
        "fields. The social worker visits the ward twice a week, the ward reports weekly, the drug "
        "service reports on change, contingency covers consent being withdrawn and names the legal "
        "gateway, core group and review dates are set."
    ),
    "text": """\
EASTERHOLME COUNCIL                                 CHILDREN'S CASE RECORD (CCR 5.3)
FORM CP2   CHILD PROTECTION PLAN                            PRINTED 22/07/2025 16:41
USER: JPRENTICE                                                       PAGE 1 OF 1
==================================================================================
CHILD ......... ARCHIE SEFTON    CCR ID 3318274    DOB 12/06/2025 (BORN AT 34+2 WEEKS)
LEGAL STATUS .. LOOKED AFTER - S20 CHILDREN ACT 1989 FROM 04/07/2025
WHERE NOW ..... KESTREL WARD (NEONATAL UNIT), EASTERHOLME GENERAL HOSPITAL, COT 6
MOTHER ........ KAYLEIGH SEFTON (26), 9 MARSH TERRACE, EASTERHOLME EH7 3JD
FATHER ........ RYAN HOBBS (29), HMP MARSDEN, EXPECTED RELEASE NOVEMBER 2025
CATEGORY ...... NEGLECT
CONFERENCE .... ICPC 21/07/2025   CHAIR: R ASHWORTH
ALLOCATED SW .. JESS PRENTICE, CHILDREN IN CARE TEAM 1    TM: OWEN KEANE
IRO ........... DEBBIE MARLOW
==================================================================================

SECTION 1  REASON FOR PLAN
----------------------------------------------------------------------------------
Archie was born at 34 weeks. Kayleigh used heroin through the pregnancy on top of
her prescribed methadone and had no antenatal care until 30 weeks. Archie has
neonatal abstinence syndrome and is being weaned off oral morphine on Kestrel
Ward. On 03/07/2025 Kayleigh came onto the ward drowsy and unsteady and fell
asleep holding him. On 04/07/2025 she agreed that she could not care for him on
discharge and signed section 20 consent. Archie is expected to be well enough to
leave hospital in the week of 11/08/2025. Ryan is in prison; his family has not
been in touch with the council.

SECTION 2  ARCHIE'S EXPERIENCE (OBSERVED)
----------------------------------------------------------------------------------
Seen by JP on the ward on 15/07/2025 and 18/07/2025. Archie has a high-pitched cry,
sneezes a lot and shakes when he is unsettled; nurses say he is at his worst
between 2am and 5am. He settles when he is swaddled and held upright against
someone's chest. On 18/07/2025 he calmed in Kayleigh's arms when she sang to him,
and fed 45ml from her. He takes small feeds often and loses interest when the
ward is noisy. His Finnegan scores have come down from 12 to 6 this week.

SECTION 3  OUTCOMES FOR ARCHIE
----------------------------------------------------------------------------------
3.1 Archie finishes his morphine wean and gains weight along his birth centile
    (9th) before and after discharge.
3.2 Archie is visited and held by people who know him, and no visit leaves him
    distressed or unsafe.
3.3 Archie leaves hospital to a safe home - foster carers, unless a relative is
    assessed as safe first - with a written discharge plan.
3.4 Archie keeps a relationship with his mum through regular, safe family time.

SECTION 4  TASKS
----------------------------------------------------------------------------------
KEY: RESP = person responsible   DUE = when   DONE WHEN = what will be seen or counted

4.01  Visit Archie on Kestrel Ward, see him awake and being handled, and speak
      to the nurse caring for him that day
      RESP ....... JESS PRENTICE (SW)
      DUE ........ EVERY MON AND THU UNTIL DISCHARGE, THEN WEEKLY AT THE FOSTER HOME
      DONE WHEN .. CCR visit entry each Mon and Thu with Archie's weight, latest
                   Finnegan score and who was with him

4.02  Keep the ward visitors' log and Archie's Finnegan scores, feeds and weights,
      and email a weekly summary to the SW
      RESP ....... SISTER BEV LAMONT, KESTREL WARD
      DUE ........ EVERY FRIDAY BY 4PM UNTIL DISCHARGE
      DONE WHEN .. Friday email on CCR with the week's scores, feeds, weights and
                   every visitor named

4.03  Visit Archie and do his cares (feeds, nappies, skin-to-skin) with a nurse
      present
      RESP ....... KAYLEIGH SEFTON (MOTHER)
      DUE ........ TUE, WED, SAT AND SUN, 1PM TO 3PM
      DONE WHEN .. Visitors' log shows each visit; the nurse notes which cares
                   Kayleigh did and how Archie responded

4.04  Key-work with Kayleigh, methadone review and urine screens; report to each
      core group on whether she is reducing her use, what still needs to change
      and how long it is likely to take
      RESP ....... SAM KERSHAW, RECOVERY CO-ORDINATOR, EASTERHOLME DRUG AND
                   ALCOHOL SERVICE
      DUE ........ KEY-WORK EVERY TUE 10AM; SCREENS FORTNIGHTLY; REPORT 2 DAYS
                   BEFORE EACH CORE GROUP
      DONE WHEN .. Screen results and written report on CCR before each core group

4.05  Find foster carers trained in caring for babies withdrawing from opiates,
      and arrange for them to meet Archie on the ward
      RESP ....... JESS PRENTICE (SW), WITH THE FOSTERING TEAM
      DUE ........ CARERS NAMED BY 01/08/2025; AT LEAST 3 WARD VISITS BEFORE
                   DISCHARGE
      DONE WHEN .. Carers named on CCR; their ward visits in the visitors' log

4.06  Hold a discharge planning meeting with the SW, the foster carers and the HV
      RESP ....... DR FARAH IQBAL, CONSULTANT NEONATOLOGIST
      DUE ........ AT LEAST 5 DAYS BEFORE DISCHARGE (EXPECTED WEEK OF 11/08/2025)
      DONE WHEN .. Written discharge plan copied to the SW, HV and carers

4.07  New-birth visit at the foster home, then weigh Archie weekly for his first
      month out of hospital
      RESP ....... NICOLA GRANGE, HEALTH VISITOR
      DUE ........ WITHIN 3 DAYS OF DISCHARGE, THEN EVERY WEDNESDAY
      DONE WHEN .. Weights in the red book and sent to the SW; Archie stays on or
                   above the 9th centile

4.08  Arrange supervised family time for Kayleigh at Easterholme Family Centre
      after discharge
      RESP ....... JESS PRENTICE (SW)
      DUE ........ 3 TIMES A WEEK (TUE, THU, SAT) FROM THE FIRST WEEK AFTER
                   DISCHARGE
      DONE WHEN .. Family centre record of each session, including how Kayleigh
                   feeds and settles Archie

4.09  Complete a parenting assessment of Kayleigh
      RESP ....... JESS PRENTICE (SW)
      DUE ........ START BY 29/08/2025; REPORT BY 03/10/2025
      DONE WHEN .. Report shared with Kayleigh, the core group and the review
                   conference

4.10  Write to Ryan at HMP Marsden about the plan and ask him to name any
      relatives who could care for Archie
      RESP ....... JESS PRENTICE (SW)
      DUE ........ BY 01/08/2025
      DONE WHEN .. Letter and Ryan's reply on CCR; any relative he names referred
                   for a viability assessment within 10 working days

SECTION 5  CONTINGENCY
----------------------------------------------------------------------------------
5.1 If Kayleigh arrives on the ward appearing under the influence, or becomes
    aggressive, the nurse in charge will end the visit and call hospital
    security, and the SW is told the same day. Her next visit goes ahead only
    with the SW or a family support worker present.
5.2 If Kayleigh tries to take Archie off the ward, or withdraws her section 20
    consent, the ward will call the police and the SW (out of hours, the
    Emergency Duty Team) at once. The SW will hold a strategy discussion the
    same day and the council will apply for an emergency protection order.
5.3 If Kayleigh's screens show heroin or cocaine at two tests in a row, or she
    misses two ward visits in one week without a reason, the SW will request a
    legal planning meeting (legal gateway) within 5 working days to decide
    whether to start the PLO.

SECTION 6  MEETINGS
----------------------------------------------------------------------------------
CORE GROUP .... EVERY 3 WEEKS, TUESDAYS 2PM, KESTREL WARD PARENTS' ROOM (FAMILY
                CENTRE AFTER DISCHARGE): 05/08/2025, 26/08/2025, 16/09/2025,
                07/10/2025
REVIEW CPC .... 14/10/2025 10AM, EASTERHOLME CIVIC CENTRE ROOM 4
LAC REVIEW .... 31/07/2025 ON KESTREL WARD (IRO: DEBBIE MARLOW)
==================================================================================
END OF PRINT
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Review plan, father with bipolar disorder, 13-year-old young carer and
#    her brother. Landscape table whose three date columns are the
#    timescales; each cell says what will be seen by that date. Outcome column
#    merged down. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b95_edgemarsh_rcpc_date_columns_lindqvist.pdf",
    "doc_title": "Review Child Protection Plan - Nell and Oskar Lindqvist",
    "split": "tune",
    "actions": 8,
    "landscape": True,
    "template": "rcpc-landscape-word-plan-printed-to-pdf-page-header-footer-details-list-since-last-conference-childrens-words-outcomes-then-outcome-merged-down-action-and-lead-cell-three-date-column-headers-as-timescales-cells-say-what-will-be-seen",
    "description": (
        "Exemplary first review conference plan for a 13-year-old young carer and her 6-year-old "
        "brother whose father, the sole carer, has bipolar disorder and was detained in hospital "
        "this spring. A landscape Word plan printed to PDF with header and footer. The action table "
        "has no When column: its three date columns (31 July, 30 September, the review conference) "
        "are the timescales and each cell says what will be seen by that date; the lead is written "
        "in the action cell and the outcome merged down. The CMHT psychiatrist and care "
        "co-ordinator both report on change, the aunt's care has a fallback, legal planning follows "
        "readmission or no progress, dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE · Edgemarsh Council · Children's Services",
    "footer": "Lindqvist – Review Child Protection Plan 10/07/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "check_vmerge": 3,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Edgemarsh Council · Children's Services · Locality Safeguarding Team (Coast)"),
        ("kv", [
            ("Children", "Nell Lindqvist (13), DOB 08/03/2012; Oskar Lindqvist (6), DOB 21/09/2018"),
            ("Address", "3 Saltings Row, Edgemarsh EM5 2PX"),
            ("Father", "Anders Lindqvist (44), sole carer since 2021"),
            ("Mother", "Maja Berg, lives in Gothenburg; video calls with the children on Sundays"),
            ("Paternal aunt", "Ingrid Lindqvist, 27 Marram Way, Edgemarsh (fifteen minutes' walk)"),
            ("Category", "Neglect"),
            ("Conference", "First review, 10/07/2025 (plan made at the initial conference on 15/04/2025). "
                           "Chair: Simon Achterberg"),
            ("Social worker", "Megan Pryce (team manager: Lorna Quick)"),
        ]),
        ("h1", "What has happened since the initial conference"),
        ("p", "Anders has bipolar disorder. He stopped his lithium in February and became unwell. He was detained "
              "under section 2 of the Mental Health Act at the Brookfield Unit from 02/05/2025 to 06/06/2025, and "
              "Nell and Oskar stayed with Ingrid. Since he came home on 07/06/2025 he has taken his medication, "
              "seen his care co-ordinator every fortnight and kept the house in order. Nell had been counting out "
              "her dad's tablets, cooking and getting Oskar to school; her attendance was 78% in the spring term "
              "and is 91% this half-term. Oskar's school has had no concerns since June."),
        ("h1", "What Nell and Oskar say"),
        ("p", "Nell (seen on her own at school, 03/07/2025): “I do Dad's tablets in the morning because if I don't "
              "he forgets. I don't mind but I'm tired at school. When he was in hospital I was scared he wouldn't "
              "come back.” She scored “how safe is home” 5 out of 10 at the initial conference and 7 out of 10 "
              "now. She wants her dad to stay well and to go back to netball on Wednesdays."),
        ("p", "Oskar (seen at home, 07/07/2025) drew his dad, Nell, Auntie Ingrid and Ingrid's dog Bosse holding "
              "hands. He said: “Daddy was poorly in his head and now he's better. I walk Bosse at Auntie "
              "Ingrid's.” He sat on his dad's knee to read his school book and asked him to do the voices."),
        ("h1", "What we want for Nell and Oskar"),
        ("bullets", [
            "O1: Nell and Oskar are cared for every day by a dad who is well, or by another safe adult when "
            "he is not.",
            "O2: Nell goes to school every day and is not doing her dad's or her brother's care.",
            "O3: Nell and Oskar always have a safe adult to go to when their dad is unwell, and Nell knows "
            "exactly what to do.",
        ]),
        ("h1", "The plan"),
        ("p", "Read each row across. The three date columns are the timescales: each cell says what the lead "
              "will have done, and what we will be able to see, by that date. An action that happens every "
              "week or fortnight says so in the action cell."),
        ("table", {
            "header": ["Outcome", "Action and lead", "By 31 July 2025", "By 30 September 2025",
                       "By the review conference, 13 November 2025"],
            "widths": [2.3, 7.4, 5.0, 5.0, 6.0],
            "rows": [
                ["O1",
                 "Visit Nell and Oskar at home each week, and see each child on their own at least every other "
                 "visit.\nLead: Megan Pryce, social worker",
                 "Three visits recorded; Nell and Oskar each seen alone at least once, with their words in the "
                 "visit notes",
                 "Weekly visits recorded; Nell's “how safe is home” score written down at every visit",
                 "Every visit since July recorded; both children's scores brought to the review"],
                [V,
                 "Assess Anders's mental state, restart and manage his lithium, and give a view on whether he "
                 "can stay well enough to care for the children and how long that is likely to take.\nLead: "
                 "Dr Amal Rahman, consultant psychiatrist, Edgemarsh CMHT",
                 "Outpatient review held; lithium level and medication plan sent to the SW",
                 "Written assessment of Anders's capacity to change, with the likely timescale, sent to the SW "
                 "and the core group",
                 "Updated report to the review conference, with every lithium level since June"],
                [V,
                 "Visit Anders at home every fortnight, count his tablets and check his warning signs, and report "
                 "to each core group on whether he is making and keeping the changes needed.\nLead: Chris "
                 "Ndlovu, care co-ordinator (CPN), Edgemarsh CMHT",
                 "Relapse signature written with Anders and shared with the SW, Ingrid and both schools",
                 "Tablet counts and visit dates in a written update to each core group",
                 "Written report to the review conference on whether Anders has stayed well and what is still "
                 "to change"],
                ["O2",
                 "Carry out a young carer's assessment with Nell and offer her a place at the Friday young "
                 "carers' club.\nLead: Sian Beddoes, Edgemarsh Young Carers",
                 "Assessment done; Nell's young carer's plan sent to the SW",
                 "Club register shows Nell at 6 or more Friday sessions",
                 "Nell's list of jobs at home is shorter than at the initial conference (her worker brings both "
                 "lists to the review)"],
                [V,
                 "Check Nell's attendance each morning and see her every week with her key adult, Mr Rees.\n"
                 "Lead: Ms Dawn Pike, DSL, Edgemarsh High School",
                 "Summer plan agreed with Nell and Mr Rees before term ends on 22/07/2025, copied to the SW",
                 "Register shows 95% attendance or more since 03/09/2025; four key adult meetings logged",
                 "Autumn term attendance 95% or more; no lateness logged as caused by caring"],
                [V,
                 "Check Oskar arrives fed, on time and in clean uniform and is collected by an adult on the "
                 "plan, and phone the SW the same day if not.\nLead: Mr Gareth Hale, DSL, Saltings Primary",
                 "Collection list (Anders, Ingrid) agreed with the school office before the summer holidays",
                 "Weekly attendance sent to the SW; any same-day call logged on CPOMS",
                 "Autumn term register and CPOMS summary sent to the review"],
                ["O3",
                 "Have Nell and Oskar to stay every other weekend, and straight away whenever Anders shows his "
                 "warning signs.\nLead: Ingrid Lindqvist, paternal aunt",
                 "Bedroom ready; the children have stayed one weekend (Ingrid texts the SW)",
                 "Ingrid's diary shows a stay every other weekend and any extra nights, with the reason",
                 "Diary brought to the review; both children tell the SW how the stays went"],
                [V,
                 "Write a family safety plan with Nell, Oskar, Anders and Ingrid: warning signs, who Nell "
                 "phones, and what Ingrid and the CMHT will do.\nLead: Megan Pryce, SW, with Chris Ndlovu",
                 "Plan written and signed; a copy on the fridge and on Nell's phone",
                 "Nell can tell the SW the plan without looking when asked at a visit",
                 "Any use of the plan written up for the review, with what worked"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Anders misses his lithium for two days running (tablet count), or shows two of his warning signs "
              "(not sleeping, spending large sums, talking very fast, not eating), Chris will arrange a mental "
              "health assessment the same day and Nell and Oskar will go to Ingrid's home at 27 Marram Way that "
              "evening."),
        ("p", "If Ingrid cannot have them (she is ill, working away or on holiday), Megan will place Nell and Oskar "
              "together with Edgemarsh foster carers the same day. Ingrid will give Megan her dates away a week "
              "ahead so that carers can be lined up."),
        ("p", "If Anders is admitted to hospital again, or by 30/09/2025 he has not stayed well and Nell's "
              "attendance is below 90%, Megan will ask Lorna Quick for a legal planning meeting within 5 working "
              "days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 4pm, Saltings Family Centre: 31/07/2025, 28/08/2025, "
            "25/09/2025 and 23/10/2025.",
            "Second review child protection conference: 13/11/2025, 10am, Edgemarsh Town Hall.",
            "Nell can come to any core group for the first half hour, or send her views with Sian.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. ICPC plan, parents' cocaine use and domestic abuse, two children. Action
#    plan split into a table for the children and a table for the parents.
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b95_eddlestow_icpc_split_tables_dawson.docx",
    "doc_title": "Child Protection Plan - Kai Dawson and Esme Mills",
    "split": "tune",
    "actions": 12,
    "template": "icpc-word-plan-details-list-reasons-childrens-experience-working-well-outcomes-then-action-plan-split-part-a-children-part-b-parents-two-five-column-tables-contingency-core-group",
    "description": (
        "Initial conference plan for a 7-year-old and a 2-year-old whose mother and her partner use "
        "cocaine at weekends, with police called to three arguments. The action plan is split into "
        "a table for the children and a table for the parents; most rows are sound. Faults: a "
        "'Family' row 'As and when needed' that the SW will 'keep an eye on', the toddler's two-year "
        "review with no measure, passive hair strand tests with no one named, CBT that only treats "
        "the mother and is measured by 'Engagement', budgeting help that is 'Ongoing', an outcome "
        "about the adults only; the grandparents carry weekends and the contingency, with no "
        "fallback, and no legal step."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Eddlestow Borough Council – Children's Services – Initial Child Protection Conference"),
        ("kv", [
            ("Children", "Kai Dawson (7), DOB 30/01/2018; Esme Mills (2), DOB 14/06/2023"),
            ("Address", "41 Westfield Road, Eddlestow ED4 9RS"),
            ("Mother", "Lauren Dawson (28)"),
            ("Mother's partner", "Jordan Mills (31), Esme's father; lives at the address"),
            ("Paternal grandparents (Esme)", "Pat and Geoff Mills, 9 Beech Grove, Eddlestow"),
            ("Category", "Neglect and emotional abuse"),
            ("Conference", "17/07/2025, Eddlestow Civic Offices. Chair: Helen Crowther"),
            ("Social worker", "Hannah Birch, Safeguarding Team 1"),
        ]),
        ("h1", "1. Why Kai and Esme need a plan"),
        ("p", "Police have been called to the house three times since March 2025, each time on a Saturday night, "
              "after neighbours heard shouting and things being thrown. On 28/06/2025 a neighbour found Kai "
              "walking alone on Westfield Road at 10.15pm in his pyjamas, looking for his mum; Esme was asleep "
              "in the house and Lauren and Jordan were at a party three doors away. Both later told police they "
              "had used cocaine and alcohol. Jordan was cautioned for common assault on Lauren in 2024. Lauren "
              "has anxiety and depression and takes sertraline prescribed by her GP."),
        ("h1", "2. What Kai and Esme have told us"),
        ("p", "Kai (seen on his own at school, 08/07/2025): “When they shout I put my headphones on and get Esme "
              "into my bed. I went outside to find Mummy because Esme was crying and nobody came.” He said the "
              "best thing is “going to Nana Pat's on Fridays”."),
        ("p", "Esme is 2. On both home visits she was clean and well dressed, played with her cars and went to "
              "Lauren for a cuddle when she fell. Her nursery key worker says she is quieter and clingy on "
              "Mondays."),
        ("h1", "3. What is working well"),
        ("p", "Lauren and Jordan both came to conference and agreed with most of the plan. The children are warm "
              "and close to their mum. Pat and Geoff already have the children most Friday nights and want to "
              "help. Kai's school says he is doing well with reading and has never missed a day."),
        ("h1", "4. What needs to change"),
        ("bullets", [
            "Kai and Esme are looked after every night by a sober adult and are never left alone.",
            "Kai and Esme no longer hear or see arguments or violence at home.",
            "Esme's health and development checks are up to date and she is growing well.",
            "Lauren and Jordan stop using cocaine.",
        ]),
        ("h1", "5. Action plan"),
        ("h2", "Part A – Kai and Esme"),
        ("table", {
            "header": ["No.", "Action", "Person responsible", "Timescale", "How will we know"],
            "widths": [1.0, 5.4, 3.6, 2.8, 4.2],
            "rows": [
                ["A1", "Visit Kai and Esme at home, including one unannounced and one weekend visit each month; "
                       "see Kai on his own",
                 "Hannah Birch, SW", "Weekly from 21/07/2025",
                 "Visit records show both children seen and Kai seen alone, with what he said"],
                ["A2", "Look after Kai and Esme every Friday and Saturday night at 9 Beech Grove",
                 "Pat and Geoff Mills (PGPs)", "Every Friday and Saturday night",
                 "Grandparents' diary of each stay, seen by the SW at each visit"],
                ["A3", "Be available to take Kai and Esme if Lauren or Jordan have used drugs",
                 "Family", "As and when needed", "SW to keep an eye on this"],
                ["A4", "Check Kai's attendance and presentation every day and contact the SW the same day about "
                       "any concern",
                 "Mrs Lucy Kent, DSL, Northgate Junior School", "Every school day from 03/09/2025",
                 "Weekly attendance sent to the SW; concerns logged on CPOMS"],
                ["A5", "Do Esme's two-year developmental review, including her weight and speech",
                 "Gemma Holt, health visitor", "By 31/08/2025", ""],
                ["A6", "Complete a DASH risk assessment with Lauren and refer to MARAC if the score is 14 or more",
                 "DC Sarah Quinn, Eddlestow Police DA Unit", "Within 5 working days (by 24/07/2025)",
                 "DASH score and any MARAC referral shared with the SW"],
            ],
        }),
        ("h2", "Part B – Lauren and Jordan"),
        ("table", {
            "header": ["No.", "Action", "Person responsible", "Timescale", "How will we know"],
            "widths": [1.0, 5.4, 3.6, 2.8, 4.2],
            "rows": [
                ["B1", "Assess Lauren's and Jordan's drug and alcohol use, agree treatment plans and carry out "
                       "random drug tests; report results and progress to each core group",
                 "Tom Price, recovery worker, Eddlestow Drug and Alcohol Service",
                 "Assessment by 31/07/2025, then weekly",
                 "Test results and a written update to the SW before each core group"],
                ["B2", "Hair strand tests for cocaine and alcohol to be arranged for Lauren and Jordan",
                 "-", "By 15/08/2025", "Results shared with the core group"],
                ["B3", "Six sessions of CBT for Lauren's anxiety and low mood",
                 "Eddlestow Talking Therapies", "From August 2025", "Engagement with sessions"],
                ["B4", "Attend the 16-week Choices domestic abuse perpetrator programme",
                 "Jordan Mills (SW to refer by 01/08/2025)", "Starts 08/09/2025",
                 "Attendance report and end-of-course report from the programme worker to the SW"],
                ["B5", "Help Lauren with budgeting and her debts, including an appointment with Eddlestow "
                       "Citizens Advice",
                 "Amy Shaw, family support worker", "Ongoing",
                 "Citizens Advice appointment attended and a payment plan letter on file"],
                ["B6", "Review Lauren's sertraline and tell the SW about her mental health history and any change",
                 "Dr Raj Malik, GP, Northgate Medical Practice", "By 31/07/2025",
                 "GP letter on Kai's and Esme's files"],
            ],
        }),
        ("h1", "6. Contingency plan"),
        ("p", "If Lauren or Jordan use drugs or alcohol while caring for the children, or the police are called to "
              "another incident at the address, Kai and Esme will go to stay with Pat and Geoff and the SW will "
              "hold a strategy discussion with Eddlestow Police the same day."),
        ("h1", "7. Core group and review"),
        ("bullets", [
            "Core group every four weeks at Northgate Children's Centre: 29/07/2025, 26/08/2025 and 23/09/2025.",
            "Review child protection conference: 09/10/2025 at 2pm, Eddlestow Civic Offices.",
        ]),
    ],
    "findings": [
        F("W002", "Be available to take Kai and Esme if Lauren"),
        F("T002", "Be available to take Kai and Esme if Lauren"),
        F("M002", "Be available to take Kai and Esme if Lauren"),
        F("M001", "Do Esme's two-year developmental review, including her weight"),
        F("W001", "Hair strand tests for cocaine and alcohol to be arranged"),
        F("H001", "Six sessions of CBT for Lauren's anxiety and low mood"),
        F("M002", "Six sessions of CBT for Lauren's anxiety and low mood"),
        F("T002", "Help Lauren with budgeting and her debts"),
        F("F002", "Lauren and Jordan stop using cocaine."),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Review plan for a premature baby whose family is moving to another
#    authority. Plain-text print with field lines and star bullets; some work
#    is put on hold for the move. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b95_ettlebury_rcpc_transfer_print_brannigan.txt",
    "split": "tune",
    "actions": 10,
    "template": "rcpc-plain-text-print-field-lines-numbered-upper-case-sections-why-lilys-day-outcomes-then-star-bullets-what-will-happen-if-things-get-worse-meetings",
    "description": (
        "First review conference plan for a 4-month-old born at 31 weeks, whose mother has postnatal "
        "depression and whose father smokes cannabis daily; the family moves to another authority "
        "in three weeks. Plain-text print with star bullets, mostly sound (weekly visits and weighs, "
        "the parenting assessment finished before the move). Faults: the parent-infant referral "
        "waits for the move with no one named and no measure, the SW's visits pause until the new "
        "authority allocates, the perinatal team only supports, drug service appointments 'as and "
        "when', 'All professionals' to keep an eye on sleeping; the next review is 'to be "
        "arranged' and the contingency has no legal step."
    ),
    "text": """\
ETTLEBURY CITY COUNCIL - CHILDREN'S SERVICES
Child Protection Plan (Review Conference)                  Printed from ECCS 25/07/2025 09:12

Child ............ Lily BRANNIGAN, DOB 12/03/2025 (born at 31 weeks)
Address .......... 18 Sorrel Walk, Ettlebury ET7 2DW
                   (moving to 5 Quarry Lane, Wraxby WX1 4RA on 11/08/2025)
Mother ........... Shannon Brannigan (20), care leaver
Father ........... Dylan Kerr (22), lives with Shannon and Lily
Category ......... Neglect
Conference ....... First review conference, 24/07/2025. Chair: Graham Ellis
Social worker .... Ayesha Karim, Safeguarding Team 3
Receiving LA ..... Wraxby Borough Council (transfer notification sent 21/07/2025)

1. WHY LILY IS ON A PLAN

Lily was made subject to a plan at her initial conference on 01/05/2025, two weeks
after she came home from the Ettlebury Infirmary neonatal unit. Shannon has
postnatal depression and was not getting up for night feeds; Dylan smokes cannabis
every day, in the flat, and was asleep when the health visitor called at 11am with
Lily crying in her cot. Since then Lily's weight has picked up from the 0.4th to
the 2nd centile on her corrected chart and the flat no longer smells of cannabis,
but Shannon still finds it hard to get through the day and has missed two
perinatal appointments. The family has been offered a council tenancy in Wraxby,
near Shannon's aunt, and they move on 11/08/2025.

2. LILY'S DAY

Lily is now 2 months corrected. On the last three visits she was clean, warm and
fed on time. She smiles at Dylan and follows his face. She is slower to settle
with Shannon, who holds her on her knee facing outwards, and on 17/07/2025 Lily
cried for ten minutes before Shannon picked her up. She sleeps in a Moses basket
in her parents' room, but on two visits there was a pillow and a teddy in it.

3. WHAT WE WANT FOR LILY

- Lily keeps gaining weight along her corrected-age centile and goes to every
  neonatal follow-up appointment.
- Lily is picked up and comforted quickly when she cries.
- Lily sleeps safely on her back in a clear cot at every sleep.
- Lily's care carries on without a gap when the family moves to Wraxby.

4. WHAT WILL HAPPEN

* Ayesha Karim (SW) will visit Lily at home every week until 08/08/2025, see her
  awake and being handled by Shannon, and write down her weight from the red book.
* Kirsty Bell (HV) will weigh Lily every Monday at Priory Road clinic and plot the
  weight on her corrected-age chart, emailing it to the SW the same day.
* Shannon will take Lily to her neonatal follow-up clinic at Ettlebury Infirmary on
  19/08/2025, and the clinic letter will go on Lily's file.
* Ayesha (SW) will complete the parenting assessment of Shannon and Dylan by
  08/08/2025, before the move, and give the report to Wraxby at the transfer-in
  conference.
* Shannon's referral to the Ettlebury Parent-Infant Team will wait until the family
  has moved to Wraxby on 11/08/2025.
* Shannon will be supported by Dr Olu Bassey's perinatal mental health team at
  fortnightly appointments, and her attendance will be sent to the SW.
* Dylan will go to Ettlebury Compass drug service as and when appointments are
  offered, and Compass will send his test results to the SW.
* All professionals will keep an eye on Lily's sleeping arrangements at every
  contact.
* Ayesha (SW) will send Wraxby the chronology, the assessment and this plan by
  28/07/2025, and keep Wraxby's written receipt on Lily's file.
* Home visits by the SW will pause from 11/08/2025 until Wraxby has allocated a
  social worker.

5. IF THINGS GET WORSE

If Lily loses weight at two Monday weighs in a row, or Shannon says she cannot cope
or has thoughts of harming herself or Lily, the SW will hold a strategy discussion
the same day and Lily will go to stay with Dylan's mother, Tracey Kerr, at 3 Elm
Row, Ettlebury, until it is safe for her to go home.

6. MEETINGS

Core group ............ monthly, next on 05/08/2025 at Priory Road clinic
Transfer-in conference  Wraxby Borough Council, date to be confirmed
Next review conference  to be arranged by Wraxby after the transfer
""",
    "findings": [
        F("X001", "Shannon's referral to the Ettlebury Parent-Infant Team will wait"),
        F("W001", "Shannon's referral to the Ettlebury Parent-Infant Team will wait"),
        F("M001", "Shannon's referral to the Ettlebury Parent-Infant Team will wait"),
        F("H001", "Shannon will be supported by Dr Olu Bassey's perinatal"),
        F("T002", "Dylan will go to Ettlebury Compass drug service"),
        F("W002", "All professionals will keep an eye on Lily's"),
        F("M002", "All professionals will keep an eye on Lily's"),
        F("X001", "Home visits by the SW will pause from 11/08/2025"),
        F("M001", "Home visits by the SW will pause from 11/08/2025"),
        F("R001"),
        F("R002"),
    ],
})
