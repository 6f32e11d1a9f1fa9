"""Batch 71, module u: seven fictional plans (tuning material), places beginning with "u".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans where someone in the household is unwell and the plan must still
be about the child - a mother with depression under a community mental health
team (one row only supports her, another asks for a view on her capacity to
change), a mother with MS and a father on a perpetrator programme, a
looked-after 14-year-old on a hospital ward after an overdose, a pre-birth
plan for a mother with a history of psychosis, a narrative letter to a father
with depression whose mother has dementia, a 15-year-old's cannabis use while
his mother has chemotherapy, and an 11-year-old's own CAMHS work beside her
father's depression. Two plans are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Signs of Safety plan with a mapping grid and scaling; mother's
#    depression under the CMHT (one row support only, one asks about
#    capacity to change); grandparents carry part of the plan (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b71_ulthwaite_signs_of_safety_scaling_pennock.docx",
    "doc_title": "Signs of Safety Child Protection Plan - Kai and Isla Pennock",
    "split": "tune",
    "actions": 10,
    "template": "signs-of-safety-docx-danger-statement-mapping-grid-scaling-childs-words-safety-goals-then-what-needs-to-happen-who-when-how-we-will-know-table",
    "description": (
        "Signs of Safety initial conference plan for a 9-year-old and a 4-year-old whose mother has "
        "depression under the CMHT. Danger statement, a three-column mapping grid (not an action table), "
        "scaling with a promise to re-scale at each core group (not an action), Kai's three houses, safety "
        "goals, then a What needs to happen | Who | When | How we will know table. Faults: the CMHT's "
        "fortnightly support row (H001) although the psychiatrist's row asks about capacity to change "
        "(hard negative), 'Jodie's engagement' (M002), 'Ongoing' (T002), 'Family network' (W002), a safety goal about Jodie's "
        "depression only (F002), and grandparents carrying care with no fallback in the contingency (C003)."
    ),
    "blocks": [
        ("title", "Signs of Safety Child Protection Plan"),
        ("p", "Ulthwaite Metropolitan Council · Children's Services · Family Safeguarding Team (Ulthwaite South)"),
        ("kv", [
            ("Children", "Kai Pennock (9), Year 4, Ulthwaite Park Primary; Isla Pennock (4), Upfield Nursery "
                         "(mornings)"),
            ("Mother", "Jodie Pennock (32). Kai and Isla live with her at 7 Umber Close, Ulthwaite."),
            ("Father", "Lewis Carr (35), Kai and Isla's dad, moved out in summer 2024 and has not seen the "
                       "children since September."),
            ("Grandparents", "Pat and Derek Pennock (maternal grandparents), Ushwood Lane, a five-minute walk "
                             "away"),
            ("Conference", "Initial child protection conference, Tuesday 28/01/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Hannah Greaves"),
            ("Chair", "Imran Sadiq"),
        ]),
        ("h1", "Danger statement"),
        ("p", "Children's services, Ulthwaite Park Primary and the mental health team are worried that when "
              "Jodie's depression is at its worst she stays in bed for most of the day, and that Isla (4) could "
              "again get out of the house on her own and be hurt on the road, and Kai (9) will go on making "
              "meals, getting Isla ready and missing school to look after his mum."),
        ("h1", "Mapping"),
        ("table", {
            "header": ["What are we worried about?", "What's working well?", "What makes it harder?"],
            "widths": [5.8, 5.8, 5.4],
            "rows": [
                ["Jodie stopped taking her antidepressants in November and spent most of December in bed.\n"
                 "On 9 December a neighbour found Isla on Usher Street at 7am in her pyjamas; the front door "
                 "was open and Jodie was asleep.\n"
                 "Kai was late 14 times and absent 6 days last term. He told his teacher he had been \"doing "
                 "Isla's breakfast\".\n"
                 "There was very little food in the house on two visits in January.",
                 "Jodie went back to her GP on 6 January, restarted her medication and has kept every CMHT "
                 "appointment since.\n"
                 "Pat and Derek see the children most days and Pat already takes Isla to nursery twice a "
                 "week.\n"
                 "Jodie has fitted a chain high up on the front door.\n"
                 "Kai is doing well in reading and loves football; Isla is settled at nursery.",
                 "Derek has a bad back and cannot lift Isla.\n"
                 "Jodie finds mornings the hardest time of day.\n"
                 "Money is tight since Lewis left, and Jodie worries the children will be taken away if she "
                 "says how low she feels."],
            ],
        }),
        ("h1", "Scaling"),
        ("p", "On a scale where 10 means everyone is confident Kai and Isla are looked after well enough for the "
              "plan to end, and 0 means things are so bad the children cannot stay at home, people scaled at "
              "conference: Jodie 6, Pat 6, Mrs Obi (school) 3, Marcus Feld (CMHT) 4, Hannah Greaves (SW) 3. "
              "Kai put himself at 5 \"because Mum is getting up more\". Hannah will ask everyone to scale "
              "again at each core group, so we can see whether things are moving."),
        ("h1", "What Kai and Isla have told us"),
        ("p", "Kai did the three houses with Hannah at school on 21 January. In his house of worries he wrote: "
              "\"Mum stays in bed and I have to do Isla's breakfast. Sometimes it's just cereal with no milk.\" "
              "In his house of good things he put Saturdays at Nan's, football, and \"when Mum laughs\". In his "
              "house of dreams Mum is up before him \"making pancakes\". He said he does not want to move "
              "house or school."),
        ("p", "Isla chatted to Hannah while she played with her dolls' house. She put the mummy doll in bed and "
              "said \"Mummy sleepy\", then put the little doll in the kitchen \"to get the Cheerios\". Nursery "
              "say she is often hungry when she arrives and asks for toast straight away."),
        ("h1", "Safety goals"),
        ("bullets", [
            "Kai and Isla wake up to an adult who gets them up, gives them breakfast and gets them to school "
            "and nursery on time.",
            "Isla cannot get out of the house on her own, and an adult always knows where she is.",
            "Kai can be a 9-year-old: he is not the one who makes the meals or gets Isla dressed.",
            "Jodie's depression will be under control and she will feel more able to cope.",
        ]),
        ("h1", "What needs to happen"),
        ("table", {
            "header": ["What needs to happen", "Who", "When", "How we will know"],
            "widths": [6.2, 3.6, 3.4, 3.8],
            "rows": [
                ["See Kai and Isla at home, and Kai on his own at school, using the three houses and the "
                 "wizard and fairy tools",
                 "SW Hannah Greaves",
                 "Every week until the review conference; one visit in three unannounced",
                 "Visit records with Kai's own words and what was seen of Isla"],
                ["Fortnightly home appointments to support Jodie with her low mood, sleep and medication",
                 "Marcus Feld, care coordinator, Ulthwaite CMHT",
                 "Fortnightly",
                 "Appointments kept, recorded in the CMHT diary"],
                ["Medication review with Jodie, and a written view on whether she can make and keep the "
                 "changes Kai and Isla need, what the steps are and how long they are likely to take",
                 "Dr Anika Bose, consultant psychiatrist, Ulthwaite CMHT",
                 "Review by 21/02/2025; written view by the core group on 11/03/2025",
                 "Written report sent to the SW and read at the core group"],
                ["Take Isla to Upfield Nursery in the morning and collect her at lunchtime",
                 "Pat Pennock (MGM)",
                 "Every Tuesday and Thursday",
                 "Nursery register shows who dropped Isla off and who collected her"],
                ["Have Kai and Isla to stay every Saturday night so that Jodie can rest",
                 "Pat and Derek Pennock (MGPs)",
                 "Every Saturday night",
                 "Pat's weekend diary, seen by the SW at each visit"],
                ["Morning routine sessions with Jodie at home on getting Kai and Isla up, dressed and fed",
                 "FSW Lorna Tate",
                 "Weekly for 8 weeks from 04/02/2025",
                 "Jodie's engagement with the sessions"],
                ["Check Kai's attendance and punctuality and tell the SW about any late marks",
                 "Mrs Rachel Obi, DSL, Ulthwaite Park Primary",
                 "Ongoing",
                 "School attendance printout shared with the SW"],
                ["Tell the SW about any time Kai or Isla is seen hungry, unwashed or upset",
                 "Family network",
                 "The same day",
                 "Each concern logged on the children's file by the SW"],
                ["Health check for Isla: height, weight, eyesight and teeth, and a check that her "
                 "immunisations are up to date",
                 "HV Sunita Ray, Ulthwaite 0-19 Service",
                 "By 28/02/2025",
                 "Results shared with the SW and the GP"],
                ["Kai to go to the Ulthwaite Young Carers after-school group, so he has time that is just "
                 "for him",
                 "Jodie Pennock",
                 "Every Wednesday after school from 05/02/2025",
                 "Young Carers register, seen by the SW"],
            ],
        }),
        ("h1", "If the safety plan is not working"),
        ("p", "If Jodie tells anyone she cannot keep herself or the children safe, if she stops taking her "
              "medication, or if Kai is not in school by 9.30am and nobody can reach Jodie, Hannah (or the "
              "emergency duty team out of hours) will go to the house that day and hold a strategy discussion "
              "the same day. Kai and Isla will go to Pat and Derek's house on Ushwood Lane until the strategy "
              "discussion has decided what happens next."),
        ("p", "If Jodie stops her medication for more than a week, or Kai is late or absent on ten more "
              "mornings before the review conference, Hannah will ask her team manager for a legal planning "
              "meeting."),
        ("h1", "Meetings"),
        ("p", "Core group every 4 weeks at Ulthwaite Park Primary, 3.30pm: Tuesday 11/02/2025, Tuesday "
              "11/03/2025 and Tuesday 08/04/2025. Review child protection conference: Tuesday 22/04/2025, "
              "10am, Ulthwaite Town Hall."),
        ("p", "Plan written by Hannah Greaves (SW) with Jodie on 29/01/2025 and sent to every agency named above."),
    ],
    "findings": [
        F("H001", "Fortnightly home appointments to support Jodie with her low mood"),
        F("M002", "Morning routine sessions with Jodie at home on getting Kai"),
        F("T002", "Check Kai's attendance and punctuality and tell the SW"),
        F("W002", "Tell the SW about any time Kai or Isla"),
        F("F002", "Jodie's depression will be under control and she will feel more able to cope."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Core group minutes with an action log: father on a perpetrator
#    programme, mother with MS (physical illness), family about to move to
#    another authority; paged PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b71_urlesby_core_group_minutes_action_log_dacosta.pdf",
    "doc_title": "Core Group Minutes and Action Log - Beatriz and Leo Da Costa",
    "split": "tune",
    "actions": 10,
    "template": "core-group-2-minutes-pdf-present-completed-since-last-agency-updates-outcomes-then-no-action-owner-by-when-how-we-will-know-log",
    "description": (
        "Second core group minutes for a 13-year-old and a 7-year-old (domestic abuse; father on a "
        "perpetrator programme, mother with MS; family moving to another authority). Completed actions "
        "and agency updates come before a No | Action | Owner | By when | How we will know log. Hard "
        "negatives: the perpetrator programme row (never F001 or H001), the MS nurse's support-only row "
        "(a physical health service, not H001; it also means an adult service owns an action, so no "
        "F004), visits that carry on until the transfer-in conference (not X001). Faults: a young carer's "
        "assessment left to the receiving authority after the move (X001), an empty owner (W001), an "
        "empty timescale (T001), an assessment with no output (M001), no record of what either child "
        "says or feels (F003), a 'further concerns ... discuss' contingency (C002), no legal step (R002) "
        "and the review conference 'to be confirmed' (R001). Header and page footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE – Urlesby Borough Council – Children's Services",
    "footer": "Core group minutes – Da Costa – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting – Minutes and Action Log"),
        ("kv", [
            ("Children", "Beatriz Da Costa (13), Year 8, Urlesby Academy; Leo Da Costa (7), Year 2, Underbank "
                         "Primary"),
            ("Parents", "Renata Da Costa (41) and Tiago Da Costa (44), 22 Ullswick Road, Urlesby"),
            ("Meeting", "Core group 2, Thursday 20/02/2025, 4pm, Urlesby Family Hub"),
            ("Plan since", "Initial child protection conference, 16/01/2025 (category: emotional abuse)"),
            ("Chair", "Amir Khan, social worker"),
            ("Minutes", "Holly Brandt, business support"),
        ]),
        ("h2", "Present"),
        ("p", "Renata Da Costa; Tiago Da Costa; Amir Khan (SW); Carla Noon (family support worker); Gill "
              "Ashdown (MS specialist nurse, Urlesby General Hospital); Mrs Fiona Lyle (DSL, Urlesby Academy); "
              "Mr Ben Otieno (DSL, Underbank Primary); Sam Pryde (facilitator, Urlesby Safer Relationships "
              "Programme). Apologies: PC Dan Hirst (Domestic Abuse Unit), update sent by email."),
        ("h2", "Actions completed since core group 1"),
        ("bullets", [
            "Amir gave Renata and Tiago a copy of the plan and went through it with them (done 23/01/2025).",
            "Underbank Primary added Leo to the breakfast club list (done 27/01/2025).",
            "Tiago's referral to the Safer Relationships Programme was accepted and he started on 04/02/2025.",
        ]),
        ("h2", "Updates"),
        ("p", "Amir (SW): visited the home on 30/01 and 13/02. Both visits were short because Renata had hospital "
              "appointments that afternoon, and Amir has not yet seen Beatriz or Leo on their own since the "
              "conference. The house was warm and tidy and there was food in the kitchen."),
        ("p", "Sam Pryde (programme facilitator): Tiago has attended 3 of 3 group sessions and has taken part. "
              "The module on how abuse affects children starts in March."),
        ("p", "Gill Ashdown (MS nurse): Renata had a relapse in early February and finished a course of steroids "
              "on 14/02. She is very tired by the afternoon and now uses a wheelchair outside the house. She is "
              "waiting for a new perching stool and grab rails."),
        ("p", "Schools: Mrs Lyle and Mr Otieno both reported attendance above 94% this half-term."),
        ("p", "Police (by email): no call-outs to Ullswick Road since the conference."),
        ("p", "Move: the family have been offered an adapted ground-floor flat in Ulvingham by Ulvingham Homes and "
              "expect to move in mid-April. Amir has told Ulvingham Children's Services, who will hold a "
              "transfer-in conference within 15 working days of the move."),
        ("h2", "Outcomes in the plan"),
        ("bullets", [
            "Beatriz and Leo live in a home without shouting, threats or violence.",
            "Beatriz and Leo have an adult who gets them to school and looks after them every day, including "
            "on the days Renata is unwell.",
            "Beatriz and Leo each know who to call if there is trouble at home.",
        ]),
        ("h2", "Action log"),
        ("table", {
            "header": ["No.", "Action", "Owner", "By when", "How we will know"],
            "widths": [1.2, 6.0, 3.4, 3.0, 3.4],
            "rows": [
                ["1", "Attend the Safer Relationships group every Tuesday evening, including the module on how "
                      "abuse affects children",
                 "Tiago Da Costa",
                 "Weekly until the course ends on 27/05/2025",
                 "Attendance and the facilitator's notes sent to the SW each month"],
                ["2", "Visit Beatriz and Leo at home and see each of them on their own, away from their parents",
                 "SW Amir Khan",
                 "Every two weeks until the Ulvingham transfer-in conference",
                 "Visit records with each child's own words"],
                ["3", "Review Renata's MS symptoms, fatigue and medication after the February relapse, and "
                      "arrange the new mobility aids",
                 "Gill Ashdown, MS specialist nurse, Urlesby General Hospital",
                 "By 31/03/2025",
                 "Clinic letter to Renata's GP, copied to the SW"],
                ["4", "Young carer's assessment for Beatriz, to be picked up by Ulvingham Young Carers once the "
                      "family has moved",
                 "Ulvingham Young Carers",
                 "After the move to Ulvingham",
                 "Assessment shared with the SW"],
                ["5", "Referral to the Urlesby Carers' Centre for a short break for the family",
                 "",
                 "By the next core group",
                 "Referral acknowledgement on file"],
                ["6", "Safety planning sessions with Beatriz and Leo on what to do and who to call if there is "
                      "shouting at home",
                 "FSW Carla Noon",
                 "",
                 "Each child has a safety card they can explain to the SW"],
                ["7", "Assess whether Tiago can look after the children on his own while Renata is in hospital "
                      "for treatment",
                 "SW Amir Khan",
                 "By 14/03/2025",
                 ""],
                ["8", "Help Renata apply for PIP and a blue badge",
                 "FSW Carla Noon",
                 "By 28/03/2025",
                 "Claim reference numbers on file"],
                ["9", "Tell the SW about any police call-out to Ullswick Road",
                 "PC Dan Hirst, Urlesby Police Domestic Abuse Unit",
                 "Within 24 hours of each call-out",
                 "Call-out logged on the children's file"],
                ["10", "Agree with Renata and Tiago who takes Leo to school on the days Renata is too tired, and "
                       "write it on the family calendar",
                 "FSW Carla Noon",
                 "By the next core group (20/03/2025)",
                 "Calendar seen by the SW at each visit"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If there are any further concerns about the children, or the plan is not being followed, the core "
              "group will meet early to discuss next steps."),
        ("h2", "Next meetings"),
        ("p", "Core group 3: Thursday 20/03/2025, 4pm, Urlesby Family Hub. Review child protection conference: "
              "to be confirmed once the date of the move is known."),
        ("p", "Minutes and action log circulated by Amir Khan on 21/02/2025."),
    ],
    "findings": [
        F("X001", "to be picked up by Ulvingham Young Carers once the"),
        F("W001", "Referral to the Urlesby Carers' Centre for a short break"),
        F("T001", "Safety planning sessions with Beatriz and Leo on what to do"),
        F("M001", "Assess whether Tiago can look after the children on his own"),
        F("F003"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Looked-after 14-year-old on a hospital ward after an overdose: combined
#    care plan and child protection plan; her own self-harm and cannabis
#    use, CAMHS work; nobody set to visit her on the ward (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b71_ushcombe_looked_after_care_plan_ward_kerrigan.docx",
    "doc_title": "Care Plan and Child Protection Plan - Mia Kerrigan",
    "split": "tune",
    "actions": 10,
    "template": "lac-care-plan-and-cp-plan-docx-numbered-sections-kv-legal-status-and-ward-then-action-responsible-timescale-how-we-will-measure-table",
    "description": (
        "Care planning meeting record for a 14-year-old accommodated under section 20 and still on a child "
        "protection plan, now on an adolescent ward after a paracetamol overdose (her own self-harm and "
        "cannabis use). Hard negatives: CAMHS only treating Mia (CAMHS is never H001), the mother's "
        "negated mental health and alcohol history (no F004), a named-trigger legal step (no R002), "
        "a daily phone call from Mum (a call is not a visit). Faults: nobody is set to visit Mia on the "
        "ward at a stated frequency (L001); the foster carer visits 'as often as she can' and the PEP is "
        "'TBC' (T002); 'Mia's mood improves' (M002); an empty measure for the cannabis sessions (M001); "
        "a passive row with no one responsible (W001); core group 'to be arranged' (R001)."
    ),
    "blocks": [
        ("title", "Looked After Child: Care Plan and Child Protection Plan"),
        ("p", "Ushcombe Borough Council · Children's Services · Children in Care Team 2"),
        ("kv", [
            ("Young person", "Mia Kerrigan, born 11/06/2010 (14), Year 9, Ushcombe Academy"),
            ("Legal status", "Accommodated under section 20 since 03/02/2025, with her mother's agreement. Mia "
                             "is also still subject to a child protection plan (category: physical abuse, "
                             "since 14/11/2024)."),
            ("Placement", "Sandra Hollis, foster carer (Ushcombe Fostering Service), 31 Upcliffe Road, Ushcombe"),
            ("Where Mia is now", "Ward 12 (adolescent ward), Ushcombe General Hospital, since 24/02/2025"),
            ("Mother", "Donna Kerrigan (38), 5 Ulley Street, Ushcombe"),
            ("Social worker", "Joel Pryor"),
            ("Independent reviewing officer", "Maxine Dodd"),
            ("Meeting", "Care planning meeting on Ward 12, Thursday 27/02/2025"),
        ]),
        ("h1", "1. Why Mia is looked after and has a plan"),
        ("p", "Mia has been on a child protection plan since November 2024, after she went to school with "
              "bruising to her arm and face caused by her mother's then partner, Gary Lowe. Gary left in "
              "December and is not allowed contact with Mia. Arguments between Mia and Donna got worse over "
              "Christmas, and on 2 February Mia said she would not go home. Donna agreed to Mia being looked "
              "after and Mia moved to Sandra Hollis the next day. Donna has no history of mental health "
              "difficulties and there are no concerns about her use of alcohol or drugs."),
        ("h1", "2. Mia's health"),
        ("p", "Mia has cut her arms since Year 8 and smokes cannabis most days, which she says helps her sleep. "
              "On the evening of 24 February she took an overdose of paracetamol at Sandra's house and told "
              "Sandra an hour later. She was admitted to Ward 12 and is now medically well. The CAMHS liaison "
              "team saw her on 25 February. Until CAMHS have finished their assessment Mia will stay on the "
              "ward, and if she is not safe to leave she may need a bed in an adolescent mental health unit."),
        ("h1", "3. What Mia says"),
        ("p", "Mia spoke to Joel on the ward on 26 February. \"I don't want to go home while Mum's like this. "
              "Sandra's is alright, she doesn't shout.\" About the overdose she said: \"Everything just got too "
              "much. I didn't really want to die, I just wanted it to stop.\" She said weed \"calms my head "
              "down\" and she does not want to stop altogether. She wants to go back to Sandra's, not to a "
              "mental health unit, and she wants to be back at school in time to choose her GCSE options. She "
              "would like to see her mum at Sandra's house, not at home, and she misses her cat."),
        ("h1", "4. What we want for Mia"),
        ("bullets", [
            "Mia is safe from hurting herself: she has a safety plan she helped to write and an adult she will "
            "tell when she feels like self-harming.",
            "Mia leaves hospital to a home where she wants to live and knows who is looking after her.",
            "Mia is back at Ushcombe Academy full time by the Easter holidays and has chosen her options.",
            "Mia sees her mum regularly and safely, and the two of them argue less.",
        ]),
        ("h1", "5. Action plan"),
        ("table", {
            "header": ["Action", "Responsible", "Timescale", "How we will measure it"],
            "widths": [6.2, 3.8, 3.2, 3.8],
            "rows": [
                ["Liaise with Ward 12 about Mia's discharge and agree where she will go when she leaves "
                 "hospital",
                 "SW Joel Pryor",
                 "By 07/03/2025",
                 "Written discharge plan agreed with the ward, Mia and Sandra"],
                ["Visit Mia on the ward and bring her clothes, phone charger and school work",
                 "Sandra Hollis (foster carer)",
                 "As often as she can",
                 "Visits noted in Sandra's foster carer diary"],
                ["Phone Mia on the ward to keep in touch and tell her news from home",
                 "Donna Kerrigan",
                 "Every evening at 6pm",
                 "Ward staff note each call in Mia's nursing record"],
                ["Full mental health assessment of Mia and a written safety plan for her self-harm, shared "
                 "with Sandra and school",
                 "Dr Leon Akande, CAMHS liaison psychiatrist, Ushcombe CAMHS",
                 "Before discharge from Ward 12",
                 "CAMHS assessment and safety plan sent to the SW and IRO"],
                ["Weekly therapy sessions with Mia once she leaves hospital",
                 "Priya Sen, CAMHS clinician",
                 "Weekly from the week Mia is discharged",
                 "Mia's mood improves"],
                ["One-to-one sessions with Mia about her cannabis use and how it affects her sleep",
                 "Kieran Moss, Ushcombe Young People's Substance Service",
                 "Fortnightly from 17/03/2025",
                 ""],
                ["Mia's school work to be sent to the hospital school and a return-to-school plan to be agreed",
                 "",
                 "By 14/03/2025",
                 "Return-to-school plan on Mia's education file"],
                ["Initial health assessment for Mia as a looked-after child",
                 "Dr Fay Ndlovu, looked-after children's health team",
                 "By 03/03/2025",
                 "Health assessment report sent to the SW and IRO"],
                ["Personal Education Plan meeting with Mia, Sandra and the designated teacher",
                 "Ms Carol Tait, designated teacher, Ushcombe Academy",
                 "TBC",
                 "PEP written up and on Mia's education file"],
                ["Family time for Mia and Donna at Sandra's house once Mia is out of hospital, with Sandra "
                 "present",
                 "Sandra Hollis",
                 "Every Saturday afternoon from Mia's discharge",
                 "Sandra's family time notes sent to the SW each week"],
            ],
        }),
        ("h1", "6. Contingency"),
        ("p", "If Mia self-harms again, says she wants to end her life, or goes missing from the ward or from "
              "Sandra's, ward staff or Sandra will ring 999 and Joel (or the emergency duty team out of hours) "
              "will hold a strategy discussion the same day. If CAMHS say Mia is not safe to leave hospital, "
              "she will stay on Ward 12 until a bed is found in an adolescent mental health unit."),
        ("p", "If Donna withdraws her agreement to section 20, or Mia cannot go back to Sandra's and no other "
              "placement is found by the day she is fit for discharge, Joel will ask the team manager for a "
              "legal planning meeting that week to consider care proceedings."),
        ("h1", "7. Reviews and meetings"),
        ("p", "First looked-after child review, chaired by Maxine Dodd (IRO): Thursday 13/03/2025, 4pm, on Ward "
              "12 or at Sandra's if Mia is home. Review child protection conference: Thursday 10/04/2025, "
              "10am, Ushcombe Civic Centre. Core group: to be arranged once Mia is discharged."),
        ("p", "Plan written by Joel Pryor (SW) on 28/02/2025 and shared with Mia, Donna, Sandra and the IRO."),
    ],
    "findings": [
        F("T002", "Visit Mia on the ward and bring her clothes"),
        F("M002", "Weekly therapy sessions with Mia once she leaves hospital"),
        F("M001", "One-to-one sessions with Mia about her cannabis use"),
        F("W001", "school work to be sent to the hospital school"),
        F("T002", "Personal Education Plan meeting with Mia, Sandra"),
        F("L001"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Pre-birth plan, mother with bipolar disorder and past postpartum
#    psychosis under the perinatal mental health service; outcome column
#    merged down over each outcome's actions; paged landscape PDF (exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b71_uffingley_pre_birth_merged_outcome_plan_okafor.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby Okafor-Mensah and Tobi Okafor",
    "split": "tune",
    "actions": 12,
    "template": "pre-birth-icpc-pdf-landscape-kv-why-what-we-know-of-baby-and-tobi-then-outcome-merged-down-action-who-when-how-we-will-know-table",
    "description": (
        "Pre-birth initial conference plan for an unborn baby and her 5-year-old brother; the mother has "
        "bipolar disorder with postpartum psychosis after her first birth and a psychotic relapse last "
        "summer. Outcome | Action | Who | When | How we will know table with each outcome merged down over "
        "its actions (four real vertical merges). The perinatal CPN and psychiatrist both report on "
        "whether Grace can make the changes needed and how long it will take; the grandmother's night "
        "feeds have a fallback; early warning signs, a same-day response, a PLO/legal planning step, "
        "core group dates and a review date are set. Baby's observed life in the womb and Tobi's words are "
        "recorded. Header and page footer on every page. Exemplary."
    ),
    "header": "OFFICIAL-SENSITIVE · Uffingley District Council · Children and Families Service",
    "footer": "Pre-birth child protection plan – Okafor – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "check_vmerge": 4,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("kv", [
            ("Unborn baby", "Baby girl Okafor-Mensah, due 13/05/2025; Grace is 32 weeks pregnant at conference"),
            ("Brother", "Tobi Okafor (5), Reception, Uffingley Vale Primary"),
            ("Mother", "Grace Okafor (27)"),
            ("Baby's father", "Daniel Mensah (30), Grace's partner. Grace, Daniel and Tobi live together at "
                              "Flat 3, 18 Urswell Gardens, Uffingley."),
            ("Grandmother", "Comfort Okafor (56), Grace's mother, lives on Underhay Road, Uffingley"),
            ("Conference", "Initial (pre-birth) child protection conference, Tuesday 25/03/2025"),
            ("Category", "Neglect (likely significant harm)"),
            ("Social worker", "Laura Finch, Uffingley Early Help and Safeguarding Team"),
            ("Chair", "Peter Akindele"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Grace has bipolar affective disorder. After Tobi was born in 2019 she had a postpartum psychosis "
              "and spent six weeks with him on a mother and baby unit. In August 2024 she stopped her "
              "medication, became unwell again and believed Tobi's food was being poisoned; for two days she "
              "would not let him eat. Police found Tobi hungry at home and Grace was admitted to hospital for "
              "four weeks while Tobi stayed with his grandmother. Grace has been well since October, takes "
              "quetiapine every night and has kept every appointment with the perinatal team. Her "
              "psychiatrist has told conference that the risk of Grace becoming unwell again in the weeks "
              "after the birth is high, and that the signs can come on within days."),
        ("p", "Grace and Daniel both came to conference. Grace said she is frightened of becoming ill again but "
              "wants to be \"ready this time\". Daniel works as a delivery driver and has arranged two weeks' "
              "paternity leave."),
        ("h1", "What we know about the baby and Tobi"),
        ("p", "Baby: the 28-week scan showed her growing along the 50th centile. Grace says she is busiest in "
              "the evenings and kicks when Tobi puts his face on the bump and talks to her. The midwife has "
              "seen Grace relaxed and smiling when she feels the baby move, and Daniel has put the Moses basket "
              "together."),
        ("p", "Tobi (seen at school by Laura on 18 March): \"I'm going to be a big brother. I'm going to teach "
              "her football.\" He remembers \"when Mummy was poorly and said my food was bad\" and that he "
              "stayed at Grandma's: \"Grandma makes jollof and I had my own bed.\" He would like Grandma to "
              "\"come and live with us when the baby comes\". Asked who he would tell if Mummy was poorly "
              "again, he said \"Daniel, or Mrs Kerr\". His teacher says he is a happy, chatty boy who talks "
              "about the baby every day."),
        ("h1", "The plan"),
        ("table", {
            "header": ["What we want for the baby and Tobi", "Action", "Who", "When", "How we will know"],
            "widths": [4.6, 7.4, 4.3, 4.3, 5.1],
            "rows": [
                ["The baby is born safely and goes home with a plan that her parents, Comfort and every "
                 "professional know.",
                 "Birth and discharge planning meeting with Grace, Daniel, Comfort, the perinatal team and the "
                 "SW, agreeing the birth plan, who stays with Grace on the postnatal ward and when the baby "
                 "can go home",
                 "Jess Hart, specialist safeguarding midwife, Uffingley General Hospital",
                 "By 36 weeks (by 15/04/2025)",
                 "Written birth and discharge plan in Grace's maternity notes and sent to every agency"],
                [V,
                 "Visit the flat before the birth to check the Moses basket is set up in Grace and Daniel's "
                 "room and that all medicines are kept in a locked box",
                 "SW Laura Finch",
                 "By 22/04/2025 (38 weeks)",
                 "Home visit checklist on the children's file and shared at the core group"],
                ["The baby and Tobi are always looked after by an adult who is well enough to care for them: "
                 "Grace when she is well, and Daniel or Comfort when she is not.",
                 "Weekly home visits to check Grace's mental state and medication, and a written report before "
                 "each core group on whether she is making the changes needed to care safely for the baby and "
                 "Tobi, the steps still needed and how long they are likely to take",
                 "Owen Bell, CPN and care coordinator, Uffingley Perinatal Mental Health Service",
                 "Weekly until the baby is 12 weeks old; report before each core group",
                 "Visit record; written report read at each core group"],
                [V,
                 "Pre-birth psychiatric review and a written relapse-prevention plan for the first 12 weeks "
                 "after the birth, with a view on whether Grace's mental health will let her care for the "
                 "baby on her own and, if not yet, when it is likely to",
                 "Dr Ruth Abiodun, consultant perinatal psychiatrist",
                 "By 34 weeks (by 08/04/2025)",
                 "Relapse-prevention plan signed by Grace and Daniel and sent to the SW, GP, midwife and HV"],
                [V,
                 "Take her medication every night, and tell Daniel and the CPN the same day if she misses a "
                 "dose or has not slept",
                 "Grace Okafor",
                 "Every night",
                 "Pharmacy dispensing record and Grace's medication chart, checked by the CPN at each visit"],
                [V,
                 "Postnatal check for Grace, review of her quetiapine dose after the birth, and a letter to the "
                 "perinatal team and SW on how her health is affecting her care of the baby",
                 "Dr Simon Reeve, GP, Uffingley Health Centre",
                 "At the 6-week postnatal check",
                 "GP letter on the children's file"],
                [V,
                 "Stay at the flat after the birth and do the night feeds so that Grace can sleep",
                 "Comfort Okafor (MGM)",
                 "Every night for the first 4 weeks after the baby comes home",
                 "Comfort signs the feed chart each morning; the SW checks it at each visit"],
                [V,
                 "Paternity leave, then the 10pm and 2am feeds once Comfort goes home",
                 "Daniel Mensah",
                 "Leave for the first 2 weeks at home; night feeds from week 5 until the baby is 12 weeks old",
                 "Leave confirmed to the SW in writing; feed chart checked by the SW"],
                ["The baby is fed on time, gains weight and sleeps safely on her back in her own basket.",
                 "New birth visit, then home visits to weigh the baby, check feeding and safe sleep, and ask "
                 "Grace how she is sleeping and feeling",
                 "HV Anna Lowe, Uffingley 0-19 Service",
                 "Within 10 days of the birth, then weekly until the baby is 8 weeks old",
                 "Weight plotted in the red book, on or above the 9th centile; findings written in the HV "
                 "record"],
                [V,
                 "See the baby and Tobi at home and Tobi on his own; look at where the baby sleeps and at the "
                 "locked medicine box",
                 "SW Laura Finch",
                 "Fortnightly until the birth, then weekly until the review conference",
                 "Visit records with Tobi's own words and what was seen of the baby"],
                ["Tobi goes to school every day, is not worried about his food, and knows who will look after "
                 "him if Mummy is poorly.",
                 "Check in with Tobi at school and tell the SW the same day if he is worried about Mummy or "
                 "his food",
                 "Mrs Helen Kerr, DSL, Uffingley Vale Primary",
                 "Every Monday in term time",
                 "Check-in notes and the weekly attendance printout sent to the SW every Friday"],
                [V,
                 "Three sessions with Tobi, using a storybook about a new baby and about Mummy's illness, on "
                 "who will look after him if Mummy is poorly",
                 "Kemi Adeyemi, family support worker",
                 "Three sessions by 15/04/2025",
                 "Tobi can tell the SW the plan in his own words at the next visit; session notes on file"],
            ],
        }),
        ("h1", "If Grace becomes unwell"),
        ("p", "Grace's early warning signs, from her relapse-prevention plan, are: sleeping less than four hours "
              "a night for two nights, missing two doses of her medication in a row, saying that food or the "
              "baby's milk is being poisoned, or hearing voices. If any of these happen, Daniel or Comfort will "
              "ring the perinatal team (or the crisis line out of hours) the same day, and the baby and Tobi "
              "will not be left alone with Grace until the CPN has seen her. Daniel and Comfort will look after "
              "the children, and Laura (or the emergency duty team) will hold a strategy discussion the same "
              "day. If Grace needs to go into hospital, the perinatal team will ask for a bed for Grace and the "
              "baby on the Upholme Mother and Baby Unit; if none is free, the baby will stay with Daniel and "
              "Comfort."),
        ("p", "If Comfort cannot stay after the birth (if she is ill, or needed elsewhere) or Daniel cannot do "
              "the night feeds, the baby will not go home until Daniel's sister, Efua Mensah, has agreed with "
              "Laura to stay instead; if no family member can, Laura will arrange a foster placement for the "
              "baby that day."),
        ("p", "If Grace becomes unwell before the birth, or stops her medication for more than three days, Laura "
              "will ask her team manager for a legal planning meeting within 5 working days, to consider "
              "starting the pre-proceedings (PLO) process before the baby is born."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks at Uffingley Family Hub, 1.30pm: Tuesday 08/04/2025, Tuesday 06/05/2025 "
              "and Tuesday 03/06/2025, with an extra core group within 5 working days of the birth. Review "
              "child protection conference: Tuesday 24/06/2025, 10am, Uffingley Civic Centre."),
        ("p", "Plan written by Laura Finch (SW) with Grace and Daniel on 26/03/2025 and sent to every agency named "
              "above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. The plan set out in a long letter to a father with depression under the
#    CMHT; his mother, who lives with the family, has dementia (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b71_ulverholme_narrative_letter_to_father_marsh.docx",
    "doc_title": "Letter to Stephen Marsh - Ellie and Sam's child protection plan",
    "split": "tune",
    "actions": 9,
    "template": "narrative-letter-docx-address-block-bold-paragraph-headings-outcome-bullets-then-one-sentence-actions-under-what-will-happen",
    "description": (
        "The social worker's letter to a widowed father with recurrent depression setting out his "
        "children's (8 and 5) plan after the initial conference; his mother, who lives with them, has "
        "dementia. The actions are sentences under 'What will happen'. Hard negatives: the grandmother's "
        "dementia (not a parent's ill health, so never F004 or F001), the CMHT and the GP owning actions "
        "(no F004), the children's words recorded. Faults: six of nine actions are about Stephen's own "
        "health, support and appointments with no link to the children (F001); the CMHT only supports "
        "him (H001); a sleep appointment with no timescale or measure (T001, M001); a passive adult social "
        "care referral (W001); 'keep an eye on' (M002); an outcome about Stephen's mood only (F002); no "
        "contingency at all (C001) and no legal step (R002)."
    ),
    "blocks": [
        ("pl", "Ulverholme City Council"),
        ("pl", "Children's Services – Family Safeguarding Team (North)"),
        ("pl", "Unity House, Ulldene Street, Ulverholme"),
        ("pr", "12 March 2025"),
        ("p", ""),
        ("pl", "Mr Stephen Marsh"),
        ("pl", "40 Uplands Way"),
        ("pl", "Ulverholme"),
        ("p", ""),
        ("p", "Dear Stephen,"),
        ("boldp", "Ellie and Sam's child protection plan"),
        ("p", "Thank you for coming to the initial child protection conference on Tuesday 4 March, and for "
              "talking so openly about how the last few months have been for you. As you know, Ellie and Sam "
              "now have a child protection plan under the category of neglect. I said I would write to you "
              "and set the plan out in plain words, so that you know what everyone has agreed to do and "
              "what we are hoping will change."),
        ("boldp", "Why Ellie and Sam have a plan"),
        ("p", "Since Kerry died in 2022 you have brought Ellie and Sam up on your own, and since last summer your "
              "mum, Irene, has lived with you too. Irene has Alzheimer's disease and gets confused, especially "
              "at night. You have had depression on and off for many years, and since October it has been bad "
              "enough for you to be off work and under the Ulverholme Community Mental Health Team. Underhill "
              "Primary told us that Ellie and Sam were often late, hungry and in dirty clothes, and that Ellie "
              "had said she \"does Nana's tablets\". In January a neighbour found Sam in the street at 11pm, "
              "following Irene, who had gone out to look for her old house. When I visited on 19 February you "
              "had been in bed most of the day, there was no food in the fridge, and the gas ring had been left "
              "on."),
        ("boldp", "What Ellie and Sam told me"),
        ("p", "When I saw Ellie at school on 27 February she told me: \"I like looking after Nana but I get "
              "scared when she goes out at night. Daddy is tired all the time.\" She said she would like her "
              "dad \"to come to my swimming again\" and that she worries about being late because \"Miss says "
              "my name in front of everyone\". Sam told me his favourite thing is \"Lego with Daddy\" and that "
              "Nana \"gets lost\". He said he was \"a bit hungry\" in the mornings and showed me the biscuit "
              "tin he keeps under his bed."),
        ("boldp", "What we hope will be different by the review conference"),
        ("bullets", [
            "Ellie and Sam are washed, fed and at school on time every day.",
            "Ellie and Sam are not the ones who look after Nana, give her tablets or go after her at night.",
            "Your mood will be stable and you will feel able to cope again.",
        ]),
        ("boldp", "What will happen"),
        ("p", "Nadia Brook, your care coordinator at the Ulverholme Community Mental Health Team, will carry on "
              "seeing you every week to support you with your low mood and your medication, and she will note "
              "each visit in your CMHT record. Dr Okoye at Uplands Surgery will review your antidepressants by "
              "21 March 2025 and send me a copy of his letter to Nadia."),
        ("p", "You will go to the eight-week bereavement group for people who have lost a partner at Ulverholme "
              "Community Centre on Thursday mornings from 13 March, and the group leader will send me your "
              "attendance sheet. I will help you "
              "with your Universal Credit claim and your council tax reduction by 31 March 2025, and I will "
              "keep copies of both on file. You will collect your tablets from Uplands Pharmacy every Friday and tick "
              "off each dose on the chart I gave you. You will book an appointment with the practice nurse to talk about "
              "your sleep."),
        ("p", "A referral will be made to Ulverholme Adult Social Care for an assessment of Irene's care needs "
              "by 21 March 2025, and the outcome letter will go on file. I will visit Ellie and Sam at home "
              "every two weeks and see each of them on their own, writing down what they tell me. Ellie's "
              "school, Underhill Primary, will keep an eye on how she is each week."),
        ("boldp", "Meetings"),
        ("p", "The core group (you, me, Nadia, Underhill Primary and the school nurse) will meet every four weeks "
              "at Underhill Primary at 2pm: on Tuesday 18 March, Tuesday 15 April and Tuesday 13 May 2025. The "
              "review child protection conference will be on Tuesday 3 June 2025 at 10am at Ulverholme Civic "
              "Hall."),
        ("p", "Please ring me on 01632 960418 with any questions about this letter. I am in the office on "
              "Mondays and Thursdays."),
        ("p", "Yours sincerely,"),
        ("p", "Rachel Dunmore"),
        ("p", "Social Worker, Family Safeguarding Team (North)"),
        ("p", "Copy to: Nadia Brook (Ulverholme CMHT); Dr Okoye (Uplands Surgery); Mrs Gill Sayer (DSL, "
              "Underhill Primary); Jean Hardcastle (conference chair)."),
    ],
    "findings": [
        F("H001", "will carry on seeing you every week to support you"),
        F("T001", "You will book an appointment with the practice nurse"),
        F("M001", "You will book an appointment with the practice nurse"),
        F("W001", "A referral will be made to Ulverholme Adult Social Care"),
        F("M002", "will keep an eye on how she is each week"),
        F("F002", "Your mood will be stable and you will feel able to cope again."),
        F("F001"),
        F("C001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. A 15-year-old's own cannabis use while his mother has chemotherapy for
#    breast cancer (a physical illness, recorded); relatives carry the
#    chemotherapy weeks; no outcomes section (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b71_upsworth_icpc_plan_cannabis_chemo_weeks_brennan.md",
    "split": "tune",
    "actions": 10,
    "template": "icpc-plan-md-bold-details-why-worried-what-callum-says-then-what-needs-to-happen-who-when-how-we-will-know-table-no-outcomes",
    "description": (
        "Initial conference plan for a 15-year-old using cannabis every day and at risk of being drawn into "
        "dealing, while his mother has chemotherapy for breast cancer. Hard negatives: 'Weekly, ongoing' "
        "(a real timescale), the young people's substance service (not an adult mental health service, "
        "never H001), the mother's negated mental health and drinking history. Faults: no expected "
        "outcome for Callum anywhere (O001); the mother's cancer is recorded but no adult service owns an "
        "action, the hospital is only where she goes (F004); 'Monitored by the service' (M002); 'ASAP' "
        "(T002); 'Everyone in the network' (W002); an empty measure (M001); a 'things get worse ... "
        "discuss' contingency (C002) that says nothing about the aunt and grandfather failing (C003); "
        "no legal step (R002)."
    ),
    "text": """\
# Upsworth Council – Child Protection Plan

**Young person:** Callum Brennan, 15 (DOB 02/10/2009), Year 11, Upsworth High School
**Lives with:** Siobhan Brennan (mum, 46), 9 Urnfield Close, Upsworth. Callum's dad, Martin
Brennan, has had no contact with him since 2016.
**Family:** Maureen Quinn (Siobhan's sister) lives on Upper Mill Road; Joe Quinn (Callum's
grandad, 71) lives at 2 Umble Terrace, Upsworth.
**Conference:** Initial child protection conference, Wednesday 26 February 2025
**Category:** Neglect
**Social worker:** Niamh Doyle, Upsworth Adolescent Support Team
**Chair:** Graham Tennant

## Why we are worried

Siobhan was diagnosed with breast cancer in October 2024. She has chemotherapy every
three weeks at Upsworth General Hospital and will have radiotherapy in the summer. For
several days after each session she is in bed and too unwell to know where Callum is.
Siobhan has no history of mental health difficulties and does not drink.

Since November Callum has been smoking cannabis every day. On 10 February he was found at
school with 14 small bags of cannabis and £160 in cash, and he was excluded for five
days. He has been coming home at 1 or 2am on chemotherapy weeks, and twice he was
brought home by police after being seen in cars with older young men near the Ullet Road
flats. His attendance has dropped from 95% to 78% since October.

Siobhan has been honest about how little she can manage on chemotherapy weeks, and Joe
and Maureen have said they will help.

## What Callum says

Callum met Niamh twice, at school and at McDonald's. He said: "Weed's the only thing that
stops me thinking about Mum." He is scared that his mum will die and says nobody tells him
what the doctors say. He said the bags at school were "just for mates" and would not say
where they came from. He wants to stay living with his mum, and he does not mind going to
his grandad's on chemo weeks "as long as I can still see my mates". He wants to do an
electrician apprenticeship when he leaves school and is worried his exclusion will stop
him getting one.

## What needs to happen

| What needs to happen | Who | When | How we will know |
|---|---|---|---|
| See Callum on his own at home and at school, and talk with him about his cannabis use and who he gets it from | SW Niamh Doyle | Weekly, ongoing | Visit notes with Callum's own words |
| One-to-one cannabis sessions with Callum at school | Ben Achebe, Upsworth Young People's Substance Service | Fortnightly from 10/03/2025 | Monitored by the service |
| Take Callum to school on the mornings after Siobhan's chemotherapy | Maureen Quinn (maternal aunt) | The three school days after each chemotherapy session | School register shows Callum in by 8.40am |
| Have Callum to stay for the three nights after each chemotherapy session and make sure he is in by 10pm | Joe Quinn (MGF) | Every third week, from the night of each chemotherapy session | Joe texts the SW each night to say Callum is in |
| Refer Callum to Upsworth Young Carers so he has support with his mum's illness | Mrs Jan Pike, school nurse | ASAP | Young Carers acceptance letter on file |
| Tell the SW about any sign that Callum is carrying or selling cannabis | Everyone in the network | The same day | Each report logged by the SW on the exploitation tracker |
| Check Callum's room with him and keep to the house rules agreed with the SW | Siobhan Brennan | Every Sunday | |
| Send Callum's attendance and behaviour report to the SW | Mr Tariq Hussain, head of Year 11, Upsworth High School | Every Friday | Weekly report on Callum's file |
| Return home interview with Callum after any night he is not home by midnight | Kelly Brand, Upsworth Missing Team | Within 72 hours of each time | Return interview form sent to the SW |
| Family group conference to plan how the family supports Callum and Siobhan through her treatment | Ruth Ames, FGC coordinator | By 04/04/2025 | Family plan written and shared with the SW |

## Contingency

If things get worse for Callum, the professionals involved will meet to discuss what to
do next.

## Meetings

- Core group every 3 weeks at Upsworth High School, 3.30pm: Wednesday 12 March, Wednesday 2 April and Wednesday 23 April 2025.
- Review child protection conference: Wednesday 21 May 2025, 10am, Upsworth Council House.
""",
    "findings": [
        F("M002", "One-to-one cannabis sessions with Callum at school"),
        F("T002", "Refer Callum to Upsworth Young Carers so he has support"),
        F("W002", "Tell the SW about any sign that Callum is carrying"),
        F("M001", "Check Callum's room with him and keep to the house rules"),
        F("O001"),
        F("F004"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Typed plan exported to text: an 11-year-old's own CAMHS work for
#    anxiety and self-harm, beside her father's depression under the CMHT,
#    which is asked about his capacity to change (txt, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b71_uncastle_plan_text_export_camhs_haldane.txt",
    "split": "tune",
    "actions": 11,
    "template": "icpc-plan-txt-upper-case-numbered-sections-action-blocks-with-who-when-how-we-will-know-lines",
    "description": (
        "Initial conference plan, exported as plain text, for an 11-year-old and a 3-year-old after their "
        "father's overdose at home; he has recurrent depression under the CMHT, and Freya has her own "
        "CAMHS work for anxiety and self-harm. Numbered action blocks with Who / When / How we will know "
        "lines. The care coordinator and the psychiatrist both report on whether Rob can make the changes "
        "needed and how long it will take; CAMHS treats Freya (never H001); the GP limits the tablets in "
        "the house; the uncle's morning calls have a fallback; early warning triggers, same-day response, "
        "legal step, core group dates and review date set. Exemplary."
    ),
    "text": """\
UNCASTLE CITY COUNCIL - CHILDREN'S SERVICES
CHILD PROTECTION PLAN

Children:      Freya Haldane (11), Year 7, Uncastle Community College
               Alfie Haldane (3), Little Umbers Nursery
Parents:       Kim Haldane (37) and Rob Haldane (39), 14 Ulwin Avenue, Uncastle
Other family:  Mark Dennison (Kim's brother), Umberwood Court, Uncastle
               Brenda Dennison (Kim's mum), Uncastle
Conference:    Initial child protection conference, Monday 10/03/2025
Category:      Emotional abuse
Social worker: Tom Ellery, Uncastle Family Safeguarding Team
Chair:         Joanne Akers


1. WHY FREYA AND ALFIE HAVE A PLAN

Rob has had depression on and off since his twenties and has been under the
Uncastle Community Mental Health Team since November 2024. On 12 January 2025
he took an overdose of his tablets at home while Kim was at work. Freya found
him on the bathroom floor when she got up for school and rang 999; Alfie was
asleep in his cot. Rob spent three days in Uncastle General Hospital. Since
then he has gone back to bed most days once Freya has left for school, and Kim
works three night shifts a week as a nurse, so Alfie is often at home with his
dad when Rob is at his lowest. Freya has been scratching her arms since
February and was referred to CAMHS for anxiety and self-harm.

Rob and Kim both came to conference. Rob said he "never wants Freya to find me
like that again" and that he will do what the plan asks. Kim keeps the
medicines locked away and has told the school and nursery what happened.


2. WHAT FREYA AND ALFIE HAVE TOLD US AND SHOWN US

Freya (seen by Tom at school on 4 March, on her own): "I check on Dad before I
go to school, and when I get home I go upstairs first to make sure he's okay.
I scratch when my head gets too busy." She said she did not tell anyone about
the scratching because "everyone's already worried about Dad". She wants her
dad "to get better and play badminton with me again", and she wants to be
able to go to drama club on Wednesdays without worrying about home. She put
home at 4 out of 10 and school at 7.

Alfie: seen at home and at nursery. He is a lively boy who talks in short
sentences. At nursery he plays "doctors" with the teddies and put a teddy "in
the ambulance". At home he climbed onto his dad's lap and showed Tom his
trains. Nursery say he is clingy with Kim at drop-off on the mornings after
her night shifts.


3. WHAT WE WANT FOR FREYA AND ALFIE

 - Freya and Alfie are never left in the care of their dad when he is too
   unwell to look after them, and there are no tablets in the house they
   could find.
 - Freya does not carry the job of watching over her dad. She knows it is not
   her fault and who to tell if she is worried about him.
 - Freya stops hurting herself and uses a safety plan she helped to write.
 - Alfie goes to nursery every day he is booked in and arrives fed and happy.


4. WHAT WILL HAPPEN

Action 1
  What:  See Freya on her own at school and at home, and Alfie at home and
         at nursery; use the three houses with Freya.
  Who:   SW Tom Ellery
  When:  Weekly until the review conference; one visit in three unannounced
  How we will know: visit records with Freya's own words and what was seen
         of Alfie.

Action 2
  What:  Weekly appointments with Rob, and a written report before each core
         group on whether he is making the changes needed to keep Freya and
         Alfie safe, what steps are still needed and how long they are
         likely to take.
  Who:   Sue Marlow, care coordinator, Uncastle CMHT
  When:  Weekly until the review conference; report before each core group
  How we will know: the written report, read at each core group.

Action 3
  What:  Medication review and risk assessment after the overdose, with a
         written view on Rob's capacity to change, the likely timescale, and
         what that means for his care of Alfie on his own.
  Who:   Dr Hamid Qureshi, consultant psychiatrist, Uncastle CMHT
  When:  By 28/03/2025
  How we will know: report sent to the SW, the GP and Sue Marlow.

Action 4
  What:  Prescribe Rob's tablets one week at a time, so there is never more
         than a week's supply in the house where Freya and Alfie live.
  Who:   Dr Carys Lloyd, GP, Uncastle Medical Practice
  When:  Weekly prescriptions from 11/03/2025
  How we will know: pharmacy dispensing record; GP letter confirming the
         change sent to the SW by the first core group.

Action 5
  What:  Keep every medicine in the house in the locked box and check it
         before leaving for each night shift.
  Who:   Kim Haldane
  When:  Every evening before a night shift
  How we will know: Kim's tick chart on the fridge; the SW checks the box at
         each visit.

Action 6
  What:  Phone Rob on the mornings after Kim's night shifts, and go round if
         he has not answered within 15 minutes.
  Who:   Mark Dennison (maternal uncle)
  When:  Every morning after one of Kim's night shifts, by 9.30am
  How we will know: Mark's call log, seen by the SW at each visit.

Action 7
  What:  CBT sessions with Freya for her anxiety, and update her self-harm
         safety plan with her.
  Who:   Dr Lena Fry, clinical psychologist, Uncastle CAMHS
  When:  Weekly for 12 weeks from 13/03/2025; safety plan by 20/03/2025
  How we will know: RCADS scores at the start and at week 6, and the safety
         plan, sent to the SW.

Action 8
  What:  Check in with Freya, give her a pass to the quiet room, and tell the
         SW the same day if she self-harms or is worried about her dad.
  Who:   Mrs Amina Shah, head of Year 7 and DSL, Uncastle Community College
  When:  Every Tuesday in term time
  How we will know: check-in notes and the attendance printout sent to the
         SW every Friday.

Action 9
  What:  Increase Alfie's place to 30 funded hours so he is at nursery on the
         days Kim sleeps after a night shift, and record how he arrives.
  Who:   Sinead Vaughan, manager, Little Umbers Nursery
  When:  From 17/03/2025, Monday to Thursday, 8am to 2pm
  How we will know: nursery register and arrival sheet (fed or hungry, who
         brought him) emailed to the SW every Friday.

Action 10
  What:  Young carer's assessment with Freya, and a place at the Thursday
         young carers group.
  Who:   Dan Pike, Uncastle Young Carers
  When:  Assessment by 11/04/2025; group every Thursday from 20/03/2025
  How we will know: written assessment sent to the SW; group register.

Action 11
  What:  Family Talk sessions with Rob, Kim and Freya on talking about Dad's
         depression, so Freya knows it is not her fault and who to tell.
  Who:   Jess Coombe, family support worker
  When:  Six sessions, fortnightly from 17/03/2025
  How we will know: session notes; Freya can tell the SW the family's plan
         in her own words.


5. CONTINGENCY PLAN

If Rob says he is thinking of ending his life, misses two CMHT appointments in
a row, or any medicine is found outside the locked box, or if Freya hurts
herself badly enough to need medical treatment:
 - Kim (or Mark if Kim is at work) will stay with the children and Rob will
   not look after Alfie on his own;
 - Sue Marlow will arrange for the CMHT crisis team to see Rob the same day;
 - Tom (or the emergency duty team out of hours) will hold a strategy
   discussion the same day.

If Mark is away or cannot make the morning calls, Kim will tell Tom before the
shift, and Alfie will spend those days with his grandmother, Brenda Dennison.
If neither Mark nor Brenda can help, Kim will not work that night shift, or Tom
will arrange an emergency foster placement for Alfie that day.

If Rob takes another overdose, or is found too unwell to care for Alfie while
alone with him, or the CMHT report at the second core group says he is not
making the changes needed, Tom will ask his team manager for a legal planning
meeting within 5 working days.


6. CORE GROUP AND REVIEW

Core group every 4 weeks at Uncastle Community College, 3.30pm:
Monday 24/03/2025, Tuesday 22/04/2025 and Monday 19/05/2025.
Review child protection conference: Monday 02/06/2025, 10am, Uncastle Guildhall.

Plan typed by Tom Ellery (SW) on 11/03/2025 and sent to Kim, Rob and every
agency named above.
""",
    "findings": [],
})
