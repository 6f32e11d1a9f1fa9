"""Batch 96, module o: seven fictional plans (held-out material), places beginning with "o".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: good plans in unusual layouts. Five of the seven are exemplary, each
laid out differently: a table whose first column is the measure, under an
unexpected heading ("You'll know it's working when..."); owners given only as
initials, with a "who's who" key above the table (PDF); a looked-after baby's
plan whose timescales sit in a stage column merged down beside the actions;
a case-system print with labelled lines (transfer out, kept going until the
transfer-in conference); and a Markdown outline with each action's who, when
and how-we'll-know as nested bullets. The other two carry a realistic mix of
faults among good rows: a PDF ICPC plan split into domain tables (substance
misuse, grandmother and great-aunt carrying the plan) and a Word review plan
with the lead agency merged down its first column, in which parts of the plan
wait for a transfer to another authority. Parental illness, substance misuse,
domestic abuse, neglect, a premature baby on a neonatal unit and transfers
between authorities.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, 7-week-old baby, mother with severe postnatal depression.
#    Measure column first, headed "You'll know it's working when...".
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b96_ottenby_icpc_evidence_first_column_pnd_baby_hartigan.docx",
    "doc_title": "Child Protection Plan - Maisie Hartigan",
    "split": "heldout",
    "actions": 9,
    "template": "icpc-word-plan-case-details-worries-strengths-babys-day-outcomes-then-four-column-table-with-the-measure-column-first-headed-youll-know-its-working-when-contingency-core-group",
    "description": (
        "Exemplary initial conference plan for a 7-week-old whose mother has severe postnatal depression "
        "with intrusive thoughts of harming her; the father works nights and the maternal grandmother "
        "covers those nights. The action table puts the measure first, under the heading \"You'll know "
        "it's working when...\", before the action, who and by when. Every row has a named owner, a "
        "specific timescale and something that can be seen or counted; both perinatal mental health rows "
        "assess and report on change; the contingency covers the grandmother being unavailable and names "
        "a legal planning meeting; core group dates and the review date are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ottenby Borough Council · Children's Services · Safeguarding and Family Support (North)"),
        ("kv", [
            ("Child", "Maisie Hartigan, born 27/05/2025 (7 weeks)"),
            ("Address", "14 Weaver Close, Ottenby OT3 6TD"),
            ("Mother", "Chloe Hartigan (27)"),
            ("Father", "Ryan Doyle (29), lives at the address; works nights (Sunday to Thursday) at a "
                       "distribution warehouse"),
            ("Maternal grandmother", "Sandra Bell, 2 Mill Rise, Ottenby (ten minutes' drive)"),
            ("Category", "Neglect"),
            ("Initial child protection conference", "16/07/2025, Ottenby Civic Centre"),
            ("Conference chair", "Deborah Ince, Child Protection Chair"),
            ("Social worker", "Nadia Pereira (team manager Owen Gilchrist)"),
        ]),
        ("h1", "Why Maisie needs a child protection plan"),
        ("p", "On 30/06/2025 Chloe told her health visitor that she had been having thoughts of putting a "
              "pillow over Maisie's face \"to make the crying stop\", and that she was frightened she might act "
              "on them when Ryan was at work. She was seen by the Ottenby Perinatal Mental Health Team the same "
              "day and diagnosed with severe postnatal depression. She had been prescribed sertraline by her GP "
              "in June but had stopped taking it after a week. Between her 2-week and 5-week weighs Maisie "
              "dropped from the 50th to the 25th centile, and on two visits she was found in a wet nappy that "
              "had not been changed for several hours. Chloe is alone with Maisie from 9pm to 7am on the five "
              "nights a week that Ryan works."),
        ("h1", "What is working well"),
        ("p", "Chloe asked for help herself and has taken her sertraline every day since 01/07/2025. Ryan has "
              "told his employer about the plan and can take short-notice leave. Sandra has stayed at Weaver "
              "Close on every night Ryan has worked since 01/07/2025. Maisie's weight has gone up at each weigh "
              "since 07/07/2025."),
        ("h1", "Maisie's day: what we have seen"),
        ("p", "Maisie is 7 weeks old and cannot tell us what life is like for her, so professionals have written "
              "down what they have seen. On the health visitor's visit on 08/07/2025 Maisie fed well from a "
              "bottle held by Ryan and settled on his chest. On the social worker's visit on 11/07/2025 she "
              "cried for several minutes in her bouncer while Chloe sat with her head in her hands; when Sandra "
              "picked her up and talked to her she stopped crying and watched Sandra's face. She has started to "
              "smile at Sandra and Ryan. She has a red rash where her nappy was left on too long."),
        ("h1", "What we want for Maisie"),
        ("numbers", [
            "Maisie is never alone at night with Chloe until the perinatal team says it is safe; a well adult "
            "is always with her overnight.",
            "Maisie is fed on time and keeps gaining weight, staying on or above the 25th centile.",
            "Maisie is picked up, talked to and comforted when she cries, by parents who understand her cues.",
            "Maisie sleeps safely, on her back, in her own cot, and her nappy is changed often enough that her "
            "skin heals.",
        ]),
        ("h1", "The plan"),
        ("p", "Read each row from left to right: what we will see, what will happen, who will do it and by when."),
        ("table", {
            "header": ["You'll know it's working when...", "What will happen", "Who will do it", "By when"],
            "widths": [4.8, 4.8, 3.8, 3.6],
            "rows": [
                ["Visit records show Maisie seen awake and undressed, where she slept and when she was last "
                 "fed; at least one visit each month is unannounced",
                 "Visit Maisie at home and see her with Chloe and with Ryan",
                 "Nadia Pereira, social worker",
                 "Every 10 working days from 21/07/2025"],
                ["Maisie's weight is plotted in the red book at every visit and stays on or above the 25th "
                 "centile",
                 "Weigh Maisie, watch a feed, and show Chloe and Ryan how to read Maisie's hunger and tired cues",
                 "Gemma Lacey, health visitor",
                 "Weekly until 24/09/2025, then every 2 weeks"],
                ["A written report reaches the SW 3 working days before each core group, saying how Chloe's mood "
                 "and intrusive thoughts have changed and how long she is likely to need before she can care for "
                 "Maisie alone at night",
                 "See Chloe at home and assess whether she can make the changes Maisie needs, and how quickly",
                 "Dr Anjali Rao, consultant perinatal psychiatrist, Ottenby Perinatal Mental Health Team",
                 "Every 2 weeks from 18/07/2025"],
                ["The CPN's notes, sent to the SW after each visit, record whether Chloe took her sertraline, her "
                 "mood score and how she was with Maisie; any rise in risk to Maisie is phoned through the same day",
                 "Visit Chloe, go through her medication and safety plan, and assess whether her care of Maisie "
                 "is changing",
                 "Joanne Whitaker, community psychiatric nurse (CPN), Ottenby Perinatal Mental Health Team",
                 "Weekly, on Wednesdays"],
                ["A GP letter to the SW after each appointment says whether the dose has changed and what that "
                 "means for Chloe's care of Maisie",
                 "Review Chloe's sertraline and her physical recovery after Maisie's birth",
                 "Dr Martin Haig, GP, Weaver Lane Surgery",
                 "Every 4 weeks, first on 25/07/2025"],
                ["Sandra signs the night rota on the fridge each morning; the SW and HV check it at every visit; "
                 "Ryan sends his shift pattern to the SW each Friday",
                 "Stay overnight at Weaver Close on every night Ryan works, so that Chloe is never alone with "
                 "Maisie at night",
                 "Sandra Bell, maternal grandmother",
                 "Sunday to Thursday nights, 9pm to 7am, from 16/07/2025"],
                ["The red book and GP record show the 8-week check and first immunisations done; Ryan texts the "
                 "SW the same day",
                 "Take Maisie to her 8-week baby check and first immunisations",
                 "Ryan Doyle, father",
                 "By 01/08/2025"],
                ["The HV and SW see Maisie's cot in her parents' room, with no pillows, bumpers or toys in it, at "
                 "every visit and write it down",
                 "Put Maisie down on her back in her own cot for every sleep, day and night",
                 "Chloe Hartigan and Ryan Doyle",
                 "Every sleep, from 16/07/2025"],
                ["Session register signed each week; the family support worker's notes after each session "
                 "describe how Chloe and Maisie played and how Chloe soothed her",
                 "Baby massage and 'Chatter Matters' sessions for Chloe and Maisie at Ottenby Family Hub",
                 "Lena Ford, family support worker, Ottenby Family Hub",
                 "Weekly on Tuesdays, 22/07/2025 to 23/09/2025"],
            ],
        }),
        ("h1", "If things go wrong (contingency plan)"),
        ("bullets", [
            "If Sandra cannot stay on a night Ryan is working, Ryan will stay at home that night (his employer "
            "has agreed short-notice leave) or Chloe and Maisie will sleep at Sandra's house. If neither is "
            "possible, Maisie will not be left alone with Chloe overnight: the SW, or the Emergency Duty Team "
            "out of hours, will place her with Ryan's sister, Aoife Doyle, or, if Aoife cannot have her, in an "
            "emergency foster placement that night.",
            "If Chloe tells anyone she has thoughts of harming Maisie and feels she might act on them, or she "
            "stops taking her sertraline, the perinatal team will assess her the same day, Maisie will be cared "
            "for only by Ryan or Sandra, and the SW will hold a strategy discussion the same day.",
            "If Maisie's weight falls below the 9th centile, or she has any injury that has not been explained, "
            "the HV will take her to the Paediatric Assessment Unit at Ottenby General Hospital the same day and "
            "tell the SW.",
            "If any of these happens twice, or if the perinatal team's report to the review conference says "
            "Chloe is not making the changes Maisie needs, the SW will request a legal planning meeting (Public "
            "Law Outline) within 5 working days.",
        ]),
        ("h1", "Core group and review"),
        ("p", "The core group (Chloe, Ryan, Sandra, the SW, HV, perinatal team, GP and family hub) will meet every "
              "4 weeks at Ottenby Family Hub: 30/07/2025, 27/08/2025 and 24/09/2025, at 10am. The review child "
              "protection conference will be held on 08/10/2025 at Ottenby Civic Centre."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review plan, domestic abuse, two children. Owners are initials
#    only, with a "who's who" key. Exemplary (PDF with header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b96_owlsmere_rcpc_initials_key_lead_column_da_brennan.pdf",
    "doc_title": "Review Child Protection Plan - Tyler and Layla Brennan-Walsh",
    "split": "heldout",
    "actions": 10,
    "template": "rcpc-pdf-whos-who-initials-key-then-numbered-action-table-whose-lead-column-holds-only-initials-header-footer",
    "description": (
        "Exemplary first review plan for two children (9 and 6) after domestic abuse by their father, who "
        "has left the home and has supervised contact. A \"who's who\" key gives each professional and "
        "parent a set of initials, and the action table's Lead column holds only those initials. Every "
        "row has an owner, a date or frequency and written evidence; the children's words are recorded; "
        "the contingency has specific triggers, police and a named carer with a foster fallback, and a "
        "legal planning meeting; core group and review dates are set."
    ),
    "header": "OFFICIAL – SENSITIVE · Owlsmere City Council · Children's Services",
    "footer": "Brennan-Walsh children – review plan 24/07/2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("table", {
            "header": ["Children", "Lives with", "Plan started", "This review"],
            "widths": [7.0, 6.2, 6.0, 6.5],
            "rows": [
                ["Tyler Brennan-Walsh (9), born 11/02/2016\nLayla Brennan-Walsh (6), born 30/09/2018",
                 "Kerry Brennan (mum), 12 Kestrel Way, Owlsmere OW2 5LP",
                 "05/05/2025 (category: emotional abuse)",
                 "24/07/2025, chaired by Graham Oyelowo"],
            ],
        }),
        ("h2", "Who's who in this plan"),
        ("p", "The Lead column of the plan uses these initials."),
        ("table", {
            "header": ["Initials", "Name", "Role and agency"],
            "widths": [2.5, 6.0, 17.2],
            "rows": [
                ["RA", "Rachel Adeyemi", "Social worker, Owlsmere Children's Services, Safeguarding Team 2"],
                ["JT", "Jo Tranter", "Independent domestic violence adviser (IDVA), Owlsmere Safe Futures"],
                ["SP", "DC Sam Pryce", "Owlsmere Police, Domestic Abuse Safeguarding Unit"],
                ["CF", "Carol Finch", "Designated safeguarding lead, St Aidan's C of E Primary School"],
                ["BN", "Bea Nolan", "Children's worker, Owlsmere Safe Futures"],
                ["PG", "Paula Grant", "Contact supervisor, Owlsmere Family Centre"],
                ["MK", "Martin Kaye", "Facilitator, 'Changing Patterns' domestic abuse perpetrator programme"],
                ["KB", "Kerry Brennan", "Mum"],
                ["LW", "Lee Walsh", "Dad (lives at 40b Harbour Street; non-molestation order until 14/04/2026)"],
            ],
        }),
        ("h1", "Why the children have a plan"),
        ("p", "On 12/04/2025 police were called to 12 Kestrel Way after Lee strangled Kerry in the kitchen while "
              "Tyler and Layla were upstairs. Tyler rang 999. There had been four earlier call-outs since 2022. "
              "Lee left the home that night and Kerry obtained a non-molestation order on 14/04/2025. Lee sent "
              "Kerry more than 60 messages in May, several of them through Tyler's tablet."),
        ("h1", "What has changed since the plan started"),
        ("p", "Kerry has kept Lee out of the home and reported every message to the police. Lee has been to every "
              "supervised contact since 07/06/2025 and has accepted a place on a perpetrator programme. Tyler's "
              "sleep is better, but he still checks the front door is locked several times each evening."),
        ("h1", "What Tyler and Layla have told us"),
        ("p", "Tyler (seen alone at school, 15/07/2025): \"I still hear the shouting in my head when I go to bed. "
              "I like seeing Dad at the centre because Paula is there. I don't want him to come home, not yet.\" "
              "In his three houses he put \"Mum laughs more\" in the house of good things and \"the night it "
              "happened\" in the house of worries."),
        ("p", "Layla (seen alone at home, 17/07/2025) drew Dad with \"a cross face\" and said, \"Daddy is nice at "
              "the centre. I like it when Mummy reads to me in bed.\" She asked if she could have her own key to the door "
              "\"so the bad things can't get in\"."),
        ("h1", "What we want for Tyler and Layla"),
        ("bullets", [
            "Tyler and Layla live at home without seeing or hearing any more abuse.",
            "Tyler and Layla see their dad only when it is safe and supervised, and stop contact if they want to.",
            "Tyler sleeps through the night and no longer feels he has to guard the front door.",
            "Layla understands that what happened was not her fault.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "What needs to happen", "Lead", "When", "What we will see"],
            "widths": [1.2, 9.0, 1.8, 5.2, 8.5],
            "rows": [
                ["1", "Visit Tyler and Layla at home, see each child on their own, and do a 'three houses' "
                      "session with each of them once a month",
                 "RA", "Every 3 weeks from 31/07/2025",
                 "Visit records on LCS show both children seen alone; their three houses kept on file and "
                 "shared at core group"],
                ["2", "Go through Kerry's DASH risk assessment and safety plan with her, including what she and "
                      "the children will do if Lee comes to the house",
                 "JT", "By 08/08/2025, then every 6 weeks",
                 "Updated DASH score and written safety plan sent to RA within 2 working days of each review"],
                ["3", "Keep the urgent-response marker on 12 Kestrel Way and tell RA of any call-out or breach of "
                      "the non-molestation order",
                 "SP", "Marker checked by 31/07/2025; any call-out reported the same day",
                 "Marker confirmation email on file; incident log sent to RA within 24 hours of any call-out"],
                ["4", "Have the new front door lock, door chain and video doorbell fitted under the Sanctuary "
                      "scheme",
                 "KB", "By 15/08/2025",
                 "RA sees the lock, chain and doorbell working at the next home visit"],
                ["5", "Complete the 'Changing Patterns' domestic abuse perpetrator programme (20 weekly group "
                      "sessions)",
                 "LW", "Starts 03/09/2025; finishes by 14/01/2026",
                 "MK sends RA the attendance record monthly and an end report on Lee's risk and his "
                 "understanding of the harm to Tyler and Layla"],
                ["6", "Supervise Lee's contact with Tyler and Layla at Owlsmere Family Centre, and end any "
                      "session if Lee talks about Kerry or the court case",
                 "PG", "Every other Saturday, 10am to 12 noon",
                 "Written contact record sent to RA within 2 working days, noting what the children said and "
                 "how they were"],
                ["7", "Meet Tyler each week in the school's Safe Space room, and pass on anything Tyler or Layla "
                      "say or show about home",
                 "CF", "Weekly in term time from 03/09/2025; worries passed on the same day",
                 "Notes of each meeting and every concern on CPOMS; copy to RA each Friday"],
                ["8", "Run the 8-week 'Feelings Detectives' group for Layla and 1:1 sessions for Tyler about what "
                      "happened at home",
                 "BN", "Weekly from 05/08/2025 to 23/09/2025",
                 "Session records and each child's end-of-group 'my voice' sheet shared with RA and the core "
                 "group"],
                ["9", "Complete the 12-week Freedom Programme so she can spot controlling behaviour and keep Tyler "
                      "and Layla safe",
                 "KB", "Thursdays, 04/09/2025 to 20/11/2025",
                 "Attendance certificate and the facilitator's end report sent to RA"],
                ["10", "Tell RA about any contact from Lee, by phone, message, online or in person, outside the "
                       "family centre",
                 "KB", "Within 24 hours of any contact",
                 "Each contact logged by RA on LCS; police told of every breach of the order"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Lee comes to 12 Kestrel Way, contacts Kerry or the children outside the family centre, or "
              "breaches the non-molestation order in any other way, Kerry will ring 999, SP will arrange Lee's "
              "arrest for the breach, RA will hold a strategy discussion the same day and contact will stop until "
              "a new risk assessment has been agreed."),
        ("p", "If Kerry lets Lee back into the home or takes the children to meet him, RA will visit the same day "
              "and Tyler and Layla will stay with Kerry's sister, Dawn Brennan (3 Ash Row), while a strategy "
              "discussion decides what happens next. If Dawn cannot have them, RA will arrange an emergency "
              "foster placement that day. RA will then request a legal planning meeting within 5 working days."),
        ("p", "If by the next review conference Lee has not started the programme, or the children are still "
              "telling us about abuse at home, RA will request a legal planning meeting (legal gateway)."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks at St Aidan's C of E Primary: 14/08/2025, 11/09/2025, 09/10/2025 and "
              "06/11/2025, at 9.30am. Next review child protection conference: 21/11/2025 at Owlsmere "
              "Council House."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. ICPC plan for a premature baby on a neonatal unit, looked after under
#    section 20; mother on methadone. Timescales are stages in a first column
#    merged down beside each group of actions. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b96_osterfold_lac_nnu_stage_column_merged_fairbairn.docx",
    "doc_title": "Child Protection Plan - Baby Ruby Fairbairn",
    "split": "heldout",
    "actions": 10,
    "template": "looked-after-baby-cp-plan-docx-stage-and-timescale-column-merged-down-beside-each-group-of-actions-who-what-will-show-it-has-happened",
    "description": (
        "Exemplary initial conference plan for a baby born at 29 weeks, accommodated under section 20 and "
        "still on the neonatal unit; her mother used heroin in pregnancy and is on methadone. The "
        "timescales sit in a first column merged down beside each group of actions (\"while Ruby is on the "
        "neonatal unit\", \"first 6 weeks after discharge\"), with frequencies in the action text. The social "
        "worker visits twice a week on the unit, the drug service tests and assesses, the contingency "
        "covers relapse, withdrawal of consent and the foster carer falling through, with legal planning; "
        "core group, looked-after review and conference dates are set."
    ),
    "check_vmerge": 2,
    "blocks": [
        ("title", "Child Protection Plan for a Looked-After Baby"),
        ("p", "Osterfold County Council – Children in Care Service and Safeguarding Service (joint plan)"),
        ("table", {
            "header": ["Ruby's details", H],
            "widths": [5.0, 12.0],
            "bold_first_col": True,
            "rows": [
                ["Name", "Ruby Fairbairn, born 02/07/2025 at 29 weeks + 3 days (corrected age now 32 weeks)"],
                ["Where Ruby is", "Neonatal Unit (Lark Ward), Osterfold General Hospital"],
                ["Legal status", "Accommodated under section 20, Children Act 1989, since 04/07/2025, with her "
                                 "mother's written agreement"],
                ["Mother", "Jade Fairbairn (24), 7 Tenby Road, Osterfold OS4 2JW"],
                ["Father", "Not named on the birth certificate; Jade says he is not involved"],
                ["Planned carer on discharge", "Lorna Pike, foster carer, Osterfold Fostering"],
                ["Conference", "Initial child protection conference, 22/07/2025 (chair: Maureen Tate)"],
                ["Social worker", "Priya Chandran, Children in Care Team (IRO: Fiona Kerr)"],
            ],
        }),
        ("h1", "What we are worried about"),
        ("p", "Jade used heroin and crack cocaine throughout her pregnancy and had no antenatal care until 26 weeks. "
              "Ruby was born early and has been treated for neonatal abstinence syndrome. Jade started a methadone "
              "script in June 2025. Her two older children were adopted in 2021 after care proceedings in which "
              "drug use and neglect were the main concerns. On 10/07/2025 she came onto the unit smelling of "
              "cannabis and fell asleep holding Ruby."),
        ("h1", "What is going well"),
        ("p", "Jade has visited Ruby on all but two days and has learned to do her tube feeds. Her methadone is "
              "taken under supervision and her last three tests were clear of heroin. Lorna has cared for two "
              "babies with neonatal abstinence syndrome before."),
        ("h1", "Ruby's experience"),
        ("p", "Ruby is in an incubator and cannot tell us how she feels, so her nurses and the SW have written "
              "down what they see. Ruby startles and cries at loud noises and is calmer when swaddled and held "
              "skin to skin. She settled on Jade's chest for over an hour on 15/07/2025 and took her whole "
              "bottle. When Jade was drowsy on 10/07/2025 Ruby's breathing alarm went off twice. She now weighs "
              "1.52 kg and has moved from an incubator to a heated cot."),
        ("h1", "What we want for Ruby"),
        ("bullets", [
            "Ruby is visited by her social worker and gets to know her foster carer before she leaves hospital.",
            "Ruby goes home from hospital to a carer who can feed and settle her and knows what to do if she is "
            "unwell.",
            "Ruby keeps gaining weight along her corrected-age centile.",
            "Ruby spends safe, regular time with her mum, who is only ever with her when sober.",
        ]),
        ("h1", "The plan"),
        ("p", "The first column gives the stage and timescale for every action beside it."),
        ("table", {
            "header": ["Stage and timescale", "Action", "Who", "What will show it has happened"],
            "widths": [3.2, 5.6, 3.6, 4.6],
            "rows": [
                ["STAGE 1\nWhile Ruby is on the neonatal unit: 22/07/2025 until her discharge (expected in the "
                 "week beginning 18/08/2025)",
                 "Visit Ruby on the neonatal unit twice a week, see her in her cot or being held, and speak to "
                 "the nurse caring for her",
                 "Priya Chandran, social worker",
                 "LCS visit record for each visit, with Ruby's weight, feeds and what the nurses report"],
                [V, "Visit Ruby on the unit at least three times a week to learn her care: tube and bottle "
                    "feeds, bathing and baby basic life support",
                 "Lorna Pike, foster carer",
                 "Parent-craft checklist signed off by the nurses before discharge; copy to the SW"],
                [V, "Spend time with Ruby on the unit every afternoon from 2pm to 4pm, with the family care "
                    "nurse present",
                 "Jade Fairbairn (mum), supervised by Ann Wolfe, family care sister",
                 "Contact sheet on the unit for each visit: arrival time, whether Jade seemed under the "
                 "influence, and how she fed and settled Ruby"],
                [V, "Supervise Jade's daily methadone, test her every week and assess whether she can stay off "
                    "heroin and street drugs well enough to care for Ruby",
                 "Kelly Harrop, recovery worker, Osterfold Drug and Alcohol Service (ODAS)",
                 "Weekly test results sent to the SW; written assessment of Jade's capacity to change sent "
                 "before the discharge planning meeting"],
                [V, "Treat Ruby's neonatal abstinence syndrome and plan her medical follow-up after discharge",
                 "Dr Tom Whitlow, consultant neonatologist, Osterfold General Hospital",
                 "Ruby's withdrawal scores and weight on the unit chart; discharge summary sent to the SW, HV "
                 "and GP on the day she leaves"],
                [V, "Chair a discharge planning meeting on the unit with Lorna, Jade, the HV and ODAS, at least "
                    "5 days before Ruby leaves",
                 "Priya Chandran, social worker",
                 "Written discharge plan, signed by Lorna and Jade, given to everyone at the meeting"],
                ["STAGE 2\nFirst 6 weeks after Ruby goes to Lorna's: from discharge to 30/09/2025",
                 "Visit Ruby at Lorna's home every week and see her awake, fed and changed",
                 "Priya Chandran, social worker",
                 "LCS visit record for each visit, including where Ruby sleeps and her latest weight"],
                [V, "New-birth review at the foster home, then weigh Ruby every week and plot her corrected-age "
                    "centile",
                 "Sue Akers, health visitor, Osterfold 0-19 Service",
                 "Weights in Ruby's red book and on the HV record; copy to the SW after each weigh"],
                [V, "Supervise Jade's contact with Ruby at Osterfold Family Centre three times a week (Monday, "
                    "Wednesday and Friday, 10am to 12 noon)",
                 "Dean Hollis, contact supervisor, Osterfold Family Centre",
                 "Contact record sent to the SW within 2 working days, noting Jade's arrival time, how she "
                 "seemed and how Ruby responded"],
                [V, "Carry on daily supervised methadone and weekly tests, and write a second assessment of "
                    "Jade's progress",
                 "Kelly Harrop, ODAS",
                 "Second written assessment sent to the SW by 26/09/2025, with every test result since "
                 "22/07/2025"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Jade arrives for contact under the influence, or a test shows heroin or crack cocaine, that "
            "contact will stop, the nurse or contact supervisor will tell the SW the same day, contact will "
            "return to fully supervised sessions at the family centre only, and the SW will request a legal "
            "planning meeting within 5 working days.",
            "If Jade withdraws her agreement to section 20 or tries to take Ruby from the unit, ward staff will "
            "call the police and the SW will apply for an emergency protection order the same day.",
            "If Lorna cannot take Ruby on the day she is ready to leave hospital, Ruby will stay on the unit "
            "until Osterfold Fostering has found and trained another foster carer, and the SW's twice-weekly "
            "visits on the unit will carry on until she leaves.",
            "If by the review conference Jade has had any test positive for heroin or crack cocaine, or has "
            "missed more than two contacts in any 4 weeks, the SW will request a legal planning meeting to "
            "decide whether to issue care proceedings.",
        ]),
        ("h1", "Meetings and reviews"),
        ("bullets", [
            "Core group every 4 weeks on Lark Ward (after discharge at Osterfold Family Centre): 05/08/2025, "
            "02/09/2025 and 30/09/2025, at 2pm.",
            "Ruby's first looked-after review, chaired by her IRO Fiona Kerr: 31/07/2025 on Lark Ward.",
            "Review child protection conference: 21/10/2025 at County Hall, Osterfold.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Review plan, father's alcohol misuse and neglect, family moving to
#    another authority. Case-system print with labelled lines; every action
#    runs until the transfer-in conference. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b96_orvingham_rcpc_case_system_print_labelled_lines_transfer_szymanski.txt",
    "split": "heldout",
    "actions": 9,
    "template": "case-management-system-print-labelled-lines-action-responsible-target-evidence-status-transfer-out",
    "description": (
        "Exemplary review plan printed from the case system for a 13-year-old and a 7-year-old whose father "
        "drinks heavily; the family is moving to another authority. Each action is a block of labelled "
        "lines (Action / Responsible / Target / Evidence / Status). Every action runs until the receiving "
        "authority's transfer-in conference, with a joint visit, a transfer pack and handovers; the "
        "alcohol service tests and reports; the children's own words are recorded; the contingency keeps "
        "the plan going if the transfer slips and names legal planning; core group and review dates are set."
    ),
    "text": """\
ORVINGHAM COUNCIL                                              CHILDREN'S SOCIAL CARE
LCS > Case record > Child Protection Plan > Print view
Printed 05/06/2025 09:42 by KMORLEY                                          Page 1 of 1
=======================================================================================

PLAN HEADER
-----------
Case ref .............: LCS-0083316 (Oliwia) / LCS-0083317 (Kacper)
Plan type ............: Child Protection Plan - review (transfer out)
Plan agreed at .......: Review child protection conference, 03/06/2025
Chair ................: Lorraine Quist, CP Chair
Category .............: Neglect
Children .............: Oliwia SZYMANSKA, F, DOB 19/01/2012 (13)
                        Kacper SZYMANSKI, M, DOB 08/10/2017 (7)
Address ..............: 22 Foundry Lane, Orvingham OV6 3RT
Moving to ............: 5 Copse View, Kestrelford KF2 9AB (tenancy starts 04/07/2025)
Mother ...............: Agnieszka SZYMANSKA (38), senior care assistant, day shifts
Father ...............: Piotr SZYMANSKI (41), not working; first language Polish,
                        interpreter used at conference
Allocated SW .........: Karen Morley, Safeguarding Team 3 (TM: Ian Brooke)
Receiving authority ..: Kestrelford City Council. Transfer request accepted 28/05/2025.
                        Transfer-in conference booked for 18/07/2025.

CONCERNS (summary from conference)
----------------------------------
Piotr drinks a litre of vodka most days. Since January Oliwia has twice found him
unconscious on the kitchen floor and once rang 999 herself. Agnieszka works long day
shifts and Oliwia gets Kacper up, gives him breakfast and takes him to school. Kacper
has been collected from school by Oliwia, aged 13, or by Piotr when he smelled of alcohol.
Oliwia's attendance has fallen to 84% and she has been late 31 times this year.

WHAT IS WORKING WELL
--------------------
Piotr has been to 5 of 6 Step Forward appointments since April and his breath tests
at the last two were 0.00. Agnieszka has changed her shifts so that she is home by 6pm.
Kacper's attendance is 97%. Both children say they feel safe with their mum.

CHILDREN'S WISHES AND FEELINGS
------------------------------
Oliwia (seen alone, 28/05/2025): "I don't want to be the one who checks if Tata is
breathing. I want to go to the new school and just be normal. I'm scared that in
Kestrelford nobody will know about us and it'll all start again."
Kacper (seen alone, 29/05/2025): drew the new house with "Mama, me, Oliwia and Tata
when he's not poorly". He said the best thing is "Mama picks me up now" and the worst
is "when Tata falls down".

OUTCOMES FOR OLIWIA AND KACPER
-----------------------------
OC1  Oliwia and Kacper are always cared for by a sober adult.
OC2  Oliwia goes to school every day and is not responsible for Kacper or for Piotr.
OC3  Kacper is taken to and collected from school by a sober adult every day.
OC4  The move to Kestrelford happens without any gap in who sees the children and checks
     they are safe.

PLAN ACTIONS
------------
Action no. .....: 01
Action .........: Visit Oliwia and Kacper at home, see each child alone, and make one
                  joint visit with the Kestrelford social worker at 5 Copse View
Responsible ....: Karen Morley, Social Worker, Orvingham Safeguarding Team 3
Target .........: Every 2 weeks from 05/06/2025 until the transfer-in conference on
                  18/07/2025; joint visit by 11/07/2025
Evidence .......: Visit records on LCS show both children seen alone and what they said;
                  joint visit recorded by both authorities
Status .........: Open

Action no. .....: 02
Action .........: Send the transfer pack (this plan, conference minutes, chronology, child
                  and family assessment, core group notes) to Kestrelford's CP Chair and
                  team manager
Responsible ....: Karen Morley, SW; signed off by Ian Brooke, Team Manager
Target .........: By 13/06/2025
Evidence .......: Kestrelford's written receipt, confirming the 18/07/2025 conference
                  date, saved on LCS
Status .........: Open

Action no. .....: 03
Action .........: Alcohol key work with Piotr, a breath test at every appointment, and a
                  written report on his drinking and his capacity to change for
                  Oliwia and Kacper
Responsible ....: Marek Nowicki, recovery worker, Step Forward (Orvingham Alcohol and
                  Drug Service)
Target .........: Every 2 weeks; report by 04/07/2025
Evidence .......: Breath test results sent to the SW after each appointment; report shared
                  with the core group and the Kestrelford SW
Status .........: Open

Action no. .....: 04
Action .........: Arrange a joint handover appointment for Piotr with Kestrelford's
                  alcohol service, so his treatment carries on without a gap after the move
Responsible ....: Marek Nowicki, Step Forward
Target .........: Before moving day, 04/07/2025
Evidence .......: Appointment letter from the Kestrelford service on file; date of his
                  first Kestrelford appointment given to the SW
Status .........: Open

Action no. .....: 05
Action .........: Drink no alcohol at all while caring for Oliwia or Kacper, and agree to a
                  breath test at every SW visit
Responsible ....: Piotr Szymanski (father)
Target .........: Every day; breath test at each SW visit
Evidence .......: Readings of 0.00 recorded at every SW visit and every Step Forward
                  appointment; the children tell the SW they have not found Tata drunk
Status .........: Open

Action no. .....: 06
Action .........: Make sure Kacper is taken to school and collected by herself or by their
                  neighbour Mrs Ewa Kowal, and never by Oliwia or by Piotr
Responsible ....: Agnieszka Szymanska (mother)
Target .........: Every school day until 03/07/2025, then at Kacper's new school from
                  07/07/2025
Evidence .......: School collection log signed by the adult who collects Kacper, checked
                  by the SW every week
Status .........: Open

Action no. .....: 07
Action .........: Meet Oliwia every week to talk about home and the move, tell the SW the
                  same day about any worry, and send her CP file to her new school
Responsible ....: Mr Darren Cole, DSL, Orvingham High School
Target .........: Weekly until her last day on 03/07/2025; CP file within 5 school days
                  of her leaving
Evidence .......: Meeting notes on CPOMS sent to the SW each Friday; signed receipt for the
                  CP file from the Kestrelford school's DSL
Status .........: Open

Action no. .....: 08
Action .........: Check Kacper's attendance and how he presents every day, and send his CP
                  file to his new school
Responsible ....: Mrs Sarah Linton, DSL, St Mary's Primary, Orvingham
Target .........: Daily until 03/07/2025; CP file within 5 school days of his last day
Evidence .......: Attendance figures emailed to the SW every Friday; signed receipt for the
                  CP file from the new school
Status .........: Open

Action no. .....: 09
Action .........: Young carer's assessment and 1:1 sessions with Oliwia, then a handover
                  meeting with Kestrelford Young Carers with Oliwia there
Responsible ....: Hannah Pugh, Young Carers worker, Orvingham Carers Centre
Target .........: Assessment by 20/06/2025; sessions every 2 weeks; handover by 11/07/2025
Evidence .......: Assessment and Oliwia's own 'about me' sheet shared with the SW and, with
                  her agreement, with Kestrelford Young Carers
Status .........: Open

CONTINGENCY
-----------
If Piotr drinks while caring for the children (a positive breath test, smelling of
alcohol, or the children telling anyone he has been drinking), he will leave the home
that day and stay with his brother Tomasz in Orvingham; Agnieszka has agreed to this.
If Agnieszka is at work, Oliwia and Kacper will go to Mrs Kowal until she gets home. If
Mrs Kowal cannot have them, the SW (or the Emergency Duty Team out of hours) will
arrange for a foster carer to look after them until Agnieszka is home, and will hold a
strategy discussion the same day.
If the move is delayed or Kestrelford has not held the transfer-in conference by
18/07/2025, Orvingham keeps full responsibility: every action above carries on at the
same frequency, the core group keeps meeting every 3 weeks and the Orvingham review
conference below stands.
If Piotr has a positive breath test twice, or the Step Forward report says he is not
making the changes the children need, the SW will request a legal planning meeting
within 5 working days, before the case transfers.

CORE GROUP / REVIEW
-------------------
Core group .......: every 3 weeks - 17/06/2025 and 08/07/2025 (10am, Orvingham Hub);
                    the Kestrelford SW joins the 08/07/2025 meeting by Teams
Transfer-in conf .: 18/07/2025, Kestrelford City Council (receiving authority)
Review conference : 02/12/2025, Orvingham Civic Offices, if the case has not transferred

=======================================================================================
END OF PRINT                                               LCS v7.4  Orvingham Council
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. ICPC plan, father (sole carer) with schizophrenia after a relapse.
#    Markdown outline: outcomes, then actions with nested who / when /
#    how-we'll-know bullets. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b96_odsworth_icpc_md_outline_nested_bullets_quayle.md",
    "split": "heldout",
    "actions": 11,
    "template": "markdown-outline-numbered-outcomes-with-bold-action-bullets-and-nested-who-when-how-well-know-sub-bullets",
    "description": (
        "Exemplary initial conference plan for an 11-year-old and a 4-year-old whose father, their sole "
        "carer, has schizophrenia and relapsed after stopping his medication. A Markdown outline: each "
        "outcome is a heading, each action a bold bullet with nested Who / When / How we'll know bullets. "
        "Both mental health actions assess and report on change; the aunt and grandmother carry parts of "
        "the plan and the contingency says what happens if they cannot; legal planning, core group and "
        "review dates are set."
    ),
    "text": """\
# Child Protection Plan: Evie and Alfie Quayle

*Odsworth Metropolitan Borough Council, Children's Social Care. Initial child protection
conference held on 24/07/2025. Chair: Simon Okafor. Social worker: Fiona Marsh.*

## About the family

- **Evie Quayle**, born 14/03/2014 (11). Starts Year 7 at Odsworth Park Academy in September.
- **Alfie Quayle**, born 02/05/2021 (4). Goes to Little Acorns Nursery every weekday morning.
- **Darren Quayle** (38), their dad and sole carer, 31 Bramble Street, Odsworth OD5 8QS.
- **Kelly Quayle** (34), Darren's sister, lives in the next street.
- **Margaret Quayle** (66), Darren's mum, lives in Odsworth town centre.
- The children's mum lives abroad and has had no contact since 2022.
- Category of plan: neglect.

## What we are worried about

Darren has paranoid schizophrenia. He stopped his medication in April 2025 and by May he
believed the neighbours were poisoning the family's food. For two weeks Evie and Alfie
ate only cereal and crisps, and Evie kept Alfie home from nursery because Darren would
not let them leave the house. He was detained under section 2 of the Mental Health Act on
23/05/2025; the children stayed with Kelly. Darren came home on 20/06/2025 on a depot
injection. Evie hid how ill her dad was from school for weeks and has missed 21 days of
school this year. Alfie's speech is behind for his age and his 3-year health review was
missed.

## What is going well

- Darren has had every depot injection since 20/06/2025 and says he wants to stay well.
- Kelly and Margaret looked after the children during Darren's admission and want to help.
- Evie is bright and loves drawing; Alfie is settled and happy at nursery.

## What Evie and Alfie have told us

- **Evie** (seen alone, 16/07/2025): "When Dad gets poorly I have to be the grown-up. I
  didn't tell anyone because I thought they'd take us away. I want Dad to stay well and I
  want someone to tell me what to do if he gets ill again." On a scale of 0 to 10 for
  how safe she feels at home now, Evie said 7, "but it was 2 in May".
- **Alfie** (seen at nursery, 18/07/2025) said "Daddy was in hospital" and "Auntie Kelly
  does chicken nuggets". He played at feeding a doll and putting it to bed, and chose a
  happy face sticker for home and for nursery.

## The plan

### Outcome 1: Evie and Alfie are cared for every day and night by an adult who is well enough to keep them safe

- **1.1 Visit Evie and Alfie at home and see Evie on her own**
  - Who: Fiona Marsh, social worker (SW), Odsworth Children's Social Care
  - When: every 2 weeks, first visit 31/07/2025; at least one visit a month unannounced
  - How we'll know: visit records say what Evie told her, what Alfie was doing, what food
    was in the house and how Darren seemed
- **1.2 See Darren at home, give his depot injection and check his relapse signs; assess whether he is well enough to care for Evie and Alfie and whether that is changing**
  - Who: Peter Boateng, care coordinator (CPN), Odsworth Community Mental Health Team
  - When: weekly; depot injection every 2 weeks
  - How we'll know: a written report to each core group on Darren's mental state, any
    relapse signs and his capacity to care for the children safely, with a view on how
    long any change is likely to take
- **1.3 Review Darren's medication and give a written prognosis for his care of Evie and Alfie**
  - Who: Dr Helen Ashworth, consultant psychiatrist, Odsworth Community Mental Health Team
  - When: by 29/08/2025, then every 3 months
  - How we'll know: letter to the SW setting out the risk of relapse and the likely
    timescale for Darren to care for the children without daily help from family
- **1.4 Tell Peter or Fiona if he notices any of his early warning signs, so the children can go to Kelly's**
  - Who: Darren Quayle (dad)
  - When: the same day he notices a warning sign
  - How we'll know: calls logged by the CMHT duty desk and the SW; Darren's signed relapse
    plan kept on file and in the kitchen drawer
- **1.5 Collect Alfie from nursery and give both children their tea at her house**
  - Who: Kelly Quayle (paternal aunt)
  - When: every Monday, Wednesday and Friday
  - How we'll know: nursery sign-out sheet shows Kelly collecting Alfie; Evie tells the SW
    at visits whether tea at Kelly's happened
- **1.6 Ring Darren at 7pm each evening and go round if he does not answer or sounds unwell**
  - Who: Margaret Quayle (paternal grandmother)
  - When: every evening
  - How we'll know: calls written in Margaret's diary, which the SW looks at on every visit

### Outcome 2: Evie goes to school every day and is a child, not Alfie's carer

- **2.1 Meet Evie each week to check how she and things at home are, and ring the SW the same day if she is absent or worried**
  - Who: Mrs Anita Shah, DSL, Odsworth Park Academy
  - When: weekly in term time from 03/09/2025
  - How we'll know: notes on CPOMS sent to the SW every 2 weeks; Evie's attendance figure
    sent to the SW on the first Friday of each month
- **2.2 Complete a young carer's assessment with Evie and agree a support plan, including a place at the Tuesday young carers' club**
  - Who: Lisa Tran, Odsworth Young Carers
  - When: assessment by 29/08/2025; club weekly from 02/09/2025
  - How we'll know: assessment and support plan shared with the SW and given to Evie;
    club register
- **2.3 Explain Dad's illness to Evie and Alfie in words they understand, and make each of them a "when Dad is poorly" card with who to ring**
  - Who: Fiona Marsh (SW), with Peter Boateng at the first session
  - When: two sessions, both by 12/09/2025
  - How we'll know: each child's card and story pages kept on file; Evie can tell the SW
    who she would ring and what she would say

### Outcome 3: Alfie's health and development needs are met

- **3.1 Check Alfie is in every session and how he presents, and ring the SW if he is not in by 10am**
  - Who: Rachel Dunn, manager, Little Acorns Nursery
  - When: every session (weekday mornings)
  - How we'll know: register and daily log emailed to the SW every Friday
- **3.2 Refer Alfie to speech and language therapy and complete his missed health review**
  - Who: Jenny Hughes, health visitor, Odsworth 0-19 Service
  - When: referral by 08/08/2025; review by 29/08/2025
  - How we'll know: referral acceptance letter and review notes (ASQ-3 scores) sent to
    the SW

## Contingency plan

- **If Darren shows any of his early warning signs** (not sleeping, talking about being
  watched or poisoned, keeping the children in, refusing or missing his depot by more than
  3 days): the children go to Kelly's that day; the CMHT crisis team assesses Darren the
  same day; the SW holds a strategy discussion the same day.
- **If Kelly or Margaret cannot have the children or cannot keep up their part of the plan**:
  Margaret has the children if Kelly cannot, and Kelly if Margaret cannot. If neither can,
  the SW (or the Emergency Duty Team out of hours) places Evie and Alfie together with an
  emergency foster carer that day, and the Odsworth Family Hub family support worker, Jo
  Pearce, collects Alfie from nursery on Kelly's days until the core group agrees new
  arrangements.
- **If Darren relapses again**, or the children have to leave home for more than 48 hours,
  or Dr Ashworth's letter says he cannot care for them safely within Evie's and Alfie's
  timescales, the SW will request a legal planning meeting within 5 working days.

## Core group and review

- Core group: every 4 weeks at Odsworth Family Hub, 2pm - 06/08/2025, 03/09/2025,
  01/10/2025.
- Review child protection conference: 16/10/2025, 10am, Odsworth Town Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. ICPC plan, two young children, both parents misusing cocaine and alcohol.
#    Domain tables (safety, health, parents' drug use); grandmother and
#    great-aunt carry the plan. Mix of faults (PDF with header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b96_odmarsh_icpc_domain_tables_substance_misuse_pritchard.pdf",
    "doc_title": "Child Protection Plan - Mason and Skye Pritchard",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-pdf-details-worries-childrens-world-outcomes-then-three-domain-tables-safety-health-parents-drug-use-contingency-review-header-footer",
    "description": (
        "Initial conference plan for a 3-year-old and a 5-month-old whose mother and her partner use "
        "cocaine and alcohol. Three domain tables under one set of headers; most rows are sound, but the "
        "great-aunt's nursery runs are 'As and when needed', an 'All agencies' row, a dental row with no "
        "measure, a passive home-conditions row with no lead and 'improve' as its measure, the partner's "
        "'Ongoing' row measured by 'Engagement', and talking therapies only treating the mother. One "
        "outcome is only about the parents; the contingency relies on the grandmother with no fallback "
        "and names no legal step."
    ),
    "header": "OFFICIAL – SENSITIVE · Odmarsh District Council · Children and Families",
    "footer": "Pritchard – ICPC plan 07/08/2025 – {PAGE} / {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Initial Child Protection Conference · 07/08/2025 · Odmarsh Civic Centre · Chair: Neil Sutcliffe"),
        ("kv", [
            ("Children", "Mason Pritchard, born 21/03/2022 (3); Skye Kemp, born 02/03/2025 (5 months)"),
            ("Address", "9 Furnace Row, Odmarsh OM7 2HL"),
            ("Mother", "Danielle Pritchard (26)"),
            ("Mother's partner", "Jordan Kemp (28), Skye's father, lives at the address"),
            ("Maternal grandmother", "Tracey Pritchard, 41 Canal Side, Odmarsh"),
            ("Great-aunt", "Bev Lowe, Tracey's sister, lives on Furnace Row"),
            ("Category", "Neglect"),
            ("Social worker", "Hollie Barker, Odmarsh Safeguarding Team (TM: Craig Whitfield)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Police attended 9 Furnace Row on 19/07/2025 after neighbours reported shouting at 2am. Danielle and "
              "Jordan were both drunk, there was white powder and a rolled banknote on the coffee table, and "
              "Mason was awake on the landing. Both parents admitted using cocaine at weekends and Danielle said "
              "she drinks most evenings \"to take the edge off\". She has also told her GP that she feels "
              "anxious and low since Skye's birth. The health visitor has found Skye in the same nappy for most "
              "of a visit and formula made up with too much powder. Mason has had no dental check and his "
              "pre-school booster is overdue. On two visits the kitchen had rotting food and empty cans within "
              "Mason's reach."),
        ("h1", "What is going well"),
        ("p", "Danielle was honest with the social worker about her drug use. Tracey has had the children every "
              "weekend since 19/07/2025, and Bev has taken Mason to nursery most days. Mason is a chatty, lively "
              "boy who is doing well at nursery. Skye is gaining weight."),
        ("h1", "Mason's and Skye's world"),
        ("p", "Mason (seen at nursery, 30/07/2025) said: \"Mummy and Jordan was shouting and I was scared. I like "
              "Nanny Tracey's house, she has a big bed and Peppa.\" He drew his house \"with lots of bins\". At "
              "home he goes to Tracey for a cuddle as soon as she arrives. Skye is a smiley baby who babbles when "
              "spoken to; on the HV's visit on 28/07/2025 she was in a wet nappy and had a red, sore bottom."),
        ("h1", "Outcomes"),
        ("numbers", [
            "Mason and Skye are always cared for by a sober adult, day and night.",
            "Mason and Skye are clean, fed and kept warm, and their health appointments are kept.",
            "Danielle and Jordan will be drug free and will cut down their drinking.",
        ]),
        ("h1", "The plan"),
        ("h2", "A. Keeping Mason and Skye safe"),
        ("table", {
            "header": ["Action", "Lead", "Timescale", "How we will know"],
            "widths": [5.6, 3.6, 3.2, 4.6],
            "rows": [
                ["Visit Mason and Skye at home, see Mason's bedroom and where Skye sleeps, with at least one "
                 "unannounced visit each month",
                 "Hollie Barker, SW", "Every 2 weeks from 11/08/2025",
                 "Visit records note both children seen, their sleeping areas and the food in the house"],
                ["Look after Mason and Skye at her house on Friday and Saturday nights so they are not at home "
                 "when the parents are drinking",
                 "Tracey Pritchard (maternal grandmother)", "Every Friday and Saturday night",
                 "Tracey texts the SW each Saturday and Sunday morning; the SW sees the children at Tracey's "
                 "once a month"],
                ["Take Mason to nursery in the morning and collect him at lunchtime",
                 "Bev Lowe (great-aunt)", "As and when needed",
                 "Nursery register shows who dropped off and collected Mason"],
                ["Share with the SW any sign that the children have been left with a carer under the influence",
                 "All agencies", "Same day",
                 "Each concern logged on Mosaic with what was done about it"],
            ],
        }),
        ("h2", "B. Health and daily care"),
        ("table", {
            "header": ["Action", "Lead", "Timescale", "How we will know"],
            "widths": [5.6, 3.6, 3.2, 4.6],
            "rows": [
                ["Weigh Skye and complete her 6-month developmental check, and show Danielle how to make up "
                 "feeds",
                 "Amy Dolan, HV", "By 29/08/2025, then monthly home visits",
                 "Weight and ASQ-3 scores in the red book; copy to the SW after each visit"],
                ["Book and take Mason to the dentist and for his pre-school booster",
                 "Danielle Pritchard", "By 30/09/2025", ""],
                ["Home conditions and safe storage of alcohol and drugs to be checked",
                 "", "At each home visit", "Home conditions improve"],
                ["Help Danielle set up a daily routine for Mason's and Skye's meals, baths and bedtimes",
                 "Kayleigh Moss, family support worker, Odmarsh Family Hub",
                 "Weekly sessions for 12 weeks from 18/08/2025",
                 "Routine chart on the fridge; the FSW records how many days it was followed and sends it to "
                 "the SW monthly"],
            ],
        }),
        ("h2", "C. Danielle's and Jordan's drug and alcohol use"),
        ("table", {
            "header": ["Action", "Lead", "Timescale", "How we will know"],
            "widths": [5.6, 3.6, 3.2, 4.6],
            "rows": [
                ["Assess Danielle's drug and alcohol use, with hair strand testing, and how it affects her care "
                 "of Mason and Skye",
                 "Nat Fenwick, recovery worker, Odmarsh Recovery Service", "By 19/09/2025",
                 "Hair strand results and a written assessment shared with the SW and the core group"],
                ["Jordan to engage with Odmarsh Recovery Service about his cocaine use",
                 "Jordan Kemp", "Ongoing", "Engagement with the service"],
                ["Offer Danielle eight sessions of CBT for her anxiety and low mood",
                 "Mark Ellis, CBT therapist, Odmarsh Talking Therapies",
                 "Weekly from 01/09/2025 (8 weeks)",
                 "Attendance record sent to the SW"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Danielle or Jordan are found under the influence of drugs or alcohol while caring for Mason or "
              "Skye, the children will go to Tracey's house the same day and the SW will hold a strategy "
              "discussion. If the parents do not engage with the plan, the core group will meet to review it."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks at Odmarsh Family Hub: 20/08/2025, 17/09/2025 and 15/10/2025, 1.30pm. "
              "Review child protection conference: 06/11/2025, Odmarsh Civic Centre."),
    ],
    "findings": [
        F("T002", "Take Mason to nursery in the morning and collect him"),
        F("W002", "Share with the SW any sign that the children"),
        F("M001", "Book and take Mason to the dentist"),
        F("W001", "Home conditions and safe storage of alcohol and drugs"),
        F("M002", "Home conditions and safe storage of alcohol and drugs"),
        F("T002", "Jordan to engage with Odmarsh Recovery Service"),
        F("M002", "Jordan to engage with Odmarsh Recovery Service"),
        F("H001", "Offer Danielle eight sessions of CBT"),
        F("F002", "Danielle and Jordan will be drug free and will cut down their drinking."),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. First review plan, domestic abuse and the mother's depression; the family
#    is about to move to another authority. Lead agency merged down the first
#    column over each agency's actions. Mix of faults (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b96_ormbridge_rcpc_merged_lead_agency_column_transfer_reid.docx",
    "doc_title": "Review Child Protection Plan - Kai and Ellie-May Reid",
    "split": "heldout",
    "actions": 11,
    "template": "rcpc-word-plan-lead-agency-and-worker-column-merged-down-over-each-agencys-actions-then-action-when-how-we-will-know-transfer-pending",
    "description": (
        "First review plan for a 12-year-old and an 8-year-old after domestic abuse by the mother's "
        "ex-partner; the mother has depression and the family is moving to another authority. The lead "
        "agency and worker are merged down the first column over each agency's rows. The SW's visits, the "
        "CMHT assessment, IDVA and police rows are sound, but the updated assessment and a children's group "
        "referral wait for the transfer, the CMHT also offers support sessions only, a school row has no "
        "measure, Kai's mentoring starts 'when Kai feels ready', and a 'Family' row is 'as and when'. No "
        "child's views are recorded, the review conference is left to the receiving authority with no "
        "date and nothing names legal planning."
    ),
    "check_vmerge": 2,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Ormbridge Council · Children's Social Care · Safeguarding Team East"),
        ("table", {
            "header": ["Family details", H],
            "widths": [5.0, 12.0],
            "bold_first_col": True,
            "rows": [
                ["Children", "Kai Reid, born 04/12/2012 (12), Ormbridge Academy\n"
                             "Ellie-May Reid, born 19/06/2017 (8), Ormbridge Park Primary"],
                ["Mother", "Shannon Reid (33), 58 Hollins Avenue, Ormbridge OB3 4NE"],
                ["Mother's ex-partner", "Craig Atherton (37), not the children's father; bail conditions not to "
                                        "contact Shannon or attend the address"],
                ["Category", "Emotional abuse (plan started 22/04/2025)"],
                ["This meeting", "First review child protection conference, 24/07/2025"],
                ["Social worker", "Lucy Tang (TM: Andrew Pryor)"],
                ["Planned move", "Shannon has accepted a housing association tenancy in Wrenhampton from "
                                 "01/09/2025; transfer request to be sent to Wrenhampton Borough Council"],
            ],
        }),
        ("h1", "Reason for the plan"),
        ("p", "Police were called to Hollins Avenue five times between October 2024 and April 2025 after Craig "
              "assaulted Shannon; on the last occasion he broke her nose and damaged the front door. Craig is on "
              "bail awaiting trial. Shannon has depression and anxiety, is under the Ormbridge Community Mental "
              "Health Team and takes fluoxetine; in June she stayed in bed most days and did not cook or shop for "
              "weeks. Shannon has asked to move to Wrenhampton to be away from Craig."),
        ("h1", "Progress since the initial conference"),
        ("p", "Shannon has kept Craig away from the home and reported one breach of his bail, for which he was "
              "arrested. She has seen her CPN every week. The children's school attendance is above 95%."),
        ("h1", "Outcomes we want"),
        ("bullets", [
            "Kai and Ellie-May live free from domestic abuse and have no contact with Craig.",
            "Kai and Ellie-May are cared for by a mum who is well enough to get them up, fed and to school.",
            "The children's safety is not lost during the move to Wrenhampton.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Lead agency and worker", "Action", "When", "How we will know"],
            "widths": [3.4, 6.2, 3.2, 4.2],
            "rows": [
                ["Ormbridge Children's Social Care\nLucy Tang, social worker",
                 "Visit Kai and Ellie-May at home and see each child on their own",
                 "Every 2 weeks until the transfer-in conference",
                 "Visit records show both children seen alone, with their bedrooms and the kitchen"],
                [V, "Updated child and family assessment to be picked up by Wrenhampton once the case has "
                    "transferred",
                 "Within 6 weeks of transfer",
                 "Assessment report shared with the core group"],
                [V, "Hold Kai's referral to the Turnaround children's group until the move to Wrenhampton is "
                    "confirmed",
                 "Decision at the core group on 02/09/2025",
                 "Referral decision recorded on LCS"],
                ["Ormbridge Community Mental Health Team\nRachel Oyelaran, CPN",
                 "Weekly support sessions with Shannon for her low mood and anxiety",
                 "Weekly",
                 "Attendance recorded on RiO and shared with the SW"],
                [V, "Assess how Shannon's depression affects her care of Kai and Ellie-May and whether she can "
                    "make the changes they need, with a likely timescale",
                 "Report by 26/08/2025",
                 "Written report sent to the SW and shared at the core group"],
                ["Ormbridge Park Primary\nMrs Helen Frost, DSL",
                 "Check in with Ellie-May each morning in a quiet space before class",
                 "Every school day",
                 ""],
                ["Ormbridge Academy\nMr Jon Pike, DSL",
                 "Weekly mentoring sessions for Kai with the learning mentor",
                 "When Kai feels ready",
                 "Sessions logged on CPOMS and a summary sent to the SW monthly"],
                ["Ormbridge Domestic Abuse Service\nNaomi Ellis, IDVA",
                 "Update Shannon's safety plan, including the journey to and from the new address in "
                 "Wrenhampton",
                 "By 22/08/2025 and again before the move",
                 "Updated safety plan sent to the SW within 2 working days"],
                ["Ormbridge Police, Domestic Abuse Unit\nDS Karl Menzies",
                 "Keep the address flag on Hollins Avenue and pass the marker to Wrenhampton police for the new "
                 "address",
                 "By 22/08/2025",
                 "Marker confirmation emails from both forces on file"],
                ["Shannon Reid (mum)",
                 "Complete the online Freedom Programme course",
                 "Weekly, 9 sessions from 28/07/2025",
                 "Completion certificate sent to the SW"],
                ["Family",
                 "Tell the SW if Craig contacts Kai or Ellie-May by phone, online or in person",
                 "As and when it happens",
                 "Each contact logged on LCS by the SW"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Craig comes to the house or contacts Shannon or the children, Shannon will call 999, police will "
              "arrest him for breach of bail and the SW will hold a strategy discussion the same day. If Shannon "
              "is too unwell to get the children up and to school on two days in a row, the CPN will see her the "
              "same day and the children will stay with Shannon's friend Leanne Foster until Shannon is well "
              "enough, or in foster care if Leanne cannot have them."),
        ("h1", "Review arrangements"),
        ("p", "Core group meetings: 12/08/2025 and 02/09/2025, 10am at Ormbridge Park Primary. The next review "
              "conference will be arranged by Wrenhampton after the case transfers."),
    ],
    "findings": [
        F("X001", "Updated child and family assessment to be picked up by Wrenhampton"),
        F("X001", "Hold Kai's referral to the Turnaround children's group"),
        F("H001", "Weekly support sessions with Shannon for her low mood"),
        F("M001", "Check in with Ellie-May each morning in a quiet space"),
        F("T002", "Weekly mentoring sessions for Kai with the learning mentor"),
        F("W002", "Tell the SW if Craig contacts Kai or Ellie-May"),
        F("T002", "Tell the SW if Craig contacts Kai or Ellie-May"),
        F("F003"),
        F("R001"),
        F("R002"),
    ],
})
