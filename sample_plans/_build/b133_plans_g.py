"""Batch 133, module g: seven fictional plans (tuning material), places beginning with "g".

Everything here is made up: young people, families, professionals, services,
schools, colleges, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans for older children and teenagers (12 to 17) whose risks are
outside the home as much as in it, written by experienced practitioners in
their own local templates and voices: criminal exploitation and county lines
with an NRM referral and the MACE panel; a 14-year-old who goes missing to an
older man's flat; online grooming and sextortion with self-harm; an autistic
13-year-old who runs to a shopping centre where adults befriend him; a
15-year-old at risk of permanent exclusion with a controlling older
boyfriend; a 12-year-old young carer drifting towards older boys; a
17-year-old on a referral order whose family was threatened. The young
person's own words run through every plan (what they want, what they will do
themselves, what they disagree with), young people and parents own actions
("Tobi will text Mum when he leaves the centre"), owners come from many
services (return home interview workers, missing person coordinators, YJS,
exploitation workers, sexual health, CAMHS, housing, a trusted youth worker),
timescales are tied to curfews, terms, panels and returns from missing, and
measures are missing records, police references, registers, phone checks and
written reports.

Five plans are exemplary (no findings): the Gathermere initial conference
plan with the outcome merged down a landscape table (docx); the Gundleford
first review plan for online harm and self-harm with theme band rows and a
page header and footer (pdf); the Glebeworth plan that grew out of a
strategy meeting's safety decisions, with a "from" column and one closed row
(pdf); the Gorrickstone letter to a 15-year-old after her conference (md);
and the Gimmerby case-system print of a review plan for a 17-year-old (txt).
Two carry a realistic mix of faults among mostly good rows: the Gillowby
core group minutes with an action log (docx) and the Grenmoor young carer
plan in a Markdown table (md).

Counting actions (convention 1; README "Files", actions): each live row of
an action table; each numbered item of the letter's "what will happen"
list; each labelled ACTION block of the case-system print. Theme band rows,
outcome cells merged down the table, views, the young person's own "in my
words" paragraphs, the contingency and the meeting dates are not actions. A
one-off action marked done and closed is work already done and is not
counted; an action still running whose first step is done (a notice served,
weekly checks going on) still counts.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, 15-year-old boy criminally exploited on a
#    county line, found in another town with drugs, NRM referral, MACE,
#    excluded and now at a learning centre; uncle takes him to football and
#    has him on Saturday nights. Landscape Word table, outcome merged down.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b133_gathermere_icpc_cce_landscape_merged_outcome_adeyemi.docx",
    "doc_title": "Child Protection Plan - Tobi Adeyemi",
    "split": "tune",
    "actions": 15,
    "landscape": True,
    "check_vmerge": 4,
    "template": "icpc-cce-landscape-word-plan-details-kv-why-worried-going-well-tobis-words-and-what-he-disagrees-with-mums-view-then-outcome-merged-down-no-what-will-happen-who-when-how-we-will-know-table-then-contingency-paragraphs-meetings-bullets",
    "description": (
        "Exemplary initial conference plan for a 15-year-old boy who was found four days missing in a "
        "flat in another town with wraps of crack and heroin, after months of going missing; he was "
        "permanently excluded in the summer and attends a learning centre. A landscape Word table with "
        "the outcome for Tobi merged down each group of rows: NRM referral by the SW as first responder, "
        "child abduction warning notices, weekly sessions with an exploitation worker, the MACE panel "
        "and a location assessment, return home interviews within 72 hours, a police trigger plan, "
        "Mum's 101 call half an hour after curfew, Tobi's own texts home, Mum's move to day shifts, "
        "the learning centre's daily checks, a college taster, the YJS pre-charge report and Turnaround, "
        "weekly visits, the uncle's football nights and Saturdays, and a parents' group. Tobi's words "
        "include what he disagrees with (the 9pm curfew); the contingency covers the uncle being unable "
        "to help and asks for a legal planning meeting after named triggers; core group and review dates."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Gathermere Metropolitan Borough Council · Children's Services · Adolescent Safeguarding Team"),
        ("kv", [
            ("Young person", "Tobi Adeyemi, 15 (DOB 22/03/2010), Year 11"),
            ("Lives with", "Mum, Funmi Adeyemi (44), and sister Bisi (19), 7 Osier Walk, Gathermere GM6 2RT"),
            ("Father", "Ade Adeyemi, lives in Dallowby; phones Tobi most Sundays"),
            ("Uncle", "Dele Adeyemi (Mum's brother-in-law), 41 Crane Street, Gathermere"),
            ("Education", "Gathermere Learning Centre (alternative provision) since 08/09/2025, after a "
                          "permanent exclusion from Osier Vale Academy in June 2025"),
            ("Category", "Physical abuse (significant harm outside the home: criminal exploitation)"),
            ("Initial conference", "Thursday 09/10/2025. Chair: Michael Tennant (IRO)"),
            ("Social worker", "Grace Mbeki (team manager: Helen Stroud)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Tobi has been reported missing five times since July, each time for one to four nights. On "
              "26/09/2025 Harwick Bay police found him in a flat on the Lowther estate with 23 wraps of crack "
              "cocaine and heroin, £360 and a phone that was not his. The flat belongs to a vulnerable adult "
              "whose home had been taken over. Tobi was arrested and released under investigation. He had a "
              "healing cut across his palm that he will not explain. The police link the phone to a line "
              "known locally as 'Dotty', run from Gathermere into Harwick Bay. Tobi told his mum he owes "
              "'about a grand' for a parcel that was taken off him in August."),
        ("h1", "What is going well"),
        ("bullets", [
            "Tobi has gone to the learning centre on 19 of the 24 days since he started on 08/09/2025, and "
            "staff say he is polite and good at practical work.",
            "Funmi reported every missing episode to the police on the first night.",
            "Tobi trains with Gathermere Rovers under-16s when Dele takes him, and has not been missing on "
            "a night his uncle has had him.",
            "Tobi talked to Grace on his own for an hour on 06/10/2025 and said he would come to part of "
            "the conference. He did, for the first 40 minutes.",
        ]),
        ("h1", "What Tobi says"),
        ("bullets", [
            "“Everyone round here knows someone who's on a line. It isn't like it is on the telly.”",
            "“If I stop, I still owe. You lot can't make that go away.”",
            "“I want to do bricklaying and have my own money. Proper money, not this.”",
            "“Football is the only time my head is quiet.”",
            "He scored how safe he feels out of 10 as a 3 when he is out in Gathermere and an 8 at home.",
            "What Tobi disagrees with: he said a 9pm curfew on school nights is “for kids” and asked for "
            "10pm. The conference kept 9pm for school nights and agreed 10pm on Fridays and Saturdays; "
            "Grace will ask Tobi at the first core group how it is going, and he knows he can ask for it to "
            "change if he keeps to it.",
            "He does not want the police to visit him at the learning centre, and they have agreed to see "
            "him at home.",
        ]),
        ("h1", "What Mum says"),
        ("p", "Funmi said she works nights at a care home and “comes home to an empty bed”. She wants Tobi "
              "home, safe and out of trouble, and she wants help to know what to look for. She agreed to "
              "everything in the plan, including the location sharing Tobi does not like."),
        ("h1", "The plan"),
        ("p", "The left-hand column says what we want for Tobi; the rows beside it say who does what to get "
              "there. Every person named has a copy."),
        ("table", {
            "header": ["What we want for Tobi", "No.", "What will happen", "Who", "When",
                       "How we will know"],
            "widths": [4.3, 1.1, 7.0, 4.0, 4.0, 5.3],
            "rows": [
                ["Nobody is using Tobi to carry, hold or sell drugs, the people who have exploited him are "
                 "disrupted, and the debt is no longer used against him.",
                 "1",
                 "Submit a National Referral Mechanism referral for Tobi as first responder, and chase the "
                 "reasonable grounds decision until it arrives",
                 "Grace Mbeki, SW",
                 "Referral by 16/10/2025; chased every week after that",
                 "NRM reference number on Tobi's file by 16/10/2025; the decision letter shared with Tobi's "
                 "solicitor and the YJS within two days of it arriving"],
                [V, "2",
                 "Serve child abduction warning notices on the two adults arrested at the Lowther estate flat, "
                 "and submit intelligence on the 'Dotty' line to the county lines taskforce",
                 "DC Sam Pryor, Gathermere Police Child Exploitation Team",
                 "Notices by 24/10/2025; intelligence update at each monthly MACE panel",
                 "Copies of the served notices on file; the police update at each MACE panel gives the number "
                 "of intelligence reports made about the line and any arrests"],
                [V, "3",
                 "One-to-one sessions with Tobi on grooming, debt bondage and getting out, ending in a written "
                 "plan for the debt that Tobi agrees with",
                 "Kelechi Ward, exploitation worker, Gathermere Safer Futures",
                 "Every Wednesday at 4pm from 15/10/2025 until the review conference",
                 "Session log sent to Grace each month; the debt plan, signed by Tobi, shared with Grace and "
                 "DC Pryor by 19/11/2025"],
                [V, "4",
                 "Take Tobi's case to the Multi-Agency Child Exploitation (MACE) panel and ask for a location "
                 "assessment of the Keyworth Road recreation ground and the takeaway where he is picked up",
                 "Grace Mbeki, SW, with Asha Kapoor, contextual safeguarding practitioner",
                 "MACE panel on 23/10/2025; location assessment by 21/11/2025",
                 "MACE minutes list the disruption actions for both places; the location assessment report "
                 "is shared at the core group on 15/12/2025"],
                ["Tobi stops going missing; when he is out, his mum knows where he is, and when he does go "
                 "missing he is found quickly and listened to when he comes back.",
                 "5",
                 "An independent return home interview with Tobi after every missing episode, at a place he "
                 "chooses, with his own account of where he was and who with",
                 "Priya Lal, return home interview worker, Gathermere Missing Service",
                 "Within 72 hours of every return",
                 "Interview report on file within 72 hours; names, places and cars passed to PC Kerr the "
                 "same day"],
                [V, "6",
                 "Ring 101 and report Tobi missing if he is not home and not answering 30 minutes after his "
                 "curfew, then text Grace (or the out-of-hours team after 10pm)",
                 "Funmi Adeyemi (Mum)",
                 "Every time; curfew 9pm Sunday to Thursday, 10pm Friday and Saturday",
                 "Every missing episode in Mum's notebook has a police reference number; Grace has Mum's text "
                 "from the same night"],
                [V, "7",
                 "Text Mum when he leaves the learning centre and again when he sets off home in the evening, "
                 "and keep location sharing on his phone switched on",
                 "Tobi",
                 "Every day from 10/10/2025",
                 "Mum's phone shows both texts each day; Tobi and Mum go through the week's texts with Grace "
                 "at her Tuesday visit"],
                [V, "8",
                 "Put a missing person trigger plan for Tobi on the police system (recent photo, places he "
                 "goes, people to contact, the Harwick Bay addresses)",
                 "PC Jo Kerr, missing person coordinator, Gathermere Police",
                 "By 17/10/2025; updated within 48 hours of each missing episode",
                 "Copy of the trigger plan on Tobi's file by 17/10/2025; each update dated on the police "
                 "missing record"],
                [V, "9",
                 "Ask her manager to move her to day shifts so that she is at home from 6pm on the evenings "
                 "Tobi is at home",
                 "Funmi Adeyemi (Mum)",
                 "New rota in place by 03/11/2025",
                 "Grace sees the new rota by 03/11/2025; Mum's notebook shows her at home on each evening Tobi "
                 "is in"],
                ["Tobi is in education every day, keeps his place at the learning centre and has a real route "
                 "into the building trade.",
                 "10",
                 "Meet Tobi off the centre taxi each morning and hand him back to it at 3pm; if he is not in by "
                 "9.30am, ring Mum and Grace",
                 "Mr Adam Crowther, head of centre and DSL, Gathermere Learning Centre",
                 "Every school day from 10/10/2025",
                 "Attendance of 90% or more on the weekly report to Grace; every late or absent morning logged "
                 "on CPOMS with the time of the call"],
                [V, "11",
                 "Book a construction taster day for Tobi at Gathermere College and help him apply for the "
                 "Level 1 bricklaying course starting in September 2026",
                 "Lauren Pike, careers adviser, Gathermere Learning Centre",
                 "Taster by 12/12/2025; application by 30/01/2026",
                 "Taster attendance confirmed by the college; a copy of Tobi's submitted application on file"],
                ["Tobi has adults he trusts around him, is treated as a victim of exploitation, and takes part "
                 "in a plan he helped to write.",
                 "12",
                 "Write a pre-charge report for the officer in the case on Tobi's exploitation and the NRM "
                 "referral, and offer Tobi the Turnaround programme",
                 "Nathan Okoro, YJS officer, Gathermere Youth Justice Service",
                 "Report by 31/10/2025; Turnaround sessions every other Monday from 03/11/2025",
                 "The report on file and sent to the officer in the case; Turnaround attendance list at each "
                 "core group"],
                [V, "13",
                 "Visit Tobi and see him on his own, with one visit a month away from the house (a walk or "
                 "food out), and ask him his safety score each time",
                 "Grace Mbeki, SW",
                 "Every Tuesday until the review conference",
                 "Visit records show Tobi seen alone every week, with his own words and his safety score out "
                 "of 10"],
                [V, "14",
                 "Take Tobi to Gathermere Rovers training and bring him home after, and have him to stay at "
                 "Crane Street on Saturday nights",
                 "Dele Adeyemi (uncle)",
                 "Every Tuesday and Thursday 6pm to 8pm, and every Saturday night from 11/10/2025",
                 "The club register; Dele texts Funmi when Tobi is with him and when he drops him home"],
                [V, "15",
                 "Go to the Gathermere Parents Standing Together group for parents of exploited young people",
                 "Funmi Adeyemi (Mum), with Ruth Osei, parent worker, Gathermere Safer Futures",
                 "Six Monday evenings from 20/10/2025",
                 "Group register sent to Grace; Funmi brings the group's exploitation checklist, filled in "
                 "for Tobi, to the core group on 17/11/2025"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Tobi is missing for more than 24 hours, is found outside Gathermere, or is found with drugs, "
              "cash, a weapon or any of the adults served with notices, Grace and DC Pryor will hold a strategy "
              "discussion the same day. The police or Grace will bring Tobi home, or to Dele's if Funmi is at "
              "work, and Priya will see him within 72 hours."),
        ("p", "If the police receive intelligence that Tobi is under threat because of the debt, DC Pryor will "
              "visit the family the same day to warn them and agree where Tobi stays that night; Grace will "
              "arrange an emergency placement outside Gathermere that day if home and Crane Street are not "
              "safe."),
        ("p", "If Dele cannot take Tobi to training or have him on a Saturday (he is working, ill or away), "
              "Kelechi will take Tobi to training instead and Tobi will spend that Saturday night at home with "
              "Funmi, who has agreed not to take a Saturday night shift. Dele or Funmi will tell Grace the same "
              "day."),
        ("p", "If Tobi is missing for more than 24 hours twice more before the review conference, or is found "
              "dealing again, Grace will ask Helen Stroud for a legal planning meeting within 5 working days, "
              "to decide whether care proceedings are needed so that Tobi can live somewhere safe away from "
              "Gathermere for a time. Grace will tell Tobi and Funmi first."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Mondays at 4pm, Gathermere Learning Centre: 20/10/2025, 17/11/2025 "
            "and 15/12/2025. Tobi is invited to the first half of each one.",
            "Review child protection conference: Thursday 08/01/2026, 10am, Gathermere Town Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Second core group minutes, 14-year-old girl who goes missing to a
#    22-year-old man's flat, explicit images shared, self-harm; her mother
#    has depression. Numbered minutes, then an action log table with a
#    status column and one closed row. Mostly good rows; faults: the CPN
#    only supports Mum, "Ongoing" sexual health offer, "Monitored by school",
#    "All agencies", a referral nobody owns, a CAMHS assessment with no
#    measure, an outcome for Mum only, a contingency with no specific
#    trigger and "considered", nothing on legal planning. (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b133_gillowby_core_group_minutes_action_log_hartley.docx",
    "doc_title": "Core Group Minutes - Kacey Hartley - 19/11/2025",
    "split": "tune",
    "actions": 14,
    "template": "core-group-minutes-docx-details-kv-numbered-minutes-kaceys-views-updates-by-agency-outcomes-restated-then-action-log-no-action-lead-by-when-how-we-will-know-status-with-closed-row-contingency-next-meetings",
    "description": (
        "Minutes of the second core group for a 14-year-old girl who has gone missing eight times since "
        "the summer, mostly to the flat of a 22-year-old man, and whose images were shared online; her "
        "mother has depression and her stepfather works away in the week. Numbered minutes with her own "
        "views (she came to the first 20 minutes), agency updates and the outcomes restated, then an "
        "action log with Lead, By when, How we will know and Status columns; one closed one-off row is "
        "not counted. Most rows are sound (weekly visits and a timeline, return home interviews, Mum's "
        "101 call, Kacey's own texts, the CAWN and address checks, MACE, a phone agreement, the "
        "stepfather's weekend evenings). Faults: the sexual health offer is 'Ongoing', the school's "
        "watch at the gates is 'Monitored by school', 'All agencies' share sightings, the girls' group "
        "referral has no lead, the CAMHS assessment has no measure, the CPN only supports Mum, one "
        "outcome is about Mum only, the contingency has no specific trigger and only 'considers' a "
        "strategy meeting, and nothing is said about legal planning."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes and Action Log"),
        ("p", "Gillowby City Council – Children's Social Care – Exploitation and Missing Hub"),
        ("kv", [
            ("Young person", "Kacey Hartley, 14 (DOB 03/05/2011), Year 10, Gillowby High School"),
            ("Address", "19 Bramwell Terrace, Gillowby GW3 8DN"),
            ("Household", "Claire Hartley (Mum, 39); Rob Nolan (stepdad, 42), a lorry driver away Monday to "
                          "Thursday; Kacey's brother Finley (8)"),
            ("Category", "Sexual abuse (risk of child sexual exploitation)"),
            ("Initial conference", "Wednesday 22/10/2025. Chair: Sandra Okoye (IRO)"),
            ("This meeting", "Core group 2, Wednesday 19/11/2025, 4pm, Gillowby High School"),
            ("Chair and minutes", "Nadia Rahman, social worker"),
            ("Present", "Claire Hartley; Rob Nolan; Kacey (first 20 minutes); Nadia Rahman (SW); Mrs Joanne "
                        "Pike (DSL, Gillowby High); Ella Brookes (Gillowby Missing Service); PC Dan Whitley "
                        "(Child Exploitation Team); Tess Morgan (sexual health nurse); Lisa Green (CPN)"),
            ("Apologies", "Dr Priya Nair (Gillowby CAMHS)"),
        ]),
        ("h1", "1. Kacey's views"),
        ("p", "Kacey came to the start of the meeting with Ella. She said: “I'm not stupid. I know what some "
              "of them are like, but Kyle's not like that. He's the only one who actually listens to me.” She "
              "said she hates the warning notice because “now he won't answer my messages and it's your "
              "fault”. She would like to go back to street dance on Fridays and wants her old phone number "
              "back. She scored home a 6 out of 10 (“better when Rob's back”) and school a 3. She did not want "
              "to talk about the pictures and asked the meeting not to talk about them while she was there."),
        ("h1", "2. What has happened since the initial conference"),
        ("p", "Kacey has been missing three times since 22/10/2025 (25/10, 01/11 and 08/11). Twice she was "
              "found by the police at Kyle Denton's flat on Bankside; on 08/11 she came home on her own the "
              "next morning. Ella completed return home interviews after the first two; Kacey refused the "
              "third. PC Whitley served a Child Abduction Warning Notice on Kyle Denton (22) on 05/11/2025. "
              "School attendance since half term is 78%. Kacey told Mrs Pike on 12/11 that she had cut her "
              "arm “a bit” after an argument with Kyle; school made the CAMHS referral the same day."),
        ("h1", "3. Updates from the family and each agency"),
        ("p", "Claire: she is “exhausted” and her depression is worse since Kacey started going missing. She "
              "sees Lisa every two weeks and has started new medication from her GP. She has been checking "
              "Kacey's phone with her on Sunday evenings and says Kacey has mostly let her."),
        ("p", "Rob: he is home Friday to Sunday and has collected Kacey from dance both Fridays since it "
              "restarted. He said he would like to be at home more but cannot change his route before "
              "January."),
        ("p", "Police: the images Kacey sent in September were shared in a group chat. Two boys from another "
              "school have been spoken to and the investigation is ongoing. PC Whitley checked the two Bankside "
              "addresses on 07/11 and 14/11."),
        ("p", "Sexual health: Tess has offered Kacey an appointment twice; Kacey has not come yet."),
        ("h1", "4. Outcomes (from the plan agreed at conference)"),
        ("bullets", [
            "Kacey is not being sexually exploited and has no contact with Kyle Denton or the men she met "
            "through him.",
            "Kacey stops going missing and is home by her agreed time (8.30pm on school nights, 10pm on Fridays "
            "and Saturdays).",
            "Kacey is in school every day, with attendance above 90%, and back at her dance group.",
            "Claire is less isolated and gets the help she needs with her depression.",
        ]),
        ("h1", "5. Action log"),
        ("p", "Actions from the initial conference and core group 1, updated today. Closed = done and no longer "
              "needed."),
        ("table", {
            "header": ["No.", "Action", "Lead", "By when", "How we will know", "Status at CG2"],
            "widths": [1.1, 4.5, 2.8, 2.4, 3.5, 2.7],
            "rows": [
                ["1",
                 "Visit Kacey at home and at school, see her on her own, and do direct work with her on a "
                 "timeline of the last six months",
                 "Nadia Rahman, SW",
                 "Weekly; timeline finished by 10/12/2025",
                 "Visit records with Kacey's own words; the finished timeline on file",
                 "On track – seen weekly"],
                ["2",
                 "Independent return home interview with Kacey after every missing episode",
                 "Ella Brookes, Gillowby Missing Service",
                 "Within 72 hours of each return",
                 "Interview report on file within 72 hours; places and names passed to PC Whitley the same day",
                 "2 of 3 done; Ella will offer the third again this week"],
                ["3",
                 "Ring 101 and report Kacey missing if she is not home and not answering her phone 30 minutes "
                 "after her agreed time",
                 "Claire Hartley (Mum); Rob Nolan when he is home",
                 "Within 30 minutes of Kacey's agreed time, every time",
                 "Each missing episode has a police reference number in Mum's log, which Nadia reads at each "
                 "visit",
                 "Done each time"],
                ["4",
                 "Text Mum when she leaves school, dance or a friend's house, and be home by her agreed time",
                 "Kacey",
                 "Every day: 8.30pm school nights, 10pm Fridays and Saturdays",
                 "Mum's log of the times Kacey gets in, read by Nadia at each visit",
                 "Kacey says “most days”"],
                ["5",
                 "Serve a Child Abduction Warning Notice on Kyle Denton and check the two Bankside addresses "
                 "linked to him",
                 "PC Dan Whitley, Gillowby Police Child Exploitation Team",
                 "Notice by 05/11/2025; address checks every week",
                 "Copy of the served notice on file; the police log of address checks brought to each core "
                 "group",
                 "Notice served 05/11/2025; checks on 07/11 and 14/11"],
                ["6",
                 "Change Kacey's phone number and SIM",
                 "Claire Hartley (Mum)",
                 "By 24/10/2025",
                 "New number given to Nadia and the school",
                 "Closed – done 23/10/2025"],
                ["7",
                 "Take Kacey's case to the MACE panel with the addresses and cars linked to her missing "
                 "episodes",
                 "Nadia Rahman, SW",
                 "MACE panel on 27/11/2025",
                 "MACE action sheet with a disruption plan for the Bankside flats shared at the next core group",
                 "Booked"],
                ["8",
                 "Offer Kacey sexual health appointments and contraception advice at the young people's clinic",
                 "Tess Morgan, sexual health nurse, Gillowby Young People's Clinic",
                 "Ongoing",
                 "Tess's letter to Nadia listing the appointments offered and attended",
                 "Offered twice, not attended"],
                ["9",
                 "Keep an eye on who Kacey spends time with at break and who is waiting at the school gates at "
                 "home time",
                 "Mrs Joanne Pike, DSL, Gillowby High School",
                 "Every school day",
                 "Monitored by school",
                 "Ongoing"],
                ["10",
                 "Share any sighting of Kacey with Kyle Denton or in cars with older males with the police and "
                 "Nadia",
                 "All agencies",
                 "Same day",
                 "Partnership intelligence forms logged on the police system",
                 "New"],
                ["11",
                 "Referral to the Sunrise girls' project for one-to-one work with Kacey on healthy relationships "
                 "and exploitation",
                 "-",
                 "By 03/12/2025",
                 "Kacey's first session date confirmed in writing",
                 "C/F from core group 1"],
                ["12",
                 "Assess Kacey's emotional health after the self-harm she told school about on 12/11/2025",
                 "Dr Priya Nair, Gillowby CAMHS",
                 "First appointment 26/11/2025",
                 "",
                 "New"],
                ["13",
                 "Fortnightly support sessions for Claire with her low mood",
                 "Lisa Green, CPN, Gillowby Community Mental Health Team",
                 "Every two weeks",
                 "Attendance record sent to Nadia before each core group",
                 "Claire seen 05/11 and 19/11"],
                ["14",
                 "Go through Kacey's phone with her on Sunday evenings and keep location sharing on, as set out "
                 "in the phone agreement Kacey signed",
                 "Claire Hartley (Mum), with Kacey",
                 "Every Sunday evening",
                 "Nadia sees the signed agreement; Claire's Sunday note lists any new contact blocked or "
                 "reported",
                 "Done on 3 of 4 Sundays"],
                ["15",
                 "Be at home on Friday and Saturday evenings and collect Kacey from street dance on Fridays",
                 "Rob Nolan (stepdad)",
                 "Every Friday and Saturday from 21/11/2025",
                 "Dance register shows Kacey collected by Rob; Mum's log shows her home by 10pm",
                 "New"],
            ],
        }),
        ("h1", "6. Contingency"),
        ("p", "If there are further concerns about Kacey's safety, or she continues to go missing, a strategy "
              "meeting will be considered and the plan will be reviewed at the next core group."),
        ("h1", "7. Next meetings"),
        ("bullets", [
            "Core group 3: Wednesday 17/12/2025, 4pm, Gillowby High School; then every four weeks.",
            "Review child protection conference: Wednesday 21/01/2026, 10am, Gillowby Civic Centre.",
        ]),
        ("p", "Minutes sent on 21/11/2025 to everyone present, to Dr Nair and to the IRO."),
    ],
    "findings": [
        F("F002", "Claire is less isolated and gets the help she needs"),
        F("T002", "Offer Kacey sexual health appointments and contraception advice"),
        F("M002", "Keep an eye on who Kacey spends time with"),
        F("W002", "Share any sighting of Kacey with Kyle Denton"),
        F("W001", "Referral to the Sunrise girls' project for one-to-one work"),
        F("M001", "Assess Kacey's emotional health after the self-harm"),
        F("H001", "Fortnightly support sessions for Claire with her low mood"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. First review conference plan, 16-year-old girl groomed online by an
#    adult posing as a boy of 17, sextortion threats, a meeting in person,
#    self-harm; her mother has depression (CMHT consultant reports on change),
#    her father has her alternate weekends. Word plan printed to PDF with a
#    page header and footer; the action table is split by theme band rows.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b133_gundleford_rcpc_online_harm_theme_bands_novak.pdf",
    "doc_title": "Review Child Protection Plan - Lena Novak",
    "split": "tune",
    "actions": 12,
    "header": "OFFICIAL-SENSITIVE · Gundleford County Council · Children's Social Care",
    "footer": "Lena Novak – review child protection plan, 25/11/2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "rcpc-plan-printed-to-pdf-page-header-footer-details-kv-what-has-changed-lenas-words-and-where-she-disagrees-parents-views-outcomes-numbered-then-table-with-theme-band-rows-no-what-will-happen-who-when-how-we-will-know-contingency-bullets-meetings",
    "description": (
        "Exemplary first review conference plan for a 16-year-old who was groomed online by an adult "
        "posing as a 17-year-old boy, sent images, was then threatened with their release unless she "
        "sent more, met the man once in person, and has been cutting herself. Her mother has depression "
        "and her father has her every other weekend. A Word plan printed to PDF with a page header and "
        "footer; the action table is divided by theme band rows (online safety, the investigation, her "
        "mental health, college, home). The police investigation with fortnightly updates, take-down "
        "requests within 24 hours, Lena's own weekly check of her accounts with her trusted youth worker, "
        "CAMHS therapy with scores at 6 and 12 weeks, the sexual health nurse, the college's daily "
        "check-in, the CMHT consultant's report on whether Mum can change in Lena's time, Mum's locked "
        "medicine box, Dad's weekends. Lena's words include what she disagrees with; contingency for a new "
        "threat, serious self-harm and Mum being too unwell, with a fallback if Dad cannot have her; "
        "a legal planning meeting after named triggers; core group and second review dates."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("kv", [
            ("Young person", "Lena Novak, 16 (DOB 11/09/2009), Year 12, Gundleford Sixth Form College"),
            ("Lives with", "Katarzyna Novak (Mum, 45), 3 Linnet Close, Gundleford GD2 4XH"),
            ("Father", "Marek Novak (47), Flat 2, 88 Quarry Road, Gundleford; Lena stays with him every "
                       "other weekend"),
            ("Category", "Sexual abuse"),
            ("Initial conference", "Tuesday 26/08/2025"),
            ("This plan", "First review child protection conference, Tuesday 25/11/2025. Chair: Jonathan "
                          "Adair (IRO)"),
            ("Social worker", "Hannah Brook (team manager: Sarah Lennox)"),
        ]),
        ("h1", "What has changed since the initial conference"),
        ("p", "In the summer Lena spent most nights talking online to someone she believed was a 17-year-old "
              "called 'Jay'. She sent him pictures. When she tried to stop, he told her he would send the "
              "pictures to her college friends unless she sent more, and in July she met him at Gundleford bus "
              "station, where she found he was a man in his thirties. She got away when a bus driver "
              "intervened. In August Katarzyna found cuts on Lena's thighs."),
        ("bullets", [
            "Gundleford Police have identified the man and seized his devices. He is on bail with a condition "
            "not to contact Lena or any child; a charging decision is awaited.",
            "Lena has not had a new threat since 14/09/2025. Take-down requests were made for the four images "
            "found online, and all four have been removed.",
            "Lena has been to 10 of 12 weekly CAMHS sessions. She cut herself twice in October and not since "
            "29/10/2025.",
            "Lena's college attendance this half-term is 88%, up from 61% in September.",
            "Katarzyna's depression was at its worst in September; she has seen the CMHT every four weeks and "
            "is back at work three days a week.",
        ]),
        ("h1", "Lena's words"),
        ("p", "Lena met Hannah on her own at college on 18/11/2025 and wrote some of this herself."),
        ("bullets", [
            "“The worst bit was thinking everyone would see. Now I know the pictures are gone I can sleep.”",
            "“Josie is the one person I'd tell first. She doesn't freak out.”",
            "“I still cut sometimes in my head, like I think about it, but I use the plan on my phone.”",
            "“I don't want Mum going through my phone. I'm 16. I'll do it with Josie instead.” The conference "
            "agreed: Lena checks her accounts with Josie each week, and Katarzyna does not look at Lena's phone "
            "unless the contingency below is used.",
            "Lena scored how safe she feels online 6 out of 10, up from 2 in August, and at home 8.",
            "Lena disagrees that she still needs a child protection plan: “Nothing's happened for two months.” "
            "The conference heard her, and explained that the man has not yet been charged and that the cutting "
            "stopped only four weeks ago.",
        ]),
        ("h1", "What Lena's parents say"),
        ("p", "Katarzyna says the plan helped her “stop shouting and start listening”. She worries that she "
              "sleeps badly and is not always awake when Lena comes in. Marek says Lena is calmer at his flat "
              "and he wants to see her more often, but his shifts change each month."),
        ("h1", "What we want for Lena"),
        ("numbers", [
            "Lena is not contacted, threatened or met by the man who groomed her or anyone acting for him, and "
            "any new image or threat is dealt with within a day.",
            "Lena knows how to spot grooming online, keeps her accounts private and tells a trusted adult "
            "quickly if anything worries her.",
            "Lena stops cutting herself and has help with her mood and sleep that she wants to use.",
            "Lena is at college at least 90% of the time and stays on her A-level courses.",
            "Lena lives with a mum who is well enough to notice when she is struggling and to respond calmly.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we will know"],
            "widths": [1.1, 5.4, 3.4, 3.1, 4.0],
            "rows": [
                ["Staying safe online", H, H, H, H],
                ["1",
                 "Go through her follower lists and message requests with Josie, and block and report anyone "
                 "she has not met in person",
                 "Lena, with Josie Carr",
                 "At every Thursday session with Josie",
                 "Josie's session note records the check and any account blocked or reported"],
                ["2",
                 "Meet Lena each week as her trusted adult, and help her make a take-down request for any image "
                 "of her that she or anyone else finds",
                 "Josie Carr, youth worker, Gundleford Youth Service",
                 "Every Thursday, 4pm; any take-down request within 24 hours of the image being found",
                 "Session attendance sent to Hannah each month; each request's reference number on Lena's file"],
                ["3",
                 "Two sessions with Katarzyna and Marek on sextortion and grooming, and what to do and not do "
                 "if Lena is threatened again",
                 "Josie Carr, youth worker",
                 "Both sessions by 19/12/2025",
                 "Josie's note of both sessions; each parent can tell Hannah the three steps they would take"],
                ["The investigation", H, H, H, H],
                ["4",
                 "Keep the investigation going and update Lena and Katarzyna every two weeks; seek a charging "
                 "decision from the CPS",
                 "DC Amy Fenwick, Gundleford Police Online Child Abuse Team",
                 "Updates every two weeks; file to the CPS by 30/01/2026",
                 "Update calls logged on the police system and listed at each core group; the CPS decision "
                 "shared with Hannah within two days of it being made"],
                ["Lena's mental health and sexual health", H, H, H, H],
                ["5",
                 "Weekly therapy with Lena for the cutting, sleep and what happened in July, and go over her "
                 "safety plan with her",
                 "Dr Ruth Abara, clinical psychologist, Gundleford CAMHS",
                 "Every Monday at 4.30pm until 30/03/2026",
                 "Attendance list and a written update to each core group, with Lena's RCADS scores at 6 and 12 "
                 "weeks"],
                ["6",
                 "Keep her safety plan on her phone and use it when she feels like cutting; tell Josie, Mum or "
                 "Dr Abara the same day if she has cut",
                 "Lena",
                 "Every day; checked at each Monday session",
                 "Lena shows Dr Abara the plan on her phone and says how many times she used it that week; any "
                 "cut is told the same day"],
                ["7",
                 "Offer Lena a confidential sexual health review, tests and a talk about consent, at the "
                 "young people's clinic or at college",
                 "Abi Mensah, sexual health nurse, Gundleford Young People's Clinic",
                 "Appointment offered by 12/12/2025",
                 "Clinic letter to Hannah confirming the appointment was offered and whether Lena attended"],
                ["College", H, H, H, H],
                ["8",
                 "Check in with Lena at morning registration and keep the quiet room open for her at break and "
                 "lunch",
                 "Ms Dana Reid, safeguarding lead, Gundleford Sixth Form College",
                 "Every college day",
                 "Check-ins logged on CPOMS; attendance of 90% or more on the weekly report to Hannah"],
                ["Home", H, H, H, H],
                ["9",
                 "See Katarzyna for her depression and write before each core group on whether she is well "
                 "enough to notice and respond to Lena's distress, what still has to change and how long it "
                 "is likely to take",
                 "Dr Omar Siddiqui, consultant psychiatrist, Gundleford Community Mental Health Team",
                 "Every four weeks; report two working days before each core group",
                 "Dr Siddiqui's written report on Lena's file before every core group"],
                ["10",
                 "Keep all tablets and blades in the locked box and check it every evening",
                 "Katarzyna Novak (Mum)",
                 "Every evening from 25/11/2025",
                 "Hannah sees the box locked at each visit; any missing tablets reported to Hannah and Dr Abara "
                 "the same day"],
                ["11",
                 "Have Lena to stay every other weekend and keep to the same agreement about her phone and "
                 "being home by 10.30pm",
                 "Marek Novak (Dad)",
                 "Alternate weekends, Friday 5pm to Sunday 5pm",
                 "Marek texts Hannah each Sunday evening that Lena is back at Linnet Close; Lena's own account at "
                 "Hannah's next visit"],
                ["12",
                 "Visit Lena at home, and once a month at a place she chooses, and see her on her own",
                 "Hannah Brook, SW",
                 "Every two weeks until the second review conference",
                 "Visit records with Lena's own words and her safety scores online and at home"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Lena gets a new threat or demand, or the man or anyone for him contacts her: Lena or Katarzyna "
            "rings 999, and Hannah and DC Fenwick hold a strategy discussion the same day. Katarzyna may then "
            "look at Lena's phone with her, and Lena stays at home or at Marek's until the strategy discussion "
            "has agreed what happens next.",
            "If Lena cuts herself badly enough to need treatment, or says she wants to end her life: Katarzyna "
            "or Marek takes her to A&E at Gundleford Royal Infirmary or rings 999, and the CAMHS crisis team "
            "sees her within 24 hours. Hannah is told the same day.",
            "If Katarzyna is too unwell to look after Lena (Dr Siddiqui says so, or she stays in bed for two "
            "days running): Lena stays with Marek. If Marek cannot have her because of his shifts, Hannah will "
            "arrange, with Lena's agreement, an emergency foster placement in Gundleford that day.",
            "If by the second review conference Lena has had to go to hospital for self-harm twice more, or "
            "has met any adult she first met online, Hannah will ask Sarah Lennox for a legal planning meeting "
            "within five working days. Lena and both parents will be told first.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every six weeks, Tuesdays at 4.15pm, Gundleford Sixth Form College: 09/12/2025, "
            "20/01/2026 and 03/03/2026. Lena chooses whether to come to each one.",
            "Second review child protection conference: Tuesday 19/05/2026, 2pm, Gundleford County Hall.",
        ]),
        ("p", "Copies to Lena, Katarzyna, Marek and every person named in the plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan that grew out of the strategy meeting's safety
#    decisions: a 13-year-old autistic boy who runs from home to a shopping
#    centre and the station, where older youths and an adult befriend him,
#    and an adult on a gaming platform asked to meet him; his father drinks
#    (alcohol service reports on change); his grandmother meets the bus two
#    days a week. Word plan printed to PDF, page header and footer; the
#    table's "From" column says whether each action came from the strategy
#    meeting or the conference; one closed row. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b133_glebeworth_strategy_decisions_into_icpc_plan_brierley.pdf",
    "doc_title": "Child Protection Plan - Ethan Brierley",
    "split": "tune",
    "actions": 14,
    "header": "Glebeworth Borough Council – Disabled Children's Team – OFFICIAL-SENSITIVE",
    "footer": "Ethan Brierley – child protection plan (ICPC 23/10/2025) – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "icpc-plan-from-strategy-meeting-printed-to-pdf-page-header-footer-how-this-plan-started-strategy-decisions-bullets-ethans-communication-and-his-words-from-picture-cards-parents-views-outcomes-then-ref-from-what-will-happen-lead-when-what-we-will-see-table-one-closed-row-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 13-year-old autistic boy who has gone missing four times "
        "from home to a shopping centre and the railway station, where older youths and an adult gave him "
        "vapes and asked him to hold a bag, and who was asked to meet by an adult he plays with online. His "
        "father drinks most evenings and his grandmother meets the school bus two days a week. The plan "
        "opens with how it began at the strategy meeting, and its table has a 'From' column showing which "
        "actions the strategy meeting set and which the conference added; one strategy action done and "
        "closed stays in the table and is not counted. Police trigger plan, return home talks with picture "
        "cards within 72 hours, Mum's 999 call within 20 minutes, Ethan's location watch, the school's safe "
        "space, the online investigation, an autism and exploitation worker, a location agreement with the "
        "shopping centre, the alcohol service's report on change, Dad's breath tests, Gran's bus days with "
        "a fallback, Mum's weekly check of his gaming friends, weekly visits. Legal planning after named "
        "triggers; core group and review dates."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Child", "Ethan Brierley, 13 (DOB 30/01/2012), Year 8, Glebeworth Park Academy (EHC plan: autism "
                      "and ADHD)"),
            ("Parents", "Julie Brierley (41) and Steve Brierley (44), 12 Ryebank Lane, Glebeworth GB5 1PA"),
            ("Grandmother", "Pat Brierley (Steve's mum), 3 Ryebank Cottages, two minutes' walk away"),
            ("Category", "Neglect"),
            ("Strategy meeting", "Monday 06/10/2025, chaired by Rachel Coyle (team manager)"),
            ("Initial conference", "Thursday 23/10/2025. Chair: Imran Hussain (IRO)"),
            ("Social worker", "Laura Whitfield, Disabled Children's Team"),
        ]),
        ("h1", "How this plan started"),
        ("p", "On Saturday 04/10/2025 Ethan left the house at 7pm while Steve was asleep on the sofa after "
              "drinking, and was found by British Transport Police at Glebeworth station at 3am with two men in "
              "their twenties, one of whom had given him a bag to hold. It was the fourth time since June that "
              "Ethan had gone missing; each time he went first to the Crossgate shopping centre. His mum found "
              "messages on his console from an adult user who had asked Ethan to meet him at the centre."),
        ("p", "The strategy meeting on 06/10/2025 agreed a section 47 enquiry and the safety decisions below "
              "until the conference. The conference kept all of them, closed one that had been done, and added "
              "others. Each row of the table says where it came from."),
        ("h1", "Ethan and how he tells us things"),
        ("p", "Ethan talks a lot about trains and his game, but finds it hard to say how he feels. He answers "
              "best with his feelings cards and a 'now and next' board, in a quiet room, with time to think. "
              "Loud places and sudden changes make him run. Laura saw him on his own at school on 14/10 and "
              "20/10/2025, using his cards."),
        ("bullets", [
            "About the station: “The trains are good. The men were my friends. They gave me a vape.” He picked "
            "the 'happy' card, then the 'confused' card when asked what the bag was.",
            "About home: he picked 'worried' for “when Dad is sleepy” and 'safe' for “Nana's house”.",
            "About the game: “He said he's 14 too. He knows lots about trains.”",
            "What he wants: “A phone like everyone else,” more time at Nana's, and to keep playing his game.",
            "What he does not want: his watch. He said it is “babyish”; the conference agreed to let him choose "
            "the strap and to look again at the first core group.",
        ]),
        ("h1", "What Ethan's parents say"),
        ("p", "Julie says she is frightened every time Ethan is out of sight, and that she cannot be at work and "
              "watch him. Steve accepts that he was drunk on 04/10/2025 and says he wants to stop. Both agreed "
              "to the plan."),
        ("h1", "What we want for Ethan"),
        ("bullets", [
            "Ethan is always with an adult who knows where he is, and when he leaves home without one he is "
            "found within the hour.",
            "Ethan is not befriended, used or groomed by adults, in the shopping centre, at the station or "
            "online.",
            "Ethan understands, in a way that fits how he learns, who safe and unsafe adults are and what to "
            "do if someone asks him to go with them or carry something.",
            "Ethan is cared for every evening by a sober adult who is awake.",
        ]),
        ("h1", "The plan"),
        ("p", "From: S = set at the strategy meeting on 06/10/2025; C = added at the conference on 23/10/2025."),
        ("table", {
            "header": ["Ref", "From", "What will happen", "Lead", "When", "What we will see"],
            "widths": [1.0, 1.3, 4.9, 3.2, 2.8, 3.8],
            "rows": [
                ["1", "S",
                 "Keep a missing person trigger plan for Ethan on the police system, written for an autistic "
                 "boy (recent photo, places he goes, how to approach him calmly, not to touch him without "
                 "warning)",
                 "PC Leanne Ashworth, missing person coordinator, Glebeworth Police",
                 "Updated within 48 hours of each missing episode",
                 "The date of each update on the police record; a copy sent to Laura each time"],
                ["2", "S",
                 "Share Ethan's photo and trigger plan with Crossgate shopping centre security and the station "
                 "staff",
                 "PC Leanne Ashworth",
                 "By 08/10/2025",
                 "Closed – done 07/10/2025; security manager's e-mail on file"],
                ["3", "S",
                 "Ring 999 if Ethan leaves the house or garden without an adult and is not found within 20 "
                 "minutes, and give the trigger plan number",
                 "Julie Brierley (Mum)",
                 "Every time, within 20 minutes",
                 "Each episode in the family's missing log has a police reference, which Laura checks at every "
                 "visit"],
                ["4", "S",
                 "A return home talk with Ethan after every missing episode, in a quiet room, using his "
                 "feelings cards",
                 "Owen Tate, Glebeworth Missing Service (autism-trained)",
                 "Within 72 hours of every return",
                 "Talk record on file within 72 hours; anything about the men or the online adult passed to PC "
                 "Ashworth the same day"],
                ["5", "S",
                 "Trace the adult who messaged Ethan on his game, and take action to stop the contact",
                 "DC Ravi Chand, Glebeworth Police Online Child Abuse Team",
                 "By 31/10/2025",
                 "Written outcome to Laura (account identified, arrest or referral to the national online "
                 "team)"],
                ["6", "C",
                 "Wear his location watch whenever he is out, and press its 'home' button when he wants to be "
                 "fetched",
                 "Ethan, with Julie charging it every night",
                 "Every day from 24/10/2025",
                 "Julie's app shows the watch on each day; Ethan shows Laura how the button works at her next "
                 "visit"],
                ["7", "C",
                 "Give Ethan a safe space with Mr Hollis at break and lunch, and go through his 'now and next' "
                 "board each morning so changes do not surprise him",
                 "Mrs Kath Dunmore, SENCo and DSL, Glebeworth Park Academy",
                 "Every school day from 03/11/2025",
                 "No episodes of Ethan leaving the site on the school's log; attendance of 95% or more sent to "
                 "Laura each Friday"],
                ["8", "C",
                 "Meet Ethan off the school bus at the end of Ryebank Lane and keep him with her at home until "
                 "Julie is back at 5.30pm",
                 "Pat Brierley (grandmother)",
                 "Every Monday and Wednesday from 03/11/2025",
                 "Pat texts Julie when Ethan is off the bus; the bus escort's sheet shows him handed to Pat"],
                ["9", "C",
                 "Meet Ethan off the school bus on Tuesdays, Thursdays and Fridays, having changed her hours",
                 "Julie Brierley (Mum)",
                 "Every Tuesday, Thursday and Friday from 04/11/2025",
                 "The bus escort's sheet shows Ethan handed to Julie each of those days"],
                ["10", "C",
                 "Six sessions with Ethan, using social stories and pictures, on safe and unsafe adults, what "
                 "to do if someone asks him to carry something, and who to go to in the shopping centre",
                 "Nia Osei, specialist worker, Glebeworth Autism and Exploitation Project",
                 "Every other Wednesday from 05/11/2025",
                 "Ethan's own social story book; Nia's written report to the core group on 05/01/2026 on what "
                 "Ethan can now tell her"],
                ["11", "C",
                 "Agree with Crossgate security and the station staff what they do if they see Ethan alone or "
                 "with older youths or adults, and map who gathers at the centre's back entrance",
                 "Sunita Varma, contextual safeguarding lead, Glebeworth Council",
                 "Written agreement by 21/11/2025",
                 "The signed agreement on file; security incident reports naming Ethan sent to PC Ashworth "
                 "within a day"],
                ["12", "C",
                 "Go through Ethan's friends list on his game with him, block anyone he has not met, and keep "
                 "the console in the living room",
                 "Julie Brierley (Mum), shown how by Nia Osei",
                 "Every Sunday from 26/10/2025",
                 "Nia and Laura see the friends list with Ethan at their visits, with no unknown adults on it"],
                ["13", "C",
                 "Key-work with Steve and a breath test each week, and a written report before each core group "
                 "on whether he is making the changes Ethan needs and how long further change is likely to take",
                 "Carl Benson, recovery worker, Glebeworth Recovery Hub (adult alcohol service)",
                 "Every Thursday; report two working days before each core group",
                 "Carl's report on file before every core group, with every breath test result"],
                ["14", "C",
                 "Not drink on any day he is caring for Ethan, and take his breath test at the Hub each Thursday",
                 "Steve Brierley (Dad)",
                 "From 23/10/2025; test every Thursday",
                 "Every test reads zero in Carl's report; no smell of alcohol noted at any visit"],
                ["15", "C",
                 "Visit Ethan at home and at school and see him on his own, with his feelings cards, asking "
                 "how he feels about home, Nana's and the centre",
                 "Laura Whitfield, SW",
                 "Every week until the review conference",
                 "Visit records show Ethan seen each week, with the cards he chose and what he said"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Ethan is missing for more than an hour, is found with adults or older youths he does not know, "
            "or the online adult or anyone else contacts him again: Laura and PC Ashworth hold a strategy "
            "discussion the same day, and Ethan stays at home or at Pat's with an adult in the room until it "
            "has taken place.",
            "If Steve has a positive breath test or is drunk while caring for Ethan: Steve goes to his brother "
            "Gary's that night and does not care for Ethan until Laura has seen him sober; Julie or Pat looks "
            "after Ethan.",
            "If Pat cannot meet the bus (she is ill or away): Julie leaves work at 3pm that day, or if she "
            "cannot, Ethan stays at the school's after-school club until 5.30pm and Julie collects him there. "
            "Julie tells Laura the same day.",
            "If Ethan goes missing overnight again, or Steve has two positive breath tests before the review "
            "conference, Laura will ask Rachel Coyle for a legal planning meeting within five working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Mondays at 3.45pm, Glebeworth Park Academy: 03/11/2025, 01/12/2025 "
            "and 05/01/2026.",
            "Review child protection conference: Thursday 22/01/2026, 10am, Glebeworth Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Letter to a 15-year-old after her initial conference: suspended three
#    times this term, staying out at a 19-year-old's flat, cannabis, missing.
#    Written to her by her social worker ("you", "I"), with what she said,
#    what she disagreed with, her own paragraph, what we want for her, a
#    numbered list of what will happen, what happens if things go wrong, and
#    the meeting dates. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b133_gorrickstone_letter_to_jade_after_conference_whitaker.md",
    "split": "tune",
    "actions": 12,
    "template": "sw-letter-to-young-person-md-after-icpc-second-person-why-there-was-a-conference-what-you-told-us-what-you-disagreed-with-in-your-own-words-what-we-all-want-then-numbered-what-will-happen-items-with-when-and-how-well-know-then-if-things-go-wrong-dates",
    "description": (
        "Exemplary letter from a social worker to a 15-year-old girl after her initial child protection "
        "conference. She has been suspended three times this term and is at risk of permanent exclusion, "
        "has been staying out at the flat of a controlling 19-year-old and his older friends, smokes "
        "cannabis and has gone missing four times. Written in the second person: what she told the "
        "conference and what she disagreed with, a paragraph she wrote herself, what everyone wants for "
        "her, then twelve numbered items, each saying who (I, you, your dad, Leanne, named workers), when "
        "and how we'll know: weekly visits, her own texts and times home, Dad's 101 call, return home "
        "talks, the CAWN, a pastoral support plan instead of exclusion, a relationships project, the "
        "sexual health nurse, the young people's drug service, Leanne's dance lifts, her nan's Saturdays "
        "and a parents' group. What happens if things go wrong covers Dad, Leanne and Nan being unable to "
        "help and names a legal planning meeting; core group and review dates."
    ),
    "text": """\
# Gorrickstone City Council – Children's Services
## Adolescent Support and Safeguarding Team

Jade Whitaker
14 Fennel Road
Gorrickstone GK4 9SE

Friday 14 November 2025

Dear Jade,

**Your child protection plan**

Thank you for coming to the conference on Wednesday. I know you didn't want to, and that it was hard to sit
in a room full of adults talking about you. You stayed for nearly an hour and you said what you thought, and
that changed some of the plan. This letter is the plan, written to you. Your dad and Leanne (your stepmum)
have the same plan in the usual form. If anything here is wrong or you don't understand it, text me on 07700 900 418.

The conference decided that you need a child protection plan, under the category of **sexual abuse**. That
isn't because anyone thinks you have done something wrong. It is because adults have been putting you at
risk, and we think you could be seriously harmed if nothing changes.

## Why there was a conference

Since August you have been reported missing four times, and three of those nights you stayed at Connor
Hale's flat in Eastgate. Connor is 19. The police found you there on 25 October with two of his friends who
are in their twenties, and you had been drinking and smoking cannabis. You have told Marcus Bell, your
worker at the Missing and Exploitation Team, that Connor checks your phone and tells you who you can see.
You have been suspended from Gorrickstone Academy three times since September, and Mr Lowe has said that
another suspension would mean a meeting about permanent exclusion.

## What you told us

- "Connor is the only one who doesn't treat me like a kid."
- "School only ever notices me when I mess up."
- "I smoke to calm down. It's not a big deal, everyone does."
- "I'd go back to dance if someone could get me there."
- You scored how safe you feel at home a 7 out of 10, at school a 4 and at Connor's "a 6, maybe".

## What you disagreed with

You don't agree that Connor is a risk to you, and you said it was "pathetic" to give him a warning notice.
The conference heard you. It still decided the police will give him the notice, because you are 15 and he
is 19, and because of what happened on 25 October. You also said you would rather text than be rung, and
that you don't want your dad ringing your friends' parents. We have changed the plan for both of those
things.

## In your own words

At the end of the conference you wrote this, and asked for it to go in the letter:

> "I'll text Dad where I am. I'm not promising about Connor but I won't stay over at his. I want to go
> back to dance and I don't want to get kicked out of school because then I'll be at home all day doing
> nothing. And I want people to stop talking about me like I'm not there."

## What we all want for you

1. You are safe from adults who want to use you for sex, drugs or money, and nobody controls who you see
   or what is on your phone.
2. You stop going missing; you are home at the times you have agreed, and your dad knows where you are.
3. You stay at Gorrickstone Academy, with no more suspensions, and your attendance goes up to 90% or more.
4. You cut down the cannabis, because you have other ways to calm down that work for you.
5. You are back at street dance and have people around you who are good for you.

## What will happen now

1. **I** will see you every week until the review conference, at home or somewhere you choose, and on your
   own at least once a fortnight. *When:* every week, starting on Tuesday 18 November. *How we'll know:* my
   visit notes will have your own words and your score out of 10 for how safe you feel each time.
2. **You** will text your dad or Leanne by 8pm to say where you are, and be home by 9pm on school nights
   and 10.30pm on Fridays and Saturdays. *When:* every day from 14 November. *How we'll know:* your dad's
   log of what time you got in, which I read with you at each visit.
3. **Your dad** will ring 101 and report you missing if you are not home and not answering your phone half
   an hour after your time, and will text me the same night. *When:* every time, within half an hour of your time. *How
   we'll know:* every missing night in his log will have a police reference number, and I will have his text.
4. **Marcus** (Gorrickstone Missing and Exploitation Team) will have a return home talk with you after
   every time you are missing, wherever you want to meet. *When:* within 72 hours of you coming back, each
   time. *How we'll know:* Marcus's report is on your file within 72 hours, and anything about risk goes to
   PC Yates the same day.
5. **PC Helen Yates** (Gorrickstone Police exploitation team) will give Connor Hale a Child Abduction
   Warning Notice and visit the Eastgate flat. *When:* the notice by 21 November; visits every week after
   that until the review conference. *How we'll know:* a copy of the notice on your file, and PC Yates
   tells each core group how many visits were made and who was there.
6. **Mr Darren Lowe** (deputy head and safeguarding lead) will agree a pastoral support plan with you and
   your dad instead of further suspensions, with a time-out card and a check-in each morning with Miss
   Asante. *When:* plan agreed by 21 November; check-ins every school day after that. *How we'll know:* no
   more suspensions this term, and your attendance on Mr Lowe's Friday e-mail to me reaches 90%.
7. **Becky Walsh** (Gorrickstone Young People's Relationships Project) will meet you once a week at school
   for eight weeks, to talk about relationships, control and consent. *When:* Thursdays from 20 November.
   *How we'll know:* you and Becky fill in the relationship checklist in the first and last weeks, and Becky
   sends me both.
8. **Nurse Kemi Osei** at the Willowbank young people's clinic will offer you an appointment for
   contraception and a check-up, at the clinic or at school, whichever you prefer. *When:* an appointment
   offered by 28 November. *How we'll know:* the clinic's letter to me saying it was offered and whether you
   went (it won't say anything else unless you agree).
9. **Sam Price** (Gorrickstone Young People's Drug and Alcohol Service) will meet you at school every
   fortnight about the cannabis and other ways to calm down. *When:* from Thursday 20 November until the
   review conference. *How we'll know:* Sam's notes of how many days a week you smoked, which you and Sam
   agree at each session and which Sam shares with me before each core group.
10. **Leanne** will drive you to street dance at Gorrickstone Arts Centre and pick you up at the end.
    *When:* every Tuesday and Thursday, 6pm to 8pm, from 18 November. *How we'll know:* the class register,
    and Leanne's text to your dad when you are both home.
11. **Your nan, Sue Whitaker,** will have you to stay at Park Terrace every other Saturday night, as you
    asked. *When:* every other Saturday from 22 November. *How we'll know:* Nan texts your dad when you
    arrive and when you leave, and you tell me how it went at my next visit.
12. **Your dad and Leanne** will go to the Gorrickstone Parents of Teenagers group, which is about keeping
    young people safe from exploitation. *When:* six Wednesday evenings from 19 November. *How we'll know:*
    the group register sent to me, and they bring their safety plan from the group to the core group on
    17 December.

## If things go wrong

- **If you are not home half an hour after your time and not answering:** your dad reports you missing to
  the police and texts me, and Marcus sees you within 72 hours of you coming back.
- **If you are found at Connor's flat, or with Connor or his friends after the notice, or anyone hurts
  you:** the police will take you home, and PC Yates and I will hold a strategy discussion the same day to
  decide what else needs to happen to keep you safe.
- **If your dad or Leanne can't be at home in the evening, or Leanne can't do the dance lift:** you go to
  Nan's at Park Terrace for that evening. If Nan can't have you either, your dad takes you to dance and
  picks you up himself, and if he can't, I will arrange a lift through Marcus's team that day. If Nan can't
  have you on one of your Saturdays, you stay at home with your dad and Leanne that night. Your dad tells me
  the same day whenever any of this happens.
- **If you go missing overnight twice more before the review conference, or the police find you with
  adults who are giving you drugs or alcohol,** I will ask my manager, Tom Eastwood, for a legal planning
  meeting within five working days, to think about whether you need to live somewhere else for a while to be
  safe. I would always talk to you before that meeting.

## Meetings

- **Core group** (your dad, Leanne, Nan, me, Mr Lowe, Marcus, PC Yates and Becky; you are welcome to come
  for as much of it as you want): roughly every three weeks, after school at 4pm at Gorrickstone Academy, on
  Wednesday 26 November, Wednesday 17 December and Wednesday 14 January.
- **Review child protection conference:** Wednesday 11 February 2026, 10am, Gorrickstone Civic Offices.

Take care, and text me if anything changes.

Rachel Ojo
Social Worker, Adolescent Support and Safeguarding Team
Gorrickstone City Council
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan, a 12-year-old young carer and his sister of 7;
#    their mother drinks heavily and is low in mood; Callum has started
#    hanging round the skate park with older boys and shoplifting. His aunt
#    and grandad help. Markdown plan with a five-column action table. Mostly
#    good rows; faults: Mum's drinking row "Ongoing" with "engagement",
#    her GP visit "As soon as possible", detached youth work with no
#    measure, "All agencies" share worries, no adult service owns an action,
#    the contingency has no fallback for the aunt and grandad, and the
#    review conference date is "to be confirmed". (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b133_grenmoor_icpc_young_carer_md_table_reid.md",
    "split": "tune",
    "actions": 12,
    "template": "icpc-plan-md-details-table-reasons-callums-and-rubys-words-what-callum-does-at-home-outcomes-then-five-column-action-table-no-what-needs-to-happen-who-when-how-well-know-contingency-paragraph-meetings",
    "description": (
        "Initial conference plan for a 12-year-old boy who looks after his mother and his 7-year-old "
        "sister, and who has started spending evenings at a skate park with older boys and was caught "
        "shoplifting with them. His mother drinks most days and is low in mood; his aunt and grandfather "
        "help. A Markdown plan with a details table, the children's words, what Callum does at home, "
        "outcomes for both children, and a five-column action table. Most rows are sound (weekly visits, "
        "a young carers assessment and club, the school's daily checks, the aunt's school pick-ups and "
        "Friday nights, the grandad's teatime visits, youth diversion, Callum's own texts home). "
        "Faults: Mum's drinking row is 'Ongoing' with 'engagement with services' as the "
        "measure, her GP visit is 'As soon as possible', detached youth work at the skate park has no "
        "measure, 'All agencies' share worries, no adult service owns an action although her drinking "
        "and low mood are recorded, the contingency never says what happens if the aunt or grandad cannot "
        "help, and the review conference date is to be confirmed."
    ),
    "text": """\
# Child Protection Plan

**Grenmoor Borough Council – Children and Families – Locality Team East**

| | |
|---|---|
| Children | Callum Reid, 12 (DOB 09/02/2013), Year 8, Grenmoor Academy; Ruby Reid, 7 (DOB 21/06/2018), Year 3, Holm Lane Primary |
| Address | 27 Pitt Street, Grenmoor GR2 5LJ |
| Mother | Donna Reid, 38 |
| Aunt | Michelle Reid (Donna's sister), 4 Holm Lane, Grenmoor |
| Grandfather | Tom Reid, 66, Flat 9, Cedar Court, Grenmoor |
| Category | Neglect (both children) |
| Initial conference | Tuesday 04/11/2025. Chair: Angela Farrow (IRO) |
| Social worker | Liam Doherty (team manager: Bev Sutton) |

## Why the children have a plan

Donna has been drinking most days since her partner left in the spring, usually starting at lunchtime, and
says she has felt "flat and pointless" for months. Her GP referred her to Grenmoor Recovery Service in
September but she has not been to an appointment. Callum gets Ruby up, gives her breakfast, takes her to
school and puts her to bed. Twice in October he rang Michelle late at night because he could not wake his mum.
Callum has been late to school 14 times this term and has started spending evenings at the Millbrook skate
park with boys of 15 and 16. On 28/10/2025 he was stopped with two of them by security at the Riverside
shopping centre with stolen vapes.

## What Callum and Ruby say

- Callum (seen on his own at school, 30/10/2025): "Someone's got to do it. Mum's not bad, she's just tired."
  "At the skate park nobody asks me stuff." "I didn't nick anything, I was just there." He would like "one
  night a week where I don't have to do anything".
- Ruby (seen at school, 31/10/2025) drew her house with Callum holding her hand and her mum in bed. She said:
  "Callum makes the best toast. I like Friday at Auntie Michelle's because there's a dog."

## What Callum does at home

Callum told Liam that on a school day he gets up at 6.45am, gets Ruby dressed, makes breakfast, walks her to
Holm Lane, and then runs to the Academy, which is why he is late. After school he collects Ruby on the days
Michelle cannot, makes tea and puts Ruby to bed. He said he worries all day about whether his mum has eaten.

## What we want for Callum and Ruby

1. Callum and Ruby are cared for each day by a sober adult who gets them up, fed and to school on time.
2. Callum gets to be 12: he is on time for school, has time for himself and does not have to look after his
   mum or his sister.
3. Callum spends his evenings somewhere safe with people who are good for him, and is not drawn into
   offending by older boys.
4. Ruby is collected from school every day by an adult and goes to bed at a set time.

## Action plan

| No. | What needs to happen | Who | When | How we'll know |
|---|---|---|---|---|
| 1 | Visit the children at home and see Callum and Ruby on their own, at least one visit in three unannounced | Liam Doherty, SW | Weekly until the review conference | Visit records show both children seen alone each week, with their words written down |
| 2 | Young carers assessment for Callum, and a place at the Grenmoor Young Carers club on Wednesday evenings | Leah Ford, Grenmoor Young Carers | Assessment by 28/11/2025; club from 03/12/2025 | Assessment report shared with Liam; club register shows Callum there every Wednesday |
| 3 | Donna to cut down her drinking and accept help from services | Donna Reid (Mum) | Ongoing | Engagement with services |
| 4 | Donna to see her GP about her low mood and her drinking | Donna Reid (Mum) | As soon as possible | GP appointment attended, confirmed by the surgery to Liam |
| 5 | Check Callum's and Ruby's attendance and lateness every morning, and ring Liam the same day if either is absent or Callum is late | Mr Chris Nolan, head of Year 8 (Grenmoor Academy), with Mrs Patel, DSL (Holm Lane Primary) | Every school day from 05/11/2025 | Weekly attendance sent to Liam; Callum late no more than once a fortnight by the review |
| 6 | Collect Ruby from Holm Lane Primary and give both children their tea at 4 Holm Lane | Michelle Reid (aunt) | Every Tuesday and Thursday from 06/11/2025 | School's collection log shows Ruby handed to Michelle; Michelle texts Liam each Thursday |
| 7 | Have Callum and Ruby to stay every Friday night, so Callum has a night off | Michelle Reid (aunt) | Every Friday from 07/11/2025 | Michelle's text to Liam each Saturday morning; Callum tells Liam at his visits how the Fridays have been |
| 8 | Call in at teatime to make sure there is food in the house and Donna is sober, and ring Liam if she is not | Tom Reid (grandad) | Every Monday, Wednesday and Saturday, 5pm to 6pm | Tom's calls to Liam logged on the case file; Liam checks the fridge and cupboards at his visits |
| 9 | Detached youth work at the Millbrook skate park on Friday and Saturday evenings, getting to know Callum and the older boys he spends time with | Aaron Blake, Grenmoor Detached Youth Team | Every Friday and Saturday, 6pm to 9pm, from 07/11/2025 | - |
| 10 | Share any worries about Callum being with older boys or in trouble in the town centre | All agencies | Same day | Logged on the children's case file |
| 11 | Offer Callum the four-session Youth Diversion programme instead of a caution for the shoplifting | PC Hayley Grant, Grenmoor Police Youth Diversion Officer | Referral by 21/11/2025; sessions finished by 16/01/2026 | Diversion worker's completion letter on file |
| 12 | Text Mum and Michelle when he gets to the skate park and again when he leaves, and be home by 8pm | Callum | Every evening he goes out, from 05/11/2025 | Donna's and Michelle's phones show both texts; Liam goes through them with Callum at each visit |

## Contingency plan

If Donna is found drunk while she is caring for Callum and Ruby, or Callum rings anyone because he cannot wake
her, Liam will hold a strategy discussion the same day and the children will stay with Michelle at 4 Holm
Lane until it has taken place. If Callum is stopped by the police again or goes missing, Liam will see him
within 24 hours and PC Grant will be told.

If Donna is found drunk in charge of the children twice more before the review conference, Liam will ask Bev
Sutton for a legal planning meeting within five working days.

## Meetings

- Core group: every four weeks, first on Tuesday 18/11/2025, 4pm, Grenmoor Academy.
- Review child protection conference: date to be confirmed by the conference team.
""",
    "findings": [
        F("T002", "Donna to cut down her drinking and accept help from services"),
        F("M002", "Donna to cut down her drinking and accept help from services"),
        F("T002", "Donna to see her GP about her low mood and her drinking"),
        F("M001", "Detached youth work at the Millbrook skate park"),
        F("W002", "Share any worries about Callum being with older boys"),
        F("F004"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. First review conference plan for a 17-year-old on a referral order for
#    carrying a knife, stabbed in the summer, exploited by a local group that
#    later threatened the family, now in temporary accommodation. Plain-text
#    case-system print: dotted fields, capital section heads, ACTION n OF m
#    blocks with Lead / Timescale / Measure / Outcome lines, TRIGGER and
#    RESPONSE pairs for the contingency. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b133_gimmerby_rcpc_case_print_action_blocks_mensah.txt",
    "split": "tune",
    "actions": 12,
    "template": "rcpc-case-system-plain-text-print-dotted-fields-capital-sections-progress-since-icpc-reeces-views-and-disagreements-mums-views-numbered-outcomes-then-action-n-of-m-blocks-lead-timescale-measure-outcome-lines-then-trigger-response-contingency-pairs-meetings",
    "description": (
        "Exemplary first review conference plan for a 17-year-old on a referral order for carrying a "
        "knife, who was stabbed in August and had been used by a local group to hold drugs and weapons; "
        "after the group threatened the family they moved into temporary accommodation. A plain-text "
        "case-system print with dotted fields and capital section heads; each of twelve ACTION n OF 12 "
        "blocks has Lead, Timescale, Measure and Outcome lines. Weekly visits, the YJS referral order "
        "sessions, an exploitation worker's exit plan, a housing transfer offer, police threat reviews "
        "and MACE, the NRM conclusive grounds decision, the college's morning checks, a trusted youth "
        "worker at a music studio, CAMHS trauma sessions, Reece's own curfew and texts, Mum's 101 call, "
        "and planning for his 18th birthday. Reece's views include what he disagrees with (moving house); "
        "TRIGGER / RESPONSE pairs, a legal planning meeting after named triggers, core group and next "
        "review dates."
    ),
    "text": """\
GIMMERBY CITY COUNCIL                                        CHILDREN'S SERVICES
CHILD PROTECTION PLAN - REVIEW                          Printed: 17/11/2025 10:14
Record ref: CP-0417-RM                                     Page 1 of 1 (plain text)
================================================================================

PERSON DETAILS
Name ................................ Reece MENSAH
Date of birth ....................... 19/07/2008 (17)
Address ............................. Flat 3, Larch House, Bede Street, Gimmerby
                                      GY1 6HP (temporary accommodation since
                                      26/08/2025)
Household ........................... Abena Mensah (mother, 49); Esi Mensah
                                      (sister, 10)
Education ........................... Gimmerby College, Level 2 Electrical
                                      Installation (Mon to Thu)
Legal status ........................ Referral order, 9 months, from 12/09/2025
                                      (possession of a bladed article)
Category ............................ Physical abuse (significant harm outside
                                      the home)
Initial conference .................. Friday 15/08/2025
This conference ..................... First review, Friday 14/11/2025
Chair ............................... Denise Oduya (IRO)
Social worker ....................... Kwame Asante
Team manager ........................ Laura Pennington

PROGRESS SINCE THE INITIAL CONFERENCE
--------------------------------------------------------------------------------
On 02/08/2025 Reece was stabbed in the thigh on the Northgate estate. He had
been holding drugs and a knife for a group of older young men known to the
police as the Northgate group, who had given him cannabis and clothes and then
told him he owed them. After he refused to go back to them, a brick came
through the family's window and threats were posted online naming Esi. Gimmerby
Homes moved the family to Larch House on 26/08/2025.

- No further incident at Larch House. One message to Reece from a group member
  on 30/10/2025, passed by Reece to Shanice the same day.
- NRM: positive reasonable grounds decision on 19/09/2025; the conclusive
  grounds decision is still awaited.
- Referral order: 19 of 20 sessions attended; the missed one was followed up
  the same day.
- College attendance since 08/09/2025: 86%.
- Reece has been home by 10pm on all but two nights; both times he answered his
  phone and was home by 10.40pm.

REECE'S VIEWS
--------------------------------------------------------------------------------
Reece spoke to Kwame on his own on 10/11/2025 and came to the first part of
the conference.
  "I'm done with them. I'm not being their mug no more."
  "Dwayne's the only one I'd ring at night. He don't lecture."
  "College is alright. I want my own van one day."
  "Moving won't change nothing. They know my face."
Reece scored his safety 5 out of 10 (2 in August): "higher when I'm in the
studio, lower on the bus."
DISAGREES: Reece does not want the family to move again, because he wants to
stay near college and his friends from the studio. The conference explained
why a move away from Northgate and Hallam is still being pursued, and agreed
that he stays at Gimmerby College wherever the family moves.
DISAGREES: Reece thinks his 10pm curfew should be 11pm at weekends. Agreed: it
stays at 10pm until the first core group, when it will be looked at again with
him.

MOTHER'S VIEWS
--------------------------------------------------------------------------------
Abena said: "I want my son to live to see twenty." She wants a permanent home
away from Northgate and help for Reece "to get the stabbing out of his head".
She agreed the plan.

OUTCOMES FOR REECE
--------------------------------------------------------------------------------
O1  Reece is not used by the Northgate group or anyone else to hold or sell
    drugs or weapons, and no longer carries a knife.
O2  Reece and his family live somewhere the group cannot find them, and Reece
    is home safe every night.
O3  Reece finishes his Level 2 course and has a trusted adult he will ring when
    he is in danger.
O4  Reece gets help with what happened to him in August, and has a plan for
    where he will live and what support he will have after he turns 18.

ACTIONS
--------------------------------------------------------------------------------
ACTION 1 OF 12
  Action ..... Visit Reece and see him on his own, at home or somewhere he
               picks, and ask his safety score each time.
  Lead ....... Kwame Asante, SW
  Timescale .. Every week until the next review conference
  Measure .... Visit records with Reece's own words and his score out of 10
  Outcome .... O1, O2

ACTION 2 OF 12
  Action ..... Meet Reece for his referral order contract: weapons awareness,
               victim work and his reparation hours.
  Lead ....... Femi Adebayo, case manager, Gimmerby Youth Justice Service
  Timescale .. Mondays and Thursdays until the order ends on 11/06/2026
  Measure .... YJS attendance record shows each session attended or followed
               up the same day; compliance summary sent to each core group
  Outcome .... O1

ACTION 3 OF 12
  Action ..... Weekly sessions with Reece on leaving the Northgate group safely
               and on anyone who still contacts him; keep his exit plan up to
               date with him.
  Lead ....... Shanice Gordon, exploitation worker, Gimmerby Safer Streets Team
  Timescale .. Every Wednesday at 4pm; exit plan updated before each core group
  Measure .... Exit plan signed by Reece on file; updated copy before each core
               group; any contact passed to DS Lowe the same day
  Outcome .... O1

ACTION 4 OF 12
  Action ..... Make the family an offer of a three-bedroom home under a
               management transfer, away from the Northgate and Hallam estates.
  Lead ....... Gemma Price, tenancy sustainment officer, Gimmerby Homes
  Timescale .. Offer made by 30/01/2026
  Measure .... Written offer on file for an address outside the areas named in
               the police threat assessment
  Outcome .... O2

ACTION 5 OF 12
  Action ..... Review the threat to Reece and his family whenever new
               intelligence comes in, and take the Northgate group to the
               monthly MACE panel for disruption.
  Lead ....... DS Kevin Lowe, Gimmerby Police Serious Youth Violence Team
  Timescale .. Within 24 hours of any new intelligence; MACE update every month
  Measure .... Written threat assessment on file after each review; MACE
               minutes record the disruption actions and arrests
  Outcome .... O1, O2

ACTION 6 OF 12
  Action ..... Chase the NRM conclusive grounds decision and send it to
               Reece's solicitor and the YJS.
  Lead ....... Kwame Asante, SW
  Timescale .. Every two weeks until the decision arrives
  Measure .... Decision letter on file, with the date it was sent to the
               solicitor and the YJS
  Outcome .... O1

ACTION 7 OF 12
  Action ..... Keep Reece's place on the electrical course, meet him at the
               side entrance each morning, and ring Abena and Kwame if he is
               not in by 9.30am.
  Lead ....... Mr Paul Farrah, safeguarding lead, Gimmerby College
  Timescale .. Every college day (Monday to Thursday)
  Measure .... Attendance of 85% or more on the weekly report to Kwame; each
               missed morning logged with the time of the call
  Outcome .... O3

ACTION 8 OF 12
  Action ..... Run two studio sessions a week with Reece and be the adult he
               can ring on a Friday or Saturday night.
  Lead ....... Dwayne Forbes, youth worker, Gimmerby Sound Lab
  Timescale .. Tuesdays and Thursdays 6pm to 8pm; on the phone Fridays and
               Saturdays 8pm to midnight, until the next review conference
  Measure .... Studio register; Dwayne logs every call and tells Kwame by 10am
               the next day about anything that suggests risk
  Outcome .... O3

ACTION 9 OF 12
  Action ..... Trauma-focused sessions with Reece after the stabbing, held at
               college.
  Lead ....... Dr Helen Marsh, Gimmerby CAMHS (16 to 18 pathway)
  Timescale .. Every other Tuesday from 25/11/2025, twelve sessions
  Measure .... Attendance list; Reece's trauma screening score at the first
               and sixth sessions, shared (with his agreement) at core group
  Outcome .... O4

ACTION 10 OF 12
  Action ..... Be home by 10pm, text Mum when he leaves college and when he
               leaves the studio, and carry no knife or anything used as one.
  Lead ....... Reece
  Timescale .. Every day from 14/11/2025
  Measure .... Abena's log of the times he gets in, which Kwame reads each
               week; no weapon found in any police stop or college bag check
  Outcome .... O1, O2

ACTION 11 OF 12
  Action ..... Ring 101 and report Reece missing if he is not home and not
               answering by 10.30pm, then text Kwame or the out-of-hours team.
  Lead ....... Abena Mensah (Mum)
  Timescale .. Every time, by 10.30pm
  Measure .... Each missing night in her log has a police reference number;
               Kwame has her text from the same night
  Outcome .... O2

ACTION 12 OF 12
  Action ..... Agree with Reece a plan for after his 18th birthday on
               19/07/2026 (where he will live, college, money), and refer him
               to the Gimmerby Young Adults Service.
  Lead ....... Kwame Asante, SW
  Timescale .. Written plan by 27/02/2026; referral by 30/04/2026
  Measure .... Plan signed by Reece on file; the Young Adults Service's
               acceptance letter on file
  Outcome .... O4

CONTINGENCY
--------------------------------------------------------------------------------
TRIGGER 1 .. Reece is not home and not answering by 10.30pm.
RESPONSE ... Abena reports him missing on 101; the police use his trigger plan;
             Gimmerby Missing Service sees him within 72 hours of his return.
TRIGGER 2 .. New intelligence of a threat to Reece's life, or an attack on
             Larch House.
RESPONSE ... DS Lowe gives an Osman warning the same day; Gimmerby Homes'
             out-of-hours team moves the family to emergency accommodation that
             night; Kwame holds a strategy discussion the same day.
TRIGGER 3 .. Reece is found carrying a weapon, or with members of the
             Northgate group.
RESPONSE ... Kwame and DS Lowe hold a strategy discussion the same day; Femi is
             told the same day; Reece stays at home with Abena that night.
TRIGGER 4 .. By the next review Reece has been found with a weapon or with the
             group again, or the family is still at Larch House and the
             threats have continued.
RESPONSE ... Kwame asks Laura Pennington for a legal planning meeting within
             five working days, to decide whether Reece should live away from
             Gimmerby for a time and what legal steps that needs. Reece and
             Abena are told first.

MEETINGS
--------------------------------------------------------------------------------
Core group ........................... Every six weeks, Fridays 1pm, Gimmerby
                                       College: 05/12/2025, 16/01/2026,
                                       27/02/2026, 10/04/2026
Next review conference ............... Friday 15/05/2026, 10am, Gimmerby
                                       Civic Centre
Distribution ......................... Reece; Abena; all leads named above
================================================================================
""",
    "findings": [],
})
