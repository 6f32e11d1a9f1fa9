"""Batch 223, module h: seven fictional plans (held-out material), places beginning with "h".

Batch: 223. Letter: h. Split: heldout (every plan).

Everything here is made up: babies, children, young people, parents,
relatives, professionals, hospitals, wards, schools, nurseries, hostels,
prisons, foster carers, youth and adult services and councils. Any
resemblance to real people, places or cases is a coincidence. The labels
were written by hand from docs/rules.md and the conventions in
sample_plans/README.md (conventions 1 to 13), without running planlint or
reading its code.

Focus: plans written by one agency, or for one part of the child's life.
Each plan is the child protection plan as a particular writer or setting
shapes it, so its layout and voice are not a social worker's usual
template: a neonatal unit's care and discharge plan joined to the child
protection plan, a primary school DSL's plan with the team around the
child, a community mental health team's CPA care plan for a mother with a
column saying what each part means for her son, a foster carer's
placement plan for a looked-after toddler, a contextual safeguarding plan
written partly to a 15-year-old, a transfer-out handover saying who holds
what until the receiving council's conference, and a core group's updated
plan in minutes form with actions carried over, changed, new and done.
Owners are roles of the setting ("nurse allocated to Rosie", "DSL", "key
adult", "care coordinator", "night nurse", "supervising social worker");
times are in the setting's rhythm ("every feed", "every school day at
8.50am", "at each CPA review", "every Monday and Thursday at the 2am
cares"); checks are in its records (Finnegan and feeding charts, weights
on the centile chart, registers, CPOMS summaries sent to a named worker,
RiO letters, the carer's daily log, patrol logs).

1. Hexingham (pdf, header and footer): the neonatal unit's care and
   discharge plan for a 16-day-old baby with neonatal abstinence
   syndrome, accommodated under section 20 on the unit, joined to her
   child protection plan. Faults: the mother's visits "as often as she
   can" (T002); a discharge planning meeting with "-" for who (W001); the
   outreach referral with an empty "How we will know" (M001); the
   mother's methadone and heroin use recorded with no adult service owning
   an action (F004); and no one set to visit the looked-after baby on the
   unit at a stated frequency: the social worker only rings, the foster
   carer comes on the day of discharge (L001).
2. Hilbourne (md, exemplary): a primary school DSL's plan for an 8-year-old
   in Year 4 (neglect): a daily check-in with a key adult, breakfast
   club, lunches, first-day calling, spare uniform, a learning mentor,
   weekly CPOMS summaries, then the team around Maisie; her grandmother's
   school mornings have a fallback.
3. Hartingdale (docx): a community mental health team's CPA care plan for a
   mother with bipolar disorder after an admission, with a "What this
   means for Kayden" column and the care coordinator's assessment of her
   potential for change. Faults: the psychologist's sessions only treat
   (H001); the Recovery College group "when Danielle feels ready" (T002);
   the nursery's part checked by "monitored by nursery staff" (M002); an
   outcome about the mother only (F002); a crisis and contingency part
   whose trigger is only her mental health deteriorating and whose
   response is to review and discuss (C002); and no legal planning (R002).
4. Haldersby (docx, exemplary): a foster carer's placement plan for a
   looked-after 2-year-old under section 20, whose child protection plan
   continues: the carer's part owned by a heading naming her, the other
   parts by their leads; family time supervised by the grandmother has a
   fallback.
5. Hulbury (pdf, header and footer, exemplary): a contextual safeguarding
   plan written partly to a 15-year-old at risk of criminal exploitation
   ("you" is Kian): places and people, his own part, the adults' part,
   and a safety plan; the alcohol service reports on his mother's
   progress.
6. Hennington (txt): a transfer-out handover print saying who holds what
   until the receiving council's (Hoverby's) transfer-in conference, for
   a 6-year-old and a 2-year-old (neglect). Faults: the parenting
   assessment handed to Hoverby's team "within four weeks of the
   transfer-in conference" (X001); the speech and language referral left
   to Hoverby's health visitors "once the family are settled" (X001,
   T002); "All agencies" sharing concerns (W002); the nursery's check
   "monitored by nursery" (M002); the dental registration with "-" for
   its check (M001); and a transfer-in conference "date to be confirmed"
   with no review conference date (R001).
7. Hesterley (md, exemplary): core group 3 minutes for a 9-month-old and a
   5-year-old (neglect, the father's depression): the actions gone through
   one by one as carried over, changed, new and done, the done ones kept
   only for the record; the community mental health team reports on the
   father's capacity to change, the steps and the likely timescale.

Four plans (2, 4, 5 and 7) are exemplary: every action has a named owner
(a role of the setting, a person, "you" where the plan is written to Kian,
or the carer under the heading naming her part), a real timescale in the
setting's rhythm and something that can be seen, counted or read; every
outcome is about the child; each contingency has specific triggers and
concrete protective responses and says what happens if a relative's help
fails; each records the child's voice or observed day, core group dates
and a dated review conference, and legal planning after named triggers;
where a parent is ill an adult service owns work and reports on the
parent's capacity to change.

Counting convention used for "actions" (README convention 1): each row of
an action table (care plan, school plan, team around, CPA needs, placement
parts, "your part" and "our part", the handover's numbered holdings) and
each live action of the core group minutes counts once, whatever number of
sentences it holds. Patient and pupil details, clinical summaries, who's
who tables, a baby's day on the unit, places and people maps, the child's
and parents' words, outcomes, relapse signatures, safety plans,
contingencies, meeting dates, the review of last time's actions and the
done actions kept for the record are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. The neonatal unit's care and discharge plan for a baby with neonatal
#    abstinence syndrome, looked after under section 20 on the unit, joined
#    to her child protection plan. Faulty (pdf, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b223_hexingham_nnu_care_and_discharge_plan_visits_quayle.pdf",
    "doc_title": "Neonatal Care and Discharge Plan - Baby Rosie Quayle",
    "split": "heldout",
    "actions": 13,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Hollesby Neonatal Unit, Hexingham Royal Infirmary · Baby Rosie Quayle",
    "footer": "NNU care and discharge plan, version 2 (19/12/2025) · Page {PAGE} of {NUMPAGES}",
    "template": "neonatal-unit-care-and-discharge-plan-joined-to-cp-plan-paged-header-footer-patient-label-table-clinical-summary-finnegan-morphine-wean-feeds-weights-rosies-day-on-the-unit-kerrys-words-outcomes-then-area-plan-who-when-how-we-will-know-care-plan-table-then-if-things-change-meetings",
    "description": (
        "The neonatal unit's care and discharge plan, joined to the child protection plan, for a "
        "16-day-old baby born at 35 weeks with neonatal abstinence syndrome (her mother is on a "
        "methadone script and used heroin late in pregnancy; her father is in prison). She is "
        "accommodated under section 20 on the unit and will go to a foster carer when she is off "
        "morphine. A patient label table, a clinical summary (Finnegan scores, morphine wean, feeds "
        "and weights), Rosie's day on the unit as the nurses see it and her mother's words come "
        "before an Area / Plan / Who / When / How we will know table timed by feeds, shifts and "
        "discharge. Faults: the mother's visits 'as often as she can'; a discharge planning meeting "
        "with '-' for who; the community outreach referral with an empty 'How we will know'; the "
        "mother's methadone and heroin use recorded with no adult service owning any action (she "
        "owns her own script); and no one set to visit the looked-after baby at a stated frequency "
        "(the social worker rings the unit weekly, the foster carer comes on the day of discharge)."
    ),
    "blocks": [
        ("title", "Neonatal Care and Discharge Plan"),
        ("p", "Hollesby Neonatal Unit, Hexingham Royal Infirmary (Hexingham Hospitals NHS Trust), with "
              "Hexingham Council Children's Services. This is the unit's part of Rosie's child protection "
              "plan, agreed at the initial child protection conference held in the unit's family room on "
              "18/12/2025. It is kept at the front of Rosie's cot-side folder and updated at the weekly "
              "consultant ward round (Tuesdays)."),
        ("table", {
            "rows": [
                ["Baby", "Rosie Quayle, born 02/12/2025 at 35+2 weeks by emergency caesarean section; "
                         "birth weight 2.08 kg"],
                ["Cot", "Special care bay, cot 7"],
                ["Consultant", "Dr Priya Raman, consultant neonatologist"],
                ["Named nurse", "Charlotte Webb, neonatal staff nurse"],
                ["Mother", "Kerry Quayle (29), Harroway House hostel, Station Road, Hexingham HX2 4DP"],
                ["Father", "Dean Mottram (33), in HMP Hatherwick until at least March 2026; he has not seen "
                           "Rosie"],
                ["Legal status", "Accommodated under section 20 of the Children Act 1989 since 09/12/2025, "
                                 "with Kerry's signed agreement"],
                ["Child protection plan", "Neglect, from the initial conference on 18/12/2025"],
                ["Social worker", "Abigail Mensah, Hexingham Children's Services, Assessment and Intervention "
                                  "Team (team manager: Graham Tully)"],
                ["Foster carer for discharge", "Janice Pryor, Hexingham Fostering Service"],
                ["Hospital safeguarding", "Fiona Drury, named nurse for safeguarding children"],
            ],
            "widths": [4.2, 12.8],
            "bold_first_col": True,
        }),
        ("h1", "Clinical summary"),
        ("p", "Kerry was prescribed methadone (60 ml daily, supervised) by Harbeck Recovery Service throughout "
              "the pregnancy and told the midwife at 34 weeks that she had also used heroin \"a few times\" in "
              "the last month. Rosie's cord sample was positive for methadone and morphine. She developed "
              "neonatal abstinence syndrome at 30 hours old: a high-pitched cry, tremors, loose stools and poor "
              "feeding, with modified Finnegan scores up to 14. Oral morphine was started on 03/12/2025 and is "
              "weaned by 10% when three scores in a row are under 8; on 18/12/2025 she was on 0.02 mg/kg "
              "four-hourly."),
        ("p", "Her nasogastric tube came out on 14/12/2025. She now takes 60 ml of formula by bottle every three "
              "hours; expressed breast milk is not advised while Kerry is using heroin. Her weight on "
              "17/12/2025 was 2.21 kg, on the 9th centile for her corrected age."),
        ("h1", "Rosie's day on the unit"),
        ("p", "Rosie wakes for her feeds about every three hours and takes most of each bottle if she is fed "
              "slowly and upright, with rests. She settles best swaddled, held against a shoulder, with the "
              "lights dimmed and the curtains round her cot; she startles and cries at the monitor alarms in "
              "the bay. After a difficult night her tremors are worse and she needs more holding. Nurses "
              "noted that when Kerry visited on 12/12/2025 and 15/12/2025 Rosie settled in her arms after "
              "a feed and Kerry sang to her. On the other days since 09/12/2025 her cares have been done by "
              "the nurses and, in the afternoons, by the unit's volunteer cuddler."),
        ("h1", "What Kerry says"),
        ("p", "Kerry said at the conference: \"I love her to bits. I know I can't have her yet, I'm not daft.\" "
              "\"The hostel's two buses away and I haven't got the fare every day.\" \"I want her to know "
              "who her mum is.\" She agrees that Rosie should go to a foster carer when she leaves the unit "
              "and wants to see her there."),
        ("h1", "What we want for Rosie"),
        ("numbers", [
            "Rosie is weaned off morphine, and her Finnegan scores stay under 8 for 72 hours with no "
            "treatment.",
            "Rosie feeds well by bottle and gains weight steadily, staying on or above the 9th centile.",
            "Rosie leaves the unit to a safe foster home with a carer who knows her cares, and with her "
            "follow-up booked.",
            "Rosie keeps her bond with her mum through time together on the unit and after discharge.",
        ]),
        ("h1", "Care plan"),
        ("p", "\"When\" is given in the unit's own rhythm: every feed is three-hourly, and \"before "
              "discharge\" means before Rosie leaves the unit, expected in the week beginning 12/01/2026."),
        ("table", {
            "header": ["Area", "Plan", "Who", "When", "How we will know"],
            "widths": [2.0, 5.6, 3.2, 2.8, 3.4],
            "rows": [
                ["Withdrawal",
                 "Score Rosie on the modified Finnegan chart after every feed, and wean the morphine by 10% "
                 "when three scores in a row are under 8",
                 "Nurse allocated to Rosie; each wean signed off by Dr Raman",
                 "Every feed; wean reviewed every 48 hours",
                 "Scores on the Finnegan chart; dose on the drug chart; off morphine by 09/01/2026"],
                ["Feeds",
                 "Give Rosie her formula by bottle, slowly and upright, increasing the volume with her weight "
                 "as the unit dietitian advises, and record what she takes",
                 "Nurse allocated to Rosie",
                 "Every feed",
                 "Feeding chart shows at least 150 ml/kg/day taken by bottle"],
                ["Weight",
                 "Weigh Rosie naked on the cot-side scales and plot her weight on the centile chart",
                 "Night nurse caring for Rosie",
                 "Every Monday and Thursday at the 2am cares",
                 "Weight on the UK-WHO chart on or above the 9th centile"],
                ["Family time",
                 "Kerry to visit Rosie and do her cares (feeds, nappy, bath and skin-to-skin) with a nurse "
                 "alongside",
                 "Kerry Quayle (Mum)",
                 "As often as she can",
                 "Each visit and the cares Kerry did written in the parents' visiting book"],
                ["Family time",
                 "Record each visit by Kerry, who came with her and how she presented, on the visiting record "
                 "and the safeguarding page of the BadgerNet notes",
                 "Nurse in charge of the shift",
                 "Every visit, before the end of the shift",
                 "Visiting record; Fiona Drury e-mails a summary to Abigail every Friday"],
                ["Social work",
                 "Ring the nurse in charge for an update on Rosie's scores, feeds, weight and visits, and "
                 "write it up on Rosie's file",
                 "Abigail Mensah (SW)",
                 "Every Monday",
                 "Case note on Rosie's file each Monday"],
                ["Social work",
                 "Go through the section 20 agreement with Kerry again, with an advocate from Hexingham "
                 "Advocacy, and check that she still agrees",
                 "Abigail Mensah (SW)",
                 "By 09/01/2026",
                 "Signed agreement and the advocate's note on Rosie's file"],
                ["Mum",
                 "Kerry to collect her supervised methadone from the pharmacy and keep her keyworker "
                 "appointments at Harbeck Recovery Service",
                 "Kerry Quayle (Mum)",
                 "Daily; keyworker appointments fortnightly",
                 "Kerry shows her appointment card to the nurse in charge"],
                ["Discharge",
                 "A discharge planning meeting will be held with the foster carer, Kerry and the community "
                 "team before Rosie leaves the unit",
                 "-",
                 "Before discharge",
                 "Discharge plan signed and copied to Janice Pryor, Abigail and the GP"],
                ["Discharge",
                 "On the day of discharge, show Janice Rosie's feeds, her withdrawal signs and how to settle "
                 "her, and go through her medicines",
                 "Charlotte Webb, named nurse",
                 "On the day of discharge",
                 "Discharge competency checklist signed by Charlotte and Janice"],
                ["Discharge",
                 "Complete Rosie's newborn hearing screen and her discharge examination",
                 "Dr Priya Raman, consultant",
                 "Before discharge",
                 "Results in Rosie's red book and in the discharge letter to the GP"],
                ["Discharge",
                 "Refer Rosie to the Hexingham community neonatal outreach team for home visits after "
                 "discharge",
                 "Charlotte Webb, named nurse",
                 "Before discharge",
                 ""],
                ["After discharge",
                 "Take the handover from the unit and do a new-birth visit to Rosie at the foster home",
                 "Gemma Stroud, health visitor, Hexingham Health Visiting Service",
                 "Within 48 hours of discharge",
                 "New-birth visit record with Rosie's weight, sent to Abigail"],
            ],
        }),
        ("h1", "If things change"),
        ("bullets", [
            "If Kerry arrives on the unit smelling of alcohol, drowsy, or with pinned pupils or slurred "
            "speech, the nurse in charge will not let her hold or feed Rosie, will ask her to leave if she "
            "is unsafe, and will ring Abigail (or the Emergency Duty Team out of hours) the same day.",
            "If anyone tries to take Rosie from the unit without Abigail's agreement, the nurse in charge "
            "rings hospital security and the police on 999.",
            "If Kerry withdraws her agreement to section 20, Graham Tully (team manager) will hold a legal "
            "planning meeting the same day to decide whether to apply for an emergency protection order or "
            "an interim care order.",
            "If Kerry uses heroin again, or does not come to the discharge planning meeting, Graham Tully "
            "will hold a legal planning meeting within 5 working days to decide whether to start care "
            "proceedings before Rosie leaves the unit.",
            "If Janice Pryor cannot take Rosie when she is ready to leave, Rosie stays on the unit until "
            "Hexingham Fostering Service finds another approved foster carer; she will not be discharged "
            "to Kerry.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Consultant ward round every Tuesday at 10am; the plan is updated there.",
            "Core group at 2pm in the unit's family room: 08/01/2026 and 29/01/2026, then every three weeks "
            "at the foster home after discharge.",
            "Review child protection conference: 10/03/2026 at 10am, Hexingham Civic Centre.",
        ]),
        ("p", "Plan written by Charlotte Webb and Fiona Drury with Abigail Mensah on 19/12/2025. Copies to "
              "Kerry, Abigail, Janice Pryor's supervising social worker, the GP and the health visitor."),
    ],
    "findings": [
        F("T002", "Kerry to visit Rosie and do her cares"),
        F("W001", "A discharge planning meeting will be held with the foster carer"),
        F("M001", "Refer Rosie to the Hexingham community neonatal outreach team"),
        F("F004"),
        F("L001"),
    ],
})


# ---------------------------------------------------------------------------
# 2. A primary school DSL's plan: the school's part of an 8-year-old's child
#    protection plan, then the team around her. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b223_hilbourne_primary_dsl_plan_key_adult_team_around_kershaw.md",
    "split": "heldout",
    "actions": 16,
    "template": "primary-school-dsl-plan-md-schools-part-of-cp-plan-pupil-details-table-what-maisie-tells-us-three-houses-why-going-well-outcomes-then-our-plan-in-school-no-what-school-will-do-who-in-school-when-in-maisies-day-what-well-see-and-where-then-team-around-maisie-who-what-when-how-well-know-then-if-we-are-worried-meetings",
    "description": (
        "Exemplary plan written by a primary school's designated safeguarding lead as the school's "
        "part of an 8-year-old's child protection plan (neglect: she arrives hungry, late and in "
        "unwashed uniform, has been left to get herself to school on her mother's early shifts, and "
        "the flat has mould and a broken washing machine). Maisie's own words from a Three Houses "
        "session with her key adult, then 'Our plan in school' (No. / What school will do / Who in "
        "school / When in Maisie's day / What we'll see and where) in the school's rhythm (every "
        "school day at 8.50am, every lunchtime, every Friday by 3pm) with checks in registers, "
        "CPOMS and a worry scale, and 'The team around Maisie' (the social worker, family support "
        "worker, school nurse, housing officer, her mother and her grandmother). The contingency has "
        "specific triggers, a fallback if the grandmother cannot do a school morning and a legal "
        "planning meeting after named triggers; core group and review dates are set."
    ),
    "text": """\
# Hopewick Primary School - Safeguarding

## Maisie Kershaw: our part of her child protection plan (DSL plan)

Written by Mrs Joanna Hale (Designated Safeguarding Lead) with Tom Aske (social worker, Hilbourne
Council Children's Services) after Maisie's initial child protection conference on 13/01/2026, and
talked through with Maisie and her mum, Nicole, on 15/01/2026. The first table is what school will do
every day. The second is everyone else's part, so that the whole team around Maisie is on one page.

| Pupil details | |
|---|---|
| **Name** | Maisie Kershaw, born 22/07/2017 (8), Year 4, class 4C (Mr Ben Carrow) |
| **Home** | Flat 3, 18 Linnet Street, Hilbourne HB4 7RT, with her mum Nicole Kershaw (34) |
| **Nan** | Sandra Kershaw (61), 5 Wren Close, Hilbourne, ten minutes' walk from school |
| **Category** | Neglect, from 13/01/2026 |
| **Key adult** | Miss Priya Lal, teaching assistant in 4C |
| **Social worker** | Tom Aske, Hilbourne Children's Services, Family Safeguarding Team (team manager: Karen Whitlow) |
| **Attendance** | 83% in the autumn term; late (after 9am) on 21 mornings |

### What Maisie tells us

Maisie did a Three Houses drawing with Miss Lal on 09/01/2026 and let us copy her words here.

- **House of good things:** "School dinners. Nan's house, she does pancakes. Drawing with Miss Lal.
  Mum when she's not tired."
- **House of worries:** "When Mum goes to work in the dark and I have to do my own breakfast and
  there isn't any. When people say I smell. The black stuff on my bedroom wall."
- **House of dreams:** "A washing machine that works. Going to Nan's every morning. Being in the
  choir."

She told Tom on her own on 12/01/2026: "I'm good at getting myself ready but I'm not good at the door,
the key's stiff." She said she sometimes gets to school late "because I wait to see if Mum comes back
for me". She wants Miss Lal to be the person she tells things to.

### Why Maisie has a plan

Nicole works early shifts as a care assistant (7am starts on Mondays, Tuesdays and Thursdays) and
cleans offices two evenings a week. On early-shift days Maisie, who is 8, has been left to get herself
up, dressed and to school; on 05/12/2025 a neighbour found her on the stairs at 8.40am, crying, unable
to lock the door. Staff have logged on CPOMS that she often arrives hungry and asks for seconds at
lunch, that her uniform is unwashed and sometimes damp, that she has had head lice since October, and
that other children have started to leave her out. The flat has black mould in Maisie's bedroom and
the washing machine has not worked since September. Nicole loves Maisie, wants help, and says she
"can't see a way to do the mornings and keep both jobs".

### What is going well

- Maisie is a kind, chatty girl who is doing well in reading and loves art.
- Nicole has come to every meeting and asked for help with the mornings herself.
- Nan, Sandra, has offered to take Maisie to school on Nicole's early-shift days.
- Maisie has a trusted adult in Miss Lal and has already told her about the mornings.

### What we want for Maisie

1. Maisie is never left on her own to get ready for or get to school; an adult gets her there safely
   every day.
2. Maisie has breakfast and a hot lunch every school day and is not hungry in class.
3. Maisie comes to school clean, in clean and dry clothes, free of head lice, and is not left out by
   other children because of it.
4. Maisie is in school every day and on time, with her attendance at 95% or more by the Easter
   holidays.
5. Maisie sleeps in a dry, warm bedroom without mould.

## Our plan in school

| No. | What school will do | Who in school | When in Maisie's day | What we'll see, and where |
|---|---|---|---|---|
| S1 | Meet Maisie at the classroom door for a check-in: has she had breakfast, how did she sleep, who brought her, anything she wants to tell | Miss Priya Lal, key adult | Every school day at 8.50am | Check-in sheet kept in the 4C safeguarding folder; anything worrying logged on CPOMS and sent to Mrs Hale by 9.30am |
| S2 | Give Maisie a free place at breakfast club | Mr Dave Orme, breakfast club lead | Every school day from 7.45am, from 19/01/2026 | Breakfast club register shows Maisie signed in and who brought her; copy to Tom each Friday |
| S3 | First-day calling: ring Nicole, then Nan, then Tom, if Maisie is not in by 9am | Mrs Karen Bale, attendance officer | Every school day by 9.15am | Register and call log e-mailed to Tom every Friday; attendance 95% or more by the Easter holidays |
| S4 | Make sure Maisie has a hot school lunch, and note whether she eats it all and asks for more | Mrs Sue Tandy, lunchtime supervisor | Every lunchtime | Lunch tick sheet, given to Mrs Hale each Friday; number of days Maisie asks for seconds goes down |
| S5 | Help Nicole apply for free school meals and the Hilbourne school uniform grant | Mrs Joanna Hale, DSL | By 30/01/2026 | Free school meals award and grant letter copied to Maisie's file |
| S6 | Keep two spare sets of uniform and PE kit for Maisie; let her change, and wash her hair if she wants, in the medical room, in private | Miss Priya Lal, key adult | Any morning Maisie comes in wearing damp or unwashed clothes | Each change logged on CPOMS with the date; the count each week goes in Tom's Friday summary |
| S7 | Treat Maisie's head lice in school with Nicole's written consent, and send Nicole the treatment and comb | Mrs Anne Pryce, first aider | Every Friday at 2pm until two checks in a row are clear | Treatment record in the medical room; two clear checks by 27/02/2026 |
| S8 | Weekly "Time to Talk" sessions using Maisie's worry jar and friendship games with two classmates she chooses | Mrs Rachel Gill, learning mentor | Every Wednesday at 1.30pm, 21/01/2026 to 25/03/2026 | Maisie's worry scale (1 to 5) and her own words written in the session log, shared with Tom at each core group |
| S9 | Tell Mrs Hale if Maisie is tired, hungry, falls asleep or says she was on her own at home | Mr Ben Carrow, class teacher | The same day | CPOMS entry with Maisie's own words, read by Mrs Hale before 3.30pm that day |
| S10 | Send Tom a summary of every CPOMS entry about Maisie for the week, with her attendance and the breakfast club and lunch sheets | Mrs Joanna Hale, DSL | Every Friday by 3pm | Summary e-mail on Maisie's social care record; Tom replies to confirm he has read it |

## The team around Maisie

| Who | What they will do | When | How we'll know |
|---|---|---|---|
| Tom Aske, social worker | Visit Maisie at home and see her on her own; check her bedroom, the food in the cupboards and the washing machine, and see her once a month at school with Miss Lal | Every week until the review conference (home), and the first Thursday of each month (school) | Visit records on Maisie's file within 48 hours, with her own words and the home conditions checklist |
| Lisa Fern, family support worker, Hilbourne Family Hub | Sessions with Nicole at home on the morning routine, meal planning on a budget and keeping on top of the washing, scored on the Home Conditions Scale | Tuesdays and Thursdays at 5pm, for 8 weeks from 20/01/2026 | Home Conditions Scale score at sessions 1, 8 and 16, sent to Tom; Nicole's routine chart on the fridge, seen at each session |
| Ruth Dyer, school nurse, Hilbourne School Nursing Team | Health review for Maisie: height and weight, eyesight, dental registration, and advice to Nicole on head lice | By 06/02/2026 | Health review form with Maisie's height and weight centiles and her dentist's name, sent to Tom and Mrs Hale |
| Gary Lund, housing officer, Hilbourne Homes | Inspect the mould in Maisie's bedroom, treat it and fix the cause, and repair or replace the washing machine supplied with the flat | Inspection by 30/01/2026; work finished by 27/02/2026 | Inspection report and completed job sheets sent to Tom; Tom sees the bedroom wall at his next visit |
| Nicole Kershaw, Mum | Have Maisie in bed by 8pm on school nights with a clean uniform laid out, and on her late-start days bring Maisie to breakfast club herself | Every school night; every Wednesday and Friday morning | Routine chart ticked each night and read by Lisa at each session; breakfast club register shows Nicole bringing Maisie on Wednesdays and Fridays |
| Sandra Kershaw, Nan | Collect Maisie from the flat at 7.15am on Nicole's early-shift days, give her breakfast and walk her to breakfast club | Every Monday, Tuesday and Thursday from 19/01/2026 | Breakfast club register shows Maisie signed in by Nan by 7.50am |

## If we are worried

- If Maisie is not in school by 9.15am and Nicole and Nan cannot be reached, Mrs Bale rings Tom (or the
  duty social worker). If nobody knows where Maisie is by 10am, Mrs Hale rings the police on 101 (999
  if there is any sign she is in danger) and a member of staff goes to the flat with Tom.
- If Maisie says she was left on her own overnight or before school, or comes in with an injury that is
  not explained, Mrs Hale refers to Tom straight away. Tom holds a strategy discussion with the police
  and school that day, and Maisie goes to Nan's after school until a new safety plan is agreed; if
  Nan cannot have her, Tom (or the Emergency Duty Team) finds her a foster placement that night.
- If Nan cannot collect Maisie on an early-shift day (she is ill or away), Nicole rings Mrs Hale's
  mobile by 7pm the evening before. Lisa Fern collects Maisie at 7.15am and takes her to breakfast
  club; if Lisa is not working that day, Nicole starts her shift at 9am instead, as her manager at
  Hindbeck Grange care home has agreed (letter seen by Tom on 15/01/2026).
- If Maisie's attendance is below 90% at the second core group (26/02/2026), or she is left on her own
  at home again, Karen Whitlow (team manager) will hold a legal planning meeting within 10 working days
  to decide whether to start the Public Law Outline (pre-proceedings).

## Meetings

- Core group every four weeks at Hopewick Primary School, Thursdays at 3.30pm: 29/01/2026, 26/02/2026
  and 26/03/2026.
- Review child protection conference: 14/04/2026 at 10am, Hilbourne Civic Centre.
- Mrs Hale and Miss Lal go through the check-in sheets together every Friday at 12.30pm.

Plan shared with Nicole, Sandra, Tom and every agency above on 16/01/2026. Maisie has her own copy of
the first table with pictures, kept in Miss Lal's room.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. A community mental health team's CPA care plan for a mother with bipolar
#    disorder, with a "What this means for Kayden" column and the care
#    coordinator's assessment of her potential for change. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b223_hartingdale_cmht_cpa_care_plan_means_for_kayden_fairbairn.docx",
    "doc_title": "CPA Care Plan and Contribution to Child Protection Plan - Danielle Fairbairn",
    "split": "heldout",
    "actions": 11,
    "landscape": True,
    "font_size": 10,
    "check_vmerge": 4,
    "header": "CONFIDENTIAL · Hartingdale and Hulcombe Partnership NHS Foundation Trust · CPA care plan",
    "template": "cmht-cpa-care-plan-docx-landscape-trust-header-service-user-details-table-about-this-plan-in-my-own-words-what-kayden-shows-and-says-history-goals-then-need-merged-down-what-we-will-do-who-when-how-we-will-know-what-this-means-for-kayden-table-then-crisis-and-contingency-plan-cpa-and-child-protection-meetings",
    "description": (
        "A community mental health team's Care Programme Approach care plan for a 31-year-old mother "
        "with bipolar affective disorder, written by her care coordinator after a five-week admission "
        "during which her 3-year-old son stayed with his grandmother, and joined to the son's child "
        "protection plan (neglect). Service user details, her own words, what Kayden shows and says, "
        "goals, then a landscape table with the Need merged down and a 'What this means for Kayden' "
        "column beside Who / When / How we will know; the care coordinator and consultant assess her "
        "potential for change, the steps and the likely timescale. Faults: the psychologist's "
        "sessions only treat her, checked by attendance; the Recovery College group 'when Danielle "
        "feels ready'; the nursery's part checked only by 'monitored by nursery staff'; a goal about "
        "the mother's mood only; a crisis and contingency plan whose trigger is her mental health "
        "deteriorating or 'concerns' and whose response is to review and discuss; and nothing on legal "
        "planning if she does not make the changes."
    ),
    "blocks": [
        ("title", "Care Programme Approach: Care Plan"),
        ("p", "Hartingdale Community Mental Health Team (North), Hulcombe House, 40 Mill Lane, Hartingdale "
              "HG1 3PS. Reviewed at Danielle's CPA review on 08/01/2026, with Kayden's social worker present. "
              "This care plan is also the team's contribution to Kayden's child protection plan: the last "
              "column of the table says what each part of Danielle's care means for him."),
        ("table", {
            "rows": [
                ["Service user", "Danielle Fairbairn, born 14/08/1994 (31), 7 Ferncliffe Road, Hartingdale HG2 "
                                 "8LN. RiO number 4471903."],
                ["Diagnosis", "Bipolar affective disorder, type I; most recent episode mania with psychotic "
                              "features (October 2025), now recovering"],
                ["Admission", "Hulcombe Ward, Hartingdale Hospital, 22/10/2025 to 28/11/2025 (section 2, then "
                              "informal)"],
                ["Medication", "Lithium carbonate 800 mg and olanzapine 10 mg, both at night"],
                ["Care coordinator", "Marcus Adeyinka, community psychiatric nurse"],
                ["Consultant", "Dr Sian Pell, consultant psychiatrist"],
                ["Child", "Kayden Fairbairn, born 03/05/2022 (3), Hartwold Day Nursery, Monday to Thursday"],
                ["Kayden's dad", "Liam Fairbairn, separated from Danielle, lives in Hollerton; has Kayden every "
                                 "other weekend"],
                ["Child protection plan", "Kayden, neglect, from the initial conference on 04/12/2025. Social "
                                          "worker: Chloe Brannagh, Hartingdale Children's Services"],
            ],
            "widths": [5.0, 20.7],
            "bold_first_col": True,
        }),
        ("h1", "In my own words (Danielle)"),
        ("p", "\"I don't remember a lot of October. I know I took Kayden out in the middle of the night and "
              "that frightens me more than anything. I want to be the mum who does the nursery run and the "
              "bedtime stories, not the one in hospital. I'm taking my tablets, I hate the weight, but I'm "
              "taking them.\""),
        ("h1", "What Kayden shows and says"),
        ("p", "Chloe saw Kayden at home on 05/01/2026 and at nursery on 07/01/2026. He told her \"Mummy was "
              "poorly in the hospital and I went to Nanna's\" and \"Mummy shouted at the telly\". At nursery "
              "he plays \"hospitals\" with the dolls, putting them to bed and saying \"you have to stay\". His "
              "key person says he is clingy at drop-off since Danielle came home and asks \"is Mummy "
              "coming?\" several times a day, but is bright and chatty once settled. At home he sat on "
              "Danielle's knee for a story and showed Chloe his dinosaurs."),
        ("h1", "What happened"),
        ("p", "In October Danielle stopped taking her lithium. Over three weeks she slept very little, spent "
              "her rent on clothes and gadgets, and talked fast about Kayden having \"special powers\". On "
              "21/10/2025 the police found her with Kayden, in his pyjamas, at a bus shelter at 3am; there "
              "was no food in the flat. She was detained under section 2 the next day and Kayden stayed "
              "with his grandmother, Pauline, until Danielle came home on 28/11/2025. This was her second "
              "admission; the first was in 2019, before Kayden was born."),
        ("h1", "Goals for this plan"),
        ("numbers", [
            "Kayden is looked after every day by a parent who is well enough to feed him, get him to "
            "nursery and keep him safe at night.",
            "Kayden understands, in words a 3-year-old can, that Mummy was poorly and is getting better, "
            "and is not frightened at home.",
            "Danielle's mood is stable and she feels in control of her life again.",
        ]),
        ("h1", "Care plan"),
        ("table", {
            "header": ["Need", "What we will do", "Who", "When", "How we will know", "What this means for Kayden"],
            "widths": [3.0, 6.7, 3.8, 3.6, 4.6, 4.0],
            "rows": [
                ["Staying well",
                 "Take lithium and olanzapine every night at 9pm from the blister pack, and go to the "
                 "lithium blood tests",
                 "Danielle",
                 "Every night; bloods every 3 months, next on 20/01/2026",
                 "Blister pack checked by Marcus at each visit; lithium level between 0.6 and 0.8 mmol/L on "
                 "RiO",
                 "Mum is well enough to get Kayden up, fed and to nursery"],
                [V,
                 "Keep a daily mood and sleep diary on the Trust's app and bring it to Marcus's visits",
                 "Danielle",
                 "Every day",
                 "Diary seen by Marcus at each visit; hours of sleep each night written in the visit note",
                 "Early signs of illness are seen before Kayden is affected"],
                ["Understanding my illness",
                 "Psychology sessions for bipolar disorder: mood monitoring, spotting early warning signs and "
                 "a sleep plan",
                 "Dr Aisha Rahman, clinical psychologist, Hartingdale CMHT",
                 "Fortnightly, 12 sessions from 14/01/2026",
                 "Attendance recorded on RiO",
                 "Mum can look after her mood so that Kayden's days stay calm"],
                [V,
                 "Go to the bipolar peer support group and the \"Living well with bipolar\" course at "
                 "Hartingdale Recovery College",
                 "Danielle",
                 "When Danielle feels ready",
                 "Recovery College attendance register",
                 "Mum has people to talk to, so Kayden is not the one she leans on"],
                ["Parenting and change",
                 "Assess Danielle's potential for change as Kayden's carer: what has to change for him to be "
                 "safe with her, the steps she needs to take, and the likely timescale",
                 "Marcus Adeyinka (care coordinator), with Dr Sian Pell",
                 "Report by 20/02/2026, updated at each CPA review",
                 "Written report on RiO, sent to Chloe and discussed at the core group on 26/02/2026",
                 "The conference knows whether Kayden can stay safely at home, and by when"],
                [V,
                 "Care coordination visits at home: check Danielle's mood, sleep and medicines, and report on "
                 "whether she is taking the steps set out in the assessment",
                 "Marcus Adeyinka (care coordinator)",
                 "Weekly until 31/03/2026, then fortnightly",
                 "Visit notes on RiO; written update on each step sent to Chloe before every core group",
                 "Someone who knows Mum's illness sees her every week while Kayden is at home"],
                ["Kayden's care and safety",
                 "Visit Kayden at home and see him on his own; check his room, the food in the flat and the "
                 "morning routine",
                 "Chloe Brannagh (SW)",
                 "Every week until the review conference",
                 "Visit records within 48 hours, with Kayden's words and what Chloe saw",
                 "Kayden is seen every week by his social worker"],
                [V,
                 "Check at drop-off whether Kayden has had breakfast and how he is, and listen for anything he "
                 "says about home",
                 "Hartwold Day Nursery (key person Emma Quinn)",
                 "Each day Kayden attends",
                 "Monitored by nursery staff",
                 "Kayden's nursery knows what to look for and acts on it"],
                [V,
                 "Sessions with Danielle on a daily routine for Kayden (mealtimes, bath and bedtime) using the "
                 "Family Hub's routine chart",
                 "Zoe Marsh, family support worker, Hartingdale Family Hub",
                 "Thursdays at 10am for 10 weeks from 15/01/2026",
                 "Routine chart completed on at least 5 days out of 7, seen at each session; summary to "
                 "Chloe monthly",
                 "Kayden has his meals, bath and bedtime at the same time each day"],
                [V,
                 "Give the nursery and Liam a copy of Danielle's early warning signs and the crisis numbers, "
                 "and explain what to do",
                 "Chloe Brannagh (SW)",
                 "By 23/01/2026",
                 "Copies signed by Emma Quinn and Liam, scanned to Kayden's file",
                 "The adults around Kayden know when Mum is becoming unwell"],
                [V,
                 "Have Kayden every other weekend, and ring Chloe if Danielle seems unwell at handover",
                 "Liam Fairbairn (Dad)",
                 "Alternate weekends, Friday 5pm to Sunday 5pm, from 16/01/2026",
                 "Liam texts Chloe at each handover; Chloe checks with Kayden at her visits",
                 "Kayden keeps his time with his dad"],
            ],
        }),
        ("h1", "Crisis and contingency plan"),
        ("p", "If Danielle's mental health deteriorates, or anyone has concerns about her or about Kayden's "
              "care, Danielle, Liam or any professional should contact Marcus in office hours or the "
              "Hartingdale crisis line out of hours (0300 555 0147). The team will review Danielle's care "
              "plan and medication, and discuss with Chloe whether any changes are needed to Kayden's plan."),
        ("h1", "CPA and child protection meetings"),
        ("bullets", [
            "Next CPA review: 09/04/2026 at 2pm, Hulcombe House, with Chloe invited.",
            "Core group every four weeks at Hartwold Day Nursery, Thursdays at 1pm: 29/01/2026, 26/02/2026 "
            "and 26/03/2026. Marcus attends every core group.",
            "Review child protection conference: 05/03/2026 at 1.30pm, Hartingdale Civic Offices.",
        ]),
        ("p", "Care plan agreed with Danielle on 08/01/2026 and signed by Danielle and Marcus Adeyinka. Copies "
              "to Danielle, her GP, Chloe Brannagh and, with Danielle's consent, the core group."),
    ],
    "findings": [
        F("H001", "Psychology sessions for bipolar disorder: mood monitoring, spotting"),
        F("T002", "Go to the bipolar peer support group and the"),
        F("M002", "Check at drop-off whether Kayden has had breakfast"),
        F("F002", "Danielle's mood is stable and she feels in control of her life again."),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. A foster carer's placement plan for a looked-after 2-year-old whose
#    child protection plan continues: the carer's part under a heading
#    naming her, then everyone else's part. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b223_haldersby_foster_placement_plan_carers_part_corrigan.docx",
    "doc_title": "Placement Plan (day-to-day care) and Child Protection Plan - Ellie-May Corrigan",
    "split": "heldout",
    "actions": 18,
    "header": "Haldersby Fostering Service · Placement Plan Part 2 · Ellie-May Corrigan",
    "template": "foster-placement-plan-part-2-docx-placement-details-table-ellie-mays-day-at-bevs-what-mum-says-why-outcomes-then-bevs-part-heading-owns-table-what-ill-do-when-how-youll-know-signed-then-everyone-elses-part-who-what-when-how-well-know-then-if-things-do-not-go-to-plan-legal-planning-meetings",
    "description": (
        "Exemplary placement plan, written by a foster carer with her supervising social worker and "
        "the child's social worker, for a 2-year-old girl accommodated under section 20 after her "
        "mother's partner assaulted her mother in front of her; her child protection plan continues "
        "because her mother could end the accommodation and the partner is on bail. Placement "
        "details, Ellie-May's day at the carer's as the carer sees it (words, sleep, how she reacts "
        "to banging doors and men's voices), her mother's words and outcomes for Ellie-May, then the "
        "carer's part in a table under a heading naming her ('What I'll do' / When / How you'll "
        "know, signed by the carer) and everyone else's part (social worker, supervising social "
        "worker, family time worker, mother, grandmother, IDVA, health visitor, nursery, police, "
        "housing). The grandmother's Saturday family time has a fallback, the respite carers are "
        "named, legal planning follows named triggers, and the child in care review, core group and "
        "review conference are dated."
    ),
    "blocks": [
        ("title", "Placement Plan: Day-to-Day Care"),
        ("p", "Haldersby Council Children's Services and Haldersby Fostering Service. Part 2 of Ellie-May's "
              "placement plan, written by Bev Marchant (foster carer) with Deborah Kaye (supervising social "
              "worker) and Owen Prichard (Ellie-May's social worker) on 14/01/2026. Ellie-May is looked after "
              "and also has a child protection plan; this document is both, so that Bev and every worker "
              "follow the same plan."),
        ("table", {
            "rows": [
                ["Child", "Ellie-May Corrigan, born 10/02/2023 (2)"],
                ["Legal status", "Accommodated under section 20 of the Children Act 1989 since 17/11/2025, "
                                 "with her mother's signed agreement"],
                ["Placement", "With Bev Marchant, approved foster carer, Haldersby Fostering Service, since "
                              "17/11/2025 (address held by Owen and Deborah)"],
                ["Mum", "Shannon Corrigan (22), in refuge accommodation in Haldersby (address withheld)"],
                ["Grandma", "Tina Corrigan (47), 31 Poplar Rise, Haldersby, Shannon's mother"],
                ["Mum's ex-partner", "Jordan Vell (26); charged with assaulting Shannon on 15/11/2025; on bail "
                                     "not to contact Shannon or Ellie-May; trial listed for 16/03/2026"],
                ["Child protection plan", "Emotional abuse, from the initial conference on 27/11/2025"],
                ["Social worker", "Owen Prichard, Children in Care Team (team manager: Fiona Gale)"],
                ["Supervising social worker", "Deborah Kaye, Haldersby Fostering Service"],
                ["Independent reviewing officer", "Margaret Lowe"],
                ["Nursery", "Hobthorpe Nursery, Monday, Wednesday and Friday"],
            ],
            "widths": [4.5, 12.5],
            "bold_first_col": True,
        }),
        ("h1", "Ellie-May's day at Bev's"),
        ("p", "Ellie-May wakes at about 6.30am and calls \"Bev! Bev!\" from her cot; she likes to be lifted "
              "out and carried to the window to see the birds. She eats porridge and banana for breakfast "
              "and has a big appetite. She naps after lunch for about an hour and a half, holding the pink "
              "rabbit she came with. In the first weeks she woke two or three times a night crying; since "
              "Christmas she has slept through on most nights. She has about 15 words, including \"Bev\", "
              "\"Mama\", \"more\", \"no bang\" and \"doggy\"."),
        ("p", "When a door bangs, or she hears a man shouting on the television, she goes still, then crawls "
              "under the kitchen table and will not come out until Bev sits on the floor with her. She is "
              "wary of Bev's son-in-law when he visits and watches him from behind Bev's legs. At family "
              "time she runs to Shannon, and at the end she cries for a few minutes in the car and then "
              "falls asleep."),
        ("h1", "What Mum says"),
        ("p", "Shannon said on 12/01/2026: \"I know why she's at Bev's and I'm glad she's somewhere safe. I'm "
              "not going back to Jordan, I mean it this time. I want a flat where he can't find us and I want "
              "her home.\" She wants more family time and to do Ellie-May's bath herself."),
        ("h1", "Why there is a plan"),
        ("p", "On 15/11/2025 Jordan Vell punched and strangled Shannon in the kitchen while Ellie-May was in "
              "her high chair. A neighbour called the police. Shannon had gone back to Jordan twice in 2025 "
              "after the police were called. She agreed to Ellie-May being looked after while she went to a "
              "refuge. Ellie-May's child protection plan continues because Shannon could end the "
              "accommodation at any time and Jordan is waiting for his trial."),
        ("h1", "What we want for Ellie-May"),
        ("numbers", [
            "Ellie-May is safe from Jordan and does not see or hear any more violence.",
            "Ellie-May has a settled routine, sleeps through the night, and her talking grows: about 50 "
            "words by her 3rd birthday.",
            "Ellie-May keeps her bond with Mum and Grandma through regular, safe family time.",
            "Ellie-May goes home to Mum only when Mum has a safe home Jordan does not know and can keep him "
            "away; if that cannot happen, a permanent home is decided for her without delay.",
        ]),
        ("h1", "Bev's part (Bev Marchant, foster carer)"),
        ("p", "\"I\" in this table is Bev. Bev keeps her daily log on the Fostering Service's online record, and "
              "Deborah and Owen can both read it."),
        ("table", {
            "header": ["What I'll do", "When", "How you'll know"],
            "widths": [8.0, 4.0, 5.0],
            "rows": [
                ["Keep Ellie-May's day the same: up at 6.30am, breakfast, nap after lunch, tea at 5pm, bath and "
                 "two stories, and in bed by 7pm",
                 "Every day",
                 "Daily log shows her meals, nap, bedtime and any waking in the night"],
                ["Take Ellie-May to Hobthorpe Nursery and collect her, and tell her key person how her night "
                 "was",
                 "Monday, Wednesday and Friday, 9am to 3pm",
                 "Nursery register; handover sheet signed by me and the key person"],
                ["Write down each new word Ellie-May says, and how she reacts to loud noises, doors banging "
                 "and men's voices",
                 "Every day, in the daily log",
                 "Word list and log read by Owen at each visit; word list given to the health visitor at the "
                 "2-year review"],
                ["Take Ellie-May to her 2-year development review and to the dentist",
                 "Review on 03/02/2026; dentist by 27/02/2026",
                 "ASQ-3 scores written in her red book; dentist's card copied to Owen"],
                ["Take Ellie-May to family time at Haldersby Family Centre and collect her, and write down how "
                 "she was before and after",
                 "Every Tuesday and Thursday, 10am to 12 noon",
                 "Handover book entries; family centre record shows she came and left with me"],
                ["Ring 999, then Owen (or the Emergency Duty Team), if Jordan comes to my house, the nursery or "
                 "the family centre, or if anyone asks where Ellie-May lives",
                 "Straight away, every time",
                 "Police log number and my note in the daily log, sent to Owen the same day"],
                ["Keep Ellie-May's life story box: photos of her week, her nursery pictures and a photo of her "
                 "with Mum at each family time",
                 "Every Sunday evening",
                 "Life story box seen by Owen at his visits and by Margaret Lowe at the child in care review"],
            ],
        }),
        ("p", "Signed: Bev Marchant (foster carer), 14/01/2026."),
        ("h1", "Everyone else's part"),
        ("table", {
            "header": ["Who", "What", "When", "How we'll know"],
            "widths": [3.6, 6.0, 3.4, 4.0],
            "rows": [
                ["Owen Prichard, social worker",
                 "Visit Ellie-May at Bev's and see her on her own: watch her play, see where she sleeps and "
                 "talk with Bev about her routine",
                 "Every two weeks until the review conference; one visit a month unannounced",
                 "Visit record on Ellie-May's file within 48 hours, with what she did and said"],
                ["Deborah Kaye, supervising social worker",
                 "Supervision visit to Bev: read the daily log and medicine record, and agree any support Bev "
                 "needs to care for Ellie-May",
                 "Every four weeks, first on 22/01/2026",
                 "Supervision record signed by Bev and Deborah, copied to Owen"],
                ["Amira Qureshi, family time worker, Haldersby Family Centre",
                 "Supervise family time and write up what Ellie-May did and how Shannon responded to her",
                 "Every Tuesday and Thursday, 10am to 12 noon",
                 "Session record sent to Owen within 2 working days"],
                ["Shannon Corrigan, Mum",
                 "Come to family time on time, bring Ellie-May's snack, play with her on the floor, and do "
                 "her bath at the Thursday sessions",
                 "Every Tuesday and Thursday, 10am to 12 noon",
                 "Amira's session record shows Shannon's arrival time and what she did with Ellie-May"],
                ["Tina Corrigan, Grandma",
                 "Supervise Shannon's Saturday family time with Ellie-May at Tina's house, and not let Jordan "
                 "into the house or tell him anything about Ellie-May",
                 "Every Saturday, 1pm to 4pm, from 24/01/2026",
                 "Tina's signed family time sheet, given to Bev at pick-up and sent to Owen each Monday; Owen "
                 "calls in unannounced one Saturday a month"],
                ["Shannon Corrigan, Mum",
                 "Go to the Freedom Programme so that she can spot controlling behaviour and keep Ellie-May "
                 "away from it",
                 "Wednesdays at 10am, 12 weeks from 14/01/2026",
                 "Attendance register and the facilitator's end-of-course report to Owen by 08/04/2026"],
                ["Nadia Farrell, IDVA, Haldersby Domestic Abuse Service",
                 "Safety planning with Shannon, and support with Jordan's bail and the trial, so that she can "
                 "keep Ellie-May safe from him",
                 "Every two weeks from 14/01/2026 until the trial on 16/03/2026",
                 "Written safety plan on file; DASH risk score at each session shared with Owen"],
                ["Kirsty Bell, health visitor, Haldersby Health Visiting Service",
                 "Ellie-May's 2-year development review with ASQ-3, with Bev and Shannon both invited",
                 "03/02/2026",
                 "ASQ-3 scores and any referral (such as speech and language therapy) sent to Owen within a "
                 "week"],
                ["Lucy Tran, key person, Hobthorpe Nursery",
                 "Note Ellie-May's play, words and any distress, and ring Owen the same day about any mark on "
                 "her or anything she says about home",
                 "Each nursery day",
                 "Learning journal entries and the nursery's safeguarding log, sent to Owen every Friday"],
                ["DC Paul Whitby, Haldersby Police Domestic Abuse Unit",
                 "Tell Owen and Bev if Jordan breaches his bail conditions or the trial date changes",
                 "The same day as any breach or change",
                 "Police log number and breach record shared with Owen"],
                ["Sam Doyle, housing options officer, Haldersby Council",
                 "Find Shannon a tenancy in an area Jordan does not know, with a bedroom for Ellie-May",
                 "Offer by 31/03/2026",
                 "Tenancy offer letter copied to Owen"],
            ],
        }),
        ("h1", "If things do not go to plan"),
        ("bullets", [
            "If Jordan comes to Bev's house, the nursery, the family centre or Tina's house, the adult there "
            "rings 999 and keeps Ellie-May inside. Owen (or the Emergency Duty Team) holds a strategy "
            "discussion with the police that day, and if Jordan knows where Bev lives Deborah moves "
            "Ellie-May to another Haldersby foster home the same day.",
            "If Shannon brings Jordan to family time, or tells staff she is back with him, Amira ends the "
            "session and Owen holds a strategy discussion the same day; family time goes back to the family "
            "centre only, supervised by Amira.",
            "If Tina cannot supervise a Saturday, or Jordan is at her house, there is no family time at "
            "Tina's that day: Bev keeps Ellie-May at home, Tina rings Owen on the Friday, and the session is "
            "made up at the family centre with Amira on the next Tuesday afternoon.",
            "If Bev is ill or cannot care for Ellie-May for a night or more, Ellie-May goes to Sue and Dev "
            "Khanna, respite carers with Haldersby Fostering Service, whom she visited with Bev on "
            "10/01/2026.",
        ]),
        ("h1", "Legal planning"),
        ("bullets", [
            "If Shannon asks to end the section 20 agreement and take Ellie-May home while she is in contact "
            "with Jordan, or goes back to live with him, Fiona Gale (team manager) will hold a legal planning "
            "meeting the same day to decide whether to apply for an interim care order or an emergency "
            "protection order.",
            "If Shannon has not finished the Freedom Programme and has no tenancy by the review conference, "
            "Fiona Gale will hold a legal planning meeting within 10 working days of the conference to decide "
            "whether to start the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Haldersby Family Centre, Thursdays at 1pm: 29/01/2026, 26/02/2026 "
            "and 26/03/2026.",
            "Review child protection conference: 24/02/2026 at 1.30pm, Haldersby Civic Centre.",
            "Child in care review (chaired by Margaret Lowe): 12/03/2026 at 10am at Bev's house.",
            "Deborah's supervision visits to Bev: every four weeks, as in the table above.",
        ]),
        ("p", "Copies to Shannon, Tina, Bev, Deborah, Owen, Margaret Lowe and every agency named above. "
              "Bev's copy is kept in Ellie-May's placement folder."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. A contextual safeguarding plan written partly to a 15-year-old at risk of
#    criminal exploitation ("you" is Kian): places and people, his part, the
#    adults' part, a safety plan. Exemplary (pdf, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b223_hulbury_contextual_plan_places_your_part_our_part_rafferty.pdf",
    "doc_title": "Your child protection plan - Kian Rafferty",
    "split": "heldout",
    "actions": 17,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Hulbury Council Contextual Safeguarding Team · Kian's plan",
    "footer": "Kian Rafferty · child protection plan agreed 15/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "contextual-safeguarding-cp-plan-written-to-15-year-old-paged-header-footer-about-you-kv-why-there-is-a-plan-what-you-told-us-what-mum-told-us-places-and-people-table-place-what-we-know-your-safety-score-outcomes-then-your-part-table-what-youll-do-when-how-well-all-know-then-our-part-table-who-what-when-how-well-all-know-then-safety-plan-if-things-get-worse-meetings",
    "description": (
        "Exemplary contextual safeguarding plan written partly to a 15-year-old boy ('you' is Kian) "
        "after his initial conference: two men at a lock-up garage block and the bus interchange have "
        "him holding and carrying cannabis and cash, he has been missing overnight twice, came home "
        "with £300 and a second phone, and says he owes money. His mother drinks most evenings. A "
        "places and people table (Place / What we know / Your safety score) is assessment only; then "
        "outcomes for Kian, his own part (What you'll do / When / How we'll all know) and the adults' "
        "part (social worker, exploitation worker, return home interviews, police, neighbourhood "
        "patrols, detached youth work, school and college, his mother, his uncle, and the alcohol "
        "service assessing his mother's potential to change, the steps and the likely timescale). The "
        "safety plan has specific triggers, a fallback for the uncle's help and an emergency "
        "placement; a legal planning meeting follows named triggers; core group, panel and review "
        "dates are set; a header and footer are on every page."
    ),
    "blocks": [
        ("title", "Your child protection plan, Kian"),
        ("p", "Kian, this is your plan. Jade wrote it with you on 16/01/2026, the day after your conference, "
              "and you crossed out the bits you didn't like and told her what to put instead. Where it says "
              "\"you\", it means you. The first table is your part. The second is what the adults will do. "
              "Everyone named in it has a copy."),
        ("h1", "About you"),
        ("kv", [
            ("Your name", "Kian Rafferty, born 09/06/2010 (15)"),
            ("Where you live", "44 Larch Walk, Holtsbury estate, Hulbury HU6 2RN, with your mum, Carly "
                               "Rafferty (38), and your sister Macy (9)"),
            ("Your uncle", "Ray Rafferty, 12 Tern Close, Hulbury (your mum's brother)"),
            ("School", "Hulmewood Academy, Year 10; motor vehicle course at Hulbury College on Fridays"),
            ("Your social worker", "Jade Okoro, Hulbury Contextual Safeguarding Team (her manager is Craig "
                                   "Muldoon)"),
            ("Your worker at Hulbury Safer Futures", "Leon Fraser, exploitation worker"),
            ("Conference", "Initial child protection conference, 15/01/2026. The plan is under the category "
                           "of physical abuse: risk of serious harm outside the home. Macy has a child in "
                           "need plan of her own."),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Since the autumn you have been spending evenings at the lock-up garages behind Larch Walk and at "
              "Hulbury bus interchange with two men in their twenties, called Adult X and Adult Y in this plan. "
              "The police believe they sell cannabis and get younger boys to hold and carry it for them. You "
              "have been missing overnight twice (07/12/2025 and 02/01/2026). On 02/01/2026 you came home with "
              "£300 and a second phone, and you told Leon you \"owe a bit\" because a bag went missing. Your mum "
              "drinks most evenings and is often asleep by the time you get in, so nobody at home knows where "
              "you are after 7pm."),
        ("h1", "What you told us"),
        ("p", "You told Jade and Leon on 13/01/2026: \"They're not bad people, they look after me.\" \"I'm not "
              "a grass, so don't ask me names.\" \"I only hold stuff, I don't sell.\" \"It's boring at home, Mum's "
              "asleep by eight.\" You also said: \"I don't want Macy seeing police at our door,\" and \"I'd "
              "stop if the debt was gone.\" You want to be a mechanic and you like boxing with Uncle Ray. You "
              "scored how safe you feel at home at 7 out of 10, and at the garages at 5."),
        ("h1", "What your mum told us"),
        ("p", "Carly said: \"I know the drinking's got worse since his dad left. I want to stop. I'm scared "
              "of the men at the garages and I'm scared for him.\" She agreed to every part of the plan that "
              "is hers."),
        ("h1", "Places and people"),
        ("p", "This table is what the adults know about the places in your week, with the safety score you "
              "gave each one. It is not a list of jobs: the jobs are in the two tables further down."),
        ("table", {
            "header": ["Place", "What we know", "Your safety score"],
            "widths": [4.0, 10.0, 3.0],
            "rows": [
                ["Lock-up garages behind Larch Walk",
                 "Adult X and Adult Y meet younger boys there most evenings from about 6pm; cannabis is kept "
                 "in one of the lock-ups",
                 "5 out of 10"],
                ["Hulbury bus interchange",
                 "Boys are given bags to take by bus to other estates; Adult Y's car waits in the lay-by "
                 "after 7pm",
                 "4 out of 10"],
                ["Home, 44 Larch Walk",
                 "Mum is usually asleep by 8pm after drinking; Macy is in bed by 7.30pm; no adult knows when "
                 "you come in",
                 "7 out of 10"],
                ["Hulmewood Academy",
                 "You are in most days (88% this year); the older boys wait at the side gate some afternoons",
                 "8 out of 10"],
                ["Holtsbury Boxing Club",
                 "Uncle Ray takes you on Tuesdays and Thursdays; the coach says you are \"a natural\"",
                 "10 out of 10"],
            ],
        }),
        ("h1", "What we all want for you"),
        ("numbers", [
            "You are safe from Adult X, Adult Y and anyone else who wants you to hold or carry drugs or "
            "money, and nobody hurts you over a debt.",
            "You are home by your time every night, and if you do go missing you are found quickly and can "
            "talk to someone you trust about it.",
            "You are in school every day and at college every Friday, and you have a place on a mechanics "
            "course for September 2026.",
            "There is a sober adult at home in the evenings who knows where you are.",
        ]),
        ("h1", "Your part"),
        ("table", {
            "header": ["What you'll do", "When", "How we'll all know"],
            "widths": [8.0, 4.0, 5.0],
            "rows": [
                ["Be home by 9pm on school nights and 10pm on Fridays and Saturdays, and text Mum where you "
                 "are at 7pm",
                 "Every day from 16/01/2026",
                 "Mum's curfew sheet on the fridge, read by Jade at each visit"],
                ["Stay away from the lock-up garages and the bus interchange after 6pm",
                 "Every evening until the review conference",
                 "The patrol log records any sighting of you there; you and Leon talk it through each "
                 "Wednesday"],
                ["Go to school every day and to your motor vehicle course at Hulbury College",
                 "Every school day, and every Friday for college",
                 "School and college registers, sent to Jade every Friday"],
                ["Tell Leon, Jade or Mrs Ojo if anyone asks you to hold or carry something, or says you owe "
                 "them money",
                 "The same day it happens",
                 "They write down what you said and pass it to PC Greaves on an intelligence form"],
            ],
        }),
        ("h1", "Our part"),
        ("table", {
            "header": ["Who", "What", "When", "How we'll all know"],
            "widths": [3.6, 6.0, 3.4, 4.0],
            "rows": [
                ["Jade Okoro, social worker",
                 "Visit you at home and see you on your own, with one visit in three after 7pm",
                 "Every week until the review conference",
                 "Visit records on your file within 48 hours, with your own words"],
                ["Jade Okoro, social worker",
                 "Make a National Referral Mechanism referral for you as a child who may be a victim of "
                 "criminal exploitation",
                 "By 23/01/2026",
                 "Single Competent Authority acknowledgement on your file"],
                ["Leon Fraser, exploitation worker, Hulbury Safer Futures",
                 "Sessions with you on how older lads draw younger ones in, on debt, and on safe ways out; "
                 "re-score the exploitation screening tool with you at session 6",
                 "Every Wednesday at 4pm from 21/01/2026 until the review conference",
                 "Session notes with your safety score (0-10) agreed by you and Leon; screening tool scores at "
                 "sessions 1 and 6 sent to Jade"],
                ["Ben Oduya, return home interview worker, Hulbury Missing Service",
                 "Offer you a return home interview, away from home if you want",
                 "Within 72 hours of every return",
                 "Interview form sent to Jade and PC Greaves within 24 hours"],
                ["PC 4187 Tom Greaves, Hulbury Police Exploitation Team",
                 "Serve child abduction warning notices on Adult X and Adult Y naming you",
                 "By 06/02/2026",
                 "Served notices on the police record; copies to Jade on the day they are served"],
                ["Sgt Claire Bowen, Holtsbury Neighbourhood Policing Team",
                 "Patrols of the lock-up garages and the bus interchange, stopping any car Adult X or Adult Y "
                 "is in",
                 "Thursday to Saturday, 5pm to 10pm, for 8 weeks from 22/01/2026",
                 "Patrol log with stops and sightings, read out at each core group"],
                ["Rhiannon Pike, detached youth worker, Hulbury Youth Service",
                 "Detached youth work at the garages and the interchange, so there are safe adults there and "
                 "somewhere else for young people to go",
                 "Tuesday and Friday, 6pm to 9pm, for 10 weeks from 20/01/2026",
                 "Session logs of young people spoken to, and concerns passed to PC Greaves, shared at each "
                 "core group"],
                ["Mrs Sandra Ojo, DSL, Hulmewood Academy",
                 "First-day calling if you are not in by 9am, a check-in with you on Monday mornings, and a "
                 "member of staff at the side gate at 3.15pm",
                 "Every school day; check-ins every Monday at 8.40am",
                 "Register, call log and check-in notes e-mailed to Jade every Friday"],
                ["Mr Phil Dane, motor vehicle tutor, Hulbury College",
                 "Ring Jade if you have not arrived by 10am",
                 "Every Friday",
                 "College register and a call note sent to Jade the same day"],
                ["Carly Rafferty, Mum",
                 "Ring 101 if you are 30 minutes past your time and not answering (999 if she thinks you are "
                 "in danger), and write the log number on the curfew sheet",
                 "Every time you are 30 minutes late and not answering",
                 "Police log number on the curfew sheet, checked by Jade at each visit"],
                ["Carly Rafferty, Mum",
                 "Go to her sessions and breath tests at Hulbury Recovery Partnership, and not drink on the "
                 "evenings when you and Macy are at home",
                 "Sessions every Monday and Thursday at 11am; sober every evening from 16/01/2026",
                 "Breath test results sent to Jade by Gill each week; Jade's after-7pm visits find Carly "
                 "sober"],
                ["Gill Ashcroft, recovery worker, Hulbury Recovery Partnership",
                 "Assess Carly's drinking and her potential to change it: what has to change for her to be "
                 "sober in the evenings when you come in, the steps, and how long it is likely to take",
                 "Report by 27/02/2026, then an update before each core group",
                 "Written report and breath test results sent to Jade and discussed at the core group"],
                ["Ray Rafferty, your uncle",
                 "Take you to boxing at Holtsbury Boxing Club and bring you home",
                 "Every Tuesday and Thursday, 6pm to 8pm",
                 "Club register; Ray texts your mum and Jade when you are home"],
            ],
        }),
        ("h1", "Your safety plan"),
        ("bullets", [
            "If you are 30 minutes past your time and not answering, Mum rings 101 (999 if she thinks you "
            "are in danger) and tells Jade or the Emergency Duty Team. The police check the garages and the "
            "interchange first.",
            "If you are found with drugs, cash or a weapon, found in another town, or hurt or threatened over "
            "the debt, Jade (or the Emergency Duty Team) holds a strategy discussion with the police that "
            "day, and you stay at Uncle Ray's that night. If Ray cannot have you, Jade or the Emergency Duty "
            "Team finds you an emergency foster placement outside Hulbury that night.",
            "If Jade, or anyone visiting, finds Mum drunk when you and Macy are at home in the evening, you "
            "and Macy go to Uncle Ray's that night, Jade visits the next morning, and Gill sees Mum within 2 "
            "working days.",
            "If Ray cannot take you to boxing on a Tuesday or Thursday, he texts Rhiannon by 4pm and she "
            "takes you and brings you home instead.",
        ]),
        ("h1", "If things get worse"),
        ("p", "If you go missing twice more before the review conference, or are found in another town, or "
              "Gill's report and the breath tests show that Mum is still drinking in the evenings by the "
              "second core group (26/02/2026), Craig Muldoon (Jade's manager) will hold a legal planning "
              "meeting within 5 working days to decide whether to ask the court for a care order. Jade will "
              "tell you first, and you can have your say."),
        ("h1", "Your meetings"),
        ("bullets", [
            "Core group every three weeks at Hulmewood Academy, Thursdays at 3.45pm: 05/02/2026, 26/02/2026 "
            "and 19/03/2026. You can come for the first half hour.",
            "Hulbury exploitation panel (places and people): 11/02/2026.",
            "Review child protection conference: 14/04/2026 at 2pm, Hulbury Civic Centre.",
        ]),
        ("p", "Agreed with Kian and Carly on 16/01/2026. Copies to Kian, Carly, Ray and every agency named in "
              "the plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. A transfer-out handover print: who holds what until the receiving
#    council's transfer-in conference. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b223_hennington_transfer_out_handover_who_holds_what_carver.txt",
    "split": "heldout",
    "actions": 13,
    "template": "transfer-out-handover-case-system-print-txt-caps-banner-dot-leader-case-fields-transfer-fields-then-why-on-a-plan-childrens-views-mums-views-outcomes-then-who-holds-what-until-the-transfer-in-conference-numbered-h-items-with-held-by-when-check-lines-then-if-things-go-wrong-before-and-after-the-move-meetings-sign-off",
    "description": (
        "A transferring council's handover print for a 6-year-old girl and a 2-year-old boy on child "
        "protection plans for neglect, whose mother is moving to a new tenancy in another council's "
        "area to be near her sister. Dot-leader case and transfer fields, why the children are on a "
        "plan, Tayla's words and Alfie's day, the mother's views and outcomes, then 'Who holds what "
        "until the transfer-in conference' as numbered items H1 to H13 with Held by / When / Check "
        "lines. Visits continue until the transfer-in conference, there is a joint visit with the "
        "receiving social worker and the records go by a date. Faults: the parenting assessment "
        "handed to the receiving council's team 'within four weeks of the transfer-in conference'; "
        "Alfie's speech and language referral left to the receiving health visitors 'once the family "
        "are settled'; 'All agencies' sharing concerns; the new nursery's check 'Monitored by "
        "nursery'; the dental registration with '-' for its check; and a transfer-in conference 'date "
        "to be confirmed' with no review conference date."
    ),
    "text": """\
HENNINGTON BOROUGH COUNCIL - CHILDREN'S SERVICES                  Printed 23/01/2026 16:42
CASE RECORD PRINT: TRANSFER OUT - HANDOVER OF CHILD PROTECTION PLAN
===========================================================================================

Children ................ Tayla CARVER, born 18/03/2019 (6)
                          Alfie CARVER, born 27/10/2023 (2)
Mother .................. Leanne Carver (26)
Current address ......... 9 Bramble Court, Hennington HN3 5TW
New address ............. 61 Orchard Way, Hoverby HV1 7QE (tenancy starts 02/02/2026)
Maternal aunt ........... Gemma Carver, 14 Orchard Way, Hoverby (four doors from the new flat)
Plan .................... Child protection plans, both children, category NEGLECT, since the
                          initial conference on 11/09/2025; continued at the review conference
                          on 04/12/2025
Transferring SW ......... Rachel Tomlin, Family Safeguarding Team 2 (team manager: Paul Okafor)
Receiving authority ..... Hoverby Council Children's Services; allocated SW Kofi Asante
Transfer request ........ Sent 12/01/2026; accepted by Hoverby 19/01/2026
Responsibility .......... Hennington holds the plans, and every action below unless it says
                          otherwise, until Hoverby's transfer-in conference

WHY TAYLA AND ALFIE ARE ON A PLAN
---------------------------------
At the initial conference Tayla was missing a third of school, often came in hungry and unwashed,
and had untreated tooth decay. Alfie had severe nappy rash, was behind with his talking and had
not been seen by a health visitor since he was 8 weeks old. The flat was cold, with dog mess on
the floors and little food. Leanne has made real changes since September: the flat is clean and
warm, Alfie has been seen by the health visitor every fortnight, and Tayla's attendance this term
is 91%. Leanne says she struggled with money and with the children on her own after their
father left, and that she copes better with Gemma nearby; the move is her choice and she asked
for it to be planned.

TAYLA'S VIEWS (seen on her own at school by Rachel, 15/01/2026)
--------------------------------------------------------------
"I'm going to a new school with a red jumper." "I'm sad about leaving Ellie, she's my best
friend." "Auntie Gemma lives on our new road and she's got a trampoline." Tayla scored home
"9 out of 10 now, because it's clean and Mum's happy". She asked whether Rachel would still come.

ALFIE'S DAY (as Rachel and the health visitor have seen it)
-----------------------------------------------------------
Alfie goes to nursery three mornings a week and runs in without looking back. He has about ten
words and points and pulls adults to what he wants. At home he follows Leanne from room to room
and settles with her at bedtime with a bottle of milk and a story. His nappy rash has cleared.

LEANNE'S VIEWS
--------------
"I want a fresh start near Gemma. I know I've still got to prove myself. I don't want to start
again with people who don't know us."

WHAT WE WANT FOR TAYLA AND ALFIE
--------------------------------
1. Tayla and Alfie live in a clean, warm home with food in it, every day, before and after the
   move.
2. Tayla is at school every day and on time at her new school, and her teeth are treated.
3. Alfie's talking is helped, and he is using at least 30 words by his 3rd birthday.
4. Neither child has a gap in the people who see them and check they are safe while they move.

WHO HOLDS WHAT UNTIL THE TRANSFER-IN CONFERENCE
-----------------------------------------------

H1    Visit Tayla and Alfie at home and see Tayla on her own; check the food in, the bedrooms and
      the routine chart. After the move, visits are at the new flat in Hoverby.
      Held by .... Rachel Tomlin (Hennington SW)
      When ....... Every week until the transfer-in conference
      Check ...... Visit records on the case file within 48 hours, with Tayla's words and the
                   home conditions checklist

H2    Joint visit to the new flat with the Hoverby social worker, so that the children meet Kofi
      with Rachel there.
      Held by .... Rachel Tomlin, with Kofi Asante (Hoverby SW)
      When ....... By 06/02/2026
      Check ...... Joint visit record on both councils' files

H3    Send Hoverby the full case file: chronology, both conference reports and plans, core group
      minutes and the assessments so far.
      Held by .... Rachel Tomlin (Hennington SW)
      When ....... By 30/01/2026
      Check ...... Kofi's e-mail confirming the file has arrived

H4    The parenting assessment of Leanne, started by Hennington's family assessment worker in
      December, will be completed by Hoverby's Family Assessment Team after the transfer.
      Held by .... Hoverby Family Assessment Team
      When ....... Within four weeks of the transfer-in conference
      Check ...... Assessment report to the Hoverby conference chair and the core group

H5    Alfie's referral to speech and language therapy will be made by the health visitors in
      Hoverby after the move.
      Held by .... Hoverby Health Visiting Team
      When ....... Once the family are settled
      Check ...... Referral acceptance letter on Alfie's health record

H6    Health visitor to health visitor handover, with Alfie's growth chart, his 2-year review
      and the plan.
      Held by .... Jo Wade (Hennington health visitor)
      When ....... By 03/02/2026
      Check ...... Handover form on Alfie's health record, copy to Rachel

H7    Watch how clean and fed Alfie is when he arrives, and listen for anything he says or shows
      about home, at each session at his new nursery.
      Held by .... Hollowdene Nursery (manager Tasha Reed)
      When ....... Monday, Tuesday and Wednesday mornings, from 04/02/2026
      Check ...... Monitored by nursery

H8    First-day calling if Tayla is not in by 9am, and a check-in with her each Monday at her new
      school.
      Held by .... Mr Joe Finch, DSL, Hanwold Primary School
      When ....... Every school day from 03/02/2026; check-ins Mondays at 8.45am
      Check ...... Register and call log e-mailed to Rachel every Friday

H9    Share any concern about Tayla's or Alfie's care with the social worker.
      Held by .... All agencies
      When ....... The same day
      Check ...... Concern logged on the child's record and e-mailed to Rachel

H10   Register Tayla and Alfie with a dentist in Hoverby and take them for a check-up, and get
      Tayla's fillings booked.
      Held by .... Leanne (Mum)
      When ....... By 27/02/2026
      Check ...... -

H11   Keep the flat clean and warm with food in, and keep to the routine chart: tea at 5pm, bath,
      and both children in bed by 7.30pm.
      Held by .... Leanne (Mum)
      When ....... Every day, before and after the move
      Check ...... Home conditions checklist scored by Rachel at each visit; routine chart seen

H12   Take Tayla to school on the mornings Leanne starts work at 8am.
      Held by .... Gemma Carver (aunt)
      When ....... Every Monday and Tuesday from 09/02/2026
      Check ...... Hanwold register shows Tayla in by 8.50am on Mondays and Tuesdays

H13   Tell Rachel and Leanne the date of the transfer-in conference, and invite every agency
      above.
      Held by .... Kofi Asante (Hoverby SW)
      When ....... Within 2 working days of Hoverby setting the date
      Check ...... Invitation e-mail copied to Rachel and to each agency

IF THINGS GO WRONG BEFORE OR AFTER THE MOVE
-------------------------------------------
- If Tayla is not in school by 9am and Leanne cannot be reached, the school rings Rachel (or the
  Emergency Duty Team), who visits that morning; if the children cannot be found by midday, Rachel
  reports them missing to the police.
- If the flat is found cold, without food, or with the children left alone, Rachel (or Kofi with
  her, after the move) holds a strategy discussion the same day, and the children stay with Gemma
  that night; if Gemma cannot have them, Hennington's Emergency Duty Team finds a foster placement
  that night.
- If Gemma cannot take Tayla to school on a Monday or Tuesday, Leanne rings Hanwold's office by
  8am and takes Tayla herself, arriving late to work (agreed with her employer, letter on file).
- If Leanne misses two visits in a row, or the home conditions checklist falls below 3 at two
  visits, Paul Okafor (team manager) will hold a legal planning meeting within 5 working days,
  with Hoverby invited, to decide whether to start the Public Law Outline.

MEETINGS
--------
Last Hennington core group: 29/01/2026 at 10am, Hennington Family Centre, with Kofi Asante
invited. Core group after the move: every four weeks from the transfer-in conference, with
dates to be set there.
Transfer-in conference: Hoverby Council; date to be confirmed by Hoverby's conference service.

Handover printed by Rachel Tomlin and agreed with Paul Okafor on 23/01/2026. Copy to Leanne,
Kofi Asante and every agency named above.
""",
    "findings": [
        F("X001", "will be completed by Hoverby's Family Assessment Team after the transfer"),
        F("X001", "Alfie's referral to speech and language therapy will be made"),
        F("T002", "Alfie's referral to speech and language therapy will be made"),
        F("M002", "Watch how clean and fed Alfie is when he arrives"),
        F("W002", "Share any concern about Tayla's or Alfie's care with the social worker."),
        F("M001", "Register Tayla and Alfie with a dentist in Hoverby"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. A core group's updated plan in minutes form: last time's actions gone
#    through one by one as carried over, changed, new and done, the done ones
#    kept only for the record. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b223_hesterley_core_group_3_minutes_carried_changed_new_done_brennan.md",
    "split": "heldout",
    "actions": 13,
    "template": "core-group-minutes-md-meeting-table-present-list-with-initials-apologies-then-numbered-minutes-progress-since-review-childrens-news-outcomes-then-plan-items-kept-by-number-tagged-carried-over-changed-was-now-new-with-who-when-how-well-know-bullets-then-done-for-the-record-list-then-contingency-legal-planning-dates",
    "description": (
        "Exemplary minutes of the third core group for a 9-month-old girl whose weight fell from the "
        "50th to below the 9th centile and her 5-year-old brother who was often late and hungry at "
        "school (neglect); their father has depression and is at home, their mother works early "
        "shifts, and their grandmother lives on the same road. Attendance with initials, progress "
        "since the review conference, Oscar's words and Mila's observed day, the outcomes, then the "
        "plan gone through item by item with the review conference's numbers kept: CARRIED OVER, "
        "CHANGED (Was / Now, the Now wording counting), NEW from 13, each with Who / When / How we'll "
        "know lines, and the DONE items kept in a list for the record only. The community mental "
        "health team assesses and reports on the father's capacity to change, the steps and the "
        "likely timescale; the GP owns an action; the grandmother's Thursdays have a fallback; legal "
        "planning follows named triggers; the next core groups and the review conference are dated."
    ),
    "text": """\
# Hesterley Council Children's Services

## Core group 3: minutes and updated child protection plan for Oscar and Mila Brennan

| Meeting | |
|---|---|
| **Date and place** | Thursday 22/01/2026, 1.30pm to 3pm, Hesterley Children's Centre, meeting room 2 |
| **Children** | Oscar Brennan, born 04/11/2020 (5), Reception, Hepplestone Primary School; Mila Brennan, born 12/04/2025 (9 months) |
| **Home** | 27 Quarry Lane, Hesterley HS4 9BD, with Mum (Jodie Brennan, 30) and Dad (Sean Brennan, 35) |
| **Nan** | Pat Riley (Jodie's mum), 3 Quarry Lane |
| **Plan** | Child protection plans for both children (neglect) since the initial conference on 09/10/2025; continued at the review conference on 08/01/2026 |
| **Last core group** | Core group 2, 11/12/2025 |

**Present** (initials are used in the rest of these minutes):

- ES - Emma Sutcliffe, social worker, Hesterley Children's Services (chair and minutes)
- JB - Jodie Brennan, Mum
- SB - Sean Brennan, Dad
- LP - Laura Penn, health visitor, Hesterley Health Visiting Service
- NA - Nina Ahmed, community psychiatric nurse and Sean's care coordinator, Hesterley Community Mental Health Team
- HK - Mrs Harpreet Kaur, DSL, Hepplestone Primary School
- DW - Dan Webster, family support worker, Hesterley Family Hub
- PR - Pat Riley, Nan (items 1 to 4)

**Apologies:** Dr Owen Lyle, GP, Hesterley Road Surgery (sent a note); Ruth Mayo, paediatric dietitian.

### 1. Progress since the review conference

LP reported Mila's weights: 7.02 kg on 06/01/2026 (just under the 9th centile), 7.18 kg on
13/01/2026 and 7.30 kg on 20/01/2026, so she is back on the 9th centile and climbing. The food diary
showed Mila having two meals on most days and no snacks, with long gaps when Jodie is at work. NA's
interim report of 16/01/2026 says Sean's depression is moderate, that he has been getting up by 8am
on most days since his sertraline was increased in December, and that he is keen to do more for the
children. HK said Oscar was late four times in the first week of term and once last week. DW scored
the home at 3 on the Home Conditions Scale (it was 2 at the review conference); the kitchen and
living room are clean, but the children's bedroom has black mould around the window.

### 2. Oscar's and Mila's news

Oscar (seen on his own by ES at school on 19/01/2026): "Daddy gets up now and makes my toast." "Mila
eats all her yoghurt and throws the peas." He drew the family in the garden and said "Daddy is
smiling in this one". He said he still worries "when Daddy stays in bed and Mummy is cross".

Mila (seen at home by ES on 16/01/2026, and at the clinic by LP on 20/01/2026): she crawls fast,
pulls herself up on the sofa, and babbles "dada" and "ba". She reaches for Jodie when a stranger
comes in. At lunch ES saw her eat mashed potato and fish from a spoon, holding her own beaker, and cry
when the bowl was taken away. Her nappy was clean and she sleeps in her own cot.

### 3. What we want for Oscar and Mila (unchanged from the review conference)

1. Mila grows well: her weight is back on or above the 25th centile by the next review conference,
   and she has three meals and two snacks every day.
2. Oscar is at school every day and on time, having eaten breakfast.
3. Oscar and Mila are cared for every day by a parent who is well enough to get up, feed them and
   keep them clean and warm.
4. Oscar and Mila sleep in a bedroom that is warm, dry and free of mould.

### 4. The plan, item by item

The core group went through every item of the review conference plan. Each is marked **CARRIED
OVER** (no change), **CHANGED** (the "Now" wording is the item from today), or **NEW** (agreed today).
Items finished since the review conference are marked **DONE** and listed at the end of this section
for the record only; they are no longer part of the plan. Numbers are kept from the review
conference plan, and new items start at 13.

**1. CARRIED OVER.** Weigh Mila and plot her weight on the centile chart.
- Who: LP, health visitor
- When: every Tuesday at the Hesterley Children's Centre clinic until Mila is on the 25th centile,
  then every two weeks
- How we'll know: weight plotted on the UK-WHO chart in the red book; LP e-mails ES the weight the
  same day

**2. CHANGED.** Was: Jodie to keep a two-week food diary for Mila, by 22/01/2026. Now: Jodie and
Sean give Mila three meals and two snacks a day at set times (8am, 10am, 12 noon, 3pm and 5pm) and
write down what she ate on the feeding chart.
- Who: JB and SB together
- When: every day from 23/01/2026
- How we'll know: feeding chart seen by LP at each weigh-in and by ES at each visit

**4. CARRIED OVER.** Visit the children at home, see Oscar on his own, and see Mila have a meal.
- Who: ES, social worker
- When: every week until the review conference, one visit in two unannounced
- How we'll know: visit records on the children's file within 48 hours, with Oscar's words and what
  ES saw Mila eat

**5. CHANGED.** Was: paediatric dietitian review by 12/01/2026. Now: paediatric dietitian review of
Mila's feeding, with a written feeding plan for Jodie, Sean and Pat.
- Who: Ruth Mayo, paediatric dietitian, Hesterley General Hospital children's outpatients
- When: appointment on 05/02/2026; feeding plan within 10 working days of it
- How we'll know: feeding plan letter copied to LP and ES

**6. CARRIED OVER.** Assess Sean's potential for change as a carer for Oscar and Mila: how his
depression affects their care, what needs to change, the steps he needs to take and the likely
timescale, following the interim report of 16/01/2026.
- Who: NA, care coordinator, with Dr Ian Frost, consultant psychiatrist
- When: final report by 12/02/2026
- How we'll know: written report to ES, discussed at core group 4 on 19/02/2026

**7. CHANGED.** Was: fortnightly visits to Sean from the community mental health team. Now:
fortnightly visits to Sean to review his mood and medication, with a written note before each core
group on whether he is taking the steps set out in the assessment.
- Who: NA, care coordinator
- When: every two weeks, next on 29/01/2026
- How we'll know: NA's written note to ES before each core group

**8. CARRIED OVER.** First-day calling if Oscar is not in by 9am, and a breakfast club place for him.
- Who: HK, DSL
- When: every school day; breakfast club from 8am
- How we'll know: register, late book and breakfast club sheet e-mailed to ES every Friday

**9. CARRIED OVER.** Sessions at home with Jodie and Sean on a cleaning rota, the children's
routines and budgeting for food, scored on the Home Conditions Scale.
- Who: DW, family support worker
- When: every Tuesday at 4pm until 03/03/2026
- How we'll know: Home Conditions Scale score at each session, sent to ES; a score of 4 by
  03/03/2026

**10. CHANGED.** Was: GP to review Sean's medication by 15/01/2026 (missed because Sean was ill on
the day). Now: GP review of Sean's sertraline, with a letter to NA and ES on the outcome.
- Who: Dr Owen Lyle, GP, Hesterley Road Surgery
- When: appointment on 05/02/2026
- How we'll know: GP's letter on the children's file and on Sean's RiO record

**13. NEW.** Sean takes Oscar to school on the mornings Jodie works early.
- Who: SB
- When: every Monday, Tuesday and Wednesday from 26/01/2026
- How we'll know: Hepplestone register and late book show Oscar in by 8.50am on those days

**14. NEW.** Sean takes his sertraline every morning and goes to his Hesterley Talking Therapies
sessions, so that he is up and able to care for Mila while Jodie works.
- Who: SB
- When: sertraline daily; sessions every Friday at 11am for 8 weeks from 30/01/2026
- How we'll know: NA checks his tablets at each visit; the Talking Therapies attendance letter
  goes to NA and ES each month

**15. NEW.** Pat has Mila at her house while Jodie works on Thursdays, gives her lunch and her
afternoon snack, and writes them on the feeding chart.
- Who: PR, Nan
- When: every Thursday, 9am to 3pm, from 29/01/2026
- How we'll know: feeding chart entries seen by LP at the Tuesday weigh-in

**16. NEW.** Treat the mould in the children's bedroom and fix the window seal.
- Who: Mark Dunne, repairs surveyor, Hesterley Homes
- When: by 27/02/2026
- How we'll know: completed job sheet sent to ES; ES sees the bedroom wall at the next visit

**Done since the review conference (for the record only; not part of the plan):**

- 3. DONE. LP referred Mila to the paediatric dietitian on 09/01/2026; the referral was accepted on
  14/01/2026.
- 11. DONE. DW fitted a stair gate and a fireguard on 15/01/2026.
- 12. DONE. Jodie applied for Healthy Start for Mila; the card arrived on 20/01/2026.

### 5. If things go wrong

- If Mila's weight falls at two weigh-ins in a row, or drops below the 9th centile, LP rings ES the
  same day and books Mila into the rapid access clinic at Hesterley General Hospital within 2
  working days; ES holds a strategy discussion that day if there is any sign Mila is not being fed.
- If Sean is found in bed and unable to care for the children while he is alone with them, Jodie or
  whoever finds him rings NA (or the Hesterley crisis team out of hours) the same day, and the
  children go to Pat's until Jodie is home. If Sean says he wants to end his life, they ring 999.
- If Pat cannot have Mila on a Thursday, she tells Jodie and ES by the Wednesday evening, and Mila
  goes to the crèche at Hesterley Children's Centre, where DW has a place kept for her on Thursdays.
  If Pat cannot have the children in an emergency, ES or the Emergency Duty Team finds a foster
  placement that night.
- If Mila is not on or above the 9th centile by core group 4 (19/02/2026), or NA's final report
  says Sean is unlikely to make the changes within the time Mila needs, Andrew Pike (team manager)
  will hold a legal planning meeting within 10 working days to decide whether to start the Public
  Law Outline.

### 6. Next meetings

- Core group 4: Thursday 19/02/2026, 1.30pm, Hesterley Children's Centre; then every four weeks,
  with core group 5 on 19/03/2026.
- Review child protection conference: 09/04/2026 at 10am, Hesterley Civic Centre.

Minutes typed by ES on 23/01/2026 and sent to everyone present, to the GP and to the dietitian.
Oscar was told about the plan by ES at school in words he could follow, and chose a sticker for
his copy.
""",
    "findings": [],
})
