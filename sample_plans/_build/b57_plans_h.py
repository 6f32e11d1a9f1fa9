"""Batch 57, module h: seven fictional plans (tuning material), places beginning with "h".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: the parent's health and the child's focus (Child Z). Plans where a
parent has mental ill health, substance misuse, a learning disability with
epilepsy, trauma after domestic abuse or a physical illness, in several
layouts. Three are exemplary: the adult service (perinatal mental health,
the drug and alcohol service, the community learning disability team and
the epilepsy nurse) owns actions, plans jointly with the child's workers and
reports on whether the parent can change in time for the child. The others
have mental health practitioners who only support or treat the parent
(H001), outcomes that are only about an adult (F002), a plan built around
the mother's needs (F001), and a parent's illness recorded with no adult
service owning any action (F004). Hard negatives: a grandparent's illness,
the child's own diabetes and epilepsy, a parent's depression years ago that
has resolved, a health visitor's and a social worker's sick leave, and "no
concerns about mum's mental health" - none of these is a parent's current
ill health, so none gives F004.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Baby with a mother recovering from a postpartum relapse of bipolar
#    disorder: one small table per agency under agency sub-headings (docx,
#    exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b57_hollinsmere_perinatal_agency_tables_thackeray.docx",
    "doc_title": "Child Protection Plan - Baby Rosa Thackeray-Doyle",
    "split": "tune",
    "actions": 13,
    "template": "icpc-baby-docx-kv-details-rosas-day-then-one-small-table-per-agency-under-h2-agency-headings-what-named-worker-when-how-we-will-know",
    "description": (
        "Initial conference plan for a 6-week-old whose mother had a postpartum relapse of bipolar "
        "disorder and a nine-day psychiatric admission. The plan is set out agency by agency, one small "
        "What | Named worker | When | How we will know table under each agency heading (perinatal "
        "mental health, GP, health visiting, children's social care, parents, family). The perinatal "
        "team and psychiatrist report on whether Leanne is making the changes Rosa needs and how long "
        "it will take; the paternal grandmother's arthritis is a hard negative; the contingency covers "
        "relapse and the relatives' help failing; dates and legal step set. Exemplary."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Hollinsmere Borough Council – Children's Services – Infant and Family Safeguarding Team"),
        ("kv", [
            ("Baby", "Rosa Thackeray-Doyle, born 09/09/2025 (6 weeks old)"),
            ("Mother", "Leanne Thackeray (27)"),
            ("Father", "Marcus Doyle (30); lives with Leanne and Rosa and has parental responsibility"),
            ("Address", "14 Sallow Walk, Hollinsmere"),
            ("Conference", "Initial child protection conference, Tuesday 21/10/2025, Kestrel House"),
            ("Category", "Neglect (risk of)"),
            ("Social worker", "Temi Adeyinka"),
            ("Conference chair", "Philippa Arkwright"),
        ]),
        ("h1", "Why Rosa has a plan"),
        ("p", "Leanne has bipolar affective disorder. She stopped her lithium in early pregnancy on her own, "
              "without telling her midwife. Twelve days after Rosa was born she became very unwell: she did not "
              "sleep for three nights, said Rosa was \"not the right baby\" and twice left her alone in the "
              "flat while she walked to the shops at night. Marcus came home to find Rosa crying and soaked. "
              "Leanne was admitted to Ashdown Ward at Hollinsmere General for nine days under section 2. Rosa "
              "stayed at home with Marcus and his mother, Carol Doyle."),
        ("p", "Leanne came home on 08/10/2025. She is back on lithium and is seen by the Hollinsmere "
              "Perinatal Mental Health Service. She told conference she is frightened of becoming unwell "
              "again and wants help to notice the signs early. Marcus works 7am to 3pm at the Fenton Street "
              "depot; he has used his paternity leave and two weeks' annual leave, and goes back to work on "
              "03/11/2025."),
        ("h1", "Rosa's day"),
        ("p", "Rosa cannot tell us how she feels, so this is what her parents, her grandmother, the health "
              "visitor and the social worker have seen. Rosa takes 90 ml of formula every three to four hours "
              "and is back on her birth centile. She settles quickly against Marcus's shoulder and when Carol "
              "sings to her. With Leanne she is more unsettled: on the social worker's visit of 16/10/2025 "
              "Leanne held her facing away, and Rosa cried until Marcus took her. On the health visitor's "
              "visit of 17/10/2025 Leanne fed her calmly, talked to her all the way through and Rosa fell "
              "asleep on her. Rosa sleeps in a Moses basket beside her parents' bed."),
        ("h1", "What is going well"),
        ("bullets", [
            "Leanne agreed to go into hospital when her care coordinator asked her to, and has taken her "
            "lithium every day since she came home (blister pack checked by the perinatal team).",
            "Marcus has cared for Rosa well on his own and knows her routine.",
            "Carol Doyle lives five minutes away and has offered to be with Leanne and Rosa on weekdays. "
            "Carol has rheumatoid arthritis in her hands, so Marcus bathes Rosa and Carol does not carry "
            "her on the stairs; this has been talked through with Carol and the health visitor.",
        ]),
        ("h1", "What we want for Rosa by the review conference"),
        ("bullets", [
            "Rosa is never left on her own, and is always cared for by an adult who is well enough to "
            "feed, change and settle her.",
            "Rosa is fed on time, day and night, and keeps growing along her centile.",
            "Rosa is kept safe if her mum becomes unwell again, because everyone around Leanne spots her "
            "early warning signs quickly.",
            "Rosa has a warm, responsive relationship with her mum: Leanne picks up her cues and Rosa settles "
            "with her as she does with Marcus.",
        ]),
        ("h1", "The plan, agency by agency"),
        ("p", "This plan was written with the perinatal mental health team at conference and at a planning "
              "meeting on 20/10/2025. Each agency has its own table. Every action says who will do it, when, "
              "and what we will see."),
        ("h2", "Hollinsmere Perinatal Mental Health Service"),
        ("table", {
            "header": ["What will happen", "Named worker", "When", "How we will know"],
            "widths": [6.4, 3.2, 3.2, 4.2],
            "rows": [
                ["Home visit to see Leanne with Rosa: check Leanne's mood, sleep and lithium blister pack, go "
                 "through her early warning signs with her and Marcus, and assess whether her care of Rosa is "
                 "changing",
                 "Hannah Mwale, perinatal care coordinator",
                 "Weekly until the review conference",
                 "Visit note for each week sent to the SW by the Friday, saying what was seen of Leanne's care "
                 "of Rosa and whether it has changed"],
                ["Written report on whether Leanne is making the changes Rosa needs, what steps are still to "
                 "come and how long they are likely to take",
                 "Hannah Mwale, perinatal care coordinator",
                 "Three working days before each core group",
                 "Report read at each core group and attached to the minutes"],
                ["Medication review and a written opinion on Leanne's risk of relapse over the next six months "
                 "and when she is likely to be able to care for Rosa on her own for a whole day",
                 "Dr Imran Qadir, consultant perinatal psychiatrist",
                 "By 14/11/2025",
                 "Letter to the SW and GP, shared with the core group on 02/12/2025"],
                ["Six filmed parent–infant sessions with Leanne and Rosa, scored at the first and last session "
                 "for how Leanne reads and answers Rosa's cues",
                 "Sian Broadbent, parent–infant practitioner",
                 "Weekly from 05/11/2025; last session by 17/12/2025",
                 "Both scores and a summary of any change sent to the SW by 19/12/2025"],
            ],
        }),
        ("h2", "GP – Fenton Street Surgery"),
        ("table", {
            "header": ["What will happen", "Named worker", "When", "How we will know"],
            "widths": [6.4, 3.2, 3.2, 4.2],
            "rows": [
                ["Lithium blood level for Leanne, with the result sent to the perinatal team and the SW, so "
                 "that everyone caring for Rosa knows if the dose is working",
                 "Dr Nkechi Ume, GP",
                 "Every 4 weeks, next on 28/10/2025",
                 "Result letter on the GP record and copied to the SW within 2 working days"],
                ["Rosa's 6–8 week check and first immunisations",
                 "Dr Nkechi Ume, GP",
                 "By 04/11/2025",
                 "Check and vaccines recorded in the red book and on Rosa's GP record"],
            ],
        }),
        ("h2", "Health visiting"),
        ("table", {
            "header": ["What will happen", "Named worker", "When", "How we will know"],
            "widths": [6.4, 3.2, 3.2, 4.2],
            "rows": [
                ["Weigh Rosa, watch a feed and look at where she sleeps; complete the Edinburgh scale with "
                 "Leanne at every other visit",
                 "Gail Ferriby, health visitor",
                 "Weekly until 12 weeks old, then fortnightly",
                 "Weight plotted in the red book, staying on or above the 25th centile; visit notes shared "
                 "with the SW"],
            ],
        }),
        ("h2", "Children's social care"),
        ("table", {
            "header": ["What will happen", "Named worker", "When", "How we will know"],
            "widths": [6.4, 3.2, 3.2, 4.2],
            "rows": [
                ["See Rosa at home, awake and being cared for; at least one visit a month unannounced and one "
                 "when Carol is not there",
                 "Temi Adeyinka, SW",
                 "Weekly until the review conference",
                 "Visit records say who was caring for Rosa, how she was fed and settled, and where she slept"],
                ["Parenting assessment of Leanne and Marcus, using the perinatal team's reports and the "
                 "parent–infant scores",
                 "Temi Adeyinka, SW",
                 "Report by 05/01/2026",
                 "Assessment report shared with Leanne, Marcus and the core group before the review conference"],
            ],
        }),
        ("h2", "Leanne and Marcus"),
        ("table", {
            "header": ["What will happen", "Named worker", "When", "How we will know"],
            "widths": [6.4, 3.2, 3.2, 4.2],
            "rows": [
                ["Take lithium every evening from the blister pack and keep the early warning signs card on "
                 "the fridge, so she stays well enough to care for Rosa",
                 "Leanne Thackeray",
                 "Every evening",
                 "Blister pack checked by Hannah Mwale at each weekly visit; no missed doses"],
                ["Do Rosa's 11pm and 3am feeds, so that Leanne sleeps through the night, and write them on "
                 "the feed chart",
                 "Marcus Doyle",
                 "Every night until the review conference",
                 "Feed chart on the kitchen door, seen by the SW and HV at their visits"],
            ],
        }),
        ("h2", "Family"),
        ("table", {
            "header": ["What will happen", "Named worker", "When", "How we will know"],
            "widths": [6.4, 3.2, 3.2, 4.2],
            "rows": [
                ["Be at the flat with Leanne and Rosa while Marcus is at work, and ring Marcus and the "
                 "perinatal team if she sees any of Leanne's early warning signs",
                 "Carol Doyle, paternal grandmother",
                 "Monday to Friday, 6.45am to 3.30pm, from 03/11/2025",
                 "Carol signs the day sheet in the red folder; the SW checks it at each visit"],
                ["Have Rosa at her house on Saturday mornings so Leanne can rest and Marcus can catch up on "
                 "sleep after a week of night feeds",
                 "Jade Doyle, paternal aunt",
                 "Every Saturday, 8am to 1pm",
                 "Jade texts Marcus when Rosa arrives and leaves; the texts are shown to the SW"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Leanne shows any of her early warning signs (two nights without sleep, missing a lithium "
            "dose, saying Rosa is not hers, or going out and leaving her), Carol or Marcus will take over "
            "Rosa's care at once and ring the perinatal team (or the crisis line out of hours), and the SW "
            "will hold a strategy discussion the same day. Leanne will not be alone with Rosa until that "
            "discussion has agreed a plan.",
            "If Carol cannot be at the flat on a weekday (because her arthritis flares or she is unwell), "
            "Marcus will not go to work that day; his manager has agreed emergency carer's leave. If "
            "neither Marcus nor Carol can be with Leanne and Rosa, Rosa will stay with Jade Doyle at 3 "
            "Pelham Rise, and if Jade cannot have her the SW will arrange a foster placement that day. If "
            "Jade cannot have Rosa on a Saturday morning, Marcus will care for her at home and Leanne will "
            "rest at Carol's.",
            "If Leanne relapses before the review conference, or Dr Qadir's opinion is that she will not be "
            "able to care for Rosa safely within Rosa's timescale, the SW will ask the team manager for a "
            "legal planning meeting within five working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, 10am at Fenton Street Family Hub: Tuesday 04/11/2025, Tuesday "
            "02/12/2025 and Tuesday 06/01/2026 (moved a week for the holidays).",
            "Review child protection conference: Tuesday 20/01/2026, 1.30pm, Kestrel House.",
        ]),
        ("p", "Plan sent by Temi Adeyinka to Leanne, Marcus and every agency named above on 22/10/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Signs of Safety plan: father's drinking and cocaine use, son with type 1
#    diabetes; next steps as a four-column markdown table (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b57_hexwold_sos_recovery_next_steps_merriott.md",
    "split": "tune",
    "actions": 14,
    "template": "signs-of-safety-md-danger-statements-working-well-safety-goals-scaling-kians-words-ellies-world-then-next-step-who-by-when-how-well-know-table",
    "description": (
        "Signs of Safety initial conference plan for an 8-year-old with type 1 diabetes and a 3-year-old "
        "(father's drinking and weekend cocaine use; a night when the son's low blood sugar went "
        "untreated). Danger statements, what's working well, safety goals, scaling, the children's words "
        "and world, then a 14-row Next step | Who | By when | How we'll know table. The drug and alcohol "
        "service keyworker reports on change before every core group and the GP does the father's "
        "bloods. Hard negatives: the son's diabetes, the grandmother's hip replacement, 'no concerns "
        "about Shona's mental health'. The contingency covers the grandmother and uncle not being "
        "available; dates and legal step set. Exemplary."
    ),
    "text": """\
# Kian and Ellie's Safety Plan

**Hexwold Council – Children's Social Care – Coastal Locality Team**
Initial child protection conference: Thursday 2 October 2025 · Category: neglect
Social worker: Owen Tremlett · Chair: Bernadette Quayle

- **Children:** Kian Merriott (8), Year 4, Saltings Primary School; Ellie Merriott (3), Little Puffins Nursery
- **Parents:** Shona Merriott (35), mum, care assistant on night shifts at Seacroft Lodge; Dale Merriott (38), dad, scaffolder
- **Address:** 22 Gull Lane, Hexwold
- **Safety network:** Pauline Hebden (maternal grandmother, Marram Close); Gary Merriott (Dale's brother, Hexwold Bay)

## What are we worried about?

**Danger statement.** Children's Services and the people at conference are worried that if
Dale keeps drinking heavily and using cocaine while he is looking after Kian and Ellie, he will
be too drunk or asleep to notice when Kian's blood sugar drops, and Kian could have a seizure
or become unconscious with nobody to help him. We are also worried that Ellie, who is 3, will
be left without an adult awake to look after her at night.

On Saturday 13 September Shona was at work. At 11.20pm Kian's glucose alarm went off and he
could not wake Dale. Kian rang his mum, who called an ambulance. Paramedics found Kian's
glucose at 2.4, Dale asleep on the sofa with two empty bottles of vodka, and traces of white
powder on the coffee table. Ellie was asleep upstairs. Dale told conference he has been drinking
"most nights, a bottle or so" since he lost his driving licence in the spring, and using cocaine
"at weekends, with the lads".

**Complicating factors.** Shona works three night shifts a week (usually Thursday, Friday and
Saturday). Her manager has agreed she can change shifts at short notice, but she cannot give up
nights without losing pay. Kian's diabetes means someone must be awake and able to act on his
alarm at night.

Kian's diabetes is his own health need and is well managed by his mum and his diabetes team;
it is not the worry in itself. There are no concerns about Shona's mental health; her GP has
confirmed that she has no history of mental health difficulties and does not drink.

## What's working well?

- Dale told conference everything that happened and said, "I let my boy down. I want help."
- Dale self-referred to Hexwold Recovery Partnership on 17 September and went to his first
  appointment on 24 September.
- Shona knows Kian's diabetes inside out: his HbA1c in August was in his target range.
- Pauline had a hip replacement in May and is back on her feet; she looked after both children
  overnight on 20 September and handled a low for Kian without any problem.
- Gary has been sober for six years and wants to help his brother.

## Safety goals: what we want for Kian and Ellie

1. Kian and Ellie are only ever looked after by their dad when he is sober and has not used
   drugs, and Kian's lows are always noticed and treated straight away.
2. Every night Kian and Ellie have an adult in the house who has not been drinking and who will
   wake to Kian's alarm.
3. Kian and Ellie know who to call if they are worried about their dad, and they feel safe at
   home.

## Scaling

On a scale where 0 means Kian and Ellie will be hurt again if nothing changes and 10 means
everyone is confident they are safe with Dale, conference scored 3 (range 2 to 4). Shona scored
5. Dale scored 4: "I've done step one, I've asked for help."

## Kian's words

Kian talked to Owen at school on 29 September, using the three houses.

- House of worries: "When Dad has his bottle he goes to sleep and won't wake up. My alarm was
  beeping and I was shaky and he didn't even move."
- House of good things: "Fishing with Dad and Uncle Gary. Nana's dinners."
- House of dreams: "Dad doesn't have bottles and is awake when Mum is at work."

Kian said he wants to keep living with his mum and dad. He wants Nana Pauline to "have the
number for my sensor" so she can see his readings.

## Ellie's world

Ellie is 3 and talks in short sentences. At nursery she plays "mummy and baby" and puts her
doll "to bed on the sofa". Staff see her chatty and settled. On Owen's home visit on 26
September she showed him her bedroom, brought her dad his slippers and sat on his knee while
they read *Whatever Next!*. Pauline says Ellie asks "Is Mummy at work?" every evening Shona
goes out.

## Next steps

Agreed at conference with Dale, Shona, Hexwold Recovery Partnership and Kian's diabetes team.

| # | Next step | Who | By when | How we'll know |
|---|---|---|---|---|
| 1 | Full assessment of Dale's drinking and cocaine use, including how they affect his care of Kian and Ellie, and a written recovery plan agreed with Dale | Priya Lomax, keyworker, Hexwold Recovery Partnership (HRP) | By Thursday 30 October 2025 | Assessment summary and recovery plan sent to Owen and shared at the core group on 6 November |
| 2 | Weekly key-work with Dale with a breath test at every session, and a written report before each core group on whether Dale's drinking and drug use is changing, what still has to happen and how long it is likely to take | Priya Lomax, HRP | Weekly; reports 2 working days before each core group | Breath test results and the report read at each core group |
| 3 | Arrange hair strand tests for Dale (alcohol and cocaine) now and again after three months | Owen Tremlett, social worker | Samples by Friday 31 October 2025 and by Friday 16 January 2026 | Laboratory results shared with Dale, Shona and the core group |
| 4 | Blood tests (liver function and PEth) for Dale, sent to HRP and to Owen | Dr Alun Pryce, GP, Harbour Medical Practice | Every 4 weeks from Thursday 9 October 2025 | Result letters on the GP record and copied to Owen |
| 5 | Be sober and drug-free whenever he is looking after Kian and Ellie, and send Shona a photo of a zero reading on the HRP breathalyser before she leaves for each night shift | Dale | Before every night shift Shona works | Photos kept on Shona's phone and shown to Owen at each visit |
| 6 | Not leave Kian and Ellie with Dale unless his breath photo shows zero; if it does not, take both children to Pauline's before going to work | Shona | Before every night shift | Shona's shift diary, seen by Owen each week; any time it happened logged and rung through to Owen |
| 7 | Teach Dale and Pauline to use Kian's sensor app and alarms and to treat a low, and give Pauline follower access to Kian's readings | Fran Oduya, paediatric diabetes nurse specialist | By Friday 24 October 2025 | Hypo training checklist signed by Fran, Dale and Pauline; Pauline's phone shows Kian's readings |
| 8 | Look at Kian's overnight readings and tell Owen the same day if a low was not treated within 15 minutes | Fran Oduya, paediatric diabetes nurse specialist | Every Monday until the review conference | Weekly glucose download summary emailed to Owen |
| 9 | Meet Kian on Monday mornings to ask how his weekend was and pass anything about home to Owen the same day | Mrs Amira Shah, learning mentor, Saltings Primary | Every Monday in term time | Check-in log kept by the DSL and sent to Owen every half-term |
| 10 | Note Ellie's arrival time, who brings her and how she presents, and ring Owen if she is not in by 10am without a reason | Jo Kettle, nursery manager, Little Puffins | Each nursery day | Daily register and notes, sent to Owen every Friday |
| 11 | Visit at home, see Kian on his own and Ellie with each parent; one visit a month on a Saturday evening when Shona is at work | Owen Tremlett, social worker | Weekly until the review conference | Visit records say who was caring for the children, Dale's breath reading and what Kian said |
| 12 | Make a words and pictures story with Kian about what happened on 13 September and what his safety plan is, with the people he can ring | Owen Tremlett, social worker | By Thursday 6 November 2025 | Kian has his own copy and can tell Owen who he would ring |
| 13 | Have Kian and Ellie to stay overnight at Marram Close on Saturdays Shona is on nights, and keep Kian's kit (meter, jelly babies, glucagon) there | Pauline Hebden (maternal grandmother) | Every Saturday Shona works nights, from Saturday 4 October | Kit list in Pauline's kitchen checked by Owen; Pauline's calendar of stays |
| 14 | Spend Sunday mornings with Dale and the children (fishing or at the park), and take Dale to the HRP mutual aid group on Tuesday evenings | Gary Merriott (uncle) | Every Sunday and Tuesday from 5 October | Gary texts Owen a line after each Sunday; HRP group sign-in sheet |

## If things go wrong

- **If Dale has been drinking or using drugs while caring for the children** (no zero photo,
  Shona, Pauline, Gary or the children smelling drink on him, or a positive breath test at HRP),
  Shona or Pauline will take Kian and Ellie to Pauline's that day, Dale will stay at Gary's, and
  Owen (or the emergency duty team out of hours) will hold a strategy discussion the same day.
- **If Kian has a low that is not treated within 15 minutes while Dale is caring for him**,
  whoever finds out will ring 999 if Kian is unwell and tell Owen the same day; Dale will not care
  for the children alone until a strategy discussion has agreed it.
- **If Pauline cannot have the children** (for example if her hip plays up or she is away) or
  **Gary cannot do his Sundays**, Shona will swap her shift, as her manager has agreed. If neither
  Pauline nor Shona can care for the children on a night, Owen will arrange an emergency foster
  carer trained in diabetes care through the Hexwold fostering duty line that evening.
- **If progress is not enough:** if Dale has two positive breath or blood results, or the January
  hair strand test shows he is still using cocaine, Owen will ask his team manager for a legal
  planning meeting within five working days.

## Meetings

- Core group every three weeks, 3.45pm at Saltings Primary School: Thursday 16 October,
  Thursday 6 November, Thursday 27 November and Thursday 18 December 2025.
- Review child protection conference: Thursday 8 January 2026, 10am, Hexwold Town Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Easy-words plan for a mum with a learning disability and epilepsy,
#    steps as labelled four-line blocks (txt, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b57_halvercombe_easy_words_step_blocks_trewin.txt",
    "split": "tune",
    "actions": 13,
    "template": "easy-words-cp-plan-txt-second-person-short-sentences-question-headings-then-step-n-blocks-what-who-when-how-we-will-know-lines",
    "description": (
        "Initial conference plan for a 4-month-old, written in easy words to his mum, who has a mild "
        "learning disability and epilepsy (a seizure while feeding him on the sofa, bottles made up too "
        "weak). Question headings in the second person, then STEP 1 to STEP 13 blocks, each with What / "
        "Who / When / How we will know lines. The community learning disability nurse and the adult "
        "epilepsy nurse own steps and report on what Beth has learned and what is still to come. Hard "
        "negative: the last social worker's sick leave; 'no worries about Liam's health'. The "
        "contingency covers a seizure, missed tablets and the grandmother not coming; dates and legal "
        "step set. Exemplary."
    ),
    "text": """\
HALVERCOMBE COUNCIL - CHILDREN'S SERVICES
Alfie's plan - easy words version
==================================

This is the plan for Alfie Trewin. Alfie is 4 months old. He was born on 12 May 2025.
We wrote it for Beth (Alfie's mum) and Liam (Alfie's dad).
It was agreed at the child protection conference on Wednesday 10 September 2025.
Your social worker is Kezia Nance. Her phone number is 01793 440 218.
If you want someone to read this with you, ring Kezia or Mel.


WHO IS IN ALFIE'S FAMILY?
-------------------------
Alfie lives with Beth (22) and Liam (24) at 3 Harbour Yard, Halvercombe. It is a ground floor flat.
Jenny Trewin is Beth's mum. She lives on Chapel Hill, five minutes away.
Sandra Carne is Liam's mum. She lives at 6 Quay Street.

Beth has a learning disability. Beth finds it hard to remember lots of steps.
Reading is hard for Beth, so pictures help her.
Beth also has epilepsy. She takes tablets for it (lamotrigine) two times a day.
There are no worries about Liam's health or drinking.


WHY IS THERE A PLAN?
--------------------
On 18 August Beth had a fit (a seizure) while she was giving Alfie his bottle on the sofa.
Alfie fell onto the floor. He had a bruise on his head. The hospital checked him and he was OK.
Beth had forgotten her tablets for two days before that.
Beth has had two fits since June. Before Alfie was born she had not had a fit for a year.

The health visitor also found that Alfie's bottles were too weak.
Beth was putting in too much water. Alfie's weight dropped from the 50th centile to the 9th.
He is putting weight back on now that Liam makes most of the bottles.

Your last social worker, Ruth, was off sick in August, so some visits did not happen.
We are sorry about that. Kezia is your social worker now and will stay with you.


WHAT IS GOING WELL?
-------------------
- You both love Alfie very much. He smiles when he sees you.
- Liam makes the bottles right every time. He has learned the steps.
- Beth went to the hospital with Alfie straight after the fall and told the nurses everything.
- Jenny comes round every day and helps.
- Beth said yes to help from the learning disability team.


WHAT IS ALFIE'S LIFE LIKE?
--------------------------
Alfie can't talk yet, so we have watched him.
Alfie likes being on his play mat on the floor. He kicks his legs and laughs when Liam blows
raspberries on his tummy.
When Beth talks to him he looks at her face and makes cooing sounds.
He gets cross and cries when he is hungry. He settles quickly when he is fed and cuddled.
He sleeps in his cot in your bedroom.


WHAT DO BETH AND LIAM SAY?
--------------------------
Beth said: "I was so scared when he fell. I don't want it to happen again. I want to learn to
do everything myself."
Liam said: "I work in the day. I need to know Beth and Alfie are OK when I'm not there."


WHAT DO WE WANT FOR ALFIE?
--------------------------
By the review meeting in December we want:
- Alfie to be safe if his mum has a fit. He is never held or fed up high when Beth is on her own.
- Alfie to have bottles made the right way every time, and to grow well.
- Alfie to go to all his health checks and have his jabs.
- Alfie to have a mum who knows what he needs and can do it herself, with the right help.


WHAT WILL HAPPEN - THE STEPS
----------------------------

STEP 1
What: Tom will see Beth and look at her fit diary and her tablets. He will write a safe care
      plan for Alfie with pictures: feeding sitting on the floor on cushions, changing him on
      the floor, and no baths unless Liam or Jenny are there.
Who:  Tom Jelbert, epilepsy nurse specialist, Halvercombe Hospital neurology team
When: By Friday 19 September 2025
How we will know: Beth has the picture plan on her fridge. Kezia has a copy.

STEP 2
What: Tom will write to Kezia before each core group. He will say how many fits Beth has had,
      if her tablets are working, and if the fits are likely to get fewer and by when.
Who:  Tom Jelbert, epilepsy nurse specialist
When: One week before each core group
How we will know: Tom's letter is read out at each core group.

STEP 3
What: Mel will come to the flat and show Beth how to make Alfie's bottles, with picture cards for
      each step. Beth will make a bottle with Mel watching each time.
Who:  Mel Rowe, learning disability nurse, Halvercombe Community Learning Disability Team
When: Every Tuesday until the review meeting
How we will know: Mel ticks off the steps on the picture checklist. Beth makes 4 bottles in a row
      with every step right.

STEP 4
What: Mel will write to Kezia before each core group. She will say what Beth can now do on her own
      for Alfie, what she still needs to learn, and how long that is likely to take.
Who:  Mel Rowe, learning disability nurse
When: One week before each core group
How we will know: Mel's report is shared with Beth, Liam and the core group.

STEP 5
What: Mel will get Beth's tablets put in a weekly pill box by the chemist, and set an alarm on Beth's
      phone for 8am and 8pm.
Who:  Mel Rowe, learning disability nurse, with Kittow's Pharmacy
When: By Friday 19 September 2025
How we will know: The pill box is in the kitchen. Kezia and Mel check the box at each visit.

STEP 6
What: Beth will take her tablets when the alarm goes, so she does not have a fit while she is
      caring for Alfie.
Who:  Beth
When: 8am and 8pm every day
How we will know: The right slots in the pill box are empty at each visit. Tom's fit diary shows
      no missed tablets.

STEP 7
What: Liam will give Alfie his bath and do his last bottle at night.
Who:  Liam
When: Every evening at 6.30pm
How we will know: Liam fills in the bath and bottle chart on the fridge. Kezia looks at it each week.

STEP 8
What: Jenny will be at the flat with Beth and Alfie in the mornings, when Beth's fits usually happen.
Who:  Jenny Trewin (Alfie's nan)
When: Monday to Friday, 8am to 1pm
How we will know: Jenny signs the visit book by the door. Kezia checks it each week.

STEP 9
What: Sarah will weigh Alfie and watch Beth give him a bottle.
Who:  Sarah Hocking, health visitor
When: Every week until Alfie is 6 months old, then every 2 weeks
How we will know: Alfie's weight is in his red book. It goes up to the 25th centile by December.

STEP 10
What: The practice nurse will give Alfie his 16 week jabs.
Who:  Practice nurse, Penmarrow Surgery
When: By Friday 26 September 2025
How we will know: The jabs are written in Alfie's red book.

STEP 11
What: Kezia will come to see Alfie at home. She will look at where he sleeps, watch a feed, and
      talk to Beth and Liam. Some visits will be when only Beth is home.
Who:  Kezia Nance, social worker
When: Every week until the review meeting
How we will know: Kezia writes down what she saw at each visit and tells you at the end of the visit.

STEP 12
What: Kezia will do a parenting assessment with Beth and Liam (it is called PAMS). It uses pictures.
      Mel will help Beth with it.
Who:  Kezia Nance, social worker
When: Report finished by Friday 14 November 2025
How we will know: You get the report in easy words. It goes to the core group on 19 November.

STEP 13
What: Beth will go to the "Little Steps" group for parents who learn in a different way. It teaches
      baby care, play and safe sleep.
Who:  Beth, with Sue Penrose, Halvercombe Family Hub
When: Every Thursday morning for 8 weeks, from Thursday 2 October 2025
How we will know: Sue keeps the sign-in sheet and writes to Kezia at the end about what Beth learned.


WHAT IF THINGS GO WRONG?
------------------------
If Beth has a fit while she is on her own with Alfie, or misses her tablets for a whole day:
- Liam or Jenny will look after Alfie straight away.
- Beth will not be on her own with Alfie until Tom has seen her.
- Kezia will have a meeting with the police and health the same day (a strategy discussion).

If Jenny cannot come in the morning (if she is ill or on holiday):
- Liam will stay at home that morning. His boss at Tregew Garden Centre has said this is OK.
- If Liam cannot stay home, Alfie will go to Sandra Carne at 6 Quay Street for the morning.
- If Sandra cannot have him either, Kezia will find a foster carer to look after Alfie that day.

If things do not get better:
If Alfie gets hurt again, or his weight drops below the 9th centile again, or the PAMS report says
Beth and Liam cannot keep Alfie safe even with help, Kezia will ask her manager for a legal planning
meeting. This is a meeting with the council's lawyer about whether to go to court. We will tell you
first, and you can get your own solicitor.


WHEN WILL WE MEET?
------------------
Core group meetings (you, Liam, Kezia, Mel, Tom, Sarah and Jenny):
  every 4 weeks at Halvercombe Family Hub, 10.30am
  Wednesday 24 September, Wednesday 22 October and Wednesday 19 November 2025.
Review child protection conference: Wednesday 3 December 2025, 10am, Halvercombe Guildhall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Mother with PTSD and depression after domestic abuse: landscape table
#    with the outcome merged down over its actions; the mental health rows
#    only treat her, one outcome is hers alone (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b57_hollowmarsh_da_trauma_outcome_merged_brennan.docx",
    "doc_title": "Child Protection Plan - Maisie and Finn Brennan",
    "split": "tune",
    "actions": 12,
    "template": "icpc-plan-docx-landscape-reasons-views-strengths-then-outcome-for-the-children-merged-down-action-who-by-when-how-will-we-know-table",
    "description": (
        "Initial conference plan for an 11-year-old and a 6-year-old after their father's violence; "
        "their mother has PTSD and depression and some days cannot get out of bed, so the 11-year-old "
        "runs the mornings. Landscape table with 'Outcome for the children' merged down over each "
        "outcome's actions (four real vertical merges). Faults: the CMHT care coordinator and Talking "
        "Therapies only support and treat Natalie (H001 x2), one outcome is only about Natalie (F002), "
        "the grandmother's school run 'as and when' and counselling 'TBC' (T002 x2), 'All "
        "professionals' (W002), an empty measure (M001), 'progress to be monitored' (M002), two "
        "relatives carry part of the plan but the contingency never says what happens if they cannot "
        "(C003), and no legal step (R002). The GP and IDVA rows are not H001."
    ),
    "landscape": True,
    "check_vmerge": 4,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Hollowmarsh City Council · Children's Social Work Service · Safeguarding Team East"),
        ("table", {
            "header": ["Children", "Parents", "Conference", "Social worker"],
            "widths": [6.4, 6.4, 6.4, 6.5],
            "rows": [
                ["Maisie Brennan (11), Year 7, Hollowmarsh Academy\nFinn Brennan (6), Year 2, Thornfield "
                 "Primary",
                 "Natalie Brennan (34), mother – the children live with her at 4 Larkspur Close\nRyan Brennan "
                 "(37), father – left the home 14/06/2025; non-molestation order to 13/06/2026",
                 "Initial CPC, Monday 20/10/2025\nCategory: emotional abuse\nChair: Graham Eastlake",
                 "Kate Fennimore\nTeam manager: Rhian Lowe"],
            ],
        }),
        ("h1", "Reasons for the plan"),
        ("p", "Natalie was abused by Ryan for most of their twelve-year relationship. On 13/06/2025 he "
              "strangled her in the kitchen while Maisie was on the stairs; Maisie rang 999. Ryan was "
              "charged and is on bail awaiting trial. Since then Natalie has been diagnosed with "
              "post-traumatic stress disorder and depression. She has flashbacks and panic attacks, sleeps "
              "badly and on some days cannot get out of bed. On those days Maisie gets Finn up, dressed and "
              "to school and then goes to school late herself; she has been late 19 times this half-term. "
              "Finn's teacher says he has started hitting other children when they shout."),
        ("p", "Natalie is open to the Hollowmarsh Adult Community Mental Health Team and is on sertraline "
              "from her GP. She has been offered trauma-focused therapy by Hollowmarsh Talking Therapies. "
              "Ryan has sent Natalie messages through a friend since he left, asking to see the children."),
        ("h1", "What Maisie and Finn have told us"),
        ("p", "Maisie (seen at school, 09/10/2025): \"I'm not scared of Dad any more because he's not there. "
              "I'm scared about Mum. Some days she just cries and I have to do everything.\" She said she "
              "would like \"someone to talk to who isn't a teacher\" and that she wants to be in the netball "
              "team but can't stay after school because of Finn."),
        ("p", "Finn (seen at home, 14/10/2025) drew his family with Dad \"far away in the sea\". He said: "
              "\"Maisie makes my toast. Mummy is sleepy.\" He said he does not want to see his dad \"unless "
              "he says sorry to Mummy\"."),
        ("h1", "Natalie's views"),
        ("p", "Natalie agreed with the plan. She said: \"I know Maisie's doing too much. I want to be their "
              "mum again, but I need to get myself right first.\""),
        ("h1", "Strengths"),
        ("bullets", [
            "Natalie protected the children by supporting the prosecution and the non-molestation order.",
            "The children are warm and close with their mum, and Maisie and Finn look out for each other.",
            "Natalie's mum Irene and her sister Claire live nearby and both want to help.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Outcome for the children", "Action", "Who", "By when", "How will we know"],
            "widths": [5.0, 7.4, 4.2, 3.6, 5.5],
            "rows": [
                ["1. Maisie and Finn are safe from their dad's violence and know what to do if he comes "
                 "to the house.",
                 "Safety plan with Natalie covering Maisie and Finn: what to do if Ryan comes to the house, "
                 "who to ring, and a code word for the children",
                 "Ayesha Kaur, IDVA, Safer Hollowmarsh",
                 "31/10/2025",
                 "Written safety plan on file; the children's part shared with both schools"],
                [V,
                 "Safety work with Maisie and Finn, seen separately, so each knows how to get help (999, "
                 "the code word, the trusted adult at school)",
                 "Kate Fennimore, SW",
                 "14/11/2025",
                 "Each child can tell the SW their plan; both have their own safety card"],
                [V,
                 "Tell the social worker the same day about any contact from Ryan, including messages "
                 "through friends or sightings near either school",
                 "All professionals",
                 "Same day",
                 "Each contact logged on the children's file"],
                ["2. Natalie will feel safer, sleep better and her PTSD symptoms will reduce.",
                 "Continue care coordination with weekly support visits for Natalie's low mood and panic "
                 "attacks",
                 "Dev Joshi, CPN, Adult CMHT",
                 "Weekly",
                 "Visits attended, recorded on the CMHT diary"],
                [V,
                 "Twelve sessions of trauma-focused CBT for Natalie at the Talking Therapies clinic",
                 "Lucy Mandeville, Hollowmarsh Talking Therapies",
                 "Weekly from 10/11/2025",
                 "Attendance record sent to the SW every four weeks"],
                [V,
                 "Review Natalie's sertraline and her sleep, and write to the CMHT and the social worker",
                 "Dr Farah Siddiqui, GP, Marsh Lane Surgery",
                 "07/11/2025",
                 "Letter on the GP record, copied to the SW"],
                ["3. Maisie can be a child again: she is not the one getting Finn ready for school or "
                 "looking after her mum.",
                 "Young carer's assessment for Maisie of the jobs she does at home and what would help her",
                 "Lee Darnell, Hollowmarsh Young Carers",
                 "28/11/2025",
                 ""],
                [V,
                 "Give Finn a place at breakfast club every school day so he does not rely on Maisie in the "
                 "mornings",
                 "Mr Kwame Osei, DSL, Thornfield Primary",
                 "From 03/11/2025",
                 "Breakfast club register shows Finn in on at least 4 days a week"],
                [V,
                 "Take Finn to school on the mornings Natalie is not able to",
                 "Irene Hale (maternal grandmother)",
                 "As and when needed",
                 "School office notes who brought Finn in; Maisie's late marks fall to none a week"],
                [V,
                 "Have Maisie and Finn for tea and homework after school so Maisie can go to netball "
                 "practice",
                 "Claire Hale (maternal aunt)",
                 "Every Wednesday and Friday",
                 "Netball register shows Maisie at practice; Claire's calendar seen by the SW"],
                ["4. Maisie and Finn get help with what they saw and heard at home, and Finn's anger at "
                 "school is understood.",
                 "Counselling for Maisie with the academy's school counsellor",
                 "Mrs Jan Pike, pastoral lead, Hollowmarsh Academy",
                 "TBC – Maisie is on the waiting list",
                 "Sessions attended, shared with the SW at each core group"],
                [V,
                 "Direct work with Finn about what he saw and heard at home, using feelings cards and play",
                 "Kate Fennimore, SW",
                 "Fortnightly from 05/11/2025",
                 "Finn's progress to be monitored"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Ryan comes to Larkspur Close or contacts Natalie or the children, Natalie will ring 999 "
              "straight away and the police will attend. Kate Fennimore (or the emergency duty team out of "
              "hours) will hold a strategy discussion the same day. If Ryan breaches the order a second time, "
              "Ayesha Kaur will arrange a refuge place for Natalie and the children that day."),
        ("p", "If Natalie's mental health gets so bad that she cannot care for the children, or she talks "
              "about harming herself, the CMHT crisis team will assess her the same day and Maisie and Finn "
              "will stay with Irene Hale at 27 Heron Way."),
        ("h1", "Core group and review"),
        ("p", "The core group will meet every four weeks at Thornfield Primary at 3.30pm: 03/11/2025, "
              "01/12/2025 and 05/01/2026. The review child protection conference will be on Monday "
              "19/01/2026 at 10am, Hollowmarsh Civic Offices."),
    ],
    "findings": [
        F("W002", "Tell the social worker the same day about any contact"),
        F("H001", "Continue care coordination with weekly support visits for Natalie's"),
        F("H001", "Twelve sessions of trauma-focused CBT for Natalie"),
        F("M001", "Young carer's assessment for Maisie of the jobs"),
        F("T002", "Take Finn to school on the mornings Natalie is not able to"),
        F("T002", "Counselling for Maisie with the academy's school counsellor"),
        F("M002", "Direct work with Finn about what he saw and heard"),
        F("F002", "Natalie will feel safer, sleep better and her PTSD symptoms will reduce."),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Review conference plan, neglect, with only hard negatives about health:
#    the mother's depression ended years ago, "no current concerns", the
#    grandmother's COPD, the boy's own epilepsy, a school nurse's sick leave.
#    Landscape paged PDF with header and footer, Ref | Area of need | Action |
#    Lead person | Timescale | Evidence of progress
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b57_haddleworth_rcpc_area_of_need_ref_ashdown.pdf",
    "doc_title": "Review Child Protection Plan - Tyler and Lacey Ashdown",
    "split": "tune",
    "actions": 10,
    "template": "rcpc-plan-paged-landscape-header-footer-summary-health-background-then-ref-area-of-need-action-lead-person-timescale-evidence-of-progress-table",
    "description": (
        "First review conference plan for a 9-year-old with epilepsy and a 5-year-old (neglect: home "
        "conditions, the boy's epilepsy medicine missed, dental decay, attendance). Landscape PDF with "
        "header and page footer, Ref | Area of need | Action | Lead person | Timescale | Evidence of "
        "progress. Hard negatives for F004: the mother's postnatal depression in 2016 that has resolved "
        "with 'no current concerns', the partner's 'no drink or drugs', the grandmother's COPD, the "
        "boy's own epilepsy, the school nurse's sick leave; no adult service acts and none is needed. "
        "Faults: a dash for the lead (W001), 'Family' (W002), a blank timescale (T001), 'Ongoing' "
        "(T002), a blank evidence cell (M001), 'improvement' and 'engagement' (M002 x2), children's "
        "views not obtained (F003), a contingency with no specific trigger (C002), review conference "
        "date to be confirmed (R001). The legal step on insufficient progress is there (no R002)."
    ),
    "header": "OFFICIAL – SENSITIVE · Haddleworth Metropolitan Borough Council · Children's Social Care",
    "footer": "Review child protection plan – Tyler and Lacey Ashdown – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("kv", [
            ("Children", "Tyler Ashdown (9), Year 5, Moorside Primary; Lacey Ashdown (5), Reception, Moorside "
                         "Primary"),
            ("Mother", "Kerry Ashdown (33)"),
            ("Mother's partner", "Jason Pike (36), living at the address since March 2025"),
            ("Father", "Craig Ashdown, lives in Paisley; no contact since 2021"),
            ("Address", "41 Weaver Street, Haddleworth"),
            ("Review conference", "Thursday 23/10/2025 (first review; plan started 24/07/2025)"),
            ("Category", "Neglect – plan continues"),
            ("Social worker", "Ravi Sandhu"),
            ("Independent chair", "Margaret Oyelaran"),
        ]),
        ("h1", "1. Summary of the last three months"),
        ("p", "The children became subject to plans in July after Tyler had two seizures at school in a "
              "fortnight. His pharmacy record showed that his levetiracetam had not been collected for five "
              "weeks. Home conditions at the initial conference were very poor: the back bedroom was full of "
              "rubbish bags, both children shared a mattress on the floor and there was dog mess in the yard. "
              "Lacey needs four teeth out under general anaesthetic. Since July the house has been partly "
              "cleared and Tyler's medicine has been collected on time in September and October. The "
              "children's attendance is 88% (Tyler) and 84% (Lacey)."),
        ("h1", "2. Health background"),
        ("p", "Tyler has epilepsy, diagnosed in 2022, and is under the paediatric neurology clinic at "
              "Haddleworth Children's Hospital. With his medicine taken twice a day he has had no seizures "
              "since 12/08/2025."),
        ("p", "Kerry had postnatal depression after Tyler was born in 2016. She was treated by her GP for "
              "about a year and has been well since 2017. Her GP wrote to conference that there are no "
              "current concerns about her mental health and she takes no medication. Jason says he does not "
              "drink or use drugs, and there is no information from any agency to suggest otherwise."),
        ("p", "Kerry's mother, Maureen Ashdown, used to help with the school run but has COPD and has been "
              "on oxygen at home since the summer, so she can no longer do this."),
        ("p", "The school nurse, Gill Baxter, has been on sick leave since September. The school nursing "
              "team has allocated Priya Nair to the children until she returns."),
        ("h1", "3. Children's views"),
        ("p", "Not obtained for this conference. The social worker had not seen the children alone since "
              "August and will see them before the first core group."),
        ("h1", "4. What needs to change for Tyler and Lacey"),
        ("bullets", [
            "Tyler has his epilepsy medicine every morning and every evening and goes to all his clinic "
            "appointments, so his seizures stay controlled.",
            "Tyler and Lacey each have their own bed in a clean, safe room.",
            "Lacey's teeth are treated and she is no longer in pain when she eats.",
            "Both children are in school every day and on time.",
        ]),
        ("h1", "5. The plan"),
        ("table", {
            "header": ["Ref", "Area of need", "Action", "Lead person", "Timescale", "Evidence of progress"],
            "widths": [1.3, 3.0, 7.3, 4.0, 3.6, 6.5],
            "rows": [
                ["1", "Health – Tyler",
                 "Give Tyler his levetiracetam at 8am and 8pm and tick the medication chart on the kitchen "
                 "cupboard",
                 "Kerry Ashdown",
                 "Twice daily",
                 "Chart seen by the SW at each visit; pharmacy confirms monthly collection"],
                ["2", "Health – Tyler",
                 "Take Tyler to his neurology clinic appointment at Haddleworth Children's Hospital",
                 "Kerry Ashdown",
                 "14/11/2025",
                 "Clinic letter copied to the SW and GP"],
                ["3", "Health – Tyler",
                 "Tyler's individual healthcare plan at school to be checked and updated with his current "
                 "dose and seizure plan",
                 "-",
                 "By 28/11/2025",
                 "Updated healthcare plan copied to the SW and Kerry"],
                ["4", "Health – Lacey",
                 "Health review for Lacey including height, weight and hearing",
                 "Priya Nair, school nurse",
                 "By 21/11/2025",
                 "Health review summary sent to the SW"],
                ["5", "Health – Lacey",
                 "Take Lacey to the dental hospital pre-assessment so her extractions can be booked",
                 "Kerry Ashdown",
                 "",
                 "Letter from the dental hospital confirming the operation date"],
                ["6", "Home conditions",
                 "Clear the back bedroom and set it up as a bedroom for Tyler",
                 "Kerry Ashdown and Jason Pike",
                 "By 30/11/2025",
                 "Improvement in home conditions"],
                ["7", "Home conditions",
                 "Apply to the Haddleworth Local Welfare Fund for two beds and bedding",
                 "Ravi Sandhu, SW",
                 "By 07/11/2025",
                 "Beds delivered and seen by the SW on the next visit"],
                ["8", "Home conditions / routines",
                 "Sessions with Kerry and Jason on daily routines, cleaning and getting the children ready "
                 "for school",
                 "Shelley Ward, family support worker",
                 "Ongoing",
                 "Engagement with FSW sessions"],
                ["9", "Education",
                 "Get both children to school on time every day",
                 "Family",
                 "Daily",
                 "School register shows attendance above 95% for each child each half-term"],
                ["10", "Overview",
                 "Visit the home and see the children alone at every other visit",
                 "Ravi Sandhu, SW",
                 "Every 2 weeks",
                 ""],
            ],
        }),
        ("h1", "6. Contingency"),
        ("p", "If there are further concerns about the children's care, or the plan is not followed, the "
              "social worker will discuss this with the team manager and the core group will meet to "
              "consider next steps."),
        ("p", "If there is not enough progress against the plan by the next review conference, the social "
              "worker will request a legal planning meeting."),
        ("h1", "7. Core group and review"),
        ("p", "Core group meetings monthly at Moorside Primary, 9.15am: Thursday 06/11/2025, Thursday "
              "04/12/2025 and Thursday 08/01/2026."),
        ("p", "Next review child protection conference: date to be confirmed."),
    ],
    "findings": [
        F("W001", "individual healthcare plan at school to be checked and updated"),
        F("T001", "Take Lacey to the dental hospital"),
        F("M002", "Clear the back bedroom and set it up as a bedroom"),
        F("T002", "Sessions with Kerry and Jason on daily routines"),
        F("M002", "Sessions with Kerry and Jason on daily routines"),
        F("W002", "Get both children to school on time every day"),
        F("M001", "Visit the home and see the children alone"),
        F("F003"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Plan built around the mother's needs: owner-first bullets, most of them
#    about her own treatment, housing and benefits (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b57_hamblecote_mums_needs_owner_first_bullets_varley.md",
    "split": "tune",
    "actions": 9,
    "template": "icpc-plan-md-short-headings-family-worries-skyes-words-outcomes-then-what-needs-to-happen-owner-first-bullet-sentences-contingency-meetings",
    "description": (
        "Initial conference plan for a 4-year-old and a 7-month-old after their mother (emotionally "
        "unstable personality disorder and depression) took an overdose with the children in the flat. "
        "Nine owner-first bullets under 'What needs to happen'; six are about Jodie's own treatment, "
        "groups, GP, housing and benefits and never mention the children (F001). The CMHT care "
        "coordinator only supports and the psychiatrist only reviews medication (H001 x2); two of the "
        "three outcomes are only about Jodie (F002 x2); the SW will 'keep an eye on' the home (M002); "
        "the HV visits 'on an ongoing basis' (T002); the contingency is specific but there is no legal "
        "step (R002). The CMHT owns actions, so no F004."
    ),
    "text": """\
# Child Protection Plan: Skye and Harley Varley

Hamblecote County Council, Children and Family Services (South Area Team)

Initial child protection conference held on Tuesday 28 October 2025.
Category: neglect. Social worker: Becky Lund. Chair: Desmond Achterberg.

## Family

- Skye Varley, 4, goes to Rainbow Nursery every weekday morning
- Harley Varley, 7 months
- Jodie Varley, 26, mum. The children live with her at Flat 3, Canal View, Hamblecote.
- Connor Mabbott is the children's dad. He moved to Spain in 2024 and has had no contact since.
- Steve Varley, Jodie's dad, lives in Lower Hamblecote.

## Why we are worried

Jodie has a diagnosis of emotionally unstable personality disorder and depression and is
open to the Hamblecote Community Mental Health Team. On 4 October she took an overdose of
her tablets in the afternoon while Skye and Harley were in the flat. Skye went to the
neighbour and said "Mummy won't wake up". Harley was in his cot and had not been changed or
fed since the morning. Jodie spent two nights in hospital.

Jodie has told the CMHT she has been self-harming most weeks since the summer. The flat is
damp and has one bedroom, and Jodie has rent arrears of £1,400. She says money worries
and being alone with two small children are her biggest triggers.

## What Skye says and what Harley's day is like

Skye told Becky at nursery on 21 October: "Mummy was asleep on the floor and I got Auntie
Pam from next door. I was a bit scared." She said she likes it when Grandad Steve comes
round "because he does silly voices". Asked what would make home better, she said "Mummy
not being sad".

Harley smiles and babbles at visitors. On Becky's visit on 16 October he was in the same
vest as the day before, and he drank his bottle very quickly. He is rolling and trying to sit.

## Outcomes

- Jodie's mental health will be stable and she will be able to manage her emotions.
- Jodie will be rehoused and her debts and benefits will be sorted out.
- Skye and Harley are safe, fed and well cared for every day, and Harley is growing well.

## What needs to happen

- Paul Ingram (care coordinator, Hamblecote CMHT) will visit Jodie every week to support her with her mood and help her use her crisis plan, with each visit recorded on the CMHT system.
- Dr Sonia Achebe (consultant psychiatrist) will review Jodie's medication at outpatients by 28 November 2025 and write to the GP with any changes.
- Jodie will go to the Hamblecote Women's Centre wellbeing group every Tuesday morning from 4 November, with her attendance recorded by the group leader.
- Jodie will see her GP, Dr Ellen Marsh, every two weeks about her sleep and self-harm, and the GP will send a short summary to the CMHT after each appointment.
- Amy Kettering (housing officer, Hamblecote Homes) will complete Jodie's application for a two-bedroom transfer by 14 November 2025, and put a copy of the confirmation letter on file.
- Tom Bright (welfare rights adviser, Citizens Advice Hamblecote) will help Jodie make a PIP claim and a debt plan for her arrears by 28 November 2025, with the claim reference and the plan copied to Jodie.
- Becky Lund (social worker) will visit the flat every two weeks, see Skye and Harley and keep an eye on the home conditions.
- Nina Shah (health visitor) will see Harley at home, weigh him and record his weight in the red book, on an ongoing basis.
- Kim Tate (Skye's key worker at Rainbow Nursery) will note Skye's attendance and how she presents each day and email Becky a summary every Friday.

## Contingency

If Jodie self-harms, takes an overdose or tells anyone she is having thoughts of ending her
life while the children are in her care, Skye and Harley will go to Steve Varley's house that
day, and Becky (or the emergency duty team) will hold a strategy discussion the same day. If
Steve cannot have them, Becky will arrange an emergency foster placement.

## Meetings

- Core group every four weeks at Hamblecote Family Centre, 1pm: Tuesday 11 November 2025,
  Tuesday 9 December 2025 and Tuesday 6 January 2026.
- Review child protection conference: Tuesday 20 January 2026, 10am, Hamblecote County Hall.
""",
    "findings": [
        F("H001", "visit Jodie every week to support her with her mood"),
        F("H001", "will review Jodie's medication at outpatients by 28 November 2025"),
        F("M002", "see Skye and Harley and keep an eye on the home"),
        F("T002", "see Harley at home, weigh him and record his weight"),
        F("F002", "Jodie's mental health will be stable and she will be able to manage her emotions."),
        F("F002", "Jodie will be rehoused and her debts and benefits will be sorted out."),
        F("F001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Mother with multiple sclerosis, 13-year-old young carer: family-friendly
#    portrait PDF with a page footer; the MS nurse and adult social care are
#    only places Sandra goes, the family carries the plan and there is no
#    contingency at all
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b57_hawksthorpe_young_carer_family_table_kell.pdf",
    "doc_title": "Our plan for Jack and Ruby Kell",
    "split": "tune",
    "actions": 9,
    "template": "icpc-family-friendly-plan-paged-portrait-footer-question-headings-jacks-words-then-what-needs-to-happen-who-will-do-it-when-how-well-know-its-working-table-meetings",
    "description": (
        "Initial conference plan, written for the family, for a 13-year-old young carer and his "
        "6-year-old sister; their mother has progressive multiple sclerosis and falls, and their father "
        "works offshore two weeks in four. Her MS nurse, neurologist, GP and adult social care are "
        "described only as places she goes, and no adult service owns an action (F004). The aunt, "
        "uncle and father's family rota carry the evenings and school runs, and there is no "
        "contingency at all (C001 with C003). Action faults: a blank 'When' (T001), 'When Sandra is "
        "able' (T002), 'Everyone in the network' (W002), 'engagement' as the measure (M002); no legal "
        "step anywhere (R002). Jack's own asthma is a hard negative."
    ),
    "footer": "Our plan for Jack and Ruby – Hawksthorpe Children's Services – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Our plan for Jack and Ruby"),
        ("p", "Hawksthorpe District Council · Children's Services · Family Safeguarding Team West"),
        ("p", "This plan was agreed at the child protection conference on Monday 17 November 2025. We have "
              "written it for Sandra, Darren, Jack and Ruby, so we have tried to keep the words plain. If "
              "anything is not clear, please ask Callum."),
        ("kv", [
            ("Jack Kell", "13, Year 9 at Hawksthorpe High School"),
            ("Ruby Kell", "6, Year 2 at Hawksthorpe Primary School"),
            ("Sandra Kell", "Mum, 44"),
            ("Darren Kell", "Dad, 46; works offshore, two weeks on and two weeks off"),
            ("Home", "9 Tennyson Road, Hawksthorpe"),
            ("Social worker", "Callum Reid, 01652 771 309"),
            ("Plan category", "Neglect"),
        ]),
        ("h1", "Why are we worried?"),
        ("p", "Sandra has progressive multiple sclerosis. Over the last year she has become much weaker and "
              "very tired, and she now uses a wheelchair most of the time indoors. She sees the MS nurse at "
              "Hawksthorpe General every three months and her neurologist once a year, and her GP prescribes "
              "her medication. She told us she is waiting for adult social care to assess her for carers, "
              "but nobody has come yet."),
        ("p", "When Darren is offshore, Jack does most of the looking after. He helps his mum out of bed "
              "and onto the toilet, gives her tablets, cooks tea and gets Ruby to school. On 22 October "
              "Sandra fell in the bathroom while Jack was at school and Ruby was at home with a cold. Ruby "
              "could not lift her, and Sandra was on the floor for three hours until Jack came home. Jack "
              "has been late to school 26 times this term and has missed 14 days. He fell asleep in two "
              "lessons last week. Ruby missed her hearing test at the audiology clinic in September."),
        ("p", "Jack also has mild asthma. It is well controlled with his inhalers and is not a worry."),
        ("h1", "What is going well?"),
        ("bullets", [
            "Sandra, Darren, Jack and Ruby are a close, loving family, and the children are proud of their mum.",
            "Darren does all of Sandra's care and the school runs when he is home.",
            "Sandra's sister Tracey and brother Neil live nearby and want to help more.",
            "Ruby's attendance is good when Darren is at home.",
        ]),
        ("h1", "What do Jack and Ruby say?"),
        ("p", "Jack (talking to Callum at school on 10 November): \"I don't mind helping Mum, she's my mum. "
              "But I'm tired all the time and I got dropped from the football team because I kept missing "
              "training. I worry about her when I'm at school. I check my phone in every lesson.\" Jack said "
              "he would like someone else to help his mum get up in the mornings \"so I can just get myself "
              "ready like everyone else\"."),
        ("p", "Ruby (at home on 12 November) showed Callum her drawing of \"Mummy falling down\" and said, "
              "\"I tried to help but she was too heavy. I got her a pillow.\" She said she likes it when "
              "Auntie Tracey makes pancakes."),
        ("h1", "What do we want for Jack and Ruby?"),
        ("bullets", [
            "Jack has time to be 13: he gets to school on time, sleeps properly and can play football again.",
            "Jack does not have to wash his mum, take her to the toilet or lift her.",
            "Ruby is never left to look after her mum, gets to school every day, and has her hearing "
            "checked.",
        ]),
        ("h1", "What needs to happen?"),
        ("table", {
            "header": ["What needs to happen", "Who will do it", "When", "How we'll know it's working"],
            "widths": [6.6, 3.6, 3.0, 3.8],
            "rows": [
                ["Set up a rota with Tracey and Neil so there is an adult at the house every evening and "
                 "night when Darren is offshore, so Jack does not have to help his mum to bed",
                 "Darren Kell",
                 "Before his next trip on 01/12/2025",
                 "Rota on the fridge, seen by Callum at each visit"],
                ["Come to the house from 6pm to 9pm to cook tea and help Sandra to bed",
                 "Tracey Holmes (Sandra's sister)",
                 "Mondays, Wednesdays and Fridays while Darren is offshore",
                 "Jack tells Callum he has not had to do it; Tracey ticks the rota"],
                ["Take Ruby to school and collect her while Darren is offshore",
                 "Neil Holmes (Sandra's brother)",
                 "Every school day while Darren is offshore",
                 "School register shows Ruby in by 8.50am"],
                ["Young carer's assessment for Jack and a place at the Young Carers Thursday club",
                 "Dionne Clarke, Hawksthorpe Young Carers",
                 "By 05/12/2025",
                 "Assessment shared with Jack, his parents and Callum; Jack on the club register"],
                ["Weekly sessions with Jack to talk about how he is coping and catch up on the work he "
                 "has missed",
                 "Mr Aaron Lyle, learning mentor, Hawksthorpe High",
                 "Every Tuesday, period 5",
                 "Jack's engagement with the sessions"],
                ["Rebook Ruby's hearing test at the audiology clinic and take her to it",
                 "Sandra Kell",
                 "When Sandra is able",
                 "Clinic letter with Ruby's results sent to Callum"],
                ["Ask for a place for Ruby in the school's Sunflower nurture group",
                 "Mrs Rekha Patel, SENCo, Hawksthorpe Primary",
                 "",
                 "Place confirmed in a letter to Sandra and Darren"],
                ["Visit at home and see Jack and Ruby each on their own, at least one visit while Darren "
                 "is offshore",
                 "Callum Reid, social worker",
                 "Every 2 weeks",
                 "Callum's visit notes say what each child told him"],
                ["Let Callum know the same day if Jack is late or absent, or if he or Ruby says they are "
                 "worried about their mum",
                 "Everyone in the network",
                 "Same day",
                 "Each call logged on the children's file"],
            ],
        }),
        ("h1", "When will we meet?"),
        ("bullets", [
            "Core group meetings every four weeks at Hawksthorpe High, 4pm: Monday 1 December 2025, Monday 5 "
            "January 2026 and Monday 2 February 2026.",
            "Review child protection conference: Monday 16 February 2026, 10am, Hawksthorpe Council Offices.",
        ]),
        ("p", "Callum will send everyone a copy of this plan by Friday 21 November 2025."),
    ],
    "findings": [
        F("T001", "Ask for a place for Ruby in the school's Sunflower nurture group"),
        F("T002", "Rebook Ruby's hearing test at the audiology clinic"),
        F("W002", "Let Callum know the same day if Jack is late"),
        F("M002", "talk about how he is coping and catch up"),
        F("F004"),
        F("C001"),
        F("C003"),
        F("R002"),
    ],
})
