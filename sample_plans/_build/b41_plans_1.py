"""Batch 41, module 1: seven fictional plans (held-out material), places beginning with "f".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: the range of plans a reviewing officer meets in a year, each in a
template of its own: an initial conference record with an outline plan in
numbered paragraphs and a separate action grid; core group minutes that are
mostly discussion and end in an action log; a letter to parents with a
learning disability written in the second person; a child-friendly "my plan"
for a 10-year-old set out as promise cards; a Signs of Safety plan with
danger statements, safety goals, a scaling question and a who-does-what
safety plan; a pre-birth plan in three stages made with maternity, the
perinatal mental health team and the father's probation officer; and a
review conference plan with a progress column. Parents' difficulties: heroin
on a methadone script, domestic abuse, learning disability, lupus, postnatal
depression, bipolar disorder, depression. Three plans are exemplary.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference record: numbered outline plan (outcomes), then a
#    separate action grid with the lead before the task (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b41_fallowby_icpc_outline_paragraphs_then_action_grid_kershaw.docx",
    "doc_title": "ICPC Record, Outline Plan and Action Grid - Tyler and Skye Kershaw",
    "split": "heldout",
    "template": "icpc-record-docx-numbered-outline-plan-paragraphs-of-expected-change-then-separate-ref-lead-task-timescale-evidence-action-grid",
    "description": (
        "Initial conference record for a 7-year-old and a 2-year-old (mother on a methadone script, two "
        "positive screens for heroin, needle and foil found where the toddler played). The chair's outline "
        "plan is a numbered list of what must change, one item about the mother only; the action grid that "
        "follows puts the lead before the task. The recovery service reports, but talking therapies only "
        "treat anxiety; school attendance is 'Ongoing'; parenting sessions have an owner 'TBC', start 'when "
        "a worker is allocated' and are measured by engagement; the nursery application has no lead; one "
        "row is owned by 'All agencies'. The grandmother does the school run and Friday nights, and the "
        "contingency sends the children to her with nothing said if she cannot. Dates and legal step set."
    ),
    "blocks": [
        ("title", "Initial Child Protection Conference"),
        ("p", "Fallowby Metropolitan Borough Council · Safeguarding and Quality Assurance Unit"),
        ("p", "Record of the decision, the outline plan and the action grid. Sent to Dionne Kershaw and to every "
              "agency on the distribution list on 17/09/2025."),
        ("kv", [
            ("Conference reference", "FMBC/ICPC/2025/0614"),
            ("Date and venue", "Tuesday 16/09/2025, 10am, Fallowby Town Hall, Committee Room 3"),
            ("Chair", "Gareth Lowndes, Child Protection Chair"),
            ("Children", "Tyler Kershaw, born 02/03/2018 (7), Year 3, St Luke's CE Primary; "
                         "Skye Kershaw, born 21/07/2023 (2), at home"),
            ("Address", "41 Mill Brow, Fallowby"),
            ("Mother", "Dionne Kershaw (28)"),
            ("Father", "Jordan Pell, lives in Fallowby; no contact with the children since early 2024; "
                       "invited, did not attend"),
            ("Maternal grandmother", "Pauline Kershaw, 12 Hebden Rise, Fallowby"),
            ("Lead social worker", "Rehana Bashir, Family Safeguarding Team 2"),
            ("Present", "Dionne Kershaw; Pauline Kershaw; Rehana Bashir (SW); Lorna Feeney (HV); Craig Milner "
                        "(Fallowby Recovery Service); Mrs Adele Okonjo (DSL, St Luke's CE Primary); DC Paul "
                        "Fairhurst (Fallowby Police); Gareth Lowndes (Chair); Nina Patel (minutes)"),
        ]),
        ("h1", "1. Why conference was called"),
        ("p", "Dionne has used heroin since 2019 and has been prescribed methadone by Fallowby Recovery Service "
              "since March 2022; her current dose is 60ml a day, taken under supervision at the pharmacy. Her "
              "urine screens on 22/07/2025 and 19/08/2025 were positive for heroin. On 28/08/2025 police "
              "called to a noise complaint found a burnt square of foil and an uncapped needle in a carrier bag "
              "on the kitchen floor where Skye was playing. Dionne said the bag belonged to a friend who had "
              "stayed the night."),
        ("p", "Tyler's attendance last year was 81% and he was late 14 times; school say he often arrives "
              "hungry. Skye's two-year health review has been missed twice. Dionne told the social worker that "
              "she has anxiety and panic attacks, mostly in the mornings, and that she sometimes sleeps after "
              "her dose while the children are up."),
        ("h1", "2. What is going well"),
        ("p", "Dionne has not missed a methadone dose since June. The children are warmly dressed, and both "
              "are affectionate with their mum and go to her for comfort. Pauline lives a ten-minute walk "
              "away, sees the children most days and has offered to help with school and with weekends. "
              "Dionne agreed at conference to buy a lockable box for her take-home doses."),
        ("h1", "3. Tyler and Skye's experience"),
        ("p", "Tyler was seen on his own at school on 10/09/2025. He said: \"Mum sleeps a lot in the day. I "
              "make Skye's breakfast, I do cereal.\" He likes staying at Nana Pauline's \"because she does "
              "proper tea and I can watch the football\". Asked about the needle, he said he knows \"you never "
              "touch them\". He would like to get to school \"before the bell, so I'm not last in\". On a scale "
              "of 0 to 10, where 10 is really safe, he put home at 6 and Nana's at 10."),
        ("p", "Skye is not yet putting words together. At the home visit on 03/09/2025 she was in a wet nappy "
              "at 11am, babbling and pulling at the social worker's bag; she went happily to her mum for a "
              "cuddle and ran to Pauline when she arrived. She says \"mama\", \"nana\" and \"dog\"."),
        ("h1", "4. Decision"),
        ("p", "Conference agreed that Tyler and Skye are likely to suffer significant harm through neglect. Both "
              "children will be the subject of a child protection plan under the category of neglect. Dionne "
              "said she understood the decision and would work with the plan, although she does not accept "
              "that the bag was hers."),
        ("h1", "5. Outline plan"),
        ("p", "By the review conference, conference expects the following to have changed:"),
        ("numbers", [
            "Tyler and Skye are looked after every day and every night by an adult who is not under the "
            "influence of heroin or any drug that has not been prescribed.",
            "No needles, foil or other drug-using equipment are ever found in the home or anywhere the children "
            "can reach.",
            "Tyler arrives at school on time having had breakfast, and his attendance is above 95% for the "
            "autumn term.",
            "Skye's health and development are checked, any delay is picked up early, and she has started "
            "at nursery.",
            "Dionne will be stable on her methadone prescription and will stop using heroin on top of it.",
        ]),
        ("p", "The actions agreed by conference are in the action grid in section 6."),
        ("h1", "6. Action grid"),
        ("table", {
            "header": ["Ref", "Lead", "Task", "Timescale", "Evidence of progress"],
            "widths": [1.1, 3.3, 5.4, 3.0, 4.2],
            "rows": [
                ["A1", "Social worker – Rehana Bashir, Family Safeguarding Team 2",
                 "Home visits to see Tyler and Skye, at least one in three unannounced; see Tyler on his own "
                 "and look at Skye's cot, the kitchen and the bathroom",
                 "Every 10 working days from 17/09/2025",
                 "Visit records show both children seen, Tyler's words written down and anything unsafe in the "
                 "home noted"],
                ["A2", "Dionne Kershaw",
                 "Take methadone under supervision at Kingsway Pharmacy; keep any take-home doses in a lockable "
                 "box on top of the kitchen cupboard, out of Skye's reach",
                 "Daily; lockable box in place by 26/09/2025",
                 "Pharmacy supervised-consumption record sent to the recovery worker weekly; box seen locked by "
                 "the SW at visits"],
                ["A3", "Craig Milner, recovery worker, Fallowby Recovery Service",
                 "Key-work sessions and a urine drug screen with Dionne; written update on her drug use and "
                 "what it means for her care of Tyler and Skye",
                 "Weekly; update sent 2 working days before each core group",
                 "Screen results and the written update read at every core group"],
                ["A4", "Fallowby Talking Space (NHS talking therapies)",
                 "Offer Dionne six sessions of guided self-help for her anxiety and panic attacks",
                 "First session by 10/10/2025, then weekly",
                 "Attendance letter copied to the GP and the SW"],
                ["A5", "Health visitor – Lorna Feeney",
                 "Complete Skye's overdue two-year development review at home, including her speech and a "
                 "weight and height check",
                 "By 10/10/2025",
                 "ASQ-3 scores and growth plotted in the red book; copy of the review sent to the SW and the GP"],
                ["A6", "St Luke's CE Primary – Mrs Adele Okonjo, DSL",
                 "Keep a record of Tyler's attendance, lateness and whether he has had breakfast, and tell the "
                 "SW about any unexplained absence",
                 "Ongoing",
                 "Attendance and lateness figures from the register shared with the SW"],
                ["A7", "Pauline Kershaw (maternal grandmother)",
                 "Walk Tyler to school for 8.45am and collect him at 3.15pm",
                 "Monday to Friday in term time",
                 "School register shows Tyler on time; Pauline named on the school's collection sheet"],
                ["A8", "Pauline Kershaw (maternal grandmother)",
                 "Have Tyler and Skye to stay at 12 Hebden Rise so that Dionne can get to her Saturday morning "
                 "recovery group",
                 "Every Friday night",
                 "Each stay written in the family diary, which the SW reads at visits"],
                ["A9", "TBC",
                 "Parenting sessions at home on routines for meals, bath and bed, and on keeping Skye safe when "
                 "Dionne is drowsy after her dose",
                 "When a family support worker is allocated",
                 "Dionne's engagement with the sessions"],
                ["A10", "-",
                 "Apply for Skye's funded two-year-old nursery place and agree a start date",
                 "By 24/10/2025",
                 "Skye on the Little Acorns Nursery register and her start date confirmed to the SW"],
                ["A11", "All agencies",
                 "Pass on any worry about the children's care, or any sign that Dionne is under the influence, "
                 "to the SW",
                 "Same day",
                 "Each worry logged on the children's file with the action taken"],
            ],
        }),
        ("h1", "7. Contingency"),
        ("p", "If Dionne has a urine screen positive for heroin, misses her methadone two days in a row, or is "
              "found drowsy or under the influence while she is the only adult with the children, or if needles "
              "or foil are found in the home, whoever finds this will phone the SW (or the Emergency Duty Team "
              "out of hours) straight away. The SW will hold a strategy discussion that day, and Tyler and Skye "
              "will go to stay with Pauline Kershaw at 12 Hebden Rise until it is agreed that they can safely "
              "return home."),
        ("h1", "8. Core group and review"),
        ("bullets", [
            "Core group: first meeting 30/09/2025, 1.30pm, Fallowby North Family Hub; then every four weeks "
            "(28/10/2025 and 25/11/2025).",
            "Review child protection conference: 09/12/2025, 10am, Fallowby Town Hall, Committee Room 3.",
            "If Dionne has another screen positive for heroin after 31/10/2025, or Tyler's attendance for the "
            "half term is below 90% at the core group on 25/11/2025, the SW will ask the team manager for a "
            "legal planning meeting within 5 working days.",
        ]),
        ("p", "Gareth Lowndes, Child Protection Chair – record agreed 17/09/2025"),
    ],
    "findings": [
        F("F002", "Dionne will be stable on her methadone prescription and will stop using heroin on top of it."),
        F("H001", "Offer Dionne six sessions of guided self-help for her anxiety"),
        F("T002", "Keep a record of Tyler's attendance, lateness and whether he"),
        F("W002", "Parenting sessions at home on routines for meals, bath and bed"),
        F("T002", "Parenting sessions at home on routines for meals, bath and bed"),
        F("M002", "Parenting sessions at home on routines for meals, bath and bed"),
        F("W001", "Apply for Skye's funded two-year-old nursery place"),
        F("W002", "Pass on any worry about the children's care"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Core group minutes in numbered minutes, mostly discussion, with an
#    action log last; entries with Lead / Due / Done when lines (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b41_fennicott_core_group_numbered_minutes_action_log_last_brannigan.txt",
    "split": "heldout",
    "template": "core-group-minutes-txt-numbered-minutes-agency-updates-discussion-then-action-log-entries-ref-new-or-cf-lead-due-done-when-lines",
    "description": (
        "Second core group minutes for a 9-year-old and a 3-year-old after their father strangled their "
        "mother in front of the older child (non-molestation order, father on a perpetrator programme, "
        "supervised contact). Most of the minutes are updates and discussion, in which people say what "
        "they will look into; only the action log in the last minute holds actions. The IDVA's safety plan "
        "update is due 'ASAP', contact at the family centre is 'Monitored', the housing letter has no lead "
        "and no evidence, one entry is led by 'Core group', and the CAMHS referral waits for a list to "
        "reopen with no evidence. The review conference date is still to be confirmed. Outcomes, the "
        "children's words, a specific contingency and the legal step are recorded."
    ),
    "text": """\
FENNICOTT COUNCIL
Children and Families Directorate - Safeguarding South

MINUTES OF CORE GROUP MEETING

Children:    Riley BRANNIGAN (9), Year 5, Fennicott Moor Primary
             Ava-Rose BRANNIGAN (3), Little Wrens Nursery
Plan:        Child protection plans since the initial conference of
             04/09/2025 - category: emotional abuse
Meeting:     Core group 2
Date:        Thursday 09/10/2025, 9.30am to 11.05am
Venue:       Fennicott Moor Primary School, meeting room 2
Chair:       Jenna Marsh (JM), social worker
Minutes:     Ellie Wragg, business support

PRESENT
  Kelly-Anne Brannigan (KB) - mother
  Jenna Marsh (JM) - social worker, Safeguarding South
  Louise Hargreaves (LH) - designated safeguarding lead, Fennicott Moor
  Sam Ibbotson (SI) - keyworker, Little Wrens Nursery
  Michelle Cole (MC) - IDVA, Fennicott Domestic Abuse Service
  PC Dan Royle (DR) - Fennicott Police, Domestic Abuse Unit

APOLOGIES
  Tom Askew (TA) - facilitator, Turning Point programme (update sent)
  Priti Shah (PS) - health visitor (update by email)

NOT INVITED
  Scott Brannigan (SB), father. Not invited to a joint meeting because of
  the non-molestation order. JM saw SB on his own on 06/10/2025 and his
  views are recorded under minute 3.

========================================================================

MINUTE 1   WELCOME AND PURPOSE
JM welcomed everyone and reminded the group that the minutes are
confidential. KB was told she could take a break at any point and that
MC would sit with her.

MINUTE 2   LAST MEETING AND MATTERS ARISING
The minutes of 18/09/2025 were agreed. From the last action list: the
non-molestation order was made on 02/09/2025 and runs to 02/09/2026, and
LH has put a copy and Scott's photograph in the school office. The
referral for Riley to the Bounce Back group has gone in. KB has started
the Freedom Programme and has been to two sessions. Supervised contact
at Hazelbank Family Centre has started and two Saturdays have taken
place.

MINUTE 3   UPDATES
School (LH): Riley's attendance this term is 97%. Staff describe him as
"flat" and he has fallen asleep in class twice. He told his teacher he
"heard banging outside" one night. LH said she would look into whether
Riley could have a regular slot with the learning mentor and let JM
know.

Nursery (SI): Ava-Rose settles well in the mornings but hits other
children when she is tired. In the home corner she plays "police and
shouting" and puts the dolls "in jail". SI said staff would carry on
noting what they see.

IDVA (MC): the DASH checklist on 20/08/2025 was high risk and the case
went to MARAC on 11/09/2025. KB's safety plan dates from August, before
Scott moved out, and needs updating. KB has had two texts from a number
she does not know which she thinks are from Scott; she has reported
them to the police.

Police (DR): the texts are being looked into. There have been no
call-outs to the flat since 15/08/2025. DR said he would speak to the
officer in the case and update JM.

Turning Point (TA, written update): Scott has been to 3 of 3 group
sessions. He is "beginning to talk about the effect on Riley" but still
describes the incident as "a row that went too far".

Health visitor (PS, by email): Ava-Rose had her review in September;
growth and immunisations are fine and there are no health concerns.

Social worker (JM): JM has visited twice since the last meeting and saw
Riley on his own at school. When JM saw Scott he said he misses the
children "every minute" and wants contact at his brother's flat instead
of the centre. He accepts he "lost it" but says Kelly-Anne "winds him
up". JM told him contact stays at Hazelbank for now.

KB: said home is calmer but she is "jumpy" at night and checks the
locks. She wants a move because Scott knows the address. She said
Riley has nightmares most nights and comes into her bed.

MINUTE 4   WHAT RILEY AND AVA-ROSE ARE TELLING US
Riley (seen alone at school by JM on 02/10/2025): "I like it better now
it's just us. But I keep thinking Dad's going to come back and do the
thing to Mum's neck again." He would like to see his dad "but not at
his house". He wants to get back into football on Saturdays.
Ava-Rose is too young to give her views in words. At nursery and at home
she asks "where's Daddy?" at bedtime, and on JM's last visit she pointed
at the front door and said "Daddy shouted".

MINUTE 5   WHAT WE ARE WORKING TOWARDS
The chair read out the outcomes from the child protection plan:
  a) Riley and Ava-Rose live in a home with no violence, threats or
     frightening behaviour.
  b) Riley and Ava-Rose see their dad only in a way that is safe and that
     they enjoy, and are never used to pass messages.
  c) Riley can talk about what he saw and is sleeping better, and
     Ava-Rose's play and behaviour settle.
Everyone scored how safe the children are now (0 = not safe at all,
10 = safe enough to end the plan): JM 4, LH 5, MC 4, SI 5, DR 5, KB 7.

MINUTE 6   IF THINGS GO WRONG
The contingency from conference was read out and still stands. If Scott
comes to the flat, the school or the nursery, or contacts Kelly-Anne or
the children in any way outside contact at Hazelbank, KB or staff will
ring 999 and the police will attend under the order; JM or the
Emergency Duty Team will hold a strategy discussion the same day and
contact will stop until a new risk assessment is done. If Kelly-Anne
lets Scott back into the home, Riley and Ava-Rose will be cared for by
approved foster carers that day and JM will ask her manager for a legal
planning meeting within 5 working days.

MINUTE 7   NEXT MEETINGS
Next core group: Thursday 06/11/2025, 9.30am, Fennicott Moor Primary,
and every four weeks after that.
Review child protection conference: date to be confirmed by the
conference team.

MINUTE 8   ACTION LOG
(cf = carried forward from core group 1)

AL2.1 [new] Riley to start the Bounce Back group for children who have
      lived with domestic abuse
      Lead: LH
      Due: first session Tuesday 14/10/2025, then weekly for 8 weeks
      Done when: attendance sheet and LH's note of anything Riley says,
      sent to JM after each session

AL2.2 [cf] Keep going to the Freedom Programme at Fennicott Women's
      Centre, Wednesday mornings
      Lead: KB
      Due: every Wednesday until the course ends on 10/12/2025
      Done when: Women's Centre attendance sheet sent to JM monthly

AL2.3 [new] Update Kelly-Anne's safety plan now Scott has moved out,
      including what to do about the texts
      Lead: MC
      Due: ASAP
      Done when: updated safety plan signed by KB, copy to JM

AL2.4 [new] Chase the police enquiry into the texts and tell JM and KB
      the outcome
      Lead: DR
      Due: by 24/10/2025
      Done when: outcome emailed to JM and KB told in person

AL2.5 [cf] Supervised contact for Riley and Ava-Rose with their dad at
      Hazelbank Family Centre
      Lead: Hazelbank Family Centre (Carol Finch)
      Due: alternate Saturdays, 10am to 12 noon
      Done when: monitored

AL2.6 [cf] Turning Point group sessions for Scott, and a mid-programme
      report on how he understands the effect of his abuse on the children
      Lead: TA
      Due: weekly; report by 20/11/2025
      Done when: attendance record and report shared with the core group

AL2.7 [new] Letter of support for Kelly-Anne's housing transfer to go to
      Fennicott Homes
      Lead: -
      Due: 24/10/2025
      Done when: -

AL2.8 [new] Tell JM about any sighting of Scott near the flat, the school
      or the nursery
      Lead: Core group
      Due: same day
      Done when: sighting logged on the children's file

AL2.9 [cf] Note Ava-Rose's play, mood and anything she says about home
      Lead: SI
      Due: every session
      Done when: notes emailed to JM every Friday

AL2.10 [cf] Visit Riley and Ava-Rose at home and see Riley on his own
      at school
      Lead: JM
      Due: every 2 weeks
      Done when: visit records with Riley's own words

AL2.11 [new] Look into a CAMHS referral for Riley's nightmares and
      poor sleep
      Lead: JM
      Due: when the CAMHS waiting list reopens
      Done when: -

Minutes typed 10/10/2025 and sent to all present, to TA and to PS.
""",
    "findings": [
        F("T002", "Update Kelly-Anne's safety plan now Scott has moved out,"),
        F("M002", "Supervised contact for Riley and Ava-Rose with their dad at"),
        F("W001", "Letter of support for Kelly-Anne's housing transfer to go to"),
        F("M001", "Letter of support for Kelly-Anne's housing transfer to go to"),
        F("W002", "Tell JM about any sighting of Scott near the flat,"),
        F("T002", "Look into a CAMHS referral for Riley's nightmares and"),
        F("M001", "Look into a CAMHS referral for Riley's nightmares and"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Letter to parents with a learning disability, second person, short
#    sentences; "What the plan asks you to do" / "What we will do" (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b41_frisbourne_letter_you_will_easy_words_thackeray.pdf",
    "doc_title": "Letter to Gemma and Lee Thackeray after conference",
    "split": "heldout",
    "template": "letter-to-parents-with-learning-disability-after-icpc-second-person-short-sentences-plan-asks-you-then-professionals-will-paragraphs-paged",
    "description": (
        "A social worker's letter in short sentences to parents who both have a learning disability, after "
        "the initial conference for a 3-year-old found alone by the road and a 6-month-old whose weight has "
        "dropped. Written to 'you'; adult social care's learning disability team owns an action. Seven of the "
        "thirteen commitments are the parents' own needs (benefits, a health check, advocacy, college, a "
        "coffee morning, money advice, a Care Act assessment) with no link to the children; the money advice has no measure and "
        "waits until they 'feel ready'; the parenting assessment 'will be done' by nobody 'over the next "
        "few weeks' with no output. One outcome is about the parents' confidence. The contingency is to "
        "'have a meeting'; the legal step is set out separately under meetings."
    ),
    "header": "OFFICIAL – SENSITIVE | Frisbourne Borough Council · Children's Social Care",
    "footer": "Letter to Gemma and Lee Thackeray, 24 September 2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font_size": 11.5,
    "blocks": [
        ("pr", "Frisbourne Borough Council"),
        ("pr", "Children's Social Care – Family Safeguarding Team West"),
        ("pr", "Abbey House, Tanner Street, Frisbourne"),
        ("pr", "24 September 2025"),
        ("p", ""),
        ("pl", "Gemma Thackeray and Lee Thackeray"),
        ("pl", "7 Orchard View"),
        ("pl", "Frisbourne"),
        ("p", ""),
        ("p", "Dear Gemma and Lee,"),
        ("p", "I am writing after the child protection conference on Monday 22 September. I said I would send "
              "you the plan in a letter with short sentences, so that you can read it with Ruth from Frisbourne "
              "Advocacy. Ruth has a copy too. If anything is not clear, ring me and I will come round and go "
              "through it with you."),
        ("boldp", "What the conference decided"),
        ("p", "Everyone at the meeting agreed that Mason and Poppy need a child protection plan. The type of "
              "plan is called neglect. It does not mean we think you do not love your children. We saw at the "
              "meeting how much you do."),
        ("boldp", "Why we are worried"),
        ("p", "Poppy is 6 months old. In July she weighed in the middle of her chart. Now she is near the "
              "bottom (the 9th centile). Some of her bottles were made with too much powder. Some feeds were "
              "missed when you were both asleep."),
        ("p", "On 30 August a neighbour found Mason, who is 3, on his own by the road outside your house. The "
              "back gate was open. Tablets and bleach were on the kitchen side where he could reach them."),
        ("p", "We know you both have a learning disability. Gemma, you told us long letters are hard to read "
              "and you get muddled with numbers, like how many scoops go in a bottle. Lee, you told us forms "
              "and phone calls are hard. We want the plan to help with this."),
        ("boldp", "What Mason and Poppy show us"),
        ("p", "Mason is chatty and funny. When I visited on 12 September he showed me his dinosaur and told me "
              "\"Daddy does the big hugs\". He did not want me to go. He talked about \"the road\" and said "
              "\"the lorry went beep\". Nursery say he comes in hungry some mornings."),
        ("p", "Poppy smiles a lot and likes Lee singing to her. She cries hard when she is hungry and takes her "
              "bottle very fast. When she is tired she rubs her eyes and settles on Gemma's chest."),
        ("boldp", "What we want for Mason and Poppy"),
        ("bullets", [
            "Poppy is fed on time, every time, with bottles made up the right way, and she grows back up her "
            "chart.",
            "Mason is safe at home and outside: the gate is shut, and tablets and cleaning things are locked "
            "away.",
            "Mason goes to nursery every morning and is not hungry when he gets there.",
            "Gemma and Lee feel more confident and less muddled as parents.",
        ]),
        ("boldp", "What the plan asks you to do"),
        ("p", "You will make up Poppy's bottles using the picture card Kim made with you and write every feed "
              "on the chart on the fridge, which Kim and I will look at each visit."),
        ("p", "You will take Mason to Little Owls Nursery by 9am every weekday, and the nursery will tick him "
              "in on their register."),
        ("p", "You will fit the gate lock and the cupboard lock I brought on 19 September by 3 October, and I "
              "will check they are locked when I visit."),
        ("p", "Lee, you will go to your Universal Credit appointment at Frisbourne Jobcentre on 7 October and "
              "show me the letter they give you."),
        ("p", "Gemma, you will go to your learning disability annual health check at Millbrook Surgery by 17 "
              "October, and the surgery will send me a short note to say you went."),
        ("p", "You will both meet Ruth from Frisbourne Advocacy before the first core group on 6 October, so "
              "she can help you with letters and meetings, and Ruth will tell me you have met."),
        ("p", "Lee, you will start the reading and writing class at Frisbourne College on Thursday afternoons "
              "from 9 October, and the college will give you a record card to show me."),
        ("p", "Gemma, you will go to the Monday coffee morning for parents with a learning disability at "
              "Frisbourne Library every week, and Ruth will sign your card each time."),
        ("p", "You will go to the Money Matters drop-in at the Civic Centre about your rent arrears when you "
              "feel ready."),
        ("boldp", "What we will do"),
        ("p", "I will visit you at home every Tuesday afternoon, and once a month without ringing first, to see "
              "Mason and Poppy; I will write down what I see and read it to you before I leave."),
        ("p", "Kim Doherty, your health visitor, will weigh Poppy at home every two weeks and show you her new "
              "weight on the chart in the red book."),
        ("p", "Frisbourne Adult Social Care (the Community Learning Disability Team) will do a Care Act "
              "assessment of the help Gemma needs day to day by 31 October, and send the report to you and to "
              "me."),
        ("p", "A parenting assessment using pictures and short sessions will be done with you over the next "
              "few weeks."),
        ("boldp", "If things go wrong"),
        ("p", "If things do not get better, or we have more worries about Mason or Poppy, I will talk to my "
              "manager and we will have a meeting to decide what to do next."),
        ("boldp", "Meetings"),
        ("p", "The core group is you, me, Kim, Ruth, the nursery and Adult Social Care. We will meet every four "
              "weeks at Frisbourne Family Centre, at 10am on 6 October, 3 November and 1 December 2025. The "
              "review child protection conference will be on Monday 15 December 2025 at 1.30pm at Abbey "
              "House."),
        ("p", "I need to be honest with you. If Poppy is still not gaining weight by the core group on 3 "
              "November, my manager will hold a legal planning meeting. This is a meeting with the council's "
              "solicitor to decide whether we need to go to court to keep the children safe. Ruth will help you "
              "find a solicitor of your own if that happens."),
        ("p", "Yours sincerely,"),
        ("p", "Aisha Rahman"),
        ("pl", "Social Worker, Family Safeguarding Team West"),
        ("pl", "cc: Ruth Ellery, Frisbourne Advocacy; Kim Doherty, health visitor; Little Owls Nursery; "
               "Frisbourne Adult Social Care"),
    ],
    "findings": [
        F("F002", "Gemma and Lee feel more confident and less muddled as parents."),
        F("T002", "Money Matters drop-in at the Civic Centre about your rent arrears"),
        F("M001", "Money Matters drop-in at the Civic Centre about your rent arrears"),
        F("W001", "A parenting assessment using pictures and short sessions will be done"),
        F("T002", "A parenting assessment using pictures and short sessions will be done"),
        F("M001", "A parenting assessment using pictures and short sessions will be done"),
        F("F001"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Child-friendly "my plan" for a 10-year-old, each action a promise card
#    (blockquote with What / When / How you'll know). Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b41_fettlecombe_my_plan_promise_cards_rainford.md",
    "split": "heldout",
    "template": "child-friendly-my-plan-md-written-to-a-10-year-old-promise-cards-as-blockquotes-what-when-how-youll-know-lines",
    "description": (
        "Exemplary plan written to a 10-year-old young carer whose mother has lupus and takes strong "
        "painkillers (his 3-year-old sister got out onto the road while their mum slept). Each action is a "
        "'promise' card from one grown-up with What, When and How you'll know. The lupus nurse, GP and adult "
        "social care each own a promise linked to the children; the aunt's mornings and her care in an "
        "emergency have a fallback; core group dates, the review date and a legal planning meeting are set "
        "out in child-friendly words."
    ),
    "text": """\
# My plan – for Toby

*Written for Toby Rainford (10) by Femi Adeyemi, his social worker, after the child
protection conference on Monday 8 September 2025. Fettlecombe Council, Children's
Services. Nell (3) has a plan too: the grown-ups' copy has the same promises in it.*

## Hello Toby

This is your plan. It says what all the grown-ups are going to do so that you and
Nell are safe and you can get on with being 10. You can keep it in your room, show it
to anyone you like, or not show it to anyone at all. If something in it is wrong,
tell me and I'll change it.

## Why there is a plan

Your mum, Claire, has an illness called lupus. It makes her joints hurt and makes her
very tired, and sometimes it flares up and she has to stay in bed for days. She takes
strong medicine for the pain, and it can make her very sleepy.

In June, when Mum was asleep after her medicine, Nell got out of the front door and a
neighbour found her on Fettle Road. You also missed a lot of school last year (23
days) because you stayed at home to look after Nell and Mum. At the meeting everyone
agreed that you and Nell need more help at home, and that you shouldn't have to do so
much.

## What you told me

When we met at school on 2 September you told me:

- "I don't mind helping Mum. But I hate it when she won't wake up. I shake her and shake her."
- "I'm scared Nell will go out again. I put the chain on but she can reach it now."
- "I miss football. And I'm behind in maths because I missed loads."
- The best thing would be "Mum not being so poorly, and someone else doing the mornings".

You gave home 5 out of 10 for feeling safe, and Auntie Bex's house 9 out of 10.

Nell is too little to write her own words here. At nursery she runs to the window
every time she hears a car, and she calls you "my Toby". When I visited, she climbed
on a chair to show me she can reach the door chain.

## What we all want for you and Nell

- You and Nell always have a grown-up who is awake and able to look after you, day and night.
- Nell can't get out of the house on her own: the front door is always locked and the key is kept up high.
- You go to school every day, on time, and get back to football on Saturdays.
- You don't have to be the one who looks after Mum and Nell. You get to be a kid.

## Who is going to do what

Every grown-up has made you a promise. Each promise says what they'll do, when, and how
you (and everyone else) will know it's happening.

> **Promise 1 – from Femi, your social worker**
> What: I will visit you and Nell at home, see you on your own at school once a month, and check the front door key is on the high hook.
> When: every two weeks, starting on Tuesday 16 September.
> How you'll know: I write down what you tell me and read it back to you before I go, so you can check I've got it right.

> **Promise 2 – from Mum**
> What: Mum will take her night-time painkillers only after Nell is asleep and the front door is locked with the key on the high hook.
> When: every night.
> How you'll know: Femi looks at the lock and the key hook on her visits, and you can tell Femi or Mrs Obi if it ever doesn't happen.

> **Promise 3 – from Auntie Bex**
> What: Auntie Bex will come to your house at 7.30am, get Nell dressed and take her to Sunflowers Nursery, so you can walk to school with Kai.
> When: every school day, Monday to Friday.
> How you'll know: Bex signs Nell in at nursery, and the school register shows you in on time.

> **Promise 4 – from Jo, Mum's lupus nurse**
> What: Jo Pemberton, Mum's lupus nurse at Fettlecombe General Hospital, will make a flare plan with Mum that says what happens when the lupus flares up, and who looks after you and Nell then.
> When: flare plan done by 30 September; Jo tells Femi the same day if Mum has to go into hospital.
> How you'll know: a copy of the flare plan goes on your fridge and to Femi, and Jo writes to every core group about how Mum's illness is affecting her looking after you and Nell.

> **Promise 5 – from Dr Kaur, Mum's doctor**
> What: Dr Kaur at Millgate Surgery will look again at Mum's painkillers and sleeping tablets, so Mum is less sleepy in the day and can look after Nell.
> When: by 10 October.
> How you'll know: Dr Kaur writes to Femi with Mum's new medicines and how much she takes.

> **Promise 6 – from Marcus at Adult Social Care**
> What: Marcus Lyle from Fettlecombe Adult Social Care will work out what help Mum needs at home, like a carer coming in the mornings when she's poorly, so that you don't have to do it.
> When: assessment by 17 October; carer visits start within two weeks of that.
> How you'll know: Mum's support plan is sent to Femi, and the carers write in the carers' book in the kitchen every time they come.

> **Promise 7 – from Danni at Young Carers**
> What: Danni Price from Fettlecombe Young Carers will do a young carers assessment with you and keep you a place at Young Carers Club.
> When: club every Thursday after school; assessment finished by 31 October.
> How you'll know: you and Danni write the assessment together and pick the jobs at home you won't have to do any more, and Femi gets a copy.

> **Promise 8 – from Mrs Obi, your class teacher**
> What: Mrs Obi at Fettle Park Primary will have a chat with you first thing on Monday mornings, and Mr Hale will give you maths catch-up.
> When: every Monday morning; maths catch-up every Wednesday lunchtime.
> How you'll know: Mrs Obi writes down what you tell her and rings Femi the same day if you're not in school, and your maths scores are checked at the end of each half term.

> **Promise 9 – from Sue, Nell's health visitor**
> What: Sue Trent will do Nell's development check at home and see how her talking and her sleep are going.
> When: by 24 October.
> How you'll know: Sue writes the results in Nell's red book and sends them to Femi.

## What happens if something goes wrong

If Mum can't be woken up, if Nell gets out of the house, or if Mum has to go into
hospital:

1. You ring Auntie Bex (her number is on the card in your school bag). If she doesn't answer, you ring 999.
2. Bex, or whoever you spoke to, tells Femi, or the out-of-hours social worker if it's at night or the weekend.
3. You and Nell go to stay with Auntie Bex at her house on Cobble Lane that same day, and Femi holds a strategy meeting that day to decide what happens next.
4. If Auntie Bex can't look after you, you and Nell stay together with a foster family that Femi finds that same day, and you still go to Fettle Park Primary.

If Auntie Bex can't come one morning, she texts Mum and Femi by 7am. Nell then goes to
Sunflowers on the nursery minibus, which Femi has booked as a back-up, and you go to
breakfast club at school.

## When the grown-ups meet

- The core group (the grown-ups working on your plan, with Mum and Auntie Bex) meets every four weeks at Fettle Park Primary: on 23 September, 21 October and 18 November 2025.
- The review child protection conference, where everyone checks how the plan is going, is on Tuesday 2 December 2025 at 10am. You can come for the first part, or give me a letter or a drawing to read out.
- If Nell gets out again, or Mum is still too sleepy to look after you both by the core group on 18 November even with all this help, I will ask my manager for a legal planning meeting. That's a meeting with the council's lawyers about what else needs to happen to keep you safe. I will tell you and Mum if it happens.

If you want to change anything, or there's a word you don't understand, tell me,
Mrs Obi or Danni.

From Femi
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Signs of Safety plan: danger statements, safety goals, scaling, then a
#    Who / What / When / How we'll know safety plan table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b41_fyneholme_sos_danger_goals_scaling_safety_plan_penberthy.docx",
    "doc_title": "Signs of Safety Child Protection Plan - Arlo and Jack Penberthy",
    "split": "heldout",
    "template": "signs-of-safety-docx-danger-statements-safety-goals-scaling-bullets-three-houses-then-who-what-when-how-well-know-safety-plan-table",
    "description": (
        "Exemplary Signs of Safety plan for a 15-week-old and a 5-year-old (mother's postnatal depression, "
        "father working offshore on a two-weeks-on rota). Danger statements, safety goals, a scaling "
        "question with each person's score and reason, Jack's three houses and Arlo's day, then a safety "
        "plan table of who does what. The perinatal CPN and psychiatrist assess and report on change, the "
        "GP owns an action, the grandmother's and aunt's parts are covered if they cannot do them, core "
        "group and review dates are set and a legal planning meeting follows insufficient progress."
    ),
    "blocks": [
        ("title", "Signs of Safety Child Protection Plan"),
        ("p", "Fyneholme Council · Children's Services · Locality Team South, Quay Street"),
        ("kv", [
            ("Children", "Arlo Penberthy, born 02/06/2025 (15 weeks); Jack Penberthy, born 11/01/2020 (5), "
                         "Year 1, Harbour View Primary"),
            ("Parents", "Tamsin Penberthy (29) and Dan Penberthy (33), 4 Chapel Row, Fyneholme"),
            ("Plan made at", "Initial child protection conference, 17/09/2025 – category: neglect"),
            ("Social worker", "Lowenna Hicks"),
            ("Conference chair", "Peter Angove"),
            ("Safety network", "Sheila Trewin (Tamsin's mum, 9 Fore Street); Kerensa Penberthy (Dan's sister, "
                               "Pengelly Road)"),
        ]),
        ("h1", "Danger statements"),
        ("p", "Children's Services, Arlo's health visitor and the perinatal mental health team are worried that "
              "when Tamsin's depression is at its worst and Dan is working offshore, Arlo will be left crying "
              "and unfed for long periods or fed with his bottle propped on a cushion, and that he could choke, "
              "stop gaining weight or be hurt by Tamsin at a moment when she feels she cannot cope."),
        ("p", "We are also worried that on those days Jack will get himself up, go without breakfast and be late "
              "or absent from school, and will be frightened and confused by seeing his mum crying in bed and "
              "saying she wants to disappear."),
        ("h1", "What is working well"),
        ("p", "Tamsin told the health visitor how she was feeling on 26 August and asked for help herself. She "
              "has taken sertraline every day since 1 September. Dan has changed his rota so that he is home "
              "for two weeks in every four, and on his weeks at home Arlo is fed on time and Jack gets to school. "
              "Sheila and Kerensa both came to conference and want to help. Arlo has stayed on the 25th centile "
              "since birth."),
        ("h1", "Safety goals"),
        ("p", "Children's Services will be confident that Arlo and Jack are safe enough for the plan to end when, "
              "for at least three months in a row:"),
        ("bullets", [
            "Arlo is fed every three to four hours by an adult who holds him for every bottle, and he keeps "
            "growing along his centile.",
            "Arlo always has an adult with him who is well enough to feed, settle and comfort him, and who gets "
            "help straight away if they can't.",
            "Jack gets to school on time with breakfast inside him, and tells his teacher and his social worker "
            "that home feels happy and safe.",
            "Arlo and Jack are looked after by their safety network on any day Tamsin is too unwell, including "
            "every day Dan is offshore.",
        ]),
        ("h1", "Scaling"),
        ("p", "Question asked at conference: \"On a scale of 0 to 10, where 10 means everyone is confident that "
              "Arlo and Jack are safe enough with Tamsin, Dan and their network for the plan to close, and 0 "
              "means the children cannot stay at home, where are things today?\""),
        ("bullets", [
            "Tamsin – 6: \"I've got my mum and Kerensa now, and the tablets are starting to work.\"",
            "Dan – 6: \"It's the weeks I'm away that worry me.\"",
            "Sheila – 7: \"I'm round there every day anyway.\"",
            "Morwenna Tonkin, health visitor – 4: Arlo is growing, but the propped bottle was only three weeks "
            "ago.",
            "Alys Morgan, perinatal CPN – 4: Tamsin's mood is lifting slowly; it is early days on medication.",
            "Lowenna Hicks, social worker – 3: the network is new and has not yet been tested on a bad day.",
        ]),
        ("h1", "What Jack says and what Arlo's day is like"),
        ("p", "Jack did the three houses with Lowenna at school on 11 September. House of worries: \"Mummy cries "
              "in bed. I make my own cereal. Arlo cries and cries.\" House of good things: \"Nanny Sheila comes "
              "and does pancakes. Daddy's home and we go to the beach.\" House of dreams: \"Mummy gets up and "
              "takes me to school and nobody is sad.\""),
        ("p", "Arlo is a smiley baby who watches faces closely. When Sheila or Dan feeds him he is calm and "
              "feeds well; on the visit on 27 August he was in his cot, red-faced and hoarse from crying, and "
              "Tamsin was in the bath with the door shut. He settles best in the sling and likes the washing "
              "machine noise."),
        ("h1", "Safety plan – who does what"),
        ("p", "This is the plan everyone agreed at conference. Each line says who will do it, when, and how we "
              "will all know it is happening."),
        ("table", {
            "header": ["Who", "What they will do", "When", "How we will know"],
            "widths": [3.4, 5.6, 3.4, 4.6],
            "rows": [
                ["Tamsin Penberthy",
                 "Take sertraline every morning and fill in Arlo's feed and sleep chart after every feed",
                 "Every day",
                 "Chart on the fridge checked by the HV and SW at their visits; GP confirms each weekly "
                 "prescription is collected"],
                ["Dan Penberthy",
                 "Do Arlo's night feeds on his weeks at home; on his weeks offshore, ring Tamsin at 7pm and ring "
                 "Sheila at once if Tamsin does not answer or sounds low",
                 "Every night (offshore rota written in the network book)",
                 "Dan's call log and Sheila's notes in the network book, read by the SW at each visit"],
                ["Sheila Trewin (Tamsin's mum)",
                 "Be at the house from 7.30am to 6pm, give Arlo his bottles with Tamsin, and take Jack to school "
                 "and collect him",
                 "Every weekday while Dan is offshore",
                 "Network book signed each day; Harbour View register shows Jack in on time"],
                ["Kerensa Penberthy (Dan's sister)",
                 "Stay overnight and do Arlo's night feeds so that Tamsin can sleep",
                 "Friday and Saturday nights while Dan is offshore",
                 "Night feeds written on the feed chart in Kerensa's writing; network book signed"],
                ["Alys Morgan, CPN, Fyneholme Perinatal Mental Health Team",
                 "Home visits to assess Tamsin's mood, her thoughts about Arlo and how she responds to him, and "
                 "report on whether she is making the changes Arlo and Jack need",
                 "Every two weeks; written report 2 working days before each core group",
                 "Report read at every core group, with EPDS scores and what has changed in Tamsin's care of "
                 "Arlo"],
                ["Dr Nkem Obi, consultant perinatal psychiatrist",
                 "Review Tamsin's diagnosis and medication and give a written opinion on her prognosis, the "
                 "steps to recovery and how long they are likely to take",
                 "By 31/10/2025",
                 "Written opinion shared with the core group and the review conference"],
                ["Morwenna Tonkin, health visitor",
                 "Weigh Arlo, watch a feed and see how Tamsin and Arlo are together",
                 "Weekly until 30/11/2025, then every two weeks",
                 "Weight plotted in the red book, on or above the 25th centile; visit notes sent to the SW"],
                ["Lowenna Hicks, social worker",
                 "Visit at home, at least one visit in three unannounced; see Jack on his own and Arlo awake, "
                 "and read the network book",
                 "Every week",
                 "Visit records with Jack's words and what Arlo's care looked like"],
                ["Mr Tom Rowe, DSL, Harbour View Primary",
                 "Check in with Jack, note whether he has had breakfast, and tell the SW if he is late or absent",
                 "Every school morning; the SW told the same day",
                 "DSL log; register shows Jack in by 8.50am"],
                ["Dr Harry Polglase, GP, Fyneholme Health Centre",
                 "Prescribe Tamsin's sertraline in 7-day amounts and tell the perinatal team if it is not "
                 "collected",
                 "Weekly; any missed collection reported the same day",
                 "Pharmacy collection record shared with the CPN each month"],
            ],
        }),
        ("h1", "If the safety plan doesn't hold"),
        ("p", "If Tamsin says she has thoughts of harming herself or Arlo, Arlo is found alone and crying with no "
              "adult responding, a bottle is found propped, or Tamsin misses her sertraline two days running, "
              "the person who sees it will ring the SW (or the Emergency Duty Team out of hours) straight away, "
              "and the perinatal crisis team will assess Tamsin the same day. The SW will hold a strategy "
              "discussion that day, and Arlo and Jack will stay with Sheila at 9 Fore Street until it is agreed "
              "they can go home."),
        ("p", "If Sheila or Kerensa cannot do their part, she will tell Dan and the SW by 7am that day and the "
              "other will cover. If neither can, Dan will come home on the next crew change (his employer has "
              "agreed this), and until he is back the SW will arrange for Arlo and Jack to be cared for together "
              "by approved foster carers, with Jack kept at Harbour View Primary."),
        ("p", "If the perinatal team cannot say by the core group on 11/11/2025 that Tamsin is making the changes "
              "Arlo and Jack need, or the safety plan breaks down twice, the SW will ask the team manager for a "
              "legal planning meeting within 5 working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Harbour View Primary, 9.30am: 14/10/2025, 11/11/2025 and 09/12/2025.",
            "Review child protection conference: 16/12/2025, 10am, Fyneholme Council Offices, Quay Street.",
        ]),
        ("p", "Plan typed by Lowenna Hicks, SW, 18/09/2025, and given to Tamsin, Dan, Sheila, Kerensa and every "
              "agency above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Pre-birth plan in three stages (before the birth / on the ward / first
#    six weeks), with a contact sheet that is not an action table. PDF with
#    header and page footer. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b41_flinderby_prebirth_three_stage_tables_contact_sheet_costello.pdf",
    "doc_title": "Pre-Birth Child Protection Plan - unborn baby of Keeley Armitage and Ryan Costello",
    "split": "heldout",
    "template": "prebirth-plan-paged-who-is-who-contact-table-then-three-stage-tables-before-birth-on-the-ward-first-six-weeks-what-lead-when-how-we-know",
    "description": (
        "Exemplary pre-birth plan agreed at 32 weeks for the baby of a mother with bipolar disorder and a "
        "past postpartum psychosis, and a father on licence for violence to a former partner. A contact "
        "sheet of who is who, then one table per stage: before the birth, on the postnatal ward, the first "
        "six weeks at home. Maternity, the perinatal team (CPN, psychiatrist, ward liaison nurse), the GP "
        "and the father's probation officer each own assessed, measured actions; the grandmother's night "
        "feeds have a fallback; the contingency names the mother and baby unit; dates and legal step set."
    ),
    "header": "OFFICIAL-SENSITIVE | Flinderby City Council Children's Services and Flinderby Teaching Hospitals NHS Trust",
    "footer": "Pre-birth plan – baby of Keeley Armitage – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-Birth Child Protection Plan"),
        ("p", "Agreed at the pre-birth initial child protection conference on 14/10/2025 (Keeley 32 weeks "
              "pregnant). Category: emotional abuse. This plan replaces the pre-birth assessment agreement of "
              "August 2025."),
        ("kv", [
            ("Unborn baby of", "Keeley Armitage (24), 15 Wren Court, Flinderby"),
            ("Estimated date of delivery", "09/12/2025; planned birth at Flinderby Royal Infirmary"),
            ("Father", "Ryan Costello (29), living with his mother at 88 Sandpit Lane, Flinderby; on licence "
                       "until March 2027"),
            ("Keeley's daughter", "Maisie (4), who lives with her paternal grandmother under a special "
                                  "guardianship order made in 2022"),
            ("Lead social worker", "Imogen Clarke, Pre-birth and Infant Team"),
            ("Conference chair", "Andrew Pettigrew"),
        ]),
        ("h1", "Why there is a plan before the baby is born"),
        ("p", "Keeley has bipolar affective disorder, diagnosed in 2019. Three weeks after Maisie was born in "
              "2021 she became very unwell with postpartum psychosis and believed Maisie had been swapped at "
              "the hospital. She was admitted to a mother and baby unit and then to an adult ward, and Maisie "
              "went to live with her father's mother. Keeley has been well for two years on lamotrigine and "
              "has been under the Flinderby Perinatal Mental Health Team since 12 weeks of this pregnancy. The "
              "chance of the psychosis coming back after this birth is high."),
        ("p", "Ryan was convicted in 2023 of assault occasioning actual bodily harm against a former partner and "
              "was released on licence in March 2025. He is doing the Building Better Relationships programme "
              "with probation. Keeley and Ryan have been together since May 2025; there have been no police "
              "call-outs, and Keeley says Ryan has never hurt or frightened her."),
        ("h1", "What we know about the baby's world so far"),
        ("p", "Keeley has been to every antenatal appointment and the baby is growing well on the scans. She "
              "talks to the bump and plays it the songs she used to sing to Maisie. The flat is warm and clean, "
              "a Moses basket is ready beside Keeley's bed, and Ryan has built a changing unit. Keeley smokes "
              "about five cigarettes a day, always outside on the balcony. She says she is frightened of "
              "\"going back to that place in my head\" and of losing this baby too."),
        ("h1", "What needs to be true for the baby"),
        ("bullets", [
            "The baby is born safely and is cared for from the first day by adults who are well, awake and able "
            "to respond to their needs.",
            "The baby lives in a home free from violence, threats and controlling behaviour.",
            "If Keeley becomes unwell after the birth it is noticed within days, the baby is kept safe, and the "
            "baby stays close to Keeley whenever that is safe.",
            "The baby is fed, gains weight and is seen by a professional at least once a week for the first six "
            "weeks.",
        ]),
        ("h1", "Who is who"),
        ("table", {
            "header": ["Name", "Role", "Organisation"],
            "widths": [4.0, 5.5, 7.5],
            "rows": [
                ["Imogen Clarke", "Social worker (lead professional)", "Flinderby Children's Services"],
                ["Hayley Dunn", "Specialist safeguarding midwife", "Flinderby Royal Infirmary"],
                ["Bethan Rudd", "Community midwife", "Northgate Midwifery Team"],
                ["Chris Alleyne", "Community psychiatric nurse", "Flinderby Perinatal Mental Health Team"],
                ["Dr Farah Qureshi", "Consultant perinatal psychiatrist", "Flinderby Perinatal Mental Health Team"],
                ["Natalie Greaves", "Probation officer", "Flinderby Probation Delivery Unit"],
                ["Dr Simon Leigh", "GP", "Northgate Medical Practice"],
                ["Gail Fenton", "Health visitor", "Northgate 0–19 Team"],
                ["Denise Armitage", "Keeley's mum", "–"],
            ],
        }),
        ("h1", "The plan"),
        ("h2", "Stage 1 – before the baby is born"),
        ("table", {
            "header": ["What will happen", "Lead", "When", "How we will know"],
            "widths": [5.8, 3.6, 3.2, 4.4],
            "rows": [
                ["Write the birth plan and the postnatal safeguarding plan with Keeley and Ryan, and put an "
                 "alert on the maternity system so the ward knows the plan",
                 "Hayley Dunn, specialist safeguarding midwife",
                 "By 36 weeks (11/11/2025)",
                 "Signed birth plan in Keeley's hand-held notes; alert seen on the system; copies to the SW and "
                 "the perinatal team"],
                ["Antenatal checks, including blood pressure, the baby's growth and a carbon monoxide reading",
                 "Bethan Rudd, community midwife",
                 "Every 2 weeks until 36 weeks, then weekly",
                 "Results in the hand-held notes and a summary emailed to the SW each month"],
                ["Home visits to watch for early signs of relapse, agree Keeley's relapse signature with her and "
                 "Ryan, and report on how stable Keeley is and what that means for her care of the baby",
                 "Chris Alleyne, CPN, Flinderby Perinatal Mental Health Team",
                 "Every 2 weeks; report 2 working days before each core group",
                 "Written report at every core group; signed relapse signature on file with the SW and the "
                 "maternity team"],
                ["Psychiatric assessment before the birth: medication in late pregnancy and after the birth, the "
                 "risk of psychosis returning, and an opinion on Keeley's capacity to care for the baby and how "
                 "quickly a relapse could be treated",
                 "Dr Farah Qureshi, consultant perinatal psychiatrist",
                 "By 34 weeks (28/10/2025)",
                 "Written perinatal mental health plan in the maternity notes and shared with the core group"],
                ["Prescribe lamotrigine 7 days at a time and tell the CPN if Keeley does not collect it",
                 "Dr Simon Leigh, GP",
                 "Weekly; a missed collection reported the same day",
                 "Pharmacy collection record shared with the CPN monthly"],
                ["Building Better Relationships sessions with Ryan, and an updated risk assessment that takes "
                 "account of Keeley and the baby",
                 "Natalie Greaves, probation officer, Flinderby Probation Delivery Unit",
                 "Sessions every Tuesday; risk assessment by 18/11/2025",
                 "Attendance record sent to the SW monthly; risk assessment summary shared with the core group; "
                 "SW told within 24 hours of any breach of licence"],
                ["Pre-birth parenting assessment of Keeley and Ryan, including Ryan's history and how they will "
                 "share night-time care so that Keeley can sleep",
                 "Imogen Clarke, social worker",
                 "By 37 weeks (18/11/2025)",
                 "Written assessment shared with Keeley, Ryan and the core group before the discharge planning "
                 "meeting"],
                ["Safe sleep and feeding session, with the Moses basket set up beside Keeley's bed",
                 "Keeley and Ryan, with Bethan Rudd",
                 "By 36 weeks (11/11/2025)",
                 "Safe sleep checklist signed in the notes; basket seen by the SW on a home visit"],
                ["Home visits to Keeley, seeing Keeley and Ryan together at least once a month",
                 "Imogen Clarke, social worker",
                 "Every 2 weeks until the birth",
                 "Visit records of the home, the preparations for the baby and what Keeley and Ryan say"],
            ],
        }),
        ("h2", "Stage 2 – on the postnatal ward"),
        ("table", {
            "header": ["What will happen", "Lead", "When", "How we will know"],
            "widths": [5.8, 3.6, 3.2, 4.4],
            "rows": [
                ["Watch how Keeley feeds, handles and settles the baby, and how much she sleeps, and pass any "
                 "change in her mood to the perinatal team",
                 "Midwife in charge, Ward 22 (postnatal), Flinderby Royal Infirmary",
                 "Every shift until discharge; changes reported the same day",
                 "Entries in the postnatal notes for each shift"],
                ["Review Keeley on the ward for the early signs in her relapse signature",
                 "Perinatal liaison nurse, Flinderby Perinatal Mental Health Team",
                 "Daily until discharge",
                 "Daily entry in Keeley's notes and a written view of her mental state and what it means for her "
                 "care of the baby, for the discharge planning meeting"],
                ["Discharge planning meeting with Keeley, Ryan, Denise, the ward, the perinatal team and the HV",
                 "Imogen Clarke, social worker",
                 "Before the baby leaves hospital",
                 "Written discharge plan agreed and sent to everyone at the meeting"],
            ],
        }),
        ("h2", "Stage 3 – the first six weeks at home"),
        ("table", {
            "header": ["What will happen", "Lead", "When", "How we will know"],
            "widths": [5.8, 3.6, 3.2, 4.4],
            "rows": [
                ["Stay at Wren Court and do the baby's feeds from 11pm to 5am so that Keeley gets at least six "
                 "hours' sleep",
                 "Denise Armitage (Keeley's mum)",
                 "Every night for the first 14 nights after discharge",
                 "Night feeds written on the feed chart in Denise's writing; chart seen by the HV and SW at "
                 "their visits"],
                ["New birth visit, then weigh the baby, check feeding and sleeping position, and ask Keeley the "
                 "EPDS questions",
                 "Gail Fenton, health visitor",
                 "New birth visit 10 to 14 days after the birth, then weekly until 6 weeks",
                 "Weights plotted in the red book; EPDS score and visit notes sent to the SW and CPN after each "
                 "visit"],
                ["Home visits to Keeley and the baby, seeing the baby awake and reading the feed chart",
                 "Imogen Clarke, social worker",
                 "Within 24 hours of discharge, then weekly",
                 "Visit records of the baby's care, sleep space and the feed chart"],
                ["Visits at home to check Keeley's sleep, mood and medication, and report on whether she is "
                 "staying well enough to care for the baby",
                 "Chris Alleyne, CPN",
                 "Twice a week for the first 2 weeks after discharge, then weekly",
                 "Written report at each core group and to the review conference"],
                ["Visit Wren Court and decide whether Ryan may stay there under the terms of his licence",
                 "Natalie Greaves, probation officer",
                 "Before Ryan stays overnight at Wren Court",
                 "Written decision copied to the SW and Keeley"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Keeley shows any of the early warning signs in her relapse signature (two nights without sleep, "
              "racing thoughts, believing the baby is not hers, stopping her lamotrigine), whoever notices will "
              "ring the perinatal crisis line (or 999 out of hours) and the SW (or the Emergency Duty Team). The "
              "perinatal team will assess Keeley the same day. If she needs to be admitted, Keeley and the baby "
              "will go together to Hollin Bank Mother and Baby Unit; until a bed is found, Denise will care for "
              "the baby at Wren Court and Ryan will not care for the baby on his own. If Denise cannot do this, "
              "the SW will place the baby with approved foster carers that day."),
        ("p", "If Denise cannot stay for the night feeds, the discharge plan will not go ahead until another "
              "adult approved at the discharge planning meeting can do them, and Keeley and the baby will stay "
              "on the ward in the meantime."),
        ("p", "If there is any violence, threat or controlling behaviour from Ryan, or he breaches his licence, "
              "Keeley (or anyone who knows) will ring 999. The SW will hold a strategy discussion the same day, "
              "Natalie Greaves will be told that day, and Ryan will not stay at Wren Court."),
        ("p", "If the pre-birth assessment concludes that the baby cannot go home safely with Keeley, or Ryan "
              "breaches his licence before the birth, the SW will request a legal planning meeting within 5 "
              "working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Northgate Children's Centre: 28/10/2025 and 25/11/2025, then within 10 "
            "working days of the birth.",
            "Review child protection conference: 06/01/2026, 10am, Flinderby Civic Centre.",
        ]),
        ("p", "Plan typed by Imogen Clarke and agreed with Hayley Dunn and Chris Alleyne, 15/10/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Review conference plan: progress since the initial conference, then the
#    plan with a "Progress at review" status column (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b41_farrowdale_rcpc_progress_at_review_column_sutcliffe.md",
    "split": "heldout",
    "template": "rcpc-plan-md-summary-of-progress-then-six-column-table-action-who-when-how-well-know-progress-at-review-status",
    "description": (
        "First review conference plan for a 12-year-old and an 8-year-old (father on a methadone script "
        "after an overdose the younger child found, mother's depression under the CMHT). A summary of what "
        "changed since June, then the plan with a 'Progress at review' column. The drug service reports, "
        "but its key-work is measured by 'engagement'; the CMHT only supports; the lockbox is 'Ongoing'; a "
        "mentor for Kayden has no owner, 'as soon as possible' and no measure; the parenting course waits "
        "for a place; the dental row has no measure; one row is owned by 'Everyone in the network'. "
        "Specific contingency and dates, but nothing says legal planning follows."
    ),
    "text": """\
# Farrowdale Council – Review Child Protection Conference

## Plan agreed at review, with progress on each action

**Children:** Kayden Sutcliffe (12), Year 8, Farrowdale Academy; Lacey Sutcliffe (8), Year 4, Beck Lane Primary
**Parents:** Mark Sutcliffe (41) and Jodie Sutcliffe (37), 31 Tanners Walk, Farrowdale
**Initial conference:** 12/06/2025 (neglect) · **This review:** Thursday 11/09/2025, Farrowdale Civic Centre
**Decision:** Kayden and Lacey remain subject to child protection plans, category neglect
**Social worker:** Owen Gathercole · **Chair:** Bernadette Shaw

---

## What has changed since June

Mark has been prescribed methadone by Farrowdale Drug and Alcohol Service (FDAS) since
2021 and takes 70ml a day under supervision. In May 2025 Lacey came home from school and
found him unresponsive on the sofa after he had used heroin on top of his script; the
paramedics gave him naloxone. Jodie has depression and has been under the Farrowdale
Community Mental Health Team since 2023; she spends long periods in bed. At the initial
conference the house was dirty, there was little food, Lacey had several decayed teeth
and Kayden's attendance was 78%.

Since June, 11 of Mark's 12 drug tests have been clear; the one positive for heroin was on
29/07/2025. A lockbox for his take-home doses was fitted in June. The kitchen is clean,
there is food in the cupboards, and both children now have their own beds through the
Farrowdale Furniture Project. Kayden's attendance has risen to 88%. Lacey's dental
appointments have been missed twice. Jodie has started a new antidepressant and says she
is getting up most mornings. Jodie was given a naloxone kit and shown how to use it on
20/06/2025; that action is closed.

## What Kayden and Lacey say

Kayden (seen on his own at school, 02/09/2025): "Dad's been alright. I still check he's
breathing when he's asleep on the sofa. I don't really go out after school in case
something happens." He said he would like "someone to talk to who isn't a teacher" and
wants to join the Academy's boxing club.

Lacey (seen at home, 04/09/2025) drew her family in the kitchen "because we have tea
together now". Asked what worries her, she said "when Dad goes floppy" and "my teeth hurt
when I eat ice pops".

## What we want for Kayden and Lacey (unchanged from June)

- Kayden and Lacey are cared for by parents who are awake, sober and able to look after them, and they never again find a parent unconscious.
- Kayden goes to school every day and no longer has to look after his mum, his dad or his sister.
- Lacey's teeth are treated and she is not in pain.
- The house is clean and warm, with food in the cupboards and a bed for each child.

## The plan: progress and what happens next

| # | Action | Who | When | How we'll know | Progress at review |
|---|---|---|---|---|---|
| 1 | Visit the family at home, see Kayden and Lacey on their own, and check the kitchen, the beds and where Mark's methadone is kept | Owen Gathercole, SW | Every 2 weeks, one visit in three unannounced | Visit records with each child's words and what was seen in the home | On track – 7 visits, 2 unannounced |
| 2 | Key-work sessions and drug testing with Mark | Lisa Brennan, recovery worker, FDAS | Fortnightly | Mark's engagement with key-work | Carried forward – Mark attending; one lapse in July |
| 3 | Written update for the core group on Mark's test results, his risk of relapse and what it means for Kayden and Lacey | Lisa Brennan, FDAS | 2 working days before each core group | Written update read out at each core group | New |
| 4 | Keep take-home methadone doses in the lockbox in the parents' bedroom, out of the children's reach | Mark Sutcliffe | Ongoing | SW sees the lockbox locked and the key kept by Mark | Done and continuing |
| 5 | Support Jodie with her low mood through home visits and a review of her medication | Anita Kowalczyk, care coordinator, Farrowdale CMHT | Monthly | Contacts recorded on the CMHT system and dates sent to the SW | Carried forward – seen three times |
| 6 | Offer Kayden a mentor through the Farrowdale Youth Service | | As soon as possible | | Not started – no referral yet |
| 7 | Strengthening Families parenting course for Mark and Jodie | Mark and Jodie Sutcliffe | When a place becomes available | Certificate of completion and the course leader's report to the SW | New |
| 8 | Take Lacey to Beck Lane Dental Practice for her fillings | Jodie Sutcliffe | By 31/10/2025 | | Carried forward – two appointments missed |
| 9 | Tell the SW about any police call-out, ambulance or overdose at the address | Everyone in the network | Within 24 hours | Each call-out logged on the children's file | Carried forward – none since June |
| 10 | Talk to Kayden about how things are at home and check his attendance, passing anything he says about home to the SW | Mr Darren Pike, head of Year 8, Farrowdale Academy | Every Monday; the SW told the same day | Pastoral log; attendance figure sent to the SW each half term | On track – attendance 88% |
| 11 | ELSA sessions with Lacey on her worries about her dad | Mrs Helen Crabtree, ELSA, Beck Lane Primary | Every Wednesday in term time | Session notes shared with the SW monthly | On track |
| 12 | Young carers assessment for Kayden, including the jobs he will no longer do at home | Jas Mann, Farrowdale Young Carers | By 17/10/2025 | Assessment and support plan sent to the SW | New |

## If things go wrong

If Mark uses heroin, misses his methadone two days running, or is found drowsy or
unresponsive while he is looking after the children, whoever finds him will ring 999 and
then the SW or the Emergency Duty Team. The SW will hold a strategy discussion the same
day. Mark will leave the house and stay with his brother Gary at 5 Kiln Street until the
strategy discussion agrees he can come back, and Jodie will look after the children. If
Jodie is too unwell to look after them, Kayden and Lacey will be placed together with
approved foster carers that day.

## Core group and next review

- Core group every 6 weeks at Beck Lane Primary, 3.45pm: 23/10/2025 and 04/12/2025.
- Second review child protection conference: 08/01/2026, 2pm, Farrowdale Civic Centre.

*Plan typed by Owen Gathercole, SW, 12/09/2025, and sent to Mark, Jodie and all agencies.*
""",
    "findings": [
        F("M002", "Key-work sessions and drug testing with Mark"),
        F("T002", "Keep take-home methadone doses in the lockbox in the parents' bedroom"),
        F("H001", "Support Jodie with her low mood through home visits"),
        F("W001", "Offer Kayden a mentor through the Farrowdale Youth Service"),
        F("T002", "Offer Kayden a mentor through the Farrowdale Youth Service"),
        F("M001", "Offer Kayden a mentor through the Farrowdale Youth Service"),
        F("T002", "Strengthening Families parenting course for Mark and Jodie"),
        F("M001", "Take Lacey to Beck Lane Dental Practice for her fillings"),
        F("W002", "Tell the SW about any police call-out, ambulance or overdose"),
        F("R002"),
    ],
})
