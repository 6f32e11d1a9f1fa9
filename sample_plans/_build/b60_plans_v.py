"""Batch 60, module v: seven fictional plans (held-out material), places beginning with "v".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: plans written by different agencies and teams, each in its own
template and voice - a hospital safeguarding children team's pre-discharge
plan, a health visitor's family copy, a children's social care team's
initial conference plan set out by need, a primary school's record of its
part in a plan, a voluntary family support service's plan, a looked-after
baby's plan while the case transfers to another council, and an adolescent
team's core group plan written as prose - with a realistic mix of faults
across the rules rather than one rule. Three plans are exemplary.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Hospital safeguarding children team: pre-discharge safeguarding plan for
#    a baby on the children's ward (not looked after); banded rows "On the
#    ward" / "At home"; paged PDF with header and footer (exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b60_vennerby_ward_discharge_banded_rows_kowalska.pdf",
    "doc_title": "Pre-Discharge Safeguarding Plan - Mila Kowalska",
    "split": "heldout",
    "actions": 13,
    "template": "hospital-safeguarding-team-pre-discharge-plan-paged-kv-numbered-sections-no-action-responsible-when-evidence-table-with-merged-band-rows-on-the-ward-and-at-home",
    "description": (
        "Pre-discharge safeguarding plan written by a hospital safeguarding children team for a "
        "10-week-old on the children's ward with faltering growth; she is on a child protection plan "
        "for neglect (not looked after) and her mother has postnatal depression under the perinatal "
        "mental health team. One table with two horizontally merged band rows ('On Kestrel Ward - until "
        "discharge', 'At home - from discharge'); the perinatal team is asked for a view on capacity to "
        "change, the grandmother's night feeds have a fallback, SW visits on the ward twice a week, "
        "core group dates, review conference and legal step set. Header and page footer. Exemplary."
    ),
    "header": "OFFICIAL-SENSITIVE \u2013 Vennerby General Hospital NHS Trust \u2013 Safeguarding Children Team",
    "footer": "Pre-discharge safeguarding plan \u2013 Mila Kowalska \u2013 page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-Discharge Safeguarding Plan"),
        ("p", "Vennerby General Hospital \u00b7 Safeguarding Children Team \u00b7 Kestrel Ward (children's medical)"),
        ("kv", [
            ("Patient", "Mila Kowalska, born 28/07/2025 (10 weeks), hospital no. VGH 448 2071"),
            ("Admitted", "Thursday 02/10/2025 via the Children's Emergency Department with faltering growth"),
            ("Parents", "Agata Kowalska (27) and Piotr Kowalski (31), both with parental responsibility; "
                        "14 Lantern Walk, Northgate, Vennerby"),
            ("Legal status", "Mila has been subject to a child protection plan (category: neglect) since the "
                             "initial conference on 15/09/2025. She is not looked after: she is on the ward as "
                             "a patient and will go home to her parents."),
            ("Social worker", "Farah Quayle, Vennerby Council Children's Services, Safeguarding Team 2"),
            ("Plan written by", "Helen Tranter, Named Nurse Safeguarding Children, with Dr Kwame Osei, "
                                "consultant paediatrician"),
            ("Agreed at", "Safeguarding planning meeting on Kestrel Ward, Wednesday 08/10/2025"),
        ]),
        ("h1", "1. Why Mila is on the ward"),
        ("p", "Mila weighed 3.40 kg at birth (50th centile). At her 8-week check she weighed 4.02 kg, below the "
              "2nd centile, and the health visitor referred her to the Children's Emergency Department. Her "
              "parents said she \"sleeps through\" and were not waking her for night feeds. Agata was diagnosed "
              "with postnatal depression in August and has been seen by the Vennerby Perinatal Mental Health "
              "Team since then; she told the ward she feels \"flat and tired all the time\" and sometimes does "
              "not hear Mila wake. Piotr works nights at a distribution centre four nights a week. On the ward, "
              "fed every three hours, Mila gained 230 g in her first six days. Blood tests so far are normal "
              "and Dr Osei's view is that her poor growth is most likely due to missed feeds."),
        ("h1", "2. Mila's days on Kestrel Ward"),
        ("p", "Mila cannot tell us how she feels, so this is what the nurses, the social worker and the health "
              "visitor have seen. She wakes for most feeds now and takes 110 ml every three hours, finishing "
              "her bottle in about 20 minutes. She is alert in the mornings, follows faces and has started to "
              "smile. She settles quickly when Piotr walks her around the bay and sings to her in Polish. When "
              "Agata feeds her, Mila feeds well but Agata rarely looks at her or talks to her, and twice the "
              "nurses found Mila crying in her cot while Agata was asleep in the chair beside her."),
        ("h1", "3. What we want for Mila"),
        ("bullets", [
            "Mila is fed on time, day and night, and gains weight steadily so that by the review conference "
            "she is back on or above the 2nd centile and rising.",
            "Mila goes home to parents who wake for her, read her hunger cues and give every night feed.",
            "Mila is cared for by a mum whose mood is stable enough to feed, hold and talk to her.",
            "Mila is seen at home every week by her health visitor and her social worker, and her checks and "
            "immunisations are up to date.",
        ]),
        ("h1", "4. The plan"),
        ("p", "Rows 1 to 7 are done before Mila goes home; her discharge is expected on Friday 17/10/2025. Rows 8 "
              "to 13 start on the day she is discharged."),
        ("table", {
            "header": ["No.", "Action", "Responsible", "When", "Evidence of completion"],
            "widths": [1.2, 5.3, 3.5, 3.0, 4.0],
            "rows": [
                ["On Kestrel Ward \u2013 until discharge", H, H, H, H],
                ["1", "Offer Mila a bottle every three hours, day and night, with a parent giving the feed "
                      "whenever one is on the ward, and record the amount she takes",
                 "Nurse in charge of Mila's bay on each shift, Kestrel Ward",
                 "Every feed while Mila is on the ward",
                 "Feed and fluid chart completed for every feed; Mila weighed at 8am daily and plotted on "
                 "the ward growth chart"],
                ["2", "Assess Mila's feeding and write a home feeding plan that both parents can follow, with "
                      "alarm times for the night feeds",
                 "Ruth Adebayo, paediatric dietitian",
                 "By Tuesday 14/10/2025",
                 "Written feeding plan in the notes; copies given to both parents and sent to the HV and SW"],
                ["3", "Complete the investigations into Mila's faltering growth and give a written medical "
                      "opinion on the likely cause",
                 "Dr Kwame Osei, consultant paediatrician",
                 "By the discharge planning meeting on 15/10/2025",
                 "Medical report sent to the SW and GP and read at the discharge planning meeting"],
                ["4", "Room in with Mila in the ward parents' room for two nights running, giving all of her "
                      "feeds and settling her in between",
                 "Agata Kowalska and Piotr Kowalski",
                 "Two nights before discharge (planned 13 and 14 October)",
                 "Night nursing notes show each feed given within 30 minutes of its time and the amount "
                 "Mila took"],
                ["5", "See Agata on the ward, assess her mood and how it affects her care of Mila, and give a "
                      "written view on her capacity to change and the likely timescale",
                 "Dr Sian Lockhart, consultant psychiatrist, Vennerby Perinatal Mental Health Team",
                 "Before discharge (by 15/10/2025)",
                 "Written assessment sent to the SW and GP and shared at the discharge planning meeting"],
                ["6", "Visit Mila on the ward, see a feed given by one of her parents and speak to the nurse "
                      "caring for her that day",
                 "SW Farah Quayle",
                 "Twice a week until discharge (Mondays and Thursdays)",
                 "Visit record on Mila's social care file describing the feed seen and what the nurse "
                 "reported"],
                ["7", "Chair the discharge planning meeting with both parents, the ward, the HV, the SW, the GP "
                      "practice and the perinatal team",
                 "Helen Tranter, Named Nurse Safeguarding Children",
                 "Wednesday 15/10/2025, 2pm",
                 "Written discharge plan sent to both parents and to every agency by the end of that day"],
                ["At home \u2013 from discharge", H, H, H, H],
                ["8", "Weigh Mila at home, check her feed chart and watch a feed",
                 "HV Bethan Morgan, Northgate Health Visiting Team",
                 "Weekly for 8 weeks from the week of discharge",
                 "Weight plotted in the red book at each visit, gaining at least 150 g a week; feed chart "
                 "seen and signed"],
                ["9", "See Mila in the paediatric outpatient clinic to check her growth and her test results",
                 "Dr Kwame Osei",
                 "Two weeks after discharge (w/c 27/10/2025)",
                 "Clinic letter with Mila's weight and centile sent to the GP, HV and SW"],
                ["10", "Visit Agata at home and write an update on whether her mood is changing and whether she "
                       "is managing Mila's night feeds",
                 "Owen Pritchard, community psychiatric nurse, Vennerby Perinatal Mental Health Team",
                 "Fortnightly from discharge; update before each core group",
                 "Written update to the SW saying what has changed, what still needs to change and how long "
                 "that is likely to take"],
                ["11", "Visit at home, at least one visit in three unannounced, to see Mila awake, where she "
                       "sleeps and her feed chart",
                 "SW Farah Quayle",
                 "Weekly from discharge until the review conference",
                 "Visit record notes the feed chart, where Mila slept and how each parent handled her"],
                ["12", "Stay at Lantern Walk and give Mila her 2am feed so that Agata can sleep",
                 "Halina Nowak, maternal grandmother",
                 "Every night for the first 10 nights after discharge",
                 "Halina signs the feed chart for each 2am feed; the HV checks the chart at her visits"],
                ["13", "Give Mila the 8-week immunisations she missed while she was unwell",
                 "Jan Webb, practice nurse, Northgate Medical Practice",
                 "Within 7 days of discharge",
                 "Immunisations recorded in the red book and on the GP record"],
            ],
        }),
        ("h1", "5. If things go wrong"),
        ("p", "If Mila takes less than 500 ml in 24 hours on two days running, loses weight between two HV "
              "visits, or a night feed is missed, or if Agata tells anyone she has thoughts of harming herself "
              "or Mila, the HV or CPN will ring the SW that day. The SW (or the emergency duty team out of "
              "hours) will hold a strategy discussion the same day and Mila will be brought back to Kestrel "
              "Ward that day to be assessed."),
        ("p", "If Halina cannot stay at Lantern Walk for the first 10 nights, Mila will not be discharged until "
              "Piotr has moved to day shifts for two weeks (his employer has agreed this), and the HV will "
              "visit twice in the first week instead of once."),
        ("p", "If Mila's weight is not back on or above the 2nd centile by the core group on 11/11/2025, or "
              "she is readmitted because of poor weight gain, the SW will ask her team manager for a legal "
              "planning meeting within 5 working days."),
        ("h1", "6. Core group and review conference"),
        ("p", "Core group every three weeks at Northgate Children's Centre, 10am: Tuesday 21/10/2025, Tuesday "
              "11/11/2025 and Tuesday 02/12/2025. Review child protection conference: Monday 15/12/2025, "
              "1.30pm, Vennerby Civic Offices."),
        ("p", "Plan typed by Helen Tranter on 08/10/2025, read through with Agata and Piotr on the ward with a "
              "Polish interpreter, and sent to every agency named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Health visiting service: the family copy of the plan, written to the
#    parents in plain words, owner-first md table (exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b60_vexford_hv_family_copy_owner_first_table_doyle.md",
    "split": "heldout",
    "actions": 11,
    "template": "health-visitor-family-copy-md-plain-words-to-parents-whos-who-rosies-day-then-who-what-when-how-well-know-owner-first-table",
    "description": (
        "Family copy of a child protection plan for a 14-month-old (neglect, father's daily cannabis use), "
        "written by the health visitor to the parents in plain words ('you', 'we') after the first core "
        "group. Owner-first table Who | What they'll do | When | How we'll know. The drug service owns an "
        "action and reports on change, what the HV and nursery see of Rosie's day is recorded, the nan's "
        "Saturdays have a fallback, core group and review dates set, and the legal planning meeting "
        "explained. Exemplary."
    ),
    "text": """\
# Rosie's plan – the family copy

**Vexford Health Visiting Service · Riverside Team**

*Shannon and Marcus – this is the plan we agreed for Rosie at the first core group
on Thursday 9 October 2025, written in everyday words. Tom, your social worker, has
checked that it says the same as the child protection plan from the conference on
25 September. If anything here doesn't make sense, ring me on the Riverside number.
– Nadia Okonkwo, your health visitor*

## Who's who

| Name | Who they are |
|---|---|
| Rosie Doyle | 14 months old |
| Shannon Doyle (22) | Rosie's mum |
| Marcus Bell (25) | Rosie's dad |
| Sue Doyle | Rosie's nan (Shannon's mum), Brookfield Road |
| Nadia Okonkwo | Health visitor, Riverside Team |
| Tom Harrow | Social worker, Vexford Children's Services |
| Leanne Carr | Family support worker, Vexford Family Hub |
| Kai Murray | Keyworker, Step Forward (Vexford drug and alcohol service) |
| Jenny Ross | Rosie's keyworker at Little Steps Nursery |

## Why Rosie has a plan

At the conference everyone agreed that Rosie's needs are not being met well enough
day to day. Rosie has missed her 1-year check and two dentist appointments, and she
already has two decayed front teeth. When Tom and I have visited, the flat has often
smelt strongly of cannabis, and twice Rosie was in the living room where Marcus had
been smoking. Marcus told the conference he smokes cannabis "every day, mostly at
night, to sleep". There has been no food for Rosie in the fridge on two visits, and
her bedroom is damp with mould on the wall by her cot.

## What we've seen of Rosie's day

Rosie can't tell us in words yet, so this is what we have seen. She is a smiley,
busy little girl who pulls herself up on the sofa and is nearly walking. She says
"mama", "dada" and "nana". When I visited on 2 October she had been in her cot
since waking and her nappy was soaked through; she drank a whole beaker of milk
straight away. She brightens when Shannon sings to her and reaches for Marcus when
he comes into the room. At nan's house, Sue says, Rosie eats everything she is given
and naps in the afternoon without any fuss.

## What we all want for Rosie

- Rosie has three meals and two snacks every day, and her teeth are treated so they don't hurt.
- Rosie lives in a home free of cannabis smoke, with a dry, warm bedroom.
- Rosie goes to all her health and dentist appointments, and to nursery on the days she has a place.
- Rosie has a daily routine: up, fed and dressed in the morning, with a nap and a bedtime she can count on.

## Who will do what

| Who | What they'll do | When | How we'll know |
|---|---|---|---|
| Nadia (health visitor) | Come to the flat to weigh Rosie, play with her and check how she is getting on with her walking and talking (the ASQ questions) | Every 2 weeks on Tuesday mornings, until the review conference | Rosie's weight and ASQ scores written in her red book and sent to Tom |
| Shannon | Take Rosie to the community dental clinic on Mill Lane for her tooth treatment | Thursday 16 October 2025, 10.20am | The dentist writes to Nadia to say Rosie was seen and what was done |
| Marcus | Go to Step Forward on Castle Street for a first appointment to talk about his cannabis | By Friday 17 October 2025 | Kai emails Tom to say Marcus went |
| Kai Murray (Step Forward) | Meet Marcus once a week, do a drug test once a month, and write to Tom about whether Marcus's cannabis use is changing and what that means for Rosie | Weekly from 20 October; written update before each core group | Test results and Kai's written update shared at every core group |
| Marcus | Only smoke outside, never in the flat or near Rosie, and keep his cannabis in the locked tin on top of the wardrobe | Every day from 9 October 2025 | Nadia and Tom check the tin is locked and the flat doesn't smell of cannabis at every visit |
| Tom (social worker) | Visit the flat, sometimes without an appointment, to see Rosie awake and look at where she sleeps, plays and eats | Every week until the review conference | Tom's visit notes say what Rosie was doing and what food was in the fridge |
| Leanne (family support worker) | Help you set up a routine chart for Rosie's meals, naps and bedtime, and a weekly food shop list | Thursday afternoons for 8 weeks, starting 16 October 2025 | The chart is on the fridge; Leanne's notes say how many days it was followed |
| Shannon | Take Rosie to Little Steps Nursery on her funded mornings | Monday, Wednesday and Friday mornings from 20 October 2025 | Nursery register shows Rosie there on at least 9 out of every 10 booked mornings |
| Jenny Ross (Little Steps) | Write down how Rosie arrives (clean, fed, dressed for the weather), how she plays and any new words | Every session Rosie is at nursery | A note emailed to Nadia and Tom every Friday |
| Tom (social worker) | Write to Vexford Homes about the damp and mould in Rosie's bedroom and ask for it to be fixed | By Friday 24 October 2025 | A repair date from Vexford Homes, in writing, shown to Shannon |
| Nan (Sue Doyle) | Have Rosie at her house so you can clean the flat and do the big shop | Every Saturday, 10am to 4pm, until the review conference | Sue marks each Saturday on the calendar Tom looks at when he visits |

## If things go wrong

- If Rosie is left on her own, or is looked after by Marcus when he has been smoking
  cannabis, or Rosie loses weight between two of my visits, Tom (or the out-of-hours
  team) will hold a strategy discussion the same day, and Rosie will go to stay at
  nan's house on Brookfield Road that night.
- If nan can't have Rosie – on a Saturday or in an emergency – because she is ill or
  away, Shannon will use the Saturday crèche at Vexford Family Hub, and in an
  emergency Tom will arrange a foster carer for Rosie that day.
- If Rosie misses her dental treatment again, or Marcus is still smoking inside the
  flat at the core group on Thursday 4 December, Tom will ask his manager for a
  legal planning meeting. That is a meeting with the council's solicitor to decide
  whether the council should start a formal legal process.

## Meetings

- Core group meets every 4 weeks at Vexford Family Hub, 1pm: Thursday 6 November and
  Thursday 4 December 2025.
- Review child protection conference: Monday 15 December 2025, 10am, Vexford Civic
  Centre. You can bring someone with you.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Children's social care team: initial conference plan for three siblings,
#    front-sheet grid, then one action table per need (A to E) with lettered
#    refs; 18 actions (docx, exemplary)
# ---------------------------------------------------------------------------
_C_HEAD = ["Ref", "Action", "Lead (name and agency)", "Start / completion", "Measure of success"]
_C_W = [1.2, 5.4, 3.6, 3.0, 3.8]

PLANS.append({
    "name": "b60_varnholt_icpc_need_tables_lettered_refs_brennan.docx",
    "doc_title": "Child Protection Plan - Tyler, Kacey and Ollie Brennan",
    "split": "heldout",
    "actions": 18,
    "template": "icpc-plan-docx-front-sheet-grid-no-header-reasons-childrens-views-strengths-numbered-outcomes-then-one-table-per-need-a-to-e-ref-action-lead-start-completion-measure-of-success",
    "description": (
        "Initial conference plan from a children's social care assessment and safeguarding team for a "
        "12-year-old, an 8-year-old and a 3-year-old (domestic abuse by the youngest child's father, who "
        "has moved out on bail; mother's drinking). Front-sheet grid with no header row, then five action "
        "tables, one per need (safety, health, education, emotional wellbeing, parenting and family "
        "support), 18 rows with lettered refs A1 to E3. The recovery service and GP own actions and report "
        "on change, the perpetrator programme reports, the aunt's pick-ups have a fallback, the children's "
        "words and Ollie's day are recorded, core group dates, review conference and legal step set. "
        "Exemplary."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Varnholt Metropolitan Borough Council \u2013 Children's Services \u2013 Assessment and "
              "Safeguarding Team (East)"),
        ("table", {
            "widths": [3.4, 5.1, 3.4, 5.1],
            "bold_first_col": True,
            "rows": [
                ["Children", "Tyler Brennan (12), Year 8, Varnholt Park Academy\nKacey Brennan (8), Year 4, "
                             "St Wilfrid's Primary\nOllie Tully (3), at home",
                 "Address", "22 Cinder Lane, Varnholt East"],
                ["Mother", "Donna Brennan (36)", "Fathers", "Tyler and Kacey: Craig Brennan, no contact since "
                                                            "2019\nOllie: Jason Tully (40)"],
                ["Conference", "Initial child protection conference, Tuesday 30/09/2025",
                 "Category", "Emotional abuse (all three children)"],
                ["Social worker", "Marcus Oyelaran", "Team manager", "Bernadette Quinn"],
                ["Chair", "Philippa Arkwright, Child Protection Chair", "Plan sent", "01/10/2025, to Donna, "
                                                                                    "Jason and every agency"],
            ],
        }),
        ("h1", "Why the children have a plan"),
        ("p", "Police have been called to Cinder Lane five times since March 2025 after arguments between Donna "
              "and Jason. On 14 September Jason threw a mug at Donna, cutting her head, while Ollie was on her "
              "lap; Tyler rang 999 from his bedroom. Jason was charged with assault and bailed to live at his "
              "brother's address in Hollowfield with conditions not to go to Cinder Lane or contact Donna. "
              "Donna told conference she drinks \"a bottle of wine most nights, more at weekends\", and "
              "school say Kacey has been late 11 times this term and Tyler has missed 9 days. Donna is open "
              "to the Varnholt Recovery Service and has started to cut down."),
        ("h1", "What the children say and what we have seen"),
        ("p", "Tyler (seen alone at school, 23 September): \"I'm the one who rings the police. I keep my phone "
              "charged just in case.\" He said he likes it quieter since Jason left, but he stays up until "
              "Donna has gone to bed \"to check she's alright\". He wants to go back to football on Saturdays."),
        ("p", "Kacey (seen alone at home, 25 September) drew a picture of her family with Jason \"far away in "
              "a different house\" and said she gets \"a tummy ache at night when Mum's had wine\". She would "
              "like Aunty Kerry to pick her up more because \"we have pasta\"."),
        ("p", "Ollie has a few words and points to what he wants. On both home visits he stayed close to Donna, "
              "flinched when a door banged, and calmed when Tyler picked him up. He asks \"Daddy?\" when the "
              "doorbell goes."),
        ("h1", "What is going well"),
        ("bullets", [
            "Donna came to conference, accepted the worries and has kept every Recovery Service appointment "
            "since 16 September.",
            "Kerry Brennan, Donna's sister, lives nearby and already picks up Kacey and Ollie twice a week.",
            "All three children are close to each other and to their mum.",
        ]),
        ("h1", "Outcomes we want for Tyler, Kacey and Ollie"),
        ("numbers", [
            "The children live in a home where there is no violence, and Tyler no longer feels he has to "
            "keep watch at night.",
            "The children are cared for by a mum who is sober when she is looking after them.",
            "Tyler and Kacey are in school every day and on time; Ollie starts nursery and goes to every "
            "session.",
            "Ollie sees his dad only in a way that is safe and planned.",
        ]),
        ("h1", "The plan"),
        ("h2", "A. Keeping the children safe"),
        ("table", {
            "header": _C_HEAD,
            "widths": _C_W,
            "rows": [
                ["A1", "See Tyler, Kacey and Ollie at home, each child on their own where possible, with at "
                       "least one visit in three unannounced",
                 "SW Marcus Oyelaran, Varnholt Children's Services",
                 "Weekly from 06/10/2025 until the review conference",
                 "Visit records quote each child and describe the home and who was there"],
                ["A2", "Check Jason's bail conditions and tell the SW about any police call-out to Cinder Lane "
                       "or any breach",
                 "PC Rhiannon Faulds, Varnholt Police Domestic Abuse Unit",
                 "Bail checked every Monday; call-outs shared within 24 hours",
                 "Police log entries emailed to the SW and recorded on the children's file"],
                ["A3", "Complete a DASH risk assessment and a written safety plan with Donna, including what "
                       "Tyler does and who he rings if Jason comes to the house",
                 "Sasha Kaur, IDVA, Varnholt Domestic Abuse Service",
                 "By the first core group, 09/10/2025",
                 "DASH score and safety plan sent to the SW; Tyler's safety card in his school bag"],
                ["A4", "Keep the doors locked, not let Jason into the house, and ring the police and the SW if "
                       "he comes to Cinder Lane or contacts the children",
                 "Donna Brennan",
                 "Every day from 01/10/2025",
                 "No police or neighbour reports of Jason at the house; Donna's log of any contact shown to "
                 "the SW at each visit"],
                ["A5", "Attend the Varnholt Choices domestic abuse perpetrator programme, including the "
                       "sessions on the effect on children",
                 "Jason Tully; facilitator Graham Nutt reports to the SW",
                 "Assessment by 24/10/2025, then weekly for 24 weeks",
                 "Monthly attendance record and a mid-point report to the SW before the review conference"],
            ],
        }),
        ("h2", "B. Health"),
        ("table", {
            "header": _C_HEAD,
            "widths": _C_W,
            "rows": [
                ["B1", "Complete Ollie's overdue 2\u00bd-year review with an ASQ-3 and a speech and language "
                       "screen",
                 "HV Joanne Pickles, Varnholt East Health Visiting",
                 "By 31/10/2025",
                 "ASQ-3 scores shared with the SW and the nursery; speech and language referral made if he "
                 "scores below the cut-off"],
                ["B2", "Take Kacey to the optician and to the dentist appointments she has missed",
                 "Donna Brennan",
                 "Optician 14/10/2025; dentist by 14/11/2025",
                 "Glasses prescription and dental record seen by the SW"],
                ["B3", "Key-work sessions with Donna with breath tests at every session, and a written report "
                       "on whether she can make and keep the changes the children need and how long that is "
                       "likely to take",
                 "Paul Eze, recovery worker, Varnholt Recovery Service",
                 "Weekly from 09/10/2025; report before each core group",
                 "Breath test results and the written report sent to the SW before each core group"],
                ["B4", "See Donna about her drinking and a supervised detox, and write to the SW about how her "
                       "health affects her care of the children",
                 "Dr Amira Haddou, Castlegate Surgery",
                 "Appointment by 20/10/2025; letter within a week of it",
                 "GP letter on the children's file"],
            ],
        }),
        ("h2", "C. Education and learning"),
        ("table", {
            "header": _C_HEAD,
            "widths": _C_W,
            "rows": [
                ["C1", "Check Tyler's attendance every morning and ring Donna by 9.30am if he is not in",
                 "Mr Dev Patel, DSL, Varnholt Park Academy",
                 "Every school day",
                 "Attendance printout emailed to the SW every Friday; Tyler at 95% or above by the review"],
                ["C2", "Morning check-in with Kacey before the register, passing anything she says about home "
                       "to the DSL",
                 "Mrs Jo Firth, learning mentor, St Wilfrid's Primary",
                 "Every school morning",
                 "Check-in log kept; anything about home passed to the SW the same day"],
                ["C3", "Take Ollie to his funded sessions at Little Oaks Nursery",
                 "Donna Brennan",
                 "Monday to Wednesday mornings, starting w/c 20/10/2025",
                 "Nursery register shows Ollie at 9 out of every 10 sessions"],
            ],
        }),
        ("h2", "D. Emotional wellbeing and relationships"),
        ("table", {
            "header": _C_HEAD,
            "widths": _C_W,
            "rows": [
                ["D1", "One-to-one sessions with Tyler about what he has seen and heard at home, and a safety "
                       "plan in his own words",
                 "Keisha Barton, children's worker, Varnholt Domestic Abuse Service",
                 "Weekly for 10 weeks from 03/11/2025",
                 "Session record and a closing report with Tyler's views sent to the SW"],
                ["D2", "Three houses and worry scale work with Kacey, repeated so that change can be seen",
                 "SW Marcus Oyelaran",
                 "By 07/11/2025, then again before the review conference",
                 "Kacey's drawings and words on file and quoted in the review conference report"],
                ["D3", "Supervise contact between Ollie and his dad at Holme Lane Family Centre",
                 "Anita Fox, contact worker, Holme Lane Family Centre",
                 "Every Saturday, 10 to 11am, from 11/10/2025",
                 "Contact record to the SW within 2 working days, saying how Ollie was before, during and "
                 "after"],
            ],
        }),
        ("h2", "E. Parenting and family support"),
        ("table", {
            "header": _C_HEAD,
            "widths": _C_W,
            "rows": [
                ["E1", "Work with Donna on the children's morning and bedtime routines, meals and getting to "
                       "school on time",
                 "Chloe Amadi, family support worker, Varnholt Family Support Service",
                 "Twice a week for 12 weeks from 08/10/2025",
                 "Routine planner filled in; Kacey late no more than once a week on the school register"],
                ["E2", "Collect Kacey from school and Ollie from nursery and give them tea at her house",
                 "Kerry Brennan, maternal aunt",
                 "Every Tuesday and Thursday until the review conference",
                 "Kerry's name and times in the school and nursery signing-out books"],
                ["E3", "Attend the Nurturing Families group at Castlegate Children's Centre",
                 "Donna Brennan",
                 "Thursdays for 10 weeks from 16/10/2025",
                 "Attendance sheet and the group leader's closing note sent to the SW"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Jason comes to Cinder Lane or contacts Donna or the children, Donna or Tyler will ring 999; the "
            "SW (or the emergency duty team) will hold a strategy discussion the same day, and if Donna cannot "
            "keep the children safe at home they will stay with Kerry Brennan that night.",
            "If Donna is found to have been drinking while she is caring for the children (a positive breath "
            "test, a professional smelling alcohol, or one of the children telling us), the children will go "
            "to Kerry's that day and the SW will hold a strategy discussion the same day.",
            "If Kerry cannot collect the children or have them to stay, because she is ill, away or no longer "
            "able to help, the SW will arrange for Chloe Amadi to do the Tuesday and Thursday pick-ups, and in "
            "an emergency will arrange a foster placement for the children that day.",
            "If Donna drinks while caring for the children twice before the review conference, or Jason "
            "breaches his bail conditions, the SW will request a legal planning meeting within 5 working days.",
        ]),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks at St Wilfrid's Primary, 3.45pm: Thursday 09/10/2025, Thursday 06/11/2025 "
              "and Thursday 04/12/2025. Review child protection conference: Thursday 18/12/2025, 10am, Varnholt "
              "Town Hall."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Primary school: the DSL's record of the school's part in a child
#    protection plan, Word saved as text, one line per action with
#    "Who: / When: / Evidence:" fields after a dash (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b60_vorleigh_primary_dsl_school_actions_lines_rafferty.txt",
    "split": "heldout",
    "actions": 10,
    "template": "primary-school-dsl-record-word-saved-as-text-underlined-headings-pupil-details-then-one-numbered-line-per-action-dash-who-when-evidence-fields",
    "description": (
        "A primary school DSL's record of the school's actions under a child protection plan for a "
        "9-year-old (physical abuse by the mother's partner, now out of the home on bail; neglect). One "
        "numbered line per action with 'Who: / When: / Evidence:' fields. Kian's words and the "
        "conference outcomes are recorded, the contingency and legal step are specific. Faults: 'All "
        "staff' as owner (W002), 'Ongoing' (T002), 'Kian's presentation monitored' (M002), a dash for when "
        "(T001), an empty evidence field (M001), and the review conference date still to be confirmed "
        "(R001)."
    ),
    "text": """\
VORLEIGH PRIMARY SCHOOL
Safeguarding - school actions under a child protection plan
===========================================================

CONFIDENTIAL. Keep in the child protection file. Do not copy or send by
ordinary email.

Pupil:            Kian Rafferty, Year 5 (Willow Class), DOB 03/02/2016
Lives with:       Stacey Rafferty (mum) and Evie Rafferty (sister, 2)
                  at 7 Chapel Row, Vorleigh
Plan:             Child protection plan from the initial conference on
                  Monday 29/09/2025. Category: physical abuse.
Social worker:    Ms Aleksandra Nowak, Vorleigh Council Children's Services
DSL:              Mrs Helen Marsh (deputy DSL: Mr Tom Ashby)
Written by:       Helen Marsh, 06/10/2025, after the first core group


Why Kian has a plan
-------------------

On Monday 15/09/2025 Miss Cole noticed a long red mark across the back of
Kian's thigh when he changed for PE. Kian said Lee (mum's partner) hit him
with a belt on Saturday because he lost his trainers. The DSL rang the
Children's Advice Line the same morning. Police and social care interviewed
Kian at school that afternoon. Lee Barnes was arrested, and he is on bail not
to live at Chapel Row or have any contact with Kian. Kian's attendance last
year was 88%, he is often hungry at the start of the day, and his uniform is
often unwashed. Staff have noticed he flinches when an adult raises their
voice in class.


What Kian has told us
---------------------

Kian, with Mrs Marsh on 02/10/2025: "It's better at home now Lee's gone. Mum
doesn't shout as much." He said the best part of school is "football at
dinner and the Nest" and the worst part is "when people see my shirt is
dirty". He does not want Lee to come back. He marked how safe he feels at home
at 7 out of 10 and at school at 9 out of 10. He said he would tell Miss Cole
or Mrs Marsh if anything happened.


What the plan wants for Kian (from the conference)
--------------------------------------------------

- Kian is safe at home and is not hurt by any adult.
- Kian is in school every day and on time, has had breakfast and is in
  clean clothes.
- Kian has adults in school he trusts and knows he can tell them when he
  is worried.


School actions
--------------

1. Soft-start check-in with Kian in the Nest before the register - Who: Miss Harriet Cole, learning mentor; When: every school day, 8.45am; Evidence: check-in log on SafeTrack, and anything Kian says about home passed to the DSL the same day.
2. Record any mark, injury or change in Kian's presentation on a body map and tell the DSL - Who: All staff; When: the same day it is seen; Evidence: SafeTrack entry with the body map, and the DSL's call to the SW logged.
3. Check Kian's attendance by 9.15am and ring Stacey on the first morning of any absence - Who: Mrs Dawn Price, attendance officer; When: every school day; Evidence: attendance figure emailed to the SW every Friday, aiming for 95% by the review.
4. Free breakfast club place for Kian so he starts the day fed - Who: Mrs Helen Marsh, DSL; When: from Monday 06/10/2025, every school day; Evidence: breakfast club register shows Kian there.
5. ELSA sessions with Kian on feelings, worries and keeping safe - Who: Mrs Sophie Grant, ELSA; When: ongoing; Evidence: ELSA log and Kian's feelings scale score at each session.
6. Keep spare clean uniform and PE kit for Kian in the Nest and wash his own shirts - Who: Miss Harriet Cole, learning mentor; When: every Friday; Evidence: Kian's presentation monitored.
7. Refer Kian to the school nursing team for a health check (height, weight, eyesight and teeth) - Who: Mr Tom Ashby, deputy DSL; When: -; Evidence: school nurse's health check report shared with the SW.
8. Write a school report for each core group and go to every core group - Who: Mrs Helen Marsh, DSL; When: report sent two working days before each core group; Evidence: report saved on SafeTrack and received by the SW.
9. Three houses and worry work with Kian in school, alongside the social worker - Who: Mrs Helen Marsh with Ms Nowak (SW); When: by Friday 17/10/2025; Evidence:
10. Only let Kian go at home time with Stacey or his nan, Margaret Rafferty, checked against the collection list, never with Lee - Who: Mr Gareth Hollis, Willow Class teacher; When: every home time; Evidence: collection log signed by the adult who collects Kian.


If things go wrong (from the conference plan)
---------------------------------------------

- If Kian has a new mark or says an adult has hurt him, the DSL will ring the
  SW (or the duty team) straight away and Kian will stay in school until the
  SW has agreed where he goes that night.
- If Lee is seen near the school or at home time, staff will keep Kian
  inside, ring 999 and then ring the SW.
- If Stacey lets Lee back into the house or lets him see Kian, or Kian is hurt
  again, Ms Nowak has said she will request a legal planning meeting that
  week.


Meetings
--------

Core groups every 4 weeks in school, 3.30pm: Thursday 16/10/2025, Thursday
13/11/2025 and Thursday 11/12/2025.
Review child protection conference: date to be confirmed by the Vorleigh
conference service.
""",
    "findings": [
        F("W002", "Record any mark, injury or change in Kian's presentation"),
        F("T002", "ELSA sessions with Kian on feelings, worries and keeping safe"),
        F("M002", "Keep spare clean uniform and PE kit for Kian"),
        F("T001", "Refer Kian to the school nursing team for a health check"),
        F("M001", "Three houses and worry work with Kian in school"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Voluntary family support service: family support plan forming part of
#    the child protection plan, Family Star area column first, written
#    around the mother's goals (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b60_valdercott_family_support_star_area_column_pryor.docx",
    "doc_title": "Family Support Plan - Jade Pryor and family",
    "split": "heldout",
    "actions": 10,
    "template": "voluntary-family-support-service-plan-docx-bold-paragraph-headings-about-the-family-jades-goals-then-family-star-area-what-we-will-do-together-who-will-help-by-when-how-well-know-table",
    "description": (
        "Family support plan from a voluntary family support service, forming part of the child protection "
        "plan for a 5-year-old and an 18-month-old (mother's anxiety and depression, debt and temporary "
        "housing; domestic abuse by the father, whose contact the paternal grandparents supervise). Table "
        "with a Family Star area column first. Most rows are about Jade's own needs with no link to the "
        "children (F001), two of the three goals are about Jade only (F002 x2), and nothing records the "
        "children's views or days (F003). The CMHT only supports (H001) with 'mood is more stable' as the "
        "measure (M002); also 'as and when a place comes up' (T002), 'engagement with sessions' (M002), a "
        "blank 'who' (W001), a blank measure (M001), and the grandparents' school runs and supervision of "
        "contact with no fallback in the contingency (C003)."
    ),
    "font": "Calibri",
    "blocks": [
        ("title", "Family Support Plan"),
        ("p", "Vantage Family Support \u2013 a Valdercott Council commissioned service \u2013 Eastside hub, "
              "Rope Street, Valdercott"),
        ("p", "This plan is Vantage's part of the child protection plan agreed at the initial child protection "
              "conference on Thursday 09/10/2025. It was written with Jade at her flat on 13/10/2025."),
        ("boldp", "About the family"),
        ("p", "Jade Pryor (26) lives with her children, Lily-Mae (5, Reception at Eastside Infants) and Riley "
              "(18 months), in temporary accommodation at Flat 3, 41 Harrow Road, Valdercott. The children's "
              "dad, Connor Walsh, hit Jade in front of the children in August and was given a police caution; "
              "he sees the children at his parents' house on Sundays. Pauline and Steve Pryor are Jade's "
              "former in-laws (Connor's mother and stepfather) and live on Gorse Lane, a 10-minute walk "
              "away."),
        ("p", "Jade has had anxiety and depression since Riley was born and is open to the Valdercott "
              "Community Mental Health Team. She has panic attacks when she leaves the flat, which is why "
              "Lily-Mae has missed school. Jade has rent arrears of \u00a31,140 and catalogue debts, and the flat "
              "has one bedroom for the three of them."),
        ("boldp", "Social worker"),
        ("p", "Dom Keane, Valdercott Children's Services, Family Safeguarding Team 1"),
        ("boldp", "Family support worker"),
        ("p", "Bex Harland, Vantage Family Support (Tuesdays to Fridays)"),
        ("boldp", "What Jade wants to achieve"),
        ("numbers", [
            "Jade feels less anxious and more confident leaving the flat.",
            "Jade's debts are under control and she has a settled home.",
            "Lily-Mae gets to school every day and on time, and Riley has his health checks.",
        ]),
        ("boldp", "Our plan together"),
        ("table", {
            "header": ["Family Star area", "What we will do together", "Who will help", "By when",
                       "How we'll know"],
            "widths": [2.6, 5.2, 3.2, 2.8, 3.2],
            "header_fill": "E2EFDA",
            "rows": [
                ["Home and money",
                 "Apply for a Discretionary Housing Payment and a transfer to a two-bedroom flat",
                 "Bex Harland (FSW), with Jade",
                 "Application in by 24/10/2025",
                 "Housing application reference on file"],
                ["Home and money",
                 "Debt advice appointment at Valdercott Citizens Advice to set up a payment plan for the rent "
                 "arrears and catalogue debts",
                 "Jade Pryor",
                 "By 31/10/2025",
                 "Payment plan letter from Citizens Advice"],
                ["Your wellbeing",
                 "Continue to support Jade with her anxiety and depression through home visits",
                 "Nina Castell, CPN, Valdercott Community Mental Health Team",
                 "Fortnightly",
                 "Jade's mood is more stable"],
                ["Your wellbeing",
                 "Go to the Confidence and Calm group at the Valdercott Wellbeing Hub for her panic attacks",
                 "Jade Pryor",
                 "As and when a place comes up",
                 "Certificate at the end of the course"],
                ["Your wellbeing",
                 "One-to-one sessions with Jade on self-esteem and healthy relationships",
                 "Bex Harland (FSW)",
                 "Thursdays for 10 weeks from 16/10/2025",
                 "Engagement with sessions"],
                ["Physical health",
                 "Register with a GP near the temporary flat and ask for a medication review",
                 "Jade Pryor",
                 "By 17/10/2025",
                 "Registration confirmed by the surgery; review date booked"],
                ["Education and learning",
                 "Take Lily-Mae to school and collect her on the days Jade cannot manage the walk",
                 "Pauline Pryor",
                 "Mondays, Wednesdays and Fridays",
                 "Pauline's name in the school signing-in book"],
                ["Keeping your children safe",
                 "Supervise Connor's contact with Lily-Mae and Riley at the grandparents' house",
                 "Pauline and Steve Pryor",
                 "Every Sunday afternoon",
                 "Contact diary kept by Pauline and shown to the SW"],
                ["Physical health",
                 "Complete Riley's overdue one-year development review at home",
                 "",
                 "By 14/11/2025",
                 "ASQ-3 scores shared with the SW"],
                ["Home and money",
                 "Help Jade plan a weekly food shop and a budget she can stick to",
                 "Bex Harland (FSW)",
                 "Weekly for 6 weeks from 21/10/2025",
                 ""],
            ],
        }),
        ("boldp", "If things get difficult"),
        ("bullets", [
            "If Connor comes to the flat or contacts Jade, Jade will ring 999 and Bex will tell Dom the same "
            "day; Lily-Mae and Riley will go to Pauline and Steve's until Dom has spoken to Jade.",
            "If Jade has a panic attack and cannot leave the flat, Pauline will do the school run that day "
            "and Bex will ring Dom the same day.",
            "If Connor sees the children outside the Sunday contact, or Lily-Mae's attendance is still under "
            "85% at the core group on 20/11/2025, Dom has said he will ask his manager for a legal planning "
            "meeting.",
        ]),
        ("boldp", "Meetings"),
        ("p", "Core group every 4 weeks at Eastside hub, 10am: Thursday 23/10/2025, Thursday 20/11/2025 and "
              "Thursday 18/12/2025. Review child protection conference: Thursday 08/01/2026, 2pm, Valdercott "
              "Civic Centre."),
        ("p", "Signed: Jade Pryor / Bex Harland (Vantage) \u2013 13/10/2025"),
    ],
    "findings": [
        F("F001"),
        F("F002", "Jade feels less anxious and more confident leaving the flat."),
        F("F002", "Jade's debts are under control and she has a settled home."),
        F("F003"),
        F("C003"),
        F("H001", "Continue to support Jade with her anxiety and depression"),
        F("M002", "Continue to support Jade with her anxiety and depression"),
        F("T002", "Go to the Confidence and Calm group at the Valdercott"),
        F("M002", "One-to-one sessions with Jade on self-esteem and healthy relationships"),
        F("W001", "Complete Riley's overdue one-year development review at home"),
        F("M001", "Help Jade plan a weekly food shop and a budget"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Children's social care (children looked after service): plan for a
#    looked-after baby still on the neonatal unit while the case is being
#    transferred to another council; "Task / Person responsible / Complete
#    by / Success indicator" table; paged landscape PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b60_veldham_lac_neonatal_transfer_task_table_hennessy.pdf",
    "doc_title": "Child Protection Plan (Looked After Child) - Theo Hennessy",
    "split": "heldout",
    "actions": 9,
    "template": "lac-baby-cp-plan-paged-landscape-lettered-sections-legal-and-transfer-status-then-task-person-responsible-complete-by-success-indicator-table",
    "description": (
        "Child protection plan, updated at the first core group, for a 6-week-old born at 29 weeks who is "
        "accommodated under section 20 and still on the neonatal unit; his mother, a care leaver, has "
        "moved to her own mother's in another council and the case is being transferred. Nobody is set "
        "to visit Theo on the unit at a stated frequency (L001): the SW only liaises and his mother "
        "visits 'as often as she can' (T002). The parenting assessment and a Freedom Programme referral "
        "are left for the receiving council (X001 x2); also 'All professionals' (W002), a health "
        "assessment with no output (M001), a housing task with no date (T001), a vague contingency "
        "(C002) and no legal step (R002). Header and page footer on every page."
    ),
    "header": "OFFICIAL \u2013 SENSITIVE | Veldham Borough Council | Children Looked After Service",
    "footer": "Theo Hennessy \u2013 child protection plan (looked-after child) \u2013 {PAGE} / {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "blocks": [
        ("title", "Child Protection Plan \u2013 Looked After Child"),
        ("p", "Updated at core group 1, Thursday 09/10/2025. Supersedes the plan agreed at the initial child "
              "protection conference on 25/09/2025."),
        ("h2", "Section A \u2013 Child and family"),
        ("kv", [
            ("Child", "Theo Hennessy, born 02/09/2025 at 29+5 weeks; Special Care Baby Unit, Veldham Royal "
                      "Infirmary"),
            ("Mother", "Chantelle Hennessy (19). Care leaver (Veldham), personal adviser Jordan Fry. Since "
                       "01/10/2025 living with her mother, Debbie Hennessy, at 88 Quarry Road, Castleby."),
            ("Father", "Reece Mallinson (23), Veldham. Not named on the birth certificate; no parental "
                       "responsibility."),
            ("Category", "Emotional abuse"),
            ("Social worker", "Gemma Orr, Children Looked After Service, Veldham Borough Council"),
            ("IRO / Chair", "Sandra Platt"),
        ]),
        ("h2", "Section B \u2013 Legal and transfer status"),
        ("p", "Theo has been accommodated under section 20 of the Children Act 1989 since 18/09/2025, with "
              "Chantelle's written agreement. He remains on the Special Care Baby Unit and is expected to be "
              "well enough for discharge in late October or early November."),
        ("p", "Because Chantelle now lives in Castleby, Veldham sent a transfer request to Castleby City "
              "Council Children's Services on 06/10/2025. Castleby have acknowledged it and will set a date "
              "for a transfer-in conference once they have read the file."),
        ("h2", "Section C \u2013 Reasons for the plan"),
        ("p", "On 16/09/2025 Reece assaulted Chantelle in the hospital car park after visiting Theo; security "
              "staff called the police. Chantelle told the ward she was frightened to take Theo home to her "
              "flat in Veldham because Reece had a key and had hit her before, twice while she was pregnant. "
              "She agreed to Theo being accommodated. Reece has not visited since and is under investigation "
              "for the assault. Chantelle was in foster care herself from age 11 to 18 and has little support "
              "apart from her mother, with whom she has had a difficult relationship in the past."),
        ("h2", "Section D \u2013 Theo's experience"),
        ("p", "Theo is now out of the incubator and in a heated cot in Nursery 3. He is fed by tube every three "
              "hours and is starting to take small amounts from a bottle. The nurses describe him as a "
              "\"sleepy but alert\" baby who startles at loud noises and settles best when he is swaddled or "
              "held skin-to-skin. Chantelle has visited four times in the last two weeks, travelling from "
              "Castleby on two buses; when she holds him he calms and falls asleep on her chest. On the days "
              "no one visits, Theo is held only by the nurses at cares and feeds."),
        ("h2", "Section E \u2013 Outcomes for Theo"),
        ("bullets", [
            "Theo leaves hospital to a safe, settled home where he is protected from domestic abuse.",
            "Theo keeps a close relationship with his mother and is held and fed by her as often as possible "
            "while he is on the unit.",
            "Theo's health and development needs as a premature baby are known and met.",
        ]),
        ("h2", "Section F \u2013 Actions"),
        ("table", {
            "header": ["Task", "Person responsible", "Complete by", "Success indicator"],
            "widths": [9.6, 5.6, 4.5, 6.0],
            "header_fill": "FCE4D6",
            "rows": [
                ["Liaise with the neonatal unit about Theo's progress and discharge planning",
                 "SW Gemma Orr",
                 "By 31/10/2025",
                 "Discharge date agreed and recorded on Theo's file"],
                ["Find a foster placement for Theo to go to when he is discharged (parent and baby placement "
                 "if Chantelle wants one)",
                 "Veldham Placements Team",
                 "Before discharge",
                 "Placement confirmed in writing to the SW and the unit"],
                ["Chantelle to visit Theo on the unit and do his cares and feeds",
                 "Chantelle Hennessy",
                 "As often as she can",
                 "Visits and cares recorded in the nursing notes"],
                ["Parenting assessment of Chantelle to be completed by Castleby once the case has transferred",
                 "Castleby City Council Children's Services",
                 "Within 6 weeks of transfer",
                 "Assessment report shared with the core group"],
                ["Referral of Chantelle to the Freedom Programme to be left for Castleby to make after "
                 "transfer",
                 "SW Gemma Orr",
                 "Once the case has transferred",
                 "Referral acceptance letter on file"],
                ["Share any concerns about contact between Chantelle and Reece with the SW",
                 "All professionals",
                 "The same day",
                 "Concerns logged on Theo's file"],
                ["Complete Theo's initial health assessment as a looked-after child",
                 "Dr Priya Rao, designated doctor for looked-after children",
                 "By 16/10/2025 (20 working days after Theo became looked after)",
                 ""],
                ["Chantelle to meet her personal adviser about housing in Castleby and her leaving care "
                 "support",
                 "Chantelle Hennessy, with Jordan Fry (personal adviser, Veldham Leaving Care Service)",
                 "",
                 "Housing application confirmed by Castleby Housing Options"],
                ["Hold Theo's first looked-after child review",
                 "IRO Sandra Platt",
                 "By 16/10/2025",
                 "Review record and recommendations sent to Chantelle and the SW within 15 working days"],
            ],
        }),
        ("h2", "Section G \u2013 Contingency"),
        ("p", "If there are further concerns about Theo's safety, or Chantelle does not engage with the plan, "
              "a strategy discussion will be considered and the plan will be reviewed at the next core group."),
        ("h2", "Section H \u2013 Meetings"),
        ("p", "Core group every 4 weeks at Veldham Royal Infirmary (Neonatal Unit family room), 11am: "
              "09/10/2025, 06/11/2025 and 04/12/2025. Review child protection conference: Thursday "
              "18/12/2025, 2pm, Veldham Civic Centre, unless the transfer-in conference in Castleby has been "
              "held before then."),
        ("p", "Distribution: Chantelle Hennessy; Special Care Baby Unit; Dr Priya Rao; Jordan Fry; Castleby "
              "City Council Children's Services (transfer team); Veldham Placements Team; IRO."),
    ],
    "findings": [
        F("L001"),
        F("T002", "Chantelle to visit Theo on the unit and do his cares"),
        F("X001", "Parenting assessment of Chantelle to be completed by Castleby"),
        F("X001", "Referral of Chantelle to the Freedom Programme to be left"),
        F("W002", "Share any concerns about contact between Chantelle and Reece"),
        F("M001", "Complete Theo's initial health assessment as a looked-after child"),
        F("T001", "Chantelle to meet her personal adviser about housing in Castleby"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Adolescent safeguarding team: core group plan for a 14-year-old at risk
#    of exploitation, written as prose; the plan is paragraphs of one-action
#    sentences under "What will happen" (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b60_vyrnwick_adolescent_core_group_prose_sadler.md",
    "split": "heldout",
    "actions": 10,
    "template": "adolescent-team-core-group-plan-md-prose-sections-casey-in-her-own-words-then-what-will-happen-paragraphs-of-one-action-sentences-meetings-line",
    "description": (
        "Core group plan from an adolescent safeguarding team for a 14-year-old going missing and at risk "
        "of criminal and sexual exploitation; her mother drinks heavily. Written as prose: the plan is "
        "four paragraphs of one-action sentences under 'What will happen'. Casey's words are recorded and "
        "meetings are dated, but there is no outcome for Casey (O001), no contingency (C001), no legal "
        "step (R002), and the mother's drinking is recorded with no adult service owning an action (F004). "
        "Also a passive referral with no output (W001, M001), 'keep an eye on' (M002), 'when she feels "
        "ready' with no measure (T002, M001), 'Everyone in the network' (W002) and police intelligence "
        "sharing with no timescale (T001)."
    ),
    "text": """\
# Core Group Plan – Casey Sadler

Vyrnwick Council · Children's Services · Adolescent Safeguarding Team (Exploitation)

**Young person:** Casey Sadler, 14, Year 10 at Vyrnwick High School
**Lives with:** Tracey Sadler (mum, 41) at 5 Tanners Yard, Vyrnwick
**Plan:** child protection plan since the initial conference on Tuesday 30 September 2025 (category: neglect)
**Social worker:** Sian Petrie
**Updated:** at core group 1, Tuesday 14 October 2025

## Why we are worried

Casey has been reported missing five times since July, twice overnight. On 4 October she was found
by police at 2am in a car in the Brickfields retail park with two men aged 19 and 22, one of whom is
known to police for supplying cannabis. She had a new phone and £60 in cash that she could not explain.
Her attendance this term is 71%. Tracey has told Sian that she drinks most nights ("a bottle of vodka
lasts me two days") and that she is often asleep by 8pm, so she does not always know whether Casey
has come home. There is little food in the house and the electricity meter has run out twice.

## What Casey says

Casey met Sian at McDonald's on 10 October and said: "I go out because there's nothing at home. Mum's
always drunk or asleep." She said the older boys "look after me and buy me food" and that she does not
think she is in danger. She would like to do hair and beauty at college and said she misses boxing
club, which she stopped going to in the summer. When Sian asked what would help, she said: "Mum
stopping drinking. And someone to actually be in when I get back."

## What is going well

Casey still goes to school most mornings and gets on with her form tutor. Tracey came to the conference
and the core group and says she wants Casey home and safe. Casey's nan, Irene, rings her most days.

## What will happen

Sian Petrie (social worker) will see Casey on her own every week, at home or at school, and write down in her visit record what Casey says about where she goes after school. Casey will be referred to the Vyrnwick Exploitation Hub for a return home interview after every missing episode. Jordan Blake, youth worker at Vyrnwick Youth Service, will meet Casey every Wednesday evening at the Forge youth centre and keep an eye on who she is spending time with.

Mrs Kaur (DSL, Vyrnwick High School) will email Sian Casey's attendance and any lates every Friday afternoon. Abi Lowe (school nurse) will see Casey for a health and relationships session before October half-term and send Sian a short note of what was covered and what Casey said.

Tracey and Casey will keep to the agreed curfew of 9pm on school nights and 10pm at weekends, with Tracey writing the time Casey gets in on the chart on the fridge. Tracey will go to the alcohol service drop-in on Market Street when she feels ready. Everyone in the network will tell Sian the same day if Casey goes missing or comes home with new clothes, money or a second phone, so that it is logged on her file.

PC Dan Whitley (Vyrnwick Police Missing and Exploitation Team) will share any intelligence about the older males Casey has been seen with, emailing it to Sian to be added to her file. Sian will complete the exploitation risk assessment with Casey and Tracey by Friday 31 October 2025 and share it at the next core group.

## Meetings

Core group every three weeks at Vyrnwick High School, 4pm: Tuesday 4 November, Tuesday 25 November
and Tuesday 16 December 2025. Review child protection conference: Monday 22 December 2025, 10am,
Vyrnwick Civic Centre.
""",
    "findings": [
        F("O001"),
        F("C001"),
        F("R002"),
        F("F004"),
        F("W001", "Casey will be referred to the Vyrnwick Exploitation Hub"),
        F("M001", "Casey will be referred to the Vyrnwick Exploitation Hub"),
        F("M002", "keep an eye on who she is spending time with"),
        F("T002", "Tracey will go to the alcohol service drop-in"),
        F("M001", "Tracey will go to the alcohol service drop-in"),
        F("W002", "Everyone in the network will tell Sian the same day"),
        F("T001", "will share any intelligence about the older males Casey"),
    ],
})
