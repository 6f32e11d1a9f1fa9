"""Batch 51, module c: seven fictional plans (tuning material), places beginning with "c".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: the many ways practitioners write measures and outcomes. A "we will
know this is working when..." column; an outcome table with the evidence the
health record will give, then action sentences that carry their own measure;
a teenager's 0-10 scale questions used as targets; a core group print where
each action names the evidence to bring to the next meeting; and, in the
three plans with faults, an evidence column that slides into activity
("Improvement in attendance", "engagement", "reports feeling better"),
measures written only under each outcome and not under the actions that
serve it, and "we will know because..." clauses that end in feelings and
monitoring. Four plans are exemplary.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, landscape table whose last column completes the sentence
#    "We will know this is working when..." Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b51_carrowmere_icpc_working_when_column_ashworth.docx",
    "doc_title": "Child Protection Plan - Mason and Poppy Ashworth",
    "split": "tune",
    "actions": 10,
    "landscape": True,
    "template": "icpc-plan-docx-landscape-kv-front-fields-day-in-the-life-then-ref-what-will-be-done-lead-how-often-by-when-and-we-will-know-this-is-working-when-ellipsis-column",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 3-year-old (neglect: school "
        "attendance, missed health care, home conditions, father's daily cannabis use). Each row's "
        "last column completes 'We will know this is working when...' with a register figure, a "
        "checklist score, a red book entry, a screen result or what Mason tells the SW. The drug "
        "service reports on change, the contingency is specific, dates and the legal gateway are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Carrowmere Metropolitan Borough Council – Children's Social Care, Locality Team West"),
        ("kv", [
            ("Plan for", "Mason Ashworth, born 21/04/2018 (7), Year 2 at Carrowmere Park Primary; "
                         "Poppy Ashworth, born 02/01/2022 (3), Little Acorns Nursery"),
            ("Home address", "38 Slipway Terrace, Carrowmere"),
            ("Parents", "Gemma Ashworth (29) and Lee Ashworth (33), who live together"),
            ("Conference", "Initial child protection conference, 08/07/2025, Carrowmere Civic Centre"),
            ("Category of plan", "Neglect"),
            ("Lead social worker", "Dionne Marsh"),
            ("Conference chair", "Robert Ingle, Safeguarding and Reviewing Unit"),
            ("Plan sent out", "10/07/2025, to the parents and every agency at conference"),
        ]),
        ("h1", "Why Mason and Poppy need a plan"),
        ("p", "Mason's attendance this school year is 81%, with 34 late marks; on most late days he "
              "arrives without breakfast. Poppy has missed her 2-year development review twice and is "
              "not registered with a dentist; nursery have seen her front teeth go brown. On the SW's "
              "visits on 12 and 26 June there were bags of rubbish in the back yard, the washing machine "
              "was broken and both children's beds had no sheets. Lee told conference he smokes cannabis "
              "every evening \"to sleep\", sometimes in the living room, and on 26 June the house smelled "
              "strongly of it at 4pm. Gemma has no mental health diagnosis and her GP has no concerns "
              "about her health; she said she \"just can't get on top of it all\" since Lee lost his job."),
        ("p", "Both parents came to conference, agreed the concerns were fair and want to keep the "
              "children at home. Poppy is well attached to both of them and Mason is proud of his dad's "
              "model aeroplanes. The family have not had help from Early Help before."),
        ("h1", "A day in Mason and Poppy's life"),
        ("p", "Mason (seen on his own at school on 01/07/2025): \"Sometimes we're late because nobody "
              "wakes up. I get Poppy her crisps.\" He said the living room \"smells like Dad's smoke\" and "
              "that he would like \"a bed with a Spider-Man cover\". Asked to score home from 0 (really "
              "bad) to 10 (really good) he said 5, \"because sometimes there's no cereal\". He wants to "
              "go to the after-school Lego club but \"Mum doesn't get there in time\"."),
        ("p", "Poppy is not yet able to tell us what home is like. Nursery say she arrives hungry two or "
              "three mornings a week and heads straight for the snack table; she is chatty, loves the "
              "water tray and cries when her key person goes on her break. At home on 26 June she sat on "
              "Gemma's knee for most of the visit and showed the SW her baby doll, which sleeps \"in the "
              "box\" because her own bed has no sheet."),
        ("h1", "What has to be different for Mason and Poppy"),
        ("bullets", [
            "Mason is in school every day and on time, and has eaten breakfast before he gets there.",
            "Poppy's health needs are met: her teeth are checked, her development review is done and her "
            "immunisations are up to date.",
            "Mason and Poppy live in a home that is clean enough to be safe, with food in the kitchen and "
            "clean sheets on their beds.",
            "Mason and Poppy are looked after by parents who are not under the influence of cannabis, in a "
            "house free of smoke.",
        ]),
        ("h1", "How the plan will work"),
        ("p", "Each line says who will do what and when. The last column says what the core group will "
              "look at to tell whether it is making a difference for the children."),
        ("table", {
            "header": ["Ref", "What will be done", "Lead", "How often / by when",
                       "We will know this is working when…"],
            "widths": [1.2, 7.8, 4.5, 4.2, 8.0],
            "rows": [
                ["1", "Home visits, one each month unannounced; see Mason on his own and look at Poppy's "
                      "room, the kitchen and the bathroom",
                 "Dionne Marsh, social worker", "Every 2 weeks from 14/07/2025",
                 "…each visit record notes food in the cupboards and fridge, clean sheets on both beds and a "
                 "usable bathroom, and has Mason's own words written down"],
                ["2", "Get Mason to school for 8.50am and collect him at 3.15pm",
                 "Gemma Ashworth (mum)", "Every school day",
                 "…Mason's attendance is 95% or above each half-term with no more than 2 late marks (school "
                 "register print sent to the SW every Friday)"],
                ["3", "Send the SW Mason's weekly attendance print, and hold a Monday morning check-in with "
                      "him about his weekend, breakfast and sleep",
                 "Mrs Alison Kerr, DSL, Carrowmere Park Primary",
                 "Register every Friday; check-in every Monday in term",
                 "…the SW has a register print every Friday, and the DSL's Monday notes say whether Mason "
                 "had breakfast and what he said about home"],
                ["4", "Register Poppy with a dentist and take her to her first check-up",
                 "Gemma and Lee Ashworth", "Registered by 25/07/2025; first check-up by 29/08/2025",
                 "…the HV has seen the Harbour Lane Dental Practice appointment letter, and the check-up is "
                 "written up in Poppy's red book"],
                ["5", "Complete Poppy's 2–2½ year development review at home, including an ASQ-3 and a check "
                      "of her immunisation record",
                 "Nadia Begum, health visitor", "By 15/08/2025",
                 "…ASQ-3 scores and Poppy's immunisation status are in the red book and shared with the SW "
                 "before the core group on 21/08/2025"],
                ["6", "Bring Poppy to Little Acorns Nursery for her funded sessions (Monday, Wednesday and "
                      "Friday mornings)",
                 "Gemma Ashworth, with Sasha Kemp (nursery manager) keeping the register",
                 "Every Monday, Wednesday and Friday in term",
                 "…the nursery register shows Poppy at 9 or more of every 10 sessions, and the key person's "
                 "weekly note to the SW says whether she came in fed and in clean clothes"],
                ["7", "Key-work with Lee on his cannabis use, a urine screen each month, and a written update "
                      "for every core group on his use and what it means for his care of Mason and Poppy",
                 "Tom Hirst, recovery worker, Carrowmere Drug and Alcohol Service",
                 "Weekly; screen monthly; update before each core group",
                 "…the monthly screens show Lee's THC level falling, and Tom's written update is read out "
                 "at every core group"],
                ["8", "Do not smoke cannabis in the house, in the garden, or at any time he is the only adult "
                      "looking after the children",
                 "Lee Ashworth (dad)", "Every day, from 10/07/2025",
                 "…no smell of cannabis is noted at any SW or HV visit, and Mason tells the SW the living "
                 "room is not smoky any more"],
                ["9", "Clear the rubbish bags from the back yard, get the washing machine repaired and wash "
                      "the children's bedding every week",
                 "Gemma and Lee Ashworth", "Yard and machine by 25/07/2025; bedding weekly after that",
                 "…the family support worker's home conditions checklist scores 2 or lower in every room "
                 "(bedrooms and yard scored 4 on 03/07/2025)"],
                ["10", "Sessions at home on a morning and bedtime routine, using a picture routine chart made "
                       "with Mason and Poppy",
                 "Carl Dobson, family support worker, Carrowmere Family Hub",
                 "Weekly for 10 weeks from 16/07/2025",
                 "…the routine chart on the fridge is filled in on at least 5 days a week, and Carl's "
                 "session notes show Mason in bed by 8pm"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Mason misses two school days in a row without a reason the school has accepted, Poppy "
              "misses two nursery sessions in a row, or either parent is found under the influence of "
              "cannabis while looking after the children on their own, the SW (or the Carrowmere Emergency "
              "Duty Team out of hours) will visit that day and hold a strategy discussion the same day. If "
              "there is no sober adult to look after the children, they will stay that night with their "
              "paternal grandmother, Pat Ashworth, at 6 Ferry Road; if Pat cannot take them, the SW will "
              "place them together with approved foster carers."),
        ("h1", "Monitoring the plan"),
        ("bullets", [
            "Core group meetings every 4 weeks at Carrowmere Family Hub, 9.30am: 24/07/2025, 21/08/2025 and "
            "18/09/2025.",
            "Review child protection conference: 09/10/2025 at 1.30pm, Carrowmere Civic Centre, Committee "
            "Room 2.",
            "If Mason's attendance is still below 90%, or the home conditions checklist has not come down to "
            "2 or lower, by the core group on 18/09/2025, the team manager will take the case to the Legal "
            "Gateway Panel to decide whether to start pre-proceedings.",
        ]),
        ("p", "Distribution: Gemma and Lee Ashworth; Carrowmere Park Primary; Little Acorns Nursery; health "
              "visiting team; Carrowmere Drug and Alcohol Service; Carrowmere Family Hub; Dr P. Osei (GP)."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Joint HV and SW plan held in the health record: outcomes with "evidence
#    we will use", then numbered action sentences that carry their own
#    measure. Exemplary (pdf with header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b51_cindleford_joint_hv_sw_growth_evidence_okonjo.pdf",
    "doc_title": "Joint Health and Social Care Child Protection Plan - Amara Okonjo",
    "split": "tune",
    "actions": 10,
    "template": "joint-hv-and-sw-plan-held-in-health-record-paged-about-baby-fields-observed-day-then-outcome-and-evidence-we-will-use-two-column-table-then-bold-theme-numbered-action-sentences-measure-inside-sentence",
    "description": (
        "Exemplary joint health visitor and social worker plan for a 9-week-old whose weight has "
        "dropped from the 50th to the 9th centile (neglect, mother's postnatal depression, propped "
        "bottles, sleeping in a car seat). Outcomes sit in a table with the evidence the health record "
        "will give; each numbered action sentence carries its owner, timing and its own measure "
        "(weights in the red book, feeding chart totals, a scored feed observation, EPDS and written "
        "updates). The perinatal CPN and psychiatrist report on change; dates and legal step set."
    ),
    "header": "OFFICIAL-SENSITIVE | Cindleford Council and Cindleford Community Health NHS Trust | Joint plan",
    "footer": "Amara Okonjo – joint plan agreed 11/07/2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Joint Health and Social Care Child Protection Plan"),
        ("p", "Written together by the health visitor and the social worker after the initial child "
              "protection conference. The same copy is kept in Amara's health visiting record and on her "
              "Children's Services file."),
        ("h2", "1. About Amara"),
        ("kv", [
            ("Baby", "Amara Okonjo, born 08/05/2025 (9 weeks)"),
            ("Birth weight", "3.42kg, 50th centile"),
            ("Weight at conference", "4.31kg on 08/07/2025, 9th centile"),
            ("Lives with", "Blessing Okonjo (24, mum) and Daniel Mensah (27, dad), Flat 12, Dyer's Court, "
                           "Cindleford"),
            ("GP", "Dr Anna Lindqvist, Millrace Surgery"),
            ("Health visitor", "Ruth Adeyemi, Cindleford Community Health NHS Trust"),
            ("Social worker", "Kofi Brennan, Cindleford Children's Services, Team 4"),
            ("Conference", "Initial child protection conference, 10/07/2025; category Neglect"),
        ]),
        ("h2", "2. Why there is a plan"),
        ("p", "Amara has dropped from the 50th to the 9th centile in six weeks. Two health visiting "
              "appointments were missed in June and her 6–8 week check was three weeks late. Blessing was "
              "diagnosed with postnatal depression when Amara was five weeks old and the Cindleford "
              "Perinatal Mental Health Team accepted her referral on 20/06/2025. On the HV's visit of "
              "26/06/2025 Amara was asleep in her car seat on the sofa with a bottle propped on a rolled "
              "towel, and Blessing was asleep in the bedroom. Daniel works as a delivery driver, 7am to "
              "3pm on weekdays."),
        ("p", "There are strengths: both parents were open with conference, Daniel has changed his shifts so "
              "he is home by 3.30pm, and Amara is clean, warm and well dressed at every visit."),
        ("h2", "3. Amara's day, as we have seen it"),
        ("p", "Amara is a long baby with a strong cry. When Daniel holds her she quietens and watches his "
              "face, and she has started to smile at him. At the HV visit on 03/07 she took 3oz in 25 "
              "minutes and fell asleep half-way; Blessing did not wake her to finish and put the bottle "
              "down. She has a flat patch on the back of her head from long spells in the car seat. When "
              "Blessing talks to her she turns towards her voice, and on 08/07 she settled on Blessing's "
              "chest after a feed for the whole of the SW's visit."),
        ("h2", "4. What Amara needs – and the evidence we will use"),
        ("table", {
            "header": ["Outcome for Amara", "Evidence we will use"],
            "widths": [9.0, 8.0],
            "rows": [
                ["Amara gains weight steadily and is back on or above the 25th centile by the review "
                 "conference.",
                 "Weekly weights plotted in the red book; the growth clinic letter."],
                ["Amara sleeps on her back in her own Moses basket for every sleep and is never fed with a "
                 "propped bottle.",
                 "Where Amara slept, noted at every HV and SW visit; no propped bottle seen or reported."],
                ["Amara is fed and comforted by parents who notice when she is hungry, tired or unwell.",
                 "The feeding chart; the HV's scored feed observation; how Amara responds to each parent, "
                 "noted at visits."],
                ["Amara's checks and immunisations happen on time.",
                 "Red book and GP records of the 8-, 12- and 16-week immunisations."],
            ],
        }),
        ("h2", "5. Actions"),
        ("boldp", "Feeding and growth"),
        ("numbers", [
            "Ruth Adeyemi (HV) will weigh Amara at home every Tuesday, plot each weight in the red book and "
            "the health record and email it to Kofi the same day; we are looking for every weight to be "
            "higher than the one before and for Amara to reach the 25th centile line by the review.",
            "From 12/07/2025 Blessing and Daniel will write every feed on the feeding chart (time, ounces "
            "taken and who gave it); Ruth and Kofi will read the chart at each visit and expect at least 6 "
            "feeds and 26oz or more in every 24 hours.",
            "Dr Farah Qureshi, consultant paediatrician, will see Amara in the Cindleford General growth "
            "clinic by 31/07/2025 to rule out a medical reason for her slow gain, and will send her clinic "
            "letter to the GP, Ruth and Kofi.",
            "Every other Tuesday Ruth will watch a whole feed with Blessing and point out Amara's early "
            "hunger and fullness cues, writing each one up on the feeding observation sheet with a score "
            "for latch, pace and winding.",
        ]),
        ("boldp", "Sleeping safely"),
        ("numbers", [
            "By 18/07/2025 Daniel will set up the Moses basket beside the parents' bed and the car seat will "
            "only be used in the car; at every visit Kofi or Ruth will ask to see where Amara slept the night "
            "before and record it.",
        ]),
        ("boldp", "Blessing's recovery"),
        ("numbers", [
            "Grace Whitfield, perinatal community psychiatric nurse, will visit Blessing every week, repeat "
            "the Edinburgh Postnatal Depression Scale every fortnight and send each core group a written "
            "update on whether Blessing's mood is lifting enough for her to feed and settle Amara, and how "
            "long she expects that to take.",
            "Dr Simon Hale, perinatal psychiatrist, will review Blessing's sertraline by 25/07/2025 and send "
            "the core group a written opinion on her prognosis and the likely timescale for her recovery.",
        ]),
        ("boldp", "Daniel's part"),
        ("numbers", [
            "Daniel will give the 10pm and 2am feeds every weeknight so that Blessing can sleep, initialling "
            "each one on the feeding chart, which Ruth checks on her Tuesday visit.",
        ]),
        ("boldp", "Checks and immunisations"),
        ("numbers", [
            "Joanne Tate, practice nurse at Millrace Surgery, will give Amara her 8-week immunisations by "
            "18/07/2025 and her 12-week set by 15/08/2025, entering both in the red book and the GP record "
            "and telling Ruth the same day if an appointment is missed.",
        ]),
        ("boldp", "Seeing Amara"),
        ("numbers", [
            "Kofi Brennan (SW) will visit every week, on a different day from Ruth, with an unannounced "
            "visit every fortnight; each visit record will say whether Amara was awake, how she responded to "
            "each parent and what was in her Moses basket.",
        ]),
        ("h2", "6. If Amara's safety changes"),
        ("p", "If Amara loses weight at two weighings in a row, or her weight falls below the 2nd centile, "
              "Ruth will arrange a paediatric assessment at Cindleford General that day and tell Kofi before "
              "the end of the day."),
        ("p", "If Amara is found with a propped bottle, or asleep in the car seat or on the sofa, or if "
              "Blessing tells anyone she has thoughts of harming herself or Amara, Kofi (or the Cindleford "
              "Emergency Duty Team out of hours) will hold a strategy discussion that day. Amara will be "
              "cared for by Daniel, with his sister Efua Mensah staying at the flat, or by approved foster "
              "carers if Efua cannot, while the perinatal crisis team assesses Blessing."),
        ("h2", "7. Meetings"),
        ("bullets", [
            "Core group every 2 weeks for the first six weeks, at Millrace Surgery at 2pm: 24/07/2025, "
            "07/08/2025 and 21/08/2025; then every 4 weeks.",
            "Review child protection conference: 02/10/2025, 10am, Cindleford Town Hall.",
            "If Amara is not above the 9th centile and gaining every week by the core group on 21/08/2025, "
            "or the safety section above has had to be used twice, Kofi's manager will arrange a legal "
            "planning meeting.",
        ]),
        ("p", "Ruth Adeyemi, Health Visitor, and Kofi Brennan, Social Worker – 11/07/2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Adolescent ICPC plan: the young person's account, a 0-10 scale table by
#    person, scale targets in the outcomes, then steps whose measure column
#    is a scale score or a figure. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b51_corthwaite_teen_scale_targets_steps_brannigan.md",
    "split": "tune",
    "actions": 8,
    "template": "adolescent-icpc-plan-md-bold-label-lines-then-his-own-words-then-0-10-scale-by-person-table-then-outcomes-with-scale-targets-then-step-who-when-how-well-measure-it-score-or-figure-table",
    "description": (
        "Exemplary initial conference plan for a 14-year-old (physical abuse by mother's partner, going "
        "missing, cannabis, school attendance 71%). His own account and a 0-10 scale table by person "
        "come first; the outcomes carry scale targets; every step's measure is a score he or his family "
        "give, a count (missing episodes, days smoked) or an attendance figure. Caring Dads, return "
        "home interviews, specific contingency with fallback, dates and legal planning."
    ),
    "text": """\
# Jordan's plan

**Corthwaite City Council – Adolescent Safeguarding Team**
Child protection plan agreed at the initial conference on 9 July 2025 · category: physical abuse

**Young person:** Jordan Brannigan, 14 (born 02/11/2010), Year 9 at Corthwaite Academy
**Lives with:** Shannon Brannigan (mum) and Craig Oldfield (mum's partner), 27 Vesper Street, Corthwaite
**Dad:** Ryan Kellett, Hobbs Lane, Corthwaite – Jordan stays with him some weekends
**Social worker:** Rhiannon Tate · **Chair:** Paul Grennan

## Why we're here

On 2 June Jordan came into school with four finger-mark bruises on his upper arm. He told his
form tutor that Craig grabbed him and pushed him into the banister during a row about his
phone. Police and children's social care completed a joint section 47 enquiry; Craig accepted
he grabbed Jordan and received a caution. Jordan has been reported missing four times since
April, twice overnight, and says he was at a friend's or "walking about". He smokes cannabis
most days. His attendance in the spring term was 71%. There are no concerns about drugs or
alcohol for Shannon or Craig.

## Jordan in his own words

Seen on his own at school on 4 July and at McDonald's on 7 July.

> "I'm not scared of Craig, I just don't want him telling me what to do. He grabbed me because
> I was mouthing off. It's not like it's every day."
>
> "When I don't go home it's because it's shouty. I go to Kieran's or I just walk round."
>
> "If you want me home more, make it less shouty. And I want my phone back."

He said he would tell his dad or Mr Ashdown if he was hurt again, and that he would rather
meet Rhiannon "anywhere but the house".

## How everyone scored things at conference

0 means as bad as it could be, 10 means as good as it could be.

| Question | Jordan | Shannon | Craig | School | SW |
|---|---|---|---|---|---|
| How safe is Jordan at home? | 4 | 7 | 8 | 4 | 3 |
| How well do rows at home end without anyone getting hurt? | 3 | 5 | 6 | – | 3 |
| How much is Jordan in school and learning? | 5 | 4 | 4 | 3 | 3 |

## Where we want to be by the review (2 October 2025)

- Jordan is not hit, grabbed or pushed by anyone at home, and scores home safety at 7 or more.
- Rows at home end without anyone getting hurt: Jordan, Shannon and Craig all score 6 or more.
- Jordan is home by 10pm on school nights and is not missing overnight.
- Jordan is in school at least 9 days in 10 and smokes cannabis on no more than 2 days a week.

## Steps

| # | Step | Who | When | How we'll measure it |
|---|---|---|---|---|
| 1 | See Jordan on his own away from home, ask him the three scale questions and write down his scores and his reasons | Rhiannon Tate, SW | Every week from 14/07/2025 | Jordan's scores logged weekly on his file; home safety up from 4 to 7 or more by the review |
| 2 | Caring Dads programme (17 weeks), including the sessions on discipline without force | Craig Oldfield; facilitator Imran Shah reports to the SW | Thursday evenings from 24/07/2025 | Attendance sent to the SW monthly, every session expected; mid-point report to the core group by 25/09/2025 |
| 3 | No physical discipline of any kind: Craig walks away from rows with Jordan, and Shannon deals with his curfew and his phone | Craig Oldfield and Shannon Brannigan | Every day from 10/07/2025 | Jordan's answer to "has anyone put hands on you?" at each weekly visit; no marks seen or logged on the school's body map record |
| 4 | Report Jordan missing to the police if he is not home and not answering his phone | Shannon Brannigan | By 10.15pm on any night he is not in | Missing episodes each month from the police log (4 from April to June; the aim is none) |
| 5 | Return home interview after every missing episode, asking Jordan where he went and who he was with | Leon Mercer, Compass (Corthwaite Missing and Exploitation Team) | Within 72 hours of Jordan coming home | Interview report, with Jordan's own account, sent to the SW and the DSL within 5 working days |
| 6 | Morning check-in with his mentor at 8.40am, and a pastoral support plan to get him back into lessons | Mr Dean Ashdown, Head of Year 9, Corthwaite Academy | Every school day; pastoral support plan by 05/09/2025 | SIMS attendance of 90% or more each half-term (71% in the spring term), emailed to the SW every Friday |
| 7 | One-to-one sessions on cannabis, with Jordan keeping a diary of the days he smokes | Abi Lowe, Horizons young people's drug and alcohol service | Fortnightly from 29/07/2025 | Days smoked a week, from Jordan's diary (about 5 now; aim 2 or fewer), summarised for each core group |
| 8 | Family sessions with Jordan, Shannon and Craig on house rules, curfew and how rows end | Helen Crane, Corthwaite Family Therapy Service | 8 sessions, fortnightly from 05/08/2025 | Each person's 0–10 "rows" score at the start of every session, sent to the SW; aim 6 or more for all three |

## If it goes wrong

If Jordan says anyone at home has hit, grabbed or pushed him, if school or anyone else sees a
mark on him, or if he is missing overnight, Rhiannon (or the Emergency Duty Team out of hours)
will hold a strategy discussion that day. Craig will be asked to stay at his brother's in Marl
Street while enquiries are made. If Craig will not leave, Jordan will go to his dad, Ryan
Kellett, in Hobbs Lane; if Ryan cannot have him, Rhiannon will find him a foster placement that
night.

## Meetings and legal planning

- Core group every 3 weeks at Corthwaite Academy, 3.45pm: 31 July, 21 August and 11 September 2025.
- Review child protection conference: 2 October 2025, 10am, Corthwaite Council House.
- If Jordan is hurt at home again, or his home safety score is still 4 or lower at the core group on 11 September, Rhiannon's team manager will book a legal planning meeting within 10 working days.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Plan updated at the second core group, typed as plain text: each
#    outcome has an "Outcome measure" line, and each lettered action names
#    the evidence its lead will bring to the core group. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b51_cobbleton_core_group_bring_evidence_lines_hughes.txt",
    "split": "tune",
    "actions": 9,
    "template": "updated-plan-after-core-group-2-txt-dashed-field-header-caps-sections-outcome-letter-blocks-with-outcome-measure-line-then-lettered-actions-lead-when-bring-to-core-group-lines",
    "description": (
        "Exemplary plan as updated at the second core group for a 10-year-old young carer and his "
        "6-year-old sister (mother's alcohol dependency, in treatment; grandfather and aunt cover "
        "evenings and Saturdays). Each outcome has its own outcome measure; each lettered action says "
        "what its lead will bring to the core group as evidence (breath-test report, signed network "
        "book, attendance figures, toileting chart, the children's scores). Recovery service reports "
        "on relapse risk, GP acts, the contingency covers the family being unable to help."
    ),
    "text": """\
COBBLETON COUNCIL                                   CHILDREN AND FAMILIES
CHILD PROTECTION PLAN - as updated at Core Group 2
----------------------------------------------------------------------
Children ..... Harvey HUGHES, 10 (Year 5), Cobbleton St Mary's CE Primary
               Ruby HUGHES, 6 (Year 1), Cobbleton St Mary's CE Primary
Address ...... 14 Orchard Rise, Cobbleton
Mum .......... Danielle Hughes (35)
Network ...... Alan Pike (maternal grandad, 68), Sefton Road
               Leanne Pike (maternal aunt, 31), Bramley Close
Dad .......... Stuart Hughes, no contact since 2021
ICPC ......... 12/06/2025       Category: Neglect
This update .. Core group 2, 10/07/2025, Cobbleton St Mary's
SW ........... Lauren Okoye, Cobbleton Safeguarding Team 3
----------------------------------------------------------------------

WHY THERE IS A PLAN
In May Harvey rang 999 because his mum had fallen in the kitchen and
would not wake up; she had drunk most of a litre of vodka. Ruby was in
the bath. Danielle was admitted overnight. School had already noticed
Harvey arriving late and tired, Ruby wetting herself most days and
being teased for it, and both children missing packed lunches.
Danielle started a community detox with Cobbleton Recovery Service on
16/06/2025 and has not drunk since, which her breath tests confirm.

WHAT HARVEY AND RUBY HAVE TOLD US
Harvey (seen alone at school, 08/07/2025): "Mum's better now, she
blows in the machine. I still sneak in to check she's breathing." He
put himself at 7 out of 10 for "how worried are you about Mum this
week" (10 = worried all the time); in June he said 9. He wants to
"just do football and not do Ruby's bath".
Ruby (seen at home, 03/07/2025) drew her house of good things: "Grandad
and his dog" and "Auntie Leanne does my hair". In her house of worries
she drew "Mummy lying down" and "wet pants at school".

HOW TO READ THIS PLAN
Each outcome has an outcome measure: what will tell the core group the
outcome has been reached. Each action says what its lead will bring to
the next core group as evidence.

======================================================================
OUTCOME A  Harvey and Ruby are looked after by a sober adult every
           day and every night.
Outcome measure: every breath reading 0.000; Harvey tells the SW Mum
has not been drinking; network book complete with no gaps.
----------------------------------------------------------------------
A1  Blow into the remote breath-testing device at 8am and 6pm every
    day, and again before any time Danielle is the only adult with
    Harvey and Ruby
    Lead ................. Danielle Hughes
    When ................. Twice daily, every day
    Bring to core group .. Device report from Cobbleton Recovery
                           Service listing every test and reading

A2  Key-work on relapse prevention; read the device report every week;
    write to each core group on whether Danielle is staying sober and
    what that means for Harvey and Ruby
    Lead ................. Mark Ellison, recovery worker, Cobbleton
                           Recovery Service
    When ................. Weekly; written update before every core
                           group
    Bring to core group .. Written update: the month's readings,
                           sessions kept (out of 4) and his view of the
                           risk of relapse

A3  Repeat Danielle's liver function tests and review her acamprosate
    Lead ................. Dr Ian Stroud, GP, Orchard Medical Centre
    When ................. By 08/08/2025
    Bring to core group .. GP letter to the SW with the blood results
                           and the prescribing plan

A4  Have Harvey and Ruby after school until 7pm on Tuesdays and
    Thursdays, and overnight at his house on Fridays
    Lead ................. Alan Pike (grandad)
    When ................. Every Tuesday, Thursday and Friday
    Bring to core group .. Network book signed by Alan each time; the
                           SW reads it at every visit

A5  Have Harvey and Ruby on Saturdays from 10am to 5pm and take Harvey
    to football
    Lead ................. Leanne Pike (aunt)
    When ................. Every Saturday
    Bring to core group .. Network book signed by Leanne; the club's
                           attendance sheet for Harvey

======================================================================
OUTCOME B  Harvey gets to be 10: in school on time, at football on
           Saturdays, and not looking after his mum or his sister.
Outcome measure: attendance 95% or above with no more than 2 lates a
half-term; Harvey's worry score 4 or lower; the jobs on his young
carers list are no longer his.
----------------------------------------------------------------------
B1  Track Harvey's attendance and late marks, and keep his place at
    the Wednesday lunchtime young carers group
    Lead ................. Mrs Joanne Fielding, DSL, St Mary's
    When ................. Every week in term time
    Bring to core group .. Attendance and lates for the half-term (he
                           was 88% with 11 lates in the spring term)
                           and the group register

B2  Young carers assessment with Harvey, including a written list of
    the jobs he will stop doing at home
    Lead ................. Priya Lal, Cobbleton Young Carers
    When ................. By 29/08/2025
    Bring to core group .. The completed assessment and the agreed
                           list, copied to Danielle and the SW

======================================================================
OUTCOME C  Ruby is dry in the day at school and at home, and is not
           teased.
Outcome measure: no more than one accident a week on Ruby's chart for
four weeks running.
----------------------------------------------------------------------
C1  Refer Ruby to the bladder and bowel service, and set up one
    toileting chart for home and school
    Lead ................. Helen Moss, school nurse
    When ................. Referral by 25/07/2025; chart every day from
                           14/07/2025
    Bring to core group .. The chart, counted as accidents per week (4
                           a week in June), and the clinic letter

======================================================================
ACROSS ALL THREE OUTCOMES
----------------------------------------------------------------------
X1  Visit at home, once a month unannounced and once a month after
    5pm; see Harvey and Ruby on their own, ask Harvey his worry score
    and do three houses with Ruby
    Lead ................. Lauren Okoye, SW
    When ................. Every 2 weeks
    Bring to core group .. Visit records with the children's own words,
                           Harvey's score at each visit and Ruby's
                           drawings

======================================================================
IF THINGS GO WRONG
- If any breath reading is above 0.000 while Danielle is caring for
  the children, she misses both tests on one day, or Harvey or Ruby
  tells anyone Mum has been drinking: Danielle hands the children's
  care to Alan, the children go to Alan's house that evening, and the
  SW (or EDT out of hours) visits and holds a strategy discussion the
  same day. If Alan cannot have them, Leanne will; if neither can,
  the SW places Harvey and Ruby together with foster carers that
  night.
- If Alan or Leanne cannot do one of their days, Danielle tells the SW
  by 12 noon. The SW books Harvey and Ruby into the St Mary's
  after-school club until 6pm and a family support worker visits at
  teatime; a missed Friday overnight is covered by Leanne, or if she
  cannot, Danielle tests at 6pm, 9pm and 8am and the SW visits before
  school.
- Two readings above 0.000 in any 4 weeks, or one while Danielle is
  alone with the children: the SW asks the team manager for a legal
  planning meeting within 5 working days to decide on the PLO.

MEETINGS
Core group ... every 4 weeks: 07/08/2025 (Orchard Family Hub, holiday)
               and 04/09/2025 (St Mary's), both at 1.30pm
Review CP conference .. 11/09/2025, 10am, Cobbleton Town Hall

Typed by L. Okoye, SW, 11/07/2025. Copies to Danielle, Alan, Leanne and
everyone at core group 2.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Review conference plan, landscape table with theme band rows merged
#    across; the Evidence column mixes observable evidence with activity
#    ("Improvement in attendance", "engagement", "reports feeling better")
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b51_calverstone_rcpc_theme_bands_evidence_column_osullivan.docx",
    "doc_title": "Review Child Protection Plan - Aiden and Sophie O'Sullivan",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "template": "rcpc-plan-docx-landscape-progress-paragraph-then-theme-band-rows-merged-across-what-needs-to-happen-who-when-evidence-column-mixing-observable-evidence-and-activity-words",
    "description": (
        "Review conference plan for a 9-year-old and a 6-year-old (neglect, mother's depression, past "
        "domestic abuse). Rows are grouped under theme bands; the Evidence column is mostly good "
        "(registers, school nurse record, visit observations, GP letter) but slips into activity: "
        "'Improvement in attendance', 'Kerry's engagement with sessions' and, for the CMHT's support-only "
        "row, 'Kerry reports feeling better'; the dentist row has no evidence, the housing row no owner, "
        "the Freedom Programme 'ASAP', and one row is owned by 'All professionals'. One outcome is "
        "Kerry's."
    ),
    "header": "Calverstone Council · Children's Services · OFFICIAL-SENSITIVE",
    "blocks": [
        ("title", "Child Protection Plan – Review Conference"),
        ("kv", [
            ("Children", "Aiden O'Sullivan, born 09/09/2015 (9), Year 4, Greyfriars Junior School; "
                         "Sophie O'Sullivan, born 17/02/2019 (6), Year 1, Greyfriars Infant School"),
            ("Mother", "Kerry O'Sullivan (32), 7 Mallow Court, Calverstone"),
            ("Category", "Neglect"),
            ("Conferences", "Initial 27/03/2025; first review 26/06/2025 – plan continues"),
            ("Social worker", "Owen Fairclough, Calverstone Children's Services, South Team"),
            ("Reviewing officer", "Mandy Greaves"),
        ]),
        ("h1", "Progress since the initial conference"),
        ("p", "Kerry has been diagnosed with depression and anxiety and was taken on by Calverstone CMHT in "
              "April. She takes sertraline but told conference she still has weeks where she \"can't face "
              "anything\". Aiden's attendance has gone from 79% to 86% and Sophie's from 75% to 84%, but "
              "both are still often late and Sophie comes in without breakfast. Sophie needs four fillings "
              "and had toothache in June. The flat is damp, the heating only works in the living room, and "
              "on three visits there was no food for tea. Jason Rudd, Kerry's ex-partner, has a "
              "non-molestation order until December 2025 and has not been seen since April."),
        ("h1", "Aiden and Sophie's views"),
        ("p", "Aiden (at school with his SW, 20/06/2025): \"Mum's always tired. I do Sophie's cereal and "
              "I put the telly on for her.\" He gave home a 6 out of 10, up from 3 in March, \"because "
              "Jason's gone and Mum's not crying as much\". He would like his bedroom to be warm."),
        ("p", "Sophie (at home, 20/06/2025) said her tooth \"hurts when I eat apple\" and that she likes "
              "it when Mum does her plaits. She showed her SW her new bed and said she gets cold at night."),
        ("h1", "Outcomes we want to see by the next review"),
        ("bullets", [
            "Aiden and Sophie go to school every day, on time, fed and in clean uniform.",
            "Sophie's teeth are treated and she is free of toothache and head lice.",
            "Kerry's mental health will be stable and she will be able to manage her low mood.",
            "Aiden and Sophie live in a warm home with food in the kitchen and clean beds.",
        ]),
        ("h1", "Plan"),
        ("p", "Rows are grouped by theme. The evidence column says what the core group will look at."),
        ("table", {
            "header": ["What needs to happen", "Who", "When", "Evidence"],
            "widths": [8.6, 5.4, 4.4, 7.3],
            "rows": [
                ["1. School and routines", H, H, H],
                ["Get Aiden and Sophie to school by 8.45am with breakfast eaten and in clean uniform",
                 "Kerry O'Sullivan", "Every school day",
                 "School registers and the breakfast club sign-in sheet, sent to the SW every fortnight"],
                ["Monitor Aiden and Sophie's attendance and punctuality, and follow up any absence on the "
                 "first morning",
                 "Mrs Lisa Hartley, attendance officer, Greyfriars Federation", "Daily",
                 "Improvement in attendance"],
                ["Weekly parenting sessions at home on routines, bedtimes and meals",
                 "Tina Roebuck, family support worker, Calverstone Family Hub",
                 "Weekly for 8 weeks from 07/07/2025",
                 "Kerry's engagement with sessions"],
                ["2. Health", H, H, H],
                ["Take Sophie to the dentist for the fillings found in April",
                 "Kerry O'Sullivan", "By 29/08/2025", ""],
                ["Weekly head check and treatment for Sophie in school, and advice to Kerry on treating the "
                 "whole household",
                 "Sue Pennington, school nurse", "Every Monday in term",
                 "School nurse record shows Sophie's hair clear of lice at each check"],
                ["Support Kerry with her mood and medication through care co-ordination visits",
                 "Darren Akande, care co-ordinator, Calverstone CMHT", "Fortnightly",
                 "Kerry reports feeling better"],
                ["Review Kerry's sertraline dose and write to the social worker",
                 "Dr Leah Morrow, GP, Greyfriars Health Centre", "By 15/08/2025",
                 "GP letter on file with the dose and the date of the next review"],
                ["3. Home and safety", H, H, H],
                ["Visit at home, see both children on their own, and check the heating, the food in and the "
                 "beds",
                 "Owen Fairclough, SW", "Every 2 weeks, one visit a month unannounced",
                 "Visit record notes whether the heating is on, what food is in, the state of both beds, "
                 "and what each child said"],
                ["Complete the Calverstone Homes transfer application and send in the damp report",
                 "–", "By 31/08/2025",
                 "Banding letter from Calverstone Homes seen by the SW"],
                ["Attend the Freedom Programme at Calverstone Women's Centre",
                 "Kerry O'Sullivan", "ASAP",
                 "Attendance sheet sent to the SW; certificate at the end of the course"],
                ["Tell the SW the same day about any sighting of Jason Rudd near the flat or the schools",
                 "All professionals", "Same day",
                 "Each report logged on the children's file with the time and what was done"],
                ["4. Aiden and Sophie's voice", H, H, H],
                ["Direct work with Aiden and Sophie using three houses and a worry jar",
                 "Owen Fairclough, SW", "Fortnightly, at school",
                 "Drawings and the children's words kept on file; Aiden's 0–10 home score written down each "
                 "time"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Jason Rudd comes to the flat or contacts Kerry or the children, Kerry will ring 999 and the "
              "SW (or the Emergency Duty Team) will hold a strategy discussion the same day. If Kerry is found "
              "unable to get up and care for the children, or tells anyone she has thoughts of harming "
              "herself, the CMHT crisis team will assess her that day and Aiden and Sophie will stay with "
              "Kerry's sister, Nicola Shaw, in Pinfold Lane; if Nicola cannot have them, the SW will place "
              "them together with foster carers that night."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 6 weeks at Greyfriars Junior School: 17/07/2025 and 28/08/2025, 9.15am.",
            "Next review child protection conference: 02/10/2025, 2pm, Calverstone Council Offices.",
            "If Sophie's fillings have not been done and either child's attendance is below 90% at the core "
            "group on 28/08/2025, the SW will request a legal planning meeting.",
        ]),
    ],
    "findings": [
        F("F002", "Kerry's mental health will be stable and she will be able to manage her low mood."),
        F("M002", "Monitor Aiden and Sophie's attendance and punctuality"),
        F("M002", "Weekly parenting sessions at home on routines, bedtimes and meals"),
        F("M001", "Take Sophie to the dentist for the fillings"),
        F("H001", "Support Kerry with her mood and medication"),
        F("M002", "Support Kerry with her mood and medication"),
        F("W001", "Complete the Calverstone Homes transfer application"),
        F("T002", "Attend the Freedom Programme at Calverstone Women's Centre"),
        F("W002", "any sighting of Jason Rudd near the flat or the schools"),
    ],
})


# ---------------------------------------------------------------------------
# 6. ICPC plan in outcome blocks: each outcome has a "We'll know this is
#    working when" sentence, then "What will happen" bullets, several of
#    which have no measure of their own (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b51_culverdene_outcome_blocks_working_when_bullets_rennick.md",
    "split": "tune",
    "actions": 12,
    "template": "icpc-plan-md-bold-label-details-worries-world-then-outcome-h3-blocks-each-with-well-know-this-is-working-when-sentence-then-what-will-happen-bullets-measure-left-at-outcome-level",
    "description": (
        "Initial conference plan for a 4-year-old and a 7-month-old (domestic abuse, mother's drinking "
        "and cannabis use, neglect). Each outcome has a good 'We'll know this is working when' sentence, "
        "but several bullets beneath lean on it and have no measure of their own (father's programme, "
        "family support sessions, Nan's teas, mum's self-referral 'when she feels ready'); the recovery "
        "worker will 'keep an eye on' her drinking; 'The family' owns nursery mornings; the contingency "
        "sends the children to Nan with no fallback; review conference date to be confirmed."
    ),
    "text": """\
# Child Protection Plan – Oakley and Esmé Rennick

Culverdene County Council · Children's Services · South Locality Safeguarding Team
Initial child protection conference, 8 July 2025 · categories: emotional abuse and neglect

**Oakley Rennick**, 4 (born 19/03/2021) – Rainbow Tree Nursery, mornings
**Esmé Rennick**, 7 months (born 02/12/2024)
**Mum:** Jade Rennick (23), 5 Wicker Row, Culverdene
**Dad:** Connor Hale (25) – on police bail not to contact Jade or go to Wicker Row until 12/08/2025
**Nan:** Tracey Rennick (48), Jade's mum, Larch Avenue
**Social worker:** Megan Doyle · **Chair:** Alistair Munro

## What we are worried about

Police were called to Wicker Row four times between February and June. On 21 June Connor
pushed Jade into the kitchen door while she was holding Esmé; Oakley was in the room. Jade
drinks most evenings and smokes cannabis in the flat; on two home visits in June she was
slurring and the flat smelled strongly of cannabis. Esmé's nappy was soaked through on both
visits. Oakley comes into nursery hungry on most Mondays and has been acting out fights in
the home corner.

## What is going well

Jade has kept every appointment with the HV since the baby was born and Esmé is growing well
on the 25th centile. Nan is close by and the children love going to hers. Jade told conference
she wants "to do this properly" and has not let Connor back since he was bailed.

## Oakley and Esmé's world

Oakley (with Megan at nursery, 1 July) said: "Daddy hurted Mummy and baby cried. I hided behind
the sofa with Peppa." He said he likes Nan's "because she has the cat and fish fingers", and
that he does not like it "when Mummy is sleepy in the day".

Esmé is a smiley baby who reaches for Jade and for Nan. At both June visits she was in her cot
crying when Megan arrived and settled as soon as she was picked up and changed.

## Our outcomes, and how we'll know

### Outcome 1: Oakley and Esmé are kept safe from violence between their mum and dad

We'll know this is working when there are no more police call-outs to Wicker Row, Oakley stops
acting out fights at nursery, and Jade can explain her safety plan to Megan.

What will happen:

- Connor will go to the Culverdene Choices for Change programme, starting with his assessment on 22/07/2025 and then every Monday evening for 20 weeks.
- Sam Okafor, IDVA at Culverdene Domestic Abuse Service, will complete a DASH with Jade by 18/07/2025 and write a safety plan that covers Oakley and Esmé, sending a copy to Megan and to nursery.
- PC Laura Finch, Culverdene Police Safeguarding Unit, will put a marker on Wicker Row by 11/07/2025 and tell Megan within 24 hours of any call to the address, so call-outs can be counted at each core group.

### Outcome 2: Esmé and Oakley are fed, changed and warm, with a routine every day

We'll know this is working when Esmé's weight stays on the 25th centile, her nappy is clean
when professionals visit, and Oakley comes into nursery fed and in clean clothes on at least
4 days out of 5.

What will happen:

- Kirsty Pell (HV) will visit every two weeks, weigh Esmé and plot her weight in the red book, looking for her to stay on the 25th centile line.
- Dan Hollis, family support worker at Culverdene Family Hub, will do weekly sessions with Jade on meals, nappies and bedtimes for 8 weeks from 28/07/2025.
- Nan will have Oakley and Esmé at hers for tea every Tuesday and Thursday and help Jade catch up with the washing.
- Nan will have Oakley to stay every Friday night and write it in the family diary, which Megan reads at each visit.
- The family will make sure Oakley gets to nursery on time every morning, and nursery will record his arrival time.

### Outcome 3: Oakley and Esmé are looked after by a mum who is sober

We'll know this is working when Jade's tests at the Recovery Hub are clear and no professional
finds her drunk or smelling of cannabis while she has the children.

What will happen:

- Jade will refer herself to Culverdene Recovery Hub and go to their groups when she feels ready.
- Lisa Marr, recovery worker at Culverdene Recovery Hub, will see Jade every fortnight and keep an eye on her drinking and cannabis use.

### Outcome 4: Oakley has someone he trusts to tell when he is frightened

We'll know this is working when Oakley can name a grown-up at nursery and at Nan's he would
tell, and his words are written down at every visit.

What will happen:

- Megan Doyle (SW) will visit every two weeks, see Oakley on his own at nursery or at home, and write down what he says and plays in her visit record.
- Priya Shah, Oakley's key person at Rainbow Tree Nursery, will do a "feelings time" with him every Wednesday and note anything he says about home in the nursery safeguarding log, telling Megan the same day.

## If something happens

If Connor comes to Wicker Row or contacts Jade, Jade will call 999 and take Oakley and Esmé to
Nan's, and Megan (or the Emergency Duty Team) will hold a strategy discussion the same day. If
Jade is found drunk or under the influence of cannabis while she is the only adult with the
children, whoever finds her will ring Megan or the Emergency Duty Team, and Oakley and Esmé
will stay with Nan until Jade has been sober for 24 hours.

## Meetings

- Core group every 4 weeks at Rainbow Tree Nursery, 10am: 24/07/2025, 21/08/2025 and 18/09/2025.
- Review child protection conference: date to be confirmed by the conference and review unit.
- If there is another police call-out involving Connor, or Jade is found under the influence with the children twice, Megan will ask her team manager to hold a legal planning meeting within 5 working days.
""",
    "findings": [
        F("M001", "Connor will go to the Culverdene Choices for Change programme"),
        F("M001", "will do weekly sessions with Jade on meals, nappies and bedtimes"),
        F("M001", "Nan will have Oakley and Esmé at hers for tea"),
        F("W002", "The family will make sure Oakley gets to nursery"),
        F("T002", "Jade will refer herself to Culverdene Recovery Hub"),
        F("M001", "Jade will refer herself to Culverdene Recovery Hub"),
        F("M002", "keep an eye on her drinking and cannabis use"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. First core group record, agreed actions as numbered sentences each with
#    a "we will know because..." clause; some clauses end in feelings or
#    monitoring; vague contingency (pdf with header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b51_crestley_core_group_know_because_sentences_mahmood.pdf",
    "doc_title": "First Core Group - Record and Agreed Plan - Zain and Hana Mahmood",
    "split": "tune",
    "actions": 11,
    "template": "first-core-group-record-paged-kv-header-present-updates-childrens-scale-outcomes-then-agreed-actions-numbered-sentences-each-with-we-will-know-because-clause-then-contingency-and-next-meetings",
    "description": (
        "First core group record for a 10-year-old and a 2-year-old (father's drinking, shouting and "
        "two police call-outs; mother's anxiety). The agreed actions are numbered sentences, most with "
        "a good 'we will know because...' clause (Zain's 0-10 score, attendance figures, GP letter, "
        "ASQ-3). Faults: the SW visits 'regularly'; the father's alcohol service has no timescale and "
        "only 'engagement will be monitored'; Talking Therapies only offers sessions and 'she feels "
        "less anxious'; the DSL will 'keep an eye on' Zain; the nursery referral 'will be made' by no "
        "one; parents 'work with the plan ... as required'; the contingency is 'further concerns' and "
        "'will be considered'."
    ),
    "header": "Crestley Borough Council – Children's Social Care – OFFICIAL-SENSITIVE",
    "footer": "Core group 1 record – Zain and Hana Mahmood – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "First Core Group Meeting – Record and Agreed Plan"),
        ("kv", [
            ("Children", "Zain Mahmood, born 14/05/2015 (10), Year 5, Crestley Brook Primary; "
                         "Hana Mahmood, born 30/01/2023 (2), at home"),
            ("Parents", "Saima Mahmood (34) and Imran Mahmood (38), 41 Tanner Street, Crestley"),
            ("Plan", "Child protection plan from the initial conference on 19/06/2025; category emotional "
                     "abuse"),
            ("Meeting", "03/07/2025, 3.30pm, Crestley Brook Primary, meeting room 2"),
            ("Chair", "Farah Iqbal, social worker"),
        ]),
        ("h2", "Present"),
        ("p", "Saima Mahmood (mum); Imran Mahmood (dad); Farah Iqbal (SW); Mr Tom Collins (DSL, Crestley "
              "Brook Primary); Jenny Talbot (HV); Sara Whitby (IDVA, Crestley Domestic Abuse Partnership). "
              "Apologies: Dr Rehana Patel (GP) – update sent by email."),
        ("h2", "Updates"),
        ("p", "Farah reminded everyone why the plan was made: police were called to Tanner Street on "
              "11/05/2025 and 02/06/2025 after Imran, who had been drinking, shouted at Saima and threw a "
              "plate; on the second occasion Zain phoned his uncle to come round. Imran told the meeting he "
              "drinks \"a few cans most nights, more at weekends\" and accepts he \"gets loud\" when he has "
              "had a drink. He has not been to the alcohol service yet."),
        ("p", "Saima said she has been diagnosed with anxiety by her GP and has been told she can have "
              "talking therapy; she has panic attacks when Imran is late home. Mr Collins said Zain's "
              "attendance this year is 86%, he has been falling asleep in lessons and has stopped going to "
              "chess club. Jenny said Hana is due her two-year review, has few words and has not been "
              "registered for a funded nursery place."),
        ("h2", "Zain and Hana"),
        ("p", "Zain met Farah on his own at school on 26/06/2025. He said: \"When Dad's had his cans I go "
              "upstairs and put my headphones on. I don't like it when Mum cries.\" Asked to score how calm "
              "home has been, from 0 (not calm at all) to 10 (really calm), he said 4. He would like his "
              "dad \"to stop the cans on school nights\" and to go back to chess club."),
        ("p", "Hana was seen at home on 01/07/2025. She stayed close to Saima, pointed at the window when "
              "a car door slammed and said \"Baba\". She played with the kitchen set and brought Farah a "
              "plastic cup of \"tea\"."),
        ("h2", "What we want for Zain and Hana"),
        ("bullets", [
            "Zain and Hana live in a calm home with no shouting, throwing or threats.",
            "Zain is in school every day, gets enough sleep and can tell a trusted adult how he feels.",
            "Hana's development is checked and she starts at nursery.",
        ]),
        ("h2", "Agreed actions"),
        ("p", "Each action says who will do it, when, and how we will know."),
        ("numbers", [
            "Farah Iqbal (SW) will visit regularly and see Zain and Hana on their own; we will know because "
            "Zain's wishes and feelings will be written on the visit record.",
            "Farah will ask Zain at every visit to score how calm home has felt that week; we will know it is "
            "working when his score is 7 or higher (it was 4 on 26/06/2025).",
            "Imran will go to Crestley Alcohol Service and his engagement will be monitored by the SW.",
            "Dr Rehana Patel, GP at Tanner Street Surgery, will see Imran by 08/08/2025 about his drinking "
            "and arrange liver function tests; we will know because her letter with the results will be on "
            "the children's file.",
            "Crestley Talking Therapies will offer Saima eight sessions of guided self-help for anxiety starting "
            "on 05/08/2025; we will know it has helped when she feels less anxious.",
            "Sara Whitby (IDVA) will meet Saima by 11/07/2025 to complete a DASH and a safety plan that "
            "includes what Zain should do if there is shouting; we will know because the safety plan will "
            "be shared with Farah and Mr Collins.",
            "Mr Tom Collins, DSL, will keep an eye on Zain in school every day.",
            "Mrs Joan Dale, attendance officer at Crestley Brook, will email Farah Zain's attendance every "
            "Friday in term; we will know this is working when it is 95% or more for the autumn half-term.",
            "A referral for Hana's funded two-year-old nursery place will be made by 25/07/2025, and we "
            "will know it has worked when the nursery confirms her start date in writing.",
            "Jenny Talbot (HV) will complete Hana's two-year review at home by 22/08/2025; we will know "
            "because her ASQ-3 scores and any speech and language referral will be shared with Farah.",
            "Saima and Imran will work with the plan and attend appointments as required.",
        ]),
        ("h2", "Contingency"),
        ("p", "If there are any further concerns, or things at home do not improve, Farah will discuss this "
              "with her manager and a further strategy meeting will be considered."),
        ("h2", "Next meetings"),
        ("bullets", [
            "Core group every 4 weeks at Crestley Brook Primary: 31/07/2025 and 28/08/2025, 3.30pm.",
            "Review child protection conference: 18/09/2025, 10am, Crestley Town Hall.",
            "If the plan has not made enough progress by the review conference, Farah's team manager will "
            "convene a legal planning meeting.",
        ]),
        ("p", "Record typed by Farah Iqbal, 04/07/2025, and sent to everyone present and to Dr Patel."),
    ],
    "findings": [
        F("T002", "will visit regularly and see Zain and Hana on their own"),
        F("T001", "Imran will go to Crestley Alcohol Service and his engagement"),
        F("M002", "Imran will go to Crestley Alcohol Service and his engagement"),
        F("H001", "will offer Saima eight sessions of guided self-help for anxiety"),
        F("M002", "will offer Saima eight sessions of guided self-help for anxiety"),
        F("M002", "Mr Tom Collins, DSL, will keep an eye on Zain"),
        F("W001", "A referral for Hana's funded two-year-old nursery place"),
        F("T002", "Saima and Imran will work with the plan and attend"),
        F("M001", "Saima and Imran will work with the plan and attend"),
        F("C002"),
    ],
})
