"""Batch 30, module 1: seven fictional files (held-out evaluation material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan laid out as a "safety ladder": one small table per rung
#    (this fortnight / by first core group / before review). Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b30_vellbrook_safety_ladder_okafor.docx",
    "doc_title": "Child Protection Plan - Mercy and Joel Okafor",
    "split": "heldout",
    "template": "icpc-safety-ladder-rung-tables-what-who-when-what-well-see",
    "description": (
        "Exemplary ICPC plan for a 9-year-old and a 14-month-old (mother's recurrent depression and "
        "two overdoses), set out as three 'rungs' of a safety ladder, each a small What / Who / When / "
        "What we'll see table. Named owners, real timescales, observable measures; the CMHT is asked to "
        "assess capacity to change; grandmother's part covered in a specific contingency with a foster "
        "fallback; core group dates, review date and legal planning meeting."
    ),
    "blocks": [
        ("pr", "Vellbrook Borough Council"),
        ("pr", "Children's Services – Safeguarding and Family Support (East)"),
        ("title", "Our plan for Mercy and Joel"),
        ("kv", [
            ("Children", "Mercy Okafor, born 03/02/2016 (9); Joel Okafor, born 19/03/2024 (14 months)"),
            ("Living with", "Adaeze Okafor (mum), 41 Tanner's Row, Vellbrook"),
            ("Conference", "Initial child protection conference, 12/05/2025 – chaired by Lynne Sherratt (IRO)"),
            ("Category", "Neglect"),
            ("Social worker", "Priya Anand (SW), tel. 01632 440 318"),
        ]),
        ("h1", "Why we are here"),
        ("p", "Adaeze has had depression since Joel was born. In December 2024 and again on 22 February 2025 "
              "she took an overdose of her tablets at home. The second time Mercy found her on the bathroom "
              "floor, rang 999 herself and then looked after Joel until her grandmother arrived. Adaeze is "
              "open to Vellbrook Community Mental Health Team (CMHT) and says she wants help. When her mood "
              "is low she stays in bed, and Mercy has been getting herself and Joel up, dressed and fed."),
        ("h1", "What Mercy told us, and what we have seen of Joel"),
        ("p", "Mercy talked to me on her own at school on 6 May. She said: \"I'm the one who knows where "
              "Joel's bottles are.\" She worries about going to school \"in case Mummy does it again\" and "
              "would like \"a grown-up to check on Mummy so it isn't just me\". Her favourite place is Grandma "
              "Comfort's house \"because she does my hair and I don't have to do anything\"."),
        ("p", "Joel is a smiley, busy little boy. On both visits he crawled straight to Mercy rather than to "
              "his mum, and he was in the same nappy from the morning at 3pm on 29 April. The HV saw him "
              "settle quickly on Comfort's lap."),
        ("h1", "What we want for Mercy and Joel"),
        ("bullets", [
            "Mercy is a 9-year-old again: she is not looking after Joel or her mum, and she goes to school "
            "every day without worrying about what she will find at home.",
            "Joel is fed, changed and played with by an adult every day, keeps growing along his centile "
            "and reaches his 18-month milestones.",
            "Both children live with a mum who can tell when she is becoming unwell and who gets help "
            "before they are left on their own with her.",
        ]),
        ("h1", "The plan, one step at a time"),
        ("boldp", "Rung 1 – in the next two weeks"),
        ("table", {
            "header": ["What", "Who", "When", "What we'll see"],
            "widths": [6.0, 3.6, 3.0, 4.4],
            "rows": [
                ["Write a safety plan with Adaeze for the days she feels unsafe: who she rings, who collects "
                 "Mercy and who has Joel",
                 "SW Priya Anand, with Neil Barraclough (CMHT care coordinator)",
                 "By 23/05/2025",
                 "Signed safety plan on file and on the fridge; Mercy can name the two people on it when the "
                 "SW asks her"],
                ["Ask Adaeze to return spare tablets to the pharmacy and change her prescription to weekly "
                 "dispensing so the children cannot reach a stockpile",
                 "GP Dr Farid Hassan, Moorgate Surgery",
                 "By 20/05/2025",
                 "Pharmacy record shows weekly collection; SW checks the kitchen and bathroom cupboards at "
                 "each visit"],
                ["Assess Adaeze's mood, her risk to herself and whether she can make the changes Mercy and "
                 "Joel need, and how long that is likely to take",
                 "Vellbrook CMHT – Neil Barraclough, with Dr Ruth Amadi, consultant psychiatrist",
                 "First appointment by 21/05/2025; written report by 13/06/2025",
                 "Written report on capacity to change and likely timescale, sent to the SW and core group "
                 "before the 20/06/2025 core group"],
            ],
        }),
        ("boldp", "Rung 2 – by the first review core group (20 June)"),
        ("table", {
            "header": ["What", "Who", "When", "What we'll see"],
            "widths": [6.0, 3.6, 3.0, 4.4],
            "rows": [
                ["See Mercy on her own, and see Joel awake, his cot and what food is in",
                 "SW Priya Anand",
                 "Every 10 working days",
                 "Visit records show Mercy seen alone and Joel seen awake at every visit"],
                ["Tuesday lunchtime check-in with Mercy using her worry jar",
                 "Mrs Dee Hollis, DSL, St Aidan's Primary",
                 "Weekly, Tuesdays",
                 "Check-in log records what Mercy says; anything worrying passed to the SW the same day"],
                ["Collect Mercy from school and give both children their tea",
                 "Comfort Okafor (MGM)",
                 "Every Tuesday and Thursday from 20/05/2025",
                 "School pick-up book signed by Comfort; she texts the SW on those evenings"],
                ["Weigh Joel, check his development and watch a feed and a play session with Adaeze",
                 "HV Lorna McBride",
                 "Every 4 weeks, first by 30/05/2025",
                 "Weight plotted in the red book; ASQ-3 scores shared with the SW by 27/06/2025"],
                ["Young carers assessment for Mercy and a place at the Tuesday after-school group",
                 "Sam Oduya, Vellbrook Young Carers",
                 "Assessment by 13/06/2025",
                 "Assessment report to the SW; Mercy attends 3 of the first 4 group sessions"],
            ],
        }),
        ("boldp", "Rung 3 – before the review conference"),
        ("table", {
            "header": ["What", "Who", "When", "What we'll see"],
            "widths": [6.0, 3.6, 3.0, 4.4],
            "rows": [
                ["Six sessions of the 'Parenting through Low Mood' course, with the FSW doing the "
                 "bedtime routine alongside Adaeze",
                 "Adaeze, with FSW Tom Greaves",
                 "Weekly from 02/06/2025 (6 sessions)",
                 "Attends 6 of 6 sessions; FSW records two bedtimes where Adaeze bathes and settles Joel herself"],
                ["Second report on whether Adaeze is making the changes needed for the children, and in "
                 "what timescale",
                 "CMHT – Neil Barraclough",
                 "By 01/08/2025",
                 "Written report to the core group and to the review conference"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Adaeze harms herself, talks about ending her life, or does not answer the door or phone "
              "when the children are due to be with her, whoever knows rings 999 if needed and tells the SW "
              "(or the emergency duty team out of hours) straight away. Mercy and Joel will go to Comfort's "
              "house that night and the SW will hold a strategy discussion the same day."),
        ("p", "If Comfort cannot have the children – she works nights on Fridays and has her own hospital "
              "appointments – the SW will place Mercy and Joel together with approved foster carers the same "
              "day and will request a legal planning meeting within 5 working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks: 23/05/2025, 20/06/2025, 18/07/2025, at St Aidan's Primary.",
            "Review child protection conference: 11/08/2025, 10am, Vellbrook Civic Offices.",
            "If the CMHT report of 13/06/2025 says Adaeze cannot make the changes within Joel's timescale, or "
            "she misses two CMHT appointments in a row, the team manager will request a legal planning "
            "meeting (legal gateway) before the review conference.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Family Safeguarding Hub "promises" plan: a short-version box, then
#    Promise / Made by / From - until / You'll see tables. Exemplary (pdf,
#    header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b30_varrowfield_promises_from_until_pennant.pdf",
    "doc_title": "Review Child Protection Plan - Ruby and Alfie Pennant",
    "split": "heldout",
    "template": "family-hub-short-version-box-then-promise-made-by-from-until-youll-see-tables-paged",
    "description": (
        "Exemplary review CP plan (father's drinking and domestic abuse) from a family hub: a two-column "
        "'short version' box, then 'Promise / Made by / From - until / You'll see' tables for the family "
        "and for services, with a header and page footer. Every promise has an owner, timescale and "
        "observable sign; the alcohol service reports on change; aunt's supervision covered by a family "
        "centre fallback; core group and review dates; legal planning meeting."
    ),
    "header": "OFFICIAL – SENSITIVE   Varrowfield Council Family Safeguarding Hub   Ref VF/CP/25/2291",
    "footer": "Ruby and Alfie Pennant – review CP plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("table", {
            "header": ["The short version", ""],
            "widths": [4.5, 12.5],
            "rows": [
                ["Children", "Ruby Pennant (6), Varrowfield Infants; Alfie Pennant (3), Busy Bees Nursery"],
                ["At home", "Lauren Pennant (mum). Craig Pennant (dad) has lived at his brother's since 14/03/2025"],
                ["Review conference", "03/06/2025 – plan continues, category emotional abuse"],
                ["Social worker", "Hannah Roe, Family Safeguarding Team B"],
                ["Next review", "02/12/2025, 1.30pm, Varrowfield Family Hub"],
            ],
        }),
        ("h2", "Why there is still a plan"),
        ("p", "Since the first conference Craig has moved out and there have been no police call-outs. But "
              "Craig still drinks most days, and on 18 May he came to the house after drinking and kicked the "
              "back door while Ruby and Alfie were in the kitchen. His contact is going well when his sister-"
              "in-law Kerry supervises it, and Lauren has kept to her safety plan apart from that night."),
        ("h2", "Ruby and Alfie"),
        ("p", "Ruby told me in her bedroom on 28 May: \"I like seeing Daddy at Auntie Kerry's because he's "
              "normal there.\" She said the night with the door was \"the scariest\" and she hid under the "
              "table with Alfie. She wants \"Daddy to live near us but not come when he's had beer\". Alfie "
              "is talking in short sentences now; nursery say he has stopped covering his ears at loud "
              "noises, and he ran to Craig happily at the last contact."),
        ("h2", "What we are aiming for by December"),
        ("bullets", [
            "Ruby and Alfie live at home without shouting, door-kicking or police at the house, and Ruby "
            "stops hiding when there is a knock at the door.",
            "The children see their dad every week, sober, somewhere safe, and come back from contact calm.",
            "Alfie's speech keeps coming on and Ruby's attendance stays above 95%.",
        ]),
        ("pagebreak",),
        ("h2", "Promises from the family"),
        ("table", {
            "header": ["Promise", "Made by", "From – until", "You'll see"],
            "widths": [6.2, 3.2, 3.2, 4.4],
            "rows": [
                ["Keep Craig out of the house and ring 999 if he comes to the door",
                 "Lauren Pennant (mum)",
                 "Every day from 03/06/2025",
                 "Police log shows any call made; SW asks Ruby and Lauren at each visit whether Craig has been"],
                ["Only see Ruby and Alfie at Kerry's, sober, on Saturday mornings",
                 "Craig Pennant (dad)",
                 "Every Saturday 10–12 from 07/06/2025",
                 "Kerry's contact log records a negative breath test before every contact"],
                ["Supervise Craig's contact at her house and breath-test him before he sees the children",
                 "Kerry Dale (maternal aunt)",
                 "Every Saturday contact",
                 "Contact log signed by Kerry and emailed to the SW each Monday"],
                ["Have Ruby and Alfie overnight on Fridays so Lauren can sleep",
                 "Kerry Dale (maternal aunt)",
                 "Every Friday night from 06/06/2025",
                 "Kerry texts the SW at drop-off and pick-up; Ruby tells the SW about her Fridays"],
                ["Go to every session of the Changing Course programme for men who have hurt their partners",
                 "Craig Pennant (dad)",
                 "Weekly from 10/06/2025 for 24 weeks",
                 "Attendance register; facilitator's mid-point report to the SW by 09/09/2025"],
            ],
        }),
        ("h2", "Promises from the people who work with the family"),
        ("table", {
            "header": ["Promise", "Made by", "From – until", "You'll see"],
            "widths": [6.2, 3.2, 3.2, 4.4],
            "rows": [
                ["Assess Craig's drinking, breath-test him at every session and report whether he is cutting "
                 "down enough to be safe with the children, and how long that will take",
                 "Crossways Recovery – Imran Shah, recovery worker",
                 "Fortnightly; written report by 15/07/2025",
                 "Breath-test results and a written report to each core group"],
                ["Visit Ruby and Alfie at home, see Ruby on her own and ask about Fridays and Saturdays",
                 "SW Hannah Roe",
                 "Every 2 weeks",
                 "Visit records show Ruby seen alone each time, with her words written down"],
                ["Safety planning sessions with Lauren and fitting a video doorbell",
                 "IDVA Mel Curran, Varrowfield Women's Aid",
                 "Fortnightly until 31/08/2025; doorbell by 20/06/2025",
                 "Session notes to the SW; doorbell fitted and working, seen by the SW"],
                ["Note what Ruby says on Mondays about her weekend and pass on anything worrying",
                 "Mr Gareth Lye, DSL, Varrowfield Infants",
                 "Every Monday",
                 "Weekly email to the SW; any worry reported the same day"],
                ["Keep the urgent-response marker on the address so a 999 call gets an immediate response",
                 "Varrowfield Police DA Unit – PC Jo Hart",
                 "Confirmed by 10/06/2025",
                 "Marker confirmed in writing to the SW"],
                ["Speech and language sessions for Alfie at nursery",
                 "Busy Bees key worker Sana Mir, with the SALT plan",
                 "Twice a week until 31/10/2025",
                 "Alfie's SALT targets sheet updated each half term and copied to the SW"],
            ],
        }),
        ("h2", "If something goes wrong"),
        ("p", "If Craig comes to the house, turns up to contact smelling of drink, or gives a positive "
              "breath test, contact stops that day. Lauren or Kerry will ring 999 if he will not leave, and "
              "the SW (EDT out of hours) will visit the same day and hold a strategy discussion within 24 "
              "hours. The children stay at home with Lauren while she keeps Craig out."),
        ("p", "If Kerry cannot supervise a contact or have the children on a Friday, that contact does not go "
              "ahead; the SW will move contact to Varrowfield Family Centre, supervised by a contact worker, "
              "within 5 working days, and the FSW will visit Lauren on Friday evenings instead."),
        ("h2", "Checking it is working"),
        ("bullets", [
            "Core group every 4 weeks: 17/06/2025, 15/07/2025, 12/08/2025 and 09/09/2025.",
            "Review child protection conference: 02/12/2025.",
            "If Craig's drinking has not come down by the Crossways report of 15/07/2025, or there is another "
            "incident at the house, the SW will request a legal planning meeting within 5 working days.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Exploitation CP plan from a case record, one line per action with a
#    bracketed id and semicolon fields. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b30_vossington_bracket_id_semicolon_record_marsh.txt",
    "split": "heldout",
    "template": "exploitation-icpc-case-record-bracket-id-lines-semicolon-lead-when-evidence-txt",
    "description": (
        "Exemplary ICPC plan for a 15-year-old at risk of criminal and sexual exploitation (mother's "
        "depression), printed from a case record with one '[A1] action ; LEAD ; WHEN ; EVIDENCE' line "
        "per action, wrapped. Leah's own words, child outcomes, psychology asked to assess change, GP "
        "action, a specific contingency with aunt and foster fallbacks, core group and review dates, "
        "legal planning meeting."
    ),
    "text": """\
VOSSINGTON BOROUGH COUNCIL   CHILDREN'S SERVICES   CASE RECORD PRINT
Record type : CP PLAN (ICPC)          Printed 11/06/2025 09:41  user KOBI
--------------------------------------------------------------------------
Subject     : Leah MARSH   DOB 22/08/2009 (15)   Ref VB-771630
Household   : Donna MARSH (mother), 9 Quarry View, Vossington
Father      : Leon MARSH, Flat 3 Ledger House (Leah stays Fri-Sun)
ICPC        : 05/06/2025   Chair: R Tennant (IRO)
Category    : Neglect (exploitation risk)
Allocated SW: Kemi Obi, Adolescent Safeguarding Team
--------------------------------------------------------------------------

>> CONCERNS
Leah has been reported missing 6 times since March, twice overnight. She
was found on 24/05 in a flat on Carrick Road with two adult men known to
police, with cannabis and a new phone she could not explain. Her college
attendance has dropped to 61%. Donna has depression, has been off work
since April and says she "can't fight Leah every night"; she sleeps in
the afternoons and does not always know when Leah goes out.

>> LEAH'S VIEW (seen alone, Vossington College, 03/06/2025)
"They're my mates, they look after me." Leah said she goes to Carrick
Road "because it's somewhere to go that isn't Mum crying". She wants
to finish her hair and beauty course, get her own phone back and "not
have police knocking at 3 in the morning". Scored her own safety 3/10.
She asked that Dad is not told "everything" but agreed he needs to know
when she is missing.

>> OUTCOMES FOR LEAH
O1  Leah is home by 9pm every night and has no missing episodes.
O2  Leah has no contact with the men at Carrick Road and can name the
    risks they pose to her.
O3  Leah is at college at least 90% of the time and passes level 1.
O4  Leah lives with a mum whose mood is well enough to know where she
    is and to get her home.

>> ACTIONS
[A1] See Leah on her own at home or somewhere she chooses ; LEAD SW
     Kemi Obi ; WHEN weekly, Wednesdays after college ; EVIDENCE visit
     record shows Leah seen alone and her own words written down
[A2] Return home interview after every missing episode ; LEAD Dan
     Hurst, Vossington Missing Service ; WHEN within 72 hours of Leah
     coming home ; EVIDENCE RHI record sent to SW and police in 72 hrs
[A3] Visit Carrick Road and serve child abduction warning notices on
     the two men ; LEAD DC Sara Pike, Vossington Police Exploitation
     Team ; WHEN by 20/06/2025 ; EVIDENCE notices served, confirmed to
     the SW in writing
[A4] One-to-one sessions with Leah on exploitation and healthy
     relationships ; LEAD Jas Kaur, Vossington Youth Service ; WHEN
     weekly, 8 sessions from 16/06/2025 ; EVIDENCE session records;
     Leah's own safety score rises from 3 to 6 by review
[A5] Check Leah's attendance every morning and ring Donna and the SW
     if she is absent ; LEAD Mark Ellery, DSL, Vossington College ;
     WHEN daily by 10am ; EVIDENCE weekly attendance email to SW
[A6] Keep Leah's phone downstairs at night and ring 101/999 if she
     is not home by 9pm ; LEAD Donna Marsh ; WHEN every night from
     09/06/2025 ; EVIDENCE police missing log; SW checks with Leah
     and Donna at each visit
[A7] Have Leah from Friday to Sunday, keep her in after 9pm and
     report her missing if she is not ; LEAD Leon Marsh (dad) ; WHEN
     every weekend ; EVIDENCE police log; Leon texts the SW each
     Sunday evening
[A8] Take Leah to college on Mondays and Thursdays and have her to
     stay when Donna is unwell ; LEAD Michelle Grey (maternal aunt) ;
     WHEN Mon and Thu from 09/06/2025 ; EVIDENCE college register;
     Michelle texts the SW on stay-over nights
[A9] Assess Donna's depression, how it affects her supervision of
     Leah, and whether she can make the changes needed and how soon ;
     LEAD Dr Helen Quayle, clinical psychologist, Vossington Adult
     Psychological Therapies ; WHEN assessment by 27/06/2025, report
     by 18/07/2025 ; EVIDENCE written report to SW and core group
[A10] Review Donna's medication and tell the SW of any change that
     affects her care of Leah ; LEAD GP Dr Owen Rees, Castle Street
     Surgery ; WHEN by 20/06/2025, then at each monthly appointment ;
     EVIDENCE GP letter to the SW after each appointment

>> CONTINGENCY
If Leah is not home by 11pm, is seen with either man from Carrick Road,
or gets into a car with an adult nobody knows, Donna (or Leon at the
weekend) will ring 999 and report her missing. Police will treat it as
high risk and the SW (EDT out of hours) will hold a strategy discussion
the same working day.
If Donna is too unwell to supervise Leah, Leah will stay with Michelle
Grey. If Michelle cannot have her, or Leah goes missing from Michelle's,
the SW will place Leah in an emergency foster placement the same day.

>> CORE GROUP / REVIEW
Core group every 3 weeks: 19/06/2025, 10/07/2025, 31/07/2025 (college).
Review child protection conference: 02/09/2025, 2pm, Vossington House.
If Leah goes missing twice in any 4 weeks, or the warning notices are
breached, the SW will request a legal planning meeting within 5 working
days to consider care proceedings.

*** END OF RECORD ***
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Health visitor's safeguarding plan in markdown definition lists, one
#    bold action heading with Who / When / We'll know lines (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b30_velminster_hv_definition_list_penrith.md",
    "split": "heldout",
    "template": "hv-led-icpc-plan-md-definition-list-who-when-well-know-per-action",
    "description": (
        "ICPC plan for an 8-week-old (mother's postnatal depression, father working away) typed by the HV "
        "as markdown definition lists, one bold action with Who / When / We'll know lines. A perinatal "
        "row that only supports, a blank 'When', 'as and when' with a blank measure, 'Everyone in the "
        "network', 'Monitored'; grandmother and aunt carry care but the contingency is vague and says "
        "nothing about them, and there is no legal step."
    ),
    "text": """\
# Velminster Council – Child Protection Plan

**Baby:** Isla-Rose Penrith, born 14/04/2025 (8 weeks)
**Parents:** Jade Penrith (22) and Connor Hale (25), 5 Sedge Close, Velminster
**Conference:** ICPC 10/06/2025 · **Category:** Neglect
**SW:** Amir Rahman · **HV:** Beth Orme (typed this up after conference)

---

## What we're worried about

Jade has postnatal depression and stopped her sertraline in May because she
was breastfeeding and worried about it. Connor works offshore, two weeks on
and two weeks off, so Jade is on her own with Isla-Rose for half of every
month. On 28/05 the HV found Isla-Rose in the same nappy all morning and
Jade in bed with the curtains closed; Isla-Rose had dropped from the 50th to
the 25th centile.

## What Isla-Rose's days are like

Isla-Rose is a quiet baby who does not cry much for feeds, which means she
can be missed. At the clinic she fixed on the HV's face and smiled. She
settles quickest on her nan Tracey's chest, and on the two visits when Jade
was in bed she was lying awake in her Moses basket, not crying, with a
soaked vest.

## What we want for Isla-Rose

- Isla-Rose is fed at least every 3–4 hours, day and night, and is back on
  the 50th centile by the review.
- Isla-Rose is changed, held and talked to every day by an adult who is up
  and noticing her.

## The plan

**1. Visit at home and see Isla-Rose awake, her basket and her feeds**
: Who – SW Amir Rahman
: When – weekly, unannounced
: We'll know – visit records show Isla-Rose seen awake and a feed watched

**2. Weekly listening visits and support for Jade with her low mood**
: Who – Velminster Perinatal Mental Health Team (Kerry-Ann Moss, CPN)
: When – weekly
: We'll know – attendance

**3. Weigh Isla-Rose and go through the feeding chart with Jade**
: Who – HV Beth Orme
: When – fortnightly at Sedge Lane clinic
: We'll know – weight plotted in the red book; back on the 50th centile by 25/08/2025

**4. Talk to Jade about restarting an antidepressant she can take while breastfeeding**
: Who – GP Dr Colin Fry, Hythe Road Surgery
: When –
: We'll know – new prescription on the GP record, copied to the SW

**5. Stay over and do the night feeds while Connor is offshore**
: Who – Tracey Penrith (MGM)
: When – Tuesday and Wednesday nights of every offshore fortnight
: We'll know – night-feed chart on the fridge, checked by the HV

**6. Take Isla-Rose out in the pram so Jade can sleep in the day**
: Who – Nikki Penrith (maternal aunt)
: When – as and when
: We'll know –

**7. Tell the SW the same day about anything worrying in Isla-Rose's care**
: Who – Everyone in the network
: When – same day
: We'll know – logged on Isla-Rose's file with the date and what was done

**8. Look out for Jade's mood dipping while home on leave**
: Who – Connor Hale (dad)
: When – each onshore fortnight
: We'll know – monitored

## If things don't get better

If things get worse for Jade or Isla-Rose, the core group will meet and
consider next steps.

## Meetings

- Core group every 4 weeks – 03/07/2025 and 31/07/2025, Sedge Lane clinic.
- Review conference: 25/08/2025, 11am, Velminster Town Hall.
""",
    "findings": [
        F("H001", "Weekly listening visits and support for Jade with her low mood"),
        F("T001", "Talk to Jade about restarting an antidepressant"),
        F("T002", "Take Isla-Rose out in the pram so Jade can sleep"),
        F("M001", "Take Isla-Rose out in the pram so Jade can sleep"),
        F("W002", "Tell the SW the same day about anything worrying"),
        F("M002", "Look out for Jade's mood dipping while home"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. ICPC plan: Ref / Task / Lead person / Start / Finish / Evidence table
#    grouped under merged area banner rows (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b30_vantry_ref_start_finish_dorsey.docx",
    "doc_title": "Child Protection Plan - Kai Dorsey",
    "split": "heldout",
    "template": "icpc-ref-task-lead-start-finish-evidence-six-column-area-banner-rows",
    "description": (
        "ICPC plan for a 2-year-old (domestic abuse, father's cocaine use) with a six-column "
        "Ref / Task / Lead person / Start / Finish / Evidence table under merged area banners. A blank "
        "lead, 'TBC' start and finish with 'Improvement' as evidence, a row with no dates, a drug service "
        "assessment with no stated output, 'Family network' as lead; nothing of Kai's own experience; "
        "grandmother supervises contact and uncle does nursery runs with no fallback; review date TBC; "
        "no legal step."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Vantry County Council – Children's Social Care – Southern Locality Team"),
        ("table", {
            "header": None,
            "widths": [4.0, 13.0],
            "rows": [
                ["Child", "Kai Dorsey, DOB 07/04/2023"],
                ["Address", "14 Brindle Way, Vantry (with mother)"],
                ["Mother", "Leanne Dorsey"],
                ["Father", "Ryan Dorsey, now at 2 Kestrel Court, Vantry"],
                ["ICPC date", "12/05/2025"],
                ["Category", "Emotional abuse"],
                ["Allocated SW", "Olu Bankole"],
            ],
            "bold_first_col": True,
        }),
        ("h2", "Summary of concerns"),
        ("p", "Police have attended 14 Brindle Way five times in the last year. On 26/04/2025 Ryan, who "
              "had been using cocaine and drinking, held Leanne against the wall by her throat. Ryan "
              "accepts he uses cocaine \"most weekends\" and has a conviction for possession. Leanne has "
              "agreed that Ryan will not live at the address while the plan is in place. The house is "
              "cluttered, the stairs have no gate and there are bags of rubbish in the hallway."),
        ("h2", "What needs to change for Kai"),
        ("bullets", [
            "Kai lives in a home where there is no violence between the adults and the police are not "
            "called.",
            "Kai's home is safe for a toddler: a clear hallway, a stair gate and no rubbish.",
            "Kai keeps seeing his dad, safely supervised, every week.",
        ]),
        ("h2", "Action plan"),
        ("table", {
            "header": ["Ref", "Task", "Lead person", "Start", "Finish", "Evidence it is done"],
            "widths": [1.1, 5.2, 3.0, 2.0, 2.0, 3.7],
            "rows": [
                ["A", "Keeping Kai safe at home", H, H, H, H],
                ["A1", "Unannounced home visits, including evenings, to check Ryan is not staying at the address",
                 "SW Olu Bankole", "12/05/2025", "11/08/2025",
                 "Visit records; Kai seen at every visit; no sign of Ryan living there"],
                ["A2", "Safety planning with Leanne, including how to call police and the refuge number",
                 "IDVA Sophie Lark, Vantry DA Service", "12/05/2025", "30/06/2025",
                 "Written safety plan signed by Leanne, copy to SW"],
                ["A3", "Put an urgent-response marker on the address", "", "12/05/2025", "19/05/2025",
                 "Confirmation of marker on file"],
                ["A4", "Home conditions work: clear the hallway and stairs and fit a stair gate",
                 "FSW Nadia Price", "TBC", "TBC", "Improvement in home conditions"],
                ["B", "Kai's health and development", H, H, H, H],
                ["B1", "Kai's 2-year development review and hearing test", "HV Jo Carter", "19/05/2025",
                 "30/06/2025", "ASQ-3 results and audiology letter shared with SW"],
                ["B2", "Take Kai to nursery on Mondays, Wednesdays and Fridays",
                 "Jamie Cole (maternal uncle)", "12/05/2025", "",
                 "Nursery register shows Kai in 3 days a week"],
                ["B3", "Register Kai with a dentist and take him for a first check", "Leanne (mum)", "", "",
                 "Dental registration letter seen by SW"],
                ["C", "Family time with Dad", H, H, H, H],
                ["C1", "Supervise Ryan's contact with Kai at her home on Sunday afternoons",
                 "Sandra Dorsey (PGM)", "18/05/2025", "Until review",
                 "Contact log signed by Sandra and sent to SW monthly"],
                ["C2", "Assess Ryan's cocaine use and offer him a treatment place",
                 "Vantry Drug and Alcohol Service – Lee Grant", "19/05/2025", "30/06/2025", ""],
                ["C3", "Pass on any worries from contact or from Ryan's visits to the area",
                 "Family network", "Same day", "", "Logged on Kai's file by SW"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Ryan comes to 14 Brindle Way, or there is any further incident of violence, Leanne will "
              "ring 999 and she and Kai will go to Vantry Women's Refuge that night. The SW will hold a "
              "strategy discussion the same day."),
        ("h2", "Core group and review"),
        ("p", "Core group meetings: fortnightly, first on 22/05/2025 at Brindle Way Children's Centre."),
        ("p", "Review child protection conference: date to be confirmed."),
    ],
    "findings": [
        F("W001", "Put an urgent-response marker on the address"),
        F("T002", "Home conditions work: clear the hallway and stairs"),
        F("M002", "Home conditions work: clear the hallway and stairs"),
        F("T001", "Register Kai with a dentist and take him"),
        F("M001", "Assess Ryan's cocaine use and offer him a treatment place"),
        F("W002", "Pass on any worries from contact or from Ryan's visits"),
        F("F003"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Neonatal unit MDT meeting record for a looked-after baby: attendance,
#    discipline updates, numbered "plan until discharge" (pdf, header/footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b30_vardley_nnu_mdt_record_lintott.pdf",
    "doc_title": "Neonatal MDT Safeguarding Meeting - Baby Ezra Lintott",
    "split": "heldout",
    "template": "nnu-mdt-safeguarding-meeting-record-attendance-discipline-updates-then-numbered-plan-until-discharge-paged",
    "description": (
        "Neonatal unit MDT meeting record for a baby accommodated under section 20 (mother's heroin use): "
        "attendance table, updates by discipline, then a numbered 'plan until discharge', with a header "
        "and page footer. Nobody is set to visit Ezra at a stated frequency; foster carers 'when they "
        "can', passive supervised contact with times to be agreed, hair strand test with no date or "
        "output, IRO to 'keep an eye on'; no adult service owns an action."
    ),
    "header": "Vardley Hospitals NHS Trust – Neonatal Unit – CONFIDENTIAL",
    "footer": "MDT record, Ezra Lintott (NHS 943 118 2207) – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Neonatal MDT safeguarding meeting"),
        ("kv", [
            ("Baby", "Ezra Lintott, born 28/05/2025 at 34+2 weeks, Cot 7, Neonatal Unit, Vardley General"),
            ("Mother", "Chantelle Lintott (26), no fixed address"),
            ("Legal status", "Accommodated under section 20 since 02/06/2025; on a child protection plan "
                             "(pre-birth ICPC 15/05/2025)"),
            ("Local authority", "Vardley Borough Council – SW Gemma Ashdown"),
            ("Meeting", "11/06/2025, 2pm, NNU parents' room"),
        ]),
        ("h2", "Present"),
        ("table", {
            "header": ["Name", "Role"],
            "widths": [5.0, 12.0],
            "rows": [
                ["Dr Imogen Shah", "Consultant neonatologist (chair)"],
                ["Ruth Abara", "Neonatal sister, Cot 7 named nurse"],
                ["Gemma Ashdown", "Social worker, Vardley Borough Council"],
                ["Hollie Sims", "Safeguarding midwife"],
                ["Mark Peel", "IRO, Vardley Borough Council"],
                ["Grace and Daniel Tembo", "Approved foster carers (first half only)"],
            ],
        }),
        ("h2", "Updates"),
        ("boldp", "Medical"),
        ("p", "Ezra is being treated for neonatal abstinence syndrome and is on a reducing dose of oral "
              "morphine. Scores have been under 8 for three days. He is taking 50ml every 3 hours by "
              "bottle and has regained his birth weight. Expected discharge is w/c 30/06/2025 if the "
              "morphine is stopped and he keeps feeding."),
        ("boldp", "Nursing – how Ezra is"),
        ("p", "Ezra is jittery and sneezes a lot when he wakes, and he settles best swaddled and held "
              "upright with a hand on his back. He calms to Chantelle's voice. He has been held by a "
              "visitor on only four days since 2 June; the rest of the time it has been nursing staff."),
        ("boldp", "Social care"),
        ("p", "Chantelle told the SW she is using heroin and buying street methadone, and is sleeping at "
              "friends' addresses. She is not open to any drug service at present. She has visited Ezra "
              "five times since birth, once under the influence, when security were called. She agreed "
              "to section 20 and wants Ezra to go to the Tembos on discharge."),
        ("h2", "What we want for Ezra"),
        ("bullets", [
            "Ezra finishes his withdrawal treatment, feeds well and is discharged to carers who know his "
            "routines and how to settle him.",
            "Ezra is held and cuddled by the same few people every day while he is on the unit.",
            "Ezra sees his mum safely, when she is sober, and she is helped to understand his needs.",
        ]),
        ("pagebreak",),
        ("h2", "Plan until discharge"),
        ("numbers", [
            "SW Gemma Ashdown will liaise with the ward about discharge and attend the discharge planning "
            "meeting on 24/06/2025, and the minutes will be shared with the IRO.",
            "Foster carers Grace and Daniel Tembo will visit Ezra on the unit when they can to learn his "
            "feeding and settling routines, and nursing staff will record each visit in his notes.",
            "Chantelle's contact with Ezra on the unit will be supervised, at times to be agreed with the "
            "ward, with notes kept of how she holds and feeds him.",
            "Dr Imogen Shah will write a discharge summary of Ezra's withdrawal, feeding and follow-up "
            "needs before discharge and give copies to the SW and the foster carers.",
            "Hair strand testing for Chantelle to be arranged by the SW.",
            "Neonatal sister Ruth Abara will send the discharge date and plan to HV Kath Young by "
            "24/06/2025 so the new birth visit can be booked at the foster home.",
            "IRO Mark Peel will keep an eye on progress of Ezra's care plan.",
            "SW Gemma Ashdown will take Ezra's case to the legal gateway panel on 19/06/2025 because "
            "Chantelle is still using heroin; the panel decision will be recorded on Ezra's file.",
        ]),
        ("h2", "If things change"),
        ("p", "If Chantelle comes onto the unit under the influence or tries to take Ezra, nursing staff "
              "will call security and the police, contact will stop that day and the SW will be told "
              "straight away. If the Tembos cannot take Ezra at discharge, the SW will find another "
              "approved foster placement before he leaves the unit; he will not be discharged to "
              "Chantelle."),
        ("h2", "Next meetings"),
        ("bullets", [
            "Core group: every 2 weeks on the unit – 25/06/2025, then 09/07/2025 at the foster home.",
            "Review child protection conference: 14/08/2025 (with the first LAC review on the same day).",
        ]),
    ],
    "findings": [
        F("T002", "Foster carers Grace and Daniel Tembo will visit Ezra"),
        F("W001", "Chantelle's contact with Ezra on the unit will be supervised"),
        F("T002", "Chantelle's contact with Ezra on the unit will be supervised"),
        F("T001", "Hair strand testing for Chantelle to be arranged"),
        F("M001", "Hair strand testing for Chantelle to be arranged"),
        F("T001", "IRO Mark Peel will keep an eye on progress"),
        F("M002", "IRO Mark Peel will keep an eye on progress"),
        F("L001"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Transfer-out closing summary typed from dictation, then a hash-marked
#    list of "outstanding tasks" (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b30_vennick_transfer_hash_tasks_brennan.txt",
    "split": "heldout",
    "template": "transfer-out-dictated-closing-summary-then-hash-marked-outstanding-task-sentences-txt",
    "description": (
        "Transfer-out summary of a CP plan for two children (mother's depression and debts, family moving "
        "to another council) typed from dictation, with the plan as '#'-marked task sentences. Most tasks "
        "are about mum's own housing, money and health; counselling that only treats; a parenting "
        "assessment and a school nurse referral held until the move; 'as and when'; an adult-only "
        "outcome; no contingency, review conference left to the new council, no legal step."
    ),
    "text": """\
VENNICK DISTRICT COUNCIL - CHILDREN & FAMILIES
North Area Team, The Old Library, Vennick

TRANSFER SUMMARY AND CURRENT CHILD PROTECTION PLAN
(typed from dictation - OB/lk - 12.06.25)

Children:   Jayden BRENNAN (7)   DOB 30/09/2017
            Millie BRENNAN (4)   DOB 11/01/2021
Mother:     Stacey Brennan (29)
Address:    22 Weir Street, Vennick (moving to Hollinsford, date tbc)
Plan since: ICPC 17/03/2025, category neglect
SW:         Ola Bright
Receiving:  Hollinsford Metropolitan Council, Children's Services

SUMMARY

Stacey has told us she is moving back to Hollinsford to be near her
mother, and has been offered a housing association flat there subject
to checks. I have notified Hollinsford and they have acknowledged the
transfer. Stacey has depression and is taking sertraline; she has rent
arrears of about GBP 1,900 and a county court letter. The house is
better than in March but Millie is still in nappies at 4, has been
wetting at nursery every day and has been sent in unwashed on several
occasions. Jayden's attendance is 84%.

When I saw Jayden on his own on 04/06 he said he is "excited and a bit
scared" about moving. He wants to be near Nanna Jean "because she takes
us to the park" and asked if he could still do football. Millie was
shy and stayed on Stacey's knee; at nursery she tells staff she is
"wet again" and goes quiet.

WHAT WE ARE HOPING FOR

1. Jayden and Millie are at school and nursery every day, clean, fed
   and in clean clothes.
2. Stacey will have a settled home in Hollinsford and her mood will be
   better.

THE PLAN / OUTSTANDING TASKS

# The SW will help Stacey fill in and send her Hollinsford housing
  application by 30/06/2025, with the acceptance letter kept on file.
# Stacey to attend weekly counselling sessions with Carl Whitby,
  Vennick Talking Therapies, with attendance recorded.
# GP (Dr Amina Lowe) to review Stacey's sertraline dose by 20/06/2025
  and confirm the outcome to the SW in writing.
# FSW Becky Shaw to help Stacey sort her debt letters and a weekly
  budget, fortnightly, with a completed budget sheet each session.
# The SW will apply for a Household Support Fund grant for Stacey by
  27/06/2025; grant decision letter on file.
# The SW will visit Jayden and Millie at home every 2 weeks and see
  Jayden on his own, with what he says written in the visit notes.
# Parenting assessment of Stacey to be started by Hollinsford once the
  case has transferred, with their report to their first core group.
# School nurse Ann Petrie to hold the referral for Millie's toileting
  until the family have moved and Hollinsford take over.
# Jayden's school DSL to let the SW know about his attendance as and
  when, sending the attendance figures by email.

MEETINGS

Core group monthly - next 26/06/2025, Weir Street Family Centre.
Review child protection conference: to be arranged by Hollinsford
after transfer.

Ola Bright, Social Worker
Checked by: Denise Harker, Team Manager
""",
    "findings": [
        F("H001", "Stacey to attend weekly counselling sessions with Carl Whitby"),
        F("X001", "Parenting assessment of Stacey to be started by Hollinsford"),
        F("X001", "School nurse Ann Petrie to hold the referral"),
        F("M001", "School nurse Ann Petrie to hold the referral"),
        F("T002", "Jayden's school DSL to let the SW know"),
        F("F002", "Stacey will have a settled home in Hollinsford and her mood will be better"),
        F("F001"),
        F("C001"),
        F("R001"),
        F("R002"),
    ],
})
