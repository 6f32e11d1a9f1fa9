"""Batch 172, module b: seven fictional plans (tuning material), places beginning with "b".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md, without
running planlint or reading its code.

Focus: who does what, when and how we will know, written in the grammar of
real minutes and reports. Each plan is in a template of its own (conference
minutes whose decisions hold the plan, a social worker's report to the
chair, a plan typed by business support from the social worker's notes, a
narrative plan with a paragraph per area, a core group record, a plan
letter to parents, a table plan), and the actions' grammar varies within
and across them: passive and nominalised actions with the owner in the
sentence, the row or nowhere ("It was agreed that a referral ... would be
made by NB by 05/12/2025", "Completion of the Respect programme by Mr Lane
...", "Weekly visits ... to be undertaken by the SW", "A referral to
Brindleford Home-Start will be made ..."); the reported speech of minutes
("Leanne said she would ...", "KA confirmed that the Recovery Service will
...", "Shaun agreed he will not ..."); restrictions as real actions ("Mr
Pike will not go to 14 Linnet Close ...", "Neither Dean nor Kirsty will let
anyone who uses drugs into the house ..."); owners named by role, initials
from a key or attendance list, agency, first name, "I" and "you" in a
letter, and once a pronoun pointing back ("She will also refer Lily ...");
times in words ("over the next six weeks", "before baby born", "by 32/40",
"until Mila is nine months old", "every contact weekend until the review
conference"). Sentences that are not actions stand among the actions and
are not counted: past events ("Dean used heroin on top of his script in
September and October 2025", "Leanne attended two sessions there in 2024"),
hopes ("Kirsty would like Lily to start ..."), a conditional ("Should a test
show heroin, the safety plan below comes into effect") and a note "for
info". In the four faulty plans a few owners are collective ("All
agencies", "Professionals") or missing (a passive with no agent), a few
times are vague ("when she feels ready", "asap", "As required") or missing,
and a few measures are vague ("this will be monitored", "keep an eye on",
"your engagement") or missing.

1. minutes of an initial conference for a 10-year-old and a 4-year-old
   after the mother's partner assaulted her while holding the girl (the
   mother drinks and has anxiety), the plan typed as numbered minute
   paragraphs 8.1 to 8.17 in minutes grammar (docx): faults are Talking
   Therapies' CBT only treating the mother, the Freedom Programme "when she
   feels ready", the police marker with no time, direct work with Connor
   "would be undertaken" by no one, "All agencies" reporting sightings, and
   the school nurse's sessions "monitored" (H001, T002, T001, W001, W002,
   M002);
2. the social worker's report to the review conference chair for an
   8-year-old and a 5-year-old living with neglect (the father's depression
   and cannabis use, the aunt helping), progress in past-tense prose and a
   recommended plan of numbered report paragraphs R1 to R15 ("It is
   recommended that ...", nominalised with a lead, passive with an agent),
   page header and footer (pdf, exemplary);
3. a pre-birth plan for a 2-year-old and her unborn sibling typed by
   business support from the social worker's handwritten notes (a care
   leaver's cannabis use, the father's violence, a planned move to another
   county), a key of initials and nineteen clipped note lines with a
   "Check:" tail (txt): faults are the parenting assessment paused and
   handed to the receiving county, a Home-Start referral "to be made" by no
   one, the nursery to "keep an eye on" Lacey, a letter about damp "asap",
   the missed immunisations with no check, and the review conference "date
   TBC" (X001, W001, M002, T002, M001, R001);
4. a review conference plan for a 3-year-old and a 16-month-old whose
   parents are on methadone, written as narrative with one paragraph per
   area of the children's lives, every action a whole sentence holding its
   owner, time and check, among sentences that are not actions (md,
   exemplary);
5. a second core group record for an 11-year-old after his separated
   parents' fights at handovers (his father drinks; he scratches his arms),
   updates in reported speech and an "Actions agreed at this meeting" table
   whose action cells are minutes ("Shaun said he would ..."), page header
   and footer (pdf): faults are the mother's parenting course with "-" for
   how we will know, the transition visits "As required", "Professionals"
   passing on worries, an outcome about the father only, a contingency of
   "further concerns" answered by discussion and review, and no legal
   planning (M001, T002, W002, F002, C002, R002);
6. the social worker's letter to the parents of a 5-month-old with an
   unexplained bruise (the mother's postnatal depression, the father not to
   be alone with her, his parents supervising), the plan as bullets in
   letter grammar ("I will ...", "Aaron, you will not ...") (md): faults
   are the health visitor's visits measured by "your engagement", the
   Caring Dads assessment with no time, a passive Home-Start referral with
   no one named, the ICON session "asap", the mother's depression with no
   adult service owning any action, and no fallback if the grandparents
   cannot supervise (M002, T001, W001, T002, F004, C003);
7. a review conference plan for a 6-year-old and a 2-year-old after their
   father's violence when drunk, a landscape table with each outcome merged
   down beside actions written as nominalised and passive phrases and
   restrictions, the owner in a Lead column (docx, exemplary).

Three plans (2, 4 and 7) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome is about the children; each contingency has specific triggers and
protective responses and says what happens if a relative's help fails;
each records the children's words or observed lived experience, core group
dates and a dated review conference, and legal planning after named
triggers; adult services (the drug and alcohol service, the alcohol team,
the GP, the community mental health team) own actions where a parent is ill
or uses drugs or alcohol, and the one adult mental health service is asked
for its view of the father's capacity to change and how long it will take.
Expected findings: 24 (six in each faulty plan).

Counting convention used for "actions" (README convention 1): each
numbered minute of the conference's plan (8.1 to 8.17), each numbered
report paragraph (R1 to R15), each numbered note line of the typed plan,
each action sentence of the narrative plan's paragraphs, each row of an
action table and each bullet of the letter's "What we agreed will happen"
counts once, whatever number of sentences it holds. Sentences in the
narrative plan that tell what happened, what someone would like, or what
happens if a test is positive are not actions, nor is the typed plan's
"for info" note. Details, attendance tables, agency reports and updates,
progress since the last conference, views, scaling, analysis, outcomes,
the contingency and meeting dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference minutes: attendance by initials, numbered minute
#    headings, agency reports, views, analysis and decision, then the plan
#    as numbered minute paragraphs in the minute-taker's grammar ("It was
#    agreed that ...", "Leanne said she would ...", "PC Dale confirmed ...").
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b172_bramwick_icpc_minutes_plan_as_numbered_minutes_hennessey.docx",
    "doc_title": "Initial Child Protection Conference - Minutes - Connor Hennessey and Freya Pike",
    "split": "tune",
    "actions": 17,
    "template": "icpc-minutes-docx-kv-meeting-details-attendance-table-by-initials-numbered-minute-headings-agency-reports-parents-and-childrens-views-analysis-scaling-decision-outcomes-then-plan-as-numbered-minute-paragraphs-8-1-to-8-17-in-reported-speech-and-passive-it-was-agreed-said-she-would-confirmed-will-then-contingency-core-group-and-review-minutes",
    "description": (
        "Minutes of an initial child protection conference for a 10-year-old boy and a 4-year-old girl "
        "after their mother's partner pushed her into a door while holding the girl, with the boy "
        "ringing 999; the mother drinks most evenings and has anxiety, and the maternal grandmother helps "
        "with nursery collections. After the attendance table (initials defined once), agency reports, "
        "the parents' and children's views, the chair's analysis and the decision, the plan is typed as "
        "numbered minute paragraphs 8.1 to 8.17 in the minute-taker's grammar: 'It was agreed that ...', "
        "'Leanne said she would ...', 'PC Dale confirmed that Bramwick Police will ...', 'A risk "
        "assessment of Mr Pike (lead: NB) is to be completed by ...', and restrictions ('Mr Pike will not "
        "...', 'Leanne agreed she will not let ...'). Most minutes are sound. Faults: Talking Therapies' "
        "CBT only treats the mother (measured by attendance); the Freedom Programme 'when she feels "
        "ready'; the police marker with no time; direct work with Connor 'would be undertaken' by no one; "
        "'All agencies' reporting sightings; and the school nurse's sessions measured by 'this will be "
        "monitored'."
    ),
    "blocks": [
        ("title", "Initial Child Protection Conference: Minutes"),
        ("p", "Bramwick Metropolitan Borough Council, Children's Services. Quality Assurance and Safeguarding "
              "Unit. These minutes are confidential and are shared only with those invited to the conference."),
        ("kv", [
            ("Children", "Connor Hennessey, born 14/03/2015 (10, Year 6, St Aidan's CE Primary School); "
                         "Freya Pike, born 30/08/2021 (4, nursery class, St Aidan's CE Primary School)"),
            ("Address", "14 Linnet Close, Bramwick BW7 3JD"),
            ("Date and time", "27/11/2025, 10.00am to 12.20pm"),
            ("Venue", "Bramwick Civic Centre, Room 2, and by video"),
            ("Chair", "Sarah Whitlow, Independent Child Protection Chair"),
            ("Minutes", "Dawn Fisher, Business Support"),
        ]),
        ("h1", "1. Attendance and apologies"),
        ("p", "Initials are used for the rest of these minutes."),
        ("table", {
            "header": ["Initials", "Name", "Role and agency"],
            "widths": [2.0, 4.5, 10.5],
            "rows": [
                ["SW(C)", "Sarah Whitlow", "Independent Child Protection Chair"],
                ["LH", "Leanne Hennessey", "Mother of Connor and Freya"],
                ["CH", "Carol Hennessey", "Maternal grandmother (attended items 1 to 5 and 8 to 10)"],
                ["NB", "Nadia Begum", "Social worker, Safeguarding and Assessment Team, Bramwick Children's Services"],
                ["PG", "Phil Gorman", "Team manager, Safeguarding and Assessment Team"],
                ["HR", "Helen Royle", "Deputy head and Designated Safeguarding Lead, St Aidan's CE Primary School"],
                ["GS", "Gemma Shaw", "Nursery class teacher, St Aidan's CE Primary School"],
                ["JM", "Joanne Milner", "School nurse, Bramwick 0-19 Service"],
                ["MD", "PC Mark Dale", "Domestic Abuse Unit, Bramwick Police"],
                ["TR", "Tanya Reid", "Independent domestic violence adviser (IDVA), Bramwick Women's Aid"],
                ["KA", "Kelly Ashworth", "Recovery worker, Bramwick Recovery Service (drug and alcohol service)"],
            ],
        }),
        ("p", "Apologies, with written reports: Dr Ian Fraser, GP, Linnet Lane Surgery; Ms Farah Idris, "
              "psychological wellbeing practitioner, Bramwick Talking Therapies. Jason Pike (Freya's father) "
              "was not invited to attend in person because his bail conditions forbid contact with Leanne; NB "
              "spoke to him by phone on 24/11/2025 and shared his views with the conference."),
        ("h1", "2. Purpose of the conference and reason for it"),
        ("p", "SW(C) explained the purpose of the conference. The conference was called after a strategy "
              "discussion on 22/10/2025. On the evening of 21/10/2025 Mr Pike pushed Leanne into the kitchen "
              "door while he was holding Freya. Connor rang 999 from his bedroom. Officers found Leanne with a "
              "cut above her eye and smelling strongly of alcohol, and Freya crying in the hallway. Mr Pike was "
              "arrested for assault and is on bail not to contact Leanne or go to Linnet Close until "
              "20/01/2026. Police have been called to the address three times in 2025."),
        ("h1", "3. Agency reports"),
        ("p", "3.1 NB (social worker) said the single assessment found that Connor and Freya have lived with "
              "arguments and violence for at least two years. Connor told NB he keeps his phone under his "
              "pillow \"in case\". Leanne told NB she drinks a bottle of wine most evenings and more at "
              "weekends, and that she drank \"to cope with Jason\". The home was clean and the children had "
              "food. Leanne has been honest with NB and asked for help with her drinking."),
        ("p", "3.2 HR (school) said Connor's attendance this term is 91%. He is tired in the mornings, has "
              "fallen behind in reading and has had two fights at lunchtime since October. He told his "
              "teacher he \"has to listen out for Mum\" at night."),
        ("p", "3.3 GS (nursery) said Freya is clingy at drop-off and cries when other children shout. She has "
              "twice been collected late, and on 07/11/2025 GS thought Leanne smelt of alcohol at 3.15pm."),
        ("p", "3.4 MD (police) described the three call-outs in 2025 and the bail conditions. The DASH risk "
              "assessment on 21/10/2025 was high risk, and the case will be heard at MARAC on 11/12/2025."),
        ("p", "3.5 TR (IDVA) has met Leanne twice. Leanne is frightened of what Mr Pike will do when his bail "
              "ends."),
        ("p", "3.6 KA (Recovery Service) said Leanne self-referred on 03/11/2025 and has had an initial "
              "appointment. Her AUDIT score at that appointment was 22."),
        ("p", "3.7 Written reports: Dr Fraser's report says Leanne has had anxiety since her teens and was "
              "prescribed sertraline in 2023, which she stopped in the summer. Ms Idris's report says Leanne "
              "has been assessed by Bramwick Talking Therapies and placed on the waiting list for CBT."),
        ("h1", "4. The views of Leanne, Carol and Mr Pike"),
        ("p", "Leanne said she knows the children have seen too much and that she does not want Mr Pike back "
              "in the house. She accepts that her drinking has got worse and said she wants to \"be a mum who "
              "remembers bedtime\". Leanne told conference she would like to move nearer her mother in the "
              "new year. Carol said she will help with Freya as much as she can but works full time on Mondays, "
              "Wednesdays and Fridays."),
        ("p", "Mr Pike told NB that Leanne \"winds him up\" when she has been drinking and that he did not "
              "mean to hurt her. He wants to see Freya and said he would \"do a course if it gets me my "
              "daughter back\"."),
        ("h1", "5. What life is like for Connor and Freya, and what they say"),
        ("p", "Connor (seen alone at school by NB on 18/11/2025): \"I don't want Jason back. I want Mum to "
              "stop the wine.\" \"When they shout I put my headphones on and go on my Xbox so Freya can't "
              "hear.\" He scored home 3 out of 10 and said it would be a 10 if \"nobody shouted and Mum "
              "was awake in the mornings\". He would like to go to Grandma Carol's more."),
        ("p", "Freya (seen at nursery on 19/11/2025 and at home on 21/11/2025) played with the dolls' house "
              "and made the daddy doll \"shout loud\". She said \"Daddy pushed Mummy\" and then went to find "
              "her blanket. GS says she settles when she is given a job, such as feeding the nursery fish, and "
              "likes to sit next to Miss Shaw at story time."),
        ("h1", "6. Analysis"),
        ("p", "Worries: Connor and Freya have seen and heard violence towards their mother, and Freya was in "
              "Mr Pike's arms when he pushed Leanne. Leanne drinks most evenings, when she is the only adult "
              "caring for the children. Connor is taking on the role of protecting his mother and sister. Mr "
              "Pike's bail ends on 20/01/2026 and he wants to return."),
        ("p", "Strengths: Leanne is open about her drinking and asked for help. The home is warm and clean and "
              "the children are fed. Carol is a safe and loving grandmother close by. Both children have "
              "good relationships with staff at St Aidan's."),
        ("p", "Scaling (0 = the children are not safe, 10 = safe enough to close): agencies scored between 2 "
              "and 4; Leanne scored 5."),
        ("h1", "7. Decision"),
        ("p", "The conference agreed that Connor and Freya are likely to suffer significant harm. Both "
              "children will be subject to a child protection plan under the category of emotional abuse. "
              "Lead social worker: NB."),
        ("p", "What needs to be different for Connor and Freya:"),
        ("numbers", [
            "Connor and Freya live in a home where there is no violence and they are not frightened at night.",
            "Connor and Freya are cared for in the evenings and at weekends by a mum who is sober.",
            "Connor can talk to an adult he trusts about what has happened and no longer feels he has to keep "
            "his phone under his pillow to protect his mum and sister.",
            "Freya is settled at nursery and is collected on time every day by a sober adult.",
        ]),
        ("h1", "8. The child protection plan"),
        ("p", "The following were agreed by the conference. Each minute says who will do it, by when and how "
              "the core group will know it has happened."),
        ("pi", "8.1 NB will visit Connor and Freya at home every two weeks until the review conference, at "
               "least one visit in three unannounced, and will see each child on their own. Visit records, "
               "with what each child said, will be on the case file within 48 hours of each visit."),
        ("pi", "8.2 It was agreed that a referral of Connor to the Safe Futures group (a ten-week group for "
               "children who have lived with domestic abuse) would be made by NB by 05/12/2025. The Safe "
               "Futures acceptance letter and Connor's start date will be placed on file."),
        ("pi", "8.3 Leanne said she would go to her key-work sessions at Bramwick Recovery Service every "
               "Tuesday from 02/12/2025 and would take a breath test at each session. Leanne attended two "
               "sessions there in 2024 before stopping. The breath test readings will be sent to NB after "
               "every session."),
        ("pi", "8.4 KA confirmed that the Recovery Service will complete a full alcohol assessment with Leanne "
               "by 12/12/2025 and will send NB a written report before each core group, giving her breath "
               "test readings, her AUDIT score and a view on whether Leanne can stay sober when she is caring "
               "for the children and how long that is likely to take."),
        ("pi", "8.5 In her report Ms Idris confirmed that Bramwick Talking Therapies will provide Leanne with "
               "eight weekly sessions of CBT for her anxiety from 08/12/2025. Talking Therapies will send NB "
               "a letter confirming attendance after the fourth and the eighth sessions."),
        ("pi", "8.6 Leanne said she would contact Bramwick Women's Aid about a place on the Freedom Programme "
               "when she feels ready, and would show NB the letter offering her a place."),
        ("pi", "8.7 TR will meet Leanne every week until the MARAC on 11/12/2025, then every two weeks until "
               "the review conference, to write a safety plan with her. A copy of the signed safety plan will "
               "be given to NB by 05/12/2025, and TR will send NB a note of each meeting."),
        ("pi", "8.8 MD confirmed that Bramwick Police will place a marker on 14 Linnet Close so that any 999 "
               "call from the address is graded as an emergency, and will e-mail NB the marker reference."),
        ("pi", "8.9 Mr Pike will not go to 14 Linnet Close or contact Leanne, Connor or Freya until his bail "
               "ends on 20/01/2026, and after that not until the core group has read his risk assessment "
               "(8.17). MD will check police records before each core group and report any breach or "
               "sighting to it."),
        ("pi", "8.10 Leanne agreed that she will not let Mr Pike into the home or meet him with the children "
               "from today until the review conference, and will ring 999 if he comes to the house. NB will "
               "ask Connor at each visit whether he has seen Mr Pike, and will record his answer."),
        ("pi", "8.11 It was agreed that direct work would be undertaken with Connor over the next six weeks "
               "about what he has seen at home and about his worries at night. The pages of his worry book "
               "will be copied to the file after each session."),
        ("pi", "8.12 All agencies will tell NB the same day if Mr Pike is seen at the home, the school or the "
               "nursery, and the sighting will be logged on the children's chronology."),
        ("pi", "8.13 JM agreed to see Connor in school every other Wednesday from 03/12/2025 about his sleep "
               "and his worries at night; this will be monitored."),
        ("pi", "8.14 GS confirmed that nursery will record who collects Freya every day, and will ring NB the "
               "same day if Freya is not collected by 3.30pm or if the adult collecting her seems to have been "
               "drinking. The nursery collection log will be e-mailed to NB every Friday."),
        ("pi", "8.15 Carol said she would collect Freya from nursery on Tuesdays and Thursdays and have both "
               "children at her house for tea on those days until the review conference. The nursery "
               "collection log (8.14) will show Carol collecting Freya on those days."),
        ("pi", "8.16 HR will send NB Connor's attendance, his late marks and anything logged about him on "
               "CPOMS every Friday until the review conference, and will ring NB the same day about any "
               "injury or anything Connor says about home. Each Friday e-mail will be kept on the "
               "children's file."),
        ("pi", "8.17 A risk assessment of Mr Pike (lead: NB, with the Bramwick Safe Dads practitioner) is to "
               "be completed by 16/01/2026. The written assessment, with a recommendation about his contact "
               "with Freya, will be shared with Leanne and the core group before his bail ends."),
        ("h1", "9. Contingency plan"),
        ("bullets", [
            "If Mr Pike comes to 14 Linnet Close, or contacts Leanne or the children, Leanne will ring 999 and "
            "the police will attend under the marker. NB (or the Emergency Duty Team out of hours) will hold a "
            "strategy discussion the same day, and Connor and Freya will stay with Carol at 22 Hallam Street "
            "until it has decided what happens next.",
            "If Leanne is found to have been drinking while she is caring for the children (a breath test "
            "reading above zero at a session, or nursery, school or NB smelling alcohol on her), Connor and "
            "Freya will stay with Carol that night, NB will hold a strategy discussion the same day, and NB will "
            "ask PG for a legal planning meeting within 5 working days.",
            "If Carol cannot collect Freya or have the children on any day, she or Leanne will ring NB that day. "
            "Jade Holt, family support worker, will collect Freya and stay with the children until Leanne is "
            "home and sober. If Carol cannot have the children in an emergency, NB (or the Emergency Duty "
            "Team) will arrange a foster placement that day.",
            "If by the review conference Leanne's breath tests are not all zero, or Mr Pike has come back to "
            "the home, NB will ask PG for a legal planning meeting to decide whether to start the Public Law "
            "Outline.",
        ]),
        ("h1", "10. Core group and review"),
        ("p", "The first core group will be held on 09/12/2025 at 3.30pm at St Aidan's CE Primary School, and "
              "then every four weeks: 06/01/2026 and 03/02/2026. The review child protection conference will be "
              "held on 19/02/2026 at 10.00am at Bramwick Civic Centre."),
        ("p", "Minutes agreed by the chair on 02/12/2025 and sent to Leanne and every agency on 03/12/2025."),
    ],
    "findings": [
        F("H001", "Bramwick Talking Therapies will provide Leanne with eight weekly sessions"),
        F("T002", "about a place on the Freedom Programme when she feels ready"),
        F("T001", "will place a marker on 14 Linnet Close"),
        F("W001", "direct work would be undertaken with Connor over the next six weeks"),
        F("W002", "All agencies will tell NB the same day if Mr Pike"),
        F("M002", "about his sleep and his worries at night; this will be monitored"),
    ],
})


# ---------------------------------------------------------------------------
# 2. The social worker's report to the review conference chair: progress in
#    past-tense prose, the children's views, analysis and recommendation,
#    then a "Recommended plan" of numbered report paragraphs R1 to R15 in
#    report grammar ("It is recommended that ...", nominalised actions with
#    a lead, passive with an agent). Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b172_bellhaven_sw_report_to_chair_recommended_plan_paras_price.pdf",
    "doc_title": "Social Worker's Report to the Review Child Protection Conference - Tia and Jack Price",
    "split": "tune",
    "actions": 15,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Bellhaven City Council Children's Services · Report to conference",
    "footer": "Tia and Jack Price · Social worker's report · Review conference 04/03/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "sw-report-to-rcpc-chair-paged-header-footer-numbered-report-sections-details-table-reason-progress-since-icpc-in-past-tense-prose-childrens-lived-experience-and-three-houses-words-fathers-views-analysis-recommendation-proposed-outcomes-then-recommended-plan-numbered-report-paragraphs-r1-to-r15-it-is-recommended-nominalised-with-lead-passive-with-agent-then-recommended-contingency-meetings-signature",
    "description": (
        "Exemplary social worker's report to a review child protection conference for an 8-year-old and "
        "a 5-year-old living with neglect: their father, their sole carer since their mother left, has "
        "depression and smoked cannabis in the evenings, and their paternal aunt helps with school runs "
        "and teas. Progress since the initial conference is told in past-tense prose (not actions), then "
        "the children's words, the father's views, an analysis with one hypothetical sentence, the "
        "recommendation and proposed outcomes; the recommended plan is fifteen numbered report paragraphs "
        "in report grammar: 'It is recommended that the social worker (Rhian Morgan) continues to visit "
        "...', 'Fortnightly key-work sessions ... are to be continued by Bellhaven Drug and Alcohol "
        "Service (worker: Lowri Evans)', 'Completion of the routines work with Gareth (lead: Carys "
        "Jenkins ...)', 'Tia's worries ... will be explored by Mrs Dawn Morris', a restriction ('Gareth "
        "will not use cannabis at home ...'). Every paragraph gives its owner, a real time and what will "
        "be seen; the community mental health team reports on capacity to change; the GP and the drug "
        "service own actions; the aunt's help has a fallback; legal planning follows named triggers; core "
        "group and review dates are set."
    ),
    "blocks": [
        ("title", "Social Worker's Report to the Review Child Protection Conference"),
        ("p", "Bellhaven City Council Children's Services, Safeguarding Team East, Tŷ Harbwr, Quay Street, "
              "Bellhaven BH1 4LP"),
        ("h1", "1. Purpose of this report"),
        ("p", "This report is for Mrs Gwen Rowlands, Independent Reviewing Officer, who will chair the review "
              "child protection conference for Tia and Jack Price on 04/03/2026. It sets out the progress made "
              "since the initial conference on 04/12/2025, what Tia and Jack have told me, my analysis, and the "
              "plan I recommend. Gareth Price has read this report and his comments are at section 6."),
        ("h1", "2. Family details"),
        ("table", {
            "widths": [4.0, 13.0],
            "bold_first_col": True,
            "rows": [
                ["Children", "Tia Price, born 22/06/2017 (8, Year 4); Jack Price, born 15/01/2021 (5, "
                             "Reception). Both at Seaview Primary School."],
                ["Address", "23 Marine Terrace, Bellhaven BH2 8QT"],
                ["Father", "Gareth Price (38), sole carer since April 2024"],
                ["Mother", "Kerry Walsh (36), moved to Spain in April 2024; phones the children on Sundays"],
                ["Paternal aunt", "Sian Price (34), 5 Harbour View, Bellhaven (five minutes' walk)"],
                ["Category", "Neglect (both children), since the initial conference on 04/12/2025"],
                ["Social worker", "Rhian Morgan (team manager: Huw Bevan)"],
                ["Other services", "Owen Hughes, care coordinator (CPN), Bellhaven Community Mental Health "
                                   "Team (CMHT); Dr Anwen Parry, GP, Harbour Road Surgery; Lowri Evans, "
                                   "recovery worker, Bellhaven Drug and Alcohol Service (BDAS); Carys "
                                   "Jenkins, Bellhaven Family Intervention Service; Mrs Eleri Lloyd, DSL, "
                                   "and Mrs Dawn Morris, ELSA, Seaview Primary; Bethan Cole, school nurse, "
                                   "Bellhaven 0-19 Service; Ffion Ellis, Bellhaven Young Carers"],
            ],
        }),
        ("h1", "3. Why Tia and Jack have a plan"),
        ("p", "In October 2025 Seaview Primary told us that Tia and Jack were often late, hungry and in dirty "
              "clothes, and that Tia had said she makes Jack's breakfast \"when Dad can't get up\". On my first "
              "visit the kitchen had no food except dry pasta, the children's beds were wet and there was a "
              "strong smell of cannabis in the front room. Gareth told me he had been low since Kerry left, "
              "stayed in bed most mornings and smoked cannabis most evenings \"to sleep\"."),
        ("h1", "4. Progress since the initial conference"),
        ("p", "Gareth went to his GP on 08/12/2025 and restarted sertraline on 19/12/2025. He was referred to "
              "the CMHT and has seen Owen Hughes six times. He has been to seven of eight key-work sessions at "
              "BDAS. His urine screen on 16/12/2025 was positive for cannabis; the four screens since "
              "13/01/2026 were all negative."),
        ("p", "Carys Jenkins completed six sessions with Gareth on routines, meals and laundry, which ended on "
              "20/02/2026. The home conditions and routines checklist, scored by Carys and me together, rose "
              "from 3 out of 10 in December to 6 out of 10 in February. There has been food in the house at my "
              "last five visits, and the children's beds were dry and clean at the last three."),
        ("p", "Tia's attendance rose from 84% in the autumn term to 93% this term, and Jack's from 80% to 91%. "
              "Both children have gone to Breakfast Club on most days since January. Sian walked them to "
              "school every Monday and Wednesday, and has had them for tea every Thursday."),
        ("p", "Jack failed his hearing screen at school in January, and the referral to audiology has not yet "
              "been made. The children have not been to a dentist since 2023."),
        ("h1", "5. Tia's and Jack's lived experience and views"),
        ("p", "I saw Tia on her own at school on 17/02/2026 and we did the Three Houses together. In her house "
              "of worries she wrote: \"Dad staying in bed\" and \"when I have to do Jack's breakfast\". In her "
              "house of good things: \"Auntie Sian's bubble baths\", \"Dad makes pancakes on Saturdays now\". "
              "In her house of dreams: \"Dad happy all the time\" and \"going to Brownies with Ella\". Tia "
              "told me: \"It's better. Dad gets up now, mostly.\""),
        ("p", "Jack (seen at home on 24/02/2026, with his dinosaurs) said \"Daddy does my toast now\" and "
              "\"I like Breakfast Club 'cos there's Coco Pops\". He often says \"what?\" and turns his head to "
              "hear. His teacher says he is happier and plays with other children more, but often does not "
              "hear instructions in a noisy classroom."),
        ("h1", "6. Gareth's views"),
        ("p", "Gareth said: \"I didn't see how bad it had got. The tablets and Owen have helped, and I've "
              "stopped the weed.\" He wants the plan to end so that the children \"aren't stuck with social "
              "workers\", but agreed that it is too soon. Gareth would like Tia to join Brownies, and asked "
              "for help with Jack's hearing."),
        ("h1", "7. Analysis"),
        ("p", "The children's day-to-day care has got better since December, and Gareth has done what was "
              "asked of him. The change is recent: three months of clear tests and a better mood are a good "
              "start, but Gareth's depression has lasted nearly two years, and the children's care fell apart "
              "quickly last autumn when he was low. Tia still carries worry for her dad and her brother. Had "
              "school known earlier how low Gareth was, Jack's hearing would have been followed up sooner."),
        ("p", "Scaling (0 = the children are not safe at home, 10 = safe enough for the plan to end): I score "
              "6, up from 2 at the initial conference. Gareth scores 8. Mrs Lloyd scores 6."),
        ("h1", "8. Recommendation"),
        ("p", "I recommend that Tia and Jack remain subject to a child protection plan under the category of "
              "neglect for a further six months, so that the changes can be shown to last, with the plan at "
              "section 10."),
        ("h1", "9. Proposed outcomes for Tia and Jack"),
        ("numbers", [
            "Tia and Jack wake up to a dad who is well enough to give them breakfast and get them to school "
            "on time every day.",
            "Tia and Jack live in a clean home, with food in the cupboards and clean, dry beds.",
            "Tia no longer worries that she has to look after her dad and Jack, and has time of her own.",
            "Jack's hearing is checked and any help he needs is in place, so that he can follow what is said "
            "in class.",
        ]),
        ("h1", "10. Recommended plan"),
        ("p", "Each paragraph below says who will do the work, by when, and what the core group will see."),
        ("pi", "R1. It is recommended that the social worker (Rhian Morgan) continues to visit Tia and Jack at "
               "home every two weeks until the next review conference, at least one visit in three "
               "unannounced; each child is to be seen on their own, and what they say, the food in the house "
               "and the state of their beds will be recorded on the case file within two working days."),
        ("pi", "R2. Fortnightly key-work sessions with Gareth, with a urine drug screen at each session, are to "
               "be continued by Bellhaven Drug and Alcohol Service (worker: Lowri Evans) until the next review "
               "conference; each result will be e-mailed to the social worker within five working days, and "
               "Lowri will send the core group a written view by 13/05/2026 on whether Gareth is likely to "
               "stay off cannabis."),
        ("pi", "R3. Gareth will not use cannabis at home, or at any time when he is caring for Tia and Jack, "
               "from now until the next review conference: every urine screen under R2 should be negative, "
               "and a hair strand test, to be arranged by the social worker by 30/04/2026, should show no "
               "cannabis use since December 2025."),
        ("pi", "R4. The CMHT care coordinator, Owen Hughes, is asked to continue seeing Gareth every two weeks "
               "and to provide the core group, by 15/04/2026, with a written report on Gareth's progress, his "
               "capacity to keep up the changes he has made, how long any further change is likely to take, "
               "and the early signs that his depression is affecting the children's care."),
        ("pi", "R5. A review of Gareth's sertraline by his GP, Dr Anwen Parry (Harbour Road Surgery), by "
               "31/03/2026, with a letter to the social worker confirming the dose and any change."),
        ("pi", "R6. Completion of the second stage of routines work with Gareth (lead: Carys Jenkins, Bellhaven "
               "Family Intervention Service): six weekly sessions at home from 09/03/2026 on mornings, meals, "
               "laundry and bedtime, ending with the home conditions and routines checklist scored jointly by "
               "Carys and the social worker by 24/04/2026, with 8 out of 10 or more as the target."),
        ("pi", "R7. Mrs Eleri Lloyd, Designated Safeguarding Lead, has confirmed that Seaview Primary will keep "
               "both children's Breakfast Club places every school day and will e-mail the social worker their "
               "attendance, late marks and any worries logged on CPOMS every Friday until the next review "
               "conference; the aim is 95% attendance for each child by the Easter holidays (27/03/2026)."),
        ("pi", "R8. Gareth will get both children up, give them breakfast or take them to Breakfast Club, and "
               "have them in school by 8.50am every school day, with the school's Friday e-mail (R7) showing "
               "no more than one late mark for each child in any fortnight."),
        ("pi", "R9. Sian Price (paternal aunt) has agreed to walk Tia and Jack to Breakfast Club on Mondays and "
               "Wednesdays until the May half term (22/05/2026); the Breakfast Club register will show both "
               "children in by 8.15am on those days."),
        ("pi", "R10. Sian has also agreed to have the children for tea and a bath at 5 Harbour View every "
               "Thursday until the May half term, and to text the social worker each Thursday evening to say "
               "that the children have been with her."),
        ("pi", "R11. Tia's worries about her dad's health will be explored by Mrs Dawn Morris (ELSA, Seaview "
               "Primary) in six weekly sessions from 10/03/2026; Tia's feelings scale at the first and sixth "
               "sessions will be shared with the social worker."),
        ("pi", "R12. Bellhaven Young Carers (worker: Ffion Ellis) will complete a young carer's assessment with "
               "Tia by 31/03/2026 and offer her a place at the Saturday club; the assessment letter and Tia's "
               "start date will be sent to the core group."),
        ("pi", "R13. The school nurse, Bethan Cole, will refer Jack to the Bellhaven audiology clinic by "
               "20/03/2026, and will send a copy of the referral and the appointment date to Gareth and the "
               "social worker."),
        ("pi", "R14. Gareth will take Jack to his audiology appointment, and both children to Castle Dental "
               "Practice for a check-up by 30/04/2026, and will show the social worker the appointment cards "
               "or the clinic letters."),
        ("pi", "R15. Jack's wishes and feelings will be gathered by the social worker at two visits before the "
               "next review conference, using his Three Houses drawings, which will be attached to the report "
               "for that conference."),
        ("h1", "11. Recommended contingency plan"),
        ("bullets", [
            "If a urine screen or the hair strand test shows cannabis, or Gareth is seen under the influence "
            "while he is caring for the children: Tia and Jack will stay with Sian at 5 Harbour View that "
            "night; the social worker will hold a strategy discussion the same day; and the social worker will "
            "ask Huw Bevan (team manager) for a legal planning meeting within five working days.",
            "If Gareth's mood drops (he is in bed after 8.30am on two school days in a week, school records two "
            "late marks in a week, or he tells anyone he has thoughts of harming himself): Owen Hughes will see "
            "him within 24 hours (the CMHT crisis line out of hours); Sian will take the children to school; "
            "and the social worker will visit the same day and see both children.",
            "If Sian cannot do the school run or Thursday teas (she is ill, working, or it is no longer "
            "working for her), she or Gareth will ring the social worker that day. Carys Jenkins will make a "
            "7.45am home visit on those mornings to help Gareth get the children ready. If the children cannot "
            "stay with Gareth or Sian in an emergency, the social worker (or the Emergency Duty Team) will "
            "place them with approved foster carers that day.",
            "If at the core group on 13/05/2026 the checklist score is below 6 out of 10, or either child's "
            "attendance is below 90%, the social worker will ask Huw Bevan for a legal planning meeting to "
            "decide whether to start the Public Law Outline.",
        ]),
        ("h1", "12. Core group and review"),
        ("p", "Core group meetings every four weeks at Seaview Primary, at 3.30pm: 18/03/2026, 15/04/2026, "
              "13/05/2026, 10/06/2026 and 08/07/2026. The next review child protection conference has been "
              "booked for 02/09/2026 at 10.00am at Tŷ Harbwr."),
        ("p", "Rhian Morgan, social worker, 24/02/2026. Countersigned: Huw Bevan, team manager, 25/02/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. A pre-birth plan typed by business support from the social worker's
#    handwritten notes: a key of initials, clipped notes under typed caps
#    headings, then the plan as numbered note lines with a "Check:" tail,
#    typed "as is". Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b172_burtonthorpe_prebirth_plan_typed_from_sw_notes_mcallister.txt",
    "split": "tune",
    "actions": 19,
    "template": "prebirth-icpc-plan-txt-typed-by-business-support-from-sw-handwritten-notes-typist-note-key-of-initials-clipped-caps-headings-family-why-working-well-laceys-world-outcomes-then-numbered-plan-note-lines-owner-initials-first-abbreviations-check-tail-then-contingency-cg-and-review-lines",
    "description": (
        "Pre-birth initial conference plan for a 2-year-old girl and her unborn sibling, typed by "
        "business support from the social worker's handwritten notes 'as is': the mother is a "
        "20-year-old care leaver who smokes cannabis, the children's father kicked the door in and "
        "bruised her, and she plans to move to another county to be near her own mother, while her "
        "sister helps with the toddler. A key of initials comes first, then clipped notes under caps "
        "headings (why, working well, Lacey's world as seen, outcomes), then the plan as nineteen "
        "numbered note lines in the social worker's shorthand ('SW to visit wkly until birth', 'HZ "
        "(Dev) - wkly keywork + UDS', 'CH not to let RT into flat', 'before baby born', 'by 32/40') "
        "each with a 'Check:' tail. Most lines are sound. Faults: the parenting assessment paused and "
        "handed to the receiving county within four weeks of the transfer-in conference; a Home-Start "
        "referral 'to be made' by no one; the nursery to 'keep an eye on' Lacey; a letter about damp "
        "'asap'; the missed immunisations with no check; and the review conference 'date TBC'."
    ),
    "text": """\
BURTONTHORPE COUNCIL - CHILDREN'S SERVICES
CHILD PROTECTION PLAN - LACEY McALLISTER AND UNBORN BABY McALLISTER
Pre-birth initial child protection conference, 15/12/2025, Burtonthorpe Family Centre
Chair: Maureen Oakes (IRO)      Category: Emotional abuse (Lacey and unborn baby)

[Typed by K. Hartley, Business Support, 17/12/2025, from the social worker's handwritten notes of
the conference. Wording kept as written. SW to check before the plan is sent out.]

KEY TO INITIALS
CH   = Chloe McAllister, Mum
RT   = Reece Tunstall, Dad (Lacey and unborn baby)
MA   = Tina McAllister, maternal aunt (Chloe's sister)
SW   = Jo Kendal, social worker, Family Safeguarding Team 2
TM   = Amir Shah, team manager, Family Safeguarding Team 2
MW   = Sarah Ince, community midwife, Burtonthorpe General Hospital
SMW  = Lisa Crewe, specialist safeguarding midwife, Burtonthorpe General Hospital
HV   = Tom Brady, health visitor, Burtonthorpe 0-19 Service
HZ   = Horizons, Burtonthorpe drug and alcohol service (worker Dev Patel)
NUR  = Little Acorns Day Nursery (manager Ruth Ainsworth)
PA   = Gemma Ward, personal adviser, Burtonthorpe Leaving Care Team
IDVA = Sam Noble, Burtonthorpe Domestic Abuse Service
DAU  = PC Ravi Gill, Domestic Abuse Unit, Burtonthorpe Police
CG   = core group   UDS = urine drug screen   DPM = discharge planning meeting   LCS = case record

FAMILY
Lacey McAllister, dob 10/09/2023 (2 yrs 3 mths)
Unborn baby McAllister, EDD 02/03/2026 (29+4/40 at conf)
CH - 20, 7 Kestrel Court, Burtonthorpe BT4 2NF. Care leaver (PA Gemma).
RT - 23, NFA. CH says not together since 09/2025. Did not attend conf.
MGM - Pauline McAllister, lives in Cardell (Cardell County Council area).
MA - Tina, 3 Plover Way, Burtonthorpe - 10 mins from CH.

WHY A CP PLAN (SW notes)
- 3 police call-outs to Kestrel Ct in 2025. Latest 28/09/25 - RT kicked the door in, Lacey in the
  flat, CH bruise to arm. RT charged - court 02/2026.
- CH smokes cannabis - says 3-4 joints a wk, "never in the flat". UDS at booking +ve.
- Lacey missed her 2 yr check x2. Nursery attendance 60% autumn term. Nappy rash, hungry on Mondays.
- Flat damp (bedroom wall), no cot or Moses basket for baby yet.
- CH wants to move to Cardell to be near her mum. Housing application made 11/25 - move likely Feb 26.

WORKING WELL
- CH ended it with RT in Sept + gave a statement to police.
- CH at every antenatal appt since 20/40.
- Lacey warm + loved. SW saw CH sing to her at visit 09/12/25, Lacey laughing + joining in.
- MA (Tina) helps most days.
- CH going to HZ - 2 clear UDS (Nov, Dec).

LACEY'S WORLD (what SW + NUR have seen)
- At nursery Lacey runs to the window when she hears a man's voice in the corridor. Hides under the
  table when a door slams (keyworker).
- Asked about Dad at home visit: said "no Daddy" + pointed at the front door.
- Home visit 09/12/25 - ate 2 bowls of pasta very fast + asked for more. Happiest at Tina's - "Tina's
  dog!"
- Baby - growing on the 50th centile at the 28/40 scan. CH says baby kicks when she plays music.

WHAT NEEDS TO CHANGE FOR LACEY + BABY
1. Lacey + baby live somewhere RT cannot come in and hurt Mum or them.
2. Lacey + baby are cared for by a mum who is not using cannabis.
3. Lacey is at nursery 4 days a wk, her health checks + jabs are up to date, and she is eating well
   + growing.
4. Baby is born safely and goes home to a warm, dry flat with a cot and a safe place to sleep.

THE PLAN (as written by SW - typed as is)
1.  SW to visit wkly until birth (1 in 3 unannounced) - see Lacey's room, food in, sleeping
    arrangements for baby. Check: visit recs on LCS within 2 working days.
2.  Pre-birth parenting assessment - SW to pause if CH moves to Cardell, then hand to Cardell CS to
    complete within 4 wks of the transfer-in conf. Check: assessment report to CG.
3.  SMW to put safeguarding birth plan on maternity system by 32/40 (26/01/26) - SW/EDT told of the
    birth, no discharge before DPM. Check: copy of birth plan on SW file.
4.  MW antenatal appts 2-wkly to 36/40 then wkly until birth + see CH on her own each time.
    Check: GROW chart in notes; any missed appt rung through to SW same day.
5.  HZ (Dev) - wkly keywork + UDS each session until birth; written view for CG on whether CH can
    stay off cannabis once baby is here. Check: UDS results e-mailed to SW wkly; written view by
    CG2 (03/02/26).
6.  CH not to use cannabis in the flat or when looking after Lacey - from 15/12/25, and after baby
    is born. Check: every UDS clear (see 5).
7.  CH not to let RT into the flat, or give him her new address if she moves - from 15/12/25. Ring
    999 if he turns up. Check: DAU call log checked by PC Gill before each CG.
8.  IDVA (Sam) to meet CH fortnightly until baby born - safety plan + Freedom Programme place.
    Check: signed safety plan on SW file by 09/01/26.
9.  Referral to be made to Home-Start for volunteer 2 mornings/wk by 09/01/26. Check: Home-Start
    acceptance letter on file.
10. HV - antenatal contact by 34/40 (09/02/26) + Lacey's 2 yr check (missed x2) by 31/01/26.
    Check: ASQ-3 scores + antenatal contact record e-mailed to SW.
11. NUR to keep an eye on Lacey (clothes, nappies, hunger, any marks) every session she is in.
12. NUR to e-mail SW Lacey's attendance every Fri. Check: attendance over 90% of her booked
    sessions by Feb half term (13/02/26).
13. CH to take Lacey to nursery Mon-Thu, in by 9.30am. Check: nursery register (see 12).
14. MA (Tina) to have Lacey Tues + Thurs after nursery until 6pm + give her tea. Check: Tina texts
    SW every Thurs night.
15. MA (Tina) to look after Lacey at 3 Plover Way from when CH goes into labour until CH + baby are
    home. Check: Tina named on birth plan as Lacey's carer (see 3); SW rings Tina on the day.
16. PA (Gemma) to help CH get cot, Moses basket + bedding with setting-up grant before baby born -
    by 36/40 (16/02/26). Check: SW sees cot + Moses basket up in the flat at a visit.
17. SW to write to Burtonthorpe Homes re damp asap. Check: letter on file + repair date.
18. DAU (PC Gill) to put marker on 7 Kestrel Ct by 19/12/25 + tell SW RT's court outcome within 1
    working day of the hearing. Check: marker ref e-mailed to SW.
19. CH to take Lacey to GP for missed 1 yr jabs + register her with a dentist by 30/01/26.

(For info - CH would like Tina as her birth partner.)

CONTINGENCY
- If RT comes to the flat or contacts CH: CH rings 999, police attend (marker). SW (or EDT) holds a
  strategy discussion same day. CH + Lacey go to Tina's that night.
- If a UDS is +ve, or CH is seen under the influence when looking after Lacey: Lacey stays at
  Tina's. SW holds a strategy discussion same day + asks TM for a legal planning meeting within 5
  working days (PLO before baby is born).
- If Tina can't have Lacey (incl. when CH goes into labour), Tina or CH rings SW that day. SW (or
  EDT) places Lacey with Burtonthorpe foster carers that day.
- If CH tries to take baby off the ward before the DPM: midwife in charge rings police + SW/EDT
  straight away.
- If by 36/40 there has been a +ve UDS, RT has been back, or Lacey's attendance is under 75%: SW
  asks TM for a legal planning meeting before baby is born.

CG AND REVIEW
CG1 06/01/26 10am, Burtonthorpe Family Centre, then every 4 wks (03/02/26, 03/03/26).
DPM at 36/40 - SMW to arrange.
RCPC: date TBC (conf admin to confirm).
If CH moves to Cardell - transfer-in conf to be held by Cardell (date TBC). Burtonthorpe holds the
plan until then.
""",
    "findings": [
        F("X001", "SW to pause if CH moves to Cardell, then hand"),
        F("W001", "Referral to be made to Home-Start for volunteer"),
        F("M002", "NUR to keep an eye on Lacey (clothes, nappies"),
        F("T002", "SW to write to Burtonthorpe Homes re damp asap"),
        F("M001", "CH to take Lacey to GP for missed 1 yr jabs"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. A review conference plan written as narrative: one paragraph for each
#    part of the children's lives, every action a whole sentence with its
#    owner, time and check inside it, with history, hopes and a conditional
#    sentence standing between the actions. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b172_blaxendale_rcpc_narrative_plan_paragraph_per_area_fairclough.md",
    "split": "tune",
    "actions": 15,
    "template": "rcpc-plan-md-narrative-paragraphs-about-family-life-for-the-children-worries-going-well-outcomes-then-the-plan-as-one-paragraph-per-area-under-h3-headings-each-action-a-whole-sentence-with-owner-time-and-check-inside-background-past-tense-hopes-and-conditional-sentences-between-then-safety-plan-and-meetings-paragraphs",
    "description": (
        "Exemplary review conference plan for a 3-year-old and a 16-month-old living with neglect: both "
        "parents are on methadone scripts and the father used heroin on top of his script in the autumn, "
        "when police found heroin and a needle in a kitchen drawer within the children's reach; the "
        "paternal grandmother has the children on Saturdays and helps at bath time. The whole plan is "
        "narrative: the plan itself is one paragraph for each part of the children's lives, and every "
        "action is a whole sentence that names its owner (by name and role, by first name, and once by "
        "a pronoun pointing back), gives a real time ('every week until the review conference', 'from "
        "20/01/2026', 'by 27/02/2026', 'every Saturday from 10am to 5pm') and says what will be seen. "
        "Between the actions stand sentences that are not actions: past events ('Dean used heroin on top "
        "of his script ...'), a hope ('Kirsty would like Lily to ...') and a conditional ('Should a test "
        "show heroin, ...'). The drug service reports on change, the GP owns an action, the "
        "grandmother's help has a fallback, legal planning follows named triggers, and the meetings are "
        "dated."
    ),
    "text": """\
# Blaxendale Council - Children's Services

## Child protection plan for Lily and Oscar Fairclough

Agreed at the review child protection conference on 20/01/2026 at Blaxendale Town Hall, chaired by
Ruth Emery (Independent Reviewing Officer). This plan is written in paragraphs, one for each part of
Lily's and Oscar's lives. Each sentence that sets out work says who will do it, by when, and how we
will know it has been done; the other sentences give the background.

### About the family

Lily Fairclough (born 04/05/2022, aged 3) and Oscar Fairclough (born 12/09/2024, aged 16 months)
live with their parents, Dean Fairclough (33) and Kirsty Fairclough (29), at 18 Foundry Lane,
Blaxendale BX3 9LT. Both parents are on methadone prescribed by Blaxendale Recovery Partnership
(BRP), the local drug and alcohol service, and collect it from Foundry Pharmacy. Dean's mother, Pat
Fairclough (61), lives ten minutes away at 22 Mill Street. Lily and Oscar have been on child
protection plans under the category of neglect since the initial conference on 02/10/2025. Their
social worker is Sam Okafor (Safeguarding Team North; team manager Lorna Reid).

### What life is like for Lily and Oscar

Lily is a chatty, funny little girl who loves her scooter and her nana's cat, Biscuit. When Sam saw
her on her own at nursery on 12/01/2026 she told him "Daddy was poorly and the police came" and "I
like Nana's, she does fish fingers". She played with the toy family and put the daddy in bed "because
he's tired", then made the mummy cook tea. Her speech is hard for strangers to follow, and her nursery
says she gets cross when she is not understood. Oscar is walking and into everything. He has been
seen by Sam and by Bethany Hall, the health visitor, to go to both parents for comfort and to settle
quickly when Kirsty picks him up. He missed his 12-month immunisations, and his weight has dropped
from the 50th to the 25th centile since the summer.

### What we are worried about

On 19/09/2025 police searching the house found heroin and a used needle in an unlocked kitchen drawer
that Lily could reach, and Dean admitted he had been using heroin on top of his script. Lily was hungry
and Oscar's nappy was soaked through. Over the autumn there were mornings when neither parent got up
until late, Lily missed nursery, and the children had crisps for breakfast.

### What is going well

Both parents have had clear tests for heroin since 10/11/2025 and have kept every BRP appointment
since October. Their methadone is now kept in a locked box. Lily's nursery attendance rose from 55% to
86% in the autumn term. Pat has had the children every Saturday since October, and the children love
being with her. Dean and Kirsty have been open with Sam and came to every core group.

### What we want for Lily and Oscar

1. Lily and Oscar live in a home with no illegal drugs or drug equipment, with parents who are never
   under the influence while caring for them.
2. Lily and Oscar are fed, clean and in dry nappies and clothes, with the same routine every day.
3. Lily goes to nursery four days a week, and her speech is assessed and supported so that she can be
   understood.
4. Oscar's health checks and immunisations are up to date, and he grows back along his 50th centile
   line.

## The plan

### Keeping drugs out of Lily's and Oscar's lives

Dean used heroin on top of his script in September and October 2025, and both parents' tests since
10/11/2025 have been clear of heroin. Marc Tully and Anna Kerr, Dean's and Kirsty's recovery workers
at BRP, will see them every week until the next review conference and take an oral fluid test at each
appointment, e-mailing each result to Sam by the Friday of that week. By 13/03/2026 BRP's prescriber,
Dr Neel Sood, will send the core group a written report on each parent's progress on their script,
whether they are likely to stay off heroin, and how long a safe reduction would take. Dean and Kirsty
will keep their methadone in the locked box on the top kitchen shelf at all times from 20/01/2026, and
Sam will check at every visit that the box is locked and record it in his visit notes. Neither Dean nor
Kirsty will let anyone who uses drugs into the house, or leave Lily and Oscar with anyone Sam has not
checked, from 20/01/2026 until the review conference, and Sam will record at every visit who is in the
house. Should a test show heroin, the safety plan below comes into effect straight away.

### Lily's and Oscar's health and growth

Bethany Hall, the health visitor, will see Lily and Oscar at home every four weeks until the review
conference, weighing Oscar and plotting his weight in his red book each time, and will e-mail Sam a
note of each visit within two working days. She will also refer Lily to the Blaxendale Speech and
Language Therapy Service by 06/02/2026, copying the referral and the first appointment date to Kirsty
and Sam. Kirsty will take Oscar to Foundry Lane Medical Practice for his missed 12-month immunisations
by 27/02/2026, and the practice nurse's entry in his red book will show that they have been given. Dr
Helen Cross, the family's GP, will write to Sam by 27/02/2026 to confirm that both children's
immunisations are up to date or, if not, the dates booked for them. Lily had a chest infection in
December, and Kirsty took her to the GP the same day.

### Day-to-day care

Ellie Watts, family intervention worker, will work with Dean and Kirsty at home every Tuesday and
Thursday morning for ten weeks from 27/01/2026 on getting up, meals, nappies and bedtime, and by
10/04/2026 she and Sam will score the home and routines checklist together, the target being 8 out of
10. Lily will be taken to Little Owls Nursery by Dean or Kirsty every Monday to Thursday for her funded
hours, arriving by 9.15am, and the nursery manager, Jade Pearson, will e-mail Sam the register every
Friday. Jade will ring Sam the same day if Lily arrives hungry, in a wet nappy or unwashed, or is not
collected by 3.15pm, and will log each call on the nursery's safeguarding record. Kirsty would like
Lily to start in the nursery class at Foundry Lane Primary in September.

### Time with Nana Pat

Pat Fairclough has agreed to have Lily and Oscar at her house every Saturday from 10am to 5pm until the
review conference, and will text Sam each Saturday evening to say how the day went and what time the
children went home. Pat will also come to the house every Wednesday at 5pm until the review conference
to help with tea and bath time, and Sam will make at least one unannounced visit each month on a
Wednesday evening to see the routine, recording what he sees.

### Seeing Lily and Oscar and hearing from them

Sam Okafor will visit Lily and Oscar at home every week until the review conference, at least one
visit in three unannounced, and will record on the case file within two working days what Lily said,
what the children ate and where they slept. Lily's wishes and feelings will be gathered by Sam in two
play sessions with her own toy family before the review conference, and her words and drawings will be
written into his report to that conference.

## If things go wrong (safety plan)

If an oral fluid test shows heroin or any drug that is not prescribed, if either parent is seen under
the influence while caring for Lily and Oscar, or if the locked box is found open, the children will go
to Pat's house at 22 Mill Street that day. Sam (or the Emergency Duty Team out of hours) will hold a
strategy discussion with the police and health the same day, and the children will stay with Pat until
it has decided what happens next. Sam will ask Lorna Reid for a legal planning meeting within five
working days.

If drugs or drug equipment are found in the house, Sam or the Emergency Duty Team will ring the police
straight away, and the children will go to Pat's that day as above.

If Pat cannot have the children on a Saturday or come on a Wednesday (because she is ill, away, or
finds she can no longer help), she or Kirsty will ring Sam that day, and Ellie Watts will visit at
teatime on that Wednesday instead. If the children have to leave home in an emergency and Pat cannot
have them, Sam (or the Emergency Duty Team) will place them with Blaxendale foster carers the same day.

If the home and routines checklist is below 6 out of 10 on 10/04/2026, or either parent has a test
showing heroin after 20/01/2026, Sam will ask Lorna Reid for a legal planning meeting to decide whether
to start pre-proceedings under the Public Law Outline.

## Meetings

The core group will meet every four weeks at Foundry Lane Family Hub on Tuesdays at 1.30pm:
03/02/2026, 03/03/2026, 31/03/2026, 28/04/2026, 26/05/2026 and 23/06/2026. The next review child
protection conference will be held on 21/07/2026 at 10.00am at Blaxendale Town Hall.

Plan sent to Dean, Kirsty, Pat and every agency on 22/01/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. A core group meeting record: details table, the child's words, each
#    person's update in reported speech, scaling, the conference outcomes,
#    then an "Actions agreed at this meeting" table whose action cells are
#    written as minutes ("Shaun said he would ...", "Kate Munro confirmed the
#    family support service will ..."). Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b172_birchcombe_core_group_record_actions_in_reported_speech_quinlan.pdf",
    "doc_title": "Core Group Meeting Record - Ellis Quinlan",
    "split": "tune",
    "actions": 13,
    "min_pages": 2,
    "header": "Birchcombe District Council · Children's Services · Core Group Meeting Record",
    "footer": "Ellis Quinlan · Core group 2 · 13/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "core-group-record-paged-header-footer-meeting-details-table-ellis-words-updates-in-reported-speech-past-tense-scaling-outcomes-from-conference-then-actions-agreed-at-this-meeting-table-no-what-was-agreed-in-minutes-grammar-said-he-would-confirmed-will-lead-by-when-how-we-will-know-then-contingency-and-next-meetings",
    "description": (
        "Second core group record for an 11-year-old boy on a plan for emotional abuse after his "
        "separated parents' fights at handovers; his father drinks, once punched the car window with "
        "the boy inside, and the boy has scratched his arms and said he wants to disappear. After the "
        "meeting details, Ellis's words and each person's update told in reported speech and the past "
        "tense (not actions), the scaling and the conference's outcomes, the record has an 'Actions "
        "agreed at this meeting' table whose action cells are written as minutes: 'Shaun said he would "
        "not drink ...', 'Kate Munro confirmed the family support service will ...', 'Hannah Price's "
        "e-mail confirmed CAMHS will ...', 'Marie agreed to ...'. Most rows are sound, and the alcohol "
        "service reports on change. Faults: the mother's parenting course with '-' for how we will "
        "know; the high school transition visits 'As required'; 'Professionals' passing on worries; an "
        "outcome about the father only; a contingency whose trigger is 'further concerns' and whose "
        "response is to discuss and review; and no legal planning anywhere."
    ),
    "blocks": [
        ("title", "Core Group Meeting Record"),
        ("table", {
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Child", "Ellis Quinlan, born 03/07/2014 (11, Year 6, Birchcombe Junior School)"],
                ["Lives with", "Marie Quinlan (mother), 9 Orchard Rise, Birchcombe BC2 6TN. Stays with "
                               "Shaun Quinlan (father), Flat 4, Quarry Court, every other weekend"],
                ["Plan", "Child protection plan, category emotional abuse, since the initial conference "
                         "on 18/12/2025"],
                ["Meeting", "Core group 2, 13/01/2026, 9.30am to 11.15am, Birchcombe Junior School"],
                ["Chaired by", "Ruth Adebayo, social worker, Birchcombe Children's Services (Family "
                               "Support and Protection Team 1)"],
                ["Present", "Marie Quinlan; Shaun Quinlan; Mrs Nadia Akhtar, DSL, Birchcombe Junior "
                            "School; Leon Grant, recovery worker, Pathways Birchcombe (alcohol "
                            "service); Kate Munro, family support worker, Birchcombe Family Support "
                            "Service"],
                ["Apologies", "Hannah Price, CAMHS practitioner (update sent by e-mail)"],
                ["Record by", "Ruth Adebayo"],
            ],
        }),
        ("h1", "1. What Ellis has told us"),
        ("p", "Ruth saw Ellis on his own at school on 08/01/2026. He built his \"wall of worries\" with "
              "sticky notes. The biggest brick said \"Mum and Dad shouting in the car park\". He said: \"I "
              "like going to Dad's but not when he's had beer. He goes all loud.\" \"When they argue I scratch "
              "my arm so I don't cry.\" \"Sometimes I want to disappear, like not die, just go somewhere "
              "quiet.\" He said the best thing since Christmas was Dad taking him to the football \"and he "
              "didn't drink at all\". He wants handovers \"somewhere else, not outside our house\"."),
        ("h1", "2. Updates since the last core group"),
        ("p", "Marie said Ellis had been quieter at home since Christmas and had shown her the scratches "
              "on his arm. She said the handover on 02/01/2026 had gone calmly because Kate was there."),
        ("p", "Shaun said he had not drunk on his last two weekends with Ellis. He said he accepted that he "
              "had been drunk at the handover on 28/11/2025 and that punching the car window had frightened "
              "Ellis."),
        ("p", "Mrs Akhtar said Ellis had been in school every day this term. His teacher had seen three new "
              "scratches on his forearm on 09/01/2026, and Mrs Akhtar had rung Ruth and Marie that day."),
        ("p", "Leon said Shaun had been to four of five key-work sessions at Pathways since the conference. "
              "His AUDIT score had come down from 24 in November to 17."),
        ("p", "Hannah's e-mail said CAMHS had accepted the referral and offered Ellis a choice appointment "
              "on 27/01/2026."),
        ("p", "Scaling (0 = Ellis is not safe from the arguments and the drinking, 10 = safe enough for the "
              "plan to end): Ellis 4, Marie 6, Shaun 7, Ruth 4, Mrs Akhtar 5, Leon 5, Kate 5."),
        ("h1", "3. The outcomes of the plan (from the initial conference)"),
        ("numbers", [
            "Ellis can move between his mum's and his dad's homes without hearing them argue or seeing his "
            "dad drunk.",
            "Ellis is safe from hurting himself, and knows who to tell when he feels like disappearing.",
            "Shaun will stop drinking and go to all his Pathways appointments.",
            "Ellis keeps going to school every day and moves up to Birchcombe High in September with a plan "
            "for the move that he has helped to write.",
        ]),
        ("h1", "4. Actions agreed at this meeting"),
        ("table", {
            "header": ["No.", "What was agreed", "Lead", "By when", "How we will know"],
            "widths": [1.0, 6.6, 3.0, 3.0, 3.4],
            "rows": [
                ["1",
                 "Ruth said she would see Ellis on his own every two weeks, once at school and once at home, "
                 "and use his wall of worries to write down what he says.",
                 "Ruth Adebayo (SW)",
                 "Every two weeks until the review conference",
                 "Visit records on the case file within 48 hours, with Ellis's own words"],
                ["2",
                 "Shaun said he would not drink from Friday noon to Sunday 6pm on the weekends Ellis stays "
                 "with him, and agreed to a breath test at each handover.",
                 "Shaun Quinlan (Dad)",
                 "Every contact weekend until the review conference",
                 "A breath test reading of zero at each handover, written on the handover log"],
                ["3",
                 "Kate Munro confirmed the family support service will supervise every handover at "
                 "Birchcombe Family Centre, instead of outside Marie's house, and take Shaun's breath test "
                 "each time.",
                 "Kate Munro, family support worker",
                 "Every other Friday at 5pm and Sunday at 5pm, from 16/01/2026 until the review conference",
                 "Handover log with each breath test reading, e-mailed to Ruth by the Monday"],
                ["4",
                 "Leon confirmed that Pathways will carry on Shaun's weekly key-work sessions and will give "
                 "the core group a written view on whether Shaun can stay sober when Ellis is with him, and "
                 "how long that is likely to take.",
                 "Leon Grant, Pathways Birchcombe",
                 "Weekly; written view by the next core group (10/02/2026)",
                 "Written view and attendance record sent to Ruth before 10/02/2026"],
                ["5",
                 "Marie agreed to attend the six-week Parenting Apart course at Birchcombe Family Centre, "
                 "about keeping children out of the middle of arguments after separation.",
                 "Marie Quinlan (Mum)",
                 "Wednesdays, 21/01/2026 to 25/02/2026",
                 "-"],
                ["6",
                 "Shaun agreed to attend the same course on Thursday evenings, so that the two of them are "
                 "not in the same group.",
                 "Shaun Quinlan (Dad)",
                 "Thursdays, 22/01/2026 to 26/02/2026",
                 "Course register sent to Ruth each week; certificate of completion on file"],
                ["7",
                 "Mrs Akhtar confirmed school will give Ellis a check-in every morning with his learning "
                 "mentor, Mr Cole, and will tell Ruth the same day about any scratches or anything Ellis says "
                 "about hurting himself.",
                 "Mrs Nadia Akhtar (DSL)",
                 "Every school day at 8.50am",
                 "Check-in sheet and CPOMS entries e-mailed to Ruth every Friday"],
                ["8",
                 "Hannah Price's e-mail confirmed CAMHS will see Ellis for an assessment of his low mood and "
                 "self-harm, and will write to Marie and Ruth with what it recommends.",
                 "Hannah Price, CAMHS practitioner",
                 "Assessment on 27/01/2026; letter by 10/02/2026",
                 "CAMHS assessment letter with recommendations, copied to Ruth and Marie"],
                ["9",
                 "Marie said she would put Ellis's safety plan on the fridge, talk with him at bedtime about "
                 "his day, and keep medicines and sharp knives locked away.",
                 "Marie Quinlan (Mum)",
                 "Every night from 13/01/2026",
                 "Ruth sees the safety plan on the fridge and the locked medicine box at each home visit"],
                ["10",
                 "Ellis's move to Birchcombe High is to be planned with him: Mrs Akhtar will arrange extra "
                 "visits to the high school for Ellis and a meeting with its pastoral lead.",
                 "Mrs Nadia Akhtar (DSL)",
                 "As required",
                 "Transition plan signed by Ellis, Marie and the high school, on Ellis's file"],
                ["11",
                 "Any worry about Ellis, including any sign that he has hurt himself, to be passed to Ruth "
                 "the same day.",
                 "Professionals",
                 "The same day",
                 "Logged on Ellis's chronology"],
                ["12",
                 "Ruth said she would write to both parents setting out the handover arrangements agreed "
                 "today.",
                 "Ruth Adebayo (SW)",
                 "By 16/01/2026",
                 "Copy of the letter on file, signed by both parents at the next core group"],
                ["13",
                 "Shaun agreed he will not come to 9 Orchard Rise or contact Marie except by text about "
                 "arrangements for Ellis.",
                 "Shaun Quinlan (Dad)",
                 "From 13/01/2026 until the review conference",
                 "No visits or calls logged on Ellis's chronology; Marie tells Ruth the same day of any"],
            ],
        }),
        ("h1", "5. Contingency"),
        ("p", "If things get worse at home or there are further concerns about Ellis, Ruth will discuss this "
              "with her manager and the next core group will be brought forward to review the plan."),
        ("h1", "6. Next meetings"),
        ("p", "Core group 3: 10/02/2026 at 9.30am, Birchcombe Junior School; core groups then every four "
              "weeks. Review child protection conference: 12/03/2026 at 2.00pm, Birchcombe Council Offices, "
              "Station Road."),
        ("p", "Record sent to Marie, Shaun and everyone present on 15/01/2026."),
    ],
    "findings": [
        F("F002", "Shaun will stop drinking and go to all his Pathways appointments."),
        F("M001", "Marie agreed to attend the six-week Parenting Apart course"),
        F("T002", "Mrs Akhtar will arrange extra visits to the high school"),
        F("W002", "Any worry about Ellis, including any sign that he has hurt"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. The social worker's letter to the parents after the initial conference,
#    in the second and first person ("you will", "I will"), with the plan as
#    bullets of what was agreed. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b172_brindleford_plan_letter_to_parents_what_we_agreed_kowalczyk.md",
    "split": "tune",
    "actions": 14,
    "template": "icpc-plan-letter-md-letterhead-address-block-dear-parents-then-why-going-well-milas-days-observed-outcomes-then-what-we-agreed-will-happen-bullets-in-letter-grammar-i-will-you-will-aaron-you-will-not-passive-referral-then-if-things-go-wrong-meetings-yours-sincerely",
    "description": (
        "The social worker's letter to the parents of a 5-month-old girl after an initial conference "
        "about an unexplained bruise to her cheek: her mother has postnatal depression and takes "
        "sertraline, neither parent can explain the bruise, the father is not to be alone with her, "
        "and his parents supervise on college days and have her on Saturdays. The plan is a list of "
        "bullets in letter grammar ('I will visit Mila ...', 'Aaron, you will not be on your own with "
        "Mila ...', 'Lorraine and Keith have agreed to ...', 'A referral to Brindleford Home-Start will "
        "be made ...'). Most bullets are sound. Faults: the health visitor's visits measured by 'your "
        "engagement'; the Caring Dads assessment with no time; a Home-Start referral with no one to make "
        "it; the ICON session 'asap'; the mother's depression recorded with no adult service owning any "
        "action; and a contingency that says nothing of what happens if the grandparents cannot "
        "supervise."
    ),
    "text": """\
**Brindleford Borough Council**
Children's Services - Assessment and Safeguarding Team
Riverside House, Mill Street, Brindleford BR5 2AA
Telephone 01632 960 418

9 January 2026

Natalia Kowalczyk and Aaron Briggs
Flat 11, Weaver House, Canal Street
Brindleford BR3 7PE

Dear Natalia and Aaron,

# Mila's child protection plan

Thank you both for coming to the initial child protection conference for Mila yesterday, 8 January
2026. I know it was a long and hard meeting, and that you both love Mila very much. The conference
decided that Mila should have a child protection plan under the category of physical abuse. I am
writing to set out, in plain words, what was agreed, so that you both know what will happen, who will
do it and when. Please ring me if anything in this letter is not clear.

## Why Mila has a plan

On 10 December 2025 Carla Dunn, your health visitor, saw a bruise on Mila's left cheek. Mila was four
months old and not yet rolling. The child protection medical at Brindleford General Hospital the next
day found that the bruise was likely to have been caused by an adult's grip, and the skeletal survey
found no other injuries. Neither of you has been able to say how the bruise happened. The police
investigation is still open. Natalia, you told the conference that you have had postnatal depression
since October, that Dr Malik at Canal Street Surgery started you on sertraline in November, and that
some days you feel "numb".

## What is going well

- Mila is a healthy weight, on the 50th centile, and has had all her immunisations.
- You have both worked with me since December and agreed to the safety plan straight away.
- Aaron's parents, Lorraine and Keith Briggs, have supervised whenever Aaron has been with Mila since
  11 December, and say they will keep doing so.
- Natalia, you told me you feel better since starting the sertraline and that you want to go back to
  your college course.

## What Mila's days are like

Mila is five months old. At my visits on 18 December and 6 January she smiled and cooed at Natalia,
grabbed Aaron's finger and watched his face when he sang to her. She feeds well, six ounces every three
to four hours, and sleeps in a Moses basket in your room. Carla saw her reach for her toys and roll
from her tummy onto her back on 6 January. Mila cries when she is put down after a feed and settles
quickly when she is held against a shoulder. Lorraine says Mila "loves her bath and kicks like mad".

## What we all want for Mila

1. Mila is safe from harm and has no more unexplained bruises or injuries.
2. Mila is always cared for by an adult who is calm and gentle with her, and is never alone with Aaron
   until we understand how she was hurt.
3. Mila is fed, sleeps safely on her back in her own cot, and keeps growing along her centile line.
4. Mila is played with, talked to and comforted every day by a mum who is well enough to do so.

## What we agreed will happen

- I will visit Mila at home every week until the review conference, at least one visit in three
  unannounced, and I will see her awake and undressed at a nappy change so that I can check her
  skin; my visit records will be on Mila's file within two working days.
- I will complete the child and family assessment, including how you both care for Mila, by 27
  February 2026, and I will give you the written report before the core group on 17 March 2026.
- Aaron, you will not be on your own with Mila at any time, day or night, until the review
  conference. Whenever Natalia is out, Lorraine or Keith will be with you. I will ask you both, and
  Lorraine, at every visit who has looked after Mila, and I will write down your answers.
- Lorraine and Keith have agreed to be at the flat every Tuesday and Thursday from 8.30am to 2.30pm,
  while Natalia is at college, until the review conference, and to sign the supervision log that I
  have left with you each day.
- Lorraine has agreed to have Mila at her house every Saturday from 9am to 3pm, while Natalia is at
  work, until the review conference, and to text me each Saturday when Mila is back home.
- Carla Dunn, the health visitor, will visit you at home every two weeks until Mila is nine months
  old (2 May 2026) to talk with you about Mila's feeding, sleep and play; we will look at your
  engagement with her visits.
- Carla will also weigh Mila at the Canal Street clinic every month and plot her weight in her red
  book, and will e-mail me the weight the same day.
- You have both agreed that Mila will sleep on her back in her own cot in your room for every sleep,
  from tonight; Carla will see where Mila sleeps at each visit and write it in her record.
- Dr Susan Reeve, consultant paediatrician at Brindleford General Hospital, will see Mila in clinic
  on 5 February 2026 to check her skin and her development, and will send her clinic letter to me
  and to Dr Malik.
- PC Helen Shaw, Child Abuse Investigation Team, Brindleford Police, will tell me the outcome of the
  police investigation within two working days of any decision, and I will share it with you and the
  core group in writing.
- Aaron, you will complete the Caring Dads assessment with Brindleford Family Intervention Service,
  and the worker will send me a written report on what you have learned about caring for a baby.
- A referral to Brindleford Home-Start will be made for a volunteer to visit you on Mondays and
  Wednesdays, by 23 January 2026; the Home-Start acceptance letter will be put on Mila's file.
- You will both go to the ICON session on coping with a crying baby at Canal Street Family Hub asap,
  and bring me the attendance slip.
- Natalia, you will keep taking your sertraline every day as Dr Malik has prescribed it, and show me
  your medicine box at each of my visits.

## If things go wrong

- If anyone sees a new mark or bruise on Mila, they will ring me (or the Emergency Duty Team out of
  hours) straight away. Mila will be taken to Brindleford General Hospital for a child protection
  medical that day, and I will hold a strategy discussion with the police and the hospital the same
  day.
- If Aaron is found to have been alone with Mila, Aaron will leave the flat that day and stay with a
  friend or relative away from Mila, and I will hold a strategy discussion the same day.
- If there is another unexplained injury, or Aaron is found alone with Mila, I will ask my manager,
  Priya Desai, for a legal planning meeting within five working days.

## Meetings

The first core group will be on 20 January 2026 at 10am at Canal Street Family Hub, and then every four
weeks: 17 February 2026 and 17 March 2026. The review child protection conference will be on 2 April
2026 at 1.30pm at Riverside House.

Yours sincerely,

Tom Ridley
Social worker, Assessment and Safeguarding Team
Copied to: Lorraine and Keith Briggs; Carla Dunn (health visitor); Dr Malik (GP); Dr Susan Reeve;
PC Helen Shaw; Brindleford Family Intervention Service
""",
    "findings": [
        F("M002", "we will look at your engagement with her visits"),
        F("T001", "you will complete the Caring Dads assessment with Brindleford"),
        F("W001", "A referral to Brindleford Home-Start will be made for"),
        F("T002", "at Canal Street Family Hub asap, and bring me"),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. A review conference plan as a landscape Word table: the outcome merged
#    down beside its actions, the action cells written as nominalised and
#    passive phrases ("Completion of ...", "Weekly visits ... to be
#    undertaken by the SW", "Supervision of ...") and restrictions ("Mr Lane
#    will not have unsupervised contact ..."), the owner in a Lead column.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b172_bowsley_rcpc_table_nominalised_actions_merged_outcome_lane.docx",
    "doc_title": "Child Protection Plan - Poppy and Alfie Lane",
    "split": "tune",
    "actions": 15,
    "landscape": True,
    "check_vmerge": 3,
    "template": "rcpc-plan-docx-landscape-kv-details-why-what-has-changed-poppys-words-alfies-day-then-outcome-merged-down-ref-action-in-nominalised-and-passive-phrases-and-restrictions-lead-timescale-evidence-of-progress-table-then-contingency-bullets-core-group-and-review",
    "description": (
        "Exemplary review conference plan for a 6-year-old girl and a 2-year-old boy after their "
        "father's violence to their mother when drunk; he has left home, is under a non-molestation "
        "order, drinks heavily and sees the children at a contact centre on Saturdays and at the "
        "maternal grandmother's on Wednesdays. The plan is a landscape table with each outcome merged "
        "down beside its actions, and the action cells are written the way plans are typed: "
        "nominalised ('Completion of the Respect programme by Mr Lane ...', 'Supervision of Wednesday "
        "after-school contact ...', 'Referral of Alfie and Jess to ...'), passive with an agent ('Weekly "
        "visits ... to be undertaken by the SW'), and restrictions ('Mr Lane will not have unsupervised "
        "contact with Poppy and Alfie until ...', 'Jess will not allow Mr Lane into the house ...'); "
        "the owner is always in the Lead column. Every row has a real timescale and evidence that can be "
        "seen; the alcohol team reports on change; the grandmother's supervision has a fallback; legal "
        "planning follows named triggers; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Bowsley Council, Children's Services. Plan agreed at the review child protection conference on "
              "18/12/2025 (chair: Angela Booth, Independent Reviewing Officer)."),
        ("kv", [
            ("Children", "Poppy Lane, born 11/05/2019 (6, Year 2, Bowsley Church Primary School); Alfie "
                         "Lane, born 20/10/2023 (2, Rainbow Day Nursery)"),
            ("Address", "41 Rowan Drive, Bowsley BY4 1QE, with their mother, Jess Lane (30)"),
            ("Father", "Craig Lane (35), staying with his brother at 7 Ferry Road, Bowsley. Non-molestation "
                       "order (no contact with Jess, not to come to Rowan Drive) until 30/06/2026."),
            ("Maternal grandmother", "Mrs Gillian Marsh, 15 Sycamore Close, Bowsley"),
            ("Category", "Emotional abuse (both children), since the initial conference on 25/09/2025"),
            ("Social worker", "Hannah Kerr, Family Safeguarding Team (team manager: Mark Ellison)"),
        ]),
        ("h1", "Why Poppy and Alfie have a plan"),
        ("p", "On 13/09/2025 Craig came home drunk and strangled Jess in the kitchen while Poppy watched from "
              "the stairs and Alfie was in his high chair. Poppy ran to a neighbour's house. There had been "
              "five police call-outs to Rowan Drive since 2023, all when Craig had been drinking. Craig was "
              "charged with assault and Jess got a non-molestation order. Craig says he drinks \"about eight "
              "cans a night\"."),
        ("h1", "What has changed since September"),
        ("p", "Craig has not been back to the house, and there have been no call-outs since September. He "
              "started the Respect programme on 20/11/2025 and has been to four sessions. He went to the "
              "Community Alcohol Team in November but missed two appointments. Jess has completed a safety "
              "plan with her IDVA and changed the locks. Contact has gone well at the contact centre; on "
              "one Saturday in November Craig smelt of alcohol and the contact was stopped."),
        ("h1", "What Poppy and Alfie tell us"),
        ("p", "Poppy (seen on her own at school on 09/12/2025): \"I miss Daddy but I don't want him to live "
              "here till he stops the cans.\" \"Sometimes I dream about the kitchen and I go in Mummy's bed.\" "
              "\"Saturdays at the centre are good, we do Lego.\" She scored feeling safe at home 7 out of 10, "
              "up from 3 in September."),
        ("p", "Alfie (seen at home and at nursery): Alfie is a busy little boy who loves cars. Nursery say he "
              "settles within a few minutes of Jess leaving, but hits out when other children shout. At "
              "contact he runs to Craig and sits on his knee; when Craig raised his voice to a member of "
              "staff in November, Alfie hid behind Poppy."),
        ("h1", "The plan"),
        ("p", "The Lead column says who is responsible for each action. Evidence of progress says what the "
              "core group will see."),
        ("table", {
            "header": ["What we want for Poppy and Alfie", "Ref", "Action", "Lead", "Timescale",
                       "Evidence of progress"],
            "widths": [4.2, 1.1, 6.4, 4.0, 4.4, 5.6],
            "rows": [
                ["1. Poppy and Alfie are safe from their dad's violence and drinking, at home and whenever "
                 "they see him.",
                 "1.1",
                 "Mr Lane will not have unsupervised contact with Poppy and Alfie until the core group has "
                 "read the Respect programme's end-of-programme report; all his contact will be supervised, "
                 "at the contact centre (1.2) or at Mrs Marsh's house (1.3).",
                 "Craig Lane (father)",
                 "From 18/12/2025 until the core group after the Respect report (due 29/05/2026)",
                 "Contact centre records and Mrs Marsh's contact log show every contact supervised"],
                [V, "1.2",
                 "Supervised contact at Bowsley Family Contact Centre, with a written note of how Craig plays "
                 "with and speaks to the children, and a breath test before each session.",
                 "Bowsley Family Contact Centre (supervisor: Mandy Oakes)",
                 "Every Saturday, 10am to 12 noon, until the review conference",
                 "Contact record, with the breath test reading, e-mailed to the SW by the Monday after each "
                 "contact"],
                [V, "1.3",
                 "Supervision of Wednesday after-school contact between Craig and the children at her home.",
                 "Mrs Gillian Marsh (maternal grandmother)",
                 "Every Wednesday, 3.30pm to 5.30pm, until the review conference",
                 "Contact log signed by Mrs Marsh after each contact and read by the SW at every visit"],
                [V, "1.4",
                 "Completion of the Respect programme by Mr Lane, with an end-of-programme report on the "
                 "risk he poses to Jess and the children and what has changed.",
                 "Bowsley Respect Programme (facilitator: Dan Whitby)",
                 "Weekly sessions until 15/05/2026; report by 29/05/2026",
                 "Attendance register sent to the SW at the end of each month; end-of-programme report "
                 "shared with the core group"],
                [V, "1.5",
                 "Alcohol treatment for Mr Lane: key work, a breath test at every session and GGT blood tests "
                 "at the start and after three months, with a written view on whether he can stay sober "
                 "around the children and how long that is likely to take.",
                 "Bowsley Community Alcohol Team (worker: Ravinder Gill)",
                 "Fortnightly from 05/01/2026; blood tests by 12/01/2026 and 13/04/2026; written view by "
                 "13/04/2026",
                 "Breath and blood results e-mailed to the SW within a week; written view on the SW's file by "
                 "13/04/2026"],
                [V, "1.6",
                 "Mr Lane will stay away from 41 Rowan Drive, and will not drink on the day of any contact.",
                 "Craig Lane (father)",
                 "From 18/12/2025 until the review conference",
                 "A breath test reading of zero before every contact-centre session (1.2); no sightings at "
                 "Rowan Drive on police records (1.7)"],
                [V, "1.7",
                 "The marker on 41 Rowan Drive to be kept in place, and any call-out or breach of the "
                 "non-molestation order to be reported to the SW by the DA Unit.",
                 "Bowsley Police DA Unit (PC Amy Ford)",
                 "Marker checked by 31/01/2026; any call-out reported within 24 hours",
                 "Marker confirmation e-mailed to the SW; summary of police records sent before each core "
                 "group"],
                ["2. Poppy sleeps through the night and can tell an adult she trusts about her worries; "
                 "Alfie is settled and playing happily at nursery.",
                 "2.1",
                 "Weekly visits to Poppy and Alfie at home, one in three unannounced, to be undertaken by the "
                 "SW, seeing Poppy on her own each time.",
                 "Hannah Kerr (SW)",
                 "Weekly until 27/02/2026, then every two weeks until the review conference",
                 "Visit records within 48 hours, with what Poppy says and how Alfie plays"],
                [V, "2.2",
                 "Six sessions of direct work with Poppy using her Me and My Feelings book, about the kitchen, "
                 "her dreams and seeing Daddy.",
                 "Hannah Kerr (SW)",
                 "Fortnightly from 08/01/2026 (six sessions)",
                 "Poppy's pages copied to her file; her worry scale at the first and sixth sessions"],
                [V, "2.3",
                 "A place for Poppy in the school's Sunflower nurture group, and a check-in every morning "
                 "with her class teacher.",
                 "Mrs Ruth Ames, DSL, Bowsley Church Primary School",
                 "Tuesday and Thursday afternoons, 06/01/2026 to 27/03/2026; check-in every school day",
                 "Boxall profile at the start and end of the group; check-in notes on CPOMS e-mailed to the "
                 "SW each Friday"],
                [V, "2.4",
                 "Referral of Alfie and Jess to the Little Steps play group at Bowsley Family Hub.",
                 "Leah Wong, health visitor",
                 "By 16/01/2026",
                 "Acceptance letter and start date on the SW's file"],
                [V, "2.5",
                 "Observation of Alfie at nursery (his play, his speech and how he separates from Jess), and "
                 "his ASQ-3 at 27 months.",
                 "Sasha Reid, manager, Rainbow Day Nursery",
                 "Every session; ASQ-3 by 27/02/2026",
                 "Monthly written summary to the SW; ASQ-3 scores shared with the health visitor and SW"],
                ["3. Poppy and Alfie live with a mum who knows how to keep them safe from domestic abuse, and "
                 "who has help around her when she needs it.",
                 "3.1",
                 "Safety planning with Jess, including what to do if Craig breaks the order, and a place on "
                 "the Freedom Programme.",
                 "Sophie Carr, IDVA, Bowsley Women's Aid",
                 "Fortnightly until 31/03/2026; Freedom Programme Mondays, 12/01/2026 to 23/03/2026",
                 "Updated safety plan, signed by Jess, on the SW's file by 16/01/2026; Freedom Programme "
                 "register sent to the SW"],
                [V, "3.2",
                 "Jess will not allow Mr Lane into the house, or take the children to meet him outside the "
                 "agreed contact, and will ring 999 if he comes to the house.",
                 "Jess Lane (mother)",
                 "From 18/12/2025 until the review conference",
                 "The SW asks Poppy at each visit whether she has seen Daddy at home and records her answer; "
                 "police records (1.7) show no visits"],
                [V, "3.3",
                 "A family group conference to plan who in the family can help Jess and the children, and "
                 "how.",
                 "Bowsley Family Group Conference Service (coordinator: Tom Price)",
                 "Conference by 27/02/2026",
                 "The family's written plan shared with the core group by 06/03/2026"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Craig comes to 41 Rowan Drive, contacts Jess, or breaks the non-molestation order in any "
            "other way: Jess rings 999 and the police attend under the marker; the SW holds a strategy "
            "discussion the same day; and all contact stops until the core group has met.",
            "If Craig arrives for contact smelling of alcohol or with a breath reading above zero, the "
            "contact does not go ahead, the supervisor (Mandy Oakes or Mrs Marsh) rings the SW that day, and "
            "contact stays suspended until the Community Alcohol Team has seen Craig.",
            "If Mrs Marsh cannot supervise a Wednesday contact (she is ill, away, or finds it too hard), she "
            "rings the SW that morning and the contact does not take place; the SW books an extra hour at "
            "the contact centre the following Saturday. If Mrs Marsh can no longer supervise at all, "
            "Wednesday contact moves to the contact centre from the next week.",
            "If Craig breaks the order, moves back into Rowan Drive, or is found to have had unsupervised "
            "contact, or if the Respect report on 29/05/2026 finds no real change, the SW will ask Mark "
            "Ellison for a legal planning meeting within five working days.",
        ]),
        ("h1", "Core group and review"),
        ("p", "The core group meets every four weeks at Bowsley Church Primary School at 9.15am: 13/01/2026, "
              "10/02/2026, 10/03/2026, 07/04/2026, 05/05/2026 and 02/06/2026. The next review child "
              "protection conference is on 18/06/2026 at 10.00am at Bowsley Council House."),
        ("p", "Plan sent to Jess, Craig, Mrs Marsh and every agency on 22/12/2025."),
    ],
    "findings": [],
})
