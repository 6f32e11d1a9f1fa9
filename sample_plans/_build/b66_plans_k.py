"""Batch 66, module k: seven fictional plans (held-out material), places beginning with "k".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: real-life plans with unusual structure - a plan whose sections have
ordinary headings ("What Kai told us", "If things go wrong", "When we will
meet again"), a multi-level numbered plan (1 / 1.1 / a) under theme
headings, a two-column Action | Update core group table with the owner and
date inside the update cell, a plan with a "Who and when" column holding
both fields, an outcome column in the family's words merged down several
rows, a narrative plan with hedged and passive commitments ("it is hoped
that", "will be referred", "will try to"), and a pre-birth plan. Two plans
are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan written under ordinary headings ("What Kai told
#    us", "What will happen", "If things go wrong", "When we will meet
#    again"); one bullet per action (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b66_kestwick_plain_headings_bullet_plan_brennan.docx",
    "doc_title": "Kai's Child Protection Plan - Kai Brennan",
    "split": "heldout",
    "actions": 9,
    "template": "icpc-plan-docx-ordinary-question-headings-what-kai-told-us-what-will-happen-bullets-if-things-go-wrong-when-we-will-meet-again",
    "description": (
        "Initial conference plan for a 9-year-old whose mother has bipolar disorder and was admitted to "
        "hospital in a manic episode, leaving him alone overnight. Written under ordinary headings ('What "
        "Kai told us', 'What we want for Kai', 'What will happen', 'If things go wrong', 'When we will "
        "meet again'), one bullet per action with the owner, the timescale and what will show it in the "
        "same bullet. The CMHT reports on whether mum is making the changes Kai needs, the GP owns an "
        "action, the grandfather's two tasks have a fallback, dates and legal step set. Exemplary."
    ),
    "blocks": [
        ("title", "Kai's Child Protection Plan"),
        ("p", "Kestwick Borough Council · Children's Services · Northside Family Safeguarding Team"),
        ("kv", [
            ("Child", "Kai Brennan, 9 (born 14/10/2015), Year 4 at Kestwick Harbour Primary"),
            ("Lives with", "Dionne Brennan, his mum (34), 27 Slipway Close, Kestwick"),
            ("Grandad", "Tony Brennan (63), Dionne's dad, 12 Ferry Lane, Kestwick - a ten-minute walk away"),
            ("Dad", "Lewis Carney lives in Karrickmoor, 300 miles away, and has not seen Kai since 2019"),
            ("Conference", "Initial child protection conference, Tuesday 04/03/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Rhiannon Tate"),
            ("Chair", "Philip Ansah"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Dionne has bipolar disorder. In January she stopped taking her lithium because she felt well, "
              "stopped sleeping, and spent most of her money in a week. On the night of 29 January she left "
              "the flat at about 11pm and did not come back; Kai was on his own until he rang his grandad at "
              "6.30am. Dionne was admitted to Kestwick Park Hospital under the Mental Health Act and came home "
              "on 20 February. Over the autumn term Kai was late 23 times and missed 11 days of school, and "
              "his teacher says he often has no breakfast and no PE kit."),
        ("h1", "What is going well"),
        ("p", "Dionne is back on her lithium and says she wants Kai to have \"a normal life, not one where he "
              "is looking after me\". She has agreed to everything in this plan. Tony has looked after Kai "
              "through every hospital stay since Kai was a baby, and Kai is close to him. Kai has not missed "
              "a day of school since his mum came home."),
        ("h1", "What Kai told us"),
        ("p", "Kai talked to Rhiannon at school on 26 February and again at home on 28 February. He said: "
              "\"When Mum goes fast she doesn't sleep and she talks and talks. I hide the bank card in my "
              "Lego box.\" About the night in January he said he was \"a bit scared but mostly bored\" and "
              "that he did not ring anyone sooner \"because I didn't want Mum to get in trouble\". He said "
              "the best thing would be \"if someone else could tell when Mum is going fast, not just me\". "
              "He likes football, drawing dragons and Saturday mornings at Grandad's. He put his worry about "
              "home at 6 out of 10."),
        ("h1", "What we want for Kai"),
        ("bullets", [
            "Kai is never left on his own in the flat, day or night.",
            "Kai gets to school every day, on time, with breakfast and the right kit.",
            "Kai knows the signs that his mum is becoming unwell and who will step in, and he does not feel "
            "it is his job to watch her.",
            "Kai is cared for by a mum whose illness is stable enough for her to get him up, fed and to "
            "school, and to be home every night.",
        ]),
        ("h1", "What will happen"),
        ("bullets", [
            "Rhiannon (social worker) will see Kai every week until the review conference, on his own at "
            "school at least every other week, and will write down what he says in her visit notes.",
            "Jess Okoro, care coordinator at the Kestwick Community Mental Health Team, will see Dionne every "
            "two weeks, check she is taking her lithium, and send Rhiannon a written report before each core "
            "group on whether Dionne is making the changes Kai needs and how long that is likely to take.",
            "Dr Omar Said, GP at Riverside Surgery, will check Dionne's lithium level every 4 weeks and send "
            "each result to Rhiannon and the CMHT within 2 working days of the test.",
            "Dionne and Rhiannon will write a relapse plan together by Friday 21/03/2025, listing Dionne's "
            "early warning signs, who she rings and where Kai goes; copies will be given to Tony, the school "
            "and the CMHT.",
            "Tony will take Kai to school every Monday, Wednesday and Friday in term time until the review "
            "conference; the school office signing-in book will show who brought him.",
            "Tony will ring Kai at 7pm on the evenings he is not with him and ring Rhiannon the same day if "
            "Dionne sounds unwell or nobody answers; he will note each call in the diary Rhiannon checks at "
            "her visits.",
            "Mrs Carla Fenn, DSL at Kestwick Harbour Primary, will give Kai a breakfast club place every school "
            "day, ring Rhiannon by 10am if he is absent, and email his attendance to Rhiannon every Friday.",
            "Danny Cole from Kestwick Young Carers will complete a young carer's assessment with Kai by Friday "
            "11/04/2025 and send the written assessment to Rhiannon and Dionne.",
            "Rhiannon will finish the child and family assessment by Friday 25/04/2025 and share the report "
            "with Dionne, Tony and the core group.",
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Dionne stops taking her lithium, goes two nights without sleep, or Kai tells anyone he has "
              "been left alone, Tony will take Kai to his house on Ferry Lane that day and Rhiannon (or the "
              "emergency duty team out of hours) will hold a strategy discussion the same day. The CMHT crisis "
              "team will be asked to see Dionne within 24 hours."),
        ("p", "If Tony cannot do the school runs or have Kai (for example if he is ill or away), Kai will stay "
              "with his aunt, Marie Doyle, in Kirkholm. If neither Tony nor Marie can have him, Rhiannon will "
              "arrange a foster placement that day."),
        ("p", "If Kai is left on his own again, or Dionne stops her medication and will not see the CMHT, or "
              "Kai's attendance is below 90% at the core group on 15/04/2025, Rhiannon will ask her team "
              "manager for a legal planning meeting within 5 working days."),
        ("h1", "When we will meet again"),
        ("bullets", [
            "Core group every 4 weeks at Kestwick Harbour Primary, 3.30pm: Tuesday 18/03/2025, Tuesday "
            "15/04/2025 and Tuesday 13/05/2025.",
            "Review child protection conference: Tuesday 03/06/2025, 10am, Kestwick Town Hall.",
        ]),
        ("p", "Plan typed by Rhiannon Tate on 05/03/2025 and given to Dionne, Tony and every agency named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan as one multi-level Word list: themes (1), what we
#    want (1.1) and the actions under each (a, b, c) (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b66_kirkholm_rcpc_outline_numbered_themes_whitlock.docx",
    "doc_title": "Review Child Protection Plan - Ava Whitlock and Ellis Cole",
    "split": "heldout",
    "actions": 13,
    "template": "rcpc-plan-docx-multilevel-word-list-1-theme-1-1-what-we-want-a-actions-under-theme-headings",
    "description": (
        "First review conference plan for a 5-year-old and a 4-month-old (mother's postnatal depression and "
        "anxiety, father's cannabis use). The plan is one real Word multi-level list: a theme at level 1, "
        "'What we want' outcomes at level 1.1, and the actions under them at level a). Faults: a cannabis "
        "action with no timescale and only 'keep an eye on' (T001, M002), a passive rebooking with no owner "
        "(W001), 'engagement reviewed at core group' (M002), the perinatal team only supporting (H001), "
        "'as and when he can attend' (T002), 'All professionals' (W002), a parenting assessment with no "
        "output (M001), an outcome only about mum's mood (F002) and the review conference date 'to be "
        "confirmed' (R001). Hard negatives: 'weekly, ongoing', 'for every sleep', the GP and the drug "
        "service owning actions, an outcome about the children's care by a mum whose mood is steady, and a "
        "specific contingency with a legal step."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference - Child Protection Plan"),
        ("p", "Kirkholm Metropolitan Borough Council · Children and Families · Safeguarding Team West"),
        ("kv", [
            ("Children", "Ava Whitlock (5), Reception, Kirkholm Fields Primary; Ellis Cole (4 months), at home"),
            ("Mother", "Jade Whitlock (26)"),
            ("Father of Ellis", "Ryan Cole (29), lives with Jade and the children at 41 Cinder Row, Kirkholm"),
            ("Ava's father", "Not involved; no contact since 2021"),
            ("Conference", "First review child protection conference, Tuesday 11/03/2025"),
            ("Category", "Neglect (unchanged)"),
            ("Social worker", "Tom Ellery"),
            ("Chair", "Sandra Okonedo, Independent Chair"),
        ]),
        ("h1", "What has happened since the initial conference"),
        ("p", "Jade was diagnosed with postnatal depression and anxiety in December and has been seen by the "
              "Kirkholm Perinatal Mental Health Team since then. She started sertraline in January. She told "
              "conference that most days she \"can't face getting up\" until Ryan comes home from work at 2pm. "
              "Ellis's weight dropped from the 50th to the 9th centile between 6 and 14 weeks and has only "
              "partly recovered. He missed his 12-week immunisations. Ryan smokes cannabis most evenings and "
              "the flat smelt of it on three of Tom's six visits; he has been referred to Kirkholm Recovery "
              "Service and went to one of three appointments. Ava was late on 19 of 40 school days this term."),
        ("h1", "What Ava says and how Ellis is"),
        ("p", "Ava (seen alone at school, 5 March) said: \"Mummy is tired all the time. I get my own cereal and "
              "I give Ellis his dummy when he cries.\" She said she likes it when Ryan walks her to school "
              "\"because he does silly voices\", and she wants \"Mummy to come to my assembly\"."),
        ("p", "Ellis is a smiley baby who makes good eye contact. At the HV's visit on 28 February he fed "
              "hungrily and settled in his cot; on two visits he had been left in his car seat in the living "
              "room for most of the morning and his nappy was heavy."),
        ("h1", "Our plan"),
        ("mlist", [
            (0, "Ellis's care and health"),
            (1, "What we want: Ellis is fed on time, gains weight along his centile and sleeps safely on his "
                "back in his own cot."),
            (2, "HV Sunita Rai will visit Jade and Ellis at home every two weeks, weigh Ellis and plot his "
                "weight in the red book; his weight should stay on or above the 25th centile."),
            (2, "Jade and Ryan will put Ellis down on his back in his own cot for every sleep, day and night; "
                "the HV and SW will look at where he slept at each visit and write it in their notes."),
            (2, "Ryan will stop smoking cannabis in the flat and around Ellis, and the SW will keep an eye on "
                "this."),
            (1, "What we want: Ellis has his health checks and immunisations on time."),
            (2, "Ellis's missed 12-week immunisations to be rebooked by 28/03/2025 and recorded in his red "
                "book."),
            (0, "Ava at school and at home"),
            (1, "What we want: Ava is in school every day, on time, and has someone there she trusts to talk "
                "to about home."),
            (2, "Mrs Paula Dawson, DSL at Kirkholm Fields Primary, will ring Jade by 9.30am on any day Ava is "
                "not in school, and email the SW Ava's attendance every Friday."),
            (2, "Ms Rehana Khan, learning mentor, will see Ava every Thursday afternoon for a 30-minute "
                "session about her worries; Ava's engagement will be reviewed at core group."),
            (2, "SW Tom Ellery will see Ava on her own at school and at home weekly, ongoing, and write down "
                "what she says in his visit notes."),
            (0, "Jade's and Ryan's health"),
            (1, "What we want: Jade's mood will lift and she will feel less anxious day to day."),
            (2, "Alison Pryce, CPN, Kirkholm Perinatal Mental Health Team, will continue fortnightly home "
                "visits to support Jade with her anxiety and low mood, with each visit recorded in the "
                "perinatal notes."),
            (2, "Dr Neil Varma, GP at Kirkholm Health Centre, will review Jade's sertraline by 21/03/2025 and "
                "write to the SW with the outcome."),
            (1, "What we want: Ava and Ellis are cared for by parents who are not under the influence of "
                "cannabis and are up with them each morning."),
            (2, "Dean Marsh, keyworker at Kirkholm Recovery Service, will see Ryan for cannabis key-work as "
                "and when he can attend, and confirm in writing to the SW which sessions Ryan came to."),
            (2, "Jade and Ryan will go to the Kirkholm First Steps parenting group on eight Tuesday mornings "
                "from 01/04/2025; the group leader will send the SW the attendance sheet."),
            (0, "Keeping Ava and Ellis safe between meetings"),
            (1, "What we want: Ava and Ellis are kept safe because any worry about them reaches their social "
                "worker the same day."),
            (2, "All professionals to tell the SW the same day about any injury to Ellis, any smell of cannabis "
                "in the flat, or Ava saying something worrying; each one will be logged on the children's file."),
            (2, "SW Tom Ellery will complete a parenting assessment of Jade and Ryan by 30/04/2025."),
        ]),
        ("h1", "Contingency plan"),
        ("p", "If Jade tells anyone she has thoughts of harming herself or Ellis, or Ellis is found on his own "
              "with a parent who is under the influence of cannabis, the SW (or the emergency duty team out of "
              "hours) will hold a strategy discussion the same day and Ava and Ellis will stay with Ryan's "
              "mother, Lorraine Cole, at 6 Pit Lane, until it has met. If Lorraine cannot have them, the SW "
              "will arrange a foster placement that day."),
        ("p", "If Ellis's weight falls below the 9th centile again, or Ava is late on more than 10 days before "
              "the next core group, the SW will ask the team manager for a legal planning meeting."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks at Kirkholm Fields Primary, 1.30pm: Tuesday 25/03/2025, Tuesday "
              "22/04/2025 and Tuesday 20/05/2025. Review child protection conference: date to be confirmed by "
              "the conference team."),
    ],
    "findings": [
        F("T001", "Ryan will stop smoking cannabis in the flat"),
        F("M002", "Ryan will stop smoking cannabis in the flat"),
        F("W001", "missed 12-week immunisations to be rebooked by 28/03/2025"),
        F("M002", "Ava's engagement will be reviewed at core group"),
        F("H001", "will continue fortnightly home visits to support Jade"),
        F("T002", "will see Ryan for cannabis key-work as and when"),
        F("W002", "All professionals to tell the SW the same day"),
        F("M001", "will complete a parenting assessment of Jade and Ryan"),
        F("F002", "Jade's mood will lift and she will feel less anxious day to day."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group record for a looked-after baby now on a children's ward; the
#    plan is a two-column Action | Update table, the owner and the date
#    written inside the update cell (pdf with header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b66_kelbury_core_group_action_update_two_columns_quinn.pdf",
    "doc_title": "Core Group Meeting Record - Rosie Quinn",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-3-record-paged-present-updates-then-two-column-action-update-table-owner-and-date-inside-update-cell",
    "description": (
        "Third core group record for a 6-month-old accommodated under section 20 and on a children's ward "
        "with bronchiolitis, while her mother moves to another local authority. The plan is a two-column "
        "Action | Update table: who will do it, by when and what will show it are written inside the update "
        "cell. Faults: nobody is set to visit Rosie on the ward, only to phone (L001), the parenting "
        "assessment put on hold for the new authority with no output (X001, M001), Talking Therapies only "
        "treating (H001), 'when she can' and 'Ongoing - all agencies' (T002, T002 with W002), a passive "
        "'to be followed up' (W001, T001), no outcome for Rosie anywhere (O001) and a contingency of "
        "'further concerns ... consider' (C002). Hard negatives: contact paused on the ward's advice (not "
        "the transfer), the transfer request itself, and a legal planning step outside the contingency. "
        "Header and page footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE · Kelbury City Council · Children's Services",
    "footer": "Core group record - Rosie Quinn - page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting Record"),
        ("kv", [
            ("Child", "Rosie Quinn, born 02/11/2024 (6 months)"),
            ("Legal status", "Accommodated under section 20 since 21/02/2025, placed with foster carers Sue and "
                             "Martin Barlow, Kelbury"),
            ("Where Rosie is now", "Ward 4 (children's ward), Kelbury General Hospital, since 16/05/2025 with "
                                   "bronchiolitis; the ward expect her to stay at least another week"),
            ("Mother", "Shannon Quinn (20), moving to a flat in Kennetsford (Kennetsford County Council) in June"),
            ("Father", "Kyle Pearce (22), address in Kelbury"),
            ("Plan since", "Initial child protection conference 04/03/2025 (category: physical abuse)"),
            ("Meeting", "Core group 3, Thursday 22/05/2025, 2pm, Kelbury Family Centre"),
            ("Social worker", "Ola Bankole, Kelbury Children in Care Team"),
        ]),
        ("h2", "Present"),
        ("p", "Shannon Quinn; Ola Bankole (SW, chair); Sue Barlow (foster carer); Priya Mistry (HV); Amy Lowe "
              "(contact worker, Kelbury Family Centre); Lee Harper (Kelbury Talking Therapies, by phone). "
              "Apologies: Sister Jan Kerr (Ward 4), Kyle Pearce (did not reply)."),
        ("h2", "Updates"),
        ("p", "Rosie was admitted from the foster home on 16 May with breathing difficulties. She was on oxygen "
              "for two days and is now being tube-fed for part of each day. Sister Kerr told Ola by phone on "
              "21 May that Rosie is unsettled at night, cries when she is laid flat and calms when she is held "
              "upright against a shoulder, and that she smiles at the nurses who sing to her."),
        ("p", "Sue said that before she went into hospital Rosie was sleeping from 7pm to 5am, loved her bath "
              "and had started to reach for Sue when strangers came into the room. At contact Rosie had "
              "been slow to settle with Shannon and turned her head away during feeds."),
        ("p", "Shannon has signed a tenancy in Kennetsford and moves on 9 June. She wants Rosie home with her "
              "there. She has had two sessions with Talking Therapies for low mood and anxiety. The HV saw "
              "Rosie at the foster home on 7 May: weight on the 25th centile, all checks up to date."),
        ("h2", "Action plan"),
        ("table", {
            "header": ["Action", "Update"],
            "widths": [6.5, 10.5],
            "rows": [
                ["Keep in touch with Ward 4 about Rosie's progress while she is in hospital",
                 "SW Ola Bankole to ring Sister Kerr every Monday and Thursday for an update and write each "
                 "call up on Rosie's file."],
                ["Discharge planning meeting with the ward, the foster carers and Shannon",
                 "Not booked yet. SW Ola Bankole to agree a date with Sister Kerr before Rosie is medically fit "
                 "for discharge; the written discharge plan goes to Sue, Martin and Shannon on the day of the "
                 "meeting."],
                ["Parenting assessment of Shannon, including how she responds to Rosie's cues at contact",
                 "On hold until the case transfers to Kennetsford County Council. Their assessment team will "
                 "take it on after the transfer-in conference."],
                ["Supervised contact between Rosie and Shannon at Kelbury Family Centre",
                 "Paused while Rosie is on the ward, on the ward's advice. Restarts the week after discharge, "
                 "Monday, Wednesday and Friday 10-11.30am, supervised by contact worker Amy Lowe; contact notes "
                 "to the SW within 2 working days of each session."],
                ["Shannon to have therapy for her low mood and anxiety",
                 "Shannon has had 2 of 6 sessions. Lee Harper, psychological wellbeing practitioner at Kelbury "
                 "Talking Therapies, to carry on weekly sessions until 30/06/2025 and send the SW an attendance "
                 "letter each month."],
                ["Shannon to register with a GP near her new address",
                 "Shannon to do this when she can and give the SW the name of the surgery."],
                ["Foster carers to keep a daily diary of Rosie's feeds, sleep and health",
                 "Sue Barlow keeping this at home; while Rosie is on the ward the nurses' feed chart is used "
                 "instead. Sue to email the diary to the SW every Friday."],
                ["Find out whether Kyle wants to be assessed as a carer for Rosie and what contact he wants",
                 "Kyle has not replied to two letters. To be followed up, and the outcome recorded on Rosie's "
                 "file."],
                ["Rosie's 6-8 month developmental review",
                 "HV Priya Mistry to do this at the foster home within 2 weeks of discharge; ASQ-3 scores sent "
                 "to the SW and Sue."],
                ["Share any new information about Kyle or Shannon with the SW",
                 "Ongoing - all agencies; each item logged on Rosie's file."],
                ["Transfer of Rosie's plan to Kennetsford County Council",
                 "SW Ola Bankole to send the transfer-in request by 30/05/2025 and keep this plan running in "
                 "Kelbury until Kennetsford's transfer-in conference; their letter confirming the conference "
                 "date to go on file."],
            ],
        }),
        ("h2", "Legal planning"),
        ("p", "Rosie is accommodated with Shannon's agreement. If Shannon withdraws her agreement to section 20, "
              "or the parenting assessment has not started by the review conference, Ola will ask her team "
              "manager for a legal planning meeting."),
        ("h2", "Contingency"),
        ("p", "If there are any further concerns about Rosie's care, Ola will discuss them with her team "
              "manager and consider whether a strategy discussion is needed."),
        ("h2", "Next meetings"),
        ("p", "Core group every 4 weeks while Rosie is on a plan in Kelbury; the next is Thursday 19/06/2025, "
              "2pm, Kelbury Family Centre. Review child protection conference: Tuesday 01/07/2025, 10am, "
              "Kelbury Civic Centre."),
        ("p", "Record written by Ola Bankole on 23/05/2025 and sent to everyone present."),
    ],
    "findings": [
        F("X001", "Parenting assessment of Shannon, including how she responds"),
        F("M001", "Parenting assessment of Shannon, including how she responds"),
        F("H001", "Shannon to have therapy for her low mood and anxiety"),
        F("T002", "Shannon to register with a GP near her new address"),
        F("W001", "Find out whether Kyle wants to be assessed as a carer"),
        F("T001", "Find out whether Kyle wants to be assessed as a carer"),
        F("T002", "Share any new information about Kyle or Shannon"),
        F("W002", "Share any new information about Kyle or Shannon"),
        F("L001"),
        F("O001"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Review conference plan whose table has one "Who and when" column holding
#    both the owner and the timescale; no contingency (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b66_kendleby_rcpc_who_and_when_column_mahoney.md",
    "split": "heldout",
    "actions": 12,
    "template": "rcpc-plan-md-what-needs-to-happen-who-and-when-combined-column-how-we-will-know-no-contingency",
    "description": (
        "Review conference plan for a 12-year-old and a 7-year-old (mother's heavy drinking since their "
        "father died; grandmother and uncle carry much of the care). The table's middle column, 'Who and "
        "when', holds the owner and the timescale together ('Pauline Reid (MGM) - every Friday and Saturday "
        "night'). Faults: 'Family network' (W002), a row with an owner and no when (T001), 'when she is "
        "able' (T002), a dash for the measure (M001), 'Kerry engaging with the course' (M002), no contingency although the plan rests "
        "on the grandmother and uncle (C001, C003), the mother's drinking with no alcohol service owning "
        "anything (F004), and nothing about legal planning (R002). Hard negatives: 'daily, ongoing', "
        "'once, before the summer holidays', single agencies and named relatives as owners."
    ),
    "text": """\
# Kendleby Council – Child Protection Plan

**Children:** Finn Mahoney (12), Year 8, Kendleby High School; Daisy Mahoney (7), Year 2, Kendleby St Mary's Primary
**Mother:** Kerry Mahoney (38), 15 Tanyard Road, Kendleby
**Father:** Sean Mahoney died in March 2022.
**Grandmother:** Pauline Reid (64), Kerry's mum, Kendleby Vale (five minutes' drive)
**Uncle:** Shaun Reid (36), Kerry's brother, lives in Kendleby town centre
**Conference:** Review child protection conference, Wednesday 30 April 2025
**Category:** Neglect
**Social worker:** Aaron Dey, Kendleby Safeguarding Team 2
**Chair:** Margaret Oyelaran

## Why there is still a plan

Kerry has been drinking heavily since Sean died. On 14 February police found her
asleep on the sofa at 9pm, unable to be woken, with Daisy in the bath on her own
and Finn trying to get her out. Kerry told conference she drinks "a bottle of
wine most nights, more at the weekend". Her GP gave her the number for the
Kendleby Alcohol Service in March, but she has not rung it. Finn has been getting
Daisy up, making tea on weekdays, and missed 14 days of school last term.

## What's going well

Pauline has stayed at the house every Friday and Saturday night since February,
and Shaun has had the children every Wednesday after school. Kerry came to
conference sober and on time and said she "knows it has to stop". Finn's
attendance has gone up from 81% to 93% since Christmas.

## What Finn and Daisy say

Finn (seen on his own at school, 23 April): "It's better when Nan's there. On the
other nights I check Mum's glass and if it's the big one I sort Daisy's tea." He
said he would like to go to football training on Thursdays "without worrying
what's happening at home", and he wants his mum "to be like she was before Dad".

Daisy drew her family with Nan in the middle "because she does the best
pancakes". She told her teacher she does not like it "when Mummy is floppy"
and that she wants to "do swimming forever".

## What we want for Finn and Daisy

- Finn and Daisy are looked after every evening and every night by an adult who is sober.
- Finn goes to school every day and to football on Thursdays, and no longer has to make the tea or check on his mum.
- Daisy's teeth are seen by a dentist and she is never left in the bath on her own.

## The plan

| What needs to happen | Who and when | How we will know |
|---|---|---|
| See Finn and Daisy each on their own, at home and at school, and look in the fridge and the children's bedrooms | SW Aaron Dey – every week until the next review, at least one visit in three unannounced | Visit notes with each child's words and what was in the fridge |
| Stay overnight at Tanyard Road so a sober adult is in the house | Pauline Reid (MGM) – every Friday and Saturday night | Pauline signs the night sheet on the fridge; the SW checks it at each visit |
| Take Daisy to her swimming lesson and have tea with both children | Uncle Shaun Reid – every Wednesday, 4pm to 7pm | Swimming club register; Shaun texts the SW a photo of it each week |
| Ring Finn after school to check he and Daisy are home and their mum is sober | Pauline Reid (MGM) – every school day at 4pm | Pauline's call log, seen by the SW at each visit |
| Help with bedtime and getting ready for school on the nights Kerry has been drinking | Family network – Monday to Thursday evenings | Bedtime chart on the fridge, seen by the SW |
| Cut down her drinking and keep a drink diary | Kerry Mahoney | Drink diary kept on the fridge and shown to the SW |
| Check in with Finn in his mentoring slot and pass on anything he says about home | Mr Nathan Price, head of Year 8 – every Tuesday in term time | Mentoring log; anything about home passed to the DSL and the SW the same day |
| Check Daisy's attendance and punctuality, and ring Kerry if Daisy is not in by 9.15am | Mrs Grace Okon, DSL, Kendleby St Mary's – daily, ongoing | Attendance printout emailed to the SW every Friday |
| Take Daisy to the dentist about her toothache | Kerry Mahoney – when she is able | Dentist's appointment card seen by the SW |
| Young carer's assessment for Finn | Leona Marsh, Kendleby Young Carers – by 20 June 2025 | – |
| Strengthening Families course: six sessions on routines, boundaries and talking to children about drinking | Kerry Mahoney – six Thursday mornings from 5 June 2025 | Kerry engaging with the course |
| School nurse health review for both children, including Daisy's bedwetting | Kelly Orme, school nurse – once, before the summer holidays (by 18 July 2025) | Health review notes shared with the SW |

## Meetings

- Core group every 4 weeks at Kendleby St Mary's Primary, 4pm: Wednesday 14 May, 11 June and 9 July 2025.
- Next review child protection conference: Wednesday 29 October 2025, 10am, Kendleby Council House.
""",
    "findings": [
        F("W002", "Help with bedtime and getting ready for school"),
        F("T001", "Cut down her drinking and keep a drink diary"),
        F("T002", "Take Daisy to the dentist about her toothache"),
        F("M001", "Young carer's assessment for Finn"),
        F("M002", "Strengthening Families course: six sessions on routines, boundaries"),
        F("C001"),
        F("C003"),
        F("F004"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan whose first column is what each of the family
#    said they want, in their own words, merged down over the rows that work
#    towards it (pdf from a docx with four real vertical merges, landscape)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b66_kilverton_family_words_outcome_merged_farrow.pdf",
    "doc_title": "Child Protection Plan - Ellie Farrow and Josh Gill",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-plan-paged-landscape-family-words-outcome-first-column-merged-down-what-will-happen-who-by-when-how-we-will-know",
    "description": (
        "Initial conference plan for a 14-year-old and a 9-year-old after domestic abuse by the younger "
        "child's father, who has moved out under a non-molestation order; the mother has anxiety and "
        "flashbacks. The first column is the outcome in the family's own words, merged down over the 2 or "
        "3 rows that work towards it (four real vertical merges in the source docx). Faults: the father's "
        "'engagement with the programme' (M002), adult psychology only treating the mother (H001), a GP "
        "row with an empty measure (M001), 'As and when places allow' and 'Improvement in Josh's mood' "
        "(T002, M002), a CAMHS referral with '-' for who (W001), the mother's own wish as an outcome for "
        "her alone (F002), and the grandparents supervising contact with no fallback in the contingency "
        "(C003). Hard negatives: 'Fortnightly, ongoing', 'Within 24 hours of any call-out', the police "
        "and a school as single-agency owners, the perpetrator programme, CAMHS and the GP (never H001), "
        "and a specific contingency with a legal step. Header and page footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE · Kilverton Council · Children's Social Care",
    "footer": "Child protection plan - Ellie Farrow and Josh Gill - page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "check_vmerge": 4,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Children", "Ellie Farrow (14), Year 9, Kilverton Academy; Josh Gill (9), Year 4, Kingfisher "
                         "Primary"),
            ("Mother", "Nicola Farrow (35); the children live with her at 8 Weir Cottages, Kilverton"),
            ("Josh's dad", "Wayne Gill (40), Ellie's stepdad. Moved out on 02/05/2025 to his parents' house in "
                           "Kilverton; a non-molestation order protecting Nicola runs to 02/05/2026."),
            ("Grandparents", "Brian and Carol Gill, Wayne's parents (Josh's paternal grandparents)"),
            ("Conference", "Initial child protection conference, Tuesday 27/05/2025"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Grace Adeyemi, Kilverton Family Safeguarding Team"),
            ("Chair", "Martin Oduya"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Police were called to Weir Cottages five times between January and April 2025. On 30 April Wayne "
              "threw a mug at Nicola, cutting her forehead, while Ellie and Josh were in the kitchen; Ellie "
              "pulled Josh upstairs and rang 999. Wayne was arrested and has not lived at the house since. "
              "Nicola told conference the arguments had been going on \"for about three years, getting "
              "worse\". Since April she has had flashbacks, panic attacks and poor sleep; her GP has diagnosed "
              "an anxiety disorder and referred her to Kilverton Adult Psychology Service. Ellie has started "
              "having panic attacks at night. Josh misses his dad and has asked to see him."),
        ("h1", "What Ellie and Josh told us"),
        ("p", "Ellie (seen on her own at school on 20 May): \"I'm always listening for his car. Even now he's "
              "gone I can't sleep till Mum's locked the door twice.\" She said she looks after Josh \"because "
              "someone has to\" and that she wants to go back to dance on Fridays. She does not want to see "
              "Wayne."),
        ("p", "Josh (seen at home on 22 May, with his mum in the kitchen and then on his own): \"Dad shouts but "
              "he's fun at Nanna's.\" He would like to see his dad \"on Saturdays, at Nanna and Grandad's, "
              "not at ours\". He said he gets a tummy ache on school mornings."),
        ("h1", "Our plan"),
        ("table", {
            "header": ["What we want (in our own words)", "What will happen", "Who", "By when",
                       "How we will know"],
            "widths": [4.6, 7.0, 4.6, 3.8, 5.7],
            "rows": [
                ["Ellie: \"I want home to be calm, and not to jump every time the door goes.\"",
                 "Update the family safety plan with Nicola, Ellie and Josh, including what each child does if "
                 "Wayne comes to the house",
                 "IDVA Hollie Baptiste, Kilverton Domestic Abuse Service",
                 "By 13/06/2025",
                 "Written safety plan on file; Ellie and Josh can each tell the SW their part of it"],
                [V,
                 "Put a marker on the address so any 999 call gets an urgent response, and tell the SW about "
                 "any call-out",
                 "Kilverton Police (Domestic Abuse Unit)",
                 "Within 24 hours of any call-out",
                 "Each call-out logged on the children's file"],
                [V,
                 "See Ellie and Josh on their own, at home and at school, and ask how home has been since the "
                 "last visit",
                 "SW Grace Adeyemi",
                 "Fortnightly, ongoing",
                 "Visit notes with each child's own words written down"],
                ["Josh: \"I want to see Dad, but at Nanna and Grandad's, not at ours.\"",
                 "Supervise Josh's time with his dad at the grandparents' house, staying in the room the whole "
                 "time",
                 "PGPs Brian and Carol Gill",
                 "Every Saturday, 1pm to 4pm",
                 "Contact sheet signed by both grandparents and sent to the SW each week"],
                [V,
                 "Kilverton Men's Change Programme for Wayne, including the sessions on how abuse affects "
                 "children",
                 "Wayne Gill",
                 "26 weekly sessions from Thursday 05/06/2025",
                 "Wayne's engagement with the programme"],
                ["Nicola: \"I want to feel like me again and stop being on edge all the time.\"",
                 "Trauma-focused therapy for Nicola's anxiety and flashbacks",
                 "Dr Imogen Shaw, clinical psychologist, Kilverton Adult Psychology Service",
                 "Weekly for 12 weeks from 10/06/2025",
                 "Attendance recorded by the service"],
                [V,
                 "Review Nicola's medication and how she is sleeping",
                 "Dr Paul Osei, GP, Kilverton Health Centre",
                 "By 20/06/2025",
                 ""],
                ["Ellie and Josh: \"We want to be in school every day and see our mates.\"",
                 "Check Ellie's attendance each morning and ring Nicola by 9.30am if she is not in",
                 "Mrs Ruth Keane, DSL, Kilverton Academy",
                 "Every school day",
                 "Attendance printout emailed to the SW every Friday"],
                [V,
                 "Nurture group for Josh to help him settle in class",
                 "Kingfisher Primary",
                 "As and when places allow",
                 "Improvement in Josh's mood in class"],
                [V,
                 "Referral to Kilverton CAMHS for Ellie, who has panic attacks at night",
                 "-",
                 "By 13/06/2025",
                 "CAMHS acceptance letter on file"],
            ],
        }),
        ("h1", "If something happens"),
        ("p", "If Wayne comes to Weir Cottages, contacts Nicola or Ellie, or turns up at either school, Nicola or "
              "the school will ring 999 and the SW (or the emergency duty team out of hours) will hold a "
              "strategy discussion the same day. Josh's Saturday visits will stop until the risk has been "
              "looked at again. If Nicola and the children cannot stay safely at home, the IDVA will find them "
              "a refuge place through the Kilverton Women's Refuge that day."),
        ("p", "If there is another incident of violence at the house, or Nicola lets Wayne move back in before "
              "the review conference, the SW will ask the team manager for a legal planning meeting within 5 "
              "working days."),
        ("h1", "Meetings"),
        ("p", "Core group every 4 weeks at Kilverton Academy, 3.45pm: Tuesday 10/06/2025, Tuesday 08/07/2025 and "
              "Tuesday 05/08/2025. Review child protection conference: Tuesday 19/08/2025, 10am, Kilverton "
              "Council Offices."),
        ("p", "Plan agreed at conference and sent to Nicola, Wayne and every agency by Grace Adeyemi on "
              "28/05/2025."),
    ],
    "findings": [
        F("M002", "Kilverton Men's Change Programme for Wayne"),
        F("H001", "Trauma-focused therapy for Nicola's anxiety and flashbacks"),
        F("M001", "Review Nicola's medication and how she is sleeping"),
        F("T002", "Nurture group for Josh to help him settle"),
        F("M002", "Nurture group for Josh to help him settle"),
        F("W001", "Referral to Kilverton CAMHS for Ellie, who has panic"),
        F("F002", "I want to feel like me again and stop being on edge all the time."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Narrative plan written as running prose, full of hedged and passive
#    commitments ("will be referred", "it is hoped that", "will try to",
#    "will be offered") (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b66_kettlewold_narrative_hedged_passive_plan_pryor.txt",
    "split": "heldout",
    "actions": 9,
    "template": "icpc-plan-txt-upper-case-headings-narrative-paragraphs-one-sentence-per-action-hedged-and-passive-wording",
    "description": (
        "Initial conference plan for a 6-year-old whose mother has depression and uses cocaine at weekends, "
        "written as prose: each sentence of 'The plan' is an action, several of them hedged or passive "
        "('will be referred', 'it is hoped that', 'will try to', 'will be offered'). Faults: two "
        "passive actions with no owner (W001 x2), a referral, help and a 'look into' with no measure (M001 "
        "x3), 'over the coming months' and 'when she feels ready' (T002 x2), 'engage' (M002), the CMHT only "
        "supporting (H001), six of nine actions about the mother alone (F001), an "
        "outcome about the mother only (F002), nothing of Lily-Mae's wishes, feelings or days (F003), a "
        "contingency of 'further concerns ... considered' (C002) and no legal step (R002). Hard negatives: "
        "a hedged 'will try to' that still has an owner, a timescale and a measure, 'From September' as a "
        "start date, the GP owning an action, and a past referral in the background."
    ),
    "text": """\
KETTLEWOLD COUNCIL
Children's Services - Kettlewold South Locality Team

CHILD PROTECTION PLAN

Child:          Lily-Mae Pryor, born 09/01/2019 (6), Year 1, Rookery Lane Primary
Mother:         Stacey Pryor (30), 3 Foundry Yard, Kettlewold
Conference:     Initial child protection conference, Thursday 05/06/2025
Category:       Neglect
Social worker:  Owen Hale
Chair:          Linda Achebe

BACKGROUND

Stacey has had depression since she was a teenager and is prescribed sertraline
by her GP. She has a care coordinator at the Kettlewold Community Mental Health
Team. She told conference that she uses cocaine "a few times a month, at
weekends". On 17/05/2025 Stacey left Lily-Mae with a neighbour and did not come
back until 2am; the neighbour rang the police. Lily-Mae's school attendance is
84% and she has been late 22 times since January. A referral was made to Early
Help in March, but Stacey did not take up the offer. Stacey is behind with her
rent and wants to move nearer her sister.

WHAT WE HOPE WILL CHANGE

Stacey will be free from drugs and her mood will be better.

Lily-Mae will get to school every day and on time.

THE PLAN

Stacey will be referred to Kettlewold Recovery Service by 20/06/2025 for support with her cocaine use. It is hoped that Stacey will engage with the service and cut down her use over the coming months.

The Kettlewold Community Mental Health Team will continue to offer Stacey monthly appointments with her care coordinator, Mel Tran, to support her with her low mood, and each appointment will be recorded on the CMHT notes. Dr Farah Khan, the GP, will review Stacey's antidepressants on 12/06/2025 and write to the social worker with any change of dose.

Owen Hale (social worker) will try to help Stacey sort out her rent arrears and her application for a housing transfer by the end of July. Stacey will look into the Wellbeing College courses on confidence and anxiety when she feels ready.

Stacey will try to take Lily-Mae to school on time each day, and the school office will tell Owen about any late mark or absence the same day. Owen will visit Lily-Mae at home every two weeks and see her on her own, writing down what she says. From September, Lily-Mae will be offered a place at the school's lunchtime nurture group, and the group's register will show whether she goes.

CONTINGENCY

If things get worse at home or there are further concerns about Lily-Mae, the
case will be discussed with the team manager and a review of the plan will be
considered.

CORE GROUP AND REVIEW

Core group meetings will take place every six weeks, the first on Thursday
19/06/2025 and the second on Thursday 31/07/2025. The review child protection
conference will be held on Thursday 28/08/2025.

Plan written by Owen Hale, 06/06/2025.
""",
    "findings": [
        F("W001", "Stacey will be referred to Kettlewold Recovery Service"),
        F("M001", "Stacey will be referred to Kettlewold Recovery Service"),
        F("T002", "It is hoped that Stacey will engage with the service"),
        F("M002", "It is hoped that Stacey will engage with the service"),
        F("H001", "continue to offer Stacey monthly appointments with her care coordinator"),
        F("M001", "will try to help Stacey sort out her rent arrears"),
        F("T002", "Stacey will look into the Wellbeing College courses"),
        F("M001", "Stacey will look into the Wellbeing College courses"),
        F("W001", "Lily-Mae will be offered a place at the school's lunchtime"),
        F("F001"),
        F("F002", "Stacey will be free from drugs and her mood will be better."),
        F("F003"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Pre-birth plan for an unborn baby and a 4-year-old sister: timescales
#    tied to the pregnancy, the birth and discharge (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b66_kymbridge_pre_birth_plan_table_adair.md",
    "split": "heldout",
    "actions": 10,
    "template": "pre-birth-icpc-plan-md-unborn-and-sibling-what-needs-to-happen-who-when-how-we-will-know-pregnancy-and-birth-event-timescales",
    "description": (
        "Pre-birth conference plan for an unborn baby (due 18 August) and a 4-year-old sister: the mother "
        "had severe postnatal depression and an overdose after her first child, and the baby's father has "
        "a conviction for assaulting a former partner. What needs to happen | Who | When | How we will know "
        "table with timescales tied to the pregnancy and birth ('by 36 weeks', 'from the start of labour "
        "until Chloe and the baby are home', 'before the baby is discharged', 'every night for the first "
        "14 nights after discharge'). The perinatal team reports on capacity to change, the aunt's two "
        "tasks have a fallback, the 4-year-old's words and the unborn baby's observed days are recorded, "
        "dates and a legal step are set. Exemplary."
    ),
    "text": """\
# Pre-birth Child Protection Plan – Tia Adair and Baby Adair (unborn)

**Kymbridge Council · Children's Services · Early Years Safeguarding Team**

*Agreed at the pre-birth child protection conference on Tuesday 10 June 2025 and typed
up by Maya Ferris (social worker) the next day. Chloe and Jordan have a copy, and so
does every agency named in the plan.*

## Who is in the family

- **Tia Adair**, 4, goes to Little Owls Nursery, Monday to Thursday.
- **Baby Adair**, due on Monday 18 August 2025 at Kymbridge Maternity Unit.
- **Chloe Adair**, 23, mum. Tia and Chloe live at Flat 6, Chandlers Yard, Kymbridge.
- **Jordan Pike**, 25, the baby's father. He lives with his mum on Netherfold Road and is not Tia's dad.
- **Denise Adair**, 52, Chloe's aunt, who brought Chloe up from the age of 13 under a special guardianship order. She lives a mile away.

Tia's dad has had no contact since she was a baby. Category of plan: neglect. Chair: Bernadette Quayle.

## Why there is a plan

After Tia was born Chloe had severe postnatal depression. When Tia was 8 months old
Chloe took an overdose while she was alone with her; Denise found them and Tia
stayed with Denise for three weeks. Chloe also self-harmed between the ages of 14
and 17. She has been seen by the Kymbridge Perinatal Mental Health Team since she
was 20 weeks pregnant and says her mood is "OK but wobbly at night".

Jordan was convicted in 2022 of assaulting a former partner and had a restraining
order that ended last year. Chloe says he has never hurt her. They have agreed that
he will not stay overnight at Chloe's flat until his programme's mid-course report
has been seen by the core group.

## What is working well

Chloe has been to every antenatal appointment since 16 weeks and to every perinatal
appointment. She told conference about the overdose herself and said she wants
"everyone to know the signs this time". Denise has offered to stay for the first two
weeks after the birth and to have Tia during the birth. Jordan has signed up for the
Safer Families programme and came to conference.

## Tia and the baby

Tia (seen at nursery on 2 June and at home on 5 June): "I'm going to be a big sister.
I'm giving the baby my old bunny." She showed Maya where the cot will go. She said
she doesn't like it "when Mummy stays in bed and the curtains are shut", and that
Auntie Denise "makes the best fish fingers". Nursery say she is a chatty, confident
girl who sometimes asks at home time whether "Mummy is up".

The baby is growing well: the 28-week scan put the baby on the 50th centile. The
midwife has noticed that the baby moves a lot in the evenings, when Tia talks to the
bump, and that Chloe strokes her bump and talks to the baby at every appointment.

## What we want for Tia and the baby

- The baby comes home to a safe cot in Chloe's room, is fed on time and grows well.
- Tia keeps going to nursery every session and is never at home alone with a parent who is too unwell to care for her.
- Tia and the baby never see or hear violence at home.
- Tia and the baby are cared for by a mum who is well enough to get up with them every day and who tells someone early if her mood drops.

## The plan

| What needs to happen | Who | When | How we will know |
|---|---|---|---|
| See Tia on her own at nursery and at home, and see Chloe at home, looking at the baby's room and the cot | SW Maya Ferris | Every two weeks until the birth, then weekly for the first 8 weeks after the baby comes home | Visit notes with Tia's words written down and what was seen of the home and the cot |
| Antenatal appointments and growth scans, telling the SW about any missed appointment | Ruth Ambrose, specialist safeguarding midwife, Kymbridge Maternity Unit | At every appointment until the birth | Antenatal record; any missed appointment emailed to the SW the same day |
| Sessions with Chloe for her low mood and past self-harm, and a written view on whether she is making the changes she needs to care safely for a newborn and Tia, and how long that is likely to take | Sean Okafor, CPN, Kymbridge Perinatal Mental Health Team | Fortnightly from Tuesday 17 June 2025 until the review conference | Written report to the SW before each core group |
| Birth plan with Chloe, covering who is with her in labour and on the ward, and where Tia stays | Ruth Ambrose (midwife), with Chloe | By 36 weeks (Monday 21 July 2025) | Birth plan on the maternity record and copied to the SW |
| Discharge planning meeting on the postnatal ward with Chloe, Denise, the midwife and the HV | SW Maya Ferris | Before the baby is discharged from the maternity unit | Written discharge plan sent to Chloe, Denise and every agency on the day of the meeting |
| Stay at the flat and share the night feeds with Chloe | Denise Adair (Chloe's aunt) | Every night for the first 14 nights after discharge | Denise signs the feed chart on the fridge; the HV checks it at each visit |
| Look after Tia at her house while Chloe is in labour and on the ward, and take her to nursery as usual | Denise Adair | From the start of labour until Chloe and the baby are home | Nursery register shows Tia in; the SW speaks to Denise on each day Chloe is in hospital |
| Safer Families programme for Jordan, including the sessions on children and babies living with abuse | Jordan Pike; facilitator Anil Desai reports to the SW | Every Wednesday evening for 22 weeks from 18 June 2025 | Monthly attendance sheet; mid-course report to the SW at least 5 working days before the review conference |
| New birth visit, then weigh the baby and check feeding and safe sleep | HV Asha Goodwin, Kymbridge 0-19 Service | New birth visit within 14 days of the birth, then weekly for 8 weeks | Weight plotted in the red book, on or above the 9th centile; safe sleep checklist signed by Chloe |
| Record how Tia arrives at nursery, her mood and anything she says about home or the new baby | Lou Keogh, manager, Little Owls Nursery | Every session Tia attends (Monday to Thursday) | Daily record sheet; weekly summary emailed to the SW every Friday |

## If things go wrong

- If Chloe harms herself, says she has thoughts of harming herself or the baby, or stops going to the perinatal team, or if Jordan is found staying overnight at the flat or there is any violence, Maya (or the emergency duty team out of hours) will hold a strategy discussion the same day. Until it has met, Tia (and the baby, once born) will stay with Denise, and Sean Okafor will ask the perinatal crisis team to see Chloe within 24 hours.
- If Denise cannot stay for the first 14 nights or have Tia during the birth, because she is ill or away, Tia will stay with her godmother, Leah Grant (checked by Maya on 3 June), and Chloe and the baby will stay on the postnatal ward until a parent and baby foster placement is ready. If neither Denise nor Leah can have Tia, Maya will arrange a foster placement for her that day.
- If Chloe misses two perinatal appointments in a row, or Jordan is found staying at the flat, or there is any incident of violence before the birth, Maya will ask her team manager for a legal planning meeting within 5 working days to decide whether to start the pre-proceedings (PLO) process before the baby is born.

## Core group and review

- Core group every 4 weeks at Kymbridge Family Hub, 2pm: Tuesday 24 June, Tuesday 22 July and Tuesday 19 August 2025.
- Review child protection conference: Tuesday 16 September 2025, 10am, Kymbridge Council Offices.
""",
    "findings": [],
})
