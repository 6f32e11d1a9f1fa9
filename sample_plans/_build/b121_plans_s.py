"""Batch 121, module s: seven fictional plans (tuning material), places beginning with "s".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: good practice written in ways a template-bound reader could misread,
so that precision is tested (a correct plan wrongly criticised costs trust).
Owners are a named person introduced once in a who's-who and then called
only by a first name, a family name or a role ("Becky", "Nana Pat", "the
HV", "Ravi"); joint owners ("Leanne and Craig together", "Becky with Mrs
Parry", "Bev with Stacey"); an owner in a bracket at the end of the action
("... (HV, Gemma Nowak)"); a Who column holding only a service or a team;
a "Responsible agency" banner row over several actions; a young person
addressed as "you". Timescales are specific without being plain dates: "by
36 weeks pregnant", "until Skye is 6 months old", "before the next core
group (3 March)", "by the review conference" (dated elsewhere in the plan),
"daily, reviewed at each core group", "within 72 hours of you coming home,
every time", and dates in many forms under "Target date", "By", "Due" and
"Review date" headings (3rd March 2026, 10.02.26, w/c 16 Mar, Feb half
term, Easter hols). Measures sit under headings in the family's words
("What will we see?", "Proof", "How will we know?", "Success looks like",
"How we'll know") and are numbers and records (95% attendance, three clear
tests in a row, weight on the 25th centile, no missed doses on the inhaler
chart). Other sections: the children's voice in a Three Houses table, a
"Words and Pictures" paragraph, "In your words" and a baby's world before
birth; outcomes as Signs of Safety danger statements and safety goals; the
contingency as a "Plan B" If | Then | Who table, or as Trigger / Response /
Lead fields; meetings in a table of dates.

Five plans are exemplary (no findings): the Saltmarden landscape initial
conference plan with merged outcome cells, a Three Houses table and a Plan B
table (docx); the Sandlecombe pre-birth case-system export with labelled
fields per action and a page header and footer (pdf); the Shepcote review
plan whose Who column holds services, teams and joint owners, with a Words
and Pictures paragraph and a meetings table (pdf); the Swanmere plan for a
15-year-old at risk of exploitation who self-harms, written to her, with
nested bullets theme > action > who / when / how (md); and the Strellham
plain-text plan with aligned columns, a Review date column and owners by
first name (txt). Two carry a realistic mix of faults among mostly good
rows: the Stourwick Signs of Safety plan with "Responsible agency" banner
rows (docx) and the Sedgecastle core group plan with the owner in a bracket
at the end of each action (md).

Counting actions (convention 1; README "Files", actions): each live row of
an action table; each labelled action block of a case-system export; each
action bullet under a theme in a nested list (its who / when / how
sub-points are part of it); "Responsible agency" banner rows, theme lines,
the Three Houses and worries grids, the contingency and meeting dates are
not actions, and a one-off action marked done is not counted.
"""
import textwrap

from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, father's drinking and rows at home, two
#    children. Landscape Word plan: six-column action table with the outcome
#    merged down its rows, owners by first name or family name from a
#    who's-who, target dates in many forms, "What will we see?" column;
#    Three Houses table; Plan B table If | Then | Who; meetings table.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b121_saltmarden_icpc_landscape_merged_outcomes_three_houses_ashby.docx",
    "doc_title": "Child Protection Plan - Maisie and Jack Ashby",
    "split": "tune",
    "actions": 11,
    "landscape": True,
    "check_vmerge": 4,
    "template": "icpc-landscape-word-plan-whos-who-kv-first-names-why-three-houses-table-then-six-column-table-outcome-merged-down-no-what-will-happen-who-target-date-many-forms-what-will-we-see-then-plan-b-if-then-who-table-meetings-table",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 4-year-old whose father drinks "
        "and rows with their mother. Landscape Word plan: a who's-who gives each person once and "
        "the Who column then uses first names or family names ('Becky', 'Nana Pat', 'Craig', 'Mrs "
        "Parry') and joint owners ('Leanne and Craig together', 'Becky with Mrs Parry'); each "
        "outcome is merged down its rows; the Target date column mixes forms (10.02.26, 3rd March "
        "2026, Feb half term, 'before the first core group (24 Feb)'); the measure column is headed "
        "'What will we see?'. The children's voice is a Three Houses table, the contingency a Plan "
        "B If | Then | Who table that covers Nana Pat not coping and names a legal planning "
        "meeting, and the meetings are a table of dates. The alcohol service reports on change and "
        "the GP owns an action."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Saltmarden District Council · Children's Services · Family Safeguarding Team East"),
        ("kv", [
            ("Children", "Maisie Ashby (7), DOB 22/06/2018, Year 2; Jack Ashby (4), DOB 09/12/2021, nursery "
                         "class – both at Saltmarden Church Primary"),
            ("Address", "16 Quay Terrace, Saltmarden SM3 8PW"),
            ("Category", "Emotional abuse (both children)"),
            ("Conference", "Initial child protection conference, Tuesday 3 February 2026. Chair: Helen Marsh "
                           "(IRO)"),
        ]),
        ("h1", "Who's who"),
        ("kv", [
            ("Leanne", "Leanne Ashby (34), Mum"),
            ("Craig", "Craig Ashby (38), Dad"),
            ("Nana Pat", "Patricia Ashby, Craig's mum, 9 Ferry Row, Saltmarden (five minutes' walk)"),
            ("Becky", "Rebecca Lowther, social worker, Family Safeguarding Team East (team manager: Farid "
                      "Khan)"),
            ("Mrs Parry", "Gill Parry, designated safeguarding lead, Saltmarden Church Primary"),
            ("Mr Tobin", "Owen Tobin, learning mentor, Saltmarden Church Primary"),
            ("Miss Doyle", "Kerry Doyle, nursery class teacher, Saltmarden Church Primary"),
            ("Adam", "Adam Quayle, recovery worker, Saltmarden Recovery Hub (adult alcohol service)"),
            ("Dr Osei", "Dr Neema Osei, GP, Harbour Street Surgery"),
            ("0-19 Team", "Saltmarden 0-19 Team (health visitors and school nurses)"),
        ]),
        ("h1", "Why Maisie and Jack have a plan"),
        ("p", "Craig drinks most evenings and on most weekend days. Since November the police have been called "
              "to Quay Terrace three times to loud rows between Craig and Leanne after he had been drinking; on "
              "11/01/2026 a glass was thrown and broke near Jack. Maisie told Mrs Parry that she takes Jack under "
              "her bed when Dad shouts. Maisie has been late 14 times this school year and Jack's nursery has "
              "noticed that he says very few words for his age and flinches when a door bangs."),
        ("h1", "Maisie's and Jack's Three Houses"),
        ("p", "Becky did the Three Houses with Maisie on her own at school on 28/01/2026, and drew them with Jack "
              "at home on 30/01/2026, writing down his words."),
        ("table", {
            "header": ["", "House of Worries", "House of Good Things", "House of Dreams"],
            "widths": [3.0, 7.5, 7.6, 7.6],
            "bold_first_col": True,
            "rows": [
                ["Maisie",
                 "“When Daddy has his cans he gets shouty and Mummy cries. I take Jack under my bed and we "
                 "whisper.” “I'm late because I have to find Jack's shoes.”",
                 "“Nana Pat's, because she does pancakes and there's no shouting.” Breakfast club. Her friend "
                 "Esme.",
                 "“Daddy doesn't have cans any more and we go to the beach all together.” She wants to ring "
                 "Nana Pat herself if she is scared."],
                ["Jack",
                 "He drew a big black scribble and said “bang, Daddy loud”. He put his hands over his ears.",
                 "He drew his dog and Nana Pat, and said “Nana, pancake”.",
                 "He drew himself on a bike with Daddy and said “Daddy bike”."],
            ],
        }),
        ("h1", "The plan"),
        ("p", "Each outcome is what we want for Maisie and Jack; the rows beside it are what each person will do "
              "to get there. Target dates are as agreed at the conference."),
        ("table", {
            "header": ["Outcome for Maisie and Jack", "No.", "What will happen", "Who", "Target date",
                       "What will we see?"],
            "widths": [5.0, 1.0, 6.8, 3.2, 3.8, 5.9],
            "rows": [
                ["1. Maisie and Jack live in a home where no adult is drunk while looking after them, and they "
                 "do not hear shouting or see fighting.",
                 "1.1",
                 "Visit Maisie and Jack at home, one visit in three unannounced; see Maisie on her own and play "
                 "with Jack",
                 "Becky",
                 "Weekly from w/c 9 Feb until the review conference",
                 "Visit record each week shows both children seen, Maisie spoken to alone and her words "
                 "written down"],
                [V, "1.2",
                 "Stay alcohol-free on every day he is looking after Maisie and Jack, and go to key-work and a "
                 "breath test at the Recovery Hub",
                 "Craig",
                 "Every Tuesday from 10.02.26",
                 "Hub attendance sheet sent to Becky each month; every breath test reads 0.00"],
                [V, "1.3",
                 "Key-work with Craig, breath tests, and a written report to each core group on whether he is "
                 "making the changes Maisie and Jack need and how long more change is likely to take",
                 "Saltmarden Recovery Hub (Adam)",
                 "Report two working days before each core group (first by Fri 20 Feb)",
                 "Report on Becky's file before every core group, with the test results and Adam's view of "
                 "the timescale"],
                [V, "1.4",
                 "Send Becky Craig's alcohol-related health history and liver test results, and tell her of "
                 "any missed GP appointment",
                 "Dr Osei",
                 "History by 3rd March 2026; missed appointments within two working days",
                 "GP letter on the children's file by 3 March; an e-mail to Becky for each missed "
                 "appointment"],
                [V, "1.5",
                 "Go to the eight-week Calmer Homes group together, so that they understand how the rows feel "
                 "to Maisie and Jack",
                 "Leanne and Craig together",
                 "Thursdays 6–8pm, 12 Feb to 2 Apr 2026",
                 "Register shows at least 7 of 8 sessions for each of them; group leader's end-of-course "
                 "report to Becky"],
                ["2. Maisie and Jack get to school on time every day, dressed and with breakfast inside them.",
                 "2.1",
                 "Check both children's attendance and punctuality, keep their breakfast club places, and "
                 "phone Becky the same day if either is absent without a reason",
                 "Mrs Parry",
                 "Every school day from 09/02/2026",
                 "Attendance e-mailed to Becky every Friday: 95% or more, and no more than two late marks "
                 "this half-term"],
                [V, "2.2",
                 "Walk Maisie and Jack to breakfast club on Monday and Thursday mornings",
                 "Nana Pat",
                 "Mon and Thu mornings from 9 Feb",
                 "Breakfast club sign-in sheet shows Nana Pat bringing them in by 8.15 on those days"],
                ["3. Maisie knows what to do and who to ring if her dad has been drinking, and no longer hides "
                 "under her bed with Jack.",
                 "3.1",
                 "Make a safety card with Maisie in words and pictures: who she rings, where she and Jack go, "
                 "and Nana Pat's number",
                 "Becky with Mrs Parry",
                 "Before the first core group (24 Feb)",
                 "Maisie's card copied to the file; Maisie can tell Becky Nana Pat's number at the next "
                 "visit"],
                [V, "3.2",
                 "Worry Monsters group for Maisie, talking and drawing about what happens at home",
                 "Mr Tobin",
                 "Wednesdays for 8 weeks from 11 Feb",
                 "Maisie's worry score (0–10) written down each week and sent to Becky before every core "
                 "group"],
                ["4. Jack's speech and play develop for his age, and he is not frightened by noise at home.",
                 "4.1",
                 "Check Jack's speech, hearing and development, and refer him to speech and language therapy "
                 "if he is behind",
                 "0-19 Team",
                 "Feb half term (by 13/02/26)",
                 "Development check scores sent to Becky by 13 Feb; therapy referral letter on file if "
                 "needed"],
                [V, "4.2",
                 "Write down how Jack is in nursery, what he says about home and anything that frightens "
                 "him, and call Becky the same day with any worry",
                 "Miss Doyle",
                 "Every nursery session",
                 "Note to Becky every Friday; same-day calls logged on CPOMS"],
            ],
        }),
        ("h1", "Plan B"),
        ("p", "Everyone at the conference agreed this. Leanne and Nana Pat have a copy on their fridges."),
        ("table", {
            "header": ["If ...", "Then ...", "Who"],
            "widths": [8.0, 12.0, 5.7],
            "rows": [
                ["Craig has been drinking on a day he is looking after the children, or the police are called "
                 "to a row at home",
                 "Maisie and Jack go to Nana Pat's at 9 Ferry Row that evening and stay until Becky has "
                 "visited. Craig does not come back to the house until Becky and Adam have seen him. If anyone "
                 "is hurt, Becky holds a strategy discussion the same day.",
                 "Leanne rings Nana Pat, then Becky (or the out-of-hours team); Becky"],
                ["Nana Pat cannot have the children or cannot do the school walk (she is ill, away or cannot "
                 "manage)",
                 "Leanne walks the children to breakfast club herself on those mornings. If the children need "
                 "somewhere to sleep and Nana Pat cannot have them, Becky places them together with Saltmarden "
                 "foster carers the same day.",
                 "Leanne; Becky"],
                ["Craig misses two Tuesdays in a row, has two positive breath tests before the review, or "
                 "Adam's report says he cannot change in time for Maisie and Jack",
                 "Becky asks Farid Khan for a legal planning meeting within 5 working days.",
                 "Becky; Farid Khan (team manager)"],
            ],
        }),
        ("h1", "Meetings"),
        ("table", {
            "header": ["Meeting", "Date and time", "Where"],
            "widths": [9.0, 8.0, 8.7],
            "rows": [
                ["Core group 1", "Tuesday 24/02/2026, 3.30pm", "Saltmarden Church Primary, family room"],
                ["Core group 2", "Tuesday 24/03/2026, 3.30pm", "Saltmarden Church Primary, family room"],
                ["Core group 3", "Tuesday 21/04/2026, 3.30pm", "Saltmarden Church Primary, family room"],
                ["Review child protection conference", "Thursday 30/04/2026, 10am",
                 "Saltmarden Town Hall, Room 4"],
            ],
        }),
        ("p", "The core group meets every four weeks. Becky will see Maisie on her own before each core group and "
              "bring her words to the meeting."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan in Signs of Safety style after domestic abuse,
#    two children, mother's anxiety, grandmother supervising contact. Danger
#    statements and safety goals; a worries / working well grid; a table with
#    "Responsible agency" banner rows over the actions. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b121_stourwick_sos_danger_goals_agency_banner_rows_okafor.docx",
    "doc_title": "Child Protection Plan (Signs of Safety) - Zara and Daniel Okafor",
    "split": "tune",
    "actions": 12,
    "template": "sos-icpc-word-plan-details-kv-danger-statements-safety-goals-worries-working-well-grid-childrens-voice-scaling-then-three-column-what-needs-to-happen-when-how-will-we-know-table-under-responsible-agency-banner-rows-if-things-go-wrong-prose-core-group-bullets",
    "description": (
        "Initial conference plan in Signs of Safety style for an 11-year-old and a 2-year-old "
        "after domestic abuse by the younger child's father; the mother has anxiety and low "
        "mood. Danger statements and safety goals, a worries / working well grid, the children's "
        "voice, then a three-column table (What needs to happen | When | How will we know?) whose "
        "owners are 'Responsible agency' banner rows over each group of actions. Most rows are "
        "sound. Faults: the parenting assessment states no output, the sleep routine help is 'As "
        "needed', the talking therapy only treats the mother, the school's 'keep an eye on' row is "
        "measured by a feeling, the banner 'Family and safety network' is the only owner of the "
        "supervision row; the contingency leans on the grandmother without saying what happens if "
        "she cannot help, and nothing leads to legal planning."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Signs of Safety"),
        ("p", "Stourwick City Council · Children's Services · Safeguarding Service North"),
        ("kv", [
            ("Children", "Zara Okafor (11), DOB 19/03/2014, Year 6, Kingsley Road Primary; Daniel Okafor (2), "
                         "DOB 07/08/2023"),
            ("Mother", "Funmi Okafor (33), 27 Wrenfield Road, Stourwick ST4 2DJ"),
            ("Daniel's father", "Chris Hale (36), Zara's stepfather; living with his brother at 8 Cole Street "
                                "since 12/01/2026"),
            ("Grandmother", "Joy Okafor (Grandma Joy), Funmi's mother, 12 Linnet Close, Stourwick"),
            ("Category", "Emotional abuse (both children)"),
            ("Conference", "Initial child protection conference, Wednesday 04/02/2026. Chair: Deborah Ince "
                           "(IRO)"),
            ("Social worker", "Joanne Byrne (team manager: Paul Ashworth)"),
        ]),
        ("h1", "Danger statements"),
        ("p", "Children's Services, the police and Zara's school are worried that Chris may hurt Funmi again "
              "while Zara and Daniel are in the house, as he did on 10/01/2026 when he pushed Funmi into the "
              "kitchen door and Zara rang 999. If this happens again Zara could be hurt trying to stop it, and "
              "Daniel could be hurt while in Funmi's arms, and both children will go on being frightened at "
              "home."),
        ("p", "We are also worried that when Funmi's anxiety is bad she stays in bed, and Zara then looks after "
              "Daniel before and after school and misses sleep and school."),
        ("h1", "Safety goals"),
        ("bullets", [
            "Zara and Daniel live in a home where nobody hurts, threatens or frightens their mum, and they only "
            "see Chris when another adult who knows the plan is with them.",
            "Zara goes to school every day, on time and rested, and does not have to look after Daniel.",
            "Daniel is fed, changed and put to bed by an adult every day, and his development stays on track.",
            "Zara knows who to call if she is frightened at home, and says she feels safe to do it.",
        ]),
        ("h1", "What we are worried about / What is working well"),
        ("table", {
            "header": ["What are we worried about?", "What's working well?"],
            "widths": [8.5, 8.5],
            "rows": [
                ["Three police call-outs since August 2025; Chris pushed Funmi on 10/01/2026 with Daniel in "
                 "the room. Zara missed 11 days of school in the autumn term. Funmi has anxiety and low mood "
                 "and some days does not get up.",
                 "Funmi asked Chris to leave and he has. Chris is on police bail not to go to Wrenfield Road "
                 "until 04/03/2026. Grandma Joy lives ten minutes away and sees the children most days. Daniel "
                 "is meeting his milestones."],
            ],
        }),
        ("h1", "Zara's and Daniel's voice"),
        ("p", "Zara (seen on her own at school, 29/01/2026): “When Chris shouts I take Danny upstairs and put the "
              "telly on loud. I rang the police because Mum was crying on the floor. I miss Chris a bit but I "
              "don't want him to live with us.” On her wizard scale she put home at 4 out of 10 and Grandma "
              "Joy's at 10."),
        ("p", "Daniel (seen at home, 27/01/2026) toddled to Zara whenever the door went and held on to her leg. "
              "He let Funmi change him and laughed when she sang to him; he has a cot of his own in Funmi's "
              "room."),
        ("h1", "Scaling"),
        ("p", "On a scale where 0 means the children cannot stay at home and 10 means the case can close, the "
              "conference scored 3. Funmi scored 6."),
        ("h1", "Who will do what"),
        ("table", {
            "header": ["What needs to happen", "When", "How will we know?"],
            "widths": [8.0, 3.5, 5.5],
            "rows": [
                ["Responsible agency: Stourwick Children's Services – Joanne Byrne, social worker", H, H],
                ["Visit Zara and Daniel at home, one visit in three unannounced, and see Zara on her own",
                 "Every 10 working days from 09/02/2026",
                 "Visit notes record Zara's own words and how Daniel is cared for at each visit"],
                ["Complete a parenting assessment of Funmi and Chris, including what each of them understands "
                 "about what Zara and Daniel saw",
                 "By 20/03/2026",
                 ""],
                ["Work with Zara on what happened at home and who she can tell, using her own words and "
                 "pictures book",
                 "Six sessions, every two weeks from 12/02/2026",
                 "Zara's book finished and a copy on file; she can name three safe adults at the last "
                 "session"],
                ["Responsible agency: Stourwick 0-19 Health Visiting Team – Priti Mehta, health visitor", H, H],
                ["Check Daniel's weight and development, and that the home is safe for a toddler",
                 "Every four weeks at home; next on 17/02/2026",
                 "Weight plotted in the red book; two-year review scores sent to the social worker"],
                ["Help Funmi set up a sleep routine for Daniel and a quiet bedtime",
                 "As needed",
                 "Sleep diary kept by Funmi and seen by the health visitor at each visit"],
                ["Responsible agency: Steadwell Talking Therapies (adult mental health)", H, H],
                ["Eight sessions of guided CBT for Funmi's anxiety and low mood",
                 "Weekly from 16/02/2026",
                 "Attendance record sent to the social worker each month"],
                ["Responsible agency: Open Door Domestic Abuse Service, Stourwick", H, H],
                ["Chris to attend the 26-week Safer Steps programme for men who have been abusive to a partner",
                 "Tuesday evenings from 24/02/2026",
                 "Attendance report from the programme worker to the social worker every four weeks"],
                ["IDVA (Lorna Petch) to complete a safety plan with Funmi so that she and the children are "
                 "safe if Chris comes to the house",
                 "Within 10 working days of this conference",
                 "Signed safety plan on file; door chain and video doorbell fitted under the sanctuary "
                 "scheme"],
                ["Responsible agency: Kingsley Road Primary – Mr Sam Whitlow, designated safeguarding lead", H, H],
                ["Check Zara's attendance and how she presents, and give her a weekly check-in with her key "
                 "adult",
                 "Every school day; check-in each Monday",
                 "Attendance e-mailed to the social worker every Friday; check-ins logged on CPOMS"],
                ["Keep an eye on Zara's mood in class",
                 "Daily",
                 "Zara feels happier at school"],
                ["Family and safety network", H, H],
                ["Make sure Zara and Daniel are never left alone with Chris; all his time with them is at "
                 "Grandma Joy's",
                 "Every time Chris sees the children",
                 "Contact book signed after each visit and read by the social worker"],
                ["Grandma Joy will have Zara and Daniel for tea every Wednesday and Saturday, and keep them "
                 "overnight if Funmi is too unwell to get up",
                 "Every Wednesday and Saturday from 07/02/2026",
                 "Joy texts the social worker after each tea and each overnight stay; the social worker "
                 "reads Joy's diary at each visit"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Chris comes to Wrenfield Road, contacts Funmi or the children outside his time at Grandma "
              "Joy's, or Funmi or Zara tell anyone he has threatened them, Funmi will ring 999 and the police "
              "will attend. Zara and Daniel will go to Grandma Joy's at 12 Linnet Close that night, and Joanne "
              "will hold a strategy discussion with the police the same day."),
        ("p", "If Funmi cannot get out of bed to care for Daniel, Zara will ring Grandma Joy before school, and "
              "Joy will come to the house and take Daniel for the day."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.45pm, Kingsley Road Primary: 24/02/2026, 24/03/2026 "
            "and 21/04/2026.",
            "Review child protection conference: Thursday 30/04/2026, 1.30pm, Stourwick Civic Centre.",
        ]),
    ],
    "findings": [
        F("M001", "Complete a parenting assessment of Funmi and Chris"),
        F("T002", "Help Funmi set up a sleep routine for Daniel"),
        F("H001", "Eight sessions of guided CBT for Funmi's anxiety and low mood"),
        F("M002", "Keep an eye on Zara's mood in class"),
        F("W002", "Make sure Zara and Daniel are never left alone with Chris"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Pre-birth plan at 30 weeks, mother's past depression and both parents'
#    cannabis use, grandmother staying after the birth. Case-system export
#    printed to PDF: page header and footer, a who's-who, every action a
#    block of labelled fields (Action / Responsible / Due / Success looks
#    like / Linked outcome), Trigger / Response / Lead contingency fields,
#    review fields. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b121_sandlecombe_prebirth_case_export_labelled_fields_whelan.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby Whelan",
    "split": "tune",
    "actions": 10,
    "template": "prebirth-case-system-export-printed-to-pdf-page-header-footer-record-fields-whos-who-first-names-and-roles-skyes-world-outcomes-then-action-n-of-10-blocks-action-responsible-due-weeks-pregnant-and-babys-age-success-looks-like-linked-outcome-then-trigger-response-lead-fields-legal-planning-review-fields",
    "description": (
        "Exemplary pre-birth plan, made at 30 weeks of pregnancy, for a baby girl whose mother has "
        "had depression and whose parents both smoked cannabis. A case-system export printed to "
        "PDF with a page header and footer: a who's-who gives each worker once, and the "
        "Responsible field then says 'Hannah (specialist midwife)', 'the HV', 'Nana Sue', 'Kayleigh "
        "and Liam together'; Due fields are in weeks of pregnancy or the baby's age ('by 36 weeks "
        "pregnant (17/03/2026)', 'until Skye is 6 months old'); measures are 'Success looks like' "
        "fields ('three clear tests in a row'). The perinatal psychiatrist assesses capacity to "
        "change, the drug service reports on change, the GP owns an action, the grandmother's "
        "nights have a fallback, legal planning follows named triggers, core group and review "
        "dates are set, and the unborn baby's world is described."
    ),
    "header": "OFFICIAL-SENSITIVE · Sandlecombe Council · CareFile · Child Protection Plan",
    "footer": "Baby Whelan (unborn) · Plan v1 · exported 05/02/2026 09:14 · Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Pre-birth"),
        ("kv", [
            ("Record", "CF-2231907 · Plan type: Pre-birth child protection plan · Version 1"),
            ("Child", "Baby Whelan (unborn, a girl; her parents plan to call her Skye). Expected date of "
                      "delivery 14/04/2026"),
            ("Mother", "Kayleigh Whelan (22), Flat 3, 40 Gull Street, Sandlecombe SC2 7NB"),
            ("Father", "Liam Dobson (25), same address"),
            ("Category", "Neglect (likely significant harm)"),
            ("Conference", "Pre-birth initial child protection conference, 03/02/2026, at 30 weeks of "
                           "pregnancy. Chair: Andrew Kaur (IRO)"),
        ]),
        ("h1", "Who's who"),
        ("kv", [
            ("Dawn", "Dawn Ferriday, social worker, Sandlecombe Children's Social Care, Assessment and "
                     "Safeguarding Team 2 (team manager: Lucy Abara)"),
            ("Hannah", "Hannah Oyelaran, specialist midwife (vulnerable women), Sandlecombe General Hospital"),
            ("The HV", "Claire Booth, health visitor, Sandlecombe 0-19 Service"),
            ("Dr Patel", "Dr Raj Patel, consultant psychiatrist, Sandlecombe Perinatal Mental Health Team"),
            ("Kieran", "Kieran Lyle, recovery worker, Sandlecombe Drug and Alcohol Service (SDAS)"),
            ("Dr Lindqvist", "Dr Aisha Lindqvist, GP, Marsh Lane Surgery"),
            ("Nana Sue", "Susan Whelan, Kayleigh's mum, 5 Tern Close, Sandlecombe"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Kayleigh had depression after her own mother's illness in 2023 and was prescribed sertraline; she "
              "stopped it when she found out she was pregnant. Kayleigh and Liam both smoked cannabis every day "
              "until November 2025. At a home visit on 21/01/2026 the flat smelled of cannabis and Liam said he "
              "still smokes \"to sleep\". Kayleigh's first scan was at 19 weeks and she has missed two antenatal "
              "appointments."),
        ("h1", "Skye's world"),
        ("p", "At the 28-week scan on 20/01/2026 Skye was active and growing well. Hannah saw her kick when Liam "
              "talked to the bump, and Kayleigh says she goes quiet when music is on. A Moses basket and a cot "
              "are set up in the bedroom; Dawn saw them on 27/01/2026. If nothing changes, Skye would come home "
              "to a flat where people smoke cannabis, to parents who sleep late and may not wake for night "
              "feeds, and to a mum whose low mood could come back after the birth."),
        ("p", "Kayleigh's view: \"I want to do this right. My mum will help. Liam needs to stop and I've "
              "told him.\""),
        ("h1", "Outcomes for Skye"),
        ("kv", [
            ("Outcome 1", "Skye comes home to a flat free of cannabis smoke, cared for by parents who are never "
                          "under the influence when they look after her."),
            ("Outcome 2", "Skye is fed on time day and night, sleeps on her back in her own Moses basket, and "
                          "gains weight along her birth centile."),
            ("Outcome 3", "Skye has a mum who is well enough in her mood to notice and answer her, with help "
                          "in place before Skye is born."),
        ]),
        ("h1", "Actions"),
        ("boldp", "Action 1 of 10 · Ref PB-01 · Status: Open"),
        ("kv", [
            ("Action", "See Kayleigh at every antenatal appointment, ask about cannabis and her mood each time, "
                       "and share the notes with Dawn."),
            ("Responsible", "Hannah (specialist midwife)"),
            ("Due", "Every two weeks until 36 weeks pregnant (17/03/2026), then weekly until the birth"),
            ("Success looks like", "Every appointment attended and written up in the maternity notes; a summary "
                                   "e-mailed to Dawn after each one."),
            ("Linked outcome", "1, 3"),
        ]),
        ("boldp", "Action 2 of 10 · Ref PB-02 · Status: Open"),
        ("kv", [
            ("Action", "Hold a birth and discharge planning meeting with Kayleigh, Liam, Nana Sue and the "
                       "maternity ward, and write down who will do what when Skye comes home."),
            ("Responsible", "Dawn"),
            ("Due", "By 36 weeks pregnant (17/03/2026)"),
            ("Success looks like", "A written discharge plan signed by Kayleigh, Liam and Nana Sue, on the "
                                   "maternity record and with every professional before the birth."),
            ("Linked outcome", "1, 2"),
        ]),
        ("boldp", "Action 3 of 10 · Ref PB-03 · Status: Open"),
        ("kv", [
            ("Action", "See Kayleigh in the perinatal clinic and write an assessment of her mood, her capacity "
                       "to make the changes Skye needs and the likely timescale."),
            ("Responsible", "Dr Patel (Sandlecombe Perinatal Mental Health Team)"),
            ("Due", "Clinic every four weeks; written assessment by 36 weeks pregnant and again when Skye is "
                    "6 weeks old"),
            ("Success looks like", "Both assessment letters on Skye's file by those points and shared at the "
                                   "next core group."),
            ("Linked outcome", "3"),
        ]),
        ("boldp", "Action 4 of 10 · Ref PB-04 · Status: Open"),
        ("kv", [
            ("Action", "Key-work with Kayleigh and Liam, a urine screen for each of them every month, and a "
                       "written report before each core group on whether they have stopped using cannabis and "
                       "what still has to change for Skye."),
            ("Responsible", "Kieran (SDAS)"),
            ("Due", "Screens monthly from 10/02/2026; report two working days before each core group"),
            ("Success looks like", "Report on file before every core group; three clear tests in a row for each "
                                   "parent before Skye is born."),
            ("Linked outcome", "1"),
        ]),
        ("boldp", "Action 5 of 10 · Ref PB-05 · Status: Open"),
        ("kv", [
            ("Action", "Not use cannabis at all, and keep the flat and Liam's car free of it."),
            ("Responsible", "Kayleigh and Liam together"),
            ("Due", "From 03/02/2026 until Skye is 6 months old"),
            ("Success looks like", "Every SDAS screen clear; no smell of cannabis written down at any visit by "
                                   "Dawn, Hannah or the HV."),
            ("Linked outcome", "1"),
        ]),
        ("boldp", "Action 6 of 10 · Ref PB-06 · Status: Open"),
        ("kv", [
            ("Action", "Antenatal visit at home, then weigh Skye and check where she sleeps at every visit after "
                       "the birth."),
            ("Responsible", "The HV"),
            ("Due", "Antenatal visit by 34 weeks pregnant (03/03/2026); weekly from the new-birth visit until "
                    "Skye is 8 weeks old"),
            ("Success looks like", "Skye's weight plotted in her red book and staying on or above her birth "
                                   "centile; Moses basket seen clear at every visit."),
            ("Linked outcome", "2"),
        ]),
        ("boldp", "Action 7 of 10 · Ref PB-07 · Status: Open"),
        ("kv", [
            ("Action", "Stay at the flat and share the night feeds with Kayleigh, so that Kayleigh gets sleep "
                       "and Skye is fed on time."),
            ("Responsible", "Nana Sue"),
            ("Due", "Every night from discharge until Skye is 4 weeks old, then Friday and Saturday nights "
                    "until she is 8 weeks old"),
            ("Success looks like", "Feed chart on the fridge with every night feed written in; Dawn checks it "
                                   "at each visit and finds no gap longer than four hours."),
            ("Linked outcome", "2"),
        ]),
        ("boldp", "Action 8 of 10 · Ref PB-08 · Status: Open"),
        ("kv", [
            ("Action", "Visit Kayleigh and Liam at home; after the birth see Skye awake and undressed, and ask "
                       "Nana Sue how the nights are going."),
            ("Responsible", "Dawn"),
            ("Due", "Every two weeks before the birth; weekly from discharge until the review conference"),
            ("Success looks like", "Visit records show Skye seen at every visit after the birth, the feed chart "
                                   "checked and Nana Sue's account written down."),
            ("Linked outcome", "1, 2"),
        ]),
        ("boldp", "Action 9 of 10 · Ref PB-09 · Status: Open"),
        ("kv", [
            ("Action", "Send Dawn Kayleigh's mental health history and medication, and a written summary after "
                       "her six-week postnatal check."),
            ("Responsible", "Dr Lindqvist (GP)"),
            ("Due", "History by 20/02/2026; summary within one week of the six-week check"),
            ("Success looks like", "Both GP letters on Skye's file by those dates."),
            ("Linked outcome", "3"),
        ]),
        ("boldp", "Action 10 of 10 · Ref PB-10 · Status: Open"),
        ("kv", [
            ("Action", "Go to the six-week Ready for Baby group, to practise feeding, settling and safe sleep "
                       "before Skye arrives."),
            ("Responsible", "Kayleigh and Liam"),
            ("Due", "Wednesdays, 18/02/2026 to 25/03/2026"),
            ("Success looks like", "Group register shows at least 5 of 6 sessions for each of them; the group "
                                   "leader's note sent to Dawn after the last session."),
            ("Linked outcome", "2"),
        ]),
        ("h1", "Contingency"),
        ("boldp", "Contingency 1"),
        ("kv", [
            ("Trigger", "Either parent has a positive cannabis screen after 34 weeks, or cannabis is smelt at "
                        "any visit."),
            ("Response", "Dawn holds a strategy discussion the same day. After the birth, Skye does not leave "
                         "the ward until a safety plan is agreed; the parent who used stays at Nana Sue's while "
                         "Skye is at home."),
            ("Lead", "Dawn; Hannah or the HV tells Dawn the same day"),
        ]),
        ("boldp", "Contingency 2"),
        ("kv", [
            ("Trigger", "Kayleigh tells anyone she has thoughts of harming herself or Skye, or Dr Patel reports "
                        "that her depression has come back."),
            ("Response", "The perinatal team sees Kayleigh the same day; Nana Sue stays with Kayleigh and Skye "
                         "every night until the perinatal team and Dawn agree it is safe for her not to."),
            ("Lead", "Dr Patel's team; Dawn"),
        ]),
        ("boldp", "Contingency 3"),
        ("kv", [
            ("Trigger", "Nana Sue cannot stay at the flat (she is ill, away or cannot manage)."),
            ("Response", "Dawn arranges the same day for Kayleigh and Skye to go to a Sandlecombe parent and "
                         "child foster placement, or for Skye to go to an emergency foster carer if Kayleigh "
                         "will not go."),
            ("Lead", "Dawn"),
        ]),
        ("boldp", "Legal planning"),
        ("kv", [
            ("Trigger", "Either parent has not had three clear tests in a row by 36 weeks pregnant, or Dr "
                        "Patel's assessment says Kayleigh cannot make the changes in Skye's timescale."),
            ("Response", "Dawn asks Lucy Abara for a legal planning meeting within 5 working days, to decide "
                         "whether to start pre-proceedings under the Public Law Outline before the birth."),
            ("Lead", "Dawn; Lucy Abara (team manager)"),
        ]),
        ("h1", "Review"),
        ("kv", [
            ("Core group frequency", "Every four weeks, and within 10 working days of Skye's birth"),
            ("Core group dates", "24/02/2026 and 24/03/2026, 2pm, Sandlecombe Family Hub; the third is set "
                                 "for 21/04/2026 or within 10 working days of the birth, whichever is first"),
            ("Review conference", "Wednesday 06/05/2026, 10am, Sandlecombe Civic Centre"),
            ("Skye's voice at review", "Dawn and the HV will write down what they see of Skye's day for each "
                                       "core group after the birth."),
        ]),
        ("p", "End of export. Printed by D Ferriday. This document contains personal information – do not "
              "forward outside the core group."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. First review conference plan, mother with bipolar disorder, two
#    children, one with asthma. Word plan printed to PDF with a page header
#    and footer: the Who column holds services, teams and joint owners only;
#    "By" column with event deadlines ("before the next core group (3
#    March)", "by the review conference", "daily, reviewed at each core
#    group"); "Proof" column; Words and Pictures paragraph; meetings table.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b121_shepcote_rcpc_service_owners_proof_column_lindsay.pdf",
    "doc_title": "Review Child Protection Plan - Tyler and Evie Lindsay",
    "split": "tune",
    "actions": 12,
    "template": "rcpc-word-plan-printed-to-pdf-page-header-footer-details-kv-what-has-changed-words-and-pictures-paragraph-what-we-want-bullets-then-no-what-who-services-and-joint-owners-by-event-deadlines-proof-table-if-gemma-becomes-unwell-prose-meetings-date-table",
    "description": (
        "Exemplary first review conference plan for a 12-year-old and an 8-year-old whose mother "
        "has bipolar disorder and was in hospital in the autumn. A Word plan printed to PDF with "
        "a page header and footer. The Who column holds only services and teams ('Shepcote "
        "Community Mental Health Team', 'Larchfield Primary', 'Children's Social Care – "
        "Safeguarding Team 3') or joint owners ('Gemma with the school nurse'); the By column "
        "gives events and frequencies ('Before the next core group (3 March)', 'By the review "
        "conference' with the date in the meetings table, 'Daily, reviewed at each core "
        "group'); measures are under 'Proof' (no missed doses on the inhaler chart, 95% "
        "attendance). The children's voice is a Words and Pictures paragraph. Both CMHT rows ask "
        "about change, the GP owns a row, the aunt's part has a fallback, legal planning follows "
        "named triggers."
    ),
    "header": "OFFICIAL – SENSITIVE   |   Shepcote Borough Council   |   Children's Services",
    "footer": "Lindsay – review child protection plan, 17/02/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("kv", [
            ("Children", "Tyler Lindsay (12), DOB 04/10/2013, Year 8, Shepcote Academy; Evie Lindsay (8), DOB "
                         "15/05/2017, Year 4, Larchfield Primary"),
            ("Mother", "Gemma Lindsay (39), 6 Brook Walk, Shepcote SH5 1RZ"),
            ("Aunt", "Louise Kerr (Aunt Lou), Gemma's sister, 14 Marsh Road, Shepcote"),
            ("Category", "Neglect (both children)"),
            ("Plan history", "Initial conference 18/11/2025; first review conference 17/02/2026. Chair: Imran "
                             "Siddiqui (IRO)"),
            ("Social worker", "Niamh Corr, Children's Social Care – Safeguarding Team 3 (team manager: Alan "
                              "Friel)"),
            ("Care co-ordinator", "Pete Radford, Shepcote Community Mental Health Team (CMHT)"),
        ]),
        ("h1", "What has changed since the initial conference"),
        ("p", "Gemma has bipolar disorder. In October 2025 she stopped her lithium, stopped sleeping and spent "
              "her rent money; Tyler was getting Evie to school and missed Evie's asthma doses. Gemma was in "
              "Linnet Ward from 24/10/2025 to 02/12/2025 and the children stayed with Aunt Lou. Since coming "
              "home Gemma has taken her lithium, her last blood level was in range, and she has seen Pete every "
              "week. Evie had one asthma attack in January after missing two evening doses. Tyler's attendance "
              "is 91% this term and he still checks his mum's tablets every night."),
        ("h1", "Words and Pictures"),
        ("p", "On 05/02/2026 Niamh went through the Words and Pictures story about Mum's illness with Tyler and "
              "Evie at Aunt Lou's. Tyler said: “I get why Mum went to hospital now. I still count her tablets "
              "because if she misses some it starts again. I want someone else to do that.” Evie drew Mum in "
              "bed with a cloud over her, then drew the cloud going away, and said: “When Mum's cloud comes I "
              "go to Auntie Lou's. I don't like my puffer but I know I need it.” Both want to keep living with "
              "their mum and to see Aunt Lou every Saturday."),
        ("h1", "What we want for Tyler and Evie"),
        ("bullets", [
            "Tyler and Evie are cared for every day by an adult who is well enough to get them to school, fed "
            "and on time.",
            "Evie has both of her asthma doses every day and has no more attacks caused by missed doses.",
            "Tyler no longer checks his mum's medication or cares for his sister, and has time for football "
            "and friends.",
            "Both children know the early signs that their mum is becoming unwell and who to tell.",
        ]),
        ("h1", "The plan from the first review conference"),
        ("table", {
            "header": ["No.", "What", "Who", "By", "Proof"],
            "widths": [1.0, 6.2, 3.4, 2.8, 3.6],
            "rows": [
                ["1", "Visit Tyler and Evie at home, one visit in three unannounced, and see each of them on "
                      "their own",
                 "Children's Social Care – Safeguarding Team 3",
                 "Every two weeks until the second review conference",
                 "Visit records show each child seen alone, with what they said written down"],
                ["2", "Visit Gemma at home, check her early warning signs and that her lithium blood tests are "
                      "done, and write to each core group on whether she is making and keeping the changes "
                      "Tyler and Evie need and how long that is likely to take",
                 "Shepcote Community Mental Health Team",
                 "Weekly visits; report two working days before each core group",
                 "Written report on the children's file before every core group"],
                ["3", "Outpatient review of Gemma's medication, with a written assessment of her insight, her "
                      "risk of relapse and her capacity to change in Tyler's and Evie's timescale",
                 "Shepcote CMHT (consultant psychiatrist)",
                 "By the review conference",
                 "Assessment letter with the chair and the SW a week before the conference"],
                ["4", "Take her lithium every day and go to her blood tests as booked, so that she stays well "
                      "enough to care for Tyler and Evie",
                 "Gemma",
                 "Daily; blood test every 12 weeks, next on 24/03/2026",
                 "Blister packs checked at CMHT visits; blood levels in range on the GP record, shared with "
                 "the SW"],
                ["5", "Give Evie her brown preventer inhaler morning and evening, and take her to the asthma "
                      "clinic",
                 "Gemma with the school nurse",
                 "Daily, reviewed at each core group; clinic by 31/03/2026",
                 "No missed doses on Evie's inhaler chart, checked against the dose counter every Friday; "
                 "clinic letter on file"],
                ["6", "Check Evie's inhaler technique and her peak-flow diary at school",
                 "Shepcote 5-19 School Nursing Team",
                 "Every Friday in term time",
                 "Peak-flow diary signed each Friday; readings of 200 or more"],
                ["7", "Young carer's assessment with Tyler, and a place at the Thursday young carers' club",
                 "Shepcote Young Carers",
                 "Before the next core group (3 March)",
                 "Tyler's young carer's plan sent to the SW; club register shows him there each Thursday"],
                ["8", "Check Tyler's attendance and homework, and a weekly check-in with his mentor about how "
                      "things are at home",
                 "Shepcote Academy pastoral team",
                 "Every school day; check-in each Monday",
                 "Attendance of 95% or more e-mailed to the SW each Friday; check-ins logged on CPOMS"],
                ["9", "Check Evie's attendance and her worry box each morning, and phone the SW the same day "
                      "with any worry",
                 "Larchfield Primary",
                 "Every school day",
                 "Weekly attendance e-mail to the SW; same-day calls logged on CPOMS"],
                ["10", "Have Tyler and Evie every Saturday, and be the adult Tyler rings if his mum shows her "
                       "warning signs",
                 "Aunt Lou",
                 "Every Saturday; the same day whenever Tyler rings",
                 "Lou texts the SW each Saturday evening; Tyler shows the SW Lou's number in his phone at "
                 "visits"],
                ["11", "Write a family relapse plan with Gemma and Tyler: Gemma's early signs, who Tyler tells "
                       "and where the children go",
                 "Children's Social Care with Gemma",
                 "Before the next core group (3 March)",
                 "Signed plan on file and a copy on the fridge, seen at the next visit"],
                ["12", "Send the SW a list of Gemma's prescription collections, so that Tyler is not the one "
                       "checking her medicine",
                 "Kiln Lane Medical Centre (GP)",
                 "Monthly from 02/03/2026",
                 "GP e-mail to the SW each month listing every collection"],
            ],
        }),
        ("h1", "If Gemma becomes unwell"),
        ("p", "If Gemma shows two of her early warning signs (not sleeping for two nights, spending money she does "
              "not have, talking very fast), or misses her lithium for two days, Tyler rings Aunt Lou and Lou "
              "rings the CMHT duty line. The CMHT will see Gemma the same day, and Tyler and Evie will stay at "
              "Lou's at 14 Marsh Road until the CMHT and Niamh agree it is safe for them to go home."),
        ("p", "If Lou cannot have the children (she is ill, away or cannot manage), Niamh will place Tyler and "
              "Evie together with Shepcote foster carers the same day."),
        ("p", "If Gemma is admitted to hospital again, or refuses her lithium twice before the second review, "
              "Niamh will ask Alan Friel for a legal planning meeting within 5 working days."),
        ("h1", "Meetings"),
        ("table", {
            "header": ["Meeting", "Date", "Time and place"],
            "widths": [6.0, 4.0, 7.0],
            "rows": [
                ["Core group", "Tuesday 3 March 2026", "4pm, Larchfield Primary"],
                ["Core group", "Tuesday 31 March 2026", "4pm, Larchfield Primary"],
                ["Core group", "Tuesday 28 April 2026", "4pm, Larchfield Primary"],
                ["Core group", "Tuesday 26 May 2026", "4pm, Larchfield Primary"],
                ["Second review child protection conference", "Tuesday 16 June 2026",
                 "10am, Shepcote Town Hall"],
            ],
        }),
        ("p", "The core group meets every four weeks. Niamh will see Tyler and Evie before each core group and "
              "bring their words to it."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan for a 15-year-old at risk of criminal and
#    sexual exploitation who self-harms, written to her. Markdown with
#    nested bullets: theme > action > Who / When / How we'll know; a done
#    referral kept; Plan B table If | Then | Who. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b121_swanmere_young_person_nested_bullets_written_to_you_carrick.md",
    "split": "tune",
    "actions": 11,
    "template": "young-person-cp-plan-md-written-to-her-in-second-person-why-in-your-words-what-we-want-for-you-then-nested-bullets-theme-then-action-then-who-when-how-well-know-sub-points-done-item-kept-then-plan-b-if-then-who-table-meetings",
    "description": (
        "Exemplary initial conference plan for a 15-year-old girl who goes missing, has been "
        "found with older men in a flat and with cash and phones, and cuts her arms. Written to "
        "her ('you'). The actions are nested bullets: a theme, then each action with Who / When / "
        "How we'll know sub-points; owners include 'you, Leah', 'Mum' and first names from the "
        "who's-who; timescales include 'within 72 hours of you coming home, every time', 'by the "
        "first core group (24 Feb)' and 'full-time by Easter (27 March)'. A one-off referral is "
        "kept as done (not counted). The contingency is a Plan B table with a fallback if her aunt "
        "cannot have her and a legal planning meeting after named triggers; core group and "
        "review dates are set. No parent is ill or uses substances."
    ),
    "text": """\
# Leah's Child Protection Plan

**Swanmere Borough Council – Children's Services – Adolescent Safeguarding Team**

Initial child protection conference, Thursday 5 February 2026 · Chair: Marcia Bello (IRO) · Category: physical
abuse (risk of exploitation outside the home)

Leah, this is your plan. We wrote most of it to you, because it's about you, and you helped us write it before
the conference. The grown-ups have their own copy with the same words.

## Who's who

- **Leah Carrick** – you (15), Year 10 at Swanmere High
- **Mum** – Nicola Carrick, 3 Kestrel Court, Swanmere SW7 4EH
- **Auntie Shona** – Shona Carrick, Mum's sister, 7 Heron Way, Swanmere
- **Chloe** – Chloe Brennan, your social worker (her manager is Rosa Quinn)
- **Sam** – Sam Adeyemi, your worker from the Swanmere Missing and Exploitation Team
- **DC Ellery** – DC Mark Ellery, Swanmere Police Exploitation Hub
- **Ffion** – Ffion Rees, your worker at Swanmere CAMHS
- **Bev** – Bev Rowntree, school nurse at Swanmere High
- **Mr Shah** – Dev Shah, head of Year 10
- **Kit** – Kit Marr, youth worker at Swanmere Youth Hub

## Why there's a plan

Since November you've been missing six times, twice overnight. On 17 January the police found you in a flat on
Quayside Walk with two men in their twenties, and you had £300 and two phones that weren't yours. A 19-year-old
called Reece Talbot has been picking you up from school in a car. You've been cutting your arms since the
summer, and in January you needed stitches. You've been on a part-time timetable since October.

## In your words

You told Chloe (on your own, at the café you picked, 30 January): "Reece looks after me, he gets me stuff. I
know what you think but it's not like that. The phones were just for holding." You also said: "I cut when my
head's too loud. I don't want to die, I want it to stop." And: "I don't want to go into care. I want to stay
with Mum but she does my head in with the questions." You said the best thing in your week is boxing on a
Friday, and that Auntie Shona is the one person you'd always answer the phone to.

## What we want for you

- You're safe when you're out, you're home each night, and no adult is using you to carry or sell drugs or for
  sex.
- You're hurting yourself less, and you know what to do and who to go to when it gets too much.
- You're back at school full-time and doing the things you enjoy.

## What happens next

- **Keeping you safe when you're out**
  - ~~Refer you to the Missing and Exploitation Team~~ – done by Chloe on 3 February; Sam has met you twice.
  - A return home talk with you every time you've been missing
    - Who: Sam
    - When: within 72 hours of you coming home, every time
    - How we'll know: Sam's write-up reaches Chloe the same week, and any new places or names go on the
      exploitation map the police use
  - Serve a Child Abduction Warning Notice on Reece Talbot and visit the flat on Quayside Walk
    - Who: DC Ellery
    - When: by Friday 20 February
    - How we'll know: a copy of the notice on Chloe's file; every sighting of you with Reece logged and passed
      to Chloe within 24 hours
  - Text Mum where you are by 9pm, and be home by 10pm on school nights and 11pm on Fridays and Saturdays
    - Who: you, Leah
    - When: every night
    - How we'll know: Mum keeps a log of your texts and home times, Chloe reads it at each visit, and we're
      aiming for no more than one late night a month
  - Report you missing to the police if you're not home and not answering by 11pm
    - Who: Mum
    - When: the same night, every time
    - How we'll know: Mum texts Chloe the police reference number the next morning
- **When things feel too much**
  - Weekly sessions with Ffion, and a letter about how the self-harm is going
    - Who: Swanmere CAMHS (Ffion)
    - When: Thursdays at 4pm from 12 February
    - How we'll know: Ffion writes to Chloe and your GP after six sessions, with how many times you've hurt
      yourself in the last month compared with January
  - Make a safety plan with you for the times you want to hurt yourself, and a check-in every Tuesday lunchtime
    - Who: Bev
    - When: plan made by 24 February; check-ins every Tuesday at 12.30
    - How we'll know: your safety plan card is made and a copy is with Chloe; Bev's log shows each check-in
  - Lock away all tablets and blades in the house
    - Who: Mum
    - When: by the first core group (24 Feb), and kept locked after that
    - How we'll know: Chloe sees the locked box at her next visit and at every visit after
- **School and the things you enjoy**
  - Build your timetable back up to full-time
    - Who: Mr Shah
    - When: two more lessons a week from 23 February; full-time by Easter (27 March)
    - How we'll know: your new timetable on Chloe's file, and attendance of 90% or more in the summer
      half-term
  - Boxing club on Friday evenings at Swanmere Youth Hub
    - Who: Kit
    - When: every Friday, 6 to 8pm
    - How we'll know: the club register shows you there, and Kit lets Chloe know each Saturday whether you came
- **Chloe**
  - See you on your own every week, somewhere you choose
    - Who: Chloe
    - When: every week until the review conference
    - How we'll know: Chloe's notes say where you met and what you said, in your words
  - A family meeting with you, Mum and Auntie Shona to agree where you go if home isn't OK
    - Who: Chloe
    - When: before the second core group (17 March)
    - How we'll know: a written family plan, signed by you, Mum and Shona, sent to everyone in the core group

## Plan B

| If... | Then... | Who |
|---|---|---|
| You're not home and not answering by 11pm | Mum reports you missing that night; Sam does your return home talk within 72 hours; if you were out all night, Chloe holds a strategy meeting the next working day | Mum, Sam, Chloe |
| You're seen with Reece, or get into a car with an adult you don't know | The police pick you up and take you home or to Auntie Shona's; Chloe holds a strategy meeting the next working day | Swanmere Police, Chloe |
| You hurt yourself badly enough to need treatment, or tell someone you're planning to end your life | Mum takes you to A&E at Swanmere General or rings 999, and the CAMHS crisis team sees you the same day | Mum, CAMHS crisis team |
| Home isn't safe for you, or Mum can't manage | You go to Auntie Shona's at 7 Heron Way; if she can't have you, Chloe finds you an emergency foster placement that same day | Chloe |
| You go missing three more times before the second core group, or the police still rate the exploitation risk as high at the review | Chloe asks Rosa Quinn for a legal planning meeting within 5 working days, to decide whether the council should go to court to keep you safe | Chloe, Rosa Quinn |

## Meetings

- Core group every three weeks, Tuesdays at 4pm, Swanmere High: **24/02/2026, 17/03/2026 and 07/04/2026**.
- Review child protection conference: **Tuesday 28/04/2026, 10am, Swanmere Civic Centre**.
- You're invited to all of them. If you don't want to come, Chloe will bring what you want to say.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan for a 7-month-old, mother's postnatal
#    depression. Markdown table whose owner is a bracket at the end of each
#    action ("(HV, Gemma Nowak)"), "Target date" in many forms and a "Proof"
#    column. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b121_sedgecastle_icpc_md_bracket_owners_proof_column_harrop.md",
    "split": "tune",
    "actions": 10,
    "template": "icpc-md-details-list-why-rubys-day-outcomes-then-no-action-with-owner-in-bracket-at-end-target-date-proof-table-if-things-get-worse-prose-meetings-bullets",
    "description": (
        "Initial conference plan for a 7-month-old whose mother has postnatal depression and whose "
        "weight has dropped. A Markdown table whose owner is a bracket at the end of each action "
        "('... (HV, Gemma Nowak)', '(Aaron)'), a Target date column in many forms and a 'Proof' "
        "column. Most rows are sound, including the perinatal team's report on change. Faults: "
        "the talking therapy only treats the mother and is measured by her feeling more "
        "confident, the parenting assessment has no output, housing help is 'Ongoing', the "
        "household row is owned by '(family)', one outcome is only about the mother, the "
        "contingency has no real trigger and only a meeting to discuss (though insufficient "
        "progress does lead to a legal planning meeting), and the review conference date is "
        "'to be confirmed'."
    ),
    "text": """\
# Child Protection Plan: Ruby Harrop

Sedgecastle Metropolitan Council · Children's Social Care · Locality Team South

- **Child:** Ruby Harrop, born 02/07/2025 (7 months)
- **Address:** 11 Tanner's Yard, Sedgecastle SE9 3LQ
- **Mum:** Jess Harrop (24) · **Dad:** Aaron Tate (27), lives with Jess and Ruby, works nights three days a week
- **Category:** Neglect
- **Initial child protection conference:** Tuesday 03/02/2026 · Chair: Yvonne Baptiste (IRO)
- **Social worker:** Tom Ainsworth · **Team manager:** Carla Reyes

## Why Ruby has a plan

Jess has postnatal depression and stopped her sertraline in November. Ruby's weight has dropped from the 50th to
the 9th centile since October. At two home visits in January Ruby was in a wet nappy in her car seat in the
living room, there were bin bags on the stairs and no clean bottles. Jess said she "can't face" feeds at night
and Aaron is asleep in the day after night shifts.

## Ruby's day

Ruby was seen at home on 27/01/2026 and at clinic on 30/01/2026. She is a quiet baby who watches faces. She
smiled and reached for Aaron when he came in, and fed well from him. She cried when put in her car seat and
settled when Gemma (HV) held her. She has a cot but was in the car seat both times the SW visited. Her nappy
area was red.

## What we want

1. Ruby is fed on time, day and night, and her weight climbs back to the 25th centile.
2. Ruby sleeps on her back in her own cot in a clean, safe room.
3. Jess's mood lifts and she feels able to cope.

## The plan

| No. | Action (who) | Target date | Proof |
|---|---|---|---|
| 1 | Weigh Ruby at Sedgecastle baby clinic and plot her weight on her chart (HV, Gemma Nowak) | Every other Tuesday from 10 Feb | Ruby's weight back on the 25th centile by the end of April; each weight in the red book seen by the SW |
| 2 | See Ruby at home, one visit in three unannounced, and check where she sleeps and what she has had to eat (SW, Tom Ainsworth) | Weekly until the review conference | Visit notes record Ruby seen awake, her cot clear and her feeds on the chart |
| 3 | See Jess every two weeks and write to each core group on whether she is making the changes Ruby needs and how long that is likely to take (Sedgecastle Perinatal Mental Health Team) | Fortnightly; report 2 working days before each core group | Written report on Ruby's file before every core group |
| 4 | Twelve sessions of talking therapy for Jess's low mood and anxiety (perinatal psychologist, Dr Anna Kemp) | Weekly from 17.02.26 | Jess feels more confident |
| 5 | Restart and review Jess's sertraline and send Tom a summary of her mental health history (GP, Dr Imran Malik) | 27th Feb | GP letter on Ruby's file |
| 6 | Carry out a parenting assessment of Jess and Aaron (SW, Tom Ainsworth) | By 31/03/2026 | |
| 7 | Baby massage and play sessions with Jess and Ruby at Sedgecastle Family Hub (family support worker, Kim Lowe) | Mondays 10am, six weeks from 16/2 | Hub register; Kim's note after each session of how Jess plays with and soothes Ruby |
| 8 | Help Jess with her housing transfer application (Kim Lowe, FSW) | Ongoing | Housing register reference on file |
| 9 | Keep the stairs and kitchen clear and take the bin bags out every bin day (family) | Every Thursday | SW sees the stairs and kitchen clear at each visit |
| 10 | Do Ruby's bath, bottle and bedtime on the evenings he is not working, so Jess can sleep (Aaron) | Mon, Tue and Wed evenings from 9 Feb | Bath and bed times written on the fridge chart, seen at each SW visit |

## If things get worse

If things get worse at home or there are further concerns about Ruby, the core group will meet to discuss next
steps. If there is still not enough progress by the review conference, Tom will ask Carla Reyes for a legal
planning meeting.

## Meetings

- Core group every four weeks; the first is on Tuesday 24/02/2026 at 1.30pm, Sedgecastle Family Hub.
- Review child protection conference: date to be confirmed by the conference team.
""",
    "findings": [
        F("H001", "Twelve sessions of talking therapy for Jess's low mood"),
        F("M002", "Twelve sessions of talking therapy for Jess's low mood"),
        F("M001", "Carry out a parenting assessment of Jess and Aaron"),
        F("T002", "Help Jess with her housing transfer application"),
        F("W002", "Keep the stairs and kitchen clear and take the bin bags"),
        F("F002", "Jess's mood lifts and she feels able to cope."),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan, mother's cocaine and alcohol use, two young
#    children, grandmother having them at weekends. Plain text with a
#    who's-who of first names, an aligned five-column table (NO / WHAT /
#    WHO / REVIEW DATE / HOW WILL WE KNOW?) whose cells wrap, dates in many
#    forms, a PLAN B of IF / THEN / WHO lines. Exemplary (txt)
# ---------------------------------------------------------------------------
def _grid(header, rows, widths, gap=2):
    """Lay out a fixed-width plain-text table; each cell wraps within its column."""
    def line(cells):
        return (" " * gap).join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()

    out = [line(header), line(["-" * w for w in widths])]
    for row in rows:
        wrapped = [textwrap.wrap(cell, w, break_on_hyphens=False) or [""] for cell, w in zip(row, widths)]
        for i in range(max(len(c) for c in wrapped)):
            out.append(line([c[i] if i < len(c) else "" for c in wrapped]))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


_STRELLHAM_TABLE = _grid(
    ["NO", "WHAT", "WHO", "REVIEW DATE", "HOW WILL WE KNOW?"],
    [
        ["1", "Visit Kai and Lily-Mae at home, one visit in three unannounced, and see Kai on his own",
         "Ros", "Weekly; first Fri 13 Feb",
         "Visit notes show both children seen every week and Kai's words written down"],
        ["2", "Key-work and weekly urine tests with Stacey, and a written report to each core group on "
              "whether she is making the changes Kai and Lily-Mae need and how long that will take",
         "Ravi (SDAS)", "2 days before each core group (first 20/2/26)",
         "Report and test results on Ros's file before every core group"],
        ["3", "Stay off cocaine, and off alcohol on any day she is caring for the children; see Ravi and test "
              "every Wednesday",
         "Stacey", "Every Weds from 11 Feb",
         "Three clear tests in a row by w/c 16 Mar, and every test clear after that"],
        ["4", "Have Kai and Lily-Mae from Friday teatime to Sunday teatime, and be the adult Kai rings if Mum "
              "is 'poorly'",
         "Nana", "Every weekend from Fri 13 Feb",
         "Nana texts Ros each Sunday; Kai can say Nana's number at Ros's visits"],
        ["5", "Morning routine at home so that both children are up, fed and at school or nursery by 8.50",
         "Bev with Stacey", "Mon, Wed, Fri 7.30-8.45 until Easter hols (2 Apr)",
         "Registers show both children on time on those days; Bev's log sent to Ros weekly"],
        ["6", "Check Kai's attendance and punctuality, a Monday check-in with his teacher, and phone Ros the "
              "same day about any worry",
         "Mrs Amin", "Every school day; summary every Fri",
         "95% attendance or more for spring term 2; check-ins logged on CPOMS"],
        ["7", "Write down Lily-Mae's attendance, how she presents and anything she says, and do her progress "
              "check",
         "Tash", "Each session; progress check by 27.3.26",
         "Attendance of 90% or more; progress check copy to Ros by 27/3"],
        ["8", "Check Lily-Mae's speech, weight and teeth, and refer her on if anything is behind",
         "Carys", "By 6 March",
         "Health review summary sent to Ros by 6 March; weight plotted in the red book"],
        ["9", "Send Ros Stacey's health history, and tell her of any missed appointment or new prescription",
         "Dr Ng", "History by Fri 20 Feb; then within 2 working days",
         "GP letter on file by 20/2; an e-mail to Ros for each missed appointment"],
        ["10", "Go to the six-week Family Matters parenting group at Strellham Family Hub",
         "Stacey", "Tuesdays 10am, 24/2/26 to 31/3/26",
         "Register shows 5 of 6 sessions; group leader's note to Ros"],
    ],
    [3, 34, 12, 16, 28],
)

PLANS.append({
    "name": "b121_strellham_icpc_fixed_width_review_date_first_names_bowker.txt",
    "split": "tune",
    "actions": 10,
    "template": "icpc-plain-text-caps-headings-whos-who-dot-leaders-first-names-why-kais-words-lily-maes-day-what-we-want-then-aligned-five-column-no-what-who-review-date-how-will-we-know-table-wrapped-cells-then-plan-b-if-then-who-lines-meetings",
    "description": (
        "Exemplary initial conference plan for a 6-year-old and a 3-year-old whose mother uses "
        "cocaine and drinks. Plain text: a who's-who with dot leaders introduces each person once, "
        "and the aligned five-column table (NO / WHAT / WHO / REVIEW DATE / HOW WILL WE KNOW?) with "
        "wrapped cells then uses only first names or titles ('Ros', 'Ravi (SDAS)', 'Nana', 'Bev with "
        "Stacey', 'Dr Ng'). The Review date column holds each action's timescale in many forms "
        "(Fri 13 Feb, 20/2/26, w/c 16 Mar, 27.3.26, Easter hols (2 Apr), every Weds). The drug "
        "service reports on change and the GP owns an action; Plan B covers Nana not coping and "
        "names a legal planning meeting; core group and review dates are set; Kai's words and "
        "Lily-Mae's day are recorded."
    ),
    "text": """\
STRELLHAM CITY COUNCIL - CHILDREN'S SOCIAL CARE - SAFEGUARDING TEAM 4
INITIAL CHILD PROTECTION PLAN

Children ......... Kai Bowker (6), DOB 30/04/2019, Year 1, Strellham Infants
                   Lily-Mae Bowker (3), DOB 18/11/2022, Little Wrens Nursery
Address .......... 58 Coley Street, Strellham ST9 6GA
Category ......... Neglect (both children)
Conference ....... ICPC Tuesday 10/02/2026, Strellham Civic Centre.
                   Chair: Gareth Oyelowo (IRO)

WHO'S WHO
---------
Stacey ........... Stacey Bowker (29), Mum
Nana ............. Margaret Bowker, Stacey's mum, 31 Coley Street
Ros .............. Ros Madden, social worker (team manager: Neil Dacosta)
Ravi ............. Ravi Mistry, recovery worker, Strellham Drug and Alcohol
                   Service (SDAS)
Bev .............. Bev Tansley, family support worker, Strellham Family Hub
Mrs Amin ......... Farah Amin, designated safeguarding lead, Strellham Infants
Tash ............. Tash Greaves, Lily-Mae's key worker, Little Wrens Nursery
Carys ............ Carys Lloyd, health visitor, Strellham 0-5 Team
Dr Ng ............ Dr Helen Ng, GP, Coley Street Surgery

WHY WE ARE WORRIED
------------------
Stacey has used cocaine at weekends since last summer and drinks with it. On
24/01/2026 the police found Kai (6) walking Lily-Mae to the corner shop at 8pm
for food while Stacey was asleep after a night out. Kai has been late 22 times
this year, and Lily-Mae has been at nursery for 61% of her sessions. Stacey
says she wants to stop and has started seeing Ravi.

KAI'S WORDS (seen on his own at school, 05/02/2026)
"Mummy sleeps lots on Sundays. I make Lily cereal. I like Nana's because she
has a dog and we have tea at the table." Kai gave home a smiley face "in the
middle" and Nana's the biggest smile. He wants Mummy "to not be tired".

LILY-MAE'S DAY (seen at nursery 03/02/2026 and at home 06/02/2026)
At nursery Lily-Mae ate two breakfasts and was quiet until lunch. At home she
followed Kai from room to room and went to him, not Stacey, when she fell over.
She says "Nana" and "doggy" and about ten other words.

WHAT WE WANT FOR KAI AND LILY-MAE
---------------------------------
1. Kai and Lily-Mae are looked after every day by a sober adult who feeds
   them and gets them to school and nursery on time.
2. Kai does not look after his sister or go out for food on his own.
3. Lily-Mae's speech and play grow for her age.

THE PLAN
--------
""" + _STRELLHAM_TABLE + """
PLAN B
------
IF ....... Stacey uses cocaine, has a positive test, or is found drunk or high
           while caring for Kai and Lily-Mae
THEN ..... the children go to Nana's that day and stay until Ros has visited;
           Ros holds a strategy discussion the same day
WHO ...... Ros; Nana

IF ....... Nana cannot have the children (she is ill, away or cannot manage)
THEN ..... Ros places Kai and Lily-Mae together with Strellham foster carers
           the same day
WHO ...... Ros

IF ....... Stacey has two positive tests before the review, or misses three
           Wednesdays in a row
THEN ..... Ros asks Neil Dacosta for a legal planning meeting within 5 working
           days
WHO ...... Ros; Neil Dacosta (team manager)

MEETINGS
--------
Core group ....... every 4 weeks, Tuesdays 4pm, Strellham Family Hub:
                   24/02/2026, 24/03/2026, 21/04/2026
Review CPC ....... Tuesday 05/05/2026, 10am, Strellham Civic Centre
Children's views . Ros sees Kai on his own before each core group and brings
                   his words; Tash writes a note of Lily-Mae's week
""",
    "findings": [],
})
