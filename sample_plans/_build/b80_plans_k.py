"""Batch 80, module k: seven fictional plans (held-out material), places beginning with "k".

Everything here is made up: children, families, professionals, services,
hospitals, schools and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: actions written well in ways a template never prompts for - owners
given as a pair ("Jodie and the HV together"), as "we" in a family's own plan,
or under per-person headings ("What Dad will do"); timescales such as "within
10 working days of today", "from now until the review", "at every home visit",
"each Saturday", "until the baby is six weeks old", "by half term"; measures
as something a person will see, hear, count or record - beside plans with the
same look whose actions only seem complete ("continue to engage", "monitor",
"keep an eye on", "ongoing", "ASAP", "review as needed", a date with no owner,
an owner with no date, a check that nobody does). Two plans are exemplary.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Landscape action table with merged theme rows and an outcome column
#    merged down each theme; baby, mother with bipolar disorder (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b80_kelvercombe_landscape_theme_rows_pryor.docx",
    "doc_title": "Child Protection Plan - Isla Pryor",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-plan-landscape-docx-theme-band-rows-merged-across-no-action-who-by-when-how-we-will-know-outcome-column-merged-down-each-theme",
    "description": (
        "Initial conference plan for a 3-week-old whose mother has bipolar disorder and stopped her "
        "lithium in pregnancy. Landscape table with a full-width theme row over each group of actions "
        "and the outcome for Isla merged down each theme (three real vertical merges). Good actions "
        "written in ways a template does not prompt for ('Jodie and the HV together', 'within 10 "
        "working days of today', 'until the baby is six weeks old', 'each Saturday', 'fewer than two "
        "missed appointments in the month'); the perinatal psychiatrist is asked about capacity to "
        "change. Faults: a blank Who (W001), the perinatal CPN only supporting (H001), 'Core group' as "
        "owner (W002), 'Ongoing' with 'Mood improves' (T002, M002), 'ASAP' with a blank measure (T002, "
        "M001), an owner with no date (T001), an outcome about the mother only (F002), the "
        "grandmother's nights and contact supervision with no fallback (C003), and the review "
        "conference 'to be confirmed' (R001)."
    ),
    "landscape": True,
    "font_size": 10,
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Kelvercombe Borough Council · Children's Services · Family Safeguarding Team (South)"),
        ("kv", [
            ("Child", "Isla Pryor, born 11/02/2025 (3 weeks old at conference)"),
            ("Mother", "Jodie Pryor (22). Isla lives with her at 41b Keeling Street, Kelvercombe."),
            ("Father", "Ryan Marsh (25), Flat 3, Kirrendale House, Kelvercombe. Ryan and Jodie are not "
                       "together; Ryan is named on the birth certificate."),
            ("Maternal grandmother", "Carol Pryor, 19 Kiln Lane, Kelvercombe (a ten-minute walk away)"),
            ("Conference", "Initial child protection conference, Tuesday 04/03/2025, Kelvercombe Civic "
                           "Centre"),
            ("Category", "Neglect"),
            ("Social worker", "Marcus Adeyemi"),
            ("Chair", "Helen Cartwright, Independent Chair"),
        ]),
        ("h1", "Why Isla has a plan"),
        ("p", "Jodie was diagnosed with bipolar disorder when she was 19 and was well on lithium for two "
              "years. She stopped taking it herself when she found out she was pregnant and did not tell "
              "the midwife until 30 weeks, when the Kelvercombe Perinatal Mental Health Team started "
              "seeing her. Eight days after Isla was born Jodie had not slept for three nights. At 4am on "
              "19 February Carol found her walking along Keeling Street with Isla in her arms in a "
              "vest and nappy, talking fast and saying Isla needed \"fresh air to breathe\". Isla was cold "
              "and was checked at Kelvercombe Royal Infirmary; she was not hurt. Jodie restarted lithium "
              "on 20 February and has been sleeping better since Carol began staying over."),
        ("p", "Ryan has a conviction from 2022 for assaulting a previous partner. Jodie says he has never "
              "hurt her. Conference agreed that his time with Isla should be supervised while the "
              "assessment is done."),
        ("h1", "Isla's day"),
        ("p", "Isla is three weeks old and cannot tell us how she feels, so this is what the midwife, the "
              "health visitor and the social worker have seen. She is bottle fed and takes about 90 ml "
              "every three hours. She is back to her birth weight. She settles fastest when she is held "
              "upright against someone's shoulder, and she calms when Carol hums to her. On the HV's "
              "visit on 27 February Isla had been in her car seat in the hallway for most of the "
              "morning because Jodie \"didn't want to wake her\", and she had a sore nappy rash. When "
              "Jodie feeds her, Isla watches her face, and Jodie talks to her the whole time."),
        ("h1", "What is going well"),
        ("bullets", [
            "Jodie came to conference with Carol, listened, and said she wants help to keep well for Isla.",
            "Jodie has taken her lithium every day since 20 February; her blood level on 28 February was "
            "in range.",
            "Carol has stayed at Keeling Street every night since 20 February.",
        ]),
        ("h1", "The plan"),
        ("p", "The actions are grouped under three themes. The last column says what we want for Isla "
              "from the actions in that theme."),
        ("table", {
            "header": ["No.", "What needs to happen", "Who", "By when", "How we will know",
                       "Outcome for Isla"],
            "widths": [1.0, 7.3, 4.3, 3.8, 5.1, 4.2],
            "rows": [
                ["Theme 1 – Sleep, feeding and growth", H, H, H, H, H],
                ["1", "Go through the safe sleep checklist and set up the Moses basket next to Jodie's "
                      "bed so Isla has her own sleep space",
                 "Jodie and the HV together (HV Tamsin Greaves)",
                 "Within 10 working days of today (by 18/03/2025)",
                 "HV sees Isla asleep on her back in the Moses basket and signs the checklist with Jodie",
                 "Isla sleeps on her back in her own Moses basket for every sleep, is fed on time and keeps "
                 "growing along her centile."],
                ["2", "Weigh Isla and go through her feed chart with Jodie",
                 "HV Tamsin Greaves",
                 "At every home visit (weekly until Isla is 8 weeks old)",
                 "Weight plotted in the red book, on or above the 25th centile; the feed chart shows no "
                 "gap longer than 4 hours",
                 V],
                ["3", "Stay overnight at Keeling Street and do the 2am feed so Jodie gets at least six "
                      "hours' sleep",
                 "Carol Pryor (maternal grandmother)",
                 "Every night until the baby is six weeks old (25/03/2025)",
                 "Carol initials the feed chart each night; the SW checks it at his visits",
                 V],
                ["4", "Check where and how Isla is sleeping on unannounced visits",
                 "",
                 "Fortnightly",
                 "Visit record notes where Isla slept and what she was wearing",
                 V],
                ["Theme 2 – Jodie's health and what it means for Isla", H, H, H, H, H],
                ["5", "Weekly support sessions for Jodie at home",
                 "CPN Ade Bello, Kelvercombe Perinatal Mental Health Team",
                 "Weekly",
                 "Attendance record kept by the perinatal team",
                 "Jodie's mental health is stable and she takes her medication every day."],
                ["6", "Review Jodie's lithium and write a report on whether she can make and keep the "
                      "changes Isla needs, what steps are needed and how long they are likely to take",
                 "Dr Keisha Lomax, consultant perinatal psychiatrist",
                 "Report by the first core group (25/03/2025)",
                 "Written report sent to the SW and read at the core group",
                 V],
                ["7", "Remind Jodie of her appointments and help her get there",
                 "Core group",
                 "Weekly",
                 "Fewer than two missed appointments in the month (perinatal team diary)",
                 V],
                ["8", "Keep a mood and sleep diary and share it with the CPN",
                 "Jodie Pryor",
                 "Ongoing",
                 "Mood improves",
                 V],
                ["Theme 3 – Who looks after Isla and who she sees", H, H, H, H, H],
                ["9", "Supervise Ryan's contact with Isla at Carol's house",
                 "Carol Pryor (MGM)",
                 "Each Saturday, 10am to 12pm",
                 "Carol writes a short note after each contact; the SW reads the notes at his visits",
                 "Isla is only ever cared for by an adult who is well enough to look after her, and her "
                 "time with her dad is safe."],
                ["10", "See Isla at home, awake, and watch how Jodie reads and answers her cues",
                 "SW Marcus Adeyemi",
                 "Weekly, from now until the review",
                 "Visit record says what the SW saw of Jodie feeding and settling Isla",
                 V],
                ["11", "Refer Jodie and Isla to Kelvercombe Family Hub for a family support worker",
                 "SW Marcus Adeyemi",
                 "ASAP",
                 "",
                 V],
                ["12", "Register Isla with Kelvercombe Vale Surgery so she has a GP of her own",
                 "Jodie Pryor",
                 "",
                 "GP registration confirmed in writing by the surgery",
                 V],
                ["13", "Complete a parenting assessment of Jodie and Ryan, including how each of them "
                       "responds to Isla",
                 "SW Marcus Adeyemi",
                 "By 29/04/2025",
                 "Assessment report shared with Jodie, Ryan and the core group",
                 V],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Jodie misses two lithium doses in a row (Carol or the CPN will see this on the blister "
              "pack), goes two nights without sleep, or takes Isla out of the house at night, Carol will "
              "take Isla to her house at 19 Kiln Lane that day, and the SW (or the emergency duty team out "
              "of hours) will hold a strategy discussion the same day. If Ryan comes to Keeling Street, "
              "Jodie or Carol will call the police."),
        ("p", "If Jodie needs a crisis response or a hospital admission before the review conference, the "
              "SW will ask the team manager for a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 3 weeks at Kelvercombe Family Hub, 10am: Tuesday 25/03/2025, Tuesday "
            "15/04/2025 and Tuesday 06/05/2025.",
            "Review child protection conference: to be confirmed.",
        ]),
        ("p", "Plan written by Marcus Adeyemi (SW) and sent to Jodie, Ryan, Carol and every agency on "
              "05/03/2025."),
    ],
    "findings": [
        F("W001", "Check where and how Isla is sleeping on unannounced visits"),
        F("H001", "Weekly support sessions for Jodie at home"),
        F("W002", "Remind Jodie of her appointments and help her get there"),
        F("T002", "Keep a mood and sleep diary and share it"),
        F("M002", "Keep a mood and sleep diary and share it"),
        F("T002", "Refer Jodie and Isla to Kelvercombe Family Hub"),
        F("M001", "Refer Jodie and Isla to Kelvercombe Family Hub"),
        F("T001", "Register Isla with Kelvercombe Vale Surgery so she has"),
        F("F002", "Jodie's mental health is stable and she takes her medication every day."),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Plan set out under per-person headings ("What Mum will do", "What school
#    will do"), owners given by the heading, a pair, or a named deputy (md,
#    exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b80_kirrowmere_per_person_headings_adebayo.md",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-plan-md-who-will-do-what-h3-per-person-headings-owner-from-heading-verb-first-bullets-pair-owner-heading",
    "description": (
        "Initial conference plan for a 7-year-old and a 10-month-old whose father uses cocaine and "
        "cannabis (drug-driving arrest with Kyle in the car). Actions sit under per-person headings "
        "('What Danielle will do', 'What Danielle and the health visitor will do together', 'What "
        "Kirrowmere Lane Primary will do') so most bullets start with a verb and take their owner "
        "from the heading. Timescales as 'every school day', 'by half term (Friday 23 May)', 'each "
        "Saturday', 'every two weeks until Remi is 12 months old', 'at least every 10 working days "
        "from now until the review conference'; measures as things seen or counted ('the breakfast "
        "club register will show...', 'Kyle will tell his teacher...'). The drug service reports on "
        "change, the GP owns an action, the grandmother's Saturdays have a fallback, dates and legal "
        "step set. Exemplary."
    ),
    "text": """\
# Child Protection Plan – Kyle and Remi Adebayo

**Kirrowmere City Council · Children and Families · Safeguarding Team West**

Agreed at the initial child protection conference on Wednesday 7 May 2025 and typed up by
Owen Fairley (social worker) the next day. Category: neglect. Chair: Ruth Asante.

## Family

- **Kyle Adebayo**, 7, Year 2 at Kirrowmere Lane Primary
- **Remi Adebayo**, 10 months
- **Danielle Adebayo** (29), mum. Works at Kaymart, Kirrowmere, on Saturdays 8am to 5pm.
- **Femi Adebayo** (33), dad. Lives at home, 15 Kestover Road, Kirrowmere.
- **Joy Palmer** ("Nana Joy"), Danielle's mum, 6 Kelsworth Walk, a five-minute walk away
- **Bisi Adebayo**, Femi's sister, 22 Kingfisher Close, Kirrowmere

## Why there is a plan

On 12 April police stopped Femi's car on the Kirrowmere ring road with Kyle in the back seat.
Femi tested positive for cocaine and was arrested for drug-driving; he is due in court in June.
Femi told conference he uses cocaine "at weekends, with mates" and smokes cannabis most
evenings "to sleep". The rent is two months behind because money has gone on drugs. Since
January Kyle has been late to school 14 times and has come in hungry on most of those days.
Remi has missed her 9-month health review twice. Danielle was not aware of the cocaine use
until the arrest and has been open with every professional since.

## What is working well

- Danielle and Femi both came to conference and agreed to every part of this plan.
- Femi went to the Kirrowmere Drug and Alcohol Service drop-in on 25 April, on his own.
- Nana Joy sees the children most days and Kyle is happy at her flat.
- Remi is warm, clean and well cared for when the HV visits, and her weight is on the 50th centile.

## What Kyle told us and what Remi's days are like

Kyle (with Owen at school, 30 April): "Dad drives fast and the music is loud. That night the
police put their lights on and I cried." He said he likes it when Dad takes him to football,
and that he gets "a bit hungry" when "Mum's at work and Dad's asleep on Saturdays". He would
like "breakfast at breakfast club every day" and to "go to Nana's on Saturdays like we used to".
He put home at 6 out of 10 and Nana's at 10.

Remi is crawling and pulls herself up on the sofa. The HV saw her reach for Danielle and
settle straight away when picked up, and babble back when Danielle talked to her. On the SW's
visit on a Saturday morning (26 April) Remi was still in last night's nappy at 11am and was
in her cot while Femi slept.

## What we want for Kyle and Remi

- Kyle and Remi are only ever looked after by an adult who has not taken drugs, and are never driven by someone who has.
- Kyle is in school by 8.50am every day, has had breakfast, and tells us he is not worrying about his dad.
- Remi goes to every health appointment, is weaned well and keeps growing along her centile.
- Kyle and Remi have food in the house every day because the rent and food money is not spent on drugs.

## Who will do what

### What Danielle will do

- Take Kyle to breakfast club at Kirrowmere Lane Primary by 8.15am every school day; the breakfast club register will show him in on at least 9 days out of every 10.
- Keep Remi's appointment cards on the fridge and take her to every clinic and HV appointment from now until the review conference; the HV's record will show no missed appointments.

### What Danielle and the health visitor will do together

- Danielle and HV Kemi Rowe will go through Remi's weaning plan at home every two weeks until Remi is 12 months old; the HV will weigh Remi each time and plot her weight in the red book.

### What Femi will do

- Go to his key-work session at Kirrowmere Drug and Alcohol Service every Tuesday at 10am and give a saliva test at each one, so that he is clear-headed whenever he looks after Kyle and Remi; the service sends the test results to Owen each week.
- Not drive Kyle or Remi anywhere from now until the review conference; the school's collection log will show who collected Kyle each day and how they came.

### What Kirrowmere Drug and Alcohol Service will do

- Tunde Kaye, Femi's keyworker (or the duty worker, Lorna Pike, when Tunde is away), will see Femi every week, test him at each session and send Owen a written report before each core group on whether Femi is making the changes Kyle and Remi need and how long that is likely to take.

### What Nana Joy will do

- Have Kyle and Remi at her flat each Saturday from 8am to 5pm while Danielle is at work, and tick off each Saturday on the calendar that Owen looks at on his visits.

### What Kirrowmere Lane Primary will do

- Mrs Harpreet Kaur (DSL) will check Kyle is in class by 8.50am each morning and ring Danielle by 9.15am if he is not; the weekly attendance printout goes to Owen every Friday.
- Miss Anna Lyle, Kyle's class teacher, will give Kyle ten minutes with his worry book each Friday afternoon until the summer holidays; Kyle will tell his teacher one thing that went well at home that week and she will write it in the book.

### What the GP will do

- Dr Sunil Mehta at Kestrel Lane Surgery will see Femi by 30 May about his sleep and his cannabis use and write to Owen and Tunde about any treatment he starts.

### What the social worker will do

- Owen will visit at least every 10 working days from now until the review conference, one visit in three unannounced, see Kyle on his own and Remi awake, and write down what Kyle says in his own words in the visit record.
- Owen will finish the child and family assessment by half term (Friday 23 May) and share the report with Danielle, Femi and the core group.

## If things go wrong

- If Femi has a positive saliva test, misses two key-work sessions in a row, or anyone sees him under the influence while Kyle or Remi are with him, he will leave the house that day and stay at Bisi's, seeing the children only when Danielle or Joy is there, and Owen (or the emergency duty team out of hours) will hold a strategy discussion the same day.
- If Nana Joy cannot have the children on a Saturday because she is ill or away, she will tell Danielle and Owen by the Thursday. Danielle's manager at Kaymart has agreed she can swap to a weekday shift; if she cannot swap, Kyle and Remi will spend the day at Bisi's. Femi will not look after them on his own. If Joy falls ill on the day itself, Danielle will leave work and come home.
- If Femi has two positive tests before the review conference, drives the children after using drugs, or Kyle's attendance is under 90% at half term, Owen will ask his team manager for a legal planning meeting within 5 working days.

## Core group and review

- Core group every 4 weeks at Kirrowmere Lane Primary, 3.30pm: Wednesday 21 May, Wednesday 18 June and Wednesday 16 July 2025.
- Review child protection conference: Wednesday 30 July 2025, 10am, Kirrowmere Town Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Review conference record with a RAG-rated plan table; the plan is built
#    around the mother's own needs (pdf, header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b80_kestlebury_rag_review_table_whitlock.pdf",
    "doc_title": "Review Child Protection Conference - Plan and Progress - Tayla and Mason Whitlock",
    "split": "heldout",
    "actions": 10,
    "template": "rcpc-record-paged-attendance-progress-decision-outcomes-then-no-action-lead-timescale-evidence-rag-table-header-footer",
    "description": (
        "First review conference record for a 9-year-old and a 4-year-old (mother's drinking since a "
        "bereavement). The updated plan is a No. | Action | Lead | Timescale | Evidence of progress | "
        "RAG table. Seven of the ten rows are about Lisa's own drinking, health, debts, housing and "
        "grief with no link to the children (F001), and neither the alcohol service nor the GP owns "
        "an action (F004). Faults: 'Continue to engage' measured by 'Engagement with the service' "
        "(M002), 'ASAP', 'Review as needed' and 'When she is ready' (T002), a blank evidence cell "
        "(M001), a passive housing row with no lead (W001), a '-' timescale (T001), no record of what the children think "
        "or feel (F003), a contingency that only reviews 'further concerns' (C002) and no legal step "
        "(R002). Header and page footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE – Kestlebury Council – Child Protection Conference Service",
    "footer": "RCPC record – Whitlock – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Conference"),
        ("p", "Record of decisions and updated child protection plan"),
        ("kv", [
            ("Children", "Tayla Whitlock (9), Year 4, Kestlebury Park Primary; Mason Whitlock (4), "
                         "Kestlebury Rainbow Nursery (mornings)"),
            ("Mother", "Lisa Whitlock (35), 27 Kenmoor Close, Kestlebury"),
            ("Father", "Gary Whitlock (38), lives in Kilvane Lane, Kestlebury; sees the children at his "
                       "flat every other Sunday"),
            ("Conference", "First review, Thursday 12/06/2025, 1.30pm, Kestlebury Council House"),
            ("Initial conference", "Thursday 13/03/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Gemma Rourke, Kestlebury Children's Safeguarding Team 2"),
            ("Chair", "Anil Deshmukh, Conference Chair"),
        ]),
        ("h2", "Attendance"),
        ("p", "Lisa Whitlock; Gemma Rourke (SW); Nadia Patel (family support worker, Kestlebury Family "
              "Hub); Mrs Fran Oduya (DSL, Kestlebury Park Primary); Jo Fenn (manager, Kestlebury Rainbow "
              "Nursery); Lucy Baines (school nurse). Apologies: Gary Whitlock; Kestlebury Alcohol Service "
              "(no report received); Dr Omar Qureshi, GP (report received)."),
        ("h2", "Progress since the initial conference"),
        ("p", "Lisa's mother died in October 2024 and Lisa's drinking increased after that. At the "
              "initial conference she said she was drinking two bottles of wine most evenings. She has "
              "been to 5 of the 12 appointments offered by the Kestlebury Alcohol Service and told "
              "conference she is now drinking \"one bottle, sometimes less\". On 2 May a neighbour "
              "called the police at 7pm when Lisa was found asleep on the front step; Tayla and Mason "
              "were in the house. The GP's report says Lisa's liver tests in February were raised and "
              "that she has been prescribed nothing for her low mood because she has not attended a "
              "review."),
        ("p", "Tayla's attendance this term is 88% and she has been late 11 times. Mason has missed 14 "
              "of his 55 nursery sessions. Rent arrears are now £1,240 and Kestlebury Homes has served a "
              "notice. Nadia has started helping Lisa with a budget. The SW has visited weekly and on "
              "two visits found little food in the house and empty bottles in the kitchen bin."),
        ("h2", "Decision"),
        ("p", "Conference agreed that Tayla and Mason continue to be at risk of significant harm and that "
              "they remain subject to a child protection plan under the category of neglect."),
        ("h2", "What needs to be different for Tayla and Mason"),
        ("bullets", [
            "Tayla and Mason are looked after by a parent who is sober whenever she is caring for them.",
            "Tayla gets to school on time every day and Mason goes to every nursery session he is booked "
            "for, clean and having had breakfast.",
            "There is food in the house for Tayla and Mason every day.",
        ]),
        ("h2", "Updated plan and progress rating"),
        ("p", "RAG rating at this review: Red – not started or no progress; Amber – started, some "
              "progress; Green – on track."),
        ("table", {
            "header": ["No.", "Action", "Lead", "Timescale", "Evidence of progress", "RAG"],
            "widths": [1.0, 4.8, 3.1, 3.0, 3.3, 1.8],
            "rows": [
                ["1", "Lisa to continue to engage with Kestlebury Alcohol Service",
                 "Lisa Whitlock", "Weekly appointments", "Engagement with the service", "Amber"],
                ["2", "Lisa to see her GP for a liver function test and a review of her sleep",
                 "Lisa Whitlock", "By 30/06/2025", "Blood test result letter on file", "Red"],
                ["3", "Support Lisa with her debts and rent arrears",
                 "FSW Nadia Patel, Kestlebury Family Hub", "ASAP",
                 "Payment plan agreed in writing with Kestlebury Homes", "Amber"],
                ["4", "Lisa to attend the women's confidence group at the Family Hub",
                 "Lisa Whitlock", "Tuesdays, from 17/06/2025", "", "Red"],
                ["5", "Lisa's application for a housing transfer to be progressed",
                 "", "By the next core group (03/07/2025)",
                 "Offer of a two-bedroom flat in writing", "Red"],
                ["6", "Visit the home, see Tayla and Mason, and check the kitchen for food and alcohol",
                 "SW Gemma Rourke", "Weekly, and at least one visit in three unannounced",
                 "Visit record notes the food in the cupboards and any alcohol seen", "Green"],
                ["7", "Send Tayla's attendance and punctuality to the SW",
                 "Mrs Fran Oduya, DSL, Kestlebury Park Primary", "Every Friday",
                 "Attendance at 95% or above on the weekly printout", "Green"],
                ["8", "Lisa to keep a drink diary and show it to the SW",
                 "Lisa Whitlock", "Review as needed", "Drink diary seen by the SW", "Amber"],
                ["9", "Record Mason's attendance and how he presents when he arrives at nursery",
                 "Jo Fenn, manager, Kestlebury Rainbow Nursery", "-",
                 "Nursery register and arrival notes emailed to the SW", "Amber"],
                ["10", "Lisa to attend bereavement counselling with Kestlebury Bereavement Support",
                 "Lisa Whitlock", "When she is ready",
                 "Attends 6 of 6 sessions (letter from the service)", "Red"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If there are further concerns about Lisa's drinking, the core group will meet to review "
              "the plan and consider what else can be put in place."),
        ("h2", "Core group and next review"),
        ("p", "Core group every 3 weeks at Kestlebury Family Hub, 10am: Thursday 03/07/2025, Thursday "
              "24/07/2025 and Thursday 14/08/2025. Next review child protection conference: Thursday "
              "11/09/2025, 1.30pm, Kestlebury Council House."),
        ("p", "Record approved by the chair, Anil Deshmukh, on 16/06/2025 and sent to Lisa, Gary and all "
              "agencies."),
    ],
    "findings": [
        F("M002", "Lisa to continue to engage with Kestlebury Alcohol Service"),
        F("T002", "Support Lisa with her debts and rent arrears"),
        F("M001", "Lisa to attend the women's confidence group"),
        F("W001", "Lisa's application for a housing transfer to be progressed"),
        F("T002", "Lisa to keep a drink diary and show it"),
        F("T001", "Record Mason's attendance and how he presents when"),
        F("T002", "Lisa to attend bereavement counselling with Kestlebury"),
        F("F001"),
        F("F003"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Signs of Safety plan written with the family in their own voice: "we"
#    means the two parents, the network and the professionals each have a
#    numbered part (txt, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b80_kindlewick_signs_of_safety_family_plan_nowak.txt",
    "split": "heldout",
    "actions": 11,
    "template": "signs-of-safety-family-voice-txt-upper-case-headings-danger-statement-working-well-scaling-safety-goals-numbered-who-does-what-we-means-both-parents",
    "description": (
        "Signs of Safety child protection plan for an 8-year-old and a 2-year-old, written with the "
        "parents in their own voice after the initial conference (mother's depression and daytime "
        "drowsiness from her tablets; the toddler found alone in the street). 'We' is defined as the "
        "two parents and owns three actions; the grandmother, uncle, school, HV, GP, CMHT and SW own "
        "the rest. Timescales as 'within 10 working days of today', 'every weekday from 11am to 3pm "
        "from now until the review conference', 'each Saturday', 'every Friday', 'until the summer "
        "holidays'; measures as things seen, ticked or said ('Zofia will tell her teacher...'). The "
        "CMHT reports on capacity to change, the network's care has a fallback, dates and legal step "
        "set. Exemplary."
    ),
    "text": """\
KINDLEWICK COUNCIL - CHILDREN'S SERVICES
SIGNS OF SAFETY CHILD PROTECTION PLAN

Children ........ Zofia NOWAK (8), Year 3, Kindlewick Brook Primary
                  Leo NOWAK (2), at home
Parents ......... Agata NOWAK (31) and Tomasz NOWAK (34)
Address ......... 12 Kestrel Mews, Kindlewick
Conference ...... Initial child protection conference, Tuesday 10/06/2025
Category ........ Neglect
Social worker ... Rhian Corby, Kindlewick Family Safeguarding Team
Chair ........... Graham Ostrowski

This plan was written by us, Agata and Tomasz Nowak, with our social
worker Rhian, the day after the conference. Where it says "we" below, it
means the two of us. Everyone named in it has seen it and agreed their
part.

--------------------------------------------------------------------------
WHAT HAPPENED (WHAT EVERYONE IS WORRIED ABOUT)
--------------------------------------------------------------------------
Agata has had depression since Leo was born and has been seen by the
Kindlewick Community Mental Health Team since March. Her tablets make her
very sleepy in the middle of the day. On 21 May a neighbour found Leo,
in just his nappy, on the pavement outside our house at about 11.30am.
Agata was asleep upstairs and Tomasz was at work. Zofia has missed 19
days of school this year, mostly when Agata could not get up in the
morning, and on two of Rhian's visits there was very little food in the
house. The worry is that if nothing changes Leo could be badly hurt when
he is left without an adult awake to watch him, and that Zofia will
keep missing school and keep worrying about her mum.

--------------------------------------------------------------------------
WHAT IS WORKING WELL
--------------------------------------------------------------------------
- We love Zofia and Leo and we both came to the conference.
- Agata has been to every CMHT appointment since March.
- Babcia Halina (Agata's mum) lives five minutes away and has offered
  to come every weekday. Uncle Piotr (Tomasz's brother) has offered
  Saturdays.
- Tomasz has asked his manager at Kindlewick Distribution for a fixed
  day shift, 6am to 2pm, and it starts on 16 June.

--------------------------------------------------------------------------
WHAT ZOFIA SAYS AND WHAT LEO'S DAYS ARE LIKE
--------------------------------------------------------------------------
Zofia (with Rhian at school, 3 June, using the three houses):
  House of worries: "When Mama is asleep in the day I have to watch Leo
  and he cries and I can't make him stop." "Sometimes there's only
  cereal."
  House of good things: "Babcia makes pierogi. Tata takes us to the
  park on Sundays."
  House of dreams: "Mama is awake and happy and takes me to school and
  Leo goes to nursery like my friend's brother."
Zofia wants to be at school "every day, even Mondays", and does not want
Leo "to go in the road again".

Leo is not yet talking much; Rhian and Nia (health visitor) have seen
him on three visits. He is a busy, climbing toddler who runs to the
front door whenever anyone arrives. He goes straight to Babcia Halina
for a cuddle and to Zofia when he falls over. On 28 May he was still in
his pyjamas at 1pm and had not had lunch.

--------------------------------------------------------------------------
SAFETY GOALS - WHAT EVERYONE WANTS FOR ZOFIA AND LEO
--------------------------------------------------------------------------
1. Leo always has an adult who is awake and watching him, and he can
   never get out of the house or garden on his own.
2. Zofia is in school every day on time, and she does not have to look
   after Leo.
3. Zofia and Leo have three meals a day, every day.
4. Leo goes to nursery and his talking is checked.

--------------------------------------------------------------------------
SCALING
--------------------------------------------------------------------------
0 = Leo and Zofia are not safe and must live somewhere else.
10 = Everyone is sure Leo and Zofia are safe enough for the plan to end.
Agata 5, Tomasz 6, Babcia Halina 7, Rhian 3, Nia 4, school 4.

--------------------------------------------------------------------------
OUR PLAN - WHO WILL DO WHAT
--------------------------------------------------------------------------
1. We will put a bolt at the top of the front door and a latch on the
   side gate that Leo cannot reach within 10 working days of today (by
   24/06/2025); Rhian will check at her next visit that both are fitted
   and working.

2. We will get Zofia to Kindlewick Brook Primary by 8.45am every school
   day until the summer holidays (Friday 18 July); the school register
   will show her in on time on at least 9 days out of every 10.

3. We will do a food shop every Friday with the list we write together
   on Thursday night; Rhian will see food in the cupboards and the
   fridge on every visit.

4. Babcia Halina will be at our house every weekday from 11am to 3pm,
   when Agata's tablets make her sleepy, from now until the review
   conference; she ticks each day on the kitchen calendar and Rhian
   looks at it on every visit.

5. Uncle Piotr will have Zofia and Leo at his flat each Saturday from
   9am to 1pm so that Agata can rest; he marks the calendar too, and
   Zofia will tell Rhian what they did.

6. Agata and Nia (health visitor) together will fill in the form for
   Leo's funded two-year-old place at Kindlewick Little Steps Nursery by
   Friday 27/06/2025; the nursery will write to Rhian with Leo's start
   date.

7. Kemal Arslan, Agata's care coordinator at Kindlewick Community Mental
   Health Team, will see Agata every two weeks and, before each core
   group, send Rhian a written report on how Agata's depression affects
   her care of Leo and Zofia, whether she is making the changes needed
   and how long that is likely to take.

8. Dr Imogen Pell at Kindlewick Green Surgery will review Agata's
   tablets by 27/06/2025, to see whether a different tablet or time of
   day would leave her less sleepy while she is looking after Leo, and
   will write to Rhian and Kemal with what she decides.

9. Rhian Corby (social worker) will visit every week from now until
   the review conference, at least one visit in three unannounced, see
   Zofia on her own and Leo awake, and write down in the visit record
   what Zofia says in her own words.

10. Nia Haworth (health visitor) will see Leo at home every four weeks
    until the review conference, weigh him and check his talking with
    an ASQ-3, and put the results in his red book and send them to
    Rhian.

11. Mrs Okonjo, Zofia's class teacher, will have a five-minute check-in
    with Zofia each Monday morning until the summer holidays; Zofia will
    tell her teacher whether the weekend was OK and who looked after
    her, and Mrs Okonjo writes it in the check-in book she gives to the
    DSL every Friday.

--------------------------------------------------------------------------
IF THE PLAN IS NOT WORKING
--------------------------------------------------------------------------
- If Leo gets out of the house or garden on his own, or Halina arrives
  and finds Leo awake with nobody watching him, or Agata tells anyone
  she cannot keep herself or the children safe: Halina takes Zofia and
  Leo to her flat at 3 Kiln Court, Tomasz comes home from work, Rhian
  (or the emergency duty team out of hours) holds a strategy discussion
  the same day, and Kemal asks the crisis team to see Agata that day.
- If Halina cannot come on a weekday because she is ill or away, she
  tells us and Rhian as soon as she knows. Tomasz takes that day as
  carer's leave (his manager has agreed this). If he cannot, Piotr's
  partner Marta has Leo at her house from 11am to 3pm. If neither can,
  Rhian arranges a registered childminder for those hours that day.
- If Piotr cannot have the children on a Saturday, Halina has them
  instead; if she cannot either, Tomasz stays at home with them and
  Agata rests upstairs.
- If Leo is found alone again, if the bolt and latch are not fitted by
  24/06/2025, or if Zofia's attendance is under 90% at the summer
  holidays, Rhian will ask her team manager for a legal planning
  meeting within 5 working days.

--------------------------------------------------------------------------
MEETINGS
--------------------------------------------------------------------------
Core group ........ every 4 weeks, 1pm, Kindlewick Family Centre:
                    Tuesday 24/06/2025, Tuesday 22/07/2025,
                    Tuesday 19/08/2025
Review conference . Tuesday 02/09/2025, 10am, Kindlewick Council
                    Offices
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Same per-person layout as plan 2 but with real gaps: no outcomes, no
#    contingency, a CMHT that only supports, a transfer that stalls (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b80_krayfield_per_person_headings_dunmore.docx",
    "doc_title": "Child Protection Plan - Ellie and Jack Dunmore",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-plan-docx-who-will-do-what-heading-3-per-person-sections-list-bullets-owner-from-heading-what-everyone-will-do-other-actions",
    "description": (
        "Initial conference plan for a 6-year-old and a 3-year-old whose father took an overdose while "
        "caring for Jack; the family plan to move to Kolmworth. Actions are List Bullet paragraphs "
        "under per-person Heading 3s, looking like plan 2 of this batch. Good bullets beside them: "
        "'Kerry and the HV together ... by half term (Friday 23 May)', 'on the mornings Kerry starts "
        "work at 6am', 'every week until the transfer-in conference'. Faults: 'continue to engage "
        "... ongoing' with no measure (T002, M001), 'keep an eye on' (M002), a dentist bullet with no "
        "time (T001), the CMHT only supporting (H001), 'wellbeing will be monitored' (M002), the "
        "parenting assessment left for the receiving authority (X001), 'What everyone will do' "
        "(W002), a passive referral with a date but no owner (W001), no outcome for the children "
        "(O001) and no contingency (C001)."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Krayfield Borough Council – Children's Services – Safeguarding and Assessment Team"),
        ("kv", [
            ("Children", "Ellie Dunmore (6), Year 1, Krayfield Infant School; Jack Dunmore (3), at home"),
            ("Parents", "Lee Dunmore (36) and Kerry Dunmore (33), 8 Kemperley Road, Krayfield"),
            ("Conference", "Initial child protection conference, Thursday 15/05/2025, Krayfield Civic "
                           "Offices"),
            ("Category", "Neglect"),
            ("Social worker", "Rachel Onions"),
            ("Chair", "David Mbeki"),
        ]),
        ("h2", "Why there is a plan"),
        ("p", "Lee has depression and has been under the Krayfield Community Mental Health Team since "
              "January; he takes sertraline. On 28 March he took an overdose of his tablets at about 11am "
              "while he was looking after Jack on his own. Kerry found him drowsy on the sofa when she got "
              "home from work at 2.30pm; Jack had been alone with him for more than three hours, had "
              "taken food from the fridge and had a wet nappy that had leaked through his clothes. Lee "
              "was in Krayfield General Hospital for two days. Kerry works 6am to 2pm on Mondays, "
              "Tuesdays and Wednesdays, so Lee does the school run and looks after Jack on those days."),
        ("p", "Ellie has been late to school 9 times this term and has twice come in without her "
              "reading book or PE kit. Jack has about 20 words and has not been seen by a dentist. The "
              "family have said they plan to move to Kolmworth in the summer to be near Kerry's parents."),
        ("h2", "What Ellie and Jack have told us"),
        ("p", "Ellie (seen at school by Rachel on 8 May): \"Daddy was poorly and went in the ambulance. "
              "I was scared he was going to die.\" She said Daddy is \"sad a lot and stays in bed\" and "
              "that she likes it when he plays Lego with her. She wants to \"help Daddy be happy\" and "
              "does not like being late \"because Miss says sorry we started without you\"."),
        ("p", "Jack was seen at home on 2 and 9 May. He brought Rachel his toy cars and said \"Daddy "
              "sleep\" when she asked where Daddy was. He stayed close to Kerry and climbed on her lap "
              "when Lee came into the room."),
        ("h2", "The plan – who will do what"),
        ("h3", "What Lee will do"),
        ("bullets", [
            "Continue to engage with his care coordinator at Krayfield CMHT – ongoing.",
            "Take Ellie to school on the mornings Kerry starts work at 6am (Monday to Wednesday); the "
            "school late book will show Ellie in by 8.50am on those days.",
            "Take his sertraline every day as prescribed; Krayfield Medical Centre will confirm to the SW "
            "each month that his repeat prescription has been collected.",
        ]),
        ("h3", "What Kerry will do"),
        ("bullets", [
            "Kerry and the HV (Sian Pugh) together will take Jack to the speech and language drop-in at "
            "Krayfield Children's Centre by half term (Friday 23 May); the speech therapist will give "
            "them a written plan, copied to the SW.",
            "Keep an eye on Lee's mood on the afternoons he looks after Jack.",
            "Register Jack with a dentist and take him for his first check-up; the dental card will show "
            "he has been seen.",
        ]),
        ("h3", "What Krayfield CMHT will do"),
        ("bullets", [
            "Sam Okoye, Lee's care coordinator, will carry on seeing Lee every two weeks to support him "
            "with his low mood and check how his medication is working; contact notes will be shared "
            "with the SW each month.",
        ]),
        ("h3", "What Krayfield Infant School will do"),
        ("bullets", [
            "Mrs Nasreen Begum (DSL) will email Ellie's attendance to the SW every Friday; the printout "
            "will show whether Ellie was in by 8.50am each day.",
            "Ellie's class teacher will check in with her each Monday morning and her wellbeing will be "
            "monitored.",
        ]),
        ("h3", "What the social worker will do"),
        ("bullets", [
            "Rachel will visit every week until the transfer-in conference in Kolmworth, see Ellie on "
            "her own and Jack awake, and write down what Ellie says in the visit notes.",
            "The parenting assessment of Lee and Kerry will be left for Kolmworth Children's Services "
            "to complete once the case has transferred; the report will go to the core group.",
        ]),
        ("h3", "What everyone will do"),
        ("bullets", [
            "Tell the SW the same day about any worry about Ellie or Jack; each worry will be written "
            "on the children's file.",
        ]),
        ("h3", "Other actions"),
        ("bullets", [
            "Referral for Jack's funded nursery place at Krayfield Little Stars to be made by "
            "30/05/2025; the nursery will confirm the place in writing.",
        ]),
        ("h2", "Core group and review"),
        ("p", "Core group every 3 weeks at Krayfield Infant School, 9.30am: Thursday 29/05/2025, Thursday "
              "19/06/2025 and Thursday 10/07/2025. Review child protection conference: Thursday "
              "07/08/2025, 10am, Krayfield Civic Offices."),
        ("p", "If the core group finds at the review conference that not enough has changed for Ellie "
              "and Jack, Rachel will ask her team manager for a legal planning meeting."),
    ],
    "findings": [
        F("T002", "Continue to engage with his care coordinator at Krayfield CMHT"),
        F("M001", "Continue to engage with his care coordinator at Krayfield CMHT"),
        F("M002", "Keep an eye on Lee's mood on the afternoons"),
        F("T001", "Register Jack with a dentist and take him for"),
        F("H001", "will carry on seeing Lee every two weeks to support"),
        F("M002", "check in with her each Monday morning and her wellbeing"),
        F("X001", "The parenting assessment of Lee and Kerry will be left"),
        F("W002", "Tell the SW the same day about any worry"),
        F("W001", "Referral for Jack's funded nursery place at Krayfield Little"),
        F("O001"),
        F("C001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Looked-after baby's care plan and child protection plan while he is on
#    the children's ward; nobody is set to visit him (pdf, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b80_kethersby_lac_care_plan_in_hospital_ferris.pdf",
    "doc_title": "Care Plan and Child Protection Plan - Kai Ferris",
    "split": "heldout",
    "actions": 10,
    "template": "lac-care-plan-and-cp-plan-paged-legal-status-placement-kv-then-area-action-responsible-timescale-measure-of-success-table-header-footer",
    "description": (
        "Care plan and child protection plan for a 6-week-old accommodated under section 20 and now on "
        "the children's ward with bronchiolitis; his mother is on a methadone script and has moved to "
        "Kolmworth. Area | Action | Responsible | Timescale | Measure of success table. The SW phones "
        "the ward weekly and the foster carer visits 'as often as she can', so nobody is set to visit "
        "Kai at a stated frequency (L001). The drug service reports on change. Faults: 'As often as "
        "she can' and 'Ongoing' (T002), an initial health assessment with no output (M001), "
        "'Monitored' (M002), a passive placement row with no one responsible (W001), the parenting "
        "assessment put on hold until the case transfers (X001), a contingency that only discusses "
        "'further concerns' (C002) and no legal step (R002). Header and page footer on every page."
    ),
    "header": "Kethersby County Council – Children in Care Service – OFFICIAL-SENSITIVE",
    "footer": "Kai Ferris – care plan and CP plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Care Plan and Child Protection Plan"),
        ("kv", [
            ("Child", "Kai Ferris, born 28/04/2025 at 36 weeks (6 weeks old)"),
            ("Legal status", "Looked after, accommodated under section 20 of the Children Act 1989 since "
                             "20/05/2025 with his mother's agreement"),
            ("Placement", "Foster carer Maureen Tull, Kethersby (Kethersby County Council foster carer)"),
            ("Where Kai is now", "Kingfisher Ward (children's ward), Kethersby General Hospital, since "
                                 "09/06/2025"),
            ("Mother", "Shannon Ferris (20). Moved on 01/06/2025 to her partner's flat in Kolmworth."),
            ("Father", "Not named on the birth certificate; Shannon has not said who he is."),
            ("Conference", "Initial child protection conference, Thursday 12/06/2025, Kethersby County Hall"),
            ("Category", "Neglect"),
            ("Social worker", "Holly Brennan, Kethersby Children in Care Team 1"),
            ("IRO and chair", "Martin Sole"),
        ]),
        ("h1", "Why Kai is looked after and has a child protection plan"),
        ("p", "Shannon used heroin for two years before and during her pregnancy and started a methadone "
              "script with the Kethersby Drug and Alcohol Service at 20 weeks. Kai was born early and "
              "needed treatment for withdrawal for 12 days on the neonatal unit. On 19 May, the day "
              "before he was due to go home, Shannon was found by nurses asleep on the parents' room "
              "bed with Kai beside her and a screen that day was positive for heroin. Shannon agreed to "
              "Kai going to a foster carer from the unit. He went to Maureen Tull on 20 May."),
        ("p", "On 9 June Maureen took Kai to the GP with a cough and fast breathing and he was admitted "
              "to Kingfisher Ward with bronchiolitis. He needs oxygen and is fed through a tube. The "
              "ward expect him to stay for at least another week."),
        ("h1", "Kai's days"),
        ("p", "Kai cannot tell us what he feels, so this is what Maureen and the nurses have seen. At "
              "Maureen's he settled into a routine of feeds every three hours and slept well in his "
              "Moses basket. On the ward he is unsettled at night and has a high-pitched cry when he is "
              "handled for his obs. He calms when he is held upright and rocked, and the nurses say he "
              "quietens when he hears Maureen's voice. Maureen visited on 10 and 11 June. Shannon "
              "visited once, on 11 June, for about 20 minutes."),
        ("h1", "What we want for Kai"),
        ("bullets", [
            "Kai gets better, comes off oxygen and goes home from hospital to Maureen.",
            "Kai is fed on time, gains weight and is back on his centile by his 8-week check.",
            "Kai has regular, safe time with his mum, with someone there to help her.",
            "Kai has a permanent home, with his mum or elsewhere, decided without delay.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Area", "Action", "Responsible", "Timescale", "Measure of success"],
            "widths": [2.6, 5.0, 3.3, 2.9, 3.2],
            "rows": [
                ["Health", "Phone the ward for an update on Kai's treatment and the discharge plan",
                 "SW Holly Brennan", "Weekly, every Monday",
                 "Update written on Kai's file after each call"],
                ["Health", "Visit Kai on Kingfisher Ward, feed him and give him cuddles",
                 "Maureen Tull, foster carer", "As often as she can", "Ward visitors' book"],
                ["Health", "Initial health assessment for Kai as a looked-after child",
                 "LAC nurse Bola Ade", "By 27/06/2025", ""],
                ["Health", "Review Kai's weight and feeding plan with the ward dietitian before he "
                           "goes home",
                 "Ward dietitian, Kethersby General Hospital", "Before discharge", "Monitored"],
                ["Placement", "Kai's place with Maureen to be confirmed for when he leaves hospital",
                 "", "Before discharge", "Placement plan signed by Maureen and the SW"],
                ["Placement", "Register Kai with Kethersby Green Surgery, Maureen's GP",
                 "SW Holly Brennan", "Before discharge",
                 "Registration confirmed in writing by the surgery"],
                ["Family time", "Arrange supervised contact for Shannon and Kai at Kethersby Family "
                                "Centre for after discharge",
                 "SW Holly Brennan", "Before discharge",
                 "Contact timetable sent to Shannon and Maureen"],
                ["Shannon", "Shannon to continue her methadone script and key-work",
                 "Shannon Ferris", "Ongoing", "Negative urine screens"],
                ["Shannon", "Weekly urine screens for Shannon, and a written report on whether she is "
                            "staying off heroin and what that means for her care of Kai",
                 "Dee Ansah, keyworker, Kethersby Drug and Alcohol Service",
                 "Weekly; report before the core group on 26/06/2025",
                 "Screen results and report sent to the SW"],
                ["Permanence", "Parenting assessment of Shannon to be put on hold until the case "
                               "transfers to Kolmworth",
                 "Kolmworth Children's Services", "After the transfer", "Assessment report"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If there are any further concerns about Kai's health or about Shannon's drug use, the SW "
              "will discuss them with her manager and the plan will be reviewed."),
        ("h1", "Meetings"),
        ("bullets", [
            "First looked-after child review (IRO Martin Sole): Tuesday 17/06/2025.",
            "Core group every 4 weeks: Thursday 26/06/2025, Thursday 24/07/2025 and Thursday 21/08/2025, "
            "Kethersby Family Centre, 2pm.",
            "Review child protection conference: Thursday 04/09/2025, 10am, Kethersby County Hall.",
        ]),
        ("p", "Plan written by Holly Brennan (SW) and agreed by the IRO on 13/06/2025."),
    ],
    "findings": [
        F("T002", "Visit Kai on Kingfisher Ward, feed him and give"),
        F("M001", "Initial health assessment for Kai as a looked-after child"),
        F("M002", "Review Kai's weight and feeding plan with the ward dietitian"),
        F("W001", "Kai's place with Maureen to be confirmed for when"),
        F("T002", "Shannon to continue her methadone script and"),
        F("X001", "Parenting assessment of Shannon to be put on hold"),
        F("L001"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Signs of Safety network plan: grid of worries and strengths, safety
#    goals, scaling, then a "Next steps" table that leans on the
#    grandparents, with collective owners and a vague contingency (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b80_korrowdale_signs_of_safety_network_plan_baird.md",
    "split": "heldout",
    "actions": 10,
    "template": "signs-of-safety-md-danger-statement-worries-working-well-grid-safety-goals-scaling-three-houses-then-next-steps-what-who-when-how-we-will-know-table",
    "description": (
        "Signs of Safety child protection plan for a 10-year-old and a 4-year-old after their father hit "
        "the older boy with a belt; the father lives with his parents, who supervise his contact. The "
        "worries / working-well grid is not an action table. Good rows: the grandparents' named "
        "contact times, 'Thursday evenings for 17 weeks', 'Alfie will tell his teacher one good thing "
        "and one worry'. Faults: 'Family network' and 'Everyone in the network' as owners (W002 x2), "
        "'Keep an eye on her' as the only measure (M002), 'Review as needed' (T002), a blank when "
        "(T001), a safety goal about the father only (F002), a contingency that only meets to talk "
        "about 'further worries' (C002) and nothing about the grandparents being unable to supervise "
        "(C003). No drug, alcohol or mental health concerns are recorded (negated)."
    ),
    "text": """\
# Korrowdale Council – Signs of Safety Child Protection Plan

**Children:** Alfie Baird (10), Year 5, Korrowdale Primary; Ruby Baird (4), Korrowdale Little Owls Nursery (Monday and Thursday)
**Mum:** Leanne Baird (32) – the children live with her at 54 Kelverley Street, Korrowdale
**Dad:** Darren Baird (35) – living with his parents, Pauline and Dennis Baird, at 9 Kirbeck Row, Korrowdale, since 18 May
**Conference:** Initial child protection conference, Monday 2 June 2025
**Category:** Physical abuse
**Social worker:** Imani Clarke, Korrowdale Safeguarding and Family Support Team
**Chair:** Robert Ainsley

## Danger statement

On 17 May Darren hit Alfie with a belt after Alfie broke the television remote, leaving three
long bruises on the back of his legs. Alfie showed his teacher on 19 May. Ruby was in the room.
Everyone is worried that if Darren loses his temper again Alfie or Ruby could be hurt, and that
Alfie will stop telling adults what happens at home. There are no concerns about alcohol or drug
use, and neither parent has a history of mental health difficulties.

## What we are worried about and what is working well

| What are we worried about? | What's working well? |
|---|---|
| Darren says he was "smacked with a belt as a kid and turned out fine". | Darren moved out to his parents' the day after the police visit, without being asked twice. |
| Alfie has said Dad "loses it" about once a month and Ruby hides when he shouts. | Leanne has been open with Imani and the school about what happened. |
| Leanne told police she has "seen him go for Alfie before". | Pauline and Dennis have supervised every contact since 18 May. |

## Safety goals

- Alfie and Ruby are never hit or hurt by an adult at home, and Alfie tells us he feels safe with his dad.
- Alfie and Ruby see their dad every week in a way that is safe and planned.
- Darren will learn to manage his anger.

## Scaling

On a scale where 0 means the children are not safe with Dad at all and 10 means everyone is
sure they are safe enough for the plan to end: Leanne 6, Darren 8, Pauline 6, Dennis 5,
school 4, Imani 3.

## What Alfie and Ruby say

Alfie (three houses, with Imani at school on 27 May): in his house of worries he wrote "Dad's
belt" and "when Dad shouts at Ruby". In his house of good things: "Xbox with Dad, Grandad's
allotment". In his house of dreams: "Dad lives at home again and never does the belt". He said
he likes seeing Dad at Nan's "because Nan's there". He has been having nightmares and wetting
the bed since May.

Ruby (at nursery, with her key person): she drew "Daddy shouting" with a big mouth. She told
her key person she likes "Nanny's biscuits" and wants to "go to Daddy's party".

## Next steps – who will do what

| What needs to happen | Who | When | How we'll know |
|---|---|---|---|
| Supervise every contact between Darren and the children at Pauline and Dennis's house | Pauline Baird (paternal grandmother) | Every Wednesday 4–6pm and every Sunday 10am–12pm | Pauline fills in a contact sheet after each contact; the SW reads them at her visits |
| Make sure Darren is never alone with Alfie or Ruby | Family network | From now until the review | Contact sheets, and what Alfie tells the SW when he is seen on his own |
| Drive the children to and from contact and stay in the house for the whole visit | Dennis Baird (paternal grandfather) | Every contact | Dennis signs the contact sheet with Pauline |
| Go to the Korrowdale Safe Dads programme and do the homework on how children feel when they are hit | Darren Baird | Thursday evenings for 17 weeks from 12/06/2025 | Attendance record, and the facilitator's end-of-programme report to the SW |
| Check in with Alfie about his weekend | Mr Tom Kane, Alfie's class teacher | Every Monday morning in term time until the summer holidays | Alfie will tell his teacher one good thing and one worry from the weekend; Mr Kane writes them in the check-in log |
| Look out for how Ruby is when she arrives at nursery after contact | Shona Pratt, Ruby's key person, Korrowdale Little Owls Nursery | Each Monday and Thursday session | Keep an eye on her |
| Safety planning with Leanne and Alfie: who to ring and where to go if Darren comes to the house | SW Imani Clarke | Review as needed | Written safety plan, with a copy in Alfie's school bag |
| Words and pictures explanation for Alfie and Ruby of why Dad is living at Nan and Grandad's | SW Imani Clarke | | Alfie can tell the SW in his own words why Dad lives at Nan's |
| Network meeting to check the safety plan is working | Everyone in the network | Every 6 weeks | Notes of each network meeting sent to the SW |
| Referral to Korrowdale CAMHS for Alfie's nightmares and bedwetting | SW Imani Clarke | By 20/06/2025 | Referral accepted letter on file |

## If the safety plan isn't working

If the safety plan is not followed, or there are any further worries about the children, the
network will meet to talk about what needs to happen next.

## Meetings

- Core group every 4 weeks at Korrowdale Primary, 3.30pm: Monday 16 June, Monday 14 July and Monday 11 August 2025.
- Review child protection conference: Monday 1 September 2025, 10am, Korrowdale Town Hall.
- If there has not been enough progress by the review conference, Imani will ask her manager for a legal planning meeting.
""",
    "findings": [
        F("W002", "Make sure Darren is never alone with Alfie or Ruby"),
        F("M002", "Look out for how Ruby is when she arrives"),
        F("T002", "Safety planning with Leanne and Alfie: who to ring"),
        F("T001", "Words and pictures explanation for Alfie and Ruby"),
        F("W002", "Network meeting to check the safety plan is working"),
        F("F002", "Darren will learn to manage his anger."),
        F("C002"),
        F("C003"),
    ],
})
