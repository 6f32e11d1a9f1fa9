"""Batch 33, module 1: seven fictional plans (tuning material), places beginning with "i".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: who / when / how-measured written in unusual places. An owner and a
date sharing one cell ("Lead and by when", "Who + when", "Who and when",
"[Lead & when: ...]"); a measure given only as a sentence after the action
("We'll know because ...", "The GP's letter will be on file."); timescales
that are events ("before Rosie is discharged", "at the 34-week appointment",
"within 10 days of discharge") or ranges ("between 30 June and 4 July",
"between day 11 and day 14 after admission"); owners as initials explained in
an attendance list; a "what will be different" column in the family's own
words, merged down several rows; and negated or hypothetical sentences in the
action section ("we will not need to ...", "if X happens, Y would ...") that
are not actions and carry no label. Three of the seven are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan for a premature baby on SCBU: attendance table of initials,
#    then a table whose first column ("What will be different for Rosie – in
#    Jade's words") is merged down each group of steps and whose owner and
#    timing share one "Lead and by when" cell. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b33_ickenthwaite_scbu_jades_words_lead_and_by_when_pollard.docx",
    "doc_title": "Child Protection Plan - Rosie Pollard",
    "split": "tune",
    "template": "icpc-scbu-baby-docx-initials-attendance-table-then-merged-in-mums-words-first-column-step-lead-and-by-when-one-cell-what-well-see-then-not-needed-notes",
    "description": (
        "Exemplary initial conference plan for a baby born at 34 weeks, still on the special care "
        "baby unit (father's cannabis use and violence in pregnancy; young mother who was in care). "
        "Owners are initials explained in the attendance table and share one 'Lead and by when' cell "
        "with event and range timescales ('before Rosie is discharged', 'between 30 June and 4 July'); "
        "the outcome column is in the mother's words, merged over each group of steps. The drug "
        "service reports on change, the grandmother's supervision has a fallback, and a short "
        "'also agreed' paragraph holds only negated and hypothetical sentences."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ickenthwaite Metropolitan Council · Children and Families Service · "
              "Hospital and Early Years Social Work Team"),
        ("kv", [
            ("Baby", "Rosie Pollard, born 02/06/2025 at 34 weeks; on the Special Care Baby Unit "
                     "(Ward 21), Ickenthwaite General Hospital"),
            ("Mother", "Jade Pollard (19), 7 Foundry Court, Ickenthwaite"),
            ("Father", "Connor Haigh (21), lives with his mother at 31 Weaver Street"),
            ("Conference", "Initial child protection conference, 19/06/2025, SCBU parents' room"),
            ("Category", "Emotional abuse"),
            ("Chair", "Graham Neale, Independent Reviewing Officer"),
            ("Expected discharge", "When Rosie takes all her feeds by bottle; the unit expects "
                                   "the week of 7 July 2025"),
        ]),
        ("h2", "Who was at the conference (the plan uses these initials)"),
        ("table", {
            "header": ["Initials", "Name", "Role"],
            "widths": [2.0, 5.0, 10.0],
            "rows": [
                ["JP", "Jade Pollard", "Rosie's mum"],
                ["CH", "Connor Haigh", "Rosie's dad"],
                ["LH", "Linda Haigh", "Connor's mum (paternal grandmother)"],
                ["MA", "Megan Abbott", "Social worker, Hospital and Early Years Team"],
                ["SO", "Sunita Oduya", "Neonatal outreach nurse and discharge coordinator, SCBU"],
                ["RK", "Ruth Kinsella", "Health visitor, Foundry Lane Health Centre"],
                ["DB", "Dan Brierley", "Recovery worker, Compass Point Recovery (Ickenthwaite drug "
                                       "and alcohol service)"],
                ["TW", "Tess Wainwright", "IDVA, Ickenthwaite Domestic Abuse Service"],
                ["JW", "Jess Whitworth", "Personal adviser, Ickenthwaite Leaving Care Team"],
                ["GN", "Graham Neale", "Chair"],
            ],
        }),
        ("p", "Apologies: Dr Farid Aziz, Rosie's consultant neonatologist, sent a written report."),
        ("h2", "Why Rosie has a plan"),
        ("p", "On 14/04/2025, when Jade was 30 weeks pregnant, Connor pushed her into a door frame "
              "during an argument about money. Police attended and Connor was cautioned. Jade told the "
              "midwife this was not the first time he had pushed her. Connor has smoked cannabis every "
              "day since he was 14; he told conference he has cut down to \"a couple at night\" and "
              "that he never smokes near Jade. Jade was in care from 12 to 18 and has no family she is "
              "in touch with apart from Connor's mum, Linda. Jade does not drink or use drugs, and she "
              "has no history of mental health difficulties; her mood screening on the postnatal ward "
              "was normal. The flat at Foundry Court has no Moses basket yet and the boiler was broken "
              "when the social worker visited on 16 June."),
        ("h2", "What is going well"),
        ("p", "Jade has been on the unit every day since Rosie was born, does most of her care and "
              "has learned to tube-feed her. The nurses describe her as gentle and quick to notice "
              "when Rosie is tired. Connor visits most evenings and has been calm on the ward. Linda "
              "has offered to supervise Connor's time with Rosie at her house and has done this kind "
              "of thing before for her younger son's children."),
        ("h2", "Rosie's world (what the nurses and the social worker have seen)"),
        ("p", "Rosie is small (1.9kg) and sleepy, and wakes every three hours for feeds. She settles "
              "quickly when Jade holds her skin to skin and turns towards Jade's voice. On two evenings "
              "the nurses saw her startle and cry when voices were raised at the next cot. She is "
              "taking 40–45ml by bottle at most feeds and the tube is only used at night."),
        ("h2", "The plan"),
        ("table", {
            "header": ["What will be different for Rosie – in Jade's words", "Step", "Lead and by when",
                       "What we'll see"],
            "widths": [3.6, 5.0, 3.6, 4.8],
            "rows": [
                ["\"Rosie comes home to a warm flat with her own Moses basket, and she always sleeps on "
                 "her back in it, even in the day.\"",
                 "Show Jade and Connor how to bath Rosie, make up her bottles and put her down on her "
                 "back, and go through the unit's discharge checklist with them",
                 "SO – before Rosie is discharged from the unit",
                 "Discharge checklist signed by SO and by Jade, with a copy in the red book and one "
                 "emailed to MA"],
                [V,
                 "Check the flat at Foundry Court: Moses basket and mattress, working heating, smoke "
                 "alarm, no smoking indoors; buy anything missing with a section 17 payment",
                 "MA – between 30 June and 4 July 2025, before a discharge date is set",
                 "Home check form on Rosie's file listing each item seen, and receipts for anything "
                 "bought"],
                [V,
                 "Home visits to weigh Rosie, check her feeding and see where she sleeps",
                 "RK – first visit within 48 hours of Rosie coming home, then weekly for 8 weeks",
                 "Weight plotted in the red book at every visit and staying on or above the 9th centile "
                 "for her corrected age; RK emails the weight to MA every Friday"],
                [V,
                 "See Rosie with Jade at home, awake and asleep; at least one visit a month unannounced",
                 "MA – weekly until the first core group, then every 2 weeks",
                 "Visit record notes where Rosie was sleeping, how she was fed and how she responded "
                 "to Jade, at every visit"],
                ["\"Rosie is never in the room when there's shouting or pushing, and nobody smokes weed "
                 "anywhere near her.\"",
                 "Key-work with Connor on his cannabis use, with a urine screen at each session and a "
                 "written update on whether he is cutting down and what that means for his time with "
                 "Rosie",
                 "DB – fortnightly from 23/06/2025; written update in time for each core group",
                 "Screen results and DB's written update read at every core group; by the review "
                 "conference the screens show Connor's cannabis levels falling"],
                [V,
                 "Supervise all of Connor's time with Rosie at Linda's house; Connor does not have Rosie "
                 "on his own or overnight",
                 "LH – every Wednesday 1–4pm and Saturday 10am–1pm, from the day Rosie comes home",
                 "Contact diary signed by Linda and Connor after every visit, read and signed by MA at "
                 "her visits"],
                [V,
                 "Safety planning with Jade and a DASH risk assessment, including what Jade does if "
                 "Connor turns up at Foundry Court",
                 "TW – first meeting by 04/07/2025, then every 2 weeks until the review conference",
                 "Written safety plan kept in Jade's red folder; DASH score sent to MA after each "
                 "review"],
                [V,
                 "Go to the 12-week Calm Dads group on how arguing and violence at home affect babies",
                 "CH – starts Tuesday 08/07/2025, weekly for 12 weeks",
                 "Facilitator's attendance sheet to MA monthly; mid-group report sent to the review "
                 "conference"],
                ["\"Me and Rosie have people around us, so I'm not doing it on my own when she's "
                 "crying at 3 in the morning.\"",
                 "Refer Jade and Rosie to the young parents' group at Ickenthwaite Family Hub and go "
                 "with Jade to the first session",
                 "MA – referral by 27/06/2025; first session the Thursday after discharge",
                 "Family Hub register shows Jade and Rosie at the group; the group worker tells MA each "
                 "month which sessions they came to"],
                [V,
                 "Meet Jade to get Rosie added to her Universal Credit claim and to write a night-time "
                 "plan for when Rosie won't settle",
                 "JW – every 2 weeks from 23/06/2025",
                 "Night-time plan written with Jade and kept on her fridge; JW's monthly note to MA "
                 "confirms the claim includes Rosie"],
            ],
        }),
        ("p", "Also agreed, so that nobody is left waiting for something that is not coming: we will "
              "not need a separate discharge planning meeting, because the checklist in the first step "
              "is the discharge plan. Connor does not need a parenting assessment at this stage; the "
              "review conference will look at this again. If the unit brings the discharge date "
              "forward, the dates for the home check and the first health visit would move with it."),
        ("h2", "If things go wrong"),
        ("p", "If Connor comes to Foundry Court, contacts Jade in a threatening way, or Jade or Rosie "
              "are hurt, Jade will ring 999 and MA (or the emergency duty team out of hours) will hold "
              "a strategy discussion the same day. TW will offer Jade and Rosie a place at Ickenthwaite "
              "Women's Refuge that night."),
        ("p", "If Linda cannot supervise a Wednesday or Saturday visit, that visit does not happen with "
              "anyone else: Connor does not see Rosie that day and MA will book supervised time at "
              "Ickenthwaite Family Centre within 5 working days."),
        ("p", "If Rosie loses weight two weeks running, or is found asleep anywhere other than her Moses "
              "basket, RK will tell MA that day and MA will visit within 24 hours and call a strategy "
              "discussion."),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks: 03/07/2025 at 2pm on the unit, then 31/07/2025 and 28/08/2025 at "
            "Foundry Lane Health Centre.",
            "Review child protection conference: 18/09/2025, 10am, Ickenthwaite Civic Centre.",
            "If Connor's screens still show daily cannabis use at the core group on 28/08/2025, or there "
            "is any further incident of violence, MA will ask the team manager for a legal planning "
            "meeting within 5 working days.",
        ]),
        ("p", "Plan typed by Megan Abbott (MA) on 20/06/2025 and given to Jade and Connor on the unit."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Core group record with an initials list and a landscape action tracker:
#    "Who + when" in one cell, "Proof it's done", and "What will be different
#    (in Kayden's or Stacey's words)". PDF with header and page footer.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b33_ilmarsh_core_group_who_plus_when_tracker_brierley.pdf",
    "doc_title": "Core Group Record - Kayden and Mollie Brierley",
    "split": "tune",
    "template": "core-group-record-paged-initials-present-list-updates-childrens-words-then-landscape-tracker-who-plus-when-one-cell-proof-family-words-column",
    "description": (
        "Third core group record for an 11-year-old and a 4-year-old (neglect; mother's drinking and "
        "depression). Owners are initials from the 'Present' list and share a 'Who + when' cell; the "
        "last column is what will be different in Kayden's or Stacey's words. One cell has initials "
        "but no date, one says 'ongoing', one is 'All at core group', one has no owner; the CPN only "
        "supports with an unobservable measure, one proof cell is blank, one family-words outcome is "
        "about Stacey only. Vague contingency and no legal step; the 'not needed now' sentences under "
        "the tracker are not actions."
    ),
    "landscape": True,
    "header": "RESTRICTED – Ilmarsh Borough Council Children's Services – Core Group Record",
    "footer": "Kayden and Mollie Brierley – core group 15/07/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting – Record and Action Tracker"),
        ("kv", [
            ("Children", "Kayden Brierley, 11 (Year 6, St Cuthbert's Primary; starts Ilmarsh Academy in "
                         "September) and Mollie Brierley, 4 (Little Acorns Nursery; starts Reception at "
                         "St Cuthbert's in September)"),
            ("Lives with", "Stacey Brierley (mum), 52 Reedbank Road, Ilmarsh"),
            ("Plan", "Child protection plan since the initial conference on 29/04/2025 – neglect"),
            ("Meeting", "Core group 3, Tuesday 15/07/2025, 10am, Ilmarsh Family Hub"),
            ("Chaired and typed by", "Dionne Wallace (DW), social worker"),
        ]),
        ("h2", "Present"),
        ("bullets", [
            "SB – Stacey Brierley, mum",
            "DW – Dionne Wallace, social worker, Ilmarsh Children's Services (chair)",
            "DL – Mrs Donna Lyle, designated safeguarding lead, St Cuthbert's Primary",
            "NB – Naomi Bell, manager, Little Acorns Nursery",
            "RH – Ravi Hussain, community psychiatric nurse, Ilmarsh Community Mental Health Team",
            "JO – Jess O'Dowd, recovery worker, Step Forward (Ilmarsh Alcohol Service)",
            "KF – Kim Forde, family support worker, Ilmarsh Family Hub",
        ]),
        ("p", "Apologies: LM – Lucy Marr, health visitor (update sent by email and read out)."),
        ("h2", "Since the last core group"),
        ("p", "SB said the last month has been \"up and down\". She told the group she drank on three "
              "evenings in late June, all when the children were in bed, and that she went back to Step "
              "Forward on 02/07/2025. JO confirmed that SB has been to both sessions since and that her "
              "two breath tests were clear. RH has seen SB twice; she is taking her sertraline and says "
              "her sleep is a bit better."),
        ("p", "DL reported that Kayden has been late 6 times this half term and has twice said he was "
              "late because he was \"doing Mollie\". NB said Mollie has been collected late three times, "
              "once by Kayden on his own. DW's unannounced visit on 09/07/2025 found the kitchen much "
              "tidier than in June, food in the fridge, but Mollie's bedding wet and no clean uniform for "
              "Kayden. LM weighed Mollie on 07/07: she is on the 25th centile and her teeth have been "
              "seen by the dentist."),
        ("h2", "What Kayden and Mollie have told us"),
        ("p", "Kayden (seen alone at school by DW on 10/07/2025): \"It's better than before. Mum's not "
              "asleep as much. I still do Mollie's breakfast because Mum's slow in the mornings.\" He is "
              "nervous about big school and asked whether Mrs Lyle could \"tell them about me so I don't "
              "have to\". He wants to go to the holiday football camp with his mate Tyler."),
        ("p", "Mollie showed NB a drawing of \"me and Mummy walking to nursery\" and told DW that her "
              "favourite thing is \"when Kayden does pancakes\". NB says she is chatty and settled once "
              "she is in, but cries if she is the last to be picked up."),
        ("h2", "Action tracker (updated at this meeting)"),
        ("table", {
            "header": ["No.", "Agreed action", "Who + when", "Proof it's done",
                       "What will be different (in Kayden's or Stacey's words)"],
            "widths": [1.1, 7.2, 4.2, 6.4, 6.8],
            "rows": [
                ["1", "Home visits, seeing Kayden and Mollie on their own, with one visit a month before "
                      "8.30am to see the morning routine",
                 "DW – every 2 weeks",
                 "Visit records with both children's words; each morning visit notes whether there was "
                 "breakfast in the house",
                 "Kayden: \"Someone checks we're OK, not just Mum saying we are.\""],
                ["2", "Pass Kayden's safeguarding file and a copy of this plan to the Year 7 head of year "
                      "at Ilmarsh Academy",
                 "DL",
                 "Receipt signed by Ilmarsh Academy's DSL, copy to DW",
                 "Kayden: \"My new teachers already know, so I don't have to explain it all again.\""],
                ["3", "Keep the bedrooms and kitchen clean and clear, with food in for the children's "
                      "breakfast and tea",
                 "SB – ongoing",
                 "Kitchen and bedrooms scored on the Ilmarsh home conditions tool at each of DW's visits",
                 "Stacey: \"Kayden won't have to tidy up before his mates come round.\""],
                ["4", "Fortnightly appointments with Stacey to support her with her low mood and her "
                      "sleep",
                 "RH – every 2 weeks",
                 "Stacey feeling better in herself",
                 "Stacey: \"I'll feel like myself again and be up and dressed in the mornings.\""],
                ["5", "Key-work and breath tests, and a written report to each core group on whether "
                      "Stacey's drinking is changing and what it means for Kayden and Mollie",
                 "JO – weekly; report before each core group",
                 "Breath test results and JO's report, read out at every core group",
                 "Kayden: \"Mum's not asleep on the settee when I get in from school.\""],
                ["6", "Make sure Mollie gets to nursery every morning and is collected on time",
                 "All at core group – daily",
                 "Little Acorns register and collection times sent to DW every Friday",
                 "Mollie (her drawing): Mummy and Mollie walking to nursery holding hands"],
                ["7", "Refer Kayden to Ilmarsh Young Carers for an assessment and a place on the summer "
                      "activity week",
                 "– by 25/07/2025",
                 "Young carers assessment sent to DW; Kayden's place on the August activity week "
                 "confirmed in writing",
                 "Kayden: \"I get to go to stuff in the holidays like everyone else.\""],
                ["8", "Sessions at home with Stacey on bedtimes, meals and getting Mollie ready for "
                      "Reception",
                 "KF – weekly for 6 weeks from 21/07/2025",
                 "",
                 "Stacey: \"Mollie's in bed by 7 and her uniform's ready for September.\""],
                ["9", "Pre-school health check and hearing test for Mollie before she starts in Reception",
                 "LM – by 29/08/2025",
                 "Results in Mollie's red book, with a copy sent to DW and St Cuthbert's",
                 "Stacey: \"Mollie starts school healthy and can hear the teacher properly.\""],
            ],
        }),
        ("p", "Not needed now: Stacey will not need a second referral to Step Forward, because she went "
              "back on 02/07/2025. If Kayden's place at Ilmarsh Academy were to fall through, DL would "
              "stay as his school contact until a new school is named."),
        ("h2", "Contingency"),
        ("p", "If things do not improve, or there are further concerns about Stacey's drinking, the core "
              "group will meet early to review the plan and consider next steps."),
        ("h2", "Next meetings"),
        ("p", "Review child protection conference: 24/07/2025, 1.30pm, Ilmarsh Town Hall. Core group "
              "every 4 weeks after that, the first on 12/08/2025 at 10am at Ilmarsh Family Hub."),
        ("p", "Record sent to all present and to LM on 16/07/2025."),
    ],
    "findings": [
        F("T001", "Pass Kayden's safeguarding file and a copy of this plan"),
        F("T002", "Keep the bedrooms and kitchen clean and clear"),
        F("H001", "appointments with Stacey to support her with her low mood"),
        F("M002", "appointments with Stacey to support her with her low mood"),
        F("F002", "I'll feel like myself again and be up and dressed in the mornings."),
        F("W002", "Make sure Mollie gets to nursery every morning"),
        F("W001", "Refer Kayden to Ilmarsh Young Carers for an assessment"),
        F("M001", "Sessions at home with Stacey on bedtimes, meals"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Review plan in markdown: outcomes headed by the family's own words, each
#    followed by steps whose measure is the sentence after the action ("We'll
#    know because ..."), ranges and start dates as timescales, and a short
#    list of things agreed NOT to do. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b33_inchcarrow_in_our_words_steps_know_sentence_maguire.md",
    "split": "tune",
    "template": "rcpc-plan-md-outcomes-headed-by-family-quotes-then-numbered-steps-bold-owner-range-timescales-measure-as-following-sentence-then-things-we-wont-do",
    "description": (
        "Exemplary review conference plan for an 8-year-old and a 2-year-old (neglect: lateness, home "
        "conditions, dental decay; father a sole carer with dyslexia and debts). Each outcome is headed "
        "by what Maisie or her dad said; each step names its owner in bold, gives a range, start date "
        "or event, and says how it will be known in the next sentence of the same item. An aunt has "
        "the children on Saturdays with a fallback in the contingency. A closing list of things the "
        "core group agreed not to do is negated and hypothetical, not actions."
    ),
    "text": """\
# Maisie and Finn's plan – what will be different, in our words

**Inchcarrow Council – Children's Social Care**
Review child protection conference, 15 July 2025. The plan continues (category: neglect).
Social worker: Aoife Rennick · Chair: Bernard Okwu · Plan typed by Aoife on 16 July 2025

---

## Who is in the family

- **Maisie Maguire**, 8, Year 3 at Inchcarrow Primary
- **Finn Maguire**, 2, at home with Dad
- **Sean Maguire**, their dad, who has looked after them on his own since January
- **Nicola Maguire**, Sean's sister, lives on Brewery Lane, ten minutes' walk away
- The children's mum, Leanne, moved to Cardiff in January and phones on Sundays

## Where things are now

Since the first conference in April, Maisie's attendance has gone up from 78% to 89%, but she
was late on 14 of the last 30 school days. Finn has four decayed front teeth and missed two
dental appointments in the spring. The house is warmer since the boiler was fixed, but on three
of the last five visits the kitchen was piled with dirty pots and there were mouse droppings in
the cupboards. Maisie has been sleeping on a mattress on the floor with a sleeping bag.

Sean has dyslexia and finds letters and forms hard, which is part of why appointments were
missed. He has debts of about £2,400 and his Universal Credit is being cut to pay them back.
There are no concerns about Sean's drinking or drug use, and his GP has confirmed he has no
history of mental illness.

## What Maisie and Finn have told us

Maisie (seen on her own at school, 8 July): "I hate being late because everyone looks at me
when I come in. I do the morning job with Mrs Kaur when I'm on time, feeding the fish." She
said she'd like "a proper bed with a duvet with stars on" and that "the mice come out at night
and I can hear them". She likes Saturdays at Auntie Nicola's because "we make cakes".

Finn is not yet putting words together. At visits he is smiley and busy, brings his trains to
show people and stays close to his dad. On 1 July he cried and held his jaw while eating toast,
and Sean said this happens most days.

## The plan

### 1. "I want to get to school before the bell so I can do the fish." – Maisie

1. **Sean** will follow the picture morning chart he made with Mel and get Maisie to Inchcarrow Primary by 8.45am every school day from 3 September 2025. We'll know because the school register shows Maisie in on time, and Mrs Kaur emails Aoife the number of late marks on the first Friday of every month.
2. **Mel Okafor, family support worker, Inchcarrow Family Hub,** will come to the house at 7.30am three mornings a week between 3 and 26 September 2025, then once a week until half-term on 24 October. We'll know because Mel's session notes record what time the children left the house, and she sends them to Aoife before each core group.
3. **Mrs Harleen Kaur, DSL, Inchcarrow Primary,** will check in with Maisie every Monday and Thursday in term, starting on 4 September 2025, and give her the fish-feeding job when she is on time. We'll know because Maisie rates her morning from 1 to 5 on the check-in sheet, and a copy goes to Aoife every fortnight.

### 2. "I just want Finn's teeth sorted so he stops crying when he eats." – Sean

4. **Sean** will take Finn to the community dental clinic on 29 July 2025 and to every follow-up appointment the clinic books. We'll know because the clinic copies its attendance letters to the health visitor and Finn's treatment plan goes in his red book.
5. **Kerry Asante, health visitor,** will do Finn's 2-year review by 15 August 2025, including his weight and his speech, and then see him monthly until the next review conference. We'll know because the ASQ scores and weights are written in the red book and Kerry sends Aoife a copy of the review.

### 3. "A proper bed with a duvet, and no mice." – Maisie

6. **Aoife Rennick, social worker,** will get a bed, mattress and duvet for Maisie delivered between 21 and 25 July 2025, paid for from the household support fund. We'll know because Aoife sees the bed made up in Maisie's room at her next visit and the delivery note is on the children's file.
7. **Sean** will book Inchcarrow Council pest control by 18 July 2025 and let them in for every treatment visit. We'll know because the pest control job sheets are kept in the house folder, and Aoife finds no fresh droppings in the kitchen cupboards at her visits.
8. **Aoife Rennick** will visit every 2 weeks, at least once a month unannounced, and see Maisie on her own and Finn awake. We'll know because her visit records score the kitchen, bathroom and both bedrooms on the home conditions tool at every visit, with Maisie's own words written down.
9. **Nicola Maguire** will have Maisie and Finn at her house every Saturday from 10am to 4pm during the summer holidays, so that Sean can clear and clean one room each week. We'll know because Nicola writes each Saturday in the family diary, and Aoife sees one more room scored green at each visit.

### 4. "I don't want the kids going without because of money." – Sean

10. **Tom Beale, welfare rights adviser, Inchcarrow Citizens Advice,** will meet Sean at the Family Hub on 22 July 2025 and then every 2 weeks until a debt plan is agreed, and will read every letter with him. We'll know because the signed repayment plan is on file and Sean's Universal Credit statement shows a smaller deduction, seen by Aoife by the core group on 9 September 2025.

### Things we talked about and agreed we don't need

- We will not need a family group conference at the moment, because Nicola is already part of the plan every week.
- Finn does not need a nursery place before January; he would be offered a funded place then if Sean wants one.
- If Sean gets the warehouse job he has applied for, Mel's morning visits would move to 7am.

## If things go wrong

If Maisie is late or absent on three days in any fortnight, Finn misses a dental appointment,
or two rooms score red at a visit, Aoife will visit within one working day and the core group
will agree a new morning and cleaning plan with Sean that week.

If the children are found without food, left alone, or the house is unsafe for them to sleep
in, Aoife (or the out-of-hours team) will hold a strategy discussion the same day and Maisie
and Finn will stay with Nicola. If Nicola cannot have them, they will stay together with
approved foster carers that night.

If Nicola is ill or away on a Saturday, the summer cleaning day moves to a weekday and Mel
will take the children to the Family Hub play session while Sean works on the house.

## Meetings and review

- Core group every 4 weeks, 3.30pm at Inchcarrow Primary: 12 August, 9 September, 7 October, 4 November and 2 December 2025.
- Next review child protection conference: 13 January 2026, 10am, Inchcarrow Civic Centre.
- If the home conditions scores are not amber or better in every room, or Maisie is still late more than twice a fortnight, by the core group on 4 November 2025, Aoife will ask her team manager for a legal planning meeting within 5 working days.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Ward safeguarding discharge planning notes for a looked-after toddler
#    with an unexplained fracture: attendance initials, numbered actions
#    whose measure is the sentence after the action and whose owner and
#    timing sit in one "[Lead & when: ...]" bracket (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b33_islingmoor_ward_discharge_notes_lead_when_brackets_tulloch.txt",
    "split": "tune",
    "template": "childrens-ward-safeguarding-discharge-planning-notes-txt-present-initials-then-numbered-actions-measure-sentence-then-lead-and-when-bracket",
    "description": (
        "Typed notes of a safeguarding discharge planning meeting for a 22-month-old accommodated "
        "under section 20 on a children's ward with an unexplained femur fracture; his parents' "
        "contact is stopped while police investigate. Each action ends with a '[Lead & when: ...]' "
        "bracket using initials from the 'Present' list; measures are the sentence after the action. "
        "The social worker visits 'when her diary allows' and the foster carers 'as often as they "
        "can' (no visit at a stated frequency), one action has '-' as lead, one is 'all present', the "
        "father's therapist only supports, the HV's measure is 'health will be monitored', and the "
        "review conference date is to be confirmed. Negated and hypothetical notes are not actions."
    ),
    "text": """\
ISLINGMOOR ROYAL INFIRMARY  -  CHILDREN'S WARD 7
SAFEGUARDING DISCHARGE PLANNING MEETING  -  NOTES AND PLAN
==========================================================================

Child:        Archie TULLOCH   DOB 14/09/2023 (22 months)   NHS no. withheld
Admitted:     08/07/2025 via ED, spiral fracture of the left femur
Legal status: Accommodated under section 20 since 10/07/2025 (parents
              agreed). Islingmoor Children's Services. On discharge he will
              go to foster carers Gail and Rob Ashcroft.
CP status:    Child protection plan from the initial conference on
              17/07/2025, category physical abuse.
Meeting:      18/07/2025, 2pm, Ward 7 seminar room
Notes by:     LF (named nurse), agreed by AM

PRESENT
  AM   Dr Anjali Mehta, consultant paediatrician (chaired)
  KP   Karen Pryde, ward sister, Ward 7
  LF   Lisa Fenwick, named nurse for safeguarding children
  GS   Gemma Sloan, social worker, Islingmoor Children's Services
  TR   Tariq Rahim, team manager, Islingmoor Children's Services
  PO   DC Phil Oduya, Child Abuse Investigation Unit
  EH   Emma Hurst, supervising social worker, Islingmoor Fostering
  GA   Gail Ashcroft, foster carer
  SK   Sarah Kemp, health visitor, Moorside Clinic
Kirsty Tulloch (mum) joined by phone for the last 15 minutes. Dean
Varley (dad) was invited and did not attend.

--------------------------------------------------------------------------
1. BACKGROUND
--------------------------------------------------------------------------
Archie was brought to ED by Kirsty and Dean on the evening of 08/07/2025,
not weight bearing. They said he had slipped off the sofa. The X-ray
showed a spiral fracture of the left femur, which AM's report says is
not consistent with the account given for a child of Archie's age who is
only just walking. The skeletal survey on 09/07/2025 found no other
fractures. Bloods were normal. The police are investigating and both
parents are to be interviewed; no date has been set.

Dean has anxiety and panic attacks and has been seeing Islingmoor Talking
Therapies since March. There are no concerns about Kirsty's or Dean's
alcohol or drug use; Kirsty has no history of mental health problems.

Archie is in a hip spica cast and is expected to be medically fit for
discharge in the week of 28/07/2025.

--------------------------------------------------------------------------
2. FAMILY TIME
--------------------------------------------------------------------------
Contact between Archie and both parents has been stopped since 10/07/2025
until the police have interviewed them. There are no other relatives
approved to visit at present.

--------------------------------------------------------------------------
3. ARCHIE ON THE WARD (WHAT STAFF HAVE SEEN)
--------------------------------------------------------------------------
Archie is eating well and likes yoghurt and toast fingers. He babbles
("ba", "dada", "uh-oh"), points at the fish tank in the playroom and
laughs when the play specialist blows bubbles. He was unsettled for the
first three nights and cried for his mum, and now settles when a nurse
sits with him and sings. He reaches up to be held by the two nurses who
look after him most. He has had no visitors since 10/07/2025.

--------------------------------------------------------------------------
4. WHAT WE WANT FOR ARCHIE
--------------------------------------------------------------------------
- Archie's fracture heals and he is walking again without pain.
- Archie is kept safe from any further injury while we find out how the
  fracture happened.
- Archie has familiar, caring adults around him on the ward and when he
  leaves hospital, and settles with his foster carers.

--------------------------------------------------------------------------
5. ACTIONS AGREED
--------------------------------------------------------------------------
5.1  Archie to stay on Ward 7 until he is medically fit and the foster
     placement is ready; nursing staff to record his pain scores,
     feeding and sleep every shift. The nursing notes will show the
     scores for each shift and KP will summarise them for GS each Friday.
     [Lead & when: KP, every shift until discharge]

5.2  Repeat skeletal survey and eye examination, with the results
     written into the discharge summary. A copy of the results goes to
     GS and PO on the day the report is signed.
     [Lead & when: AM, between day 11 and day 14 after admission
     (19/07-22/07/2025)]

5.3  GS to visit Archie on the ward and check on his care and how he is
     settling.
     [Lead & when: GS, when her diary allows]

5.4  Gail and Rob Ashcroft to visit Archie on the ward to get to know
     him before he moves to them, and to help with his bath and bedtime.
     Ward staff will write each visit in the nursing record.
     [Lead & when: GA, as often as they can]

5.5  A written update from the strategy discussion to be sent to the
     ward and to the GP once both parents have been interviewed. It will
     be filed in Archie's hospital notes and on his GP record.
     [Lead & when: -, after the police interviews]

5.6  Dean to keep going to his sessions with Islingmoor Talking
     Therapies for his panic attacks; his therapist will carry on
     supporting him with his anxiety.
     [Lead & when: Islingmoor Talking Therapies (Dean's therapist),
     weekly]

5.7  Discharge meeting on the ward before Archie leaves, to agree the
     date, his fracture clinic follow-up and who takes him to the
     Ashcrofts' home. Notes of the meeting will be sent to everyone
     listed under PRESENT.
     [Lead & when: all present, before discharge]

5.8  Check that the car seat, travel cot and the equipment for his cast
     are in place at the Ashcrofts' home. EH will send GS the completed
     equipment checklist with photos.
     [Lead & when: EH, before discharge]

5.9  HV to be told of the discharge and to visit Archie at the
     Ashcrofts' home. His health will be monitored.
     [Lead & when: SK, within 10 days of discharge]

5.10 Book Archie's first fracture clinic appointment and give the foster
     carers the letter and the cast care leaflet. Both will be in the
     discharge pack, signed for by GA.
     [Lead & when: KP, before discharge; clinic 2 weeks after discharge]

Notes (agreed, not actions):
- The ward will not need to restrict other visitors beyond the
  parents, as no other relatives have asked to visit.
- If Archie is fit for discharge before the Ashcrofts' equipment
  arrives, he would stay on Ward 7 for the extra night or nights
  rather than go anywhere else.

--------------------------------------------------------------------------
6. IF THINGS CHANGE
--------------------------------------------------------------------------
If either parent comes onto the ward or tries to take Archie, ward
staff will call hospital security and 999 straight away and KP will ring
GS (or the emergency duty team out of hours). If the Ashcroft placement
falls through, GS will find another approved foster placement before
Archie is discharged, and Archie will stay on Ward 7 until one is ready.

--------------------------------------------------------------------------
7. MEETINGS
--------------------------------------------------------------------------
First core group: 31/07/2025, 10am, Ward 7 seminar room (or the
Ashcrofts' home if Archie has been discharged), then every 4 weeks.
Review child protection conference: date to be confirmed.
If the police investigation or the medical evidence shows that Archie's
injury was inflicted, or the parents cannot give an account that fits
his injury by the first core group, TR will hold a legal planning
meeting within 5 working days.

Distribution: all present, Dr Joanna Crane (GP), Kirsty Tulloch,
Dean Varley.
""",
    "findings": [
        F("T002", "GS to visit Archie on the ward and check"),
        F("M001", "GS to visit Archie on the ward and check"),
        F("T002", "Gail and Rob Ashcroft to visit Archie on the ward"),
        F("W001", "A written update from the strategy discussion to be sent"),
        F("H001", "his therapist will carry on supporting him with his anxiety"),
        F("M001", "his therapist will carry on supporting him with his anxiety"),
        F("W002", "Discharge meeting on the ward before Archie leaves"),
        F("M002", "HV to be told of the discharge and to visit Archie"),
        F("L001"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Review conference plan: merged "What will be different (in the family's
#    words)" column, an action cell that holds the measure as its second
#    sentence, and a "Who and when" cell (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b33_ivenhallow_merged_family_words_do_and_know_cell_cassidy.docx",
    "doc_title": "Child Protection Plan - Lily and Jack Cassidy",
    "split": "tune",
    "template": "rcpc-plan-docx-merged-family-words-first-column-what-well-do-and-how-well-know-one-cell-who-and-when-one-cell",
    "description": (
        "Review conference plan for a 9-year-old and a 6-year-old (mother's depression; Lily worrying "
        "and scratching herself, Jack soiling and wetting, overcrowding). Three columns: what will be "
        "different in Lily's, Jack's or Gemma's words (merged down each group), what we'll do with "
        "how we'll know as the next sentence, and who and when in one cell. One referral's only "
        "measure is 'reviewed at core group', the SW visit row has no measure sentence, one cell names "
        "Gemma with no timing, one has only a date, one is 'Family network', parenting sessions are "
        "measured by Gemma feeling more confident, and Gemma's own words are an adult-only outcome. "
        "The grandparents do the school run and Saturdays, and the contingency sends the children to "
        "them with no fallback."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child Protection Plan – Review"),
        ("p", "Ivenhallow District Council – Children, Young People and Families"),
        ("kv", [
            ("Children", "Lily Cassidy (9), Year 4, and Jack Cassidy (6), Year 1, Ivenhallow Juniors "
                         "and Infants"),
            ("Home", "Gemma Cassidy (mum), 2-bedroom flat, 18 Kiln Row, Ivenhallow"),
            ("Dad", "Paul Cassidy, works offshore (two weeks on, two off) and sees the children on his "
                    "weeks home"),
            ("Grandparents", "Jean and Alan Devlin (Gemma's parents), Orchard Drive, Ivenhallow"),
            ("Review conference", "08/07/2025 – plan continues, category neglect"),
            ("Social worker", "Declan Moore"),
        ]),
        ("h1", "How things have been since April"),
        ("p", "Gemma has had depression since Jack was born and her GP increased her antidepressant in "
              "May. She told conference that most days she gets the children to school but that she "
              "goes back to bed afterwards, and that the flat \"gets on top of me\". Lily has been "
              "getting Jack up and dressed on the days Gemma cannot, and school have seen scratches on "
              "Lily's arms twice since Easter. Jack has been soiling at school two or three times a "
              "week and wets the bed most nights; he shares a bed with Lily because there is no room "
              "for a second one. Jean and Alan have been doing the school run three days a week since "
              "May and have had the children every Saturday, which both children love."),
        ("h1", "What Lily and Jack said"),
        ("p", "Lily (with her ELSA, 02/07/2025): \"I think about Mum all the time at school, whether "
              "she's got up. I scratch when I'm worried, it's not to hurt myself.\" She wants \"my own "
              "room, or at least my own bed\" and said she feels safest at Nana's."),
        ("p", "Jack (with the social worker, 30/06/2025) drew his bed with \"a big puddle\" and said "
              "\"I don't like it when I smell at school, people say I'm stinky.\" He said his best day "
              "is Saturday \"because Grandad has a trampoline\"."),
        ("h1", "Our plan"),
        ("table", {
            "header": ["What will be different (in the family's words)",
                       "What we'll do – and how we'll know", "Who and when"],
            "widths": [4.4, 8.2, 4.4],
            "rows": [
                ["Lily: \"I want to stop worrying about Mum when I'm at school, and have a grown-up I "
                 "can tell.\"",
                 "Weekly 'worry monster' sessions with Lily and a plan for who she can talk to at school. "
                 "Her worry score out of 10 is written down each week and sent to the social worker.",
                 "Mrs Farah Iqbal, ELSA, Ivenhallow Juniors – every Thursday in term"],
                [V,
                 "Refer Lily to the Mental Health Support Team for her scratching and her low mood. The "
                 "referral will be reviewed at core group.",
                 "Mrs Iqbal (as DSL) – by 18/07/2025"],
                [V,
                 "See Lily and Jack on their own at home and at school, and ask Lily what she is "
                 "worrying about.",
                 "SW Declan Moore – every 2 weeks"],
                [V,
                 "Take Lily and Jack to school on Mondays, Tuesdays and Wednesdays so Lily is not "
                 "getting Jack ready. The school register shows both children in by 8.50am on those "
                 "days.",
                 "Jean and Alan Devlin (grandparents) – from the first day of term, 03/09/2025"],
                ["Jack: \"I want clean pants and a bed that isn't wet, and my own bed.\"",
                 "Continence assessment for Jack and a toileting plan for home and school. The plan is "
                 "written down and copies given to Gemma and the school, and the nurse tells the social "
                 "worker each month how many accidents Jack has had.",
                 "School nurse Anne Rooke – by 25/07/2025"],
                [V,
                 "Keep Jack's bedding washed and make sure he has clean clothes for school. The social "
                 "worker sees his bed made up with clean sheets, and school tell her if Jack comes in "
                 "unwashed.",
                 "Gemma"],
                [V,
                 "Housing transfer application for a home with a bedroom each for Lily and Jack. The "
                 "application number and band are given to the social worker.",
                 "by 29/08/2025"],
                [V,
                 "Saturdays away from the flat so Gemma can rest and the children can play out. What "
                 "they did each Saturday is written in the family diary.",
                 "Family network – every Saturday"],
                ["Gemma: \"I'll be off the tablets, sleeping properly and feeling like me again.\"",
                 "Review Gemma's antidepressant and her sleep, and write to the social worker with the "
                 "plan. The GP's letter will be on the children's file.",
                 "Dr Helen Okafor, GP, Mill Lane Surgery – by 29/08/2025"],
                [V,
                 "Parenting sessions at Ivenhallow Family Hub on routines, bedtimes and mornings. "
                 "Gemma will feel more confident as a parent.",
                 "Gemma, with family support worker Tanya Webb – Thursdays for 8 weeks from "
                 "10/07/2025"],
            ],
        }),
        ("p", "Also agreed: Paul will not need a separate assessment at this point, because he has the "
              "children only on his weeks home and there are no worries about his care. If the family "
              "are offered a bigger home away from Kiln Row, the children would stay at Ivenhallow "
              "Juniors and Infants."),
        ("h1", "If things get worse"),
        ("p", "If Lily tells anyone that she has hurt herself badly or wants to, or Gemma says she "
              "cannot keep herself or the children safe, whoever hears it will ring the social worker "
              "(or the emergency duty team) that day. The social worker will hold a strategy discussion "
              "the same day, Lily and Jack will go to stay with Nana and Grandad at Orchard Drive, and "
              "Gemma will be referred to the crisis team."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 6 weeks at Ivenhallow Juniors, 9.15am: 19/08/2025, 30/09/2025, 11/11/2025 "
            "and 16/12/2025.",
            "Next review child protection conference: 06/01/2026, 1.30pm, Ivenhallow District Council "
            "offices.",
            "If Lily is still scratching and scoring her worries 7 or above, or Jack is still soiling "
            "at school most weeks, at the core group on 11/11/2025, the social worker will ask for a "
            "legal planning meeting.",
        ]),
    ],
    "findings": [
        F("M002", "Refer Lily to the Mental Health Support Team for her scratching"),
        F("M001", "See Lily and Jack on their own at home and at school"),
        F("T001", "Keep Jack's bedding washed and make sure he has clean clothes"),
        F("W001", "Housing transfer application for a home with a bedroom each"),
        F("W002", "Saturdays away from the flat so Gemma can rest"),
        F("M002", "Parenting sessions at Ivenhallow Family Hub on routines, bedtimes"),
        F("F002", "I'll be off the tablets, sleeping properly and feeling like me again."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Pre-birth plan made with the perinatal mental health service: key to
#    initials, then a table whose action cell ends with "We'll know because
#    ..." and whose timings are stages of pregnancy and birth events.
#    Exemplary PDF with header and page footer.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b33_irthingmere_prebirth_know_because_cell_event_timing_sowerby.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby of Bethany Sowerby",
    "split": "tune",
    "template": "prebirth-icpc-plan-paged-key-to-initials-then-what-we-agreed-cell-ending-well-know-because-named-lead-timing-by-pregnancy-and-birth-events",
    "description": (
        "Exemplary pre-birth plan for an unborn baby and her 5-year-old brother (mother's bipolar "
        "disorder with postpartum psychosis after her first birth). A key gives the initials used as "
        "owners; each action cell ends with 'We'll know because ...'; timings are pregnancy and birth "
        "events ('at the 34-week appointment', 'every shift from birth to discharge', 'within 10 to 14 "
        "days of birth'). The perinatal psychiatrist and CPN assess and report on relapse risk and "
        "care of the baby, the grandmother's overnight stays have a fallback, and the 'also agreed' "
        "lines under the table are negated or hypothetical, not actions."
    ),
    "header": "OFFICIAL-SENSITIVE · Irthingmere County Council · Children's Social Care",
    "footer": "Pre-birth plan, baby of Bethany Sowerby · agreed 24/06/2025 · page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("kv", [
            ("Unborn baby", "Baby girl, due 20/08/2025 (Bethany is 31 weeks pregnant at conference)"),
            ("Brother", "Tyler Sowerby, 5, Reception at Millfield Infants"),
            ("Mother", "Bethany Sowerby (27)"),
            ("Baby's father", "Marcus Fenn (30), lives with Bethany and Tyler"),
            ("Address", "23 Larkspur Close, Irthingmere"),
            ("Conference", "Pre-birth initial child protection conference, 24/06/2025, Irthingmere "
                           "County Hall"),
            ("Category", "Neglect (risk of)"),
        ]),
        ("h2", "Key to initials"),
        ("bullets", [
            "BS – Bethany Sowerby, mum",
            "MF – Marcus Fenn, baby's dad",
            "PS – Pauline Sowerby, Bethany's mum",
            "HA – Hollie Arkwright, social worker, Irthingmere Children's Social Care",
            "NK – Dr Nadia Khalil, consultant perinatal psychiatrist, Irthingmere Perinatal Mental "
            "Health Service",
            "CM – Craig Mottram, community psychiatric nurse, Irthingmere Perinatal Mental Health Service",
            "LB – Laura Beckett, specialist safeguarding midwife, Irthingmere Maternity Unit",
            "FE – Fran Elwood, health visitor, Larkspur Clinic",
            "PV – Dr Priya Venn, GP, Castle Street Surgery",
            "DT – Mrs Deborah Trent, designated safeguarding lead, Millfield Infants",
            "Chair – Simon Hale, Independent Conference Chair",
        ]),
        ("h2", "Why there is a plan"),
        ("p", "Bethany has bipolar affective disorder. Five weeks after Tyler was born in 2020 she "
              "became very unwell with postpartum psychosis: she stopped sleeping, believed Tyler was "
              "being poisoned and was admitted to a mother and baby unit for six weeks, while Tyler "
              "stayed with Pauline. She was well for the next four years on lithium. When she found out "
              "she was pregnant in January she stopped her lithium without telling anyone, and in March "
              "she had two weeks of high mood and very little sleep. She is now taking quetiapine "
              "prescribed by NK and has been well since April. The risk of her becoming unwell again in "
              "the weeks after the birth is high."),
        ("p", "Marcus works shifts at the distribution centre. He told conference that he drinks \"a "
              "few cans at the weekend\"; no one at conference had any concerns about his drinking, and "
              "he has no mental health history. He and Pauline both know Bethany's early warning signs "
              "from last time."),
        ("h2", "The baby's world and what Tyler says"),
        ("p", "The scans at 20 and 28 weeks were normal and the baby is growing well. Bethany has "
              "stopped smoking, sings to the bump in the evenings and has a cot and a changing mat "
              "ready in the second bedroom. Marcus has been to every antenatal appointment."),
        ("p", "Tyler (seen at school by HA on 17/06/2025): \"I'm going to be a big brother and I'm "
              "going to show her my dinosaurs.\" He remembers that \"Mummy had to go to hospital when I "
              "was a baby and I stayed at Nanny's\" and asked if that would happen again. He said he "
              "likes it when Marcus takes him to the park on Sundays."),
        ("h2", "What we want for the baby and for Tyler"),
        ("bullets", [
            "The baby is fed, warm and comforted by a well adult every day and night, and sleeps on her "
            "back in her own cot.",
            "Tyler keeps going to school every day, knows what will happen if Mummy becomes unwell, and "
            "does not have to look after his mum or his sister.",
            "If Bethany starts to become unwell, the adults around the baby and Tyler notice within a "
            "day and keep them safe.",
        ]),
        ("h2", "What we agreed"),
        ("table", {
            "header": ["What we agreed (and how we'll know it has happened)", "Named lead", "Timing"],
            "widths": [10.0, 2.6, 4.4],
            "rows": [
                ["Assess how likely Bethany is to become unwell again after the birth and what would need "
                 "to be in place for her to care for the baby safely, and write a relapse prevention plan "
                 "with Bethany and Marcus listing the early warning signs. We'll know because NK's written "
                 "assessment and the relapse plan are shared with the core group and copied into "
                 "Bethany's maternity notes.",
                 "NK", "At the 34-week appointment (by 29/07/2025)"],
                ["Visit Bethany at home, look for early warning signs and check she is taking her "
                 "quetiapine; write an update for each core group on whether she is keeping well and "
                 "keeping to her relapse plan, and what that means for her care of the baby and Tyler. "
                 "We'll know because CM's update is read out at every core group.",
                 "CM", "Weekly from 36 weeks until the baby is 6 weeks old"],
                ["Put an alert and a birth plan on the maternity system so that the labour ward rings HA "
                 "when Bethany is admitted, and plan a postnatal stay of at least three nights. We'll "
                 "know because HA sees the alert on the system and the birth plan is in the hand-held "
                 "notes.",
                 "LB", "Before 34 weeks"],
                ["Ask the postnatal ward staff to note Bethany's sleep and mood and how she is with the "
                 "baby on every shift. We'll know because the ward's observation chart is taken to the "
                 "discharge planning meeting.",
                 "LB, with the postnatal ward sister", "Every shift from birth to discharge"],
                ["Hold a discharge planning meeting on the postnatal ward; the baby does not go home "
                 "until it has taken place. We'll know because the meeting notes, with the agreed day "
                 "of going home, are emailed to everyone in the key.",
                 "HA", "Before the baby is discharged"],
                ["New birth visit, then weigh the baby and check feeding, sleep position and Bethany's "
                 "mood at each visit. We'll know because the weight is in the red book every time and FE "
                 "emails HA after each visit.",
                 "FE", "Within 10 to 14 days of birth, then weekly until the baby is 8 weeks old"],
                ["Stay overnight at Larkspur Close and do the 2am feed so that Bethany can sleep. We'll "
                 "know because Pauline fills in the night feed chart each night and CM looks at it on his "
                 "visits.",
                 "PS", "Every night for the first 14 nights the baby is home"],
                ["Take two weeks' paternity leave from the birth, then do the night feeds after Pauline "
                 "goes home. We'll know because the night feed chart is kept in Marcus's handwriting from "
                 "night 15 and HA checks it at her visits.",
                 "MF", "Leave from the day of birth; night feeds from night 15 until 8 weeks old"],
                ["Visit at home and see Tyler on his own; after the birth, see the baby awake and where "
                 "she sleeps. We'll know because HA's visit records note what Tyler says and how the "
                 "baby is being cared for.",
                 "HA", "Every 2 weeks before the birth; weekly for the first 8 weeks after"],
                ["Check in with Tyler and ask how things are at home and with the new baby. We'll know "
                 "because DT's log of each check-in is emailed to HA the same day.",
                 "DT", "Every Monday in term, from 30/06/2025"],
                ["Prescribe Bethany's quetiapine in 28-day amounts and tell CM the same day if she does "
                 "not collect it. We'll know because CM checks the pharmacy collection record each "
                 "month and notes it in his core group update.",
                 "PV", "Every 28 days; any missed collection reported the same day"],
            ],
        }),
        ("p", "Also agreed: Tyler's weekends with his dad, Liam, will not need to change, and we will not "
              "need a separate family group conference because the family network is already in this "
              "plan. If the baby comes before 36 weeks, CM's weekly visits would start from the day of "
              "birth instead."),
        ("h2", "If Bethany becomes unwell, or the plan starts to slip"),
        ("p", "If Bethany shows any early warning sign in her relapse plan (two nights with little or no "
              "sleep, talking very fast, or saying the baby is in danger), or stops her medication, "
              "whoever notices will ring the perinatal crisis line and HA (or the emergency duty team) "
              "straight away. HA will hold a strategy discussion the same day. Bethany will not be left "
              "alone with the baby; the baby and Tyler will be cared for by Marcus with Pauline staying, "
              "and if that is not safe the baby and Tyler will be placed with approved foster carers "
              "that day."),
        ("p", "If Pauline cannot stay on any of the first 14 nights, Marcus's sister Kelly Fenn has agreed "
              "to stay instead. If neither can, the baby will stay on the postnatal ward with Bethany "
              "until HA has agreed a new night-time plan with the ward and CM."),
        ("p", "If Bethany needs to be admitted, NK will arrange a bed at the Ashgrove Mother and Baby Unit "
              "so that she and the baby stay together."),
        ("h2", "Core group, review and legal planning"),
        ("bullets", [
            "Core group every 3 weeks before the birth: 08/07/2025, 29/07/2025 and 19/08/2025 at "
            "Larkspur Clinic; then within 10 working days of the birth and every 4 weeks after that.",
            "Review child protection conference: 16/09/2025, 1.30pm, Irthingmere County Hall.",
            "If Bethany stops her medication before the birth, or the relapse prevention plan is not in "
            "place by 36 weeks, HA will ask the team manager for a legal planning meeting within 5 "
            "working days.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. ICPC safety plan for a 15-year-old at risk of exploitation: who-was-
#    there table of initials, bullets under each person with the measure as
#    a "We'll know because" sentence, and a list of things we won't need (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b33_iddlesby_teen_initials_know_because_bullets_farrell.md",
    "split": "tune",
    "template": "icpc-cce-15yo-plan-md-who-was-there-initials-table-then-bullets-under-each-person-initials-owner-well-know-because-sentence-then-what-we-wont-need",
    "description": (
        "Initial conference plan for a 15-year-old at risk of criminal exploitation (missing episodes, "
        "a knife in his bag), cared for by his father, an army veteran with PTSD. Owners are initials "
        "from a who-was-there table and each bullet's measure is the sentence after it. Dad will 'keep "
        "an eye on' Jordan's phone, youth work starts 'asap', 'All agencies' own the sightings bullet, "
        "the NRM referral is passive with no measure, the alternative provision bullet has no "
        "timescale, and the veterans' mental health worker only supports, measured by Dad feeling "
        "calmer; the review conference is 'to be arranged'. A list of things we won't need is negated "
        "and hypothetical, not actions."
    ),
    "text": """\
# Jordan's safety plan

**Iddlesby Borough Council · Children's Services · Adolescent Safeguarding Team**
Initial child protection conference, 2 July 2025 · category: physical abuse (risk of harm outside the home)
Typed by KD from the conference notes, 3 July 2025

## Who was there (we use initials in the plan)

| Initials | Who |
|---|---|
| JF | Jordan Farrell (came for the first 20 minutes) |
| CF | Craig Farrell, Jordan's dad |
| KD | Kezia Doyle, social worker |
| ST | Mr Sam Tranter, designated safeguarding lead, Iddlesby High School |
| RM | PC Rob Meakin, Iddlesby Police exploitation team |
| AH | Aled Hughes, detached youth worker, Iddlesby Streetwise |
| NP | Nisha Patel, worker at Blue Door (young people's drug and alcohol service) |
| LV | Lorna Vance, Iddlesby Veterans' Mental Health Service |
| Chair | Ruth Oyelowo, conference chair |

## Why we're worried

Since March Jordan has been reported missing six times, twice overnight. On 14 June police found
him in a flat in Carver Street with two men in their twenties, and on 20 June a teacher found a
kitchen knife in his school bag. He has had new trainers, a second phone and cash that he cannot
explain. He was excluded for five days in June. Jordan told KD he smokes cannabis "most days".

Craig has looked after Jordan on his own since Jordan's mum moved to Spain in 2021. Craig left the
army in 2019 and has post-traumatic stress disorder; he has nightmares and some days does not leave
the house. He has been seeing LV since February. Craig does not drink and has never used drugs.

## What's going OK

Jordan and his dad are close and talk most evenings. Jordan goes to boxing on Saturday mornings and
has not missed a session since Easter. Craig reported every missing episode straight away and has
given RM the names and numbers he knows.

## What Jordan says

"I'm not in a gang, they're just older lads I know. They look after me." He said he carried the
knife "because of what happened to Reece" (a boy from his estate who was stabbed in May). He wants
to stay at Iddlesby High "because my mates are there" and would like to be a mechanic. He said the
thing he'd change is "Dad being down all the time, I don't like leaving him but I don't like being
in either".

## What will be different – in Jordan's and Craig's words

- Jordan: "I'm home at night and I don't have to carry anything to feel safe."
- Jordan: "I'm still at Iddlesby High in September and doing the car course."
- Craig: "I know where Jordan is every night and he's not scared to tell me if someone's on at him."

## The plan

**Jordan (JF)**

- JF will keep his phone's location sharing switched on for his dad every evening from 6pm. We'll know because Craig screenshots the map at 9pm each night and KD looks at them at her visits.
- JF will go to boxing at Iddlesby Amateur Boxing Club every Saturday morning. We'll know because the coach signs Jordan's attendance card, which Craig shows KD.

**Craig (CF)**

- CF will keep an eye on Jordan's phone and who he is messaging at weekends.
- CF will lock the kitchen knives in the garage cupboard every night from 3 July 2025. We'll know because KD checks the cupboard and the kitchen drawers at each visit.
- CF will report Jordan missing to the police if he is not home by 9pm, every time it happens. We'll know because RM checks each report against Craig's own log at the core group.

**School (ST)**

- ST will ask the Inclusion Panel about a part-time alternative provision place for Jordan on the car maintenance course. We'll know because the panel's decision letter is copied to KD.
- ST will meet Jordan on his first morning back in September and give him a named mentor, with a check-in every day for the first 4 weeks. We'll know because the mentor's check-in sheet is emailed to KD every Friday.

**Police (RM)**

- RM will do a return home interview with Jordan within 72 hours of every missing episode. We'll know because each interview is written up on the police system and sent to KD the next working day.
- RM will share intelligence about the Carver Street flat and the men Jordan was found with at each core group. We'll know because a written police update is tabled at every core group.

**Youth work (AH)**

- AH will start detached youth work sessions with Jordan asap, meeting him in town and at the skate park. We'll know because AH's session log shows where they met and what Jordan talked about.

**Blue Door (NP)**

- NP will see Jordan weekly from 10 July 2025 for his cannabis use, at school or at Blue Door. We'll know because NP's attendance record and a short note on how much Jordan says he is using are sent to KD before each core group.

**Veterans' Mental Health Service (LV)**

- LV will carry on seeing Craig every fortnight for his PTSD. We'll know because Craig says he feels calmer.

**Social worker (KD)**

- KD will visit Jordan at home every week, seeing him on his own at least every other visit, and see Craig on his own once a month. We'll know because KD's visit records write down what Jordan says in his own words.
- A referral to the National Referral Mechanism will be made by 11 July 2025.

**Everyone else**

- All agencies will tell KD the same day if they see Jordan in the town centre during school hours or with the men named by RM. We'll know because each sighting is logged on Jordan's file with the time and place.

### What we said we won't need (for now)

- Jordan will not need to move schools; Mr Tranter has said his place is safe if he goes back in September.
- Craig will not need to give up his Saturday shift, because Jordan is at boxing then.
- If Jordan is charged over the knife, his YOT worker would join the core group.

## If Jordan goes missing or is in danger

If Jordan is not home by 9pm and Craig cannot reach him, Craig rings 999 and reports him missing
straight away, and rings KD (or the emergency duty team). If Jordan is found with any of the men
named by RM, or with a weapon, RM will hold a strategy discussion with KD the same day. If Craig
becomes too unwell to look after Jordan, Jordan will stay with his uncle Gary Farrell in Lowfield
Road, and if Gary cannot have him, KD will find Jordan an approved foster placement that day.

## Meetings

- Core group every 3 weeks at Iddlesby High School, 3.45pm: 16 July, 6 August and 27 August 2025.
- Review child protection conference: date to be arranged.
- If Jordan goes missing three more times before the core group on 6 August, or is found carrying a weapon again, KD will ask her team manager for a legal planning meeting within 5 working days.
""",
    "findings": [
        F("M002", "CF will keep an eye on Jordan's phone"),
        F("T001", "ST will ask the Inclusion Panel about a part-time"),
        F("T002", "AH will start detached youth work sessions with Jordan asap"),
        F("H001", "LV will carry on seeing Craig every fortnight for his PTSD"),
        F("M002", "LV will carry on seeing Craig every fortnight for his PTSD"),
        F("W001", "A referral to the National Referral Mechanism will be made"),
        F("M001", "A referral to the National Referral Mechanism will be made"),
        F("W002", "All agencies will tell KD the same day"),
        F("R001"),
    ],
})
