"""Batch 6, module 2: eight fictional files (tuning material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, V

PLANS = []


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


# ---------------------------------------------------------------------------
# 3. Letter to parents after the initial conference, first person from the
#    social worker, plan items as paragraphs; hedged and passive items (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b6_marlbeck_letter_after_conference_sharpe.txt",
    "split": "tune",
    "template": "letter-after-conference-first-person",
    "description": (
        "A social worker's letter to parents after the initial conference for a 5-year-old and a baby "
        "with unexplained bruising (father's drinking, mother's anxiety), written in the first person with "
        "the plan as paragraphs. Grandparents supervise and help with no fallback; 'I will try to', 'We "
        "hope that', 'It is hoped that', 'when he can', 'over the next few weeks', a passive referral, an "
        "assessment with no output; no adult service owns an action, an adult outcome, a vague "
        "contingency and no legal step."
    ),
    "text": """\
Marlbeck City Council
Children's Services - Safeguarding and Family Support Team (East)
Rowan House, 22 Quay Street, Marlbeck MB4 7QT
Tel: 01632 960 552

Our ref: MCC/SFS/25/3390

22 May 2025

Ms Kayleigh Sharpe and Mr Ryan Sharpe
41 Linnet Road
Marlbeck
MB6 2DW


Dear Kayleigh and Ryan,

Re: Harley and Ivy - child protection plan

Thank you both for coming to the initial child protection conference on
Tuesday 20 May. I know it was a long and upsetting meeting, and that you did
not agree with everything that was said. I said I would write to you with the
plan in plain words, so here it is. The minutes will follow from the
conference team in about two weeks.

Why Harley and Ivy have a plan

Harley (5) and Ivy (11 weeks) are on child protection plans under the
category of physical abuse. On 2 May your health visitor saw a bruise on Ivy's
cheek and two small bruises on her upper arm. The paediatrician at Marlbeck
General, Dr Hale, said these were very unlikely to have happened by accident
in a baby who cannot roll over yet. You have both said you do not know how
they happened. Ryan, you told me that you drink six to eight cans most nights
to help you sleep after your night shifts. Kayleigh, you told conference that
you have had panic attacks and bad anxiety since Ivy was born, and that some
days you find her crying very hard to cope with.

What Harley told me, and what I have seen of Ivy

When I saw Harley at school on 15 May he told me that "Ivy cries all the time
and Daddy says shush shush really loud". He said he likes it when Nanny
Lorraine comes because "she does bath time and sings". He said he would like
"Daddy to not be grumpy in the morning" and to go to the Saturday club with
his friend Kai. When I visited on 16 May Ivy was warm, clean and feeding well
from her bottle. She watched Kayleigh's face closely and settled when Kayleigh
held her against her shoulder.

What we all want for Harley and Ivy

- Ivy is safe from harm, has no more bruises or injuries, and is handled
  gently by everyone who looks after her.
- Ivy is fed, changed and settled by a parent who is sober and calm, and keeps
  growing along her centile.
- Harley feels safe at home, goes to school every day and knows which adult
  at school he can tell if he is worried.
- Ryan will cut down his drinking.

What will happen now

I will visit you at home every week until the review conference, and each time
I will see Ivy with her clothes off at a nappy change and spend some time with
Harley on his own; my visit notes will record what I have seen.

Your health visitor, Nadia Ellis, will visit every two weeks to weigh Ivy and
check her skin, and she will plot Ivy's weight in her red book and send me a
copy.

Kayleigh's mum, Lorraine Platt, will be at your house every weekday from 3pm
until Ryan gets home from work, so that there are always two adults with Ivy
at tea time and bath time.

Ryan's dad, Steve Sharpe, will help out when he can.

I will try to find Harley a place at the Saturday club run by the Marlbeck East
Family Hub.

We hope that Ryan will go to the drop-in at Marlbeck Alcohol Service and talk
to them about how much he is drinking.

It is hoped that Kayleigh will make an appointment with her GP about her
anxiety over the next few weeks.

Harley's school, Marlbeck East Infants, will ring me the same day if Harley has
any marks or says anything that worries them, and will email me his attendance
every Friday.

A referral will be made to the Triple P parenting programme for you both.

Ryan will go on the Caring Dads course starting on 11 June, and the course
worker will send me a written report when the 17 weeks are finished.

I will complete a parenting assessment with you both by 31 July.

If things don't get better

If anything else happens that worries us, or things do not get better, we will
all meet again to talk about what needs to happen next.

When we will meet again

The first core group meeting will be on Thursday 5 June 2025 at 10am at Rowan
House, and then every four weeks after that. The core group is you both, me,
Nadia, Harley's school and Lorraine. The review child protection conference
will be on Tuesday 19 August 2025 at 2pm at Marlbeck Civic Centre.

If anything in this letter does not make sense, or you think I have got
something wrong, please ring me on 01632 960 552 or speak to me at my next
visit. You can also ask the conference team for a copy of the complaints
leaflet.

Yours sincerely,

Jess Armitage
Social Worker
Safeguarding and Family Support Team (East)

cc: Conference team; Nadia Ellis (HV); Marlbeck East Infants (DSL)
""",
    "findings": [
        F("M001", "Lorraine Platt, will be at your house every weekday"),
        F("T002", "Ryan's dad, Steve Sharpe, will help out when he can"),
        F("M001", "Ryan's dad, Steve Sharpe, will help out when he can"),
        F("T001", "I will try to find Harley a place"),
        F("M001", "I will try to find Harley a place"),
        F("T001", "We hope that Ryan will go to the drop-in"),
        F("M001", "We hope that Ryan will go to the drop-in"),
        F("T002", "It is hoped that Kayleigh will make an appointment"),
        F("M001", "It is hoped that Kayleigh will make an appointment"),
        F("W001", "A referral will be made to the Triple P parenting programme"),
        F("T001", "A referral will be made to the Triple P parenting programme"),
        F("M001", "A referral will be made to the Triple P parenting programme"),
        F("M001", "I will complete a parenting assessment with you both"),
        F("F002", "Ryan will cut down his drinking"),
        F("F004"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Welsh/English headed plan with a bilingual-headed table (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b6_llanrhosog_bilingual_table_bevan.md",
    "split": "tune",
    "template": "bilingual-headed-table-md",
    "description": (
        "Exemplary child protection plan with Welsh/English headings ('Cynllun / Plan', 'Llais y plentyn / "
        "Child's voice') for a 12-year-old and a 4-year-old (mother's opiate use on a methadone script): a "
        "four-column table with bilingual headers, named leads, real timescales, observable measures, the "
        "substance misuse service reporting on change, taid's help covered in a specific contingency, core "
        "group and review conference dates, and a legal gateway meeting if progress stalls."
    ),
    "text": """\
# Cynllun Amddiffyn Plant / Child Protection Plan

**Cyngor Bwrdeistref Sirol Llanrhosog – Gwasanaethau Plant**
**Llanrhosog County Borough Council – Children's Services**

| | |
|---|---|
| **Plant / Children** | Cerys Bevan (12), born 04/10/2012; Osian Bevan (4), born 21/06/2020 |
| **Rhiant / Parent** | Lowri Bevan (mam / mum), 3 Heol y Bryn, Llanrhosog |
| **Teulu / Family** | Emyr Bevan (taid / maternal grandfather) and Glenys Bevan (nain / maternal grandmother), Maes Derw, Llanrhosog |
| **Cynhadledd / Conference** | Initial child protection conference, 06/05/2025 |
| **Categori / Category** | Esgeulustod / Neglect |
| **Gweithiwr cymdeithasol / Social worker** | Gethin Morgan, Tîm Diogelu / Safeguarding Team |
| **Iaith / Language** | Cerys and Osian are bilingual; Cerys asked for her copy of the plan in Welsh |

## Pam rydym yn poeni / Why we are worried

Lowri has been on a methadone script for four years. In March and April her
drug screens showed heroin three times. On 11 April Cerys could not wake her at
7am, got Osian dressed and took him to nursery herself, and was late for school.
Methadone bottles were found on the kitchen worktop within Osian's reach on two
visits. Cerys has missed 14 sessions of school this term and her teacher says
she falls asleep in lessons.

## Beth sy'n mynd yn dda / What is going well

Lowri collects her methadone from the pharmacy every day and told the conference
herself about using heroin again. Osian is happy at nursery and is well liked.
Cerys and Osian spend two afternoons a week with Nain and Taid, who keep a calm,
warm home and have never missed a pick-up.

## Llais y plentyn / Child's voice

Cerys spoke to Gethin on her own at Ysgol Uwchradd Llanrhosog on 29/04/2025, in
Welsh. She said: "Pan mae Mam yn cysgu dw i'n gorfod bod yn fam i Osian" ("When
Mam is asleep I have to be Osian's mum"). She said she is tired all the time and
worries that Osian will drink "the green medicine". She wants to stay living with
Mam "if she stops the heroin for good" and wants to go back to Urdd dance on
Wednesdays. Osian told Gethin that he likes "Taid's tractor" and that "Cerys
makes my cereal". At nursery he was seen to look for Cerys at home time and to
run to Taid when he collected him.

## Canlyniadau / What we want for Cerys and Osian

- Cerys and Osian are looked after every day by an adult who is awake and not
  under the influence of drugs, and Cerys no longer has to care for Osian.
- No methadone or other drugs are ever left where Osian can reach them.
- Cerys is in school every day, on time and rested, and back at Urdd dance.
- Osian goes to nursery every day, clean and fed, and his speech keeps up with
  other children his age.

## Cynllun / Plan

| Beth fydd yn digwydd / What will happen | Pwy / Who | Erbyn pryd / By when | Sut byddwn ni'n gwybod / How we will know |
|---|---|---|---|
| Visit Cerys and Osian at home, check where the methadone is kept, and see Cerys on her own | SW Gethin Morgan | Every week, at least one visit a fortnight unannounced | Visit records show both children seen, Cerys spoken to alone and the lockbox locked |
| Supervised methadone at the pharmacy, drug screens, and a written view on whether Lowri can stay off heroin and how long that is likely to take | Huw Price, key worker, Llanrhosog Substance Misuse Service (Gwasanaeth Camddefnyddio Sylweddau) | Screens every 2 weeks; report before each core group | Screen results and Huw's report to every core group; every screen negative for heroin |
| Fit a locked box for Lowri's methadone and keep the key on her | Lowri Bevan, with key worker Huw Price | By 16/05/2025 | Gethin sees the lockbox fitted and locked at every visit |
| Young carers assessment for Cerys, and a place at the young carers group | Ffion Jenkins, Gofalwyr Ifanc Llanrhosog / Llanrhosog Young Carers | Assessment by 30/05/2025; group every Wednesday from June | Assessment report shared with Cerys and Gethin; group register shows Cerys attending |
| Get Cerys to school by 8.40am and Osian to nursery by 9am | Lowri Bevan | Every school day from 12/05/2025 | Registers show Cerys at 95% or more and Osian at 90% or more by the review conference |
| Check in with Cerys each week and pass on anything she says about home | Mr Rhodri Evans, DSL, Ysgol Uwchradd Llanrhosog | Every Monday | Check-in notes; anything worrying passed to Gethin the same day |
| Osian's development and speech check at home | HV Menna Lloyd | By 06/06/2025 | Development review and speech results shared with Gethin and the nursery |
| Collect Osian from nursery and give both children their tea | Emyr Bevan (taid) | Every Tuesday and Thursday | Nursery pick-up book signed by Emyr; Cerys tells Gethin where she had tea |
| Parenting assessment of Lowri | SW Gethin Morgan | Report by 11/07/2025 | Written report shared with Lowri and the core group by 11/07/2025 |

## Cynllun wrth gefn / Contingency plan

If Lowri misses two pharmacy pick-ups in a row, a drug screen shows heroin, or
she is found under the influence while she is looking after Cerys and Osian,
Gethin (or the emergency duty team out of hours) will visit the same day and
hold a strategy discussion. Cerys and Osian will stay with Nain and Taid at Maes
Derw, who have agreed this and whose home Gethin checked on 02/05/2025. If
Emyr and Glenys cannot have the children, or cannot do the Tuesday and Thursday
pick-ups, the children will stay together with Llanrhosog foster carers that
day and Gethin will arrange transport to school and nursery.

If there is no real progress by the review conference, or the children have
to leave home a second time, Gethin's team manager will request a legal
gateway meeting.

## Adolygu / Review

- Grŵp craidd / Core group: every 4 weeks – 20/05/2025, 17/06/2025 and
  15/07/2025, at Canolfan Deulu Llanrhosog.
- Cynhadledd adolygu / Review conference: 31/07/2025, 10am, Tŷ'r Cyngor,
  Llanrhosog.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Core group minutes with a Date raised | Action | Lead | Due | Status log
#    and a separate narrative contingency (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b6_ivesmoor_core_group_action_log_fairweather.docx",
    "doc_title": "Core Group Meeting 3 - Jack and Lacey Fairweather",
    "split": "tune",
    "template": "core-group-minutes-date-raised-status-log",
    "description": (
        "Minutes of a third core group for a 10-year-old and a toddler (neglect, mother's depression) "
        "with a 'Date raised | Action | Lead | Due | Status' log whose Status cells say Complete, Ongoing "
        "or Outstanding, and a separate narrative contingency. A talking-therapy row that only treats "
        "with no measure, 'ASAP', 'TBC', a blank lead, 'Core group' as owner, and the review conference "
        "date still to be confirmed."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("p", "Ivesmoor Borough Council – Children's Services – Family Safeguarding Team North"),
        ("kv", [
            ("Children", "Lacey Fairweather (10), Jack Fairweather (2)"),
            ("Meeting", "Core group 3, 14/04/2025, 1.30pm, Ivesmoor Family Centre"),
            ("Present", "Tasha Fairweather (mum); Priya Nair (SW, chair); Carol Dent (HV); Mr Kevin Lowe "
                        "(DSL, St Cuthbert's Primary); Gail Summers (FSW)"),
            ("Apologies", "Dr Amir Shah (GP) – report sent; Beth Aird (Ivesmoor Talking Therapies)"),
            ("Minutes", "Lynn Hartigan, business support"),
            ("Plan", "Child protection plan from the initial conference on 03/03/2025 (neglect)"),
        ]),
        ("h1", "1. What the plan is aiming for (from the initial conference)"),
        ("bullets", [
            "Jack is fed, clean and warm, sleeps in a dry room and keeps gaining weight along the 9th centile "
            "or above.",
            "Lacey goes to school every day, on time, and is not the one getting Jack up, fed and dressed.",
            "Lacey and Jack live in a home that is clean enough to be safe, with beds of their own.",
        ]),
        ("h1", "2. Updates"),
        ("p", "Tasha said she has found the last month hard. She started her counselling on 7 April and has "
              "been twice. She is still taking the sertraline the GP prescribed. Priya said the house was "
              "tidier on the last two visits, but Jack's room still has black mould on the wall by his cot. "
              "Carol said Jack has gained 300g in four weeks and is now just above the 9th centile. Mr Lowe "
              "said Lacey's attendance is up from 81% to 90% this half term, but she was late on 5 days."),
        ("h1", "3. Lacey's views and how Jack is"),
        ("p", "Lacey told Priya on 10/04/2025, on her own in her room, that \"Mum is getting up more now\" and "
              "that she still gives Jack his breakfast \"because he screams for it\". She said she likes the new "
              "bunk-bed idea \"if I get the top\". She would like Mum to come to her class assembly. Jack was "
              "seen to toddle to Tasha with his cup, to be wearing a dry nappy on both visits, and to cough "
              "at night, which Tasha puts down to the damp."),
        ("h1", "4. Action log"),
        ("table", {
            "header": ["Date raised", "Action", "Lead", "Due", "Status"],
            "widths": [2.2, 6.4, 3.4, 2.8, 2.2],
            "rows": [
                ["03/03/2025",
                 "Home visits to see Jack and Lacey, seeing Lacey on her own; visit notes to record what she says",
                 "SW Priya Nair", "Fortnightly", "Ongoing"],
                ["03/03/2025",
                 "Weigh Jack and plot his weight and height on his chart; weights emailed to SW",
                 "HV Carol Dent", "Every 2 weeks at Ivesmoor clinic", "Ongoing"],
                ["03/03/2025",
                 "Refer Tasha to Ivesmoor Talking Therapies and copy the referral letter to SW",
                 "GP Dr Amir Shah", "14/03/2025", "Complete"],
                ["03/03/2025",
                 "Talking Therapies sessions for Tasha's low mood",
                 "Ivesmoor Talking Therapies (counsellor Beth Aird)", "Weekly from 07/04/2025", "Ongoing"],
                ["03/03/2025",
                 "Get Lacey to school by 8.45am; school to email her attendance to SW every Friday",
                 "Tasha Fairweather", "Every school day", "Ongoing"],
                ["03/03/2025",
                 "Apply for Jack's funded two-year-old nursery place",
                 "FSW Gail Summers", "ASAP", "Outstanding"],
                ["24/03/2025",
                 "Repair the damp and black mould in Jack's bedroom",
                 "Ivesmoor Homes (housing officer)", "TBC", "Outstanding"],
                ["24/03/2025",
                 "Young carers assessment for Lacey",
                 "", "30/04/2025", "Outstanding"],
                ["24/03/2025",
                 "Pass any worry about Jack or Lacey to the SW the same day; SW to log it on file",
                 "Core group", "Same day", "Ongoing"],
                ["24/03/2025",
                 "Parenting assessment of Tasha, with a written report to the review conference",
                 "SW Priya Nair", "23/05/2025", "Ongoing"],
                ["24/03/2025",
                 "Weekly check-in with Lacey at school; notes of what she says passed to SW",
                 "DSL Mr Kevin Lowe", "Every Monday", "Ongoing"],
                ["14/04/2025",
                 "Bunk beds and bedding from the Ivesmoor Furniture Project; SW to see the beds made up at the "
                 "next visit",
                 "SW Priya Nair", "30/04/2025", "Outstanding"],
            ],
        }),
        ("h1", "5. Contingency"),
        ("p", "The contingency agreed at conference stays in place. If Jack is found on his own, unfed or in a "
              "soaked nappy, if his weight drops below the 9th centile, or if Tasha tells anyone she is thinking "
              "of harming herself, Priya (or the emergency duty team out of hours) will visit the same day and "
              "hold a strategy discussion. Lacey and Jack will stay with their aunt, Sharon Fairweather, at 9 "
              "Elm Row, who was assessed before the conference. If Sharon cannot have them, they will be placed "
              "together with Ivesmoor foster carers that day, and Priya will ask the team manager for a legal "
              "planning meeting within 5 working days."),
        ("h1", "6. Next meetings"),
        ("bullets", [
            "Core group: every 3 weeks – 06/05/2025 and 27/05/2025, 1.30pm, Ivesmoor Family Centre.",
            "Review child protection conference: date to be confirmed by the conference team.",
        ]),
        ("p", "Minutes agreed by the chair 16/04/2025. Copies to all core group members."),
    ],
    "findings": [
        F("H001", "Talking Therapies sessions for Tasha's low mood"),
        F("M001", "Talking Therapies sessions for Tasha's low mood"),
        F("T002", "Apply for Jack's funded two-year-old nursery place"),
        F("M001", "Apply for Jack's funded two-year-old nursery place"),
        F("T002", "Repair the damp and black mould in Jack's bedroom"),
        F("M001", "Repair the damp and black mould in Jack's bedroom"),
        F("W001", "Young carers assessment for Lacey"),
        F("M001", "Young carers assessment for Lacey"),
        F("W002", "Pass any worry about Jack or Lacey to the SW"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Plan written as action cards: each action a small two-column table of
#    labelled rows (Action / Lead / Timescale / Measure of success), theme
#    headings between; PDF with header and page footer on every page.
# ---------------------------------------------------------------------------
def _card(action, lead, timescale, measure):
    return ("table", {
        "rows": [
            ["Action", action],
            ["Lead", lead],
            ["Timescale", timescale],
            ["Measure of success", measure],
        ],
        "widths": [4.0, 13.0],
        "bold_first_col": True,
    })


PLANS.append({
    "name": "b6_pollardine_action_cards_themes_nowak.pdf",
    "doc_title": "Child Protection Plan - Zofia and Leo Nowak",
    "split": "tune",
    "template": "action-cards-labelled-rows-themes-paged",
    "description": (
        "ICPC plan for a 6-year-old and an 8-week-old baby (mother's postnatal depression, father's "
        "drinking and arguments) written as action cards, each a small two-column table with Action / Lead "
        "/ Timescale / Measure of success rows, under theme headings; header and page footer on every page. "
        "'Monitored by HV', 'when a space becomes available', a perinatal nurse who only supports, "
        "'Ongoing' with 'Engagement', a card with no lead, 'date TBC', 'Family and friends' 'as and when' "
        "with no measure; the grandmother's overnight help has no fallback."
    ),
    "header": "Pollardine Council – Children's Services – Child Protection Plan – OFFICIAL-SENSITIVE",
    "footer": "Zofia and Leo Nowak – plan agreed 22/05/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Children", "Zofia Nowak (6), born 30/09/2018; Leo Nowak (8 weeks), born 27/03/2025"),
            ("Parents", "Ewa Nowak and Marek Nowak, 18 Tannery Lane, Pollardine"),
            ("Initial child protection conference", "22/05/2025"),
            ("Category", "Emotional abuse; neglect (Leo)"),
            ("Social worker", "Nathan Price, Pollardine Safeguarding Team 1"),
            ("Interpreter", "Polish interpreter used for Ewa at conference (Ewa's choice)"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Ewa was diagnosed with postnatal depression in April and is under the perinatal mental health "
              "team. Marek drinks most evenings after work. Police have been called twice since Leo was born "
              "because of arguments; on 3 May Marek threw a chair and Zofia rang her grandmother. On an "
              "unannounced visit on 9 May Leo was asleep on the sofa between both parents and Marek smelled "
              "of alcohol. Zofia has been late to school 9 times since Easter."),
        ("h1", "Zofia's words and Leo's day"),
        ("p", "Zofia told the SW at school: \"When Tata drinks beer he gets loud and Mama cries in the "
              "bathroom.\" She said she puts her fingers in her ears and hides under the table with her rabbit. "
              "She wants \"no more shouting\" and for Babcia to sleep over more. Leo is feeding well from a "
              "bottle, is on the 50th centile and was seen to settle quickly when Ewa held him close, but on "
              "two visits he was left crying in his bouncer for a long time while Ewa was in her room."),
        ("h1", "What needs to be different for Zofia and Leo"),
        ("bullets", [
            "Leo sleeps safely in his own cot every night, is fed on time and stays on his centile.",
            "Zofia and Leo live in a home with no shouting, throwing or fighting, and Zofia no longer hides "
            "under the table.",
            "Zofia gets to school on time every day and has an adult at school she can tell about her worries.",
        ]),
        ("pagebreak",),
        ("h1", "Action cards"),
        ("h2", "Theme 1 – Leo's care and sleep"),
        _card("Visit at home each week to see Leo, where he sleeps and how he is fed",
              "SW Nathan Price",
              "Weekly; at least one visit in three unannounced",
              "Visit notes record where Leo slept and that his feed chart is up to date"),
        _card("Weigh Leo and check his development",
              "HV Sandra Oyelaran",
              "Fortnightly at Pollardine clinic",
              "Weight recorded in the red book and stays on or above the 50th centile"),
        _card("Leo to sleep in his own cot, never on the sofa or in the parents' bed",
              "Ewa and Marek Nowak",
              "Every night",
              "Monitored by HV"),
        ("h2", "Theme 2 – Zofia at school and how she is feeling"),
        _card("See Zofia on her own at school and do direct work with her about home",
              "SW Nathan Price",
              "Every 3 weeks",
              "Zofia's words written up for each core group"),
        _card("ELSA sessions for Zofia to help her with her worries",
              "St Anselm's Primary (ELSA Mrs Dunn)",
              "When a space becomes available",
              "ELSA session notes shared with the SW after each block of 6 sessions"),
        _card("Send Zofia's attendance and late marks to the SW",
              "Attendance officer Mrs Lyle, St Anselm's Primary",
              "Every Friday",
              "Attendance of 95% or above and no more than 2 late marks a month"),
        ("h2", "Theme 3 – Mum's health"),
        _card("Perinatal mental health team to continue supporting Ewa with her low mood and anxiety",
              "Nurse Joanne Firth, Pollardine Perinatal Mental Health Team",
              "Weekly home visits",
              "Attendance at appointments recorded"),
        _card("Review Ewa and report on how her mood affects her care of Leo and whether she can make the "
              "changes needed",
              "Dr Rahul Menon, perinatal psychiatrist",
              "By 20/06/2025",
              "Written report shared with the SW and the core group by 20/06/2025"),
        ("h2", "Theme 4 – Dad's drinking and the arguments"),
        _card("Marek to go to Pollardine Alcohol Service for assessment and support",
              "Marek Nowak",
              "Ongoing",
              "Engagement with the service"),
        _card("Breath tests and a written update on Marek's drinking for each core group",
              "Recovery worker Liam Byrne, Pollardine Alcohol Service",
              "Before each core group",
              "Test results on file; update says how many units Marek drinks a week"),
        _card("Referral to the IDVA service so Ewa has a safety plan",
              "",
              "By 30/05/2025",
              "IDVA confirms the first meeting in writing; safety plan copied to the SW"),
        _card("Marek to do the Safe Relationships programme for fathers",
              "Marek Nowak",
              "Next course – date TBC",
              "Attendance register and the facilitator's end-of-course report"),
        ("h2", "Theme 5 – Family and friends"),
        _card("Stay over on Friday and Saturday nights to help with Leo's night feeds",
              "Krystyna Wójcik (maternal grandmother)",
              "Every Friday and Saturday night",
              "Krystyna signs the night-feed chart; SW checks it at visits"),
        _card("Help Ewa with the school run and the shopping",
              "Family and friends",
              "As and when",
              ""),
        ("h1", "Contingency"),
        ("p", "If Marek drinks at home while he is looking after the children, or there is any argument with "
              "shouting, throwing or violence, Ewa will ring 999 and Marek will leave and stay with his brother "
              "Tomasz in Kelling Road. The SW will hold a strategy discussion the same day. If Ewa lets Marek "
              "back while he is drinking, or Leo is found asleep on the sofa again, Zofia and Leo will go to "
              "Krystyna's flat, and the SW will ask the team manager for a legal planning meeting within 5 "
              "working days."),
        ("h1", "Core group and review"),
        ("p", "Core group: every 4 weeks – 05/06/2025, 03/07/2025 and 31/07/2025, at Pollardine Family Hub. "
              "Review child protection conference: 14/08/2025, 10am."),
    ],
    "findings": [
        F("M002", "Leo to sleep in his own cot, never on the sofa"),
        F("T002", "ELSA sessions for Zofia to help her with her worries"),
        F("H001", "Perinatal mental health team to continue supporting Ewa"),
        F("T002", "Marek to go to Pollardine Alcohol Service for assessment"),
        F("M002", "Marek to go to Pollardine Alcohol Service for assessment"),
        F("W001", "Referral to the IDVA service so Ewa has a safety plan"),
        F("T002", "Marek to do the Safe Relationships programme for fathers"),
        F("W002", "Help Ewa with the school run and the shopping"),
        F("T002", "Help Ewa with the school run and the shopping"),
        F("M001", "Help Ewa with the school run and the shopping"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Outcome column "What we want for Ava" merged down (blank cells below in
#    the markdown export) and a "Who & when" column with owner and date (md).
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b6_jessamoor_want_for_ava_who_when_leung.md",
    "split": "tune",
    "template": "merged-child-outcome-who-and-when-md",
    "description": (
        "Exemplary review plan for a 3-year-old (mother's epilepsy with seizures while caring alone, "
        "partner's cannabis use, dental decay) where 'What we want for Ava' spans several rows (merged "
        "cells exported blank below) and a 'Who & when' column holds the owner and date ('HV Jo Peters – "
        "by 30/06'); the epilepsy nurse and drug service own actions, grandmother's help is covered in a "
        "specific contingency, core group and review dates, legal planning meeting."
    ),
    "text": """\
# Child Protection Plan – Ava Leung

Jessamoor Council, Children and Families Service
Review child protection conference: 27/05/2025 – plan continues (neglect)
Social worker: Tom Ferris · IRO: Bernadette Quayle

**Ava Leung**, born 14/02/2022 (3). Lives with her mum, **Mei Leung** (29), and
Mei's partner **Dan Whitcombe** (31), at 5 Sorrel Court, Jessamoor. Ava's
grandmother, **Wai Ling Leung** (MGM), lives in the next block.

## What we are worried about

Mei has epilepsy. Her seizures have become more frequent since she ran out of
her medication for two weeks in February, and she has had three tonic-clonic
seizures at home this year while she was the only adult with Ava; once Ava was
in the bath. Dan works away Monday to Thursday and smokes cannabis in the flat
at weekends. Ava has six decayed teeth and has missed two dental appointments,
and nursery say her speech is well behind other children her age.

## What has got better since the first conference

Mei has been back on her medication since March and has had one seizure in
April. Wai Ling now comes over most evenings. Ava's nursery attendance has gone
from 60% to 85%. Dan has had one negative drug test.

## Ava's world

Ava chatters in a mix of English and Cantonese. She told the SW "Mummy fall
down, I get Por Por" and showed him how she bangs on the wall for her
grandmother. She said her teeth "hurt on the cold". She loves the sand tray and
the bikes at nursery. She was seen to eat slowly and cry when biting an apple,
and to go happily to her keyworker in the morning. At home she climbs onto
Wai Ling's knee when Mei goes to lie down.

## The plan

| What we want for Ava | What will happen | Who & when | How we'll know |
|---|---|---|---|
| Ava is safe when Mum has a seizure: another adult who knows what to do is there at bath time and tea time, and Ava is never alone in the bath or near the cooker | Check Mei's seizure control and medication, and write to the SW with seizure frequency and safety advice for caring for Ava | Epilepsy nurse specialist Ruth Agard – by 13/06/2025, then every 3 months | Clinic letter on Ava's file giving seizure frequency and the safety advice; fewer than one seizure a month by the review |
| | Home safety check: bath seat, cooker guard and stair gate | FSW Lena Morris – by 06/06/2025 | Checklist signed; all three seen in place by the SW at the next visit |
| | Be at the flat with Ava and Mei at tea time and bath time on weekdays | Wai Ling Leung (MGM) – every weekday, 4pm to 7pm, from 02/06/2025 | Family diary signed each day; SW checks it at every visit |
| | Dan to do seizure first aid training | Dan Whitcombe – by 20/06/2025 | Certificate sent to the SW |
| Ava's teeth are treated and she can eat without pain, and her speech is catching up with other three-year-olds | Take Ava to the community dental service for treatment | Mei, with HV Jo Peters – appointment by 30/06 | Dentist's letter confirming treatment copied to the SW |
| | Speech and language assessment for Ava, with targets for home and nursery | SLT Priya Raman – by 18/07/2025 | SLT report and targets shared with Mei, nursery and the SW |
| | Ava's 3-year development review | HV Jo Peters – by 30/06 | ASQ-3 scores shared with the SW and nursery |
| Ava goes to nursery every day, clean and fed, and nobody smokes cannabis in her home | Get Ava to Little Wrens Nursery every weekday | Mei Leung – every weekday from 02/06/2025 | Nursery register shows 90% or more by the next review |
| | Weekly note on how Ava presents and anything she says | Keyworker Sophie Grant, Little Wrens – every Friday | Email to the SW each Friday |
| | Drug tests for Dan and a written view on whether he can keep cannabis out of the flat | Kev Mahon, Jessamoor Drug and Alcohol Service – tests monthly; report before each core group | Test results and report on file; every test negative |
| | Visit Ava at home, see her with and without Mei, and check the bathroom and kitchen | SW Tom Ferris – weekly until the next review | Visit notes record Ava seen, what she said and the safety equipment in use |

## If things go wrong

If Mei has a seizure while she is alone with Ava, misses a dose of her
medication, or Dan is found to have smoked cannabis in the flat, the SW will
visit the same day and hold a strategy discussion, and Ava will stay with Wai
Ling until a safety plan is agreed. If Wai Ling cannot be there at tea time and
bath time (she has her own hospital appointments), Dan's sister, Claire
Whitcombe, will cover those evenings (agreed with the SW on 23/05/2025); if
neither of them can, Ava will stay with Jessamoor foster carers. If Mei's
seizures are still not controlled, or Dan's tests are positive, by the next
review conference, the SW will request a legal planning meeting.

## Meetings

- Core group: every 4 weeks – 12/06/2025, 10/07/2025 and 07/08/2025, at Little Wrens.
- Review child protection conference: 26/08/2025, 2pm, Jessamoor Town Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 8. Not a plan: a chronology of significant events (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b6_quillstone_chronology_hartley.txt",
    "split": "tune",
    "template": "not-a-plan-chronology",
    "description": (
        "Not a plan: a multi-agency chronology of significant events for a 6-year-old, with dated entries, "
        "sources, professionals' names and what happened, but no action plan, outcomes, contingency or "
        "review arrangements."
    ),
    "not_a_plan": True,
    "text": """\
QUILLSTONE COUNCIL - CHILDREN'S SOCIAL CARE
CHRONOLOGY OF SIGNIFICANT EVENTS
Child:   Oakley HARTLEY   DOB 17/07/2018   Case no. QC-118274
Mother:  Stacey Hartley   Father: Liam Doyle (no PR, not at address)
Compiled by: Pippa Ranson (SW)   Period: 01/01/2024 - 30/04/2025
Sources: CSC case record, Quillstone Police, Brookside Primary, Quillstone
Health Visiting / School Nursing, Quillstone General ED, GP (Elm Tree Surgery)
------------------------------------------------------------------------------
DATE        SOURCE             EVENT
------------------------------------------------------------------------------
12/01/2024  Brookside Primary  Oakley arrives without a coat in snow; tells
                               class teacher Ms Rigby the heating is "broken
                               again". Noted on school log. No referral.
06/03/2024  Police (PC 2291)   Neighbour calls 999 about shouting at the flat.
                               Stacey and her then partner Craig Mills present.
                               Oakley asleep. No offences disclosed. DASH
                               standard. PPN sent to CSC 07/03/2024.
08/03/2024  CSC front door     PPN screened by Kerry Walsh (SW). No further
                               action; letter sent to Stacey with helplines.
22/05/2024  School nurse       Oakley seen for head lice (third time this
                               year). School nurse Aled Hughes gives advice
                               and treatment pack to Stacey at the gate.
15/07/2024  ED, Quillstone     Oakley brought in by Stacey with a 3cm burn to
            General            the back of his hand. Explanation: touched the
                               iron on the ironing board. Consistent per
                               Dr Okoye. Discharged with dressing.
03/09/2024  Brookside Primary  Start of Year 1. Attendance for 2023/24 was
                               86.4%.
19/10/2024  Police (PC 1870)   Craig Mills arrested at the flat for assaulting
                               Stacey. Oakley in the room, crying. Craig
                               charged; bail conditions not to attend.
21/10/2024  CSC                Strategy discussion (Kerry Walsh SW, DS Ann
                               Brook, Mrs Dale DSL, HV/SN duty). Section 47
                               enquiry agreed.
04/11/2024  CSC                Section 47 completed by Pippa Ranson (SW).
                               Oakley seen alone: "Craig hit Mummy's head on
                               the door." Outcome: child in need.
18/12/2024  Elm Tree Surgery   Stacey seen by Dr Farah for low mood and poor
                               sleep. Started on sertraline.
27/01/2025  Brookside Primary  Oakley tells Mrs Dale (DSL) that "Craig came
                               back at Christmas". Mrs Dale rings the SW.
30/01/2025  CSC                Home visit by Pippa Ranson. Stacey says Craig
                               came once on Boxing Day and she told him to
                               leave. Craig's toothbrush seen in bathroom.
14/02/2025  Police             Craig found in the flat at 02:10 in breach of
                               bail. Arrested. Oakley asleep upstairs.
17/02/2025  CSC                Strategy discussion. Decision to convene an
                               initial child protection conference.
10/03/2025  CSC                Initial child protection conference. Oakley
                               subject to a child protection plan (emotional
                               abuse). Plan held as a separate document.
02/04/2025  Brookside Primary  Oakley late 6 times since the conference.
                               Attendance this term 88%.
28/04/2025  Police             Craig Mills sentenced to 14 months for the
                               October assault and the breach.
------------------------------------------------------------------------------
Analysis (SW, 30/04/2025): the chronology shows repeated domestic abuse by
Craig Mills, with Oakley present at three incidents, and a pattern of low-level
neglect (cold home, head lice, lateness) going back to January 2024. The burn
in July 2024 was not shared with CSC at the time.
------------------------------------------------------------------------------
Chronology to be updated before each core group. OFFICIAL-SENSITIVE.
""",
    "findings": [],
})
