"""Batch 51, module d: seven fictional plans (tuning material), places beginning with "d".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: plans written in prose by different professions and voices: a social
worker's letter to parents setting out what everyone will do, a health
visitor's pre-birth plan in paragraphs, a school DSL's contribution, an adult
mental health care coordinator's joint plan built on Finding Four (potential
for change, steps, timescale), a youth justice and exploitation plan for a
15-year-old, a family group conference plan answering the referrer's
questions in the family's words, and a child's own "my plan". Four are
exemplary.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Social worker's letter to both parents after the ICPC, numbered
#    paragraphs in three parts (you / me and other professionals / Grandma).
#    Faults: a hedge, a passive referral, activity measures, an adult outcome,
#    parents' illness and cannabis with no adult service, Grandma with no
#    fallback, no legal step (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b51_dorringmere_sw_letter_three_parts_pike.docx",
    "doc_title": "Letter after the child protection conference - Kacey Pike and Teddy Reid",
    "split": "tune",
    "actions": 14,
    "template": "sw-letter-to-both-parents-after-icpc-docx-right-aligned-council-block-then-bold-topic-headings-then-plan-as-word-numbered-one-sentence-paragraphs-in-parts-a-you-b-me-and-professionals-c-grandma",
    "description": (
        "A social worker's letter to a mother and father after the initial conference for an "
        "8-year-old and a 2-year-old (neglect; mother's untreated depression, father's daily "
        "cannabis use). The plan is set out as numbered one-sentence paragraphs in three parts. "
        "Most are clear, but father's cannabis is only 'kept an eye on', Teddy's two-year check "
        "has no measure, the Family Hub referral is passive, the SW will try for an after-school "
        "place 'as soon as I can', and 'the core group will look at how things are going'. One "
        "outcome is only about the parents; no adult service owns an action; Grandma's two jobs "
        "have no fallback in the contingency; no legal step."
    ),
    "blocks": [
        ("pr", "Dorringmere Borough Council"),
        ("pr", "Children's Social Care – Safeguarding and Family Support (West)"),
        ("pr", "Tanner's Yard Offices, 4 Quay Street, Dorringmere"),
        ("pr", "Our ref: DBC/CSC/117402"),
        ("pr", "27 June 2025"),
        ("p", ""),
        ("pl", "Ms Shannon Pike and Mr Marcus Reid"),
        ("pl", "17 Fennel Walk"),
        ("pl", "Dorringmere"),
        ("p", ""),
        ("p", "Dear Shannon and Marcus,"),
        ("p", "I know Tuesday's conference was a long and difficult morning for you both, and I want to "
              "thank you for staying for all of it and for being so honest. As I promised at the end, this "
              "letter sets out what was decided and what each of us is going to do. Please keep it somewhere "
              "safe and bring it to the first core group. If anything in it is different from what you "
              "remember, ring me on 01632 960 418 and we can put it right."),
        ("boldp", "What the conference decided"),
        ("p", "On 24 June 2025 the conference decided that Kacey and Teddy should each have a child protection "
              "plan under the category of neglect. This means that for now the council, school and health "
              "will be working closely with you and checking how things are for the children. It does not "
              "mean the children are being taken away, and everybody at the meeting said how much you both "
              "love them."),
        ("boldp", "Why Kacey and Teddy have a plan"),
        ("p", "Over the last three months the flat has often had no food in it, the stairs have been piled "
              "with bin bags and the yard has dog mess in it where Teddy plays. Teddy has missed his "
              "one-year injections and two health visitor appointments, and Kacey's attendance at Larchfield "
              "Primary dropped to 81% this year. Shannon, you told the conference you have felt very low "
              "since the winter and that you stopped taking the sertraline your GP prescribed in March. "
              "Marcus, you told me you smoke cannabis most evenings in the flat and that money for food "
              "sometimes goes on it. When I visited on 11 June Teddy was in a wet nappy from the night "
              "before and Kacey had made his breakfast."),
        ("boldp", "What Kacey told me, and what I have seen of Teddy"),
        ("p", "When I saw Kacey at school on 19 June she said, \"I do Teddy's cereal because Mum's tired in "
              "the mornings.\" She told me she likes it best at Grandma Pat's \"because there's always tea and "
              "she plaits my hair\", and that she would like to go to the after-school club with her friend "
              "Mia. She gave home a 5 out of 10 for feeling happy and Grandma's a 10."),
        ("p", "Teddy is a smiley boy who babbles a lot and loves his blue digger. On my visits he has gone "
              "straight to Kacey rather than to either of you when he has bumped himself, and he was very "
              "hungry when I arrived on 11 June. He is saying only a few words for his age."),
        ("boldp", "What we all want to be different"),
        ("bullets", [
            "Kacey and Teddy live in a clean, safe home with food in the cupboards every day.",
            "Kacey gets to school on time every day and has time to play instead of looking after Teddy.",
            "Teddy has all his health checks and injections and gets help to catch up with his talking.",
            "Shannon's mood will lift and Marcus will stop using cannabis.",
        ]),
        ("boldp", "Part A – what we are asking you to do"),
        ("numbers", [
            "Shannon, you will book an appointment with your GP by 11 July to talk about your low mood and "
            "your medication, and show me the appointment card when I visit.",
            "Marcus, you will stop smoking cannabis in the flat from today, 27 June, and I will keep an eye "
            "on this when I visit.",
            "Marcus, you will refer yourself to Pathway House, the Dorringmere drug and alcohol service, by "
            "4 July and give me the name of the worker you are given.",
            "Between you, you will clear the dog mess from the yard and the bags from the stairs by 11 July, "
            "and I will look at both on my next visit after that date.",
            "Shannon, you will take Teddy to his two-year check at Elm Street Clinic on 22 July.",
            "On the days Grandma Pat is not walking her, you will make sure Kacey is in school by 8.45am, and "
            "Mrs Dunn will email me Kacey's attendance every Friday.",
        ]),
        ("boldp", "Part B – what I and the other professionals will do"),
        ("numbers", [
            "I will visit at least every ten working days, with one visit each month unannounced, see Kacey "
            "on her own and Teddy awake each time, and write down in my visit record what I see and what "
            "Kacey tells me.",
            "A referral will be made to the Dorringmere Family Hub by 11 July for a family support worker to "
            "help you with mealtimes and bedtimes, and the Hub will confirm the start date to me in writing.",
            "I will try to get Kacey a place at the Fennel Walk after-school club as soon as I can.",
            "Jess Amadi, your health visitor, will visit Teddy at home every month, weigh him and check his "
            "talking, and write his weight and new words in his red book.",
            "Mrs Dunn, the designated safeguarding lead at Larchfield Primary, will see Kacey every Monday "
            "morning to ask how her weekend was and will email me a note of what she says the same day.",
            "The core group will look at how things are going at home at each of its meetings.",
        ]),
        ("boldp", "Part C – what Grandma Pat has offered"),
        ("numbers", [
            "Grandma Pat will walk Kacey to school on Mondays, Wednesdays and Fridays, and the school office "
            "will note the time she arrives.",
            "Grandma Pat will have Teddy at her house on Tuesdays and Thursdays from 9am to 3pm and will "
            "write in the diary what he ate and how he slept.",
        ]),
        ("boldp", "If things go wrong"),
        ("p", "If I or anyone else finds Kacey and Teddy at home with no adult who is awake and sober, or "
              "finds that Marcus has been smoking cannabis while he is looking after them on his own, I (or "
              "the emergency duty team out of hours) will visit that day, and the children will go to stay "
              "with Grandma Pat until a strategy discussion has decided what needs to happen next."),
        ("boldp", "Meetings"),
        ("p", "The first core group is on 8 July 2025 at 10am at Larchfield Primary, and after that it will "
              "meet every four weeks, on 5 August and 2 September. The review child protection conference "
              "will be on 16 September 2025 at 1.30pm at Tanner's Yard Offices. If things have not got "
              "better by then, the conference will think about whether the plan needs to change."),
        ("p", "You can bring someone with you to any of these meetings, and you can ask for an advocate from "
              "the Dorringmere Parents' Advice Line if you would like one."),
        ("p", "Yours sincerely,"),
        ("p", "Ruth Adjei"),
        ("pl", "Social Worker, Safeguarding and Family Support (West)"),
        ("pl", "cc: Mrs Dunn, DSL, Larchfield Primary; Jess Amadi, Health Visitor; Mrs Pat Pike"),
    ],
    "findings": [
        F("F002", "Shannon's mood will lift and Marcus will stop using cannabis."),
        F("M002", "Marcus, you will stop smoking cannabis in the flat from today"),
        F("M001", "take Teddy to his two-year check at Elm Street Clinic"),
        F("W001", "A referral will be made to the Dorringmere Family Hub"),
        F("T002", "get Kacey a place at the Fennel Walk after-school club"),
        F("M001", "get Kacey a place at the Fennel Walk after-school club"),
        F("W002", "The core group will look at how things are going"),
        F("M002", "The core group will look at how things are going"),
        F("F004"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Health visitor's pre-birth plan written as paragraphs under stage
#    headings, in the HV's own voice. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b51_dewbarrow_hv_prebirth_stage_paragraphs_pennant.docx",
    "doc_title": "Pre-birth plan - baby of Jodie Pennant",
    "split": "tune",
    "actions": 15,
    "template": "hv-written-prebirth-cp-plan-docx-first-person-health-visitor-kv-details-then-prose-sections-babys-world-now-then-plan-as-paragraphs-of-commitment-sentences-under-before-birth-on-the-ward-first-eight-weeks-headings",
    "description": (
        "Exemplary pre-birth child protection plan written by the health visitor in her own voice "
        "for a 20-year-old care leaver (cannabis use) and her partner (past domestic abuse "
        "conviction), agreed at the pre-birth conference at 31 weeks. The plan is paragraphs of "
        "commitment sentences under three stage headings; every sentence names who, when and how "
        "it will be known. The drug service tests and gives its view on whether change will last, "
        "the unborn baby's world is described, the contingency names a checked carer with foster "
        "care behind her, and core group, review and legal planning are set."
    ),
    "blocks": [
        ("title", "Pre-birth plan for Jodie's baby"),
        ("p", "Dewbarrow Community Health NHS Trust – Health Visiting Service (Anchor Street team), "
              "working with Dewbarrow City Council Children's Services"),
        ("kv", [
            ("Mother", "Jodie Pennant, born 14/02/2005 (20)"),
            ("Father", "Liam Crossley, born 30/09/2000 (24)"),
            ("Address", "Flat 12, Corbel House, Anchor Street, Dewbarrow"),
            ("Expected date of delivery", "30 August 2025 (Jodie was 31 weeks at conference)"),
            ("Pre-birth child protection conference", "3 July 2025 – plan agreed; category: risk of physical harm"),
            ("Health visitor (author)", "Megan Tull, Health Visitor, Anchor Street team"),
            ("Social worker", "Dami Olatunji, Dewbarrow Children's Services, Assessment Team 3"),
            ("Specialist midwife", "Sana Iqbal, Dewbarrow General Hospital"),
            ("GP", "Dr Imran Shaikh, Millstream Surgery"),
        ]),
        ("h1", "Why there is a plan before the baby is born"),
        ("p", "I am Megan Tull and I will be the baby's health visitor. Conference asked me to write the plan "
              "up because health will see most of Jodie and Liam in the weeks before and after the birth. "
              "Jodie was in foster care from the age of 9 until she was 18 and has no contact with her own "
              "parents. She smoked cannabis every day until she found out she was pregnant at 14 weeks, and "
              "she told the midwife in June that she still has \"a few smokes at the weekend to help me "
              "sleep\"; a urine screen on 17 June was positive. In 2022 Liam was convicted of assaulting a "
              "previous partner and was given a community order; that partner has a child with him whom he "
              "does not see. Police have no record of any incident between Jodie and Liam, and Jodie says he "
              "has never hurt her."),
        ("h1", "What is going well"),
        ("p", "Jodie has been to every antenatal appointment since 16 weeks. She has kept her tenancy for two "
              "years and her personal adviser describes her as organised and determined. Liam has a job at "
              "the builders' merchant and goes with Jodie to her scans. Both of them talked openly at "
              "conference, and Liam agreed to start a programme about his past behaviour before he was "
              "asked to."),
        ("h1", "The baby's world now"),
        ("p", "The 20-week scan was normal and the baby is growing well. Jodie plays music to her bump in the "
              "evenings and says the baby kicks \"like mad\" to drum and bass; Liam talks to the bump when "
              "he gets in from work. The flat is a one-bedroom flat on the fourth floor with a lift that is "
              "often broken. When I visited on 26 June it was warm and tidy, the cot was still flat-packed in "
              "the hall, and there were cannabis papers on the balcony table where Jodie smokes her "
              "cigarettes. Jodie smokes about ten cigarettes a day, which means the baby is growing in a "
              "smoky body, and she has said she wants to cut down before the birth."),
        ("h1", "What we want for the baby"),
        ("p", "When the baby arrives we want them to be cared for by parents who are sober and free of "
              "cannabis, in a smoke-free flat where they sleep safely on their back in their own cot. We "
              "want the baby to grow and feed well, to have all their checks and injections, and to live in "
              "a home where there is no violence or fear between the adults caring for them."),
        ("h1", "What will happen"),
        ("h2", "Between now and the birth"),
        ("p", "I will visit Jodie and Liam together at the flat by 18 July 2025 to go through safe sleep, the "
              "ICON programme on coping with a crying baby and how they plan to feed, and I will send the "
              "social worker the safe sleep checklist that both of them sign at that visit. I will visit "
              "again at 36 weeks, by 6 August 2025, to see the cot built and set up in the bedroom, and I "
              "will record what I see on SystmOne and tell the social worker the same week."),
        ("p", "Sana Iqbal, the specialist midwife for vulnerable families at Dewbarrow General, will see "
              "Jodie at every antenatal appointment until the birth (fortnightly until 36 weeks and weekly "
              "after that), ask her about cannabis and about how things are with Liam, and send the social "
              "worker a summary of her answers after each appointment. Sana will put a birth alert and the "
              "birth plan on the maternity system by 6 August 2025, so that the labour ward rings the social "
              "worker (or the emergency duty team out of hours) when Jodie is admitted, and she will email "
              "the social worker to confirm that both are in place."),
        ("p", "Kieran Doyle, Jodie's key worker at Dewbarrow Drug and Alcohol Service, will see her every "
              "Monday until the review conference and take a urine screen at each appointment, and before "
              "each core group he will write to the social worker with the results and his view of whether "
              "Jodie can stay off cannabis once the baby is home."),
        ("p", "Jodie will go to the Bump to Baby group at Dewbarrow Family Hub every Wednesday morning until "
              "the baby is born, and the group leader will send me the register at the end of each month. "
              "Liam will keep going to the Safer Relationships programme run by Dewbarrow Probation every Tuesday evening "
              "until it finishes on 9 September 2025, and his probation officer, Rhys Hale, will send the "
              "social worker Liam's attendance and a short progress note at the end of each month."),
        ("p", "Dami Olatunji, the social worker, will complete the pre-birth assessment by 8 August 2025, "
              "including at least two sessions with Liam on his own about his past relationship and his "
              "conviction, and will share the written report with Jodie, Liam and the core group at the "
              "core group on 14 August 2025. Grace Obi, Jodie's personal adviser from the Dewbarrow Leaving "
              "Care Team, will help Jodie apply for a Sure Start Maternity Grant by 25 July 2025 and will "
              "send the social worker a copy of the decision letter."),
        ("h2", "On the ward"),
        ("p", "The midwife in charge of Rowan Ward on each shift will record how Jodie and Liam feed, change, "
              "settle and handle the baby, and who visits, and the ward will give the social worker a "
              "written summary of these records before the baby is discharged. Dami will hold a discharge "
              "planning meeting on the ward before the baby goes home and will give Jodie and Liam a written "
              "discharge plan that includes the date of my first home visit."),
        ("h2", "The first eight weeks at home"),
        ("p", "I will do the new birth visit within 10 days of the birth, weigh the baby and see where the "
              "baby sleeps, and record both in the red book and on SystmOne. After that I will visit every "
              "week until the baby is 8 weeks old, weigh the baby each time, and send the social worker the "
              "weights and what I have seen of the baby's sleep and feeding after each visit."),
        ("p", "Dami will visit every week for the first 8 weeks, at least once a fortnight without an "
              "appointment, see the baby awake and in each parent's care, and write what she sees in her "
              "visit record. Jodie and Liam will take the baby to Millstream Surgery for the 6-to-8-week "
              "check and the first immunisations at 8 weeks, and the practice nurse will let me and the "
              "social worker know in writing that both have been done."),
        ("h1", "If things go wrong"),
        ("p", "If Jodie's screens show she is using cannabis again, if police are called to the flat, or if "
              "Liam stops going to his programme, Dami will hold a strategy discussion within one working "
              "day. If there is any violence or threat between Jodie and Liam before the birth, Jodie will "
              "ring 999 and Dami will arrange a place for her at Dewbarrow Women's Aid refuge that day."),
        ("p", "After the birth, if either parent is found under the influence while caring for the baby, or "
              "the baby has an injury that is not explained, the baby will go that day to Angela Ross, "
              "Jodie's former foster carer, who has agreed to this and has been assessed as a connected "
              "carer. If Angela cannot take the baby, the baby will be placed with approved foster carers "
              "the same day."),
        ("h1", "Meetings and review"),
        ("p", "The core group will meet every four weeks at Anchor Street Clinic, on 17 July, 14 August and "
              "11 September 2025, with an extra core group within 10 working days of the birth. The review "
              "child protection conference will be on 25 September 2025 at 10am at Dewbarrow Civic Centre."),
        ("p", "If the pre-birth assessment finds that the baby could not safely go home with Jodie and Liam, "
              "or Jodie's screens are not clear of cannabis by the core group on 14 August, Dami will ask her "
              "team manager for a legal planning meeting within 5 working days, so that pre-proceedings can "
              "begin before the birth."),
        ("p", "Megan Tull, Health Visitor – written 4 July 2025 and agreed with Dami Olatunji (SW), Sana Iqbal "
              "(specialist midwife) and Jodie and Liam on 7 July 2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. A primary school DSL's written contribution to the plan: prose
#    sections, commitments grouped under bold subheadings. Faults: passive
#    breakfast club, "regularly", "everyone", "monitored", an open-ended
#    SENCo action, a meeting with no measure, a contingency that only
#    discusses, review conference TBC, no legal step (pdf, paged)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b51_dinsmarsh_dsl_school_contribution_foley.pdf",
    "doc_title": "School contribution to the child protection plan - Jayden and Ruby Foley",
    "split": "tune",
    "actions": 11,
    "template": "primary-school-dsl-written-contribution-to-cp-plan-paged-kv-details-then-prose-what-we-see-what-they-tell-us-bulleted-aims-then-what-school-will-do-sentences-under-bold-mornings-class-health-home-subheadings",
    "header": "St Wilfrid's C of E Primary School, Dinsmarsh – CONFIDENTIAL: SAFEGUARDING",
    "footer": "School contribution – Jayden and Ruby Foley – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "description": (
        "A primary school designated safeguarding lead's written contribution to the child protection "
        "plan for a 9-year-old and his 4-year-old sister (neglect, past domestic abuse), in the DSL's "
        "own voice. Most school commitments are specific, but breakfast club 'will be offered' with "
        "no one named, the class teacher checks in 'regularly', 'everyone who works with' the "
        "children records worries, the school nurse's sessions are only 'monitored', the SENCo 'will "
        "look into' an educational psychologist with no date or output, and the DSL's meeting with "
        "mum has no measure. The contingency only discusses and looks again, the review conference "
        "date is to be confirmed and nothing is said about legal planning."
    ),
    "blocks": [
        ("title", "Child Protection Plan – the school's part"),
        ("kv", [
            ("School", "St Wilfrid's Church of England Primary School, Mill Lane, Dinsmarsh"),
            ("Children", "Jayden Foley, born 21/05/2016 (9), Year 5 (Oak class); Ruby Foley, born "
                         "08/01/2021 (4), Reception (Robins)"),
            ("Parent", "Stacey Foley (mum), 6 Bramble Court, Dinsmarsh"),
            ("Social worker", "Leanne Carver, Dinsmarsh Children's Services, Child Protection Team 2"),
            ("Written by", "Mrs Hannah Greaves, Deputy Headteacher and Designated Safeguarding Lead"),
            ("Initial child protection conference", "2 September 2025 – neglect"),
            ("Date written", "9 September 2025"),
        ]),
        ("h2", "Why school is part of this plan"),
        ("p", "Conference asked each agency to write down its own part of the plan so that the core group "
              "can see clearly who is doing what. This is St Wilfrid's part. Jayden has been with us since "
              "Reception and Ruby joined our Reception class last week. Both children are known well by "
              "staff, and Jayden in particular has good relationships with the adults in school."),
        ("h2", "What we see in school"),
        ("p", "Jayden's attendance last year was 86% and he was late 31 times, most often on Mondays. He "
              "regularly arrives hungry and has asked friends for food from their lunch boxes. He often "
              "wears the same uniform all week, and in the summer term classmates commented on the smell "
              "of his clothes, which upset him. His reading is two years behind and he finds it hard to "
              "concentrate after lunch."),
        ("p", "We received three Operation Encompass notifications last year after police were called to "
              "incidents between Stacey and her then partner, Connor Wade. Connor moved out in May 2025 "
              "and, as far as we know, has not been back. In Ruby's first week she has come in without a "
              "coat on two rainy mornings and has fallen asleep twice in the afternoon."),
        ("h2", "What Jayden and Ruby tell us"),
        ("p", "Jayden told me on 5 September, \"Mum's been better since Connor went, but there's never "
              "anything for breakfast.\" He said he likes school \"because it's warm and Mr Price is funny\", "
              "and that he worries about Ruby \"because she's little and she cries at night\". He would like "
              "to join the football club but says he has no boots."),
        ("p", "Ruby told her teacher, \"I had crisps for my tea,\" and drew a picture of her house with "
              "\"me and Jayden in the big bed\". She is chatty and affectionate and runs to Jayden at "
              "playtime."),
        ("h2", "What we want for Jayden and Ruby this term"),
        ("bullets", [
            "Jayden and Ruby come to school every day, on time, having had breakfast.",
            "Jayden and Ruby come to school clean, in uniform that fits, and with a coat when it is cold "
            "or wet.",
            "Jayden has an adult in school he trusts and tells us when something at home worries him.",
            "Jayden's reading improves so that he can take part in lessons with his classmates.",
        ]),
        ("h2", "What school will do"),
        ("boldp", "Mornings"),
        ("p", "Breakfast club will be offered to Jayden and Ruby every morning from 10 September, and their "
              "attendance will be recorded on the club register."),
        ("p", "Mrs Lisa Hartley, our attendance officer, will ring Stacey by 9.30am on any day either child "
              "is absent without a reason given, and will log each call and the reason on the attendance "
              "system."),
        ("p", "Mrs Okon, Ruby's Reception teacher, will check each morning whether Ruby is clean, fed and "
              "dressed for the weather and write it on the daily arrival sheet."),
        ("boldp", "In class and around school"),
        ("p", "Mr Aled Price, Jayden's class teacher, will check in with him regularly about how he is "
              "feeling and note anything he says about home on CPOMS."),
        ("p", "Mrs Dee Fowler, our ELSA, will see Jayden for a 30-minute session every Wednesday afternoon "
              "for six weeks from 17 September, working on feelings and worries, and will write a short note "
              "after each session for me and the social worker."),
        ("p", "I will meet Jayden every Monday at 8.50am in the nurture room to talk about his weekend, and "
              "I will record what he tells me on CPOMS that morning."),
        ("p", "Everyone who works with Jayden and Ruby will record any worry about them on CPOMS on the day "
              "they notice it."),
        ("boldp", "Health and learning"),
        ("p", "The school nurse, Mrs Belinda Carr, will see Jayden once each half term to talk with him about "
              "looking after himself, and his progress will be monitored."),
        ("p", "Ms Rehana Aziz, our SENCo, will look into whether Jayden needs to be seen by the educational "
              "psychologist."),
        ("boldp", "Working with home and with the social worker"),
        ("p", "I will invite Stacey to a meeting about the children's attendance by 26 September."),
        ("p", "I will email the social worker every Friday with both children's attendance, late marks and "
              "a summary of anything recorded on CPOMS that week."),
        ("h2", "If we are worried"),
        ("p", "If we have further worries about Jayden or Ruby in school, I will discuss them with their "
              "social worker and we will look again at what school is offering. Any disclosure will be "
              "dealt with under our child protection policy."),
        ("h2", "Meetings"),
        ("p", "Core group meetings will be held every four weeks; the first is at school on 16 September "
              "2025 at 3.30pm, and I or Mrs Hartley will attend each one. The date of the review conference "
              "is still to be confirmed by the conference and review team."),
        ("p", "Mrs Hannah Greaves, Deputy Headteacher and Designated Safeguarding Lead – 9 September 2025"),
        ("pl", "Copy to: Leanne Carver (SW); Stacey Foley; school safeguarding file"),
    ],
    "findings": [
        F("W001", "Breakfast club will be offered to Jayden and Ruby every morning"),
        F("T002", "will check in with him regularly about how he is feeling"),
        F("W002", "Everyone who works with Jayden and Ruby will record any worry"),
        F("M002", "will see Jayden once each half term to talk with him"),
        F("T001", "whether Jayden needs to be seen by the educational psychologist"),
        F("M001", "whether Jayden needs to be seen by the educational psychologist"),
        F("M001", "I will invite Stacey to a meeting about the children's attendance"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Adult mental health care coordinator's joint plan for a mother with
#    bipolar disorder and her 3-year-old, set out around Finding Four:
#    potential for change, the steps, the likely timescale. Exemplary
#    (pdf, paged)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b51_drisslecombe_cmht_finding_four_joint_plan_renwick.pdf",
    "doc_title": "Joint mental health and child protection plan - Sophie and Alfie Renwick",
    "split": "tune",
    "actions": 11,
    "template": "cmht-care-coordinator-written-joint-plan-paged-first-person-kv-then-how-made-illness-and-alfie-sections-then-finding-four-potential-for-change-steps-timescale-analysis-then-what-will-happen-paragraphs-by-mental-health-team-sophie-alfies-other-grown-ups-relapse-signature-contingency",
    "header": "OFFICIAL-SENSITIVE | Drisslecombe and Vale NHS Foundation Trust – Community Mental Health Team (South)",
    "footer": "Joint plan – Sophie and Alfie Renwick – version 1, 24/06/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "description": (
        "Exemplary joint plan written by a community mental health nurse (care coordinator) for a "
        "mother with bipolar affective disorder, recently discharged from hospital, and her 3-year-old "
        "son on a child protection plan. It sets out the practitioner's view of the mother's potential "
        "to change, the four steps needed and the likely timescale, then commitment paragraphs: the "
        "care coordinator, psychiatrist and psychologist each report on change and prognosis, every "
        "parent-focused action is tied to Alfie, and the grandfather's care has a foster-care fallback "
        "in a relapse-signature contingency. Core group, review conference and legal planning are set."
    ),
    "blocks": [
        ("title", "Sophie and Alfie: joint mental health and child protection plan"),
        ("kv", [
            ("Parent", "Sophie Renwick, born 03/11/1995 (29)"),
            ("Child", "Alfie Renwick, born 14/04/2022 (3), Little Acorns Nursery"),
            ("Address", "8 Wherry Lane, Drisslecombe"),
            ("Diagnosis", "Bipolar affective disorder; informal admission to Beech Ward, 2 March to 18 April "
                          "2025, after a manic episode"),
            ("Care Programme Approach", "Yes – care coordinator Ifeoma Hart, Community Mental Health Nurse"),
            ("Consultant", "Dr Kwame Asante, consultant psychiatrist"),
            ("Social worker", "Nadia Pearce, Drisslecombe Council Children's Services"),
            ("Child protection plan", "Since the initial conference on 10 June 2025 (neglect)"),
            ("This plan", "Written by Ifeoma Hart with Sophie and Nadia Pearce; agreed at the first core "
                          "group on 24 June 2025. It replaces the adult mental health section of Alfie's plan."),
        ]),
        ("h1", "How this plan was made"),
        ("p", "At the initial conference the chair asked the mental health team to write a plan with Nadia "
              "that says not only what help Sophie will get, but whether we think she can make the changes "
              "Alfie needs, what those changes are and how long they are likely to take. I met Sophie twice "
              "and Nadia once to write it, and Sophie's father, Rob Renwick, joined the second meeting. "
              "Sophie agreed on 24 June that her relapse signature can be shared with Rob, Alfie's nursery "
              "and Nadia, and it was sent to them that day."),
        ("h1", "Sophie's illness and what it has meant for Alfie"),
        ("p", "Sophie was diagnosed with bipolar disorder at 21. She was well for four years on lithium but "
              "stopped taking it in December 2024 because she wanted to \"feel like myself\". By February "
              "she was sleeping two or three hours a night, had spent over £3,000 on credit cards and was "
              "taking Alfie out late at night to walk by the river. On 1 March a neighbour found Alfie, then "
              "2, alone in the flat at 11pm while Sophie was at a shop, and called the police. Alfie stayed "
              "with Rob while Sophie was in hospital. Since coming home she has restarted lithium, her "
              "level has been in range twice, and she has kept every appointment with me."),
        ("h1", "What Alfie's days are like"),
        ("p", "Alfie is a lively, talkative 3-year-old who loves tractors and his grandad's allotment. When "
              "Nadia asked him about Mummy being in hospital he said, \"Mummy was poorly in her head. Grandad "
              "did pancakes.\" He told his nursery key person that he likes it when \"Mummy reads the moon "
              "book\". Nursery have noticed that he asks where his mum is several times a morning and gets "
              "upset if she is late to collect him. On my visits he has been clean, dressed and playful, and "
              "he goes to Sophie for comfort; on one visit in May, when Sophie had slept badly, he was still "
              "in his pyjamas at 11am and had had only a biscuit."),
        ("h1", "What we want for Alfie"),
        ("p", "We want Alfie to be looked after every day by an adult who is well, awake and able to keep "
              "him safe, fed and to a routine, and never to be left alone in the flat again. We want him to "
              "go to nursery three mornings a week on time and to keep his close relationship with his "
              "grandad. We want Alfie to be cared for by a mum who knows her own early warning signs, so "
              "that help comes in before her illness affects him."),
        ("h1", "Finding Four: my assessment of Sophie's potential to change"),
        ("h2", "Potential for change"),
        ("p", "In my view Sophie has a good potential to change. She was well for four years on lithium, she "
              "now understands that stopping it led to her admission, and she has started to recognise early "
              "signs in herself: in May she told me on her own that she had slept badly for two nights. "
              "What counts against this is that she still sees her medication as something she would like "
              "to stop, and that last time she did not tell anyone when she began to become unwell."),
        ("h2", "The steps"),
        ("p", "For Alfie to be safe with her without the extra help in this plan, Sophie needs to take four "
              "steps. The first is to take lithium every day with her blood level in range for at least three "
              "months. The second is to know her relapse signature and to tell someone in her network when "
              "she notices an early sign. The third is to accept help at that early stage, including extra "
              "visits or home treatment, rather than at a crisis. The fourth is to keep Alfie's routine of "
              "meals, nursery and bedtime going on her low days."),
        ("h2", "The likely timescale"),
        ("p", "I would expect Sophie to have made steps one and two by the end of August 2025, and steps three "
              "and four by the end of November 2025 if she stays well. That is a long time in Alfie's life, "
              "which is why the rest of this plan makes sure he is safe and well cared for while she works "
              "on them."),
        ("h1", "What will happen"),
        ("h2", "The mental health team"),
        ("p", "I will see Sophie at home every Thursday until the review conference to go through her mood "
              "chart and relapse signature with her, and before each core group I will send a written report "
              "saying which of the four steps she has met, what has got in the way and what that means for "
              "her care of Alfie."),
        ("p", "Dr Kwame Asante, Sophie's consultant psychiatrist, will see her in outpatient clinic on 5 August "
              "2025 to review her lithium and will write to the core group by 15 August 2025 with his view of "
              "her prognosis over the next six months and how long it is likely to be before she can care "
              "for Alfie without the extra support in this plan."),
        ("p", "Dr Lena Voss, clinical psychologist, will see Sophie every Tuesday from 1 July 2025 for twelve "
              "sessions of relapse prevention work, including one session with Rob, and will send the core "
              "group a written view by 2 September 2025 of Sophie's capacity to use what she has learnt to "
              "spot her early signs before they affect Alfie."),
        ("p", "Dr Ruth Mallory, Sophie's GP at Fernside Surgery, will take Sophie's lithium level every four "
              "weeks and send the result to me and Nadia within five working days, so that we know her "
              "treatment is keeping her well enough to care for Alfie."),
        ("h2", "Sophie"),
        ("p", "Sophie will take her lithium every evening and keep the empty blister strips for me to count "
              "at each Thursday visit, so that she stays well enough to look after Alfie. Sophie will fill in "
              "her mood chart every evening, with a line on how Alfie's day went, and the weekly scores will "
              "go into my report to each core group. Sophie will take Alfie to Little Acorns Nursery by "
              "9.15am every Monday, Wednesday and Friday, and nursery will record the time he arrives and "
              "who brought him."),
        ("h2", "Alfie's other grown-ups"),
        ("p", "Nadia Pearce, Alfie's social worker, will visit every two weeks, at least once a month "
              "unannounced and once a month at Alfie's teatime or bedtime, and will record in her visit "
              "notes how Alfie is and how Sophie is caring for him."),
        ("p", "Shona Reid, Alfie's key person at Little Acorns, will note each session how Alfie arrives "
              "(fed, clean and dressed for the weather) and how he is at collection, and will email a "
              "summary to Nadia every Friday."),
        ("p", "Rob Renwick, Alfie's grandad, will have Alfie at his flat every Tuesday and Thursday from 9am "
              "to 5pm and every Saturday night, and will write in the shared diary how Alfie was and how "
              "Sophie seemed at each handover."),
        ("p", "Pam Bright, Alfie's health visitor, will complete his development review at home by 31 July "
              "2025 and send the ASQ-3 scores and her view of his speech to Nadia for the core group."),
        ("h1", "If Sophie becomes unwell"),
        ("p", "Sophie's early warning signs are: sleeping less than five hours on two nights running, talking "
              "very fast or jumping between ideas, spending money she does not have, and missing her lithium. "
              "If Sophie, Rob, nursery or any professional notices any of these, or her lithium level comes "
              "back below 0.4, they will ring me (or the Drisslecombe crisis team, 24 hours, on the number "
              "at the top of the relapse signature) that day, and the home treatment team will see Sophie at "
              "home within 24 hours. Until that assessment is done, Alfie will stay with Rob."),
        ("p", "If Rob is ill, away or cannot have Alfie, Nadia or the emergency duty team will arrange for "
              "Alfie to stay with approved foster carers that night. If Sophie is found unwell while she is "
              "alone with Alfie, whoever finds them will ring 999. If Sophie is admitted to hospital, Alfie "
              "will go to Rob (or to foster carers if Rob cannot have him) and Nadia will hold a strategy "
              "discussion the same day."),
        ("h1", "Reviewing this plan"),
        ("p", "The core group will meet every four weeks at Little Acorns Nursery: 22 July and 19 August "
              "2025. Sophie's CPA review will be on 28 August 2025. The review child protection conference "
              "will be on 9 September 2025 at 2pm at Drisslecombe Council Offices."),
        ("p", "If Sophie has not met steps one and two by the core group on 19 August, or she relapses and "
              "needs admission before the review conference, Nadia will ask her team manager for a legal "
              "planning meeting within five working days."),
        ("p", "Ifeoma Hart, Community Mental Health Nurse and Care Coordinator – 24 June 2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Youth justice case manager's joint safety and intervention plan for a
#    15-year-old criminally exploited through county lines, written in
#    prose paragraphs per person. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b51_duxhollow_yjs_exploitation_prose_osagie.txt",
    "split": "tune",
    "actions": 16,
    "template": "yjs-case-manager-joint-safety-and-intervention-plan-txt-caps-header-aligned-detail-lines-numbered-caps-sections-then-work-as-prose-paragraphs-per-person-first-person-case-manager",
    "description": (
        "Exemplary joint youth justice and child protection plan for a 15-year-old on a referral order "
        "after being found in a county lines trap house, written in prose by his YJS case manager. "
        "Each paragraph of the work section gives who, when and what will show it happened; the "
        "police exploitation team, return home interviews, mentor, alternative provision, young "
        "people's drug service and mum all have parts. The teenager's own cannabis use is not a "
        "parent's. His and his sister's words, a specific missing/danger contingency, core group and "
        "review dates, and a legal planning step are all there."
    ),
    "text": """\
DUXHOLLOW YOUTH JUSTICE SERVICE
in partnership with Duxhollow Children's Services (Child Protection)

JOINT SAFETY AND INTERVENTION PLAN
Marley Osagie

Written by:     Owen Pritchard, YJS case manager, with Kemi Adebayo,
                social worker
Agreed at:      initial child protection conference, 19 June 2025
                (category: physical harm - criminal exploitation
                outside the home), and Marley's first referral order
                panel, 24 June 2025
Typed:          26 June 2025

Young person:   Marley Osagie, born 02/03/2010 (15)
Lives with:     Grace Osagie (mum) and Precious Osagie (sister, 11),
                41 Tannery Court, Duxhollow
Dad:            Femi Osagie, lives in Kettleby Vale and phones Marley
                most Sundays
Education:      The Bridge Centre (alternative provision), going into
                Year 11 in September
Order:          Referral order, 9 months, made 5 June 2025
NRM:            Referral 20/05/2025; positive reasonable grounds
                28/05/2025; conclusive grounds decision awaited


1. HOW WE GOT HERE

Between March and May 2025 Marley went missing four times, for up to five
days. On 18 May police found him in a flat in Porthcarrow, 60 miles away,
with 14 wraps of crack cocaine, £340 in cash and a cut across his palm
that he would not explain. He told me later that two older men "from the
estate" had said he owed them £600 after a bag of their cannabis was
taken from him, and that "going country" was how he would pay it off. He
pleaded guilty to possession with intent to supply and the youth court
made a referral order; he has also been referred to the National Referral
Mechanism as a child victim of trafficking. On 12 June a young man stopped
Precious outside Fernlea Academy and asked her where Marley was.

2. WHAT IS GOING WELL

Marley has not been missing since 18 May. He came to all three YJS
appointments since the order was made and has started boxing, which he
loves. Grace has done everything we have asked: she changed the locks,
gave police the names she knew, and rings Kemi whenever she is worried.
Marley's attendance at The Bridge Centre was 82% in June, up from 40% in
April.

3. WHAT MARLEY AND PRECIOUS SAY

Marley (with me, 24 June): "I ain't going back there. It was long, I
didn't sleep for days and they had me on the door." He said he feels
safe at home and at the gym, and not safe "round the shops or the
underpass, that's where they wait." He wants to be a mechanic and to do
the motor vehicle course at Duxhollow College next year. On a scale of
0 to 10 he put "safe at home" at 8 and "safe out on the estate" at 3. He
asked that his mum not be told everything he says in sessions, and we
agreed what I would have to pass on.

Precious (with Kemi, 23 June): "I don't like it when people ask me where
Marley is. I just want him to be normal and play FIFA with me." She said
she now walks home with her friend Tia and her mum.

4. WHAT WE ARE AIMING FOR BY THE REVIEW CONFERENCE

- Marley is home every night and is not missing.
- Marley has no contact with the adults who sent him to Porthcarrow, and
  is not carrying drugs, money or weapons for anyone.
- Marley is in education every weekday and has applied for college.
- Precious is safe on her way to and from school and is not approached
  about her brother.

5. THE WORK: WHO IS DOING WHAT

Owen Pritchard (YJS case manager)
I will see Marley twice a week until the review conference, on Tuesdays
at the YJS office and on Fridays at home, to work through his referral
order contract (sessions on exploitation, knife crime and victim
awareness), and each session will be written up on ChildView with
Marley's own comments and shared with Kemi at the end of each month. I
will complete Marley's AssetPlus review by 15 August 2025 and give a
written summary of the risks to him and from him to his panel and to the
core group on 21 August 2025.

Kemi Adebayo (social worker)
Kemi will visit Marley and Grace at home every week, seeing Marley on his
own at least every other visit and Precious on her own once a month, and
will record what each of them says in her visit notes. Kemi will chase
the conclusive grounds decision with the Single Competent Authority by
31 July 2025 and explain what it means to Marley and Grace in a letter.
Kemi will lead a location assessment of Tannery Court, the shops and the
underpass with the police and the community safety team by 15 August
2025, and the written assessment will be shared at the core group on
21 August 2025.

PC Lewis Trent (Exploitation and Missing Team, Duxhollow Police)
PC Trent will check the intelligence on the adults linked to Marley every
two weeks and give Kemi a written update before each core group, saying
what disruption has been used (including any child abduction warning
notices).

Waymark project
After any missing episode, a Waymark worker will offer Marley a return
home interview within 72 hours of him coming home and send the written
interview to Kemi and me.

Joel Amos (mentor, Waymark)
Joel will meet Marley every Saturday at 11am for boxing at Duxhollow
Amateur Boxing Club and will text Kemi and me after each session to say
whether Marley came and how he seemed.

Naomi Kerr (key worker, The Bridge Centre)
Naomi will ring me or Kemi by 10.30am on any school day Marley has not
arrived, and will email his attendance for the week to both of us every
Friday. Naomi will help Marley fill in his application for the motor
vehicle course at Duxhollow College by 30 September 2025 and send Kemi a
copy once it has gone in.

Sam Yates (Lantern young people's drug and alcohol service)
Sam will see Marley every Wednesday for six sessions from 2 July 2025
about his cannabis use and the debt he says he owes, and will send a
short closing summary to Kemi and me by 13 August 2025.

Marley
Marley will be home by 9pm on school nights and 10pm on Fridays and
Saturdays, and the chart on the fridge will show the time he got in.

Grace Osagie (mum)
Grace will write the time Marley gets home each night on the chart on
the fridge, which I will read at each Friday visit. Grace will report
Marley missing to the police if he is not home and not answering his
phone by 10pm on a school night or 11pm at the weekend, and each report
will be on the police log and passed to Kemi the next morning. Grace will
go to the Parents' Circle group for families affected by exploitation at
Duxhollow Family Hub on the first and third Thursday of each month, and
the group leader will send Kemi a note of her attendance.

Mrs Nkem Ojo (DSL, Fernlea Academy)
Mrs Ojo will make sure Precious is seen out of the gate by a member of
staff at home time every school day until the review conference, and
will log any approach by anyone asking about Marley and tell Kemi the
same day.

6. IF MARLEY GOES MISSING OR IS IN DANGER

If Marley is missing after his curfew and not answering his phone, Grace
will ring 101, or 999 if she thinks he is in danger, and police will
treat him as a high-risk missing child. If Marley is found outside
Duxhollow, or with any of the adults named in the police intelligence
report, or carrying drugs, money or a weapon, police will take him to a
place of safety and Kemi (or the emergency duty team out of hours) will
hold a strategy discussion the same day. If there is any threat to the
family at Tannery Court, police will visit that day and Kemi will move
Grace, Marley and Precious into emergency accommodation arranged with
Duxhollow Housing that night.

7. MEETINGS, PANELS AND REVIEW

Core group: every three weeks at the YJS office, 3.30pm - 10 July,
31 July and 21 August 2025.
Referral order panel review: 18 September 2025.
Review child protection conference: 11 September 2025, 10am, Duxhollow
Civic Centre.

If Marley goes missing three or more times before the core group on
21 August, or is found out of area with drugs again, Kemi will ask her
team manager for a legal planning meeting within 5 working days to
consider whether Marley needs to be looked after, including whether an
application for secure accommodation is needed.

Owen Pritchard, YJS Case Manager - 26 June 2025
Copies: Marley and Grace Osagie; Kemi Adebayo; PC Lewis Trent; Naomi
Kerr; Sam Yates; Joel Amos; Mrs Nkem Ojo; referral order panel
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Family group conference plan typed by the coordinator: the family's
#    answers to the social worker's questions in their own words, then what
#    services agreed. Faults: "the whole family will keep an eye on Kerry",
#    no date for the recovery group, no measure for the bedrooms, swimming
#    "as often as he can", nursery days "when a place becomes available", an
#    adult outcome, and a contingency that rests on Nana with no fallback (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b51_dunwarren_fgc_question_answers_tate.txt",
    "split": "tune",
    "actions": 18,
    "template": "fgc-family-plan-txt-coordinator-typed-dot-leader-details-who-came-information-giving-bottom-lines-then-family-answers-under-each-referrer-question-dash-sentences-then-services-asked-for-and-agreed-dash-lines-then-checking-the-plan",
    "description": (
        "Family group conference plan for a 6-year-old and a 3-year-old (mother's drinking, neglect), "
        "typed by the coordinator from the family's flipcharts: the family's answers to the social "
        "worker's questions in their own words, then what services agreed. Nana, an uncle, an aunt and "
        "a friend carry much of the plan. Faults: 'the whole family will keep an eye on Kerry', the "
        "recovery group has no start date, the bedrooms job has no measure, swimming is 'as often as "
        "he can', extra nursery days wait 'when a place becomes available' with no output, one "
        "outcome is only about Kerry, and the family's 'what if' sends the children to Nana with "
        "nothing said if Nana can't. Bottom lines name a legal planning meeting; dates are set."
    ),
    "text": """\
DUNWARREN COUNCIL
FAMILY GROUP CONFERENCE SERVICE

FAMILY PLAN - MASON AND LILY TATE

Children ......... Mason Tate (6), Year 1, St Peter's Primary
                   Lily Tate (3), Little Wrens Nursery
Address .......... 22 Gorse Row, Dunwarren
FGC held ......... Saturday 28 June 2025, 10am to 3.30pm,
                   Gorse Row Community Rooms
Coordinator ...... Bernie Walsh, independent FGC coordinator
Referrer ......... Hollie Grant, social worker, Dunwarren Children's
                   Services (Child Protection Team 1)
Why we met ....... Mason and Lily have had child protection plans since
                   10 June 2025 (neglect). Hollie asked for a family group
                   conference so that the family could make its own plan
                   for how the children will be looked after.

WHO CAME
Kerry Tate (Mum); Bev Tate (Nana, Kerry's mum); Dean Tate (Uncle Dean,
Kerry's brother); Laura Price (Auntie Laura, the children's dad's sister);
Sharon Mills (Kerry's friend and next-door neighbour). Mason came for the
first part with his advocate, Priya Shah. Hollie Grant and Jo Fenn
(Dunwarren Recovery Service) came for the information part and then left
the family to talk on their own.

This plan is typed up by Bernie from the family's flipchart sheets and
uses the family's own words. Everyone who came was sent a copy on
1 July 2025.

WHAT HOLLIE TOLD THE FAMILY
Kerry has been drinking heavily since last autumn, mostly vodka in the
evenings. Police were called to the house in March and May. In May a
neighbour found Mason in the street at 9pm looking for his mum, who was
asleep on the settee. Lily missed two weeks of nursery in April and has
had a lot of nappy rash. There is often no food in the house at the
start of the week.

Bottom lines, which are not up for discussion:
- Mason and Lily must never be looked after by an adult who has been
  drinking.
- Mason and Lily must be at school and nursery every day unless they
  are ill.
- If Kerry is found looking after the children while she is drunk
  again, Hollie will ask her manager for a legal planning meeting, and
  that could lead to the council going to court.

Jo explained what the Recovery Service can offer Kerry, including a
home detox with her GP.

WHAT MASON SAID (Priya read out his words)
"I want Mummy to stop drinking the smelly drink." "I like Nana's because
she does chips and we watch Bluey." "When Mummy's asleep on the settee I
give Lily crisps." He wants to go swimming with Uncle Dean again. On his
faces sheet he put a sad face for "night time" and a big smiley face for
"Nana's house".

Lily is too young to say what she thinks. Nursery told Hollie she is
clingy, very hungry on Mondays, and runs to Nana at pick-up.

WHAT WE WANT FOR MASON AND LILY
- Mason and Lily always have a grown-up who is sober looking after them.
- They get to school and nursery every day, on time, with breakfast
  inside them.
- Mason gets to be a kid and doesn't have to look after his sister.
- Kerry gets her life back on track and feels like herself again.

OUR PLAN - OUR ANSWERS TO HOLLIE'S QUESTIONS

Question 1: How will you make sure Mason and Lily are always looked
after by a sober adult?
- Nana Bev will come round at 5pm every weekday and stay until both
  kids are asleep, and she will sign the family book every night so
  Hollie can see it.
- Uncle Dean will sleep over at Kerry's on Friday and Saturday nights
  and sign the family book when he gets there.
- Kerry will not have any drink in the house from today (28 June), and
  Nana will check the cupboards and the fridge when she comes round
  each evening and tick the family book.
- The whole family will keep an eye on Kerry every day.

Question 2: How will the children get to school and nursery every day?
- Uncle Dean will take Mason to school and Lily to nursery on Monday,
  Wednesday and Friday mornings, and the school and nursery registers
  will show them arriving on time.
- Kerry will do the school and nursery run on Tuesdays and Thursdays,
  and the registers will show them in by 9am.
- Sharon will have both kids at hers from 8am on any morning Kerry or
  Dean can't do the run and walk them in, and she will write it in the
  family book.

Question 3: How will Kerry get help to stop drinking?
- Kerry will start going to the Fresh Start recovery group at St Luke's
  church hall and show Hollie her attendance slips.
- Kerry will keep every appointment with Jo at the Recovery Service,
  and Jo will send Hollie her attendance record every month.
- Nana Bev will go with Kerry to see Dr Lowe, her GP, about a home detox
  on 8 July 2025, and Kerry will give Hollie a copy of the GP's letter.

Question 4: How will the house be made right for the kids?
- Auntie Laura will help Kerry sort out the kids' bedrooms and get Lily
  a proper bed by the end of August.

Question 5: How will Mason get some fun and time off from worrying?
- Uncle Dean will take Mason swimming as often as he can and put a photo
  on the family WhatsApp.
- Auntie Laura will take Mason and Lily to the park or soft play every
  other Sunday and write it in the family book.

Question 6: What will you do if the plan isn't working?
If Kerry drinks when she's got the kids, or anyone in the family finds
her drunk, they will take Mason and Lily straight to Nana Bev's and ring
Hollie (or the out-of-hours number on the front of the family book) the
same night. The kids will stay at Nana's until Kerry has gone two full
days without a drink and Hollie says they can go home. If it keeps
happening we will have another family meeting to sort out who else can
help.

WHAT THE FAMILY ASKED SERVICES FOR, AND WHAT WAS AGREED
(Hollie came back in after family time and agreed these with everyone.)
- Help for Kerry with her drinking: Jo Fenn at Dunwarren Recovery
  Service will see Kerry every Tuesday, breath test her at each session,
  and write to Hollie before every core group saying whether Kerry's
  drinking is changing.
- Help with bedtimes: Dunwarren Family Hub will give Kerry a family
  support worker by 18 July 2025 for eight weekly evening sessions on
  bedtime routines, and the worker will send Hollie a note after each
  session.
- More nursery for Lily: Children's Services will look into extra funded
  nursery days for Lily when a place becomes available.
- Someone for Mason to talk to: Mrs Khan, the safeguarding lead at
  St Peter's Primary, will see Mason every Monday morning in term time
  and email Hollie a note of what he says.
- Hollie's visits: Hollie will visit every two weeks, see Mason on his
  own and Lily at home, and write down what she sees and hears in her
  visit notes.

CHECKING THE PLAN
Review family group conference: Wednesday 6 August 2025, 6pm, Gorse Row
Community Rooms (Bernie will send the invitations).
Core group (Hollie, Jo, school, nursery, Kerry and Nana Bev): every four
weeks, on 3 July, 31 July and 28 August 2025.
Review child protection conference: Thursday 4 September 2025, 10am,
Dunwarren Civic Centre.

Agreed by: Kerry Tate, Bev Tate, Dean Tate, Laura Price, Sharon Mills
Agreed by Hollie Grant for Dunwarren Children's Services, 28 June 2025
""",
    "findings": [
        F("F002", "Kerry gets her life back on track and feels like herself again."),
        F("W002", "The whole family will keep an eye on Kerry every day."),
        F("M002", "The whole family will keep an eye on Kerry every day."),
        F("T001", "Kerry will start going to the Fresh Start recovery group"),
        F("M001", "help Kerry sort out the kids' bedrooms and get Lily"),
        F("T002", "Uncle Dean will take Mason swimming as often as he can"),
        F("T002", "look into extra funded nursery days for Lily"),
        F("M001", "look into extra funded nursery days for Lily"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. A child's own "my plan", written for and with an 8-year-old in her
#    voice, with each grown-up's promise as a short paragraph. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b51_darrowvale_my_plan_grown_ups_promises_kowal.md",
    "split": "tune",
    "actions": 9,
    "template": "child-friendly-my-plan-md-written-with-8-year-old-first-person-about-me-why-grown-ups-worry-what-i-told-sam-then-grown-ups-promises-as-short-paragraphs-under-each-name-then-if-things-go-wrong-and-when-grown-ups-meet",
    "description": (
        "Exemplary child-friendly plan written by a social worker with an 8-year-old, in her voice "
        "(mother's drinking, Iris finding her unconscious). Each grown-up's promise is a short "
        "paragraph that says who, when and how Iris and the grown-ups will know; the alcohol service "
        "tests and reports; Nana's two jobs have a foster-care fallback; core group, review "
        "conference and a legal planning meeting are explained in plain words."
    ),
    "text": """\
# My plan – Iris

*This is my child protection plan. Sam, my social worker, wrote it with me at our kitchen
table on 3 July 2025, after the big meeting about me and Stan on 1 July 2025 (it is
called an initial child protection conference). Darrowvale Council Children's Services.
The grown-ups have a longer copy, but the plan in it is the same as this one.*

## About me

My name is Iris Kowal and I am 8. I am in Year 3 at Millstone Lane Primary and my
teacher is Mrs Hollis. I live with my mum, Kirsty, and my little brother Stan, who is
5 and has his own plan. My Nana June lives by the park. My dad lives in Poland and we
video call on Sundays. I like drawing horses, gymnastics and Nana's fish fingers.

## Why the grown-ups are worried

Mum has been drinking too much wine. Two times this year Mum fell asleep on the settee
and I couldn't wake her up, and I had to make Stan's tea and put him to bed. On 14 June
I rang Nana at 11 o'clock at night because Mum was on the kitchen floor, and an
ambulance came. The grown-ups want to make sure there is always a grown-up looking
after me and Stan who is awake and hasn't been drinking.

## What I told Sam

"I don't like it when Mum's words go wobbly."

"I want to stop worrying at night and go back to Brownies."

"Nana's house is the best because it's quiet and she does my plaits."

On my worry scale I gave home 4 out of 10 and Nana's 10 out of 10. I said I love Mum
and I want to keep living with her and Stan, but only if she stops drinking.

## What the grown-ups want for me

- I always have a grown-up looking after me who is awake and hasn't been drinking.
- I go to bed at bedtime and I don't have to look after Stan.
- I go to school every day and go back to Brownies on Wednesdays.
- I know who to ring if I am scared, and I have their numbers.

## What the grown-ups have promised

**Mum**

Mum will not drink any alcohol on the days she looks after me and Stan, which is
every day except Saturday, when we go to Nana's, and Mel will check this with a
breath test every Tuesday.

Mum will put Nana's and Sam's phone numbers on the fridge by Friday 4 July, and Sam
will look to see they are there at her next visit.

Mum will have a blood test with Dr Shah at Ferry Lane Surgery by 18 July, and
Dr Shah will send the results to Mel and Sam.

**Mel from Kestrel House** (Kestrel House helps grown-ups who drink too much)

Mel will see Mum every Tuesday morning, do her breath test and write to Sam once a
month to say whether Mum is managing not to drink and whether home is safer for me
and Stan because of it.

**Nana June**

Nana June will pick me and Stan up from school every Tuesday and Thursday and give us
our tea at her house until Mum collects us at 6pm, and she will write in the green
book each time.

Nana June will have me and Stan at her house every Saturday from 12 o'clock and we
will sleep over, and she will write that in the green book too.

**Sam, my social worker**

Sam will come and see me every two weeks, sometimes at home and sometimes at school,
talk to me on my own and write down what I say so the other grown-ups know what I
think.

Sam will sort out my place at 3rd Darrowvale Brownies so I can go back on Wednesdays
from 10 September, and Brown Owl will sign my badge book each week to show I was there.

**Mrs Hollis, my teacher**

Mrs Hollis will have a chat with me every Monday morning in the book corner about my
weekend and write down what I tell her in the school's safeguarding notes, which Sam
reads every week.

## If things go wrong

If Mum has been drinking when she is looking after me and Stan, or I can't wake her up,
I will ring Nana June on the number on the fridge, and if Nana doesn't answer I will
ring 999 and say our address (14 Wren Close). Nana will come and take me and Stan to
her house, and she will tell Sam, or the night-time social workers, that same night.

If Nana is poorly or away and can't look after us, Sam or the night-time social workers
will find a foster family where me and Stan can stay together that night. Sam will have
a meeting with the police and the other grown-ups the same day (it is called a strategy
discussion) to decide what happens next.

## When the grown-ups meet

The grown-ups in my core group (Mum, Nana June, Sam, Mel, Mrs Hollis and the school
nurse) meet every 4 weeks, on 15 July, 12 August and 9 September 2025.

The next big meeting about me (the review child protection conference) is on
30 September 2025 at 10am. I can tell Sam what I want the grown-ups to hear, or write
it down, or come for part of it.

If Mum is still drinking on days she looks after us by the meeting on 12 August, Sam
will ask her manager for a special meeting with the council's lawyers (a legal planning
meeting) to decide what else needs to happen to keep me safe.

*Written by Sam Okafor, Social Worker, with Iris – 3 July 2025*
""",
    "findings": [],
})
