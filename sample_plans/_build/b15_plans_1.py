"""Batch 15, module 1: seven fictional files (tuning material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
Five plans are exemplary; two are mostly good with one or two realistic faults.
"""
from build_batch5 import F, V, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Welsh council: Now / Next / Later horizons, bilingual headings, owners as
#    initials with a key at the top (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b15_kilbrenin_now_next_later_bilingual_beynon.docx",
    "doc_title": "Cynllun Amddiffyn Plant / Child Protection Plan - Efa Beynon",
    "split": "tune",
    "template": "now-next-later-horizons-bilingual-headings-initials-key",
    "description": (
        "Exemplary ICPC plan for a 7-year-old (neglect; mother's depression, partner's cocaine use) from "
        "a Welsh council, with Welsh/English headings, a key of initials at the top and actions as "
        "sentences grouped under Now / Next / Later horizons: owners as initials, timescales as dates, "
        "events and 'before the end of the summer term', measures as what someone will see; CMHT asked "
        "to assess capacity to change, drug service owning actions, grandmother's support covered in "
        "the contingency, core group and review dates, legal planning meeting."
    ),
    "blocks": [
        ("title", "Cynllun Amddiffyn Plant / Child Protection Plan"),
        ("p", "Cyngor Sir Kilbrenin – Gwasanaethau Plant / Kilbrenin County Council – Children's Services"),
        ("kv", [
            ("Plentyn / Child", "Efa Beynon, born 14/02/2018 (7 years), Year 2, Ysgol Pen-y-Bryn"),
            ("Yn byw gyda / Lives with", "Carys Beynon (mam / mum) and Rhodri Hale (Carys's partner), "
                                         "3 Heol y Nant, Kilbrenin"),
            ("Cynhadledd / Conference", "Cynhadledd amddiffyn plant gychwynnol / Initial child protection "
                                        "conference, 22/05/2025"),
            ("Categori / Category", "Esgeulustod / Neglect"),
            ("Iaith / Language", "Efa speaks Welsh at school and English at home. She chose to talk to her "
                                 "social worker in Welsh."),
        ]),
        ("boldp", "Pwy yw pwy / Who is who (initials used in this plan)"),
        ("bullets", [
            "EJ = Elin Jenkins, gweithiwr cymdeithasol / social worker, Kilbrenin Children's Services",
            "HP = Huw Parry, family support worker, Tŷ Teulu Kilbrenin family centre",
            "MR = Menna Rees, designated safeguarding lead (DSL), Ysgol Pen-y-Bryn",
            "DC = Dr Dafydd Cole, consultant psychiatrist, Kilbrenin Community Mental Health Team (CMHT)",
            "SM = Sioned Morgan, drug and alcohol worker, Kilbrenin Substance Misuse Service (KSMS)",
            "GN = Gwen Nicholas, Efa's nain (Carys's mum)",
            "Carys and Rhodri are written in full.",
        ]),
        ("h1", "Pam rydyn ni'n poeni / Why we are worried"),
        ("p", "Since January Efa has been late or absent on 21 school days, and twice she has been found "
              "waiting outside the house after school because nobody answered the door. Carys has "
              "depression. She told her GP in April that on some days she cannot get out of bed, and she "
              "has missed two CMHT appointments. Rhodri uses cocaine at weekends; on 10 May police found "
              "him asleep on the sofa at 4pm while Efa was alone in the kitchen making herself a sandwich. "
              "On three of five visits the house was cold and there was very little food."),
        ("h1", "Beth sy'n mynd yn dda / What is going well"),
        ("p", "Carys loves Efa and Efa loves her mam. Carys agreed with everything said at conference and "
              "restarted her medication the week before. Nain Gwen lives two streets away and has looked "
              "after Efa safely many times. Efa's teacher says she is a bright, chatty girl who reads "
              "above her age."),
        ("h1", "Llais Efa / What Efa says"),
        ("p", "EJ saw Efa on her own at school on 15 May and they talked in Welsh. Efa said \"Mae Mam yn "
              "drist weithiau\" (Mum is sad sometimes) and that when Mam stays in bed she makes her own "
              "breakfast, \"toast if there's bread\". She likes going to Nain's \"because it's warm and we "
              "have cawl\". Asked what would make home better, she said \"Mam getting up in the morning and "
              "Rhodri not being grumpy on Sundays\". She asked that the other children in her class are "
              "not told about the plan."),
        ("h1", "Beth rydyn ni eisiau ar gyfer Efa / What we want for Efa"),
        ("bullets", [
            "Efa gets to school by 8.50am every day with breakfast inside her, and is collected on time.",
            "Whenever Efa is at home there is an adult who is awake, sober and able to look after her.",
            "Efa's home is warm, with food in the cupboards, and she is in a clean bed by 8pm on school nights.",
            "In Carys's words: \"I want Efa to come home from school to a warm house and her tea on the "
            "table, like other kids.\"",
        ]),
        ("h1", "Beth fydd yn digwydd / What will happen"),
        ("h2", "Nawr – y pythefnos cyntaf / Now – the first two weeks (to 6 June 2025)"),
        ("bullets", [
            "EJ will visit Efa at home every week from the week of 26 May, at least one visit in two "
            "unannounced; she will see Efa on her own and look at her bedroom and the food cupboards, and "
            "her visit records will set out what Efa said and what EJ saw.",
            "Carys will walk Efa to school for 8.50am every school day from Monday 2 June, and the class "
            "register will show Efa arriving on time.",
            "MR will see Efa at breakfast club every morning from 2 June and ring EJ the same day if Efa "
            "arrives hungry, late or upset; each call will be written on the school's safeguarding log.",
            "DC will see Carys at the CMHT by 6 June 2025, check she is taking her medication and begin "
            "an assessment of how her depression affects her care of Efa; his letter to EJ and the GP "
            "after that appointment will say what he found and what happens next.",
            "SM will assess Rhodri's drug use by 6 June 2025 and send EJ a copy of the plan they agree, "
            "including how he will make sure he is never in charge of Efa after using.",
            "GN will collect Efa from school every Tuesday and Thursday from 3 June and give her tea and a "
            "bath at her house; the school's collection book will show Nain's signature on those days.",
        ]),
        ("h2", "Nesaf – erbyn y grŵp craidd ar 3 Gorffennaf / Next – by the core group on 3 July 2025"),
        ("bullets", [
            "HP will do six weekly sessions at home with Carys on morning and bedtime routines, starting "
            "9 June; by the sixth session Efa's sticker chart on the fridge will show breakfast eaten and "
            "bed by 8pm on at least five school nights a week.",
            "Rhodri will go to his KSMS session every Wednesday and give a drug test at each one, so that "
            "he is never under the influence when Efa is at home; SM will send EJ his attendance and test "
            "results every Friday.",
            "The school nurse will check Efa's height, weight and teeth before the end of the summer term "
            "and send the results to EJ and Carys, with a dentist appointment booked if a problem is found.",
            "EJ will start the parenting assessment by 16 June 2025, including two teatimes she observes at "
            "home, and go through the first part with Carys and Rhodri before the core group on 3 July.",
        ]),
        ("h2", "Yn nes ymlaen – erbyn y gynhadledd adolygu / Later – by the review conference on 21 August 2025"),
        ("bullets", [
            "DC will send EJ a written report by 8 August 2025 on whether Carys is able to make the "
            "changes Efa needs, what steps are still to come and how long they are likely to take; EJ "
            "will share it with the core group.",
            "EJ will finish the parenting assessment by 11 August 2025 and give a copy to Carys, Rhodri and "
            "the conference chair ten days before the review conference.",
            "HP will do the \"three houses\" with Efa in Welsh, as she asked, by 25 July 2025, and her "
            "drawings and words will be attached to EJ's report for the review conference.",
            "Carys will write a summer holiday plan with Nain by 18 July 2025 showing who looks after Efa "
            "on each weekday, and give a copy to EJ, who will check it at her next visit.",
        ]),
        ("h1", "Os nad yw'r cynllun yn cadw Efa'n ddiogel / If the plan is not keeping Efa safe"),
        ("p", "If Efa is found at home without an adult who is awake and sober, if Rhodri is found under the "
              "influence of drugs while Efa is in his care, or if Efa misses two school days in one week "
              "without a reason, EJ (or the out of hours team on 01632 960 418) will visit the same day and "
              "Efa will go to stay with Nain Gwen, who agreed to this at conference. If Nain is ill or cannot "
              "have Efa, Efa will be placed with approved foster carers that day, and EJ will ask the team "
              "manager for a legal planning meeting within five working days."),
        ("p", "If Nain cannot collect Efa on a Tuesday or Thursday she will ring the school office by 12 "
              "noon; Carys will collect Efa instead, and if she cannot, Efa will stay at the after-school "
              "club and MR will ring EJ by 3.30pm so that EJ or a duty worker collects her."),
        ("h1", "Cyfarfodydd / Meetings"),
        ("bullets", [
            "Grŵp craidd / Core group: every four weeks – 5 June, 3 July and 31 July 2025, 10am, at Tŷ "
            "Teulu Kilbrenin family centre.",
            "Cynhadledd adolygu / Review conference: 21 August 2025, 2pm, Neuadd y Sir / County Hall, "
            "Kilbrenin.",
            "Cynllunio cyfreithiol / Legal planning: if by the core group on 31 July Efa's attendance is "
            "still below 90%, or DC's report says Carys cannot make the changes within Efa's timescale, EJ "
            "will request a legal planning meeting (PLO) before the review conference.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Actions grouped under each worry statement, owner given once in a
#    "X will:" lead-in line with bullets under it (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b15_knapthorne_worry_who_will_marsh.md",
    "split": "tune",
    "template": "worry-statements-each-with-owner-lead-in-bullets-md",
    "description": (
        "Exemplary ICPC plan for a 5-month-old (father's drinking, unsafe sleep, domestic abuse, weight "
        "falling) in markdown. Actions sit under each worry statement, with the owner given once in a "
        "lead-in line ('The health visitor (Nadia Roper) will:', 'Jordan will:') and bullets below; "
        "measures in everyday words (red book chart, breath tests, notes in the changing bag), alcohol "
        "service and police owning actions, grandmother's overnights covered in a contingency with a "
        "refuge and foster care fallback, core group and review dates, legal planning meeting."
    ),
    "text": """\
# Teddy's Child Protection Plan

**Knapthorne Borough Council – Children's Social Care**

| | |
|---|---|
| Child | Teddy Marsh, born 2 January 2025 (5 months) |
| Lives with | Amber Marsh (mum, 19) and Jordan Kelly (dad, 24), 41 Cobden Walk, Knapthorne |
| Conference | Initial child protection conference, 3 June 2025 |
| Category | Neglect |
| Social worker | Dionne Fraser (team manager: Paul Ekwueme) |

## About Teddy

Teddy is a smiley baby who loves his bath and his baby gym. When Dionne visited on 28 May he
reached out for Amber and settled on her shoulder straight away. At clinic on 20 May he was quiet
and pale and did not babble, which the health visitor said is not like him, and he fed very hungrily,
finishing 7oz in ten minutes. On the morning after police were called on 25 May he was found
strapped in his car seat in the hallway, still in the previous day's nappy.

## What we want for Teddy

Amber said: *"I want Teddy to be safe in his cot every night, with a mum and dad who are calm and
sober around him, and to be a chunky, happy baby."*

- Teddy sleeps in his own cot, on his back, every night and for every nap.
- Teddy's weight climbs back to the 25th centile by the end of August and he goes to every health check.
- Teddy does not see or hear shouting or fighting at home.

## Worry 1 – Sleeping and being held when Dad has been drinking

Jordan drinks heavily at weekends; he told us up to twelve cans on a Saturday. On 25 May police
found him asleep on the sofa with Teddy lying on his chest. We are worried that Teddy could be
smothered or dropped.

**What needs to happen**

Jordan will:

- go to the Recovery Service every Tuesday from 10 June and take a breath test at each session;
  his alcohol worker, Priya, will send the results to Dionne every Friday.
- put Teddy down in his cot for every sleep, day and night, and never sleep with him on the sofa
  or in the big bed; Dionne and Nadia will see the cot made up and Teddy's sleep diary at each visit.

The alcohol worker (Priya Dhillon, Knapthorne Recovery Service) will:

- complete Jordan's alcohol assessment by 13 June 2025 and send Dionne a written copy saying how
  much he drinks, what he has agreed to and how his drinking affects his care of Teddy.
- tell each core group how many of Jordan's breath tests were clear and whether he has kept to
  not drinking at all on the days he looks after Teddy.

Tracey (Nana, Amber's mum) will:

- have Teddy to stay every Saturday night from 7 June until the review conference, and write the
  times she collects and returns him in the notebook in his changing bag, which Dionne will read
  at each visit.

## Worry 2 – Feeding and health checks

Teddy has missed two weigh-ins and his immunisations are late. His weight has dropped from the
25th centile in March to the 9th centile now.

The health visitor (Nadia Roper) will:

- weigh Teddy every week from 5 June, at Cobden Walk clinic or at home, until he is back on the
  25th centile, and plot each weight on the chart in his red book.
- go through a feeding plan with Amber by 13 June 2025 and leave a copy on the fridge; her visit
  notes will say each week whether Teddy is being fed every three to four hours.

Amber will:

- take Teddy to every weigh-in, and to the surgery for his overdue immunisations by 20 June 2025;
  the red book and the GP record will show both.
- fill in the feeding chart Nadia gives her every day, so that Nadia can see at each visit how
  much Teddy has taken.

## Worry 3 – Arguments at home

Police have been called to Cobden Walk twice since April after neighbours heard shouting and a door
being kicked. Amber told the domestic abuse service that Jordan once pushed her. Teddy was in the
flat both times.

Dionne (social worker) will:

- visit every week, with every other visit unannounced, and see Teddy awake and undressed; her
  visit records will say where Teddy was, how he was and what she saw on his skin.
- refer Jordan to the Changing Paths domestic abuse programme by 13 June 2025; the programme's
  letter with his start date will be on Teddy's file.
- complete a parenting assessment of Amber and Jordan by 15 August 2025 and go through it with
  them, then share it with the core group before the review conference.

Leah Quinn (IDVA, Knapthorne Domestic Abuse Service) will:

- meet Amber every fortnight from 10 June and write a safety plan with her for her and Teddy, with a
  copy to Dionne by 24 June 2025; she will tell Dionne the same day if Amber reports a new incident.

Knapthorne Police (Domestic Abuse Unit) will:

- flag 41 Cobden Walk for an urgent response by 6 June 2025 and notify Dionne within 24 hours of
  any call to the address; the aim is no police call-outs recorded before the review.

Jordan will also:

- start Changing Paths on the first date he is offered and go every week; the programme will send
  Dionne his attendance at the end of each month.

## If things go wrong

If Jordan is found drunk while caring for Teddy, if Teddy is found asleep on a sofa or in an adult's
bed, or if police are called to another argument, Dionne (or the emergency duty team on 0300 555
0191 out of hours) will visit the same day. Amber and Teddy will go to stay with Tracey at 12 Lark
Rise while Jordan stays away, and a strategy discussion will be held within 24 hours.

If Tracey cannot have them (she works some night shifts), Amber and Teddy will be offered a room at
Knapthorne Women's Refuge that day; if Amber does not agree to this, Teddy will be placed with
approved foster carers the same day. Dionne will then ask for a legal planning meeting within 5
working days.

If Tracey cannot have Teddy on a Saturday night, Amber will tell Dionne by Friday at 5pm and will
stay with Teddy herself that night; Jordan will not be left alone with him.

## When we will meet

- Core group every three weeks: 12 June, 3 July, 24 July and 14 August 2025, 1.30pm at Knapthorne
  Family Hub.
- Review child protection conference: 28 August 2025, 10am, Knapthorne Civic Offices.
- If Teddy's weight is not above the 9th centile by the core group on 24 July, or Jordan is found
  drinking while he is looking after Teddy, Paul Ekwueme (team manager) will hold a legal planning
  meeting before the review conference.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Review conference record: numbered decisions, then the plan in a
#    two-column table (short label | narrative of who, when, how we'll know)
#    with a banner row for each child (pdf, header and footer). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b15_kirrowmoor_rcpc_decisions_two_column_lowe.pdf",
    "doc_title": "Review Child Protection Conference - Record of Decisions and Plan - Lowe children",
    "split": "tune",
    "template": "rcpc-decisions-then-label-narrative-two-column-child-banners-paged",
    "description": (
        "Exemplary review conference record for three siblings (emotional abuse; mother's EUPD and "
        "self-harm, stepfather's domestic abuse): progress, the children's words, numbered conference "
        "decisions, then the plan in a two-column table (short label | one narrative cell giving who, "
        "when and how we'll know) under a banner row for each child and one for all three. CMHT asked to "
        "assess capacity to change, grandmother's and aunt's roles covered by the contingency, core "
        "group and review dates, legal gateway. Header and 'Page N of M' footer on every page."
    ),
    "header": "OFFICIAL – SENSITIVE | Kirrowmoor Council Children's Services | Ref KM/RC/2291",
    "footer": "Review conference record and plan – Lowe children – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Conference"),
        ("p", "Record of decisions and child protection plan"),
        ("kv", [
            ("Children", "Ruby Lowe (9), Jake Lowe (6) and Mason Lowe-Carter (2), 17 Fennel Close, Kirrowmoor"),
            ("Mother", "Leanne Lowe (29)"),
            ("Mason's father", "Dean Carter (31), moved out in April 2025, lives at his mother's"),
            ("Conference", "First review conference, 12 June 2025 (initial conference 20 March 2025)"),
            ("Chair", "Alison Tierney, independent child protection chair"),
            ("Category", "Emotional abuse"),
            ("Present", "Leanne Lowe; Dean Carter (first half); Gemma Price (SW); Kieran Walsh (CMHT care "
                        "coordinator); Tom Haworth (DSL, Kirrowmoor Primary); Jess Lyle (Little Wrens "
                        "Nursery); Sue Bannister (HV); DC Anna Pryce (Kirrowmoor Police)"),
            ("Apologies", "Dr Omar Siddiqui (GP) – report received"),
        ]),
        ("h1", "1. Progress since the initial conference"),
        ("p", "Dean moved out on 14 April and there have been no police call-outs since. Leanne has not "
              "taken another overdose since March and now sees her care coordinator weekly. Ruby's "
              "attendance has risen from 81% to 94%. The worries that remain are Leanne's self-harm, "
              "which happened twice in May while the children were in the house, and Ruby taking on "
              "Leanne's care: she told school she \"checks Mum's breathing\" at night. Mason's speech is "
              "behind and he has not had his two-year review."),
        ("h1", "2. What the children told us"),
        ("p", "Ruby (seen alone at school, 5 June) said she is \"a 6 out of 10 now, it used to be a 2\" and "
              "that the worst thing is \"when Mum goes in the bathroom and locks it\". She wants to keep "
              "living with Mum and to \"not be the one who has to ring someone\". Jake drew his house with "
              "everyone smiling and Dean outside the gate; he said he likes Saturdays at Nana Sandra's. "
              "Mason was seen at nursery on 9 June: he plays happily, points and uses about ten words, and "
              "goes straight to his key worker when he is upset."),
        ("h1", "3. Decisions of the conference"),
        ("pi", "3.1  Ruby, Jake and Mason remain subject to child protection plans under the category of "
               "emotional abuse. Everyone present agreed; Leanne said she understood why."),
        ("pi", "3.2  The plan in section 5 replaces the plan made at the initial conference."),
        ("pi", "3.3  Dean's time with Mason stays at Sandra Carter's house on Saturdays, supervised by Sandra."),
        ("pi", "3.4  Core group meetings: 26 June 2025, then every four weeks (24 July, 21 August and "
               "18 September 2025), at Kirrowmoor Primary."),
        ("pi", "3.5  Next review conference: 9 October 2025, 10am, Kirrowmoor Town Hall."),
        ("pi", "3.6  If Leanne self-harms again while the children are at home, or the CMHT report says she "
               "cannot make the changes the children need in their timescale, the social worker will "
               "request a legal gateway meeting within five working days."),
        ("h1", "4. What needs to be different for the children"),
        ("bullets", [
            "Ruby feels safe at home, is not the one who looks after Mum, and has time to be a child.",
            "Jake sleeps well, enjoys school and does not see or hear fighting or self-harm.",
            "Mason's speech catches up, he goes to nursery every week, and his time with his dad is safe.",
            "All three children always have a well, safe adult to care for them and know who to tell if "
            "Mum is unwell.",
        ]),
        ("h1", "5. The child protection plan"),
        ("table", {
            "header": ["What", "Who will do it, when, and how we will know"],
            "widths": [4.6, 12.4],
            "bold_first_col": True,
            "rows": [
                ["Ruby (9)", H],
                ["Time with Ruby on her own",
                 "Gemma Price (SW) will see Ruby on her own every fortnight, at school or on a walk, from "
                 "16 June 2025. Each visit record will set out what Ruby said in her own words and the score "
                 "she gives for how safe she feels at home."],
                ["Young carers",
                 "Kirrowmoor Young Carers (worker: Bev Oyelaran) will assess Ruby by 11 July 2025 and offer "
                 "her a place at the Thursday after-school club. Bev will send the assessment to Gemma, and "
                 "the club register will show Ruby going each Thursday."],
                ["A grown-up at school",
                 "Mr Haworth (DSL) will meet Ruby every Monday morning until the end of term and again from "
                 "the first week of September. He will email Gemma the same day if Ruby mentions Mum being "
                 "unwell or hurting herself, and his check-in notes will go to each core group."],
                ["Jake (6)", H],
                ["School and play",
                 "Jake's class teacher, Miss Forde, will fill in a \"Jake's week\" sheet on his mood, sleep "
                 "and play every Friday from 20 June 2025 and send it to Gemma. We hope to see at least four "
                 "good days a week by September."],
                ["Seeing Jake",
                 "Gemma will see Jake on his own at her fortnightly home visit, using the three houses, and "
                 "bring his drawings to each core group."],
                ["Mason (2)", H],
                ["Mason's development",
                 "The health visitor (Sue Bannister) will do Mason's two-year review, including the ASQ-3, by "
                 "4 July 2025 and send the results to Gemma and Leanne. If his speech is behind she will "
                 "refer him to speech and language therapy the same week, and the referral will be on file."],
                ["Nursery",
                 "Little Wrens Nursery (Jess Lyle, manager) will make sure Mason's three funded sessions are "
                 "used every week and send Gemma the register at the end of each month; we are looking for "
                 "90% attendance or more."],
                ["Time with Dad",
                 "Sandra Carter (Mason's nana) will supervise every Saturday visit between Dean and Mason at "
                 "her house, 10am to 2pm, and write a short note of each one in the contact book, which Gemma "
                 "will read at each home visit."],
                ["All three children", H],
                ["Mum's mental health and the children",
                 "Kieran Walsh (care coordinator, Kirrowmoor CMHT) will see Leanne every week and, with the "
                 "CMHT psychologist, assess whether she can keep herself safe and make the changes the "
                 "children need, and how long that is likely to take. He will send Gemma a written report by "
                 "8 August 2025 and give an update at every core group."],
                ["Keeping tablets safe",
                 "Leanne will keep all her medication in the locked box from the CMHT, ongoing and checked at "
                 "every weekly visit: Kieran will count the tablets each time and the count will be on his "
                 "record, shared with Gemma."],
                ["When Mum feels unsafe",
                 "Leanne will ring the CMHT crisis line and Sandra at any time of day or night if she feels "
                 "she might hurt herself, and Sandra will come to the house within the hour to be with the "
                 "children. The crisis team will log each call and pass it to Gemma the next working day."],
                ["Dean's behaviour",
                 "Dean will go to the Safer Futures domestic abuse programme every Wednesday from 2 July 2025 "
                 "(24 weeks). The programme will send Gemma his attendance each month and a mid-point report "
                 "by 1 October 2025."],
                ["Parenting assessment",
                 "Gemma will complete an updated parenting assessment of Leanne by 12 September 2025 and "
                 "share it with Leanne and the core group before the next review conference."],
                ["Passing on worries",
                 "Each agency's safeguarding lead will tell Gemma the same day about any new worry (for "
                 "example Leanne self-harming, a police call or a child missing school), and Gemma will log "
                 "every call on the children's files within 24 hours."],
            ],
        }),
        ("h1", "6. If things go wrong"),
        ("p", "If Leanne self-harms or takes an overdose, is too unwell to care for the children, or Dean "
              "comes to the house, Gemma (or the emergency duty team on 01632 960 733 out of hours) will "
              "visit the same day. Ruby and Jake will stay with their aunt, Kelly Lowe, and Mason with "
              "Sandra Carter; both agreed this at conference. A strategy discussion will be held within 24 "
              "hours. If Dean comes to the house Leanne will ring 999."),
        ("p", "If Kelly or Sandra cannot care for the children, they will be placed together with approved "
              "foster carers that day and Gemma will request a legal gateway meeting within five working "
              "days. If Sandra cannot supervise a Saturday visit, it will not go ahead, and Gemma will "
              "arrange supervised time at Kirrowmoor Family Centre within a week. If Sandra cannot come "
              "when Leanne rings, the crisis team will ring the emergency duty team, who will send a worker "
              "to be with the children."),
        ("h1", "7. Reviewing the plan"),
        ("p", "Core group: 26 June 2025, then every four weeks. Next review conference: 9 October 2025. If "
              "there is not enough progress by the core group on 21 August (Leanne's self-harm continuing, "
              "Ruby still caring for her at night, or Mason's nursery attendance below 90%), Gemma will "
              "request a legal gateway meeting before the review conference."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Looked-after baby on a neonatal unit: a ward and discharge tick-box
#    checklist, one paragraph per item with a ☐ or ☒ (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b15_kilvercombe_ward_discharge_checklist_ashworth.docx",
    "doc_title": "Alfie Ashworth - Ward and Discharge Checklist (Child Protection Plan)",
    "split": "tune",
    "template": "lac-neonatal-ward-and-discharge-tickbox-checklist",
    "description": (
        "Exemplary plan for a 3-week-old on a neonatal unit, accommodated under section 20 and on a child "
        "protection plan (mother's heroin relapse on a methadone programme), written as a tick-box "
        "checklist: one paragraph per item starting with a box (two already ticked), grouped by stage "
        "(on the ward, before discharge, discharge day, first four weeks in a parent and child "
        "placement). Social worker and IRO visits on the ward, job-title owners, drug service owning "
        "actions, observed lived experience, specific contingency, core group and review dates, legal "
        "planning meeting."
    ),
    "blocks": [
        ("title", "Alfie's Ward and Discharge Checklist"),
        ("p", "Kilvercombe City Council – Children's Services (Child Protection and Children in Care)"),
        ("kv", [
            ("Child", "Alfie Ashworth, born 19/05/2025 at 35 weeks"),
            ("Where Alfie is", "Ward 7 (neonatal unit), Kilvercombe General Hospital"),
            ("Legal status", "Looked after – accommodated under section 20 since 28/05/2025, with Shannon's "
                             "agreement. Subject to a child protection plan (neglect) since the pre-birth "
                             "conference on 22/04/2025."),
            ("Mother", "Shannon Ashworth (26)"),
            ("Father", "Liam Doyle (29), in HMP Fernleigh until October 2025"),
            ("Social worker", "Maya Petch"),
            ("Independent reviewing officer", "Colin Barraclough"),
            ("Checklist agreed", "Discharge planning meeting on Ward 7, 6 June 2025"),
        ]),
        ("h1", "Why Alfie has a plan"),
        ("p", "Shannon has been on a methadone programme with Kilvercombe Drug and Alcohol Service (KDAS) "
              "since 2022. In April she started using heroin again, and she was drowsy on the ward on two of "
              "Alfie's first five days. Alfie was born withdrawing from opiates and needed morphine for "
              "eight days. Shannon agreed to Alfie being accommodated while she gets back on track, and the "
              "plan is for them to move together to a parent and child foster placement when he is well "
              "enough to leave hospital."),
        ("h1", "Alfie's days on the ward"),
        ("p", "The nurses describe Alfie as a \"little fighter\". His withdrawal scores have come down and he "
              "is now off morphine. He takes 50ml every three hours and is gaining weight. He startles and "
              "cries when he is picked up quickly, and settles best skin-to-skin or swaddled with a hand on "
              "his chest. Maya saw him on 3 June turn towards Shannon's voice and calm when she sang to him. "
              "On the days Shannon was drowsy he cried for long spells until a nurse took over."),
        ("h1", "What we want for Alfie"),
        ("bullets", [
            "Alfie is fed on time by an alert, sober adult and keeps gaining weight along the 9th centile or above.",
            "Alfie sleeps on his back in his own cot and is handled gently, day and night.",
            "Alfie grows up with his mum if she can care for him safely; if she cannot, a decision about his "
            "future is made without delay.",
        ]),
        ("h1", "The checklist"),
        ("h2", "While Alfie is on Ward 7"),
        ("p", "☐  Ward visits – Maya Petch (SW) will visit Alfie on Ward 7 every Tuesday and Friday until "
              "he is discharged, see him awake and talk to the nurse in charge about his feeds and "
              "withdrawal scores. Evidence: a visit note on Alfie's file after each visit."),
        ("p", "☐  IRO visit – Colin Barraclough will see Alfie on the ward before 20 June 2025 and chair "
              "Alfie's first looked-after review on that visit. Evidence: review record on file within 5 "
              "working days."),
        ("p", "☐  Feeds with Mum – Shannon will be on the ward to give Alfie his 9am, 12pm and 3pm feeds "
              "every day. Evidence: the ward feeding chart shows who gave each feed."),
        ("p", "☐  Ward observations – the neonatal nurse in charge will note on the parenting observation "
              "sheet, at every visit by Shannon, whether she was alert, how she held Alfie and whether she "
              "fed him, and send the sheets to Maya every Monday."),
        ("p", "☐  Methadone and tests – Karen Lister (KDAS key worker) will see Shannon twice a week and "
              "arrange supervised daily methadone at the pharmacy. Evidence: weekly urine test results sent "
              "to Maya every Friday until discharge."),
        ("p", "☒  Section 20 agreement – Maya Petch. Done 28/05/2025: signed by Shannon, copy on Alfie's file "
              "and given to Shannon."),
        ("p", "☒  Letter to Alfie's dad – Maya Petch. Done 04/06/2025: letter sent to Liam at HMP Fernleigh "
              "explaining the plan and asking for his views; copy on file."),
        ("h2", "Before Alfie leaves hospital"),
        ("p", "☐  Placement – Maya will confirm a parent and child foster placement for Shannon and Alfie by "
              "20 June 2025. Evidence: placement plan signed by Shannon and the foster carers, on file "
              "before discharge."),
        ("p", "☐  Discharge planning – the neonatal discharge coordinator (Ruth Elsworth) will hold the final "
              "discharge meeting at least three days before Alfie goes. Evidence: written discharge plan "
              "sent to Maya, the health visitor and the GP."),
        ("p", "☐  Safe sleep and feeds – Shannon will show the nursery nurse that she can make up feeds and "
              "put Alfie down on his back in his cot, on three days running before discharge. Evidence: "
              "each day signed off by the nursery nurse on the discharge sheet."),
        ("p", "☐  Health visitor – the health visitor (Ama Boateng) will meet Shannon on the ward before "
              "discharge and book the first home visit for within 48 hours of the move. Evidence: both "
              "contacts on the health visiting record."),
        ("h2", "On the day Alfie leaves hospital"),
        ("p", "☐  Moving day – Maya will go with Shannon and Alfie to the placement on the day of discharge "
              "and hand the foster carers Alfie's feeding chart and discharge letter. Evidence: her visit "
              "note records the handover."),
        ("h2", "First four weeks in the placement"),
        ("p", "☐  Daily log – Jan and Pete Whitmore (parent and child foster carers) will keep a daily log of "
              "Alfie's feeds and sleep and of Shannon's care, and email it to Maya every Friday."),
        ("p", "☐  Visits in the placement – Maya will visit Alfie and Shannon at the placement every week, one "
              "visit in two unannounced. Evidence: visit notes show Alfie seen awake and undressed."),
        ("p", "☐  Weight – the health visitor will weigh Alfie every week for four weeks after discharge and "
              "plot each weight in his red book; we want steady gain on the 9th centile or above."),
        ("p", "☐  Parent and child assessment – Maya and the placement's supervising social worker will write "
              "the six-week review of the assessment by 1 August 2025 and share it with Shannon, the IRO "
              "and the core group."),
        ("p", "☐  Drug service – Karen Lister will do a urine test with Shannon every week in the placement and "
              "report to each core group whether Shannon has stayed off heroin and how her methadone "
              "reduction is going."),
        ("h1", "If things go wrong"),
        ("p", "If Shannon is found under the influence on the ward or in the placement, misses her methadone "
              "two days in a row, or tries to take Alfie out of the hospital or the placement without "
              "agreement, the nurse in charge or the foster carer will ring Maya (or the emergency duty team "
              "on 01632 960 150 out of hours) straight away. Alfie will stay on the ward or with the foster "
              "carers, Shannon's time with him will be supervised by staff, and a strategy discussion will "
              "be held the same day. If Shannon leaves the parent and child placement, Alfie will stay with "
              "Jan and Pete as his foster carers and Maya will ask the team manager for a legal planning "
              "meeting within five working days."),
        ("h1", "Meetings and reviews"),
        ("bullets", [
            "Core group: every three weeks – 12 June, 3 July and 24 July 2025; on Ward 7 while Alfie is "
            "there, then at the placement.",
            "Looked-after review: before 20 June 2025 (IRO, on the ward).",
            "Review child protection conference: 17 July 2025, 1.30pm, Kilvercombe Civic Centre.",
            "If Shannon has not shown by the core group on 3 July that she can feed Alfie safely and stay "
            "off heroin, Maya will ask the team manager for a legal planning meeting (PLO) before the "
            "review conference.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Letter to a 15-year-old after her review conference, the plan written as
#    numbered promises each ending "You'll know because..." (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b15_kendlewick_letter_to_teen_promises_mercer.md",
    "split": "tune",
    "template": "letter-to-teenager-numbered-promises-youll-know-because-md",
    "description": (
        "Exemplary plan written as a letter from the social worker to a 15-year-old after her first "
        "review conference (emotional abuse; father's drinking, one assault, two missing episodes). "
        "What she said, goals in her words, then numbered promises in plain words, each with who, when "
        "and 'You'll know because...'; alcohol service reporting to the core group, CAMHS for her "
        "self-harm, aunt's support covered in the contingency, core group and review dates, legal "
        "planning explained to her."
    ),
    "text": """\
**Kendlewick Council – Children's Services**
Kendlewick House, Market Street, Kendlewick

6 June 2025

Dear Jade,

# Your plan, in a letter

Thanks for coming to the review conference on Wednesday. I know it was long and that you didn't
like everyone talking about you. You said you wanted a letter, "not a massive form", so this is
your plan written as a letter. Your dad and your Auntie Lou are getting a copy too, and so is
everyone who was at the meeting.

## What was decided

You will stay on a child protection plan for now, under the heading "emotional abuse". That's
because of Dad's drinking, the night in April when he pushed you into the door frame, and the
two times you went missing and stayed out all night. Everyone also said things have got better
since March, and that you've been really honest with us.

## What you told us

You told me on 2 June that home is "about a 5 out of 10 – a 7 when Dad's had a dry week". You said
the worst bit is "coming home not knowing what he's going to be like". You said you went off in
April "because being out was safer than being in", and that you cut your arms when you can't
sleep. You want to stay living with Dad, you want to go to Auntie Lou's on Fridays, and you want
"someone at school who actually gets it". You asked for me to see you somewhere that isn't school.

## What we're all aiming for (your words)

- "I feel safe at home and nobody shouts at me or pushes me."
- "I can come home from school without worrying what state Dad's in."
- "I'm in school every day and get my GCSE options sorted."
- "I know where to go if I'm scared, so I don't need to run off to be safe."

## What everyone has promised

1. **Me (Tasha).** I'll see you on your own every two weeks, somewhere you choose, from
   Monday 9 June until your next conference. You'll know because the dates are on the calendar
   we made, and I write down what you tell me each time.
2. **Dad.** He has agreed to see his worker, Sam Obi at the Kendlewick Alcohol Service, every
   Tuesday from 10 June and to take a breath test each time. You'll know because Sam sends me
   the results every Friday, and I'll tell you how it's going.
3. **Sam Obi (Kendlewick Alcohol Service).** Sam will write a report for the core group by
   31 July saying how much Dad is drinking now and what difference that is making at home for
   you. You'll know because I'll go through it with you before the meeting.
4. **Ms Kaur (Head of Year 10, who is also the safeguarding lead at Kendlewick Academy).** She'll
   meet you every Monday at 8.40am until the end of term and again from the first week back in
   September, and she'll ring me the same day if you're not in or you tell her something
   worrying. You'll know because your attendance goes on the report she brings to every core
   group.
5. **Dad, again.** He'll do the "Steps to Calm" course for parents of teenagers every Thursday
   evening for eight weeks from 19 June. You'll know because the course sends me his attendance
   each week and an end-of-course report by 21 August.
6. **Auntie Lou (Louise Mercer).** You can stay with her every Friday night from this week, as
   you asked, and on any other night you need to. She'll text me within an hour if you turn up
   on a night that wasn't planned, even if it's late. You'll know because I'll check with you
   both at each visit.
7. **Ruth Allen (Kendlewick CAMHS).** Your first appointment about the cutting and not sleeping
   is on 17 June, and then every two weeks if you want to carry on. You'll know because Ruth sends
   a short letter to me and your GP after the first appointment saying what you agreed.
8. **If you go missing.** Dad will report it to the police within an hour, and a worker from the
   Kendlewick Young People's Service will talk with you within 72 hours of you coming home. You'll
   know because I'll read the notes of that talk with you.
9. **Kendlewick Police (Safeguarding Hub).** They have put a flag on your address and will tell me
   within 24 hours of any call-out. You'll know because we'll look at the list together at each
   core group – we're hoping for no call-outs between now and November.
10. **Me again.** I'll finish the assessment of how things are at home by 29 August and go
    through it with you before anyone else reads it. You'll know because you'll get your own copy.

## If things go wrong

If Dad is drunk and angry, if he or anyone else hurts you, or if you go missing overnight, you'll
go to Auntie Lou's that night (she has agreed to this), and I'll see you the same day. Out of
hours it will be the emergency duty team on 0300 555 0464. If Auntie Lou can't have you, you'll
stay with emergency foster carers that night. I know you don't want that, but you would be safe,
and I would then ask my manager for a legal planning meeting within five working days.

## When we'll meet again

- Core group: every four weeks – 19 June, 17 July, 14 August, 11 September and 9 October 2025, at
  school (at Kendlewick Family Hub in the holidays). You're welcome to come to the first half.
- Your next review conference: Wednesday 19 November 2025 at 4pm, after school, as you asked.
- If Sam's results show Dad is still drinking in the evenings by the core group on 14 August, or
  if Dad hurts you again, my manager will hold a legal planning meeting. That's a meeting with our
  lawyers to decide whether we need to ask a court to help keep you safe. I'd tell you first.

If anything in this letter is wrong, or you want something added, text me on 07700 900 318.

Take care,

Tasha Greenwood
Social Worker, Kendlewick Council Children's Services
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Health-visitor-led pre-birth plan as a timeline table: the first column
#    is the stage of pregnancy, merged down its rows (pdf, landscape, header
#    and footer). Mostly good; one support-only mental health row, one
#    "engagement" measure.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b15_kaddersley_prebirth_stage_timeline_rendell.pdf",
    "doc_title": "Pre-birth Plan - Baby Rendell",
    "split": "tune",
    "template": "prebirth-hv-led-stage-of-pregnancy-timeline-merged-first-column-landscape-paged",
    "description": (
        "Pre-birth plan led by a specialist health visitor (mother's anxiety and depression after an "
        "older child's adoption; father's cannabis use), laid out as a timeline: the stage of pregnancy "
        "or of the baby's life is merged down the first column and gives the timescale for the rows "
        "beside it. Mostly good: grandmother's overnights covered in the contingency, psychiatrist "
        "asked for capacity to change, PLO already started. One perinatal mental health row only "
        "provides therapy, and the drug service row's only measure is engagement."
    ),
    "landscape": True,
    "header": "OFFICIAL-SENSITIVE | Kaddersley Borough Council and Kaddersley Community Health | Ref KBC/PB/0615",
    "footer": "Baby Rendell pre-birth plan – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "check_vmerge": 4,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan – Baby Rendell"),
        ("kv", [
            ("Unborn baby", "Baby Rendell, due 12/08/2025 (28 weeks at conference)"),
            ("Mother", "Chloe Rendell (22), 9 Sorrel Way, Kaddersley"),
            ("Father", "Josh Tanner (25), lives with Chloe"),
            ("Conference", "Pre-birth initial child protection conference, 28/05/2025 – category: neglect (risk of)"),
            ("Plan written by", "Lorna Reid, specialist health visitor (safeguarding), with Imran Sheikh, "
                                "social worker, Kaddersley Children's Services"),
        ]),
        ("h1", "What has happened before"),
        ("p", "Chloe's first child, Harley, was adopted in 2023 after a long period of neglect, when Chloe "
              "was very depressed and drinking. Chloe has not drunk alcohol since 2023 and now lives with "
              "Josh, who smokes cannabis most evenings. She has anxiety and depression, takes sertraline "
              "and is under the Kaddersley Perinatal Mental Health Team. The local authority began the "
              "pre-proceedings stage of the PLO on 30 May 2025 and a letter before proceedings was given to "
              "Chloe and Josh."),
        ("h1", "What we know about the baby so far"),
        ("p", "The 20-week scan showed a healthy baby growing along the 50th centile. Chloe says the baby "
              "kicks most at night and \"goes mad when Josh puts music on\". Lorna saw Chloe stroke her bump "
              "and talk to the baby during the antenatal contact on 22 May. If the baby could tell us, we "
              "think they would ask for a calm, smoke-free home, a mum who is well enough to get up for "
              "them, and feeds on time."),
        ("h1", "What we want for the baby"),
        ("bullets", [
            "The baby comes home to a clean, smoke-free flat with a cot and Moses basket ready, and always "
            "sleeps on their back in their own bed.",
            "The baby is fed every three to four hours, day and night, and gains weight along their centile.",
            "The baby always has a sober, alert adult caring for them, and is seen by a professional every "
            "week for the first eight weeks.",
        ]),
        ("pagebreak",),
        ("h1", "The plan, stage by stage"),
        ("table", {
            "header": ["Stage", "What happens", "Who", "How we'll know"],
            "widths": [4.2, 9.0, 5.2, 7.3],
            "rows": [
                ["Now to 32 weeks\n(to 4 July 2025)",
                 "Antenatal home visits every two weeks; check the baby's room, cot and Moses basket and go "
                 "through safe sleep",
                 "Lorna Reid, specialist HV",
                 "Cot set up and safe sleep checklist signed by Chloe and Josh by 32 weeks"],
                [V,
                 "Fortnightly CBT sessions for Chloe's anxiety and low mood",
                 "Kaddersley Perinatal Mental Health Team (Dr Fiona Marr, psychologist)",
                 "Attendance letter to the SW after each block of four sessions"],
                [V,
                 "Assess Chloe's mental health, the risk of relapse after the birth and whether the changes "
                 "she has made since Harley's adoption can last, including how her mood affects her care of "
                 "the baby",
                 "Dr Asif Rahman, perinatal psychiatrist",
                 "Written assessment with a view on her capacity to change and the likely timescale, to the "
                 "SW and core group by 4 July 2025"],
                [V,
                 "Weekly key work sessions with Josh to cut down and stop his cannabis use",
                 "Kaddersley Drug Service (Nathan Cole)",
                 "Josh's engagement with the service"],
                [V,
                 "Home visits every two weeks, one in two unannounced, and the pre-birth parenting assessment",
                 "Imran Sheikh, SW",
                 "Visit records on file; assessment shared with Chloe, Josh and the core group by 25 July 2025"],
                [V,
                 "Go to every antenatal appointment and the 32-week growth scan",
                 "Chloe (Josh to drive her)",
                 "Maternity record shows every appointment attended"],
                ["32 to 37 weeks\n(7 July to 8 August 2025)",
                 "Write the birth and discharge plan with Chloe and Josh, including who stays on the ward "
                 "and the checks before the baby goes home",
                 "Helen Ashby, safeguarding midwife",
                 "Signed plan on the maternity record and sent to the SW, HV and emergency duty team by "
                 "36 weeks (1 August 2025)"],
                [V,
                 "Agree which nights Chloe's mum will stay in the first two weeks after the birth, and "
                 "write them down",
                 "Angela Rendell (maternal grandmother)",
                 "Rota of nights on the fridge by 37 weeks, seen by the HV"],
                [V,
                 "Second report on Chloe's mood in late pregnancy and whether she is ready to care for a "
                 "newborn",
                 "Dr Asif Rahman, perinatal psychiatrist",
                 "Report to the core group on 31 July 2025"],
                ["Birth and the ward",
                 "Tell the SW within one working day of the birth, and hold a discharge planning meeting "
                 "before the baby goes home",
                 "Ward manager, Kaddersley Maternity Unit",
                 "Discharge meeting notes sent to the SW before discharge"],
                [V,
                 "See Chloe, Josh and the baby on the ward within two days of the birth",
                 "Imran Sheikh, SW",
                 "Visit note on the baby's file"],
                ["First eight weeks at home",
                 "New birth visit on day 10 to 14, then a home visit every week to weigh the baby and check "
                 "feeding and sleep",
                 "Lorna Reid, specialist HV",
                 "Weights plotted in the red book; baby stays on or above the birth centile"],
                [V,
                 "Stay overnight for the first 14 nights, help with night feeds and make sure the baby "
                 "sleeps in the Moses basket",
                 "Angela Rendell (maternal grandmother)",
                 "Night-feed chart kept on the fridge and checked by the HV at each visit"],
                [V,
                 "Visit every week and see the baby awake and undressed",
                 "Imran Sheikh, SW",
                 "Visit records show the baby seen each week"],
                [V,
                 "See Chloe at home within 7 days of the birth and then every two weeks; assess her mood and "
                 "report whether she is keeping up the changes needed to care for the baby",
                 "Kaddersley Perinatal Mental Health Team (Ben Okoye, CPN)",
                 "Written update to each core group"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Chloe stops her medication, if the perinatal team see early signs of relapse, if Josh is "
              "found under the influence of cannabis while caring for the baby, or if the baby is found "
              "sleeping anywhere but the Moses basket or cot, Imran (or the emergency duty team out of hours) "
              "will visit the same day and a strategy discussion will be held within 24 hours. The baby will "
              "stay with Chloe only if Angela is in the house; otherwise the baby will go to Angela's."),
        ("p", "If Angela cannot stay overnight, is unwell or withdraws her support, the baby will be placed "
              "with approved foster carers the same day, and Imran will ask for a legal planning meeting "
              "within five working days to decide whether to issue care proceedings."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks: 10 June, 1 July, 22 July and 12 August 2025, 2pm, Kaddersley "
            "Children's Centre.",
            "Review child protection conference: 27 August 2025, 10am, Kaddersley Town Hall.",
            "If Dr Rahman's assessment or the parenting assessment says Chloe and Josh cannot make the "
            "changes the baby needs, the team manager will hold a legal planning meeting by 36 weeks to "
            "decide whether to issue care proceedings at birth.",
        ]),
    ],
    "findings": [
        F("H001", "Fortnightly CBT sessions for Chloe's anxiety and low mood"),
        F("M002", "Weekly key work sessions with Josh to cut down"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Core group whiteboard typed up: a key of initials, then actions as
#    "WHO -> what -> when -> how we know" arrow chains (txt). Mostly good;
#    one "ALL" owner, one "as needed" timescale.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b15_keswardine_whiteboard_arrows_pryor.txt",
    "split": "tune",
    "template": "core-group-whiteboard-typed-up-initials-key-arrow-chains-txt",
    "description": (
        "First core group for two children (neglect; mother's drinking) typed up from a photo of the "
        "whiteboard: a key of initials, worries, what's going well, the children's words, goals, then "
        "actions as 'WHO -> what -> when -> how we know' arrow chains with abbreviations and wrapped "
        "lines, contingency, dates. Mostly good: alcohol service reporting before each core group, "
        "grandmother's support covered in the contingency, legal planning meeting. One action is owned "
        "by 'ALL' and one family action's only timescale is 'as needed'."
    ),
    "text": """\
KESWARDINE BOROUGH COUNCIL - CHILDREN'S SERVICES
CORE GROUP 1 - PRYOR CHILDREN  (typed up from whiteboard, photo on file)
Thurs 12/06/25, 3.30pm, Keswardine Infants & Juniors (library)
Typed by GH 13/06/25

Children: Lacey Pryor (7)  |  Kai Pryor (4)
Plan: CP - neglect (ICPC 29/05/25)

KEY
 GH  = Gail Hennessy, social worker
 JF  = Jo Finch, Keswardine Alcohol Team (KAT) - Mum's worker
 MA  = Mrs Marie Ahern, DSL, Keswardine Infants & Juniors (Lacey)
 SB  = Sophie Blake, manager, Rainbow Room Nursery (Kai)
 PN  = Precious Ndlovu, health visitor (Kai)
 DP  = Danielle Pryor (Mum)
 NAN = Maureen Pryor (Mum's mum)
Present: GH, JF, MA, SB, PN, DP, NAN.  Apols: Dr Lamb (GP) - report sent.

----------------------------------------------------------------------
WORRIES (from ICPC)
 * Mum drinking in the day -> kids not fed / late / not picked up
   (Lacey late 14x since Easter; Kai not collected from nursery 2x)
 * Kai's teeth - 4 need taking out, never been to a dentist
 * Lacey doing the jobs - making tea, putting Kai to bed
----------------------------------------------------------------------
GOING WELL
 * Mum 3 wks with KAT, says she only drinks at weekends now
 * Nan picking Kai up Mon/Wed/Fri since ICPC
 * Lacey in school every day last 2 wks (MA)
----------------------------------------------------------------------
WHAT THE KIDS SAY
 Lacey (GH saw her alone at school 10/06): "I like it when Nanny does
   the tea because Mum's not tired". Wants Mum "to stop the wine".
   Scored home 5/10 ("it was a 2 before").
 Kai (seen at nursery 11/06, SB + GH): happy, runs to SB; said "my
   tooth hurts" + pointed to his cheek; asked for "Nanny pick up".
----------------------------------------------------------------------
GOALS - what we want for Lacey & Kai
 1. Fed, clean and on time to school / nursery every day
 2. Always picked up by a sober adult
 3. Kai's teeth fixed + no pain
 4. Lacey gets to be a kid - not doing Mum's jobs
----------------------------------------------------------------------
ACTIONS   (WHO -> what -> when -> how we know)

 1. GH -> home visit, see L + K alone, check food in ->
          every wk (1 in 2 unannounced) -> visit recs on file
 2. DP -> KAT appt + breath test each time -> every Tues ->
          JF emails GH results every Fri
 3. JF -> written update on DP's drinking + what's changed for
          the kids -> before each CG -> report to CG
 4. DP -> take Kai to emergency dentist (Keswardine Dental Access
          Centre) -> by 27/06/25 -> dentist letter to GH
 5. PN -> Kai's weight, height + ASQ -> by 04/07/25 -> results in
          red book + copy to GH
 6. MA -> check-in w/ Lacey Mon + Thurs am -> to end of term, then
          from 1st wk Sept -> notes to GH every Fri
 7. SB -> ring GH by 10am if Kai not in, or by 3.30 if not picked
          up -> same day -> nursery log
 8. NAN -> nursery pick up Mon/Wed/Fri + tea at hers -> every wk ->
          nursery sign-out sheet
 9. NAN -> school run on Mum's bad days -> as needed -> MA sees
          Lacey arrive with Nan (register)
10. ALL -> tell GH same day if any worry re drink / kids ->
          same day -> GH logs each one on file
11. GH -> parenting assessment (incl. Lacey's young carer role)
          -> by 15/08/25 -> report to DP + CG
12. GH -> refer Lacey to Keswardine Young Carers -> by 20/06/25 ->
          acceptance letter on file

----------------------------------------------------------------------
IF IT GOES WRONG
 * DP found drunk in charge of kids / kids not picked up / police
   called -> GH (EDT out of hrs 0300 555 0172) visits SAME DAY, kids
   go to NAN's (she agreed at ICPC), strategy disc. within 24 hrs
 * NAN can't have them (ill / away) -> emergency foster carers same
   day + GH asks TM for legal planning mtg within 5 working days
 * NAN can't do a pick up -> she rings nursery / school by 12 noon,
   kids stay at after-school club, GH or duty SW collects
----------------------------------------------------------------------
NEXT
 CG every 4 wks: 10/07/25, 07/08/25, 04/09/25 (school library 3.30)
 RCPC: 28/08/25, 10am, Keswardine Town Hall
 LEGAL: if drinking not down (JF's tests) OR Kai's teeth not done by
   the 07/08 CG -> GH asks TM for legal planning mtg (PLO)
""",
    "findings": [
        F("T002", "NAN -> school run on Mum's bad days"),
        F("W002", "ALL -> tell GH same day if any worry"),
    ],
})
