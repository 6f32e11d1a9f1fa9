"""Batch 34, module 2: seven fictional plans (tuning material), places beginning with "n".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: plans shaped by who wrote them and who they are for. A police public
protection unit's domestic abuse safeguarding plan adopted by conference; a
joint plan written by a housing options officer and a social worker; a
charity's family support plan built on Family Star scores; a health-led plan
for a baby with Down syndrome and a heart defect; a plan for a mother with
multiple sclerosis with her advocate's column; a plan typed as one long
numbered list with a) b) c) sub-points; and an email thread whose last
message holds the agreed actions. Owners appear as initials, roles, first
names, "me", agencies and "tbc"; timescales use w/c, wkly, fortnightly,
asap and tbc.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Police-led domestic abuse safeguarding plan, owner-first action table,
#    adopted by the ICPC as the safety part of the CP plan (pdf, paged)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b34_nardlestow_police_da_safeguarding_plan_owner_first_tennick.pdf",
    "doc_title": "Domestic Abuse Safeguarding Plan - Tennick household",
    "split": "tune",
    "template": "police-ppu-da-safeguarding-plan-paged-occurrence-box-numbered-parts-voice-of-the-child-then-no-owner-first-action-target-date-evidence-of-completion-table-escalation-part",
    "description": (
        "A police Public Protection Unit's domestic abuse safeguarding plan for an 8-year-old and a "
        "2-year-old after their mother was strangled by her partner, adopted by the initial conference as "
        "the safety part of the children's plan. Police-style owner-first table: the IDVA row is 'ASAP' "
        "with 'engagement' as its measure, 'Partner agencies' own sightings, patrols are 'Ongoing' and "
        "'monitored', the perpetrator referral has no owner and a 'tbc' date, the father's alcohol "
        "self-referral has no measure and no adult service owns an action, one outcome is the mother's, "
        "and nothing says when legal planning follows."
    ),
    "header": "OFFICIAL-SENSITIVE | Nardlestow Constabulary – Public Protection Unit",
    "footer": "DA Safeguarding Plan – Occ. NC-25-114702 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Domestic Abuse Safeguarding Plan (children in the household)"),
        ("p", "Completed by DC 4471 Rachel Hume, Domestic Abuse Safeguarding Team (DAST), Public Protection "
              "Unit, Nardlestow Central. Agreed with Nardlestow Borough Council Children's Services and adopted "
              "by the initial child protection conference on 21/07/2025 as the safety part of the children's "
              "child protection plan (category: emotional abuse)."),
        ("h2", "Part 1 – Occurrence details"),
        ("kv", [
            ("Occurrence no.", "NC-25-114702"),
            ("Incident", "05/07/2025, approx. 23:40, 14 Holloway Road, Nardlestow"),
            ("Offences", "Assault occasioning ABH; intentional strangulation"),
            ("Victim", "Shannon TENNICK (27)"),
            ("Suspect", "Ryan COLLEY (31), partner of the victim and father of Lola; now living at "
                        "3 Fenner Court, Nardlestow"),
            ("Children in household", "Jace TENNICK, 8 (Year 3, Holloway Road Primary); Lola COLLEY, 2 "
                                      "(Little Acorns Nursery)"),
            ("Custody outcome", "Charged 06/07/2025. Conditional bail to Nardlestow Magistrates' Court on "
                                "04/08/2025: no contact with Shannon directly or indirectly; not to enter "
                                "Holloway Road; curfew 21:00–07:00 at Fenner Court."),
            ("DASH risk", "HIGH (19 ticks). Referred to MARAC."),
            ("OIC", "PC 2231 Hannah Voss, Response Team 3"),
            ("Children's Services", "SW Amira Doyle, Safeguarding Team B"),
        ]),
        ("h2", "Part 2 – Summary of incident and history"),
        ("p", "Officers attended after a 999 call from a neighbour, Mrs Gail Brewer, at 23:41. Jace had run "
              "next door in his pyjamas and told her \"Ryan's hurting Mummy, he's got her neck\". Officers "
              "found Shannon in the kitchen with red marks on both sides of her neck and a cut lip. Lola was "
              "asleep upstairs. Ryan was in the garden, heavily intoxicated, and was arrested at the scene."),
        ("p", "This is the fourth domestic abuse call to the address since November 2024 (18/11/2024 verbal "
              "argument; 02/02/2025 criminal damage to the front door; 29/04/2025 common assault, no further "
              "action as Shannon did not support a prosecution). Shannon told officers that Ryan drinks "
              "\"most nights, cans and then vodka\" and is worse when he has been drinking. Ryan has a "
              "conviction for drink-driving (2021). This time Shannon has given a full statement and supports "
              "a prosecution."),
        ("h2", "Part 3 – Voice of the child"),
        ("p", "Jace was spoken to by PC Voss on 06/07/2025 at his nan's house with Shannon present (first "
              "account only; his ABE interview was completed on 09/07/2025). He said: \"I heard banging and "
              "Mummy was crying. Ryan was squeezing her neck against the fridge. I went to Gail's because "
              "Mummy told me if it's bad go to Gail's.\" He said he does not want Ryan to come back "
              "\"because he's nice when he's not drinking but he's mostly drinking\". He asked if he could "
              "sleep in Mummy's bed \"until the lock is fixed\"."),
        ("p", "Lola is 2 and was not spoken to. Nursery staff say she has been clingy at drop-off since "
              "07/07/2025, and Shannon says she wakes twice a night crying for \"Dada\"."),
        ("h2", "Part 4 – Outcomes sought"),
        ("bullets", [
            "Jace and Lola do not see, hear or get caught up in any more violence at home.",
            "Jace can sleep in his own bed again and tells his teacher and his SW that he feels safe at home.",
            "Lola settles at nursery drop-off and sleeps through most nights.",
            "Shannon is safe from further harm and feels able to support the prosecution.",
        ]),
        ("h2", "Part 5 – Safeguarding actions"),
        ("p", "Listed by action owner. Target dates are checked at each core group."),
        ("table", {
            "header": ["No.", "Action owner", "Safeguarding action", "Target date", "Evidence of completion"],
            "widths": [1.0, 3.2, 5.2, 2.8, 4.8],
            "rows": [
                ["1", "PC 2231 Hannah Voss (OIC)",
                 "Serve the bail conditions on the suspect and send a copy to Jace's school, Lola's nursery and "
                 "the SW",
                 "08/07/2025 (done)",
                 "Copy of the bail sheet held by the school DSL, the nursery manager and the SW; conditions "
                 "shown on PNC"],
                ["2", "DS Mark Ebury, DAST",
                 "Put an urgent-response warning marker on 14 Holloway Road and on Shannon's mobile number",
                 "07/07/2025 (done)",
                 "Marker confirmed on the control room system; screenshot emailed to the SW"],
                ["3", "IDVA, Nardlestow Women's Safety Service",
                 "Contact Shannon to complete a safety plan with her and support her through MARAC and the "
                 "court case",
                 "ASAP",
                 "Engagement with IDVA service"],
                ["4", "Shannon Tennick",
                 "Keep the doors locked and the chain on at night; ring 999 if Ryan comes to the address or "
                 "makes any contact",
                 "Every night; 999 at the time of any breach",
                 "Every breach reported is logged on the occurrence and the SW told the next working day"],
                ["5", "Nardlestow Homes (Target Hardening Scheme)",
                 "Fit a new front door lock, a door chain and a letterbox guard so that Jace feels safe to "
                 "sleep in his own room",
                 "By 11/07/2025",
                 "Job sheet signed by Shannon; work seen by the SW on her next visit"],
                ["6", "Partner agencies",
                 "Report any sighting of the suspect near the home, the school or the nursery to police on 999",
                 "Same day",
                 "Each sighting logged on the occurrence with the caller's name"],
                ["7", "PCSO 8120 Dan Rigby, Holloway Neighbourhood Team",
                 "Reassurance patrols past 14 Holloway Road and the route Jace walks to school",
                 "Ongoing",
                 "Monitored by the neighbourhood sergeant"],
                ["8", "–",
                 "Referral of the suspect to the Nardlestow Domestic Abuse Perpetrator Programme (DAPP)",
                 "tbc",
                 "DAPP acceptance letter on file"],
                ["9", "Ryan Colley",
                 "Self-refer to Nardlestow Alcohol Service about his drinking",
                 "Before his first court date, 04/08/2025",
                 ""],
                ["10", "SW Amira Doyle, Children's Services",
                 "Joint home visit with the OIC, then visits to see Jace on his own and Lola at home",
                 "First by 10/07/2025, then every 10 working days",
                 "Visit records with Jace's words, shared with DAST after each visit"],
                ["11", "Mrs K. Pearce, DSL, Holloway Road Primary",
                 "Operation Encompass: check in with Jace the morning after any police call-out to the home, "
                 "and every Monday until the review",
                 "Next school morning after any call-out; every Monday",
                 "DSL log of each check-in, copied to the SW the same day"],
                ["12", "Little Acorns Nursery (manager Jo Beckwith)",
                 "Record how Lola is at drop-off and collection and who collects her; only Shannon or her mum "
                 "Denise may collect",
                 "Every session",
                 "Daily nursery record; any change emailed to the SW the same day"],
            ],
        }),
        ("h2", "Part 6 – Escalation (if the plan is breached)"),
        ("p", "If Ryan breaches any bail condition, comes to Holloway Road or contacts Shannon or the children "
              "by any means, Shannon or any agency will call 999 and the call will be graded as an emergency "
              "because of the marker. Ryan will be arrested for the breach and put before the next available "
              "court with a remand application. DAST will tell the SW (or the emergency duty team out of "
              "hours) within the hour, and a strategy discussion will be held the same day."),
        ("p", "If Shannon and the children cannot stay safely at Holloway Road, the IDVA will arrange a refuge "
              "place for all three of them through Nardlestow Women's Aid that day; if none is free, Children's "
              "Services will place them together in emergency accommodation that night."),
        ("h2", "Part 7 – Meetings"),
        ("bullets", [
            "MARAC: 17/07/2025 (DAST and the IDVA attend; MARAC actions fed back to the SW).",
            "Core group: first meeting 31/07/2025 at Holloway Road Primary, then every 4 weeks (28/08/2025, "
            "25/09/2025).",
            "Review child protection conference: 20/10/2025, Nardlestow Civic Centre.",
            "Court: first hearing 04/08/2025, Nardlestow Magistrates' Court; the OIC will tell the SW the "
            "outcome the same day.",
        ]),
        ("p", "Plan reviewed and signed off by DS Mark Ebury, DAST supervisor, 22/07/2025."),
    ],
    "findings": [
        F("F002", "Shannon is safe from further harm and feels able to support the prosecution."),
        F("T002", "Contact Shannon to complete a safety plan with her"),
        F("M002", "Contact Shannon to complete a safety plan with her"),
        F("W002", "Report any sighting of the suspect near the home"),
        F("T002", "Reassurance patrols past 14 Holloway Road and the route"),
        F("M002", "Reassurance patrols past 14 Holloway Road and the route"),
        F("W001", "Referral of the suspect to the Nardlestow Domestic Abuse"),
        F("T002", "Referral of the suspect to the Nardlestow Domestic Abuse"),
        F("M001", "Self-refer to Nardlestow Alcohol Service about his drinking"),
        F("F004"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Joint housing options and children's services plan for a family in B&B,
#    with a "Duty" column naming the legal duty behind each step. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b34_nessingham_housing_joint_plan_duty_column_hartnell.docx",
    "doc_title": "Joint Housing and Child Protection Plan - Alfie-Ray and Bonnie Hartnell",
    "split": "tune",
    "template": "joint-housing-options-and-childrens-services-cp-plan-docx-household-lines-housing-status-table-then-step-what-duty-lead-when-what-well-see-table",
    "description": (
        "Exemplary joint plan written by a housing options officer and a social worker for a 4-year-old "
        "and a 10-month-old living in one B&B room after an eviction (neglect: unsafe sleep, falling "
        "weight, missed pre-school; mother's depression). A 'Duty' column says which duty each step "
        "falls under (interim accommodation, relief duty, s17, the CP plan). Every step has a named lead, "
        "a date or frequency and something to see; the GP reports on the mother's depression; the "
        "grandmother's teas have a fallback; the contingency covers an intentionality decision; dates "
        "and the legal step are set."
    ),
    "blocks": [
        ("title", "Joint Housing and Child Protection Plan"),
        ("p", "Nessingham District Council – Housing Options Service and Children's Services (Safeguarding "
              "Team 2). Written together by Gemma Rowntree, Housing Options Officer, and Rhiannon Pask, "
              "Social Worker, after the initial child protection conference on 10/07/2025."),
        ("h2", "Household"),
        ("kv", [
            ("Children", "Alfie-Ray Hartnell, 4 (Puffins Pre-school; starts Reception at Bridge Street "
                         "Primary in September); Bonnie Hartnell, 10 months"),
            ("Parent", "Chloe Hartnell (24)"),
            ("Children's father", "Dale Firth – no contact; non-molestation order to March 2026"),
            ("Maternal grandmother", "Jackie Hartnell, 22 Wren Walk, Nessingham"),
            ("Where the family live now", "Room 6, Station Lodge B&B, 40 Station Road, Nessingham (since "
                                          "27/06/2025)"),
            ("Child protection plan", "Initial conference 10/07/2025; category neglect; chair Paul Ndiaye"),
        ]),
        ("h2", "Housing status"),
        ("table", {
            "header": ["Item", "Detail"],
            "widths": [4.5, 12.5],
            "rows": [
                ["Housing application", "HOU/25/3318, made 20/06/2025 after a section 21 notice and eviction "
                                        "for rent arrears of £2,140"],
                ["Duty accepted", "Relief duty accepted 27/06/2025; interim accommodation provided under s188 "
                                  "Housing Act 1996"],
                ["Priority need", "Yes – dependent children"],
                ["Intentionality", "Not yet decided; decision due by 15/08/2025"],
                ["Six-week B&B limit", "The family must be out of B&B by 08/08/2025"],
                ["Housing register", "Band A (homeless with children), bidding number 55120"],
            ],
        }),
        ("h2", "Why there is a child protection plan"),
        ("p", "Chloe and the children were evicted from their flat on Carr Lane in June. Since then they have "
              "lived in one room at Station Lodge, with a shared bathroom on another floor and no kitchen. The "
              "room has one double bed and no space for a cot, so Bonnie has been sleeping in her pram or in "
              "the bed with Chloe and Alfie-Ray. On 01/07/2025 the HV found that Bonnie's weight had dropped "
              "from the 25th centile to below the 9th, and Chloe said she had been giving her formula made up "
              "in the morning because there is nowhere to sterilise bottles. Alfie-Ray has missed 11 of his "
              "last 15 pre-school sessions because the bus fare is £4.60 a day."),
        ("p", "Chloe has depression, diagnosed in 2023, and stopped taking her sertraline when the family "
              "moved. She told conference that some days she stays in bed until midday and Alfie-Ray gets his "
              "own breakfast of crisps from the vending machine. Chloe has been honest with everyone, keeps "
              "the room tidy and is warm and patient with both children."),
        ("h2", "What the children tell us and what we see"),
        ("p", "Alfie-Ray (seen on his own at Puffins by Rhiannon on 08/07/2025): \"Our house now is just a "
              "bed. I miss my Spider-Man room. Bonnie cries in the night and wakes me up.\" He said the best "
              "thing is \"going to Nanny Jackie's for fish fingers\" and that he wants to go to pre-school "
              "\"every day, not just sometimes\"."),
        ("p", "Bonnie is a smiley baby who babbles and reaches for her brother. On both visits she was grizzly "
              "and fed hungrily. She has nowhere to crawl: there is about a metre of floor between the bed and "
              "the door, and she spends most of the day in her pram or on the bed."),
        ("h2", "What we want for Alfie-Ray and Bonnie"),
        ("bullets", [
            "Bonnie sleeps flat in her own cot every night, has warm, safely made feeds and is back on her "
            "25th centile by the review conference.",
            "Alfie-Ray goes to every pre-school session and starts Reception on time in September.",
            "The children live in a self-contained home with a kitchen and space to play, near their school "
            "and their nan, and do not have to move again before the review.",
        ]),
        ("h2", "The joint plan"),
        ("p", "The Duty column shows which duty each step is carried out under, so everyone knows which "
              "service answers for it. Every step has one named lead."),
        ("table", {
            "header": ["Step", "What will happen", "Duty", "Lead", "When", "What we'll see"],
            "widths": [1.0, 4.6, 2.2, 2.9, 2.8, 3.5],
            "rows": [
                ["1", "Move Chloe, Alfie-Ray and Bonnie out of Station Lodge into self-contained temporary "
                      "accommodation with a kitchen and room for Bonnie's cot, within reach of Puffins and "
                      "Bridge Street Primary",
                 "Housing – s188 interim accommodation", "Gemma Rowntree, Housing Options Officer",
                 "By 08/08/2025",
                 "Licence for the new address signed; SW sees the cot up and the kitchen working on her first "
                 "visit there"],
                ["2", "Provide a travel cot, a kettle and a microwave steriliser at Station Lodge so that Bonnie "
                      "can sleep flat and have freshly made feeds until the move",
                 "Children's Services – s17", "SW Rhiannon Pask", "By 15/07/2025",
                 "Cot set up and bottles made fresh, seen by the HV at her next weigh-in"],
                ["3", "Review Chloe's Personalised Housing Plan with her, including the areas she will bid for, "
                      "so the children can stay near Nanny Jackie and Alfie-Ray's new school",
                 "Housing – relief duty", "Gemma Rowntree", "First review 17/07/2025, then every 4 weeks",
                 "Updated Personalised Housing Plan signed by Chloe; copy to the SW"],
                ["4", "Bid for 2-bedroom homes on Nessingham HomeChoice so that the children can move to a "
                      "settled home",
                 "Child protection plan", "Chloe Hartnell",
                 "Every week, before bidding closes at midnight on Monday",
                 "Bid history printed by Gemma and taken to each core group"],
                ["5", "Make the intentionality decision and tell Chloe and the SW in writing; if it goes against "
                      "Chloe, give the SW 10 working days' notice before interim accommodation ends so that the "
                      "children are never left without a home",
                 "Housing – s184 decision", "Sanjay Mehra, Senior Housing Options Officer", "By 15/08/2025",
                 "Decision letter on the housing file, copied to the SW the day it is sent"],
                ["6", "Buy Alfie-Ray's weekly bus pass so he can get to Puffins every session until the family "
                      "has moved",
                 "Children's Services – s17", "Rhiannon Pask (SW)", "Every Monday from 14/07/2025 until the move",
                 "Puffins register emailed to the SW every Friday; 9 out of 10 sessions or better"],
                ["7", "Visit the family wherever they are living; see Alfie-Ray on his own, see Bonnie awake and "
                      "fed, and check where she slept",
                 "Child protection plan", "Rhiannon Pask (SW)", "Weekly until the move, then every 2 weeks",
                 "Visit records note where Bonnie slept, what was in the room for her feeds and what "
                 "Alfie-Ray said"],
                ["8", "Weigh Bonnie, watch a feed and check how her bottles are made up and stored",
                 "Child protection plan", "HV Lorna Baptiste, Nessingham 0-19 Service",
                 "Weekly until she is back on the 25th centile, then fortnightly",
                 "Weights plotted in the red book and sent to the SW and GP; back on the 25th centile by "
                 "02/10/2025"],
                ["9", "See Chloe about her depression and restarting sertraline, and write to the SW about how "
                      "her mood is affecting her care of the children and what happens next",
                 "Child protection plan", "Dr Priya Lal, GP, Nessingham Road Surgery",
                 "Appointment by 18/07/2025; letter to the SW by 25/07/2025",
                 "GP letter on the children's file, read at the first core group"],
                ["10", "Give the children their tea at Wren Walk and let Chloe use the washing machine, so that "
                       "they have a hot meal and clean clothes twice a week",
                 "Child protection plan", "Jackie Hartnell (MGM)", "Every Tuesday and Thursday, 4–6pm",
                 "Jackie writes the dates in the family diary, which the SW reads at each visit"],
                ["11", "Put Alfie-Ray and Bonnie on the Station Lodge safeguarding list so that staff ring the SW "
                       "if the children are left alone in the room or Dale Firth is seen at the building",
                 "Housing – suitability of accommodation", "Gemma Rowntree, with the Station Lodge manager",
                 "From 11/07/2025 until the family moves",
                 "Any call logged on the housing file and the children's file the same day"],
            ],
        }),
        ("h2", "If things go wrong"),
        ("p", "If Bonnie is found sleeping anywhere other than her cot, her weight drops below the 9th centile "
              "again, or the children are left alone in the room, the SW (or the emergency duty team out of "
              "hours) will hold a strategy discussion the same day, and Alfie-Ray and Bonnie will stay with "
              "Jackie at Wren Walk while it is decided what happens next."),
        ("p", "If Jackie cannot have the children for tea on a Tuesday or Thursday, the SW will arrange a hot "
              "meal delivery to the room that evening. If Jackie cannot have them in an emergency, they will "
              "stay together with approved foster carers, with Chloe's agreement under section 20."),
        ("p", "If the family lose their interim accommodation for any reason, including an intentionality "
              "decision against Chloe, Housing will tell the SW the same day and will not end the "
              "accommodation until Children's Services has assessed the whole family under s17. Children's "
              "Services will accommodate Chloe and the children together while that assessment is done."),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks at Nessingham Family Hub, 10am: 24/07/2025, 21/08/2025 and 18/09/2025. "
            "Gemma Rowntree attends each one.",
            "Review child protection conference: 02/10/2025, 10am, Nessingham Civic Offices.",
            "If Bonnie is still below the 9th centile at the core group on 21/08/2025, or the children are "
            "found alone in the room twice, the SW will ask her team manager for a legal planning meeting "
            "within 5 working days.",
        ]),
        ("p", "Signed for Housing Options: Gemma Rowntree. Signed for Children's Services: Rhiannon Pask. "
              "11/07/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Voluntary-sector family support plan: Family Star scores, then the FSW's
#    own support plan in the first person (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b34_nimmerby_charity_family_star_support_plan_kerr.md",
    "split": "tune",
    "template": "voluntary-sector-family-support-plan-md-charity-details-table-mums-words-family-star-scores-table-then-star-area-what-well-do-who-when-how-well-know-table-first-person-fsw",
    "description": (
        "A charity family support worker's plan, written at home with a mother whose 9- and 5-year-old "
        "have child protection plans (neglect; mother's depression), built on Family Star scores and "
        "shared at core group. Most rows are the mother's own wellbeing, money and social life (6 of 9), "
        "one goal is hers alone, the GP row's measure is how she feels, two timescales wait for her to "
        "feel ready or are 'ASAP', 'Family & friends' own the school-morning cover 'ongoing', stay-and-play "
        "has no measure, no adult service owns an action, the contingency is to follow policy and talk to "
        "the SW, and nothing is said about legal planning."
    ),
    "text": """\
# Family Support Plan

**Nimmerby Family Link** – family support for families in Nimmerby and the Wold villages
*(a local charity working alongside Nimmerby Council Children's Services)*

| | |
|---|---|
| Family | Siobhan Kerr (Mum), Mason Kerr (9), Evie Kerr (5) |
| Address | 7 Lantern Row, Nimmerby |
| Family support worker | Becca Lowe (FSW) |
| Volunteer | Carol Tindall (befriender) |
| Referred by | Dev Sandhu, Social Worker, Nimmerby Council Children's Services |
| Why | Mason and Evie have child protection plans (neglect) since 29/05/2025. Our support is part of their plan. |
| Plan written | 10/07/2025, at home with Siobhan |
| Our own review | Every 6 weeks with Siobhan, next w/c 18/08/2025 |

## About us (in Siobhan's words)

"I've had depression since Evie was born and it got really bad after my mum died last
year. Some days I can't get out of bed and Mason gets Evie ready for school. I know that's
not fair on him. The house got on top of me and we had no gas for two weeks in May because
I hadn't topped up the meter. I want to be a better mum and I want to get out of the house
more."

## What Becca has seen

Siobhan is a loving mum and the children are clearly close to her. On my first visits in
June there was no food in the kitchen apart from cereal, and the children's bedding had not
been changed for a while. Mason is quiet and very grown-up for nine; he told me he "does
the alarm" every morning. Evie is chatty and loves drawing. Since we started, Siobhan has
topped up the meter every week and has been to two of our coffee mornings.

## What Mason and Evie say

**Mason:** "I don't mind getting Evie ready but sometimes we're late and Miss Dunn tells me
off." He would like to go back to Cubs "like before". He gets worried when "Mum stays in
her room all day".

**Evie** drew the house with a big yellow sun and wrote MUM EVIE MASON with hearts round it.
Her favourite thing is "when Mum does pancakes and we watch Bluey".

## Family Star Plus scores

| Star area | May 2025 (start) | July 2025 (now) |
|---|---|---|
| Physical health | 5 | 5 |
| Your well-being | 2 | 3 |
| Meeting emotional needs | 4 | 5 |
| Keeping your children safe | 4 | 4 |
| Social networks | 2 | 3 |
| Education and learning | 3 | 3 |
| Boundaries and behaviour | 5 | 5 |
| Family routine | 2 | 3 |
| Home and money | 2 | 4 |
| Progress to work | 3 | 3 |

*(1 = stuck, 10 = effective parenting)*

## Our goals together

- Siobhan feels happier, less alone and more confident as a mum.
- Mason and Evie get to school on time every day, and Mason doesn't have to get Evie ready on his own.
- The house is warm, there is food in the cupboards and the children have a hot tea every night.

## My support plan

| Star area | What we'll do | Who | When | How we'll know |
|---|---|---|---|---|
| Your well-being | I'll go with Siobhan to her GP appointment about her low mood and her tablets | Me (Becca) | 24/07/2025 | Siobhan feels listened to |
| Your well-being | Walk-and-talk befriending visits, with a coffee at the park café | Carol (volunteer befriender) | Wkly, Weds 10am | Carol's visit log, shared with Becca monthly |
| Social networks | Introduce Siobhan to the Thursday mums' coffee morning at St Jude's church hall | Becca | When Siobhan feels ready | Siobhan comes to at least 3 of 4 sessions (our register) |
| Home and money | Help Siobhan apply to the Household Support Fund and set up a payment plan for the gas arrears | Becca | By 31/07/2025 | Grant letter and payment plan on our file |
| Your well-being | Help Siobhan refer herself to Nimmerby Talking Space for counselling | Becca with Siobhan | ASAP | Referral confirmation letter from Talking Space |
| Family routine | Make a morning routine chart with Mason and Evie so they are up, dressed and fed by 8.15am | Becca with Siobhan | Wkly home visits for 6 weeks from w/c 14/07/2025 | Weekly attendance and lateness from Nimmerby Primary, sent to Becca and Dev |
| Meeting emotional needs | Saturday stay-and-play at Nimmerby Family Hub for Siobhan, Mason and Evie together | Siobhan | Fortnightly | |
| Keeping your children safe | Make sure a grown-up is up and about to get Mason and Evie to school on days Siobhan can't get out of bed | Family & friends | Ongoing | Mason tells Becca and his teacher he hasn't had to get Evie ready |
| Your well-being | Get Siobhan a free gym and swim pass through Active Nimmerby and go with her the first time | Becca | By 15/08/2025 | Pass issued and first session booked |

## If things get tough

If Siobhan is having a bad day she can ring me on 07700 900418 (Monday to Friday, 9 to 5)
or text the Shout crisis text line. If I'm worried about Mason or Evie I will follow
Nimmerby Family Link's safeguarding procedure and talk it through with Dev.

## Meetings

I go to the children's core group meetings, which Nimmerby Council holds every 4 weeks
(next one 05/08/2025 at Nimmerby Primary), and I will share this plan there. The review
child protection conference is on 18/09/2025; I will send a written report a week before.

*Agreed by Siobhan Kerr and Becca Lowe, 10/07/2025. Shared with Dev Sandhu (SW) with
Siobhan's consent.*
""",
    "findings": [
        F("F002", "Siobhan feels happier, less alone and more confident as a mum."),
        F("M002", "I'll go with Siobhan to her GP appointment about her low mood"),
        F("T002", "Introduce Siobhan to the Thursday mums' coffee morning"),
        F("T002", "Help Siobhan refer herself to Nimmerby Talking Space for counselling"),
        F("M001", "Saturday stay-and-play at Nimmerby Family Hub for Siobhan"),
        F("W002", "Make sure a grown-up is up and about to get Mason"),
        F("T002", "Make sure a grown-up is up and about to get Mason"),
        F("F001"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Health-led plan for a baby with Down syndrome and a heart defect, written
#    by the children's community nursing team; clinical-need column and a
#    red-flags table. Exemplary (pdf, paged)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b34_nollington_ccn_led_clinical_need_table_red_flags_whitty.pdf",
    "doc_title": "Health-led Child Protection Plan - Orla Whitty",
    "split": "tune",
    "template": "health-led-cp-plan-paged-ccn-team-lead-numbered-sections-diagnoses-box-babys-day-then-clinical-need-action-clinician-how-often-what-we-record-table-then-red-flags-if-what-happens-who-table",
    "description": (
        "Exemplary health-led plan written by the children's community nursing team with the SW for a "
        "4-month-old with Down syndrome and an AVSD awaiting surgery, fed by NG tube and on night oxygen "
        "(neglect: tube left out, missed cardiology clinics, father's cannabis near the oxygen). Rows are "
        "grouped by clinical need; each has a named clinician or parent, a frequency or date and what "
        "will be recorded. The drug service assesses and reports, the red-flags table gives triggers and "
        "same-day responses with a fallback carer, and meeting dates and the legal step are set."
    ),
    "header": "Nollington Community Health NHS Trust – Children's Community Nursing | RESTRICTED",
    "footer": "Health-led CP plan – Orla Whitty – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – health-led"),
        ("p", "Lead health professional: Children's Community Nursing (CCN). Written by Sister Fiona Tarrant, "
              "CCN team leader, with SW Gareth Lund, Nollington Children's Services, after the initial child "
              "protection conference on 17/07/2025. Because most of Orla's care is health care, conference "
              "agreed that the CCN team leads the health actions; the SW remains the lead professional for "
              "the plan as a whole."),
        ("h2", "1. Orla and her family"),
        ("kv", [
            ("Child", "Orla Whitty, born 12/03/2025 (4 months)"),
            ("Diagnoses", "Down syndrome; atrioventricular septal defect (AVSD) awaiting surgical repair at "
                          "Carrowfield Children's Hospital, planned at 5–6 months; reflux; nasogastric (NG) tube "
                          "feeds with small oral feeds; home oxygen at night, 0.5 litres a minute"),
            ("Lives with", "Jodie Whitty (mum, 20) and Aaron Mills (dad, 22), 2 Kestrel Court, Nollington"),
            ("Category", "Neglect"),
            ("Health team", "CCN Sister Fiona Tarrant; HV Bryony Hale; cardiac liaison nurse Tom Ekwueme "
                            "(Carrowfield); dietitian Mei Harper; GP Dr Sunil Rao, Kestrel Medical Practice"),
            ("Social worker", "Gareth Lund"),
        ]),
        ("h2", "2. Why Orla has a plan"),
        ("p", "Orla's heart condition means she tires when she feeds and needs most of her milk through her NG "
              "tube. Between May and July the tube came out four times, and twice it was not replaced for "
              "about two days, when she had only small bottle feeds. She has missed two cardiology outpatient "
              "appointments (27/05/2025 and 24/06/2025), and her weight has fallen from the 25th to the 4th "
              "centile on the Down syndrome growth chart. On a CCN visit on 03/07/2025 the flat smelled "
              "strongly of cannabis and there was an ashtray on the windowsill a metre from Orla's oxygen "
              "concentrator. Aaron told the SW that he smokes cannabis most evenings \"to chill out\" and "
              "usually goes out on the balcony."),
        ("p", "Jodie and Aaron love Orla and are proud of her. Jodie has learned to give bolus feeds and keeps "
              "a feed chart when she is reminded. Both parents say they felt overwhelmed after Orla came home "
              "from the neonatal unit and did not understand how serious the missed appointments were."),
        ("h2", "3. Orla's day (what we have seen)"),
        ("p", "Orla is a calm baby who watches faces closely and smiles at her mum's voice. She has low muscle "
              "tone and needs her head supported. She is usually awake for an hour after each feed and enjoys "
              "her playmat and the mirror Jodie hung over it. On days when her tube had been out she was pale, "
              "sleepy and sweaty when she fed. On the evening CCN visit on 10/07/2025 she was asleep in her "
              "Moses basket beside her parents' bed, with her oxygen on and her tube taped correctly."),
        ("h2", "4. What we want for Orla"),
        ("bullets", [
            "Orla gets all her feeds every day, her NG tube is always in place, and she is back on or above "
            "the 9th centile before her heart surgery.",
            "Orla goes to every heart appointment and has her operation when her surgeons plan it.",
            "Orla's home is smoke-free and safe for her oxygen, and she reaches her next developmental steps "
            "with Portage.",
        ]),
        ("h2", "5. The plan"),
        ("table", {
            "header": ["Clinical need", "Action", "Clinician / person", "How often / by when",
                       "What we will record and expect to see"],
            "widths": [2.4, 4.8, 3.1, 2.8, 3.9],
            "rows": [
                ["NG feeding",
                 "Visit at home to check the NG tube position, replace the tube if needed, watch a feed and "
                 "check Orla's skin; teach Jodie and Aaron to pass and check the tube",
                 "CCN Sister Fiona Tarrant (or the CCN on duty)", "Twice a week (Mon and Thu) until the operation",
                 "CCN record shows the tube checked at every visit; both parents signed off as competent on "
                 "the tube-care checklist by 22/08/2025"],
                ["NG feeding",
                 "Ring the CCN duty line if the tube comes out, and fill in the daily feed chart on the fridge",
                 "Jodie Whitty and Aaron Mills", "The same day the tube comes out; feed chart every day",
                 "CCN duty log shows a same-day call for every dislodged tube; feed chart complete when "
                 "checked at each visit"],
                ["Growth",
                 "Weigh Orla and plot her weight on the Down syndrome growth chart",
                 "HV Bryony Hale, Nollington 0-19 Service", "Weekly at home until surgery",
                 "Weight in the red book and on the health record, copied to the CCN and SW; back to the 9th "
                 "centile by 02/10/2025"],
                ["Growth",
                 "Review Orla's feed volumes and write a new feed plan for her parents",
                 "Dietitian Mei Harper", "By 31/07/2025, then monthly",
                 "Written feed plan on the fridge and in the CCN notes; weight gain of at least 150 g a week"],
                ["Heart",
                 "Send reminder texts before every cardiology appointment, book hospital transport, and tell "
                 "the SW and CCN the same day if Orla is not brought",
                 "Cardiac liaison nurse Tom Ekwueme, Carrowfield Children's Hospital",
                 "Before every appointment; next clinic 12/08/2025",
                 "Clinic letter after each appointment copied to the GP, HV, CCN and SW"],
                ["Heart",
                 "Bring Orla to the cardiology clinic and to her pre-operative assessment",
                 "Jodie Whitty (Aaron comes too when he is not at work)",
                 "Clinic 12/08/2025; pre-op assessment by 09/09/2025",
                 "Attendance confirmed in the clinic letter"],
                ["Oxygen and fire safety",
                 "Home fire safety visit because of Orla's oxygen: check and fit smoke alarms and advise the "
                 "family on smoking and oxygen",
                 "Nollington Fire and Rescue Service (home safety officer Lee Barnes)", "By 25/07/2025",
                 "Visit record showing alarms fitted and tested, copy to the CCN"],
                ["Oxygen and fire safety",
                 "No smoking of anything inside the flat or on the balcony while Orla's oxygen is in use, and "
                 "no cannabis kept in the flat",
                 "Aaron Mills", "Every day",
                 "No smell of smoke or cannabis and no ashtrays seen on any CCN, HV or SW visit, and each "
                 "visit record says so"],
                ["Dad's cannabis use",
                 "Assess Aaron's cannabis use, offer key-work and monthly testing, and report on whether he can "
                 "keep Orla's home smoke-free and stay alert for her night-time care",
                 "Recovery worker Sam Haig, Nollington Drug and Alcohol Service",
                 "Assessment by 08/08/2025, then monthly",
                 "Test results and a written report to every core group"],
                ["Development",
                 "Portage home visits to work on head control, tummy time and feeding skills",
                 "Portage home visitor Ana Petrovic", "Fortnightly from w/c 04/08/2025",
                 "Portage checklist shared at each core group showing which small steps Orla has met"],
                ["Safety and care at home",
                 "Visit Orla at home, see her awake and being fed, look at her sleep space and oxygen set-up, "
                 "and speak to each parent on their own",
                 "SW Gareth Lund", "Every 2 weeks, with at least one unannounced visit a month",
                 "Visit records of Orla's feeds and sleep space, and of what each parent says is hard"],
                ["Money for Orla's care",
                 "Help Jodie and Aaron claim Disability Living Allowance for Orla and Carer's Allowance for "
                 "looking after her",
                 "Pat Quinn, Nollington Welfare Rights", "Claim made by 29/08/2025",
                 "Claim reference number given to the SW"],
            ],
        }),
        ("h2", "6. Red flags – what happens if…"),
        ("table", {
            "header": ["If…", "What happens", "Who makes it happen"],
            "widths": [5.0, 7.5, 4.5],
            "rows": [
                ["Orla's NG tube is out and cannot be replaced at home within 4 hours",
                 "Orla is taken to the children's assessment unit at Nollington General that day to have it "
                 "replaced",
                 "Parents ring the CCN duty line; the CCN arranges the attendance"],
                ["Orla is not brought to a cardiology clinic or her pre-op assessment",
                 "The SW and the CCN visit the same day and the SW holds a strategy discussion that day",
                 "Tom Ekwueme tells the SW; SW Gareth Lund convenes"],
                ["Smoke or cannabis is smelled, or smoking is seen, near Orla's oxygen",
                 "Orla and Jodie go to stay with Orla's grandmother, Maxine Whitty, at 19 Harbour Street that "
                 "night and a strategy discussion is held the same day; if Maxine cannot have them, Orla is "
                 "placed that day with approved foster carers trained in NG feeding",
                 "The professional who sees it rings the SW (or the emergency duty team)"],
                ["Orla's weight falls below the 2nd centile, or she is pale, breathless or sweaty with feeds",
                 "Orla is seen by the GP or at the children's assessment unit the same day",
                 "HV or CCN arranges it and tells the SW the same day"],
            ],
        }),
        ("h2", "7. Meetings and review"),
        ("bullets", [
            "Core group every 4 weeks at Kestrel Medical Practice, 2pm: 31/07/2025, 28/08/2025 and "
            "25/09/2025. The CCN, HV and SW attend every meeting; Tom Ekwueme joins by video.",
            "Review child protection conference: 09/10/2025, 10am, Nollington Civic Centre.",
            "If Orla misses another cardiology appointment, her tube is left out overnight again, or she is "
            "not back on the 9th centile by the core group on 25/09/2025, the SW will ask his team manager "
            "for a legal planning meeting within 5 working days.",
        ]),
        ("p", "Plan agreed by Jodie Whitty and Aaron Mills on 18/07/2025. Copies: parents, GP, HV, cardiac "
              "liaison nurse, dietitian, Portage, Nollington Drug and Alcohol Service, SW."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Plan for a mother with multiple sclerosis, written with her advocate:
#    reasonable-adjustments list and a "Karen's view" column (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b34_norrowdene_disabled_parent_advocate_view_column_brady.docx",
    "doc_title": "Child Protection Plan - Niamh and Theo Brady",
    "split": "tune",
    "template": "cp-plan-docx-disabled-parent-making-the-plan-work-for-karen-adjustments-list-then-no-what-lead-by-when-how-well-know-and-parents-view-via-advocate-column",
    "description": (
        "Plan for an 11-year-old young carer and a 2-year-old whose mother has multiple sclerosis and low "
        "mood, written with her Care Act advocate; the last column is the mother's view. Six of eleven "
        "rows are the mother's own care, equipment, clinics, advocacy and benefits with no link to the "
        "children; one outcome is hers alone; the care package review has a 'TBC' owner and 'ASAP'; the "
        "OT row has no measure; the CPN only supports, measured by mood being stable; and MS clinics are "
        "'as and when'. Children's rows, contingency, dates and legal step are sound."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Norrowdene Metropolitan Borough Council – Children's Social Care, Safeguarding and Family "
              "Support (West)"),
        ("kv", [
            ("Children", "Niamh Brady, 11 (Larkspur Primary; Norrowdene Academy from September); Theo Brady, "
                         "2 years 3 months"),
            ("Live with", "Karen Brady (mum), 31 Larkspur Avenue, Norrowdene"),
            ("Dad", "Stephen Brady, lives in Gateshead; rings every Sunday and has the children one weekend "
                    "a month"),
            ("Conference", "Initial child protection conference, 15/07/2025; category neglect"),
            ("Social worker", "Tariq Hollins"),
            ("Karen's advocate", "Jo Pennant, Norrowdene Advocacy Hub (independent Care Act advocate)"),
        ]),
        ("h2", "Making this plan work for Karen"),
        ("p", "Karen has relapsing-remitting multiple sclerosis and uses a wheelchair indoors and out. Her "
              "fatigue is worst in the afternoon, and on bad days her hands shake and small print is hard to "
              "read. Conference agreed that:"),
        ("bullets", [
            "meetings are held at Karen's home (ground floor) or at the Family Hub, which has level access, "
            "and never start before 11am;",
            "this plan and every letter are sent in 16-point print, and Jo reads them through with Karen by "
            "phone;",
            "Jo comes to every core group and conference to help Karen say what she thinks, and Karen's own "
            "view of each action is written in the last column of the plan.",
        ]),
        ("h2", "What we are worried about"),
        ("p", "Since Karen's relapse in March, Niamh has been doing a lot of her mum's care: helping her from "
              "bed to chair in the mornings, making meals and changing Theo's nappies. Niamh has been late for "
              "school 22 times this year and has fallen asleep in lessons. On 02/07/2025 Theo got out of the "
              "front door while Karen was in the bathroom and was found by a neighbour at the edge of Larkspur "
              "Avenue. On two visits Theo had been in his cot for most of the morning because Karen could not "
              "lift him. Karen's care package is two 30-minute calls a day, set before her relapse. Karen has "
              "also been low in mood since the relapse and sees a CPN."),
        ("h2", "What is going well"),
        ("p", "Karen knows her children extremely well and both children are warm and affectionate with her. "
              "The house is clean and well organised. Stephen has the children one weekend a month and rings "
              "every Sunday. Karen asked for help herself after Theo got out of the door."),
        ("h2", "What Niamh and Theo tell us"),
        ("p", "Niamh (seen on her own at school, 09/07/2025): \"I like helping Mum but I'm always tired, and I "
              "worry that if I'm at school and Mum falls nobody will know.\" She wants to go to the Year 7 "
              "taster days and to Guides on Thursdays."),
        ("p", "Theo is too young to tell us. He is a busy, curious toddler who climbs everything. At home he "
              "takes his shoes to Niamh, not to Karen, when he wants to go out, and on the visit of 08/07/2025 "
              "he cried and banged on the cot bars when he had been left there."),
        ("h2", "What needs to be different"),
        ("bullets", [
            "Niamh is a child, not a carer: she gets to school on time, goes to Guides and has time for "
            "herself.",
            "Theo is safe at home, cannot get out of the front door, and is up and playing rather than left "
            "in his cot.",
            "Karen gets the care and equipment she needs to live independently in her own home.",
        ]),
        ("h2", "The plan"),
        ("table", {
            "header": ["No.", "What will happen", "Lead", "By when", "How we'll know",
                       "Karen's view (written with Jo)"],
            "widths": [0.9, 4.4, 3.0, 2.3, 3.2, 3.2],
            "rows": [
                ["1", "Review Karen's care and support plan and increase her care calls to cover getting up, "
                      "lunch, tea and bedtime",
                 "TBC (worker not yet allocated)", "ASAP",
                 "Revised care and support plan with call times, copy sent to the SW",
                 "\"This matters most. Two calls a day hasn't been enough since March.\""],
                ["2", "OT assessment for a through-floor lift, a wet room and a ramp at the back door",
                 "OT Sian Morris, ASC Occupational Therapy", "By 30/09/2025", "",
                 "\"I've been waiting for this since 2023.\""],
                ["3", "Continue monthly home visits to support Karen with her low mood",
                 "CPN Lewis Grant, Norrowdene CMHT", "Monthly", "Karen's mood is stable",
                 "\"Lewis is good. I'd like to see him more often.\""],
                ["4", "Go to MS clinic appointments at Norrowdene General and tell the SW about any change to "
                      "treatment",
                 "Karen Brady", "As and when appointments are sent",
                 "Clinic letters copied to the SW with Karen's consent", "\"Fine – I always go.\""],
                ["5", "Support Karen at every meeting about the plan, help her read letters and reports, and "
                      "write down her views",
                 "Jo Pennant, advocate, Norrowdene Advocacy Hub", "Every meeting and every letter",
                 "Karen's views recorded in the minutes of every core group and conference",
                 "\"Jo makes sure they listen to me.\""],
                ["6", "Help Karen apply for a Blue Badge and ask for her PIP award to be looked at again now "
                      "that her mobility has changed",
                 "Dee Simms, welfare rights adviser, Norrowdene Money Advice", "By 29/08/2025",
                 "Applications sent; copies given to Jo", "\"Yes please.\""],
                ["7", "Young carers assessment for Niamh, with a plan for what she stops doing at home and a "
                      "place at the Thursday young carers club",
                 "Lena Okoro, Norrowdene Young Carers", "Assessment by 08/08/2025; club from w/c 01/09/2025",
                 "Assessment report sent to the SW and Karen; club register shows Niamh attending",
                 "\"I want Niamh to have her own life.\""],
                ["8", "Check in with Niamh every Monday about her week at home, and tell the SW the same day "
                      "about any lateness or tiredness",
                 "DSL Mr Arif Khan, Norrowdene Academy (Larkspur Primary DSL until the end of term)",
                 "Every Monday in term time",
                 "DSL log; attendance and punctuality figures sent to the SW every half term", "\"Fine.\""],
                ["9", "Book a funded nursery place for Theo for 15 hours a week, with taxi transport there and "
                      "back",
                 "SW Tariq Hollins", "Place to start w/c 01/09/2025",
                 "Nursery register shows Theo attending every session",
                 "\"It would give me a rest in the mornings.\""],
                ["10", "Fit a door alarm and a high bolt on the front door and a stair gate, so Theo cannot get "
                       "out on his own",
                 "Norrowdene Homes repairs team (SW to request)", "By 25/07/2025",
                 "Alarm and bolt seen fitted and working on the SW's next visit",
                 "\"Please – it was so frightening.\""],
                ["11", "Visit at home, see Niamh on her own and Theo up and playing, and check the door alarm is "
                       "switched on",
                 "SW Tariq Hollins", "Every 2 weeks",
                 "Visit records with Niamh's words and where Theo was when the SW arrived",
                 "\"That's OK, but not before 11.\""],
            ],
        }),
        ("h2", "If things go wrong"),
        ("p", "If Theo is found outside the house on his own again, if Niamh is found lifting Karen or doing "
              "her personal care, or if Karen's carers find the children on their own with Karen unable to get "
              "up, the SW (or the emergency duty team out of hours) will hold a strategy discussion the same "
              "day. Niamh and Theo will stay with their dad, Stephen, who has agreed to travel down that day; "
              "until he arrives, or if he cannot come, they will be cared for together by approved foster "
              "carers."),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group every 6 weeks at Karen's home, 11.30am: 29/07/2025 and 09/09/2025.",
            "Review child protection conference: 14/10/2025, 11.30am, Norrowdene Family Hub (level access).",
            "If Theo gets out of the house again, or Niamh is still doing Karen's personal care at the core "
            "group on 09/09/2025, the SW will ask his team manager for a legal planning meeting, and Jo will "
            "help Karen to get legal advice.",
        ]),
        ("p", "Typed by Tariq Hollins, SW, 16/07/2025. Large-print copy sent to Karen; copy to Jo Pennant."),
    ],
    "findings": [
        F("F002", "Karen gets the care and equipment she needs to live independently in her own home."),
        F("W002", "Review Karen's care and support plan and increase her care calls"),
        F("T002", "Review Karen's care and support plan and increase her care calls"),
        F("M001", "OT assessment for a through-floor lift, a wet room"),
        F("H001", "Continue monthly home visits to support Karen with her low mood"),
        F("M002", "Continue monthly home visits to support Karen with her low mood"),
        F("T002", "Go to MS clinic appointments at Norrowdene General"),
        F("F001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Whole plan typed as one continuous numbered list, every item with
#    a) b) c) sub-points; the "X will:" items hold the actions (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b34_nuthallow_one_numbered_list_lettered_points_daley.txt",
    "split": "tune",
    "template": "cp-plan-typed-as-one-continuous-numbered-list-txt-family-why-voice-outcomes-then-person-will-items-with-lettered-sub-points-then-contingency-and-meetings-as-items",
    "description": (
        "Plan updated at the first core group for a 6-year-old and a 20-month-old (mother's drinking, "
        "neglect), typed by the SW as one numbered list from 1 to 15 with a) b) c) sub-points; items 5 to "
        "13 say who will do what. Mostly specific, but the family group conference is 'tbc' with no "
        "measure, the baby clinic visit has no timescale, the HV will 'keep an eye on' Lexi, Nan's "
        "weekend overnights have no measure, Aunt Jade helps 'as much as she can', 'Everyone' owns "
        "reporting, a young carers referral has no agent, and the contingency sends the children to Nan "
        "with nothing if she can't."
    ),
    "text": """\
NUTHALLOW COUNCIL - CHILDREN'S SOCIAL CARE (Safeguarding Team South)
CHILD PROTECTION PLAN - as updated at 1st core group, 22/07/2025
Children: Kian DALEY (6) and Lexi DALEY (20 mths), 9 Birch Grove, Nuthallow
SW: Leanne Oduya     TM: Craig Pell     ICPC: 08/07/2025 - category: neglect
Typed by LO 23/07/2025 - sent to all at core group + Stacey, Pauline and Jade

1.  Who's in the family:
    a) Stacey Daley - Mum (26)
    b) Kian - Yr 1 at St Cuthbert's RC Primary, Yr 2 from Sept
    c) Lexi - 20 mths, at home with Mum, no nursery yet
    d) Pauline Daley - Nan (Stacey's mum), 2 streets away on Ash Row
    e) Jade Daley - Aunt (Stacey's sister), lives in Hexley, works shifts
       at the hospital laundry
    f) Kian's dad not known to us; Lexi's dad Connor Walsh lives in Spain,
       no contact

2.  Why Kian and Lexi are on a plan:
    a) Stacey has been drinking heavily since Feb (mostly vodka, most days).
    b) 14/06/2025 police found Stacey asleep and drunk on the sofa at 4pm,
       Lexi in a dirty nappy in her cot and Kian on his own in the street.
    c) Kian late 19 times and absent 11 days this term; twice came in with
       no breakfast.
    d) Very little food in the house on 2 of 4 visits; Lexi's 1 yr review
       missed.
    e) Stacey says she drinks because she "can't cope" since Connor left.

3.  What Kian says and what we see with Lexi:
    a) Kian (seen alone at school 15/07/2025): "Mummy sleeps a lot in the
       day. I make Lexi a bottle with the milk in the fridge." He likes it
       at Nan's "because she does chips and I can watch Paw Patrol".
    b) Kian said he wants Mum "to stop drinking the smelly stuff".
    c) Lexi babbles, cruises round the sofa but isn't walking on her own
       yet, settles quickly for Pauline and grizzles when Stacey leaves
       the room.

4.  What needs to be better for Kian and Lexi:
    a) Kian and Lexi are always looked after by a sober adult.
    b) Kian gets to school on time every day with breakfast inside him.
    c) Lexi has her development checked and is walking and talking for
       her age.

5.  SW (Leanne) will:
    a) visit wkly, at least 1 unannounced every fortnight, see Kian on his
       own and Lexi awake - visit notes will have Kian's own words
    b) apply for a funded 2-yr-old place for Lexi at Little Owls nursery
       by 01/08/2025 - offer letter on the file
    c) set up a family group conference with Stacey, Nan and Aunt Jade - tbc

6.  Mum (Stacey) will:
    a) go to the NRS group every Tues 10am and do a breath test there -
       NRS attendance sheet sent to Leanne
    b) not drink at all when she has the kids, and text Nan a photo of her
       breathalyser reading at 6pm every day - Nan keeps the photos
    c) get Kian to school by 8.50 every day - school register
    d) take Lexi to the baby clinic at Nuthallow Health Centre to be
       weighed - red book updated

7.  HV (Jas Kaur, Nuthallow 0-19) will:
    a) do Lexi's missed 1 yr review at home by 15/08/2025 - ASQ scores and
       weight sent to Leanne
    b) fortnightly home visits to keep an eye on Lexi

8.  NRS (Nuthallow Recovery Service - Dom Petit, recovery worker) will:
    a) full alcohol assessment with Stacey by 31/07/2025, and a written
       report to each core group on her drinking and what it means for
       the kids
    b) breath test Stacey at every Tues group - results emailed to Leanne
       every Friday

9.  School (Mrs Haigh, DSL, St Cuthbert's) will:
    a) ring Leanne by 10am on any day Kian isn't in - logged on CPOMS
    b) check in with Kian every Mon morning - DSL notes emailed to Leanne
       the same day

10. Nan (Pauline) will:
    a) have Kian and Lexi at hers every Fri and Sat night
    b) pick Kian up from school Mon-Weds and give both kids their tea -
       school collection book signed

11. Aunt Jade will:
    a) help Stacey with the kids as much as she can - Nan to keep an eye
       on it

12. Everyone (family and professionals) will:
    a) tell Leanne the same day if they are worried Stacey has been
       drinking while she has the kids - logged on the children's file

13. Also agreed:
    a) referral to Nuthallow Young Carers for Kian by 08/08/2025 -
       referral acknowledged by YC

14. If things go wrong:
    a) If Stacey is drunk, smells of drink or can't be woken while she has
       the kids, whoever finds this rings Nan, who takes Kian and Lexi to
       hers, and rings Leanne (or EDT out of hours) straight away.
    b) Leanne will hold a strategy discussion the same day and the kids
       stay at Nan's until it is safe for them to go home.
    c) If this happens twice before the RCPC, Leanne will ask Craig (TM)
       for a legal planning meeting.

15. Meetings:
    a) core group every 4 wks, 10am at St Cuthbert's - 19/08/2025 and
       16/09/2025
    b) RCPC 07/10/2025, 1.30pm, Nuthallow Town Hall

-- end of plan --
""",
    "findings": [
        F("T002", "set up a family group conference with Stacey, Nan"),
        F("M001", "set up a family group conference with Stacey, Nan"),
        F("T001", "take Lexi to the baby clinic at Nuthallow Health Centre"),
        F("M002", "fortnightly home visits to keep an eye on Lexi"),
        F("M001", "have Kian and Lexi at hers every Fri and Sat night"),
        F("T002", "help Stacey with the kids as much as she can"),
        F("M002", "help Stacey with the kids as much as she can"),
        F("W002", "tell Leanne the same day if they are worried"),
        F("W001", "referral to Nuthallow Young Carers for Kian by 08/08/2025"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Email thread uploaded to the case record oldest first; the discussion
#    has asap / tbc, the last message holds the agreed plan. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b34_nembury_email_thread_agreed_in_last_message_leckie.txt",
    "split": "tune",
    "template": "case-record-email-thread-upload-oldest-first-txt-sw-asks-agencies-replies-with-asap-tbc-then-last-message-caps-headings-numbered-agreed-actions-owner-first-me-first-names-roles",
    "description": (
        "Exemplary plan agreed by email after a first core group for a 6-year-old and a 14-month-old "
        "whose mother has bipolar disorder and was recently in hospital. The thread is uploaded to the "
        "case record oldest first: the SW's questions and the agencies' replies (with 'asap', 'tbc', "
        "'w/c') come before her final message, which sets out why, the children's words, outcomes, ten "
        "numbered actions owned by 'Me', first names, roles and the GP, each with a time and a check, "
        "early warning signs with same-day responses and a fallback for Gran, and meeting dates with a "
        "legal step."
    ),
    "text": """\
NEMBURY CITY COUNCIL - CHILDREN'S SERVICES - CASE RECORD
Document type: Email correspondence (uploaded by LB, oldest first)
Children: Freya LECKIE (6), Harris LECKIE (14 mths)      Case ref: NCC-771045
Uploaded: 30/07/2025 16:12
======================================================================

From:     Lauren Bright (Social Worker, Nembury CP Team 3)
Sent:     Fri 25/07/2025 09:14
To:       Kofi Mensah (CPN, Nembury CMHT North); Sally Ferris (HV);
          Rukhsana Ahmed (DSL, Greenbank Primary); Tom Heald (FSW,
          Nembury Family Hub); Dr Imran Sheikh (GP, Parkway Surgery)
Subject:  Freya & Harris - core group 24/07 - a few loose ends

Hi all,

Thanks for coming yesterday, and to Dr Sheikh for the written update. The
notes are attached. There are a few things we didn't pin down:

- Kofi - could you check whether Dr Rao can see Gemma before the RCPC? We
  need a view on relapse risk and how well Gemma can keep well, not just
  support.
- Sally - Harris's 1 yr review is overdue, can you book it asap?
- Rukhsana - is Freya going to holiday club over the summer?
- Tom - are you OK to start the routine sessions, and when?
- RCPC date still tbc, I'm chasing the conference team.

I'll send round the final actions once I've heard back from everyone.

Lauren

----------------------------------------------------------------------

From:     Kofi Mensah (CPN, Nembury CMHT North)
Sent:     Fri 25/07/2025 11:02
To:       Lauren Bright
Subject:  RE: Freya & Harris - core group 24/07 - a few loose ends

Hi Lauren,

Dr Rao has a slot on 13/08 at Ashgrove outpatients and is happy to write a
view on relapse risk afterwards - I've asked her to cover how it affects the
children. I'm on leave until 01/08 (Gemma has the duty number) and can do
fortnightly visits from w/c 04/08. Gemma's last lithium level was 0.7, in
range.

Kofi

----------------------------------------------------------------------

From:     Sally Ferris (Health Visitor, Nembury 0-19 Service)
Sent:     Mon 28/07/2025 08:47
To:       Lauren Bright
Subject:  RE: Freya & Harris - core group 24/07 - a few loose ends

Morning Lauren, booked Harris's review for 05/08 at 10am at home. Weighed
him at clinic last week: 9.1 kg, 50th centile, so no worries there. I can
do fortnightly home visits after that. Sally

----------------------------------------------------------------------

From:     Rukhsana Ahmed (DSL, Greenbank Primary)
Sent:     Mon 28/07/2025 13:20
To:       Lauren Bright
Subject:  RE: Freya & Harris - core group 24/07 - a few loose ends

Dear Lauren,
Yes, Freya is booked into Greenbank Holiday Club on Tuesdays, Wednesdays
and Thursdays. I am in on Tuesdays over the summer so I can see her then,
and every Monday from 03/09 when term starts.
Kind regards, Mrs Ahmed

----------------------------------------------------------------------

From:     Tom Heald (Family Support Worker, Nembury Family Hub)
Sent:     Tue 29/07/2025 10:05
To:       Lauren Bright
Subject:  RE: Freya & Harris - core group 24/07 - a few loose ends

Hi Lauren - yes, 6 sessions at home from w/c 04/08, Thursday mornings
suit Gemma best. Cheers, Tom

----------------------------------------------------------------------

From:     Lauren Bright (Social Worker, Nembury CP Team 3)
Sent:     Wed 30/07/2025 15:58
To:       Kofi Mensah; Sally Ferris; Rukhsana Ahmed; Tom Heald;
          Dr Imran Sheikh
Cc:       Gemma Leckie; Maureen Leckie; Callum Reid; Pat Lyons (TM)
Subject:  RE: Freya & Harris - core group 24/07 - FINAL agreed plan

Hi all,

Thanks for all the replies. This is the final version of the plan, agreed
with Gemma, Maureen and Callum on the phone today. Please keep it with the
ICPC plan of 14/07/2025 (category: neglect).

WHY WE ARE INVOLVED (SHORT VERSION)
Gemma has bipolar disorder. She became unwell in June, stopped taking her
lithium and was in Ashgrove Unit for 10 days as an informal patient. Freya
and Harris stayed with Maureen (Gran). Before the admission Freya was
getting herself to school and making Harris's bottles, and on 16/06 she
was found at the school gate at 7am. Gemma has taken her lithium every day
since she came home on 30/06 and her last level was in range. Callum
(Dad) works offshore, two weeks on and two weeks off.

WHAT FREYA SAYS AND WHAT WE SEE WITH HARRIS
Freya (seen on her own at school on 17/07): "When Mummy was poorly she
didn't sleep and she talked really fast and painted the kitchen in the
night. I liked it at Gran's but I missed my bed." She said she wants "Mummy
to take her tablets so she doesn't have to go to hospital again", and that
she would ring Gran if Mummy "goes funny".
Harris is a happy, busy toddler who is just starting to walk. He went
straight to Gemma for a cuddle when he bumped his head during my visit on
22/07, and Maureen says he settled back at home within a couple of days.

WHAT WE WANT FOR FREYA AND HARRIS
- Freya and Harris are looked after every day by an adult who is well
  enough to care for them, and never have to look after themselves.
- Freya gets to school and holiday club on time and has no jobs caring
  for Harris or her mum.
- Harris keeps growing and developing well, with his checks up to date.

AGREED ACTIONS
1.  Me (Lauren, SW) - home visit wkly until the RCPC, at least one
    unannounced each fortnight; I will see Freya on her own and Harris
    awake, and my visit notes will record what Freya says.
2.  Kofi (CPN) - home visits fortnightly from w/c 04/08 to check Gemma's
    mood and lithium; a written report to each core group on whether she
    is keeping the changes going and what that means for her care of
    Freya and Harris.
3.  Dr Rao (consultant psychiatrist, CMHT) - see Gemma on 13/08/2025 and
    send a written view on her relapse risk, her early warning signs and
    her capacity to keep well over the next 6 months, and what this
    means for the children, to me and the core group by 22/08/2025.
4.  Dr Sheikh (GP) - lithium blood level every 4 weeks, next w/c 11/08;
    results sent to Kofi and me, with any level out of range flagged to
    me the same day.
5.  Sally (HV) - Harris's 1 yr review at home on 05/08/2025, then home
    visits fortnightly; ASQ scores and weight sent to me after each visit.
6.  Tom (FSW) - 6 weekly sessions at home, Thursday mornings from w/c
    04/08, on a daily routine for the children (meals, bath, Harris in
    bed by 7.30); the routine chart on the fridge is checked by Tom each
    week and his session notes come to me every Friday.
7.  Mrs Ahmed (DSL) - check-in with Freya every Tuesday at holiday club
    and every Monday from 03/09; anything Freya says about home emailed
    to me the same day.
8.  Gemma - take her lithium every day and fill in the mood diary Kofi
    gave her; Kofi reads the diary at each visit and says what it shows
    in his report.
9.  Maureen (Gran) - have Freya and Harris at hers every Wednesday night
    and do the holiday club and school run on Mondays and Tuesdays; she
    writes it on the family calendar, which I check at my visits.
10. Callum (Dad) - during each fortnight at home (next from 09/08/2025)
    do Harris's night wake-ups and Freya's morning run; he texts me his
    leave dates at the start of each leave and I see him at my next
    visit.

IF GEMMA STARTS TO BECOME UNWELL
Gemma's early warning signs (from her relapse plan): sleeping less than 4
hours a night, talking very fast, spending lots of money, stopping her
lithium.
- If anyone sees two or more of these signs, or Gemma misses her lithium
  for two days, they ring Kofi (office hours) or the crisis team (out of
  hours) and me the same day. Kofi or the crisis team will see Gemma that
  day.
- Freya and Harris go to Maureen's that day and stay there until Kofi and
  I agree it is safe for them to come home.
- If Maureen can't have them (she has hospital appointments some
  Thursdays), Callum comes home if he is on leave; if neither can, I (or
  EDT out of hours) will arrange foster carers for the children together
  that day.
- If Gemma is admitted again, or the children have to leave home twice
  before the RCPC, I will ask Pat (TM) for a legal planning meeting
  within 5 working days.

MEETINGS
- Core group every 4 weeks at Greenbank Primary, 3.30pm: 21/08/2025 and
  18/09/2025.
- RCPC: 09/10/2025, 10am, Nembury Civic Centre (confirmed today).

Thanks all,
Lauren

Lauren Bright | Social Worker | Nembury CP Team 3 | 01632 960 514
""",
    "findings": [],
})
