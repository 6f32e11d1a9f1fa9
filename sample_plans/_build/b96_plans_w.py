"""Batch 96, module w: seven fictional plans (held-out material), places beginning with "w".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: good plans in voices a linter rarely sees. Five are exemplary and are
written in their own voice rather than a standard action table: a social
worker's letter to a mother setting out the plan (docx), a 15-year-old's plan
in her own words (md), a Signs of Safety plan for a premature baby whose
mother has bipolar disorder (pdf), a Scottish Child's Plan laid out by
wellbeing indicator after a Child Protection Planning Meeting (pdf) and a
family network plan from a family group conference (txt). Each still gives
every action a named owner, a real timescale and something that can be seen
or counted. The other two carry a realistic mix of good and poor rows: a
health-led discharge plan for a looked-after premature baby on a neonatal
unit (docx) and a core group record for two children whose case is moving to
another local authority (txt).
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. The plan as a letter to the mother after the ICPC. Domestic abuse and
#    maternal depression, two children. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b96_wimbrelow_letter_to_mother_pryce.docx",
    "doc_title": "Letter to Shannon Pryce - Tyler and Ruby's child protection plan",
    "split": "heldout",
    "template": "icpc-plan-written-as-a-letter-to-the-mother-right-aligned-council-address-bold-headings-why-children-said-what-we-want-then-numbered-what-will-happen-now-if-things-go-wrong-when-we-meet-sign-off",
    "description": (
        "Exemplary initial conference plan written by the social worker as a plain-words letter to "
        "the mother (domestic abuse by the younger child's father, maternal depression). The children's "
        "words, three outcomes for the children, eight numbered actions each naming who, when and how "
        "it will be known; the CMHT assesses and reports on capacity to change, the GP reviews "
        "medication linked to the children, a specific contingency with a refuge place and a legal "
        "planning meeting, core group dates and the review conference date."
    ),
    "actions": 8,
    "blocks": [
        ("pr", "Wimbrelow Borough Council"),
        ("pr", "Children's Services – Safeguarding Team North"),
        ("pr", "Civic Centre, Market Street, Wimbrelow WB1 2AA"),
        ("pr", "Telephone 01632 960418"),
        ("p", ""),
        ("pl", "Ms Shannon Pryce"),
        ("pl", "14 Larch Close"),
        ("pl", "Wimbrelow WB6 3LT"),
        ("p", ""),
        ("pr", "4 July 2025"),
        ("p", "Our reference: CP/WB/25/1187 – Tyler Pryce (9) and Ruby Mills (4)"),
        ("p", "Dear Shannon,"),
        ("p", "Thank you for coming to the initial child protection conference yesterday, 3 July 2025, and "
              "for staying when it got hard to listen to. I said I would write the plan down for you in "
              "plain words, so this letter is Tyler and Ruby's child protection plan. The conference "
              "agreed it, and everyone in the core group has a copy. If anything in it is wrong or "
              "unclear, please ring me and I will put it right."),
        ("boldp", "Why Tyler and Ruby have a plan"),
        ("p", "On 7 June 2025 Jordan Mills, Ruby's dad, pushed you against the kitchen door and hit you "
              "while Tyler and Ruby were in the house. Tyler rang 999. Jordan was arrested and is on bail "
              "with conditions not to come to Larch Close or contact you. You told the conference that "
              "this was not the first time. You also told us that your depression came back in the spring, "
              "that you stopped your tablets in April and that some mornings you cannot get out of bed. "
              "Ruby missed 11 nursery sessions in May, and Tyler told his teacher that he has to be \"the "
              "man of the house\" now. The conference decided that Tyler and Ruby need a child protection "
              "plan under the category of emotional abuse."),
        ("boldp", "What Tyler and Ruby have told us"),
        ("p", "I saw Tyler on his own at school on 26 June. He told me: \"When Jordan was shouting I put "
              "Ruby in my wardrobe with my tablet so she couldn't hear. I want Mum to be happy again and I "
              "don't want Jordan to come back.\" He put home at 3 on a scale where 10 is \"the best it could "
              "be\", and said 10 would be \"Mum up in the morning and no shouting\"."),
        ("p", "Ruby drew me a picture of her family at nursery on 30 June: you, Tyler, Ruby and a big bed. "
              "She said \"Mummy sleeps lots\" and \"I like nursery, I like the sand and my friend Isla\". At "
              "home she stayed close to you and kept bringing you her toys."),
        ("boldp", "What we all want for Tyler and Ruby"),
        ("bullets", [
            "Tyler and Ruby live at home without seeing or hearing adults hurt each other, and Jordan has "
            "no contact with them unless it has been agreed and is safe.",
            "Tyler and Ruby are up, fed and at school or nursery on time every day, because you are well "
            "enough to get them there.",
            "Tyler has a trusted adult at school he can tell when he is worried, and no longer feels he "
            "has to look after you and Ruby.",
        ]),
        ("boldp", "What will happen now"),
        ("numbers", [
            "I (Megan Hale, social worker) will visit you, Tyler and Ruby at home every two weeks from 10 "
            "July 2025, with at least one visit each month unannounced, and will see Tyler on his own each "
            "time; my visit records will show that both children were seen and what Tyler told me, and I "
            "will give you a copy.",
            "You will go to the Freedom Programme at Wimbrelow Women's Centre every Tuesday morning from 15 "
            "July to 30 September 2025 while Ruby is at nursery; the centre will send me the attendance "
            "register each month, and by the review conference you and I will write down together three "
            "things you have learned about how Jordan's behaviour affected Tyler and Ruby.",
            "Carla Jones, your independent domestic violence adviser (IDVA) at Wimbrelow Safe Space, will "
            "help you apply for a non-molestation order by 31 July 2025, and I will see and copy the sealed "
            "order for the children's file.",
            "Owen Bright, your community psychiatric nurse at Wimbrelow Community Mental Health Team, will "
            "see you every two weeks from 14 July 2025 and, by 29 August 2025, will write a report for the "
            "core group on how your depression affects your care of Tyler and Ruby, whether you are making "
            "the changes you need to make and how long they are likely to take.",
            "Dr Anita Rao, your GP at Larchfield Surgery, will review your antidepressant medication with "
            "you by 18 July 2025, so that you are well enough to get Tyler and Ruby up and out each "
            "morning, and will write to me to confirm what you agreed.",
            "Jo Fenwick, manager of Little Acorns Nursery, will email me Ruby's attendance every Friday from "
            "11 July 2025, noting any late arrival or missed session, and we will know this part of the plan "
            "is working when Ruby's attendance is 90% or higher by the review conference.",
            "Paul Adeyemi, designated safeguarding lead at Brookfield Primary, will arrange for Tyler to "
            "meet his learning mentor, Mrs Sue Clark, for a \"worry time\" session every Wednesday from 3 "
            "September 2025, and Tyler's worry scale score from each session will be sent to me before every "
            "core group meeting.",
            "PC Tracey Dunn of the Wimbrelow Police domestic abuse unit will ring me the same day if Jordan "
            "breaches his bail conditions or comes to Larch Close, and each call will be logged on the "
            "children's file with the date and what was done.",
        ]),
        ("boldp", "If things go wrong (our contingency plan)"),
        ("p", "If Jordan comes to the house, or phones or messages you or the children, ring 999 straight "
              "away. PC Dunn's team will attend, and I will hold a strategy discussion with the police and "
              "Tyler's school the same day. If Jordan cannot be kept away from the house, you and the "
              "children will move that night to the refuge place Carla has already set aside at Wimbrelow "
              "Safe Space."),
        ("p", "If Ruby misses two nursery sessions in a row without a reason, if Tyler arrives at school "
              "without breakfast on two days in one week, or if you tell Owen or me that you cannot get out "
              "of bed, I will visit that day and the family support worker from Wimbrelow Family Centre will "
              "take the children to school and nursery each morning until Owen has seen you."),
        ("p", "If either of these things happens more than once, or if by the review conference Ruby's "
              "attendance is still below 90% or Owen's report says the changes are not happening, my "
              "manager, Diane Walsh, and I will ask for a legal planning meeting with the council's "
              "solicitors to decide whether to start the Public Law Outline (PLO). I would tell you before "
              "that meeting, and you would be able to get free legal advice."),
        ("boldp", "When we will meet"),
        ("p", "The core group (you, me, Owen, Jo, Mr Adeyemi, Carla and Dr Rao or a letter from her) will "
              "meet every four weeks at Wimbrelow Family Centre at 10am: on 17 July, 14 August and 11 "
              "September 2025. The review child protection conference will be on Thursday 25 September 2025 "
              "at 10am at the Civic Centre. Tyler can come to part of it if he wants to, or he can tell me "
              "what he would like me to say for him."),
        ("p", "You can ring me on 01632 960418, Monday to Friday, 9am to 5pm. Out of hours, the Emergency "
              "Duty Team is on 01632 960999."),
        ("p", "Yours sincerely,"),
        ("p", ""),
        ("pl", "Megan Hale"),
        ("pl", "Social Worker, Safeguarding Team North"),
        ("pl", "Copy to: core group members and the conference chair, Mr Ian Strood"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. A 15-year-old's plan in her own words, father's alcohol misuse. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b96_wennacott_teen_own_words_donnelly.md",
    "split": "heldout",
    "template": "teenager-own-words-markdown-about-me-worries-going-ok-my-goals-then-bold-name-bullets-the-plan-if-things-go-wrong-when-we-meet-adults-notes-at-the-end",
    "description": (
        "Exemplary initial conference plan written by a 15-year-old girl in the first person with her "
        "social worker (father's alcohol dependency, neglect). Her goals are the outcomes; seven plan "
        "bullets each name the person in bold, a date or frequency and how she will know; the recovery "
        "service reports on the father's drinking; the aunt's support has a fallback to emergency foster "
        "care; two positive breath tests lead to a legal planning meeting; core group and review dates."
    ),
    "actions": 7,
    "text": """\
# My child protection plan – Leah Donnelly

*Written by me (Leah, 15) with Sam, my social worker, after my conference on 5 August 2025.
Wennacott City Council, Children's Social Care. Sam typed it up but the words are mine.*

## About me

I'm Leah. I'm 15 and I'm going into Year 11 at Wennacott Academy. I live with my dad, Martin,
in the flat on Cooper Street. My mum died in 2021. I like drawing, netball and my cat, Biscuit.
My best friend is Aaliyah.

## What I'm worried about

- Dad drinks most nights since Mum died. When he's really drunk he falls asleep on the floor
  and I have to check he's breathing. Twice this year I've had to ring an ambulance.
- I don't sleep properly because I'm listening out for him. Then I'm late for school or I
  don't go, and I got put on report.
- There's sometimes no food in and I use my dinner money to buy bread and milk.
- I get panic attacks, mostly at night.
- I don't want to get Dad in trouble. I love him. I just want him to be like he was.

On a scale of 0 to 10 (10 = everything is fine at home) I'd say home is a 3 right now.
It was a 6 at Easter.

## What's going OK

- Dad has started going to the Recovery Service and he went to all his appointments in July.
- Aunty Bernie (Dad's sister) lives ten minutes away and I can always go there.
- My netball coach and Mrs Akhtar at school are nice to me.
- I'm still in the top set for art and English.

## What I want to be different (my goals)

1. I feel safe at home at night and I don't have to look after Dad when he's been drinking.
2. I'm at school every day and I get my GCSEs next summer.
3. I've got people I can talk to who get what it's like, and my panic attacks get less.

## The plan: who's doing what, when, and how we'll know

- **Sam Patel (my social worker)** is going to see me on my own every two weeks from
  14 August 2025, at school or at the Brewhouse Café, and afterwards we'll read her notes of
  what I said together so I know she's written it down right.
- **Dad** is going to stop drinking at home from 7 August 2025 and do a breath test with Gail
  every Monday, so I don't have to look after him at night, and Gail will send the results to
  Sam every week.
- **Gail Hughes from Wennacott Recovery Service** is going to see Dad every week and, by
  19 September 2025, write to Sam saying how much Dad has been drinking, what the breath tests
  show and whether she thinks he can stay off it for good.
- **Mrs Akhtar (my head of year and the school's DSL)** is going to meet me for ten minutes every
  Monday before registration from 8 September 2025 and send Sam my attendance every Friday; it's
  working if my attendance is 95% or more by October half-term.
- **Jenna Cole from Wennacott Young Carers** is going to get me a place in the Thursday group from
  4 September 2025, and I'll know it's happened when I've been to at least four sessions by my
  review, because Jenna will send Sam the register.
- **Aunty Bernie (Bernadette Donnelly)** is going to have me for tea every Wednesday from
  13 August 2025, and if I text her after 9pm because Dad's been drinking she'll come and get me
  within half an hour; Sam will ask me at every visit how many times I've needed her and write
  it down.
- **Dr Kaur (my GP at Canal Street Surgery)** is going to see me about my sleep and panic attacks
  by 29 August 2025, and I'll know it's happened because I'll have a written plan for my sleep from
  her, with a copy sent to Sam.

## If things go wrong

- If Dad drinks at home when I'm there, or I find him drunk or passed out, I'll text Aunty Bernie
  and go to hers for the night, and Sam will visit Dad the next day. If he won't wake up I ring 999
  first.
- If Aunty Bernie can't have me or doesn't answer within half an hour, I'll ring the Emergency
  Duty Team on 01632 960777 and they'll find me a foster carer for that night.
- If Dad has two positive breath tests in a row, or I've had to leave more than twice before my
  review, Sam's manager (Mark Ellis) will ask for a legal planning meeting to decide whether I need
  to be looked after and whether the court needs to be involved (the Public Law Outline). Sam has
  promised she'll tell me first.

## When we meet

- My core group (me, Dad, Sam, Gail, Mrs Akhtar, Jenna and Aunty Bernie) meets every four weeks
  at Wennacott Family Hub, at 4pm so I don't miss lessons. The first one is on 21 August 2025,
  then 18 September and 16 October.
- My review conference is on 30 October 2025 at Wennacott Civic Centre. I'm going to go to the
  first half and Sam will read out what I want to say.

## What the adults have added

- Initial child protection conference: 5 August 2025, chaired by Helen Marsh. Category: neglect.
- Martin Donnelly (47) has alcohol dependency and is a client of Wennacott Recovery Service. Two
  ambulance call-outs to the flat this year (February and June) for intoxication.
- Leah's school attendance for 2024/25 was 86%. She has been a young carer in practice since 2021
  but had not been identified as one before this referral.
- Social worker: Sam Patel, Wennacott Children's Social Care, 01632 960640.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Signs of Safety plan for a premature baby and her brother; mother has
#    bipolar disorder; network does the nights. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b96_wimbersett_sos_perinatal_network_hussain.pdf",
    "doc_title": "Signs of Safety Child Protection Plan - Amara and Zain",
    "split": "heldout",
    "template": "signs-of-safety-pdf-danger-statement-safety-goal-child-outcomes-worried-working-well-grid-scaling-table-childrens-voices-network-then-safety-step-who-when-how-everyone-will-know-table-contingency-network-breakdown",
    "description": (
        "Exemplary Signs of Safety initial conference plan for a baby born at 32 weeks and her 6-year-old "
        "brother; the mother has bipolar disorder and relapsed in March. Danger statement, safety goal "
        "and child outcomes, a worries / working well grid, scaling, Zain's three houses and Amara's "
        "observed day, then a nine-row safety step table: grandmother and aunt carry nights and "
        "afternoons, the perinatal psychiatrist and CPN both give a view on change, HV weighs weekly. "
        "The contingency covers relapse signs, the network being unable to cover (foster carer that "
        "night) and a legal planning meeting; core group every three weeks and review date."
    ),
    "actions": 9,
    "header": "OFFICIAL-SENSITIVE | Wimbersett City Council | Children and Young People's Services",
    "footer": "Signs of Safety child protection plan – Amara and Zain – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Signs of Safety Child Protection Plan"),
        ("kv", [
            ("Children", "Amara Hussain-Cole, born 21/05/2025 at 32 weeks (8 weeks old, 0 weeks corrected "
                         "at the time of writing); Zain Hussain-Cole, DOB 02/03/2019 (6)"),
            ("Parents", "Nadia Hussain (29) and Ryan Cole (31), living together at 8 Orchard Rise, "
                        "Wimbersett WM4 6DQ"),
            ("Safety network", "Shahnaz Hussain (maternal grandmother, \"Nani\"); Sana Hussain (maternal "
                               "aunt); Ryan's employer has agreed carer's leave"),
            ("Initial child protection conference", "15 July 2025 (category: neglect, both children)"),
            ("Social worker", "Kemi Adebayo, Wimbersett Children's Assessment and Safeguarding Team"),
            ("Team manager", "Rosalind Pike"),
        ]),
        ("h1", "Danger statement"),
        ("p", "Children's services, the health visitor and the perinatal team are worried that if Nadia "
              "becomes unwell with her bipolar disorder again, as she did in March when she stopped "
              "sleeping, stopped her lithium and left Zain alone in the house at night to walk to the "
              "shops, she may not be able to feed Amara every three hours or keep her warm. Amara was "
              "born early and is small; if she is not fed she could lose weight quickly and become "
              "seriously ill, and Zain could again be left alone or frightened by Mummy's behaviour."),
        ("h1", "Safety goal"),
        ("p", "Everyone in the network and the core group will be confident that Amara is fed on time day "
              "and night, that Zain is never left alone, and that whenever Nadia's mood begins to change "
              "there is always another safe adult caring for both children, for at least six months "
              "without the social worker having to step in."),
        ("h2", "What we want for Amara and Zain"),
        ("bullets", [
            "Amara is fed at least every three hours, gains weight and stays on or above the 9th centile "
            "on her preterm growth chart.",
            "Zain is never left on his own at home and can say who he tells if Mummy seems poorly.",
            "Both children are always cared for by a well, awake adult, including at night and whenever "
            "Nadia's early warning signs appear.",
        ]),
        ("h1", "What are we worried about? What is working well?"),
        ("table", {
            "header": ["What are we worried about?", "What is working well?"],
            "widths": [8.5, 8.5],
            "rows": [
                ["In March 2025, when Nadia was 23 weeks pregnant, she stopped her lithium, did not sleep "
                 "for four nights and left Zain (then 5) alone at 2am. She was admitted to Linden Ward "
                 "(perinatal inpatient care) for two weeks.",
                 "Nadia recognises her illness and went back on her lithium in April. She can name her "
                 "early warning signs and has written a relapse signature with Tom Rees."],
                ["Amara was born at 32 weeks, weighed 1.71 kg and needs feeding every three hours. On the "
                 "neonatal unit she tired quickly on the bottle.",
                 "Amara has gained weight every week since discharge on 26 June and is on the 9th centile. "
                 "Nadia and Ryan both learned her cares on the neonatal unit."],
                ["Ryan works nights at a warehouse, so Nadia has been alone with both children overnight.",
                 "Ryan has moved to day shifts from 18 July. Shahnaz and Sana live five minutes away and "
                 "have both offered to help every week."],
                ["Zain has missed school on days when Nadia could not get up.",
                 "Zain loves school and his teacher, Miss Okafor, knows him well."],
            ],
        }),
        ("h1", "Scaling"),
        ("p", "0 means Amara and Zain are certain to be harmed if nothing changes; 10 means everyone is "
              "confident there is enough safety for the plan to end."),
        ("table", {
            "header": ["Person", "Score", "Why"],
            "widths": [4.0, 1.6, 11.4],
            "rows": [
                ["Nadia", "8", "\"I'm on my tablets and I know my signs. I just need sleep.\""],
                ["Ryan", "7", "\"Day shifts will make the biggest difference.\""],
                ["Shahnaz (Nani)", "7", "\"We are all here now. In March nobody knew.\""],
                ["Lorna Baird, HV", "6", "Amara is feeding and growing, but the nights are the risk."],
                ["Kemi Adebayo, SW", "5", "The network is strong but has not yet been tested by a dip in "
                                          "Nadia's mood."],
            ],
        }),
        ("h1", "Amara's and Zain's voices"),
        ("p", "Zain did a three houses drawing with Kemi at school on 10 July 2025. In his house of good "
              "things he drew Nani's cooking, his baby sister \"because she holds my finger\" and football "
              "with Daddy. In his house of worries he drew the night Mummy went out: \"I woke up and nobody "
              "was there and it was dark. I hid under the duvet.\" In his house of dreams he drew everyone "
              "at the seaside and said, \"Mummy doesn't go poorly again.\""),
        ("p", "Amara cannot tell us in words. On visits on 8 and 11 July she fed well from Nadia, about "
              "60 ml every three hours, settled against Nadia's chest and followed Zain's voice with her "
              "eyes. When Nadia was very tired on 11 July, Amara was passed to Shahnaz and settled within a "
              "few minutes."),
        ("h1", "What needs to happen next (action plan)"),
        ("table", {
            "header": ["No.", "Safety step", "Who", "When", "How everyone will know it is happening"],
            "widths": [1.0, 5.0, 3.6, 3.0, 4.4],
            "rows": [
                ["1", "Stay overnight and do Amara's night feeds so that Nadia sleeps at least six hours",
                 "Shahnaz Hussain (Nani)", "Sunday to Thursday nights from 16 July 2025",
                 "Night feeds written on the feeding chart; HV checks the chart weekly; Nadia's sleep diary "
                 "shows six hours or more"],
                ["2", "Do Amara's night feeds on Friday and Saturday nights and be at home every evening "
                      "from 6pm",
                 "Ryan Cole (father)", "From 18 July 2025, every Friday and Saturday night",
                 "Feed chart entries in Ryan's writing; Ryan's shift rota sent to Kemi each month"],
                ["3", "Care for Amara and Zain every weekday afternoon from 1pm to 3pm while Nadia rests, "
                      "and sign the network log book",
                 "Sana Hussain (maternal aunt)", "Weekdays from 16 July 2025",
                 "Log book signed each day; Kemi reads it at every visit"],
                ["4", "Take lithium every evening at 8pm with the adult at home watching, and keep all "
                      "tablets in the locked box out of Zain's reach",
                 "Nadia Hussain (mother)", "Every evening at 8pm",
                 "Medication chart ticked each night; lithium blood level taken monthly and in range"],
                ["5", "Review Nadia and give the core group a written view on whether her relapse plan is "
                      "working and how long Amara will need another adult with her at night",
                 "Dr Helen Mace, consultant perinatal psychiatrist, Wimbersett Perinatal Mental Health "
                 "Service", "Every 2 weeks; written view by 5 September 2025",
                 "Report received by Kemi and shared at the 11 September core group"],
                ["6", "Home visit to go through Nadia's early warning signs with her and Ryan, and tell the "
                      "core group whether Nadia is spotting and acting on the signs herself",
                 "Tom Rees, perinatal community psychiatric nurse", "Weekly; written update before each core "
                                                                    "group",
                 "Early warning signs checklist completed at each visit; written update shows what Nadia "
                 "did about any sign"],
                ["7", "Weigh Amara at home, plot her weight on the preterm growth chart and check the "
                      "feeding chart",
                 "Lorna Baird, health visitor", "Every Tuesday until 3 months corrected age",
                 "Amara's weight stays on or above the 9th centile; weights in the red book"],
                ["8", "Visit the family at home, one visit each month unannounced; see Amara awake and "
                      "being fed and see Zain on his own",
                 "Kemi Adebayo, social worker", "Every 2 weeks from 17 July 2025",
                 "Visit records show both children seen, Zain seen alone and the log book read"],
                ["9", "Write a words and pictures story with Nadia and Ryan about Mummy's illness and the "
                      "safety plan, and read it with Zain",
                 "Kemi Adebayo, with Nadia and Ryan", "By 22 August 2025",
                 "Zain can tell Kemi or Miss Okafor, in his own words, who he tells when Mummy is poorly"],
            ],
        }),
        ("h1", "If the safety plan does not hold (contingency)"),
        ("p", "Early warning signs. If Nadia sleeps less than four hours on two nights in a row, or Nadia, "
              "Ryan or Shahnaz see two or more of her early warning signs (talking very fast, spending money, "
              "not eating, saying she does not need her tablets), Ryan will ring the Perinatal Crisis Line the "
              "same day. Nadia will not be left alone with Amara or Zain until Dr Mace or the crisis team has "
              "seen her, and Ryan will tell Kemi by 5pm that day."),
        ("p", "If the network cannot do its part. If Shahnaz or Sana cannot do a night or an afternoon "
              "(illness, travel, their own work), they will tell Ryan and Kemi by noon that day. Ryan will "
              "take carer's leave, and if neither Ryan nor another network member approved by Kemi can be "
              "with the children, Amara and Zain will be cared for by an emergency foster carer that night, "
              "arranged by Kemi or the Emergency Duty Team (01632 960555)."),
        ("p", "Legal planning. If Nadia becomes unwell and the network cannot keep the children safe, if "
              "Amara's weight falls below the 2nd centile, or if by the review conference Dr Mace's report "
              "says Nadia still needs another adult with Amara at all times, Rosalind Pike will request a "
              "legal planning meeting within two working days to decide whether to start the Public Law "
              "Outline."),
        ("h1", "Core group and review"),
        ("p", "The core group (Nadia, Ryan, Shahnaz, Sana, Kemi, Lorna, Tom, Miss Okafor and Dr Mace by "
              "report) meets every three weeks on Thursdays at 11am at 8 Orchard Rise, first on 24 July "
              "2025. The review child protection conference is on 9 October 2025 at 1.30pm, Wimbersett "
              "Council House."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Scottish Child's Plan after a Child Protection Planning Meeting, laid out
#    by wellbeing indicator. Mother on methadone using street benzodiazepines.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b96_wardlemuir_childs_plan_shanarri_macphail.pdf",
    "doc_title": "Child's Plan (child protection) - Ellie-Rose MacPhail",
    "split": "heldout",
    "template": "scottish-girfec-childs-plan-pdf-about-the-child-grid-numbered-sections-childs-words-worries-going-well-outcomes-by-wellbeing-indicator-then-indicator-banner-rows-across-what-who-when-how-we-will-know-table-contingency-ird-cpo-core-group-review-cppm",
    "description": (
        "Exemplary Scottish Child's Plan for a 7-year-old on the child protection register after an "
        "initial Child Protection Planning Meeting (mother on methadone and using street "
        "benzodiazepines). GIRFEC wording: named person, lead professional, wellbeing indicators, IRD, "
        "Child Protection Order, Children's Reporter. Her own words, outcomes by indicator, an "
        "eight-row table under SAFE / HEALTHY / ACHIEVING / NURTURED / RESPECTED banners; the drug "
        "recovery service reports test results at each core group; gran's after-school care has a "
        "fallback; a legal planning meeting with Legal Services follows set triggers; core group every "
        "four weeks and the review CPPM date."
    ),
    "actions": 8,
    "header": "OFFICIAL – SENSITIVE | Wardlemuir Council Social Work Services | Child's Plan",
    "footer": "Ellie-Rose MacPhail – Child's Plan (child protection) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child's Plan – Child Protection"),
        ("p", "Getting it right for every child (GIRFEC). This plan was agreed at the initial Child "
              "Protection Planning Meeting (CPPM) on 30 June 2025. Ellie-Rose's name has been placed on the "
              "Wardlemuir Child Protection Register. Area of concern: parental substance use; neglect."),
        ("table", {
            "header": ["About Ellie-Rose", H],
            "widths": [5.0, 12.0],
            "bold_first_col": True,
            "rows": [
                ["Name and date of birth", "Ellie-Rose MacPhail, 11/02/2018 (7)"],
                ["Address", "2/1, 41 Burnside Terrace, Wardlemuir WL3 8PJ"],
                ["Lives with", "Lisa MacPhail (mum, 31)"],
                ["Dad", "Steven Kerr, lives in Dunkellan; sees Ellie-Rose one Saturday a month at his mum's"],
                ["Gran", "Morag MacPhail (Lisa's mum), lives in Wardlemuir, three streets away"],
                ["Named person", "Mrs Anne Gillespie, head teacher, Wardlemuir Primary School"],
                ["Lead professional", "Fiona Drummond, social worker, Wardlemuir Children and Families "
                                      "Social Work"],
                ["School nurse", "Karen Lennox, NHS Wardlemuir"],
                ["CPPM chair", "Alan Imrie, Child Protection Reviewing Officer"],
            ],
        }),
        ("h1", "1. What Ellie-Rose says"),
        ("p", "Fiona met Ellie-Rose at school on 25 June 2025 and they made a \"My World\" drawing together. "
              "Ellie-Rose said: \"Mum sleeps on the couch in the day and sometimes I can't wake her up. I "
              "make my own cereal. When I couldn't wake her I went to Gran's in my jammies.\" She said the "
              "best things are \"Gran's mince and tatties\" and \"when Mum does my hair for school\". Asked "
              "what she would change, she said: \"I want Mum to not be sleepy, and Gran to come to sports "
              "day.\" She wants to keep living with her mum and to see Gran every day."),
        ("h1", "2. What we are worried about"),
        ("bullets", [
            "Lisa is prescribed methadone by the Wardlemuir Alcohol and Drug Recovery Service (ADRS). Since "
            "March she has also been using street benzodiazepines (\"street Valium\").",
            "On 12 June 2025 Lisa could not be woken at 9pm; Ellie-Rose walked alone to her gran's house. "
            "Police found tablets and a methadone bottle on the living room table within Ellie-Rose's reach.",
            "Ellie-Rose's attendance this session is 84%, with 31 late marks. She often arrives without "
            "breakfast. She has two decayed teeth and no dentist.",
        ]),
        ("h1", "3. What is going well"),
        ("bullets", [
            "Lisa loves Ellie-Rose and they are close. Lisa has collected her methadone every day since "
            "January and agreed to everything asked of her at the CPPM.",
            "Gran Morag is close by, does not drink or use drugs and already looks after Ellie-Rose often.",
            "Ellie-Rose is a good reader and has friends in her class.",
        ]),
        ("h1", "4. What we want for Ellie-Rose (outcomes)"),
        ("bullets", [
            "Safe: Ellie-Rose is cared for every day by an adult who is awake, sober and able to look after "
            "her, and no drugs or tablets are ever within her reach.",
            "Healthy: Ellie-Rose's decayed teeth are treated and she is registered with a dentist.",
            "Achieving: Ellie-Rose is at school every day, on time, with attendance of 95% or more.",
            "Nurtured: Ellie-Rose has breakfast every morning and a settled bedtime, and knows who to go to "
            "if she cannot wake her mum.",
            "Respected: Ellie-Rose's views are heard at every meeting about her.",
        ]),
        ("h1", "5. The plan – what needs to happen"),
        ("table", {
            "header": ["What needs to happen", "Who", "By when / how often",
                       "How we will know it is making a difference"],
            "widths": [6.0, 3.6, 3.2, 4.2],
            "rows": [
                ["SAFE", H, H, H],
                ["Visit Ellie-Rose at home, at least one visit in four unannounced, see her on her own and "
                 "check where medication is kept",
                 "Fiona Drummond, lead professional", "Weekly from 3 July 2025",
                 "Visit records show Ellie-Rose seen alone each week and no tablets or drugs found within "
                 "her reach"],
                ["Keep methadone and all other medicines in the locked box provided by ADRS, with the key "
                 "on Lisa's keyring",
                 "Lisa MacPhail (mum)", "Every day from 1 July 2025",
                 "Locked box seen closed at every visit by Fiona and Gordon; no loose tablets found"],
                ["HEALTHY", H, H, H],
                ["Supervised methadone dispensing, drug tests, and a written report to each core group on "
                 "Lisa's test results and whether she is reducing her use of street benzodiazepines",
                 "Gordon Baird, keyworker, Wardlemuir Alcohol and Drug Recovery Service",
                 "Daily dispensing; tests every 2 weeks; report before each core group",
                 "Test results in writing; tests free of benzodiazepines from the end of August 2025"],
                ["Register Ellie-Rose with a dentist and arrange treatment for her two decayed teeth, going "
                 "with Lisa and Ellie-Rose to the first appointment",
                 "Karen Lennox, school nurse", "First appointment by 29 August 2025",
                 "Dental practice confirms registration, attendance and the treatment plan in writing"],
                ["ACHIEVING", H, H, H],
                ["Record Ellie-Rose's attendance and lateness every day, give her a breakfast club place and "
                 "phone the lead professional by 10am if she has not arrived",
                 "Mrs Anne Gillespie, named person", "Daily from 18 August 2025 (start of term)",
                 "Attendance figure emailed to Fiona every Friday; 95% or more by the review CPPM"],
                ["NURTURED", H, H, H],
                ["Collect Ellie-Rose from school and give her tea at Gran's house until Lisa collects her "
                 "at 6pm",
                 "Morag MacPhail (gran)", "Every school day from 18 August 2025",
                 "School sign-out sheet shows Gran collecting; Gran's daily diary seen by Fiona weekly"],
                ["Home sessions with Lisa on Ellie-Rose's evening and morning routine: tea, bath, bed by "
                 "8pm and breakfast before school",
                 "Jamie Rennie, family support worker, Wardlemuir Families Together",
                 "Every Tuesday evening from 8 July 2025, 12 sessions",
                 "Ellie-Rose's sleep and breakfast chart shows bed by 8pm and breakfast on at least 5 days "
                 "out of 7"],
                ["RESPECTED", H, H, H],
                ["Gather Ellie-Rose's views with her, using her My World drawings, and bring them to every "
                 "core group and to the review CPPM",
                 "Fiona Drummond, lead professional", "Before each core group meeting",
                 "Ellie-Rose's own words and drawings are in the core group minutes each time"],
            ],
        }),
        ("h1", "6. If things go wrong (contingency plan)"),
        ("bullets", [
            "If Lisa is found under the influence of drugs or alcohol while caring for Ellie-Rose, or "
            "Ellie-Rose says she could not wake her mum, Ellie-Rose will go to Gran's that same day and "
            "Fiona will hold an Inter-agency Referral Discussion (IRD) with police and health the same day.",
            "If Gran cannot have Ellie-Rose, the Social Work Standby Service (out of hours, 01632 960888) "
            "will place her with foster carers that night, and the council will apply to the sheriff for a "
            "Child Protection Order if Lisa does not agree.",
            "If two drug tests in a row show street benzodiazepines, or if at the review CPPM attendance is "
            "below 90% or Gordon reports no reduction, Fiona's team leader, Gail Soutar, will request a "
            "legal planning meeting with Wardlemuir Council Legal Services within five working days to "
            "decide on a referral to the Children's Reporter for a Compulsory Supervision Order.",
        ]),
        ("h1", "7. Core group and review"),
        ("p", "The core group (Lisa, Gran, Fiona, Gordon, Mrs Gillespie, Karen and Jamie) meets every four "
              "weeks at Wardlemuir Primary School, first on 14 July 2025, then 11 August and 8 September. "
              "Review Child Protection Planning Meeting (review case conference): 22 September 2025 at 2pm, "
              "Wardlemuir Council Headquarters. Ellie-Rose will be asked before each meeting how she wants "
              "her views given."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Family network plan from a family group conference, adopted as the CP
#    plan. Mother's cocaine and alcohol use at weekends. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b96_wickstowe_family_network_plan_brennan.txt",
    "split": "heldout",
    "template": "family-group-conference-network-plan-plain-text-upper-case-headings-family-voice-why-we-are-here-boys-said-what-we-want-then-numbered-our-plan-who-will-do-what-contingency-network-cover-check-signed",
    "description": (
        "Exemplary family network plan written at a family group conference and adopted by the core "
        "group as the child protection plan (mother's weekend cocaine and alcohol use; the boys left "
        "alone at night). In the family's own voice: the boys' words, outcomes for them, nine numbered "
        "promises each naming who, when and how it will be seen; grandparents and aunt carry three "
        "actions and the contingency says who covers and when foster care follows; the recovery hub "
        "reports on tests; a legal planning meeting follows set triggers; core group and review dates."
    ),
    "actions": 9,
    "text": """\
WICKSTOWE COUNCIL - CHILDREN AND FAMILIES SERVICE
FAMILY NETWORK PLAN - MASON AND KAI BRENNAN

Made by the family at the family group conference on 12 August 2025 (coordinator: Leanne Fox,
Wickstowe FGC Service). Agreed by the core group on 14 August 2025 as Mason and Kai's child
protection plan. Initial child protection conference: 24 July 2025, category neglect.

Children: Mason Brennan (7), Kai Brennan (3), 19 Holly Walk, Wickstowe WK2 5RE
Mum: Kerry Brennan (28)
Family network: Denise Brennan (Nana, Kerry's mum), Tony Brennan (Grandad, Kerry's dad),
Shelley Brennan (Aunty Shelley, Kerry's sister)
Social worker: Hannah Osei, Wickstowe Children and Families Service, 01632 960321


WHY WE ARE HERE
---------------
We know why we are here. Kerry has been using cocaine and drinking at weekends since last year.
Twice in June the boys were left on their own at night while Kerry was out, and on 29 June a
neighbour found Kai in the street at 6am in his pyjamas. Kerry is ashamed of that and wants it
never to happen again. The family did not know how bad things had got because Kerry kept it from
us. Now we know, and we want to help.


WHAT MASON AND KAI HAVE SAID
---------------------------
Mason told Hannah at school (31 July 2025): "I don't like it when Mum goes out and comes back
funny. I had to make Kai's breakfast. I like it at Nana's because we have pancakes." He said he
wants to stay with Mum "but with Nana coming round lots".

Kai is 3 and says short sentences. At the FGC he sat on Grandad Tony's knee most of the morning,
ran to Kerry when he fell over and asked her for "cuddle". At nursery he has started hiding under
the table at home time.


WHAT WE WANT FOR MASON AND KAI
-----------------------------
- Mason and Kai are never left on their own, day or night.
- Mason and Kai are looked after by a sober adult every weekend, every night and every morning.
- Mason doesn't have to look after Kai, and both boys get to school and nursery on time, fed and
  dressed.
- Mason and Kai know who in the family to go to if something feels wrong at home.


OUR PLAN - WHO WILL DO WHAT
---------------------------
1. Kerry will not use cocaine or drink alcohol while she is caring for Mason and Kai, and will give
   a mouth swab test at Wickstowe Recovery Hub every Monday from 18 August 2025 and a hair strand
   test on 1 September 2025, with all results sent to Hannah each week.

2. Dev Mistry, Kerry's keyworker at Wickstowe Recovery Hub, will see Kerry every week from
   18 August 2025 and, by 26 September 2025, will write to Hannah and the family about Kerry's test
   results and whether she is able to stay off cocaine and alcohol.

3. Nana Denise will have Mason and Kai every Friday night until Saturday teatime from 15 August
   2025, so Kerry is never on her own with the boys on a Friday night, and will text Hannah each
   Saturday evening to say the boys are home and how they were.

4. Grandad Tony will call in at Holly Walk at 8am every weekday from 18 August 2025 to check the
   boys are up, dressed and have had breakfast, and will tick the family diary that Hannah reads
   at each visit.

5. Aunty Shelley will ring Kerry every Sunday by 10am from 17 August 2025 and, if Kerry does not
   answer or sounds unwell, will go straight to the house, writing each call and visit in the
   family diary.

6. Hannah Osei (social worker) will visit every two weeks from 20 August 2025, with one visit each
   month unannounced, and will see Mason on his own, with her visit record saying what Mason said
   and what was in the family diary.

7. Pam Grady, manager of Little Owls Nursery, will ring Hannah by 10am on any day Kai has not
   arrived from 1 September 2025 and will send Hannah the register each month, and we will know
   it is working when Kai's attendance is 90% or more by the review conference.

8. Mr Conor Quinn, designated safeguarding lead at St Bede's Primary, will see Mason for a check-in
   every Monday from 8 September 2025 and send Hannah Mason's "how was my weekend" scale each week.

9. Rachel Adey, family support worker at Wickstowe Family Hub, will do six sessions with Kerry on
   Wednesdays from 20 August 2025 on a safe weekend routine, and Hannah will see the finished
   written routine on the fridge by 1 October 2025.


IF THE PLAN STARTS TO SLIP (CONTINGENCY)
----------------------------------------
- If Kerry uses cocaine or drinks while she has the boys, or leaves them on their own even for a
  few minutes, whoever finds out will ring Hannah (or the Emergency Duty Team on 01632 960222 out
  of hours) the same day. The boys will go to Nana Denise's and stay there until Hannah has held a
  strategy discussion.
- If Denise, Tony or Shelley cannot do their part (illness, holidays, work), they will tell Hannah
  the day before. Tony will cover Denise's Friday night and Denise will cover Tony's mornings. If no
  one in the network can cover, Hannah will arrange for the boys to stay with an approved emergency
  foster carer that night rather than Kerry being alone with them.
- If Kerry has a positive test for cocaine, if the network cannot keep to the plan for two weeks
  running, or if at the review conference Dev's report shows Kerry is still using, Hannah's team
  manager, Simon Pratt, will ask for a legal planning meeting within five working days to decide
  whether to start the Public Law Outline (PLO). Kerry knows this and agreed it at the FGC.


HOW WE WILL CHECK THE PLAN IS WORKING
-------------------------------------
Core group (Kerry, Denise, Tony, Shelley, Hannah, Dev, Pam, Mr Quinn and Rachel): every four weeks
at Wickstowe Family Hub, first on 28 August 2025, then 25 September 2025.
Review child protection conference: 23 October 2025, 2pm, Wickstowe Town Hall.
The family will also meet on its own the week before each core group to see how the plan is going.


SIGNED
------
Kerry Brennan, Denise Brennan, Tony Brennan, Shelley Brennan - 12 August 2025
Hannah Osei, social worker - 14 August 2025
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Health-led discharge and child protection plan for a looked-after
#    premature baby still on the neonatal unit; mother's depression and
#    drinking. Mix of good and poor rows (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b96_wolvenden_neonatal_lac_discharge_okonjo.docx",
    "doc_title": "Neonatal discharge planning and child protection plan - Baby Tobi Okonjo",
    "split": "heldout",
    "template": "health-led-neonatal-discharge-planning-and-cp-plan-docx-details-grid-background-babys-day-on-the-unit-outcomes-then-need-action-lead-target-evidence-table-contingency-meetings",
    "description": (
        "Initial conference plan, written up by the hospital's named nurse, for a baby born at 29 weeks "
        "who is accommodated under section 20 and still on the neonatal unit (mother's depression and "
        "drinking). Good growth, discharge, placement and police rows, but nobody is set to visit Tobi "
        "at a stated frequency, the mother's visits are 'as often as she can', the perinatal team only "
        "supports, the alcohol service row is 'Ongoing' with 'Engagement', the residential parenting "
        "assessment has no output, an 'All professionals' row, an unowned health assessment row and an "
        "outcome about the mother."
    ),
    "actions": 9,
    "blocks": [
        ("title", "Neonatal Discharge Planning and Child Protection Plan"),
        ("p", "Wolvenden Royal Infirmary NHS Trust, Neonatal Intensive Care Unit (Ward 31) with Wolvenden "
              "Borough Council Children's Services. Plan agreed at the initial child protection conference "
              "held on the unit on 3 July 2025 and written up by the Named Nurse for Safeguarding."),
        ("table", {
            "header": ["Details", H, H, H],
            "widths": [3.4, 5.1, 3.4, 5.1],
            "bold_first_col": True,
            "rows": [
                ["Baby", "Tobi Okonjo, born 2 June 2025 at 29+3 weeks, 1.18 kg", "Current location",
                 "NICU Ward 31, Wolvenden Royal Infirmary (nursery 2)"],
                ["Legal status", "Accommodated under section 20 since 20 June 2025 (mother's agreement)",
                 "Category", "Neglect"],
                ["Mother", "Chidinma Okonjo (24), 7 Tannery Court, Wolvenden WV2 9HL", "Father",
                 "Not named; no contact"],
                ["Social worker", "Ama Boateng, Children in Care Team", "Named nurse",
                 "Helen Cartwright, Named Nurse for Safeguarding"],
                ["Consultant", "Dr Samuel Achterberg, consultant neonatologist", "Conference chair",
                 "Keith Lomas, IRO"],
            ],
        }),
        ("h1", "Background"),
        ("p", "Tobi was born by emergency caesarean section at 29 weeks after Chidinma was found by a "
              "neighbour collapsed and bleeding at home. Her blood alcohol level on admission was high. "
              "Chidinma has had depression since her teens and stopped her antidepressants when she "
              "found out she was pregnant. In Tobi's first three weeks she visited the unit four times, "
              "twice smelling of alcohol, and on 18 June she was asked to leave after shouting at staff. "
              "She agreed on 20 June that Tobi should be accommodated under section 20 while she gets "
              "help, and she wants to care for him herself."),
        ("h1", "Tobi's day on the unit"),
        ("p", "Tobi is now 33 weeks corrected. He is in an open cot, has tube feeds of expressed and donor "
              "milk every three hours and is starting to try the bottle. Nurses describe him as a calm baby "
              "who startles at loud noises on the ward and settles quickest lying skin-to-skin on an adult's "
              "chest or with a hand cupped round his head. When his mum visited on 28 June he opened his "
              "eyes at her voice and settled on her chest for forty minutes. He has had no visits since."),
        ("h1", "Expected outcomes"),
        ("bullets", [
            "Tobi grows, feeds by mouth and is well enough to leave the neonatal unit to a safe home.",
            "Tobi is cared for after discharge by adults who know how to care for a premature baby and "
            "who are sober and alert to his needs.",
            "Chidinma will be abstinent from alcohol and her mood will be stable.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Need", "Action", "Lead", "Target date", "Evidence of progress"],
            "widths": [2.4, 5.4, 3.4, 2.6, 3.2],
            "rows": [
                ["Feeding and growth",
                 "Tobi to stay on the unit until he is feeding by mouth, with his weight plotted on the "
                 "preterm growth chart",
                 "Dr Samuel Achterberg, consultant neonatologist", "Weights every Monday and Thursday until "
                                                                  "discharge",
                 "Growth chart emailed to the SW each Friday"],
                ["Discharge",
                 "Agree a discharge date and discharge plan with the NICU discharge coordinator and the "
                 "foster carer",
                 "Ama Boateng, SW", "By 18 July 2025",
                 "Discharge date and plan recorded on Tobi's looked-after record"],
                ["Placement",
                 "Identify a foster carer able to take Tobi home from hospital and arrange for them to learn "
                 "his cares on the unit",
                 "Gail Summers, placement officer, Wolvenden Fostering Service", "Before discharge",
                 "Carer named on the placement plan; cares competency sheet signed off by the nursing staff"],
                ["Time with mum",
                 "Chidinma to visit Tobi on the unit and do his cares (nappy, tube feeds, skin-to-skin) "
                 "with nursing support",
                 "Chidinma Okonjo", "As often as she can",
                 "Nursing notes record each visit and which cares she did"],
                ["Mum's mental health",
                 "Weekly support sessions for Chidinma to help her with low mood and anxiety since the "
                 "birth",
                 "Lucy Ferreira, CPN, Wolvenden Perinatal Mental Health Team", "Weekly",
                 "Attendance recorded"],
                ["Mum's alcohol use",
                 "Alcohol assessment and key work sessions for Chidinma at Step Forward",
                 "Step Forward (Wolvenden alcohol service)", "Ongoing", "Engagement with the service"],
                ["Parenting",
                 "Residential parenting assessment of Chidinma and Tobi at Hawthorn Lodge parent and baby "
                 "unit after discharge",
                 "Ama Boateng, SW", "To start within 2 weeks of discharge", ""],
                ["Information sharing",
                 "Share any concern about Chidinma's presentation on the unit (smelling of alcohol, leaving "
                 "cares undone) with the SW",
                 "All professionals", "Same day", "Concern recorded on Tobi's looked-after record"],
                ["Tobi's health",
                 "Initial health assessment for Tobi as a looked-after child, including his hearing and eye "
                 "screening results",
                 "", "By 18 July 2025",
                 "Health assessment report on file and its recommendations added to the care plan"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Chidinma arrives on the unit smelling of alcohol or appearing intoxicated, nursing staff will "
              "not let her hold or feed Tobi without a nurse beside her and will ring the SW, or the Emergency "
              "Duty Team out of hours, the same day. If Chidinma withdraws her section 20 agreement or tries "
              "to take Tobi off the unit, ward staff will call security and the police, and the SW will seek "
              "legal advice the same day about an application for an emergency protection order."),
        ("h1", "Meetings"),
        ("p", "Core group: every four weeks at Wolvenden Civic Offices, first on 17 July 2025. "
              "Looked-after child review: 18 July 2025. Review child protection conference: 11 September 2025."),
    ],
    "findings": [
        F("F002", "Chidinma will be abstinent from alcohol and her mood will be stable."),
        F("T002", "Chidinma to visit Tobi on the unit and do his cares"),
        F("H001", "Weekly support sessions for Chidinma to help her with low mood"),
        F("T002", "Alcohol assessment and key work sessions for Chidinma at Step Forward"),
        F("M002", "Alcohol assessment and key work sessions for Chidinma at Step Forward"),
        F("M001", "Residential parenting assessment of Chidinma and Tobi at Hawthorn Lodge"),
        F("W002", "Share any concern about Chidinma's presentation on the unit"),
        F("W001", "Initial health assessment for Tobi as a looked-after child"),
        F("L001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Core group record and updated plan while the case transfers to another
#    local authority; domestic abuse and father's drinking. Mix of good and
#    poor actions (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b96_wendridge_transfer_core_group_notes_tilley.txt",
    "split": "heldout",
    "template": "core-group-record-plain-text-numbered-sections-attendance-update-childrens-views-outcomes-then-numbered-actions-with-lead-by-evidence-lines-contingency-next-meetings-transfer-out",
    "description": (
        "Core group record and updated plan from the transferring authority after the mother and two "
        "children moved to a refuge flat in another county (father's drinking and domestic abuse). Good "
        "visiting, IDVA, police and address-safety actions, but direct work with Lily is handed on to "
        "the receiving authority, Harvey's CAMHS referral is deferred until transfer, the father's "
        "alcohol row is 'Ongoing' with 'Engagement', school attendance has no lead, the paediatric "
        "assessment has no output, 'All agencies' send chronologies; no adult service owns an action, "
        "the review conference is 'to be arranged' and the contingency has no legal step."
    ),
    "actions": 10,
    "text": """\
WENDRIDGE METROPOLITAN BOROUGH COUNCIL
CHILDREN'S SOCIAL CARE - SAFEGUARDING TEAM (EAST)

CORE GROUP RECORD AND UPDATED CHILD PROTECTION PLAN

Children:        Harvey Tilley (11), Lily Tilley (8)
Mother:          Gemma Tilley (34) - now at a confidential refuge address in Kelverton
Father:          Dean Tilley (38) - 22 Ashgrove Road, Wendridge WD7 4NS
Category:        Emotional abuse (plan since ICPC on 15 May 2025)
Date of meeting: 30 July 2025, 2pm (Teams)
Chair:           Rachel Dunn, social worker (Wendridge)
Minutes:         Paula Grey, business support


1. ATTENDANCE
Rachel Dunn (SW, Wendridge); Gemma Tilley; Sarah Whitlock (IDVA, Kelverton Women's Aid);
PC Mark Oduya (Wendridge Police DA unit); Mrs Joanne Platt (DSL, Wendridge Vale Primary);
Dr Nisha Varma (community paediatrician, Wendridge). Apologies: Dean Tilley; Kelverton Children's
Services (duty team, invited).


2. UPDATE SINCE THE LAST CORE GROUP (25 JUNE 2025)
On 9 July 2025 Dean came home drunk and threw a mug at Gemma; it hit Lily on the arm and left a
bruise. Police attended and Dean was arrested; he was released under investigation. Gemma and the
children went to a refuge in Kelverton on 21 July 2025 and have a flat there through Kelverton
Women's Aid. Dean says he is drinking "about the same". He has been referred to the Wendridge Drug
and Alcohol Service but has missed two appointments. A transfer-in request was sent to Kelverton
County Council on 24 July 2025. Harvey has started wetting the bed and is having nightmares.
Both children have places at Kelverton Park Primary from September.


3. THE CHILDREN'S VIEWS
Harvey (seen alone at the refuge, 28 July 2025): "I'm glad we're away from Dad when he's drunk but
I miss my mates and my football team. I keep dreaming he's at the door."
Lily (seen alone, 28 July 2025) said the refuge is "like a hotel with toys" and that her arm
doesn't hurt now. She wants to know if she can still see Nanna Tilley.


4. OUTCOMES (FROM THE ICPC)
- Harvey and Lily live free from domestic abuse and are not around their father when he has been
  drinking.
- Harvey and Lily settle into their new school and attend at least 95% of the time.
- Harvey and Lily have help to understand what happened at home and feel less frightened.


5. UPDATED PLAN

5.1  Continue visits to Gemma and the children at the Kelverton address, seeing Harvey and Lily
     on their own, until the Kelverton transfer-in conference.
     Lead: Rachel Dunn, SW (Wendridge)
     By: Every 2 weeks until the transfer-in conference
     Evidence: Visit records on the Wendridge case record, with what each child said

5.2  Direct work with Lily about what she saw and heard at home (3 sessions) to be picked up by
     the Kelverton social worker once the case has transferred.
     Lead: Kelverton Children's Services
     By: After transfer
     Evidence: Session notes with Lily's own words

5.3  Referral of Harvey to CAMHS for his bedwetting and nightmares - deferred until the case has
     transferred so that the right area makes the referral.
     Lead: Rachel Dunn, SW (Wendridge)
     By: Once transferred
     Evidence: CAMHS acceptance letter

5.4  Dean to attend the Wendridge Drug and Alcohol Service and reduce his drinking.
     Lead: Dean Tilley
     By: Ongoing
     Evidence: Engagement with the service

5.5  Harvey's and Lily's attendance at Kelverton Park Primary to be checked weekly and shared.
     Lead: -
     By: Weekly from 3 September 2025
     Evidence: Attendance figures emailed to the SW each Friday

5.6  Paediatric follow-up of Lily after the bruising to her arm on 9 July 2025.
     Lead: Dr Nisha Varma, community paediatrician
     By: 8 August 2025
     Evidence: -

5.7  Send chronologies and case summaries to Kelverton Children's Services for the transfer-in
     conference.
     Lead: All agencies
     By: 8 August 2025
     Evidence: Receipt confirmed by the Kelverton duty team

5.8  Gemma to keep the new address private and not share it with Dean or his family, including on
     social media.
     Lead: Gemma Tilley
     By: Every day from 21 July 2025
     Evidence: No contact from Dean at the new address (refuge and police logs)

5.9  Safety planning sessions with Gemma, including what Harvey and Lily should do if Dean turns up.
     Lead: Sarah Whitlock, IDVA, Kelverton Women's Aid
     By: Weekly from 31 July 2025; written plan by 15 August 2025
     Evidence: Written safety plan for Gemma and the children, copy to the SW

5.10 Tell the SW about any call-out to Ashgrove Road or any contact by Dean with Gemma or the
     children.
     Lead: PC Mark Oduya, Wendridge Police DA unit
     By: Same day
     Evidence: Each notification logged on the children's record


6. CONTINGENCY
If Dean finds the new address or contacts Gemma or the children, Gemma will ring 999 and Kelverton
Women's Aid will move the family to another refuge the same day. Rachel will hold a strategy
discussion with Wendridge and Kelverton police the same day. If Dean turns up at the school, the
DSL will keep the children inside and call the police.


7. NEXT MEETINGS
Core group: every 4 weeks; next on 27 August 2025 (Teams).
Transfer-in conference: to be arranged by Kelverton County Council.
Review child protection conference: to be arranged by Kelverton after transfer.
""",
    "findings": [
        F("X001", "Direct work with Lily about what she saw and heard"),
        F("X001", "Referral of Harvey to CAMHS for his bedwetting and nightmares"),
        F("T002", "Dean to attend the Wendridge Drug and Alcohol Service"),
        F("M002", "Dean to attend the Wendridge Drug and Alcohol Service"),
        F("W001", "attendance at Kelverton Park Primary to be checked weekly"),
        F("M001", "Paediatric follow-up of Lily after the bruising to her arm"),
        F("W002", "Send chronologies and case summaries to Kelverton Children's Services"),
        F("F004"),
        F("R001"),
        F("R002"),
    ],
})
