"""Batch 223, module g: seven fictional plans (held-out material), places beginning with "g".

Batch: 223. Letter: g. Split: heldout (every plan).

Everything here is made up: babies, children, young people, families,
professionals, wards, hospitals, schools, nurseries, adult services,
police teams, fostering services and councils. Any resemblance to real
people, places or cases is a coincidence. The labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md
(conventions 1 to 13), without running planlint or reading its code.

Focus: plans written by one agency, or for one part of the child's life,
so that each plan's layout and voice are that setting's and not a social
worker's usual template: a neonatal unit's nursing plan joined to a
baby's child protection plan, a primary school DSL's part of the plan, an
adult mental health trust's CPA care plan that also says what it means for
the child, a contextual safeguarding plan written partly to a teenager, a
transfer handover plan saying who holds what until the new council's
conference, a core group's updated plan in minutes form, and a foster
carer's placement plan for a looked-after toddler admitted to a
children's ward. Owners are that setting's roles ("nurse in charge",
"night shift nurse", "DSL", "key adult", "care coordinator", "foster
carer"), times its rhythms ("at every feed", "every shift", "every school
day, 8.15am", "at each CPA review", "within 72 hours of every return"),
checks its records (Finnegan and feeding charts, the centile chart,
registers and CPOMS, oral fluid tests, lithium levels, patrol logs, the
placement diary).

1. Glebecombe (docx, exemplary): the neonatal unit's care and discharge
   plan joined to the child protection plan for a 4-week-old baby with
   neonatal abstinence syndrome whose mother is on methadone: nursing
   columns (Care need / Plan of care / Who / When / Recorded in) in three
   tables (on the unit, getting ready for home, at home until the review
   conference); the recovery service assesses the mother's potential to
   change; the grandmother's part has a fallback.
2. Gannowmere (md): a primary school's part of the plan, written by the
   DSL, for an 8-year-old whose mother drinks: a one-page profile in the
   child's words, what staff have seen, an "In school" provision table and
   a "Team around Kacey" table. Faults: the attendance meeting with "-"
   for its evidence (M001); the hot dinner "monitored by Mrs Lowe" (M002);
   the nurture group "as and when places allow" (T002); "All staff" telling
   the DSL (W002); the mother's drinking recorded with no adult service
   owning any work (F004).
3. Gullenthorpe (pdf, header and footer, exemplary): an adult mental health
   trust's CPA care plan for a mother with bipolar disorder, joined to her
   4-year-old's child protection plan: Part A the mother's care, each row
   with a "What this means for Ella" column and every mental health row
   reporting on her potential to change and the likely timescale; Part B
   Ella's part; the grandmother's help has a fallback.
4. Gorrowfield (txt, exemplary): a contextual safeguarding plan for a
   15-year-old boy drawn into county lines, written partly to him ("you"
   is Kyle): his part, the adults' part and a places part (a bus station,
   a takeaway, an underpass) with bracketed Lead / When / Check lines.
5. Gildabrook (docx): the transferring council's handover plan for a
   3-year-old and a baby who have moved with their mother to Greavesley,
   with a "Held by until the transfer-in conference" column. Faults: the
   Freedom Programme handed to the receiving council until after the
   transfer (X001); a nursery place handed on "once the family are
   settled" (X001, T002); the IDVA's safety work measured by "engagement"
   (M002); the aunt's help with no fallback (C003); the transfer-in
   conference "date to be confirmed" and no review conference (R001).
6. Garrowmede (md, exemplary): core group 3 minutes for a 7-month-old and
   a 5-year-old whose father drinks, the updated plan with each action
   tagged carried over, changed or new, and the done ones listed apart
   for the record only; the alcohol service reports on the father's
   potential to change; the grandmother's help has a fallback.
7. Gimmerholt (pdf, header and footer): a foster carer's placement plan
   joined to the child protection plan for a 13-month-old accommodated
   under section 20 and now on a children's ward with faltering growth.
   Faults: the social worker's ward visits "when she is able", the foster
   carer's stays "as often as she can" and the mother's family time "to be
   arranged with the ward" (T002 x3), so no one visits at a stated
   frequency (L001); the CPN's support visits only treat the mother
   (H001); an outcome about the mother only (F002); the dietitian's
   review measured by "reviewed at core group" (M002).

Four plans (1, 3, 4 and 6) are exemplary: every action has a named owner
(a role of the setting, a named worker, a parent, "you" for Kyle), a real
timescale and a check someone can see, count or read; every outcome is
about the child; each has the child's voice (a baby's day on the unit, a
4-year-old's words and play, a teenager's own words), a contingency with
specific triggers and concrete responses and a fallback for any relative's
help, a legal planning meeting after named triggers, core group dates and
a dated review conference; where a parent is ill or uses drugs or alcohol
an adult service owns work and reports on the parent's potential to change
and how long it is likely to take. The three faulty plans hold 18 expected
findings between them.

Counting convention used for "actions" (README convention 1): each row of
an action table (banner and header rows excepted), each numbered or
bulleted item of an action section with its Lead / When / Check lines,
and each live item of the core group's updated plan counts once.
Details, who's who tables, what staff have seen, the babies' and
children's days, the family's words, outcomes, discharge criteria,
contingencies, meeting dates, the minutes' news and discussion, and work
listed as done for the record are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Neonatal unit care and discharge plan joined to the child protection
#    plan, nursing columns in three tables. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b223_glebecombe_neonatal_unit_nursing_columns_discharge_whitaker.docx",
    "doc_title": "Greenlea Neonatal Unit care and discharge plan - Maisie Whitaker",
    "split": "heldout",
    "actions": 17,
    "header": "Glebecombe Hospitals NHS Trust · Greenlea Neonatal Unit · CONFIDENTIAL",
    "footer": "Maisie Whitaker · care and discharge plan joined to the child protection plan · Page {PAGE}",
    "template": "neonatal-unit-care-and-discharge-plan-docx-joined-to-cp-plan-kv-baby-details-why-on-the-unit-maisies-days-on-greenlea-parents-words-going-well-outcomes-then-three-nursing-tables-care-need-plan-of-care-who-when-unit-rhythm-recorded-in-on-the-unit-getting-ready-for-home-at-home-then-discharge-criteria-if-things-go-wrong-meetings",
    "description": (
        "Exemplary neonatal unit plan, written by the unit's named nurse and the social worker and "
        "joined to the pre-birth child protection plan, for a 4-week-old baby born at 35 weeks with "
        "neonatal abstinence syndrome whose mother is on methadone after using heroin and crack in "
        "pregnancy. Baby details, why she is on the unit, a nurse's account of her days (her observed "
        "lived experience), the parents' and grandmother's words, outcomes, then three nursing tables "
        "(Care need / Plan of care / Who / When / Recorded in): on the unit (Finnegan scores and "
        "morphine weaning at every feed, feeds, weights on the centile chart, the parents' presence "
        "log each shift, oral fluid drug tests, the recovery service's assessment of the mother's "
        "potential to change, social worker visits twice a week), getting ready for home, and at home "
        "until the review conference. Discharge criteria, a contingency with specific triggers, a "
        "fallback if the grandmother cannot stay at night, a legal planning meeting after named "
        "triggers, core group and review conference dates."
    ),
    "blocks": [
        ("title", "Greenlea Neonatal Unit: care and discharge plan"),
        ("p", "Joined to Maisie's child protection plan (Glebecombe Council Children's Social Care). Written "
              "by Staff Nurse Ruth Abara, Maisie's named nurse, with Kirsty Dunmore, social worker, and "
              "agreed at the core group held on the unit on 06/01/2026. It replaces the \"after the birth\" "
              "part of the pre-birth plan made at the initial child protection conference on 20/11/2025. A "
              "copy is kept in the cot-side folder so that every nurse on every shift works from it."),
        ("kv", [
            ("Baby", "Maisie Whitaker, born 10/12/2025 at 35+2 weeks, Glebecombe General Hospital"),
            ("Birth weight", "2.31 kg (25th centile); 2.58 kg on 05/01/2026"),
            ("Cot", "Greenlea Neonatal Unit, special care nursery, cot 4"),
            ("Mum", "Chantelle Whitaker (26), on 60 ml methadone a day through Glebecombe Recovery "
                    "Partnership; staying in the unit's parents' room most nights"),
            ("Dad", "Dean Archer (30), lives in Glebecombe; works days as a scaffolder"),
            ("Maternal grandmother", "Lorraine Whitaker (52), 18 Mill Lane, Glebecombe; Chantelle and Maisie "
                                     "will live with her after discharge"),
            ("Child protection plan", "Neglect, from the pre-birth conference on 20/11/2025"),
            ("Consultant neonatologist", "Dr Priya Nandakumar"),
            ("Named nurse", "Staff Nurse Ruth Abara"),
            ("Neonatal outreach nurse", "Sister Joy Mensah"),
            ("Social worker", "Kirsty Dunmore, Glebecombe Council Children's Social Care (team manager: "
                              "Steve Ogden)"),
            ("Recovery worker", "Nadia Kerr, Glebecombe Recovery Partnership (prescriber: Dr Tom Ellery)"),
            ("Health visitor", "Joanne Pike, Glebecombe Health Visiting Service"),
        ]),
        ("h1", "Why Maisie is on the unit"),
        ("p", "Chantelle used heroin and crack cocaine until 26 weeks of her pregnancy and then started on "
              "methadone. Maisie was born early and on her second day began to show withdrawal: a high-pitched "
              "cry, tremors, sneezing, poor feeding and loose stools, with Finnegan scores of 10 to 12. She "
              "was started on oral morphine on 12/12/2025, which is now being weaned. Chantelle's oral fluid "
              "tests on the unit have been negative for everything except methadone since 15/12/2025, but "
              "she tested positive for cocaine on 28/11/2025, two weeks before Maisie was born."),
        ("h1", "Maisie's days on Greenlea"),
        ("p", "Written by Ruth from the nursing notes and her own care of Maisie. Maisie wakes for a feed every "
              "three hours and takes 45 to 55 ml from a bottle, slowly, with pauses. She is calmest swaddled, "
              "in a dim corner, held upright against someone's chest; when the nursery is noisy her arms "
              "start to jerk and she cries in a high, thin way that is hard to settle. Since her morphine "
              "came down she sleeps in longer stretches and has started to fix on faces. When Chantelle does "
              "skin-to-skin after the 11am feed, Maisie settles within a few minutes and her scores are lower "
              "at the next feed. On the evenings Chantelle has gone out and come back late, Maisie has been "
              "fed and settled by the nurses. Dean's voice settles her; she turns to it."),
        ("h1", "What Chantelle, Dean and Lorraine say"),
        ("p", "Chantelle: \"Every time she shakes I know it's because of me. I've not used since she was born "
              "and I'm not going to. I want to do all her feeds, I just get scared I'm doing it wrong.\" Dean: "
              "\"I'll come every night I'm not working late. I want her home, but with Chantelle's mum there.\" "
              "Lorraine: \"They can both live with me. I'll be up with her in the night if Chantelle can't "
              "wake. I've done it before.\""),
        ("h1", "What is going well"),
        ("bullets", [
            "Chantelle has been on the unit for at least one feed every day since Maisie was born, and has "
            "given 11 of the last 14 daytime feeds herself.",
            "All of Chantelle's oral fluid tests since 15/12/2025 show methadone only.",
            "Maisie's morphine has come down from 0.06 mg/kg to 0.03 mg/kg, and her scores have stayed "
            "under 8 at most feeds this week.",
            "Lorraine has cleared the back bedroom for Chantelle and Maisie.",
        ]),
        ("h1", "What we want for Maisie"),
        ("numbers", [
            "Maisie is weaned off morphine safely and goes home comfortable, feeding well and keeping to her "
            "centile line.",
            "Maisie is fed, held and settled, day and night, by an adult who is not under the influence of "
            "drugs and who notices when she is unsettled.",
            "Maisie is seen by a professional every week at home, and her health checks are done on time.",
            "Maisie can stay with her mum because Chantelle stays stable on methadone and free of heroin "
            "and crack.",
        ]),
        ("h1", "Plan of care"),
        ("p", "The \"When\" column uses the unit's rhythm: feeds are three-hourly (2am, 5am, 8am, 11am, 2pm, "
              "5pm, 8pm, 11pm) and shifts run 7.30am to 8pm and 7.30pm to 8am. \"Recorded in\" says where "
              "anyone in the core group can read whether it is happening."),
        ("h2", "1. On the unit"),
        ("table", {
            "header": ["Care need", "Plan of care", "Who", "When", "Recorded in"],
            "widths": [2.3, 5.2, 3.1, 3.0, 3.4],
            "rows": [
                ["Withdrawal",
                 "Score Maisie's withdrawal on the modified Finnegan chart and wean her oral morphine by 10% "
                 "each time her scores stay under 8 for 48 hours",
                 "Nurse in charge, with Dr Priya Nandakumar at ward round",
                 "Scores at every feed; dose decided at each morning ward round",
                 "Finnegan chart and drug chart at the cot side; off morphine with scores under 8 for 72 "
                 "hours before discharge"],
                ["Feeding",
                 "Teach and support Chantelle to give Maisie her bottle feeds, wind her and read her hunger "
                 "and settling cues",
                 "Staff Nurse Ruth Abara, named nurse (the nurse caring for Maisie on other shifts)",
                 "At every feed Chantelle is on the unit for",
                 "Feeding chart shows who fed Maisie and what she took; Chantelle gives full feeds without "
                 "prompting on 5 days running before discharge"],
                ["Growth",
                 "Weigh Maisie naked and plot her weight and head circumference on her centile chart",
                 "Night shift nurse",
                 "Weight at the 2am cares every Monday, Wednesday and Friday; head circumference every "
                 "Monday",
                 "Centile chart in the cot-side folder; weight keeps to the 25th centile line"],
                ["Parents on the unit",
                 "Record when Chantelle and Dean arrive and leave, which cares they did, and how each of them "
                 "presented",
                 "Nurse in charge",
                 "Every shift",
                 "Parents' presence and cares log, e-mailed to Kirsty every Monday and Thursday by 12 noon"],
                ["Chantelle's drug use",
                 "Oral fluid drug test for Chantelle on the unit, on days she is not told about in advance",
                 "Nadia Kerr, recovery worker, Glebecombe Recovery Partnership",
                 "Twice a week until discharge, then weekly until the review conference",
                 "Results sent to Kirsty within 48 hours; every test negative for all drugs except "
                 "prescribed methadone"],
                ["Chantelle's recovery",
                 "Assess Chantelle's potential to change: her drug use and methadone, the steps she still "
                 "needs to take, and how long they are likely to take for Maisie",
                 "Nadia Kerr, with Dr Tom Ellery (prescriber)",
                 "Written report by 05/02/2026, a week before the review conference",
                 "Report to Kirsty and the core group, included in the conference papers"],
                ["Being seen",
                 "Visit Maisie on the unit, see her at a feed or cares, and talk with the nurse in charge and "
                 "with Chantelle and Dean",
                 "Kirsty Dunmore, social worker",
                 "Twice a week (Mondays and Thursdays) until discharge",
                 "Visit record within 48 hours, with what Kirsty saw of Maisie and of her parents' care"],
                ["Dad's part",
                 "Dean will give Maisie her 8pm and 11pm feeds and do her cares",
                 "Dean Archer (Dad)",
                 "Every Tuesday and Thursday evening until discharge",
                 "Feeding chart and the parents' presence log show Dean's feeds"],
            ],
        }),
        ("h2", "2. Getting ready for home"),
        ("table", {
            "header": ["Care need", "Plan of care", "Who", "When", "Recorded in"],
            "widths": [2.3, 5.2, 3.1, 3.0, 3.4],
            "rows": [
                ["Parentcraft",
                 "Teach and sign off safe sleep, bathing, sterilising and making up feeds, and what to do when "
                 "Maisie is jittery or will not settle",
                 "Sister Joy Mensah, neonatal outreach nurse",
                 "All signed off before discharge",
                 "Parents' competency checklist signed by Joy and Chantelle, copied to the health visitor"],
                ["Lorraine's part",
                 "Lorraine will spend two full days on the unit learning Maisie's cares and a night feed with "
                 "Chantelle",
                 "Lorraine Whitaker (Nan)",
                 "By 16/01/2026",
                 "Competency checklist signed by Lorraine; her cares noted on the parents' presence log"],
                ["Home ready",
                 "Check Lorraine's house before Maisie goes there: a cot in Chantelle's room, a working smoke "
                 "alarm, and no smoking indoors",
                 "Joanne Pike, health visitor",
                 "Before discharge (home visit booked for 13/01/2026)",
                 "Home check form sent to Kirsty and the unit; discharge is not agreed until every item is "
                 "ticked"],
                ["Methadone at home",
                 "Fit a locked box for Chantelle's take-home methadone in Lorraine's house, and set up daily "
                 "supervised doses at Mill Lane Pharmacy",
                 "Nadia Kerr, recovery worker",
                 "Before discharge",
                 "Nadia sees the locked box and records it; the pharmacy's supervised dose record sent to "
                 "Nadia each week"],
            ],
        }),
        ("h2", "3. At home, from discharge until the review conference on 12/02/2026"),
        ("table", {
            "header": ["Care need", "Plan of care", "Who", "When", "Recorded in"],
            "widths": [2.3, 5.2, 3.1, 3.0, 3.4],
            "rows": [
                ["Growth and safe sleep",
                 "Visit Maisie at home, weigh her, plot her weight in her red book and see where she sleeps",
                 "Joanne Pike, health visitor",
                 "Every week from the first week home",
                 "Red book and health visiting record, weights shared with Kirsty each week; weight keeps "
                 "to her centile line"],
                ["Being seen",
                 "Visit Maisie at home and see her awake and in her cot, with at least one visit in three "
                 "unannounced",
                 "Kirsty Dunmore, social worker",
                 "Every week from discharge",
                 "Visit record within 48 hours, with what Kirsty saw of Maisie's care"],
                ["Chantelle's recovery",
                 "Keywork sessions with Chantelle on staying off heroin and crack with a baby at home, and on "
                 "being awake and safe for night feeds",
                 "Nadia Kerr, recovery worker",
                 "Every Wednesday",
                 "Keywork record and that week's test result sent to Kirsty each Friday"],
                ["Nights",
                 "Lorraine will be in the house every night and take over the night feeds if Chantelle is too "
                 "drowsy to wake",
                 "Lorraine Whitaker (Nan)",
                 "Every night",
                 "Lorraine initials each night feed on the home feeding chart, which Kirsty reads at each "
                 "visit"],
                ["Health check",
                 "Maisie's 6-8 week check, including her hips, eyes, heart and weight",
                 "Dr Alice Rowe, GP, Glebecombe Health Centre",
                 "By 04/02/2026, when Maisie is 8 weeks old",
                 "Check recorded in the red book; GP letter to the health visitor and Kirsty"],
            ],
        }),
        ("h1", "When Maisie can go home"),
        ("bullets", [
            "Off morphine for 72 hours with Finnegan scores under 8.",
            "Taking full bottle feeds and keeping to her centile line.",
            "Every item on the competency checklist and the home check form signed off.",
            "All of Chantelle's tests on the unit negative for everything except methadone.",
        ]),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Chantelle comes onto the unit drowsy, smelling of cannabis or alcohol, or unable to hold "
            "Maisie safely, the nurse in charge stops her doing cares, a nurse feeds Maisie, and the nurse in "
            "charge rings Kirsty (or the Emergency Duty Team out of hours) the same shift. Kirsty holds a "
            "strategy discussion with the police and the unit that day.",
            "If any oral fluid or urine test shows heroin, crack or cocaine, or Chantelle misses a test, Maisie "
            "will not be discharged to her until a strategy discussion has been held; after discharge Kirsty "
            "visits that day and Chantelle does not care for Maisie alone until the strategy discussion has "
            "decided what happens next.",
            "If Lorraine cannot stay at the house at night, Maisie is not discharged until she can. After "
            "discharge, if Lorraine cannot be there for a night, Maisie and Chantelle stay with Lorraine's "
            "sister, Pauline Hughes, at 4 Orchard Row (checked by Kirsty on 05/01/2026); if neither Lorraine "
            "nor Pauline can be there, Kirsty or the Emergency Duty Team places Maisie with foster carers "
            "that night.",
            "If Maisie loses weight for two weeks running, or drops below the 9th centile, Joanne refers her "
            "to the paediatric clinic the same day and tells Kirsty.",
        ]),
        ("h1", "Legal planning"),
        ("p", "If any test shows heroin, crack or cocaine, if Chantelle misses two tests, or if Nadia's report "
              "shows that the changes Maisie needs are not being made, Steve Ogden (team manager) will hold a "
              "legal planning meeting within 5 working days to decide whether to start pre-proceedings under "
              "the Public Law Outline."),
        ("h1", "Meetings"),
        ("bullets", [
            "Discharge planning meeting on the unit: 14/01/2026 at 2pm.",
            "Core group every three weeks: 27/01/2026 at 10am at Lorraine's house, then 17/02/2026.",
            "Review child protection conference: 12/02/2026 at 10am, Glebecombe Civic Centre.",
        ]),
        ("p", "Copies: Chantelle, Dean, Lorraine, the cot-side folder, Dr Nandakumar, Sister Mensah, Kirsty "
              "Dunmore, Nadia Kerr, Joanne Pike, Dr Rowe."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. A primary school's part of the plan, written by the DSL: one-page
#    profile, what staff have seen, "In school" and "Team around" tables.
#    Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b223_gannowmere_primary_dsl_part_team_around_brennan.md",
    "split": "heldout",
    "actions": 16,
    "template": "primary-school-dsl-part-of-cp-plan-md-school-header-kv-one-page-profile-in-kaceys-words-what-staff-have-seen-cpoms-table-worries-going-well-what-we-hope-for-kacey-then-in-school-table-provision-staff-when-in-kaceys-day-evidence-then-team-around-kacey-table-agency-what-lead-when-how-well-know-then-if-we-are-worried-meetings",
    "description": (
        "A primary school's part of the child protection plan for an 8-year-old girl (neglect), "
        "written by the designated safeguarding lead after the initial conference: her mother drinks "
        "vodka in the day and has been smelling of alcohol at pick-up, and Kacey arrives late, hungry "
        "and unwashed. A one-page profile in Kacey's words, what staff have seen on CPOMS, worries, "
        "going well and hopes for Kacey, then an 'In school' table (Provision / Staff / When in Kacey's "
        "day / Evidence) and a 'Team around Kacey' table (Agency / What / Lead / When / How we'll "
        "know), a contingency with specific triggers and a legal planning meeting, and meeting dates. "
        "Faults: the Friday attendance meeting with Leanne has '-' for evidence; the hot dinner is "
        "'Monitored by Mrs Lowe'; the nurture group is 'As and when places allow'; 'All staff' tell "
        "the DSL of concerns; and the mother's drinking is recorded but no adult service owns any "
        "action (the social worker only helps her book)."
    ),
    "text": """\
# Gannowmere Park Primary School

## Safeguarding support plan: Kacey Brennan
### School's part of Kacey's child protection plan

| | |
|---|---|
| **Pupil** | Kacey Brennan, born 14/05/2017 (8), Year 4, Willow Class |
| **Sibling in school** | Jayden Brennan (3), Nursery class (mornings) |
| **Lives with** | Leanne Brennan (Mum, 31), 22 Fairfax Road, Gannowmere |
| **Dad** | Ryan Brennan, lives in Gannowmere; has Kacey and Jayden on Wednesdays after school |
| **Plan** | Child protection plan (neglect) from the initial conference on 08/01/2026 |
| **DSL** | Mrs Angela Price, deputy head (deputy DSL: Mr Dan Whittle) |
| **Key adult** | Mrs Sue Hardy, Willow Class teaching assistant |
| **Social worker** | Hollie Parr, Gannowmere City Council Family Safeguarding Team (team manager: Martin Gale) |
| **Written by** | Mrs Angela Price, 12/01/2026; shared with Kacey (her part), Leanne, Ryan and Hollie |

This is the part of the child protection plan that happens in school, and what school needs to know
about everyone else's part. It sits on CPOMS with Kacey's file and every adult who works with Kacey has
read it.

### All about me (Kacey's one-page profile, written with Mrs Hardy on 09/01/2026)

- **What people like about me:** "I'm kind. I'm good at drawing horses. I look after Jayden."
- **What's important to me:** "Mum. Jayden. My dad's dog Biscuit. Having my own pencil case."
- **What I find hard:** "When Mum's asleep and won't wake up and we're late. When people say I smell."
- **How to help me:** "Let me have breakfast first. Don't ask me in front of everyone. Mrs Hardy can
  ask me, she's nice."
- **How I feel about school:** "I like it here, it's warm and there's dinner."

Kacey told Hollie on 10/01/2026, seen on her own in the school's quiet room: "Mum has her special drink
and then she goes to sleep on the settee. I make Jayden's cereal." She scored home 5 out of 10 and
school 9 out of 10. She wants "Mum to stop the drink" and to "go to Dad's more".

### What staff have seen (from CPOMS)

| Date | What staff saw |
|---|---|
| 03/11/2025 | Kacey arrived at 10.20am with Jayden, both in yesterday's clothes; Kacey said Mum was "still asleep" |
| 19/11/2025 | Leanne smelled strongly of alcohol at 3.15pm pick-up and was unsteady on the steps |
| 02/12/2025 | Kacey ate two breakfasts at breakfast club and asked to take toast home for Jayden |
| 09/12/2025 | Head lice for the third time this term; no treatment done at home |
| 06/01/2026 | Leanne asleep in the car outside school at 3.20pm; Mr Whittle could not wake her for four minutes |

### What we are worried about

- Leanne drinks vodka in the daytime. She has told Hollie she has "a couple" when the children are at
  school, but staff have smelled alcohol on her at pick-up four times since November.
- Kacey's attendance is 82% this year and she has been late 23 times, often with Jayden.
- Kacey comes in hungry, in dirty uniform, with head lice, and has not seen a dentist.
- Kacey is looking after Jayden in the mornings and worries about Mum.

### What is going well

- Kacey loves breakfast club and comes to it on the days she is in on time.
- She trusts Mrs Hardy and told her about the "special drink" herself.
- Ryan has collected both children every Wednesday since December, on time.
- Leanne came to the conference, and said she wants to "sort it out for the kids".

### What we hope for Kacey

1. Kacey is in school every day by 8.50am, fed and in clean uniform.
2. Kacey and Jayden are always collected by an adult who is sober.
3. Kacey has a trusted adult in school and can say how she feels about home.
4. Kacey's reading catches up to where it should be for Year 4 by the summer.

## In school

| Provision | Staff | When in Kacey's day | Evidence |
|---|---|---|---|
| Meet Kacey at the breakfast club door, make sure she eats breakfast and ask her how her evening and morning were | Mrs Sue Hardy, key adult | Every school day, 8.15am | Check-in sheet (what she ate, her feelings face), logged on CPOMS and sent to Hollie every Friday |
| First-day calling: ring Leanne if Kacey is not in by 9am; if there is no answer, ring Hollie and do a home visit with the deputy DSL | Mrs Pat Kilner, attendance officer | Every school day by 9.10am; home visit by 10.30am | Register and call log sent to Hollie every Friday; attendance up to 95% by the Easter holidays |
| Meet Leanne to go through the week's attendance and lateness | Mrs Pat Kilner, attendance officer | Every Friday at 3.15pm | - |
| Make sure Kacey has a hot school dinner and finishes it, with seconds if she wants them | Mrs Brenda Lowe, senior midday supervisor | Every school day, 12.05pm sitting | Monitored by Mrs Lowe |
| Give Kacey clean uniform, PE kit and a warm coat from the uniform bank, and let her wash and change in the medical room when she needs to | Mrs Sue Hardy, key adult | Uniform by 16/01/2026; a wash and change the same morning whenever she needs it | Uniform bank log; each wash and change recorded on CPOMS |
| Read with Kacey one-to-one from her reading book | Mrs Sue Hardy, key adult | Monday, Wednesday and Friday, 2.45pm | Reading record; reading age tested at February half term and again at Easter |
| ELSA sessions on feelings and worries about Mum, using the worry monster | Miss Chloe Marsh, ELSA | Thursdays 1.30pm, 8 weeks from 15/01/2026 | Kacey's worry scale (1-5) at the first and last sessions and her own words, shared with Hollie |
| Place in the Sunflower nurture group for friendships and play | Mrs Kay Rowe, nurture lead | As and when places allow | Boxall Profile at the start and end of the group, shared with Hollie |
| Tell the DSL the same day if Kacey is hungry, unwashed, tired or upset, or if Leanne smells of alcohol at drop-off or pick-up | All staff | The same day | CPOMS entry, alerted to Mrs Price |
| See who collects Kacey and Jayden; if the adult smells of alcohol or seems drunk, keep both children in school and ring Hollie (or the Emergency Duty Team after 5pm) | Miss Jess Owen (Kacey's class teacher) and Mr Asif Khan (Nursery), with Mrs Price | Every home time | Collection log; any child kept back recorded on CPOMS and told to Hollie the same day |
| Send Hollie a summary of the week's CPOMS entries, attendance and lateness | Mrs Angela Price, DSL | Every Friday by 3pm | Summary e-mail on Hollie's file |

## Team around Kacey

| Agency | What | Lead | When | How we'll know |
|---|---|---|---|---|
| Children's Social Care | Visit Kacey and Jayden at home and see Kacey on her own; at least one visit a fortnight at teatime | Hollie Parr, social worker | Every week until the review conference | Visit records within 48 hours with Kacey's words, shared at each core group |
| Children's Social Care | Talk with Leanne about her drinking and how it affects Kacey and Jayden, and help her book a first appointment with Gannowmere Recovery Service | Hollie Parr, social worker | By 23/01/2026 | Appointment letter seen by Hollie and noted in her visit record |
| Gannowmere Family Hub | Morning routine sessions at home with Leanne: getting up, breakfast and the school run | Ben Tyler, family support worker | Tuesdays and Thursdays at 7.30am, 8 weeks from 13/01/2026 | Kacey in school by 8.50am on those days (register); routine chart seen by Ben |
| Gannowmere School Nursing | Health review for Kacey: height, weight, teeth, head lice treatment, and a dental registration | Nurse Helen Dray, school nurse | By 30/01/2026 | Health review record shared with Hollie; dental registration letter on file |
| Dad | Have Kacey and Jayden for tea and a bath, and bring them home by 7pm | Ryan Brennan (Dad) | Every Wednesday after school | Ryan signs the collection log; Kacey tells Mrs Hardy about it at Thursday check-in |

## If we are worried

- If Kacey is not in school and no one answers by 10.30am, Mrs Kilner and Mr Whittle visit home; if no
  one answers the door, Mrs Price rings the police for a welfare check and tells Hollie.
- If Leanne, or any adult collecting, smells of alcohol or seems drunk, Kacey and Jayden stay in school
  and Mrs Price rings Hollie (or the Emergency Duty Team after 5pm). Ryan is rung to collect them; if he
  cannot, Hollie or the Emergency Duty Team arranges foster carers for the night.
- If Kacey tells any adult that Mum has been asleep and could not be woken while she and Jayden were at
  home alone, Mrs Price rings Hollie that day and Hollie holds a strategy discussion with the police.
- If Kacey's attendance is still below 90% at the review conference, or Leanne is found drunk at home
  time twice more, Martin Gale (Hollie's team manager) will hold a legal planning meeting within 10
  working days.

## Meetings

- Core group every four weeks in school, Thursdays at 3.30pm: 22/01/2026, 19/02/2026 and 19/03/2026.
- Review child protection conference: 02/04/2026 at 10am, Gannowmere Civic Centre. Mrs Price will
  bring Kacey's views, written with Mrs Hardy.
""",
    "findings": [
        F("M001", "Meet Leanne to go through the week's attendance and lateness"),
        F("M002", "Make sure Kacey has a hot school dinner and finishes it"),
        F("T002", "Place in the Sunflower nurture group for friendships and play"),
        F("W002", "Tell the DSL the same day if Kacey is hungry"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 3. An adult mental health trust's CPA care plan for a mother with bipolar
#    disorder, joined to her 4-year-old's child protection plan. Part A the
#    mother's care with a "What this means for Ella" column; Part B Ella's
#    part. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b223_gullenthorpe_cpa_care_plan_what_it_means_for_ella_greer.pdf",
    "doc_title": "CPA care plan and joint child protection plan - Tasha Greer and Ella Greer",
    "split": "heldout",
    "actions": 13,
    "landscape": True,
    "min_pages": 3,
    "header": "Gullenthorpe Mental Health Partnership NHS Trust · CPA care plan joined to a child protection plan · OFFICIAL-SENSITIVE",
    "footer": "Tasha Greer (service user) and Ella Greer (child) · agreed 08/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "adult-mental-health-cpa-care-plan-joined-to-cp-plan-paged-landscape-header-footer-numbered-sections-service-user-and-child-details-kv-summary-of-needs-ella-in-her-words-and-play-tasha-and-janet-say-going-well-outcomes-for-ella-then-part-a-tashas-care-need-intervention-who-when-how-well-know-what-this-means-for-ella-then-part-b-ellas-part-need-for-ella-action-who-when-how-well-know-then-relapse-signature-and-crisis-plan-legal-planning-reviews",
    "description": (
        "Exemplary Care Programme Approach care plan, written by an adult mental health trust's care "
        "coordinator with the child's social worker, for a mother with bipolar disorder who was "
        "detained after a manic episode in which her 4-year-old was found alone at night, joined to "
        "the child's child protection plan. Numbered sections: details of both, a summary of needs, "
        "Ella's words and play, her mother's and grandmother's words, going well, outcomes for Ella, "
        "then Part A, the mother's care (Need / Intervention / Who / When / How we'll know / What this "
        "means for Ella), in which every mental health row reports on her potential to change and the "
        "likely timescale, and Part B, Ella's part (nursery check-ins, social worker visits, the health "
        "visitor's ASQ-3, the family hub, the grandmother's pick-ups and calls, direct work about "
        "Mummy's poorly days). The relapse signature and crisis plan give specific triggers, the "
        "grandmother's home with a foster placement if she cannot have Ella, and a legal planning "
        "meeting after named triggers; CPA review, core group and review conference dates are set."
    ),
    "blocks": [
        ("title", "Care Programme Approach care plan and joint child protection plan"),
        ("p", "Gullenthorpe North Community Mental Health Team, with Gullenthorpe Council Children's Services. "
              "This is Tasha's CPA care plan. Because Tasha is Ella's only full-time carer, it was written "
              "jointly with Ella's social worker and is also the child protection plan agreed at the core "
              "group held with the CPA review on 08/01/2026. Each part of Tasha's care says what it means "
              "for Ella."),
        ("h1", "1. Details"),
        ("kv", [
            ("Service user", "Tasha Greer, born 19/06/1996 (29), 7 Linnet Close, Gullenthorpe"),
            ("Diagnosis", "Bipolar affective disorder (type 1), diagnosed 2019"),
            ("Mental Health Act", "Detained under section 2 on 24/10/2025, Grenville Ward; discharged "
                                  "28/11/2025; not subject to a community treatment order"),
            ("Child", "Ella Greer, born 02/09/2021 (4), lives with Tasha; attends Gullenthorpe Children's "
                      "Centre Nursery every weekday morning"),
            ("Ella's dad", "Not named on the birth certificate; no contact"),
            ("Nana", "Janet Greer (Tasha's mum, 58), 31 Peel Street, Gullenthorpe, ten minutes' walk away"),
            ("Child protection plan", "Neglect, from the initial conference on 11/12/2025"),
            ("Care coordinator", "Owen Price, CPN, Gullenthorpe North CMHT"),
            ("Consultant psychiatrist", "Dr Helen Marsh"),
            ("Clinical psychologist", "Dr Anya Cole"),
            ("Social worker", "Rebecca Lyons, Gullenthorpe Council Children's Services (team manager: Mark "
                              "Fielding)"),
            ("GP", "Dr Nikhil Rao, Gullenthorpe Vale Surgery"),
        ]),
        ("h1", "2. Summary of needs"),
        ("p", "In October 2025 Tasha became high after stopping her lithium over the summer. She stopped "
              "sleeping, spent more than £3,000 on credit, and on the night of 23/10/2025 left the flat at "
              "about 1am to walk to the town centre. Ella woke up alone and was found by a neighbour on the "
              "landing at 2am, in her pyjamas and crying. The police took Ella to Janet's, and Tasha was "
              "detained under section 2 the next day. She was on Grenville Ward for five weeks, restarted "
              "lithium, and came home on 28/11/2025; Ella went back to her the same week. Tasha had one "
              "earlier manic episode, in 2019, before Ella was born, and one period of depression after "
              "Ella's birth. When she is well she is a warm, careful mum; the risk to Ella is from a relapse "
              "that comes on quickly at night, when no one else is in the flat."),
        ("h1", "3. Ella, in her words and play"),
        ("p", "Rebecca saw Ella at nursery on 05/01/2026 and at home on 06/01/2026. Ella told her: \"Mummy was "
              "running and running and I was in bed on my own.\" \"The lady next door gave me a biscuit.\" "
              "\"Mummy was poorly in the hospital and I slept at Nana's in the big bed.\" Playing with the "
              "dolls' house she put the mummy doll \"in the hospital\" (the bathroom) and the little doll in "
              "bed with \"Nana\". She said she likes \"nursery, painting, Nana's chips\", and that she gets "
              "scared \"when it's dark and Mummy's talking loud\". Her key person says Ella is chatty and "
              "settled in the mornings, asks most days \"is Mummy picking me up?\", and has become upset "
              "when a different adult comes to collect her."),
        ("h1", "4. What Tasha and Janet say"),
        ("p", "Tasha: \"I know I went off my meds and I know what that did to Ella. I never want her to be "
              "alone like that again. I want people to tell me when they see me going up, even if I get "
              "cross.\" Janet: \"I'll have Ella whenever she needs me. I just want to be told early, not at "
              "2am by the police.\""),
        ("h1", "5. What is going well"),
        ("bullets", [
            "Tasha has taken her lithium every evening since discharge; her level on 30/12/2025 was 0.7 "
            "mmol/L.",
            "Ella has been at nursery every morning since 01/12/2025, on time.",
            "Tasha has seen Owen every week and agreed to Ella being there at some visits.",
            "Janet collects Ella from nursery twice a week and has her to stay on Friday nights.",
        ]),
        ("h1", "6. What we want for Ella"),
        ("numbers", [
            "Ella is cared for every day and night by an adult who is well enough to look after her, and is "
            "never left alone in the flat.",
            "Ella goes to nursery every weekday, on time and having had breakfast.",
            "Ella knows, in words a four-year-old understands, about Mummy's poorly days and who she can go "
            "to.",
            "Ella's speech and play are where they should be and she is ready to start school in September "
            "2026.",
        ]),
        ("h1", "7. Part A: Tasha's care"),
        ("p", "Every mental health worker in Part A reports in writing to the core group on the changes Tasha "
              "is making, what is still needed and how long it is likely to take; their reports go to the "
              "review conference."),
        ("table", {
            "header": ["Need", "Intervention", "Who", "When", "How we'll know", "What this means for Ella"],
            "widths": [2.8, 6.6, 3.6, 4.0, 4.6, 4.1],
            "rows": [
                ["Staying well",
                 "See Tasha at home, go through her early warning signs with her, and assess and report on "
                 "her potential to change as Ella's carer, the steps still needed and the likely timescale",
                 "Owen Price, CPN and care coordinator",
                 "Every week at home (Ella there at one visit a fortnight); written report before each core "
                 "group",
                 "Early warning signs checklist scored at each visit; Owen's report to Rebecca before each "
                 "core group and the review conference",
                 "Someone who knows Tasha's illness sees her and Ella together and spots a relapse early"],
                ["Medication",
                 "Review Tasha's lithium and quetiapine at clinic, and give the core group a written view of "
                 "her potential to change, how far her recovery has come and how long stable mood is likely "
                 "to take",
                 "Dr Helen Marsh, consultant psychiatrist",
                 "Outpatient clinic every 4 weeks: 21/01/2026, 18/02/2026 and 18/03/2026",
                 "Clinic letter to the GP and Rebecca after each clinic",
                 "Tasha's mood stays stable so that she can look after Ella day and night"],
                ["Lithium levels",
                 "Take Tasha's blood for her lithium level and kidney and thyroid tests",
                 "Lisa Webb, practice nurse, Gullenthorpe Vale Surgery",
                 "Every 4 weeks, in the week before each clinic",
                 "Results sent to Dr Marsh and Owen; lithium level between 0.6 and 0.8 mmol/L",
                 "A falling level is caught before Tasha becomes unwell while caring for Ella"],
                ["Relapse prevention",
                 "Twelve psychology sessions on Tasha's relapse signature, sleep and stress, ending in a written "
                 "relapse plan for her and Ella, and a report on what she has learned and can use",
                 "Dr Anya Cole, clinical psychologist",
                 "Weekly from 13/01/2026 for 12 weeks; relapse plan written by 17/02/2026",
                 "Relapse plan signed by Tasha and shared with Janet, the nursery and Rebecca; Dr Cole's "
                 "report on Tasha's capacity to change to the review conference",
                 "The adults around Ella know Tasha's first signs and what to do"],
                ["Tasha's part",
                 "Take lithium and quetiapine every evening, and keep a sleep and mood diary",
                 "Tasha",
                 "Every evening",
                 "Diary seen by Owen at each weekly visit; blister packs counted by Owen",
                 "Tasha sleeps at night and is up and well for Ella in the morning"],
                ["Money",
                 "Set up a repayment plan for the debts run up while Tasha was unwell, and a breathing space "
                 "from the creditors",
                 "Jan Holt, money adviser, Gullenthorpe Money Advice Service",
                 "By 27/02/2026",
                 "Breathing space confirmation and a signed repayment plan, copies to Owen",
                 "The gas and electricity stay on and Ella's home is warm"],
            ],
        }),
        ("h1", "8. Part B: Ella's part"),
        ("table", {
            "header": ["Need for Ella", "Action", "Who", "When", "How we'll know"],
            "widths": [3.0, 8.6, 4.4, 4.6, 5.1],
            "rows": [
                ["Being seen",
                 "Visit Ella at home and see her on her own through play; at least one visit in three at "
                 "bath and bedtime",
                 "Rebecca Lyons, social worker",
                 "Every week until the review conference",
                 "Visit records within 48 hours, with Ella's words and play"],
                ["Every morning",
                 "Greet Ella at drop-off, note who brought her, whether she has had breakfast and how Tasha "
                 "seemed, and ring Rebecca if Ella is not in by 9.30am",
                 "Mrs Hannah Cross, Ella's key person, Gullenthorpe Children's Centre Nursery",
                 "Every nursery morning, Monday to Friday, at 8.45am",
                 "Drop-off log sent to Rebecca every Friday; attendance of 90% or more"],
                ["Development",
                 "Check Ella's development with an ASQ-3, including her speech and language, and refer her "
                 "to speech therapy if she scores below the cut-off",
                 "Claire Duffy, health visitor, Gullenthorpe Health Visiting Service",
                 "By 13/02/2026",
                 "ASQ-3 scores sent to Rebecca and the nursery; referral letter on file if made"],
                ["Routines at home",
                 "Sessions with Tasha at home on Ella's teatime, bath and bedtime, and getting her up for "
                 "nursery",
                 "Lucy Barker, family support worker, Gullenthorpe Family Hub",
                 "Tuesdays 5pm to 7pm for 8 weeks from 13/01/2026",
                 "Routine chart shows Ella in bed by 7.30pm, checked by Lucy each week"],
                ["Nana's help",
                 "Collect Ella from nursery on Wednesdays and Fridays, and have her to stay every Friday "
                 "night",
                 "Janet Greer (Nana)",
                 "Wednesdays and Fridays at 12 noon; Friday night until 5pm on Saturday",
                 "Nursery collection log; Janet texts Rebecca when Ella is home on Saturday"],
                ["Nana's help",
                 "Ring Tasha each morning to check she is up and Ella is getting ready for nursery, and "
                 "ring Owen the same day if Tasha sounds high or has not slept",
                 "Janet Greer (Nana)",
                 "Every weekday at 7.45am",
                 "Janet's notebook of calls, seen by Rebecca every fortnight; any call to Owen in his notes"],
                ["Understanding Mummy's illness",
                 "Three sessions with Ella about Mummy's poorly days, using a picture book and her own "
                 "drawings, and who she can go to",
                 "Rebecca Lyons, social worker",
                 "Three sessions by 27/02/2026",
                 "Ella's drawings and words recorded and shared at the core group"],
            ],
        }),
        ("h1", "9. Relapse signature and crisis plan"),
        ("p", "Tasha's first signs, from her two earlier episodes: sleeping under four hours two nights running; "
              "talking fast and loud; buying things online late at night; missing lithium doses."),
        ("bullets", [
            "If Tasha, Janet, the nursery or any worker sees any of these signs, they ring Owen the same day "
            "(out of hours, the Gullenthorpe Crisis Resolution and Home Treatment Team). Owen or the crisis "
            "team sees Tasha within 24 hours, and Ella goes to Janet's that day and stays there until Owen "
            "and Rebecca agree it is safe for her to come home.",
            "If Janet cannot have Ella (she is ill or away), Rebecca or the Emergency Duty Team places Ella "
            "with foster carers that day.",
            "If Ella is ever found alone, or Tasha is detained or admitted, the police or the crisis team "
            "ring the Emergency Duty Team, Ella goes to Janet's (or foster carers if Janet cannot have her), "
            "and Rebecca holds a strategy discussion with the police and the CMHT the same day.",
        ]),
        ("h1", "10. Legal planning"),
        ("p", "If Tasha stops taking her lithium, if Ella is left alone or without a well adult again, or if "
              "Owen's and Dr Cole's reports to the review conference show that Tasha is not making the "
              "changes Ella needs in the time she needs them, Mark Fielding (team manager) will hold a legal "
              "planning meeting within 5 working days."),
        ("h1", "11. Reviews"),
        ("bullets", [
            "CPA review: 24/02/2026 at Gullenthorpe North CMHT, with Rebecca there.",
            "Core group every four weeks, Tuesdays at 10am at the Children's Centre: 20/01/2026, 17/02/2026 "
            "and 17/03/2026.",
            "Review child protection conference: 05/03/2026 at 2pm, Gullenthorpe Civic Centre.",
        ]),
        ("p", "Agreed by Tasha Greer, Janet Greer, Owen Price and Rebecca Lyons on 08/01/2026. Copies to "
              "Tasha, Janet, Dr Marsh, Dr Cole, Dr Rao, the nursery, the health visitor and the family hub."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. A contextual safeguarding plan written partly to a 15-year-old ("you"
#    is Kyle): his part, the adults' part and the places part, each item
#    with a bracketed Lead / When / Check line. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b223_gorrowfield_contextual_safety_plan_you_and_places_nwosu.txt",
    "split": "heldout",
    "actions": 17,
    "template": "contextual-safeguarding-cp-plan-txt-written-partly-to-young-person-caps-headings-equals-rules-kyle-this-is-your-plan-details-dot-leaders-what-happened-what-you-told-us-mum-and-tomi-going-well-what-we-want-for-you-then-part-1-your-part-part-2-what-the-adults-will-do-part-3-the-places-numbered-items-with-bracketed-lead-when-check-lines-then-if-things-go-wrong-legal-meetings",
    "description": (
        "Exemplary contextual safeguarding plan for a 15-year-old boy drawn into county lines (found in "
        "a flat in another town used to sell drugs, missing four times, robbed and cut, a positive NRM "
        "reasonable grounds decision), written by the adolescent safety team partly to him: 'you' is "
        "Kyle. After details with dot leaders, what happened, his own words, his mother's and sister's, "
        "going well and what we want for him, three numbered parts (his part in the second person, the "
        "adults' part, and the places part: the bus interchange, a takeaway, an underpass, the skate "
        "park), each item with a bracketed Lead / When / Check line. The contingency has missing, "
        "weapon and threat triggers with concrete responses, a legal planning meeting follows named "
        "triggers, and the places panel, core group and review conference dates are set."
    ),
    "text": """\
=============================================================================
GORROWFIELD BOROUGH COUNCIL - ADOLESCENT SAFETY TEAM
CHILD PROTECTION PLAN AND CONTEXTUAL SAFETY PLAN: KYLE NWOSU
=============================================================================

Kyle, this is your plan. Sian and Jade wrote it with you on 19/12/2025, after
your conference, and you crossed out the bits you didn't like and we talked
about them. Part 1 is written to you: where it says "you", it means you. Parts
2 and 3 are what the adults will do, at home, at school and in the places
where you have been put at risk.

Name ................... Kyle Nwosu, born 22/03/2010 (15)
Lives with ............. Blessing Nwosu (Mum) and Tomi (sister, 9),
                         14 Canal View, Gorrowfield
School ................. Gorrowfield Academy, Year 10
Plan ................... Child protection plan from the initial conference on
                         15/12/2025 (physical abuse: risk of serious harm
                         outside the home)
NRM .................... Positive reasonable grounds decision, 08/12/2025
Social worker .......... Sian Meredith, Adolescent Safety Team
                         (team manager: Paul Griffiths)
Exploitation worker .... Jade Kinsella, Gorrowfield Safer Futures
Police ................. DC Amir Haq, Gorrowfield Child Exploitation Team


WHAT HAPPENED
-------------
Since September you have been going to the Interchange bus station and the
underpass by the ring road with older boys, and getting lifts from a man who
calls himself "Deeks". You have been missing four times. On 29/11/2025 the
police in Gaultby found you in a flat used to sell drugs, 40 miles away, with
£180 and a phone that wasn't yours. On 03/12/2025 you came home with a cut on
your arm and without your coat and trainers, and you said you had been "robbed
by some kids". Tomi heard you telling a friend you owed "four hundred". The
people at your conference think older people are using you to carry and sell
drugs, and that you are in danger from them.


WHAT YOU TOLD US
----------------
You told Sian and Jade on 17/12/2025: "I'm not working for no one. I just
chill with them." "If I stop going, they'll think I'm a snake." "I don't want
Mum getting hurt because of me." You said the Interchange is "where everyone
is" and that you don't like the underpass "but it's the quick way". You want
to do boxing again and be a mechanic. You scored how safe you feel at home 8
out of 10, at school 6, at the Interchange 4 and in Gaultby 1. You asked that
police don't come to school in uniform.


WHAT MUM AND TOMI SAID
----------------------
Mum: "I work nights at the care home and I come back to an empty bed. I don't
know these boys, I don't know this Deeks. I want my son back." Mum has changed
to day shifts from 05/01/2026 so that she is home in the evenings.
Tomi (seen on her own at home, 17/12/2025): "Kyle used to play Mario Kart with
me. Now he's always on his phone in the bathroom."


WHAT IS GOING WELL
------------------
- You have been in school every day since 08/12/2025.
- You told Jade about Deeks's car yourself.
- You answered Mum's calls on most nights this month.
- Mum came to the conference and to every meeting since.


WHAT WE WANT FOR YOU
--------------------
1. You are not used by anyone to carry or sell drugs, and you are not hurt
   again.
2. You are home by your curfew, and if you go missing you are found quickly
   and someone you trust helps you talk about it.
3. You are in school every day and have a plan for a mechanics course.
4. The places where you were put at risk are safer for you and other young
   people.


=============================================================================
PART 1 - YOUR PART, KYLE
=============================================================================
1.1  You will be home by 9pm on school nights and 10pm on Fridays and
     Saturdays, and answer Mum when she rings at 8.30pm.
     [Lead: you | When: every night | Check: Mum's curfew sheet, which Sian
     reads at each visit]

1.2  You will keep to one phone, the one Mum pays for, and go through your
     contacts with Jade so that Deeks and the Gaultby numbers are blocked.
     [Lead: you, with Jade | When: blocked by 09/01/2026, then at each Tuesday
     session | Check: Jade sees the blocked list and notes it in her session
     record]

1.3  You will go to boxing at Gorrowfield Youth Centre on Thursdays; Darren
     picks you up from home and drops you back.
     [Lead: you | When: every Thursday, 6pm to 8pm, from 08/01/2026 | Check:
     youth centre register; Darren texts Mum and Sian when you are home]

1.4  You will get the 42 bus from the Canal Street stop instead of going
     through the Interchange or the underpass after school.
     [Lead: you | When: every school day from 05/01/2026 | Check: your bus
     pass journeys, which you show Sian at her visits]


=============================================================================
PART 2 - WHAT THE ADULTS WILL DO
=============================================================================
2.1  Sian will visit you at home and see you on your own, with one visit in
     three after 7pm, and see Tomi on her own once a fortnight.
     [Lead: Sian Meredith, social worker | When: every week until the review
     conference | Check: visit records within 48 hours, with your words and
     Tomi's]

2.2  Jade will meet you for sessions on grooming, debt bondage, and how to
     get out of a "debt" safely, and go over your safety map with you.
     [Lead: Jade Kinsella, Gorrowfield Safer Futures | When: every Tuesday at
     4pm from 06/01/2026 | Check: session notes with your safety scores (you
     and Jade agree them), sent to Sian each month]

2.3  A return home interview with Jade, or with Marcus Dale if Jade is away,
     at a place you choose.
     [Lead: Marcus Dale, Gorrowfield Missing Service | When: within 72 hours
     of every return | Check: RHI form sent to Sian and DC Haq within 24
     hours of the interview]

2.4  DC Haq will keep you and Mum up to date on the investigation into the
     Gaultby flat and Deeks, and send the Single Competent Authority the
     evidence it asks for on your NRM.
     [Lead: DC Amir Haq, Child Exploitation Team | When: at least every two
     weeks, and the same day anything changes | Check: contact log on the
     police file; DC Haq tells Sian after each contact]

2.5  First-day calling if you are not in by 9am, and a check-in with you
     each morning with Mr Oduya.
     [Lead: Mr Femi Oduya, DSL, Gorrowfield Academy | When: every school day;
     check-in at 8.40am | Check: register, call log and check-in notes
     e-mailed to Sian every Friday]

2.6  Mum will ring 101 if you are 30 minutes past your curfew and not
     answering (999 if she thinks you are in danger), give the police the
     grab sheet, and write the log number on the curfew sheet.
     [Lead: Blessing Nwosu (Mum) | When: every time you are 30 minutes late
     and not answering | Check: log number on the curfew sheet; Sian checks
     it at each visit]

2.7  Sessions on the youth conditional caution you accepted for the phone:
     choices, consequences, and the people who used you.
     [Lead: Kerry Boyd, Gorrowfield Youth Justice Service | When: every
     Monday at 4.30pm for 12 weeks from 05/01/2026 | Check: YJS attendance
     record and end-of-caution report to Sian]

2.8  An assessment of your sleep and the flashbacks you have had since you
     were robbed, and treatment if you want it.
     [Lead: Dr Ruth Akande, Gorrowfield CAMHS | When: assessment by
     30/01/2026 | Check: assessment letter with recommendations sent to
     Sian and your GP]

2.9  Help Mum with what exploitation looks like, how to talk to you about
     it without a row, and what to do if people come to the door.
     [Lead: Jade Kinsella, Gorrowfield Safer Futures | When: four sessions by
     27/02/2026 | Check: session records; Mum's own safety plan for the house
     written and given to Sian]


=============================================================================
PART 3 - THE PLACES
=============================================================================
Agreed at the Gorrowfield places panel (multi-agency child exploitation
meeting) on 18/12/2025.

3.1  Patrols of the Interchange and the ring road underpass, stopping and
     speaking to young people there and to the cars around them.
     [Lead: Sgt Helen Price, Gorrowfield Town Neighbourhood Team | When:
     Thursday to Saturday, 4pm to 10pm, for 8 weeks from 08/01/2026 | Check:
     patrol log with stops and sightings, shared at each core group]

3.2  A visit to Perry's Chicken on Station Parade to train the staff to spot
     young people being recruited and to report it, and to ask for their
     CCTV when it is needed.
     [Lead: Nadine Fox, Gorrowfield Council licensing officer | When: by
     23/01/2026 | Check: visit record and the staff's signed training sheet,
     copied to Sian and DC Haq]

3.3  The council's CCTV operators will watch the Interchange and the
     underpass on Friday and Saturday evenings, and ring the police when a
     young person is picked up by a car.
     [Lead: Tony Walsh, Gorrowfield CCTV control room supervisor | When:
     Fridays and Saturdays, 6pm to midnight, for 8 weeks from 09/01/2026 |
     Check: control room incident log, shared at each core group]

3.4  Detached youth work at the skate park and the Interchange, so there are
     trusted adults there in the evenings and somewhere else to go.
     [Lead: Darren Blake, Gorrowfield Youth Service detached team | When:
     Tuesdays and Thursdays, 5pm to 8pm, for 10 weeks from 06/01/2026 |
     Check: session logs of young people spoken to and concerns passed to
     Sgt Price]


=============================================================================
IF THINGS GO WRONG
=============================================================================
- If you are 30 minutes past your curfew and not answering, Mum rings 101
  (item 2.6). If you are not home by midnight, Sian (or the Emergency Duty
  Team) holds a strategy discussion with the police the next morning.
- If you are found with a knife, drugs or cash, if you are hurt, or if anyone
  threatens you or the family, the police come straight away and Sian (or the
  Emergency Duty Team) holds a strategy discussion the same day. If it is not
  safe for you at home that night, Sian or the Emergency Duty Team finds you
  an emergency foster placement outside Gorrowfield.
- If people come to the house asking for you, Mum rings 999 and does not
  open the door.

LEGAL PLANNING
--------------
If you go missing twice more before the review conference, are found in
Gaultby again, or are found with a weapon, Paul Griffiths (Sian's manager)
will hold a legal planning meeting within 5 working days to decide whether
to ask the court for an order to keep you safe. Sian will tell you first.

MEETINGS
--------
Core group every three weeks at Gorrowfield Academy, Wednesdays at 3.30pm:
07/01/2026, 28/01/2026 and 18/02/2026.
Places panel review: 29/01/2026.
Review child protection conference: 12/03/2026 at 10am, Gorrowfield Town
Hall. Jade will come with you if you want.

Plan given to Kyle, Blessing and every agency named in it on 19/12/2025.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. The transferring council's handover plan, with a "Held by until the
#    transfer-in conference" column and a "Then passes to" column. Faulty
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b223_gildabrook_transfer_handover_held_by_until_conference_fenwick.docx",
    "doc_title": "Transfer handover and interim child protection plan - Lucas and Mia Fenwick",
    "split": "heldout",
    "actions": 13,
    "landscape": True,
    "header": "Gildabrook Council Children's Services · OFFICIAL-SENSITIVE · Transfer out to Greavesley",
    "template": "transfer-out-handover-and-interim-cp-plan-docx-landscape-family-details-table-why-there-is-a-plan-where-the-family-are-now-transfer-timeline-lucas-and-mia-jodies-views-going-well-outcomes-then-no-action-held-by-until-transfer-in-conference-then-passes-to-when-how-well-know-table-then-if-craig-comes-back-legal-core-group-and-conference",
    "description": (
        "The transferring council's handover plan for a 3-year-old and a 7-month-old who moved with their "
        "mother to a neighbouring council after domestic abuse by their father, who is on bail with a "
        "trial date. Family details, why there is a plan, where the family are now and the transfer so "
        "far, Lucas's words and Mia's days, their mother's views, going well and outcomes, then a table "
        "(No. / Action / Held by until the transfer-in conference / Then passes to / When / How we'll "
        "know). Faults: the Freedom Programme is not started but handed to the receiving council until "
        "after the transfer; a funded nursery place is handed on 'once the family are settled'; the "
        "IDVA's safety planning is measured by 'engagement with the IDVA'; the aunt cares for the "
        "children two days a week and stays at weekends but the contingency says nothing of her help "
        "failing; and the transfer-in conference is 'date to be confirmed' with the old review "
        "conference cancelled."
    ),
    "blocks": [
        ("title", "Transfer handover and interim child protection plan"),
        ("p", "Lucas and Mia Fenwick. Written by Aisha Rahman, Gildabrook social worker, on 08/01/2026, for the "
              "family, Greavesley Children's Services and every agency in both areas. Gildabrook keeps case "
              "responsibility and this plan runs until Greavesley holds its transfer-in conference."),
        ("table", {
            "rows": [
                ["Children", "Lucas Fenwick, born 11/04/2022 (3); Mia Fenwick, born 02/06/2025 (7 months)"],
                ["Mum", "Jodie Fenwick (24)"],
                ["Address since 05/01/2026", "Flat 3, 27 Ashgrove Road, Greavesley (Greavesley Housing "
                                             "Association)"],
                ["Dad", "Craig Molloy (27). On bail not to contact Jodie or enter Greavesley; trial at "
                        "Gildabrook Magistrates' Court on 16/03/2026. Non-molestation order until 28/11/2026."],
                ["Aunt", "Stacey Fenwick (Jodie's sister, 29), 9 Mere Lane, Greavesley"],
                ["Plan", "Child protection plan from the initial conference on 30/10/2025 (emotional abuse)"],
                ["Gildabrook social worker", "Aisha Rahman (team manager: Colin Marsh)"],
                ["Greavesley social worker", "Tom Becker, allocated 07/01/2026"],
            ],
            "widths": [6.0, 19.7],
            "bold_first_col": True,
        }),
        ("h1", "Why the children have a plan"),
        ("p", "Craig was violent to Jodie throughout their relationship. On 19/10/2025 he pushed her down the "
              "stairs while she was holding Mia and hit her in front of Lucas, who hid behind the sofa and "
              "wet himself. He was charged with assault by beating. The conference on 30/10/2025 found that "
              "Lucas and Mia had been living with domestic abuse for most of their lives, and that Jodie had "
              "let Craig back twice before."),
        ("h1", "Where the family are now"),
        ("p", "Jodie moved with the children to Stacey's house in Greavesley on 15/12/2025 to be away from "
              "Craig, and into her own flat near Stacey on 05/01/2026. Gildabrook sent the transfer request "
              "on 18/12/2025 and Greavesley accepted it on 06/01/2026; Tom Becker has been allocated. Aisha "
              "keeps visiting and holds the plan until the transfer-in conference."),
        ("h1", "Lucas and Mia"),
        ("p", "Lucas (seen on his own at Stacey's, 06/01/2026, with his cars): \"Daddy shouted and Mummy fell.\" "
              "\"I like Auntie Stacey's, she's got a cat.\" \"I don't want to go back to the old house.\" He "
              "drew his new bedroom with \"no Daddy in it\". He still wets the bed most nights and wakes "
              "crying when doors bang."),
        ("p", "Mia is crawling and pulls herself up on the sofa. Aisha saw her on 06/01/2026: she babbles back "
              "to Jodie, reaches to be picked up, and settles quickly on Jodie's hip. The health visitor says "
              "she is feeding well and is on the 50th centile."),
        ("h1", "What Jodie says"),
        ("p", "\"I'm done with him, properly this time. I moved so he can't just turn up. I'm scared of the "
              "trial and I'm scared of being on my own in a new place, but Stacey's round the corner.\""),
        ("h1", "What is going well"),
        ("bullets", [
            "Jodie has not had contact with Craig since 19/10/2025 and reported a text from him to the police.",
            "The children are settled at the new flat, and Lucas's nightmares are less often.",
            "Stacey has looked after the children while Jodie went to housing and court appointments.",
        ]),
        ("h1", "What we want for Lucas and Mia"),
        ("numbers", [
            "Lucas and Mia are safe from Craig and do not see or hear any more violence.",
            "Lucas can talk about what happened, sleeps through the night and is dry by the summer.",
            "Lucas starts nursery and is ready for school in September 2026.",
            "Mia keeps growing and developing well, with her health checks done on time in Greavesley.",
        ]),
        ("h1", "The plan until the transfer-in conference"),
        ("p", "\"Held by\" is who does the action until Greavesley's transfer-in conference; \"Then passes to\" "
              "is who will take it on after that."),
        ("table", {
            "header": ["No.", "Action", "Held by until the transfer-in conference", "Then passes to", "When",
                       "How we'll know"],
            "widths": [1.1, 7.4, 4.4, 3.6, 4.2, 5.0],
            "rows": [
                ["1",
                 "Visit Lucas and Mia at home in Greavesley and see Lucas on his own; the first visit joint "
                 "with Tom Becker",
                 "Aisha Rahman, Gildabrook social worker",
                 "Tom Becker, Greavesley social worker",
                 "Every two weeks until the transfer-in conference; joint visit by 23/01/2026",
                 "Visit records within 48 hours, sent to Tom"],
                ["2",
                 "Send Greavesley the full case file, chronology and this plan",
                 "Aisha Rahman, Gildabrook social worker",
                 "-",
                 "By 12/01/2026",
                 "Greavesley's e-mail confirming receipt, on file"],
                ["3",
                 "Two sessions with Lucas about the move and what happened at the old house, using his cars "
                 "and drawings",
                 "Aisha Rahman, Gildabrook social worker",
                 "Tom Becker, Greavesley social worker",
                 "Two sessions by 30/01/2026",
                 "Lucas's words and drawings recorded and sent to Tom"],
                ["4",
                 "Hand Mia's and Lucas's health records to Greavesley health visiting and do a joint home "
                 "visit",
                 "Paula Shaw, Gildabrook health visitor",
                 "Rachel Okafor, Greavesley health visitor",
                 "Joint visit by 16/01/2026",
                 "Records receipt from Greavesley; Mia weighed and plotted in her red book at the joint "
                 "visit"],
                ["5",
                 "Visit Mia and Lucas at home, weigh Mia, and do Lucas's development review with an ASQ-3",
                 "Rachel Okafor, Greavesley health visitor",
                 "-",
                 "Every 4 weeks from 16/01/2026; ASQ-3 by 13/02/2026",
                 "Weights in the red book; ASQ-3 scores sent to Aisha and Tom"],
                ["6",
                 "Safety planning with Jodie about Craig's bail conditions, the non-molestation order and "
                 "getting ready for the trial",
                 "Nisha Patel, Gildabrook IDVA",
                 "Greavesley Domestic Abuse Service",
                 "Weekly phone sessions until the transfer-in conference",
                 "Engagement with the IDVA"],
                ["7",
                 "Freedom Programme for Jodie: not started in Gildabrook, to be picked up by Greavesley once "
                 "the case has transferred",
                 "Greavesley Domestic Abuse Service",
                 "-",
                 "To start within 4 weeks of the transfer-in conference",
                 "Freedom Programme attendance record and certificate"],
                ["8",
                 "Funded nursery place for Lucas: not applied for in Gildabrook, to be found by the Greavesley "
                 "early years team after the transfer",
                 "Greavesley Early Years Team",
                 "-",
                 "Once the family are settled",
                 "Place confirmed in writing; Lucas's nursery register"],
                ["9",
                 "Flag Jodie's new address on the police system, and tell Jodie and Aisha the same day of any "
                 "change to Craig's bail or the trial",
                 "DC Lee Carter, Gildabrook Police Domestic Abuse Unit",
                 "DC Lee Carter (the case stays with Gildabrook Police)",
                 "Flag by 12/01/2026; bail news the same day",
                 "Flag reference sent to Aisha; contact log on the police file"],
                ["10",
                 "Register Jodie, Lucas and Mia with a Greavesley GP",
                 "Jodie, with Aisha",
                 "-",
                 "By 16/01/2026",
                 "Registration letters seen by Aisha"],
                ["11",
                 "Keep the door chain on, not let Craig in or reply to him, and ring 999 if he comes near the "
                 "flat or contacts her",
                 "Jodie",
                 "-",
                 "Every time Craig comes near or makes contact",
                 "Police log numbers, which Aisha asks about at each visit"],
                ["12",
                 "Look after Lucas and Mia while Jodie goes to appointments and court",
                 "Stacey Fenwick (aunt)",
                 "-",
                 "Tuesdays and Thursdays, 9am to 3pm, until the trial on 16/03/2026",
                 "Stacey's diary of the days, seen by Aisha at each visit"],
                ["13",
                 "Stay overnight with Jodie and the children at the new flat at weekends",
                 "Stacey Fenwick (aunt)",
                 "-",
                 "Every Friday and Saturday night until the trial on 16/03/2026",
                 "Jodie's and Stacey's diary, seen by Aisha at each visit"],
            ],
        }),
        ("h1", "If Craig comes back"),
        ("bullets", [
            "If Craig comes to the flat, contacts Jodie or the children, or is seen in Greavesley, Jodie rings "
            "999 and the police attend. Aisha (or the Emergency Duty Team out of hours) holds a strategy "
            "discussion with Gildabrook and Greavesley Police the same day, and Jodie and the children go to "
            "a refuge found by the Greavesley Domestic Abuse Service that night if the flat is not safe.",
            "If Jodie lets Craig back in, meets him, or takes the children to see him, Aisha holds a strategy "
            "discussion the same day.",
        ]),
        ("h1", "Legal planning"),
        ("p", "If Jodie lets Craig back into the children's lives, or he is found at the flat, Colin Marsh "
              "(Gildabrook team manager) will hold a legal planning meeting within 5 working days, with Tom "
              "Becker's manager invited; after the transfer-in conference, Greavesley's legal gateway takes "
              "this over."),
        ("h1", "Core group and conference"),
        ("bullets", [
            "Joint core group (Gildabrook and Greavesley) every four weeks at Greavesley Family Centre: "
            "20/01/2026 and 17/02/2026.",
            "The Gildabrook review conference due on 29/01/2026 is cancelled: the transfer-in conference will "
            "take its place. Greavesley's conference service will set the date (to be confirmed).",
        ]),
    ],
    "findings": [
        F("M002", "Safety planning with Jodie about Craig's bail conditions"),
        F("X001", "Freedom Programme for Jodie: not started in Gildabrook"),
        F("X001", "Funded nursery place for Lucas: not applied for in Gildabrook"),
        F("T002", "Funded nursery place for Lucas: not applied for in Gildabrook"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Core group 3 minutes with the updated plan: each action tagged carried
#    over, changed or new, with Who / When / How we'll know sub-bullets; the
#    done ones listed apart for the record. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b223_garrowmede_core_group_minutes_carried_changed_new_thornley.md",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-3-minutes-md-meeting-details-present-list-with-initials-numbered-minute-items-news-since-cg2-the-children-going-through-last-plan-narrative-scaling-then-updated-plan-numbered-actions-tagged-carried-over-changed-was-now-new-with-who-when-how-well-know-sub-bullets-then-done-since-cg2-for-the-record-outcomes-contingency-legal-next-meetings",
    "description": (
        "Exemplary core group record in minutes form for a 7-month-old and a 5-year-old on plans for "
        "neglect because their father drinks (he fell asleep drunk on the sofa holding the baby); the "
        "paternal grandmother is at the house on the mother's late shifts. Meeting details, who was "
        "there with initials, numbered minutes (news since core group 2, Leo's words and Ruby's days, "
        "going through last time's plan, scaling), then the updated plan: numbered actions tagged "
        "CARRIED OVER, CHANGED (with 'Was' and 'Now') or NEW, each with Who / When / How we'll know "
        "sub-bullets, and the done ones listed apart for the record only. The alcohol service's worker "
        "tests and reports on the father's potential to change; the contingency covers the father "
        "drinking and the grandmother being unable to come, and a legal planning meeting follows named "
        "triggers; next core groups and the review conference are dated."
    ),
    "text": """\
# Garrowmede Council Children's Services

## Core group meeting 3: minutes and updated plan
**Ruby Thornley** (born 04/06/2025, 7 months) and **Leo Thornley** (born 21/02/2020, 5)

| | |
|---|---|
| Date and place | Thursday 15/01/2026, 10am, Garrowmede Family Hub, Quarry Road |
| Chair and minutes | Becky Lowe (BL), social worker |
| Plan | Child protection plans (neglect) since 02/10/2025; continued at the review conference on 18/12/2025 |
| Last core group | Core group 2, 13/11/2025 (the review conference took the December slot) |

**Present:** Amy Thornley (Mum); Jake Thornley (Dad); Carol Thornley (Nan, Jake's mum); Becky Lowe (BL),
social worker; Sanjay Mistry (SM), recovery worker, Garrowmede Recovery Hub (alcohol service); Helen
Gray (HG), health visitor; Mrs Diane Ford (DF), Leo's Reception teacher and DSL, Garrowmede Primary
School; Tracey Bell (TB), family support worker, Garrowmede Family Hub; Kate Ibbotson (KI), ELSA,
Garrowmede Primary School.
**Apologies:** Dr Owen Price, GP (report sent).

### 1. Welcome

BL reminded everyone that the plan is about Ruby and Leo being safe when their dad has been drinking,
and that the core group's job is to check the plan is working and change what isn't.

### 2. News since core group 2

- SM: Jake has been to 7 of 8 keywork sessions since the review conference (missed 29/12/2025, ill).
  Breath tests at all 7 were zero. His PEth blood test on 22/12/2025 was 48 ng/mL, down from 190 in
  November, which fits with much less drinking but not with none.
- Jake said he drank at his brother's on New Year's Eve but not at home, and not when he had the
  children. Amy agreed.
- HG: Ruby weighed 7.9 kg on 12/01/2026 (50th centile), sleeping in her cot in the parents' room.
- DF: Leo's attendance this term is 100%. He has been "chattier" in class and drew his family "at the
  park" on 09/01/2026.
- TB: three of four evening routine sessions done. Jake and Amy now have a bedtime chart for Leo.
- GP (by letter): Jake has been prescribed thiamine; he has asked about acamprosate and has an
  appointment on 21/01/2026.

### 3. The children

**Leo** (seen on his own by BL in school on 12/01/2026): "Daddy's not doing the smelly drink now. He
does my bath." "I like when Nana comes on Tuesdays, we do Lego." "Sometimes I'm scared when Daddy's
asleep and Ruby cries." He scored his home 8 out of 10 ("it was 5 at Christmas time").

**Ruby** (HG and BL at home, 12/01/2026): Ruby sits on her own and reaches for Leo's toys. She smiled
and babbled at Jake when he picked her up and settled on his shoulder. She cried at a loud noise from
the TV and was soothed by Amy within a minute. Her cot had only a fitted sheet and a baby sleeping bag.

### 4. Going through last time's plan

BL went through each action from the plan agreed at the review conference. Most are carried over as
they were. Three have been changed: the PEth tests (now with random breath tests at home), Carol's
evenings (now fixed days and times), and Tracey's sessions (now on the evenings Jake finds hardest).
Four new actions were agreed. Four one-off actions are done and are listed at item 6 for the record
only; they are not part of the plan now.

### 5. Scaling

On a scale of 0 (the children are not safe) to 10 (the plan can end), the core group's scores were 5
to 7; Amy said 7, Jake 6, BL 5. BL said the PEth result is the main reason hers is not higher.

## Updated plan (agreed at core group 3)

1. **[CARRIED OVER]** BL will visit at home, see Leo on his own and Ruby awake, with at least one
   visit in three unannounced after 6pm.
   - Who: Becky Lowe (BL), social worker
   - When: every week until the review conference on 16/04/2026
   - How we'll know: visit records within 48 hours, with Leo's words and what BL saw of Ruby's care

2. **[CARRIED OVER]** Jake will go to his keywork sessions and be breath-tested at each one, so that
   he is sober whenever he is caring for Ruby and Leo.
   - Who: Jake
   - When: every Monday at 10am at the Recovery Hub
   - How we'll know: SM's attendance and breath test record, sent to BL every fortnight

3. **[CHANGED]** Alcohol testing. Was: "PEth blood test monthly". Now: a PEth blood test every four
   weeks, and a random breath test at home once a fortnight on a day Jake is not told about.
   - Who: Sanjay Mistry (SM), Garrowmede Recovery Hub
   - When: PEth on 19/01/2026, 16/02/2026 and 16/03/2026; home breath tests fortnightly from
     19/01/2026
   - How we'll know: results sent to BL within 3 working days; PEth below 20 ng/mL by the March test

4. **[NEW]** SM will assess Jake's potential to change: what has changed in his drinking, the steps
   still needed, and how long they are likely to take, in the time Ruby and Leo need.
   - Who: Sanjay Mistry (SM), with the Recovery Hub's consultant, Dr Ruth Hale
   - When: written report by 02/04/2026, two weeks before the review conference
   - How we'll know: report to BL and the core group, included in the conference papers

5. **[CARRIED OVER]** Jake will not care for Ruby or Leo on his own, and will not drink at home,
   until the core group agrees he can (not before 8 weeks of clear tests).
   - Who: Jake
   - When: every day from 18/12/2025 until the core group agrees otherwise
   - How we'll know: BL breath-tests Jake at her unannounced visits (Jake agreed); Amy tells BL the
     same day if he drinks at home

6. **[CHANGED]** Carol's evenings. Was: "Carol to be at the house when Amy works late". Now: Carol
   will be at the house on Tuesday and Thursday evenings from 4pm until Amy is home at 10pm, and will
   do Ruby's and Leo's bedtimes.
   - Who: Carol Thornley (Nan)
   - When: every Tuesday and Thursday
   - How we'll know: Carol signs the evening sheet on the fridge; BL reads it at each visit

7. **[CARRIED OVER]** HG will weigh Ruby and plot her weight on her centile chart, and check her
   sleeping place.
   - Who: Helen Gray (HG), health visitor
   - When: every two weeks at home
   - How we'll know: weights in the red book and HV record, shared with BL; weight stays on the 50th
     centile line

8. **[NEW]** HG will do Ruby's 9-12 month development review with an ASQ-3.
   - Who: Helen Gray (HG), health visitor
   - When: by 06/03/2026
   - How we'll know: ASQ-3 scores sent to BL and discussed at core group 5

9. **[CARRIED OVER]** DF will check in with Leo at the classroom door each morning and tell BL of
   anything Leo says about home.
   - Who: Mrs Diane Ford (DF), Reception teacher and DSL
   - When: every school day at 8.45am
   - How we'll know: weekly summary of attendance and CPOMS notes e-mailed to BL every Friday

10. **[CHANGED]** TB's sessions. Was: "parenting sessions at home". Now: four evening sessions with
    Amy and Jake on Leo's bedtime, Ruby's safe sleep, and a written plan for the evenings when Jake
    has a craving.
    - Who: Tracey Bell (TB), family support worker
    - When: Wednesdays at 5pm, 21/01/2026 to 11/02/2026
    - How we'll know: session records, and the evening plan signed by Amy and Jake and copied to BL

11. **[NEW]** KI will do feelings work with Leo about "Daddy's drink" and what to do if he is scared
    at home.
    - Who: Kate Ibbotson (KI), ELSA
    - When: Thursdays at 2pm for 6 weeks from 22/01/2026
    - How we'll know: Leo's feelings chart at the first and last sessions and his own words, shared
      with BL

12. **[NEW]** Amy will go to the Family Hub's group for family members of people who drink, so that
    she can keep Ruby and Leo safe on the evenings Jake has been drinking.
    - Who: Amy
    - When: Mondays at 7pm for 6 weeks from 19/01/2026
    - How we'll know: group register, copied to BL by the group leader

## 6. Done since core group 2 (for the record only; not part of the plan now)

- Jake's referral to Garrowmede Recovery Hub: done 20/11/2025 (BL).
- Smoke alarms and a stair gate fitted by Garrowmede Fire and Rescue: done 08/12/2025.
- Cot and safe sleep check with Amy and Jake: done 14/11/2025 (HG).
- Leo's hearing test at Garrowmede Audiology: done 06/01/2026, normal.

## 7. What we want for Ruby and Leo (unchanged from the review conference)

1. Ruby and Leo are cared for by a sober adult at all times.
2. Ruby sleeps safely in her cot and keeps growing well.
3. Leo is in school every day and can tell an adult he trusts how things are at home.
4. Ruby and Leo can stay at home with both parents because Jake's drinking no longer puts them at
   risk.

## 8. If things go wrong (reaffirmed and added to today)

- If Jake drinks at home, or is drunk while the children are with him, Amy asks him to leave and he
  goes to Carol's; Amy rings BL (or the Emergency Duty Team out of hours) the same day. If Jake will
  not leave, Amy rings 999.
- If Jake is found drunk while caring for Ruby or Leo on his own, BL (or the Emergency Duty Team)
  holds a strategy discussion with the police that day, and Jake stays at Carol's until it has met.
- If a breath test is positive, or a PEth result goes up, BL visits that day and Jake stays at Carol's
  until the next core group.
- If Carol cannot be at the house on a Tuesday or Thursday evening (she is ill or away), Amy does not
  work late that evening (her manager at the Garrowmede Co-op agreed this on 10/01/2026); if Amy must
  work, Jake stays at Carol's and Amy's friend Nicola Shaw (checked by BL on 12/01/2026) has the
  children until Amy is home, and Amy tells BL that day.

## 9. Legal planning

If Jake is found drunk while caring for the children, if two tests in a row are positive, or if SM's
report shows that the changes Ruby and Leo need are not being made, Rachel Amos (team manager) will
hold a legal planning meeting within 5 working days.

## 10. Next meetings

- Core group every four weeks at the Family Hub, Thursdays at 10am: 12/02/2026 (core group 4) and
  12/03/2026 (core group 5).
- Review child protection conference: 16/04/2026 at 2pm, Garrowmede Civic Centre.

Minutes agreed by Amy, Jake and Carol on 15/01/2026 and sent to everyone present and to Dr Price.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. A foster carer's placement plan joined to the child protection plan for
#    a looked-after 13-month-old now on a children's ward: the foster
#    carer's part, the ward part and the mother's part. Page header and
#    footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b223_gimmerholt_foster_placement_plan_on_the_ward_nolan.pdf",
    "doc_title": "Placement plan and ward plan - Archie Nolan",
    "split": "heldout",
    "actions": 15,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Gimmerholt Council Fostering Service · Placement plan and ward plan: Archie Nolan",
    "footer": "Child in care and child protection plan · review conference 05/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "foster-carer-placement-plan-joined-to-cp-plan-paged-header-footer-placement-details-kv-legal-status-why-archie-is-looked-after-and-on-galleon-ward-archies-day-at-denises-and-on-the-ward-shannon-and-denise-say-going-well-outcomes-then-three-tables-denises-part-task-who-when-record-kept-on-galleon-ward-what-who-when-how-well-know-shannons-part-then-if-things-go-wrong-legal-meetings",
    "description": (
        "A foster carer's placement plan, written by the fostering service with the child's social "
        "worker and joined to his child protection plan, for a 13-month-old accommodated under section "
        "20 with a foster carer and admitted to a children's ward with bronchiolitis and faltering "
        "growth (NG top-up feeds). His mother has depression and anxiety and is under the community "
        "mental health team. Placement details, why he is looked after and on the ward, Archie's day "
        "at his foster carer's and on the ward, his mother's and foster carer's words, going well and "
        "outcomes, then three tables (the foster carer's part, the ward part, Shannon's part). Faults: "
        "the foster carer stays on the ward 'as often as she can', the social worker visits 'when she "
        "is able' and the mother's family time on the ward is 'to be arranged with the ward', so no "
        "one is set to visit the looked-after baby in hospital at a stated frequency; the CPN only "
        "supports the mother, measured by visit dates; the dietitian's reviews are measured by "
        "'reviewed at core group'; and one outcome is about the mother only."
    ),
    "blocks": [
        ("title", "Placement plan and ward plan: Archie Nolan"),
        ("p", "Gimmerholt Council Fostering Service and Children's Services. This is Archie's placement plan "
              "with his foster carer, Denise Parkin, brought up to date on 15/01/2026 because Archie is in "
              "hospital, and joined to his child protection plan so that Denise, the ward, Shannon and every "
              "worker follow one plan. Written by Naomi Clarke (social worker) and Jo Hebden (Denise's "
              "supervising social worker) with Denise."),
        ("h1", "1. Archie and his placement"),
        ("kv", [
            ("Child", "Archie Nolan, born 14/12/2024 (13 months)"),
            ("Legal status", "Accommodated under section 20 of the Children Act 1989 since 02/12/2025, with "
                             "Shannon's agreement"),
            ("Placement", "Denise Parkin, foster carer, 6 Wharf Cottages, Gimmerholt (Gimmerholt Council "
                          "Fostering Service); Denise has two children of her own, aged 8 and 11"),
            ("In hospital", "Galleon Ward (children's ward), Gimmerholt General Hospital, since 12/01/2026"),
            ("Mum", "Shannon Nolan (20), 41 Tanner Street, Gimmerholt; depression and anxiety, under the "
                    "Gimmerholt Community Mental Health Team since 2024"),
            ("Dad", "Not named; no contact"),
            ("Child protection plan", "Neglect, from the initial conference on 13/11/2025"),
            ("Social worker", "Naomi Clarke, Children in Care Team (team manager: Ian Wardle)"),
            ("Independent reviewing officer", "Susan Kaye"),
            ("Consultant paediatrician", "Dr Kwame Asante"),
        ]),
        ("h1", "2. Why Archie is looked after and on Galleon Ward"),
        ("p", "Archie's weight fell from the 25th centile at birth to below the 2nd centile by his first "
              "birthday. He was often found in a wet, dirty nappy, with bottles of cold milk left in his cot, "
              "and missed his immunisations and three health visitor appointments. Shannon's mood was very "
              "low and she said she could not get out of bed to feed him. She asked for help, and Archie "
              "came to Denise on 02/12/2025. He began to gain weight, but on 12/01/2026 he was admitted with "
              "bronchiolitis, stopped feeding, and is now on nasogastric top-up feeds while he is tested "
              "for medical causes of his poor growth."),
        ("h1", "3. Archie's day"),
        ("p", "At Denise's: Archie wakes at about 6.30am and shouts until someone comes; he lifts his arms to "
              "Denise and has started to say \"da-da\" to her. He loves the bath and bangs the water with "
              "both hands. At first he ate fast, as if he did not know when the next meal would come, and "
              "hid crusts in his sleeves; by early January he was eating slowly and pushing food away when "
              "he was full."),
        ("p", "On Galleon Ward (nursing notes and Naomi's visit on 14/01/2026): Archie is in a cot with sides, "
              "with the NG tube taped to his cheek. He cries and reaches when anyone in a uniform comes near, "
              "and goes quiet and watchful when no one he knows is there. When Denise holds him he leans into "
              "her and takes more of his bottle. He pulled his tube out twice on the first night, when he was "
              "on his own."),
        ("h1", "4. What Shannon and Denise say"),
        ("p", "Shannon: \"I want him home when I'm better. I feel like the worst mum in the world that he's in "
              "hospital. I don't know if I can go in there, all the nurses will judge me.\" Denise: \"He's "
              "such a little fighter. He needs a face he knows, he's frightened of the nurses. I'll do what "
              "I can, but I've got my two to get to school.\""),
        ("h1", "5. What is going well"),
        ("bullets", [
            "Archie gained 420 g in his first five weeks with Denise.",
            "Shannon came to every supervised family time at the family centre in December.",
            "Archie has had his missed immunisations.",
            "Denise has kept a placement diary every day since Archie came.",
        ]),
        ("h1", "6. What we want for Archie"),
        ("numbers", [
            "Archie gains weight steadily and gets back towards his 25th centile line.",
            "Archie has a familiar adult with him for part of every day he is in hospital, and is comforted "
            "when he is frightened.",
            "Archie leaves hospital to a carer who can manage his feeds, and all his health checks are up to "
            "date.",
            "Shannon's mood is stable and she feels more confident as a parent.",
        ]),
        ("h1", "7. The plan"),
        ("h2", "Denise's part (foster carer)"),
        ("table", {
            "header": ["Task", "Who", "When", "Record kept"],
            "widths": [6.8, 3.4, 3.3, 3.5],
            "rows": [
                ["Stay with Archie on Galleon Ward, do his cares and hold him for his feeds",
                 "Denise Parkin, foster carer",
                 "As often as she can, around her own children",
                 "Ward visitors' book and the placement diary"],
                ["Keep the placement diary (Archie's feeds, weight, sleep, mood and family time) and e-mail "
                 "it to Naomi and Jo",
                 "Denise Parkin, foster carer",
                 "Every Friday",
                 "Diary on Archie's file"],
                ["Learn Archie's tube care and feed plan from the ward nurses before he comes home",
                 "Denise Parkin, foster carer",
                 "Before discharge",
                 "Competency sign-off by the children's community nursing team, copied to Naomi"],
                ["Take Archie to the dietitian and paediatric clinic after he leaves hospital",
                 "Denise Parkin, foster carer",
                 "At every appointment, the first two weeks after discharge",
                 "Clinic letters and weights in the red book and the diary"],
            ],
        }),
        ("h2", "On Galleon Ward"),
        ("table", {
            "header": ["What", "Who", "When", "How we'll know"],
            "widths": [6.8, 3.4, 3.3, 3.5],
            "rows": [
                ["Weigh Archie and plot his weight on his centile chart",
                 "Nurse in charge, Galleon Ward",
                 "Every morning at the 6am cares",
                 "Centile chart in the ward notes; weights e-mailed to Naomi each Monday"],
                ["Give Archie's NG top-ups after each bottle and record what he takes by mouth and by tube",
                 "Nurse in charge, Galleon Ward",
                 "At every feed",
                 "Feeding chart at the cot side"],
                ["Dietitian review of Archie's feeding plan and calorie intake",
                 "Sarah Pym, paediatric dietitian",
                 "Twice a week until discharge",
                 "Reviewed at core group"],
                ["Tests for medical causes of Archie's poor growth, and a written medical opinion on why "
                 "his weight fell",
                 "Dr Kwame Asante, consultant paediatrician",
                 "By 30/01/2026",
                 "Written medical report to Naomi and the core group"],
                ["Visit Archie on Galleon Ward, see him awake, and talk with the nurse in charge and Denise",
                 "Naomi Clarke, social worker",
                 "When she is able",
                 "Visit record within 48 hours"],
                ["Family time for Shannon with Archie on the ward, supervised by the family time worker",
                 "Lisa Grant, family time worker, Gimmerholt Family Time Service",
                 "To be arranged with the ward",
                 "Family time record after each session"],
                ["Order Archie's home feeding pump and supplies, and book the children's community nursing "
                 "team's first visit to Denise's home",
                 "Sister Amy Reid, Galleon Ward discharge coordinator",
                 "Before discharge",
                 "Delivery note and the community nursing visit date, copied to Naomi and Denise"],
            ],
        }),
        ("h2", "Shannon's part"),
        ("table", {
            "header": ["What", "Who", "When", "How we'll know"],
            "widths": [6.8, 3.4, 3.3, 3.5],
            "rows": [
                ["Carry on seeing Shannon every fortnight to support her with her low mood and anxiety",
                 "Phil Dawson, CPN, Gimmerholt Community Mental Health Team",
                 "Every two weeks",
                 "Dates of visits sent to Naomi"],
                ["Review Shannon's antidepressant and write to Naomi about how her mood affects her care "
                 "of Archie",
                 "Dr Meera Joshi, GP, Gimmerholt Health Centre",
                 "By 13/02/2026",
                 "GP letter on Archie's file"],
                ["Circle of Security parenting group at Gimmerholt Family Hub",
                 "Shannon",
                 "Thursdays at 10am for 8 weeks from 15/01/2026",
                 "Group register and the facilitator's end-of-group report to Naomi"],
                ["Parenting assessment of Shannon, including what she would need to care for Archie at home",
                 "Naomi Clarke, social worker",
                 "By 20/03/2026",
                 "Assessment report shared with Shannon and the core group"],
            ],
        }),
        ("h1", "8. If things go wrong"),
        ("bullets", [
            "If Shannon, or anyone else, tries to take Archie off Galleon Ward, the nurse in charge calls "
            "hospital security and the police, and rings Naomi (or the Emergency Duty Team out of hours); "
            "Naomi holds a strategy discussion with the police and the hospital the same day.",
            "If Shannon withdraws her agreement to Archie being accommodated, Naomi tells Ian Wardle the same "
            "day and Archie stays on the ward until a legal planning meeting has been held.",
            "If Denise cannot carry on caring for Archie, the fostering service's duty worker finds another "
            "foster carer before he is discharged, and Archie stays on the ward until then.",
        ]),
        ("h1", "9. Legal planning"),
        ("p", "If Shannon withdraws her section 20 agreement or tries to remove Archie, or if Dr Asante's "
              "report finds that Archie's weight fell because he was not fed enough, Ian Wardle (team manager) "
              "will hold a legal planning meeting within 2 working days to decide whether to apply for a care "
              "order."),
        ("h1", "10. Meetings"),
        ("bullets", [
            "Core group every four weeks on Galleon Ward or at Denise's: 22/01/2026 and 19/02/2026.",
            "Review child protection conference: 05/02/2026 at 2pm, Gimmerholt Civic Centre.",
            "Child in care review: 03/03/2026 (the first was held on the ward on 13/01/2026).",
        ]),
    ],
    "findings": [
        F("T002", "Stay with Archie on Galleon Ward, do his cares"),
        F("T002", "Visit Archie on Galleon Ward, see him awake"),
        F("T002", "Family time for Shannon with Archie on the ward"),
        F("L001"),
        F("H001", "Carry on seeing Shannon every fortnight to support her"),
        F("M002", "Dietitian review of Archie's feeding plan and calorie intake"),
        F("F002", "Shannon's mood is stable and she feels more confident as a parent."),
    ],
})
