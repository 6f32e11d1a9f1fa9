"""Batch 16, module 2: seven fictional files (held-out test material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. GIRFEC child's plan under the three sides of the My World Triangle, each
#    action a typed-numbered paragraph ending in a bracketed
#    (Lead. When. We'll know.) note. Exemplary (docx, Scotland)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b16_xandermuir_my_world_triangle_lennox.docx",
    "doc_title": "Child's Plan (Child Protection) - Kayla and Finn Lennox",
    "split": "heldout",
    "template": "girfec-my-world-triangle-numbered-paragraphs-bracketed-lead-when-evidence",
    "description": (
        "Exemplary Scottish child's plan (child protection) for an 8-year-old and a 2-year-old whose "
        "mother drinks heavily. Actions are typed-numbered paragraphs under the three sides of the My "
        "World Triangle, each ending in a bracketed 'Lead / When / We'll know' note. Recovery service "
        "assesses capacity to change, grandmother's help has a named fallback, core group dates, review "
        "CPPM date, legal advice and a Reporter referral if progress is insufficient."
    ),
    "blocks": [
        ("title", "Child's Plan"),
        ("p", "Xandermuir Council Social Work Services, with NHS Xandermuir and Police Scotland – Child Protection"),
        ("kv", [
            ("Children", "Kayla Lennox, born 03/02/2017 (8), P4 at Kirkbrae Primary; "
                         "Finn Lennox, born 19/11/2022 (2)"),
            ("Lives with", "Leanne Lennox (mum, 31), 9 Glebe Terrace, Xandermuir"),
            ("Father", "Ryan Lennox, lives in Carnmore; no contact at present, by his choice"),
            ("Child Protection Planning Meeting", "15/05/2025 – both children's names placed on the child "
                                                  "protection register"),
            ("Area of concern", "Neglect; parental alcohol misuse"),
            ("Lead professional", "Gavin Rennie, Social Worker, Xandermuir Children and Families Team"),
            ("Named Persons", "Kayla – Mrs Fiona Grieve, Head Teacher, Kirkbrae Primary; "
                              "Finn – Morag Tulloch, Health Visitor"),
        ]),
        ("h1", "Why Kayla and Finn have a plan"),
        ("p", "Leanne has been drinking heavily since her mum's partner died last summer. She told the CPPM "
              "that she drinks two bottles of wine most nights once the children are in bed, and that at "
              "weekends she has started drinking at lunchtime. On 19 April police were called by a "
              "neighbour after Kayla knocked on her door at 6pm to say she could not wake her mum; Leanne "
              "was asleep on the sofa and Finn was in the bath with Kayla watching him. Kayla has been late "
              "to school 14 times this term, Finn has missed two health visitor appointments, and there was "
              "no food in the fridge at two of the lead professional's visits."),
        ("h1", "What is going well"),
        ("p", "Leanne is warm with both children and they are clearly attached to her. She went to the "
              "Xandermuir Alcohol and Drug Recovery Service herself on 6 May and has been to every "
              "appointment since. Sandra Lennox, the children's gran, lives five minutes away and has "
              "been coming in most mornings since April; Kayla has not been late on any day Sandra has "
              "done the school run."),
        ("h1", "What Kayla says, and what we see for Finn"),
        ("p", "I saw Kayla on her own at school on 12 May. She said: \"When Mum has her wine she goes to sleep "
              "and I make Finn's toast.\" She said she wants \"Mum to be awake at teatime\" and that the best "
              "part of the day is \"when Gran does my hair for school\". She asked if she could go back to "
              "Brownies, which stopped when Leanne stopped taking her. She was worried about getting her mum "
              "into trouble and asked if Mum knew she had told me. – Gavin Rennie, lead professional"),
        ("p", "Finn is a busy, smiley little boy who runs to Sandra as soon as she comes in. At the home visit "
              "on 14 May he had a sore nappy rash and ate a packet of crackers very quickly. He uses about "
              "ten words, fewer than we would expect at two and a half."),
        ("h1", "What will be different for Kayla and Finn"),
        ("bullets", [
            "Kayla and Finn are looked after every day and every evening by an adult who is sober and awake, "
            "and Kayla no longer has to look after Finn.",
            "Kayla gets to school by 8.50am every day, fed and in clean clothes, and is back at Brownies.",
            "Finn has all his health checks, goes to nursery, and his talking starts to catch up.",
        ]),
        ("h1", "The plan"),
        ("p", "Each action is numbered by the side of the My World Triangle it belongs to, and says who "
              "leads it, when, and what we will see if it is working."),
        ("h2", "How I grow and develop"),
        ("pi", "1.1 Visit Finn at home, weigh him, check his speech and development, and complete his 27–30 "
               "month review. (Lead: Morag Tulloch, HV. When: every 4 weeks from 27/05/2025; review by "
               "30/06/2025. We'll know: Finn's weight and development recorded in his red book; review "
               "scores sent to the lead professional within 5 working days.)"),
        ("pi", "1.2 See Kayla at school about her bedwetting and run a six-session programme with her and "
               "Leanne. (Lead: Kirsty Baird, school nurse. When: fortnightly from 02/06/2025. We'll know: "
               "Kayla's dry-night chart, kept at home with Leanne, brought to each core group; the nurse "
               "records what Kayla says about how it is going.)"),
        ("pi", "1.3 Take Kayla and Finn to their dental check-ups at Glebe Dental Practice. (Lead: Leanne "
               "Lennox. When: appointments booked for 12/06/2025. We'll know: the practice's attendance "
               "letter copied to the lead professional.)"),
        ("h2", "What I need from the people who look after me"),
        ("pi", "2.1 Stay sober whenever Kayla and Finn are in her care, and keep no alcohol in the house. "
               "(Lead: Leanne Lennox. When: every day, from 15/05/2025. We'll know: breath tests at every "
               "recovery appointment read zero; no alcohol seen at announced or unannounced visits.)"),
        ("pi", "2.2 See Leanne weekly, breath-test her at every appointment, and assess whether she can stay "
               "sober enough to care for Kayla and Finn and how long that is likely to take. (Lead: Colin "
               "Abernethy, recovery worker, Xandermuir Alcohol and Drug Recovery Service. When: weekly; "
               "written assessment by 11/07/2025. We'll know: test results emailed to the lead professional "
               "every fortnight; written assessment of Leanne's capacity to change shared with the core "
               "group by 11/07/2025.)"),
        ("pi", "2.3 Come to the house at 7.30am every school day to help get the children up, give them "
               "breakfast and walk Kayla to school. (Lead: Sandra Lennox, gran. When: every school day until "
               "the review CPPM. We'll know: school register shows Kayla in by 8.50am; Sandra signs the "
               "morning sheet on the fridge, checked at each visit.)"),
        ("pi", "2.4 Eight sessions at home with Leanne on the children's teatime and bedtime routine. (Lead: "
               "Ailsa Grant, family support worker, Xandermuir Family Support Service. When: weekly from "
               "02/06/2025 for 8 weeks. We'll know: routine chart on the fridge shows both children fed by "
               "5.30pm and in bed by 8pm on at least 5 nights a week; session notes sent to the lead "
               "professional.)"),
        ("pi", "2.5 Visit the children at home, at least one visit a month unannounced and one after 5pm, and "
               "see Kayla on her own. (Lead: Gavin Rennie, SW and lead professional. When: every 2 weeks from "
               "19/05/2025. We'll know: visit records show Kayla seen alone, food in the house and Leanne "
               "sober at each visit.)"),
        ("h2", "My wider world"),
        ("pi", "3.1 Check in with Kayla every Monday morning and send her attendance and any worries to the "
               "lead professional. (Lead: Mrs Fiona Grieve, Head Teacher and Kayla's Named Person. When: "
               "check-in every Monday; email every Friday. We'll know: Friday email shows attendance, "
               "lateness and what Kayla has said; any worry phoned through the same day.)"),
        ("pi", "3.2 Take Finn to his funded nursery place at Wee Acorns three mornings a week. (Lead: Leanne "
               "Lennox. When: Monday, Wednesday and Friday mornings from 02/06/2025. We'll know: nursery "
               "register, sent weekly to the lead professional by keyworker Jodie Craig, shows Finn at 5 of "
               "every 6 sessions.)"),
        ("pi", "3.3 Take Kayla back to Brownies on Wednesday evenings, as she asked. (Lead: Sandra Lennox, "
               "gran. When: every Wednesday from 04/06/2025. We'll know: Brownie register; Kayla tells the "
               "lead professional at visits that she has been.)"),
        ("h1", "If things go wrong"),
        ("p", "If Leanne is found under the influence of alcohol while caring for Kayla or Finn, misses two "
              "breath tests in a row, or Kayla is not in school by 10am and nobody has phoned, the lead "
              "professional (or the Out of Hours Social Work Service) will visit the same day. Kayla and Finn "
              "will stay with Sandra at 14 Kirkbrae Road while an Interagency Referral Discussion is held "
              "within 24 hours."),
        ("p", "If Sandra cannot do the mornings, becomes ill, or cannot have the children, she will ring the "
              "lead professional that day and Leanne's sister, Dawn Pirie in Carnmore (visited and agreed on "
              "20/05/2025), will step in. If neither Sandra nor Dawn can, Kayla and Finn will be placed "
              "together with approved foster carers the same day."),
        ("p", "If Leanne drinks while caring for the children a second time, or the recovery service "
              "assessment says she cannot make the changes needed in time for Kayla and Finn, the lead "
              "professional will seek legal advice that week and refer both children to the Children's "
              "Reporter."),
        ("h1", "Meeting again"),
        ("bullets", [
            "Core group: every 4 weeks – 05/06/2025, 03/07/2025 and 31/07/2025, 3.30pm at Kirkbrae Primary.",
            "Review Child Protection Planning Meeting: 21/08/2025, 10am, Xandermuir House.",
            "Leanne and Sandra are invited to every core group. Kayla can come to part of the review CPPM "
            "with her advocacy worker if she wants to.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Looked-after baby on a neonatal unit: case-system care plan export in
#    lettered sections with a Ref / Task / Resp. / Target / Completion
#    criteria / Status grid, header and page footer on every page. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b16_xyllport_lac_care_plan_export_adebayo.pdf",
    "doc_title": "Care Plan - Kayden Adebayo",
    "split": "heldout",
    "template": "lac-care-plan-case-export-lettered-sections-ref-task-status-grid-paged",
    "description": (
        "Exemplary case-system export of a care plan for a 4-week-old accommodated under s20 who is still "
        "on the neonatal unit (withdrawal; mother on methadone with depression), in lettered sections A–H "
        "with a Ref / Task / Resp. / Target / Completion criteria / Status grid; header and 'Page N of M' "
        "footer on every page. Twice-weekly SW visits on the unit, drug service and perinatal team report "
        "on capacity to change, grandmother's supervision has a fallback, PLO and legal planning triggers, "
        "core group, review conference and LAC review dates."
    ),
    "header": "OFFICIAL – SENSITIVE | Xyllport City Council | CareTrack 5.2 | Child ID 7730415",
    "footer": "Care plan – Kayden Adebayo – printed 23/05/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "blocks": [
        ("p", "Form: Looked After Child – Care Plan (Part 2) with Child Protection Plan | Status: Authorised "
              "22/05/2025 by Team Manager R. Okonkwo"),
        ("title", "Care Plan – Kayden Adebayo"),
        ("h2", "Section A – Child's details"),
        ("kv", [
            ("Name", "Kayden Adebayo"),
            ("Date of birth", "25/04/2025, born at 33 weeks (4 weeks old; 37 weeks corrected)"),
            ("Ethnicity / religion", "Black British (Nigerian heritage) and White British / Christian"),
            ("Mother", "Toni Adebayo (27), 12 Carver Street, Xyllport"),
            ("Father", "Marcus Bell (29), lives with his mother, Yvonne Bell (PGM), 3 Osier Close, Xyllport"),
            ("Social worker", "Priya Nandra, Xyllport Children in Care Team 1"),
            ("IRO", "Margaret Dunne"),
        ]),
        ("h2", "Section B – Legal status and placement"),
        ("kv", [
            ("Legal status", "Accommodated under section 20, Children Act 1989 (agreement signed by Toni "
                             "07/05/2025; Marcus agrees)"),
            ("Where Kayden is now", "Neonatal unit (Special Care, Bay 2), Xyllport General Hospital"),
            ("Planned placement", "Janet and Phil Haworth, Xyllport approved foster carers, from discharge "
                                  "(expected w/c 16/06/2025)"),
            ("Child protection plan", "Yes – neglect, since the pre-birth conference on 10/04/2025"),
            ("Pre-proceedings", "Legal planning meeting 06/05/2025; PLO letter given to both parents "
                                "09/05/2025; PLO meeting held 16/05/2025"),
        ]),
        ("h2", "Section C – Why Kayden is looked after"),
        ("p", "Kayden was born early after Toni used heroin and crack cocaine in pregnancy alongside her "
              "methadone script. He has neonatal abstinence syndrome and is being weaned off oral morphine; "
              "his withdrawal scores have come down from 12 to 4. Toni also has long-standing depression and "
              "told the pre-birth conference she did not think she could manage a baby at home yet. She "
              "agreed to Kayden being accommodated. Marcus has no drug history and wants to be assessed to "
              "care for Kayden with his mother's help."),
        ("h2", "Section D – Kayden's day, as seen by the people caring for him"),
        ("p", "Nursing staff describe Kayden as a baby who feeds well from a bottle when he is calm but gets "
              "frantic and sweaty when he is due his morphine. He settles fastest with skin-to-skin and "
              "swaddling, and the nurses have noticed that he quietens when Toni sings to him. He startles "
              "at loud noises on the bay. On my visit on 20/05/2025 he was awake for 40 minutes after his "
              "2pm feed, tracked my face and held Marcus's finger. He has gained 310g in the last two weeks. "
              "– Priya Nandra, SW"),
        ("h2", "Section E – What we want for Kayden"),
        ("bullets", [
            "E1. Kayden finishes his morphine wean, feeds and sleeps well, and goes home from hospital to "
            "foster carers who already know his routine.",
            "E2. Kayden has regular, safe and relaxed time with his mum and dad, and they learn how to meet "
            "his needs.",
            "E3. A decision about where Kayden will grow up is made in his timescale, so that he can settle "
            "with the people who will bring him up.",
        ]),
        ("h2", "Section F – Tasks"),
        ("table", {
            "header": ["Ref", "Task", "Resp.", "Target", "Completion criteria", "Status"],
            "widths": [1.5, 7.0, 4.6, 3.9, 6.4, 2.3],
            "rows": [
                ["E1-1", "Visit Kayden on the neonatal unit, see him, and speak to the nurse caring for him "
                 "about his feeds, withdrawal scores and weight",
                 "SW Priya Nandra", "Twice weekly (Tue and Fri) until discharge",
                 "Visit records on CareTrack show Kayden seen, with his weight and withdrawal scores noted",
                 "In progress"],
                ["E1-2", "Chair the weekly discharge planning meeting with the foster carers, parents and SW",
                 "Sister Ruth Akers, neonatal discharge coordinator", "Every Wednesday until discharge",
                 "Written discharge plan agreed and copied to the SW and foster carers at least 3 days before "
                 "discharge", "In progress"],
                ["E1-3", "Learn Kayden's feeding, morphine wean and settling routine on the unit, and stay "
                 "overnight in the parents' room before he comes home",
                 "Foster carers Janet and Phil Haworth", "Daily visits from 26/05/2025; 2 overnight stays "
                 "before discharge",
                 "Nursing staff sign the foster carers' competency checklist (feeds, medicine, resuscitation) "
                 "before discharge", "Not started"],
                ["E1-4", "Home visit at the foster home, then weekly weights",
                 "HV Lindsey Muir", "Within 48 hours of discharge, then weekly for 6 weeks",
                 "Weight plotted in the red book at each visit; weight stays on or above the 9th centile "
                 "(corrected age)", "Not started"],
                ["E1-5", "Initial health assessment for a looked-after child",
                 "Dr Omar Siddiqi, designated doctor for looked-after children",
                 "By 06/06/2025 (booked 04/06/2025)",
                 "IHA report and health plan sent to the SW, IRO and foster carers", "Booked"],
                ["E2-1", "Supervise Toni's family time with Kayden on the unit and help her with feeds and "
                 "skin-to-skin care",
                 "Nurse in charge, Special Care (each shift)", "Daily, 1pm to 4pm, until discharge",
                 "Family time record completed each session, noting how Toni fed and settled Kayden",
                 "In progress"],
                ["E2-2", "Come to the unit with Marcus and stay with him during his family time with Kayden",
                 "Yvonne Bell (PGM)", "Tue, Thu and Sat, 6pm to 7.30pm, until discharge",
                 "Nursing staff record each visit, who was there, and how Marcus cared for Kayden",
                 "In progress"],
                ["E2-3", "Arrange and supervise family time after discharge at Linden House family centre",
                 "Dee Walsh, coordinator, Xyllport Family Time Service",
                 "4 sessions of 2 hours a week from the first week after discharge",
                 "Session records sent to the SW weekly, noting Kayden's responses to each parent",
                 "Not started"],
                ["E3-1", "Prescribe Toni's methadone, test weekly, and report on whether she is stable on her "
                 "script and free of street drugs, and how likely she is to stay so",
                 "Jason Pike, recovery worker, Xyllport Drug and Alcohol Service",
                 "Weekly tests; written report by 20/06/2025",
                 "Test results to the SW weekly; report shared with the core group on 20/06/2025",
                 "In progress"],
                ["E3-2", "Assess Toni's depression, offer treatment, and report on her capacity to change, "
                 "what would need to change and how long this is likely to take",
                 "Dr Fiona Carr, consultant psychiatrist, Xyllport Perinatal Mental Health Team",
                 "Fortnightly appointments; assessment report by 27/06/2025",
                 "Written assessment, including prognosis and likely timescale, shared with the SW and core "
                 "group by 27/06/2025", "In progress"],
                ["E3-3", "Parenting assessment of Toni and of Marcus",
                 "Alan Pryce, independent social worker (commissioned by the SW)",
                 "Start 02/06/2025; final report by 15/08/2025",
                 "Final report with a clear recommendation for each parent shared with the parents, IRO and "
                 "core group", "Not started"],
                ["E3-4", "Viability assessment of Yvonne Bell as a carer for Kayden",
                 "SW Priya Nandra", "By 20/06/2025",
                 "Viability report with a recommendation shared with the IRO and legal team", "Not started"],
                ["E3-5", "PLO review meeting with both parents and their solicitors",
                 "Rachel Okonkwo, team manager", "11/07/2025",
                 "Minutes and updated PLO agreement sent to both solicitors within 5 working days", "Booked"],
            ],
        }),
        ("h2", "Section G – Contingency"),
        ("p", "If Toni withdraws her section 20 agreement, tries to take Kayden from the unit, or comes to "
              "family time under the influence, the nurse in charge will call the police and the SW (or the "
              "emergency duty team); Kayden will stay on the unit and the team manager will hold a legal "
              "planning meeting the same day to decide whether to apply for an emergency protection order."),
        ("p", "If Yvonne cannot come with Marcus or supervise his visits, Marcus's family time will be "
              "supervised on the unit by the nurse in charge, and after discharge at Linden House by the "
              "Family Time Service, starting within 2 working days. If the Haworths cannot take Kayden when "
              "he is fit for discharge, he will stay on the unit until the SW has found another approved "
              "foster placement, and the foster carers will do the same training on the unit first."),
        ("p", "If the drug service and perinatal reports (due 20/06/2025 and 27/06/2025) show that Toni is "
              "not making the changes Kayden needs, or either parent does not keep to the PLO agreement, the "
              "team manager will request a legal planning meeting within 5 working days to decide whether to "
              "issue care proceedings."),
        ("h2", "Section H – Reviews"),
        ("bullets", [
            "Core group (child protection plan): every 3 weeks – 28/05/2025 on the neonatal unit, 18/06/2025 "
            "and 09/07/2025.",
            "Review child protection conference: 03/07/2025, 10am, Xyllport Civic Offices.",
            "First looked-after child review (IRO Margaret Dunne): 03/06/2025; second review by 03/09/2025.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Pre-birth plan with Romanian / English headings and labels, one block
#    per action under a numbered heading (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b16_xarrowby_bilingual_prebirth_popescu.md",
    "split": "heldout",
    "template": "bilingual-romanian-english-prebirth-action-heading-blocks-md",
    "description": (
        "Exemplary pre-birth plan for a Romanian-speaking family (father's violence and drinking, mother's "
        "anxiety and low mood, a 3-year-old sister) with Romanian / English headings and field labels and "
        "one small block per action under a numbered heading. Perinatal team assesses capacity to change, "
        "alcohol service owns an action, aunt's help has a fallback, core group and review dates, legal "
        "planning meeting before the birth if progress is insufficient."
    ),
    "text": """\
# Plan de protecție a copilului înainte de naștere / Pre-birth child protection plan

**Xarrowby Borough Council – Children's Services**

| | |
|---|---|
| **Copilul nenăscut / Unborn baby** | Baby Rusu, due 18/08/2025 |
| **Sora / Sister** | Sofia Rusu, born 06/03/2022 (3), Little Owls Nursery |
| **Mama / Mother** | Ioana Popescu (22), 5 Weaver's Yard, Xarrowby |
| **Tatăl / Father** | Andrei Rusu (26), lives at 41 Station Road, Xarrowby, since 14/03/2025 |
| **Conferința / Conference** | Pre-birth initial child protection conference, 29/05/2025 |
| **Categoria / Category** | Emotional abuse (domestic abuse) |
| **Asistent social / Social worker** | Hannah Cowley |
| **Interpret / Interpreter** | Romanian interpreter at every meeting and visit (Xarrowby Language Line) |

A full Romanian translation of this plan was read through with Ioana by the
interpreter on 02/06/2025. Andrei has his own copy in Romanian.

## De ce suntem îngrijorați / Why we are worried

Andrei drinks heavily at weekends. On 13 March, after drinking, he pushed Ioana
against the kitchen worktop when she was 16 weeks pregnant and Sofia was in the
room; the police arrested him and he accepted a caution. Ioana told her midwife
about two earlier incidents in Romania. Since March Ioana has been sleeping
badly, has panic attacks when she goes out, and says she feels low most days.
Her GP referred her to the perinatal mental health team in April. A newborn
baby and a three-year-old in a home with violence, or with a mother too anxious
or low to get up in the night, could be hurt or left without care.

## Ce merge bine / What is going well

- Ioana asked Andrei to leave after 13 March and he has kept away from the flat.
- Sofia goes to nursery every day and staff say she is happy and well cared for.
- Ioana's aunt, Elena Marin, lives in Xarrowby and helps most days.
- Andrei has said at the conference that he drinks too much and wants help.

## Vocea Sofiei / Sofia's voice

I saw Sofia at nursery on 27 May with her keyworker. She showed me her drawing
of "Mami, Sofia and the baby in Mami's tummy" and said the baby is "mine". When
I asked about Tati she said "Tati shouted, Mami cried" and then went back to the
sand tray. Staff say she plays "mums and babies" every day and is gentle with
the dolls. She runs to Elena at pick-up and chats to her in Romanian the whole
way to the gate.

## Ce vrem pentru Sofia și bebeluș / What we want for Sofia and the baby

- The baby is born into a home where nobody is hurt or frightened, and is fed,
  changed and settled day and night by an adult who is well enough to do it.
- The baby sleeps on their back in their own cot and gains weight along their
  centile.
- Sofia keeps going to nursery every day, sees her dad safely, and does not see
  or hear any more violence.

## Ce se va întâmpla / What will happen

### 1. Vizite acasă / Home visits

- **Ce / What:** Visit Ioana and Sofia at home with an interpreter, play with
  Sofia and see her room, and check the baby's sleeping space.
- **Cine / Who:** Hannah Cowley, social worker
- **Când / When:** every 2 weeks until the birth, then weekly for 8 weeks
- **Cum vom ști / How we will know:** visit notes show Sofia seen at every
  visit, the interpreter used, and a cot set up by 36 weeks (21/07/2025)

### 2. Sănătatea mintală a Ioanei / Ioana's mental health

- **Ce / What:** See Ioana with an interpreter, treat her anxiety and low mood,
  and assess how her mental health is likely to affect her care of a newborn
  and of Sofia, what needs to change and how long that is likely to take.
- **Cine / Who:** Dr Helen Byrne, consultant perinatal psychiatrist, and CPN
  Gareth Mills, Xarrowby Perinatal Mental Health Team
- **Când / When:** appointments every 2 weeks; written assessment by 11/07/2025
- **Cum vom ști / How we will know:** written assessment of Ioana's capacity
  to change, her early warning signs and the likely timescale, shared with the
  core group by 11/07/2025

### 3. Planul pentru naștere / Birth and discharge plan

- **Ce / What:** Write the birth and discharge plan with Ioana, including who
  will be with her on the ward and that Andrei is not told which ward she is on.
- **Cine / Who:** Claire Foden, safeguarding midwife
- **Când / When:** by 34 weeks (07/07/2025)
- **Cum vom ști / How we will know:** signed plan on the maternity record,
  copied to the social worker, the emergency duty team and the labour ward

### 4. Programul pentru Andrei / Andrei's domestic abuse programme

- **Ce / What:** Attend the Safer Families perpetrator programme (24 weekly
  group sessions with a Romanian interpreter).
- **Cine / Who:** Andrei Rusu
- **Când / When:** every Thursday evening from 05/06/2025
- **Cum vom ști / How we will know:** facilitator's attendance record sent
  monthly and a written mid-point report to the core group by 28/08/2025

### 5. Alcoolul / Andrei's drinking

- **Ce / What:** Assess Andrei's drinking, agree a plan with him, and test him
  each month.
- **Cine / Who:** Dan Osei, worker at Step Clear, the Xarrowby alcohol service
- **Când / When:** assessment by 20/06/2025, then monthly tests
- **Cum vom ști / How we will know:** assessment and every test result sent to
  the social worker; results read out at each core group

### 6. Siguranța Ioanei / Ioana's safety plan

- **Ce / What:** Meet Ioana with an interpreter, write a safety plan with her
  for now and for after the birth, and take the case to MARAC if the risk rises.
- **Cine / Who:** Paula Grant, IDVA, Xarrowby Domestic Abuse Service
- **Când / When:** first meeting by 13/06/2025, then every 2 weeks until the birth
- **Cum vom ști / How we will know:** written safety plan in Romanian and
  English, with a copy for Ioana and one sent to the social worker by 20/06/2025

### 7. Timpul Sofiei cu tatăl / Sofia's time with her dad

- **Ce / What:** Supervise Andrei's time with Sofia at the family centre.
- **Cine / Who:** Lucy Harker, contact supervisor, Xarrowby Family Centre
- **Când / When:** every Saturday, 10am to 12pm
- **Cum vom ști / How we will know:** a written record of each session, with
  how Sofia was before, during and after, sent to the social worker each week

### 8. Ajutorul Elenei după naștere / Elena's help after the birth

- **Ce / What:** Stay with Ioana for the first 14 nights after she brings the
  baby home and help with night feeds.
- **Cine / Who:** Elena Marin (Ioana's aunt)
- **Când / When:** every night for the first 14 nights after discharge
- **Cum vom ști / How we will know:** night-feed chart on the fridge, checked
  by the health visitor and social worker at each visit

### 9. Sofia la grădiniță / Getting Sofia to and from nursery

- **Ce / What:** Take Sofia to nursery and collect her in the last weeks of the
  pregnancy and while Ioana is in hospital.
- **Cine / Who:** Elena Marin (Ioana's aunt)
- **Când / When:** every nursery day from 21/07/2025 until 2 weeks after the birth
- **Cum vom ști / How we will know:** nursery sign-in and sign-out sheet shows
  Sofia in every day and collected by Elena or Ioana only

### 10. Vizitatorul medical / Health visitor

- **Ce / What:** Antenatal visit on safe sleep and feeding, then the new birth
  visit.
- **Cine / Who:** Sarah Quinn, health visitor
- **Când / When:** antenatal visit by 25/07/2025; new birth visit on day 10 to 14
- **Cum vom ști / How we will know:** safe sleep checklist signed with Ioana;
  baby's weight recorded in the red book at the new birth visit

### 11. Grădinița / Nursery

- **Ce / What:** Send Sofia's attendance to the social worker and pass on
  anything she says or shows in her play about home.
- **Cine / Who:** Megan Lyle, keyworker, Little Owls Nursery
- **Când / When:** every Friday, and the same day if there is a worry
- **Cum vom ști / How we will know:** weekly email shows attendance of 90% or
  more and what Sofia has said; worries logged on Sofia's file

## Dacă lucrurile merg prost / If things go wrong

If Andrei comes to the flat, contacts Ioana outside the agreed arrangements, or
there is any violence or threat of violence, Ioana will ring 999 and the police
will attend. Ioana and Sofia (and the baby, once born) will go to Elena's flat
at 22 Mill Walk, or to the Xarrowby women's refuge, which has agreed to take
them; the social worker will hold a strategy discussion the same day.

If Ioana stops sleeping for two nights running after the birth, stops her
medication, or the perinatal team see early signs that she is becoming unwell,
the perinatal team will see her the same day and offer a mother and baby unit
admission with the baby. Sofia and the baby will stay with Elena meanwhile.

If Elena cannot stay the nights after the birth or falls ill, the health
visitor will be told the same day and the social worker will arrange a mother
and baby foster placement for Ioana and the baby; Sofia will go with them, or to
approved foster carers that day if the placement cannot take her.

If there is further violence, Ioana lets Andrei back into the flat, or the
perinatal assessment says Ioana cannot make the changes the baby needs in time,
the social worker will request a legal planning meeting within 5 working days,
before the birth if possible, to decide on pre-proceedings (PLO).

## Întâlniri / Meetings

- **Grupul de bază / Core group:** every 4 weeks – 19/06/2025, 17/07/2025 and
  14/08/2025, then within 10 working days of the birth.
- **Conferința de revizuire / Review child protection conference:** 28/08/2025,
  2pm, Xarrowby Town Hall (interpreter booked).
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group minutes: attendees table with initials as the key, outcomes,
#    agency updates, then an action log whose owners are initials (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b16_xenthorpe_core_group_initials_log_brannigan.docx",
    "doc_title": "Core Group Minutes - Tyler and Ruby Brannigan",
    "split": "heldout",
    "template": "core-group-minutes-attendee-initials-key-owner-initials-log",
    "description": (
        "Second core group minutes for an 11-year-old and a 6-year-old after domestic abuse (mother's "
        "depression, CPN involved): an attendees table gives each person's initials, and the action log's "
        "Owner column holds only initials. A CPN row that only supports with 'KB says she feels better', "
        "'ASAP', 'All', 'Ongoing' with a blank measure, 'Monitored by DH', a blank owner, one adult-only "
        "outcome, a contingency that only reviews, grandmother and uncle relied on, no legal step."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("kv", [
            ("Children", "Tyler Brannigan (11), Ruby Brannigan (6)"),
            ("Date and venue", "Thursday 15/05/2025, 1.30pm, Xenthorpe Park Primary (library)"),
            ("Plan", "Child protection plan from the ICPC on 03/04/2025 – emotional abuse"),
            ("Meeting", "Core group 2 (core group 1 was on 24/04/2025)"),
        ]),
        ("h1", "1. Present"),
        ("table", {
            "header": ["Initials", "Name", "Role"],
            "widths": [2.0, 5.0, 10.0],
            "rows": [
                ["KB", "Kerry-Ann Brannigan", "Mum"],
                ["PW", "Pauline Ward", "Maternal grandmother (MGM)"],
                ["DH", "Dominic Hale", "Social worker, Xenthorpe Children's Social Care – chair and minutes"],
                ["LP", "Lisa Pryor", "DSL, Xenthorpe Park Primary (Ruby's school)"],
                ["MJ", "Mark Jessop", "Head of Year 7, Xenthorpe Academy (Tyler's school)"],
                ["TA", "Tasha Ahmed", "CPN, Xenthorpe Community Mental Health Team"],
                ["RW", "Rosie Wren", "Family support worker, Xenthorpe Early Help"],
            ],
        }),
        ("p", "Apologies: Dr N. Kahn (GP), Jo Trent (school nurse). Shaun Brannigan (dad) is not invited "
              "while the non-molestation order is in place; DH sends him the minutes."),
        ("h1", "2. Outcomes we are working towards (from the ICPC)"),
        ("bullets", [
            "Tyler and Ruby live in a home where they do not see or hear violence, and feel safe to talk "
            "about what happened.",
            "Ruby is settled and happy at school and her attendance is back above 95%.",
            "Kerry-Ann's mental health is stable and she feels able to cope.",
        ]),
        ("h1", "3. Updates"),
        ("p", "KB: Shaun has not been to the house since the non-molestation order on 10/04. She is \"up and "
              "down\", taking sertraline, and finds mornings hardest. She has been to all 3 Stronger Steps "
              "sessions so far and says they help."),
        ("p", "PW: has the children for tea on Wednesdays and overnight on Fridays. Says Tyler is \"rude to "
              "his mum and it's getting worse\" and stays on his Xbox until midnight."),
        ("p", "LP: Ruby's attendance is 91% this half term (84% last half term). Clingy at drop-off most "
              "days; two toileting accidents in class. Doing well in the Sunflower group."),
        ("p", "MJ: Tyler has had 3 detentions for refusing to work and was found crying in the toilets on "
              "08/05. He would not say why. He has no trusted adult in school yet."),
        ("p", "TA: sees KB every two weeks. Mood still low; no thoughts of harming herself. GP increased her "
              "sertraline on 28/04."),
        ("p", "RW: 3 home visits. House tidy; Ruby's routine is better but KB struggles to get Tyler up and "
              "out in the mornings."),
        ("p", "DH: visited 24/04 and 08/05 and saw both children. Tyler did not want to be seen on his own "
              "on 08/05; DH saw him alone at school on 30/04."),
        ("h1", "4. What Tyler and Ruby have said"),
        ("p", "Tyler (seen alone at school, 30/04): \"I don't want to talk about Dad. He's not coming back, is "
              "he?\" He said he feels angry \"all the time\" and can't get to sleep. He likes football and "
              "his Uncle Lee, who used to take him to training."),
        ("p", "Ruby (seen at home, 08/05): drew her house with \"Mummy, me, Tyler and Nana\" in it. She said "
              "\"Daddy shouted and broke the telly\" and \"I like Nana's on Fridays because we have pizza\"."),
        ("h1", "5. Action log"),
        ("p", "Owners are shown by initials, as in section 1. C/F = carried forward from core group 1."),
        ("table", {
            "header": ["No.", "Action", "Owner", "Due", "How we'll know", "New / C/F"],
            "widths": [1.0, 5.4, 2.2, 2.6, 4.4, 1.4],
            "rows": [
                ["1", "Visit Tyler and Ruby at home and see each child on their own at least once a month",
                 "DH", "Fortnightly – next 22/05/2025",
                 "Visit records show both children seen at each visit and each seen alone monthly", "C/F"],
                ["2", "Attend the Stronger Steps programme for women who have experienced domestic abuse",
                 "KB", "Tuesdays, 10 weeks to 15/07/2025",
                 "Stronger Steps attendance sheet sent to DH monthly", "C/F"],
                ["3", "See KB for support with her low mood and review her medication",
                 "TA", "Fortnightly", "KB says she feels better", "C/F"],
                ["4", "Referral to CAMHS for Tyler (sleep, anger, crying at school)",
                 "DH", "ASAP", "CAMHS acknowledgement letter on file, copy to MJ", "New"],
                ["5", "Tell DH on the same day about any worry about Tyler or Ruby, including any sighting of "
                 "Shaun", "All", "Same day", "Worry logged on the children's record with what was done", "C/F"],
                ["6", "Keep Ruby in the Sunflower nurture group and tell DH how she is getting on",
                 "LP", "Ongoing", "", "C/F"],
                ["7", "Name a trusted adult for Tyler at the Academy and give him a weekly check-in",
                 "MJ", "Weekly, Mondays from 19/05/2025",
                 "Check-in log shared with DH before each core group; Tyler can name his trusted adult", "New"],
                ["8", "Have Tyler and Ruby for tea on Wednesdays and overnight on Fridays to give KB a break",
                 "PW", "Every Wed and Fri", "Monitored by DH", "C/F"],
                ["9", "Take Tyler to football training on Thursday evenings and to matches on Saturdays",
                 "Lee Ward (uncle) – PW to ask him", "Every Thu and Sat",
                 "Club attendance list; Tyler tells DH at visits whether he has been", "New"],
                ["10", "Young carers assessment for Tyler", "", "By 30/06/2025",
                 "Assessment shared with KB, Tyler and DH", "New"],
                ["11", "Six home sessions with KB on the children's morning and bedtime routines",
                 "RW", "Weekly from 20/05/2025 (6 sessions)",
                 "Routine chart on the fridge; Tyler at school by 8.40am on 4 of 5 days (school register)",
                 "New"],
                ["12", "Send Ruby's attendance and lateness figures to DH",
                 "LP", "Every Friday",
                 "Attendance at or above 95% by the review conference (school register)", "C/F"],
            ],
        }),
        ("h1", "6. Contingency"),
        ("p", "As in the child protection plan: if there are further concerns, DH will discuss them with his "
              "team manager and the plan will be reviewed at the next core group."),
        ("h1", "7. Next meetings"),
        ("p", "Core group every 4 weeks: next 12/06/2025, 1.30pm at Xenthorpe Academy, then 10/07/2025. "
              "Review child protection conference: 24/07/2025 at Xenthorpe Civic Centre (invites to follow)."),
    ],
    "findings": [
        F("H001", "See KB for support with her low mood"),
        F("M002", "See KB for support with her low mood"),
        F("T002", "Referral to CAMHS for Tyler (sleep, anger, crying at school)"),
        F("W002", "Tell DH on the same day about any worry"),
        F("T002", "Keep Ruby in the Sunflower nurture group"),
        F("M001", "Keep Ruby in the Sunflower nurture group"),
        F("M002", "Have Tyler and Ruby for tea on Wednesdays"),
        F("W001", "Young carers assessment for Tyler"),
        F("F002", "Kerry-Ann's mental health is stable and she feels able to cope"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Child-friendly traffic-light plan (green / amber / red) with each
#    adult's promise in quotes and emoji markers for when and how (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b16_xendlewick_traffic_light_my_plan_danby.md",
    "split": "heldout",
    "template": "child-friendly-traffic-light-sections-quoted-promises-emoji-when-how-md",
    "description": (
        "A 9-year-old's child protection plan written to him in green / amber / red sections (father's "
        "drinking, neglect): each adult's promise is quoted, with clock and tick markers for when and how "
        "we'll know. 'When I'm ready' with no tick, 'keep an eye on', an aunt's teas with no measure, a "
        "school nurse with no timescale, 'everyone who knows me', an adult-only outcome, no adult service "
        "owning an action, aunt and nan relied on with no fallback, no legal step."
    ),
    "text": """\
# 🌈 My Plan

## Ellis Danby, age 9

Made at my child protection conference on **Tuesday 20 May 2025** at Xendlewick
Civic Centre. Sam (my social worker) wrote it with me in the Den at Brookfield
Primary on 22 May, and I picked the colours.

---

## My family

- **Dad** – Craig Danby. I live with Dad and Kacey at 31 Larch Close.
- **Kacey** – my big sister. She is 15.
- **Mum** – lives in Carrowfield. I stay with her in the summer holidays.
- **Auntie Bev** – Bev Danby, Dad's sister. She lives round the corner.
- **Nan** – Maureen Danby, Dad's mum.

## Why the grown-ups are worried

Dad has been drinking a lot of beer and vodka since Christmas. Some nights he
falls asleep on the sofa and there isn't any tea, so Kacey makes toast. In
April the police brought us home because Dad fell over in the street when I was
with him. Sometimes I come to school in a dirty uniform, and my teacher has
given me breakfast because I was hungry. There are letters about money that Dad
hasn't opened.

## What I told Sam

- "I love my dad but not when he's had vodka. He goes wobbly and talks funny."
- "I don't like it when there's no tea. Kacey does toast but she burns it."
- "My favourite thing is swimming with Nan."
- "I want Dad to be like he was before Christmas."
- When Sam asked me how safe I feel at home, from 0 to 10, I said 6.

## 💚 GREEN – things that are going well

- Dad gets me to school on time nearly every day.
- Dad has told Sam he wants to stop drinking.
- Kacey looks out for me.
- Nan and Auntie Bev live really close.

## ⭐ What we want for me

- I have tea every night and a clean uniform every day.
- I don't have to worry about Dad being drunk when I'm at home.
- Dad will stop drinking and sort out his money.

## 🧡 AMBER – what the grown-ups are going to do

Each grown-up made me a promise. ⏰ means **when** and ✅ means **how we'll
know it's working**.

1. **Sam, my social worker:** "I'll come and see you at home every two weeks,
   and see you on your own at school once a month."
   ⏰ Every two weeks, starting 29 May
   ✅ My visit notes will say I saw you on your own and what you told me.

2. **Dad:** "I'll go and see the Larchway alcohol team about my drinking."
   ⏰ When I'm ready

3. **Dad:** "I'll make sure there's food in for breakfast and tea every day,
   and your uniform is washed."
   ⏰ Every day
   ✅ Sam will look in the fridge at every visit, and Mrs Price will tell Sam
   if you come to school hungry or in a dirty uniform.

4. **Mrs Price, my teacher (she is in charge of keeping children safe at
   school):** "I'll see you every Monday morning in the Den for a chat about
   your weekend."
   ⏰ Every Monday
   ✅ We'll keep an eye on how you are.

5. **Auntie Bev:** "You can come to mine for tea on Tuesdays and Thursdays
   after school."
   ⏰ Every Tuesday and Thursday

6. **Nan:** "I'll take you swimming at Xendlewick Leisure Centre on Saturday
   mornings."
   ⏰ Every Saturday
   ✅ Your swimming card gets stamped each week and you can show it to Sam.

7. **Jo, the school nurse:** "I'll check your height, weight and eyes and send
   the results to Sam and Dad."
   ✅ A letter with the results goes to Sam and Dad.

8. **Dad:** "I'll take my money letters to the Xendlewick Money Advice Centre
   and make a plan to pay the bills."
   ⏰ By 30 June
   ✅ Dad shows Sam the letter with his payment plan.

9. **Everyone who knows me:** "We'll tell Sam the same day if we're worried
   about you."
   ⏰ The same day
   ✅ Sam writes every worry down on my file.

10. **Mr Ahmed, the family support worker:** "I'll come round on Wednesday
    evenings and help Dad and Kacey with the shopping and cooking tea."
    ⏰ Wednesdays from 28 May, for 6 weeks
    ✅ Sam and Mr Ahmed check there's food in the cupboards and a meal planner
    on the fridge.

## 🔴 RED – if I'm not safe

If Dad is drunk when he's looking after me, or there's no grown-up awake at
home at bedtime:

- I can ring Auntie Bev on 07700 900418, or tell Mrs Price in the morning.
- Auntie Bev will come and get me and I'll sleep at hers.
- Sam, or the emergency social worker if it's night-time, will come and see me
  the same day and talk to Dad.

## 📅 When the grown-ups meet

The grown-ups who help me (the core group) meet every month. The next meeting is
on 17 June 2025 at school, and I can go to the start if I want to.

The next big meeting (the review conference) is on 19 August 2025.
""",
    "findings": [
        F("T002", "go and see the Larchway alcohol team about my drinking"),
        F("M001", "go and see the Larchway alcohol team about my drinking"),
        F("M002", "see you every Monday morning in the Den for a chat"),
        F("M001", "come to mine for tea on Tuesdays and Thursdays"),
        F("T001", "I'll check your height, weight and eyes"),
        F("W002", "We'll tell Sam the same day if we're worried"),
        F("F002", "Dad will stop drinking and sort out his money"),
        F("F004"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Child in need stepped up to child protection: case-system print with
#    KEEP DOING (carried over from the CIN plan) and START sections, each task
#    with Who / When / Measure lines; family moving to another council (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b16_xelmoor_cin_step_up_keep_start_rafferty.txt",
    "split": "heldout",
    "template": "cin-step-up-keep-doing-and-start-sections-export-txt",
    "description": (
        "Case-system print of a child in need plan stepped up to child protection (baby's faltering "
        "growth, mother's postnatal depression, father's cannabis use) in KEEP DOING and START sections; "
        "the family is moving to another council. GP visits 'as and when', a family support row handed "
        "on after the move, a perinatal CPN who only supports with 'mood more stable', a referral with no "
        "owner, a parenting assessment paused pending transfer, 'as needed', an adult-only outcome, the "
        "grandmother relied on with no fallback, no review conference date, legal planning not requested."
    ),
    "text": """\
XELMOOR COUNCIL - CHILDREN AND FAMILIES SERVICE
ConnectCare 9 | Plan print | STEP-UP: CHILD IN NEED -> CHILD PROTECTION
Printed 21/05/2025 11:47 by KDOYLE                                  Page 1 of 2
------------------------------------------------------------------------------
Children  : Mason RAFFERTY  (7y)  DOB 14/09/2017   ID 2208815
            Evie RAFFERTY   (5m)  DOB 02/12/2024   ID 2239047
Parents   : Chantelle Rafferty (mum, 23); Jordan Pike (Evie's dad, 26)
            Mason's father (Ryan Kemp) - no contact
Address   : 7 Sorrel Way, Xelmoor
CIN plan  : 10/02/2025 to 14/05/2025 (3 CIN reviews)
ICPC      : 14/05/2025 - both children subject to CP plans, category NEGLECT
SW        : Kieran Doyle, Safeguarding Team 2 (TM Asha Varma)
------------------------------------------------------------------------------

1. WHY THE PLAN HAS STEPPED UP
Evie was open to CIN from Feb 25 after HV concerns about her weight (dropped
from 25th to 9th centile). Under the CIN plan Chantelle did 6 of 11 FSW
sessions and missed 3 HV weighs. On 29/04/2025 Evie was below the 2nd centile
and was admitted to Xelmoor General for 2 nights (faltering growth, no organic
cause found). Chantelle has postnatal depression (diagnosed Jan 25, on
sertraline) and says she "can't face" the night feeds. Jordan smokes cannabis
every day, incl. in the flat; he does most night feeds but is "knocked out" by
2am. Mason has been late to school 19 times this term. The family have been
offered a 3-bed house by Hollingbury Homes in the Hollingbury Council area -
likely move date 30/06/2025.

2. WHAT THE CHILDREN SAY / WHAT WE SEE
Mason (seen alone at school 13/05): "Mum stays in bed a lot. I make my own
cereal." Said Evie "cries and cries" at night and he puts his pillow over his
head. Wants "Nanna Denise to come more" and to keep going to Beavers. Worried
about a new school after the move - "I won't know anyone."
Evie (obs. at home 16/05 and on the ward 30/04): alert, smiles at Mason, feeds
eagerly from a bottle when offered; often left in her bouncer for long spells;
flattening at the back of her head; settles quickly for Denise.

3. OUTCOMES
 a) Evie is fed at least every 3-4 hours day and night and her weight climbs
    back to the 9th centile by the review conference.
 b) Mason gets to school on time every day and does not have to look after
    himself or Evie.
 c) Chantelle's mood will improve and Jordan will cut down his cannabis.

4. PLAN
What has stopped: the Early Help "Family Steps" group (Chantelle did not go)
and the fortnightly CIN visits (replaced by the CP visits in S1).

4.1 KEEP DOING (carried over from the CIN plan)

 K1  Weigh Evie at home and check her feeding and sleeping position
       Who:     HV Rachel Amis
       When:    weekly (Tuesdays)
       Measure: weight plotted in red book; back on 9th centile by RCPC

 K2  Chantelle to keep going to her GP appointments for her depression
       Who:     Chantelle
       When:    as and when
       Measure: -

 K3  Feeding and routine sessions at home with Chantelle and Jordan
       Who:     FSW Dee Carson, Xelmoor Early Help
       When:    twice weekly until the move, then to be handed on to
                Hollingbury Early Help
       Measure: feed chart filled in for every feed, checked by FSW at
                each session

 K4  Send Mason's attendance and lateness to the SW; phone SW the same
     day with any worry
       Who:     DSL Mrs Joanne Hurst, St Anne's CE Primary
       When:    every Friday
       Measure: attendance emailed; Mason in by 8.50am on 9 of 10 days

 K5  Collect Mason from school and give him his tea
       Who:     Denise Rafferty (MGM)
       When:    Mon, Wed and Fri
       Measure: school pick-up log shows Denise collected Mason

4.2 START (new under the CP plan)

 S1  Home visits to Mason and Evie, incl. one unannounced visit a month
     and one at a night feed; see Mason alone at each visit
       Who:     SW Kieran Doyle
       When:    every 10 working days
       Measure: visit records show both children seen, Mason alone, and
                the feed chart checked

 S2  Weekly support sessions for Chantelle and a review of her
     antidepressants
       Who:     Perinatal Mental Health Team, CPN Laura Finch
       When:    weekly
       Measure: Chantelle's mood more stable

 S3  Referral for Jordan to Xelmoor Substance Misuse Service re
     cannabis use
       Who:     -
       When:    by 06/06/2025
       Measure: referral accepted; assessment outcome sent to SW

 S4  Parenting assessment of Chantelle and Jordan (PAMS)
       Who:     SW Kieran Doyle
       When:    TBC - on hold pending transfer to Hollingbury
       Measure: written report with recommendation to the RCPC

 S5  Paediatric review of Evie's weight gain and development
       Who:     Dr Priya Natt, consultant paediatrician, Xelmoor General
       When:    by 13/06/2025
       Measure: clinic letter sent to SW, GP and HV

 S6  Stay over three nights a week and do Evie's night feeds
       Who:     Denise Rafferty (MGM)
       When:    Mon, Wed and Fri nights
       Measure: feed chart signed by Denise for every night feed

 S7  Help Chantelle with the house move, her Universal Credit claim and
     a budgeting plan
       Who:     FSW Dee Carson
       When:    as needed
       Measure: -

5. CONTINGENCY
If Evie's weight drops below the 2nd centile or she misses two HV weighs in a
row, the HV will tell the SW the same day. The SW will arrange a same-day
paediatric review at Xelmoor General, and Mason and Evie will stay with Denise
(MGM) while a strategy discussion is held within 24 hours. The same applies if
Jordan is found under the influence of cannabis while he is doing night feeds.

6. LEGAL
Legal planning: not requested at this stage.

7. REVIEW
Core group: every 4 weeks - 28/05/2025 and 25/06/2025 (both at Xelmoor Family
Hub).
RCPC: to be arranged - depends on the move date. If the family move before
30/06/2025 the review will be a transfer-in conference held by Hollingbury.

------------------------------------------------------------------------------
End of print                                                       Page 2 of 2
""",
    "findings": [
        F("T002", "Chantelle to keep going to her GP appointments for her depression"),
        F("M001", "Chantelle to keep going to her GP appointments for her depression"),
        F("X001", "Feeding and routine sessions at home with Chantelle and Jordan"),
        F("H001", "Weekly support sessions for Chantelle and a review"),
        F("M002", "Weekly support sessions for Chantelle and a review"),
        F("W001", "Referral for Jordan to Xelmoor Substance Misuse Service"),
        F("X001", "Parenting assessment of Chantelle and Jordan (PAMS)"),
        F("T002", "Parenting assessment of Chantelle and Jordan (PAMS)"),
        F("T002", "Help Chantelle with the house move, her Universal Credit claim"),
        F("M001", "Help Chantelle with the house move, her Universal Credit claim"),
        F("F002", "Chantelle's mood will improve and Jordan will cut down his cannabis"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Letter to parents after conference, set out the Signs of Safety way
#    (danger statements, safety goals) then "What you have agreed to do" /
#    "What your family have agreed" / "What we will do" bullets; header and
#    page footer on every page (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b16_xorbridge_sos_letter_you_we_will_hallam.pdf",
    "doc_title": "Letter to Megan Hallam and Connor Tiernan - Poppy and Archie's plan",
    "split": "heldout",
    "template": "letter-to-parents-sos-danger-statements-you-will-family-will-we-will-bullets-paged",
    "description": (
        "A social worker's letter to separated parents after the ICPC for a 4-year-old and a 7-month-old "
        "(father's cocaine use and violence, mother's anxiety), with danger statements and safety goals, "
        "then 'You will', family and 'We will' bullets; header and 'Page N of M' footer on every page. "
        "'Throughout the plan', a GP visit 'when you feel ready', a health visitor and an IDVA service "
        "with no timescale, 'over the next few weeks', a passive referral, and a talking-therapy service "
        "that only treats with 'feels less anxious'. Contingency, family fallback, legal step and dates "
        "are sound."
    ),
    "header": "Xorbridge Borough Council – Children's Services – OFFICIAL-SENSITIVE",
    "footer": "Poppy and Archie's plan – letter of 28/05/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Family Safeguarding Team (South)"),
        ("pr", "Tannery House, 2 Wharf Street, Xorbridge"),
        ("pr", "28 May 2025"),
        ("p", ""),
        ("pl", "Ms Megan Hallam, Flat 3, 18 Bishop's Row, Xorbridge"),
        ("pl", "Mr Connor Tiernan, 44 Quarry Lane, Xorbridge"),
        ("p", ""),
        ("p", "Dear Megan and Connor,"),
        ("p", "Thank you both for coming to the initial child protection conference on 22 May. Poppy and "
              "Archie now each have a child protection plan under the category of emotional abuse. In "
              "Xorbridge we use Signs of Safety, so this letter starts with what we are worried about, then "
              "what we need to see, and then what everyone agreed to do. I have written it to you both, "
              "as you asked, and sent each of you a copy."),
        ("boldp", "What we are worried about"),
        ("p", "Children's Services, Xorbridge Police, your health visitor and Poppy's nursery are worried that "
              "if Connor uses cocaine and comes back to the flat, the two of you will argue and Connor may hurt "
              "Megan again while Poppy and Archie are there. On 2 May Connor punched a hole in the bedroom "
              "door while Megan was holding Archie, and Poppy hid in the bathroom. We are worried that Poppy "
              "and Archie could be hurt, and that Poppy will carry on growing up frightened at home."),
        ("p", "We are also worried that when Megan's anxiety is bad she stays in bed, Poppy misses nursery and "
              "Archie misses his appointments. Archie has missed his 6-month check and two baby clinic weighs, "
              "and Poppy was at nursery on 11 of 30 days in April."),
        ("boldp", "What we need to see"),
        ("bullets", [
            "Poppy and Archie live in a home where nobody shouts, hits or breaks things, and Poppy can tell "
            "her nursery that she feels safe.",
            "Poppy and Archie only see Connor when he is drug-free and another safe adult is with them.",
            "Poppy goes to nursery every weekday, and Archie has all his health checks and grows well.",
        ]),
        ("boldp", "What Poppy told me, and what we see for Archie"),
        ("p", "When I saw Poppy at nursery on 20 May she showed me her worry monster and said it eats "
              "\"Daddy shouting\". She told me \"the door went bang and I hid with the towels\". She would like "
              "\"Daddy to come to Nanny Sheila's and play dinosaurs\". Archie is a smiley baby who reaches for "
              "Megan and babbles when she sings to him, but nursery staff and I have both seen him startle and "
              "cry at sudden noises."),
        ("boldp", "What you have agreed to do"),
        ("bullets", [
            "Connor, you will not come to Megan's flat or contact her directly throughout the plan; anything "
            "about the children will go through your mum. Police call logs and what Megan and Poppy tell me "
            "will show whether this is happening.",
            "Connor, you will have an assessment of your cocaine use at Xorbridge Recovery Partnership by 13 June "
            "2025 and agree to monthly hair strand tests, with the results sent to me.",
            "Megan, you will take Poppy to nursery by 9.15am every weekday, and the nursery register will show "
            "her there on at least 9 days out of every 10.",
            "Megan, you will take Archie to his 6-month check on 4 June 2025 and to baby clinic every month, "
            "and his red book will show his weight each time.",
            "Megan, you will talk to your GP about your anxiety when you feel ready.",
            "You will both go to the Parenting Together course at Xorbridge Family Centre (eight Thursday "
            "mornings from 19 June 2025, in separate groups), and the course leader will send me a report at "
            "the end.",
        ]),
        ("boldp", "What your family have agreed to do"),
        ("bullets", [
            "Sheila Tiernan (Connor's mum) will supervise Connor's time with Poppy and Archie at her house every "
            "Saturday from 10am to 12pm, and keep a contact diary that she and Connor both sign.",
        ]),
        ("boldp", "What we will do"),
        ("bullets", [
            "I (Jess Moran, social worker) will visit Megan, Poppy and Archie at home every two weeks, at least "
            "once a month unannounced, and see Poppy on her own at nursery once a month; my visit notes will "
            "record what Poppy says.",
            "Anita Bose, your health visitor, will visit Archie at home to weigh him and check his development, "
            "and plot his weight in his red book.",
            "The Xorbridge IDVA service will contact Megan and offer her support with a safety plan.",
            "Xorbridge Talking Therapies (Megan's counsellor, Ben Osei) will see Megan weekly for six sessions "
            "of CBT for her anxiety from 10 June 2025, and we will know it is working when Megan feels less "
            "anxious.",
            "Honeypot Nursery will email me Poppy's attendance every Friday and ring me the same day if Poppy "
            "says or does anything that worries them.",
            "The family support service will help Megan with morning routines over the next few weeks.",
            "A referral will be made for Connor to the Xorbridge Safer Choices programme by 6 June 2025, and "
            "the programme will send me his attendance every month.",
        ]),
        ("boldp", "If things go wrong"),
        ("p", "If Connor comes to the flat or contacts Megan, or there is any violence or threat of violence, "
              "Megan will ring 999 and take Poppy and Archie to her mum, Lorraine Hallam, at 6 Fern Road; the "
              "police will attend and I will hold a strategy discussion the next working day. If Lorraine "
              "cannot have them, the emergency duty team or I will find Megan and the children a refuge place "
              "that night."),
        ("p", "If Sheila cannot supervise on a Saturday, that contact will not go ahead and I will arrange "
              "supervised contact at Xorbridge Family Centre within 3 working days."),
        ("p", "If Megan lets Connor move back into the flat, or Connor's tests still show cocaine at the first "
              "review, I will ask my team manager for a legal planning meeting within 5 working days."),
        ("boldp", "When we will meet"),
        ("p", "The first core group is on 12 June 2025 at 10am at Xorbridge Family Centre, then every 4 weeks. "
              "The review child protection conference is on 14 August 2025 at 1pm at Tannery House."),
        ("p", "If anything in this letter is not clear, please ring me on 01632 960 772, or ask for an "
              "advocate and I will arrange one."),
        ("p", "Yours sincerely,"),
        ("pl", "Jess Moran"),
        ("pl", "Social Worker, Family Safeguarding Team (South)"),
    ],
    "findings": [
        F("T002", "you will not come to Megan's flat or contact her directly"),
        F("T002", "you will talk to your GP about your anxiety"),
        F("M001", "you will talk to your GP about your anxiety"),
        F("T001", "Anita Bose, your health visitor, will visit Archie at home"),
        F("T001", "The Xorbridge IDVA service will contact Megan"),
        F("M001", "The Xorbridge IDVA service will contact Megan"),
        F("H001", "will see Megan weekly for six sessions of CBT"),
        F("M002", "will see Megan weekly for six sessions of CBT"),
        F("T002", "help Megan with morning routines over the next few weeks"),
        F("M001", "help Megan with morning routines over the next few weeks"),
        F("W001", "A referral will be made for Connor"),
    ],
})
