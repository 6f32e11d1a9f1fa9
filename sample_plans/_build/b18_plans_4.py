"""Batch 18, module 4: seven fictional plans (tuning material), places starting with "t".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Layouts: tables with unusual column arrangements - a GIRFEC plan whose merged
first column holds the wellbeing indicator and Orla's outcome with the
measure before the action, a Welsh/English Tasg | Diweddariad two-column
table, a Signs of Safety plan with When | Who first, a typed ASCII grid with
Kai's words merged down the first column, a "Lead / by when" first column
with the family's words merged down the middle, danger statement banners
over Action | Comments, and a transfer plan with the action in the last
column.
"""
import textwrap

from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. GIRFEC child's plan: merged wellbeing indicator + outcome column first,
#    then How we'll know, then the action, then "Responsible (date)". Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b18_tullochbrae_girfec_indicator_first_macleish.docx",
    "doc_title": "Child's Plan (Child Protection) - Orla MacLeish",
    "split": "tune",
    "template": "girfec-merged-indicator-outcome-first-measure-before-action-responsible-date-last",
    "description": (
        "Exemplary Scottish child's plan for a 7-year-old (mother's drinking and low mood). The first "
        "column holds each SHANARRI indicator with Orla's outcome, merged down its rows; 'How we'll know' "
        "comes before the action and 'Responsible (date)' is last. ADRS and the CMHT own actions, the CPN "
        "assesses capacity to change, granny's overnights are covered in a specific contingency, core "
        "group and review case conference dates, legal advice and a Reporter referral."
    ),
    "check_vmerge": 4,
    "blocks": [
        ("title", "Child's Plan"),
        ("p", "Tullochbrae Council – Children and Families Social Work | Tullochbrae Health and Social "
              "Care Partnership"),
        ("kv", [
            ("Child", "Orla MacLeish, born 22/08/2017 (7), P3 at Glenbervie Primary"),
            ("Lives with", "Aileen MacLeish (mum), 14 Carsebank Road, Tullochbrae"),
            ("Plan made at", "Initial child protection planning meeting, 11/03/2025"),
            ("Child protection register", "Yes – concerns: neglect; parental alcohol use"),
            ("Lead professional", "Kirsty Dunbar, social worker"),
            ("Named Person", "Mrs Jean Abernethy, head teacher, Glenbervie Primary"),
        ]),
        ("h1", "Why we are concerned"),
        ("p", "Aileen has been drinking most evenings since her partner left last summer. Twice in "
              "February Orla phoned her gran after school because she could not wake her mum, and on "
              "27 February police found Orla, then 7, alone in the house at 9pm while Aileen was at the "
              "pub across the road. Orla has been late to school on 19 of the last 40 days and her "
              "asthma reviews have been missed. Aileen has told her GP she feels low and \"can't see "
              "the point\"; she has been prescribed an antidepressant and referred to the community "
              "mental health team."),
        ("h1", "Strengths"),
        ("p", "Aileen loves Orla and is honest about her drinking; she went to her first ADRS "
              "appointment on her own. Morag Ross, Orla's gran, lives two streets away, has Orla "
              "most weekends already and has agreed the overnight arrangements below. Orla is doing "
              "well in maths and loves Brownies."),
        ("h1", "Orla's views"),
        ("p", "I met Orla at school on 6 March and we did her 'My World' sheet together. She said: "
              "\"I like it at Granny's because there's always tea and she does my hair for school.\" "
              "When I asked what she worries about she said \"when Mum is sleeping and won't wake up "
              "and I don't know if she's poorly\". Her three wishes were \"Mum to stop the wine\", \"a "
              "dog\" and \"to not be late any more because Mrs Kerr gives me a late slip\". She wants "
              "her gran at the meetings and asked that her mum is not told off."),
        ("h1", "My plan"),
        ("table", {
            "header": ["Wellbeing indicator – what Orla needs", "How we'll know",
                       "What will happen", "Responsible (date)"],
            "widths": [3.6, 4.4, 5.0, 4.0],
            "rows": [
                ["SAFE\nOrla is looked after every evening and night by an adult who is sober, and she is "
                 "never left on her own in the house.",
                 "Visit notes record Orla seen alone, where she sleeps and who was caring for her",
                 "Visit Orla at home, including one unannounced evening visit a month, and see her "
                 "on her own",
                 "Kirsty Dunbar, lead professional (SW) – every 2 weeks"],
                [V,
                 "Written report to each core group with breath test results and whether Aileen is "
                 "keeping to her plan",
                 "Assess Aileen's drinking, agree a reduction plan with her and breath test her at "
                 "every appointment",
                 "Euan Baird, recovery worker, Tullochbrae ADRS – assessment by 28/03/2025, then weekly"],
                [V,
                 "Overnight diary signed by Morag and seen by the SW at each visit",
                 "Orla sleeps at Granny Morag's house on Friday and Saturday nights",
                 "Morag Ross (maternal gran) – every Friday and Saturday from 14/03/2025"],
                ["HEALTHY\nOrla has breakfast and a hot tea every day and her asthma is controlled, so "
                 "she is not missing school with it.",
                 "Written asthma plan in Orla's school bag and on her file; inhaler doses recorded on "
                 "the school chart with none missed",
                 "Review Orla's asthma, check her inhaler technique and give Aileen and the school a "
                 "written asthma plan",
                 "Fiona Gunn, school nurse – by 04/04/2025, then once a term"],
                [V,
                 "Orla tells her Named Person at the Monday check-in whether she had breakfast and tea; "
                 "recorded on the check-in sheet",
                 "Give Orla breakfast before school and her tea by 6pm",
                 "Aileen MacLeish (mum) – every day"],
                ["ACHIEVING\nOrla gets to school on time and catches up with her reading by the summer.",
                 "School register shows Orla in by 8.50am on at least 95% of days, checked at each "
                 "core group",
                 "Get Orla up, dressed and to school by 8.50am",
                 "Aileen MacLeish (mum) – every school day"],
                [V,
                 "Check-in notes kept; any worry passed to the SW the same day",
                 "Check in with Orla on her own each week and pass on anything she says about home",
                 "Mrs Jean Abernethy, Named Person – every Monday"],
                [V,
                 "Reading age re-tested by 27/06/2025; home reading record signed 4 nights in 5",
                 "Reading catch-up group and a reading book sent home each night",
                 "Ms Lorna Kerr, class teacher – daily from 17/03/2025"],
                ["NURTURED\nOrla has a mum who is awake, notices how she is feeling and spends time "
                 "with her every day.",
                 "Written assessment of Aileen's capacity to make and keep changes, and the likely "
                 "timescale, shared with the core group by 25/04/2025",
                 "See Aileen about her low mood and assess whether she can make the changes Orla "
                 "needs, and how long that is likely to take",
                 "Alasdair Munro, CPN, Tullochbrae CMHT – fortnightly; assessment by 25/04/2025"],
                [V,
                 "Attendance record; FSW observes a bedtime at the start and end and reports to the "
                 "core group",
                 "Incredible Years parenting group (12 weeks) with Aileen, and a home session on Orla's "
                 "bedtime routine",
                 "Shona Petrie, family support worker – weekly from 01/04/2025"],
                ["RESPECTED and INCLUDED\nOrla's views are heard at every meeting and she keeps going "
                 "to Brownies.",
                 "Orla's sheet read out at each core group and kept on her file",
                 "Complete Orla's 'My views' sheet with her, in her words",
                 "Kirsty Dunbar (SW) – in the week before every core group"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Aileen is found under the influence of alcohol while she is caring for Orla, Orla is "
              "left alone in the house, or Aileen misses two ADRS appointments in a row: the lead "
              "professional (out of hours, the Tullochbrae out-of-hours social work service) will visit "
              "the same day, Orla will go to Morag's house and stay there, and an inter-agency referral "
              "discussion (IRD) will be held within 24 hours."),
        ("p", "If Morag is unwell, away or not able to have Orla on a Friday or Saturday night, she will "
              "phone the lead professional by noon that day. Aileen's friend is not an approved "
              "alternative. Orla will stay that night with Tullochbrae Council's emergency foster carers, "
              "arranged by the lead professional or the out-of-hours service, and the lead professional "
              "will seek legal advice the next working day about how Orla is kept safe."),
        ("h1", "Reviewing the plan"),
        ("bullets", [
            "Core group: every 4 weeks – 27/03/2025, 24/04/2025 and 22/05/2025, at Glenbervie Primary, "
            "3.30pm. Morag is invited to every core group.",
            "Review child protection case conference: 19/06/2025, 10am, Tullochbrae Council Offices.",
            "If ADRS tests show Aileen is still drinking while caring for Orla at the 22/05/2025 core "
            "group, or the CPN's assessment says change is unlikely in Orla's timescale, the lead "
            "professional will seek legal advice and refer Orla to the Children's Reporter for a "
            "compulsory supervision order to be considered.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Bilingual Welsh/English headings, two-column Tasg / Task | Diweddariad /
#    Update table with owner and date inside the update cell (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b18_trefallwyn_bilingual_tasg_update_meredith.pdf",
    "doc_title": "Cynllun Amddiffyn Plant / Child Protection Plan - Cerys a Deio",
    "split": "tune",
    "template": "bilingual-welsh-english-two-column-tasg-diweddariad-owner-date-in-update-paged",
    "description": (
        "Initial CP plan for a 10-year-old and a 3-year-old (domestic abuse, father's drinking, "
        "mother's low mood) with Welsh/English headings and a two-column Tasg / Task | Diweddariad / "
        "Update table: owner, date and measure are written in the update cell. A CMHT row that only "
        "supports, 'date TBC', 'asap', 'Engagement', 'Family' supervising contact with no measure, an "
        "unowned referral, one adult outcome; the nain is relied on with no fallback and no legal step."
    ),
    "header": "SWYDDOGOL – SENSITIF / OFFICIAL – SENSITIVE | Cyngor Sir Trefallwyn / Trefallwyn County Council",
    "footer": "Cynllun Amddiffyn Plant / Child Protection Plan – Tudalen / Page {PAGE} o / of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Cynllun Amddiffyn Plant / Child Protection Plan"),
        ("kv", [
            ("Plant / Children", "Cerys Meredith (10), Deio Lloyd (3)"),
            ("Mam / Mother", "Sian Meredith, 9 Heol y Felin, Trefallwyn"),
            ("Tad Deio / Deio's father", "Gareth Lloyd – living with his mother in Penrhos since 20/02/2025"),
            ("Cynhadledd / Conference", "Cynhadledd gychwynnol / Initial child protection conference, 06/03/2025"),
            ("Categori / Category", "Cam-drin emosiynol / Emotional abuse"),
            ("Gweithiwr cymdeithasol / Social worker", "Eleri Thomas, Tîm Diogelu / Safeguarding Team"),
        ]),
        ("h1", "Pam mae gan y plant gynllun / Why the children have a plan"),
        ("p", "Police have been called to 9 Heol y Felin three times since October. On 15 February "
              "Gareth had been drinking, punched the kitchen door and pushed Sian against the fridge while "
              "she was holding Deio. Cerys rang 999 from her bedroom. Gareth drinks most days and has "
              "told the SW he \"doesn't see it as a problem\". Sian has been treated by her GP for "
              "depression since Deio was born and says she struggles to get out of bed on some days, "
              "which means Cerys often gets Deio his breakfast."),
        ("h1", "Llais y plant / What Cerys and Deio tell us"),
        ("p", "Cerys (seen on her own at school, 03/03/2025): \"I don't like it when Dad's been in the "
              "Lion. I take Deio in my room and put the tablet on loud.\" She said she wants her dad to "
              "visit \"but only if he's not drunk\", and that she likes Tuesdays and Thursdays best "
              "because nain picks them up and they have chips. Deio is a chatty boy with a few words in "
              "Welsh and English; at nursery he startles at raised voices and has started hiding under "
              "the table when the door bangs."),
        ("h1", "Beth rydym ni eisiau i'r plant / What we want for the children"),
        ("bullets", [
            "Cerys and Deio live in a home where there is no shouting, pushing or hitting.",
            "Cerys goes to school without worrying about her mam and Deio, and is not the one who "
            "gets Deio up and fed.",
            "Deio's speech comes on and he goes to every nursery session.",
            "Sian's mood will be better and she will feel more able to cope.",
        ]),
        ("h1", "Beth fydd yn digwydd / What will happen"),
        ("table", {
            "header": ["Tasg / Task", "Diweddariad / Update (pwy a phryd / who and when)"],
            "widths": [7.0, 10.0],
            "rows": [
                ["Home visits to see Cerys and Deio, and see Cerys on her own",
                 "Eleri Thomas (SW) – every 2 weeks, one of them unannounced each month. Visit notes "
                 "record Cerys seen alone and what she says. Last visit 04/03/2025."],
                ["Support sessions for Sian with her low mood and anxiety",
                 "CPN Gwyn Harries, Trefallwyn CMHT – weekly from 11/03/2025. Attendance recorded on "
                 "the CMHT system and shared with Eleri."],
                ["Assessment of Gareth's drinking by the substance misuse service",
                 "Trefallwyn Substance Misuse Service (TSMS) – appointment date TBC. Written "
                 "assessment to be sent to the SW and the core group."],
                ["Cerys to have ELSA sessions at school about her worries at home",
                 "Mrs Nia Pugh, ELSA, Ysgol Bryn Tawel – weekly from 10/03/2025. Engagement."],
                ["Supervise Gareth's time with Deio on Saturday afternoons",
                 "Family – Saturdays. No update."],
                ["Mair Jones (nain) to collect Cerys and Deio on Tuesdays and Thursdays and give them tea",
                 "Mair Jones (MGM) – every Tuesday and Thursday. School and nursery pick-up book signed "
                 "by Mair each time."],
                ["Referral to Trefallwyn Domestic Abuse Service for an IDVA for Sian",
                 "To be made – Sian has agreed."],
                ["Deio's 2-year development review, including his speech",
                 "Carys Rowlands (HV) – overdue, to be done asap. ASQ-3 scores to be sent to Eleri."],
                ["Deio to go to the Cylch Meithrin three mornings a week",
                 "Sian – Monday, Wednesday and Friday from 10/03/2025. Register sent to the SW monthly."],
                ["Gareth to go on the Cadw'n Ddiogel / Keeping Safe programme for fathers",
                 "Gareth Lloyd – next course starts 22/04/2025 (16 weeks). Facilitator's mid-way and "
                 "end reports to the core group."],
            ],
        }),
        ("h1", "Os bydd pethau'n mynd o chwith / If things go wrong"),
        ("p", "If Gareth comes to the house outside the Saturday arrangement, or there is any more "
              "violence or threats, Sian will ring 999 and then Eleri (out of hours, the emergency duty "
              "team). Eleri will hold a strategy discussion the same day and Cerys and Deio will go to "
              "nain's house, Mair Jones, 3 Stryd y Capel, until it is safe for them to go home."),
        ("h1", "Grŵp craidd a chynhadledd adolygu / Core group and review conference"),
        ("bullets", [
            "Grŵp craidd / Core group: every 4 weeks – 27/03/2025, 24/04/2025, 22/05/2025, at "
            "Canolfan Deulu Trefallwyn, 10am.",
            "Cynhadledd adolygu / Review child protection conference: 05/06/2025, 1.30pm, Neuadd y Sir.",
        ]),
    ],
    "findings": [
        F("H001", "Support sessions for Sian with her low mood and anxiety"),
        F("T002", "Assessment of Gareth's drinking by the substance misuse service"),
        F("M002", "Cerys to have ELSA sessions at school about her worries"),
        F("W002", "Supervise Gareth's time with Deio on Saturday afternoons"),
        F("M001", "Supervise Gareth's time with Deio on Saturday afternoons"),
        F("W001", "Referral to Trefallwyn Domestic Abuse Service for an IDVA"),
        F("T001", "Referral to Trefallwyn Domestic Abuse Service for an IDVA"),
        F("M001", "Referral to Trefallwyn Domestic Abuse Service for an IDVA"),
        F("T002", "Deio's 2-year development review, including his speech"),
        F("F002", "Sian's mood will be better and she will feel more able to cope"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Signs of Safety with danger statements and safety goals; next steps
#    table with When | Who first (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b18_thistlemere_sos_when_who_first_garside.md",
    "split": "tune",
    "template": "signs-of-safety-danger-goals-when-who-first-next-steps-table-md",
    "description": (
        "Exemplary Signs of Safety ICPC plan for a 6-year-old and a 5-month-old (domestic abuse, "
        "father's drinking, mother's postnatal depression): danger statements, safety goals, three "
        "houses, scaling, and a next steps table whose columns run When | Who | Next step | How we'll "
        "know. Perinatal psychiatrist assesses capacity to change, alcohol service owns an action, the "
        "aunt's supervision and the grandmother's care are covered in the contingency, legal planning."
    ),
    "text": """\
# Thistlemere Borough Council – Children's Services
## Signs of Safety child protection plan

**Children:** Amira Garside (6, Year 1 at Thistlemere Primary) and Zac Garside (5 months)
**Mum:** Kayleigh Garside  **Dad:** Lewis Garside (moved to his sister's on 03/02/2025)
**Initial child protection conference:** 12/03/2025  **Category:** Emotional abuse
**SW:** Hannah Okoro  **Chair:** Graham Tait (IRO)

---

### Danger statements

1. Children's services, the police and the health visitor are worried that
   Lewis may hurt Kayleigh again when he has been drinking, while Amira and Zac
   are in the room, and that Zac could be dropped or hurt in the middle of it.
   On 2 February Lewis pushed Kayleigh while she was holding Zac and Amira hid
   behind the sofa and would not come out.
2. We are also worried that when Kayleigh's depression is at its worst she
   stays in bed, Zac's feeds are late and Amira gets herself ready for school
   and comes in hungry, as happened on several days in January.

### Safety goals

1. Amira and Zac live in a home where nobody hits, pushes or screams, and they
   only see their dad when he is sober and another grown-up is with them.
2. Zac is fed on time, sleeps safely and keeps growing, and Amira gets
   breakfast and goes to school every day with someone well enough to look
   after her.

In Kayleigh's words: "I want the kids to have a calm house and a mum who's up
and dressed."

### What's working well

- Kayleigh asked Lewis to leave and rang the police herself on 2 February.
- Kayleigh goes to every appointment with Zac; he is on the 50th centile.
- Steph Garside (Lewis's sister) has supervised three contacts already and the
  children enjoy them. Denise Hart (Kayleigh's mum) lives in the next street.

### What Amira and Zac are telling us

I did three houses with Amira at school on 7 March. In her **house of worries**
she drew "Daddy shouting and Mummy crying" and wrote "scared". In her **house of
good things** she drew swimming with Nana Denise and "Zac laughing". In her
**house of dreams** she wrote "Daddy is kind and comes for tea". She told me she
does not want to choose between her mum and dad. Zac was seen on three visits:
he smiles and reaches for Kayleigh, settles quickly when she holds him, and on
one visit cried for over an hour in his bouncer while Kayleigh stayed in bed.

### Scaling (0 = the children will be hurt, 10 = everyone is confident they are safe)

Hannah (SW) 3 · HV 4 · Kayleigh 6 · Lewis 7 · Steph 5

### Next steps

| When | Who | Next step | How we'll know |
|---|---|---|---|
| Every 2 weeks; one visit a month unannounced | Hannah Okoro (SW) | Visit Amira and Zac at home, see Amira on her own and see Zac awake and being fed | Visit notes record what Amira says and how Zac is fed and handled |
| Assessment by 11/04/2025, then every 2 weeks | Dr Priya Nair, perinatal psychiatrist, Thistlemere Perinatal Mental Health Team | See Kayleigh, review her treatment and assess whether she can make the changes Zac and Amira need, and how long it is likely to take | Written assessment of Kayleigh's capacity to change shared with the core group by 11/04/2025 |
| Weekly until Zac is 9 months | Janet Cole (HV) | Weigh Zac, watch a feed and check his sleeping space | Weight plotted in the red book at each visit and stays on or above the 25th centile; safe sleep checklist signed |
| First appointment by 28/03/2025, then weekly | Tom Rigby, recovery worker, Compass Drug and Alcohol Service | Assess Lewis's drinking, agree goals with him and breathalyse him before each contact day | Written update to each core group with his breath test readings |
| Course starts 14/04/2025 (24 weeks) | Lewis Garside | Go to the Thistlemere Safer Relationships programme | Facilitator's mid-point and final reports sent to the SW |
| Every Saturday, 10am–1pm | Steph Garside (paternal aunt) | Supervise Lewis's time with Amira and Zac at her house | Contact sheet signed by Steph after each contact and checked by the SW at visits |
| Referral by 21/03/2025; then weekly sessions | Rachel Dunn, IDVA, Thistlemere Domestic Abuse Service | Safety planning with Kayleigh, including what Amira does and who she rings if Lewis comes to the house | Written safety plan on file and copied to the SW by 04/04/2025 |
| Every Monday | Mr Imran Ahmed, DSL, Thistlemere Primary | Check in with Amira and pass on anything she says about home | Check-in log kept; any worry passed to the SW the same day |
| Before each core group | Hannah Okoro (SW) | Do a three houses or words-and-pictures with Amira so her views go to every meeting | Amira's pictures and words attached to each core group record |

### What will happen if things go wrong

- If Lewis comes to the house, contacts Kayleigh outside the agreed times, or
  there is any violence, Kayleigh will ring 999; the SW (out of hours, the
  emergency duty team) will hold a strategy discussion the same day and
  Lewis's contact stops until the core group has met.
- If Kayleigh is not getting up to feed Zac, or the perinatal team see signs
  of relapse, Amira and Zac will stay with Denise Hart at her house the same
  day, and the perinatal team will offer Kayleigh and Zac a mother and baby
  unit bed.
- If Steph cannot supervise on a Saturday, that contact does not go ahead and
  the SW will arrange supervised contact at Thistlemere Family Centre within
  7 days. If Denise cannot have the children when she is needed, the SW or the
  emergency duty team will place Amira and Zac together with foster carers
  that day and the SW will request a legal planning meeting.

### Meetings

- Core group: every 4 weeks – 27/03/2025, 24/04/2025, 22/05/2025 (Thistlemere
  Children's Centre, 1pm).
- Review child protection conference: 12/06/2025, 10am.
- If the perinatal assessment says Kayleigh cannot make the changes in Zac's
  timescale, or the scaling has not moved above 5 by the 22/05/2025 core
  group, the team manager will request a legal planning meeting (PLO).
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Typed ASCII grid: Kai's words merged down the first column, then the
#    action, "Who and when" and "How we'll know" (txt)
# ---------------------------------------------------------------------------
def _ascii_grid(header, groups, widths):
    """A typed grid whose first column spans all the rows of its group."""

    def wrap(text, width):
        return textwrap.wrap(text, width) or [""]

    def line(cells):
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"

    full = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    inner = "|" + " " * (widths[0] + 2) + "+" + "+".join("-" * (w + 2) for w in widths[1:]) + "+"
    out = [full]
    heads = [wrap(h, w) for h, w in zip(header, widths)]
    for i in range(max(len(h) for h in heads)):
        out.append(line([h[i] if i < len(h) else "" for h in heads]))
    out.append(full.replace("-", "="))
    for outcome, rows in groups:
        first = wrap(outcome, widths[0])
        row_lines = []
        for row in rows:
            cells = [wrap(c, w) for c, w in zip(row, widths[1:])]
            row_lines.append([[c[i] if i < len(c) else "" for c in cells]
                              for i in range(max(len(c) for c in cells))])
        n = sum(len(r) for r in row_lines) + len(rows) - 1
        first += [""] * (n - len(first))
        k = 0
        for ri, rl in enumerate(row_lines):
            for cells in rl:
                out.append(line([first[k]] + cells))
                k += 1
            if ri < len(row_lines) - 1:
                out.append(inner[:1] + " " + first[k].ljust(widths[0]) + " " + inner[widths[0] + 3:])
                k += 1
        out.append(full)
    return "\n".join(out)


_GRID_4 = _ascii_grid(
    ["WHAT KAI WANTS (HIS WORDS)", "WHAT NEEDS TO HAPPEN", "WHO AND WHEN", "HOW WE'LL KNOW"],
    [
        ("\"I want to go to football after school and not have to check on Mum and Ruby all the time.\"", [
            ["SW to visit at home after school, see Kai and Ruby, and see Kai on his own",
             "SW Adam Price - every 2 weeks",
             "Visit notes record Kai seen alone and what he says"],
            ["Kerry to keep every appointment with her recovery worker and take her methadone as "
             "prescribed",
             "Kerry Dolan (mum) - ongoing",
             "Monitored"],
            ["Hair strand drug test for Kerry, results to the core group",
             "by 30/04/2025",
             "Results letter on file showing which drugs and for which months"],
        ]),
        ("\"I want there to be food in and Ruby to go to nursery so I don't have to do "
         "everything.\"", [
            ["Kerry to take Ruby to nursery 5 mornings a week so Kai does not do the drop-off",
             "Kerry - every weekday from 07/04/2025",
             "Nursery register shows Ruby in on 9 of every 10 mornings, dropped off by Kerry"],
            ["Young carers assessment for Kai with Tamblewick Young Carers",
             "Tamblewick Young Carers - by 02/05/2025",
             ""],
            ["FSW to help Kerry plan a weekly shop and get food bank vouchers",
             "FSW Jodie Khan - weekly",
             "Improvement in home conditions"],
        ]),
        ("\"I want someone to tell if Mum goes funny again.\"", [
            ["Weekly check-in for Kai with his head of year",
             "Mr Dev Sharma, Head of Year 7, Tamblewick High - every Monday",
             "Notes of what Kai says; any worry passed to the SW same day"],
            ["Share any worries about Kai and Ruby with the SW",
             "Professionals - as and when",
             "Logged on the children's file"],
            ["HV to do Ruby's 4-year check including her speech",
             "HV Amy Lowe - by 25/04/2025",
             "ASQ results sent to the SW and nursery"],
        ]),
    ],
    [24, 40, 26, 30],
)

PLANS.append({
    "name": "b18_tamblewick_ascii_grid_kai_words_dolan.txt",
    "split": "tune",
    "template": "typed-ascii-grid-child-words-merged-first-column-who-and-when-txt",
    "description": (
        "Review CP plan for an 11-year-old young carer and his 4-year-old sister (mother's heroin and "
        "methadone use) typed as an ASCII grid: Kai's words span the rows of each group in the first "
        "column, with 'Who and when' in one cell. 'Ongoing' and 'Monitored', a cell with only a date, "
        "an assessment with no output, 'Improvement', 'Professionals - as and when'; no drug service "
        "owns an action, a vague contingency and no legal step."
    ),
    "text": """\
TAMBLEWICK COUNCIL - CHILDREN'S SERVICES
CHILD PROTECTION PLAN - REVIEW
(typed up from the conference plan by A Price, SW, 03/04/2025)

Children:     Kai Dolan, 11 (Year 7, Tamblewick High)
              Ruby Dolan, 4 (Little Owls Nursery)
Mum:          Kerry Dolan
Review conf:  01/04/2025 - plan continues, category neglect
SW:           Adam Price, Tamblewick Children's Services, 01632 960 772

WHY THERE IS STILL A PLAN
Kerry has used heroin on and off for ten years and is prescribed methadone
through the recovery service. In February she told the SW she had "used on
top" a few times. Kai has found his mum asleep on the sofa and unable to wake
properly three times since the last conference, and on those days he got Ruby
to nursery and made the tea. There was no food in the fridge on two of the
last four visits. Ruby's speech is behind and her 4-year check is due.

WHAT KAI SAYS / WHAT WE SEE OF RUBY
Kai (seen alone at school 27/03): "I don't mind looking after Ruby but I get
tired and I can't go to football." "When Mum goes funny I check she's
breathing." He wants "Mum to be normal" and "someone to tell". He asked that
his mum is not "took away". Ruby chatters to Kai, follows him everywhere and
asks him, not Kerry, for food and drinks. At nursery she is often hungry on a
Monday and eats two breakfasts.

THE PLAN
""" + _GRID_4 + """

IF THINGS GO WRONG
If things get worse or there are more worries about Kerry's drug use, the SW
will talk to the team manager and a core group will be called to review the
plan.

CORE GROUP AND REVIEW
Core group every 3 weeks: 15/04/2025, 06/05/2025, 27/05/2025 (Little Owls
Nursery, 9.30am). Review child protection conference: 26/06/2025.

Copies to: Kerry Dolan, Tamblewick High, Little Owls Nursery, HV, FSW,
Tamblewick Young Carers.
""",
    "findings": [
        F("T002", "Kerry to keep every appointment with her"),
        F("M002", "Kerry to keep every appointment with her"),
        F("W001", "Hair strand drug test for Kerry, results"),
        F("M001", "Young carers assessment for Kai with"),
        F("M002", "FSW to help Kerry plan a weekly shop"),
        F("W002", "Share any worries about Kai and Ruby"),
        F("T002", "Share any worries about Kai and Ruby"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. "Lead / by when" as the FIRST column, the family's words merged down the
#    middle column, "How we'll know" last (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b18_tolbarrow_lead_first_family_words_stokes.docx",
    "doc_title": "Child Protection Plan - Isla Stokes",
    "split": "tune",
    "template": "lead-by-when-first-column-family-words-merged-middle-column",
    "description": (
        "ICPC plan for an 8-week-old (mother's postnatal depression, father's cannabis use) whose "
        "first column is 'Lead / by when', then the action, then the family's words merged down "
        "several rows, then 'How we'll know'. A cell with only a name, one with only a date, 'All "
        "professionals', a perinatal nurse who only supports with 'Improvement' as the measure, 'when "
        "she feels ready', one adult-only outcome in the family's words; both grandmothers are relied "
        "on with no fallback and the review conference date is to be confirmed."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Tolbarrow City Council – Children's Social Care, Safeguarding and Support Team 1"),
        ("table", {
            "rows": [
                ["Child", "Isla Stokes, born 10/01/2025 (8 weeks)"],
                ["Parents", "Chantelle Pike (21) and Dean Stokes (23), 5B Larch Walk, Tolbarrow"],
                ["Conference", "Initial child protection conference, 07/03/2025 – category: neglect"],
                ["Social worker", "Naomi Fairlie (07700 900 418)"],
            ],
            "widths": [4.0, 13.0],
            "bold_first_col": True,
        }),
        ("h1", "What has happened"),
        ("p", "Isla was born at 37 weeks. At her 6-week check she had dropped from the 25th to below "
              "the 9th centile. Chantelle told the HV she cries most days, does not want to go out and "
              "sometimes does not hear Isla wake in the night; the GP diagnosed postnatal depression on "
              "20/02/2025 and referred her to the perinatal mental health team. Dean smokes cannabis "
              "daily and on 26 February the HV found him asleep on the sofa with Isla lying on his "
              "chest and a strong smell of cannabis in the flat."),
        ("h1", "What we have seen of Isla's day"),
        ("p", "On our visits Isla is clean and dressed warmly. She takes her bottle well when she is "
              "held, but twice she was given a bottle propped on a cushion in her car seat. She cries "
              "hard when she is hungry and on one visit cried for 25 minutes before Chantelle, who was "
              "in the bedroom, came to her. She settles quickly and watches faces when Lorraine, her "
              "nan, holds her."),
        ("h1", "The plan"),
        ("table", {
            "header": ["Lead / by when", "What we'll do", "What the family want (in their words)",
                       "How we'll know"],
            "widths": [3.8, 4.8, 3.8, 4.6],
            "rows": [
                ["HV Bethan Ashdown – weekly until Isla is 16 weeks, then fortnightly",
                 "Weigh Isla, watch a full feed and check where and how she sleeps",
                 "Chantelle and Dean: \"We want Isla to be fed, safe in her Moses basket, and for us "
                 "to know when she's not right.\"",
                 "Weight plotted at each visit and back to the 25th centile by 16 weeks; safe sleep "
                 "checklist signed"],
                ["SW Naomi Fairlie – every week",
                 "Visit at home, see Isla awake and being fed, and write down how Chantelle and Dean "
                 "respond when she cries",
                 V,
                 "Visit notes describe Isla's care and are shared with the HV each week"],
                ["Lorraine Pike (MGM) – every night Dean works late (Tue, Thu, Sat)",
                 "Stay over at the flat and do or help with the night feeds",
                 V,
                 "Night feed chart on the fridge, seen by the SW and HV"],
                ["Pauline Stokes (PGM)",
                 "Have Isla at her house two afternoons a week so Chantelle can rest",
                 V,
                 "Drop-off and pick-up times written in the family diary"],
                ["All professionals – same day",
                 "Tell the SW straight away about any worry about how Isla is being looked after",
                 V,
                 "Worry logged on Isla's file with what was done"],
                ["Perinatal nurse Gemma Yardley, Tolbarrow Perinatal Mental Health Team – weekly",
                 "Support visits for Chantelle's low mood and anxiety",
                 "Chantelle: \"I want to feel like myself again and get out of the house.\"",
                 "Improvement in Chantelle's mood"],
                ["Chantelle – when she feels ready",
                 "Go to the Tuesday mums' group at Larch Walk Children's Centre",
                 V,
                 "Children's centre attendance register"],
                ["by 21/03/2025",
                 "Referral to Tolbarrow Talking Therapies for Chantelle to have CBT",
                 V,
                 "Referral accepted letter on file"],
                ["Sam Ortiz, New Leaf Drug Service – assessment by 28/03/2025, then fortnightly",
                 "Assess Dean's cannabis use and agree a plan with him to stop smoking in the flat",
                 "Lorraine (nan): \"Isla grows up in a flat with no smoke and no weed, and there's "
                 "always someone sober with her.\"",
                 "Written update to each core group with his urine screen results"],
                ["Dean Stokes (dad) – from 10/03/2025",
                 "Keep the flat smoke-free and never sleep with Isla on the sofa",
                 V,
                 "No smell or sign of cannabis at any SW or HV visit (visit notes)"],
            ],
        }),
        ("h1", "If Isla is not safe"),
        ("p", "If Isla loses weight at two weighings in a row, or Chantelle or Dean are found asleep or "
              "under the influence of cannabis while they are the only adult caring for her, the SW "
              "(out of hours, the emergency duty team) will hold a strategy discussion the same day and "
              "Isla will go to stay with Lorraine at her house. If there is no real progress by the "
              "second core group, the SW will request a legal planning meeting with Tolbarrow legal "
              "services."),
        ("h1", "Meetings"),
        ("p", "The core group will meet every 4 weeks, first on 20/03/2025 at Larch Walk Children's "
              "Centre. Review child protection conference: date to be confirmed by the conference "
              "team."),
    ],
    "findings": [
        F("T001", "Have Isla at her house two afternoons a week"),
        F("W002", "Tell the SW straight away about any worry"),
        F("H001", "Support visits for Chantelle's low mood and anxiety"),
        F("M002", "Support visits for Chantelle's low mood and anxiety"),
        F("T002", "Go to the Tuesday mums' group at Larch Walk Children's Centre"),
        F("W001", "Referral to Tolbarrow Talking Therapies for Chantelle to have CBT"),
        F("F002", "I want to feel like myself again and get out of the house"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Signs of Safety danger statement / safety goal banner rows over a
#    two-column Action | Comments table, Who / When / We'll know written in
#    the comments cell (pdf). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b18_tarnwhistle_sos_banners_action_comments_kinsey.pdf",
    "doc_title": "Child Protection Plan (Signs of Safety) - Leo and Poppy Kinsey",
    "split": "tune",
    "template": "sos-danger-goal-banner-rows-two-column-action-comments-who-when-know-inside-paged",
    "description": (
        "Exemplary ICPC plan for a 13-year-old and a 9-year-old (father's schizophrenia, mother on "
        "night shifts): danger statements and safety goals as banner rows in a two-column Action | "
        "Comments table, with Who / When / We'll know written inside each comments cell. The CMHT care "
        "coordinator and psychiatrist both report on capacity to change and prognosis, the aunt's "
        "overnights are covered in a specific contingency, core group and review dates, legal planning."
    ),
    "header": "OFFICIAL – SENSITIVE | Tarnwhistle Borough Council Children's Services",
    "footer": "Kinsey – child protection plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan (Signs of Safety)"),
        ("kv", [
            ("Children", "Leo Kinsey (13, Year 8, Tarnwhistle Academy); Poppy Kinsey (9, Year 4, Brook Lane Primary)"),
            ("Parents", "Rob Kinsey and Dawn Kinsey, 41 Weaver Close, Tarnwhistle"),
            ("Conference", "Initial child protection conference, 12/03/2025"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Megan Holt; team manager Chris Oyelaran"),
        ]),
        ("h1", "What happened"),
        ("p", "Rob has paranoid schizophrenia and has been well on medication for several years. In "
              "January he stopped taking it. On 18 and 19 February he kept Leo and Poppy off school, "
              "locked the front door, covered the windows and told Leo he was \"spying for them\". "
              "Dawn was on night shifts at the distribution centre and did not know until Leo texted "
              "her. Rob was admitted to Fernlea Ward under section 2 and came home on 7 March, back on "
              "medication. Leo has been caring for Poppy on Dawn's work nights and has missed 14 days of "
              "school this term."),
        ("h1", "What's working well"),
        ("p", "Leo did the right thing and told his mum. Dawn came straight home and rang the crisis "
              "team. Rob accepts he was unwell and wants the children to know his early warning signs. "
              "Dawn's sister Jackie Moss lives a mile away, is close to the children and has agreed to "
              "stay on Dawn's work nights."),
        ("h1", "What Leo and Poppy say"),
        ("p", "Leo (seen on his own at school, 5 March): \"I'm not a little kid, I can handle it, but "
              "I'm knackered.\" \"I want Dad to take his tablets and Mum to be home at night.\" He wants "
              "to keep playing football and does not want \"everyone at school knowing\". Poppy (seen at "
              "home with Leo, then on her own, 6 March): \"I don't like it when Daddy thinks people are "
              "watching us. It's scary.\" \"Auntie Jackie makes pancakes and she lets me help.\" Poppy "
              "drew her family with Leo holding her hand and Dad \"in the hospital bed\"."),
        ("h1", "Our plan"),
        ("table", {
            "header": ["Action", "Comments (who / when / how we'll know)"],
            "widths": [7.4, 9.6],
            "rows": [
                ["DANGER STATEMENT 1: Children's services, the schools and the CMHT are worried that if "
                 "Rob stops his medication and becomes unwell again he may lock Leo and Poppy in the "
                 "house, keep them off school and frighten them, as he did on 18 and 19 February.", H],
                ["SAFETY GOAL 1: Leo and Poppy are always looked after by an adult who is well, they go "
                 "to school every day, and everyone, including Rob, knows Rob's early warning signs and "
                 "who to ring.", H],
                ["See Rob every week, check he is taking his medication and assess whether he can spot "
                 "and act on his early warning signs, and over what timescale",
                 "Who: Jas Dhillon, care coordinator, Tarnwhistle CMHT\nWhen: weekly; written assessment "
                 "by 18/04/2025\nWe'll know: assessment of Rob's capacity to change and his relapse plan "
                 "shared with the core group by 18/04/2025"],
                ["Review Rob's medication and tell the core group his view of Rob's prognosis and the "
                 "risk of relapse",
                 "Who: Dr Ian Forsyth, consultant psychiatrist, Tarnwhistle CMHT\nWhen: outpatient "
                 "review by 04/04/2025, then every 6 weeks\nWe'll know: letter to the GP and SW after each "
                 "review saying whether Rob is taking his medication and what the relapse risk is"],
                ["Make a family safety plan with Rob, Dawn, Leo and Poppy from the CMHT relapse plan: "
                 "Rob's early signs and who the children ring",
                 "Who: Megan Holt (SW)\nWhen: by 28/03/2025\nWe'll know: signed copy on the fridge, in "
                 "both children's school files and on the case record"],
                ["Visit Leo and Poppy at home and see each of them on their own",
                 "Who: Megan Holt (SW)\nWhen: every 2 weeks, at least one visit a month unannounced\nWe'll "
                 "know: visit notes record each child seen alone and what they say"],
                ["Check Leo's attendance every morning and ring home and the SW if he is absent without "
                 "a reason",
                 "Who: Mrs Carol Finch, DSL, Tarnwhistle Academy\nWhen: every school day by 10am\nWe'll "
                 "know: absence calls logged and the SW told the same day"],
                ["Check Poppy's attendance every morning and ring home and the SW if she is absent "
                 "without a reason",
                 "Who: Mr Sam Reid, DSL, Brook Lane Primary\nWhen: every school day by 10am\nWe'll "
                 "know: absence calls logged and the SW told the same day"],
                ["DANGER STATEMENT 2: We are worried that Leo will keep being the one who looks after "
                 "Poppy and his dad on the nights Dawn works, miss school and stop seeing his friends.", H],
                ["SAFETY GOAL 2: Leo goes to school, plays football on Tuesdays and Saturdays, and is "
                 "never the only person looking after Poppy or his dad.", H],
                ["Stay at the house on Dawn's work nights so that Leo is never the adult in charge",
                 "Who: Jackie Moss (Dawn's sister)\nWhen: every Wednesday, Thursday and Friday night "
                 "from 14/03/2025\nWe'll know: rota on the fridge signed by Jackie each night; Leo and "
                 "Poppy asked about it at each SW visit"],
                ["Ask her employer for day shifts so she is home with Leo and Poppy at night",
                 "Who: Dawn Kinsey\nWhen: request in by 31/03/2025; new rota from 05/05/2025\nWe'll know: "
                 "employer's letter seen by the SW"],
                ["Young carer's assessment for Leo and a place at the Tuesday young carers' club",
                 "Who: Ellie Marsh, Tarnwhistle Young Carers\nWhen: assessment by 11/04/2025; club "
                 "weekly after that\nWe'll know: assessment report shared with the SW; club register "
                 "shows Leo there"],
                ["Take Leo to football training on Tuesdays and to his matches on Saturdays",
                 "Who: Dawn (Saturdays) and Jackie Moss (Tuesdays)\nWhen: every Tuesday and Saturday\n"
                 "We'll know: coach's attendance sheet; Leo tells the SW he has been"],
            ],
        }),
        ("h1", "If the plan isn't working"),
        ("p", "If Rob misses his medication for two days, shows any of the early warning signs on the "
              "family safety plan, or locks the children in or keeps them off school: Dawn or Jackie "
              "will ring the CMHT crisis team and the SW (out of hours, the emergency duty team) the same "
              "day; Leo and Poppy will go to Jackie's house at 12 Orchard Row and stay there until the "
              "CMHT say Rob is well; and the SW will hold a strategy discussion within 24 hours."),
        ("p", "If Jackie cannot stay on one of Dawn's work nights, Dawn will not go to work that night. "
              "If Jackie cannot have the children when Rob is unwell, or neither Dawn nor Jackie can be "
              "there, the SW or the emergency duty team will place Leo and Poppy together with foster "
              "carers that night and the SW will request a legal planning meeting."),
        ("h1", "Meetings and next steps"),
        ("bullets", [
            "Core group: every 4 weeks – 26/03/2025, 23/04/2025 and 21/05/2025, 4pm, Tarnwhistle Academy.",
            "Review child protection conference: 11/06/2025, 2pm, Tarnwhistle Civic Offices.",
            "If the CMHT assessment on 18/04/2025 says Rob is unlikely to stay well in a timescale that "
            "works for Leo and Poppy, or there is another episode like February's, the team manager will "
            "request a legal planning meeting within 5 working days.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Transfer-out plan with the action in the LAST column:
#    How will we know | Responsible (date) | Action (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b18_tollerbrook_action_last_responsible_date_rudd.md",
    "split": "tune",
    "template": "transfer-out-measure-first-responsible-date-cell-action-last-column-md",
    "description": (
        "Review CP plan for a 7-year-old and an 11-year-old whose mother (alcohol misuse) is moving to "
        "another council. Columns run How will we know | Responsible (date) | Action. Six of ten rows "
        "are the mother's own needs; a blank measure, 'TBC', 'Engagement', a parenting assessment and a "
        "counselling referral left for the new council, 'Core group' as owner, and the review "
        "conference left to the receiving authority."
    ),
    "text": """\
# Tollerbrook Council – Children's Services

## Child protection plan (review) – Mia and Josh Rudd

| | |
|---|---|
| Children | Mia Rudd (7), Josh Rudd (11) |
| Mum | Gemma Rudd, 22 Sefton Row, Tollerbrook |
| Review conference | 18/03/2025 – plans continue (neglect) |
| SW | Priya Lal, Tollerbrook North Safeguarding |
| Moving to | Marrowdene (Marrowdene Metropolitan Council), expected w/c 12/05/2025 |

### Background

Gemma's drinking has come down since the first conference but she still has
"bad weekends", and on 1 March Josh rang his dad because his mum was asleep
at 4pm and Mia had not eaten. Gemma has been offered a two-bedroom flat near
her sister in Marrowdene and the family plan to move in May. Marrowdene have
been told and the transfer-in conference will be held by Marrowdene within
15 working days of the move.

### What Mia and Josh say

Josh (seen on his own, 11/03): "It's better than it was. Mum only drinks at
weekends now but that's when I have to do stuff." He is "nervous but OK"
about moving and wants to keep his counselling: "I don't want to start again
with someone new." Mia (seen on her own, 11/03) said she is excited about "a
bedroom with my own door" and that she likes it when Mum "does pancakes and
doesn't have her wine".

### What we want for Mia and Josh

- Mia and Josh are looked after by a sober adult every day, including at
  weekends, and Josh does not have to care for his sister.
- Both children go to school every day before and after the move, and Josh
  keeps talking to someone he trusts about home.

### Action plan

| How will we know | Responsible (date) | Action |
|---|---|---|
| Visit notes show both children seen and Mia and Josh each seen alone | SW Priya Lal (fortnightly, until the Marrowdene transfer-in conference) | Visit Mia and Josh at home, including one weekend visit a month, and see each child on their own |
| Breath test readings included in a written report to each core group | Dan Firth, recovery worker, Horizon Alcohol Service (weekly) | Alcohol treatment sessions with Gemma, with a breath test at each session |
| Attendance sheet signed by the group lead | Gemma Rudd (Thursdays) | Gemma to go to the Horizon mutual aid group |
| | Gemma Rudd (by 30/04/2025) | Register with a GP in Marrowdene and ask for a review of her sleeping tablets |
| Housing offer letter on file | Housing options officer, Tollerbrook Council (TBC) | Help Gemma bid for the two-bedroom flat and sort her tenancy |
| Engagement | Gemma Rudd (Tuesdays from 15/04/2025) | Go to the Freedom Programme at Tollerbrook Women's Centre |
| Citizens Advice appointment letter on file | FSW Lou Carter (by 18/04/2025) | Help Gemma with her Universal Credit change of address and rent arrears |
| Assessment report to Marrowdene's first review conference | Marrowdene SW (within 35 working days of the transfer) | Parenting assessment of Gemma left for Marrowdene to complete after the case transfers |
| Marrowdene to decide whether to re-refer | Tollerbrook Primary DSL (at a later date) | Counselling referral for Josh put on hold until the family have moved |
| Any worry logged on the children's file with what was done | Core group (same day) | Share any worry about Mia or Josh with the SW |

### Contingency

If Gemma is found drunk while she is caring for Mia and Josh, or the
children are left without an adult, the SW (out of hours, the emergency duty
team) will visit the same day and the children will stay with their dad,
Craig Rudd, at 8 Mill Lane, and a strategy discussion will be held within 24
hours. If this happens again before the move, the SW will request a legal
planning meeting, and will tell Marrowdene in writing the same day.

### Core group and review

- Core group every 3 weeks while the family are in Tollerbrook: 01/04/2025,
  22/04/2025, 13/05/2025.
- Review child protection conference: to be set by Marrowdene after the
  transfer-in conference.
""",
    "findings": [
        F("M001", "Register with a GP in Marrowdene and ask for a review"),
        F("T002", "Help Gemma bid for the two-bedroom flat and sort her tenancy"),
        F("M002", "Go to the Freedom Programme at Tollerbrook Women's Centre"),
        F("X001", "Parenting assessment of Gemma left for Marrowdene to complete"),
        F("X001", "Counselling referral for Josh put on hold until the family have moved"),
        F("T002", "Counselling referral for Josh put on hold until the family have moved"),
        F("M001", "Counselling referral for Josh put on hold until the family have moved"),
        F("W002", "Share any worry about Mia or Josh with the SW"),
        F("F001"),
        F("R001"),
    ],
})
