"""Batch 134, module j: seven fictional plans (held-out material), places beginning with "j".

Everything here is made up: young people, families, professionals, services,
schools, colleges, hospitals, police forces and councils. Labels were written
by hand from docs/rules.md and the conventions in sample_plans/README.md,
without running planlint or reading its code.

Focus: plans for older children and teenagers (12 to 16) whose risks are
outside the home as much as in it, written by experienced practitioners in
their own local templates: criminal exploitation and county lines, sexual
exploitation and going missing, online sextortion and self-harm, an autistic
boy groomed through an online game, a young carer whose mother has MS and
drinks, a 16-year-old on a referral order after carrying a knife, and a
12-year-old excluded from school and drawn to an older group. The young
people's own words run through each plan (what they want, what they will do,
what they disagree with); young people and parents own actions as partners;
owners come from youth justice, exploitation and missing teams, police
missing person coordinators, CAMHS, sexual health, young carers, adult social
care and drug and alcohol services; timescales are tied to curfews, terms,
MACE panels and court orders.

Five plans are exemplary: an ICPC plan in a landscape Word table with the
outcome merged down (Kai, docx); an ICPC plan built on the strategy meetings'
safety plan, printed to PDF with a page header and footer (Sienna, pdf); an
RCPC plan written as a letter to a 16-year-old young carer (Leah, md); an
RCPC case-system print for an autistic 14-year-old (Finley, txt); and an ICPC
plan whose first part is "My plan, in my words" by a 12-year-old, then the
adults' table, printed to PDF (Reuben, pdf). Two carry a realistic mix of
faults among mostly good rows: core group minutes with a Markdown action log
(Maisie, md) and a Word RCPC table for a young person on a referral order
(Tyrese, docx).

Counting actions (convention 1): each live row of an action table and each
bullet of an action section ("The plan", "What will happen", "My plan" and
the adults' part under it); in the letter, each bullet under "The plan"; in
the case-system print, each ACTION block that is still open. Not counted: the
contingency and the young people's safety plans (a safety plan is not an
action section), meeting dates, minutes' discussion, and a one-off action
shown as completed and closed.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, 15-year-old boy, criminal exploitation / county lines and
#    going missing. Landscape Word table, outcome for Kai merged down each
#    group, Kai's own safety plan, grandfather's evenings with a fallback.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b134_jackerby_icpc_cce_merged_outcome_landscape_maddox.docx",
    "doc_title": "Child Protection Plan - Kai Maddox",
    "split": "heldout",
    "actions": 15,
    "landscape": True,
    "check_vmerge": 4,
    "template": "icpc-exploitation-plan-docx-landscape-details-list-why-kai-has-a-plan-what-kai-says-then-outcome-for-kai-merged-down-no-what-will-happen-who-by-when-how-we-will-know-table-then-kais-safety-plan-in-his-words-contingency-core-group-review",
    "description": (
        "Exemplary initial conference plan for a 15-year-old boy exploited through county lines: "
        "five missing episodes, found twice at a supply flat in another town, arrested with crack "
        "cocaine, an NRM referral awaiting a decision and a drug debt. A landscape Word table "
        "groups the actions under four outcomes for Kai, each merged down its group. Kai owns his "
        "own texts home, his mother reports him missing at a set time, the exploitation worker is "
        "his trusted adult and does return home interviews, the police missing person coordinator, "
        "the MACE panel, the youth justice service, the school and the young people's drug service "
        "all have timed, measurable actions. His own safety plan is in his words; the contingency "
        "has triggers, a fallback for the grandfather's evenings and a legal planning meeting after "
        "named triggers; core group dates and the review conference are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Jackerby Metropolitan Borough Council · Children's Services · Adolescent Safeguarding Team"),
        ("kv", [
            ("Young person", "Kai Maddox, 15 (DOB 03/02/2010), Year 11, Jackerby Academy"),
            ("Lives with", "Gemma Maddox (Mum, 38) and Lily Maddox (sister, 9), 41 Tenter Street, Jackerby JK3 9RE"),
            ("Wider family", "Ray Maddox (maternal grandfather), 6 Coldwell Court, Jackerby, five minutes' walk away"),
            ("Category", "Physical abuse (risk of significant harm through criminal exploitation outside the home)"),
            ("Conference", "Initial child protection conference, 14/10/2025. Chair: Bernadette Fyfe (IRO)"),
            ("Social worker", "Dami Adeyemi (team manager: Fran Whitlow)"),
            ("Also involved", "Jackerby Missing and Exploitation Team; Jackerby Police; Jackerby Youth Justice "
                              "Service; Jackerby Academy; The Bridge young people's drug service"),
        ]),
        ("h1", "Why Kai has a plan"),
        ("p", "Since July 2025 Kai has been reported missing five times. Twice the police found him at a flat on "
              "Marl Road in Harbury, twenty miles away, which is used to sell crack cocaine and heroin. On "
              "22/09/2025 he was arrested at Harbury station with 14 wraps of crack cocaine and £400 in cash. He "
              "was released under investigation, and Jackerby Police made a National Referral Mechanism (NRM) "
              "referral on 24/09/2025; the Single Competent Authority has not yet decided whether there are "
              "reasonable grounds to believe he was trafficked."),
        ("p", "Kai has told Jess, his exploitation worker, that he \u201cowes\u201d an older man £600 after a bag was "
              "taken from him, and that he has been told the family's address is known. His attendance this term "
              "is 61%. Gemma has reported every missing episode, stopped his bank card and taken two phones from "
              "him. She works at a care home until 8pm on Tuesdays and Thursdays, and those are the evenings Kai "
              "has most often gone missing."),
        ("h1", "What Kai says"),
        ("p", "Kai met Jess and the SW at the McDonald's on Station Road on 09/10/2025: \u201cI'm not a victim. I made "
              "my own choices and I was earning. But I didn't sign up to owe anyone.\u201d \u201cDon't move me. If you "
              "move me they'll find me anyway and I'd be on my own.\u201d"),
        ("p", "Kai agreed to text his mum and to see Jess every week. He does not agree to a tracking app on his "
              "phone (\u201cthat's not happening\u201d), and the conference did not make one part of the plan. He wants "
              "a place on the construction course at Jackerby College, \u201csomething real\u201d. On a scale where 10 is "
              "completely safe he put himself at 4, and said it would be 6 \u201cif the debt thing got sorted\u201d."),
        ("p", "Lily told the SW that she lies awake when Kai is not home and that \u201cMum cries on the phone to the "
              "police\u201d."),
        ("p", "Gemma said: \u201cI'll do anything. I just can't be there at 6pm on the days I work.\u201d"),
        ("h1", "What we want for Kai"),
        ("p", "The conference agreed four outcomes for Kai. Each is in the first column of the plan, beside the "
              "actions that work towards it."),
        ("h1", "The plan"),
        ("table", {
            "header": ["Outcome for Kai", "No.", "What will happen", "Who", "By when / how often",
                       "How we will know"],
            "widths": [4.4, 1.2, 6.4, 3.9, 4.2, 5.6],
            "rows": [
                ["1. Kai is safe from the people who exploit him: he is not missing, does not go to Harbury, "
                 "and is home by his curfew (9pm on school nights, 10pm on Fridays and Saturdays).",
                 "1.1",
                 "Text Mum when he leaves school and again when he gets home, and be home by his curfew",
                 "Kai",
                 "Every school day and every evening he goes out, from 15/10/2025",
                 "Gemma writes Kai's time in on the kitchen calendar; the SW counts the days with both texts "
                 "at each weekly visit"],
                [V,
                 "1.2",
                 "Report Kai missing on 101 (999 if she thinks he is in Harbury or in danger) if he is not home "
                 "by curfew and is not answering, and give the police his missing-person reference",
                 "Gemma Maddox (Mum)",
                 "The same night, no later than 30 minutes after curfew",
                 "Each report is on the police missing log with its time; PS Kell checks the log against "
                 "Gemma's calendar before each core group"],
                [V,
                 "1.3",
                 "Carry out a return home interview with Kai after every missing episode, asking where he was, "
                 "who with, and whether he was hurt or threatened",
                 "Jess Arnott, Jackerby Missing and Exploitation Team",
                 "Within 72 hours of Kai being found",
                 "Return home interview record on Kai's file for every episode, and an intelligence form sent "
                 "to Jackerby Police the same week"],
                [V,
                 "1.4",
                 "Put Kai on the missing person risk register, share intelligence about the Marl Road flat and "
                 "the adults linked to it, and decide whether to serve Child Abduction Warning Notices on them",
                 "PS Rowan Kell, missing person coordinator, Jackerby Police",
                 "Register by 17/10/2025; warning notice decision by 07/11/2025",
                 "Written police update to each core group listing the intelligence submitted and the warning "
                 "notice decision"],
                [V,
                 "1.5",
                 "Present Kai, the Marl Road flat, the Station Road takeaway and the older peers linked to him "
                 "at the Jackerby MACE panel, and bring back the panel's disruption plan",
                 "Dami Adeyemi, SW",
                 "MACE panel on 30/10/2025",
                 "MACE disruption plan shared with the core group by 04/11/2025"],
                ["2. Kai is in school or college every day, is on track to sit his GCSEs in May 2026, and has a "
                 "place on a construction course for September 2026.",
                 "2.1",
                 "Meet Kai at the gate each morning, register him by 9am, and ring Gemma and the SW by 9.30am if "
                 "he is not in",
                 "Mr Tom Hebden, DSL, Jackerby Academy",
                 "Every school day",
                 "Attendance printout to the SW every Friday; attendance up from 61% to 85% or more by "
                 "19/12/2025"],
                [V,
                 "2.2",
                 "Arrange the Wednesday place Kai asked for on the Jackerby College construction taster course, "
                 "with his learning mentor taking him there and back",
                 "Mr Tom Hebden, DSL",
                 "Every Wednesday from 05/11/2025 to the end of the spring term (27/03/2026)",
                 "College register shows Kai at 9 of the first 10 Wednesdays; a college report to each core "
                 "group"],
                ["3. Kai has a trusted adult, is free of any debt to the people who exploited him, and asks for "
                 "help the same day if he is threatened.",
                 "3.1",
                 "Meet Kai each week at a place he chooses, be the trusted adult he can ring, and do direct work "
                 "with him on exploitation, debt and getting out",
                 "Jess Arnott, exploitation worker",
                 "Every Tuesday after school from 21/10/2025; Jess's work phone 9am to 9pm",
                 "Session notes to the SW weekly, with Kai's own 0 to 10 safety score at each session (4 on "
                 "09/10/2025)"],
                [V,
                 "3.2",
                 "Complete a prevention assessment with Kai and write to the police setting out the evidence that "
                 "he has been exploited, before any charging decision",
                 "Sam Okafor, case manager, Jackerby Youth Justice Service",
                 "By 21/11/2025",
                 "Assessment and letter on Kai's file and shared with the core group; the police confirm "
                 "receipt in writing"],
                [V,
                 "3.3",
                 "Chase the NRM reasonable grounds decision with the Single Competent Authority and tell Kai and "
                 "Gemma the outcome",
                 "Dami Adeyemi, SW",
                 "Every two weeks until the decision; Kai and Gemma told within 2 working days of it",
                 "Decision letter on file; the case record shows Kai and Gemma told and what Kai said"],
                [V,
                 "3.4",
                 "Offer Kai weekly sessions about his cannabis use, with a urine test at each session if he "
                 "agrees",
                 "Chloe Pike, The Bridge young people's drug service",
                 "Weekly for 12 weeks from 22/10/2025",
                 "Attendance and any test results sent to the SW two days before each core group"],
                [V,
                 "3.5",
                 "Go through Kai's phone with him, block the numbers he says belong to the line, and change his "
                 "number",
                 "Gemma Maddox (Mum), with Kai",
                 "By 24/10/2025, then a check together every Sunday",
                 "Jess sees the blocked list and the new number at her next Tuesday session; Kai tells Jess about "
                 "any new contact"],
                ["4. Kai lives at home with adults who know where he is and what to do, and he is found quickly "
                 "if he goes missing.",
                 "4.1",
                 "Have Kai at his flat for tea after school on the evenings Gemma works late, and drive him home",
                 "Ray Maddox (maternal grandfather)",
                 "Every Tuesday and Thursday, 3.30pm to 8pm, from 16/10/2025",
                 "Ray texts Gemma when Kai arrives and when he drops him home; the SW reads the texts at the "
                 "weekly visit"],
                [V,
                 "4.2",
                 "Visit Kai at home, see him on his own and see Lily, and visit again within two working days of "
                 "any missing episode",
                 "Dami Adeyemi, SW",
                 "Weekly, one visit in four unannounced",
                 "Visit records show Kai seen alone each week, with his own words written down"],
                [V,
                 "4.3",
                 "Go to the Jackerby Parents Together group for parents of young people who are being exploited",
                 "Gemma Maddox (Mum)",
                 "Six Monday evenings from 20/10/2025",
                 "Group register shows Gemma at 5 of the 6 sessions; the group worker's end-of-course note to "
                 "the SW"],
            ],
        }),
        ("h1", "Kai's safety plan (written with Kai and Jess, 10/10/2025, in his words)"),
        ("bullets", [
            "If I'm somewhere I don't want to be, I text Mum \u201cpizza\u201d. She comes and gets me or sends a taxi, "
            "and she doesn't ask questions till the next day.",
            "If anyone says I owe them, I tell Jess or Grandad that day. I don't try to pay it off myself.",
            "Numbers I know by heart: Mum, Grandad, Jess's work phone, 999.",
        ]),
        ("h1", "Contingency plan"),
        ("p", "If Kai is not home by his curfew and is not answering, Gemma will report him missing on 101 straight "
              "away, or on 999 if she believes he is in Harbury or has been threatened. If Kai is missing "
              "overnight, is found at an address linked to drug supply, is found with drugs, cash or a weapon, or "
              "tells anyone he has been threatened or owes money, Jackerby Police will treat him as high-risk "
              "missing and Dami (the Emergency Duty Team out of hours) will hold a strategy discussion with the "
              "police the same day. If the people Kai owes know the family's address, Kai and Lily will stay with "
              "Ray at Coldwell Court that night, and the strategy discussion will decide whether Kai needs an "
              "emergency placement outside Jackerby."),
        ("p", "If Ray cannot have Kai on a Tuesday or Thursday (he is unwell or away, or Kai will not stay with "
              "him), Gemma's manager has agreed that she can finish at 4pm on those days; if she cannot, Kai will "
              "go to the Tuesday and Thursday session at Jackerby Youth Hub, and Jess's team will drive him home "
              "at 8pm."),
        ("p", "If Kai has two or more missing episodes in any four weeks, or is found again at an address used to "
              "supply drugs, before the review conference, Dami will ask Fran Whitlow for a legal planning meeting "
              "within five working days, to decide whether to issue care proceedings and whether Kai needs a "
              "placement away from Jackerby to keep him safe."),
        ("h1", "Core group and review"),
        ("bullets", [
            "First core group: 24/10/2025, 4pm, Jackerby Academy; then every four weeks, on 21/11/2025 and "
            "19/12/2025.",
            "Review child protection conference: 13/01/2026, 10am, Jackerby Town Hall.",
            "Kai has asked to come to the first 20 minutes of each core group; Jess will help him say what he "
            "wants to say.",
        ]),
        ("p", "Copies to Kai, Gemma, Ray and everyone named in the plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. ICPC plan for a 14-year-old girl at risk of sexual exploitation and
#    going missing, built on the safety plan agreed at two strategy
#    meetings. Mother's depression: the CMHT psychiatrist reports on her
#    capacity to keep up the plan. Word printed to PDF with a page header
#    and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b134_jeddington_strategy_safety_plan_adopted_icpc_pryor.pdf",
    "doc_title": "Child Protection Plan - Sienna Pryor",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-plan-printed-to-pdf-page-header-footer-how-this-plan-was-made-from-two-strategy-meetings-what-happened-what-sienna-says-what-kerry-and-dean-say-outcomes-then-no-safety-action-lead-when-how-we-will-know-table-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 14-year-old girl groomed by a 24-year-old man, "
        "going missing to men's cars and flats and disclosing sex with an adult; her mother has "
        "depression. The plan adopts and extends the safety plan written with Sienna after two "
        "strategy meetings: a Word document printed to PDF with a page header and footer. Sienna "
        "owns her phone and replies, her mother reports her missing at a set time, the youth "
        "worker she chose does return home interviews and relationship work, the police serve a "
        "warning notice, the sexual health nurse, school, MACE panel, mother's partner and aunt "
        "all have timed, measurable actions, and the CMHT psychiatrist reports on the mother's "
        "capacity to keep up the plan. The contingency has specific triggers, a fallback for the "
        "partner and aunt, and a legal planning meeting; core group dates and the review are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Jeddington City Council – Children's Social Care",
    "footer": "Sienna Pryor – child protection plan, ICPC 23/10/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Jeddington City Council · Children's Social Care · Adolescent and Exploitation Service"),
        ("kv", [
            ("Young person", "Sienna Pryor, 14 (DOB 11/06/2011), Year 10, Jeddington High School"),
            ("Lives with", "Kerry Pryor (Mum, 36) and Dean Wallis (Mum's partner, 40), 57 Brookfield Road, "
                           "Jeddington JD7 3PA"),
            ("Wider family", "Michelle Pryor (maternal aunt), 12 Larch Avenue, Jeddington"),
            ("Category", "Sexual abuse (risk of sexual exploitation)"),
            ("Strategy meetings", "02/10/2025 and 09/10/2025 (section 47 enquiry)"),
            ("Initial conference", "23/10/2025. Chair: Angela Marsh (IRO)"),
            ("Social worker", "Ruth Lindley (team manager: Gareth Lowe)"),
        ]),
        ("h1", "How this plan was made"),
        ("p", "The strategy meeting on 02/10/2025 agreed an immediate safety plan, and Ruth and Asha wrote it with "
              "Sienna at school on 06/10/2025. The second strategy meeting on 09/10/2025 added the police and "
              "sexual health actions. The initial conference kept every part of that safety plan as the core of "
              "this child protection plan and added the actions for school, the MACE panel, Kerry's mental health "
              "and the family."),
        ("h1", "What happened"),
        ("p", "Sienna has been reported missing six times since August. Three times she was found in cars with men "
              "in their twenties, and once at a flat above a shop on Kings Parade. A 24-year-old man, Jamal \u201cJay\u201d "
              "Reid, has given her vapes, alcohol, a phone and money for her nails. On 29/09/2025 Sienna told the "
              "nurse at the young people's sexual health clinic that she had had sex with Jay. She does not want "
              "to make a statement. Jeddington Police are investigating with the evidence they already hold."),
        ("h1", "What Sienna says"),
        ("p", "Seen on her own at school, 06/10/2025 and 20/10/2025:"),
        ("bullets", [
            "\u201cHe's my boyfriend. You lot don't get it. He actually listens to me.\u201d",
            "\u201cI'd rather talk to Asha than social workers. Asha doesn't write everything down in front of me.\u201d",
            "\u201cI'll keep my phone on if Mum stops ringing me ten times. Once is enough.\u201d",
            "\u201cI don't want to go in care. I want to stay at home and go to Auntie Michelle's on Fridays like "
            "before.\u201d",
        ]),
        ("p", "Sienna does not agree that Jay is a risk to her, and she said so at conference. She agreed to the "
              "phone, curfew and pick-up parts of the plan, and chose Asha as her worker."),
        ("h1", "What Kerry and Dean say"),
        ("p", "Kerry has depression and takes sertraline; she is under Jeddington Community Mental Health Team. She "
              "says the evenings Sienna is missing leave her \u201cin bits\u201d, and that on bad weeks she falls "
              "asleep before Sienna is home. Dean works days and has offered to do the evening lifts. Both agree "
              "with the plan."),
        ("h1", "What we want for Sienna"),
        ("numbers", [
            "Sienna is not missing and is home by 9.30pm, and she is not with Jay or any adult man who is "
            "exploiting her.",
            "Sienna understands what grooming is and can say what has happened to her to an adult she trusts.",
            "Sienna is in school every day and keeps her sexual health appointments.",
            "Sienna lives at home with adults who are awake, know where she is and act straight away if she is "
            "not home.",
        ]),
        ("h1", "The plan"),
        ("p", "Rows 1 to 8 are the safety plan from the strategy meetings, as agreed by Sienna; rows 9 to 12 were "
              "added at conference."),
        ("table", {
            "header": ["No.", "Safety action", "Lead", "When", "How we will know it is working"],
            "widths": [1.1, 5.3, 3.3, 3.2, 4.1],
            "rows": [
                ["1",
                 "Keep her phone charged and switched on when she goes out, and reply to Mum or Dean within 15 "
                 "minutes when they message",
                 "Sienna",
                 "Every time she goes out, from 23/10/2025",
                 "Kerry notes each reply time in the shared log; the SW reads the log with Sienna and Kerry at "
                 "each weekly visit"],
                ["2",
                 "Report Sienna missing on 101 if she is not home by 9.30pm and not answering; ring 999 if she is "
                 "thought to be with an adult man or in a car",
                 "Kerry Pryor (Mum)",
                 "The same evening, by 10pm at the latest",
                 "Each report is on the police missing log with its time; DC Price checks it against the shared "
                 "log before each core group"],
                ["3",
                 "Offer Sienna a return home interview with Asha, the worker she chose, after every missing "
                 "episode",
                 "Asha Malik, youth worker, Jeddington Exploitation Team",
                 "Within 72 hours of Sienna coming home",
                 "Return home interview record on file for each episode; intelligence form sent to the police "
                 "within a week"],
                ["4",
                 "Investigate the offences against Sienna, serve a Child Abduction Warning Notice on Jamal Reid, "
                 "and trace the two cars seen collecting her",
                 "DC Lauren Price, Jeddington Police Child Exploitation Team",
                 "Warning notice by 31/10/2025; written update before each core group",
                 "Date the notice was served on the police record; written update on file for each core group"],
                ["5",
                 "See Sienna at the young people's sexual health clinic for contraception, STI testing and a "
                 "Spotting the Signs exploitation check",
                 "Bethan Rowe, nurse, Jeddington Young People's Sexual Health Service",
                 "Every two weeks from 24/10/2025 until the review conference",
                 "Attendance letter to each core group; any new disclosure phoned to the SW the same day"],
                ["6",
                 "Weekly sessions with Sienna on healthy relationships, grooming and consent, at a place she "
                 "chooses",
                 "Asha Malik, youth worker",
                 "Every Wednesday after school from 29/10/2025 (eight sessions)",
                 "Session log to the SW each week; Sienna's answers to the red flags quiz at sessions 1 and 8, "
                 "shared with her agreement"],
                ["7",
                 "Register Sienna by 9am and at the start of each afternoon, and ring Kerry and the SW within 30 "
                 "minutes if she is not in school or leaves at lunchtime",
                 "Mrs Claire Barton, DSL, Jeddington High School",
                 "Every school day",
                 "Registers sent to the SW every Friday; each call logged on CPOMS; attendance above 90% (86% "
                 "now)"],
                ["8",
                 "Visit Sienna at home, see her on her own, and go through the safety plan with her",
                 "Ruth Lindley, SW",
                 "Weekly; the safety plan rewritten with Sienna every four weeks",
                 "Visit records with Sienna's words; each new version of the safety plan signed by Sienna and on "
                 "file"],
                ["9",
                 "Refer the bus station, the Kings Retail Park car park and the men linked to Jamal Reid to the "
                 "MACE panel",
                 "Ruth Lindley, SW",
                 "MACE panel on 06/11/2025",
                 "MACE disruption plan on file and shared with the core group by 11/11/2025"],
                ["10",
                 "Review Kerry's depression and medication, and report to the core group on whether she can keep "
                 "up the waiting-up and night checks Sienna needs, what would help, and how long change is likely "
                 "to take",
                 "Dr Simon Achebe, consultant psychiatrist, Jeddington Community Mental Health Team",
                 "Appointment by 14/11/2025; report by 21/11/2025 and again before the review conference",
                 "Written report on file by each date, copied to Kerry"],
                ["11",
                 "Drive Sienna to and from her Saturday dance class, and collect her from friends' houses instead "
                 "of her taking lifts",
                 "Dean Wallis (Mum's partner)",
                 "Every Saturday, and any evening Sienna is out after 7pm",
                 "Dean writes each pick-up in the shared log, which the SW reads weekly"],
                ["12",
                 "Have Sienna to stay every other Friday night, and pick her up, with no questions that night, "
                 "whenever she rings",
                 "Michelle Pryor (maternal aunt)",
                 "Every other Friday from 24/10/2025; the same night whenever Sienna rings",
                 "Michelle texts the SW the morning after each stay or pick-up"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Sienna is missing after midnight, is found with Jamal Reid or any adult man not known to the "
            "family, is seen getting into a car, or makes a new disclosure: Kerry or Dean ring 999, the police "
            "treat her as high-risk missing, and Ruth (or the Emergency Duty Team) holds a strategy discussion "
            "the same day. When she is found Sienna will be offered the sexual health clinic the same or next "
            "day, and will stay at Michelle's that night if she wants to.",
            "If Kerry's mood means she cannot wait up or do the night checks (she, Dean or Dr Achebe tells the "
            "SW), Dean does them; if neither can, Sienna stays with Michelle on those nights.",
            "If Dean or Michelle cannot do their part (illness, work or a falling-out with Sienna), Asha's team "
            "provides the Saturday and evening lifts from the next weekend, and if no family adult can have "
            "Sienna on a night she is at risk, Ruth arranges a Jeddington foster carer for that night.",
            "If Sienna goes missing three or more times in any four weeks, or is found with Jamal Reid again after "
            "the warning notice, Ruth will ask Gareth Lowe for a legal planning meeting within five working days "
            "to consider care proceedings and whether a placement away from Jeddington is needed.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every four weeks, Fridays at 3.30pm, Jeddington High School: 31/10/2025, 28/11/2025 and "
            "09/01/2026. Sienna will be asked before each one what she wants said.",
            "Review child protection conference: 22/01/2026, 2pm, Jeddington Civic Offices.",
        ]),
        ("p", "Agreed at the initial child protection conference on 23/10/2025. Sienna has her own copy, printed "
              "the way she asked (no logo on the front)."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. RCPC plan written as a letter to a 16-year-old young carer. Mother has
#    multiple sclerosis and drinks most evenings; adult social care, the GP
#    and the recovery service own actions. "You" is Leah, "I" is the SW who
#    signs. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b134_jinnetfold_letter_to_young_carer_rcpc_whitfield.md",
    "split": "heldout",
    "actions": 14,
    "template": "rcpc-plan-markdown-letter-to-young-person-dear-leah-why-you-still-have-a-plan-what-you-told-us-what-has-changed-what-we-want-for-you-then-the-plan-bullets-under-what-you-will-do-what-i-will-do-what-your-mum-will-do-what-other-people-will-do-if-things-go-wrong-meetings-signed",
    "description": (
        "Exemplary review conference plan written as a letter from the social worker to a "
        "16-year-old young carer whose mother has multiple sclerosis and drinks most evenings; "
        "her 11-year-old brother has his own letter. Markdown with bold owners: 'you' is Leah, 'I' "
        "is the social worker who signs. Leah's own actions (young carers group, telling the SW "
        "about night-time care, texting her nan), the social worker's, her mother's, and actions "
        "for adult social care (care package so that Leah stops personal care), the recovery "
        "service (reports on change), the GP, young carers, the college and her nan. Leah's words "
        "and disagreements, outcomes for her, a contingency with triggers and a fallback if Nan "
        "cannot help, a legal planning meeting after named triggers, core group dates and the "
        "next review date."
    ),
    "text": """\
# Your child protection plan

**Jinnetfold Borough Council · Children's Services · Family Safeguarding Team (North)**

Leah Whitfield
14 Copse Lane
Jinnetfold JN5 8RS

5 November 2025

Dear Leah,

This letter is your child protection plan. It was agreed at your review child protection conference
yesterday, 4 November 2025, chaired by Rosalind Achterberg. You asked me to write it to you rather than
send you the usual form, so in this letter "you" means you, and "I" means me, Marcus Bell, your social
worker. Corey has his own letter, written for an 11-year-old, and your mum has a copy of both.

You will stay on a child protection plan (under the category of neglect) until your next review. I know
you did not want that, and I have written down why below.

## Why you still have a plan

Your mum has multiple sclerosis. She uses her wheelchair most of the time now, and most evenings she drinks
a bottle of wine or more to help with the pain and to sleep. Since the spring you have been the one who
helps her to bed, gives her evening tablets, and gets up to her in the night. Twice in September you found
her on the bathroom floor after she had been drinking, and on 21/09/2025 you rang 999. Your college
attendance dropped to 72% last half-term, and you told Shauna that you have not been out on a Saturday since
July.

Some things are better. Your mum has been to the Recovery Service every Tuesday since 23/09/2025 and six of
her seven breath tests were clear. Nan has come round on more evenings. You started at the young carers
group in October.

## What you told the conference

You came to the first half of the conference with Shauna. You said:

- "I don't want Mum to go anywhere. She's my mum and I like helping her. I just don't want to do the night
  stuff any more."
- "I want to go out on a Saturday like everyone else."
- "I don't think I need a social worker, but Marcus is all right."
- "Don't tell Corey about the wine. He's only little." (The conference talked about this with you: Corey
  has noticed, and his letter explains it in his words. I know you disagree with that.)

You gave home a 5 out of 10, up from 3 in August. You said it would be an 8 "if someone else did bedtimes".

## What we want for you

1. You no longer do your mum's personal care or give her medicines at night, and you have your evenings and
   Saturdays for yourself.
2. You live at home with a mum who is sober whenever she is the only adult with you and Corey.
3. You go to college at least 90% of the time and finish the first year of your Level 3 course in July 2026.
4. You always have an adult you can ring if your mum has been drinking or is unwell, and you know you can
   ring them.

## The plan

### What you said you will do

- **You** will go to the Jinnetfold Young Carers group every Thursday from 6pm to 8pm, starting on
  13/11/2025. Shauna keeps the register, and we hope it will show you there on at least three Thursdays in
  every four.
- **You** will tell me at each of my visits how many nights since the last visit you helped your mum to bed
  or with her tablets after 9pm, and I will write the number down each time, so that we can see it drop to
  none once the evening carers start.
- **You** will text your nan on any evening your mum has been drinking and you do not feel safe, the same
  evening it happens. Nan keeps the texts and shows them to me at my fortnightly visit.

### What I will do

- **I** will see you on your own every two weeks, at college or wherever you choose, and write down what you
  tell me in your own words, with your score out of 10 for how things are at home.
- **I** will visit your mum at home every week, one visit in four without telling her first, and my visit
  notes will record whether she is sober and how the evenings have been.
- **I** will ring Jenny Adams at adult social care every Monday until your mum's care package starts, and
  tell you and your mum the start date within two days of hearing it; my case notes will show each call.

### What your mum will do

- **Your mum** will not drink on any day she is the only adult in the house with you and Corey, starting
  today. Her breath test every Tuesday at the Recovery Service, and my unannounced visits, will show whether
  she has managed it.
- **Your mum** will let the evening carers, not you, help her to bed and give her tablets every night once
  her care package starts; the carers' log in the kitchen will show a visit each evening, and you will tell
  me at my visits if you have been asked to help.

### What other people will do

- **Jenny Adams, Jinnetfold Adult Social Care,** will finish the care and support assessment for your mum,
  with you and your mum, by 21/11/2025, so that paid carers help her in the evenings instead of you. The care
  package will start by 05/12/2025, and Jenny will send me the agreed package in writing the day it is
  signed off.
- **Dan Oyelaran, your mum's recovery worker at Jinnetfold Recovery Service,** will see her every Tuesday
  with a breath test, and send me a written report two days before each core group on whether she is
  cutting down enough for you and Corey to be safe, and how long he thinks further change will take.
- **Dr Farida Khan, your mum's GP,** will review your mum's MS medicines together with her drinking by
  28/11/2025, so that she is less likely to fall in the evenings while you are in the house, and will write
  to me and to Dan; her letter will be on my file by 05/12/2025.
- **Shauna Reid, Jinnetfold Young Carers,** will complete a young carer's needs assessment with you by
  28/11/2025 and give you and me a copy, saying which jobs at home should stop and which you want to keep.
- **Mr Dev Patel, safeguarding lead at Jinnetfold Sixth Form College,** will send me your attendance every
  Friday, aiming for 90% or more by the Christmas holidays (19/12/2025), up from 72% last half-term.
- **Your nan, Pat Whitfield,** will stay at your house every Saturday night so that you can go out or stay
  at a friend's, and will write the dates in the family diary, which I look at on my visits.

## If things go wrong

- **If your mum falls, or has drunk so much that you cannot wake her:** ring 999 first, then Nan. Nan will
  come to the house or take you and Corey to her flat at 12 Bramble Walk that night. I (or the Emergency Duty
  Team at night) will hold a strategy discussion with the police the same day, or first thing the next
  morning if it happens at night.
- **If you are scared because your mum has been drinking:** text or ring Nan, who will come round or take you
  both to Bramble Walk that night.
- **If Nan can't help** (she is ill, away or doesn't answer): ring the Emergency Duty Team on 01632 960418.
  The duty social worker will arrange for you and Corey to stay together that night with your mum's friend
  Lorraine Dale, who has been checked, or with a foster carer if Lorraine can't.
- **If the care package has not started by 05/12/2025:** I will ask the adult social care team manager that
  week for an emergency evening call every night until it starts, so that you are not doing bedtimes.
- **If your mum has two positive breath tests in a row, or someone has to ring 999 again because of her
  drinking, before your next review:** I will ask my manager, Helen Corbett, for a legal planning meeting
  within five working days, to decide whether more needs to happen to keep you and Corey safe.

## Meetings

- The core group (you, your mum, Nan, me, Shauna, Dan, Jenny and Mr Patel) meets every four weeks, on
  Tuesdays at 4.30pm at Jinnetfold Family Hub: 02/12/2025, 06/01/2026 and 03/02/2026. You can come to all of
  it or part of it, or tell me what to say for you.
- Your next review child protection conference is on 05/05/2026 at 10am at Jinnetfold Civic Centre.

If anything in this letter is wrong, or you want to change something, text me on 07700 900614.

Best wishes,

Marcus Bell
Social Worker, Family Safeguarding Team (North)
Team manager: Helen Corbett
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group minutes (core group 2) for a 13-year-old girl after online
#    sextortion, self-harm and an overdose; mother's depression. Markdown
#    minutes with initials, updates, Maisie's views, outcomes, contingency
#    and an action log table. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b134_jorsley_core_group_minutes_action_log_ferris.md",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-minutes-markdown-initials-attendance-list-maisies-views-agency-updates-outcomes-from-icpc-contingency-checked-then-action-log-table-no-action-lead-by-when-how-well-know-status-next-meetings",
    "description": (
        "Minutes of the second core group for a 13-year-old girl who was threatened online after "
        "sharing images, has been self-harming and took an overdose in September; her mother has "
        "depression. Markdown minutes with initials defined in the attendance list, Maisie's own "
        "views, agency updates, outcomes from the initial conference, the contingency and an "
        "action log. Most rows are sound (weekly visits, CAMHS sessions with risk reviews, police "
        "take-down requests, the father's weekends, school check-ins, Maisie's own Calm Harm plan). "
        "Faults: Mum's evening phone checks measured only by 'Monitored'; Talking Therapies only "
        "treats the mother; an online safety referral with no lead; 'All agencies' share new "
        "contact; the school nurse drop-in is 'Ongoing'; one outcome is about the mother only; the "
        "review conference date is still to be confirmed."
    ),
    "text": """\
# Core Group Meeting – Minutes and Action Log

**Jorsley Borough Council – Children's Social Care – Safeguarding and Support Team (East)**

- **Young person:** Maisie Ferris, 13 (DOB 27/05/2012), Year 9, Jorsley Academy
- **Lives with:** Danielle Ferris (Mum), 9 Pellow Gardens, Jorsley JY2 4NF
- **Category:** Neglect. Initial child protection conference 01/10/2025 (chair: Frances Leigh, IRO)
- **Meeting:** Core group 2, Wednesday 12/11/2025, 4pm, Jorsley Academy (pastoral room)
- **Chair and minutes:** Nadia Brook, social worker

**Present:** Danielle Ferris (DF), Mum · Lee Ferris (LF), Dad · Nadia Brook (NB), social worker ·
Dr Priya Lal (PL), clinical psychologist, Jorsley CAMHS · Karen Oakes (KO), designated safeguarding lead,
Jorsley Academy · DC Owen Tate (OT), Jorsley Police Online Child Abuse Team · Amy Cole (AC), school nurse ·
Maisie joined for the first 15 minutes.

**Apologies:** Gill Masters, therapist, Jorsley Talking Therapies (DF's CBT therapist).

## 1. Maisie's views

Maisie chose to come to the start of the meeting and sat next to KO. She said:

> "I know I made a mistake sending the pictures, but I'm not the one who did something illegal."
> "I hate Mum taking my phone at night, but I get why. Can it be 10 instead of half nine?"
> "CAMHS is OK. Priya doesn't make me talk about stuff I'm not ready for."

Maisie put herself at 5 out of 10 for feeling safe (10 = totally safe), up from 2 at the initial
conference. She asked that her dad's house has the same phone rule "so it's fair". The core group agreed to
keep 9.30pm until the review; NB will go through this with Maisie at her next visit.

## 2. Updates

- **OT:** The account that threatened Maisie is run from overseas. It has been reported to the platform
  and to CEOP. One site has confirmed the images are removed; two have not replied. Maisie has had no
  contact from the account since 20/10/2025.
- **PL:** Maisie has been to five of five sessions. She has cut herself twice since the last core group
  (superficial, treated at home), down from four times in September. No further tablets taken.
- **KO:** Attendance 84% this half-term (78% last). Maisie has used her pass twice.
- **DF:** Started CBT with Talking Therapies on 03/11/2025. She finds the evenings hard and on some nights
  is asleep by 9pm, which is when Maisie was on her phone before.
- **LF:** Has had Maisie on both of his weekends since the conference and is happy to keep the same phone
  rule.
- **AC:** Has seen Maisie once at the drop-in, about sleep.

## 3. Outcomes (agreed at the initial conference)

1. Maisie is safe online and knows the person who threatened her cannot reach her.
2. Maisie stops hurting herself, and tells an adult she trusts when she feels like it.
3. Maisie goes to school every day and feels safe there.
4. Danielle feels more confident and less overwhelmed as a parent.

## 4. Contingency (agreed at the initial conference, checked today)

- If Maisie hurts herself in a way that needs medical treatment, takes tablets, or says she wants to end her
  life: DF (or whoever is with her) takes her to Jorsley General A&E or rings 999, the CAMHS crisis team
  assesses her the same day, and NB holds a strategy discussion the same working day.
- If the account that threatened Maisie contacts her again, or new images appear: DF rings 101 that evening
  with the crime reference, OT's team collects the phone the same day, and Maisie stays with LF if she does
  not feel safe at home.
- If DF cannot do the night-time phone check because she is unwell, Maisie stays with LF on those nights and
  NB visits the next day.
- If Maisie takes tablets again or needs hospital treatment for self-harm before the review conference, NB
  will ask Jo Ellis (team manager) for a legal planning meeting within five working days.

## 5. Action log

| No. | Action | Lead | By when | How we'll know | Status at CG2 |
|---|---|---|---|---|---|
| 1 | See Maisie on her own every week, at school or at home, and go through her safety plan with her | NB (SW) | Weekly | Visit notes record Maisie seen alone, her own words and her 0-10 safety score | On track – seen alone six times |
| 2 | Write Maisie's safety plan with her and give signed copies to Mum, Dad and school | NB (SW) | By 19/11/2025 | Signed copy on file and held by DF, LF and KO | New |
| 3 | Weekly sessions with Maisie about her self-harm and the threats she received, with a risk review after any new self-harm | PL (CAMHS) | Every Thursday; risk review within 24 hours of any new self-harm | Letter to NB after each risk review; Maisie's self-harm log shows fewer episodes than the four in September | On track |
| 4 | Investigate the threats made to Maisie and ask the platforms to take her images down | OT (Jorsley Police) | Written update by 28/11/2025 | Removal confirmations from each platform on file; written update to NB | Partly – one of three sites confirmed |
| 5 | Check Maisie's phone and apps with her each evening and keep the phone downstairs overnight | DF (Mum) | Every night from 9.30pm | Monitored | Most nights |
| 6 | Weekly CBT sessions for Danielle for her depression and anxiety | Gill Masters, Jorsley Talking Therapies | Weekly, 12 sessions from 03/11/2025 | Attendance confirmed to NB monthly | Started – 2 of 2 attended |
| 7 | Have Maisie every other weekend and keep her phone downstairs overnight at his house too | LF (Dad) | Alternate weekends from 15/11/2025 | LF texts NB each Sunday evening to confirm; NB asks Maisie at her next visit | On track |
| 8 | Check in with Maisie every morning and give her a pass to leave lessons to see the pastoral team | KO (DSL) | Every school day | Check-ins logged on CPOMS; attendance sent to NB each Friday, aiming for 90% (84% now) | On track |
| 9 | Referral to the Jorsley Online Safety programme for Maisie and Danielle | - | By 28/11/2025 | Place confirmed in writing | Carried forward from ICPC |
| 10 | Tell NB the same day about any new contact from the person who threatened Maisie | All agencies | Same day | Logged on Maisie's file | New |
| 11 | School nurse drop-in for Maisie on sleep and looking after her wounds | AC (school nurse) | Ongoing | Drop-in notes shared with NB | Seen once |
| 12 | Use the Calm Harm app and tell Mum or Mrs Oakes when she feels like hurting herself, instead of cutting | Maisie | From 13/11/2025, every time she has the urge | Maisie's own log of urges and what she did, which she shows PL each Thursday | New – Maisie's idea |

## 6. Next meetings

- Next core group: Wednesday 10/12/2025, 4pm, Jorsley Academy; then every four weeks.
- Review child protection conference: date to be confirmed by the conference team.

Minutes agreed by those present. Copies to all core group members; Maisie's copy given to her by NB.
""",
    "findings": [
        F("F002", "Danielle feels more confident and less overwhelmed as a parent."),
        F("M002", "Check Maisie's phone and apps with her each evening"),
        F("H001", "Weekly CBT sessions for Danielle for her depression and anxiety"),
        F("W001", "Referral to the Jorsley Online Safety programme for Maisie"),
        F("W002", "Tell NB the same day about any new contact"),
        F("T002", "School nurse drop-in for Maisie on sleep and looking"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. First review conference plan for an autistic 14-year-old with a
#    learning disability who was groomed through an online game and left
#    home to meet the man. Plain-text case-system print with dot-leader
#    fields and ACTION n of m blocks; one closed action kept. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b134_jubbledown_rcpc_case_print_action_blocks_gault.txt",
    "split": "heldout",
    "actions": 11,
    "template": "rcpc-plan-case-system-print-txt-dot-leader-subject-fields-progress-since-icpc-finleys-views-with-communication-notes-dads-views-outcomes-then-action-n-of-m-blocks-what-who-when-how-we-will-know-status-one-closed-contingency-review-fields",
    "description": (
        "Exemplary first review conference plan for an autistic 14-year-old with a moderate "
        "learning disability who was groomed through an online game by an adult man, sent gift "
        "cards, and left home at 6am to meet him. A plain-text case-system print with dot-leader "
        "fields and ACTION n of m blocks (WHAT / WHO / WHEN / HOW WE WILL KNOW / STATUS); one "
        "completed one-off action is kept as closed and not counted. Finley's views are recorded in "
        "his words and through his symbol app; his father, grandmother, the children with "
        "disabilities social worker, special school, police online team, CAMHS learning disability "
        "team, short breaks, school transport and speech and language therapy all have timed, "
        "measurable actions. Contingency with triggers, a fallback for the grandmother, legal "
        "planning after named triggers, core group dates and the second review."
    ),
    "text": """\
JUBBLEDOWN COUNCIL - CHILDREN'S SERVICES - CASE RECORD PRINT
FORM: CHILD PROTECTION PLAN (REVIEW)           PRINTED 22/10/2025 14:12 BY S.NYLAND
=====================================================================================

SUBJECT ................ Finley GAULT (DOB 09/03/2011, 14 years)
CASE ID ................ 4471902
ADDRESS ................ 17 Pennant Rise, Jubbledown JB6 2QT
HOUSEHOLD .............. Craig GAULT (father, 44), sole carer since 2019
WIDER FAMILY ........... Irene GAULT (paternal grandmother, 69), 3 Mill Lane, Jubbledown
EDUCATION .............. Jubbledown Brook School (special school), Year 10
ADDITIONAL NEEDS ....... Autism; moderate learning disability. Finley speaks in short
                         sentences and uses the Widgit symbol app on his tablet for feelings
                         and for anything new. He needs time to answer and likes questions
                         one at a time.
CATEGORY ............... Sexual abuse
ICPC ................... 29/07/2025
THIS MEETING ........... Review child protection conference 1, 21/10/2025
CHAIR .................. Howard Pell (IRO)
SOCIAL WORKER .......... Sophie Nyland, Children with Disabilities Team
TEAM MANAGER ........... Rachel Ingham

-------------------------------------------------------------------------------------
SUMMARY OF CONCERNS AT ICPC
-------------------------------------------------------------------------------------
Between April and July 2025 an adult man using the name "Max" befriended Finley on the
online game BlockWorld. He sent Finley gift cards, asked him for photographs of himself
and told him to keep their chats "a secret". On 12/07/2025 Finley left home at 6am
without telling his dad and was found by British Transport Police at Jubbledown station
waiting for a train to meet "Max". Police have the chats and are investigating.

-------------------------------------------------------------------------------------
PROGRESS SINCE ICPC
-------------------------------------------------------------------------------------
- No further missing episodes. Door sensors fitted 05/08/2025 (action 03, closed).
- The console and tablet are in the living room; Finley's friend list has held only the
  seven friends Craig has approved at every monthly check.
- Finley has begun the online safety unit at school. In September he sorted 4 of 10
  "safe to share / not safe to share" cards correctly; in October, 6 of 10.
- Police have identified the account holder and sent the file to the CPS.
- Irene has looked after Finley every Monday and Wednesday after school.

-------------------------------------------------------------------------------------
FINLEY'S VIEWS
-------------------------------------------------------------------------------------
Seen alone at school on 14/10/2025 with his symbol app and his teaching assistant,
Mrs Kaur, who knows his signs well. Finley said:
  "Max is my friend. Max said secret."
  "I want BlockWorld back. I like the trains level."
  "Dad is cross? No. Dad is sad."
When asked how he feels about going out on his own, Finley chose the "worried" symbol
and then "Nan". He chose "happy" for Larch House and for his Saturday club.

Finley does not agree that "Max" is a bad person, and he asked twice to play BlockWorld
again. The conference agreed he can play it in the living room with the friends Dad
has approved.

DAD'S VIEWS
Craig agrees with the plan. He said: "I didn't know he could even get to the station on
his own. I want him to have a life, but safely." He asked for more short breaks.

-------------------------------------------------------------------------------------
OUTCOMES FOR FINLEY
-------------------------------------------------------------------------------------
1. Finley only plays and talks online with people his dad has checked, and no adult
   he does not know can contact him.
2. Finley does not leave home alone without an adult knowing where he is going, and
   is found quickly if he does.
3. Finley understands, in ways that make sense to him, which friends are safe and what
   to do if someone asks for a secret or a photo.
4. Finley has time away from home that he enjoys, with adults who know his safety plan.

-------------------------------------------------------------------------------------
THE PLAN
-------------------------------------------------------------------------------------
ACTION 01 of 12
  WHAT ............. See Finley at home every week and at school every other week,
                     using his symbol app, and ask him about his games and anyone new
                     online
  WHO .............. Sophie Nyland, social worker
  WHEN ............. Home weekly; school fortnightly (Tuesdays)
  HOW WE WILL KNOW . Visit records show Finley seen alone at each visit, with his
                     words and the symbols he chose written down
  STATUS ........... Open

ACTION 02 of 12
  WHAT ............. Keep the console and tablet in the living room, set the game's
                     controls so Finley can only play with friends Dad has approved,
                     and go through the friend list with Finley every Sunday
  WHO .............. Craig Gault (Dad)
  WHEN ............. Every day; friend list checked every Sunday
  HOW WE WILL KNOW . The SW looks at the friend list with Finley and Craig at the first
                     home visit each month; no friend on it that Craig has not approved
  STATUS ........... Open

ACTION 03 of 12
  WHAT ............. Fit door sensors to the front and back doors that alert Craig's
                     phone
  WHO .............. Craig Gault (Dad), funded by the CWD team
  WHEN ............. By 15/08/2025
  HOW WE WILL KNOW . Sensors seen working by the SW
  STATUS ........... COMPLETED 05/08/2025 - CLOSED

ACTION 04 of 12
  WHAT ............. Teach Finley the "safe friends and stranger friends" online safety
                     unit with social stories, and repeat the card-sorting task each
                     half-term
  WHO .............. Mr Arun Mistry, DSL, Jubbledown Brook School
  WHEN ............. Every Tuesday until 19/12/2025; card task by 24/10/2025 and by
                     19/12/2025
  HOW WE WILL KNOW . Finley sorts at least 8 of 10 cards correctly by 19/12/2025 (6 of
                     10 in October); results sent to the SW
  STATUS ........... Open

ACTION 05 of 12
  WHAT ............. Take Finley to and from school with an escort, who hands him to Dad
                     or Nan at the door and never leaves him at the kerb
  WHO .............. Jubbledown Council School Transport (escort: Pam Hedley)
  WHEN ............. Every school day
  HOW WE WILL KNOW . Handover sheet signed at the door each day; the SW checks it with
                     Craig at the first visit each month
  STATUS ........... Open

ACTION 06 of 12
  WHAT ............. Keep Finley's missing-person grab sheet up to date (recent photo,
                     the stations and train routes he likes, how to talk to him) and
                     give the police a copy
  WHO .............. Craig Gault (Dad)
  WHEN ............. By 07/11/2025, then every three months
  HOW WE WILL KNOW . The Jubbledown Police missing person coordinator confirms by e-mail
                     to the SW that the copy is on Finley's police record
  STATUS ........... Open

ACTION 07 of 12
  WHAT ............. Update Craig and the core group on the investigation into the man
                     who groomed Finley, and on any charging decision
  WHO .............. DC Imran Shah, Jubbledown Police Online Child Abuse Team
  WHEN ............. Written update before each core group; Craig told of any charging
                     decision within 2 working days
  HOW WE WILL KNOW . Written update on file before each core group
  STATUS ........... Open

ACTION 08 of 12
  WHAT ............. Look after Finley after school, with his tablet used only in the
                     kitchen where she can see it
  WHO .............. Irene Gault (paternal grandmother)
  WHEN ............. Every Monday and Wednesday, 3.45pm to 6pm
  HOW WE WILL KNOW . Irene writes a line in Finley's home-school book each Monday and
                     Wednesday; the SW reads the book monthly
  STATUS ........... Open

ACTION 09 of 12
  WHAT ............. Assess Finley's understanding of safe relationships and his
                     anxiety since 12/07/2025, and give Craig and school a written plan
                     for helping him
  WHO .............. Dr Kate Emmerson, clinical psychologist, Jubbledown CAMHS Learning
                     Disability Team
  WHEN ............. Assessment by 28/11/2025
  HOW WE WILL KNOW . Written assessment and plan sent to the SW and shared at the core
                     group on 16/12/2025
  STATUS ........... Open

ACTION 10 of 12
  WHAT ............. Give Finley one overnight short break a month at Larch House and a
                     Saturday activity club place, with staff who have read his safety
                     plan
  WHO .............. Dee Carver, manager, Jubbledown Short Breaks Service
  WHEN ............. One overnight a month from November 2025; club every other Saturday
  HOW WE WILL KNOW . Booking record and staff notes from each stay sent to the SW; every
                     staff member on Finley's rota has signed his safety plan
  STATUS ........... Open

ACTION 11 of 12
  WHAT ............. Go to the four-session course for parents of autistic teenagers on
                     staying safe online
  WHO .............. Craig Gault (Dad)
  WHEN ............. Thursdays 06/11, 13/11, 20/11 and 27/11/2025
  HOW WE WILL KNOW . Course register shows Craig at all four sessions; he shows the SW
                     the home online rules he writes on the course
  STATUS ........... Open

ACTION 12 of 12
  WHAT ............. Add to Finley's communication passport the words and symbols he
                     uses for "worried", "secret" and "someone new", and share it
  WHO .............. Nina Holt, speech and language therapist, Jubbledown Children's
                     Therapy Service
  WHEN ............. By 12/12/2025
  HOW WE WILL KNOW . Updated passport sent to school, Larch House, Irene and the SW
  STATUS ........... Open

-------------------------------------------------------------------------------------
CONTINGENCY
-------------------------------------------------------------------------------------
TRIGGER ................ Finley leaves the house without an adult knowing, or the door
                         sensor goes off and he cannot be found within 10 minutes
RESPONSE ............... Craig rings 999 straight away and gives the police the grab
                         sheet; the police search the stations first. The SW (or the
                         Emergency Duty Team) holds a strategy discussion the same day.
TRIGGER ................ An adult Craig does not know contacts Finley online, or Finley
                         is sent gifts, money or requests for photos
RESPONSE ............... Craig keeps the device switched off but does not delete
                         anything, rings 101 that day, and DC Shah's team collects the
                         device; the SW holds a strategy discussion the same day.
TRIGGER ................ Irene cannot look after Finley on a Monday or Wednesday (she is
                         ill or away)
RESPONSE ............... Finley stays at the school's after-school club until 5.30pm and
                         Craig collects him; if Craig cannot, the Short Breaks Service
                         provides a support worker at home from 3.45pm.
LEGAL PLANNING ......... If Finley goes missing again, or an unknown adult reaches him
                         online again, before the second review, the SW will ask Rachel
                         Ingham for a legal planning meeting within five working days.

-------------------------------------------------------------------------------------
REVIEW ARRANGEMENTS
-------------------------------------------------------------------------------------
CORE GROUP ............. Every four weeks, Tuesdays 3.30pm, Jubbledown Brook School:
                         18/11/2025, 16/12/2025, 20/01/2026
NEXT REVIEW ............ Review child protection conference 2: 21/04/2026, 10am,
                         Jubbledown Civic Centre
FINLEY'S COPY .......... Symbol version made by Mrs Kaur and Nina Holt by 04/11/2025

END OF PRINT
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. RCPC plan for a 16-year-old on a referral order for carrying a knife,
#    permanently excluded, linked to an older group; father drinks, nan and
#    uncle help. Portrait Word table. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b134_jasselby_rcpc_yjs_knife_exclusion_table_bamford.docx",
    "doc_title": "Review Child Protection Plan - Tyrese Bamford",
    "split": "heldout",
    "actions": 12,
    "template": "rcpc-plan-docx-portrait-details-list-what-has-happened-since-icpc-tyreses-views-dads-views-outcomes-then-no-action-who-by-when-how-we-will-know-table-contingency-paragraph-core-group-and-review",
    "description": (
        "Review conference plan for a 16-year-old boy on a nine-month referral order for carrying a "
        "knife, permanently excluded and at the pupil referral unit, linked to an older group "
        "suspected of using him to hold drugs; his father drinks heavily since his mother died, and "
        "his nan and uncle help. A portrait Word table, mostly sound (weekly visits, the referral "
        "order, the PRU's attendance calls and college application, nan's weekend nights, the "
        "uncle's lifts, a MACE referral). Faults: a speech and language assessment with no measure; "
        "the Saturday boxing measured only by 'Engagement'; an NRM referral nobody owns; the "
        "father's alcohol service 'when he feels ready', and the alcohol service itself owns "
        "nothing; 'All agencies' share intelligence; the contingency is 'if things do not improve' "
        "with only a review, no fallback for the nan and uncle, and no legal planning."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Jasselby County Council · Children's Services · Adolescent Service (South)"),
        ("kv", [
            ("Young person", "Tyrese Bamford, 16 (DOB 19/04/2009)"),
            ("Address", "28 Foundry Walk, Jasselby JS4 1LD, with his father"),
            ("Father", "Wayne Bamford (47). Tyrese's mother, Nicole, died in 2021"),
            ("Paternal grandmother", "Marcia Bamford (72), 2 Orchard Mews, Jasselby"),
            ("Paternal uncle", "Andre Bamford (39), Jasselby"),
            ("Education", "The Orchard Centre (pupil referral unit) since his permanent exclusion from "
                          "Jasselby Park School on 12/06/2025"),
            ("Youth justice", "Nine-month referral order, Jasselby Youth Court, 04/08/2025 (possession of a "
                              "bladed article); ends 03/05/2026"),
            ("Category", "Neglect"),
            ("Initial conference", "07/08/2025"),
            ("This conference", "First review child protection conference, 06/11/2025. Chair: Yvonne Ashdown "
                                "(IRO)"),
            ("Social worker", "Kwame Asante (team manager: Philippa Rudd)"),
        ]),
        ("h1", "What has happened since the initial conference"),
        ("p", "Tyrese has kept to his referral order contract and has been to 17 of 19 sessions with his YJS case "
              "manager. His attendance at the Orchard Centre is 58%. On 14/09/2025 his close friend Jermaine was "
              "stabbed on the Eastside estate; Tyrese was with him. Police intelligence since then links Tyrese to "
              "an older group on the Eastside estate who are believed to use younger boys to hold drugs and "
              "knives."),
        ("p", "Wayne drinks most days, usually lager and vodka, and has done since Nicole died. On 02/10/2025, when "
              "police brought Tyrese home at 1am, Wayne was asleep on the sofa and could not be woken. Wayne has "
              "been given the number for Jasselby Alcohol Service but has not yet called. Tyrese spends most "
              "weekends at his nan's."),
        ("h1", "What Tyrese says"),
        ("p", "Seen on his own at the Orchard Centre, 30/10/2025:"),
        ("bullets", [
            "\u201cI carried the knife because my boy got stabbed. Everyone carries round there.\u201d",
            "\u201cNobody's making me do anything. I'm not some kid getting used.\u201d",
            "\u201cDad's all right. He just drinks too much since Mum.\u201d",
            "\u201cI want to do cars. Mechanics. Not sit in a room doing worksheets.\u201d",
            "\u201cNan's is quiet. I sleep proper there.\u201d",
        ]),
        ("p", "Tyrese disagrees that he is being exploited and did not want an NRM referral. He agreed to the boxing "
              "sessions and the lifts from his uncle."),
        ("h1", "What Wayne says"),
        ("p", "Wayne accepts that he drinks too much and said he \u201cwill sort it\u201d. He wants Tyrese to stay at home "
              "and agrees with him staying at his nan's at weekends."),
        ("h1", "Outcomes for Tyrese"),
        ("numbers", [
            "Tyrese does not carry a knife, does not hold drugs or weapons for anyone, and is not hurt.",
            "Tyrese goes to the Orchard Centre every day and has a place on a motor vehicle course for September "
            "2026.",
            "Tyrese is cared for by an adult who is sober when he is at home, and always has somewhere safe to "
            "sleep.",
            "Tyrese completes his referral order without a breach.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "Action", "Who", "By when", "How we will know"],
            "widths": [1.1, 5.8, 3.3, 3.0, 3.8],
            "rows": [
                ["1",
                 "Visit Tyrese at home every week, see him on his own, and ask about the Eastside group, any debts "
                 "and any threats",
                 "Kwame Asante, SW",
                 "Weekly",
                 "Visit records show Tyrese seen alone each week, with his own words written down"],
                ["2",
                 "Deliver Tyrese's referral order contract, including the six-week knife crime programme",
                 "Jo Pennant, case manager, Jasselby Youth Justice Service",
                 "Twice a week until the order ends on 03/05/2026",
                 "YJS attendance record sent to the SW monthly; no breach warnings issued"],
                ["3",
                 "Register Tyrese each morning and ring Wayne and the SW by 10am if he is not in",
                 "Mr Chris Doyle, head of centre, The Orchard Centre",
                 "Every school day",
                 "Weekly attendance to the SW; attendance up from 58% to 80% by the end of the spring term "
                 "(02/04/2026)"],
                ["4",
                 "Apply with Tyrese for a place on the Jasselby College motor vehicle course for September 2026",
                 "Mr Chris Doyle, head of centre",
                 "Application by 31/01/2026",
                 "Application receipt and interview date on file"],
                ["5",
                 "Complete a speech and language assessment of Tyrese",
                 "Nicola Haines, speech and language therapist, Jasselby Youth Justice Service",
                 "By 19/12/2025",
                 ""],
                ["6",
                 "Go to the Saturday boxing programme at Jasselby Sports Hub with the detached youth worker",
                 "Tyrese, with Liam Cobb (detached youth worker)",
                 "Every Saturday, 10am to 12 noon",
                 "Engagement"],
                ["7",
                 "NRM referral to be made for Tyrese, following the police intelligence about him holding drugs "
                 "for older peers",
                 "",
                 "By 21/11/2025",
                 "Referral reference number on file"],
                ["8",
                 "Dad to attend Jasselby Alcohol Service and cut down his drinking",
                 "Wayne Bamford (Dad)",
                 "When he feels ready",
                 "Breath test results shared with the SW"],
                ["9",
                 "Have Tyrese to stay every Friday and Saturday night, home by 10pm",
                 "Marcia Bamford (paternal grandmother)",
                 "Every Friday and Saturday night",
                 "Marcia texts the SW each Sunday to confirm he stayed both nights and was in by 10pm"],
                ["10",
                 "Drive Tyrese to and from his YJS sessions and boxing so that he does not walk through the "
                 "Eastside estate",
                 "Andre Bamford (paternal uncle)",
                 "Every YJS session and every Saturday",
                 "YJS register shows Tyrese on time; Andre logs each lift and sends it to the SW weekly"],
                ["11",
                 "Share any intelligence about Tyrese being approached, threatened or carrying a weapon, "
                 "with the SW",
                 "All agencies",
                 "The same day",
                 "Recorded on Tyrese's file and passed to the police"],
                ["12",
                 "Refer the Eastside estate and the older group to the Jasselby MACE panel for a disruption plan",
                 "PC Sarah Whitby, Jasselby Police Neighbourhood Team",
                 "MACE panel on 20/11/2025",
                 "MACE disruption plan shared with the core group by 27/11/2025"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If things do not improve or there are further concerns about Tyrese's safety, the core group will "
              "meet to review the plan and consider next steps."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 4pm, The Orchard Centre: 20/11/2025, 18/12/2025 and "
            "22/01/2026.",
            "Second review child protection conference: 05/03/2026, 10am, Jasselby County Hall.",
        ]),
    ],
    "findings": [
        F("M001", "Complete a speech and language assessment of Tyrese"),
        F("M002", "Go to the Saturday boxing programme at Jasselby Sports Hub"),
        F("W001", "NRM referral to be made for Tyrese, following the police"),
        F("T002", "Dad to attend Jasselby Alcohol Service and cut down"),
        F("W002", "Share any intelligence about Tyrese being approached, threatened"),
        F("F004"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. ICPC plan for a 12-year-old boy excluded from school, going missing and
#    drawn to an older group who rob; mother drinks at weekends. Part A is
#    "My plan, in my words" (bullets by Reuben), Part B the adults' table.
#    Word printed to PDF with a page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b134_jeverham_icpc_my_plan_in_my_words_then_adults_table_cartwright.pdf",
    "doc_title": "Child Protection Plan - Reuben Cartwright",
    "split": "heldout",
    "actions": 15,
    "template": "icpc-plan-printed-to-pdf-page-header-footer-details-list-why-we-are-worried-what-reuben-told-us-outcomes-then-part-a-my-plan-in-my-words-first-person-bullets-then-part-b-what-the-adults-will-do-who-when-how-we-will-know-table-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 12-year-old boy excluded from mainstream school, "
        "going missing after school and found with an older group who rob; his mother drinks "
        "heavily at weekends and he has a 2-year-old sister. Printed to PDF from Word with a page "
        "header and footer. Part A is Reuben's own plan in the first person, written with his "
        "youth worker (texts home, curfew, the learning centre, telling his trusted adult), each "
        "with when and how people will know; Part B is the adults' table: his mother reports him "
        "missing at a set time, the alcohol service reports on change, the youth worker, missing "
        "service, police, contextual safeguarding lead, learning centre, father and grandmother "
        "all have timed, measurable actions. Contingency with triggers, a fallback for the "
        "grandmother, legal planning after named triggers, core group dates and the review."
    ),
    "header": "OFFICIAL-SENSITIVE – Jeverham District Council – Children's Services",
    "footer": "Reuben Cartwright – child protection plan, ICPC 20/11/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font": "Calibri",
    "font_size": 11,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Jeverham District Council · Children's Services · Contextual Safeguarding and Family Support Team"),
        ("kv", [
            ("Young person", "Reuben Cartwright, 12 (DOB 02/08/2013), Year 8"),
            ("Lives with", "Tasha Cartwright (Mum, 33) and Mia Cartwright (sister, 2), 15 Ferrier Close, "
                           "Jeverham JV1 6TB"),
            ("Father", "Jordan Foster, 4 Hale Street, Jeverham; sees Reuben on Sundays"),
            ("Maternal grandmother", "Jean Cartwright, 31 Ferrier Close (three doors away)"),
            ("Education", "Jeverham Learning Centre (alternative provision) since his third fixed-term "
                          "exclusion from Jeverham Park Academy, 29/09/2025"),
            ("Category", "Neglect"),
            ("Initial conference", "20/11/2025. Chair: Delroy Marsh (IRO)"),
            ("Social worker", "Sam Okonjo (team manager: Alison Greaves)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Since September Reuben has been reported missing four times, each time after school, and has been "
              "found late at night at Jeverham Retail Park and the skatepark with a group of boys aged 16 to 19. "
              "Police believe some of the group have committed street robberies and use younger boys to carry "
              "stolen phones. On 07/11/2025 Reuben was stopped on a stolen e-scooter and had a new phone he could "
              "not explain. He was excluded three times this term for fighting and leaving the site."),
        ("p", "Tasha drinks heavily at weekends, usually from Friday evening until Sunday. Twice in October the "
              "police could not hand Reuben back to her at night because she was too drunk, and he stayed with "
              "Jean. Tasha started at Jeverham Alcohol Service on 10/11/2025. On weekdays she cares well for Mia and "
              "works mornings at a bakery."),
        ("h1", "What Reuben told us"),
        ("p", "Reuben met Carl and Sam at the skatepark café on 13/11/2025 and came to the last half hour of the "
              "conference:"),
        ("bullets", [
            "\u201cI don't do robbing. I just hang about with them. They're my mates, they look out for me.\u201d",
            "\u201cI hate the Learning Centre, there's nothing to do. I want to go back to Jeverham Park with my "
            "mates from primary.\u201d",
            "\u201cI'd rather talk to Carl than social workers, no offence.\u201d",
            "\u201cWhen Mum's drinking I go out because it's boring and loud at home. I go to Nan's if it's bad.\u201d",
        ]),
        ("p", "Reuben wanted his school-night curfew to be 8pm; the conference agreed 7pm until the first core group, "
              "which will look at it again with him. He put himself at 6 out of 10 for how safe he feels, and said "
              "his mum would put him at 2."),
        ("h1", "What we want for Reuben"),
        ("numbers", [
            "Reuben is home by his curfew, is not missing, and is not with the older group who have been using "
            "him.",
            "Reuben is in full-time education every day and back in a mainstream school by Easter 2026.",
            "Reuben has a trusted adult and knows how to get help if he is asked to carry or take anything.",
            "Reuben and Mia are looked after by a mum who is sober whenever she is caring for them.",
        ]),
        ("h1", "The plan"),
        ("h2", "Part A: My plan, in my words"),
        ("p", "Reuben wrote this part with Carl on 18/11/2025. \u201cI\u201d is Reuben."),
        ("bullets", [
            "I will text Mum when I leave the Learning Centre at 2.30pm and again when I get home or to Nan's, "
            "every school day. Mum will see both texts on her phone and show Sam at his visit each week.",
            "I will be home by 7pm on school nights and 8.30pm on Fridays and Saturdays. Mum writes the time I get "
            "in on the kitchen calendar, and Sam looks at it every week.",
            "I will go to the Learning Centre every day until the Christmas holidays (19/12/2025). The register "
            "will show it, and if I've been in all week I get Friday football.",
            "I will meet Carl every Thursday after school and tell him if the older boys ask me to carry or do "
            "anything, or give me anything. Carl writes down what I tell him and my safe score out of 10.",
        ]),
        ("h2", "Part B: What the adults will do"),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we will know"],
            "widths": [1.3, 5.4, 3.3, 3.2, 3.8],
            "rows": [
                ["B1",
                 "Ring 101 and report Reuben missing if he is not home 30 minutes after his curfew and is not "
                 "answering his phone",
                 "Tasha Cartwright (Mum)",
                 "The same evening: 7.30pm on school nights, 9pm on Fridays and Saturdays",
                 "Each report is on the police missing log with its time; Sam checks the log against the kitchen "
                 "calendar every week"],
                ["B2",
                 "Not drink on any day she is caring for Reuben and Mia on her own, and go to her key-work "
                 "session and breath test at Jeverham Alcohol Service",
                 "Tasha Cartwright (Mum)",
                 "Every day; sessions every Monday from 17/11/2025",
                 "Breath test results in the alcohol service's report; Sam's unannounced visits (one in four) "
                 "find Tasha sober"],
                ["B3",
                 "Key-work and breath-test Tasha, and report to each core group on whether she is making the "
                 "changes Reuben and Mia need and how long further change is likely to take",
                 "Priya Desai, recovery worker, Jeverham Alcohol Service",
                 "Every Monday; report two working days before each core group",
                 "Written report on file before each core group, with every breath test result"],
                ["B4",
                 "See Reuben on his own at home or wherever he chooses, and see Mia at home",
                 "Sam Okonjo, SW",
                 "Weekly, one visit in four unannounced and one in four on a Saturday",
                 "Visit records show Reuben seen alone each week with his words written down, and Mia seen"],
                ["B5",
                 "Meet Reuben, be his trusted adult, and do the Risky Friends work with him",
                 "Carl Bright, youth worker, Jeverham Contextual Safeguarding Team",
                 "Every Thursday, 3.30pm to 5pm, from 27/11/2025",
                 "Session notes to Sam each week, with Reuben's safe score out of 10 (6 on 13/11/2025)"],
                ["B6",
                 "Carry out a return home interview with Reuben after every missing episode",
                 "Amira Yusuf, Jeverham Missing Children Service",
                 "Within 72 hours of Reuben being found",
                 "Return home interview on file for each episode; intelligence form to the police within a "
                 "week"],
                ["B7",
                 "Identify the older boys seen with Reuben, visit their homes with a warning letter, and share "
                 "what is known with the MACE panel",
                 "PC Dan Fielding, Jeverham Police Missing and Exploitation Hub",
                 "By the MACE panel on 04/12/2025",
                 "Warning letters and intelligence logged on the police system; written update to the first core "
                 "group"],
                ["B8",
                 "Take the retail park and the skatepark to the MACE panel for a location plan, including "
                 "detached youth work there on Friday evenings",
                 "Lorna Keane, contextual safeguarding lead, Jeverham District Council",
                 "MACE panel on 04/12/2025; location plan in place by 19/12/2025",
                 "Location plan on file; the detached youth team's Friday logs show a session held each week"],
                ["B9",
                 "Keep Reuben's full-time place, ring Tasha and Sam by 9.30am if he is not in, and agree a plan "
                 "for his return to Jeverham Park Academy",
                 "Mrs Gail Booth, head of Jeverham Learning Centre",
                 "Every school day; return plan agreed by 30/01/2026",
                 "Attendance sent to Sam every Friday (90% or more); signed return plan on file"],
                ["B10",
                 "Have Reuben every Sunday and drive him home at the end of the day",
                 "Jordan Foster (Dad)",
                 "Every Sunday, 10am to 6pm",
                 "Jordan texts Tasha when he drops Reuben home; Sam asks Reuben about each Sunday at his visit"],
                ["B11",
                 "Collect Reuben from the Learning Centre and give him his tea at her house until Tasha "
                 "collects him at 5pm",
                 "Jean Cartwright (maternal grandmother)",
                 "Every Tuesday and Wednesday, 2.30pm to 5pm",
                 "The Learning Centre's sign-out book shows Jean collecting him; Reuben's texts show him at "
                 "Nan's"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Reuben is not home by 10pm, is found with the older group, is found with stolen goods, a weapon, "
              "cash or a phone he cannot explain, or tells anyone he has been asked to carry something: Tasha rings "
              "999, the police treat him as high-risk missing, and Sam (or the Emergency Duty Team) holds a "
              "strategy discussion with the police the same day. Reuben stays with Jordan that night if home is not "
              "safe."),
        ("p", "If Tasha has been drinking while she is caring for Reuben and Mia on her own (a positive breath "
              "test, or Sam, Jean, Reuben or the police find her drunk): Reuben and Mia go to Jean at 31 Ferrier "
              "Close that night, and Sam visits the next morning."),
        ("p", "If Jean cannot have Reuben on a Tuesday or Wednesday, or cannot take the children when Tasha has "
              "been drinking (she is ill, away or cannot manage): Reuben stays at the Learning Centre's homework "
              "club until Jordan collects him at 5pm, and if no family adult can have the children that night, Sam "
              "or the Emergency Duty Team will place Reuben and Mia together with Jeverham foster carers."),
        ("p", "If Reuben goes missing three times in any four weeks, is arrested with the older group, or Tasha has "
              "two positive breath tests before the review conference, Sam will ask Alison Greaves for a legal "
              "planning meeting within five working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "First core group: 03/12/2025, 4pm, Jeverham Learning Centre; then every four weeks: 07/01/2026 and "
            "04/02/2026.",
            "Review child protection conference: 19/02/2026, 10am, Jeverham Council Offices.",
        ]),
        ("p", "Reuben's comment, written by him: \u201cOK but 7 is too early.\u201d"),
    ],
    "findings": [],
})
