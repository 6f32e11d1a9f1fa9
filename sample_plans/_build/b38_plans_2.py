"""Batch 38, module 2: seven fictional plans (held-out material), places beginning with "m".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: plans written mostly in prose rather than tables -- a social worker's
letter to a mother after conference, core group minutes whose last part is an
action log, a child-friendly plan written to a 10-year-old, a Signs of Safety
plan with danger statements, safety goals and scaling, a Scottish child's plan
(GIRFEC), a looked-after child's care plan with a ward stay, and a child in
need plan stepping down from protection. Hedged and passive commitments,
children's words under ordinary headings, "if ... then ..." contingencies and
parents' drinking, drug use and depression, with and without adult services.
Three plans are exemplary.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Social worker's letter to a mother after the initial conference: numbered
#    bold topics, the plan as one-sentence paragraphs under place subheadings,
#    hedges and passives; mother's drinking with no adult service (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b38_maddleford_letter_after_icpc_hartigan.docx",
    "doc_title": "Letter to Gemma Hartigan - child protection plan for Maisie and Reuben",
    "split": "heldout",
    "template": (
        "sw-letter-to-mother-after-icpc-docx-right-aligned-council-block-ref-line-numbered-bold-topics-"
        "then-plan-as-one-sentence-paragraphs-under-bold-place-subheadings-at-home-school-health-family-"
        "disagree-section-cc-list"
    ),
    "description": (
        "A social worker's letter to a mother after the initial conference for an 8-year-old and a "
        "3-year-old (neglect; the mother's daily drinking since a bereavement, father working away). "
        "Child's words, a specific contingency, meeting dates and a legal step are all there, but the "
        "return to the recovery service is hoped for 'when you feel ready' with no measure, two "
        "passives have no agent, the dentist is 'over the next few weeks', 'everyone' will monitor, "
        "one goal is the mother's, no adult service owns an action, and the contingency sends the "
        "children to the grandmother, who with the aunt carries part of the plan, with no fallback."
    ),
    "blocks": [
        ("pr", "Maddleford Borough Council"),
        ("pr", "Children's Services – Safeguarding and Family Support (South)"),
        ("pr", "The Old Drill Hall, Canal Street, Maddleford MD4 2QT"),
        ("pr", "Telephone 01632 960418"),
        ("p", ""),
        ("pl", "Our ref: MBC/CP/25/3317"),
        ("pl", "13 October 2025"),
        ("p", ""),
        ("pl", "Ms Gemma Hartigan"),
        ("pl", "27 Wharfside Court"),
        ("pl", "Maddleford MD4 6LB"),
        ("p", ""),
        ("boldp", "Maisie Hartigan (8) and Reuben Carver (3) – your children's child protection plan"),
        ("p", "Dear Gemma,"),
        ("p", "Thank you for coming to the initial child protection conference on Thursday 9 October, and for "
              "staying to the end when I know parts of it were hard to hear. As I promised, this letter sets "
              "out the plan in writing, and Lewis has been sent a copy too. Where I say \"I\" in this letter, "
              "that is me, Amira, your social worker. Please keep it somewhere safe and ring me if anything "
              "here is different from what you remember being agreed."),
        ("boldp", "1. Why the conference was held"),
        ("p", "In August Maisie's school could not get hold of anyone to collect her. When I called round you "
              "were asleep on the settee and Reuben was in the kitchen on his own with the back door open. On "
              "two afternoons in September staff at Hollins Lane Primary smelt alcohol on you at the gate. You "
              "told the conference that you have been drinking most days since your dad died in March, "
              "usually vodka, and that you stopped going to the Lantern Recovery Service in June. Lewis works "
              "on the rigs, three weeks away and three weeks at home, so when he is away you are looking "
              "after both children on your own."),
        ("boldp", "2. What the conference decided"),
        ("p", "The chair, Mrs Patience Oduya, decided that Maisie and Reuben should each have a child "
              "protection plan under the category of neglect. Everyone at the conference, including you, "
              "spoke about how much you love the children and how well they were doing until this year. The "
              "plan is there to help all of you get back to that."),
        ("boldp", "3. What Maisie and Reuben have told us"),
        ("p", "When I saw Maisie on her own at school she said, \"I like it when Mum does my plaits and we "
              "watch Bake Off. I don't like it when she goes to sleep in the day because Reuben cries and I "
              "have to make him toast.\" She told me she keeps her tablet charged \"in case I need to ring "
              "Daddy\" and that the best day last month was \"when Nanna Carol took us to the park and had "
              "a picnic\"."),
        ("p", "Reuben is too young to tell us in words. At Little Acorns Nursery he is chatty and plays well, "
              "but staff have noticed he is very hungry on Monday mornings and often wears the same clothes "
              "for several days. When I visit he follows Maisie from room to room and goes to her, not to "
              "you, when he bumps himself."),
        ("boldp", "4. What we are all working towards"),
        ("bullets", [
            "Maisie and Reuben are always looked after by a sober adult who is awake and able to respond "
            "to them, day and night.",
            "Maisie no longer has to make meals for Reuben or worry about getting him ready.",
            "Both children get to school and nursery on time, fed and in clean clothes.",
            "Gemma feels more in control of her life and her grief.",
        ]),
        ("boldp", "5. What will happen now"),
        ("boldp", "At home"),
        ("p", "I will visit you at home every week, at least once a fortnight without ringing first, and I "
              "will see Maisie on her own each time and write down what she tells me in my visit record."),
        ("p", "You have agreed not to drink any alcohol while you are looking after Maisie and Reuben, and "
              "you will blow into the breathalyser I gave you at 5pm every day that Lewis is away and text me "
              "a photo of the reading."),
        ("p", "It is hoped that you will go back to the Lantern Recovery Service and pick up where you left "
              "off when you feel ready."),
        ("p", "A referral will be made to the Family Time parenting group at Ashgrove Children's Centre "
              "before the half-term holiday."),
        ("boldp", "At school and nursery"),
        ("p", "Mrs Dalby, the designated safeguarding lead at Hollins Lane Primary, will check in with Maisie "
              "every Monday and Thursday morning and email me the same day with anything she says about "
              "home."),
        ("p", "Reuben's nursery will be asked to keep a daily note of who drops him off and picks him up, and "
              "whether that adult seems to have been drinking."),
        ("boldp", "Health"),
        ("p", "Sonia Fenwick, your health visitor, will see Reuben at home by 31 October to do his overdue "
              "two-year check, and will send me and Dr Ashraf the results."),
        ("p", "You will try to get Reuben seen by a dentist over the next few weeks and bring me the "
              "appointment card."),
        ("p", "You will book an appointment with Dr Ashraf at Cranmoor Surgery by 24 October to talk about "
              "your drinking and your sleep, and show me the appointment text when I visit."),
        ("boldp", "Family"),
        ("p", "Your mum, Carol, has offered to have Maisie and Reuben to stay every Friday night, and she will "
              "write in the diary we gave her who dropped them off and at what time."),
        ("p", "Your sister Jodie will collect Maisie from school every Tuesday and Wednesday, and the school "
              "office will sign Maisie out to her in the collection book."),
        ("p", "Everyone working with your family will monitor how the children are getting on at home."),
        ("boldp", "6. If things go wrong"),
        ("p", "If you have been drinking while Maisie and Reuben are in your care, or if Maisie tells anyone "
              "that she could not wake you, then the children will go straight to your mum Carol's house in "
              "Linley Road, and I (or the emergency duty team out of hours) will hold a strategy discussion "
              "the same day. The children will stay with Carol until we are sure it is safe for them to come "
              "home."),
        ("p", "If by the core group on 18 December there has been another time when you were drinking while "
              "the children were in your care, or you have not gone back to Lantern, my team manager, "
              "Mr Grant Hollis, will hold a legal planning meeting to decide whether the council should start "
              "the pre-proceedings process. I would write to you straight away if that happened, and you "
              "would be entitled to free legal advice."),
        ("boldp", "7. Meetings"),
        ("p", "The core group (you, Lewis when he is home, me, Mrs Dalby, Sonia and the nursery) will meet "
              "every four weeks at Hollins Lane Primary, at 9.30am on 23 October, 20 November and "
              "18 December 2025. The review child protection conference will be held on Thursday "
              "8 January 2026 at 10am at the Old Drill Hall."),
        ("boldp", "8. If you disagree with the plan"),
        ("p", "You can ask the conference chair to look at the plan again by writing to her within 14 days, or "
              "you can use the council's complaints procedure. Joy Adeyemi from Maddleford Parent Advocacy, "
              "who came with you to the conference, can help you with either."),
        ("p", "Yours sincerely,"),
        ("p", "Amira Saleh"),
        ("pl", "Social Worker, Safeguarding and Family Support (South)"),
        ("pl", "Direct line 01632 960433"),
        ("p", ""),
        ("pl", "cc: Lewis Carver; Mrs Dalby (DSL), Hollins Lane Primary; Sonia Fenwick (HV); Little Acorns "
               "Nursery; Dr Ashraf, Cranmoor Surgery; Mrs P. Oduya (chair)"),
    ],
    "findings": [
        F("T002", "go back to the Lantern Recovery Service and pick up"),
        F("M001", "go back to the Lantern Recovery Service and pick up"),
        F("W001", "A referral will be made to the Family Time parenting group"),
        F("M001", "A referral will be made to the Family Time parenting group"),
        F("W001", "Reuben's nursery will be asked to keep a daily note"),
        F("T002", "get Reuben seen by a dentist over the next few weeks"),
        F("W002", "Everyone working with your family will monitor how the children"),
        F("T001", "Everyone working with your family will monitor how the children"),
        F("M002", "Everyone working with your family will monitor how the children"),
        F("F002", "Gemma feels more in control of her life and her grief."),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Core group minutes: numbered items (attendance, matters arising, agency
#    updates, children's experience, scaling, analysis, contingency, dates),
#    the action log last as a Word numbered list. No outcome anywhere (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b38_merrowcombe_core_group_minutes_action_log_nowicki.pdf",
    "doc_title": "Core Group Record - Kacper and Zofia Nowicki",
    "split": "heldout",
    "template": (
        "core-group-minutes-paged-kv-header-then-numbered-item-headings-attendance-initials-matters-arising-"
        "agency-update-paragraphs-childrens-experience-scaling-is-the-plan-working-contingency-next-meetings-"
        "then-action-log-last-as-word-numbered-initials-to-sentences"
    ),
    "description": (
        "Record of a third core group for a 9-year-old and a 2-year-old (neglect; mother's depression "
        "and anxiety under the CMHT, father's cocaine and cannabis use with the drug service). Updates, "
        "the children's words and day, scaling, a specific contingency, dates and a legal step are all "
        "there, and the drug service reports on change; but the minutes never say what should be "
        "different for the children, the CPN's row only supports, the mother goes to her group 'as often "
        "as she can', home checks are passive, the nurture group waits 'until one becomes available' "
        "with no measure, and 'all agencies' share information 'in a timely manner'."
    ),
    "header": "OFFICIAL-SENSITIVE (PERSONAL) | Merrowcombe District Council | Children's Social Care",
    "footer": "Core group 3 record – Nowicki – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Record of Core Group Meeting"),
        ("kv", [
            ("Children", "Kacper Nowicki, 9 (DOB 02/03/2016), Year 5, St Bede's RC Primary; "
                         "Zofia Nowicka, 2 (DOB 14/07/2023), Little Wrens Nursery"),
            ("Address", "18 Saltings Close, Merrowcombe"),
            ("Plan", "Child protection plan since the initial conference on 18/09/2025 – category: neglect"),
            ("Meeting", "Core group 3, Thursday 6 November 2025, 1.30pm to 3.10pm, St Bede's RC Primary "
                        "(family room)"),
            ("Chair", "Nadia Brennan, social worker"),
            ("Minutes", "Carys Lloyd, family support worker"),
        ]),
        ("h2", "Item 1 – Attendance"),
        ("p", "Present: Ewa Nowicka (EN), mother; Tomasz Nowicki (TN), father; Nadia Brennan (NB), SW; Carys "
              "Lloyd (CL), FSW; Peter Arkwright (PA), DSL, St Bede's; Bronwen Tate (BT), HV; Callum Ruddy "
              "(CR), recovery worker, Pathway Team, Merrowcombe Drug and Alcohol Service; Anna Lis (AL), CPN, "
              "Merrowcombe Community Mental Health Team."),
        ("p", "Apologies: Shona Kemp, manager, Little Wrens Nursery (written update emailed 05/11/2025). EN "
              "and TN said they were happy for the meeting to be in English; NB checked at the end of each "
              "item that they had understood and agreed with what was written."),
        ("h2", "Item 2 – Matters arising from the meeting on 9 October"),
        ("p", "NB has visited four times since the last core group, once unannounced, and saw Kacper on his "
              "own each time. TN gave his hair strand sample on 10 October; the result, shared with him "
              "before today, showed low-level cocaine use over the three months to mid-October. BT has not "
              "yet done Zofia's development review because two appointments were missed; a third is booked. "
              "The referral for the school's nurture group went in on 14 October but there is a waiting list. "
              "PA has moved Kacper's breakfast club place to every day."),
        ("h2", "Item 3 – Updates from the family and from each agency"),
        ("p", "EN said the house has been \"calmer\" since TN stopped going out on Friday nights. Mornings are "
              "still hard for her: on some days she cannot get out of bed until TN comes in from his night "
              "shift at 7am, and Kacper gets himself to breakfast club. She is taking her sertraline and sees "
              "AL every two weeks."),
        ("p", "TN accepted the hair strand result. He said he last used cocaine \"at a christening in "
              "September\" and that he smokes cannabis most evenings \"to sleep after nights\". He has been to "
              "four of his five appointments with CR."),
        ("p", "CR: TN's two urine screens in October were negative for cocaine and positive for cannabis. CR "
              "is working with him on sleep after night shifts and on keeping cannabis out of the house "
              "altogether."),
        ("p", "AL: EN's mood is low but she has no thoughts of harming herself. AL has been visiting "
              "fortnightly and helped EN join the anxiety management group at Merrowcombe Wellbeing Hub, which "
              "started on 28 October; EN has been to one of two sessions."),
        ("p", "PA: Kacper's attendance is 93% this half term, up from 84%. He was late twice, both Mondays. "
              "He is quiet in class and told his teacher he is \"tired of looking after Zosia\"."),
        ("p", "BT, with the nursery's update: Zofia weighed 12.1kg on 3 November (50th centile). She arrives "
              "at nursery clean, but on three evenings in October she was not collected until after 6pm and "
              "staff could not reach either parent."),
        ("p", "CL: three sessions on the morning routine done with EN. The kitchen was clean on two of CL's "
              "three visits; on one visit Kacper's bed had no bedding."),
        ("h2", "Item 4 – What Kacper and Zofia are telling us"),
        ("p", "Kacper, seen alone by NB at school on 3 November: \"Mornings are the worst. Mama is sad in bed "
              "and Tata is still at work so I do Zosia's breakfast.\" He likes breakfast club because "
              "\"there's toast and nobody shouts\". He said his dad is \"more fun now\" and that they went to "
              "a Merrowcombe Town match together. In his house of dreams he drew \"Mama getting up\"."),
        ("p", "Zofia is using single words in Polish and English. At NB's visit on 29 October at 11am she was "
              "in a wet nappy and was eating dry cereal from the box on the floor; when she fell over she "
              "went to Kacper for comfort rather than to her mother. Nursery describe her as sociable and "
              "always keen for her breakfast."),
        ("h2", "Item 5 – Scaling"),
        ("p", "On a scale of 0 to 10, where 10 means the plan can end and 0 means the children cannot safely "
              "stay at home, the scores were: EN 7, TN 8, NB 4, CL 5, PA 4, BT 5, CR 6, AL 5. Professionals' "
              "scores were lower because of the late collections from nursery and Kacper still doing "
              "Zofia's breakfast."),
        ("h2", "Item 6 – Is the plan working?"),
        ("p", "The core group agreed that some things are better (Kacper's attendance, TN's work with the "
              "Pathway Team) but that the children's care first thing in the morning and at the end of the "
              "nursery day has not changed enough. EN's mood and TN's night shifts together leave gaps that "
              "Kacper is filling. The plan continues with the actions in item 9."),
        ("p", "If TN's next hair strand test shows further cocaine use, or Zofia is left at nursery again with "
              "neither parent contactable, NB will ask her team manager, Karen Mulvey, for a legal planning "
              "meeting within five working days."),
        ("h2", "Item 7 – Contingency plan (agreed at conference, confirmed today)"),
        ("p", "If TN is found under the influence of drugs or alcohol while he is caring for the children, or "
              "Zofia is not collected from nursery by 6.30pm and neither parent can be reached, the nursery or "
              "school will ring NB (or the emergency duty team on 01632 960771 out of hours) and a strategy "
              "discussion will be held the same day. The children will stay with EN's cousin, Marta "
              "Zielinska, at 4 Hatherleigh Road, who has agreed to this; if Marta cannot have them, NB will "
              "arrange a foster placement for them together that day."),
        ("h2", "Item 8 – Next meetings"),
        ("p", "Next core group: Thursday 27 November 2025, 1.30pm at St Bede's; core groups continue every "
              "three weeks after that. Review child protection conference: Thursday 11 December 2025, 10am, "
              "Merrowcombe Civic Centre."),
        ("h2", "Item 9 – Action log (agreed today)"),
        ("numbers", [
            "NB to carry on home visits every two weeks, at least one a month unannounced and before 8.30am, "
            "seeing Kacper alone and Zofia awake, with what each child says or does written up in the visit "
            "record.",
            "CR to see TN every week at the Pathway Team, carry out a urine screen at each session and send "
            "NB a written update before each core group on his drug use and how it affects his care of the "
            "children.",
            "TN to give a second hair strand sample at the Pathway Team by 4 December 2025, with the result "
            "sent to NB before the review conference.",
            "AL to carry on fortnightly visits to EN to support her with her low mood and anxiety.",
            "EN to keep going to the anxiety management group at the Wellbeing Hub as often as she can, with "
            "her attendance confirmed to NB by the Hub.",
            "CL to do a morning routine session at home with EN every Tuesday at 7.45am for six weeks, with "
            "CL's session notes recording who got Zofia up, dressed and fed.",
            "Kitchen and bedrooms to be checked on every visit and photographs taken with EN's agreement.",
            "BT to complete Zofia's two-year development review at home by 28 November 2025 and send the "
            "ASQ-3 scores to NB and the GP.",
            "PA to offer Kacper a place in the Rainbow nurture group at lunchtimes when one becomes "
            "available.",
            "EN and TN to agree a rota for nursery collections on the weeks TN is on nights and give a copy "
            "to Little Wrens by 13 November 2025; nursery to record each collection time on the signing-out "
            "sheet.",
            "All agencies to share any new information with NB in a timely manner.",
        ]),
        ("p", "Minutes typed by CL 07/11/2025 and agreed by NB 10/11/2025. Copies to all present, Little Wrens "
              "Nursery and the conference chair."),
    ],
    "findings": [
        F("M001", "carry on fortnightly visits to EN to support her"),
        F("H001", "carry on fortnightly visits to EN to support her"),
        F("T002", "EN to keep going to the anxiety management group"),
        F("W001", "Kitchen and bedrooms to be checked on every visit"),
        F("T002", "offer Kacper a place in the Rainbow nurture group"),
        F("M001", "offer Kacper a place in the Rainbow nurture group"),
        F("W002", "All agencies to share any new information with NB"),
        F("T002", "All agencies to share any new information with NB"),
        F("M001", "All agencies to share any new information with NB"),
        F("O001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. "Tia's plan": written to a 10-year-old, the actions grouped by the places
#    in her week (home, Nana's, school, the doctor's, nursery). Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b38_mossendale_my_plan_places_redfern.md",
    "split": "heldout",
    "template": (
        "child-friendly-my-plan-md-letter-to-10-year-old-places-in-her-week-as-headings-home-nanas-school-"
        "doctors-nursery-bold-owner-bullets-with-when-and-how-youll-know-if-then-contingency-meetings"
    ),
    "description": (
        "Exemplary child-friendly plan written by the social worker to a 10-year-old young carer (and "
        "about her 4-year-old brother) after an initial conference (neglect; mother's depression and a "
        "hospital stay). Actions are grouped under the places in Tia's week; every bullet has an owner, a "
        "day or date and how Tia will know. The mental health nurse reports on whether Mum can make the "
        "changes and how long it may take, the GP owns an action, the contingency is 'if ... then ...' "
        "with a fallback if Nana cannot help, and core group, review conference and legal planning are "
        "all explained."
    ),
    "text": """\
# Tia's plan

*Written for Tia Redfern (10) by Jo Whitlock, her social worker at Mossendale Council, after the
child protection conference on 16 October 2025. Tia read it with Jo on 23 October and asked for two
changes, which are in. The grown-ups have a longer version of this plan; it says the same things.*

Hi Tia,

You asked me to write down "what everyone is actually going to do", so here it is. I've put it
under the places in your week, because you said that is how you think about things. If any of it
doesn't make sense, ask me or Mrs Okafor.

## Why you have a plan

In the summer your mum was very poorly with her depression and stayed at Larchfield Hospital for
three weeks. Before that, for a long time, she was often too tired and sad to get out of bed, and you
were doing lots of grown-up jobs: getting Kobe ready for nursery, making tea, and taking money from
Mum's purse to buy bread. One night in July you rang Nana Bev at 11 o'clock because you couldn't wake
Mum up.

The grown-ups at the conference agreed that you and Kobe need a child protection plan, so that
everyone works together and you both get looked after properly while Mum gets better. The kind of
plan is called "neglect", which means children not getting all the care they need. It does not mean
anyone thinks Mum doesn't love you. Everybody could see that she does.

## Things you told me

- "I don't mind helping but I'm the one who always remembers Kobe's book bag."
- "When Mum's in bed all day the house goes really quiet and I don't like it."
- "Nana's is the best because she does proper dinners and I get my own bed."
- You want to go back to Brownies, and you don't want a different social worker.
- On your worry scale you put "Mum going back to hospital" at 8 out of 10 and "school" at 2.

## What Kobe shows us

Kobe is 4 and goes to Sunflowers Nursery. He is chatty and loves dinosaurs. Nursery have noticed
that on some mornings he is hungry when he arrives, and that he gets upset at home time if the person
collecting him is late. When I visit he holds on to you, not to Mum.

## What we all want for you and Kobe

- You and Kobe are looked after every day and every night by a grown-up who is well enough to do it.
- You don't have to do grown-up jobs like cooking tea, getting Kobe ready or buying food.
- You get to school, and Kobe gets to nursery, on time and with breakfast inside you.
- You know who to ring if you are worried, and you feel safe at home.
- You are back at Brownies every week.

## Who is going to do what

### At home

- **Jo (me)** will come to your house every two weeks, and once a month it will be a surprise visit; I will always talk to you on your own and write down what you tell me in my notes.
- **Mum** will take her tablets every morning with breakfast and tick the chart on the fridge, and I will look at the chart every time I visit.
- **Mum** will get you and Kobe up, dressed and fed by 8.15am every school day, and the school and nursery registers will show you both arriving on time.
- **Mum** will take you to Brownies at St Luke's hall every Wednesday at 6pm from 5 November, and Brown Owl will mark you in the register.
- **Erin from Mossendale Young Carers** will meet you by 21 November to talk about the jobs you do at home, then write a list with Mum of which jobs are grown-up jobs; I will check the list is up on the fridge at my next visit.

### At Nana Bev's

- **Nana Bev** will pick you up from school and Kobe from nursery every Tuesday and Thursday and give you your tea at hers, and she will write it on the calendar in her kitchen so I can see it.
- **Nana Bev** will have you and Kobe to sleep over every Saturday night, and that goes on the same calendar.

### At school

- **Mrs Okafor**, who looks after keeping children safe at Hollybank Primary, will meet you every Monday at 9am in the library and write down how your weekend went; if you tell her anything worrying she will ring me that day.
- **Mr Reeve**, your teacher, will check in with you at the end of every school day and put a sticker in your home-time book, which Mrs Okafor will look at each Monday.

### At the doctor's

- **Priya Shah**, Mum's nurse from the Mossendale community mental health team, will see Mum every two weeks and, before every core group meeting, write to me about whether Mum is getting well enough to look after you and Kobe and how long that is likely to take; I will read her letter out at the meeting.
- **Dr Lamb**, Mum's doctor at Brookview Surgery, will check Mum's tablets every month and tell Priya and me in writing if Mum hasn't collected them from the chemist.
- **Sam Hussain**, the school nurse, will see you by 28 November to talk about your sleep and your tummy aches, and send Mum and me a short letter saying what she found.

### At nursery

- **Lauren**, Kobe's keyworker at Sunflowers Nursery, will write in his diary every day what time he arrived, whether he'd had breakfast and who brought him, and email me a copy every Friday.

## If things go wrong

If Mum gets very poorly again, stops taking her tablets, or you can't wake her up, then ring Nana Bev
straight away on the number on your card. If Nana doesn't answer, ring 999 and tell them your address.

Then Nana will take you and Kobe to hers, and I (or the night-time social work team) will hold a
meeting called a strategy discussion that same day to decide what happens next. Priya will arrange
for Mum to see the crisis team that day too.

If Nana Bev is poorly or away and can't pick you up, have you to sleep over or look after you, then
Aunty Shell will do it instead. If neither of them can, then I will find foster carers for you and
Kobe to stay with together that night, and you will still go to Hollybank the next day.

If Mum is still not well enough to look after you by the core group on 8 January, even with all this
help, then I will ask my manager for a special meeting with the council's lawyers. It is called a
legal planning meeting, and I will always tell you and Mum before it happens.

## When the grown-ups meet

- The core group (Mum, Nana Bev, me, Mrs Okafor, Priya, Lauren and Sam) meets every four weeks at Hollybank Primary at 3.45pm: 6 November, 4 December 2025 and 8 January 2026. Before each one I will ask you what you want me to say for you.
- The review child protection conference is on 15 January 2026 at 10am at Mossendale Town Hall. You can come to part of it, or write something for me to read out.

Jo Whitlock, social worker, Mossendale Council – 24 October 2025
My number is 01632 960552. At night and at weekends ring 01632 960900.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Signs of Safety plan: harm, danger statements DS1/DS2 paired with safety
#    goals SG1/SG2, working well, three houses, scaling by person, network,
#    numbered next-step paragraphs. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b38_mardenholt_sos_danger_goals_scaling_vane.txt",
    "split": "heldout",
    "template": (
        "signs-of-safety-cp-plan-txt-tilde-rules-dot-leader-details-harm-then-numbered-danger-statements-"
        "paired-safety-goals-three-houses-quotes-scaling-by-person-dot-leaders-network-list-then-numbered-"
        "next-step-paragraphs-safety-plan-if-then-review"
    ),
    "description": (
        "Exemplary Signs of Safety plan after an initial conference for a 5-year-old and a 7-month-old "
        "(mother's heroin and street diazepam overdose; back on a methadone script). Danger statements "
        "and safety goals, what's working well, the three houses, scaling by each person and the "
        "network, then numbered next steps each with who, when and how we'll know. The drug service "
        "tests and reports on whether the changes hold, the contingency covers the grandmother and the "
        "friend not being available, core group and review dates and a legal planning trigger are set."
    ),
    "text": """\
MARDENHOLT COUNCIL - FAMILY SAFEGUARDING SERVICE
Signs of Safety Child Protection Plan (initial)
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
Children ....... Jayden Vane (5), Reception, Copperfield Infant School
                 Orla Vane (7 months)
Mum ............ Chelsea Vane (24), 9 Fennel Walk, Mardenholt
Orla's dad ..... Kieran Doyle - no contact since before Orla was born
Jayden's dad ... Liam Price, lives in Portugal, phones Jayden on Sundays
Conference ..... Initial child protection conference, 2 October 2025
Category ....... Neglect
Social worker .. Rhys Penrose, Family Safeguarding Team 3
Chair .......... Helen Osei
Plan typed ..... by RP on 3 October 2025, from the plan written on the
                 flipchart at conference with Chelsea and her mum Jackie
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

WHAT HAPPENED
On 14 September 2025 Jayden rang 999 on Chelsea's phone at 7.40am
because he could not wake his mum. Paramedics found Chelsea unresponsive
on the bathroom floor and gave her naloxone. Orla was in her cot, awake,
with a soaked nappy and an empty bottle. Chelsea told the hospital she
had used heroin and "a couple of street blues" (diazepam) the night
before, the first time in eighteen months. She had been on a methadone
script with Compass since 2022 and had stopped going in July.

DANGER STATEMENTS
DS1  Rhys, Jackie and the professionals are worried that if Chelsea
     uses heroin or street diazepam while she is looking after Jayden
     and Orla, she could become unconscious or die, and Orla could go
     for hours without food, warmth or a clean nappy, or come to harm
     with no adult awake to help her.
DS2  We are worried that Jayden, who is 5, could again find his mum
     unconscious and be left to look after his sister, and that this
     will frighten him and teach him that keeping everyone safe is his
     job.

SAFETY GOALS
SG1  (DS1) Jayden and Orla are always cared for by an adult who has not
     used drugs, who is awake, and who feeds, changes and settles Orla
     on time, day and night - and the network can show this for at
     least six months before the plan ends.
SG2  (DS2) Jayden knows he is never the one in charge, knows who to ring
     if he is scared, and tells his teacher and Rhys that home feels
     safe.

WHAT'S WORKING WELL
Chelsea went back to Compass herself the day after she left hospital
and has had a new methadone script since 22 September. Jackie lives two
streets away and came straight round on the morning of the overdose.
Jayden's school say he is always clean and well dressed and his reading
is ahead of his age. Orla is on the 50th centile and her immunisations
are up to date. Chelsea has told Jayden, in words he understands, that
"Mummy took some bad medicine and the ambulance made her better".

JAYDEN'S THREE HOUSES (with Rhys at school, 29 September)
  House of worries ...... "Mummy on the floor and she wouldn't talk."
                          "When Orla cries and cries."
  House of good things .. "Nanny Jackie's dog Biscuit." "Mummy does
                          pancakes on Saturday." "I'm a good reader."
  House of dreams ....... "Mummy never sleeps on the floor again and we
                          go to Legoland."

ORLA'S DAY (seen at home 24 and 30 September)
Orla reaches for Chelsea and for Jackie, smiles at Jayden and settles
quickly when she is held. On 30 September she was clean and fed and her
bottles were made up fresh. She cries when she is put down in a
different room from her mum.

SCALING
Question: on a scale of 0 to 10, where 10 means everyone knows Chelsea
can keep Jayden and Orla safe and the plan can end, and 0 means the
children cannot be safe at home with her, where are things today?
  Chelsea ............................ 7  "I know I won't do it again."
  Jackie Vane (Nan) .................. 5
  Rhys Penrose (SW) .................. 3
  Ade Bankole (Compass) .............. 4
  Megan Ross (HV) .................... 5
  Mrs Tamsin Lowe (DSL, Copperfield) . 5
What would move it up one point: two months of clear tests, the safety
network working every day, and Jayden saying he no longer checks on his
mum in the morning.

THE SAFETY NETWORK
  Jackie Vane, Chelsea's mum, two streets away ........ 07700 900311
  Dawn Ashworth, Chelsea's friend, Orla's godmother ... 07700 900642
  Liam Price, Jayden's dad, by phone on Sundays

NEXT STEPS - WHO WILL DO WHAT
1.  Chelsea will take her methadone under supervision at Fennel Pharmacy
    every morning, and the pharmacy will tell Ade the same day if she
    misses a dose.
2.  Ade Bankole, Chelsea's recovery worker at Compass (Mardenholt Drug
    and Alcohol Service), will see Chelsea every Wednesday, take an oral
    fluid test each time, and send Rhys a written report before each
    core group saying what the tests show and whether Chelsea is keeping
    to the changes Jayden and Orla need.
3.  Ade will give Chelsea, Jackie and Dawn a naloxone kit each and show
    them how to use it by 17 October 2025, and send Rhys a copy of the
    signed training sheet.
4.  Jackie will come to Chelsea's at 8am every day to see that Chelsea
    is up and well and that Orla has had her bottle, and will sign and
    time the safety book kept on the kitchen windowsill.
5.  Jackie will have Jayden and Orla at her house every Friday from 5pm
    until Saturday lunchtime and write it in the safety book.
6.  Dawn will ring Chelsea every evening at 7pm and text Jackie after
    each call; if Chelsea does not answer or sounds unwell, Dawn will go
    round straight away and ring Jackie or the out-of-hours team.
7.  Rhys will visit every week, at least one visit in two unannounced
    and one a month before 8.30am, see Jayden on his own and Orla awake,
    and sign the safety book; his visit records will say what Jayden
    said and how Orla was.
8.  Megan Ross (health visitor) will see Orla at home every two weeks,
    weigh her monthly and check where she sleeps, and send Rhys her
    notes with Orla's weight and centile after every visit.
9.  Mrs Lowe (DSL, Copperfield Infants) will have a short chat with
    Jayden at the classroom door every morning, log it on the school's
    safeguarding system, and tell Rhys the same day if he is late,
    absent or says anything worrying about home.
10. Rhys and Chelsea will make Jayden his own safety card, with Jackie's
    and Dawn's numbers and 999 on it, by 10 October 2025; Mrs Lowe will
    practise it with him and tell Rhys by email when Jayden can say what
    he would do.

SAFETY PLAN IF THINGS GO WRONG
If Chelsea misses her methadone, has a test positive for heroin or for
diazepam not prescribed to her, or anyone finds her drowsy, slurring or
hard to wake while she has the children, then the adult who sees it
takes Jayden and Orla to Jackie's straight away and rings Rhys (or the
out-of-hours team on 01632 960288). Rhys will hold a strategy discussion
the same day, and the children will stay at Jackie's until it is agreed
they can go home.
If Jackie is ill, away or cannot come at 8am, then Dawn will do the
morning check and have the children instead; if Dawn cannot make the
7pm call, Jackie will make it. If neither of them can help, Rhys or the
out-of-hours team will arrange for Jayden and Orla to stay together with
approved foster carers that day.
If Chelsea has a positive test for heroin or street diazepam, or the
morning check is missed twice in a fortnight, Rhys will ask his team
manager for a legal planning meeting within five working days.

REVIEW
Core group ..... every 4 weeks at Copperfield Infants, 1.15pm:
                 16 October, 13 November and 11 December 2025
Review CP conference .. 18 December 2025, 2pm, Mardenholt Civic Centre,
                 Room 3

Signed at conference: Chelsea Vane, Jackie Vane, Rhys Penrose (SW)
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Scottish Child's Plan (child protection), GIRFEC: about me, my views,
#    SHANARRI wellbeing in prose, outcomes tagged by indicator, actions as
#    sentences under indicator headings, named person / lead professional,
#    IRD contingency and the Reporter. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b38_muirbrae_girfec_childs_plan_moffat.pdf",
    "doc_title": "Child's Plan - Lachlan Moffat",
    "split": "heldout",
    "template": (
        "girfec-childs-plan-cp-paged-about-me-in-his-words-my-views-family-views-shanarri-wellbeing-prose-"
        "paragraphs-outcomes-tagged-by-indicator-then-action-sentences-under-indicator-subheadings-named-"
        "person-lead-professional-ird-contingency-reporter"
    ),
    "description": (
        "Exemplary Scottish Child's Plan for a 9-year-old on the child protection register (neglect; "
        "mother's alcohol dependence). 'About me' and 'What I think' in his own words, the wellbeing "
        "indicators as prose, outcomes tagged by indicator, then one-sentence actions under indicator "
        "headings, each with owner, when and how it will be known. The recovery service reports on "
        "whether change is holding, the GP owns an action, the grandmother's part has a fallback, the "
        "contingency uses an IRD the same day, core group and review planning meeting dates are set and "
        "legal advice and a Reporter referral follow named triggers."
    ),
    "header": "Muirbrae Council – Children and Families Social Work | Child's Plan | OFFICIAL-SENSITIVE",
    "footer": "Child's Plan – Lachlan Moffat – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child's Plan"),
        ("kv", [
            ("Name", "Lachlan Moffat"),
            ("Date of birth", "11/04/2016 (9 years)"),
            ("Address", "Flat 2/1, 47 Burnside Terrace, Kilbrannan, Muirbrae"),
            ("School", "Kilbrannan Primary School, P5"),
            ("Lives with", "Nicola Moffat (mum)"),
            ("Named Person", "Mrs Alison Gilchrist, Depute Head Teacher, Kilbrannan Primary"),
            ("Lead Professional", "Euan Kerr, Social Worker, Muirbrae North Children and Families Team"),
            ("Plan type", "Child protection – Lachlan's name was placed on the child protection register "
                          "at the Child Protection Planning Meeting on 25/09/2025 (neglect)"),
            ("Date of this plan", "30/09/2025"),
        ]),
        ("h1", "1. About me"),
        ("p", "\"My name is Lachlan and I am 9. I'm in P5 at Kilbrannan. I like Minecraft, Hibs, and my "
              "gran's dog Bracken who is a spaniel. I'm good at maths and I'm not very good at reading yet. "
              "I live with my mum. My gran lives in Craigend, it's two stops on the bus.\" (Lachlan wrote "
              "this with Euan on 29/09/2025.)"),
        ("h1", "2. What I think and what I want"),
        ("p", "Lachlan talked to Euan on his own at school on 22 and 29 September. He said:"),
        ("bullets", [
            "\"I like it when Mum's not drinking, she makes mac and cheese and we watch the football.\"",
            "\"I don't like it when she gets angry and then she cries.\"",
            "\"If she's not in at night I go and look for her at the Railway Tavern.\"",
            "\"I want to stay with my mum but I want to go to my gran's at the weekend.\"",
            "\"My worry is Mum going in the ambulance again.\"",
        ]),
        ("p", "On the 'My World' worksheet Lachlan coloured 'feeling safe' in orange (\"sometimes\") and "
              "'having fun' in green. He asked that his teacher is not told \"everything about Mum\"; Euan "
              "explained that Mrs Gilchrist needs to know enough to help him, and Lachlan agreed to that."),
        ("h1", "3. What my mum and my gran think"),
        ("p", "Nicola accepts that her drinking got worse after she lost her job in the spring and that "
              "Lachlan has been out looking for her at night. She has not had a drink since she was "
              "admitted to Muirbrae Royal Infirmary on 6 September with alcohol withdrawal seizures. She "
              "said: \"I want this plan to work. I don't want Lachlan carrying me about like that.\" Morag "
              "Moffat, Lachlan's gran, said she will do whatever she can but is 71 and has angina."),
        ("h1", "4. How I am doing – my wellbeing"),
        ("p", "Safe: Lachlan has been on his own in the flat in the evening at least four times since June, "
              "and on 4 September police found him outside the Railway Tavern at 9.40pm. There has been no "
              "violence at home."),
        ("p", "Healthy: Lachlan is a healthy weight but his teeth have not been checked for two years and he "
              "squints at the board. He often has crisps for tea when his mum has been drinking."),
        ("p", "Achieving: his attendance last session was 78%. He is good at maths; his reading age is about "
              "18 months behind."),
        ("p", "Nurtured: Lachlan and Nicola are close and affectionate. His gran is a steady, loving adult "
              "for him."),
        ("p", "Active: he used to play football on Wednesdays but stopped in the spring."),
        ("p", "Respected and Responsible: Lachlan has been taking on adult worries about his mum. He is "
              "polite and well liked at school."),
        ("p", "Included: he has two good friends at school, Callum and Ibrahim, and would like to see them "
              "outside school."),
        ("h1", "5. What needs to change for me (outcomes)"),
        ("bullets", [
            "Safe – Lachlan is always looked after by an adult who has not been drinking, and is never out "
            "on his own after dark looking for his mum.",
            "Healthy – Lachlan has a cooked tea every night, is in bed by 8.30pm on school nights, and has "
            "his teeth and eyes checked.",
            "Achieving – Lachlan is in school every day, on time, and his reading catches up with his class.",
            "Nurtured – Lachlan lives with a mum who is sober and able to look after him, and knows his gran "
            "is there for him.",
            "Active – Lachlan is back playing football every week.",
            "Respected and Included – Lachlan's views are heard at every meeting about him, and he sees his "
            "friends outside school.",
        ]),
        ("h1", "6. What will be done"),
        ("h2", "Safe"),
        ("p", "Euan Kerr (lead professional) will visit Lachlan at home every week, at least one visit a "
              "fortnight unannounced and one a month after 6pm, see him on his own each time and record what "
              "he says in the case record."),
        ("p", "Nicola will blow into the handheld breathalyser every evening at 6pm that Lachlan is in her "
              "care and send a photo of the reading to Euan and to Morag by 6.30pm."),
        ("p", "Morag Moffat (gran) will have Lachlan at her house every Friday and Saturday night and write in "
              "the contact book who dropped him off and at what time."),
        ("p", "Morag will collect Lachlan from the after-school club every Tuesday and Thursday at 5.30pm, "
              "and the club will sign him out to her in its register."),
        ("h2", "Healthy"),
        ("p", "Gillian Hay, recovery worker with the Muirbrae Alcohol and Drug Recovery Service, will see "
              "Nicola every week, take a breath test at each session and a blood test (CDT) every month, and "
              "give a written report to every core group on whether Nicola is staying sober and what that "
              "means for her care of Lachlan."),
        ("p", "Dr Farquhar at Kilbrannan Medical Practice will review Nicola's acamprosate every four weeks and "
              "write to Euan and Gillian after each review to say whether it has been collected and taken."),
        ("p", "Fiona Reid, school nurse, will see Lachlan by 31/10/2025 to check his height, weight, eyesight "
              "and teeth, and send the results to Nicola and Euan with a dental or optician referral if he "
              "needs one."),
        ("h2", "Achieving"),
        ("p", "Mrs Gilchrist (Named Person) will check Lachlan's attendance every Friday and phone Nicola and "
              "email Euan the same day about any absence that has not been explained, so that the register "
              "shows his attendance at each core group."),
        ("p", "Mr Dunn, Lachlan's class teacher, will give him two 20-minute reading catch-up sessions every "
              "week and record his reading age at the end of each month."),
        ("h2", "Nurtured"),
        ("p", "Carla Shaw, family support worker at Muirbrae Family Centre, will spend Monday and Wednesday "
              "evenings from 6pm to 7.30pm at home with Nicola and Lachlan for eight weeks from 6 October, "
              "working on tea and bedtime, and record in her session notes whether Lachlan had a cooked meal "
              "and was in bed by 8.30pm."),
        ("h2", "Active and Included"),
        ("p", "Nicola will take Lachlan to junior football training at Kilbrannan Park every Wednesday at 5pm, "
              "and the coach will mark him on the attendance sheet."),
        ("p", "Euan will do the 'My World' worksheet with Lachlan on his own in the week before each core group "
              "and read out Lachlan's views at the meeting, and they will be written into the minutes."),
        ("h1", "7. If things go wrong (contingency plan)"),
        ("p", "If Nicola has been drinking while Lachlan is in her care, her breathalyser reading is above zero "
              "or is not sent by 6.30pm, or Lachlan is found out of the house on his own after dark, then the "
              "adult who finds out will take Lachlan to Morag's and phone Euan (or the Social Work Standby "
              "Service on 0300 555 0144 out of hours). Euan will hold an inter-agency referral discussion "
              "(IRD) with police and health the same day, and Lachlan will stay with Morag until it is agreed "
              "he can go home."),
        ("p", "If Morag is unwell, away or cannot have Lachlan, then Nicola's sister, Lorna Moffat in Craigend, "
              "will look after him and do the Tuesday and Thursday pick-ups. If neither can, Euan or the "
              "Standby Service will arrange an emergency foster placement for Lachlan that night."),
        ("h1", "8. Reviewing my plan"),
        ("p", "The core group will meet every four weeks at Kilbrannan Primary at 3.30pm: 9 October, "
              "6 November and 4 December 2025. The Review Child Protection Planning Meeting (review case "
              "conference) will be on 18 December 2025 at 10am at Muirbrae Council Headquarters, Garden "
              "Street."),
        ("p", "If Nicola has two positive alcohol tests, or Lachlan is found out alone after dark again, Euan "
              "will seek legal advice from Muirbrae Council Legal Services and refer Lachlan to the Children's "
              "Reporter within five working days."),
        ("h1", "9. Who has a copy of this plan"),
        ("p", "Lachlan (a shorter version he chose the pictures for); Nicola Moffat; Morag Moffat; Mrs "
              "Gilchrist; Mr Dunn; Gillian Hay; Dr Farquhar; Fiona Reid; Carla Shaw; the chair of the Child "
              "Protection Planning Meeting."),
        ("p", "Euan Kerr, Lead Professional – 30/09/2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Looked-after child's care plan (part 2): where Maya is now (on the ward),
#    her views, permanence, outcomes, then need headings each with a "What
#    will happen" subheading of sentences; looked after review only (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b38_moorcaster_lac_care_plan_ward_stay_clarke.docx",
    "doc_title": "Care Plan Part 2 - Maya Clarke",
    "split": "heldout",
    "template": (
        "lac-care-plan-part-2-docx-kv-legal-status-then-where-maya-is-now-why-looked-after-what-maya-has-"
        "said-permanence-goals-then-need-headings-each-with-what-we-know-and-what-will-happen-sentence-"
        "paragraphs-if-things-change-reviews"
    ),
    "description": (
        "Care plan for a 13-year-old accommodated under section 20 (mother's alcohol dependence; "
        "type 1 diabetes and repeated DKA admissions), written while she is on a children's ward. Her views, "
        "goals, a specific contingency and a legal planning trigger are there, but the social worker "
        "visits 'when she can' and the carers 'as often as they can' (no stated visits to a looked-after "
        "child in hospital), the health assessment has no output, the PEP update and the mother's "
        "recovery service are passives, no adult service owns an action for the mother's drinking, and "
        "only a looked after review is dated."
    ),
    "blocks": [
        ("title", "Care Plan – Part 2: How Maya's needs will be met"),
        ("p", "Moorcaster Council · Children in Care Service · Team 2"),
        ("kv", [
            ("Child", "Maya Clarke, born 19/05/2012 (13)"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, since 22/07/2025, with her "
                             "mother's agreement"),
            ("Placement", "Ian and Ruth Penberthy, Moorcaster Council foster carers, 12 Bramley Rise"),
            ("Social worker", "Holly Vickers"),
            ("IRO", "Martin Oyelaran"),
            ("First looked after review", "02/09/2025"),
            ("Plan updated", "07/11/2025"),
        ]),
        ("h1", "Where Maya is now"),
        ("p", "Maya was admitted to Ward 7, the children's ward at Moorcaster Royal Infirmary, on "
              "3 November 2025 with diabetic ketoacidosis. This is her second admission since she came into "
              "care and her fifth in two years. The diabetes team plan to start her on an insulin pump before "
              "she goes home, and expect her to be on the ward for about two more weeks. She is attending "
              "the hospital school on weekday mornings."),
        ("h1", "Why Maya is looked after"),
        ("p", "Maya lived with her mum, Lorraine Clarke, until July 2025. Lorraine has been dependent on "
              "alcohol for several years and was drinking most days; she was not making sure Maya took her "
              "insulin or ate regularly, and Maya had three admissions with high ketones in eighteen months. "
              "In July, after an argument, Lorraine asked for Maya to be taken into care and agreed to her "
              "being accommodated. Maya's dad, Marcus Clarke, died in 2019."),
        ("h1", "What Maya has said"),
        ("p", "Maya spoke to Holly on the ward on 5 November:"),
        ("bullets", [
            "\"I hate it in here. The food's rank and I miss Biscuit.\" (Biscuit is Ian and Ruth's cat.)",
            "\"I want to see Mum, but not at her flat, and not if she's had a drink.\"",
            "\"I'm fed up of everyone going on about my sugars. I know what to do, I just forget.\"",
            "She said she would like to stay with Ian and Ruth \"for ages, till I'm grown up\", and that she "
            "wants the pump \"so I don't have to do injections at school\".",
        ]),
        ("h1", "Permanence plan"),
        ("p", "The plan is for Maya to stay with Ian and Ruth in long-term foster care. This will be presented "
              "to the fostering panel in February 2026. A return home to Lorraine is not the plan at "
              "present, but family time will continue and the plan will be looked at again if Lorraine's "
              "circumstances change."),
        ("h1", "What we want for Maya by her next review"),
        ("bullets", [
            "Maya manages her diabetes with the pump and with Ian and Ruth's help, and has no further "
            "admissions with ketoacidosis.",
            "Maya catches up with the work she has missed and is back in school full time after discharge.",
            "Maya sees her mum every week, safely, in a way she is comfortable with.",
            "Maya feels settled with Ian and Ruth and knows this is her home for as long as she needs it.",
        ]),
        ("h1", "1. Health"),
        ("h2", "What we know"),
        ("p", "Maya's HbA1c in October was 88 mmol/mol. She is often missing lunchtime doses at school. The "
              "diabetes team think the pump will help, but only if Maya and her carers are confident with it."),
        ("h2", "What will happen"),
        ("p", "Holly (social worker) will visit Maya on the ward when she can, and write up each visit on "
              "Maya's record."),
        ("p", "Ian and Ruth will visit Maya on the ward as often as they can."),
        ("p", "Gwen Pascoe, paediatric diabetes specialist nurse, will teach Maya, Ian and Ruth to use the "
              "insulin pump before Maya is discharged, and sign off the pump training checklist for each of "
              "them."),
        ("p", "A review health assessment will be completed by the looked after children's nurse, Dee "
              "Carter, by 30 November 2025."),
        ("p", "Dr Yusuf Amin, clinical psychologist in the Moorcaster CAMHS diabetes team, will see Maya every "
              "two weeks from her discharge to talk about how she feels about her diabetes, and send Holly a "
              "summary after every fourth session."),
        ("h1", "2. Education"),
        ("h2", "What we know"),
        ("p", "Maya is in Year 9 at Moorcaster Academy. Her attendance was 71% last year because of "
              "admissions and missed mornings. She is strong at art and science."),
        ("h2", "What will happen"),
        ("p", "Maya's PEP will be updated at the PEP meeting on 4 December 2025 with a catch-up plan for the "
              "lessons she has missed in hospital."),
        ("p", "Mrs Hanley, designated teacher at Moorcaster Academy, will send work to the hospital school "
              "every Monday while Maya is on the ward, and keep a list of the pieces Maya sends back."),
        ("h1", "3. Family time"),
        ("h2", "What we know"),
        ("p", "Until her admission Maya saw Lorraine every Saturday at the Orchard Family Centre. Two sessions "
              "in October were cancelled because Lorraine arrived smelling of alcohol. Lorraine has not "
              "visited the ward."),
        ("h2", "What will happen"),
        ("p", "Family time with Lorraine will restart after discharge at the Orchard Family Centre every "
              "Saturday from 2pm to 4pm, supervised by Carl Jennings, family time worker, who will write up "
              "each session."),
        ("p", "Maya will phone her mum every Wednesday at 6pm, and Ian or Ruth will note in the placement "
              "diary whether the call happened and how Maya was afterwards."),
        ("p", "Mum will be encouraged to go back to Moorcaster Recovery Service."),
        ("h1", "4. Identity"),
        ("h2", "What will happen"),
        ("p", "Ruth will take Maya to have her hair braided at Crown and Glory in Moorcaster every six weeks "
              "once she is home, and note each appointment in the placement diary."),
        ("p", "Holly will start a memory box with Maya by 31 January 2026, with photos of her dad from "
              "Lorraine and her aunt, and the box will be shown at Maya's next review."),
        ("h1", "5. Placement"),
        ("h2", "What will happen"),
        ("p", "Pat Nolan, supervising social worker, will visit Ian and Ruth every month and record in her "
              "supervision notes anything they need for Maya's care after discharge (equipment, training, "
              "a break)."),
        ("p", "The IRO, Martin Oyelaran, will see Maya before her next review and write her views into the "
              "review report."),
        ("h1", "If things change"),
        ("p", "If the placement with Ian and Ruth ends suddenly, Maya will move the same day to Moorcaster's "
              "emergency foster placement at Cotterill Lane, and a placement stability meeting will be held "
              "within 72 hours. If Maya's blood ketones go above 1.5 after discharge, Ian or Ruth will follow "
              "the sick-day rules and ring the diabetes team, and will take her straight to A&E if she is "
              "vomiting."),
        ("p", "If Lorraine withdraws her agreement to Maya being accommodated, or tries to take Maya from the "
              "ward or the placement, Holly will get legal advice from Moorcaster Legal Services the same day "
              "and a legal planning meeting will be held within five working days to decide whether to apply "
              "for a care order."),
        ("h1", "Reviews"),
        ("p", "Maya's next looked after review will be on 15 January 2026 at Moorcaster Academy, chaired by "
              "Martin Oyelaran. Maya has said she wants to chair part of it herself."),
        ("p", "Holly Vickers, Social Worker – 07/11/2025. Agreed by Sunita Rao, Team Manager, 10/11/2025."),
    ],
    "findings": [
        F("T002", "Holly (social worker) will visit Maya on the ward when she can"),
        F("T002", "Ruth will visit Maya on the ward as often as they can"),
        F("M001", "Ruth will visit Maya on the ward as often as they can"),
        F("M001", "A review health assessment will be completed by the"),
        F("W001", "Maya's PEP will be updated at the PEP meeting"),
        F("W001", "Mum will be encouraged to go back to Moorcaster Recovery Service"),
        F("T001", "Mum will be encouraged to go back to Moorcaster Recovery Service"),
        F("M001", "Mum will be encouraged to go back to Moorcaster Recovery Service"),
        F("L001"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Child in need plan stepping down from child protection: what has changed,
#    what still worries us, the boys' words, goals, what stops now, then
#    "carried over" and "new" action bullets; CIN meetings only (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b38_mosswick_cin_step_down_carried_over_new_pearson.md",
    "split": "heldout",
    "template": (
        "cin-plan-md-stepping-down-from-cp-bold-field-lines-what-has-changed-what-still-worries-us-how-the-"
        "boys-see-things-goals-what-stops-now-then-carried-over-and-new-action-bullets-if-things-slip-back-"
        "cin-meetings"
    ),
    "description": (
        "Child in need plan for a 12-year-old and a 6-year-old after their child protection plans ended "
        "at review (neglect improved; father smokes cannabis daily, sometimes in the house). Clear goals "
        "and the boys' words, most actions specific, but school attendance 'will continue to be "
        "monitored', the father will 'hopefully' refer himself 'when he feels ready', 'the family' see to "
        "breakfast with no measure, the school nurse sends results 'as and when needed', no adult service "
        "owns an action, the fallback is 'if things start to go backwards', and there are only CIN "
        "meetings and no legal step."
    ),
    "text": """\
# Child in Need Plan – stepping down from child protection

**Mosswick Council · Children and Families Service · Locality Team West**

**Children:** Riley Pearson (12), Year 8 at Mosswick Academy · Jake Pearson (6), Year 2 at Wellgate Primary
**Parents:** Stacey Pearson and Ryan Pearson, 31 Coney Garth, Mosswick
**Social worker:** Tom Ashby · **Team manager:** Gail Benford
**How we got here:** Riley and Jake had child protection plans (neglect) from 6 March 2025. At the review conference on 3 October 2025 the chair, Neil Rafferty, ended the plans and recommended a child in need plan for at least six months.
**Plan agreed:** 10 October 2025, at the first child in need meeting at Wellgate Primary, with Stacey and Ryan

## What has changed since March

In March the house was in a very poor state: there was dog mess in the back bedroom, neither boy had
a bed, and there was often no food in the kitchen. Riley's attendance was 72% and Jake had toothache
that had not been treated. Since then Stacey and Ryan have bought beds for both boys, the kitchen has
been clean on the last eight visits, and the dog has been rehomed with Ryan's brother. Riley's
attendance this term is 91% and Jake's is 96%. Stacey finished the Home Matters course at Wellgate
Family Hub in August and says she "actually enjoys having the house nice now".

## What still worries us

- Ryan smokes cannabis every evening, sometimes in the living room with the boys in. On two visits in September the house smelt strongly of it. Ryan says he does not see it as a problem but will "knock it on the head in the house"; he did not want a referral when this was talked about at the review conference.
- Jake still has two fillings outstanding.
- Riley is often the one getting Jake up and dressed for school.
- Money is tight and the electric meter ran out twice in September.

## How Riley and Jake see things

Riley (seen at school on 7 October): "It's loads better. I've got my own room and Mum doesn't shout
as much. Dad's weed stinks my clothes out though, and people at school say stuff." He said he wants
"no more social workers coming to school".

Jake (seen at home on 2 October) showed Tom his new bed and his Pokémon cards. "I like my bed. I don't
like the smoke, it makes me cough." He said breakfast is "sometimes crisps".

## What we want for Riley and Jake

- The boys live in a clean, warm house with food in the cupboards and electricity that doesn't run out.
- Neither boy breathes in cannabis smoke at home, and Riley is no longer teased about it.
- Riley and Jake are in school every day, on time, having had breakfast.
- Jake's teeth are fixed and he isn't in pain.

## What stops now the child protection plan has ended

- Unannounced visits.
- Core group meetings (child in need meetings take their place).
- The twice-weekly check-in with Jake by the DSL at Wellgate Primary.

## The plan from here

### Carried over from the child protection plan

- Lisa Crane, family support worker with Mosswick Early Help, will visit every week for the first six weeks of this plan and then every two weeks, and score the kitchen, the bathroom and the boys' bedrooms on the home conditions scale at each visit.
- Stacey will take Jake to Dr Pillai's dental surgery for his two fillings by 21 November 2025 and show Lisa the appointment card.
- School attendance will continue to be monitored.
- Mr Daley, learning mentor at Mosswick Academy, will see Riley every Thursday and send Tom his mentoring notes before each child in need meeting.

### New for the child in need plan

- Tom Ashby (social worker) will see Riley and Jake every four weeks, at least once on their own, and write down what they say in the case record.
- Ryan will hopefully refer himself to The Harbour (Mosswick's drug and alcohol service) and stop smoking cannabis in the house when he feels ready.
- The family will make sure the boys have breakfast every morning before school.
- Lisa will help Stacey apply to the Mosswick Household Support Fund by 31 October 2025 for help with the electric and food, and put the application reference on the case file.
- The school nurse at Wellgate Primary will weigh and measure Jake and send the results to Tom as and when needed.

## If things slip back

If things start to go backwards at home, Tom will talk to his manager and the plan will be looked at
again, which could mean going back to a child protection conference.

## Child in need meetings

Child in need meetings will be held every six weeks at Wellgate Primary, the first on 21 November
2025. At the meeting in March 2026 we will look at whether the plan can close or step down to Early
Help.

*Typed by Tom Ashby, 13 October 2025. Copies to Stacey and Ryan, Mosswick Academy, Wellgate Primary,
Lisa Crane and the school nurse.*
""",
    "findings": [
        F("W001", "School attendance will continue to be monitored"),
        F("T001", "School attendance will continue to be monitored"),
        F("M002", "School attendance will continue to be monitored"),
        F("T002", "Ryan will hopefully refer himself to The Harbour"),
        F("M001", "Ryan will hopefully refer himself to The Harbour"),
        F("W002", "The family will make sure the boys have breakfast"),
        F("M001", "The family will make sure the boys have breakfast"),
        F("T002", "weigh and measure Jake and send the results to Tom"),
        F("F004"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})
