"""Batch 25, module 2: seven fictional plans (tuning material), all named b25_f*.

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus of this module: plans whose actions are lists or sentences rather than
tables (a letter with time-grouped bullets, a child's own wish list with each
grown-up's reply, a review record with "what happens next" bullets, a typed
family agreement, core group minutes whose decisions are the plan, a letter to
a mother with "your part / our part" lists, a ward plan in bullets), set among
lists and paragraphs that are not actions (updates, worries, strengths, what
the child said, decisions already taken, history).
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Letter to parents after an ICPC, actions as bullets grouped under
#    "straight away / every week / before the review" lead-ins (docx).
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b25_fenwhistle_icpc_letter_time_grouped_bullets_kowalski.docx",
    "doc_title": "Letter to parents after the initial child protection conference - Kacper and Zofia",
    "split": "tune",
    "template": "icpc-letter-to-parents-strengths-decided-lists-then-bullets-under-straight-away-every-week-before-review-lead-ins",
    "description": (
        "Exemplary letter from the SW to both parents after an ICPC for a 7-year-old and a 4-month-old "
        "(father's drinking and a domestic incident, mother's postnatal depression). Lists of strengths, "
        "decisions already taken and the child's words sit before the plan, whose bullets are grouped under "
        "plain-words time lead-ins; every bullet names its owner, timescale and measure. The alcohol "
        "service and the GP own actions, the perinatal psychiatrist assesses capacity to change, the "
        "grandmother's weekends are covered in a specific contingency, core group dates, review date and "
        "legal planning are set."
    ),
    "blocks": [
        ("pr", "Fenwhistle Borough Council"),
        ("pr", "Children's Services – Safeguarding and Family Support (East)"),
        ("pr", "Elmfield House, 22 Station Road, Fenwhistle"),
        ("pr", "12 May 2025"),
        ("p", ""),
        ("pl", "Mrs Agnieszka Kowalska and Mr Tomasz Kowalski"),
        ("pl", "14 Larkspur Close"),
        ("pl", "Fenwhistle"),
        ("p", ""),
        ("p", "Dear Agnieszka and Tomasz,"),
        ("p", "Thank you for coming to the initial child protection conference on Thursday 8 May, and for "
              "bringing Halina with you. I know it was a long morning and that some of what was said was hard "
              "to hear. As promised, this letter sets out what was decided and what happens now, in plain "
              "words. Ania Zielinska, the interpreter, will go through it with you in Polish at my next visit "
              "if that helps."),
        ("boldp", "Why Kacper and Zofia have a plan"),
        ("p", "On 19 April the police were called because Tomasz had been drinking, was shouting and punched "
              "a hole in the kitchen door. Kacper took Zofia into the bathroom and locked the door. Tomasz, you "
              "told the conference that you drink eight to ten cans on most Fridays and Saturdays. Agnieszka, "
              "your GP diagnosed postnatal depression in March; you told us that some nights you cannot make "
              "yourself get up for Zofia's feeds, and Zofia's weight dropped from the 50th to the 25th centile "
              "between her 6 and 12 week checks. The conference agreed that Kacper and Zofia need a child "
              "protection plan under the category of emotional abuse."),
        ("boldp", "What the conference heard is going well"),
        ("bullets", [
            "Agnieszka has taken her sertraline every day since 20 March and has told Jo, the health visitor, "
            "honestly how she is feeling.",
            "Tomasz moved to his brother Piotr's flat on 20 April and has kept to the agreement not to come "
            "to the house after drinking.",
            "Halina has stayed every weekend since the incident. Kacper says the house is \"calm when Babcia "
            "is here\".",
            "Kacper's attendance at St Anselm's Primary is 97% this term and his teacher says he is doing well "
            "with his reading.",
        ]),
        ("boldp", "What has already been decided"),
        ("bullets", [
            "Kacper and Zofia are subject to child protection plans from 8 May 2025 (category: emotional abuse).",
            "Conference agreed that Tomasz stays at Piotr's flat until at least the review conference, and that "
            "he sees the children at the house only when Agnieszka or Halina is there and he has not been drinking.",
            "Conference did not agree to a referral for a parenting assessment at this stage; it will be looked at "
            "again at the review.",
        ]),
        ("boldp", "What Kacper told me, and what we have seen of Zofia"),
        ("bullets", [
            "\"When Tata shouts I take Zosia in the bathroom and put the tap on so she can't hear.\"",
            "He likes it when Babcia makes pierogi and when Tata plays football with him \"when he's normal\".",
            "He wants \"Tata to stop the beer\" and \"Mama to not be sad in bed\".",
            "Zofia: when I visited on 2 May she was awake and alert, smiled at Kacper and fed well from the "
            "bottle Halina gave her. Jo has seen her settle quickly when she is held, but she had a sore nappy "
            "rash at the 23 April visit and was hungry and crying when Jo arrived.",
        ]),
        ("boldp", "What we want for Kacper and Zofia"),
        ("bullets", [
            "Kacper and Zofia live in a home where nobody shouts, hits or breaks things, and Kacper no longer "
            "hides in the bathroom with his sister.",
            "Zofia is fed on time, day and night, and her weight gets back to her own line on the chart "
            "(around the 50th centile).",
            "Kacper goes to school every day knowing who he can tell if he is worried, and sees his dad only "
            "when his dad is sober.",
        ]),
        ("boldp", "Who will do what"),
        ("p", "Straight away:"),
        ("bullets", [
            "I will see Kacper on his own at school by Friday 16 May and write down what he tells me in my "
            "visit record, which I will read out at the first core group.",
            "Naomi Bell, recovery worker at the Fenwhistle Recovery Partnership, will complete a full "
            "assessment of Tomasz's drinking by 23 May 2025 and send me a written summary with his first "
            "breath test results.",
            "Dr Saira Malik, Agnieszka's GP, will review her sertraline by 23 May 2025 and write to me and to "
            "the perinatal team with any change to her medication.",
            "Dr Fiona Adair, perinatal psychiatrist in the Fenwhistle Perinatal Mental Health Team, will see "
            "Agnieszka by 30 May 2025 and write a report for the core group by 20 June 2025 on how her "
            "depression affects her care of Zofia, what needs to change and how long that is likely to take.",
        ]),
        ("p", "Every week:"),
        ("bullets", [
            "Jo Pringle (HV) will visit every Tuesday, weigh Zofia and plot her weight in the red book; we want "
            "to see Zofia back on the 50th centile by the review conference.",
            "Halina will stay from Friday teatime to Sunday evening every weekend and do Zofia's night feeds "
            "with Agnieszka, writing each feed on the chart on the fridge, which Jo and I will check.",
            "Tomasz will have a breath test at the Recovery Partnership every Monday and Thursday, and Naomi "
            "will email me the readings each Friday; every reading should be zero.",
            "Mrs Dorota Lis, the DSL at St Anselm's Primary, will see Kacper every Monday morning and email me "
            "every Friday with his attendance and anything he has said about home.",
            "I will visit you at home every 2 weeks (one visit in three unannounced), and my visit notes will "
            "show that I have seen Kacper on his own and seen Zofia awake and being fed.",
        ]),
        ("p", "Before the review conference:"),
        ("bullets", [
            "Tomasz will start the Caring Dads programme at Fenwhistle Family Hub by 9 June 2025, and the "
            "facilitator, Ben Okoro, will send me an attendance and progress report after session 8.",
            "I will finish the child and family assessment by 27 June 2025 and share it with you both and the "
            "core group at least 5 working days before the review conference.",
        ]),
        ("boldp", "If things go wrong"),
        ("p", "If Tomasz comes to the house after drinking, or any of his breath tests is not zero, he will not "
              "see the children until I have spoken to you both, and Agnieszka or Halina will ring 999 if he "
              "will not leave. If Agnieszka is too unwell to get up for Zofia's feeds, or the perinatal team "
              "are worried that her mood is dropping quickly, Halina has agreed to move in full time and I will "
              "hold a strategy discussion the same day. If Halina cannot stay or becomes ill herself, Kacper and "
              "Zofia will be looked after by Agnieszka's sister, Ewa Nowak, in Brookfield (I visited and checked "
              "her home on 6 May). If Ewa cannot have them either, they will be placed together with approved "
              "foster carers that day, and my manager will request a legal planning meeting within 5 working "
              "days."),
        ("boldp", "When we will meet"),
        ("bullets", [
            "The core group (you both, Halina, me, Jo, Mrs Lis, Naomi and the perinatal team) will meet every "
            "4 weeks at Fenwhistle Family Hub: 29 May, 26 June and 24 July 2025, all at 10am.",
            "The review child protection conference will be on Thursday 7 August 2025 at 1.30pm at Fenwhistle "
            "Civic Offices.",
            "If the perinatal report or the breath test results show that things are not changing quickly "
            "enough for Kacper and Zofia by the core group on 24 July, my manager, Gareth Doyle, will request a "
            "legal planning meeting. I would talk to you both about this first.",
        ]),
        ("p", "If anything in this letter is not clear, or you think something is wrong, please ring me on "
              "01632 960 271. You can also ask for the conference minutes in Polish."),
        ("p", "Yours sincerely,"),
        ("pl", "Rhiannon Pugh"),
        ("pl", "Social Worker, Safeguarding and Family Support (East)"),
        ("pl", "cc: Halina Kowalska (with Agnieszka's agreement); conference chair"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Child-friendly plan: the child's own wish list, each item answered by a
#    grown-up in the first person (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b25_frettonby_my_wish_list_grown_ups_reply_galloway.md",
    "split": "tune",
    "template": "child-friendly-childs-own-wish-list-numbered-each-answered-by-a-grown-up-in-first-person-md",
    "description": (
        "Exemplary child-friendly plan for a 9-year-old and her 3-year-old brother (neglect: left alone "
        "after school while mum works). Maisie's own numbered wish list is the spine; under each wish a "
        "named grown-up answers in the first person with when and how everyone will know. Lists of what "
        "Maisie said and what is already better are not actions. Grandad's pick-ups are backed by an aunt "
        "and a paid after-school place; a note for the grown-ups gives the legal planning step; core group "
        "dates and the review date are set."
    ),
    "text": """\
# Maisie's plan

**Frettonby Council – Children's Services**

Made with Maisie at her kitchen table on Thursday 15 May 2025, after the
initial child protection conference on 12 May. Mum and the other grown-ups
have a longer copy with all the details. Maisie chose the purple.

---

## Why there is a plan

At the meeting on 12 May the grown-ups agreed that you and Reggie need a plan.
Lots of times this year you have been at home on your own with Reggie after
school while Mum was at work, sometimes until 8 o'clock, and in April the
police brought Reggie home after he got out of the front door and onto the
street. There hasn't always been food in for tea, and your tooth has been
hurting for ages. That is a lot for someone who is 9, and **none of it is your
fault**.

## Things you told me

- "I'm the boss of Reggie after school but he doesn't listen."
- "I make us toast or cereal. Sometimes there's no milk so it's just toast."
- "I like Grandad's days best because he does fish fingers and we play Uno."
- "I don't want Mum to get in trouble. She works really hard."
- You put your worry about home at 6 on the worry ladder (10 means no worries at all).

Reggie showed me his dinosaurs and told me "Maisie makes my dinner". Kelly at
Little Acorns Nursery says he is often the last one picked up, and he is very
hungry at drop-off on Mondays.

## Things that are already better

- Mum has changed her shifts at the care home, so from Monday 19 May she
  finishes at 5pm every weekday.
- Grandad Pete already picks you up on Tuesdays and Thursdays.
- You haven't missed a single day of school this year. Amazing.

## What everyone wants for you and Reggie

- You and Reggie always have a grown-up at home with you after school and at night.
- You both have a proper tea every day, and your tooth gets fixed so it stops hurting.
- You get to be 9 again, not Reggie's babysitter, with time for Brownies and your friends.

## Your list, and what the grown-ups said back

You wrote this list yourself. Under each thing is the answer from the
grown-up who is going to do it. The answers are the plan.

1. **"Don't leave me on my own with Reggie."**
   Mum says: "I will be home by 5.30pm every school day from Monday 19 May.
   On Tuesdays and Thursdays I'll collect you both from Grandad's on my way
   home. I'll fill in the sign-in sheet on the fridge every day to show who
   was at home with you, and Hannah will check it every time she visits."

2. **"Grandad's days."**
   Grandad Pete says: "I'll pick you up from school and Reggie from nursery
   every Tuesday and Thursday at 3.15 and do your tea at mine, and I'll sign
   the pick-up book at the school office each time."

3. **"Someone to talk to at school."**
   Miss Achebe (your teacher, and the person at school whose job is keeping
   children safe) says: "I'll have a check-in with you every Monday at break
   in the library, and every Friday I'll email Hannah to say how your week
   was and whether you were on time."

4. **"Help Mum with tea and bedtime."**
   Sam Prentice (family support worker) says: "I'll come every Wednesday at
   teatime for 8 weeks, starting on 21 May, and help Mum set up a tea, bath
   and bed routine. Each week I fill in a chart showing which days the
   routine happened, and Hannah and Mum get a copy."

5. **"Fix my tooth."**
   Mum says: "I'll take you to the Frettonby Smile Clinic by Friday 13 June,
   and the dentist will send Hannah a letter to say your tooth has been
   treated."

6. **"Reggie being hungry."**
   Kelly (Reggie's keyworker at Little Acorns) says: "Every day I'll write
   down what time Reggie is picked up, who picks him up and whether he's had
   breakfast, and I'll send the sheet to Hannah every Friday."

7. **"Reggie's talking."**
   Jade Lund (Reggie's health visitor) says: "I'll do Reggie's check of his
   talking and growing at home by 30 June, and send the results to Mum and
   to Hannah."

8. **"See me on my own."**
   Hannah (me, your social worker) says: "I'll see you on your own every 2
   weeks, at school or at home, and I'll write down what you tell me so it
   goes to every meeting."

## If something goes wrong

If you are ever at home on your own with Reggie after school, ring Grandad on
07700 900318 (it's on the fridge and in your book bag). If he doesn't answer,
ring Auntie Kim on 07700 900442. Then tell Miss Achebe in the morning, and
Hannah will come and see you that same day.

If Grandad can't do his days (if he's poorly or away), Auntie Kim will pick
you both up instead. If nobody in the family can, you and Reggie will stay at
the after-school club and at nursery until Mum finishes work. We have already
booked and paid for those places, so they are ready if they are needed.

**For the grown-ups:** if Maisie and Reggie are found on their own again after
19 May, Hannah will hold a strategy discussion that day. If it happens twice,
or the sign-in sheet and the nursery sheets show the plan is not working by the
core group on 23 June, Hannah's manager, Tom Reilly, will request a legal
planning meeting.

## When we'll check the plan is working

- The core group (Mum, Grandad, Miss Achebe, Kelly, Jade, Sam and Hannah)
  meets every 4 weeks: 26 May, 23 June and 21 July 2025, at 3.45pm at school.
- The review child protection conference is on Monday 4 August 2025 at 10am
  at Frettonby Family Centre. You can come for the start, or write or draw
  what you want the meeting to know and Hannah will read it out.

*Hannah Ofori, Social Worker, Frettonby Children's Services – 01632 960 588*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Review conference record: "then / now" progress bullets, analysis and
#    decision, then "What happens next" bullets with a dash before the
#    measure; PDF with header and page footer. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b25_foldersea_rcpc_then_now_next_bullets_haldane.pdf",
    "doc_title": "Review Child Protection Conference - Record and Plan - Ellis and Rosie Haldane",
    "split": "tune",
    "template": "rcpc-record-attendees-then-now-progress-bullets-decision-then-what-happens-next-owner-colon-bullets-dash-measure-paged",
    "description": (
        "Exemplary review conference record for an 11-year-old and a 6-year-old (mother's emotionally "
        "unstable personality disorder and self-harm), OFFICIAL-SENSITIVE header and 'Page N of M' footer "
        "on every page. Attendees, 'then / now' progress bullets, the children's and parents' views, the "
        "chair's analysis and the decision are not actions; the plan is a bullet list with the owner first "
        "and a dash before the measure. The CMHT psychologist assesses capacity to change and the care "
        "coordinator reports on change; grandmother's and father's care is backed by foster care in the "
        "contingency; core group dates, review date and legal gateway are set."
    ),
    "header": "OFFICIAL-SENSITIVE | Foldersea Council Children's Services | CP review ref FOL/RC/25/0663",
    "footer": "RCPC record 10/06/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Conference – Record and Plan"),
        ("kv", [
            ("Children", "Ellis Haldane (11), Year 6; Rosie Haldane (6), Year 1 – both at Foldersea Primary"),
            ("Home", "With mum, Carly Haldane, 9 Saltmarsh Row, Foldersea"),
            ("Conference", "First review conference, 10/06/2025, 10am, Foldersea Town Hall (ICPC 11/03/2025)"),
            ("Chair", "Nadia Rahman, Independent Reviewing Officer"),
            ("Minutes", "Leanne Cho, business support"),
            ("Category", "Emotional abuse"),
        ]),
        ("h1", "Who came"),
        ("bullets", [
            "Carly Haldane (mum) and Darren Haldane (dad, lives in Foldersea, sees the children every weekend)",
            "Jean Haldane (paternal grandmother), for the first half, at Carly's request",
            "Owen Castell, social worker, Foldersea Children's Services",
            "Lorna Baxter, CPN and care coordinator, Foldersea Community Mental Health Team",
            "Dr Lucy Tully, clinical psychologist, Foldersea Community Mental Health Team",
            "Mrs Yvonne Clarke, DSL, Foldersea Primary",
            "Beth Morley, school nurse",
            "Rachel Dunne, Foldersea Young Carers",
            "Apologies: Dr Imran Qureshi (GP) – written report received",
        ]),
        ("h1", "Where things were in March, and where they are now"),
        ("bullets", [
            "Then: Carly had been taken to A&E after self-harm twice in February, both times with the children at "
            "home; Ellis rang the ambulance the second time. Now: no self-harm needing hospital since 2 April; one "
            "incident of cutting on 20 May, which Carly told Lorna about the next morning.",
            "Then: Carly was not in contact with mental health services. Now: Lorna has been her care coordinator "
            "since 24 March, she has a written crisis plan, and she started DBT skills group on 4 June.",
            "Then: Ellis was getting Rosie up and to school most days and missed 9 sessions in a half term. Now: "
            "Ellis has missed 2 sessions since Easter; Jean or Carly takes both children to school.",
            "Then: Rosie was wetting the bed most nights. Now: still 4 or 5 nights a week; not yet seen by the school nurse.",
        ]),
        ("h1", "What Ellis and Rosie told us"),
        ("p", "Owen saw Ellis on his own at school on 3 June. Ellis said home is \"loads better than before\" and put "
              "himself at 7 on a scale where 10 is \"I never worry about Mum\". He said he still checks on his mum at "
              "night \"just in case\" and does not like leaving her to go to Young Carers, but he likes the group "
              "\"because nobody asks you stuff\". He is nervous about starting at Foldersea Academy in September and "
              "wants a teacher there who knows. Rosie drew her family with everyone holding hands and a big sun. She "
              "said she likes sleepovers at Nana Jean's and \"Mummy's happy now mostly\". She did not want to talk "
              "about the wet beds."),
        ("h1", "What Carly and Darren said"),
        ("p", "Carly said the DBT group is \"hard but it's the first thing that's made sense\" and that she wants the "
              "children off the plan by Christmas. She said she hid the May incident at first because she was "
              "frightened the children would be taken. Darren said he is happy to have the children more at weekends "
              "and to be the back-up if Jean cannot manage."),
        ("h1", "What the conference thought"),
        ("p", "There has been real progress: the children are in school, Carly is in treatment and is telling "
              "professionals when she struggles. But Carly's difficulties are long-standing, the May incident shows "
              "how quickly things can change, and Ellis is still carrying worry about his mum. Nobody yet knows "
              "whether Carly can keep the changes going, and Dr Tully's assessment is the key piece of information "
              "for the next review."),
        ("h1", "Decision"),
        ("p", "Ellis and Rosie remain subject to child protection plans under the category of emotional abuse. All "
              "agencies agreed. Carly and Darren were told of the decision and of how to complain."),
        ("h1", "What we want for Ellis and Rosie"),
        ("bullets", [
            "Ellis and Rosie always have a well adult looking after them, and are never the ones who have to "
            "call for help when Mum is in crisis.",
            "Ellis stops checking on his mum at night, goes to school and Young Carers every week, and starts at "
            "Foldersea Academy with a named adult who knows his story.",
            "Rosie's bedwetting is treated, and she has fewer than 2 wet nights a week by the next review.",
        ]),
        ("h1", "What happens next"),
        ("bullets", [
            "Owen Castell (SW): visit Ellis and Rosie at home every 2 weeks, one visit in three unannounced, and see "
            "each child on their own – visit notes show both children seen alone and Ellis's worry scale recorded "
            "each time.",
            "Dr Lucy Tully (clinical psychologist, Foldersea CMHT): assess Carly's capacity to make and keep the "
            "changes Ellis and Rosie need, and the likely timescale, by 18/07/2025 – written report to the core "
            "group on 24/07/2025.",
            "Lorna Baxter (CPN, care coordinator): see Carly every 2 weeks and update her crisis plan with her by "
            "20/06/2025 – written update to Owen before each core group on any self-harm and on whether Carly is "
            "making the changes this plan asks for.",
            "Owen Castell (SW): do a safety plan with Ellis and Rosie by 20/06/2025 so each knows who to call if Mum "
            "is unwell – Ellis keeps a copy in his school bag and can tell Mrs Clarke who he would call.",
            "Mrs Yvonne Clarke (DSL): check in with Ellis and Rosie every Monday – email to Owen every Friday with "
            "their attendance and anything they say about home.",
            "Mrs Yvonne Clarke (DSL): share Ellis's plan with the DSL at Foldersea Academy by 11/07/2025 and set up "
            "2 extra transition visits before the summer – the Academy confirms Ellis's named adult in writing.",
            "Rachel Dunne (Foldersea Young Carers): place for Ellis in the Thursday after-school group from "
            "19/06/2025 – attendance sent to Owen before each core group.",
            "Beth Morley (school nurse): see Rosie about her bedwetting by 27/06/2025 and agree a continence plan "
            "with Carly – plan copied to Owen; wet nights recorded on Rosie's star chart and counted at each core "
            "group.",
            "Jean Haldane (paternal grandmother): have Ellis and Rosie to stay every Friday night – each stay written "
            "in the family diary, which Owen checks at every visit.",
            "Darren Haldane (dad): have Ellis and Rosie every Saturday from 10am to 4pm and phone them every "
            "Wednesday evening – visits and calls written in the family diary.",
        ]),
        ("h1", "If Carly becomes unwell or things slip"),
        ("p", "If Carly self-harms, tells anyone she is planning to, or is found too unwell to look after the "
              "children, the adult with her (or Ellis, using his safety plan) will ring 999 or the Foldersea Crisis "
              "Team, and Ellis and Rosie will go to Jean's house the same day. Owen, or the emergency duty team out of "
              "hours, will hold a strategy discussion that day. If Jean cannot have them (she is 71 and recovering "
              "from a hip operation), Darren has agreed to collect them and keep them at his flat; if neither can, "
              "the children will be placed together with approved foster carers that night. If there is a second "
              "incident with the children at home, Owen's manager will request a legal planning meeting within 5 "
              "working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every 4 weeks – 26/06/2025 and 24/07/2025 at Foldersea Primary, 21/08/2025 at Foldersea "
            "Family Hub; all at 4pm.",
            "Next review child protection conference: 09/09/2025, 10am, Foldersea Town Hall.",
            "If Dr Tully's assessment says Carly is unlikely to make the changes within the children's timescale, "
            "or there is another crisis with the children at home, the team manager will take the case to the "
            "legal gateway panel for legal advice on pre-proceedings.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Typed family agreement after a home visit, numbered "we agree" items
#    among dash lists of worries, strengths and history (txt).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b25_furzebeck_typed_family_agreement_numbered_briggs.txt",
    "split": "tune",
    "template": "typed-family-agreement-after-home-visit-dash-lists-worries-going-ok-since-last-time-then-numbered-we-agree-items-signatures-txt",
    "description": (
        "SW's typed-up written agreement for two boys (father's drinking, arguments, mother's low mood), "
        "revised at a family meeting at home. Dash lists of worries, strengths and what has happened since "
        "the last meeting, the boys' words and outcomes sit before ten numbered agreement items. 'When he "
        "can', 'asap', 'when the next one starts', no timescale for the FSW's work or the GP, the whole "
        "family keeping an eye out 'ongoing', missing measures, an adult-only outcome; no adult service owns "
        "an action, the nan's care has no fallback, no core group date and no legal step."
    ),
    "text": """\
FURZEBECK COUNCIL - CHILDREN'S SERVICES
Child Protection Plan - WRITTEN AGREEMENT (revised)

Children:   Tyler Briggs (10)  DOB 14/02/2015
            Kayden Briggs (5)  DOB 30/09/2019
Parents:    Kirsty Briggs (mum), Lee Briggs (dad) - both at 42 Hawthorn
            Crescent, Furzebeck
Plan from:  ICPC 08/04/2025 (neglect). This agreement revised at a
            family meeting at home on 03/06/2025, after core group 2
            (27/05/2025).
SW:         Gemma Holt, Furzebeck Family Safeguarding Team

WHO WAS THERE
  Kirsty, Lee, Sandra Briggs (Nan - Lee's mum), Jason Briggs (Lee's
  brother), Gemma Holt (SW), Dawn Akers (FSW). Tyler and Kayden were at
  school; I saw them both on 02/06/2025 (below).

WHY WE NEED THIS AGREEMENT
  - Lee drinks most evenings and more at weekends. On 24/05/2025 the
    police were called by a neighbour to shouting at the house; Lee had
    been drinking and threw the TV remote, which broke the glass in the
    living room door. Tyler and Kayden were in the house.
  - Kirsty has told her GP and me that her mood is very low and she is
    not sleeping. Some mornings she can't get up and the boys are late
    or miss school.
  - Kayden has been late to school 11 times this half term and Tyler has
    missed 6 days.

WHAT'S GOING OK
  - Sandra has the boys after school three days a week and they love
    going.
  - Lee has not had a drink in front of the boys since 24/05 (Kirsty and
    Sandra say).
  - Kirsty has kept every appointment with Gemma and Dawn.
  - Tyler has started football on Saturdays with Jason and is doing well.

WHAT'S HAPPENED SINCE THE LAST MEETING
  - Core group 2 on 27/05/2025 agreed to revise the agreement after the
    incident on 24/05.
  - Lee stayed at Sandra's for 5 nights after the incident and came home
    on 30/05.
  - Dawn's first session with Kirsty was on 29/05.
  - Tyler's class teacher has asked about the school counsellor.

WHAT TYLER AND KAYDEN SAID (seen at school 02/06/2025)
  Tyler said: "When Dad's had beer he gets loud and Mum cries. I go in my
  room and put my headphones on." He said he wants "Dad to stop drinking
  and everyone to stop shouting" and that Nan's is "the best because it's
  quiet". Kayden showed me a drawing of his house with a big black cloud
  over it and said the cloud was "the shouty bit". He said he likes
  Nan's chips and going to the park with Uncle Jason.

WHAT WE WANT FOR THE BOYS
  - Tyler and Kayden are looked after by a sober grown-up every day and
    every night.
  - No more shouting or fighting in front of the boys, and Tyler doesn't
    need to hide in his room.
  - The boys get to school on time every day.
  - Lee stops drinking and Kirsty and Lee get on better.

WHAT WE ARE ALL AGREEING TO
  1.  Lee will go to the drop-in at the Alcohol Team (Furzebeck Health
      Centre) when he can, to get help with his drinking.
  2.  Sandra (Nan) will have the boys after school every Monday,
      Wednesday and Friday until Kirsty gets in from work at 6pm.
  3.  Jason will take Tyler to football training every Saturday morning
      and bring him home after. The coach's register will show Tyler
      went.
  4.  Kirsty will make sure both boys are in school by 8.50am every day.
      Mrs Hewitt (school attendance officer) will email Gemma every
      Friday if either boy was late or off.
  5.  Whole family to keep an eye on Lee and ring Gemma if they are
      worried he has been drinking - ongoing.
  6.  Gemma (SW) will visit every 2 weeks and see Tyler and Kayden on
      their own. Her visit notes will show both boys were seen alone.
  7.  Dawn (FSW) will do routines and boundaries work with Kirsty and Lee.
      The home routines checklist, done with them, will show what has
      changed.
  8.  Kirsty to see her GP about her low mood and not sleeping.
  9.  Tyler's school to ask the school counsellor to see him asap - Mrs
      Hewitt to email Gemma the start date.
  10. Lee to do the Dads Matter course at Furzebeck Family Hub when the
      next one starts.

IF THIS AGREEMENT IS BROKEN
  If Lee drinks while he is looking after the boys, or there is any
  fighting in front of them, Kirsty will ask Lee to leave and Tyler and
  Kayden will go straight to Nan Sandra's for the night. Kirsty or
  Sandra will ring Gemma the same day (or the Emergency Duty Team on
  01632 960 999 after 5pm) and Gemma will visit the boys the next working
  day.

MEETINGS
  Next core group: to be arranged - Gemma to send out dates.
  Review child protection conference: 22/07/2025, 10am, Furzebeck Civic
  Centre.

SIGNED
  Kirsty Briggs ..........................  Date 03/06/2025
  Lee Briggs .............................  Date 03/06/2025
  Sandra Briggs ..........................  Date 03/06/2025
  Jason Briggs ...........................  Date 03/06/2025
  Gemma Holt (SW) ........................  Date 03/06/2025

Copies to: family, core group members, case file.
""",
    "findings": [
        F("T002", "Lee will go to the drop-in at the Alcohol Team"),
        F("M001", "Lee will go to the drop-in at the Alcohol Team"),
        F("M001", "Sandra (Nan) will have the boys after school every Monday"),
        F("W002", "Whole family to keep an eye on Lee"),
        F("T002", "Whole family to keep an eye on Lee"),
        F("M002", "Whole family to keep an eye on Lee"),
        F("T001", "Dawn (FSW) will do routines and boundaries work"),
        F("T001", "Kirsty to see her GP about her low mood"),
        F("M001", "Kirsty to see her GP about her low mood"),
        F("T002", "Tyler's school to ask the school counsellor to see him asap"),
        F("T002", "Lee to do the Dads Matter course at Furzebeck Family Hub"),
        F("M001", "Lee to do the Dads Matter course at Furzebeck Family Hub"),
        F("F002", "Lee stops drinking and Kirsty and Lee get on better"),
        F("F004"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Core group minutes: last-time status bullets, round-the-table
#    paragraphs, the move, then "What we decided today" bullets, which are
#    the plan; family moving to another council (docx).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b25_farringmoor_core_group_decided_today_bullets_wojcik.docx",
    "doc_title": "Core Group Minutes - Finn and Bella Wojcik",
    "split": "tune",
    "template": "core-group-minutes-last-time-status-bullets-round-the-table-paragraphs-move-note-then-what-we-decided-today-bullets",
    "description": (
        "Core group minutes for a toddler and a 7-week-old baby (neglect, mother's postnatal depression) "
        "whose family is moving to another council. Status bullets on last time's actions, round-the-table "
        "paragraphs, observations of the children and a note on the move are not actions; the bullets under "
        "'What we decided today' are the plan. A nursery place put on hold with no owner until the family "
        "settle, the parenting assessment left to the receiving council, support-only talking therapy, "
        "'All agencies' 'as soon as possible', an adult-only outcome, a vague contingency, no legal step and "
        "the review conference left to the other council."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("p", "Farringmoor Council – Children and Families Service"),
        ("kv", [
            ("Children", "Finn Wojcik (2 years 4 months) and Bella Wojcik (7 weeks, born at 36 weeks)"),
            ("Plan", "Child protection plans from the ICPC on 17/04/2025 – category neglect"),
            ("Meeting", "Core group 3, 27/05/2025, 10am, Farringmoor Family Hub"),
            ("Chair", "Imogen Hartley, social worker"),
            ("Present", "Ola Wojcik (mum); Michal Wojcik (dad); Imogen Hartley (SW); Lorraine Ashby (HV); "
                        "Simon Reyes (Farringmoor Talking Therapies); Grace Mensah (Little Owls Nursery)"),
            ("Apologies", "Dr Farah Hussain (GP) – sent an update by email"),
        ]),
        ("h2", "1. What happened with last time's actions"),
        ("bullets", [
            "Bella weighed weekly by the HV – done: 2.9kg at birth, 3.4kg on 20/05, now on the 9th centile.",
            "Referral to Little Owls for a funded 2-year-old place for Finn – sent 15/05; place offered from 02/06.",
            "Finn's 2-year review – missed on 06/05, rebooked by the HV for 03/06.",
            "Cot for Bella – still sleeping in the bed with Ola some nights; Michal has ordered a cot.",
            "Ola's GP appointment – seen 09/05, sertraline started.",
        ]),
        ("h2", "2. Round the table"),
        ("p", "Ola said she is still very tired and cries most afternoons, but feels \"a bit less in a fog\" since "
              "starting sertraline. She said Finn is hard to manage when Bella needs feeding and she sometimes "
              "leaves him in front of the TV for most of the day."),
        ("p", "Michal said he is working nights at the warehouse and sleeps in the day, so Ola is on her own with "
              "both children most of the time. He said the new house in Corvendale will have a garden and family "
              "nearby."),
        ("p", "Lorraine (HV) said Bella is feeding better and gaining weight. The flat was cold and untidy on her "
              "visit on 20/05 and there was no clean bedding for Finn's bed. Finn says only a few words."),
        ("p", "Simon (Talking Therapies) said Ola has come to 3 of 4 sessions and is working on her low mood. He "
              "explained that he can keep seeing her until she moves but that she would need to re-register in "
              "Corvendale."),
        ("p", "Grace (Little Owls) said Finn could start on 02/06 and that the room has been told about his speech."),
        ("h2", "3. How Finn and Bella are"),
        ("p", "Imogen saw both children at home on 22/05. Finn was in a wet nappy from the night before and ate two "
              "bananas straight away when offered. He brought Imogen his shoes and said \"out, out\". Bella was "
              "asleep in the car seat in the living room; when she woke she fed well and settled quickly on "
              "Michal's chest."),
        ("h2", "4. The move"),
        ("p", "The family have been offered a three-bedroom housing association house in Corvendale and plan to "
              "move on 16/06/2025. Imogen explained that Farringmoor keeps responsibility for the plan until "
              "Corvendale hold a transfer-in conference, which should be within 15 working days of the move. "
              "Corvendale's duty manager has been told."),
        ("h2", "5. What we want for Finn and Bella (from the ICPC)"),
        ("bullets", [
            "Finn and Bella live in a warm, clean home with food in, and are fed and changed on time.",
            "Bella keeps gaining weight and Finn catches up with his talking.",
            "Ola's mood improves.",
        ]),
        ("h2", "6. What we decided today"),
        ("bullets", [
            "Imogen (SW) will keep visiting every week until Corvendale hold their transfer-in conference, seeing "
            "Finn and Bella awake each time; her visit notes will record both children seen and the state of the "
            "bedrooms.",
            "Finn's Little Owls nursery place to be put on hold until the family are settled in Corvendale – "
            "date TBC.",
            "The parenting assessment will be left for the Corvendale social worker to complete within 30 working "
            "days of transfer, with a written report to their first core group.",
            "Simon Reyes (Farringmoor Talking Therapies) will continue weekly support sessions with Ola for her "
            "low mood.",
            "Dr Hussain (GP) will review Ola's sertraline by 06/06/2025 and write to Imogen and Lorraine with any "
            "change.",
            "Lorraine Ashby (HV) will weigh Bella every Tuesday at Farringmoor baby clinic and email the weights to "
            "Imogen; Bella should stay on or above the 9th centile.",
            "Ola will take Finn to his 2-year review with Lorraine on 03/06/2025 at 2pm, and the ASQ-3 scores will "
            "be shared with Imogen.",
            "Michal to make sure the new house has a cot for Bella, a bed for Finn and stair gates before the move.",
            "All agencies to send their records on to Corvendale as soon as possible.",
            "Imogen and her manager, Paul Gregson, will hold a handover meeting with Corvendale by 13/06/2025 and "
            "send the full file; Corvendale to confirm the transfer-in conference date in writing.",
        ]),
        ("h2", "7. If things go wrong"),
        ("p", "If there are further concerns about the children's care, Imogen will discuss them with her manager "
              "and the plan will be reviewed."),
        ("h2", "8. Next meeting"),
        ("p", "Next core group: 10/06/2025, 10am, Farringmoor Family Hub (the last one in Farringmoor)."),
        ("p", "Review / transfer-in conference: to be arranged by Corvendale."),
        ("p", "Minutes typed by Imogen Hartley, 28/05/2025. Copies to all present and to Dr Hussain."),
    ],
    "findings": [
        F("X001", "Finn's Little Owls nursery place to be put on hold"),
        F("W001", "Finn's Little Owls nursery place to be put on hold"),
        F("T002", "Finn's Little Owls nursery place to be put on hold"),
        F("M001", "Finn's Little Owls nursery place to be put on hold"),
        F("X001", "The parenting assessment will be left for the Corvendale social worker"),
        F("H001", "will continue weekly support sessions with Ola for her low mood"),
        F("M001", "will continue weekly support sessions with Ola for her low mood"),
        F("M001", "Michal to make sure the new house has a cot"),
        F("W002", "All agencies to send their records on to Corvendale"),
        F("T002", "All agencies to send their records on to Corvendale"),
        F("M001", "All agencies to send their records on to Corvendale"),
        F("F002", "Ola's mood improves."),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Letter to a mother after an ICPC: what she said, what has happened,
#    then "Your part" and "Our part" bullet lists (md).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b25_fiddlestowe_letter_your_part_our_part_mcgarry.md",
    "split": "tune",
    "template": "letter-to-mother-after-icpc-what-you-told-us-and-what-has-happened-lists-then-your-part-our-part-bullet-lists-md",
    "description": (
        "SW's letter to a mother after an ICPC for her 6-month-old (mother's drinking, depression and "
        "anxiety). Lists of what she told the conference and what has already happened are not actions; "
        "'Your part' and 'Our part' bullet lists are. Most actions are her own needs with no link to the "
        "baby; nothing is recorded of the baby's own experience; GP 'when you feel ready', a housing "
        "application and a passive Home-Start referral with no date or measure, a Wellbeing Service that "
        "only supports, an HV who will 'keep an eye on' him, an adult-only outcome, no contingency and no "
        "legal step."
    ),
    "text": """\
Fiddlestowe District Council
Children's Services – Safeguarding Team B
Riverside House, Mill Street, Fiddlestowe

20 May 2025

Ms Shona McGarry
Flat 11, Kestrel House
Fiddlestowe

Dear Shona,

**Lucas's child protection plan**

Thank you for coming to the initial child protection conference on 15 May. I
know you were nervous, and you spoke up for yourself really well. I said I
would write down what was agreed, so here it is. Please keep it somewhere
safe and bring it to the core group.

## Why Lucas has a plan

On 21 April a neighbour rang the police because your front door had been
open all evening. The police found you asleep on the sofa after drinking,
while you were the only adult caring for Lucas. You told the conference that
you have been drinking most nights since your mum died in January, usually
a bottle of wine, and that it helps you sleep. Your GP diagnosed depression
and anxiety in February. The conference decided that Lucas should have a
child protection plan under the category of neglect.

## What you told the conference

- You love Lucas and do not want him to go into care.
- You have not drunk during the day since the police came.
- You feel lonely in the flat and have no family nearby since your mum died.
- You are behind on your rent and worried about being evicted.
- You find the four flights of stairs with the pram really hard.

## What has happened already

- You signed a working agreement with me on 22 April to say you would work
  with Children's Services while the assessment is done.
- You saw Leah Crane at the Fiddlestowe Alcohol Service for an assessment on
  8 May, and your first two breath tests were clear.
- You have been to the Wellbeing Service three times since March.

## What we want to see

- Lucas is cared for by a sober adult every day and every night.
- Lucas is fed, changed and taken to all his health appointments.
- You feel better in yourself and your mood lifts.

## Your part

- You will see Leah Crane at the Alcohol Service every Wednesday, and Leah
  will send me your breath test results every week.
- You will see your GP about your sleep and your mood when you feel ready.
- You will meet the Citizens Advice debt adviser by 20 June 2025 to sort out
  your rent arrears, and bring the repayment plan to the core group.
- You will apply to Fiddlestowe Homes for a move to a ground-floor flat.
- You will take Lucas to baby clinic every two weeks so he can be weighed,
  and his weight will be written in his red book.

## Our part, and other services

- Karen Doyle at the Fiddlestowe Wellbeing Service will carry on seeing you
  every fortnight to support you with your anxiety.
- I will visit you and Lucas at home every week, and my notes will show that
  I saw Lucas awake and checked his cot and the kitchen.
- Ruth Gamble, the health visitor, will visit and keep an eye on how Lucas is
  doing.
- A referral will be made to Home-Start so that a volunteer can keep you
  company during the day.

## Meetings

The core group (you, me, Ruth, Leah and Karen) will meet on 3 June 2025 at
10am at Riverside House, and then every four weeks. The review child
protection conference will be on 14 August 2025 at 2pm at Fiddlestowe Town
Hall.

If you don't agree with anything in this letter, or you want to add
something, please ring me on 01632 960 734 or tell me at my next visit.

Yours sincerely,

Marcus Appiah
Social Worker, Safeguarding Team B
""",
    "findings": [
        F("T002", "You will see your GP about your sleep"),
        F("M001", "You will see your GP about your sleep"),
        F("T001", "You will apply to Fiddlestowe Homes for a move"),
        F("M001", "You will apply to Fiddlestowe Homes for a move"),
        F("H001", "Karen Doyle at the Fiddlestowe Wellbeing Service will carry on"),
        F("M001", "Karen Doyle at the Fiddlestowe Wellbeing Service will carry on"),
        F("T001", "Ruth Gamble, the health visitor, will visit and keep"),
        F("M002", "Ruth Gamble, the health visitor, will visit and keep"),
        F("W001", "A referral will be made to Home-Start"),
        F("T001", "A referral will be made to Home-Start"),
        F("M001", "A referral will be made to Home-Start"),
        F("F002", "You feel better in yourself and your mood lifts."),
        F("F001"),
        F("F003"),
        F("C001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Looked-after baby on a neonatal unit: ward plan in bullets by stage
#    ("while Skye is on the unit" / "when Skye is ready to leave") after
#    bullets of how she is doing and what is decided; PDF with header and
#    page footer.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b25_foxhallow_nnu_while_on_unit_bullets_hollingworth.pdf",
    "doc_title": "Child Protection Plan - Baby Skye Hollingworth (neonatal unit)",
    "split": "tune",
    "template": "lac-nnu-cp-plan-how-she-is-doing-and-decided-bullets-then-while-on-unit-and-ready-to-leave-bullets-paged",
    "description": (
        "CP plan for a looked-after (section 20) baby on a neonatal unit with withdrawal from the mother's "
        "methadone and heroin use; OFFICIAL-SENSITIVE header and 'Page N of M' footer on every page. "
        "Bullets of how Skye is doing and decisions already taken are not actions; the plan is bullets "
        "under 'while Skye is on the unit' and 'when Skye is ready to leave'. The SW visits 'when her diary "
        "allows' and the parents 'as often as they can', so no one visits at a stated frequency; a passive "
        "discharge meeting, a self-referral with no date or measure, 'Professionals ... ongoing', foster "
        "carers 'once matched'; an adult-only outcome, no adult service owns an action, vague contingency."
    ),
    "header": "OFFICIAL-SENSITIVE | Foxhallow County Council Children's Services | Ref FXH-CP-25-2291",
    "footer": "Skye Hollingworth – CP plan (updated 20/05/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Baby on the Neonatal Unit"),
        ("kv", [
            ("Baby", "Skye Hollingworth, born 12/05/2025 at 35 weeks, 2.1kg"),
            ("Where", "Puffin Ward (neonatal unit), Foxhallow General Hospital – cot 7"),
            ("Legal status", "Looked after – accommodated under section 20 from 16/05/2025, parents agreeing"),
            ("Parents", "Chantelle Hollingworth (mum, 24) and Ryan Marsh (dad, 27), 6 Tanner's Yard, Foxhallow"),
            ("Plan", "Pre-birth ICPC 24/04/2025 (neglect); plan updated at core group 20/05/2025"),
            ("Social worker", "Jade Morrison, Foxhallow Children in Care Team"),
            ("IRO", "Mark Fellows"),
        ]),
        ("h1", "Why Skye has a plan"),
        ("p", "Chantelle has used heroin since she was 17. She has been on a methadone script for two years but "
              "told the midwife she used heroin on top \"most weeks\" during the pregnancy, and her last two urine "
              "tests were positive. Ryan uses heroin and crack cocaine and is not in treatment. Their older child, "
              "Jayden, was adopted in 2022 after neglect proceedings. Skye was born early and has needed treatment "
              "for withdrawal (neonatal abstinence syndrome)."),
        ("h1", "How Skye is doing"),
        ("bullets", [
            "Skye is on oral morphine for withdrawal, reduced every 48 hours; her Finnegan scores have come down "
            "from 12 to 6.",
            "She is tube fed and starting bottles; she tires quickly and takes about half of each feed by mouth.",
            "Nurses say she is very jittery and cries with a high-pitched cry when the ward is noisy, and settles "
            "best swaddled, skin to skin, or held upright against someone's chest.",
            "When Chantelle held her skin to skin on 18/05 Skye stopped crying within a few minutes and slept for "
            "two hours.",
            "Her weight dropped to 1.9kg and is now back to 2.05kg.",
        ]),
        ("h1", "What has already been decided"),
        ("bullets", [
            "Chantelle and Ryan agreed on 16/05/2025 to Skye being accommodated under section 20.",
            "Skye will not go home to her parents on discharge; the plan is a foster placement while assessments "
            "are done.",
            "A legal planning meeting on 15/05/2025 agreed that the case enters pre-proceedings (PLO). If the "
            "parents' hair strand tests are positive, or they do not engage with the pre-proceedings assessment "
            "by 30/06/2025, the local authority will issue care proceedings.",
            "Family time on the unit is supervised by ward staff until Skye is discharged.",
        ]),
        ("h1", "What we want for Skye"),
        ("bullets", [
            "Skye comes off morphine safely, feeds fully by mouth and goes home from the unit to a carer who can "
            "meet all her needs.",
            "Skye is held, fed and comforted by the same few people every day, so that she can settle.",
            "Chantelle and Ryan stop using heroin and stay on their methadone scripts.",
        ]),
        ("h1", "While Skye is on the unit"),
        ("bullets", [
            "SW Jade Morrison to visit Skye on the unit when her diary allows and update the nurse in charge.",
            "Puffin Ward nurses to score Skye's withdrawal (Finnegan) every 4 hours, record her feeds and weight "
            "daily, and email the SW a written summary every Friday.",
            "Chantelle and Ryan can visit Skye as often as they can, supervised by ward staff; visits recorded in "
            "the ward visitor log.",
            "Discharge planning meeting to be arranged before Skye leaves the unit, with minutes sent to the SW and "
            "the IRO.",
            "Chantelle to self-refer to Foxhallow Drug and Alcohol Service for a methadone review.",
            "SW to arrange hair strand tests for Chantelle and Ryan by 30/05/2025, with results sent to the PLO "
            "meeting.",
            "Dr Amin (consultant neonatologist) to review Skye's morphine every day and set a discharge date once she "
            "has been off morphine for 72 hours, recorded on the neonatal discharge checklist.",
            "IRO Mark Fellows to see Skye on the unit before her first looked after review on 11/06/2025 and record "
            "the visit on her file.",
            "Professionals to keep each other updated – ongoing.",
        ]),
        ("h1", "When Skye is ready to leave"),
        ("bullets", [
            "Supervising social worker (Foxhallow Fostering Team) to bring the foster carers to learn Skye's "
            "feeding and settling routine on the unit once they are matched, date TBC; nurses to sign off on the "
            "discharge checklist that the carers can feed and settle her.",
            "HV Beverley Shaw (Foxhallow Health Visiting) to do a new birth visit at the foster home within 14 days "
            "of discharge and record Skye's weight in her red book.",
            "Foxhallow Family Centre to supervise family time for Chantelle and Ryan 3 times a week after discharge, "
            "sending the SW a contact record after each session.",
        ]),
        ("h1", "If things change"),
        ("p", "If the situation changes or there are any further concerns, the SW will call a professionals meeting "
              "to consider next steps."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: weekly on the unit while Skye is an inpatient – 27/05/2025, 03/06/2025 and 10/06/2025 at "
            "2pm in the Puffin Ward family room – then every 4 weeks.",
            "First looked after review: 11/06/2025 (IRO Mark Fellows).",
            "Review child protection conference: 24/07/2025, 10am, Foxhallow County Hall.",
        ]),
    ],
    "findings": [
        F("T002", "SW Jade Morrison to visit Skye on the unit"),
        F("M001", "SW Jade Morrison to visit Skye on the unit"),
        F("T002", "Chantelle and Ryan can visit Skye as often as they can"),
        F("W001", "Discharge planning meeting to be arranged before Skye leaves"),
        F("T001", "Chantelle to self-refer to Foxhallow Drug and Alcohol Service"),
        F("M001", "Chantelle to self-refer to Foxhallow Drug and Alcohol Service"),
        F("W002", "Professionals to keep each other updated – ongoing"),
        F("T002", "Professionals to keep each other updated – ongoing"),
        F("M001", "Professionals to keep each other updated – ongoing"),
        F("T002", "to bring the foster carers to learn Skye's feeding"),
        F("F002", "Chantelle and Ryan stop using heroin and stay on their methadone scripts"),
        F("F004"),
        F("C002"),
        F("L001"),
    ],
})
