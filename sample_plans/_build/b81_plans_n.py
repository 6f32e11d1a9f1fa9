"""Batch 81, module n: seven fictional plans (tuning material), places beginning with "n".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: older children and plans that have been running a while - criminal
exploitation with missing episodes, return home interviews and a contextual
safeguarding response; domestic abuse with a perpetrator programme, an IDVA and
MARAC; a child in need plan stepped down from child protection; a review plan
copied from the last one with updates written into each row; a core group
action log numbered by meeting (CG3.1, CG3.2); owners, timescales and measures
written as prose in one wide cell beside tables with proper columns. Hard
negatives: completed actions, meetings that took place, a parent's past drug
use now over, a young person's own cannabis use, an adult mental health service
asked to assess capacity to change. Two plans are exemplary.
"""
from build_batch5 import F, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Criminal exploitation, 15-year-old, missing episodes, return home
#    interviews and a contextual safeguarding response (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b81_nallowby_exploitation_missing_contextual_brennan.md",
    "split": "tune",
    "actions": 10,
    "template": "icpc-exploitation-15yo-md-what-who-when-how-we-will-know-table-contextual-safeguarding-return-home-interviews",
    "description": (
        "Initial conference plan for a 15-year-old boy going missing and drawn into drug running by older "
        "men who use the bus station underpass and a takeaway. What | Who | When | How we will know table "
        "with return home interviews 'within 72 hours of Kai coming home, every time', police disruption "
        "(child abduction warning notices), a location assessment of the underpass and takeaway, a youth "
        "worker, school key adult, and one-to-one sessions about Kai's own cannabis use (a young person's "
        "service, not a parent's substance misuse). Work already done since the strategy meeting (NRM "
        "referral, phone seized) is listed separately. Contingency with a named aunt and a fallback if she "
        "cannot have him, legal step, core group and review dates set. Exemplary."
    ),
    "text": """\
# Nallowby City Council – Child Protection Plan

**Young person:** Kai Brennan, 15 (DOB 11/01/2010), Year 10, Nallowby Academy
**Lives with:** Lisa Brennan (mum) and Marcus Dyer (Lisa's partner since 2016), 22 Needlemakers Row, Nallowby
**Conference:** Initial child protection conference, Tuesday 13 May 2025
**Category:** Physical abuse (child criminal exploitation)
**Social worker:** Hannah Crowe, Nallowby Adolescent Safeguarding Team
**Chair:** Philip Amadi

## Why we are worried

Kai has been reported missing seven times since January, three times overnight. On 19 April he was
found by transport police on a train to Nethercaster with £340 in cash and two phones, one of
which had messages from a "line" number. He has been seen most evenings at the underpass by Nallowby
bus station and inside the Chicken Palace takeaway on Nimmo Street with two men aged 19 and 23 who
are known to police for supplying class A drugs. On 2 May he came home with a cut to his hand that he
would not explain. His attendance has fallen from 94% to 68% since September and he has had two
fixed-term exclusions. Lisa and Marcus have reported every missing episode and rang the police
themselves on 19 April. Kai smokes cannabis most days; he says he is "given it for free".

## What has already happened

- A strategy meeting was held on 22 April 2025 and the section 47 enquiry was completed on 6 May.
- Hannah made a National Referral Mechanism referral for Kai on 25 April (reference on file).
- Police seized the second phone on 28 April; it is being examined.
- Kai had two return home interviews, on 21 April and 6 May, with the Missing and Exploitation Hub.

## What Kai says

Kai saw Hannah twice, once at school and once in the car on the way to football. He said: "I'm not
a drug dealer. I just do favours for people and they look after me." He said the man with the phone
"gets angry if you don't answer" and that he went to Nethercaster "because I owed". He told the
return home worker he sleeps better when he has had a smoke and that he would "knock it on the head
if I had something to do in the evenings". He likes motorbikes and cooking, wants to do a mechanics
course at college, and wants his mum "to stop crying about it". He said the one adult he trusts at
school is Mr Chauhan.

## What we want for Kai by the review conference

- Kai comes home every night and is not going to the underpass, the takeaway or Nethercaster with the men who are using him.
- Kai is in school at least nine days out of ten and has a plan for college in September 2026.
- Kai has a youth worker and a teacher he trusts and tells them when he is scared or being pressured.
- Kai is smoking less cannabis and knows where to get help with it.
- Lisa and Marcus know what to do when Kai is late or missing, and Kai knows they will always come and get him.

## The plan

| What will happen | Who | When | How we will know |
|---|---|---|---|
| Return home interview with Kai after every missing episode, on his own, covering where he went, who with and whether he was hurt or owes money | Ayo Fenwick, Nallowby Missing and Exploitation Hub | Within 72 hours of Kai coming home, every time | Interview form sent to Hannah and the police, with Kai's own words quoted |
| Ring the police and report Kai missing if he is not home by 10pm and not answering his phone, then text Hannah the police reference | Lisa Brennan (Marcus if Lisa is at work) | Each time Kai is not home by 10pm | Police reference number on the missing log kept by Hannah |
| See Kai on his own at home, at school or in the car, and talk about where he goes and who with; at least one visit in three unannounced | SW Hannah Crowe | Weekly from the week of 19 May until the review conference | Visit records with Kai's own words written down |
| Serve child abduction warning notices on the two men seen with Kai, and patrol the bus station underpass and Nimmo Street | DS Ravi Lal, Nallowby Police Exploitation Team | Notices served by 30 May 2025; patrols every Friday and Saturday, 6pm to midnight, until the review conference | Dates the notices were served, and the patrol log with any sighting of Kai, shared at each core group |
| Location assessment of the underpass and the Chicken Palace takeaway with Community Safety, the council's CCTV team and the takeaway owner | Meg Arden, Contextual Safeguarding Coordinator | By 13 June 2025 | Written location assessment with actions (lighting, CCTV, staff briefing) shared with the core group |
| Detached and one-to-one youth work with Kai, including a Tuesday evening motorbike maintenance group at the Nallowby Youth Hub | Jordan Pike, youth worker, Nallowby Youth Service | Twice a week, Tuesday and Thursday evenings, from 20 May | Youth Hub register shows Kai at 6 or more of the 8 sessions each month; session notes sent to Hannah |
| One-to-one sessions with Kai about his cannabis use, at school or at the Youth Hub | Rowan Tate, Switch (Nallowby Young People's Substance Service) | Fortnightly from 21 May until the review conference | Session notes with Kai's own count of how many days a week he smokes, sent to Hannah before each core group |
| Meet Kai at the gate at 8.40am and at 3.10pm, and give him lunchtimes in the learning hub | Mr Dev Chauhan, head of Year 10, Nallowby Academy | Every school day from Monday 19 May | Weekly attendance printout emailed to Hannah each Friday, with attendance at 90% or more |
| Meet Kai and his mum to plan his Year 11 options and a college taster day for the mechanics course | Sian Holt, careers adviser, Nallowby Academy | By 11 July 2025 | Written careers plan on Kai's school file; taster day booked with Nallowby College |
| Sessions with Lisa and Marcus on criminal exploitation, how to respond when Kai comes home late, and a written family safety plan | FSW Omar Reece, Nallowby Family Hub | Weekly for 6 weeks from the week of 19 May | Session notes, and the family safety plan on the fridge, seen by Hannah at her next visit |

## If things go wrong

If Kai is missing overnight, is found in Nethercaster or with either of the two men, is arrested
with drugs or cash, or comes home hurt, the police will be called straight away and Hannah (or the
emergency duty team out of hours) will hold a strategy discussion the same day. If it is not safe for
Kai to go home because the men know where he lives, he will stay with his aunt, Dionne Brennan, in
Nedderfield; if Dionne cannot have him, Hannah will arrange an emergency placement outside Nallowby that
day. If Kai goes missing overnight three more times before the review conference, or is found
carrying a weapon, Hannah will ask her team manager for a legal planning meeting within 5 working days.

## Meetings

- Core group every three weeks, 4pm at Nallowby Academy: Tuesday 3 June, Tuesday 24 June and Tuesday 15 July 2025.
- Review child protection conference: Tuesday 5 August 2025, 10am, Nallowby Civic Centre.

Plan typed by Hannah Crowe (SW) on 14 May 2025 and sent to Lisa, Marcus, Kai and every agency above.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Domestic abuse, first review conference: perpetrator programme, IDVA,
#    MARAC, Talking Therapies asked about change (pdf, header and footer,
#    exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b81_nethercaster_domestic_abuse_review_plan_hallam.pdf",
    "doc_title": "Review Child Protection Plan - Tia and Owen Hallam",
    "split": "tune",
    "actions": 10,
    "template": "rcpc-plan-paged-kv-details-progress-views-outcomes-then-no-what-named-person-when-how-we-will-know-table",
    "description": (
        "First review conference plan for a 13-year-old and a 10-year-old after their father strangled "
        "their mother in front of them (father moved out; case heard at MARAC, which has already met). "
        "No. | What we will do | Named person | When | How we will know table: the father on a 26-week "
        "perpetrator programme with a report on whether he accepts responsibility, the IDVA updating the "
        "DASH and safety plans, a MARAC sanctuary-scheme action for the housing officer, the mother's "
        "Freedom Programme, and Talking Therapies treating her anxiety and asked to report on whether she "
        "is making the changes needed and how long that will take (not H001). The paternal grandmother "
        "supervises contact and the contingency says what happens if she cannot. Header and page footer "
        "on every page. Exemplary."
    ),
    "header": "OFFICIAL-SENSITIVE · Nethercaster Borough Council · Children's Safeguarding Service",
    "footer": "Review child protection plan – Tia and Owen Hallam – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – First Review"),
        ("kv", [
            ("Children", "Tia Hallam (13), Year 8, Nethercaster High School; Owen Hallam (10), Year 5, Nook Lane "
                         "Primary"),
            ("Mother", "Chloe Hallam (36). Tia and Owen live with her at 7 Nutbrook Close, Nethercaster."),
            ("Father", "Steven Hallam (39), living with his mother, Pat Hallam, in Nunsfield since 10/02/2025. "
                       "A non-molestation order protects Chloe and the children until 09/02/2026."),
            ("Initial conference", "Tuesday 18/02/2025 (category: emotional abuse)"),
            ("This conference", "First review child protection conference, Tuesday 20/05/2025"),
            ("Social worker", "Joel Adebayo, Nethercaster Children's Safeguarding Service"),
            ("Chair", "Ruth Okonedo, Independent Reviewing Officer"),
        ]),
        ("h1", "Why Tia and Owen have a plan"),
        ("p", "On Sunday 9 February Steven put his hands round Chloe's neck in the kitchen during an argument "
              "about money. Tia tried to pull him away and was pushed into the fridge; Owen hid upstairs and "
              "rang his nan. Police arrested Steven, and he has not lived at Nutbrook Close since. Chloe says "
              "there had been shouting, name-calling and smashed phones for about five years. Her DASH score "
              "was 17 and the case was heard at the Nethercaster MARAC on Thursday 10 April. Since February "
              "Chloe has had panic attacks and has found it hard to leave the house; her GP referred her to "
              "Nethercaster Talking Therapies."),
        ("h1", "What has changed since February"),
        ("bullets", [
            "The MARAC met on 10 April and agreed a police marker on the address and a sanctuary-scheme "
            "referral; the marker is in place.",
            "Steven started the Change Project on 4 March and has been to 10 of the 11 sessions so far.",
            "Chloe started the Freedom Programme on 8 May and has been to both sessions.",
            "Contact between the children and their dad has gone ahead at Pat's house every other Saturday "
            "since March without any incident reported.",
            "Tia's attendance is back to 97%. Owen has been in two fights at school since Easter.",
        ]),
        ("h1", "What Tia and Owen have told us"),
        ("p", "Tia (seen on her own at school, 13 May): \"It's calmer. I don't have to listen out for the car "
              "any more.\" She said she still gets \"a tight feeling\" when her mum's phone rings late, and "
              "that she wants to see her dad \"but only at Nan's\". She wants Mrs Osei to stay as her person "
              "at school and does not want counselling \"with someone I don't know\"."),
        ("p", "Owen (seen at home, 8 May, and at school, 15 May): he put home at 7 out of 10, \"because Mum is "
              "sad sometimes\". He said he fights at school when people \"say stuff about my dad\". He loves "
              "the Saturdays at his nan's and wants his dad to \"finish his course so he can come to my "
              "football\"."),
        ("h1", "What we want for Tia and Owen by the next review"),
        ("bullets", [
            "Tia and Owen live at home without violence, threats or shouting, and both tell us they feel safe there.",
            "They see their dad only in the way agreed, and always know when and where contact will be.",
            "Owen can manage his anger at school without fighting, and Tia has an adult at school she talks to.",
            "Tia and Owen are cared for by a mum who can get out of the house, do the school run and take them "
            "to football and swimming.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "What we will do", "Named person", "When", "How we will know"],
            "widths": [1.0, 5.0, 3.4, 3.6, 4.0],
            "rows": [
                ["1", "See Tia and Owen on their own, at home and at school, and ask each of them about home, "
                      "contact with their dad and how they are sleeping",
                 "SW Joel Adebayo", "Every two weeks until the next review conference",
                 "Visit records with each child's own words written down"],
                ["2", "Repeat the DASH risk checklist and update Chloe's safety plan with her; go through a "
                      "simple safety plan with Tia and Owen (who they ring, where they go)",
                 "Leanne Fox, IDVA, Nethercaster Domestic Abuse Service",
                 "By Friday 06/06/2025, then a monthly call with Chloe until the next review",
                 "Written safety plans on file; new DASH score sent to the SW and the MARAC coordinator"],
                ["3", "Complete the Change Project, including the sessions on the effect of abuse on children",
                 "Steven Hallam; facilitator Mark Gill reports to the SW",
                 "Every Tuesday evening until the course ends on 26/08/2025",
                 "Monthly attendance record; written report at week 20 (by 22/07/2025) on whether Steven "
                 "accepts responsibility and what that means for Tia's and Owen's safety"],
                ["4", "Freedom Programme, so Chloe can recognise controlling behaviour and keep the children "
                      "away from it",
                 "Chloe Hallam", "Thursday mornings, 08/05/2025 to 24/07/2025",
                 "Attendance sheet sent to the SW at the end of each month"],
                ["5", "CBT for Chloe's anxiety and panic attacks, with a written report on whether she is "
                      "making the changes she needs to care for Tia and Owen and how long that is likely to take",
                 "Kezia Moor, CBT therapist, Nethercaster Talking Therapies",
                 "12 weekly sessions from w/c 02/06/2025; report by the core group on 16/07/2025",
                 "GAD-7 scores and the written report sent to the SW"],
                ["6", "Supervise Tia's and Owen's contact with their dad at her home, and make sure Steven is "
                      "never alone with them or takes them out",
                 "Pat Hallam (paternal grandmother)",
                 "Every other Saturday, 10am to 1pm",
                 "Pat's contact log (who came, how the children were) emailed to the SW after each contact"],
                ["7", "Tell the SW about any call-out to Nutbrook Close or any breach of the non-molestation order",
                 "DS Nadia Shah, Nethercaster Police Domestic Abuse Unit",
                 "Within 24 hours of each call-out or breach",
                 "Email to the SW; each one logged on the children's file"],
                ["8", "Sanctuary scheme (MARAC action): fit a reinforced front door, a door chain and a video "
                      "doorbell at Nutbrook Close",
                 "Tom Nield, housing officer, Nethercaster Homes", "By Friday 13/06/2025",
                 "Work order signed off; photos sent to the SW and the IDVA"],
                ["9", "Check in with Tia about school, sleep and home, and pass on anything she says about home",
                 "Mrs Lena Osei, DSL, Nethercaster High School",
                 "Every Monday morning in term time until the next review",
                 "Check-in notes; anything about home passed to the SW the same day; attendance stays at 95% "
                 "or above"],
                ["10", "ELSA sessions for Owen on worries and anger, with a plan for what he does when other "
                       "children talk about his dad",
                 "Miss Ruth Yardley (ELSA), Nook Lane Primary",
                 "Every Thursday afternoon in term time until the summer holidays (18/07/2025)",
                 "ELSA log; behaviour log shows how many fights Owen has been in each half-term, sent to the SW"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Steven comes to Nutbrook Close, contacts Chloe or the children outside the agreed contact, "
              "or breaches the order in any other way, Chloe will ring 999, contact will stop, and Joel (or the "
              "emergency duty team out of hours) will hold a strategy discussion the same day. If Chloe and "
              "the children cannot stay safely at home, the IDVA will find them a refuge place that day."),
        ("p", "If Pat cannot supervise a contact, or Steven breaks the contact rules at her house, that "
              "contact will not go ahead and Joel will arrange supervised contact at Nethercaster Family "
              "Centre within two weeks."),
        ("p", "If there is any further violence or breach of the order before the next review, or the week "
              "20 report says Steven does not accept responsibility for the abuse, Joel will ask his team "
              "manager for a legal planning meeting within 5 working days."),
        ("h1", "Core group and next review"),
        ("p", "The core group meets every 6 weeks at Nook Lane Primary, 3.30pm: Wednesday 04/06/2025, "
              "Wednesday 16/07/2025, Wednesday 27/08/2025 and Wednesday 08/10/2025. Next review child "
              "protection conference: Tuesday 18/11/2025, 10am, Nethercaster Town Hall."),
        ("p", "Plan written by Joel Adebayo (SW) and agreed with the chair on 21/05/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Review plan copied from the initial plan with an update written into
#    each row ("Update 12/05: ...", "Carried forward", "Completed"), new rows
#    added at the end (docx, landscape)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b81_nimbleford_review_plan_rows_updated_carver.docx",
    "doc_title": "Review Child Protection Conference - Updated Plan - Jayden and Maisie Carver",
    "split": "tune",
    "actions": 12,
    "template": "rcpc-plan-docx-landscape-initial-plan-table-copied-with-update-column-completed-and-carried-forward-rows-new-rows-added",
    "description": (
        "First review plan for a 14-year-old and an 11-year-old (father's drinking, mother's depression), "
        "made by copying the initial plan's table and writing an update into a last column of each row "
        "('Update 12/05: ...', 'Carried forward', 'Completed 19/02/2025'), with new rows added at review. "
        "The two completed rows are work already done (one has an empty measure and is not M001). A row "
        "whose date has passed but is carried forward still has a timescale. Faults: 'Monitored' (M002), "
        "the CMHT only supporting the mother (H001) while a new CMHT psychology row assesses change, "
        "'Ongoing' and 'TBC' (T002), 'Family' as owner (W002), a new parenting assessment with no measure "
        "(M001), a passive CAMHS referral with no owner (W001), two outcomes about the parents only "
        "(F002), the aunt and grandfather carrying care with no fallback (C003), and no legal step (R002)."
    ),
    "landscape": True,
    "blocks": [
        ("title", "Review Child Protection Conference – Updated Plan"),
        ("p", "Nimbleford Metropolitan Council · Children and Families · Safeguarding Team East"),
        ("kv", [
            ("Children", "Jayden Carver (14), Year 9, Nimbleford Community College; Maisie Carver (11), Year 6, "
                         "Nadgett Primary"),
            ("Parents", "Shaun Carver (44) and Kerry Carver (40), 31 Nobbs Lane, Nimbleford"),
            ("Initial conference", "Tuesday 11/02/2025 (category: neglect)"),
            ("This conference", "First review, Monday 12/05/2025, Nimbleford Civic Offices"),
            ("Social worker", "Priya Nandra"),
            ("Chair", "Graham Ellery, Conference Chair"),
        ]),
        ("h1", "Progress since the initial conference"),
        ("p", "Shaun was referred to the Nimbleford Alcohol Service in February and has been going to key work, "
              "but he told conference he still drinks \"a few cans most nights\" and two breath tests in March "
              "were positive. Kerry has been open to the Nimbleford CMHT since January for depression and is on "
              "sertraline; she says some days she cannot get out of bed. The house is cleaner than it was in "
              "February and there is food in the cupboards. Jayden's attendance has improved but he has been "
              "cutting his arms, which his form tutor noticed in April. Maisie is still late most weeks."),
        ("h1", "What Jayden and Maisie say"),
        ("p", "Jayden (seen alone at college, 6 May): \"Dad's better than he was but he still gets loud. I just "
              "go to my room and game.\" He showed Priya the marks on his arm and said he does it \"when my "
              "head's full\". He would talk to someone at CAMHS \"if it's not in school\". He likes Friday "
              "nights at Aunty Julie's best because \"it's quiet and she does proper tea\"."),
        ("p", "Maisie (seen at home, 29 April): she said she makes her mum a cup of tea in the morning and "
              "\"checks she's getting up\" before school, and that's why she is late. She drew her family with "
              "herself holding her mum's hand. She wants \"Mum to be happy again\" and wants Grandad to keep "
              "picking her up."),
        ("h1", "Decision"),
        ("p", "Conference agreed that Jayden and Maisie remain at risk of significant harm through neglect and "
              "that the plan continues. The outcomes below are the ones agreed at the initial conference."),
        ("h1", "Outcomes (from the initial plan)"),
        ("bullets", [
            "Jayden and Maisie are in school every day and on time.",
            "Jayden and Maisie are looked after by a sober adult every evening.",
            "Maisie does not have to look after her mum in the mornings.",
            "Shaun will cut down his drinking.",
            "Kerry's mood will improve.",
        ]),
        ("h1", "The plan with updates"),
        ("p", "The table is the plan from the initial conference, copied across with an update on each action. "
              "Rows marked as completed are kept so the core group can see what has been done. New actions "
              "agreed at this review are at the end."),
        ("table", {
            "header": ["No.", "Action (agreed at ICPC 11/02/2025)", "Who", "By when", "How we will know",
                       "Update at review (12/05/2025)"],
            "widths": [1.0, 6.5, 4.0, 3.4, 5.0, 5.8],
            "rows": [
                ["1", "Visit Jayden and Maisie at home and see each of them on their own, writing down what "
                      "they say",
                 "SW Priya Nandra", "Every two weeks",
                 "Visit records with each child's words",
                 "Update 12/05: 6 of 7 visits done; Jayden would not be seen alone once. Carried forward."],
                ["2", "Refer Shaun to the Nimbleford Alcohol Service",
                 "SW Priya Nandra", "By 28/02/2025",
                 "Referral accepted letter on file",
                 "Completed 19/02/2025 – referral accepted."],
                ["3", "Key work sessions and breath tests for Shaun",
                 "Ben Ruddock, keyworker, Nimbleford Alcohol Service", "Fortnightly",
                 "Monitored",
                 "Update 12/05: Ben says Shaun is trying hard. Carried forward."],
                ["4", "Support Kerry with her low mood through home visits",
                 "Nadia Fisher, care coordinator, Nimbleford CMHT", "Fortnightly",
                 "Appointments attended, recorded in the CMHT diary",
                 "Carried forward."],
                ["5", "Track Jayden's attendance and punctuality and share it with the SW",
                 "Mr Alan Brody, head of Year 9", "Ongoing",
                 "Attendance printout sent to the SW",
                 "Update 12/05: attendance up from 78% to 86% this term. Carried forward."],
                ["6", "Young carer's assessment for Maisie",
                 "Lucy Pratt, Nimbleford Young Carers", "By 31/03/2025",
                 "Assessment report shared with the SW",
                 "Update 12/05: not started because of the service's waiting list. Carried forward."],
                ["7", "Make sure Maisie gets to school on time",
                 "Family", "Every school day",
                 "Late book shows Maisie in by 8.50am",
                 "Update 12/05: late 4 times this half-term. Carried forward."],
                ["8", "Health review for Jayden and Maisie, including their teeth",
                 "Jo Kemp, school nurse", "By 30/04/2025",
                 "",
                 "Completed 03/04/2025: both children seen."],
                ["9", "Have Jayden and Maisie to stay every Friday night so Shaun and Kerry get a break",
                 "Julie Carver (paternal aunt)", "Every Friday night",
                 "Children tell the SW about their weekend at each visit",
                 "Update 12/05: every Friday since March except one. Carried forward."],
                ["10", "Collect Maisie from school and give her tea",
                 "Terry Carver (paternal grandfather)", "Every Tuesday and Thursday in term time",
                 "School collection log",
                 "Carried forward."],
                ["11", "Parenting assessment of Shaun and Kerry",
                 "SW Priya Nandra", "By 30/06/2025",
                 "",
                 "New at review."],
                ["12", "Referral to CAMHS about Jayden's low mood and cutting",
                 "", "By 23/05/2025",
                 "CAMHS acceptance letter on file",
                 "New at review."],
                ["13", "School counselling sessions for Maisie about her worries at home",
                 "Mrs Amy Dale, school counsellor, Nadgett Primary", "TBC",
                 "Session log kept by the counsellor, with Maisie's own worry score out of 10",
                 "New at review; the counsellor has a waiting list."],
                ["14", "Psychological assessment of Kerry, with a report on whether she can make the changes "
                       "Jayden and Maisie need and how long that is likely to take",
                 "Dr Simon Hale, clinical psychologist, Nimbleford CMHT", "Report by 04/08/2025",
                 "Written report sent to the SW and read at the core group",
                 "New at review."],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Shaun is drunk while he is looking after the children, or Kerry is too unwell to get them up "
              "and to school, Jayden and Maisie will go to their aunt Julie Carver's house in Nashgrove and the "
              "SW (or the emergency duty team out of hours) will hold a strategy discussion the same day. If "
              "Shaun has not cut down his drinking by the next review, conference will look again at whether "
              "the plan is working."),
        ("h1", "Core group and next review"),
        ("p", "Core group every 4 weeks, 4pm, Nimbleford Community College: Monday 09/06/2025, Monday "
              "07/07/2025, Monday 04/08/2025 and Monday 01/09/2025. Next review child protection conference: "
              "Monday 10/11/2025, 10am, Nimbleford Civic Offices."),
        ("p", "Updated plan typed by Priya Nandra (SW) on 13/05/2025."),
    ],
    "findings": [
        F("F002", "Shaun will cut down his drinking."),
        F("F002", "Kerry's mood will improve."),
        F("M002", "Key work sessions and breath tests for Shaun"),
        F("H001", "Support Kerry with her low mood through home visits"),
        F("T002", "Track Jayden's attendance and punctuality and share it"),
        F("W002", "Make sure Maisie gets to school on time"),
        F("M001", "Parenting assessment of Shaun and Kerry"),
        F("W001", "Referral to CAMHS about Jayden's low mood and cutting"),
        F("T002", "School counselling sessions for Maisie about her worries"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Core group action log, actions numbered by meeting (CG2.1 ... CG3.10),
#    family about to move to another local authority (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b81_noxwell_core_group_action_log_quinn.txt",
    "split": "tune",
    "actions": 10,
    "template": "core-group-3-action-log-txt-meetings-held-list-previous-actions-with-status-then-cg-numbered-actions-who-by-when-how-we-will-know-lines",
    "description": (
        "Core group 3 action log for a 14-year-old and an 8-year-old on a neglect plan, with the family "
        "moving to another local authority at the end of the month. Actions are numbered by meeting "
        "(CG2.1-CG2.3 with their status, then CG3.1-CG3.10 with WHO / BY WHEN / HOW WE'LL KNOW lines). "
        "The CG2 actions marked done and the list of meetings held are not actions; the mother's heroin "
        "use ended in 2018 and Brandon's cannabis use is his own (no F004). Visits continue until the "
        "transfer-in conference (not X001), but the ADHD referral is left for the receiving authority "
        "(X001). Also 'TBC' (T002), a mentoring row with no timescale (T001), 'engagement' (M002), a passive school application (W001), "
        "'All professionals' (W002), an empty measure (M001); no outcomes (O001), no contingency (C001), "
        "the review conference 'to be confirmed' (R001) and no legal step (R002)."
    ),
    "text": """\
NOXWELL BOROUGH COUNCIL
Children's Services - Family Safeguarding Team 2

CORE GROUP ACTION LOG
==========================================================================
Children ..... Brandon QUINN (14)  DOB 17/02/2011  Noxwell Park School, Yr 9
               Ellie QUINN (8)     DOB 05/09/2016  Nuncote Junior School, Yr 3
Address ...... 14 Nudge Lane, Noxwell
Parents ...... Sam Quinn (mum, 33); Wayne Pollard (Sam's partner, 35),
               living at the address since 2019
Plan ......... Child protection plan, category neglect, since the initial
               conference on 08/04/2025
SW ........... Kirsty Adair
Meeting ...... Core group 3, Tuesday 03/06/2025, 3.45pm, Noxwell Park School
==========================================================================

PRESENT
  Kirsty Adair (SW, chair); Sam Quinn; Wayne Pollard; Mr Idris Khan
  (learning mentor, Noxwell Park); Mrs Helen Blake (DSL, Nuncote Juniors);
  Gail Ferris (school nurse). Apologies: Brandon (at school, seen before).

MEETINGS HELD SO FAR
  CG1   Tuesday 22/04/2025   Noxwell Park School
  CG2   Tuesday 13/05/2025   Nuncote Junior School
  CG3   Tuesday 03/06/2025   Noxwell Park School (this meeting)

--------------------------------------------------------------------------
1. UPDATES
--------------------------------------------------------------------------
Home: new beds and bedding for both children were delivered on 16/05.
The kitchen is cleaner but the back bedroom is still full of bags and the
dog's mess was on the landing at the SW's visit on 29/05.

Sam used heroin and crack cocaine between 2012 and 2018. She finished
treatment with the Noxwell Recovery Service in 2018, has not used since and
is no longer open to any drug service. There are no current concerns about
drug use by Sam or Wayne.

Brandon: two fixed-term exclusions this term for walking out of lessons and
swearing at staff. He told Mr Khan he smokes cannabis "most weekends" with
older boys from the estate. School have asked for an ADHD assessment.

Ellie: attendance 91%. Staff have sent her home twice with head lice and she
often has no PE kit. She squints at the board and has not had an eye test.

Move: Sam and Wayne have accepted a council house in Nuttingdale and will
move on Monday 30/06/2025. Nuttingdale County Council has been told and the
case will transfer to them.

--------------------------------------------------------------------------
2. WHAT BRANDON AND ELLIE SAY
--------------------------------------------------------------------------
Brandon (seen by the SW at school, 02/06): "Everyone's on at me. I'm not
the only one who smokes weed." He is "buzzing" about moving because he
will have his own room, but he does not want to leave his mates. He said
school would be better "if they didn't make me sit next to the teacher".

Ellie (seen by the SW at home, 29/05): she showed the SW her new bed and
said it was "the best bed in the world". She gets "itchy hair" and the
other girls won't sit with her. She wants a "pink room" in the new house
and is worried about starting a new school.

--------------------------------------------------------------------------
3. ACTIONS FROM CORE GROUP 2 (13/05/2025)
--------------------------------------------------------------------------
CG2.1  SW to arrange beds and bedding for both children through the
       Noxwell Family Fund.
       STATUS: Done 16/05/2025 - beds delivered, photos on file.

CG2.2  Wayne to take Ellie to the dentist for the check-up she missed.
       STATUS: Done 27/05/2025 - check-up done, no treatment needed.

CG2.3  School nurse to see Ellie about her head lice, height and weight.
       STATUS: Not done - carried forward as CG3.2.

--------------------------------------------------------------------------
4. ACTIONS AGREED AT CORE GROUP 3
--------------------------------------------------------------------------
CG3.1  SW to see Brandon and Ellie on their own, at home and at school,
       and keep visiting until the transfer-in conference in Nuttingdale.
       WHO ............ Kirsty Adair (SW)
       BY WHEN ........ weekly until the transfer-in conference
       HOW WE'LL KNOW . visit notes with each child's own words

CG3.2  Health check for Ellie: head lice treatment, height, weight and
       a talk with her about keeping her hair clean.
       WHO ............ Gail Ferris, school nurse
       BY WHEN ........ TBC
       HOW WE'LL KNOW . results and treatment sent to the SW

CG3.3  Sam to take Ellie to the optician for an eye test and glasses.
       WHO ............ Sam Quinn
       BY WHEN ........ by 20/06/2025 (date agreed at CG3)
       HOW WE'LL KNOW . Ellie wearing her glasses in class (DSL to confirm)

CG3.4  Referral of Brandon to Noxwell Young People's Drug Service about
       his cannabis use.
       WHO ............ Kirsty Adair (SW)
       BY WHEN ........ by 10/06/2025
       HOW WE'LL KNOW . Brandon's engagement with the service

CG3.5  Referral for Brandon's ADHD assessment to be left for the
       Nuttingdale social worker to make once the case has transferred.
       WHO ............ Nuttingdale Children's Services
       BY WHEN ........ after transfer
       HOW WE'LL KNOW . referral accepted by Nuttingdale CAMHS

CG3.6  A school place for Ellie at a Nuttingdale junior school to be
       applied for before the move.
       WHO ............ -
       BY WHEN ........ before the move on 30/06/2025
       HOW WE'LL KNOW . school place offer letter on file

CG3.7  Share any concern about Ellie's hygiene, hunger or missing PE kit
       with the SW.
       WHO ............ All professionals
       BY WHEN ........ same day
       HOW WE'LL KNOW . each concern logged on the children's file by the SW

CG3.8  Clear the back bedroom and keep the landing free of dog mess.
       WHO ............ Sam Quinn and Wayne Pollard
       BY WHEN ........ by CG4 (24/06/2025)
       HOW WE'LL KNOW . -

CG3.9  Send the chronology, assessments and this log to Nuttingdale and
       ask for a transfer-in conference date.
       WHO ............ Paul Kerr, team manager
       BY WHEN ........ by 13/06/2025
       HOW WE'LL KNOW . transfer-in conference date confirmed in writing

CG3.10 Mentoring sessions with Brandon about his behaviour and the two
       exclusions, and an exit card he can show instead of walking out.
       WHO ............ Mr Idris Khan, learning mentor, Noxwell Park School
       BY WHEN ........ -
       HOW WE'LL KNOW . mentor's notes and Brandon's card plan shared with
                        the SW

--------------------------------------------------------------------------
5. NEXT MEETINGS
--------------------------------------------------------------------------
Next core group (CG4): Tuesday 24/06/2025, 3.45pm, Noxwell Park School.
Review child protection conference: to be confirmed once Nuttingdale has
agreed the transfer.

Log typed by Kirsty Adair (SW) on 04/06/2025 and sent to everyone present.
""",
    "findings": [
        F("T002", "Health check for Ellie: head lice treatment, height, weight"),
        F("M002", "Referral of Brandon to Noxwell Young People's Drug Service"),
        F("X001", "Referral for Brandon's ADHD assessment to be left"),
        F("W001", "A school place for Ellie at a Nuttingdale junior school"),
        F("W002", "Share any concern about Ellie's hygiene, hunger or missing"),
        F("M001", "Clear the back bedroom and keep the landing free"),
        F("T001", "Mentoring sessions with Brandon about his behaviour"),
        F("O001"),
        F("C001"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Child in need plan stepped down from child protection: an agency table
#    with proper columns, and a family-network table whose second column is
#    one wide cell of prose per action (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b81_nurrowdale_cin_stepdown_network_prose_adeyemi.docx",
    "doc_title": "Child in Need Plan (step-down from child protection) - Precious and Daniel Adeyemi",
    "split": "tune",
    "actions": 11,
    "template": "cin-stepdown-plan-docx-agency-table-what-who-when-how-we-will-know-beside-network-table-ref-plus-one-wide-prose-cell",
    "description": (
        "Child in need plan for a 13-year-old young carer and her 9-year-old brother, made when their "
        "child protection plan (neglect; mother's depression) ended at review after nine months. An "
        "agency table with proper What | Who | When | How we will know columns sits beside a family "
        "network table whose one wide cell per row holds owner, timescale and measure in prose. Faults: "
        "'Funmi tells the SW she feels better' (M002), 'As and when places come up' (T002), an empty "
        "measure and a prose row with no measure (M001 x2), a passive referral with no owner (W001), an "
        "uncle's prose row with no timescale (T001), 'the family network' as owner (W002), an outcome "
        "about the mother only (F002), the mother's depression with only the mother owning her GP "
        "appointments (F004), a contingency that only 'considers' and has no fallback for the relatives "
        "the plan relies on (C002, C003), meetings 'to be arranged' with no review date (R001), and no "
        "legal step (R002)."
    ),
    "blocks": [
        ("title", "Child in Need Plan"),
        ("p", "Nurrowdale District Council · Children's Services · Nurrowdale South Locality Team"),
        ("kv", [
            ("Children", "Precious Adeyemi (13), Year 8, Nurrowdale High School; Daniel Adeyemi (9), Year 4, "
                         "Nantock Primary School"),
            ("Mother", "Funmi Adeyemi (38), 5 Nightjar Walk, Nurrowdale. The children's father lives abroad "
                       "and has had no contact since 2019."),
            ("Family network", "Bisi Okafor (Funmi's sister) and Tunde Okafor (Bisi's husband), Nantfield"),
            ("History", "Child protection plan (neglect) from 14/10/2024. The review conference on "
                        "07/07/2025 ended the plan and agreed a child in need plan."),
            ("Social worker", "Martha Quist"),
            ("Date of plan", "Wednesday 09/07/2025"),
        ]),
        ("h1", "Why the child protection plan ended"),
        ("p", "When the plan started last October, Funmi's depression meant she was in bed most days, Daniel "
              "was often late or absent, and Precious (then 12) was doing the cooking, the washing and the "
              "school run. Since then Funmi has started antidepressants from her GP, has gone back to work "
              "two nights a week at a care home, and Bisi and Tunde have been much more involved. Daniel's "
              "attendance is now 95% and Precious has started going to Guides again. Funmi still has low "
              "days, is on the waiting list for counselling with Nurrowdale Talking Therapies, and says she "
              "worries about coping over the summer holidays."),
        ("h1", "What Precious and Daniel say"),
        ("p", "Precious (seen alone at school, 1 July): \"It's loads better. Mum gets up now and I don't have "
              "to do Daniel's packed lunch every day.\" She still checks on her mum when she gets in and "
              "worries \"when she goes quiet\". She wants to keep going to Guides and to go on the camp in "
              "August."),
        ("p", "Daniel (seen at home, 3 July): he said he likes it when Uncle Tunde reads with him, and that "
              "\"Mummy laughs more\". He still wets the bed some nights and does not want his friends to "
              "know. He wants to go to the after-school club \"like everyone else\"."),
        ("h1", "What we want for Precious and Daniel"),
        ("bullets", [
            "Precious has time for school, Guides and her friends, and is not the one running the house.",
            "Daniel gets to school every day and on time, and gets help with his bedwetting.",
            "Both children have an adult to go to when their mum is having a low day.",
            "Funmi feels well enough to manage the house and the bills.",
        ]),
        ("h1", "The plan"),
        ("h2", "What the professionals and Funmi will do"),
        ("table", {
            "header": ["What needs to happen", "Who", "When", "How we will know"],
            "widths": [6.0, 3.6, 3.4, 4.0],
            "rows": [
                ["Visit Precious and Daniel at home and see each of them on their own",
                 "SW Martha Quist", "Every 4 weeks until the plan closes",
                 "Visit notes with each child's own words"],
                ["Keep her GP appointments for her antidepressants",
                 "Funmi Adeyemi", "Monthly",
                 "Funmi tells the SW she feels better"],
                ["Check in with Precious about home, school and looking after her mum",
                 "Mrs Joy Nkemelu, pastoral lead, Nurrowdale High School", "Every Friday lunchtime in term time",
                 "Check-in notes; anything about home passed to the SW"],
                ["Young carers group for Precious at the Nurrowdale Young Carers project",
                 "Kate Bell, Nurrowdale Young Carers", "As and when places come up",
                 "Young carers group register"],
                ["Book Daniel into the after-school club at Nantock Primary on Mondays and Wednesdays",
                 "Funmi Adeyemi", "From Monday 08/09/2025",
                 "After-school club register"],
                ["Help Funmi with a benefits check and a plan to pay off the rent arrears",
                 "FSW Lewis Ngata, Nurrowdale Family Hub", "By 31/07/2025",
                 ""],
                ["Referral for Daniel to the school nursing service about his bedwetting",
                 "", "By 25/07/2025",
                 "Referral accepted; first appointment date on file"],
            ],
        }),
        ("h2", "What family and friends will do"),
        ("table", {
            "header": ["Ref", "Who will do what, when, and how we will know"],
            "widths": [1.4, 15.6],
            "rows": [
                ["F1", "Aunty Bisi Okafor will have Precious and Daniel at her flat in Nantfield every Saturday "
                       "from 10am to 4pm, so that Funmi can rest and Precious can see her friends; the children "
                       "will tell the SW about their Saturdays at each visit."],
                ["F2", "Uncle Tunde Okafor will help Daniel with his reading and his homework, and will sign "
                       "Daniel's reading record so that school can see an adult has read with him."],
                ["F3", "The family network will make sure Precious is never left to look after Daniel overnight, "
                       "taking turns to sleep at Nightjar Walk on the nights Funmi works at the care home "
                       "(Tuesdays and Thursdays); the rota will be on the fridge and the SW will check it at "
                       "each visit."],
                ["F4", "Aunty Bisi Okafor will go with Funmi to her first counselling appointment at "
                       "Nurrowdale Talking Therapies on Tuesday 22 July."],
            ],
        }),
        ("h1", "If things start to slip"),
        ("p", "If things start to slip, or there are new worries about Precious or Daniel, the SW will discuss "
              "this with her manager and consider whether a strategy discussion or a new child protection "
              "conference is needed."),
        ("h1", "Meetings"),
        ("p", "Child in need meetings will be arranged by the SW with Funmi, Bisi and both schools. The plan "
              "will be reviewed regularly and closed when everyone agrees the children no longer need it."),
        ("p", "Plan written by Martha Quist (SW) and shared with Funmi, Precious and Daniel on 09/07/2025."),
    ],
    "findings": [
        F("F002", "Funmi feels well enough to manage the house and the bills."),
        F("M002", "Keep her GP appointments for her antidepressants"),
        F("T002", "Young carers group for Precious at the Nurrowdale Young Carers project"),
        F("M001", "Help Funmi with a benefits check and a plan"),
        F("W001", "Referral for Daniel to the school nursing service"),
        F("T001", "Uncle Tunde Okafor will help Daniel with his reading"),
        F("W002", "The family network will make sure Precious is never left"),
        F("M001", "will go with Funmi to her first counselling appointment"),
        F("F004"),
        F("C002"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Second review plan for a looked-after 15-year-old in hospital after a
#    stabbing: a "Ryan in hospital" table of wide prose cells beside a plan
#    table with proper columns (pdf, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b81_nesterby_lac_hospital_stabbing_review_whitlock.pdf",
    "doc_title": "Second Review Child Protection Plan - Ryan Whitlock",
    "split": "tune",
    "actions": 11,
    "template": "rcpc-plan-paged-looked-after-in-hospital-prose-cell-table-beside-no-action-lead-by-when-evidence-table",
    "description": (
        "Second review conference plan for a 15-year-old, looked after under section 20 in a children's "
        "home because of criminal exploitation, now on a trauma ward after being stabbed. A 'While Ryan is "
        "in hospital' table has one wide prose cell per action, beside a plan table with proper No. | "
        "Action | Lead | By when | Evidence columns. Nobody is set to visit Ryan at a stated frequency: "
        "the SW rings the ward weekly and his mum may visit 'when she feels able' (L001); the SW's past "
        "visit to the ward is not a scheduled one. His cannabis sessions are about his own use (no F004). "
        "Faults: a bedroom and ramp with no timescale (T001), 'when she feels able' and 'Ongoing' (T002 "
        "x2), a police account with no measure (M001), a passive visitors list with no owner (W001), 'YOT "
        "worker to monitor' (M002), 'All agencies' (W002). Header and page footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE – Nesterby County Council – Children in Care and Safeguarding",
    "footer": "Ryan Whitlock – second review plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Second Review"),
        ("kv", [
            ("Young person", "Ryan Whitlock, 15 (DOB 22/08/2009)"),
            ("Legal status", "Looked after under section 20 since 17/03/2025; placed at Nesterby Lodge "
                             "children's home. His mum, Tanya Whitlock, agreed to the placement."),
            ("Where Ryan is now", "Ward 12 (trauma and orthopaedics), Nesterby General Hospital, since "
                                  "Saturday 31/05/2025"),
            ("Mother", "Tanya Whitlock (41), 9 Nobbold Court, Nesterby, with Ryan's sister Kayla (11)"),
            ("Conferences", "Initial 06/12/2024; first review 06/03/2025; this review Thursday 05/06/2025 "
                            "(category: physical abuse – child criminal exploitation)"),
            ("Social worker", "Carl Doherty, Nesterby Children in Care Team"),
            ("Chair", "Yvonne Achebe, Independent Reviewing Officer"),
        ]),
        ("h1", "What has happened since the last review"),
        ("p", "Ryan settled at Nesterby Lodge in March and went missing only twice in April, both times "
              "coming back the same night. On Saturday 31 May he was stabbed in the thigh in Nesterby town "
              "centre by a young man from the group he had been running drugs for. He had surgery that "
              "night and is on Ward 12. The surgeons expect him to be in hospital for two to three weeks, "
              "then to need crutches or a wheelchair for some time. Two men have been arrested. Police "
              "believe there is a continuing threat to Ryan from the group. Ryan smokes cannabis most days "
              "and has been asking the nurses for \"something stronger\" for the pain."),
        ("p", "Carl visited Ryan on the ward on Tuesday 3 June. The IRO spoke to Ryan by phone on 4 June "
              "before this conference. Tanya has been to the ward once."),
        ("h1", "What Ryan says"),
        ("p", "Ryan told Carl: \"I'm not grassing. If I say anything I'm dead.\" He said the ward is "
              "\"boring and the food's rank\" and he misses the staff at the Lodge, especially Abi. He is "
              "frightened about going back out but said he does not want to move away from Nesterby "
              "\"because of my sister\". He wants to go to college to do plastering and asked whether he "
              "can still do his course in September."),
        ("h1", "What we want for Ryan"),
        ("bullets", [
            "Ryan is safe on the ward and when he leaves hospital, and the people who hurt him cannot find him.",
            "Ryan recovers from his injury and can walk again without help.",
            "Ryan keeps up his schoolwork and starts his plastering course in September.",
            "Ryan smokes less cannabis and has someone to talk to about what happened to him.",
        ]),
        ("h1", "While Ryan is in hospital"),
        ("table", {
            "header": ["Ref", "What will happen"],
            "widths": [1.4, 15.6],
            "rows": [
                ["H1", "The SW, Carl Doherty, will ring the ward sister every Monday for an update on Ryan's "
                       "treatment and the date he is likely to be discharged, and will write each update on "
                       "Ryan's file."],
                ["H2", "Abi Lister, manager of Nesterby Lodge, will get a ground-floor bedroom and a "
                       "wheelchair ramp ready at the Lodge, and will send Carl photos of the room."],
                ["H3", "Ryan's mum, Tanya Whitlock, can visit him on the ward when she feels able, and the "
                       "nurses will note her visits in Ryan's ward record."],
                ["H4", "DC Amir Shah, Nesterby Police, will take Ryan's account of the stabbing while he is on "
                       "the ward, with an appropriate adult present."],
                ["H5", "A visitors list for Ryan will be agreed and given to the ward from 06/06/2025, so that "
                       "only the people on it can see him; the list will be kept at the nurses' station."],
            ],
        }),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "Action", "Lead", "By when", "Evidence"],
            "widths": [1.2, 5.4, 3.6, 3.0, 3.8],
            "rows": [
                ["1", "Disrupt the group Ryan was running drugs for, including the two men arrested for the "
                      "stabbing",
                 "DS Karen Mott, Nesterby Police Exploitation Team", "Ongoing",
                 "Disruption log, listing arrests and warning notices, sent to the SW"],
                ["2", "One-to-one sessions with Ryan about his cannabis use, at the Lodge",
                 "Ellie Shore, Nesterby Young People's Drug and Alcohol Team", "Weekly from the week after discharge",
                 "Session notes with Ryan's own count of how often he smokes, sent to the SW"],
                ["3", "Restart Ryan's referral order sessions and look at his offending and the risks to him",
                 "Jamal Price, Nesterby Youth Offending Team", "Weekly, restarting the week after discharge",
                 "YOT worker to monitor"],
                ["4", "Arrange tuition for Ryan at the Lodge after discharge so he keeps up his English and maths",
                 "Mr Neil Pascoe, Nesterby Virtual School", "By 20/06/2025",
                 "Tuition timetable sent to the SW; tutor's attendance log"],
                ["5", "Write a safety plan with Ryan for going back to the Lodge: routes, transport, who he "
                      "rings if he is threatened",
                 "SW Carl Doherty with Abi Lister", "Before discharge",
                 "Written safety plan signed by Ryan, copied to the Lodge and the police"],
                ["6", "Pass on any threat to Ryan or any sighting of the group near the Lodge or the hospital",
                 "All agencies", "Same day",
                 "Each threat or sighting logged on the exploitation tracker by the SW"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Ryan receives a threat on the ward, or anyone not on the visitors list tries to see him, the "
              "ward will call hospital security and the police at once, and Carl (or the emergency duty team) "
              "will hold a strategy discussion the same day to agree a move to another hospital. If Ryan goes "
              "missing from the Lodge after discharge, Lodge staff will report him missing to the police "
              "within an hour. If he goes missing, or is hurt or threatened again, before the next review, "
              "Carl will request a legal planning meeting within 5 working days to consider an application "
              "for secure accommodation."),
        ("h1", "Core group and next review"),
        ("p", "Core group every 4 weeks, 2pm, Nesterby Lodge: Thursday 26/06/2025, Thursday 24/07/2025 and Thursday 21/08/2025. Next review "
              "child protection conference: Thursday 04/09/2025, 10am, Nesterby County Hall."),
        ("p", "Plan agreed at conference on 05/06/2025 and typed by Carl Doherty (SW)."),
    ],
    "findings": [
        F("T001", "will get a ground-floor bedroom and a wheelchair ramp ready"),
        F("T002", "can visit him on the ward when she feels able"),
        F("M001", "will take Ryan's account of the stabbing while he is"),
        F("W001", "A visitors list for Ryan will be agreed and given"),
        F("T002", "Disrupt the group Ryan was running drugs for"),
        F("M002", "Restart Ryan's referral order sessions and look at his offending"),
        F("W002", "Pass on any threat to Ryan or any sighting"),
        F("L001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial plan for a 14-year-old built around her mother's illness: most
#    actions about the mother, adult outcomes, no record of Freya's views, no
#    contingency (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b81_nolverton_icpc_plan_mother_focused_lindqvist.docx",
    "doc_title": "Child Protection Plan - Freya Lindqvist",
    "split": "tune",
    "actions": 10,
    "template": "icpc-plan-docx-kv-details-worries-outcomes-action-who-when-how-we-will-know-table-no-contingency",
    "description": (
        "Initial conference plan for a 14-year-old whose mother has bipolar disorder, stopped her lithium, "
        "was detained under section 2 and drinks most nights. Six of the ten actions are about the "
        "mother's own treatment, appointments, housing and benefits with no link to Freya (F001), two of "
        "the three outcomes are about the mother only (F002 x2), and Freya was not seen before conference "
        "so nothing records her views or her daily life (F003). The CMHT care coordinator only supports "
        "and the psychiatrist only reviews medication (H001 x2); the alcohol service owns an action, so "
        "no F004. Also 'Anna's engagement with the service' (M002) and 'As required' (T002). The "
        "grandmother and uncle carry Freya's care but there is no contingency at all (C001, C003) and no "
        "legal step (R002). Core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Nolverton Borough Council · Children's Social Care · Assessment and Safeguarding Team 4"),
        ("kv", [
            ("Child", "Freya Lindqvist, 14 (DOB 03/03/2011), Year 9, Nolverton Academy"),
            ("Mother", "Anna Lindqvist (42), 17 Nettlefold Road, Nolverton"),
            ("Father", "Not named on the birth certificate; no involvement"),
            ("Family", "Ingrid Lindqvist (68), maternal grandmother, Nolverton; Lars Lindqvist (45), "
                       "maternal uncle, Nantbridge"),
            ("Conference", "Initial child protection conference, Wednesday 18/06/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Dominic Ashe"),
            ("Chair", "Helen Marchetti"),
        ]),
        ("h1", "Reasons for the plan"),
        ("p", "Anna has bipolar affective disorder, diagnosed in 2012. She stopped taking her lithium in March "
              "2025 and became increasingly unwell. On Sunday 27 April police were called by a neighbour when "
              "Anna was found in the street at 3am shouting at passing cars. She was detained under section 2 "
              "of the Mental Health Act at the Nettlefold Unit from 28 April to 26 May. Since she came home "
              "she has been drinking a bottle of wine or more most nights, according to Ingrid. Anna has rent "
              "arrears of £2,300 and Nolverton Homes has served a notice seeking possession. She has not "
              "claimed the benefits she is entitled to since she stopped working in January."),
        ("p", "Freya was not seen before conference because she was away on a school residential. The social "
              "worker will see her at the first visit."),
        ("h1", "Outcomes"),
        ("bullets", [
            "Anna will take her medication as prescribed.",
            "Anna will reduce her drinking.",
            "Freya is safe and well cared for at home.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Action", "Who", "When", "How we will know"],
            "widths": [6.0, 4.0, 3.2, 3.8],
            "rows": [
                ["Visit Anna at home to support her with her medication and her mood",
                 "Sue Brannock, care coordinator, Nolverton CMHT", "Fortnightly",
                 "Home visit notes on the CMHT record"],
                ["Review Anna's lithium dose and blood levels",
                 "Dr Omar Faris, consultant psychiatrist, Nolverton CMHT", "By 18/07/2025",
                 "Clinic letter copied to the SW"],
                ["Alcohol key work sessions and a detox plan for Anna",
                 "Dee Hart, Nolverton Alcohol and Drug Service", "Weekly",
                 "Anna's engagement with the service"],
                ["Support Anna with her rent arrears and the notice seeking possession",
                 "Gary Oyelaran, tenancy support officer, Nolverton Homes", "By 31/07/2025",
                 "Payment plan agreed in writing with Nolverton Homes"],
                ["Anna to attend all her appointments with the CMHT and the alcohol service",
                 "Anna Lindqvist", "As required",
                 "Attendance recorded by each service"],
                ["Help Anna apply for PIP and sort out her other benefits",
                 "FSW Katie Rowe, Nolverton Family Hub", "By 15/08/2025",
                 "Claim reference numbers on file"],
                ["Visit Freya at home and at school, seeing her on her own",
                 "SW Dominic Ashe", "Every two weeks",
                 "Visit records with Freya's own words written down"],
                ["Have Freya for tea and to stay overnight",
                 "Ingrid Lindqvist (maternal grandmother)", "Every Wednesday and Friday",
                 "Ingrid keeps a diary of the nights Freya stays, seen by the SW"],
                ["Drive Freya to school",
                 "Lars Lindqvist (maternal uncle)", "Every Monday, Tuesday and Thursday in term time",
                 "School register shows Freya in by 8.45am on those days"],
                ["Check Freya's attendance and let the SW know if she is absent",
                 "Mr Paul Esterhuizen, head of Year 9, Nolverton Academy", "Daily",
                 "Attendance printout emailed to the SW every Friday"],
            ],
        }),
        ("h1", "Core group and review"),
        ("p", "The core group will meet every 4 weeks at Nolverton Academy, 3.30pm: Wednesday 02/07/2025, "
              "Wednesday 30/07/2025 and Wednesday 27/08/2025. Review child protection conference: Wednesday "
              "17/09/2025, 10am, Nolverton Town Hall."),
        ("p", "Plan typed by Dominic Ashe (SW) on 19/06/2025."),
    ],
    "findings": [
        F("F002", "Anna will take her medication as prescribed."),
        F("F002", "Anna will reduce her drinking."),
        F("H001", "Visit Anna at home to support her with her medication"),
        F("H001", "Review Anna's lithium dose and blood levels"),
        F("M002", "Alcohol key work sessions and a detox plan for Anna"),
        F("T002", "Anna to attend all her appointments with the CMHT"),
        F("F001"),
        F("F003"),
        F("C001"),
        F("C003"),
        F("R002"),
    ],
})
