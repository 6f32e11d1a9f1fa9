"""Batch 26, module 1: seven fictional exemplary plans (tuning material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

All seven plans are exemplary (no expected findings). Their actions are
bullet or numbered lists in different shapes, with the owner, timescale and
measure written into each item, beside lists that are not actions (worries,
strengths, what the children said).
"""
from build_batch5 import F, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, jobs listed under each person's bold name; each bullet names
#    its owner, has the date in brackets and "we'll know because" (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b26_nabbersfield_jobs_under_each_name_hollis.docx",
    "doc_title": "Child Protection Plan - Tayla and Riley Hollis",
    "split": "tune",
    "template": "icpc-plan-child-quote-worry-strength-bullets-then-jobs-under-bold-person-names-bracketed-when-well-know-because",
    "description": (
        "Exemplary ICPC plan for a 9-year-old and a 4-year-old (neglect; mother's drinking and low mood). "
        "Lists of what the children said, what is going well and worries, then the jobs listed under "
        "each person's bold name: every bullet names its owner, gives the date or frequency in brackets "
        "and says 'we'll know because'. Drug and alcohol service and GP own actions, grandmother's part "
        "is covered in a specific contingency, core group dates, review date and legal planning."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Nabbersfield Borough Council – Children's Services, Safeguarding and Family Support Team 3"),
        ("kv", [
            ("Children", "Tayla Hollis, born 14/02/2016 (9), and Riley Hollis, born 30/09/2020 (4)"),
            ("Address", "22 Corve Street, Nabbersfield"),
            ("Mum", "Stacey Hollis (31)"),
            ("Riley's dad", "Jamie Platt (33), lives at Flat 4, Sedge House; has Riley every Saturday"),
            ("Conference", "Initial child protection conference, Tuesday 10/06/2025"),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Carys Brennan (SW), team manager Neil Oduya"),
            ("Chair", "Margaret Fennimore, Independent Reviewing Officer"),
        ]),
        ("h1", "Why Tayla and Riley have a plan"),
        ("p", "Stacey's drinking has got much worse since her dad died last October. On 18 May police were "
              "called by a neighbour and found Stacey asleep on the settee after drinking, with Riley still "
              "up at 10pm; Tayla had made him toast and put him in his pyjamas. Stacey told her GP on 29 May "
              "that she is drinking about a litre of vodka every two days. Tayla has been late to school 23 "
              "times this term and Riley has missed 40% of his nursery sessions since Easter. On two of my "
              "visits the fridge had only milk in it. Stacey's GP started her on sertraline in March for low "
              "mood and she has stopped taking it twice."),
        ("h1", "What Tayla and Riley told us"),
        ("bullets", [
            "Tayla (seen on her own at school, 3 June): \"When Mum's having a sleep I do Riley's tea. I can do beans.\"",
            "Tayla: \"I don't like it when she falls asleep on the settee and won't wake up. I put a blanket on her.\"",
            "Tayla said what she wants most is \"Mum to stop the drink\" and \"to go to Nan's more, she does proper dinners\". "
            "She asked if she could still go to dance on Thursdays.",
            "Riley (seen at nursery, 5 June) played with the dolls' house, put the mummy doll in the bed and said "
            "\"Mummy poorly. Tayla does it.\" He ate two breakfasts at nursery that morning.",
            "Riley's key worker says he is chatty and happy once he has settled, and loves the sand tray and the bikes.",
        ]),
        ("h1", "What's going well"),
        ("bullets", [
            "Stacey has been honest about how much she drinks and asked her GP for help herself.",
            "Tayla and Riley are very close to their Nan, Pauline Hollis (MGM), who lives five minutes' walk away on "
            "Albion Road and has had them for Sunday dinner most weeks.",
            "Jamie has not missed a Saturday with Riley this year, and nursery say Riley comes back clean and fed.",
            "Tayla's reading is above where it should be for her age and she loves her dance club.",
        ]),
        ("h1", "What we're worried about"),
        ("bullets", [
            "Stacey drinking until she can't be woken, when she is the only adult in the house.",
            "Tayla, aged 9, looking after Riley and herself in the evenings, and being too tired for school.",
            "Riley missing nursery, and neither child getting regular meals.",
            "Stacey's low mood since her dad died, and her stopping and starting her medication.",
        ]),
        ("h1", "What needs to be different for Tayla and Riley"),
        ("bullets", [
            "Tayla and Riley are looked after every evening and night by a sober adult who wakes up if they need them.",
            "Tayla gets to be 9: she is at school on time, isn't in charge of Riley's tea or bedtime, and keeps going to dance.",
            "Riley goes to nursery every morning he is booked in (Monday to Thursday) and has breakfast and a hot tea every day.",
            "There is food in the house and both children have a clean bed and clean clothes.",
        ]),
        ("h1", "The plan – who is doing what"),
        ("p", "Everyone's jobs are listed under their name. The date or how often is in brackets, then how "
              "we'll know it has been done and is making a difference for the children."),
        ("boldp", "Stacey (Mum)"),
        ("bullets", [
            "Stacey will not drink at all while she is the only adult looking after Tayla and Riley (from today, "
            "10/06/2025) – we'll know because the SW's unannounced visits, two a month after 6pm, find her sober "
            "and her breath tests at Nexus are clear.",
            "Stacey will go to her keywork sessions at Nexus Recovery Service so she can be sober for the children "
            "in the evenings (every Tuesday from 17/06/2025) – we'll know because Nexus send the SW her attendance "
            "each month.",
            "Stacey will take Riley to nursery for 9.15am (every Monday to Thursday from 16/06/2025) – we'll know "
            "because the nursery register shows Riley in on at least 9 of every 10 booked mornings.",
        ]),
        ("boldp", "Pauline Hollis (Nan)"),
        ("bullets", [
            "Pauline will have Tayla and Riley at hers for tea and a bath (every Wednesday and Sunday from "
            "11/06/2025) – we'll know because she keeps a note of each tea on the calendar the SW checks at visits.",
            "Pauline will keep her phone on and answer Tayla if she rings because Mum can't be woken (every evening "
            "until 11pm, from 10/06/2025) – we'll know because Tayla shows the SW that Nan's number is saved on her "
            "phone, and Pauline tells the SW about any call the same day.",
        ]),
        ("boldp", "Jamie Platt (Riley's dad)"),
        ("bullets", [
            "Jamie will keep having Riley every Saturday, 10am to 6pm, and ring the SW that day if Riley says he "
            "has been left on his own or hungry (every Saturday) – we'll know because Jamie's contact diary, shown "
            "to the SW each month, records every Saturday and anything Riley said.",
        ]),
        ("boldp", "Carys Brennan (social worker)"),
        ("bullets", [
            "Carys will visit Tayla and Riley at home and see Tayla on her own (every 10 working days, at least one "
            "visit a month after 6pm and unannounced) – we'll know because her visit records say where the children "
            "were, what was in the fridge and what Tayla told her.",
            "Carys will do four sessions of \"Whose job is it?\" with Tayla at school so she knows looking after "
            "Riley is a grown-up's job (finished by 18/07/2025) – we'll know because Tayla's worksheets are on file "
            "and her words are in the report to the review conference.",
            "Carys will complete a parenting assessment of Stacey, including how she cares for the children after "
            "6pm (by 01/08/2025) – we'll know because the written report is shared with Stacey and the core group "
            "by that date.",
            "Carys will hold a family network meeting with Pauline, Jamie and Stacey's cousin Lorraine (by "
            "27/06/2025) – we'll know because a written family safety plan is signed by everyone who comes.",
        ]),
        ("boldp", "Dawn Achebe (family support worker, Nabbersfield Family Hub)"),
        ("bullets", [
            "Dawn will do home sessions with Stacey on a morning and teatime routine for Tayla and Riley (weekly, "
            "8 sessions from w/c 16/06/2025) – we'll know because the routine chart is up in the kitchen and Dawn's "
            "notes say whether the children were up, dressed and fed by 8.30am.",
            "Dawn will do a food shop with Stacey and check the cupboards (every Friday from 20/06/2025) – we'll "
            "know because her checklist shows cereal, bread, milk and a tea for each day for the children.",
        ]),
        ("boldp", "Sam Kowal (recovery worker, Nexus Recovery Service)"),
        ("bullets", [
            "Sam will assess Stacey's drinking and agree a detox or reduction plan with her and the GP (by "
            "24/06/2025) – we'll know because the assessment and plan are sent in writing to the SW and GP.",
            "Sam will write to every core group (every 4 weeks) with Stacey's attendance and breath test results "
            "and his view of whether she is staying sober while caring for the children – we'll know because his "
            "letter is on file before each meeting.",
        ]),
        ("boldp", "Dr Imran Saleh (GP, Corve Surgery)"),
        ("bullets", [
            "Dr Saleh will review Stacey's mood and sertraline and check her liver bloods so she is well enough "
            "to look after the children (appointment by 30/06/2025, then monthly) – we'll know because he writes "
            "to the SW after each review saying whether Stacey is taking her medication.",
        ]),
        ("boldp", "School and nursery"),
        ("bullets", [
            "Mrs Lorna Pike (DSL, Oldbridge Primary) will check in with Tayla every Monday morning and email her "
            "attendance and lateness to the SW every Friday – we'll know because Tayla's attendance is above 95% "
            "with no more than one late a week by the review conference.",
            "Jo Gant (manager, Little Wrens Nursery) will ring Stacey by 10am whenever Riley is not in, and tell "
            "the SW the same day if she cannot reach her – we'll know because the nursery absence log is emailed "
            "to the SW every Friday.",
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Stacey is found drunk while she is the only adult with the children, if Tayla has to ring Nan "
              "because Mum can't be woken, or if the children are left on their own, whoever finds out will "
              "ring Carys straight away (or the Emergency Duty Team on 0300 555 0172 after 5pm). Tayla and Riley "
              "will go to Pauline's that night and stay there until a strategy discussion has been held, the "
              "next working day at the latest."),
        ("p", "If Pauline can't have them – she is ill, away, or it isn't safe – Jamie has agreed to have both "
              "children at his flat, which Carys checked on 6 June. If neither Pauline nor Jamie can, Carys or "
              "EDT will find an emergency foster placement for Tayla and Riley together that night. If Pauline "
              "can no longer do the Wednesday and Sunday teas, she will tell Carys the same week and Dawn will "
              "do a teatime visit on those days until someone else from the family is agreed. Whenever the "
              "children have to leave home in an emergency, Carys will ask Neil Oduya for a legal planning "
              "meeting within 5 working days."),
        ("h1", "Meetings and checking the plan"),
        ("bullets", [
            "Core group every 4 weeks at Oldbridge Primary, 1.30pm: first on Tuesday 24/06/2025, then 22/07/2025 "
            "and 19/08/2025.",
            "Review child protection conference: Thursday 04/09/2025, 10am, Nabbersfield Civic Offices.",
            "If by the core group on 22/07/2025 Stacey is still drinking while looking after the children, or Nexus "
            "say she has not started her plan, Carys will ask the team manager for a legal planning meeting to "
            "consider the Public Law Outline.",
        ]),
        ("p", "Plan written by Carys Brennan, SW, 11/06/2025. Copies to Stacey, Jamie, Pauline and all agencies above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Core group minutes: present list, updates, baby's day, then numbered
#    actions of two sentences each (action + owner + when, then how we know),
#    PDF with header and page footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b26_nordlecott_core_group_two_sentence_items_wainwright.pdf",
    "doc_title": "Core group minutes - Archie Wainwright",
    "split": "tune",
    "template": "core-group-minutes-present-list-agency-updates-babys-day-then-numbered-two-sentence-items-second-says-how-we-know-paged",
    "description": (
        "Exemplary second core group minutes for a 10-week-old baby (neglect; mother's postnatal depression). "
        "Present list, agency updates, what the baby's day looks like, outcomes, then numbered actions each "
        "written as two sentences: who does what and when, then how we'll know. Perinatal team asked to "
        "assess change, GP owns an action, grandmother's nights covered in the contingency, next core group, "
        "review date and legal planning. OFFICIAL-SENSITIVE header and page footer."
    ),
    "header": "OFFICIAL-SENSITIVE | Nordlecott County Council Children's Services",
    "footer": "Core group minutes – Archie Wainwright – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("kv", [
            ("Child", "Archie Wainwright, born 21/03/2025 (10 weeks)"),
            ("Meeting", "Second core group, Thursday 5 June 2025, 10.00–11.30, Brindle Children's Centre"),
            ("Plan", "Child protection plan, category neglect, made at ICPC on 20/05/2025"),
            ("Chair", "Hannah Lockyer, social worker"),
            ("Minutes", "Ben Aziz, business support"),
        ]),
        ("h2", "Present"),
        ("bullets", [
            "Kelsey Wainwright – mum",
            "Connor Pratt – dad",
            "Denise Wainwright – maternal grandmother (MGM)",
            "Hannah Lockyer – social worker, Nordlecott Children's Services",
            "Fiona Reddy – health visitor, Brindle HV team",
            "Maya Grieve – perinatal mental health nurse, Nordlecott Perinatal Mental Health Team",
            "Tess Naylor – family support worker, Brindle Children's Centre",
            "Apologies: Dr Peter Lyle, GP, Westgate Medical Practice (written update sent)",
        ]),
        ("h2", "What Archie's day looks like – what we have seen"),
        ("p", "Fiona weighed Archie at home on 3 June: 4.71kg, back up between the 9th and 25th centiles after "
              "dropping below the 9th in May. He is taking 150ml every 3–4 hours. At the visit he smiled at "
              "Kelsey when she talked to him and followed her face when she moved. Hannah saw Archie at home on "
              "29 May and 3 June: his Moses basket is in his parents' room, bottles were clean and made up "
              "correctly, and he settled quickly when Denise held him against her shoulder. On 3 June he cried "
              "for about ten minutes while Kelsey was on her phone in the kitchen; he stopped when Connor picked "
              "him up."),
        ("h2", "Updates"),
        ("p", "Kelsey said she is sleeping better since Denise started staying on Tuesday and Friday nights, and "
              "that the worst time is still around 4am when \"everything feels too much\". She has started the "
              "new medication Dr Lyle prescribed on 22 May. Connor said his employer has agreed he can move from "
              "nights to day shifts from 16 June."),
        ("p", "Maya has seen Kelsey twice since conference. Kelsey can name her early warning signs (not eating, "
              "not wanting to hold Archie, staying in bed) and has told Maya when she has felt them. Maya cannot "
              "yet say whether Kelsey will be able to keep this up once Denise stops staying over, and will set "
              "this out in her report."),
        ("p", "Dr Lyle's letter (4 June) confirms Kelsey collected her prescription on time and that her mood "
              "score has come down from 21 to 15. Tess has done two of the six baby-cue sessions."),
        ("h2", "What we want for Archie (from the plan)"),
        ("bullets", [
            "Archie is fed at least every 4 hours, day and night, and his weight stays on or above the 9th centile.",
            "Archie is cared for by adults who notice and respond when he cries, and who are well enough to do so.",
            "Archie sleeps safely, on his back in his Moses basket, in a smoke-free room.",
        ]),
        ("h2", "Actions agreed today"),
        ("numbers", [
            "Fiona Reddy (HV) will weigh Archie at home every Tuesday until the review conference. Each weight "
            "goes in the red book and is emailed to Hannah the same day, and we will know it is working if Archie "
            "stays on or above the 9th centile.",
            "Kelsey will do the night feeds on the nights Denise is not staying and fill in the feed chart on the "
            "fridge, starting tonight (5 June). Hannah and Fiona will look at the chart at every visit and it "
            "should show a feed at least every 4 hours.",
            "Maya Grieve (perinatal mental health nurse) will see Kelsey every fortnight and assess how her mood "
            "affects her care of Archie, whether she is making the changes he needs and how long they are likely "
            "to take. Her written report will be shared at the core group on 3 July 2025.",
            "Dr Lyle (GP) will review Kelsey's medication at a double appointment on 12 June 2025 and every 4 "
            "weeks after that, so that she is well enough to care for Archie. He will write to Hannah after each "
            "review saying whether Kelsey is taking her medication as prescribed.",
            "Denise (MGM) will stay over every Tuesday and Friday night and do the 2am feed, until the review "
            "conference on 14 August. She will initial those nights on the feed chart and ring Hannah the same "
            "day if she cannot make one.",
            "Connor will do Archie's bath and bedtime every evening once he moves to day shifts on 16 June. He "
            "will tick each evening on the routine sheet, which Tess checks every week.",
            "Tess Naylor (FSW) will do the last four baby-cue and safe sleep sessions with Kelsey and Connor, "
            "weekly on Wednesdays from 11 June. By session six both parents should be able to show Tess a settling "
            "and back-to-sleep routine, and her session notes will record what she saw.",
            "Hannah Lockyer (SW) will visit Archie at home every week, with at least one unannounced and one "
            "evening visit each month. Her visit records will say how Archie was, where he was sleeping and how "
            "Kelsey and Connor responded to him.",
            "Hannah will finish the parenting assessment of Kelsey and Connor by 25 July 2025. The parents will "
            "get a copy at least two days before it is shared with the core group.",
        ]),
        ("h2", "If things go wrong"),
        ("p", "If Archie's weight drops below the 9th centile again, the feed chart shows a gap of more than 5 "
              "hours, or Kelsey tells anyone she is having thoughts of harming herself or Archie, Hannah (or the "
              "Emergency Duty Team out of hours) will visit the same day and hold a strategy discussion. Archie "
              "will be cared for by Connor with Denise staying in the house, and Maya will offer Kelsey an "
              "admission with Archie to the Ashmere Mother and Baby Unit."),
        ("p", "If Denise cannot stay over or can no longer help, Connor's sister Jade Pratt, whom Hannah visited "
              "and checked on 2 June, will stay instead. If neither of them can, Archie will not be left with "
              "Kelsey on her own overnight: Hannah will arrange a foster placement for him that day and ask her "
              "team manager for a legal planning meeting within 5 working days."),
        ("h2", "Next meetings"),
        ("bullets", [
            "Next core group: Thursday 3 July 2025, 10am, Brindle Children's Centre; then every 4 weeks (next "
            "31 July 2025).",
            "Review child protection conference: Thursday 14 August 2025, 1.30pm, Nordlecott County Hall.",
            "If Archie's weight falls again, or Maya's report on 3 July says Kelsey is not able to make the "
            "changes Archie needs in time, Hannah will ask for a legal planning meeting before the review "
            "conference.",
        ]),
        ("p", "Minutes agreed by Hannah Lockyer on 6 June 2025 and sent to everyone present and to Dr Lyle."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Review plan in markdown: the child's own list at the top, then numbered
#    steps each with lower-case "who / when / we'll know" sub-lines (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b26_nimbleworth_jordans_list_then_sublines_garside.md",
    "split": "tune",
    "template": "rcpc-plan-md-young-persons-own-list-first-then-numbered-steps-with-lowercase-who-when-well-know-sublines",
    "description": (
        "Exemplary review CP plan for a 13-year-old young carer (father's schizophrenia). The boy's own "
        "list of what he wants comes first, then better/worries lists and outcomes, then numbered steps "
        "with lower-case 'who / when / we'll know' sub-lines. The care coordinator reports on the father's "
        "capacity to change, the aunt's part is covered in a specific contingency with a fallback, core "
        "group dates, review date and legal gateway."
    ),
    "text": """\
# Nimbleworth Council – Child Protection Plan (review)

**Jordan Garside**, 13 · Year 8, Castlegate Academy · lives with his dad, Lee Garside (45), 9 Tanner's Yard
Review conference: Thursday 17 July 2025 · Chair: Rosalind Hext (IRO) · SW: Priya Sandhu
Category: neglect · on a plan since 24 April 2025

## Where we are now

Lee has paranoid schizophrenia. In March he stopped his depot injection, became very unwell and
Jordan, then 12, was looking after him on his own for about three weeks: shopping, cooking and
keeping Lee in the flat at night. Jordan missed 11 days of school. Lee spent four weeks on Fernlea
Ward and came home on 2 May. Since then he has not missed an injection and Jordan's attendance
is back up to 88% this half term. Conference agreed today that Jordan stays on a plan for now,
because Lee has only been well for ten weeks and the last two relapses both came in the autumn.

## Jordan's own list

Jordan wrote this with Priya on 10 July and asked for it to go at the top.

- "I want Dad to keep having his injection so the voices don't come back bad."
- "I don't want to be the one who has to ring the ambulance again."
- "I want to keep going to Auntie Michelle's on Fridays. She does chippy tea and I can game with Callum."
- "I want to go on the Year 8 trip to Bewley Edge in October."
- "Please don't move me schools."
- "I'd like someone to talk to who gets it, like other kids with poorly parents."

## What's better since April

- Lee has had every depot on time and is sleeping at night.
- Jordan says he is "not doing all the jobs now"; Lee does the shopping with him on Saturdays.
- Michelle Garside (Lee's sister) has had Jordan every Friday night since May.
- School say Jordan is laughing with friends again and has joined the Year 8 football squad.

## What still worries people

- Lee's last two relapses were in the autumn, and both started with him missing sleep and stopping his tablets.
- Jordan still checks on his dad in the night "to see if he's talking to the telly".
- Jordan is the only person at home who would notice if Lee became unwell.
- Lee does not yet have a written plan of his warning signs that Jordan and Michelle can use.

## What needs to be true for Jordan

- Jordan lives with a dad who is well enough to look after him, and Jordan is not caring for him.
- If his dad starts to become unwell, an adult notices and acts the same day, not Jordan.
- Jordan goes to school every day (attendance 95% or more) and can go on trips and to football like his friends.
- Jordan has someone outside the family he can talk to about his dad's illness.

## Steps

1. **Dad's depot and how he is doing**
   - who: Ruth Abara, CPN and Lee's care coordinator, Nimbleworth Community Mental Health Team
   - when: depot every other Wednesday at Hartwell Clinic; written update before each core group
   - we'll know: clinic record shows no missed depots; Ruth's written update to each core group says whether Lee is staying well, what his early warning signs are, and whether he can keep up the changes Jordan needs and over what time
2. **Dad's warning signs on one page**
   - who: Priya Sandhu (SW), with Lee, Jordan and Michelle
   - when: by Friday 8 August 2025
   - we'll know: a one-page "Dad's warning signs" sheet signed by Lee, with copies for Jordan, Michelle, school and the GP
3. **Young carers assessment and group**
   - who: Ash Fenwick, Nimbleworth Young Carers
   - when: assessment by 1 August 2025, then the fortnightly Thursday group from 4 September
   - we'll know: young carer's assessment shared with Priya; group register shows Jordan at least three times a half term
4. **Seeing Jordan**
   - who: Priya Sandhu (SW)
   - when: every 2 weeks, one visit a month unannounced and one at school
   - we'll know: visit records show Jordan seen on his own, what jobs he did at home that fortnight and how his dad seemed
5. **School every day**
   - who: Mr Dale Whitworth, DSL, Castlegate Academy
   - when: mentor check-in with Jordan every Monday from 8 September; attendance to Priya every Friday
   - we'll know: weekly attendance email; Jordan at 95% or more by the next review
6. **Fridays at Auntie Michelle's**
   - who: Michelle Garside (paternal aunt)
   - when: every Friday after school until Saturday 5pm
   - we'll know: Jordan tells Priya at each visit; Michelle texts Priya by Sunday if a weekend did not happen
7. **An adult Jordan can ring at night**
   - who: Michelle Garside
   - when: from tonight, 17 July 2025, every night
   - we'll know: Jordan has Michelle's number saved and it is on the warning signs sheet; Michelle tells Priya the same day about any call
8. **Bewley Edge trip**
   - who: Priya Sandhu (SW)
   - when: deposit paid by Friday 25 July 2025
   - we'll know: school confirms Jordan's place on the trip in writing
9. **Dad's physical health**
   - who: Dr Nasreen Qureshi, GP, Tanner's Lane Surgery
   - when: annual physical health check by 29 August 2025
   - we'll know: GP letter to Priya and Ruth confirming the check was done and Lee's tablets were reviewed

## If Dad becomes unwell again

If Lee misses a depot, goes two nights without sleeping, or Jordan or Michelle see any sign on Dad's
warning signs sheet, Jordan rings Michelle or Priya (or the Emergency Duty Team on 0300 555 0419 out
of hours). Ruth or the crisis team will see Lee the same day. Jordan will go to Michelle's that night
and stay there until Ruth says Lee is well again; his spare uniform and school bag are kept at hers.

If Michelle can't have him (she works some night shifts at Larchwood care home), Jordan's godmother
Sandra Keeling, checked by Priya on 3 July, will have him. If neither can, Priya or EDT will arrange a
foster placement that night close enough for Jordan to stay at Castlegate. If Jordan is found caring
for his dad on his own again, Priya will ask for a legal planning meeting within 5 working days.

## When we will check

- Core group every 6 weeks, Thursdays at 4pm at Castlegate Academy: 28 August, 9 October and 20 November 2025.
- Next review conference: Thursday 15 January 2026, 10am, Nimbleworth Town Hall.
- If by the 9 October core group Lee has missed more than one depot, or Jordan's attendance is still under 90%, Priya will take Jordan's case to the legal gateway meeting.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Discharge and CP plan typed by the safeguarding midwife: asterisk lists
#    grouped by stage, each item ending in a "so that" clause (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b26_nethervane_midwife_asterisk_so_that_tully.txt",
    "split": "tune",
    "template": "icpc-on-ward-discharge-cp-plan-typed-by-safeguarding-midwife-asterisk-lists-by-stage-each-ending-so-that-txt",
    "description": (
        "Exemplary ICPC plan for a newborn on a transitional care ward (mother on methadone, father's "
        "cannabis use), typed by the safeguarding midwife. Lists of what is going well, worries and what the "
        "baby has shown us, then actions in asterisk lists grouped by stage (on the ward, going home, at "
        "home), each naming the owner and timescale and ending 'so that' with what will be seen. The drug "
        "service and GP own actions, the grandmother's part has a fallback, core group dates, review date "
        "and legal planning."
    ),
    "text": """\
NETHERVANE HEALTH AND CARE NHS TRUST - MATERNITY SAFEGUARDING TEAM
Child protection plan for Freddie Tully (agreed at ICPC 10/06/2025)
Typed by: Elaine Marsh, Safeguarding Midwife, 11/06/2025
To: core group members (list at the end)
------------------------------------------------------------------------

Baby:       Freddie Tully, born 02/06/2025 at 38+2 weeks, 2.91kg
            Ward 14 (transitional care), Nethervane General Hospital
Mum:        Shannon Doherty (26)
Dad:        Ryan Tully (29)
Home:       14 Marlpit Close, Nethervane (both parents)
SW:         Marcus Oyelaran, Nethervane Children's Services (0-5 team)
Category:   Neglect
Conference: Initial child protection conference held on Ward 14,
            Tuesday 10/06/2025, chaired by Lorna Whitcombe (IRO)

WHY FREDDIE HAS A PLAN
Shannon used heroin for six years. Her two older children, Kaiden (7)
and Lacey (5), live with their paternal grandmother under a special
guardianship order made in 2021. Shannon has been on methadone (40ml,
supervised) since September 2024 and her urine screens have been clear
of heroin since December. Freddie is being watched on the ward for
withdrawal (NAS). Ryan smokes cannabis most days, he says "to sleep".
The risks for Freddie are a relapse after the birth, a parent falling
asleep with him after using, and smoke in the flat.

WHAT IS GOING WELL
 * Shannon went to all 9 of her antenatal appointments and has not
   missed a methadone pick-up since March.
 * Shannon and Ryan have been on the ward every day; staff say they
   are gentle with Freddie and ask good questions.
 * Shannon's mum, Carol Doherty, lives on the next street and has
   offered to help every morning.
 * The flat was clean and ready for a baby when Marcus visited on
   30/05/2025.

WHAT WE ARE WORRIED ABOUT
 * Relapse is most likely in the first weeks home, when Shannon is
   tired and Freddie is unsettled.
 * Ryan's cannabis use: being drowsy at night feeds, and smoke in the
   flat or car.
 * Methadone kept where a baby or visitors could get to it.

WHAT FREDDIE HAS SHOWN US ON THE WARD
 * Freddie's withdrawal scores were up to 9 on days 2 and 3 (jittery,
   high-pitched cry, sneezing). Since day 5 they have been under 6.
 * He feeds 60ml every 3 hours and now finishes most bottles.
 * He settles best skin-to-skin with Shannon and when Ryan swaddles him
   and walks with him. He is unsettled in a noisy room and calms when
   the lights are dimmed.
 * Staff have seen Shannon notice his hunger cues (rooting, hands to
   mouth) before he cries.

WHAT WE WANT FOR FREDDIE
 * Freddie goes home only when his withdrawal is over, and is fed at
   least every 3-4 hours and gains weight along his centile.
 * Freddie is always cared for by an adult who is not under the
   influence of drugs or alcohol, and sleeps on his back in his own
   Moses basket in a smoke-free flat.
 * Freddie's parents notice and respond to him when he is unsettled.

THE PLAN

On the ward (until Freddie goes home)
 * Bev Collins (Freddie's named nurse, Ward 14) will make sure he is
   scored for withdrawal every 4 hours until discharge, so that the
   NAS chart shows scores under 8 for 72 hours before he leaves.
 * Shannon will give Freddie's feeds on the ward and write them on the
   feed chart every day until discharge, so that staff can see from
   the chart that he is fed at least every 3 hours.
 * Ryan will come in at least three evenings a week before discharge
   and do Freddie's bath on one of them, so that ward staff can record
   in the notes how he handles and settles him.
 * Dr Anita Basu (neonatal consultant) will agree the discharge date
   with Marcus, no earlier than 72 hours of low scores, and write the
   discharge summary on the day, so that the GP, HV and Marcus each
   have a copy the same day.

Before Freddie goes home
 * Marcus Oyelaran (SW) will visit the flat by 12/06/2025, so that
   his visit record confirms the Moses basket is set up in the
   parents' room, the methadone is in the locked box and there is no
   cannabis or smoking in the flat.
 * I (Elaine Marsh, safeguarding midwife) will hold the discharge
   planning meeting on Ward 14 on 12/06/2025, so that a signed
   discharge plan is in Freddie's notes and copied to the HV, GP and
   Marcus before he leaves.

At home
 * Joanne Pike (community midwife) will visit on days 1, 3 and 5 after
   discharge, so that Freddie's weight and feeds are in the red book
   and handed over to the HV.
 * Rukhsana Begum (HV) will do the new birth visit on day 10-14 and
   then see Freddie every week until the review conference, so that
   the red book shows his weight and her notes record how he responds
   to Shannon and Ryan.
 * Carl Mensah (Shannon's keyworker, Nethervane Recovery Service) will
   keep Shannon's methadone on daily supervised pick-up and do a random
   urine screen every week, so that each core group gets his letter
   with the results and his view of whether Shannon is drug-free while
   caring for Freddie.
 * Ryan will start the Recovery Service cannabis group on Tuesdays at
   6pm from 17/06/2025 and not smoke in the flat or car at any time,
   so that his signed attendance sheet goes to Marcus monthly and HV
   and SW visits find no smell of cannabis in the flat.
 * Carol Doherty (maternal grandmother) will come round every morning
   8-10am for Freddie's first 4 weeks at home and stay over on Friday
   and Saturday nights, so that there is a second sober adult at the
   hardest times; she will sign the sheet on the fridge, which Marcus
   checks at every visit.
 * Carol will keep a spare key and ring Marcus (or EDT) the same day if
   she is worried that Shannon or Ryan has used, so that any worry is
   logged on Freddie's file with what was done.
 * Marcus Oyelaran (SW) will visit Freddie at home every week for the
   first 8 weeks and then every 2 weeks, with one unannounced visit a
   month, so that his visit notes record Freddie seen awake, where he
   sleeps and whether either parent seems under the influence.
 * Dr Helen Frost (GP, Marlpit Surgery) will do Shannon's 6-week
   postnatal check on 14/07/2025, including her mood and her methadone
   dose, so that a letter with the results reaches Marcus and the HV
   within a week.

IF THINGS GO WRONG
 * If Shannon has a urine screen positive for heroin, misses two
   methadone pick-ups in a row, or anyone sees either parent under the
   influence while caring for Freddie: Marcus (or EDT, 0300 555 0288)
   will visit the same day and hold a strategy discussion within 24
   hours. Freddie will go to Carol's house at 6 Ferrier Row, and his
   parents will only see him there when sober and with Carol present.
 * If Carol cannot do her mornings or nights, or cannot have Freddie,
   she rings Marcus the same day. Shannon's aunt Debbie Doherty (viability
   assessment positive, 06/06/2025) will step in; if neither can,
   Freddie will not be left alone with his parents overnight and
   Marcus will arrange a foster placement for him that day.
 * Whenever Freddie has to leave home in an emergency, Marcus will ask
   his manager for a legal planning meeting within 5 working days.

MEETINGS
 * Core group every 3 weeks after discharge, Thursdays 2pm at Marlpit
   Children's Centre: 19/06/2025, 10/07/2025, 31/07/2025, 21/08/2025.
 * Review child protection conference: Thursday 04/09/2025, 10am,
   Nethervane Civic Centre.
 * If by the core group on 31/07/2025 there has been a positive drug
   screen, or Ryan has not started the cannabis group, Marcus will
   request a legal planning meeting (PLO) with his team manager.

Core group: Shannon, Ryan, Carol Doherty, Marcus Oyelaran (SW), Rukhsana
Begum (HV), Joanne Pike (CMW), Carl Mensah (Recovery Service), Dr Helen
Frost (GP), Elaine Marsh (safeguarding midwife).
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Review CP plan: family table, going well / worried grid, children's
#    words, then action bullets grouped by child with owner, when and
#    evidence in trailing brackets (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b26_norlinghay_per_child_trailing_brackets_ferreira.docx",
    "doc_title": "Review Child Protection Plan - Leo, Maisie and Ava Ferreira",
    "split": "tune",
    "template": "rcpc-plan-household-table-going-well-worried-grid-childrens-words-then-bullets-per-child-owner-when-evidence-in-trailing-brackets",
    "description": (
        "Exemplary review CP plan for three children (domestic abuse; mother's anxiety and depression). "
        "Household table and a going well / worried grid, the children's own words, outcomes, then action "
        "bullets grouped under each child and 'all three' with owner, when and evidence in trailing "
        "brackets. Primary care mental health service asked to assess change, aunt's school runs with a "
        "fallback, specific contingency, core group and review dates, legal planning, and a possible move "
        "that does not pause anything."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Norlinghay Metropolitan Borough Council · Children's Social Care · Family Safeguarding Team (East)"),
        ("kv", [
            ("Review conference", "Tuesday 15 July 2025, Norlinghay Civic Centre"),
            ("Chair", "Bernadette Okoro, Child Protection Chair"),
            ("Social worker", "Dev Malhotra (SW); practice manager Irene Walsh"),
            ("Category", "Emotional abuse (all three children), from ICPC 22/04/2025"),
            ("Decision", "All three children to remain subject to child protection plans"),
        ]),
        ("h1", "Who is in the family"),
        ("table", {
            "header": ["Name", "Who", "Age", "Lives"],
            "widths": [4.0, 5.0, 2.0, 6.0],
            "rows": [
                ["Leo Ferreira", "Child", "10", "With mum, 31 Hawthorn Rise; Year 6 at Hollybank Primary from September"],
                ["Maisie Ferreira", "Child", "7", "With mum; Year 3 at Hollybank Primary from September"],
                ["Ava Ferreira", "Child", "2", "With mum; Hawthorn Tots Nursery, Mon/Wed/Thu"],
                ["Jodie Ferreira", "Mum", "33", "31 Hawthorn Rise"],
                ["Marco Ferreira", "Dad", "36", "Left the home in February 2025; lives in Norlinghay town centre; non-molestation order until 28/02/2026"],
                ["Gemma Lyons", "Jodie's sister (maternal aunt)", "29", "Mill Street, ten minutes away"],
            ],
        }),
        ("h1", "Since the first conference"),
        ("table", {
            "header": ["Going well", "Still worried about"],
            "widths": [8.5, 8.5],
            "rows": [
                ["• No police call-outs since Marco left on 9 February.\n"
                 "• Jodie got the non-molestation order herself and has reported both times Marco messaged her.\n"
                 "• Marco has done 9 of 24 sessions of the Choices programme and his facilitator says he now "
                 "talks about the effect on the children.\n"
                 "• Supervised contact at Riverside Contact Centre has gone well; the children look forward to it.",
                 "• Jodie's anxiety and low mood: some days she cannot get out of bed, and Leo has been getting "
                 "Maisie and Ava up.\n"
                 "• Jodie said at conference she \"still loves Marco\" and has thought about letting him back.\n"
                 "• Leo's anger at school: two fixed-term exclusions this year.\n"
                 "• Maisie has started wetting the bed again."],
            ],
        }),
        ("h1", "What the children told us"),
        ("boldp", "Leo"),
        ("p", "\"I'm the man of the house now, Dad said.\" Leo said he gets angry \"when people say stuff about my "
              "family\". He likes contact with Dad \"when it's just football and not arguing\". He wants Mum to be "
              "\"not sad all the time\" and he doesn't want Dad to move back \"unless he's properly changed\"."),
        ("boldp", "Maisie"),
        ("p", "Maisie drew her house with everyone inside and a sun. She said \"it's quieter now\" and that she "
              "sometimes has bad dreams \"about the shouting\". She wants a sleepover at Auntie Gemma's."),
        ("boldp", "Ava"),
        ("p", "Ava is two. At nursery she plays happily alongside other children but startles at loud noises and "
              "hides under the table when the fire door bangs. At home she follows Jodie from room to room and "
              "settles best when Leo reads to her."),
        ("h1", "What we want for the children"),
        ("bullets", [
            "Leo, Maisie and Ava live at home without violence, shouting or fear, and see their dad only in ways "
            "that are safe for them.",
            "Leo stops feeling he has to be \"the man of the house\": he isn't getting his sisters up, and his anger "
            "at school settles so there are no more exclusions.",
            "Maisie sleeps through without bad dreams most nights and is dry at night again.",
            "Ava has a calm, predictable day at home and at nursery, and reaches her 2-year milestones.",
        ]),
        ("h1", "What will happen"),
        ("p", "Each action has the person responsible, when, and how we will know it has happened in brackets "
              "after it."),
        ("boldp", "For Leo"),
        ("bullets", [
            "Weekly sessions with the learning mentor about worry and anger, using his 1–10 worry scale "
            "(Mrs Nadia Khan, learning mentor and DSL, Hollybank Primary – every Tuesday from 09/09/2025 – "
            "session log and Leo's worry scores sent to Dev each half term).",
            "Referral to the Time Out group for children who have lived with domestic abuse "
            "(Dev Malhotra, SW – referral by 25/07/2025 – place confirmed in writing; Leo starts the "
            "autumn group by 30/09/2025).",
        ]),
        ("boldp", "For Maisie"),
        ("bullets", [
            "Bedwetting and sleep appointment and a night-time plan for Maisie "
            "(Amy Hargreaves, school nurse – first appointment by 19/09/2025 – plan in Maisie's health record and "
            "dry-night chart shared with Dev at each core group).",
            "Sleepover at Auntie Gemma's, as Maisie asked "
            "(Gemma Lyons – one Saturday night a month from 26/07/2025 – Maisie tells Dev about it at visits).",
        ]),
        ("boldp", "For Ava"),
        ("bullets", [
            "2-year development review, including the ASQ, at home "
            "(Lucy Tembo, HV – by 15/08/2025 – ASQ scores recorded in the red book and sent to Dev and the nursery).",
            "Key person at nursery to keep a short daily note of how Ava arrives and settles, and to email Dev a "
            "summary (Hawthorn Tots Nursery, key person Rosa Imbert – every Friday – weekly summary on Ava's file).",
        ]),
        ("boldp", "For all three children"),
        ("bullets", [
            "Visits to see all three children at home and Leo and Maisie on their own "
            "(Dev Malhotra, SW – every 2 weeks, at least one unannounced each month – visit records show each "
            "child seen and what they said).",
            "School runs for Leo and Maisie on the days Jodie has her therapy "
            "(Gemma Lyons, maternal aunt – every Tuesday and Thursday from 09/09/2025 – school register shows "
            "both children in by 8.50am on those days).",
            "Twelve sessions of CBT for Jodie's anxiety and low mood, with a written report at sessions 6 and 12 "
            "on whether she is making the changes the children need, such as getting them up and to school "
            "herself, and how long that is likely to take "
            "(Owen Lasky, practitioner, Norlinghay Pathways Primary Care Mental Health Service – weekly from "
            "22/07/2025 – reports to the core group in September and November).",
            "Safety planning with Jodie, including what she will do if Marco contacts her or asks to come back "
            "(Sinead Farrow, IDVA, Norlinghay Domestic Abuse Service – 6 sessions by 30/09/2025 – written "
            "safety plan signed by Jodie, copy to Dev).",
            "Supervised contact with Dad, and a written note after each session of how the children were "
            "(Riverside Contact Centre, supervisor Kofi Mensah – every other Saturday, 10am–12pm – contact "
            "notes sent to Dev within 3 working days).",
            "Finish the Choices programme and talk about what he has learned with Leo's SW "
            "(Marco Ferreira – weekly, all 24 sessions by 16/12/2025 – attendance and the facilitator's end "
            "report to Dev).",
            "Check Jodie's medication and mood so she can get the children up and to school "
            "(Dr Alan Pryce, GP, Hawthorn Medical Centre – appointment by 31/07/2025, then every 6 weeks – "
            "GP letter to Dev after each review).",
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Marco comes to the house, contacts Jodie or the children outside the contact centre, or "
              "Jodie lets him back into the home, Jodie will ring 999 (or the police will be called by whoever "
              "sees it). The address has a police marker, so officers will attend as an emergency. Dev (or the "
              "Emergency Duty Team, 0300 555 0361) will visit the same day and hold a strategy discussion "
              "within 24 hours. Contact will stop until the strategy discussion has decided what is safe."),
        ("p", "If Jodie cannot keep the children safe at home, they will stay with Gemma at Mill Street. If "
              "Gemma cannot have them, or cannot keep up the school runs, Dev will arrange breakfast club and a "
              "family support worker for those mornings within a week, and in an emergency a foster placement "
              "for all three children together that day."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 6 weeks, Tuesdays at 10am, Hollybank Primary: 26 August, 7 October and "
            "18 November 2025.",
            "Next review conference: Thursday 15 January 2026, 1.30pm, Norlinghay Civic Centre.",
            "If Jodie allows Marco back into the home, or if by the core group on 7 October the children are "
            "still getting themselves up on the days Jodie is low, Dev will ask for a legal planning meeting.",
            "Jodie has asked about moving nearer her friend in Hallowmere. If the family move, "
            "Norlinghay keeps this plan and every action above going until Hallowmere hold their transfer-in "
            "conference; nothing here waits for a move.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Outcome-led outline list: each outcome (1, 2...) has "by the review
#    we'll see" (1.1) and lettered steps with owner; when; check, in one
#    real Word multi-level list; PDF with header and page footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b26_nuxmoor_outcome_outline_lettered_steps_brannock.pdf",
    "doc_title": "Child Protection Plan - Mia and Alfie Brannock",
    "split": "tune",
    "template": "icpc-outcome-led-word-outline-outcome-then-by-review-well-see-then-lettered-steps-owner-semicolon-when-check-paged",
    "description": (
        "Exemplary ICPC plan for a 6-year-old and a 14-month-old (mother's bipolar disorder after a recent "
        "admission). What Mia said and what is helping as bullets, then the plan as one Word outline list: "
        "each outcome for the children, what we will see by the review, and lettered steps with owner, "
        "when and check separated by semicolons. Care coordinator and psychiatrist assess capacity to "
        "change, paternal grandmother's days covered in the contingency, core group dates, review date and "
        "legal planning. Header and page footer."
    ),
    "header": "Nuxmoor Council | Children and Families | OFFICIAL-SENSITIVE",
    "footer": "CP plan – Mia and Alfie Brannock – ICPC 24/06/2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Children", "Mia Brannock (6), Year 1 at St Aldhelm's C of E Primary; Alfie Brannock (14 months)"),
            ("Parents", "Gemma Brannock (27) and Lewis Brannock (30), 5 Quarry View, Nuxmoor"),
            ("Conference", "Initial child protection conference, Tuesday 24 June 2025"),
            ("Category", "Neglect"),
            ("Social worker", "Kerry Oates (SW), Nuxmoor Children and Families, Locality Team North"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Gemma has bipolar affective disorder. In April she stopped her lithium, had not slept for several "
              "nights, and was found by police at 3am walking on the bypass with Alfie in his pushchair in the "
              "rain. She was detained under section 2 and spent three weeks on Thornbury Ward. Mia had been "
              "getting herself ready for school for about a week before that, and school noticed she was "
              "hungry and anxious. Lewis works long shifts as a delivery driver and had not realised how unwell "
              "Gemma was. Gemma came home on 20 May and is back on lithium."),
        ("h1", "What Mia told us"),
        ("bullets", [
            "\"Mummy's brain got poorly and she went to hospital to get fixed.\"",
            "\"I didn't like it when she was talking really fast and didn't go to sleep.\"",
            "\"Nanny Sue does pancakes.\" Mia wants Nanny Sue to keep coming on Tuesdays and Thursdays.",
            "She wants \"Mummy to pick me up from school like the other mummies\".",
            "Mia was worried that Alfie would be \"taken away\" and asked if she could tell her teacher when she "
            "is sad. (Alfie, at home on 17 June, toddled to Gemma for comfort when the dog barked and fed "
            "himself toast in his high chair while she talked to him.)",
        ]),
        ("h1", "What is helping"),
        ("bullets", [
            "Gemma has taken her lithium every day since 20 May and her levels are in range.",
            "Lewis's manager has agreed he can finish by 6.30pm and stop overnight runs until October.",
            "Sue Brannock (Lewis's mum) has been there every Tuesday and Thursday since Gemma came home.",
            "Mia's class teacher, Mr Osei, has set up a \"worry box\" she uses most days.",
        ]),
        ("h1", "The plan"),
        ("p", "Each outcome for Mia and Alfie is followed by what we should see by the review conference and the "
              "steps to get there. Each step says who; when; and how we will check."),
        ("mlist", [
            (0, "Mia and Alfie are always cared for by an adult who is well and awake enough to look after them"),
            (1, "By the review we will see: no night when Gemma is the only adult at home while unwell; Alfie's "
                "routine chart kept every day"),
            (2, "Tom Adair (CPN and care coordinator, Nuxmoor Community Mental Health Team) to see Gemma every "
                "week, assess her capacity to change and report on her early warning signs and whether she can "
                "stay well enough to care for the children, and over what timescale; weekly from 01/07/2025, "
                "report by 22/07/2025; check: written report shared at the core group on 22/07/2025"),
            (2, "Dr Farah Rao (consultant psychiatrist) to review Gemma's lithium and assess her risk of relapse "
                "and capacity to change over the next six months; outpatient appointment on 15/07/2025; check: "
                "clinic letter to the GP and Kerry setting out her view, within 10 days"),
            (2, "Lewis to be home by 6.30pm every working day and do no overnight runs until the review; from "
                "25/06/2025; check: his work rota shown to Kerry each month"),
            (2, "Sue Brannock (PGM) to spend Tuesdays and Thursdays, 8am to 6.30pm, with Gemma and the children "
                "and ring Kerry the same day if Gemma seems unwell; every Tuesday and Thursday from 26/06/2025; "
                "check: Sue's notes in the family diary, read by Kerry at each visit"),
            (0, "Mia goes to school every day, on time, fed and ready, and does not worry that she has to look "
                "after her mum or Alfie"),
            (1, "By the review we will see: attendance 96% or better, no lates, Mia using her worry box less"),
            (2, "Mr Kwame Osei (class teacher) with Mrs Jan Ellis (DSL), St Aldhelm's, to check in with Mia "
                "every morning and email Kerry her attendance and any worries; daily check-in, email every "
                "Friday; check: weekly email on file; attendance figure at each core group"),
            (2, "Kerry Oates (SW) to do four sessions with Mia using the \"Mummy's poorly brain\" storybook so "
                "she understands her mum's illness and knows who to tell; by 18/07/2025; check: Mia's own "
                "pictures and words on file and in the review report"),
            (0, "Alfie is healthy, meets his milestones and has a calm daily routine"),
            (1, "By the review we will see: 1-year review done, immunisations up to date, routine chart kept"),
            (2, "Sarah Mwale (HV) to do Alfie's overdue 1-year review and book his 12-month immunisations; "
                "review by 11/07/2025, immunisations by 31/07/2025; check: red book and immunisation record, "
                "copy to Kerry"),
            (2, "Gemma and Lewis to keep Alfie's daily routine chart (meals, naps, bedtime) on the fridge; every "
                "day from 25/06/2025; check: Kerry and Sarah see the completed chart at each visit"),
            (0, "If Gemma starts to become unwell, the adults around Mia and Alfie notice early and act the same "
                "day, so the children are not left with her"),
            (1, "By the review we will see: a signed early-signs plan that everyone in the family has a copy of"),
            (2, "Kerry Oates (SW) to write the family's early-signs plan with Gemma, Lewis and Sue, using Tom's "
                "list of Gemma's warning signs; by 18/07/2025; check: plan signed by Gemma, Lewis and Sue, copies "
                "to school, GP and the crisis team"),
            (2, "Kerry Oates (SW) to visit Mia and Alfie at home, seeing Mia on her own; every 2 weeks, one visit "
                "a month unannounced; check: visit records say how each child was and how Gemma presented"),
        ]),
        ("h1", "If Gemma becomes unwell"),
        ("p", "If Gemma stops her lithium, sleeps less than 4 hours on two nights running, or shows any of the "
              "early signs on her plan (talking fast, spending, not eating), Lewis or Sue will ring Tom the same "
              "day, or the Nuxmoor crisis team (0300 555 0623) out of hours, and tell Kerry. Gemma will not be "
              "left alone with Mia or Alfie: Lewis will take emergency carer's leave, which his employer has "
              "confirmed in writing, and Sue will move in until Tom says Gemma is well."),
        ("p", "If Lewis and Sue cannot both cover – for example if Sue is unwell herself – the children will stay "
              "with Lewis's sister Claire Brannock in Nuxmoor, whose home Kerry checked on 20 June. If neither "
              "family option is possible, Kerry (or the Emergency Duty Team) will arrange a foster placement for "
              "Mia and Alfie together the same day, and Kerry will ask her team manager for a legal planning "
              "meeting within 5 working days."),
        ("h1", "Reviewing the plan"),
        ("bullets", [
            "Core group every 4 weeks at St Aldhelm's, 3.30pm: 08/07/2025, 05/08/2025, 02/09/2025.",
            "Review child protection conference: Tuesday 16/09/2025, 10am, Nuxmoor Council Offices.",
            "If Gemma has another relapse with the children in her care, or Tom's or Dr Rao's reports say she is "
            "unlikely to stay well enough in the children's timescale, Kerry will request a legal planning "
            "meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. ICPC minutes extract in markdown: a key of initials, the boys' views
#    and strengths/worries lists, then action bullets "what; when; how we'll
#    know - **ROLE (initials)**" with the owner last (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b26_nandlebury_owner_initials_last_lowther.md",
    "split": "tune",
    "template": "icpc-minutes-extract-md-initials-key-table-then-action-bullets-what-when-evidence-owner-role-initials-last-after-dash",
    "description": (
        "Exemplary ICPC plan from a minutes extract for an 8-year-old and a 5-year-old (physical abuse by "
        "father, no parental illness). Key of initials, what the boys said, strengths and worries as "
        "lists, outcomes, then action bullets written 'what; when; how we'll know' with the owner's role "
        "and initials last after a dash. Aunt-supervised contact has a contact-centre fallback, specific "
        "contingency, core group dates, review date and legal planning."
    ),
    "text": """\
# Nandlebury City Council – Initial Child Protection Conference

**Extract from the minutes: section 9, the child protection plan**
Children: Kai Lowther (8) and Tyler Lowther (5) · Conference: Monday 14 July 2025 · Category: physical abuse

People in this plan are shown by their initials:

| Initials | Name | Role |
|---|---|---|
| RL | Rebecca Lowther | Mum |
| DL | Dean Lowther | Dad (staying with his mother, Pat Lowther, at 27 Coldharbour Lane) |
| AW | Amy Wren | Mum's sister, supervises Dad's contact |
| NR | Nathan Rowe | Social worker, Nandlebury Children's Services |
| SB | Sunita Bhatt | DSL, Greenside Infant and Junior School |
| JC | Jess Carver | School nurse, Nandlebury 0-19 Service |
| MT | Mark Tallis | Facilitator, Nandlebury Calmer Parenting Programme |
| HK | Hayley Kerr | Family support worker, Greenside Family Hub |

## Why the boys have a plan

On 30 June Kai's teacher saw bruises on the backs of both his legs when he changed for PE. Kai said his dad
"did it with his belt" because he had broken the TV remote. A child protection medical on 1 July found
linear bruises consistent with being hit with a belt. Dean told police he "lost it" and had hit Kai with a
belt once before, at Easter. Police have given Dean a caution. He agreed to move to his mother's the same
day and has stayed there since. Rebecca said she did not know about the first time and was shocked.
There are no concerns about either parent's health, alcohol or drug use.

## What Kai and Tyler said

- Kai (seen at school by NR, 8 July): "Dad shouts and then he gets the belt. I hide under the bed now when he shouts."
- Kai: "I want to see Dad but not at home yet. At Auntie Amy's is OK because she's there."
- Kai misses his dad at football on Saturdays and wants him to come and watch "if he's calm".
- Tyler (seen at home with Mum, 9 July) said "Daddy's at Nana's" and that he is "good now, not naughty".
  He played happily with his cars and chatted to NR throughout. He wants to "go to the park with Daddy".

## Strengths

- Rebecca acted straight away, agreed that Dean should leave and has kept to it.
- Dean has accepted what he did, apologised to Kai through Rebecca, and asked for help himself.
- Both boys are doing well at school and have good friends; Kai is in the football team.
- Amy lives two streets away and the boys are close to her.

## Worries

- Dean uses physical punishment when he is angry and did it twice that we know of.
- Kai has learned to hide when adults raise their voices.
- Tyler saying he is "good now" may mean he thinks what happened was his fault.
- Rebecca may find it hard to say no if Dean wants to move back before he has done the work.

## Outcomes for Kai and Tyler

1. Kai and Tyler are never hit or physically punished by anyone looking after them.
2. The boys see their dad regularly and safely, in a way they are happy with.
3. Kai and Tyler understand that what happened was not their fault, and Kai stops hiding when adults raise their voices.
4. The boys are looked after by parents who use calm, non-physical ways to manage their behaviour.

## Actions

- Visit Kai and Tyler at home and see each boy on his own, one visit a month unannounced; every 2 weeks from 21/07/2025; visit log shows both boys seen and what each said – **SW (NR)**
- Direct work with Kai and Tyler on "It's not my fault" and on who they can tell; 4 sessions each, done by 26/09/2025; the boys' own drawings and words on file and in the review report – **SW (NR)**
- Supervise every contact between Dean and the boys at her home, with no physical punishment and no going upstairs alone; every Saturday 1pm to 4pm from 19/07/2025; Amy signs the contact log and sends a photo of it to NR each Sunday – **Aunt (AW)**
- Keep to contact only at Amy's and not come to the family home or pick the boys up from school; from 14/07/2025 until the review conference; no visits recorded by Rebecca, school or NR – **Dad (DL)**
- Attend the 12-week Calmer Parenting Programme; Tuesdays 6pm from 22/07/2025 to 07/10/2025; attendance sheet and the facilitator's written report to NR by 08/10/2025 – **Dad (DL)**
- Write a report on what Dean has learned and whether he now uses non-physical ways of managing the boys' behaviour; by 08/10/2025; report shared with NR before the review conference – **Calmer Parenting facilitator (MT)**
- Tell NR the same day if Dean comes to the house or asks to move back; from 14/07/2025; calls logged by NR on the boys' file with what was done – **Mum (RL)**
- 6 sessions with Rebecca on calm routines and boundaries for the boys, using her own bedtime and morning plans; weekly from 28/07/2025; HK's session notes and Rebecca's reward chart for the boys seen at each session – **FSW (HK)**
- Check Kai each Monday and after every Saturday contact for any marks and talk to him about his weekend; every Monday from 08/09/2025; check-in notes and any concerns emailed to NR the same day – **DSL (SB)**
- Health check for both boys and a follow-up on Kai's bruising; by 12/09/2025; health review recorded and a copy sent to NR – **School nurse (JC)**
- Parenting assessment of Dean, including whether he can safely move back home; by 03/10/2025; written assessment shared with Dean, Rebecca and the core group by that date – **SW (NR)**

## Contingency

If Kai or Tyler has any new mark or injury, or either boy says he has been hit, the school or whoever
sees it will ring NR the same day (or the Emergency Duty Team on 0300 555 0907 out of hours), and a
strategy discussion will be held that day. Contact will stop until a section 47 enquiry decides what
is safe. If Dean comes to the house against the plan, Rebecca will ring the police on 999 and then NR.

If Amy cannot supervise a Saturday, or stops being able to supervise at all, contact does not go ahead
that week; NR will book supervised contact at Nandlebury Family Contact Centre within 7 days and it
will carry on there until Amy can start again. If Rebecca allows Dean back home before the assessment
is finished, NR will hold a strategy discussion the same day and ask for a legal planning meeting
within 5 working days.

## Core group and review

- Core group every 4 weeks at Greenside School (4pm): 28/07/2025, 26/08/2025, 22/09/2025.
- Review child protection conference: Monday 13/10/2025, 10am, Nandlebury Council House.
- If Dean has not finished at least 10 of the 12 Calmer Parenting sessions by the review conference, or any further physical punishment is reported, NR will ask the team manager for a legal planning meeting.
""",
    "findings": [],
})
