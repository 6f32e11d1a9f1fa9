"""Batch 122, module y: seven fictional plans (held-out material), places beginning with "y".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: good practice written in ways a template-bound reader could misread,
going further than batch 119 (initials keys, "I" in letters, lead-ins, Action
| Detail tables, headings per action). Owners are introduced once in a
who's-who and then named only by first name or role ("Nana Joy", "Dee",
"your CAMHS worker", "the HV"); some actions have joint owners ("You and Mum
together", "Chantelle and Liam together"); in the Markdown plan some owners
sit in a bracket at the END of the action; an owner column may hold only a
service; and in one PDF a "Responsible agency" banner row owns the actions
under it. Timescales sit in "Target date" and "Review date" columns with
dates in many forms (Mon & Thu from 3 Nov 25, w/c 10.11.25, 28th Nov,
Wkly to 18/2/26), are tied to events dated elsewhere in the plan ("until the
review conference", "before the next core group (9 Dec)"), to a pregnancy ("by 32
weeks pregnant") or to a child's age ("until Rosie is 6 months old", "by
your 16th birthday"). Measures sit in columns headed in the family's words
("What will we see?", "How will we know?", "Proof", "Success criteria"),
in "Success looks like" sub-points, and as numbers or records (centiles,
95% attendance, three clear tests in a row). Other sections: a Signs of
Safety danger statement and safety goals, a Three Houses table, a "Words and
Pictures" paragraph, a "Plan B" If | Then | Who table, review dates in a
table of meetings, a case-system export with Trigger / Response fields.

Five plans are exemplary (no findings): Yaxfield (docx, landscape Signs of
Safety plan, six columns, safety goal merged down, Plan B table),
Yelsthwaite (docx, a 15-year-old at risk of exploitation and self-harm, the
plan written to her, owners by first name and role after a who's-who),
Yennington (pdf, pre-birth case-system export, labelled task fields, page
header and footer, timescales in weeks of pregnancy and the baby's age),
Yewley (md, nested bullets theme > action > Who / When / Success looks like,
and single-line actions with the owner in a bracket at the end) and
Yorlstead (txt, fixed-width columns with wrapped cells and a Review date
column, a one-off row shown as DONE). Two carry a realistic mix of faults
among mostly good rows: the Yoxbury review plan (pdf) whose "Responsible
agency" banner rows own the actions beneath them (an assessment with no
output, a CPN who only supports and is measured by engagement, "Family and
friends" doing a job "as and when needed", "Ongoing" with "improve" as the
proof, an outcome only for the mother, no fallback for the grandmother, no
review conference date), and the Yathersby core group plan (md) with a
"Words and Pictures" paragraph and a Review date / What will we see? table
(talking therapy that only treats, measured by a feeling; "When she can"; a
passive row with "-" as its owner; a CAMHS assessment with no output;
"Family" as owner; "Mood monitored"; a contingency with no trigger whose
only response is to discuss; no fallback for the aunt; no legal step).

Counting actions (convention 1; README "Files", actions): each live row of
an action table counts once; a "Responsible agency" banner row is not an
action; each task block of the Yennington export counts once; in the Yewley
plan each second-level bullet (the action) counts once, with its Who / When
/ Success looks like sub-points read as part of that action, and theme
bullets are not actions. One-off rows shown as DONE (one in Yorlstead, one in
Yathersby) are work already done and are not counted. The who's-who tables,
Three Houses table, Plan B table, contingency, meeting tables and dates are
not actions.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Signs of Safety plan after an initial conference, father's drinking and
#    violence, two children. Landscape Word plan: danger statement and safety
#    goals, a Three Houses table, a six-column action table with the safety
#    goal merged down, a Target date column in many forms, a "What will we
#    see?" column, an owner column that sometimes holds only a service, a
#    Plan B If | Then | Who table and a meetings table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b122_yaxfield_sos_danger_safety_goals_plan_b_okafor.docx",
    "doc_title": "Signs of Safety Child Protection Plan - Tomi and Ruby Okafor",
    "split": "heldout",
    "actions": 11,
    "landscape": True,
    "check_vmerge": 3,
    "template": "signs-of-safety-icpc-plan-docx-landscape-whos-who-danger-statement-safety-goals-working-well-three-houses-table-scaling-then-six-column-goal-merged-down-no-what-who-target-date-mixed-forms-what-will-we-see-then-plan-b-if-then-who-table-meetings-table",
    "description": (
        "Exemplary Signs of Safety plan from an initial conference for a 7-year-old and a 3-year-old "
        "whose father drinks and has been violent to their mother. A landscape Word plan: who's who "
        "(the grandmother is 'Nana Joy' from then on), a danger statement and safety goals written "
        "for the children, Tomi's Three Houses in a table, then a six-column table with each safety "
        "goal merged down its rows, an owner column that sometimes holds only a service, a Target "
        "date column in many forms ('Mon & Thu from 3 Nov 25', 'w/c 10.11.25', '28th Nov', 'Weekly "
        "until the review conference') and a 'What will we see?' column. The alcohol service reports "
        "on change; the contingency is a 'Plan B' If | Then | Who table covering Nana Joy being unable to help and "
        "legal planning; core group and review dates are in a meetings table."
    ),
    "blocks": [
        ("title", "Child Protection Plan (Signs of Safety)"),
        ("p", "Yaxfield Metropolitan Borough Council · Children's Services · Family Safeguarding Team North"),
        ("kv", [
            ("Children", "Tomi Okafor (7), DOB 02/06/2018, Year 3 at Yaxfield Brook Primary; Ruby Okafor (3), "
                         "DOB 19/08/2022, Little Wrens Nursery"),
            ("Home", "41 Kestrel Walk, Yaxfield YX3 8DR"),
            ("Category", "Emotional abuse (both children)"),
            ("Plan agreed", "Initial child protection conference, Tuesday 28/10/2025. Chair: Sarah Lund (IRO)"),
        ]),
        ("h1", "Who's who"),
        ("table", {
            "header": ["Name", "Who they are", "Called in this plan"],
            "widths": [6.5, 12.2, 7.0],
            "rows": [
                ["Precious Okafor", "Mum (30)", "Precious"],
                ["Daniel Hearn", "Dad (35), lives at home", "Daniel"],
                ["Joy Mensah", "Precious's mum, lives at 7 Fenby Road, five minutes' walk away", "Nana Joy"],
                ["Rhiannon Clegg", "Social worker, Family Safeguarding Team North (team manager: Femi Adeyinka)",
                 "Rhiannon (SW)"],
                ["Gary Fenn", "Recovery worker, Yaxfield Recovery Hub (adult drug and alcohol service)", "Gary"],
                ["Maxine Orr", "Independent domestic violence adviser (IDVA), Yaxfield Women's Aid", "Maxine"],
                ["Mr Ade Cole", "Designated safeguarding lead, Yaxfield Brook Primary", "Mr Cole"],
                ["Sana Iqbal", "Ruby's key worker, Little Wrens Nursery", "Sana"],
            ],
        }),
        ("h1", "Danger statement"),
        ("p", "Everyone at the conference is worried that if nothing changes Daniel will go on drinking heavily at "
              "home, and that when he is drunk he will shout at and hurt Precious in front of Tomi and Ruby, as he "
              "did on 11/10/2025 when he pushed Precious into the kitchen door and Tomi hid Ruby under his bed. "
              "Tomi and Ruby could be hurt if they are caught up in it, and living with this fear will harm how "
              "they feel, sleep, learn and get on with other people."),
        ("h1", "Safety goals"),
        ("numbers", [
            "Tomi and Ruby live in a home where no adult is drunk while looking after them, and where they do "
            "not see or hear shouting, threats or violence.",
            "Tomi gets to school on time every day and has safe grown-ups, at school and in the family, who he "
            "can tell if he is scared.",
            "Ruby is kept safe, goes to nursery every session she is booked for, and her talking keeps "
            "developing for her age.",
        ]),
        ("h1", "What's working well"),
        ("bullets", [
            "Precious called the police herself on 11/10/2025 and has kept every appointment with Maxine since.",
            "Nana Joy sees the children most days and Tomi says she is the person he would tell.",
            "Daniel agreed at the conference that his drinking frightens the children and booked his first "
            "appointment at the Recovery Hub the same afternoon.",
            "Ruby is clean, well fed and chatty at nursery, where Sana says she is doing well.",
        ]),
        ("h1", "Tomi's Three Houses (with Rhiannon at school, 23/10/2025)"),
        ("table", {
            "header": ["House of Worries", "House of Good Things", "House of Dreams"],
            "widths": [8.5, 8.6, 8.6],
            "rows": [
                ["“When Daddy drinks the brown bottles he gets loud and I have to hide Ruby.” “I worry Mummy "
                 "will get hurt again.” He drew himself and Ruby under the bed with a torch.",
                 "“Nana Joy's house, she does jollof and lets me stir it.” “Football with Mr Cole at dinner "
                 "time.” “Ruby makes me laugh when she does the dinosaur.”",
                 "“Daddy doesn't drink any more and nobody shouts.” “We all go to the park on Sunday.” He "
                 "drew a house with four people holding hands and the sun out."],
            ],
        }),
        ("p", "Ruby is too young to draw the houses. At the visit on 24/10/2025 she ran to Precious when the door "
              "banged, hid her face and would not come out for several minutes; when Nana Joy arrived she went "
              "straight to her and chattered about her shoes. Sana says Ruby plays at “shush, Daddy's asleep” with "
              "the dolls."),
        ("h1", "Scaling"),
        ("p", "On a scale where 0 means the children cannot stay at home and 10 means everyone is confident they "
              "are safe enough for the plan to end: the conference scored 3; Precious scored 5; Daniel scored 6; "
              "Nana Joy scored 4."),
        ("h1", "Our plan"),
        ("p", "Each safety goal runs down the left. The Target date shows a date, how often, or the event it "
              "is tied to; the dates of the core groups and the review conference are in the table at the end."),
        ("table", {
            "header": ["Safety goal", "No.", "What will happen", "Who", "Target date", "What will we see?"],
            "widths": [4.2, 1.0, 6.4, 4.0, 4.1, 6.0],
            "rows": [
                ["1. No adult is drunk while caring for Tomi and Ruby, and they do not see or hear violence",
                 "1.1",
                 "Drink no alcohol on any day he is at home with the children, and have a breath test at the "
                 "Recovery Hub",
                 "Daniel",
                 "Mon & Thu from 3 Nov 25 until the review conference",
                 "Every breath test reads zero; Gary's printout of the results goes to Rhiannon every "
                 "fortnight"],
                [V, "1.2",
                 "Key-work with Daniel and a written report on whether he is making the changes Tomi and Ruby "
                 "need, what is left to change and how long it is likely to take",
                 "Yaxfield Recovery Hub",
                 "Report 2 working days before each core group",
                 "Gary's written report on the children's file before every core group, with the test "
                 "results"],
                [V, "1.3",
                 "Attend the 20-week Yaxfield Safer Choices domestic abuse programme for fathers",
                 "Daniel",
                 "Weekly, from w/c 10.11.25",
                 "Programme letter to Rhiannon after every fifth session; 18 of 20 sessions attended by the end"],
                [V, "1.4",
                 "Tell Rhiannon about any call-out to 41 Kestrel Walk or any report involving Daniel",
                 "Yaxfield Police Domestic Abuse Unit",
                 "By 10am the next working day after any call-out",
                 "Police notification on the children's file within one working day; the count of call-outs "
                 "since the conference read out at each core group (aim: none)"],
                [V, "1.5",
                 "Safety planning with Precious, including what Tomi does and who he calls if a row starts",
                 "Maxine (IDVA)",
                 "Within 5 working days of the conference, then fortnightly",
                 "Written safety plan on file by 04/11/2025; Tomi can tell Rhiannon his part of it at her next "
                 "visit"],
                ["2. Tomi gets to school on time every day and has safe grown-ups he can tell", "2.1",
                 "Check Tomi's attendance and lateness and give him a Monday check-in with his learning mentor "
                 "about home",
                 "Mr Cole",
                 "Each Monday in term",
                 "Attendance of 95% or more on the Friday printout sent to Rhiannon; check-ins logged on CPOMS"],
                [V, "2.2",
                 "See Tomi on his own and do his Three Houses again",
                 "Rhiannon (SW)",
                 "Every 10 working days until the review conference",
                 "Tomi's new houses and his own words on file, set beside the 23/10/2025 drawing at the review"],
                [V, "2.3",
                 "Collect Tomi from school and give both children their tea at Fenby Road, so Tomi has a "
                 "calm place to talk after school",
                 "Nana Joy",
                 "Every Tue & Thu in term time",
                 "Nana Joy's text to Rhiannon each Thursday evening; Tomi can show Rhiannon Nana Joy's number on "
                 "the card in his book bag"],
                ["3. Ruby is safe, goes to every nursery session and her talking keeps developing", "3.1",
                 "Ages and Stages check of Ruby's talking and development at home",
                 "Yaxfield 0-19 Health Service",
                 "28th Nov",
                 "Ruby's scores written in her red book and shared with Rhiannon and Sana the same week"],
                [V, "3.2",
                 "Record Ruby's attendance, how she presents and anything she says or plays out about home",
                 "Sana",
                 "Each session (Mon to Wed mornings)",
                 "Weekly e-mail to Rhiannon; attendance of 90% or more; any worry phoned to Rhiannon the same "
                 "day"],
                [V, "3.3",
                 "Visit the children at home, one visit in three unannounced, and note how Ruby is with each "
                 "parent",
                 "Rhiannon (SW)",
                 "Weekly until the review conference",
                 "Visit records show both children seen every week, with what Ruby did and said"],
            ],
        }),
        ("h1", "Plan B – if things go wrong"),
        ("table", {
            "header": ["If", "Then", "Who"],
            "widths": [8.5, 11.2, 6.0],
            "rows": [
                ["Daniel drinks on a day he is at home with the children (a positive test, or Precious, Tomi, "
                 "school or nursery tell us)",
                 "Daniel leaves the house that day and stays at his brother's in Lowford; he does not come back "
                 "until Rhiannon has held a strategy discussion, the same day",
                 "Precious tells Rhiannon; Rhiannon holds the strategy discussion"],
                ["The police are called to a row or to violence at 41 Kestrel Walk",
                 "Precious and the children go to Nana Joy's that night, or to a Women's Aid refuge space "
                 "the same night if Daniel knows where Nana Joy lives; strategy discussion the next working day",
                 "Yaxfield Police DA Unit; Maxine; Rhiannon"],
                ["Nana Joy cannot have the children or collect Tomi (she is ill, away or cannot be reached)",
                 "Precious collects Tomi herself and Daniel is not left alone with the children; if the children "
                 "need somewhere safe that night, Rhiannon (or the Emergency Duty Team after 5pm) places them "
                 "together with Yaxfield foster carers the same day",
                 "Precious; Rhiannon or the Emergency Duty Team"],
                ["Daniel has two positive tests, misses three Safer Choices sessions, or there is any call-out "
                 "before the review conference",
                 "Rhiannon asks Femi Adeyinka for a legal planning meeting within 5 working days, to decide "
                 "whether to start the Public Law Outline",
                 "Rhiannon and Femi Adeyinka"],
            ],
        }),
        ("h1", "When we meet"),
        ("table", {
            "header": ["Meeting", "Date", "Time and place"],
            "widths": [9.0, 7.0, 9.7],
            "rows": [
                ["Core group 1", "Tuesday 11/11/2025", "4pm, Yaxfield Brook Primary"],
                ["Core group 2 (every four weeks from here)", "Tuesday 09/12/2025", "4pm, Yaxfield Brook Primary"],
                ["Core group 3", "Tuesday 06/01/2026", "4pm, Yaxfield Brook Primary"],
                ["Review child protection conference", "Tuesday 27/01/2026", "10am, Yaxfield Town Hall, Room 4"],
            ],
        }),
        ("p", "Copies of this plan go to Precious, Daniel, Nana Joy and everyone named above. Rhiannon will go "
              "through it with Tomi using his own words-and-pictures version."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan for a 15-year-old girl at risk of sexual
#    exploitation, going missing and self-harming; written to her. A
#    who's-who table introduces everyone, who are then named only by first
#    name or role ("Dee", "your CAMHS worker", "Mrs Rudd", "Nana"); joint
#    owners ("You and Mum together"); a "How will we know?" column; one
#    timescale tied to her 16th birthday, others to dated meetings.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b122_yelsthwaite_young_person_plan_written_to_you_brennan.docx",
    "doc_title": "Leah's Child Protection Plan",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-young-person-plan-docx-written-to-her-second-person-whos-who-table-first-names-and-roles-what-youve-told-us-worries-what-we-want-for-you-then-whats-going-to-happen-who-when-how-will-we-know-table-joint-owners-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 15-year-old at risk of sexual exploitation by two "
        "men in their twenties, going missing and cutting herself, written to her ('you'). A "
        "who's-who table introduces everyone once; the action table then names owners by first "
        "name or role only ('Dee', 'Your CAMHS worker (Sam)', 'Mrs Rudd', 'Nana', 'Mum') and "
        "sometimes jointly ('You and Mum together'). Timescales include 'by your 16th birthday (9 "
        "March)', 'before the next core group (9 Dec)' and 'within 72 hours of you coming home', with "
        "the meeting dates given at the end; the 'How will we know?' column is written in her words. "
        "The contingency covers going missing, serious self-harm, Nana being unable to have her and "
        "legal planning; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Leah's Child Protection Plan"),
        ("p", "Yelsthwaite Council Children's Services · Adolescent Safeguarding Team"),
        ("kv", [
            ("For", "Leah Brennan, 15 (DOB 09/03/2010), Year 11, Yelsthwaite High School"),
            ("Lives with", "Mum, Tracey Brennan, at 3 Brook Terrace, Yelsthwaite YL2 4GN"),
            ("Category", "Sexual abuse (risk of sexual exploitation)"),
            ("Agreed at", "Initial child protection conference, Tuesday 28/10/2025. Chair: Ruth Penhale (IRO)"),
        ]),
        ("h1", "About this plan"),
        ("p", "Leah, this plan is written to you, because it is about you and you asked us not to talk about you "
              "as if you weren't there. Where it says “you”, it means you. Some parts are for the adults, and we "
              "have said so. You can ask Marcus to change any words you think are wrong, and he will bring your "
              "changes to the first core group."),
        ("h1", "Who's who"),
        ("table", {
            "header": ["Name", "Who they are", "How to reach them"],
            "widths": [3.8, 8.2, 5.0],
            "rows": [
                ["Mum", "Tracey Brennan, your mum", "Lives with you"],
                ["Nana", "Pat Brennan, your nan, 12 Holly Rise", "07700 900412"],
                ["Marcus", "Marcus Oyelaran, your social worker (SW), Adolescent Safeguarding Team; his manager "
                           "is Helen Voss", "07700 900655"],
                ["Dee", "Dee Karim, your youth worker, Yelsthwaite Exploitation Team", "07700 900781"],
                ["Sam", "Sam Petrov, your CAMHS worker, Yelsthwaite CAMHS (Brook House)", "01632 960214"],
                ["Mrs Rudd", "Mrs Collette Rudd, head of Year 11 and designated safeguarding lead, Yelsthwaite "
                             "High", "School office"],
                ["Yasmin", "Yasmin Khoury, school nurse, Yelsthwaite 0-19 Service", "School office"],
                ["PC Frain", "PC Holly Frain, Missing and Exploitation Officer, Yelsthwaite Police", "101"],
                ["Beth", "Beth Ansah, Return Home worker, Yelsthwaite Return Home Service", "07700 900318"],
            ],
        }),
        ("h1", "What you've told us"),
        ("p", "When Marcus saw you on your own at Nana's on 22/10/2025 you said: “They're not bad, they just give "
              "me lifts and stuff. Jay's the only one who actually listens.” You said you cut your arm “when my "
              "head's too loud” and that it helps for a bit. You said you hate being at home on Friday nights "
              "when Mum is at work, and that Nana's is “the only place I can actually sleep”. You gave your "
              "safety a 4 out of 10, and said a 10 would be “Mum not stressing, me getting into college, and "
              "nobody on my case”. You want to do hairdressing at college next year."),
        ("h1", "What we're worried about"),
        ("p", "Since August you have been missing overnight four times. Twice the police found you in a blue Audi "
              "with two men in their twenties, one of whom you call Jay. You have been given vapes, cannabis and a "
              "new phone, and you have been asked to send pictures of yourself. We are worried that these men are "
              "grooming you so that they can sexually exploit you, and that you could be seriously hurt. We are "
              "also worried about the cuts on your arm, which Yasmin saw on 16/10/2025, and about you missing "
              "school: your attendance this term is 71%."),
        ("h1", "What we want for you"),
        ("bullets", [
            "You are safe from adults who want to use you, and you are not in contact with Jay or the men in the "
            "blue Audi.",
            "You are home by the time you and Mum agree each night, or Mum knows where you are and that you are "
            "safe.",
            "You have someone you trust to talk to when your head is too loud, and you hurt yourself less, then "
            "not at all.",
            "You go to school every day, get your GCSEs and start at college in September.",
        ]),
        ("h1", "What's going to happen"),
        ("p", "The dates of the core groups and the review conference are under “When we'll meet” at the end."),
        ("table", {
            "header": ["No.", "What's going to happen", "Who", "When", "How will we know?"],
            "widths": [0.9, 6.2, 2.9, 3.2, 3.8],
            "rows": [
                ["1",
                 "Sessions with you on healthy relationships, grooming, and staying safe online, using the "
                 "Know the Signs workbook",
                 "Dee",
                 "Every Wednesday, 4–5.30pm, from 29/10/2025",
                 "Dee's note to Marcus after each session; you've finished all six workbook chapters by the "
                 "review conference"],
                ["2",
                 "See you on your own, wherever you choose, and ask how safe you feel",
                 "Marcus",
                 "Every two weeks; next on 06/11/2025",
                 "Marcus's visit record has your own words and your safety score out of 10 each time"],
                ["3",
                 "Agree a home-time deal (9.30pm school nights, 10.30pm Fridays and Saturdays) and both sign it",
                 "You and Mum together, with Marcus",
                 "By 07/11/2025",
                 "Signed deal on the fridge and a copy on file; Mum's home-time diary, which Marcus reads at "
                 "every visit, shows you home on time"],
                ["4",
                 "Report you missing to the police if you are not home and not answering one hour after your "
                 "home time, and give them the car's registration",
                 "Mum",
                 "Within one hour of your home time, each time you are not back and not answering",
                 "Every missing episode has a police log number written in Mum's diary with the time she rang"],
                ["5",
                 "Offer you a return home talk after every time you go missing, with someone who isn't police or "
                 "social care",
                 "Beth",
                 "Within 72 hours of you coming home",
                 "Beth's return home report on file within 72 hours each time, with what you said"],
                ["6",
                 "Serve child abduction warning notices on Jay and the other man linked to the blue Audi, and "
                 "tell Marcus the date they were served",
                 "PC Frain",
                 "By 14/11/2025",
                 "Notices and dates on the police and social care records; any breach reported to Marcus the "
                 "same day"],
                ["7",
                 "Weekly sessions with you about your self-harm, and a written safety plan you write together "
                 "for when your head is too loud",
                 "Your CAMHS worker (Sam)",
                 "Thursdays at school from 30/10/2025; safety plan before the next core group (9 Dec)",
                 "Your safety plan on file by 9 Dec; your own tally of cuts, which you share with Sam, going "
                 "down week by week"],
                ["8",
                 "Check and dress your arm and talk with you about keeping it clean",
                 "Yasmin",
                 "Every Friday lunchtime in term",
                 "Yasmin's note on your school health record each Friday; cuts healing with no infection"],
                ["9",
                 "Meet you each morning, give you a quiet-room pass, and ring Mum and Marcus if you are not in by "
                 "9.15am",
                 "Mrs Rudd",
                 "Every school day",
                 "Attendance up from 71% to 90% or more by the review conference; every 9.15am call logged on "
                 "CPOMS"],
                ["10",
                 "Finish your college application for hairdressing at Yelsthwaite College",
                 "You, with Mrs Rudd",
                 "By your 16th birthday (9 March)",
                 "The college's e-mail saying your application is in, shown to Marcus"],
                ["11",
                 "Collect you from school on Fridays and have you to stay at Holly Rise every Friday night while "
                 "Mum is at work",
                 "Nana",
                 "Every Friday from 31/10/2025",
                 "Nana texts Marcus each Saturday morning to say you were there all night"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If you go missing (not home and not answering one hour after your home time), Mum rings the police "
            "on 101, or 999 if you might be with Jay or in the blue Audi. The police search and PC Frain tells "
            "Marcus the next morning. If you are missing overnight, or found with Jay or the other man, Marcus "
            "holds a strategy discussion within one working day.",
            "If you cut yourself badly enough to need stitches, or tell anyone you want to end your life, Mum or "
            "Nana takes you to Yelsthwaite General A&E that night (or rings 999), and the CAMHS crisis team "
            "sees you within 24 hours.",
            "If Nana cannot have you on a Friday (she is ill or away), Mum swaps her shift so she is at home "
            "with you; if she cannot, Marcus (or the Emergency Duty Team after 5pm) arranges for you to stay "
            "that night with an approved foster carer, and tells you where before the end of the school day.",
            "If you go missing overnight twice more, or are found with Jay or the men in the blue Audi, before "
            "the review conference, Marcus will ask Helen Voss for a legal planning meeting within 5 working "
            "days to decide whether the local authority should go to court to keep you safe.",
        ]),
        ("h1", "When we'll meet"),
        ("bullets", [
            "Core group every three weeks, Tuesdays at 4pm at Yelsthwaite High: 18/11/2025, 09/12/2025 and "
            "06/01/2026. You can come to all or part of it, or send your views with Dee.",
            "Review child protection conference: Tuesday 20/01/2026, 10am, Yelsthwaite Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Pre-birth plan, mother with bipolar disorder (a manic episode after her
#    first child's birth), a 5-year-old sister at home. A case-system export
#    printed to PDF with page header and footer: labelled fields for the
#    subjects, household and views, then each task as a block of labelled
#    lines (Task / Assigned to / Agency / Due or frequency / Success
#    criteria / Status), timescales in weeks of pregnancy and the baby's
#    age, then Trigger / Response contingency fields and review fields.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b122_yennington_prebirth_case_export_task_fields_nowak.pdf",
    "doc_title": "Child Protection Plan - Unborn Nowak and Maja Nowak",
    "split": "heldout",
    "actions": 12,
    "template": "prebirth-cp-plan-case-system-export-paged-header-footer-labelled-fields-subjects-household-parental-health-views-outcomes-then-task-blocks-assigned-to-agency-due-or-frequency-success-criteria-status-weeks-of-pregnancy-and-babys-age-then-trigger-response-fields-review-fields",
    "description": (
        "Exemplary pre-birth plan for an unborn baby (30 weeks) and a 5-year-old whose mother has "
        "bipolar disorder and had a manic episode after her first child's birth. A case-system "
        "export printed to PDF with a page header and footer: every part is labelled fields; each "
        "task is a block of lines (Task, Assigned to, Agency, Due / frequency, Success criteria, "
        "Status) with timescales such as 'by 32 weeks pregnant', 'from 36 weeks until the birth', "
        "'before Kasia and the baby leave the maternity ward' and 'until the baby is 6 months old'. "
        "The perinatal psychiatrist and CPN both report on capacity to change, the GP owns a task, "
        "the paternal grandmother's nights have a fallback, the Trigger / Response fields name legal "
        "planning, and core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Yennington Council – CareLine case record export",
    "footer": "Child protection plan – Unborn Nowak / Maja Nowak – exported 05/11/2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Record type: Child protection plan (pre-birth) · Status: Active · Version 1"),
        ("h2", "Subjects"),
        ("kv", [
            ("Subject 1", "Unborn baby Nowak, EDD 12/01/2026 (30 weeks at conference)"),
            ("Subject 2", "Maja Nowak, DOB 04/05/2020 (5), Reception, Holm Lane Primary"),
            ("Category", "Neglect (risk of), both subjects"),
            ("Plan start", "Initial child protection conference, Monday 03/11/2025"),
            ("Chair", "Deborah Quinn, Independent Reviewing Officer"),
            ("Allocated worker", "Callum Reeve, Social Worker, Yennington Early Years Safeguarding Team"),
            ("Team manager", "Adaeze Obi"),
        ]),
        ("h2", "Household"),
        ("kv", [
            ("Mother", "Kasia Nowak (27), 18 Linnet Way, Yennington YN6 2PA"),
            ("Partner / baby's father", "Ryan Tate (29), lives with Kasia and Maja; works days at Tate & Sons "
                                        "Joinery"),
            ("Paternal grandmother", "Lorraine Tate (55), 4 Orchard Mews, Yennington (two miles away)"),
            ("Maja's father", "Not involved; lives in Poland"),
        ]),
        ("h2", "Parental health"),
        ("kv", [
            ("Mother", "Bipolar affective disorder. Manic episode with psychotic features two weeks after Maja's "
                       "birth in May 2020; admitted to a mother and baby unit for 7 weeks. Stopped lithium when "
                       "she found out she was pregnant in May 2025; now on quetiapine, prescribed by the "
                       "perinatal team."),
            ("Services", "Yennington Perinatal Mental Health Service (Dr Anjali Varma, consultant psychiatrist; "
                         "Gail Sutcliffe, CPN); GP Dr Martin Hughes, Abbeyfield Surgery"),
            ("Partner", "No health concerns recorded."),
        ]),
        ("h2", "Reason for plan"),
        ("p", "The risk that Kasia becomes unwell again after the birth, as she did after Maja's, and is not able "
              "to keep the baby and Maja safe, fed and cared for. In September 2025 Kasia missed three perinatal "
              "appointments and Maja's school noticed she came in without breakfast and in the same clothes for "
              "a week. Kasia said she had not been sleeping and had been “full of ideas”. She started quetiapine "
              "on 01/10/2025 and has kept every appointment since."),
        ("h2", "Views and lived experience"),
        ("kv", [
            ("Maja (seen alone at school, 29/10/2025)",
             "“Mummy was sad and then she was too fast. I had cereal for tea lots.” “I want the baby to be a "
             "girl so I can do her hair.” She drew the baby in a pram with Ryan pushing it and said Ryan makes "
             "the best pancakes. She gave home a smiley face."),
            ("Unborn baby",
             "Kasia has been to every antenatal appointment since October. Scans show the baby growing on the "
             "50th centile. The nursery is ready in Maja's old room; the social worker saw a cot with a firm "
             "mattress and no bumpers on 29/10/2025."),
            ("Kasia", "She wants to keep well this time and is frightened of being “sectioned” again. She agrees "
                      "that the baby should not be left alone with her in the first weeks if she is not "
                      "sleeping."),
            ("Ryan", "He will take four weeks' paternity and annual leave from the birth."),
        ]),
        ("h2", "Outcomes for the children"),
        ("kv", [
            ("Outcome 1", "The baby is born safely and is fed, warm, settled and gaining weight, with a well "
                          "adult caring for them day and night."),
            ("Outcome 2", "Maja goes to school every day, fed and in clean clothes, and is not frightened by her "
                          "mum's illness."),
            ("Outcome 3", "The baby and Maja are never left alone with Kasia when she shows early signs of "
                          "becoming unwell."),
        ]),
        ("h2", "Tasks"),
        ("boldp", "Task ref YEN-CP-2291/01"),
        ("kv", [
            ("Task", "Assess Kasia's mental state and risk of relapse after the birth, agree her medication plan "
                     "for late pregnancy and the postnatal weeks, and give a written opinion on her capacity to "
                     "make and keep the changes the baby and Maja need, and the likely timescale"),
            ("Assigned to", "Dr Anjali Varma, consultant perinatal psychiatrist"),
            ("Agency", "Yennington Perinatal Mental Health Service"),
            ("Due / frequency", "Written opinion by 32 weeks pregnant (17/11/2025); clinic every 4 weeks after"),
            ("Success criteria", "Report received by the social worker and the safeguarding midwife by "
                                 "17/11/2025 and shared at core group 1"),
            ("Status", "Open"),
        ]),
        ("boldp", "Task ref YEN-CP-2291/02"),
        ("kv", [
            ("Task", "Home visits to Kasia to check her mood chart, sleep and medication against her "
                     "relapse-prevention plan, and report at each core group on whether she is making and keeping "
                     "the changes the baby and Maja need, and how long any further change is likely to take"),
            ("Assigned to", "Gail Sutcliffe, CPN"),
            ("Agency", "Yennington Perinatal Mental Health Service"),
            ("Due / frequency", "Every two weeks until the baby is 6 months old; weekly for the first 6 weeks "
                                "after the birth"),
            ("Success criteria", "Written update to the social worker before every core group, with the mood "
                                 "chart copied and Gail's view of the changes made"),
            ("Status", "Open"),
        ]),
        ("boldp", "Task ref YEN-CP-2291/03"),
        ("kv", [
            ("Task", "Take quetiapine every night as prescribed and fill in the mood and sleep chart each "
                     "morning, so that she stays well enough to care for the baby and Maja"),
            ("Assigned to", "Kasia Nowak (mother)"),
            ("Agency", "Family"),
            ("Due / frequency", "Daily from 03/11/2025"),
            ("Success criteria", "Pharmacy collection record shows every monthly prescription collected on time; "
                                 "no blank days on the chart when Gail checks it"),
            ("Status", "Open"),
        ]),
        ("boldp", "Task ref YEN-CP-2291/04"),
        ("kv", [
            ("Task", "Write a birth plan with a safeguarding alert, agree it with Kasia and Ryan, and place it "
                     "on the maternity record"),
            ("Assigned to", "Ellen Hardy, safeguarding midwife"),
            ("Agency", "Yennington General Hospital maternity unit"),
            ("Due / frequency", "By 34 weeks pregnant (01/12/2025)"),
            ("Success criteria", "Birth plan and alert seen on the maternity record; copy sent to the social "
                                 "worker and the health visitor"),
            ("Status", "Open"),
        ]),
        ("boldp", "Task ref YEN-CP-2291/05"),
        ("kv", [
            ("Task", "Hold a discharge planning meeting on the ward with Kasia, Ryan, Gail and the health "
                     "visitor, and agree who is with the baby at night in the first weeks"),
            ("Assigned to", "Callum Reeve (social worker), with Ellen Hardy"),
            ("Agency", "Children's Social Care"),
            ("Due / frequency", "Before Kasia and the baby leave the maternity ward"),
            ("Success criteria", "Signed discharge plan on the baby's record and sent to the GP, health visitor "
                                 "and Gail before discharge"),
            ("Status", "Open"),
        ]),
        ("boldp", "Task ref YEN-CP-2291/06"),
        ("kv", [
            ("Task", "Antenatal contact, then a new birth visit, then home visits to weigh the baby and record "
                     "how Kasia responds to the baby's cues"),
            ("Assigned to", "Bethan Lloyd, health visitor"),
            ("Agency", "Yennington Health Visiting Team"),
            ("Due / frequency", "Antenatal visit by 36 weeks (15/12/2025); new birth visit within 10 days of the "
                                "birth; weekly until the baby is 8 weeks old, then fortnightly until 6 months "
                                "old"),
            ("Success criteria", "Weights plotted in the red book staying on or near the birth centile; "
                                 "observation notes on feeding and settling sent to the social worker monthly"),
            ("Status", "Open"),
        ]),
        ("boldp", "Task ref YEN-CP-2291/07"),
        ("kv", [
            ("Task", "Visit the home, see Maja on her own each time, and once the baby is born see the baby "
                     "awake and where they sleep"),
            ("Assigned to", "Callum Reeve, social worker"),
            ("Agency", "Children's Social Care"),
            ("Due / frequency", "Every two weeks until 36 weeks; weekly from 36 weeks until the baby is 3 "
                                "months old"),
            ("Success criteria", "Visit records show Maja seen alone with her words written down, and the baby "
                                 "seen awake and in the cot"),
            ("Status", "Open"),
        ]),
        ("boldp", "Task ref YEN-CP-2291/08"),
        ("kv", [
            ("Task", "Stay at Linnet Way three nights a week and do the baby's night feeds so Kasia can sleep"),
            ("Assigned to", "Lorraine Tate (paternal grandmother)"),
            ("Agency", "Family network"),
            ("Due / frequency", "Sunday, Monday and Tuesday nights from the baby's first night home until the "
                                "baby is 6 weeks old"),
            ("Success criteria", "Night feed chart filled in by Lorraine and checked by the social worker and "
                                 "health visitor at their visits; Kasia's chart shows 6 hours' sleep or more on "
                                 "those nights"),
            ("Status", "Open"),
        ]),
        ("boldp", "Task ref YEN-CP-2291/09"),
        ("kv", [
            ("Task", "Be at home with Kasia, the baby and Maja every night for the first four weeks after the "
                     "birth, and do the night feeds on the nights Lorraine is not there"),
            ("Assigned to", "Ryan Tate (partner, baby's father)"),
            ("Agency", "Family"),
            ("Due / frequency", "Every night from the birth until the baby is 4 weeks old"),
            ("Success criteria", "Leave confirmed in writing by his employer and copied to the social worker by "
                                 "01/12/2025; night feed chart complete for every night"),
            ("Status", "Open"),
        ]),
        ("boldp", "Task ref YEN-CP-2291/10"),
        ("kv", [
            ("Task", "Send the social worker a summary of Kasia's mental health history and tell the social "
                     "worker if she misses a medication review or a prescription"),
            ("Assigned to", "Dr Martin Hughes, GP"),
            ("Agency", "Abbeyfield Surgery"),
            ("Due / frequency", "Summary by 14/11/2025; any missed review or prescription within 2 working days"),
            ("Success criteria", "GP summary on the children's file by 14/11/2025; missed-review letters on "
                                 "file within 2 working days"),
            ("Status", "Open"),
        ]),
        ("boldp", "Task ref YEN-CP-2291/11"),
        ("kv", [
            ("Task", "Check Maja's attendance, breakfast and clothes each morning and ring the social worker "
                     "the same day with any worry"),
            ("Assigned to", "Mrs Frances Adu, designated safeguarding lead"),
            ("Agency", "Holm Lane Primary"),
            ("Due / frequency", "Every school day"),
            ("Success criteria", "Attendance of 95% or more on the weekly e-mail to the social worker; "
                                 "same-day calls logged on CPOMS"),
            ("Status", "Open"),
        ]),
        ("boldp", "Task ref YEN-CP-2291/12"),
        ("kv", [
            ("Task", "Hold a family network meeting with Kasia, Ryan, Lorraine and Kasia's friend Agnieszka "
                     "Wrobel to agree who steps in if Kasia becomes unwell or Lorraine cannot stay"),
            ("Assigned to", "Callum Reeve, social worker"),
            ("Agency", "Children's Social Care"),
            ("Due / frequency", "By 34 weeks pregnant (01/12/2025)"),
            ("Success criteria", "Written family network plan sent to every core group member by 01/12/2025"),
            ("Status", "Open"),
        ]),
        ("h2", "Contingency"),
        ("kv", [
            ("Trigger 1", "Kasia shows two of her early warning signs (under 4 hours' sleep on two nights, racing "
                          "thoughts or speech, spending sprees, stopping her medication)."),
            ("Response 1", "Gail sees Kasia the same day and Dr Varma reviews her within 48 hours; Ryan or "
                           "Lorraine stays with the baby and Maja at all times and Kasia is not left alone with "
                           "the baby; Callum holds a strategy discussion the same day."),
            ("Trigger 2", "Kasia becomes unwell enough to need hospital after the birth."),
            ("Response 2", "Dr Varma arranges admission with the baby to Larkspur Mother and Baby Unit; Maja "
                           "stays at home with Ryan, and Callum visits the baby on the unit twice a week."),
            ("Trigger 3", "Lorraine cannot stay on her nights (she is ill or away) or Ryan has to go back to "
                          "work early."),
            ("Response 3", "Agnieszka stays those nights as agreed at the family network meeting; if neither "
                           "she nor Lorraine can, Callum arranges the same day for Kasia and the baby to go to a "
                           "Yennington parent and baby foster placement."),
            ("Trigger 4", "Kasia refuses her medication or stops seeing the perinatal team, or Dr Varma's "
                          "report says she cannot make the changes within the baby's timescale."),
            ("Response 4", "Callum asks Adaeze Obi for a legal planning meeting within 5 working days, to "
                           "decide whether to issue a pre-proceedings (PLO) letter before the birth."),
        ]),
        ("h2", "Review"),
        ("kv", [
            ("Core group frequency", "Every 4 weeks, Mondays at 2pm, Yennington Family Hub"),
            ("Core group dates", "17/11/2025; 15/12/2025; 26/01/2026 (after the birth)"),
            ("Review conference", "Monday 02/02/2026, 10am, Yennington Civic Offices"),
            ("Plan shared with", "Kasia, Ryan, Lorraine and every person named in the tasks"),
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. First review conference plan, neglect, mother's anxiety and depression,
#    father's drinking, three children, paternal grandmother helping. Word
#    plan printed to PDF with page header and footer; the action table has
#    no owner column: a shaded "Responsible agency" banner row owns the
#    actions beneath it (one action names its own owner). Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b122_yoxbury_rcpc_responsible_agency_banner_rows_lomax.pdf",
    "doc_title": "Review Child Protection Plan - Lomax children",
    "split": "heldout",
    "actions": 14,
    "template": "rcpc-plan-word-printed-to-pdf-header-footer-details-what-has-changed-childrens-views-outcomes-then-ref-action-timescale-proof-table-with-shaded-responsible-agency-banner-rows-owning-the-actions-beneath-contingency-meetings",
    "description": (
        "First review conference plan for an 11-year-old, a 6-year-old and a 2-year-old whose mother "
        "has anxiety and depression and whose father drinks; a Word plan printed to PDF with a page "
        "header and footer. The action table has no owner column: a shaded 'Responsible agency' "
        "banner row owns the actions beneath it, and one action under the family banner names the "
        "grandmother herself. Most rows are sound (the CMHT psychiatrist's capacity report, the "
        "alcohol service's reports, weighs against a centile, 95% attendance). Faults: the parenting "
        "assessment has no proof; the CPN only supports the mother, proved by her engaging; "
        "'Family and friends' collect the children 'as and when needed'; the parents' home "
        "conditions are 'Ongoing' with 'Home conditions improve'; one outcome is only about the "
        "mother; the contingency has no fallback if the grandmother cannot help; the review "
        "conference date is 'to be confirmed'."
    ),
    "font_size": 10,
    "header": "OFFICIAL-SENSITIVE – Yoxbury Borough Council – Children's Social Care",
    "footer": "Lomax – review child protection plan, 04/11/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("kv", [
            ("Children", "Kai Lomax (11), DOB 14/10/2014, Year 6; Evie Lomax (6), DOB 27/02/2019, Year 2; "
                         "Harvey Lomax (2), DOB 09/05/2023"),
            ("Address", "27 Quarry Hill Road, Yoxbury YB7 3LS"),
            ("Parents", "Jade Lomax (31) and Wayne Lomax (38)"),
            ("Paternal grandmother", "Sheila Lomax, 2 Millers Court, Yoxbury"),
            ("Category", "Neglect (all three children)"),
            ("Initial conference", "05/08/2025"),
            ("This conference", "First review, Tuesday 04/11/2025. Chair: Graham Osei (IRO)"),
            ("Social worker", "Jenny Aldous (team manager: Paula Brandt)"),
        ]),
        ("h1", "What has changed since the initial conference"),
        ("p", "At the initial conference the house had no working cooker, there was dog mess in the kitchen and "
              "Harvey's cot had no mattress. Jade has anxiety and depression and was spending most days in bed; "
              "Wayne was drinking eight or more cans a night. Kai was getting his brother and sister up and "
              "making their breakfast."),
        ("p", "Since then a cooker and a cot mattress have been fitted and the kitchen was clean at four of the "
              "last six visits. Wayne has had nine breath tests at Yoxbury Alcohol and Drug Service and two were "
              "positive, both on a Monday. Jade has been seen by her CPN every fortnight and says she is getting "
              "up most mornings. Kai's attendance is 93% and Evie's 89%."),
        ("h1", "What the children say"),
        ("p", "Kai (seen on his own at school, 28/10/2025): “It's a bit better. Mum gets up now. I still do Harvey's "
              "breakfast on Mondays because Dad's grumpy on Mondays.” He put home at 5 out of 10, up from 2."),
        ("p", "Evie (seen at home, 23/10/2025) drew her family at the table with a big pan and said “we have tea at "
              "the table now”. She said she likes going to Nana Sheila's “because she has the best biscuits”."),
        ("p", "Harvey (seen at home, 23/10/2025) was clean and dressed; he brought the social worker his cars, went "
              "to Jade for a cuddle when he bumped his head and settled quickly."),
        ("h1", "What we want for the children"),
        ("bullets", [
            "Kai, Evie and Harvey live in a clean, warm home with food every day and a safe bed each.",
            "The children are cared for by parents who are sober and up in the morning to get them ready.",
            "Kai no longer looks after his brother and sister and has time for his friends and football.",
            "Jade will feel less anxious and more able to cope.",
        ]),
        ("pagebreak",),
        ("h1", "The plan"),
        ("p", "Each shaded row names the agency responsible for the actions beneath it."),
        ("table", {
            "header": ["Ref", "Action", "Timescale", "Proof"],
            "widths": [1.2, 7.6, 3.6, 4.6],
            "rows": [
                ["Responsible agency: Yoxbury Children's Social Care – Jenny Aldous, social worker", H, H, H],
                ["A1",
                 "Visit the children at home and see Kai and Evie on their own; one visit a month unannounced",
                 "Weekly until the next review",
                 "Visit records show all three children seen and Kai and Evie seen alone, with their words"],
                ["A2",
                 "Complete a parenting assessment of Jade and Wayne",
                 "By 12/12/2025",
                 "-"],
                ["A3",
                 "Refer Kai to Yoxbury Young Carers",
                 "By 21/11/2025",
                 "Acceptance letter and Kai's first session date on file"],
                ["Responsible agency: Yoxbury 0-19 Health Service – Anita Gill, health visitor", H, H, H],
                ["B1",
                 "Weigh Harvey and check his speech and development",
                 "Monthly at Quarry Hill clinic; next 18/11/2025",
                 "Weight in the red book stays on or above the 25th centile; development check results sent to "
                 "the SW"],
                ["B2",
                 "Home safety check: stair gate, smoke alarm and safe storage of medicines",
                 "By 28/11/2025",
                 "Gate, alarm and locked medicine box seen fitted and written up on the HV record"],
                ["Responsible agency: Yoxbury Community Mental Health Team (adult) – Rob Hale, CPN", H, H, H],
                ["C1",
                 "Continue to support Jade with her anxiety and low mood at home visits",
                 "Fortnightly",
                 "Jade engaging with the service"],
                ["C2",
                 "Psychiatric review of Jade by Dr Priya Menon, with a written report on her capacity to make "
                 "the changes the children need and the likely timescale",
                 "By 09/01/2026",
                 "Report sent to the SW and shared at the core group of 13/01/2026"],
                ["Responsible agency: Yoxbury Alcohol and Drug Service – Kerri Dunn, recovery worker", H, H, H],
                ["D1",
                 "Key-work and breath tests with Wayne, and a written report on whether his drinking is changing "
                 "in ways the children will notice",
                 "Weekly sessions; report 2 working days before each core group",
                 "Breath test results and the written report on the SW's file before every core group"],
                ["Responsible agency: Ashgrove Primary School – Mr Sunil Patel, DSL", H, H, H],
                ["E1",
                 "Check Kai's and Evie's attendance, breakfast and uniform, and phone the SW the same day "
                 "about any worry",
                 "Every school day",
                 "Attendance of 95% or more on the Friday e-mail to the SW; same-day calls logged on CPOMS"],
                ["E2",
                 "Weekly worry-box sessions for Evie with Mrs Jo Kemp, the school's emotional literacy assistant",
                 "Thursdays from 06/11/2025, 8 sessions",
                 "Session notes to the SW after sessions 4 and 8; Evie's own 1 to 5 feelings scale recorded "
                 "each week"],
                ["Responsible: Family and friends", H, H, H],
                ["F1",
                 "Make sure the children are collected from school and given a cooked tea",
                 "As and when needed",
                 "School log shows the children collected on time"],
                ["F2",
                 "Sheila Lomax (paternal grandmother) to have Harvey at Millers Court so Jade can get to her "
                 "appointments",
                 "Every Tuesday and Thursday morning",
                 "Sheila's diary, seen by the SW at the first visit each month"],
                ["Responsible: Parents – Jade and Wayne Lomax", H, H, H],
                ["G1",
                 "Keep the house clean and the fridge and cupboards stocked",
                 "Ongoing",
                 "Home conditions improve"],
                ["G2",
                 "Wayne not to drink on any day he is looking after the children",
                 "Every day from 04/11/2025",
                 "Every breath test at the Alcohol and Drug Service reads zero"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Wayne drinks on a day he is looking after the children (a positive breath test, or Jade, Kai or "
              "school tell us), he will leave the house that day to stay with his brother, and Jenny will hold a "
              "strategy discussion the same day to agree where the children will stay that night."),
        ("p", "If Jade tells anyone that she has thoughts of harming herself, the CMHT crisis team will see her "
              "the same day and Jenny will hold a strategy discussion the same day."),
        ("p", "If Wayne has another positive breath test, or the parenting assessment finds the children's needs "
              "are still not being met, Jenny will ask Paula Brandt for a legal planning meeting within 5 working "
              "days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.30pm, Ashgrove Primary: 02/12/2025, 13/01/2026.",
            "Second review child protection conference: date to be confirmed by the conference team.",
        ]),
    ],
    "findings": [
        F("M001", "Complete a parenting assessment of Jade and Wayne"),
        F("H001", "Continue to support Jade with her anxiety and low mood"),
        F("M002", "Continue to support Jade with her anxiety and low mood"),
        F("W002", "Make sure the children are collected from school"),
        F("T002", "Make sure the children are collected from school"),
        F("T002", "Keep the house clean and the fridge and cupboards"),
        F("M002", "Keep the house clean and the fridge and cupboards"),
        F("F002", "Jade will feel less anxious and more able to cope."),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan for a 4-month-old and a 3-year-old, mother with
#    epilepsy and night seizures, father's cannabis use, grandmother on his
#    night-shift nights. Markdown plan with nested bullets: theme > action >
#    Who / When / Success looks like; some single-line actions give the
#    owner in a bracket at the end. Owners after the who's-who are "Nana",
#    "the HV", "Stu". Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b122_yewley_nested_theme_bullets_success_looks_like_fairweather.md",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-markdown-plan-whos-who-list-jaxons-words-rosies-day-worries-what-needs-to-be-true-then-theme-bullets-with-nested-action-bullets-and-who-when-success-looks-like-sub-points-some-actions-one-line-with-owner-in-bracket-at-end-if-it-goes-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 4-month-old and a 3-year-old whose mother has "
        "epilepsy with night seizures (one while holding the baby) and whose father smokes cannabis. "
        "A Markdown plan with nested bullets: theme, then the action, then Who / When / Success looks "
        "like sub-points; some actions are one line with the owner in a bracket at the end ('... "
        "(the HV)', '... (Stu, Yewley Drug and Alcohol Service)'). After the who's-who owners are "
        "'Nana', 'the HV' and first names; one owner is joint ('Chantelle and Liam together'). "
        "Timescales include 'every bath time until...', 'until Rosie is 6 months old' and 'before "
        "the next core group (16 Dec)'. The epilepsy nurse and the drug service own actions, "
        "Nana's nights have a fallback, legal planning follows named triggers, dates are set."
    ),
    "text": """\
# Child Protection Plan: Rosie and Jaxon Fairweather

Yewley City Council – Children and Families – Safeguarding Team East
Initial child protection conference: Wednesday 12 November 2025 (chair: Amrit Gill, IRO)
Category: neglect (risk of physical harm)

## Who's who

- **Rosie Fairweather**, 4 months (born 14/07/2025)
- **Jaxon Fairweather**, 3 (born 02/03/2022), goes to Apple Tree Nursery
- **Chantelle Fairweather**, 23, Mum
- **Liam Cole**, 26, Dad; works nights at the Yewley distribution centre on Tuesdays and Wednesdays
- **Nana** – Beverley Fairweather, Chantelle's mum, 9 Cross Lane (ten minutes away)
- **Tasha** – Tasha Greer, social worker; team manager Neil Barr
- **The HV** – Nadia Rahman, health visitor, Yewley 0-19 Team
- **Claire** – Claire Okoro, epilepsy nurse specialist, Yewley Neurology Service (adult)
- **Stu** – Stu Maddox, recovery worker, Yewley Drug and Alcohol Service (adult)
- **Lou** – Louise Hart, Jaxon's key worker at Apple Tree Nursery
- **Dr Park** – Dr Ellis Park, GP, Yewley Medical Centre

## What Jaxon says, and Rosie's day

Jaxon talked to Tasha at nursery on 06/11/2025 with the family puppets. He made the mummy puppet lie down and
"shake shake" and said "Baby falled. I shouted Daddy." He said Nana's house has "the big bath and the cat" and
that he wants Nana to "sleep in my house every night". He said the smoke in the garden is "Daddy's stinky".

Rosie is 4 months old. On visits she smiles at Chantelle and follows her with her eyes, and feeds well from a
bottle. On 22/10/2025 she was on Chantelle's lap on the sofa when Chantelle had a seizure, and slid to the
floor; she had a red mark on her cheek and was checked at Yewley Children's Emergency Department. The HV says
she settles fastest with Nana and now startles and cries at sudden noises.

## What we are worried about

Chantelle has epilepsy. She has had three seizures since Rosie was born, two at night and one in the day
while she was holding Rosie. She says she sometimes forgets her evening tablets when she is tired. Liam smokes
cannabis in the garden most evenings and has twice been too sleepy to wake when Rosie cried. We are worried
that Rosie could be dropped, fall or be left in the bath during a seizure, and that nobody would be awake and
sober enough to help.

## What needs to be true for Rosie and Jaxon

- Rosie is never bathed, or carried on the stairs, by an adult on their own who might have a seizure.
- Rosie and Jaxon always have an adult in the house who is awake, sober and able to help them, day and night.
- Rosie keeps growing along her centile, and Jaxon knows what to do and who to call if Mum has a seizure.

## The plan

- **Safe baths, feeds and stairs**
  - Bath Rosie only when a second adult is in the bathroom, and carry her up and down stairs in the car seat
    or sling.
    - Who: Chantelle and Liam together; Nana on Liam's work nights
    - When: every bath time, until Chantelle has been seizure-free for six months
    - Success looks like: the bath chart on the bathroom door signed by both adults after every bath, checked
      by Tasha at each visit
  - Take levetiracetam morning and evening from the blister pack, with two phone alarms, so that she is safe
    to hold, bathe and feed Rosie (Chantelle, twice daily from 12/11/2025; the pharmacy blister record and her
    seizure diary show no missed doses, and Claire checks both at every clinic).
  - See Chantelle in clinic, review her seizure diary and medication, and write to Tasha on how well her
    seizures are controlled and what that means for her caring for Rosie on her own.
    - Who: Claire (epilepsy nurse specialist)
    - When: every 4 weeks; letter before each core group
    - Success looks like: Claire's letter on file before every core group, with the number of seizures since
      the last one
- **Rosie and Jaxon growing and developing**
  - Weigh Rosie at Yewley Family Hub and plot her weight in the red book every other Thursday until Rosie is
    6 months old, then monthly; success looks like her weight staying on or near the 50th centile (the HV).
  - Refer Jaxon to speech and language therapy and share the referral with Lou before the next core group
    (16 Dec); success looks like an acceptance letter with a first appointment date on file (the HV).
  - Record Jaxon's attendance and what he says or plays out about home, and ring Tasha the same day with any
    worry.
    - Who: Lou
    - When: every session (Monday to Wednesday)
    - Success looks like: attendance of 90% or more on Lou's weekly e-mail to Tasha; every worry phoned in the
      same day and written on the nursery log
- **A home free of cannabis smoke, with a sober adult awake at night**
  - Key-work with Liam and a urine screen every fortnight, with a written report to each core group on whether
    he has stopped using and what still has to change for Rosie and Jaxon (Stu, Yewley Drug and Alcohol
    Service).
  - No cannabis at home or while looking after the children, from today.
    - Who: Liam
    - When: every day from 12/11/2025
    - Success looks like: three clear screens in a row by the review conference, and no smell of cannabis noted
      at any visit by Tasha or the HV
- **Seeing the children and hearing Jaxon**
  - Visit Rosie and Jaxon at home, one visit in three unannounced, and do puppet work with Jaxon about who he
    calls if Mum has a seizure (Tasha, weekly until the review conference; visit records show both children
    seen, where Rosie sleeps, and Jaxon's own words).
- **Nana's part**
  - Stay at the house on Tuesday and Wednesday nights while Liam is at work, and be the second adult at
    Rosie's bath and night feeds.
    - Who: Nana
    - When: every Tuesday and Wednesday night until the review conference
    - Success looks like: Nana's name on the bath chart and the night feed chart on those nights; Nana texts
      Tasha each Thursday morning
  - By 03/12/2025, teach Jaxon with picture cards to press the red button on Mum's seizure alarm and go next
    door to Mrs Bell; success looks like Jaxon showing Tasha what he would do at her next visit (Nana, with
    Tasha).

## If it goes wrong

- **If Chantelle has a seizure while on her own with Rosie or Jaxon**, or misses two evening doses in a week:
  Tasha holds a strategy discussion the same day; Chantelle is not left alone with the children until Claire
  has seen her (within 48 hours), and Nana or Liam stays with them day and night until then.
- **If Liam uses cannabis at home or while looking after the children** (a positive screen or a smell at a
  visit): Liam goes to stay with his mum in Farley that day and only visits the children while Nana or
  Chantelle is there.
- **If Nana cannot stay** (she is ill or away): Liam swaps his shifts so he is at home; if he cannot, Tasha
  arranges that day for Chantelle and the children to stay with Chantelle's sister Kayleigh, and if Kayleigh
  cannot, for Rosie and Jaxon to go together to Yewley foster carers.
- **If things are not getting better**: if Liam has two positive screens, Chantelle has another seizure while
  alone with Rosie, or Claire reports that Chantelle is not taking her medication, Tasha will ask Neil Barr
  for a legal planning meeting within 5 working days.

## Meetings

- Core group every four weeks (three weeks over Christmas), Tuesdays at 1.30pm, Yewley Family Hub:
  25/11/2025, 16/12/2025 and 20/01/2026.
- Review child protection conference: Tuesday 10/02/2026, 10am, Yewley Civic Centre.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Core group plan (second core group), neglect, mother's PTSD and
#    depression, two children, maternal aunt helping. Markdown plan with a
#    "Words and Pictures" paragraph, outcomes, and a What needs to happen |
#    Who | Review date | What will we see? table (one DONE row). Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b122_yathersby_core_group_words_pictures_review_date_table_dobson.md",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-plan-markdown-details-words-and-pictures-paragraph-reeces-view-worries-what-we-want-to-see-then-what-needs-to-happen-who-review-date-what-will-we-see-table-done-row-contingency-meetings",
    "description": (
        "Plan updated at the second core group for a 9-year-old and a 12-year-old whose mother has "
        "PTSD and depression; the maternal aunt helps at weekends. A Markdown plan with Skye's 'Words "
        "and Pictures' paragraph and a table headed What needs to happen | Who | Review date | What "
        "will we see? (dates in many forms; one referral shown as DONE). Most rows are sound (the GP, "
        "the family support worker's bedtime chart, 95% attendance). Faults: talking therapy only "
        "treats the mother and is measured by her feeling less anxious; the aunt takes Skye to the "
        "dentist 'When she can'; a passive row with '-' as its owner; a CAMHS assessment with no "
        "output; 'Family' making breakfast; 'Mood monitored' as a measure; a contingency with no "
        "trigger whose only response is to meet and discuss, no fallback for the aunt, no legal step."
    ),
    "text": """\
# Yathersby Council – Children's Social Care
## Child Protection Plan – Skye and Reece Dobson (updated at core group 2)

| | |
|---|---|
| Children | Skye Dobson (9), DOB 17/01/2016, Year 5, Yathersby Moor Primary; Reece Dobson (12), DOB 30/05/2013, Year 8, Yathersby Academy |
| Mum | Leanne Dobson (36), 11 Tanner's Yard, Yathersby YT4 9BB |
| Auntie Shona | Shona Dobson, Leanne's sister, 40 Wharf Street, Yathersby |
| Category | Neglect (both children) |
| Initial conference | 21/10/2025 (chair: Rachel Amadi, IRO) |
| This update | Core group 2, Thursday 20/11/2025 |
| Social worker | Lisa Grant (team manager: Omar Sheikh) |

## Skye's Words and Pictures

Lisa read the family's Words and Pictures story with Skye at school on 13/11/2025. When they got to the page
about Mum staying in bed, Skye coloured the curtains black and said "that's Mum's room, it's always dark". On
the page about who helps, she drew Auntie Shona with a big smile and a car, and Reece holding a frying pan.
She wrote under it: "I want Mum to come to my assembly". She said she gets hungry at school "when there's no
bread" and that she likes Fridays best because Shona picks her up.

## What Reece says

Reece (seen on his own at home, 14/11/2025) said: "I do the tea most nights, it's fine, I'm good at pasta. I
don't want Skye going to foster care." He put things at home at 4 out of 10. He wants his mum "to get better
and come out of her room".

## What we are worried about

Leanne has post-traumatic stress disorder and depression after an assault in 2023. Most days she does not
leave her bedroom. The kitchen often has no food, the children's bedding has not been washed for weeks, and
Reece is cooking for himself and Skye. Skye was absent or late 22 times last half-term and has had toothache
since the summer.

## What we want to see for Skye and Reece

- Skye and Reece have food in the house, a cooked meal every day and clean beds and clothes.
- Skye gets to school every day on time and her teeth are looked after.
- Reece no longer has to look after Skye and his mum, and has time for himself.

## The plan

| No. | What needs to happen | Who | Review date | What will we see? |
|---|---|---|---|---|
| 1 | Visit the children at home and see Skye and Reece on their own | Lisa Grant, SW | Fortnightly – next 27/11 | Visit records with each child's own words and a score out of 10 |
| 2 | Weekly CBT sessions for Leanne's PTSD at Yathersby Talking Therapies | Yathersby Talking Therapies (Pete Olsen) | Wkly from 6 Nov | Leanne feels less anxious |
| 3 | Review Leanne's antidepressant and write to the SW about her mental health history | Dr Helen Wu, GP | 28.11.25 | GP letter on the children's file |
| 4 | Have Skye and Reece for the day at Wharf Street | Shona Dobson (aunt) | Every Saturday, 10am–6pm | Shona texts Lisa each Saturday evening |
| 5 | Take Skye to the dentist about her toothache | Shona Dobson (aunt) | When she can | Dental treatment letter seen by Lisa |
| 6 | Home conditions will be checked, including food in the fridge and clean bedding | - | At every visit | Photos of the fridge and beds on the visit record |
| 7 | Assessment of Reece's emotional wellbeing and his caring role | Yathersby CAMHS | By 19 Dec | - |
| 8 | Make sure the children have breakfast before school | Family | Every school day | School breakfast log shows no hungry arrivals |
| 9 | Eight home sessions on morning and bedtime routines with Leanne and the children | Tom Hardy, family support worker | Weekly from w/c 10 Nov | Bedtime chart shows lights out by 8.30pm on 5 nights out of 7 |
| 10 | Check Skye's attendance and ring Lisa the same day if she is absent | Mr Dyer, DSL, Yathersby Moor Primary | Every school day | Attendance of 95% or more on the Friday e-mail to Lisa |
| 11 | Weekly check-in with Reece about how he is managing at home | Mrs Hale, pastoral lead, Yathersby Academy | Weekly (Thursdays) | Mood monitored |
| 12 | DONE – refer the family to Yathersby Family Support Service | Lisa Grant, SW | Done 29/10/25 | Referral accepted; Tom Hardy allocated |

## Contingency

If things get worse at home, the core group will meet and discuss next steps.

## Meetings

- Core group every six weeks, Thursdays at 2pm, Yathersby Moor Primary; next on 08/01/2026.
- Review child protection conference: Tuesday 20/01/2026, 1pm, Yathersby Town Hall.
""",
    "findings": [
        F("H001", "Weekly CBT sessions for Leanne's PTSD at Yathersby Talking Therapies"),
        F("M002", "Weekly CBT sessions for Leanne's PTSD at Yathersby Talking Therapies"),
        F("T002", "Take Skye to the dentist about her toothache"),
        F("W001", "Home conditions will be checked, including food in the fridge"),
        F("M001", "Assessment of Reece's emotional wellbeing and his caring role"),
        F("W002", "Make sure the children have breakfast before school"),
        F("M002", "Weekly check-in with Reece about how he is managing"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan for a 10-week-old, young mother's cannabis use
#    and an ex-partner with a history of domestic abuse, grandmother at home.
#    Plain-text plan with fixed-width columns whose cells wrap over several
#    lines, a Review date column in many forms, owners "the HV" and "Nana"
#    after a who's-who, and a DONE row. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b122_yorlstead_icpc_fixed_width_review_date_column_quayle.txt",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-plain-text-fixed-width-whos-who-noahs-world-worries-outcomes-then-no-what-who-review-date-how-well-know-columns-with-wrapped-cells-done-row-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 10-week-old whose 19-year-old mother smokes cannabis "
        "and whose father, her ex-partner, has been violent to her; the baby and mother live with the "
        "maternal grandmother. A plain-text plan with fixed-width columns whose cells wrap over "
        "several lines: No | What | Who | Review date | How we'll know. After a who's-who owners are "
        "'the HV', 'Nana', 'Amber' and 'Dom (SW)'; review dates come as 'Wkly to 18/2/26', 'until "
        "Noah is 6 months (10/3/26)', 'Within 10 working days of the ICPC' and 'before CG2 (7 Jan)'. One one-off row is "
        "shown as DONE. The young adults' substance service reports on change, Nana's part has a "
        "fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "text": """\
YORLSTEAD BOROUGH COUNCIL                                CHILD PROTECTION PLAN
Children's Social Care - Early Help and Safeguarding (West)
===============================================================================================
Child:          Noah Quayle, born 10/09/2025 (10 weeks)
Lives at:       6 Pinfold Close, Yorlstead YR2 5TW, with his mum and his nan
Category:       Neglect
ICPC:           Wednesday 19/11/2025 - chair Imran Haq (IRO)
===============================================================================================

WHO'S WHO
  Amber ........... Amber Quayle (19), Noah's mum
  Nana ............ Gillian Quayle (48), Amber's mum; owns 6 Pinfold Close
  Kyle ............ Kyle Benson (22), Noah's dad, Amber's ex-partner; lives in Marsh Row
  Dom (SW) ........ Dominic Fry, social worker; team manager Lesley Adams
  The HV .......... Priya Shah, health visitor, Yorlstead 0-19 Team
  Ty .............. Ty Okoye, recovery worker, Yorlstead Substance Misuse Service (18-25 Team)
  Jade (DA) ....... Jade Morris, young people's domestic abuse worker, Yorlstead Women's Aid
  DC Ward ......... DC Ian Ward, Yorlstead Police Domestic Abuse Unit

NOAH'S WORLD
  Noah is 10 weeks old. On visits he was warm, clean and fed, and followed Amber's face and
  voice. Amber talks to him all the time and he smiles back. On 04/11/2025 Dom found Noah asleep
  in his pram in the back garden at 9pm while Amber and a friend smoked cannabis at the door;
  Nana was at work. The HV says Noah feeds well but wakes often in the night, and settles
  quickest on Nana's chest. Noah cannot tell us what he wants, so this plan is built on what
  we see of his days and nights.

WHAT WE ARE WORRIED ABOUT
  Amber smokes cannabis most evenings and has fallen asleep on the sofa with Noah on her twice.
  Kyle assaulted Amber when she was 30 weeks pregnant and was given a caution; he has turned up
  at Pinfold Close three times since Noah was born, once shouting at the door.

WHAT WE WANT FOR NOAH
  1. Noah is cared for by an adult who is sober and awake whenever he is awake, and always
     sleeps on his back in his own cot.
  2. Noah is never near Kyle when Kyle is angry, and never sees or hears violence.
  3. Noah keeps growing along his centile and reaches his milestones.

THE PLAN
-----------------------------------------------------------------------------------------------
No  What                           Who            Review date      How we'll know
-----------------------------------------------------------------------------------------------
1   Visit Noah at home, one        Dom (SW)       Wkly to 18/2/26  Visit record each week: where
    visit a fortnight                                              Noah slept, who was with him,
    unannounced, and see where                                     what Amber and Nana said
    he sleeps

2   Weigh Noah and plot it in      The HV         Every other Tue  Weight on or above the 25th
    the red book at Yorlstead                     until Noah is 6  centile at each weigh
    Family Hub                                    months (10/3/26)

3   No cannabis at home, in the    Amber          Every day from   Three clear urine tests in a
    garden or while caring for                    19/11/25         row by the RCPC (18/2/26);
    Noah                                                           no smell of cannabis noted by
                                                                   Dom or the HV at any visit

4   Key-work with Amber, urine     Ty             Fortnightly;     Ty's report and test results
    tests, and a written report                   report 2 days    on Noah's file before every
    on whether she is stopping                    before each CG   core group
    and what still has to change
    for Noah

5   Do not let Kyle into the       Amber, with    From 19/11/25    Nana's door log shows every
    house or take Noah to see      Nana                            visit or call from Kyle; Dom
    him; ring 999 if he comes                                      reads it at each visit
    to the door

6   Clare's Law disclosure to      DC Ward        Within 10        Date of disclosure on Noah's
    Amber about Kyle's past,                      working days     file; police tell Dom of any
    and tell Dom within one                       of the ICPC      call-out by the next working
    working day of any call-out                                    day
    to Pinfold Close

7   Six sessions with Amber on     Jade (DA)      Weekly, by       Amber at 5 of 6 sessions;
    healthy relationships and                     14/1/26          written safety plan for
    a written safety plan for                                      Noah on file
    her and Noah

8   Be at home every evening       Nana           Nightly from     Nana signs the sleep chart
    from 6pm and check Noah's                     19/11/25         each night; Dom checks it at
    cot and Amber before she                                       each visit
    goes to bed

9   Baby massage and play          Amber          Thursdays x 6,   Group leader's attendance
    sessions at Pinfold                           from 27/11/25    sheet sent to Dom after
    Children's Centre                                              session 6

10  Family network meeting to      Dom (SW)       Before CG2       Written network plan sent to
    agree who stays with Noah                     (7 Jan)          every core group member
    if Nana is ill or away

11  DONE - 8-week check for        Dr Liu (GP)    Done 05/11/25    Normal; recorded in red book
    Noah
-----------------------------------------------------------------------------------------------

IF THINGS GO WRONG
  - If Amber is found under the influence of cannabis while caring for Noah, or has a positive
    test after a clear one: Nana cares for Noah overnight and Dom holds a strategy discussion
    the same day.
  - If Kyle comes to the house or threatens Amber: Amber or Nana rings 999; DC Ward tells Dom
    by the next working day and Dom holds a strategy discussion that day; Amber and Noah go to
    a Women's Aid refuge space the same night if Kyle knows where they are staying.
  - If Nana cannot be there in the evenings (she is on a late shift, ill or away): Amber's
    godmother, Tina Rees, stays as agreed at the network meeting; if she cannot, Dom or the
    Emergency Duty Team arranges that day for Amber and Noah to go to a Yorlstead parent and
    baby foster placement.
  - If Amber has two positive tests, or Kyle gets into the house, before the RCPC: Dom asks
    Lesley Adams for a legal planning meeting within 5 working days.

MEETINGS
  Core group ........ every 4 weeks, Wednesdays 10am, Pinfold Children's Centre:
                      CG1 03/12/2025, CG2 07/01/2026, CG3 04/02/2026
  Review conference . Wednesday 18/02/2026, 2pm, Yorlstead Civic Hall
===============================================================================================
""",
    "findings": [],
})
