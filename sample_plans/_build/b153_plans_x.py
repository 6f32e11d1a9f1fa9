"""Batch 153, module x: seven fictional plans (tuning material), places beginning with "x".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans whose measures of progress, and often their timing, sit
somewhere other than a column of the action table. An initial conference
plan for a 9-week-old baby whose action table has only No. / What will
happen / Who, with the time given by phase banner rows and a "Signs of
progress" list keyed by action number (docx); a landscape review plan for a
14-year-old and a 6-year-old whose outcome banner rows carry their own "We
will know this is working when" checks and a scaling score that the social
worker asks (PDF); a core group plan for an autistic, non-verbal 8-year-old
and his sister written as Markdown cards with tick boxes for frequency and
status and the measure inside each action sentence (md); an initial
conference plan with a separate "Review criteria" table keyed by reference
(docx); a review plan in three parts, two with a deadline or period in the
part heading and one "Also agreed" part with none, and a "What the review
will look at" table keyed by reference (PDF); a pre-birth core group plan
with scaled SMART outcomes and who / what / when bullets under each (md); and
a case-system print of task cards with tick boxes and a "Signs of progress"
section keyed by task number (txt).

Three plans are exemplary: the Xelsworth phase-banner plan (docx), the
Xornbury outcome-banner review plan (pdf) and the Xyrefield tick-box cards
(md). Four carry a realistic mix of faults among mostly good rows: the
Xillingham review-criteria plan (docx: a row the criteria table leaves out,
"engagement" as the only criterion, "Ongoing", "All agencies", and the
mother's drinking with no adult service owning an action), the Xebbleton
three-part plan (pdf: a passive row with no owner, a row's own "when she feels
able", "Reviewed at core group" as a row's only check, an "Also agreed" row
with no time, an outcome about the mother only, and the grandmother's help
with no fallback), the Xenholme pre-birth plan (md: a "Family" owner, a CPN
who only supports, "when she feels ready", an "Other things we agreed" bullet
with no time or measure, no review conference date) and the Xobworth case
print (txt: no frequency box ticked and no start or end, "[X] Other: as and
when Grace asks", "Evidence: N/A", "school will monitor this", a CPN who only
supports, a contingency with no trigger or response, no legal planning).

Counting convention used for "actions" (README convention 1): every live row
of an action table and every bullet or task card of an action section counts,
wherever its time or measure is written; phase and outcome banner rows,
"Signs of progress" lists, review criteria and "what the review will look at"
tables, contingencies and meeting dates are not actions. A one-off action
whose status box is ticked "[X] Complete" is work already done and is not
counted (the Xyrefield short breaks referral and the Xobworth screening tool).
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, baby of 9 weeks, mother's postnatal
#    depression, father on night shifts, paternal grandmother helping in the
#    mornings. Action table with No. / What will happen / Who only; phase
#    banner rows give the time; "Signs of progress" keyed by number.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b153_xelsworth_icpc_phase_banners_signs_of_progress_by_number_tranter.docx",
    "doc_title": "Initial Child Protection Plan - Nia Tranter",
    "split": "tune",
    "actions": 10,
    "template": "icpc-word-plan-details-list-worries-strengths-babys-day-outcomes-then-no-what-who-table-with-phase-banner-rows-giving-time-then-signs-of-progress-list-keyed-by-action-number-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 9-week-old whose weight has fallen while her "
        "mother has untreated postnatal depression and her father works nights; the paternal "
        "grandmother comes in on the mornings after his shifts. The action table has only No., "
        "What will happen and Who: the time for each group of rows is a phase banner row ('Within "
        "10 working days of this conference', 'Every week from 09/03/2026 until the review "
        "conference', 'By the review conference'), and a 'Signs of progress' list after the "
        "table gives every action's check by its number. The perinatal team treats the mother "
        "and reports on her capacity to change; the grandmother's help has a fallback; legal "
        "planning follows named triggers; core group and review dates are set; the baby's day "
        "is described."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Xelsworth Borough Council – Children's Services – Assessment and Safeguarding Team 3"),
        ("kv", [
            ("Child", "Nia Tranter, born 23/12/2025 (9 weeks old at conference)"),
            ("Address", "Flat 4, Carrick House, Pottery Lane, Xelsworth XW3 8PD"),
            ("Mother", "Shannon Tranter (24)"),
            ("Father", "Liam Coyle (27), lives with Shannon and Nia; works nights at Dunmore Logistics, "
                       "usually Sunday, Monday and Tuesday nights"),
            ("Paternal grandmother", "Brenda Coyle, 14 Alder Walk, Xelsworth (five minutes' walk)"),
            ("Category", "Neglect"),
            ("Conference", "Initial child protection conference, Tuesday 24/02/2026. Chair: Anita Kowalska (IRO)"),
            ("Social worker", "Tom Reddish (team manager: Claire Winstanley)"),
        ]),
        ("h1", "Why Nia has a plan"),
        ("p", "Nia was born at 39 weeks weighing 3.3kg, on the 50th centile. At her 8-week check on "
              "17/02/2026 she had dropped below the 9th centile. Shannon was diagnosed with postnatal "
              "depression by her GP on 02/02/2026 and was prescribed sertraline, but stopped taking it "
              "after a week because it made her feel sick. She told the health visitor she \"can't feel "
              "anything\" for Nia and stays in bed until the afternoon on the days Liam is asleep after a "
              "night shift. On 16/02/2026 the health visitor called at 1pm and found that Nia had not been "
              "fed since 7am: Liam was asleep and Shannon had not got up. Nia was in her car seat in the "
              "hallway in a wet nappy."),
        ("h1", "What is working well"),
        ("bullets", [
            "Liam is gentle and confident with Nia, and on his nights off he does her night feeds.",
            "Shannon has told the GP and the health visitor honestly how she feels and wants help.",
            "Brenda lives five minutes away, has offered to come round on the mornings after Liam's shifts, "
            "and came every morning in the week after 16/02/2026.",
            "The flat is warm and clean, and Nia has a Moses basket, clothes and plenty of formula.",
        ]),
        ("h1", "Nia's day"),
        ("p", "Nia cannot tell us what her life is like, so this is what the health visitor and social worker "
              "saw on four visits between 16/02/2026 and 23/02/2026. On the mornings Brenda was there Nia was "
              "fed by 7.30am, bathed and lying on her playmat looking at the mobile. On 16/02/2026, before "
              "Brenda started coming, Nia had a thin, tired cry and sucked her fists; when Shannon fed her she "
              "held the bottle without looking at her. On 23/02/2026 Nia turned her head towards Liam's voice, "
              "settled quickly on his chest and fed well from him. She has started to smile at Brenda. She "
              "goes quiet and stiff when she is put down in her car seat."),
        ("h1", "What we want for Nia"),
        ("numbers", [
            "Nia is fed every three to four hours, day and night, and her weight is back on the 25th centile "
            "by the review conference.",
            "Nia sleeps safely on her back in her own basket at every sleep, and is not left in her car seat.",
            "Nia is cared for by a mother whose depression is treated well enough for her to notice when "
            "Nia is hungry, wet or upset and to answer her straight away.",
            "There is always an adult awake and able to care for Nia, including on the mornings after Liam's "
            "night shifts.",
        ]),
        ("h1", "The plan"),
        ("p", "The shaded rows say when the actions under them are to happen. How we will know that each "
              "action is working is set out under \"Signs of progress\", after the table, by the same number."),
        ("table", {
            "header": ["No.", "What will happen", "Who"],
            "widths": [1.2, 10.3, 5.5],
            "rows": [
                ["Within 10 working days of this conference – by Tuesday 10/03/2026", H, H],
                ["1",
                 "Refer Shannon to the Xelsworth Perinatal Mental Health Team, marked urgent, setting out "
                 "how her low mood is affecting her care of Nia",
                 "Dr Helen Marsh, GP, Orchard Street Surgery"],
                ["2",
                 "Go through safe sleep with Shannon and Liam at home, check Nia's Moses basket and agree "
                 "where she will sleep during the day",
                 "Gemma Sowerby, health visitor, Xelsworth 0-19 Service"],
                ["3",
                 "Meet Shannon, Liam and Brenda together and write down which mornings Brenda will come, "
                 "with a copy for each of them",
                 "Tom Reddish, social worker"],
                ["Every week from Monday 09/03/2026 until the review conference on Thursday 14/05/2026", H, H],
                ["4",
                 "Visit Nia at home, one visit in three unannounced, and watch at least one feed at each "
                 "visit",
                 "Tom Reddish, social worker"],
                ["5",
                 "Weigh Nia at home, plot her weight in her red book and go through the feed chart with "
                 "Shannon",
                 "Gemma Sowerby, health visitor"],
                ["6",
                 "Come to the flat by 7am on each morning after one of Liam's night shifts and stay until "
                 "Nia has had her morning feed and Shannon is up and dressed",
                 "Brenda Coyle (paternal grandmother)"],
                ["7",
                 "See Shannon for assessment and treatment of her postnatal depression, and assess whether "
                 "she can make the changes Nia needs and how long that is likely to take",
                 "Dr Priya Nandra, consultant perinatal psychiatrist, and Kerry Holt, perinatal CPN, "
                 "Xelsworth Perinatal Mental Health Team"],
                ["8",
                 "Do Nia's night feeds on his nights off and write each one on the feed chart",
                 "Liam Coyle (father)"],
                ["By the review conference – Thursday 14/05/2026", H, H],
                ["9",
                 "Six video interaction guidance sessions with Shannon and Nia at the Xelsworth Family Hub, "
                 "to help Shannon notice and answer Nia's cues",
                 "Leanne Faraday, family practitioner, Xelsworth Family Hub"],
                ["10",
                 "Complete a parenting assessment of Shannon and Liam focused on Nia's feeding, sleep and "
                 "safety",
                 "Tom Reddish, social worker"],
            ],
        }),
        ("h1", "Signs of progress"),
        ("p", "What the core group and the review conference will check for each action above."),
        ("bullets", [
            "Action 1: the perinatal team's letter accepting the referral, with the date of Shannon's first "
            "appointment, is on Nia's file by 10/03/2026.",
            "Action 2: Gemma's visit record says safe sleep was covered and the basket was clear, and at every "
            "later visit by Gemma or Tom Nia is seen asleep on her back in her basket, not in her car seat.",
            "Action 3: the written rota, signed by Shannon, Liam and Brenda, is on file by 10/03/2026 and is "
            "brought to each core group.",
            "Action 4: Tom's visit records show Nia seen every week, with the feed he watched written down, "
            "including how Shannon held her and talked to her.",
            "Action 5: Nia's weight is plotted every week and is back on the 25th centile or above by the "
            "review conference, with no week in which it falls.",
            "Action 6: Brenda texts Tom on each morning she comes, and the feed chart shows Nia's 7am feed "
            "given on every one of those mornings.",
            "Action 7: the perinatal team sends a written report to each core group giving Shannon's EPDS "
            "score, what has changed, the steps still needed and their view of how long change is likely to "
            "take.",
            "Action 8: Gemma looks at the feed chart at her weekly visit, and it shows every night feed on "
            "Liam's nights off written in his hand.",
            "Action 9: the Family Hub register shows six of six sessions attended, and Leanne's end-of-work "
            "report, shared at the core group on 05/05/2026, shows Shannon answering Nia's cues in the filmed "
            "clips.",
            "Action 10: the assessment report is shared with Shannon, Liam and the core group by 05/05/2026.",
        ]),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Nia misses two feeds in a day, her weight falls at two weekly weighs in a row, or Shannon tells "
            "anyone she has thoughts of harming herself or Nia, Tom (or the emergency duty team out of hours) "
            "will see Nia the same day. Nia will stay with Brenda at 14 Alder Walk, with Liam, until a strategy "
            "discussion held within one working day agrees what happens next.",
            "If Brenda cannot come on a morning after a night shift, she will ring Tom or the duty team the "
            "evening before and Liam will swap his shift (his manager at Dunmore Logistics has agreed this in "
            "writing). If Brenda is no longer able to help at all, Tom will arrange a 7.30am visit from the "
            "Family Hub every morning after a night shift within two working days, and call a core group "
            "within five working days.",
            "If Nia's weight is not back on the 25th centile by the review conference, or Shannon misses two "
            "perinatal appointments in a row, Tom will ask Claire Winstanley for a legal planning meeting "
            "within five working days, to decide whether to start pre-proceedings under the Public Law "
            "Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 10am, Xelsworth Family Hub: 10/03/2026, 07/04/2026 and "
            "05/05/2026.",
            "Review child protection conference: Thursday 14/05/2026, 10am, Xelsworth Civic Centre.",
        ]),
        ("p", "Plan agreed at conference on 24/02/2026 and sent to Shannon, Liam, Brenda and everyone named in "
              "the table."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan, father's drinking and arguments at home,
#    a 14-year-old and a 6-year-old. Landscape Word table printed to PDF:
#    each outcome is a banner row with its own "We will know this is working
#    when" checks and a scaling score the social worker asks; the rows under
#    it give only what, who and when. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b153_xornbury_rcpc_smart_outcome_banners_scaling_mcateer.pdf",
    "doc_title": "Review Child Protection Plan - Kacey and Reuben McAteer",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "template": "rcpc-landscape-word-printed-to-pdf-page-header-footer-details-what-has-changed-childrens-views-then-table-with-outcome-banner-rows-carrying-we-will-know-checks-and-scaling-score-rows-ref-what-who-when-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a 14-year-old girl and her 6-year-old brother "
        "whose father drinks heavily and argues with their mother; a landscape Word table printed to "
        "PDF with a page header and footer. Each outcome is a banner row across the table holding "
        "its own 'We will know this is working when' checks (registers, breath tests, call-outs, a "
        "wet-night chart, and a 'how safe is home' score that the social worker asks Kacey when she "
        "sees her alone); the rows under each banner give only the action, who and when. The alcohol "
        "service reports on the father's capacity to change, the IDVA and police have parts, legal "
        "planning follows named triggers, core group and second review dates are set, and both "
        "children's words are recorded."
    ),
    "header": "OFFICIAL-SENSITIVE – Xornbury City Council – Children's Social Care",
    "footer": "McAteer – review child protection plan, 12/03/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("kv", [
            ("Children", "Kacey McAteer (14), DOB 09/07/2011; Reuben McAteer (6), DOB 21/10/2019"),
            ("Address", "9 Tannery Row, Xornbury XN5 2RT"),
            ("Parents", "Jade McAteer (38) and Dean McAteer (41), living together"),
            ("Category", "Emotional abuse (both children)"),
            ("Initial conference", "11/12/2025"),
            ("This conference", "First review child protection conference, Thursday 12/03/2026. "
                                "Chair: Graham Ellery (IRO)"),
            ("Social worker", "Daniel Osei (team manager: Aisha Begum)"),
        ]),
        ("h1", "What has changed since December"),
        ("p", "At the initial conference the police had been called to Tannery Row five times in 2025, each time "
              "to an argument after Dean had been drinking; in November he threw a mug that hit the wall beside "
              "Reuben. Kacey had been putting Reuben to bed most nights and her attendance was 86%."),
        ("bullets", [
            "Dean started at Xornbury Alcohol Recovery Service on 08/01/2026. Seven of his nine breath tests "
            "have read zero; the two that did not were in the week of his mother's funeral.",
            "The police were called once, on 24/01/2026, to shouting; nobody was hurt and Dean stayed with "
            "his brother that night.",
            "Kacey's attendance this half term is 93%. She has been to four young carers sessions.",
            "Reuben still wets the bed on most nights and has been seen once at the enuresis clinic.",
        ]),
        ("h1", "What Kacey and Reuben say"),
        ("p", "Kacey (seen on her own at school, 04/03/2026): \"It's calmer. Dad's been going to his group and "
              "he's not been drunk in the week. I still listen at the top of the stairs on Saturdays. I want to "
              "go to the youth club on Friday instead of minding Reuben.\" Asked how safe home feels, from 0 "
              "(not safe at all) to 10 (completely safe), she said 5; in December she said 3."),
        ("p", "Reuben (seen at home, 05/03/2026) drew his house with everyone smiling and said \"Dad was nice on "
              "Sunday, we went to the park.\" He said he does not like the dark and that \"the wet bed makes me "
              "sad\". He showed Daniel his new night-light."),
        ("h1", "The plan"),
        ("p", "Each outcome is set out in a shaded row, with how we will know it is being reached. The rows "
              "under it are the actions agreed for that outcome. The scaling scores are asked and written down "
              "by the social worker."),
        ("table", {
            "header": ["Ref", "What needs to happen", "Who", "When"],
            "widths": [1.2, 11.0, 7.5, 6.0],
            "rows": [
                ["OUTCOME 1 – Kacey and Reuben live in a home where no adult is drunk while looking after them, "
                 "and they do not see or hear shouting or violence.\n"
                 "We will know this is working when: there are no police call-outs to 9 Tannery Row; every "
                 "breath test Dean gives at the Recovery Service reads zero; and Kacey's \"how safe is home\" "
                 "score, asked by Daniel when he sees her alone, has risen from 5 to 8 by the next review.",
                 H, H, H],
                ["1.1",
                 "Go to key-work and give a breath test at every session",
                 "Dean McAteer (father)",
                 "Every Thursday from 19/03/2026 until the next review"],
                ["1.2",
                 "Key-work and breath tests with Dean, and a written report to each core group on whether he "
                 "is making the changes Kacey and Reuben need and how long further change is likely to take",
                 "Mo Farrant, recovery worker, Xornbury Alcohol Recovery Service",
                 "Weekly; report two working days before each core group"],
                ["1.3",
                 "Attend the 26-week Xornbury Respect domestic abuse perpetrator programme; the facilitator, "
                 "Gail Ingram, sends Daniel an attendance report after every fourth session",
                 "Dean McAteer (father)",
                 "Tuesdays from 24/03/2026"],
                ["1.4",
                 "Safety planning with Jade, including a code word Kacey can text to her aunt or to 999 if "
                 "an argument starts",
                 "Freya Lowe, IDVA, Xornbury Domestic Abuse Service",
                 "Fortnightly until 30/04/2026"],
                ["1.5",
                 "Keep a marker on 9 Tannery Row so any call gets an immediate response, and tell Daniel of "
                 "any call-out by 9am the next working day",
                 "PC Nadia Kowal, Xornbury Police Domestic Abuse Unit",
                 "From 13/03/2026 until the next review conference"],
                ["OUTCOME 2 – Kacey goes to school every day and has time to be 14, not Reuben's carer.\n"
                 "We will know this is working when: Kacey's attendance, sent by the school every Friday, is "
                 "95% or more by the next review; the young carers register shows her at 5 or more of every 6 "
                 "sessions; and Kacey tells Daniel on her own that she no longer puts Reuben to bed.",
                 H, H, H],
                ["2.1",
                 "Send Kacey's attendance to Daniel and phone him the same day if she is absent without a "
                 "reason",
                 "Mrs Bola Okonedo, DSL, Xornbury Academy",
                 "Every Friday; absence calls the same day"],
                ["2.2",
                 "Young carers group for Kacey, and a one-to-one review of what she still does at home for "
                 "Reuben and her mum",
                 "Sam Pritchard, young carers worker, Xornbury Carers Centre",
                 "Group every other Wednesday from 18/03/2026; review by 17/04/2026"],
                ["2.3",
                 "See Kacey on her own, at school or at home, and ask her the three scaling questions agreed "
                 "at the initial conference",
                 "Daniel Osei, social worker",
                 "Every two weeks"],
                ["OUTCOME 3 – Reuben feels safe at bedtime and through the night, and is dry on most nights.\n"
                 "We will know this is working when: his wet-night chart, kept by Jade and seen by the school "
                 "nurse at every clinic, shows at least four dry nights a week by the next review; and his "
                 "teacher's Monday note shows him settled and ready to learn when he arrives.",
                 H, H, H],
                ["3.1",
                 "Enuresis clinic for Reuben, with advice to Jade on alarms and drinks before bed",
                 "Hannah Birtles, school nurse, Xornbury 0-19 Service",
                 "Every two weeks from 16/03/2026"],
                ["3.2",
                 "Put Reuben to bed by 7.30pm with his bath, a story and his night-light, and fill in his "
                 "wet-night chart each morning",
                 "Jade McAteer (mother)",
                 "Every night"],
                ["3.3",
                 "Four sessions of direct work with Reuben using the three houses tool, bringing his drawings "
                 "and words to each core group",
                 "Daniel Osei, social worker",
                 "All four by 30/04/2026"],
                ["3.4",
                 "Write Daniel a short note on how Reuben presents when he arrives on a Monday",
                 "Miss Clare Tilney, class teacher, St Aidan's Primary School",
                 "Every Monday in term time"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Dean drinks while he is looking after Kacey or Reuben (a breath test above zero, or Jade, either "
            "child, the school or the police tell us), or the police are called to an argument at Tannery Row, "
            "Dean will leave the house that day and stay with his brother at 31 Mill Lane. Daniel will see both "
            "children the same day and hold a strategy discussion with the police within one working day.",
            "If Dean will not leave, Freya Lowe will arrange a refuge place for Jade and the children that day "
            "and the police will be asked to attend.",
            "If the police are called to the house again, or Dean misses two key-work or two Respect sessions "
            "before the next review, Daniel will ask Aisha Begum for a legal planning meeting within five "
            "working days to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 4pm, Xornbury Family Hub: 26/03/2026, 23/04/2026, "
            "21/05/2026, 18/06/2026, 16/07/2026 and 13/08/2026.",
            "Second review child protection conference: Thursday 10/09/2026, 10am, Xornbury Civic Centre.",
        ]),
        ("p", "Plan agreed at the review conference on 12/03/2026 and sent to Jade, Dean and every person named "
              "in the table."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group plan (second core group), autistic non-verbal boy of 8 with
#    epilepsy and his sister of 12; mother with bipolar disorder home from
#    hospital; uncle helping on Saturdays and Wednesday nights. Markdown
#    cards with tick boxes for frequency and status, the measure inside each
#    action sentence; one closed card. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b153_xyrefield_core_group_tick_box_cards_measure_in_sentence_brannagh.md",
    "split": "tune",
    "actions": 9,
    "template": "markdown-core-group-plan-family-table-worries-how-ollie-shows-us-maisies-words-outcomes-then-action-cards-who-how-often-tick-boxes-measure-inside-what-will-happen-sentence-status-tick-boxes-closed-card-contingency-meetings",
    "description": (
        "Exemplary plan as updated at the second core group for an autistic, non-verbal 8-year-old "
        "with epilepsy and his 12-year-old sister. Their mother has bipolar disorder and was in "
        "hospital for three weeks in December after stopping her lithium; her brother has the boy on "
        "Saturdays and stays on Wednesday nights. Each action is a Markdown card: Who, a 'How often' "
        "line of tick boxes (only the ticked box is the plan's), the measure written into the 'What "
        "will happen' sentence, and status tick boxes; a one-off short breaks referral ticked "
        "Complete is kept but is not an action. The community mental health team reports on the "
        "mother's capacity to stay well and the likely timescale; the uncle's part has a fallback; "
        "legal planning follows named triggers; core group and review dates are set; the boy's signs "
        "and his sister's words are recorded."
    ),
    "text": """\
# Child Protection Plan: Ollie and Maisie Brannagh

**Xyrefield County Council – Children with Disabilities Team**
Updated at core group 2, Tuesday 10/03/2026 (plan made at the initial child protection conference on
27/01/2026; chair Helen Mbeki, IRO). Category: neglect.

| Who | About them |
|---|---|
| Ollie Brannagh, 8 (DOB 14/06/2017) | Autistic, does not use words; epilepsy (rescue medicine: buccal midazolam). Year 3 at Brookfield Special School. |
| Maisie Brannagh, 12 (DOB 02/11/2013) | Year 7 at Xyrefield Park Academy. |
| Louise Brannagh, 39 | Mum. Bipolar disorder; under Xyrefield Community Mental Health Team. |
| Craig Brannagh, 44 | Louise's brother, 6 Fenton Road, Xyrefield (ten minutes by car). |
| Aisha Rahman | Social worker, Children with Disabilities Team (manager: Graham Toller). |

## Why there is a plan

In November Louise stopped taking her lithium. She stopped sleeping, spent her rent money and left the
children for long periods while she walked around the town at night. Maisie, then 11, got Ollie up, fed
him and gave him his evening medicines; on 28/11/2025 she gave him his rescue medicine on her own during a
seizure and rang 999. Ollie missed nine days of school. Louise was admitted to the Xyrefield mental health
unit on 02/12/2025 and came home on 05/01/2026. The children stayed with Craig while she was in hospital.

## How Ollie shows us how he is

Ollie does not use words, so this is what Louise, Craig, school and Aisha have seen. When he is happy he
hums, flaps his hands and bounces on the trampoline. When he is upset he bites the side of his hand and
hides under the table. Since January school have seen him bite his hand twice a week instead of most days.
He leads Craig by the hand to the car on Saturday mornings and brings Louise his swimming bag. He uses six
picture cards (drink, food, toilet, trampoline, car, bed) and gave Aisha the "trampoline" card at her visit
on 05/03/2026, then took her outside to watch him.

## What Maisie says

Maisie (seen on her own at home, 05/03/2026): "It's better now Mum's taking her tablets. I don't want to do
Ollie's medicine ever again, it was scary. I like going to young carers because nobody asks me about Mum
there. I want to go to netball on Wednesdays."

## What we want for Ollie and Maisie

1. Ollie and Maisie are looked after every day by an adult who is well enough to care for them, keep them
   safe and give Ollie his medicines on time.
2. Ollie's seizures are managed by trained adults and Maisie never has to give his rescue medicine again.
3. Maisie has time to be 12: she goes to school, sees her friends, and is not Ollie's carer.
4. Ollie goes to school every day and his evenings follow the same picture routine as school.

## Action cards

Only the box marked [X] applies. Each card says in its own words how we will know it is working.

### Card 1 – Seeing Ollie and Maisie at home
- **Who:** Aisha Rahman, social worker
- **How often:** [X] Weekly   [ ] Fortnightly   [ ] Monthly   [ ] Other: ________
- **Until:** the review conference on 23/04/2026
- **What will happen:** Aisha will visit at home, see Maisie on her own at every other visit and spend
  time with Ollie using his picture cards. Her visit records will show both children seen every week and
  what Maisie said, in her own words.
- **Status:** [ ] Not started   [X] Under way   [ ] Complete

### Card 2 – Louise's mental health and what it means for the children
- **Who:** Rachel Oakes, care coordinator, with Dr Samuel Adeyinka, consultant psychiatrist, Xyrefield
  Community Mental Health Team
- **How often:** [ ] Weekly   [X] Fortnightly   [ ] Monthly   [ ] Other: ________
- **Until:** the review conference on 23/04/2026
- **What will happen:** Rachel will see Louise at home and check her mood, her sleep and her lithium. The
  team will send a written report to each core group on whether Louise can stay well enough to care for
  Ollie and Maisie, the early warning signs to look out for, and how long any further change is likely to
  take.
- **Status:** [ ] Not started   [X] Under way   [ ] Complete

### Card 3 – Louise's lithium
- **Who:** Louise Brannagh (mum)
- **How often:** [ ] Weekly   [ ] Fortnightly   [ ] Monthly   [X] Other: tablets every evening; blood test
  on the first Monday of each month
- **What will happen:** Louise will take her lithium every evening and go to her blood test at Hollins Road
  Surgery, so that she stays well enough to care for the children. We will know it is working when every
  result the surgery sends to Rachel and Aisha shows her lithium level in range.
- **Status:** [ ] Not started   [X] Under way   [ ] Complete

### Card 4 – Seizure plan and rescue medicine training
- **Who:** Nicola Pearce, children's epilepsy nurse, Xyrefield Children's Hospital
- **How often:** [ ] Weekly   [ ] Fortnightly   [ ] Monthly   [X] Other: by 20/03/2026
- **What will happen:** Nicola will train Louise and Craig to give Ollie's buccal midazolam and write an
  updated seizure plan, so that signed training records for both adults, and a copy of the plan, are with
  Aisha, school and Craig by 20/03/2026.
- **Status:** [ ] Not started   [X] Under way   [ ] Complete

### Card 5 – School: attendance, seizures and the home-school book
- **Who:** Mr Peter Lunn, deputy head and DSL, Brookfield Special School
- **How often:** [X] Every school day   [ ] Weekly   [ ] Monthly   [ ] Other: ________
- **What will happen:** Ollie's class team will write his attendance, any seizure and how he was in his
  home-school book, and Mr Lunn will e-mail Aisha a summary every Friday. The summaries will show Ollie's
  attendance at 95% or more and every seizure logged with the time and what was done.
- **Status:** [ ] Not started   [X] Under way   [ ] Complete

### Card 6 – Saturdays with Craig
- **Who:** Craig Brannagh (uncle)
- **How often:** [X] Weekly   [ ] Fortnightly   [ ] Monthly   [ ] Other: ________
- **What will happen:** Craig will have Ollie at his house every Saturday from 10am to 4pm and take him
  swimming, and will text Aisha each Saturday evening to say how the day went; Aisha checks the texts
  against Craig's diary at her next visit.
- **Status:** [ ] Not started   [X] Under way   [ ] Complete

### Card 7 – Wednesday nights
- **Who:** Craig Brannagh (uncle)
- **How often:** [X] Weekly   [ ] Fortnightly   [ ] Monthly   [ ] Other: ________
- **What will happen:** Craig will stay at Louise's house every Wednesday night, give Ollie his evening
  medicines and get him up on Thursday, so that Louise gets a full night's sleep and Maisie can go to
  netball. The medicines chart, which Aisha looks at every visit, will show each Wednesday dose signed by
  Craig.
- **Status:** [ ] Not started   [X] Under way   [ ] Complete

### Card 8 – Young carers support for Maisie
- **Who:** Jo Whitlock, young carers worker, Xyrefield Young Carers
- **How often:** [ ] Weekly   [X] Fortnightly   [ ] Monthly   [ ] Other: ________
- **What will happen:** Jo will see Maisie at the Tuesday after-school group and finish her young carer's
  assessment by 27/03/2026. The group register will show Maisie at four of every five sessions, and the
  assessment, with Maisie's own words about what she still does for Ollie, will be shared at the core
  group on 07/04/2026.
- **Status:** [ ] Not started   [X] Under way   [ ] Complete

### Card 9 – Ollie's evening routine
- **Who:** Kelly Nwosu, family support worker, Xyrefield Family Centre
- **How often:** [ ] Weekly   [ ] Fortnightly   [ ] Monthly   [X] Other: Mondays and Thursdays, 5pm to
  7pm, for eight weeks from 16/03/2026
- **What will happen:** Kelly will work with Louise at home on Ollie's picture timetable for tea, bath and
  bed. Louise's routine chart, which Kelly checks at each session, will show Ollie in bed by 8pm on at
  least five nights a week by the review conference.
- **Status:** [ ] Not started   [X] Under way   [ ] Complete

### Card 10 – Short breaks referral (closed)
- **Who:** Aisha Rahman, social worker
- **How often:** [ ] Weekly   [ ] Fortnightly   [ ] Monthly   [X] Other: by 20/02/2026
- **What will happen:** Refer Ollie to the Xyrefield Short Breaks Service for overnight short breaks.
- **Status:** [ ] Not started   [ ] Under way   [X] Complete – accepted 18/02/2026; first overnight stay
  booked for 14/03/2026

## If things go wrong

- If Louise misses her lithium on two evenings, has a blood result out of range, does not sleep for two
  nights running, or shows the warning signs in her relapse plan (spending, racing speech, going out at
  night), Rachel will see her within 24 hours and Craig will come to stay and care for Ollie and Maisie
  that night. Aisha will hold a strategy discussion the same day if either child has been left without an
  adult.
- If Craig cannot come (he is ill, away or working), or his help stops, Aisha or the emergency duty team
  will place Ollie and Maisie together that day with Sue and Martin Ainslie, the Short Breaks Service
  foster carers Ollie already knows.
- If Maisie gives Ollie his rescue medicine again, Aisha will see both children the same day and Ollie's
  care will be moved to Craig or the Ainslies until Louise and a trained adult are both at home.
- If Louise is admitted to hospital again, or her lithium level is out of range at two blood tests in a
  row before the review, Aisha will ask Graham Toller for a legal planning meeting within five working
  days.

## Meetings

- Core group every four weeks, Tuesdays at 3.30pm at Brookfield Special School: 10/02/2026 and 10/03/2026
  (both held), next on 07/04/2026.
- Review child protection conference: Thursday 23/04/2026, 1.30pm, Xyrefield County Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan, domestic abuse, father moved out, mother now
#    drinking most nights, paternal grandparents supervising Sunday contact;
#    a 9-year-old and a 4-year-old. Action table Ref / Action / Lead /
#    Timescale, then a separate "Review criteria" table keyed by ref.
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b153_xillingham_icpc_ref_table_separate_review_criteria_doughty.docx",
    "doc_title": "Initial Child Protection Plan - Leo and Ava Doughty",
    "split": "tune",
    "actions": 11,
    "template": "icpc-word-plan-details-list-what-happened-strengths-childrens-views-outcomes-then-ref-action-lead-timescale-table-then-separate-review-criteria-table-keyed-by-ref-contingency-meetings",
    "description": (
        "Initial conference plan for a 9-year-old and a 4-year-old after their father assaulted "
        "their mother; he has moved out and sees them on Sundays at his parents' house, supervised "
        "by the grandparents, and the mother has been drinking a bottle of wine most nights since. "
        "The action table gives Ref, Action, Lead and Timescale; the measures are in a separate "
        "'Review criteria' table keyed by ref. Most rows are sound (visits, the IDVA, the father's "
        "programme, supervised contact, school, police). Faults: the criteria table leaves out the "
        "CAMHS referral, which has no measure of its own; the parenting group's only criterion is "
        "the mother's engagement; the nursery row is 'Ongoing'; 'All agencies' own the row on "
        "sharing sightings of the father; and the mother's drinking is recorded but only she, not "
        "the alcohol service, owns an action."
    ),
    "blocks": [
        ("title", "Initial Child Protection Conference: Child Protection Plan"),
        ("p", "Xillingham Metropolitan Borough Council · Children's Social Care · Safeguarding Team North"),
        ("kv", [
            ("Children", "Leo Doughty (9), DOB 30/08/2016; Ava Doughty (4), DOB 15/04/2021"),
            ("Address", "4 Larch Close, Xillingham XL7 4NB"),
            ("Mother", "Kelly Doughty (33)"),
            ("Father", "Ryan Doughty (35), now living at 88 Quarry Street, Xillingham"),
            ("Paternal grandparents", "Pat and Alan Doughty, 12 Beech Grove, Xillingham"),
            ("Category", "Emotional abuse (both children)"),
            ("Conference", "Thursday 12/03/2026. Chair: Rebecca Nwachukwu (IRO)"),
            ("Social worker", "Hannah Quayle (team manager: Stuart Prentice)"),
        ]),
        ("h1", "What happened"),
        ("p", "On 31/01/2026 Ryan pushed Kelly into the kitchen door and held her by the throat after an "
              "argument about money. Leo saw it from the stairs and ran next door for help; Ava was asleep. Ryan "
              "was arrested and released on bail with conditions not to go to Larch Close; the bail conditions "
              "ended on 27/02/2026 when the Crown Prosecution Service decided to take no further action. There "
              "were two earlier police call-outs, in 2024 and 2025. Since Ryan left, Kelly has been drinking a "
              "bottle of wine most nights after the children are in bed, and told the social worker that on two "
              "mornings she could not get Ava to nursery because she was too hungover. Leo has hit other "
              "children at school four times since January and wakes with nightmares."),
        ("h1", "What is going well"),
        ("bullets", [
            "Kelly called the police herself on 31/01/2026 and has agreed that Ryan will not come to the house.",
            "Pat and Alan have supervised Ryan's time with the children every Sunday since 08/02/2026 and have "
            "kept to the agreement.",
            "Ava is happy at nursery and her key person knows her well.",
        ]),
        ("h1", "What Leo and Ava have told us"),
        ("p", "Leo (seen on his own at school, 05/03/2026): \"I was scared Dad was going to kill Mum. I like "
              "Sundays at Nana's but I don't want Dad to live with us again. Sometimes Mum's really sleepy in "
              "the morning and I make Ava's cereal.\" He said he gets \"angry in my chest\" at school and does "
              "not know why."),
        ("p", "Ava (seen at nursery, 06/03/2026) played with the dolls' house and put the daddy doll \"in "
              "the garden because he was shouting\". She told her key person she likes \"Nana's biscuits\"."),
        ("h1", "What needs to be different for Leo and Ava"),
        ("numbers", [
            "Leo and Ava live free from violence and do not see or hear their parents hurting or frightening "
            "each other.",
            "Leo and Ava are looked after every evening and every morning by a sober adult who gets them up, "
            "fed and to school or nursery on time.",
            "Leo understands what happened, feels less angry, sleeps without nightmares and stops hitting out "
            "at school.",
            "Leo and Ava see their dad safely, with an adult they trust there the whole time.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Ref", "Action", "Lead", "Timescale"],
            "widths": [1.1, 8.4, 4.3, 3.2],
            "rows": [
                ["1",
                 "Visit Leo and Ava at home, see Leo on his own, and make one visit in three unannounced and "
                 "early in the morning",
                 "Hannah Quayle, social worker",
                 "Weekly until the review conference"],
                ["2",
                 "Complete a DASH risk assessment with Kelly and agree a written safety plan, including what "
                 "Leo should do if his dad comes to the house",
                 "Meera Sandhu, IDVA, Xillingham Domestic Abuse Partnership",
                 "By 26/03/2026, then fortnightly contact until the review"],
                ["3",
                 "Make an appointment with Xillingham Alcohol Service, go to it, and keep a daily drink diary",
                 "Kelly Doughty (mother)",
                 "First appointment by 27/03/2026, then weekly"],
                ["4",
                 "Ten-week Calm Homes parenting group with Kelly, on routines, bedtimes and Leo's anger",
                 "Darren Whitby, family support worker, Xillingham Family Centre",
                 "Thursdays, 26/03/2026 to 28/05/2026"],
                ["5",
                 "Attend the Xillingham Choices domestic abuse perpetrator programme",
                 "Ryan Doughty (father)",
                 "Start by 20/04/2026, then weekly for 24 weeks"],
                ["6",
                 "Supervise all of Ryan's time with Leo and Ava at Beech Grove and never leave him alone with "
                 "them",
                 "Pat and Alan Doughty (paternal grandparents)",
                 "Every Sunday, 1pm to 4pm"],
                ["7",
                 "Check Leo's attendance, offer him weekly ELSA sessions and log every incident of hitting "
                 "out",
                 "Mrs Judith Amankwah, DSL, Fernlea Primary School",
                 "Every school week"],
                ["8",
                 "Record Ava's attendance at nursery and anything she says about home, and pass it to Hannah",
                 "Tina Lark, key person, Little Owls Nursery",
                 "Ongoing"],
                ["9",
                 "Share any information about Ryan coming to the house or to school with Hannah and the "
                 "police",
                 "All agencies",
                 "The same day"],
                ["10",
                 "Refer Leo to Xillingham CAMHS Getting Help team about his nightmares and his anger",
                 "Ellie Barton, school nurse, Xillingham 0-19 Service",
                 "By 26/03/2026"],
                ["11",
                 "Tell Hannah by 9am the next working day about any call to Larch Close or any contact from "
                 "Ryan that breaks the agreement",
                 "DC Sam Whitlow, Xillingham Police Public Protection Unit",
                 "From 13/03/2026 until the review conference"],
            ],
        }),
        ("h1", "Review criteria"),
        ("p", "What the core group and the review conference will look at for each action, by ref."),
        ("table", {
            "header": ["Ref", "What we will look at"],
            "widths": [1.1, 15.9],
            "rows": [
                ["1", "Visit records show both children seen every week, Leo seen alone, and at least one early "
                      "visit in three with Kelly sober and the children up and dressed."],
                ["2", "DASH and safety plan on file by 26/03/2026; Leo can tell Hannah what he would do if his "
                      "dad came to the house."],
                ["3", "Letter from the alcohol service confirming the first appointment and each weekly one "
                      "kept; drink diary brought to each core group."],
                ["4", "Kelly's engagement with the Calm Homes group."],
                ["5", "Attendance report from the Choices programme after every fourth session."],
                ["6", "Contact book signed by Pat or Alan after each Sunday, read by Hannah at her next visit; "
                      "Leo and Ava tell Hannah who was there."],
                ["7", "Attendance e-mailed to Hannah each Friday; ELSA log; incidents of hitting out down from "
                      "about one a week to none by the review."],
                ["8", "Ava's nursery attendance figures, and notes of anything she says about home, sent to "
                      "Hannah and shown in the case notes."],
                ["9", "Each report logged on the children's file and with Xillingham Police the same day."],
                ["11", "Police e-mails to Hannah on the case file, each with the time of the call."],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Ryan comes to Larch Close or contacts Kelly outside the agreement, Kelly will call 999 and the "
            "police will attend; Hannah will see the children the same day and Sunday contact will stop until "
            "a strategy discussion, held within two working days, agrees it is safe.",
            "If Kelly is found drunk while caring for Leo and Ava, or the school or nursery smell alcohol on "
            "her at drop-off or pick-up, the children will stay with Kelly's friend and neighbour Marie Clarke "
            "at 6 Larch Close that night and Hannah will hold a strategy discussion the next working day. If "
            "Marie is not available, Hannah or the emergency duty team will place the children together with "
            "foster carers that day.",
            "If Pat and Alan cannot supervise a Sunday, that contact will not go ahead. If they are unable to "
            "keep to the agreement, contact will move within a week to the Xillingham Family Centre, supervised "
            "by centre staff.",
            "If there is a further incident of violence, or Kelly is found drunk while caring for the children "
            "twice before the review, Hannah will ask Stuart Prentice for a legal planning meeting within five "
            "working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 9.30am, Fernlea Primary School: 26/03/2026, 23/04/2026 "
            "and 21/05/2026.",
            "Review child protection conference: Thursday 04/06/2026, 10am, Xillingham Town Hall.",
        ]),
    ],
    "findings": [
        F("M001", "Refer Leo to Xillingham CAMHS Getting Help team"),
        F("M002", "Ten-week Calm Homes parenting group with Kelly"),
        F("T002", "Record Ava's attendance at nursery and anything she says"),
        F("W002", "Share any information about Ryan coming to the house"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 5. First review conference plan, mother on methadone after heroin use,
#    a 10-year-old and a 3-year-old, maternal grandmother doing the school
#    run and Friday nights. Three parts: Part A with one deadline, Part B
#    with one period, Part C "also agreed" with none; "What the review will
#    look at" keyed by ref. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b153_xebbleton_rcpc_part_deadlines_review_will_look_at_kowalczyk.pdf",
    "doc_title": "Review Child Protection Plan - Jacob and Tilly Kowalczyk",
    "split": "tune",
    "actions": 14,
    "template": "rcpc-word-printed-to-pdf-page-header-footer-details-what-has-changed-childrens-views-outcomes-then-part-a-deadline-heading-part-b-period-heading-part-c-also-agreed-heading-each-ref-action-who-table-then-what-the-review-will-look-at-table-by-ref-contingency-meetings",
    "description": (
        "First review conference plan for a 10-year-old and a 3-year-old whose mother is on "
        "methadone after heroin use (the 3-year-old was found with an open bottle in November); "
        "the maternal grandmother does the school run and has the children on Friday nights. A "
        "Word plan printed to PDF with a page header and footer. The actions sit in three "
        "Ref / Action / Who tables: Part A under a heading with one deadline, Part B under a heading "
        "with one period 'unless the row says otherwise', and Part C, 'also agreed', with no time; "
        "a 'What the review will look at' table gives each ref's check. Most rows are sound (the "
        "drug service's report on change, pharmacy, visits, school, the health visitor). Faults: "
        "the methadone box is to be fitted with nobody named, the family support row starts 'when "
        "she feels able', the grandmother's Friday nights are checked only by 'Reviewed at core "
        "group', the football club row in Part C has no time, one outcome is about the mother "
        "alone, and the contingency sends the children to the grandmother with nothing said if she "
        "cannot have them."
    ),
    "header": "OFFICIAL-SENSITIVE – Xebbleton District Council – Children's Services",
    "footer": "Kowalczyk – review child protection plan, 19/03/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – First Review"),
        ("kv", [
            ("Children", "Jacob Kowalczyk (10), DOB 06/05/2015; Tilly Kowalczyk (3), DOB 19/08/2022"),
            ("Address", "27 Saxon Road, Xebbleton XB2 9HF"),
            ("Mother", "Agnieszka Kowalczyk (31)"),
            ("Maternal grandmother", "Irena Nowak (58), 3 Poplar Court, Xebbleton (five minutes' walk)"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "18/12/2025"),
            ("Review conference", "Thursday 19/03/2026. Chair: Femi Adebayo (IRO)"),
            ("Social worker", "Callum Reeve (team manager: Sophie Marr)"),
        ]),
        ("h1", "What has changed since the initial conference"),
        ("p", "On 03/11/2025 Tilly was found in the kitchen holding an open bottle of her mother's methadone. "
              "She was kept in Xebbleton General overnight; tests showed she had not swallowed any. Agnieszka "
              "had used heroin on and off for six years and had started on methadone in October 2025."),
        ("bullets", [
            "Agnieszka has collected and taken every daily dose at the pharmacy since January. Two of her "
            "twelve urine screens were positive for heroin, both in the first week of January; the last ten "
            "have been clear.",
            "Irena has taken Jacob to school and Tilly to nursery every weekday morning since December and has "
            "had both children on Friday nights.",
            "Jacob's attendance has gone from 89% in the autumn term to 94% this term.",
            "Tilly has only about twenty words, and the health visitor is worried about her speech.",
        ]),
        ("h1", "What Jacob and Tilly have told us"),
        ("p", "Jacob (seen on his own at home, 11/03/2026): \"Mum's better than before. She doesn't fall asleep "
              "on the sofa now. I still check Tilly's not in the kitchen when Mum's in the bath. I like Fridays "
              "at Babcia's because she makes pierogi and I can stay up.\" He wants to play football on "
              "Saturdays like his friends."),
        ("p", "Tilly (seen at home and at nursery) runs to the door for Irena in the mornings and says \"Babcia\" "
              "and \"car\". At nursery she plays alongside other children but points and pulls adults by the hand "
              "instead of asking. She was clean, fed and cheerful at each of the last six visits."),
        ("h1", "What we want for Jacob and Tilly"),
        ("numbers", [
            "Jacob and Tilly are cared for every day by a sober adult, and Tilly cannot get hold of methadone "
            "or anything else that could harm her.",
            "Jacob and Tilly get to school and nursery every day, on time, fed and in clean clothes.",
            "Tilly's speech and development are checked and she gets the help she needs.",
            "Agnieszka stays off heroin and keeps to her methadone script.",
            "Jacob has time to be 10 and no longer watches over his sister.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is in three parts. The heading of each part says when its actions are to be done. "
              "What the review will look at for each action is in the table after Part C, by the same "
              "reference."),
        ("h2", "Part A – to be done by Friday 17/04/2026"),
        ("table", {
            "header": ["Ref", "Action", "Who"],
            "widths": [1.2, 10.3, 5.5],
            "rows": [
                ["A1",
                 "A lockable box for the methadone to be fitted in the kitchen cupboard, out of Tilly's reach, "
                 "for the Sunday take-home dose",
                 "-"],
                ["A2",
                 "Refer Tilly to the Xebbleton Child Development Centre for an assessment of her speech and "
                 "language",
                 "Lauren Hythe, health visitor"],
                ["A3",
                 "Complete a young carer's assessment with Jacob, in his own words",
                 "Priya Dhillon, Xebbleton Young Carers"],
                ["A4",
                 "Write down with Irena and Agnieszka which mornings and nights Irena will cover, and get both "
                 "of them to sign it",
                 "Callum Reeve, social worker"],
            ],
        }),
        ("h2", "Part B – every week from Monday 23/03/2026 until the next review conference on 17/09/2026, "
               "unless the row says otherwise"),
        ("table", {
            "header": ["Ref", "Action", "Who"],
            "widths": [1.2, 10.3, 5.5],
            "rows": [
                ["B1",
                 "Visit Jacob and Tilly at home, see Jacob on his own at least every other week, and check that "
                 "the methadone box is locked",
                 "Callum Reeve, social worker"],
                ["B2",
                 "Key-work with Agnieszka, supervised methadone and a weekly urine screen, and a written report "
                 "to each core group on whether she is making the changes Jacob and Tilly need and how long "
                 "that is likely to take",
                 "Joanne Pike, recovery worker, Xebbleton Drug and Alcohol Service"],
                ["B3",
                 "Collect her methadone from Parade Pharmacy every day except Sunday and take it in front of "
                 "the pharmacist",
                 "Agnieszka Kowalczyk (mother)"],
                ["B4",
                 "Take Jacob to school and Tilly to nursery every weekday morning",
                 "Irena Nowak (maternal grandmother)"],
                ["B5",
                 "Have Jacob and Tilly to stay every Friday night, from 5pm until 11am on Saturday",
                 "Irena Nowak (maternal grandmother)"],
                ["B6",
                 "Weigh Tilly and check her development at Saxon Road Clinic every four weeks",
                 "Lauren Hythe, health visitor"],
                ["B7",
                 "Help Agnieszka set up a morning routine for the children and a weekly food shop, starting "
                 "when she feels able to",
                 "Kasia Zielinska, family support worker, Xebbleton Family Hub"],
                ["B8",
                 "Send Jacob's attendance to Callum every Friday and call him the same day about any absence "
                 "that is not explained",
                 "Mr Tom Garside, DSL, Xebbleton Junior School"],
            ],
        }),
        ("h2", "Part C – also agreed at the conference"),
        ("table", {
            "header": ["Ref", "Action", "Who"],
            "widths": [1.2, 10.3, 5.5],
            "rows": [
                ["C1",
                 "Find Jacob a place at the Saturday football club run by Xebbleton Community Trust and pay "
                 "his first term's subs",
                 "Callum Reeve, social worker"],
                ["C2",
                 "Go to the Xebbleton Recovery Café on Wednesday evenings",
                 "Agnieszka Kowalczyk (mother)"],
            ],
        }),
        ("h1", "What the review will look at"),
        ("table", {
            "header": ["Ref", "What we will look at"],
            "widths": [1.2, 15.8],
            "rows": [
                ["A1", "Callum sees the box fitted and locked at his first visit after 17/04/2026."],
                ["A2", "The Child Development Centre's acceptance letter, with Tilly's first appointment date, on "
                       "her file."],
                ["A3", "The assessment, with Jacob's own words, shared at the core group on 16/04/2026."],
                ["A4", "The signed agreement on file, with a copy given to Irena and to Agnieszka."],
                ["B1", "Visit records show both children seen every week, Jacob seen alone at least every other "
                       "week, and the box seen locked."],
                ["B2", "Joanne's written report at every core group; every urine screen clear of heroin."],
                ["B3", "The pharmacy record, sent to Joanne each week, shows every dose taken in front of the "
                       "pharmacist."],
                ["B4", "School and nursery registers show both children in by 8.50am every weekday."],
                ["B5", "Reviewed at core group."],
                ["B6", "Tilly's weight on or above the 25th centile in her red book, and each development check "
                       "sent to Callum."],
                ["B7", "Kasia's session notes show the children up, dressed and fed by 8am on school days, and a "
                       "food shop done every week."],
                ["B8", "Jacob's attendance at 95% or more by the next review."],
                ["C1", "Jacob's name on the club register."],
                ["C2", "The café's sign-in sheet, which Agnieszka brings to Joanne each week."],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Agnieszka has a urine screen positive for heroin, misses two days of methadone in a row, or is "
            "found under the influence while looking after Jacob or Tilly, the children will go to Irena's "
            "flat at 3 Poplar Court that day and Callum will hold a strategy discussion within one working "
            "day.",
            "If the box is found unlocked, or methadone is found anywhere else in the house, Joanne will stop "
            "the Sunday take-home dose from the next day and Agnieszka will take every dose at the pharmacy.",
            "If Agnieszka has two screens positive for heroin before the next review, or Tilly gets hold of "
            "methadone again, Callum will ask Sophie Marr for a legal planning meeting within five working "
            "days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 2pm, Xebbleton Family Hub: 16/04/2026, 14/05/2026, "
            "11/06/2026, 09/07/2026 and 06/08/2026.",
            "Second review child protection conference: Thursday 17/09/2026, 10am, Xebbleton Council Offices.",
        ]),
    ],
    "findings": [
        F("W001", "A lockable box for the methadone to be fitted"),
        F("T002", "Help Agnieszka set up a morning routine for the children"),
        F("M002", "Have Jacob and Tilly to stay every Friday night"),
        F("T001", "Find Jacob a place at the Saturday football club"),
        F("F002", "Agnieszka stays off heroin and keeps to her methadone script."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Pre-birth core group plan at 26 weeks; young mother, a care leaver with
#    depression and anxiety under the CMHT; father involved; great-aunt and
#    "family" helping. Scaled SMART outcomes, each with its own "How we'll
#    know" check and score, and who / what / when bullets under each; an
#    "Other things we agreed" list apart. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b153_xenholme_prebirth_scaled_outcomes_who_what_when_bullets_pilling.md",
    "split": "tune",
    "actions": 12,
    "template": "markdown-prebirth-core-group-plan-about-us-worries-babys-world-then-scaled-smart-outcomes-each-with-how-well-know-check-and-score-now-and-target-and-who-what-when-bullets-under-it-then-other-things-agreed-list-contingency-meetings",
    "description": (
        "Pre-birth plan written at the first core group, at 26 weeks, for the unborn baby of a "
        "19-year-old care leaver with depression and anxiety, under the community mental health team, "
        "and her partner. Each of three SMART outcomes carries its own 'How we'll know' check and a "
        "score now and by a date, agreed by the social worker and health visitor, and the bullets "
        "under it give only who, what and when; an 'Other things we agreed' list sits apart with no "
        "outcome and no time in its heading. Most bullets are sound. Faults: 'Family' will help "
        "decorate the baby's room; the CPN only supports the mother; her wellbeing plan is to be "
        "written 'when she feels ready'; the Dads Matter referral under 'Other things we agreed' has "
        "no time and nothing to show it happened; and the review conference is only 'to be arranged "
        "after the birth'."
    ),
    "text": """\
# Pre-birth Child Protection Plan – Baby Pilling

Xenholme City Council · Children's Services · Pre-birth and Infant Team

Written at core group 1 on Thursday 19/02/2026, after the pre-birth initial child protection conference on
05/02/2026 (chair: Lorna Baptiste, IRO). Category: neglect (unborn baby).

## About us

- **Baby Pilling** – due Friday 08/05/2026 (26 weeks at this core group)
- **Chelsea Pilling**, 19 – mum-to-be; care leaver, personal adviser Marcus Oyelaran (Xenholme Leaving Care)
- **Jordan Hayes**, 21 – baby's dad; lives with his mum but stays at Chelsea's most nights
- **Denise Pilling**, 47 – Chelsea's aunt, who looked after her between foster placements; 19 Hawthorn Rise
- Flat 2, 41 Canal Street, Xenholme XH4 1DW – Chelsea's flat
- **Sam Okafor** – social worker (team manager: Bernadette Rowe)

## What we are worried about

Chelsea was in foster care from 9 to 18. She has depression and anxiety and has been under Xenholme
Community Mental Health Team since she was 17; she took an overdose in August 2025, before she knew she was
pregnant. She stopped her antidepressant when she found out she was pregnant and has not restarted it. She
has missed three antenatal appointments. Her flat has black mould in the bedroom and the boiler has not
worked properly since December. Chelsea and Jordan have never looked after a baby, and Jordan says he
"will learn when it comes".

## The baby's world

At the 20-week scan on 23/01/2026 the baby was growing well. Chelsea has cut down from twenty cigarettes a
day to about five and says she feels the baby kick when she lies down at night. At the visit on 12/02/2026
the flat was cold (the heating was off to save money), the bedroom where the baby is meant to sleep had
mould on two walls, and there was nowhere yet for a cot. Chelsea played her phone music to her bump and
said, "I talk to her every night. I want her to have a proper home, not like I had."

## Outcomes, and what we will do for each

Scores are out of 10 and are agreed between Sam (social worker) and Kirsty (health visitor) at their joint
visits; 10 means everything is in place.

### Outcome 1: the baby comes home to a warm, safe flat that is ready for her by 36 weeks (10/04/2026)

**How we'll know:** at the joint visit at 36 weeks Sam and Kirsty go round the flat with the home
checklist: heating working, no mould, a cot with a new mattress, a steriliser and clothes ready.
**Score now:** 3 · **Score by 36 weeks:** 8

- **Marcus Oyelaran (personal adviser)** will help Chelsea claim the Sure Start Maternity Grant and buy a cot,
  mattress and steriliser – *by 20/03/2026*.
- **Julie Marsh, repairs case officer, Xenholme Homes** will arrange the boiler repair and the mould treatment
  in the bedroom – *by 27/03/2026*.
- **Family** will help Chelsea clean and decorate the baby's room – *at weekends in March, finished by
  29/03/2026*.

### Outcome 2: the baby is cared for by a mum whose mood is steady enough to feed, settle and keep her safe, and who knows who to call when she is struggling

**How we'll know:** Chelsea's EPDS score, taken by the midwife at each antenatal appointment, is below 13 by
36 weeks; Chelsea's written wellbeing plan is on file and she can tell Sam and Kirsty who she would call.
**Score now:** 4 · **Score by the birth:** 7

- **Owen Firth, CPN, Xenholme Community Mental Health Team** will visit Chelsea at home to support her with
  her anxiety and low mood – *every two weeks until the birth*.
- **Gemma Lacey, specialist safeguarding midwife** will do the EPDS with Chelsea at every antenatal
  appointment and send the score to Sam – *at each appointment, at least every two weeks from 26/02/2026*.
- **Chelsea** will write a wellbeing plan saying what helps her, what her warning signs are and who she will
  call, and give a copy to Gemma – *when she feels ready*.

### Outcome 3: the baby is fed, held and handled safely by parents who understand what a newborn needs

**How we'll know:** Chelsea and Jordan's certificates from the antenatal course; Kirsty's notes from the
antenatal visit show they can make up a feed and explain safe sleep and coping with crying; in the first
two weeks after the birth Kirsty sees the baby fed on time and put down on her back at every visit.
**Score now:** 4 · **Score by the baby's first two weeks at home:** 8

- **Chelsea and Jordan** will go to all six sessions of the Xenholme Bumps and Beyond antenatal course –
  *Tuesdays, 03/03/2026 to 07/04/2026*.
- **Kirsty Doolan, health visitor** will do an antenatal home visit on feeding, safe sleep and coping with
  crying – *by 36 weeks (10/04/2026)*.
- **Sam Okafor (social worker)** will complete a pre-birth parenting assessment of Chelsea and Jordan and
  share the report with them and the core group – *report by 17/04/2026*.
- **Denise Pilling (aunt)** will stay with Chelsea and the baby for the first two weeks they are home –
  *from the day of discharge for 14 days*.

## Other things we agreed

- Kirsty will refer Jordan to the Xenholme Dads Matter group so that he can learn about caring for a newborn.
- Marcus will help Chelsea apply to Xenholme Homes for a transfer to a two-bedroom flat by 30/04/2026; the
  application reference will be put on the baby's file.

## If things go wrong

- If Chelsea takes an overdose or harms herself, says she has thoughts of harming herself or the baby, or
  misses two antenatal appointments in a row, Sam will see her the same day, Owen will arrange an urgent
  mental health assessment, and a strategy discussion will be held within one working day.
- If, after the birth, the baby is not fed for more than four hours, or is found sleeping anywhere other
  than her cot, Denise will take over the baby's care at the flat that day and Sam will hold a strategy
  discussion within one working day.
- If Denise cannot stay with Chelsea after the birth, or stops helping, Sam will arrange a mother and baby
  foster placement for Chelsea and the baby before discharge (or the same day, if the baby is already home).
  If the family cannot finish the baby's room by 29/03/2026, Marcus will book the Leaving Care setting-up-home
  team to do it by 10/04/2026.
- If the flat is still not ready at 36 weeks, or Chelsea is not taking up the mental health help offered by
  then, Sam will ask Bernadette Rowe for a legal planning meeting within five working days to decide whether
  to start pre-proceedings before the birth.

## Meetings

- Core group every four weeks, Thursdays at 11am, Canal Street Children's Centre: 19/02/2026, 19/03/2026 and
  16/04/2026.
- Review child protection conference: to be arranged after the birth.
""",
    "findings": [
        F("W002", "will help Chelsea clean and decorate the baby's room"),
        F("H001", "will visit Chelsea at home to support her with"),
        F("T002", "will write a wellbeing plan saying what helps her"),
        F("T001", "Kirsty will refer Jordan to the Xenholme Dads Matter group"),
        F("M001", "Kirsty will refer Jordan to the Xenholme Dads Matter group"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Core group plan print (after the second core group), 15-year-old going
#    missing and at risk of criminal exploitation, his sister of 7, mother
#    with depression. Case-system task cards with tick boxes for frequency
#    and status, an Evidence field, and a "Signs of progress" section keyed
#    by task number for the cards that point to it; one task closed.
#    Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b153_xobworth_case_print_tick_box_tasks_signs_of_progress_adeleke.txt",
    "split": "tune",
    "actions": 10,
    "template": "case-system-print-fixed-width-header-block-concerns-voice-of-child-outcomes-then-task-cards-responsible-frequency-tick-boxes-start-end-evidence-field-status-tick-boxes-some-evidence-see-signs-of-progress-keyed-by-task-number-contingency-meetings",
    "description": (
        "A case-system print of the plan as updated at the second core group for a 15-year-old who "
        "goes missing and is at risk of criminal exploitation, and his 7-year-old sister; their "
        "mother has depression and anxiety and is under the adult mental health service. Each task "
        "card has a Responsible line, frequency tick boxes (only a ticked box counts), Start and End, "
        "an Evidence field that either gives the check or points to a 'Signs of progress' section "
        "keyed by task number, and status tick boxes; a screening task ticked Complete is not an "
        "action. Most cards are sound (visits, return home conversations, police warnings, the "
        "mother's 9.30pm calls, the sister's ELSA sessions). Faults: the school's only evidence is "
        "that it 'will monitor this'; the boxing mentoring has no box ticked and no start or end; "
        "the CPN only supports the mother, checked by her visit log; the National Referral "
        "Mechanism referral has 'Evidence: N/A'; house rules are 'as and when Grace asks'; the "
        "contingency has no trigger or response and there is no legal planning."
    ),
    "text": """\
===============================================================================
 CASEWISE  |  CHILD PROTECTION PLAN - PRINT                    Page 1 of 1
 Xobworth Borough Council - Children's Social Care
===============================================================================
 Printed:        15/04/2026 09:12 by J.FERREIRA
 Plan version:   3 (updated at core group 2, 14/04/2026)
 ICPC date:      03/03/2026          Chair: Ruth Okonkwo (IRO)
 Category:       Neglect
 Social worker:  Jamal Ferreira      Team manager: Lisa Hartnell
-------------------------------------------------------------------------------
 CHILDREN
   Tyrese ADELEKE     DOB 12/09/2010  (15)  Xobworth Academy, Year 10
   Favour ADELEKE     DOB 03/05/2018  (7)   St Luke's Primary, Year 2
 HOUSEHOLD
   Grace ADELEKE (42), mother - 16 Viaduct Street, Xobworth XO6 3LL
-------------------------------------------------------------------------------

 REASON FOR PLAN
 Tyrese was reported missing six times in February 2026. On 19/02/2026 he was
 found by police in a flat in Dunsford, 40 miles away, with two adult men,
 £600 in cash and two phones. He has been excluded twice this year for
 fighting. Grace has had depression and anxiety since 2023 and is under the
 Xobworth Adult Mental Health Service; on bad days she stays in bed and does
 not know where Tyrese is. Favour has been late to school 14 times this term
 and told her teacher she "looks after Mummy".

 WHAT THE CHILDREN SAY
 Tyrese (seen alone, 09/04/2026): "I'm not a snitch. Them lot look after me,
 they give me stuff Mum can't. I'd go boxing again if it was with Reece." He
 said he feels safe at home "when Mum's OK" and that he worries about her.
 Favour (seen alone at school, 10/04/2026): "I make Mummy a cup of tea when
 she's sad. I don't like it when Tyrese doesn't come home, I can't sleep."

 OUTCOMES
   O1  Tyrese is home every night by 9.30pm and is not with adults who are
       using him to carry drugs or money.
   O2  Tyrese is in school every day and out of fights.
   O3  Favour gets to school on time and does not have to look after her
       mum or worry about her brother at night.

===============================================================================
 TASKS
 Frequency and status: only the box marked [X] applies.
===============================================================================

 TASK 01  Visit Tyrese and Favour at home and see Tyrese on his own
   Responsible : Jamal Ferreira (Social Worker)
   Frequency   : [X] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other: ______
   Start       : 04/03/2026        End: review conference 02/06/2026
   Evidence    : Visit records show both children seen every week and Tyrese
                 seen alone at least every other week, his words written up
   Status      : [ ] Not started  [X] In progress  [ ] Complete

 TASK 02  Return home conversation with Tyrese after every missing episode
   Responsible : Chloe Baptiste (Missing & Exploitation Worker, Xobworth
                 Exploitation Hub)
   Frequency   : [ ] Weekly  [ ] Fortnightly  [ ] Monthly
                 [X] Other: within 72 hours of every return
   Start       : 04/03/2026        End: review conference 02/06/2026
   Evidence    : see SIGNS OF PROGRESS, task 02
   Status      : [ ] Not started  [X] In progress  [ ] Complete

 TASK 03  Serve Child Abduction Warning Notices on the adults Tyrese has
          been found with, and keep him on the exploitation tracker
   Responsible : DC Harry Lund (Xobworth Police Child Exploitation Team)
   Frequency   : [ ] Weekly  [ ] Fortnightly  [ ] Monthly
                 [X] Other: notices by 27/04/2026; tracker update before
                 each core group
   Start       : 15/04/2026        End: review conference 02/06/2026
   Evidence    : see SIGNS OF PROGRESS, task 03
   Status      : [ ] Not started  [X] In progress  [ ] Complete

 TASK 04  Check Tyrese in at the start of every school day with his mentor
          and phone Grace and Jamal by 10am if he is not in
   Responsible : Mr Kwame Asante (DSL, Xobworth Academy)
   Frequency   : [X] Every school day  [ ] Weekly  [ ] Other: ______
   Start       : 04/03/2026        End: review conference 02/06/2026
   Evidence    : School will monitor this
   Status      : [ ] Not started  [X] In progress  [ ] Complete

 TASK 05  One-to-one mentoring and boxing sessions for Tyrese at the
          Xobworth Community Boxing Club
   Responsible : Reece Gallagher (Youth Worker, Xobworth Youth Service)
   Frequency   : [ ] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other: ______
   Start       : -                 End: -
   Evidence    : Session register sent to Jamal, showing each session
                 Tyrese attended
   Status      : [X] Not started  [ ] In progress  [ ] Complete

 TASK 06  Home visits to support Grace with her depression and anxiety
   Responsible : Bronwen Hale (CPN, Xobworth Adult Mental Health Service)
   Frequency   : [ ] Weekly  [X] Fortnightly  [ ] Monthly  [ ] Other: ______
   Start       : 10/03/2026        End: review conference 02/06/2026
   Evidence    : CPN visit log shared with Jamal, showing each visit made
   Status      : [ ] Not started  [X] In progress  [ ] Complete

 TASK 07  Report Tyrese missing to the police and ring Jamal (or the duty
          line after 5pm) if he is not home by 9.30pm
   Responsible : Grace Adeleke (Mother)
   Frequency   : [ ] Weekly  [ ] Fortnightly  [ ] Monthly
                 [X] Other: every night he is not home by 9.30pm
   Start       : 04/03/2026        End: review conference 02/06/2026
   Evidence    : Police missing log shows each report made by 10pm; Jamal
                 checks it with the police every Monday
   Status      : [ ] Not started  [X] In progress  [ ] Complete

 TASK 08  ELSA sessions with Favour about her worries for her mum and her
          brother
   Responsible : Mrs Dina Kaur (ELSA, St Luke's Primary)
   Frequency   : [X] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other: ______
   Start       : 16/03/2026        End: end of summer term (17/07/2026)
   Evidence    : see SIGNS OF PROGRESS, task 08
   Status      : [ ] Not started  [X] In progress  [ ] Complete

 TASK 09  Refer Tyrese to the National Referral Mechanism as a possible
          victim of criminal exploitation
   Responsible : Jamal Ferreira (Social Worker)
   Frequency   : [ ] Weekly  [ ] Fortnightly  [ ] Monthly
                 [X] Other: by 24/04/2026
   Start       : 14/04/2026        End: 24/04/2026
   Evidence    : N/A
   Status      : [ ] Not started  [X] In progress  [ ] Complete

 TASK 10  Help Grace agree house rules and a curfew with Tyrese, and put
          them in writing
   Responsible : Tunde Bello (Family Support Worker, Xobworth Family Help)
   Frequency   : [ ] Weekly  [ ] Fortnightly  [ ] Monthly
                 [X] Other: as and when Grace asks
   Start       : -                 End: -
   Evidence    : Signed house rules on the fridge, seen by Jamal at his
                 next visit
   Status      : [X] Not started  [ ] In progress  [ ] Complete

 TASK 11  Complete the exploitation screening tool for Tyrese
   Responsible : Jamal Ferreira (Social Worker)
   Frequency   : [ ] Weekly  [ ] Fortnightly  [ ] Monthly
                 [X] Other: by 10/03/2026
   Start       : 04/03/2026        End: 10/03/2026
   Evidence    : Screening tool on file
   Status      : [ ] Not started  [ ] In progress  [X] Complete (09/03/2026)

===============================================================================
 SIGNS OF PROGRESS (for tasks whose Evidence field points here)
===============================================================================
 02  A return home conversation record on file within 72 hours of each
     return, with what Tyrese said about where he was and who he was with;
     missing episodes down from six in February to none in May.
 03  Copies of the warning notices on Tyrese's file by 27/04/2026, and a
     written tracker update from DC Lund at every core group.
 08  Mrs Kaur's session notes sent to Jamal every half term, with the score
     Favour gives her "worry jar" (0-10) at each session, agreed with Mrs
     Kaur; late arrivals down to no more than one a fortnight.

===============================================================================
 CONTINGENCY
===============================================================================
 If there are further concerns about Tyrese the core group will meet to
 discuss next steps.

===============================================================================
 MEETINGS
===============================================================================
 Core group:          every 4 weeks, Tuesdays 4pm, Xobworth Family Hub
                      17/03/2026 (held), 14/04/2026 (held), 12/05/2026
 Review conference:   02/06/2026 10:00, Xobworth Civic Centre
===============================================================================
 END OF PRINT
===============================================================================
""",
    "findings": [
        F("M002", "Check Tyrese in at the start of every school day"),
        F("T001", "One-to-one mentoring and boxing sessions for Tyrese"),
        F("H001", "Home visits to support Grace with her depression and anxiety"),
        F("M001", "Refer Tyrese to the National Referral Mechanism as a possible"),
        F("T002", "Help Grace agree house rules and a curfew with Tyrese"),
        F("C002"),
        F("R002"),
    ],
})
