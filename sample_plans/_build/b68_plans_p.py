"""Batch 68, module p: seven fictional plans (held-out material), places beginning with "p".

Everything here is made up: children, families, professionals, services,
schools, hospitals, prisons and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: families and children whose needs shape the plan - a disabled child
who does not use words (Makaton signs, a communication passport, what adults
observe), families who need an interpreter, a mother with a learning
disability (adult learning disability team, easy read), a father on licence
(probation) and a father in prison, a refugee family, and young carers. Two
plans are exemplary.
"""
from build_batch5 import F, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Non-verbal disabled child: communication passport, Makaton signs and
#    observations as his voice; sister a young carer (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b68_pellinghurst_icpc_communication_passport_hartigan.docx",
    "doc_title": "Child Protection Plan - Leo and Maisie Hartigan",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-docx-kv-details-communication-passport-section-what-who-by-when-how-we-will-know-table",
    "description": (
        "Initial conference plan for a 9-year-old autistic boy with a severe learning disability and "
        "epilepsy who does not use spoken words, and his 13-year-old sister who has become his carer "
        "(mother's severe depression, missed epilepsy medicine, Leo leaving the house at night). Leo's "
        "voice comes from his communication passport, Makaton signs, choice board and what adults have "
        "seen. Every row has an owner, a timescale and an observable measure; the CMHT reports on "
        "capacity to change, the grandmother's nights have a fallback, dates and legal step set. "
        "Exemplary."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Pellinghurst Borough Council · Children's Services · Children with Disabilities Team"),
        ("kv", [
            ("Children", "Leo Hartigan (9), Kingfisher class, Pennyfold School; Maisie Hartigan (13), "
                         "Year 8, Prindleford Academy"),
            ("Mother", "Danielle Hartigan (35). Leo and Maisie live with her at 22 Pennycress Way, "
                       "Pellinghurst."),
            ("Father", "Rob Hartigan (37), lives in Pallisey and has the children every other Saturday."),
            ("Grandmother", "Jean Moffat (66), Danielle's mother, 5 Pondwillow Close, ten minutes' walk away"),
            ("Conference", "Initial child protection conference, Monday 03/03/2025, Pellinghurst Civic Centre"),
            ("Category", "Neglect"),
            ("Social worker", "Hannah Brookes, Children with Disabilities Team"),
            ("Chair", "Anil Mistry"),
        ]),
        ("h1", "Why Leo and Maisie have a plan"),
        ("p", "Leo is autistic, has a severe learning disability and has epilepsy. Twice in January (11/01 and "
              "26/01) he left the house in the early hours through the back door, where the key had been left "
              "in the lock, and was found by a neighbour on Pipistrelle Road in his pyjamas. The pharmacy "
              "count shows his sodium valproate was missed on at least nine days in January, and on 17/02 he "
              "had a six-minute seizure at school the morning after a missed dose. He has lost 2.1 kg since "
              "September."),
        ("p", "Danielle has had depression since 2023. She stopped her medication in December and told the "
              "social worker that some days she \"can't get out of bed\". On those days Maisie gets Leo up, "
              "gives him his breakfast and his medicine and waits with him for the school bus. Maisie has "
              "missed 14 days of school since Christmas. Danielle came to conference with Jean, listened to "
              "every report and said she wants help."),
        ("h1", "How Leo communicates and what he has shown us"),
        ("p", "Leo does not use spoken words. He uses about 30 Makaton signs (among them \"more\", "
              "\"finished\", \"home\", \"Nana\" and \"stop\"), a PECS book, and sounds and movement. His "
              "communication passport, written with his speech and language therapist Gita Raman, explains "
              "what his sounds and movements usually mean; everyone who works with Leo reads it before they "
              "meet him. What follows comes from the adults who know him best, checked against the passport."),
        ("bullets", [
            "At school Leo is calm and hums through the morning routine. Staff say he arrives hungry most "
            "days and signs \"more\" again and again at snack time.",
            "On the social worker's visits on 10/02 and 24/02 Leo was in the same clothes and his bed had no "
            "sheet. Both times he signed \"Nana\" and brought her his coat and shoes.",
            "When Danielle stays in bed Leo bangs on her door and bites his wrist. Maisie says this is how he "
            "shows he is worried.",
            "At his nana's house Leo goes straight to the trampoline, laughs and eats everything he is given. "
            "With Gita he chose the \"Nana's house\" and \"school\" symbols as his happy places on his choice "
            "board, and pushed the \"bedtime\" symbol away.",
        ]),
        ("h2", "What Maisie told us"),
        ("p", "Maisie (seen on her own at school, 18/02): \"I love Leo but I'm tired all the time. I do his "
              "tablets because Mum forgets. I don't want Mum to get in trouble.\" She would like \"someone to "
              "help Mum in the mornings\" and wants to go back to drama club on Tuesdays. She put home at 4 on "
              "a scale of 0 to 10."),
        ("h1", "What we want for Leo and Maisie"),
        ("bullets", [
            "Leo is safe at night: the doors are secure, he cannot get out on his own, and an adult always "
            "knows where he is.",
            "Leo has every dose of his epilepsy medicine on time and gets back to his usual weight of 26 kg.",
            "Leo is clean, fed and dressed every day, and the people caring for him understand and answer "
            "his signs.",
            "Maisie can be 13 rather than Leo's carer: she is in school every day and back at drama club.",
        ]),
        ("h1", "What will happen"),
        ("table", {
            "header": ["What needs to happen", "Who", "By when / how often", "How we will know"],
            "widths": [6.0, 3.6, 3.3, 4.1],
            "rows": [
                ["Fit alarms and key safes on the front and back doors and a bed-exit sensor in Leo's room",
                 "Paul Osei, occupational therapist, Pellinghurst Children's OT Service",
                 "By 21/03/2025",
                 "Equipment fitted and tested; OT sign-off sheet sent to the SW"],
                ["Visit at home; see Leo's bedroom, test the door alarms and see Maisie on her own; use "
                 "Leo's choice board and passport to ask him how things are",
                 "SW Hannah Brookes",
                 "Weekly from 10/03/2025 until the review conference, at least one visit in three after 7pm",
                 "Visit record notes what Leo signed or showed, where he slept, the alarm test and Maisie's "
                 "own words"],
                ["Give Leo his morning and evening valproate from the pharmacy blister pack and tick the "
                 "medicine chart on the fridge",
                 "Danielle Hartigan (Jean Moffat on Tuesday and Thursday evenings)",
                 "Every morning and evening from 05/03/2025",
                 "Chart photographed by the SW each week; pharmacy blister count shows no missed doses"],
                ["Weigh Leo at school, record what he eats at lunch and log any seizures",
                 "Mrs Carol Pugh, class teacher, with school nurse Sam Leary",
                 "Every Monday until the review conference",
                 "Weight chart and seizure log emailed to the SW every Friday; Leo back to 26 kg by the review"],
                ["Review Leo's epilepsy care plan after the seizure on 17/02 and check his valproate level",
                 "Bronwen Price, epilepsy nurse specialist, Pellinghurst Children's Hospital",
                 "By 28/03/2025",
                 "Updated care plan and blood result sent to the SW, school and GP"],
                ["Assess Danielle's depression and restart treatment with her; report on how her mood affects "
                 "her care of Leo and Maisie, whether she can make the changes they need and how long that is "
                 "likely to take",
                 "Dr Femi Ola, consultant psychiatrist, and Kate Lowe, care coordinator, Pellinghurst "
                 "Community Mental Health Team",
                 "First appointment by 14/03/2025; written report before each core group",
                 "CMHT report to every core group, including their view of Danielle's capacity to change"],
                ["Stay overnight at Pennycress Way on Tuesday and Thursday nights and do Leo's evening routine "
                 "and medicine",
                 "Jean Moffat (maternal grandmother)",
                 "Every Tuesday and Thursday night from 04/03/2025",
                 "Jean signs the medicine chart and the overnight diary by the front door; the SW checks both "
                 "at each visit"],
                ["Overnight short breaks for Leo at Poppyfield House, two nights a month, with his passport "
                 "and PECS book going with him",
                 "Lydia Kerr, short breaks coordinator, Pellinghurst Children with Disabilities Service",
                 "First stay by 28/03/2025, then two nights every month",
                 "Short break record of each stay (what Leo ate, how he settled) sent to the SW"],
                ["Young carer's assessment with Maisie, and a place back at her Tuesday drama club",
                 "Tom Greer, Pellinghurst Young Carers",
                 "Assessment by 04/04/2025; drama club from Tuesday 11/03/2025",
                 "Written assessment shared with Maisie and the SW; drama club register shows Maisie there"],
                ["Check Maisie's attendance each morning and ring Danielle and the SW if she is not in by "
                 "9.30am",
                 "Mr Dev Anand, DSL, Prindleford Academy",
                 "Every school day",
                 "Weekly attendance printout to the SW; Maisie's attendance above 95% by the review"],
                ["Home sessions with Danielle on Leo's routines and his communication passport, including how "
                 "to answer his signs",
                 "Amira Shah, family support worker",
                 "Weekly for 8 weeks from w/c 17/03/2025",
                 "Session notes; the SW sees Danielle answer Leo's signs on two visits running"],
                ["Have Leo and Maisie every other Saturday and learn Leo's ten main signs from his passport",
                 "Rob Hartigan (father)",
                 "Alternate Saturdays, 10am to 5pm, from 08/03/2025",
                 "Rob signs the ten signs with Leo in front of the SW by the first core group; Maisie tells "
                 "the SW how the Saturdays went"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Leo gets out of the house on his own, a door alarm is found switched off, or Leo misses two "
              "doses of his medicine in a week (chart or blister count), the SW (or the emergency duty team out "
              "of hours) will hold a strategy discussion the same day, and Leo will stay with Jean at Pondwillow "
              "Close until it is agreed that the house is safe for him."),
        ("p", "If Jean cannot do her Tuesday or Thursday night, for example because she is unwell, she or "
              "Danielle will tell the SW that day and Leo will have an emergency overnight stay at Poppyfield "
              "House, which keeps a bed free for him at short notice. If there is no bed, the SW will arrange "
              "an emergency link carer from the Pellinghurst short breaks scheme that night."),
        ("p", "If Danielle is too unwell to get up and care for the children, Maisie knows to ring Jean, not "
              "to manage on her own, and the CMHT crisis team will see Danielle the same day."),
        ("p", "If Leo has left the house alone again, or doses are still being missed, by the core group on "
              "15/04/2025, the SW will ask her team manager for a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("p", "First core group: Tuesday 18/03/2025, 4pm, Pennyfold School. Then every 4 weeks at the same time "
              "and place: 15/04/2025 and 13/05/2025. Review child protection conference: Monday 02/06/2025, "
              "10am, Pellinghurst Civic Centre."),
        ("p", "Plan typed by Hannah Brookes (SW) on 04/03/2025. An easy-to-read copy with symbols has been made "
              "for Maisie, and the plan has been added to Leo's communication passport folder at school."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Romanian-speaking family, review conference plan; interpreter rules in
#    the plan; paged PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b68_pirbeck_rcpc_interpreter_plan_lupu.pdf",
    "doc_title": "Review Child Protection Plan - Andrei and Bianca Lupu",
    "split": "heldout",
    "actions": 11,
    "template": "rcpc-plan-paged-kv-with-languages-line-then-action-lead-when-how-we-will-know-table",
    "description": (
        "First review conference plan for a 7-year-old and a 4-year-old in a Romanian-speaking family "
        "(father hit Andrei; heavy weekend drinking). The plan sets out the family's languages and that "
        "a Romanian interpreter, never Andrei, is used. Faults: 'As soon as possible' as the only timescale "
        "(T002), a blank timescale (T001), a blank lead (W001), 'Professionals' as lead (W002), "
        "'Monitored' (M002), a blank measure (M001), an outcome about the parents' understanding and "
        "English only (F002), the father's drinking recorded with no adult service owning an action (F004), "
        "and a contingency of 'further concerns' / 'consider next steps' with no legal step (C002, R002). "
        "Hard negatives: 'Before every visit or meeting', 'Every two weeks, ongoing', 'Same day', 'From "
        "September 2025', a police unit as owner, 'no concerns' about the mother's mental health. Header "
        "and page footer."
    ),
    "header": "OFFICIAL-SENSITIVE · Pirbeck City Council · Children's Safeguarding Service",
    "footer": "Child protection plan – Lupu – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Review Conference"),
        ("kv", [
            ("Children", "Andrei Lupu (7), Year 2, and Bianca Lupu (4), Reception, both at Pargeter Lane "
                         "Primary School"),
            ("Parents", "Ioana Lupu (29) and Marius Lupu (33), 4 Prentice Row, Pirbeck"),
            ("Languages", "Romanian is the family's first language. Ioana speaks a little English; Marius "
                          "speaks everyday English but wants Romanian for meetings. Andrei speaks English and "
                          "Romanian; Bianca mostly Romanian."),
            ("Interpreter", "Romanian, in person, booked through Pirbeck Language Link. Andrei and Bianca are "
                            "never asked to interpret for their parents."),
            ("Conference", "First review child protection conference, Monday 12/05/2025 (initial conference "
                           "10/02/2025), with interpreter Elena Dobre"),
            ("Category", "Physical abuse"),
            ("Social worker", "Ellen Marsh, Pirbeck Children's Safeguarding Team"),
            ("Chair", "Rashid Khan, Independent Reviewing Officer"),
        ]),
        ("h2", "What has happened since the initial conference"),
        ("p", "Andrei came to school on 27 January with a hand-shaped bruise on his cheek and told his teacher "
              "his dad hit him for breaking the television remote. Marius accepted at the initial conference "
              "that he smacks the children \"the way I was raised\". No new marks have been seen since "
              "February."),
        ("p", "Ioana told the social worker, through the interpreter, that Marius drinks heavily every Saturday, "
              "often a bottle of plum brandy or more, and becomes loud and angry. Marius says he drinks \"only "
              "with friends at weekends\". He was given the details of Pirbeck Recovery Service in February but "
              "has not contacted them. There are no concerns about Ioana's mental health; she says she feels "
              "lonely because she knows nobody in Pirbeck who speaks Romanian."),
        ("p", "On two visits in March no interpreter was booked and Andrei was asked to translate for his "
              "mother. The chair said this must not happen again."),
        ("h2", "What Andrei and Bianca say"),
        ("p", "Andrei (seen on his own at school, in English, on 2 May): \"Dad doesn't hit now. He shouts on "
              "Saturdays when he drinks the strong drink. I go in my room with Bianca and we play quiet.\" He "
              "wants to play football for a team and does not want to \"do the talking for Mama\" any more."),
        ("p", "Bianca (seen at home on 6 May with the interpreter) drew her family with her dad lying on the sofa "
              "and said \"Tata sleeps, we are quiet\". She was chatty with her mother and showed the social "
              "worker her doll's bed."),
        ("h2", "Outcomes"),
        ("bullets", [
            "Andrei and Bianca are not hit or hurt at home, and no marks are seen on them.",
            "Andrei and Bianca feel safe at home on Saturdays and do not have to hide in their room.",
            "Marius and Ioana will understand the law on physical punishment and improve their English.",
            "Andrei is never asked to interpret for his parents.",
        ]),
        ("h2", "Action plan"),
        ("table", {
            "header": ["Action", "Lead", "When", "How we will know"],
            "widths": [6.2, 3.6, 3.0, 4.2],
            "rows": [
                ["Book an in-person Romanian interpreter for every visit, meeting and health appointment "
                 "with Ioana or Marius",
                 "SW Ellen Marsh",
                 "Before every visit or meeting",
                 "Interpreter's name written on each visit record; no record shows a child interpreting"],
                ["Visit the family home and see Andrei and Bianca on their own, checking for marks",
                 "SW Ellen Marsh",
                 "Every two weeks, ongoing",
                 "Visit records with what each child says and any marks seen"],
                ["Positive discipline course for Marius and Ioana, run in Romanian",
                 "Pirbeck Family Hub",
                 "As soon as possible",
                 "Certificate and the facilitator's end-of-course report sent to the SW"],
                ["Check Andrei and Bianca for marks and for changes in their behaviour after the weekend",
                 "Mrs Joanne Tilly, DSL, Pargeter Lane Primary",
                 "Every Monday morning",
                 "Monitored"],
                ["Referral to the school counsellor for Andrei to talk about home",
                 "",
                 "By 30/05/2025",
                 "Counsellor's acceptance letter on file"],
                ["Tell the SW about any worry for the children's safety",
                 "Professionals",
                 "Same day",
                 "Each concern logged on the children's file by the SW"],
                ["Explain to Marius, with an interpreter, the law on hitting children in England and sign a "
                 "written agreement not to use physical punishment",
                 "PC Hannah Doyle, Pirbeck Police Child Abuse Investigation Team",
                 "By 23/05/2025",
                 "Agreement in Romanian and English, signed by Marius, on file"],
                ["Cut down his drinking at weekends and not drink when caring for the children",
                 "Marius Lupu",
                 "",
                 "Ioana tells the SW each week whether Marius drank on Saturday; noted on the visit record"],
                ["ESOL classes for Ioana at Pirbeck Adult College",
                 "Ioana Lupu",
                 "From September 2025",
                 ""],
                ["Hearing test and a speech screen for Bianca in Romanian and English",
                 "Priya Naidoo, school nurse",
                 "By 27/06/2025",
                 "Results shared with the SW, the school and Ioana"],
                ["Join Pirbeck Juniors football club so Andrei is out with his mum on Saturday mornings",
                 "Ioana Lupu, with family support worker Dan Reeve",
                 "By 31/05/2025, then every Saturday",
                 "Club register seen by the SW"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If there are further concerns about Andrei or Bianca, the core group will meet earlier to review "
              "the plan and consider next steps."),
        ("h2", "Core group and next review"),
        ("p", "Core group every 6 weeks at Pargeter Lane Primary, 3.30pm, with a Romanian interpreter: "
              "23/06/2025, 04/08/2025 and 15/09/2025. Next review child protection conference: Monday "
              "06/10/2025, 10am, Pirbeck Council House."),
        ("p", "Plan sent to Ioana and Marius in Romanian and English on 14/05/2025."),
    ],
    "findings": [
        F("F002", "Marius and Ioana will understand the law on physical punishment and improve their English."),
        F("T002", "Positive discipline course for Marius and Ioana, run in Romanian"),
        F("M002", "Check Andrei and Bianca for marks and for changes"),
        F("W001", "Referral to the school counsellor for Andrei to talk about home"),
        F("W002", "Tell the SW about any worry for the children's safety"),
        F("T001", "Cut down his drinking at weekends and not drink"),
        F("M001", "ESOL classes for Ioana at Pirbeck Adult College"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Mother with a learning disability; baby accommodated under s20 and
#    still on the special care baby unit; bullet plan mostly about the
#    mother's own needs (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b68_pudsleigh_ld_mother_scbu_bullets_dorrington.md",
    "split": "heldout",
    "actions": 16,
    "template": "icpc-plan-md-bold-label-details-then-bold-owner-bullets-action-plan",
    "description": (
        "Initial conference plan for a 2-week-old born at 35 weeks, accommodated under section 20 and "
        "still on the special care baby unit; her 19-year-old mother has a mild learning disability and "
        "is supported by the adult learning disability team (easy-read plan, advocate). Most bullets are "
        "about the mother's own needs with no link to the baby (F001); the SW only rings the unit and "
        "nobody is set to visit the looked-after baby (L001). Also an assessment with no output (M001), "
        "'when she is ready' (T002), a passive housing application (W001), 'engagement' as the measure "
        "(M002), an outcome about the mother's confidence (F002), grandmother and aunt carrying actions "
        "with no fallback in the contingency (C003), and the review conference 'to be arranged' (R001). "
        "Hard negatives: learning disability is not ill health, 'no concerns' about drugs or alcohol, the "
        "contingency is specific and names the legal step."
    ),
    "text": """\
# Pudsleigh Council – Child Protection Plan

**Baby:** Skye Dorrington, born 28/04/2025 at 35 weeks. Special Care Baby Unit (SCBU), Pudsleigh General Hospital, cot 4.
**Mother:** Kayleigh Dorrington (19). Kayleigh has a mild learning disability and is known to the Pudsleigh Community Learning Disability Team (CLDT). She reads short sentences and understands best with pictures and when things are shown to her more than once.
**Father:** Kayleigh has not named Skye's father.
**Family:** Tracy Dorrington (Kayleigh's mum, 44) and Leanne Dorrington (Kayleigh's sister, 23), both at 9 Plover Court, Pudsleigh. Kayleigh is staying with them.
**Legal status:** Skye is accommodated under section 20. Kayleigh signed her agreement on 06/05/2025 with her advocate there. When Skye is well enough to leave the unit the plan is a parent-and-child foster placement for both of them; if none can be found, Skye will go to foster carers.
**Conference:** Initial child protection conference, Tuesday 13/05/2025, SCBU family room
**Category:** Neglect
**Social worker:** Marcus Flynn, Pudsleigh Children's Safeguarding Team
**Chair:** Joy Adebayo

## Why there is a plan

In March Kayleigh moved out of her mum's house to live with her boyfriend Connor Pike (24), who has two convictions for assaulting a previous partner. She had no antenatal care until she was 30 weeks pregnant. Skye was born early at Connor's flat before the ambulance came. She needed help with her breathing for three days and is still fed partly by a tube.

On the unit Kayleigh has forgotten feeds and has twice fallen asleep in the chair holding Skye. On 02/05 nurses saw Connor shouting at Kayleigh by the cot; he has been banned from the unit and Kayleigh says the relationship is over. There are no concerns about Kayleigh using drugs or alcohol.

## Skye's days on the unit

Skye cannot tell us what she needs, so this is what the nurses have seen. She takes about 40 ml of each feed from a bottle and the rest by tube. She settles best held skin to skin, and goes quiet and watches Tracy's face when Tracy sings to her. She startles and cries at loud voices and took a long time to settle after Connor shouted on 02/05.

## What is going well

- Kayleigh loves Skye and asks the nurses for help. She visits when she can get a lift, and Tracy drives her most days.
- Kayleigh learns well when she is shown things with pictures and then does them herself.
- Kayleigh has blocked Connor's number and moved back to Plover Court.

## Outcomes

- Skye is fed on time, every three hours, and keeps gaining weight.
- Skye is kept safe from Connor and from anyone who might hurt her.
- Kayleigh will feel more confident in herself and less lonely.
- Skye sleeps on her back in her own cot for every sleep.

## Action plan

- **Ruth Ambler (CLDT nurse)** will complete an assessment of Kayleigh's learning needs by 30/05/2025.
- **Marcus (SW)** will make an easy-read version of this plan with Kayleigh, using pictures, by 23/05/2025; Kayleigh keeps a copy and a copy signed by her goes on file.
- **Kayleigh** will go to the CLDT "Being Me" confidence group every Wednesday afternoon, and the group leader will send Marcus the register each month.
- **Kayleigh** will see her GP about contraception when she is ready, and the surgery will write to Marcus to say she went.
- **Femi Cole (advocate, Pudsleigh Advocacy)** will go with Kayleigh to every meeting and conference and help her get ready for it beforehand; after each meeting Femi will give Kayleigh easy-read notes, with a copy to Marcus.
- A housing application for Kayleigh will be made to Pudsleigh Homes by 06/06/2025, and the reference number will be kept on file.
- **Dan Rudd (adult social worker, CLDT)** will help Kayleigh claim Universal Credit and open a bank account by 13/06/2025, and will email Marcus when her first payment arrives.
- **Dan Rudd (adult social worker, CLDT)** will complete a Care Act needs assessment with Kayleigh by 20/06/2025 and send Marcus a copy of her support plan.
- **Kayleigh** will go to the young women's drop-in at the Parkside Centre every Friday to meet people her own age, and the centre will tell Marcus at the end of each month how many Fridays she went.
- **Ruth Ambler (CLDT nurse)** will go with Kayleigh to her annual learning disability health check at the GP by 27/06/2025 and send Marcus the health action plan.
- **Sister Nia Bowen (SCBU)** will teach Kayleigh to make up Skye's bottles and feed her, using picture cards for each step, at every feed Kayleigh is on the unit for; the feeding chart will show which feeds Kayleigh gave on her own.
- **Marcus (SW)** will ring the SCBU every Monday for an update on Skye's weight and feeding and write it on her file.
- **Marcus (SW)** will start a PAMS parenting assessment of Kayleigh's care of Skye, adapted for her learning disability, by 20/05/2025, and share the report with the core group by 15/07/2025.
- **HV Jo Pearce** will meet Kayleigh and Skye on the unit before discharge and go through safe sleep with picture cards; Kayleigh's engagement in the session will show she has understood it.
- **Tracy (Kayleigh's mum)** will keep Connor away from Plover Court while Kayleigh and Skye live there, and will ring Marcus the same day if he comes to the house; Marcus will log every call.
- **Leanne (Kayleigh's sister)** will help Kayleigh get a cot, a steriliser and a car seat ready for Skye by 06/06/2025, and Marcus will check them on his next visit to Plover Court.

## Contingency

If Kayleigh falls asleep holding Skye again or misses two of Skye's feeds in a day while she is caring for her, the nurses will take over Skye's care and ring Marcus the same day, and Kayleigh's time with Skye will be supervised by a nurse until a strategy discussion has been held. If Connor comes to the unit, staff will call hospital security and the police. If Kayleigh cannot care for Skye safely by the day Skye is ready to leave the unit, Skye will go to foster carers and Marcus will ask his team manager for a legal planning meeting within 5 working days.

## Core group and review

- Core group every 4 weeks in the SCBU family room, 2pm: Tuesday 27/05/2025, 24/06/2025 and 22/07/2025. Kayleigh's advocate will be invited to each meeting.
- Review child protection conference: to be arranged.
""",
    "findings": [
        F("F002", "Kayleigh will feel more confident in herself and less lonely."),
        F("M001", "will complete an assessment of Kayleigh's learning needs by 30/05/2025"),
        F("T002", "will see her GP about contraception when she is ready"),
        F("W001", "A housing application for Kayleigh will be made to Pudsleigh Homes"),
        F("M002", "go through safe sleep with picture cards"),
        F("F001"),
        F("L001"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Core group record: father out on licence, probation and drug service
#    own actions; the family is moving to another authority and two rows wait
#    for the transfer (PDF, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b68_poltreath_core_group_licence_transfer_tully.pdf",
    "doc_title": "Core Group Record and Plan - Kai and Lacey Tully",
    "split": "heldout",
    "actions": 14,
    "template": "core-group-record-paged-kv-present-updates-then-no-action-responsible-timescale-evidence-table",
    "description": (
        "Second core group record for a 10-year-old and a 7-year-old whose father is out of prison on "
        "licence after assaulting their mother; probation and the drug service own actions, and the family "
        "is about to move to another local authority. A task list only: no outcome for the children "
        "anywhere (O001) and nothing of what the children think or feel (F003). Faults: a '-' timescale "
        "(T001), a referral and a contact assessment left until after the transfer (X001 x2), 'Core group' "
        "as owner (W002), 'Improvement in Kai's behaviour' (M002), a blank evidence cell (M001), and an "
        "'Ongoing' police marker (T002). Hard negatives: 'within 2 days of getting the tenancy date', a "
        "transfer-in request and a records transfer that keep the plan moving, 'paused until the move' and "
        "'once the case has transferred' read as X001 not as vague timescales, probation and drug service "
        "rows (not H001), the drug service owning an action (no F004), a specific contingency with a "
        "legal step. "
        "Header and page footer."
    ),
    "header": "Poltreath Council · Children's Services · OFFICIAL-SENSITIVE",
    "footer": "Core group 2 – Tully – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting – Record and Plan"),
        ("kv", [
            ("Children", "Kai Tully (10), Year 5, and Lacey Tully (7), Year 2, both at Pendriven Primary School"),
            ("Mother", "Chantelle Bray (31), 17 Pascoe Gardens, Poltreath"),
            ("Father", "Wayne Tully (34). Released from HMP Pencarrow on 14/03/2025 on licence until "
                       "September 2026; supervised by the Poltreath Probation Delivery Unit."),
            ("Meeting", "Core group 2, Tuesday 22/04/2025, 10am, Pendriven Primary School"),
            ("Plan since", "Initial child protection conference, 25/03/2025 (category: emotional abuse)"),
            ("Chair of core group", "Gareth Lloyd, social worker"),
        ]),
        ("h2", "Present"),
        ("p", "Chantelle Bray; Gareth Lloyd (SW); Sian Evans (probation officer); Rachel Penrose (IDVA, Poltreath "
              "Domestic Abuse Service); Mrs Fiona Hale (DSL, Pendriven Primary); Lee Arnott (keyworker, Poltreath "
              "Drug and Alcohol Service). Wayne Tully was not invited, in line with his licence conditions; "
              "Sian Evans gave his update."),
        ("h2", "Updates"),
        ("p", "Probation: Wayne was sentenced in 2023 to 30 months for assaulting Chantelle at home while Kai "
              "and Lacey were in the house. His licence says he must not contact Chantelle or the children, or "
              "go to Pascoe Gardens, without his probation officer's approval, and that he must complete the "
              "Building Better Relationships programme. He is living at Porthvellan Approved Premises."),
        ("p", "Chantelle said Wayne has sent her three Facebook messages since his release asking to see the "
              "children. She has kept screenshots and gave them to Sian at the meeting. Sian will treat this as "
              "a possible breach."),
        ("p", "Drug service: Wayne used cocaine daily before prison. His licence includes drug testing; both "
              "tests since his release have been negative."),
        ("p", "School: Kai's attendance this term is 88% and Lacey's 94%. Kai has had two detentions for "
              "fighting in the playground."),
        ("p", "Housing: Chantelle has been offered a council house in Pitterly Vale, in the Pellanby County "
              "Council area, near her sister, and hopes to move in early June. Gareth explained that Poltreath "
              "keeps the plan until Pellanby holds a transfer-in conference."),
        ("h2", "Actions agreed"),
        ("table", {
            "header": ["No.", "Action", "Responsible", "Timescale", "Evidence"],
            "widths": [1.3, 5.5, 3.4, 3.2, 3.6],
            "rows": [
                ["1", "Visit Chantelle, Kai and Lacey at home and see both children on their own",
                 "SW Gareth Lloyd", "Every two weeks until the family moves",
                 "Visit records on the children's file"],
                ["2", "Check that Wayne keeps to his licence conditions, including no contact with Chantelle "
                      "or the children, and tell the SW of any breach",
                 "Sian Evans, probation officer, Poltreath Probation Delivery Unit",
                 "Any breach within 24 hours; written update monthly",
                 "Monthly written update to the SW"],
                ["3", "Drug testing for Wayne under his licence, with a report on his cocaine use",
                 "Lee Arnott, keyworker, Poltreath Drug and Alcohol Service",
                 "Tests fortnightly; report before each core group",
                 "Test results and report sent to probation and the SW"],
                ["4", "Building Better Relationships programme for Wayne",
                 "Wayne Tully (run by Poltreath Probation Delivery Unit)",
                 "Weekly for 24 weeks from 12/05/2025",
                 "Attendance and end-of-programme report sent to the SW"],
                ["5", "Safety plan with Chantelle, Kai and Lacey, and a new DASH risk assessment",
                 "Rachel Penrose, IDVA, Poltreath Domestic Abuse Service",
                 "-",
                 "Written safety plan and DASH score sent to the SW"],
                ["6", "Referral for Kai to the Pathways service for one-to-one work about the violence he saw",
                 "SW Gareth Lloyd",
                 "To be done by Pellanby once the case has transferred",
                 "Pathways acceptance letter on file"],
                ["7", "Apply for a non-molestation order",
                 "Chantelle Bray, with the Poltreath Women's Aid solicitor",
                 "By 09/05/2025",
                 "Copy of the order given to the SW, the police and the school"],
                ["8", "Share any information about Wayne contacting Chantelle or the children",
                 "Core group",
                 "Same day",
                 "Logged on the children's file by the SW"],
                ["9", "Weekly check-in with Kai about his behaviour and the detentions",
                 "Mrs Fiona Hale, DSL, Pendriven Primary",
                 "Every Monday",
                 "Improvement in Kai's behaviour"],
                ["10", "Assessment of whether Wayne can have supervised contact with Kai and Lacey",
                 "SW Gareth Lloyd",
                 "Paused until the family has moved to Pellanby",
                 "Written assessment shared with both parents"],
                ["11", "Send Kai's and Lacey's school records and safeguarding files to their new school",
                 "Mrs Fiona Hale, DSL",
                 "Before the children start at the new school",
                 ""],
                ["12", "Keep a police marker on 17 Pascoe Gardens so any 999 call is treated as urgent",
                 "PC Mark Tresize, Poltreath Police Domestic Abuse Unit",
                 "Ongoing",
                 "Marker confirmed to the SW by email"],
                ["13", "Tell the SW and both schools the date of the move",
                 "Chantelle Bray",
                 "Within 2 days of getting the tenancy date",
                 "SW records the date on the children's file"],
                ["14", "Ask Pellanby County Council for a transfer-in conference",
                 "SW Gareth Lloyd",
                 "Within 5 working days of the tenancy start date",
                 "Transfer-in conference date confirmed in writing by Pellanby"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Wayne comes to Pascoe Gardens or the children's school, or contacts Chantelle or the children in "
              "any way, Chantelle or the school will ring 999 and tell the SW. Sian Evans will start recall "
              "proceedings the same day and the SW will hold a strategy discussion the same day. If Chantelle "
              "lets Wayne into the home or takes the children to see him, the SW will ask the team manager for "
              "a legal planning meeting within 5 working days."),
        ("h2", "Next meetings"),
        ("p", "Core group 3: Tuesday 20/05/2025, 10am, Pendriven Primary; then every 4 weeks until the transfer-in "
              "conference. Review child protection conference: Tuesday 24/06/2025, 10am, Poltreath Civic Offices, "
              "unless Pellanby's transfer-in conference has been held by then."),
        ("p", "Record circulated by Gareth Lloyd on 23/04/2025."),
    ],
    "findings": [
        F("T001", "Safety plan with Chantelle, Kai and Lacey, and a new"),
        F("X001", "Referral for Kai to the Pathways service"),
        F("W002", "Share any information about Wayne contacting Chantelle"),
        F("M002", "Weekly check-in with Kai about his behaviour"),
        F("X001", "Assessment of whether Wayne can have supervised contact"),
        F("M001", "Send Kai's and Lacey's school records and safeguarding files"),
        F("T002", "Keep a police marker on 17 Pascoe Gardens so any"),
        F("O001"),
        F("F003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Refugee family, Arabic interpreter, father's PTSD; plain-text export with
#    numbered actions and WHO / WHEN / MEASURE lines; no contingency (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b68_presswick_text_export_refugee_family_adam.txt",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-plan-text-export-upper-case-sections-numbered-actions-who-when-measure-lines",
    "description": (
        "Initial conference plan, as a plain-text export, for a 12-year-old, a 7-year-old and a 10-month-old "
        "in a Sudanese refugee family; father has PTSD after torture and pulled Ibrahim hard enough to bruise "
        "him; the 12-year-old has been minding the baby and interpreting. The plan records languages and "
        "that an Arabic interpreter is booked. Faults: the refugee wellbeing service only gives therapy "
        "(H001), a '-' owner (W001), 'As and when needed' (T002), 'Reviewed at core group' (M002), an outcome "
        "about the father's sleep and flashbacks (F002), and no contingency at all while the father's cousin "
        "and his wife carry two actions (C001, C003) and nothing about legal planning (R002). Hard negatives: "
        "'Weekly from ..., ongoing', a GP medication row (never H001), 'no history of mental health "
        "difficulties' for the mother, the resettlement team helping with benefits."
    ),
    "text": """\
PRESSWICK METROPOLITAN COUNCIL - CHILDREN AND FAMILIES SERVICE
CHILD PROTECTION PLAN
Initial child protection conference: Monday 02/06/2025, Presswick Town Hall
Category: Physical abuse
Social worker: Nadia Rahman, Presswick Safeguarding Team North
Chair: Owen Gallagher

CHILDREN
  Sara Adam, 12 (DOB 11/02/2013), Year 7, Pennamere Academy
  Ibrahim Adam, 7 (DOB 30/09/2017), Year 2, Pollard Street Primary
  Maryam Adam, 10 months (DOB 04/08/2024)

PARENTS AND FAMILY
  Yousif Adam (40), father
  Amna Osman (34), mother
  Address: Flat 6, Pelican House, Pardew Road, Presswick
  Hassan Idris (45), Yousif's cousin, and his wife Fatima Idris (39),
  live two streets away on Pardew Road with their three children.

LANGUAGE AND INTERPRETERS
  The family's first language is Sudanese Arabic. Amna speaks almost no
  English. Yousif and Sara speak some English; Ibrahim is fluent.
  An Arabic interpreter (Sudanese dialect; a woman for Amna wherever
  possible) is booked through Presswick Interpreting Service for every
  visit, meeting and appointment. Sara and Ibrahim must never be asked
  to interpret for their parents.

BACKGROUND
  The family left Sudan in 2022 and arrived in the UK in 2023. They lived
  in asylum hotels in two different towns before being granted refugee
  status in January 2025, and moved into Pelican House in March.
  Before the family left, Yousif was detained and tortured. In April 2025
  the Presswick Refugee Wellbeing Service diagnosed post-traumatic stress
  disorder. He has nightmares, sleeps two or three hours a night, and has
  sudden outbursts of anger when he is woken or when there is noise.
  On 14/05/2025 Ibrahim came to school with finger-mark bruising on his
  upper arm. He told his teacher: "Baba pulled me hard because I was
  noisy when he was sleeping." Yousif accepted this and was very upset.
  Sara told her teacher that her dad "shouts and breaks things at night"
  and that she looks after Maryam on the mornings her mum goes to English
  class, which is why she has been late to school 11 times this term.
  Amna has no history of mental health difficulties. She is isolated and
  knows nobody in Presswick apart from Hassan and Fatima.

WHAT THE CHILDREN SAY AND SHOW US
  Sara (seen alone at school with the SW, 22/05/2025, in English): "I like
  my new school and my art teacher. I'm scared when Baba shouts at night.
  I take Maryam into my bed." She wants "Baba to be calm like before" and
  wants to go to art club after school on Thursdays instead of going home
  to help. She said she does not want to translate at the doctor's any more.
  Ibrahim (seen alone at school, 22/05/2025): he likes football and Aunty
  Fatima's cooking. He said he tries "to be very quiet like a mouse" when
  his dad is asleep and that he is "a bit scared of Baba's angry face".
  Maryam (seen at home, 27/05/2025, with the interpreter for Amna): she is
  crawling and babbling, smiles and reaches for Amna, and startled and
  cried when a door banged in the corridor.

OUTCOMES WE WANT
  1. Sara, Ibrahim and Maryam are not hurt by anyone at home.
  2. The children can sleep at night without shouting or things being broken.
  3. Sara can be 12: she is not minding Maryam or interpreting for her parents.
  4. Yousif's nightmares and flashbacks will reduce and he will sleep better.

ACTIONS
  1. See Sara, Ibrahim and Maryam at home, and Sara and Ibrahim alone at
     school; an interpreter for Amna and Yousif at every home visit.
     WHO:     SW Nadia Rahman
     WHEN:    Weekly from 09/06/2025, ongoing
     MEASURE: Visit records with each child's own words and what was seen
              of Maryam

  2. Trauma-focused therapy sessions for Yousif, in Arabic, for his PTSD.
     WHO:     Dr Samira Nour, clinical psychologist, Presswick Refugee
              Wellbeing Service
     WHEN:    Weekly for 12 weeks from 16/06/2025
     MEASURE: Letter to the SW each month confirming his attendance

  3. Review Yousif's sleep medication and write to the SW about any risk
     to the children at night from his sedation.
     WHO:     Dr Owen Pike, GP, Pardew Road Surgery
     WHEN:    By 30/06/2025
     MEASURE: GP letter on the children's file

  4. Explain to Yousif and Amna, with an interpreter, the law in England
     on physical punishment, and agree a written family safety plan for
     the nights when Yousif is woken or angry.
     WHO:     SW Nadia Rahman
     WHEN:    By the first core group (16/06/2025)
     MEASURE: Safety plan in Arabic and English, signed by both parents,
              on file and kept by Amna

  5. Referral to Presswick Young Carers for an assessment of the care
     Sara gives to Maryam and the interpreting she does.
     WHO:     -
     WHEN:    By 20/06/2025
     MEASURE: Young Carers' acceptance letter on file

  6. Look after Maryam on Tuesday and Thursday mornings while Amna is
     at her English class, so Sara can go to school on time.
     WHO:     Fatima Idris (Yousif's cousin's wife)
     WHEN:    Every Tuesday and Thursday, 9am to 12 noon
     MEASURE: Sara's late marks at Pennamere (SW checks weekly)

  7. Have Sara and Ibrahim to stay at Hassan's house on any night that
     Yousif is unwell or having a bad night, and get them to school.
     WHO:     Hassan Idris (Yousif's cousin)
     WHEN:    As and when needed
     MEASURE: Hassan tells the SW the next day which nights they stayed

  8. ELSA sessions with Ibrahim on his worries and feelings about home.
     WHO:     Mrs Rose Ellery, ELSA, Pollard Street Primary
     WHEN:    Every Wednesday afternoon in term time
     MEASURE: Reviewed at core group

  9. Health review for Maryam: weight, development, and catch-up
     immunisations (none given since the family arrived).
     WHO:     HV Claire Duffy
     WHEN:    By 04/07/2025
     MEASURE: Weight and immunisations recorded in the red book; letter
              to the SW

  10. Help Yousif and Amna claim Universal Credit and Child Benefit, and
      apply for a larger flat.
     WHO:     Yasmin Ali, caseworker, Presswick Refugee Resettlement Team
     WHEN:    By 31/07/2025
     MEASURE: Benefit award letters and housing register letter on file

  11. Art club place for Sara after school on Thursdays.
     WHO:     Mr Tom Reddy, head of Year 7, Pennamere Academy
     WHEN:    From Thursday 12/06/2025
     MEASURE: Art club register, sent to the SW each half-term

MEETINGS
  Core group every 4 weeks at Pollard Street Primary, 3.30pm, with an
  Arabic interpreter: 16/06/2025, 14/07/2025 and 11/08/2025.
  Review child protection conference: Monday 01/09/2025, 10am,
  Presswick Town Hall.

Plan printed 03/06/2025 and read to Amna and Yousif in Arabic by the
interpreter on 04/06/2025.
""",
    "findings": [
        F("F002", "Yousif's nightmares and flashbacks will reduce and he will sleep better."),
        F("H001", "Trauma-focused therapy sessions for Yousif, in Arabic, for his PTSD."),
        F("W001", "Referral to Presswick Young Carers for an assessment"),
        F("T002", "Have Sara and Ibrahim to stay at Hassan's house"),
        F("M002", "ELSA sessions with Ibrahim on his worries and feelings"),
        F("C001"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Young carer: mother with multiple sclerosis and low mood; Signs of
#    Safety plan with an assessment grid, then a next-steps table (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b68_pennacombe_signs_of_safety_young_carer_walsh.docx",
    "doc_title": "Child Protection Plan (Signs of Safety) - Jade and Tyler Walsh",
    "split": "heldout",
    "actions": 12,
    "template": "signs-of-safety-docx-worried-working-well-grid-table-danger-statement-safety-goals-next-steps-table",
    "description": (
        "Initial conference Signs of Safety plan for a 12-year-old young carer and her 5-year-old brother; "
        "their mother has multiple sclerosis and low mood, and Jade lifts her, gives her tablets and gets "
        "Tyler ready. A worried / working well grid (not an action table) comes before a next-steps table. "
        "Faults: 'When a slot becomes available' (T002), a blank measure (M001), 'Family' as owner (W002), "
        "'Lisa feels more in control' as the measure (M002), a safety goal about the mother's care only "
        "(F002), the mother's illness recorded while no adult service owns an action - the SW only refers "
        "to adult social care (F004), grandfather and aunt carrying the mornings and teas with no fallback "
        "(C003), and the review conference 'to be confirmed' (R001). Hard negatives: the grid, a specific "
        "contingency with a legal step, a row about Lisa's tablets that names Jade."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Pennacombe District Council · Children and Young People's Service · Signs of Safety plan"),
        ("kv", [
            ("Children", "Jade Walsh (12), Year 8, Pennacombe High School; Tyler Walsh (5), Reception, "
                         "Pinnerfold Lane Infant School"),
            ("Mother", "Lisa Walsh (40), 3 Partridge Row, Pennacombe"),
            ("Tyler's father", "Craig Noble (38), lives in Pellworth; sees Tyler some weekends"),
            ("Family network", "Ray Walsh (68), Lisa's dad, Pellow Street, five minutes away; Sharon Walsh "
                               "(36), Lisa's sister, works shifts at Pennacombe Hospital"),
            ("Conference", "Initial child protection conference, Wednesday 04/06/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Kirsty Doyle"),
            ("Chair", "Martin Oakes"),
        ]),
        ("h1", "What we are worried about and what is working well"),
        ("table", {
            "header": ["What are we worried about?", "What's working well?"],
            "widths": [8.5, 8.5],
            "rows": [
                ["Lisa has multiple sclerosis. Over the last year she has become much weaker, uses a wheelchair "
                 "outside the house and has bad fatigue and pain. Her GP says her mood has been low since "
                 "Christmas and she has started antidepressants. She sees an MS nurse at Pennacombe Neurology "
                 "Centre every six months.",
                 "Lisa is honest about what she can and cannot do and asked for help herself at conference."],
                ["Jade helps Lisa out of bed and onto the toilet, gives her tablets, cooks tea and gets Tyler "
                 "ready for school. Her attendance is 79% and she has stopped seeing her friends.",
                 "Jade and her mum are very close, and Jade is doing well in English and art."],
                ["On 19/03/2025 Lisa fell in the bathroom while the children were alone with her. Jade could "
                 "not lift her and she lay on the floor for three hours before Jade rang Ray.",
                 "Ray has come round every weekday morning since the fall."],
                ["Tyler arrives at school hungry and in dirty clothes about two days a week, and has had "
                 "toothache.",
                 "Sharon has the children for tea when she is off work, and Tyler loves going there."],
            ],
        }),
        ("h1", "What Jade and Tyler say"),
        ("p", "Jade (seen on her own at school, 28/05/2025): \"I don't mind helping Mum, I just get really tired "
              "and I worry when I'm at school in case she falls again.\" She would like someone else to help "
              "her mum in the mornings and at night, and she wants to go to the cinema with her friends on "
              "Saturdays. She put how safe home is at 6 out of 10."),
        ("p", "Tyler (seen at home, 30/05/2025) said his favourite thing is \"Grandad's porridge\" and that "
              "Jade makes his tea \"when Mummy is tired\". He drew Mummy in bed and himself watching TV."),
        ("h1", "Danger statement"),
        ("p", "Children's services and the school are worried that while Lisa is too unwell to care for the "
              "children on her own, Tyler will go hungry and dirty, Jade will keep missing school and carrying "
              "jobs a 12-year-old should not have to, and that one of them could be hurt or left alone if "
              "Lisa falls again."),
        ("h1", "Safety goals"),
        ("bullets", [
            "Tyler goes to school every day washed, dressed and with breakfast inside him.",
            "Jade does not lift her mum, give her tablets or look after Tyler at night; she is in school "
            "every day and sees her friends.",
            "If Lisa falls or is unwell, an adult comes to help, not Jade.",
            "Lisa gets the care and equipment she needs at home.",
        ]),
        ("h1", "Next steps"),
        ("table", {
            "header": ["Next step", "Who", "When", "How we'll know it's happening"],
            "widths": [6.0, 3.6, 3.2, 4.2],
            "rows": [
                ["Young carer's assessment with Jade, then a place at the Thursday young carers' group",
                 "Amy Lister, Pennacombe Young Carers",
                 "Assessment by 20/06/2025; group every Thursday after that",
                 "Written assessment shared with Jade and the SW; group register sent to the SW monthly"],
                ["Visit at home after school so Jade's evening jobs are seen, and see Jade and Tyler each on "
                 "their own",
                 "SW Kirsty Doyle",
                 "Weekly until the review conference",
                 "Visit records with Jade's and Tyler's own words and what the SW saw"],
                ["Ask Pennacombe Adult Social Care for a Care Act assessment of Lisa's needs at home (getting "
                 "up, washing, meals and the toilet)",
                 "SW Kirsty Doyle",
                 "By 13/06/2025",
                 "Referral reference number on the children's file"],
                ["Get Tyler up, washed and fed, and walk him to school",
                 "Ray Walsh (grandad)",
                 "Every weekday, 7.30am",
                 "School records Tyler arriving fed, clean and on time"],
                ["Tea and a bath for Tyler and Jade at Sharon's flat",
                 "Sharon Walsh (aunt)",
                 "Every Tuesday and Friday",
                 "Sharon writes it in the family diary, which the SW checks at each visit"],
                ["A pendant alarm for Lisa so that Careline is called if she falls, not Jade",
                 "SW Kirsty Doyle",
                 "When a slot becomes available",
                 "Careline letter confirming the pendant is fitted"],
                ["Check Jade in every morning and ring Lisa if she is not in by 9.30am",
                 "Mr Sam Okafor, head of Year 8, Pennacombe High",
                 "Every school day",
                 "Weekly attendance sent to the SW; Jade's attendance 95% or more by the review"],
                ["Health check and dental referral for Tyler: height, weight and teeth",
                 "Bev Harding, school nurse",
                 "By 11/07/2025",
                 "Results and the dental referral sent to the SW and the GP"],
                ["Family group conference to plan who else in the family can help in the evenings and at night",
                 "Tom Bailey, Pennacombe FGC coordinator",
                 "By 18/07/2025",
                 ""],
                ["Make sure the children always have an adult to ring at night",
                 "Family",
                 "Every night",
                 "A named adult's number on the fridge, checked by the SW at visits"],
                ["Take her own tablets from a dosette box so that Jade no longer gives them",
                 "Lisa Walsh",
                 "Every morning and evening from 09/06/2025",
                 "Lisa feels more in control"],
                ["Have Tyler for the weekend and take him to football on Saturday",
                 "Craig Noble (Tyler's dad)",
                 "Every other weekend from 14/06/2025",
                 "Tyler tells the SW about his weekends; football club register"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Lisa falls and there is no adult in the house, Jade will ring 999 and then Ray, and the SW (or "
              "the emergency duty team) will hold a strategy discussion the same day; the children will stay at "
              "Ray's until it is agreed that an adult is at home for them. If Tyler arrives at school hungry or "
              "dirty three days in one week, the school will ring the SW that morning and she will visit the "
              "same day."),
        ("p", "If there is another fall with the children alone, or Jade's attendance is still below 90% at the "
              "October half-term, the SW will ask her team manager for a legal planning meeting."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks at Pennacombe High, 3.30pm: Tuesday 24/06/2025, 22/07/2025 and "
              "19/08/2025. Review child protection conference: date to be confirmed by the conference team."),
    ],
    "findings": [
        F("T002", "A pendant alarm for Lisa so that Careline is called"),
        F("M001", "Family group conference to plan who else in the family"),
        F("W002", "Make sure the children always have an adult to ring"),
        F("M002", "Take her own tablets from a dosette box"),
        F("F002", "Lisa gets the care and equipment she needs at home."),
        F("F004"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Polish-speaking mother with postnatal depression, father in prison,
#    interpreter throughout; markdown table plan (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b68_pellowmere_icpc_polish_interpreter_prison_nowak.md",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-plan-md-family-list-then-what-will-happen-who-when-how-we-will-know-table",
    "description": (
        "Initial conference plan for a 6-year-old and a 4-month-old whose Polish-speaking mother has severe "
        "postnatal depression and whose father is in prison. The plan records the family's languages, a "
        "Polish interpreter for every meeting and that Kacper never interprets. The perinatal team reports "
        "on capacity to change, the prison offender manager and probation own the risk assessment and "
        "pre-release plan, prison visits for Kacper are planned, the aunt's nights have a fallback, the "
        "baby's observed days and Kacper's words are recorded, dates and legal step set. Exemplary."
    ),
    "text": """\
# Child Protection Plan – Kacper and Zofia Nowak

**Pellowmere Borough Council · Children's Services · Family Safeguarding Team East**

*Initial child protection conference, Thursday 5 June 2025. The conference was held with a Polish
interpreter, Marta Zielinska (Pellowmere Language Service), and this plan has been translated into
Polish for Agnieszka. Written by Joanna Price, social worker.*

## The family

- **Kacper Nowak**, 6, Year 1 at Pipershay Green Primary
- **Zofia Nowak**, 4 months
- **Agnieszka Nowak**, 29, their mum. Polish is her first language. She understands everyday English but wants a Polish interpreter for meetings, health appointments and anything to do with this plan. Kacper is never to interpret for her.
- **Tomasz Nowak**, 33, their dad, serving three years at HMP Pellbridge for supplying cocaine. His earliest release date on licence is 20 October 2025. He speaks good English.
- **Ewa Kowal**, 35, Agnieszka's sister, lives in Pellowmere and works part-time in a bakery.

Category: neglect. Chair: Mark Delaney.

## Why we are worried

Since Zofia was born in February, Agnieszka has had severe postnatal depression. On 12 May the health visitor found Zofia in a soaked nappy with a bottle propped up in her cot, and Agnieszka in bed. Kacper had not been to school for four days and had been eating dry cereal for every meal. Agnieszka told the health visitor she had thought about not wanting to wake up. Her GP referred her to the Pellowmere Perinatal Mental Health Team the same day; they saw her on 20 May and started medication.

Agnieszka has had little help since Tomasz went to prison in 2024 and has stopped going to her Polish church. Tomasz rings every evening; Kacper has not seen him since he was sentenced. Before prison Tomasz used cocaine; his tests in prison have all been negative since December.

## What is going well

- Agnieszka agreed to the perinatal team's help and has taken her medication every day since 20 May.
- Ewa has stayed every night since 13 May, and Kacper has been in school every day since.
- Zofia's weight has come back up from the 9th to the 25th centile.

## What Kacper and Zofia have told and shown us

**Kacper** (seen at school on 28 May, in English, which he chose): "Mama is sad and sleeps a lot. I gave Zofia her dummy when she cried." He misses his dad and would like to see him "in the prison, with the guards there". He likes it when Ciocia Ewa makes pierogi. He put home at 5 and school at 9 out of 10.

**Zofia** cannot tell us in words. At the health visitor's visits on 20 and 27 May she fed well from her bottle when Ewa held her, watched her mum's face and smiled at her. She lay quiet and still when left in her cot and cried hard when picked up by someone she did not know.

## What we want for Kacper and Zofia

- Zofia is fed, changed and held by an adult who is well enough to look after her, every day and every night.
- Kacper is in school every day, has hot meals at home and is not the one looking after his sister.
- Kacper keeps a safe relationship with his dad, with visits and calls that are planned.
- Both children live with a mum who is getting well, and Kacper knows who to ring if she is unwell.

## What will happen

| What will happen | Who | When | How we will know |
|---|---|---|---|
| Visit at home, see Kacper on his own and Zofia awake, and check there is food in the house; Polish interpreter at every visit with Agnieszka | SW Joanna Price | Weekly from 9 June until the review conference; at least one visit in three unannounced | Visit notes with Kacper's own words, how Zofia was, and the interpreter's name |
| Assess and treat Agnieszka's depression with a Polish interpreter, and report in writing on her progress, whether she can make the changes the children need and how long that is likely to take | Dr Anna Reid, consultant perinatal psychiatrist, and Shona Bell, CPN, Pellowmere Perinatal Mental Health Team | CPN home visits weekly; written report before each core group | Written report to the SW and the core group, with the team's view of Agnieszka's capacity to change |
| Weigh Zofia and check her feeding, how she is laid to sleep and her development | HV Lucy Gray | Every 2 weeks until the review conference | Weight plotted in the red book and staying on or above the 25th centile; HV record shared with the SW |
| Stay overnight and do Zofia's night feeds | Ewa Kowal (maternal aunt) | Every night, Sunday to Thursday, until the perinatal team's review on 31 July | Night feed chart on the fridge signed by Ewa, checked by the SW at each visit |
| Check Kacper is in school each morning and ring Agnieszka (through the school's Polish-speaking teaching assistant) if he is not in by 9.15am | Mrs Claire Hobbs, DSL, Pipershay Green Primary | Every school day | Attendance printout to the SW each Friday; Kacper's attendance 96% or higher |
| Free breakfast club place for Kacper | Mrs Claire Hobbs, DSL | From Monday 16 June | Breakfast club register sent to the SW each Friday |
| Risk assessment of Tomasz before any visit by Kacper, and a pre-release plan covering where Tomasz will live and his drug testing on licence | Karen Moss, prison offender manager, HMP Pellbridge, with Rhys Lane, community probation officer | Risk assessment by 4 July; pre-release plan by 19 September | Written risk assessment and pre-release plan sent to the SW |
| If the risk assessment allows it, a family visit for Kacper to see his dad at HMP Pellbridge, supported by the prison's family worker | Sam Ortiz, family worker, HMP Pellbridge; the SW books the visit | First visit within 3 weeks of the risk assessment, then monthly | Family worker's record of each visit, including how Kacper was before and after |
| Polish-speaking mums' group so Agnieszka is not on her own with Kacper and Zofia in the daytime | Agnieszka, with Beata Lis, Pellowmere Polish Community Centre | Every Wednesday from 11 June | Centre attendance book; Beata tells the SW if Agnieszka misses two weeks running |
| Home sessions in Polish on Zofia's routine, feeds and safe sleep | Iwona Malec, Polish-speaking family support worker, Pellowmere Family Hub | Weekly for 8 weeks from w/c 16 June | Session notes; Zofia's feed and sleep chart kept by Agnieszka and seen by the family support worker |
| Kacper's own safety card in Polish and English: who to ring (Ewa, then 999) if Mama will not wake up | SW Joanna Price, with Kacper and Agnieszka | By the first core group on 19 June | Card kept in Kacper's book bag; Kacper can tell the SW what he would do |

## Contingency plan

- If Agnieszka says she has thoughts of harming herself or the children, if Zofia is found unfed or left alone, or if Kacper misses two days of school without a reason, the SW (or the emergency duty team out of hours) will hold a strategy discussion the same day, the perinatal crisis team will see Agnieszka that day, and the children will stay with Ewa.
- If Ewa cannot stay the night (illness or work), she will tell the SW that day. Kacper and Zofia will then stay together with Pellowmere emergency foster carers that night, and the SW will look at whether a friend from the Polish Community Centre, already checked, can help on later nights.
- If Agnieszka is not well enough to care for the children on her own by the core group on 14 August, going by the perinatal team's report, or there is another night like 12 May, the SW will ask her team manager for a legal planning meeting within 5 working days.

## Core group and review

- Core group every 4 weeks at Pipershay Green Primary, 2pm, with a Polish interpreter: 19 June, 17 July and 14 August 2025.
- Review child protection conference: Thursday 4 September 2025, 10am, Pellowmere Civic Centre.
""",
    "findings": [],
})
