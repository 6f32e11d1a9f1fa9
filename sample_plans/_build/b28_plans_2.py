"""Batch 28, module 2: seven fictional exemplary plans written as narrative (tuning material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

All seven plans are exemplary (no finding expected): letters, minutes, a
child's own "my plan", a Signs of Safety safety plan, a pre-birth plan and a
father-written plan, in which every commitment is one sentence (or one
bullet) that names who, by when and how everyone will know, set among
background, worries, strengths and history that are not actions.
"""
from build_batch5 import F, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. SW letter to parents after ICPC: history, strengths, voice, then one
#    sentence per commitment (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b28_sallowmere_letter_after_icpc_sentence_commitments_hartigan.docx",
    "doc_title": "Letter to Kelly Hartigan and Dean Foley - child protection plan for Lacey and Mason",
    "split": "tune",
    "template": "icpc-sw-letter-to-parents-worry-history-strengths-then-one-sentence-commitment-paragraphs-you-will-she-will-i-will",
    "description": (
        "Exemplary: a social worker's letter to a mother (alcohol misuse) and her partner (one DA incident) "
        "after the ICPC for a 5-year-old and a 20-month-old. History, strengths and the children's voice in "
        "paragraphs; each commitment is one sentence naming who, when and how it will be known (alcohol "
        "service assesses and reports, GP owns an action, grandmother and aunt carry pick-ups and weekends); "
        "contingency covers the family failing, core group dates, review date and a legal planning meeting."
    ),
    "blocks": [
        ("pr", "Sallowmere Borough Council"),
        ("pr", "Children's Services – Family Safeguarding Team (South)"),
        ("pr", "The Quayside Offices, 2 Mariner Street, Sallowmere SM4 2QT"),
        ("pr", "Wednesday 14 May 2025"),
        ("p", ""),
        ("pl", "Ms Kelly Hartigan and Mr Dean Foley"),
        ("pl", "41 Linnet Close"),
        ("pl", "Sallowmere SM7 5RD"),
        ("p", ""),
        ("boldp", "Private and confidential"),
        ("p", "Dear Kelly and Dean,"),
        ("p", "Thank you both for coming to Lacey and Mason's initial child protection conference on Monday "
              "12 May. I know you found parts of it very hard to hear, and Kelly, I know how much it took to "
              "say out loud what you told the conference about your drinking. As I promised, this letter puts "
              "the plan that was agreed into ordinary words. The chair, Gill Mackie, will send you the full "
              "minutes, but this letter is the plan we are all working to from today."),
        ("boldp", "Why Lacey and Mason have a plan"),
        ("p", "The conference decided that Lacey (5) and Mason (20 months) need child protection plans under "
              "the category of neglect. Since the new year Fernside Primary have seen Lacey arrive late and "
              "hungry on most Mondays, and on Friday 11 April she walked home on her own because nobody came "
              "to collect her. On 19 April a neighbour called the police, who found Kelly too drunk to stand "
              "and Mason awake in his cot in a soaking nappy at 1am while Dean was out. Kelly, you told "
              "conference that since your dad died last summer you have been drinking two bottles of wine "
              "most evenings, and more at weekends."),
        ("p", "Dean, the conference also heard about the night in March when you and Kelly argued after you "
              "had both been drinking and you pushed Kelly against the fridge while Lacey was on the stairs. "
              "You both told me it was the only time it has happened, and the police have not been called to "
              "an argument at the house since."),
        ("p", "This is not the first time services have been worried. Lacey had a child in need plan in 2022, "
              "when Kelly's drinking first came to light, and that plan closed in January 2023 after Kelly "
              "finished a course at the alcohol service and things had been settled for six months."),
        ("boldp", "What is going well"),
        ("p", "Lacey and Mason are clearly loved. Lacey's teacher describes her as bright and funny, and "
              "Mason's health visitor says he is meeting his milestones. Kelly, you have been honest with me "
              "about how much you drink, and you rang the alcohol service yourself on 2 May. Dean, you have "
              "been doing Lacey's bedtime story most nights. Kelly's mum Jean and her sister Carla both came "
              "to conference and said straight away that they want to help."),
        ("boldp", "What Lacey told me, and what I have seen of Mason"),
        ("p", "I saw Lacey on her own in the school library on Wednesday 7 May. She told me \"Mummy has her "
              "wine and then she goes to sleep on the settee\" and that when that happens \"I get Mason's "
              "bottle because I'm the big sister\". She said she was scared on the day she walked home "
              "because \"the big road is loud\". When I asked what would make home better she said \"Mummy "
              "not being sleepy, and Nana coming every day\". Her favourite things are her scooter and making "
              "cakes with Auntie Carla."),
        ("p", "Mason is too young to tell us, so I have written down what I saw. At my visit on 9 May he was "
              "clean and warm, crawled straight to Dean for a cuddle when I came in, and kept bringing Lacey "
              "his toys. The nappy rash he had in April has cleared. When Kelly left the room he watched the "
              "door until she came back."),
        ("boldp", "What we all want for Lacey and Mason"),
        ("bullets", [
            "Lacey and Mason are always looked after by a sober adult, day and night, and Lacey never has to "
            "make Mason's bottle or look after him.",
            "Lacey gets to school on time with breakfast inside her, and is always collected by an adult she "
            "knows.",
            "Mason is clean, fed on time and keeps meeting his milestones.",
            "Both children live in a home with no pushing, hitting or frightening arguments.",
        ]),
        ("boldp", "What is going to happen"),
        ("p", "Kelly, you will see Tanya Webb at the Sallowmere Alcohol Service every Wednesday at 2pm from "
              "21 May, and Tanya will email me after each session to say you came and what your breath test "
              "showed, so that we know you are sober when you are looking after Lacey and Mason."),
        ("p", "Tanya will also complete a full assessment of your drinking by 13 June 2025 and send a written "
              "report to me and the core group saying what has changed, what still needs to change and how "
              "long she thinks it will take before Lacey and Mason can be safely left in your care."),
        ("p", "Dr Farah Nadeem, your GP at Brookside Surgery, will see you by 30 May 2025 to check your liver "
              "bloods and agree whether you need medical help to cut down safely, and she will write to me "
              "with the results and what was agreed, so that the children's plan takes account of it."),
        ("p", "Dean, you will start the Choices programme at Harbour House on Monday 2 June and go every "
              "Monday evening for 20 weeks, and the facilitator, Omar Sheikh, will send me an attendance and "
              "progress report every 4 weeks."),
        ("p", "Jean will collect Lacey from Fernside Primary at 3.15pm every school day from 15 May until the "
              "review conference, and Mrs Adeyemi will check the school's signing-out book each Friday and "
              "let me know who collected Lacey on each day."),
        ("p", "Carla will have Lacey and Mason to stay at her flat every Friday and Saturday night from 23 May, "
              "and she will text me by 7pm each Sunday to say both nights went ahead and that she handed the "
              "children back to a sober adult."),
        ("p", "I will visit you at home every week from 15 May, at least every other visit unannounced, and "
              "see Lacey on her own each time, and my visit notes will record what Lacey says, whether Mason "
              "is clean and fed and whether there is alcohol in the house."),
        ("p", "Becky Loughlin, Mason's health visitor, will see him at home every 2 weeks until the review "
              "conference to weigh him and check his development, writing the results in his red book and "
              "emailing them to me the same week."),
        ("p", "Mrs Adeyemi, the designated safeguarding lead at Fernside Primary, will email me every Friday "
              "with Lacey's attendance, the times she arrived and anything she has said about home, and will "
              "phone me the same day if Lacey arrives hungry or upset or is not collected."),
        ("p", "Leanne Hird, the family support worker, will come to the house twice a week for 6 weeks from "
              "Monday 19 May to work with you both on mealtimes, bedtimes and who is in charge of the children "
              "each evening, and she will leave a written evening routine on the fridge which I will check is "
              "being followed at each of my visits."),
        ("boldp", "If things go wrong"),
        ("p", "If Kelly is found to have been drinking while she is looking after the children, if Lacey is "
              "not collected from school by 3.30pm, or if the police are called to another argument at home, "
              "I (or the emergency duty team on 01632 960 418 out of hours) will come out the same day, and "
              "Lacey and Mason will go to stay with Jean at 6 Heron Way while a strategy discussion is held "
              "within 24 hours."),
        ("p", "If Jean cannot have the children, for example because she is unwell or away, they will go to "
              "Carla's. If neither Jean nor Carla can look after them, Lacey and Mason will stay together "
              "with approved foster carers that night, and my team manager will ask for a legal planning "
              "meeting within 5 working days."),
        ("p", "If Jean or Carla find they can no longer manage the school pick-ups or the weekend stays, they "
              "have agreed to tell me the same day. Leanne will then do the pick-ups until a new arrangement "
              "is agreed at an emergency core group, which I will call within 5 working days."),
        ("boldp", "How we will keep checking"),
        ("p", "The core group is the two of you, Jean, Carla, me, Becky, Mrs Adeyemi, Tanya and Omar. It will "
              "meet every 4 weeks at Fernside Primary at 9.30am: on Tuesday 27 May, Tuesday 24 June and "
              "Tuesday 22 July 2025."),
        ("p", "The review child protection conference will be on Monday 4 August 2025 at 10am at the Quayside "
              "Offices."),
        ("p", "If Tanya's report in June shows that Kelly is still drinking while caring for the children, or "
              "if the plan is not being kept by the core group on 22 July, my manager will request a legal "
              "planning meeting to decide whether to start the Public Law Outline (pre-proceedings). I would "
              "write to you both before that happened, and you would be entitled to free legal advice."),
        ("p", "If anything in this letter is wrong, or you don't understand it, please ring me on 01632 960 227 "
              "or text me on 07700 900 412. I would much rather you rang me than worried about it."),
        ("pl", "Yours sincerely,"),
        ("p", ""),
        ("pl", "Nadia Brennan"),
        ("pl", "Social Worker, Family Safeguarding Team (South)"),
        ("p", ""),
        ("p", "cc: Gill Mackie (conference chair); Jean Hartigan; Carla Hartigan; Becky Loughlin (HV); "
              "Mrs T Adeyemi (DSL, Fernside Primary); Tanya Webb (Sallowmere Alcohol Service); Dr F Nadeem "
              "(GP); Omar Sheikh (Choices, Harbour House); Leanne Hird (FSW)"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. LAC baby on a children's ward: SW letter to mother and foster carers,
#    visits in sentences, discharge steps (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b28_skerrowby_ward_letter_mother_and_carers_tennant.docx",
    "doc_title": "Ruby Tennant - her plan while she is in hospital",
    "split": "tune",
    "template": "lac-cp-baby-on-childrens-ward-sw-letter-to-mother-and-foster-carers-visits-in-sentences-then-going-home-sentences",
    "description": (
        "Exemplary: a social worker's letter to a mother (postnatal depression) and the foster carers of a "
        "4-month-old accommodated under s20 and on a CP plan, now on a children's ward with bronchiolitis. "
        "SW visits twice a week until discharge, carers daily, grandmother supervises the mother's visits; "
        "perinatal team asked to assess capacity to change, GP owns an action, HV after discharge; the baby's "
        "observed experience, outcomes, a contingency with a fallback if the grandmother cannot supervise, "
        "core group and review dates, and legal planning."
    ),
    "blocks": [
        ("pr", "Skerrowby City Council"),
        ("pr", "Children's Social Care – Children in Care Team 1"),
        ("pr", "Foundry House, 19 Canal Side, Skerrowby SK2 8LW"),
        ("pr", "Tuesday 3 June 2025"),
        ("p", ""),
        ("pl", "Shannon Tennant, Flat 3, 22 Bellfield Road, Skerrowby SK5 1JA"),
        ("pl", "Maxine and Phil Dore (foster carers), by email"),
        ("pl", "Nurse in charge, Puffin Ward (children's ward), Skerrowby General Hospital, by email"),
        ("p", ""),
        ("boldp", "Ruby Tennant (born 02/02/2025) – her plan while she is in hospital and when she comes out"),
        ("p", "Dear Shannon, Maxine and Phil,"),
        ("p", "Ruby has been on Puffin Ward since Friday 30 May with bronchiolitis. She is on a little oxygen "
              "and is being fed through a tube in her nose, and her consultant, Dr Aisling Kerr, expects her "
              "to need another 5 to 10 days in hospital. Ruby is still looked after by the council under "
              "section 20, with Maxine and Phil as her foster carers, and she still has a child protection "
              "plan (neglect) from the conference on 14 April. We met on the ward on Monday 2 June – Shannon, "
              "Maxine, Shannon's mum Donna, the ward sister Joy Ashworth and me – and this letter sets out "
              "what we agreed. It sits alongside Ruby's care plan and her child protection plan and does not "
              "replace them."),
        ("boldp", "How Ruby came to be looked after"),
        ("p", "Ruby came into care on 7 March, when she was 5 weeks old, with Shannon's agreement. She had "
              "been admitted to hospital after her weight dropped from the 25th centile to below the 2nd, and "
              "Shannon, who had postnatal depression and was hardly eating or sleeping, told the midwife she "
              "could not cope. Shannon has been seeing the perinatal mental health team since March. With "
              "Maxine and Phil, Ruby's weight came back up to the 9th centile. Shannon has family time with "
              "Ruby three times a week at the Meadow Family Centre and has missed only two of 36 sessions."),
        ("boldp", "How Ruby is on the ward"),
        ("p", "Ruby is four months old and cannot tell us how she feels, so this is what we have seen. She "
              "settles best when she is held upright against Maxine's chest while Maxine hums to her. She "
              "cries hard when the tube is re-taped and calms quickest when she hears Shannon's voice; the "
              "nurses have noticed she turns her head towards Shannon as soon as she speaks. Since Sunday she "
              "has been smiling at the play specialist and reaching for the mobile over her cot. She has not "
              "been left without a familiar adult for more than an hour in the day since she was admitted."),
        ("boldp", "What we want for Ruby"),
        ("bullets", [
            "Ruby gets better, comes off oxygen and tube feeds, and goes home to Maxine and Phil with a "
            "feeding plan that everyone caring for her understands.",
            "Ruby is not left on the ward without a familiar adult during the day, and she is visited by the "
            "people who matter to her.",
            "Ruby keeps her close bond with her mum through regular time together on the ward.",
            "After she goes home, Ruby gains weight along the 9th centile or above.",
        ]),
        ("boldp", "Who will do what"),
        ("p", "I will visit Ruby on Puffin Ward every Tuesday and Friday until she is discharged, see her and "
              "speak with the nurse in charge and Maxine, and write up each visit on Ruby's record the same "
              "day, including how she is feeding and who has been to see her."),
        ("p", "Maxine or Phil will be with Ruby on the ward every day from 8am to 6pm until she is discharged, "
              "signing the ward visitor log each day and texting me each evening with how Ruby's day has gone."),
        ("p", "Shannon, you will visit Ruby on the ward every Monday, Wednesday and Saturday from 1pm to 3pm, "
              "supervised by your mum Donna (my manager agreed on 2 June that Donna can do this), and Donna "
              "will fill in the family time record at the nurses' station at the end of each visit."),
        ("p", "Joy Ashworth, the ward sister, will make sure the nurse in charge rings me by 5pm every weekday "
              "with Ruby's oxygen, feeds and weight, and each call will be written in Ruby's hospital notes."),
        ("p", "Dr Aisling Kerr will write Ruby's discharge summary before she leaves hospital, setting out her "
              "feeding plan and weight targets, and will send it to Maxine and Phil, the GP, the HV and me on "
              "the day of discharge."),
        ("p", "Dr Ben Ochieng from the Skerrowby perinatal mental health team will keep seeing Shannon every "
              "week and will send the core group a written report by 27 June 2025 on whether Shannon's "
              "depression is lifting, what she still needs to change to care for Ruby full time and how long "
              "that is likely to take."),
        ("p", "Dr Rhian Powys, Shannon's GP, will review her antidepressant at the appointment booked for "
              "10 June 2025 and write to Dr Ochieng and me by 13 June with any change, so that we know how "
              "Shannon is before her time with Ruby is increased."),
        ("p", "Sinead Blake, the health visitor, will see Ruby at Maxine and Phil's within 2 days of discharge "
              "and then weekly for 6 weeks, weighing her at each visit, plotting the weight in her red book "
              "and emailing it to me the same day."),
        ("p", "Maxine and Phil will follow the hospital feeding plan from the day Ruby comes home and keep a "
              "daily feed chart, which Sinead and I will look at on each of our visits."),
        ("boldp", "If something goes wrong"),
        ("p", "If Shannon arrives on the ward under the influence of alcohol or drugs, or becomes too "
              "distressed to keep Ruby safe during a visit, Donna will end the visit and ask the nurse in "
              "charge to stay with Ruby, and the nurse in charge will ring me (or the emergency duty team on "
              "01632 960 733 out of hours) straight away. Shannon's next visits will then be supervised by a "
              "family time worker until the core group agrees otherwise."),
        ("p", "If anyone tries to take Ruby off the ward without agreement, ward staff will call hospital "
              "security and the police on 999, and I will hold a strategy discussion with the police the same "
              "day."),
        ("p", "If Donna cannot supervise a visit, for example because she is ill or working, she will tell me "
              "by 10am that day and a family time worker from the Meadow Family Centre (Aled Price or a "
              "colleague) will supervise instead, so that Shannon's visit still goes ahead. If nobody can "
              "supervise, the visit will be moved to the next day, not cancelled."),
        ("p", "If Maxine and Phil cannot be at the hospital on any day, the fostering support worker, Jo "
              "Latimer, will sit with Ruby between 10am and 4pm in their place."),
        ("p", "If Shannon withdraws her agreement to Ruby being accommodated while Ruby is on the ward, my "
              "manager will hold a legal planning meeting the same day to decide whether to apply to court, "
              "and the ward will not discharge Ruby to anyone other than Maxine and Phil until that decision "
              "has been made."),
        ("boldp", "Meetings"),
        ("p", "Ruby's core group will meet every 4 weeks at 10am: on Thursday 12 June 2025 in the Puffin Ward "
              "parents' room (or at the Meadow Family Centre if Ruby has gone home), then on 10 July and "
              "7 August 2025."),
        ("p", "Ruby's review child protection conference is on Monday 7 July 2025 at 1.30pm at Foundry House, "
              "and her looked-after review with her IRO, Hannah Greaves, is on Tuesday 17 June 2025."),
        ("p", "If Dr Ochieng's report says Shannon is unlikely to be able to care for Ruby within Ruby's "
              "timescales, or Shannon misses more than two ward visits in a row without a reason, my manager "
              "will request a legal planning meeting to decide whether care proceedings are needed to secure "
              "Ruby's future."),
        ("p", "Shannon, I know it is frightening to see Ruby so poorly, and the nurses told me how gently you "
              "held her on Sunday. Please ring me on 01632 960 318 if anything in this letter worries you."),
        ("pl", "Best wishes,"),
        ("p", ""),
        ("pl", "Owen Pask"),
        ("pl", "Social Worker, Children in Care Team 1"),
        ("p", ""),
        ("p", "cc: Hannah Greaves (IRO); Dr A Kerr (consultant paediatrician); Joy Ashworth (ward sister); "
              "Dr B Ochieng (perinatal mental health team); Dr R Powys (GP); Sinead Blake (HV); Donna Tennant; "
              "Jo Latimer (fostering support worker)"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group minutes: narrative since-last-time, children's words,
#    agency paragraphs, then numbered "agreed today" sentences (pdf).
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b28_scarrowdene_core_group_minutes_agreed_today_karimi.pdf",
    "doc_title": "Core group minutes - Amir and Leyla Karimi - 17 June 2025",
    "split": "tune",
    "template": "core-group-minutes-third-meeting-since-last-time-childrens-words-agency-paragraphs-then-word-numbered-agreed-today-sentences-paged",
    "description": (
        "Exemplary: minutes of the third core group for an 11-year-old and a 7-year-old whose father has "
        "schizophrenia (recent relapse) and whose mother works nights, with the uncle sleeping over. Progress "
        "and agency updates in past-tense paragraphs; numbered agreed sentences each with who, when and "
        "evidence; CPN asked to report on whether the father can stay well; contingency covers relapse and the "
        "uncle being unavailable; next core group, review date and legal planning. Header and page footer."
    ),
    "header": "OFFICIAL-SENSITIVE | Scarrowdene Council Children's Services | Karimi children",
    "footer": "Core group minutes 17/06/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("kv", [
            ("Children", "Amir Karimi (11, Year 7, Scarrowdene Academy) and Leyla Karimi (7, Year 2, Brindle Lane Primary)"),
            ("Date and place", "Tuesday 17 June 2025, 4pm, Scarrowdene Family Hub"),
            ("Meeting", "Third core group since the initial child protection conference on 22/04/2025"),
            ("Category", "Emotional abuse"),
            ("Chair", "Bronwen Alder, social worker"),
            ("Minutes", "Gail Morrow, business support"),
        ]),
        ("boldp", "Present"),
        ("p", "Samira Karimi (mum); Hassan Karimi (dad); Karim Nouri (maternal uncle); Bronwen Alder (SW, "
              "chair); Paul Ferreday (CPN and care coordinator, Scarrowdene West CMHT); Hayley Dunn (DSL, "
              "Brindle Lane Primary); Craig Ellison (head of Year 7, Scarrowdene Academy, from 4.20pm); Tasha "
              "Byrne (Scarrowdene Young Carers)."),
        ("p", "Apologies: Dr Imogen Fry (GP), who sent a written update."),
        ("h2", "1. Since the last meeting"),
        ("p", "Bronwen went through the plan made at the ICPC. Hassan has had his depot injection on time "
              "every two weeks since he was discharged from Orchard Ward on 9 April and has kept every CMHT "
              "appointment. Samira has moved to three fixed night shifts (Sunday, Monday and Tuesday) and "
              "Karim has stayed over on all of those nights since the ICPC; Samira showed the meeting her "
              "rota and the overnight sheet. There have been no calls to the police or the crisis team since "
              "9 April."),
        ("p", "The one part of the plan that slipped was the young carers assessment for Amir, which was "
              "delayed by a waiting list at Tasha's service. It was completed on Tuesday 10 June."),
        ("h2", "2. How Amir and Leyla are"),
        ("p", "Bronwen saw Amir on his own at the academy on Thursday 12 June. He said home is \"loads "
              "calmer\" and that Dad \"is back to normal, he does the football with me\". He still checks the "
              "front door is unlocked before he goes to bed \"because of what happened\", and he said he would "
              "like to stop being the one who rings Mum at work when Dad is \"weird\". He really wants to go "
              "on the Year 7 residential in July."),
        ("p", "Leyla was seen at home on Friday 13 June with Samira in the next room. She drew her family in "
              "the garden and said the best bit of her week is \"when Uncle Karim makes pancakes\". She said "
              "she was scared \"when Dad was poorly and shouted at the telly\" but \"now he's not\"."),
        ("h2", "3. Updates"),
        ("p", "Paul (CMHT): Hassan's mental state has been settled since discharge. Paul sees him every two "
              "weeks when he gives the depot. Hassan and Paul have written down his relapse signs (sleeping "
              "less than four hours, talking about being watched, moving furniture against the doors), and "
              "Samira and Karim have copies."),
        ("p", "Dr Fry (written update): Hassan's physical health check on 3 June showed no concerns. The "
              "practice has put an alert on his record so that a missed depot is flagged to Paul."),
        ("p", "Hayley (Brindle Lane): Leyla's attendance is 97% this half term and she is no longer falling "
              "asleep in class. She has joined the lunchtime art club."),
        ("p", "Mr Ellison (academy): Amir has had two late marks this half term, both on Tuesdays, and his form "
              "tutor has noticed he seems tired at the start of the week. His work is good and he has been "
              "picked for the cricket team."),
        ("p", "Tasha (young carers): the assessment found that Amir does more worrying than hands-on caring, "
              "mostly at night. He has been offered a place at the Thursday young carers club."),
        ("p", "Samira said she thinks the plan is working and would like the core group to think about "
              "reducing Karim's overnights once Hassan has been well for six months. Hassan said he wants the "
              "children to know he is better and that he is sorry they were frightened. Karim said he is happy "
              "to carry on, but he will be away from 28 July to 8 August for a family wedding."),
        ("h2", "4. What we are working towards (from the ICPC)"),
        ("bullets", [
            "Amir and Leyla are looked after every night by an adult who is well and awake enough to keep "
            "them safe.",
            "Amir and Leyla are never shut in the house or frightened by their dad's illness, and they both "
            "know who to ring if he becomes unwell.",
            "Amir no longer watches over his dad at night, and he gets to school on time and rested.",
            "Leyla keeps going to school every day and sleeps through the night.",
        ]),
        ("h2", "5. Agreed today"),
        ("numbers", [
            "Paul Ferreday (CPN) will keep seeing Hassan every two weeks to give his depot, and by Monday "
            "14 July 2025 will send Bronwen a written report for the review conference on how well Hassan has "
            "kept to his relapse plan, whether he is likely to stay well enough to care for Amir and Leyla on "
            "his own, and what still needs to change and over what timescale.",
            "Bronwen will visit the family at home every two weeks, with at least one visit on a Sunday, Monday "
            "or Tuesday evening while Samira is at work, and her visit records will show both children seen "
            "and spoken to alone and who was looking after them.",
            "Karim will stay overnight every Sunday, Monday and Tuesday while Samira is at work, up to and "
            "including 27 July 2025, and will sign the overnight sheet on the kitchen noticeboard, which Bronwen "
            "will photograph at each visit.",
            "Samira will ask her manager at Larchgrove Care Home for a rota with no night shifts from 28 July to "
            "8 August while Karim is away, and will show Bronwen the rota by Tuesday 1 July 2025.",
            "Tasha Byrne will start Amir at the Thursday young carers club on 19 June 2025 and will tell the "
            "next core group how many sessions he has been to and what he has said about worrying at night.",
            "Hassan and Samira, with Bronwen, will talk to Amir and Leyla together at home on Thursday 26 June "
            "2025 about Dad's illness and who they can ring if he is unwell, and Bronwen will record what the "
            "children said about it on their files that day.",
            "Mr Ellison will give Amir a key adult to check in with every Monday and Tuesday morning from "
            "23 June, and will email Bronwen every Friday with Amir's attendance, late marks and anything he "
            "has said.",
            "Hayley Dunn will email Bronwen every Friday with Leyla's attendance and how she has seemed in "
            "class, and will ring her the same day if Leyla comes in tired or upset.",
        ]),
        ("h2", "6. If things go wrong (contingency from the ICPC, updated today)"),
        ("p", "If Hassan shows any of his relapse signs, misses a depot, or the children are alone with him "
              "while he is unwell, Samira or Karim will ring the CMHT duty line (or the crisis team out of "
              "hours) and Bronwen the same day, and Hassan will go to stay with his brother Reza in Dunmarsh "
              "until the crisis team has seen him, so that he is not in the house with the children. If Reza cannot "
              "have him, Karim will come to the house and stay with the children until Hassan has been seen."),
        ("p", "If Samira is due at work and Karim cannot stay over for any reason, Samira will not go in that "
              "night. If she cannot get the shift covered, Amir and Leyla will sleep at their aunt Parisa "
              "Nouri's house at 12 Weaver Street, and if neither is possible Bronwen (or the emergency duty "
              "team) will arrange for the children to stay together with foster carers that night."),
        ("p", "If Hassan becomes unwell while the children are in the house and will not let anyone in, or the "
              "children cannot be reached, the adult who knows about it or the school will call the police on "
              "999, and Bronwen will hold a strategy discussion with the police and the CMHT the same day."),
        ("h2", "7. Next meetings"),
        ("p", "Next core group: Tuesday 8 July 2025, 4pm, Scarrowdene Family Hub. The core group will keep "
              "meeting every 3 weeks while the children have plans."),
        ("p", "Review child protection conference: Tuesday 22 July 2025, 10am, Scarrowdene Civic Offices "
              "(chair: Morag Lindqvist, IRO)."),
        ("p", "As agreed at the ICPC, if Hassan relapses and the children are put at risk again, or the "
              "overnight arrangements break down twice before the review, Bronwen's team manager will request "
              "a legal planning meeting within 5 working days."),
        ("p", "Minutes agreed by the chair on 18/06/2025 and sent to everyone present and to Dr Fry."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. "My plan" for a 9-year-old, written with her: bold-name bullets under
#    every week / in June / before the summer (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b28_spindlecote_my_plan_for_tilly_marsh.md",
    "split": "tune",
    "template": "child-friendly-my-plan-for-9yo-md-written-at-kitchen-table-bold-name-bullets-under-every-week-in-june-before-summer-headings",
    "description": (
        "Exemplary: a 9-year-old's own version of her CP plan (mother's depression, domestic abuse by an "
        "ex-partner now under a court order), written with her by the SW in second person. Her words and "
        "scaling, outcomes for her, bold-name bullets under time headings each with when and how it will be "
        "known (mental health worker asked whether Mum is getting well enough and how long it will take, GP "
        "owns an action), a contingency with Nana and a foster carer if Nana can't, meetings and a legal "
        "planning meeting explained in plain words."
    ),
    "text": """\
# Tilly's plan

*Written with Tilly Marsh (age 9) at her kitchen table on Tuesday 3 June 2025, by Ruth Okafor, her
social worker. Tilly chose the colours for the paper copy and drew the picture of her and Biscuit on
the front. It is the same plan the grown-ups agreed at Tilly's child protection conference on
27 May 2025 at Spindlecote Town Hall, written for Tilly.*

## Why you have a plan

Tilly, you have a child protection plan because the grown-ups at the meeting were worried about two
things.

The first is that Craig used to shout at Mum and hurt her, and on 3 May he broke the front door while
you were in the house. The police took him away, and a judge has said he is not allowed to come to
your house or your school.

The second is that Mum has been feeling very sad for a long time. She has an illness called
depression, which makes her very tired. Some mornings she couldn't get up to take you to school, and
you missed 14 days of school between Christmas and Easter.

## What you told me

You told me lots of things. Here are some of them in your own words:

- "When Craig was shouting I hid in the wardrobe with Biscuit." (Biscuit is your hamster.)
- "I make my own breakfast when Mum is tired. I'm good at toast."
- "I don't want Craig to come back ever."
- "I want Mum to be happy again and come and watch my swimming."
- "The best bit of my week is Saturday at Nana Sue's because we go to the market."

When I asked you how safe home feels, you said **4 out of 10**. You said it would be a 10 "if Mum
wasn't tired and Craig never came back".

## What we want for you

- You feel safe at home and you never see or hear anyone being hurt again.
- You get to school on time every day, with breakfast inside you.
- There is always a grown-up who is up, dressed and looking after you, so you don't have to look
  after yourself.
- You keep going to swimming, and to Nana Sue's every Saturday.

## What the grown-ups are going to do

### Every week

- **Ruth (me)** will come and see you every Tuesday after school and talk with you on your own in your
  room. I will write down what you tell me in my notes, and you can read it to check it's right
  before I go.
- **Mum** will get up and walk you to school every school day, so you are in the playground by 8.45.
  Mrs Lowe ticks it on the register, and she will tell me every Friday how many days you were on time.
- **Mrs Lowe** (the teacher at Spindlecote Juniors who looks after keeping children safe) will check in
  with you every Monday morning in the Rainbow Room, and will email me every Friday about how your week
  has been.
- **Sunita** (Mum's worker from the mental health team) will see Mum every Wednesday. By Friday 18 July
  she will write me a letter saying whether Mum is getting better, what still needs to change so Mum
  can look after you every day, and how long that might take.
- **Nana Sue** will have you every Saturday from 10 until 5, like now, and will take you to swimming
  every Wednesday at 5.30. She will text me every Sunday to say how it went.

### In June

- **Ruth (me)** will help you make a "who I can tell" card by Tuesday 10 June, with Nana Sue's, Mrs
  Lowe's and my phone numbers on it. You'll keep it in your school bag, and I'll check it's there
  when I visit.
- **Kerry** (she helps mums who have been hurt by someone) will go through a safety plan with Mum by
  Friday 13 June, including who to ring if Craig comes to the house. She will give a copy to Mum and
  to me, and Mum will keep hers on the fridge.
- **Dr Patel** (Mum's doctor) will see Mum by Friday 20 June to check her tablets are helping, and
  will write to me and Sunita about it, so we know Mum is getting the right help to look after you.
- **PC Dan Hollis** from the police domestic abuse team will visit Mum by Monday 30 June and send me
  a written note saying whether Craig has kept away, like the judge said.

### Before the summer holidays

- **Mum and Ruth** will look at the Spindlecote summer holiday club together by Friday 11 July and
  book you in for at least two days a week in August. Mum will show me the booking email.

## If things go wrong

- If Craig comes to your house or your school, Mum, Nana Sue or school will ring 999 straight away
  and the police will come. You can ring 999 too.
- If Mum is too poorly to get up and look after you, or Mum isn't there when you get home, you will
  go to Nana Sue's at 14 Clover Road. Mum or Mrs Lowe will ring Ruth that day, and Ruth will come
  and see you the same day.
- If Nana Sue can't look after you (for example if she is poorly herself), Ruth or the social
  worker on duty will find a foster carer for you to stay with for a little while, and Ruth will
  make sure you still see Mum and Nana Sue.

## Meetings about your plan

- The grown-ups in your **core group** (Mum, Nana Sue, Ruth, Mrs Lowe, Sunita and Kerry) meet every
  4 weeks at school: on 10 June, 8 July and 5 August 2025. You can come to the start, or send me a
  drawing or a note to read out.
- Your **review conference** is on Wednesday 20 August 2025 at 10am at Spindlecote Town Hall. That is
  where everyone decides if you still need a plan.
- If Mum isn't getting better, or Craig comes back, or the plan isn't working by the review, Ruth and
  her manager will have a **legal planning meeting** with the council's lawyer. That is a meeting to
  decide whether a judge needs to help decide where you live. Ruth will tell you and Mum before it
  happens.

## Words in this plan

- **Core group** – the grown-ups who meet to check your plan is working.
- **Review conference** – the big meeting, like the one on 27 May.
- **Foster carer** – a grown-up the council trusts to look after children when their family can't.

---

Tilly read this plan and said "it's good but put Biscuit in it", so we did.

Signed: Tilly ★   Ruth Okafor, social worker, Spindlecote Children's Services, 01632 960 582
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Signs of Safety family safety plan after a network meeting: words we
#    use, danger statement, goal, network contacts table, bold-person
#    bullets (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b28_stannerbeck_sos_network_safety_plan_ellery.md",
    "split": "tune",
    "template": "signs-of-safety-network-meeting-safety-plan-md-words-we-use-danger-goal-scaling-contacts-table-then-bold-person-bullets",
    "description": (
        "Exemplary: a Signs of Safety safety plan for an 8-month-old (father's cannabis use; found left in a "
        "car seat for hours) agreed at a family network meeting. Words we use, danger statement, safety "
        "goal, outcomes, the baby's day as observed, scaling, a contacts table that holds no actions, then "
        "one bold-person bullet per commitment with when and evidence (drug service assesses and reports; "
        "grandparents and a friend in the network); a contingency covering the network failing, meeting "
        "dates, review date and a legal planning meeting."
    ),
    "text": """\
# Ivy's safety plan

**Stannerbeck Children's Services · Signs of Safety**

Ivy Ellery, born 14/09/2024 (8 months) · lives with Chloe Pearce (mum) and Jordan Ellery (dad),
5 Sandpiper Row, Stannerbeck · child protection plan since the initial conference on 10 April 2025
(category: neglect) · social worker: Zoe Kendrick

Agreed at the family network meeting on Thursday 1 May 2025 at Hollins Children's Centre, and added
to Ivy's child protection plan at the core group on 8 May 2025.

## Words we use

- **Sober** means Jordan has not smoked cannabis or had a drink in the last 12 hours.
- **The log** is the notebook on the kitchen worktop where Ivy's feeds, nappies, naps and who was
  looking after her are written down.
- **The network** is everyone in the table below.

## What everyone is worried about (danger statement)

Zoe and the people who love Ivy are worried that if Jordan looks after Ivy after he has smoked
cannabis, he could fall asleep and Ivy could be left hungry, in a dirty nappy or strapped in her car
seat for hours, like she was on 2 April, and she could be hurt or become ill because nobody awake is
caring for her.

## What everyone wants (safety goal)

Everyone, including Ivy's grandparents, is confident that Ivy is always cared for by an adult who is
sober and awake, that she is fed every 3 to 4 hours, changed, and put down to sleep on her back in
her cot, and that this has happened every day for at least 6 months before the plan is closed.

## What we want for Ivy

- Ivy is always looked after by a sober adult who is awake and can see and hear her.
- Ivy is fed, changed and settled on time, day and night, and keeps growing along her centile.
- Ivy keeps the close relationships she has with her mum, her dad and her grandparents.

## What is going well

Chloe has never used drugs and Ivy has always been well fed when Chloe is caring for her. Jordan told
the network meeting what happened on 2 April without being asked and has had three clear saliva tests
since 14 April. Ivy's weight is on the 50th centile. Jordan's mum Bernie lives in the next street, and
Chloe's dad Steve has had Ivy every Saturday since March.

## Ivy's day (what we have seen)

Ivy can't tell us in words, so this is what the network and the professionals have seen. At home she
crawls to Chloe when someone new comes in and babbles "da-da" when she hears Jordan's key in the
door. She loves being bounced on Bernie's knee and laughs at Steve's dog. On 2 April, when Chloe's
friend Nat found her, she had been in her car seat for about five hours, was red from crying and her
nappy had leaked through. Little Wrens Nursery, where she goes on Tuesdays and Thursdays, say she is
settling well and eats everything she is given.

## Where things are (scaling)

On 1 May, with 0 meaning Ivy will be left again and 10 meaning everyone is sure she is safe: Chloe
said 7, Jordan 8, Bernie 6, Steve 6 and Zoe 4. Zoe said it would be a 6 when Jordan has three months
of clear tests and the network has been doing its part for a month.

## Ivy's safety network

| Name | Who they are | Phone |
|---|---|---|
| Chloe Pearce | Mum | 07700 900 581 |
| Jordan Ellery | Dad | 07700 900 602 |
| Bernie Ellery | Jordan's mum (PGM) | 07700 900 633 |
| Steve Pearce | Chloe's dad (MGF) | 07700 900 655 |
| Nat Okoro | Chloe's friend | 07700 900 690 |
| Zoe Kendrick | Social worker | 01632 960 541 |

## What each person will do

- **Jordan** will not look after Ivy, on his own or with Chloe, within 12 hours of smoking cannabis.
  He will do a saliva test with Zoe at every weekly visit and a hair strand test on 30 June 2025, and
  every result will be shared at the next core group.
- **Jordan** will see his key worker at Stannerbeck Recovery Partnership every Monday at 11am, so that
  he is safe to look after Ivy, and his attendance will be in the key worker's summary to Zoe every
  4 weeks.
- **Leon Baptiste** (Jordan's key worker, Stannerbeck Recovery Partnership) will complete a full
  assessment of Jordan's cannabis use by 30 May 2025 and send Zoe and the core group a written report
  on whether Jordan can stay off cannabis, what will help and how long it is likely to take, then a
  written summary of his attendance and tests every 4 weeks from 2 June.
- **Chloe** will fill in the log every day and show it to Zoe and to Aisha (HV) at each of their
  visits, so everyone can see Ivy is being fed, changed and put down to sleep on time.
- **Bernie** will call round unannounced at least three times a week at different times, including
  at least one evening, and will text Zoe after each visit to say whether Ivy was fed, clean and with
  a sober adult.
- **Steve** will have Ivy at his house every Saturday from 9am to 5pm and bring her back to Chloe, not
  to Jordan on his own, and will text Zoe each Saturday evening to say the day went ahead.
- **Nat** will FaceTime Chloe every evening at about 8pm and ask to see Ivy settled in her cot, will
  tell Bernie or Zoe the same night if anything worries her, and will bring her note of the calls to
  each monthly network meeting.
- **Zoe Kendrick (SW)** will visit every week, at least every other visit unannounced, see Ivy awake
  and being cared for, and write down in her visit notes who was looking after Ivy and what she saw
  of her care.
- **Aisha Mahmood (HV)** will see Ivy at home every 2 weeks until the review conference and do her
  9-month check on 20 May 2025, recording Ivy's weight and development in the red book and sending
  Zoe a copy each time.
- **Kate Ferris** (manager, Little Wrens Nursery) will ring Zoe the same day if Ivy is not brought in
  on a Tuesday or Thursday or arrives hungry or unchanged, and will email Zoe an attendance note every
  Friday.

## If the plan isn't working

- If Jordan looks after Ivy after smoking cannabis, or a test is positive, Jordan will move to
  Bernie's that day and will only see Ivy with Chloe or Bernie there. Zoe will visit the same day (or
  the emergency duty team on 01632 960 774 out of hours).
- If Chloe cannot look after Ivy safely (for example she is ill), Ivy will go to Bernie's, or to
  Steve's if Bernie can't have her.
- If Bernie, Steve or Nat can't keep doing their part, they will tell Zoe within 24 hours, and Zoe
  will call a network meeting within 5 working days to find someone to take it over. Until then, Zoe
  or the family support worker will make the extra visits.
- If nobody in the network can look after Ivy safely, Ivy will be looked after by foster carers that
  day, and Zoe's team manager will ask for a legal planning meeting within 5 working days.

## Meetings

- Core group: every 4 weeks at Hollins Children's Centre, 10am: 8 May, 5 June and 3 July 2025.
- Network meeting with the family: every month; the next one is on Thursday 29 May 2025, 6pm.
- Review child protection conference: Thursday 10 July 2025, 2pm, Stannerbeck Council House.
- If Jordan's hair strand test on 30 June shows he is still using cannabis, or the network has stopped
  visiting, Zoe will ask her manager for a legal planning meeting before the review conference.

Signed at the network meeting on 1 May 2025: Chloe Pearce, Jordan Ellery, Bernie Ellery, Steve
Pearce, Nat Okoro, Zoe Kendrick (SW).
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Pre-birth plan typed as plain text: dashed caps headings, one sentence
#    per paragraph under before the birth / on the ward / first weeks (txt).
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b28_swarbury_prebirth_plain_text_stages_sorensen.txt",
    "split": "tune",
    "template": "prebirth-icpc-plain-text-underlined-caps-headings-one-sentence-paragraphs-before-birth-on-ward-first-weeks-txt",
    "description": (
        "Exemplary: a pre-birth plan typed as plain text for an unborn baby and a 6-year-old brother "
        "(mother's EUPD and an overdose in 2024; father works away). History, strengths and the brother's "
        "words in paragraphs; one-sentence commitments under stage subheadings, each with who, when and "
        "evidence (perinatal psychiatrist assesses and reports, GP owns an action, grandmother stays "
        "overnight); contingency with an aunt and then foster carers if the family can't, core group dates, "
        "review date and a legal planning meeting before the birth."
    ),
    "text": """\
SWARBURY COUNCIL - CHILDREN AND FAMILIES SERVICE
PRE-BIRTH CHILD PROTECTION PLAN
Agreed at the pre-birth initial child protection conference, 03/06/2025
Typed by: Megan Ashby, Social Worker, Swarbury Safeguarding Team 3
======================================================================

Unborn baby:  Baby Sorensen-Corbett, due 16/08/2025 (29 weeks at ICPC)
Brother:      Kai Sorensen, 6, Year 1 at Oakapple Primary
Mum:          Aimee Sorensen, 23
Baby's dad:   Liam Corbett, 27 (Kai's stepdad)
Address:      18 Tansy Walk, Swarbury
Category:     Neglect (unborn baby); emotional abuse (Kai)


WHY THE CONFERENCE WAS WORRIED
------------------------------
Aimee has a diagnosis of emotionally unstable personality disorder. In
November 2024 she took an overdose at home while Liam was working away,
and Kai found her on the bathroom floor and rang Liam on the iPad. Aimee
was in Swarbury General for four days. She has self-harmed twice since,
the last time in February. Liam drives for a haulage firm and has been
away Monday to Thursday nights. The conference was worried that in the
weeks after the birth, when Aimee's risk is highest, a newborn could be
left with nobody well enough to feed and care for them, and that Kai
could again be the one who finds his mum unwell.

WHAT IS GOING WELL
------------------
Aimee has gone to every antenatal appointment and every appointment with
the perinatal team since January, and told her midwife herself when she
had thoughts of harming herself in March. Kai's attendance is 96% and
his teacher says he is a happy, chatty boy. Liam has already asked his
employer about day routes. Aimee's mum Linda lives twenty minutes away
and looked after Kai when Aimee was in hospital.

WHAT KAI SAYS
-------------
Megan saw Kai on his own at school on 28/05/2025. He wants a baby
brother "so we can play dinosaurs", and he wants to help push the pram.
He said that when Mummy was poorly "I found her on the bathroom floor and
I rang Liam on the iPad", that he was scared, and that "Liam came really
quick". He said he would like Nana Linda to sleep over "every night" when
the baby comes, and that if Mummy is sad again he would tell Mrs Penrose
or Nana.

WHAT WE WANT FOR THE BABY AND FOR KAI
-------------------------------------
- The baby is born into a home where a well, awake adult is always there
  to feed, settle and keep the baby safe, day and night.
- The baby sleeps in a Moses basket on their back, is fed every 3 to 4
  hours and gains weight along their centile.
- Kai is never left to look after his mum or the baby, goes to school
  every day and knows which adults to tell if he is worried.

WHAT WILL HAPPEN
----------------

Before the baby is born

Dr Olu Adebanjo, perinatal psychiatrist, will see Aimee every 2 weeks
until the birth and every week for the first 8 weeks after it, and by
11/07/2025 will send the SW and the core group a written assessment of
Aimee's risk after the birth, the changes she has made and still needs
to make, and how long those changes are likely to take.

Aimee will write her keeping-well plan by 27/06/2025, setting out the
signs that she is becoming unwell and who she will tell, and will give
copies to Liam, Linda, the midwife and the SW so that everyone caring
for the baby and Kai knows what to look for.

Dr Keith Marlowe, Aimee's GP at Swarbury Health Centre, will prescribe
Aimee's medication in 7-day amounts until the review conference and will
send the SW a monthly print of her prescription collections, ringing
the SW the same day if a prescription is not collected.

Jess Tranter, safeguarding midwife, will write the birth plan with Aimee
and Liam by 11/07/2025 (35 weeks), saying who will stay on the ward with
Aimee and the baby and that the baby will not go home before a discharge
planning meeting, and will copy it to the SW, the ward and the emergency
duty team.

Liam will give the SW a letter from his employer by 01/07/2025 confirming
that he will be on day routes only, home every night, from 36 weeks
until the baby is 8 weeks old.

Lucy Wren, health visitor, will make an antenatal visit by 04/07/2025 to
talk with Aimee and Liam about safe sleep, feeding and crying, and will
leave the signed safe sleep checklist in the red book and email a copy
to the SW.

Megan Ashby (SW) will visit Aimee, Liam and Kai at home every 2 weeks
until the birth, seeing Kai on his own each time and checking that the
Moses basket and the baby's things are ready by 36 weeks (19/07/2025),
and her visit notes will record both.

Mrs Carys Penrose, DSL at Oakapple Primary, will check in with Kai every
Monday morning from 09/06/2025 and will email the SW every Friday with
his attendance and anything he has said about home.

On the ward

Jess Tranter will hold a discharge planning meeting on Wren Ward before
the baby goes home, with Aimee, Liam, Linda, the SW and the HV, and the
signed discharge plan will be put on the maternity record and emailed
to the core group the same day.

The midwife in charge on Wren Ward will ring the SW (or the EDT out of
hours) the same day if Aimee leaves the ward without the baby, is very
distressed or says she wants to harm herself, and will write each call
in the maternity notes.

The first eight weeks at home

Linda Sorensen (MGM) will stay at 18 Tansy Walk every night from the day
the baby comes home until the baby is 6 weeks old, doing the 2am feed so
that Aimee gets at least 5 hours' sleep, and will fill in the night-feed
chart on the fridge, which the HV and SW will check at each visit.

Liam will do the bath, bedtime and 10pm feed every night from the day the
baby comes home and will text the SW every Sunday evening with how the
week went and how many hours Aimee slept each night.

Megan Ashby (SW) will visit weekly for the first 8 weeks after the birth,
at least half of the visits unannounced, and her notes will record who
was caring for the baby, where the baby sleeps and what Kai says when
seen on his own.

Lucy Wren (HV) will do the new birth visit on day 10 to 14 and then visit
weekly until the baby is 8 weeks old, weighing the baby each time and
completing the Edinburgh Postnatal Depression Scale with Aimee at 2 and
6 weeks, and will send the weights and scores to the SW and Dr Adebanjo
within 2 working days.

IF THINGS START TO GO WRONG
---------------------------
If Aimee self-harms, talks about wanting to die, stops her medication,
or goes two nights running with less than 3 hours' sleep after the
birth, Liam or Linda will ring the perinatal team (or the crisis team
out of hours on 01632 960 850) and the SW the same day. Aimee will not be
left alone with the baby until the perinatal team has seen her, and the
SW will hold a strategy discussion the same day.

If Aimee needs to go into hospital, she will be offered a bed with the
baby at the Fernlea Mother and Baby Unit. If that is not possible, the
baby and Kai will stay at home with Liam and Linda.

If Linda cannot stay overnight (for example because she is ill) or Liam
cannot be at home at night, the baby and Kai will stay with Liam's
sister, Natalie Corbett, at 7 Wharf Row. If Natalie cannot help either,
the SW will arrange for the baby and Kai to be cared for together by
foster carers the same day.

If anyone tries to take the baby from the ward before the discharge
planning meeting, ward staff will call the police and the SW (or EDT)
will attend the same day.

MEETINGS AND LEGAL PLANNING
---------------------------
Core group: every 4 weeks at Oakapple Primary, 4pm - 17/06/2025,
15/07/2025 and 12/08/2025, then within 10 working days of the birth.

Review child protection conference: 02/09/2025, 10am, Swarbury Civic
Hall.

If Dr Adebanjo's assessment says Aimee is not able to make the changes
needed in time for the birth, or the birth plan is not agreed by 36
weeks, the team manager will request a legal planning meeting before
the birth to decide whether to start pre-proceedings (PLO).

Distribution: Aimee Sorensen, Liam Corbett, Linda Sorensen, Natalie
Corbett, Dr O Adebanjo, Dr K Marlowe, J Tranter, L Wren, Mrs C Penrose,
Wren Ward, EDT.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Father-written plan after an RCPC: first-person "I will" paragraphs,
#    then Nana's part and the professionals' part (pdf). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b28_sorrelhythe_dads_own_words_plan_hale.pdf",
    "doc_title": "Our plan for Evie and Rosa - written by Marcus Hale with the social worker",
    "split": "tune",
    "template": "father-written-rcpc-plan-first-person-i-will-paragraphs-then-nanas-part-and-professionals-part-paged",
    "description": (
        "Exemplary: a plan written by a father (now main carer) with the SW after the first review "
        "conference for girls of 12 and 8 whose mother has bipolar disorder and is detained on an adult "
        "ward. Father's account, the girls' words, outcomes; his own 'I will' sentences, the grandmother's "
        "part and the professionals' part each name when and how it will be known (ward psychiatrist and "
        "care coordinator asked to assess change); contingency covers the grandmother failing; meeting "
        "dates and legal planning. Header and page footer."
    ),
    "header": "OFFICIAL-SENSITIVE | Sorrelhythe Children's Services | Hale children",
    "footer": "Our plan for Evie and Rosa – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Our plan for Evie and Rosa"),
        ("p", "Written by Marcus Hale (Dad) with Kemi Alade (social worker) at home on Tuesday 24 June 2025, "
              "after the review child protection conference on Thursday 19 June. Marcus wrote the first parts "
              "in his own words and Kemi typed them up without changing them; Kemi wrote the part about the "
              "professionals. The girls' child protection plans continue under the category of emotional "
              "abuse."),
        ("kv", [
            ("Evie Hale", "12, Year 7, Sorrelhythe High School"),
            ("Rosa Hale", "8, Year 3, Kelda Lane Primary School"),
            ("Dad", "Marcus Hale, 38, main carer, 9 Orchid Terrace, Sorrelhythe"),
            ("Mum", "Nicole Hale, 36, on Ashgrove Ward, Sorrelhythe Mental Health Unit, since 21 May 2025"),
            ("Nana", "Pauline Hale (Marcus's mum), 4 Coach Lane, Sorrelhythe"),
            ("Social worker", "Kemi Alade, Sorrelhythe Children's Services, 01632 960 664"),
        ]),
        ("h1", "What happened, in my words"),
        ("p", "Nicole has bipolar disorder. She had been well for two years, but in the spring she stopped "
              "sleeping and got very high, and on 17 May she woke the girls at 2am and drove them to Tollcombe "
              "beach in their pyjamas. The police found them in the car park at 5am. Nicole was taken into "
              "hospital and is now on a section 3. I was working nights at the depot and I didn't see how bad "
              "it had got. Evie had been hiding her mum's car keys and covering for her with the school for "
              "weeks, and she didn't tell anyone because she didn't want Mum to get into trouble."),
        ("p", "At the review conference everyone agreed that I am doing well as the girls' main carer, but "
              "that the girls still need a plan while their mum is in hospital and while we find out whether "
              "she can be well enough to look after them again. I agree with that."),
        ("h1", "What the girls have said"),
        ("p", "Evie told Kemi on 16 June: \"I'm not the mum. I just want to be normal and go to netball.\" She "
              "said she wants to see Mum \"but not on the ward when she's shouting\", and that she feels "
              "better now Dad is home at night. She wants to be told the truth about how Mum is."),
        ("p", "Rosa told Kemi: \"Dad does better pancakes than before\" and \"I miss Mum's singing.\" She drew "
              "our family with Mum in a \"hospital castle\" and said she is sad when Mum is sleepy on visits. "
              "She said she would like Nana to keep doing her hair for school."),
        ("h1", "What we want for the girls"),
        ("bullets", [
            "Evie and Rosa are looked after every day and night by an adult who is well, so Evie never has to "
            "look after her mum or her sister again.",
            "Both girls get to school on time every day and Evie gets back to netball.",
            "The girls see their mum safely and know honestly how she is.",
            "The girls are never taken anywhere by an adult who is unwell.",
        ]),
        ("h1", "What I will do (Marcus)"),
        ("p", "I will be at home with the girls every evening and night, because I have moved to the day shift "
              "at Carrow Depot (7am to 3.30pm, Monday to Friday) from 30 June, and I will give Kemi a copy of "
              "my new rota by 30 June."),
        ("p", "I will collect Rosa from the after-school club at Kelda Lane by 4.15pm every school day, and the "
              "club's sign-out sheet will show my name, which Kemi will check with Mr Quill every fortnight."),
        ("p", "I will take both girls to see their mum on Ashgrove Ward every Saturday at 2pm while she is in "
              "hospital, if the ward says that morning that she is well enough, and I will write a few lines "
              "in the visit diary after each visit about how it went for Evie and Rosa, which Kemi will read at "
              "each of her visits."),
        ("p", "I will take Evie to her first session at Sorrelhythe Young Carers on Wednesday 2 July and then "
              "every Wednesday after school, and her worker will tell the core group at each meeting how many "
              "sessions she has been to."),
        ("p", "I will be there for every home leave Nicole has before she is discharged and will not leave the "
              "girls alone with her during leave, and I will write in the leave diary how each leave went, "
              "which Kemi will read at her next visit."),
        ("h1", "What Nana Pauline will do"),
        ("p", "Pauline will come to the house at 6.30am every weekday, get the girls up and give them "
              "breakfast, and take Rosa to breakfast club at 8am, and the breakfast club register will show "
              "Rosa signed in by Pauline each day."),
        ("p", "Pauline will have Evie and Rosa to stay every other Saturday night from 5 July so that I get a "
              "break, and she will tell the core group at each meeting which weekends went ahead."),
        ("h1", "What the professionals will do (written by Kemi)"),
        ("p", "Dr Rhona Eastwood, Nicole's consultant psychiatrist on Ashgrove Ward, will send Kemi a written "
              "report before any home leave and by 31 July 2025 at the latest, saying how well Nicole's "
              "illness is controlled, how likely she is to relapse, what needs to change before she could care "
              "for the girls on her own and how long that is likely to take."),
        ("p", "Joel Mercer, Nicole's care coordinator at the Sorrelhythe East community mental health team, "
              "will write Nicole's relapse plan with her before she is discharged and send a copy to Marcus and "
              "Kemi, and from her discharge he will give each core group a written update on whether Nicole is "
              "keeping to the plan and making the changes Dr Eastwood has set out."),
        ("p", "Kemi will visit every two weeks, with one visit in the week before each core group, see Evie and "
              "Rosa on their own each time, and write up what they say and how things are at home in her visit "
              "records."),
        ("p", "Mrs Farida Yusuf, DSL at Sorrelhythe High, will meet Evie every Tuesday lunchtime in the "
              "pastoral base and email Kemi every Friday with Evie's attendance and anything she has shared."),
        ("p", "Mr Tom Quill, DSL at Kelda Lane Primary, will email Kemi every Friday with Rosa's attendance and "
              "any worries, and will ring Kemi the same day if Rosa is upset or is not collected."),
        ("h1", "If it goes wrong"),
        ("p", "If Nicole leaves the ward without leave, or comes to the house or to either school while she is "
              "unwell, Marcus or the school will not let the girls go with her, will ring the police on 999 and "
              "the ward straight away, and Kemi (or the emergency duty team out of hours) will see the girls "
              "the same day."),
        ("p", "If Pauline cannot do the mornings because she is ill or away, Marcus will take carer's leave "
              "(his manager, Dave Okoye, has agreed this in writing). If that is needed for more than two "
              "days, Kemi will arrange for a family support worker to do the mornings until a new plan is "
              "agreed at a core group held within 5 working days."),
        ("p", "If neither Marcus nor Pauline can look after the girls, for example if Marcus is taken ill, Evie "
              "and Rosa will stay together with Marcus's brother Lee Hale at 31 Mill Row, and if Lee cannot have "
              "them, Kemi or the emergency duty team will arrange for them to stay together with foster carers "
              "that day."),
        ("p", "If Nicole tries to take the girls, or Marcus can no longer be their main carer, Kemi's team "
              "manager will request a legal planning meeting within 5 working days."),
        ("h1", "When we meet"),
        ("bullets", [
            "Core group: every 4 weeks at Kelda Lane Primary, 4.30pm – Thursday 3 July, Thursday 31 July and "
            "Thursday 28 August 2025.",
            "Next review child protection conference: Thursday 16 October 2025, 10am, Sorrelhythe Town Hall.",
            "If by the core group on 28 August the girls are still missing school, or Evie is still looking "
            "after her mum, Kemi will ask her manager for a legal planning meeting.",
        ]),
        ("p", "Signed: Marcus Hale, 24/06/2025     Kemi Alade (SW), 24/06/2025"),
        ("p", "Evie read this and said: \"It's fine. Put that I want to be told the truth.\" (We did – see "
              "above.) Rosa added a drawing of Nana doing her hair."),
    ],
    "findings": [],
})
