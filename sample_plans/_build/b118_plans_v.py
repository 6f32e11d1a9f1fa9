"""Batch 118, module v: seven fictional plans (held-out material), places beginning with "v".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans whose timescales, measures or owners are written once for a
group of actions rather than beside each one, in layouts batches 113-116 did
not use. A pre-birth table whose first column names the stage and its time,
merged down every row of that stage, with some "How we will know" cells
merged across two rows that share one check; a social worker's letter to a
mother with the plan attached, its band rows giving the time for each part
and a separate success criteria appendix keyed by reference; a young carer's
plan where a time code key in the introduction to the actions sets each
action's time and each action says which outcome it serves ("For outcome
2"), the check being written into that outcome; a plain-text calendar for a
baby with a tracheostomy in which each week's row lists the numbers of the
actions that happen or fall due that week; a landscape Word table split by
phase banners with an owner cell and a measure cell each merged down two
rows; a child in need step-down plan with a checks list after each stage; and
a plan for a six-year-old with Down syndrome and hearing loss written as
"Hannah Lowe (social worker) will:" lists, each followed by a "How we'll
know" line naming the action numbers it covers. Children include an unborn
baby, a young carer whose mother has multiple sclerosis, two children whose
father is in prison, a ten-month-old with a tracheostomy and three children
whose mother is in a psychiatric hospital.

Four plans are exemplary: the pre-birth merged stage column plan (docx), the
letter with the attached plan and criteria appendix (pdf), the young carer's
time-code plan (md) and the tracheostomy calendar (txt). Three carry
realistic faults among mostly good rows: the phase banner table (docx), whose
"longer term" phase has no time, whose merged owner cell is "Family network"
and merged measure cell "Progress monitored at core group", with a ward that
only supports the mother, a psychiatrist who only treats her, an assessment
with no output, an outcome about the mother only, no fallback for the family
and no legal step; the step-down plan (pdf), whose first checks list leaves
out the assessment, whose last stage runs "throughout the child in need
plan", with a collective owner, a vague check, an adult-only outcome, child
in need reviews instead of core groups and a review conference, and no legal
step; and the owner-list plan (md), with an untimed "Later on" part, a
"family" and an "everyone" list, a parenting assessment its check line leaves
out, a "keep an eye on" check, the mother's depression with no adult service
owning an action, relatives' help with no fallback and a review conference
date still to be confirmed.

Counting actions (convention 1): every live row of an action table and every
numbered or bulleted action of an action section counts; band, banner and
stage cells, calendar rows, checks lists, success criteria, outcome tables,
the contingency and the meeting dates do not. None of these plans holds an
action marked done.
Reading used for these layouts (README convention 12, and batch 3 on merged
"Who" cells): a time given once for a stage, band, phase, or by a code in a
key, is every action's time there; a phase heading with no time gives none
(T001), and one whose only time is "throughout the plan" is vague (T002). A
cell merged down several rows (owner or measure) belongs to every row it
spans. An owner named once at the head of a list ("Hannah Lowe (social
worker) will:") owns every item in that list, so a list headed "The family
will:" or "Everyone working with Dami will:" has a collective owner (W002). A
measure counts when it is tied to the action by number (a checks list, a
criteria appendix, a "How we'll know (4 and 5)" line) or by the outcome the
action says it serves; an action left out, with no measure of its own, gets
M001.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth initial conference plan: father's cocaine and alcohol use and
#    an assault in pregnancy, mother a care leaver with anxiety and past
#    self-harm. One table: a Stage column merged down each stage gives the
#    stage and its time; three "How we will know" cells are merged across
#    two rows that share a check and name both row numbers. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b118_vantersby_prebirth_merged_stage_column_paired_checks_ndiaye.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby of Chantelle Ndiaye",
    "split": "heldout",
    "actions": 15,
    "check_vmerge": 6,
    "template": "prebirth-icpc-word-plan-details-list-why-worried-what-is-going-well-babys-world-now-outcomes-then-one-table-stage-column-merged-down-each-stage-giving-the-time-no-what-who-how-we-will-know-some-checks-merged-across-two-rows-contingency-meetings",
    "description": (
        "Exemplary pre-birth initial conference plan for the unborn baby of a 20-year-old care "
        "leaver with anxiety and past self-harm, whose partner uses cocaine and alcohol and pushed "
        "her in pregnancy. One Word table: the first column names the stage and its time (before "
        "the birth, to 36 weeks; on the ward, until discharge; the first eight weeks at home, until "
        "the review conference) and is merged down every row of that stage, so no row gives its "
        "own deadline unless it has one; three 'How we will know' cells are merged across two rows "
        "that share one check and name both row numbers. The perinatal psychiatrist and the drug "
        "service assess change, the GP and the midwife own rows, the grandmother's supervision and "
        "the former foster carer's nights have a fallback, legal planning follows named triggers, "
        "core group and review dates are set, and the baby's world is described."
    ),
    "landscape": True,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Vantersby Borough Council · Children's Social Care · Pre-birth and Infant Team"),
        ("kv", [
            ("Unborn baby", "Baby Ndiaye, a girl, due 16/01/2026 (31 weeks at conference)"),
            ("Mother", "Chantelle Ndiaye (20), 3 Pelham Court, Tanner Street, Vantersby VT2 8JD"),
            ("Father", "Josh Farley (24), staying with his mother at 11 Wold View, Vantersby"),
            ("Paternal grandmother", "Lorraine Farley (52), 11 Wold View, Vantersby"),
            ("Chantelle's former foster carer", "Brenda Oakes (61), 40 Mill Hill, Vantersby; Chantelle lived "
                                                "with her from 12 to 18"),
            ("Category", "Physical abuse and neglect (risk of)"),
            ("Conference", "Initial child protection conference (pre-birth), Thursday 13/11/2025. Chair: "
                           "Moira Adebayo (IRO)"),
            ("Social worker", "Lamin Sowe (team manager: Carys Whitlow)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "On 22/08/2025 police were called to Pelham Court after neighbours heard shouting. Chantelle, then "
              "19 weeks pregnant, said Josh had pushed her against the kitchen door after he came home from the "
              "pub; she had a bruise on her upper arm. Josh told police he had been drinking and had taken "
              "cocaine. He accepted a caution. Josh has used cocaine most weekends since he was 17 and says he "
              "drinks \"ten or twelve cans\" on a Friday."),
        ("p", "Chantelle left care at 18. She has anxiety and cut her arms several times between 14 and 17; she "
              "has not self-harmed for two years but told the midwife she has \"bad nights\" when Josh is out. "
              "She was referred to the perinatal mental health service at her booking appointment."),
        ("h1", "What is going well"),
        ("bullets", [
            "Chantelle has been to every antenatal appointment, has stopped smoking and has bought a Moses "
            "basket and a cot.",
            "Josh moved back to his mother's house after the incident and has agreed to see the Recovery Hub; "
            "his first drug screen on 03/11/2025 was negative for cocaine.",
            "Brenda Oakes has stayed close to Chantelle since she left care and has offered to stay at the flat "
            "two nights a week after the birth. Lorraine has offered to be with Josh whenever he visits.",
        ]),
        ("h1", "The baby's world now"),
        ("p", "At the 28-week scan on 21/10/2025 the baby was growing well and moving a lot; Chantelle showed the SW "
              "the scan picture on her phone and said she talks to the baby at night. The flat is warm and clean, "
              "with a Moses basket in the bedroom beside the bed, and nobody smokes inside. The baby can already "
              "be startled by loud noise: when Josh raised his voice in the kitchen during the SW's visit on "
              "05/11/2025, Chantelle held her bump and said the baby \"went mad kicking\". Chantelle wants her "
              "daughter \"to have what I never had, one home and nobody shouting\". Josh wants to be there for "
              "the birth."),
        ("h1", "What we want for the baby"),
        ("numbers", [
            "The baby is born safely and goes home only with adults who have shown on the ward that they can "
            "feed, hold and settle her safely.",
            "The baby lives in a home free of drugs, drunkenness and violence, and is never cared for by an "
            "adult who has been drinking or using.",
            "The baby is fed, warm, gains weight and sleeps on her back in her own Moses basket at every sleep.",
            "The baby has a wider family who know their part and step in the same day if her parents cannot "
            "care for her.",
        ]),
        ("h1", "The plan"),
        ("p", "Read the first column first: it says which stage a row belongs to and the time for every row in "
              "that stage. Where two rows share one check, the \"How we will know\" cell covers both and names "
              "both row numbers."),
        ("table", {
            "header": ["Stage and time", "No.", "What will happen", "Who", "How we will know"],
            "widths": [4.2, 1.0, 8.3, 5.2, 7.0],
            "rows": [
                ["Stage 1: before the birth.\nFrom the conference to 36 weeks of pregnancy. One-off tasks are "
                 "finished by Friday 19/12/2025; the rest happen every week or at every appointment until then.",
                 "1",
                 "Complete a pre-birth assessment of Chantelle and Josh: their own childhoods, what they know about "
                 "caring for a new baby, and the family and friends around them",
                 "Lamin Sowe, SW",
                 "Assessment report shared with Chantelle, Josh and the core group by 19/12/2025, with a "
                 "recommendation on where the baby should go when she leaves hospital"],
                [V, "2",
                 "Assess Chantelle's anxiety and past self-harm, and advise whether she can make and keep the "
                 "changes the baby needs, what help she needs and how long change is likely to take",
                 "Dr Ruth Ekwueme, consultant perinatal psychiatrist, Vantersby Perinatal Mental Health Service",
                 "Rows 2 and 3: a first written report from each service by 12/12/2025, then one two working days "
                 "before every core group, each saying whether the parent is making the changes the baby needs "
                 "and how long that is likely to take"],
                [V, "3",
                 "Key-work with Josh every Monday, a drug screen and a breath test each week, and a view on whether "
                 "he can stay off cocaine and alcohol before the baby comes home",
                 "Sam Okafor, recovery worker, Vantersby Recovery Hub (adult drug and alcohol service)",
                 V],
                [V, "4",
                 "Antenatal appointment every two weeks; go through safe sleep, feeding and coping with a crying "
                 "baby with Chantelle and Josh",
                 "Helen Marsh, specialist midwife (vulnerable families), Vantersby General Hospital",
                 "Every appointment recorded in the maternity notes; at the 36-week appointment Chantelle and Josh "
                 "can each tell the midwife the safe sleep rules"],
                [V, "5",
                 "Write a birth and discharge plan with the ward: who may visit, when staff stay with the baby, and "
                 "how the SW is told of the birth",
                 "Lamin Sowe, SW, with Helen Marsh, midwife",
                 "Birth plan signed by Chantelle, Josh and the Maple Ward manager, on the maternity record and the "
                 "SW's file by 19/12/2025"],
                [V, "6",
                 "Hold a family network meeting with Chantelle, Josh, Lorraine and Brenda to agree who helps at "
                 "home after the birth and who steps in if one of them cannot",
                 "Lamin Sowe, SW",
                 "Written network plan, with a named back-up for each person, sent to everyone at the meeting and to "
                 "the core group by 19/12/2025"],
                [V, "7",
                 "Start the 16-week Vantersby Caring Dads group on Wednesday 26/11/2025 and go every Wednesday "
                 "evening",
                 "Josh Farley (Dad)",
                 "Group worker's attendance report to the SW after every fourth session; Chantelle tells the SW, seen "
                 "on her own, whether there has been any shouting or pushing"],
                ["Stage 2: on the maternity ward.\nFrom the birth until the baby goes home. The baby does not go "
                 "home until the discharge meeting in row 10 has been held.",
                 "8",
                 "Watch and write down how Chantelle and Josh feed, hold and settle the baby on every shift, and "
                 "ring the SW the same day with any worry",
                 "Maple Ward midwives (lead: Aisha Dunn, ward manager)",
                 "Rows 8 and 9: the ward's daily observation sheet and the SW's visit records, both brought to the "
                 "discharge meeting, show how each feed went, who held and settled the baby, and that the SW saw "
                 "her every other day"],
                [V, "9",
                 "Visit the baby and Chantelle on the ward within one working day of the birth and then every other "
                 "day",
                 "Lamin Sowe, SW",
                 V],
                [V, "10",
                 "Hold a discharge planning meeting on the ward and confirm who will be at the flat for the first "
                 "week",
                 "Lamin Sowe, SW",
                 "Discharge plan signed at the meeting and sent to the health visitor, the GP and the core group the "
                 "same day"],
                [V, "11",
                 "Be on the ward for every visit Josh makes; Josh visits only while she is there",
                 "Lorraine Farley (paternal grandmother)",
                 "The ward visitors' book shows Lorraine signed in beside every visit by Josh"],
                ["Stage 3: the first eight weeks at home.\nFrom discharge until the review conference on "
                 "Thursday 12/02/2026.",
                 "12",
                 "Visit the baby at home every week, one visit in three unannounced, and see where she sleeps and "
                 "how she is fed",
                 "Lamin Sowe, SW",
                 "Rows 12 and 13: the SW's and the HV's visit records show the baby seen every week, asleep on her "
                 "back in her own Moses basket, with her weight in the red book at or above her birth centile"],
                [V, "13",
                 "New birth visit within 14 days of discharge, then weigh the baby at home every week",
                 "Nadia Pereira, health visitor",
                 V],
                [V, "14",
                 "Stay at the flat every Friday and Saturday night and do or help with the night feeds",
                 "Brenda Oakes (Chantelle's former foster carer)",
                 "Brenda writes each night feed on the feed chart on the fridge; the SW checks the chart at each "
                 "visit"],
                [V, "15",
                 "Postnatal check with a mood screen for Chantelle and the baby's six-to-eight-week check, with a "
                 "letter to the SW on how Chantelle's mood is affecting her care of the baby",
                 "Dr Kamal Rashid, GP, Ferry Road Surgery",
                 "GP letter with both checks on the SW's file by the review conference"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Josh has a positive drug screen or breath test, is seen drunk or high, or there is any shouting, "
            "pushing or threat at Pelham Court or on the ward: Josh stays at 11 Wold View and has no contact with "
            "Chantelle or the baby except on the ward with staff present; Lamin holds a strategy discussion with "
            "Vantersby Police the same day.",
            "If Chantelle self-harms or tells anyone she has thoughts of harming herself or the baby: the perinatal "
            "team is asked to see her that day, and the baby is cared for by Brenda at the flat, or stays on the "
            "ward, until a strategy discussion agrees the next step.",
            "If Lorraine cannot be at Josh's ward visits, those visits do not happen that day. If Brenda cannot "
            "stay on her nights, Lorraine stays instead; if neither can, Lamin arranges the same day for Chantelle "
            "and the baby to move to a Vantersby parent and child foster placement.",
            "If the pre-birth assessment recommends that the baby cannot go home safely, or Josh has two positive "
            "screens before 36 weeks, Lamin will ask Carys Whitlow for a legal planning meeting within five "
            "working days to decide whether to start pre-proceedings under the Public Law Outline before the "
            "birth.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every three weeks, Tuesdays at 2pm, Tanner Street Family Hub: 25/11/2025, 16/12/2025, "
            "06/01/2026 and 27/01/2026, and an extra core group within five working days of the birth.",
            "Review child protection conference: Thursday 12/02/2026, 10am, Vantersby Civic Offices.",
            "Lamin will bring what he has seen of the baby's days, before and after the birth, to every core "
            "group.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Social worker's letter to a mother after the initial conference: her
#    drinking since the children's father went to prison for assaulting her,
#    his release on licence in January. The plan is attached: band rows give
#    the time for each part (A, B, C) and a separate success criteria
#    appendix gives what we will see for each reference. Word letter printed
#    to PDF with a page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b118_vellingford_letter_to_mum_attached_plan_criteria_appendix_rooke.pdf",
    "doc_title": "Letter to Leanne Rooke with the child protection plan for Tyler and Maisie",
    "split": "heldout",
    "actions": 14,
    "template": "sw-letter-to-mother-after-icpc-printed-to-pdf-page-header-footer-address-block-bold-paragraph-headings-why-what-the-children-told-me-what-we-want-how-the-plan-is-set-out-if-things-go-wrong-meetings-then-attachment-1-ref-what-will-happen-who-table-with-merged-band-rows-giving-each-parts-time-then-attachment-2-success-criteria-by-ref",
    "description": (
        "Exemplary letter from the social worker to a mother after the initial conference for an "
        "11-year-old and a 6-year-old. The mother has been drinking heavily since the children's "
        "father went to prison for assaulting her; he is due out on licence in January. The letter "
        "explains the worries, gives the children's words, the outcomes, the contingency and the "
        "meeting dates; the actions are only in Attachment 1, a Ref / What will happen / Who table "
        "whose merged band rows give each part's time (the next four weeks, every week until the "
        "review, before the father's release), and Attachment 2 gives the success criteria for each "
        "reference. The alcohol service assesses and reports on change, probation and the prison "
        "own rows, the grandfather's part has a fallback, legal planning follows named triggers, and "
        "core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Vellingford City Council – Children's Services",
    "footer": "Letter to Leanne Rooke, 14/11/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "blocks": [
        ("pr", "Children's Services, Safeguarding Team North"),
        ("pr", "Vellingford City Council, Harbour House, Quay Street"),
        ("pr", "Vellingford VL1 4RA"),
        ("pr", "Direct line 01632 960 418"),
        ("p", ""),
        ("pl", "Ms Leanne Rooke"),
        ("pl", "27 Thornfield Road"),
        ("pl", "Vellingford VL6 2PE"),
        ("p", ""),
        ("p", "14 November 2025"),
        ("p", "Dear Leanne,"),
        ("boldp", "Re: Tyler and Maisie Rooke – the outcome of the child protection conference"),
        ("p", "Thank you for coming to the initial child protection conference on Monday 10 November, and for "
              "staying to the end when it was hard to hear. As I said on the day, I am writing to set out what "
              "was decided and what will happen next. The conference decided that Tyler and Maisie need a child "
              "protection plan under the category of neglect. I am their social worker, and my manager is Rhona "
              "Blackwood."),
        ("boldp", "Why the conference was worried"),
        ("p", "Since Craig went to prison in March for assaulting you, you have told me you have been drinking "
              "most days, often a bottle of vodka by the evening. On 17 October a neighbour found Maisie, who is "
              "six, on the front step at 9pm in her pyjamas, looking for you; you were asleep and could not be "
              "woken for some time. Tyler has missed eleven days of school this term, and he told his teacher he "
              "stays at home \"to make sure Mum's OK\". Craig has also been writing to you from HMP Vellmoor, "
              "and in one letter he said he would \"be round\" when he gets out. He is due to be released on "
              "licence on Friday 23 January 2026."),
        ("p", "The conference also heard what is going well. You have not had a drink in the daytime since the "
              "conference was booked, you went to your first appointment at the Vellingford Alcohol Service on "
              "your own, and both children told me they love you and feel safe with you when you are sober. Your "
              "dad, Ray, has the children every Saturday and wants to do more."),
        ("boldp", "What Tyler and Maisie told me"),
        ("p", "I saw Tyler on his own at school on 6 November. He said: \"When Mum drinks she just goes to sleep "
              "and Maisie gets scared. I do her tea and put her to bed. I don't want Dad to come back, I want him "
              "to leave us alone.\" He put home at 4 out of 10 and said it would be 8 \"if Mum stopped and Dad "
              "couldn't find us\". He would like to go to a young carers club, because his friend goes."),
        ("p", "I saw Maisie at school on 7 November with her learning mentor. She drew you on the sofa \"asleep "
              "again\" and herself at the window. She said: \"I like Grandad's on Saturdays because we make "
              "pancakes.\" When I asked about her dad she said she did not want to talk about him and asked to "
              "go back to class."),
        ("boldp", "What we all want for Tyler and Maisie"),
        ("bullets", [
            "Tyler and Maisie are looked after every day and every night by an adult who is sober, awake and "
            "knows where they are.",
            "Tyler is in school every day and no longer feels he has to stay home to look after you or Maisie.",
            "Maisie and Tyler are kept safe from Craig, and know what to do if he comes near the house or the "
            "school.",
            "Both children have an adult outside the family they trust and can talk to about how things are at "
            "home.",
        ]),
        ("boldp", "How the plan is set out"),
        ("p", "The plan itself is in Attachment 1 at the end of this letter. It is in three parts. Each part "
              "starts with a shaded line saying when everything in that part happens or has to be finished by, so "
              "the dates are not repeated on every line. Every action has a reference (A1, B3 and so on), and "
              "Attachment 2 says, for each reference, what we will see if that action is working."),
        ("boldp", "If things go wrong"),
        ("bullets", [
            "If you are drunk while you are the only adult with the children, or the children are found on their "
            "own at night, I or the emergency duty team will visit the same day, Tyler and Maisie will go to "
            "Ray's house at 4 Elm Close that night, and I will hold a strategy discussion the next working day.",
            "If Ray cannot have them (he is ill, away or it is too much), the children will go to your sister "
            "Stacey at 19 Dock Row; if neither of them can, I will arrange for Tyler and Maisie to stay together "
            "with Vellingford foster carers that night.",
            "If Craig contacts you or the children, or comes into the exclusion zone after his release, call 999. "
            "The police will attend, Dawn Okoro (his probation officer) will be told the same day so that he can "
            "be recalled to prison, and I will hold a strategy discussion within one working day.",
            "If you are drunk while caring for the children twice before the review, or Kerry's report to the "
            "core group on 15 January says your drinking has not reduced, I will ask Rhona Blackwood for a legal "
            "planning meeting within five working days to decide whether the local authority should start the "
            "Public Law Outline.",
        ]),
        ("boldp", "Meetings"),
        ("p", "The core group (you, Ray, me and the people named in the plan) will meet every four weeks on a "
              "Thursday at 4pm at Vellingford Park Primary: 20 November 2025, 18 December 2025 and 15 January "
              "2026. The review child protection conference will be on Monday 2 February 2026 at 10am at Harbour "
              "House. I will see Tyler and Maisie before every core group and bring what they say to the meeting."),
        ("p", "If anything in this letter is wrong, or you want to talk about it, please ring me on the number "
              "above. I have sent a copy to Ray, with your agreement, and to everyone named in Attachment 1."),
        ("p", "Yours sincerely,"),
        ("p", "Abi Chowdhury"),
        ("pl", "Social Worker, Safeguarding Team North"),
        ("pagebreak",),
        ("h2", "Attachment 1: the plan"),
        ("p", "Agreed at the initial child protection conference on 10/11/2025. The shaded line at the start of each "
              "part gives the time for every action in that part."),
        ("table", {
            "header": ["Ref", "What will happen", "Who will do it"],
            "widths": [1.4, 10.2, 5.4],
            "rows": [
                ["Part A – the next four weeks: everything in this part is finished by Monday 8 December 2025",
                 H, H],
                ["A1",
                 "An alcohol assessment with Leanne, and a written view on whether she can cut down and stay in "
                 "control of her drinking while she cares for Tyler and Maisie, and how long that is likely to take",
                 "Kerry Vance, alcohol worker, Vellingford Alcohol Service"],
                ["A2",
                 "Refer Tyler to Vellingford Young Carers, so that he has a club of his own and a worker to talk to",
                 "Abi Chowdhury, SW"],
                ["A3",
                 "Family network meeting with Leanne, Ray and Stacey to write down who looks after the children if "
                 "Leanne has been drinking, and who steps in if Ray cannot",
                 "Abi Chowdhury, SW"],
                ["A4",
                 "Ask HMP Vellmoor to stop Craig's letters and calls to Thornfield Road and to tell the SW of any "
                 "attempt he makes to contact Leanne or the children",
                 "Mark Tait, Offender Management Unit, HMP Vellmoor"],
                ["Part B – every week, from the week beginning 17 November 2025 until the review conference on "
                 "2 February 2026", H, H],
                ["B1",
                 "Visit Tyler and Maisie at home, at least one visit in three unannounced, and see each child on "
                 "their own",
                 "Abi Chowdhury, SW"],
                ["B2",
                 "Key-work session and a breath test with Leanne, and a short written report before each core group "
                 "on whether she is making the changes Tyler and Maisie need",
                 "Kerry Vance, Vellingford Alcohol Service"],
                ["B3",
                 "Stay sober whenever she is looking after Tyler and Maisie, and fill in the drink diary Kerry gives "
                 "her",
                 "Leanne Rooke (Mum)"],
                ["B4",
                 "Collect Tyler and Maisie from school on Tuesdays and Thursdays, and have them every Saturday from "
                 "10am to 4pm",
                 "Ray Rooke (maternal grandfather)"],
                ["B5",
                 "Check both children's attendance each morning and phone the SW the same day if either is absent or "
                 "says something worrying",
                 "Mrs Judith Kane, DSL, Vellingford Park Primary"],
                ["B6",
                 "A Monday session for Maisie with her learning mentor, using drawings and feelings cards to hear "
                 "what home is like for her",
                 "Mr Owen Fry, learning mentor, Vellingford Park Primary"],
                ["Part C – before Craig's release on 23 January 2026: everything in this part is finished by "
                 "Friday 9 January 2026", H, H],
                ["C1",
                 "Set Craig's licence conditions: no contact with Leanne, Tyler or Maisie, and an exclusion zone "
                 "covering Thornfield Road and the school",
                 "Dawn Okoro, probation officer (Craig's offender manager), Vellingford Probation Delivery Unit"],
                ["C2",
                 "Send the SW, in writing, Craig's release address and his licence conditions",
                 "Dawn Okoro, probation officer"],
                ["C3",
                 "Fit a video doorbell, a letterbox guard and window locks at 27 Thornfield Road through the "
                 "Sanctuary scheme",
                 "Priya Kalsi, Sanctuary worker, Vellingford Women's Aid"],
                ["C4",
                 "Go through a safety plan with Tyler and Maisie, in words they understand, for what to do if their "
                 "dad comes to the house or the school",
                 "Abi Chowdhury, SW"],
            ],
        }),
        ("h2", "Attachment 2: how we will know it is working"),
        ("p", "Success criteria for each reference in Attachment 1. The core group checks each one at every "
              "meeting."),
        ("table", {
            "header": ["Ref", "What we will see"],
            "widths": [1.4, 15.6],
            "rows": [
                ["A1", "Kerry's written assessment on the children's file by 08/12/2025, with her view on how long "
                       "change is likely to take"],
                ["A2", "Young Carers' acceptance letter on file by 08/12/2025 and the date of Tyler's first club "
                       "night"],
                ["A3", "Written network plan, naming a back-up for Ray, sent to everyone at the meeting and to the "
                       "core group by 08/12/2025"],
                ["A4", "Letter from HMP Vellmoor on file by 08/12/2025 confirming the block; any attempt at contact "
                       "reported to the SW the day it happens"],
                ["B1", "Visit records show both children seen every week and each seen alone at least every other "
                       "week, with their words written down"],
                ["B2", "Breath test results and Kerry's written report on file two working days before each core "
                       "group"],
                ["B3", "Every breath test reads zero; the drink diary is shown to Kerry each week; the SW finds "
                       "Leanne sober at every visit, announced or not"],
                ["B4", "Ray signs the school's collection book each Tuesday and Thursday; Tyler and Maisie tell the SW "
                       "whether Saturdays happened"],
                ["B5", "Weekly attendance emailed to the SW every Friday, with both children at 95% or more; every "
                       "same-day call logged on CPOMS"],
                ["B6", "Mr Fry's session notes go to the SW each month; Maisie's drawings are kept for the review"],
                ["C1", "Copy of the licence on file by 09/01/2026, showing both conditions"],
                ["C2", "Dawn Okoro's letter with the address and conditions on file by 09/01/2026"],
                ["C3", "Women's Aid completion note on file by 09/01/2026; the SW sees the doorbell and locks at the "
                       "next visit"],
                ["C4", "Signed safety plan on file by 09/01/2026; each child can tell the SW, seen alone, who to ring "
                       "and where to go"],
            ],
        }),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan for a 13-year-old young carer and her brother,
#    whose mother has multiple sclerosis and has been taking more codeine
#    than prescribed and drinking. Markdown: an outcome table with the check
#    for each outcome; every action is tagged with a time code from a key in
#    the introduction to the actions, and says which outcome it serves.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b118_vowlham_young_carer_time_code_key_outcome_checks_pennington.md",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-markdown-plan-young-carer-details-table-why-worried-going-well-what-kacey-and-dylan-told-us-then-outcome-table-no-outcome-how-we-will-know-then-actions-section-opening-time-code-key-once-weekly-each-time-bullets-tagged-with-code-and-for-outcome-n-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 13-year-old girl who washes, dresses and gives "
        "medicines to her mother, who has multiple sclerosis and has been taking more codeine than "
        "prescribed and drinking wine, and for her 7-year-old brother. Markdown: the outcomes are a "
        "table whose second column is the check for that outcome; the introduction to the actions "
        "is a key of three time codes (ONCE, finished by a date; WEEKLY, every week until the "
        "review; EACH TIME, at every event the action names), and each action bullet carries a "
        "code and says which outcome it serves, so neither time nor measure is beside the action. "
        "Adult social care, the MS nurse, the GP and the drug and alcohol service own actions and "
        "the last reports on change; the grandmother's part has a fallback, legal planning follows "
        "named triggers, core group and review dates are set, both children's words are recorded."
    ),
    "text": """\
# Child Protection Plan — Kacey and Dylan Pennington

Vowlham County Council · Children and Families · Locality Safeguarding Team (Vowlham East)

| | |
|---|---|
| **Children** | Kacey Pennington, 13 (DOB 08/06/2012), Year 9, Vowlham Academy; Dylan Pennington, 7 (DOB 22/02/2018), Year 3, St Cuthbert's C of E Primary |
| **Address** | 6 Rosemary Walk, Vowlham VW4 3NS |
| **Mother** | Janine Pennington (41) |
| **Father** | Rob Pennington (44), lives in Cardiff; has the children for half of each school holiday |
| **Maternal grandmother** | Maureen Dale (69), 18 Orchard Way, Vowlham (ten minutes by bus) |
| **Category** | Neglect (both children) |
| **Conference** | Initial child protection conference, Tuesday 11/11/2025. Chair: Graham Ferris (IRO) |
| **Social worker** | Sian Morgan (team manager: Abdul Karim) |

## Why we are worried

Janine has had multiple sclerosis for twelve years. Since a relapse in the spring she uses a wheelchair outside the
house, has a lot of pain in her legs and back, and cannot manage the stairs on a bad day. She has no carers. Kacey
has been helping her to wash, dress and get to the toilet at night, and gives her her tablets. Kacey's attendance is
71% this term and she falls asleep in lessons.

Janine told the GP in October that she has been taking "a few extra" co-codamol most days, and the pharmacy has
flagged two early requests. She has also been drinking two or three glasses of wine most evenings to help her sleep.
On 24/10/2025 she fell in the bathroom late at night and could not get up; Kacey, who could not lift her, rang 999,
and the paramedics found Janine drowsy and smelling of alcohol. Dylan was asleep upstairs. He has been late to school
on 14 mornings this term because nobody was able to walk him there.

## What is going well

Janine loves her children, was honest at the conference about the tablets and the wine, and asked for help herself.
Maureen comes every Sunday and wants to help more, although she has arthritis and cannot lift Janine. Kacey and Dylan
are close, and both are doing well at school when they are there. Rob rings the children every week and has offered to
have them for part of the Christmas holiday.

## What Kacey and Dylan told us

**Kacey** (seen on her own at Vowlham Academy, 04/11/2025): "I don't mind helping Mum, it's just the nights. I get up
two or three times and then I can't sleep. When she's had wine she's harder to lift. The night she fell I thought she
was dead for a second." She would like "someone else to do the toilet and the showers" and wants to keep cooking tea
"because I like it". She scored home 5 out of 10.

**Dylan** (seen at St Cuthbert's, 05/11/2025): "Kacey does Mum's tablets. I'm late because nobody takes me and I'm not
allowed to cross the big road." He drew the ambulance outside the house and said he was "a bit scared but Kacey was
brave". He wants "Grandma to come more, and to go to Dad's at Christmas".

## What we want, and how we will know

| No. | What we want for Kacey and Dylan | How we will know |
|---|---|---|
| 1 | Kacey no longer washes, dresses or toilets her mum or gives her tablets, and has time to be 13. | An adult social care support plan is on file by 12/12/2025 with carers booked for every morning and bedtime call, and from then the carers' visit log shows every call made. Kacey's young carer's plan is on file by 12/12/2025 and the Young Carers register shows her at three of every four Thursday sessions. Kacey tells Sian, seen on her own, that she has not washed or dressed her mum or given her tablets since the carers started. |
| 2 | Kacey and Dylan are never cared for by their mum while she is drunk or over-medicated, and her falls at home stop. | The GP's letter with the new pain plan and weekly dispensing is on file by 12/12/2025, and the pharmacy's record shows no early request. The MS nurse's falls assessment and equipment list are on file by 12/12/2025 and the rails are seen fitted by 19/12/2025. The drug and alcohol worker's written report, with breath test results, is on file before every core group. Sian finds Janine sober and alert at every visit, announced or not, and there are no more 999 calls for a fall. |
| 3 | Kacey and Dylan are in school every day and on time. | Both schools email Sian each Friday: attendance of 95% or more for each child and no day missed or late because of Janine's care. St Cuthbert's gate book shows who brought Dylan each morning. |
| 4 | Kacey and Dylan each have adults they can talk to, and both know exactly who to ring if their mum is unwell, has fallen or has been drinking. | Sian's visit records show each child seen on their own every week, with their words written down. The written network plan, naming who comes at night and who steps in if Maureen cannot, is sent to everyone in it by 12/12/2025. Each child can show Sian their "who to ring" card and say what is on it. |

## What will happen

Every action below starts with a time code. The codes are:

- **ONCE** — done once, and finished by **Friday 12/12/2025**.
- **WEEKLY** — every week, from the week beginning **Monday 17/11/2025** until the review conference on **Tuesday
  10/02/2026**.
- **EACH TIME** — every time the thing named in the action happens (every school day, every night Janine is on her own
  with the children), until the review conference.

Each action also says which outcome it is for. How we will know it is working is the check for that outcome, in the
table above; the core group goes through the checks for every outcome at each meeting.

- **ONCE — for outcome 1.** Tom Avery (social worker, Physical Disability Team, Vowlham Adult Social Care) will assess
  Janine's care needs with her and arrange paid carers for every morning and bedtime, so that Kacey no longer does her
  mum's personal care.
- **ONCE — for outcome 1.** Lily Gant (young carers worker, Vowlham Young Carers) will complete a young carer's
  assessment with Kacey and offer her a place at the Thursday club.
- **ONCE — for outcome 2.** Dr Ellen Roper (GP, Mill Lane Surgery) will review Janine's pain relief, prescribe her
  co-codamol weekly in blister packs delivered by the pharmacy, and write to Sian about how her medicines may affect
  her care of the children.
- **ONCE — for outcome 2.** Nicola Shaw (MS specialist nurse, Vowlham Community Neurology Service) will visit Janine at
  home, assess her falls risk and order grab rails, a bed lever and a commode, and tell Sian what Janine can and cannot
  safely do for the children on a bad day.
- **WEEKLY — for outcome 2.** Ryan Holt (recovery worker, Vowlham Drug and Alcohol Service) will see Janine at home,
  take a breath test, and report in writing before each core group on whether she is cutting down her codeine and
  wine, what still has to change for Kacey and Dylan, and how long that is likely to take.
- **EACH TIME — for outcome 2.** Janine will take only her prescribed doses, and drink no alcohol on any night she is
  on her own with Kacey and Dylan.
- **EACH TIME — for outcome 3.** Mrs Farah Iqbal (DSL, Vowlham Academy) will check Kacey's attendance and punctuality
  every school day and ring Sian the same day if Kacey is absent or says she was up in the night.
- **EACH TIME — for outcome 3.** Mr Paul Denton (DSL, St Cuthbert's C of E Primary) will check every school day who
  brought Dylan and when, and ring Sian the same day if he is late or absent.
- **WEEKLY — for outcome 3.** Maureen Dale (grandmother) will walk Dylan to school on Monday, Wednesday and Friday
  mornings, with the school's breakfast club covering Tuesday and Thursday.
- **WEEKLY — for outcome 4.** Sian Morgan (SW) will visit at home, at least one visit in three unannounced, and see
  Kacey and Dylan each on their own.
- **ONCE — for outcome 4.** Sian Morgan (SW) will hold a family network meeting with Janine, Maureen and Rob (by
  video) and write down who comes at night if Janine falls or is unwell, and who steps in if Maureen cannot.
- **ONCE — for outcome 4.** Sian Morgan (SW) will make a "who to ring" card with each child, with Maureen's, Sian's
  and the emergency duty team's numbers, and go through it with them.

## If things go wrong

- **If Janine is found drunk or too drowsy to care for the children, or falls and Kacey has to help her up or ring
  999:** Kacey rings Maureen and the emergency duty team; Kacey and Dylan go to Maureen's at 18 Orchard Way that night,
  and Sian holds a strategy discussion the next working day. Adult social care will be asked for emergency night
  carers for Janine the same day.
- **If Maureen cannot have them** (her arthritis is bad, she is ill or away): Sian or the emergency duty team will
  arrange an emergency foster placement for Kacey and Dylan together that night, and Rob will be asked to come from
  Cardiff the next day to care for them while a plan is made.
- **If Kacey is found doing her mum's personal care again once the carers have started,** Sian will visit within one
  working day and adult social care will be asked to review the care package that week.
- **If progress stops:** if there is a second incident of Janine being drunk or over-medicated while on her own with
  the children, or Ryan's report to the core group on 20/01/2026 says she has not cut down, Sian will ask Abdul Karim
  for a legal planning meeting within five working days.

## Core group and review

- Core group every four weeks, Tuesdays at 3.30pm, at 6 Rosemary Walk (so that Janine can take part): 25/11/2025,
  23/12/2025 and 20/01/2026.
- Review child protection conference: Tuesday 10/02/2026, 10am, Vowlham Council Offices (ground floor, step-free).
- Sian will ask Kacey and Dylan before every core group what has changed for them and bring their words to the
  meeting.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan for a ten-month-old with a tracheostomy at
#    home: no trained adult awake twice at night, a blocked tube in
#    October, father's drinking, smoking in the flat. Plain text: the
#    actions are numbered with who and "we will see" but no time; a
#    calendar, one row per week, lists the numbers of the actions that
#    happen or fall due that week. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b118_verriton_trache_baby_week_calendar_action_numbers_saddler.txt",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-plain-text-plan-caps-numbered-sections-dot-leader-details-why-worried-ellis-day-observed-outcomes-then-numbered-actions-with-who-and-we-will-see-lines-no-time-then-twelve-week-calendar-one-row-per-week-beginning-listing-action-numbers-with-key-contingency-core-group",
    "description": (
        "Exemplary initial conference plan for a ten-month-old born at 27 weeks who has a "
        "tracheostomy and needs a trained adult awake with him at all times; twice no trained adult "
        "was awake at night, his tube blocked in October, his father drinks and both parents smoked "
        "in the flat. Plain text: thirteen numbered actions each give WHO and WE WILL SEE but no "
        "time; the time is in a twelve-week calendar, one row per week beginning, listing the numbers "
        "of the actions that happen or fall due that week (weekly actions in every row, the "
        "fortnightly weigh in alternate rows, each one-off in its due week). The alcohol service "
        "reports on change, the grandmother's nights have a fallback, legal planning follows named "
        "triggers, core group and review dates are set, and the baby's day is described."
    ),
    "text": """\
VERRITON METROPOLITAN BOROUGH COUNCIL
CHILDREN'S SOCIAL CARE - CHILDREN WITH COMPLEX HEALTH NEEDS TEAM
CHILD PROTECTION PLAN
=============================================================================

1. DETAILS
-----------------------------------------------------------------------------
Child ................ Ellis SADDLER, born 14/01/2025 (10 months)
Address .............. Flat 12, Kestrel House, Brook Lane, Verriton VR3 6TW
Mother ............... Jess Saddler (21)
Father ............... Connor Blake (23), lives with Jess and Ellis
Paternal grandmother . Wendy Blake (48), 31 Fenton Road, Verriton
Category ............. Neglect
Conference ........... Initial child protection conference, Wednesday
                       19/11/2025. Chair: Diane Okwu (IRO)
Social worker ........ Marcus Bell (team manager: Helen Strachan)

2. WHY WE ARE WORRIED
-----------------------------------------------------------------------------
Ellis was born at 27 weeks. He has subglottic stenosis (a narrowing below his
voice box) and has had a tracheostomy since March 2025. He came home from
Verriton Children's Hospital in August. His tube has to be suctioned whenever
it bubbles, changed every week, and kept moist, and a trained adult must be
awake and in the room with him at all times, day and night.

On 02/10/2025 and 16/10/2025 the children's community nurses arrived for early
visits and found Jess and Connor both asleep and Ellis awake in his cot; on
the second visit the suction machine was not charged. On 30/10/2025 Ellis's
tube blocked in the evening; Jess cleared it after several minutes and rang
999, and Ellis spent two nights on the children's ward. The ambulance crew
reported a strong smell of cigarette smoke in the flat and said Connor had
been drinking. Connor says he drinks "a few cans most nights" and has been
more since he lost his job in September. Ellis missed two ENT clinic
appointments in the summer.

What is going well: Jess is skilled with Ellis's trache care and the nurses
say her suction technique is "textbook". Wendy was trained before Ellis came
home and has stayed over some nights. Jess and Connor both want Ellis to stay
at home, came to the conference and agreed to this plan.

3. WHAT WE HAVE SEEN OF ELLIS'S DAY
-----------------------------------------------------------------------------
Ellis cannot make a sound with his tube in, so the people who care for him
have to watch him. On the SW's visit of 12/11/2025 he was sitting on the play
mat, grinning and banging two bricks together, and turned to look for Jess
whenever she left the room. When his tube bubbled he went still and stared at
her, and she had the catheter ready in seconds. He signs "more" with his
hands at feeds, which Jess taught him. On the nurses' visit of 16/10/2025, when
nobody was awake, he had pulled at his trache ties and was red in the face
and sweating. He sleeps badly: the night log shows him waking three or four
times. He lights up when Wendy arrives and lifts his arms to her.

4. WHAT WE WANT FOR ELLIS
-----------------------------------------------------------------------------
4.1 Ellis always has a trained adult who is sober and awake in the room with
    him, day and night, and his tube is kept clear, moist and changed on time.
4.2 Ellis goes to every hospital appointment and grows well: his weight stays
    on or above the 9th centile on his corrected-age chart.
4.3 Ellis lives in a smoke-free home, with carers who are never drunk while
    they are responsible for him.
4.4 Ellis has a family around him who share the nights, so that nobody caring
    for him is too exhausted to stay awake.

5. THE ACTIONS
-----------------------------------------------------------------------------
The actions are numbered. Each one says who does it and what we will see if
it is working. When each action happens is in the calendar in section 6.

5.1  Visit Ellis at home, one visit in three unannounced and one a month in
     the evening, and check that a trained adult is awake with him, the
     suction machine is charged and the night log is filled in.
     WHO: Marcus Bell (SW)
     WE WILL SEE: visit records show Ellis seen at every visit, who was
     awake with him, and the state of the machine and the log.

5.2  Visit twice a week, change Ellis's trache tube and ties with Jess or
     Connor doing it under supervision, and read the night log.
     WHO: Fiona Drake, children's community nurse, Verriton Children's
     Community Nursing Team
     WE WILL SEE: nursing records sent to the SW each week, showing every
     tube change on time and the log complete.

5.3  Keep the 24-hour care log: every suction, every tube change and the
     name of the adult awake with Ellis for each hour of every night.
     WHO: Jess Saddler and Connor Blake (parents)
     WE WILL SEE: the log has no gap of more than an hour at night when it is
     read by the nurse and the SW.

5.4  Assess Connor's drinking, see him for key-work and a breath test each
     week, and report before each core group on whether he has cut down,
     what still has to change for Ellis and how long it is likely to take.
     WHO: Ravi Patel, recovery worker, Verriton Alcohol and Drug Service
     WE WILL SEE: Ravi's written report, with the breath test results, on
     file two working days before every core group.

5.5  Drink no alcohol on any day or night he is on the care rota for Ellis,
     and go to every key-work session.
     WHO: Connor Blake (Dad)
     WE WILL SEE: every breath test reads zero; Connor is found sober at
     every unannounced and evening visit.

5.6  Weigh Ellis at home and plot the weight on his corrected-age chart.
     WHO: Amara Osei, health visitor
     WE WILL SEE: the weight in the red book at every weigh, staying on or
     above the 9th centile.

5.7  See Ellis in the airway clinic on 16/12/2025 and decide whether he is
     ready for the next step towards taking his trache out; Jess and Connor
     bring him, with hospital transport booked by the nurse.
     WHO: Mr Femi Adeyemi, consultant ENT surgeon, Verriton Children's
     Hospital
     WE WILL SEE: Ellis seen on 16/12/2025 and the clinic letter copied to
     the SW.

5.8  Re-train and sign off Connor and Wendy in suction, tube change and
     emergency tube change, using the training doll.
     WHO: Fiona Drake, children's community nurse
     WE WILL SEE: a signed competency record for each of them on Ellis's
     file.

5.9  Stay at the flat every Tuesday and Thursday night as the trained adult
     who is awake with Ellis, so that Jess and Connor can sleep.
     WHO: Wendy Blake (paternal grandmother)
     WE WILL SEE: Wendy's name in the night log for each of those nights,
     checked by the nurse and the SW.

5.10 Hold a family network meeting with Jess, Connor, Wendy and Jess's
     friend Amy Carr to agree a written night rota and who covers each
     night if the person on the rota cannot.
     WHO: Marcus Bell (SW)
     WE WILL SEE: the written rota, with a back-up for every night, sent to
     everyone in it and to the core group.

5.11 Assess Ellis for children's continuing care, including night sitters
     from the continuing care nursing team.
     WHO: Claire Hobbs, nurse assessor, Verriton Children's Continuing Care
     Team
     WE WILL SEE: the assessment and the funding decision letter sent to
     Jess, Connor and the SW.

5.12 See Jess and Connor together each week, with a carbon monoxide breath
     test, to help them stop smoking, and check that nobody smokes in the
     flat.
     WHO: Lucy Hart, adviser, Verriton Stop Smoking Service
     WE WILL SEE: carbon monoxide readings at every session falling to
     non-smoker levels; no smell of smoke at any nurse or SW visit.

5.13 Give Ellis his one-year immunisations.
     WHO: Jan Rowe, practice nurse, Castle Street Surgery
     WE WILL SEE: immunisations recorded in the red book and the GP record,
     and the practice's confirmation sent to the HV.

6. THE CALENDAR
-----------------------------------------------------------------------------
Each row is one week. The numbers are the actions in section 5 that happen
in that week, or that must be finished by the end of it. An action that is
in every row happens every week until the review conference.

WEEK  BEGINNING    ACTIONS THAT WEEK                  ALSO
----  -----------  ---------------------------------  ------------------
  1   24/11/2025   1  2  3  4  5  6  9  12
  2   01/12/2025   1  2  3  4  5  9  10  12           core group 03/12
  3   08/12/2025   1  2  3  4  5  6  8  9  12
  4   15/12/2025   1  2  3  4  5  7  9  12
  5   22/12/2025   1  2  3  4  5  6  9  12
  6   29/12/2025   1  2  3  4  5  9  12
  7   05/01/2026   1  2  3  4  5  6  9  11  12        core group 07/01
  8   12/01/2026   1  2  3  4  5  9  12  13           Ellis is one (14/01)
  9   19/01/2026   1  2  3  4  5  6  9
 10   26/01/2026   1  2  3  4  5  9
 11   02/02/2026   1  2  3  4  5  6  9                core group 04/02
 12   09/02/2026   1  2  3  4  5  9                   review 11/02

Key: 1, 2, 3, 4, 5 and 9 are in every week. 6 (weighing) is every other week.
12 (stop smoking) runs for the first eight weeks. 7 is the clinic on
16/12/2025. 8, 10, 11 and 13 are one-off actions due in the week shown.

7. IF THINGS GO WRONG
-----------------------------------------------------------------------------
- If a nurse or the SW finds no trained adult awake with Ellis, the suction
  machine not charged, or an adult caring for him who has been drinking:
  Marcus (or the emergency duty team out of hours) visits that day, Wendy or
  Amy comes to the flat to be the awake adult, and Marcus holds a strategy
  discussion the next working day.
- If Ellis's tube blocks or comes out: the adult with him starts the
  emergency routine and rings 999, and the ward tells Marcus the same day.
- If Wendy cannot do her nights (she is ill or working): Amy covers; if
  neither can, Fiona Drake arranges an emergency night sitter from the
  community nursing team, and if none is free Ellis is admitted to the
  children's ward for that night.
- If there is a second night with no trained adult awake, or Connor has two
  positive breath tests before the review, or Ravi's report in January says
  Connor has not cut down: Marcus will ask Helen Strachan for a legal
  planning meeting within five working days to decide whether to start the
  Public Law Outline.

8. CORE GROUP AND REVIEW
-----------------------------------------------------------------------------
Core group ........... every four to five weeks, Wednesdays at 1pm, at the
                       flat: 03/12/2025, 07/01/2026 and 04/02/2026
Review conference .... Wednesday 11/02/2026, 10am, Verriton Town Hall
Ellis's day .......... Marcus will bring what he and the nurses have seen of
                       Ellis's days and nights to every core group
=============================================================================
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan for three children whose mother is detained in
#    a psychiatric hospital and whose father drinks. One landscape table
#    split by merged phase banner rows; an owner cell merged down two rows
#    ("Family network") and a measure cell merged down two rows ("Progress
#    monitored at core group"). Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b118_vaddicombe_phase_banners_merged_owner_and_check_kirkbride.docx",
    "doc_title": "Child Protection Plan - Holly, Jack and Rosie Kirkbride",
    "split": "heldout",
    "actions": 14,
    "check_vmerge": 2,
    "landscape": True,
    "template": "icpc-landscape-word-plan-details-list-why-worried-going-well-childrens-words-outcomes-then-one-no-what-will-happen-who-how-we-will-know-table-split-by-merged-phase-banner-rows-phase-1-first-four-weeks-phase-2-weeks-5-to-10-phase-3-longer-term-with-no-time-owner-and-measure-cells-merged-down-two-rows-contingency-core-group",
    "description": (
        "Initial conference plan for a 12-year-old, an 8-year-old and a 3-year-old whose mother is "
        "detained on a psychiatric ward with psychotic depression and whose father, now caring for "
        "them alone, drinks most evenings. One landscape Word table is split by merged phase banner "
        "rows that carry the time (the first four weeks, to a date; weeks 5 to 10, with dates); the "
        "third banner, 'longer term', has none. Most rows are sound (weekly visits, the alcohol "
        "service's reports, the health visitor, the father's group, the leave plan). Faults: the "
        "ward only supports the mother and is measured by her mood, and the psychiatrist only "
        "reviews her treatment; the father's parenting assessment has no output; an owner cell "
        "merged over two rows reads 'Family network'; a measure cell merged over both school rows "
        "reads 'Progress monitored at core group'; two longer-term rows have no time; one outcome "
        "is only about the mother; the contingency sends the children to the grandparents with no "
        "word on what happens if they cannot, and names no legal step."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Vaddicombe Council – Children's Services – Family Safeguarding Team 2"),
        ("kv", [
            ("Children", "Holly Kirkbride (12), DOB 03/05/2013, Year 8, Vaddicombe High School; Jack Kirkbride "
                         "(8), DOB 19/09/2017, Year 4, Brookfield Primary; Rosie Kirkbride (3), DOB 27/08/2022, "
                         "Little Oaks Nursery"),
            ("Address", "52 Cobden Street, Vaddicombe VD7 1EL"),
            ("Mother", "Samantha (Sam) Kirkbride (36), currently an inpatient at Vale Mount Hospital, Heron Ward"),
            ("Father", "Gary Kirkbride (40)"),
            ("Maternal grandparents", "Pat and Derek Lowe, 9 Linnet Close, Vaddicombe"),
            ("Category", "Neglect (all three children)"),
            ("Conference", "Initial child protection conference, Thursday 06/11/2025. Chair: Rebecca Vine (IRO)"),
            ("Social worker", "Nathan Cole (team manager: Ola Adeyinka)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Sam has had depression since Rosie was born. In September she stopped eating and sleeping, believed "
              "she had done something terrible to the children, and on 03/10/2025 she was detained under section 2 "
              "of the Mental Health Act; she is now on section 3 on Heron Ward. Since then Gary has cared for the "
              "children alone while working early shifts at the bakery. He told the SW he drinks \"six or seven "
              "cans\" most evenings to cope. On 21/10/2025 Holly rang her grandmother at 11pm because Gary had "
              "fallen asleep on the sofa with the back door open and Rosie was awake and crying. Jack has been late "
              "to school nine times since October and Holly has missed four days to look after Rosie."),
        ("h1", "What is going well"),
        ("p", "Gary loves the children and has kept the house clean and the children fed. He agreed at conference "
              "that his drinking has got worse and has already been to the alcohol service once. Pat and Derek "
              "live ten minutes away and have the children often. Sam rings the children every evening from the "
              "ward and is starting to talk about coming home."),
        ("h1", "What the children have told us"),
        ("p", "Holly (seen alone at school, 30/10/2025): \"I'm basically Rosie's mum now. Dad's OK in the morning but "
              "in the evenings he just falls asleep. I miss Mum but I'm scared to see her on the ward because she "
              "looked weird.\" She scored home 4 out of 10."),
        ("p", "Jack (seen alone at school, 30/10/2025): \"Dad burns the toast and we're always late. I like going to "
              "Nanna's.\" He wants his mum to come home \"for Christmas\"."),
        ("p", "Rosie was seen at home on 28/10/2025. She followed Holly from room to room, went to Holly, not Gary, "
              "when she bumped her head, and asked for \"Mummy phone\"."),
        ("h1", "What we want"),
        ("bullets", [
            "Holly, Jack and Rosie are cared for every evening and night by an adult who is sober and awake.",
            "Holly goes to school every day and no longer looks after Rosie in place of an adult.",
            "Jack gets to school on time every day and Rosie goes to every nursery session.",
            "Sam recovers and is well enough to come home from hospital.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "What will happen", "Who", "How we will know"],
            "widths": [1.0, 10.2, 6.0, 8.5],
            "rows": [
                ["PHASE 1 – the first four weeks: by Friday 05/12/2025", H, H, H],
                ["1",
                 "See Holly, Jack and Rosie at home every week, one visit in three unannounced and one in the "
                 "evening, and see Holly and Jack on their own",
                 "Nathan Cole, SW",
                 "Visit records show all three children seen each week and the older two seen alone, with their "
                 "words written down"],
                ["2",
                 "Alcohol assessment with Gary, then weekly key-work and a breath test at each session",
                 "Jo Pearce, recovery worker, Vaddicombe Alcohol Service",
                 "Breath test results and a written report to each core group on whether Gary is drinking less "
                 "and what still has to change for the children"],
                ["3",
                 "Support Sam on the ward and help her to settle on her new medication",
                 "Heron Ward team, Vale Mount Hospital (named nurse: Alan Briggs)",
                 "Sam's mood is more settled"],
                ["4",
                 "Complete a parenting assessment of Gary as the children's main carer",
                 "Nathan Cole, SW",
                 ""],
                ["5",
                 "Take Jack to school and Rosie to nursery on the mornings Gary starts work at 6am",
                 "Family network",
                 "School and nursery registers show Jack and Rosie arriving on time on those mornings"],
                ["6",
                 "Have the children for tea on Wednesdays and Sundays so that Gary can visit Sam",
                 V,
                 "Contact book signed by whoever has the children, read by the SW at each visit"],
                ["PHASE 2 – weeks 5 to 10: Monday 08/12/2025 to Friday 16/01/2026", H, H, H],
                ["7",
                 "Key adult check-in with Holly every Monday, and a referral to Vaddicombe Young Carers",
                 "Mrs Anita Shah, DSL, Vaddicombe High School",
                 "Progress monitored at core group"],
                ["8",
                 "Check Jack's attendance and punctuality each day and give him a breakfast club place",
                 "Mr Lee Dunn, DSL, Brookfield Primary",
                 V],
                ["9",
                 "Weigh Rosie, check her development and speech, and see how she is with Gary at home",
                 "Gemma Fox, health visitor",
                 "Rosie's weight in her red book at each visit; her development review summary sent to the SW "
                 "by 16/01/2026"],
                ["10",
                 "Agree with Sam, Gary and the ward how Sam's home leave will work, and tell the children "
                 "beforehand what to expect",
                 "Nathan Cole, SW",
                 "Written leave plan on file before Sam's first home leave; Holly and Jack tell the SW they knew "
                 "what would happen"],
                ["11",
                 "Go to the 8-week Vaddicombe Parenting Under Pressure group on Tuesday evenings",
                 "Gary Kirkbride (Dad)",
                 "Group register sent to the SW after week 4 and week 8"],
                ["PHASE 3 – longer term", H, H, H],
                ["12",
                 "Help Gary apply for a three-bedroom council tenancy nearer the children's schools",
                 "Lisa Grant, family support worker",
                 "Housing application reference and banding letter on file"],
                ["13",
                 "Review Sam's diagnosis and medication before she is discharged",
                 "Dr Imran Qureshi, consultant psychiatrist, Vale Mount Hospital",
                 "Discharge summary copied to the SW"],
                ["14",
                 "Refer the family to the Vaddicombe Family Group Conference service",
                 "Nathan Cole, SW",
                 "The family's plan from the conference shared with the core group"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Gary is found drunk while he is the only adult with the children, or the children are left without "
              "an adult awake at night, Holly, Jack and Rosie will go to Pat and Derek's house at 9 Linnet Close "
              "that night, and Nathan will hold a strategy discussion with Vaddicombe Police the same day. Gary will "
              "not care for the children alone again until the strategy discussion has agreed a safety plan."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 4pm, Brookfield Primary: 20/11/2025, 18/12/2025 and "
            "15/01/2026.",
            "Review child protection conference: Thursday 05/02/2026, 2pm, Vaddicombe Civic Centre.",
        ]),
    ],
    "findings": [
        F("F002", "Sam recovers and is well enough to come home from hospital."),
        F("H001", "Support Sam on the ward and help her to settle"),
        F("M002", "Support Sam on the ward and help her to settle"),
        F("M001", "Complete a parenting assessment of Gary as the children's main carer"),
        F("W002", "Take Jack to school and Rosie to nursery"),
        F("W002", "Have the children for tea on Wednesdays and Sundays"),
        F("M002", "Key adult check-in with Holly every Monday"),
        F("M002", "Check Jack's attendance and punctuality each day"),
        F("T001", "Help Gary apply for a three-bedroom council tenancy"),
        F("H001", "Review Sam's diagnosis and medication before she is discharged"),
        F("T001", "Refer the family to the Vaddicombe Family Group Conference"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Child in need plan made when a child protection plan ended (step-down)
#    for two children whose father is in prison for assaulting their mother.
#    Typed numbered actions under three stage headings that give the time;
#    a "Checks" list after each stage keyed by action number. Word document
#    printed to PDF with a page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b118_vexholme_cin_step_down_stage_checks_lists_harker.pdf",
    "doc_title": "Child in Need Plan (step-down) - Leo and Ava Harker",
    "split": "heldout",
    "actions": 12,
    "template": "cin-step-down-plan-word-printed-to-pdf-page-header-footer-details-list-why-the-cp-plan-ended-what-still-worries-us-what-leo-and-ava-say-outcomes-then-typed-numbered-actions-under-three-stage-headings-next-28-days-to-first-cin-review-throughout-the-plan-each-followed-by-a-checks-list-by-action-number-contingency-cin-reviews",
    "description": (
        "Child in need plan agreed at the review conference that ended the child protection plan "
        "for a 9-year-old and a 5-year-old, whose father is in prison for assaulting their mother. "
        "A Word document printed to PDF with a page header and footer. Typed numbered actions sit "
        "under three stage headings that give the time, and each stage is followed by a 'Checks' "
        "list keyed by action number. Most actions are sound (the prison's block on letters, the "
        "children's domestic abuse group, the school's ELSA sessions, the SW's visits, the GP). "
        "Faults: the first checks list leaves out the child in need assessment update, which has no "
        "output, and its check for the mother's Freedom Programme is her engagement; 'the family' "
        "owns the school run; the last stage runs 'throughout the child in need plan', so its two "
        "actions have no real time; one outcome is about the mother only; child in need reviews "
        "replace core groups and a review conference, and stepping back up to conference is the "
        "only escalation named."
    ),
    "header": "OFFICIAL-SENSITIVE – Vexholme Council – Children's Services",
    "footer": "Harker – child in need plan (step-down), 18/11/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child in Need Plan (step-down from child protection)"),
        ("kv", [
            ("Children", "Leo Harker (9), DOB 12/02/2016; Ava Harker (5), DOB 30/07/2020; both at Kingsway "
                         "Primary School"),
            ("Address", "15 Saxon Way, Vexholme VX2 9HB"),
            ("Mother", "Gemma Harker (29)"),
            ("Father", "Shane Walsh (33), serving 30 months at HMP Ravensdyke for assaulting Gemma; earliest "
                       "release date June 2026"),
            ("Maternal aunt", "Amy Harker (26), 4 Beech Terrace, Vexholme"),
            ("Plan history", "Child protection plans (emotional abuse) from 20/03/2025. Review conference on "
                             "18/11/2025 ended the plans and agreed this child in need plan. Chair: Paul Hendry "
                             "(IRO)"),
            ("Social worker", "Rachel Ibe, Vexholme Children's Services, Family Support Team (team manager: "
                              "Simon Achterberg)"),
        ]),
        ("h1", "Why the child protection plan has ended"),
        ("p", "Leo and Ava were made subject to child protection plans after Shane assaulted Gemma in front of them "
              "in March 2025, the fourth police call-out that year. Shane was remanded the same week and sentenced "
              "in July. Since then there has been no violence in the home, Gemma has kept the non-molestation order "
              "in place and has not let Shane's friends into the house, and both children are settled at school "
              "(attendance 97% and 95%). The conference agreed that the risk of significant harm has reduced and "
              "that Leo and Ava still need help as children in need."),
        ("h1", "What still worries us"),
        ("bullets", [
            "Shane sent Gemma two letters from prison in October through a friend, saying the children \"need "
            "their dad\" and asking her to drop the order.",
            "Leo has angry outbursts at school and has hit out at other children twice this term; he says he "
            "still has dreams about the night his mum was hurt.",
            "Ava is very clingy at the school gate and cries when Gemma leaves.",
            "Gemma has anxiety and panic attacks and has been prescribed sertraline by her GP. Some mornings she "
            "finds it hard to get the children out of the house.",
        ]),
        ("h1", "What Leo and Ava say"),
        ("p", "Leo (seen on his own at school, 11/11/2025): \"It's better now Dad's in prison because there's no "
              "shouting. But I get angry and I don't know why. I don't want to see him, maybe when I'm older.\" "
              "He scored how safe he feels at home at 8 out of 10, up from 3 in March."),
        ("p", "Ava (seen at home with her mum, 12/11/2025): she showed the SW her bedroom and her new bunk bed and "
              "said \"Mummy reads me three books\". She said she cries at school \"because I want Mummy\"."),
        ("h1", "What we want for Leo and Ava"),
        ("numbers", [
            "Leo and Ava are safe from their father's abuse and from any contact he tries to make through others.",
            "Leo understands what happened at home and has ways to manage his anger at school.",
            "Ava settles at school each morning and feels confident when her mum leaves.",
            "Gemma feels confident and in control of her anxiety.",
        ]),
        ("h1", "What will happen"),
        ("p", "The actions are numbered 1 to 12 and split into three stages. The time for every action in a stage is "
              "in its heading. After each stage there is a list of checks, by action number, that the child in "
              "need review will use."),
        ("h2", "Stage 1 – the next 28 days (all by Tuesday 16/12/2025)"),
        ("pi", "1. Jordan Fell (Offender Management Unit, HMP Ravensdyke) will confirm in writing that Shane's "
               "calls, letters and visiting orders to Gemma and the children are blocked, and that letters sent "
               "through other prisoners are stopped."),
        ("pi", "2. Rachel Ibe (SW) will refer Leo to Sunflower, the Vexholme children's domestic abuse recovery "
               "group."),
        ("pi", "3. Rachel Ibe (SW) will complete a child in need assessment update with Gemma and the children."),
        ("pi", "4. Mrs Carla Finch (DSL, Kingsway Primary) will set up weekly ELSA sessions for Ava with Miss "
               "Tandy, the school's emotional literacy support assistant, and a named adult to meet her at the "
               "gate."),
        ("pi", "5. Gemma will start the Freedom Programme at Vexholme Family Hub on Thursday mornings."),
        ("boldp", "Checks for stage 1"),
        ("bullets", [
            "Action 1: HMP Ravensdyke's letter confirming the block is on file by 16/12/2025; any letter that gets "
            "through is passed to Rachel and the police the same day.",
            "Action 2: Sunflower's acceptance letter and the date of Leo's first group are on file by 16/12/2025.",
            "Action 4: Miss Tandy's ELSA log is sent to Rachel after every session, and the gate adult's sheet shows "
            "Ava handed over each morning.",
            "Action 5: Gemma's engagement with the Freedom Programme.",
        ]),
        ("h2", "Stage 2 – from 17/12/2025 until the first child in need review on Tuesday 20/01/2026"),
        ("pi", "6. Rachel Ibe (SW) will visit Leo and Ava at home every two weeks and see Leo on his own each time."),
        ("pi", "7. Dr Priya Nair (GP, Vexholme Health Centre) will review Gemma's sertraline and write to Rachel about "
               "whether her anxiety is affecting her care of Leo and Ava."),
        ("pi", "8. The family will make sure Leo and Ava get to school on time every day."),
        ("pi", "9. Gemma will take Leo to the Sunflower group every Wednesday after school for ten weeks."),
        ("pi", "10. Kingsway Primary will tell Rachel the same day if Leo or Ava says anything about their dad, or if "
               "Leo hurts another child."),
        ("boldp", "Checks for stage 2"),
        ("bullets", [
            "Action 6: visit records show both children seen every two weeks and Leo seen alone, with his words "
            "written down.",
            "Action 7: the GP's letter is on file by 20/01/2026.",
            "Action 8: Kingsway's attendance sent to Rachel every Friday shows both children in school on time, "
            "at 95% or more.",
            "Action 9: Sunflower's register, sent to Rachel monthly, shows Leo at every session.",
            "Action 10: every call from school is logged on the children's file the day it is made.",
        ]),
        ("h2", "Stage 3 – throughout the child in need plan"),
        ("pi", "11. Sophie Lunt (family support worker) will help Gemma to make a morning routine chart and a bedtime "
               "routine for Ava."),
        ("pi", "12. Rachel Ibe (SW) will talk with Leo about whether he wants any contact with his dad, and pass his "
               "wishes to Shane's offender manager."),
        ("boldp", "Checks for stage 3"),
        ("bullets", [
            "Action 11: the routine charts are seen on the fridge, filled in, at Rachel's and Sophie's visits.",
            "Action 12: Leo's wishes, in his own words, are written on his file and in a letter to Shane's offender "
            "manager.",
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Shane, or anyone on his behalf, contacts Gemma or the children, or comes to Saxon Way or the school, "
              "Gemma or the school will call 999, and Rachel will hold a strategy discussion with Vexholme Police the "
              "same day; Leo and Ava will stay with Amy at 4 Beech Terrace until it has taken place. If Amy cannot "
              "have them, Rachel will arrange an emergency foster placement for the two of them together that day. "
              "If there are any new concerns about the children's safety, the case will be taken back to a child "
              "protection conference."),
        ("h1", "Child in need reviews"),
        ("bullets", [
            "Child in need review every six weeks, Tuesdays at 3.30pm, Kingsway Primary: first on 20/01/2026, then "
            "03/03/2026.",
            "Rachel will ask Leo and Ava before each review what has changed for them.",
        ]),
    ],
    "findings": [
        F("F002", "Gemma feels confident and in control of her anxiety."),
        F("M001", "will complete a child in need assessment update with Gemma"),
        F("M002", "Gemma will start the Freedom Programme at Vexholme Family Hub"),
        F("W002", "The family will make sure Leo and Ava get to school"),
        F("T002", "will help Gemma to make a morning routine chart"),
        F("T002", "will talk with Leo about whether he wants any contact"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan for a six-year-old with Down syndrome, hearing
#    loss and a repaired heart defect whose appointments and hearing aids
#    have lapsed, and his ten-year-old sister. Markdown: the owner is named
#    once at the head of each list ("Hannah Lowe (social worker) will:"),
#    the time once in each part's heading, and a "How we'll know" line after
#    each list names the action numbers it covers. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b118_vardenhurst_owner_headed_lists_down_syndrome_oyelaran.md",
    "split": "heldout",
    "actions": 14,
    "template": "icpc-markdown-plan-disabled-child-details-bullets-why-worried-going-well-how-dami-shows-us-tolus-words-outcomes-then-three-time-headed-parts-each-with-owner-headed-lists-name-will-then-numbered-items-and-a-how-well-know-line-naming-action-numbers-then-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 6-year-old with Down syndrome, moderate hearing loss and a "
        "repaired heart defect who has missed cardiology and audiology appointments and gone "
        "months without working hearing aids, and his 10-year-old sister; the mother has "
        "depression. Markdown: each part's heading gives its time, the owner is named once at the "
        "head of each list ('Hannah Lowe (social worker) will:'), and a 'How we'll know' line after "
        "each list names the numbers it covers. Many actions are sound (the SW's visits, the "
        "teacher of the deaf, the school's daily checks, the school nurse's weighing, the aunt's "
        "and grandmother's school runs and Saturdays). Faults: the parenting assessment is left out "
        "of its list's check line; the parents' list is checked only by 'keep an eye on'; an "
        "'Everyone working with Dami will:' list; a 'Later on' part with no time, holding a 'The "
        "family will:' list; the mother's depression is recorded but only she owns an action about "
        "it; the plan leans on the aunt and grandmother and the contingency never says what "
        "happens if they cannot help; the review conference date is 'to be confirmed'."
    ),
    "text": """\
# Child Protection Plan for Dami and Tolu Oyelaran

**Vardenhurst City Council — Children's Social Care — Disabled Children and Families Team**

- **Children:** Oluwadamilare (Dami) Oyelaran, 6 (DOB 17/04/2019), Year 1, Oakfield Primary School; Toluwani (Tolu)
  Oyelaran, 10 (DOB 02/12/2014), Year 6, Oakfield Primary School
- **Address:** 38 Larch Avenue, Vardenhurst VH5 2DS
- **Parents:** Bisola Oyelaran (38) and Kunle Oyelaran (41)
- **Family who help:** Funmi Adeyemi (Bisola's sister), 7 Holly Mews, Vardenhurst; Folake Adeyemi (the children's
  grandmother), who lives with Funmi
- **Category:** Neglect (both children)
- **Initial child protection conference:** Friday 21/11/2025 (chair: Martin Sewell, IRO)
- **Social worker:** Hannah Lowe (team manager: Grace Ekpo)

## Why we are worried

Dami has Down syndrome, moderate hearing loss in both ears and had heart surgery for an atrioventricular septal defect
when he was five months old. He needs yearly heart checks and hearing tests, and wears two hearing aids. Since
February he has missed two cardiology appointments and three audiology appointments at Vardenhurst Children's
Hospital, and was discharged from audiology in August for not attending. His hearing aids stopped working in the
spring and have not been repaired, so for most of this year he has heard very little at school or at home. He has lost
weight since the summer, and school say he often arrives without breakfast.

Bisola has depression, which she says has been bad since her father died last year; she spends much of the day in
bed and says she "cannot face" hospital letters. Kunle works nights at a distribution warehouse and sleeps in the day.
Tolu has been getting Dami dressed and giving him breakfast, and told her teacher she is "tired of being the mum".

## What is going well

Bisola and Kunle love both children and came to the conference together. Dami is a happy, sociable boy who loves
music and football. Oakfield Primary know Dami well and have a support assistant with him for most of the day. Funmi
and Folake live a short walk away and the children stay with them often.

## How Dami shows us how he is, and what Tolu says

Dami uses some Makaton signs and single words. At school on 13/11/2025 the SW saw him watching the teacher's face
closely and copying the other children, because he cannot hear the instructions; when his support assistant signed
"lunch" he laughed and ran to the door. At home on 14/11/2025 he sat very close to the television with the sound
turned right up, signed "drink" and "more", and pulled Tolu by the hand to show the SW his football.

Tolu (seen on her own at school, 13/11/2025) said: "I do Dami's breakfast and his uniform because Mum's always asleep
and Dad's at work. I don't mind, but I miss my after-school club. His hearing aids are in a drawer, they don't work."
She would like "Mum to be better" and "someone else to take Dami to the hospital". She loves staying at Auntie Funmi's.

## What we want for Dami and Tolu

1. Dami goes to every heart and hearing appointment and has working hearing aids every day, at home and at school.
2. Dami has breakfast every morning and gains weight back to his usual centile on his Down syndrome growth chart.
3. Tolu no longer cares for Dami in her parents' place, and goes back to her after-school club.
4. Both children are cared for every morning by an adult who is up and able to get them ready for school.

## What will happen

### Part 1 — before the Christmas holidays (all done by Friday 19/12/2025)

**Hannah Lowe (social worker) will:**

1. ask the cardiology team at Vardenhurst Children's Hospital for a new appointment for Dami, and a re-referral to
   audiology, and book hospital transport for both;
2. complete a parenting assessment of Bisola and Kunle.

*How we'll know (1):* both appointment letters and the transport bookings are on Dami's file by 19/12/2025.

**Sarah Quayle (teacher of the deaf, Vardenhurst Sensory Support Service) will:**

3. visit Dami at school, get his hearing aids repaired or replaced, and show his class teacher and support assistant
   how to check them each morning.

*How we'll know (3):* Sarah's visit note is sent to Hannah by 19/12/2025 and Dami's hearing aids are seen working at
Hannah's next school visit.

**Bisola and Kunle will:**

4. take Dami to each of his new hospital appointments;
5. Bisola will see her GP about her depression.

*How we'll know (4 and 5):* Hannah will keep an eye on this at her visits.

### Part 2 — every week from 24/11/2025 until the review conference

**Hannah Lowe (social worker) will:**

6. visit at home every week, at least one visit in two unannounced and one in the early morning, and see Tolu on her
   own;
7. do direct work with Dami, using Makaton and pictures, to learn what he likes and what worries him.

*How we'll know (6 and 7):* visit records show both children seen every week and Tolu seen on her own, with her words
and what Dami showed written down.

**Mrs Dee Harper (DSL, Oakfield Primary) will:**

8. check every morning that Dami has had breakfast and is wearing working hearing aids, give him a breakfast club
   place, and ring Hannah the same day if not.

*How we'll know (8):* the daily check sheet is emailed to Hannah each Friday.

**Lucy Brandt (school nurse) will:**

9. weigh Dami at school every week and plot his weight on his Down syndrome growth chart.

*How we'll know (9):* the chart is sent to Hannah every two weeks and shows his weight going back up to his usual
centile.

**Funmi Adeyemi and Folake Adeyemi will:**

10. take Dami and Tolu to school on Monday, Tuesday and Wednesday mornings when Kunle is on nights;
11. have Dami and Tolu every Saturday so that Tolu can go to her club and Bisola can rest.

*How we'll know (10 and 11):* the school register shows both children on time on those mornings, and Funmi texts
Hannah every Saturday evening.

**Everyone working with Dami will:**

12. tell Hannah the same day about any missed appointment or any worry about Dami or Tolu.

*How we'll know (12):* each call is logged on the children's file.

### Part 3 — later on

**Hannah Lowe (social worker) will:**

13. refer Dami to the Vardenhurst Disabled Children's Team for a short breaks assessment.

**The family will:**

14. learn the Makaton signs Dami uses at school and use them with him at home.

*How we'll know (13 and 14):* the short breaks referral is accepted, and Hannah sees the family signing with Dami at
home.

## If things go wrong

If Dami misses another hospital appointment, arrives at school without working hearing aids three days running, or
loses weight at two weighs in a row, Hannah will visit the same day and hold a strategy discussion within two working
days. If nobody is up to get the children ready for school, Tolu or the school will ring Funmi, and Dami and Tolu will
stay with Funmi and Folake until a safety plan is agreed. If the appointments are still being missed by the review
conference, Hannah will ask Grace Ekpo for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks, Thursdays at 3.30pm, Oakfield Primary: 04/12/2025, 08/01/2026 and 05/02/2026.
- Review child protection conference: date to be confirmed.
""",
    "findings": [
        F("M001", "complete a parenting assessment of Bisola and Kunle"),
        F("M002", "take Dami to each of his new hospital appointments"),
        F("M002", "Bisola will see her GP about her depression"),
        F("W002", "tell Hannah the same day about any missed appointment"),
        F("T001", "refer Dami to the Vardenhurst Disabled Children's Team"),
        F("T001", "learn the Makaton signs Dami uses at school"),
        F("W002", "learn the Makaton signs Dami uses at school"),
        F("F004"),
        F("C003"),
        F("R001"),
    ],
})
