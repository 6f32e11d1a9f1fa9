"""Batch 13, module 1: seven fictional plans (tuning material), places starting with "e".

Everything here is made up: children, families, professionals, services, hospitals,
police forces and councils. Labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md, without running planlint or reading its code.
Focus of the batch: good plans in unusual layouts (five of the seven are exemplary).
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. NHS trust's nursing-style care plan (Need | Goal | Care and intervention |
#    Evaluation) for a looked-after baby on the neonatal unit; need and goal
#    columns merged down. Exemplary. (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b13_emberton_nursing_care_plan_marsh.docx",
    "doc_title": "Multi-agency Safeguarding Care Plan - Baby Ivy Marsh",
    "split": "tune",
    "template": "nhs-nursing-care-plan-need-goal-intervention-evaluation",
    "description": (
        "Exemplary health-led plan written by an NHS trust's safeguarding team in nursing care-plan "
        "form (Need | Goal for Ivy | Care and intervention (who and when) | Evaluation), need and goal "
        "merged down the rows, owners and times in brackets inside the intervention cell. Baby with "
        "neonatal abstinence syndrome, accommodated under s20 and still on the ward: SW twice-weekly and "
        "foster carers' daily visits, drug service and perinatal psychiatrist own actions (capacity to "
        "change), grandmother's supervision covered in the contingency, review dates and legal planning."
    ),
    "font": "Calibri",
    "check_vmerge": 8,
    "blocks": [
        ("p", "Emberton Hospitals NHS Trust  |  Safeguarding Children Team  |  Kestrel Neonatal Unit"),
        ("title", "Multi-agency Safeguarding Care Plan (Neonatal)"),
        ("p", "This care plan is the action plan of Ivy's child protection plan agreed at the initial child "
              "protection conference on 13/06/2025. It was written jointly by the named nurse for "
              "safeguarding children and Ivy's social worker, and is filed in Ivy's hospital notes and on "
              "her Emberton Council case record."),
        ("h2", "Patient details"),
        ("kv", [
            ("Name", "Ivy MARSH"),
            ("DOB / gestation", "02/06/2025, born at 34+2 weeks, birth weight 2.06kg"),
            ("Hospital no.", "EMH 0093317"),
            ("Ward / cot", "Kestrel Neonatal Unit, special care nursery, cot 4"),
            ("Mother", "Leanne Marsh (23), lives alone at 9 Quarry Row, Emberton"),
            ("Father", "Not named on the birth certificate; Leanne has declined to name him"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, since 10/06/2025 with "
                             "Leanne's agreement. Child protection plan, category neglect."),
            ("Social worker", "Priya Dhillon, Emberton Council Children's Social Care (Hospital Team)"),
            ("Named nurse", "Gail Horton, Named Nurse Safeguarding Children"),
        ]),
        ("h2", "Clinical and safeguarding summary"),
        ("p", "Leanne has used heroin since she was 17. She has been prescribed methadone by Emberton Recovery "
              "Partnership since 2023 but her urine tests at 28 and 32 weeks were positive for heroin and "
              "crack cocaine, and she missed four antenatal appointments. Ivy has neonatal abstinence "
              "syndrome and is being weaned from oral morphine. Leanne also has a diagnosis of depression and "
              "told the perinatal team she stopped taking her sertraline in April. Ivy's older brother Kai (4) "
              "was made subject to a special guardianship order in 2022 and lives with his paternal aunt in "
              "another part of the county."),
        ("h2", "What the nursing notes tell us about Ivy's day"),
        ("p", "Ivy cannot tell us what she feels, so the nurses have written down what her days are like. In "
              "her first week she was jittery, sneezed often and had a high-pitched cry when her withdrawal "
              "peaked, usually about an hour before a feed. She settles best swaddled, in a dim corner of the "
              "nursery, or skin-to-skin. She now takes 40ml by bottle every three hours and sucks well when "
              "she is calm. On 11/06/2025 the night nurse saw her settle and fall asleep when Leanne held her "
              "and sang to her. On 12/06/2025 she had no visitor for the whole day and the nurses noted she "
              "was held only at feeds because the unit was busy."),
        ("h2", "Care plan"),
        ("table", {
            "header": ["Need", "Goal for Ivy", "Care and intervention (who and when)", "Evaluation – what will be recorded"],
            "widths": [3.0, 3.6, 6.0, 4.4],
            "rows": [
                ["1. Ivy is withdrawing from opiates and needs specialist care until she feeds and settles "
                 "without morphine.",
                 "Ivy's withdrawal scores stay below 8, she is off morphine, feeds every 3 hours and gains "
                 "weight along her centile before she leaves the unit.",
                 "Score Ivy's withdrawal and record her feeds and nappies (neonatal nurse caring for Ivy, every "
                 "4 hours, day and night).",
                 "Finnegan scores and feed chart on BadgerNet; Ivy's weight plotted every Monday and Thursday."],
                [V, V,
                 "Lead the weaning of Ivy's morphine and decide when she is medically fit to go home (Dr Amara "
                 "Osei, consultant neonatologist, at the Monday ward round each week).",
                 "Weaning plan and the fitness-for-discharge decision written in the medical notes; a copy "
                 "emailed to the SW after each Monday ward round."],
                ["2. Ivy is looked after and is on the ward without a parent with her day and night.",
                 "Ivy is held, fed and visited by the same few people every day and gets to know her foster "
                 "carers before she leaves hospital.",
                 "Visit Ivy on Kestrel Ward, see her being fed and talk to the nurse caring for her (SW Priya "
                 "Dhillon, every Tuesday and Friday until discharge).",
                 "Visit records on Ivy's case file show she was seen twice a week and what was seen of her "
                 "care and her responses."],
                [V, V,
                 "Visit Ivy and take over her cares, feeds and bath with a nurse alongside (foster carers Helen "
                 "and Rob Adair, daily from 16/06/2025).",
                 "Ward visitor book signed at every visit; nursing notes list the cares the Adairs did."],
                [V, V,
                 "Tell the SW (or the emergency duty team out of hours) if Ivy has had no visitor by 6pm on any "
                 "day (ward sister Joanne Pryce or the nurse in charge, the same evening).",
                 "Call logged on the ward safeguarding sheet with the time and the name of the person told."],
                ["3. Leanne's drug use and low mood affect whether she can care for Ivy safely.",
                 "Ivy is only ever held and fed by her mum when Mum is free of street drugs and alert enough "
                 "to hold and feed her safely.",
                 "See Leanne weekly, keep her methadone dose stable and take a supervised urine test at each "
                 "appointment (keyworker Sam Bright, Emberton Recovery Partnership, every Wednesday).",
                 "Weekly test results and methadone dose emailed to the SW each Thursday; six clear tests in a "
                 "row by the core group on 22/07/2025."],
                [V, V,
                 "Assess Leanne's depression and her capacity to change, the steps she needs to take and how "
                 "long they are likely to take (Dr Ruth Kemble, consultant perinatal psychiatrist, by "
                 "04/07/2025).",
                 "Written assessment report shared with the core group on 08/07/2025."],
                [V, V,
                 "Visit Ivy on the ward and do her feeds and nappy changes with a nurse present (Leanne, at "
                 "least 4 days a week).",
                 "Nursing notes record each visit, what Leanne did for Ivy and whether she seemed under the "
                 "influence; the SW counts the visits each Friday."],
                [V, V,
                 "Come with Leanne to her evening visits and stay beside her while she holds Ivy (Carol Marsh, "
                 "maternal grandmother, every Monday and Thursday, 6–8pm).",
                 "Ward visitor book signed by Carol at each visit; the nurse in charge notes any visit she "
                 "missed."],
                ["4. Plans for where Ivy will live when she is well enough to leave hospital.",
                 "Ivy leaves hospital to carers who have been assessed as safe for her, with her health "
                 "follow-up already booked.",
                 "Complete a parenting assessment of Leanne (SW Priya Dhillon, by 25/07/2025).",
                 "Written assessment with a recommendation about where Ivy should live, shared with Leanne and "
                 "the core group before the review conference."],
                [V, V,
                 "Hold a discharge planning meeting (neonatal discharge coordinator Faye Lund, at least 7 days "
                 "before Ivy's expected discharge date).",
                 "Written discharge plan naming Ivy's carers, her follow-up appointments and her HV, copied to "
                 "the SW, GP and foster carers."],
                [V, V,
                 "Meet Ivy's carers on the ward before discharge and make the first home visit (health visitor "
                 "Nadia Qureshi, within 2 days of Ivy leaving hospital).",
                 "Ivy's weight written in her red book at the first home visit; visit notes sent to the SW."],
            ],
        }),
        ("h2", "If things go wrong – contingency"),
        ("p", "If Leanne comes onto the unit under the influence, has a urine test positive for heroin or crack "
              "cocaine, or tries to take Ivy off the unit, the nurse in charge will ask her to leave (calling "
              "hospital security and the police if she will not), and will ring the SW, or the emergency duty "
              "team out of hours, the same day. From then Leanne's visits will take place only with a nurse "
              "beside her for the whole visit, and the SW will hold a strategy discussion within 24 hours and "
              "request a legal planning meeting."),
        ("p", "If Carol cannot come to an evening visit, that visit goes ahead only with a named nurse "
              "supervising throughout, booked by the ward sister; if no nurse is free, the visit is moved to "
              "the next day. If the Adairs cannot keep up their daily visits or cannot offer Ivy a home, the "
              "fostering team will identify another approved foster carer before the discharge planning "
              "meeting, and Ivy will not be discharged until her carer is confirmed. If Leanne withdraws her "
              "section 20 agreement, the SW will seek legal advice the same day about applying for an interim "
              "care order."),
        ("h2", "Review and escalation"),
        ("bullets", [
            "Core group: every 2 weeks in the Kestrel Unit family room, on 24/06/2025, 08/07/2025 and "
            "22/07/2025, then fortnightly after Ivy leaves hospital.",
            "Review child protection conference: 05/09/2025, 10am, Emberton Civic Offices.",
            "Ivy's first looked after review: 07/07/2025, chaired by her IRO, Martin Keane.",
            "If by the core group on 22/07/2025 Leanne has not had six clear tests in a row, or the "
            "parenting assessment does not support her caring for Ivy, the team manager will hold a legal "
            "planning meeting (PLO) before Ivy is discharged.",
        ]),
        ("p", "Signed: Gail Horton, Named Nurse Safeguarding Children, and Priya Dhillon, Social Worker – 16/06/2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Polish / English bilingual headings; each action a numbered bold line
#    followed by labelled field lines (Co / What, Kto / Who, Kiedy / When,
#    Skad bedziemy wiedziec / How we will know). Exemplary. (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b13_elderwick_bilingual_polish_field_lines_nowak.docx",
    "doc_title": "Plan ochrony dziecka / Child Protection Plan - Zofia i Kuba Nowak",
    "split": "tune",
    "template": "bilingual-polish-english-numbered-actions-labelled-field-lines",
    "font": "Calibri",
    "font_size": 10,
    "description": (
        "Exemplary ICPC plan for two children (father's drinking and a bruise from physical "
        "punishment) with Polish/English headings; each action is a bold numbered title with its "
        "owner, timing and measure on separate labelled lines below it. The alcohol service owns an "
        "action, the children's words are recorded through an interpreter, the aunt's back-up in the "
        "contingency has a foster-care fallback, review dates and legal planning are set."
    ),
    "blocks": [
        ("title", "Plan ochrony dziecka / Child Protection Plan"),
        ("p", "Rada Hrabstwa Elderwick – Usługi dla dzieci / Elderwick County Council – Children's Services"),
        ("p", "Ten dokument ma nagłówki w dwóch językach. Pełne tłumaczenie planu na język polski "
              "przygotowała firma Elderwick Language Service. / This copy has headings in both languages. "
              "A full Polish translation was made by Elderwick Language Service and given to Agnieszka and "
              "Piotr on 05/06/2025."),
        ("h2", "Dzieci i rodzina / Children and family"),
        ("kv", [
            ("Dzieci / Children", "Zofia Nowak, ur./born 14/02/2019 (6); Jakub (Kuba) Nowak, ur./born 30/09/2021 (3)"),
            ("Rodzice / Parents", "Agnieszka Nowak (mama/mum) and Piotr Nowak (tata/dad), 22 Mill Lane, Elderwick"),
            ("Konferencja / Conference", "Wstępna konferencja / Initial child protection conference, 03/06/2025"),
            ("Kategoria / Category", "Przemoc fizyczna / Physical abuse"),
            ("Pracownik socjalny / Social worker", "Hannah Doyle, Elderwick North Family Safeguarding Team"),
            ("Tłumacz / Interpreter", "Polish interpreter at every meeting and visit (Elderwick Language Service)"),
        ]),
        ("h2", "Dlaczego się martwimy / Why we are worried"),
        ("p", "On 19/05/2025 Zofia's teacher saw a bruise shaped like fingermarks on Zofia's upper arm. Zofia "
              "said \"Tata grabbed me because I spilled his beer.\" Piotr told the police he had held her arm "
              "to stop her running into the road, and later said he sometimes smacks the children when they "
              "do not listen. Piotr drinks most evenings after work, usually six to eight cans of strong beer, "
              "and Agnieszka says he becomes loud and quick to shout when he has been drinking. Agnieszka has "
              "been in the UK for two years, speaks some English and does not yet have friends or family "
              "nearby apart from Piotr's sister Ewa."),
        ("h2", "Co mówią i pokazują nam dzieci / What the children tell and show us"),
        ("p", "Zofia spoke to me on her own at school on 28/05/2025 with the interpreter. She said \"Tata krzyczy, "
              "kiedy pije piwo\" (\"Dad shouts when he drinks beer\") and that she goes to her bedroom and "
              "puts her hands over her ears. She said she loves it when Mama reads to her and Kuba in Polish "
              "at bedtime, and that she wants Tata \"to be the funny Tata, not the beer Tata\". Kuba is three "
              "and said only a few words to me; at nursery he plays happily with the cars, but his key person "
              "has noticed that he flinches and goes quiet when an adult raises their voice."),
        ("h2", "Co chcemy osiągnąć dla Zofii i Kuby / What we want for Zofia and Kuba"),
        ("bullets", [
            "Zofia and Kuba are not hit, grabbed or smacked by anyone at home.",
            "Zofia and Kuba are never looked after by a parent who has been drinking.",
            "Evenings at home are calm: the children have their tea, a story and go to bed without shouting.",
            "Zofia can name two grown-ups she would tell if she was hurt or frightened, and Kuba's speech and "
            "play keep developing.",
        ]),
        ("h2", "Co się wydarzy / What will happen"),
        ("boldp", "1. Wizyty domowe / Home visits"),
        ("pi", "Co / What: visit the family at home with the interpreter, see Zofia and Kuba, see Zofia on her "
               "own, and check the bedrooms and fridge."),
        ("pi", "Kto / Who: Hannah Doyle (SW)."),
        ("pi", "Kiedy / When: every 2 weeks from 10/06/2025; at least one visit in every month unannounced and "
               "after 6pm."),
        ("pi", "Skąd będziemy wiedzieć / How we will know: visit records show both children seen, Zofia seen "
               "alone, what she said, and whether any alcohol was seen in the house."),
        ("boldp", "2. Picie alkoholu przez Piotra / Piotr's drinking"),
        ("pi", "Co / What: assess Piotr's drinking, agree a plan with him to stop drinking at home, and breath-test "
               "him at every appointment."),
        ("pi", "Kto / Who: Elderwick Alcohol Service – Dariusz Wrona, recovery worker (Polish speaking)."),
        ("pi", "Kiedy / When: assessment by 20/06/2025, then weekly appointments."),
        ("pi", "Skąd będziemy wiedzieć / How we will know: breath-test readings and attendance emailed to the SW "
               "every Friday; a written update before each core group on whether Piotr can stay sober when he "
               "is caring for the children."),
        ("boldp", "3. Wychowanie bez bicia / Discipline without hitting"),
        ("pi", "Co / What: Piotr and Agnieszka complete the 'Calm Hands' parenting programme (with an interpreter) "
               "and use what they learn at bath time and bedtime."),
        ("pi", "Kto / Who: Piotr and Agnieszka; course run by family support worker Leon Amadi."),
        ("pi", "Kiedy / When: 8 weekly sessions starting 24/06/2025."),
        ("pi", "Skąd będziemy wiedzieć / How we will know: course register shows 8 of 8 sessions attended; Leon "
               "writes up two bedtimes he has watched at home, sent to the SW by 19/08/2025."),
        ("boldp", "4. Szkoła Zofii / Zofia's school"),
        ("pi", "Co / What: check on Zofia each morning, and give her a weekly 'worry box' time with an adult she "
               "trusts."),
        ("pi", "Kto / Who: DSL Claire Benton, St Anne's Primary, with Zofia's class teacher Mr Reza Karimi."),
        ("pi", "Kiedy / When: every school day; worry box time every Friday."),
        ("pi", "Skąd będziemy wiedzieć / How we will know: any mark is recorded on a body map and reported to the "
               "SW the same day; notes of what Zofia says each Friday are kept and shared at core group."),
        ("boldp", "5. Przedszkole Kuby / Kuba's nursery"),
        ("pi", "Co / What: Kuba's key person will greet him each session, note anything worrying, and keep a "
               "record of his speech and play."),
        ("pi", "Kto / Who: Leila Ahmed, key person, Little Owls Nursery."),
        ("pi", "Kiedy / When: every session (Monday to Thursday mornings)."),
        ("pi", "Skąd będziemy wiedzieć / How we will know: attendance, any marks and what Kuba says recorded "
               "and passed to the SW the same day; a learning journey summary sent before each core group."),
        ("boldp", "6. Bezpieczeństwo w domu / Keeping the children safe at home"),
        ("pi", "Co / What: Agnieszka will make sure Piotr never looks after the children alone after he has had "
               "a drink, and will ring the SW (or the emergency duty team) if he comes home drunk."),
        ("pi", "Kto / Who: Agnieszka Nowak."),
        ("pi", "Kiedy / When: every evening; any call on the same evening."),
        ("pi", "Skąd będziemy wiedzieć / How we will know: calls logged on the case record; unannounced evening "
               "visits find Piotr sober whenever he is caring for the children."),
        ("boldp", "7. Zdrowie i rozwój Kuby / Kuba's health and development"),
        ("pi", "Co / What: complete Kuba's 3-year development review, including his speech."),
        ("pi", "Kto / Who: Jenny Moss, health visitor."),
        ("pi", "Kiedy / When: by 11/07/2025."),
        ("pi", "Skąd będziemy wiedzieć / How we will know: ASQ-3 scores and any referral to speech and language "
               "therapy shared with the SW and Little Owls by 18/07/2025."),
        ("boldp", "8. Tłumacz / Interpreter"),
        ("pi", "Co / What: book a Polish interpreter for every visit, core group and conference, and send every "
               "plan and set of minutes in Polish."),
        ("pi", "Kto / Who: Hannah Doyle (SW)."),
        ("pi", "Kiedy / When: every visit and meeting; written Polish copies within 5 working days of each "
               "meeting."),
        ("pi", "Skąd będziemy wiedzieć / How we will know: the interpreter's name is on every visit record and "
               "set of minutes, and Agnieszka and Piotr sign to say they received the Polish copy."),
        ("h2", "Co zrobimy, jeśli coś pójdzie nie tak / What we will do if things go wrong"),
        ("p", "If Zofia or Kuba has a new mark that Piotr or Agnieszka cannot explain, or says they have been "
              "hit, the school or nursery will ring the SW straight away and the SW will hold a strategy "
              "discussion with the police the same day. If Piotr comes home drunk or frightens Agnieszka or the "
              "children, Agnieszka will ask him to leave and ring 999 if he will not go. The children will stay "
              "at home with Agnieszka if she and they are safe; if not, they will go to Piotr's sister Ewa "
              "Kowalczyk in Farley Road, who was assessed before conference and has agreed. If Ewa cannot have "
              "them, the SW or the emergency duty team will place Zofia and Kuba together with approved foster "
              "carers the same day. After any of these events the SW will ask the team manager for a legal "
              "planning meeting within 5 working days."),
        ("h2", "Spotkania i przegląd planu / Meetings and review"),
        ("bullets", [
            "Grupa główna / Core group: every 4 weeks with an interpreter, on 17/06/2025, 15/07/2025 and "
            "12/08/2025 at St Anne's Primary.",
            "Konferencja przeglądowa / Review child protection conference: 26/08/2025, 1.30pm, Elderwick "
            "County Hall.",
            "Jeśli nie będzie postępu / If there is not enough progress: if Piotr has not started the alcohol "
            "plan by 15/07/2025, or the breath tests show he is still drinking when caring for the children by "
            "12/08/2025, the SW will request a legal planning meeting before the review conference.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. One row per professional, first person: Professional | What I will do |
#    When | How you will know. A few realistic faults. (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b13_edgecombe_one_row_per_professional_tully.docx",
    "doc_title": "Kayden and Mia's plan - who is doing what",
    "split": "tune",
    "template": "one-row-per-professional-first-person-i-will",
    "description": (
        "ICPC plan for a young carer and his sister (mother's agoraphobia and depression) written to the "
        "family as one table row per professional: Professional | What I will do | When | How you will know. "
        "Mostly sound, but the CMHT row only supports Mum and is measured by her 'coping better', the family "
        "support worker comes 'as and when', Mum's side of the family help 'when we can', and the "
        "contingency hands the children to Grandad with no fallback if he can't."
    ),
    "blocks": [
        ("title", "Kayden and Mia's plan – who is doing what"),
        ("p", "Edgecombe Borough Council – Children's Social Care. Child protection plan agreed at the initial "
              "child protection conference on 05/06/2025. Category: neglect."),
        ("kv", [
            ("Children", "Kayden Tully (11), Year 6, Hollins Lane Primary; Mia Tully (7), Year 2, Hollins Lane Primary"),
            ("Lives with", "Shelley Tully (Mum), 14 Wren Close, Edgecombe"),
            ("Social worker", "Nathan Cole, Edgecombe Children's Social Care, Safeguarding Team 2"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Shelley has agoraphobia and depression and has hardly left the house since January. Kayden has "
              "been doing the shopping, cooking tea and getting Mia to school, and has missed 31 days of school "
              "this year, often to stay home with Mum. There has been little food in the house on three of our "
              "visits and Mia has had head lice for several weeks. Shelley is open with us about how hard things "
              "are and wants help."),
        ("h1", "What Kayden and Mia told us"),
        ("p", "Kayden said: \"I don't mind doing the shopping, but I get worried about Mum when I'm at school, so "
              "sometimes I stay home.\" He said he would like to go to football club again and to \"not be the "
              "one who has to sort everything\". Mia said her favourite thing is when Grandad makes pancakes on "
              "Fridays, and that her head is \"itchy all the time\". Both said they love their mum and want to "
              "stay living with her."),
        ("h1", "What we want for Kayden and Mia"),
        ("bullets", [
            "Kayden and Mia are in school every day, on time, with breakfast inside them.",
            "Kayden can be a child: he is not missing school to look after Mum or Mia, and goes to clubs he enjoys.",
            "There is always food in the house and both children are clean, with Mia free of head lice.",
        ]),
        ("h1", "Who is doing what"),
        ("table", {
            "header": ["Professional", "What I will do", "When", "How you will know"],
            "widths": [3.4, 6.0, 3.4, 4.2],
            "rows": [
                ["Nathan Cole, social worker",
                 "I will visit Kayden and Mia at home and see each of them on their own, so they can tell me "
                 "how things are.",
                 "Every 2 weeks, next visit 12/06/2025",
                 "My visit records will say what Kayden and Mia told me and what I saw in the kitchen and "
                 "bedrooms."],
                ["Mr Kwame Owusu, Kayden's class teacher and DSL, Hollins Lane Primary",
                 "I will ring Mum by 9.30am on any day Kayden or Mia is not in school and meet Kayden each week "
                 "to see how he is.",
                 "Every school day; Kayden's check-in every Wednesday",
                 "The school register: both children above 95% attendance by 18/07/2025. I will email the "
                 "weekly figures to Nathan on Fridays."],
                ["Bryony Hale, Edgecombe Young Carers Service",
                 "I will do a young carer's assessment with Kayden and get him a place at the Thursday young "
                 "carers' club.",
                 "Assessment by 11/07/2025; club every Thursday from 19/06/2025",
                 "Assessment report given to Kayden, Mum and Nathan; club register shows Kayden going."],
                ["Lorna Price, care coordinator, Edgecombe Community Mental Health Team",
                 "I will keep visiting Mum at home to support her with her anxiety and low mood.",
                 "Weekly",
                 "Mum tells me she is coping better."],
                ["Kerry Dunn, family support worker",
                 "I will help Mum set up a morning routine and a weekly online food shop so the children are "
                 "fed and ready for school.",
                 "As and when Mum needs me",
                 "Routine chart on the fridge; food delivery booked each week; the register shows both children "
                 "in by 8.50am."],
                ["Gemma Shore, school nurse",
                 "I will treat Mia's head lice with Mum and show Mum and Kayden how to check and comb.",
                 "First visit by 13/06/2025, then weekly for 3 weeks",
                 "Mia's hair is clear of lice at the 3-week check, written in the school nurse record."],
                ["Ray Tully, Grandad",
                 "I will take Mia to school on Mondays and Wednesdays and have both children for tea on Fridays.",
                 "Monday and Wednesday mornings; Fridays 4–7pm",
                 "Mia is signed in by 8.50am on those days (school register)."],
                ["Mum's side of the family",
                 "We will help out with the shopping and the school run on Mum's bad days.",
                 "When we can",
                 "Kayden does not miss school to do the shopping (school register)."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Kayden or Mia misses school two days in a row, or there is no food in the house at a visit, "
              "Nathan will visit the same day. If Mum is too unwell to look after the children, they will go "
              "to stay with Grandad Ray at 3 Fern Street until Mum is well enough, and Nathan will hold a "
              "strategy discussion within 24 hours."),
        ("h1", "When we will meet"),
        ("bullets", [
            "Core group: every 4 weeks, on 19/06/2025, 17/07/2025 and 14/08/2025, at Hollins Lane Primary.",
            "Review child protection conference: 04/09/2025 at 10am, Edgecombe Town Hall.",
            "If Kayden's attendance is still below 90% at the review conference, or the children are found "
            "without food again after 17/07/2025, Nathan will ask his manager for a legal planning meeting.",
        ]),
    ],
    "findings": [
        F("H001", "I will keep visiting Mum at home to support her"),
        F("M002", "I will keep visiting Mum at home to support her"),
        F("T002", "I will help Mum set up a morning routine"),
        F("W002", "We will help out with the shopping and the school run"),
        F("T002", "We will help out with the shopping and the school run"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Police-led domestic abuse safety plan adopted as the CP plan's actions:
#    Ref | Safety measure (lead officer / agency and when, after a dash) |
#    How it is checked. Header and page footer. Exemplary. (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b13_eskerby_police_da_safety_plan_hale.pdf",
    "doc_title": "Joint Domestic Abuse Safety Plan - Archie and Lily Hale",
    "split": "tune",
    "template": "police-led-da-safety-plan-ref-measure-check-paged",
    "description": (
        "Exemplary joint police and children's services domestic abuse safety plan, agreed at MARAC and "
        "adopted as the action plan of the children's CP plan: a police form with labelled boxes and a "
        "Ref | Safety measure | How it is checked table where the lead officer or agency and the date "
        "follow a dash inside each measure. Children's words, outcomes for them, a code-word contingency "
        "with grandmother and foster-care fallback, core group, MARAC and review dates, legal planning. "
        "OFFICIAL-SENSITIVE header and 'Page N of M' footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE | Eskerby Police Public Protection Unit and Eskerby Council Children's Services",
    "footer": "Joint DA safety plan PPU/DA/25/1187 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Joint Domestic Abuse Safety Plan"),
        ("p", "Eskerby Police – Public Protection Unit, Domestic Abuse Safeguarding Team. This safety plan was "
              "agreed at the MARAC on 11/06/2025 and adopted as the action plan of Archie and Lily's child "
              "protection plan at the initial child protection conference on 16/06/2025 (category: emotional "
              "abuse). Where this plan says 'SW' it means the children's social worker."),
        ("h2", "Section A – Persons"),
        ("kv", [
            ("Adult at risk", "Jade HALE (27), 41 Harcourt Road, Eskerby"),
            ("Children", "Archie HALE (8), Year 3, Brookside Primary; Lily WILCOX (4), Little Steps Nursery"),
            ("Suspect", "Dean WILCOX (31), Lily's father, Archie's former stepfather; now living at his "
                        "mother's address in Portgate"),
            ("Risk", "DASH 19 – HIGH. Strangulation on 30/05/2025 witnessed by Archie; three previous reports since 2023"),
            ("Bail", "Pre-charge bail to 15/09/2025: no contact with Jade, Archie or Lily, direct or indirect; "
                     "not to enter Harcourt Road"),
            ("Officer in the case", "DC Mark Ellis, Domestic Abuse Investigation Team"),
            ("Social worker", "Tom Reilly, Eskerby Council Children's Services, Safeguarding Team East"),
            ("IDVA", "Sophie Grant, Eskerby Women's Aid"),
        ]),
        ("h2", "Section B – What happened and what we are worried about"),
        ("p", "On 30/05/2025 Dean came to the house after Jade ended the relationship, pushed her against the "
              "kitchen wall and held her by the throat until she nearly passed out. Archie saw this from the "
              "stairs and ran to a neighbour, who called 999. Lily was asleep upstairs. Dean has made threats "
              "by text to \"take Lily\" and has driven past the house at least twice since. We are worried that "
              "Dean will come back, that the children will see or be caught up in more violence, and that Dean "
              "may try to take Lily from nursery."),
        ("h2", "Section C – What the children have told us"),
        ("p", "Archie (seen alone at school by the SW on 09/06/2025): \"I want Dean to stay away. I sleep with "
              "my trainers by the bed in case we have to run.\" He said he was proud he got help and that he "
              "would like to \"have a normal bedtime and not listen out for the car\". Lily (seen at nursery "
              "with her key person): she said \"the police were loud\" and \"Daddy is naughty\", and drew her "
              "mummy \"with a poorly neck\". Her key person says Lily has become clingy at drop-off and now "
              "wets herself most days."),
        ("h2", "Section D – What must be true for Archie and Lily"),
        ("bullets", [
            "Archie and Lily live at home with their mum without violence or threats, and sleep in their own "
            "beds without listening out for Dean.",
            "Lily is only ever collected from nursery by her mum or her nan, and Archie only by his mum or nan.",
            "Both children know what to do and who to tell if Dean comes to the house or near them.",
            "Archie and Lily go to school and nursery every day and get help with what they have seen.",
        ]),
        ("pagebreak",),
        ("h2", "Section E – Safety measures"),
        ("table", {
            "header": ["Ref", "Safety measure – lead officer or agency, and when", "How it is checked"],
            "widths": [1.8, 9.0, 6.2],
            "rows": [
                ["SM1",
                 "Fit a door chain, window locks and a personal alarm linked to the force control room at 41 "
                 "Harcourt Road – PC Alan Birch, crime prevention officer, by 20/06/2025.",
                 "Fitting certificate on the police file; test call from the alarm logged by the control room "
                 "and copied to the SW."],
                ["SM2",
                 "Put a warning marker on the address so that any 999 call from it gets an emergency response "
                 "– DS Nina Farrow, Domestic Abuse Safeguarding Team, by 17/06/2025, renewed every 3 months.",
                 "Marker shown on the command and control record; a screenshot emailed to the SW and IDVA."],
                ["SM3",
                 "Check with Jade each week that Dean is keeping to his bail conditions and arrest him for any "
                 "breach – DC Mark Ellis, officer in the case, every week until the trial date of 15/09/2025.",
                 "Weekly contact log on the crime record; any reported breach leads to arrest within 24 hours "
                 "(custody record number sent to the SW)."],
                ["SM4",
                 "Agree a personal safety plan with Jade, including a code word for 999 calls, and ring her "
                 "twice a week – Sophie Grant, IDVA, Eskerby Women's Aid, safety plan by 18/06/2025, calls "
                 "until the trial.",
                 "Safety plan signed by Jade and held by the IDVA; call log; DASH re-scored at 6 weeks and "
                 "reported to MARAC on 10/09/2025."],
                ["SM5",
                 "Tell Brookside Primary and Little Steps Nursery by 9am the next school day about any police "
                 "call to the address (Operation Encompass) – Eskerby Police Domestic Abuse Safeguarding Team, "
                 "after every incident.",
                 "Encompass notification logged by the school's DSL with the time received."],
                ["SM6",
                 "Release Archie and Lily only to Jade or to Maureen Hale (maternal grandmother), using a photo "
                 "collection list, and ring 999 if Dean comes to the gate – Mrs Ruth Fenn, DSL at Brookside "
                 "Primary, and Aisha Begum, manager of Little Steps Nursery, every school and nursery day.",
                 "Collection log signed daily by the person collecting; any attempt by Dean reported to police "
                 "and to the SW the same day."],
                ["SM7",
                 "See Archie and Lily at home and at school or nursery, with Archie seen on his own each time – "
                 "Tom Reilly, SW, every 2 weeks from 16/06/2025.",
                 "Visit records show both children seen, what they said and how they seemed; Archie's words "
                 "shared at each core group."],
                ["SM8",
                 "Weekly one-to-one sessions for Archie on what he saw and how to keep safe, ending with his own "
                 "safety plan – Priya Lal, children's worker, Eskerby Young Voices, 8 sessions from 25/06/2025.",
                 "Session record; Archie's 'safety hand' naming five people he can tell, shared with the SW "
                 "and his school by 20/08/2025."],
                ["SM9",
                 "Refer Lily to the nursery's inclusion lead and the health visitor for her daytime wetting and "
                 "clinginess – Aisha Begum, nursery manager, by 20/06/2025.",
                 "Referral acknowledged; HV assessment letter and a nursery support plan sent to the SW by "
                 "18/07/2025."],
                ["SM10",
                 "Write to Dean setting out the CP plan, the no-contact expectation and how to apply to the "
                 "family court for any contact, and refer him to the Eskerby Respect programme – Tom Reilly, SW, "
                 "by 20/06/2025.",
                 "Letter on the case file; programme's reply saying whether Dean has been offered and accepted "
                 "a place, shared at core group."],
                ["SM11",
                 "Keep the door chain on, not let Dean into the house, and ring 999 with the code word every "
                 "time Dean comes to Harcourt Road or contacts her or the children – Jade Hale, from 16/06/2025.",
                 "Each 999 call shown on the police incident log; the IDVA's twice-weekly calls record any "
                 "contact Jade has had from Dean."],
            ],
        }),
        ("h2", "Section F – If the plan is breached"),
        ("p", "If Dean comes to the house or Harcourt Road, contacts Jade or the children, or is seen at the "
              "school or nursery, Jade or staff will call 999 (Jade using her code word) and police will attend "
              "on an emergency response and arrest Dean for breach of bail. The SW, or the emergency duty team "
              "out of hours, will be told the same day and will hold a strategy discussion within 24 hours. If "
              "Jade lets Dean back into the home or agrees to see him with the children, Archie and Lily will "
              "stay that night with Maureen Hale at 6 Lark Rise; if Maureen cannot have them, the SW or the "
              "emergency duty team will place them together with foster carers the same day. If Jade needs to "
              "leave the area, the IDVA will find a refuge space for Jade and the children within 24 hours. "
              "After any of these events the team manager will request a legal planning meeting within 2 "
              "working days."),
        ("h2", "Section G – Review"),
        ("bullets", [
            "Core group: every 3 weeks, on 26/06/2025, 17/07/2025, 07/08/2025 and 28/08/2025, at Brookside "
            "Primary; DC Ellis or DS Farrow attend each one.",
            "MARAC review: 10/09/2025.",
            "Review child protection conference: 08/09/2025, 2pm, Eskerby Council House.",
            "If Dean breaches his bail twice, or Archie or Lily see or hear any further violence, before the "
            "review conference, the SW will request a legal planning meeting to consider pre-proceedings.",
        ]),
        ("p", "Agreed by: DS Nina Farrow (police), Tom Reilly (SW), Sophie Grant (IDVA) and Jade Hale – 16/06/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. A plan written to the parents as questions and answers; one answer
#    sentence per action under "Who is going to do what?". Header and page
#    footer. Exemplary. (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b13_ethelmere_questions_answers_doyle.pdf",
    "doc_title": "Ruby's child protection plan - your questions answered",
    "split": "tune",
    "template": "questions-and-answers-plan-to-parents-paged",
    "description": (
        "Exemplary ICPC plan for a 14-month-old (faltering weight; mother's epilepsy with seizures while "
        "alone with the baby) written to the young parents as questions and answers: every action is a "
        "one-sentence answer under its own question, with the owner, the timing and what the parents will "
        "see. The epilepsy nurse owns an action, Ruby's observed day is recorded, the contingency names "
        "the grandmother and a foster fallback, core group and review dates and legal planning are set. "
        "Header and 'Page N of M' footer on every page."
    ),
    "header": "Ethelmere Borough Council – Children's Services – OFFICIAL-SENSITIVE",
    "footer": "Ruby's plan: your questions answered – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Ruby's child protection plan – your questions answered"),
        ("p", "For Chloe Doyle and Ryan Platt, parents of Ruby Doyle (born 21/04/2024). Written by Aled Morgan, "
              "Ruby's social worker, after the initial child protection conference on 27/06/2025. If anything "
              "here is not clear, ring me or ask at the next core group."),
        ("h2", "Why does Ruby have a plan?"),
        ("p", "The conference agreed a child protection plan under the category of neglect. Ruby has dropped "
              "from the 50th to below the 9th centile for her weight since January. Chloe has epilepsy and has "
              "had two seizures this year while she was on her own with Ruby; the second time, in May, Ruby was "
              "in the bath and was found by Ryan when he came home. Meals at home are often missed when money "
              "runs out before payday. You both told the conference how much you love Ruby, and we saw that."),
        ("h2", "What has Ruby shown us?"),
        ("p", "Ruby is 14 months old and doesn't talk yet, so we have written down what we have seen. At my "
              "visits on 16/06/2025 and 24/06/2025 she reached for food as soon as she saw it, ate very fast "
              "and cried hard when the plate was empty. She crawls straight to Ryan and laughs when he sings to "
              "her. At nursery her key person has seen her take bread from other children's plates. She had a "
              "sore nappy rash on both visits."),
        ("h2", "What are we all trying to achieve for Ruby?"),
        ("bullets", [
            "Ruby eats three meals and two snacks every day and is back on or above the 25th centile for her "
            "weight.",
            "Ruby is never bathed, fed or left alone with an adult who could have a seizure without another "
            "adult nearby or the safety steps in place.",
            "Ruby's nappy area is healed and she is changed often enough that it stays healthy.",
        ]),
        ("h2", "Who is going to do what?"),
        ("h3", "What will the health visitor do?"),
        ("p", "Jess Carter, your health visitor, will weigh Ruby at home every Tuesday until the review "
              "conference and write each weight in Ruby's red book, where you will be able to see her climbing "
              "back towards the 25th centile."),
        ("h3", "What will the social worker do?"),
        ("p", "I will visit you at home every 10 working days, at least one visit each month unannounced, and my "
              "visit records will show that I saw Ruby awake, watched her have a meal and looked at her cot and "
              "the food in the cupboards."),
        ("h3", "What will happen at nursery?"),
        ("p", "Shona Patel, Ruby's key person at Bumblebees Nursery, will give Ruby breakfast and lunch on her "
              "three days (Monday, Wednesday and Friday) from 30/06/2025 and write down everything she eats in "
              "a food diary that you can read at pick-up and that she will send me every Friday."),
        ("h3", "What will the GP do?"),
        ("p", "Dr Femi Bello, your GP, will examine Ruby by 11/07/2025 to rule out a medical reason for her "
              "weight loss, treat her nappy rash, and send the results of any tests to me and Jess."),
        ("h3", "What will the epilepsy nurse do?"),
        ("p", "Karen Lowe, epilepsy nurse specialist at Ethelmere General Hospital, will see Chloe by 18/07/2025 "
              "to review her medication and what sets off her seizures, and will write a seizure safety plan "
              "for caring for Ruby that she will send to Chloe, the GP and me."),
        ("h3", "What will the family support worker do?"),
        ("p", "Naz Hussain, family support worker, will come every Thursday for 8 weeks from 03/07/2025 to plan "
              "meals and a shopping list with you, and the weekly meal plan will be on your fridge and copied to "
              "me each Friday."),
        ("h3", "What do you need to do, Chloe?"),
        ("p", "Chloe will take her epilepsy tablets every morning and evening and follow the safety steps for "
              "Ruby (bathing her only when Ryan is home, feeding her strapped in her high chair and changing her "
              "on the floor), and Naz will check the pill box and the bath diary at each Thursday visit."),
        ("h3", "What do you need to do, Ryan?"),
        ("p", "Ryan will give Ruby her bath and tea every weekday evening at 5.30pm after work, and Naz or I will "
              "watch at least one bath and tea each fortnight and write down what we see."),
        ("h3", "Who will help with money for food?"),
        ("p", "Bilal Shah, welfare rights adviser at Ethelmere Advice, will check your benefits with you by "
              "25/07/2025 so that Ruby has food every day up to payday, and will send me a copy of his "
              "letter saying what you are entitled to and when it starts."),
        ("h2", "What happens if things go wrong?"),
        ("p", "If Chloe has a seizure while she is on her own with Ruby, or Ruby's weight drops at two weekly "
              "weighs in a row, Jess or Shona will tell me the same day and I will visit that day. Ruby will go "
              "to stay with Chloe's mum, Sue Doyle, at 12 Ash Grove until a strategy discussion is held within "
              "24 hours. If Sue cannot have her, Ruby will be looked after by approved foster carers that day. "
              "If Ruby is not back above the 9th centile by the core group on 04/09/2025, my team manager will "
              "hold a legal planning meeting."),
        ("h2", "When will we meet again?"),
        ("bullets", [
            "Core group meetings: every 4 weeks at Bumblebees Nursery, on 10/07/2025, 07/08/2025 and 04/09/2025.",
            "Review child protection conference: 26/09/2025 at 10am, Ethelmere Civic Centre.",
        ]),
        ("h2", "What if I don't agree with something?"),
        ("p", "You can tell me, ask for a meeting with my manager, or use the council's complaints procedure. "
              "The Ethelmere Family Advocacy Service can help you do this; their leaflet is in your pack."),
        ("p", "Aled Morgan, Social Worker, Ethelmere Children's Services – 30/06/2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Email chain (newest first); the last email sets out the agreed plan with
#    actions numbered inside prose paragraphs. Exemplary. (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b13_evenbridge_email_chain_agreed_plan_rahman.md",
    "split": "tune",
    "template": "email-chain-last-email-agreed-plan-numbered-in-prose-md",
    "description": (
        "Exemplary CP plan for a 15-year-old at risk of criminal exploitation, sent as the latest email "
        "in a chain (earlier emails quoted below it with offers of help that are not actions). The agreed "
        "plan numbers its actions (1)-(10) inside prose paragraphs grouped by place, each with owner, "
        "timing and what will be seen; Idris's own words, outcomes for him, a specific contingency with "
        "uncle and out-of-area foster fallback, core group and review dates, legal planning meeting."
    ),
    "text": """\
**From:** Farah Qadir (Social Worker, Evenbridge Council Adolescent Safeguarding Team)
**Sent:** Friday 04 July 2025 16:42
**To:** Nadia Rahman; Imran Rahman; Daniel Osei (DSL, Evenbridge Park Academy); PC Lena Shaw (Missing Persons Coordinator, Evenbridge Police); Katie Ruddock (Evenbridge Youth Service); Dr Ben Adeyemi (CAMHS)
**Cc:** Gwen Lacey (Team Manager)
**Subject:** RE: RE: Idris Rahman – agreed child protection plan after core group 03/07
**Classification:** OFFICIAL-SENSITIVE

Dear all,

Thank you for yesterday's core group, and Nadia and Imran, thank you for being so open about how
frightening the last month has been. As promised, this is Idris's child protection plan as we agreed it.
It replaces the outline plan from the conference on 26/06/2025. Please reply by Wednesday if anything is
not as you remember it.

**Why Idris has a plan**

Idris (15) has been reported missing seven times since April, three times overnight. Twice he was found
in Harwick in a flat used by adults known to police for supplying drugs, once with £300 in cash and two
phones. He has been excluded for 5 days this term for carrying a knife in his bag. The conference agreed a
plan under the category of physical abuse, because of the risk of harm from the adults exploiting him.
Nadia and Imran have done everything they can to keep him home and are asking for help.

**What Idris has told us**

When I saw Idris on his own on 01/07/2025 he said: "I'm not a snitch, so don't ask me names." He said
the older boys "look after you" at first but that "then you owe them". He said the worst bit is seeing
his mum cry, and that he wants to go to college in September to do motor mechanics. He said he would talk
to Katie because "she doesn't write everything down in front of you".

**What we want for Idris**

- Idris sleeps at home every night and is not found in Harwick or with the adults named in the warning notices.
- Idris is in school every day until the end of term and starts his college course in September.
- Idris is not carrying a knife, cash or phones he cannot explain.
- Idris has at least one adult outside the family he trusts and talks to.

**The plan**

At home: (1) Nadia and Imran will report Idris missing to the police on 101 if he is not home by 10pm on
any night, and every call will show on the police missing persons log with its time. (2) Imran will
collect Idris from school at 3.15pm every school day until 22/07/2025, and the school's sign-out sheet
will show who collected him. (3) Idris's uncle Tariq Rahman will drive him to and from football training
on Wednesday evenings and Saturday mornings, and the coach will tick Idris in on the club register.

At school: (4) Daniel Osei, DSL, will ring Nadia and me by 9.30am on any school day that Idris is not
registered, and the school's absence log will show each call and the time it was made.

With the police: (5) PC Lena Shaw will serve child abduction warning notices on the two adults found with
Idris in Harwick by 18/07/2025 and confirm to me in writing that both have been served. (6) PC Shaw will
also share the police intelligence about the Harwick flat and the people Idris is seen with at each core
group, in a written briefing for the core group file.

Support for Idris: (7) Katie Ruddock, Evenbridge Youth Service, will offer Idris an independent return
home interview within 72 hours of every missing episode, and send the write-up to me and PC Shaw the
next working day. (8) Katie will also meet Idris every Tuesday after school for 12 weeks from 08/07/2025
to talk about exploitation and his college plans, and her session notes, with Idris's own words, will
come to each core group. (9) Dr Ben Adeyemi, CAMHS, will assess Idris's sleep and low mood by 25/07/2025
and send his assessment letter to me, the GP and Nadia.

From me: (10) I will see Idris at home every week, on his own for part of each visit, and submit the
National Referral Mechanism referral by 11/07/2025, sending the reference number to the core group; my
visit records will show what Idris told me each week.

**If things go wrong**

If Idris is missing overnight, is found in Harwick or with anyone named in the warning notices, or comes
home with cash, phones or injuries he cannot explain, the police will treat him as high risk and I (or
the emergency duty team out of hours) will hold a strategy discussion within 24 hours. If Nadia and Imran
cannot keep him safe at home, Idris will stay with Tariq in Carnford, out of the area, that night. If
Tariq cannot have him, we will place Idris with foster carers outside Evenbridge the same day. If Idris
goes missing three times before the next core group, Gwen will convene a legal planning meeting within 5
working days.

**When we meet again**

Core group every 3 weeks at Evenbridge Park Academy, 4pm: 24/07/2025, 14/08/2025 and 04/09/2025.
Review child protection conference: 25/09/2025, 10am, Evenbridge Town Hall.

Kind regards,
Farah

Farah Qadir | Social Worker | Adolescent Safeguarding Team | Evenbridge Council

---

**From:** Katie Ruddock (Evenbridge Youth Service)
**Sent:** Thursday 03 July 2025 17:55
**To:** Farah Qadir
**Subject:** RE: Idris Rahman – core group tomorrow

Hi Farah, I'm happy to do Idris's return home interviews if the family agree, and I can offer Tuesdays
after school from next week. Sorry I had to leave the meeting early. Katie

---

**From:** Daniel Osei (DSL, Evenbridge Park Academy)
**Sent:** Wednesday 02 July 2025 08:17
**To:** Farah Qadir; PC Lena Shaw
**Subject:** RE: Idris Rahman – core group tomorrow

Morning both, just so you have it before tomorrow: Idris was in 4 of 5 days last week and was late on
Friday. He was seen getting into a grey Audi at the gates on Monday at 3.20pm – I have passed the
registration to PC Shaw. We can do a daily check-in with him at break if that helps. Dan

---

**From:** Farah Qadir
**Sent:** Tuesday 01 July 2025 10:02
**To:** Core group for Idris Rahman
**Subject:** Idris Rahman – core group tomorrow

Hi all, a reminder that the first core group is on Thursday 03/07 at 4pm at the academy. Please bring
anything new since the conference. Farah
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Flipchart notes typed up after a core group, with inconsistent
#    formatting (dashes, arrows, numbers, capitals, abbreviations). A few
#    realistic faults. (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b13_eldmouth_flipchart_typed_up_brennan.txt",
    "split": "tune",
    "template": "typed-up-flipchart-inconsistent-formatting",
    "description": (
        "Core group plan for a toddler and a 6-week-old (father's drinking, neglect) typed up from the "
        "flipchart, with mixed dashes, arrows, numbers, capitals and abbreviations. Mostly sound, but the "
        "alcohol referral has no owner and no measure, the HV will 'keep an eye on' the baby's weight, the "
        "aunt helps 'when she can', nan and aunt carry much of the plan with no fallback in the "
        "contingency, and no adult service owns an action for Lee's drinking."
    ),
    "text": """\
Typed up from the flipchart - CORE GROUP 12/06/25 - Brennan children
(sorry about the formatting, copied as it was written on the day - Jo, FSW)

Eldmouth Council Children's Services
Children: Tyler BRENNAN (2y 4m)   Ava BRENNAN (6 weeks, born 29/04/25)
Parents: Kirsty Brennan + Lee Brennan, 7 Tanners Yard, Eldmouth
SW: Mel Akers      CP plan since ICPC 29/05/25 - NEGLECT

WORRIES (from conference)
 * Lee drinks heavily most nights (vodka) - police called 2x in April, Lee drunk + shouting
 * Tyler found outside on his own on the walkway 3/5/25 at 8pm
 * Ava's weight dropped from 50th to 25th centile by wk 5
 * Kirsty exhausted, doing night feeds on her own, Lee asleep/drunk

WHAT THE KIDS SHOW US
  Tyler - very busy, climbs everything, runs to the door when anyone knocks. Nursery say he eats
  his lunch "like he's starving" and hides bread in his pockets. Cried + clung to Kirsty when Lee
  raised his voice at the visit on 6/6.
  Ava - settles well on Kirsty's chest, roots a lot between feeds, nappy rash x2 visits.

WHAT WE WANT FOR TYLER + AVA
  1. Tyler is never outside on his own and sleeps in his own cot in a safe room.
  2. Ava gets her feeds every 3-4 hrs day + night and gets back up to her centile.
  3. Both kids are looked after by a sober adult every day and night.

THE PLAN (who does what)
 1) SW (Mel) - visit every wk, at least 1 unannounced in the evening, see Tyler + Ava + cot/beds
      -> visit recs show both kids seen + whether Lee sober
 2) HV Gemma -> keep an eye on Ava's weight and feeding at weekly home visits
 3) Referral to Eldmouth Alcohol Service for Lee by 20/06
 4) Lee - no drinking at home, at all. Starts 12/06.
      checked by: breathalyser at SW evening visits, reading 0.00 every time
 5) Kirsty - feed chart for Ava, every feed day + night, from 13/06 -> HV + SW check at visits
 6) Nan (Pat Brennan) - stays over Fri + Sat nights to do night feeds so Kirsty can sleep
      -> Pat signs the feed chart on those nights
 7) Auntie Shell (Michelle Doyle) to do nursery drop off + pick up for Tyler when she can
      -> nursery register shows Tyler in
 8) NURSERY (Little Acorns, key person Sam) - Tyler's lunch + snacks every session Mon-Wed,
    write what he eats in his day book -> copy to SW every Weds
 9) FSW (Jo) - stair gate + door chain fitted by 20/06, safe sleep check for both kids
      -> photo of fittings + signed safe sleep checklist to SW
10) Lee + Kirsty -> Eldmouth "Steady Steps" parenting group, 6 wks from 17/06,
      certificate + attendance sheet to SW

IF THINGS GO WRONG
 - Lee drinks at home or is drunk around the kids -> Kirsty to ring SW or police same day,
   Lee goes to stay at his brother Dale's. SW to hold strategy discussion within 24 hrs.
 - Tyler found outside on his own again -> same day strategy discussion, kids to stay at
   Nan's (Pat) while it is held.
 - No progress by next RCPC -> SW to request legal planning meeting (PLO)

NEXT MEETINGS
 Core group - every 4 wks: 10/07/25, 07/08/25 (both at Little Acorns, 1.30pm)
 RCPC - 28/08/25 at Eldmouth Civic Centre
""",
    "findings": [
        F("M002", "keep an eye on Ava's weight and feeding at weekly home visits"),
        F("W001", "Referral to Eldmouth Alcohol Service for Lee by 20/06"),
        F("M001", "Referral to Eldmouth Alcohol Service for Lee by 20/06"),
        F("T002", "nursery drop off + pick up for Tyler when she can"),
        F("F004"),
        F("C003"),
    ],
})
