"""Batch 48, module 3: seven fictional plans (tuning material), places beginning with "s".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: letters and plain-language plans written to a parent, a young person
or a child in long paragraphs ("We talked about...", "You told us...", "What
will happen now"), where reasons, history and feelings sit next to what each
person will do: a social worker's letter to a mother with an "at a glance"
table, a 15-year-old's plan in his own words, a Welsh-and-English letter with
a bilingual action table, a full plain-words plan followed by the child's own
version in the same file, a conference chair's letter to a 17-year-old
mother, a bundle of short letters to a 10-year-old from each helper, and an
email to parents before a move to another council. Four are exemplary.

Action counts ("actions") follow labelling convention 1: every commitment
sentence under the action heading of a letter, every row of an action table.
Greetings and apologies inside an action section are not commitments.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Social worker's letter to a mother after the initial conference, long
#    question-free topic paragraphs, commitments grouped in paragraphs by who
#    does them, and a two-column "at a glance" table of contacts and dates.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b48_sallowfield_letter_to_mum_at_a_glance_table_harker.docx",
    "doc_title": "Letter after the child protection conference - Kacey and Reece Harker",
    "split": "tune",
    "actions": 12,
    "template": "sw-letter-to-mother-after-icpc-docx-right-aligned-council-block-bold-topic-lines-we-talked-about-what-you-told-us-then-what-will-happen-now-paragraphs-grouped-by-who-then-two-column-at-a-glance-contacts-and-dates-table",
    "description": (
        "Exemplary letter from a social worker to a mother after the initial conference for a 7-year-old "
        "and a 3-year-old (domestic abuse by the younger child's father, who has left; mother's "
        "depression; missed school and nursery). Long paragraphs on why we met, what was talked about, "
        "what the mother and the children said, then twelve commitment sentences grouped in paragraphs "
        "by who does them, each with an owner, a date or frequency and something that will be seen. "
        "The GP and the primary care mental health practitioner own actions and the practitioner "
        "reports on change and its likely timescale. Specific contingency with a fallback, legal "
        "planning meeting if nothing changes, and an 'at a glance' table with core group and review dates."
    ),
    "blocks": [
        ("pr", "Sallowfield Borough Council"),
        ("pr", "Children's Services – Family Safeguarding Team South"),
        ("pr", "Brunel House, 4 Canal Street, Sallowfield"),
        ("pr", "Monday 7 July 2025"),
        ("p", ""),
        ("pl", "Ms Jodie Harker"),
        ("pl", "27 Foxglove Walk"),
        ("pl", "Sallowfield"),
        ("p", ""),
        ("p", "Dear Jodie,"),
        ("p", "I promised at the end of Thursday's conference that I would write everything down for you in "
              "plain words, so that you have something to go back to when your head is full, as you put it. "
              "It is a long letter, I'm afraid, because a lot was said in that room. You might find it easier "
              "to read it with Bethan or with your sister Leanne, and please ring me on 01632 960 418 if "
              "anything in it doesn't match what you remember, or if you would like me to put something "
              "differently."),
        ("boldp", "Why we met on Thursday"),
        ("p", "The police were called to your home three times between February and May because of Liam. On "
              "9 May Kacey rang 999 herself, from the landing, because Liam had his hands around your neck. "
              "Liam was arrested that night and has not lived with you since; his bail conditions stop him "
              "coming to Foxglove Walk or contacting you or the children. Since then you have been very low. "
              "Kacey has missed 14 days of school since Easter and has been late on many more, Reece has been "
              "at nursery for fewer than half of his sessions, and his two-year health review has been missed "
              "twice. On two of my visits in June there was very little food in the house. At the conference "
              "on 3 July everyone agreed that Kacey and Reece should each have a child protection plan, under "
              "the category of emotional abuse."),
        ("boldp", "We talked about..."),
        ("p", "We talked about how frightening the last year must have been for you and for the children, and "
              "about how much you have already done to keep them safe. You rang the police yourself twice, you "
              "have kept Liam out since his bail, and you told Dr Morgan how low you were feeling even though "
              "you were worried it would be held against you. It wasn't. We also talked about the mornings, "
              "which is where things seem to fall apart: you told us that on bad days you cannot face getting "
              "up, and that Kacey then gets herself and Reece dressed and gives him cereal in front of the "
              "television. Everyone agreed that Kacey is doing far too much for a seven-year-old, and that "
              "Reece's speech is behind where it should be. I have put what each of us has agreed to do below, "
              "and the dates and phone numbers in a small table at the end so you can stick it on the fridge."),
        ("boldp", "What you told us"),
        ("p", "You told us, \"I'm not a bad mum, I'm just knackered and I'm frightened he'll come back.\" You "
              "said you want Kacey and Reece to stay with you, that you want Kacey to stop worrying about you, "
              "and that you feel ashamed that she had to make that phone call. You said the thing that would "
              "help most is having someone to talk to who is not going to judge you, and having your mornings "
              "back. You asked whether Liam would be told where the children go to school; he will not be told "
              "by any of us."),
        ("boldp", "What Kacey and Reece told me"),
        ("p", "I saw Kacey on her own at school on 1 July. She said, \"I look after Mummy when she's sad and I "
              "do Reece's breakfast. I don't mind but sometimes we're late and Mrs Adeyemi asks why.\" She told "
              "me she still hears the shouting \"in my dreams\" and that she keeps her mum's phone under her "
              "pillow in case she needs to ring the police again. When I asked her to score how safe she feels "
              "at home, from 0 to 10, she said 7 \"because Liam's gone\". Reece is three and does not yet say "
              "much beyond single words. At my visits he has brought me his cars and climbed onto your lap "
              "whenever a door banged; Tasha at nursery says he is happiest at the water tray and cries when "
              "he is dropped off late and the other children are already sitting down."),
        ("boldp", "What we want for Kacey and Reece"),
        ("p", "By the review conference in September we want three things for the children. We want Kacey and "
              "Reece to be living without any contact from Liam, and without hearing or seeing any more "
              "violence at home. We want them to be up, fed and at school and nursery on time every day, with "
              "Kacey no longer getting Reece ready or worrying about whether you are all right. And we want "
              "Reece's speech to be catching up, so that he is putting two words together by the time the "
              "health visitor sees him again."),
        ("boldp", "What will happen now"),
        ("p", "I will visit you and the children at home every two weeks, with at least one visit a month that "
              "I have not told you about beforehand, and each time I will see Kacey on her own and write down "
              "what she tells me in my visit record. I will also do four sessions of direct work with Kacey "
              "about what happened in May, using her worry monster book, before 28 August, and I will share "
              "the pages she is happy for me to share at the core group on 11 September."),
        ("p", "You agreed to get Kacey to school and Reece to nursery by 8.50am on every school and nursery "
              "day, and Mrs Adeyemi and Tasha will send me their registers every Friday so that we can all "
              "see how it is going. You also agreed to start the Freedom Programme at the Ashgrove Women's "
              "Centre on Wednesday mornings from 16 July, so that you can spot the warning signs and keep "
              "Kacey and Reece away from anyone like Liam, and Carys Webb, who runs it, will send me the "
              "attendance sheet at the end of each month. By 11 July you will give the school and the nursery "
              "an up-to-date list of the people allowed to collect the children, with Liam's name taken off, "
              "and both offices will confirm to me in writing that the change has been made."),
        ("p", "Mrs Adeyemi, the designated safeguarding lead at Sallowfield Park Primary, will see Kacey every "
              "Monday morning in term time, write down what she says about home, and ring me the same day if "
              "anything she hears worries her. Tasha Milner, Reece's keyworker at Little Acorns Nursery, will "
              "write down each morning whether Reece arrives fed, clean and on time, and email me the sheet "
              "every Friday. Sian Pardoe, your health visitor, will see Reece at home by 25 July for the "
              "two-year review he has missed twice, check his speech, weight and height, and send the results "
              "to me and to Dr Morgan."),
        ("p", "Dr Morgan at Riverside Surgery will see you by 18 July to review your sertraline, and she will "
              "write to me afterwards about how your mood is affecting your care of Kacey and Reece. Owen "
              "Blythe, from the Sallowfield Primary Care Mental Health Team, will see you every two weeks from "
              "14 July and, before each core group, will send me a short written report on whether you are "
              "making the changes we talked about, how long he thinks they will take, and what that means for "
              "the children's mornings."),
        ("p", "Bethan Hale, your IDVA at Sallowfield Domestic Abuse Service, will go through your safety plan "
              "with you by 11 July, including what Kacey should do and who she should ring if Liam turns up, "
              "and will give me a copy for the children's file. PC Ryan Marsh of the Domestic Abuse Unit will "
              "put a marker on your address by 9 July and email me to confirm that it is on the police "
              "system."),
        ("boldp", "If things go wrong"),
        ("p", "If Liam comes to the house, contacts you or the children in any way, or if either child tells "
              "anyone they have been hurt, ring 999 straight away. I (or the emergency duty team out of hours) "
              "will then hold a strategy discussion with the police the same day. If you feel you cannot keep "
              "yourself and the children safe at home, Bethan will find you and the children a refuge place "
              "that day. If you are ever too unwell to look after Kacey and Reece, ring me or Leanne: the "
              "children will stay with Leanne at her house on Meadow Rise, and if Leanne cannot have them I "
              "will arrange for them to stay together with approved foster carers that night."),
        ("p", "If by the core group on 14 August the children are still missing school and nursery most weeks, "
              "or you have stopped seeing Owen, I will ask my manager, Tom Whitlock, for a legal planning "
              "meeting. I would tell you before it happened, and you would be able to get free legal advice."),
        ("boldp", "Your plan at a glance"),
        ("table", {
            "widths": [5.0, 12.0],
            "bold_first_col": True,
            "rows": [
                ["Children on the plan", "Kacey Harker (7) and Reece Harker (3) – category: emotional abuse"],
                ["Your social worker", "Rachel Ambrose – 01632 960 418 (Monday to Friday)"],
                ["Her manager", "Tom Whitlock – 01632 960 400"],
                ["Core group meetings", "Every 4 weeks at Sallowfield Park Primary, 9.30am: 17 July, 14 August "
                                        "and 11 September 2025"],
                ["Review conference", "Thursday 25 September 2025, 10am, Sallowfield Civic Centre"],
                ["Evenings and weekends", "Emergency duty team – 01632 960 999"],
            ],
        }),
        ("p", "Yours sincerely,"),
        ("p", "Rachel Ambrose"),
        ("pl", "Social Worker, Family Safeguarding Team South"),
        ("pl", "cc: Mrs Adeyemi (DSL), Sallowfield Park Primary; Sian Pardoe, HV; Dr Morgan, Riverside Surgery"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. A 15-year-old's plan written in his own words with his social worker,
#    "Kemi:" notes in italics, commitments under a sub-heading per person.
#    Hedged and passive commitments, family-only fallback (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b48_skelmarden_young_person_plan_own_words_lathbury.md",
    "split": "tune",
    "actions": 13,
    "template": "young-persons-cp-plan-md-in-his-own-words-blockquote-banner-about-me-why-ive-got-a-plan-how-i-feel-what-i-want-then-whats-going-to-happen-h3-per-person-one-sentence-lines-kemi-notes-in-italics",
    "description": (
        "Plan for a 15-year-old (missing episodes, criminal exploitation, mother's drinking) written in his "
        "own words with his social worker after the initial conference. Most commitments are clear, but "
        "he will 'try to' go to school 'when I'm feeling up to it', his mother will go back to the alcohol "
        "service 'when she's ready' (the service itself owns nothing), the exploitation referral has no "
        "output, the money advice referral has no agent, and 'everyone' will keep an eye on who he is with. "
        "One wish is only about his mother. Nan and his uncle carry part of the plan and the contingency "
        "sends him to Nan with nothing if she can't."
    ),
    "text": """\
# My plan – Jaydon Lathbury (in my words)

> **Skelmarden Metropolitan Borough Council – Children's Services**
> Child protection plan from the initial conference on 1 July 2025 (category: neglect)
> I wrote this with my social worker, Kemi Adeyinka, at the Youth Hub on 4 July 2025. It's in my words. Where Kemi has added something it says *Kemi:* at the start.

## About me

I'm Jaydon, I'm 15 and I'm going into Year 11 at Skelmarden Academy in September. I live with my mum, Sharon, in the flat on Carver Street. My little sister Nevaeh lives with her dad in Oldcastle and I see her some weekends. I like fixing bikes, grime and FIFA, and I used to play for Skelmarden Rovers under-16s, which my uncle Dean coaches. My nan lives on Barrow Lane, ten minutes from ours.

## Why I've got a plan

We talked about the times I've gone missing. Since Christmas it's been eleven times, and the longest was three nights in May when the police found me in a flat on Tannery Road. Kemi says that's when everyone got properly worried, because there were older lads there and stuff in the flat that shouldn't have been. I've been getting lifts off people I don't really know, and in June I had £300 in my coat that I couldn't explain to anyone.

We talked about Mum as well. Mum drinks most nights, mainly cider and vodka, and when she's been drinking there's usually no tea and she doesn't notice if I'm not in. The police have been to the flat four times this year. She fell down the stairs in April and I had to ring the ambulance. Horizon (the alcohol service) stopped seeing her in March because she kept missing appointments.

*Kemi:* Jaydon's school attendance was 61% last term, and he was excluded for two days in June for having a knife in his bag, which he said he carried "because of who's about". Sharon agrees she is drinking every day and says she wants to stop.

## How I feel about it

Honestly I was angry at the meeting at first because it felt like everyone was talking about me like I'm a criminal, and I'm not. I go about with Reggie's lot because at least they want me around and I get money. But the three nights in May scared me, I'm not gonna lie. I don't want Mum to get in trouble. I love my mum, I just want her to be normal and cook tea sometimes. At Nan's I sleep properly. I'd give home a 4 out of 10 for feeling safe and Nan's a 9.

## What I want to be different

- I want to stop getting pulled into stuff by Reggie and them, and be home when I'm meant to be.
- I want to get my GCSEs, mainly maths and English, so I can do the motor vehicle course at Skelmarden College.
- I want to have tea every night and not have to sort Mum out when she's drunk.
- I want Mum to get off the drink and go back to how she was.

## What's going to happen

### Me

I'll be home by 10pm on school nights and by 11pm on Fridays and Saturdays, and if I'm late Mum will ring 101 and text Kemi, so it goes on the missing log.

I'm going to meet Dwayne from Street Level every Tuesday at 4pm at the Youth Hub for mentoring, and he signs the sheet and tells Kemi if I don't show.

I'll try to go to school more when I'm feeling up to it.

### Mum

Mum says she'll go back to Horizon when she's ready.

Mum will make sure there's food in for my tea every night and she'll be in from 9pm on the nights I'm home, and Kemi will look in the fridge and ask me about it when she visits every week.

### Kemi (my social worker)

Kemi will see me every week, at least every other week on my own away from the flat (like at Greggs or the skate park), and she writes down what I say in her notes.

Kemi is going to refer me to the Skelmarden Exploitation Team by 11 July so someone can assess what's going on with Reggie and them.

### Money and the flat

A referral is going to be made to Skelmarden Money Advice about Mum's rent arrears by 25 July, and a copy will go on my file.

### School

Mr Hussain, my head of year, will meet me every Monday in form time during term to go through my timetable and anything that's happened, and he'll email Kemi my attendance every Friday.

### After I've been missing

Aisha from the Street Level return home team will do a return home interview with me within 72 hours every time I've been missing, and send what I say to Kemi.

### Nan and Uncle Dean

Nan will have me at hers every Friday night, and she'll text Kemi on Saturday morning to say what time I got in.

Uncle Dean will pick me up from Rovers training every Wednesday at 8pm and drop me home, and he'll text Kemi once I'm in.

### Everyone

Everyone's going to keep an eye on who I'm hanging about with.

## If it goes wrong

If I'm not home by my time and nobody can get hold of me, Mum rings 999 straight away and tells Kemi (or the out-of-hours team if it's late). If I'm missing overnight, or I come back hurt or with money or stuff I can't explain, Kemi will have a strategy meeting with the police the same day. If Mum's been drinking and it's kicking off at home, I go to Nan's.

## When we meet

- Core group every 4 weeks at the Youth Hub, 4.30pm: 15 July, 12 August and 9 September 2025. I'm going to come to the first half of each one.
- Review child protection conference: Tuesday 30 September 2025, 10am, Skelmarden Town Hall.

*Kemi:* If Jaydon goes missing again for more than one night, or Sharon is still drinking every day by the core group on 12 August, I will ask my team manager for a legal planning meeting. I have explained to Jaydon and to Sharon what that means.

*Signed: Jaydon Lathbury. Sharon Lathbury has read it. Kemi Adeyinka, social worker, 4 July 2025.*
""",
    "findings": [
        F("T002", "try to go to school more when I'm feeling"),
        F("M001", "try to go to school more when I'm feeling"),
        F("T002", "Mum says she'll go back to Horizon when she's ready"),
        F("M001", "Mum says she'll go back to Horizon when she's ready"),
        F("M001", "refer me to the Skelmarden Exploitation Team by 11 July"),
        F("W001", "A referral is going to be made to Skelmarden Money Advice"),
        F("W002", "keep an eye on who I'm hanging about with"),
        F("T001", "keep an eye on who I'm hanging about with"),
        F("M002", "keep an eye on who I'm hanging about with"),
        F("F002", "I want Mum to get off the drink and go back to how she was."),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Welsh-and-English letter to both parents: every paragraph in Welsh then
#    English, a bilingual four-column action table, PDF with a bilingual
#    header and page footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b48_sarnhelyg_welsh_english_letter_bilingual_table_elis.pdf",
    "doc_title": "Llythyr y cynllun amddiffyn plant / Child protection plan letter - Osian a Mali Elis",
    "split": "tune",
    "actions": 8,
    "template": "welsh-english-sw-letter-to-both-parents-paged-each-paragraph-welsh-then-english-bold-bilingual-topic-lines-then-bilingual-cam-pwy-pryd-sut-byddwn-ni-gwybod-table-welsh-line-over-english-line-in-each-cell",
    "description": (
        "Exemplary letter, in Welsh and then English paragraph by paragraph, from a social worker to both "
        "parents after an initial conference for a 9-year-old and a 4-year-old (father hit the older child "
        "with a belt; he now lives with his mother, who supervises his time with the children). Eight "
        "bilingual table rows, each with an owner, a frequency or date and an observable check; both "
        "parenting programmes report; the contingency covers the grandmother being unable to supervise; "
        "core group and review dates; legal planning meeting on a named trigger."
    ),
    "header": "SWYDDOGOL – SENSITIF / OFFICIAL – SENSITIVE · Cyngor Sir Sarnhelyg / Sarnhelyg County Council",
    "footer": "Osian a Mali Elis – tudalen {PAGE} o {NUMPAGES} / page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Cyngor Sir Sarnhelyg / Sarnhelyg County Council"),
        ("pr", "Gwasanaethau Plant – Tîm Diogelu'r Gorllewin / Children's Services – West Safeguarding Team"),
        ("pr", "Swyddfeydd y Cyngor, Stryd y Bont, Sarnhelyg"),
        ("pr", "10 Gorffennaf 2025 / 10 July 2025"),
        ("p", ""),
        ("pl", "Catrin Elis, 6 Maes y Wennol, Sarnhelyg"),
        ("pl", "Huw Elis, d/o / c/o 14 Heol y Felin, Sarnhelyg"),
        ("p", ""),
        ("p", "Annwyl Catrin a Huw, / Dear Catrin and Huw,"),
        ("p", "Diolch i chi'ch dau am ddod i'r gynhadledd amddiffyn plant ddydd Mawrth, 8 Gorffennaf. Fel y "
              "gwnes i addo, dyma'r cynllun mewn geiriau syml, yn Gymraeg ac yn Saesneg, er mwyn i chi gael "
              "rhywbeth i'w ddarllen eto gartref. Os nad yw rhywbeth yma yn cyd-fynd â'r hyn rydych chi'n ei "
              "gofio, ffoniwch fi ar 01632 960 552."),
        ("p", "Thank you both for coming to the child protection conference on Tuesday 8 July. As I promised, "
              "here is the plan in plain words, in Welsh and in English, so that you have something to read "
              "again at home. If anything here doesn't match what you remember, please ring me on "
              "01632 960 552."),
        ("boldp", "Pam wnaethon ni gyfarfod / Why we met"),
        ("p", "Ar 19 Mehefin dywedodd Osian wrth Mrs Parri yn yr ysgol fod Dad wedi ei daro gyda gwregys "
              "oherwydd nad oedd wedi diffodd yr Xbox. Roedd cleisiau ar gefn ei goesau, ac fe welodd y "
              "pediatregydd nhw yn yr archwiliad meddygol y diwrnod wedyn. Huw, fe ddywedoch chi wrth yr "
              "heddlu eich bod chi wedi colli'ch tymer a'ch bod chi'n difaru'n fawr. Ers hynny rydych chi wedi "
              "bod yn byw gyda'ch mam, Gwenda, ar Heol y Felin, ac mae amodau eich mechnïaeth yn golygu nad "
              "ydych chi'n cael bod ar eich pen eich hun gyda'r plant. Penderfynodd y gynhadledd y dylai Osian "
              "a Mali gael cynllun amddiffyn plant o dan y categori cam-drin corfforol."),
        ("p", "On 19 June Osian told Mrs Parri at school that Dad had hit him with a belt because he hadn't "
              "turned off the Xbox. There were bruises on the backs of his legs, and the paediatrician saw "
              "them at the medical the next day. Huw, you told the police that you had lost your temper and "
              "that you are very sorry. Since then you have been living with your mother, Gwenda, on Heol y "
              "Felin, and your bail conditions mean you are not allowed to be on your own with the children. "
              "The conference decided that Osian and Mali should have child protection plans under the "
              "category of physical abuse."),
        ("boldp", "Beth wnaethon ni ei drafod / What we talked about"),
        ("p", "Fe wnaethon ni siarad am sut roedd pethau cyn 19 Mehefin: y gweiddi pan oedd Huw wedi blino ar "
              "ôl shifft hir, y smacio a oedd wedi dechrau fel \"dim ond tap\", a sut roedd Catrin yn teimlo "
              "nad oedd hi'n gallu dweud dim. Fe wnaethon ni siarad hefyd am y pethau da: mae'r ddau ohonoch "
              "chi wedi bod yn onest, mae'r plant yn mynd i'r ysgol bob dydd yn lân ac wedi cael brecwast, ac "
              "mae Osian a Mali yn caru'r ddau ohonoch chi'n fawr. Gofynnodd Huw am help gyda'i dymer cyn i "
              "neb ofyn iddo."),
        ("p", "We talked about how things were before 19 June: the shouting when Huw was tired after a long "
              "shift, the smacking that had started as \"just a tap\", and how Catrin felt she could not say "
              "anything. We also talked about the good things: you have both been honest, the children go to "
              "school every day clean and having had breakfast, and Osian and Mali love you both very much. "
              "Huw asked for help with his temper before anyone asked him to."),
        ("boldp", "Beth ddywedoch chi wrthon ni / What you told us"),
        ("p", "Catrin, fe ddywedoch chi eich bod chi eisiau i'r plant fod yn saff, ond eich bod chi hefyd "
              "eisiau i'r teulu fod gyda'i gilydd eto, \"ond dim ond os ydy o wedi newid go iawn\". Huw, fe "
              "ddywedoch chi eich bod chi'n teimlo cywilydd, eich bod chi'n gweld eisiau'r plant yn ofnadwy, "
              "a'ch bod chi'n barod i wneud unrhyw gwrs sydd ei angen. Roedd y ddau ohonoch chi'n poeni am "
              "Osian yn yr ysgol, achos mae e wedi bod yn dawel iawn ers hynny."),
        ("p", "Catrin, you told us that you want the children to be safe, but that you also want the family to "
              "be together again, \"but only if he has really changed\". Huw, you told us that you feel "
              "ashamed, that you miss the children terribly, and that you are ready to do any course that is "
              "needed. You were both worried about Osian at school, because he has been very quiet since."),
        ("boldp", "Beth ddywedodd Osian a Mali / What Osian and Mali told us"),
        ("p", "Pan welais i Osian ar ei ben ei hun ar 2 Gorffennaf, dywedodd: \"Dw i'n hoffi pan mae Dad yn "
              "chwarae pêl-droed efo fi, ond dw i ddim yn hoffi pan mae o'n gweiddi, a dw i ddim isio cael fy "
              "nharo eto.\" Dywedodd ei fod yn teimlo'n saff gartref gyda Mam nawr (8 allan o 10) ac yn nhŷ "
              "Nain (9 allan o 10), ac y byddai'n hoffi gweld Dad \"ond efo Nain yno\". Mae Mali yn rhy ifanc "
              "i ddeall y cynllun. Yn y dosbarth meithrin mae hi'n chwarae'n hapus, ond mae Miss Wyn wedi "
              "sylwi ei bod hi'n cuddio o dan y bwrdd pan fydd oedolyn yn codi ei lais. Tynnodd Mali lun o'i "
              "theulu gyda \"Dad yn tŷ Nain\"."),
        ("p", "When I saw Osian on his own on 2 July he said: \"I like it when Dad plays football with me, but I "
              "don't like it when he shouts, and I don't want to get hit again.\" He said he feels safe at home "
              "with Mum now (8 out of 10) and at Nain's (9 out of 10), and that he would like to see Dad \"but "
              "with Nain there\". Mali is too young to understand the plan. In the nursery class she plays "
              "happily, but Miss Wyn has noticed that she hides under the table when an adult raises their "
              "voice. Mali drew a picture of her family with \"Dad at Nain's house\"."),
        ("boldp", "Beth rydyn ni eisiau i Osian a Mali / What we want for Osian and Mali"),
        ("bullets", [
            "Bod Osian a Mali byth yn cael eu taro na'u brifo gan oedolyn, ac yn dweud eu bod yn teimlo'n saff "
            "gartref ac yn nhŷ Nain. / Osian and Mali are never hit or hurt by an adult, and say they feel safe "
            "at home and at Nain's.",
            "Bod Osian a Mali yn gweld Dad bob wythnos mewn ffordd saff a hwyliog. / Osian and Mali see Dad "
            "every week in a way that is safe and fun.",
            "Bod Osian yn gallu siarad am ei deimladau yn yr ysgol ac yn mwynhau mynd yno eto. / Osian can "
            "talk about his feelings at school and enjoys going again.",
        ]),
        ("boldp", "Beth fydd yn digwydd nawr / What will happen now"),
        ("table", {
            "header": ["Beth fydd yn digwydd\nWhat will happen", "Pwy\nWho", "Pryd\nWhen",
                       "Sut byddwn ni'n gwybod\nHow we will know"],
            "widths": [5.6, 3.4, 3.4, 4.6],
            "rows": [
                ["Ymweld â'r cartref, gydag o leiaf un ymweliad y mis heb rybudd; gweld Osian ar ei ben ei hun "
                 "a Mali yn ei hystafell\nVisit at home, with at least one visit a month unannounced; see Osian "
                 "on his own and Mali in her room",
                 "Elen Rhys, gweithiwr cymdeithasol\nElen Rhys, social worker",
                 "Bob pythefnos\nEvery two weeks",
                 "Cofnod o bob ymweliad, gyda geiriau Osian ei hun\nA record of every visit, with Osian's own "
                 "words"],
                ["Gwaith 'Tri Thŷ' gydag Osian mewn pedair sesiwn, gartref ac yn nhŷ Nain\n'Three Houses' work "
                 "with Osian in four sessions, at home and at Nain's",
                 "Elen Rhys, gweithiwr cymdeithasol\nElen Rhys, social worker",
                 "Erbyn 19/08/2025\nBy 19/08/2025",
                 "Lluniau Osian, gyda'i ganiatâd, yn cael eu rhannu yn y grŵp craidd ar 19/08/2025\nOsian's "
                 "drawings, with his permission, shared at the core group on 19/08/2025"],
                ["Mynd i raglen Tadau Gofalgar gyda Gwasanaeth Teulu Sarnhelyg, gan gynnwys y sesiynau ar sut "
                 "mae ofn yn effeithio ar blant\nAttend the Caring Dads programme with Sarnhelyg Family "
                 "Service, including the sessions on how fear affects children",
                 "Huw Elis; yr hwylusydd Dylan Hughes yn adrodd\nHuw Elis; facilitator Dylan Hughes reports",
                 "Bob nos Iau am 17 wythnos o 17/07/2025\nEvery Thursday evening for 17 weeks from "
                 "17/07/2025",
                 "Taflen bresenoldeb i Elen bob mis; adroddiad canol y cwrs i'r grŵp craidd erbyn "
                 "16/09/2025\nAttendance sheet to Elen monthly; mid-course report to the core group by "
                 "16/09/2025"],
                ["Goruchwylio pob amser mae Huw yn ei dreulio gyda'r plant yn ei thŷ hi; dydy Huw ddim yn mynd "
                 "â nhw allan ar ei ben ei hun\nSupervise all of Huw's time with the children at her house; "
                 "Huw does not take them out on his own",
                 "Gwenda Elis (Nain)",
                 "Bob dydd Mercher 4–6pm a dydd Sadwrn 10am–2pm\nEvery Wednesday 4–6pm and Saturday "
                 "10am–2pm",
                 "Llyfr cyswllt wedi'i lofnodi gan Gwenda a Huw bob tro; Elen yn ei ddarllen ym mhob "
                 "ymweliad ac yn gofyn i Osian sut aeth hi\nContact book signed by Gwenda and Huw each time; "
                 "Elen reads it at every visit and asks Osian how it went"],
                ["Mynd i grŵp rhianta Blynyddoedd Rhyfeddol, a defnyddio'r siart amser gwely ac \"amser "
                 "tawel\" gydag Osian a Mali gartref\nGo to the Incredible Years parenting group, and use the "
                 "bedtime chart and \"calm time\" with Osian and Mali at home",
                 "Catrin Elis",
                 "Bob bore Mawrth am 12 wythnos o 15/07/2025\nEvery Tuesday morning for 12 weeks from "
                 "15/07/2025",
                 "Taflen bresenoldeb i Elen bob mis; Catrin yn dangos y siart i Elen ym mhob "
                 "ymweliad\nAttendance sheet to Elen monthly; Catrin shows Elen the chart at every visit"],
                ["Sesiwn ELSA wythnosol gydag Osian am ei deimladau; nodi unrhyw beth mae'n ei ddweud am "
                 "adref\nWeekly ELSA session with Osian on his feelings; write down anything he says about "
                 "home",
                 "Mrs Nia Parri, ELSA a DSL, Ysgol Gymraeg Bro Helyg\nMrs Nia Parri, ELSA and DSL, Ysgol "
                 "Gymraeg Bro Helyg",
                 "Bob dydd Llun yn ystod y tymor\nEvery Monday in term time",
                 "Cofnod o bob sesiwn; unrhyw bryder yn cael ei roi i Elen yr un diwrnod\nA record of each "
                 "session; any worry passed to Elen the same day"],
                ["Nodi sut mae Mali yn cyrraedd bob bore, ac unrhyw farc neu newid yn ei hymddygiad\nNote how "
                 "Mali arrives each morning, and any mark or change in her behaviour",
                 "Miss Sioned Wyn, athrawes y dosbarth meithrin\nMiss Sioned Wyn, nursery class teacher",
                 "Bob sesiwn yn ystod y tymor\nEvery session in term time",
                 "Taflen gyrraedd at Elen bob dydd Gwener; unrhyw farc yn cael ei adrodd yr un "
                 "diwrnod\nArrival sheet sent to Elen every Friday; any mark reported the same day"],
                ["Gwiriad iechyd i Osian a Mali, gan gynnwys cwsg a bwyta\nHealth check for Osian and Mali, "
                 "including sleep and eating",
                 "Rhian Pugh, nyrs ysgol\nRhian Pugh, school nurse",
                 "Erbyn 31/07/2025\nBy 31/07/2025",
                 "Adroddiad iechyd i Elen a'r meddyg teulu\nHealth report sent to Elen and the GP"],
            ],
        }),
        ("boldp", "Os bydd pethau'n mynd o chwith / If things go wrong"),
        ("p", "Os bydd Huw yn dod i'r tŷ, yn bod ar ei ben ei hun gyda'r plant, neu os bydd gan Osian neu Mali "
              "farc neu os byddan nhw'n dweud bod rhywun wedi eu taro, bydd Catrin yn ffonio 999 a bydd Elen "
              "(neu'r tîm dyletswydd brys y tu allan i oriau) yn cynnal trafodaeth strategaeth gyda'r heddlu yr "
              "un diwrnod. Bydd cyswllt gyda Huw yn stopio nes bydd asesiad risg newydd wedi'i wneud. Os na "
              "all Catrin gadw'r plant yn saff gartref, byddan nhw'n mynd at ei chwaer, Llinos Morgan, yn "
              "Ffordd yr Eglwys yr un noson; os na all Llinos eu cymryd, bydd Elen yn trefnu gofalwyr maeth "
              "cymeradwy i'r ddau gyda'i gilydd y noson honno."),
        ("p", "If Huw comes to the house or is on his own with the children, or if Osian or Mali has a mark or "
              "says that someone has hit them, Catrin will ring 999 and Elen (or the emergency duty team out "
              "of hours) will hold a strategy discussion with the police the same day. Contact with Huw will "
              "stop until a new risk assessment has been done. If Catrin cannot keep the children safe at "
              "home, they will go to her sister, Llinos Morgan, on Ffordd yr Eglwys that night; if Llinos "
              "cannot take them, Elen will arrange approved foster carers for both children together that "
              "night."),
        ("p", "Os bydd Gwenda yn sâl, i ffwrdd neu'n methu goruchwylio, ni fydd y cyswllt yn digwydd gydag "
              "unrhyw un arall yn y teulu; bydd Elen yn trefnu cyswllt dan oruchwyliaeth yng Nghanolfan Deulu'r "
              "Dderwen o fewn saith diwrnod."),
        ("p", "If Gwenda is ill, away or unable to supervise, contact will not go ahead with anyone else in "
              "the family; Elen will arrange supervised contact at the Dderwen Family Centre within seven "
              "days."),
        ("boldp", "Cyfarfodydd / Meetings"),
        ("p", "Bydd y grŵp craidd yn cyfarfod bob pedair wythnos yng Nghanolfan Deulu'r Dderwen am 9.30am: "
              "22 Gorffennaf, 19 Awst ac 16 Medi 2025. Bydd y gynhadledd adolygu amddiffyn plant ddydd Mawrth "
              "30 Medi 2025 am 10am yn Swyddfeydd y Cyngor. Os bydd Osian neu Mali yn cael eu brifo eto, neu "
              "os bydd Huw yn stopio mynd i'r rhaglen Tadau Gofalgar, bydd Elen yn gofyn i'w rheolwr, Gareth "
              "Lewis, am gyfarfod cynllunio cyfreithiol o fewn pum diwrnod gwaith."),
        ("p", "The core group will meet every four weeks at the Dderwen Family Centre at 9.30am: 22 July, "
              "19 August and 16 September 2025. The review child protection conference will be on Tuesday "
              "30 September 2025 at 10am at the Council Offices. If Osian or Mali is hurt again, or Huw stops "
              "going to the Caring Dads programme, Elen will ask her manager, Gareth Lewis, for a legal "
              "planning meeting within five working days."),
        ("p", "Yn gywir / Yours sincerely,"),
        ("p", "Elen Rhys"),
        ("pl", "Gweithiwr Cymdeithasol / Social Worker, Tîm Diogelu'r Gorllewin / West Safeguarding Team"),
        ("pl", "Mae'r llythyr hwn ar gael mewn print mawr. / This letter is available in large print."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Plain-text plan in two parts: the full plan in plain words for Mum and
#    the professionals, then Kyla's own version. Both parts hold actions and
#    both are counted. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b48_stennock_full_plan_then_kylas_version_ashdown.txt",
    "split": "tune",
    "actions": 18,
    "template": "plain-words-cp-plan-txt-two-parts-full-version-to-mum-dash-underlined-headings-person-label-line-then-commitment-sentences-then-childs-version-star-bullets-same-file",
    "description": (
        "Exemplary plan in plain words for an 8-year-old and a 10-month-old (mother's drinking; the girl "
        "could not wake her mother). Part 1 is the full plan written to the mother, with a label line for "
        "each person and eleven commitment sentences; part 2 is the girl's own version with seven 'what the "
        "grown-ups are going to do' bullets (both parts are counted: 18 actions). The recovery service "
        "assesses and reports on capacity to change, the GP owns an action, the aunt's two commitments "
        "have a fallback in the contingency, core group and review dates, legal planning meeting on a "
        "named trigger."
    ),
    "text": """\
STENNOCK BOROUGH COUNCIL - CHILDREN AND FAMILIES
Child protection plan in plain words
Kyla Ashdown (8) and Alfie Ashdown (10 months), 14 Brook Row, Stennock
Written for Gemma Ashdown by Sarah Quayle, social worker, after the first core group on 8 July 2025
This file has two parts. Part 1 is the full plan for Gemma and the professionals. Part 2 is Kyla's version, which Kyla and Sarah wrote together on 10 July (her drawings are not in this copy).
==========================================================================


PART 1 - THE FULL PLAN


Why there is a plan
-------------------
On 12 June Kyla rang her Auntie Lou at 9 o'clock at night because she couldn't wake you up and Alfie had been crying for a long time. Lou came round and rang an ambulance; the paramedics said you had drunk a lot of vodka, and the police came too. When I visited the next day you told me you had been drinking most evenings since Alfie's dad left in February, "just to switch off", and that it had got out of hand. Kyla's school told us she had been late 19 times since Easter and had said in class that she "does Alfie's bottles". At the conference on 24 June everyone agreed that Kyla and Alfie should have child protection plans, under the category of neglect.

What we talked about
--------------------
We talked about how hard this year has been for you: Alfie's dad leaving, the money worries, and being on your own with a baby and an eight-year-old. We talked about the good things too. You love the children and it shows. Alfie is a happy, chunky baby on the 50th centile, the flat is warm and clean, and since 12 June you have been to every appointment I have asked you to. You told the conference yourself that you need help with your drinking, which took courage. The worry is that when you drink in the evening you can't wake up, and Kyla and Alfie are then without an adult who can look after them.

What you told us
----------------
You told us you were "so ashamed" about 12 June and that you hadn't realised how much Kyla had been doing for Alfie. You said the evenings are the hardest time, once the children are in bed and it goes quiet. You want to stop drinking altogether, not just cut down, and you asked if Lou could be more involved, because "she's the one person I don't lie to".

What Kyla told me, and what we see of Alfie
-------------------------------------------
Kyla (seen at school on 1 July and at home on 4 July): "I don't like Mum's special drink because it makes her go floppy and she doesn't get up. I do Alfie's bottle because he's hungry and he's only little." She said she feels "a bit safe" at home (6 out of 10) and "really safe" at Auntie Lou's (10 out of 10), and that the best thing would be "if Mum just had tea and squash like Auntie Lou". She wants to go back to Brownies.

Alfie is pulling himself up on the sofa, babbling and laughing. At visits he reaches for Gemma and for Kyla, and he settles quickly after his bottle. He was clean and well dressed at every visit.

What we want for Kyla and Alfie
-------------------------------
- Kyla and Alfie are always looked after by an adult who is sober and awake, day and night.
- Kyla does not have to make Alfie's bottles or look after him or her mum, and tells us she feels safe at home.
- Kyla gets to school on time every day and goes back to Brownies on Thursdays.
- Alfie keeps growing along his centile and has his one-year checks on time.

What will happen now
--------------------
Sarah Quayle (social worker)
I will visit you, Kyla and Alfie at home every week until the core group on 5 August and every two weeks after that, with at least one visit a month made without warning, and each time I will see Kyla on her own and Alfie awake and write down what I see and what Kyla tells me in my visit record.

You (Gemma)
You will see Jas Mistry at Stennock Recovery Service every Thursday at 11am for key-work and a breath test, so that you are sober for Kyla and Alfie every evening, and Jas will email me the results every Friday.
You will not drink at all while you are looking after the children, and at 5pm every day you will blow into the breathalyser I gave you and text me a photo of the reading.
You will get Kyla to school for 8.50am every school day, and Mr Fairley will send me the register every Friday.

Jas Mistry (recovery worker, Stennock Recovery Service)
Jas will complete a full alcohol assessment with you by 1 August and share it with the core group on 5 August.
Before every core group Jas will send me a written update on what your tests show, whether your drinking is changing, and whether she thinks you can keep the changes going for as long as Kyla and Alfie need.

Dr Anand (GP, the Kestrel Practice)
Dr Anand will see you by 18 July to check your liver function and talk with you about a community detox, and she will write to Jas and me with the results and what you decide.

Lorna Beck (health visitor)
Lorna will see Alfie at home every two weeks, weigh him and look at his bottles and where he sleeps, and she will send me her notes after each visit.

Mr Tom Fairley (designated safeguarding lead, Hollins Lane Primary)
Mr Fairley will meet Kyla every Monday morning in term time and write down how her weekend was, and he will ring me the same day if she is late, absent without a reason, or says she has been looking after Alfie.

Lou Ashdown (Kyla and Alfie's aunt)
Lou will collect Kyla from school every Wednesday (from 10am in the school holidays) and have both children at her house for tea and a bath until 7pm, and she will write each Wednesday on the calendar on your fridge, which I will check at my visits.
Lou will have Kyla and Alfie to stay every Saturday night, and she will text me on Sunday morning to say how the night went.

If things go wrong
------------------
If you drink while you are the only adult with the children, if a breath test at the Recovery Service is positive, if you don't send the 5pm photo and I can't reach you by 6pm, or if Kyla rings anyone because she can't wake you, Lou will take Kyla and Alfie to her house straight away and I (or the emergency duty team on 01632 960 777 out of hours) will hold a strategy discussion with the police the same day. The children will stay with Lou until you have had a clear breath test and we have met.

If Lou is away, ill or can't have the children, I will arrange for Kyla and Alfie to stay together with approved foster carers that night. If Lou can't do a Wednesday, I will book Kyla into the Hollins Lane after-school club for that day; if she can't do a Saturday, you will send me a clear breath test photo at 5pm and again at 9pm that evening.

Meetings
--------
Core group every 4 weeks at Stennock Family Hub, 10am: 8 July (held), 5 August and 2 September 2025.
Review child protection conference: Tuesday 16 September 2025, 1.30pm, Stennock Town Hall.
If by the core group on 2 September you have had two positive tests, or have missed more than two Thursdays with Jas, I will ask my manager, Priya Dhaliwal, for a legal planning meeting.


==========================================================================

PART 2 - KYLA'S VERSION

Hello Kyla. This is your plan. It says the same things as Mum's plan, but in shorter words. Love from Sarah.

Why grown-ups are helping your family
-------------------------------------
Sometimes Mum has been drinking too much of her special drink in the evenings, and then she falls asleep and can't look after you and Alfie. That isn't your fault, and it isn't your job to fix it. Lots of grown-ups are going to help Mum, and make sure you and Alfie are always looked after.

What you told me
----------------
You told me that Mum's special drink makes her floppy, that you do Alfie's bottles because he's hungry, and that you feel really safe at Auntie Lou's. You said you'd like Mum to "just have tea and squash", and you want to go back to Brownies.

What we want for you
--------------------
- There is always a grown-up awake and looking after you and Alfie.
- You don't have to do Alfie's bottles or look after Mum.
- You go back to Brownies on Thursdays.

What the grown-ups are going to do
----------------------------------
* Sarah (that's me) will come to your house every week, and later every two weeks, and talk to you on your own each time, and I will write down what you tell me so nobody forgets it.
* Mum will go and see Jas every Thursday, and Jas will do a blow test to check Mum hasn't been drinking and tell me the answer every Friday.
* Mum will do a blow test at home at 5 o'clock every day and send me a photo of it.
* Mum will get you to school by 8.50 every school day, and Mr Fairley will send me the register every Friday so I can see.
* Auntie Lou will pick you up from school every Wednesday for tea and a bath at hers, and have you and Alfie to stay every Saturday night, and she'll write it all on the calendar on the fridge.
* Mr Fairley will see you every Monday morning at school to ask about your weekend, and he'll write down what you say and tell me the same day if anything is worrying you.
* Lorna will come and weigh Alfie every two weeks and write his weight in his red book.

If you are worried
------------------
If you can't wake Mum up, or you think she has had her special drink, ring Auntie Lou on 07700 900 426. If Auntie Lou doesn't answer, ring 999 and tell them your address: 14 Brook Row, Stennock. You won't be in trouble. Auntie Lou will come and get you and Alfie and you will stay at hers. If she can't, Sarah will find a kind family for you and Alfie to stay with together that night.

When the grown-ups meet
-----------------------
The grown-ups meet every four weeks to check the plan is working: on 5 August and 2 September. The big meeting is on 16 September. You can tell me anything you want me to say at it.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Conference chair's letter to a 17-year-old mother about her baby, in the
#    chair's own voice, commitments in long paragraphs; PDF with header and
#    page footer. Hedged, passive and support-only commitments (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b48_swarthby_chair_letter_to_young_mum_keane.pdf",
    "doc_title": "Letter from the conference chair to Shannon Keane - Ivy Keane",
    "split": "tune",
    "actions": 12,
    "template": "icpc-chair-letter-to-17-year-old-mother-paged-chairs-own-voice-we-talked-about-you-told-us-what-ivy-showed-us-then-what-will-happen-now-long-paragraphs-of-commitment-sentences-by-theme",
    "description": (
        "The independent chair's letter to a 17-year-old mother after the initial conference for her "
        "11-week-old baby (weight falling, father's violence, mother's low mood and panic attacks). "
        "Twelve commitment sentences in long paragraphs. The health visitor will weigh the baby 'as often "
        "as she can', the perinatal nurse only supports, the Family Nurse Partnership referral is passive "
        "with no measure, the father's course is 'monitored', the grandmother will help 'sometimes' with "
        "no measure, and 'everyone at the conference' reports sightings. One outcome is the mother's own. "
        "The grandmother supervises contact and does night feeds, and the contingency leaves the baby with "
        "her with nothing if she cannot."
    ),
    "header": "OFFICIAL – SENSITIVE · Swarthby City Council · Safeguarding and Quality Assurance Unit",
    "footer": "Letter to Shannon Keane about Ivy's plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Swarthby City Council"),
        ("pr", "Safeguarding and Quality Assurance Unit"),
        ("pr", "Riverside House, Quay Street, Swarthby"),
        ("pr", "14 July 2025"),
        ("p", ""),
        ("pl", "Miss Shannon Keane"),
        ("pl", "8 Pelham Court"),
        ("pl", "Swarthby"),
        ("p", ""),
        ("p", "Dear Shannon,"),
        ("p", "I chaired the child protection conference about Ivy on Thursday. You told me at the end that it "
              "had all gone \"in one ear and out the other\", which is completely understandable after two "
              "hours in a room full of professionals, so I said I would write to you myself. I have tried to "
              "put everything in plain words. Your social worker, Dom Fairweather, has a copy and will go "
              "through it with you on his next visit, and you are welcome to ring me on 01632 960 215 if you "
              "want to ask me anything at all."),
        ("boldp", "We talked about how things have been since Ivy was born"),
        ("p", "Ivy was born on 24 April, a healthy 3.2kg, and you fed her well in the first few weeks. Since "
              "then she has dropped from the 50th to the 25th centile, and two of your health visitor's visits "
              "were missed because nobody answered the door. On 21 June a neighbour called the police because "
              "Connor was shouting at you in the stairwell, and he punched the wall next to your head while "
              "you were holding Ivy. You told the police it was the first time, but you later told Becca, your "
              "perinatal nurse, that it had happened before. You had help from CAMHS when you were 15, after "
              "you had been cutting yourself, and since Ivy was born you have had low mood and panic attacks, "
              "which is why Becca has been visiting you since May. We also talked about everything that is "
              "going well: Ivy is clean, she is well dressed, she has had all her injections on time, and the "
              "bond between the two of you is obvious to anyone who sees you together."),
        ("boldp", "You told us"),
        ("p", "You told us you love Ivy \"more than anything\" and that you were scared the meeting was about "
              "taking her off you. It isn't. You said the nights are the worst, that you sometimes fall asleep "
              "sitting up with Ivy on you because you are so tired, and that you don't want Connor to get into "
              "trouble but you \"don't want him shouting round Ivy either\". You said you would like to go back "
              "to college in September and that your mum has been \"amazing\"."),
        ("boldp", "What Ivy showed us"),
        ("p", "Ivy is eleven weeks old, so she can't tell us how she feels, but she shows us. At every visit Dom "
              "and your health visitor have seen her calm down when you feed her and settle on your shoulder, "
              "and she turns towards your voice. She was grizzly and hungry at the visit on 3 July, when her "
              "feed was two hours late, and she startles and cries at loud noises, including when a door "
              "slams."),
        ("boldp", "What we decided"),
        ("p", "Everyone at the conference agreed that Ivy should have a child protection plan under the "
              "category of neglect. You and Connor both said you understood why, and that you would work with "
              "it."),
        ("boldp", "What we want for Ivy"),
        ("bullets", [
            "Ivy is back on the 50th centile by October, fed on time every day and every night.",
            "Ivy never sees or hears shouting, threats or violence, and is only with Connor when your mum is "
            "there.",
            "Ivy sleeps safely on her back in her own Moses basket or cot, every sleep.",
            "You feel more confident as a mum and have fewer panic attacks.",
        ]),
        ("boldp", "What will happen now"),
        ("p", "Dom will visit you and Ivy at your mum's every week, at least once a fortnight without ringing "
              "first, and he will see Ivy awake, look at where she sleeps and write down what he sees and what "
              "you tell him in his visit notes. You agreed to take Ivy to the baby clinic at Pelham Health "
              "Centre every Tuesday morning until she is back on the 50th centile, and her weight will be "
              "written on her chart each week for Dom to see."),
        ("p", "Angie, your health visitor, will come round to weigh Ivy as often as she can and write her "
              "weights in the red book. Dr Shah at Pelham Health Centre will see you by 25 July to talk about "
              "whether medication could help with your mood, and she will write to Dom and Becca with what you "
              "decide. Becca Lowe from the Swarthby Perinatal Mental Health Team will keep visiting you every "
              "fortnight to support you with your mood and your panic attacks, and each visit will be recorded "
              "on your health record. A referral will be made to the Family Nurse Partnership by 25 July so "
              "that you have a nurse of your own until Ivy is two."),
        ("p", "Connor will start the Swarthby Choices course for young dads on Monday evenings from 21 July, and "
              "how he gets on will be monitored. Connor will only see Ivy at your mum's house with your mum in "
              "the room, every Wednesday and Sunday from 2 to 4pm, and your mum will sign the contact book "
              "each time."),
        ("p", "Your mum will do Ivy's night feeds on Friday and Saturday nights so that you get two full nights' "
              "sleep a week, and she will fill in the feed chart on the kitchen door. Your mum has also offered "
              "to have Ivy sometimes in the day so you can catch up on sleep."),
        ("p", "Sandra Pike, the safeguarding lead at Swarthby College, will meet you by 1 September to plan your "
              "return to the childcare course, including a place for Ivy in the college crèche, and she will "
              "send Dom a copy of the plan. Everyone at the conference agreed to tell Dom the same day if "
              "Connor is seen at your mum's outside the agreed times, and each sighting will be written on "
              "Ivy's file."),
        ("boldp", "If things go wrong"),
        ("p", "If Connor comes to the flat outside the agreed times, or shouts at, threatens or hurts you, or if "
              "Ivy has any mark, bruise or burn that nobody can explain, you or your mum will ring 999, and Dom "
              "(or the emergency duty team out of hours, on 01632 960 888) will hold a strategy discussion with "
              "the police the same day. If you are too unwell, too low or too panicky to look after Ivy safely, "
              "your mum will look after her and ring Dom that day, and Ivy will stay with her until you have "
              "been seen by Becca or the crisis team."),
        ("boldp", "When we meet again"),
        ("p", "The core group – you, your mum, Connor, Dom, Angie, Becca and Sandra Pike – will meet every four "
              "weeks at Pelham Health Centre, at 10am on 24 July, 21 August and 18 September 2025. The review "
              "child protection conference will be on Thursday 2 October 2025 at 1.30pm at Riverside House, "
              "and I will chair it. If Ivy's weight has not picked up by the core group on 21 August, or Connor "
              "is violent again, Dom will ask his manager for a legal planning meeting. I want you to know that "
              "now, rather than be surprised by it later."),
        ("p", "You were brave to speak up on Thursday, and I hope to see you again in October."),
        ("p", "Yours sincerely,"),
        ("p", "Marian Okwuosa"),
        ("pl", "Independent Child Protection Conference Chair"),
        ("pl", "cc: Dom Fairweather, Social Worker; Angie Stott, Health Visitor; Becca Lowe, Perinatal Mental "
               "Health Team"),
    ],
    "findings": [
        F("T002", "weigh Ivy as often as she can and write her weights"),
        F("H001", "keep visiting you every fortnight to support you with your mood"),
        F("W001", "A referral will be made to the Family Nurse Partnership"),
        F("M001", "A referral will be made to the Family Nurse Partnership"),
        F("M002", "Connor will start the Swarthby Choices course for young dads"),
        F("T002", "has also offered to have Ivy sometimes in the day"),
        F("M001", "has also offered to have Ivy sometimes in the day"),
        F("W002", "Everyone at the conference agreed to tell Dom the same day"),
        F("F002", "You feel more confident as a mum and have fewer panic attacks."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. A bundle of short letters to a 10-year-old, one from each person who is
#    helping (Dad, social worker, aunt, school, Dad's nurse, alcohol worker),
#    each in their own voice under "From ..." headings. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b48_sedgeholt_letters_from_each_helper_mulgrew.docx",
    "doc_title": "Letters for Theo - Theo Mulgrew's child protection plan",
    "split": "tune",
    "actions": 11,
    "template": "child-facing-bundle-of-letters-docx-sw-covering-note-what-we-talked-about-what-you-told-me-then-from-each-helper-h3-first-person-letter-greeting-then-commitment-sentences",
    "description": (
        "Exemplary plan for a 10-year-old written as a bundle of short letters to him, one from each "
        "person who is helping (father with depression who drinks, social worker, aunt, school, the "
        "father's CMHT nurse, the alcohol worker), after the social worker's covering note, what was "
        "talked about, what he said and what everyone wants for him. Each letter opens with a greeting "
        "or apology (not actions), then eleven commitment sentences in all, each with an owner, a "
        "frequency or date and something that will be seen. The CMHT nurse reports on whether the father "
        "is getting well enough and how long it will take; the aunt's days have a fallback; core group "
        "and review dates and a legal planning meeting on a named trigger."
    ),
    "blocks": [
        ("title", "Letters for Theo"),
        ("p", "From the people who are helping you and your dad · Sedgeholt Council Children's Services · "
              "11 July 2025"),
        ("h2", "Why you are getting these letters"),
        ("p", "Hi Theo, it's Jess, your social worker. After the big meeting on 26 June, and the smaller meeting "
              "yesterday at the Family Hub, everybody who is helping you and your dad said they would write to "
              "you in their own words, so that you know what each of them is going to do, when, and how you "
              "will be able to tell it is happening. Your dad read all the letters first and said it was OK to "
              "give them to you. You can keep them in your folder, show them to anyone you like, or leave them "
              "until you feel like reading them."),
        ("h2", "What we talked about at the big meeting"),
        ("p", "We talked about how things have been since your mum moved to Spain. Your dad has been very sad "
              "for a long time, which is an illness called depression, and he has been drinking a lot of cans "
              "to try to feel better, which makes it worse. Some mornings he hasn't been able to get up, so you "
              "have got yourself to school, or not gone at all, and there hasn't always been food in the house. "
              "On 2 June a police officer found you walking to the garage on your own at ten o'clock at night "
              "to buy bread. The grown-ups at the meeting decided that you need a child protection plan, which "
              "means lots of people working together to make sure you are looked after properly while your dad "
              "gets better. We also talked about the good things: your dad loves you very much, he told the "
              "meeting the truth, and he had already been to see his doctor before anyone asked him to."),
        ("h2", "What you told me"),
        ("p", "When we sat in my car at the skate park on 24 June, you told me: \"It's not Dad's fault, he's "
              "just sad. I can look after myself, I'm nearly eleven.\" You said the worst bit is \"when the "
              "fridge is empty and Dad's asleep on the settee\", and the best bits are skating, Auntie Mel's "
              "Sunday dinners, and \"when Dad's normal and we watch the football\". You said you feel 5 out of "
              "10 safe at home and 10 out of 10 at Auntie Mel's. You asked me not to tell your friends, and I "
              "won't."),
        ("h2", "What we all want for you"),
        ("bullets", [
            "You have breakfast and tea every day, made by a grown-up.",
            "You get to school on time every day, and you never have to go out on your own at night for food.",
            "You are looked after by a grown-up who is awake and not drunk, every day and every night.",
            "You get to be a ten-year-old: skating, football and friends, not worrying about your dad.",
        ]),
        ("h1", "What everyone is going to do"),
        ("h3", "From Dad"),
        ("p", "Theo, I'm sorry you've had to look after yourself so much since your mum went."),
        ("p", "I'll be up and dressed by 7.30 every school day and walk you to school for 8.45, and Mrs Hollis "
              "will write down what time you get in so Jess can see it."),
        ("p", "I'll go to Bridges every Tuesday at 10 to see Ade and blow into the breathalyser there, so that "
              "I'm sober whenever I'm looking after you, and Ade will send Jess the reading that day."),
        ("p", "I'll make us a proper tea every night, and we'll write what we had on the meal chart on the "
              "fridge, which Jess will look at every time she comes."),
        ("h3", "From Jess, your social worker"),
        ("p", "It was good to meet you at the skate park, and thanks for showing me your kickflip."),
        ("p", "I will come to see you every week until the summer holidays finish and then every two weeks, "
              "and each time I'll talk to you on your own somewhere you choose and write down what you tell me "
              "in your file."),
        ("p", "I will meet your dad, Auntie Mel, Ruth and Ade together on the day of each core group meeting, "
              "every four weeks, to check the plan is working, and afterwards I'll send you a short note "
              "saying what we decided."),
        ("h3", "From Auntie Mel"),
        ("p", "Hiya Theo, you know you're always welcome at ours, plan or no plan."),
        ("p", "I'll collect you from school every Tuesday and Thursday and have you at mine until your dad "
              "picks you up at 7 (from 10 till 7 on those days in the holidays), and I'll write every one of "
              "those days on the calendar in my kitchen so Jess can check it."),
        ("p", "I'll have you to stay every Friday night, and I'll text Jess on Saturday morning to say you were "
              "with me and how you were."),
        ("h3", "From Mrs Hollis at school"),
        ("p", "Hello Theo, I've known you since Reception and I am very proud of how you've kept going."),
        ("p", "I will meet you in the nurture room every Monday before registration until term ends on 22 July, "
              "and again from 3 September, and I'll write down what you tell me about your weekend and let "
              "Jess know the same day if something is worrying you."),
        ("p", "I will check every morning you're in school that you've had breakfast, give you toast at "
              "breakfast club if you haven't, and write it in the breakfast club book, which I send to Jess "
              "every Friday."),
        ("h3", "From Ruth, your dad's nurse"),
        ("p", "Hello Theo, I'm Ruth, a nurse from the Sedgeholt Community Mental Health Team, and I help "
              "grown-ups when they are feeling very low."),
        ("p", "I will see your dad at home every two weeks to help him with his tablets and his low mood, and "
              "before each core group I'll write to Jess saying whether he is getting well enough to look "
              "after you properly and how long I think that will take."),
        ("h3", "From Ade at Bridges"),
        ("p", "Hi Theo, I work at Bridges, which helps people who are drinking too much to stop."),
        ("p", "By 15 August, and then before every core group, I will write a report for Jess about whether "
              "your dad is managing to stop drinking and what would help him keep it up."),
        ("h2", "If things go wrong"),
        ("p", "If your dad has been drinking when he is looking after you, or you can't wake him up, or there's "
              "no food in the house and you are on your own, ring Auntie Mel on 07700 900 314, and if she "
              "doesn't answer ring 999. Auntie Mel will come and get you and you will stay at hers, and Jess "
              "(or the out-of-hours social worker) will have a meeting with the police that same day to decide "
              "what happens next. If Auntie Mel is away or can't have you, Jess will find a foster carer for "
              "you to stay with that night. If Auntie Mel can't do a Tuesday or Thursday, Jess will book you "
              "into the after-school club at school (or the holiday club at the leisure centre) for that day."),
        ("h2", "When the grown-ups meet"),
        ("p", "The grown-ups' core group meets every four weeks at Sedgeholt Family Hub: 10 July, 7 August and "
              "4 September 2025. The next big meeting, called the review child protection conference, is on "
              "Thursday 18 September 2025 at 10am at Sedgeholt Town Hall, and you can come to the first part "
              "or tell me what you want me to say."),
        ("p", "If your dad is still drinking, or you are still missing school or going without tea, by the core "
              "group on 4 September, Jess's manager, Andy Coyle, will hold a legal planning meeting with the "
              "council's lawyers to decide what needs to happen next to keep you safe."),
        ("p", "Your dad has a copy of these letters, and so do all of us."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Social worker's email to parents after a review conference, a month
#    before the family moves to another council; plain-text export with mail
#    headers and colon headings. Parts of the plan parked for the new
#    council, passive and collective commitments (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b48_sutterwick_email_letter_before_move_corbishley.txt",
    "split": "tune",
    "actions": 10,
    "template": "sw-email-to-parents-after-rcpc-plain-text-export-mail-headers-colon-topic-lines-we-talked-about-you-told-us-then-what-will-happen-now-one-commitment-per-line-family-moving-council",
    "description": (
        "A social worker's email to a mother and stepfather after a review conference for a 12-year-old "
        "and a 5-year-old (stepfather's drinking and violence to the older boy), a month before the family "
        "moves to another council. Visits carry on to the transfer-in conference and the alcohol service "
        "reports, but the parenting assessment is left to the new council 'at some point after the case "
        "transfers', the speech referral is on hold until the move, the perpetrator programme starts "
        "'when a place comes up', the school 'will be asked', a teacher will 'keep an eye on' the younger "
        "child, and 'all the professionals' send reports. No review conference date, a contingency that "
        "only says the social worker will talk to her manager, and no legal step."
    ),
    "text": """\
From:        Joanne Pell <joanne.pell@sutterwick.gov.example>
Sent:        Wednesday, 16 July 2025 17:42
To:          nicola.corbishley84@mailbox.example
Cc:          CSC Case Record - auto-file (Liam and Poppy Corbishley)
Subject:     Liam and Poppy - what we agreed at Monday's review conference
Importance:  Normal

Hi Nicola and Gary,

Thank you both for coming to Liam and Poppy's review conference on Monday, and for staying to the end when I know Gary had to get back for his shift. As promised, I'm writing down what we agreed. It's a long email, sorry, but with the move coming up I wanted everything in one place. If something isn't how you remember it, just reply and I'll put it right.

We talked about:
We talked about how much has changed since the first conference in April. Gary, you've been to the Sutterwick Alcohol Team every week since then, and your breath tests since May have all been clear apart from one, on the Saturday after your brother's funeral. There haven't been any more police call-outs since 29 March, when Gary pushed Liam into the kitchen door and he needed stitches above his eye. Liam's attendance is up to 91% and Poppy has settled well in Reception. We also talked about the worries that haven't gone away: Gary still loses his temper with Liam over small things, Liam still spends a lot of time in his room with the door locked, and you are moving to Harlowfield on 15 August, which means a new school for both children, a new council and a new social worker, all at once.

You told us:
Nicola, you said things are "miles better" and that you want the plan to end so that you can "start fresh" in Harlowfield. Gary, you said you know you've got "a short fuse with Liam" and you want to sort it out, but that it feels like "nothing I do is ever enough for you lot". You both said the move is about being nearer Nicola's mum and getting a house with a garden, not about getting away from social services, and I believe you.

What Liam and Poppy have been saying:
When I saw Liam on his own on 8 July he said home is "better, but Gary still kicks off about stupid stuff like my shoes". He said he locks his door "so I don't have to hear it". He is worried about starting a new secondary school where he doesn't know anyone, and asked if he could keep seeing a counsellor. He'd give home a 6 out of 10 now; in April it was a 2. Poppy told me her new house will have "a garden with a swing" and drew Gary as "a grumpy bear". Her teacher says she is chatty and happy in class but gets upset when she hears raised voices in the playground.

What we want for Liam and Poppy:
- Liam and Poppy live in a home where nobody hurts them, and where arguments don't turn into shouting or pushing.
- Liam doesn't need to lock himself in his room to feel safe, and tells us he feels 7 or more out of 10 safe at home.
- Both children start their new schools in September with someone there they know they can talk to.

The conference decided that the plan carries on, under the same category (physical abuse), until the case has moved to Harlowfield and they have held their own conference.

What will happen now:
I'll keep visiting every two weeks until Harlowfield's transfer-in conference, seeing Liam and Poppy on their own each time, and I'll write down what they tell me in my visit notes.
Gary, you'll keep seeing Kieran at the Sutterwick Alcohol Team every Thursday, with a breath test each time so that you're sober around Liam and Poppy, until the Harlowfield service has given you a first appointment, and Kieran will send me the results every Friday.
Kieran will write a summary of how Gary has done by 8 August and send it to me and to the alcohol service in Harlowfield.
Gary has agreed to start the Choices programme for men who've been abusive at home when a place comes up, and the facilitator will send me his attendance.
The parenting assessment I started with you both in June will be finished by Harlowfield's social worker at some point after the case transfers, and their report will go to the transfer-in conference.
Poppy's speech and language referral is on hold until you've moved and registered with a Harlowfield GP, and their health visitor will then send it on and you'll get an appointment letter.
Liam's school will be asked to set up some sessions with the school counsellor before the end of term.
Mrs Grant will keep an eye on Poppy in class until the end of term on 22 July.
Nicola, you'll make sure Liam and Poppy are at school every day until the end of term, and Mrs Grant and Liam's head of year will send me the registers every Friday.
All the professionals will send their reports to Harlowfield by 8 August, and I'll keep a list of what has gone so nothing gets lost.

If things get worse:
If things don't improve, or get worse before you move, I'll talk to my manager and we'll decide what needs to happen next.

Meetings:
The next core group is on Wednesday 30 July at 4pm at Sutterwick Family Centre, and there will be one more on Wednesday 13 August, two days before you move. Instead of another review conference here, Harlowfield will hold a transfer-in conference once they have taken the case on. They'll let you know the date, and I'll come to it.

Best wishes,
Joanne

Joanne Pell
Social Worker, Child Protection Team (West)
Sutterwick Council Children's Services
Tel: 01632 960 371
""",
    "findings": [
        F("T002", "start the Choices programme for men who've been abusive"),
        F("X001", "The parenting assessment I started with you both in June"),
        F("T002", "The parenting assessment I started with you both in June"),
        F("X001", "Poppy's speech and language referral is on hold"),
        F("W001", "Liam's school will be asked to set up some sessions"),
        F("M001", "Liam's school will be asked to set up some sessions"),
        F("M002", "Mrs Grant will keep an eye on Poppy in class"),
        F("W002", "All the professionals will send their reports to Harlowfield"),
        F("R001"),
        F("C002"),
        F("R002"),
    ],
})
