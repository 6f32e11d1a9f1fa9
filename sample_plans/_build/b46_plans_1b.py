"""Batch 46, module 1b: seven fictional plans (tuning material), places beginning with "m".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: timescales written the many ways teams write them - event anchors
(within 5 working days of conference, by the 36-week scan, before discharge
from the neonatal unit, within 72 hours of a return from missing, at each
core group), frequencies (fortnightly on Tuesdays, every school day, twice a
week until the review conference), relative periods (within 10 days, by the
end of next month), week-commencing dates, dates in their own column or inside
the action sentence, and one date written once over a group of actions (a
vertically merged cell). Vague timescales ("ASAP", "ongoing", "when
possible", "in due course", "TBC", "as and when") appear only in the three
faulty plans, beside precise ones. Four plans are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Review conference plan, "Deadline or how often" column with one date
#    merged down over groups of actions. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b46_menderholt_rcpc_merged_deadline_groups_trevaskis.docx",
    "doc_title": "Child Protection Plan (review) - Joss and Pip Trevaskis",
    "split": "tune",
    "template": "rcpc-plan-docx-numbered-sections-no-what-we-are-going-to-do-whose-job-deadline-or-how-often-merged-down-over-groups-what-will-tell-us-it-has-worked",
    "description": (
        "Exemplary review-conference plan for a 9-year-old and a 3-year-old (neglect; mother's recurrent "
        "depression under the CMHT). Five-column table headed 'Whose job' / 'Deadline or how often' / "
        "'What will tell us it has worked', where one deadline ('By Friday 1 August 2025', 'w/c 21 July "
        "2025') is written once in a vertically merged cell over a group of rows; other rows give "
        "frequencies ('Every school day', 'Fortnightly on Tuesdays'). The CPN reports on capacity to "
        "change, the GP owns a row, the contingency is specific with a fallback, and core group, review "
        "and legal planning are set."
    ),
    "check_vmerge": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Menderholt Borough Council · Children and Families Service · Locality Team West"),
        ("p", "Agreed at the review child protection conference on 9 July 2025. It replaces the plan made at "
              "the initial conference on 16 April 2025."),
        ("kv", [
            ("Children", "Joss Trevaskis, 9 (Year 4, St Wenna's Primary); Pip Trevaskis, 3 (Blue Door "
                         "Pre-school, three mornings a week)"),
            ("Lives with", "Nadine Trevaskis (mum), 4 Penhallow Terrace, Menderholt"),
            ("Dad", "Marc Trevaskis, 12 Chapel Row, Menderholt – has the children every Sunday"),
            ("Category", "Neglect"),
            ("Social worker", "Tobias Reyes"),
            ("Conference chair", "Anne-Marie Fogg"),
        ]),
        ("h1", "1. Why there is still a plan"),
        ("p", "In the spring Joss had missed 14 school days and was late on most of the others. Pip had two "
              "decayed front teeth and was saying only a handful of words. On three visits there was little "
              "food in the house, and Joss was sleeping on the living room sofa because his room was full "
              "of boxes. Nadine has had recurrent depression since her teens; she stopped seeing the "
              "community mental health team over the winter and spent much of February and March in bed."),
        ("p", "Since April Nadine has gone back to the CMHT and restarted her antidepressant, and Joss's "
              "attendance this half-term is 91%. Conference agreed this is real progress but that it is "
              "recent, that the mornings still depend on how Nadine is feeling, and that Pip's teeth and "
              "speech have not yet been seen to. The plan continues."),
        ("h1", "2. Joss and Pip"),
        ("p", "Joss (seen on his own at school, 2 July): \"Mum's getting up more now. I like it when she "
              "does toast and we walk to school together.\" He said he still worries on the days she stays "
              "in bed \"because then I have to sort Pip\". He would like his own room back \"with my Lego "
              "on a shelf\". On a scale of 0 to 10 he put home at 6, up from 3 in April."),
        ("p", "Pip does not yet talk in sentences. Her key person says she arrives hungry on about one "
              "morning in three and eats two bowls of cereal. At home she follows Nadine from room to room "
              "and points at the fridge when she wants a drink. She goes to her dad happily on Sundays and "
              "comes back clean and fed."),
        ("h1", "3. What has to be true for Joss and Pip by the next review"),
        ("bullets", [
            "Joss gets to school on time every day, after breakfast, and no longer has to get Pip ready.",
            "Pip's teeth are treated, she can eat without pain, and she is getting help with her talking.",
            "Both children sleep in their own beds, in clean rooms, and there is food in the house every day.",
            "Joss and Pip are looked after by a mum who is well enough to get them up, fed and out in the "
            "mornings, with help ready if her mood drops.",
        ]),
        ("h1", "4. What we will do, whose job it is and by when"),
        ("p", "Where several jobs share one deadline, the date is written once across them."),
        ("table", {
            "header": ["No.", "What we are going to do", "Whose job", "Deadline or how often",
                       "What will tell us it has worked"],
            "widths": [1.0, 5.3, 3.3, 3.0, 4.4],
            "rows": [
                ["1", "Visit Joss and Pip at home, see each child on their own, and look at the food in the "
                      "kitchen and at both bedrooms",
                 "Tobias Reyes, social worker", "Every 10 working days; at least one visit a month unannounced",
                 "Visit record lists the food in the house, the state of each bedroom and what Joss said, "
                 "at every visit"],
                ["2", "Meet Joss at the school gate, and ring home by 9.30am if he has not arrived",
                 "Mr Gareth Polglase, attendance lead, St Wenna's Primary", "Every school day",
                 "School register sent to the SW each Friday; Joss's attendance at 95% or above by October "
                 "half-term"],
                ["3", "Write down how Pip arrives at each session (fed, clean, on time) and who brings and "
                      "collects her",
                 "Kerensa Hobbs, Pip's key person, Blue Door Pre-school",
                 "Every session: Monday, Tuesday and Wednesday mornings",
                 "Arrival sheet emailed to the SW every Friday, with no more than one late arrival in any "
                 "two weeks"],
                ["4", "Take Pip to the community dental clinic for treatment of her two decayed front teeth",
                 "Nadine Trevaskis", "By Friday 1 August 2025",
                 "Letter from the dental clinic confirming the treatment, seen by the HV"],
                ["5", "Refer Pip to Menderholt Speech and Language Therapy, enclosing the pre-school's notes "
                      "on the words she uses",
                 "Lowenna Crago, health visitor", V,
                 "Referral accepted in writing and the first appointment date shared with Nadine and the SW"],
                ["6", "Clear the back bedroom so that Joss has his own bed, a working light and somewhere to "
                      "keep his school things",
                 "Nadine Trevaskis, with help from Ana Ruiz (FSW)", V,
                 "SW sees Joss's bed made up and the light working at the first visit after 1 August"],
                ["7", "Home sessions with Nadine on the school-morning routine: alarm, breakfast, book bags, "
                      "and out of the door by 8.30am",
                 "Ana Ruiz, family support worker, Menderholt Family Hub",
                 "Fortnightly on Tuesdays, 7.45–9am, for 12 weeks from 15 July 2025",
                 "Joss is in class by 8.50am on every session day (school register)"],
                ["8", "See Nadine at home, check her mood, sleep and medication, and tell each core group in "
                      "writing whether she is making the changes Joss and Pip need and how long her "
                      "recovery is likely to take",
                 "Wenna Trethowan, community psychiatric nurse, Menderholt Community Mental Health Team",
                 "Every other Thursday; written update before each core group",
                 "Written update at every core group with Nadine's PHQ-9 score and the CPN's view of "
                 "whether she can keep the children's routines going"],
                ["9", "Review Nadine's antidepressant now that she has restarted it, and send the CPN and the "
                      "SW a note of any change",
                 "Dr Hedra Pascoe, GP, Fore Street Surgery", "By 25 July 2025",
                 "GP's note on the children's file; monthly prescription collected (pharmacy record checked "
                 "by the CPN)"],
                ["10", "Explain the plan to Joss in words he understands, and give him a card with the names "
                       "of his safe adults and the SW's number",
                 "Tobias Reyes, social worker", "w/c 21 July 2025",
                 "At the next visit Joss can name his safe adults, and the card is in his book bag"],
                ["11", "Meet Nadine and Marc together to write down the Sunday handover arrangements: who "
                       "collects, where and at what time",
                 "Tobias Reyes, social worker", V,
                 "Handover agreement signed by both parents, with a copy each and one on file"],
                ["12", "Have Joss and Pip from 10am to 5pm, bring them back fed and bathed, and ring the SW "
                       "the same evening if anything about their care worries him",
                 "Marc Trevaskis (dad)", "Every Sunday",
                 "Contact book signed by Marc and Nadine at each handover and read by the SW at visits"],
            ],
        }),
        ("h1", "5. If the plan is not keeping Joss and Pip safe"),
        ("p", "If Joss misses two school days in one week with no reason given, if Pip arrives at pre-school "
              "hungry or unwashed at three sessions in a fortnight, or if Nadine is found unable to get up and "
              "care for the children, the SW (or the emergency duty team out of hours) will visit that day "
              "and hold a strategy discussion the same day. The children will stay with Marc at 12 Chapel "
              "Row while the CMHT crisis team sees Nadine that day. If Marc cannot have them, the SW will "
              "place Joss and Pip together with approved foster carers that night."),
        ("h1", "6. Checking the plan"),
        ("bullets", [
            "Core group every 4 weeks at St Wenna's Primary, 3.45pm: 6 August, 3 September and 1 October 2025.",
            "Review child protection conference: 22 October 2025, 10am, Menderholt Council House.",
            "If Joss's attendance is below 90%, or Pip's dental treatment has not happened, by the core group "
            "on 3 September 2025, the SW will ask the team manager for a legal planning meeting within 5 "
            "working days.",
        ]),
        ("p", "Copies to: Nadine and Marc Trevaskis; St Wenna's Primary; Blue Door Pre-school; Lowenna Crago "
              "(HV); Menderholt CMHT; Fore Street Surgery; Menderholt Family Hub."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Pre-birth plan as a forward diary: first column "When" holds dates,
#    gestation and events. Landscape PDF, header and page footer. Exemplary
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b46_mossingdale_prebirth_forward_diary_paged_okwuosa.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Forward Diary - Baby of Chioma Okwuosa",
    "split": "tune",
    "template": "prebirth-plan-paged-landscape-babys-world-then-forward-diary-table-when-column-first-dates-gestation-and-event-anchors-what-happens-who-how-we-will-know",
    "description": (
        "Exemplary pre-birth plan for the unborn baby of a mother with bipolar disorder (perinatal team) "
        "and a father who uses cannabis. The plan is a chronological 'forward diary' whose first column "
        "gives each step's timescale as a date, a week of pregnancy or an event ('Within 5 working days "
        "of conference', 'By 32 weeks', 'By the 36-week scan', 'Before discharge from the maternity "
        "ward', 'Every day for the first 14 days at home'). The perinatal psychiatrist and CPN assess "
        "and report, the drug service tests and reports, the grandmother's nights have a fallback, and "
        "core group, review and legal planning are set. Landscape, header and page footer."
    ),
    "landscape": True,
    "header": "OFFICIAL – SENSITIVE · Mossingdale Council Children's Services · Ref MSD/PB/25/0412",
    "footer": "Forward diary – Baby of Chioma Okwuosa – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan – Forward Diary"),
        ("kv", [
            ("Unborn baby", "Baby Okwuosa, due 22/09/2025 (Chioma was 30 weeks pregnant at conference)"),
            ("Mother", "Chioma Okwuosa (24), 5 Tannery Court, Mossingdale"),
            ("Father", "Dean Farrier (27), lives with Chioma"),
            ("Conference", "Initial (pre-birth) child protection conference, 14/07/2025 – category: neglect"),
            ("Social worker", "Rosalind Tebbutt, Pre-birth and Infant Team"),
            ("Chair", "Philippa Marr, Independent Reviewing Officer"),
        ]),
        ("h1", "Why this plan is needed"),
        ("p", "Chioma has bipolar affective disorder. In 2022 she stopped her medication, became very unwell "
              "and spent five weeks in hospital under section. She has been under the Mossingdale Perinatal "
              "Mental Health Service since she was 14 weeks pregnant and is taking her medication. Dean "
              "smokes cannabis most evenings and says he is cutting down. Police were called to the flat "
              "twice in 2024 after arguments, once when Dean punched a door; there have been no incidents "
              "since January. Conference agreed that a newborn would be at risk if Chioma became unwell "
              "after the birth and Dean was the only adult at home."),
        ("h1", "What is going well"),
        ("p", "Chioma has been to every antenatal and perinatal appointment. She and Dean have bought a cot "
              "and a car seat and speak warmly about the baby. Chioma's mum, Ngozi, lives ten minutes away and "
              "has offered to stay for the first two weeks. Dean agreed at conference to be tested for "
              "cannabis and to go on a programme about arguments and anger."),
        ("h1", "The baby's world now"),
        ("p", "At the 28-week scan the baby was growing on the 50th centile. The flat is warm and clean and "
              "the cot is still flat-packed in the hall. On two of the four home visits the living room "
              "smelt strongly of cannabis. Chioma talks to the bump and plays it the same song every night; "
              "she says the baby kicks when Dean's voice is loud. Dean went to the 20-week scan and keeps the "
              "scan photo on his phone."),
        ("h1", "What Chioma and Dean say"),
        ("p", "Chioma: \"I know the signs now – when I stop sleeping, that's when it starts. I want people "
              "around me after the birth, not less.\" Dean: \"I'll stop the weed for the baby. I just need "
              "something else to do in the evenings.\" Both said they want the baby to come home with them "
              "and understand why the plan has been made."),
        ("h1", "What we want for the baby"),
        ("bullets", [
            "The baby is born safely and goes home only when a written discharge plan is agreed.",
            "The baby is fed, kept warm and sleeps on their back in a cot in the parents' room, every sleep.",
            "The baby grows up in a smoke-free home with no shouting, fighting or cannabis around them.",
            "The baby is cared for by a mum whose early signs of becoming unwell are noticed and acted on the "
            "same day, with another adult always there to care for the baby if she is not well.",
        ]),
        ("h1", "Forward diary – what happens when"),
        ("p", "Read down the first column: it gives the date, the week of pregnancy or the event each step is "
              "tied to. Steps that repeat say how often and until when."),
        ("table", {
            "header": ["When", "What happens", "Who", "How we will know"],
            "widths": [5.0, 9.0, 5.2, 6.5],
            "rows": [
                ["Within 5 working days of conference (by 21/07/2025)",
                 "Share this plan with the maternity unit and put a safeguarding alert on the baby's "
                 "hospital record",
                 "Helen Rusk, specialist safeguarding midwife, Mossingdale General",
                 "Alert visible on the maternity system; Helen emails the SW to confirm"],
                ["Fortnightly on Wednesdays from 16/07/2025 until the birth",
                 "Home visit to Chioma and Dean: see where the baby will sleep, talk through feeding and "
                 "nights, and check the living room is smoke-free",
                 "Rosalind Tebbutt, social worker",
                 "Visit record each time; cot built in the parents' bedroom and seen by the SW by 34 weeks"],
                ["Weekly on Mondays from 21/07/2025",
                 "Key-work and a urine screen with Dean about his cannabis use, and a written report before "
                 "each core group on whether he is cutting down and what that means for caring for a newborn",
                 "Callum Rix, recovery worker, Mossingdale Recovery Service",
                 "Screen results in each report; at least four negative screens in a row before the 36-week "
                 "scan"],
                ["By 32 weeks (w/c 28/07/2025)",
                 "Assess Chioma's risk of relapse after the birth and how quickly she is likely to recover if "
                 "she becomes unwell, and write a relapse-warning plan with her: her early signs and what each "
                 "person does if they appear",
                 "Dr Priya Venkat, consultant perinatal psychiatrist, Mossingdale Perinatal Mental Health "
                 "Service",
                 "Written risk opinion to the core group; signed relapse-warning plan in the maternity notes, "
                 "with copies to the ward, the HV and the SW"],
                ["Every two weeks until 36 weeks, then weekly until the baby is 12 weeks old",
                 "Visit Chioma to check her mood, sleep and medication, and give each core group a written view "
                 "of whether she is keeping well enough to care for the baby and how quickly she acts on "
                 "early signs",
                 "Marisol Ede, perinatal community psychiatric nurse",
                 "Written update read at each core group, scored against the relapse-warning plan"],
                ["Every Thursday evening for 20 weeks from 24/07/2025",
                 "Go to the Mossingdale Safer Dads programme on arguments, anger and how they affect babies",
                 "Dean Farrier; facilitator Tom Harlow sends reports to the SW",
                 "Attendance sheet to the SW monthly; mid-programme report to the core group by 16/10/2025"],
                ["By 29/08/2025 (about 35 weeks)",
                 "Complete the pre-birth parenting assessment with Chioma and Dean, including what Ngozi can "
                 "offer after the birth",
                 "Rosalind Tebbutt, social worker",
                 "Assessment report shared with Chioma, Dean and the core group by 29/08/2025"],
                ["By the 36-week scan (booked for 26/08/2025)",
                 "Agree the birth plan with Chioma: who is with her on the ward, how nights will be covered, "
                 "and that the baby stays on the ward until the discharge planning meeting has been held",
                 "Helen Rusk, specialist safeguarding midwife",
                 "Birth plan filed in the maternity notes, with a copy to the SW and the perinatal team"],
                ["From the birth until discharge, every shift",
                 "Record how Chioma and Dean feed, handle and settle the baby, and anything seen or said "
                 "about Chioma's mood or sleep",
                 "Ward manager, Rosewood Maternity Ward, Mossingdale General",
                 "Notes in the baby's record each shift, summarised in writing for the discharge planning "
                 "meeting"],
                ["Before discharge from the maternity ward",
                 "Hold a discharge planning meeting to agree the first 14 days at home, including who is in "
                 "the flat each night",
                 "Rosalind Tebbutt, social worker (chairs), with the ward midwife and the HV",
                 "Written discharge plan signed by Chioma and Dean and sent to every agency before the baby "
                 "goes home"],
                ["Every day for the first 14 days at home",
                 "Home visit to weigh or see the baby, check feeding, and ask Chioma about her sleep and mood",
                 "Sally Ng, community midwife (days 1–10), then HV Bronwen Lusk (days 11–14)",
                 "Daily contact log shared with the SW; baby back to birth weight by day 14"],
                ["Every night for the first 14 nights at home",
                 "Stay overnight at the flat and give the 2am feed so that Chioma can sleep",
                 "Ngozi Okwuosa, maternal grandmother",
                 "Night log on the fridge signed by Ngozi each morning and checked at the midwife's visit"],
                ["Within 10 days of the birth",
                 "New birth visit, with safe sleep advice and the ICON coping-with-crying session for both "
                 "parents",
                 "Bronwen Lusk, health visitor",
                 "New birth visit record and signed ICON sheet, copied to the SW"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Chioma shows any early sign in her relapse-warning plan (two nights without sleep, missed "
              "medication, racing speech, or believing she is being watched), Dean or Ngozi will ring the "
              "perinatal team (or the crisis line out of hours) the same day and tell the SW. After the birth "
              "the baby will not be left alone with Chioma while she is unwell: the SW will hold a strategy "
              "discussion that day, and the baby will stay with Ngozi, with Chioma's agreement, or with "
              "approved foster carers."),
        ("p", "If cannabis is found in the flat or there is any violence, the SW will hold a strategy "
              "discussion the same day and Dean will be asked to leave the flat. If Ngozi cannot stay on "
              "any night in the first 14, Dean may do that night only if his last two screens were negative; "
              "otherwise the SW (or the emergency duty team) will arrange that night for Chioma and the baby "
              "to stay at the Linden Mother and Baby Unit, or for the baby to go to approved foster carers."),
        ("h1", "Meetings"),
        ("p", "Core group every 4 weeks at Tannery Court Family Centre, 10am: 11/08/2025 and 08/09/2025, then "
              "within 10 working days of the birth. Review child protection conference: 13/10/2025, 2pm, "
              "Mossingdale Civic Centre."),
        ("p", "If Dean's screens are not negative by the 36-week scan, or the relapse-warning plan is not in "
              "place by 32 weeks, the SW will ask the team manager for a legal planning meeting before the "
              "birth, to decide whether to start pre-proceedings."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group minutes ending in an action log ("Ref | Agreed action |
#    Action holder | Due | We'll know it's done because"); vague "Due"
#    entries beside precise ones (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b46_marchwold_core_group_minutes_action_log_threlfall.md",
    "split": "tune",
    "template": "core-group-minutes-md-initials-present-list-matters-arising-agency-updates-childrens-views-aims-contingency-then-action-log-ref-agreed-action-holder-due-done-because-then-dates",
    "description": (
        "Second core group minutes for a 13-year-old who self-harms and a 6-year-old (mother's partner's "
        "drinking and arguments, mother's anxiety), ending in an action log. Most 'Due' entries are "
        "precise (fortnightly on Tuesdays, every Monday, every school day, by the next core group), but "
        "four are 'ASAP', 'Ongoing', 'When possible' and 'In due course'; the family support row is only "
        "'Monitored by SW', the Talking Space counsellor only treats, Kayden's safety plan has no measure, "
        "one row is owned by 'All agencies' and the hearing test has no holder."
    ),
    "text": """\
# Core Group Meeting – Minutes and Action Log

**Marchwold City Council – Children's Social Care, Safeguarding and Family Support (North)**

**Children:** Kayden Threlfall (13), Year 8 at Marchwold Academy; Lily-Ann Threlfall (6), Year 1 at Holmfield Infant School
**Household:** Donna Threlfall (mum) and her partner Wayne Gibbs, 27 Sefton Rise, Marchwold
**Plan:** child protection plan since the initial conference on 05/06/2025 – category: emotional abuse
**Meeting:** core group 2, Tuesday 15/07/2025, 9.30am, Holmfield Infant School (small hall)
**Chair:** Sade Akande (SA), social worker · **Minutes:** Priya Gill, business support

## Present

- Sade Akande (SA), social worker – chair
- Donna Threlfall (DT), mum
- Wayne Gibbs (WG), Donna's partner
- Hannah Ojo (HO), DSL, Holmfield Infant School
- Lewis Pryce (LP), head of Year 8, Marchwold Academy
- Jill Arnott (JA), school nurse
- Kev Brindle (KB), recovery worker, Marchwold Alcohol Team
- Rachel Penney (RP), family support worker, Marchwold Family Hub

Apologies: Ruth Ince, counsellor, Marchwold Talking Space (update sent by email and read out by SA).

## 1. Matters arising from core group 1 (17/06/2025)

SA has seen both children four times since the last meeting. The school nurse has sent the
CAMHS referral for Kayden but has heard nothing back. Lily-Ann missed her hearing test on
1 July because DT had the date wrong. WG has been to every key-work session.

## 2. Updates

**WG / KB.** WG has had six breath tests since the conference and five were clear; one on a
Monday morning read over the limit after a family party. WG said he now drinks "only at the
weekend, and never in the house". KB said WG is honest in sessions but is still drinking most
weekends, and that the next month will show whether he can keep the house drink-free.

**DT.** DT has had three counselling sessions for her anxiety and finds them helpful. She said
arguments have "calmed right down" and she has not had to call the police since May. She is
worried about money and would like to move nearer her sister.

**Holmfield (HO).** Lily-Ann has been in school every day since the conference. She comes to
breakfast club most mornings, eats well and is "chatty and bright". On two Mondays she was
tired and said she had been woken up by shouting.

**Marchwold Academy (LP).** Kayden's attendance is 88%. He was seen with new cuts on his arm in
PE on 3 July. He is quieter in lessons and is spending breaks in the library.

**School nurse (JA).** JA saw Kayden on 4 July and dressed the cuts; they were superficial. JA
will keep trying CAMHS.

**FSW (RP).** RP has done two sessions with DT on Lily-Ann's bedtime. Lily-Ann is still going
to bed at 9pm or later on most nights.

## 3. How are Kayden and Lily-Ann?

Kayden (seen alone at school by SA on 10/07/2025): "It's better when Wayne doesn't drink. When
he does, I go to my room and put my headphones on." He said he cuts "when my head's too loud"
and that he would talk to JA "but not anyone at home". He would like to see his dad, Lee, more.

Lily-Ann (seen at home by SA on 08/07/2025) showed SA her bedroom and her drawings of "me and
Mummy at the park". She said "Wayne shouts on Saturdays" and that she hides under her duvet.

## 4. What we are aiming for (from the conference plan)

- Kayden and Lily-Ann live in a home where nobody is drunk and there is no shouting or violence.
- Kayden stops hurting himself and has an adult he trusts to talk to about how he feels.
- Lily-Ann sleeps through the night, goes to bed by 7.30pm and is not frightened at home.

## 5. Contingency (unchanged from conference)

If WG is drunk at home while either child is there, or the police are called to 27 Sefton
Rise, DT will ask WG to leave and ring SA (or the emergency duty team out of hours), and SA
will hold a strategy discussion the same day. If WG will not leave, DT and the children will
go that night to the Marchwold Women's Aid refuge, which SA or the duty team will arrange. If
Kayden cuts himself badly enough to need treatment, or says he wants to end his life, DT or
school will take him to A&E that day and SA will ask CAMHS crisis to see him before he leaves
hospital.

## 6. Action log

| Ref | Agreed action | Action holder | Due | We'll know it's done because |
|---|---|---|---|---|
| CG2-01 | See Kayden at school and Lily-Ann at home, each on their own, and write down what each says about home | Sade Akande (SW) | Fortnightly on Tuesdays | Visit notes record each child's own words at every visit |
| CG2-02 | Key-work and a breath test with WG, and a written update to each core group on his drinking and whether he has drunk at home around the children | Kev Brindle, Marchwold Alcohol Team | Every Monday | Breath test readings and KB's written update at each core group |
| CG2-03 | Chase Kayden's CAMHS referral (low mood and cutting) and pass the outcome to SA | Jill Arnott, school nurse | ASAP | CAMHS acceptance letter or first appointment date on Kayden's file |
| CG2-04 | Sessions with Donna on a bedtime routine for Lily-Ann: bath, story and lights out by 7.30pm | Rachel Penney (FSW) | Weekly on Thursdays from 24/07/2025 | Monitored by SW |
| CG2-05 | Counselling for Donna's anxiety at Marchwold Talking Space | Ruth Ince, counsellor | Ongoing | Attendance record sent to SA monthly |
| CG2-06 | Go through Kayden's safety plan with him again: who he rings and where he goes if Wayne has been drinking and there is shouting | Sade Akande (SW) | By next core group (19/08/2025) | |
| CG2-07 | Tell SA the same day about any incident at 27 Sefton Rise involving WG, police call-outs included | All agencies | Same day | Incident entered on both children's files with the date and what was done |
| CG2-08 | Help Donna make a housing transfer application so that she has the option of a home away from Sefton Rise | Dawn Kirby, tenancy officer, Marchwold Homes | When possible | Application reference number given to SA |
| CG2-09 | Lily-Ann's missed hearing test to be rebooked at Marchwold Audiology | | By 31/07/2025 | Appointment letter copied to HO and SA |
| CG2-10 | Viability assessment of Kayden's dad, Lee Threlfall, as somewhere Kayden could stay if he needs to leave home | Sade Akande (SW) | In due course | Viability report shared with the core group |
| CG2-11 | Meet Lily-Ann at breakfast club, note whether she has eaten and how she seems, and pass any worry to SA the same day | Hannah Ojo, DSL, Holmfield Infant School | Every school day | Breakfast club register and DSL notes emailed to SA every Friday |
| CG2-12 | Mentoring session with Kayden, with a check of his arms by the school nurse if he agrees | Lewis Pryce, head of Year 8 | Every Wednesday in term time | Mentoring log; any new injury reported to SA and JA the same day |

## 7. Dates

- Core group every 5 weeks: next on Tuesday 19/08/2025, 9.30am, Holmfield Infant School; then 23/09/2025.
- Review child protection conference: Thursday 04/09/2025, 1.30pm, Marchwold Civic Offices.
- If WG has two more breath tests over the limit, or the police are called to the house again, before the review conference, SA will ask her manager for a legal planning meeting within 5 working days.

*Minutes circulated 16/07/2025 to all present, to Ruth Ince and to Lee Threlfall (Kayden's father).*
""",
    "findings": [
        F("T002", "Chase Kayden's CAMHS referral (low mood and cutting)"),
        F("M002", "Sessions with Donna on a bedtime routine for Lily-Ann"),
        F("T002", "Counselling for Donna's anxiety at Marchwold Talking Space"),
        F("H001", "Counselling for Donna's anxiety at Marchwold Talking Space"),
        F("M001", "Go through Kayden's safety plan with him again"),
        F("W002", "Tell SA the same day about any incident"),
        F("T002", "Help Donna make a housing transfer application"),
        F("W001", "Lily-Ann's missed hearing test to be rebooked"),
        F("T002", "Viability assessment of Kayden's dad, Lee Threlfall"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Exploitation plan typed in plain text, numbered paragraphs with the
#    owner, the timescale (events, frequencies, relative periods) and the
#    check inside each. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b46_millbrack_cce_numbered_paragraphs_dunphy.txt",
    "split": "tune",
    "template": "icpc-exploitation-plan-plain-text-equals-rules-caps-numbered-sections-then-numbered-5-n-action-paragraphs-owner-timescale-and-we-will-know-sentence-inside-each",
    "description": (
        "Exemplary initial-conference plan for a 14-year-old going missing and criminally exploited, "
        "typed as plain text. Each numbered paragraph names the owner, a timescale and how we will know; "
        "timescales are events and relative periods ('within 72 hours of Reece coming back from any "
        "missing episode', 'within 10 days of conference', 'by the end of next month (31 August 2025)', "
        "'before the start of the autumn term') and frequencies ('twice a week until the review "
        "conference', 'every Friday and Saturday night'). An aunt and grandad help, and the contingency "
        "covers them not being able to; core group, review and legal planning are set."
    ),
    "text": """\
===========================================================================
MILLBRACK COUNCIL - CHILDREN'S SERVICES
Exploitation and Missing Team, Quayside House, Millbrack
===========================================================================
CHILD PROTECTION PLAN - agreed at the initial child protection conference
Conference date ....... 08/07/2025
Child ................. Reece DUNPHY, born 02/11/2010 (14), Millbrack Academy
Lives with ............ Tanya Dunphy (mum) and Mya Dunphy (sister, 9)
Address ............... 41 Ferrier Walk, Millbrack
Category .............. Physical abuse (risk of criminal exploitation)
Social worker ......... Sam Kerridge
Chair ................. Bernadette Allott
===========================================================================

1. WHY WE ARE WORRIED

Reece has been reported missing six times since March. On 19 June he was
found by police in a flat in Harlow Cross, forty miles away, with two
adults who are known to supply drugs, £300 in cash and a phone that was
not his. He has come home twice with injuries he will not explain. Tanya
works nights at Elmcroft Care Home and has not always known whether Reece
is home. Reece's dad, Gary, is in prison and has no contact.

2. WHAT REECE TOLD US

Reece saw Sam at the gym on 2 July. He said: "They were alright at first,
they gave me trainers and stuff. Then it was like I owed them." He said he
is scared of going back to Harlow Cross but "scared of what happens if I
don't". He likes boxing and wants to be a mechanic. He asked that his mum
is not "made to feel like it's her fault", and that Mya is not told the
details. He said he would talk to Sam and to his boxing coach, "not a
load of different people".

Mya (seen at home on 4 July) said she gets frightened when Reece does not
come home and that she texts him "every night till he answers".

3. WHAT TANYA SAYS

Tanya said she did not realise how serious things were until the police
rang from Harlow Cross. She has already changed some shifts and wants
help to keep Reece at home and safe. She agreed with the plan.

4. WHAT WE WANT FOR REECE

4.1  Reece is home every night, and when he is not, everyone knows where
     he is within the hour.
4.2  Reece has no contact with the adults who exploited him and is not
     carrying drugs, cash or phones for anyone.
4.3  Reece is back in full-time school in September and has something
     he enjoys to do in the holidays.
4.4  Reece has one or two adults he trusts and can tell them when he is
     being pressured.

5. THE PLAN

5.1  Sam Kerridge (social worker) will see Reece twice a week until the
     review conference, once at home and once out (the gym, school or a
     walk), and will write down what Reece says about where he has been
     and who with. We will know because the visit records show Reece seen
     on his own at every visit.

5.2  Within 72 hours of Reece coming back from any missing episode, Abi
     Moreton, Millbrack Missing Children's Service, will offer him a
     return home interview, away from the house if he prefers. We will
     know because the interview record is on Reece's file within 5 days
     of his return, and anything he says about who he was with is passed
     to the police.

5.3  Tanya will ring 101 (or 999 if she thinks Reece is in danger) if he
     is not home by 10pm on any night, and will text Sam the next
     morning. We will know because the police missing log and Tanya's
     texts match.

5.4  Within 10 days of conference (by 18/07/2025), PC Dan Oyelaran,
     Millbrack Police Child Exploitation Team, will serve Child Abduction
     Warning Notices on the two adults found with Reece in Harlow Cross.
     We will know because the notices are recorded on the police system
     and the dates are emailed to Sam.

5.5  Within 5 working days of conference (by 15/07/2025), Sam will make
     a National Referral Mechanism referral for Reece. We will know from
     the NRM reference number on file and, later, the decision letter.

5.6  Every Friday and Saturday night until the review conference, Tanya
     will be at home from 8pm: Elmcroft Care Home has changed her rota so
     that she does not work those nights. We will know because the
     manager's letter confirming the rota is on file and Reece's
     check-ins (5.8) show him at home.

5.7  On the nights Tanya works (Sunday to Thursday), Jodie Dunphy (aunt)
     will sleep at 41 Ferrier Walk, check Reece is in by 9.30pm and write
     the time in the overnight book. We will know because Sam reads and
     signs the overnight book at every home visit.

5.8  Reece will text Tanya at 6pm and 9pm every evening to say where he
     is, and Tanya will show Sam the messages at each home visit. We will
     know because the texts are seen at every visit.

5.9  Every Monday and Thursday, Pete Dunphy (grandad) will collect Mya
     from Millbrack holiday club at 5.30pm and give her tea until Tanya
     is up. We will know because the holiday club's collection book
     shows Pete's signature.

5.10 From 22/07/2025 to 29/08/2025, on Tuesdays, Wednesdays and
     Thursdays, 10am to 3pm, Kez Ansah, youth worker at Millbrack Youth
     Zone, will run Reece's place on the summer programme (boxing and the
     bike workshop) and text Sam if he has not arrived by 10.30am. We will
     know from the Youth Zone register, sent to Sam every Friday.

5.11 Kaya Obi, young people's drug and alcohol worker at Millbrack
     Compass, will see Reece every Monday from 14/07/2025 about his
     cannabis use and the pressure to carry drugs. We will know from
     Kaya's session log and a short written report to each core group.

5.12 By the end of next month (31 August 2025), Sam will complete an
     assessment of the risks to Reece outside the home, with a map of the
     places and people involved, and share it with the police and the
     school. We will know because the assessment is on file by
     31/08/2025 and is discussed at the core group on 23/09/2025.

5.13 Before the start of the autumn term (by 02/09/2025), Mrs Ruth
     Akinola, DSL at Millbrack Academy, will agree Reece's September
     timetable with him and Tanya, including a named adult he can go to
     and a safe way home. We will know because the signed timetable is
     sent to Sam and Reece can name his adult.

5.14 Tanya will go to the Parents Against Exploitation group at
     Millbrack Family Hub every other Thursday from 17/07/2025, to learn
     the signs that Reece is being groomed and what to do about them. We
     will know from the group register, sent to Sam monthly.

5.15 Sam will see Mya on her own once a fortnight and ask how things are
     at home when Reece is missing. We will know because Mya's own words
     are in the visit record each time.

6. IF THINGS GO WRONG

If Reece is missing for more than 24 hours, comes home injured or with
cash, drugs or a new phone, or anyone threatens the family, Sam (or the
emergency duty team) will hold a strategy meeting with the police the
same day, and the police will treat Reece as a high-risk missing child.
If Reece cannot be kept safe at home, Sam will find him an emergency
foster placement outside Millbrack that day, with Tanya's agreement
under section 20.

If Jodie cannot stay on a night Tanya is working, Tanya will take
emergency leave (Elmcroft have agreed to this in writing); if that is
not possible, Sam or the emergency duty team will arrange for Reece and
Mya to stay together with approved foster carers that night. If Pete
cannot collect Mya, the holiday club will keep her until Tanya
arrives, and Tanya will collect her by 6pm.

7. MEETINGS

Core group: every 4 weeks at Quayside House, 4pm - 29/07/2025 and
26/08/2025, then 23/09/2025.
Review child protection conference: 02/10/2025, 10am, Millbrack Civic
Centre.

If Reece goes missing three more times before the core group on
26/08/2025, or is found again at the Harlow Cross address, Sam's team
manager will hold a legal planning meeting within 5 working days to
decide on care proceedings or an application for secure accommodation.

===========================================================================
Plan typed by Sam Kerridge, 09/07/2025. Copies to Tanya Dunphy, Reece
(his own copy, read through with Sam), Millbrack Academy, Millbrack
Police CET, Missing Children's Service, Youth Zone and Compass.
===========================================================================
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Looked-after baby on a neonatal unit: a "standing arrangements" table
#    (how often, until discharge) and a week-commencing task table. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b46_mirelow_lac_nnu_standing_and_week_commencing_kaczmarczyk.md",
    "split": "tune",
    "template": "lac-baby-on-neonatal-unit-cp-plan-md-standing-arrangements-table-how-often-until-discharge-then-week-commencing-task-table-named-person-done-means",
    "description": (
        "Exemplary child protection plan for a 5-week-old born at 32 weeks with neonatal abstinence "
        "syndrome, accommodated under section 20 on the neonatal unit; both parents are on methadone. "
        "Two action tables: 'standing arrangements' that repeat until discharge (SW twice a week, "
        "foster carers three times a week, family time daily, drug service weekly) and tasks set by week "
        "commencing or by an event ('Before discharge from the neonatal unit'). Visits at stated "
        "frequencies, the drug service reports on the parents' stability, specific contingency, core "
        "group, review conference and legal gateway set."
    ),
    "text": """\
# Child Protection Plan – Zofia Kaczmarczyk

**Mirelow City Council · Children in Care and Protection Service**
**Plan agreed at:** initial child protection conference, 10 July 2025 (category: neglect)
**Zofia:** born 05/06/2025 at 32 weeks; now on the special care nursery, Neonatal Unit, Mirelow Royal Infirmary
**Legal status:** accommodated under section 20 since 20/06/2025, with both parents' agreement
**Parents:** Agnieszka Kaczmarczyk (29) and Tomasz Nowicki (33), 18 Grebe Lane, Mirelow
**Social worker:** Beth Carrow · **IRO / chair:** Stephen Ojukwu
**Language:** both parents prefer Polish; a Polish interpreter is booked for every meeting

---

## Why Zofia has a plan

Agnieszka and Tomasz have both been on methadone for three years. In the last months of
the pregnancy Agnieszka also used street heroin, and Zofia was born early and needed
treatment with morphine for withdrawal. At birth the parents were living in one room with
no cot or baby things, and Tomasz was arrested in May for shoplifting to pay a drug debt.
The parents agreed to Zofia being looked after while she is on the unit and while their
parenting is assessed. The plan is for Zofia to go from the unit to foster carers, Carol
and Derek Ashby, unless the assessment shows she can go home safely.

## How Zofia is doing on the unit

Zofia's morphine is being reduced every three days and she came off oxygen on 28 June.
Nurses say she is jittery after feeds and settles best when she is held skin-to-skin and
swaddled. She takes 45ml bottles every three hours and is gaining weight slowly. When
Agnieszka holds her she quietens and watches her face; with Tomasz she falls asleep on his
chest. The nurses' notes show one or both parents with her every day since 20 June except
two, when they were at their drug service.

## What Agnieszka and Tomasz say

Agnieszka (through the interpreter): "I know why she is poorly and I have to live with
that. I want to be the one who takes her home." Tomasz said he is "ready to be tested
every day if that is what it takes" and asked that the foster carers learn how Zofia likes
to be held "so she is not frightened when she moves".

## What we are aiming for

- Zofia finishes her withdrawal treatment safely and leaves the unit only when she is feeding well and gaining weight.
- Zofia goes from the unit to a carer who already knows her feeds, her routine and how she settles.
- Zofia keeps seeing her mum and dad every day, in family time that is safe for her.
- By the review conference there is a clear decision, based on the parenting assessment, about where Zofia will grow up.

## Standing arrangements – these repeat until Zofia leaves the unit

| Arrangement | Named person | How often | Written up in |
|---|---|---|---|
| Visit Zofia on the unit, see her awake, talk to the nurse in charge and read the family time notes | Beth Carrow, social worker | Twice a week (Tuesday and Friday) until discharge | Visit record on Zofia's file after each visit, with her weight and feeds that day |
| Supervise Agnieszka and Tomasz's family time on the unit: bottle feeds, nappy changes and skin-to-skin | Nadia Bello, family time worker, Mirelow Family Time Service | Every day, 1pm to 3pm | Family time record after each session, sent to the SW weekly, noting feeds given and how Zofia settled |
| Visit Zofia and learn her feeding and settling routine from the nurses | Carol and Derek Ashby, foster carers | Three times a week (Monday, Wednesday, Saturday) from 14/07/2025 until discharge | Nursing notes record each visit and the cares the foster carers did |
| Score Zofia's withdrawal, record her feeds and weigh her, and ring the SW about any change in her treatment | Nurse in charge, Neonatal Unit, Mirelow Royal Infirmary | Scores every shift; weight every other day | Neonatal record, with a weekly summary emailed to the SW every Friday |
| Key-work, methadone review and urine screens for Agnieszka and Tomasz, with a written report on whether each is stable and what that means for caring for Zofia | Owen Pryce, recovery worker, Mirelow Drug and Alcohol Service | Weekly on Mondays; report before each core group | Screen results and the written report read at every core group |

## Week by week

| Week commencing | Task | Named person | Done means… |
|---|---|---|---|
| 14/07/2025 | Go through this plan and Zofia's legal status with Agnieszka and Tomasz with a Polish interpreter, and give them the plan in Polish | Beth Carrow, social worker | Copy of the translated plan signed by both parents on file |
| 21/07/2025 | Start the parenting assessment of both parents, including feeds observed on the unit | Beth Carrow, social worker | Assessment timetable agreed in writing; final report to the core group by 29/08/2025 |
| 28/07/2025 | Teach both parents and both foster carers baby CPR and safe sleep on the unit | Sister Grace Mbeki, neonatal outreach team | Training record signed by each of the four adults, copy to the SW |
| 04/08/2025 | Hold a discharge planning meeting with the unit, the foster carers and the parents, and agree family time after discharge | Beth Carrow, social worker | Written discharge plan, including the family time timetable, sent to everyone who attended |
| 11/08/2025 | Register Zofia with the foster carers' GP and book her 8-week check and first immunisations | Carol Ashby, foster carer | GP registration and appointment letter copied to the SW |
| Before discharge from the neonatal unit | Visit the Ashbys' home to check Zofia's sleeping space, car seat and feeding equipment | Laura Quinn, health visitor | Safe sleep checklist and HV record copied to the SW before Zofia leaves the unit |
| Within 48 hours of discharge | See Zofia at the Ashbys' home and check her feeding and weight | Laura Quinn, health visitor | Weight recorded in the red book and on the HV record, copied to the SW |

## If things change

- If either parent arrives for family time smelling of alcohol, unsteady or drowsy, Nadia will not start (or will end) the session, and will ring Beth that day; Beth will offer the next session only after a clear screen.
- If either parent has a screen positive for street heroin, or tries to take Zofia off the unit, unit staff will call hospital security and 999, and Beth (or the emergency duty team) will hold a strategy discussion the same day and ask the parents to leave the unit; family time will then only take place at the Mirelow Family Time Centre after discharge.
- If the Ashbys can no longer care for Zofia, the placements team will find another approved foster carer before discharge, and Zofia will stay on the unit until that carer has visited her at least three times.

## Meetings and reviews

- Core group every 3 weeks in the unit's family room: 31/07/2025, 21/08/2025 and 11/09/2025, 2pm.
- Review child protection conference: 25/09/2025, 10am, Mirelow Civic Centre.
- Looked after review: 17/07/2025 (20 working days), chaired by the IRO.
- If the parenting assessment finds that Zofia cannot go home safely, or either parent has two screens positive for street heroin before 29/08/2025, Beth will ask for a legal gateway meeting within 5 working days to decide whether to issue care proceedings.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Case-system PDF export with running header and "Page N of M" footer;
#    section letters, "Seq | Outc. | Intervention | Practitioner |
#    Target / frequency | Indicator" table. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b46_mawnhurst_case_export_seq_intervention_greatorex.pdf",
    "doc_title": "ChildView CP Plan Report - Harley Greatorex",
    "split": "tune",
    "template": "case-system-cp-plan-report-paged-running-header-lettered-sections-a-to-g-then-seq-outcome-ref-intervention-practitioner-target-frequency-indicator-table-review-fields",
    "description": (
        "Case-system CP plan report for a 2-year-old (neglect; young mother with depression, partner "
        "with an assault conviction), exported to PDF with a running header and page footer. The "
        "'Target / frequency' column mixes precise entries (every 10 working days, by 15/08/2025, "
        "Tuesdays and Thursdays) with 'ASAP', 'As and when', 'TBC' and a blank; the primary care mental "
        "health practitioner only supports and the measure is 'Engagement'; one row has no indicator, "
        "'Core group' owns one row; the grandmother and aunt carry care but the contingency never says "
        "what happens if they cannot; the review conference is 'To be arranged'."
    ),
    "header": "Mawnhurst Council | ChildView | CP Plan Report | GREATOREX, Harley (ID 553120)",
    "footer": "Printed 21/07/2025 10:42 by J.ODELL – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan Report"),
        ("p", "Record status: CURRENT · Plan version 1 · Created from ICPC outcome 15/07/2025"),
        ("h1", "SECTION A – CHILD AND FAMILY"),
        ("kv", [
            ("Child", "Harley GREATOREX, born 30/05/2023 (2 years)"),
            ("Address", "Flat 6, Orchard House, Bellweather Road, Mawnhurst"),
            ("Mother", "Stacey GREATOREX (19), care leaver, personal adviser Nia Shah"),
            ("Mother's partner", "Jordan PIKE (24), not Harley's father; stays at the flat some nights"),
            ("Father", "Not named on the birth certificate; no contact"),
            ("Maternal family", "Lorraine GREATOREX (grandmother), Kelly GREATOREX (aunt), both in Mawnhurst"),
            ("Plan category", "Neglect"),
            ("Allocated worker", "Jo Odell, Social Worker, Safeguarding Team 3"),
        ]),
        ("h1", "SECTION B – REASON FOR PLAN"),
        ("p", "Harley was seen by the health visitor on 12/06/2025 with severe nappy rash, in a flat with no "
              "working heating and little food. He has not been weighed since he was 10 months old and his "
              "speech is behind. Stacey was diagnosed with depression in March and says she \"can't get "
              "going\" most mornings. Jordan Pike has a conviction for assault (2022) and police intelligence "
              "about violence to a previous partner; Stacey says he has never hurt her or Harley. Lorraine and "
              "Kelly are a real strength and already look after Harley several days a week."),
        ("h1", "SECTION C – CHILD'S LIVED EXPERIENCE"),
        ("p", "Harley says a few words (\"Nanny\", \"more\", \"car\"). At the SW's visit on 08/07/2025 he was "
              "in a vest and nappy in a cold flat, ate two slices of bread quickly and brought his cars to "
              "show the SW. He clings to Lorraine when she leaves and cries at the door. At Lorraine's house he "
              "naps in a travel cot and eats a cooked lunch. When Jordan came in during the visit Harley went "
              "quiet and stood behind the sofa."),
        ("h1", "SECTION D – PLAN OUTCOMES"),
        ("bullets", [
            "O1  Harley is warm, fed, clean and free of nappy rash every day, and is never left alone with "
            "Jordan.",
            "O2  Harley's speech and play catch up, and he is at nursery most mornings by the autumn.",
            "O3  Harley is cared for by a mum who is getting treatment for her depression and can get up and "
            "care for him each morning.",
        ]),
        ("h1", "SECTION E – INTERVENTIONS"),
        ("table", {
            "header": ["Seq", "Outc.", "Intervention", "Practitioner", "Target / frequency", "Indicator"],
            "widths": [1.1, 1.4, 4.7, 3.2, 2.6, 4.0],
            "rows": [
                ["1", "O1", "Home visits to see Harley awake, check where he sleeps, the food in the flat and "
                            "his nappy area",
                 "Jo Odell, Social Worker", "Every 10 working days",
                 "Visit record notes where Harley sleeps, food in the cupboards and his skin at every visit"],
                ["2", "O2", "Developmental review of Harley's speech and movement, using the ASQ-3",
                 "HV Sinead Kavanagh", "By 15/08/2025",
                 "ASQ-3 scores and review summary sent to the SW"],
                ["3", "O2", "Funded 2-year-old nursery place for Harley, 15 hours a week at Little Acorns",
                 "Stacey Greatorex, with FSW Amir Haddad", "ASAP",
                 "Nursery register shows Harley attending at least 4 of 5 mornings"],
                ["4", "O3", "Support sessions for Stacey's low mood at Mawnhurst Primary Care Mental Health Team",
                 "Tom Ruddock, primary care mental health practitioner", "Fortnightly",
                 "Engagement with the service"],
                ["5", "O3", "Review Stacey's sertraline and refer her on to the CMHT if her mood has not lifted",
                 "GP Dr Farida Noor, Castlegate Medical Practice", "By 01/08/2025",
                 "GP letter to the SW with the outcome of the review and any referral"],
                ["6", "O1", "Look after Harley while Stacey is at college, giving him his lunch and nap",
                 "Lorraine Greatorex (maternal grandmother)", "Tuesdays and Thursdays, 9am–3pm",
                 "Lorraine's care diary signed each day and seen by the SW at visits"],
                ["7", "O1", "Stay over at the flat on the nights Jordan is there, so that Harley is never alone "
                            "with him",
                 "Kelly Greatorex (maternal aunt)", "As and when",
                 "Kelly texts the SW a photo of the overnight log the next morning"],
                ["8", "O2", "Parenting sessions at home on play, meals and a bedtime routine for Harley",
                 "Amir Haddad, Family Support Worker", "Weekly for 10 weeks from 28/07/2025", ""],
                ["9", "O1", "Share any worry about Harley's care or Jordan's presence with the SW the same day",
                 "Core group", "Same day",
                 "Each worry logged on Harley's file with the action taken"],
                ["10", "O1", "Move Stacey and Harley to a flat with working heating",
                 "Leyla Brand, Mawnhurst Housing Options", "TBC",
                 "Tenancy start date confirmed to the SW"],
                ["11", "O1", "Check Jordan's criminal record and current police intelligence, and send a risk "
                             "summary to the SW",
                 "DC Hayley Brooks, Mawnhurst Police Public Protection Unit", "",
                 "Risk summary on Harley's file"],
            ],
        }),
        ("h1", "SECTION F – CONTINGENCY"),
        ("p", "Trigger: Harley is found alone with Jordan or alone in the flat, has an injury that is not "
              "explained, or Stacey is found unable to respond while she is caring for him."),
        ("p", "Response: the SW (or the emergency duty team) will hold a strategy discussion the same day, and "
              "Harley will be cared for by approved foster carers, with Stacey's agreement under section 20, "
              "while it is decided whether he can go home. If the police are called to any incident at the "
              "flat, Jordan will be asked to leave and the SW will visit the next working day."),
        ("h1", "SECTION G – REVIEW"),
        ("kv", [
            ("Core group frequency", "Every 4 weeks"),
            ("Next core group", "12/08/2025, 10am, Bellweather Children's Centre"),
            ("Review conference", "To be arranged"),
            ("Escalation", "If Harley is not attending nursery by 01/09/2025, or is again found in a cold flat "
                           "with no food, the SW will request a legal planning meeting within 5 working days."),
            ("Distribution", "Stacey Greatorex; Lorraine Greatorex; HV; GP; PCMH team; Housing Options; Police "
                             "PPU; Family Hub"),
        ]),
        ("p", "End of report."),
    ],
    "findings": [
        F("T002", "Funded 2-year-old nursery place for Harley, 15 hours"),
        F("H001", "Support sessions for Stacey's low mood at Mawnhurst"),
        F("M002", "Support sessions for Stacey's low mood at Mawnhurst"),
        F("T002", "Stay over at the flat on the nights Jordan is there"),
        F("M001", "Parenting sessions at home on play, meals and a bedtime routine"),
        F("W002", "Share any worry about Harley's care or Jordan's presence"),
        F("T002", "Move Stacey and Harley to a flat with working heating"),
        F("T001", "Check Jordan's criminal record and current police intelligence"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. ICPC decision sheet typed in Word: real numbered list of one-sentence
#    actions with the owner, date and check written inside the sentence;
#    grandparents carry contact and the school run (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b46_mortlecombe_decision_sheet_numbered_sentences_vickery.docx",
    "doc_title": "ICPC decision sheet and plan - Tegan and Alfie Vickery",
    "split": "tune",
    "template": "icpc-decision-sheet-docx-boxed-details-scaling-line-outcomes-then-word-numbered-one-sentence-actions-owner-timescale-and-check-inside-sentence-contingency-review",
    "description": (
        "Decision sheet and plan typed after an initial conference for a 7-year-old and an 11-month-old "
        "(domestic abuse; mother's partner's cocaine use). The plan is a Word numbered list of "
        "sentences with the owner, timescale and check inside each: most are precise ('every 10 working "
        "days', 'Wednesdays and Saturdays, 2pm to 5pm', 'within 5 working days of conference'), but the "
        "perpetrator programme is 'when possible', the parenting assessment 'in due course', the "
        "non-molestation order has no timescale, the IDVA referral is passive, the DSL will 'keep an eye "
        "on' Tegan, the HV review has no output and 'the family network' owns a row. One outcome is "
        "only about the father, and the grandparents carry contact and the school run while the "
        "contingency sends the children to them with no fallback."
    ),
    "blocks": [
        ("title", "Initial Child Protection Conference – Decision Sheet and Plan"),
        ("p", "Mortlecombe County Council · Children's Services · Conference and Review Service"),
        ("table", {
            "header": None,
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Children", "Tegan Vickery (7), Coombe Street Primary; Alfie Vickery-Shore (11 months)"],
                ["Address", "22 Quarry Bank, Mortlecombe"],
                ["Mother", "Gemma Vickery (26)"],
                ["Alfie's father", "Liam Shore (29), moved to his brother's flat on 30/06/2025"],
                ["Tegan's father", "Ryan Hext, lives in Devonport, phones Tegan on Sundays"],
                ["Conference", "17/07/2025, Mortlecombe County Hall – chair: Imogen Tarrant"],
                ["Decision", "Both children to be subject to child protection plans – category: emotional abuse"],
                ["Social worker", "Kate Mallin, Safeguarding Team South"],
            ],
        }),
        ("h2", "Why the children need a plan"),
        ("p", "Police have been called to 22 Quarry Bank four times since January after arguments between "
              "Gemma and Liam. On 28 June Liam pushed Gemma into the kitchen door while she was holding Alfie, "
              "and Tegan rang 999. Liam told conference he uses cocaine \"at weekends\" and that the arguments "
              "happen when he has been using. He has moved out, and Gemma's parents, Carol and Neil Vickery, "
              "now supervise his time with Alfie and take Tegan to and from school."),
        ("h2", "What Tegan says, and what we see of Alfie"),
        ("p", "Tegan (seen at school on 10 July): \"I had to ring the police because Mummy was crying and "
              "Alfie was screaming. I don't want Liam to come back if he's going to be shouty.\" She likes "
              "staying at Nanny and Grandad's \"because it's quiet and Grandad does pancakes\". She scored "
              "home 4 out of 10 and Nanny's house 10."),
        ("p", "Alfie is crawling and pulling himself up. The HV saw him startle and cry at a raised voice in "
              "the waiting room; at home he is settled and laughs with Tegan. He is not yet sleeping through "
              "and wakes two or three times a night."),
        ("h2", "Scaling"),
        ("p", "Conference scaled safety at 3 (0 = the children are certain to be harmed, 10 = the children "
              "are safe enough to close the plan). Gemma scaled 6."),
        ("h2", "What we are working towards"),
        ("bullets", [
            "Tegan and Alfie live in a home with no shouting, hitting or drug use.",
            "Tegan can tell her teacher and her social worker that she feels safe at home.",
            "Alfie sees his dad safely, with a grandparent there every time, and his development stays on track.",
            "Liam will stop using cocaine and learn to manage his anger.",
        ]),
        ("h2", "The plan agreed at conference"),
        ("numbers", [
            "Kate Mallin (social worker) will visit Tegan and Alfie at home every 10 working days, at least "
            "once a month without an appointment, and will see Tegan on her own; Tegan's words will be written "
            "in each visit record.",
            "Neil and Carol Vickery will supervise all of Liam's time with Alfie at their house on Wednesdays "
            "and Saturdays, 2pm to 5pm, and will both sign the contact book at the end of each visit.",
            "Carol Vickery will take Tegan to school and collect her every weekday while Gemma is at her "
            "college course, and the school's gate log will show who brought and collected her.",
            "Gareth Lyle, Mortlecombe Drug and Alcohol Service, will see Liam weekly for key-work and drug "
            "testing from 21 July 2025, and will report to each core group with the test results and his view "
            "of whether Liam has stopped using cocaine and is safe to see Alfie.",
            "Liam will go on the Choices for Change domestic abuse perpetrator programme when possible, and "
            "the facilitator will send his attendance to the social worker each month.",
            "A referral to the Mortlecombe IDVA service will be made for Gemma by 25 July 2025, with the DASH "
            "risk checklist attached and a copy placed on the children's file.",
            "Mrs Priya Dass, DSL at Coombe Street Primary, will keep an eye on Tegan's mood and presentation "
            "every school day.",
            "Laura Fenwick (health visitor) will do Alfie's 1-year developmental review, including his weight "
            "and his sleep, by 15 August 2025.",
            "Kate Mallin will complete a parenting assessment of Gemma in due course and share the report with "
            "the core group.",
            "Gemma will apply for a non-molestation order against Liam with help from the Mortlecombe Law "
            "Centre, and will show the order to the social worker.",
            "The family network will make sure Liam does not come to Gemma's house outside the contact times, "
            "every day, and will write any visit by him in the family diary kept at Carol's.",
            "PC Aaron Webb, Mortlecombe Police Domestic Abuse Unit, will put a warning marker on 22 Quarry Bank "
            "within 5 working days of conference and confirm to the social worker by email that it is live.",
            "Gemma will take Alfie to the Wednesday morning baby group at Coombe Family Centre every week, and "
            "the centre will send his attendance to the social worker monthly.",
        ]),
        ("h2", "If things go wrong"),
        ("p", "If Liam comes to 22 Quarry Bank outside contact, is threatening or violent to anyone, or arrives "
              "at contact having used drugs or alcohol, Gemma or the grandparents will ring 999 and then the "
              "social worker (or the emergency duty team), who will hold a strategy discussion the same day. "
              "All contact will stop until a new risk assessment is done. If Gemma cannot keep the children "
              "safe at home, Tegan and Alfie will go to stay with Carol and Neil that night."),
        ("h2", "Core group and review"),
        ("p", "First core group: 31/07/2025, 10am, Coombe Family Centre, then every 4 weeks (28/08/2025, "
              "25/09/2025). Review child protection conference: 09/10/2025, 2pm, Mortlecombe County Hall."),
        ("p", "If Liam has a positive drug test, misses two programme sessions, or the police are called to "
              "the house again before the review conference, the social worker will ask the team manager for "
              "a legal planning meeting within 5 working days."),
        ("p", "Typed by Hollie Baines (minute-taker) and agreed by the chair on 18/07/2025."),
    ],
    "findings": [
        F("F002", "Liam will stop using cocaine and learn to manage his anger."),
        F("T002", "go on the Choices for Change domestic abuse perpetrator programme"),
        F("W001", "A referral to the Mortlecombe IDVA service will be made"),
        F("M002", "will keep an eye on Tegan's mood and presentation"),
        F("M001", "will do Alfie's 1-year developmental review, including his weight"),
        F("T002", "complete a parenting assessment of Gemma in due course"),
        F("T001", "apply for a non-molestation order against Liam"),
        F("W002", "make sure Liam does not come to Gemma's house"),
        F("C003"),
    ],
})
