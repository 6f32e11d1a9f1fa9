"""Batch 97, module n: seven fictional plans (tuning material), places beginning with "n".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: good plans whose measures and timescales are written in ways a linter
rarely meets, each in a different, unusual layout. Five plans are exemplary:
a Word table with a "What will be different for Kai" column and the owner
column merged down over each lead's rows, timescales tied to events (before
nursery starts, at every handover, the day after each contact); a PDF whose
actions sit in one small table per goal under a shared "Success for this
goal" line, owners as initials explained in a key and timescales from the
school and baby-health calendars; a Markdown plan written to an 11-year-old,
each point saying "you will see ..." or "Jess will tell us ..." with the owner
after a dash; a plain-text typed plan whose owners are job titles only, the
measure being the sentence after each action and the frequencies in words;
and a pre-birth PDF whose timescales are counted from the conference, the
weeks of pregnancy, the birth and the baby's checks, with a column naming
the record that will show each action worked. The other two (a Word plan
updated at the first core group, with a "We will know this is working
because..." column, and a Markdown tick-list with Do / Who / When / We'll see
fields) carry a realistic mix of faults among good rows.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, neglect, 3-year-old starting nursery, mother's depression,
#    arguments at contact handovers. Word table: "What will be different for
#    Kai" column as the measure; the Lead column (last) merged down over each
#    lead's rows; timescales are events. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b97_nettlegarth_icpc_merged_lead_different_for_kai_column_hollings.docx",
    "doc_title": "Child Protection Plan - Kai Hollings",
    "split": "tune",
    "actions": 13,
    "template": "icpc-word-plan-details-list-reasons-going-well-observed-day-outcomes-then-table-what-needs-to-happen-when-events-what-will-be-different-for-kai-measure-column-lead-column-last-merged-down-contingency-core-group",
    "description": (
        "Exemplary initial conference plan for a 3-year-old with tooth decay, speech delay and missed "
        "health checks whose mother has depression, and whose parents have argued at contact "
        "handovers. The measure column is headed 'What will be different for Kai', each cell naming "
        "the change for Kai and the record that shows it; the Lead column is the last column, merged "
        "down over each lead's rows; timescales are events (before Kai starts nursery, at every "
        "handover, the day after each contact, within 10 working days of the conference, before "
        "October half term). The primary care mental health practitioner assesses change, the "
        "grandmother's handovers have a fallback, legal planning follows named triggers, dates set."
    ),
    "check_vmerge": 4,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Nettlegarth District Council · Children and Families Service · Initial Child Protection Conference"),
        ("kv", [
            ("Child", "Kai Hollings, DOB 14/05/2022 (3 years 3 months)"),
            ("Address", "22 Fennel Court, Nettlegarth NG4 7LP"),
            ("Mother", "Chelsea Hollings (25); Kai lives with her"),
            ("Father", "Reece Dunmore (27), 9 Ashgrove, Nettlegarth; Kai sees him on alternate Saturdays"),
            ("Paternal grandmother", "Lorraine Dunmore, 6 Tansy Row, Nettlegarth"),
            ("Category", "Neglect"),
            ("Conference", "Tuesday 19/08/2025, Nettlegarth Civic Hall. Chair: Yvonne Marsh"),
            ("Social worker", "Aisha Renner, Assessment and Safeguarding Team (team manager: Colin Bright)"),
        ]),
        ("h1", "Why Kai needs a plan"),
        ("p", "Chelsea has depression and anxiety and since the spring has stayed in bed most mornings. Kai's "
              "two-year health review was missed twice, and in June four of his front teeth were taken out under "
              "general anaesthetic at Nettlegarth General because of decay. When the health visitor called at "
              "11.30am on 29/07/2025 Kai was in a nappy soaked through from the night and had eaten only a packet "
              "of crisps. He says about ten words that people outside the family can understand. On 05/07/2025 "
              "the police were called to a supermarket car park when Chelsea and Reece argued at a handover and "
              "Reece punched the car window beside Kai's car seat."),
        ("h1", "What is going well"),
        ("p", "Chelsea loves Kai and has been honest about how hard the mornings are. She saw her GP on "
              "30/07/2025, started medication and was referred to the Primary Care Mental Health Team. Lorraine "
              "sees Kai most weeks and has offered to have every handover at her house. Reece has not missed a "
              "contact this year. Kai has a place at Nettlegarth Nursery School, Monday to Thursday mornings, "
              "from 08/09/2025."),
        ("h1", "Kai's day: what Kai has shown us"),
        ("p", "Kai is 3 and uses single words and pointing. On the SW's visit at home on 12/08/2025 he was in "
              "front of the television in his pyjamas at 11am, ate a yoghurt very fast, then took Aisha's hand "
              "to show her his bed and said “Kai bed”; the bed had no sheet on it. At Lorraine's house on "
              "16/08/2025 he ran to the garden shouting “Nana swing”, ate a full plate of pasta and fell asleep "
              "on her sofa. When Aisha asked about Daddy's car he said “Daddy shout” and put his hands over his "
              "ears."),
        ("h1", "What we want for Kai"),
        ("bullets", [
            "Kai is up, washed, dressed and has eaten breakfast by 8.30am every day, and goes to nursery on "
            "every morning he is booked.",
            "Kai has his teeth brushed twice a day and has no new decay.",
            "Kai's speech is checked and he gets the help he needs to be understood by adults outside his "
            "family.",
            "Kai never sees or hears his parents arguing when he goes between them.",
            "Kai lives in a clean home with food in the cupboards and his own bed made up.",
        ]),
        ("h1", "The plan"),
        ("p", "Each lead is named once, in the right-hand column, beside every action they lead. The third "
              "column says what will be different for Kai when the action is working, and where anyone can see "
              "it."),
        ("table", {
            "header": ["What needs to happen", "When", "What will be different for Kai", "Lead"],
            "widths": [5.3, 3.5, 5.0, 3.2],
            "rows": [
                ["Visit Kai at home, at least one visit in three unannounced; look at his bedroom, the kitchen "
                 "cupboards and the fridge, and spend time with Kai on his own",
                 "Every Wednesday from 20/08/2025",
                 "Kai is dressed and has eaten by the time of a morning visit; the Mosaic visit log records what "
                 "was in his room and cupboards each week",
                 "Aisha Renner\nSocial worker (SW)\nNettlegarth Children and Families"],
                ["Take Kai and Chelsea on a settling-in visit to Nettlegarth Nursery School and fill in the "
                 "admission and health forms with Chelsea",
                 "Before Kai starts nursery on Monday 08/09/2025",
                 "Kai has seen his room and found his peg before his first morning; signed forms on the nursery "
                 "file",
                 V],
                ["Phone Lorraine to hear how Kai was during the contact and at both handovers",
                 "The day after each contact (alternate Sundays)",
                 "Kai's weekends are known about, not guessed at: a call note on Mosaic for every contact, with "
                 "what Lorraine saw",
                 V],
                ["Complete a parenting assessment of Chelsea, looking at how her depression shapes Kai's day from "
                 "waking to bedtime",
                 "Within 6 weeks of the conference (by 30/09/2025)",
                 "Kai's day is written out hour by hour in the report, shared with Chelsea and every core group "
                 "member by 30/09/2025",
                 V],
                ["Carry out Kai's missed 2 to 2½ year review (ASQ-3) at home, including his speech, teeth, height "
                 "and weight",
                 "Within 10 working days of the conference (by 02/09/2025)",
                 "Kai's ASQ-3 scores, height and weight are in his red book and sent to the SW; any score below "
                 "the cut-off is acted on the same week",
                 "Maggie Doyle\nHealth visitor (HV)\nNettlegarth 0-19 Service"],
                ["Refer Kai to Nettlegarth Children's Speech and Language Therapy and go with Chelsea and Kai to "
                 "his first appointment",
                 "Referral the day after the ASQ-3 review; first appointment before October half term "
                 "(24/10/2025)",
                 "Kai is seen by a speech therapist before half term: the acceptance letter and first appointment "
                 "letter are on his file",
                 V],
                ["Brush Kai's teeth with the fluoride toothpaste the dentist prescribed, and tick the brushing "
                 "chart on the fridge",
                 "Twice a day, after breakfast and at bath time",
                 "No new decay at Kai's check at Nettlegarth Community Dental Service on 15/10/2025; two ticks a "
                 "day on the chart the SW sees each Wednesday",
                 "Chelsea Hollings\n(Mum)"],
                ["Get Kai up, dressed and given breakfast, and walk him to nursery for the 9am start",
                 "Every morning he is booked, Monday to Thursday, from 08/09/2025",
                 "The nursery register shows Kai in by 9.10am at 95% or more of his sessions up to October half "
                 "term",
                 V],
                ["Assess Chelsea's depression and anxiety and see her each week for talking therapy; at each "
                 "session go through her morning log with her to see whether her mornings with Kai are changing",
                 "Assessment by 29/08/2025, then every Monday",
                 "Kai's mornings get easier: Chelsea's morning log and her PHQ-9 and GAD-7 scores are sent to the "
                 "SW each month",
                 "Owen Pask\nMental health practitioner, Nettlegarth Primary Care Mental Health Team"],
                ["Write to the core group with a view on whether Chelsea can make the changes Kai needs, the steps "
                 "still to come and how long they are likely to take",
                 "Two working days before each core group",
                 "Kai's plan rests on what his mum can really change: a written report is on file before every "
                 "core group",
                 V],
                ["Phone the SW the same morning if Kai has not arrived by 9.30am, or arrives hungry, in a soaked "
                 "nappy or in dirty clothes",
                 "Every session from 08/09/2025",
                 "Nobody has to wait to find out where Kai is: each call is logged on CPOMS and the week's log is "
                 "emailed to the SW every Friday",
                 "Mrs Harriet Quill\nDSL, Nettlegarth Nursery School"],
                ["Have every handover at 6 Tansy Row and pass Kai between Chelsea and Reece herself, so that his "
                 "parents do not meet",
                 "At every handover (alternate Saturdays, 10am and 5pm)",
                 "Kai does not see his parents argue: Lorraine's handover book is signed at each handover with "
                 "the times and who came, and the SW reads it every month",
                 "Lorraine Dunmore\n(paternal grandmother)"],
                ["Go to the Caring Dads programme at Nettlegarth Family Hub and take part in every session",
                 "17 weekly sessions, Thursdays at 6pm, from 11/09/2025",
                 "Kai has a dad who stays calm at handovers: the attendance sheet goes to the SW every month and "
                 "no argument is written in Lorraine's handover book",
                 "Reece Dunmore\n(Dad)"],
            ],
        }),
        ("h1", "If Kai's care slips (contingency plan)"),
        ("p", "If Kai is not at nursery by 9.30am twice in one week without a call from Chelsea, or any "
              "professional finds him at home unfed, unwashed or in a nappy soaked from the night, Aisha will "
              "visit the same day. If Chelsea cannot care for him safely that day, Kai will go to stay with "
              "Lorraine at 6 Tansy Row and Aisha will hold a strategy discussion with Nettlegarth Police and the "
              "HV the same day."),
        ("p", "If Lorraine cannot have Kai or cannot host a handover (for example she is ill or away), handovers "
              "will take place at the Nettlegarth Family Hub contact centre with a family support worker "
              "present, and if Kai needs somewhere to stay Aisha will place him with Nettlegarth foster carers "
              "that day."),
        ("p", "If Kai's nursery attendance is below 90% at October half term, there is another argument at a "
              "handover, or Owen's report says Chelsea cannot make the changes within Kai's timescale, Aisha will "
              "ask Colin Bright (team manager) for a legal planning meeting within 5 working days to decide "
              "whether to start the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 3 weeks, Tuesdays at 1.30pm, Nettlegarth Family Hub: 02/09/2025, 23/09/2025, "
            "14/10/2025 and 04/11/2025.",
            "Review child protection conference: Tuesday 11/11/2025, 10am, Nettlegarth Civic Hall.",
            "Before each core group Aisha will spend time with Kai at nursery and bring what she saw to the "
            "meeting.",
        ]),
        ("p", "Plan agreed at conference on 19/08/2025. Copies to Chelsea, Reece, Lorraine and every lead named "
              "above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review plan, father's alcohol misuse and one domestic abuse
#    incident, a 9-year-old and a 4-week-old. One small table per goal under
#    a shared "Success for this goal" line; each step still says what will be
#    seen. Owners are initials explained in a key; timescales from the school
#    and baby-health calendars. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b97_nunscombe_rcpc_goal_tables_success_lines_initials_key_mensah.pdf",
    "doc_title": "Review Child Protection Plan - Amara and Tobi Mensah",
    "split": "tune",
    "actions": 11,
    "template": "rcpc-word-plan-printed-to-pdf-page-header-footer-details-initials-key-list-since-last-conference-childrens-words-outcomes-then-goal-subheadings-each-with-shared-success-line-and-own-step-who-when-what-we-will-see-table-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a 9-year-old and her 4-week-old brother whose father "
        "drinks heavily and was arrested after pushing their mother in the spring. A Word plan printed to "
        "PDF with a page header and footer. Each goal has a shared 'Success for this goal' line and its "
        "own small table of steps, every step saying what will be seen; owners are initials explained in "
        "a key; timescales follow the school and baby-health calendars (the 6-8 week check, the "
        "16-week immunisations, October half term) and frequencies in words (twice a week, Tuesday and "
        "Friday). The alcohol service reports on change, the aunt's part has a fallback, legal planning "
        "follows named triggers, dates set."
    ),
    "header": "OFFICIAL-SENSITIVE · Nunscombe Borough Council · Children's Services",
    "footer": "Amara and Tobi Mensah – Review Child Protection Plan 04/09/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Nunscombe Borough Council · Children's Services · Safeguarding and Family Support (Harbour)"),
        ("kv", [
            ("Children", "Amara Mensah (9), DOB 22/01/2016; Tobi Mensah, born 07/08/2025 (4 weeks)"),
            ("Address", "15 Capstan Road, Nunscombe NU2 6HD"),
            ("Parents", "Grace Mensah (30) and Kwesi Mensah (34), married, both living at home"),
            ("Category", "Neglect and emotional abuse"),
            ("Conference", "First review, Thursday 04/09/2025 (pre-birth initial conference 12/06/2025). "
                           "Chair: Martin Oduya"),
        ]),
        ("h1", "Who's who: the initials used in this plan"),
        ("kv", [
            ("PN", "Priya Nandra, social worker, Nunscombe Children's Services (team manager: Ros Keele)"),
            ("JM", "Jo Marlow, health visitor, Nunscombe Healthy Child Team"),
            ("AK", "Dr Asif Kareem, GP, Harbour Lane Surgery"),
            ("LB", "Liam Barrow, recovery worker, Nunscombe Alcohol Service, Tidewater House"),
            ("RH", "Mrs Ruth Hallam, designated safeguarding lead, St Cuthbert's Primary"),
            ("SF", "Sadia Farah, learning mentor, St Cuthbert's Primary"),
            ("GM / KM", "Grace Mensah (Mum) / Kwesi Mensah (Dad)"),
            ("BO", "Blessing Owusu, Grace's sister, 8 Quayside Mews, Nunscombe"),
        ]),
        ("h1", "What has happened since the pre-birth conference"),
        ("p", "Kwesi drinks heavily, mostly at home in the evenings. On 19/04/2025 he pushed Grace, who was "
              "then 24 weeks pregnant, into a door while Amara watched from the stairs, and he was arrested. "
              "Since the pre-birth conference he has been assessed by the alcohol service and has cut down, but "
              "two of his last six breath tests were positive and the HV found cans in the recycling on 28/08/2025. "
              "Tobi was born at 39 weeks and has fed well; he is on the 25th centile. Amara's attendance was 89% "
              "last year and she was late on 22 mornings."),
        ("h1", "What Amara and Tobi have told us"),
        ("p", "Amara (seen on her own at school, 01/09/2025): “When Dad drinks he gets loud and Mum cries. I "
              "take Tobi's baby monitor into my room so I can hear him.” She gave home 5 out of 10 and Auntie "
              "Blessing's flat 10 out of 10. She wants her dad “to stop the cans” and to go back to Brownies."),
        ("p", "Tobi is 4 weeks old. At the HV's visit on 28/08/2025 and the SW's on 01/09/2025 he was clean, "
              "fed on time and settled quickly on Grace's chest. He startled and cried when Kwesi raised his "
              "voice on the phone, and settled again when Amara sang to him."),
        ("h1", "What we want for Amara and Tobi"),
        ("bullets", [
            "Amara and Tobi are only ever looked after by a sober adult.",
            "Tobi is fed, grows well and sleeps safely on his back in his own basket.",
            "Amara goes to school every day on time and has adults she can tell if home is not safe.",
            "Amara and Tobi do not see or hear arguments or violence at home.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan has three goals. Under each goal is the success we are aiming for, then a table of "
              "steps: every step has its own lead (initials, see the key), its own timescale and what we will "
              "see when it has been done."),
        ("h2", "Goal 1 – Tobi grows well and sleeps safely"),
        ("p", "Success for this goal: Tobi's weight stays on or above the 25th centile at every weigh up to "
              "the review, and he is found asleep on his back in his own Moses basket at every visit."),
        ("table", {
            "header": ["Step", "Who", "When", "What we will see"],
            "widths": [6.0, 1.8, 4.2, 5.0],
            "rows": [
                ["Weigh Tobi at home and plot his weight on the chart in his red book",
                 "JM",
                 "Every Monday until the 6-8 week check, then every other Monday until his 16-week "
                 "immunisations (27/11/2025)",
                 "The HV's weight chart, emailed to PN after each weigh, shows Tobi on or above the 25th "
                 "centile"],
                ["Carry out Tobi's 6-8 week physical check and ask Grace and Kwesi how feeds and nights are "
                 "going",
                 "AK",
                 "At the 6-8 week check, booked for 25/09/2025",
                 "Results written in the red book, and a copy sent to PN and JM within 5 working days"],
                ["Put Tobi down on his back in his Moses basket for every sleep, and never sleep with him on "
                 "the sofa or in their bed",
                 "GM and KM",
                 "Every sleep, day and night",
                 "Tobi found on his back in a clear basket at every HV and SW visit; the sleep diary on the "
                 "fridge filled in for every night"],
            ],
        }),
        ("h2", "Goal 2 – Amara and Tobi are only ever looked after by a sober adult"),
        ("p", "Success for this goal: three clear breath tests in a row by the first core group, a clear test "
              "at every appointment after that, and Amara telling PN at each visit that home has been calm."),
        ("table", {
            "header": ["Step", "Who", "When", "What we will see"],
            "widths": [6.0, 1.8, 4.2, 5.0],
            "rows": [
                ["Reassess Kwesi's drinking, agree a new relapse plan with him and breath-test him at every "
                 "appointment",
                 "LB",
                 "Reassessment within 10 working days of the conference (by 18/09/2025); then twice a week, "
                 "Tuesday and Friday",
                 "Breath test results emailed to PN every Friday: three clear tests in a row by the first core "
                 "group on 18/09/2025"],
                ["Write to each core group on whether Kwesi is making the changes his children need, and how "
                 "long any further change is likely to take",
                 "LB",
                 "Two working days before each core group",
                 "Written report on PN's file before every core group, with every test result since the last "
                 "one"],
                ["Drink no alcohol at home or before looking after Amara or Tobi, and keep no alcohol in the "
                 "house",
                 "KM",
                 "Every day, from 04/09/2025",
                 "No alcohol, cans or bottles seen at any HV or SW visit; every breath test at Tidewater House "
                 "clear"],
                ["Go to every session of the Nunscombe Respect at Home domestic abuse programme",
                 "KM",
                 "12 weekly sessions, Wednesdays at 6.30pm, from 10/09/2025",
                 "Facilitator's attendance record and end-of-course report sent to PN; no police call-outs to "
                 "15 Capstan Road"],
                ["Take Amara and Tobi to her flat whenever Grace or Amara rings to say Kwesi has been drinking, "
                 "and text PN that evening",
                 "BO",
                 "The same evening, every time she is rung",
                 "A text to PN for every stay; Amara can show PN Blessing's number on the card in her school "
                 "bag"],
            ],
        }),
        ("h2", "Goal 3 – Amara is at school every day and has adults she can talk to"),
        ("p", "Success for this goal: by October half term the attendance register shows Amara at 95% or more, "
              "and Amara can name two adults she would tell if home was not safe."),
        ("table", {
            "header": ["Step", "Who", "When", "What we will see"],
            "widths": [6.0, 1.8, 4.2, 5.0],
            "rows": [
                ["Check Amara's attendance every morning and phone Grace, then PN, if she has not arrived by "
                 "9.15am",
                 "RH",
                 "Every school day of the autumn term",
                 "The attendance register at 95% or more by October half term (24/10/2025); every call logged "
                 "on CPOMS"],
                ["Meet Amara for “worry time”, using her worry scale from 0 to 10",
                 "SF",
                 "Twice a week, Tuesday and Friday, after lunch",
                 "Amara's worry score written on each session sheet; the sheets sent to PN at October half term "
                 "and at the end of term"],
                ["Visit Amara and Tobi at home, with one visit a month unannounced, and see Amara on her own each "
                 "time",
                 "PN",
                 "Every Thursday after school, from 11/09/2025",
                 "LCS visit record shows Amara seen alone every week, her own words written down and her "
                 "“how safe is home” score"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Kwesi has a positive breath test, misses two appointments in a row, or is seen or heard to be "
              "drunk while the children are at home, he will leave the house that day to stay with his brother "
              "at 41 Salter Street, Amara and Tobi will stay with Grace, and PN will hold a strategy discussion "
              "with Nunscombe Police the same day. If Kwesi will not leave, Blessing will take Grace and the "
              "children to her flat that evening."),
        ("p", "If Blessing cannot have the children (she is working nights or away), PN, or the Emergency Duty "
              "Team out of hours, will arrange for Grace, Amara and Tobi to go to Nunscombe refuge or, if Grace "
              "will not go, for Amara and Tobi to be placed together with foster carers that evening."),
        ("p", "If Kwesi has two positive breath tests in any four weeks, or the police are called to the address "
              "again, PN will ask Ros Keele (team manager) for a legal planning meeting within 5 working days to "
              "decide whether to start the Public Law Outline."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks, Thursdays at 9.30am, Harbour Children's Centre: 18/09/2025, 16/10/2025 "
            "and 13/11/2025.",
            "Second review child protection conference: Thursday 04/12/2025, 2pm, Nunscombe Town Hall.",
            "Amara can come to the first part of any core group, or give Sadia her views to bring.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. ICPC plan written to an 11-year-old young carer whose mother has
#    depression and has taken two overdoses; her 4-year-old brother starts
#    school. Markdown letter-style plan: each point says when, then "you
#    will see ..." or "Jess will tell us ...", then the owner after a dash.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b97_nimbrey_my_plan_to_jess_owner_after_dash_pryor.md",
    "split": "tune",
    "actions": 10,
    "template": "icpc-markdown-plan-written-to-the-child-who-is-who-why-what-you-told-us-numbered-outcomes-then-goal-subheadings-bullets-action-when-you-will-see-then-owner-after-dash-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan written to an 11-year-old who has been caring for her mother, "
        "who has depression and has taken two overdoses, and for her 4-year-old brother. A markdown "
        "letter to Jess: each point says what will happen and when (every Tuesday after school, by "
        "October half term, from Rory's first day in Reception), then what Jess will see or what Jess "
        "will tell us, then the owner after a dash ('— Nan (Pauline Pryor)'). The CMHT care "
        "co-ordinator and psychiatrist both report on change, Nan's part has a fallback, legal planning "
        "follows named triggers, dates set."
    ),
    "text": """\
# My Child Protection Plan — Jess Pryor

*Written for Jess (11) and about Jess and Rory (4) after the child protection conference on Thursday
28 August 2025 at Nimbrey Civic Centre. Nadia, your social worker, will read it with you and leave you a copy.*

Nimbrey City Council · Children's Social Care · Locality Team West · Conference chair: Graham Ilori

## Who is in this plan

- **Jess Pryor**, 11 — starting Year 7 at Nimbrey Academy on Wednesday 3 September 2025
- **Rory Pryor**, 4 — starting Reception at Nimbrey Church School on Thursday 4 September 2025
- **Mum** — Kerry Pryor, 38
- **Nan** — Pauline Pryor, Mum's mum, 3 Orchard Walk, Nimbrey (ten minutes' walk)
- **Dad** — Steve Pryor, lives in Inverness; rings you on Sundays
- **Nadia Begum** — your social worker (her manager is Mark Salter)
- **Sam Whitaker** — Mum's care co-ordinator, a community psychiatric nurse at Nimbrey Community Mental Health Team
- **Dr Helen Marsh** — Mum's psychiatrist at the same team

## Why there is a plan

Mum has depression. Twice this year, in May and in July, she took too many of her tablets. In July it was you
who found her and rang 999, and you looked after Rory until Nan came. Since the spring you have been doing a
lot of the jobs at home: the shopping, Rory's tea and bath, and counting out Mum's tablets every morning. You
missed 19 days of school last year. The adults at the conference agreed that this is too much for an 11-year-old
and that you and Rory need a plan to keep you safe and looked after.

## What you told us

You told Nadia on 21 August: *"I count Mum's tablets because if I don't I worry she'll take them all. I'm
scared to go to big school because who will get Rory?"* You gave home 4 out of 10 for feeling safe and Nan's
house 9 out of 10. You said you want Mum to get better, to go to swimming club again and to have friends round.

Rory told Nadia that Nan makes the best fish fingers and that *"Mummy is sad in bed."* On both visits he
stayed close to you and asked you, not Mum, for a drink.

## What we want for you and Rory

1. You and Rory are looked after by an adult every day, and you don't have to look after Mum or Rory on your own.
2. You and Rory always know who to ring if Mum is unwell, and an adult comes straight away.
3. You go to school every day and settle into Year 7; Rory settles into Reception and is on time every day.
4. You have time to be 11: swimming club, friends round and sleepovers at Nan's.

## What will happen

Each point says what will happen and when, then what you will see (or what you will tell us), and then,
after the dash, who is doing it.

### So that you and Rory are looked after

- Come to see you and Rory at home every Tuesday after school, and see you on your own for part of every
  visit. You will see Nadia write down what you say, and you can read it back before she goes. — Nadia Begum,
  your social worker
- Visit Mum at home every Thursday to check how she is, go through her medicine with her and see how her
  days with you and Rory are going. Before each core group Sam will write to everyone saying whether Mum is
  making the changes she needs to make to care for you and Rory, and how long that is likely to take.
  — Sam Whitaker, Mum's care co-ordinator, Nimbrey Community Mental Health Team
- See Mum at clinic by Friday 19 September and then once a month, to check her medicine and decide how
  likely she is to stay well enough to look after you both, and how long any changes might take. Dr Marsh's
  letter will be with Nadia by Friday 26 September, and Nadia will tell you what it means for you.
  — Dr Helen Marsh, Mum's psychiatrist, Nimbrey Community Mental Health Team
- Collect Mum's tablets from the chemist on Nimbrey High Street every Friday, in a weekly pack, and keep them
  in the locked box at Mum's house. You will see the key on Nan's keyring, not in the kitchen drawer, and you
  won't need to count tablets any more. — Nan (Pauline Pryor)
- Get up with you and Rory every school morning from 4 September, make breakfast and walk Rory to school
  for 8.45am. Jess will tell us at each Tuesday visit whether Mum was up on school days, and Rory's teacher
  will see Mum at the gate. — Mum (Kerry Pryor)

### So that you know who to ring

- Make a safety card with you and Rory by Friday 5 September, with Nan's number, Mum's team's number and 999
  on it, and practise what you would do. At the first visit after that, Jess will tell Nadia the plan without
  looking at the card. — Nadia Begum, your social worker
- Come round within half an hour, or take you and Rory to 3 Orchard Walk, every time you ring to say Mum is
  unwell or you are worried. Nan will text Nadia the same evening each time, so Nadia can check every call
  was answered. — Nan (Pauline Pryor)

### So that school goes well

- Meet you on your first day at Nimbrey Academy, Wednesday 3 September, and then every Monday at break in
  the Hive to ask how things are. You will have a Hive pass, and Mrs Leigh will send Nadia your attendance
  every Friday: by October half term we want it to be 95% or more. — Mrs Carol Leigh, designated safeguarding
  lead, Nimbrey Academy
- Ring Nadia the same day if Rory is not in by 9am or is collected late, from his first day in Reception on
  Thursday 4 September. Nadia will look at the school's late book each week, so we will know Rory is getting
  there on time. — Mr Tom Ashby, designated safeguarding lead, Nimbrey Church School
- Do a young carer's assessment with you by October half term (Friday 24 October) and find you a place at
  the Friday club. You will get a letter with your club start date, and your list of jobs at home will be
  shorter at the review than it was at the conference. — Kemi Ade, Nimbrey Young Carers

## If things go wrong

- **If Mum seems very unwell** — she stays in bed all day, says she wants to hurt herself, or takes extra
  tablets — ring 999 if she is hurt, and then ring Nan. Nan will take you and Rory to her house that day, and
  Nadia will hold a safety meeting (a strategy discussion) with the police and Sam's team the same day.
- **If Nan can't come or can't have you** (she is poorly or away), Nadia, or the council's out-of-hours team,
  will find a foster family for you and Rory to stay with together that night, and you will be able to phone
  Mum and Nan.
- **If Mum takes another overdose, or Dr Marsh says she cannot stay well enough to look after you**, Nadia
  will ask Mark Salter for a legal planning meeting — a meeting with the council's lawyers — within 5 working
  days, to decide what has to happen next to keep you and Rory safe.

## Meetings

- **Core group** (the adults in your plan, with Mum and Nan): every 4 weeks on a Wednesday at 3.30pm at
  Nimbrey Family Hub — 10 September, 8 October and 5 November 2025. You can come for the first part.
- **Review child protection conference**: Thursday 20 November 2025 at 10am, Nimbrey Civic Centre. You can
  come, or tell Nadia what you want her to say.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. ICPC plan, both parents using cannabis daily and cocaine at weekends; a
#    14-month-old who swallowed a cannabis sweet, and a 6-year-old. Plain-text
#    typed plan: owners are job titles only; each numbered paragraph is one
#    action whose measure is the sentence after it; frequencies in words;
#    measures are counts and records. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b97_nethelby_icpc_typed_paragraphs_job_titles_fairbrother.txt",
    "split": "tune",
    "actions": 12,
    "template": "icpc-plain-text-typed-plan-underlined-section-titles-reasons-childrens-words-outcomes-then-numbered-paragraphs-job-title-owner-action-sentence-then-measure-sentence-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 14-month-old who swallowed part of a cannabis sweet and "
        "her 6-year-old brother, whose parents use cannabis every day and cocaine at weekends. A plain "
        "text typed plan: owners are job titles only (the social worker, the health visitor, the recovery "
        "worker, Grandad); each numbered paragraph is one action and the sentence after the action says "
        "what will be counted or seen (three clear tests in a row, the attendance register at 95%, the "
        "weight chart in the red book); frequencies are written in words (twice a week, Tuesday and "
        "Friday). The drug service reports on change, Grandad's weekends have a fallback, legal "
        "planning follows named triggers, dates set."
    ),
    "text": """\
Nethelby Metropolitan Council
Children's Services - Safeguarding Team North

CHILD PROTECTION PLAN
Initial child protection conference held on Monday 08/09/2025 at Nethelby Town Hall

Children:   Mia Fairbrother, DOB 10/07/2024 (14 months)
            Kayden Fairbrother, DOB 02/02/2019 (6), Year 2 at Ferndown Primary
Parents:    Stacey Fairbrother (27) and Lee Fairbrother (30), 31 Colliery Row, Nethelby NE9 4TB
Grandad:    Ray Cole, Stacey's father, 14 Pit Lane, Nethelby
Category:   Neglect

In this plan people are named by their job or their place in the family. Workers'
names and phone numbers are on the contact sheet given to Stacey and Lee with it.


Why Mia and Kayden need a plan
------------------------------

On 16/08/2025 Mia was taken to Nethelby General Hospital by ambulance after she found
a bag of cannabis sweets on the living room floor and ate part of one. She was kept in
overnight and recovered. Stacey and Lee told the hospital they both smoke cannabis
every day and use cocaine at weekends. Police found cannabis and a grinder within
reach of the children. Mia missed her 12-month review in August and her weight has
dropped from the 50th to the 25th centile. Kayden's school attendance last year was
84% and he was late 31 times; he often arrives without breakfast.


What Mia and Kayden have told us
--------------------------------

Kayden (seen on his own at school on 03/09/2025) said: "Mum and Dad's smoke smells like
skunk. At weekends they have friends round and it's loud and I put Mia's telly on."
He said he likes going to Grandad's "because he does proper tea and we feed the
ducks". He gave home 6 out of 10 and Grandad's 10 out of 10.

Mia is 14 months old. On the social worker's visits on 27/08/2025 and 04/09/2025 she was
crawling and pulling herself up on the furniture, putting everything she found in her
mouth. She was grizzly and hungry at 11am on the first visit and fed herself a whole
banana. She goes to Stacey for comfort and reaches for Kayden when he comes in.


What we want for Mia and Kayden
-------------------------------

(a) Mia and Kayden live in a home where no drugs are kept, used or left in reach.
(b) Mia and Kayden are always looked after by an adult who has not used drugs.
(c) Mia gains weight, is back on the 50th centile by the review and has her health
    checks on time.
(d) Kayden goes to school every day, on time and fed.


What will happen
----------------

Each numbered paragraph is one action: first who does what and how often, then, in
the next sentence, what will be counted or seen to show it is working.

1.  The social worker will visit Mia and Kayden at home twice a week, Tuesday and
    Friday, with one of the visits after 6pm and at least one visit a fortnight
    unannounced. Each visit record will say where the children were sleeping, what
    was within Mia's reach and what Kayden said when he was seen on his own.

2.  The health visitor will weigh and measure Mia at home every other Monday, starting
    on 15/09/2025. The weight chart in Mia's red book, copied to the social worker after
    each weigh, will show her climbing back towards the 50th centile.

3.  The health visitor will carry out Mia's missed 12-month review (ASQ-3) within 10
    working days of the conference. The ASQ-3 scores will be written in the red book
    and sent to the social worker in the same week.

4.  Mum and Dad will keep no drugs, grinders, lighters or cigarettes anywhere in the
    house or car, so that Mia cannot find them, every day from 08/09/2025. Every
    home visit record will say that the rooms Mia uses were checked and nothing was
    found.

5.  The recovery worker at Nethelby Drug and Alcohol Service will assess Mum and Dad
    within 10 working days of the conference and then see each of them once a week,
    with an oral fluid test at every appointment. The results will be emailed to the
    social worker each Friday, and we are looking for three clear tests in a row for
    each parent by the second core group.

6.  The recovery worker will write a report for every core group on whether Mum and
    Dad are making the changes Mia and Kayden need, and how long any further change is
    likely to take. The report will be on the social worker's file two working days
    before each core group.

7.  Grandad will look after Mia and Kayden at 14 Pit Lane every weekend, from Friday at
    6pm until Sunday at 12 noon, until the review conference. Grandad will sign the
    stay book each Sunday, and the social worker will see the children at Grandad's on
    one Saturday each month.

8.  Mum will walk Kayden to school for the 8.45am gate every school day, with his
    breakfast eaten, and collect him at 3.15pm. The attendance register will show Kayden
    at 95% or more by the Christmas holidays, with no late marks after the first two
    weeks of term.

9.  The designated safeguarding lead at Ferndown Primary will check Kayden's attendance
    every morning and phone the social worker by 10am on any day he is absent or late.
    The school will email the week's attendance figure and any late marks to the social
    worker every Friday.

10. Dad will take Mia to Little Acorns Nursery three mornings a week, Monday,
    Wednesday and Thursday, from 15/09/2025. The nursery sign-in sheet will show Mia in
    by 9.30am on those mornings, and the nursery manager will write down if she arrives
    hungry, unwashed or unwell and ring the social worker the same day.

11. The family support worker from Nethelby Family Hub will do six home sessions with
    Mum and Dad on keeping Mia and Kayden safe at home and planning weekends with the
    children without drugs, on Wednesday afternoons starting 17/09/2025. A home safety
    checklist will be scored at the first and sixth sessions and both scores will be
    sent to the social worker.

12. The social worker will do three sessions of direct work with Kayden at school,
    using the three houses tool, before October half term. Kayden's drawings and his
    own words will go on his file and be brought to the core group.


If things go wrong
------------------

If either parent has a positive test for cocaine, or drugs are found anywhere in the
house or car, or either child is found in the care of a parent who has used drugs,
the children will go to Grandad's that day and the social worker will hold a
strategy discussion with Nethelby Police the same day.

If Grandad cannot have the children (he is ill, away or working a night shift), the
social worker, or the Emergency Duty Team out of hours, will place Mia and Kayden
together with Nethelby foster carers the same day.

If either parent has two positive tests in any four weeks, or Kayden's attendance is
below 90% at October half term, the social worker will request a legal planning
meeting within five working days to decide whether to start the Public Law Outline.


Meetings
--------

Core group:  every three weeks, Thursdays at 10am, Ferndown Children's Centre -
             18/09/2025, 09/10/2025, 30/10/2025 and 20/11/2025.
Review child protection conference:  Monday 01/12/2025, 2pm, Nethelby Town Hall.

""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Pre-birth ICPC plan, mother with bipolar disorder who stopped lithium in
#    pregnancy, and a 2-year-old sister. Landscape table whose timescales are
#    counted from the conference, the weeks of pregnancy, the birth and the
#    baby's checks, with a column naming the record that will show each
#    action worked. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b97_nantlow_prebirth_relative_timescales_record_column_ashdown.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Poppy Ashdown and unborn baby",
    "split": "tune",
    "actions": 13,
    "landscape": True,
    "template": "prebirth-icpc-landscape-word-plan-printed-to-pdf-page-header-footer-details-list-worries-poppys-day-and-the-baby-outcomes-then-numbered-table-action-lead-when-counted-from-conference-pregnancy-birth-checks-record-that-will-show-it-contingency-meetings",
    "description": (
        "Exemplary pre-birth initial conference plan for an unborn baby and a 2-year-old whose mother has "
        "bipolar disorder, stopped her lithium early in pregnancy and had a manic episode after her first "
        "birth. A landscape Word plan printed to PDF with header and footer. Timescales are relative: "
        "within 10 or 20 working days of the conference, by 34 and 36 weeks of pregnancy, within 2 hours "
        "of admission in labour, before discharge from the postnatal ward, day 10 to 14, the 6-8 week "
        "check. The last column names the record that will show it (the red-book weight chart, the "
        "night feed chart, the visitors' sheet, the nursery register). The perinatal psychiatrist and "
        "CPN both assess change, the grandmother's part has a fallback, legal planning follows named "
        "triggers, dates set."
    ),
    "header": "OFFICIAL-SENSITIVE · Nantlow County Council · Children's Social Care",
    "footer": "Ashdown – Pre-birth Child Protection Plan (ICPC 10/09/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Nantlow County Council · Children's Social Care · Family Safeguarding Team (Vale)"),
        ("kv", [
            ("Children", "Poppy Ashdown, DOB 03/03/2023 (2); unborn baby, due 14/11/2025"),
            ("Address", "4 Millrace Cottages, Nantlow NT6 1BE"),
            ("Mother", "Rosie Ashdown (22), 30 weeks pregnant at conference"),
            ("Unborn baby's father", "Tom Vale (25), lives with Rosie and Poppy"),
            ("Poppy's father", "Josh Reid; no contact since 2023"),
            ("Maternal grandmother", "Janice Ashdown, 12 Weir Lane, Nantlow"),
            ("Category", "Neglect (Poppy and the unborn baby)"),
            ("Conference", "Wednesday 10/09/2025, Nantlow County Hall. Chair: Dr Lesley Hurst"),
            ("Social worker", "Jade Kirwan (team manager: Faisal Noor)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Rosie has bipolar disorder. Six weeks after Poppy was born she became manic, did not sleep for "
              "four nights and left Poppy alone in the flat while she walked into town; she was detained under "
              "section 2 of the Mental Health Act for five weeks and Janice cared for Poppy. Rosie stopped her "
              "lithium at 10 weeks of this pregnancy without telling anyone because she was worried about the "
              "baby. She told the midwife at 28 weeks that she is sleeping four hours a night and her thoughts "
              "are “going fast”. Women with bipolar disorder are at high risk of becoming very unwell in the "
              "first weeks after a birth."),
        ("h1", "What is going well"),
        ("p", "Rosie told the midwife about the lithium herself and has agreed to see the perinatal team. She "
              "and Tom have a warm relationship and Tom is at home in the evenings. Poppy is a healthy, lively "
              "2-year-old who goes to Willow Tree Nursery three days a week. Janice knows the warning signs of "
              "Rosie's illness and has said she will stay for the first two weeks after the birth."),
        ("h1", "Poppy's day, and the baby"),
        ("p", "Poppy was seen at home on 01/09/2025 and at nursery on 05/09/2025. She chatted in short "
              "sentences, showed Jade the new cot “for baby” and said “Mummy tired, Nana come”. At home she "
              "climbed onto Tom's lap with a book; at nursery her key worker says she is happy and plays well, "
              "but on Mondays after a weekend when Rosie has not slept she is tearful and clings at the door. "
              "The baby is growing well on scans. Rosie says the baby kicks most when Poppy sings to the bump."),
        ("h1", "What we want for Poppy and the baby"),
        ("bullets", [
            "The baby is born safely and goes home to a mother who is well, or to another safe adult, with a "
            "plan everyone knows.",
            "The baby is fed, gains weight and sleeps safely, and is never left alone with Rosie if she is "
            "becoming unwell.",
            "Poppy keeps her routine at nursery and at home, and is looked after by a well adult every day.",
            "Poppy and the baby are never left alone, and an adult acts the same day if Rosie shows her warning "
            "signs.",
        ]),
        ("h1", "The plan"),
        ("p", "The timescales are counted from fixed points: the conference (10/09/2025), the weeks of Rosie's "
              "pregnancy (due 14/11/2025), the birth, and the baby's health checks. The last column names the "
              "record that will show that each action has happened and is working."),
        ("table", {
            "header": ["No.", "Action", "Lead", "When", "The record that will show it"],
            "widths": [1.1, 8.2, 4.8, 5.2, 6.4],
            "rows": [
                ["1", "Visit Rosie, Tom and Poppy at home, see Poppy's room and the baby's cot, and spend time "
                      "with Poppy on her own",
                 "Jade Kirwan, social worker",
                 "Every week from the week after the conference; twice a week for the first 4 weeks after the "
                 "birth",
                 "Mosaic visit records: one a week before the birth and two a week after, each noting how Poppy "
                 "was and what she said"],
                ["2", "Complete a pre-birth parenting assessment with Rosie and Tom, including who cares for the "
                      "baby at night and what happens if Rosie becomes unwell",
                 "Jade Kirwan, social worker",
                 "Within 20 working days of the conference (by 08/10/2025)",
                 "Assessment report shared with Rosie, Tom and every core group member by 08/10/2025"],
                ["3", "Assess Rosie's mental state and her risk of relapse after the birth, agree her medication "
                      "for the rest of the pregnancy and the weeks after, and give a written view on whether she "
                      "can make and keep the changes needed to care for a newborn and Poppy, and how long that is "
                      "likely to take",
                 "Dr Nisha Patel, consultant perinatal psychiatrist, Nantlow Perinatal Mental Health Team",
                 "Appointment by 36 weeks of pregnancy (17/10/2025); written view by 24/10/2025",
                 "Psychiatrist's letter on Mosaic by 24/10/2025, with a medication plan signed by Rosie"],
                ["4", "Visit Rosie at home, score her mood and sleep against her relapse signature, and report "
                      "to each core group on whether she is staying well and making the changes in this plan",
                 "Ellen Fisher, community psychiatric nurse, Nantlow Perinatal Mental Health Team",
                 "Every week until the birth; every 3 days for the first 2 weeks after it; then every week",
                 "Relapse signature score in the CPN's notes at every visit; written update on file two working "
                 "days before every core group"],
                ["5", "Take her medication as set out in Dr Patel's plan, so that she stays well enough to care "
                      "for Poppy and the baby",
                 "Rosie Ashdown (Mum)",
                 "Every day, from the day Dr Patel's plan is agreed",
                 "Pharmacy collection dates and the CPN's tablet count at each visit show no missed doses"],
                ["6", "Write Rosie's birth plan: who is told when labour starts, how her sleep is protected on "
                      "the ward, and that she and the baby are not discharged without a professionals' meeting",
                 "Sian Lloyd, specialist safeguarding midwife, Nantlow General Hospital",
                 "By 34 weeks of pregnancy (03/10/2025)",
                 "Birth plan on the maternity record and copied to the SW, the perinatal team and Rosie"],
                ["7", "Tell the SW and the perinatal team that Rosie has been admitted in labour, and again when "
                      "the baby is born",
                 "Labour ward co-ordinator on duty, Nantlow General Hospital",
                 "Within 2 hours of Rosie's admission in labour, and within 2 hours of the birth",
                 "Emails from the labour ward logged on Mosaic with the time received"],
                ["8", "Hold a discharge planning meeting on the postnatal ward with the SW, the perinatal team, "
                      "the HV, Rosie, Tom and Janice",
                 "Sian Lloyd, specialist safeguarding midwife",
                 "Before Rosie and the baby leave the postnatal ward",
                 "Written discharge plan, signed by Rosie and Tom, sent to every core group member before "
                 "discharge"],
                ["9", "Do the new-birth visit at home and weigh the baby, see Poppy, and ask Rosie and Tom how "
                      "the nights are going",
                 "Becca Stone, health visitor, Nantlow 0-19 Service",
                 "New-birth visit on day 10 to 14; then every week until the 6-8 week check",
                 "Weights on the red-book chart, emailed to the SW after each visit; the baby back to birth "
                 "weight by day 14"],
                ["10", "Carry out the baby's 6-8 week check and Rosie's postnatal check in one appointment, "
                       "including how the baby is feeding and sleeping",
                 "Dr Imran Siddiqui, GP, Millrace Surgery",
                 "At the 6-8 week check (due 26/12/2025 to 09/01/2026)",
                 "Both checks written up and copied to the SW and the perinatal team within 5 working days"],
                ["11", "Do the baby's feeds from 10pm to 6am so that Rosie sleeps at least six hours a night",
                 "Tom Vale (baby's father)",
                 "Every night for the first 6 weeks after the birth",
                 "The night feed chart on the fridge, filled in by Tom and checked by the HV and SW at every "
                 "visit"],
                ["12", "Look after Poppy at 12 Weir Lane on the days Rosie has appointments, and stay at 4 "
                       "Millrace Cottages for the first two weeks after the birth",
                 "Janice Ashdown (maternal grandmother)",
                 "Every appointment day from the conference; day and night for the first 14 days after the "
                 "birth",
                 "Janice signs the visitors' sheet in the baby's folder each day; the SW checks it at each "
                 "visit"],
                ["13", "Keep Poppy's place and tell the SW the same day if she is absent or arrives tired, "
                       "hungry or upset",
                 "Ms Fay Gordon, manager, Willow Tree Nursery",
                 "Tuesday, Wednesday and Friday, every week",
                 "The nursery register shows Poppy at 95% or more of her sessions; every same-day call logged "
                 "on the nursery's safeguarding record"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Rosie shows two or more of the signs in her relapse signature (not sleeping for two nights in "
              "a row, racing thoughts, stopping her medication, believing the baby is in danger), Ellen will "
              "arrange a mental health assessment the same day, Tom or Janice will care for Poppy and the baby "
              "and will not leave Rosie alone with the baby, and Jade will hold a strategy discussion the same "
              "day. If Rosie needs to go into hospital, the perinatal team will ask for a mother and baby unit "
              "bed."),
        ("p", "If Janice cannot stay or look after Poppy (she is ill or away) and Tom cannot do the nights, Jade, "
              "or the Emergency Duty Team out of hours, will arrange for Poppy and the baby to stay together "
              "with Nantlow foster carers the same day."),
        ("p", "If Rosie does not restart her medication by 36 weeks of pregnancy, or Dr Patel's view is that "
              "she cannot stay well enough to care for a newborn without another adult with her at all times, "
              "Jade will request a legal planning meeting within 5 working days to decide whether to start the "
              "Public Law Outline before the birth."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks, Wednesdays at 11am, Nantlow Family Centre: 24/09/2025, 22/10/2025 and "
            "19/11/2025, with an extra core group within 5 working days of the birth.",
            "Review child protection conference: Wednesday 03/12/2025, 10am, Nantlow County Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. ICPC plan updated at the first core group: mother's alcohol misuse and
#    depression, a 6-year-old and a 14-year-old. Word table with the owner
#    written after the action in the same cell and a "We will know this is
#    working because..." column. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b97_nollerton_core_group_update_we_will_know_column_mcbride.docx",
    "doc_title": "Child Protection Plan (updated at first core group) - Leo and Ellie McBride",
    "split": "tune",
    "actions": 10,
    "template": "icpc-plan-updated-at-first-core-group-word-details-list-worries-childrens-words-outcomes-then-numbered-table-what-we-will-do-and-who-owner-after-dash-when-we-will-know-this-is-working-because-contingency-core-group",
    "description": (
        "Initial conference plan for a 6-year-old and a 14-year-old whose mother drinks most days and has "
        "depression, updated at the first core group. The Word table writes the owner after a dash in the "
        "action cell and has a 'We will know this is working because...' column; most rows are sound "
        "(weekly visits, the alcohol service reporting on change, the grandparents' teas, both schools). "
        "Faults: CBT that only treats the mother, measured by 'Dawn's mood improves'; the GP's medication "
        "review 'TBC'; 'Dawn's family' to keep an eye on Leo at weekends, 'monitored'; Ellie's "
        "counselling 'to be arranged' by nobody 'as soon as possible'; a home conditions check with no "
        "date; an outcome about the mother only; the grandparents carry the contingency with no "
        "fallback, and nothing leads to legal planning."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Nollerton City Council · Children's Services · Safeguarding Team 4"),
        ("p", "Plan made at the initial child protection conference on Tuesday 02/09/2025 and updated at the "
              "first core group on Tuesday 16/09/2025."),
        ("kv", [
            ("Children", "Leo McBride (6), DOB 11/04/2019, Year 2 at St Aidan's Primary; Ellie McBride (14), "
                         "DOB 27/06/2011, Year 10 at Nollerton High School"),
            ("Address", "58 Brindley Street, Nollerton NL3 5QA"),
            ("Mother", "Dawn McBride (39)"),
            ("Maternal grandparents", "Maureen and Des Tully, 7 Canal View, Nollerton"),
            ("Category", "Neglect"),
            ("Social worker", "Kirsty Lowe (team manager: Andy Pearce)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Dawn drinks most days, usually from late afternoon, and has depression. Since Easter Ellie has "
              "been getting Leo's tea, putting him to bed and getting him to school. On 09/08/2025 Dawn fell on "
              "the stairs while drunk and Ellie called an ambulance at 1am; Leo was woken and saw his mum "
              "bleeding. Leo's attendance was 86% last year and he was often late. Ellie has been missing "
              "lessons and told her form tutor she is “too tired to care”. There is often little food in the "
              "house and the children's bedrooms are cluttered and dirty."),
        ("h1", "What Leo and Ellie have said"),
        ("p", "Ellie (seen on her own, 28/08/2025): “I don't mind doing Leo's tea but I can't do my homework "
              "and I'm always worried about Mum. I like it at Nan and Grandad's because I can just be normal.”"),
        ("p", "Leo (seen at school, 29/08/2025): “Mummy falls asleep on the settee. Ellie makes me pasta. Nanna "
              "Maureen does fish fingers on Tuesdays.” He drew his house with his mum in bed and himself and "
              "Ellie in the kitchen."),
        ("h1", "What we want to be different"),
        ("bullets", [
            "Leo and Ellie are cared for every evening by a sober adult, and Ellie no longer does Leo's care.",
            "Leo goes to school every day on time, and Ellie goes to all her lessons.",
            "Leo and Ellie live in a clean home with food in the cupboards.",
            "Dawn stops drinking and her mood is stable.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["No.", "What we will do — and who", "When", "We will know this is working because…"],
            "widths": [1.0, 7.0, 3.4, 5.6],
            "rows": [
                ["1", "Visit Leo and Ellie at home, with one unannounced visit each month, and see each of them "
                      "on their own — Kirsty Lowe, SW",
                 "Weekly from 03/09/2025",
                 "…Leo's and Ellie's own words are in every Mosaic visit record, each with their score for home "
                 "out of 10"],
                ["2", "Assess Dawn's drinking, agree a reduction plan with her, breath-test her at each "
                      "appointment and report to each core group on whether she is making the changes Leo and "
                      "Ellie need — Callum Reid, recovery worker, Nollerton Alcohol Service",
                 "Assessed 10/09/2025; then every Tuesday",
                 "…breath test results reach the SW every Friday and show three clear tests in a row before "
                 "the next core group"],
                ["3", "Six sessions of CBT for Dawn's low mood — Nollerton Talking Therapies",
                 "Weekly from 29/09/2025",
                 "…Dawn's mood improves"],
                ["4", "Review Dawn's antidepressant medication and her sleeping tablets, and write to the SW — "
                      "Dr Sara Aziz, GP, Riverside Medical Centre",
                 "TBC",
                 "…the GP's letter setting out the medication plan is on the SW's file"],
                ["5", "Have Leo for tea at their house and walk him home at 7pm — Maureen and Des Tully, "
                      "maternal grandparents",
                 "Every Tuesday and Thursday",
                 "…Leo's reading record is signed by an adult on those evenings and Des texts the SW when Leo "
                 "is home"],
                ["6", "Keep an eye on Leo at weekends and let the SW know of any worries — Dawn's family",
                 "Every weekend",
                 "…it is monitored by the SW"],
                ["7", "Counselling for Ellie at the school wellbeing hub to be arranged",
                 "As soon as possible",
                 "…the hub's register shows Ellie at six sessions"],
                ["8", "Check Leo's attendance, punctuality and presentation every morning and phone the SW the "
                      "same day about any concern — Mrs Joanne Pryce, DSL, St Aidan's Primary",
                 "Every school day",
                 "…the register shows Leo's attendance, 86% last year, at 95% or more by October half term"],
                ["9", "Check Ellie's attendance at every lesson and meet her each week with her head of year — "
                      "Mr Dev Sandhu, DSL, Nollerton High School",
                 "Every Friday",
                 "…the lesson register shows no missed lessons, and Ellie names the adult she goes to when "
                 "she is worried"],
                ["10", "Complete a home conditions check with Dawn, room by room, and help her make the "
                       "children's bedrooms clean and safe — Lisa Carr, family support worker, Nollerton Family "
                       "Hub",
                 "",
                 "…the checklist is scored at the first and last visits, and the second score is higher"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Dawn is drunk while caring for Leo, or Ellie or Leo ring to say she has been drinking, Leo and "
              "Ellie will go to Maureen and Des's house at 7 Canal View that evening and Kirsty will hold a "
              "strategy discussion with Nollerton Police the same day."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 3 weeks, Tuesdays at 4pm, St Aidan's Primary: 07/10/2025, 28/10/2025 and "
            "18/11/2025.",
            "Review child protection conference: Tuesday 25/11/2025, 10am, Nollerton Civic Centre.",
        ]),
    ],
    "findings": [
        F("F002", "Dawn stops drinking and her mood is stable."),
        F("H001", "Six sessions of CBT for Dawn's low mood"),
        F("M002", "Six sessions of CBT for Dawn's low mood"),
        F("T002", "Review Dawn's antidepressant medication and her sleeping tablets"),
        F("W002", "Keep an eye on Leo at weekends"),
        F("M002", "Keep an eye on Leo at weekends"),
        F("W001", "Counselling for Ellie at the school wellbeing hub to be arranged"),
        F("T002", "Counselling for Ellie at the school wellbeing hub to be arranged"),
        F("T001", "Complete a home conditions check with Dawn, room by room"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. ICPC plan, mother with PTSD after domestic abuse who smokes cannabis
#    daily, a 4-year-old starting school and a 13-month-old. Markdown
#    tick-list: every item a task-list bullet with Do / Who / When / We'll
#    see fields. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b97_nabwick_icpc_tick_list_do_who_when_fields_boyce.md",
    "split": "tune",
    "actions": 10,
    "template": "icpc-markdown-tick-list-plan-family-table-worries-childrens-words-outcomes-then-task-list-bullets-do-who-when-well-see-fields-grouped-under-subheadings-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 4-year-old starting Reception and a 13-month-old whose mother has "
        "PTSD after domestic abuse and smokes cannabis every day. A markdown tick-list: every action is a "
        "task-list bullet with Do, Who, When and We'll see fields; most are sound (weekly visits, the "
        "drug service reporting on change, Nan's Saturdays with a fallback, the school DSL). Faults: "
        "Harley's speech referral with nothing to show it happened, EMDR that only treats the mother, a "
        "hair strand test with no one named, parenting support 'ongoing' measured by 'Jodie's confidence "
        "improves', 'everyone visiting' to look out for cannabis, 'monitored'; the review conference "
        "date is 'to be confirmed'."
    ),
    "text": """\
# Child Protection Plan: Harley and Skye Boyce

Nabwick District Council · Children's Services · Safeguarding Team South
Initial child protection conference: Thursday 11/09/2025, Nabwick Council House · Chair: Ruth Adeleke
Category: neglect

| Family | |
|---|---|
| Harley Boyce | 4, DOB 19/05/2021; started Reception at Nabwick Infant School on 04/09/2025 |
| Skye Boyce | 13 months, DOB 06/08/2024 |
| Jodie Boyce | Mum, 23; 21 Heron Court, Nabwick NB5 2LT |
| Connor Lane | Skye's dad; restraining order, no contact with Jodie or the children until 2027 |
| Tina Boyce | Nan (Jodie's mum), 40 Sandpiper Way, Nabwick |

## What we are worried about

Jodie left Connor in January after two years of domestic abuse. She has since been diagnosed with post-traumatic
stress disorder: she has nightmares and flashbacks and does not go out after dark. She smokes cannabis every day,
she says "to get to sleep", and the flat smells strongly of it. On 22/08/2025 the health visitor found Skye alone
in her cot with a bottle propped on a pillow while Jodie was asleep on the sofa at 2pm, and a lit joint in an
ashtray on the windowsill. Skye missed her 12-month review in July. Harley's nursery said his words are hard to
understand and that he often arrived hungry and late.

## What Harley and Skye have shown us

Harley (seen on his own at school, 09/09/2025) said: "Mummy cries in the night. I give Skye her dummy." He pointed
to the windowsill and said "Mummy's smoky" and held his nose. He was excited about his new school and showed the
SW his reading book. Skye, 13 months, was seen on 22/08 and 05/09: she crawls fast, pulls up on the sofa and
babbles "Nana". She was clean and smiley, but her nappy rash was sore and she drank her bottle very quickly.

## What we want for Harley and Skye

1. Harley and Skye are looked after by a mum who is awake, alert and free of cannabis whenever she is caring for them.
2. Skye is fed, changed and checked on, and her health checks are up to date.
3. Harley goes to school every day, on time and fed, and gets help with his talking.
4. Harley and Skye never see or hear Connor, and feel safe at home.

## Our plan: tick it off together

Every item says what we will **do**, **who** will do it, **when**, and what **we'll see** when it is done.

### Looking after Harley and Skye every day

- [ ] **Do:** Visit Harley and Skye at home and see Harley on his own for part of each visit · **Who:** Femi
  Adeyinka, SW · **When:** every Monday, plus one unannounced visit a month · **We'll see:** visit notes with
  Harley's words and where Skye slept the night before
- [ ] **Do:** Weigh Skye and do her missed 12-month development review (ASQ-3) · **Who:** Nicola Payne, HV
  · **When:** by 26/09/2025, then weigh her every month · **We'll see:** ASQ-3 scores and weights in the red
  book, copied to the SW
- [ ] **Do:** Refer Harley to speech and language therapy · **Who:** Nicola Payne, HV · **When:** by
  26/09/2025 · **We'll see:** —
- [ ] **Do:** Have Harley and Skye at her house every Saturday from 10am to 5pm · **Who:** Tina Boyce
  (Nan) · **When:** every Saturday · **We'll see:** Nan's diary of each Saturday, read by the SW at the first
  visit each month
- [ ] **Do:** Check Harley's attendance and how he presents every morning, and ring the SW by 10am if he is
  not in · **Who:** Mrs Ann Okoro, DSL, Nabwick Infant School · **When:** every school day from 15/09/2025
  · **We'll see:** the register at 95% or more by October half term; calls logged on CPOMS

### Jodie's recovery

- [ ] **Do:** Assess Jodie's cannabis use, agree a plan with her to cut down and stop, test her oral fluid at
  each appointment and report to each core group on whether she is making the changes Harley and Skye need
  · **Who:** Reuben Clarke, recovery worker, Nabwick Recovery Partnership · **When:** assessment by
  19/09/2025, then every Wednesday · **We'll see:** test results to the SW every Friday; four clear tests in
  a row by the review
- [ ] **Do:** Trauma-focused therapy (EMDR) for Jodie's PTSD · **Who:** Nabwick Adult Psychological
  Therapies · **When:** 12 weekly sessions from 06/10/2025 · **We'll see:** attendance letters sent to the SW
- [ ] **Do:** Hair strand test for cannabis and cocaine to be arranged · **Who:** — · **When:** by
  30/09/2025 · **We'll see:** result shared with the SW and the core group
- [ ] **Do:** Parenting support for Jodie at home (routines, bedtimes, play) · **Who:** Gemma Ward, family
  support worker · **When:** ongoing · **We'll see:** Jodie's confidence improves
- [ ] **Do:** Look out for signs that Jodie has been smoking cannabis around the children · **Who:** everyone
  visiting the home · **When:** at every visit · **We'll see:** monitored

## If things go wrong

- If Jodie is found asleep or under the influence of cannabis while she is the only adult with the children, or
  anyone smells cannabis smoke in the flat, the SW will visit the same day and Harley and Skye will go to Nan's
  house at 40 Sandpiper Way until a strategy discussion has been held the same day.
- If Nan cannot have the children (she is ill, at work or away), the SW, or the Emergency Duty Team out of hours,
  will place Harley and Skye together with Nabwick foster carers that day.
- If Connor comes to the flat, the school or the nursery, Jodie or the school will ring 999 and the SW will hold
  a strategy discussion with Nabwick Police the same day.
- If Jodie has not had four clear tests in a row by the review, or the children are found alone with her while she
  is under the influence, the SW will request a legal planning meeting within 5 working days to decide whether to
  start the Public Law Outline.

## Meetings

- Core group: every 3 weeks, Thursdays at 1pm, Nabwick Family Hub — 25/09/2025, 16/10/2025 and 06/11/2025.
- Review child protection conference: date to be confirmed.
""",
    "findings": [
        F("M001", "Refer Harley to speech and language therapy"),
        F("H001", "Trauma-focused therapy (EMDR) for Jodie's PTSD"),
        F("W001", "Hair strand test for cannabis and cocaine to be arranged"),
        F("T002", "Parenting support for Jodie at home (routines, bedtimes, play)"),
        F("M002", "Parenting support for Jodie at home (routines, bedtimes, play)"),
        F("W002", "Look out for signs that Jodie has been smoking cannabis"),
        F("M002", "Look out for signs that Jodie has been smoking cannabis"),
        F("R001"),
    ],
})
