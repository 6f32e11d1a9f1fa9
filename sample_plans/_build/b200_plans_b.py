"""Batch 200, module b: seven fictional plans (tuning material), places beginning with "b".

Split: tune. Everything here is made up: young people, families,
professionals, services, schools, children's homes, police forces, courts,
housing providers and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md (conventions 1
to 13), without running planlint or reading its code.

Focus: teenagers at risk outside the home, again, in other templates, with
other agencies and other voices. Each plan is in a template of its own for a
young person of 13 to 16 at risk of harm outside the family (criminal and
sexual exploitation, county lines and debt bondage, going missing, serious
youth violence and threats to the family home, online grooming and
sextortion, suspension and the risk of permanent exclusion), and is led or
co-written by a setting whose words it uses: a school's DSL writing in the
trust's pupil safeguarding template, a police child exploitation unit's risk
register with control measures, a safety plan written with a 14-year-old in
the second person, a repeat-missing strategy meeting's action log, a sibling
group where only the eldest is at risk outside the home, a children's home
and its host police area for a boy accommodated out of area, and the youth
justice service planning around the requirements of a youth rehabilitation
order. Times are tied to the school day and week, to every missing report
and return, to curfews and home times, and to court, CPS, panel and order
dates; measures are what someone will see, count or read (gate and
dismissal logs, first-day call logs, CPOMS reports, served notices, closure
orders, NRM decisions, return home interview reports, curfew monitoring
reports, reading tests, session notes with scores a worker records). The
young people's voices are strong and sometimes at odds with the plan; some
parents need support too. In the four faulty plans most actions are still
well written.

1. a school-led child protection plan for a 14-year-old boy in Year 9 being
   drawn into carrying for older boys (found with phones and cash, found in
   another town on a school day, missing overnight, two suspensions), in the
   academy trust's pupil safeguarding template: a pupil details grid, then
   an "In school" table whose first column is the time in his school week
   and an "Outside school" table (docx): faults are lunchtime clubs
   measured by "improvement in Reggie's behaviour", an Educational
   Psychology request with an empty check, "All staff" reporting sightings,
   a boxing academy place "as and when a place comes up", and nothing
   anywhere on legal planning (M002, M001, W002, T002, R002);
2. a police-led joint child exploitation risk management plan and child
   protection plan for a 16-year-old boy arrested in a cuckooed flat on a
   county line, with a positive reasonable grounds decision under the NRM
   and a drug "debt": a THRIVE risk summary, then a risk register whose
   risks are merged down beside their control measures (owner with collar
   numbers, when, result we will look for), landscape, page header and
   footer (pdf, exemplary);
3. a child protection plan written with a 14-year-old girl as her safety
   plan, in the second person ("you" is Ruby), after online grooming and
   sextortion and a train journey to meet a man: the plan is set out by the
   moments that are risky for her (online at night, when someone asks for
   pictures or to meet, school mornings, when she wants to hurt herself,
   if she does not come home), each with "What you'll do" and "What we'll
   do" bullets that end in When and How we'll know (md, exemplary);
4. a repeat-missing strategy meeting's record for a 13-year-old girl on a
   child protection plan for sexual exploitation, under the missing
   protocol's third stage, whose action log (SM3/01 to SM3/15) is the
   revised plan, with owners as initials from the attendance list (txt):
   faults are a closure notice with "-" for due, the sexual health
   outreach "ASAP", a taxi firm's referral with "-" for owner, school
   check-ins whose evidence is "school will monitor", a contingency that
   only reconvenes the meeting to consider next steps if concerns continue,
   and no legal planning (T001, T002, W001, M002, C002, R002);
5. a child protection plan for three siblings where only the eldest (15)
   is at risk outside the home (serious youth violence, threats, the family
   home attacked), with a "For" column merged down beside the whole
   family's, Jayce's, the younger two's and the parents' rows; their
   mother's panic attacks are on the plan, her GP and the talking therapies
   service own actions, and the therapist reports on her progress and how
   long it is likely to take (docx, exemplary);
6. a child protection plan for a 15-year-old boy accommodated under
   section 20 in a children's home out of his home area, going missing from
   the home and drawn into dealing locally, with a location risk summary and
   a table under banner rows for whose part each row is (his social worker,
   the children's home, the host police and missing team, Kieran, his
   family, his mum's services, every agency), page header and footer (pdf):
   faults are a nurse's health assessment "as required", "All agencies"
   passing on intelligence, the home's key work with an empty evidence
   cell, the community mental health team only supporting his mother, an
   outcome about his mother only, and his nan's and uncle's weekend help
   with nothing said if it stops (T002, W002, M001, H001, F002, C003);
7. a joint youth justice and child protection plan for a 15-year-old boy on
   a youth rehabilitation order for a robbery done with two older men, set
   out under the order's requirements (supervision, activity, curfew) and
   then "Outside the order", each part a Ref / What / Who / When / How we'll
   know table, with his own goals (md): faults are CAMHS "when Leon is
   ready", the mentoring measured by "Leon's engagement", safeguarding
   visits to a takeaway and a taxi office with "-" for who, a housing
   transfer request with an empty When cell, and his father's drinking
   recorded with no adult service owning any action (T002, M002, W001,
   T001, F004).

Three plans (2, 3 and 5) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome is about the young person; each contingency has specific triggers
and concrete protective responses and, where relatives help, says what
happens if their help fails; each records the young people's voices, core
group dates and a dated review conference, and legal planning after named
triggers; where a parent is unwell (plan 5) adult services own actions and
the mental health service is asked for her progress and its likely timescale.

Counting convention used for "actions" (README convention 1): each row of
an action table (banner and header rows excepted), each bullet under the
safety plan's moments ("What you'll do", "What we'll do" and "Alongside")
and each numbered entry of the strategy meeting's action log counts once,
whatever number of sentences it holds. Details grids, who's who lists, the
THRIVE summary, the location risk assessment, missing episode logs, the
information agencies shared, what has happened, worries, what is going well,
the young people's own words and goals (including the children's words
table), warning signs and "your people" lists, outcomes, contingencies,
meeting dates and legal planning lines are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. School-led CP plan in the trust's pupil safeguarding template: a pupil
#    details grid, then an "In school" table timed by the school week and an
#    "Outside school" table. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b200_bramblecote_school_led_school_week_grid_cartwright.docx",
    "doc_title": "Pupil Safeguarding and Child Protection Plan - Reggie Cartwright",
    "split": "tune",
    "actions": 18,
    "template": "school-led-cp-plan-docx-trust-pupil-safeguarding-template-pupil-details-grid-attendance-suspensions-internal-truancy-staff-who-know-him-then-worries-going-well-reggies-words-mums-words-outcomes-then-in-school-table-when-in-reggies-week-first-column-what-staff-will-do-staff-member-how-we-will-check-then-outside-school-what-who-when-how-we-will-check-table-then-if-things-go-wrong-meetings",
    "description": (
        "School-led child protection plan for a 14-year-old boy in Year 9 who is being drawn into "
        "carrying for older boys: stopped with two phones and cash, found in another town on a school "
        "day, missing overnight, two suspensions this year and one more incident from a permanent "
        "exclusion. Written by the academy's DSL with the social worker in the trust's pupil "
        "safeguarding template: a pupil details grid (attendance, suspensions, internal truancy, staff "
        "who know him), worries, what is going well, Reggie's and his mum's words, outcomes, then an "
        "'In school' table whose first column is the time in his school week (the gate at 8.30am, "
        "registration, every lesson, lunchtimes, 3.10pm) and an 'Outside school' table. Most rows are "
        "sound (gate check-ins, first-day calls, a side-gate dismissal, reading tests, CAWNs, his own "
        "row). Faults: lunchtime clubs measured by 'improvement in Reggie's behaviour'; an Educational "
        "Psychology request with an empty check; 'All staff' reporting sightings; a boxing academy place "
        "'as and when a place comes up'; and nothing anywhere says legal planning follows if the risk "
        "does not come down."
    ),
    "blocks": [
        ("title", "Pupil Safeguarding and Child Protection Plan"),
        ("p", "Bramblecote Academy (Kestrel Learning Trust) with Bramblecote Metropolitan Borough Council "
              "Children's Services"),
        ("p", "This is Reggie's child protection plan from the initial child protection conference on "
              "Thursday 08/01/2026, written in the trust's pupil safeguarding template by Janine Whitfield "
              "(Deputy Head and DSL) and Aaron Mitchell (social worker) on 12/01/2026. The school's part and "
              "the other agencies' part are in the same plan so that everyone works from one copy."),
        ("h1", "1. Pupil details"),
        ("table", {
            "rows": [
                ["Pupil", "Reggie Cartwright, born 22/10/2011 (14). Year 9, tutor group 9KH"],
                ["Home", "41 Tanyard Road, Bramblecote BR4 2LS, with his mum Lisa Cartwright (38) and his "
                         "sister Poppy (10), who is in Year 5 at Kiln Lane Primary"],
                ["Dad", "Mark Cartwright, lives in Corringham; Reggie sees him every other Sunday"],
                ["Category", "Physical abuse (risk of serious harm outside the home: criminal exploitation)"],
                ["Attendance", "81.4% this school year (to 09/01/2026). 11 days missed since September, 7 "
                               "of them unauthorised"],
                ["Suspensions", "Two this year: 3 days from 02/10/2025 (cannabis vape on site) and 5 days "
                                "from 13/11/2025 (threatening a member of staff). A further serious incident "
                                "would put him at risk of permanent exclusion"],
                ["Internal truancy", "23 times out of lessons without a pass since September, logged on "
                                     "SchoolTrack"],
                ["Learning", "Reading age 9 years 2 months (NGRT, November 2025). On the SEN register for "
                             "literacy (SEN support); no EHC plan"],
                ["Staff who know Reggie", "Janine Whitfield (DSL); Callum Reid (Head of Year 9, deputy DSL); "
                                          "Dev Sharma (learning mentor); Sue Pattinson (attendance officer); "
                                          "Harriet Quill (SENCo); Tom Briggs (PE); PC Laura Bentham (Safer "
                                          "Schools officer, based at the academy on Tuesdays and Thursdays)"],
                ["Other workers", "Aaron Mitchell, social worker, Adolescent Safeguarding Team (manager: "
                                  "Fiona Grant); Kirsty Hale, Route Out child exploitation worker; Jonah "
                                  "Price, Bramblecote Detached Youth Team; DC Ravi Dhillon, Bramblecote "
                                  "Police Child Exploitation Team"],
            ],
            "widths": [4.2, 12.8],
            "bold_first_col": True,
        }),
        ("h1", "2. What we are worried about"),
        ("p", "Since September staff have seen Reggie picked up at the front car park at 3.15pm by older "
              "boys in a grey Audi. On 20/11/2025 PC Bentham stopped him on Kiln Lane with two phones and "
              "£240 in cash that he could not explain. On 03/12/2025 he was found by police at Hatherby bus "
              "station, 20 miles away, at 1.30pm on a school day, with a ticket someone else had bought. On "
              "13/12/2025 he did not come home all night; he came back at 11am the next day in a new coat "
              "and trainers and said he had been \"at a mate's\"."),
        ("p", "In school Reggie leaves lessons, mostly English and science, and is found on the field or at "
              "the back gate using his phone. He was suspended twice this term. Staff think he leaves lessons "
              "when he cannot read the work, and that the phone calls are the older boys checking where he "
              "is. Lisa worked nights until Christmas, so Reggie and Poppy were on their own in the evenings "
              "from Monday to Thursday."),
        ("h1", "3. What is going well"),
        ("bullets", [
            "Reggie has come to school every day since the conference, and has arrived before 8.45am on all "
            "but one of those days.",
            "He gets on with Mr Sharma and Mr Briggs and asked himself for more PE.",
            "Lisa moved to day shifts at Oakfield Care Home from 05/01/2026 and is now home by 4pm.",
            "Lisa told the school about the new coat and trainers and gave the police the Audi's number plate.",
            "Reggie told Kirsty about \"Blue\", one of the older boys, at their first meeting.",
        ]),
        ("h1", "4. What Reggie says"),
        ("p", "Reggie talked to Aaron and Mr Sharma in the Pastoral Base on 09/01/2026: \"They're my mates. "
              "Nobody's making me do nothing.\" \"School's boring. I can't read half of it so why would I sit "
              "there.\" \"If you kick me out I'm not going to some unit with all the weirdos.\" \"Don't have "
              "police walking round school with me, everyone will think I'm grassing.\" He said he wants to be "
              "a mechanic like his grandad and would \"actually go\" to boxing. He scored how safe he feels in "
              "school at 7 out of 10 and in town at 4."),
        ("h1", "5. What Lisa says"),
        ("p", "\"I'm scared I'll get a knock on the door saying he's been stabbed. He's a good lad, he's "
              "just easily led.\" Lisa wants Reggie kept in mainstream school and does not want him moved to "
              "alternative provision. She wants help to stop the older boys coming to the house."),
        ("h1", "6. What we want for Reggie"),
        ("numbers", [
            "Reggie is in school and in his lessons every day, and is not suspended or permanently excluded.",
            "Reggie is not in contact with the older boys and men who are using him, does not carry drugs, "
            "phones or money for anyone, and is never missing.",
            "Reggie can read well enough to follow his lessons, so he does not walk out of them.",
            "Reggie has things to do after school and at weekends, with adults he trusts, that are safer than "
            "the Rec and Kiln Lane.",
        ]),
        ("h1", "7. The plan: in school"),
        ("p", "The first column is when in Reggie's school week each part happens."),
        ("table", {
            "header": ["When in Reggie's week", "What staff will do", "Staff member", "How we will check"],
            "widths": [3.4, 6.0, 3.2, 4.4],
            "rows": [
                ["Every school day, 8.30am at the main gate",
                 "Meet Reggie at the gate, ask how his evening was, and do a bag check with him in the "
                 "Pastoral Base",
                 "Dev Sharma, learning mentor",
                 "Gate check-in sheet signed by Reggie and Dev; anything of concern on CPOMS the same morning "
                 "and seen by the DSL"],
                ["Every school day at registration (8.45am); a first-day call by 9.30am",
                 "Mark Reggie in or out, and if he is not in ring Lisa and then Aaron",
                 "Sue Pattinson, attendance officer",
                 "First-day call log e-mailed to Aaron every Friday; attendance at 90% or more for the spring "
                 "term on the register at the Easter holidays (27/03/2026)"],
                ["Every lesson, from 12/01/2026",
                 "Give Reggie a time-out card so that he goes to the Pastoral Base, not the field or the back "
                 "gate, when he needs to leave a lesson; teachers radio on-call if he leaves without it",
                 "Callum Reid, Head of Year 9",
                 "On-call radio log and SchoolTrack internal truancy count sent to Aaron every Friday; 5 or "
                 "fewer times out of lessons without a card by the Easter holidays"],
                ["Monday, Wednesday and Friday lunchtimes, from 12/01/2026",
                 "Boxing fitness in the sports hall and the bike repair club in the DT room, so that Reggie "
                 "is busy and in sight at lunchtime",
                 "Tom Briggs, PE teacher",
                 "Improvement in Reggie's behaviour at lunchtimes"],
                ["Period 1, four mornings a week, for 16 weeks from 12/01/2026",
                 "Fresh Start reading sessions one to one, 30 minutes each, with Mrs Lowe (teaching "
                 "assistant)",
                 "Harriet Quill, SENCo",
                 "Reading age retested (NGRT) at week 8 and week 16; results sent to Lisa and Aaron"],
                ["By 23/01/2026",
                 "Request an Educational Psychology assessment of Reggie's learning and of what lies behind "
                 "him walking out of lessons",
                 "Harriet Quill, SENCo",
                 ""],
                ["Every school day at 3.10pm, until the Easter holidays",
                 "Walk Reggie out by the side gate onto Ferry Road, away from the front car park, and see him "
                 "onto the 3.25pm number 11 bus",
                 "Dev Sharma, learning mentor",
                 "Dismissal log; the site manager checks the front car park CCTV every Friday and logs any "
                 "grey Audi or older boys on CPOMS"],
                ["The same day it is seen",
                 "Report on CPOMS any sighting of Reggie off site, with older boys at the gates, or with new "
                 "phones, money or clothes",
                 "All staff",
                 "CPOMS reports, passed by the DSL to Aaron and PC Bentham within 24 hours"],
                ["Tuesdays, one session a fortnight from 20/01/2026 (three sessions)",
                 "Sessions with Reggie, in plain clothes and in the Pastoral Base as he asked, on his rights, "
                 "on county lines and on what happens to young people who carry for others",
                 "PC Laura Bentham, Safer Schools officer",
                 "Session notes shared with Aaron; Reggie's own \"what I know now\" sheet kept in his file"],
                ["On the day of any incident that could lead to a suspension, before any decision is made",
                 "Meet the Head, Aaron and Lisa to agree what will happen instead of a suspension (a day in "
                 "the inclusion room, a planned day at Ferrybridge Learning Centre, or a short reduced "
                 "timetable with a plan back)",
                 "Janine Whitfield, DSL",
                 "Meeting note on CPOMS with the decision and the reasons; no suspension letter issued without "
                 "one"],
            ],
        }),
        ("h1", "8. The plan: outside school"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will check"],
            "widths": [6.4, 3.4, 3.2, 4.0],
            "rows": [
                ["See Reggie on his own, at school or at home, about his week, who he has been with and his "
                 "two safety scores; see Poppy at home once a month",
                 "Aaron Mitchell, SW",
                 "Every week until the review conference",
                 "Visit records on file within 2 working days, with Reggie's words and scores"],
                ["One-to-one sessions with Reggie on friendships, grooming, debt and how to get out, using the "
                 "Route Out workbook",
                 "Kirsty Hale, Route Out",
                 "Tuesdays at 4pm, 10 sessions from 13/01/2026",
                 "Session notes to Aaron each week; the exploitation screening tool redone with Reggie at "
                 "sessions 5 and 10 and the score agreed with Aaron"],
                ["Detached youth work at Bramblecote Rec and outside the Kiln Lane Spar, getting to know the "
                 "group Reggie is with",
                 "Jonah Price, Detached Youth Team",
                 "Tuesday and Friday evenings, 6pm to 9pm",
                 "Session logs naming who was seen with Reggie, sent to Kirsty and PC Bentham each week"],
                ["Refer Reggie to the evening youth programme at Bramblecote Boxing Academy, which he asked for",
                 "Jonah Price, Detached Youth Team",
                 "As and when a place comes up",
                 "The academy's offer letter on file; the coach's register sent to Aaron monthly"],
                ["Be home when Reggie gets in from school; keep his home time of 8pm on school nights and "
                 "9.30pm at weekends; ring 101 if he is not in and not answering within 30 minutes of his time",
                 "Lisa Cartwright (Mum)",
                 "Every evening",
                 "Lisa's log of the times Reggie gets in, read by Aaron at each visit and matching the police "
                 "missing records"],
                ["I will come out by the side gate with Mr Sharma, get the 11 bus home, and text Mum when I "
                 "am in",
                 "Reggie",
                 "Every school day",
                 "The text on Lisa's phone, which she shows Aaron at visits; the dismissal log"],
                ["Refer Reggie to the National Referral Mechanism",
                 "Aaron Mitchell, SW",
                 "By 16/01/2026",
                 "The Single Competent Authority's acknowledgement on file; the decision shared at the next "
                 "core group"],
                ["Identify the driver of the grey Audi and the older boys, and serve Child Abduction Warning "
                 "Notices on any adult identified",
                 "DC Ravi Dhillon, Child Exploitation Team",
                 "Enquiries by 30/01/2026; notices within 7 days of an adult being identified",
                 "Served notices on the police record; DC Dhillon confirms in writing to Aaron"],
            ],
        }),
        ("h1", "9. If things go wrong"),
        ("bullets", [
            "If Reggie leaves the school site without permission, the DSL (or Mr Reid) rings Lisa and 101 "
            "within 15 minutes and tells Aaron the same day. If he has not been found within an hour he is "
            "reported missing.",
            "If Reggie is missing overnight, is found in another town, or is found with drugs, a weapon or "
            "money he cannot explain, the police treat him as high risk, and Aaron (or the Emergency Duty "
            "Team out of hours) holds a strategy discussion with the police and the school within 24 hours. "
            "A return home interview is offered within 72 hours of his return.",
            "If Reggie is at risk of permanent exclusion, the Head will not decide it before a meeting with "
            "Aaron, Lisa and Reggie; if Reggie cannot stay at Bramblecote he moves to Ferrybridge Learning "
            "Centre on a planned placement with a taxi there and back, so that he is never at home with no "
            "school place.",
            "If the grey Audi or the older boys come to the house, Lisa rings 999; PC Bentham has put a "
            "marker on the address.",
        ]),
        ("h1", "10. Core group and review"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 3.30pm at Bramblecote Academy: 21/01/2026, "
            "18/02/2026 and 18/03/2026. Reggie is invited to the first half hour.",
            "Review child protection conference: Tuesday 24/03/2026, 10am, Bramblecote Civic Centre.",
        ]),
        ("p", "Copies to Lisa, Reggie (read through with Mr Sharma), Mark, and every agency named in the plan."),
    ],
    "findings": [
        F("M002", "Boxing fitness in the sports hall and the bike repair club"),
        F("M001", "Request an Educational Psychology assessment of Reggie's learning"),
        F("W002", "Report on CPOMS any sighting of Reggie off site"),
        F("T002", "Refer Reggie to the evening youth programme at Bramblecote Boxing Academy"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Police-led joint child exploitation risk management plan and CP plan:
#    a THRIVE summary, then a risk register whose risks are merged down
#    beside their control measures. Landscape, page header and footer.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b200_birchcombe_police_led_risk_register_control_measures_kerrigan.pdf",
    "doc_title": "Joint Child Exploitation Risk Management Plan and Child Protection Plan - Mason Kerrigan",
    "split": "tune",
    "actions": 20,
    "landscape": True,
    "min_pages": 3,
    "check_vmerge": 6,
    "header": "OFFICIAL-SENSITIVE · Birchcombe Constabulary and Birchcombe Borough Council · Joint plan",
    "footer": "Mason Kerrigan · CEMU ref CE/25/1187 · Page {PAGE} of {NUMPAGES}",
    "template": "police-led-joint-exploitation-risk-management-and-cp-plan-paged-landscape-header-footer-kv-subject-and-police-references-whos-who-with-collar-numbers-what-happened-thrive-risk-summary-table-going-well-masons-joannes-and-elliss-words-outcomes-then-risk-register-risk-merged-down-beside-control-measures-ref-owner-when-result-well-look-for-then-if-things-go-wrong-meetings-and-mace-panel",
    "description": (
        "Exemplary police-led joint plan for a 16-year-old boy arrested in a cuckooed flat in another "
        "town on a county line, released under investigation, with a positive reasonable grounds "
        "decision under the NRM and a £1,200 drug 'debt' that has brought threats to the family home. "
        "The police child exploitation unit and children's services wrote one document: subject and "
        "police references, a who's who with collar numbers, a THRIVE risk summary, what is going well, "
        "Mason's, his mum's and his brother's words, outcomes, then a risk register (landscape, page "
        "header and footer) whose six risks are merged down beside their control measures, each with an "
        "owner, a time (dates, the CPS review, every missing report, within 72 hours of every return, "
        "every Saturday) and the result we will look for (served notices, a closure order, an STRO "
        "decision, RHI reports, logs). His uncle's Saturday work has a fallback, legal planning follows "
        "named triggers, and core group, MACE and review dates are set."
    ),
    "blocks": [
        ("title", "Joint Child Exploitation Risk Management Plan and Child Protection Plan"),
        ("p", "Birchcombe Constabulary, Child Exploitation and Missing Unit (CEMU) · Birchcombe Borough "
              "Council Children's Services"),
        ("p", "This is a police-led joint plan. The risk register in part 8 is Mason's child protection plan, "
              "agreed at the initial child protection conference on Monday 15/12/2025. The police own the "
              "investigation and disruption measures; children's services and the other agencies own the "
              "safeguarding and support measures. DS Lalli and Ruth Adeyinka go through the register "
              "together before every core group and every MACE panel."),
        ("h1", "1. Subject and references"),
        ("kv", [
            ("Young person", "Mason Kerrigan, born 09/05/2009 (16)"),
            ("Address", "14 Alder Close, Birchcombe BC2 8HN"),
            ("Lives with", "Joanne Kerrigan (44), his mum, and Ellis Kerrigan (12), his brother, Year 8 at "
                           "Birchcombe High School"),
            ("Family nearby", "Shaun Kerrigan, Joanne's brother, who runs Kerrigan Tyres, Station Yard, "
                              "Birchcombe"),
            ("Education", "Left the Level 1 motor vehicle course at Birchcombe College in October 2025; not in "
                          "education, employment or training since"),
            ("Police references", "CEMU CE/25/1187. Operation Hawthorn (the investigation into the \"Bolt\" "
                                  "drugs line). Arrested in Larkport on 12/11/2025; released under "
                                  "investigation; CPS charging review on 20/01/2026"),
            ("NRM", "Referred 14/11/2025; positive reasonable grounds decision 28/11/2025; conclusive grounds "
                    "decision awaited"),
            ("Category", "Physical abuse (risk of serious harm outside the home: criminal exploitation)"),
            ("Plan leads", "DS Priya Lalli, CEMU (police lead); Ruth Adeyinka, social worker, Adolescent "
                           "Safeguarding Team (team manager: Colin Hurst)"),
            ("Chair", "Margaret Oyelaran (IRO)"),
        ]),
        ("h1", "2. Who is who"),
        ("bullets", [
            "DC 4471 Mark Ellery, CEMU, officer in the case for Operation Hawthorn",
            "PC 2214 Gareth Owens, neighbourhood officer, Birchcombe North",
            "PS 1190 Dawn Pickering, missing persons coordinator, Birchcombe Constabulary",
            "Sgt 0872 Rob Tilley, Larkport Neighbourhood Policing Team, Harbourshire Police",
            "Sam Corrigan, return home interview worker, Birchcombe Young People's Service",
            "Nathan Ives, The Bridge (young people's drug and alcohol service)",
            "Kelly Dawes, youth employment adviser, Birchcombe Youth Employment Hub",
            "Hayley Brookes, Birchcombe Parents' Exploitation Support",
            "Watch Manager Carl Boyce, Birchcombe Fire and Rescue Service",
            "Dr Anita Ghosh, GP, Alder Street Surgery",
            "Denise Hart, DSL, Birchcombe High School (for Ellis)",
        ]),
        ("h1", "3. What happened"),
        ("p", "Mason left college in October and began spending his days with older young men on the "
              "Fenwick estate. He was reported missing five times between 10/10/2025 and 12/11/2025. On "
              "12/11/2025 Harbourshire Police found him in Flat 3, 7 Marine Parade, Larkport, 40 miles away, "
              "a flat taken over from its tenant by the Bolt line. He had 20 wraps of crack cocaine and heroin "
              "and £310 on him and was arrested. Since the drugs were seized, the line has told Mason he owes "
              "£1,200. He has had messages on Snapchat saying \"we know where your mum parks\", and on "
              "02/12/2025 Joanne's car window was smashed outside the house. Mason has a healing cut across "
              "his right palm that he will not explain."),
        ("h1", "4. Risk summary (THRIVE)"),
        ("table", {
            "widths": [4.0, 21.7],
            "bold_first_col": True,
            "rows": [
                ["Threat", "The line says Mason owes £1,200 and has threatened him and named where his mum "
                           "parks; Joanne's car was damaged on 02/12/2025."],
                ["Harm", "Serious violence to Mason; harm to Joanne and Ellis at home; further arrests and a "
                         "criminal record; Mason's daily cannabis use."],
                ["Risk", "High (graded by DS Lalli on 12/12/2025)."],
                ["Investigation", "Operation Hawthorn (CEMU) into the people running the line; Harbourshire "
                                  "Police into the Larkport flat. Mason's own case awaits the CPS."],
                ["Vulnerability", "Aged 16; out of education and work; daily cannabis; positive reasonable "
                                  "grounds decision; the debt; five missing episodes."],
                ["Engagement", "Mason talks to Ruth and to Sam but will not yet name anyone to the police. "
                               "Joanne has been to every meeting and gives the police everything she finds."],
            ],
        }),
        ("h1", "5. What is going well"),
        ("bullets", [
            "Mason has not been missing since 12/11/2025 and has been home by 10pm every night since his "
            "arrest, by Joanne's log.",
            "He talked to Sam in both of his return home interviews and told Ruth about the messages himself.",
            "He asked to go back to learning about cars, and Shaun has offered him paid Saturday work.",
            "Joanne reported the car damage straight away and has kept every message Mason showed her.",
        ]),
        ("h1", "6. What Mason, Joanne and Ellis say"),
        ("p", "Mason (seen on his own by Ruth on 11/12/2025): \"I'm not a victim. I knew what I was doing.\" "
              "\"I owe them. If I stop paying they'll come to the house, and you lot can't pay it for me.\" "
              "\"I'm not telling the police who, I'll get stabbed.\" \"I'd do the garage. I like cars, I was "
              "good at college till I stopped going.\" He will keep to 10pm \"if Mum stops ringing me every "
              "half hour\". He scored how safe he feels out in Birchcombe at 3 out of 10, and at home at 6."),
        ("p", "Joanne: \"I didn't know any of this till the police rang me from Larkport. I thought he was at "
              "his mate's.\" She would move away tomorrow if the council could find the family a home, and she "
              "is frightened for Ellis."),
        ("p", "Ellis (12), seen at school on 10/12/2025: \"I don't want them to come to our house again. I "
              "keep looking out of the window.\""),
        ("h1", "7. What we want for Mason"),
        ("numbers", [
            "Mason is not hurt, and he, Joanne and Ellis are safe at home.",
            "Mason is not used by the Bolt line or anyone else to carry or sell drugs, and is never missing.",
            "Mason is treated as a victim of exploitation in his own criminal case.",
            "Mason has a course or work he chose by the spring, and money that is his own.",
            "Mason uses less cannabis, sleeps, and has the cut to his hand seen to.",
        ]),
        ("h1", "8. Risk register and control measures"),
        ("p", "Each control measure has an owner and a time. The last column says what we will see or read if "
              "it is working."),
        ("table", {
            "header": ["Ref", "Risk", "Control measure", "Owner", "When", "Result we'll look for"],
            "widths": [1.2, 4.2, 7.4, 4.1, 3.8, 5.0],
            "rows": [
                ["1.1", "R1. Mason is made to hold and sell drugs on the Bolt line between Birchcombe and "
                        "Larkport",
                 "Investigate the people running the Bolt line under Operation Hawthorn, including the phone "
                 "that sends Mason his jobs, and tell Ruth in writing of any arrest or of the line closing",
                 "DS Priya Lalli, CEMU",
                 "A written update before each core group, and on the day of any arrest",
                 "Update on Ruth's file before each core group; arrests and the line's closure on the police "
                 "record"],
                ["1.2", V,
                 "Serve Child Abduction Warning Notices on Kyle Deacon (24) and Tino Marsh (22), the two adults "
                 "seen with Mason in Larkport",
                 "DC 4471 Mark Ellery, CEMU",
                 "By 09/01/2026",
                 "Served notices on the police record; copies to Ruth"],
                ["1.3", V,
                 "Apply to Birchcombe Magistrates' Court for Slavery and Trafficking Risk Orders against Kyle "
                 "Deacon and Tino Marsh",
                 "DS Priya Lalli, CEMU",
                 "Application by 30/01/2026",
                 "The court's decision on the police record; DS Lalli tells Mason and Joanne in person within "
                 "2 working days of it"],
                ["1.4", V,
                 "Give the CPS the reasonable grounds decision and this plan, so that Mason's section 45 "
                 "defence is weighed before any decision to charge him over the Larkport arrest",
                 "DC 4471 Mark Ellery, CEMU",
                 "By 13/01/2026, a week before the CPS review on 20/01/2026",
                 "CPS acknowledgement on the police file, copied to Ruth and to Mason's solicitor"],
                ["1.5", V,
                 "Send the Single Competent Authority the further information it asked for, so that it can "
                 "make the conclusive grounds decision",
                 "Ruth Adeyinka, SW (first responder)",
                 "By 16/01/2026",
                 "The SCA's acknowledgement on file; the conclusive grounds decision shared at the core group "
                 "after it arrives"],
                ["2.1", "R2. Mason is hurt, or the family are targeted, over the £1,200 \"debt\" for the drugs "
                        "seized when he was arrested",
                 "Assess the threats to Mason and the family under the threat to life procedure, and tell "
                 "Mason and Joanne in person what the assessment found and what the police will do",
                 "DS Priya Lalli, CEMU",
                 "By 19/12/2025",
                 "Assessment on the police record; DS Lalli's note of the visit sent to Ruth within 2 working "
                 "days"],
                ["2.2", V,
                 "Put a priority response marker on 14 Alder Close and on Joanne's and Mason's mobile numbers",
                 "PC 2214 Gareth Owens, neighbourhood officer",
                 "By 17/12/2025",
                 "Marker live on the control room system, confirmed by e-mail to Ruth"],
                ["2.3", V,
                 "Home fire safety visit, fitting a letterbox arson guard and a smoke alarm on each floor",
                 "Watch Manager Carl Boyce, Birchcombe Fire and Rescue Service",
                 "By 09/01/2026",
                 "Visit record and fitting sheet signed by Joanne, copied to Ruth"],
                ["2.4", V,
                 "I will not answer any message about the debt. I will screenshot it, send it to PC Owens and "
                 "block the account",
                 "Mason",
                 "The same day any message comes",
                 "PC Owens' log of Mason's screenshots, read out at each core group"],
                ["3.1", "R3. Mason goes missing and is taken to Larkport",
                 "Treat every missing report for Mason as high risk, ask Harbourshire Police to check the "
                 "Larkport addresses linked to the line, and ring Ruth or the EDT",
                 "PS 1190 Dawn Pickering, missing persons coordinator",
                 "Every time Mason is reported missing; the call to Ruth or the EDT within 1 hour of the report",
                 "Missing report and search log on the police record; Ruth's case note records the call within "
                 "the hour"],
                ["3.2", V,
                 "Offer Mason a return home interview, at a place and time he chooses, with the same worker "
                 "each time",
                 "Sam Corrigan, return home interview worker",
                 "Within 72 hours of every return",
                 "RHI report to Ruth and DS Lalli within 24 hours of the interview; new names and places added "
                 "to the intelligence picture by DS Lalli"],
                ["3.3", V,
                 "Keep to Mason's home time of 10pm: one call at 9.30pm, and a call to 101 if he is not in and "
                 "not answering by 10.30pm",
                 "Joanne Kerrigan (Mum)",
                 "Every night",
                 "Joanne's log of the times Mason gets in, read by Ruth each week and matching the police "
                 "missing records"],
                ["3.4", V,
                 "Apply for a closure order on Flat 3, 7 Marine Parade, Larkport, the flat taken over by the "
                 "line, and support its tenant",
                 "Sgt 0872 Rob Tilley, Larkport Neighbourhood Policing Team, Harbourshire Police",
                 "Application by 23/01/2026",
                 "The closure order on the court record; Sgt Tilley e-mails DS Lalli and Ruth when it is made"],
                ["4.1", "R4. Mason has nothing to do in the day and no money of his own",
                 "Get Mason an interview for the 12-week motor vehicle pre-apprenticeship he chose, and help "
                 "him with the bus pass and bursary forms",
                 "Kelly Dawes, youth employment adviser",
                 "Interview by 23/01/2026; the course starts 23/02/2026",
                 "Offer letter on file; the Hub's weekly attendance sheet sent to Ruth from 23/02/2026"],
                ["4.2", V,
                 "Paid Saturday work for Mason at Kerrigan Tyres, with Shaun there all the time; Shaun texts "
                 "Joanne when Mason arrives and when he leaves",
                 "Shaun Kerrigan (uncle)",
                 "Every Saturday, 9am to 2pm, from 20/12/2025",
                 "Shaun's texts on Joanne's phone, shown to Ruth at visits"],
                ["5.1", "R5. Mason's daily cannabis use, his sleep, and the cut to his hand",
                 "Assess Mason's cannabis use and sleep, then weekly sessions at a time and place he agrees",
                 "Nathan Ives, The Bridge",
                 "Assessment by 09/01/2026; then Thursdays at 2pm",
                 "Assessment summary to Ruth by 16/01/2026; Mason's weekly use and sleep diary, read with Nathan "
                 "at each session and summarised for each core group"],
                ["5.2", V,
                 "See Mason for a health check, including the cut to his right hand, and write to Ruth with any "
                 "treatment or referral",
                 "Dr Anita Ghosh, GP",
                 "By 16/01/2026",
                 "GP letter on Ruth's file"],
                ["6.1", "R6. Joanne needs help to keep Mason safe at home, and Ellis is frightened and could "
                        "be approached next",
                 "See Mason on his own about his week, anyone who has contacted him and his two safety scores; "
                 "see Ellis at home",
                 "Ruth Adeyinka, SW",
                 "Mason every week and Ellis every two weeks, until the review conference",
                 "Visit records within 2 working days, with each boy's words and Mason's scores"],
                ["6.2", V,
                 "Six sessions with Joanne on how exploitation and debt bondage work, the signs, and what to do "
                 "when Mason is contacted",
                 "Hayley Brookes, Birchcombe Parents' Exploitation Support",
                 "Fortnightly from 07/01/2026",
                 "Session notes to Ruth; Joanne's own safety plan for the house, written in session 3 and on "
                 "file"],
                ["6.3", V,
                 "Check in with Ellis at the start of each week, and tell Ruth the same day if anyone asks him "
                 "about his brother or offers him anything",
                 "Denise Hart, DSL, Birchcombe High School",
                 "Every Monday in term time, from 05/01/2026",
                 "Check-in log on the school's safeguarding system, sent to Ruth every two weeks"],
            ],
        }),
        ("h1", "9. If things go wrong"),
        ("bullets", [
            "If Mason is missing overnight, or is found in Larkport or at any address linked to the line: he "
            "is treated as high risk; PS Pickering tells Ruth (or the EDT) within 1 hour; Ruth holds a "
            "strategy discussion with DS Lalli within 24 hours; Sam offers a return home interview within 72 "
            "hours of his return.",
            "If there is a threat to Mason's life, or the house is attacked: officers attend under the marker; "
            "DS Lalli decides that day whether a threat to life warning is given; Joanne, Mason and Ellis go "
            "that night to emergency accommodation outside Birchcombe arranged by Birchcombe Homes' "
            "out-of-hours team, paid for by children's services, until a move is agreed.",
            "If Shaun cannot have Mason on a Saturday (the garage is shut, Shaun is away or ill, or the "
            "arrangement breaks down), Joanne tells Ruth by the Friday and Kelly books Mason into the Youth "
            "Employment Hub's Saturday workshop that week.",
            "If Mason is missing overnight twice before the review conference, is arrested again for supplying "
            "drugs, or a threat to his life is made, Ruth will ask Colin Hurst for a legal planning meeting "
            "within 5 working days, to decide whether to start care proceedings or apply for secure "
            "accommodation.",
        ]),
        ("h1", "10. Core group, MACE and review"),
        ("bullets", [
            "Core group every four weeks, Mondays at 4pm at Birchcombe Police Station (Mason and Joanne are "
            "invited to the first half hour): 05/01/2026, 02/02/2026 and 02/03/2026.",
            "Birchcombe MACE panel: 21/01/2026 and 18/02/2026 (DS Lalli presents Mason's register).",
            "Review child protection conference: Tuesday 10/03/2026, 10am, Birchcombe Civic Offices.",
        ]),
        ("p", "Plan agreed by DS Priya Lalli and Ruth Adeyinka on 16/12/2025. Copies to Mason, Joanne, and "
              "every agency named in the who is who."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. CP plan written with a 14-year-old as her safety plan, in the second
#    person ("you" is Ruby), set out by the moments that are risky for her,
#    each with "What you'll do" and "What we'll do" bullets ending in When
#    and How we'll know. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b200_barrowmere_second_person_safety_moments_alderton.md",
    "split": "tune",
    "actions": 19,
    "template": "icpc-plan-written-with-14-year-old-as-her-safety-plan-md-second-person-you-is-ruby-about-you-bullets-what-happened-what-you-told-us-what-mum-and-dad-told-us-going-well-your-warning-signs-your-people-what-we-all-want-then-plan-by-risky-moments-online-at-night-when-someone-asks-school-mornings-when-you-want-to-hurt-yourself-if-you-dont-come-home-alongside-each-with-what-youll-do-and-what-well-do-bullets-ending-in-when-and-how-well-know-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan written with a 14-year-old girl as her safety plan, in the "
        "second person ('you' is Ruby), after a 27-year-old man posing as a boy of 16 groomed her on a "
        "gaming server and Snapchat, blackmailed her for pictures, and bought her a train ticket to meet "
        "him; a group of older boys at school shared one of her pictures, and she has been cutting. "
        "After what happened, her own strong words (she still half believes 'Tyler' loved her, and wants "
        "her phone back), her parents' words, what is going well, her own warning signs and people, and "
        "what everyone wants, the plan is set out by the moments that are risky for her (online at "
        "night; when someone asks for pictures, money or to meet; school mornings; when she wants to hurt "
        "herself; if she does not come home; alongside), each with 'What you'll do' and 'What we'll do' "
        "bullets that end in When and How we'll know. Legal planning follows named triggers, and core "
        "group and review dates are set."
    ),
    "text": """\
# Barrowmere City Council – Children's Services

## Your child protection plan, Ruby: the safety plan we wrote together

Ruby, this is your child protection plan. You asked for it to be written to you and not about you, so
"you" in this plan means you, Ruby. Grace wrote it with you at your kitchen table on 30/01/2026, after
the initial child protection conference on Wednesday 28/01/2026, and you chose the headings. Every job
in it says who does it, when, and how we will all know it has been done.

- **You:** Ruby Alderton, born 03/11/2011 (14), Year 9 at Barrowmere High School
- **Home:** 22 Kestrel Drive, Barrowmere BW5 3JD, with your mum Claire Alderton (41), your dad Steve
  Alderton (43) and your brother Finn (8)
- **Category:** sexual abuse (online sexual exploitation)
- **Chair of the conference:** Paul Mensforth (IRO)
- **Your social worker:** Grace Onyango, Barrowmere Exploitation and Missing Team (her manager is
  Diane Whitlow)

The other people in this plan: Bex Carroll (your exploitation worker, Barrowmere Exploitation and
Missing Team); PC Sian Howells (Barrowmere Police Online Child Safety Team); DC Joel Priestley
(Barrowmere Police Child Abuse Investigation Team, the officer in the case); Karen Lister (DSL,
Barrowmere High School); Jess Moran (school nurse, Barrowmere 0-19 Service); Alex Ng (therapist,
Barrowmere CAMHS); Tom Baptiste (return home interview worker, Barrowmere Young People's Service).

### What happened

Last summer you started talking to "Tyler" on a gaming server and then on Snapchat. He said he was 16
and lived in Corvale. He was really a man of 27. He asked you for pictures, and in November, when you
said no to more, he said he would send the ones he had to everyone in your year. On Friday 09/01/2026 he
sent you a train ticket and you went to Corvale to meet him. Station staff called the police when they
saw you waiting on your own, and the police brought you home at 9pm. The man was arrested on 12/01/2026
and is on bail, not allowed to contact anyone under 18. In December a group of boys in Year 11 shared
one of your pictures in a group chat. Since November you have been cutting the tops of your legs, and
you have missed 17 mornings of school this year.

### What you told us

You told Grace on your own on 23/01/2026, and asked her to write it in your words:

> "I know he lied about his age. But he was the only one who actually listened to me." "Everyone at
> school has seen it. I'd rather die than walk down that corridor." "I want my phone back. You can't
> just take my whole life off me." "Cutting helps. I know you don't want me to but it does." "I don't
> want Mum and Dad reading everything, I'm not a baby."

You scored how safe you feel online at 3 out of 10, at school at 2, and at home at 8.

### What your mum and dad told us

Claire: "We had no idea. She was upstairs on that game every night and we thought she was fine." Steve
wants you to have no phone at all until the court case is over. Your mum thinks that would make you
hide things more. They both want to learn how to keep you safe online without falling out with you.

### What is going well

- You told the police officer at Corvale station everything, and you gave DC Priestley your old phone.
- You have been to school every day since 19/01/2026, even though it has been hard.
- You like Bex and have already started your timeline of how "Tyler" worked on you.
- Your mum and dad came to the conference together and listened to what you wanted.
- You have not cut since 20/01/2026, and you told your mum when you wanted to.

### Your warning signs (you wrote these)

- Staying up after midnight on my phone or the game.
- Someone new being really nice to me really fast, or asking me to keep things secret.
- Not wanting to go to school on a Monday.
- Wanting to be on my own in my room all evening.

### Your people

Mum and Dad. Aunty Jo (Mum's sister). Maddie, your friend from Kestrel Drive. Bex. Grace. Ms Lister at
school. The young people's crisis line on your card.

### What we all want

1. You are not contacted, groomed or blackmailed by anyone online, and you can spot it and tell
   someone if it starts.
2. You are never missing, and you never go to meet someone you have only met online.
3. You are back in school every day and feel safe in the corridors.
4. You stop hurting yourself, and you have other ways to get through the bad nights.
5. You and your mum and dad agree rules about your phone that keep you safe and that you can live with.

### What will happen: moment by moment

#### 1. Late at night, online

**What you'll do**

- You will put your phone and laptop on charge in the kitchen by 10pm on school nights and 11pm at
  weekends. *When:* every night. *How we'll know:* Mum or Dad ticks the chart on the fridge, and Grace
  reads it at each visit.
- You will keep your accounts private and add only people you have met in real life. *When:* from
  today, gone through together every week. *How we'll know:* you and Grace look through your friends
  lists together at each weekly visit.

**What we'll do**

- Your mum and dad will set the home router so that your devices have no internet from 10pm to 7am,
  as you agreed. *When:* by 06/02/2026. *How we'll know:* Grace sees the settings on the router app at
  her next visit.
- PC Sian Howells will ask the platforms to take down the picture shared in the group chat, and go
  through the national image-removal service for under-18s with you. *When:* requests by 06/02/2026,
  then checked every week until it is gone. *How we'll know:* platform reference numbers on the police
  record; PC Howells tells you and Grace in writing as each copy comes down.

#### 2. When someone asks you for pictures, money or to meet

**What you'll do**

- You will not send anything or pay anything; you will screenshot it, block the account, and tell Mum,
  Grace or Bex. *When:* the same day, every time. *How we'll know:* the screenshots reach PC Howells,
  and Grace's visit notes list each one.

**What we'll do**

- Bex Carroll will do eight sessions with you on grooming, sextortion and how "Tyler" worked on you,
  finishing the timeline you started. *When:* Wednesdays at 4pm for eight weeks from 04/02/2026. *How
  we'll know:* Bex's notes to Grace each week; your finished timeline by session 8; your score for how
  easy it is to spot grooming, agreed with Bex at sessions 1, 4 and 8.
- DC Joel Priestley will tell you and your mum and dad how the investigation is going and what the
  man's bail conditions are. *When:* every two weeks, and within 24 hours of any change to his bail or
  the case. *How we'll know:* DC Priestley's contact log; Grace's notes show you knew of each change.

#### 3. School mornings

**What you'll do**

- You will get the 8.05am bus with Maddie and sign in at the student support office by 8.40am.
  *When:* every school day. *How we'll know:* the support office sign-in sheet, sent to Grace every
  Friday.

**What we'll do**

- Karen Lister will ring your mum by 9.30am if you have not signed in, and give you a pass to use the
  student support office at break and lunch. *When:* every school day. *How we'll know:* the first-day
  call log sent to Grace every Friday; your attendance at 90% or more by the May half term
  (22/05/2026).
- Karen Lister will deal with the boys who shared your picture under the school's behaviour policy and
  the police's advice, and change your timetable so that none of them is in your classes or your
  corridor at changeover. *When:* by 06/02/2026. *How we'll know:* Ms Lister's letter to your mum and dad
  and to Grace saying what has been done; your new timetable.

#### 4. When you want to hurt yourself

**What you'll do**

- You will use your card first (music, a cold shower, ringing Aunty Jo or the crisis line) and tell
  Mum before you cut, and show Mum or Jess any cut that needs looking after. *When:* every time you want
  to hurt yourself. *How we'll know:* you tell Alex at each CAMHS appointment how often you used the card
  and how often you cut, and Alex writes it in her letters.

**What we'll do**

- Alex Ng (CAMHS) will assess your low mood and the cutting, write to you, your mum and dad and Grace
  with what help CAMHS will give, and then see you every week. *When:* assessment by 13/02/2026, then
  every Thursday at 4.30pm. *How we'll know:* the CAMHS letter within 2 weeks of the assessment; a
  review letter to Grace before the review conference.
- Your mum and dad will lock away medicines and blades, and keep the first aid box where you can get
  to it. *When:* by 01/02/2026, checked every week. *How we'll know:* Grace sees the locked box at each
  home visit.
- Jess Moran will see you about any cuts and your health at the school drop-in. *When:* every Monday
  lunchtime from 02/02/2026. *How we'll know:* the school nursing record; Jess tells Grace each month
  that you have been seen.

#### 5. If you don't come home

**What you'll do**

- You will tell Mum or Dad where you are going and who with, and be home by 8pm on school nights and
  9pm at weekends, texting before then if you will be late. *When:* every time you go out. *How we'll
  know:* your mum's log of the times you get in, read by Grace each week.

**What we'll do**

- Your mum and dad will ring you if you are not in by your time, and ring 101 to report you missing if
  you have not answered within 30 minutes. *When:* every time you are late. *How we'll know:* their log
  matches the police missing records, checked by Grace each week.
- Tom Baptiste will offer you a return home interview, somewhere you choose, with the same worker each
  time. *When:* within 72 hours of every time you come home after being missing. *How we'll know:*
  Tom's report to Grace and Bex within 24 hours of the interview.

#### 6. Alongside

- Grace Onyango will see you on your own, at school or at home, and see Finn at home. *When:* you
  every week and Finn every two weeks, until the review conference. *How we'll know:* visit records on
  file within 2 working days, with your words and your three safety scores.
- Your mum and dad will go to the four-week "Parenting in a Digital World" course at Barrowmere Family
  Hub, and then write your phone rules with you. *When:* Tuesdays at 6pm from 03/02/2026; the rules by
  06/03/2026. *How we'll know:* the Hub's attendance sheet; your phone rules, signed by the three of
  you, on Grace's file.

### If things go wrong

- **If you are contacted by the man, or anyone asks you to meet, or sends you a ticket or money:** you
  or your mum ring 999 (or DC Priestley in office hours) that day, and the police act on his bail
  conditions. Grace holds a strategy discussion with the police within 24 hours.
- **If you go missing:** your mum and dad ring 101 within 30 minutes, or 999 if they think you have gone
  to meet someone. The police treat you as high risk. Grace, or the Emergency Duty Team out of hours,
  holds a strategy discussion with the police within 24 hours of your return, and Tom sees you within
  72 hours.
- **If you cut yourself badly enough to need stitches, or say you want to end your life:** your mum
  takes you to Barrowmere General Hospital's emergency department or rings 999, and CAMHS sees you
  within 24 hours of being told.
- **If your mum and dad cannot keep you safe at home for a night** (if you are missing again straight
  after coming back, or things at home break down), you stay with Aunty Jo at 5 Heron Way, and if she
  cannot have you Grace finds you an emergency foster home that night.
- **If you go missing overnight, go to meet an adult you met online, or are hurt by cutting badly
  enough to need hospital treatment, or if by the review conference you are still not safe online,**
  Grace will ask Diane Whitlow for a legal planning meeting within 5 working days, to decide whether a
  court needs to be involved to keep you safe.

### Meetings

- Core group every four weeks, Tuesdays at 4pm at Barrowmere High School (you can come to the first
  half hour, and Bex will come with you): 10/02/2026, 10/03/2026 and 07/04/2026.
- Review child protection conference: Wednesday 22/04/2026, 10am, Barrowmere Civic Centre.

Written by Grace with you on 30/01/2026. Copies to you, your mum and dad, and every worker named above.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Repeat-missing strategy meeting record (missing protocol stage 3) for a
#    13-year-old on a CP plan for sexual exploitation; its action log is the
#    revised plan, owners as initials from the attendance list. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b200_bellstow_missing_strategy_meeting_action_log_tranter.txt",
    "split": "tune",
    "actions": 15,
    "template": "repeat-missing-strategy-meeting-record-txt-missing-protocol-stage-3-caps-headings-dash-rules-meeting-details-attendance-initials-key-missing-episodes-log-fixed-width-information-shared-by-agency-millies-words-mums-words-going-well-decision-outcomes-then-action-log-sm3-01-to-sm3-15-owner-initials-due-line-text-evidence-line-then-contingency-core-group-review",
    "description": (
        "Record of a repeat-missing strategy meeting under the missing protocol's third stage for a "
        "13-year-old girl already on a child protection plan for sexual exploitation, who has gone "
        "missing seven times since her initial conference and been found at a flat with adult men, "
        "taken there by private hire cars. Plain text: meeting details, an attendance list whose initials "
        "own the actions, a fixed-width missing episodes log, what each agency shared, Millie's and her "
        "mum's words, what is going well, the chair's decision and the outcomes, then the action log "
        "(SM3/01 to SM3/15) that stands as the revised plan until the review conference, each entry with "
        "Owner, Due, text and Evidence lines. Most entries are sound (every missing report graded high, "
        "72-hour return interviews, CAWNs, an NRM referral, her own commitment). Faults: a closure "
        "notice with '-' for due; the sexual health outreach 'ASAP'; the private hire referral with '-' "
        "for owner; the college's check-ins with 'School will monitor' as evidence; a contingency that "
        "only reconvenes the meeting to consider next steps if concerns continue; and nothing anywhere on "
        "legal planning."
    ),
    "text": """\
BELLSTOW COUNCIL - CHILDREN'S SERVICES
BELLSTOW MISSING CHILDREN PROTOCOL - STAGE 3
STRATEGY MEETING (REPEAT MISSING) - RECORD AND REVISED CHILD PROTECTION PLAN
-------------------------------------------------------------------------------

MEETING DETAILS

Child ............... Amelia-Rose (Millie) TRANTER, born 14/08/2012 (13), Year 9,
                      Bellstow Community College
Address ............. 8 Wrenfield Close, Bellstow BL3 9PT
Household ........... Gemma Tranter (33), mum; Craig Dobson (36), mum's partner;
                      Tyler Dobson (6) and Jax Dobson (3), Millie's half-brothers
Plan ................ Child protection plan since the initial conference on 24/11/2025
                      (category: sexual abuse - child sexual exploitation)
Meeting ............. Thursday 12/02/2026, 2pm, Bellstow Civic Centre (Room 4) and Teams
Why stage 3 ......... Seventh missing episode since 24/11/2025; third in 30 days; found
                      with adult men on 07/02/2026

ATTENDANCE (initials are used in the action log)

KB    Kate Brierley, team manager, Safeguarding Team North (chair)
HN    Hannah Nuttall, social worker for Millie
RC    DS Rachel Colley, Bellstow Police Exploitation Team
AM    PS Andy Mort, missing persons coordinator, Bellstow Police
JW    Jenna Wright, return home interview worker, Bellstow Young People's Service
CB    Chris Bamford, Bellstow Exploitation Hub
LP    Liz Pardoe, DSL, Bellstow Community College
SA    Sadia Aziz, school nurse, Bellstow 0-19 Service
GT    Gemma Tranter, mum (first part of the meeting)
Apologies: Dr Paul Irving, GP, Wrenfield Medical Practice (report sent)

MISSING EPISODES SINCE THE INITIAL CONFERENCE

Date        Gone for   Where found / how she came back              RHI
----------  ---------  -------------------------------------------  -----------------
29/11/2025  8 hours    Came home herself at 1am                      01/12, talked
13/12/2025  14 hours   Gorse Park car park, with two older boys      15/12, declined
27/12/2025  22 hours   14 Larch House, by police                     29/12, talked
10/01/2026  6 hours    Came home herself, smelling of alcohol        12/01, declined
24/01/2026  19 hours   Bellstow bus station, rang Gemma at 3am       26/01, talked
31/01/2026  9 hours    Came home herself by private hire car         02/02, declined
07/02/2026  26 hours   14 Larch House, with two men aged 26 and 31   09/02, talked

INFORMATION SHARED

Police (RC, AM): 14 Larch House is the flat of a vulnerable adult tenant that two men, Dean Pike (26)
and Adam Roe (31), are using. Both have previous convictions for supplying drugs. On 07/02/2026 Millie
was found there with alcohol and cannabis; she would not give an account. Bellstow Private Hire cars
have taken Millie to Larch House at least three times; the fares were paid in cash by an adult man.
Gemma handed in Millie's old phone on 09/02/2026 and it has gone for examination.

Return home interviews (JW): Millie has talked in four of seven interviews. She says "Deano" buys her
vapes, food and alcohol and that she "owes" him. She said on 09/02/2026 that she "does stuff" at the
flat that she does not want to talk about.

College (LP): attendance 71% this term. Millie is collected from the college gates by a private hire
car about once a week and has left site at lunchtime four times since January.

School nurse (SA): Millie asked at the drop-in on 04/02/2026 about the morning-after pill and did not
come back for the appointment.

Exploitation Hub (CB): Millie has been to five of eight sessions. Her exploitation screening score on
03/02/2026 was high, agreed with HN.

GP (report): Millie has not been seen at the practice since 2024.

Mum (GT): Gemma reports Millie missing every time and keeps a log. She and Craig have taken her phone
at night since January. Gemma said she feels Millie "is slipping away" from her.

WHAT MILLIE SAYS

Millie spoke to HN on her own on 11/02/2026: "I'm not a kid. I can go where I want." "Deano's alright,
he looks after me when no one else does." "I'm not going to no foster home." "If you send the police
round his flat he'll know it was me." She agreed she does not like "the other one" (Adam) and that she
felt scared on 07/02/2026. She scored how safe she feels at Larch House at 4 out of 10, and at home at 7.
She agreed the commitment in SM3/11 with HN.

WHAT IS GOING WELL

- Gemma and Craig report Millie missing straight away, and Gemma's log is accurate.
- Millie rang Gemma from the bus station on 24/01/2026 and asked to be picked up.
- Millie talks to JW and to CB, and told JW about "Deano" herself.
- Millie has been to every lesson on the days she has been in college since 09/02/2026.

DECISION

The chair agreed that the risk of sexual exploitation is high and rising, and that the plan from the
initial conference is not keeping Millie safe. The actions below replace that plan's actions and are
Millie's child protection plan until the first review conference.

WHAT WE WANT FOR MILLIE

1. Millie is never missing, and is home by her time every night.
2. Millie has no contact with Dean Pike, Adam Roe or anyone else who exploits her, and does not go to
   Larch House.
3. Millie's sexual health is looked after and she knows where to go for help.
4. Millie is in college every day and does not leave site.

ACTION LOG (the revised child protection plan)
-------------------------------------------------------------------------------

SM3/01  Owner: HN        Due: every week until the review conference on 24/02/2026
        See Millie on her own, at home or at college, and go through where she has been, who
        with, and her safety scores.
        Evidence: visit record on file within 2 working days, with Millie's words and scores

SM3/02  Owner: AM        Due: every time Millie is reported missing
        Grade every missing report for Millie as high risk, send officers to 14 Larch House
        and Gorse Park first, and ring HN or the EDT within 1 hour of the report.
        Evidence: missing report and search log on the police record; HN's case note of the call

SM3/03  Owner: JW        Due: within 72 hours of every return
        Offer Millie a return home interview, somewhere she chooses, with the same worker.
        Evidence: RHI report to HN and RC within 24 hours of the interview

SM3/04  Owner: RC        Due: by 19/02/2026
        Serve Child Abduction Warning Notices on Dean Pike and Adam Roe.
        Evidence: served notices on the police record; RC confirms to HN in writing

SM3/05  Owner: RC        Due: -
        Serve a closure notice on 14 Larch House and apply for a closure order, with Bellstow
        Homes, the tenant's landlord.
        Evidence: closure notice served and the order on the court record, copied to HN

SM3/06  Owner: CB        Due: Tuesdays 3.30pm at college, eight sessions from 17/02/2026
        One-to-one sessions with Millie on grooming, "owing" and healthy relationships.
        Evidence: session notes to HN each week; screening redone at sessions 4 and 8, with
        the score agreed with HN

SM3/07  Owner: -         Due: by 27/02/2026
        Refer Bellstow Private Hire, whose cars took Millie to Larch House, to the council's
        taxi licensing team for a safeguarding visit and driver training.
        Evidence: the licensing team's visit report on the MACE tracker

SM3/08  Owner: SA        Due: ASAP
        Offer Millie sexual health checks, emergency contraception and a pregnancy test, at
        the college drop-in or at home.
        Evidence: school nursing record; SA confirms to HN that Millie has been seen

SM3/09  Owner: LP        Due: every school day
        Check in with Millie at registration and at lunchtime, and tell HN the same day if she
        leaves site or is collected by a car.
        Evidence: school will monitor

SM3/10  Owner: GT and Craig Dobson    Due: every night
        Keep Millie's home time (7pm on school nights, 8.30pm on Fridays and Saturdays), ring
        her at her time, and report her missing on 101 if she is not home within 30 minutes.
        Evidence: Gemma's log matches the police missing records; HN checks both each week

SM3/11  Owner: Millie    Due: every time I go out
        I will keep my phone on and text Mum when I get to a friend's house and when I leave.
        Evidence: the texts on Gemma's phone, shown to HN at visits

SM3/12  Owner: HN        Due: by 16/02/2026
        Refer Millie to the National Referral Mechanism, as she has been moved between
        addresses by private hire car to be exploited.
        Evidence: the Single Competent Authority's acknowledgement on file

SM3/13  Owner: AM        Due: Friday and Saturday evenings, 6pm to midnight, until the review
                               conference
        Ask the neighbourhood team for high-visibility patrols of Larch House and the Gorse
        Park car park.
        Evidence: patrol logs sent to RC every Monday and listed at the core group

SM3/14  Owner: RC        Due: written update by 27/02/2026
        Examine Millie's old phone and tell HN what it shows about the men and what action the
        police will take.
        Evidence: RC's written update on Millie's file

SM3/15  Owner: HN        Due: for the MACE panel on 04/03/2026
        Ask the MACE panel to look at Larch House, Gorse Park and the men around Millie as a
        location and a group, not only as Millie's case.
        Evidence: the MACE minutes, with the panel's actions, on Millie's file

CONTINGENCY

If there are further concerns, or Millie continues to go missing, a further strategy meeting will be
convened to review the plan and consider next steps.

CORE GROUP AND REVIEW

Core group every three weeks, Wednesdays at 3.30pm at Bellstow Community College: 18/02/2026,
11/03/2026 and 01/04/2026.
First review child protection conference: Tuesday 24/02/2026, 10am, Bellstow Civic Centre.

Record typed by HN on 13/02/2026, checked by KB, and sent to everyone who attended and to Dr Irving.
Gemma has a copy; HN went through Millie's part with her on 13/02/2026.
""",
    "findings": [
        F("T001", "Serve a closure notice on 14 Larch House"),
        F("T002", "Offer Millie sexual health checks, emergency contraception and a pregnancy test"),
        F("W001", "Refer Bellstow Private Hire, whose cars took Millie"),
        F("M002", "Check in with Millie at registration and at lunchtime"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Sibling group where only the eldest is at risk outside the home: a
#    landscape table with a "For" column merged down beside the whole
#    family's, Jayce's, the younger two's and the parents' rows.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b200_balderwick_sibling_for_column_merged_ogden.docx",
    "doc_title": "Child Protection Plan - Jayce Marsden, Lily-Mae Ogden and Alfie Ogden",
    "split": "tune",
    "actions": 20,
    "landscape": True,
    "check_vmerge": 4,
    "template": "icpc-sibling-group-plan-docx-landscape-kv-family-details-why-the-plan-eldest-at-risk-outside-home-younger-two-frightened-at-home-going-well-three-column-each-childs-words-table-parents-words-outcomes-per-child-then-for-column-merged-down-whole-family-jayce-lily-mae-and-alfie-stacey-and-ryan-what-will-happen-who-when-how-well-know-table-then-if-things-go-wrong-core-group-review",
    "description": (
        "Exemplary initial conference plan for three siblings where only the eldest is at risk outside "
        "the home: Jayce (15) was stabbed in a dispute between two groups of young people, videos name "
        "him and show the house, and the house was attacked with a firework through the letterbox and "
        "his stepdad's van set alight; Lily-Mae (9) and Alfie (6) are frightened at home. Their mother's "
        "panic attacks since the attack are on the plan, with her GP and the talking therapies service "
        "owning actions, the therapist asked to report on her progress and how long it will take. After "
        "the family details, why there is a plan, what is going well, a three-column table of each "
        "child's own words and outcomes for each child, a landscape table whose 'For' column is merged "
        "down beside the rows for the whole family (the home), for Jayce, for Lily-Mae and Alfie, and "
        "for Stacey and Ryan. The nan's and uncle's help has a fallback, legal planning follows named "
        "triggers, and core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Balderwick Metropolitan Borough Council · Children's Services · Safeguarding Team East"),
        ("kv", [
            ("Children", "Jayce Marsden, born 11/02/2010 (15), Year 11 at Balderwick Academy; Lily-Mae "
                         "Ogden, born 30/06/2016 (9), Year 5, and Alfie Ogden, born 14/06/2019 (6), Year 2, "
                         "both at St Oswald's Primary School"),
            ("Home", "27 Cinder Lane, Balderwick BD6 4RF (a Balderwick Homes tenancy)"),
            ("Parents", "Stacey Ogden (36), mum to all three; Ryan Ogden (38), dad to Lily-Mae and Alfie "
                        "and stepdad to Jayce since Jayce was three. Jayce's father, Carl Marsden, has had "
                        "no contact for ten years"),
            ("Family who help", "Pat Kenyon (Nana Pat, Stacey's mum), 9 Hawthorn Walk, Balderwick; Dean Ogden "
                                "(Ryan's brother), Moor Road, Balderwick"),
            ("Categories", "Jayce: physical abuse (risk of serious harm outside the home). Lily-Mae and "
                           "Alfie: emotional abuse"),
            ("Conference", "Initial child protection conference, Monday 05/01/2026. Chair: Helen Rowntree "
                           "(IRO)"),
            ("Social worker", "Zoe Farrant, Safeguarding Team East (team manager: Imogen Clarke)"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Jayce has been friends since the summer with a group of young people from Cinder Lane who are in "
              "a dispute with a group from the Moorside estate. On 18/10/2025 he was stabbed in the thigh "
              "near the Moorside shops. Since then videos on social media have named him and shown the "
              "front of the family home. On 15/11/2025 at 11pm the front window was smashed and a lit "
              "firework pushed through the letterbox while all three children were in bed; Ryan put it "
              "out. On 29/11/2025 Ryan's van was set alight outside the house. On 01/12/2025 Jayce was "
              "suspended from school for five days for having a lock knife in his bag."),
        ("p", "Lily-Mae will not sleep in her bedroom at the front of the house and sleeps on her mum's "
              "floor. Alfie has started wetting the bed again and hides behind the sofa when the doorbell "
              "rings. Since the firework Stacey has had panic attacks most days; she has stopped going out "
              "on her own and her GP started her on sertraline on 10/12/2025. She is waiting for Balderwick "
              "Talking Therapies. The conference agreed that the risk to Jayce is outside the home, and "
              "that it has now reached the home and is harming his brother and sister."),
        ("h1", "What is going well"),
        ("bullets", [
            "Stacey and Ryan have called the police every time, and Ryan's quick action on 15/11/2025 kept "
            "the children safe.",
            "Jayce has been home by 9pm every night since the van fire and went back to school after his "
            "suspension.",
            "Jayce has told Zoe he wants out of the dispute and has asked to go back to boxing.",
            "Nana Pat has Lily-Mae and Alfie to stay every Friday night, and they sleep well there.",
            "Stacey went to her GP herself and has agreed to a referral to Talking Therapies.",
        ]),
        ("h1", "What the children say"),
        ("p", "Zoe saw each child on their own between 29/12/2025 and 02/01/2026."),
        ("table", {
            "header": ["Jayce (15)", "Lily-Mae (9)", "Alfie (6)"],
            "widths": [9.0, 8.5, 8.2],
            "rows": [
                ["\"It's not my fault they came to the house. I didn't start any of it.\" \"I carried the knife "
                 "because I got stabbed. Wouldn't you?\" \"I want to move. Not to stop me, to stop them "
                 "coming for Lily and Alfie.\" \"I'll do boxing if Dean takes me.\" He scored how safe he "
                 "feels out at 2 out of 10, and at home at 5.",
                 "\"I keep hearing the bang.\" \"I don't want to sleep at the front.\" \"I like Nana's because "
                 "it's quiet.\" She drew the house with a big lock on the door. She scored home at 4 out of "
                 "10.",
                 "\"Bad boys put fire in our house.\" \"I hide when the bell goes.\" He showed Zoe his toy fire "
                 "engine and said it would \"put out all the fires\". He pointed to the middle of the smiley "
                 "scale for home."],
            ],
        }),
        ("h2", "What Stacey and Ryan say"),
        ("p", "Stacey: \"I can't breathe when I hear a car slow down outside. I just want us out of this road.\" "
              "Ryan: \"Jayce isn't a bad lad. He's scared and he thinks a knife keeps him safe. We need the "
              "council to move us before someone dies.\""),
        ("h1", "What we want for the children"),
        ("numbers", [
            "Jayce is not hurt again, does not carry a knife or any weapon, and is out of the dispute.",
            "Jayce finishes Year 11 and has a college place he wants for September 2026.",
            "Lily-Mae and Alfie feel safe at home, sleep in their own beds, and are not frightened when the "
            "doorbell rings.",
            "All three children live in a home that is not attacked, in an area where Jayce is not known to "
            "the Moorside group.",
            "The children are looked after by a mum who can get them to school and go out with them, with "
            "her panic attacks under control.",
        ]),
        ("h1", "The plan"),
        ("p", "The first column says which child or children each row is for."),
        ("table", {
            "header": ["For", "What will happen", "Who", "When", "How we'll know"],
            "widths": [3.0, 8.7, 4.5, 4.3, 5.2],
            "rows": [
                ["The whole family: the home",
                 "Decide the family's application for an emergency management move away from Cinder Lane, and "
                 "offer a home outside the Cinder Lane and Moorside areas",
                 "Nadine Fox, housing officer, Balderwick Homes",
                 "Decision by 23/01/2026; an offer by 27/03/2026",
                 "Decision letter to Stacey and Ryan, copied to Zoe; the tenancy offer letter on file"],
                [V,
                 "Fit a video doorbell, a letterbox fire guard, film on the front windows and a camera over "
                 "the front door",
                 "Martin Hale, crime prevention officer, Balderwick Police",
                 "By 16/01/2026",
                 "Job sheet signed by Stacey and copied to Zoe; Zoe sees the camera working at her next visit"],
                [V,
                 "Keep the priority response marker on 27 Cinder Lane, and patrol Cinder Lane on Friday and "
                 "Saturday nights",
                 "Sgt Paul Keogh, Balderwick Neighbourhood Policing Team",
                 "Patrols on Friday and Saturday, 8pm to 2am, until the family move; the marker reviewed every "
                 "four weeks",
                 "Patrol log sent to Zoe every Monday; each marker review recorded on the police system and "
                 "told to Zoe"],
                [V,
                 "See each child on their own, and the family together at home",
                 "Zoe Farrant, SW",
                 "Jayce every week; Lily-Mae and Alfie every two weeks; until the review conference",
                 "Visit records on file within 2 working days, with each child's words and scores"],
                ["Jayce",
                 "Mentoring with Jayce on getting out of the dispute, getting about safely and what he wants "
                 "next, starting with his own safety plan for getting to school and back",
                 "Ash Kirkland, youth violence navigator, Balderwick Violence Reduction Partnership",
                 "Mondays at 4pm from 12/01/2026; the safety plan by the third session",
                 "Ash's session log sent to Zoe every two weeks; Jayce's written safety plan on file"],
                [V,
                 "Investigate the stabbing, the firework and the van fire, and tell Jayce, Stacey and Ryan in "
                 "person how each investigation is going",
                 "DC Imran Qureshi, Balderwick CID",
                 "Every two weeks, and within 24 hours of any arrest or charge",
                 "DC Qureshi's contact log; Zoe's notes show the family knew of each step"],
                [V,
                 "Ask the platforms to take down the videos that name Jayce or show the house",
                 "DC Imran Qureshi, Balderwick CID",
                 "Requests by 16/01/2026, then checked every two weeks until they are down",
                 "Platform reference numbers on the police record; DC Qureshi tells Zoe in writing as each video "
                 "comes down"],
                [V,
                 "Reintegration meeting after the knife suspension; then a bag check with Jayce at the gate "
                 "each morning and a way out at 3.15pm away from the Moorside bus stop",
                 "Gavin Noble, DSL, Balderwick Academy",
                 "Meeting on 12/01/2026; the checks and the way out every school day after it",
                 "Meeting notes on file; the gate check log, sent to Zoe every Friday, shows no weapon found"],
                [V,
                 "I won't carry a knife or anything as a weapon. If I'm scared I'll ring Ash or Mum instead "
                 "of going out.",
                 "Jayce",
                 "Every day",
                 "The school's gate checks; DC Qureshi checks police stop and search records before each core "
                 "group"],
                [V,
                 "I'll be in by 9pm with my location sharing on to Mum, and text her if I'm going to be late.",
                 "Jayce",
                 "Every night",
                 "Stacey's log of the times Jayce gets in, read by Zoe at each visit"],
                [V,
                 "Drive Jayce to Balderwick ABC boxing club and back, and stay for the session",
                 "Dean Ogden (uncle)",
                 "Tuesdays and Thursdays, 6pm to 8pm",
                 "The club's register, and Dean's text to Stacey when they leave, shown to Zoe at visits"],
                [V,
                 "Assess Jayce's sleep, his flashbacks and how he is coping since he was stabbed, and write to "
                 "Jayce, his parents and Zoe with the help CAMHS will give",
                 "Dr Helen Marr, Balderwick CAMHS",
                 "Assessment by 13/02/2026; letter within 2 weeks of it",
                 "The CAMHS letter on file, with a treatment plan"],
                ["Lily-Mae and Alfie",
                 "A check-in with a trusted adult at the start of each day, and tell Zoe the same day about "
                 "anything they say about home, the fire or the doorbell",
                 "Rachel Dunne, DSL, St Oswald's Primary School",
                 "Every school day",
                 "Check-in notes on the school's safeguarding system, sent to Zoe every two weeks"],
                [V,
                 "Six sessions each with Lily-Mae and Alfie about feeling safe at home, using worry monsters "
                 "and their own \"safe house\" drawings",
                 "Kerry Bell, family support worker, Balderwick Family Hub",
                 "Weekly for six weeks from 19/01/2026",
                 "Session notes; each child's drawing and their worry score at sessions 1 and 6, on file"],
                [V,
                 "Have Lily-Mae and Alfie to stay on Friday nights, and take them to school on Wednesdays",
                 "Pat Kenyon (Nana Pat)",
                 "Every Friday night and every Wednesday morning",
                 "St Oswald's register shows them in on time on Wednesdays; Stacey's diary, read by Zoe"],
                [V,
                 "See Alfie about his bedwetting and give Stacey and Ryan a plan for it",
                 "Sue Talbot, school nurse, Balderwick 0-19 Service",
                 "First appointment by 30/01/2026, then monthly",
                 "Alfie's wet and dry chart, read at each appointment; the school nursing record"],
                ["Stacey and Ryan",
                 "Review Stacey's panic attacks and her sertraline, and write to Zoe on how they affect her "
                 "day-to-day care of the children",
                 "Dr Meera Shah, GP, Balderwick Health Centre",
                 "Review by 23/01/2026; letter within a week of it",
                 "GP letter on Zoe's file"],
                [V,
                 "Assess and treat Stacey's panic attacks, and report to Zoe on her progress, whether she can "
                 "take the children to school and go out with them again, and how long that is likely to take",
                 "Jenny Ward, CBT therapist, Balderwick Talking Therapies",
                 "Assessment by 30/01/2026, then weekly; report by 20/03/2026, before the review conference",
                 "The written report on Zoe's file by 20/03/2026"],
                [V,
                 "Four sessions with Stacey and Ryan on talking to Jayce about knives and the dispute, and on "
                 "agreeing house rules with him",
                 "Simone Reid, parent worker, Balderwick Violence Reduction Partnership",
                 "Fortnightly from 14/01/2026",
                 "Session notes to Zoe; the house rules, signed by Jayce, Stacey and Ryan, on file by "
                 "25/02/2026"],
                [V,
                 "Take Lily-Mae and Alfie to school and collect them, so that Stacey does not have to go out "
                 "on her own while she gets help",
                 "Ryan Ogden (Dad)",
                 "Monday, Tuesday, Thursday and Friday, every school week",
                 "St Oswald's register shows both children in on time; the school tells Zoe of any late "
                 "collection"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If the house is attacked again, anyone comes to the door making threats, or the police learn "
            "that the family are at risk: Stacey or Ryan ring 999 and officers attend under the marker; Zoe, "
            "or the Emergency Duty Team out of hours, holds a strategy discussion with the police the same "
            "day; the family go that night to emergency accommodation outside Balderwick arranged by "
            "Balderwick Homes' out-of-hours team and paid for by children's services.",
            "If Jayce is hurt, is found carrying a knife or any weapon, or is not home by 9.30pm and not "
            "answering: Stacey or Ryan ring 101 (999 if he is in danger); Zoe holds a strategy discussion "
            "within 24 hours, and a return home interview is offered within 72 hours of his return.",
            "If Stacey's panic attacks mean she cannot look after Lily-Mae and Alfie on her own, Ryan tells "
            "Zoe that day and stays at home (his employer has agreed carer's leave), and Dr Shah sees Stacey "
            "within 48 hours.",
            "If Nana Pat cannot have the children on a Friday or take them to school on a Wednesday, Ryan "
            "does the Wednesday school run and the children stay at home on Friday; if Dean cannot take Jayce "
            "to boxing, Ash takes him in the partnership's minibus. If either arrangement breaks down for "
            "good, Zoe calls a family network meeting within 10 working days.",
            "If the house is attacked again and the family cannot be moved within 48 hours, if Jayce is "
            "seriously hurt or found with a weapon again, or if by the review conference Lily-Mae and Alfie "
            "are still too frightened to sleep in their own beds, Zoe will ask Imogen Clarke for a legal "
            "planning meeting within 5 working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 4pm at Balderwick Family Hub: 15/01/2026, 12/02/2026 "
            "and 12/03/2026. Jayce is invited to the first half hour.",
            "Review child protection conference: Tuesday 31/03/2026, 10am, Balderwick Town Hall.",
        ]),
        ("p", "Plan written by Zoe Farrant on 06/01/2026 and sent to Stacey, Ryan, Jayce (read through with "
              "Ash), Nana Pat, Dean and every agency named in it."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. CP plan for a 15-year-old accommodated under section 20 in a children's
#    home out of his area: a location risk summary, then a table under
#    banner rows for whose part each row is. Page header and footer.
#    Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b200_bowderley_childrens_home_whose_part_bands_maddox.pdf",
    "doc_title": "Child Protection Plan (looked-after child) - Kieran Maddox",
    "split": "tune",
    "actions": 18,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Bowderley Borough Council · Child protection plan (looked-after child)",
    "footer": "Kieran Maddox · Review conference 13/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-looked-after-child-in-childrens-home-out-of-area-paged-header-footer-kv-legal-status-placement-host-authority-why-still-a-plan-missing-from-care-since-placement-summary-location-risk-assessment-summary-table-going-well-kierans-words-tracey-and-nans-words-outcomes-then-no-what-will-happen-lead-when-evidence-table-under-whose-part-banner-rows-sw-childrens-home-host-police-and-missing-team-kieran-family-mums-services-every-agency-then-contingency-meetings",
    "description": (
        "Review conference plan for a 15-year-old boy accommodated under section 20 in a children's home "
        "34 miles from home, kept on a child protection plan because he goes missing from the home and "
        "is being drawn into selling cannabis for older boys in the host area; his mother has bipolar "
        "disorder and is under the community mental health team. The PDF (page header and footer) holds "
        "his legal status and placement, why he is still on a plan, a summary of his missing episodes, "
        "the home's location risk assessment as a table, what is going well, his, his mum's and his nan's "
        "words, outcomes, then a table (No. / What will happen / Lead / When / Evidence) under banner rows "
        "for whose part each row is: his social worker, the children's home, the host police and missing "
        "service, Kieran, his family, his mum's services, and every agency. Most rows are sound (missing from care "
        "protocol timed to 9pm, 72-hour return interviews, CAWNs, his own rows). Faults: his review "
        "health assessment 'as required'; 'All agencies' passing on sightings; the key worker's sessions "
        "with an empty evidence cell; the CMHT only supporting his mother; an outcome about his mother "
        "only; and his nan's and uncle's Saturday help with nothing said if it stops."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Bowderley Borough Council · Children's Services · Children in Care Team. For a child who is "
              "looked after and also subject to a child protection plan."),
        ("kv", [
            ("Young person", "Kieran Maddox, born 02/04/2010 (15)"),
            ("Legal status", "Accommodated under section 20 of the Children Act 1989 since 06/10/2025, "
                             "with his mum's agreement"),
            ("Placement", "Hollyfield House, 3 Orchard Lane, Fenmoor, a four-bed children's home run by "
                          "Ashgrove Care, in Hexley County Council's area, 34 miles from Bowderley. "
                          "Registered manager: Jo Whitley"),
            ("Education", "Fenmoor Learning Centre (alternative provision), Year 11"),
            ("Mum", "Tracey Maddox (42), 18 Crane Street, Bowderley"),
            ("Nan and uncle", "Brenda Maddox (67), 40 Lowther Road, Bowderley; Lee Maddox (Tracey's "
                              "brother), Bowderley"),
            ("Category", "Physical abuse (risk of serious harm outside the home: criminal exploitation)"),
            ("Conference", "Review child protection conference, Tuesday 13/01/2026. Chair and IRO: Nadia "
                           "Shah, who also chairs Kieran's looked-after reviews"),
            ("Social worker", "Owen Pritchard, Children in Care Team (team manager: Ruth Dale)"),
        ]),
        ("h1", "Why Kieran is still on a child protection plan"),
        ("p", "Kieran came into care on 06/10/2025, when Tracey was admitted to a psychiatric ward during a "
              "manic episode and no one in the family could have him. Tracey went home on 14/11/2025. Kieran "
              "has stayed at Hollyfield with her agreement, because before he came into care he was going "
              "missing from home and selling cannabis in Bowderley town centre for older boys. The review "
              "conference kept him on a child protection plan because the risk of criminal exploitation is "
              "high in both areas, and because Tracey could end his section 20 placement at any time."),
        ("p", "Since he moved to Hollyfield, Kieran has been missing eleven times, the longest for 31 hours. "
              "Hexley Police have found him four times at the Coronation Road garages in Fenmoor with older "
              "boys, and on 20/12/2025 he was arrested there with 14 bags of cannabis and £180. He was "
              "released under investigation. He says the Fenmoor boys \"look after\" him."),
        ("h1", "Location risk assessment (Hollyfield House, updated 05/01/2026)"),
        ("table", {
            "header": ["Place", "How far from the home", "What we know", "Risk"],
            "widths": [3.6, 2.8, 8.4, 2.2],
            "rows": [
                ["Coronation Road garages", "400 metres", "Cannabis and cocaine dealing, evenings; older boys "
                 "from Fenmoor and Hexley; where Kieran has been found four times", "High"],
                ["Fenmoor bus station", "1 mile", "Buses to Hexley and to Bowderley; Kieran has been seen "
                 "there twice late at night", "Medium"],
                ["Fenmoor Learning Centre", "2 miles (driven by staff)", "No concerns on site; two pupils "
                 "linked to the Coronation Road group", "Medium"],
                ["Bowderley town centre", "34 miles", "The group Kieran sold for before he came into care; "
                 "he has gone there twice while missing", "High"],
            ],
        }),
        ("h1", "What is going well"),
        ("bullets", [
            "Kieran has been back at Hollyfield by 9pm on 19 of the last 24 nights, by the home's log.",
            "He has been to the Learning Centre on 84% of days this term, and likes the motor vehicle "
            "workshop.",
            "He gets on with his key worker, Ben Carter, and talked to the return home interview worker "
            "after six of his eleven returns.",
            "His Saturdays with his nan and his mum have gone ahead every week since November, and he has "
            "always come back on time after them.",
            "Tracey is well, is back on her lithium, and rings Kieran most evenings.",
        ]),
        ("h1", "What Kieran, Tracey and Brenda say"),
        ("p", "Kieran (seen on his own by Owen at Hollyfield on 08/01/2026): \"I'm not staying here for ever. "
              "I want to go home to Mum.\" \"The staff treat me like a criminal. They search my room.\" \"In "
              "Fenmoor nobody knows me, so the lads look after me.\" \"I'm not going to no secure unit.\" He "
              "said he would keep to 9pm \"if I get 10 on Saturdays\". He scored how safe he feels at "
              "Hollyfield at 6 out of 10, in Fenmoor at 5 and in Bowderley at 3."),
        ("p", "Tracey: \"I want him home when I'm well enough and when he's off that stuff.\" Brenda: \"I'll "
              "have him every Saturday, but I'm 67, I can't chase him round Bowderley.\""),
        ("h1", "What we want"),
        ("numbers", [
            "Kieran is never missing from Hollyfield and is back by 9pm every night.",
            "Kieran is not used by anyone to carry or sell drugs, and is not arrested again.",
            "Kieran goes to the Learning Centre every day and finishes Year 11 with English and maths.",
            "Kieran keeps his Saturdays with his mum and nan, safely, every week.",
            "Tracey's mental health is stable and she keeps to her CMHT appointments.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "What will happen", "Lead", "When", "Evidence"],
            "widths": [1.0, 6.0, 3.4, 3.2, 3.4],
            "rows": [
                ["KIERAN'S SOCIAL WORKER (BOWDERLEY)", H, H, H, H],
                ["1", "Visit Kieran at Hollyfield and see him on his own, going through his week, any missing "
                      "episodes and his three safety scores",
                 "Owen Pritchard, SW",
                 "Every two weeks until the next review; one visit in three unannounced",
                 "Visit records within 2 working days, with Kieran's words and scores"],
                ["2", "Ask Hexley County Council for its contextual safeguarding assessment of the Coronation "
                      "Road garages, and share it with Hollyfield",
                 "Owen Pritchard, SW",
                 "Request by 23/01/2026",
                 "Hexley's assessment on file and sent to Jo Whitley"],
                ["3", "Take Kieran's placement to Bowderley's placement panel with the location risk "
                      "assessment, to decide whether he should move further from Fenmoor or nearer home",
                 "Owen Pritchard, SW",
                 "At the panel on 11/02/2026",
                 "The panel's decision letter on file, explained to Kieran and Tracey within 2 working days"],
                ["HOLLYFIELD HOUSE (ASHGROVE CARE)", H, H, H, H],
                ["4", "Follow the missing from care protocol: search the home and the places on Kieran's "
                      "locate sheet, ring him, and report him missing to Hexley Police",
                 "Jo Whitley, registered manager",
                 "Every time Kieran is not back by 9pm; reported to the police by 9.30pm",
                 "Missing log and police reference numbers in the home's records; Owen told by e-mail by 9am "
                 "the next day"],
                ["5", "Key work sessions with Kieran on what the Fenmoor boys get out of him, money, and "
                      "his plans for when he leaves the Learning Centre",
                 "Ben Carter, key worker",
                 "Every Wednesday evening",
                 ""],
                ["6", "Drive Kieran to Fenmoor Learning Centre and collect him, and tell the Centre if he will "
                      "not be in",
                 "Jo Whitley, registered manager (the rota names the driver)",
                 "Every school day, 8.40am and 3pm",
                 "The Centre's register sent to Owen every Friday; attendance of 90% or more by the Easter "
                 "holidays"],
                ["7", "Update the location risk assessment with the police's information on the Coronation "
                      "Road group",
                 "Jo Whitley, registered manager",
                 "By 30/01/2026, then after every missing episode",
                 "The updated assessment sent to Owen and Nadia Shah"],
                ["HEXLEY POLICE AND HEXLEY MISSING SERVICE (HOST AREA)", H, H, H, H],
                ["8", "Grade every missing report for Kieran as high risk and check the Coronation Road "
                      "garages and Fenmoor bus station first",
                 "PS Claire Fenton, missing persons coordinator, Hexley Police",
                 "Every time Kieran is reported missing",
                 "Missing reports and search logs on the police record; Owen told within 2 hours"],
                ["9", "Offer Kieran an independent return home interview, with the same worker each time",
                 "Marcus Hale, Hexley Missing Service",
                 "Within 72 hours of every return",
                 "RHI report to Owen and Jo within 24 hours of the interview"],
                ["10", "Serve Child Abduction Warning Notices on any adult identified as giving Kieran drugs to "
                       "sell or harbouring him while missing",
                 "DC Laura Singh, Hexley Police Exploitation Team",
                 "Enquiries by 06/02/2026; notices within 7 days of an adult being identified",
                 "Served notices on the police record; DC Singh confirms to Owen in writing"],
                ["KIERAN", H, H, H, H],
                ["11", "I will be back at Hollyfield by 9pm, and ring the staff before 9pm if I am going to "
                       "be late",
                 "Kieran",
                 "Every night",
                 "Hollyfield's log of the times Kieran gets in, sent to Owen every Friday"],
                ["12", "Sessions with Kieran on his cannabis use and on getting out of selling",
                 "Priya Nandra, Switch (Hexley young people's drug and alcohol service)",
                 "Tuesdays at 4pm from 20/01/2026",
                 "Session notes to Owen each month; Kieran's own use diary, read with Priya each week"],
                ["13", "Review health assessment for Kieran, including his sexual health, his sleep and his "
                       "cannabis use",
                 "Sarah Kent, looked-after children's nurse",
                 "As required",
                 "Review health assessment report on Kieran's file, copied to Owen"],
                ["KIERAN'S FAMILY", H, H, H, H],
                ["14", "Have Kieran at her house every Saturday, with Tracey there for family time, and ring "
                       "Hollyfield if he leaves early",
                 "Brenda Maddox (Nan)",
                 "Every Saturday, 11am to 6pm",
                 "Brenda's texts to Hollyfield when he arrives and leaves, logged by staff and read by Owen"],
                ["15", "Drive Kieran from Hollyfield to Brenda's and back, so that he does not travel through "
                       "Bowderley town centre",
                 "Lee Maddox (uncle)",
                 "Every Saturday",
                 "Hollyfield's signing-out book, read by Owen at each visit"],
                ["16", "Ring Kieran at 7pm to talk about his day",
                 "Tracey Maddox (Mum)",
                 "Every evening",
                 "Hollyfield's phone log, read by Owen"],
                ["MUM'S SERVICES", H, H, H, H],
                ["17", "Visits to Tracey to support her with her mood, her lithium and her sleep",
                 "Gwen Rees, care coordinator, Bowderley Community Mental Health Team",
                 "Every two weeks",
                 "Visits recorded on the CMHT record and confirmed to Owen by e-mail each month"],
                ["EVERY AGENCY WORKING WITH KIERAN", H, H, H, H],
                ["18", "Pass on every sighting of Kieran, and any names, cars or addresses of the people he "
                       "is with, on a police intelligence form",
                 "All agencies",
                 "The same day it is seen or heard",
                 "Intelligence forms logged by DC Singh and listed at each core group"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Kieran is missing overnight, is found at the Coronation Road garages or in Bowderley town "
            "centre, or is found with drugs or money he cannot explain: Hexley Police treat him as high risk; "
            "Owen, or the Emergency Duty Team out of hours, holds a strategy discussion with Hexley Police "
            "and Hollyfield within 24 hours; Marcus offers a return home interview within 72 hours.",
            "If Kieran is hurt, threatened or arrested again, Owen tells Tracey and Nadia Shah the same day, "
            "and Ruth Dale decides within 2 working days whether Kieran moves to an emergency placement "
            "outside Hexley.",
            "If Kieran is missing for more than 24 hours, is arrested again for supplying drugs, or Tracey "
            "ends the section 20 agreement while the risk is high, Owen will ask Ruth Dale for a legal "
            "planning meeting within 5 working days, to decide whether to apply for a care order and whether "
            "secure accommodation is needed.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 2pm at Hollyfield House (Tracey joins by video): "
            "29/01/2026, 26/02/2026 and 26/03/2026.",
            "Next review child protection conference: Tuesday 14/04/2026, 11am, by video from Bowderley Civic "
            "Centre, the same day as Kieran's looked-after review.",
        ]),
        ("p", "Plan written by Owen Pritchard on 15/01/2026. Copies to Kieran (read through with Ben), Tracey, "
              "Brenda, Jo Whitley and every agency named in it."),
    ],
    "findings": [
        F("T002", "Review health assessment for Kieran, including his sexual health"),
        F("W002", "Pass on every sighting of Kieran, and any names"),
        F("M001", "Key work sessions with Kieran on what the Fenmoor boys"),
        F("H001", "Visits to Tracey to support her with her mood"),
        F("F002", "Tracey's mental health is stable and she keeps to her CMHT appointments."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Joint youth justice and CP plan set out under the requirements of a
#    youth rehabilitation order (supervision, activity, curfew), then
#    "Outside the order", each part a Ref / What / Who / When / How we'll
#    know table. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b200_burrowfield_yjs_order_requirements_asante.md",
    "split": "tune",
    "actions": 19,
    "template": "joint-yjs-and-cp-plan-md-youth-rehabilitation-order-details-list-how-this-plan-works-why-going-well-leons-goals-in-his-words-what-leon-abena-and-michael-say-outcomes-then-part-per-order-requirement-supervision-activity-curfew-then-outside-the-order-each-part-a-ref-what-who-when-how-well-know-pipe-table-then-if-things-go-wrong-meetings-and-order-review",
    "description": (
        "Joint youth justice and child protection plan for a 15-year-old boy on a 12-month youth "
        "rehabilitation order for a robbery done with two older men who had been using him to hold "
        "cannabis and cash, and who now threaten him as a 'snitch'; he lives with his father, who has "
        "drunk heavily since Leon's mother died, and his 11-year-old sister. After how the plan works, "
        "why, what is going well, Leon's goals in his own words and what Leon, Abena and their dad say, "
        "the plan is set out under the order's requirements (supervision, activity, a 7pm to 7am "
        "electronically monitored curfew) and then 'Outside the order', each part a Ref / What / Who / "
        "When / How we'll know table. Most rows are sound (AssetPlus records, curfew reports, CAWNs, "
        "his own curfew row). Faults: CAMHS 'when Leon is ready'; the mentoring measured by 'Leon's "
        "engagement'; visits to a takeaway and a taxi office with '-' for who; a housing transfer "
        "request with an empty When cell; and the father's drinking recorded with no adult service "
        "owning any action (his own row is to ring the recovery service)."
    ),
    "text": """\
# Burrowfield Youth Justice Service and Burrowfield Council Children's Services

## Joint plan: Leon Asante's youth rehabilitation order and child protection plan

- **Young person:** Leon Asante, born 19/07/2010 (15), Year 11 at Burrowfield Park Academy
- **Home:** 52 Tanners Walk, Burrowfield BF1 6QE, with his dad Michael Asante (46) and his sister
  Abena (11), Year 6 at Hillcrest Primary School. Leon's mum, Esi, died in 2022.
- **Order:** youth rehabilitation order, 12 months, made at Burrowfield Youth Court on 04/12/2025 for
  robbery: a supervision requirement (to 03/12/2026), an activity requirement (30 days) and a curfew
  requirement (7pm to 7am, electronically monitored, to 03/03/2026)
- **Child protection:** initial child protection conference, Wednesday 17/12/2025 (chair: Rachel
  Obi, IRO). Category: physical abuse (criminal exploitation and serious youth violence)
- **YJS case manager:** Danielle Hughes, Burrowfield Youth Justice Service
- **Social worker:** Tom Hadley, Adolescent Support Team (team manager: Lorraine Pike)

### How this plan works

Parts 1 to 3 are the requirements of Leon's order; part 4 is the rest of his child protection plan.
The YJS deals with any breach of the order under its national standards. The child protection plan
carries on whatever happens to the order, and Danielle and Tom read each other's records before every
core group.

### Why there is a plan

Since spring 2025 two older men from the Station Road area, Jordan Ellis (19) and Tyrone Blake (18),
have used Leon to hold cannabis and cash for them, and he was missing overnight three times over the
summer. On 02/10/2025 he was with them when they robbed a 14-year-old of his phone at knifepoint in
Jubilee Park. Leon did not hold the knife. He pleaded guilty on 13/11/2025 and the two men are awaiting
trial. Since his plea Leon has been called a "snitch" online, and on 10/12/2025 he was punched and
kicked by three young people on Station Road.

Michael has drunk heavily since Esi died. He told the conference he drinks "a bottle of wine most
nights, more at weekends". Twice this autumn Abena could not wake him in the evening and rang Leon to
come home. There are often no meals in the house, and Leon says Jordan used to buy him food.

### What is going well

- Leon has kept every YJS appointment since he was sentenced, and has not broken his curfew once.
- He pleaded guilty and told the court he was sorry.
- He wants to be a mechanic and has asked about the motor vehicle course at Burrowfield College.
- Michael came to the conference, said he drinks too much, and said he wants help.
- Leon and Abena are close; he walks her to school most mornings.

### Leon's goals, in his words

1. "Get my tag off and never get another one."
2. "Be a mechanic. Get on the course at college."
3. "Look after Abena."

### What Leon says

Leon talked to Danielle and Tom together on 15/12/2025: "I'm not a snitch, but they think I am."
"J-Dot was like a big brother at first. He bought me food when there was nothing in the house." "Dad's
alright, he just drinks since Mum." "I don't need CAMHS. I'm not mad." "The tag's long but it keeps me
in, and in is safer." He scored how safe he feels in Burrowfield at 3 out of 10, and at home at 6.

### What Abena says

Abena told Tom at school on 12/12/2025: "I don't like it when Dad won't wake up. Leon always comes." She
said she wants "proper tea every day".

### What Michael says

"I've let them down since Esi died. I know I drink too much." "I want Leon away from those boys. I'd
move tomorrow."

### What we want for Leon

1. Leon is not hurt, and is not used by Jordan Ellis, Tyrone Blake or anyone else to hold, carry or
   sell anything.
2. Leon completes his order with no new offences, and is never missing.
3. Leon finishes Year 11 and starts the motor vehicle course at Burrowfield College in September 2026.
4. Leon and Abena live at home with a dad who is sober enough to look after them, with food in the
   house every day.

### The plan

#### Part 1. Supervision requirement (12 months, to 03/12/2026)

| Ref | What | Who | When | How we'll know |
|---|---|---|---|---|
| S1 | Supervision sessions with Leon, working through his AssetPlus intervention plan: the robbery and its victim, the older men, and staying safe | Danielle Hughes, YJS | Tuesdays and Fridays for the first 12 weeks, then weekly | AssetPlus contact records; the intervention plan reviewed at 3 months (04/03/2026) and shared with Tom |
| S2 | Victim awareness sessions and a letter of apology to the boy who was robbed, if he agrees to receive it | Sophie Lam, restorative justice worker, YJS | Four sessions in January and February; the letter by 27/02/2026 | The letter on file; the victim's response recorded by Sophie |
| S3 | Assess Leon's anger, his sleep and his grief for his mum, through the YJS health pathway | Dr Femi Oladipo, CAMHS clinician in the YJS | When Leon is ready | CAMHS letter to Leon, Michael and Tom after the assessment |
| S4 | Speech, language and communication screen, so that sessions and this plan are in words Leon can use | Hattie Moore, speech and language therapist, YJS | By 23/01/2026 | Screening report with advice for staff on AssetPlus, shared with the academy |

#### Part 2. Activity requirement (30 days)

| Ref | What | Who | When | How we'll know |
|---|---|---|---|---|
| A1 | Mentoring at the Forge Youth Project, including the basic car maintenance course Leon chose | Marcus Bell, mentor, The Forge Youth Project | Saturdays, 10am to 1pm, from 10/01/2026 | Leon's engagement with the mentoring |
| A2 | Knife crime and consequences programme, including a session with a trauma nurse from Burrowfield General Hospital | Danielle Hughes, YJS | Thursdays at 4pm, six sessions from 08/01/2026 | Session records on AssetPlus; Leon's own worksheets; the days counted on the YJS activity record |
| A3 | Reparation at the Jubilee Park community garden, near where the robbery happened | Chris Doran, reparation coordinator, YJS | Five Sunday mornings between 11/01/2026 and 08/02/2026 | Reparation log signed by the supervisor; hours on AssetPlus |

#### Part 3. Curfew requirement (7pm to 7am, electronically monitored, to 03/03/2026)

| Ref | What | Who | When | How we'll know |
|---|---|---|---|---|
| C1 | I'll be in by 7pm and stay in till 7am. If the box says something is wrong, I'll ring the monitoring company straight away | Leon | Every night until 03/03/2026 | The weekly curfew report to Danielle shows no violations |
| C2 | Report any curfew violation to the YJS, and send a weekly curfew report | Sentinel Monitoring (the electronic monitoring contractor) | Within 24 hours of any violation; the weekly report every Monday | Violation and weekly reports saved on AssetPlus |
| C3 | Be at home with Leon and Abena from 7pm, and ring Danielle (or the YJS out-of-hours number) if Leon goes out | Michael Asante (Dad) | Every evening until 03/03/2026 | The curfew reports; Tom's evening visits (one a fortnight) find Michael at home with the children |

#### Part 4. Outside the order: keeping Leon and Abena safe

| Ref | What | Who | When | How we'll know |
|---|---|---|---|---|
| K1 | See Leon on his own and Abena on her own, with one visit a fortnight in the evening | Tom Hadley, SW | Leon every week and Abena every two weeks, until the review conference | Visit records within 2 working days, with their words and Leon's safety scores |
| K2 | Serve Child Abduction Warning Notices on Jordan Ellis and Tyrone Blake | DC Natasha Byrne, Burrowfield Police Exploitation Team | By 16/01/2026 | Served notices on the police record; DC Byrne confirms to Tom in writing |
| K3 | Assess the threats made to Leon since his guilty plea, and tell Leon and Michael in person what the police will do | DC Natasha Byrne, Burrowfield Police Exploitation Team | By 09/01/2026 | The risk assessment on the police record; DC Byrne's note of the visit sent to Tom |
| K4 | Safeguarding visits to the Golden Fry takeaway and the Station Road taxi office, where the older men wait for Leon, with staff training on exploitation | - | By 30/01/2026 | Visit records and each business's signed safeguarding agreement on the MACE tracker |
| K5 | Check in with Leon at the start of each day, and walk him out by the staff car park at 3.15pm | Amanda Kerr, DSL, Burrowfield Park Academy | Every school day | Check-in and dismissal log sent to Tom every Friday; attendance at 90% or more by the Easter holidays (27/03/2026) |
| K6 | Apply to Burrowfield Homes for a management transfer away from the Station Road area | Tom Hadley, SW | | Burrowfield Homes' decision letter on file |
| K7 | I will ring Burrowfield Recovery Service and book an assessment for my drinking, and tell Tom the date | Michael Asante (Dad) | By 16/01/2026 | The appointment letter, shown to Tom |
| K8 | A check-in with Abena every week, telling Tom the same day about anything she says about home, meals or her dad's drinking | Paul Ince, DSL, Hillcrest Primary School | Every Monday in term time | Check-in notes sent to Tom every two weeks |
| K9 | Refer Leon to the National Referral Mechanism | Tom Hadley, SW | By 09/01/2026 | The Single Competent Authority's acknowledgement on file; the decision shared at the core group after it arrives |

### If things go wrong

- **If Leon is out after 7pm and not answering, or the tag shows he has left the house:** Michael rings
  101 and Danielle (or the YJS out-of-hours number). The police treat Leon as a missing child at high
  risk. Tom, or the Emergency Duty Team, holds a strategy discussion with the police within 24 hours,
  and a return home interview is offered within 72 hours of his return.
- **If Leon is threatened, attacked, or found with a weapon:** Leon or Michael ring 999. Tom holds a
  strategy discussion with DC Byrne the same day. If the police think Leon is at risk that night, Leon
  and Abena stay with their aunt, Ama Mensah, in Kelham; if Ama cannot have them, the Emergency Duty Team
  finds them an emergency foster home that night.
- **If Michael is drunk and cannot look after Leon and Abena** (Abena cannot wake him, or Tom or
  Danielle find him drunk at a visit): Leon or Abena ring Tom or the Emergency Duty Team, a worker sees
  the children that day, and they stay with Ama, or in an emergency foster home if she cannot have them.
- **If Leon is arrested again, missing overnight, or hurt; if Michael is found drunk in charge of the
  children twice more; or if by the review conference Leon is still in contact with Jordan Ellis or
  Tyrone Blake,** Tom will ask Lorraine Pike for a legal planning meeting within 5 working days.

### Meetings

- Core group every four weeks, Wednesdays at 4pm at Burrowfield YJS, Market Street: 07/01/2026,
  04/02/2026 and 04/03/2026. Leon is invited to the first half hour.
- The YJS reviews Leon's order and intervention plan at 3 months: 04/03/2026.
- Review child protection conference: Tuesday 10/03/2026, 2pm, Burrowfield Town Hall.

Plan written by Danielle Hughes and Tom Hadley on 19/12/2025 and read through with Leon and Michael on
the same day. Copies to Leon, Michael and every agency named in it.
""",
    "findings": [
        F("T002", "Assess Leon's anger, his sleep and his grief for his mum"),
        F("M002", "Mentoring at the Forge Youth Project, including the basic car"),
        F("W001", "Safeguarding visits to the Golden Fry takeaway and the Station Road"),
        F("T001", "Apply to Burrowfield Homes for a management transfer"),
        F("F004"),
    ],
})
