"""Batch 35, module 2: seven fictional plans (tuning material), places beginning with "w".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: measures, owners and timescales written in unusual places: a progress
tracker with a RAG column first and an "Evidence of progress" column as the
measure; a live plan with dated progress notes under every action; a
case-system export with one field line per item and a repeated page header and
footer; a child-friendly plan for a 7-year-old in short sentences; an
exploitation plan for a 15-year-old with bracketed [Lead:] [When:] [Evidence:]
fields; a looked-after baby on a neonatal unit with a visiting schedule and a
parents' contact timetable; and a core group plan whose first column is the
timescale, mixing "ASAP", "Ongoing", "As and when" and "TBC" with real dates
and "By next core group".
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Progress tracker: RAG column first, then the action, lead, target date
#    and a separate "Evidence of progress" column that carries the measure
#    (docx, landscape)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b35_wethercote_rag_first_evidence_of_progress_mensah.docx",
    "doc_title": "Child Protection Plan Progress Tracker - Kofi and Ama Mensah",
    "split": "tune",
    "template": "cp-plan-progress-tracker-docx-landscape-rag-first-column-then-no-action-lead-target-date-evidence-of-progress-columns-rag-key-paragraph",
    "description": (
        "Core group progress tracker for a 9-year-old and a 4-year-old (neglect: cluttered home, no beds, "
        "mother's anxiety, father's cannabis use). The RAG rating sits in the first column and the "
        "'Evidence of progress' column is the measure. Most rows are sound, but the talking-therapy row only "
        "supports the mother and is measured by 'engaging well', one evidence cell is only a progress note "
        "('Referral sent ... awaiting allocation'), two target dates are 'Ongoing' and 'TBC', one row is "
        "owned by 'Family network', one lead cell is a dash, and the review conference date is 'to be "
        "confirmed'."
    ),
    "landscape": True,
    "blocks": [
        ("title", "Child Protection Plan – Progress Tracker"),
        ("p", "Wethercote Metropolitan Borough Council · Children and Young People's Service · "
              "Locality Safeguarding Team (Haddon)"),
        ("kv", [
            ("Children", "Kofi Mensah, born 14/09/2015 (9), Year 4 at Haddon Street Primary; "
                         "Ama Mensah, born 30/01/2021 (4), Little Acorns Nursery"),
            ("Home", "112 Calder Row, Wethercote"),
            ("Parents", "Abena Mensah (mum) and Gavin Tull (Ama's dad, Kofi's stepdad), both at home"),
            ("Plan started", "Initial child protection conference, 22/05/2025 – category: neglect"),
            ("Tracker updated", "Core group 2, 24/06/2025 (updated in the meeting by the SW)"),
            ("Social worker", "Rhiannon Pike"),
            ("Team manager", "Martin Osei"),
        ]),
        ("h1", "Why Kofi and Ama have a plan"),
        ("p", "On an unannounced visit in April the SW found the hallway blocked with bags and boxes, both "
              "children's beds piled with clothes and the kitchen worktops covered so that there was nowhere to "
              "prepare food. Kofi had been sleeping on the sofa for some weeks and Ama in her parents' bed. "
              "Kofi's attendance had fallen to 81% and he was often late and hungry. Abena has anxiety and low "
              "mood, and is prescribed sertraline by her GP; she finds it hard to leave the house and to throw "
              "things away. Gavin smokes cannabis most evenings and has said he uses it \"to switch off\". Ama "
              "is not yet speaking in sentences."),
        ("p", "The family are warm with the children and both parents came to conference. Abena's aunt, "
              "Nana Efua, and her cousin Yaa live nearby and have offered help in the evenings."),
        ("h1", "Kofi and Ama – their words and their days"),
        ("p", "Kofi (seen alone at school, 03/06/2025 and 17/06/2025): \"I sleep on the sofa because my bed's "
              "got Mum's stuff on it. I don't mind but I can't get to sleep till everyone goes to bed.\" He said "
              "the best day is Wednesday \"because we go to Nana Efua's and she does jollof\". He would like a "
              "bedroom \"with nothing on the floor so I can do my Lego\"."),
        ("p", "Ama was seen at nursery and at home. Staff say she arrives hungry on Mondays and eats two "
              "breakfasts. At home she points and pulls adults by the hand rather than using words; she laughed "
              "and chatted in her own way with Gavin while he read to her."),
        ("h1", "Plan outcomes – what must be true for Kofi and Ama"),
        ("numbers", [
            "Kofi and Ama each sleep in their own clean bed in a room they can move around in safely.",
            "Both children have breakfast and an evening meal every day, in a kitchen where food can be made.",
            "Kofi gets to school every day and on time, and tells his teachers he is not tired or hungry.",
            "Ama's speech is assessed and she gets the help she needs before she starts Reception.",
        ]),
        ("h1", "Progress tracker"),
        ("p", "RAG key: Green – on track, evidence seen. Amber – started, some evidence, needs watching. "
              "Red – not started or off track. The RAG is agreed at each core group; the evidence column says "
              "what we have seen or counted."),
        ("table", {
            "header": ["RAG", "No.", "What will be done", "Lead", "Target date", "Evidence of progress"],
            "widths": [1.8, 1.0, 7.4, 4.2, 3.3, 8.0],
            "rows": [
                ["Green", "1",
                 "Home visits to see Kofi and Ama, including each child's bedroom and the kitchen; Kofi seen on "
                 "his own",
                 "SW Rhiannon Pike", "Every 2 weeks; one unannounced each month",
                 "Visit records: 3 of 3 visits done since conference, one unannounced; Kofi seen alone each "
                 "time and his words written up"],
                ["Amber", "2",
                 "Clear the hallway, both bedrooms and the kitchen worktops so that each child has a made-up "
                 "bed and a clear place to eat",
                 "Abena Mensah and Gavin Tull", "By 18/07/2025",
                 "Clutter Image Rating scored by the SW at each visit: hallway down from 7 to 4, bedrooms at 5; "
                 "target is 3 or below in every room"],
                ["Amber", "3",
                 "Weekly guided self-help sessions with Abena for her anxiety and low mood",
                 "Lorna Dade, psychological wellbeing practitioner, Wethercote Talking Space",
                 "Weekly for 12 weeks from 05/06/2025",
                 "Abena is engaging well with the sessions"],
                ["Green", "4",
                 "Key-work with Gavin on his cannabis use, with a urine screen at each appointment and a written "
                 "update to every core group on his use and what it means for the children",
                 "Dev Ahluwalia, Compass Drug and Alcohol Service", "Fortnightly; update before every core group",
                 "Screens since 20/05/2025: 3 of 3 negative; written update read out at core group 2"],
                ["Red", "5",
                 "Make sure Kofi gets to school on time with his PE kit and a packed lunch",
                 "Abena Mensah", "Ongoing",
                 "School register: 86% attendance and 7 late marks this half-term; target 95% with no lates"],
                ["Amber", "6",
                 "Refer Ama to Speech and Language Therapy for her speech delay",
                 "HV Priya Lal", "By 13/06/2025",
                 "Referral sent 09/06/2025 – awaiting allocation"],
                ["Green", "7",
                 "Have Kofi and Ama for tea, and help with their baths and bedtime",
                 "Family network", "Every Wednesday and Sunday evening",
                 "Family diary at Nana Efua's, signed each evening and read by the SW at visits"],
                ["Red", "8",
                 "Record how Ama arrives at each session – fed, clean, dressed for the weather – and who "
                 "collects her",
                 "–", "Every session",
                 "Arrival sheet emailed to the SW every Friday"],
                ["Green", "9",
                 "Check in with Kofi at the start of the school week and write down anything he says about home",
                 "Mr Tom Ferris, DSL, Haddon Street Primary", "Every Monday in term",
                 "DSL log seen by the SW at each core group; worries passed on the same day (emails on file)"],
                ["Amber", "10",
                 "Review Abena's sertraline and her sleep, and write to the SW about how she is coping with "
                 "the children",
                 "Dr Helen Aske, GP, Orchard Surgery", "TBC",
                 "GP letter on the children's file"],
                ["Green", "11",
                 "Take Ama to the dentist for a check-up and fluoride varnish",
                 "Gavin Tull", "By 31/07/2025",
                 "Appointment card seen by the HV; treatment written in Ama's red book"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If either child is found sleeping without a bed again after 18/07/2025, if there is no food in "
              "the house on a visit, or if Gavin is under the influence of cannabis while looking after the "
              "children on his own, the SW (or the emergency duty team out of hours) will hold a strategy "
              "discussion the same day. Kofi and Ama will stay with Nana Efua at 4 Tanner's Yard while a new "
              "safety plan is agreed; if Nana Efua cannot take them, they will be looked after together by "
              "approved foster carers that night."),
        ("p", "If Nana Efua or Yaa cannot do a Wednesday or Sunday evening, Abena will ring the SW that day and "
              "the Haddon Family Hub evening outreach worker will visit at teatime instead."),
        ("h1", "Core group and conference"),
        ("bullets", [
            "Core group every 4 weeks at Haddon Street Primary, 3.45pm: 22/07/2025 and 19/08/2025.",
            "Review child protection conference: date to be confirmed by the Conference and Review Service.",
            "If the home is still rated above 3 in any room, or Kofi's attendance is still below 90%, at the "
            "core group on 19/08/2025, the SW will ask the team manager for a legal planning meeting within "
            "5 working days.",
        ]),
        ("p", "Tracker updated by Rhiannon Pike, SW, 24/06/2025, and sent to all core group members."),
    ],
    "findings": [
        F("H001", "Weekly guided self-help sessions with Abena for her anxiety"),
        F("M002", "Weekly guided self-help sessions with Abena for her anxiety"),
        F("T002", "Make sure Kofi gets to school on time"),
        F("M001", "Refer Ama to Speech and Language Therapy for her speech delay"),
        F("W002", "Have Kofi and Ama for tea, and help with their baths"),
        F("W001", "Record how Ama arrives at each session"),
        F("T002", "Review Abena's sertraline and her sleep"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Live plan with a dated progress log under every action (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b35_wragglesby_action_then_dated_log_nowicki.md",
    "split": "tune",
    "template": "live-cp-plan-md-one-sentence-action-under-numbered-h3-then-blockquote-dated-progress-log-lines-per-action",
    "description": (
        "Live copy of an initial conference plan for an 11-year-old and a 6-year-old (physical "
        "punishment by the father, mother's depression), where the SW appends dated progress notes under "
        "each one-sentence action. The notes are progress, not measures or timescales. Faults: the 'no "
        "physical punishment' action has no timescale or measure, a referral is passive with no agent, "
        "the talking therapy only supports Kasia 'as and when she feels able', the family support "
        "sessions are measured by 'engagement ... monitored', 'All professionals' own the sharing "
        "action, the young carers' place waits 'when a space comes up', and the contingency only "
        "discusses and reviews (legal planning is in the meetings section)."
    ),
    "text": """\
# Child Protection Plan – live copy with progress log

**Wragglesby Borough Council · Children's Social Care · Safeguarding and Family Support (South)**

| | |
|---|---|
| Children | Lena Nowicka (11), Year 6, St Cuthbert's Academy · Oskar Nowicki (6), Year 1, St Cuthbert's Academy |
| Address | 27 Brindle Street, Wragglesby |
| Parents | Katarzyna (Kasia) Nowicka and Piotr Nowicki |
| Initial conference | 15 May 2025 – category: physical abuse |
| Social worker | Marta Lisowska (ML) – Polish speaker |
| Log last updated | 26 June 2025, after core group 2 |

*How to read this: each action is the one agreed at conference. Underneath, ML adds a dated
note after each visit and core group. The notes say what has happened; they do not change
the action. Changes to an action are only made at conference or by agreement at core group.*

## What we are worried about

On 2 May Oskar's teacher saw long, curved bruises on the backs of his legs. Oskar said "Tata
hit me with his belt because I wet the bed again." Piotr told police he had smacked Oskar
"the way I was brought up" and accepted a caution. Lena told her teacher she hides in the
bathroom when her dad shouts. Kasia was diagnosed with depression in the winter, takes an
antidepressant and works night shifts at a care home three nights a week; on those nights
Lena often puts Oskar to bed.

## What is going well

Piotr has been honest about what happened and asked for help. Both children are at school
every day, clean and well dressed. Kasia and Piotr both came to conference with an
interpreter and agreed to the plan.

## What Lena and Oskar say

Lena (seen alone at school, 21 May and 18 June): "It's calmer now. Dad still shouts at Oskar
about the bed but he hasn't used the belt." She would like to go to drama club and "not be
the one who does Oskar's bedtime". Oskar (seen alone at home, 5 June) showed ML his
dinosaur pyjamas and said "I don't want Tata to be cross about my bed. Mama gives me a cuddle."

## What needs to be different

- Oskar and Lena are never hit, and Oskar is not punished for wetting the bed.
- Lena and Oskar feel safe at home and can tell an adult at school if they are worried.
- Lena has time to be eleven: friends, clubs, and no evening caring for Oskar.

## Actions and progress

### 1. Seeing Lena and Oskar

Marta Lisowska (social worker) will visit every two weeks, with at least one unannounced visit each month, and see Lena and Oskar on their own each time, writing down what they say in the visit record.

> 29/05/2025 – ML, home visit: both children seen alone in their rooms; Oskar showed me his Lego.
>
> 12/06/2025 – ML, unannounced, 5.10pm: tea cooking, Kasia and both children at home, calm.
>
> 26/06/2025 – ML: Lena seen at school, Oskar at home after school.

### 2. Caring Dads

Piotr will go to the Caring Dads group at Wragglesby Family Centre every Tuesday evening for 17 weeks from 3 June 2025, and the facilitator, Owen Baptiste, will send the social worker a monthly report on his attendance and on what he is learning about how Lena and Oskar experience his anger.

> 10/06/2025 – ML: Piotr went to sessions 1 and 2.
>
> 01/07/2025 – ML: first monthly report received – 4 of 4 sessions.

### 3. No physical punishment

Piotr will stop using any physical punishment and will use the calm-down steps on the fridge instead.

> 12/06/2025 – ML, home visit: went through the steps with Piotr and Kasia; Piotr says he understands.
>
> 24/06/2025 – core group: discussed again. No change to the action.

### 4. Oskar's bedwetting

A referral will be made to the school nursing team about Oskar's bedwetting by 20 June 2025, with the acceptance letter kept on Oskar's file.

> 24/06/2025 – ML: not yet sent; to chase.

### 5. Kasia's wellbeing

Kasia will be supported with her low mood by the Wragglesby Wellbeing Service talking therapy team as and when she feels able to go.

> 12/06/2025 – ML: Kasia has an opt-in letter and says she will phone them.
>
> 26/06/2025 – ML: Kasia has not phoned yet.

### 6. Routines at home

Dawn Teale (family support worker) will do six weekly sessions at home with Kasia and Piotr on routines and calm bedtimes, starting on 9 June 2025, so that their engagement can be monitored.

> 16/06/2025 – DT (by email): first session done, both parents there.
>
> 23/06/2025 – DT: second session – sticker chart for dry nights made with Oskar.

### 7. Lena at school

Mrs Joanna Pike (DSL, St Cuthbert's Academy) will meet Lena every Monday lunchtime in term, ask her how her weekend went, and email the social worker the same day with a note of what Lena said.

> 02/06/2025 – JP: Lena talked about her drama club wish.
>
> 16/06/2025 – JP: Lena said home "is calmer". Emails on file.

### 8. Sharing worries

All professionals will tell the social worker the same day about any new mark, bruise or disclosure, and it will be logged on the children's chronology.

> 26/06/2025 – ML: nothing new reported since conference.

### 9. Kasia's medication

Dr Amir Gul (GP, Millgate Surgery) will review Kasia's antidepressant by 27 June 2025 and write to the social worker about how her mood is affecting her care of Lena and Oskar.

> 25/06/2025 – ML: appointment booked for 25/06; letter awaited.

### 10. Young carers

Wragglesby Young Carers will offer Lena a place in their after-school group when a space comes up, and will tell the social worker which sessions she attends.

> 05/06/2025 – ML: referral accepted, Lena on the waiting list.
>
> 26/06/2025 – ML: still waiting.

## If things go wrong

If there are any further concerns about Lena or Oskar, Marta will discuss them with her
manager and the plan will be reviewed at the next core group.

## Meetings

- Core group every 4 weeks at St Cuthbert's Academy, 9.30am: 22 July and 19 August 2025.
- Review child protection conference: 7 August 2025, 2pm, Wragglesby Town Hall, Room 3.
- Legal planning: if Piotr uses physical punishment on either child again, or stops going to
  Caring Dads, the team manager will hold a legal planning meeting within 5 working days to
  decide whether to start the pre-proceedings (PLO) process.
""",
    "findings": [
        F("T001", "Piotr will stop using any physical punishment"),
        F("M001", "Piotr will stop using any physical punishment"),
        F("W001", "A referral will be made to the school nursing team"),
        F("H001", "Kasia will be supported with her low mood by"),
        F("T002", "Kasia will be supported with her low mood by"),
        F("M001", "Kasia will be supported with her low mood by"),
        F("M002", "six weekly sessions at home with Kasia and Piotr"),
        F("W002", "All professionals will tell the social worker the same day"),
        F("T002", "will offer Lena a place in their after-school group"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Case-system export: one field line per item (Action / Lead / Target date
#    / Success measure / Outcome ref), same header and footer on every page.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
def _action(ref, action, lead, target, measure, outcome):
    return [
        ("h3", f"Action {ref}"),
        ("kv", [
            ("Action", action),
            ("Lead", lead),
            ("Target date", target),
            ("Success measure", measure),
            ("Outcome ref", outcome),
        ]),
    ]


PLANS.append({
    "name": "b35_wyrlow_casebridge_field_line_export_varley.pdf",
    "doc_title": "CaseBridge export - Child Protection Plan - Varley",
    "split": "tune",
    "template": "case-system-cpp-form-export-paged-lettered-sections-one-field-line-each-action-lead-target-date-success-measure-outcome-ref",
    "description": (
        "Exemplary export from a case system of a child protection plan for an 8-year-old and a "
        "3-year-old (mother's cocaine and alcohol use at weekends, the older child caring for the "
        "younger). Lettered form sections; each action is a block of field lines (Action, Lead, Target "
        "date, Success measure, Outcome ref), with recurring target dates written as 'Recurring – ...'. "
        "The recovery service tests, reports and assesses capacity to change, the GP owns an action, the "
        "grandfather's two actions have a fallback in the contingency, core group and review dates are "
        "set and legal planning follows continued use."
    ),
    "header": "WYRLOW COUNCIL CHILDREN'S SERVICES | CaseBridge | CP plan form CPP-3 | OFFICIAL-SENSITIVE",
    "footer": "Export of plan CPP-3/0417 for CB-7730418 and CB-7730419 – printed 03/07/2025 by J.OYELARAN – Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "font_size": 10,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Form CPP-3 · Plan version 2 (updated after core group 1 on 01/07/2025) · Plan status: ACTIVE"),
        ("h2", "Section A – Subjects of the plan"),
        ("kv", [
            ("Child 1", "Harley VARLEY · CB-7730418 · DOB 12/03/2017 (8y) · Year 3, Wyrlow Moor Primary"),
            ("Child 2", "Rosie-Mae VARLEY · CB-7730419 · DOB 05/05/2022 (3y) · Busy Bees Nursery, Wyrlow"),
            ("Address", "Flat 6, Carding House, Mill Lane, Wyrlow"),
            ("Legal status", "Not looked after"),
            ("Plan start", "Initial child protection conference 19/06/2025"),
            ("Category", "Neglect"),
            ("Allocated worker", "Jo Oyelaran, Social Worker, Wyrlow Safeguarding Team 3"),
            ("Team manager", "Clare Lindqvist"),
            ("Conference chair", "Hamid Rasul, Independent Reviewing Officer"),
        ]),
        ("h2", "Section B – Household and network"),
        ("kv", [
            ("Mother", "Jade Varley (27), lives with both children"),
            ("Father (both children)", "Connor Hale – in prison until 2027, letters only"),
            ("Maternal grandfather", "Terry Varley (58), lives alone at 19 Weaver's Court, 10 minutes' walk"),
            ("Agencies", "Wyrlow Recovery Partnership; Wyrlow Moor Primary; Busy Bees Nursery; Health "
                         "Visiting (Wyrlow South); Dr Asif Mirza, Canal Street Surgery; Wyrlow Young Carers"),
        ]),
        ("h2", "Section C – Reasons for the plan"),
        ("p", "Jade uses cocaine and drinks heavily, mostly from Friday to Sunday. Over three weekends in May "
              "Harley was at home on his own with Rosie-Mae for several hours while Jade was out; on 24 May a "
              "neighbour found him trying to warm milk on the hob at 11pm and called the police. Harley has "
              "been late to school most Mondays and has fallen asleep in class. Rosie-Mae's nappy rash was "
              "severe when she arrived at nursery on two Mondays, and she has very few words for her age. "
              "Jade has told the SW that she wants to stop and has started at the recovery service; she is "
              "warm and affectionate with both children and the flat is clean and well stocked during the "
              "week."),
        ("h2", "Section D – Child's views, wishes and daily lived experience"),
        ("p", "Harley (seen alone at school, 12/06/2025 and 26/06/2025): \"When Mum goes out I have to look after "
              "Rosie and I get scared when she cries and I can't make her stop.\" He said he likes staying at "
              "Grandad Terry's \"because he makes pancakes and we watch the football\". He wants to go to "
              "Cubs on Thursdays with his friend Alfie, and he wants Mum \"to stop going out at night\"."),
        ("p", "Rosie-Mae was observed at nursery and at home. She is a lively, smiley girl who runs to her "
              "mum at the end of the nursery day. On Monday mornings staff see her as clingy and tired. At home "
              "she follows Harley everywhere and goes to him, not to Jade, when she falls over."),
        ("h2", "Section E – Outcomes"),
        ("kv", [
            ("O1", "Harley and Rosie-Mae are looked after by a sober adult every day and night, and are never "
                   "left on their own."),
            ("O2", "Harley no longer cares for his sister: he tells us he feels like a child again, gets to "
                   "school on time and goes to Cubs."),
            ("O3", "Rosie-Mae is clean, fed and settled every Monday, and her speech and development are "
                   "checked and helped."),
        ]),
        ("h2", "Section F – Actions"),
        *_action("F1",
                 "Home visits: see both children, Harley on his own each time, and check who has been caring "
                 "for them at the weekend",
                 "Jo Oyelaran, Social Worker",
                 "Recurring – every 14 days, at least one visit each month unannounced (next due 08/07/2025)",
                 "Visit record on CaseBridge within 2 working days of each visit, with Harley's words and "
                 "where each child slept that weekend",
                 "O1, O2"),
        *_action("F2",
                 "Structured treatment for Jade's cocaine and alcohol use: weekly key-work, a urine screen "
                 "and breath test at each session, and a written update to the core group",
                 "Sam Pritchard, recovery worker, Wyrlow Recovery Partnership",
                 "Recurring – weekly; written update 3 working days before each core group",
                 "Screen and breath test results, and an update on whether Jade's use is reducing and what "
                 "that means for her care of Harley and Rosie-Mae, read at every core group",
                 "O1"),
        *_action("F3",
                 "Hair strand tests for cocaine and alcohol, and an assessment of Jade's capacity to stay "
                 "abstinent and the likely timescale for change",
                 "Sam Pritchard, recovery worker, with Dr Ewa Nowak, addictions psychiatrist",
                 "First test by 11/07/2025; second test and written assessment by 22/08/2025",
                 "Both test results and the written assessment shared with the core group and the review "
                 "conference",
                 "O1"),
        *_action("F4",
                 "Write the weekend plan in the family diary each Thursday: who will care for the children on "
                 "Friday and Saturday night; no drinking or drug use while caring for them",
                 "Jade Varley",
                 "Recurring – every Thursday by 6pm",
                 "Diary page photographed and sent to the SW each Thursday; checked against Harley's account "
                 "at visits",
                 "O1, O2"),
        *_action("F5",
                 "Have Harley and Rosie-Mae to stay every Friday night and bring them home by 10am on "
                 "Saturday",
                 "Terry Varley (maternal grandfather)",
                 "Recurring – every Friday night",
                 "Family diary signed by Terry each Saturday; Harley tells the SW where he slept",
                 "O1"),
        *_action("F6",
                 "Collect Rosie-Mae from nursery on Mondays and Tuesdays and give both children their tea",
                 "Terry Varley (maternal grandfather)",
                 "Recurring – Monday and Tuesday, 3pm",
                 "Nursery collection log signed by Terry; nursery tells the SW the same day if he does not "
                 "arrive",
                 "O1, O3"),
        *_action("F7",
                 "Developmental review of Rosie-Mae (ASQ-3), including her speech, her toileting and her nappy "
                 "rash, with a speech and language referral if she is below the cut-off",
                 "Nadine Corr, Health Visitor, Wyrlow South",
                 "By 25/07/2025",
                 "ASQ-3 scores and skin check recorded in the red book and sent to the SW and nursery; "
                 "referral letter on file if needed",
                 "O3"),
        *_action("F8",
                 "Monday check-in with Harley: how the weekend went, whether he was tired or hungry, and "
                 "anything he says about home",
                 "Mrs Lydia Okafor, DSL, Wyrlow Moor Primary",
                 "Recurring – every Monday in term",
                 "DSL log; any worry emailed to the SW the same day; attendance and late marks sent to the "
                 "SW every Friday",
                 "O2"),
        *_action("F9",
                 "Young carers assessment for Harley, with a plan that takes him out of caring for Rosie-Mae "
                 "and gets him to Cubs",
                 "Beth Lomas, Wyrlow Young Carers",
                 "By 01/08/2025",
                 "Assessment and support plan sent to the SW and Jade; Cubs attendance on Harley's record",
                 "O2"),
        *_action("F10",
                 "Liver function blood tests for Jade and a talk with her about community alcohol detox",
                 "Dr Asif Mirza, GP, Canal Street Surgery",
                 "By 18/07/2025",
                 "Blood results and the GP's letter sent to the recovery worker and the SW",
                 "O1"),
        ("h2", "Section G – Contingency"),
        ("p", "Trigger: Jade is found under the influence of drink or drugs while alone with the children, "
              "either child is left without an adult, or Harley tells anyone he has been caring for Rosie-Mae "
              "at night. Response: the adult who finds this takes the children to Terry's and rings the SW or "
              "the emergency duty team; the SW holds a strategy discussion the same day, and the children stay "
              "with Terry until a new safety plan is agreed."),
        ("p", "Trigger: Terry is ill, away or cannot have the children on a Friday night or collect Rosie-Mae. "
              "Response: Jade rings the SW by noon that day; there is no night out, and Jade stays at home "
              "with the children. If Terry cannot care for them after an incident, the SW or the emergency "
              "duty team will place Harley and Rosie-Mae together with approved foster carers that night."),
        ("h2", "Section H – Monitoring and review"),
        ("kv", [
            ("Core group", "Every 4 weeks at Wyrlow Moor Primary, 9.15am: 29/07/2025, 26/08/2025"),
            ("Review conference", "Review child protection conference 11/09/2025, 10am, Wyrlow Civic Centre"),
            ("Legal planning", "If the hair strand tests show Jade is still using cocaine, or either child is "
                               "left alone again, the SW will ask the team manager for a legal planning meeting "
                               "within 5 working days"),
        ]),
        ("p", "Plan authorised by Clare Lindqvist, Team Manager, 02/07/2025. Export generated from CaseBridge "
              "for the core group distribution list."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Child-friendly plan for a 7-year-old, short sentences in the child's
#    voice; each grown-up's promise is one bullet. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b35_wintlemoor_short_sentence_safety_plan_hanlon.docx",
    "doc_title": "Mia's Safety Plan",
    "split": "tune",
    "template": "child-friendly-plan-docx-for-7yo-first-person-short-sentences-headings-as-childs-questions-one-bullet-per-grown-up-promise-grown-ups-small-print-section",
    "description": (
        "Exemplary child-friendly child protection plan for a 7-year-old after domestic abuse by her "
        "father, written in Mia's voice in very short sentences. Each grown-up's promise is one bullet "
        "of two to four sentences that says who, when and how Mia's social worker will know. Grandma's "
        "two promises have a fallback in 'If something goes wrong'; core group and review dates and "
        "the legal planning step are in a short section for the grown-ups."
    ),
    "font": "Comic Sans MS",
    "font_size": 12,
    "blocks": [
        ("title", "Mia's Safety Plan"),
        ("p", "This plan is for me, Mia Hanlon. I am 7. I made it with Sam, my social worker, and with Mum, "
              "on 26 June 2025. Wintlemoor Council Children's Services."),
        ("h1", "What is this plan?"),
        ("p", "Lots of grown-ups want me to be safe. This plan says what each of them will do. "
              "It says when they will do it. It says how Sam will know it is happening."),
        ("h1", "Who is in my family?"),
        ("p", "Me. Mum (Stacey). My cat, Biscuit. Grandma Pat lives near the park. "
              "Dad (Lee) does not live with us any more. He lives in a flat in town."),
        ("h1", "Why are the grown-ups worried?"),
        ("p", "Dad hurt Mum. It happened lots of times. Sometimes I saw it. Sometimes I heard shouting in "
              "the night. The police came in May. That is not OK. It is not my fault. Now there is a rule "
              "from a judge. Dad must not come to our house."),
        ("h1", "What did I tell Sam?"),
        ("p", "\"I like it when it's quiet at home.\" \"I get bad dreams about the shouting.\" "
              "\"I want to see Dad but not at our house.\" \"Grandma Pat makes the best fish fingers.\" "
              "On my feelings scale I said home is a 7 out of 10 now. School is a 9."),
        ("p", "Sam saw that I hold Mum's hand a lot. I hide under my duvet if a car door bangs outside."),
        ("h1", "What do the grown-ups want for me?"),
        ("bullets", [
            "I feel safe at home and at school.",
            "I sleep in my own bed and have fewer bad dreams.",
            "I see Dad in a safe place, and I am not scared.",
            "I know who to tell if I am worried.",
        ]),
        ("h1", "What will the grown-ups do?"),
        ("bullets", [
            "Sam is my social worker. Sam will see me every two weeks, at home or at school. She will talk to "
            "me on my own. She writes down what I say in her notes.",
            "Mum will keep the doorbell camera switched on every day. She will not let Dad in. Sam will look "
            "at the camera app with Mum at every visit.",
            "Mrs Begum is my ELSA at Brookfield Primary. She will do Worry Time with me every Thursday after "
            "lunch. She fills in my feelings chart each time. Sam reads the chart at every visit.",
            "Mum will go to the Freedom group every Wednesday morning for 12 weeks. It helps her keep us both "
            "safe. Kerry from the group tells Sam each month which weeks Mum went.",
            "Dad will only see me at the Rainbow Room contact centre, every other Saturday for one hour. "
            "Dev is a worker there. Dev will stay in the room with us and write a report for Sam after "
            "every visit.",
            "Dad will go to the Changing Tracks group every Monday evening. It is for dads who have hurt "
            "someone at home. The group sends Sam a letter every month to say if Dad went.",
            "Grandma Pat will pick me up from school every Tuesday and Friday. She signs the school's "
            "pick-up book.",
            "Grandma Pat will have me for a sleepover every other Saturday night, when I am not seeing Dad. "
            "She writes each sleepover on her kitchen calendar, and Sam looks at it.",
            "Nurse Jo is the school nurse. She will see me three times about my bad dreams and my sleep, "
            "before the summer holidays start on 22 July. After each time she writes a letter to Sam "
            "and Mum.",
            "PC Okoro will put a special flag on our address by 4 July. Then the police will come fast if Mum "
            "rings 999. PC Okoro will email Sam when the flag is on.",
        ]),
        ("h1", "If something goes wrong"),
        ("p", "If Dad comes to our house, or rings or texts Mum, Mum will ring 999. The police will come. "
              "I will go to Grandma Pat's that night. Sam will have a meeting with the police the same day. "
              "This is called a strategy discussion."),
        ("p", "If Grandma Pat is poorly or away and cannot look after me, I will stay with a kind foster "
              "family that Sam knows, just for a short time. If Grandma Pat cannot pick me up from school, "
              "Mum will collect me. If Mum cannot come either, I will go to After School Club and Sam will "
              "make sure a grown-up she has checked brings me home."),
        ("h1", "When do the grown-ups meet?"),
        ("p", "The grown-ups meet every 4 weeks. This is called the core group. The dates are 10 July, "
              "7 August and 4 September 2025. The next big meeting is on 18 September 2025. It is called "
              "the review child protection conference. I can go to part of it if I want to."),
        ("h2", "For the grown-ups"),
        ("p", "Child protection plan agreed at the initial child protection conference on 19 June 2025 "
              "(category: emotional abuse). Non-molestation order made 28 May 2025. If Lee breaks the order, "
              "or Mia is still telling us she is frightened at home by the core group on 4 September 2025, "
              "Sam Reid (SW) will ask the team manager for a legal planning meeting within 5 working days."),
        ("p", "Signed: Stacey Hanlon (Mum) · Sam Reid, Social Worker · Mia drew a cat here."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Exploitation plan for a 15-year-old: police, youth justice, return home
#    interviews; numbered actions with bracketed [Lead:] [When:] [Evidence:]
#    fields (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b35_welbarrow_exploitation_bracket_fields_mallinder.txt",
    "split": "tune",
    "template": "risk-outside-home-cp-plan-txt-ruled-headings-numbered-actions-with-trailing-bracketed-lead-when-evidence-fields",
    "description": (
        "Initial conference plan for a 15-year-old being criminally exploited (county lines, missing "
        "episodes, arrest), with police disruption, youth justice sessions and independent return home "
        "interviews. Each numbered action ends with [Lead:] [When:] [Evidence:] fields. Faults: police "
        "disruption is 'ongoing', the referral order sessions are measured by 'engagement', the NRM "
        "referral has no Lead field, the education place is 'ASAP' with an empty Evidence field, the "
        "mentor is 'TBC', sightings are owned by 'All agencies', and one outcome is only about Mum."
    ),
    "text": """\
==========================================================================
WELBARROW COUNCIL - CHILDREN'S SERVICES
Adolescent Safeguarding Team (Exploitation and Missing)
==========================================================================
CHILD PROTECTION PLAN  -  RISK OUTSIDE THE HOME
Initial child protection conference: 17/06/2025, Welbarrow Civic Centre
Category: Physical abuse (criminal exploitation)

Young person:  Reece MALLINDER, DOB 02/11/2009 (15), Year 10
Lives with:    Gemma Mallinder (mum) and his sister Kaycee (9),
               31 Foundry Lane, Welbarrow
Father:        Wayne Mallinder - no contact since 2019
Social worker: Adebola Fashola (AF), Adolescent Safeguarding Team
YJS officer:   Liam Crowther (LC), Welbarrow Youth Justice Service
Police:        DC Harriet Moss (HM), Welbarrow Police Exploitation Hub
Chair:         Sunita Rai, Independent Conference Chair
--------------------------------------------------------------------------

1. WHAT HAS BEEN HAPPENING
--------------------------------------------------------------------------
Reece has been reported missing six times since March 2025. Twice he was
found by police in Hatherley, 40 miles away, in a flat used to sell drugs,
with cash and two phones that were not his. On 28/04/2025 he was arrested
for possession of crack cocaine with intent to supply and is released under
investigation. He is on a referral order (nine months, ends 14/12/2025) for
an earlier offence of handling stolen goods. He was permanently excluded
from Welbarrow Academy in March and has 2 hours a day at the Pupil Referral
Unit. He came home on 09/06/2025 with a deep cut to his hand that he will
not explain. Older males known to police, linked to an address on Kiln
Street, have been seen collecting him from outside the PRU. Gemma loves
Reece and calls the police every time he is missing; she says she is
"exhausted and frightened for him". Kaycee has been woken at night by men
knocking on the door asking for Reece.

2. WHAT REECE SAYS
--------------------------------------------------------------------------
Reece (seen alone by AF at McDonald's, 12/06/2025): "I'm not a victim, I
just make money. But I owe them now, because I lost the phone." He said he
does not want to go back to Hatherley "because it's dirty and you don't
sleep". He wants to do a bricklaying course "like my uncle did" and to get
his CSCS card. He said he would talk to "someone who's been through it,
not a police". Asked who he trusts, he said "my mum and my nan, and Liam's
alright".

Kaycee (seen at school, 13/06/2025) said: "I don't like the knocking. I
sleep in Mum's bed now."

3. WHAT NEEDS TO CHANGE
--------------------------------------------------------------------------
a) Reece is not going missing, and is not carrying or selling drugs for
   anyone.
b) Reece is in full-time education or training that he wants to do.
c) Reece and Kaycee are safe at home, with no one coming to the door at
   night, and Reece's debt to the older males is no longer a threat.
d) Gemma will feel more confident and less stressed as a parent.

4. ACTIONS
--------------------------------------------------------------------------
4.1  Visit Reece at home, at the PRU or wherever he feels safe to talk,
     and see him on his own; see Kaycee on her own every month.
     [Lead: AF, social worker] [When: weekly, with one visit after 6pm
     each fortnight] [Evidence: visit records with Reece's and Kaycee's
     own words]

4.2  Return home interview after every missing episode by an independent
     worker who is not the SW; places, people, vehicles and phone numbers
     passed to police on a partnership intelligence form.
     [Lead: Jess Albright, Welbarrow Runaways and Return Service]
     [When: within 72 hours of Reece coming home] [Evidence: RHI record on
     the file within 72 hours; intelligence form reference on Reece's
     chronology]

4.3  Report Reece missing to police if he is not home by his 9.30pm
     curfew and cannot be reached on his phone.
     [Lead: Gemma Mallinder] [When: by 10pm on any night he is not home]
     [Evidence: police log number given to AF the next morning]

4.4  Disruption of the older males linked to Reece, including Child
     Abduction Warning Notices and visits to the Kiln Street address.
     [Lead: DC Harriet Moss, Exploitation Hub] [When: ongoing]
     [Evidence: copies of CAWNs and the disruption log shared at each
     exploitation panel]

4.5  Referral order sessions with Reece on consequential thinking,
     exploitation, knife crime and debt.
     [Lead: LC, Youth Justice Service] [When: twice a week until the
     order ends on 14/12/2025] [Evidence: engagement]

4.6  Complete a National Referral Mechanism referral so that Reece's
     exploitation is formally recognised and taken into account in the
     police investigation.
     [When: by 27/06/2025] [Evidence: NRM reference number on Reece's
     file and sent to his solicitor]

4.7  Find Reece a full-time education place with a vocational course
     in construction.
     [Lead: Karen Tait, Inclusion Officer, Welbarrow Education]
     [When: ASAP] [Evidence: ]

4.8  Mentoring from a Streetwise Welbarrow youth worker with lived
     experience of exploitation, at times and places Reece chooses.
     [Lead: TBC] [When: weekly from 01/07/2025] [Evidence: mentor's
     session notes sent to AF every month]

4.9  Share any sighting of Reece with the older males, or any unexplained
     money, phones, clothes or injuries, with police and the SW.
     [Lead: all agencies] [When: same day] [Evidence: each sighting logged
     on the chronology and an intelligence form submitted]

4.10 Home safety plan with Gemma and Kaycee: what to do if men come to
     the door, a doorbell camera fitted, and Kaycee's own "who I ring"
     card.
     [Lead: AF, with PCSO Dean Parr for the camera] [When: by 04/07/2025]
     [Evidence: signed safety plan on file; camera seen fitted at the next
     home visit]

4.11 Sessions with Reece on his cannabis use and what it means for his
     debt to the older males.
     [Lead: Tasha Greer, Unity Young People's Substance Misuse Service]
     [When: weekly from 24/06/2025] [Evidence: session record and a
     written review shared with AF at 6 weeks]

4.12 Go to the Welbarrow parents' group for families of exploited
     children, and learn how to spot grooming and debt.
     [Lead: Gemma Mallinder] [When: monthly, first session 08/07/2025]
     [Evidence: attendance sheet from the group co-ordinator sent to AF
     each month]

5. IF REECE GOES MISSING OR THE RISK INCREASES
--------------------------------------------------------------------------
If Reece is missing for more than 24 hours, is found out of the area, is
found with a weapon, or anyone comes to the house to threaten the family,
police will treat him as high-risk missing and AF (or the emergency duty
team) will hold a strategy discussion the same day. If Reece cannot be
kept safe at home, he will be placed that day with foster carers outside
Welbarrow, and Kaycee will stay at home with Gemma under a police safety
plan. If there are two or more missing episodes before the first core
group, AF will ask the team manager for a legal planning meeting within 5
working days to consider whether an application to court is needed.

6. MEETINGS
--------------------------------------------------------------------------
Core group: every 2 weeks at the PRU, 4pm - 01/07/2025, 15/07/2025,
            29/07/2025, 12/08/2025.
Exploitation panel: Reece discussed monthly (next 10/07/2025).
Review child protection conference: 09/09/2025, 10am, Welbarrow Civic
Centre.

Plan typed by AF, 18/06/2025, and sent to everyone at conference.
""",
    "findings": [
        F("F002", "Gemma will feel more confident and less stressed as a parent."),
        F("T002", "Disruption of the older males linked to Reece"),
        F("M002", "Referral order sessions with Reece on consequential thinking"),
        F("W001", "Complete a National Referral Mechanism referral so that Reece's"),
        F("T002", "Find Reece a full-time education place with a vocational"),
        F("M001", "Find Reece a full-time education place with a vocational"),
        F("W002", "Mentoring from a Streetwise Welbarrow youth worker"),
        F("W002", "Share any sighting of Reece with the older males"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Looked-after baby on a neonatal unit: visiting schedule table, parents'
#    contact timetable and an action plan table. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b35_wedmarsh_neonatal_visiting_schedule_sutcliffe.pdf",
    "doc_title": "Child Protection Plan - Baby Ivy Sutcliffe (looked after, neonatal unit)",
    "split": "tune",
    "template": "lac-baby-neonatal-cp-plan-paged-numbered-sections-visiting-schedule-table-parents-contact-timetable-then-action-lead-by-when-evidence-table",
    "description": (
        "Exemplary initial conference plan for a 3-week-old baby accommodated under section 20 from "
        "birth and still on the neonatal unit (mother's heroin and methadone use, father's violence). "
        "A visiting schedule says who visits Ivy and how often (SW twice a week, foster carers three "
        "times a week then daily), a contact timetable sets each parent's supervised time, and the "
        "action table has a lead, a date or frequency and evidence for every row. The recovery service "
        "reports and assesses, the contingency names triggers and responses, dates are set and legal "
        "planning follows continued use."
    ),
    "header": "Wedmarsh City Council – Children in Care and Safeguarding | OFFICIAL – SENSITIVE",
    "footer": "Baby Ivy Sutcliffe – child protection plan (looked after, on the neonatal unit) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Looked After Baby in Hospital"),
        ("kv", [
            ("Baby", "Ivy Sutcliffe, born 02/06/2025 at 32 weeks (now 3 weeks old)"),
            ("Where Ivy is", "Special Care Baby Unit, Bay 2, Wedmarsh General Hospital"),
            ("Legal status", "Accommodated under section 20 with Chloe's written agreement since "
                             "04/06/2025; subject of a child protection plan"),
            ("Conference", "Initial child protection conference, 23/06/2025 – category: neglect"),
            ("Mother", "Chloe Sutcliffe (19), care leaver, supported lodgings at 8 Ferry Road"),
            ("Father", "Kyle Ashby (21), lives with his mother on the Brookvale estate"),
            ("Social worker", "Megan Ritter, Children in Care Team 2"),
            ("IRO", "David Achterberg"),
            ("Named nurse", "Shona Greig, Special Care Baby Unit"),
        ]),
        ("h1", "1. Why Ivy has a plan"),
        ("p", "Chloe used heroin for most of her pregnancy and started a methadone script at 24 weeks. Ivy was "
              "born early and withdrew from opiates; she needed morphine, which is now being weaned. During "
              "the pregnancy police were called to two incidents in which Kyle pushed and strangled Chloe; "
              "Kyle has a conviction for assault from 2023. Chloe agreed to Ivy being accommodated under "
              "section 20 so that Ivy can go from the unit to foster carers while Chloe's parenting and "
              "recovery are assessed. Chloe and Kyle say they are no longer a couple."),
        ("h1", "2. Ivy's day on the unit"),
        ("p", "Ivy is fed by tube and is starting to take small bottles. The nurses' notes and the SW's "
              "visits show a baby who is jittery and hard to settle after feeds, who calms when she is "
              "swaddled and held skin-to-skin, and who turns towards Chloe's voice. On the days Chloe does "
              "the 10am cares, Ivy's withdrawal scores are lower in the afternoon. She has gained 180g in "
              "the last week."),
        ("h1", "3. What we want for Ivy"),
        ("bullets", [
            "Ivy finishes weaning off morphine, feeds from a bottle and is well enough to leave hospital.",
            "Ivy goes straight from the unit to safe, trained carers, never to an adult who is using "
            "drugs or who has been violent.",
            "Ivy knows her mum and dad through regular, safe time with each of them.",
        ]),
        ("h1", "4. Visiting schedule – who sees Ivy on the unit"),
        ("table", {
            "header": ["Who visits", "How often", "When", "How it is recorded"],
            "widths": [4.6, 3.6, 3.8, 5.0],
            "rows": [
                ["Megan Ritter, SW", "Twice a week until discharge", "Tuesdays and Fridays, after the 2pm cares",
                 "Visit record on Ivy's file within 24 hours, with what was seen of her care and feeding"],
                ["Linda and Graham Kaye, foster carers", "Three times a week now; daily in the week before "
                 "discharge", "Agreed with the nurse in charge each week",
                 "Unit visitors' book and the carers' weekly log to the SW"],
                ["David Achterberg, IRO", "Once before the first looked after review", "By 30/06/2025",
                 "IRO note on Ivy's file"],
            ],
        }),
        ("h1", "5. Mum and Dad's time with Ivy"),
        ("table", {
            "header": ["Parent", "When", "Who is there", "How it is recorded"],
            "widths": [3.4, 4.6, 4.2, 4.8],
            "rows": [
                ["Chloe", "Every day, 10am–12 noon (the 10am cares and feed)",
                 "A nurse on the unit throughout", "Contact sheet kept by the unit: time, cares done, how "
                 "Ivy responded; copied to the SW weekly"],
                ["Kyle", "Monday, Wednesday and Saturday, 3pm–4pm; never at the same time as Chloe",
                 "A nurse on the unit throughout", "Same contact sheet; any concern phoned to the SW that "
                 "day"],
            ],
        }),
        ("h1", "6. Action plan"),
        ("table", {
            "header": ["Action", "Lead", "By when", "Evidence"],
            "widths": [6.2, 3.6, 3.0, 4.2],
            "rows": [
                ["Weigh Ivy, record her withdrawal scores every shift and send the SW a weekly written summary",
                 "Shona Greig, named nurse", "Daily; summary every Monday",
                 "Weight and score charts; weekly summary on Ivy's file"],
                ["Teach the foster carers Ivy's tube feeds, how to settle her and the signs of withdrawal",
                 "Aoife Bell, neonatal outreach nurse", "Before discharge",
                 "Competency checklist signed by the outreach nurse and copied to the SW"],
                ["Hold a discharge planning meeting with the unit, the foster carers and both parents "
                 "(separately), and set the discharge date and feeding plan",
                 "Megan Ritter, SW", "By 11/07/2025",
                 "Written discharge plan shared with the core group"],
                ["Key-work with Chloe, methadone dose review, and a urine screen at each appointment; "
                 "written report on whether Chloe is stable enough to care for Ivy",
                 "Mark Toller, Wedmarsh Recovery Service", "Weekly; report before each core group",
                 "Screen results and the written report read at every core group"],
                ["Assess Chloe's parenting during her daily contact, with a recommendation on whether Ivy "
                 "and Chloe can move to a parent-and-baby foster placement",
                 "Megan Ritter, SW, with the Wedmarsh Parenting Assessment Team", "By 22/08/2025",
                 "Assessment report shared with Chloe and the core group"],
                ["Attend the Stepping Forward domestic abuse programme",
                 "Kyle Ashby", "Every Thursday from 03/07/2025 for 24 weeks",
                 "Facilitator's monthly attendance and progress letter to the SW"],
                ["Safety planning with Chloe, including her journeys to and from the unit and what she does "
                 "if Kyle turns up during her time with Ivy",
                 "Becky Moran, IDVA, Wedmarsh Domestic Abuse Service", "By 04/07/2025, then monthly",
                 "Written safety plan on file; DASH score shared with the SW"],
                ["Register Ivy with the foster carers' GP and book her 6–8 week check",
                 "Linda Kaye, foster carer", "Before discharge",
                 "GP registration confirmed to the SW; check date written in Ivy's red book"],
                ["Help Chloe find a tenancy or a supported flat with space for a cot",
                 "Nadia Sheikh, personal adviser, Leaving Care Team", "Housing application by 18/07/2025",
                 "Application reference and band sent to the SW"],
                ["Keep a memory book for Ivy (photos, hand and footprints, notes from each visit)",
                 "Chloe Sutcliffe, with the unit's play worker", "At every daily contact",
                 "Book seen by the SW at her Friday visit each week"],
            ],
        }),
        ("h1", "7. If things go wrong"),
        ("p", "If Chloe arrives at the unit under the influence of drugs or alcohol, her contact that day "
              "ends, the nurse in charge phones the SW straight away, and contact resumes only after the SW "
              "has seen Chloe. If Kyle and Chloe come to the unit together, or Kyle threatens anyone, "
              "hospital security and the police will be called and the SW will hold a strategy discussion "
              "the same day. If either parent tries to take Ivy from the unit, staff will call 999 and the "
              "SW will apply for an emergency protection order that day."),
        ("p", "If the Kayes cannot take Ivy on her discharge date, Ivy stays on the unit until other "
              "approved foster carers trained in her care are found; she will not be discharged to either "
              "parent."),
        ("h1", "8. Meetings and review"),
        ("bullets", [
            "Core group every 4 weeks in the unit's family room, 2pm: 07/07/2025, 04/08/2025 and 01/09/2025.",
            "First looked after review: 01/07/2025 (IRO David Achterberg).",
            "Review child protection conference: 15/09/2025, 10am, Wedmarsh Civic Offices.",
            "If Chloe's screens show heroin or cocaine use at two appointments, or the parenting assessment "
            "does not support Ivy going to a parent-and-baby placement, the SW will ask the team manager for "
            "a legal planning meeting within 5 working days to consider care proceedings under the PLO.",
        ]),
        ("p", "Plan written by Megan Ritter, SW, 24/06/2025, and sent to the unit, both parents and all "
              "agencies."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Core group plan whose first column is the timescale: "ASAP", "Ongoing",
#    "As and when", "TBC" mixed with dates, frequencies and "By next core
#    group" (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b35_wharrowdale_timescale_first_column_pickering.md",
    "split": "tune",
    "template": "core-group-plan-md-version-line-then-timescale-first-column-table-timescale-who-action-measure-of-success-mixed-vague-and-real-timescales",
    "description": (
        "Core group plan (version 3) for a 12-year-old and a 2-year-old (father's drinking, damp and "
        "overcrowded flat) whose table puts the timescale first. 'By next core group' (dated), "
        "'Fortnightly', 'Weekly; written update by next core group' and 'Ongoing – every evening Darren "
        "has the children on his own' are real; 'ASAP', 'As and when', 'Ongoing' and 'TBC' alone are "
        "vague. Also an empty measure, a 'Family' owner and 'Improvement in routines'. Nothing says "
        "legal planning follows if things do not change."
    ),
    "text": """\
# Wharrowdale Council – Child Protection Core Group Plan

**Version 3 – agreed at core group 2 on 01/07/2025** · Previous versions: ICPC plan (03/06/2025), core group 1 (17/06/2025)

**Children:** Callum Pickering (12), Year 7, Wharrowdale High School · Poppy Pickering (2), Sunflowers Day Nursery
**Parents:** Shelley Pickering and Darren Pickering, 14 Gasworks Terrace, Wharrowdale
**Category:** Neglect · **Social worker:** Ruth Ainsley · **Team:** Wharrowdale Safeguarding Team East
**Next core group:** 15/07/2025

## Summary of concerns

Darren drinks most evenings, usually six to eight cans of strong lager, and looks after both
children on his own on the three evenings a week Shelley works at the supermarket. In May
Callum rang Shelley at work because Darren had fallen asleep on the sofa with the chip pan on.
The family live in a two-bedroom flat with damp and black mould in the children's room; Callum
sleeps on a mattress on the floor and Poppy in a travel cot she has outgrown. Poppy has missed
two health visitor appointments and has tooth decay. Callum has been late to school 11 times
this term.

## What Callum and Poppy have told us

Callum (seen alone at school, 24/06/2025): "Dad's alright when he's not drinking. When he is,
I do Poppy's tea and put her to bed." He wants "a proper bed" and to stop worrying about the
chip pan. He would like to join the youth club football team on Wednesday nights.

Poppy was seen at nursery and at home. She is a chatty little girl who runs to Callum when he
comes in from school. Nursery notice she is very hungry on Mondays and sometimes has the same
clothes on as on Friday.

## Outcomes for Callum and Poppy

1. Callum and Poppy are always cared for in the evening by a sober adult.
2. Each child has their own safe bed in a dry, mould-free bedroom.
3. Callum gets to school on time and has time for football and friends.
4. Poppy's teeth are treated and her health checks are up to date.

## The plan

| Timescale | Who | Action | Measure of success |
|---|---|---|---|
| Fortnightly (next visit w/c 07/07/2025) | SW Ruth Ainsley | Home visits; see Callum alone and Poppy awake; check the food cupboards and where each child sleeps | Visit notes record Callum's views in his own words, what food was in, and where the children slept |
| By next core group (15/07/2025) | HV Kerry Bolton | Weigh Poppy and complete her 2-year developmental review | Weight plotted and ASQ-3 scores written in the red book, copied to the SW |
| Weekly; written update by next core group | Imran Shah, Waymark Alcohol Service | Key-work with Darren and a breath test at every session; report on his drinking and what it means for Callum and Poppy | Breath test log and written update read at core group |
| Ongoing – every evening Darren has the children on his own | Darren Pickering | No alcohol while caring for the children; blow into the home breathalyser at 6pm and send Shelley a photo of the reading | Photos kept on Shelley's phone and shown to the SW at each visit |
| ASAP | Shelley and Darren | Get a bed for Callum and a safe cot-bed for Poppy, both set up in the children's room | |
| As and when | Family | Help Shelley with Poppy's care so she can attend college | Dates written in the family calendar |
| Ongoing | Mrs Jaspreet Kaur, attendance officer, Wharrowdale High | Attendance support for Callum and a reduced-lates plan agreed with him | Attendance at 95% or above on the school register; fewer than 2 lates a half-term |
| TBC | Neil Brand, housing officer, Wharrowdale Homes | Repair the damp and mould in the children's bedroom | Repair job signed off, and the room checked by the SW at a home visit |
| 6 sessions from 07/07/2025 | FSW Anna Pryce, Gasworks Family Hub | Routines work with Shelley and Darren: mealtimes, bath and bedtime for Poppy | Improvement in routines |
| By 18/07/2025 | Dr Olu Farouk, GP, Hillside Surgery | Liver function tests for Darren and a talk about a community detox | Results and the GP's letter sent to Waymark and the SW |
| By 31/07/2025 | Shelley Pickering | Take Poppy to the dentist for treatment of her tooth decay | Dentist's treatment notes seen by the HV and written in the red book |
| By next core group (15/07/2025) | SW Ruth Ainsley | Refer Callum to Wharrowdale Young Carers and to the Wednesday youth club football team | Young carers acceptance letter on file; Callum's name on the club register |

## Contingency

If Darren is found drunk while looking after Callum and Poppy, or Callum has to ring Shelley
at work again because Darren cannot be woken, Shelley will come home straight away and the SW
(or the emergency duty team) will hold a strategy discussion the same day. Darren will leave the
flat and stay at his brother Steve's until a new safety plan is agreed, and Shelley will not go
to work on any evening until then. If Shelley cannot come home, the children will be looked after
that night by approved foster carers. If no one in the family can help with Poppy on a college
day, Poppy will go to Sunflowers for an extra session, which the Family Hub will fund.

## Meetings

- Core group every 2 weeks at Gasworks Family Hub, 10am: 15/07/2025, 29/07/2025, 12/08/2025.
- Review child protection conference: 02/09/2025, 1.30pm, Wharrowdale Town Hall.
""",
    "findings": [
        F("T002", "Get a bed for Callum and a safe cot-bed"),
        F("M001", "Get a bed for Callum and a safe cot-bed"),
        F("T002", "Help Shelley with Poppy's care so she can attend college"),
        F("W002", "Help Shelley with Poppy's care so she can attend college"),
        F("T002", "Attendance support for Callum and a reduced-lates plan"),
        F("T002", "Repair the damp and mould in the children's bedroom"),
        F("M002", "Routines work with Shelley and Darren: mealtimes, bath and bedtime"),
        F("R002"),
    ],
})
