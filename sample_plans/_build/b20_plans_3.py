"""Batch 20, module 3: seven fictional plans (tuning material), all named b20_l*.

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus of this module: tables in unfamiliar shapes - the action in the last
column, one row per agency holding several numbered actions, a table with no
header row, a two-row header, tables that run over pages in a PDF, a RAG-rated
progress table, and an 'Outcome' column merged down with numbered steps
inside the cells.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, action in the LAST column (docx)
# ---------------------------------------------------------------------------
_SOBER = "Theo and Gianna are cared for by a sober adult, day and night"
_NURSERY = "Theo goes to nursery every day, clean, fed and ready to play"

PLANS.append({
    "name": "b20_larchwick_action_last_column_ferrante.docx",
    "doc_title": "Child Protection Plan - Theo and Gianna Ferrante",
    "split": "tune",
    "template": "outcome-lead-when-evidence-then-action-last-column",
    "description": (
        "ICPC plan for a 3-year-old and a 7-month-old (mother's drinking and anxiety) in a council "
        "template that reads right to left: what we want, lead, when, evidence, and the action in the "
        "last column. 'When she feels ready' with 'feels more confident', 'Monitored', a grandmother's "
        "overnights with no measure, 'Family network' / 'Ongoing', a blank lead, one adult-only outcome "
        "cell, and a contingency that leans on the grandmother with no fallback."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Larchwick Borough Council · Children's Services · Safeguarding and Family Support, Team 3"),
        ("kv", [
            ("Children", "Theo Ferrante, DOB 14/02/2022 (3 yrs); Gianna Ferrante, DOB 29/10/2024 (7 months)"),
            ("Address", "41 Wharf Terrace, Larchwick LK4 2PD"),
            ("Mother", "Chiara Ferrante (31)"),
            ("Father", "Daniel Rourke – lives in Spain, no contact with the children since 2023"),
            ("Conference", "Initial child protection conference, 28/05/2025 (chair: IRO Graham Pask)"),
            ("Category", "Neglect"),
            ("Social worker", "Hannah Oyelaran"),
        ]),
        ("h1", "Reasons for the plan"),
        ("p", "On 2 May 2025 police attended after a neighbour rang about a child in the front garden. Theo "
              "was on his own outside in a vest. Chiara was asleep on the sofa and smelt strongly of alcohol "
              "at 3pm, and Gianna was in her cot in a soaked nappy. Chiara told conference she has drunk most "
              "of a bottle of wine a day since Gianna was born, and that she feels anxious \"all the time\" "
              "and drinks to calm down. Little Owls Nursery say Theo has come in hungry on 8 of the last 20 "
              "sessions and has missed 30% of his sessions since Easter. His speech is behind for his age."),
        ("p", "Chiara's mum, Rosa, lives on the next estate. She has been having the children at weekends "
              "since the police call and Chiara says she would be lost without her."),
        ("h1", "Theo and Gianna – what they've said and shown us"),
        ("p", "Theo talks in two- and three-word sentences. At the home visit on 20 May he took the SW by "
              "the hand to the kitchen and said \"Theo hungry. Mummy sleeping\". At nursery he told his key "
              "person \"Nonna's house – pasta!\" and he draws Nonna's dog most days. He cries at pick-up "
              "if it is not Nonna who collects him."),
        ("p", "Gianna was seen at the visit on 20 May and at the HV clinic on 23 May. She smiles and "
              "reaches for Chiara and settles quickly with her. Her nappy area was red and sore at the clinic "
              "and she fed hungrily, taking 7oz in one go."),
        ("h1", "Plan"),
        ("p", "Read each row from left to right – what we want, who leads, when, how we will know, and "
              "then what will be done."),
        ("table", {
            "header": ["What we want for the children", "Lead", "When", "We'll know it's working when",
                       "What will be done"],
            "widths": [3.4, 2.8, 2.8, 3.8, 4.2],
            "rows": [
                [_SOBER,
                 "SW Hannah Oyelaran",
                 "Weekly; at least one visit in every two unannounced",
                 "Visit notes show both children seen, Theo spoken to on his own, and no alcohol seen or "
                 "smelt in the home",
                 "Visit the home, see Theo and Gianna and check who is looking after them"],
                [_SOBER,
                 "Open Door Alcohol Service – keyworker Lee Brannigan",
                 "Assessment by 13/06/2025, then weekly sessions",
                 "Breath-test results and attendance sent to the SW before every core group; a zero reading "
                 "on every test",
                 "Assess Chiara's drinking, agree a plan with her to cut down and stop, and breath-test her "
                 "at each session"],
                ["Chiara will feel less anxious and stop drinking in the daytime.",
                 "Chiara",
                 "When she feels ready",
                 "Chiara feels more confident",
                 "Go to the Wellbeing Hub's anxiety and confidence group"],
                ["Gianna is fed, changed and growing well along her centile",
                 "HV Sunita Rao",
                 "Every 2 weeks at home until Gianna is 9 months, then monthly",
                 "Weight plotted in the red book at each visit and stays on or above the 25th centile; "
                 "nappy and sleep checks recorded",
                 "Weigh Gianna and check her feeding, nappies and where she sleeps"],
                [_NURSERY,
                 "Chiara",
                 "Every nursery session from 02/06/2025",
                 "Nursery register shows Theo in on at least 9 of every 10 sessions",
                 "Get Theo to nursery for all of his funded sessions, with breakfast eaten"],
                [_NURSERY,
                 "Little Owls Nursery – key person Jade Fenwick",
                 "Daily",
                 "Monitored",
                 "Keep an eye on how Theo presents – hunger, clothes, tiredness"],
                [_SOBER,
                 "Rosa Ferrante (MGM)",
                 "Every Friday and Saturday night",
                 "",
                 "Have Theo and Gianna to stay overnight at weekends"],
                [_SOBER,
                 "Family network",
                 "Ongoing",
                 "Calls logged on the children's file with the date and what the SW did",
                 "Pop in on Chiara and the children and tell the SW about any worries"],
                ["Theo's speech catches up so he can tell adults what he needs",
                 "",
                 "By 30/06/2025",
                 "SALT assessment report shared with the SW and the nursery",
                 "Refer Theo to the speech and language therapy service"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Chiara is found under the influence of alcohol while she is the only adult looking after "
              "Theo and Gianna, or either child is found outside or on their own, the SW (or the emergency "
              "duty team out of hours) will visit the same day. The children will go to Rosa's house while "
              "a strategy discussion is held within 24 hours, and the SW will ask the team manager for a "
              "legal planning meeting within 5 working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every 4 weeks – 11/06/2025, 09/07/2025 and 06/08/2025, 10am at Larchwick Children's "
            "Centre.",
            "Review child protection conference: 20/08/2025, 2pm, Larchwick Town Hall, Committee Room 2.",
        ]),
        ("p", "Plan agreed at conference and typed up by H Oyelaran (SW), 30/05/2025."),
    ],
    "findings": [
        F("F002", "Chiara will feel less anxious and stop drinking in the daytime."),
        F("T002", "Go to the Wellbeing Hub's anxiety and confidence group"),
        F("M002", "Go to the Wellbeing Hub's anxiety and confidence group"),
        F("M002", "Keep an eye on how Theo presents"),
        F("M001", "Have Theo and Gianna to stay overnight at weekends"),
        F("W002", "Pop in on Chiara and the children and tell the SW"),
        F("T002", "Pop in on Chiara and the children and tell the SW"),
        F("W001", "Refer Theo to the speech and language therapy service"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Review plan, ONE ROW PER AGENCY with several numbered actions in a cell,
#    table running over pages; header and page footer (pdf). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b20_lenholme_agency_rows_numbered_actions_achterberg.pdf",
    "doc_title": "Child Protection Plan - Ruby and Ollie Achterberg",
    "split": "tune",
    "template": "one-row-per-agency-numbered-actions-inline-when-know-paged",
    "description": (
        "Exemplary review plan for a 9-year-old and a 5-month-old (mother's postnatal depression, father "
        "working offshore) with one table row per agency or person holding several numbered actions, each "
        "with its own when and how-we'll-know, running over two pages; OFFICIAL-SENSITIVE header and page "
        "footer. Perinatal team asked for a capacity-to-change assessment, GP owns actions, grandmother's "
        "mornings covered by a fallback, core group and review dates, legal planning meeting."
    ),
    "header": "OFFICIAL – SENSITIVE | Lenholme City Council Children's Services | LCC/CP/25/1186",
    "footer": "Child protection plan – Ruby and Ollie Achterberg – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Review"),
        ("kv", [
            ("Children", "Ruby Achterberg, DOB 03/08/2015 (9); Ollie Achterberg, DOB 12/01/2025 (5 months)"),
            ("Parents", "Nadia Achterberg (mum); Pieter Achterberg (dad – offshore engineer, two weeks on, "
                        "two weeks off)"),
            ("Review conference", "11/06/2025 – plan continues"),
            ("Category", "Neglect"),
            ("Social worker", "Bethan Morrow, Family Safeguarding Team West"),
            ("IRO", "Colin Treharne"),
        ]),
        ("h1", "What has happened and what we are still worried about"),
        ("p", "Nadia has had postnatal depression since Ollie was born. In March she told the HV she had "
              "thought about harming herself, Ollie's weight had dropped from the 50th to the 9th centile, "
              "and Ruby was getting up in the night to give Ollie his bottle and had missed 9 days of school. "
              "Since the first conference Nadia has been seen by the perinatal team and started sertraline, "
              "and Ollie's weight is back on the 25th centile."),
        ("p", "The worry now is the fortnight in every four when Pieter is offshore. Nadia still finds "
              "mornings very hard and has gone back to bed twice in May, leaving Ruby to get Ollie up. "
              "Nadia's mum, Joan, has been coming in each morning and this has made a big difference, but "
              "she is 71 and has her own hospital appointments."),
        ("h1", "What Ruby says and what we see for Ollie"),
        ("p", "Ruby (seen on her own at school, 04/06/2025): \"I like it when Nana Joan comes in the morning "
              "because she does pancakes and I don't have to do Ollie's bottle.\" She said Mum is \"better "
              "than before, she laughs more\", but she gets a tummy ache on Sunday nights when Dad is going "
              "back to the rig \"in case Mum goes back to bed\". She would like to start Brownies again on "
              "Thursdays."),
        ("p", "Ollie (seen at home, 04/06/2025, and at clinic, 06/06/2025): smiling and babbling, holds his "
              "head well, turns to Nadia's voice and settles in her arms. He fed well for Nadia during the HV "
              "visit. His cot was clean and made up; his clothes were clean."),
        ("h1", "What we want for Ruby and Ollie"),
        ("bullets", [
            "A – Ollie is fed, warm and settled by an awake adult every day and night, and keeps growing on "
            "or above the 25th centile.",
            "B – Ruby gets to school every day on time and does not have to look after Ollie or her mum.",
            "C – Ruby and Ollie live with a mum whose mood is steady enough to notice and meet their needs, "
            "and Ruby knows who to tell if Mum becomes unwell.",
        ]),
        ("h1", "Who will do what"),
        ("p", "One row for each agency or person. Each numbered action says what will happen, when, and how "
              "we will know."),
        ("table", {
            "header": ["Agency / person", "Actions – what, when, how we'll know", "For"],
            "widths": [3.6, 11.6, 1.8],
            "bold_first_col": True,
            "rows": [
                ["Children's Social Care\nSW Bethan Morrow",
                 "1.1 SW to visit Ruby and Ollie at home every week while Pieter is offshore and every two "
                 "weeks while he is home, seeing Ruby on her own each time. Visit notes record who was "
                 "caring for Ollie and what Ruby said.\n"
                 "1.2 SW to agree a written morning rota with Nadia, Pieter and Joan for the weeks Pieter is "
                 "away, by 20/06/2025. Signed rota on the file and a copy on the fridge.\n"
                 "1.3 SW to write a family safety plan with Nadia, Pieter, Joan and Ruby (in words Ruby "
                 "understands), using the CPN's advice on Nadia's early warning signs, by 27/06/2025. Signed "
                 "plan on file; Ruby can tell the SW who she would tell and what they would do.\n"
                 "1.4 SW to complete the updated parenting assessment by 25/07/2025. Report shared with the "
                 "family and with the core group on 30/07/2025.",
                 "A, B, C"],
                ["Health visiting\nHV Mel Sandhu",
                 "2.1 HV to weigh Ollie at home every 2 weeks until he is 9 months old. Weight plotted in the "
                 "red book and emailed to the SW; stays on or above the 25th centile.\n"
                 "2.2 HV to complete the Edinburgh Postnatal Depression Scale with Nadia at every visit. "
                 "Score recorded and sent to the CPN and the SW the same week.\n"
                 "2.3 HV to do Ollie's 9-month development review by 10/10/2025. ASQ-3 scores shared with "
                 "the SW and the GP.",
                 "A, C"],
                ["Lenholme Perinatal Mental Health Team\nDr Farah Qureshi (consultant psychiatrist), "
                 "CPN Owen Jeffries",
                 "3.1 CPN to visit Nadia at home every week, check her medication and early warning signs, "
                 "and assess whether she is making the changes needed to care for Ruby and Ollie. Written "
                 "update to each core group on her progress and how long the changes are likely to take.\n"
                 "3.2 Dr Qureshi to review Nadia by 04/07/2025 and write an assessment of her capacity to "
                 "change, what still needs to change and the likely timescale. Report shared with the core "
                 "group by 18/07/2025.",
                 "C"],
                ["GP\nDr Martin Howell, Lenholme Road Surgery",
                 "4.1 GP to prescribe Nadia's sertraline in 14-day amounts and review it with her monthly. "
                 "Prescription dates and review notes sent to the CPN and the SW each month.\n"
                 "4.2 GP to tell the SW the same day about any A&E attendance or missed health appointment "
                 "for Ruby or Ollie. Each notification logged on the children's file.",
                 "A, C"],
                ["Lenholme Primary School\nDSL Mrs Carys Pugh",
                 "5.1 DSL to check Ruby's attendance and punctuality every day and ring the SW the same "
                 "morning if she is not in by 9.30am without a reason. Attendance log emailed to the SW "
                 "every Friday; target 95% or more.\n"
                 "5.2 Learning mentor Mr Dale to meet Ruby every Wednesday for a check-in. Notes of what Ruby "
                 "says sent to the SW every two weeks.",
                 "B, C"],
                ["Nadia and Pieter Achterberg (parents)",
                 "6.1 Nadia to take her sertraline every day and go to every perinatal appointment until the "
                 "review conference, so that she is well enough to get up with Ollie and Ruby each morning. "
                 "CPN attendance record and prescription dates.\n"
                 "6.2 Pieter to ring home every evening while he is offshore and speak to Nadia and Ruby, and "
                 "ring the SW the same day if he is worried about Nadia. Pieter's call log (date and time) "
                 "checked by the SW at each visit.\n"
                 "6.3 Nadia and Pieter to go to the Baby Steps group at the children's centre on Tuesday "
                 "mornings, 8 sessions from 17/06/2025. Attendance register and the facilitator's note to "
                 "the SW at the end of the course.",
                 "A, B, C"],
                ["Joan Hartley (maternal grandmother)",
                 "7.1 Joan to come to the house by 7am each weekday while Pieter is offshore, give Ollie his "
                 "morning feed and take Ruby to school. Rota signed by Joan each morning; school register "
                 "shows Ruby in by 8.50am.\n"
                 "7.2 Joan to ring the SW or the perinatal team the same day if Nadia is in bed, very low, "
                 "or talking about harming herself. Calls logged on the children's file with what was done.",
                 "A, B"],
            ],
        }),
        ("h1", "If Nadia becomes unwell again, or the help at home breaks down"),
        ("p", "If Nadia stops her medication, stays in bed during the day, tells anyone she is thinking of "
              "harming herself, or Ollie's weight drops below the 9th centile, the SW (or the emergency duty "
              "team out of hours) will hold a strategy discussion the same day and the perinatal team will "
              "see Nadia within 24 hours. Joan will move into the house (she has agreed) so that an awake "
              "adult is with the children day and night, and Pieter will come home on the next crew change "
              "(agreed in writing with his employer, Nordvik Offshore)."),
        ("p", "If Joan cannot come in one morning, she or Nadia will ring the SW before 8am and the family "
              "support worker, Sean Clarke, will go to the house that morning and take Ruby to school. If "
              "Joan's help stops for more than two days and Pieter cannot get home, Ruby and Ollie will be "
              "looked after together by approved foster carers until he is back, and the SW will request a "
              "legal planning meeting within 5 working days."),
        ("p", "If Dr Qureshi's assessment says Nadia is unlikely to make the changes needed within Ollie's "
              "timescales, or there is not enough progress by the review conference, the team manager will "
              "request a legal planning meeting to decide whether to start the Public Law Outline."),
        ("h1", "How we will keep track"),
        ("bullets", [
            "Core group every 4 weeks: 02/07/2025, 30/07/2025 and 27/08/2025, 10am at Lenholme Children's "
            "Centre. Agencies send written updates to the SW two working days before each meeting.",
            "Review child protection conference: 10/09/2025, 1.30pm, Lenholme Civic Offices.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group progress review, RAG in the first column (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b20_loddersfield_rag_progress_review_walsh.md",
    "split": "tune",
    "template": "core-group-rag-first-column-progress-then-agreed-today-md",
    "description": (
        "Third core group for two children (domestic abuse, mother's low mood) reviewing the ICPC plan in "
        "a table with the RAG rating in the first column and a progress column, then bullets agreed on the "
        "day. A CMHT row that only supports ('mood improves'), 'keep an eye on' with 'Ongoing' and "
        "'Reviewed at core group', a referral left for the new authority, a blank measure, 'ASAP', "
        "'Whole family' / 'Throughout the plan', an adult outcome, and the review conference left unset."
    ),
    "text": """\
# Loddersfield Council – Children's Services

## Child protection plan – progress review (core group 3)

**Children:** Kayden Walsh (11, DOB 17/09/2013) · Maisie Walsh (6, DOB 02/03/2019)
**Mother:** Stacey Walsh · **Father:** Jordan Pike (left the home 21/03/2025; non-molestation order in place)
**ICPC:** 27/03/2025 – category: emotional abuse
**This meeting:** 14/05/2025, 1pm, Loddersfield Family Hub
**SW:** Priya Doshi · **Team manager:** Alan Mercer

**Present:** Stacey Walsh; Priya Doshi (SW); Mr Tom Hart (DSL, Loddersfield Academy); Mrs Gail Finch
(Maisie's teacher, St Bede's Infants); Carla Jones (IDVA, Loddersfield Women's Aid); Dean Okoye (CMHT care
coordinator).
**Apologies:** Dr Amina Farouk (GP); PC Rhys Evans (DA Unit).

---

### What we want for Kayden and Maisie (agreed at ICPC)

1. Kayden and Maisie live in a home where there is no violence, and they feel safe when they go to sleep.
2. Kayden gets to be an 11-year-old again and isn't the one keeping an eye on his mum and sister.
3. Maisie can hear properly in class and her speech keeps coming on.
4. Stacey is able to keep herself safe and her mood lifts.

### What the children have told us since the last meeting

**Kayden** (seen on his own at school, 08/05/2025) said it is "quieter now Dad's gone" and he sleeps better,
but he still checks the front door is locked every night "in case". He worries about his mum when she stays in
bed and says he does Maisie's breakfast "most days". He would like to go back to football training on
Wednesdays.

**Maisie** (seen at home, 12/05/2025) showed Priya her bedroom and said she likes it "when Mummy does my
plaits". Asked about her dad she said "he shouted and broke the telly", then went back to her drawing. Mrs
Finch says Maisie often says "what?" and has been moved to the front of the class to hear.

### RAG key

**G** = done or on track · **A** = started but not there yet · **R** = not started or off track

### Progress against the ICPC plan

| RAG | Action agreed at ICPC | Lead | Due | How we'll know | Progress at 14/05/2025 |
|---|---|---|---|---|---|
| G | SW to see Kayden and Maisie on their own, alternating school and home | Priya Doshi (SW) | Every 2 weeks | Visit notes show both children seen alone and their words written down | 4 visits since ICPC; both seen alone each time |
| A | Stacey to complete the Freedom Programme | Stacey Walsh | Starts 03/06/2025; 12 weekly sessions | Certificate, and the facilitator's report to the SW | Place confirmed at the Family Hub |
| R | CMHT care coordinator to support Stacey with her low mood and anxiety | CMHT – Dean Okoye | Fortnightly | Stacey's mood improves | Stacey missed 2 of 4 appointments in April; Dean has offered home visits instead |
| G | Safety plan with Stacey and DASH risk review | IDVA Carla Jones | Safety plan by 31/05/2025; DASH monthly | Written safety plan on file; DASH scores sent to the SW | Safety plan done 06/05; DASH down from 16 to 11 |
| A | Keep an eye on Kayden's mood and friendships in school | Loddersfield Academy (DSL Mr Hart) | Ongoing | Reviewed at core group | Kayden quieter than usual; one detention for lateness |
| R | Young Carers referral for Kayden – on hold, Pelsham to pick up once the family move | Priya Doshi (SW) | TBC once the move goes through | | Not started |
| G | Flag the address and send the SW details of any DA call-out | Loddersfield Police DA Unit (PC Rhys Evans) | Within 24 hours of any call-out | Notification on the children's file | No call-outs since 21/03 |
| A | Refer Maisie to audiology for a hearing test | GP Dr Amina Farouk | By 30/06/2025 | | Not confirmed – GP sent apologies |
| A | Help Stacey with her housing transfer to Pelsham, near her sister | Housing officer Lisa Grant | ASAP | Written offer of a tenancy in Pelsham | Application in; banding letter awaited |
| A | Make sure Jordan has no contact with Kayden and Maisie outside the agreed letterbox | Whole family | Throughout the plan | No police call-outs; the children tell the SW Jordan has not been to the house | Stacey's mum saw Jordan outside the school gates on 02/05 |

### Agreed today

- Dean Okoye (CMHT) to write to Priya by 04/06/2025 with his view of whether Stacey can make and keep the
  changes the children need, and how long that is likely to take; his letter will be shared at core group 4.
- Priya (SW) to send the plan and a case summary to Pelsham Children's Services by 28/05/2025, and to keep
  visiting every 2 weeks until Pelsham hold their transfer-in conference; Pelsham's acknowledgement email
  and the visit notes will be on file.
- Mr Hart (DSL) to let Kayden leave lessons to use the pastoral room when he needs to, from 15/05/2025, and
  send Priya a note each Friday of how often he used it.

### If things go wrong

If Jordan comes to the house or the schools, or Stacey lets him back into the home, Stacey will ring 999 and
she and the children will go to the Loddersfield refuge (Women's Aid are holding a place). The DA Unit will
attend, and Priya will hold a strategy discussion the same day. If Stacey lets Jordan come back to live at
the house, Priya will ask Alan Mercer for a legal planning meeting within 5 working days.

### Next meetings

- Core group 4: 11/06/2025, then every 4 weeks (09/07/2025).
- Review child protection conference: date to be confirmed – if the family have moved by then, Pelsham will
  set the date.

*Minutes: P Doshi, 15/05/2025. Copies to everyone present and to apologies.*
""",
    "findings": [
        F("H001", "CMHT care coordinator to support Stacey with her low mood"),
        F("M002", "CMHT care coordinator to support Stacey with her low mood"),
        F("T002", "Keep an eye on Kayden's mood and friendships in school"),
        F("M002", "Keep an eye on Kayden's mood and friendships in school"),
        F("X001", "Young Carers referral for Kayden – on hold"),
        F("T002", "Young Carers referral for Kayden – on hold"),
        F("M001", "Young Carers referral for Kayden – on hold"),
        F("M001", "Refer Maisie to audiology for a hearing test"),
        F("T002", "Help Stacey with her housing transfer to Pelsham"),
        F("W002", "Make sure Jordan has no contact with Kayden and Maisie"),
        F("T002", "Make sure Jordan has no contact with Kayden and Maisie"),
        F("F002", "Stacey is able to keep herself safe and her mood lifts."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. ICPC plan, typed ASCII grid with one row per agency and lettered items
#    inside the cell (txt)
# ---------------------------------------------------------------------------
def _grid(rows, w1=24, w2=78):
    sep = "+" + "-" * (w1 + 2) + "+" + "-" * (w2 + 2) + "+"
    head_sep = "+" + "=" * (w1 + 2) + "+" + "=" * (w2 + 2) + "+"
    out = [sep]
    for i, (left, right) in enumerate(rows):
        n = max(len(left), len(right))
        for j in range(n):
            a = left[j] if j < len(left) else ""
            b = right[j] if j < len(right) else ""
            assert len(a) <= w1 and len(b) <= w2, (a, b)
            out.append("| " + a.ljust(w1) + " | " + b.ljust(w2) + " |")
        out.append(head_sep if i == 0 else sep)
    return "\n".join(out)


_LUMBER_GRID = _grid([
    (["AGENCY / WORKER"],
     ["WHAT WE WILL DO  (each item: action / When / Know = how we will know)"]),
    (["CHILDREN'S SOCIAL CARE", "SW Femi Adeyinka", "(Safeguarding North)"],
     ["a) Visit Amber and Reggie at home and see each of them on their own.",
      "   When: every 2 wks, at least 1 visit in 3 unannounced.",
      "   Know: visit notes record both children seen alone and what they said.",
      "b) Parenting assessment of Donna and Wes.",
      "   When: report by 25/07/2025.",
      "   Know: written report shared with the core group on 30/07/2025.",
      "c) Help Donna get back in touch with Acorn and keep her appointments.",
      "   When: -",
      "   Know: -"]),
    (["SCHOOL NURSING", "Pam Rigby (SN)"],
     ["a) Health review for Reggie incl. his bedwetting and his teeth.",
      "   When: by 30/06/2025.",
      "   Know: review sent to SW and GP; dental appt booked and date given to SW.",
      "b) Sessions with Amber on relationships, consent and staying safe online.",
      "   When: as needed.",
      "   Know: session notes shared with the SW."]),
    (["ACORN DRUG & ALCOHOL", "SERVICE", "keyworker Sol Brightman"],
     ["a) Assess Donna's crack and cannabis use and agree a treatment plan.",
      "   When: assessment by 13/06/2025, then keywork wkly.",
      "   Know: assessment + drug test results sent to SW before each core group."]),
    (["LUMBERCOMBE HIGH", "DSL Mrs Jo Pennock"],
     ["a) Check Amber is in school and ring the SW if she is not in by 10am.",
      "   When: every school day.",
      "   Know: attendance log emailed to the SW each Friday; target 90%+.",
      "b) Weekly mentoring for Amber with the school's learning mentor.",
      "   When: wkly (Thursdays, period 5).",
      "   Know: Amber's engagement."]),
    (["BRAMBLE LANE PRIMARY", "DSL Mr Owen Sayer"],
     ["a) Breakfast club place for Reggie, free of charge.",
      "   When: every school day from 09/06/2025.",
      "   Know: breakfast club register; Reggie in class by 8.50am."]),
    (["DONNA QUENNELL (MUM)"],
     ["a) Keep all Acorn appointments and take every drug test offered.",
      "   When: ongoing.",
      "   Know: Acorn attendance record and test results.",
      "b) No drugs, and no visitors who use drugs, in the house.",
      "   When: from 04/06/2025, every day.",
      "   Know: nothing seen at SW visits; children say no visitors late at night."]),
    (["WES CLAYTON", "(Reggie's dad)"],
     ["a) Collect Reggie from school on the days Michelle is not collecting.",
      "   When: Thu and Fri each week.",
      "   Know: Bramble Lane collection book signed by Wes."]),
    (["MICHELLE QUENNELL", "(maternal aunt)"],
     ["a) Have Reggie after school Mon-Wed until 6pm and give him his tea.",
      "   When: from 16/06/2025.",
      "   Know: -"]),
    (["FAMILY NETWORK"],
     ["a) Make sure Amber and Reggie are never left alone with Donna",
      "   if she has used.",
      "   When: ongoing.",
      "   Know: children tell the SW who looked after them."]),
])

PLANS.append({
    "name": "b20_lumbercombe_agency_grid_quennell.txt",
    "split": "tune",
    "template": "typed-ascii-grid-agency-rows-lettered-items-when-know-txt",
    "description": (
        "ICPC plan for a 14-year-old and an 8-year-old (mother's crack cocaine use) printed as a typed "
        "ASCII grid with one row per agency or person and lettered items, each with its own When / Know "
        "lines. Blank When and Know, 'as needed', 'engagement', 'ongoing', an aunt's after-school care "
        "with no measure, 'Family network'; a vague contingency that leans on the aunt, no legal step."
    ),
    "text": f"""\
LUMBERCOMBE COUNCIL                                          CHILDREN'S SOCIAL CARE
CHILD PROTECTION PLAN (ICPC)                                 Printed 06/06/2025 11:42
=====================================================================================

Children:      Amber QUENNELL (14)  DOB 22/01/2011  Yr 9, Lumbercombe High
               Reggie CLAYTON (8)   DOB 09/10/2016  Yr 3, Bramble Lane Primary
Mother:        Donna Quennell
Reggie's dad:  Wes Clayton (Donna's partner, lives at home)
Amber's dad:   Lee Quennell - no contact since 2019
Address:       14 Tanner's Row, Lumbercombe LM3 8QT
ICPC:          04/06/2025        Category: Neglect
SW:            Femi Adeyinka (Safeguarding Team North)
Chair:         Rosalind Gage (IRO)

WHY THERE IS A PLAN
-------------------
Donna told the SW in May that she has been smoking crack cocaine "at weekends" since
the new year, and cannabis most days. Police found Amber (14) walking Reggie (8) home
from a friend's flat at 11.40pm on 17/05 because "Mum's mates were round". Reggie is
often late to school without breakfast and has bad tooth decay. Amber has missed 22
sessions this half term. Wes works nights at the distribution centre three nights a
week.

WHAT AMBER AND REGGIE SAY
-------------------------
Amber (seen alone at school 29/05): "I'm not a kid, I can look after Reg." She said
she is tired "all the time" because she waits up until Mum's friends go. She wants
Mum to "stop letting randoms in" and would like to be allowed to stay at her friend
Keeley's on Saturdays.
Reggie (seen alone at school 29/05): likes Auntie Michelle's because "she makes
proper tea, with potatoes". He said he gets scared when "Mum's friends come round
late and it's loud" and he hides under his duvet with his tablet.

WHAT WE WANT FOR AMBER AND REGGIE
--------------------------------
 1. Amber and Reggie are looked after by a sober adult every evening and night and
    are not around people using drugs.
 2. Amber can be 14 - in school, seeing her friends - and is not the one caring for
    Reggie.
 3. Reggie gets to school on time, fed, and his teeth are treated so he is not in pain.

THE PLAN - BY AGENCY
--------------------
{_LUMBER_GRID}

CONTINGENCY
-----------
If the plan is not followed or there are any further concerns, the SW will discuss
this with the team manager and a strategy discussion will be considered. Reggie may
go to stay with Michelle while things are looked at.

CORE GROUP AND REVIEW
---------------------
Core group: every 3 weeks - 18/06/2025, 09/07/2025, 30/07/2025 (10am, Lumbercombe
Family Centre).
Review child protection conference: 03/09/2025, 10am, Lumbercombe House.

Distribution: family, core group members, IRO.
-- END --
""",
    "findings": [
        F("T001", "Help Donna get back in touch with Acorn"),
        F("M001", "Help Donna get back in touch with Acorn"),
        F("T002", "Sessions with Amber on relationships, consent and staying safe online"),
        F("M002", "Weekly mentoring for Amber with the school's learning mentor"),
        F("T002", "Keep all Acorn appointments and take every drug test offered"),
        F("M001", "Have Reggie after school Mon-Wed until 6pm"),
        F("W002", "Make sure Amber and Reggie are never left alone with Donna"),
        F("T002", "Make sure Amber and Reggie are never left alone with Donna"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Outcome column merged down, numbered steps inside the Steps cells (docx).
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b20_lyssingham_merged_outcome_numbered_steps_mwale.docx",
    "doc_title": "Child Protection Plan - Nathaniel Mwale",
    "split": "tune",
    "template": "outcome-merged-down-steps-numbered-in-cells-who-when-know",
    "description": (
        "Exemplary ICPC plan for a 10-week-old baby (mother's emotionally unstable personality disorder "
        "and self-harm) with an 'Outcome for Nathaniel' column merged down (real Word vertical merges) and "
        "each step numbered inside its own cell. Paternal grandparents' day cover has a fallback, CMHT "
        "psychiatrist and DBT therapist report on capacity to change, GP owns an action, dates for core "
        "groups and review, legal planning meeting."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Lyssingham County Council – Children and Families – Safeguarding Service (South)"),
        ("kv", [
            ("Child", "Nathaniel Mwale, born 31/03/2025 (10 weeks)"),
            ("Parents", "Aisha Bright (22) and Jerome Mwale (25), 3 Fennel Close, Lyssingham"),
            ("Paternal grandparents", "Grace and Samuel Mwale, 17 Cedar Rise, Lyssingham (10 minutes' walk)"),
            ("Conference", "Initial child protection conference, 10/06/2025"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Ellie Carver"),
            ("Conference chair", "Martin Osei (IRO)"),
        ]),
        ("h2", "Why Nathaniel needs a plan"),
        ("p", "Aisha has a diagnosis of emotionally unstable personality disorder and is known to the "
              "Lyssingham CMHT. She took an overdose in 2023. Since Nathaniel was born she has cut her arms "
              "twice, the second time on 22 May while Nathaniel was in his Moses basket beside her. Jerome "
              "found her and rang 999. Neighbours have twice heard Aisha screaming at Nathaniel to \"shut "
              "up\". Jerome works 8am to 5pm Monday to Friday, and until conference Aisha was on her own with "
              "Nathaniel all day."),
        ("h2", "What Nathaniel's day is like – what we have seen"),
        ("p", "At the HV visit on 03/06/2025 Nathaniel fed well, held Aisha's gaze and settled in her arms. "
              "At the SW's visit on 05/06/2025 he startled and cried when Aisha raised her voice on the "
              "phone, and stopped crying when Jerome picked him up and talked to him. He turns towards "
              "Jerome's voice. Grace says he sleeps best at her house, where it is quiet. His weight is on "
              "the 50th centile."),
        ("h2", "The plan"),
        ("table", {
            "header": ["Outcome for Nathaniel", "Steps", "Who", "When", "How we'll know"],
            "widths": [3.2, 5.2, 2.9, 2.6, 3.1],
            "rows": [
                ["Nathaniel is always cared for by a calm adult who is awake and able to respond to him, "
                 "day and night.",
                 "1. See Nathaniel at home, watch a feed or nappy change, and talk with Aisha and Jerome "
                 "about how the week has gone",
                 "SW Ellie Carver",
                 "Weekly; at least one visit in three unannounced",
                 "Visit notes record Nathaniel seen awake, who was caring for him and how Aisha responded "
                 "to his cues"],
                [V,
                 "2. Be at the house in the day while Jerome is at work, so Aisha is never on her own with "
                 "Nathaniel",
                 "Grace Mwale (PGM); Samuel Mwale (PGF) on Thursdays",
                 "Every weekday, 8am–5.30pm, until the review conference",
                 "Daily sheet in the kitchen signed in and out; checked by the SW at each visit"],
                [V,
                 "3. Do the night feeds, and take over settling Nathaniel whenever Aisha says she is "
                 "overwhelmed",
                 "Jerome Mwale (dad)",
                 "Every night",
                 "Feed chart on the fridge filled in for every night feed; HV checks it fortnightly"],
                [V,
                 "4. Ring the SW (or EDT out of hours) if Aisha self-harms, talks about harming herself, or "
                 "shouts at Nathaniel",
                 "Jerome (lead), with Grace",
                 "The same day",
                 "Each call logged on Nathaniel's file with the time and what was done"],
                ["Nathaniel feeds well, grows along his centile and has all his health checks and "
                 "immunisations.",
                 "5. Weigh Nathaniel and check feeding, safe sleep, and how Aisha and Nathaniel are together",
                 "HV Tamsin Lloyd",
                 "Every 2 weeks until 6 months, then monthly",
                 "Weight plotted in the red book, staying on or above the 50th centile; safe sleep "
                 "checklist and bonding observation sent to the SW"],
                [V,
                 "6. Give Nathaniel his 12- and 16-week immunisations, with Jerome bringing him",
                 "Practice nurse Jan Ellis, Lyssingham Health Centre",
                 "By 23/07/2025 (16 weeks)",
                 "Immunisation record updated and copied to the HV and SW"],
                ["Nathaniel grows up with a mum who can manage her distress safely, so he is not frightened "
                 "or left on his own when she is struggling.",
                 "7. Review Aisha's medication monthly and prescribe it weekly, so that there is never a "
                 "large supply in the house",
                 "GP Dr Rhian Pryce",
                 "Monthly review; weekly prescriptions",
                 "Prescription record and review notes sent to the SW and the CMHT each month"],
                [V,
                 "8. Assess Aisha's mental health and whether she can make and keep the changes Nathaniel "
                 "needs, within his timescales",
                 "Dr Lowri Bevan, consultant psychiatrist, Lyssingham CMHT",
                 "Assessment by 25/07/2025",
                 "Written report to the core group on Aisha's capacity to change, the steps needed and the "
                 "likely timescale"],
                [V,
                 "9. DBT skills group and individual session each week, and report on the changes Aisha is "
                 "making and whether they are quick enough for Nathaniel",
                 "DBT therapist Marc Holloway, Lyssingham CMHT",
                 "Weekly, starting 24/06/2025",
                 "Written report to each core group with attendance and examples of Aisha using the "
                 "skills at home"],
                [V,
                 "10. Keep to her own safety plan when she feels overwhelmed: put Nathaniel in his cot, "
                 "ring Jerome or Grace, then use her crisis card",
                 "Aisha Bright (mum)",
                 "Plan written with her CMHT care coordinator by 20/06/2025, then every time she feels overwhelmed",
                 "Copy of the plan on the fridge; Aisha can talk the SW through it; Jerome's log of each "
                 "time it was used"],
            ],
        }),
        ("h2", "If things go wrong"),
        ("p", "If Aisha self-harms or takes an overdose, is found shouting at or handling Nathaniel roughly, "
              "or Nathaniel's weight falls below the 25th centile, the SW (or the emergency duty team) will "
              "hold a strategy discussion the same day. Nathaniel will stay with Jerome at Grace and Samuel's "
              "house at 17 Cedar Rise, and Aisha's time with him will be supervised by Grace or Jerome."),
        ("p", "If Grace and Samuel cannot cover a weekday, even for one day, Jerome will take emergency "
              "leave (agreed with his employer, Lyssingham Bus Company) and stay at home with Nathaniel. If "
              "neither can be there, Nathaniel will be placed with approved foster carers the same day and "
              "the SW will request a legal planning meeting within 5 working days."),
        ("p", "If Dr Bevan's report says Aisha is unlikely to make the changes Nathaniel needs within his "
              "timescales, or the plan is not making a difference by the review conference, the SW will "
              "request a legal planning meeting to consider the Public Law Outline."),
        ("h2", "Core group and review"),
        ("p", "Core group every 3 weeks: 24/06/2025, 15/07/2025, 05/08/2025 and 26/08/2025, at Lyssingham "
              "Family Centre. Review child protection conference: 02/09/2025 at 10am, County Hall."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. RCPC plan, landscape, TWO-ROW HEADER with merged cells, table running over
#    pages; header and page footer (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b20_lorrowdale_two_row_header_landscape_haverstock.pdf",
    "doc_title": "Child Protection Plan - Finn and Skye Haverstock",
    "split": "tune",
    "template": "two-row-merged-header-lead-support-start-by-landscape-paged",
    "description": (
        "Review plan for a 6-year-old and a 2-year-old (father's depression) in a landscape table with a "
        "two-row header (Responsible over Lead / Support, Timescale over Start / Complete by) running "
        "over two pages; header and page footer. A talking-therapies row that only treats, 'As required' "
        "with 'Improvement', 'Professionals' as owner, a row with no lead or measure, a row with no "
        "timescale, an adult outcome, no child's voice, and a vague contingency (legal gateway is named "
        "separately)."
    ),
    "landscape": True,
    "header": "Lorrowdale Council – Children's Services – OFFICIAL SENSITIVE",
    "footer": "Haverstock CP plan (RCPC 10/06/2025) – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan (following review conference)"),
        ("kv", [
            ("Children", "Finn Haverstock (6), DOB 19/04/2019 – Year 1, Hollins Primary; "
                         "Skye Haverstock (2), DOB 07/02/2023"),
            ("Parents", "Gavin Haverstock (dad) and Jade Haverstock (mum), 88 Ridgeway, Lorrowdale"),
            ("Review conference", "10/06/2025 – plan continues, category neglect"),
            ("Social worker", "Rory Addison, Lorrowdale Safeguarding Team"),
        ]),
        ("h2", "Concerns"),
        ("p", "Gavin has severe depression. He has been off work since February and told his GP in May "
              "that he has thought about ending his life. He is at home with Skye on the four days a week "
              "that Jade works at the supermarket. On two visits since the ICPC the house was cluttered, "
              "there was little food in, and Gavin was still in bed at 2pm. Finn's attendance is 84% and he "
              "has been late 19 times. Skye missed her 2-year review in April."),
        ("h2", "Finn and Skye's views"),
        ("p", "Finn has not been seen on his own since the review conference – the two planned visits were "
              "cancelled because of staff sickness. Skye is too young to give her views."),
        ("h2", "What needs to be different for Finn and Skye"),
        ("bullets", [
            "Finn and Skye are looked after by an adult who is up, dressed and able to feed and watch them "
            "every day.",
            "Finn gets to school every day on time.",
            "Skye has her development checked and any delay is picked up.",
            "Gavin's mood is stable and he returns to work.",
        ]),
        ("h2", "Action plan"),
        ("table", {
            "header": ["No.", "Action", "Responsible", H, "Timescale", H,
                       "Evidence – what we will see"],
            "widths": [1.1, 7.4, 3.6, 2.8, 2.6, 3.0, 5.2],
            "rows": [
                ["", "", "Lead", "Support", "Start", "Complete / review by", ""],
                ["1", "Visit Finn and Skye at home, see Finn on his own and look at where both children sleep",
                 "SW Rory Addison", "–", "16/06/2025", "Every 2 weeks",
                 "Visit notes record Finn seen alone and both bedrooms seen"],
                ["2", "CBT sessions for Gavin for his low mood",
                 "Lorrowdale Talking Therapies (Nadine Fox, CBT therapist)", "GP", "23/06/2025",
                 "12 sessions, weekly", "Attendance record sent to the SW"],
                ["3", "Review Gavin's antidepressants and his risk of suicide, and write to the SW after "
                      "each review",
                 "GP Dr Simon Ekwueme", "–", "16/06/2025", "Monthly",
                 "GP letter to the SW after each review"],
                ["4", "Change shifts so that Skye is not left alone with Gavin on the days he is low",
                 "Jade Haverstock", "–", "01/07/2025", "Each rota",
                 "Jade's shift rota given to the SW every month"],
                ["5", "Take up Skye's funded 2-year-old nursery place, 3 days a week",
                 "Jade Haverstock", "Little Acorns Nursery", "30/06/2025", "Each week",
                 "Nursery register shows Skye in 3 days every week"],
                ["6", "Support Finn in school with his behaviour and emotions",
                 "Hollins Primary (Mrs Dee Carr, SENCO)", "Class teacher", "–", "As required",
                 "Improvement in Finn's behaviour"],
                ["7", "Share any concerns about the children with the SW",
                 "Professionals", "–", "–", "Same day",
                 "Concern logged on the children's file"],
                ["8", "Referral to Lorrowdale Carers Centre for Jade",
                 "", "", "", "By 30/06/2025", ""],
                ["9", "Finn's referral to CAMHS for assessment of his anxiety and sleep",
                 "GP Dr Simon Ekwueme", "SW", "–", "–",
                 "CAMHS acceptance letter on file"],
                ["10", "Skye's 2-year developmental review (missed in April)",
                 "HV Lucy Brandon", "–", "–", "By 31/07/2025",
                 "ASQ-3 scores shared with the SW and the nursery"],
                ["11", "Home conditions work – clear Finn's bedroom and get Skye a proper bed",
                 "FSW Abi Marr", "Jade and Gavin", "23/06/2025", "6 weekly sessions",
                 "Home conditions score of 3 or more at session 6; Skye's bed in place"],
                ["12", "Keep all medication locked away and out of the children's reach",
                 "Gavin and Jade", "–", "16/06/2025", "Every day",
                 "Locked box seen at every SW visit"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If things get worse at home or there are further concerns about Gavin's mental health, the "
              "SW will discuss this with the team manager and consider whether a strategy discussion is "
              "needed."),
        ("h2", "Escalation"),
        ("p", "If there is not enough progress on this plan by the next review conference, the SW will "
              "take the case to the Lorrowdale legal gateway meeting."),
        ("h2", "Core group and review"),
        ("p", "Core group: monthly – 26/06/2025, 24/07/2025, 21/08/2025 (Hollins Primary, 3.30pm). "
              "Next review child protection conference: 09/10/2025."),
    ],
    "findings": [
        F("H001", "CBT sessions for Gavin for his low mood"),
        F("T002", "Support Finn in school with his behaviour and emotions"),
        F("M002", "Support Finn in school with his behaviour and emotions"),
        F("W002", "Share any concerns about the children with the SW"),
        F("W001", "Referral to Lorrowdale Carers Centre for Jade"),
        F("M001", "Referral to Lorrowdale Carers Centre for Jade"),
        F("T001", "Finn's referral to CAMHS for assessment of his anxiety and sleep"),
        F("F002", "Gavin's mood is stable and he returns to work."),
        F("F003"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Table with NO HEADER ROW (empty header from a Word export), outcome banner
#    rows (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b20_lattimere_headerless_table_castellan.md",
    "split": "tune",
    "template": "headerless-word-export-table-outcome-banner-rows-md",
    "description": (
        "Exemplary ICPC plan for a 15-year-old at risk of criminal exploitation and his 9-year-old sister "
        "(mother's multiple sclerosis), exported from Word to markdown with an empty header row, so the "
        "table has no column headings; bold outcome banner rows. Adult social care and the MS nurse own "
        "actions, uncle's weekends have a fallback, core group and review dates, legal planning meeting."
    ),
    "text": """\
# Lattimere City Council – Children's Social Care

**CHILD PROTECTION PLAN – agreed at initial child protection conference, 12/06/2025**

| Child | Dylan Castellan, 15 (DOB 30/11/2009) – Year 10, Lattimere Academy |
|---|---|
| Child | Evie Castellan, 9 (DOB 14/08/2015) – Year 4, St Anne's Primary |
| Parent | Claire Castellan (mum), 6 Weaver's Yard, Lattimere |
| Family | Rob Castellan (maternal uncle) and his partner Maria Lopes, Thornley Road, Lattimere |
| Category | Neglect |
| SW | Marcus Reid, Adolescent Safeguarding Team |
| Chair | Judith Kemp (IRO) |

## What we are worried about

Dylan has been reported missing five times since March, twice overnight. On 27 May he was found by police in
Southgate with £300 in cash and a second phone, and he has been seen getting into cars outside the academy.
Police believe he is being used to carry drugs for a county line. Claire has relapsing multiple sclerosis.
Since a relapse in April she has been using a wheelchair outside the house and cannot always get up in the
morning without help. Evie has been getting her mum's tablets, making breakfast and answering the door to
people looking for Dylan.

## What Dylan and Evie have told us

Dylan (seen on his own, 05/06/2025, at a café he chose): "I'm not being made to do anything, I'm just earning."
Later he said he "can't just stop" because he "owes someone". He said home is "boring and sad since Mum got
worse" and he'd like to do a mechanics course. He asked that his uncle Rob be "part of it" because "he doesn't
lecture me".

Evie (seen on her own at school, 06/06/2025): said she likes helping Mum but "sometimes I'm late because Mum
can't do the buttons". She gets scared when "big boys knock for Dylan at night". She wants to go back to
swimming club and to have a sleepover at Aunty Maria's.

## The plan

|   |   |   |   |
|---|---|---|---|
| **1. Dylan is home safe every night and is not being used to carry drugs or money.** | | | |
| Dylan to be home by 9pm on school nights and 10pm at weekends, and answer when Claire or Rob ring | Dylan, with Claire checking | Every night | Claire's door log (time Dylan came in) checked by the SW each week; no missing episodes |
| Return home interview within 72 hours of every missing episode, and share what Dylan says | Lattimere Missing Team – Kez Omari | Within 72 hours of each episode | Interview record on Dylan's file and with the police the same week |
| One-to-one sessions with Dylan on exploitation, debt and getting out safely | Youth worker Jordan Hale, Lattimere Exploitation Team | Weekly, Tuesdays 4pm | Session notes to the SW weekly; exploitation screening tool repeated by 31/07/2025 and shared with the core group |
| Disrupt the adults targeting Dylan and share intelligence with the SW | DC Sian Fairbank, Lattimere Police Exploitation Unit | Within 24 hours of any sighting or missing report | Police notifications on Dylan's file; disruption actions listed at each core group |
| Make a National Referral Mechanism referral for Dylan | SW Marcus Reid | By 19/06/2025 | Referral and Home Office acknowledgement on file |
| **2. Dylan is in school every day and working towards his exams.** | | | |
| Ring Claire and the SW if Dylan is not in by 9.15am or leaves the site | Lattimere Academy – DSL Mr Kwame Boateng | Every school day | Attendance log sent to the SW every Friday; target 90%+ |
| Set up a mechanics taster on Wednesday afternoons at Lattimere College | Lattimere Academy – Mrs Ruth Dale (careers lead) | Starting w/c 23/06/2025 | College register shows Dylan at each session |
| **3. Evie has time to be 9 and is not the one looking after her mum.** | | | |
| Young carers' assessment for Evie and a place at the Thursday club | Lattimere Young Carers – Hannah Voss | Assessment by 27/06/2025; club every Thursday after that | Assessment report to the SW; club register shows Evie attending |
| Care Act assessment of Claire's care needs, and morning home care so Evie does not help her dress | Lattimere Adult Social Care – assessor Neil Grove | Assessment by 04/07/2025; care in place by 25/07/2025 | Assessment and care plan sent to the SW; carers' log shows a morning call every day |
| Review Claire's MS treatment and tell the SW how her health is affecting her care of the children | MS specialist nurse Frances Kerr, Lattimere Neurology | By 11/07/2025, then every 3 months | Letter to the SW and the GP after each review |
| Fund a Saturday swimming club place for Evie and book her transport | Lattimere Young Carers – Hannah Voss | Every Saturday from 21/06/2025 | Club attendance card, seen by the SW at visits |
| **4. Both children know an adult is looking out for them every day.** | | | |
| See Dylan and Evie separately, on their own | SW Marcus Reid | Every 2 weeks; Dylan at a place he chooses | Visit notes record each child seen alone and what they said |
| Have Dylan to stay on Friday and Saturday nights and do something with him on the Saturday | Rob Castellan (uncle) | Every Friday and Saturday | Rob texts the SW on Monday with the times Dylan was in; no missing episodes from Rob's |
| Check in with Evie each week and tell the SW how she is in school | St Anne's Primary – DSL Mrs Olu Adebayo | Every Friday, by email | Weekly email on file noting attendance, lateness and anything Evie has said |

## If things go wrong

- If Dylan is not home by the agreed time, Claire or Rob will ring him and then report him missing to the
  police by 10pm (midnight at weekends). If he is missing overnight, or is found with drugs, cash or another
  new phone, the SW (or EDT) will hold a strategy discussion the same day and the police will put the
  disruption plan into action.
- If Rob and Maria cannot have Dylan at a weekend, Rob will tell the SW by Friday 12 noon, and the
  exploitation team's weekend outreach worker will see Dylan on the Friday and Saturday evenings. If Rob's
  weekends stop altogether, the SW will arrange a respite foster placement for Dylan at weekends within 7 days.
- If Claire has a relapse and cannot look after Evie, Evie will stay with Rob and Maria. If they cannot have
  her, she will go to an approved foster carer the same day, and her school and young carers' worker will be
  told.
- If Dylan has two more missing episodes, or his exploitation screening score goes up by the July core group,
  the SW will request a legal planning meeting to consider care proceedings or a secure welfare application.

## Meetings

- Core group every 3 weeks: 26/06/2025, 17/07/2025, 07/08/2025 and 28/08/2025 (Lattimere Youth Hub, 4pm so
  that Dylan can come).
- Review child protection conference: 09/09/2025, 10am, Lattimere Civic Centre.

*Typed from the conference record by M Reid (SW), 13/06/2025.*
""",
    "findings": [],
})
