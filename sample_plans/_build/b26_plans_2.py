"""Batch 26, module 2: seven fictional plans (tuning material), all exemplary.

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus of this module: good plans written as sentences and paragraphs (a
parenting assessment whose recommendations are the plan, a chair's letter to
the professionals, a letter to a child, a transfer-out letter to a mother, a
joint letter from children's and adult mental health services, a printed
email about a looked-after baby on a ward, a chair's dictated closing
summary). Every commitment names who, when and how everyone will know, in
ordinary prose, so every file has "findings": [].
"""
from build_batch5 import F, V  # noqa: F401  (F and V kept for the shared format)

PLANS = []


# ---------------------------------------------------------------------------
# 1. Parenting assessment report to ICPC; the typed "6.1" recommendations are
#    the plan (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b26_rendleford_assessment_recommendations_oyelaran.docx",
    "doc_title": "Parenting Assessment - Summary Report to ICPC - Ayo and Femi Oyelaran",
    "split": "tune",
    "template": "parenting-assessment-report-analysis-then-typed-6-1-recommendation-sentences-third-person",
    "description": (
        "Exemplary: a social worker's parenting assessment summary for an initial conference (mother's "
        "drinking, two boys of 7 and 4) whose typed 6.1-6.11 recommendations are the plan, one formal "
        "sentence each with a named owner, a date or frequency and what will be seen; the recovery "
        "service reports on capacity to change, the GP owns bloods, aunt's and grandfather's help has a "
        "fallback, outcomes for the boys, Ayo's words, core group dates, review date and a legal planning "
        "meeting if Kemi does not engage."
    ),
    "header": "OFFICIAL-SENSITIVE",
    "blocks": [
        ("title", "Parenting Assessment: Summary Report to Conference"),
        ("p", "Rendleford Borough Council, Children's Services – Safeguarding Team East"),
        ("kv", [
            ("Children", "Ayo Oyelaran, born 12/02/2018 (7 years); Femi Oyelaran, born 03/09/2020 (4 years)"),
            ("Mother", "Kemi Oyelaran (31), 8 Tollgate Lane, Rendleford"),
            ("Father", "Tunde Bakare, lives in Lagos, no contact since 2021; informed of the conference by letter"),
            ("Prepared for", "Initial child protection conference, Thursday 5 June 2025"),
            ("Author", "Hannah Ruddock, Social Worker"),
            ("Date of report", "30 May 2025"),
        ]),
        ("h1", "1. Why this assessment was done"),
        ("p", "On 2 May 2025 staff at Little Wrens Nursery were worried that Kemi smelled strongly of alcohol "
              "and was unsteady on her feet when she arrived at 5.45pm to collect Femi; she had driven there "
              "with Ayo in the car. The nursery manager did not release Femi and called the police, who "
              "breathalysed Kemi (she was over the limit) and arranged for Kemi's sister, Bunmi Adeyemi, to "
              "collect both boys. A strategy discussion on 6 May agreed a section 47 enquiry, of which this "
              "assessment is part. I have met Kemi six times, twice with the children, and have spoken to "
              "the school, the nursery, the health visitor, the GP, Bunmi and Kemi's father."),
        ("h1", "2. What Ayo and Femi told me and what I saw"),
        ("p", "I saw Ayo on his own at Rendleford Park Primary on 14 and 28 May. He told me that \"Mummy has "
              "her wine when we get home and then she gets sleepy on the settee\", and that on those nights "
              "he makes toast for himself and Femi and \"puts CBeebies on so Femi doesn't cry\". He said that "
              "sometimes he can't wake her to do his reading book. He likes going to Aunty Bunmi's "
              "\"because she does proper dinners and we go to the park\", and playing football with Grandad. "
              "His three wishes were \"for Mummy to stop the wine, for Mummy to come to sports day, and a "
              "PlayStation\"."),
        ("p", "Femi is four and was too shy to talk to me on his own, but I watched him play at nursery on 21 "
              "May. He put a baby doll to bed on the floor, covered it with a coat and told the other "
              "children \"Mummy's sleeping, be quiet\". Nursery staff say he is often the last child to be "
              "collected and that he eats quickly at breakfast club and asks for more."),
        ("h1", "3. What is going well"),
        ("p", "Kemi loves her boys and they are clearly attached to her; Ayo lights up when she comes into "
              "school. The home is warm and clean and both children are well dressed. Kemi has been honest "
              "about her drinking (she estimates two bottles of wine most evenings since she lost her job "
              "in January), has said she wants help, and has not driven since 2 May: she gave her car keys "
              "to her father the next day. Bunmi and Mr Oyelaran live nearby and stepped in quickly."),
        ("h1", "4. My analysis"),
        ("p", "Kemi's drinking has increased sharply since January and now affects the children most "
              "evenings. At seven, Ayo has taken on caring for his brother, and Femi is regularly without a "
              "sober adult from teatime until morning. Kemi's wish to change is real but untested, as she has "
              "never had treatment before. In my view Ayo and Femi are suffering, and are likely to suffer, "
              "significant harm through neglect, and I recommend that both are made subject to child "
              "protection plans under the category of neglect. With the right help I think there is a "
              "realistic chance that Kemi can make the changes needed within three months, and the plan "
              "below is built around finding out whether she does."),
        ("h1", "5. What needs to be different for Ayo and Femi"),
        ("p", "By the review conference, Ayo and Femi should be looked after every evening and every night by "
              "an adult who has not been drinking, and neither boy should travel in a car driven by someone "
              "who has been drinking."),
        ("p", "Ayo should no longer be making Femi's tea or putting him to bed, and he should be able to tell "
              "his teacher and me that his mum is awake and hears his reading in the evenings."),
        ("p", "Both boys should arrive at school and nursery on time having had breakfast, Femi should be "
              "collected on time every day, and Femi's health and development checks should be up to date, "
              "with a dentist he is registered with."),
        ("h1", "6. Recommendations: the plan I am asking conference to agree"),
        ("pi", "6.1  The allocated social worker, Hannah Ruddock, should visit Ayo and Femi at home at least "
               "every ten working days, with at least one visit in every three unannounced and at least one "
               "a month after 6pm, and her visit records should show that both boys were seen, that Ayo was "
               "spoken to on his own and whether Kemi appeared to have been drinking."),
        ("pi", "6.2  Kemi should attend the Rendleford Recovery Service at Bridge Street for her first "
               "assessment appointment by 20 June 2025 and every week after that, with her attendance and "
               "breathalyser readings recorded by the service and shared with the social worker before each "
               "core group."),
        ("pi", "6.3  Mr Dominic Fairhurst, Kemi's recovery worker at the Rendleford Recovery Service, should "
               "send the core group a written report by 11 July 2025 on Kemi's drinking, what she has "
               "changed, whether she can sustain the changes Ayo and Femi need and how long a safe reduction "
               "is likely to take."),
        ("pi", "6.4  Dr Leela Sandhu, Kemi's GP at Orchard Lane Surgery, has agreed to take liver function "
               "blood tests by 27 June 2025 and again in the week before the review conference, and to send "
               "both sets of results to the social worker and the Recovery Service."),
        ("pi", "6.5  Mrs Parveen Aziz, Designated Safeguarding Lead at Rendleford Park Primary, should make "
               "sure that Ayo's arrival time, whether he has eaten breakfast and who collects him are "
               "recorded every school day, and should email a summary to the social worker every Friday."),
        ("pi", "6.6  Ms Tara Bell, Femi's key person at Little Wrens Nursery, should record who brings and "
               "collects Femi at every session and, if the adult collecting him appears to have been "
               "drinking, keep Femi at nursery and telephone the social worker or the emergency duty team "
               "before releasing him, writing each such call in the nursery's safeguarding log."),
        ("pi", "6.7  Mr Ollie Grant, health visitor, should complete Femi's pre-school health review by 11 "
               "July 2025, covering his height, weight, speech and dental registration, and send the written "
               "review to the social worker and the GP."),
        ("pi", "6.8  Bunmi Adeyemi, the boys' aunt, has agreed to collect Ayo and Femi from school and "
               "nursery every Tuesday and Thursday and to have both boys to stay every Saturday night, "
               "signing the collection books at school and nursery so that the social worker can check at "
               "each visit that this has happened."),
        ("pi", "6.9  Mr Samuel Oyelaran, the boys' grandfather, has agreed to telephone Kemi at 6.30pm every "
               "weekday and to note on the call sheet the social worker has given him whether she sounded "
               "sober, which the social worker will check at each visit; if she sounds as though she has "
               "been drinking he will go round that evening and ring the social worker or the emergency duty "
               "team."),
        ("pi", "6.10  Kemi should complete the six-week Family Routines course with family support worker Ms "
               "Jade Okafor at Rendleford Family Hub, starting on 17 June 2025, and Ms Okafor should give the "
               "core group a written summary after the final session of the morning and bedtime routines "
               "Kemi has put in place for Ayo and Femi."),
        ("pi", "6.11  The social worker should complete four sessions of direct work with Ayo at school by 25 "
               "July 2025, using the three houses tool, and share what he draws and says with Kemi and the "
               "core group."),
        ("h1", "7. If the plan is not keeping Ayo and Femi safe"),
        ("p", "If Kemi is found to be under the influence of alcohol while caring for Ayo and Femi, or either "
              "boy says that she has been drinking and could not be woken, the social worker (or the "
              "emergency duty team out of hours) will visit the same day, and the boys will stay with Bunmi "
              "at 14 Larch Road while a strategy discussion is held within 24 hours."),
        ("p", "If Bunmi cannot take them, the boys will be placed together with Rendleford approved foster "
              "carers the same day. If Bunmi cannot do the Tuesday and Thursday collections, Ms Okafor will "
              "collect the boys and take them home instead; if she cannot have them on a Saturday night, the "
              "social worker or the emergency duty team will make an unannounced visit that evening; and if "
              "Mr Oyelaran cannot make his evening call, Ms Okafor will make it."),
        ("p", "If Kemi has not attended her first Recovery Service appointment by 20 June 2025, or the "
              "Recovery Service report of 11 July says that her drinking has not reduced, the social worker "
              "will ask the team manager for a legal planning meeting within five working days to consider "
              "the Public Law Outline."),
        ("h1", "8. Core group and review"),
        ("p", "The first core group will meet on Tuesday 17 June 2025 at Rendleford Family Hub, and then "
              "every four weeks, on 15 July and 12 August 2025. The conference office has booked the review "
              "child protection conference for Tuesday 2 September 2025 at 10am at Rendleford Town Hall."),
        ("p", "Hannah Ruddock, Social Worker, 30 May 2025"),
        ("p", "Countersigned: Matthew Oduya, Team Manager, Safeguarding Team East, 30 May 2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Chair's outcome letter to the professionals after an ICPC, one paragraph
#    per person saying what they agreed; PDF with header and page footer.
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b26_rudgemoor_chair_letter_to_agencies_carrow.pdf",
    "doc_title": "ICPC outcome letter to professionals - Mabel Carrow",
    "split": "tune",
    "template": "icpc-chair-outcome-letter-to-professionals-dear-colleagues-agreed-paragraph-per-person-copies-list-paged",
    "description": (
        "Exemplary: an independent chair's letter to the professionals after a 10-week-old baby's initial "
        "conference (mother's postnatal depression, faltering weight, father on nights). Each person's "
        "commitment is one 'agreed to' sentence with owner, timescale and what will be seen; the "
        "perinatal team assess capacity to change, GP and paediatrician own actions, the grandmother's "
        "mornings have a fallback, Mabel's observed day, outcomes for Mabel, core group dates, review date "
        "and legal planning; header and 'Page N of M' footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE – Rudgemoor Council Safeguarding and Quality Assurance Unit",
    "footer": "ICPC outcome letter – Mabel Carrow – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Rudgemoor Council"),
        ("pr", "Safeguarding and Quality Assurance Unit"),
        ("pr", "Moor Street Offices, Rudgemoor RD1 4QS"),
        ("pr", "18 June 2025"),
        ("p", ""),
        ("pl", "To: the professionals invited to the initial child protection conference for"),
        ("pl", "Mabel Carrow (born 07/04/2025), 5 Kiln Yard, Quarry Lane, Rudgemoor"),
        ("p", ""),
        ("p", "Dear colleagues,"),
        ("p", "Thank you for your reports and for your contributions at Mabel's initial child protection "
              "conference on Monday 16 June 2025. I am writing as chair to confirm the decision and, in "
              "particular, what each of you agreed to do, so that there is no doubt about who is doing what "
              "before the first core group on 24 June. Leah and Dean have been sent a copy of this letter "
              "with the full plan."),
        ("boldp", "The decision"),
        ("p", "Conference agreed unanimously that Mabel should be subject to a child protection plan under "
              "the category of neglect. The main worries are Mabel's weight, which has dropped from the 50th "
              "centile at birth to below the 9th; Leah's postnatal depression, which since May has left her "
              "unable to get out of bed on some days and to feed Mabel on time; and long gaps between feeds "
              "while Dean sleeps during the day after his night shifts. Leah told conference that she has "
              "had thoughts of harming herself, though never Mabel, and she has been under the perinatal "
              "mental health team since 2 June."),
        ("boldp", "Mabel's day as we understand it"),
        ("p", "Mabel is ten weeks old. When Ms Lyle weighed her on 10 June she was pale and sleepy, fed "
              "hungrily and took 150ml in ten minutes; she was in the nappy she had been put in that morning "
              "and had a sore bottom. When Leah's mother picked her up she settled against her within a "
              "minute. Mr Todd saw on 12 June that Mabel watches Dean's face closely and smiles when he talks "
              "to her, and that she startles and cries when nobody answers her for several minutes. On two of "
              "three visits her Moses basket was full of washing and she had been sleeping on the sofa with "
              "Leah."),
        ("boldp", "What we want for Mabel"),
        ("p", "By the review conference Mabel should be back on or above the 25th centile and gaining weight "
              "week by week. She should be fed at least every three to four hours, day and night, by an adult "
              "who is awake and answers her cues, and she should sleep on her back in her own Moses basket, "
              "never on a sofa with an adult. She should be clean and comfortable, with no nappy rash from "
              "being left, and she should be seen every week by her health visitor and her social worker."),
        ("boldp", "What each of you agreed to do"),
        ("p", "Mr Kieran Todd, Mabel's social worker, agreed to visit the family at home at least once a "
              "week, two visits in every four unannounced, to see Mabel awake and being fed or changed and to "
              "check where she is sleeping, recording in his visit notes how Leah and Dean respond to her and "
              "summarising this in writing for each core group."),
        ("p", "Ms Corinne Lyle, health visitor, agreed to weigh Mabel at home every Tuesday until she is back "
              "on the 25th centile and every two weeks after that, plotting each weight in the red book and "
              "emailing it to Mr Todd the same day."),
        ("p", "Dr Rafe Amadi, consultant perinatal psychiatrist, and Ms Nina Shore, community perinatal nurse, "
              "agreed that Ms Shore will see Leah at home every week and that together they will send the "
              "core group, by 25 July 2025, a written assessment of whether Leah is able to make the changes "
              "Mabel needs, the steps that will take and how long it is likely to take."),
        ("p", "Dr Helen Marsh, Leah's GP at Quarry Lane Surgery, agreed to review Leah's antidepressant at her "
              "appointment on 3 July 2025 and to write to Dr Amadi and Mr Todd with the outcome by 7 July."),
        ("p", "Dr Sunil Varghese, community paediatrician, agreed to see Mabel in clinic by 11 July 2025 to "
              "look for any medical cause of her poor weight gain and to send his clinic letter to the GP, "
              "Ms Lyle and Mr Todd."),
        ("p", "Ms Amira Voss, family support worker at Quarry Lane Family Hub, agreed to run six weekly home "
              "sessions with Leah and Dean on feeding routines and reading Mabel's cues, starting in the week "
              "of 30 June 2025, and to give the core group a written summary after the sixth session setting "
              "Mabel's feed times before the work beside her feed times after it."),
        ("p", "Dean agreed to give Mabel her 10pm and 2am feeds on the four nights a week he is not working "
              "and to write each feed on the chart Ms Lyle has put on the fridge, which Ms Lyle and Mr Todd "
              "will check at every visit."),
        ("p", "Leah agreed to put Mabel down for every sleep, day and night, in her Moses basket and to keep "
              "the basket clear, and Mr Todd and Ms Lyle will record where Mabel is sleeping at each visit."),
        ("p", "Mrs Sandra Carrow, Mabel's grandmother, agreed to be at the flat every weekday from 8am until "
              "1pm while Dean sleeps after his night shifts, starting on Monday 23 June, and to sign in and "
              "out on the sheet by the front door so that visiting professionals can see she has been there."),
        ("boldp", "If things go wrong"),
        ("p", "If Mabel's weight falls at any weekly weigh, she goes more than five hours without a feed "
              "during the day, or Leah tells anyone that she is thinking of harming herself or Mabel, the "
              "person who learns of it will tell Mr Todd (or the emergency duty team out of hours) the same "
              "day, and a strategy discussion will be held within 24 hours. Until then Mabel will be cared "
              "for by Dean and Sandra at Sandra's home in Fellgate Road, and Leah will be offered an urgent "
              "perinatal assessment that day."),
        ("p", "If Sandra cannot come in the mornings, Dean will take the unpaid leave his employer has agreed "
              "and be up with Mabel from 8am; if neither of them can be there, Mabel will be placed with "
              "Rudgemoor approved foster carers the same day."),
        ("p", "If Mabel has not begun to regain weight by the core group on 5 August, or the perinatal "
              "assessment says that Leah is unlikely to make the changes within Mabel's timescale, Mr Todd "
              "will request a legal planning meeting within five working days."),
        ("boldp", "Core group and review"),
        ("p", "The core group will meet every three weeks at Quarry Lane Family Hub, on 24 June, 15 July, "
              "5 August and 26 August 2025, chaired by Mr Todd. The review child protection conference will "
              "be on Thursday 11 September 2025 at 10am at Moor Street Offices, and I will chair it."),
        ("p", "Leah and Dean both told conference that they agree with the plan. If any of you find you cannot "
              "do what you agreed, please let Mr Todd and me know the same day so that the plan can be "
              "changed rather than left to drift."),
        ("p", "Yours sincerely,"),
        ("pl", "Gillian Rhodes"),
        ("pl", "Independent Child Protection Chair, Rudgemoor Council"),
        ("p", ""),
        ("kv", [
            ("Copies to", "Kieran Todd (SW); Corinne Lyle (HV); Dr Rafe Amadi and Nina Shore (Rudgemoor "
                          "Perinatal Mental Health Service); Dr Helen Marsh (GP); Dr Sunil Varghese (community "
                          "paediatrics); Amira Voss (Quarry Lane Family Hub); Leah Carrow and Dean Platt; "
                          "Sandra Carrow (with Leah's agreement)"),
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Social worker's letter to an 8-year-old after the ICPC, one paragraph
#    per grown-up (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b26_rowanthorpe_letter_to_child_thursby.md",
    "split": "tune",
    "template": "letter-to-8yo-from-her-sw-md-question-headings-one-sentence-paragraph-per-grown-up",
    "description": (
        "Exemplary: a social worker's letter to an 8-year-old after the initial conference (domestic abuse, "
        "father moved out, baby brother), in plain words with md headings. Each grown-up's paragraph is one "
        "sentence naming who, when and how the SW will know (notes, copies, emails, a contact book); "
        "Nana's supervision and the aunt who would take the children both have fallbacks, the child's own "
        "words, outcomes for both children, core group dates, review date and a legal planning meeting."
    ),
    "text": """\
# A letter for Ellie-Mae

Rowanthorpe Council Children's Services
Family Safeguarding Team North
Thursday 26 June 2025

Dear Ellie-Mae,

Thank you for the picture of you and Alfie on the trampoline. I have stuck it
on the wall next to my desk. I promised I would write to you after the big
meeting on Monday (the grown-ups call it a child protection conference), so
here is my letter. Mummy has a copy too and she is going to read it with you.
You can ask me about any of it when I come next Wednesday.

## What you told me

When we sat in the library corner at school on 12 June, you told me that on
the night Daddy hurt Mummy you were "hiding under the duvet with Alfie" and
"heard the plate smash". You said you don't like it when people shout, and
that sometimes you still get up in the night to check Mummy is OK. You told me
you miss Daddy and want to see him "but not at our house". The best things,
you said, are Nana Pauline's Sunday dinners, dance class on Thursdays and
"when Alfie laughs at my faces".

Alfie is only 14 months old, so he can't tell me in words, but I saw him crawl
straight to you when he got upset, and Mummy says he goes stiff and cries when
there is a loud bang.

I told everyone at the meeting what you said, and I read out the bit where you
wrote "I want everyone to be kind at home".

## What the grown-ups want for you and Alfie

Everyone at the meeting wants you and Alfie to live in a home where nobody
shouts, pushes or hurts anyone, and where you feel safe enough to sleep in your
own bed all night without checking on Mummy. We want you to see Daddy every
week in a safe place, and for it to be fun. We want you to keep going to school
and to dance, and to have someone at school you can tell if you are worried.
And we want Alfie to keep growing well, to start walking and talking, and not
to be frightened by noises at home.

## What each grown-up is going to do

I am going to come and see you every other Wednesday after school, starting on
2 July, and each time I will talk with you on your own and write down what you
tell me, so that the grown-ups at the next meeting can read it in your own
words.

Mummy is going to meet Sam from the Rowanthorpe Domestic Abuse Service every
Monday morning for ten weeks, starting on 30 June, to make a safety plan for
your house, and Sam will send me a copy of the finished safety plan by
8 September so that I can check everything in it is in place.

Daddy is going to go to a group for dads called Safer Families every Thursday
evening for 24 weeks, starting on 3 July, and the people who run it will write
to me at the end of every month to say whether he went and what he is working
on.

Nana Pauline is going to stay in the room the whole time you and Alfie see
Daddy at her house on Saturday afternoons, from 1 o'clock until 4 o'clock, and
she will write in the contact book after every visit so that I can read it
each time I see you.

Mr Dale, who looks after worries at your school, is going to have a ten-minute
chat with you every Monday morning in the Nest, and after each chat he will
email me to tell me how your weekend went.

Kirsty from the Rowanthorpe Children's Wellbeing Service is going to see you at
school on eight Tuesday afternoons, starting on 9 September, to help with the
scared feelings, and after the last session she will write to me and Mummy
about what has changed for you.

Bernie Walsh, Alfie's health visitor, is going to see Alfie at home once a
month until the September meeting and write his weight, his walking and his
talking in his red book, and she will send me a copy after each visit.

## What happens if things go wrong

If Daddy comes to your house, or anybody hurts Mummy, Mummy will ring 999
straight away and the police will come. I (or the council's night-time social
worker if it is late) will see you the same day, and you and Alfie will go to
stay with Auntie Claire at her house on Beech Row until everyone is safe. If
Auntie Claire can't have you, you and Alfie will stay together with a foster
family the council knows well, just until it is safe to go home.

If Nana Pauline can't be there on a Saturday, you won't see Daddy at her house
that day. Instead I will arrange for you to see him at the family centre on
Pike Street the next week, with a worker in the room the whole time.

If Daddy stops going to his group, or home is not safer by the meeting in
September, my manager and I will ask for a meeting with the council's lawyers
(a legal planning meeting) to decide whether a judge needs to help keep you
and Alfie safe.

## When the grown-ups will check on the plan

A smaller group of grown-ups (Mummy, Nana Pauline, me, Mr Dale, Bernie and Sam)
will meet every four weeks to check the plan is working. They are called the
core group. The first meeting is on Thursday 3 July, then Thursday 31 July and
Thursday 28 August.

The next big meeting, the review conference, is on Tuesday 16 September at
10 o'clock at the Civic Centre. You can tell me what you want me to say there,
write it down, or come for part of it if you want to.

Lots of love, and see you next Wednesday,

Jo

Joanna Fairley, your social worker
Phone 01632 960 771 (Mummy has this number too)
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Transfer-out letter to a mother moving to another council: everything
#    carries on until the transfer-in conference (txt). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b26_rillbrook_transfer_letter_to_mother_burrell.txt",
    "split": "tune",
    "template": "transfer-out-letter-to-mother-plain-text-dashed-headings-what-carries-on-until-transfer-in-conference-paragraphs-txt",
    "description": (
        "Exemplary: a plain-text letter from the social worker to a mother (methadone, relapse in "
        "February; children 6 and 3) moving to another council. Nothing waits for the move: every "
        "paragraph under 'What happens between now and the transfer-in conference' is one sentence with "
        "a named owner, a date or frequency and what will be seen, carried on until the transfer-in "
        "conference; the drug service keeps prescribing and reports tests, grandmother's nights have a "
        "fallback, children's words, outcomes, core group dates, transfer-in and review conference dates "
        "and a legal planning meeting."
    ),
    "text": """\
RILLBROOK COUNCIL
Children's Services - Safeguarding Team South
Marsh House, 2 Tanner's Row, Rillbrook RB4 6TL
Telephone 01632 960 552

Our ref:  RB/CP/25/1187
Date:     18 July 2025

Ms Shannon Burrell
Flat 3, 41 Cromer Street
Rillbrook RB2 9QE


Dear Shannon,

Re: Jack and Poppy's child protection plan and your move to Marravale

I said at the core group on Tuesday that I would put in writing what happens
to Jack and Poppy's plan now that your move to Marravale is confirmed for
Monday 18 August. The short version is that nothing stops or waits for the
move. Rillbrook stays responsible for the plan, and I stay your social worker,
until Marravale Council hold their transfer-in conference on 4 September 2025.
Everything below carries on until then, including after you have moved.


Why the plan is still needed
----------------------------
Jack (6) and Poppy (3) have been on child protection plans under the category
of neglect since the conference on 12 March, and the review conference on
10 June agreed that the plans should continue. You have had a methadone
script with the Rillbrook Recovery Partnership since 2022 and had been stable,
but in February you relapsed on heroin. Twice Jack was late for school because
nobody had got him up, and one afternoon a neighbour found Poppy on the
walkway in her nappy. Since March your tests have been clear apart from one in
May, and you have worked hard. The plan is there to make sure that carries on
through the upheaval of a move.


What Jack and Poppy have told us
--------------------------------
When I saw Jack on his own at school on 10 July he said he is "a bit sad about
leaving Mr Hart" (his teacher) but "happy about Nanna's", because Nanna Linda
has a garden and a dog called Biscuit. He said mornings are "better now Mummy
gets up with the alarm" and that he likes it when you walk him to school. He
wanted to know whether his new school has a football team.

Poppy chatted to me about her nursery friends and showed me how she can put
her own shoes on. Nursery say she now arrives clean and fed every day, and
when I was there at pick-up on 15 July she ran to you for a cuddle.


What we want for Jack and Poppy
-------------------------------
Jack and Poppy are looked after every day by a parent who is not using heroin
or any drug that is not prescribed, and are never left without an adult who
can care for them.

Jack gets up, dressed and to school on time every day, at Rillbrook Road
Primary until the summer holiday and at St Aidan's in Marravale from his first
day on 3 September.

Poppy is clean, fed and warm every day, is up to date with her health checks,
and starts at her new nursery in September without losing her records.

Jack and Poppy do not lose the people who know them and check on them because
of the move.


What happens between now and the transfer-in conference
--------------------------------------------------------
I will keep visiting you, Jack and Poppy every week until the transfer-in
conference, including at your new flat in Marravale from Thursday 21 August,
and each visit record will show that I saw Jack on his own and saw where both
children sleep.

You will keep collecting your methadone from the Rillbrook Recovery
Partnership on your agreed days until your first Marravale appointment and
give a urine sample at each fortnightly review, so that Steve can send me the
results before every core group.

Steve Ogunleye, your recovery worker, will send your prescription and test
history to Marravale Drug and Alcohol Service by 8 August, keep prescribing
in Rillbrook until your first Marravale appointment on 20 August, and confirm
to me in writing that day that the appointment happened and your script has
moved over without a gap.

Mrs Ingram, the DSL at Rillbrook Road Primary, will email me Jack's attendance
and a note of how he has been every Friday until the end of term on 23 July,
and will send his safeguarding file to St Aidan's by 25 July, copying me into
the email.

Mrs Dobson, the DSL at St Aidan's, will meet you and Jack at the school on
27 August so that he can see his classroom, and from 3 September she will
email me his attendance every Friday until the transfer-in conference.

Mrs Kay Fenner, manager of Tiddlers Nursery, will send Poppy's learning
journal and a handover note to Little Acorns Nursery in Marravale by
15 August, copying me in, so that Poppy can start there on 3 September with
her records already in place.

Joanne Reece, Poppy's health visitor, will see Poppy at home for her 3-year
check by 30 July and send the results and Poppy's health record to the
Marravale health visiting team by 15 August, with a copy of her covering
letter to me.

Rachel Adeyinka, your family support worker, will keep coming every Tuesday
morning until the transfer-in conference, at your new flat from 19 August, to
work with you on the morning routine and Poppy's potty training, and will
send me a written note of each session.

Your mum, Linda, will have Jack and Poppy to stay every Friday night from
22 August, and will text me each Saturday morning to say that the children
stayed and how they were.

I will send Marravale Children's Services the full file, this plan and my
updated assessment by 1 August, and I will attend the transfer-in conference
on 4 September to hand over in person; Ms Deborah Lusk, the Marravale team
manager, has agreed to confirm to me in writing by 8 August that she has
received everything.


If things go wrong
------------------
If you use heroin or any drug that is not prescribed to you, or a test shows
that you have, or Jack or Poppy are found without an adult able to care for
them, I (or the emergency duty team out of hours) will visit the same day, and
Jack and Poppy will stay with your mum at her house on Orchard Close,
Marravale, while a strategy discussion is held within one working day. If your
mum can't have them, they will go together to Rillbrook foster carers that
day. If she can't have them on a Friday night, they will stay at home with you
and Rachel or I will visit on the Saturday morning.

If the move falls through or is delayed, the plan simply carries on in
Rillbrook and the review conference on 2 December 2025 goes ahead as booked.

If a test shows drug use on two occasions before the transfer-in conference,
or you stop collecting your script, I will ask my manager for a legal planning
meeting within five working days, and that decision will be part of what I
hand over to Marravale.


Meetings
--------
The core group meets every three weeks. The next meetings are on Tuesday
5 August at Rillbrook Family Centre and Tuesday 26 August, which I have booked
at Marravale Family Hub so that the Marravale social worker can come.

The transfer-in child protection conference will be held by Marravale Council
on Thursday 4 September 2025 at 1.30pm at Marravale Civic Centre; Steve and I
will both be there. If you have not moved by then, Jack and Poppy's next
Rillbrook review child protection conference stays booked for Tuesday
2 December 2025 at 10am at Marsh House.

Please ring me if anything here is not what you understood at the core group.

Yours sincerely,


Tomasz Kowalewski
Social Worker, Safeguarding Team South
Direct line 01632 960 587

cc  Steve Ogunleye, Rillbrook Recovery Partnership
    Deborah Lusk, Team Manager, Marravale Children's Services
    Mrs Ingram, Rillbrook Road Primary; Mrs Dobson, St Aidan's
    Joanne Reece, Health Visitor; Rachel Adeyinka, Family Support Worker
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Joint letter from the social worker and the CMHT care coordinator to a
#    mother after the review conference (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b26_roskerry_joint_sw_cmht_letter_petrakis.docx",
    "doc_title": "Joint letter to Elena Petrakis - Theo's child protection plan",
    "split": "tune",
    "template": "joint-letter-to-mother-from-sw-and-cmht-care-coordinator-after-rcpc-named-third-person-paragraphs",
    "description": (
        "Exemplary: one letter written jointly by a 5-year-old's social worker and his mother's CMHT care "
        "coordinator after a review conference (schizoaffective relapse in March, now on a depot). Each "
        "paragraph under 'Who is doing what' is one sentence naming the person, when, and what will be "
        "seen; the care coordinator and psychiatrist report on capacity to change, the uncle's help has a "
        "fallback, Theo's words, outcomes for Theo, relapse triggers with a protective response, core "
        "group dates, next review date and a legal planning meeting."
    ),
    "blocks": [
        ("pr", "Roskerry Council – Children's Services, Harbour Team"),
        ("pr", "Roskerry Community Mental Health Team (North), Roskerry and Wendmoor NHS Foundation Trust"),
        ("pr", "27 June 2025"),
        ("p", ""),
        ("pl", "Ms Elena Petrakis"),
        ("pl", "12 Gull Terrace"),
        ("pl", "Roskerry RK3 8HN"),
        ("p", ""),
        ("p", "Dear Elena,"),
        ("p", "We are writing to you together, Sophie as Theo's social worker and Gareth as your care "
              "coordinator, because at the review conference on Tuesday 24 June you asked for one letter "
              "that says what everyone is doing, rather than two from different offices. The conference "
              "agreed that Theo should stay on a child protection plan under the category of neglect for "
              "now: things are much better than in March, but your recovery is still quite new. This letter "
              "sets out the plan. If anything in it is wrong or unclear, please ring either of us."),
        ("boldp", "What has changed since March"),
        ("p", "In March you stopped taking your medication and became very unwell; the police found you and "
              "Theo in Harbour Park at 2am, and Theo spent twelve days with foster carers while you were on "
              "Marsh Ward. Since you came home on 28 March you have had every depot injection on time, you "
              "have seen Gareth every week, and school say Theo has not been late once since Easter. You told "
              "conference that the hardest part is the tiredness from the medication in the mornings, and "
              "that your brother Marcus has been \"a lifeline\"."),
        ("boldp", "What Theo has told us"),
        ("p", "Theo is five. When Sophie saw him at school on 18 June he drew \"my house with Mummy and me "
              "and the cat\" and said \"Mummy is better now, she doesn't talk to the telly people\". He said "
              "he liked the foster carers' dog but \"I wanted my own bed\". His best day is Wednesday, "
              "because \"Uncle Marcus does fish fingers and we play Mario\". Asked what worries him, he said "
              "\"if Mummy goes back in the hospital\". School say he is settled and chatty, eats well at "
              "lunch and is proud of his reading."),
        ("boldp", "What we want for Theo"),
        ("p", "By the next review conference we want Theo to be living at home with you, looked after every "
              "day and night by a mum who is well enough to get him up, fed and to school on time. We want "
              "Theo never again to be out of the house at night or left without an adult who can care for "
              "him, and we want him to know who to tell, and what will happen, if he is worried you are "
              "becoming unwell. We also want him to keep his good start at school, with attendance of 95% or "
              "more, and to keep his Wednesdays with Uncle Marcus."),
        ("boldp", "Who is doing what"),
        ("p", "Sophie will visit you and Theo at home every week, on a different day each week and at least "
              "once a month after 6pm, and will see Theo on his own at each visit and write down what he "
              "says in her visit notes, which you are welcome to read."),
        ("p", "Gareth will see you at home every week and, with Dr Isobel Grieve, your consultant "
              "psychiatrist, will write a report for the core group by 18 July 2025 on how you are keeping "
              "well, whether you are able to make and keep the changes Theo needs, and how long that is "
              "likely to take."),
        ("p", "Dr Grieve will see you in outpatient clinic on 8 July and 2 September 2025 and, after each "
              "clinic, will write to Sophie and to your GP with her view of whether you are keeping up the "
              "changes Theo needs and whether your medication should change."),
        ("p", "You will have your depot injection at Harbour Street Surgery every second Thursday, and the "
              "surgery's injection record, which Gareth will bring to every core group, will show that each "
              "one was given on time."),
        ("p", "Mrs Adaeze Olu, head teacher and safeguarding lead at Roskerry Harbour Primary, will make sure "
              "it is recorded every morning whether Theo arrived on time, clean and having had breakfast, and "
              "will email Sophie a summary every Friday afternoon."),
        ("p", "Sophie will do four sessions of \"my family\" work with Theo at school, one each Monday from "
              "30 June, so that he has his own words for your illness and knows who to tell if he is worried, "
              "and she will share his work with you and with the core group on 7 August."),
        ("p", "Ms Pam Ibbotson, the school nurse, will complete Theo's health review by 25 July 2025, "
              "including his height, weight, sleep and eyesight, and send the written review to Sophie and "
              "to you."),
        ("p", "Your brother Marcus will collect Theo from school every Wednesday and Friday and give him his "
              "tea at his flat until 7pm, and on those evenings he will text Sophie to say Theo is with him."),
        ("p", "Marcus will also phone you every evening at 8pm and note on the calendar Gareth has given him "
              "whether you sounded like yourself, and Gareth will look at the calendar at each weekly visit."),
        ("boldp", "If you start to become unwell"),
        ("p", "You and Gareth wrote down your early warning signs in May: not sleeping, feeling that the "
              "neighbours are watching you, and wanting to keep Theo home from school. If you miss a depot "
              "injection, stop your medication, or Marcus, school or either of us notices any of these signs, "
              "Gareth will arrange for the home treatment team to see you that day, and Sophie will make sure "
              "Theo goes to stay with Marcus at his flat on Quay Street that night and until the home "
              "treatment team say you are well enough for him to come home."),
        ("p", "If Marcus cannot have Theo, Theo will stay the same day with Mr and Mrs Aldred, the foster "
              "carers he stayed with in March. If Marcus cannot collect Theo on a Wednesday or Friday, Theo "
              "will stay at the school's after-school club until 5.30pm and Sophie or a family support worker "
              "will bring him home, and if Marcus cannot make his evening call, the home treatment team will "
              "ring you at 8pm instead."),
        ("p", "If you are admitted to hospital again before the next review conference, or Gareth and Dr "
              "Grieve's report says that you are not able to make the changes Theo needs within the next six "
              "months, Sophie will ask her manager for a legal planning meeting within five working days."),
        ("boldp", "Meetings"),
        ("p", "The core group (you, Marcus, both of us, Mrs Olu and Ms Ibbotson) will meet every four weeks at "
              "Harbour Street Family Centre, on Thursday 10 July, Thursday 7 August and Thursday 4 September "
              "2025, and Gareth will give a mental health update at each one. The next review child "
              "protection conference is on Tuesday 16 December 2025 at 10am at Roskerry Town Hall."),
        ("p", "With best wishes,"),
        ("pl", "Sophie Kendrick, Social Worker, Roskerry Children's Services – 01632 960 330"),
        ("pl", "Gareth Llewellyn, Care Coordinator (CPN), Roskerry CMHT North – 01632 960 845"),
        ("p", ""),
        ("p", "cc: Dr Isobel Grieve, Consultant Psychiatrist; Dr Tom Ashworth, Harbour Street Surgery; "
              "Mrs Adaeze Olu, Roskerry Harbour Primary; Ms Pam Ibbotson, School Nursing; Marcus Petrakis "
              "(with Elena's agreement)"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Printed email from the social worker to the ward, the foster carers and
#    the core group: a looked-after baby on a CP plan readmitted to hospital
#    (pdf, header and footer). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b26_redwithy_email_print_ward_lac_mwangi.pdf",
    "doc_title": "Email - Arlo Mwangi - plan while he is on Kestrel Ward",
    "split": "tune",
    "template": "outlook-email-print-sw-to-ward-foster-carers-and-core-group-lac-baby-readmitted-plan-paragraphs-paged",
    "description": (
        "Exemplary: a printed email from the social worker about a 7-week-old looked-after baby on a CP "
        "plan (unexplained fractures, PLO) readmitted with bronchiolitis. The plan is paragraphs under "
        "'Who is doing what while Arlo is on Kestrel Ward', each one sentence with owner, timescale and "
        "record: SW visits twice a week, foster carers daily, supervised contact, the drug service reports "
        "on the father's cannabis use; Arlo's observed day, outcomes, specific contingency with "
        "fallback carers, legal gateway, core group and review dates; header and page footer."
    ),
    "header": "OFFICIAL-SENSITIVE",
    "footer": "Printed from Outlook by C Treharne, Redwithy Council – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("kv", [
            ("From", "Carys Treharne <carys.treharne@redwithy.gov.example>"),
            ("Sent", "Tuesday 15 July 2025 08:42"),
            ("To", "Sister Amanda Fry (Kestrel Ward, Redwithy General Hospital); Jan Whitcombe; Phil Whitcombe"),
            ("Cc", "Rana Qureshi (Redwithy Family Centre); Lorna Beck (Health Visitor); Dr Femi Adebanjo "
                   "(Consultant Paediatrician); Helen Sarpong (Family Assessment Service); Dev Patel (Compass); "
                   "Martin Keogh (IRO); Nadia Brook (Team Manager)"),
            ("Subject", "Arlo Mwangi (DOB 28/05/2025) – his plan while he is on Kestrel Ward – please read"),
        ]),
        ("p", ""),
        ("p", "Hello all,"),
        ("p", "Arlo was admitted to Kestrel Ward from A&E on Sunday night (13 July) with bronchiolitis, and "
              "the ward expect him to be in for five to seven days. As most of you know, Arlo is looked after "
              "by Redwithy Council under section 20 and lives with Jan and Phil, and he is also subject to a "
              "child protection plan (physical abuse) because of the unexplained rib fractures found when he "
              "was three weeks old. His plan does not stop because he is in hospital, so I have set out below "
              "who is doing what until he goes home to Jan and Phil. Sister Fry, please could this email go "
              "in Arlo's ward notes."),
        ("boldp", "How Arlo is"),
        ("p", "I saw Arlo on the ward yesterday afternoon. He is in a cubicle in bay 3 on high-flow oxygen and "
              "is being fed through a tube in his nose because he gets too tired to finish a bottle. He was "
              "pale and working hard to breathe, but he settled straight away when Jan held him skin to skin "
              "and he turned his head towards her voice. During his parents' contact he quietened and opened "
              "his eyes when Joy sang to him, and he held on to Tyrone's finger. The nurses say he cries when "
              "the oxygen tube is moved and settles quickest when someone he knows is holding him."),
        ("boldp", "What we want for Arlo"),
        ("p", "Arlo gets well and goes home to Jan and Phil with his breathing and feeding back to how they "
              "were before he was ill. While he is on the ward he has someone he knows with him for most of "
              "the day, and he keeps seeing his mum and dad three times a week, supervised, as he does at "
              "home. He is kept safe on the ward, where only the people named below can visit him, and by "
              "his review conference he is gaining weight along his centile again."),
        ("boldp", "Who is doing what while Arlo is on Kestrel Ward"),
        ("p", "I will visit Arlo on the ward every Tuesday and Friday while he is in, starting this Friday, "
              "18 July, and I will record each visit on his file with how he is feeding and breathing and who "
              "was with him."),
        ("p", "Jan will be with Arlo on the ward every day from 9am to 3pm, doing his cares and tube feeds "
              "alongside the nurses, and Phil will be with him every evening from 6pm to 8.30pm, and both of "
              "them will write in the daily log the ward has put by his cot, which I will read at each visit."),
        ("p", "Rana Qureshi from Redwithy Family Centre will supervise Joy and Tyrone's contact with Arlo in "
              "the ward's parents' room, or by his cot if he cannot be moved, every Monday, Wednesday and "
              "Saturday from 11am to 1pm, and will send me her written contact record by the end of each "
              "contact day."),
        ("p", "Sister Fry has agreed that the nurse in charge of each shift on Kestrel Ward will ring me, or "
              "the emergency duty team out of hours, within an hour if anyone other than Joy, Tyrone, Jan, "
              "Phil, Rana or me asks to see Arlo or to take him off the ward, and will note the call in his "
              "hospital record."),
        ("p", "Dr Adebanjo will write to me and to Jan before Arlo is discharged to confirm that he is "
              "medically fit to go home, with his feeding plan and oxygen levels, and will see him in clinic "
              "within two weeks of discharge."),
        ("p", "Lorna Beck, Arlo's health visitor, will visit him at Jan and Phil's within two working days of "
              "discharge to weigh him and check his breathing, and will email me his weight the same day."),
        ("p", "Helen Sarpong of the Redwithy Family Assessment Service will hold the parenting assessment "
              "sessions with Joy and Tyrone on 16 and 23 July in the ward's parents' room instead of at the "
              "centre, so that the assessment is not delayed, and her final report will still reach the core "
              "group by 8 August."),
        ("p", "Dev Patel, Tyrone's recovery worker at Compass, will keep seeing Tyrone every week while Arlo "
              "is in hospital and will send me Tyrone's drug test results before the core group on 24 July, "
              "with his view of whether Tyrone's cannabis use has dropped enough for him to care for Arlo "
              "safely during contact."),
        ("p", "I will update Arlo's IRO, Martin Keogh, by phone by 17 July and again on the day Arlo is "
              "discharged, and I will record both calls on Arlo's file."),
        ("boldp", "If things change"),
        ("p", "If Arlo needs to go to the high dependency unit or is transferred to Castlebridge Children's "
              "Hospital, Jan will go with him, I will visit him there within 24 hours and then every Tuesday "
              "and Friday, and his contact arrangements will move with him. If Jan or Phil cannot be with "
              "Arlo for their usual hours, for example because one of them is unwell, the fostering team will "
              "send a sessional worker from Redwithy Family Link to sit with him for the same hours from the "
              "next day."),
        ("p", "If Joy or Tyrone try to take Arlo off the ward, arrive under the influence of drugs or alcohol, "
              "or anyone not named above tries to see him, the nurse in charge will call hospital security "
              "and the police straight away, contact will stop for that day, and I will hold a strategy "
              "discussion within 24 hours."),
        ("p", "Arlo's case is already in pre-proceedings under the Public Law Outline. If Helen's assessment "
              "on 8 August concludes that Joy and Tyrone cannot care for Arlo safely, or there is an incident "
              "of the kind above on the ward, Nadia will take the case to the legal gateway meeting on 12 "
              "August to decide whether to issue care proceedings."),
        ("boldp", "Meetings"),
        ("p", "The core group will keep meeting every two weeks while Arlo is in hospital: the next meeting "
              "is on Thursday 24 July at 2pm in the Kestrel Ward family room, and the one after on Thursday "
              "7 August at Redwithy Family Centre. Arlo's review child protection conference is on Thursday "
              "21 August 2025 at 10am at Redwithy Town Hall, and his looked after review will follow that "
              "afternoon."),
        ("p", "Thank you all. Please reply to all if anything here is wrong, and ring me on 07700 900 418 "
              "with anything urgent."),
        ("p", "Carys"),
        ("pl", "Carys Treharne | Social Worker | Children in Care Team | Redwithy Council"),
        ("pl", "River House, 3 Riverside Walk, Redwithy RW2 5BE | 01632 960 214"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. ICPC chair's closing summary, dictated at the end of the meeting and
#    typed by the minute taker (txt). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b26_rimblesby_chairs_closing_summary_strickland.txt",
    "split": "tune",
    "template": "icpc-chairs-closing-summary-dictated-typed-by-minute-taker-first-person-paragraphs-caps-subheads-txt",
    "description": (
        "Exemplary: an initial conference chair's closing summary, dictated at the end of the meeting and "
        "typed up (father's weekend cocaine use, children of 13 and 10 left alone overnight). Under 'What "
        "everyone has agreed to do' each paragraph is one sentence naming the person, when and what will "
        "be sent or recorded; the drug service reports on capacity to change, the aunt's and grandfather's "
        "help has a fallback, Kai's note and Summer's words, outcomes for both children, core group dates, "
        "review date and a legal planning meeting."
    ),
    "text": """\
RIMBLESBY BOROUGH COUNCIL
Safeguarding Children Review Unit

INITIAL CHILD PROTECTION CONFERENCE - CHAIR'S SUMMARY
(dictated by the chair at the close of the meeting and typed up by the
minute taker; to be read with the full minutes)

Children:    Kai STRICKLAND, born 02/03/2012 (13)
             Summer STRICKLAND, born 19/10/2014 (10)
Address:     22 Fenby Walk, Rimblesby RM7 3JD
Conference:  Thursday 7 August 2025, 10.00am, Room 4, Rimblesby Town Hall
Chair:       Priya Halloway, Child Protection Chair
Minutes:     Dawn Ackroyd

Present: Lee Strickland (father); Jodie Strickland (paternal aunt); Adam
Rook (SW); Tom Owusu (DSL, Rimblesby Academy); Eleanor Gale (class
teacher, Fenby Lane Primary); Hannah Beer (school nurse); Becca Lyle
(Horizon drug and alcohol service); PC Martin Dyer (Rimblesby Police).
Report received from Dr Ashok Rana (GP), who could not attend.

------------------------------------------------------------------------

Thank you all for coming, and thank you especially to Lee and Jodie. I
know it is not easy to sit in a room and hear professionals talk about
your family, and Lee, you have been honest with us today, which helps.

What I have heard today worries me. Since the spring Lee has been using
cocaine and drinking heavily at weekends. On 12 July Kai and Summer were
on their own in the house from Saturday evening until Sunday lunchtime,
and Kai rang 999 when Summer had a nosebleed he could not stop. PC Dyer
found very little food in the house. Kai's attendance has dropped to 71%
this year and he has been late on most Mondays. Lee told us that he has
struggled since the children's mum, Nicola, died in 2021, and that
weekends are when he "lets go".

I have also heard a lot that is good. Lee works full time, the house is
usually clean, and the children are close to him and to each other. Lee
says he has not used since 12 July, he has already been to Horizon for a
first appointment, and he came today with Jodie, who has offered to help
at weekends. Both children are doing well with their learning, and
Summer's school describe her as kind and hard-working.

Kai did not want to come today, but he wrote a note that Adam read out:
"I don't want Dad to get in trouble. I just want him not to go out on
Saturdays. I can look after Summer but I don't like it when she is
scared." Summer told Miss Gale that she likes "Sunday mornings when Dad
makes pancakes" and that "when Dad goes out Kai lets me sleep in his
room". She gets "butterflies" on Fridays, and she would like "Auntie
Jodie to come more". Both children told Adam that they want to go on
living with their dad.

DECISION

Every professional here thinks that Kai and Summer have suffered, and
are likely to suffer, significant harm through neglect. My decision is
that both children will be subject to child protection plans under the
category of neglect. Lee said that he understands and agrees.

WHAT NEEDS TO CHANGE FOR KAI AND SUMMER

What we all want is for Kai and Summer never again to be left on their
own overnight, and for a sober adult to be looking after them every
night of the week, weekends included. We want there to be food in the
house every day, and Kai back in school on time, with his attendance
above 90% by the review. We want Summer to be able to tell Miss Gale
that she no longer gets butterflies on Fridays, and Kai to stop being
the one who looks after her. And we want both children to have the
chance to talk about their mum with someone who knows about grief.

WHAT EVERYONE HAS AGREED TO DO

Lee has agreed to see his Horizon worker every Tuesday at 5.30pm from
12 August, and Horizon will send Adam his attendance record at the end
of each month.

Becca Lyle at Horizon will complete Lee's full drug and alcohol
assessment by 29 August and will write to the core group before every
meeting with his test results and her view of whether he can stop using
within Kai and Summer's timescale, which is by the review conference.

Lee has agreed to a hair strand test for cocaine and alcohol, which Adam
will arrange through Horizon by 22 August, with the result shared at the
core group on 16 September.

Adam Rook, the social worker, will visit the family at least once a
week, with a Saturday or Sunday visit at least every other weekend, and
will see Kai and Summer on their own and record in his visit notes
whether there is food in the house and whether Lee appears sober.

Jodie has agreed to have Kai and Summer to stay at her house every
Friday and Saturday night, starting tomorrow, 8 August, and to text Adam
each Saturday and Sunday morning to confirm the children are with her.

The children's grandad, Mr Ron Cheetham, who spoke to Adam before today,
has agreed to ring Kai every Sunday at 7pm and to tell Adam the same
evening if Kai says that he and Summer have been left alone, and Adam
will record each call on the children's file.

Mr Owusu at Rimblesby Academy will phone Lee by 10am on any day Kai is
not in school, and will email Adam Kai's attendance every Friday.

Miss Gale will have a five-minute check-in with Summer every Monday
morning in the nurture room and will email Adam a short note by Monday
lunchtime of what Summer says about her weekend.

Hannah Beer, the school nurse, will see Summer for six weekly sessions
about her worries from 8 September and will write to Adam and Lee after
the sixth session with Summer's scores on the worry scale at the first
and last sessions.

Adam will refer Kai and Summer to Little Lanterns, the children's
bereavement service, by 15 August and will tell the core group on
16 September the date of their first appointment.

IF THINGS GO WRONG

If Adam, school, Jodie or Mr Cheetham find that Kai and Summer have been
left on their own overnight, or that Lee has used cocaine or been drunk
while looking after them, Adam, or the emergency duty team out of hours,
will visit that day, and the children will go to stay with Jodie at her
house on Colby Road while a strategy discussion is held the next working
day. If Jodie cannot have them, at a weekend or in an emergency, Mr
Cheetham has agreed to have them at his flat; if neither of them can,
Adam will arrange for Kai and Summer to stay together with emergency
foster carers that day. If Mr Cheetham cannot make his Sunday call, Adam
will ring Kai himself after school on the Monday.

If Lee's hair strand test shows continuing cocaine use, or the children
are left on their own again, Adam will ask his team manager for a legal
planning meeting within five working days.

MEETING AGAIN

The first core group will be on Tuesday 19 August 2025 at 4pm at Fenby
Lane Primary, and after that the core group will meet every four weeks,
on 16 September and 14 October. The review child protection conference
will be on Thursday 30 October 2025 at 10am here at the Town Hall.

That is the end of my summary. Lee and Jodie, thank you again. You will
get a copy of this summary within five working days and the full minutes
within twenty.

Priya Halloway
Child Protection Chair, 7 August 2025
""",
    "findings": [],
})
