"""Batch 53, module d: seven fictional plans (tuning material), places beginning with "d".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: actions laid out in tables of unusual shapes. Tables turned on their
side (one column per action, the fields as rows); actions grouped under
full-width agency or theme rows; one wide "Details" column holding owner,
date and measure as running text; columns that hold two fields ("Who /
when", "Lead and review date"); a long table continued over pages with its
header row repeated; status / RAG and "progress since last meeting"
columns; and tables that sit beside the plan but hold no actions at all
(attendees, a chronology, risk scaling). Four of the seven are exemplary.
"""
import textwrap

from build_batch5 import F, H

PLANS = []


def _grid(headers, widths, rows):
    """A plain-text grid as a case system prints it: cells wrapped to fixed widths."""
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"

    def lines(cells):
        wrapped = [textwrap.wrap(c, w) or [""] for c, w in zip(cells, widths)]
        height = max(len(x) for x in wrapped)
        return ["| " + " | ".join((x[i] if i < len(x) else "").ljust(w) for x, w in zip(wrapped, widths)) + " |"
                for i in range(height)]

    out = [rule] + lines(headers) + [rule.replace("-", "=")]
    for row in rows:
        out += lines(row) + [rule]
    return "\n".join(out)


# ---------------------------------------------------------------------------
# 1. ICPC plan with an attendees table, then three transposed step tables:
#    one column per action, fields as rows. Exemplary (docx, landscape)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b53_drovesleigh_transposed_step_columns_attendees_pereira.docx",
    "doc_title": "Initial Child Protection Conference Plan - Tiago and Bia Pereira",
    "split": "tune",
    "actions": 10,
    "template": "icpc-plan-docx-landscape-who-took-part-table-then-three-theme-subheadings-each-over-a-transposed-table-one-column-per-step-rows-what-will-be-done-who-is-responsible-when-how-we-will-know",
    "description": (
        "Initial conference plan for an 8-year-old and a 3-year-old (neglect, mother's heavy drinking). "
        "A 'Who took part' table, then the plan in three transposed tables, one column per step, read "
        "down: what will be done, who is responsible, when, how we will know it is working. Every step "
        "has a named owner, a date or frequency and something that can be seen or counted; the alcohol "
        "service reports on change, the GP owns the medical review, the aunt's school runs are covered "
        "in the contingency, and the core group dates, review conference and legal step are set. "
        "Exemplary."
    ),
    "landscape": True,
    "header": "Drovesleigh Metropolitan Borough Council | Children and Families | OFFICIAL-SENSITIVE",
    "blocks": [
        ("title", "Child Protection Plan – Tiago and Bia Pereira"),
        ("kv", [
            ("Children", "Tiago Pereira, born 19/03/2017 (8), Year 3 at Ashgrove Primary School; "
                         "Bia Pereira, born 02/05/2022 (3), Little Acorns Nursery"),
            ("Home", "6 Coldharbour Walk, Drovesleigh, with their mother"),
            ("Mother", "Luana Pereira (34)"),
            ("Father", "Paulo Santos, lives in Portugal; phones the children most Sundays and is not involved "
                       "in their day-to-day care"),
            ("Conference", "Initial child protection conference, 25/06/2025, Drovesleigh Town Hall, Room 2"),
            ("Category", "Neglect"),
            ("Allocated social worker", "Nadia Kershaw, Locality Team North (07700 914 226)"),
            ("Conference chair", "Hilary Vance, Child Protection Chair"),
        ]),
        ("h1", "Who took part"),
        ("table", {
            "header": ["Name", "Role and agency", "How they took part"],
            "widths": [5.0, 11.0, 9.7],
            "rows": [
                ["Luana Pereira", "Mother", "Present, with her advocate Joy Mensah (Drovesleigh Advocacy)"],
                ["Rosa Pereira", "Maternal aunt", "Present for the family part of the meeting"],
                ["Nadia Kershaw", "Social worker, Locality Team North", "Present; conference report shared "
                 "with Luana on 23/06/2025"],
                ["Mrs Lorna Pike", "Designated safeguarding lead, Ashgrove Primary School", "Present; written report"],
                ["Kerry Ash", "Manager, Little Acorns Nursery", "Present"],
                ["Megan Thorne", "Health visitor, Drovesleigh 0-19 Service", "Present; written report"],
                ["Sam Okeke", "Recovery worker, Drovesleigh Alcohol Recovery Service", "Present"],
                ["Dr Imran Qadir", "GP, Fernlea Surgery", "Written report only"],
                ["Delroy Amankwah", "Family support worker, Drovesleigh Family Help", "Present"],
                ["Hilary Vance", "Child Protection Chair", "Chaired"],
                ["Sunita Bhatt", "Minute taker", "Present"],
            ],
        }),
        ("h1", "Why we are worried"),
        ("p", "Since January Tiago has been late 14 times and absent 8 times, mostly on Mondays. On 12 May "
              "and again on 3 June Luana came to collect Bia from nursery smelling strongly of alcohol and "
              "unsteady on her feet; on 3 June nursery staff did not let Bia go and the police took Luana "
              "home. When the social worker visited on 6 June there was cereal in the cupboard and nothing "
              "else to eat, Bia's mattress was wet with no sheet on it, and there were empty wine bottles "
              "in the kitchen and in Luana's bedroom."),
        ("p", "Luana told conference that she has been drinking two or three bottles of wine most evenings "
              "since she and Paulo separated in 2023, and sometimes in the daytime at weekends. She referred "
              "herself to the Drovesleigh Alcohol Recovery Service on 10 June and has been to both "
              "appointments offered so far."),
        ("h1", "What is going well"),
        ("p", "Luana is honest about her drinking and wants to stop. Both children are warmly dressed, and "
              "Tiago and Bia are affectionate with their mum and with each other. Rosa lives ten minutes' "
              "walk away, does not drink, and has offered to do three school runs a week. Tiago's teacher "
              "says his reading has come on this year."),
        ("h1", "Tiago and Bia's experience"),
        ("p", "Tiago talked to the social worker at school on 16 June and drew his week as a row of houses. "
              "He said: \"Mum sleeps a lot on the sofa. I make Bia's cereal and put the telly on for her.\" "
              "He coloured Monday and Friday black because \"Mum's headachy\" on those days. He likes going "
              "to Auntie Rosa's \"because there's proper tea\" and wants to go back to Saturday football."),
        ("p", "Bia is chatty at nursery and runs to the home corner to \"make dinner\". Staff notice she is "
              "very hungry at breakfast club on Mondays and Fridays and sometimes arrives in the clothes she "
              "wore the day before. At the home visit she climbed straight onto Tiago's lap rather than her "
              "mum's."),
        ("h1", "What needs to be different for Tiago and Bia"),
        ("bullets", [
            "Tiago and Bia are looked after every day and night by an adult who is sober.",
            "They eat breakfast and an evening meal every day, sleep in clean, dry beds and get to school "
            "and nursery on time.",
            "Tiago no longer has to get Bia ready or feed her, and has time for football and friends.",
            "Bia's speech and development are checked and she is up to date with her health checks and "
            "immunisations.",
        ]),
        ("h1", "The plan"),
        ("p", "Each table below has one column for each step. Read down a column to see what will be done, "
              "who is responsible, when it will happen, and what we will see if it is working."),
        ("h2", "A. Home, food and bedtimes"),
        ("table", {
            "header": ["Step", "A1", "A2", "A3", "A4"],
            "widths": [4.1, 5.4, 5.4, 5.4, 5.4],
            "bold_first_col": True,
            "rows": [
                ["What will be done",
                 "Visit Tiago and Bia at home, with at least one visit in three unannounced; see Tiago on his "
                 "own in his room, look in the kitchen cupboards and see where Bia slept",
                 "Blow into the breathalyser issued by the recovery service at the nursery door before taking "
                 "Bia home, and show the reading to nursery staff",
                 "Evening routine sessions at home with Luana: tea at 5pm, bath, story, and bed by 7.30pm for "
                 "Bia and 8.30pm for Tiago",
                 "Walk Tiago and Bia to school and nursery on Monday, Wednesday and Friday mornings"],
                ["Who is responsible",
                 "Nadia Kershaw, social worker",
                 "Luana Pereira; Kerry Ash (nursery manager) or her deputy witnesses the reading",
                 "Delroy Amankwah, family support worker, Drovesleigh Family Help",
                 "Rosa Pereira (maternal aunt)"],
                ["When",
                 "Every 10 working days; first visit by 04/07/2025",
                 "At every nursery collection, Monday to Friday",
                 "Tuesday and Thursday evenings for 8 weeks, from 01/07/2025",
                 "Every Monday, Wednesday and Friday in term, from 30/06/2025"],
                ["How we will know it is working",
                 "Each visit record notes what Tiago said in his own words, what food was in and whether "
                 "Bia's bed was clean and dry; summary given to each core group",
                 "Reading written in the collection book and initialled by nursery staff; a photo of the "
                 "week's page emailed to the social worker every Friday",
                 "Routine chart on the kitchen wall filled in every night; by week 8 the family support "
                 "worker's notes show bedtimes kept on at least 5 nights a week",
                 "Registers show both children in before 9am on Rosa's days; Rosa signs the nursery "
                 "drop-off book"],
            ],
        }),
        ("h2", "B. Luana's drinking and what it means for the children"),
        ("table", {
            "header": ["Step", "B1", "B2", "B3"],
            "widths": [4.1, 5.4, 5.4, 5.4],
            "bold_first_col": True,
            "rows": [
                ["What will be done",
                 "Full alcohol assessment and weekly key work with Luana, with a breath test at every "
                 "session and a written view on whether her drinking is changing and how soon she could "
                 "safely care for Tiago and Bia without daily checks",
                 "Liver function blood tests and a medical review of Luana's drinking, including a "
                 "community detox if the recovery service advises one",
                 "Take part in the ten-week 'Bottles and Bedtimes' group at Drovesleigh Family Hub, about "
                 "how a parent's drinking feels for children"],
                ["Who is responsible",
                 "Sam Okeke, recovery worker, Drovesleigh Alcohol Recovery Service",
                 "Dr Imran Qadir, GP, Fernlea Surgery",
                 "Luana Pereira; group leader Ann Tolley sends the register"],
                ["When",
                 "Assessment by 11/07/2025, then weekly; written view 3 working days before every core group",
                 "Blood tests by 18/07/2025; review appointment within 2 weeks of the results",
                 "Thursdays at 10am for 10 weeks, from 10/07/2025"],
                ["How we will know it is working",
                 "Breath test readings from each session and the written view sent to the social worker and "
                 "read at every core group",
                 "Results and a letter setting out the medical plan, including any detox dates, sent to the "
                 "social worker and to Sam Okeke",
                 "Group register sent to the social worker every two weeks; Luana at 9 or more of the 10 "
                 "sessions; end-of-group letter on file"],
            ],
        }),
        ("h2", "C. School, nursery and health"),
        ("table", {
            "header": ["Step", "C1", "C2", "C3"],
            "widths": [4.1, 5.4, 5.4, 5.4],
            "bold_first_col": True,
            "rows": [
                ["What will be done",
                 "Meet Tiago at the start of each week to talk about his weekend, using his worry box",
                 "Complete Bia's 2-year development review, including her speech, and bring her MMR booster "
                 "up to date",
                 "Record the time Bia arrives, who brings and collects her, and whether she has had "
                 "breakfast"],
                ["Who is responsible",
                 "Mrs Lorna Pike, DSL, Ashgrove Primary School",
                 "Megan Thorne, health visitor",
                 "Kerry Ash, manager, Little Acorns Nursery"],
                ["When",
                 "Every Monday morning in term, from 30/06/2025",
                 "Development review by 25/07/2025; MMR booster given by 31/08/2025",
                 "Every session Bia attends"],
                ["How we will know it is working",
                 "Check-in record kept by the DSL; anything Tiago says about drinking, hunger or being on his "
                 "own passed to the social worker the same day; attendance and lateness figures sent monthly",
                 "ASQ-3 scores and red book entries copied to the social worker; GP record shows the "
                 "booster given",
                 "Arrival and collection sheet emailed to the social worker every Friday"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Luana's reading at nursery is above zero, if she smells of alcohol or seems drunk at any "
              "collection, or if either child has not been collected by 4.30pm, the school or nursery will "
              "keep the child and ring the social worker (the Emergency Duty Team on 01632 960 771 after "
              "5pm). Tiago and Bia will go to Rosa Pereira at 41 Falcon Rise that evening: Rosa agreed this "
              "at conference and the social worker checked her home on 20/06/2025. The social worker will "
              "hold a strategy discussion with the police the same day."),
        ("p", "If Rosa cannot have the children, the social worker or the Emergency Duty Team will arrange an "
              "emergency foster placement through the Drovesleigh placements team that night. If Rosa is ill "
              "or away on one of her school-run days, Luana will take the children herself, and the school "
              "and nursery will ring the social worker by 9.30am if either child has not arrived."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Ashgrove Primary School, 3.30pm: 08/07/2025 (first), 05/08/2025 and "
            "02/09/2025.",
            "Review child protection conference: 17/09/2025 at 10am, Drovesleigh Town Hall.",
            "If Luana has more than one reading above zero, or the children miss more than three school or "
            "nursery days without a reason, before the core group on 05/08/2025, the social worker will ask "
            "the team manager for a legal planning meeting, to be held within 10 working days.",
        ]),
        ("p", "Plan agreed at conference on 25/06/2025. Copies to everyone listed under 'Who took part' and "
              "to Luana by hand."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan: chronology table, then one long action table
#    under full-width agency rows, a "Lead and review date" column, running
#    over pages with its header repeated. Exemplary (pdf, header + footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b53_derrowby_continued_table_agency_bands_lead_review_nakamura.pdf",
    "doc_title": "Review Child Protection Plan - Hana Nakamura-Reid and Oscar Nakamura",
    "split": "tune",
    "actions": 14,
    "template": "rcpc-plan-paged-since-the-initial-conference-chronology-table-then-fourteen-row-action-table-under-full-width-agency-rows-no-what-will-happen-lead-and-review-date-how-we-will-know-header-repeated-over-pages",
    "description": (
        "First review conference plan for a 7-month-old and a 6-year-old (mother's postnatal depression, "
        "father's cannabis use, unsafe sleep). A chronology table of events since the initial "
        "conference, then one numbered action table grouped under full-width agency rows (social care, "
        "health, perinatal mental health, drug and alcohol service, school and nursery, family network, "
        "parents) with a combined 'Lead and review date' column, running over two pages with its header "
        "row repeated. The perinatal nurse and the psychologist both report on capacity to change; "
        "the grandmother's afternoons are covered in the contingency. Exemplary."
    ),
    "header": "OFFICIAL-SENSITIVE | Derrowby Council Children's Services | Review Child Protection Conference",
    "footer": "Plan for Hana Nakamura-Reid and Oscar Nakamura – Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "blocks": [
        ("title", "Review Child Protection Conference – the Plan"),
        ("kv", [
            ("Children", "Hana Nakamura-Reid, born 14/11/2024 (7 months); Oscar Nakamura, born 08/02/2019 "
                         "(6), Year 1 at Millbrook Infant School"),
            ("Address", "19 Weir Lane, Derrowby"),
            ("Mother", "Yuki Nakamura (29)"),
            ("Hana's father", "Callum Reid (31), lives at home"),
            ("Oscar's father", "Lives in Japan; no contact since 2021"),
            ("Conferences", "Initial 17/04/2025; first review 10/07/2025"),
            ("Category", "Neglect (unchanged)"),
            ("Social worker", "Hollie Brennan, Children's Safeguarding Team 3"),
            ("Chair", "Raj Mistry, Independent Reviewing Officer"),
        ]),
        ("h1", "Since the initial conference"),
        ("p", "The key events since April are below. They are taken from the case record and the reports "
              "sent to this conference."),
        ("table", {
            "header": ["Date", "What happened", "Who told us"],
            "widths": [2.6, 10.4, 4.0],
            "rows": [
                ["24/04/2025", "First core group. Yuki said she had stopped her sertraline in March because "
                               "it made her feel \"flat\".", "Core group record"],
                ["06/05/2025", "Hana found asleep on the sofa next to Callum during an unannounced visit.",
                 "Social worker"],
                ["19/05/2025", "Yuki restarted sertraline; referred to the perinatal mental health team.",
                 "GP"],
                ["02/06/2025", "Perinatal assessment: moderate postnatal depression, no current thoughts of "
                               "harm. CBT offered.", "Perinatal mental health team"],
                ["11/06/2025", "Callum's first urine screen positive for cannabis; he started key work the "
                               "same week.", "Drug and alcohol service"],
                ["20/06/2025", "Hana weighed on the 25th centile, up from the 9th in April.", "Health visitor"],
                ["01/07/2025", "Oscar's attendance for the summer term at 94%, up from 81% in the spring.",
                 "Millbrook Infant School"],
            ],
        }),
        ("h1", "What Oscar and Hana tell and show us"),
        ("p", "Oscar (seen alone at school on 26 June): \"Mummy smiles more now. Daddy smokes in the garden, "
              "not in the house, because of Hana.\" He wants to keep going to Granny Janet's on Tuesdays "
              "\"because she lets me do the baking\". He said he still worries when Mummy stays in bed."),
        ("p", "Hana is a smiley baby who reaches for Yuki and Callum and settles quickly when held. At the "
              "last two visits she was asleep on her back in her cot. She is rolling and starting to sit, "
              "and she watches Oscar closely and laughs at his games."),
        ("h1", "What we are still worried about"),
        ("p", "Yuki's mood is better but still low on some days, and she finds the nights hard. Callum's "
              "screens are reducing but not yet clear. Both parents say Hana no longer sleeps on the sofa, "
              "but this is new, and the house is still cold and cluttered upstairs."),
        ("h1", "What needs to be different"),
        ("bullets", [
            "Hana sleeps safely on her back in her own cot for every sleep, and keeps growing along her centile.",
            "Hana and Oscar are cared for by a parent who is well enough, and free enough of cannabis, to "
            "notice and meet their needs day and night.",
            "Oscar gets to school every day on time and has adults he can tell when he is worried.",
        ]),
        ("h1", "The plan"),
        ("p", "Actions are grouped by the agency or person who leads them. The table runs over more than "
              "one page."),
        ("table", {
            "header": ["No.", "What will happen", "Lead and review date", "How we will know it is working"],
            "widths": [1.1, 6.9, 4.0, 5.0],
            "rows": [
                ["Children's Social Care", H, H, H],
                ["1", "Visit Hana and Oscar at home, with at least one unannounced visit a month; see Oscar "
                      "alone, and see Hana awake and where she sleeps",
                 "Hollie Brennan, social worker\nWeekly\nReview date: 14/08/2025",
                 "Visit notes record Oscar's words, where Hana slept and how her cot was made up; summary "
                 "given at each core group"],
                ["2", "Hold a family network meeting to agree who can care for the children at short notice",
                 "Hollie Brennan, social worker\nBy 25/07/2025\nReview date: 14/08/2025",
                 "Written network plan with names, phone numbers and the days each person can help, copied "
                 "to Yuki, Callum and the core group"],
                ["3", "Fund two nursery sessions a week for Hana at Little Wrens Nursery",
                 "Hollie Brennan, social worker\nPlace to start by 01/08/2025\nReview date: 14/08/2025",
                 "Place confirmed in writing; Hana at 90% or more of booked sessions on the nursery "
                 "register"],
                ["Health – health visiting and GP", H, H, H],
                ["4", "Weigh Hana and check her development",
                 "Asha Singh, health visitor\nFortnightly; 9–12 month review by 15/09/2025\nReview date: "
                 "14/08/2025",
                 "Weights plotted in the red book and staying on or above the 25th centile; ASQ-3 scores "
                 "sent to the social worker"],
                ["5", "Go through safe sleep again with Yuki and Callum now that Hana is rolling, and check "
                      "the cot and the bedroom",
                 "Asha Singh, health visitor\nBy 18/07/2025\nReview date: 14/08/2025",
                 "Safe sleep checklist signed by both parents; cot in the parents' room and clear of pillows "
                 "at the next social work visit"],
                ["6", "Review Yuki's sertraline and how she is sleeping, and tell the perinatal team anything "
                      "that affects her care of Hana",
                 "Dr Fiona Leckie, GP, Weir Lane Surgery\nBy 25/07/2025, then every 8 weeks\nReview date: "
                 "14/08/2025",
                 "GP letter to the social worker and the perinatal team after each review"],
                ["Perinatal Mental Health Team", H, H, H],
                ["7", "Home visits to Yuki, with a written view for each core group on whether her mood lets "
                      "her respond to Hana's cues, what has changed and how long further change is likely "
                      "to take",
                 "Gemma Hartley, community perinatal nurse\nFortnightly; written view 3 working days before "
                 "each core group\nReview date: 14/08/2025",
                 "Written view read at each core group; EPDS score recorded once a month and included"],
                ["8", "Twelve sessions of CBT for Yuki, with reports on her capacity to keep up the changes "
                      "and what that means for Hana and Oscar",
                 "Dr Owen Marr, clinical psychologist\nWeekly from 21/07/2025; reports after sessions 6 "
                 "and 12\nReview date: 11/09/2025",
                 "Attendance recorded at each session; two written reports sent to the social worker and "
                 "shared with the core group"],
                ["Derrowby Drug and Alcohol Service", H, H, H],
                ["9", "Key work with Callum on his cannabis use, with a urine screen at every session and a "
                      "written update on whether he is using when he cares for the children",
                 "Ricky Osei, recovery worker\nWeekly; update before each core group\nReview date: 14/08/2025",
                 "Urine screen results and the written update read at core group"],
                ["School and nursery", H, H, H],
                ["10", "Greet Oscar at the classroom door and use his feelings chart with him at the start "
                       "of each week",
                 "Mrs Jane Okoro, DSL, Millbrook Infant School\nEvery school day; chart on Mondays\nReview "
                 "date: 14/08/2025",
                 "Attendance and punctuality figures sent to the social worker on the first Monday of each "
                 "month; anything Oscar says about home logged and passed on the same day"],
                ["11", "Record how Hana arrives (fed, clean, dry) and anything that worries staff",
                 "Paula Green, manager, Little Wrens Nursery\nEvery session from her start date\nReview "
                 "date: 11/09/2025",
                 "Arrival record emailed to the social worker every Friday"],
                ["Family network", H, H, H],
                ["12", "Have Hana and Oscar at her house after school, collecting Oscar and giving both "
                       "children their tea",
                 "Janet Reid, paternal grandmother\nEvery Tuesday and Thursday, 3pm to 7pm\nReview date: "
                 "14/08/2025",
                 "School collection book shows Janet collecting Oscar; Janet's diary of each afternoon read "
                 "by the social worker every fortnight"],
                ["Yuki and Callum", H, H, H],
                ["13", "Put Hana down on her back in her own cot for every sleep, day and night, and keep the "
                       "house smoke-free",
                 "Yuki Nakamura, with Callum Reid for night sleeps\nEvery sleep, from 10/07/2025\nReview date: "
                 "14/08/2025",
                 "Sleep diary on the fridge filled in daily and checked at each visit; Hana seen in her cot "
                 "at social work and health visitor visits"],
                ["14", "Stop using cannabis, with none kept in the house and none used while caring for the "
                       "children",
                 "Callum Reid\nFrom 10/07/2025; clear screens by 14/08/2025\nReview date: 14/08/2025",
                 "Negative urine screens from the drug and alcohol service by 14/08/2025; no smell of "
                 "cannabis noted at any visit"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Yuki tells anyone she is thinking of harming herself or Hana, if Hana is found asleep "
              "anywhere other than her cot, or if Callum is looking after the children while under the "
              "influence of cannabis, whoever finds out will ring the social worker straight away (the "
              "Emergency Duty Team out of hours). The social worker will hold a strategy discussion the same "
              "day, and the perinatal crisis team will see Yuki within 4 hours. Hana and Oscar will stay "
              "with Janet Reid at 7 Orchard Mews while this happens."),
        ("p", "If Janet cannot have them in an emergency, the social worker will place them with emergency "
              "foster carers through the Derrowby placements team that day. If Janet cannot do a Tuesday or "
              "Thursday afternoon, Oscar will go to the school's after-school club (place already funded) "
              "and Hana will have an extra session at Little Wrens; the social worker will arrange both by "
              "12 noon that day."),
        ("h1", "Meetings and review"),
        ("bullets", [
            "Core group every 4 weeks at Millbrook Infant School, 1.30pm: 14/08/2025, 11/09/2025 and "
            "09/10/2025.",
            "Second review child protection conference: 06/11/2025 at 10am, Derrowby Civic Centre.",
            "If the CBT report after session 6 says Yuki cannot make the changes Hana needs, if Hana's weight "
            "drops below the 9th centile, or if Callum's screens are still positive at the core group on "
            "11/09/2025, the social worker will request a legal planning meeting with Derrowby Legal "
            "Services within 5 working days.",
        ]),
        ("p", "Hollie Brennan, Social Worker, and Raj Mistry, IRO – 11/07/2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group review print: attendance and scaling grids, then a
#    fixed-width plan grid with WHO / WHEN, PROGRESS SINCE LAST MEETING and
#    RAG columns, cells wrapped over lines. Exemplary (txt)
# ---------------------------------------------------------------------------
_DOD_ATTEND = _grid(
    ["NAME", "ROLE", "PRESENT"],
    [22, 46, 10],
    [
        ["Ewa Kowalska", "Mother", "Yes"],
        ["Priya Lal", "Social worker (chair of this meeting)", "Yes"],
        ["Marta Nowicka", "IDVA, Doddingmere Domestic Abuse Service", "Yes"],
        ["Amy Dwyer", "School counsellor, Doddingmere Academy", "Yes"],
        ["Lily Grant", "Keyworker, Hazel Tree Nursery", "Yes"],
        ["Fatima Chaudhry", "Health visitor", "Yes"],
        ["DC Sam Ruddock", "Doddingmere Police, Domestic Abuse Unit", "Apologies"],
        ["Halina Kowalska", "Paternal grandmother (contact supervisor)", "Yes"],
        ["Tomasz Kowalski", "Father (seen separately by SW 23/06/2025)", "No"],
    ],
)

_DOD_SCALE = _grid(
    ["PERSON", "SCORE", "WHY"],
    [18, 6, 54],
    [
        ["Ewa", "7", "No incidents since May and Tomasz keeps to Sundays, but I still jump when a car "
                     "stops outside."],
        ["Maja", "8", "Home is calm. I'd be a 10 if I knew Dad won't come round shouting."],
        ["Priya Lal (SW)", "5", "Good start on the programme and the order is being kept, but it is six "
                               "weeks in and the pattern went on for years."],
        ["Marta Nowicka", "5", "Safety plan in place; Ewa still has contact with Tomasz by text about "
                              "money."],
        ["Halina", "8", "Tomasz has been calm and kind at every Sunday visit."],
    ],
)

_DOD_PLAN = _grid(
    ["REF", "ACTION", "WHO / WHEN", "HOW WE WILL KNOW", "PROGRESS SINCE LAST MEETING", "RAG"],
    [4, 30, 20, 28, 24, 4],
    [
        ["1", "Visit Maja and Kuba at home, one visit in two unannounced, and see Maja on her own",
         "SW Priya Lal / every 10 working days",
         "Visit notes record Maja's words and how Kuba was; summary given to each core group",
         "3 visits since 28/05, one unannounced; Maja seen alone twice", "G"],
        ["2", "Go through the safety plan with Ewa and Maja, including what Maja does and who she rings "
              "if her dad comes to the house",
         "IDVA Marta Nowicka / by 04/07/2025, then monthly",
         "Updated safety plan signed by Ewa; Maja can tell the SW the three steps",
         "Ewa's part updated 20/06; Maja's part booked for 02/07", "A"],
        ["3", "Attend the Turning Point domestic abuse perpetrator programme, including the four "
              "sessions on children",
         "Tomasz Kowalski / Tuesdays 6.30pm for 26 weeks from 03/06/2025",
         "Register sent to the SW monthly; facilitator's report at week 13, by 26/08/2025",
         "4 of 4 sessions attended", "G"],
        ["4", "Supervise Tomasz's time with Maja and Kuba at the grandparents' house; Tomasz is never "
              "alone with the children",
         "Halina Kowalska (PGM) / every Sunday, 11am to 3pm",
         "Contact book signed by Halina and Tomasz each Sunday and read by the SW at visits; Maja asked "
         "how contact went",
         "4 contacts, all supervised and signed", "G"],
        ["5", "Keep the warning marker on the address and tell the SW of any call-out or breach of the "
              "non-molestation order",
         "DC Sam Ruddock, DA Unit / within 24 hours of any call or breach",
         "Police notification on the children's record",
         "No calls since 14/05; marker checked 19/06", "G"],
        ["6", "Counselling sessions with Maja so she has a safe place in school to talk about home",
         "Amy Dwyer, school counsellor / every Thursday in term",
         "Session log; anything Maja says about home passed to the DSL and SW the same day",
         "Started 05/06; Maja at 3 of 3 and asked for more", "G"],
        ["7", "Note how Kuba is when he arrives and anything he says or plays out about home",
         "Lily Grant, Hazel Tree Nursery / every session",
         "Nursery daily sheet emailed to the SW every Friday",
         "Kuba settled; one play episode on 11/06 passed on the same day", "G"],
        ["8", "Refer Kuba to speech and language therapy after his ASQ-3 showed his words are behind",
         "HV Fatima Chaudhry / by 30/06/2025",
         "Acceptance letter copied to the SW; first therapy date written in the red book",
         "NEW - added at this meeting", "-"],
        ["9", "Freedom Programme for Ewa at Doddingmere Women's Centre",
         "Ewa Kowalska / Wednesdays 10am for 12 weeks from 02/07/2025",
         "Attendance sheet shared with the SW at the end of each month",
         "Place confirmed 20/06", "A"],
    ],
)

PLANS.append({
    "name": "b53_doddingmere_fixed_width_progress_rag_who_when_kowalska.txt",
    "split": "tune",
    "actions": 9,
    "template": "core-group-review-print-txt-caps-headed-sections-attendance-and-scaling-ascii-grids-then-fixed-width-plan-grid-ref-action-who-slash-when-how-we-will-know-progress-since-last-meeting-rag-wrapped-cells",
    "description": (
        "Second core group record printed from a case system as plain text, for an 11-year-old and a "
        "4-year-old (domestic abuse; father moved out and on a perpetrator programme, contact at the "
        "grandparents' supervised by the grandmother). An attendance grid and a scaling grid sit beside "
        "the plan; the plan is a fixed-width grid with a 'Who / when' column, 'How we will know', "
        "'Progress since last meeting' and RAG, cells wrapped over several lines. Every row has an owner, "
        "a date or frequency and a measure; the contingency covers the grandmother being unable to "
        "supervise; dates and the legal step are set. Exemplary."
    ),
    "text": f"""\
DODDINGMERE BOROUGH COUNCIL - CHILDREN'S SERVICES
CORE GROUP REVIEW RECORD                      printed from CareFrame 4.2
                                              25/06/2025 16:12  user PLAL
=========================================================================

CHILDREN ........ Maja KOWALSKA, born 03/01/2014 (11), Year 6, Doddingmere
                  Academy (junior site)
                  Kuba KOWALSKI, born 27/09/2020 (4), Hazel Tree Nursery
HOME ............ 12 Larch Gardens, Doddingmere, with their mother
MOTHER .......... Ewa KOWALSKA (36)
FATHER .......... Tomasz KOWALSKI (39), living with his parents at
                  4 Mill Row since 14/05/2025
PLAN ............ Child protection, category Emotional abuse
ICPC ............ 15/05/2025
THIS MEETING .... Core group 2, 25/06/2025, Doddingmere Academy
SW .............. Priya Lal, Safeguarding Team East

1. ATTENDANCE
-------------
{_DOD_ATTEND}

2. SINCE THE LAST CORE GROUP (28/05/2025)
-----------------------------------------
There have been no police call-outs since 14 May, when Tomasz pushed Ewa
into the kitchen door in front of Maja and Kuba. A non-molestation order
was made on 22/05/2025 and runs to 22/05/2026. Tomasz has been to every
programme session and every Sunday contact. Ewa says the house is "quiet
for the first time in years" but she finds the evenings long and still
texts Tomasz about money for the children.

3. WHAT MAJA AND KUBA HAVE SAID
-------------------------------
Maja (seen alone at school, 19/06/2025): "I don't have to listen out for
the front door any more. I like Sundays at Babcia's because Dad is
normal there." She said she would ring 999 if her dad came to the house
and knows the code word her mum uses. She wants to stay at Doddingmere
Academy for Year 7 "with my friends".

Kuba does not say much about home. At nursery he has started playing
"families" calmly; on 11/06 he made two toy figures shout and said "Daddy
cross, Mummy crying". He runs to his mum at pick-up and sleeps through
the night, Ewa says, since May.

4. SCALING (0 = the children are not safe at home, 10 = safe enough to
   end the plan)
----------------------------------------------------------------------
{_DOD_SCALE}

5. OUTCOMES FOR THE CHILDREN (agreed at the ICPC, unchanged)
------------------------------------------------------------
 a) Maja and Kuba live at home without violence, shouting or threats, and
    Maja tells trusted adults that she feels safe.
 b) Maja and Kuba see their dad only in a way that is safe for them, and
    know what to do if that changes.
 c) Kuba's speech and play show he is less worried, and his words catch
    up with other children his age.

6. THE PLAN - REVIEWED AT THIS MEETING
--------------------------------------
RAG: G on track / A started, behind / R not started or off track.
Row 8 was added at this meeting.

{_DOD_PLAN}

7. CONTINGENCY
--------------
If Tomasz comes to 12 Larch Gardens, contacts Ewa outside the terms of the
order, or Maja or Kuba say they have seen him outside Sunday contact, Ewa
will ring 999 and the police will attend. The SW (or the Emergency Duty
Team out of hours) will hold a strategy discussion the same day and
Sunday contact will stop until a new risk assessment is done. If Ewa and
the children cannot stay safely at home, the IDVA will find a refuge
place through Doddingmere Women's Aid that day.

If Halina is ill or away and cannot supervise a Sunday, that contact will
not go ahead with anyone else in the family: the SW will book supervised
contact at the Doddingmere Contact Centre within 7 days instead. If
Tomasz arrives at contact angry or starts to shout, Halina will end the
visit and ring the SW the same day.

8. NEXT MEETINGS AND LEGAL PLANNING
-----------------------------------
Core group every 4 weeks at Doddingmere Academy: next 23/07/2025 at 3.30pm,
then 20/08/2025.
Review child protection conference: 07/08/2025 at 1.30pm, Doddingmere
Civic Hall.
If the order is breached, Tomasz misses two programme sessions, or Maja
or Kuba are hurt or frightened by him before the review conference, the
SW will request a legal planning meeting within 5 working days.

Record agreed by those present. Typed by P. Lal, 25/06/2025.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. ICPC plan in markdown: a risk scaling table beside the plan, then a
#    two-column table whose wide "Details" column holds the owner, the
#    timescale and the measure as running text. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b53_dunscarth_details_column_running_text_scaling_achebe.md",
    "split": "tune",
    "actions": 7,
    "template": "icpc-plan-md-details-field-table-worries-and-strengths-paragraphs-risk-scaling-table-who-score-one-point-higher-then-numbered-what-needs-to-happen-and-wide-details-column-owner-when-and-check-in-running-sentences",
    "description": (
        "Initial conference plan for a 12-year-old who was hit with a belt by his father, and his "
        "14-month-old sister. A risk scaling table (who, score, what would make it one point higher) "
        "sits beside the plan; the plan is a two-column table: a short 'What needs to happen' and a wide "
        "'Details' column where who does it, when and how it will be checked are written as running "
        "sentences. Every row names its owner, a date or frequency and what will be seen; the "
        "contingency, review dates and legal step are clear. Exemplary."
    ),
    "text": """\
# Child Protection Plan

**Dunscarth City Council – Children's Social Care**
Initial child protection conference held on 02/07/2025 at Dunscarth Civic Offices.

| | |
|---|---|
| **Children** | Chidi Achebe, born 30/01/2013 (12), Year 7 at Dunscarth High School; Amara Achebe, born 11/05/2024 (14 months), at home |
| **Parents** | Ngozi Achebe (mother) and Emeka Achebe (father), both living at 52 Tanners Row, Dunscarth |
| **Category** | Physical abuse |
| **Social worker** | Funmi Adeyemi, Assessment and Child Protection Team |
| **Chair** | Graham Fox, Child Protection Conference Chair |

## Why we met

On 09/06/2025 Chidi's PE teacher saw long bruises on the backs of his legs. Chidi said his dad
had hit him with a belt because he had lied about a detention. A medical on 10/06/2025 found
the bruising fitted that account. Emeka told police and the social worker that he was "raised
this way" and did not think he had hurt Chidi badly, but he now accepts that hitting a child
with a belt is against the law and has frightened his son. Emeka was interviewed under
caution and the police investigation is still open.

Ngozi says she tried to stop it and did not know what else to do. There are no earlier
referrals for either child. Amara has no marks and is developing well.

## What is working well

- Chidi is doing well in school, plays for the Year 7 football team and has two close friends.
- Both parents came to every meeting, and Emeka has kept to the written agreement not to use
  physical punishment since 12/06/2025.
- Ngozi's sister, Adaeze, lives nearby and Chidi says he can talk to her.

## What Chidi says, and what we see of Amara

Chidi (seen alone at school, 20/06/2025): "Dad's been better since the police came. He talks to
me now instead of shouting. I'm still scared when I get a bad report, because that's when it
happens." On his three houses sheet his house of worries had "belt" and "Dad's face when he's
angry"; his house of dreams had "Dad coming to watch me play".

Amara was seen at home on 13/06 and 27/06. She toddles to the door to greet visitors, babbles
"mama" and "Chi-Chi", and goes to both parents for comfort.

## Risk scaling

0 means Chidi will be hit again; 10 means everyone is confident he is safe at home.

| Who | Score | What would make it one point higher |
|---|---|---|
| Funmi Adeyemi (SW) | 4 | Emeka finishing the parenting sessions and Chidi telling me nothing has happened after a bad report |
| Chidi | 7 | "If Dad promised in front of everyone and kept it" |
| Ngozi | 8 | Emeka staying calm when Chidi gets into trouble at school |
| Emeka | 8 | Getting through the next school report without losing my temper |
| Mr Tom Hayes (DSL) | 5 | Chidi coming in on Mondays without looking tired or worried |
| Jane Kirby (HV) | 6 | Seeing the same calm at home over the summer |

## What we want for Chidi and Amara

1. Chidi and Amara are never hit, smacked or hurt by anyone at home.
2. Chidi can tell his parents about a bad report or a detention without being afraid.
3. Amara keeps growing and learning in a calm home.

## What will happen

| No. | What needs to happen | Details |
|---|---|---|
| 1 | See Chidi on his own to talk about home, using his three houses sheet | Funmi Adeyemi (social worker) will do this every two weeks, alternating between school and home, with the first visit by 11/07/2025. Her visit notes will record what Chidi says in his own words and whether anyone has hurt him, and she will share them at each core group. |
| 2 | Agree a written family agreement that no one in the house hits, smacks or uses a belt on the children | Funmi will draw this up with Emeka and Ngozi by 11/07/2025. All three sign it, and Chidi is shown it; a copy is kept at home and one at school. At every visit Funmi will ask Chidi whether it has been kept and write down his answer. |
| 3 | Parenting sessions on discipline without physical punishment | Emeka and Ngozi will go together to the eight "Calm, Firm, Kind" evening sessions at Dunscarth Family Centre, on Mondays from 14/07/2025. The facilitator, Ruth Keane, will send the register to Funmi after each session and a written summary after session 8 of what each parent is doing differently at home. |
| 4 | Check in with Chidi and notice any marks or changes in his mood | Mr Tom Hayes, DSL at Dunscarth High School, will see Chidi every Monday and Friday in term. He logs each check-in in the school safeguarding log and rings Funmi the same day if Chidi has a mark or says he has been hurt; the log is sent to Funmi at the end of each half term. |
| 5 | Check Amara's growth and development | Jane Kirby (health visitor) will visit Amara at home once a month, first on 18/07/2025, weigh her and complete her 15-month ASQ-3, recording both in the red book. If she sees any mark she will body map it and ring Funmi that day, and she emails Funmi a short summary after every visit. |
| 6 | Share the outcome of the police investigation and any bail conditions | DC Lauren Price, Dunscarth Police Child Abuse Investigation Team, will tell Funmi in writing within 24 hours of any charging decision or change to Emeka's bail. The written update goes on both children's records and Funmi reads it out at the next core group. |
| 7 | Give Chidi a trusted adult outside the family | Dwayne Pinnock, youth mentor at Dunscarth Youth Service, will see Chidi every Wednesday after school for 10 weeks from 16/07/2025. He keeps an attendance record and Chidi's own 0–10 rating of his week at each session, and sends both to Funmi at the end of each month. |

## If something happens

If Chidi says he has been hit, or a mark is seen on either child, the person who hears or sees
it rings Funmi straight away (the Emergency Duty Team on 01632 960 455 after 5pm). A strategy
discussion with the police will be held the same day. Emeka has agreed that he will leave the
house that evening and stay with his brother Obi at 14 Kiln Street until the strategy discussion
decides it is safe for him to return. If he will not leave, Ngozi will take the children to
her sister Adaeze's at 3 Hollin Court that evening, and if that is not possible the social worker
will arrange emergency foster carers that night.

## Core group and review

- Core group every 4 weeks at Dunscarth High School, 4pm: 15/07/2025, 12/08/2025 and 09/09/2025.
- Review child protection conference: 25/09/2025, 10am, Dunscarth Civic Offices.
- If there is any further incident of physical punishment, or Emeka and Ngozi have not completed
  the parenting sessions by the review conference, Funmi will ask her team manager for a legal
  planning meeting within 5 working days.

*Plan typed by Funmi Adeyemi, 03/07/2025, and given to Ngozi and Emeka with a copy for Chidi
explained in his own words.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Core group review with a present/apologies table, then a plan table
#    grouped under full-width theme rows, with "Who / when", "Evidence",
#    "Progress since last meeting" and RAG columns. Faults (docx, landscape)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b53_dawlingford_theme_bands_who_when_progress_rag_mulrooney.docx",
    "doc_title": "Core Group Review Record - Ruby and Alfie Mulrooney",
    "split": "tune",
    "actions": 11,
    "template": "core-group-2-review-docx-landscape-present-apologies-table-since-last-time-childrens-words-outcomes-then-ref-action-who-slash-when-evidence-progress-since-last-meeting-rag-table-under-full-width-numbered-theme-rows",
    "description": (
        "Second core group record for a 9-year-old and a 2-year-old (father's drinking and violence, "
        "father on bail living away; mother's depression). Present/apologies table, then the plan under "
        "full-width theme rows with 'Who / when', 'Evidence', 'Progress since last meeting' and RAG "
        "columns. Mostly sound, but one 'Who / when' cell has only the DSL's name (T001), another only a "
        "date for a passive dental action (W001), the health visitor is 'ongoing' (T002), one row is "
        "owned by 'Core group members' (W002), the nursery place has no evidence (M001), contact is "
        "'Monitored by the SW' (M002), the talking-therapies counsellor only supports (H001), one "
        "outcome is only about Mum, and the review conference date is still to be confirmed (R001)."
    ),
    "landscape": True,
    "header": "Dawlingford Borough Council – Children's Services – Child Protection",
    "blocks": [
        ("title", "Core Group Review Record and Updated Plan"),
        ("kv", [
            ("Children", "Ruby Mulrooney, born 21/10/2015 (9), Year 4, Harebell Primary School; "
                         "Alfie Mulrooney, born 04/03/2023 (2), at home"),
            ("Address", "27 Sorrel Court, Dawlingford"),
            ("Mother", "Kerry Mulrooney (31)"),
            ("Father", "Dean Mulrooney (34), staying at his brother's, 9 Canal Side, on police bail not to "
                       "attend Sorrel Court"),
            ("Plan since", "Initial conference 08/05/2025 – category: emotional abuse"),
            ("This meeting", "Core group 2, 17/06/2025, 10am, Dawlingford Family Hub"),
            ("Social worker", "Laura Finch, Safeguarding Team 2"),
        ]),
        ("h2", "Present and apologies"),
        ("table", {
            "header": ["Name", "Role", "Present / apologies"],
            "widths": [6.0, 12.0, 7.7],
            "rows": [
                ["Kerry Mulrooney", "Mother", "Present"],
                ["Laura Finch", "Social worker (chaired)", "Present"],
                ["Jo Marsh", "Health visitor", "Present"],
                ["Mr Ade Bello", "Designated safeguarding lead, Harebell Primary School", "Present"],
                ["Sharon Pell", "IDVA, Dawlingford Domestic Abuse Service", "Present"],
                ["Martin Dobbs", "Recovery worker, Dawlingford Alcohol Service", "Present"],
                ["Carla Snow", "Counsellor, Dawlingford Talking Therapies", "Apologies – update by email"],
                ["Nadine Cole", "Contact worker, Dawlingford Family Hub", "Present"],
                ["Beth Ward", "Business support (notes)", "Present"],
            ],
        }),
        ("p", "Dean was not invited because of his bail conditions. Laura met him on 13/06/2025 and his "
              "views were shared at the meeting."),
        ("h2", "Since the last core group"),
        ("p", "There have been no police call-outs since 27 April, when Dean came home drunk, smashed the "
              "bathroom door and pushed Kerry down the stairs while Ruby watched from the landing. Dean has "
              "kept to his bail and has been to four of five alcohol key-work sessions. Kerry has depression, "
              "diagnosed by her GP in March; she takes sertraline and started counselling in May. She says "
              "she is sleeping better but some mornings cannot face the school run. Ruby was late on 6 of "
              "the last 20 school days. Alfie has two decayed front teeth and says only a handful of words."),
        ("h2", "What Ruby and Alfie are telling us"),
        ("p", "Ruby (seen alone at school on 10/06/2025) said: \"I don't have to hide in my room any more. I "
              "miss Dad but I don't miss the banging.\" She likes Saturday contact \"because there's toast "
              "and Uno\" and wants Dad to \"stop the beer for good\". She told Mr Bello she worries about "
              "Mum being sad in the mornings."),
        ("p", "Alfie cannot yet tell us how he feels. At home visits he plays near Kerry, brings her his "
              "cars and startles when a door bangs. He points to his mouth when he eats something cold."),
        ("h2", "Outcomes from the plan"),
        ("bullets", [
            "Ruby and Alfie live at home without shouting, fighting or threats, and Ruby tells adults she "
            "trusts that she feels safe.",
            "Alfie has no pain in his teeth and his speech is checked, so any delay is picked up before he "
            "starts nursery.",
            "Kerry's mood will lift and she will feel more able to cope day to day.",
            "Ruby and Alfie see their dad only when he is sober and the visit is safe for them.",
        ]),
        ("h2", "The plan – updated at this meeting"),
        ("p", "RAG: G = on track, A = started but behind, R = not started or off track. Rows added today say "
              "NEW in the progress column."),
        ("table", {
            "header": ["Ref", "Action", "Who / when", "Evidence", "Progress since last meeting", "RAG"],
            "widths": [1.2, 7.4, 4.3, 5.6, 5.7, 1.5],
            "rows": [
                ["1. Safe at home", H, H, H, H, H],
                ["1.1", "Visit Ruby and Alfie at home, one visit in two unannounced, and see Ruby on her own",
                 "SW Laura Finch – every 10 working days",
                 "Visit notes show Ruby seen alone and her words written down; Alfie seen awake",
                 "4 visits since 08/05, 2 unannounced; Ruby seen alone each time", "G"],
                ["1.2", "Update the safety plan with Kerry, including the code word Ruby uses to ring 999 "
                        "and where the spare key is kept",
                 "IDVA Sharon Pell – by 04/07/2025",
                 "Signed safety plan on file; Ruby can tell the SW her code word and what to do",
                 "Draft done 06/06; Ruby's part not yet gone through", "A"],
                ["1.3", "Tell the SW the same day if Dean is seen at Sorrel Court, the school gate or the "
                        "Family Hub outside contact",
                 "Core group members – same day",
                 "Each sighting logged on the children's record with the time and what was done",
                 "One sighting 31/05, passed on by school the same afternoon", "G"],
                ["2. Health", H, H, H, H, H],
                ["2.1", "Home visits to Alfie to check his weight, sleep and speech, and to go through his "
                        "bedtime routine with Kerry",
                 "HV Jo Marsh – ongoing",
                 "Weight and ASQ-3 scores recorded in the red book and copied to the SW",
                 "Visit 02/06 – weight on the 50th centile; ASQ-3 communication score low", "A"],
                ["2.2", "Alfie's dental check-up to be booked and the two decayed front teeth treated",
                 "By 15/07/2025",
                 "Dentist's letter confirming the treatment copied to the HV and SW",
                 "Not booked yet – Kerry has the number for Meadow Dental", "R"],
                ["2.3", "Counselling sessions for Kerry for low mood and anxiety",
                 "Carla Snow, Dawlingford Talking Therapies – weekly",
                 "Attendance confirmed by letter to the SW every 4 weeks",
                 "5 of 6 sessions attended (email 16/06)", "G"],
                ["3. School and nursery", H, H, H, H, H],
                ["3.1", "Nurture-room sessions with Ruby on feelings and worries, including her worry jar",
                 "Mr Ade Bello (DSL)",
                 "Session log; anything Ruby says about home passed to the SW the same day",
                 "Started 02/06; Ruby calls it 'calm club'", "G"],
                ["3.2", "Place Alfie at Bluebell Nursery for 15 funded hours a week",
                 "SW Laura Finch to apply – by 30/06/2025",
                 "",
                 "Application sent 10/06", "A"],
                ["4. Dad's drinking and contact", H, H, H, H, H],
                ["4.1", "Alcohol key work with Dean, with a breath test at each session and a written report "
                        "on whether his drinking is changing and what that means for Ruby and Alfie",
                 "Martin Dobbs, Dawlingford Alcohol Service – weekly; report before each core group",
                 "Breath test results and written report read out at core group",
                 "4 of 5 sessions; missed 06/06; all tests clear", "A"],
                ["4.2", "Supervised contact for Ruby and Alfie with Dean in the Family Hub contact room",
                 "Contact worker Nadine Cole – every Saturday, 10am to 12 noon",
                 "Monitored by the SW",
                 "5 contacts, all went ahead", "G"],
                ["4.3", "Attend the Dawlingford 'Choices' domestic abuse perpetrator programme",
                 "Dean Mulrooney – Wednesdays 6pm for 24 weeks from 04/06/2025",
                 "Attendance sheet sent to the SW monthly; facilitator's mid-point report by 30/08/2025",
                 "NEW", "–"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Dean comes to Sorrel Court or contacts Kerry against his bail, Kerry will ring 999 and the "
              "SW (or the Emergency Duty Team out of hours) will hold a strategy discussion with the police "
              "the same day. If Dean arrives at contact smelling of alcohol, Nadine will end the contact and "
              "tell the SW within the hour, and contact stops until the SW has reviewed the risk with the "
              "alcohol service. If Kerry and the children cannot stay safely at Sorrel Court, the IDVA will "
              "find them a refuge place through Dawlingford Women's Aid that day."),
        ("p", "If Dean breaches his bail, or if Ruby is still late on more than a quarter of school days by "
              "the next core group, the SW will request a legal planning meeting within 10 working days."),
        ("h2", "Next meetings"),
        ("bullets", [
            "Core group every 4 weeks at Dawlingford Family Hub: 15/07/2025 and 12/08/2025, 10am.",
            "Review child protection conference: date to be confirmed by the Safeguarding Unit.",
        ]),
        ("p", "Notes by Beth Ward; plan updated by Laura Finch, 18/06/2025."),
    ],
    "findings": [
        F("F002", "Kerry's mood will lift and she will feel more able to cope day to day."),
        F("W002", "if Dean is seen at Sorrel Court, the school gate"),
        F("T002", "Home visits to Alfie to check his weight, sleep and speech"),
        F("W001", "Alfie's dental check-up to be booked and the two decayed"),
        F("H001", "Counselling sessions for Kerry for low mood and anxiety"),
        F("T001", "Nurture-room sessions with Ruby on feelings and worries"),
        F("M001", "Place Alfie at Bluebell Nursery for 15 funded hours"),
        F("M002", "Supervised contact for Ruby and Alfie with Dean"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. ICPC plan with a chronology table, then two transposed tables: the
#    fields are rows (Action / Lead / By when / Success looks like) and each
#    action is a column. Faults (pdf, landscape, header + footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b53_drellingham_transposed_fields_as_rows_paged_haddad.pdf",
    "doc_title": "Child Protection Plan - Jamal and Noor Haddad",
    "split": "tune",
    "actions": 10,
    "template": "icpc-plan-paged-landscape-recent-history-chronology-table-then-two-transposed-action-tables-fields-as-rows-action-lead-by-when-success-looks-like-one-numbered-column-per-action",
    "description": (
        "Initial conference plan for a 13-year-old young carer and his 5-year-old sister (mother's "
        "bipolar disorder, recent admission after stopping lithium; neglect). A recent-history "
        "chronology table, then two transposed tables with the fields as rows and one column per action. "
        "The lead for the evening cover is 'TBC' (W002), the young carers referral has no success measure "
        "(M001), the head of year's column has '-' for when (T001), the CMHT care coordinator only "
        "supports and the measure is 'engagement' (H001, M002), the school nurse check is 'as soon as "
        "possible' (T002) and the family support referral has no lead (W001). The contingency is 'further "
        "concerns' and a review (C002) and no legal step is named anywhere (R002)."
    ),
    "landscape": True,
    "header": "OFFICIAL-SENSITIVE – Drellingham City Council – Child Protection Plan",
    "footer": "Jamal and Noor Haddad – ICPC plan 19/06/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Children", "Jamal Haddad, born 07/09/2011 (13), Year 8 at Drellingham Academy; Noor Haddad, "
                         "born 15/02/2020 (5), Reception at Larkspur Primary School"),
            ("Address", "Flat 11, Beacon House, Quayside Road, Drellingham"),
            ("Mother", "Samira Haddad (38)"),
            ("Father", "Karim Haddad, lives abroad, no contact since 2022"),
            ("Conference", "Initial child protection conference, 19/06/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Idris Chowdhury, Children's Safeguarding Team West"),
        ]),
        ("h1", "Recent history"),
        ("table", {
            "header": ["Date", "Event", "Source"],
            "widths": [3.0, 17.0, 5.7],
            "rows": [
                ["March 2025", "Samira stops taking lithium without telling her psychiatrist.",
                 "Samira; CMHT letter"],
                ["14/04/2025 – 09/05/2025", "Jamal absent from school on 11 days; he later says he was looking "
                                            "after Noor.", "Drellingham Academy"],
                ["12/05/2025", "Samira admitted to the Elmfield Unit under section 2 after two nights without "
                               "sleep and spending the rent money. Jamal rang 999.", "Police; CMHT"],
                ["12/05/2025 – 02/06/2025", "Jamal and Noor stay with family friend Mrs Amal Nasser during "
                                            "the admission.", "Social worker"],
                ["02/06/2025", "Samira discharged on lithium, with a CMHT care coordinator.", "Elmfield Unit"],
                ["09/06/2025", "Home visit: little food, washing piled on the floor, Noor's bed without "
                               "sheets; Samira tired but well.", "Social worker"],
            ],
        }),
        ("h1", "What Jamal and Noor say"),
        ("p", "Jamal (seen alone, 10/06/2025): \"When Mum's high she doesn't sleep and she forgets about "
              "food, so I do Noor's dinner and take her to school. I don't mind, she's my sister. But I got "
              "behind in maths and I can't go to football.\" He would like \"someone to check on Mum who "
              "isn't me\"."),
        ("p", "Noor told her teacher that \"Jamal is the boss of bedtime\". She drew her family as three "
              "people in a kitchen, with Jamal holding a pan. Her teacher says she arrives hungry some "
              "mornings and falls asleep after lunch."),
        ("h1", "What we want for Jamal and Noor"),
        ("bullets", [
            "Jamal and Noor always have an adult who is well enough to look after them, and Jamal no longer "
            "has to do it.",
            "Jamal is in school every day, catches up in maths and gets back to football.",
            "Noor has breakfast before school, sleeps in a clean bed and is ready to learn each morning.",
        ]),
        ("h1", "What will happen"),
        ("p", "Each column below is one action."),
        ("h2", "Table 1 – Jamal and Noor at home and at school"),
        ("table", {
            "header": ["", "Action 1", "Action 2", "Action 3", "Action 4", "Action 5"],
            "widths": [3.6, 4.4, 4.4, 4.4, 4.4, 4.4],
            "bold_first_col": True,
            "rows": [
                ["Action",
                 "See Jamal and Noor at home and at school, and talk with Jamal on his own about what he is "
                 "doing for Noor and for his mum",
                 "Make sure a responsible adult is at home with Noor every evening while Samira is unwell",
                 "Refer Jamal to the Drellingham Young Carers Project for a young carer's assessment and "
                 "group sessions",
                 "Record Noor's attendance, lateness and whether she has had breakfast, and pass any worry "
                 "to the social worker",
                 "Meet Jamal to agree catch-up work in maths and a safe person he can go to in school"],
                ["Lead",
                 "Idris Chowdhury, social worker",
                 "TBC",
                 "Idris Chowdhury, social worker",
                 "Mrs Helen Toft, DSL, Larkspur Primary School",
                 "Mr Dev Patel, Head of Year 8, Drellingham Academy"],
                ["By when",
                 "Weekly",
                 "From 20/06/2025",
                 "By 04/07/2025",
                 "Every school day",
                 "-"],
                ["Success looks like",
                 "Visit notes record Jamal's own words and who made tea, did bedtime and did the school run "
                 "that week",
                 "Rota of who is at home each evening given to the social worker; Jamal tells the social "
                 "worker he has not had to put Noor to bed",
                 "",
                 "Weekly attendance and breakfast log emailed to the social worker every Friday",
                 "Written catch-up plan copied to Jamal and the social worker; Jamal can name his safe person"],
            ],
        }),
        ("h2", "Table 2 – Health and support"),
        ("table", {
            "header": ["", "Action 6", "Action 7", "Action 8", "Action 9", "Action 10"],
            "widths": [3.6, 4.4, 4.4, 4.4, 4.4, 4.4],
            "bold_first_col": True,
            "rows": [
                ["Action",
                 "Care coordination visits to support Samira and help her keep to her medication",
                 "Psychiatric review of Samira's lithium and early warning signs, with a letter on whether she "
                 "is well enough to care for Jamal and Noor on her own and what would show she is becoming "
                 "unwell",
                 "School nurse health check for Noor, including her hearing, teeth and weight",
                 "Referral to the Drellingham Family Support Service for help with mornings and getting Noor "
                 "to school on time",
                 "Write a relapse plan with Samira and Jamal saying who Jamal rings and who looks after Noor "
                 "if Samira becomes unwell"],
                ["Lead",
                 "Lucy Barnard, care coordinator, Drellingham CMHT",
                 "Dr Anand Roy, consultant psychiatrist, Drellingham CMHT",
                 "Bev Oduya, school nurse",
                 "",
                 "Lucy Barnard (care coordinator) with Idris Chowdhury (social worker)"],
                ["By when",
                 "Fortnightly",
                 "By 18/07/2025, then every 3 months",
                 "As soon as possible",
                 "By 04/07/2025",
                 "By 25/07/2025"],
                ["Success looks like",
                 "Engagement with the service",
                 "Letter to the social worker and core group after each review; lithium levels in range on "
                 "each blood test",
                 "Health check results sent to the social worker and the GP",
                 "Referral accepted; family support worker's notes show Noor in school by 8.50am on at least "
                 "4 days a week",
                 "Signed relapse plan copied to both schools, the GP and the social worker; Jamal can say who "
                 "he would ring"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If there are further concerns about Samira's mental health or the care of the children, the "
              "social worker will discuss them with the team manager and the core group will review the "
              "plan."),
        ("h1", "Core group and review"),
        ("p", "The core group will meet every 4 weeks: 02/07/2025, 30/07/2025 and 27/08/2025 at Drellingham "
              "Academy, 3.45pm. The review child protection conference will be on 11/09/2025 at 10am, "
              "Drellingham Council House."),
        ("p", "Plan written by Idris Chowdhury, 20/06/2025."),
    ],
    "findings": [
        F("W002", "Make sure a responsible adult is at home with Noor"),
        F("M001", "Refer Jamal to the Drellingham Young Carers Project"),
        F("T001", "and a safe person he can go to in school"),
        F("H001", "Care coordination visits to support Samira and help her"),
        F("M002", "Care coordination visits to support Samira and help her"),
        F("T002", "School nurse health check for Noor, including her hearing"),
        F("W001", "Referral to the Drellingham Family Support Service for help"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. ICPC plan in markdown with tables beside it (who came, chronology),
#    then a Ref / Action / Lead and review date / Measure of success table.
#    Faults, and the family's help is not covered if it fails (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b53_dallowfield_lead_review_date_column_chronology_platt.md",
    "split": "tune",
    "actions": 9,
    "template": "icpc-plan-md-who-came-table-chronology-table-childrens-words-outcomes-then-ref-action-lead-and-review-date-one-cell-measure-of-success-table-contingency-paragraph-meetings-bullets",
    "description": (
        "Initial conference plan for a 7-year-old and a 4-year-old (mother's drinking, neglect) in "
        "markdown, with a 'Who came' table and a chronology table beside the plan, and an action table "
        "whose 'Lead and review date' column holds both. Dad's parenting course has only his name "
        "(T001), the young carers referral only a review date and a passive action (W001), Nan's "
        "school pick-ups no measure (M001), the weekend row is the 'Family network' keeping 'an eye on' "
        "things (W002, M002), and the health visitor's support is 'as and when needed', 'reviewed at "
        "core group' (T002, M002). The contingency sends the children to Nan with nothing said about "
        "Nan or the network being unable to help (C003)."
    ),
    "text": """\
# Child Protection Plan – Leo and Poppy Platt

Dallowfield Council · Children's Services · Initial child protection conference, 03/07/2025

**Children:** Leo Platt, born 12/02/2018 (7), Year 2 at St Anne's Primary; Poppy Platt, born
29/08/2020 (4), St Anne's nursery class
**Lives with:** Stacey Platt (mother), 15 Brook Terrace, Dallowfield
**Father:** Shaun Platt, 3 Millers Yard, Dallowfield; has the children every other Saturday
**Category:** Neglect
**Social worker:** Aisha Rahman, Family Safeguarding Team

## Who came

| Name | Role |
|---|---|
| Stacey Platt | Mum |
| Shaun Platt | Dad |
| Maureen Platt | Nan (Shaun's mum) |
| Aisha Rahman | Social worker |
| Mrs Carol Pike | DSL, St Anne's Primary |
| Debbie Crane | Health visitor |
| Gary Lund | Recovery worker, Dallowfield Drink Wise |
| Dr Helen Yeo | GP, Brook Lane Medical Centre (report only) |
| Martin Oakes | Conference chair |

## What has happened

| Date | What happened |
|---|---|
| 14/03/2025 | Leo tells his teacher Mum "was asleep on the kitchen floor" when he got up. |
| 02/04/2025 | School cannot reach anyone to collect Poppy; Nan collects her at 5.15pm. |
| 21/05/2025 | Police called by a neighbour: Stacey drunk in the street with Poppy at 9pm. |
| 06/06/2025 | Home visit: empty fridge, cans in the children's bedroom, Poppy in a wet nappy at 2pm. |
| 17/06/2025 | Stacey starts at Drink Wise; first breath test 0.00. |

Stacey told conference she drinks cider most days and "a lot more" at weekends. She wants help
and has not missed an appointment at Drink Wise.

## What Leo and Poppy say

Leo (at school with Aisha, 24/06/2025): "When Mum's drinking I get Poppy crisps for tea. I like
Nan's because she does fish fingers and I get my own bed." He would like his mum "to not have
the cans any more" and to go to Beavers.

Poppy sings to the staff at nursery and is toilet trained at nursery but not at home. She gets
upset when it is time to go home on Mondays and asks "Is Nan coming?"

## What we want for Leo and Poppy

- Leo and Poppy are always looked after by a sober adult.
- They have a proper tea every day, clean clothes and a dry bed.
- Leo gets to school on time every day and no longer looks after Poppy.

## Our plan

| Ref | Action | Lead and review date | Measure of success |
|---|---|---|---|
| 1 | Visit Leo and Poppy at home, see Leo on his own, and look at the fridge, the bedding and the children's room | Aisha Rahman (SW) – fortnightly; review 14/08/2025 | Visit record with Leo's own words and what was seen, shared at each core group |
| 2 | Alcohol assessment and weekly key work with Stacey, with breath tests and a written report on her drinking and what it means for Leo and Poppy | Gary Lund, Dallowfield Drink Wise – weekly; review 14/08/2025 | Breath test results and a written report sent to the SW before each core group |
| 3 | Complete the Dallowfield Dads parenting course about routines and boundaries | Shaun Platt (Dad) | Certificate of attendance shown to the SW |
| 4 | A referral to the young carers project to be made for Leo | Review 31/07/2025 | Acceptance letter on Leo's file |
| 5 | Collect Leo and Poppy from school on Tuesdays and Thursdays and give them their tea | Maureen Platt (Nan) – every Tuesday and Thursday; review 14/08/2025 | |
| 6 | Make sure Leo and Poppy are looked after by a sober adult at weekends | Family network – every weekend | Keep an eye on how the children are |
| 7 | Health visiting support for Poppy's toileting and sleep | HV Debbie Crane – as and when needed | Reviewed at core group |
| 8 | Record Leo's and Poppy's attendance and lateness, and pass on anything they say about home | Mrs Carol Pike, DSL – every school day; review 14/08/2025 | Attendance figures emailed to the SW every Friday; anything said logged and passed on the same day |
| 9 | Liver function tests and a medical review of Stacey's drinking | Dr Helen Yeo, GP – by 25/07/2025 | Results and GP letter sent to the SW and to Gary Lund |

## If things go wrong

If Stacey is found drinking while Leo and Poppy are in her care, or has a breath test above zero
at Drink Wise on a day she has them, Nan will take Leo and Poppy to her house and keep them there
that night. Aisha (or the out-of-hours team) will hold a strategy discussion with the police the
same day. If this happens twice before the review conference, Aisha will ask her manager for a
legal planning meeting.

## Meetings

- Core group every 4 weeks at St Anne's Primary: 17/07/2025, 14/08/2025 and 11/09/2025, 3.30pm.
- Review child protection conference: 25/09/2025, 10am, Dallowfield Town Hall.
""",
    "findings": [
        F("T001", "Complete the Dallowfield Dads parenting course about routines"),
        F("W001", "A referral to the young carers project to be made for Leo"),
        F("M001", "Collect Leo and Poppy from school on Tuesdays and Thursdays"),
        F("W002", "Make sure Leo and Poppy are looked after by a sober adult"),
        F("M002", "Make sure Leo and Poppy are looked after by a sober adult"),
        F("T002", "Health visiting support for Poppy's toileting and sleep"),
        F("M002", "Health visiting support for Poppy's toileting and sleep"),
        F("C003"),
    ],
})
