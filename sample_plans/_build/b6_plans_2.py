"""Batch 6, module 2: eight fictional files (tuning material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import V

PLANS = []


def F(rule, excerpt=None):
    return {"rule": rule, "excerpt": excerpt} if excerpt else {"rule": rule}


_GIRFEC_HEAD = ["What will be done", "Who", "Timescale", "How will we know"]
_GIRFEC_W = [5.6, 3.8, 3.0, 4.6]


def _gtable(rows):
    return ("table", {"header": _GIRFEC_HEAD, "widths": _GIRFEC_W, "rows": rows})


# ---------------------------------------------------------------------------
# 1. GIRFEC child's plan (Scotland), one small table per SHANARRI wellbeing
#    indicator; named persons and lead professional (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b6_kinlarrig_girfec_shanarri_tables_mcrae.docx",
    "doc_title": "Child's Plan (Child Protection) - Lewis and Niamh McRae",
    "split": "tune",
    "template": "girfec-shanarri-heading-tables",
    "description": (
        "Exemplary Scottish child's plan for two children (mother's drinking, domestic abuse by her "
        "ex-partner) with each SHANARRI wellbeing indicator as a heading over its own small 'What will be "
        "done | Who | Timescale | How will we know' table; named persons and lead professional, the "
        "recovery service reporting on change, grandmother's help covered in a specific contingency, core "
        "group and review dates, legal advice and a referral to the Children's Reporter."
    ),
    "blocks": [
        ("title", "Child's Plan"),
        ("p", "Getting it right for every child – Child Protection"),
        ("p", "Kinlarrig Council Social Work Services, with NHS Kinlarrig, Kinlarrig Education and Police Scotland"),
        ("kv", [
            ("Children", "Lewis McRae, born 12/08/2015 (9); Niamh McRae, born 02/01/2022 (3)"),
            ("Parent", "Shona McRae (mum), 14 Birchbank Crescent, Ardlogie"),
            ("Niamh's father", "Darren Kerr – does not live at the house; special bail conditions not to approach it"),
            ("Named person (Lewis)", "Mrs Anne Cowie, Head Teacher, Ardlogie Primary School"),
            ("Named person (Niamh)", "Claire Rennie, Health Visitor, Ardlogie Health Centre"),
            ("Lead professional", "Morven Gillies, Social Worker, Kinlarrig Children and Families Team (East)"),
            ("Child protection planning meeting", "14/04/2025 – both children's names placed on the child protection register"),
            ("Areas of concern", "Domestic abuse; parental alcohol misuse"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Shona has been drinking heavily since Darren left the house in November. On 28 March Lewis came "
              "home from school and found Shona asleep on the kitchen floor with an empty bottle of vodka beside "
              "her; Niamh had not had any lunch and was still in her pyjamas. Lewis phoned his gran. Darren has "
              "come to the house drunk three times since January, and on 2 April he kicked in the back door while "
              "both children were upstairs. Police Scotland charged him and he is on bail not to go near the "
              "house. Lewis has missed 11 days of school this term."),
        ("h1", "What is going well"),
        ("p", "Shona told the meeting that she wants to stop drinking and has been to the Kinlarrig Recovery "
              "Service drop-in once. She rang the police herself when Darren came to the door. Agnes Boyd, "
              "Shona's mum, lives two streets away and has the children after school twice a week. Lewis is "
              "doing well at football and his teacher says he is a kind friend to others in his class."),
        ("h1", "What Lewis and Niamh have told us"),
        ("p", "Lewis spoke to Morven on his own at school on 9 April. He said: \"When Mum drinks she goes "
              "sleepy and I have to do Niamh's tea.\" He said he was \"really scared\" when Darren broke the door "
              "and he hid in Niamh's room with her. He wants to stay with his mum \"but with no vodka\", and he "
              "wants to go back to football on Saturdays. He gave home a 3 out of 10 for feeling safe and Gran's "
              "house a 10. Niamh is too young to say much about home. At the nursery drop-in she was seen to "
              "cling to Lewis, to eat two snacks very quickly, and to settle happily on Gran's knee."),
        ("h1", "What we want to be different for Lewis and Niamh"),
        ("bullets", [
            "Lewis and Niamh are cared for every day by a parent who is sober and awake, and Lewis no longer "
            "has to make Niamh's meals or look after her.",
            "Lewis and Niamh live in a home where Darren does not come to the door, and nobody shouts, breaks "
            "things or hurts anyone.",
            "Lewis is in school every day and back playing football, and gives home at least 7 out of 10 "
            "for feeling safe.",
            "Niamh is fed, clean and dressed each day, goes to nursery, and her speech and development keep "
            "up with other children her age.",
        ]),
        ("h1", "The plan"),
        ("h2", "Safe"),
        _gtable([
            ["Visit Lewis and Niamh at home, one visit in three unannounced, and see Lewis on his own",
             "Morven Gillies, lead professional (SW)",
             "Every 2 weeks from 22/04/2025",
             "Visit notes show both children seen, Lewis spoken to alone, and his safety score written down"],
            ["Ring 999 if Darren comes to the house, and tell Morven the same day",
             "Shona McRae",
             "Every time, from 14/04/2025",
             "Police Scotland incident log matches what Shona tells Morven; Lewis tells Morven at visits "
             "that Darren has not been to the door"],
            ["Put a marker on the address and send Morven a copy of Darren's bail conditions",
             "DC Fraser Lennox, Police Scotland Domestic Abuse Investigation Unit",
             "By 25/04/2025",
             "Written confirmation of the marker and the bail conditions on the children's file"],
        ]),
        ("h2", "Healthy"),
        _gtable([
            ["Assess Shona's drinking, see her weekly, breath test at every appointment and report on "
             "whether she can stop drinking and how long that is likely to take",
             "Alan Dunn, recovery worker, Kinlarrig Alcohol and Drug Recovery Service",
             "Assessment by 30/04/2025, then weekly",
             "Written report to every core group with attendance, breath test results and Alan's view of "
             "Shona's capacity to change"],
            ["Complete Niamh's 27–30 month review, including her speech, weight and height",
             "Claire Rennie, HV (Niamh's named person)",
             "By 16/05/2025",
             "Review results and ASQ-3 scores shared with Morven and the nursery"],
        ]),
        ("h2", "Achieving"),
        _gtable([
            ["Send Lewis's attendance and late marks to Morven",
             "Mrs Anne Cowie, Head Teacher (Lewis's named person)",
             "Every Friday",
             "Attendance of 95% or more by the review meeting, shown on the weekly email"],
            ["Take up Niamh's funded nursery place at Ardlogie Family Centre",
             "Shona McRae, with Claire Rennie (HV)",
             "Start by 02/06/2025, then four mornings a week",
             "Nursery register shows Niamh in on at least 4 mornings in every 5"],
        ]),
        ("h2", "Nurtured"),
        _gtable([
            ["Work with Shona on a morning and bedtime routine so the children are fed, washed and in bed "
             "on time",
             "Kerry Maxwell, family support worker",
             "Weekly for 8 weeks from 28/04/2025",
             "Routine chart on the fridge; Lewis in bed by 8.30pm on at least 5 nights a week, checked by "
             "Kerry and Morven"],
            ["Collect the children from school and nursery and give them their tea",
             "Agnes Boyd (maternal grandmother)",
             "Every Tuesday and Thursday",
             "School's pick-up book signed by Agnes; Lewis tells Morven where he had tea"],
        ]),
        ("h2", "Active"),
        _gtable([
            ["Pay Lewis's football club fees and buy his boots, and agree who takes him on Saturdays",
             "Kerry Maxwell, family support worker",
             "By 10/05/2025, then every Saturday",
             "Club register shows Lewis at training and matches"],
        ]),
        ("h2", "Respected"),
        _gtable([
            ["Meet Lewis before each meeting to help him say what he wants, and take his views to it",
             "Hannah Reid, Kinlarrig Children's Rights Service",
             "Before each core group and the review meeting",
             "Lewis's views written down in his own words and read out at each meeting"],
        ]),
        ("h2", "Responsible"),
        _gtable([
            ["Agree with Lewis and Shona which jobs are for Lewis and which are for grown-ups, and write "
             "them on a house rules sheet",
             "Morven Gillies, lead professional (SW)",
             "By 09/05/2025",
             "House rules on the kitchen wall; Lewis tells Morven he is not making Niamh's meals"],
        ]),
        ("h2", "Included"),
        _gtable([
            ["Assess the family for a move away from Darren's street so that Lewis can stay at Ardlogie Primary",
             "Gail Murdoch, Kinlarrig Housing Options",
             "By 30/05/2025",
             "Housing assessment decision letter copied to Morven"],
        ]),
        ("h1", "What happens if things don't go to plan"),
        ("p", "If Shona is found drunk while she is the only adult looking after Lewis and Niamh, a breath test "
              "is positive, or Darren comes to the house, Morven (or the out-of-hours social work service) will "
              "visit the same day and arrange an inter-agency referral discussion. Lewis and Niamh will stay "
              "with their gran, Agnes Boyd, who has agreed this and whose home Morven checked on 11/04/2025. If "
              "Agnes is unwell or cannot have the children, they will stay together with Kinlarrig foster "
              "carers that night, and Agnes's Tuesday and Thursday pick-ups will be covered by the school's "
              "after-school club, paid for by Social Work."),
        ("p", "If Shona has not stopped drinking by the review child protection planning meeting, or the "
              "children have to leave the house a second time, Morven will seek legal advice and refer Lewis "
              "and Niamh to the Children's Reporter."),
        ("h1", "Reviewing the plan"),
        ("bullets", [
            "Core group: every 4 weeks – 28/04/2025, 26/05/2025 and 23/06/2025, at Ardlogie Family Centre.",
            "Review child protection planning meeting (review child protection case conference): "
            "10/07/2025, 10am, Kinlarrig Council Offices.",
            "Lewis and Shona get a copy of this plan. Lewis's copy has been talked through with him by Morven.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan, two-column Action | Comments/Update table with
#    owner and date written in the comment; PDF with OFFICIAL-SENSITIVE header
#    and page-number footer on every page.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b6_lathenby_icpc_action_comments_mwangi.pdf",
    "doc_title": "Initial Child Protection Conference - Child Protection Plan - Zara and Eli Mwangi",
    "split": "tune",
    "template": "icpc-two-column-action-comments-paged",
    "description": (
        "ICPC plan for a 7-year-old and a baby (domestic abuse, mother's depression, father's cannabis "
        "use) whose action table has only 'Action' and 'Comments/Update' columns, with the owner, date and "
        "measure written into the comment; OFFICIAL-SENSITIVE header and page-number footer on every page. "
        "A CPN who only supports ('feeling better'), a progress note instead of a date and measure, 'as and "
        "when', a cot with nobody named 'asap', 'All professionals', an assessment with no output, "
        "'Monitored', an adult outcome, a vague contingency and no legal step."
    ),
    "header": "OFFICIAL-SENSITIVE",
    "footer": "Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Lathenby Metropolitan Borough Council – Children's Social Care – Initial Child Protection Conference"),
        ("kv", [
            ("Children", "Zara Mwangi (7), born 19/02/2018; Eli Mwangi (14 months), born 03/03/2024"),
            ("Mother", "Amani Mwangi, 7 Quarry Bank, Lathenby"),
            ("Eli's father", "Joseph Otieno – left the house 02/05/2025; on police bail not to contact Amani"),
            ("Conference", "15/05/2025, chaired by Helen Burrows (IRO)"),
            ("Category", "Emotional abuse (Zara and Eli); neglect (Eli)"),
            ("Social worker", "Aisha Khan, Lathenby Safeguarding Team 3"),
        ]),
        ("h1", "Reasons for the plan"),
        ("p", "Police were called on 01/05/2025 after Joseph hit Amani in the living room while both children "
              "were at home. Zara ran to a neighbour in her nightclothes. This was the fourth domestic abuse "
              "report since September. Joseph smokes cannabis every day, including in the flat. Amani's GP "
              "diagnosed her with depression in March; she is taking sertraline and has been referred to the "
              "Community Mental Health Team. Eli has missed his 12-month review and immunisations, the flat was "
              "cold on two visits, and Eli was sleeping in a broken travel cot."),
        ("h1", "Zara's views and Eli's day"),
        ("p", "Zara spoke to the SW on her own at school on 08/05/2025. She said \"Daddy Joseph shouts and "
              "pushes Mummy and I take Eli in my room.\" She said she is \"a bit happy\" that Joseph has gone "
              "but misses him taking her to the park. She wets the bed most nights and said she is \"scared it "
              "will happen again\". Eli was seen to be a smiley, busy baby who crawled to Amani for comfort, "
              "but he was grizzly and in the same sleepsuit on both visits."),
        ("h1", "What needs to change"),
        ("bullets", [
            "Zara and Eli live in a home where there is no violence or shouting, and Zara does not feel she "
            "has to protect Eli.",
            "Eli sleeps safely in his own cot in a warm room, has his immunisations and keeps growing along "
            "his centile.",
            "Zara goes to school every day, sleeps better and can name an adult she would tell if she was "
            "frightened.",
            "Amani will feel less low and more confident.",
        ]),
        ("pagebreak",),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Action", "Comments/Update"],
            "widths": [6.5, 10.5],
            "rows": [
                ["Home visits to see Zara and Eli, including where Eli sleeps; see Zara on her own",
                 "SW Aisha Khan – weekly for 6 weeks, then fortnightly. Visit records to show both children "
                 "seen and Zara spoken to alone each time."],
                ["Arrange a family group conference with Amani's family",
                 "SW Aisha Khan to book by 20/05. Family plan from the FGC written up and shared with the "
                 "core group."],
                ["Book Eli's missed 12-month review and immunisations",
                 "HV Tom Bright to book by 23/05 and see Eli by 06/06. Red book and immunisation record "
                 "updated and copied to SW."],
                ["CMHT to support Amani with her low mood",
                 "CPN Lorraine Webb, Lathenby CMHT – fortnightly home visits. Amani reports feeling better."],
                ["Joseph to be assessed by Pathways about his cannabis use",
                 "Pathways drug service, worker Deb Simms – assessment by 30/05, then monthly drug tests. "
                 "Results to SW before each core group."],
                ["Police to confirm Joseph's bail conditions to SW and flag the address",
                 "DC Ian Froggatt, Lathenby Police Safeguarding Unit – by 19/05. Written confirmation on "
                 "file; address marker in place."],
                ["IDVA support and safety planning for Amani",
                 "IDVA Rachel Moss, Lathenby Domestic Abuse Service – first meeting by 23/05, then weekly. "
                 "Safety plan signed and a copy given to SW."],
                ["School nurse to see Zara about her bedwetting and sleep",
                 "School nurse Jenny Holt – referral sent 12/05, on the waiting list."],
                ["Zara to be offered sessions with the school learning mentor",
                 "Lathenby Park Primary – as and when Zara needs them. Mentor's session notes passed to SW."],
                ["Safe sleep advice and a new cot for Eli",
                 "To be sorted asap."],
                ["Share any new concerns about Zara or Eli with the SW the same day",
                 "All professionals – same day. Logged on both children's files."],
                ["Complete a parenting assessment of Amani",
                 "SW Aisha Khan – start w/c 26/05, complete by 18/07."],
                ["Keep an eye on Zara's presentation and attendance",
                 "DSL Mrs Sunita Patel – daily. Monitored."],
                ["Eli to start at Little Oaks nursery two mornings a week",
                 "Amani, with FSW Rhian Cole – from 02/06. Nursery register shows Eli attending both mornings."],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If there are further concerns about the children's safety, a strategy discussion will be "
              "considered and the plan will be reviewed by the core group."),
        ("h1", "Core group and review"),
        ("p", "The first core group will meet on 29/05/2025 at 10am at Lathenby Family Hub, and then every four "
              "weeks. The review child protection conference will be held on 07/08/2025 at 1.30pm."),
        ("p", "Plan distributed to: Amani Mwangi; Joseph Otieno (edited copy); all conference members."),
    ],
    "findings": [
        F("H001", "CMHT to support Amani with her low mood"),
        F("M002", "CMHT to support Amani with her low mood"),
        F("T001", "School nurse to see Zara about her bedwetting and sleep"),
        F("M001", "School nurse to see Zara about her bedwetting and sleep"),
        F("T002", "Zara to be offered sessions with the school learning mentor"),
        F("W001", "Safe sleep advice and a new cot for Eli"),
        F("T002", "Safe sleep advice and a new cot for Eli"),
        F("M001", "Safe sleep advice and a new cot for Eli"),
        F("W002", "Share any new concerns about Zara or Eli with the SW"),
        F("M001", "Complete a parenting assessment of Amani"),
        F("M002", "Keep an eye on Zara's presentation and attendance"),
        F("F002", "Amani will feel less low and more confident"),
        F("C002"),
        F("R002"),
    ],
})
