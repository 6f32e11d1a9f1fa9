"""Batch 61, module i: seven fictional plans (tuning material), places beginning with "i".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: outcomes and child focus where a parent is ill (F001, F002, F004, H001,
O001, C003). Parents with bipolar disorder, schizophrenia, depression,
alcohol and opioid dependence, multiple sclerosis and a learning disability;
outcomes written as the child's lived experience and outcomes about the
parent's treatment; adult services planning jointly with children's services
and adult services that are only somewhere the parent goes; mental health
practitioners asked to assess the potential for change, the steps and the
likely timescale, and ones who only support or treat. Hard negatives:
parent-focused actions (treatment, housing, benefits) tied to the child in a
child-focused plan, a child's own health condition, family support with a
fallback in the contingency. Two plans are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Baby at home after a mother-and-baby-unit admission (mother's bipolar
#    disorder), perinatal team planning jointly; parent-focused rows tied to
#    the baby; grandmother's nights with a fallback (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b61_ilverthorpe_icpc_perinatal_joint_kettleby.docx",
    "doc_title": "Child Protection Plan - Maisie Kettleby-Varga",
    "split": "tune",
    "actions": 11,
    "template": "icpc-baby-docx-kv-then-prose-sections-what-needs-to-be-true-for-maisie-then-what-and-why-who-when-how-we-will-know-table",
    "description": (
        "Initial conference plan for an 11-week-old whose mother has bipolar disorder and was in a mother "
        "and baby unit after a manic episode five weeks after the birth. The perinatal psychiatrist and "
        "community nurse are asked for a written view on whether Rosie can make the changes needed and "
        "how long that is likely to take; the parent-infant practitioner reports on change. Rows about "
        "Rosie's treatment, housing and money each say why they matter for Maisie. The grandmother's "
        "nights and lunchtime calls have a fallback in the contingency (the father's sister covers the "
        "nights and the father swaps to late shifts). Outcomes are Maisie's days and nights. Exemplary."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ilverthorpe Metropolitan Borough Council · Children's Services · Early Help and Safeguarding "
              "(South)"),
        ("kv", [
            ("Baby", "Maisie Kettleby-Varga, born 04/09/2025 (11 weeks at conference)"),
            ("Mum", "Rosie Kettleby (27)"),
            ("Dad", "Tom Varga (29), delivery driver for Pennyworth Foods, early shifts Monday to Saturday"),
            ("Home", "Flat 3, 22 Ashgrove Road, Ilverthorpe (one bedroom, first floor)"),
            ("Also important to Maisie", "Angela Kettleby, maternal grandmother, 9 Mill Close (a five-minute "
                                         "walk); Kasia Varga, Tom's sister, Coldharbour Lane, Ilverthorpe"),
            ("Conference", "Initial child protection conference, Thursday 20/11/2025, Ilverthorpe Civic Centre"),
            ("Category", "Neglect"),
            ("Social worker", "Becky Lorimer"),
            ("Chair", "Patrick Nwosu"),
        ]),
        ("h1", "Why Maisie has a plan"),
        ("p", "Rosie was diagnosed with bipolar disorder in 2019. She stopped her lithium when she found out she "
              "was pregnant, against advice, and was not seen by the perinatal team until 30 weeks. On the night "
              "of 9 October, five weeks after Maisie was born, Rosie had not slept for three nights. She took "
              "Maisie out in her pram at 2am in the rain and police found them on the canal towpath at 3.40am; "
              "Maisie was wet through and cold and was checked at Ilverthorpe General. Tom had been asleep and "
              "did not know they had gone. Rosie was admitted to the Hollybank Mother and Baby Unit with Maisie "
              "the next day and came home on 7 November on quetiapine. Maisie is bottle-fed."),
        ("p", "Rosie and Tom both told conference they had not made a plan for what would happen if Rosie became "
              "unwell after the birth, and that they \"hoped it wouldn't come to that\". The flat is damp: there "
              "is black mould on the bedroom wall next to where Maisie's cot stands. Rosie is on statutory "
              "maternity pay that ends in June, and the couple are behind with the electricity."),
        ("h1", "What life is like for Maisie"),
        ("p", "Maisie cannot tell us, so this is what the unit nurses, HV Sian Pryce and Becky have seen. On the "
              "unit Maisie fed well and went from the 9th to nearly the 25th centile. At home she takes 150ml "
              "every three to four hours and wakes twice in the night. She settles fastest on Tom's shoulder "
              "with the hairdryer noise on his phone, and she has started to smile at Rosie's face and to "
              "follow her voice around the room. On the visit of 14 November Rosie had been awake since 4am and "
              "was flat and slow; she missed Maisie's first hunger cues and Maisie cried for several minutes "
              "before Rosie noticed. When Angela came in, Maisie calmed as soon as she was picked up."),
        ("h1", "What Rosie and Tom say"),
        ("p", "Rosie: \"I know sleep is the thing. When I don't sleep I don't see it coming, but Tom and my mum "
              "do.\" She wants the perinatal team to keep seeing her and wants Maisie to \"never be out in the "
              "cold like that again\". Tom says he will do whatever the plan needs but cannot lose his job; his "
              "manager has agreed he can swap to late shifts for any week the plan needs him at home in the "
              "mornings."),
        ("h1", "What needs to be true for Maisie by the review conference"),
        ("bullets", [
            "Maisie is fed on time, day and night, and keeps growing along her centile line.",
            "Whenever Maisie is awake there is an adult with her who is well enough to notice when she is "
            "hungry, wet or upset and to go to her.",
            "If Rosie starts to become unwell, Maisie is already with Tom, Angela or Kasia before anything "
            "happens to her, and she is never taken out of the flat at night by a parent who has not slept.",
            "Maisie sleeps on her back in her own cot, in a room that is warm and free of mould.",
            "Maisie's 12- and 16-week immunisations and her checks are done on time.",
        ]),
        ("h1", "Why Rosie's treatment is in Maisie's plan"),
        ("p", "The biggest risk to Maisie is Rosie becoming ill again without anyone seeing it in time, so "
              "Rosie's care is part of this plan. Dr Frost and Owen Bright agreed the perinatal team's rows "
              "with Becky at a joint meeting on 18 November, and Rosie and Tom were there."),
        ("h1", "The plan"),
        ("table", {
            "header": ["What needs to happen, and why it matters for Maisie", "Who", "When",
                       "How we will know"],
            "widths": [6.4, 3.4, 3.4, 3.8],
            "rows": [
                ["See Maisie at home awake, look at where she sleeps and how she is fed, and talk with Rosie and "
                 "Tom on their own at least once a month",
                 "SW Becky Lorimer",
                 "Weekly until the review conference, at least one visit in three unannounced",
                 "Visit record notes where Maisie slept, who fed her last and how Rosie responded to her"],
                ["Weigh Maisie, check her feeding and sleep position, and ask Rosie about her sleep the night "
                 "before",
                 "HV Sian Pryce",
                 "Weekly until Maisie is 16 weeks old, then fortnightly",
                 "Weight plotted in the red book, on or above the 9th centile; HV record shared with the SW "
                 "before each core group"],
                ["Review Rosie's mood and medication, and write to the core group on how her illness affects "
                 "her care of Maisie, what has to change, and how long recovery is likely to take",
                 "Dr Nadia Frost, consultant perinatal psychiatrist, Ilverthorpe Perinatal Mental Health Team",
                 "Review by 12/12/2025; written view by the second core group (08/01/2026)",
                 "Letter on Maisie's file and read at core group"],
                ["Home visits to Rosie to check her sleep and early warning signs; write a relapse plan with "
                 "Rosie, Tom and Angela that says who takes over Maisie's care when each sign appears; report "
                 "to each core group on whether Rosie is making the changes needed to care for Maisie safely",
                 "Owen Bright, perinatal community mental health nurse",
                 "Fortnightly; relapse plan by 04/12/2025",
                 "Signed relapse plan on the fridge and on file; written report to each core group"],
                ["Six video interaction guidance sessions with Rosie and Maisie, so Rosie sees and answers "
                 "Maisie's cues even on days when her mood is low",
                 "Leah Tamsin, parent-infant practitioner, Perinatal Mental Health Team",
                 "Weekly from w/c 01/12/2025",
                 "Written summary of what has changed in how Rosie reads Maisie's cues and what still needs "
                 "to change, sent to the SW after session 6"],
                ["Do Maisie's night feeds on Sunday to Thursday nights, so that Rosie gets the unbroken sleep "
                 "that keeps her well",
                 "Tom Varga",
                 "Every Sunday to Thursday night until the review conference",
                 "Night feed chart on the fridge, initialled by Tom; checked by the SW at each visit"],
                ["Stay over at the flat and do Maisie's night feeds on Friday and Saturday nights",
                 "Angela Kettleby (maternal grandmother)",
                 "Every Friday and Saturday night until the review conference",
                 "Night feed chart initialled by Angela"],
                ["Call in every weekday lunchtime, give Maisie a feed and check that Rosie has eaten and taken "
                 "her morning tablets",
                 "Angela Kettleby",
                 "Every weekday, 12 to 1pm, until the review conference",
                 "Angela's notebook; she rings Owen Bright the same day if Rosie has missed a dose"],
                ["Maisie's 12- and 16-week immunisations",
                 "Practice nurse, Linden Road Surgery",
                 "27/11/2025 and 23/12/2025",
                 "Recorded in the red book and on the GP record"],
                ["Ask Ilverthorpe Homes for a priority transfer and an urgent mould repair, with a supporting "
                 "letter from Dr Frost, so Maisie's cot is not against a damp wall this winter",
                 "SW Becky Lorimer",
                 "Request sent by 28/11/2025",
                 "Repair date and banding decision confirmed in writing by Ilverthorpe Homes"],
                ["Go with Rosie to Ilverthorpe Citizens Advice to claim the benefits she is owed and agree a "
                 "payment plan for the electricity, so there is money for Maisie's formula and heating",
                 "FSW Jordan Akers",
                 "Appointment by 05/12/2025",
                 "Claim reference and payment plan seen by the SW; meter in credit at each visit"],
            ],
        }),
        ("h1", "If Rosie becomes unwell, or the plan cannot be kept"),
        ("p", "The early warning signs in Rosie's relapse plan are: fewer than four hours' sleep on two nights "
              "running, talking fast or not being able to sit still, spending money she does not have, or "
              "missing her quetiapine. If Tom, Angela or any professional sees one of these, Rosie will not "
              "be left alone with Maisie from that moment; Tom or Angela cares for Maisie, and Owen Bright "
              "(or the crisis team out of hours, 01632 960 455) will see Rosie the same day. Becky, or the "
              "emergency duty team out of hours, will hold a strategy discussion the same day. If Rosie needs "
              "to go back into hospital, the perinatal team will ask Hollybank for a mother and baby bed first."),
        ("p", "If Angela cannot do her nights or her lunchtime calls, because she is ill, away or it has become "
              "too much, she will tell Tom and Becky that day. Kasia Varga has agreed to cover the Friday and "
              "Saturday nights, and Tom will swap to late shifts so that he is at home with Maisie in the "
              "daytime. If neither Angela nor Kasia can cover a night, Maisie will stay with Tom at Kasia's "
              "flat that night."),
        ("p", "If Maisie is found alone with Rosie while Rosie has one of the warning signs, or Rosie stops her "
              "medication twice before the review conference, Becky will ask her team manager for a legal "
              "planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks, Thursdays at 10am, Ashgrove Family Hub: 04/12/2025, 08/01/2026, "
              "05/02/2026. Review child protection conference: Thursday 19/02/2026, 1.30pm, Ilverthorpe Civic "
              "Centre."),
        ("p", "Plan typed by Becky Lorimer (SW) on 21/11/2025 and sent to Rosie, Tom, Angela and every agency "
              "named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Plain-words plan for a mother with a learning disability; the child's
#    own type 1 diabetes; actions grouped under "so that..." headings, each
#    bullet naming its owner, when and how we will know (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b61_inchmere_plain_words_so_that_headings_marsh.md",
    "split": "tune",
    "actions": 11,
    "template": "icpc-plan-md-plain-words-for-parent-with-learning-disability-actions-under-so-that-h3-headings-bold-owner-bullets",
    "description": (
        "Initial conference plan for a 7-year-old with type 1 diabetes (two DKA admissions after missed "
        "insulin) and his 3-year-old sister; their mother has a mild learning disability. Written in short "
        "plain sentences at the mother's request, with the actions grouped under 'So that...' headings and "
        "each bullet naming who, when and how we will know. The learning disability nurse reports on what "
        "Jade can learn and how long it is likely to take; the children's diabetes nurse owns the "
        "insulin teaching. The illness is the child's own, not a parent's. The grandfather's evening checks "
        "have a fallback. Exemplary."
    ),
    "text": """\
# Our plan for Leo and Ellie

**Inchmere Borough Council – Children's Social Care – Family Safeguarding Team East**

*Agreed at the initial child protection conference on Tuesday 18 November 2025.
Jade asked for the plan to be written in short sentences. Fiona Agyeman (learning
disability nurse) has made Jade a copy with pictures, and Sam went through it with
Jade at home on 19 November.*

## Who is in the family

- **Leo Marsh**, 7, Year 3 at St Peter's C of E Primary, Inchmere. Leo has type 1 diabetes.
- **Ellie Marsh**, 3, at home with Jade.
- **Jade Marsh**, their mum, 26. Jade has a mild learning disability and gets support from the Inchmere Community Team for People with Learning Disabilities.
- **Dennis Marsh**, Jade's dad, 58. He lives on Cooper Street, two minutes away.
- Leo's and Ellie's dad does not see them and was not at conference.

Category: neglect. Social worker: Sam Tranter. Chair: Ruth Ollerenshaw.

## Why there is a plan

Leo was found to have diabetes when he was 5. Since August he has been in
Inchmere Children's Hospital twice with diabetic ketoacidosis (DKA). DKA is when
there is not enough insulin and the body becomes very ill. Both times Leo had
missed insulin for a few days. The second time, on 27 October, he was very
poorly and spent a night in intensive care.

Jade loves Leo and Ellie and is with them all the time. She finds counting the
carbs in Leo's food and working out his doses very hard. She told the ward she
was "too scared to get it wrong, so sometimes I just didn't do it". Leo has
missed 4 of his last 6 clinic appointments. Ellie is 3 and has not had her
2-year check, and she is not at nursery yet.

## What Leo and Ellie have told us and shown us

Leo talked to Sam at school on 12 November. He said: "I hate the hospital. The
drip hurt." He said he sometimes does his own injection "if Mum forgets", but he
does not know how much to give. He said he wants to go back to football club on
Thursdays and "not be the one who has to remember". He likes it when Grandad
comes round because "he checks my numbers and does a silly dance if they're good".

Ellie is chatty and bright. On Sam's visits she showed Sam her dolls and
pretended to "do Leo's needle" on her teddy. She follows Jade everywhere. Jade
says Ellie would like to "go to big school like Leo".

## What we want for Leo and Ellie

- Leo has his insulin at every meal and at bedtime, and does not go back into hospital with DKA.
- Leo's sensor shows his sugar in a safe range for more of the day: over half of each day by the review conference.
- Leo does not have to remember his own insulin at home. An adult does it.
- Leo goes to school every day and back to football club on Thursdays.
- Ellie goes to nursery, her development is checked, and she gets any help she needs.

## What Jade says

Jade said: "I want to get it right for Leo. I learn better when someone shows me,
not when they give me leaflets." She wants her dad to help. She said she would
like someone she trusts to come to meetings with her.

## What will happen

### So that Leo gets his insulin every time

- **Kerry Boateng (children's diabetes nurse, Inchmere Children's Hospital)** will fit Leo with a sensor that sends alarms to Jade's and Dennis's phones by Friday 28 November. From then Kerry will look at Leo's readings online every weekday morning and send Sam the number of missed doses each Friday.
- **Kerry Boateng** will teach Jade to count carbs and work out Leo's doses at home, with picture cards and a photo book of the meals Leo likes, every Wednesday for 6 weeks from 3 December. At the last session Jade will do a whole day's doses on her own, and Kerry will write down what Jade can now do alone and what she still needs help with.
- **Fiona Agyeman (learning disability nurse, Inchmere CTPLD)** will assess how Jade learns best and what help she needs to manage Leo's insulin and Ellie's care, and will write a report by Friday 9 January saying what Jade can learn, the steps, and how long it is likely to take.
- **Jade** will give Leo his breakfast, tea and bedtime insulin every day and write each dose on the chart on the fridge. Sam and Kerry will check the chart against the pen's memory at every visit.
- **Dennis Marsh (Grandad)** will come round at 7.30pm every evening until the review conference to check Leo's bedtime dose has been given and the sensor alarms are on, and will initial the chart.
- **Mrs Anne Hollis (diabetes lead, St Peter's)** will give Leo his lunchtime insulin every school day and send the school insulin log to Kerry every Friday.

### So that Leo and Ellie are seen, and are at school and nursery

- **Sam Tranter (social worker)** will visit every week until the review conference, at least one visit in three unannounced and one at bedtime each month. Sam will see Leo on his own and write down what he says, and will look at the fridge chart and the sensor app.
- **Jade** will take Ellie to her nursery place at Little Oaks, Monday to Wednesday mornings, from Monday 1 December. The nursery register will show if she is there.
- **HV Bryony Kale** will do Ellie's development check at home by Friday 19 December and share the ASQ-3 scores with Sam and the nursery.

### So that Jade has help that works for her

- **Sam Tranter** will do a parenting assessment with Jade using PAMS, changed in the ways Fiona advises, by Friday 30 January. Sam will read the report through with Jade before it goes to the core group.
- **Sam Tranter** will refer Jade to Inchmere Advocacy by Friday 28 November. The advocate will be named in the core group notes and will come to the first core group with Jade.

## If things go wrong

- If Leo's sensor shows his sugar over 14 for more than 4 hours, or a meal or bedtime dose is missed, Kerry (in the day) or Dennis (in the evening) will ring Jade straight away. If Jade does not answer within 15 minutes, Dennis will go round.
- If Leo has ketones, is being sick or is sleepy and hard to wake, Jade or Dennis will ring the children's ward (open access, 01632 960 781) or 999.
- If a bedtime dose is missed twice in one week, Dennis will give the bedtime dose himself for the next two weeks and Sam will visit the next working day.
- If Dennis cannot do his evening visit, because he is ill or away, he will tell Jade and Sam that morning. The Inchmere community children's nurses will do the bedtime check at home that evening instead.
- If Leo is admitted with DKA again, Sam (or the emergency duty team out of hours) will hold a strategy discussion the same day, and Leo and Ellie will stay with Dennis when Leo leaves hospital until the discussion has agreed what happens next.
- If Leo is admitted with DKA again, or doses are missed on more than 3 days in any fortnight before the second core group, Sam will ask the team manager for a legal planning meeting within 5 working days.

## Meetings

- Core group every 4 weeks, Tuesdays at 1.30pm at Inchmere Family Hub: 2 December 2025, 6 January 2026, 3 February 2026.
- Review child protection conference: Tuesday 17 February 2026, 10am, Inchmere Town Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Mother with schizophrenia back home after a section 2 admission; the CMHT
#    care coordinator and depot clinic only support and treat, the psychiatrist
#    is asked for a view on change; two outcomes about mum; the grandmother
#    carries the school run and respite with no fallback (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b61_ivelmoor_icpc_classic_table_brook.docx",
    "doc_title": "Child Protection Plan - Jayden and Skye Brook",
    "split": "tune",
    "actions": 11,
    "template": "icpc-docx-kv-then-numbered-outcomes-then-no-action-lead-timescale-measure-of-success-table",
    "description": (
        "Initial conference plan for a 10-year-old and a 4-year-old whose mother has schizophrenia and "
        "came home from a section 2 admission after stopping her depot and keeping the children off school. "
        "Faults: two of the four outcomes are about the mother only (F002); the CMHT care coordinator's "
        "support visits and the depot clinic only support or treat (H001 twice), while the psychiatrist "
        "is asked for a view on change (not H001); the grandmother's respite is 'as and when needed' and "
        "Skye's hearing test 'ongoing' (T002); 'wellbeing monitored' (M002); 'All professionals' (W002); "
        "the grandmother does the school run and the respite but the contingency sends the children to "
        "her with no plan if she cannot (C003)."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ivelmoor District Council – Children and Young People's Services – Safeguarding Team North"),
        ("kv", [
            ("Children", "Jayden Brook (10), Year 6, Ivelmoor Park Primary; Skye Brook (4), Reception, Ivelmoor "
                         "Park Primary"),
            ("Mother", "Danielle Brook (32), 41 Larch Walk, Ivelmoor"),
            ("Fathers", "Jayden's father, Aaron Pike, has no contact. Skye's father, Ryan Hale, lives in "
                        "Castlebeck and sees Skye some Saturdays."),
            ("Maternal grandmother", "Sandra Brook (58), 6 Fenton Road, Ivelmoor"),
            ("Conference", "Initial child protection conference, Wednesday 26/11/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Natalie Ferris"),
            ("Chair", "Graham Ashdown"),
        ]),
        ("h1", "Reasons for the plan"),
        ("p", "Danielle has had a diagnosis of paranoid schizophrenia since 2016 and is open to the Ivelmoor "
              "Community Mental Health Team (North). In August she stopped her monthly depot injection. By "
              "mid-September she believed the neighbours were putting poison in the water and she kept Jayden "
              "and Skye off school for nine days and would not let them drink from the tap. Jayden was buying "
              "bottled water and crisps from the corner shop with his birthday money. After school raised a "
              "concern, police did a welfare check on 2 October and Danielle was detained under section 2 and "
              "admitted to the Larchfield Unit, Ivelmoor Hospital. The children stayed with Sandra. Danielle "
              "was discharged on 31 October and restarted on her depot, and the children went home to her on "
              "3 November."),
        ("p", "Danielle has had two earlier admissions (2018 and 2021), both after she stopped her medication. "
              "Sandra has looked after the children each time. Sandra told conference she is \"worn out\" and "
              "has her own hip operation coming up in the new year."),
        ("h1", "What Jayden and Skye say"),
        ("p", "Jayden (seen at school by Natalie on 18 November): \"When Mum's poorly she thinks everyone's out "
              "to get us. I have to keep Skye calm and get the food.\" He said he checks whether his mum has "
              "slept by looking at the kitchen light in the night. He likes it at Nan's \"because there's "
              "always tea\" but wants to live with his mum. He would like to go to the Year 6 residential in "
              "March."),
        ("p", "Skye (seen at home, 20 November) showed Natalie her bedroom and her drawings of \"Mummy in "
              "hospital\". Her teacher says she is quiet on Mondays and often asks whether Nana is picking "
              "her up."),
        ("h1", "Outcomes"),
        ("numbers", [
            "Jayden and Skye are cared for every day by an adult who is well enough to feed them, get them to "
            "school on time and keep them safe.",
            "Danielle will take her medication as prescribed and her mental health will remain stable.",
            "Danielle will engage with the CMHT and attend all of her appointments.",
            "Jayden can be a 10-year-old: he is not buying the food or watching his mum for signs that she is "
            "becoming unwell.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["No.", "Action", "Lead", "Timescale", "Measure of success"],
            "widths": [1.0, 6.0, 3.4, 2.9, 3.7],
            "rows": [
                ["1", "Visit the home and see Jayden and Skye, and see Jayden on his own at school at least once a "
                      "month",
                 "SW Natalie Ferris", "Weekly until the review conference",
                 "Visit records with Jayden's words written down; food in the cupboards noted at each visit"],
                ["2", "Continue to support Danielle with her mental health through home visits",
                 "Mark Tulley, care coordinator, Ivelmoor CMHT", "Fortnightly",
                 "Appointments kept, recorded in the CMHT diary"],
                ["3", "Administer Danielle's depot injection at the CMHT clinic",
                 "Depot clinic nurse, Ivelmoor CMHT", "Every 4 weeks (next due 04/12/2025)",
                 "Depot record card"],
                ["4", "Outpatient review with Danielle, and a written report to the core group on how her illness "
                      "affects her care of Jayden and Skye, whether she can make and keep the changes needed, "
                      "and over what timescale",
                 "Dr Yusuf Rahim, consultant psychiatrist", "By 09/01/2026",
                 "Report received by the SW and shared at core group"],
                ["5", "Take Jayden and Skye to school every weekday morning",
                 "Sandra Brook (MGM)", "Every school day",
                 "School register shows both children in by 8.50am"],
                ["6", "Have Jayden and Skye for tea and overnight stays to give Danielle a break",
                 "Sandra Brook (MGM)", "As and when needed",
                 "Each stay written in the family diary, seen by the SW at visits"],
                ["7", "Weekly check-in with Jayden in school about how things are at home",
                 "Mrs Parveen Kaur, DSL", "Every Monday",
                 "Jayden's wellbeing monitored"],
                ["8", "Refer Jayden to Ivelmoor Young Carers",
                 "SW Natalie Ferris", "By 12/12/2025",
                 "Acceptance letter on file"],
                ["9", "Record how Skye arrives each day: clean, fed, on time, and who brought her",
                 "Miss Hannah Doyle, Reception teacher", "Daily",
                 "Summary emailed to the SW every Friday"],
                ["10", "Hearing test and speech and language screen for Skye",
                 "Gail Pennington, school nurse", "Ongoing",
                 "Results shared with the SW and Danielle"],
                ["11", "Tell the SW the same day about any sign that Danielle is becoming unwell (not sleeping, "
                       "talking about the neighbours or the water, keeping the children in)",
                 "All professionals", "Same day",
                 "Each concern logged on the children's file by the SW"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Danielle misses a depot injection, or shows any of her relapse signs (not sleeping, saying the "
              "water is poisoned, keeping the children home from school), Mark Tulley will arrange a same-day "
              "assessment by the crisis team and the SW (or the emergency duty team out of hours) will hold a "
              "strategy discussion the same day. Jayden and Skye will go to stay with Sandra until Danielle is "
              "well again."),
        ("p", "If Danielle misses two depot injections in a row, or the children are kept off school because of "
              "her beliefs again, the SW will request a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks at Ivelmoor Park Primary, 3.30pm: 10/12/2025, 07/01/2026 and 04/02/2026. "
              "Review child protection conference: Wednesday 18/02/2026, 10am, Ivelmoor Council Offices."),
    ],
    "findings": [
        F("F002", "Danielle will take her medication as prescribed and her mental health will remain stable."),
        F("F002", "Danielle will engage with the CMHT and attend all of her appointments."),
        F("H001", "Continue to support Danielle with her mental health"),
        F("H001", "Administer Danielle's depot injection at the CMHT clinic"),
        F("T002", "Have Jayden and Skye for tea and overnight stays"),
        F("M002", "Weekly check-in with Jayden in school about how"),
        F("T002", "Hearing test and speech and language screen for Skye"),
        F("W002", "Tell the SW the same day about any sign"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Lone father's alcohol dependence: a plan built around his drinking,
#    liver, rent and benefits, with no outcome for the boy; adult services do
#    own actions; review conference "to be confirmed" (pdf, header + footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b61_iddlestone_icpc_parent_centred_sowerby.pdf",
    "doc_title": "Child Protection Plan - Kian Sowerby",
    "split": "tune",
    "actions": 11,
    "template": "icpc-paged-pdf-kv-reasons-childs-views-decision-then-action-responsible-timescale-evidence-table-no-outcomes",
    "description": (
        "Initial conference plan for a 9-year-old who lives with his father, a lone carer with alcohol "
        "dependence and abnormal liver tests. Eight of the eleven actions are about the father's own "
        "drinking, liver, rent, benefits, budgeting and work, none of them tied to Kian (F001), and the "
        "plan never says what should be different for Kian (O001). The recovery service and the GP own "
        "actions (so not F004; a drug and alcohol service is never H001). Also 'as often as he can' "
        "(T002), a blank evidence cell for the GP (M001), 'progress monitored' (M002), a passive referral "
        "with a dash for who (W001), and the review conference date to be confirmed (R001). Header and "
        "page footer on every page."
    ),
    "header": "OFFICIAL – SENSITIVE · Iddlestone County Council · Children's Services",
    "footer": "CP plan · Kian Sowerby · page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Child", "Kian Sowerby, DOB 14/03/2016 (9), Year 5, Iddlestone Moor Primary"),
            ("Lives with", "Martin Sowerby (44), father, 17 Brickyard Lane, Iddlestone"),
            ("Mother", "Kirsty Lane (39), lives in Harrowfield; Kian stays with her every other weekend"),
            ("Conference", "Initial child protection conference, Monday 01/12/2025, Iddlestone County Hall"),
            ("Category", "Neglect"),
            ("Social worker", "Ryan Petrie, Iddlestone Children's Safeguarding Team"),
            ("Chair", "Susan Okwu"),
        ]),
        ("h1", "Reasons for the plan"),
        ("p", "Martin has drunk heavily since he lost his HGV licence for drink-driving in 2023 and then his "
              "job. He told conference he drinks \"two bottles of wine a day, sometimes more\". On 14 November "
              "Kian rang 999 at 7pm because he could not wake his dad; paramedics found Martin unconscious on "
              "the kitchen floor and Kian, who had made himself some noodles, was alone with him. Martin was "
              "taken to Iddlestone General and discharged the next morning. His blood tests showed abnormal "
              "liver function and his GP has asked to see him."),
        ("p", "Martin is £1,860 behind with his rent and Iddlestone Homes have served a notice seeking "
              "possession. He has not claimed any benefits since his jobseeker's allowance stopped. The school "
              "say Kian's attendance is 86% this term and he is often late on Mondays, after weekends at home. "
              "Kirsty has offered to have Kian more often but cannot move him to Harrowfield because of her "
              "work."),
        ("h1", "Kian's views"),
        ("p", "Kian spoke to Ryan at school on 24 November. He said: \"Dad's nice when he's not had wine. When "
              "he has, he just sleeps and I do my own tea.\" He said he was scared when his dad would not wake "
              "up and that he \"knew to ring 999 from school\". He wants to keep living with his dad and see his "
              "mum more, and he would like to go back to Cubs on Tuesdays."),
        ("h1", "Decision"),
        ("p", "Conference agreed that Kian is likely to suffer significant harm and that he should be the "
              "subject of a child protection plan under the category of neglect."),
        ("h1", "Child protection plan"),
        ("table", {
            "header": ["Action", "Responsible", "Timescale", "Evidence"],
            "widths": [7.0, 3.6, 2.8, 3.6],
            "rows": [
                ["Attend weekly keywork sessions at Iddlestone Recovery Service",
                 "Martin Sowerby", "Weekly from 03/12/2025",
                 "Attendance confirmed by the keyworker each month"],
                ["Complete a full substance misuse assessment with Martin and agree a recovery care plan, "
                 "including whether he needs a community detox",
                 "Jo Lindqvist, keyworker, Iddlestone Recovery Service", "By 19/12/2025",
                 "Care plan copied to the SW"],
                ["Attend AA or SMART Recovery meetings in Iddlestone",
                 "Martin Sowerby", "As often as he can",
                 "Signed attendance sheet shown to the keyworker"],
                ["Liver function tests and review of Martin's blood pressure medication",
                 "Dr Helen Crowther, Iddlestone Medical Practice", "By 12/12/2025",
                 ""],
                ["Support Martin to agree a repayment plan for his rent arrears with Iddlestone Homes and get "
                 "the possession claim stayed",
                 "SW Ryan Petrie", "By 19/12/2025",
                 "Repayment plan agreed in writing with Iddlestone Homes"],
                ["Make a claim for Universal Credit, including the limited capability for work element",
                 "Martin Sowerby, with FSW Nicola Agnew", "By 09/01/2026",
                 "Award letter seen by the FSW"],
                ["Weekly budgeting sessions with Martin",
                 "FSW Nicola Agnew", "Weekly for 8 weeks from 08/12/2025",
                 "Progress monitored by the FSW"],
                ["Register with the Iddlestone Employment Hub for advice on getting back to work",
                 "Martin Sowerby", "By 31/01/2026",
                 "Registration confirmation shown to the SW"],
                ["Visit the home and see Kian on his own",
                 "SW Ryan Petrie", "Fortnightly",
                 "Visit record with what Kian says written down"],
                ["Send Kian's attendance and punctuality to the SW",
                 "Mrs Joanne Birtles, DSL, Iddlestone Moor Primary", "Every Friday",
                 "Weekly attendance printout on file"],
                ["A referral will be made to Iddlestone Young Carers for Kian",
                 "-", "By 12/12/2025",
                 "Acceptance letter on file"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Martin is found under the influence of alcohol while he is caring for Kian, or Kian tells "
              "anyone that his dad has been drinking and is asleep or unwell, Kian will go to his mum in "
              "Harrowfield that day and the SW (or the emergency duty team out of hours) will hold a strategy "
              "discussion the same day. If this happens again before the review conference, the SW will ask "
              "the team manager for a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("p", "The core group will meet every 4 weeks at Iddlestone Moor Primary, 3.30pm, with the first "
              "meeting on Thursday 11/12/2025. Review child protection conference: date to be confirmed."),
        ("p", "Distribution: Martin Sowerby, Kirsty Lane, Iddlestone Recovery Service, Iddlestone Medical "
              "Practice, Iddlestone Moor Primary, Iddlestone Family Support Service."),
    ],
    "findings": [
        F("T002", "Attend AA or SMART Recovery meetings in Iddlestone"),
        F("M001", "Liver function tests and review of Martin's blood pressure"),
        F("M002", "Weekly budgeting sessions with Martin"),
        F("W001", "A referral will be made to Iddlestone Young Carers"),
        F("F001"),
        F("O001"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Mother's heroin relapse on a methadone script, and hepatitis C: the
#    recovery service and hepatology clinic are only places she goes; the
#    grandparents carry the nights and the school run; no contingency (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b61_ismaford_icpc_numbered_sentences_prior.md",
    "split": "tune",
    "actions": 11,
    "template": "icpc-plan-md-bold-label-details-then-outcomes-bullets-then-numbered-one-sentence-actions-no-contingency",
    "description": (
        "Initial conference plan for a 5-year-old and an 18-month-old after their mother, on a methadone "
        "script, relapsed on heroin and was found collapsed; she also has untreated hepatitis C. The "
        "actions are numbered sentences. The recovery service and the hepatology clinic appear only as "
        "places Stacey goes, so no adult service owns an action (F004). One outcome is about Stacey only "
        "(F002). The grandparents stay every night, do the school run and call in each lunchtime, but "
        "there is no contingency at all (C001, C003) and nothing about legal planning (R002). Also a "
        "hepatology appointment with no timescale (T001), a passive nursery referral (W001) and a "
        "school check-in with no measure (M001)."
    ),
    "text": """\
# Child Protection Plan: Harvey and Lacey Prior

**Ismaford City Council** – Children's Social Care – Central Locality Team

**Children:** Harvey Prior (5), Reception, Ismaford Road Primary; Lacey Prior (18 months), at home
**Mother:** Stacey Prior (30), Flat 8, Carlton House, Wharf Street, Ismaford
**Father:** Jordan Hibbert, father of both children, in HMP Brantwood until at least summer 2026; no contact
**Maternal grandparents:** Pauline Prior (63) and Keith Prior (66), 12 Marsh Lane, Ismaford
**Conference:** Initial child protection conference, Monday 8 December 2025
**Category:** Neglect
**Social worker:** Aaron Whitfield
**Chair:** Deborah Kingsley

## Why Harvey and Lacey have a plan

Stacey used heroin for six years before Harvey was born and has been on a
methadone script through the Ismaford Recovery Partnership since 2019. In the
summer she started using heroin again on top of her methadone. On 20 November
Keith let himself into the flat at 9am because Harvey had not arrived at school.
Harvey opened the bedroom door to him. Stacey was unconscious on the bathroom
floor and Lacey was in her cot in a nappy that had not been changed overnight.
Paramedics gave Stacey naloxone. Keith found a carrier bag of used needles and
foil on the bathroom floor. In October Stacey was diagnosed with hepatitis C and
she has not yet started treatment. Lacey has not had her 1-year review or her
12-month immunisations.

Stacey told conference she was "ashamed" and that she wants to get back to how
she was in the spring. Pauline and Keith have been at the flat every day since
20 November.

## What Harvey says and how Lacey is

Harvey talked to Aaron at school on 2 December. He said: "Mummy was having a big
sleep on the floor and I couldn't wake her up." He said he likes it when Nana
sleeps over "because she does pancakes", and that he does not like the
bathroom "because of the bag". He wants his mum "to not be poorly any more".

Lacey is walking and says "Nana", "Mama" and "dog". On Aaron's visits she went
to Pauline for comfort rather than to Stacey. The HV saw a bad nappy rash on
27 November.

## What we want to see

- Harvey and Lacey are looked after every day and every night by an adult who is not under the influence of drugs.
- Harvey and Lacey never find or touch needles, foil or medicines in their home.
- Stacey will be stable on her methadone and stop using heroin on top.
- Lacey's health checks and immunisations are brought up to date.
- Harvey gets to school on time every day.

## Action plan

1. Pauline Prior (Nana) will stay at the flat every night from 8pm to 8am until the review conference and sign the overnight sheet kept in the kitchen drawer.
2. Keith Prior (Grandad) will take Harvey to school every weekday and collect him at 3.15pm, and the school register will show him in on time.
3. Keith Prior will call in every weekday lunchtime to see Lacey and write in the family diary how she is and whether her nappy has been changed.
4. Stacey will collect her methadone from Wharf Street Pharmacy every day and take it in front of the pharmacist, and will show Aaron her collection card at each visit.
5. Stacey will go to the hepatology clinic at Ismaford Royal Infirmary to start her hepatitis C treatment and show Aaron the clinic letter.
6. Stacey will keep her methadone in the locked box from the social worker, out of the children's reach, every day, and Aaron will check it is locked at every visit.
7. Aaron Whitfield (SW) will visit every week until the review conference, see Harvey and Lacey each time and see Harvey on his own at school once a fortnight, and write down what Harvey says.
8. HV Lorna Beck will do Lacey's overdue 1-year review and give her missed immunisations at home by 19 December 2025, recorded in the red book.
9. A referral will be made to Ismaford Family Hub for a funded nursery place for Lacey by 9 January 2026, and the place offered will be confirmed in writing.
10. Mrs Chloe Sandhu, DSL at Ismaford Road Primary, will check in with Harvey every Monday morning.
11. Stacey will go to the Parents in Recovery group at the Wharf Street Centre every Tuesday from 6 January 2026 and bring her attendance card to Aaron's next visit.

## Meetings

- Core group: Thursday 18 December 2025, then every 4 weeks on Thursdays (15 January and 12 February 2026), 10am at Ismaford Road Primary.
- Review child protection conference: Thursday 5 March 2026, 1.30pm, Ismaford Civic Offices.
""",
    "findings": [
        F("F002", "Stacey will be stable on her methadone and stop using heroin on top."),
        F("T001", "Stacey will go to the hepatology clinic at Ismaford Royal"),
        F("W001", "A referral will be made to Ismaford Family Hub"),
        F("M001", "will check in with Harvey every Monday morning"),
        F("F004"),
        F("C001"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Father's depression after an overdose, with chronic pain; the CMHT care
#    coordinator reports on change but the psychologist's CBT is treatment
#    only; one outcome about dad's mood; vague contingency (txt export)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b61_irkendale_export_plan_items_oakes.txt",
    "split": "tune",
    "actions": 10,
    "template": "icpc-case-system-text-export-section-rules-plan-items-with-what-lead-timescale-evidence-fields",
    "description": (
        "Case-system text export of an initial conference plan for a 12-year-old and a 9-year-old whose "
        "father, their sole carer, has severe depression and chronic back pain and took an overdose that "
        "his daughter found. The CMHT care coordinator reports on whether Darren is making the changes "
        "needed (not H001) but the CMHT psychologist's CBT is treatment only (H001). One outcome is about "
        "Darren's mood only (F002). Also a pain clinic referral with '-' for timescale (T001), 'All "
        "agencies' (W002), a school mentor item with no evidence (M001), and a contingency that only "
        "says the core group will review (C002) with no legal step (R002)."
    ),
    "text": """\
IRKENDALE COUNCIL  |  CHILDREN'S SERVICES  |  CASE RECORD EXPORT
Form: CP PLAN (ICPC)        Status: AUTHORISED        Exported: 05/12/2025 16:12
Case ref: IRK-0049213       Worker: P NANDRA          Team: Safeguarding Team 2
------------------------------------------------------------------------------

SECTION A - CHILDREN AND FAMILY
  Child 1 ........ Mia OAKES, DOB 22/04/2013 (12), Year 8, Irkendale Academy
  Child 2 ........ Alfie OAKES, DOB 09/10/2016 (9), Year 5, Brookfield Primary
  Father ......... Darren OAKES (41), sole carer, 31 Quarry Bank, Irkendale
  Mother ......... Lisa OAKES (39), moved to Portugal in May 2025; video calls
                   with the children on Sundays
  Conference ..... ICPC, Wednesday 03/12/2025, Irkendale Town Hall
  Category ....... Neglect
  Chair .......... Margaret Ilori

------------------------------------------------------------------------------
SECTION B - WHY THERE IS A PLAN
  Darren hurt his back at work in March 2024 and has not worked since. He has
  chronic pain and since Lisa left he has had severe depression. He spends most
  days in bed. Mia has been doing the shopping, cooking and getting Alfie to
  school. Alfie's attendance is 78% this term. The house was cold on both home
  visits because the gas meter had run out. On 03/11/2025 Darren took an
  overdose of his sertraline and pregabalin; Mia found him when she got home
  from school and rang 999. He spent two nights at Irkendale General and was
  referred to the Irkendale Community Mental Health Team (CMHT), who allocated
  a care coordinator on 14/11/2025.

------------------------------------------------------------------------------
SECTION C - THE CHILDREN'S VIEWS
  Mia (seen alone at school 25/11/2025): "I do the tea most nights and I check
  on Dad before I go to bed. I'm scared of finding him like that again." She
  said she has stopped going to netball and her friends' houses "in case". She
  wants her dad to "get proper help" and she wants "someone else to be in
  charge of the tablets".
  Alfie (seen alone at home 27/11/2025): says he misses his mum and plays
  Minecraft "all the time because Dad's asleep". He said he is hungry at school
  "sometimes" and likes it when Mia makes pasta. He put home at 5 out of 10.

------------------------------------------------------------------------------
SECTION D - OUTCOMES
  D1  Mia and Alfie go to school every day and are not the ones who cook, shop
      or look after their dad.
  D2  Mia and Alfie live in a warm home with food in the cupboards.
  D3  Darren's mood will improve and he will feel more able to cope.
  D4  Mia and Alfie know who to ring if they are worried about their dad, and
      know that keeping him safe is not their job.

------------------------------------------------------------------------------
SECTION E - PLAN ITEMS
  [1] What ........ See Mia and Alfie at home, and each of them on their own at
                    school, and write down what they say
      Lead ........ SW Priya Nandra
      Timescale ... weekly until the review conference
      Evidence .... visit records with each child's own words

  [2] What ........ Care coordination for Darren, with a written safety plan,
                    and a report to each core group on whether he is making
                    the changes needed to care for Mia and Alfie, the steps
                    still needed and how long they are likely to take
      Lead ........ Simon Achebe, care coordinator, Irkendale CMHT
      Timescale ... visits fortnightly; report before each core group
      Evidence .... safety plan on file; written reports to the SW

  [3] What ........ Twelve sessions of cognitive behavioural therapy for
                    Darren's depression
      Lead ........ Dr Claire Whitby, clinical psychologist, Irkendale CMHT
      Timescale ... weekly from 08/12/2025
      Evidence .... sessions attended, recorded on the CMHT system

  [4] What ........ Review Darren's medication and change his prescriptions to
                    weekly, so there is never a large supply of tablets in the
                    house
      Lead ........ Dr Ngozi Okonjo, Irkendale Health Centre
      Timescale ... by 12/12/2025
      Evidence .... letter to the SW confirming weekly prescriptions

  [5] What ........ Refer Darren to the Irkendale pain management programme
      Lead ........ Dr Ngozi Okonjo
      Timescale ... -
      Evidence .... referral letter copied to the SW

  [6] What ........ Young carer's assessment for Mia, and a place at the young
                    carers' Thursday club
      Lead ........ Beth Hargreaves, Irkendale Young Carers
      Timescale ... assessment by 16/01/2026
      Evidence .... assessment report sent to the SW; club register

  [7] What ........ Arrange a lunchtime homework club place and a named
                    mentor for Mia
      Lead ........ Mrs Rachel Fenn, Head of Year 8, Irkendale Academy
      Timescale ... by 12/12/2025
      Evidence .... -

  [8] What ........ Send Alfie's attendance and punctuality to the SW
      Lead ........ Mr Dale Whitcombe, attendance officer, Brookfield Primary
      Timescale ... every Friday
      Evidence .... weekly attendance printout on the children's file

  [9] What ........ Apply for the Warm Home Discount and the council's
                    household support fund, so the house is heated for the
                    children
      Lead ........ FSW Kyle Dunmore
      Timescale ... by 19/12/2025
      Evidence .... award letters seen by the SW; gas meter in credit at visits

  [10] What ....... Share any worry about Darren's safety or the children's
                    care with the SW the same day
      Lead ........ All agencies
      Timescale ... same day
      Evidence .... each worry logged on the children's file by the SW

------------------------------------------------------------------------------
SECTION F - CONTINGENCY
  If there are further concerns about Darren's mental health or the children's
  care, professionals will share information and the core group will meet to
  review the plan and consider next steps.

------------------------------------------------------------------------------
SECTION G - MEETINGS
  Core group ..... every 3 weeks, Tuesdays 4pm, Brookfield Primary:
                   16/12/2025, 06/01/2026, 27/01/2026, 17/02/2026
  RCPC ........... Wednesday 25/02/2026, 10am, Irkendale Town Hall
------------------------------------------------------------------------------
END OF EXPORT
""",
    "findings": [
        F("F002", "Darren's mood will improve and he will feel more able to cope."),
        F("H001", "Twelve sessions of cognitive behavioural therapy for"),
        F("T001", "Refer Darren to the Irkendale pain management programme"),
        F("M001", "Arrange a lunchtime homework club place and a named"),
        F("W002", "Share any worry about Darren's safety or the children's"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Mother with progressive MS and an 11-year-old young carer; outcome cells
#    merged down over their actions; adult social care, the MS nurse and
#    Careline own actions; one outcome is about mum's care only (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b61_ingleworth_young_carer_merged_outcomes_thwaite.docx",
    "doc_title": "Child Protection Plan - Callum and Ava Thwaite",
    "split": "tune",
    "actions": 12,
    "template": "icpc-docx-landscape-outcome-for-the-children-merged-down-over-action-lead-by-when-how-we-will-know",
    "description": (
        "Initial conference plan for an 11-year-old young carer and his 5-year-old sister; their mother "
        "has secondary progressive multiple sclerosis and had refused a care package. The first column's "
        "outcomes are merged down over their actions (four real Word vertical merges). Adult social care, "
        "the MS nurse and Careline own actions, so the parent's illness is planned for jointly (not F004), "
        "and the parent-focused rows are a minority (not F001). Faults: the second outcome is only about "
        "the mother's care (F002); the OT 'when a slot becomes available' (T002); 'Callum's engagement' "
        "(M002); a blank evidence cell (M001); 'All professionals' (W002); and no legal planning if the "
        "care package does not start (R002)."
    ),
    "check_vmerge": 4,
    "landscape": True,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ingleworth Borough Council – Children's Services – Safeguarding and Young Carers Hub"),
        ("kv", [
            ("Children", "Callum Thwaite (11), Year 7, Ingleworth High School; Ava Thwaite (5), Reception, "
                         "Ingleworth Church Primary"),
            ("Mother", "Nicola Thwaite (38), 4 Beacon Close, Ingleworth"),
            ("Father", "Steven Thwaite (40), lives in Ingleworth; the children see him every other Sunday"),
            ("Conference", "Initial child protection conference, Thursday 15/01/2026, Ingleworth Civic Offices"),
            ("Category", "Neglect"),
            ("Social worker", "Olivia Brennan"),
            ("Chair", "Rashid Lomax"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Nicola has had multiple sclerosis for twelve years and it is now secondary progressive; she has "
              "used a wheelchair since 2024 and cannot manage the stairs. She turned down a care package in "
              "2024 because she \"didn't want strangers in the house\". Since then Callum has been helping her "
              "to wash, dress and use the commode, including at night. On 3 December Nicola fell getting out "
              "of bed at 11pm; Callum could not lift her and stayed up with her on the bedroom floor until "
              "3am, when a neighbour heard him shouting and rang 999. Ava was alone downstairs asleep on the "
              "sofa."),
        ("p", "Callum has missed 31 sessions this term and his teachers say he falls asleep in lessons. Ava has "
              "been late 23 times and often arrives without breakfast. Nicola told conference she \"never "
              "wanted Callum to do all this\" and has now agreed to an assessment."),
        ("h1", "What Callum and Ava say"),
        ("p", "Callum (seen alone at school, 8 January): \"I don't mind helping Mum but I'm tired all the time. "
              "I can't go to football because who'd do her tea?\" He said the worst thing is the night-time "
              "because he \"listens out for her\". He would like to go to the Year 7 trip to Whitby and to "
              "have his friends round."),
        ("p", "Ava (seen at home, 9 January) said she likes breakfast club \"because there's toast\" and that "
              "she \"helps Callum help Mummy\". She drew her family with Mummy in her \"wheelie chair\" and "
              "herself holding Callum's hand."),
        ("h1", "The plan"),
        ("table", {
            "header": ["Outcome for the children", "Action", "Lead", "By when", "How we will know"],
            "widths": [5.0, 7.2, 4.3, 3.8, 5.4],
            "rows": [
                ["Callum is a child first: he does not wash, dress or toilet his mum, and he is in school every "
                 "day.",
                 "Care Act assessment of Nicola's needs and a care package (morning, lunchtime, tea-time and a "
                 "night call) so that Callum no longer does any of her personal care",
                 "Marion Egbe, social worker, Ingleworth Adult Social Care",
                 "Assessment by 23/01/2026; carers starting by 06/02/2026",
                 "Care plan copied to the children's SW; carers' visit log kept at the house"],
                [V,
                 "Young carer's assessment for Callum and a place at the young carers' Tuesday club",
                 "Tasha Greene, Ingleworth Young Carers",
                 "Assessment by 13/02/2026",
                 "Callum's engagement with the service"],
                [V,
                 "Check Callum's attendance each day and ring Nicola by 10am if he is not in",
                 "Mr Tom Bairstow, Head of Year 7",
                 "Every school day",
                 "Weekly attendance report to the SW"],
                [V,
                 "See Callum on his own, at school and at home, and write down what he says about his nights "
                 "and his caring",
                 "SW Olivia Brennan",
                 "Fortnightly until the review conference",
                 "Visit records with Callum's own words"],
                ["Nicola's care needs are fully met by paid carers and she has the equipment she needs at home.",
                 "OT assessment for a hoist, a commode chair and a stairlift",
                 "Dev Kapoor, occupational therapist, Ingleworth Adult Social Care",
                 "When a slot becomes available",
                 "Equipment delivered and seen by the SW"],
                [V,
                 "Review of Nicola's symptoms, bladder management and night-time needs",
                 "Wendy Carr, MS specialist nurse, Ingleworth General Hospital",
                 "By 30/01/2026",
                 "Letter to the SW and to Adult Social Care"],
                [V,
                 "Apply for the higher rate of PIP and a Blue Badge for Nicola",
                 "Nicola Thwaite, with FSW Amy Lister",
                 "By 27/02/2026",
                 ""],
                ["Ava gets to school on time every day, with breakfast, and has her health checks.",
                 "Breakfast club place for Ava, free of charge",
                 "Mrs Helen Pryor, headteacher, Ingleworth Church Primary",
                 "From 19/01/2026",
                 "Breakfast club register"],
                [V,
                 "Take Ava to school on Monday, Wednesday and Friday mornings",
                 "Steven Thwaite (dad)",
                 "From 19/01/2026, every Monday, Wednesday and Friday",
                 "School register shows Ava in by 8.50am"],
                [V,
                 "Ava's Reception health review: height, weight, vision and hearing",
                 "Karen Oyelaran, school nurse",
                 "By 13/02/2026",
                 "Results shared with the SW and Nicola"],
                ["Callum and Ava are never left to cope alone at night if their mum falls or is unwell.",
                 "Careline pendant alarm for Nicola, so she can call for help at night without waking Callum",
                 "Ingleworth Careline (Adult Social Care)",
                 "Installed by 30/01/2026",
                 "Installation confirmed in writing; test call logged"],
                [V,
                 "Tell the SW the same day about any fall, missed care call or sign that Callum is caring at "
                 "night",
                 "All professionals",
                 "Same day",
                 "Each concern logged on the children's file by the SW"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Nicola falls or is unwell at night she will press her Careline pendant, and Careline will send "
              "a responder within 45 minutes; Callum is not to lift her. Until the pendant is fitted, Callum "
              "will ring 999. If a care call is missed, the care agency will tell Adult Social Care and "
              "Olivia the same day and Adult Social Care will send a replacement carer that day. If the care "
              "package has not started by 06/02/2026, Olivia will escalate to the Adult Social Care team "
              "manager the same day."),
        ("h1", "Meetings"),
        ("p", "Core group every 4 weeks, Thursdays at 4pm, Ingleworth Church Primary: 29/01/2026, 26/02/2026 "
              "and 26/03/2026. Review child protection conference: Thursday 09/04/2026, 10am, Ingleworth Civic "
              "Offices."),
    ],
    "findings": [
        F("F002", "Nicola's care needs are fully met by paid carers and she has the equipment she needs at home."),
        F("M002", "Young carer's assessment for Callum and a place"),
        F("T002", "OT assessment for a hoist, a commode chair and a stairlift"),
        F("M001", "Apply for the higher rate of PIP and a Blue Badge"),
        F("W002", "about any fall, missed care call or sign that Callum"),
        F("R002"),
    ],
})
