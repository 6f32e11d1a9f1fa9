"""Batch 52, module k: seven fictional plans (held-out material), places beginning with "k".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Seven kinds of plan, each in its own invented template: a review plan from a
disabled children's team with a "So that Reuben..." column; a child in need
plan stepped up to child protection, written as a numbered list of topic
items; a pre-birth plan with a merged stage column (PDF); a risk-outside-the-
home plan for a 14-year-old printed from a hub system; core group minutes
with an action log; a social worker's letter to parents after an initial
conference; and an initial conference "plan on a page" with a who-first
table. Four are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Review conference plan, Disabled Children's Service, six-column table
#    with a "So that Reuben..." column. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b52_kyrewood_rcpc_disabled_so_that_column_treharne.docx",
    "doc_title": "Review Child Protection Plan - Reuben Treharne",
    "split": "heldout",
    "actions": 10,
    "landscape": True,
    "template": "rcpc-disabled-childrens-service-docx-landscape-how-reuben-communicates-kv-what-he-has-shown-us-then-no-what-will-be-done-so-that-reuben-who-when-how-we-will-know-table",
    "description": (
        "Exemplary first review plan for a 12-year-old autistic boy who does not use speech and has "
        "epilepsy (bruising from being held down by mum's partner during meltdowns, missed seizure "
        "medication). How he communicates, what he showed with his symbols, child-focused outcomes, "
        "then a table whose every row has a 'So that Reuben...' reason, a named owner, a real "
        "timescale and an observable measure. Grandmother's Sundays have a fallback; dates and a "
        "legal planning trigger are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan – First Review"),
        ("p", "Kyrewood Borough Council  |  Disabled Children's Service  |  Review Child Protection Conference"),
        ("kv", [
            ("Child", "Reuben Treharne, born 19/05/2013 (12), Larkfield Academy (special school)"),
            ("Lives with", "Claire Treharne (mum) and Gavin Lusk (mum's partner), 3 Fallow Close, Kyrewood"),
            ("Also important to Reuben", "Maureen Treharne, maternal grandmother, Sandpit Lane, Kyrewood"),
            ("Review conference", "10/07/2025, Kyrewood Town Hall (initial conference 17/04/2025)"),
            ("Category", "Physical abuse – plan continues"),
            ("Social worker", "Nadia Brennan, Disabled Children's Team"),
            ("Independent chair", "Philip Osgood"),
        ]),
        ("h1", "1. How Reuben communicates"),
        ("kv", [
            ("Speech", "Reuben does not use speech. He uses about 40 Makaton signs and his TalkPad "
                       "(symbol app on an iPad)."),
            ("Yes and no", "A thumbs-up for yes; he pushes an object or a hand away for no."),
            ("When he is upset", "He covers his ears, rocks and bites the side of his hand. Loud voices "
                                 "and being touched when he is upset make it worse."),
            ("What helps", "A quiet space, his weighted blanket, and adults who wait and count down "
                           "from 5 with their fingers."),
        ]),
        ("h1", "2. What has happened since the initial conference"),
        ("p", "In April Larkfield found fingertip bruising on both of Reuben's upper arms. Gavin said he had "
              "held Reuben face down on the lounge floor \"to stop him hurting himself\" during a meltdown, "
              "and that this had happened several times since Christmas. Reuben's seizure diary also showed "
              "that he had missed evening doses of his levetiracetam on 9 nights in March, and he had two "
              "long seizures that month."),
        ("p", "Since April there have been no new marks. Claire now uses blister packs from the pharmacy and "
              "has missed one evening dose in the last 8 weeks. Gavin has agreed he will not hold Reuben and "
              "says he leaves the room when he feels wound up. Claire told conference she is \"running on "
              "empty\" at weekends and that the evenings, when Reuben is tired, are the hardest part of the "
              "day. Reuben's overnight short breaks at Alder House started in May under section 17 and have "
              "gone well."),
        ("h1", "3. What Reuben has shown us"),
        ("p", "Nadia saw Reuben at school on 12 June and at home on 26 June, with his teacher Mr Obi helping "
              "with his TalkPad. Asked about places, he chose the smiling symbol for school, for Alder House "
              "and for \"Nanna\". For home in the evening he chose \"sad\" and then \"hurt\", and when "
              "Nadia showed him photos of the people at home he pushed Gavin's photo away and tapped "
              "\"stop\". He signed \"bath\" and \"blanket\" and took Nadia's hand to show her his room, "
              "where he lay under his weighted blanket and smiled."),
        ("p", "At Alder House staff say he settles well, eats everything at tea and sleeps through. At "
              "Nanna Maureen's on Sundays he swings in the garden for hours and hums, which Claire says is "
              "how he shows he is happy."),
        ("h1", "4. What must be true for Reuben by the next review"),
        ("bullets", [
            "Reuben is never held down or restrained at home, and has no marks that nobody can explain.",
            "Reuben gets every dose of his epilepsy medicine and has fewer long seizures.",
            "Reuben's evenings at home are calm, with adults who know how to help him when he is upset.",
            "Reuben keeps his Sundays with Nanna and his nights at Alder House, which he enjoys.",
        ]),
        ("h1", "5. The plan"),
        ("table", {
            "header": ["No.", "What will be done", "So that Reuben…", "Who", "When",
                       "How we will know"],
            "widths": [1.0, 6.4, 4.6, 4.2, 4.0, 5.5],
            "rows": [
                ["1", "Visit Reuben at home and at Larkfield, at least one home visit a month at teatime "
                      "without an appointment; watch his evening routine and his medicine being given",
                 "is seen by someone outside the family who checks how he is cared for",
                 "Nadia Brennan, SW", "Every 2 weeks",
                 "Visit records note Reuben's mood, any marks, his medicine chart and what he showed "
                 "on his TalkPad"],
                ["2", "Give Reuben his levetiracetam from the blister pack and tick the medicine chart",
                 "has no missed doses and fewer seizures",
                 "Claire Treharne (mum)", "Twice a day, 8am and 8pm",
                 "Chart photographed by the SW at each visit; blister packs counted by the epilepsy "
                 "nurse each month"],
                ["3", "Review Reuben's seizure diary and medicine, and check the blister pack count with "
                      "Claire",
                 "has the right dose and any missed doses are picked up quickly",
                 "Jo Fenwick, Epilepsy Nurse Specialist, Kyrewood Children's Hospital",
                 "Monthly, first on 24/07/2025",
                 "Written update to the SW after each review, with the number of seizures and missed "
                 "doses"],
                ["4", "Write a positive behaviour support plan with Claire and Gavin, then coach them at "
                      "home on calming Reuben without holding him",
                 "is helped to calm down in a way that does not hurt or frighten him",
                 "Lucy Marr, PBS practitioner, Kyrewood CAMHS Learning Disability Team",
                 "Plan written by 15/08/2025; coaching weekly for 8 weeks from 18/08/2025",
                 "PBS plan shared with school and the SW; Claire's incident log shows no holds; Lucy's "
                 "end-of-coaching report to the core group"],
                ["5", "Never hold Reuben down or restrain him; if he is distressed, leave the room, keep "
                      "other things out of his way and ring Claire",
                 "is not hurt by an adult again",
                 "Gavin Lusk", "From 10/07/2025, every time Reuben is distressed",
                 "Incident log kept by Claire and read by the SW at every visit; no new marks on "
                 "Larkfield's body map checks"],
                ["6", "Overnight short break at Alder House, with a body map done on arrival",
                 "has a break he enjoys and is checked by staff who know him",
                 "Sunil Dhar, manager, Alder House short breaks unit",
                 "Every other Friday night from 18/07/2025",
                 "Arrival body map and stay report emailed to the SW after each stay"],
                ["7", "Check Reuben on arrival and note in the home–school book how he came in, his mood "
                      "and anything he signs or shows on his TalkPad about home",
                 "has a safe adult every day who notices if something is wrong",
                 "Mrs Helen Ogundipe, DSL, Larkfield Academy",
                 "Every school day, including the Larkfield summer scheme",
                 "Home–school book and body map record; any mark or worry rung through to the SW the "
                 "same day"],
                ["8", "Have Reuben at her house for Sunday lunch and the afternoon, so that Claire can rest",
                 "keeps his Sundays with Nanna and comes home to a mum who has had a break",
                 "Maureen Treharne (MGM)", "Every Sunday, 12 noon to 5pm",
                 "Maureen writes each visit in the home–school book; the SW reads it at visits"],
                ["9", "Home visit to assess for a safe space in the lounge and a sleep system for his "
                      "bedroom, then order the equipment",
                 "has somewhere safe to go when he is overwhelmed, so no one needs to hold him",
                 "Priya Lal, Occupational Therapist, Kyrewood Children's OT",
                 "Visit by 08/08/2025; equipment ordered by 05/09/2025",
                 "OT report shared with the core group; equipment seen in place by the SW"],
                ["10", "Carer's assessment with Claire, looking at help for the evenings and weekends",
                 "is cared for by a mum who has enough help at the hardest times of his day",
                 "Dan Foley, carers' assessor, Kyrewood Carers Hub", "By 22/08/2025",
                 "Assessment and support offer sent to Claire and the SW"],
            ],
        }),
        ("h1", "6. If the plan is not keeping Reuben safe"),
        ("p", "If Reuben has a bruise or mark that is not explained by a seizure or a fall an adult saw, or "
              "anyone learns that he has been held down, the SW (or the emergency duty team out of hours) "
              "will hold a strategy discussion the same day and arrange a child protection medical within "
              "24 hours. Gavin will leave the house and stay with his sister in Marlow Street while this "
              "happens. If Claire cannot keep Reuben safe at home, he will stay at Alder House, which has "
              "agreed to take him in an emergency."),
        ("p", "If Reuben misses two evening doses in one week, the epilepsy nurse will tell the SW the same "
              "day and the SW will visit at 8pm that evening. If Maureen is ill or away on a Sunday, the "
              "SW will book Reuben a day place at Alder House for that Sunday instead."),
        ("h1", "7. Meetings and next steps"),
        ("bullets", [
            "Core group every 4 weeks at Larkfield Academy, 1.30pm: 31/07/2025, 28/08/2025 and 25/09/2025.",
            "Second review child protection conference: 08/01/2026, 10am, Kyrewood Town Hall.",
            "If Reuben is held down again, or more than four doses are missed between now and the core "
            "group on 25/09/2025, the SW will ask the team manager for a legal planning meeting within 5 "
            "working days.",
        ]),
        ("p", "Plan typed by Nadia Brennan, SW, 11/07/2025, and sent to all conference members."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Child in need plan stepped up to child protection: numbered topic items
#    with the owner, timing and "How we'll know" in each item (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b52_kesterbrook_cin_step_up_topic_items_haverty.md",
    "split": "heldout",
    "actions": 11,
    "template": "cin-stepped-up-to-cp-md-bold-case-lines-why-stepped-up-what-happened-on-cin-plan-past-tense-then-numbered-topic-items-bold-topic-dash-sentence-italic-how-well-know",
    "description": (
        "Initial conference plan for a 7-year-old and a 4-year-old stepped up from a child in need "
        "plan (neglect; mother's depression under the CMHT). Numbered topic items with the owner, "
        "timing and 'How we'll know' in each. Faults: the bed is passive with no owner, the CMHT "
        "only supports, the GP review has no measure, family support is measured by 'engagement', "
        "'the family network' owns school attendance, the hearing referral is 'as soon as "
        "possible', dad's group has no timescale; the contingency sends the children to an aunt "
        "with no fallback, and nothing leads to legal planning."
    ),
    "text": """\
# Kesterbrook Council – Children's Services

## Child Protection Plan (stepped up from a Child in Need plan)

**Children:** Mia Haverty (7), Year 2 at St Bride's C of E Primary; Leon Haverty (4), Little Acorns Nursery
**Living with:** Gemma Haverty (mum, 29), 17 Copperbeech Walk, Kesterbrook
**Dad:** Lee Haverty (31), lives on the Orchard estate and sees the children on Sundays
**Child in need plan:** 3 February 2025 to 12 June 2025
**Initial child protection conference:** 12 June 2025 – category: neglect
**Social worker:** Tom Rigby · **Team manager:** Ayesha Kaur · **Chair:** Morag Lennie

## Why the plan has been stepped up

Gemma has had depression since Leon was born and was referred to the community mental
health team in March. Since the spring she has spent most mornings in bed. Mia has been
getting herself and Leon up and making their breakfast, and Leon has been at nursery for
only 58% of his sessions. Mia sleeps on a mattress on the floor in a room with black
mould on the outside wall. Two child in need reviews found little had changed, and on
3 June Mia was found walking Leon to nursery on her own at 9.40am.

## What happened on the child in need plan

- Gemma was seen by the CMHT in March and had a care co-ordinator from May.
- Family support sessions were offered from March; four of the ten took place.
- Mia's attendance fell from 94% in the autumn term to 83% this term.
- Kesterbrook Homes were told about the mould in February and sent a surveyor in April.

## What Mia and Leon have told us

Mia (seen on her own at school, 5 June): "I do the Coco Pops because Mummy is tired. I
don't mind but sometimes we're late and Miss Begum looks at me." She said the best day is
Saturday "at Auntie Kerry's, she does pancakes", and that she would like "a proper bed
like Ruby's, with a lamp". She worries that Mum "cries in the bath".

Leon is hard to understand and often points instead of talking. Nursery say he comes in
hungry, eats two bowls at snack time and is unsettled at home time. At home he followed
Tom around with his tractor and climbed onto Gemma's knee when she came downstairs.

## What we want for Mia and Leon

- Mia and Leon are got up, fed and taken to school and nursery on time by an adult every day.
- Mia sleeps in her own bed in a warm, dry room, and no longer has to look after Leon.
- Leon's hearing and speech are checked and he gets the help he needs to be understood.

## The child protection plan

1. **Seeing the children** – Tom Rigby (SW) will visit Mia and Leon at home every week, at least every other visit unannounced, and see Mia on her own each time. *How we'll know:* visit records show both children seen and Mia's words written down.
2. **Mia's bedroom** – A new bed and bedding will be bought for Mia and the mould in her room treated by 11 July 2025. *How we'll know:* Mia's bed made up and the wall clean when seen at the next home visit.
3. **Mum's mental health** – Amir Shah, care co-ordinator at Kesterbrook Community Mental Health Team, will see Gemma at home every fortnight to support her with her mood and her medication. *How we'll know:* visit dates recorded on the CMHT record and sent to Tom each month.
4. **Medication review** – Dr Leena Joshi, GP at Copperbeech Surgery, will review Gemma's antidepressants by 27 June 2025.
5. **Mornings** – Jodie Marsh, family support worker at Kesterbrook Family Hub, will work with Gemma at home on getting Mia and Leon up, fed and out of the door, every Tuesday and Thursday at 7.45am for 8 weeks from 17 June 2025. *How we'll know:* Gemma's engagement with the sessions.
6. **School and nursery** – The family network will make sure Mia gets to school and Leon to nursery on time every day. *How we'll know:* the school and nursery registers show both children in on time, checked by Tom every fortnight.
7. **Saturdays** – Auntie Kerry Doyle will have Mia and Leon at her house every Saturday from 10am to 5pm. *How we'll know:* Kerry writes each Saturday in the family diary, which Tom reads at his visits.
8. **Nursery pick-ups** – Grandad Pete Haverty will collect Leon from Little Acorns every Tuesday and Thursday at 3pm. *How we'll know:* the nursery collection book shows him signing Leon out.
9. **Leon's hearing and speech** – Ruth Calder, health visitor, will refer Leon for a hearing test and to speech and language therapy as soon as possible. *How we'll know:* referral acceptance letters copied to Tom.
10. **Dad** – Lee will go to the Being Dad group at Kesterbrook Family Hub so he can take on more of the children's care. *How we'll know:* the group leader sends Tom the attendance sheet.
11. **Mia at school** – Mrs Anne Poole, DSL at St Bride's, will meet Mia every Monday morning to ask how the weekend was and whether she has had to look after Leon. *How we'll know:* DSL notes of each meeting, copied to Tom every fortnight.

## If things go wrong

If Mia or Leon are found at home without an adult who is awake and able to look after
them, or Gemma tells anyone she is thinking of harming herself, Tom (or the emergency duty
team out of hours) will visit the same day and hold a strategy discussion. Mia and Leon
will go to stay with Auntie Kerry at 4 Sedge Lane until it is safe for them to go home.

## Meetings

- Core group every 4 weeks at St Bride's, 9.30am: 26 June, 24 July and 21 August 2025.
- Review child protection conference: 11 September 2025, 2pm, Kesterbrook Civic Centre.

*Plan written at conference and typed by Tom Rigby, 13 June 2025.*
""",
    "findings": [
        F("W001", "A new bed and bedding will be bought for Mia"),
        F("H001", "will see Gemma at home every fortnight to support her"),
        F("M001", "will review Gemma's antidepressants by 27 June 2025"),
        F("M002", "work with Gemma at home on getting Mia and Leon up"),
        F("W002", "The family network will make sure Mia gets to school"),
        F("T002", "will refer Leon for a hearing test and to speech"),
        F("T001", "Lee will go to the Being Dad group"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Pre-birth plan, one table with a merged "Stage" column; PDF with header
#    and page footer. Exemplary
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b52_korrowgate_prebirth_merged_stage_column_pelham.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby of Jade Pelham",
    "split": "heldout",
    "actions": 14,
    "landscape": True,
    "check_vmerge": 3,
    "header": "OFFICIAL-SENSITIVE | Korrowgate Council Children's Services | Pre-birth plan",
    "footer": "Unborn baby of Jade Pelham – plan agreed 03/07/2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "prebirth-icpc-paged-landscape-birth-arrangements-kv-the-babys-world-parents-say-then-single-table-merged-stage-column-action-who-when-how-we-will-know",
    "description": (
        "Exemplary pre-birth plan for the unborn baby of a 19-year-old care leaver (first child "
        "adopted; abstinent from alcohol since November) and her partner, who has a conviction for "
        "assaulting a former partner. One table with a merged Stage column (now to 36 weeks, birth "
        "and the ward, first 8 weeks at home): every row has a named owner, a timescale and an "
        "observable measure; the recovery service tests and reports on relapse risk; contingencies "
        "for each stage, a legal gateway step before birth, and core group and review dates."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("kv", [
            ("Unborn baby of", "Jade Pelham (19), 6 Tannery Court, Korrowgate"),
            ("Father", "Kyle Smart (23), stays at Tannery Court three or four nights a week"),
            ("Due date", "02/10/2025 (27 weeks at conference)"),
            ("Conference", "Initial child protection conference (pre-birth), 03/07/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Ellis Mwangi, Korrowgate Assessment and Intervention Team 3"),
            ("Chair", "Gwen Haldane, Independent Reviewing Officer"),
        ]),
        ("h2", "Birth arrangements"),
        ("kv", [
            ("Hospital", "Korrowgate General, delivery suite then Larch Ward (postnatal)"),
            ("Maternity alert", "Safeguarding midwife Kate Doran"),
            ("Visitors on the ward", "Kyle, and Jade's foster carer from her teens, Bev Lyle"),
        ]),
        ("h2", "Why there is a plan"),
        ("p", "Jade's daughter Ruby was born when Jade was 16 and still in foster care. Ruby was removed at "
              "8 months because of neglect linked to Jade's drinking and violence from Ruby's father, and "
              "was adopted in 2024. Jade has not drunk since November 2024, goes to Korrowgate Recovery "
              "Service and has had clear breath tests every month since January. Kyle was convicted in "
              "2021 of assaulting a former partner and has not done any work on his behaviour. Jade and "
              "Kyle say there has been no violence between them; police have no call-outs to Tannery "
              "Court."),
        ("h2", "The baby's world"),
        ("p", "The baby will come home to Jade's one-bedroom flat on the second floor. Jade has put a "
              "Moses basket by her bed and washed the baby clothes her old foster carer gave her. At the "
              "20-week scan the baby was growing well; the midwife says Jade talks to the bump and plays "
              "it music, and Kyle came to the last two appointments. What worries us is what this baby's "
              "days and nights would be like if Jade started drinking again, as she did when Ruby was small, "
              "or if Kyle's past violence came into the flat: a baby who is not fed or changed on time, "
              "and who hears shouting or is in the middle of a fight."),
        ("h2", "What Jade and Kyle say"),
        ("p", "Jade: \"I was a kid with Ruby and I had nobody. This time I've done the work and I want "
              "people to see it.\" Kyle said he was \"a different person\" in 2021 and that he will do "
              "whatever the plan asks. Both said they would rather have visits than be \"left to guess "
              "what you're thinking\"."),
        ("h2", "What the baby needs"),
        ("bullets", [
            "The baby is cared for every day and night by an adult who is sober.",
            "The baby grows up in a home with no violence, threats or shouting between the adults.",
            "The baby sleeps safely on her back in the Moses basket and gains weight along her centile.",
            "The baby has her health checks and immunisations on time.",
        ]),
        ("h2", "The plan"),
        ("table", {
            "header": ["Stage", "Action", "Who", "When", "How we will know"],
            "widths": [2.8, 7.2, 4.8, 4.2, 6.7],
            "bold_first_col": True,
            "rows": [
                ["Now to 36 weeks",
                 "Pre-birth assessment, covering Jade's recovery, Kyle's past violence and how they will "
                 "share the baby's care",
                 "Ellis Mwangi, SW", "By 04/09/2025 (36 weeks)",
                 "Assessment report shared with Jade, Kyle and the core group by 04/09/2025"],
                [V,
                 "Antenatal appointments, seeing Jade on her own for part of each one and asking about "
                 "her safety at home",
                 "Sara Quinn, community midwife", "Every 2 weeks until 36 weeks, then weekly",
                 "Each appointment and the routine enquiry recorded in the maternity notes; a missed "
                 "appointment reported to the SW the same day"],
                [V,
                 "Breath test at each session, a hair strand test for alcohol, and a written view on "
                 "Jade's risk of relapse once the baby is home",
                 "Mo Aziz, recovery worker, Korrowgate Recovery Service",
                 "Monthly; hair test by 21/08/2025; written view by 04/09/2025",
                 "Test results sent to the SW; written view shared with the core group"],
                [V,
                 "Assessment for the Safer Futures programme for men who have been violent to a partner, "
                 "then the weekly group",
                 "Kyle Smart; facilitator Ian Bell, Safer Futures",
                 "Assessment by 15/08/2025; group weekly from 21/08/2025",
                 "Assessment report and a monthly attendance sheet sent to the SW"],
                [V,
                 "Go to the Ready for Baby course together at Korrowgate Family Hub",
                 "Jade Pelham and Kyle Smart", "Wednesdays for 6 weeks from 16/07/2025",
                 "Course register, and the course leader's end-of-course note to the SW"],
                [V,
                 "Antenatal home visit: see where the baby will sleep and go through safe sleep and "
                 "coping with crying (ICON)",
                 "Bethan Rowe, health visitor", "By 04/09/2025",
                 "Moses basket seen set up by Jade's bed; ICON discussion recorded in the HV notes"],
                [V,
                 "Help Jade apply for the maternity grant and buy a cot, a pram and a car seat",
                 "Chris Walton, personal adviser, Korrowgate Leaving Care Team", "By 28/08/2025",
                 "Grant letter and receipts copied to the SW; items seen in the flat"],
                ["Birth and Larch Ward",
                 "Put the safeguarding alert on Jade's maternity record, and ring the SW (or EDT out of "
                 "hours) when Jade is admitted in labour",
                 "Kate Doran, safeguarding midwife, Korrowgate General",
                 "Alert by 31/07/2025; call within 2 hours of admission",
                 "Alert seen on the maternity system by the SW; time of the call logged on the baby's "
                 "file"],
                [V,
                 "Record how Jade and Kyle feed, settle and handle the baby",
                 "Ward manager, Larch Ward", "Every shift until discharge",
                 "Observations in the postnatal notes, read out at the discharge planning meeting"],
                [V,
                 "Discharge planning meeting on the ward with Jade, Kyle, the midwife and the HV",
                 "Ellis Mwangi, SW", "Before the baby leaves hospital",
                 "Written discharge plan signed by everyone present and copied to the GP and HV"],
                ["First 8 weeks at home",
                 "Home visits: see the baby awake, check her sleep space and look at the feed chart",
                 "Ellis Mwangi, SW", "Twice a week for 4 weeks, then weekly",
                 "Visit records note where the baby slept, the feed chart and how Jade and Kyle respond "
                 "to her"],
                [V,
                 "New birth visit, then weigh the baby and check her feeding",
                 "Bethan Rowe, health visitor", "New birth visit by day 14, then weekly to 8 weeks",
                 "Weight plotted in the red book, on or above her birth centile; shared with the SW"],
                [V,
                 "Baby's 6–8 week check and Jade's postnatal check, including how she is coping and "
                 "whether she has drunk since the birth",
                 "Dr Fatima Noor, GP, Tannery Lane Surgery", "When the baby is 6–8 weeks old",
                 "GP letter with both sets of results sent to the HV and SW within a week"],
                [V,
                 "Breath tests and key-work carry on after the birth, with a written update before each "
                 "core group on Jade's drinking and what it means for the baby",
                 "Mo Aziz, Korrowgate Recovery Service", "Fortnightly for the first 8 weeks",
                 "Test results and the written update read at each core group"],
            ],
        }),
        ("h2", "If things go wrong"),
        ("p", "Before the birth: if Jade has a positive alcohol test or is seen drunk, or there is any report "
              "of violence or threats between Jade and Kyle, the SW (or EDT out of hours) will hold a "
              "strategy discussion the same day and ask the team manager for a legal planning meeting "
              "within 5 working days."),
        ("p", "On the ward: if Jade is found drinking or there is an incident between the adults, the ward "
              "will not let the baby go home, the SW will hold a strategy discussion that day, and the baby "
              "will go from the ward to the approved foster carers the SW will have identified by 36 "
              "weeks."),
        ("p", "At home: if Jade is found under the influence of alcohol while caring for the baby, or the "
              "police are called to the flat, whoever sees it will ring the SW (or EDT) and 999 if the "
              "baby is in danger, and the baby will be placed with foster carers that day."),
        ("h2", "Meetings"),
        ("p", "Core group every 4 weeks at Korrowgate Family Hub, 10am: 17/07/2025, 14/08/2025 and "
              "11/09/2025, and an extra core group within 5 working days of the birth. Review child "
              "protection conference: 09/10/2025, 2pm, Korrowgate Civic Offices; it will go ahead on that "
              "date even if the baby has not yet arrived."),
        ("p", "If the pre-birth assessment concludes that Jade and Kyle cannot keep the baby safe, the SW "
              "will take the case to the legal gateway meeting by 11/09/2025, so that the plan at birth is "
              "decided before labour."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Risk outside the home: complex safeguarding hub print with do / who /
#    when / check blocks (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b52_kimmersall_outside_home_do_who_when_check_morrow.txt",
    "split": "heldout",
    "actions": 11,
    "template": "risk-outside-the-home-cp-plan-complex-safeguarding-hub-print-txt-double-colon-banner-places-and-people-then-numbered-blocks-do-who-when-check-lines",
    "description": (
        "Initial conference plan for a 14-year-old at risk of sexual exploitation (missing episodes, "
        "older men at a retail park, a Snapchat contact), printed from the hub's system with "
        "do/who/when/check lines for each action. Faults: return home interviews measured by "
        "'engagement', youth work 'ongoing', no measure for the sexual health appointment, no one "
        "owns the phone check, 'All agencies' own sightings, no timescale for mum's group; the "
        "contingency is vague, the review conference is 'to be arranged', and nothing leads to "
        "legal planning."
    ),
    "text": """\
:: KIMMERSALL COUNCIL :: COMPLEX SAFEGUARDING HUB ::::::::::::::::::::::::::::
   RISK OUTSIDE THE HOME  -  CHILD PROTECTION PLAN
   Hub ref KCSH/0457            printed 18/07/2025 by J.BLAKE
::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::

YOUNG PERSON   Kacey MORROW, 14 (DOB 02/03/2011), Year 9, Kimmersall Academy
HOME           22 Bexley Road, Kimmersall, with mum Donna Morrow (41)
CONFERENCE     Initial CP conference 17/07/2025 - category: sexual abuse
               (risk of child sexual exploitation)
LEAD WORKER    Jordan Blake, social worker, Complex Safeguarding Hub

:: WHAT HAS HAPPENED ::

Kacey has been reported missing six times since 12 April, usually on Friday or
Saturday nights. Twice she was found by police in a car at Riverside Retail
Park with men aged about 25 who had given her vapes, cannabis and phone
top-ups. On 4 July she was found at 2am in a flat on Fenwick Road that police
link to drug supply. A man who calls himself "Dev" messages her on Snapchat
most nights. Kacey's attendance has dropped to 63% and she has stopped going to
boxing, which she loved. Donna works nights at a care home three nights a
week; she has changed the locks and reports Kacey missing every time, and she
wants help.

:: PLACES AND PEOPLE ::

  Riverside Retail Park (car park by the drive-thru) - meeting point, cars
  Fenwick Road flat - adults linked to drug supply; Kacey found there 04/07
  Snapchat - "Dev" and two other adult accounts
  Bexley Road - home; Kacey safest here when Donna is in
  Riverside ABC boxing club - protective; Kacey's coach Lorraine

:: WHAT KACEY SAYS ::

"They're my mates, they look after me. Nobody else does." Kacey said the men
buy her food and let her charge her phone, and that Dev is "the only one who
listens". She said she does not feel scared but does not like it when "they
make me go in the car with people I don't know". She would like to go back to
boxing and asked if Lorraine could "come and get me like before". She does not
want to move schools. On the hub's 0-10 scale she put herself at 7 (safe); her
mum put her at 2.

:: WHAT WE WANT FOR KACEY ::

  - Kacey is not spending time with the adults who are exploiting her and is
    home safely every night.
  - Kacey is in school every day and back at boxing.
  - Kacey understands what a safe relationship looks like and has an adult she
    trusts to talk to.

:: THE PLAN ::

[1] Seeing Kacey
    do    : See Kacey at least once a week on her own, away from the house
            at a place she chooses, and talk through anything that has
            happened since the last visit
    who   : Jordan Blake, SW
    when  : weekly
    check : visit records with Kacey's own words; any new names or places
            passed to police the same day

[2] The men at the retail park
    do    : Serve Child Abduction Warning Notices on the two men identified
            at the retail park and give their car registrations to patrols
    who   : DC Sam Heald, Kimmersall Police Complex Safeguarding Team
    when  : by 15/08/2025
    check : copies of both notices on the police record; confirmation
            emailed to the SW

[3] After each missing episode
    do    : Return home interview after every missing episode
    who   : Sophie Reyes, Kimmersall Missing Persons Service
    when  : within 72 hours of Kacey coming home
    check : Kacey's engagement with the interviews

[4] Youth work
    do    : One-to-one sessions with Kacey on exploitation, grooming and
            healthy relationships, using the Real Talk resource
    who   : Marcus Dean, youth worker, Kimmersall Youth Service
    when  : ongoing
    check : session notes and Kacey's own scaling at the start and end of
            each block, shared with the SW

[5] School
    do    : Check in with Kacey at morning registration, give her a safe
            space at lunchtime, and ring the SW if she is absent or leaves
            the site
    who   : Mr Rob Tait, DSL, Kimmersall Academy
    when  : every school day from 03/09/2025
    check : register and DSL log; absences phoned to the SW by 10am

[6] Health
    do    : Sexual health appointment with Kacey, including emergency
            contraception advice and testing
    who   : Amy Fox, school nurse, with Kimmersall Integrated Sexual Health
    when  : by 08/08/2025
    check : -

[7] Online
    do    : Go through Kacey's phone settings and Snapchat contacts with her
            and Donna, and report the accounts that have been messaging her
    who   : -
    when  : by 01/08/2025
    check : blocked accounts seen on Kacey's phone; report reference on file

[8] Boxing
    do    : Get Kacey back to Tuesday and Thursday sessions at Riverside ABC
            and pay her subs from the hub's positive activities fund
    who   : Jordan Blake, SW
    when  : first session by 05/08/2025, then twice a week
    check : club register sent to the SW monthly

[9] Sightings
    do    : Share any sighting of Kacey with the men from the retail park or
            at the Fenwick Road flat
    who   : All agencies
    when  : same day
    check : sighting logged on the police intelligence system and the hub
            tracker

[10] Mum
    do    : Donna to attend the hub's parents' group on exploitation
    who   : Donna Morrow
    when  : -
    check : attendance sheet sent to the SW

[11] Missing from home
    do    : Report Kacey missing to police if she is not home by 9.30pm and
            cannot be reached by phone, giving who she was last seen with
    who   : Donna Morrow
    when  : every night from 17/07/2025
    check : police missing log matches the nights Kacey was out; checked by
            the SW weekly

:: CONTINGENCY ::

If the risks to Kacey increase or there are further concerns, a strategy
discussion will be considered and the plan will be reviewed.

:: REVIEW ::

Core group   every 4 weeks from 07/08/2025, 4pm, Kimmersall Academy
RCPC         to be arranged by the conference team

:: END OF PRINT ::
""",
    "findings": [
        F("M002", "Return home interview after every missing episode"),
        F("T002", "One-to-one sessions with Kacey on exploitation, grooming and"),
        F("M001", "Sexual health appointment with Kacey, including emergency"),
        F("W001", "Go through Kacey's phone settings and Snapchat contacts"),
        F("W002", "Share any sighting of Kacey with the men"),
        F("T001", "Donna to attend the hub's parents' group on exploitation"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Second core group minutes: agency update grid, scaling, then an action
#    log table with a New / c/f column (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b52_kelverton_core_group_agency_grid_action_log_fairclough.docx",
    "doc_title": "Core Group Minutes and Action Log - Ella-Rose and Jayden Fairclough",
    "split": "heldout",
    "actions": 10,
    "template": "core-group-minutes-docx-attendance-table-agency-update-grid-childrens-lived-experience-scaling-bullets-outcomes-from-icpc-then-ref-action-owner-target-date-evidence-new-cf-log",
    "description": (
        "Minutes of a second core group for a 5-year-old and a 2-year-old (neglect, home conditions, "
        "father's drinking), with an agency update grid, the children's lived experience, scaling and "
        "an action log. Faults: one outcome is only about the father, the alcohol service did not "
        "come and owns nothing (only dad attends it), the yard is measured by 'monitored', the HV "
        "check is 'TBC', the nursery application has no owner, 'Core group' owns sharing concerns, "
        "and the parenting course has no evidence. Contingency, legal step and dates are good."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes and Action Log"),
        ("p", "Kelverton Metropolitan Borough Council · Children and Families Service · Locality Team West"),
        ("kv", [
            ("Children", "Ella-Rose Fairclough (5), Kelverton Primary; Jayden Fairclough (2)"),
            ("Address", "41 Pinfold Street, Kelverton"),
            ("Meeting", "Second core group (initial conference 12/06/2025, category neglect)"),
            ("Date and venue", "24/07/2025, 10am, Elmwood Family Centre"),
            ("Chair", "Priya Chauhan, social worker"),
            ("Minutes", "Sam Whitley, business support"),
        ]),
        ("h2", "1. Attendance"),
        ("table", {
            "header": ["Name", "Role", "Attended"],
            "widths": [5.0, 8.0, 4.0],
            "rows": [
                ["Stacey Fairclough", "Mum", "Yes"],
                ["Carl Fairclough", "Dad", "Yes"],
                ["Priya Chauhan", "Social worker (chair)", "Yes"],
                ["Gemma Lowe", "Health visitor", "Yes"],
                ["Dawn Pike", "DSL, Kelverton Primary", "Yes"],
                ["Liam Hart", "Family support worker, Kelverton Family Hub", "Yes"],
                ["Kelverton Drink Wise", "Adult alcohol service", "Invited – did not attend"],
            ],
        }),
        ("h2", "2. Updates from each agency"),
        ("table", {
            "header": ["Agency", "Update since the first core group"],
            "widths": [4.0, 13.0],
            "rows": [
                ["Social care", "Priya has visited four times, twice unannounced. The kitchen floor was "
                                "clearer on the last visit but there was still dog mess in the yard and "
                                "Jayden's cot sheet had not been changed. Carl was asleep on the sofa at "
                                "11am on 15/07/2025 and said he had been \"out with the lads\"."],
                ["Health visiting", "Jayden weighed on 10/07/2025: 9th centile, down from the 25th in "
                                    "January. He says a handful of words. Stacey has cancelled his "
                                    "2-year check twice."],
                ["School", "Ella-Rose's attendance this term was 86%, with 14 late marks. She often comes "
                           "in without breakfast and staff give her toast."],
                ["Family Hub", "Liam has been allocated and has met Stacey once to plan the sessions."],
                ["Parents", "Stacey said the house is \"getting there\". Carl said he drinks at weekends "
                            "\"like everyone else\" but accepted he has had eight or nine cans most Friday "
                            "and Saturday nights, and that he has booked his first appointment with "
                            "Kelverton Drink Wise."],
            ],
        }),
        ("h2", "3. The children's lived experience"),
        ("p", "Ella-Rose (seen on her own at school on 17/07/2025) said: \"Daddy sleeps a lot. I get the "
              "cereal for Jayden when Mummy's in the shower.\" She drew her bedroom with \"the bin bags\" "
              "in it and said she would like \"a unicorn duvet and no more smelly bits in the garden\". She "
              "said she is scared of Daddy \"when he's got the cans and he's loud\"."),
        ("p", "Jayden was seen at home twice. He was in a heavy nappy on both visits, brought the HV his "
              "beaker when she arrived, and ate a whole banana and a yoghurt quickly. He plays happily with "
              "his sister and cries when the dog jumps up at him."),
        ("h2", "4. Scaling"),
        ("p", "On a scale of 0 to 10, where 10 means the children are safe enough for the plan to end:"),
        ("bullets", [
            "Stacey 7; Carl 8.",
            "Priya 3, HV 3, school 4, Family Hub 4.",
        ]),
        ("h2", "5. Outcomes agreed at conference"),
        ("bullets", [
            "Ella-Rose and Jayden live in a clean, warm home with clear floors, a safe garden and their "
            "own clean beds.",
            "Ella-Rose gets to school on time every day, fed and in clean uniform.",
            "Jayden's weight gets back to his usual centile and his speech is helped before he is 3.",
            "Carl will stop drinking and find work.",
        ]),
        ("h2", "6. Action log"),
        ("table", {
            "header": ["Ref", "Action", "Owner", "Target date", "Evidence of completion", "New / c/f"],
            "widths": [1.0, 5.4, 3.0, 2.6, 3.8, 1.4],
            "rows": [
                ["1", "Home visits, one unannounced each month; see Ella-Rose alone and Jayden awake, and "
                      "look at the kitchen, bathroom and both children's bedrooms",
                 "Priya Chauhan, SW", "Every 2 weeks",
                 "Visit record with a score for each room and Ella-Rose's words", "c/f"],
                ["2", "Clear the garden of dog mess and rubbish and keep the dog out of the children's "
                      "bedrooms",
                 "Stacey and Carl", "By 08/08/2025, then daily",
                 "Home conditions to be monitored", "c/f"],
                ["3", "Go to Kelverton Drink Wise for an alcohol assessment and then weekly key-work",
                 "Carl Fairclough", "Assessment 31/07/2025, then weekly",
                 "Appointment letters and attendance seen by the SW", "c/f"],
                ["4", "Ages and Stages review of Jayden's development and a referral to speech and language "
                      "therapy if needed",
                 "Gemma Lowe, HV", "TBC",
                 "ASQ-3 scores shared with the SW and nursery", "New"],
                ["5", "Apply for Jayden's funded 2-year-old nursery place at Little Wrens",
                 "-", "By 15/08/2025",
                 "Place confirmation letter on the children's file", "New"],
                ["6", "Check in with Ella-Rose each morning and log whether she has had breakfast, is in "
                      "clean uniform and is on time",
                 "Dawn Pike, DSL, Kelverton Primary", "Every school day from 03/09/2025",
                 "Daily log emailed to the SW each Friday", "c/f"],
                ["7", "Share any concern about Carl's drinking or the children's care with the SW on the day "
                      "it is seen",
                 "Core group", "Same day",
                 "Concern recorded on the children's file", "c/f"],
                ["8", "Complete the Family Steps parenting course at Elmwood",
                 "Stacey and Carl", "Thursdays for 10 weeks from 07/08/2025",
                 "", "New"],
                ["9", "Sessions at home on a bath-and-bed routine for both children, and on shopping and "
                      "cooking on a budget",
                 "Liam Hart, FSW, Kelverton Family Hub", "Weekly for 8 weeks from 29/07/2025",
                 "Routine chart on the fridge filled in daily; children in bed by 7.30pm when the SW "
                 "visits in the evening", "New"],
                ["10", "Graded Care Profile 2 assessment with Stacey and Carl",
                 "Priya Chauhan, SW", "By 21/08/2025",
                 "GCP2 scores and report shared with the parents and the core group", "New"],
            ],
        }),
        ("h2", "7. Contingency plan"),
        ("p", "If Carl is drunk while he is looking after the children, the police are called to the house, or "
              "either child has an injury nobody can explain, Priya (or the emergency duty team) will hold a "
              "strategy discussion the same day. Carl will be asked to leave and stay at his brother's flat; "
              "if he will not go, or Stacey cannot keep the children safe, Ella-Rose and Jayden will be "
              "placed with approved foster carers that day under section 20."),
        ("p", "If the home conditions scores have not improved by the review conference, or Carl misses two "
              "Drink Wise appointments in a row, Priya will ask the team manager for a legal planning "
              "meeting within 5 working days."),
        ("h2", "8. Next meetings"),
        ("p", "Next core group: 21/08/2025, 10am, Elmwood Family Centre (core groups every 4 weeks). Review "
              "child protection conference: 04/09/2025, 1.30pm, Kelverton Town Hall."),
        ("p", "Minutes agreed by the chair 25/07/2025 and sent to all invited, including Kelverton Drink Wise."),
    ],
    "findings": [
        F("F002", "Carl will stop drinking and find work."),
        F("F004"),
        F("M002", "Clear the garden of dog mess and rubbish"),
        F("T002", "Ages and Stages review of Jayden's development"),
        F("W001", "Apply for Jayden's funded 2-year-old nursery place"),
        F("W002", "Share any concern about Carl's drinking or the children's care"),
        F("M001", "Complete the Family Steps parenting course at Elmwood"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Social worker's letter to both parents after the initial conference,
#    plain-text letter, one commitment per paragraph. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b52_kindlesby_letter_after_icpc_one_sentence_each_brogan.txt",
    "split": "heldout",
    "actions": 9,
    "template": "sw-letter-to-separated-parents-after-icpc-plain-text-re-line-dash-underlined-headings-children-said-what-we-want-then-one-sentence-commitment-paragraphs-per-person",
    "description": (
        "Exemplary plain-text letter from a social worker to a mother and a father who has moved out, "
        "after an initial conference for a 9-year-old and a 6-year-old (physical abuse: father used a "
        "belt). What the children said, what everyone wants for them, then one sentence per "
        "commitment, each with who, when and how it will be checked. The grandmother's supervision "
        "has a fallback, the contingency is specific, and the core group, review and legal "
        "planning steps are set out."
    ),
    "text": """\
KINDLESBY CITY COUNCIL
Children's Services - Safeguarding and Assessment (South)
Orchard House, 12 Mercer Street, Kindlesby

Our ref: CP/25/3318
Date:    31 July 2025

PRIVATE AND CONFIDENTIAL

Mrs Lisa Brogan, 27 Weaver's Row, Kindlesby
Mr Martin Brogan, c/o 9 Holly Bank, Kindlesby


Dear Lisa and Martin,

RE: HARVEY AND MILLIE - THE CHILD PROTECTION PLAN AGREED ON 29 JULY 2025

Thank you both for coming to the conference on Tuesday. I know it was a hard
morning, and I could see how much you both care about Harvey and Millie. As I
promised, this letter sets out the plan in plain words. Please keep it somewhere
safe and ring me if anything is not how you remember it.


Why there is a plan
-------------------

On 10 July Harvey's teacher saw red marks across the backs of his legs when he
changed for PE. Harvey told her "Dad did it with his belt because I wouldn't
get off the Xbox." Martin, you told the police and me that you had used the belt
"a few times" this year and that you were brought up that way. You have moved to
your mum's house at Holly Bank while the plan is in place. The conference agreed
that Harvey and Millie are at risk of physical harm, and they each have a child
protection plan under the category of physical abuse.


What Harvey and Millie told us
------------------------------

Harvey said: "I don't want Dad to stop coming, I just want him to stop hitting."
He told me he likes Sundays at Nanna June's "because she does roast and Dad
plays football with me in her garden", and that the worst thing is "when Dad
goes quiet, because then you know".

Millie said she hides in her wardrobe "when Daddy does his big voice". She drew
a picture of everyone at Nanna June's table and said she wants to see Daddy
"at Nanna's, where it's nice".


What we all want for Harvey and Millie
--------------------------------------

  * Harvey and Millie are never hit, smacked or hurt by an adult.
  * They keep seeing their dad every week, somewhere they feel safe.
  * Harvey has someone to talk to about what happened and says he feels safe at
    home.


What each of us has agreed to do
--------------------------------

I will visit Harvey and Millie at home every two weeks, once a month without an
appointment, and see each of them on their own, writing down what they tell me
in their own words in my visit record.

Martin, from 29 July 2025 you will not smack or hit either child or use a belt
or anything else on them, and at every one of my visits Harvey and Millie will
be asked whether anyone has hurt them, with their answers written in my record.

June Brogan has agreed to supervise Martin's time with the children at her house
every Sunday from 2pm to 5pm, staying in the room the whole time and signing the
contact book, which I will read at each visit.

Martin, you will go to the Positive Fathers course at the Mercer Street Family
Centre on Wednesday evenings for 12 weeks from 13 August 2025, and the course
leader, Femi Adeyemi, will send me your attendance every month and a written
report at the end on what you have taken from it.

Lisa, you will go to the Safe Together group for mums at the family centre on
Tuesday mornings for 8 weeks from 5 August 2025, and the group leader will send
me your attendance sheet at the end of each month.

Lisa, you will take Harvey and Millie to Busy Bees holiday club on Mondays,
Wednesdays and Fridays until school starts on 3 September 2025, and I will check
the club's register every Friday.

Mrs Carter, the head teacher and designated safeguarding lead at Linden Park
Primary, will see Harvey every Monday morning from 8 September 2025, keep a note
of each check-in and ring me the same day if he has a mark or says he has been
hurt.

Angela Price, the school nurse, will see Harvey by 26 September 2025 to talk
about his worries and his sleep, and will send you and me a short written
summary afterwards.

I will refer Harvey to the Kindlesby Children's Wellbeing Service by 8 August
2025 so that he has someone to talk to about what happened, and I will send you
a copy of their acceptance letter.


If something goes wrong
-----------------------

If either child has a mark or injury that has not been explained, tells anyone
they have been hit, or Martin sees the children anywhere other than at June's
on a Sunday, I (or the out-of-hours team) will tell the police and hold a
strategy discussion the same day, and Sunday contact will stop until a new risk
assessment has been done.

If June is ill or cannot be there for the whole of a Sunday visit, that visit
will not go ahead with anyone else; I will arrange a supervised session for
Martin at the Mercer Street Family Centre within a week instead.

If Martin comes back to live at Weaver's Row, or the children are left with him
on his own, Harvey and Millie will stay with Lisa's sister, Amanda Ross, on
Linden Road, and if Amanda cannot have them they will stay with foster carers
that night.


Meetings
--------

The core group (the two of you, June, Mrs Carter, Angela Price and me) will meet
every four weeks at Orchard House at 10am: on 12 August, 9 September and 7
October 2025. The review child protection conference will be on 23 October 2025
at 10am, also at Orchard House.

If Martin uses physical punishment again, or misses three Positive Fathers
sessions before the review conference, my manager and I will hold a legal
planning meeting to decide whether to start the pre-proceedings process.


Yours sincerely,

Rachel Okoye
Social Worker, Safeguarding and Assessment (South)

cc: Mrs J. Carter, Linden Park Primary; Angela Price, school nurse;
    June Brogan
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Initial conference "plan on a page" with a blockquote summary, relapse
#    signature, and a who-first action table. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b52_kethermoor_icpc_plan_on_a_page_who_first_rahman.md",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-plan-md-blockquote-plan-on-a-page-worry-goal-scale-then-relapse-signature-bullets-and-who-first-table-who-will-do-how-often-by-when-what-we-will-see",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 20-month-old after their mother's "
        "manic relapse and hospital admission (bipolar disorder; father works away). A plan-on-a-page "
        "summary, the children's words and day, her early warning signs, then a who-first table: "
        "the consultant reports on relapse risk and capacity to stay well, the care co-ordinator "
        "reports on change at each core group, the GP owns blood tests, grandmother's nights have a "
        "fallback, and core group, review and legal planning steps are set."
    ),
    "text": """\
# Kethermoor Council | Children's Services

## Initial Child Protection Conference – Plan for Yusuf and Esme Rahman

> **Plan on a page**
> **The worry:** when Aisha becomes unwell, Yusuf and Esme can be left without an adult who is able to care for them, or taken out at night.
> **The goal:** Yusuf and Esme are always looked after by an adult who is well and awake, and Yusuf no longer feels he has to look after his mum and sister.
> **Where we are (0 = not safe, 10 = safe enough to close):** professionals 4 · Aisha 7 · Tariq 6 · Shabana 5

**Conference:** 24 July 2025 · **Category:** neglect · **Social worker:** Daniel Price · **Chair:** Ruth Adebayo

## The family

- **Yusuf Rahman**, 7, Year 2 at Moorgate Primary
- **Esme Rahman**, 20 months, at home
- **Aisha Rahman**, mum (32), 11 Lantern Street, Kethermoor
- **Tariq Rahman**, dad (35), HGV driver, away Monday to Thursday nights
- **Shabana Begum**, Nani (Aisha's mum), 2 streets away on Chapel Row

## What happened

Aisha has bipolar disorder and had been well for three years. In May she stopped sleeping,
talked very fast and spent most of the family's savings online. On 21 May a neighbour found
her walking in the rain with Esme at 3am; Esme was in a summer dress and soaking wet, and
Yusuf was alone asleep at home. Aisha was detained under section 2 at the Oakfield Unit and
came home on 12 June. She is back on lithium and says she feels "like myself again". Shabana
moved in while Aisha was in hospital and still stays most weeknights.

## What Yusuf and Esme tell us

Yusuf (seen on his own at school, 15 July): "Mummy talked really fast and she didn't go to
bed. I gave Esme her milk because Mummy forgot." He said he likes it when Nani sleeps over
"because I don't have to listen for Esme", and that he wants Mummy "to never go back to
that hospital". He would like to go to the football club after school like his friend Ali.

Esme was seen at home three times. She toddles to the door to greet visitors, says "Nani",
"Baba" and "juice", and goes to Aisha for cuddles. She sleeps in a cot in Shabana's room on
the nights Shabana stays. On the last visit she had a full nappy and a dry, red bottom, and
Aisha changed her straight away when Daniel mentioned it.

## What we want for Yusuf and Esme

- Yusuf and Esme are looked after every day and night by an adult who is well and awake.
- Yusuf goes to bed without listening out for his sister or worrying about his mum.
- Esme's care at home is steady: fed, changed and put to bed at the same times each day.

## Aisha's early warning signs (her own list)

- Sleeping less than 5 hours a night for two nights
- Talking fast, starting lots of projects, cleaning at night
- Spending money she does not have, or ordering things online at night
- Missing her evening lithium

## Our plan

| Who | Will do | How often / by when | What we will see |
|---|---|---|---|
| Daniel Price, social worker | Visit at home, see Yusuf on his own and Esme awake, with one visit a month unannounced and one in the evening while Tariq is away | Every 2 weeks | Visit records with Yusuf's words and what was seen of Esme's care and sleep |
| Dr Leah Cowan, consultant psychiatrist, Kethermoor CMHT | Review Aisha's mental state and medication, and write a report on her risk of relapse, what would need to change, and how likely she is to stay well enough to care for Yusuf and Esme over the next 6 months | Report by 29/08/2025 | Report shared with the core group and the review conference |
| Ben Hollis, care co-ordinator, Kethermoor CMHT | See Aisha at home, check her early warning signs with her, and report to each core group on whether she is keeping the changes the children need | Weekly for 8 weeks, then fortnightly | Written update at every core group; the SW told the same day of any early warning sign |
| Dr Simon Akers, GP, Bramble Street Surgery | Lithium blood tests, and tell Ben and the SW if a test is missed | Next test by 15/08/2025, then every 3 months | Results on the GP record and copied to Ben; a missed test reported to the SW the same week |
| Aisha Rahman | Take her lithium every evening and keep the sleep diary in her relapse plan, so she is well enough to look after Yusuf and Esme | Every evening | Dosette box checked by Ben weekly; sleep diary read by the SW at every visit |
| Shabana Begum (Nani) | Stay overnight at Lantern Street and do Esme's night-time care | Monday to Thursday nights until the review conference | Shabana's entries in the family diary, read by the SW at every visit |
| Tariq Rahman | Go through Aisha's early warning signs with her and Ben, and sign the relapse plan so he knows when to come home | By 22/08/2025 | Signed relapse plan on the CMHT record, copy to the SW |
| Orla Finch, health visitor | Bring Esme's 2-year review forward, including her speech, sleep and nappy care | By 12/09/2025 | ASQ-3 scores and review notes shared with the SW and GP |
| Mr Joel Ambrose, DSL, Moorgate Primary | Check in with Yusuf each Monday and ring the SW the same day if he says Mum has been poorly or if he is late or absent | Every Monday from 04/09/2025 | DSL notes of each check-in; calls logged on Yusuf's file |
| Beth Lowry, Kethermoor Young Carers | Young carers assessment for Yusuf, and a place at the Thursday after-school club | Assessment by 19/09/2025 | Assessment and support plan sent to the SW, Aisha and Tariq |

## If Aisha becomes unwell

If Aisha shows two or more of her early warning signs, or misses her lithium two evenings
running, whoever notices (Shabana, Tariq or a professional) will ring Ben or the crisis team
and Daniel the same day. Shabana will stay with the children day and night, and Aisha will
not be alone with Esme, until the crisis team has assessed her.

If Shabana cannot be there, Tariq will come home that day. If neither of them can, Daniel
(or the emergency duty team) will arrange for Yusuf and Esme to stay together with approved
foster carers that night.

If Aisha takes the children out at night, or leaves them on their own, the adult who finds
out will ring 999, and Daniel will hold a strategy discussion the same day.

## Dates

- Core group every 4 weeks at Kethermoor Family Hub, 10am: 14 August, 11 September and 9 October 2025.
- Review child protection conference: 23 October 2025, 2pm, Kethermoor Civic Centre.
- If Aisha has another relapse in which the children are left without safe care, or Dr Cowan's report says she is unlikely to stay well enough within the children's timescales, Daniel will ask the team manager for a legal planning meeting within 5 working days.
""",
    "findings": [],
})
