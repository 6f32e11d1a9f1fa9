"""Batch 71, module v: seven fictional plans (tuning material), places beginning with "v".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: action tables and lists where who, when and how-we-will-know are
written in ordinary words rather than labelled columns - owner and date in
one cell ("Jodie, with HV support, from the day after conference"), dates
tied to events ("before discharge", "before each core group", "within 10
working days of the conference"), standing arrangements ("every school day",
"each Friday"), evidence written into the action ("checked by the HV at her
visit and recorded in the red book"), and genuinely vague ones ("ongoing",
"ASAP", "when possible", "monitor", "to improve"); families staying with
relatives as an arrangement rather than an action; a child known by a
nickname; a fixed-width table exported from a case system; a stacked
FROM / TO / BY layout. Two plans are exemplary.
"""
import textwrap

from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Baby and a 6-year-old, mother's postnatal depression. Three-column table
#    whose middle column holds owner AND timing in one cell (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b71_vellacombe_who_and_when_one_cell_ashdown.docx",
    "doc_title": "Child Protection Plan - Rosie and Finley Ashdown",
    "split": "tune",
    "actions": 11,
    "template": "icpc-plan-docx-kv-details-then-what-needs-to-happen-who-and-when-in-one-cell-how-well-know-table",
    "description": (
        "Initial conference plan for a 7-week-old and a 6-year-old (mother's postnatal depression, "
        "stopped medication, baby losing weight, older child late and hungry). Three-column table "
        "'What needs to happen | Who and when | How we'll know it's working', where owner and timing "
        "share one cell ('Jodie, with HV support, from the day after conference', 'Liam on his way to "
        "work, every school day', 'Pauline Carver ..., each Tuesday and Friday, 12-4pm', 'when Rosie is "
        "8 weeks old'). The perinatal team reports on capacity to change, the GP owns an action, the "
        "grandmother's part has a fallback, dates and legal step set. Exemplary."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Vellacombe Borough Council – Children's Services – Vellacombe South Safeguarding Team"),
        ("kv", [
            ("Children", "Rosie Ashdown, born 24/11/2024 (7 weeks old); Finley Ashdown (6), Year 1, "
                         "Vossington Road Primary"),
            ("Mother", "Jodie Ashdown (26)"),
            ("Father", "Liam Carver (29), father of both children; lives at the family home and works days "
                       "as a scaffolder"),
            ("Address", "14 Vantry Row, Vellacombe"),
            ("Paternal grandmother", "Pauline Carver, 2 Vantry Row (two doors away)"),
            ("Conference", "Initial child protection conference, Thursday 09/01/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Hannah Price"),
            ("Chair", "Desmond Achebe"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Jodie has had low mood since Rosie was born. On 16 December she told the health visitor that "
              "she had stopped taking her sertraline, that she did not feel she was \"bonding\" with Rosie and "
              "that on some days she thought about walking out and leaving the children with Liam. On two "
              "visits in December Rosie was found crying in a soaked nappy in her cot in a cold back bedroom "
              "while Jodie was asleep on the sofa. Rosie's weight dropped from the 50th to the 25th centile "
              "between her 2-week and 6-week checks. Finley was late for school 11 times last half-term and "
              "his teacher says he has been coming in hungry. Jodie was referred to the Vellacombe Perinatal "
              "Mental Health Team on 18 December and was first seen on 3 January. She and Liam agree that "
              "things have been hard, and both came to conference."),
        ("h1", "Rosie's and Finley's days"),
        ("p", "Rosie is too young to tell us how she feels, so this is what the health visitor and the social "
              "worker have seen. She takes 90 ml of formula every three to four hours and is hard to wind. She "
              "cries hard in the late afternoon and settles fastest when Liam walks her round the kitchen. When "
              "Jodie feeds her she mostly looks away from Jodie's face, but on the visit on 6 January Jodie "
              "sang to her and Rosie stopped crying and watched her."),
        ("p", "Finley (seen on his own at school on 7 January) said: \"Mummy is sad and sleeps a lot. I get my "
              "own cereal. Sometimes there's no milk.\" He likes it when Nana Pauline picks him up \"because "
              "she brings a snack\". He drew Rosie in her cot \"crying because she wants a cuddle\". On a scale "
              "of 1 to 10 he put home at 5 and school at 9."),
        ("h1", "What we want for Rosie and Finley"),
        ("bullets", [
            "Rosie is fed on time, kept warm and clean, and gains weight back towards her birth centile.",
            "Rosie is cared for by a mum who is well enough to notice and answer her cries, and by a dad "
            "who shares her care day and night.",
            "Finley gets to school on time with breakfast inside him and does not feel he has to look "
            "after himself.",
            "Finley has someone at school he can tell how things are at home.",
        ]),
        ("h1", "What needs to happen"),
        ("table", {
            "header": ["What needs to happen", "Who and when", "How we'll know it's working"],
            "widths": [6.6, 5.0, 5.4],
            "rows": [
                ["See Rosie and Finley at home, Finley on his own, and see Rosie fed, changed and put down "
                 "to sleep",
                 "SW Hannah Price, every week until the review conference; at least one visit in three "
                 "unannounced",
                 "Visit notes say where Rosie slept, how she fed and what Finley said in his own words"],
                ["Weigh Rosie and check her feeding, her nappy area and where she sleeps",
                 "HV Megan Tull, at each home visit: weekly until Rosie is 12 weeks old, then every two weeks",
                 "Weight plotted in the red book, back on or above the 25th centile"],
                ["See Jodie at home, review her medication and her mood, and write a report on whether she "
                 "is making the changes she needs to make to care for Rosie and Finley, and how long that "
                 "is likely to take",
                 "Dr Ama Boateng, Vellacombe Perinatal Mental Health Team; visits every two weeks, report "
                 "before each core group",
                 "Written report received by the SW before each core group and shared with the group"],
                ["Jodie to take her sertraline every day and tell the HV if she misses a dose",
                 "Jodie, with HV support, from the day after conference",
                 "Blister pack looked at by the HV at each visit and noted in her records"],
                ["Give Rosie her 6am and 10pm feeds on weekdays so that Jodie gets a block of sleep",
                 "Liam, every weekday from 10/01/2025",
                 "Feed chart on the fridge filled in and initialled; seen by the HV and SW at their visits"],
                ["Get Finley to school by 8.45am, having had breakfast",
                 "Liam on his way to work, every school day",
                 "School register shows Finley in on time; the school office rings the SW if he is not in "
                 "by 9.30am"],
                ["Collect Finley from school and give him his tea at her house until Liam gets home",
                 "Pauline Carver (Nana Pauline, Liam's mum), Monday to Thursday",
                 "School collection log; Pauline marks each day on the calendar the SW looks at"],
                ["Spend the afternoon with Jodie and Rosie so that Jodie can rest and Rosie is not left "
                 "to cry",
                 "Pauline Carver, each Tuesday and Friday, 12-4pm",
                 "Visit calendar in the kitchen, checked by the SW at each visit"],
                ["Talk with Finley using his worry monster and pass on anything he says about home",
                 "Miss Kerry Lomax, DSL, Vossington Road Primary, each Friday afternoon",
                 "Short note of each talk sent to the SW the same day"],
                ["Finish the child and family assessment, including how Liam and Pauline share Rosie's care",
                 "SW Hannah Price, within 35 working days of conference (by 27/02/2025)",
                 "Assessment report shared with Jodie, Liam and the core group"],
                ["Rosie's 8-week check and first immunisations, and Jodie's postnatal check",
                 "Dr Tom Fairley, GP, Vallender Fields Surgery, when Rosie is 8 weeks old (w/c 20/01/2025)",
                 "Checks and vaccines recorded in the red book; letter from the GP to the SW and HV"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Rosie is found alone in a wet nappy or a cold room again, if her weight drops below the 9th "
              "centile, or if Jodie says she is thinking of leaving or of harming herself, the HV or the "
              "school will ring the SW straight away (the emergency duty team out of hours) and the SW will "
              "hold a strategy discussion the same day. Liam will take leave from work and stay at home with "
              "the children, and the perinatal team will see Jodie within 24 hours."),
        ("p", "If Pauline cannot do the school pick-ups or the Tuesday and Friday afternoons, for example "
              "because she is ill, Liam will collect Finley and finish work at 3pm (his employer has agreed "
              "this) and the SW will book Finley into the Vossington Road after-school club that week. If "
              "neither Liam nor Pauline can be with the children while Jodie is unwell, the SW will arrange "
              "for Rosie and Finley to stay with foster carers that day."),
        ("p", "If there are two strategy discussions before the review conference, or Jodie stops her "
              "medication again after the perinatal team has restarted it, the SW will ask her team manager "
              "for a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Vossington Road Primary, 1.30pm: Thursday 23/01/2025, "
            "20/02/2025 and 20/03/2025.",
            "Review child protection conference: Tuesday 08/04/2025, 10am, Vellacombe Civic Centre.",
        ]),
        ("p", "Plan written by Hannah Price (SW) on 10/01/2025 and sent to Jodie, Liam, Pauline and each "
              "agency named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Case-system print with a fixed-width action table (txt). The columns are
#    padded with spaces and cell text wraps inside its column.
# ---------------------------------------------------------------------------
def _fixed_width(header, widths, rows, gap=2):
    """Lay a table out the way a case system prints it: padded columns, text wrapped in each column."""
    pad = " " * gap
    out = [pad.join(h.ljust(w) for h, w in zip(header, widths)).rstrip(),
           pad.join("-" * w for w in widths)]
    for row in rows:
        cols = [textwrap.wrap(cell, w) or [""] for cell, w in zip(row, widths)]
        for i in range(max(len(c) for c in cols)):
            out.append(pad.join((c[i] if i < len(c) else "").ljust(w) for c, w in zip(cols, widths)).rstrip())
        out.append("")
    return "\n".join(out)


_KELLOW_TABLE = _fixed_width(
    ["REF", "ACTION", "RESPONSIBLE", "TARGET DATE", "OUTCOME MEASURE"],
    [3, 34, 20, 16, 28],
    [
        ["01", "Home visits to see Tyler and Mia, with Tyler seen on his own each time",
         "SW Kofi Oduya", "WEEKLY, ONGOING", "Visit record notes each child seen and what Tyler said"],
        ["02", "Support Stacey with her low mood and anxiety through home appointments",
         "Ruth Ince, care coordinator, Varrowby CMHT", "FORTNIGHTLY", "Appointments attended (CMHT diary)"],
        ["03", "Report to the core group on whether Stacey can make the changes Tyler and Mia need, and "
               "how long that is likely to take",
         "Dr Paul Hesketh, consultant psychiatrist, Varrowby CMHT", "BEFORE EACH CORE GROUP",
         "Written report received by the SW"],
        ["04", "Young carer's assessment for Tyler, covering the jobs he does at home",
         "Varrowby Young Carers (Lucy Bray)", "ASAP", "Assessment shared with the SW and school"],
        ["05", "Take Mia to Vandle Street Nursery and collect her at 12 noon",
         "", "EACH WEEKDAY IN TERM TIME", "Nursery register shows Mia in"],
        ["06", "Clear the kitchen and bathroom at Vesholt Court before the family moves back",
         "Stacey Kellow", "BY 28/02/2025", "Monitor"],
        ["07", "Tell the SW the same day about any worry for Tyler or Mia",
         "CORE GROUP", "SAME DAY", "Concern logged on the case file by the SW"],
        ["08", "Book and take Tyler and Mia to a dental check-up",
         "Stacey Kellow", "BY 31/03/2025", ""],
        ["09", "Chase Varrowby Homes about the boiler and the damp in Mia's bedroom",
         "SW Kofi Oduya", "ONGOING", "Repair completion notice on file"],
        ["10", "Check Tyler's attendance every school day and ring Stacey by 9.30am if he is not in",
         "Mrs Dawn Yates, DSL, Valtree Park Primary", "EVERY SCHOOL DAY",
         "Attendance printout sent to the SW each Friday"],
        ["11", "Stacey to see her GP about her sleep and her tablets",
         "Stacey Kellow", "WHEN POSSIBLE", "GP letter copied to the SW"],
        ["12", "Speech and language screen for Mia at nursery",
         "Amy Chen, key worker, Vandle Street Nursery", "BEFORE EASTER HOLIDAYS (11/04/2025)",
         "WellComm score sent to the SW"],
    ],
)

PLANS.append({
    "name": "b71_varrowby_fixed_width_case_export_kellow.txt",
    "doc_title": "Child Protection Plan - Tyler and Mia Kellow",
    "split": "tune",
    "actions": 12,
    "template": "icpc-case-system-print-txt-lettered-sections-fixed-width-ref-action-responsible-target-date-outcome-measure-table-wrapped-cells",
    "description": (
        "Case-system print of an initial conference plan for a 9-year-old and a 4-year-old (neglect, "
        "mother's anxiety and depression under the CMHT; mother and children staying with the maternal "
        "grandmother while the boiler is replaced - an arrangement, not an action). Fixed-width "
        "REF | ACTION | RESPONSIBLE | TARGET DATE | OUTCOME MEASURE table with text wrapped inside "
        "padded columns. Faults: 'ASAP', 'ONGOING' and 'WHEN POSSIBLE' as the only target date (T002), "
        "a blank RESPONSIBLE (W001), 'CORE GROUP' as owner (W002), 'Monitor' as the measure (M002), a "
        "blank measure (M001), the CMHT care coordinator only supporting (H001, though the psychiatrist's "
        "row asks for a capacity report), an outcome about the mother only (F002), and the review "
        "conference 'date TBA' (R001). Hard negatives: 'WEEKLY, ONGOING', 'SAME DAY', 'EVERY SCHOOL "
        "DAY', 'BEFORE EACH CORE GROUP'."
    ),
    "text": """\
VARROWBY METROPOLITAN COUNCIL                                        CASEBOOK 5.2
Children's Services - Safeguarding and Family Support
REPORT: CP PLAN (FULL)                                      Run: 12/02/2025 14:06
Case: CB-2207715                                            User: KODUYA  Page 1
=================================================================================

SECTION A - CHILD(REN)
  Tyler KELLOW   M  DOB 14/05/2015  Age 9   Valtree Park Primary, Year 5
  Mia KELLOW     F  DOB 02/10/2020  Age 4   Vandle Street Nursery (mornings)

SECTION B - HOUSEHOLD / SIGNIFICANT OTHERS
  Stacey KELLOW  Mother, 33. Lead carer. Home: Flat 7, Vesholt Court, Varrowby.
  Brenda KELLOW  Maternal grandmother, 61. 22 Verdonel Rise, Varrowby.
  Father of both children not involved; no contact since 2022.
  NOTE: Since 03/02/2025 Stacey, Tyler and Mia have been staying at Brenda's
  house while the boiler at Vesholt Court is replaced. They expect to move home
  at the end of February.

SECTION C - CONFERENCE
  Type: Initial CPC     Date: 10/02/2025     Category: Neglect
  Chair: Imogen Tasker  Allocated SW: Kofi Oduya (Varrowby North Team)

SECTION D - REASONS FOR PLAN
  Stacey has had anxiety and depression for several years and has been open to
  the Varrowby Community Mental Health Team (CMHT) since September 2024. Over the
  winter she has spent most days in bed. On three visits in January the flat was
  cold, the kitchen floor was covered in rubbish and dog mess, and there was no
  food for the children's tea. Tyler has been getting Mia up and giving her
  breakfast, and was late for school 16 times last term. Mia has missed 40% of
  her nursery sessions since September. Stacey told conference she "can't see a
  way out of the hole" at the moment but wants the children to stay with her.

SECTION E - CHILD'S VIEWS / LIVED EXPERIENCE
  Tyler (seen alone at school 06/02/2025): "I make Mia's breakfast because Mum
  is too tired. I'm good at toast." He worries about his mum "when she cries in
  the bathroom", likes being at Nan's "because it's warm and she does proper
  tea", and wants to go to football club on Saturdays.
  Mia: seen at Brenda's house and at nursery. She talks in short sentences.
  Nursery say she often comes in wearing the same clothes as the day before and
  goes straight to the snack table. At Brenda's she showed the SW her "new bed"
  and said "Nanny's house is warm".

SECTION F - OUTCOMES
  1. Tyler and Mia live in a home that is warm, clean and safe to play in.
  2. Tyler goes to school on time every day and does not have to look after
     his mum or Mia.
  3. Mia goes to nursery every morning and her speech is checked.
  4. Stacey's mental health is stable and she engages with the CMHT.

SECTION G - ACTION PLAN
""" + _KELLOW_TABLE + """
SECTION H - CONTINGENCY
  If Stacey is found unable to get up and care for Mia, if Mia is not taken to
  nursery two days running without a reason, or if Tyler tells anyone he has
  been left in charge of Mia overnight, the SW (or EDT out of hours) will visit
  the same day and hold a strategy discussion. The children will stay with
  Brenda while this happens; if Brenda cannot have them, the SW will arrange a
  foster placement that day. If there is a second strategy discussion before the
  review conference, the SW will request a legal planning meeting within 5
  working days.

SECTION I - CORE GROUP / REVIEW
  Core group: every 4 weeks, 3.30pm, Valtree Park Primary -
              24/02/2025, 24/03/2025, 22/04/2025
  Review CPC: date TBA

*** END OF REPORT ***
""",
    "findings": [
        F("H001", "Support Stacey with her low mood"),
        F("T002", "Tyler, covering the jobs he does"),
        F("W001", "Take Mia to Vandle Street Nursery"),
        F("M002", "Clear the kitchen and bathroom at"),
        F("W002", "Tell the SW the same day about any"),
        F("M001", "Book and take Tyler and Mia to a"),
        F("T002", "Chase Varrowby Homes about the"),
        F("T002", "Stacey to see her GP about her"),
        F("F002", "Stacey's mental health is stable and she engages with the CMHT."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Family moved in with the grandmother across the border; each action is a
#    stacked block of FROM / TO / BY / HOW WE'LL KNOW lines (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b71_vennick_from_to_by_stacked_transfer_brennan.md",
    "doc_title": "Child Protection Plan - Jack and Ellie-Mae Brennan",
    "split": "tune",
    "actions": 10,
    "template": "icpc-plan-md-bold-kv-details-then-numbered-bold-action-titles-with-stacked-from-to-by-how-well-know-lines",
    "description": (
        "Initial conference plan for an 11-year-old and a 2-year-old (domestic abuse from the mother's "
        "ex-partner, mother drinking most nights) who have moved in with their grandmother in the "
        "neighbouring authority - where they live, not an action, and the grandmother is clear she "
        "cannot do childcare. Each action is a bold title followed by stacked FROM / TO / BY / HOW "
        "WE'LL KNOW lines. Faults: a parenting assessment and a young carers referral held back until "
        "the transfer (X001, while the SW's visits 'TO: Vorrington's transfer-in conference' are fine), "
        "'TO: ongoing' and 'FROM: when possible' as the only timescale (T002), no FROM or TO at all "
        "(T001), 'all professionals' (W002), 'drinking to improve' (M002), a dash for the measure (M001), "
        "the mother's drinking with no adult service owning an action (F004; the IDVA does not count), "
        "and a contingency of 'further concerns ... review the plan' (C002) with no legal step (R002)."
    ),
    "text": """\
# Vennick Borough Council – Child Protection Plan

**Children:** Jack Brennan (11), Year 6; Ellie-Mae Brennan (2)  
**Mother:** Kerry Brennan (31)  
**Living at:** 3 Vetchley Lane, Vorrington – the home of Kerry's mother, Sandra Brennan – since 6 January 2025  
**Conference:** Initial child protection conference, Monday 13 January 2025  
**Category:** Emotional abuse  
**Social worker:** Nadia Rees, Vennick Assessment and Intervention Team  
**Chair:** Oliver Grange

## Why there is a plan

Until 5 January Kerry and the children lived at 41 Vannet Street, Vennick, with
Kerry's ex-partner Ryan Doyle. Police were called there three times between
October and December. On 4 January Ryan threw a mug at Kerry while she was
holding Ellie-Mae, and Jack ran to a neighbour for help. Ryan was arrested and
bailed not to contact Kerry or go to Vorrington. The next day Kerry and the
children went to stay with Sandra in Vorrington, which is in the neighbouring
authority. Kerry says they will not go back to Vannet Street and she has applied
to Vorrington Council for housing.

Kerry told conference that since Christmas she has been drinking "a bottle of
wine most nights to get to sleep", and Jack said he has seen her "wobbly" at
bedtime. There are no concerns about drug use. Sandra works shifts at Vorrington
General Hospital; she has been clear that she can give the family a roof but
cannot look after the children. Jack has not been to school since 3 January.
A request for a transfer-in conference has gone to Vorrington Children's
Services. Vennick keeps the case until that conference is held.

## What Jack and Ellie-Mae say

Jack (seen on his own at Sandra's, 9 January): "I'm glad we left. I don't want
Ryan to know where Nan lives." He misses his friends but wants to go to school
in Vorrington "if I can be in the same class as my cousin Tia". He said his mum
"drinks wine when she's sad and then goes to bed early, so I put Ellie to bed".
He put his worry at 7 out of 10.

Ellie-Mae was seen at Sandra's on 9 and 10 January. She stayed close to Kerry,
hid her face when the social worker came in and then brought her a doll. She
says a few single words. Kerry says she wakes most nights crying and ends up in
Jack's bed.

## What we want for Jack and Ellie-Mae

- Jack and Ellie-Mae live somewhere Ryan cannot find them, free from shouting and violence.
- Jack is in school every day and has friends there.
- Ellie-Mae is put to bed each night by a sober adult, and Jack does not have to do it.
- Ellie-Mae's development is checked and she gets help with her talking if she needs it.

## The plan

Each action has a start (FROM), an end (TO), who is doing it (BY) and how we will know.

**1. Weekly visits to see Jack and Ellie-Mae at Sandra's house, with Jack seen on his own**  
FROM: 14 January 2025  
TO: Vorrington's transfer-in conference  
BY: SW Nadia Rees  
HOW WE'LL KNOW: visit notes with Jack's own words and what Ellie-Mae was doing

**2. Parenting assessment of Kerry, to be started by Vorrington once the transfer is complete**  
FROM: after transfer  
TO: –  
BY: Vorrington Children's Services  
HOW WE'LL KNOW: assessment report shared with the core group

**3. Young carers referral for Jack, on hold until Vorrington accept the transfer**  
FROM: on hold  
TO: –  
BY: SW Nadia Rees  
HOW WE'LL KNOW: referral accepted letter on file

**4. Kerry to cut down her drinking**  
FROM: –  
TO: ongoing  
BY: Kerry  
HOW WE'LL KNOW: drinking to improve

**5. Kerry to self-refer to the Vorrington Recovery Hub about her drinking**  
FROM: 14 January 2025  
TO: 31 January 2025  
BY: Kerry  
HOW WE'LL KNOW: Kerry tells Nadia the date of her first appointment

**6. Tell the SW the same day if Ryan makes any contact or is seen in Vorrington**  
FROM: 13 January 2025  
TO: review conference  
BY: all professionals  
HOW WE'LL KNOW: each report logged on the children's file by the SW

**7. Ellie-Mae's 2-year review with an ASQ-3**  
FROM: –  
TO: –  
BY: HV Sian Corr, Vennick 0-19 Service  
HOW WE'LL KNOW: ASQ-3 scores shared with the SW

**8. Apply for a school place for Jack in Vorrington**  
FROM: 14 January 2025  
TO: 24 January 2025  
BY: Kerry, with Nadia's help  
HOW WE'LL KNOW: –

**9. Speech and language drop-in for Ellie-Mae at Vorrington Children's Centre**  
FROM: when possible  
TO: –  
BY: Kerry  
HOW WE'LL KNOW: drop-in record shows Ellie-Mae seen

**10. Update Kerry's safety plan with her, with a part for Jack (who he rings and where he goes), and repeat the DASH checklist**  
FROM: 14 January 2025  
TO: the first core group (27 January 2025)  
BY: Beth Amos, IDVA, Vennick Domestic Abuse Service  
HOW WE'LL KNOW: written safety plan on file; Jack's card in his school bag; DASH score sent to the SW

## If things do not improve

If there are further concerns about the children, or the plan is not being
followed, the core group will meet sooner to review the plan and discuss next
steps with Vorrington.

## Core group and review

- Core group every 3 weeks at Vorrington Children's Centre, 10am: 27 January, 17 February and 10 March 2025.
- Review child protection conference: Monday 7 April 2025, 10am, Vennick Civic Offices (unless Vorrington's transfer-in conference has been held by then).
""",
    "findings": [
        F("X001", "Parenting assessment of Kerry, to be started by Vorrington"),
        F("X001", "on hold until Vorrington accept the transfer"),
        F("T002", "Kerry to cut down her drinking"),
        F("M002", "Kerry to cut down her drinking"),
        F("W002", "Tell the SW the same day if Ryan makes any contact"),
        F("T001", "Ellie-Mae's 2-year review with an ASQ-3"),
        F("M001", "Apply for a school place for Jack in Vorrington"),
        F("T002", "Speech and language drop-in for Ellie-Mae"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. A 5-year-old known by his nickname, "Bear", and his baby sister; one
#    sentence per action under bold agency headings (paged PDF)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b71_valeford_agency_bullets_nickname_marsh.pdf",
    "doc_title": "Child Protection Plan - Bear and Isla Marsh",
    "split": "tune",
    "actions": 13,
    "template": "icpc-plan-paged-kv-details-then-bullet-sentences-under-bold-agency-headings-owner-time-evidence-in-the-sentence-child-known-by-nickname",
    "description": (
        "Initial conference plan for a 5-year-old known to everyone as 'Bear' (Theo on paper) and his "
        "14-month-old sister (mother's epilepsy with seizures while alone with the baby, father's weekend "
        "cocaine use). One bullet sentence per action under bold agency headings, with owner, time and "
        "evidence in the sentence ('Lauren, with HV support, by the end of February ... checked by the HV "
        "at her visit and recorded in the red book', 'every bath time', 'each Friday'). The "
        "grandparents supervise baths and collect Bear, and the contingency sends the children to them "
        "with no fallback (C003). Faults: an assessment with no output (M001), 'when possible' (T002), "
        "'Craig will stop using cocaine.' (T001, M001), 'monitor ... regularly' (T002, M002), 'keep an "
        "eye on' with no time (T001, M002), and 'Everyone working with the family' (W002). The epilepsy "
        "nurse and the drug service own actions, so no F004. Header and page footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE – Valeford City Council – Children's Social Care",
    "footer": "Child protection plan – Bear and Isla Marsh – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "must_contain": ["known to everyone as Bear"],
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Children", "Theo Marsh, known to everyone as Bear (5), Reception, Valmont Lane Primary; "
                         "Isla Marsh (14 months), at home"),
            ("Parents", "Lauren Marsh (30) and Craig Marsh (32), 9 Vesperby Close, Valeford"),
            ("Grandparents", "Sue Pennock (Lauren's mum), round the corner on Vesperby Walk; Keith Marsh "
                             "(Craig's dad, 'Pops' to Bear), Valeford town centre"),
            ("Conference", "Initial child protection conference, Wednesday 05/02/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Jade Okoro, Valeford Family Safeguarding Team"),
            ("Chair", "Martin Ekwueme"),
        ]),
        ("p", "Theo has been called Bear since he was a baby and does not answer to Theo, so this plan calls "
              "him Bear throughout."),
        ("h1", "Why there is a plan"),
        ("p", "Lauren has epilepsy. Her seizures were well controlled until last summer, but she has had five "
              "tonic-clonic seizures since November, two of them while she was alone with Isla. On 12 January "
              "Bear found his mum having a seizure on the bathroom floor while Isla was in the bath; he "
              "pulled Isla out and ran to a neighbour. Isla was not hurt. Lauren has been missing doses of "
              "her medication. Craig told conference he uses cocaine \"most weekends\" with friends and is "
              "sometimes still coming down on Sunday when he is looking after the children. Police found a "
              "small amount of cocaine in his car on 20 January. Bear's attendance is 82% and he has been "
              "collected late four times this term."),
        ("h1", "How Bear and Isla are"),
        ("p", "Bear (seen on his own at school on 28 January and at home on 31 January): \"Mummy had a fit in "
              "the bath and I got Isla out. I was a bit brave.\" He said he does not like bath time any more "
              "and wants \"Nana Sue to do the bath\". He likes Pops's dog and wants to go to Pops's after "
              "school \"every day\". He drew his family with Daddy \"asleep on Sunday\"."),
        ("p", "Isla is crawling and pulling herself up to stand, and says \"mama\" and \"dog\". On the SW's "
              "visit she screamed when she was carried towards the bathroom and settled when Sue held her. "
              "She follows Bear from room to room."),
        ("h1", "What we want for Bear and Isla"),
        ("bullets", [
            "Isla is never in the bath, or on her own, with a parent who may have a seizure unless another "
            "adult is there.",
            "Bear does not have to rescue his sister or look after his mum: he goes to school every day and "
            "is collected on time.",
            "Bear and Isla are looked after by parents who are not using drugs while caring for them.",
        ]),
        ("h1", "The plan"),
        ("boldp", "Social care"),
        ("bullets", [
            "Jade Okoro (SW) will see Bear and Isla at home every week and Bear on his own at school at least "
            "once a fortnight, and will write down what Bear says in his own words.",
            "Jade will complete a parenting assessment of Craig within 35 working days of the conference.",
        ]),
        ("boldp", "Family"),
        ("bullets", [
            "Nana Sue Pennock will be at the house for Isla's bath every bath time, Monday to Friday, and "
            "will sign the bath chart by the sink.",
            "Pops (Keith Marsh) will collect Bear from school on Tuesdays and Thursdays and keep him until "
            "Craig finishes work, and the school office will log who collects him.",
        ]),
        ("boldp", "Health"),
        ("bullets", [
            "Lauren, with HV support, will set up a changing mat on the floor and stop carrying Isla up and "
            "down the stairs on her own by the end of February; this will be checked by the HV at her visit "
            "and recorded in the red book.",
            "Rachel Dunn, epilepsy specialist nurse at Valeford General Hospital, will review Lauren's "
            "medication and seizure diary by 28/02/2025 and write to Jade about when it is safe for Lauren "
            "to be alone with Isla.",
            "Becky Shaw (HV) will see Isla at home to check her development when possible and send the "
            "ASQ-3 scores to Jade.",
        ]),
        ("boldp", "Drug use"),
        ("bullets", [
            "Craig will go to Valeford Recovery Service every Wednesday for a drug test and will show Jade "
            "the result letter at her next visit.",
            "Craig will stop using cocaine.",
            "Valeford Recovery Service will monitor Craig's drug use regularly.",
        ]),
        ("boldp", "School"),
        ("bullets", [
            "Mrs Anjali Patel, Bear's class teacher, will do a feelings check-in with Bear each Friday and "
            "pass anything he says about home to the DSL the same day.",
            "Bear's school will keep an eye on his attendance.",
        ]),
        ("boldp", "Everyone"),
        ("bullets", [
            "Everyone working with the family will tell Jade the same day if they see Craig under the "
            "influence around the children, and Jade will log each report on the file.",
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Lauren has a seizure while she is on her own with either child, or Isla is bathed without "
              "another adult there, Jade (or the emergency duty team out of hours) will hold a strategy "
              "discussion the same day and the children will stay with Sue until it has agreed a plan. If "
              "Craig tests positive for cocaine or is under the influence while caring for the children, he "
              "will leave the house that day and stay with Keith, and his time with the children will be "
              "supervised by Sue."),
        ("p", "If there is another seizure while a child is alone in Lauren's care, or a second positive test "
              "before the review conference, Jade will request a legal planning meeting within 5 working "
              "days."),
        ("h1", "Core group and review"),
        ("p", "Core group every four weeks at Valmont Lane Primary, 9.30am: Wednesday 19/02/2025, 19/03/2025 "
              "and 16/04/2025. Review child protection conference: Tuesday 29/04/2025, 2pm, Valeford Civic "
              "Centre."),
        ("p", "Plan typed by Jade Okoro (SW) on 06/02/2025 and sent to Lauren, Craig, Sue, Keith and each "
              "agency."),
    ],
    "findings": [
        F("M001", "Jade will complete a parenting assessment of Craig"),
        F("T002", "will see Isla at home to check her development"),
        F("T001", "Craig will stop using cocaine."),
        F("M001", "Craig will stop using cocaine."),
        F("T002", "Valeford Recovery Service will monitor Craig's drug use regularly"),
        F("M002", "Valeford Recovery Service will monitor Craig's drug use regularly"),
        F("T001", "Bear's school will keep an eye on his attendance"),
        F("M002", "Bear's school will keep an eye on his attendance"),
        F("W002", "Everyone working with the family will tell Jade the same day"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Looked-after newborn on the children's ward; Area | Action | Lead and
#    timescale | Evidence table with the area merged down (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b71_vosmere_lac_baby_ward_area_merged_lennox.docx",
    "doc_title": "Child Protection Plan - Baby Kai Lennox",
    "split": "tune",
    "actions": 10,
    "template": "icpc-lac-newborn-on-ward-docx-kv-details-area-action-lead-and-timescale-evidence-table-area-merged-down",
    "description": (
        "Initial conference plan for a 16-day-old accommodated under section 20 and still on the "
        "children's ward while a foster placement is found; the mother is a 19-year-old care leaver who "
        "used cocaine and alcohol in pregnancy. Area | Action | Lead and timescale | Evidence table with "
        "the area merged down (three real Word vertical merges) and owner and timing in one cell ('SW "
        "Amir Khalid with the Placements Team - before discharge', 'Foster carer - within 5 days of "
        "placement', '- by 20/02/2025', 'TBC - by 31/03/2025'). Nobody is set to visit Kai on the ward "
        "(L001): the SW only liaises and the mother's contact is 'TBC'. No outcomes anywhere (O001) and "
        "nothing about Kai's own days (F003). Also a blank evidence cell (M001), a passive row (W001), "
        "'TBC' as the only timescale (T002) and as the only lead (W002), and 'ongoing' with "
        "'Engagement' (T002, M002). The substance misuse service owns the testing row, so no F004; the "
        "contingency and legal step are specific."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child Protection Plan – Baby Kai Lennox"),
        ("p", "Vosmere County Council – Children's Services – Vosmere Central Safeguarding Team"),
        ("kv", [
            ("Child", "Kai Lennox, born 21/01/2025 at 36 weeks"),
            ("Where Kai is", "Ward 6 (children's ward), Vosmere Royal Infirmary, since birth"),
            ("Legal status", "Accommodated under section 20 of the Children Act 1989 since 24/01/2025, with "
                             "Shannon's agreement; to be placed with foster carers when he is ready to leave "
                             "hospital"),
            ("Mother", "Shannon Lennox (19), care leaver, supported by a Vosmere Leaving Care personal adviser"),
            ("Father", "Not named by Shannon"),
            ("Conference", "Initial child protection conference, Thursday 06/02/2025, Vosmere Royal Infirmary"),
            ("Category", "Neglect"),
            ("Social worker", "Amir Khalid"),
            ("Chair", "Rebecca Stone"),
        ]),
        ("h1", "Why Kai has a plan"),
        ("p", "Shannon was in foster care herself from the age of 12 until she was 18. She had no antenatal "
              "care until 30 weeks and told the midwife she used cocaine and drank most weekends until she "
              "found out she was pregnant; urine screens at 32 and 34 weeks were positive for cocaine. Her "
              "partner, whom she will not name, assaulted her twice last year. After Kai was born Shannon "
              "left the ward twice overnight without telling staff, and on 23 January she was found asleep in "
              "the ward bathroom smelling of alcohol when Kai was due a feed. On 24 January Shannon agreed "
              "that Kai should be accommodated. She has no tenancy and is staying on friends' sofas in "
              "Vosmere."),
        ("h1", "Plan"),
        ("p", "Kai will stay on Ward 6 until a foster placement is found. The table sets out who will do what."),
        ("table", {
            "header": ["Area", "Action", "Lead and timescale", "Evidence"],
            "widths": [2.4, 6.0, 4.6, 4.0],
            "bold_first_col": True,
            "rows": [
                ["Placement",
                 "Find a foster placement for Kai in Vosmere so that Shannon can keep up contact",
                 "SW Amir Khalid with the Placements Team – before discharge",
                 "Placement agreement signed and a copy sent to the ward"],
                [V,
                 "Liaise with the ward about Kai's discharge date and discharge plan",
                 "SW Amir Khalid – by 14/02/2025",
                 "Discharge plan on Kai's file"],
                [V,
                 "Register Kai with a GP and a health visitor at the foster carers' address",
                 "Foster carer – within 5 days of placement",
                 ""],
                ["Kai's health",
                 "Discharge examination, hip check and hearing screen before Kai leaves the ward",
                 "Dr Sian Moyo, paediatrician – before discharge",
                 "Discharge summary sent to the GP, HV and SW"],
                [V,
                 "Kai's birth to be registered at Vosmere Register Office",
                 "– by 20/02/2025",
                 "Copy of the birth certificate on file"],
                ["Contact",
                 "Contact for Shannon with Kai on the ward",
                 "Sister Joanne Pryce, Ward 6 – TBC",
                 "Contact recorded in the ward notes"],
                ["Shannon",
                 "Shannon to engage with Vosmere Substance Misuse Service",
                 "Shannon – ongoing",
                 "Engagement"],
                [V,
                 "Drug and alcohol tests for Shannon, with the results sent to the SW",
                 "Dale Huxley, keyworker, Vosmere Substance Misuse Service – weekly from 10/02/2025",
                 "Test results emailed to the SW every Friday"],
                [V,
                 "Shannon to keep her appointments with her personal adviser",
                 "Shannon – every two weeks",
                 "Attendance confirmed by the PA, Kim Adebayo"],
                [V,
                 "Parenting assessment of Shannon in a parent and baby setting",
                 "TBC – by 31/03/2025",
                 "Assessment report to the core group"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Shannon tries to take Kai off the ward, or comes onto the ward under the influence of drugs "
              "or alcohol, ward staff will call hospital security and the police straight away and the SW "
              "(or the emergency duty team out of hours) will hold a strategy discussion the same day. If "
              "Shannon withdraws her agreement to section 20, the SW will request an urgent legal planning "
              "meeting that day to consider an application for an interim care order."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks, 2pm, on Ward 6 while Kai is there and then at Vosmere Family Hub: "
              "20/02/2025, 20/03/2025 and 17/04/2025. Review child protection conference: Thursday 01/05/2025, "
              "10am, Vosmere County Hall."),
    ],
    "findings": [
        F("M001", "Register Kai with a GP and a health visitor"),
        F("W001", "Kai's birth to be registered at Vosmere Register Office"),
        F("T002", "Contact for Shannon with Kai on the ward"),
        F("T002", "Shannon to engage with Vosmere Substance Misuse Service"),
        F("M002", "Shannon to engage with Vosmere Substance Misuse Service"),
        F("W002", "Parenting assessment of Shannon in a parent and baby setting"),
        F("L001"),
        F("O001"),
        F("F003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Plan built around the mother's pain and codeine use: a numbered list of
#    "What needs to happen", most of it about her; no contingency (paged PDF)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b71_vardley_numbered_parent_centred_gough.pdf",
    "doc_title": "Child Protection Plan - Harley and Summer Gough",
    "split": "tune",
    "actions": 9,
    "template": "icpc-plan-paged-kv-details-then-numbered-list-what-needs-to-happen-owner-and-time-in-the-sentence-no-contingency",
    "description": (
        "Initial conference plan for a 12-year-old and an 8-year-old whose mother misuses prescribed "
        "codeine for chronic pain and has low mood. A numbered 'What needs to happen' list with owner, "
        "time and evidence in each sentence; six of the nine items are about the mother's own pain, "
        "mood, benefits and routine with no link to the children (F001). Every adult service she uses "
        "(GP, pain group, talking therapies) is only somewhere she goes (F004). The aunt and grandfather "
        "do the school run and teas, and there is no contingency at all (C001, C003) and no legal step "
        "(R002). Also a GP visit with no measure (M001), 'when she feels ready' with no measure (T002, "
        "M001), family support worker 'support' with no time or measure (T001, M001), and an outcome "
        "about the mother only (F002). Header and page footer on every page."
    ),
    "header": "Vardley Council | Children and Families | OFFICIAL-SENSITIVE",
    "footer": "Gough – child protection plan – page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Children", "Harley Gough (12), Year 7, Vardley Academy; Summer Gough (8), Year 3, Vickerby "
                         "Green Primary"),
            ("Mother", "Natalie Gough (35), 27 Verlow Avenue, Vardley"),
            ("Father", "Wayne Gough, lives in Vellingford and has the children one weekend a month"),
            ("Aunt and grandfather", "Gemma Lyle (Natalie's sister), Verlow Avenue; Ron Gough (Natalie's dad), "
                                     "Vickerby Green"),
            ("Conference", "Initial child protection conference, Tuesday 11/03/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Priya Nair, Vardley Children's Safeguarding Team"),
            ("Chair", "Graham Holt"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Natalie has had back pain since a car accident in 2022 and is prescribed codeine and "
              "pregabalin. Since the autumn she has been taking more codeine than prescribed and buying extra "
              "online, and in February her GP stopped early repeat prescriptions. She has also had low mood. "
              "On the SW's afternoon visits Natalie has been drowsy and slurring her words. Harley has been "
              "making tea for Summer most nights and getting her to school, and both children were late 19 "
              "times last half-term. In February Summer went to school with head lice and in the same "
              "clothes three days running. Since conference Gemma and Ron have started helping with the "
              "school run and teas."),
        ("h1", "What Harley and Summer say"),
        ("p", "Harley (seen on his own at school, 6 March): \"I don't mind doing tea. Mum's back hurts and her "
              "tablets make her sleepy. I just want her to be normal again.\" He has stopped going to "
              "football on Thursdays because he has to get Summer home."),
        ("p", "Summer (seen at home, 7 March): \"I like Grandad's because he makes fish fingers.\" She said "
              "mornings are \"rushy\" and that she is sad when she is late because she misses the morning "
              "song."),
        ("h1", "What we want to see"),
        ("bullets", [
            "Harley and Summer get to school on time every day, clean and in clean clothes.",
            "Harley can be a 12-year-old again: he goes to football and does not have to make the tea.",
            "Natalie is using her medication as prescribed and her pain is managed.",
            "Summer has a hot meal every evening and an adult checks her hair and clothes.",
        ]),
        ("h1", "What needs to happen"),
        ("numbers", [
            "Natalie will see her GP to talk about cutting down her codeine, by 21 March 2025.",
            "Natalie will go to the Vardley Pain Management Group every Tuesday morning for eight weeks and "
            "show the SW her attendance card.",
            "Natalie will self-refer to Vardley Talking Space for her low mood when she feels ready.",
            "Priya (SW) will help Natalie apply for Personal Independence Payment by 4 April 2025, and the "
            "claim reference will be kept on file.",
            "Natalie will keep a daily diary of her pain and her tablets and show it to Priya at each visit.",
            "Gemma Lyle, the children's aunt, will take Harley and Summer to school every weekday morning, "
            "and the schools will tell Priya if either child is late.",
            "Grandad Ron Gough will give the children their tea at his house on Mondays, Wednesdays and "
            "Fridays and mark each tea on the calendar Priya checks.",
            "Priya will see Harley and Summer at home every two weeks, talk with each of them on their own "
            "and write down what they say.",
            "The family support worker will support Natalie with her confidence and daily routine.",
        ]),
        ("h1", "Core group and review"),
        ("p", "Core group every four weeks at Vickerby Green Primary, 3.30pm: Tuesday 25/03/2025, 22/04/2025 "
              "and 20/05/2025. Review child protection conference: Tuesday 10/06/2025, 10am, Vardley Town "
              "Hall."),
        ("p", "Plan agreed at conference and typed by Priya Nair on 12/03/2025."),
    ],
    "findings": [
        F("M001", "Natalie will see her GP to talk about cutting down"),
        F("T002", "self-refer to Vardley Talking Space for her low mood"),
        F("M001", "self-refer to Vardley Talking Space for her low mood"),
        F("T001", "The family support worker will support Natalie with her confidence"),
        F("M001", "The family support worker will support Natalie with her confidence"),
        F("F002", "Natalie is using her medication as prescribed and her pain is managed."),
        F("F001"),
        F("F004"),
        F("C001"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Father with bipolar disorder home from hospital; bullet plan where each
#    bullet carries its owner, an event or standing time and its evidence
#    in ordinary words (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b71_vinsworth_event_timed_bullets_okafor.md",
    "doc_title": "Child Protection Plan - Daisy and Joel Okafor",
    "split": "tune",
    "actions": 12,
    "template": "icpc-plan-md-family-list-worries-working-well-views-outcomes-then-plain-bullets-owner-time-evidence-in-each-sentence",
    "description": (
        "Initial conference plan for a 13-year-old and a 7-year-old whose father, their main carer, was "
        "sectioned in a manic episode and is home again on lithium. The children's stay with their aunt "
        "while he was in hospital is history, not an action. Plain bullets, each with its owner, its "
        "time as an event or a standing arrangement ('within 10 working days of the conference', 'before "
        "each core group', 'every school day', 'each Thursday lunchtime', 'until Samuel finishes his "
        "phased return to work') and its evidence in ordinary words. The CMHT reports on capacity to "
        "change, the GP practice owns the lithium checks, the aunt's part has a fallback, dates and "
        "legal step set. Exemplary."
    ),
    "text": """\
# Child Protection Plan – Daisy and Joel Okafor

Vinsworth Council · Children's Social Care · Vinsworth East Team

Agreed at the initial child protection conference on Wednesday 19 March 2025.
Written up by Tom Reilly (social worker) and sent to Samuel, Abena, Grace and
every agency on 20 March 2025.

## The family

- **Daisy Okafor**, 13, Year 8 at Vinsworth Academy
- **Joel Okafor**, 7, Year 2 at Vetherby Street Primary
- **Samuel Okafor**, their dad (45). Daisy and Joel live with him at 12 Vassell Hill, Vinsworth.
- **Abena Mensah**, their mum (41), lives in Vinsworth with her partner; the children stay with her every other weekend.
- **Grace Okafor**, Samuel's sister, lives on Vardon Road, five minutes' walk away.

While Samuel was in hospital in February and early March, Daisy and Joel
stayed with Grace. They moved back home with him on 11 March.

Category: neglect. Social worker: Tom Reilly. Chair: Frances Obi.

## What we are worried about

Samuel has bipolar disorder. In January he stopped taking his lithium, and over
three weeks he stopped sleeping, spent more than £3,000 and twice left Joel
alone in the house at night while he went out walking. On 4 February Daisy rang
Grace at 2am because Samuel was shouting in the street. He was admitted to
Vinsworth Lodge, the adult mental health unit, under section 2 and was
discharged on 10 March, back on lithium and under the Vinsworth Community
Mental Health Team (CMHT). Daisy has been getting Joel up and to school and has
missed 14 days of school herself since January. Samuel says he did not see how
unwell he had become and wants to get things right for the children.

## What is working well

Samuel is taking his lithium again and came to conference with his care
coordinator. Grace and Abena both want to help and get on well with each other.
Daisy and Joel are close and love their dad.

## What Daisy and Joel told us

Daisy (seen on her own at school, 14 March): "When Dad's high he's fun at first
and then it gets scary. I'm the one who has to notice." She wants "someone else
to be watching for the signs, not just me", and she wants to go back to
netball. She would like to know what to do "without feeling like I'm grassing
on Dad".

Joel (seen at home, 17 March) said his dad "went to the hospital to get his
brain better". He likes staying at Aunty Grace's "because she has a trampoline",
he wants Dad "to stay home now", and he was scared "when Dad went out in the
dark".

## What we want for Daisy and Joel

- Daisy and Joel are never left alone at night, and there is always an adult well enough to look after them.
- Daisy is a 13-year-old, not her dad's carer: she is in school every day, plays netball again and knows that watching for her dad's warning signs is the adults' job.
- Joel gets to school on time every day and knows who will look after him if his dad becomes unwell.

## The plan

Each point says who will do it, when, and how we will know it has happened.

- Tom Reilly (SW) will see Daisy and Joel at home every two weeks until the review conference, and each of them on their own at least once a month, and will write down what they say in his visit notes.
- Within 10 working days of the conference, Tom will sit down with Samuel and his care coordinator, Femi Adeyemi of the Vinsworth CMHT, to write a family relapse plan, asking Daisy what she has noticed in the past; Tom will send copies to Grace, Abena and both schools.
- Femi will see Samuel at home every week and send Tom a written report before each core group on whether Samuel is making the changes he needs to make to care safely for Daisy and Joel, and how long that is likely to take.
- Dr Ruth Kemp at Vinsworth Health Centre will check Samuel's lithium level every four weeks and send the result to Femi and Tom the same week.
- Samuel will take his lithium every evening and tick it off on the chart on the kitchen wall, which Tom and Grace look at when they visit.
- Grace will ring Samuel at 7pm every evening and go round if he does not answer or sounds unwell, noting each call in the diary she shares with Tom.
- Grace will collect Joel from school on Mondays and Wednesdays until Samuel finishes his phased return to work, and the school office will log who collects him.
- Abena will have Daisy and Joel every other weekend, from Friday after school until Sunday at 6pm, and will text Tom each Monday to say how the weekend went.
- Ms Harper, the school counsellor at Vinsworth Academy, will see Daisy each Thursday lunchtime, keep notes of each session and tell the DSL the same day if Daisy says anything worrying about home.
- Mr Lowe (DSL, Vinsworth Academy) will check Daisy's attendance every school day and ring Samuel by 9.30am if she is not in, and will send the attendance printout to Tom every Friday.
- Mrs Quayle, Joel's class teacher at Vetherby Street Primary, will do a worry-box check-in with Joel every Friday, keep a note of each one and pass anything he says about home to Tom that day.
- Leah Moss from Vinsworth Young Carers will complete a young carer's assessment with Daisy within 6 weeks of the conference (by 30 April 2025) and send the written assessment to Tom.

## If things go wrong

- The relapse plan lists Samuel's warning signs (sleeping less than four hours two nights running, missing his lithium, spending sprees, talking very fast). Whoever notices one – Grace, Abena or any professional – tells Femi or the CMHT duty line that day, and the CMHT will see Samuel within 24 hours.
- If Samuel leaves the children alone at night, misses his lithium two days running, or is too unwell to look after them, Daisy and Joel will go to Grace's that day and Tom (or the emergency duty team out of hours) will hold a strategy discussion the same day.
- If Grace cannot make the evening calls or have the children, for example because she is ill or away, the children will go to Abena's; if neither Grace nor Abena can have them, Tom will arrange a foster placement that day.
- If Samuel is readmitted to hospital, or the children have to leave home twice before the review conference, Tom will ask his team manager for a legal planning meeting within 5 working days.

## Meetings

- Core group every 4 weeks, 4pm at Vinsworth Academy: Wednesday 2 April, 30 April and 28 May 2025.
- Review child protection conference: Wednesday 18 June 2025, 10am, Vinsworth Town Hall.
""",
    "findings": [],
})
