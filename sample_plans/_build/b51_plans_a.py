"""Batch 51, module a: seven fictional plans (tuning material), places beginning with "a".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: long plans. Review conference records and looked-after children's care
plans running to 16-21 actions across theme sections (health, education,
family relationships, housing, parents' mental health and substance use),
with action tables and prose paragraphs side by side, inside long documents
where the plan is one part among attendance, agency updates, chronology,
assessment, views and decisions. Four are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. First review conference minutes: attendance grid, progress by agency,
#    chronology table, views, analysis, decision, outcomes, then the plan in
#    seven theme sections (tables and prose). Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b51_abbotsmere_rcpc_minutes_attendance_grid_theme_tables_kowalczyk.docx",
    "doc_title": "Review Child Protection Conference - Zofia, Kacper and Lena",
    "split": "tune",
    "actions": 21,
    "template": "rcpc-minutes-docx-numbered-h1-parts-attendance-grid-progress-by-agency-chronology-table-views-analysis-decision-numbered-outcomes-then-plan-in-h2-theme-sections-ref-action-lead-when-evidence-tables-mixed-with-prose-paragraphs",
    "description": (
        "Exemplary first review conference record for a 12-year-old, a 7-year-old and a 2-year-old "
        "(neglect; mother's depression under the CMHT, her partner's drinking, a damp overcrowded flat, "
        "late and missed school, missed immunisations). Attendance grid, agency progress, chronology, "
        "children's words and days, analysis and decision, then 21 actions in seven theme sections "
        "(five Ref/Action/Lead/When/Evidence tables and two prose paragraphs). The CMHT and psychiatrist "
        "report on change, the GP and alcohol service own actions, the aunt's help has a fallback, "
        "core group and review dates are set and legal planning follows insufficient progress."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference: Minutes and Plan"),
        ("p", "Abbotsmere Metropolitan Borough Council – Safeguarding and Quality Assurance Service"),
        ("kv", [
            ("Children", "Zofia Kowalczyk, born 14/01/2013 (12), Year 7, Abbotsmere Academy; "
                         "Kacper Kowalczyk, born 21/05/2018 (7), Year 2, Millstream Primary; "
                         "Lena Fairweather, born 30/06/2023 (2), at home"),
            ("Address", "Flat 6, Larkspur House, Canal Street, Abbotsmere"),
            ("Mother", "Marta Kowalczyk (35)"),
            ("Mother's partner", "Dean Fairweather (38), Lena's father, lives in the household"),
            ("Father of Zofia and Kacper", "Tomasz Kowalczyk (39), 19 Hawthorn Grove, Abbotsmere"),
            ("Conference", "First review child protection conference, Thursday 03/07/2025, 10am to 12.15pm, "
                           "Abbotsmere Town Hall, Committee Room 2"),
            ("Initial conference", "10/04/2025"),
            ("Category", "Neglect (all three children)"),
            ("Chair", "Bernadette Quinlan, Child Protection Chair"),
            ("Social worker", "Aisha Begum, Locality Team West"),
            ("Minutes", "Craig Whitfield, business support"),
        ]),
        ("h1", "1. Attendance"),
        ("table", {
            "header": ["Name", "Role / agency", "Attendance"],
            "widths": [4.2, 8.0, 4.8],
            "rows": [
                ["Marta Kowalczyk", "Mother", "Present"],
                ["Dean Fairweather", "Mother's partner; Lena's father", "Present"],
                ["Tomasz Kowalczyk", "Father of Zofia and Kacper", "Present for the first hour"],
                ["Ewa Nowak", "Maternal aunt", "Present as family supporter"],
                ["Aisha Begum", "Social worker, Abbotsmere Children's Services", "Present; report submitted"],
                ["Siobhan Carty", "Health visitor, Abbotsmere 0–19 Service", "Present; report submitted"],
                ["Robert Pyke", "Attendance officer, Millstream Primary", "Present; report submitted"],
                ["Hannah Oyelaran", "Pastoral lead, Abbotsmere Academy", "Report only"],
                ["Jo Eastwood", "Care co-ordinator, Abbotsmere Community Mental Health Team", "Present; report submitted"],
                ["Liam Grady", "Recovery worker, Clearwater Recovery Service", "Present"],
                ["Dr Anil Leonard", "GP, Brookside Medical Centre", "Apologies; written report"],
                ["Gareth Lowe", "Repairs surveyor, Abbotsmere Homes", "Apologies"],
                ["Bernadette Quinlan", "Child Protection Chair", "Chair"],
            ],
        }),
        ("h1", "2. Purpose of the conference"),
        ("p", "To look at the progress made on the child protection plans agreed at the initial conference on "
              "10/04/2025, to decide whether Zofia, Kacper and Lena are still at risk of significant harm and, "
              "if they are, to agree a revised plan with the family and the agencies."),
        ("h1", "3. Progress since the initial conference"),
        ("h2", "Social worker"),
        ("p", "Aisha has visited eleven times since April, four times unannounced. On three visits in April and "
              "early May Marta was in bed at midday and Zofia, who had been kept off school, was looking after "
              "Lena. That has not happened since Marta restarted her medication on 12/05/2025. There has been "
              "food in the cupboards at every visit since May. The flat has two bedrooms and all three children "
              "share one of them; there is black mould on the wall behind the bunk beds. Dean has been "
              "breath-tested on five visits and four readings were clear; on 06/06/2025 he blew 0.12 mg/l at "
              "4pm while he was alone with Kacper and Lena."),
        ("h2", "Health visitor"),
        ("p", "Lena is on the 25th centile for weight and the 50th for height. She has about fifteen words, "
              "fewer than expected at two. Her 12-month immunisations were never given, and Marta cancelled "
              "the 2-year development review twice. Lena has had three chest infections since January."),
        ("h2", "Schools"),
        ("p", "Kacper's attendance since April is 86%, with eleven late marks, most of them on Mondays and "
              "Wednesdays when Dean starts work at 6am. He is a cheerful boy who is behind with his reading. "
              "Zofia's attendance is 93%. Her pastoral lead says she is tired and quiet and spends lunchtimes "
              "in the library, and on 27/06/2025 she told her form tutor that she 'does the baby' before school."),
        ("h2", "Adult services"),
        ("p", "Marta has seen Jo Eastwood six times. Her PHQ-9 score has come down from 22 to 14; Jo's view is "
              "that Marta is getting better but is still fragile in the mornings. Dean was referred to "
              "Clearwater in April and has kept seven of ten key-work appointments. Dr Leonard's report "
              "confirms that Marta's sertraline was restarted on 12/05/2025 and that every prescription since "
              "has been collected."),
        ("h1", "4. Chronology since 10 April 2025"),
        ("table", {
            "header": ["Date", "Event", "Source"],
            "widths": [2.6, 10.6, 3.8],
            "rows": [
                ["10/04/2025", "Initial conference; all three children made subject to plans under neglect",
                 "Conference minutes"],
                ["17/04/2025", "Unannounced visit at 11.45am: Marta in bed, Zofia at home with Lena, no food in "
                               "the fridge", "SW"],
                ["24/04/2025", "First core group", "Core group notes"],
                ["02/05/2025", "Kacper late for the sixth time in April; attendance letter sent home",
                 "Millstream Primary"],
                ["12/05/2025", "Marta's sertraline restarted after a GP appointment", "GP"],
                ["22/05/2025", "Second core group; Lena's 2-year review cancelled by Marta for the second time",
                 "HV"],
                ["06/06/2025", "Dean's breath reading 0.12 mg/l at 4pm while alone with Kacper and Lena", "SW"],
                ["19/06/2025", "Third core group; mould in the children's bedroom reported to Abbotsmere Homes",
                 "Core group notes"],
                ["27/06/2025", "Zofia tells her form tutor she looks after Lena before school",
                 "Abbotsmere Academy"],
            ],
        }),
        ("h1", "5. What the children have told us and what their days are like"),
        ("p", "Zofia (seen alone at school on 27/06/2025 and at home on 30/06/2025) said: 'Mum is better than "
              "before, she gets up now. I still do Lena's breakfast when Dean goes early, because Mum is slow in "
              "the mornings.' She said the worst thing at home is 'the smell in our bedroom' and that she would "
              "like a room of her own, 'even a tiny one'. She wants to keep living with her mum and to keep "
              "seeing her dad every other weekend. Asked to score home from 0 to 10, where 10 means everything "
              "is fine, she gave it a 6."),
        ("p", "Kacper (seen at school on 25/06/2025) said he likes it when Dean makes pancakes, and that he is "
              "late because 'Mum can't find my shoes and Lena cries'. He drew his dad's house with a trampoline "
              "in the garden. He said he is scared of 'the black stuff on the wall' next to his bed."),
        ("p", "Lena is two and uses a few words. On visits she brings her books to Marta and to Zofia, eats well "
              "when food is offered and settles for her nap in her cot. On the visit of 17/04/2025 she was still "
              "in her pyjamas at midday with a heavy, wet nappy. She does not yet go to nursery, so almost all "
              "of her day is spent at home."),
        ("h1", "6. What the parents and family said"),
        ("p", "Marta said she feels 'much better than in April' and does not want the children to worry about "
              "her; she agreed that Zofia has been doing too much. Dean accepted that he had been drinking on "
              "06/06/2025, saying it was 'two cans after work', and agreed to carry on with breath tests. "
              "Tomasz said he would like Zofia and Kacper to stay with him more often. Ewa said she is happy to "
              "keep helping on Mondays, Wednesdays and Thursdays but works full time on the other days."),
        ("h1", "7. Analysis"),
        ("h2", "What we are worried about"),
        ("p", "The children's basic care still depends on how Marta is each morning, and when she is low Zofia "
              "fills the gap. Dean has cared for the children after drinking at least once since the initial "
              "conference. The children sleep in a damp, mouldy room, Lena has missed immunisations and her "
              "speech is behind, and Kacper is late most weeks."),
        ("h2", "What is working well"),
        ("p", "Marta is taking her medication and seeing her care co-ordinator, and her mood scores have come "
              "down. There has been food in the home at every visit since May. Ewa is a reliable support, the "
              "children are warm and relaxed with their parents, and Tomasz is a steady father to Zofia and "
              "Kacper."),
        ("h1", "8. Decision"),
        ("p", "Conference agreed that Zofia, Kacper and Lena continue to be at risk of significant harm through "
              "neglect and that each will remain subject to a child protection plan. Marta, Dean and Tomasz were "
              "told how to complain about the decision. The plan in part 10 replaces the plan of 10/04/2025 and "
              "was agreed by everyone present."),
        ("h1", "9. What needs to be different for Zofia, Kacper and Lena"),
        ("numbers", [
            "Zofia, Kacper and Lena are looked after every day by an adult who is well enough and sober enough "
            "to get them up, feed them and get them to school.",
            "Kacper arrives at school on time and his attendance is at least 95%.",
            "Lena's development, speech and immunisations are checked and up to date, and she sleeps in a warm, "
            "dry bedroom.",
            "Zofia no longer carries Lena's care or her worries about her mum on her own, and has an adult in "
            "school she can go to.",
        ]),
        ("h1", "10. The child protection plan"),
        ("h2", "10.1 Health"),
        ("table", {
            "header": ["Ref", "Action", "Lead", "When", "Evidence of progress"],
            "widths": [1.1, 5.6, 3.3, 3.0, 4.0],
            "rows": [
                ["H1", "Complete Lena's overdue 2-year development review at home, including her speech, her "
                       "sleep and where she sleeps",
                 "HV Siobhan Carty", "By 18/07/2025",
                 "ASQ-3 scores and the HV's summary in Lena's red book and sent to the SW; any speech and "
                 "language referral made the same week"],
                ["H2", "Take Lena to the practice nurse for the 12-month immunisations she missed",
                 "Marta Kowalczyk (the practice will send a reminder text)", "By 25/07/2025",
                 "Practice nurse confirms the vaccines were given; red book updated and seen by the HV"],
                ["H3", "Take Kacper to Canal Street Dental Practice for treatment of the two decayed teeth found "
                       "in May, and brush his teeth with him every morning and bedtime",
                 "Dean Fairweather", "First appointment by 18/07/2025; brushing twice a day",
                 "Dentist's letter confirming the treatment sent to the SW; brushing chart on the bathroom door "
                 "looked at by the SW at each visit"],
                ["H4", "See Zofia at school about her headaches and tiredness, and agree with her who she can go "
                       "to in school when she is worried",
                 "Carys Moran, school nurse, Abbotsmere 0–19 Service", "By 18/07/2025",
                 "Health plan written with Zofia; a copy kept by Zofia and sent to the SW and Marta"],
            ],
        }),
        ("h2", "10.2 School and nursery"),
        ("table", {
            "header": ["Ref", "Action", "Lead", "When", "Evidence of progress"],
            "widths": [1.1, 5.6, 3.3, 3.0, 4.0],
            "rows": [
                ["E1", "Check Kacper's attendance each morning, ring Marta by 9.30am if he is not in, and send "
                       "the SW his weekly attendance print",
                 "Robert Pyke, attendance officer, Millstream Primary", "Every school day; print every Friday",
                 "Kacper's attendance is 95% or above over the autumn half-term, shown on the weekly prints"],
                ["E2", "Walk Kacper to Millstream Primary on Monday and Wednesday mornings, the days Dean starts "
                       "work at 6am",
                 "Ewa Nowak (maternal aunt)", "Mondays and Wednesdays in term time",
                 "School register shows Kacper in by 8.50am on those days"],
                ["E3", "Small-group sessions for Zofia with the pastoral team on worries, sleep and friendships",
                 "Miss Hannah Oyelaran, pastoral lead, Abbotsmere Academy",
                 "Twice a week in term time, to 18/07/2025 and again from 08/09/2025",
                 "Zofia's own worry score (0–10) taken at the first session and at each half-term and shared "
                 "with the SW"],
                ["E4", "Apply for a funded 2-year-old place for Lena at Little Acorns Nursery, three mornings a "
                       "week",
                 "Marta Kowalczyk, with the HV's referral",
                 "Application by 18/07/2025; place to start by 08/09/2025",
                 "Offer letter seen by the SW; nursery register shows Lena attending three mornings a week "
                 "from September"],
            ],
        }),
        ("h2", "10.3 Family relationships"),
        ("p", "Tomasz will have Zofia and Kacper at his home every other weekend, from Saturday at 10am to "
              "Sunday at 5pm, and will write the times and anything the children tell him in the contact diary "
              "that travels between the two homes, which the SW will read at every visit. Ewa Nowak will look "
              "after Lena every Thursday from 1pm to 5pm so that Marta can go to her appointments and rest, and "
              "will sign the family diary each week. The SW will hold a family network meeting with Marta, "
              "Dean, Tomasz and Ewa by 31/07/2025 and write up a family safety plan naming who the children go "
              "to if Marta becomes unwell, with a signed copy for each adult and a version in her own words "
              "for Zofia."),
        ("h2", "10.4 Housing"),
        ("table", {
            "header": ["Ref", "Action", "Lead", "When", "Evidence of progress"],
            "widths": [1.1, 5.6, 3.3, 3.0, 4.0],
            "rows": [
                ["Ho1", "Send Abbotsmere Homes the medical and social evidence for the family's transfer to a "
                        "three-bedroom home, including the GP's letter about Lena's chest infections",
                 "SW Aisha Begum", "By 18/07/2025",
                 "Abbotsmere Homes' banding letter on the children's file"],
                ["Ho2", "Inspect the damp and mould in the children's bedroom and carry out the treatment and "
                        "ventilation works",
                 "Gareth Lowe, repairs surveyor, Abbotsmere Homes",
                 "Inspection by 11/07/2025; works finished by 29/08/2025",
                 "Inspection report and job completion sheet sent to the SW; the SW sees the room dry and in "
                 "use at the first visit after the works"],
            ],
        }),
        ("h2", "10.5 Marta's mental health"),
        ("table", {
            "header": ["Ref", "Action", "Lead", "When", "Evidence of progress"],
            "widths": [1.1, 5.6, 3.3, 3.0, 4.0],
            "rows": [
                ["M1", "Care co-ordination for Marta, looking at each contact at how her mood is affecting her "
                       "care of Lena during the day, and reporting to every core group on what has changed and "
                       "whether Marta is keeping the changes going",
                 "Jo Eastwood, care co-ordinator, Abbotsmere CMHT",
                 "Fortnightly; written report before each core group",
                 "Report at each core group with Marta's PHQ-9 and GAD-7 scores and Jo's view on whether the "
                 "changes the children need are happening"],
                ["M2", "Psychiatric review of Marta's medication and a written opinion on her prognosis, the "
                       "steps she still needs to take and how long they are likely to take",
                 "Dr Priya Chandran, consultant psychiatrist, Abbotsmere CMHT",
                 "Review by 31/07/2025; opinion by 29/08/2025",
                 "Written opinion shared with the SW and read at the core group on 25/09/2025"],
                ["M3", "Prescribe Marta's sertraline a week at a time and tell the care co-ordinator and the SW "
                       "if a prescription is not collected",
                 "Dr Anil Leonard, GP, Brookside Medical Centre",
                 "Weekly; a missed collection reported the same day",
                 "Pharmacy collection record on the GP file; the SW's case notes show the date of any missed "
                 "collection and when it was reported"],
            ],
        }),
        ("h2", "10.6 Dean's drinking"),
        ("table", {
            "header": ["Ref", "Action", "Lead", "When", "Evidence of progress"],
            "widths": [1.1, 5.6, 3.3, 3.0, 4.0],
            "rows": [
                ["D1", "Alcohol key-work with Dean, with a breath test at every session and a written report to "
                       "each core group on his drinking and what it means for his care of the children",
                 "Liam Grady, recovery worker, Clearwater Recovery Service",
                 "Weekly; report before each core group",
                 "Breath test results and Liam's report read at every core group"],
                ["D2", "Stay alcohol-free on every day Dean is the only adult looking after the children, and "
                       "give a breath test to the SW at unannounced visits",
                 "Dean Fairweather", "Every day he is the sole carer; a test at each unannounced visit",
                 "Breath readings written on the SW's visit records, all at zero"],
                ["D3", "Complete the eight-week 'Through Their Eyes' group at Clearwater on how a parent's "
                       "drinking affects children",
                 "Dean Fairweather; the group facilitator sends the attendance record to the SW",
                 "Tuesdays 6pm to 8pm from 08/07/2025",
                 "Attendance record showing 8 of 8 sessions and the facilitator's end-of-group note sent to the "
                 "SW by 02/09/2025"],
            ],
        }),
        ("h2", "10.7 Seeing the children"),
        ("p", "Aisha Begum, the SW, will visit the family home every two weeks, with at least one visit a month "
              "unannounced, see Zofia and Kacper on their own and Lena awake and in her room, and write what "
              "each child says and shows in her visit record. The SW will also see Zofia on her own at school "
              "once a month to go through her 'three houses' sheet, which will be kept on Zofia's file with "
              "the date of each update."),
        ("h1", "11. Contingency plan"),
        ("p", "If Marta tells anyone she is thinking of harming herself or the children, stops taking her "
              "medication, or is found unable to get up and care for Lena, or if Dean is found under the "
              "influence of alcohol while he is the only adult with the children, whoever learns of it will "
              "ring the SW (or the Abbotsmere Emergency Duty Team out of hours) straight away and the SW will "
              "hold a strategy discussion the same day. The children will stay with Ewa Nowak at 4 Cedar Row "
              "while the risk is assessed, or Zofia and Kacper will go to Tomasz. If Marta is in crisis, Jo "
              "Eastwood or the CMHT crisis team will see her that day."),
        ("p", "If Ewa is unwell or away and cannot walk Kacper to school or have Lena on a Thursday, she will "
              "tell Marta and the SW the evening before: Kacper will go to the Millstream breakfast club, where "
              "a place has been agreed, and on a Thursday the SW will visit Marta and Lena that afternoon. If "
              "Ewa cannot take the children in an emergency, Tomasz will take Zofia and Kacper, and Lena will "
              "be looked after by approved foster carers that day under section 20 with Marta's agreement."),
        ("h1", "12. Core group and review"),
        ("bullets", [
            "Core group every four weeks at Millstream Primary, 1.30pm: 31/07/2025, 28/08/2025 and 25/09/2025, "
            "then every four weeks until the review.",
            "Second review child protection conference: 08/01/2026, 10am, Abbotsmere Town Hall.",
            "If by the core group on 25/09/2025 Kacper's attendance is still below 90%, Dean has given a positive "
            "breath test while caring for the children, or Marta has stopped her treatment, the SW will ask the "
            "team manager for a legal planning meeting within 5 working days to decide whether to start the "
            "Public Law Outline.",
        ]),
        ("h1", "13. Distribution"),
        ("p", "Marta Kowalczyk, Dean Fairweather, Tomasz Kowalczyk, Ewa Nowak (section 11 only, with Marta's "
              "agreement), and every agency in the attendance list. Minutes approved by the chair on "
              "07/07/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Looked-after children's care plan part 2 for a brother and sister
#    accommodated under s20 who stay on CP plans: key events, assessment,
#    views, outcomes, then seven need sections (tables and prose). Exemplary,
#    paged PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b51_ardwenham_lac_care_plan_part_two_need_sections_mercer.pdf",
    "doc_title": "Care Plan Part 2 - Jayden and Kayla Mercer",
    "split": "tune",
    "actions": 20,
    "template": "lac-care-plan-part-two-paged-legal-status-kv-key-events-table-assessment-views-numbered-outcomes-then-seven-need-sections-what-will-be-done-by-whom-by-when-how-we-will-know-tables-and-prose-then-contingency-reviews-signatures",
    "description": (
        "Exemplary care plan (part 2) for a 13-year-old and a 9-year-old accommodated under section 20 "
        "together in foster care after their mother's drinking left them without care; they stay on child "
        "protection plans while a return home is assessed. Key events, assessment, views and outcomes, then "
        "20 actions across health, education, emotional development, identity, family time, the mother's "
        "recovery and the family home. The alcohol service and talking therapies report on change, the GP "
        "owns an action, the grandmother's supervision has a fallback, reviews, core group and conference "
        "dates are set and legal planning follows a relapse."
    ),
    "header": "OFFICIAL – SENSITIVE | Ardwenham Council | Children in Care Service",
    "footer": "Care Plan Part 2 – Jayden and Kayla Mercer – Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "blocks": [
        ("title", "Care Plan for a Looked After Child – Part 2"),
        ("p", "This plan sets out how Jayden's and Kayla's needs will be met while they are looked after, and "
              "what has to change for them to go home. It was agreed at their first looked after review and is "
              "read alongside their child protection plans."),
        ("kv", [
            ("Children", "Jayden Mercer, born 08/11/2011 (13), Year 8, Ardwenham High School; "
                         "Kayla Mercer, born 19/03/2016 (9), Year 4, Oakfield Primary"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, with their mother's agreement, "
                             "since 12/05/2025"),
            ("Placement", "Together, with foster carers Pat and Desmond Hughes (Ardwenham Fostering Service), "
                          "14 Greenway Close, Fenton Vale"),
            ("Mother", "Kirsty Mercer (34), 27 Marlow Street, Ardwenham (the family home)"),
            ("Father", "Craig Mercer (36), 9 Dene Road, Ardwenham"),
            ("Child protection status", "Both children remain subject to child protection plans (neglect); "
                                        "the review conference on 19/05/2025 kept the plans in place while "
                                        "a return home is assessed"),
            ("Social worker", "Rhian Caddick, Children in Care Team 1"),
            ("Independent reviewing officer", "Malcolm Tate"),
            ("Plan agreed", "First looked after review, 09/06/2025"),
        ]),
        ("h1", "1. Why Jayden and Kayla are looked after"),
        ("p", "Kirsty has been dependent on alcohol since 2021 and has long spells of low mood. On 10/05/2025 "
              "police found her collapsed in the kitchen after drinking most of a litre of vodka; Kayla had run "
              "to a neighbour at 11pm because she could not wake her. It was the fourth police call-out since "
              "January and came three months into a child protection plan. Kirsty agreed that the children "
              "should be looked after while she has a community detox and shows she can stay sober. Craig has "
              "not lived with the children since 2019, when he was convicted of assaulting Kirsty; he sees them "
              "every Saturday under supervision."),
        ("h1", "2. Key events"),
        ("table", {
            "header": ["Date", "What happened"],
            "widths": [3.0, 14.0],
            "rows": [
                ["06/02/2025", "Initial child protection conference; plans made under neglect"],
                ["14/03/2025", "Police called after Kirsty, drunk, argued with a neighbour; Jayden had put Kayla "
                               "to bed"],
                ["22/04/2025", "Kayla late on 9 of 15 school days; school tells the SW"],
                ["10/05/2025", "Kayla cannot wake Kirsty at 11pm and runs to a neighbour; police protection used"],
                ["12/05/2025", "Section 20 agreement signed; Jayden and Kayla placed together with Pat and "
                               "Desmond Hughes"],
                ["19/05/2025", "Review child protection conference keeps the plans alongside the care plan"],
                ["30/05/2025", "Initial health assessments by the looked after children's paediatrician"],
                ["02/06/2025", "Kirsty starts a community detox with Ardwenham Alcohol and Drug Service"],
                ["09/06/2025", "First looked after review; this plan agreed"],
            ],
        }),
        ("h1", "3. What the assessment tells us"),
        ("p", "The single assessment, finished on 28/04/2025, found that when Kirsty is sober she is loving and "
              "organised, knows her children well and keeps a clean home. When she drinks, which had been most "
              "evenings since Christmas, the children go without meals and bedtimes, Jayden takes charge of "
              "Kayla, and Kayla has been left with no adult able to respond to her. Jayden's anger has grown and "
              "he has been excluded twice this year. Kayla's asthma was poorly controlled and neither child had "
              "seen a dentist for three years. Kirsty owes £1,140 in rent and has been served with a notice "
              "seeking possession, which puts the family home at risk."),
        ("p", "Since the children came into care Kirsty has been to every detox appointment and every family "
              "time session, and all of her breath tests since 02/06/2025 have been clear. The assessment's view "
              "is that a return home is realistic if Kirsty completes her detox, stays sober for at least twelve "
              "weeks and keeps her tenancy."),
        ("h1", "4. What Jayden and Kayla say"),
        ("p", "Jayden (seen alone at the placement on 04/06/2025 and at school on 06/06/2025): 'I want to go "
              "home, but only if Mum's not drinking. I'm not doing all that again.' He likes that Desmond drives "
              "him to school and 'doesn't go on at me'. He is cross that he cannot see his mates on the Millbank "
              "estate on weekdays. He wants to keep seeing his dad on Saturdays and would like to start boxing "
              "again."),
        ("p", "Kayla (seen at the placement on 04/06/2025) likes her bedroom at Pat's 'because it has fairy "
              "lights' and says Pat 'makes proper dinners'. She misses her mum 'at bedtime most', asked whether "
              "Mum is 'still poorly', and wants to ring her more often. She told her IRO she does not want to "
              "change school."),
        ("h1", "5. What we want for Jayden and Kayla"),
        ("numbers", [
            "Jayden and Kayla live together in a safe, settled home and see their mum and dad often, in a way "
            "that is safe for them.",
            "They go home only when their mum has been sober for at least twelve weeks and the family home is "
            "secure, and from then on they are cared for every night by a sober adult.",
            "Kayla's asthma is under control and both children's teeth are treated.",
            "Jayden is in school full time with no more exclusions, and Kayla catches up in maths and stays at "
            "Oakfield Primary.",
        ]),
        ("h1", "6. How we will meet Jayden's and Kayla's needs"),
        ("h2", "6.1 Health"),
        ("table", {
            "header": ["What will be done", "By whom", "By when / how often", "How we will know"],
            "widths": [6.0, 3.6, 3.0, 4.4],
            "rows": [
                ["Take Kayla to the asthma clinic, follow the plan the clinic gives, and make sure her blue "
                 "inhaler goes with her to school and to family time",
                 "Pat Hughes (foster carer)", "Clinic by 11/07/2025; inhaler every day",
                 "Clinic's asthma plan on Kayla's health file; school confirms the inhaler is in the office"],
                ["Dental check-ups for both children and any treatment the dentist advises",
                 "Desmond Hughes (foster carer)",
                 "Check-ups by 27/06/2025; treatment finished by 29/08/2025",
                 "Dentist's letters on both children's health files, copied to the SW"],
                ["Review Jayden's eczema treatment and his sleep (he is falling asleep after midnight)",
                 "Dr Michael Otway, GP, Fernlea Surgery", "By 04/07/2025",
                 "GP's plan sent to the LAC nurse and carers; the carers' sleep diary shows Jayden asleep by "
                 "10.30pm on school nights by the second review"],
                ["Check that the recommendations of the initial health assessments have been carried out and "
                 "update both children's health plans",
                 "Anne Reilly, LAC nurse", "By 29/08/2025",
                 "Updated health plans sent to the IRO and SW before the second review"],
            ],
        }),
        ("h2", "6.2 Education"),
        ("table", {
            "header": ["What will be done", "By whom", "By when / how often", "How we will know"],
            "widths": [6.0, 3.6, 3.0, 4.4],
            "rows": [
                ["Personal education plan meeting for Jayden: a reading target, a plan to catch up the Year 8 "
                 "work he missed, and a reintegration plan after his exclusions",
                 "Ms Dionne Haig, designated teacher, Ardwenham High School",
                 "By 27/06/2025, then every term",
                 "PEP on the Virtual School system with dated targets; reading age retested by 17/10/2025; no "
                 "further exclusions"],
                ["Personal education plan for Kayla, including a weekly maths tutor paid for from Pupil Premium "
                 "Plus",
                 "Mr Simon Ferris, designated teacher, Oakfield Primary",
                 "PEP by 27/06/2025; tutoring weekly from 07/07/2025",
                 "Tutor's session record; Kayla's maths assessment score at the October PEP compared with June"],
                ["Drive Jayden and Kayla to their own schools every morning so that neither has to change school",
                 "Desmond Hughes (foster carer)", "Every school day",
                 "Attendance of 95% or above for both children on the monthly prints sent to the SW"],
            ],
        }),
        ("h2", "6.3 Emotional and behavioural development"),
        ("p", "Lucy Brennan of the CAMHS Looked After Children Team will see Jayden every week for twelve sessions "
              "from 23/06/2025 to work on his anger and his worries about his mum, and will send the SW a written "
              "summary with his SDQ scores from the first and last sessions by 29/09/2025. Pat Hughes will "
              "complete a Strengths and Difficulties Questionnaire for each child by 30/06/2025 and again by "
              "28/11/2025 and send both to the LAC nurse, so that the two sets of scores can be compared."),
        ("h2", "6.4 Identity and friendships"),
        ("p", "The SW will do six life-story sessions with Kayla at the placement before 31/08/2025, and Kayla "
              "will keep the finished book in her room at Pat and Desmond's. Desmond will take Jayden to "
              "Ardwenham Amateur Boxing Club every Tuesday and Thursday from 6pm to 7.30pm, and the club's "
              "register will show each session he attends."),
        ("h2", "6.5 Family time"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.0, 3.6, 3.0, 4.4],
            "rows": [
                ["Family time with Mum at Ardwenham Family Centre, supervised by a contact worker; Kirsty gives a "
                 "breath reading at the start of each session",
                 "Jan Peel, contact worker, Ardwenham Family Centre", "Tuesdays and Fridays, 4pm to 6pm",
                 "Contact record of each session, with the breath reading and how Jayden and Kayla were, sent "
                 "to the SW within 2 working days"],
                ["Family time with Dad at his mother's house, supervised throughout by Sheila Mercer (paternal "
                 "grandmother), who has been assessed and approved as a supervisor",
                 "Sheila Mercer", "Every Saturday, 11am to 4pm",
                 "Contact book signed by Sheila after each visit and read by the SW at each placement visit"],
                ["Phone or video calls with Mum on the carers' tablet",
                 "Pat Hughes (foster carer)", "Wednesdays and Sundays at 6pm",
                 "Daily log records each call, how long it lasted and what the children said afterwards"],
            ],
        }),
        ("h2", "6.6 Kirsty's recovery"),
        ("table", {
            "header": ["What will be done", "By whom", "By when / how often", "How we will know"],
            "widths": [6.0, 3.6, 3.0, 4.4],
            "rows": [
                ["Community detox, then weekly key-work with a breath test at each appointment, and a written "
                 "report on whether Kirsty has stopped drinking and whether she can keep it up for Jayden and "
                 "Kayla to come home",
                 "Nasreen Latif, recovery worker, Ardwenham Alcohol and Drug Service",
                 "Weekly; report before each core group and each looked after review",
                 "Breath test results and the written report read at every core group and review"],
                ["Twelve sessions of talking therapy for Kirsty's low mood, and a written assessment of how far "
                 "she has come and whether the change is likely to last within the children's timescale",
                 "Owen Pritchard, therapist, Ardwenham Talking Therapies",
                 "Weekly from 24/06/2025; assessment by 16/09/2025",
                 "PHQ-9 scores at sessions 1, 6 and 12, and the written assessment shared with the SW and IRO"],
                ["Liver function tests and a review of Kirsty's relapse-prevention medication",
                 "Dr Michael Otway, GP, Fernlea Surgery",
                 "Bloods by 04/07/2025, then every 3 months",
                 "Results and the GP's letter sent to the recovery worker and the SW"],
                ["Parenting assessment of Kirsty, including four observed family time sessions and two visits "
                 "to the family home, with a recommendation on whether Jayden and Kayla can go home",
                 "Rhian Caddick, SW", "Report by 01/09/2025",
                 "Report shared with Kirsty, the IRO and the core group before the second review"],
            ],
        }),
        ("h2", "6.7 The family home"),
        ("p", "Kirsty will pay £15 a week off her rent arrears from her Universal Credit, starting on "
              "20/06/2025, and Ardwenham Homes will send the SW a statement of the payments at the end of each "
              "month. Mark Ollerton, tenancy support officer at Ardwenham Homes, will visit Kirsty by 30/06/2025 "
              "to sign a repayment agreement and get the broken front door lock replaced, and will email the SW "
              "the signed agreement and the date the new lock is fitted."),
        ("h1", "7. Contingency plan"),
        ("p", "If Kirsty gives a positive breath reading or arrives at family time smelling of alcohol, the "
              "session will not go ahead, the contact worker will ring the SW that day, and the children will "
              "speak to Kirsty by phone the next evening instead. If Kirsty has two positive readings, or "
              "Nasreen reports a relapse, the SW will request a legal planning meeting within 5 working days to "
              "consider care proceedings. If Kirsty withdraws her section 20 agreement or tries to take the "
              "children home before the plan allows, the SW will take legal advice the same day and ask for an "
              "urgent legal planning meeting."),
        ("p", "If Sheila cannot supervise on a Saturday, or Craig arrives late or under the influence, that "
              "day's family time will not take place and the SW will arrange supervised family time with Craig "
              "at the Family Centre within 7 days; Craig will not see the children unsupervised. If the "
              "placement with Pat and Desmond is at risk of ending, the SW will hold a placement stability "
              "meeting within 5 working days, and Jayden and Kayla will stay together in any move."),
        ("h1", "8. Reviews and meetings"),
        ("bullets", [
            "Second looked after review: 08/09/2025, 3.30pm, at the placement, chaired by Malcolm Tate (IRO).",
            "Core group every 4 weeks at Ardwenham Family Centre, 10am: 07/07/2025, 04/08/2025 and 01/09/2025.",
            "Review child protection conference: 17/11/2025, 10am, Ardwenham Civic Centre.",
            "If Kirsty has not completed her detox by 31/07/2025, or has not had twelve weeks without alcohol by "
            "the second review, the SW will request a legal planning meeting to decide whether to issue care "
            "proceedings.",
        ]),
        ("h1", "9. Agreement"),
        ("kv", [
            ("Kirsty Mercer", "Agreed and signed 09/06/2025"),
            ("Craig Mercer", "Agreed and signed 10/06/2025"),
            ("Rhian Caddick, social worker", "09/06/2025"),
            ("Malcolm Tate, IRO", "Plan endorsed at the review on 09/06/2025"),
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Second review conference record in markdown: details table, who took
#    part, dated chronology bullets, agency paragraphs, views, scaling table,
#    decision, goals, then the plan under seven theme headings, mostly
#    one-sentence commitments with two small tables. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b51_amberlow_rcpc_two_record_scaling_theme_prose_pemberton.md",
    "split": "tune",
    "actions": 18,
    "template": "rcpc2-record-md-details-table-who-took-part-dated-chronology-bullets-agency-h3-paragraphs-views-scaling-table-decision-goals-then-plan-h3-themes-one-sentence-commitment-paragraphs-with-two-what-who-by-well-know-tables",
    "description": (
        "Exemplary second review conference record for a 14-year-old and a 5-year-old living in one B&B "
        "room after eviction (mother's bipolar disorder under the CMHT, father's cannabis and cocaine use, "
        "son's exclusion and cannabis use, daughter's hearing). Long record with chronology, agency updates, "
        "views and scaling, then 18 actions under seven themes, each commitment a paragraph of its own "
        "naming who, when and how it will be known, plus two small tables. The CMHT, psychiatrist and "
        "recovery hub assess change, both grandparents' help has a fallback, dates and legal step are set."
    ),
    "text": """\
# Amberlow City Council – Children's Social Care

## Second Review Child Protection Conference: record and plan

| Item | Detail |
|---|---|
| Children | Reuben Pemberton, 14 (born 03/03/2011), Year 9, Amberlow Community College; Maisie Pemberton, 5 (born 27/08/2019), Reception, St Columba's Infants |
| Parents | Gemma Pemberton (37) and Shaun Pemberton (40) |
| Where the family lives | Room 12, Station Hotel, Amberlow (temporary accommodation since 19/05/2025) |
| Conference | Second review, 03/07/2025, 1.30pm to 3.45pm, Amberlow Civic Centre |
| Earlier conferences | Initial 09/10/2024; first review 08/01/2025 |
| Category | Neglect (both children) |
| Chair | Jasbir Sandhu, Safeguarding Chair |
| Social worker | Hollie Vance, Family Safeguarding Team South |

## Who took part

- Gemma Pemberton and Shaun Pemberton (parents), with their advocate, Fay Gordon
- Denise Cole (maternal grandmother) and Alan Pemberton (paternal grandfather), for the family part of the meeting
- Hollie Vance (SW); Jasbir Sandhu (chair); Ian Merritt (minutes)
- Ruth Nolan (care co-ordinator, Amberlow CMHT)
- Tom Acheson (recovery worker, Amberlow Recovery Hub)
- Mr Daniel Okafor (head of Year 9, Amberlow Community College)
- Miss Kate Drummond (class teacher, St Columba's Infants)
- Bethan Lloyd (school nurse)
- Carl Ndiaye (housing options officer) – report only
- Dr Imran Qureshi (consultant psychiatrist) – apologies, letter sent

## Why Reuben and Maisie have a plan

Gemma has bipolar disorder. In February 2025 she became unwell, stopped sleeping and spent
three weeks in a psychiatric unit; for most of that time Reuben, then 13, was getting Maisie
up and to school because Shaun was using cannabis every day and cocaine at weekends. The
family were evicted for rent arrears in May and the four of them now share one room with
a shared bathroom on the landing. Reuben has been smoking cannabis, has had a five-day
exclusion and often argues with his dad. Maisie has glue ear and her speech is unclear.

## What has happened since the last review

- 08/01/2025 – First review conference; plan continued.
- 02/02/2025 – Gemma admitted to the Cedars unit after a manic episode; discharged 24/02/2025.
- 11/03/2025 – Shaun starts key-work at Amberlow Recovery Hub.
- 04/04/2025 – Reuben excluded for five days after a fight at college.
- 19/05/2025 – Family evicted from 8 Parkside Road; placed at the Station Hotel by Housing Options.
- 06/06/2025 – Shaun's urine test positive for cocaine (negative since).
- 23/06/2025 – Maisie referred to audiology by the GP after the school hearing screen.

## What the agencies told conference

**Social worker.** Hollie has visited twelve times since January, three times unannounced.
The room is clean but cramped; on 16/06/2025 she smelt cannabis on the landing and Shaun
admitted smoking outside the window. Maisie is always clean and dressed for school.
Gemma has been well since March and has taken her lithium as prescribed.

**CMHT.** Ruth Nolan sees Gemma fortnightly. Her mood has been stable for four months and
her lithium levels are in range. Ruth's view is that the move to the hotel is a real risk
to Gemma's sleep and so to her stability.

**Recovery Hub.** Tom Acheson reported that Shaun has been to 14 of 16 sessions. One test
in June was positive for cocaine; the six since have been negative for cocaine but show
daily cannabis use, which Shaun says is "less than half what it was".

**College.** Reuben's attendance is 78%. He is bright, good at PE and art, and has had
no exclusions since April, but he is often late and has been found off site at lunchtime.

**Infant school.** Maisie's attendance is 96%. She is a happy child who is sometimes
hungry in the morning. Her speech is hard to understand and she does not always respond
when her name is called.

## What Reuben and Maisie say

Reuben (seen alone at college, 26/06/2025): "The hotel is rubbish, there's nowhere to go,
so I stay out. I only smoke a bit, it helps me sleep." He said he gets on with his mum
"when she's OK" and that his dad "goes on at me about stuff he does himself". He wants his
own room, to play football again and to know "what to do if Mum gets ill again, because
last time no one told me anything".

Maisie (seen at school and at the hotel, 24/06/2025) showed Hollie her "bed cave" under
the bunk and said she likes "Nanny's house because she has a garden and a dog". She said
"Daddy's smoke is smelly". She drew her family holding hands, with Reuben "far away at
football".

## How worried everyone is

0 means the children are not safe at home; 10 means they are safe enough to end the plan.

| Person | Score | Why |
|---|---|---|
| Gemma | 7 | "I'm well and the kids are fed, it's the room that's the problem." |
| Shaun | 6 | Knows he is still smoking cannabis. |
| Hollie (SW) | 4 | Cannabis in the room, Reuben's drifting, no plan for a relapse. |
| Ruth (CMHT) | 5 | Gemma is well, but the hotel puts her sleep at risk. |
| Mr Okafor (college) | 4 | Attendance and lunchtimes off site. |

## Conference decision

The chair and all agencies agreed that Reuben and Maisie remain at risk of significant harm
through neglect and that their child protection plans continue. Gemma and Shaun accepted
the decision. The chair asked that the plan be shorter on visits and longer on what will be
different for Reuben.

## Goals for Reuben and Maisie

- Reuben and Maisie live in a settled home where they each have a bed in a proper bedroom and no one smokes drugs around them.
- Reuben knows what to do and who to ring if his mum becomes unwell, and never has to look after Maisie on his own.
- Reuben is in college every day, stops using cannabis, and spends his evenings somewhere safe.
- Maisie's hearing and speech are checked and treated, and she arrives at school fed and on time.

## The plan

### Health

Gemma will take Maisie to her hearing test at the Amberlow Audiology Clinic on 22/07/2025, and the audiologist's letter will be copied to the school nurse and the SW.

Bethan Lloyd, school nurse, will see Reuben at college by 18/07/2025 about his sleep and his cannabis use, and will send the SW a short note of what he has agreed to try.

Kieran Moss of the Amberlow Young People's Substance Service will see Reuben every Wednesday after college from 09/07/2025 and send the SW a monthly summary of the sessions Reuben attended and how much he says he is using.

### College and school

Mr Daniel Okafor, head of Year 9, will hold a pastoral support plan meeting with Reuben and Gemma by 11/07/2025 and send the signed plan, with Reuben's three targets, to the SW.

Mrs Lorna Barr, attendance officer at the college, will email the SW Reuben's attendance and behaviour points every Friday in term, so that the core group can see whether his attendance is above 90% by the review.

Maisie's class teacher (Miss Kate Drummond until the summer, then Mr Ravi Sood in Year 1) will write in the home–school book every school day whether Maisie arrived on time, fed and in clean clothes, and the SW will read the book at each visit.

### Home

| What | Who | By | We'll know because |
|---|---|---|---|
| Decide the family's homeless application and offer self-contained temporary accommodation with a separate bedroom for the children | Carl Ndiaye, housing options officer, Amberlow City Council | Decision by 18/07/2025; move within 28 days of the decision | Decision letter and licence agreement on the children's file; the SW sees the new home at her first visit after the move |
| Keep the family's room free of drugs, cannabis smoke and anything Maisie could swallow | Shaun Pemberton | Every day | The SW checks the room at every visit, including the unannounced ones, and writes down what she saw |
| Apply to the Amberlow Local Welfare Fund for beds, bedding and a cooker for the new home | Lisa Carr, family support worker, Amberlow Family Hub | Within 7 days of the family being offered a property | Award letter on file; beds seen in the children's room at the SW's first visit to the new home |

### Gemma's mental health

Ruth Nolan, Gemma's care co-ordinator at Amberlow CMHT, will see Gemma every two weeks and give each core group a written account of Gemma's mood, any early warning signs and whether she is keeping up the changes that keep Reuben and Maisie safe.

Dr Imran Qureshi, consultant psychiatrist, will review Gemma's lithium levels and relapse prevention plan by 01/08/2025 and write to the SW with his view on whether Gemma could keep the children safe in a relapse and how long her recovery is likely to take.

Gemma will go through her relapse prevention plan with Reuben at a joint session with Ruth by 31/07/2025, so that Reuben knows the early signs and who to ring, and the SW will see the child-friendly copy pinned up in the family's room at her next visit.

### Shaun's drug use

| What | Who | By | We'll know because |
|---|---|---|---|
| Weekly key-work with a urine test at each appointment, and a written view before each core group on whether Shaun's drug use is changing and what that means for Maisie and Reuben | Tom Acheson, recovery worker, Amberlow Recovery Hub | Weekly; written view before each core group | Test results and Tom's written view read at each core group |
| Written assessment of Shaun's motivation and capacity to stop using cannabis and cocaine, and how long that is likely to take | Tom Acheson | By 15/08/2025 | Assessment shared with the core group before the core group on 28/08/2025 |
| Six sessions of family work for Shaun and Reuben on the arguments between them | Mel Jordan, family therapist, Amberlow Family Hub | Fortnightly from 25/07/2025 | Both rate their relationship on the family scale at the first and last sessions; Mel's summary sent to the SW |

### Family

Grandad Alan Pemberton will have Reuben to stay every Friday night and take him to Amberlow Rovers under-15s on Saturday morning, and will text the SW each Saturday to confirm that Reuben stayed.

Nan Denise Cole will collect Maisie from school on Tuesdays and Thursdays and give her tea at her flat until Gemma collects her at 6pm, and the school will record each collection in its signing-out book.

### Seeing Reuben and Maisie

Hollie Vance, the SW, will visit at least every 10 working days, one visit in four unannounced, see Reuben and Maisie on their own, and write in each visit record what the children said and how the room looked.

## If things go wrong

If Gemma shows her early warning signs (sleeping less than four hours two nights running,
talking very fast, spending money she does not have) or stops her lithium, Gemma, Shaun or
whoever notices will ring Ruth or the CMHT crisis line that day, and Ruth will tell the SW.
If Gemma is unwell while she is the only adult with the children, Reuben will ring Nan
Denise, who will take both children to her flat. If Shaun is under the influence of drugs
while looking after Maisie, or drugs are found where Maisie could reach them, the SW (or
the Emergency Duty Team out of hours) will hold a strategy discussion the same day and
Maisie will stay with Denise until it is safe for her to go back.

If Denise cannot take the children, Alan will take them both; if neither can, the SW or
the Emergency Duty Team will arrange for Reuben and Maisie to stay together with approved
foster carers that night. If Denise cannot collect Maisie on a Tuesday or Thursday, Maisie
will go to the St Columba's after-school club (the Family Hub pays for the place) until
Gemma collects her. If Alan cannot have Reuben on a Friday, Reuben will stay at home and
the SW will ring him on the Saturday morning.

## Meetings

- Core group every 4 weeks at Amberlow Family Hub, 2pm: 31/07/2025, 28/08/2025, 25/09/2025 and 23/10/2025.
- Next review child protection conference: 08/01/2026, 10am, Amberlow Civic Centre.
- If Shaun has two tests positive for cocaine, Gemma stops taking her lithium, or Reuben is excluded again, the SW will ask the team manager for a legal planning meeting within 5 working days.

*Record approved by the chair, 07/07/2025. Copies to the family and every agency above.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Aligned review (second looked-after review and first review conference)
#    for two children in a parent-and-child foster placement with their
#    mother: plain-text review record with numbered parts, attendance,
#    chronology, views, IRO summary, decisions, then the plan as numbered
#    recommendations under theme headings. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b51_aulderton_aligned_review_parent_child_placement_recommendations_kellaway.txt",
    "split": "tune",
    "actions": 19,
    "template": "aligned-lac-review-and-rcpc-record-txt-parent-and-child-foster-placement-numbered-parts-underlined-attendance-lines-chronology-date-lines-views-iro-summary-decisions-then-numbered-recommendations-under-theme-subheadings",
    "description": (
        "Exemplary plain-text record of an aligned review (second looked-after review and first review "
        "conference) for a 3-year-old and a 5-month-old accommodated under section 20 with their 20-year-old "
        "mother, a care leaver, in a parent-and-child foster placement (ex-partner's violence, her anxiety "
        "and past self-harm, cannabis use). Attendance, chronology, views, IRO summary and decisions, then "
        "19 numbered recommendations under seven themes, each naming who, when and how it will be known. "
        "The perinatal psychologist reports on change, the GP and drug service own actions, dates and legal "
        "planning are set."
    ),
    "text": """\
AULDERTON COUNCIL
CHILDREN IN CARE AND CHILD PROTECTION – INDEPENDENT REVIEWING SERVICE

ALIGNED REVIEW RECORD
Looked after review (2nd) and review child protection conference (1st)
=====================================================================

PART 1  DETAILS
---------------
Children:        Kaiden KELLAWAY, born 04/02/2022 (3)
                 Ellis KELLAWAY, born 30/01/2025 (5 months)
Mother:          Chloe KELLAWAY (20), care leaver, placed with the children
Legal status:    Both children accommodated under section 20, Children Act
                 1989, since 14/03/2025, with Chloe's agreement
Placement:       Parent and child foster placement with Margaret and Ron
                 Unwin, 3 Orchard Rise, Aulderton
CP plans:        Both children since 05/03/2025, category physical abuse;
                 plans continue alongside the care plan
Review held:     26/06/2025, 10am, at the placement
Chair / IRO:     Patricia Okonjo
Social worker:   Femi Adebayo, Children in Care Team 2

PART 2  WHO TOOK PART
---------------------
Chloe Kellaway (mother); Margaret and Ron Unwin (foster carers); Femi
Adebayo (SW); Sophie Garner (leaving care personal adviser); Nicola Frain
(health visitor); Joanne Mistry (key person, Sunflower Nursery); Lee
Fontaine (Step Up, young adults drug and alcohol service); Dr Hannah Voss
(clinical psychologist, Aulderton Perinatal Mental Health Service); Gail
Mensah (supervising social worker, fostering). Reports from Dr Colin
Baptiste (GP) and PC Dan Whitby (Domestic Abuse Unit). Kaiden and Ellis
were at home for the first half hour.

PART 3  WHAT HAS HAPPENED
-------------------------
30/01/2025  Ellis born. Chloe living with Jake Lomas (Ellis's father).
22/02/2025  Police called: Jake assaulted Chloe while she was holding
            Ellis; Kaiden was in the room. Jake arrested.
05/03/2025  Initial child protection conference; plans made.
14/03/2025  Chloe and the children move to the Unwins' parent and child
            placement under section 20.
09/04/2025  First looked after review.
29/04/2025  Non-molestation order made against Jake, to 29/04/2026.
20/05/2025  Chloe's urine screen positive for cannabis; three negative
            screens since.
12/06/2025  Chloe told Dr Voss she had thought about cutting herself
            after a text from Jake's sister; she did not act on it.

PART 4  VIEWS
-------------
Kaiden (3) talks in short phrases. He told Femi "Nanny Maggie's house.
Big garden. My bike." He runs to Chloe when she comes back into the
room and shows her his drawings. At nursery he flinches when an adult
raises their voice and asks "Mummy coming?" at home time. His key person
says he has started playing alongside other children.

Ellis (5 months) was seen by the IRO awake and alert in Chloe's arms. He
smiles at Chloe and at Margaret, feeds well and settles in his cot after
his bath. Margaret's log shows he sleeps from about 7pm to 5am.

Chloe said: "I know I've got to prove myself. I want my own flat with my
boys and I want Jake to leave us alone." She finds the placement rules
hard but says Margaret "has taught me loads, like bedtime stuff".

Margaret and Ron said Chloe is gentle with both boys and quick to feed
Ellis, but struggles when both children need her at once and goes to her
room when she is upset, leaving Kaiden downstairs.

PART 5  IRO SUMMARY
-------------------
Chloe has made real progress in three months: she has kept the boys
safe from Jake, her cannabis screens are now clear and her routines for
Ellis are good. The worries are her low mood and thoughts of self-harm
when Jake's family contact her, how she manages two small children on
her own, and where the family will live when the placement ends. The
parenting assessment is due in August and will guide the next decision.

PART 6  DECISIONS OF THE REVIEW
-------------------------------
(a) The care plan is endorsed: the plan is for Kaiden and Ellis to live
    with Chloe in the community if the parenting assessment supports it.
(b) Both children remain looked after under section 20 and remain
    subject to child protection plans.
(c) The placement continues to meet the children's needs.

PART 7  WHAT WE WANT FOR KAIDEN AND ELLIS
-----------------------------------------
- Kaiden and Ellis are kept safe from Jake and never see violence at
  home again.
- Ellis keeps growing well, has his immunisations on time and is cared
  for by a calm, sober adult day and night.
- Kaiden's speech catches up, he goes to nursery three mornings a week
  and stops being frightened of raised voices.
- The boys move with Chloe to a home of their own only when she can
  care for them both safely on her own.

PART 8  THE PLAN (RECOMMENDATIONS OF THE REVIEW)
------------------------------------------------
8.1 Health

 1. Chloe will take Ellis to the Larch Road baby clinic every two weeks
    to be weighed, and the HV will record each weight in his red book
    (Ellis to stay on or above the 25th centile).
 2. HV Nicola Frain will see Ellis at the placement once a month and
    send the SW a summary after each visit covering his feeding, where
    and how he sleeps, and his development.
 3. Chloe will take Ellis for his 16-week immunisations, now three weeks
    late, by 18/07/2025, and Margaret will check that the red book has
    been updated and tell the SW.
 4. Amy Colquhoun, speech and language therapist, will assess Kaiden's
    speech at nursery by 31/07/2025 and send a written report with his
    targets to Chloe, the nursery and the SW.
 5. Margaret Unwin will take Kaiden and Chloe to the dentist for
    Kaiden's first check-up by 29/08/2025 and put the dentist's letter in
    Kaiden's health folder for the IRO to see at the next review.

8.2 Nursery

 6. Chloe will take Kaiden to Sunflower Nursery for his funded hours on
    Monday, Wednesday and Friday mornings, and the nursery will send the
    SW his attendance at the end of each month.
 7. Joanne Mistry, Kaiden's key person, will keep a two-way book with
    Chloe every session, noting how Kaiden arrived and what he ate, and
    the SW will read the book at each visit.

8.3 Family relationships and safety

 8. Margaret Unwin will supervise the visits of Tina Kellaway (maternal
    grandmother) to Chloe and the boys at the placement every Sunday
    from 2pm to 4pm and write up each visit in the placement log.
 9. The SW will arrange for Kaiden to see his father, Ashley Burke, at
    the Aulderton Family Contact Centre every other Saturday from
    12/07/2025, and the contact worker will send the SW a record of each
    session within two working days.
10. PC Dan Whitby, Aulderton Police Domestic Abuse Unit, will check the
    non-molestation order and the warning marker on the placement
    address by 11/07/2025 and confirm both to the SW in writing.

8.4 Moving on and housing

11. Sophie Garner, leaving care personal adviser, will submit Chloe's
    housing application to Aulderton Homes with a supporting letter on
    the children's needs by 25/07/2025, and give the SW a copy of the
    banding decision.
12. Sophie Garner will meet Chloe every two weeks to draw up a budget
    and a move-on plan for a two-bedroom flat near Kaiden's nursery, and
    the signed move-on plan will be given to the IRO for the next review.

8.5 Chloe's mental health

13. Dr Hannah Voss, clinical psychologist, Aulderton Perinatal Mental
    Health Service, will see Chloe every two weeks for her anxiety and
    thoughts of self-harm, and by 05/09/2025 will write a report on
    Chloe's progress, what she still needs to change and how long that
    is likely to take, for the core group and the next aligned review.
14. Dr Colin Baptiste, GP, Aulderton Health Centre, will review Chloe's
    medication by 18/07/2025 and write to the perinatal service and the
    SW with the outcome.

8.6 Chloe's cannabis use

15. Lee Fontaine, Step Up (Aulderton young adults drug and alcohol
    service), will see Chloe weekly, take a urine screen every fortnight
    and send the results, with his view on whether Chloe is staying off
    cannabis, to the SW before each core group.
16. Margaret Unwin will note in the daily log each evening whether Chloe
    has been free of cannabis that day, and ring the SW the same day if
    she smells cannabis or sees Chloe under its influence.

8.7 Parenting in placement and seeing the children

17. Margaret and Ron Unwin will record Chloe's care of both boys in the
    placement log every day under the agreed headings (feeds, night
    waking, routines, safety, warmth) and email the SW a summary every
    Friday.
18. Femi Adebayo, SW, will complete the parenting assessment of Chloe by
    29/08/2025, drawing on the carers' logs and eight direct
    observations, and share the report with Chloe and the IRO before the
    next review.
19. The SW will visit the placement every two weeks, see Kaiden on his
    own and Ellis awake, and write down what Kaiden says and how each
    child is in the visit record.

PART 9  CONTINGENCY
-------------------
If Chloe leaves the placement with the children without agreement, uses
cannabis while caring for them, harms herself, or has any contact with
Jake, Margaret will ring the SW (or the Emergency Duty Team out of hours)
straight away and the SW will hold a strategy discussion the same day.
If Chloe leaves the placement on her own, Kaiden and Ellis will stay with
Margaret and Ron as their foster carers. If Chloe is in crisis, the
perinatal service's duty worker will see her that day. If Chloe withdraws
her section 20 agreement, the SW will take legal advice that day and a
legal planning meeting will be held within 2 working days.

If the parenting assessment finds that Chloe cannot care for both boys
safely on her own, or she has two positive cannabis screens, the SW will
request a legal planning meeting within 5 working days to consider care
proceedings.

PART 10  NEXT MEETINGS
----------------------
Core group:      every 4 weeks at the placement, 10.30am - 24/07/2025,
                 21/08/2025, 18/09/2025, 16/10/2025, 13/11/2025
Next aligned review (looked after review and review child protection
conference): 18/12/2025, 10am, at the placement

Record completed by Patricia Okonjo, IRO, 30/06/2025. Copies to Chloe,
the carers, the SW and everyone in Part 2.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Review conference record in markdown with attendance table, chronology
#    table, agency updates, risk analysis and decision, then the plan under
#    six theme headings (numbered tables and prose). Faults among good
#    practice (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b51_allerthwaite_rcpc_record_risk_analysis_theme_plan_dobson.md",
    "split": "tune",
    "actions": 17,
    "template": "rcpc-record-md-field-detail-table-attendance-table-chronology-table-agency-bold-paragraphs-views-risk-analysis-harm-complicating-strengths-decision-outcomes-then-h4-theme-sections-numbered-action-person-responsible-timescale-how-well-know-tables-and-prose",
    "description": (
        "First review conference record for a 15-, 12- and 6-year-old (neglect; mother's depression and "
        "misuse of prescribed painkillers, stepfather's drinking, rent arrears and eviction notice, son on a "
        "part-time timetable, daughter a young carer). Long record, then 17 actions under six themes. Most "
        "are sound, but Tyler's timetable row has no measure, his mentoring is 'as and when needed', the "
        "young carers referral is passive, 'the family network' keeps Tyler home, the housing letter has no "
        "date, the CPN only supports and is measured by 'engagement', one outcome is the mother's, the "
        "contingency sends the children to Nan with no fallback, and there is no legal step."
    ),
    "text": """\
# Allerthwaite Council · Safeguarding Children Service

## Review Child Protection Conference – record, decision and plan

| Field | Detail |
|---|---|
| Children | Tyler Dobson (15, born 12/11/2009), Year 10, Allerthwaite High; Chelsea Dobson (12, born 02/02/2013), Year 7, Allerthwaite High; Ruby Kettle (6, born 15/09/2018), Year 1, Brookfold Primary |
| Address | 41 Lapwing Crescent, Allerthwaite |
| Mother | Nicola Dobson (39) |
| Stepfather | Wayne Kettle (44), Ruby's father |
| Conference | First review, Tuesday 08/07/2025, 9.30am, Allerthwaite Civic Hall |
| Initial conference | 15/04/2025 |
| Category | Neglect |
| Chair | Yvonne Acheampong |
| Social worker | Lauren Fairclough |

### Attendance

| Name | Role | Present / apologies |
|---|---|---|
| Nicola Dobson | Mother | Present |
| Wayne Kettle | Stepfather | Present |
| Pauline Dobson | Maternal grandmother | Present |
| Lauren Fairclough | Social worker | Present |
| Mr Kevin Ashworth | Assistant Head, Allerthwaite High | Present |
| Mrs Grace Pilling | School counsellor, Allerthwaite High | Report |
| Miss Amy Holroyd | Class teacher, Brookfold Primary | Present |
| Farida Baig | School nurse | Present |
| Sam Whitley | CPN, Allerthwaite CMHT | Present |
| Kelly Ord | Recovery worker, Allerthwaite Alcohol Service | Present |
| Dr Hamid Rauf | GP, Low Moor Surgery | Apologies, report |
| Ryan Clegg | Youth worker | Apologies |

### Chronology since the initial conference

| When | What happened | Told to conference by |
|---|---|---|
| 15/04/2025 | Initial conference; plans made under neglect | Chair |
| 28/04/2025 | Ruby sent to school in the same clothes for a week; no PE kit | Brookfold Primary |
| 09/05/2025 | Nicola found asleep on the sofa at 3pm, slurring; Ruby watching television alone | SW |
| 21/05/2025 | Tyler put on a part-time timetable after his second exclusion | Allerthwaite High |
| 02/06/2025 | Section 21 notice from Moorland Lettings; rent arrears of £2,300 | Nicola |
| 13/06/2025 | Wayne breathalysed at 0.31 mg/l when collecting Ruby; school kept Ruby until Pauline arrived | Brookfold Primary |
| 24/06/2025 | Chelsea tells the school counsellor she is "always tired" from helping with Ruby | Allerthwaite High |

### Agency updates

**Social work.** Lauren has visited nine times. The house is usually tidy when a visit is
expected but on the two unannounced visits there was little food and washing was piled on
the stairs. Nicola was drowsy on 09/05/2025 and said she had "taken a couple extra" of her
pregabalin for back pain. The family has until 02/08/2025 to leave the house.

**CMHT.** Sam Whitley has seen Nicola four times since May for depression. Sam said Nicola
attends when reminded and that her mood is "up and down".

**GP.** Dr Rauf's report says Nicola has asked for early repeat prescriptions of pregabalin
and co-codamol three times since March.

**Alcohol service.** Kelly Ord has seen Wayne five times. He drinks about six cans a night
and more at weekends. He says he wants to cut down for Ruby's sake.

**Schools.** Tyler's attendance on his part-time timetable is 71% and he has been seen at
the Ridings shops with older young people during the day. Chelsea's attendance is 91%; she
is anxious and often late. Ruby's attendance is 94% but she is often hungry and tired.

### What Tyler, Chelsea and Ruby want us to know

Tyler (seen alone, 30/06/2025) said school "is pointless" and that he would rather be
working with his uncle on the building sites. He said he goes to the shops "because home
does my head in". He wants his mum "to stop taking all them tablets".

Chelsea (seen at school, 24/06/2025) said: "I do Ruby's hair and her breakfast because Mum
can't get up. I don't mind, but I'm tired." She would like to go to netball club after
school and wishes "Wayne would stop drinking, he gets loud".

Ruby (seen at home, 01/07/2025) showed Lauren her bedroom and said her favourite place is
"Nana Pauline's because she has a trampoline and makes pancakes". She said Mummy "sleeps a
lot" and Daddy "smells funny at night".

### Parents' views

Nicola said she knows she has relied on her tablets too much and wants to come off them.
Wayne said the drinking "isn't as bad as they make out" but agreed to keep seeing Kelly.
Both said they are frightened about losing the house.

### Risk analysis

**Harm.** The children's basic care is inconsistent; Chelsea is caring for Ruby; Nicola has
been drowsy from medication while caring for Ruby and Wayne has tried to collect Ruby while
over the drink-drive limit.

**Complicating factors.** Eviction in August; Tyler drifting from education and towards
older peers; Nicola's low mood.

**Strengths.** Pauline is a consistent, loving grandmother. Nicola and Wayne love the
children and have been honest at this conference. Ruby's attendance is good.

### Decision

The conference agreed that Tyler, Chelsea and Ruby remain at risk of significant harm
through neglect and should continue to be subject to child protection plans.

### Outcomes for the children

- Tyler, Chelsea and Ruby are cared for every day by an adult who is awake, sober and not affected by medication.
- Chelsea is no longer responsible for Ruby's care and can go to after-school clubs.
- Tyler is back in full-time education and is at home by 9pm every night.
- Nicola will be free of her dependence on prescribed painkillers.
- Tyler, Chelsea and Ruby have a secure home to live in by the end of the summer.

### Child protection plan

#### Health

| No. | Action | Person responsible | Timescale | How we'll know |
|---|---|---|---|---|
| 1 | Take Ruby for her overdue dental check and the fillings the dentist recommended in March | Nicola Dobson | By 31/07/2025 | Dental practice letter to the SW confirming the treatment is done |
| 2 | Weigh and measure Ruby and agree a healthy eating plan with Nicola (Ruby is above the 98th centile) | Farida Baig, school nurse | By 18/07/2025, then each half-term | Ruby's height and weight sent to the GP and the SW each half-term |
| 3 | Weekly sessions for Chelsea on her worries and sleep, with a CAMHS referral if her scores stay high | Mrs Grace Pilling, school counsellor, Allerthwaite High | Weekly in term time | Chelsea's RCADS scores at the first and sixth sessions shared with the SW |

#### Education

| No. | Action | Person responsible | Timescale | How we'll know |
|---|---|---|---|---|
| 4 | Return Tyler to full time: extend his part-time timetable by one day every two weeks | Mr Kevin Ashworth, Assistant Head, Allerthwaite High | From 07/07/2025; full time by 19/09/2025 | |
| 5 | Mentoring for Tyler with the Allerthwaite Youth Service, including a taster day at Allerthwaite College | Ryan Clegg, youth worker | As and when needed | Tyler's attendance on the youth service register |
| 6 | Check Chelsea's attendance each day and ring home on the first morning of any absence | Mrs Dawn Ellery, attendance officer, Allerthwaite High | Every school day | Chelsea's attendance above 95% on the weekly print sent to the SW |

#### Family relationships

Pauline Dobson will have Ruby to stay at her house every Friday and Saturday night and mark each stay on the calendar in her kitchen, which the SW will check at her visits.

Pauline will also take Ruby to school on Tuesdays and Thursdays, and Brookfold Primary will note who brings Ruby in each morning.

A referral will be made to Allerthwaite Young Carers for Chelsea by 25/07/2025, and the young carers assessment will be sent to the SW.

The family network will keep Tyler away from the older group at the Ridings shops and make sure he is home by 9pm every night, noting any late night in the family diary.

#### Housing

The SW will write to Allerthwaite Housing Options in support of the family's homelessness prevention case, and will give Nicola a copy of the letter.

Nicola and Wayne will agree a repayment plan for the rent arrears with Moorland Lettings by 18/07/2025 and show the signed plan to the SW.

#### Parents' health

| No. | Action | Person responsible | Timescale | How we'll know |
|---|---|---|---|---|
| 13 | Regular appointments with Nicola to support her with her low mood | Sam Whitley, CPN, Allerthwaite CMHT | Fortnightly | Nicola's engagement with the service |
| 14 | Review Nicola's pregabalin and co-codamol and reduce them under a written plan; tell the SW of any request for an early prescription | Dr Hamid Rauf, GP, Low Moor Surgery | By 18/07/2025, then monthly | Written reduction plan sent to the SW; pharmacy records show no early collections |
| 15 | Alcohol key-work for Wayne with breath tests, and a report before each core group on his drinking and its effect on Ruby, Chelsea and Tyler | Kelly Ord, recovery worker, Allerthwaite Alcohol Service | Weekly | Breath test results and Kelly's written report at each core group |
| 16 | Do not drink on any day Wayne is collecting or looking after Ruby | Wayne Kettle | Every day | Breath readings at the SW's visits and at school collection, all at zero |

#### Visits

Lauren Fairclough, SW, will visit every two weeks, at least once a month unannounced, and see Tyler, Chelsea and Ruby on their own, writing up what they say in her visit records.

### Contingency

If Nicola is found drowsy or slurring from her medication, or Wayne has been drinking, while
either of them is the only adult with the children, the SW (or the Emergency Duty Team out
of hours) will hold a strategy discussion the same day and the children will go to stay
with Pauline at 7 Kestrel Close until it is safe for them to return. If Wayne arrives at
school to collect Ruby after drinking, the school will keep Ruby and ring Pauline and the SW.

### Core group and review

- Core group every four weeks at Allerthwaite High, 3.45pm: 22/07/2025, 19/08/2025 and 16/09/2025.
- Next review child protection conference: 13/01/2026, 9.30am, Allerthwaite Civic Hall.
""",
    "findings": [
        F("F002", "Nicola will be free of her dependence on prescribed painkillers."),
        F("M001", "extend his part-time timetable by one day every two weeks"),
        F("T002", "Mentoring for Tyler with the Allerthwaite Youth Service"),
        F("W001", "A referral will be made to Allerthwaite Young Carers"),
        F("W002", "keep Tyler away from the older group at the Ridings shops"),
        F("T001", "write to Allerthwaite Housing Options in support of the family's"),
        F("M002", "Regular appointments with Nicola to support her with her low mood"),
        F("H001", "Regular appointments with Nicola to support her with her low mood"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Looked-after child's care plan drawn up at a care planning meeting on a
#    children's ward: front grid with no header row, chronology, wishes and
#    feelings, then need parts A-F each split into "What we know" and "What
#    will happen" (tables and prose). Faults (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b51_askerby_lac_care_plan_ward_know_and_will_happen_parts_osei.docx",
    "doc_title": "Care Plan - Amara Osei",
    "split": "tune",
    "actions": 17,
    "template": "lac-care-plan-docx-front-grid-no-header-row-care-planning-meeting-on-ward-chronology-wishes-feelings-outcomes-then-need-parts-a-to-f-each-what-we-know-prose-and-what-will-happen-action-person-responsible-timescale-measure-of-success-table-or-prose",
    "description": (
        "Care plan for a 13-year-old accommodated under section 20 who is on a children's ward after an "
        "overdose and stays on a child protection plan (mother's drinking, mother's partner assaulted her). "
        "Long plan with chronology, wishes and feelings and outcomes, then 17 actions in six need parts. "
        "Nobody is set to visit Amara on the ward at a stated frequency (the carer goes 'as often as she "
        "can'); the mother's drinking is recorded but only she owns an action about it; CAMHS therapy has no "
        "timescale, the optician row no owner, the PEP and parenting assessment no measure, 'Professionals' "
        "report sightings, and one row is 'reviewed at the looked after review'."
    ),
    "blocks": [
        ("title", "Care Plan – Looked After Child"),
        ("p", "Askerby Borough Council · Children's Services · Children in Care Team"),
        ("table", {
            "widths": [5.0, 12.0],
            "bold_first_col": True,
            "rows": [
                ["Child", "Amara Osei, born 17/10/2011 (13)"],
                ["Legal status", "Accommodated under section 20, Children Act 1989, since 02/05/2025"],
                ["Placement", "Bev and Tony Marshall, foster carers (Askerby Fostering), 22 Fieldfare Way, "
                              "Askerby"],
                ["Where Amara is now", "Ward 7 (children's ward), Askerby General Hospital, since 20/06/2025"],
                ["Mother", "Abena Osei (41), 5 Tanner's Row, Askerby"],
                ["Mother's partner", "Darren Pike (46); on police bail with a condition not to contact Amara"],
                ["Brother", "Kofi Osei (17), lives with his maternal aunt, Efua Mensah"],
                ["Child protection plan", "Since 15/05/2025 (physical abuse); kept in place while a return "
                                          "home is assessed"],
                ["Social worker", "Daniel Price"],
                ["Independent reviewing officer", "Sandra Whelan"],
                ["This plan", "Agreed at a care planning meeting held on Ward 7 on 24/06/2025"],
            ],
        }),
        ("h1", "1. Care planning meeting, 24 June 2025"),
        ("p", "Present: Amara (for the first twenty minutes); Abena Osei; Bev Marshall; Daniel Price (SW); "
              "Sandra Whelan (IRO); Dr Laura Kemp (CAMHS liaison psychiatrist); Sister Joy Adebanjo (Ward 7); "
              "Mrs Alison Birch (designated teacher, Askerby Park Academy); Gail Horton (supervising social "
              "worker). Apologies: Tony Marshall; Kofi Osei."),
        ("h1", "2. Chronology"),
        ("table", {
            "header": ["Date", "Event"],
            "widths": [3.0, 14.0],
            "rows": [
                ["12/04/2025", "Amara tells her form tutor that Darren hit her with a belt; police and "
                               "children's services strategy discussion"],
                ["14/04/2025", "Darren arrested and bailed not to contact Amara; Abena lets him back into the "
                               "house within a week"],
                ["02/05/2025", "Amara accommodated under section 20 with Abena's agreement; placed with the "
                               "Marshalls"],
                ["15/05/2025", "Initial child protection conference; plan made under physical abuse"],
                ["06/06/2025", "Family time stopped early: Abena smelling of alcohol"],
                ["20/06/2025", "Amara takes an overdose of paracetamol at the placement after a phone call from "
                               "her mum; admitted to Ward 7"],
                ["24/06/2025", "Care planning meeting on the ward; this plan agreed"],
            ],
        }),
        ("h1", "3. Amara's wishes and feelings"),
        ("p", "Amara spoke to Daniel and Sandra on the ward on 23/06/2025. She said: 'I took the tablets "
              "because Mum said it was my fault Darren got arrested. I don't want to die, I just wanted it to "
              "stop.' She likes Bev and Tony and wants to go back to them, 'but not if they're going to watch "
              "me all the time'. She misses Kofi more than anyone. She wants to see her mum but 'not if she's "
              "been drinking and not if he's there'. She is worried about falling behind at school and asked "
              "for her books."),
        ("h1", "4. What we want for Amara"),
        ("bullets", [
            "Amara is kept safe from Darren and from harming herself, and has someone she trusts to talk to "
            "when she feels low.",
            "Amara lives in a stable foster home and, if it becomes safe, goes home to a mum who is sober and "
            "who protects her.",
            "Amara is back in school full time by September and keeps up with her GCSE options.",
            "Amara sees Kofi every week and sees her mum in a way that feels safe to her.",
        ]),
        ("h1", "5. Amara's needs and the plan"),
        ("h2", "Part A – Health"),
        ("h3", "What we know"),
        ("p", "Amara is medically well after the overdose and is waiting for her CAMHS assessment to be "
              "finished before she is discharged, which the ward expects within a week. Her initial health "
              "assessment in May noted that she squints to read the board and has not had an eye test."),
        ("h3", "What will happen"),
        ("table", {
            "header": ["Action", "Person responsible", "Timescale", "Measure of success"],
            "widths": [6.0, 3.8, 3.0, 4.2],
            "rows": [
                ["Visit Amara on Ward 7 and bring her clothes, phone charger and school books",
                 "Bev Marshall (foster carer)", "As often as she can",
                 "Amara has her own clothes and things with her on the ward"],
                ["Phone the nurse in charge each day for an update on Amara's treatment and her discharge date",
                 "Daniel Price, SW", "Daily until discharge",
                 "Discharge summary and follow-up letter on Amara's file"],
                ["Risk assessment on the ward and a written safety plan agreed with Amara",
                 "Dr Laura Kemp, CAMHS liaison psychiatrist, Askerby General Hospital", "Before discharge",
                 "Safety plan signed by Amara and copied to the carers, school and SW"],
                ["Therapeutic sessions with Askerby CAMHS for Amara's low mood and self-harm",
                 "Askerby CAMHS", "",
                 "Session dates and a summary of progress sent to the SW"],
                ["Remove all medicines, razors and blades from the placement and keep a locked medicines box",
                 "Tony Marshall (foster carer)", "Before Amara returns to the placement",
                 "Supervising social worker sees the locked box and checks the house at her next visit"],
                ["Follow-up from the health assessment: check Amara's eyesight and book the optician",
                 "-", "By 31/07/2025",
                 "Optician's prescription on Amara's health record"],
            ],
        }),
        ("h2", "Part B – Education"),
        ("h3", "What we know"),
        ("p", "Amara is in Year 8 at Askerby Park Academy and chooses her GCSE options next term. Her attendance "
              "was 97% until April and she is predicted strong grades in science."),
        ("h3", "What will happen"),
        ("table", {
            "header": ["Action", "Person responsible", "Timescale", "Measure of success"],
            "widths": [6.0, 3.8, 3.0, 4.2],
            "rows": [
                ["Send school work to the ward and agree a phased return to school for after discharge",
                 "Mrs Alison Birch, designated teacher, Askerby Park Academy",
                 "Work each Monday; return plan within 3 days of discharge",
                 "Return plan agreed with Amara and sent to the SW"],
                ["PEP meeting to set Amara's targets for Year 9",
                 "Mrs Alison Birch, with the Virtual School", "By 18/07/2025", ""],
            ],
        }),
        ("h2", "Part C – Family and friends"),
        ("h3", "What we know"),
        ("p", "Amara and Kofi are close; he has visited her on the ward with their aunt. Family time with Abena "
              "has been at the contact centre since May and was stopped once because Abena had been drinking. "
              "Darren's bail conditions run until his court date in September."),
        ("h3", "What will happen"),
        ("p", "Once Amara is back at the placement, the SW will arrange for her to see her brother Kofi there "
              "every Saturday afternoon, and Bev will note each visit in the carers' log. Ellen Shaw, contact "
              "worker at the Askerby Contact Centre, will supervise Amara's family time with her mum every "
              "Wednesday from 4pm to 5.30pm after discharge and send her notes to the SW after each session. "
              "Professionals will tell the police and the SW the same day if Darren Pike is seen near Amara, "
              "and each report will be logged on Amara's file."),
        ("h2", "Part D – Mum's drinking and a return home"),
        ("h3", "What we know"),
        ("p", "Abena has drunk heavily since her mother died in 2022 and told the meeting she drinks a bottle of "
              "wine most nights. She has an appointment with Askerby Alcohol Service on 01/07/2025. She says "
              "Darren has moved out, but a neighbour reported seeing him at the house on 18/06/2025."),
        ("h3", "What will happen"),
        ("table", {
            "header": ["Action", "Person responsible", "Timescale", "Measure of success"],
            "widths": [6.0, 3.8, 3.0, 4.2],
            "rows": [
                ["Attend Askerby Alcohol Service for key-work and breath testing",
                 "Abena Osei", "Weekly",
                 "Monthly attendance letter from the service sent to the SW"],
                ["Show that she can keep Amara safe from Darren, including ending all contact with him",
                 "Abena Osei", "By the review conference",
                 "Progress reviewed at the looked after review"],
                ["Parenting assessment of Abena, including whether Amara can safely return home",
                 "Daniel Price, SW", "By 29/08/2025", ""],
            ],
        }),
        ("h2", "Part E – The placement"),
        ("h3", "What we know"),
        ("p", "Bev and Tony have cared for Amara since May and want her back. They are shaken by the overdose "
              "and have asked for more support."),
        ("h3", "What will happen"),
        ("p", "Bev and Tony Marshall will keep a daily log of Amara's mood, sleep and who she is in touch with "
              "online once she is home, and email it to the supervising social worker every Friday. Gail "
              "Horton, supervising social worker, will visit the placement every four weeks and record in her "
              "visit notes what support the carers need and whether it is in place."),
        ("h2", "Part F – Seeing Amara"),
        ("p", "The SW will see Amara on her own at the placement every two weeks after discharge and write "
              "down her words in the visit record."),
        ("h1", "6. Contingency"),
        ("p", "If Amara self-harms again, says she plans to end her life, or goes missing from the ward or the "
              "placement, whoever is with her will ring 999 or tell the nurse in charge, and the SW or the "
              "Emergency Duty Team will hold a strategy discussion the same day. If Abena is drunk at family "
              "time or is found to be in contact with Darren, family time will stop that day and the SW will "
              "request a legal planning meeting within 5 working days. If the Marshalls cannot take Amara back "
              "when she is ready to leave the ward, she will move to the short-term foster placement with Mr "
              "and Mrs Fadipe that Askerby Fostering is holding for her."),
        ("h1", "7. Meetings and reviews"),
        ("bullets", [
            "Core group every four weeks at Askerby Park Academy, 4pm: 31/07/2025 and 28/08/2025.",
            "Review child protection conference: 11/08/2025, 2pm, Askerby Town Hall.",
            "Second looked after review: 01/09/2025, chaired by Sandra Whelan (IRO).",
            "If Abena has not stopped drinking or ended contact with Darren by the core group on 28/08/2025, the "
            "SW will request a legal planning meeting to consider care proceedings.",
        ]),
        ("h1", "8. Signatures"),
        ("kv", [
            ("Amara Osei", "Seen and discussed 24/06/2025"),
            ("Abena Osei", "Signed 24/06/2025"),
            ("Daniel Price, SW", "24/06/2025"),
            ("Sandra Whelan, IRO", "24/06/2025"),
        ]),
    ],
    "findings": [
        F("L001"),
        F("F004"),
        F("T002", "Visit Amara on Ward 7 and bring her clothes"),
        F("T001", "Therapeutic sessions with Askerby CAMHS for Amara's low mood"),
        F("W001", "check Amara's eyesight and book the optician"),
        F("M001", "PEP meeting to set Amara's targets for Year 9"),
        F("W002", "Professionals will tell the police and the SW"),
        F("M002", "Show that she can keep Amara safe from Darren"),
        F("M001", "Parenting assessment of Abena, including whether Amara can safely return"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Review conference minutes for a family moving to another authority:
#    paged, landscape, attendance table, agency report grid, chronology,
#    views, transfer arrangements, decision, outcomes, then one plan table
#    with an "Area" column merged down each theme. Faults (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b51_aydenbridge_rcpc_minutes_transfer_out_area_merged_nightingale.pdf",
    "doc_title": "RCPC Minutes and Plan - Harvey and Poppy Nightingale",
    "split": "tune",
    "actions": 16,
    "template": "rcpc-minutes-paged-landscape-attendance-table-agency-report-grid-chronology-views-transfer-arrangements-decision-outcomes-then-single-plan-table-area-column-merged-down-each-theme-action-lead-target-date-how-progress-will-be-shown",
    "description": (
        "Review conference minutes for a 9-year-old and a 3-year-old (domestic abuse by the mother's "
        "ex-partner, his crack cocaine use, mother's anxiety) whose family moves to another authority three "
        "weeks later. Long minutes, then one 16-row table with the theme merged down an Area column. Visits "
        "and school transfer carry on, but the parenting assessment is left to the receiving authority and "
        "talking therapy is paused pending transfer (support only); sightings are passed on by 'core group "
        "members'; dental registration is 'when she can', Jordan's contact is 'ongoing', the school nurse "
        "row has no measure and the mentor's is 'monitored by school'; one outcome is the mother's; no review "
        "conference date is set."
    ),
    "header": "OFFICIAL-SENSITIVE | Aydenbridge District Council – Children's Safeguarding Unit",
    "footer": "RCPC 07/07/2025 – Harvey and Poppy Nightingale – Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "landscape": True,
    "check_vmerge": 6,
    "blocks": [
        ("title", "Review Child Protection Conference – Minutes and Plan"),
        ("kv", [
            ("Children", "Harvey Nightingale, born 22/09/2015 (9), Year 4, Aydenbridge Juniors; "
                         "Poppy Nightingale, born 03/04/2022 (3), Little Wrens Nursery"),
            ("Mother", "Lauren Nightingale (29), 16 Sedge Lane, Aydenbridge"),
            ("Poppy's father", "Jordan Fisk (31), now living at his brother's, 4 Marsh View, Aydenbridge"),
            ("Harvey's father", "Liam Carver; no contact since 2019"),
            ("Conference", "First review, Monday 07/07/2025, 1.30pm, Aydenbridge Council House, Room 3"),
            ("Initial conference", "14/04/2025"),
            ("Category", "Emotional abuse (both children)"),
            ("Chair", "Graham Oduya, Independent Chair"),
            ("Social worker", "Megan Lyle, Aydenbridge Safeguarding Team B"),
        ]),
        ("h1", "1. Attendance"),
        ("table", {
            "header": ["Name", "Agency / role", "Attended"],
            "widths": [6.0, 13.7, 6.0],
            "rows": [
                ["Lauren Nightingale", "Mother", "Yes, with her advocate Ruth Hay"],
                ["Jordan Fisk", "Poppy's father", "Yes, for the first part; left before the decision"],
                ["Megan Lyle", "Social worker", "Yes"],
                ["Asha Rahman", "IDVA, Aydenbridge Domestic Abuse Service", "Yes"],
                ["Rachel Ennis", "Health visitor", "Yes"],
                ["Mrs Fiona Hale", "DSL, Aydenbridge Juniors", "Yes"],
                ["Jenny Cole", "School nurse", "Report only"],
                ["Martin Doyle", "Recovery worker, Aydenbridge Drug Service", "Yes"],
                ["Kim Bellamy", "Therapist, Aydenbridge Talking Therapies", "Report only"],
                ["Dr Sunil Mehta", "GP, Aydenbridge Health Centre", "Apologies"],
                ["DC Joe Hartley", "Aydenbridge Police, Public Protection Unit", "Yes"],
                ["Sarah Quince", "Team manager, Brayfield City Council (receiving authority)", "By phone, item 6"],
            ],
        }),
        ("h1", "2. Agency reports"),
        ("table", {
            "header": ["Agency", "Summary of report"],
            "widths": [5.0, 20.7],
            "rows": [
                ["Social work", "Eight visits since April, two unannounced. Lauren has kept Jordan away from the "
                                "house since the non-molestation order on 06/05/2025. Harvey is more settled but "
                                "still wets the bed most nights. Poppy is lively and well cared for."],
                ["IDVA", "DASH score down from 17 in April to 9 in June. Lauren has a safety plan and a "
                         "panic alarm, and has reported two texts from Jordan to the police."],
                ["Health visitor", "Poppy's 3-year check was missed in March. Her weight and height are on "
                                   "the 50th centile. Her teeth have not been checked."],
                ["School", "Harvey's attendance 94%. He is quiet, tearful on Mondays and tells his mentor he "
                           "worries about 'Jordan coming back'. He has friends and enjoys football."],
                ["Drug service", "Jordan has attended 9 of 12 appointments; two of five tests were positive "
                                 "for cocaine, the last on 13/06/2025."],
                ["Talking Therapies", "Lauren has had six sessions for anxiety and low mood; her GAD-7 score "
                                      "has come down from 16 to 11."],
                ["Police", "Two reports of texts from Jordan in breach of the order; both with the CPS."],
            ],
        }),
        ("h1", "3. Chronology since the initial conference"),
        ("p", "14/04/2025: initial conference; plans made under emotional abuse. 22/04/2025: Jordan kicks the "
              "front door in while the children are at home; arrested. 06/05/2025: non-molestation order made "
              "until 06/05/2026. 30/05/2025: Brayfield Homes offer Lauren a two-bedroom house near her sister "
              "Kerry in Brayfield. 13/06/2025: Jordan's test positive for cocaine. 19/06/2025: Jordan texts "
              "Lauren twice; reported to police. 02/07/2025: Lauren signs the Brayfield tenancy; the family "
              "moves on 28/07/2025."),
        ("h1", "4. What Harvey and Poppy have told us"),
        ("p", "Harvey (seen alone at school on 30/06/2025) said he is 'a bit excited and a bit scared' about "
              "moving, that he will miss his best friend Deji and his football team, and that he is glad "
              "Jordan does not live with them any more 'because of the shouting'. He asked whether Jordan will "
              "know the new address. He would like to see his Auntie Kerry more."),
        ("p", "Poppy (seen at home and at nursery on 01/07/2025) chatted about her 'new bedroom with a bunk "
              "bed', played at feeding her dolls and went happily to Lauren for a cuddle. Nursery say she asks "
              "for her daddy and is upset for a short time after weekends when she has not seen him."),
        ("h1", "5. What Lauren and Jordan said"),
        ("p", "Lauren said the move is 'a fresh start' and that she feels safer being near Kerry. She wants to "
              "carry on with her therapy. Jordan said he wants to keep seeing Poppy and that he has 'nearly "
              "stopped' using. He accepted the order and said he would not go to the new address."),
        ("h1", "6. Transfer arrangements"),
        ("p", "Sarah Quince (Brayfield) confirmed that Brayfield will hold a transfer-in conference after the "
              "family moves. Aydenbridge remains responsible for the plan until that conference. The chair asked "
              "that nothing in the plan is left to wait for the transfer."),
        ("h1", "7. Decision"),
        ("p", "The conference agreed unanimously that Harvey and Poppy remain at risk of significant harm "
              "(emotional abuse) and should stay on child protection plans until the transfer-in conference."),
        ("h1", "8. Outcomes"),
        ("bullets", [
            "Harvey and Poppy live free from shouting, threats and violence, in their new home and in "
            "Aydenbridge until they move.",
            "Harvey feels safe enough to stop worrying about Jordan, sleeps dry more nights than not, and "
            "settles into his new school in September.",
            "Poppy sees her dad safely and is registered with nursery, a dentist and a health visitor in "
            "Brayfield.",
            "Lauren will feel confident and strong enough to keep Jordan out of her life.",
        ]),
        ("pagebreak",),
        ("h1", "9. Child protection plan"),
        ("table", {
            "header": ["Area", "Action", "Lead", "Target date", "How progress will be shown"],
            "widths": [3.2, 8.3, 4.7, 3.9, 5.6],
            "rows": [
                ["Harvey and Poppy's safety",
                 "Visit at home, see Harvey on his own and Poppy awake; one visit in three unannounced",
                 "SW Megan Lyle", "Every 10 working days until Brayfield's transfer-in conference",
                 "Visit records with Harvey's words and how Poppy was"],
                [V, "Review the domestic abuse safety plan with Lauren, repeat the DASH checklist and put a "
                    "marker on the new Brayfield address before the move",
                 "Asha Rahman, IDVA, Aydenbridge Domestic Abuse Service", "By 21/07/2025",
                 "Updated safety plan signed by Lauren; Brayfield Police confirm the marker by email"],
                [V, "Pass on any sighting of Jordan near the home, school or nursery",
                 "Core group members", "Same day",
                 "Each sighting logged on the children's files with the action taken"],
                ["Health",
                 "Complete Poppy's missed 3-year development check and send the results to the Brayfield "
                 "health visiting team",
                 "HV Rachel Ennis", "By 18/07/2025",
                 "ASQ-3 scores in the red book; transfer letter sent to the Brayfield team"],
                [V, "Register Harvey and Poppy with a dentist near the new home",
                 "Lauren Nightingale", "When she can",
                 "Registration letters seen by the SW"],
                [V, "School nurse drop-in sessions for Harvey about his bedwetting",
                 "Jenny Cole, school nurse", "Weekly until 18/07/2025", ""],
                ["School and nursery",
                 "Daily check-in for Harvey with his learning mentor, passing on anything he says about home "
                 "to the DSL",
                 "Mr Owen Tait, learning mentor, Aydenbridge Juniors", "Every school day until 23/07/2025",
                 "Monitored by school"],
                [V, "Secure Harvey's Year 5 place at St Luke's Primary, Brayfield, with his records sent and a "
                    "DSL-to-DSL call before September",
                 "Mrs Fiona Hale, DSL, Aydenbridge Juniors", "By 25/07/2025",
                 "Place confirmation letter and a note of the DSL call on Harvey's file"],
                [V, "Keep Poppy at Little Wrens Nursery three days a week until the move and apply for her "
                    "funded place in Brayfield",
                 "Lauren Nightingale",
                 "Mon, Tue and Thu until 25/07/2025; Brayfield place from 01/09/2025",
                 "Nursery register sent to the SW; Brayfield nursery confirms the start date"],
                ["Lauren's wellbeing",
                 "Talking therapy for Lauren's anxiety; sessions paused while the family moves and Lauren to "
                 "refer herself to Brayfield Talking Therapies once the case has transferred",
                 "Kim Bellamy, Aydenbridge Talking Therapies", "Fortnightly until the move",
                 "Attendance record sent to the SW"],
                [V, "Freedom Programme at Aydenbridge Women's Centre",
                 "Lauren Nightingale", "Thursdays from 10/07/2025 until the move",
                 "Attendance sheet sent to the SW"],
                [V, "Review Lauren's medication and send a summary to her new GP in Brayfield",
                 "Dr Sunil Mehta, GP, Aydenbridge Health Centre", "By 18/07/2025",
                 "GP letter copied to the SW"],
                ["Jordan",
                 "Drug key-work and testing, with a report on whether Jordan has stopped using crack cocaine "
                 "and what that means for his time with Poppy",
                 "Martin Doyle, recovery worker, Aydenbridge Drug Service", "Weekly; report by 25/07/2025",
                 "Test results and report sent to the SW"],
                [V, "Supervised contact between Jordan and Poppy at the contact centre",
                 "Aydenbridge Family Centre", "Ongoing",
                 "Contact record of each session sent to the SW"],
                ["The move",
                 "Parenting assessment of Lauren to be completed by Brayfield once the case has transferred",
                 "Brayfield Children's Services", "Within 6 weeks of the transfer-in conference",
                 "Assessment report to the Brayfield core group"],
                [V, "Send the transfer request, this plan and all agency reports to Brayfield Children's "
                    "Services",
                 "SW Megan Lyle", "By 11/07/2025",
                 "Brayfield confirm receipt in writing"],
            ],
        }),
        ("h1", "10. Contingency plan"),
        ("p", "If Jordan comes to the house, contacts Lauren or the children outside supervised contact, or is "
              "seen near the new address, Lauren will ring 999 and the SW (or the Emergency Duty Team out of "
              "hours) will hold a strategy discussion the same day. If Lauren and the children cannot stay "
              "safely at home, the IDVA will find a refuge place that day. If Lauren lets Jordan back into the "
              "home, contact stops and the SW will request a legal planning meeting within 5 working days."),
        ("h1", "11. Core group and review"),
        ("p", "Core group every two weeks until the move: 14/07/2025 and 25/07/2025, 10am, Aydenbridge "
              "Juniors. The next review conference will be arranged by Brayfield after the transfer; date to be "
              "confirmed."),
        ("p", "Minutes agreed by Graham Oduya, Independent Chair, 10/07/2025."),
    ],
    "findings": [
        F("F002", "Lauren will feel confident and strong enough to keep Jordan out of her life."),
        F("W002", "Pass on any sighting of Jordan near the home"),
        F("T002", "Register Harvey and Poppy with a dentist near the new home"),
        F("M001", "School nurse drop-in sessions for Harvey about his bedwetting"),
        F("M002", "Daily check-in for Harvey with his learning mentor"),
        F("X001", "sessions paused while the family moves and Lauren to refer herself"),
        F("H001", "sessions paused while the family moves and Lauren to refer herself"),
        F("T002", "Supervised contact between Jordan and Poppy at the contact centre"),
        F("X001", "Parenting assessment of Lauren to be completed by Brayfield"),
        F("R001"),
    ],
})
