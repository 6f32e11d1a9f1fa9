"""Batch 134, module h: seven fictional plans (held-out material), places beginning with "h".

Everything here is made up: young people, families, professionals, services,
schools, colleges, hospitals, police forces and councils. Labels were written
by hand from docs/rules.md and the conventions in sample_plans/README.md,
without running planlint or reading its code.

Focus: plans by experienced practitioners for older children and teenagers
(13 to 16) whose risks are outside the home as much as in it: criminal
exploitation and county lines, sexual exploitation that began online, a young
carer who self-harms, permanent exclusion and a drug debt, an autistic boy
blackmailed by an adult he met on a gaming server, serious youth violence and
knife carrying, and a 16-year-old with an older "boyfriend". The young
person's own words run through each plan (what they want, what they will do
themselves, what they disagree with), young people and parents own actions as
partners ("Ring 101 if Skye is not home and not answering by 9.30pm"), and
owners come from many services: youth workers, YJS officers, DSLs,
exploitation and return home workers, police missing and exploitation
coordinators, CAMHS, sexual health nurses, housing and community safety.
Timescales are tied to curfews, school terms, panels and referral orders;
measures come from registers, missing logs, police intelligence, phone
checks, breath tests and scores agreed with the young person.

Five plans are exemplary: an initial conference plan in a landscape Word
table with each outcome merged down over its actions (docx); a review
conference plan with a progress column, printed to PDF with a page header and
footer; a social worker's letter to a 13-year-old young carer (Markdown); a
plain-text safety plan made at a strategy meeting and confirmed at the
initial conference, with WHO / WHEN / HOW WE WILL KNOW lines; and an initial
conference plan with one small table under each outcome and an "In my own
words" section, printed to PDF. Two carry a realistic mix of faults among
mostly good rows: core group minutes with a Markdown action log, and a review
conference plan in a Word table with its goals merged down.

Counting convention used for "actions" (README, "Files" and labelling
convention 1): each live row of an action table, each numbered item of an
action section and each bullet under the "What will happen" headings of the
letter. Not counted: the contingency, meeting dates, the child's words, and a
one-off action already done and closed (one closed row in the review
conference plan and one in the core group action log). Rows marked
"Achieved" for work that carries on (weekly visits, nightly curfews) still
count.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, 15-year-old boy, county lines and going
#    missing, mother's depression. Landscape Word table with the outcome for
#    Reece merged down over its actions. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b134_hollinmere_icpc_landscape_merged_outcomes_ashdown.docx",
    "doc_title": "Child Protection Plan - Reece Ashdown",
    "split": "heldout",
    "actions": 17,
    "landscape": True,
    "check_vmerge": 4,
    "template": "icpc-adolescent-landscape-word-plan-details-list-worries-strengths-reeces-views-and-disagreements-mums-views-then-outcome-for-reece-merged-down-what-will-happen-who-when-how-we-will-know-table-contingency-meetings-and-panels",
    "description": (
        "Exemplary initial conference plan for a 15-year-old drawn into county lines: six missing "
        "episodes, found in a house used to deal drugs in another town, a drug debt, a positive "
        "NRM reasonable grounds decision and a referral order. A landscape Word table with four "
        "outcomes for Reece merged down over their actions. Reece owns his curfew and phone "
        "actions and Mum her missing reports; the police exploitation coordinator, return home "
        "service, exploitation worker, YJS, youth worker, school DSL and careers adviser each own "
        "rows with a time and something that will be seen. The mother's depression: Talking "
        "Therapies report on her capacity to change and the GP owns a row. Reece's words and what "
        "he disagrees with, a contingency with triggers, a fallback if the uncle cannot have him, "
        "legal planning on named triggers, core group, MACE panel and review dates."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Hollinmere City Council · Children's Services · Adolescent Safeguarding Team"),
        ("kv", [
            ("Young person", "Reece Ashdown (15), DOB 04/03/2010, Year 11, Hollinmere Kingsway Academy"),
            ("Address", "41 Quarry Bank Road, Hollinmere HL3 8DW"),
            ("Mother", "Donna Ashdown (41), Reece's main carer"),
            ("Father", "Lee Ashdown, lives in Spain; rings Reece most Sundays"),
            ("Maternal uncle", "Craig Pennant, 18 Fell Road, Hollinmere (15 minutes by bus)"),
            ("Conference", "Initial child protection conference, 16/09/2025. Chair: Marcia Doyle (IRO)"),
            ("Category", "Physical abuse (risk of significant harm from criminal exploitation outside the family)"),
            ("Social worker", "Ruth Kamara (team manager: Paul Devlin)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Reece has been reported missing six times since June. On 27/08/2025 he was found by police in a "
              "flat in Carnford, 40 miles away, with two older boys, a quantity of crack cocaine and £400 in cash. "
              "He was arrested and released, and Hollinmere Children's Services made a National Referral "
              "Mechanism referral; the reasonable grounds decision (02/09/2025) was positive and the conclusive "
              "grounds decision is awaited. Reece came home on 04/09/2025 with a black eye and told Kez Miller he "
              "\"owes\" someone for the drugs the police took. The MACE panel on 09/09/2025 mapped Railway Park and "
              "the takeaway on Station Road as places where Reece is picked up."),
        ("p", "Reece has been suspended from school twice this year and his attendance last term was 61%. He is on "
              "a nine-month referral order (from 05/08/2025) for possession of cannabis."),
        ("p", "Donna has depression. She has been on an antidepressant from her GP since the spring and started "
              "with Hollinmere Talking Therapies in September. She says that on bad days she goes to bed early and "
              "does not know whether Reece has come in."),
        ("h1", "What is going well"),
        ("bullets", [
            "Reece has been home by his curfew on 10 of the 12 nights since he came back from Carnford.",
            "Reece and his mum are close. He says she is \"the only one who doesn't lecture me\".",
            "Craig has had Reece every Saturday night since the end of August, and takes him to football.",
            "Reece went to every referral order session in August, and his YJS case manager says he is honest "
            "with her.",
        ]),
        ("h1", "What Reece has told us"),
        ("p", "Reece was seen on his own at school on 11/09/2025 by Ruth, with Kez Miller, whom he chose to have "
              "there. He said: \"I went because they said it was easy money and I wanted trainers. Then it wasn't "
              "easy. They said I owe them for the stuff the feds took and I can't pay it.\" He scored how safe he "
              "feels at home 8 out of 10, at school 6, and in Railway Park 2."),
        ("p", "What Reece wants: \"To finish school and do mechanics at college. I don't want to go in care and I "
              "don't want to move away.\" He said he will keep his curfew, go to boxing, and text his mum when he "
              "is on his way home."),
        ("p", "What Reece disagrees with: he thinks 9pm on school nights is too early and wants 10pm. The "
              "conference agreed to look at this again at the first core group if he has kept every curfew. He "
              "does not want police at the door and did not agree to the police patrols; the chair explained why "
              "they will carry on."),
        ("h1", "What Donna has told us"),
        ("p", "Donna said: \"I just want him home and safe. I'll ring whoever I need to ring. I know I've not been "
              "on top of things.\" She agrees with the plan and with Reece staying at Craig's on Saturday nights."),
        ("h1", "The plan"),
        ("table", {
            "header": ["Outcome for Reece", "What will happen", "Who", "When", "How we will know"],
            "widths": [5.0, 7.2, 4.2, 4.3, 5.0],
            "rows": [
                ["A. Reece is safe from the people exploiting him: he does not go missing, does not carry drugs "
                 "or money for anyone and is not in debt to anyone.",
                 "Visit Reece at home and at school, see him on his own, and ask him to score how safe he feels "
                 "at home, at school and in Railway Park",
                 "Ruth Kamara, SW",
                 "Weekly until the review conference, with at least one visit a month after 7pm",
                 "Visit records show Reece seen alone every week, with his three safety scores and his own words"],
                [V,
                 "Be home by 9pm on school nights and 10pm on Fridays and Saturdays, and text Mum if he is "
                 "running late",
                 "Reece Ashdown",
                 "Every night from 16/09/2025",
                 "Mum's curfew diary, read by the SW each week, shows Reece home on time at least 6 nights in 7; "
                 "no missing reports"],
                [V,
                 "Ring 101 to report Reece missing if he is not home and not answering his phone an hour after "
                 "his curfew, then ring the SW or the out-of-hours team",
                 "Donna Ashdown (Mum)",
                 "One hour after curfew, every night he is not in",
                 "Police missing log matches Mum's curfew diary; each episode reported within the hour"],
                [V,
                 "Offer Reece a return home interview after every missing episode, and send the SW what he says "
                 "about where he was and who he was with",
                 "Jess Okoro, Hollinmere Missing and Return Service",
                 "Within 72 hours of each return",
                 "Interview record on Reece's file within 72 hours; names and places passed to the police the "
                 "same day"],
                [V,
                 "Share intelligence on the adults and older boys linked to Reece, and run disruption patrols at "
                 "Railway Park and the Station Road takeaway",
                 "PC Dan Whitlow, Missing and Exploitation Coordinator, Hollinmere Police",
                 "Patrols every Friday and Saturday evening; written update before each core group",
                 "Patrol log and a written intelligence summary at each core group, with the number of times "
                 "Reece was seen with the named adults"],
                [V,
                 "Send the NRM conclusive grounds decision to the core group and to Reece's solicitor, so that "
                 "it is known before any charging decision",
                 "Ruth Kamara, SW",
                 "Within 2 working days of the decision reaching the council",
                 "Decision letter on Reece's file and the SW's email to the solicitor on file"],
                [V,
                 "Use only the phone Mum pays for, leave it in the kitchen overnight, and go through new contacts "
                 "with Mum on Sunday evenings",
                 "Reece Ashdown, with Mum",
                 "Every night at curfew; contacts checked every Sunday",
                 "Phone seen on the kitchen shelf at the SW's evening visits; each Sunday check initialled in the "
                 "curfew diary"],
                ["B. Reece goes to school every day, finishes Year 11 without another suspension and has a "
                 "college or apprenticeship place for September 2026.",
                 "Check Reece's attendance morning and afternoon, and ring Mum and the SW by 10am if he is not in",
                 "Mrs Angela Birch, DSL, Hollinmere Kingsway Academy",
                 "Every school day",
                 "Attendance print to the SW every Friday; attendance 90% or more by half-term (24/10/2025)"],
                [V,
                 "Agree a pastoral support plan with Reece in place of further suspensions, with a daily "
                 "check-in with his chosen mentor, Mr Tunde Obi",
                 "Mrs Angela Birch, DSL",
                 "Plan signed by 30/09/2025; check-in every school morning",
                 "Signed plan on file; check-in log sent to the SW every two weeks; no suspensions before the "
                 "review conference"],
                [V,
                 "Careers interview with Reece and a taster day in the motor vehicle workshop at Hollinmere "
                 "College",
                 "Nadia Rahim, careers adviser, Hollinmere Kingsway Academy",
                 "Interview by 31/10/2025; taster day by 19/12/2025",
                 "Written careers action plan given to Reece and the SW; the college confirms he went to the "
                 "taster day"],
                ["C. Reece has adults he trusts, knows who to call if he is approached or threatened, and spends "
                 "his evenings doing things he enjoys.",
                 "One-to-one sessions on grooming, debt and how to get out, using Reece's own map of the streets "
                 "he now avoids",
                 "Kez Miller, exploitation worker, Hollinmere Safer Futures Team",
                 "Every Tuesday after school from 23/09/2025, 12 sessions",
                 "Attendance record; Reece's street map copied to the SW after sessions 4, 8 and 12"],
                [V,
                 "Meet Reece for his referral order sessions, including work on the debt: who he owes, and why "
                 "it is not his debt",
                 "Sam Petrie, case manager, Hollinmere Youth Justice Service",
                 "Weekly until the order ends on 04/05/2026",
                 "YJS attendance record and panel reports copied to the SW; police checks show no new offences"],
                [V,
                 "Take Reece to boxing at Hollinmere Youth Hub, and be the adult he can ring if he is approached "
                 "or threatened",
                 "Dele Martins, youth worker, Hollinmere Youth Hub",
                 "Boxing every Thursday, 6pm to 8pm; phone on for Reece from 4pm to 10pm every day",
                 "Club register; Reece shows the SW Dele's number saved in his phone; Dele logs every call and "
                 "tells the SW the next morning"],
                [V,
                 "Have Reece to stay on Saturday nights and take him to his Sunday football match",
                 "Craig Pennant (maternal uncle)",
                 "Every Saturday night and Sunday morning from 20/09/2025",
                 "Craig texts the SW every Sunday evening; the club's team sheet shows Reece played"],
                ["D. Reece lives at home with a mum who knows where he is, is well enough to keep his curfew with "
                 "him, and who gets help for him the same night if he does not come home.",
                 "Weekly sessions with Donna for her depression, and a written view to each core group on whether "
                 "she is making the changes Reece needs and how long that is likely to take",
                 "Laura Fenwick, therapist, Hollinmere Talking Therapies (adult mental health)",
                 "Weekly from 24/09/2025; report 2 working days before each core group",
                 "Written report on the case file before every core group"],
                [V,
                 "Review Donna's antidepressant and write to the SW about her mood and any missed appointments",
                 "Dr Imran Qureshi, GP, Millgate Surgery",
                 "By 03/10/2025, then every 8 weeks",
                 "GP letter on file by 03/10/2025 and after each review"],
                [V,
                 "Six home sessions with Donna on exploitation, curfews and what to say when Reece comes home "
                 "late",
                 "Bev Sutcliffe, family support worker",
                 "Weekly from 25/09/2025 to 30/10/2025",
                 "Session notes sent to the SW; Donna's curfew diary filled in every night and brought to each "
                 "core group"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Reece is missing overnight, is found in Carnford or with any of the adults the police have "
              "named, comes home injured, or says he has been threatened about the debt: Donna will ring 999 "
              "rather than 101, the police will treat him as high risk, and Ruth (or the out-of-hours team) will "
              "hold a strategy discussion with the police the same day. If it is not safe for Reece to be at home "
              "that night, he will stay with Craig at 18 Fell Road."),
        ("p", "If Craig cannot have Reece (he is away, ill or the threat includes his address), Ruth will find an "
              "emergency foster placement for Reece outside Hollinmere that night."),
        ("p", "If Reece goes missing three times before the review conference, is found again in a house used to "
              "deal drugs, or the police tell us of a serious threat to his life, Ruth will ask Paul Devlin for a "
              "legal planning meeting within 5 working days, to decide whether to issue care proceedings and "
              "whether Reece needs to be looked after away from Hollinmere for a time."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 4pm, Hollinmere Kingsway Academy: 01/10/2025, 29/10/2025 "
            "and 26/11/2025. Reece has said he will come to the last half hour.",
            "The MACE panel will look again at Railway Park and the Station Road takeaway on 14/10/2025.",
            "Review child protection conference: Tuesday 09/12/2025, 10am, Hollinmere Civic Centre.",
        ]),
        ("p", "Copies to Reece (his own copy, talked through with Ruth), Donna, Craig and everyone named in the "
              "plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan, 14-year-old girl, sexual exploitation that
#    began on social media, missing overnight, self-harm. Word plan printed to
#    PDF with a page header and footer; numbered action table with a
#    progress column and one closed row. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b134_hindlebury_rcpc_progress_column_morrow.pdf",
    "doc_title": "Review Child Protection Plan - Skye Morrow",
    "split": "heldout",
    "actions": 15,
    "header": "OFFICIAL-SENSITIVE – Hindlebury Borough Council – Child Protection Plan",
    "footer": "Skye Morrow – review conference plan, 30/09/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "rcpc-adolescent-word-plan-printed-to-pdf-page-header-footer-details-list-since-icpc-skyes-words-then-and-now-what-she-disagrees-with-outcomes-numbered-then-ref-what-will-happen-who-when-how-we-will-know-progress-table-closed-row-kept-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a 14-year-old groomed on social media by two "
        "men in their twenties, missing overnight twice before the initial conference, and "
        "self-harming. A Word plan printed to PDF with a page header and footer: the action table "
        "is numbered by outcome and has a progress column; a finished one-off row (warning "
        "notices served) is kept and marked closed, and is not counted. Skye owns her phone "
        "rules, her mother the missing reports and her stepfather a no-questions pick-up; the "
        "police exploitation unit and missing coordinator, return home service, CSE worker, school "
        "trusted adult, sexual health nurse, CAMHS, youth worker and parenting worker each own "
        "rows. Skye's words then and now, what she disagrees with, a contingency with triggers and "
        "a fallback if her grandmother cannot have her, legal planning on named triggers, core "
        "group, panel and review dates."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("kv", [
            ("Young person", "Skye Morrow (14), DOB 22/11/2010, Year 10, Hindlebury Moorside School"),
            ("Address", "9 Alder Walk, Hindlebury HB2 5TQ"),
            ("Lives with", "Kelly Morrow (Mum, 38) and Aaron Lister (stepdad, 40)"),
            ("Maternal grandmother", "Pat Morrow, 3 Tenter Lane, Hindlebury"),
            ("Birth father", "No contact since 2016"),
            ("Category", "Sexual abuse (child sexual exploitation)"),
            ("Initial conference", "08/07/2025"),
            ("This conference", "First review, 30/09/2025. Chair: Rosa Delgado (IRO)"),
            ("Social worker", "Gemma Hart (team manager: Neil Ashby)"),
        ]),
        ("h1", "1. Why Skye has a plan, and what has changed"),
        ("p", "In May two men aged 23 and 27 began messaging Skye on Snapchat, sent her vapes and money for taxis, "
              "and asked her to keep them secret. In June she was reported missing four times, twice overnight, "
              "and was found once in a flat in Cresswick. She told the police that she had had sex with the older "
              "man. Police served Child Abduction Warning Notices on both men in July and the investigation is "
              "with the Crown Prosecution Service. Skye cut her arms twice in July."),
        ("p", "Since the initial conference Skye has been missing once, for three hours on 22/08/2025, and came "
              "home herself. She has not been missing overnight. She finished a first block of six sessions with "
              "her CSE worker, has kept her phone downstairs at night, and has not told anyone of any self-harm "
              "since 26/07/2025. Her attendance this term is 88%."),
        ("h1", "2. What Skye has said"),
        ("p", "At the initial conference (seen on her own, 03/07/2025): \"He's not what you think. He listens to "
              "me. Everyone's making a massive deal.\" She scored how safe she felt 5 out of 10."),
        ("p", "Now (seen on her own at the library, 23/09/2025): \"I get it more now. He sent the same messages to "
              "my mate, word for word. That's grim.\" She scored how safe she feels 7 out of 10 and said Nan's "
              "on a Wednesday is the best night of the week. She wants to go into town with her friends on "
              "Saturdays and to try the climbing wall."),
        ("p", "What Skye disagrees with: she does not like her location being shared with Mum (\"it's like being "
              "tagged\") and thinks it should stop at Christmas. Skye, Kelly and the chair agreed it stays on "
              "until the next review, that Skye can go into town until 6pm on Saturdays, and that the next "
              "review will decide about the location sharing with her."),
        ("h1", "3. What Kelly and Aaron have said"),
        ("p", "Kelly: \"We've learnt to stop shouting when she comes in late and just get her home.\" Aaron said "
              "the pick-up agreement has worked both times it was used and he wants to keep it."),
        ("h1", "4. What we want for Skye"),
        ("numbers", [
            "Skye is not contacted, groomed or harmed by adults online or in person, and she is not missing "
            "from home.",
            "Skye knows what a healthy relationship looks like and knows which adult to tell when someone makes "
            "her feel unsafe.",
            "Skye stops hurting herself and has ways of coping with bad days that she has chosen herself.",
            "Skye is in school every day and spends her weekends doing things she enjoys with friends her own "
            "age.",
        ]),
        ("h1", "5. The plan from this review"),
        ("p", "Actions are numbered by the outcome they serve. The progress column is as reported to this "
              "conference. Closed actions are kept for the record."),
        ("table", {
            "header": ["Ref", "What will happen", "Who", "When", "How we will know", "Progress at this review"],
            "widths": [1.0, 4.4, 2.8, 2.6, 3.4, 2.8],
            "rows": [
                ["1.1",
                 "See Skye on her own, with one visit in two away from home at a place she chooses",
                 "Gemma Hart, SW",
                 "Weekly until the second review conference",
                 "Visit records show Skye seen alone each week, with her words and her safety score out of 10",
                 "Achieved – 11 of 12 weeks; the missed week made up"],
                ["1.2",
                 "Treat every missing report for Skye as high risk and tell the SW within one hour",
                 "PC Lewis Grant, Missing Person Coordinator, Hindlebury Police",
                 "Every missing report until the second review",
                 "Missing log shows the SW told within the hour each time",
                 "Achieved – one episode; SW told in 20 minutes"],
                ["1.3",
                 "Return home interview after every missing episode, by the worker Skye has chosen",
                 "Mel Garside, Hindlebury Return Home Service",
                 "Within 72 hours of each return",
                 "Interview record on file within 72 hours; any names passed to the police the same day",
                 "Achieved – interview held 24/08/2025"],
                ["1.4",
                 "Investigate the two men, check for any new contact with Skye and tell the core group where the "
                 "case is",
                 "DS Priya Bains, Child Exploitation Unit, Hindlebury Police",
                 "Written update two days before each core group",
                 "Written update at each core group; the charging decision shared with the SW on the day it is "
                 "made",
                 "Partly – file with the CPS; decision expected in November"],
                ["1.5",
                 "Keep her phone on the charger downstairs from 10pm, keep location sharing on with Mum, and "
                 "tell Mum or Miss Cole when anyone new adds her",
                 "Skye Morrow",
                 "Every night from 08/07/2025",
                 "Phone seen downstairs at the SW's evening visits; Skye tells the SW at each visit who has added "
                 "her",
                 "Achieved – phone downstairs at all three evening visits"],
                ["1.6",
                 "Ring 101 if Skye is not home and not answering by 9.30pm, and tell the SW the next morning",
                 "Kelly Morrow (Mum)",
                 "From 9.30pm, every night she is not in",
                 "Police missing log matches the family diary",
                 "Achieved – used once, 22/08/2025"],
                ["1.7",
                 "Collect Skye from wherever she is, with no row that night, when she rings for a lift",
                 "Aaron Lister (stepdad)",
                 "Within 30 minutes of her call, day or night, until the second review",
                 "Every pick-up written in the family diary; Skye tells the SW at visits whether it went as "
                 "agreed",
                 "Achieved – used twice"],
                ["1.8",
                 "Serve Child Abduction Warning Notices on both men",
                 "DS Priya Bains",
                 "By 31/07/2025",
                 "Copies of both notices on file",
                 "Done 18/07/2025 – closed"],
                ["2.1",
                 "A second block of sessions on healthy relationships, consent and online grooming, at places "
                 "Skye chooses",
                 "Jo Beckett, CSE worker, Hindlebury Safe Choices Team",
                 "Every Monday after school, 06/10/2025 to 08/12/2025",
                 "Attendance record; Skye's end-of-block score, agreed with Jo, sent to the SW",
                 "First block of six finished 15/09/2025"],
                ["2.2",
                 "Meet Skye twice a week as her trusted adult in school, and pass any worry to the DSL the same "
                 "day",
                 "Miss Hayley Cole, pastoral lead, Hindlebury Moorside School",
                 "Every Monday and Thursday in term time",
                 "Check-ins logged on CPOMS; worries passed to the SW by the DSL the same day",
                 "Achieved – every check-in held this term"],
                ["2.3",
                 "Offer Skye a confidential sexual health check and contraception advice at the school drop-in",
                 "Femi Adeyinka, school sexual health nurse, Hindlebury Community Health",
                 "Appointment offered by 10/10/2025, then once each half-term",
                 "Appointment dates on the nurse's record, shared with the SW with Skye's consent",
                 "Partly – Skye asked to wait until October"],
                ["3.1",
                 "Assess Skye's self-harm and low mood, write a safety plan with her and go over it at every "
                 "session",
                 "Dr Aisha Rahman, clinical psychologist, Hindlebury CAMHS",
                 "Fortnightly from 07/10/2025",
                 "Safety plan copied to Mum, the SW and school; CAMHS letter after each session says whether "
                 "there has been any self-harm",
                 "Assessment done 18/09/2025; sessions start 07/10/2025"],
                ["3.2",
                 "Have Skye to stay every Wednesday night, and be the person she rings when she feels low",
                 "Pat Morrow (maternal grandmother)",
                 "Every Wednesday night",
                 "Pat texts the SW each Thursday morning; Nan is named in Skye's safety plan",
                 "Achieved – every Wednesday kept"],
                ["4.1",
                 "Check Skye's attendance morning and afternoon, and ring Mum and the SW by 10am if she is not in",
                 "Mr Grant Lowther, DSL, Hindlebury Moorside School",
                 "Every school day",
                 "Attendance sent to the SW each Friday; 95% by the end of the autumn term (19/12/2025)",
                 "88% so far this term"],
                ["4.2",
                 "Go with Skye to her first two sessions at the climbing wall and help her join the Saturday "
                 "youth group there",
                 "Ryan Pollitt, youth worker, Hindlebury Youth Service",
                 "First session by 18/10/2025, then every Saturday morning",
                 "Climbing wall register; Skye tells the SW at visits whether she wants to carry on",
                 "New"],
                ["4.3",
                 "Six sessions with Kelly and Aaron on exploitation and on keeping Skye close without pushing her "
                 "away",
                 "Tanya Ellis, parenting worker, Hindlebury Family Help",
                 "Weekly from 02/10/2025",
                 "Attendance record; house rules agreed with Skye and signed by all three, seen by the SW",
                 "New"],
            ],
        }),
        ("h1", "6. If things go wrong"),
        ("p", "If Skye is missing overnight, is seen with either man or anyone they send, or a hidden account or a "
              "second phone is found: Kelly or Aaron will ring 999, the police will treat Skye as high risk, and "
              "Gemma will hold a strategy discussion the same day. Skye will stay at Nan's, 3 Tenter Lane, until "
              "the strategy discussion agrees that home is safe."),
        ("p", "If Pat is unable to have Skye (she is ill, away, or the men know her address), Gemma will arrange an "
              "emergency foster placement for Skye that day."),
        ("p", "If Skye hurts herself badly enough to need treatment, or tells anyone she wants to end her life, "
              "Kelly will take her to A&E at Hindlebury Royal Infirmary and the CAMHS duty clinician will see her "
              "before she goes home."),
        ("p", "If Skye goes missing overnight again before the next review, or the police find she is back in "
              "contact with either man, Gemma will ask Neil Ashby for a legal planning meeting within 5 working "
              "days, to decide whether care proceedings are needed and whether Skye should live away from "
              "Hindlebury for a time."),
        ("h1", "7. Meetings"),
        ("bullets", [
            "Core group every six weeks, Tuesdays at 3.45pm, Hindlebury Moorside School: 14/10/2025, 25/11/2025 "
            "and 13/01/2026.",
            "The Complex Safeguarding Panel will review Skye, the two men and the Cresswick address on 21/10/2025.",
            "Second review child protection conference: Tuesday 17/03/2026, 1.30pm, Hindlebury Town Hall.",
            "Gemma will see Skye on her own before each core group and take her words to it.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Social worker's letter to a 13-year-old young carer after the initial
#    conference: his mother's bipolar disorder and admission, his cutting,
#    two younger siblings. Markdown letter in the second person, with
#    "What will happen" split by whose part it is. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b134_harrowmoss_letter_to_young_carer_adeyemi.md",
    "split": "heldout",
    "actions": 14,
    "template": "sw-letter-to-young-person-md-dear-tobi-why-there-is-a-plan-what-you-told-us-what-you-dont-agree-with-what-we-want-for-you-then-what-will-happen-subheadings-what-i-will-do-what-you-said-you-will-do-what-your-mum-will-do-what-other-people-will-do-bullets-if-things-go-wrong-meetings",
    "description": (
        "Exemplary letter from the social worker to a 13-year-old after the initial conference. "
        "His mother has bipolar disorder, stopped her lithium and was admitted in August; he "
        "stayed off school to look after his sister and brother and has been cutting his arm. "
        "Written in the second person ('you' is Tobi, 'I' the social worker who signs it), with "
        "'What will happen' split into what I, you, your mum and other people will do; every "
        "bullet says who, when and how we will know. The care co-ordinator and psychiatrist both "
        "give a view on whether Mum can make the changes and in what time; CAMHS, the school DSL, "
        "young carers and a family support worker own bullets. Tobi's words and disagreements, a "
        "contingency in plain words with a fallback if his aunt cannot have the children, legal "
        "planning on named triggers, core group and review dates."
    ),
    "text": """\
# Your child protection plan

**Harrowmoss Council · Children's Services · Family Safeguarding Team 3**
Harrowmoss Civic Offices, 2 Tanyard Street, Harrowmoss HW1 4BE

Wednesday 08/10/2025

Dear Tobi,

You asked me to write your plan down in a letter instead of the big table, so here it is. The plan was agreed at
the child protection conference on Monday 06/10/2025. It is about you, Ada and Dayo, but this letter is for you.
Your mum has her own copy and has read this letter too. If any of it doesn't make sense, text me and I'll explain
it at our next meeting.

## Why there is a plan

Your mum has bipolar disorder. In the summer she stopped taking her lithium. She stopped sleeping, spent the rent
money and was talking very fast, and in July and September you stayed off school for 14 days to look after Ada (8)
and Dayo (5), to cook and to get them to school. On 29/08/2025 your mum went into the Juniper Ward at Harrowmoss
General Hospital for three weeks, and you all stayed with Aunty Bola. You told Mrs Delaney in September that you
had been cutting your arm when things got too much.

Your mum is home now and back on her lithium, and she is doing much better. The conference wanted a plan so that
you don't have to carry all of this on your own again.

## What you told us

When we met at the library on 01/10/2025 you said:

> "I'm not a carer. I just help my mum. If I don't do it, who does? Ada can't even do her own hair."

> "I cut when my head's too loud. I don't want to, it just happens. I haven't told Mum because she's got enough."

You scored how things are at home 6 out of 10, and school 4 out of 10 because you have fallen behind in maths. You
said the best thing would be "Mum staying well and me going to football on Saturday without worrying".

**What you don't agree with.** You don't like being called a young carer and you don't want to go to a group. We
agreed you will try one session and then decide for yourself. You also asked that your dad isn't told everything.
Your mum agrees. I will tell him only that there is a plan and who to ring, and nothing about your cutting unless
you say I can.

## What we want for you

- You go to school every day and you never have to stay at home to look after Ada, Dayo or your mum.
- You, Ada and Dayo are looked after by an adult who is well enough to get everyone up, fed and to school, and you
  know straight away who to tell if your mum starts to get unwell.
- You stop cutting yourself, and you have people and things that help you when your head is too loud.
- You get time to be 13: football on Saturdays, time with your friends, and your homework done.

## What will happen

### What I will do

- I will see you on your own every week until your review conference, at school or at the library after school,
  and I'll write down your words and your score out of 10 each time; you can read my notes and tell me if I got
  anything wrong.
- I will visit your mum at home every week, at least once a month while you are at school, and check there is food
  in and that Ada and Dayo have been to school; I'll write what I see on my visit record and bring it to each core
  group.
- I will refer you to Harrowmoss Young Carers by Friday 10/10/2025, and I'll show you their letter with the date of
  your first session on the day it arrives.

### What you said you will do

- You will tell Mrs Delaney or me on the same day if your mum isn't sleeping, is spending a lot or is talking very
  fast, instead of staying off school to cover; Mrs Delaney will write down each time you tell her.
- You will go to one Young Carers session by Friday 07/11/2025 and then decide whether to keep going; the group's
  register will show you went, and I'll write down what you decide.
- When you feel like cutting, you will use the three things on your safety plan (ring Aunty Bola, go for a run, play
  your keyboard), and tell Leon at each CAMHS appointment (every other Wednesday from 15/10/2025) how often you used
  them; Leon will put it in his letter to me.

### What your mum will do

- Your mum will take her lithium every evening and have her blood level checked at the Juniper Clinic every three
  months, next on 20/10/2025; the clinic will send me the results.
- Your mum will get Ada and Dayo up and to school every morning from Monday 13/10/2025; Harrowmoss Primary will send
  me their attendance every Friday.

### What other people will do

- **Jamal Osei**, your mum's care co-ordinator at the Harrowmoss Community Mental Health Team, will visit her every
  week and write to me two days before each core group to say whether she is well enough to care for you all
  without you taking over, what still needs to change and how long that is likely to take.
- **Dr Ruth Abbott**, your mum's psychiatrist, will see her in clinic by 31/10/2025 and send me a written
  assessment of how likely she is to become unwell again, whether she can make the changes you all need, and in
  what time.
- **Leon Baptiste** from Harrowmoss CAMHS will see you every other Wednesday from 15/10/2025, write your safety plan
  with you by 29/10/2025, and send a copy to you, your mum, Mrs Delaney and me.
- **Mrs Claire Delaney**, DSL at Harrowmoss Grange School, will check your attendance every morning and ring me by
  10am if you aren't in, meet you every Friday lunchtime, and send me your attendance every Friday.
- **Aunty Bola** (Bola Adeyemi, your mum's sister) will have you, Ada and Dayo for tea every Tuesday and Thursday
  and be the person you ring if your mum gets unwell in the night; she will text me every Friday to say how the
  week went.
- **Gail Hunter**, family support worker, will come at 7.30am every Monday and Wednesday for six weeks from
  13/10/2025 to help your mum with the school mornings, so that you don't have to; she'll write down who got Ada
  and Dayo ready and send me her notes every week.

## If things go wrong

- If your mum misses her lithium, doesn't sleep for two nights, or starts spending or talking very fast, tell Mrs
  Delaney, Aunty Bola or me that day. Jamal will see your mum the same day, and the crisis team will see her that
  night if she needs it.
- If your mum becomes too unwell to look after you, you, Ada and Dayo will go to Aunty Bola's that night. If Aunty
  Bola can't have you (she is ill or away), I will find a foster family who can have all three of you together,
  that same day.
- If you hurt yourself badly, your mum or Aunty Bola will take you to A&E at Harrowmoss General Hospital, and CAMHS
  will see you before you go home.
- If your mum has to go into hospital again, stops her lithium twice, or things are not better by your review
  conference, I will ask my manager, Sunita Mistry, for a legal planning meeting within five working days. That is
  a meeting with the council's lawyer to decide whether we need to go to court to keep you, Ada and Dayo safe.

## When we will meet

- Your core group (the people in this letter, with your mum) meets every four weeks at your school at 4pm:
  20/10/2025, 17/11/2025 and 15/12/2025. You can come to the first 20 minutes of any of them.
- Your review conference is on Tuesday 06/01/2026 at 10am at Harrowmoss Civic Offices.

You can text me on 07700 900418 between 9am and 5pm on weekdays. Out of hours, ring the emergency duty team on
03069 990142.

From

Hannah Reeve
Social worker, Family Safeguarding Team 3
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Minutes of the second core group, 16-year-old boy permanently excluded,
#    criminally exploited, on a youth conditional caution; father's daily
#    cannabis use. Markdown minutes, numbered items, then an action log table
#    with a status column and one closed row. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b134_hexbridge_core_group_minutes_action_log_prendergast.md",
    "split": "heldout",
    "actions": 13,
    "template": "core-group-minutes-md-numbered-items-present-apologies-updates-by-agency-masons-views-and-disagreements-outcomes-then-action-log-table-no-action-lead-by-when-how-well-know-status-closed-row-kept-contingency-next-meetings",
    "description": (
        "Minutes of the second core group for a 16-year-old permanently excluded in June, "
        "exploited by a group dealing from the Northgate flats, with a positive NRM reasonable "
        "grounds decision and a youth conditional caution; his father smokes cannabis daily. "
        "Markdown minutes with agency updates and Mason's own words, then an action log table with "
        "a status column; a closed NRM referral row is kept and not counted. Most rows are sound "
        "(weekly visits, Mason's own curfew and attendance, Dad's missing reports, the drug "
        "service reporting on change, the YJS programme, the exploitation worker, the uncle's gym "
        "nights). Faults: the police intelligence row is measured only by 'Monitored', sightings "
        "are owned by 'All agencies', help for Dad with boundaries is 'Ongoing', the speech and "
        "language assessment has no stated output, one outcome is only about the father, and the "
        "review conference date is still to be confirmed."
    ),
    "text": """\
# Core Group Meeting — Minutes and Action Log

**Hexbridge Borough Council — Children's Social Care — Adolescent Support Team**

**Young person:** Mason Prendergast (16), DOB 12/06/2009
**Address:** 7 Cinder Row, Hexbridge HX4 2JN (lives with his dad)
**Plan made:** Initial child protection conference, 09/09/2025 (category: physical abuse, risk outside the home)
**Meeting:** Core group 2, Thursday 09/10/2025, 2pm, Hexbridge Learning Centre
**Chair:** Jade Ormerod, social worker
**Minutes:** Owen Price, business support

## 1. Present and apologies

Present: Mason Prendergast (for items 1 to 3); Steve Prendergast (Dad); Darren Prendergast (paternal uncle); Jade
Ormerod (SW); Kieran Walsh (DSL, Hexbridge Learning Centre); Tom Fairclough (YJS officer); Aaron Blake (exploitation
worker, Hexbridge Safe Streets Team); Ola Adebayo (recovery worker, Hexbridge Recovery Hub); Marie Quinn (family
support worker).

Apologies: PC Sarah Lingard (Hexbridge Police Exploitation Team), written update sent; Lisa Carney (Mum), who Mason
sees at weekends.

## 2. What has happened since core group 1 (23/09/2025)

- **Jade (SW):** Mason has been seen on his own four times. He has been home by 10pm on 15 of the last 17 nights.
  On 27/09/2025 he came in at 1.20am and would not say where he had been. Dad reported him missing at 11pm as
  agreed.
- **Kieran (Learning Centre):** Mason's attendance since he started on 22/09/2025 is 71%. He is good in the
  motor vehicle workshop and has been late most Mondays.
- **Tom (YJS):** Mason has been to 3 of 3 sessions of the caution programme and has started the repair work at the
  community garden.
- **Aaron (Safe Streets):** Two sessions held, both at the gym. Mason has talked for the first time about who he
  was holding drugs for and says the "debt" was £600.
- **Ola (Recovery Hub):** Steve has kept 2 of 2 key-work sessions. His first urine screen was positive for cannabis,
  which he expected. He has agreed not to smoke in the house.
- **Police (written update):** Mason was seen twice with two of the Northgate group on 26/09/2025 near the
  Canal Street shop.
- **Steve (Dad):** "I've stopped smoking indoors. It's hard when he comes in late and won't talk to me."
- **Darren (uncle):** takes Mason to the gym twice a week and says Mason is "a different lad there".

## 3. What Mason said

Mason stayed for the first hour. He said: "I'm not scared of them. I just don't want to end up like my cousin."
He said the best part of his week is the gym with Darren and the workshop at the Learning Centre. He scored how
safe he feels round Cinder Row 5 out of 10 and at the gym 9 out of 10.

Mason does not agree with being on a plan "when I'm nearly 17" and thinks a 10pm curfew is "for kids". He agreed to
keep to it until the review. He wants to start an apprenticeship in September 2026.

## 4. Outcomes (from the plan agreed at conference)

1. Mason is not used by anyone to hold, move or sell drugs, and he is not in debt to anyone.
2. Mason goes to the Learning Centre every day and has a college or apprenticeship place for September 2026.
3. Mason is home every night by his curfew and has adults he trusts at home and outside it.
4. Steve feels more confident as a parent and is less stressed.

## 5. Action log

C/F = carried forward. New = agreed today. Closed actions stay in the log for the record.

| No. | Action | Lead | By when | How we'll know | Status |
|---|---|---|---|---|---|
| 1 | See Mason on his own, at home or at the Learning Centre, and write down his words | Jade Ormerod, SW | Weekly; next visit 14/10/2025 | Visit records show Mason seen alone every week | On track |
| 2 | Be at the Learning Centre every weekday and in by 9.30am | Mason Prendergast | Every weekday from 22/09/2025 | Learning Centre register sent to the SW each Friday; 85% by half-term (24/10/2025) | 71% so far |
| 3 | Check Mason's attendance each morning and ring Dad and the SW by 10am if he is not in | Kieran Walsh, DSL, Hexbridge Learning Centre | Every school day | Weekly attendance print on Mason's file | On track |
| 4 | Be home by 10pm every night and answer when Dad rings | Mason Prendergast | Every night from 09/09/2025 | Dad's curfew log, seen by the SW weekly; no missing reports | 15 of 17 nights |
| 5 | Report Mason missing on 101 if he is not home and not answering by 11pm, then text the SW | Steve Prendergast (Dad) | From 11pm, every night he is not in | Police missing log matches Dad's curfew log | Done as agreed on 27/09/2025 |
| 6 | Key-work with Steve on his cannabis use, a monthly urine screen, and a written report to each core group on whether he is cutting down in ways Mason would notice | Ola Adebayo, recovery worker, Hexbridge Recovery Hub | Every other Tuesday; screen monthly; report 2 days before each core group | Screen results and a written report on file before every core group | On track |
| 7 | Share intelligence on the Northgate group and Mason's associates with the SW | PC Sarah Lingard, Hexbridge Police Exploitation Team | Before each core group | Monitored | Written update received |
| 8 | Youth conditional caution programme: knife and drugs awareness and the repair work | Tom Fairclough, YJS officer, Hexbridge Youth Justice Service | Weekly, 12 sessions from 23/09/2025 | YJS attendance record sent to the SW each month | 3 of 3 |
| 9 | One-to-one sessions on exploitation and debt, at the gym or in the car | Aaron Blake, exploitation worker, Hexbridge Safe Streets Team | Every Wednesday from 01/10/2025, 10 sessions | Attendance record; Mason's "who I trust" map copied to the SW after session 5 | 2 of 10 |
| 10 | Take Mason to the boxing gym on Tuesday and Thursday evenings | Darren Prendergast (paternal uncle) | Every Tuesday and Thursday, 6pm to 8pm | Gym register, seen by the SW each month | On track |
| 11 | Report any sighting of Mason in the Northgate flats or at the Canal Street shop to the SW | All agencies | The same day | Each sighting logged on Mason's file | New |
| 12 | Support Dad to set clear boundaries at home and to talk with Mason when he comes in late | Marie Quinn, family support worker | Ongoing | House rules written down and signed by Dad and Mason, seen by the SW | C/F |
| 13 | Assess Mason's speech, language and communication needs | Nina Shah, speech and language therapist, Hexbridge Youth Justice Service | By 14/11/2025 | | New |
| 14 | Submit a National Referral Mechanism referral for Mason | Jade Ormerod, SW | By 26/09/2025 | Reasonable grounds decision on file | Done 19/09/2025; positive decision 24/09/2025 — closed |

## 6. Contingency (restated from the plan)

- If Mason is missing after midnight, is seen with the Northgate group, comes home hurt, or is found with drugs,
  cash or a second phone: Steve rings 999, the police treat Mason as high risk, and Jade holds a strategy
  discussion the same day. Mason stays with Darren at 22 Ashpit Lane until the strategy discussion agrees it is
  safe at home.
- If Darren cannot have Mason (he is working away or the threat includes his address), Jade will place Mason in an
  emergency foster placement outside Hexbridge that night.
- If Mason is missing overnight twice more before the review conference, or is arrested again for drug supply,
  Jade will ask her manager, Lorraine Hebden, for a legal planning meeting within five working days.

## 7. Next meetings

- Core group every four weeks, Thursdays at 2pm at the Learning Centre: 06/11/2025 and 04/12/2025.
- Review child protection conference: date to be confirmed by the conference team.

Minutes sent on 10/10/2025 to everyone present and to those who sent apologies. Mason has his own copy of the
action log.
""",
    "findings": [
        F("M002", "Share intelligence on the Northgate group and Mason's associates"),
        F("W002", "Report any sighting of Mason in the Northgate flats"),
        F("T002", "Support Dad to set clear boundaries at home"),
        F("M001", "Assess Mason's speech, language and communication needs"),
        F("F002", "Steve feels more confident as a parent and is less stressed."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Safety plan made at a strategy meeting and confirmed at the initial
#    conference, 14-year-old autistic boy blackmailed by an adult he met on a
#    gaming server, missing once to meet him. Plain text, numbered items with
#    WHO / WHEN / HOW WE WILL KNOW lines and a note of where each item was
#    agreed. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b134_haverstow_strategy_safety_plan_fields_wrona.txt",
    "split": "heldout",
    "actions": 14,
    "template": "strategy-meeting-safety-plan-confirmed-at-icpc-plain-text-caps-headings-dotted-details-how-oskar-tells-us-things-his-typed-answers-and-disagreement-outcomes-then-numbered-items-agreed-at-sm-or-icpc-with-who-when-how-we-will-know-lines-contingency-meetings",
    "description": (
        "Exemplary safety plan for an autistic 14-year-old, made at the strategy meeting after he "
        "went missing to meet a man who had groomed and blackmailed him through a gaming server, "
        "and confirmed and extended at the initial conference. Plain text: each numbered item "
        "notes whether it was agreed at the strategy meeting or the conference, and has WHO, "
        "WHEN and HOW WE WILL KNOW lines. A section on how Oskar communicates, his typed answers "
        "and his disagreement about his computer; owners include the police online child abuse "
        "team, the DSL, the SENCo, autism outreach, CAMHS, school transport, the return home "
        "service, a Polish-speaking family support worker, Oskar, his parents and his sister. No "
        "parental ill health. A contingency with triggers and a fallback if his sister cannot do "
        "her part, legal planning on named triggers, interpreter-booked core group and review "
        "dates."
    ),
    "text": """\
HAVERSTOW COUNCIL - CHILDREN'S SOCIAL CARE - ASSESSMENT AND INTERVENTION TEAM 2
CHILD PROTECTION PLAN
Safety plan agreed at the strategy meeting, confirmed and extended at the initial
child protection conference
================================================================================
Young person ....... Oskar WRONA, DOB 11/05/2011 (14), Year 10, Haverstow Park
                     School (Orchard Base for autistic pupils); EHCP since 2019
Address ............ 56 Millrace Avenue, Haverstow HV7 3PS
Parents ............ Agnieszka Wrona (Mum), Piotr Wrona (Dad). Both prefer to
                     speak Polish at meetings; an interpreter is booked for all
                     meetings and every written plan is translated
Sister ............. Zofia Wrona (19), lives at home, studies at Haverstow College
Strategy meeting ... 02/10/2025 (police, SW, school, school nurse)
Section 47 ......... completed 10/10/2025
Initial conference . 16/10/2025. Chair: Michael Tan (IRO)
Category ........... Sexual abuse (online)
Social worker ...... Ben Hollis (team manager: Rachel Onions)
================================================================================

1. WHAT HAPPENED

On 29/09/2025 Oskar did not come home from school. At 8pm transport police found
him at Haverstow Central station, waiting for "Jake, 16", whom he had met on a
Minecraft server in July. The police believe "Jake" is a man of 34. He had sent
Oskar gift cards, asked him for pictures of himself, and then threatened to send
the pictures to his school unless Oskar sent more and came to meet him. Oskar had
a second account his parents did not know about and was gaming in his bedroom
until 2am most nights.

Oskar is autistic. He takes what people say at face value, finds it hard to tell
when someone is lying, and was frightened that he would be in trouble, so he told
nobody.

2. HOW OSKAR TELLS US THINGS

Oskar prefers written questions and types his answers. He does not like phone
calls or being asked questions face to face for long. He needs to know who is
coming and when: Ben sends him a photo and the time the day before each visit.
Loud rooms make it hard for him to think; visits are in the quiet room at school
or in his kitchen.

3. WHAT OSKAR SAYS (typed with Ben at school, 09/10/2025 and 14/10/2025)

"I thought he was my friend. He knew everything about redstone."
"I didn't want to send the pictures but he said he would tell everyone."
"I went to the station because he said if I came it would be finished."
"I am not in trouble. Mr Barnes said that and the police lady said it too."
"I want to keep playing. It is the only place I have friends."
How safe he feels: at home 9/10, at school 8/10, online 3/10.

What Oskar disagrees with: at the strategy meeting his parents took his computer
away. Oskar wrote: "Taking my PC is a punishment. I did not do anything wrong."
The conference agreed with him. His computer comes back, set up in the living
room, with the rules in item 5.3. Oskar agreed to the taxi to school until
Christmas "but not forever".

4. WHAT WE WANT FOR OSKAR

4.1 Oskar is not contacted, threatened or exploited by anyone online, and no
    pictures of him are shared.
4.2 Oskar knows how to spot a fake profile and tells a safe adult the same day
    when anyone online asks for pictures, money, his address or to meet.
4.3 Oskar does not go missing, and every journey he makes is one his parents
    know about.
4.4 Oskar keeps his online friends and his gaming safely, goes to school every
    day and has friends his own age offline too.

5. THE SAFETY PLAN - WHAT WILL HAPPEN
--------------------------------------------------------------------------------
[SM] = agreed at the strategy meeting on 02/10/2025; [CP] = added at the
initial conference on 16/10/2025.

5.1  [SM] Investigate "Jake", ask the platforms to remove any pictures of Oskar,
     and tell Ben where the investigation is.
     WHO ............ DC Hannah Lyle, Online Child Abuse Team, Haverstow Police
     WHEN ........... Written update by 30/10/2025, then before each core group
     HOW WE WILL KNOW Written update on file; Ben explains it to Oskar in writing
                      in the words Oskar chooses

5.2  [SM] Visit Oskar at home with a written question sheet, and see him on his
     own at school.
     WHO ............ Ben Hollis, SW
     WHEN ........... Weekly at home and every other week at school, until the
                      review conference
     HOW WE WILL KNOW Visit records with Oskar's typed answers and his three
                      safety scores attached

5.3  [CP] Keep Oskar's computer and console in the living room, set the router
     to switch his devices off at 10pm, and keep his phone on charge in their
     room overnight.
     WHO ............ Agnieszka and Piotr Wrona (parents)
     WHEN ........... Every night from 17/10/2025
     HOW WE WILL KNOW Ben sees the computer in the living room and the router
                      schedule at his visits; Oskar answers the question "Where
                      was your phone last night?" on each weekly sheet

5.4  [SM] Tell Mum, Zofia or Mr Barnes if anyone online asks for pictures, money,
     his address or to meet, and not reply to that person.
     WHO ............ Oskar Wrona
     WHEN ........... The same day it happens, from 02/10/2025
     HOW WE WILL KNOW Mr Barnes logs every report on CPOMS; Oskar's weekly sheet
                      asks "Has anyone online asked you for something?" and his
                      answers are kept

5.5  [SM] Check in with Oskar at the start and end of each school day, and teach
     him the online safety social stories written for him.
     WHO ............ Mr Daniel Barnes, DSL and Orchard Base lead, Haverstow Park
                      School
     WHEN ........... Check-ins every school day; six social story sessions by
                      05/12/2025
     HOW WE WILL KNOW Check-in log on CPOMS; Oskar's finished social story booklet
                      copied to Ben

5.6  [CP] School taxi to and from school, with the same driver and escort each
     day, so that there are no journeys nobody knows about.
     WHO ............ Lorraine Pike, transport co-ordinator, Haverstow Council
                      SEN Transport
     WHEN ........... Every school day from 20/10/2025 to 19/12/2025, then
                      decided again with Oskar at the core group on 07/01/2026
     HOW WE WILL KNOW The driver's daily log of pick-up and drop-off times, sent to
                      Ben every Friday

5.7  [SM] Ring 999 if Oskar is not home 30 minutes after the taxi drop-off time,
     or does not answer his phone, and tell Ben the same day.
     WHO ............ Agnieszka Wrona (Mum)
     WHEN ........... Every school day from 4.15pm
     HOW WE WILL KNOW Police log matches the family diary; Ben reads the diary at
                      each home visit

5.8  [SM] Return home interview after any missing episode, with written
     questions, and with Mr Barnes there if Oskar wants him.
     WHO ............ Chris Dunne, Haverstow Return Home Service
     WHEN ........... Within 72 hours of each return
     HOW WE WILL KNOW Interview record on Oskar's file within 72 hours; anything he
                      says about who he met passed to DC Lyle the same day

5.9  [CP] Eight sessions teaching Oskar how to tell a real profile from a fake
     one, using his own gaming servers as the examples.
     WHO ............ Sara Malik, specialist teacher, Haverstow Autism Outreach
     WHEN ........... Every Thursday from 06/11/2025 to 08/01/2026
     HOW WE WILL KNOW Oskar's "real or fake" quiz score at session 1 and session
                      8, copied to Ben and to the core group

5.10 [CP] Bring Oskar's EHCP annual review forward and add an outcome on keeping
     safe online and on journeys.
     WHO ............ Mrs Helen Cross, SENCo, Haverstow Park School
     WHEN ........... Review meeting by 28/11/2025
     HOW WE WILL KNOW Review paperwork sent to the SEN team by 05/12/2025; the
                      amended EHCP with the new outcome on Oskar's file

5.11 [CP] Assess Oskar's anxiety and sleep since the blackmail, and agree with him
     a written plan for when he panics.
     WHO ............ Dr Owen Pryce, Haverstow CAMHS Neurodevelopmental Team
     WHEN ........... Assessment by 14/11/2025, then appointments every month
     HOW WE WILL KNOW Assessment letter to his parents, Ben and school; Oskar's
                      panic plan card seen in his school bag by Mr Barnes

5.12 [CP] Play online with Oskar in the living room on Sunday afternoons, and be
     the person he messages if something online worries him.
     WHO ............ Zofia Wrona (sister)
     WHEN ........... Every Sunday, 2pm to 5pm
     HOW WE WILL KNOW Oskar notes on his weekly sheet whether they played;
                      Zofia texts Ben on the first Sunday of each month

5.13 [CP] Take Oskar to the Friday group for autistic teenagers at Haverstow
     Youth Centre and stay for the first two sessions.
     WHO ............ Piotr Wrona (Dad)
     WHEN ........... Every Friday, 6pm to 8pm, from 24/10/2025
     HOW WE WILL KNOW Youth Centre register; Oskar writes on his weekly sheet
                      whether he wants to keep going

5.14 [CP] Four sessions with Oskar's parents, in Polish, on online grooming and
     how it works with autistic young people.
     WHO ............ Ewa Nowicka, family support worker, Haverstow Family Hub
     WHEN ........... Weekly, all four by 28/11/2025
     HOW WE WILL KNOW Attendance record; the family's online safety agreement,
                      signed by Oskar and both parents, seen by Ben

6. IF THINGS GO WRONG
--------------------------------------------------------------------------------
6.1 If Oskar goes missing, or is not home 30 minutes after the taxi drop-off
    and not answering: Mum rings 999, the police treat Oskar as a high-risk
    missing child because of his autism, and Ben (or the emergency duty team)
    holds a strategy discussion the same day.
6.2 If "Jake" or anyone else contacts Oskar again, or threatens to share
    pictures: the family do not reply or pay, Mum rings DC Lyle's team that
    day, and Ben holds a strategy discussion with the police the same day.
6.3 If Zofia cannot do her Sundays (college, work or illness), Dad sits with
    Oskar in the living room for his Sunday gaming instead; if neither of them
    can, the console stays off that day and Oskar is told in writing why.
6.4 If Oskar goes missing again to meet anyone from online, or the device rules
    in 5.3 break down so that he is contacted again, Ben will ask Rachel Onions
    for a legal planning meeting within 5 working days, to decide whether
    Oskar needs to be looked after for a time to keep him safe.

7. MEETINGS
--------------------------------------------------------------------------------
Core group ......... every four weeks, Wednesdays at 3.30pm, Haverstow Park
                     School, with a Polish interpreter: 29/10/2025, 26/11/2025,
                     07/01/2026. Oskar will send his views in writing.
Review conference .. Thursday 15/01/2026, 10am, Haverstow Town Hall (interpreter
                     booked)
================================================================================
Plan sent in English and Polish to Agnieszka and Piotr, and an easy-read copy with
pictures to Oskar, on 20/10/2025.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. First review conference plan, 16-year-old girl at college, an older
#    "boyfriend" of 24, an overdose in June, mother's drinking and anxiety.
#    Portrait Word plan, goal cell merged down over its actions, a box of
#    Leah's own words. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b134_hobbleden_rcpc_goal_merged_rows_cartwright.docx",
    "doc_title": "Review Child Protection Plan - Leah Cartwright",
    "split": "heldout",
    "actions": 13,
    "check_vmerge": 3,
    "template": "rcpc-adolescent-word-plan-portrait-details-list-since-icpc-leahs-own-words-mums-view-then-goal-merged-down-what-we-will-do-lead-timescale-evidence-of-progress-table-contingency-meetings",
    "description": (
        "First review conference plan for a 16-year-old at sixth form college whose 24-year-old "
        "'boyfriend' supplies her with alcohol and has taken her to parties at his flat, who took "
        "an overdose in June, and whose mother drinks most evenings and has anxiety. A portrait "
        "Word table with three goals for Leah merged down over their actions. Most rows are sound "
        "(weekly visits alone, the police and a warning notice decision, Leah's own Friday and "
        "Saturday plan, CAMHS, the college safeguarding lead, the alcohol service reporting on "
        "change, the mother's own evenings, the GP). Faults: the CSE worker's sessions are "
        "measured by 'Leah's engagement', sexual health appointments are 'as and when' Leah "
        "wants them, sightings are owned by 'Professionals', bereavement counselling has no "
        "timescale, Talking Therapies only treat the mother's anxiety, and the contingency "
        "has no trigger beyond 'further concerns', no protective response and no legal planning."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Hobbleden Metropolitan Council – Children and Young People's Service – Safeguarding Team (East)"),
        ("kv", [
            ("Young person", "Leah Cartwright (16), DOB 03/02/2009, Year 12, Hobbleden Sixth Form College"),
            ("Address", "15 Weaver's Croft, Hobbleden HB9 1RT"),
            ("Mother", "Tracy Cartwright (44)"),
            ("Father", "Paul Cartwright, died in March 2024"),
            ("Category", "Sexual abuse (child sexual exploitation)"),
            ("Initial conference", "24/06/2025"),
            ("This conference", "First review, 23/09/2025. Chair: Imogen Sadler (IRO)"),
            ("Social worker", "Sophie Marsden (team manager: Hassan Ali)"),
        ]),
        ("h1", "Since the initial conference"),
        ("p", "At the initial conference Leah had been seeing Dean Haworth, who is 24, since February. He buys her "
              "vodka and has taken her to parties at his flat in Tannery Court where older men were present. On "
              "11/06/2025 Leah took an overdose of paracetamol after an argument with him and spent two nights on "
              "the children's ward at Hobbleden General. Tracy drinks most evenings, and Leah told the hospital "
              "social worker that she does not go home when her mum has been drinking."),
        ("p", "Since then Leah has been seen on her own every week. She says she has \"finished with Dean\" but "
              "police saw her in his car on 06/09/2025. She has started at college and her attendance is 90%. "
              "Tracy has begun key-work at the alcohol service, and her breath tests in September were clear on "
              "three of four visits. Leah has not self-harmed since July."),
        ("h1", "In Leah's own words"),
        ("p", "\"Dean's not the problem, everyone else is. But I know he was weird about my age. He used to say I "
              "was mature for 15.\""),
        ("p", "\"I like college. I want to do nursing. I don't want CAMHS going on about my dad every week.\""),
        ("p", "\"When Mum's had a drink she goes on and on. I'd rather be at Chloe's than at home then.\""),
        ("p", "Leah scored how safe she feels at home 6 out of 10 (4 in June) and with Dean \"about 5, it depends "
              "on his mood\". She does not agree that she needs to be on a plan at 16 and wants it to end at the "
              "next review."),
        ("h1", "Tracy's view"),
        ("p", "Tracy said: \"I know my drinking's part of it. I'm trying. I just want her away from him.\""),
        ("h1", "The plan"),
        ("table", {
            "header": ["Goal for Leah", "What we will do", "Lead", "Timescale", "Evidence of progress"],
            "widths": [3.2, 5.2, 2.9, 2.6, 3.1],
            "rows": [
                ["1. Leah is safe from Dean and from any adult who wants to use her for sex, and knows how to "
                 "get help.",
                 "See Leah on her own, away from home at least once a fortnight, and ask her to score how safe she "
                 "feels with Dean",
                 "Sophie Marsden, SW",
                 "Weekly until the next review conference",
                 "Visit records show Leah seen alone each week, with her safety score and her words"],
                [V,
                 "Decide whether to serve a Child Abduction Warning Notice on Dean Haworth and share the decision "
                 "with the SW",
                 "DC Martin Price, Hobbleden Police Exploitation Team",
                 "By 10/10/2025",
                 "Decision and, if served, a copy of the notice on Leah's file"],
                [V,
                 "Weekly sessions with Leah on healthy relationships, consent and coercive control",
                 "Kayleigh Brook, CSE worker, Hobbleden Routes Project",
                 "Every Wednesday after college from 01/10/2025",
                 "Leah's engagement"],
                [V,
                 "Offer Leah sexual health appointments and contraception at the young people's clinic",
                 "Jan Whitby, nurse, Hobbleden Young People's Sexual Health Clinic",
                 "As and when Leah wants them",
                 "Appointments attended, shared with the SW with Leah's consent"],
                [V,
                 "Pass on any sighting of Leah with Dean or in his car to the SW and the police",
                 "Professionals",
                 "The same day",
                 "Each sighting logged on the police system and on Leah's file"],
                [V,
                 "Tell Mum where she is staying on Friday and Saturday nights, and be home or at Chloe's by 11pm",
                 "Leah Cartwright",
                 "Every Friday and Saturday from 26/09/2025",
                 "Mum's text log, seen by the SW at visits; no missing reports"],
                ["2. Leah stops hurting herself and has people to turn to when she feels overwhelmed.",
                 "CAMHS sessions with Leah and a written safety plan for when she feels like hurting herself",
                 "Dr Mark Ferris, Hobbleden CAMHS",
                 "Fortnightly from 30/09/2025; safety plan by 14/10/2025",
                 "Safety plan copied to Leah, Mum, college and the SW; CAMHS letter after each session"],
                [V,
                 "Be Leah's named person at college, meet her every Monday and check her attendance each day",
                 "Ms Rita Lowe, safeguarding lead, Hobbleden Sixth Form College",
                 "Every Monday; attendance every college day",
                 "Attendance sent to the SW every Friday; Monday meetings logged"],
                [V,
                 "Bereavement counselling for Leah about her dad's death, with a counsellor she chooses",
                 "Hobbleden Young People's Counselling Service",
                 "",
                 "The counsellor's letter to the SW after the last session"],
                ["3. Leah lives with a mum who is sober in the evenings and who Leah can talk to.",
                 "Key-work with Tracy, breath tests, and a written report on whether she is sober in the evenings "
                 "when Leah is home",
                 "Phil Hardcastle, recovery worker, Hobbleden Alcohol Service",
                 "Every other Monday from 29/09/2025; report before each core group",
                 "Breath test results and a written report on file before each core group"],
                [V,
                 "Six sessions of guided self-help for Tracy's anxiety",
                 "Hobbleden Talking Therapies",
                 "Weekly from 02/10/2025",
                 "Attendance letter sent to the SW"],
                [V,
                 "Have no drink after 5pm on days Leah is at home, and sit down with Leah for tea three evenings "
                 "a week",
                 "Tracy Cartwright (Mum)",
                 "Every evening from 23/09/2025",
                 "Breath tests at the alcohol service; Leah tells the SW at each visit how the evenings have been"],
                [V,
                 "Review Tracy's anxiety medication and sleeping tablets and write to the SW",
                 "Dr Lena Fry, GP, Weaver's Croft Surgery",
                 "By 24/10/2025",
                 "GP letter on file by 24/10/2025"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If there are further concerns about Leah's safety or Tracy's drinking, the social worker will discuss "
              "them with her manager and the core group will meet to review the plan."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every six weeks, Tuesdays at 4.30pm, Hobbleden Sixth Form College: 07/10/2025, 18/11/2025 "
            "and 06/01/2026.",
            "Next review child protection conference: Tuesday 17/03/2026, 10am, Hobbleden Civic Hall.",
        ]),
    ],
    "findings": [
        F("M002", "Weekly sessions with Leah on healthy relationships, consent"),
        F("T002", "Offer Leah sexual health appointments and contraception"),
        F("W002", "Pass on any sighting of Leah with Dean"),
        F("T001", "Bereavement counselling for Leah about her dad's death"),
        F("H001", "Six sessions of guided self-help for Tracy's anxiety"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan, 15-year-old boy robbed at knifepoint who then
#    carried a knife "for protection", threats from a group living in his
#    block, father's depression. Word plan printed to PDF with a page header
#    and footer; an "In my own words" section, then one small table under
#    each outcome heading, including work on places (the park, the bus stop)
#    and a housing transfer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b134_hartlow_icpc_outcome_tables_own_words_haylock.pdf",
    "doc_title": "Child Protection Plan - Jordan Haylock",
    "split": "heldout",
    "actions": 16,
    "header": "OFFICIAL-SENSITIVE – Hartlow Metropolitan Borough Council – Child Protection Plan",
    "footer": "Jordan Haylock – initial conference plan, 14/10/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "icpc-serious-youth-violence-word-plan-printed-to-pdf-page-header-footer-details-list-what-happened-in-my-own-words-section-parents-views-then-outcome-headings-each-with-what-will-happen-who-when-how-we-will-know-table-place-based-and-housing-rows-contingency-meetings-and-panel",
    "description": (
        "Exemplary initial conference plan for a 15-year-old who was robbed at knifepoint in the "
        "local park, then stopped by police with a kitchen knife in his bag, and whose family have "
        "been threatened by a group living in their block; his father has depression. A Word plan "
        "printed to PDF with a page header and footer: an 'In my own words' section (what Jordan "
        "wants, what he will do, what he does not agree with), then four outcome headings each "
        "with a small What / Who / When / How we will know table. Owners include the YJS officer, "
        "a detached youth worker, the council's community safety officer (lighting and CCTV at the "
        "park), the neighbourhood police officer, the housing officer (a management transfer), the "
        "DSL, a careers adviser and CAMHS; Jordan and both parents own rows. The adult mental "
        "health team reports on the father's capacity to change and the GP owns a row. A "
        "contingency with triggers and a fallback if the grandmother cannot have Jordan, legal "
        "planning on named triggers, core group, panel and review dates."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Initial child protection conference, Tuesday 14/10/2025 · Hartlow Children's Social Care · "
              "Adolescent Safeguarding Service"),
        ("kv", [
            ("Young person", "Jordan Haylock (15), DOB 30/01/2010, Year 11, Hartlow Park School"),
            ("Address", "Flat 14, Marsh Court, Marsh Road, Hartlow HT5 2EE"),
            ("Lives with", "Charmaine Haylock (Mum, 42), Marlon Haylock (Dad, 45) and his sister Mya (9)"),
            ("Paternal grandmother", "Gloria Haylock, 7 Brookside Road, Hartlow (other side of town)"),
            ("Category", "Physical abuse (risk of serious harm outside the home)"),
            ("Chair", "Deborah Ince (IRO)"),
            ("Social worker", "Dion Clarke (team manager: Jane Okoye)"),
        ]),
        ("h1", "What happened"),
        ("p", "On 12/07/2025 Jordan was robbed of his phone and trainers at knifepoint by three older boys in Hartlow "
              "Rec. Since then he has had messages saying he \"grassed\", and two of the boys live on the floor "
              "above his family in Marsh Court. On 20/09/2025 police stopped Jordan at the Marsh Road bus stop and "
              "found a kitchen knife in his school bag. He said it was for protection. He was given a youth "
              "conditional caution on 03/10/2025 with a 12-week programme at the Youth Justice Service."),
        ("p", "Marlon has had depression since he was made redundant in March. He rarely leaves the flat, and "
              "Jordan and Mya often come home from school to find him asleep. He is on an antidepressant from his "
              "GP and was referred to the Hartlow Community Mental Health Team in September. Charmaine works long "
              "shifts as a care worker."),
        ("h1", "In my own words – Jordan"),
        ("p", "Jordan wrote this with Ashley Grant, his youth worker, on 09/10/2025, and asked for it to go in the "
              "plan as he wrote it."),
        ("p", "\"I'm not a bad person. I carried it because I didn't want to get rushed again. Every time I go past "
              "the Rec I feel sick. Them lot live upstairs and Mum won't let me say anything.\""),
        ("p", "\"What I want: to move flat. To finish my GCSEs and do electrician at college. To play football "
              "again without looking over my shoulder.\""),
        ("p", "\"What I'll do: walk the new way to school with Tyrese. Tell Ashley if anyone comes at me. Not take "
              "anything in my bag.\""),
        ("p", "\"What I don't agree with: the police coming to school. Everyone sees. And I don't want to go to my "
              "nan's every week, only some weeks.\" The conference agreed that the police officer will meet "
              "Jordan away from the main building, and that his Friday nights at his nan's will be every other "
              "week."),
        ("p", "Jordan scored how safe he feels at home 5 out of 10, on the estate 2, and at school 7."),
        ("h1", "What Charmaine and Marlon have said"),
        ("p", "Charmaine: \"We need to get out of Marsh Court. I can't sleep when he's out.\" Marlon: \"I know I'm "
              "not there for him like I should be. I want to be.\" Both agree with the plan."),
        ("h1", "Outcome 1: Jordan is not hurt, and does not carry a knife or any weapon, at home, at school or on "
               "the way between them"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.0, 3.6, 3.4, 4.0],
            "rows": [
                ["Meet Jordan for the 12-week programme that goes with his caution, including the sessions on "
                 "knife harm",
                 "Leon Daley, YJS officer, Hartlow Youth Justice Service",
                 "Weekly from 07/10/2025 to 30/12/2025",
                 "YJS attendance record sent to the SW each month; completion letter by 30/12/2025"],
                ["Walk the routes Jordan worries about with him and agree a safe way to school and back that "
                 "avoids the Rec",
                 "Ashley Grant, detached youth worker, Hartlow StreetReach",
                 "Two walks by 24/10/2025; route checked with Jordan each half-term",
                 "Route map signed by Jordan and copied to school and the SW"],
                ["Walk to school the agreed way with Tyrese, carry nothing that could be used as a weapon, and tell "
                 "Ashley, Dad or Mr Kerr the same day if anyone threatens him",
                 "Jordan Haylock",
                 "Every school day from 15/10/2025",
                 "Ashley logs every report; Jordan's weekly safety score, agreed with Ashley; school gate register "
                 "shows him in by 8.40am"],
                ["Ask the Community Safety Partnership for better lighting and CCTV at Hartlow Rec and the Marsh "
                 "Road bus stop",
                 "Gary Whitehouse, community safety officer, Hartlow Council",
                 "Request to the partnership meeting on 05/11/2025; works by 31/01/2026",
                 "Partnership minutes and the works order on file; new lights seen working by StreetReach"],
                ["Patrol the Rec and the Marsh Road bus stop after school, and tell the SW of any incident "
                 "involving Jordan or the group who robbed him",
                 "PC Amir Hussain, neighbourhood and schools officer, Hartlow Police",
                 "Every school day, 3pm to 5pm, until the review; incidents to the SW the same day",
                 "Patrol log and incident logs shared with the SW on the day"],
            ],
        }),
        ("h1", "Outcome 2: Jordan lives somewhere his family feel safe, away from the people who threatened "
               "him, with an adult at home when he gets in"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.0, 3.6, 3.4, 4.0],
            "rows": [
                ["Decide the family's application for a management transfer out of Marsh Court, using the police "
                 "and SW letters",
                 "Nicola Parry, housing officer, Hartlow Homes",
                 "Decision by 31/10/2025; move before the review conference if agreed",
                 "Decision letter on file; new tenancy start date"],
                ["Visit Jordan at home and at school, see him on his own, and ask him to score how safe he feels "
                 "at home, on the estate and at school",
                 "Dion Clarke, SW",
                 "Weekly until the review conference, with one visit a month after 6pm",
                 "Visit records with Jordan's three scores and his own words"],
                ["Check Jordan is home by 4.30pm on school days (by phone on her work days), and ring 101 if he is "
                 "not home and not answering by 9pm",
                 "Charmaine Haylock (Mum)",
                 "Every school day; 101 from 9pm any night he is not in",
                 "Family diary, seen by the SW each week; police log matches the diary"],
                ["Be up and at home when Jordan and Mya get in from school, and text Charmaine when Jordan is in",
                 "Marlon Haylock (Dad)",
                 "Every school day from 15/10/2025",
                 "Charmaine's phone shows the texts; the family diary, seen by the SW each week"],
                ["Assess Marlon's depression, and write to each core group on whether he is able to make the "
                 "changes needed to be up and there for Jordan and Mya, and how long that is likely to take",
                 "Sean Lowry, care co-ordinator, Hartlow Community Mental Health Team",
                 "Assessment by 07/11/2025; report 2 working days before each core group",
                 "Written assessment and reports on the case file"],
                ["Review Marlon's antidepressant and write to the SW about his mood and any missed appointments",
                 "Dr Alice Moreno, GP, Marsh Road Medical Centre",
                 "By 31/10/2025, then every 8 weeks",
                 "GP letter on file after each review"],
                ["Have Jordan to stay every other Friday night, away from the estate",
                 "Gloria Haylock (paternal grandmother)",
                 "Every other Friday from 17/10/2025",
                 "Gloria texts the SW each Saturday morning"],
            ],
        }),
        ("h1", "Outcome 3: Jordan is in school every day, sits his GCSEs and has a college place for September "
               "2026"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.0, 3.6, 3.4, 4.0],
            "rows": [
                ["Check Jordan's attendance every morning and ring home and the SW by 10am if he is not in; meet "
                 "him every Wednesday as his trusted adult",
                 "Mr Calum Kerr, DSL, Hartlow Park School",
                 "Every school day; Wednesday meetings",
                 "Attendance print to the SW every Friday (92% by 19/12/2025); meetings logged on CPOMS"],
                ["Careers interview with Jordan and help with his application to Hartlow College for the "
                 "electrical course",
                 "Priya Sethi, careers adviser, Hartlow Park School",
                 "Interview by 21/11/2025; application in by 31/01/2026",
                 "Careers plan given to Jordan and the SW; the college's acknowledgement email on file"],
            ],
        }),
        ("h1", "Outcome 4: Jordan has adults he trusts, sleeps better, and has things to do in the evenings "
               "that he enjoys"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.0, 3.6, 3.4, 4.0],
            "rows": [
                ["Take Jordan to the Tuesday and Thursday football sessions at Hartlow Sports Village, and bring "
                 "him home in the StreetReach minibus",
                 "Ashley Grant, StreetReach",
                 "Tuesdays and Thursdays, 6pm to 8pm, from 21/10/2025",
                 "Session register; minibus log shows Jordan dropped at home"],
                ["Assess Jordan's nightmares and fear since the robbery, then offer trauma-focused sessions",
                 "Fatima Khan, clinician, Hartlow CAMHS",
                 "Assessment by 31/10/2025; sessions every two weeks after that",
                 "Assessment letter to Jordan's parents, school and the SW; a CAMHS letter after every fourth "
                 "session"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Jordan is found with a knife or any weapon, is threatened or assaulted, is not home and not "
              "answering by 9pm, or the family's flat is targeted: Charmaine or Marlon will ring 999, and Dion (or "
              "the emergency duty team) will hold a strategy discussion with the police the same day. Jordan and "
              "Mya will stay with Gloria at 7 Brookside Road that night and until the strategy discussion agrees "
              "it is safe to go home."),
        ("p", "If Gloria is unable to have them (she is ill, away, or her address is known to the group), Nicola "
              "Parry will arrange emergency temporary accommodation for the family away from Marsh Road that "
              "night, and if that is not possible Dion will place Jordan with emergency foster carers outside "
              "Hartlow that night."),
        ("p", "If Marlon says he is thinking of harming himself, Charmaine will ring the CMHT crisis line and Sean "
              "Lowry or the crisis team will see him the same day; Charmaine will be home with the children that "
              "evening."),
        ("p", "If Jordan is found carrying a weapon again, is seriously hurt, or goes missing twice before the "
              "review conference, Dion will ask Jane Okoye for a legal planning meeting within 5 working days, to "
              "decide whether Jordan needs to be looked after away from Hartlow for a time."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Fridays at 3.30pm, Hartlow Park School: 24/10/2025, 21/11/2025 and "
            "19/12/2025.",
            "Hartlow Rec, the Marsh Road bus stop and Marsh Court will be discussed at the Extra-Familial Harm "
            "Panel on 28/10/2025.",
            "Review child protection conference: Tuesday 13/01/2026, 10am, Hartlow Civic Centre.",
        ]),
    ],
    "findings": [],
})
