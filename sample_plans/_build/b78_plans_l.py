"""Batch 78, module l: seven fictional plans (held-out material), places beginning with "l".

Everything here is made up: children, families, professionals, services,
hospitals, schools and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: measures and timescales hidden in ordinary words and odd places - a
timescale given only by the stage heading the actions sit under, or in the
owner cell ("Jo Kemble (HV) - fortnightly"); a measure given by who checks,
by a record, by a count, or by someone seeing something - beside genuinely
missing and vague ones ("monitor", "improve", "engage", "ongoing", "as
needed"), and hedged or passive commitments ("it is hoped that", "will be
referred", "will try to"). Layouts: staged headings over numbered actions, a
numbered list with Who / When / How sub-bullets, a fixed-width text export, a
child-friendly plan, core group minutes with decisions, a two-column
Action | Comments table, and a narrative plan. Two plans are exemplary.
"""
from build_batch5 import F, V, H  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth plan: numbered actions under stage headings that carry the
#    timescale ("Before the baby is born - by 36 weeks", "Every day for the
#    first 14 days after the baby comes home") (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b78_lathenby_prebirth_staged_headings_quarrie.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Quarrie-Mace and Tyler Quarrie",
    "split": "heldout",
    "actions": 13,
    "template": "pre-birth-icpc-docx-kv-details-then-numbered-actions-under-stage-headings-that-carry-the-timescale",
    "description": (
        "Pre-birth conference plan for an unborn baby and her 3-year-old brother (mother's bipolar "
        "disorder, relapse after her first birth). The actions are numbered paragraphs under stage "
        "headings that give their timescale ('Before the baby is born - by 36 weeks (Friday "
        "28/03/2025)', 'Every day for the first 14 days after the baby comes home', 'Every week from "
        "the third week at home until the baby is 8 weeks old', 'Until the review conference'); most "
        "items carry no time of their own. Measures in ordinary words: 'the SW will see the cot made "
        "up', 'checked by the HV at her visit', 'log on the nursery system'. The perinatal team "
        "assesses capacity to change, the grandmother's nights have a fallback, dates and legal step "
        "set. Exemplary."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Lathenby Borough Council · Children's Services · Pre-birth and Infant Team"),
        ("p", "This plan is set out in stages. The heading of each stage says when the things under it "
              "will be done, or how long they carry on."),
        ("kv", [
            ("Unborn baby", "Baby Quarrie-Mace, due 20/04/2025; booked to be born at Lathenby Royal "
                            "Infirmary"),
            ("Brother", "Tyler Quarrie (3), Little Owls Nursery, weekday mornings"),
            ("Mother", "Shannon Quarrie (22)"),
            ("Father", "Dylan Mace (25), father of both children; lives with Shannon and Tyler"),
            ("Home", "14 Farrier's Yard, Lathenby"),
            ("Conference", "Initial (pre-birth) child protection conference, Thursday 06/03/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Imogen Stackpole"),
            ("Chair", "Ravi Okonedo"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Shannon has bipolar affective disorder. In the summer of 2022, six weeks after Tyler was born, "
              "she became manic and was admitted to the Lathenby Mental Health Unit for five weeks; the "
              "night before the admission she left Tyler asleep alone in the flat while she walked into town "
              "at 3am. She stopped her medication last autumn when she found out she was pregnant. The "
              "perinatal mental health team restarted quetiapine in January and she has taken it since, but "
              "the risk of her becoming unwell again in the weeks after the birth is high."),
        ("p", "When the SW visited on 24/02/2025 there was no cot, steriliser or bottles in the flat, and the "
              "latch on Tyler's bedroom window was broken. Dylan works days at Corbridge's timber yard. He has "
              "no history of mental ill health or of drug or alcohol use; he was not living with Shannon in "
              "2022 and says he did not know how unwell she was."),
        ("h1", "Tyler and the baby"),
        ("p", "Tyler is a chatty three-year-old who calls the baby \"my baby sister\" and has chosen a teddy "
              "for her. At nursery he is confident, eats well and goes straight to the sand tray. When the SW "
              "visited he showed her his bed and said \"Daddy reads me the dinosaur book\"; he went quiet and "
              "held on to Dylan when Shannon raised her voice on the phone. Nursery have noticed that he is "
              "tired and hungry on the mornings after Shannon has had a bad night."),
        ("p", "At the 28-week scan the baby was growing on the 50th centile. Shannon says she kicks most in "
              "the evenings, when Tyler sings to the bump."),
        ("h1", "What is working well"),
        ("bullets", [
            "Shannon has taken her quetiapine every day since 14 January and has not missed a perinatal "
            "appointment.",
            "Dylan and Shannon came to conference together and both said they want help to get ready for the "
            "baby.",
            "Bev Quarrie, Shannon's mum, lives five minutes away on Tanners Row and has offered to stay at the "
            "flat for the first two weeks.",
        ]),
        ("h1", "What we want for Tyler and the baby"),
        ("bullets", [
            "The baby comes home to a flat that is ready for her: a cot made up in her parents' room and "
            "everything she needs for feeding.",
            "The baby is fed on time, day and night, is always put down to sleep on her back in her cot, and "
            "grows well.",
            "Tyler and the baby are always looked after by an adult who is well enough to care for them, "
            "including at night.",
            "Tyler keeps going to nursery every morning and still has time with his mum and dad once the baby "
            "arrives.",
        ]),
        ("h1", "The plan"),
        ("h2", "Before the baby is born – by 36 weeks (Friday 28/03/2025)"),
        ("numbers", [
            "Dr Fenella Ashdown, consultant perinatal psychiatrist, Lathenby Perinatal Mental Health Team, "
            "will see Shannon and Dylan together to write a relapse plan for the weeks after the birth, and "
            "send the SW a written assessment of how likely Shannon is to stay well, what would need to change "
            "for her to care safely for a newborn and for Tyler, and how long that is likely to take.",
            "Carla Ennis, community midwife, will agree a birth plan with Shannon that covers her medication "
            "on the ward and a five-day postnatal stay; the birth plan goes in Shannon's hand-held notes, with "
            "a copy to the SW.",
            "Dylan will set up a cot, a Moses basket, bottles and a steriliser in the parents' bedroom and fix "
            "the latch on Tyler's window; the SW will see the cot made up and the latch mended when she "
            "visits.",
            "HV Jo Pennock will do an antenatal visit with both parents on safe sleep, making up bottles and "
            "getting Tyler ready for the baby; the safe sleep checklist is signed by Shannon and Dylan and "
            "scanned onto the HV record.",
            "Bev Quarrie (maternal grandmother) will write down the nights she can stay at the flat after the "
            "birth and give the list to the SW, who puts it on the children's file.",
        ]),
        ("h2", "Every day for the first 14 days after the baby comes home"),
        ("numbers", [
            "Bev will stay at the flat overnight and do the 2am feed so that Shannon can sleep; she signs the "
            "feed chart on the fridge, checked by the HV at her visit.",
            "Dylan will give Shannon her evening quetiapine and tick it off on the medication chart, which the "
            "perinatal nurse looks at on each of her visits.",
            "Carla Ennis, or the community midwife on duty, will visit at home to see how the baby is feeding "
            "and where she sleeps, weighing her on days 5 and 10; the weights go in the red book.",
        ]),
        ("h2", "Every week from the third week at home until the baby is 8 weeks old"),
        ("numbers", [
            "HV Jo Pennock will visit, weigh the baby and see where she sleeps; her weight is plotted in the "
            "red book and stays on or above the 9th centile.",
            "Alys Mordaunt, perinatal mental health nurse, will see Shannon at home, go through the early "
            "signs on her relapse plan with her, and tell the SW in writing whether Shannon is making the "
            "changes needed to stay well and care for both children.",
            "SW Imogen Stackpole will visit, at least one visit in three unannounced, to see the baby awake "
            "and Tyler at home and to talk with Tyler on his own; the visit record notes where the baby slept "
            "and what Tyler said.",
        ]),
        ("h2", "Until the review conference (Thursday 05/06/2025)"),
        ("numbers", [
            "Little Owls Nursery (keyworker Daisy Frome) will keep Tyler's place every weekday morning, 8.30 "
            "to 12.30, and log on the nursery system how he arrives (fed, dressed, who brought him), with a "
            "summary emailed to the SW every Friday.",
            "Dr Hamid Sulis, GP, Farrier's Lane Surgery, will see the baby for her 6-8 week check and "
            "Shannon for her postnatal check, and write to the SW and HV on how Shannon's medication is "
            "working and how she is managing the baby's night feeds.",
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Shannon shows any of the early signs in her relapse plan (sleeping less than four hours a "
              "night, talking very fast, spending money she does not have) or misses two evening doses in a "
              "row, Dylan will ring the perinatal crisis line that day and Shannon will not be left on her own "
              "with the baby or Tyler. The children will stay with Dylan and Bev, and the SW (or the emergency "
              "duty team out of hours) will hold a strategy discussion the same day."),
        ("p", "If Bev cannot stay at the flat – because she is ill, or her offer falls through – Dylan will "
              "take his two weeks' paternity leave from the day the baby comes home, and the midwife will ask "
              "the ward to keep Shannon and the baby in until his leave has started. If neither Bev nor Dylan "
              "can be at the flat at night, the SW will arrange a mother and baby foster placement that day."),
        ("p", "If Shannon is admitted to hospital, or the early signs come back twice before the review "
              "conference, the SW will ask the team manager for a legal planning meeting within 5 working "
              "days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "First core group: Tuesday 18/03/2025, 10am, Lathenby Family Hub.",
            "Then every 4 weeks, same time and place: Tuesday 15/04/2025 and Tuesday 13/05/2025. If the baby "
            "comes home between two of these dates, an extra core group will meet within 5 working days of "
            "her discharge.",
            "Review child protection conference: Thursday 05/06/2025, 1.30pm, Lathenby Town Hall.",
        ]),
        ("p", "Plan written by Imogen Stackpole (SW) on 07/03/2025 and sent to Shannon, Dylan, Bev and every "
              "agency named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Numbered actions, each with Who / When / How we'll know sub-bullets;
#    measures by a count, a record, who checks, who sees (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b78_lorrisford_numbered_who_when_how_castellan.md",
    "doc_title": "Child Protection Plan - Ruby and Jonah Castellan",
    "split": "heldout",
    "actions": 9,
    "template": "icpc-plan-md-numbered-bold-actions-each-with-who-when-how-we-will-know-sub-bullets",
    "description": (
        "Initial conference plan for an 11-year-old and a 6-year-old (mother's drinking, Ruby caring "
        "for her brother). Each action is a numbered bold line with Who / When / How we'll know "
        "sub-bullets. Measures in ordinary words: 'no more than one late mark a week on the register', "
        "'logged on the school system', 'Marcus keeps the photos and the SW looks at them', 'the SW will "
        "see Jonah's new bed made up'. The recovery service reports on change, the uncle's mornings "
        "have a fallback, dates and legal step set. Exemplary."
    ),
    "text": """\
# Child Protection Plan – Ruby and Jonah Castellan

**Lorrisford City Council · Children's Services · Safeguarding Team East**

Agreed at the initial child protection conference on Tuesday 1 April 2025. Typed up
by Sam Idowu (social worker) and sent to Laura, Marcus and every agency on 2 April.

## Family and details

- **Ruby Castellan**, 11, Year 7 at Lorrisford Academy
- **Jonah Castellan**, 6, Year 1 at St Mary's Primary, Lorrisford
- **Laura Castellan**, their mum (36). The children live with her at 9 Quarry Bank, Lorrisford.
- **Pete Castellan**, their dad, lives in Lissingham and has the children every other weekend.
- **Marcus Castellan**, Laura's brother, lives on Wharf Street, ten minutes' walk away.

Category: neglect. Social worker: Sam Idowu. Conference chair: Geraldine Tarrant.

## Why we are worried

Laura has been drinking most days since she lost her job last summer; she told
conference it is "a bottle of wine in the evening and sometimes more". On 14 March
a neighbour called the police when Laura fell on the stairs and could not get up;
Jonah, who was in the flat with her, had been trying to wake her. Jonah was late
for school on 19 days last term and often comes in without breakfast. Ruby has
been getting Jonah ready for school and putting him to bed, and she has missed
her after-school netball for most of the year. Jonah has been sleeping on a
mattress on the floor since his bed broke in January.

## What is going well

Laura came to conference sober, listened to everyone and said she wants to stop.
She has seen her GP and asked to be referred to the Lorrisford Recovery Service.
Marcus sees the children most days and has offered to do the school run twice a
week. Pete's weekends have gone ahead every fortnight since Christmas.

## What Ruby and Jonah have told us

Ruby (seen on her own at school, 27 March): "When Mum's had wine she goes to bed
early and I do Jonah's bath. I don't mind, but I want to go to netball again."
She said she checks on her mum before she goes to sleep "to see she's breathing".
She put home at 5 out of 10 and Uncle Marcus's at 9.

Jonah drew his family with Mum "sleeping on the stairs" and himself "being a
good boy". He told his teacher that the mattress is "like camping" but that he
wants "a bed like Ruby's". He said his favourite breakfast is "Uncle Marcus's
pancakes".

## What we want for Ruby and Jonah

- Ruby and Jonah are looked after every day and night by an adult who has not been drinking.
- Jonah gets to school on time, with breakfast, and sleeps in his own bed.
- Ruby goes back to netball and is not the one looking after Jonah or checking on her mum.
- Both children know who to ring and where to go if they are worried about Mum.

## Our plan

1. **See Ruby and Jonah at home and each of them on their own**
   - Who: Sam Idowu, social worker
   - When: every Thursday after school, at least one visit in three unannounced, until the review conference
   - How we'll know: Sam's visit notes write down what each child says in their own words and what food is in the kitchen

2. **Structured alcohol treatment with Laura, and a report on whether her drinking is changing**
   - Who: Nadia Brook, recovery worker, Lorrisford Recovery Service
   - When: weekly key-work sessions from Monday 7 April; a written report before each core group
   - How we'll know: attendance and breath test results, and the written report saying whether Laura is making the changes needed and what this means for Ruby and Jonah

3. **Breath test before the school run**
   - Who: Laura Castellan
   - When: 7.30am every school day
   - How we'll know: Laura sends a photo of each reading to Marcus; Marcus keeps the photos and Sam looks at them at each visit

4. **Take Jonah and Ruby to school on Monday and Wednesday mornings and give them breakfast**
   - Who: Marcus Castellan (maternal uncle)
   - When: every Monday and Wednesday in term time, from 7 April
   - How we'll know: the school office signs Jonah in and notes who brought him

5. **Check Jonah's attendance and punctuality every morning**
   - Who: Mrs Alison Hale, DSL, St Mary's Primary
   - When: each school morning by 9.15am; weekly printout to Sam every Friday
   - How we'll know: no more than one late mark a week on the register; any absence logged on the school system and a call made to Laura and then Sam

6. **Young carer's assessment with Ruby, and a place at the young carers' club**
   - Who: Tess Aldous, Lorrisford Young Carers
   - When: assessment by Friday 16 May 2025; club every Tuesday from 22 April
   - How we'll know: written assessment sent to Sam, with a copy for Ruby; club register shows Ruby going

7. **A bed for Jonah**
   - Who: Sam Idowu, social worker (application to the Household Support Fund)
   - When: application in by Friday 11 April; bed delivered by the first core group
   - How we'll know: Sam will see Jonah's new bed made up in his room

8. **A safety card with Ruby: who she rings and where she goes if Mum has been drinking**
   - Who: Sam Idowu, with Ruby and Marcus
   - When: by the first core group (Tuesday 22 April)
   - How we'll know: Ruby keeps the card in her phone case and can tell Sam and her form tutor what she would do

9. **Netball back in Ruby's week**
   - Who: Mr Huw Penrose, head of Year 7, Lorrisford Academy
   - When: every Wednesday after school from 9 April
   - How we'll know: netball register shows Ruby there; Mr Penrose tells Sam if she misses two weeks running

## If things go wrong

- If Laura has been drinking while she is looking after the children (a breath test over zero, Marcus or school smelling alcohol, or the children telling us), Ruby and Jonah will go to Marcus's that night and Sam, or the emergency duty team out of hours, will hold a strategy discussion the same day.
- If Marcus is ill, away or cannot have the children, they will go to their dad in Lissingham; if neither Marcus nor Pete can take them, Sam will arrange a foster placement that day.
- If Laura drinks while caring for the children twice before the review conference, or stops going to the Recovery Service, Sam will ask the team manager for a legal planning meeting within 5 working days.

## Meetings

- Core group every 4 weeks, 3.30pm at St Mary's Primary: Tuesday 22 April, 20 May and 17 June 2025.
- Review child protection conference: Tuesday 1 July 2025, 10am, Lorrisford Civic Centre.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Fixed-width text export of an initial conference plan: columns wrap onto
#    continuation lines; a timescale in the owner cell, measures by count and
#    by record, beside 'as needed', 'ongoing', 'Monitor' and blanks (txt)
# ---------------------------------------------------------------------------
def _fixed_table(header, rows, widths, gap="  "):
    """Lay out rows as a fixed-width text table, wrapping each cell inside its column."""
    import textwrap

    def lay(cells):
        cols = [textwrap.wrap(c, w) or [""] for c, w in zip(cells, widths)]
        height = max(len(c) for c in cols)
        out = []
        for i in range(height):
            parts = [(c[i] if i < len(c) else "").ljust(w) for c, w in zip(cols, widths)]
            out.append(gap.join(parts).rstrip())
        return out

    rule = "-" * (sum(widths) + len(gap) * (len(widths) - 1))
    lines = lay(header) + [rule]
    for r in rows:
        lines += lay(r) + [""]
    return "\n".join(lines).rstrip() + "\n"


_LESSENDALE_ROWS = [
    ["01", "See Kai and Freya at home, and Freya on her own, and look at where Kai sleeps",
     "SW Dawn Ellery", "Weekly, ongoing",
     "Visit notes record what Freya says and where Kai slept"],
    ["02", "Weigh Kai and check his eating, sleep and speech at home",
     "Jo Kemble (HV) - fortnightly", "-",
     "Weight plotted in the red book; ASQ-3 shared with the SW"],
    ["03", "Tanya to go to her Lessendale Drink Wise appointments",
     "Tanya Brannigan", "Weekly", "Monitor"],
    ["04", "Get Freya to school by 8.50am with breakfast and her PE kit",
     "Tanya and Lee", "Every school day",
     "No more than one late mark a week, logged on the school system"],
    ["05", "Collect Freya from school on Tuesdays and Thursdays and give her tea",
     "Pat Brannigan (MGM)", "Tue and Thu, term time",
     "Pat signs the collection book at the school office"],
    ["06", "Have Kai and Freya to stay when Tanya goes out at the weekend",
     "Pat and Ron Brannigan (MGPs)", "As needed",
     "Pat texts the SW on the Monday to say which nights"],
    ["07", "Fit the stair gate and keep the kitchen floor clear for Kai",
     "Family", "By the first core group",
     "SW will see the stair gate fitted at her visit"],
    ["08", "Refer Kai to Lessendale Speech and Language Therapy",
     "HV Jo Kemble", "By 11/04/2025", ""],
    ["09", "Apply for a funded nursery place for Kai at Bumblebees",
     "SW Dawn Ellery", "",
     "Nursery register shows Kai attending"],
    ["10", "Pass on to the SW anything Freya says about home or about being left alone",
     "Mrs N Obi, DSL, Lessendale Road Primary", "Ongoing",
     "Each concern logged on the school system and emailed to the SW"],
    ["11", "Lee to do bath time and bedtime for Kai and Freya",
     "Lee Hurst", "Every weekday evening",
     "Improvement in the children's bedtime routine"],
]

_LESSENDALE_TABLE = _fixed_table(
    ["NO", "ACTION", "WHO", "WHEN", "HOW WE WILL KNOW"],
    _LESSENDALE_ROWS,
    [3, 36, 22, 16, 30],
)

PLANS.append({
    "name": "b78_lessendale_fixed_width_export_brannigan.txt",
    "doc_title": "Child Protection Plan - Kai and Freya Brannigan",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-case-system-fixed-width-text-export-no-action-who-when-how-columns-wrapping-onto-continuation-lines",
    "description": (
        "Fixed-width text export of an initial conference plan for a 2-year-old and a 7-year-old "
        "(neglect, mother's drinking, grandparents helping). The action table's cells wrap onto "
        "continuation lines. Hard negatives: 'Weekly, ongoing', a timescale only in the owner cell "
        "('Jo Kemble (HV) - fortnightly', WHEN '-'), measures as a count ('no more than one late mark a "
        "week, logged on the school system'), a signed book and 'SW will see the stair gate fitted'. "
        "Faults: 'As needed' and 'Ongoing' (T002), a blank WHEN (T001), 'Family' (W002), a blank "
        "measure (M001), 'Monitor' and 'Improvement' (M002), the drink service owning nothing (F004), "
        "a contingency that leans on the grandparents with no fallback (C003) and no legal step (R002)."
    ),
    "text": """\
LESSENDALE DISTRICT COUNCIL                                  CareTrack 4.2 export
CHILDREN'S SERVICES - CHILD PROTECTION PLAN               exported 26/03/2025 14:12
==========================================================================================
CHILDREN      Kai BRANNIGAN    DOB 14/01/2023 (2)   CT-558102
              Freya BRANNIGAN  DOB 30/06/2017 (7)   CT-558103  Lessendale Road Primary
ADDRESS       22 Mill Lade, Lessendale
MOTHER        Tanya BRANNIGAN (27)
PARTNER       Lee HURST (30), Kai's father; lives at the address
GRANDPARENTS  Pat and Ron BRANNIGAN (maternal), 3 Ferry Lane, Lessendale
CONFERENCE    ICPC 25/03/2025           CATEGORY   Neglect
SOCIAL WORKER Dawn Ellery, Lessendale Children's Safeguarding Team
CHAIR         Marcia Okwu
==========================================================================================

1. REASONS FOR THE PLAN

Tanya drinks most evenings and at weekends; she told conference she has "three or
four ciders a night, more on a Friday". On 8 March police found Kai, then in his cot,
and Freya alone in the flat at 11pm while Tanya was at the Anchor pub. Freya's
attendance this year is 88% and she has been late 23 times. The flat was dirty on
both of the SW's visits and there is no stair gate, although Kai is climbing. Lee
works long shifts at the distribution centre. There are no concerns about Lee's use
of alcohol or drugs. Tanya has been given an appointment at Lessendale Drink Wise.

2. WHAT KAI AND FREYA HAVE SAID AND SHOWN

Freya (seen alone at school, 20/03/2025): "Mum goes to the pub and Nana comes, or
sometimes nobody comes. I put Kai's dummy in if he cries." She likes going to
Nana's "because there's always tea". She wants her mum "to stay in more".
Kai was seen at home twice. He is walking and climbing, babbles but has few words,
and went to Lee for a cuddle when the SW arrived. He ate a whole packet of crackers
quickly during the second visit.

3. WHAT WE WANT FOR KAI AND FREYA

- Kai and Freya are never left alone, and are looked after by a sober adult every
  evening and every night.
- Freya gets to school on time every day, with breakfast.
- Kai is safe in a clean home with a stair gate, and his speech is checked.

4. ACTION PLAN

""" + _LESSENDALE_TABLE + """
5. CONTINGENCY

If Tanya is drunk while looking after the children, or leaves them alone, Lee will
take Kai and Freya to Pat and Ron's house that night and ring the SW (or the
emergency duty team out of hours), who will hold a strategy discussion the same day.

6. CORE GROUP AND REVIEW

Core group every 4 weeks at Lessendale Road Primary, 3.30pm: 08/04/2025,
06/05/2025, 03/06/2025.
Review child protection conference: 24/06/2025, 10am, Lessendale Council Offices.

------------------------------------------------------------------------ END OF EXPORT
""",
    "findings": [
        F("M002", "Tanya to go to her Lessendale Drink"),
        F("T002", "Have Kai and Freya to stay when"),
        F("W002", "Fit the stair gate and keep the"),
        F("M001", "Refer Kai to Lessendale Speech and"),
        F("T001", "Apply for a funded nursery place for"),
        F("T002", "Pass on to the SW anything Freya"),
        F("M002", "Lee to do bath time and bedtime for"),
        F("F004"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Child-friendly plan written to a 10-year-old: "What will happen | Who |
#    When | How we'll know it's working" (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b78_lyndmere_child_friendly_my_plan_thornbury.docx",
    "doc_title": "My Plan - Mia Thornbury",
    "split": "heldout",
    "actions": 9,
    "template": "child-friendly-plan-docx-written-to-the-child-what-will-happen-who-when-how-we-will-know-table",
    "description": (
        "Child-friendly version of a child protection plan, written to a 10-year-old (arguments at "
        "home, mother's depression, Mia looking after her little brother). Hard negatives: 'every "
        "morning when you get to school ... notes it on the school computer', 'Dani will see the beds "
        "up in your room', the mental health nurse owning an action (no F004). Faults: the CPN only "
        "supporting Mum (H001), 'when they are ready' and 'whenever you want to' (T002), 'Everyone at "
        "home' (W002) with 'we will keep an eye on it' (M002), 'you feel happier' (M002), a blank 'how "
        "we'll know' (M001), an outcome about Mum only (F002), a contingency where grown-ups 'talk "
        "together' (C002) with no legal step (R002), and the review meeting 'in the summer' (R001)."
    ),
    "blocks": [
        ("title", "My Plan – Mia"),
        ("p", "Lyndmere Council · Children's Services · Lyndmere South Family Safeguarding Team"),
        ("kv", [
            ("For", "Mia Thornbury, age 10, Year 5 at Heron Lane Primary School"),
            ("Lives with", "Mum (Kerry Thornbury), Mum's partner Sean Pellow and her brother Alfie (4), "
                           "at 6 Coppice Walk, Lyndmere"),
            ("Written by", "Dani Cole, Mia's social worker, after the meeting on Monday 12 May 2025"),
            ("Your plan is about", "Emotional abuse (the name the meeting gave to the worries below)"),
        ]),
        ("h1", "Hello Mia"),
        ("p", "This is your plan. It says what the grown-ups are worried about, what you told us, and what "
              "everyone is going to do to make things better at home. If there is anything you don't "
              "understand, ask Dani or Miss Ling and they will explain it."),
        ("h1", "Why the grown-ups are worried"),
        ("p", "Mum and Sean have been having big arguments, with shouting and things being thrown. On 21 April "
              "the police came because a neighbour heard Mum screaming. Mum has depression and anxiety and "
              "some days she stays in bed. On those days you have been getting Alfie up, giving him his "
              "breakfast and looking after him after school. That is too much for a 10-year-old to do."),
        ("h1", "What you told us"),
        ("p", "You told Dani: \"When they shout I take Alfie in my room and we play the quiet game.\" You said "
              "you are worried about Mum when she is sad and you don't like it when Sean bangs the doors. You "
              "would like more time to go to Brownies and to see your friend Esther. You said you want "
              "everyone at home \"to be nice to each other\". You put home at 4 out of 10 on the happy scale, "
              "and school at 8."),
        ("p", "You drew your house with a big grey cloud over the kitchen and a sun over your bedroom."),
        ("h1", "What we want for you and Alfie"),
        ("bullets", [
            "You and Alfie live in a home where there is no shouting, throwing or hurting.",
            "You get to be a 10-year-old: Alfie is looked after by a grown-up, not by you.",
            "You have time for Brownies and to see your friends.",
            "Mum will feel less stressed and more able to cope.",
        ]),
        ("h1", "What the grown-ups will do"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we'll know it's working"],
            "widths": [6.2, 3.6, 3.2, 4.0],
            "rows": [
                ["Dani will come and see you at home and at school, with some time just you and her",
                 "Dani Cole (social worker)",
                 "Every week, on Wednesdays",
                 "Dani writes down what you tell her, in your words, and shows you"],
                ["Miss Ling will check in with you when you arrive and ask how your evening was",
                 "Miss Ling (your class teacher)",
                 "Every morning when you get to school",
                 "Miss Ling notes it on the school computer and tells Dani about anything worrying"],
                ["Mum's nurse from the Lyndmere Mental Health Team will keep seeing Mum to help her with her "
                 "worries and low mood",
                 "Kofi Mensah (community mental health nurse)",
                 "Every two weeks",
                 "Mum goes to all of her appointments"],
                ["Mum and Sean will go on a course about how arguing at home feels for children and how to "
                 "stop it",
                 "Mum and Sean",
                 "When they are ready",
                 "The course leader tells Dani each time they go"],
                ["Make sure Alfie is never left with you to look after",
                 "Everyone at home",
                 "Every day",
                 "We will keep an eye on it"],
                ["You will go to Rainbow Club for young carers, with games and days out",
                 "Jess Awdry, Lyndmere Young Carers",
                 "Every Tuesday after school from 20 May",
                 "The club register shows you there"],
                ["Mum will see her doctor about her tablets",
                 "Mum (Kerry)",
                 "Before the next meeting",
                 ""],
                ["Dani will get you and Alfie your own beds so you don't have to share",
                 "Dani Cole (social worker)",
                 "By the end of June",
                 "Dani will see the beds up in your room and Alfie's room"],
                ["You can talk to Mrs Adebayo, the school counsellor, about anything that is worrying you",
                 "Mrs Ruth Adebayo (school counsellor)",
                 "Whenever you want to",
                 "You feel happier"],
            ],
        }),
        ("h1", "If things get worse"),
        ("p", "If things get worse at home, the grown-ups will talk together about what to do next to keep you "
              "and Alfie safe."),
        ("h1", "Meetings about your plan"),
        ("p", "The grown-ups who are helping (Mum, Sean, Dani, Miss Ling, Kofi and Jess) will meet every 4 "
              "weeks to check the plan is working. The next meetings are on Tuesday 27 May and Tuesday 24 June "
              "at Heron Lane Primary. There will be another big meeting like the one in May in the summer – "
              "the date is still to be arranged. Dani will ask you before each meeting what you want the "
              "grown-ups to know."),
    ],
    "findings": [
        F("F002", "Mum will feel less stressed and more able to cope."),
        F("H001", "will keep seeing Mum to help her with her worries"),
        F("T002", "go on a course about how arguing at home feels"),
        F("W002", "Make sure Alfie is never left with you"),
        F("M002", "Make sure Alfie is never left with you"),
        F("M001", "Mum will see her doctor about her tablets"),
        F("T002", "talk to Mrs Adebayo, the school counsellor, about anything"),
        F("M002", "talk to Mrs Adebayo, the school counsellor, about anything"),
        F("C002"),
        F("R002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Core group minutes with a numbered "Decisions and actions" list, family
#    moving to another authority; hedged and passive decisions; paged PDF
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b78_larkhollow_core_group_minutes_decisions_tolland.pdf",
    "doc_title": "Core Group Minutes - Leo and Skye Tolland",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-minutes-paged-pdf-present-updates-transfer-discussion-childrens-views-then-numbered-decisions-and-actions",
    "description": (
        "Third core group minutes for a 4-year-old and a 9-month-old (neglect, faltering weight; the "
        "family is moving to Lindenfield). The plan is the numbered 'Decisions and actions' list, one "
        "sentence each. Hard negatives: a transfer action that keeps things moving ('within 5 working "
        "days of the family's move'), the GP owning an action on the mother's low mood (no F004), "
        "'every week, in Lindenfield after the move, until Lindenfield's transfer-in conference'. Faults: the parenting assessment and the FSW sessions "
        "left for the receiving authority (X001), 'will be referred' and 'It is hoped that a dentist "
        "can be found' with no agent (W001, the second also M001), 'will try to ... when he can' "
        "(T002), a task with no time (T001), 'monitor home conditions' (M002); the minutes state no "
        "outcome for the children (O001), no contingency (C001) and no legal step (R002). Header and "
        "page footer."
    ),
    "header": "Larkhollow Borough Council – Children's Services – OFFICIAL-SENSITIVE",
    "footer": "Core group minutes – Tolland – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("kv", [
            ("Children", "Leo Tolland (4), Hopscotch Nursery; Skye Tolland (9 months), at home"),
            ("Parents", "Jade Tolland (24) and Ryan Tolland (26)"),
            ("Address", "41 Carder Street, Larkhollow (until 30/05/2025); then 7 Beacon Close, Lindenfield"),
            ("Meeting", "Core group 3, Tuesday 22/04/2025, 10am, Larkhollow Family Centre"),
            ("Plan since", "Initial child protection conference 04/02/2025; category neglect"),
            ("Chair", "Tom Garside, social worker"),
            ("Minutes", "Ana Kowal, business support"),
        ]),
        ("h2", "Present"),
        ("p", "Jade Tolland; Ryan Tolland; Tom Garside (SW); Niamh Corr (HV, Larkhollow 0-19 Service); Bev "
              "Antrobus (manager, Hopscotch Nursery); Megan Oldroyd (family support worker, Larkhollow Family "
              "Centre)."),
        ("h2", "Apologies"),
        ("p", "Dr Sadia Rahim (GP, Canal Street Surgery), who sent a short update by email."),
        ("h2", "1. Updates since the last core group"),
        ("p", "Tom visited four times, twice unannounced. The kitchen was cleaner on the last two visits but "
              "there were still bags of rubbish and dog mess in the back yard where Leo plays. Skye was in a "
              "clean nappy each time. On 10 April Leo was at home alone with Skye for about ten minutes while "
              "Jade went to the shop; Jade accepted this was not safe."),
        ("p", "Niamh weighed Skye on 3 April and 17 April. Her weight has gone from the 9th to just above the "
              "2nd centile since January. Jade is now making up the bottles correctly but Skye is only having "
              "four feeds a day and no solids at lunchtime."),
        ("p", "Bev reported that Leo has come to nursery on 22 of 28 sessions, usually hungry, and twice in the "
              "same clothes for three days. His speech is hard to understand and he uses single words. He has "
              "not been seen by a dentist and two of his front teeth are going brown."),
        ("p", "Megan has done six home routines sessions with Jade and Ryan. They now have a bedtime chart for "
              "Leo on the fridge. Dr Rahim's email said Jade has low mood, has been taking sertraline since "
              "February and is due a review."),
        ("h2", "2. Move to Lindenfield"),
        ("p", "Jade and Ryan have been offered a three-bedroom council house in Lindenfield and will move on "
              "30 May. Tom spoke to Lindenfield County Council's children's services duty team on 17 April. "
              "The plan stays with Larkhollow until Lindenfield hold their transfer-in conference."),
        ("h2", "3. Leo and Skye"),
        ("p", "Leo (seen at nursery by Tom on 15 April) said \"new house got a garden for my bike\" and pointed "
              "to his tummy when asked about breakfast, saying \"no\". He chose the bedtime chart stickers "
              "himself and showed them to Tom. Skye smiles at Ryan and reaches for him, but she is quiet and "
              "still for long periods when she is in her bouncer, and she cried hungrily at the end of both HV "
              "visits."),
        ("h2", "4. Decisions and actions"),
        ("numbers", [
            "Tom Garside (SW) will visit every week, in Lindenfield after the move, until Lindenfield's "
            "transfer-in conference, see Leo and Skye awake, and write Skye's latest red book weight in his "
            "visit record.",
            "Niamh Corr (HV) will weigh Skye at home every two weeks, plot her weight on the centile chart and "
            "send a copy of the chart to Tom each month.",
            "The parenting assessment of Jade and Ryan is paused and will be left for Lindenfield County "
            "Council to complete once the transfer has gone through, with their report going to their "
            "transfer-in conference.",
            "Leo will be referred to the Larkhollow Speech and Language Therapy service by Friday 09/05/2025, "
            "and a copy of the referral will go to Hopscotch Nursery.",
            "It is hoped that a dentist can be found for Leo and Skye before the move.",
            "Ryan will try to clear the bags of rubbish and the dog mess from the back yard when he can, and "
            "show Tom the cleared yard.",
            "Dr Sadia Rahim (GP) will review Jade's sertraline by 16/05/2025 and write to Tom on how Jade's "
            "mood is affecting her care of Leo and Skye.",
            "Hopscotch Nursery will record on their system how Leo arrives at each session (clean, fed, on "
            "time) and email Tom a summary every Friday.",
            "Megan Oldroyd (FSW) will stop her weekly home routines sessions with Jade and Ryan at the end of "
            "May and hand them on to Lindenfield's family support service after the transfer, sending them "
            "her session notes.",
            "Ryan will book an eye test for Leo at an optician and give Tom the letter from the optician.",
            "Tom will send the plan and chronology to Lindenfield County Council within 5 working days of the "
            "family's move, ask them to hold a transfer-in conference within 15 working days, and record "
            "their reply on the case file.",
            "Tom will monitor home conditions at each visit.",
        ]),
        ("h2", "5. Next meetings"),
        ("p", "Core group 4: Tuesday 20/05/2025, 10am, Larkhollow Family Centre; then every 4 weeks until "
              "Lindenfield's transfer-in conference. Review child protection conference: Tuesday 24/06/2025, "
              "2pm, Larkhollow Town Hall, unless the transfer-in conference has taken place by then."),
        ("p", "Minutes circulated by Ana Kowal on 24/04/2025 and agreed by Tom Garside. Please send any "
              "corrections to Tom within 5 working days."),
    ],
    "findings": [
        F("X001", "The parenting assessment of Jade and Ryan is paused"),
        F("W001", "Leo will be referred to the Larkhollow Speech and Language"),
        F("W001", "It is hoped that a dentist can be found"),
        F("M001", "It is hoped that a dentist can be found"),
        F("T002", "Ryan will try to clear the bags of rubbish"),
        F("X001", "will stop her weekly home routines sessions with Jade"),
        F("T001", "Ryan will book an eye test for Leo"),
        F("M002", "Tom will monitor home conditions at each visit"),
        F("O001"),
        F("C001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Core group plan for a looked-after baby on the neonatal unit: a
#    two-column Action | Comments table, where the comments sometimes carry
#    the date or the measure (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b78_loxcombe_nnu_action_comments_pritchard.docx",
    "doc_title": "Core Group Plan - Baby Nova Pritchard",
    "split": "heldout",
    "actions": 9,
    "template": "core-group-plan-docx-looked-after-baby-on-nnu-two-column-action-comments-table-owner-in-action-date-or-measure-in-comments",
    "description": (
        "Core group plan for a 4-week-old accommodated under section 20 and still on the neonatal unit "
        "(mother's cocaine use). Two-column Action | Comments table: the owner is written into each "
        "action; the date or the measure is sometimes only in the comments ('By 30/05/2025. Report "
        "shared with the core group', 'Results on the discharge summary'). The SW only rings the "
        "ward and nobody is set to visit Nova (L001); nothing is recorded of Nova's days (F003). Also "
        "'Ongoing' and 'As and when' (T002), contact with no time or measure (T001, M001), keeping "
        "mum updated with no measure (M001), 'All professionals to monitor' (W002, M002), an outcome "
        "about the mother only (F002), a contingency that only reviews (C002) and the review "
        "conference 'to be confirmed' (R001). The legal step sits under the review arrangements (no "
        "R002)."
    ),
    "blocks": [
        ("title", "Core Group Plan"),
        ("p", "Loxcombe County Council · Children's Services · Children in Care and Permanence Team"),
        ("kv", [
            ("Child", "Nova Pritchard, born 11/04/2025 at 31 weeks"),
            ("Where Nova is", "Neonatal Unit, Loxcombe General Hospital (Ward 21)"),
            ("Legal status", "Accommodated under section 20 since 14/04/2025, with Kayleigh's agreement; "
                             "subject to a child protection plan since 24/04/2025"),
            ("Mother", "Kayleigh Pritchard (19), 2B Netherby Court, Loxcombe"),
            ("Father", "Not named on the birth certificate; Kayleigh has not said who he is"),
            ("Maternal grandmother", "Sandra Pritchard (47), Loxcombe, who has asked to be assessed to care "
                                     "for Nova"),
            ("Meeting", "Core group 1, Thursday 08/05/2025, 2pm, Meadow Room, Loxcombe County Hall"),
            ("Social worker", "Becky Hollins"),
        ]),
        ("h1", "Background"),
        ("p", "Kayleigh used cocaine throughout her pregnancy and did not book with a midwife until 26 weeks. "
              "Her urine was positive for cocaine when she came in in labour. She agreed to Nova being "
              "accommodated under section 20 on 14/04/2025, after conference heard that she had been living "
              "with a man who has convictions for supplying drugs. Kayleigh has since moved back to her own "
              "flat and says she has stopped using. She has been told she can visit the unit and is "
              "supervised by the nurses when she does."),
        ("p", "Nova was born at 31 weeks and remains on the neonatal unit. The consultant expects her to be "
              "ready for discharge in about four weeks, and she will go to foster carers or, if the "
              "assessment is positive, to her grandmother."),
        ("h1", "What we want for Nova"),
        ("bullets", [
            "Nova leaves hospital to a safe, settled home with a carer who can meet all of her needs.",
            "Nova's health needs as a premature baby are known to everyone caring for her, and all her "
            "checks are done.",
            "Kayleigh stops using cocaine and keeps her tenancy.",
        ]),
        ("h1", "Plan"),
        ("table", {
            "header": ["Action", "Comments"],
            "widths": [9.5, 7.5],
            "rows": [
                ["SW Becky Hollins to ring the neonatal unit sister every Monday for an update on Nova's "
                 "progress and her discharge plans",
                 "Notes of each call on Nova's electronic file."],
                ["SW Becky Hollins to complete a viability assessment of Sandra Pritchard (maternal "
                 "grandmother) as a connected carer for Nova",
                 "By 30/05/2025. Report to be shared with the core group and with Sandra."],
                ["Omar Siddiq, keyworker at the Loxcombe Recovery Hub, to see Kayleigh every week for drug "
                 "treatment",
                 "Kayleigh has been to 2 of 3 sessions. Hair strand test booked for 16/05/2025; the result "
                 "goes to the SW."],
                ["Jill Raine, Loxcombe placements team, to find a foster placement able to take Nova when "
                 "she is discharged",
                 "Ongoing. Placement details to be sent to the SW when found."],
                ["Neonatal unit to complete Nova's hearing screen and eye checks before discharge",
                 "Results to be written on the discharge summary."],
                ["Kayleigh to have contact with Nova on the unit",
                 "Supervised by nursing staff; Kayleigh has been asked to ring ahead."],
                ["HV Nia Probert to be told Nova's discharge date and to do a new birth visit at the "
                 "placement",
                 "Within 2 days of Nova arriving at her placement; visit record shared with the SW."],
                ["Becky Hollins to keep Kayleigh up to date with how Nova is doing",
                 "As and when."],
                ["All professionals to monitor Kayleigh's drug use",
                 "Any concern passed to Becky the same day."],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If there are further concerns about Kayleigh's drug use or her behaviour on the unit, the core "
              "group will meet sooner to review the plan."),
        ("h1", "Review arrangements"),
        ("p", "The core group will meet every 2 weeks while Nova is on the unit: Thursday 22/05/2025 and "
              "Thursday 05/06/2025, 2pm, Meadow Room, Loxcombe County Hall. Review child protection conference: date to be "
              "confirmed."),
        ("p", "If Sandra's viability assessment is negative, or Kayleigh has not had a clear hair strand test "
              "by the review conference, Becky will request a legal planning meeting to consider care "
              "proceedings."),
    ],
    "findings": [
        F("F002", "Kayleigh stops using cocaine and keeps her tenancy."),
        F("T002", "to find a foster placement able to take Nova"),
        F("T001", "Kayleigh to have contact with Nova on the unit"),
        F("M001", "Kayleigh to have contact with Nova on the unit"),
        F("T002", "Becky Hollins to keep Kayleigh up to date"),
        F("M001", "Becky Hollins to keep Kayleigh up to date"),
        F("W002", "All professionals to monitor Kayleigh's drug use"),
        F("M002", "All professionals to monitor Kayleigh's drug use"),
        F("L001"),
        F("F003"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Narrative plan built around the mother's needs: one sentence per action
#    under "What needs to happen", hedged and passive wording (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b78_lanterbury_narrative_hedged_varga.pdf",
    "doc_title": "Child Protection Plan - Ivy and Otis Varga",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-narrative-plan-pdf-one-sentence-paragraph-per-action-under-what-needs-to-happen-hedged-and-passive-wording",
    "description": (
        "Initial conference plan for an 8-year-old and a 2-year-old (mother's anxiety and depression, "
        "she rarely leaves the house). Narrative: one sentence per action under 'What needs to happen'. "
        "Seven of the twelve actions are about the mother's own health, money and housing with no "
        "link to the children (F001), and the CMHT only supports her (H001). Hedged and passive "
        "wording: 'will try to engage ... when she feels able' (T002, M002), 'will be referred' with "
        "no time or measure (W001, T001, M001), 'It is hoped that Ivy's school attendance will improve' "
        "(W001, T001, M002); a hedge with a real time and measure ('will try to walk Ivy to school "
        "every morning, and the school will log...') is a hard negative. Outcome about the mother only "
        "(F002); contingency 'if her mental health deteriorates ... discuss' (C002); the legal step is "
        "under the review arrangements (no R002). Header and page footer."
    ),
    "header": "Lanterbury City Council · Children and Families · OFFICIAL-SENSITIVE",
    "footer": "Child protection plan – Varga – page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Children", "Ivy Varga (8), Year 3, Lanterbury Green Primary; Otis Varga (2), at home"),
            ("Mother", "Nicole Varga (34), 17 Sorrel Street, Lanterbury"),
            ("Father", "Adam Varga lives in Portugal and has not seen the children since 2023"),
            ("Conference", "Initial child protection conference, Wednesday 04/06/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Aaron Beckett, Lanterbury Children's Safeguarding Team"),
            ("Chair", "Philippa Moyo"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Nicole has had anxiety and depression since Otis was born and is open to the Lanterbury "
              "Community Mental Health Team. Since January she has rarely left the flat. Ivy's attendance has "
              "fallen to 74% and she has missed whole weeks when Nicole could not face the school run. Otis "
              "has not been seen by a health visitor since he was 9 months old and missed his 2-year review. "
              "On both of the SW's visits there was little food in the flat and the washing up had not been "
              "done for days. Nicole is behind with her rent and has had a notice from her landlord."),
        ("h1", "What Ivy and Otis have told us"),
        ("p", "Ivy (seen on her own at school, 29/05/2025): \"Mummy's sad a lot and stays in bed, so I watch "
              "Otis and we have cereal for tea.\" She said she likes school \"because my friends are there and "
              "there's dinner\" and she gets upset when she misses it. She wants her mum \"to come to the park "
              "again\". Otis was seen at home twice. He has a few words, was in the same vest on both visits, "
              "and brought Ivy his cup when he was thirsty rather than going to his mum."),
        ("h1", "What we want to happen"),
        ("bullets", [
            "Ivy goes to school every day and Otis has his health checks and a nursery place.",
            "Ivy and Otis have a clean home and three meals a day.",
            "Nicole's mental health will improve and she will feel able to leave the house.",
        ]),
        ("h1", "What needs to happen"),
        ("p", "Nicole will attend her appointments with the Lanterbury Community Mental Health Team every two "
              "weeks, and her care coordinator will confirm her attendance to the SW."),
        ("p", "Rhian Doyle, care coordinator, Lanterbury CMHT, will continue to support Nicole with her anxiety "
              "and low mood through fortnightly home visits, recording each visit on the CMHT system."),
        ("p", "Dr Pavel Okon, GP, will review Nicole's medication by 30/06/2025 and write to the SW."),
        ("p", "Nicole will keep a mood diary every day and show it to Rhian at each of her home visits."),
        ("p", "Nicole will try to engage with the Stepping Out peer support group at the Lanterbury Wellbeing "
              "Centre when she feels able."),
        ("p", "The SW will support Nicole with her application to move to a ground-floor flat, with the "
              "housing reference number on file by 31/07/2025."),
        ("p", "Nicole will be referred to Lanterbury Money Advice for help with her rent arrears."),
        ("p", "It is hoped that Ivy's school attendance will improve."),
        ("p", "Nicole will try to walk Ivy to school every morning, and the school office will log the time "
              "Ivy arrives."),
        ("p", "Mrs Farrah Lyle, DSL at Lanterbury Green Primary, will ring Nicole by 9.30am on any day Ivy is "
              "not in school and log each call on the school system."),
        ("p", "SW Aaron Beckett will visit Ivy and Otis at home every three weeks, seeing Ivy on her own, and "
              "record what she says in her own words."),
        ("p", "HV Ola Baptiste will carry out Otis's 2-year review by 25/07/2025 and share the ASQ-3 scores "
              "with the SW."),
        ("h1", "Contingency"),
        ("p", "If Nicole's mental health deteriorates, the SW will discuss the case with the team manager and "
              "consider next steps."),
        ("h1", "Core group and review"),
        ("p", "The core group will meet every 4 weeks at Lanterbury Green Primary, 9.30am: Wednesday "
              "18/06/2025, 16/07/2025 and 13/08/2025. Review child protection conference: Wednesday "
              "03/09/2025, 10am, Lanterbury Civic Centre."),
        ("p", "If Ivy's attendance is still below 85% at the review conference, or Otis has not had his 2-year "
              "review, the SW will request a legal planning meeting."),
    ],
    "findings": [
        F("F002", "Nicole's mental health will improve and she will feel able to leave the house."),
        F("H001", "will continue to support Nicole with her anxiety and low mood"),
        F("T002", "Nicole will try to engage with the Stepping Out"),
        F("M002", "Nicole will try to engage with the Stepping Out"),
        F("W001", "Nicole will be referred to Lanterbury Money Advice"),
        F("T001", "Nicole will be referred to Lanterbury Money Advice"),
        F("M001", "Nicole will be referred to Lanterbury Money Advice"),
        F("W001", "It is hoped that Ivy's school attendance will improve."),
        F("T001", "It is hoped that Ivy's school attendance will improve."),
        F("M002", "It is hoped that Ivy's school attendance will improve."),
        F("F001"),
        F("C002"),
    ],
})
