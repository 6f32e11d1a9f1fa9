"""Batch 95, module i: seven fictional plans (tuning material), places beginning with "i".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: good plans written in voices a linter rarely sees, each with its
owners, timescales and measures written the way that voice writes them and
not in a standard action table: a social worker's letter to the parents
("I will...", "Kerry, you will..."), a 15-year-old's own plan in the first
person, a Signs of Safety plan with safety goals, scaling and numbered next
steps, a Scottish GIRFEC child's plan set out under the wellbeing indicators,
and a community midwife's pre-birth safeguarding plan in maternity shorthand.
These five are exemplary. The other two carry a realistic mix of faults
among good rows: a family group conference plan whose family part and
professionals' part are partly vague, and a case-system text export of a
review plan for a looked-after premature baby on a neonatal unit whose
parents are moving to another authority.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan written as a letter to the parents, "I will" / "you will".
#    Neglect, father's drinking, mother's anxiety. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b95_ilverton_icpc_letter_to_parents_i_will_you_will_pryce.docx",
    "doc_title": "Letter to Kerry Doughty and Jason Pryce - Ruby and Lily-Mae's child protection plan",
    "split": "tune",
    "actions": 9,
    "template": "social-worker-letter-to-parents-after-icpc-address-block-worries-going-well-girls-words-numbered-outcomes-then-what-will-happen-now-bullets-in-i-will-you-will-voice-if-things-go-wrong-when-we-will-meet-signature-cc",
    "description": (
        "Exemplary initial conference plan for a 4-year-old and a 14-month-old (neglect: the "
        "baby's weight has dropped, nursery attendance is poor, the father drinks daily and the "
        "mother's anxiety keeps her indoors), written by the social worker as a plain-English "
        "letter to the parents. The actions are bullets in the letter's own voice ('I will "
        "visit...', 'Kerry, you will...', 'Steve Mallinson, your recovery worker, will...'), each "
        "with its owner, a day or date and what everyone will see. The alcohol service and the GP "
        "own actions, the grandmother's Saturdays have a fallback, the contingency names triggers, "
        "a relative, foster carers and a legal planning meeting, and the meeting dates are set."
    ),
    "font": "Calibri",
    "font_size": 11,
    "blocks": [
        ("pr", "Ilverton Borough Council"),
        ("pr", "Children's Social Care – Safeguarding Team North"),
        ("pr", "Ilverton Civic Centre, Market Street, Ilverton IL1 2QA"),
        ("pr", "Telephone 01632 960 418"),
        ("pr", "17 July 2025"),
        ("p", ""),
        ("pl", "Kerry Doughty and Jason Pryce"),
        ("pl", "14 Larch Close"),
        ("pl", "Ilverton IL4 6TR"),
        ("p", ""),
        ("p", "Our reference: CP/PRYCE/2025/0712"),
        ("p", "Dear Kerry and Jason,"),
        ("boldp", "Ruby and Lily-Mae's child protection plan"),
        ("p", "Thank you both for coming to the child protection conference on Tuesday 15 July. I know it "
              "was a hard morning, and Jason, I know it took a lot to come back in after the break. I "
              "promised I would write the plan down for you in plain words, so here it is. In this letter "
              "\"I\" means me, Nadia Rahman, your social worker, and \"you\" means both of you unless I say "
              "which one of you I mean."),
        ("p", "The conference decided that Ruby and Lily-Mae need a child protection plan under the category "
              "of neglect. This is not because anyone thinks you do not love your girls. It is because of "
              "the things below, which we talked through together at the conference."),
        ("h2", "What we are worried about"),
        ("bullets", [
            "Lily-Mae's weight has dropped from the 50th centile to below the 9th since February. She missed "
            "her 1-year check and two clinic weighs.",
            "Ruby has been to nursery for only 41 of 70 sessions since Easter, and she often arrives hungry "
            "and in the clothes she wore the day before.",
            "Jason, you told me you are drinking most days, usually 6 to 8 cans from the afternoon on, and "
            "that you have looked after the girls on your own after drinking. On 27 June the police found "
            "you asleep on the settee with Lily-Mae crying in her cot upstairs, and it was Ruby who let "
            "them in.",
            "Kerry, you told me your anxiety has been very bad since the spring and that some days you "
            "cannot face leaving the house, which is part of why appointments have been missed.",
        ]),
        ("h2", "What is going well"),
        ("p", "The house is warm and the girls have toys and books of their own. You both want the girls to "
              "do well, and you have been honest with me about the drinking and the anxiety. Kerry's mum, "
              "Carol, lives ten minutes away and the girls love going to her house. Jason, you have already "
              "been to see your GP about the drinking."),
        ("h2", "What the girls have told us and what we have seen"),
        ("p", "I saw Ruby on her own at nursery on 9 July. She told me \"Daddy sleeps on the sofa a lot and I "
              "have to be quiet\" and \"I like Nanna Carol's because we have pancakes\". When I asked her "
              "what would make home better, she said \"Daddy not being poorly and Mummy coming to the "
              "park\". She drew all of you holding hands, with Lily-Mae in her pram."),
        ("p", "Lily-Mae is 14 months old. When I visited on 2 and 10 July she was pale and quiet and her "
              "nappy was wet through both times, and she ate a whole banana and a yoghurt very quickly. She "
              "crawled straight to Kerry when I came in, and she smiled and babbled at Ruby."),
        ("h2", "What we want to be different for Ruby and Lily-Mae"),
        ("numbers", [
            "Lily-Mae's weight is back up to at least the 25th centile by the review conference, and she "
            "goes to every health appointment.",
            "Ruby goes to nursery at least 4 mornings out of every 5, clean, dressed and having had "
            "breakfast.",
            "Ruby and Lily-Mae are never looked after by an adult who has been drinking.",
            "Both girls have a grown-up who gets them up, fed and out each day, so that Ruby no longer has "
            "to keep quiet or answer the door.",
        ]),
        ("h2", "What will happen now"),
        ("p", "These are the things we all agreed at the conference. Each one says who will do it, when, "
              "and how we will all know it has happened."),
        ("bullets", [
            "I will visit Ruby and Lily-Mae at home every Tuesday afternoon from 22 July, and at least once "
            "a month I will come without arranging it first. Each time I will see where both girls sleep "
            "and talk to Ruby on her own, and I will write what I see and what Ruby tells me in my visit "
            "record, which you can read whenever you ask.",
            "Kerry, you will take Lily-Mae to the baby clinic at Ilverton Children's Centre every other "
            "Thursday, starting on 24 July, and the health visitor will write her weight in the red book "
            "each time so that we can all see whether it is going up.",
            "Gemma Lowry, your health visitor, will visit you at home every two weeks from 29 July, weigh "
            "Lily-Mae, check her development and see what she is eating that day, and will send me the "
            "weight and a short note after each visit.",
            "Jason, you will go to your first appointment at Ilverton Alcohol Recovery Service on 23 July "
            "and then to the Wednesday morning group every week, so that you are sober whenever you are "
            "looking after the girls. The service will send me a record of the sessions you went to at "
            "the end of each month.",
            "Steve Mallinson, your recovery worker at Ilverton Alcohol Recovery Service, will breath-test "
            "you, Jason, at every session and will write to me by 29 August, and again before each core "
            "group, with the results and his view on whether you can stop drinking when you have the "
            "girls and how long that might take.",
            "Dr Okafor, your GP at Ilverton Health Centre, will see you, Kerry, by 8 August to look again "
            "at your anxiety medicine, and will write to me by 22 August about how your anxiety affects "
            "getting the girls to nursery and to appointments and what help she has arranged.",
            "Mrs Akhtar, the manager of Little Owls Nursery, will email me every Friday with the number of "
            "mornings Ruby came that week, the time she arrived and whether she had eaten; we are looking "
            "for at least 4 mornings out of 5.",
            "Carol, Kerry's mum, will have the girls at her house every Saturday from 10am to 4pm so that "
            "you both get a break, and she will text me on Saturday evening to say the girls were "
            "collected on time and who collected them.",
            "You will both go to the 10-week 'Growing Together' parenting course at Ilverton Family Hub, "
            "starting on Tuesday 9 September at 9.30am (Lily-Mae can go to the crèche), and the course "
            "leader will give me the signed attendance sheet after each session.",
        ]),
        ("h2", "If things go wrong"),
        ("p", "This is what we agreed will happen, so that nobody has to wait for the next meeting:"),
        ("bullets", [
            "If anyone finds Jason drunk while he is looking after Ruby or Lily-Mae, they will ring me, or "
            "the emergency duty team on 01632 960 999 after 5pm, straight away. I will visit that day. "
            "Jason will go to stay with his brother Mark in Ferry Road, and the girls will stay at home "
            "with Kerry, with Carol staying overnight.",
            "If Lily-Mae misses two clinic weighs in a row, or her weight falls below the 2nd centile, "
            "Gemma will ask the GP to see her that day and I will visit the same day.",
            "If Carol cannot have the girls on a Saturday, or cannot stay over when she is needed, Kerry "
            "will ring me and I will book the girls into the Saturday Stay and Play at Ilverton Family "
            "Hub or send a family support worker to the house. If there is no safe adult in the family "
            "to care for the girls, I will arrange for them to stay together with approved foster carers.",
            "If any of these things happens twice, or if Lily-Mae's weight is not going up by the core "
            "group on 26 August, I will ask my manager, Claire Denby, for a legal planning meeting within "
            "5 working days. At that meeting the council's solicitor will advise whether to start the "
            "Public Law Outline (PLO), the formal step before any court application. I will tell you "
            "first, and you will be able to get free advice from a solicitor of your own.",
        ]),
        ("h2", "When we will meet"),
        ("bullets", [
            "Core group (you both, me, Gemma, Mrs Akhtar, Steve and Carol): every 4 weeks at Ilverton "
            "Family Hub at 10am, on Tuesday 29 July, Tuesday 26 August and Tuesday 23 September 2025.",
            "Review child protection conference: Tuesday 14 October 2025 at 10am, Ilverton Civic Centre, "
            "Room 3. Jane Whitcombe will chair it again.",
        ]),
        ("p", "If anything in this letter is wrong, or you do not understand it, please ring me on 01632 960 "
              "418 or text me on 07700 900 214. You can bring a friend or an advocate to any meeting. The "
              "full conference minutes will reach you within 20 working days."),
        ("p", "Yours sincerely,"),
        ("pl", "Nadia Rahman"),
        ("pl", "Social Worker, Safeguarding Team North"),
        ("p", ""),
        ("p", "cc: Gemma Lowry (HV); Dr A. Okafor (GP); Steve Mallinson (Ilverton Alcohol Recovery "
              "Service); Mrs S. Akhtar (Little Owls Nursery); Carol Doughty (with Kerry and Jason's "
              "agreement); Jane Whitcombe (conference chair)."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. A 15-year-old's own version of her plan, first person, markdown.
#    Mother's bipolar disorder, young carer, going missing. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b95_irthwaite_young_persons_own_plan_first_person_whitlock.md",
    "split": "tune",
    "actions": 9,
    "template": "young-persons-own-plan-first-person-markdown-about-me-why-ive-got-a-plan-what-i-want-people-to-know-going-ok-my-goals-then-whos-going-to-do-what-bold-lead-in-bullets-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 15-year-old girl (neglect: her mother has bipolar "
        "disorder and was recently in hospital, she has been caring for her 8-year-old brother, "
        "missing school and going missing with older men who have a car), written by her with her "
        "social worker in her own words. Goals are hers, and each bullet of 'Who's going to do "
        "what' names who (often 'I' or 'Mum'), a day, time or date and how everyone will know. "
        "The mental health care coordinator reports on whether her mother can change and how long "
        "it might take, the grandmother's part has a fallback, the contingency names missing "
        "episodes, relapse signs, foster carers and a legal planning meeting, and dates are set."
    ),
    "text": """\
# My Plan

### Jade Whitlock, 15 – my child protection plan, in my own words

*I wrote this with Sophie (my social worker) after the conference on Thursday 4 September 2025. The
official plan from the conference says the same things; this is the version I keep on my phone. Kai has
his own plan, with pictures.*

**Irthwaite City Council · Children and Young People's Service**
Case number CYP-25-08817 · Category: neglect · Plan started 04/09/2025

## About me

I'm 15 and in Year 11 at Irthwaite Academy. I live with my mum, Leanne, and my brother Kai, who's 8 and
goes to St Wilfrid's Primary. My nan, Sheila, lives on Coronation Road, one bus away. I do street dance on
Thursday nights and I want to do hair and beauty at college next year.

## Why I've got a plan

Mum has bipolar disorder. She was in hospital (Ashgrove Ward) for three weeks in June after she stopped
taking her tablets, and since she came home she's been really up and down. When she's low she stays in
bed and I do everything for Kai: breakfast, school, tea, bedtime. My attendance last year was 71%. Over
the summer I started going out late with some older lads who have a car, and I went missing twice in
August. Once I didn't get home until 3am, and once the police found me at a flat on Marsh Lane. The
conference was worried that the lads are grooming me, that nobody is looking after me and Kai properly
when Mum is ill, and that I'm the one holding it all together.

## What I want people to know

- "I'm not a kid, I can look after myself. But I'm tired of looking after everyone else."
- "I don't want Mum to get in trouble. When she's well she's the best mum."
- "I know Reece is 22. I didn't think it was a big deal but I'm listening."
- "Kai needs someone to do his reading with him and it shouldn't be me every night."
- On a scale of 0 to 10 (10 = everything's fine at home) I said 4. Sophie said 3. I want it to be 7 by
  Christmas.

## What's going OK

- Mum is back on her tablets and she has a care coordinator now.
- Nan is there for us. She has us for tea and she's not scared to tell Mum off.
- I never miss dance, and Miss Kaur says I could do my level 2.
- Kai is doing well at school and he loves football.

## How I'll know things are better (my goals)

1. I'm in school every day, and my attendance is over 90% by Christmas.
2. I'm safe when I go out: I'm home by the times we agreed, I don't go missing, and I'm not seeing Reece
   or the other lads from the car.
3. I'm not the one looking after Kai and Mum. An adult gets Kai to school and makes our tea, and I get to
   be 15.
4. When Mum is poorly, me and Kai know who will look after us, and it isn't me.

## Who's going to do what

This is the proper plan part. Every line says who, when, and how we'll all know it's happening.

- **Me – school.** I'll go to school every day and sign in at Student Services by 8.40am. Mr Hussain (my
  head of year) will email Sophie my attendance every Friday, so we can all see if it's going over 90%.
- **Me – getting home.** From 4 September I'll be home by 9pm on school nights and by 10.30pm on Fridays
  and Saturdays. Mum will write the time I get in on the calendar in the kitchen, and Sophie will take a
  photo of it every time she visits.
- **Sophie – seeing me and Kai.** Sophie Marsh (my social worker) will see me every Wednesday after
  school, at home one week and somewhere I pick the next, and she'll see Kai on his own every two weeks.
  She'll write down what we say in her visit notes, and I can read mine.
- **Dani – the lads with the car.** Dani Cole from Safer Futures (the exploitation and missing team) will
  see me every Monday lunchtime at school for 12 weeks from 8 September. She'll do the exploitation
  screening tool with me in the first week and in week 12, and write a short report for each core group
  saying whether my score has gone down.
- **The police.** PC Ellis Grant from the Irthwaite Police missing and exploitation team will check the
  car's registration and visit the flat on Marsh Lane by 19 September, and will email Sophie what they
  found and what they did about it.
- **Mum's care coordinator.** Paul Evans, Mum's care coordinator at the Irthwaite Community Mental Health
  Team, will see Mum every week and write to Sophie before each core group saying whether Mum's illness
  is getting better, what still needs to change before she can look after me and Kai on her own, and how
  long that might take.
- **Mum – Kai's school run.** Mum will take Kai to St Wilfrid's every morning and pick him up at 3.15pm,
  so it isn't me doing it. The school office will email Sophie every Friday to say whether anyone else
  collected him that week or he was late.
- **Nan – Tuesdays and Thursdays.** Nan (Sheila Whitlock) will have me and Kai for tea every Tuesday and
  Thursday and pick me up from dance at 8pm on Thursdays. She'll text Sophie every Thursday night to say
  she got me home.
- **Young carers.** Ruth Adebayo from Irthwaite Young Carers will do a young carer's assessment with me by
  3 October and give me and Sophie a copy, with a break for me every week written into it (like the
  Saturday young carers' club).

## If things go wrong

- **If I go missing** (not home and not answering my phone an hour after my time), Mum or Nan will ring
  the police on 101, or 999 if they think I'm in danger, and then ring Sophie or the out-of-hours team
  (01632 960 555). The police will look for me, and Safer Futures will do a return home interview with
  me within 72 hours.
- **If Mum gets poorly again** (she stops her tablets, doesn't sleep for two nights, or stays in bed all
  day), I'll ring Nan, and Nan will come and stay or take me and Kai to hers that day. Nan will also ring
  the Irthwaite crisis team (01632 960 777) for Mum.
- **If Nan can't have us** (she's ill or away), Sophie will find emergency foster carers who can take me
  and Kai together, the same day. We won't be split up.
- **If I go missing three times in a month, if I'm found with Reece or the lads again, or if things
  aren't better by the review**, Sophie's manager (Mark Tennant) will hold a legal planning meeting within
  5 working days. Sophie explained that this means getting legal advice on whether the council should go
  to court to keep me safe. I don't like it, but I understand why it's in here.

## Meetings

- **Core group** (me, Mum, Nan, Sophie, Mr Hussain, Dani, Paul and St Wilfrid's): every 4 weeks, after
  school at 3.45pm in the Student Services room at Irthwaite Academy, on 18 September, 16 October and
  13 November 2025.
- **Review conference:** Thursday 27 November 2025, 10am, Irthwaite Civic Centre. I'm going to go to the
  first part, and Sophie will help me write down what I want to say.

*Written by Jade Whitlock with Sophie Marsh (social worker), 05/09/2025.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Signs of Safety plan: danger statement, safety goals, scaling, next steps
#    numbered under each goal. Domestic abuse, father's drinking. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b95_ivelstow_sos_safety_goals_scaling_numbered_next_steps_jordan.pdf",
    "doc_title": "Signs of Safety Child Protection Plan - Tyler and Poppy Jordan",
    "split": "tune",
    "actions": 11,
    "template": "signs-of-safety-word-plan-printed-to-pdf-details-danger-statement-working-well-childrens-three-houses-and-wizards-safety-goals-scaling-line-then-next-steps-numbered-1-1-under-each-safety-goal-bottom-lines-contingency-meetings",
    "description": (
        "Exemplary Signs of Safety initial conference plan for a 9-year-old and a 6-year-old after "
        "their father's drunken assault on their mother (father now living with his mother). Danger "
        "statement, the children's Three Houses and Wizards and Fairies words, three safety goals, "
        "a scaling line with everyone's score and what would make it a 6, then next steps numbered "
        "1.1, 2.1 ... under each goal, each naming who, when and what will be seen. The perpetrator "
        "programme and the alcohol service report, the network's supervised contact has a fallback, "
        "the family's bottom lines are kept out of the actions, and the contingency names police, a "
        "relative, foster carers and a legal planning meeting. Header and page footer on each page."
    ),
    "header": "OFFICIAL-SENSITIVE · Ivelstow Council · Signs of Safety child protection plan",
    "footer": "Tyler and Poppy Jordan – plan of 10 July 2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Signs of Safety"),
        ("p", "Ivelstow Council · Children's Services · Safeguarding and Family Support (South) · "
              "Initial child protection conference, Thursday 10 July 2025"),
        ("kv", [
            ("Children", "Tyler Jordan, DOB 03/02/2016 (9), and Poppy Jordan, DOB 21/09/2018 (6)"),
            ("Home", "22 Brook Terrace, Ivelstow IV3 4HS, with their mum, Nina Thorne (31)"),
            ("Dad", "Liam Jordan (33), living with his mother, Pat Jordan, at 8 Orchard Way since 14 June 2025"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Hannah Reid (team manager Gareth Lloyd)"),
            ("Conference chair", "Rosalind Fry, independent reviewing officer"),
            ("School", "Fernlea Primary School (Tyler Year 5, Poppy Year 2)"),
        ]),
        ("h2", "Danger statement"),
        ("p", "Everyone at the conference is worried that Tyler and Poppy will be hurt, and will go on being "
              "frightened and upset, if Liam drinks and becomes violent to Nina while the children are at "
              "home. On 13 June 2025 Liam pushed Nina into the kitchen door and punched the wall beside "
              "Tyler's head while Tyler was trying to pull him away. The police have been called to the "
              "house three times since September 2024, and each time Liam had been drinking. Tyler told "
              "his teacher he \"sleeps with his shoes on in case we have to run\"."),
        ("h2", "What's working well"),
        ("p", "Nina called the police herself on 13 June and asked Liam to leave, and he went to his mother's "
              "the same night. Liam has told the social worker he is ashamed and wants help with his "
              "drinking. The children have a big family who love them: Nina's sister Becky lives on Mill "
              "Lane, five minutes away, and Liam's mum Pat has offered her house for the children to see "
              "their dad. Fernlea Primary knows both children well and Tyler trusts his teacher, Mr Dale."),
        ("h2", "What Tyler and Poppy say"),
        ("p", "Tyler (Three Houses, at school on 3 July). House of Worries: \"Dad shouting and the police "
              "coming\", \"Mum crying in the bathroom\". House of Good Things: \"football with Dad\", "
              "\"Auntie Becky's dog Biscuit\". House of Dreams: \"Dad not drinking beer and no fighting\". "
              "He scaled how safe he feels at home at 5 now that Dad is at Nana Pat's, \"and a 10 if Dad "
              "stops beer\"."),
        ("p", "Poppy (Wizards and Fairies, at home on 7 July) drew a fairy that \"makes Daddy's shouty voice "
              "go away\". She said she likes seeing Daddy at Nana Pat's \"because Nana makes the rules\". "
              "Nina says Poppy has wet the bed most nights since June."),
        ("h2", "Safety goals"),
        ("p", "Safety goal 1 – Tyler and Poppy live at home with no violence, shouting or threats between the "
              "adults, and they only ever see their dad when he is sober and another safe adult is there."),
        ("p", "Safety goal 2 – Tyler and Poppy feel safe enough to sleep in their own beds with their shoes "
              "off, can talk about what happened, and know who to go to if they are scared."),
        ("p", "Safety goal 3 – Tyler and Poppy have a safety network of at least four adults around them who "
              "know the worries, have signed the family safety plan and would notice if it stopped working."),
        ("h2", "Scaling"),
        ("p", "On a scale of 0 to 10, where 10 means everyone knows Tyler and Poppy are safe enough for the "
              "child protection plan to end, and 0 means things are so dangerous that the children cannot "
              "stay at home, where is everyone today?"),
        ("p", "Nina 7 · Liam 6 · Becky 5 · Pat 6 · Mrs Okonjo (school) 4 · Hannah Reid (social worker) 3 · "
              "PC Amir Shah (police) 3 · conference chair 3"),
        ("p", "What would make it a 6 for the professionals by the review: three months with no incident or "
              "police call-out; Liam halfway through Changing Patterns with good reports and clear breath "
              "tests; every contact supervised and written up; Tyler and Poppy telling the social worker "
              "and school that they feel safe."),
        ("h2", "Next steps – who does what, by when, and how we will know"),
        ("h3", "Safety goal 1: no violence, and Dad only ever sober and supervised"),
        ("pi", "1.1 Liam will join the Changing Patterns domestic abuse programme, with a first one-to-one on "
               "16 July and then a group every Wednesday evening for 24 weeks. Dev Sandhu (programme "
               "facilitator) will send Hannah the register each month and a written mid-point report on "
               "Liam's risk to Nina and the children by 15 October."),
        ("pi", "1.2 Ceri Ashworth, Liam's recovery worker at Ivelstow Drug and Alcohol Service, will see Liam "
               "every two weeks from 21 July, breath-test him at each session, and send Hannah the results "
               "before each core group with her written view of his drinking, how quickly he can change it "
               "and what that means for his time with Tyler and Poppy."),
        ("pi", "1.3 Becky Thorne or Pat Jordan will supervise every contact between Liam and the children, "
               "each Saturday from 10am to 1pm at Pat's house, and will fill in the contact sheet Hannah gave "
               "them (arrival time, whether Liam smelt of drink, how the children were). Hannah will collect "
               "the sheets every week."),
        ("pi", "1.4 Aisha Malik, IDVA at Ivelstow Women's Aid, will meet Nina every week for 8 weeks from "
               "17 July to go through the DASH risk assessment again and write a home safety plan with her, "
               "including what Tyler and Poppy do and who they ring if Liam comes to the house. Aisha will "
               "send Hannah the new DASH score and the written safety plan by 29 August."),
        ("pi", "1.5 PC Amir Shah (Ivelstow Police Domestic Abuse Unit) will put a marker on 22 Brook Terrace so "
               "that any call from the address gets an immediate response, and will email Hannah by 18 July "
               "to confirm the marker is in place."),
        ("h3", "Safety goal 2: the children feel safe and can talk about it"),
        ("pi", "2.1 Hannah Reid (social worker) will visit every week, at least once a month without warning, "
               "see Tyler and Poppy on their own each time and ask them to scale how safe they feel; their "
               "scores and their words will be written in her visit notes."),
        ("pi", "2.2 Hannah Reid will do a words and pictures explanation with Tyler and Poppy, Nina and Liam by "
               "8 August, and give a copy to both parents and the school; the copy signed by Nina and Liam "
               "will be on the children's file."),
        ("pi", "2.3 Mrs Joy Okonjo, designated safeguarding lead at Fernlea Primary, will arrange for Tyler to "
               "see the school's ELSA, Mrs Grey, every Tuesday afternoon from 2 September, and will send "
               "Hannah Tyler's worry thermometer score from each session at the end of each half term."),
        ("pi", "2.4 Nina will take Poppy to the school nurse's bedwetting drop-in at Fernlea Primary by 19 "
               "September and keep the star chart the nurse gives her; Karen Bell, the school nurse, will "
               "tell Hannah each month how many dry nights Poppy has had."),
        ("h3", "Safety goal 3: a safety network around the children"),
        ("pi", "3.1 Hannah Reid will hold the first safety network meeting with Nina, Liam, Becky, Pat and "
               "Nina's friend Jas Bassi by 25 July, and send everyone the written family safety plan by 1 "
               "August; each network member's signed copy will be on the file."),
        ("pi", "3.2 Nina and Becky will have a check-in call every evening at 7pm for the first 8 weeks. Becky "
               "will text Hannah the same evening if a call is missed, and Nina will show Hannah the call log "
               "on her phone at each visit."),
        ("h2", "The family's bottom lines (agreed by Nina, Liam and the network)"),
        ("bullets", [
            "Liam does not come to 22 Brook Terrace, for any reason.",
            "Liam never sees the children after he has had a drink.",
            "If Liam turns up, Nina does not open the door and rings 999; Tyler takes Poppy up to their room "
            "and rings Auntie Becky on the old phone.",
        ]),
        ("h2", "If the safety plan does not hold"),
        ("p", "If Liam comes to the house, if there is any violence or threat, or if Liam has been drinking "
              "before or during contact, Nina (or whoever sees it) will ring 999 and the police will treat "
              "it as a domestic abuse incident. Contact stops at once, and Hannah (or the emergency duty "
              "team out of hours) will hold a strategy discussion the same day."),
        ("p", "If Becky or Pat cannot supervise a Saturday, that contact does not happen, and Hannah will "
              "arrange supervised contact at Ivelstow Family Centre within 5 working days. If Becky cannot "
              "do the evening calls, Jas Bassi will do them and Hannah will be told that day."),
        ("p", "If Nina cannot keep the children safe at home, Tyler and Poppy will go to stay with Becky at "
              "5 Mill Lane. If Becky cannot have them, Hannah will arrange for them to stay together with "
              "approved foster carers."),
        ("p", "If there is another incident, if Liam leaves Changing Patterns, or if the professionals' scaling "
              "has not reached 6 by the review conference, Hannah will ask Gareth Lloyd (team manager) for a "
              "legal planning meeting within 5 working days, to take legal advice on starting the Public Law "
              "Outline."),
        ("h2", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Fernlea Primary at 4pm: 31 July, 28 August and 25 September 2025. "
            "The safety network joins the first half of each meeting.",
            "Review child protection conference: Thursday 16 October 2025, 10am, Ivelstow Town Hall, "
            "Committee Room 2.",
        ]),
        ("p", "Plan agreed at conference on 10 July 2025. Copies: Nina Thorne, Liam Jordan, Becky Thorne, Pat "
              "Jordan, Fernlea Primary, Ivelstow Police DAU, Ivelstow Women's Aid, Ivelstow Drug and Alcohol "
              "Service, Changing Patterns, school nursing."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Scottish GIRFEC child's plan under the wellbeing indicators (SHANARRI).
#    Ex-premature toddler on home oxygen, mother on methadone. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b95_inchcaldie_girfec_childs_plan_wellbeing_indicators_paterson.pdf",
    "doc_title": "Child's Plan (child protection) - Brooke Paterson",
    "split": "tune",
    "actions": 10,
    "template": "scottish-girfec-childs-plan-printed-to-pdf-named-person-lead-professional-details-brookes-voice-wellbeing-web-score-table-then-one-heading-per-shanarri-indicator-with-what-we-want-getting-in-the-way-and-what-will-be-done-bullets-contingency-review-cppm",
    "description": (
        "Exemplary Scottish child's plan (GIRFEC) agreed at an initial child protection planning "
        "meeting for a 20-month-old born at 28 weeks, on home oxygen at night, whose 20-year-old "
        "mother relapsed on heroin while on methadone. Named Person and lead professional, Brooke's "
        "voice from what the adults see, a wellbeing web score table (not actions), then one "
        "section per wellbeing indicator (Safe, Healthy, Achieving, Nurtured, Active, Respected, "
        "Responsible, Included) with what we want for Brooke and bullets of what will be done, by "
        "whom and when, and how it will show. The addictions team reports, the gran's Fridays have "
        "a fallback, the contingency names an IRD, the gran, foster carers, a legal planning meeting "
        "and the Children's Reporter, and the core group and review CPPM dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE · Inchcaldie Council and NHS Inchcaldie · Child's Plan",
    "footer": "Brooke Paterson – Child's Plan – agreed 12/08/2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child's Plan"),
        ("p", "Getting it right for every child · Inchcaldie Council Children and Families and NHS "
              "Inchcaldie · Child protection: Brooke's name is on the child protection register"),
        ("kv", [
            ("Child", "Brooke Paterson, DOB 14/12/2023 (20 months; 17 months corrected for prematurity)"),
            ("Lives with", "Chantelle Paterson (mum, 20), 3/1 Weavers Court, Inchcaldie IC2 5LT"),
            ("Father", "Ryan Kerr (23), in HMP Inchmuir, expected release March 2026"),
            ("Named Person", "Fiona Guthrie, health visitor, Eastfield Health Centre"),
            ("Lead professional", "Kirsty Low, social worker, Inchcaldie Children and Families (East)"),
            ("Plan agreed at", "Initial child protection planning meeting (CPPM), 12/08/2025, chaired by "
                               "Alan Munro, Child Protection Unit"),
            ("Concerns registered", "Neglect; parental drug use"),
        ]),
        ("h2", "Why Brooke needs this plan"),
        ("p", "Brooke was born at 28 weeks and spent 11 weeks in the neonatal unit at Inchcaldie Royal "
              "Infirmary. She has chronic lung disease and needs oxygen through a nasal cannula while she "
              "sleeps. Chantelle has been on a methadone prescription from the Inchcaldie Community "
              "Addictions Team since 2022. In June 2025 she relapsed: she tested positive for heroin and "
              "street valium, and on 24 July a neighbour found Brooke crying in her cot late at night with "
              "her oxygen tubing off while Chantelle was asleep and could not be woken. Brooke's weight has "
              "fallen from the 25th to the 9th centile for her corrected age, and she has missed two "
              "neonatal follow-up appointments."),
        ("h2", "Brooke's voice"),
        ("p", "Brooke cannot tell us in words yet, so this is what the people who know her best have seen. On "
              "the lead professional's visits on 31 July and 7 August she sat on Chantelle's knee, reached "
              "up for cuddles and babbled \"mama\" and \"ta\". She was quiet and watchful with visitors at "
              "first and kept pulling at her cannula. At her gran's she laughs, claps along to songs and "
              "eats everything she is given. She is crawling fast and pulling herself up on the furniture."),
        ("p", "If Brooke could tell us, we think she would say: \"I love my mum and my gran. I need someone "
              "awake at night to put my tubes back on, and I need more to eat.\""),
        ("h2", "Brooke's wellbeing web"),
        ("p", "Scores agreed at the CPPM, where 1 means very worried and 10 means all is well."),
        ("table", {
            "header": ["Wellbeing indicator", "Score now", "Score we want by the review"],
            "widths": [7.0, 4.5, 5.5],
            "rows": [
                ["Safe", "2", "7"],
                ["Healthy", "4", "7"],
                ["Achieving", "5", "7"],
                ["Nurtured", "5", "8"],
                ["Active", "6", "7"],
                ["Respected", "6", "8"],
                ["Responsible", "not yet relevant at Brooke's age", "–"],
                ["Included", "4", "7"],
            ],
        }),
        ("h2", "Brooke's plan, by wellbeing indicator"),
        ("h3", "Safe"),
        ("p", "What we want for Brooke: she is only ever cared for by adults who are sober, her mum's "
              "methadone is locked away, and her oxygen is on and safely set up every night."),
        ("p", "What is getting in the way: Chantelle's relapse, and no one else being in the house at night."),
        ("boldp", "What will be done"),
        ("bullets", [
            "Kirsty Low (lead professional) will visit Brooke at home twice a week from 14 August, at least "
            "once a fortnight without warning, see Brooke awake, check her cot, her oxygen tubing and the "
            "locked methadone box, and write what she found in Brooke's record within 2 working days.",
            "Graeme Shaw, Chantelle's key worker at the Inchcaldie Community Addictions Team, will see "
            "Chantelle every week, take a urine sample every fortnight and send Kirsty the results before "
            "each core group with his written view on whether Chantelle is stable on her methadone and "
            "able to keep Brooke safe.",
            "Chantelle will keep her methadone and any other medicines in the locked box on top of the "
            "kitchen cupboard from today, 12 August, and will show Kirsty the box locked, with the key on "
            "her keyring, at every visit.",
        ]),
        ("h3", "Healthy"),
        ("p", "What we want for Brooke: she grows well, staying on or above the 9th centile for her "
              "corrected age, goes to every hospital and health appointment, and her oxygen levels stay at "
              "94% or above."),
        ("p", "What is getting in the way: missed appointments and meals, and nights when her oxygen is off."),
        ("boldp", "What will be done"),
        ("bullets", [
            "Fiona Guthrie (Named Person, health visitor) will visit Brooke at home every week until the "
            "core group on 23 September and then every two weeks, weigh her and write the weight in her red "
            "book and the health record, and send the weight to Kirsty after each visit.",
            "Claire Drummond, children's community respiratory nurse, will visit every two weeks from 19 "
            "August to check Brooke's oxygen levels and equipment, and will send Kirsty and the GP a "
            "one-page summary with the saturation readings after each visit.",
            "Chantelle will take Brooke to her neonatal follow-up clinic at Inchcaldie Royal Infirmary on 9 "
            "September and to every clinic after that; Dr Sinclair's clinic letter, copied to Kirsty and "
            "Fiona, will show that Brooke was seen.",
        ]),
        ("h3", "Achieving"),
        ("p", "What we want for Brooke: she catches up with her talking and her walking, and she plays with "
              "other children her age."),
        ("p", "What is getting in the way: she has been at home with few outings since she left hospital."),
        ("boldp", "What will be done"),
        ("bullets", [
            "Kirsty Low will apply for a funded early learning and childcare place by 29 August, so that "
            "Brooke can start at Wee Acorns Nursery two mornings a week from 1 October; the offer letter and "
            "the nursery register will show it.",
        ]),
        ("h3", "Nurtured"),
        ("p", "What we want for Brooke: she has a mum who notices and answers her cues, plays with her every "
              "day and comforts her when she is upset, and a gran she can turn to."),
        ("p", "What is getting in the way: when Chantelle is using she is slow to respond and sleeps through "
              "Brooke's crying."),
        ("boldp", "What will be done"),
        ("bullets", [
            "Lorna Baxter, family support worker at Inchcaldie Family Centre, will do the 10-week Wee Steps "
            "play and parenting sessions with Chantelle and Brooke at home every Tuesday from 19 August, "
            "and will film and score a 5-minute play session in week 1 and week 10 so that everyone can see "
            "the change in how Chantelle responds to Brooke.",
            "Margaret Paterson (Brooke's gran) will look after Brooke every Friday from 9am to 5pm at her "
            "home so that Chantelle can go to her recovery group, and will write in the family diary how "
            "Brooke was, what she ate and when she used her oxygen; Kirsty will read the diary at each "
            "visit.",
        ]),
        ("h3", "Active"),
        ("p", "What we want for Brooke: she gets out every day to the park or soft play, and is walking "
              "with support by the review. The Wee Steps sessions and her nursery place above include this."),
        ("h3", "Respected"),
        ("p", "What we want for Brooke: the people who matter to her, including her dad, know about her plan "
              "and have their say in it."),
        ("boldp", "What will be done"),
        ("bullets", [
            "Kirsty Low will write to Brooke's dad, Ryan Kerr, at HMP Inchmuir by 29 August to tell him about "
            "the plan and ask for his views; a copy of her letter and his reply will be on Brooke's file "
            "before the first core group.",
        ]),
        ("h3", "Responsible"),
        ("p", "Not yet relevant to Brooke at her age."),
        ("h3", "Included"),
        ("p", "What we want for Brooke: she is part of her community, at nursery and at the Eastfield "
              "toddler group, and not shut away at home. Her nursery place above is the first step."),
        ("h2", "If Brooke is not safe (contingency plan)"),
        ("p", "If Chantelle's urine test shows heroin or street valium, if she misses two methadone pick-ups "
              "in a row, if anyone finds her under the influence while caring for Brooke, or if Brooke's "
              "oxygen is found off or her cot unsafe at night, they will phone Kirsty (or Social Work "
              "Standby out of hours, 01632 960 600) straight away. Kirsty will visit that day and hold an "
              "inter-agency referral discussion (IRD) the same day, and Brooke will go to stay with "
              "Margaret; Chantelle will see her only at Margaret's, with Margaret there."),
        ("p", "If Margaret cannot look after Brooke (she is ill, at work or unable to keep to the plan), "
              "Kirsty will arrange an emergency placement that day with foster carers trained to manage "
              "home oxygen."),
        ("p", "If any of this happens twice, if Brooke's weight falls below the 2nd centile, or if Chantelle "
              "stops working with the Community Addictions Team, Kirsty will request a legal planning meeting "
              "with Inchcaldie Council Legal Services within 5 working days and will refer Brooke to the "
              "Children's Reporter. If Brooke is at immediate risk, the council will apply to the sheriff "
              "for a Child Protection Order."),
        ("h2", "Reviewing Brooke's plan"),
        ("bullets", [
            "Core group (Chantelle, Margaret, Kirsty, Fiona, Graeme, Claire and Lorna, with Wee Acorns from "
            "October): every 4 weeks at Inchcaldie Family Centre at 2pm, on 26/08/2025, 23/09/2025 and "
            "21/10/2025.",
            "Review child protection planning meeting (review case conference): 11/11/2025 at 10am, "
            "Inchcaldie Council Headquarters, chaired by Alan Munro.",
        ]),
        ("p", "Lead professional: Kirsty Low, 01632 960 640. Named Person: Fiona Guthrie, 01632 960 655."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Community midwife's pre-birth safeguarding plan in maternity shorthand.
#    Mother's depression, partner's cannabis use. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b95_imberford_midwife_prebirth_safeguarding_birth_plan_hollis.txt",
    "split": "tune",
    "actions": 11,
    "template": "community-midwife-pre-birth-plan-plain-text-maternity-notes-copy-label-value-front-sheet-background-what-we-know-about-baby-outcomes-then-plan-in-antenatal-labour-ward-postnatal-stages-numbered-midwife-shorthand-lines-contingency-meetings",
    "description": (
        "Exemplary pre-birth child protection plan written by the community midwife for the front "
        "of the maternity notes after a pre-birth conference (mother with depression whose two older "
        "children live with their grandmother under a special guardianship order, partner using "
        "cannabis daily). Plain text with maternity shorthand (G3 P2, EDD, 32+4/40, EPDS, CMW, EDT), "
        "what is known of the baby so far, outcomes for the baby, then numbered lines in antenatal, "
        "labour ward and postnatal stages, each with who, when (a date, a gestation or an event such "
        "as 'before discharge') and the record that will show it. The perinatal psychiatrist and CPN "
        "assess change, the drug service reports, and the contingency, legal step and dates are set."
    ),
    "text": """\
IMBERFORD HOSPITALS NHS FOUNDATION TRUST
Maternity Services - Safeguarding

PRE-BIRTH CHILD PROTECTION PLAN - MIDWIFERY COPY
================================================

This copy goes at the front of Tasha's handheld notes and is attached to
the safeguarding alert on the electronic maternity record. It was written
by the community midwife after the pre-birth initial child protection
conference held by Imberford Metropolitan Borough Council on Thu
07/08/2025. The council's plan says the same things; this copy is set out
in the order the clinic, labour ward and postnatal ward need it.

Woman ........... Tasha HOLLIS, DOB 03/05/1999 (26)
Address ......... Flat 6, Kestrel House, Brindley Road, Imberford IM3 8PD
Obstetric ....... G3 P2. EDD 28/09/2025 (dating scan). 32+4/40 at conference.
Baby ............ Unborn baby girl (20/40 scan). Parents plan to call her Maisie.
Partner ......... Craig BENNETT (29), baby's father, lives with Tasha
Older children .. Kayla (9) and Alfie (6) live with maternal grandmother
                  Pauline Hollis under a special guardianship order (2021)
Category ........ Neglect (unborn)
SW .............. Ben Carter, Imberford Children's Services, Assessment Team 2
                  01632 960 300
CMW ............. Jo Pickering, Willow Team, 01632 960 311
Safeguarding MW . Helen Ashdown, 01632 960 312
Perinatal MH .... Dr Amira Saleh (consultant), Lisa Morgan (CPN)
HV .............. Priya Nair, Brindley Road Health Centre
GP .............. Dr R. Kaur, Brindley Road Health Centre

BACKGROUND
----------
Kayla and Alfie were removed from Tasha's care in 2021 (neglect, during a
long period of severe depression; Tasha was not taking her medication and
rarely got out of bed). Tasha has been on sertraline since February 2025
and was referred to the perinatal mental health team at 14/40. She says
she is "terrified of getting low again once the baby comes". Craig smokes
cannabis every evening and says he can "take it or leave it". No DA
history known to police. The flat is small but clean; there is a Moses
basket and a cot.

WHAT WE KNOW ABOUT BABY SO FAR
-----------------------------
- Growing well: estimated fetal weight on the 48th centile at the 28/40
  growth scan on 21/07/2025. Movements normal.
- Tasha has been to 6 of 7 antenatal appointments. She says baby "goes
  mad kicking when Craig talks to her" and is busiest at night. Tasha has
  been playing her the lullaby that Kayla used to like.
- Kayla (9) told Ben on 29/07/2025 that she wants to "hold my baby sister
  and give her my old teddy", and that she is worried "Mummy will be sad
  again".

WHAT WE WANT FOR BABY
---------------------
1. Baby is born safely, with both parents sober and Tasha's mental health
   plan in place on the labour ward.
2. Baby is fed at least every 3-4 hours, is back to birth weight by day
   14 and keeps gaining weight after that.
3. Baby sleeps on her back in her own Moses basket, in a smoke-free home
   with no cannabis in it.
4. Baby is cared for by parents who notice and answer her cues even when
   Tasha's mood is low, and is never left with an adult who has used drugs.

THE PLAN
--------
Antenatal (now to birth)

 1. CMW (Jo Pickering) to see Tasha at Willow Clinic every 2 weeks until
    36/40, then weekly until delivery: BP, urine, growth and mood (EPDS)
    each time. EPDS score emailed to SW within 1 working day of each visit.
 2. Dr Amira Saleh, consultant perinatal psychiatrist, to see Tasha by
    29/08/2025 (35+5/40) and send SW and CMW a written assessment of
    Tasha's mental health, her capacity to change and the likely
    timescale, with a postnatal relapse plan for her care of baby, before
    the core group on 11/09/2025.
 3. Lisa Morgan, perinatal CPN, to visit Tasha at home weekly from
    14/08/2025 and bring a written update to each core group on whether
    Tasha's mood, sleep and anxiety are changing and what this means for
    how she will care for baby.
 4. SW (Ben Carter) to complete the pre-birth parenting assessment by
    05/09/2025 and give the written report to Tasha, Craig and the core
    group at least 3 days before the core group on 11/09/2025.
 5. Sean Doyle, Imberford Recovery Hub, to see Craig weekly from
    18/08/2025 and do a saliva drug test every 2 weeks. Results, and a
    written view of Craig's cannabis use and whether he can stop before
    baby comes home, sent to SW before each core group.
 6. HV (Priya Nair) to do the antenatal home visit by 05/09/2025
    (36+5/40): check the Moses basket, where baby will sleep and smoking
    in the home, and send SW a copy of the visit record.

On admission in labour and on the postnatal ward

 7. Labour ward coordinator on duty to phone SW (or EDT out of hours,
    01632 960 999) within 1 hour of Tasha being admitted in labour, and
    record the call on the safeguarding alert page.
 8. Midwife in charge of Ward 12 to keep Tasha and baby in for at least
    72 hours after birth, and make sure every feed, every nappy and how
    Tasha and Craig handle baby are written on the feeding chart and the
    observation sheet each shift.
 9. SW (Ben Carter) to hold a discharge planning meeting on Ward 12 before
    discharge, with Tasha, Craig, the ward midwife, CMW and HV, and give
    everyone the signed discharge plan on the day.

After discharge (postnatal)

10. CMW (Jo Pickering) to visit at home on days 1, 3, 5 and 10 after
    discharge, weigh baby on days 5 and 10 and record it in the red book
    and the postnatal notes. Baby back to birth weight by day 14.
11. HV (Priya Nair) to do the new birth visit between day 10 and day 14,
    then visit weekly until the review conference, weighing baby each time
    and recording it in the red book, with a copy to SW.

CONTINGENCY
-----------
- If Tasha's EPDS is 13 or more, or she has any thoughts of harming
  herself or baby: the CMW or ward midwife contacts the perinatal mental
  health duty worker (01632 960 320) the same day and tells SW the same
  day, and SW holds a strategy discussion that day.
- If Tasha or Craig seem under the influence of drugs or alcohol on the
  ward or at home, if baby is left alone, or if baby loses more than 10%
  of her birth weight: the midwife in charge or CMW tells SW at once (EDT
  out of hours). Baby is not discharged. SW holds a strategy discussion
  the same day, and if baby cannot stay safely with her parents she will
  be placed with foster carers that day (section 20 with the parents'
  agreement, or police protection if they do not agree).
- Pauline has said she cannot look after a baby as well as Kayla and
  Alfie, so no family carer is part of this plan.
- If the pre-birth assessment finds baby cannot safely go home, or Tasha
  or Craig miss two appointments in a row with the perinatal team or the
  Recovery Hub, SW will request a legal planning meeting within 5 working
  days to decide whether to start the PLO before baby is born.

MEETINGS
--------
Core group: every 3 weeks at Brindley Road Health Centre, 1.30pm -
21/08/2025, 11/09/2025 and 02/10/2025, then weekly for the first 4 weeks
after baby is born.
Review child protection conference: Thu 06/11/2025, 10am, Imberford Civic
Offices (booked; it goes ahead on that date whether or not baby has
arrived).

Written by Jo Pickering, CMW, 08/08/2025. Checked by Helen Ashdown,
Safeguarding MW. Copy to SW, HV, GP and perinatal MH team.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Family group conference plan: the family's own part, then the
#    professionals' part. Neglect, mother's anxiety, DA ex-partner. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b95_ingleworth_fgc_family_plan_professionals_part_brennan.docx",
    "doc_title": "Family Group Conference - Our Family Plan - Mason and Ellie-Jo Brennan",
    "split": "tune",
    "actions": 12,
    "template": "family-group-conference-plan-adopted-as-cp-plan-labelled-details-why-we-met-what-the-children-want-outcome-bullets-then-numbered-family-plan-from-private-time-and-bulleted-professionals-part-if-the-plan-isnt-working-checking-the-plan",
    "description": (
        "Family group conference plan for a 7-year-old and a 3-year-old on child protection plans "
        "(neglect; the mother's anxiety and low mood; Ellie-Jo's father was violent and has a "
        "non-molestation order), adopted by the core group as the children's plan. The family's "
        "own numbered part and the professionals' bulleted part mix good items with poor ones: an "
        "uncle who helps 'when he can', 'The family will keep an eye on' the mother with no time, "
        "a Talking Therapies item that only treats the mother and reports 'engagement', and a "
        "family support item with no measure. One outcome is about the mother. Nan, an aunt and an "
        "uncle carry much of the plan, but the contingency only calls a review FGC if things don't "
        "get better, with no legal step."
    ),
    "font": "Arial",
    "blocks": [
        ("title", "Family Group Conference – Our Family Plan"),
        ("p", "Ingleworth County Council · Family Group Conference Service · for Mason and Ellie-Jo Brennan"),
        ("kv", [
            ("Date of the FGC", "Thursday 21 August 2025, 10am to 3pm, Ingleworth Family Centre"),
            ("FGC coordinator", "Rachel Dunmore (independent coordinator)"),
            ("Children", "Mason Brennan (7) and Ellie-Jo Brennan (3), 41 Coppice Road, Ingleworth IG5 2NW"),
            ("Family who came", "Stacey Brennan (mum), Sandra Brennan (Nan), Louise Platt (Auntie Lou), "
                                "Dean Brennan (uncle), Carla Wood (Stacey's friend)"),
            ("Professionals at the information and agreement parts",
             "Jenna Holt (social worker), Amy Rhodes (health visitor), Mrs Priya Patel (DSL, Ingleworth "
             "CofE Primary), Kelly Marsh (family support worker)"),
            ("Mason's advocate", "Tom Gill, Ingleworth Children's Rights Service"),
        ]),
        ("p", "This plan was written at the family group conference and agreed by the core group on 28 "
              "August 2025 as the child protection plan for Mason and Ellie-Jo."),
        ("h2", "Why we had a family group conference"),
        ("p", "Mason and Ellie-Jo have been on child protection plans since 24 July 2025 (category: neglect). "
              "Jenna told us the worries. Mason has been late to school 23 times and missed 18 days since "
              "January. The house has been in a bad state, with dirty nappies and mouldy food in the "
              "kitchen where Ellie-Jo plays. Stacey's anxiety and low mood mean that some days she can't "
              "get out of bed. Darren Fox, Ellie-Jo's dad, was violent to Stacey in May and there is now a "
              "non-molestation order. Jenna asked us to make a plan so the children are safe and looked "
              "after, with the family doing as much of it as we can."),
        ("h2", "What Mason and Ellie-Jo want"),
        ("p", "Mason told Tom, his advocate, before the meeting: \"I want Mummy to be happy and not in bed. I "
              "want to go to school on time because I miss football in the morning. I don't want Darren to "
              "come back. I like going to Nanny's.\" Tom read this out at the start of the meeting."),
        ("p", "Ellie-Jo is 3. Amy told us Ellie-Jo is chatty and loves her baby doll. On Amy's visit on 12 "
              "August she was in a nappy that had not been changed since the night before, she had a sore "
              "bottom, and she kept asking for \"biscuit\"."),
        ("h2", "What we want for Mason and Ellie-Jo"),
        ("bullets", [
            "Mason gets to school on time every day and doesn't miss football club.",
            "Ellie-Jo is clean, changed and fed, and goes to nursery five mornings a week.",
            "The children live in a clean, safe home and Darren doesn't come near them.",
            "Stacey feels less anxious and more able to cope.",
        ]),
        ("h2", "Our family plan (written by the family in private family time)"),
        ("numbers", [
            "Sandra (Nan) will take Mason to school on Mondays, Wednesdays and Fridays from 3 September, and "
            "the school will note on the register who brought him.",
            "Louise (Auntie Lou) will come round every Sunday afternoon to help Stacey with the washing and "
            "the kitchen, and will send Jenna a photo of the kitchen each Sunday night.",
            "Dean will help out with lifts to appointments and the food shop when he can, and will text "
            "Sandra each time he has been.",
            "The family will keep an eye on Stacey and the children and make sure Darren doesn't come round.",
            "Stacey will go to her Talking Therapies session every Thursday and take her tablets every day, "
            "and will show Jenna her appointment card at each visit.",
            "Stacey will take Ellie-Jo to Little Steps Nursery every weekday morning from 1 September, and "
            "the nursery will ring Sandra if Ellie-Jo is not there by 9.30am.",
        ]),
        ("h2", "What the professionals will do"),
        ("p", "Agreed with the family when the professionals came back in."),
        ("bullets", [
            "Jenna Holt (SW) will visit Mason and Ellie-Jo at home every two weeks and see Mason on his own "
            "at school once a month, writing down what the children say in her visit records.",
            "Ingleworth Talking Therapies (Mark Sutton, high-intensity therapist) will offer Stacey 12 "
            "weekly CBT sessions for her anxiety from 4 September; engagement to be fed back to the SW.",
            "Amy Rhodes (HV) will do Ellie-Jo's development review at home by 30 September and share the "
            "ASQ-3 scores with Jenna and the nursery.",
            "Kelly Marsh, family support worker, will do weekly home sessions with Stacey on morning routines "
            "and keeping the kitchen safe for Ellie-Jo, for 10 weeks from 8 September.",
            "Mrs Patel (DSL, Ingleworth CofE Primary) will ring Jenna the same day if Mason is absent or more "
            "than 10 minutes late, and will bring his attendance figures to each core group.",
            "PC Dan Hughes, Ingleworth Police Domestic Abuse Unit, will put a marker on Stacey's address by "
            "29 August and email Jenna to confirm it is in place.",
        ]),
        ("h2", "If the plan isn't working"),
        ("p", "If things don't get better, or there are new worries about the children, Jenna will let Rachel "
              "know and we will have a review family group conference to look at the plan again and see what "
              "else the family can do."),
        ("h2", "Checking the plan"),
        ("bullets", [
            "Core group: every 4 weeks at Ingleworth Family Centre at 1pm, on 28 August and 25 September "
            "2025, then as set at the review conference. Sandra and Louise will come with Stacey.",
            "Review child protection conference: Thursday 16 October 2025, 10am, County Hall, Ingleworth.",
            "Review family group conference: Thursday 27 November 2025, with Rachel Dunmore.",
        ]),
        ("p", "Agreed by Stacey Brennan, Sandra Brennan, Louise Platt, Dean Brennan and Carla Wood. Agreed for "
              "Ingleworth Children's Services by Jenna Holt (social worker) and Karen Stott (team manager), "
              "21/08/2025."),
    ],
    "findings": [
        F("F002", "Stacey feels less anxious and more able to cope."),
        F("T002", "Dean will help out with lifts to appointments"),
        F("W002", "The family will keep an eye on Stacey and the children"),
        F("M002", "The family will keep an eye on Stacey and the children"),
        F("T001", "The family will keep an eye on Stacey and the children"),
        F("H001", "Ingleworth Talking Therapies (Mark Sutton, high-intensity therapist) will offer Stacey"),
        F("M002", "Ingleworth Talking Therapies (Mark Sutton, high-intensity therapist) will offer Stacey"),
        F("M001", "Kelly Marsh, family support worker, will do weekly home sessions"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Review plan exported from the case system as text: action blocks with
#    labelled fields. Looked-after premature baby on NICU, parents moving to
#    another authority. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b95_ickenthorpe_rcpc_case_system_export_action_blocks_nicu_transfer_walsh.txt",
    "split": "tune",
    "actions": 10,
    "template": "rcpc-case-management-system-text-export-header-fields-progress-lived-experience-numbered-outcomes-then-action-blocks-with-indented-what-lead-timescale-outcome-measure-status-fields-contingency-core-group-and-review",
    "description": (
        "Review conference plan for a 12-week-old born at 27 weeks, still on the neonatal unit and "
        "accommodated under section 20 since his mother relapsed on heroin; the parents have been "
        "offered a flat in another authority. A case-system text export with each action as a "
        "block of labelled fields. Good blocks sit among poor ones: the parenting assessment is "
        "left to the receiving authority after transfer, family time is on hold until the move "
        "with no measure, the father's housing is 'Ongoing' with no measure, the foster placement "
        "has no lead and is 'TBC', and the mental health team only offers support. Nobody is set "
        "to visit the baby on the unit, and the contingency only discusses and considers."
    ),
    "text": """\
ICKENTHORPE CITY COUNCIL - CHILDREN'S SOCIAL CARE
Case record export  |  Form: CP PLAN (REVIEW)  |  Printed 22/08/2025 09:14
---------------------------------------------------------------------------------------------

CHILD PROTECTION PLAN - REVIEW CONFERENCE

Child ................ Noah WALSH   DOB 02/06/2025 (12 weeks; born at 27+3 weeks)
Person ID ............ 7741903
Legal status ......... Accommodated under section 20, Children Act 1989, since 18/07/2025
Current location ..... Neonatal Intensive Care Unit (Ward 21), Ickenthorpe General Hospital
Category ............. Neglect
Mother ............... Jade WALSH (23)
Father ............... Kyle MARSDEN (25)
Allocated SW ......... Tom Reyes, Looked After Children Team 1
Team manager ......... Samira Khan
IRO / chair .......... Linda Osei
Date of review ....... 21/08/2025
Decision ............. Noah to remain subject to a child protection plan (neglect)

PROGRESS SINCE THE INITIAL CONFERENCE (26/06/2025)
Noah is off the ventilator and on low-flow oxygen. He is 1.9kg and is learning to feed from a
bottle; the unit expects him to be ready for discharge in 3 to 5 weeks. On 17/07/2025 Jade came
onto the unit under the influence of heroin and fell asleep holding Noah; she agreed to him being
accommodated the next day. Jade has restarted her methadone script with IDAS and her last two
urine screens were clear of heroin. She says her mood has been very low. Jade and Kyle have been
offered a two-bedroom council flat in Haverleigh (Haverleigh County Council) from 01/10/2025 and
plan to move there. Jade and Kyle can visit Noah on the unit by arrangement with the nurse in
charge, with unit staff present.

NOAH'S LIVED EXPERIENCE
Nursing notes and the SW's observations on 08/08/2025 and 19/08/2025: Noah is calm and alert when
he is held skin to skin, and his oxygen levels are steadier when Kyle holds him. He startles and
cries at loud noises and at the monitor alarms, and settles best when he is swaddled and rocked.
Since 18/07/2025 his parents have come onto the unit four times, and on the other days no one from
his family has held him. His primary nurse says he is "a little fighter who loves a cuddle".

OUTCOMES FOR NOAH
1. Noah leaves the neonatal unit to a safe, drug-free home, with his oxygen and feeding needs met
   by carers trained to meet them.
2. Noah is held, fed and comforted by people who know him every day until he is discharged.
3. Noah has a settled plan for where he will live before he is discharged, so that he does not
   have to move again soon after.

ACTIONS
-------
ACTION 1
    What needs to happen ..... Liaise with the NICU discharge coordinator about Noah's discharge
                               planning and home oxygen needs
    Lead ..................... Tom Reyes, SW
    Timescale ................ By 05/09/2025
    Outcome measure .......... Discharge planning meeting held and minutes on Noah's file
    Status ................... In progress

ACTION 2
    What needs to happen ..... Parenting assessment of Jade and Kyle to be completed by Haverleigh
                               Children's Services after the case transfers
    Lead ..................... Haverleigh Children's Services
    Timescale ................ Following the transfer-in conference
    Outcome measure .......... Parenting assessment report
    Status ................... Not started

ACTION 3
    What needs to happen ..... Fortnightly urine screens with Jade, results shared with the SW
    Lead ..................... Rachel Kemp, keyworker, Ickenthorpe Drug and Alcohol Service (IDAS)
    Timescale ................ Every 2 weeks
    Outcome measure .......... Results emailed to the SW within 2 working days of each test
    Status ................... In progress

ACTION 4
    What needs to happen ..... Kyle to be supported to find housing and a GP in Haverleigh
    Lead ..................... Kyle Marsden
    Timescale ................ Ongoing
    Outcome measure .......... -
    Status ................... In progress

ACTION 5
    What needs to happen ..... Send the transfer-in request, chronology and current plan to
                               Haverleigh Children's Services
    Lead ..................... Tom Reyes, SW
    Timescale ................ By 29/08/2025
    Outcome measure .......... Haverleigh confirms receipt in writing and sets a transfer-in
                               conference date
    Status ................... Not started

ACTION 6
    What needs to happen ..... Review of Noah's family time with his parents on hold until the
                               family has moved to Haverleigh
    Lead ..................... Tom Reyes, SW
    Timescale ................ After the move
    Outcome measure .......... -
    Status ................... On hold

ACTION 7
    What needs to happen ..... Health visiting handover of Noah to the Haverleigh health visiting
                               team
    Lead ..................... Sue Lang, Health Visitor (Ickenthorpe)
    Timescale ................ Before discharge
    Outcome measure .......... Handover form sent and receipt confirmed by the Haverleigh HV team
    Status ................... Not started

ACTION 8
    What needs to happen ..... Identify a foster placement able to manage home oxygen for Noah's
                               discharge
    Lead ..................... -
    Timescale ................ TBC
    Outcome measure .......... Placement confirmed in writing by the Fostering Team
    Status ................... Not started

ACTION 9
    What needs to happen ..... Written update on Noah's weight, feeding, oxygen and likely
                               discharge date
    Lead ..................... Dr Helen Fielding, consultant neonatologist
    Timescale ................ After each Monday ward round
    Outcome measure .......... Update emailed to the SW and placed on Noah's file
    Status ................... In progress

ACTION 10
    What needs to happen ..... Support sessions for Jade with her low mood
    Lead ..................... Bev Tranter, care coordinator, Ickenthorpe Community Mental Health Team
    Timescale ................ Fortnightly from 01/09/2025
    Outcome measure .......... Appointment letters copied to the GP and the SW
    Status ................... Not started

CONTINGENCY
-----------
If there are further concerns about Jade's or Kyle's drug use, or they do not keep to the plan,
the SW will discuss this with the team manager and consider next steps, including whether legal
advice is needed.

CORE GROUP AND REVIEW
---------------------
Core group ........... Every 4 weeks, Ward 21 seminar room, 2pm: 11/09/2025 and 09/10/2025
Review conference .... 13/11/2025, 10am, Ickenthorpe Civic Centre (unless Haverleigh's
                       transfer-in conference has been held before then)

Distribution: Jade Walsh, Kyle Marsden, Ward 21 (NICU), IDAS, Ickenthorpe CMHT, HV, GP,
Haverleigh Children's Services (on transfer).
--- END OF EXPORT ---
""",
    "findings": [
        F("X001", "Parenting assessment of Jade and Kyle to be completed by Haverleigh"),
        F("T002", "Kyle to be supported to find housing and a GP"),
        F("M001", "Kyle to be supported to find housing and a GP"),
        F("X001", "Review of Noah's family time with his parents on hold"),
        F("M001", "Review of Noah's family time with his parents on hold"),
        F("W001", "Identify a foster placement able to manage home oxygen"),
        F("T002", "Identify a foster placement able to manage home oxygen"),
        F("H001", "Support sessions for Jade with her low mood"),
        F("L001"),
        F("C002"),
        F("R002"),
    ],
})
