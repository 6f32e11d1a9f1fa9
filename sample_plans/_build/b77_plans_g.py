"""Batch 77, module g: seven fictional plans (tuning material), places beginning with "g".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: parents' illness and the adult services around them - local services
whose names do not say what they are (the Willow Team, Horizons, the Wellbeing
Hub, Talking Therapies, the Bluebell Team, Compass, the Beacon Team, New Leaf), a
parent's past illness now resolved, a grandparent's and a sibling's illness, a
child's own anxiety and cannabis use, illness words inside service names (the
epilepsy nurse), a parent whose illness is recorded but no adult service owns
an action, and plans where adult services own real actions. Outcomes are put
in unusual places: goal bands above groups of actions, a "What good looks
like" column, a "so that ..." clause in each action, and the family's own
words. Two plans are exemplary.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth plan; mother with bipolar disorder under the perinatal team
#    ("the Willow Team"); goals as merged band rows above each group of
#    actions (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b77_glenharrow_prebirth_plan_goal_bands_ashby.docx",
    "doc_title": "Pre-birth Child Protection Plan - Unborn baby of Leanne Ashby, and Kacey Ashby",
    "split": "tune",
    "actions": 12,
    "template": "prebirth-icpc-docx-kv-details-goal-band-rows-merged-across-table-over-each-group-what-who-when-how-we-will-know",
    "description": (
        "Pre-birth initial conference plan for an unborn baby girl and her 5-year-old sister; mother has "
        "bipolar disorder and relapsed after stopping lithium in 2022, and is under the perinatal mental "
        "health service, called only 'the Willow Team' in the table. The outcomes are goal bands merged "
        "across the action table above each group of actions. The Willow Team's psychiatrist and nurse "
        "both report on change; the GP owns an action; father's depression in 2019 is resolved and the "
        "grandmother's MS only limits what she can do. Contingency covers the aunt and grandmother not "
        "being able to help, with a foster fallback and a legal step; core group and review set. Exemplary."
    ),
    "blocks": [
        ("title", "Child Protection Plan (pre-birth)"),
        ("p", "Glenharrow City Council · Children's Services · Early Help and Safeguarding Team 2"),
        ("kv", [
            ("Children", "Unborn baby girl, due 27/05/2025 (Leanne is 28 weeks pregnant); Kacey Ashby (5), "
                         "Reception, Glebe Fields Primary"),
            ("Mother", "Leanne Ashby (27)"),
            ("Father of the baby", "Daniel Okafor (31). Leanne and Daniel live together with Kacey at "
                                   "Flat 3, 18 Tanner's Way, Glenharrow. Kacey's father lives in Scotland "
                                   "and has had no contact since 2021."),
            ("Conference", "Initial child protection conference (pre-birth), Tuesday 04/03/2025"),
            ("Category", "Neglect (risk of)"),
            ("Social worker", "Hannah Brewer"),
            ("Chair", "Philip Nunn"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Leanne has bipolar disorder. In June 2022 she stopped her lithium, became very unwell over "
              "about ten days and was admitted to Glenharrow General Hospital under section 2. Kacey, then 2, "
              "was found by a neighbour alone in the flat at 11pm. Leanne has been well on lithium since and "
              "is under the Willow Team, Glenharrow's perinatal mental health service. She stopped her lithium "
              "for three weeks when she found out she was pregnant, before restarting it on the Willow Team's "
              "advice. Women with bipolar disorder have a high risk of becoming unwell in the weeks after a "
              "birth, and Leanne and Daniel have not yet agreed who would care for the children if that "
              "happened."),
        ("p", "Daniel had a period of depression in 2019 after his father died. He saw his GP and had "
              "counselling that summer and has been well since, with no treatment. Pauline Ashby, Leanne's "
              "mum, lives ten minutes away; she has multiple sclerosis and walks with a stick, so she can do "
              "the school run and afternoons but cannot lift the baby or do nights. Daniel's sister, Grace "
              "Okafor, lives in Gatesby and has offered to stay after the birth."),
        ("h1", "What is going well"),
        ("bullets", [
            "Leanne has taken her lithium every day since November and her levels have been in range.",
            "Leanne and Daniel came to conference together, read the report and asked good questions.",
            "Kacey is doing well at school and is never late; her teacher says she is a happy, chatty girl.",
        ]),
        ("h1", "Kacey and the baby"),
        ("p", "Kacey (seen at school on 24/02 and at home on 27/02): \"Mummy was poorly before and went to "
              "hospital and I went to Nana's. I want to help with the baby's bottles.\" She asked Hannah "
              "whether Mummy would \"go away again\" when the baby comes. She drew her family with the baby in "
              "a pram and Nana holding her hand, and said the best thing about school is breakfast club."),
        ("p", "The baby: the scans at 20 and 28 weeks show a girl growing on the 50th centile, and the "
              "midwife notes strong movements. Leanne plays music to the bump, Daniel reads to it at night, "
              "and Kacey puts her hands on it to feel her kick."),
        ("h1", "The plan"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.4, 3.6, 3.2, 3.8],
            "rows": [
                ["Goal 1 – The baby is born safely and goes home to parents who are well enough to feed her, "
                 "settle her and keep her safe, day and night.", H, H, H],
                ["Review Leanne's medicines for the rest of the pregnancy and after the birth, and write an "
                 "assessment of how likely she is to stay well once the baby is here, what still needs to "
                 "change and how long that is likely to take",
                 "Dr Sunil Varma, consultant perinatal psychiatrist, Willow Team",
                 "Seen by 21/03/2025; written assessment by the core group on 15/04/2025",
                 "Written assessment sent to the SW and read at the core group on 15/04/2025"],
                ["Home visits to Leanne to check her mood, sleep and lithium levels against her relapse plan, "
                 "reporting on whether she is making the changes needed to care for the baby",
                 "Jen Colley, community perinatal nurse, Willow Team",
                 "Weekly from 10/03/2025 until the baby is 6 weeks old",
                 "Lithium levels on the Willow record; a written update to the SW before each core group"],
                ["Write the birth plan with Leanne and Daniel, including at least five nights on Larch Ward "
                 "after the birth so that staff can see Leanne's sleep and mood and how she cares for the baby",
                 "Sophie Tate, specialist safeguarding midwife, Glenharrow General Hospital",
                 "By 34 weeks (15/04/2025)",
                 "Birth plan on the maternity record, signed by Leanne and Daniel; copy sent to the SW and "
                 "the Willow Team"],
                ["Record how Leanne and Daniel feed, change and settle the baby on the ward, and hold a "
                 "discharge planning meeting before she goes home",
                 "Bev Salter, ward manager, Larch Ward",
                 "Every shift while the baby is on the ward; meeting before discharge",
                 "Ward care log; written discharge plan sent to the parents and every agency on the day of "
                 "the meeting"],
                ["Antenatal home visit, then visits after the birth to weigh the baby, check feeding and safe "
                 "sleep, and see how Leanne and the baby are getting to know each other",
                 "HV Marcia Bello, Glenharrow 0-19 Service",
                 "Antenatal visit by 29/04/2025; then weekly until the baby is 8 weeks old",
                 "Weights plotted in the red book; safe sleep checklist signed; visit notes shared with the SW"],
                ["Stay at the flat and do the 2am feed each night so that Leanne gets six hours' unbroken sleep",
                 "Grace Okafor (paternal aunt)",
                 "Every night for the first 14 nights after discharge",
                 "Grace signs the feed and sleep chart each morning; the SW checks it at each visit"],
                ["Goal 2 – Kacey gets to school fed and on time every day, and knows that looking after her "
                 "mum is not her job.", H, H, H],
                ["Take Kacey to school for breakfast club and collect her at 3.15pm",
                 "Pauline Ashby (maternal grandmother)",
                 "Every school day from 12/05/2025 until the baby is 6 weeks old",
                 "School register and collection book, checked by the SW each month"],
                ["See Kacey on her own in an ELSA session to talk about the new baby, Mummy and any worries, "
                 "and pass anything she says about home to the SW the same day",
                 "Mrs Fay Lister, ELSA and DSL, Glebe Fields Primary",
                 "Every Thursday in term time until the review conference",
                 "ELSA log; Kacey's attendance and punctuality sent to the SW every Friday"],
                ["See Kacey at home and on her own at school, and Leanne and Daniel together and apart; after "
                 "the birth, see the baby awake at every visit",
                 "SW Hannah Brewer",
                 "Every 2 weeks until the birth, then weekly until the review conference",
                 "Visit records with Kacey's words written down and where the baby sleeps noted"],
                ["Goal 3 – If Leanne becomes unwell, Kacey and the baby are looked after straight away by an "
                 "adult who is well.", H, H, H],
                ["Agree a written family plan with Leanne and Daniel saying who looks after Kacey and the baby "
                 "if Leanne shows any of the early warning signs in her relapse plan",
                 "SW Hannah Brewer, with Leanne and Daniel",
                 "By the first core group (18/03/2025)",
                 "Signed family plan on the fridge and on the children's file; copy to the Willow Team"],
                ["Flag the GP records so that any contact about Leanne's mood, sleep or medicines is passed to "
                 "the Willow Team and the SW the same day",
                 "Dr Alice Obi, Garnet Street Surgery",
                 "Flag in place by 14/03/2025; each contact passed on the same day",
                 "Flag confirmed by letter to the SW; each contact logged on the GP record"],
                ["Go to the Willow Team's partners' session on spotting the early signs of relapse, and tell "
                 "Hannah what he will do if he sees them",
                 "Daniel Okafor",
                 "By 31/03/2025",
                 "Attendance confirmed to the SW by the Willow Team; Daniel's part in the family plan written "
                 "down"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Leanne shows any of the early warning signs in her relapse plan (sleeping less than four "
              "hours on two nights running, talking very fast, spending money she does not have, or saying she "
              "does not need her lithium), Daniel will ring the Willow Team the same day (the crisis line out "
              "of hours), Leanne will not be left alone with the baby or Kacey, and the SW (or the emergency "
              "duty team) will hold a strategy discussion the same day."),
        ("p", "If Leanne needs to go into hospital after the birth, the Willow Team will ask for a bed at the "
              "Rowan mother and baby unit so that she and the baby can stay together. If no bed is free, the "
              "baby stays at home with Daniel and Grace, and Kacey stays with Pauline."),
        ("p", "If Grace cannot stay for the first 14 nights, the baby will not be discharged until Daniel has "
              "started his two weeks' paternity leave, and Jen Colley will visit every day for that fortnight. "
              "If Pauline cannot do the school run (for example during a flare of her MS), Kacey will go to the "
              "Glebe Fields breakfast and after-school clubs, paid for by Children's Services, and Daniel will "
              "take and collect her. If neither Daniel nor anyone in the family can care for the children "
              "while Leanne is unwell, the SW will arrange a foster placement that day."),
        ("p", "If Leanne stops her lithium against medical advice, or becomes unwell enough to need admission, "
              "before the review conference, the SW will ask the team manager for a legal planning meeting "
              "within 5 working days."),
        ("h1", "Core group and review"),
        ("p", "First core group: Tuesday 18/03/2025, 1.30pm, Glebe Fields Family Hub. Then every 4 weeks at "
              "the same time and place: Tuesday 15/04/2025 and Tuesday 13/05/2025, and within 5 working days "
              "of the baby coming home. Review child protection conference: Tuesday 03/06/2025, 10am, "
              "Glenharrow Civic Centre."),
        ("p", "Plan written by Hannah Brewer (SW) on 05/03/2025 and sent to Leanne, Daniel and every agency "
              "named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. The plan sent as a letter to a father who drinks, after his wife died;
#    outcomes in the family's own words; Horizons (recovery service), Talking
#    Therapies and the GP own actions; the brother's epilepsy nurse (md,
#    exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b77_gillingmoor_letter_to_father_mensah.md",
    "split": "tune",
    "actions": 11,
    "template": "icpc-plan-as-letter-to-father-md-you-and-i-bullets-outcomes-as-family-quotes",
    "description": (
        "Initial conference plan written as a letter from the social worker to a father bringing up a "
        "9-year-old and a 3-year-old alone since their mother died; he drinks and has low mood. The "
        "outcomes are the family's own words (father, daughter, grandmother). The actions are one-sentence "
        "bullets addressed to 'you' and 'I'. Horizons (keyworker and breath tests; the letter never says it "
        "is the alcohol service) reports on change, Talking Therapies reports on "
        "capacity to change, the GP writes about his health and the children; the younger child's epilepsy "
        "nurse trains the family. Grandmother and uncle carry part of the plan, with a fallback. Exemplary."
    ),
    "text": """\
**Gillingmoor Borough Council – Children and Families Service**
Greenside Locality Team, 2 Market Walk, Gillingmoor

Mr Kwame Mensah
41 Ferrier Close
Gillingmoor

18 September 2025

# Jade and Theo's child protection plan

Dear Kwame,

Thank you for coming to the initial child protection conference on Tuesday 16
September and for being so honest about how hard the last two years have been.
As I promised, this letter sets out the plan the conference agreed for Jade and
Theo, in plain words. The conference decided that both children should have a
child protection plan under the category of neglect. I am their social worker
and my number is 01632 960 441.

## Why there is a plan

Since Kerry died in March 2023 your drinking has grown from weekends to most
evenings. On 11 January police found you asleep on a bench in Gorse Park with
Theo in his buggy beside you, and in June Jade rang your mum at 9pm because she
could not wake you. School told us Jade has been getting Theo up and dressed
most mornings and is often late. You told the conference you drink "to get to
sleep and stop thinking", and that you have felt low for a long time. Theo has
epilepsy and needs his rescue medicine quickly if a seizure goes on for more
than five minutes, so the adult with him must always be able to give it.

## What Jade and Theo have told and shown us

Jade told me at school on 10 September: "I do Theo's cereal and his shoes
because Dad's tired in the mornings. I'm not allowed to be late but I am
anyway." She misses gymnastics, which stopped when Kerry died, and she worries
that "Dad will fall asleep and Theo will have a fit and nobody will see". She
gave home a 5 out of 10 and Nana Abena's house a 10.

Theo is chatty and busy. At nursery he runs to the door at home time, and staff
say he is sometimes still in yesterday's clothes. When I visited he brought you
his books one after another and sat on your knee while you read.

## What we are all working towards – in your words and the family's

- You: "Jade comes home to me sober, with the tea on, and she doesn't have to look after Theo."
- Jade: "I want to go back to gymnastics on Saturdays and not worry about Dad falling asleep."
- Your mum, Abena: "Those children always have a grown-up with a clear head, day and night."

## What each of us will do

- Dean Palmer, your keyworker at Horizons, will see you every Tuesday from 23 September for key-work and a breath test, and will write to me before each core group saying whether your drinking is changing and what that means for Jade and Theo.
- You will not drink from Sunday evening to Friday evening, and on each of those days you will take a Horizons breath test at 7am and at 6pm and send the photo to your mum, who keeps the photos for me to see at each visit.
- Lucy Chen, a therapist at Gillingmoor Talking Therapies, will see you for eight weekly sessions for your grief and low mood from the week of 29 September, and by 25 November will write a report on whether you are making the changes needed to look after the children and how long that is likely to take.
- Dr Ruth Adeyemi, your GP at Gildersleeve Road Surgery, will check your liver tests and blood pressure by 14 October and write to me about how your health affects your care of Jade and Theo.
- Your mum, Abena Mensah, will collect Jade and Theo from school and nursery at 3.15pm every weekday and give them their tea until you collect them after work, marking each day on the calendar I check at my visits.
- Your brother, Kofi Mensah, will have Jade and Theo to stay every other Saturday night from 27 September so that you get a rest, and will text me each time they are with him.
- Amy Ross, Theo's epilepsy nurse at Gillingmoor Children's Hospital, will teach you, your mum and Kofi how to give Theo's rescue medicine by 10 October, and each of you will sign her training record.
- I will see Jade and Theo every week until the review conference, at least one visit in three unannounced, and will see Jade on her own at school each time, writing down what she says in her own words.
- Mr Ian Booth, the DSL at Greenside Primary, will check Jade in at breakfast club every morning, ring me the same day if she is late, hungry or worried about home, and send me her attendance every Friday.
- Claire Evans, the health visitor, will do Theo's two-and-a-half-year review at nursery by 31 October and share his ASQ-3 scores with you and me.
- You will take Jade to gymnastics at Gillingmoor Leisure Centre every Saturday morning from 20 September, and the club register will show she has been.

## If things go wrong

If you drink while Jade and Theo are in your care – a breath test over zero, a
missed test, or your mum, the school or the children telling us – the children
will go to your mum's house that night and I (or the emergency duty team out of
hours) will hold a strategy discussion the same day.

If your mum cannot collect the children or have them overnight, because she is
unwell or away, they will go to Kofi; if neither of them can, I will arrange a
foster placement for that night and tell you where the children are.

If Theo has a seizure that lasts more than five minutes and the adult with him
cannot give his rescue medicine, they will ring 999 straight away.

If you drink while caring for the children twice before the review conference,
or you stop going to Horizons, I will ask my manager for a legal planning
meeting within 5 working days. I am telling you this now so that it does not
come as a surprise.

## Meetings

- Core group every 4 weeks at Greenside Primary, 3.45pm: Tuesday 30 September, 28 October and 25 November 2025.
- Review child protection conference: Tuesday 9 December 2025, 10am, Gillingmoor Town Hall.

Please ring me if anything in this letter is not clear, or if you think
something is wrong.

Yours sincerely,

Nadia Farouk
Social Worker, Greenside Locality Team

Copy to: every agency named in this letter, and the conference chair, Martin Oyelaran.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Child in need plan stepped up to child protection; rows carried over
#    from the CIN plan marked "(CIN)"; a "What good looks like" column holds
#    the outcomes; mother's depression with the "Wellbeing Hub", daughter's
#    own anxiety with CAMHS; paged landscape PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b77_gorsebrook_cin_stepped_up_what_good_looks_like_hale.pdf",
    "doc_title": "Child Protection Plan - Mia and Alfie Hale",
    "split": "tune",
    "actions": 12,
    "template": "icpc-stepped-up-from-cin-paged-landscape-pdf-what-who-by-when-how-we-will-know-what-good-looks-like-column",
    "description": (
        "Initial conference plan for a 12-year-old and a 7-year-old after five months on a child in need "
        "plan (neglect, mother's depression). Rows carried over from the CIN plan are marked '(CIN)'. The "
        "outcomes are in a 'What good looks like' column, one of them only about the mother (F002). The "
        "'Wellbeing Hub' (named in the background as where Rachel is seen for her depression) only gives "
        "support sessions (H001); the GP writes about the children (adult service owns an action, so no "
        "F004); CAMHS support for Mia's own anxiety is not H001; one aunt's action is not family reliance. "
        "Faults: 'Ongoing' (T002) with 'Improvement' (M002), 'As and when Mia asks' (T002), 'All professionals' (W002), a blank 'By when' (T001), a blank 'Who' (W001), "
        "'Engagement' as the measure (M002), a vague contingency (C002) and no legal step (R002). Header "
        "and page footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE – Gorsebrook Metropolitan Borough Council – Children's Social Care",
    "footer": "Child protection plan – Mia and Alfie Hale – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Children", "Mia Hale (12), Year 8, Gorsebrook Academy; Alfie Hale (7), Year 2, St Bede's "
                         "Primary, Gorsebrook"),
            ("Mother", "Rachel Hale (34). The children live with her at 27 Linnet Close, Gorsebrook."),
            ("Alfie's father", "Lee Carver (36), lives in Grindleton; Alfie stays with him every other "
                               "weekend. Mia's father has not been in touch since she was a baby."),
            ("Conference", "Initial child protection conference, Thursday 10/07/2025, Gorsebrook Civic Centre"),
            ("Category", "Neglect"),
            ("Social worker", "Owen Tierney, Gorsebrook Children's Safeguarding Team 1"),
            ("Chair", "Dr Anita Sorensen"),
        ]),
        ("h1", "1. Why the plan has been stepped up from child in need"),
        ("p", "Mia and Alfie have had a child in need plan since 12/02/2025, after school raised concerns "
              "about Alfie's attendance and hygiene. Rachel has had depression since Alfie was born and sees "
              "a practitioner at the Gorsebrook Wellbeing Hub every fortnight; she has spent most days in bed "
              "since the spring. The CIN plan was reviewed on 20/05/2025 and 25/06/2025. Over those five "
              "months Alfie's attendance has fallen to 78%, the kitchen has had no working fridge since April, "
              "and on 27/06/2025 Mia was seen by the school nurse with cuts to her forearm. Mia has been "
              "getting Alfie up, dressed and fed, and has missed 19 days of school herself. Conference agreed "
              "that the CIN plan has not made the children safe enough and that a child protection plan is "
              "needed."),
        ("h1", "2. What Mia and Alfie say"),
        ("p", "Mia (seen at school on 03/07/2025): \"I'm not a carer, I just do what needs doing. If I don't "
              "get Alfie up nobody will.\" She said she cuts \"when my head's too loud\", that she hasn't told "
              "her mum because \"she's got enough going on\", and that she would like someone to talk to who "
              "is \"not a teacher\". She would like to go to the youth club on Tuesdays."),
        ("p", "Alfie (seen at home on 01/07/2025) showed Owen his bedroom and said \"my bed smells because I "
              "had an accident and it's still wet\". He said his favourite day is Wednesday \"because Auntie "
              "Gemma does chicken\" and that he likes it when Mum comes downstairs and watches cartoons "
              "with him."),
        ("h1", "3. The plan"),
        ("table", {
            "header": ["What needs to happen", "Who", "By when", "How we will know", "What good looks like"],
            "widths": [6.8, 4.3, 3.9, 5.1, 5.6],
            "rows": [
                ["See Mia and Alfie on their own, at home and at school, and look at their bedrooms and the "
                 "kitchen at every home visit",
                 "SW Owen Tierney",
                 "Weekly until the review conference",
                 "Visit records with each child's words and what was seen in each room",
                 "Mia and Alfie tell us home feels calmer, their beds are clean and there is food in the "
                 "cupboards"],
                ["(CIN) Continue fortnightly support sessions with Rachel for her low mood and anxiety",
                 "Jo Whitfield, practitioner, Gorsebrook Wellbeing Hub",
                 "Fortnightly",
                 "Rachel attends her sessions (Wellbeing Hub diary)",
                 "Rachel feels more confident and less overwhelmed"],
                ["Review Rachel's antidepressant and write to the SW about how her mood affects the "
                 "children's mornings and meals",
                 "Dr Farah Nadeem, GP, Gorsebrook Health Centre",
                 "By 31/07/2025",
                 "GP letter on the children's file",
                 "Mia and Alfie have breakfast and get to school on time"],
                ["Sessions with Mia about her anxiety and self-harm, at school or at the clinic",
                 "Ben Marsh, Gorsebrook CAMHS Getting Help team",
                 "Weekly for 8 weeks from 21/07/2025",
                 "Attendance and a short summary sent to the SW each month",
                 "Mia has safe ways to cope when her head is loud and tells an adult if she wants to hurt "
                 "herself"],
                ["(CIN) Help Rachel keep the kitchen and the children's bedrooms clean and clear",
                 "FSW Tasha Green, Gorsebrook Family Hub",
                 "Ongoing",
                 "Improvement in home conditions",
                 "Mia and Alfie are proud of their rooms"],
                ["Tell the SW about any missed school, injury or self-harm the same day",
                 "All professionals",
                 "Same day",
                 "Each concern logged on the children's file by the SW",
                 "Mia and Alfie are kept safe because worries are shared quickly"],
                ["Take Alfie to his dental appointment and book Mia's eye test",
                 "Rachel Hale",
                 "",
                 "Appointment cards seen by the FSW",
                 "Alfie's teeth are treated and Mia can see the board in class"],
                ["Young carer's assessment for Mia, and a place at the Tuesday young carers' group",
                 "Priya Lal, Gorsebrook Young Carers",
                 "Assessment by 29/08/2025; group every Tuesday from 02/09/2025",
                 "Assessment sent to the SW; group register",
                 "Mia has time to be 12 and is not the one getting Alfie ready"],
                ["Have Mia and Alfie at her house for tea after school",
                 "Gemma Hale (maternal aunt)",
                 "Every Wednesday, 3.30pm to 7pm",
                 "Gemma texts the SW when she has collected the children",
                 "The children have a hot meal and a calm evening every week"],
                ["Write a safety plan with Mia for the times she wants to hurt herself, with a copy for home "
                 "and for school",
                 "Kim Adey, school nurse, Gorsebrook Academy",
                 "As and when Mia asks",
                 "Signed copies kept by Mia, Rachel and the DSL",
                 "Mia knows who she can go to, day or night"],
                ["(CIN) Rachel to attend the Gorsebrook Family Hub parenting group on Thursday mornings",
                 "Rachel Hale",
                 "Weekly for 10 weeks from 04/09/2025",
                 "Engagement with the group",
                 "Bedtimes and mornings are calmer for Alfie and Mia"],
                ["Apply for free school meals for both children and the school uniform grant",
                 "",
                 "By 31/08/2025",
                 "Confirmation letter from Gorsebrook Council on file",
                 "Mia and Alfie have a hot lunch every school day and uniform that fits"],
            ],
        }),
        ("h1", "4. Contingency"),
        ("p", "If things do not improve, or there are further concerns about Mia or Alfie, the core group will "
              "meet sooner and the SW will discuss the case with the team manager to consider next steps."),
        ("h1", "5. Core group and review"),
        ("p", "Core group every 4 weeks at St Bede's Primary, 3.30pm: Thursday 24/07/2025, Thursday 21/08/2025 "
              "and Thursday 18/09/2025. Review child protection conference: Thursday 09/10/2025, 10am, "
              "Gorsebrook Civic Centre."),
        ("p", "Plan written by Owen Tierney (SW) and agreed with the chair on 11/07/2025."),
    ],
    "findings": [
        F("H001", "Continue fortnightly support sessions with Rachel for her low mood"),
        F("F002", "Rachel feels more confident and less overwhelmed"),
        F("T002", "Help Rachel keep the kitchen and the children's bedrooms clean"),
        F("M002", "Help Rachel keep the kitchen and the children's bedrooms clean"),
        F("W002", "Tell the SW about any missed school, injury or self-harm"),
        F("T002", "Write a safety plan with Mia for the times"),
        F("T001", "Take Alfie to his dental appointment and book Mia's eye test"),
        F("M002", "Rachel to attend the Gorsebrook Family Hub parenting group"),
        F("W001", "Apply for free school meals for both children"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Core group 3 action log; mother's dependence on prescribed and bought
#    codeine for back pain, but no adult service owns anything; most actions
#    are about her own needs; the daughter's epilepsy nurse; grandmother's
#    dementia; no outcomes (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b77_garrowby_core_group_action_log_pryce.docx",
    "doc_title": "Core Group 3 - Action Log - Liam and Chloe Pryce",
    "split": "tune",
    "actions": 11,
    "template": "core-group-3-action-log-docx-present-apologies-agency-updates-then-no-action-lead-due-evidence-table",
    "description": (
        "Third core group action log for a 14-year-old and a 6-year-old (neglect; mother dependent on "
        "co-codamol and codeine bought online for back pain; grandmother with dementia in the home; the "
        "6-year-old has epilepsy). The GP is only somewhere Donna goes and sends apologies; no adult service "
        "owns an action (F004), and six of the eleven rows are about Donna's own health and support with no "
        "link to the children (F001). The children's epilepsy nurse and Young Carers own rows but are not "
        "adult services. No outcome for the children anywhere (O001). Also 'ASAP' (T002), 'Monitored by FSW' (M002), an "
        "empty evidence cell (M001), an empty lead (W001), an empty due date (T001) and 'Core group' as "
        "lead (W002). Contingency, legal step and dates are set."
    ),
    "blocks": [
        ("title", "Core Group Meeting 3 – Action Log"),
        ("p", "Garrowby County Council · Children and Families · Garrowby North Safeguarding Team"),
        ("kv", [
            ("Children", "Liam Pryce (14), Year 9, Garrowby High School; Chloe Pryce (6), Year 1, Gill "
                         "Street Infants"),
            ("Parents", "Donna Pryce (41) and Wayne Pryce (44), 6 Kestrel Row, Garrowby. Wayne works offshore, "
                        "two weeks on and two weeks off."),
            ("Also in the home", "Irene Pryce (78), Wayne's mother"),
            ("Plan since", "Initial child protection conference, 02/04/2025 (neglect)"),
            ("Meeting", "Core group 3, Wednesday 11/06/2025, 4pm, Gill Street Infants"),
            ("Core group meets", "Every 4 weeks (16/04/2025, 14/05/2025, 11/06/2025)"),
            ("Social worker", "Amir Rashid (chair of the core group)"),
        ]),
        ("h2", "Present"),
        ("p", "Donna Pryce; Amir Rashid, SW; Kelly Marsh, family support worker; Mrs Jan Ford, DSL, Gill "
              "Street Infants; Mr Tom Egan, head of Year 9, Garrowby High; Sam Lowe, children's epilepsy nurse, "
              "Garrowby General Hospital. Apologies: Wayne Pryce (offshore); Dr Helen Moss, GP (no report "
              "sent)."),
        ("h2", "Updates"),
        ("p", "SW: Donna has had back pain since a fall at work in 2021 and is prescribed co-codamol and "
              "pregabalin by her GP. Since the spring she has been taking more than prescribed and buying "
              "codeine online. On 24/03/2025 Liam came home to find her asleep on the sofa at 4pm and Chloe, "
              "who had been collected by a neighbour, unable to wake her. Donna told the meeting she has cut "
              "down and has not bought any codeine since conference. Irene has dementia and goes to the "
              "memory clinic; she cannot be left alone, and Liam often sits with her in the evenings."),
        ("p", "School (Gill Street): Chloe has been collected late four times since the last core group, twice "
              "by Liam, who left his own school early to do it. Her attendance is 91%."),
        ("p", "Garrowby High: Liam was late on 9 of the last 20 days and has handed in no homework this half "
              "term. He is polite and says he is \"just tired\"."),
        ("p", "Epilepsy nurse: Chloe had two short seizures in May, both at home. Her rescue medicine at home "
              "runs out at the end of June."),
        ("p", "Done since core group 2: Liam was referred to Garrowby Young Carers on 20/05/2025; the stair "
              "gate for Irene's room was fitted on 28/05/2025."),
        ("h2", "How Liam and Chloe are"),
        ("p", "Liam (seen alone at school on 04/06/2025) said: \"I don't mind doing Nan, she's funny. It's Mum "
              "I worry about, when she goes all slow.\" He said he would like to go back to football training "
              "on Thursdays. Chloe (seen at home on 09/06/2025) drew her house with her mum \"having a sleep\" "
              "and herself \"waiting for my tea\"; she told Amir she likes it best when Daddy is home because "
              "\"he does pancakes\"."),
        ("h2", "Actions agreed at core group 3"),
        ("table", {
            "header": ["No.", "Action", "Lead", "Due", "Evidence"],
            "widths": [1.0, 6.8, 3.2, 2.8, 3.2],
            "rows": [
                ["3.1", "Donna to see her GP about her pain relief and tell the GP about the codeine she has "
                        "been buying online",
                 "Donna Pryce", "By 20/06/2025", "Donna shows the SW her appointment text"],
                ["3.2", "Donna to self-refer to the Garrowby pain management course",
                 "Donna Pryce", "ASAP", "Confirmation letter seen by the SW"],
                ["3.3", "Donna to keep a diary of her tablets, with the times she takes each one",
                 "Donna Pryce", "Daily", "Monitored by FSW"],
                ["3.4", "FSW to support Donna with her PIP application and a blue badge",
                 "FSW Kelly Marsh", "By 30/06/2025", ""],
                ["3.5", "Help Donna to register with a dentist and book a check-up",
                 "", "By 27/06/2025", "Appointment letter on file"],
                ["3.6", "Donna to find a gentle exercise class for her back at Garrowby Leisure Centre",
                 "Donna Pryce", "By the review conference", "Booking confirmation shown to the FSW"],
                ["3.7", "SW to see Liam and Chloe on their own, at home and at school",
                 "SW Amir Rashid", "Weekly, at least one visit in three unannounced",
                 "Visit records with each child's words written down"],
                ["3.8", "Check Chloe's rescue medicine is in date and go through her seizure plan with Donna "
                        "and Wayne",
                 "Sam Lowe, children's epilepsy nurse", "",
                 "Signed seizure plan copied to school and the SW"],
                ["3.9", "Young carer's assessment for Liam, looking at what he does for his nan and his mum",
                 "Jess Holt, Garrowby Young Carers", "By 27/06/2025", "Assessment report sent to the SW"],
                ["3.10", "Let the SW know the same day if Chloe is collected late or Donna seems drowsy at "
                         "the school gate",
                 "Core group", "Same day", "Each call logged by the SW"],
                ["3.11", "Wayne to do the school run and Chloe's tea on the weeks he is home",
                 "Wayne Pryce", "Every weekday of his weeks at home", "School collection book"],
            ],
        }),
        ("h2", "Contingency (from conference, unchanged)"),
        ("p", "If Donna is found drowsy or asleep while she is the only adult with Chloe, or either child tells "
              "us she has taken extra tablets, the school or the SW will ring Wayne; if he is offshore, the "
              "children will stay that night with Donna's sister, Tracy Bell, in Grimsworth, and the SW (or "
              "the emergency duty team) will hold a strategy discussion the same day. If this happens again "
              "before the review conference, the SW will ask the team manager for a legal planning meeting "
              "within 5 working days."),
        ("h2", "Dates"),
        ("p", "Review child protection conference: Wednesday 02/07/2025, 10am, Garrowby County Hall. The core "
              "group will next meet 4 weeks after the review, if the plan continues."),
        ("p", "Log typed by Amir Rashid (SW) on 12/06/2025 and sent to everyone present and to Wayne and "
              "Dr Moss."),
    ],
    "findings": [
        F("T002", "Donna to self-refer to the Garrowby pain management course"),
        F("M002", "keep a diary of her tablets, with the times"),
        F("M001", "support Donna with her PIP application and a blue badge"),
        F("W001", "register with a dentist and book a check-up"),
        F("T001", "Check Chloe's rescue medicine is in date"),
        F("W002", "if Chloe is collected late or Donna seems drowsy"),
        F("O001"),
        F("F001"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Looked-after baby's care plan and child protection plan; baby on the
#    children's ward, accommodated under section 20; mother's postnatal
#    depression with "the Bluebell Team", father's cannabis with "Compass";
#    case about to transfer to Gransmoor; paged PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b77_gadsby_lac_baby_care_plan_on_ward_nowak.pdf",
    "doc_title": "Care Plan and Child Protection Plan - Lily Nowak",
    "split": "tune",
    "actions": 13,
    "template": "lac-care-plan-and-cp-plan-paged-pdf-kv-legal-status-placement-contact-then-no-action-who-when-evidence-table",
    "description": (
        "Combined care plan and initial conference plan for a 7-week-old accommodated under section 20 "
        "while on the children's ward (weight loss; mother's postnatal depression under 'the Bluebell Team', "
        "the perinatal service; father's daily cannabis with 'Compass'). Nobody is set to visit Lily on the "
        "ward: the SW phones the ward twice a week and the nurses weigh her daily (L001). One Bluebell row "
        "only supports Kasia (H001) although another asks the psychiatrist about capacity to change; "
        "Compass reports on change. The parenting assessment waits for the transfer to Gransmoor (X001), "
        "while the SW's own row runs to the transfer-in conference. Also a passive 'ASAP' referral (W001, "
        "T002), a blank evidence cell (M001), two relatives supervising contact with no fallback in the "
        "contingency (C003), and the review conference 'to be arranged' (R001). Header and page footer."
    ),
    "header": "OFFICIAL-SENSITIVE – Gadsby City Council – Children in Care and Safeguarding",
    "footer": "Lily Nowak – care plan and child protection plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Care Plan and Child Protection Plan"),
        ("kv", [
            ("Child", "Lily Nowak, born 14/04/2025 (7 weeks)"),
            ("Where Lily is now", "Robin Ward (children's ward), Gadsby Royal Infirmary, since 23/05/2025"),
            ("Legal status", "Accommodated under section 20 since 23/05/2025, with both parents' consent"),
            ("Placement on discharge", "Joy and Samuel Adebayo, Gadsby City Council foster carers"),
            ("Mother", "Kasia Nowak (22)"),
            ("Father", "Marek Nowak (25). Kasia and Marek live at 11 Cooper's Yard, Gadsby, and have a "
                       "tenancy starting in Gransmoor on 01/08/2025."),
            ("Conference", "Initial child protection conference, Monday 02/06/2025, Gadsby Royal Infirmary"),
            ("Category", "Neglect"),
            ("Social worker", "Joel Appleby, Gadsby Children in Care Team"),
            ("Independent reviewing officer", "Marion Price"),
        ]),
        ("h1", "Why Lily is looked after and has a plan"),
        ("p", "Lily was brought to the emergency department on 22/05/2025 by her grandmother. She was "
              "dehydrated and had dropped from the 25th centile at birth to below the 2nd. Kasia has severe "
              "postnatal depression; she has been seen at home by the Bluebell Team, Gadsby's perinatal mental "
              "health service, since early May, and told the ward she had \"stopped being able to tell when "
              "Lily was hungry\". Marek smokes cannabis every day and was asleep when the grandmother arrived; "
              "he was referred to Compass, the Gadsby adult drug and alcohol service, on 28/05/2025. Kasia and "
              "Marek agreed that Lily should be accommodated while she is in hospital and when she is "
              "discharged, until the assessments are done."),
        ("h1", "Lily on the ward"),
        ("p", "Nurses say Lily now takes 110 ml every three hours and has gained 240 g in ten days. She is "
              "alert, follows faces and has started to smile. She settles best when held upright against a "
              "shoulder, and cries hard when she is laid flat after a feed. When Kasia holds her, Lily often "
              "turns her face away and Kasia hands her back quickly; with Marek she settles and falls asleep."),
        ("h1", "What we want for Lily"),
        ("bullets", [
            "Lily keeps gaining weight and gets back to her birth centile.",
            "Lily is cared for every day by adults who notice when she is hungry, tired or unwell.",
            "Lily knows her mum and dad and her Polish family, through contact that is safe for her.",
            "A permanent plan for Lily is made without delay, wherever her family lives.",
        ]),
        ("h1", "Contact"),
        ("p", "While Lily is on the ward, Kasia and Marek can see her when a nurse is free to supervise. After "
              "discharge, contact is supervised by Kasia's family, as set out in the plan below."),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "Action", "Who", "When", "Evidence"],
            "widths": [1.0, 6.0, 3.6, 3.2, 3.2],
            "rows": [
                ["1", "Phone the ward for an update on Lily's feeding, weight and who has been to see her",
                 "SW Joel Appleby", "Twice a week until discharge",
                 "Update written on Lily's file after each call"],
                ["2", "Weigh Lily and record every feed, and how she responds when each parent holds her",
                 "Sister Anne Kirby, Robin Ward", "Daily until discharge",
                 "Feed and weight chart; copy to the SW every Monday"],
                ["3", "Discharge planning meeting with the foster carers, the parents and the SW",
                 "Dr Raj Menon, consultant paediatrician", "Before discharge (expected w/c 16/06/2025)",
                 "Discharge summary sent to the SW, the foster carers and the GP"],
                ["4", "Share Lily's feeding plan and medical notes with the foster carers",
                 "Sister Anne Kirby, Robin Ward", "Before discharge", ""],
                ["5", "Continue weekly home visits to support Kasia with her mood and her medication",
                 "Claire Dunn, community nurse, Bluebell Team", "Weekly",
                 "Visit notes on the Bluebell record"],
                ["6", "Assess whether Kasia can make the changes needed to care for Lily, and how long that "
                      "is likely to take",
                 "Dr Helen Sato, consultant psychiatrist, Bluebell Team", "Report by 30/06/2025",
                 "Written report sent to the SW and read at the core group"],
                ["7", "Key-work and drug screens for Marek, with a report on how his cannabis use affects his "
                      "care of Lily",
                 "Kyle Fenton, Compass keyworker", "Weekly from 09/06/2025; report before each core group",
                 "Screen results and report sent to the SW"],
                ["8", "Parenting assessment of Kasia and Marek, to be started by Gransmoor Children's Services "
                      "once the case has transferred",
                 "Gransmoor Children's Services", "After transfer", "Parenting assessment report"],
                ["9", "Keep Lily's care plan and child protection plan going in Gadsby, and send Gransmoor the "
                      "full file within 5 working days of their transfer request",
                 "SW Joel Appleby", "Until the Gransmoor transfer-in conference",
                 "Transfer summary and file sent; copy on Lily's record"],
                ["10", "A referral will be made to the Gadsby Parent-Infant Team for work on Kasia's bond "
                       "with Lily",
                 "", "ASAP", "Referral acceptance letter on file"],
                ["11", "Supervise Kasia and Marek's contact with Lily at Gadsby Family Centre",
                 "Ewa Zielinska (maternal aunt)", "Tuesdays and Thursdays, 10am to 12pm, from discharge",
                 "Contact record signed by Ewa and sent to the SW each week"],
                ["12", "Supervise Kasia and Marek's contact with Lily at her home on Saturday afternoons",
                 "Danuta Zielinska (maternal grandmother)", "Every Saturday, 2pm to 4pm, from discharge",
                 "Contact record signed by Danuta and sent to the SW each week"],
                ["13", "Take Lily for her 8-week check and first immunisations",
                 "Joy Adebayo, foster carer", "Within a week of discharge",
                 "Red book and GP record; GP letter to the SW"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Kasia or Marek try to take Lily from the ward or the foster home, or come to contact under "
              "the influence of cannabis or any other drug, contact will stop that day, the police will be "
              "called if Lily is at risk of being removed, and the SW (or the emergency duty team) will hold a "
              "strategy discussion the same day. If Kasia or Marek withdraw their consent to Lily being "
              "accommodated, the SW will take legal advice that day and ask for a legal planning meeting."),
        ("h1", "Meetings and reviews"),
        ("p", "Core group every 2 weeks, Mondays at 2pm, Gadsby Family Centre: 16/06/2025, 30/06/2025 and "
              "14/07/2025. First looked-after child review: Friday 20/06/2025, chaired by Marion Price (IRO). "
              "Review child protection conference: to be arranged once the transfer date is known."),
        ("p", "Plan written by Joel Appleby (SW) on 03/06/2025 and sent to Kasia, Marek, the foster carers and "
              "every agency named above."),
    ],
    "findings": [
        F("L001"),
        F("M001", "Share Lily's feeding plan and medical notes with the foster carers"),
        F("H001", "Continue weekly home visits to support Kasia with her mood"),
        F("X001", "to be started by Gransmoor Children's Services once the case"),
        F("W001", "A referral will be made to the Gadsby Parent-Infant Team"),
        F("T002", "A referral will be made to the Gadsby Parent-Infant Team"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Plan for a 15-year-old hit by his father after cannabis was found;
#    the boy's own anxiety (CAMHS) and cannabis use (Switch); mother's
#    postnatal depression long resolved; grandfather's cancer; sister's
#    diabetes; every action ends "so that ..." and there is no outcomes
#    section; no contingency and nothing of Kai's own views (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b77_greywell_so_that_bullets_teenager_dunmore.md",
    "split": "tune",
    "actions": 13,
    "template": "icpc-plan-md-details-background-then-one-sentence-bullets-each-ending-so-that-clause-no-outcomes-section",
    "description": (
        "Initial conference plan for a 15-year-old (physical abuse by his father after cannabis was found; "
        "suspected criminal exploitation). Every action bullet ends with a 'so that ...' clause about Kai, "
        "which is where the outcomes are (no O001). The illness in the plan is the boy's own anxiety "
        "(CAMHS, not H001) and cannabis use (Switch), his grandfather's cancer, his sister's diabetes and "
        "his mother's postnatal depression, resolved in 2016 (no F004). Faults: 'measured by his "
        "engagement' (M002), 'Everyone in the network' (W002), 'when he feels ready' (T002), no timescale "
        "for house rules (T001), a health review with no measure (M001), nothing of Kai's own wishes or "
        "views (F003), no contingency though uncle and grandmother carry part of the plan (C001, C003), "
        "and no legal step (R002). Core group dates and review date are set."
    ),
    "text": """\
# Greywell Council – Child Protection Plan

**Young person:** Kai Dunmore, 15 (DOB 19/02/2010), Year 11, Greywell Community College
**Lives with:** Nicola Dunmore (mum, 42), Gary Dunmore (dad, 45) and Ellie Dunmore (sister, 11), 23 Heron Drive, Greywell
**Conference:** Initial child protection conference, Tuesday 30 September 2025
**Category:** Physical abuse
**Social worker:** Lena Marsh, Greywell Adolescent Safeguarding Team
**Chair:** Graham Ostrowski

## Background

On 3 September Kai came into school with belt-shaped bruises on his back and upper
arm. Gary told the police he hit Kai with a belt on 1 September after finding
cannabis and a set of scales in Kai's bedroom; he accepted a caution. On 12
September police stopped Kai in a car in Gatleigh with two 19-year-olds; he had
£200 and twelve bags of cannabis. School referred Kai to CAMHS in June after
panic attacks in class, and he smokes cannabis most days.

Nicola had postnatal depression after Ellie was born in 2014. She was treated by
her GP and discharged from mental health services in 2016, and has been well
since with no treatment. Gary's father, Ron Dunmore, has lung cancer and is having
palliative care at home in Greywell; Gary's mother, Maureen, looks after him. Ellie
has type 1 diabetes and is managed by the children's diabetes team at Greywell
General Hospital.

Kai was invited to conference but did not come.

## The plan – who will do what, and why

- Gary will go to the Greywell Safer Parenting course every Wednesday evening for eight weeks from 8 October, and the course leader will send his attendance to the SW, so that Kai is never hit again when there is trouble at home.
- Lena Marsh (SW) will see Kai on his own every week, at school or at the youth centre, and write down what he says on the visit record, so that Kai has someone outside the family to talk to.
- Ravi Anand, Kai's CAMHS practitioner, will see him every fortnight from 13 October for work on his panic attacks and send the SW a written summary each month, so that Kai has ways to calm down that do not involve cannabis.
- Jas Bhatt from Switch will see Kai weekly from 7 October for one-to-one cannabis work, with success measured by his engagement, so that Kai smokes less and does not owe money to the people who supply him.
- Everyone in the network will tell the SW the same day if Kai is seen getting into cars outside college, and each sighting will go on the exploitation tracker, so that the police can act quickly.
- Kai will go to the Greywell Youth Zone boxing club when he feels ready, signing in each time, so that he has something of his own that keeps him away from the people who exploit him.
- PC Dean Hollis, Greywell Exploitation Team, will make a National Referral Mechanism referral for Kai by 17 October and send the reference number to the SW, so that Kai is treated as a possible victim and not only as someone who sells drugs.
- Steve Dunmore (uncle) will have Kai to stay at his flat every Friday and Saturday night until the review conference and text the SW each Sunday to say Kai was in by 10pm, so that Kai has a break from home and is off the streets at weekends.
- Maureen Dunmore (grandmother) will be at Heron Drive from 3.30pm every weekday until Nicola gets home from work, signing the diary on the fridge each day, so that Kai and Ellie are not alone together after school.
- Nicola and Gary will agree a set of house rules with Kai, written down and signed by all three, including what happens if cannabis is found, so that arguments at home do not end in violence.
- Mr Paul Greene, head of Year 11, will check Kai's attendance every morning, ring Nicola by 10am if he is not in and send the SW the week's attendance every Friday, so that Kai finishes Year 11 and keeps his college place.
- Helen Carr, Ellie's diabetes nurse, will go through Ellie's insulin and hypo plan with Nicola and Gary by 24 October and send a signed copy to the SW, so that arguments about Kai do not mean Ellie's injections are missed.
- The school nurse will do a health review with Kai by half-term, so that his sleep, eating and any injuries are checked.

## Core group and review

- Core group every three weeks at Greywell Community College, 4pm: Tuesday 14 October, Tuesday 4 November and Tuesday 25 November 2025.
- Review child protection conference: Tuesday 16 December 2025, 10am, Greywell Civic Offices.

*Plan typed by Lena Marsh on 1 October 2025 and sent to Nicola, Gary, Kai and every agency named above.*
""",
    "findings": [
        F("M002", "see Kai weekly from 7 October for one-to-one cannabis work"),
        F("W002", "Everyone in the network will tell the SW the same day"),
        F("T002", "go to the Greywell Youth Zone boxing club"),
        F("T001", "agree a set of house rules with Kai"),
        F("M001", "will do a health review with Kai by half-term"),
        F("F003"),
        F("C001"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Review conference plan exported from the case system; father's
#    schizophrenia with "the Beacon Team", mother's drinking with "New Leaf";
#    the adult services own many actions, but the Beacon Team only treats
#    and supports, and most actions are about the parents (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b77_gristhorpe_rcpc_export_action_blocks_wilde.txt",
    "split": "tune",
    "actions": 10,
    "template": "rcpc-case-system-export-txt-numbered-sections-action-blocks-action-responsible-timescale-measure",
    "description": (
        "First review conference plan exported as text from the case system, for an 8-year-old and a "
        "4-year-old (father's schizophrenia under 'the Beacon Team', the community mental health team; "
        "mother's drinking under 'New Leaf'). Adult services own many actions (no F004), but the Beacon "
        "Team's depot row and housing-support row only treat and support Tom (H001 x2, the second "
        "measured by 'Tom's mood is stable', M002), and six of ten actions are about the parents' own "
        "health with no link to the children (F001). Two outcomes are only about a parent (F002 x2). "
        "Also a passive young carers' referral with no owner (W001) and 'Regularly' as a teacher's only "
        "timescale (T002). The contingency is specific, with a family fallback, but never leads to legal "
        "planning (R002). Dates set."
    ),
    "text": """\
GRISTHORPE BOROUGH COUNCIL               CHILDREN'S SOCIAL CARE - CASEVIEW
REVIEW CHILD PROTECTION PLAN                      Exported 23/10/2025 11:14
------------------------------------------------------------------------

1. FAMILY DETAILS
   Children ........ Harvey WILDE (8), Year 4, Gristhorpe Road Primary
                     Ava WILDE (4), Little Owls Nursery, mornings
   Father .......... Tom WILDE (35)
   Mother .......... Sadie WILDE (33)
   Address ......... 14 Wharf Street, Gristhorpe
   ICPC ............ 23/07/2025        RCPC ......... 22/10/2025
   Category ........ Neglect           Decision ..... Plan continues
   Social worker ... Beth Calloway, Gristhorpe Family Safeguarding Team
   Chair ........... Simon Achebe

2. SUMMARY OF CONCERNS AND PROGRESS
   Tom has schizophrenia and is under the Beacon Team, Gristhorpe's
   community mental health team. In June he stopped his depot injection,
   became unwell and was admitted to hospital for five weeks; before the
   admission he kept the children indoors for three days because he
   believed the house was being watched. He has had his depot on time
   since August. Sadie drinks most evenings and has been seeing New Leaf,
   the Gristhorpe alcohol and drug recovery service, since September;
   she says she is "down to two or three nights a week". Harvey has been
   late 11 times this term and has told school he "keeps an eye on Dad".
   Ava's nursery attendance has improved to 85%.

3. CHILDREN'S VIEWS
   Harvey (seen alone at school 14/10/2025): "Dad's better now he's had
   his injections. I still check on him when I get in. Mum's happier
   when she hasn't been drinking, but she goes to bed early." He wants
   to go to Cubs on Tuesday nights like his friend Jacob.
   Ava chatters at nursery about "Daddy's garden" and is proud of the
   tomatoes she grew with him. Staff say she is sometimes very tired on
   Monday mornings and falls asleep at story time.

4. OUTCOMES
   4.1  Harvey and Ava are cared for every day by a parent who is well
        and sober.
   4.2  Tom stays well and keeps taking his medication.
   4.3  Sadie stops drinking and keeps her job.
   4.4  Harvey gets to school on time and has time to play, rather than
        looking after his dad.

5. ACTIONS

   5.1  ACTION ....... Give Tom his depot injection at the Beacon Team clinic
        RESPONSIBLE .. Gill Archer, community psychiatric nurse, Beacon Team
        TIMESCALE .... Every 2 weeks
        MEASURE ...... Depot given on the due date (clinic record)

   5.2  ACTION ....... Support Tom with his housing benefit review and a
                       place at the Gristhorpe day centre
        RESPONSIBLE .. Paul Reid, care coordinator, Beacon Team
        TIMESCALE .... By 30/11/2025
        MEASURE ...... Tom's mood is stable

   5.3  ACTION ....... Tom to attend his outpatient review with the
                       consultant psychiatrist
        RESPONSIBLE .. Tom Wilde
        TIMESCALE .... 04/11/2025
        MEASURE ...... Clinic letter copied to the SW

   5.4  ACTION ....... Key-work sessions and breath tests for Sadie
        RESPONSIBLE .. Anita Shah, recovery worker, New Leaf
        TIMESCALE .... Weekly, Mondays
        MEASURE ...... Breath test results in a letter to the SW each month

   5.5  ACTION ....... Sadie to go to the SMART Recovery group at New Leaf
        RESPONSIBLE .. Sadie Wilde
        TIMESCALE .... Every Thursday evening
        MEASURE ...... Attendance card signed by the group facilitator

   5.6  ACTION ....... Review Sadie's sleeping tablets and check her liver
                       function tests
        RESPONSIBLE .. Dr Omar Quayle, GP, Gristhorpe Medical Centre
        TIMESCALE .... By 14/11/2025
        MEASURE ...... GP letter with the results sent to the SW

   5.7  ACTION ....... See Harvey and Ava at home, and Harvey on his own at
                       school
        RESPONSIBLE .. Beth Calloway, SW
        TIMESCALE .... Every 2 weeks until the next review
        MEASURE ...... Visit records with Harvey's words written down

   5.8  ACTION ....... A referral will be made to Gristhorpe Young Carers
                       for Harvey
        RESPONSIBLE .. -
        TIMESCALE .... By 31/10/2025
        MEASURE ...... Acceptance letter on the children's file

   5.9  ACTION ....... Record how Ava arrives at nursery, whether she has
                       eaten and how tired she is
        RESPONSIBLE .. Jade Morley, key person, Little Owls Nursery
        TIMESCALE .... Every session
        MEASURE ...... Daily sheet emailed to the SW every Friday

   5.10 ACTION ....... Check in with Harvey about how things are at home
        RESPONSIBLE .. Mrs Kaur, Year 4 teacher
        TIMESCALE .... Regularly
        MEASURE ...... Notes passed to the DSL and the SW

6. CONTINGENCY
   If Tom misses a depot injection by more than 3 days, or says again
   that the house is being watched, the Beacon Team will see him that
   day and the SW will visit the same day. If Sadie is found drunk while
   she is the only adult caring for the children, or Tom is unwell, the
   children will stay with their great-aunt, Rita Holme, in Gristhorpe,
   and the SW (or the emergency duty team) will hold a strategy
   discussion the same day. If Rita cannot take them, the SW will
   arrange a foster placement that night.

7. CORE GROUP AND REVIEW
   Core group ...... every 4 weeks, 3.30pm, Gristhorpe Road Primary:
                     05/11/2025, 03/12/2025, 07/01/2026
   Next RCPC ....... 15/04/2026, 10am, Gristhorpe Town Hall

------------------------------------------------------------------------
END OF EXPORT                                                   Page 1/1
""",
    "findings": [
        F("F002", "Tom stays well and keeps taking his medication."),
        F("F002", "Sadie stops drinking and keeps her job."),
        F("H001", "Give Tom his depot injection at the Beacon Team clinic"),
        F("H001", "Support Tom with his housing benefit review"),
        F("M002", "Support Tom with his housing benefit review"),
        F("W001", "A referral will be made to Gristhorpe Young Carers"),
        F("T002", "Check in with Harvey about how things are at home"),
        F("F001"),
        F("R002"),
    ],
})
