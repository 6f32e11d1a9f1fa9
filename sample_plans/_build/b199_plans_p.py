"""Batch 199, module p: seven fictional plans (held-out material), places beginning with "p".

Everything here is made up: young people, families, professionals, services,
schools, colleges, clubs, shops, police forces, courts and councils. Any
resemblance to real people, places or cases is a coincidence. The labels were
written by hand from docs/rules.md and the conventions in
sample_plans/README.md, without running planlint or reading its code.

Split: heldout (every plan). Batch 199, letter p.

Focus: teenagers at risk outside the home (criminal and sexual exploitation,
county lines, going missing, serious youth violence, online harm, school
exclusion) and the young person's own part. Each plan is in a template of its
own and names the agencies adolescents' plans name (youth justice, the
missing and exploitation service, police with a named officer, the school's
DSL and attendance officer, alternative provision, youth workers, CAMHS,
sexual health, a return home interview worker, the National Referral
Mechanism), with their own words for when and how we will know: "within 72
hours of every return", "every time Leah is 30 minutes late and not answering",
"every school day at 8.35am", "until the plea hearing",
"Friday and Saturday 6pm to 11pm"; the register and first-day call log, RHI
forms, served notices, patrol logs, the curfew sheet on the fridge, blocked
lists checked with the young person, tag monitoring reports, the young
person's own safety score. Young people's commitments are in the first
person, their voice is strong and sometimes at odds with the plan, and some
parents need support too.

1. an initial conference plan for a 15-year-old boy in a county line (NRM
   positive reasonable grounds, released under investigation, a debt), with
   one "What will happen / Who / When / How we'll know" table per place in
   his life (home, school, the park and the trains, his phone) and his own
   commitments in his words (docx, exemplary);
2. a first review conference plan for a 14-year-old girl sexually exploited
   by older men and going missing, printed landscape from the council's
   template: one table with a band row per worry, "Ref / Action / Named lead
   (agency) / Start / review by / Evidence of impact" columns, page header
   and footer (pdf): faults are the youth worker's sessions measured by
   "Leah's engagement with the sessions", an NRM referral with "-" for its
   evidence, "All agencies" passing on sightings, the sexual health
   appointment "when Leah is ready", an outcome only about her mother's
   confidence, and a second review conference "date to be confirmed"
   (M002, M001, W002, T002, F002, R001);
3. a 13-year-old girl's own plan, written with her social worker ("I" is
   Maja): about me, what the adults worry about and what I think, what we
   all want, then "What I will do", "What Mum and Dad will do" and "What the
   workers will do", each item with When and How we'll know lines, then "If
   I go missing" and our meetings (md, exemplary);
4. a joint child protection and youth justice plan for a 16-year-old
   charged with possession with intent to supply in a county line, typed as
   plain text in stages set by his court dates (now until the plea hearing,
   plea to trial, after the trial), each item with Lead and Check lines, and
   an "Also agreed" list (txt): faults are a police intelligence report under
   "Also agreed" with no time, a passive mentoring referral with no one
   named, bail supervision checked only by "monitored by YJS", an education
   placement "when Callum is ready", a contingency that only says the plan
   will be reviewed if things do not improve, and no legal planning (T001,
   W001, M002, T002, C002, R002);
5. an initial conference plan for a 14-year-old boy permanently excluded
   after carrying a knife, now at a pupil referral unit and threatened by a
   rival group; his mother has depression and anxiety under the community
   mental health team. The plan is "Reece's day and week": a table whose
   first column is the time of day or week ("Every school day, 8.15am"),
   then a dated table (docx): faults are the CPN's support visits only
   treating his mother, a CAMHS referral with an empty measure cell, "All
   professionals" passing on threats, the youth worker's mentoring
   "Ongoing", the unit's behaviour plan measured by "improvement in Reece's
   behaviour", and the uncle's three parts with no fallback if he cannot help
   (H001, M001, W002, T002, M002, C003);
6. an initial conference plan for a 12-year-old boy drawn into an older
   peer group, going missing after school and carrying for older teenagers,
   set out as a contextual safeguarding plan: one numbered table whose
   first column (the context: Alfie, his home, his friendship group, the
   places, school) is merged down its rows, landscape with page header and
   footer (pdf, exemplary);
7. a review conference plan for a 15-year-old boy blackmailed online after
   sending images to a fake profile, who has self-harmed, stays in his room
   and has stopped going to school; his father drinks heavily. Each worry
   is a heading with action cards under it ("Do / Who / By when or how
   often / We'll know because") (md): faults are a school counselling card
   with "-" for by when, a CAMHS card measured by "Ollie's engagement with
   CAMHS", "Everyone in Ollie's network" checking on him, a gaming club card
   with "-" for how we'll know, his father's drinking recorded with no adult
   service owning any action, and no legal planning (T001, M002, W002,
   M001, F004, R002).

Three plans (1, 3 and 6) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome is about the young person; each contingency has specific triggers
and concrete protective responses, says what happens if a relative's help
fails (plan 1) and leads to a legal planning meeting after named triggers;
each records the young person's voice, core group dates and a dated review
conference; no parent in them has recorded ill health or substance misuse.

Counting convention used for "actions" (README convention 1): each row of an
action table (band rows excepted), each numbered item of a plan's action
section and each action card counts once, whatever number of sentences or
When / How lines it holds. Details tables, who's-who and contact tables, the
worries, what is going well, the young person's and parents' words, the
outcomes, the contingency ("If things go wrong", "If I go missing"), the
bail conditions as recorded and the meeting dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan for a 15-year-old in a county line: one table
#    per place in his life (home, school, community, online). Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b199_pellingford_icpc_table_per_place_home_school_street_phone_okafor.docx",
    "doc_title": "Child Protection Plan - Daniel Okafor",
    "split": "heldout",
    "actions": 17,
    "template": "icpc-adolescent-plan-docx-details-grid-why-going-well-dannys-words-and-mums-worries-outcomes-then-one-what-will-happen-who-when-how-well-know-table-per-place-home-school-park-and-trains-phone-own-commitments-in-his-words-then-if-things-go-wrong-meetings-whos-who",
    "description": (
        "Exemplary initial conference plan for a 15-year-old boy criminally exploited in a county line: "
        "missing six times, twice found in a flat used to sell drugs 60 miles away, arrested with crack "
        "cocaine and released under investigation, a positive NRM reasonable grounds decision, a debt he "
        "says he owes and a knife found in his bag. The plan is one 'What will happen / Who / When / How "
        "we'll know' table per place in his life (home; Kingsgate Academy; Ashgrove Park, the bus station "
        "and the trains; his phone), his own commitments written in his words ('text Mum if I am going "
        "to be late'). Times such as 'every night from 04/12/2025', 'within 72 hours of every return', "
        "'Friday and Saturday 6pm to 11pm', 'every school day at 8.35am'; measures such as the curfew "
        "sheet, the served notice, patrol logs, RHI forms, the register and first-day call log, the "
        "club register. His voice (at odds with the plan: 'I'm not being exploited') and his mother's "
        "worries are recorded; the contingency has specific triggers, a fallback if his uncle cannot "
        "have him, and a legal planning meeting after named triggers; core group and review are dated."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Pellingford Borough Council, Children's Services, Adolescent Safeguarding Team. Plan agreed at "
              "the initial child protection conference on 03/12/2025 (chair: Yvonne Farrant, Independent "
              "Reviewing Officer)."),
        ("table", {
            "rows": [
                ["Young person", "Daniel (Danny) Okafor, born 22/03/2010 (15). Year 11, Kingsgate Academy."],
                ["Lives at", "17 Linnet Walk, Pellingford PG7 3LW"],
                ["Mum", "Grace Okafor (44), healthcare assistant at Pellingford General Hospital"],
                ["Sister", "Blessing Okafor (19), student, lives at home"],
                ["Uncle", "Femi Adebayo (Grace's brother), 3 Sorrel Court, Pellingford"],
                ["Dad", "Samuel Okafor, lives in Lagos; phones Danny most Sundays"],
                ["Category", "Physical abuse (criminal exploitation and the risk of serious violence)"],
                ["Social worker", "Ruth Castellan, Adolescent Safeguarding Team (team manager: Marcus Tembo)"],
                ["Police", "PC Lauren Stokes, Pellingford Police Child Exploitation Team"],
                ["Youth justice", "Aaron Bright, case manager, Pellingford Youth Justice Service"],
                ["NRM", "Referral sent 17/11/2025 by Ruth; positive reasonable grounds decision 21/11/2025"],
            ],
            "widths": [4.0, 13.0],
            "bold_first_col": True,
        }),
        ("h1", "Why Danny has a plan"),
        ("p", "Since August 2025 Danny has been missing from home six times, four times overnight. Twice he was "
              "found in Marlow Heath, 60 miles away, in a flat the police know is used to sell drugs. On "
              "14/11/2025 he was arrested at Marlow Heath station with 18 wraps of crack cocaine and £340 in "
              "cash; he was released under investigation. Danny has told Ruth that he \"lost a package\" and "
              "owes \"about £600\" to the people he was working for. A man the police know as Ryan Kell (24) "
              "has been seen picking Danny up in cars by Ashgrove Park and the bus station."),
        ("p", "Danny has new trainers and clothes that Grace did not buy, and two phones. On 20/11/2025 Grace "
              "found a kitchen knife in his school bag; Danny said it was \"for protection\". His attendance "
              "this term is 64%. Until 01/12/2025 Grace worked nights, so Danny was often on his own from "
              "7pm until the morning."),
        ("h1", "What is going well"),
        ("bullets", [
            "Grace has moved to day shifts from 01/12/2025, and her ward manager has agreed this until at "
            "least April.",
            "Danny has been to Pellingford ABC boxing club most Tuesdays since October, and he trusts Jamal, "
            "the youth worker who took him there first.",
            "Danny came to the conference for the first half and said what he thought.",
            "Femi takes Danny to football on Saturdays, and Danny has never gone missing from Femi's.",
            "Danny wants to be an electrician, and Kingsgate has found him a taster course at Pellingford "
            "College.",
        ]),
        ("h1", "What Danny says"),
        ("p", "Danny spoke to Ruth on his own on 28/11/2025 and again before the conference:"),
        ("bullets", [
            "\"I'm not being exploited. I'm not stupid, I did it for the money.\"",
            "\"If I just stop, they'll come for me, or for my mum. That's why I had the knife.\"",
            "\"I don't want police cars outside my house. The neighbours see everything.\"",
            "\"Boxing is the only thing that clears my head.\"",
            "He scored how safe he feels 3 out of 10. He wants \"to finish school, do the electrician course "
            "and for Ryan to leave me alone\".",
        ]),
        ("p", "Grace told the conference: \"I'm scared that one night I'll get a knock at the door telling me "
              "he's dead. I want my son back.\""),
        ("h1", "What we want for Danny"),
        ("numbers", [
            "Danny is safe from Ryan Kell and the adults who use him to carry drugs: no contact with them and "
            "no more trips to Marlow Heath.",
            "Danny is home every night by his curfew, and if he does go missing he is found quickly and has "
            "someone to talk to afterwards.",
            "Danny is in school every day, sits his GCSEs in May and June 2026 and has a college place for "
            "September 2026.",
            "Danny is safe from the threats about the debt, and no longer carries a knife.",
        ]),
        ("h1", "The plan, place by place"),
        ("p", "Each table is for one part of Danny's life. Where Danny has agreed to do something, his own words "
              "are used, so \"I\" in those rows means Danny."),
        ("h2", "At home"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we'll know"],
            "widths": [6.2, 3.3, 3.3, 4.2],
            "rows": [
                ["\"I'll be home by 9pm on school nights and 10pm on Fridays and Saturdays, and I'll text Mum "
                 "if I am going to be late and say where I am.\"",
                 "Danny",
                 "Every night from 04/12/2025",
                 "Grace writes the time Danny comes in on the curfew sheet on the fridge; Ruth reads it at "
                 "every visit"],
                ["\"I'll give my phone to Mum at 10pm and get it back at 7am.\"",
                 "Danny",
                 "Every night from 04/12/2025",
                 "Grace ticks the curfew sheet each night; Ruth checks it at every visit"],
                ["Work day shifts only (7am to 3pm) and be at home with Danny every evening and night",
                 "Grace Okafor (Mum)",
                 "From 01/12/2025 until the review conference",
                 "Ward rota sent to Ruth each month; Ruth's evening visits find Grace at home"],
                ["Report Danny missing to the police on 101 (999 if she thinks he is in danger) and text Ruth, "
                 "when he is 30 minutes past his curfew and not answering his phone",
                 "Grace Okafor (Mum)",
                 "Every time Danny is 30 minutes late and not answering",
                 "A police reference number on Ruth's file for each report"],
                ["See Danny on his own, one week at home and the next at school, and talk about where he has "
                 "been, who with, the debt, and how safe he feels out of 10",
                 "Ruth Castellan (SW)",
                 "Every week until the review conference (05/03/2026)",
                 "Visit record on the file within 2 working days, with Danny's words and his safety score"],
                ["Take Danny to Pellingford Town FC under-16s on Saturday mornings, have him to stay on "
                 "Saturday night and bring him home by 12 noon on Sunday",
                 "Femi Adebayo (uncle)",
                 "Every Saturday from 06/12/2025",
                 "Femi texts Grace and Ruth at pick-up and drop-off; Grace notes both on the curfew sheet"],
                ["Six sessions with Grace on spotting exploitation and what to do, and help to close the bank "
                 "account and phone contract opened in Danny's name",
                 "Bernadette Ng, parent support worker, Pellingford Missing and Exploitation Service",
                 "Tuesdays 10am, 09/12/2025 to 13/01/2026",
                 "Session records to Ruth; Grace's own \"warning signs and what I do\" sheet shared at the "
                 "core group on 20/01/2026; account closure letters on file"],
            ],
        }),
        ("h2", "At school: Kingsgate Academy"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we'll know"],
            "widths": [6.2, 3.3, 3.3, 4.2],
            "rows": [
                ["Meet Danny at the gate and check in about the night before; if he is not in, a first-day "
                 "call to Grace by 9.30am and a call to Ruth the same morning",
                 "Mrs Nadia Hussain, attendance officer",
                 "Every school day at 8.35am",
                 "The register and the first-day call log; every absence on Ruth's file the same day"],
                ["1:1 mentoring: catching up the GCSE work Danny has missed, and a \"safe and settled\" score "
                 "out of 10",
                 "Mr Carl Wren, learning mentor",
                 "Mondays and Thursdays, period 5, from 08/12/2025",
                 "Mentoring log with Danny's score, e-mailed to Ruth every Friday"],
                ["Book Danny onto the Wednesday afternoon electrical taster course at Pellingford College and "
                 "see him onto the college minibus at 12.45pm",
                 "Mr Owen Lacey, DSL",
                 "Every Wednesday, 07/01/2026 to 25/03/2026",
                 "College register sent to Mr Lacey each week; course certificate on Danny's school file"],
            ],
        }),
        ("h2", "In the community: Ashgrove Park, the bus station and the trains to Marlow Heath"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we'll know"],
            "widths": [6.2, 3.3, 3.3, 4.2],
            "rows": [
                ["Serve a child abduction warning notice on Ryan Kell, and treat any breach as a crime",
                 "PC Lauren Stokes, Child Exploitation Team",
                 "By 12/12/2025",
                 "Copy of the served notice on Ruth's file; any breach recorded as a crime and reported to "
                 "the next core group"],
                ["Patrols at Ashgrove Park, the bus station and Pellingford station, stopping cars seen picking "
                 "up young people and checking the Marlow Heath trains",
                 "Sgt Dev Mistry, Pellingford Central Neighbourhood Policing Team",
                 "Friday and Saturday 6pm to 11pm, from 05/12/2025 until the review conference",
                 "Patrol logs and stop records summarised at each core group; every sighting of Danny on "
                 "the police intelligence system within 24 hours"],
                ["Return home interview with Danny after every missing episode, by someone who is not police",
                 "Priya Desai, return home interview worker, Pellingford Missing and Exploitation Service",
                 "Within 72 hours of every return",
                 "RHI form to Ruth and PC Stokes within 72 hours of the return; places and names added to "
                 "the missing log"],
                ["Turnaround sessions on exploitation, debt, knives and Danny's rights as a victim, and an "
                 "appropriate adult or YJS worker with him at every police interview",
                 "Aaron Bright, YJS case manager",
                 "Thursdays 4pm, 12 sessions from 11/12/2025",
                 "Session records to Ruth; written progress review at session 6 (15/01/2026) and session 12 "
                 "(26/02/2026)"],
                ["Send the Single Competent Authority the update it has asked for on Danny's NRM case, and "
                 "share the conclusive grounds decision with the police, the YJS and the CPS",
                 "Ruth Castellan (SW), NRM first responder",
                 "Update by 19/12/2025; decision shared within 2 working days of it arriving",
                 "SCA acknowledgement and the decision letter on Danny's file"],
                ["Take Danny to Pellingford ABC boxing club and drive him home afterwards",
                 "Jamal Pryce, youth worker, Pellingford Youth Service",
                 "Tuesdays and Thursdays 6pm to 8pm, from 09/12/2025",
                 "Club register; Jamal texts Grace each time Danny is dropped home"],
            ],
        }),
        ("h2", "Online and on his phone"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we'll know"],
            "widths": [6.2, 3.3, 3.3, 4.2],
            "rows": [
                ["Go through Danny's phone with him, block and report Ryan Kell's and the Marlow Heath numbers "
                 "and Snapchat accounts, and pass them to PC Stokes",
                 "Jamal Pryce with Danny",
                 "By 12/12/2025, then at the first Tuesday session of each month",
                 "Blocked list checked with Danny each month; the numbers logged on police intelligence"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Danny is 30 minutes past his curfew and not answering: Grace rings 101 (999 if she thinks he is "
            "in danger) and texts Ruth. The police grade him high risk because of Marlow Heath, and Priya "
            "offers a return home interview within 72 hours of his return.",
            "If Danny is found in Marlow Heath or any other town, with drugs, cash or a weapon, or with Ryan "
            "Kell: Ruth (or the Emergency Duty Team out of hours) holds a strategy discussion with the police "
            "and the YJS the same day, and PC Stokes arrests Kell for any breach of the notice.",
            "If Danny or Grace is threatened at home about the debt: Grace rings 999 and the police complete a "
            "threat-to-life assessment that night. Danny and Grace go to Femi's at 3 Sorrel Court that night; "
            "if Femi cannot have them, Ruth or the Emergency Duty Team finds Danny a foster placement that "
            "night and asks Pellingford Homes for an emergency move.",
            "If Femi cannot have Danny on a Saturday, or the arrangement stops: Femi or Grace texts Ruth by 5pm "
            "on the Friday, Jamal takes Danny to the Saturday session at Pellingford Youth Hub (12pm to 5pm), "
            "and Grace collects him from the Hub.",
            "If Danny goes missing three times in any four weeks, is found in Marlow Heath again, or is found "
            "carrying a knife: Ruth asks Marcus Tembo (team manager) for a legal planning meeting within 5 "
            "working days, to decide whether to issue care proceedings or apply for secure accommodation.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every three weeks, Tuesdays at 4.30pm at Kingsgate Academy: 16/12/2025, 06/01/2026, "
            "27/01/2026 and 17/02/2026. Danny is invited to the first half of each one.",
            "Review child protection conference: Thursday 05/03/2026 at 10am, Pellingford Civic Centre.",
        ]),
        ("h1", "Who's who"),
        ("table", {
            "header": ["Name", "Role", "Phone"],
            "widths": [4.5, 8.5, 4.0],
            "rows": [
                ["Ruth Castellan", "Social worker, Adolescent Safeguarding Team", "01632 960 418"],
                ["PC Lauren Stokes", "Child Exploitation Team, Pellingford Police", "101, ext 55217"],
                ["Aaron Bright", "Case manager, Pellingford Youth Justice Service", "01632 960 733"],
                ["Priya Desai", "Return home interviews, Pellingford Missing and Exploitation Service",
                 "01632 960 251"],
                ["Jamal Pryce", "Youth worker, Pellingford Youth Service", "07700 900 382"],
                ["Emergency Duty Team", "Evenings, nights and weekends", "01632 960 999"],
            ],
        }),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan for a 14-year-old sexually exploited and
#    going missing: landscape print, one table with a band row per worry,
#    Ref / Action / Named lead / Start-review / Evidence of impact.
#    Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b199_prestwade_rcpc_worry_band_rows_landscape_print_mcgarry.pdf",
    "doc_title": "Child Protection Plan - Leah McGarry (review conference 14/01/2026)",
    "split": "heldout",
    "actions": 17,
    "landscape": True,
    "font_size": 9.5,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Prestwade City Council · Children's Social Care",
    "footer": "Leah McGarry · Child protection plan, review conference 14/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-paged-landscape-council-template-details-grid-progress-since-icpc-leahs-views-donnas-views-numbered-outcomes-then-one-table-band-row-per-worry-ref-action-named-lead-agency-start-review-by-evidence-of-impact-then-contingency-and-meetings",
    "description": (
        "First review conference plan for a 14-year-old girl sexually exploited by men in their twenties, "
        "picked up in cars outside a shop, given alcohol and cannabis, and missing eleven times since June; "
        "her mother has locked her out after arguments. Printed landscape from the council's template with "
        "an OFFICIAL-SENSITIVE header and a page footer: details, progress since the initial conference, "
        "Leah's and her mother's views, numbered outcomes, then one table with a band row per worry and "
        "'Ref / Action / Named lead (agency) / Start / review by / Evidence of impact' columns. Most rows are "
        "sound (a served notice, RHIs within 72 hours, a first-day call log, a signed home agreement). "
        "Faults: the youth worker's sessions measured only by 'Leah's engagement with the sessions'; an NRM "
        "referral with '-' for evidence; 'All agencies' passing on sightings; the sexual health appointment "
        "'when Leah is ready'; an outcome only about her mother's confidence; and the second review "
        "conference 'date to be confirmed'."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Prestwade City Council · Children's Social Care · Exploitation and Missing Team"),
        ("p", "Plan revised and agreed at the first review child protection conference on 14/01/2026 (chair: "
              "Graham Oyelaran, Child Protection Chair). It replaces the plan made at the initial conference on "
              "08/10/2025."),
        ("table", {
            "rows": [
                ["Young person", "Leah McGarry, born 09/05/2011 (14), Year 9, St Anselm's Catholic High School",
                 "Category", "Sexual abuse (child sexual exploitation)"],
                ["Address", "41 Pelham Street, Prestwade PW3 8JD", "Social worker",
                 "Mark Delaney, Exploitation and Missing Team"],
                ["Lives with", "Donna McGarry (38), mum; Kyle McGarry (9), brother", "Team manager",
                 "Angela Fitzsimmons"],
                ["Father", "Paul McGarry, lives in Spain; no contact since 2021", "Police",
                 "DC Helen Marsh, Child Exploitation Unit"],
            ],
            "widths": [3.2, 9.4, 3.2, 9.9],
            "bold_first_col": True,
        }),
        ("h1", "Why Leah is on a plan"),
        ("p", "Since June 2025 Leah has been reported missing eleven times, four times overnight. She has been "
              "seen getting into cars with men in their twenties outside the Dock Road Mini Market, and she "
              "calls Zak Henley (21) her boyfriend. The men give her vodka, cannabis and vapes. In September she "
              "told the school nurse she had had sex with \"a friend of Zak's\" at a flat on Harbour Row. "
              "Images of Leah were shared in a Snapchat group in October. Leah and Donna argue most nights, and "
              "twice in the autumn Donna locked Leah out after 11pm."),
        ("h1", "What has changed since the initial conference"),
        ("bullets", [
            "A child abduction warning notice was served on Zak Henley on 28/10/2025. He has not been seen with "
            "Leah since 19/11/2025.",
            "Missing episodes have come down from seven in September to two in December.",
            "Leah has had four return home interviews with Jess and says Jess is \"the only worker who doesn't "
            "lecture me\".",
            "Leah is in school three days a week, and has been in every Monday since half term.",
            "Donna has not locked Leah out since 02/11/2025.",
        ]),
        ("h1", "What Leah says"),
        ("p", "Leah wrote some of this herself with Jess on 09/01/2026: \"Zak's the only one who actually listens "
              "to me. Everyone's making him out to be a paedo and he's not.\" \"I go out because I can't be in "
              "the house with Mum screaming at me.\" \"I hate talking to the police when I get back, that's why "
              "I won't say where I was.\" \"I'd go to school more if I didn't have to sit in lessons with people "
              "who talk about me.\" Leah scored how safe she is 6 out of 10 and said she wants \"to go to "
              "college to do childcare, and for everyone to stop talking about me like I'm a victim\"."),
        ("h1", "What Donna says"),
        ("p", "\"I've run out of ideas. I lock the door because I'm frightened of who she'll bring back. I know "
              "that's wrong. I want help to be her mum again, not her jailer.\""),
        ("h1", "Outcomes"),
        ("numbers", [
            "Leah is safe from the men who exploit her: she has no contact with Zak Henley or his friends and "
            "is not picked up in cars.",
            "Leah is home every night, and if she goes missing she is found quickly and has someone she trusts "
            "to talk to afterwards.",
            "Leah is in school full time by the Easter holidays and has a plan for Year 10 that she has chosen.",
            "Leah has good sexual health and knows where to get help.",
            "Donna feels more confident and able to set boundaries.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Ref", "Action", "Named lead (agency)", "Start / review by", "Evidence of impact"],
            "widths": [1.3, 8.6, 5.2, 4.4, 6.2],
            "rows": [
                ["Worry 1: Leah is being sexually exploited by older men", H, H, H, H],
                ["1.1", "Serve a child abduction warning notice on Tyrone Baines (24), and arrest for any breach "
                        "of his or Zak Henley's notice",
                 "DC Helen Marsh, Prestwade Police Child Exploitation Unit",
                 "By 23/01/2026",
                 "Served notice on Leah's file; every breach recorded as a crime and reported to the core "
                 "group"],
                ["1.2", "1:1 sessions with Leah on healthy relationships, consent, grooming and how the men "
                        "operate, at a place Leah chooses",
                 "Jess Oduya, specialist youth worker, Prestwade Exploitation Hub",
                 "Every Tuesday from 20/01/2026 until the next review",
                 "Leah's engagement with the sessions"],
                ["1.3", "Visit Premier Cars (Dock Road) and the Dock Road Mini Market; brief staff on spotting "
                        "girls picked up by older men and on passing car registrations to the police",
                 "PC Owen Ruddock, Prestwade Licensing and Neighbourhood Team",
                 "By 06/02/2026",
                 "Visit records, and the number of reports from the two businesses, given at each core group"],
                ["1.4", "Submit a referral to the National Referral Mechanism for Leah as a child trafficked for "
                        "sexual exploitation",
                 "Mark Delaney, social worker",
                 "By 21/01/2026",
                 "-"],
                ["1.5", "Pass on any sighting of Leah with Zak Henley or Tyrone Baines, or in a car with adults "
                        "nobody knows, with the registration if possible",
                 "All agencies",
                 "The same day",
                 "Logged on police intelligence and on Leah's chronology"],
                ["Worry 2: Leah goes missing", H, H, H, H],
                ["2.1", "Ring 101 (999 if she fears for Leah) and text Mark when Leah is 30 minutes past her "
                        "curfew and not answering her phone",
                 "Donna McGarry (mum)",
                 "Every time Leah is 30 minutes late and not answering",
                 "Police reference number on Leah's file for every report"],
                ["2.2", "Return home interview after every missing episode, offered at a place Leah chooses and "
                        "not at the police station",
                 "Jess Oduya, Prestwade Exploitation Hub",
                 "Within 72 hours of every return",
                 "RHI form to Mark and DC Marsh within 72 hours; places and names added to the missing log "
                 "and read at each core group"],
                ["2.3", "\"I'll be home by 9pm on school nights and 10pm on Fridays and Saturdays, and I'll text "
                        "Mum where I am by 7pm.\"",
                 "Leah",
                 "Every night from 15/01/2026",
                 "Donna's curfew diary, which Mark reads at every visit"],
                ["2.4", "See Leah on her own, at home, at school or somewhere she chooses, and ask how safe she "
                        "feels out of 10",
                 "Mark Delaney, social worker",
                 "Every week until the next review",
                 "Visit record within 2 working days with Leah's words and her safety score"],
                ["Worry 3: Leah is missing school", H, H, H, H],
                ["3.1", "A timetable that adds one day every two weeks, with a base in the Hub room and a "
                        "named adult (Miss Tanner) to go to when lessons get too much",
                 "Mrs Claire Okoye, DSL, St Anselm's Catholic High School",
                 "From 19/01/2026; full time by 27/03/2026",
                 "Leah's weekly attendance figure e-mailed to Mark every Friday"],
                ["3.2", "A first-day call to Donna by 9.30am if Leah is not in, and a call to Mark the same "
                        "morning",
                 "Mr Lee Fraser, attendance officer",
                 "Every school day",
                 "First-day call log; every absence on Mark's file the same day"],
                ["Worry 4: Leah's health", H, H, H, H],
                ["4.1", "Sexual health appointment: contraception, STI screening and where to get emergency "
                        "contraception",
                 "Ana Pereira, school nurse, with Prestwade Sexual Health Clinic",
                 "When Leah is ready",
                 "Appointment on the school nursing record and confirmed to Mark"],
                ["4.2", "Assessment of Leah's sleep, low mood and the nightmares she has told Jess about",
                 "Dr Sadia Rehman, Prestwade CAMHS",
                 "Appointment on 29/01/2026",
                 "CAMHS letter with the outcome of the assessment and any plan, sent to Mark within 2 weeks"],
                ["Worry 5: Leah and Donna at home", H, H, H, H],
                ["5.1", "Sessions with Donna on exploitation, on setting boundaries without locking Leah out, and "
                        "on calming arguments down",
                 "Kerry Walsh, family support worker, Exploitation and Missing Team",
                 "Fortnightly, eight sessions from 20/01/2026",
                 "Session records; the number of arguments that week, counted and agreed by Donna and Kerry "
                 "at each session"],
                ["5.2", "Two mediation sessions for Leah and Donna at Prestwade Youth Hub, ending in a written "
                        "home agreement",
                 "Jess Oduya and Kerry Walsh jointly",
                 "Both sessions by 27/02/2026",
                 "Home agreement signed by Leah and Donna, copy on Leah's file"],
                ["5.3", "Never lock Leah out; if she comes home late, let her in and then ring 101 or Mark",
                 "Donna McGarry (mum)",
                 "Every night from 15/01/2026",
                 "What Leah and Donna tell Mark at each visit; no police report of Leah locked out"],
                ["Worry 6: Leah online", H, H, H, H],
                ["6.1", "Go through Leah's Snapchat and Instagram with her, block the men's accounts and report "
                        "the shared images through Report Remove",
                 "Jess Oduya with Leah",
                 "By 30/01/2026",
                 "Blocked list checked with Leah; Report Remove reference numbers on file"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Leah is missing overnight, or is found with Zak Henley or Tyrone Baines, at Harbour Row or in a "
            "car with unknown adults: Mark (or the Emergency Duty Team) holds a strategy discussion with the "
            "police and health the same day, and DC Marsh arrests for any breach of a notice.",
            "If Leah tells anyone she has been hurt or made to have sex: the police and Mark hold a strategy "
            "discussion that day, and Ana arranges an appointment at the Prestwade Sexual Assault Referral "
            "Centre with Leah's agreement.",
            "If Donna says she cannot keep Leah at home, or locks her out again: Mark or the Emergency Duty Team "
            "finds Leah a foster placement for that night, and Mark visits both of them the next day.",
            "If Leah is missing three times in any four weeks, or is found at Harbour Row again: Mark asks "
            "Angela Fitzsimmons for a legal planning meeting within 5 working days, to decide whether to start "
            "care proceedings.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 3.45pm at St Anselm's: 11/02/2026, 11/03/2026 and "
            "08/04/2026. Leah can come to the first part of any of them, or send her views with Jess.",
            "Second review child protection conference: date to be confirmed by the Safeguarding Unit.",
        ]),
        ("p", "Copies to Leah (with Jess), Donna and every agency named above, 16/01/2026."),
    ],
    "findings": [
        F("M002", "1:1 sessions with Leah on healthy relationships, consent, grooming"),
        F("M001", "Submit a referral to the National Referral Mechanism for Leah"),
        F("W002", "Pass on any sighting of Leah with Zak Henley"),
        F("T002", "Sexual health appointment: contraception, STI screening and where"),
        F("F002", "Donna feels more confident and able to set boundaries."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. A 13-year-old's own plan, written with her social worker: "I" is Maja.
#    What I will do / What Mum and Dad will do / What the workers will do,
#    each numbered item with When and How we'll know lines, then "If I go
#    missing". Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b199_plumhollow_my_own_plan_i_will_parents_workers_parts_kowalczyk.md",
    "split": "heldout",
    "actions": 17,
    "template": "young-persons-own-cp-plan-md-written-with-sw-i-is-maja-about-me-what-adults-worry-about-what-i-think-going-well-what-we-all-want-then-what-i-will-do-what-mum-and-dad-will-do-what-the-workers-will-do-numbered-items-with-when-and-how-well-know-sub-bullets-then-if-i-go-missing-and-if-things-dont-get-better-meetings-who-to-call",
    "description": (
        "Exemplary child protection plan written with and partly by a 13-year-old girl ('I' is Maja) after "
        "an initial conference: she has gone missing five times, was found at 2am in a flat in another town "
        "with two men she met on Snapchat, has sent images to an adult posing as a 17-year-old, and drinks "
        "with older teenagers at the Rec behind the leisure centre. About me, what the adults worry about "
        "and what I think (she disagrees that she was groomed), what is going well and what we all want, "
        "then 'What I will do', 'What Mum and Dad will do' and 'What the workers will do', every numbered "
        "item with 'When' and 'How we'll know' sub-bullets ('every night from 20/11/2025', 'within 72 hours "
        "of every return', 'every school day at 8.40am'; the kitchen calendar, RHI forms, served notices, "
        "Report Remove reference numbers, patrol logs, her own safety score). 'If I go missing' gives "
        "specific triggers and responses, a foster placement if her parents cannot keep her safe that "
        "night, and a legal planning meeting after named triggers; core group and review are dated."
    ),
    "text": """\
# My plan – Maja Kowalczyk

*Plumhollow Council Children's Services · Adolescent Team · Child protection plan*

I wrote this plan with Ellie Chapman, my social worker, on 24/11/2025, after my child protection
conference on 19/11/2025. "I" and "me" mean me, Maja. Ellie wrote the part about what the adults are
worried about and the part about what the workers will do, and I read them and said what I wanted
changed. Everyone named in it has a copy.

## About me

I'm Maja, I'm 13 (my birthday is 30/06/2012) and I'm in Year 9 at Plumhollow Community College. I live at
8 Rowan Crescent, Plumhollow PH2 9EX, with Mum (Agnieszka, but everyone calls her Aga), Dad (Tomasz) and
my little brother Kacper, who is 8. Dad drives lorries and is away Monday to Thursday nights. Mum works at
Wiśniewski's bakery. I'm good at drawing, especially manga, and I go to Polish school on Saturday
mornings, which I pretend to hate.

## What the adults are worried about (Ellie wrote this)

- Since August Maja has been reported missing five times, twice overnight. On 02/11/2025 the police found
  her at 2am in a flat on Carver Street in Castlebridge with two men aged 19 and 23, whom she had met on
  Snapchat. She had been given vodka.
- Maja has been talking to adult men online. One of them, who called himself "Kai" and said he was 17,
  asked her for pictures, and she sent some. The police are investigating.
- On Friday and Saturday nights Maja goes to the Rec behind Plumhollow Leisure Centre, where older
  teenagers drink and where adults in cars have been seen.
- Mum leaves for work at 4.30am and Dad is away most of the week, so Maja gets herself to school. Her
  parents did not know how to see who she talks to online.

## What I think about that

- "Kai was my friend. I don't think I was groomed. I just made a mistake sending the pictures."
- "I go to the Rec because everyone from my year goes. It's not like I'm the only one."
- "I hate that everyone knows now. I don't want it to be the thing people think about when they see me."
- "I don't want police coming to school. I'll talk to Bex, she's alright."
- My safety score is 5 out of 10 today. I want "to get my phone back without Mum reading everything, and
  to do art at GCSE".

Mum said at the conference: "I thought she was in her room on her phone, safe. I didn't know the danger
was in the phone." Dad said he wants to be "more than a voice on the phone at night".

## What's going well

- I haven't been missing since 02/11/2025.
- I talked to Bex after every time I went missing, and I told her things I hadn't told the police.
- Mum and Dad have both come to every meeting, and Dad swapped a week of nights to be at the conference.
- Mr Varma says I've been in school every day since half term.

## What we all want for me

1. I'm safe from adults who want to use me, online and in real life, and I don't see the men from
   Castlebridge or "Kai" again.
2. I'm home every night, and if I do go missing I'm found quickly and someone I trust talks with me after.
3. I know how to spot when someone online is trying to trick me, and I tell someone straight away.
4. I keep going to school every day, and I get to do art at GCSE.

## What I will do

1. I will be home by 8pm on school nights and 9pm on Fridays and Saturdays. If I'm going to be late I
   will ring Mum, not just text her.
   - When: every night from 20/11/2025
   - How we'll know: Mum writes the time I get in on the calendar in the kitchen, and Ellie looks at it
     every time she visits.
2. I won't go to the Rec after dark. If I go to Hollins Park I'll go with Zuzia or Ola.
   - When: every evening from 20/11/2025 until my review conference
   - How we'll know: I tell Ellie where I've been at each visit, and the patrols (number 16) tell Ellie
     if they see me at the Rec after dark.
3. I will leave my phone charging in the kitchen at 9.30pm and pick it up in the morning.
   - When: every school night from 20/11/2025
   - How we'll know: Mum ticks the kitchen calendar, and Ellie checks it at her visits.
4. I will go to my sessions with Bex after school.
   - When: every Wednesday at 3.30pm, 26/11/2025 to 21/01/2026 (eight sessions)
   - How we'll know: Bex's register, which she sends to Ellie every month.
5. I will tell Bex or Mr Varma if anyone online asks me for pictures or to meet up, and I'll screenshot
   it before I block them.
   - When: the same day, every time it happens
   - How we'll know: the screenshots go to PC Hargreaves that day and he logs them.

## What Mum and Dad will do

6. Mum will ring the police on 101 (999 if she thinks I'm in danger) and text Ellie if I'm 30 minutes past
   my curfew and not answering.
   - When: every time I'm 30 minutes late and not answering
   - How we'll know: a police reference number on Ellie's file each time.
7. Mum and Dad will go to the four "Keeping Kids Safe Online" sessions for parents at Plumhollow Family
   Hub, and then set up parental controls on my phone with me.
   - When: Thursday evenings, 27/11/2025 to 18/12/2025; controls set up by 19/12/2025
   - How we'll know: the Family Hub register, and Mum and Dad show Ellie the controls on my phone.
8. Dad will ring me at 8pm on the nights he is away, and ask how my day was and where I am.
   - When: every Monday to Thursday evening he is working away
   - How we'll know: Dad's call list on his phone, which he shows Ellie when she visits at the weekend,
     and what I tell Ellie.
9. Mum will move to the 7am to 3pm shift so that she is home when I get back from school.
   - When: from 01/12/2025 until at least my review conference
   - How we'll know: Mum shows Ellie her rota each month.

## What the workers will do

10. Ellie Chapman (my social worker) will see me on my own, one week at school and the next at home, and
    ask me for my safety score.
    - When: every week until my review conference on 12/02/2026
    - How we'll know: Ellie's visit notes, with my words and my score, written up within 2 working days.
11. Bex Ellery (youth worker, Plumhollow Young People's Service) will do my return home interview after
    any time I go missing, somewhere I choose.
    - When: within 72 hours of every return
    - How we'll know: the return home interview form goes to Ellie and PC Hargreaves within 72 hours.
12. Bex will do eight sessions with me on online safety, grooming and healthy friendships, using the
    "Think Before You Share" workbook.
    - When: every Wednesday at 3.30pm, 26/11/2025 to 21/01/2026
    - How we'll know: Bex's notes to Ellie after each session, my finished workbook, and my "how safe am
      I online" score at the first and last session.
13. PC Joe Hargreaves (Missing and Child Exploitation Team, Plumhollow Police) will serve child abduction
    warning notices on the two men from the Carver Street flat.
    - When: by 05/12/2025
    - How we'll know: copies of both served notices on Ellie's file; any breach recorded as a crime.
14. PC Hargreaves will report my pictures through Report Remove and ask Snapchat to take down "Kai's"
    account.
    - When: by 28/11/2025
    - How we'll know: the Report Remove and Snapchat reference numbers on Ellie's file.
15. Mr Sunil Varma (DSL, Plumhollow Community College) will check in with me in the library before
    registration, and ring Mum and Ellie by 9.30am if I'm not in.
    - When: every school day at 8.40am
    - How we'll know: the register and Mr Varma's check-in log; Ellie is told the same morning.
16. Sgt Nina Ross (Plumhollow North Neighbourhood Team) will send patrols to the Rec behind the leisure
    centre and stop adults in cars talking to young people there.
    - When: Fridays and Saturdays, 7pm to 11pm, from 21/11/2025 until my review conference
    - How we'll know: the patrol log, with the young people and adults spoken to, brought to each core
      group.
17. Ellie will get me a place at the Thursday art club at Plumhollow Arts Centre and pay for it.
    - When: place booked by 04/12/2025, then every Thursday 5pm to 7pm
    - How we'll know: the art club register, and the drawings I bring to show Ellie.

## If I go missing

- **If I'm 30 minutes late and not answering:** Mum rings 101 (999 if she thinks I'm in danger) and
  texts Ellie. The police look for me straight away and ring the parents on Mum's list of my friends. Bex
  sees me within 72 hours of getting back.
- **If I'm found with an adult I met online, in Castlebridge or at Carver Street, or I've been given
  alcohol or drugs:** Ellie (or the Emergency Duty Team at night) holds a strategy discussion with the
  police the same day, PC Hargreaves arrests anyone who has broken a notice, and if anything sexual has
  happened the school nurse takes me to the Sexual Assault Referral Centre, if I agree.
- **If someone says they'll share my pictures unless I send more or pay:** I don't send anything, I tell
  Mum or Bex, and PC Hargreaves is told that day.
- **If Mum and Dad can't keep me safe at home one night:** Ellie or the Emergency Duty Team finds me a
  foster carer for that night, and Ellie sees all of us the next day.

## If things don't get better

If I go missing three times in any four weeks, or I'm found in Castlebridge again, Ellie will ask her
manager, Sam Okoro, for a legal planning meeting within 5 working days, to decide whether the council
needs to go to court to keep me safe.

## Our meetings

- Core group: every three weeks, on Wednesdays at 4pm at Plumhollow Community College: 10/12/2025,
  07/01/2026 and 28/01/2026. I'll go to the first half.
- My review child protection conference: Thursday 12/02/2026 at 10am, Plumhollow Town Hall.

## Who to call

Ellie Chapman 07700 900 521 · Bex Ellery 07700 900 176 · Emergency Duty Team (nights and weekends)
01632 960 888 · Police 101, or 999 in an emergency · Childline 0800 1111
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Joint child protection and youth justice plan for a 16-year-old charged
#    in a county line, typed as plain text in stages set by his court dates,
#    each item with Lead / When / Check lines, then "Also agreed". Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b199_pittersby_joint_cp_yjs_court_date_stages_doherty.txt",
    "split": "heldout",
    "actions": 16,
    "template": "joint-cp-and-youth-justice-plan-txt-caps-headings-equals-rules-details-lines-bail-conditions-why-callums-words-mums-words-outcomes-then-stages-set-by-court-dates-now-to-plea-plea-to-trial-after-trial-numbered-items-with-lead-when-check-lines-then-also-agreed-list-then-contingency-and-meetings",
    "description": (
        "Initial conference plan for a 16-year-old charged with possession with intent to supply class A "
        "drugs in a county line, on bail with a tagged curfew and an exclusion zone, with a positive NRM "
        "reasonable grounds decision; his older brother is in prison for supply. Written jointly with the "
        "Youth Justice Service and typed as plain text in stages set by his court dates (now until the plea "
        "hearing on 13/01/2026, the plea hearing to the trial on 24/02/2026, after the trial), each item with "
        "Lead, When and Check lines, then an 'Also agreed at conference' list with no time of its own. Most "
        "items are sound (tag monitoring reports, a letter to the CPS, a signed court-day "
        "safety plan, a marker on the house). Faults: the police intelligence report under 'Also agreed' has no time; a mentoring "
        "referral is passive with '-' for its lead; bail supervision is checked only by 'monitored by YJS'; "
        "the education placement is 'when Callum is ready'; the contingency only says the manager will be "
        "consulted and the plan reviewed if things do not improve; and nothing leads to legal planning."
    ),
    "text": """\
PITTERSBY BOROUGH COUNCIL - CHILDREN'S SERVICES
PITTERSBY YOUTH JUSTICE SERVICE
==========================================================================================
JOINT CHILD PROTECTION AND YOUTH JUSTICE PLAN
Initial child protection conference: 10/12/2025      Chair: Helen Rafferty (IRO)
==========================================================================================

Young person ......... Callum Doherty, born 14/02/2009 (16)
Address .............. 22 Hazel Bank, Pittersby PT5 2NQ
Lives with ........... Sharon Doherty (45), mum; Chloe Doherty (11), sister
Brother .............. Liam Doherty (22), serving a sentence for supplying class A drugs
Education ............ Left Pittersby High School in July 2025; not in education or training
Category ............. Physical abuse (criminal exploitation)
Social worker ........ Rob Kinsella, Adolescent Safeguarding Team (manager: Dawn Achterberg)
YJS officer .......... Nadia Quinn, Pittersby Youth Justice Service
Police ............... DC Tom Varley, Serious and Organised Crime Unit
NRM .................. Referral by Rob Kinsella 05/12/2025; positive reasonable grounds 09/12/2025

COURT DATES
-----------
03/12/2025  First appearance, Pittersby Youth Court: not guilty indicated; conditional bail
13/01/2026  Plea and trial preparation hearing, Pittersby Youth Court
24/02/2026  Trial, Pittersby Youth Court

BAIL CONDITIONS (as set by the court on 03/12/2025)
- Live and sleep at 22 Hazel Bank
- Curfew 8pm to 7am, electronically monitored (tag fitted 04/12/2025)
- Not to enter Brammerton
- No contact with Jordan Pike (co-accused, 19)

WHY CALLUM IS ON A PLAN
-----------------------
On 01/12/2025 Callum was stopped in a car on the A617 with Jordan Pike and 30 wraps of heroin and crack
cocaine. The police believe the drugs belonged to a line run from Brammerton. Since the summer Callum
has been missing from home for up to three days at a time, has had cash and a new phone, and in October
came home with a cut to his hand he would not explain. A man came to the house on 06/12/2025 and told
Sharon that Callum "owes for what the police took". Callum uses cannabis most days.

WHAT CALLUM SAYS
----------------
"I'm not a victim. I knew what I was doing."
"If I grass, my mum's house gets done. That's how it works."
"I want to be a mechanic. I'm good with engines, ask anyone."
"The tag's embarrassing but it's alright, it means I've got a reason to say no."
Callum scored how safe he feels 4 out of 10 (Rob, 08/12/2025).

WHAT SHARON SAYS
----------------
"I've already got one son in prison. I won't lose another one to these people. But I'm frightened of
them, and I don't know who to trust."

WHAT WE WANT FOR CALLUM
----------------------
1. Callum is safe from the people who run the Brammerton line, and from the debt they say he owes.
2. Callum keeps to his bail, commits no new offences, and the court hears how he was exploited.
3. Callum is in a college course, apprenticeship or training by September 2026.
4. Callum is safe at home, and Sharon and Chloe are safe there too.

==========================================================================================
THE PLAN
==========================================================================================

STAGE 1 - NOW UNTIL THE PLEA HEARING (10/12/2025 to 13/01/2026)

1.1  Bail supervision and support: see Callum at the YJS office, check he is keeping to his
     bail conditions and talk through the Brammerton line and the debt.
     Lead:  Nadia Quinn, YJS officer
     When:  Mondays, Wednesdays and Fridays until the plea hearing
     Check: monitored by YJS

1.2  Keep to my curfew from 8pm to 7am and keep the tag on and charged.
     Lead:  Callum
     When:  every night while on bail
     Check: the tag company's weekly report to Nadia; no breach alerts

1.3  See Callum on his own at home, and talk about who is contacting him and how safe he feels.
     Lead:  Rob Kinsella, social worker
     When:  twice a week until the plea hearing, then every week
     Check: visit records within 2 working days, with Callum's words and his safety score

1.4  Send the Single Competent Authority the information it asks for on Callum's NRM case, and
     (with Callum's agreement) send the reasonable grounds letter to his solicitor.
     Lead:  Rob Kinsella, social worker (NRM first responder)
     When:  letter to the solicitor by 19/12/2025; SCA requests answered within 5 working days
     Check: copies of the letter and the SCA acknowledgements on Callum's file

1.5  A referral will be made to the Pittersby Mentoring Project so that Callum has a mentor
     from outside the statutory services.
     Lead:  -
     When:  first meeting with a mentor by 09/01/2026
     Check: the mentor's first meeting with Callum recorded on the YJS system

1.6  Put an urgent-response marker on 22 Hazel Bank, and arrest Jordan Pike for any breach
     of his bail condition not to contact Callum.
     Lead:  DC Tom Varley, Serious and Organised Crime Unit
     When:  marker on by 12/12/2025; any breach dealt with the same day
     Check: the marker confirmed to Rob in writing; any breach recorded as an offence

1.7  Tell Rob or Nadia the same day if anyone comes to the house or rings asking for Callum,
     and ring 999 if they threaten him or the family.
     Lead:  Sharon Doherty (mum)
     When:  the same day, every time
     Check: each report logged on police intelligence and on Callum's chronology

STAGE 2 - FROM THE PLEA HEARING TO THE TRIAL (13/01/2026 to 24/02/2026)

2.1  Share the NRM decision and the exploitation evidence with the CPS and ask it to review
     whether prosecuting Callum is in the public interest.
     Lead:  Nadia Quinn, YJS officer
     When:  by 10/02/2026
     Check: the YJS letter to the CPS on file; the CPS reply shared with the core group

2.2  Find Callum a place on a motor vehicle course, an apprenticeship or a training programme,
     and go with him to the interview.
     Lead:  Jo Barnett, education, training and employment worker, YJS
     When:  when Callum is ready
     Check: an enrolment or offer letter on file

2.3  Go to my sessions at Step Up (Pittersby young people's drug and alcohol service) about
     cutting down cannabis.
     Lead:  Callum, with Kez Allen, Step Up worker
     When:  every Tuesday at 4pm from 20/01/2026
     Check: attendance and Kez's note of how much Callum says he is smoking, sent to Nadia
     every fortnight

2.4  Agree with Callum a safety plan for getting to and from court on the day of the trial,
     and who will be with him.
     Lead:  Rob Kinsella, social worker
     When:  by 17/02/2026
     Check: written safety plan signed by Callum, copies to Nadia and Sharon

2.5  Go to the Thursday support group for parents of exploited children at the Pittersby
     Family Hub.
     Lead:  Sharon Doherty (mum)
     When:  every Thursday at 10am from 15/01/2026
     Check: the group register, sent to Rob each month

STAGE 3 - AFTER THE TRIAL

3.1  If Callum is convicted, write the pre-sentence report, setting out the NRM decision and
     how Callum was drawn into the line.
     Lead:  Nadia Quinn, YJS officer
     When:  within 3 weeks of the conviction, and before the sentencing date
     Check: a copy of the report to Rob before it goes to court

3.2  Whatever the outcome, meet Callum and Sharon to agree what carries on (mentor, Step Up,
     course) and what changes.
     Lead:  Rob Kinsella, social worker
     When:  within 5 working days of the trial
     Check: a note of the meeting and the revised plan sent to the core group

ALSO AGREED AT CONFERENCE

A.   Complete an intelligence report on the adults seen visiting 6 Ryder Court and share it
     with Brammerton Police.
     Lead:  DC Tom Varley
     Check: the intelligence report reference number sent to Rob

B.   Apply to Pittersby Homes for a move away from Hazel Bank, with a letter of support
     from Rob.
     Lead:  Sharon, with Rob Kinsella
     When:  application and letter in by 16/01/2026
     Check: the housing application reference number on Callum's file

==========================================================================================
CONTINGENCY
==========================================================================================
If things do not improve or there are further concerns about Callum, Rob will discuss the
case with his team manager and the core group will meet to review the plan.

==========================================================================================
CORE GROUP AND REVIEW
==========================================================================================
Core group every three weeks at the YJS office, Mill Street: 23/12/2025, 13/01/2026 (after the
hearing), 03/02/2026 and 24/02/2026 (after the trial, if it finishes that day).
Review child protection conference: 05/03/2026, 2pm, Pittersby Town Hall.

Plan typed by Rob Kinsella, 11/12/2025. Copies to Callum, Sharon, Nadia Quinn, DC Varley,
Step Up and the Pittersby Mentoring Project.
""",
    "findings": [
        F("M002", "Bail supervision and support: see Callum at the YJS office"),
        F("W001", "A referral will be made to the Pittersby Mentoring Project"),
        F("T002", "Find Callum a place on a motor vehicle course"),
        F("T001", "Complete an intelligence report on the adults seen visiting"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan for a 14-year-old permanently excluded after
#    carrying a knife: "Reece's day and week", a table whose first column is
#    the time of day or week, then a table of things with a date. His mother
#    has depression and anxiety. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b199_polverhithe_icpc_day_and_week_when_first_column_mensah.docx",
    "doc_title": "Child Protection Plan - Reece Mensah",
    "split": "heldout",
    "actions": 17,
    "template": "icpc-plan-docx-details-kv-why-knife-exclusion-threats-reeces-words-mums-words-going-well-outcomes-then-reeces-day-and-week-table-when-first-column-time-of-day-or-week-what-who-how-well-know-then-things-with-a-date-table-then-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 14-year-old boy permanently excluded after taking a lock knife into "
        "school 'for protection', now at a pupil referral unit; his friend was stabbed at the local shops, "
        "he was assaulted on the way home and drill videos name him. His mother has depression and anxiety "
        "and is under the community mental health team; his uncle drives him to and from the unit and takes "
        "him to the gym. The plan is 'Reece's day and week', a table whose first column is the time of day "
        "or week ('Every school day, 8.15am', 'Every Saturday, 10am to 12 noon'), then a table of things "
        "with a date. Most rows are sound (register and bag check log, crime reference numbers, the home "
        "log, a Fair Access decision letter). Faults: the CPN's visits only support the mother's mood; a "
        "CAMHS referral with an empty measure cell; 'All professionals' passing on threats; the youth "
        "worker's mentoring 'Ongoing'; the unit's behaviour plan measured by 'Improvement in Reece's "
        "behaviour'; and the uncle's three parts with nothing said if he cannot do them."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Reece Mensah"),
        ("p", "Polverhithe City Council · Children's Services · Adolescent Safeguarding Team"),
        ("kv", [
            ("Young person", "Reece Mensah, born 11/01/2011 (14). Year 10."),
            ("School", "The Anchorage (Polverhithe pupil referral unit) since 03/11/2025, after his permanent "
                       "exclusion from Polverhithe High School on 15/10/2025"),
            ("Lives with", "Abena Mensah (41), mum, at 9 Saltings Way, Polverhithe PV6 1TB"),
            ("Dad", "Kofi Mensah, lives in Tarrow; Reece stays with him every other weekend"),
            ("Uncle", "Kwesi Boateng (Abena's brother), 27 Dockside Mews, Polverhithe"),
            ("Category", "Physical abuse (risk of serious youth violence)"),
            ("Conference", "Initial child protection conference, 26/11/2025 (chair: Moira Penhallow)"),
            ("Social worker", "Hannah Greaves (team manager: Tunde Bakare)"),
        ]),
        ("h1", "Why Reece has a plan"),
        ("p", "On 15/10/2025 Reece took a lock knife into Polverhithe High School. He said he carried it for "
              "protection after his friend Tyler Brooks (15) was stabbed at the Harbour Road shops on "
              "06/09/2025. He was permanently excluded and started at The Anchorage on 03/11/2025. On "
              "18/11/2025 Reece was punched and kicked by four older boys on Harbour Road on his way home; "
              "his phone was taken. Two drill videos posted since then name Reece and the street he lives on."),
        ("p", "Abena has depression and anxiety. She has been under the Polverhithe Community Mental Health Team "
              "since March 2024 and takes sertraline. On bad days she cannot get out of bed, and Reece does the "
              "shopping and gets himself to The Anchorage, or does not go. Reece's attendance there in November "
              "was 62%."),
        ("h1", "What Reece says"),
        ("bullets", [
            "\"I carried it because nobody else was going to protect me. You lot weren't there when Tyler got "
            "stabbed.\"",
            "\"I don't need a youth worker, I need to get out of Polverhithe.\"",
            "\"Uncle Kwesi's alright. He doesn't chat rubbish and he picks me up on time.\"",
            "\"I don't like leaving Mum when she's having a bad day.\"",
            "Reece scored how safe he feels outside the house 2 out of 10, and at home 8 out of 10. He wants "
            "\"to go back to a proper school and do my GCSEs\".",
        ]),
        ("h1", "What Abena says"),
        ("p", "\"Some days I can't get out of bed, and I know he sees that. I'm frightened he'll end up like "
              "Tyler, or in prison. I want him to be a child again.\""),
        ("h1", "What is going well"),
        ("bullets", [
            "Since Kwesi started driving him on 20/11/2025, Reece has been at The Anchorage every day.",
            "Reece gave the police a full account of the assault on 18/11/2025.",
            "Reece has agreed to have his bag checked at The Anchorage every morning.",
            "Abena goes to every appointment with her CPN, and she came to the conference.",
        ]),
        ("h1", "What we want for Reece"),
        ("numbers", [
            "Reece is safe from the boys who attacked and threatened him, and gets to and from The Anchorage "
            "safely every day.",
            "Reece never carries a knife again.",
            "Reece is back in a mainstream school by September 2026 and sits his GCSEs.",
            "Reece is not left to look after his mum on his own, and has time to be 14.",
        ]),
        ("h1", "Reece's day and week"),
        ("p", "The first column says when each part happens in Reece's day or week."),
        ("table", {
            "header": ["When", "What will happen", "Who", "How we'll know"],
            "widths": [3.2, 6.0, 3.6, 4.2],
            "rows": [
                ["Every school day, 8.15am",
                 "Drive Reece from home to The Anchorage, and see him through the door",
                 "Uncle Kwesi (Kwesi Boateng)",
                 "Arrival time in The Anchorage register; Kwesi texts Abena when Reece is in"],
                ["Every school day, 8.50am",
                 "Meet Reece at the door, check his bag (as agreed with Reece and Abena) and ask how the "
                 "journey and the night were",
                 "Mr Dwayne Clarke, key worker, The Anchorage",
                 "Bag check log and the register; anything worrying phoned to Hannah by 10am"],
                ["Every school day, 9am to 2.30pm",
                 "Behaviour support plan in class: a time-out card, a quiet room, and an adult to go to when "
                 "someone talks about Tyler or the drill videos",
                 "Ms Priya Lal, teacher in charge, The Anchorage",
                 "Improvement in Reece's behaviour"],
                ["Every school day, 2.30pm",
                 "Collect Reece from The Anchorage and drive him home, so that he does not walk along Harbour "
                 "Road",
                 "Uncle Kwesi (Kwesi Boateng)",
                 "Kwesi texts Abena when Reece is home; Abena writes it on the home log"],
                ["Every evening",
                 "\"I'll be home by 8pm, I'll tell Mum where I'm going and who with, and I won't go to the "
                 "Harbour Road shops.\"",
                 "Reece",
                 "Abena's home log of the time Reece comes in, read by Hannah at every visit"],
                ["Ongoing",
                 "Mentoring with Reece: what happened to Tyler, staying safe on the way home, and what he "
                 "wants to do next",
                 "Marcus Addo, youth worker, Polverhithe Youth Violence Reduction Programme",
                 "Session notes to Hannah after every session, with Reece's own \"how safe I feel\" score"],
                ["Every Saturday, 10am to 12 noon",
                 "Take Reece to the gym at Polverhithe Leisure Centre and bring him home",
                 "Uncle Kwesi (Kwesi Boateng)",
                 "Gym sign-in sheet; Kwesi texts Abena at drop-off"],
                ["Every other weekend, Friday 6pm to Sunday 6pm",
                 "Have Reece to stay in Tarrow, and bring him back to Abena's",
                 "Kofi Mensah (Dad)",
                 "Kofi texts Abena when Reece arrives and when he leaves; Hannah asks Reece at her next visit"],
                ["Every week",
                 "See Reece on his own, one week at The Anchorage and the next at home, and ask about threats "
                 "online and on the street",
                 "Hannah Greaves, social worker",
                 "Visit record on the file within 2 working days, with Reece's words and his two safety "
                 "scores"],
                ["Every two weeks",
                 "Visits to Abena to support her with her low mood and anxiety, and to go through her "
                 "medication with her",
                 "Sam Tully, CPN, Polverhithe Community Mental Health Team",
                 "Visit notes on the CMHT record; Sam confirms each visit to Hannah"],
                ["The same day",
                 "Tell Hannah about any threat to Reece seen online, in a drill video or heard on the street",
                 "All professionals",
                 "Logged on Reece's chronology and passed to PC Hollis"],
            ],
        }),
        ("h1", "Things with a date"),
        ("table", {
            "header": ["By", "What will happen", "Who", "How we'll know"],
            "widths": [3.2, 6.0, 3.6, 4.2],
            "rows": [
                ["05/12/2025",
                 "Record the threats and the drill videos as crimes, assess the risk to Reece's life, and give "
                 "Reece and Abena written safety advice",
                 "PC Ian Hollis, Polverhithe Police Youth Violence Team",
                 "Crime reference numbers and the risk assessment shared with Hannah"],
                ["12/12/2025",
                 "Ask the sites hosting the two drill videos to take them down",
                 "PC Ian Hollis",
                 "Takedown reference numbers on file; the videos checked as gone at the core group"],
                ["19/12/2025",
                 "Referral to Polverhithe CAMHS for Reece's sleep problems and flashbacks since the assault",
                 "Dr Ruth Ansah, GP, Quayside Surgery",
                 ""],
                ["09/01/2026",
                 "Apply to Polverhithe Homes for a move away from the Harbour Road estate, with a letter of "
                 "support",
                 "Hannah Greaves with Abena",
                 "Housing application reference number and the support letter on file"],
                ["30/01/2026",
                 "Young carer's assessment with Reece and Abena",
                 "Lydia Fenn, Polverhithe Young Carers",
                 "Assessment report, with what Reece will no longer have to do at home, shared with Reece and "
                 "Hannah"],
                ["Review meeting by 16/01/2026; decision by 27/03/2026",
                 "Plan Reece's move back to a mainstream school: a review at The Anchorage with Reece, Abena "
                 "and Hannah, then a request to the Fair Access panel",
                 "Mrs Judith Orme, head of The Anchorage",
                 "Review notes, and the Fair Access panel's decision letter, on file by 27/03/2026"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Reece is threatened, followed or attacked: Reece or Abena rings 999, and Hannah (or the "
            "Emergency Duty Team) holds a strategy discussion with the police the same day. If the police "
            "assess a threat to Reece's life, Reece stays with his dad in Tarrow that night, and if Kofi "
            "cannot have him Hannah finds a foster placement outside Polverhithe.",
            "If Reece is found carrying a knife or any weapon: the police deal with it as an offence, The "
            "Anchorage or the police tell Hannah straight away, and Hannah holds a strategy discussion the same "
            "day.",
            "If Abena's mental health gets worse and she cannot care for Reece (Sam or Abena says she is in "
            "crisis, or she goes into hospital): Reece stays with his dad in Tarrow, and if that is not "
            "possible Hannah arranges foster care that day.",
            "If Reece carries a weapon again, is seriously hurt, or misses more than five days at The Anchorage "
            "in a month: Hannah asks Tunde Bakare (team manager) for a legal planning meeting within 5 "
            "working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at The Anchorage, Thursdays at 3pm: 11/12/2025, 08/01/2026, "
            "05/02/2026.",
            "Review child protection conference: 19/02/2026 at 10am, Polverhithe Civic Offices.",
        ]),
    ],
    "findings": [
        F("H001", "Visits to Abena to support her with her low mood"),
        F("M001", "Referral to Polverhithe CAMHS for Reece's sleep problems and flashbacks"),
        F("W002", "Tell Hannah about any threat to Reece seen online"),
        F("T002", "Mentoring with Reece: what happened to Tyler, staying safe"),
        F("M002", "Behaviour support plan in class: a time-out card, a quiet room"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan for a 12-year-old drawn into an older peer
#    group, written as a contextual safeguarding plan: a map of his world,
#    then one numbered table whose first column (the context) is merged down
#    its rows. Landscape, page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b199_penmarrow_contextual_plan_merged_context_column_hartigan.pdf",
    "doc_title": "Child Protection Plan (contextual) - Alfie Hartigan",
    "split": "heldout",
    "actions": 16,
    "landscape": True,
    "font_size": 9.5,
    "min_pages": 3,
    "check_vmerge": 5,
    "header": "OFFICIAL-SENSITIVE · Penmarrow Council · Children's Services · Contextual Safeguarding",
    "footer": "Alfie Hartigan · Child protection plan, ICPC 21/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-contextual-safeguarding-plan-paged-landscape-details-grid-what-happened-map-of-alfies-world-table-where-worries-what-keeps-him-safe-alfies-words-dad-and-jodies-words-outcomes-then-one-numbered-table-context-column-merged-down-alfie-home-friendship-group-places-school-action-lead-when-evidence-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 12-year-old boy drawn into an older friendship group who "
        "meet at a park skate area and outside a vape shop: missing six times after school, once found at "
        "1am in a block's stairwell, caught carrying cannabis for a 16-year-old and shoplifting on a 'dare', "
        "given vapes and lifts by a 19-year-old. Written as a contextual safeguarding plan, printed "
        "landscape with page header and footer: a map of his world (an assessment, not actions), his words "
        "and his father's and stepmother's, outcomes, then one numbered table whose first column (Alfie; "
        "home; the friendship group; the places: Kingfisher Park, Fore Street and Kingfisher Court; school) "
        "is merged down its rows, with 'Action / Lead / When / Evidence' columns: a peer group assessment, "
        "group work, a child abduction warning notice, a test purchase at the vape shop, patrols, lighting "
        "and stairwell checks, a reset room instead of suspensions. The contingency has specific triggers, "
        "a foster placement if home cannot keep him safe that night and a legal planning meeting after named "
        "triggers; core group and review are dated."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Penmarrow Council · Children's Services · Adolescent and Contextual Safeguarding Team"),
        ("p", "Agreed at the initial child protection conference on 21/01/2026 (chair: Lowenna Trego, "
              "Independent Reviewing Officer). This plan is about Alfie and about the places and people around "
              "him, so some actions are for agencies who will never meet him."),
        ("table", {
            "rows": [
                ["Young person", "Alfie Hartigan, born 04/04/2013 (12), Year 8, Penmarrow Academy",
                 "Category", "Physical abuse (criminal exploitation)"],
                ["Lives with", "Steve Hartigan (40), dad; Jodie Crane (36), Dad's partner; Poppy Crane (6)",
                 "Social worker", "Kirsty Naylor (team manager: Gareth Polglase)"],
                ["Address", "14 Chapel Terrace, Penmarrow PZ9 4HL", "Police",
                 "PC Rhys Trevail, Child Exploitation Team"],
                ["Mum", "Lisa Hartigan, lives in Redbourne; Alfie sees her every other Sunday", "Exploitation Hub",
                 "Gemma Rowe, contextual safeguarding practitioner"],
            ],
            "widths": [3.0, 9.8, 3.2, 9.7],
            "bold_first_col": True,
        }),
        ("h1", "What happened and why we are worried"),
        ("p", "Since September 2025 Alfie has gone missing after school six times. On 09/01/2026 the police "
              "found him at 1am in a stairwell of Kingfisher Court flats with three boys aged 15 and 16. Alfie "
              "spends most evenings with an older group at the skate area in Kingfisher Park and outside the "
              "Vape Den on Fore Street. On 12/12/2025 he was stopped by the police carrying a bag with cannabis "
              "in it, which he said belonged to a 16-year-old; on 05/01/2026 he was caught stealing from the "
              "Co-op on Fore Street and said it was \"a dare\". The older boys give him vapes and food, and a "
              "19-year-old, Connor Slade, gives them lifts. Alfie has been suspended from school twice since "
              "November for fighting. Gemma's first look at the group found four other boys aged 12 to 15 "
              "being drawn in the same way."),
        ("h1", "Map of Alfie's world"),
        ("table", {
            "header": ["Where", "What we are worried about", "What is keeping Alfie safe"],
            "widths": [4.0, 11.0, 10.7],
            "rows": [
                ["Home", "Alfie goes out straight after school and nobody knows where he is until he comes back. "
                         "Alfie says Dad shouts at him.",
                 "Dad and Jodie want to help, and they have come to every meeting. Alfie loves Poppy."],
                ["Friends", "The older group give Alfie vapes, food and \"respect\", then ask him to carry things "
                            "and steal.",
                 "Alfie has two friends from primary school, Ben and Kai, who are not in the group."],
                ["Kingfisher Park, Fore Street and Kingfisher Court",
                 "Young people gather there until late, adults in cars stop there, and the stairwells at "
                 "Kingfisher Court are unlit and unlocked.",
                 "The park is busy with families until 5pm. The skate area has a CCTV camera."],
                ["School", "Two suspensions for fighting; Alfie says lessons are \"boring\" and he gets sent out.",
                 "Alfie likes Mrs Jago and D&T, and his attendance is 94%."],
                ["Online", "The older group talk to Alfie on Snapchat, and he gets messages late at night.",
                 "Alfie has shown Kirsty his Snapchat and let her see who he talks to."],
            ],
        }),
        ("h1", "What Alfie says"),
        ("p", "Alfie talked to Kirsty at the skate park with Tom on 15/01/2026, and did a \"three houses\" "
              "drawing with her at school on 19/01/2026. \"They're my mates. They look after me, nobody messes "
              "with me when I'm with them.\" \"I only carried the bag once and I didn't even know what was in "
              "it.\" \"Dad just shouts. Jodie's alright.\" \"I want a proper BMX and I want to do the jumps at "
              "the big park in Redbourne.\" Alfie put his safety at 6 out of 10, and said he would feel safer "
              "\"if Connor's car wasn't always there\"."),
        ("h1", "What Dad and Jodie say"),
        ("p", "Steve: \"We thought the skate park was good for him, getting him off the Xbox. I shout because I "
              "panic.\" Jodie: \"He's a little boy, he's twelve. Those lads are nearly men.\""),
        ("h1", "What we want for Alfie"),
        ("numbers", [
            "Alfie is safe from older young people and adults who use him to carry, steal or sell.",
            "Alfie is home at the times agreed with Dad and Jodie, and if he goes missing he is found quickly "
            "and has someone to talk to afterwards.",
            "Kingfisher Park, Fore Street and Kingfisher Court are safer places for Alfie and the other children "
            "who go there.",
            "Alfie stays in school every day with no more suspensions, and has friends and things to do of his "
            "own age.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Context", "No.", "Action", "Lead", "When", "Evidence"],
            "widths": [3.0, 1.2, 8.3, 4.4, 4.2, 4.6],
            "rows": [
                ["Alfie", "1",
                 "See Alfie on his own (at school, at home or at the skate park with Tom) and ask him how safe "
                 "he feels out of 10",
                 "Kirsty Naylor, social worker",
                 "Every week until the review conference (16/04/2026)",
                 "Visit record within 2 working days, with Alfie's words and score"],
                [V, "2",
                 "1:1 sessions with Alfie, on a BMX or at the skate park, on real friends, being used, and "
                 "saying no",
                 "Tom Pengelly, detached youth worker, Penmarrow Youth Service",
                 "Wednesdays 4pm to 6pm, ten sessions from 28/01/2026",
                 "Session notes to Kirsty; Alfie's \"who's a real friend\" map done at session 1 and again at "
                 "session 10"],
                [V, "3",
                 "\"I'll come straight home after school on Mondays, Tuesdays and Thursdays, and be in by 6.30pm "
                 "on Wednesdays and 7pm on Fridays and at weekends.\"",
                 "Alfie",
                 "Every day from 22/01/2026",
                 "Dad's home log of the time Alfie comes in, read by Kirsty at every visit"],
                [V, "4",
                 "Return home interview after every missing episode, somewhere Alfie chooses",
                 "Morwenna Clegg, return home interview worker, Penmarrow Missing Children Service",
                 "Within 72 hours of every return",
                 "RHI form to Kirsty and PC Trevail within 72 hours; places and names added to the missing "
                 "log"],
                ["Home", "5",
                 "Ring 101 (999 if Alfie may be in danger) and text Kirsty when Alfie is 30 minutes past his "
                 "time and not answering",
                 "Steve Hartigan (Dad)",
                 "Every time Alfie is 30 minutes late and not answering",
                 "A police reference number on Kirsty's file for every report"],
                [V, "6",
                 "Go to the six \"Safe at Home, Safe Outside\" sessions for parents and carers of children at "
                 "risk outside the home",
                 "Steve Hartigan and Jodie Crane",
                 "Mondays 6.30pm, 26/01/2026 to 02/03/2026",
                 "Session register; their own \"warning signs\" checklist shared with Kirsty at the core group "
                 "on 18/03/2026"],
                [V, "7",
                 "Check Alfie's bag and pockets with him when he comes in, calmly, and tell Kirsty about any "
                 "vapes, cash or goods he cannot explain",
                 "Steve Hartigan (Dad)",
                 "Every evening from 22/01/2026",
                 "Dad's home log; anything found reported to Kirsty the same day"],
                ["Friendship group", "8",
                 "Finish the peer group assessment of the Kingfisher Park group, and hold a meeting with the "
                 "other four boys' social workers, parents and schools",
                 "Gemma Rowe, contextual safeguarding practitioner, Penmarrow Exploitation Hub",
                 "Assessment by 20/02/2026; meeting by 27/02/2026",
                 "Written peer group assessment, and the meeting's action notes shared with the core group"],
                [V, "9",
                 "Six group sessions at Penmarrow Youth Hub for Alfie and two school friends on pressure, "
                 "dares and older \"mates\"",
                 "Tom Pengelly, Penmarrow Youth Service",
                 "Fridays 4pm, 06/02/2026 to 13/03/2026",
                 "Group register; the boys' questionnaires at the first and last session"],
                [V, "10",
                 "Serve a child abduction warning notice on Connor Slade and speak to him about giving lifts "
                 "and vapes to younger children",
                 "PC Rhys Trevail, Penmarrow Police Child Exploitation Team",
                 "By 06/02/2026",
                 "Served notice on Kirsty's file; any breach recorded as a crime and reported to the core "
                 "group"],
                ["Places: Kingfisher Park, Fore Street and Kingfisher Court", "11",
                 "Test purchase at the Vape Den, Fore Street, and enforcement action if it sells to under-18s",
                 "Leanne Bray, Penmarrow Trading Standards",
                 "By 20/02/2026",
                 "Test purchase result, and any warning or enforcement letter, copied to Kirsty"],
                [V, "12",
                 "Patrols at the Kingfisher Park skate area and Fore Street, speaking to young people and "
                 "stopping cars that pick them up",
                 "Sgt Amy Colwill, Penmarrow Town Neighbourhood Team",
                 "School days 3.15pm to 6pm, and Fridays and Saturdays 6pm to 10pm, from 23/01/2026 until the "
                 "review conference",
                 "Patrol log (young people spoken to, cars stopped) brought to each core group"],
                [V, "13",
                 "Get the lighting in the skate area and the Kingfisher Court stairwells repaired, and add the "
                 "stairwells to the housing officer's weekly checks",
                 "Ross Pascoe, community safety officer, Penmarrow Council",
                 "Stairwell checks weekly from 02/02/2026; lighting repaired by 31/03/2026",
                 "Repair job numbers; the housing officer's weekly check sheets"],
                [V, "14",
                 "Meet the manager of the Co-op on Fore Street about what staff do when young children are "
                 "sent in to steal (ring 101, and tell the school)",
                 "Sgt Amy Colwill",
                 "By 13/02/2026",
                 "Meeting note on file; calls from the store counted at each core group"],
                ["School", "15",
                 "Check in with Alfie at 8.45am and 3pm with a safe adult (Mrs Jago), and a first-day call to "
                 "Dad by 9.30am if he is not in",
                 "Mr Ben Treloar, DSL, Penmarrow Academy",
                 "Every school day",
                 "Check-in log and the register; any absence on Kirsty's file the same morning"],
                [V, "16",
                 "A reset room and a report card instead of suspensions, gone through with Alfie and Dad each "
                 "week",
                 "Mrs Kerenza Jago, pastoral lead",
                 "Every Friday from 23/01/2026",
                 "Report card scores and the number of suspensions (the target is none) sent to Kirsty each "
                 "Friday"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Alfie is 30 minutes past his time and not answering: Dad rings 101 (999 if he thinks Alfie is in "
            "danger) and texts Kirsty. The police look first at Kingfisher Park, Fore Street and Kingfisher "
            "Court, and Morwenna sees Alfie within 72 hours of his return.",
            "If Alfie is found with Connor Slade or in his car, in Kingfisher Court after 9pm, or carrying "
            "drugs, cash or stolen goods: Kirsty (or the Emergency Duty Team) holds a strategy discussion with "
            "the police the same day, and PC Trevail arrests Connor for any breach of the notice.",
            "If Dad and Jodie cannot keep Alfie safe at home on any night: Kirsty or the Emergency Duty Team "
            "finds Alfie a foster placement for that night, and Kirsty sees the family the next day.",
            "If Alfie is missing overnight twice in any four weeks, or is found carrying drugs again: Kirsty "
            "asks Gareth Polglase (team manager) for a legal planning meeting within 5 working days, to decide "
            "whether to start care proceedings.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every three weeks at Penmarrow Academy, Wednesdays at 3.30pm: 04/02/2026, 25/02/2026, "
            "18/03/2026 and 08/04/2026. Alfie is invited to the first 15 minutes.",
            "Review child protection conference: Thursday 16/04/2026 at 10am, Penmarrow One Stop Centre.",
        ]),
        ("p", "Copies to Alfie (with Tom), Steve, Jodie, Lisa and every agency named in the plan, 23/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Review conference plan for a 15-year-old blackmailed online after
#    sending images: each worry a heading with action cards under it
#    ("Do / Who / By when or how often / We'll know because"). His father
#    drinks heavily. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b199_parrowdale_rcpc_worry_headings_action_cards_fenwick.md",
    "split": "heldout",
    "actions": 16,
    "template": "rcpc-plan-md-details-table-what-has-happened-since-last-conference-ollies-words-dads-words-outcomes-then-h3-worry-headings-with-h4-action-cards-do-who-by-when-or-how-often-well-know-because-bullets-then-if-this-happens-table-and-meetings",
    "description": (
        "First review conference plan for a 15-year-old boy blackmailed online in October 2025 after "
        "sending images to a fake profile; he paid part of the demand with his father's card, cut his arm "
        "and told the school nurse he had thought about ending his life, went missing overnight once, has "
        "stopped going to school and games all night with adult strangers. His father drinks eight to ten "
        "cans most nights and was asleep when it happened. Each worry is a heading with numbered action "
        "cards under it ('Do / Who / By when or how often / We'll know because'). Most cards are sound "
        "(Report Remove and investigation references, a first-day call log, a router schedule, RHI forms). "
        "Faults: the school counsellor's card has '-' for by when; CAMHS's sessions are measured only by "
        "'Ollie's engagement with CAMHS'; 'Everyone in Ollie's network' is asked to check on him; the gaming "
        "club card has '-' for how we'll know; the father's drinking is recorded but no adult service owns "
        "any card (he is only to book an assessment himself); and nothing leads to legal planning."
    ),
    "text": """\
# Parrowdale Council – Child protection plan

## Oliver (Ollie) Fenwick · first review child protection conference, 03/02/2026

| | |
|---|---|
| **Young person** | Oliver (Ollie) Fenwick, born 17/10/2010 (15), Year 11, Parrowdale Academy |
| **Lives with** | Gary Fenwick (47), dad, at 31 Quarry Lane, Parrowdale PD4 7SE |
| **Mum** | Nicola Shaw, lives in Aberdale; Ollie stays with her in the school holidays |
| **Category** | Emotional abuse (online sexual extortion and self-harm; not supervised at home at night) |
| **Initial conference** | 11/11/2025 |
| **Chair** | Tamsin Keverne (IRO) |
| **Social worker** | Josh Amadi, Adolescent Safeguarding Team (team manager: Claire Benbow) |

## What has happened since the initial conference

- In October 2025 someone using a fake profile of a girl on Instagram persuaded Ollie to send intimate
  images, then demanded £500 and threatened to send them to his followers. Ollie paid £120 with his dad's
  bank card. The police investigation is open.
- On 20/10/2025 Ollie cut his arm and told the school nurse he had "thought about ending it". He was seen
  at Parrowdale General A&E and then by CAMHS.
- On 04/12/2025 Ollie was missing overnight. The police found him at 5am by the canal bridge on Mill Road.
- Ollie's attendance since October is 41%. He stays in his room gaming until 3am or 4am, often with adult
  strangers on Discord.
- Gary drinks eight to ten cans of lager most nights, and has done since he hurt his back and stopped
  work in 2024. He was asleep on the sofa on the nights Ollie was being blackmailed, and did not notice
  the money leave his account.
- Since the initial conference: no more contact from the blackmailers since 30/11/2025; Ollie has been
  to four CAMHS appointments; Ollie has not cut himself since December, as far as anyone knows.

## What Ollie says

- "I don't want to talk about it any more. Everyone knowing is worse than the pictures."
- "I'm not going back to school while people there might have seen them."
- "Dad's fine, he just likes a drink. It's not like he's hitting me."
- "Online is where my actual friends are. At least they don't know."
- Ollie scored how worried he is about the pictures 8 out of 10, and how safe he is at home 7 out of 10.
  He wants "to sit my exams somewhere nobody knows me, and for everyone to leave me alone".

## What Gary says

"I let him down. My own son was being blackmailed in the next room and I didn't even notice my card. I
know the drink is part of it. I'll do whatever it takes."

## What we want for Ollie

1. Ollie is safe from the people who blackmailed him, and knows what to do if anyone tries again.
2. Ollie is safe from hurting himself, and has someone he trusts to talk to when things feel bad.
3. Ollie is back in school full time by the Easter holidays and sits his GCSEs in the summer.
4. Ollie has a dad who is sober in the evenings and knows where he is and who he is talking to.

## The plan

### Worry 1: Ollie was blackmailed and is still frightened the pictures will be shared

#### Card 1.1
- **Do:** Report the images through Report Remove, ask Instagram to close the fake account, and keep
  Ollie and Gary told about the investigation.
- **Who:** DC Laura Penrose, Parrowdale Police Online Child Abuse Team
- **By when / how often:** reports by 10/02/2026; an update to Ollie and Gary every two weeks
- **We'll know because:** Report Remove and Instagram reference numbers on Ollie's file; Laura's updates
  logged on the police system

#### Card 1.2
- **Do:** 1:1 sessions with Ollie about what happened to him, the shame he feels, and what to do if
  anyone contacts him again.
- **Who:** Sian Carrow, online harm worker, Parrowdale Exploitation and Missing Service
- **By when / how often:** Mondays at 4pm, eight sessions from 09/02/2026
- **We'll know because:** Sian's notes to Josh after each session, with Ollie's "how worried I am about
  the pictures" score

#### Card 1.3
- **Do:** Ollie will tell Sian, Gary or Mr Kemp if the blackmailers or anyone like them contact him
  again, screenshot it, and not pay or send anything.
- **Who:** Ollie
- **By when / how often:** the same day, every time
- **We'll know because:** the screenshots reach DC Penrose that day and are logged

### Worry 2: Ollie has hurt himself and has thought about ending his life

#### Card 2.1
- **Do:** Sessions with Ollie for his low mood and self-harm, and a safety plan he writes with his
  clinician.
- **Who:** Dr Nadia Farooq, Parrowdale CAMHS
- **By when / how often:** every two weeks from 10/02/2026
- **We'll know because:** Ollie's engagement with CAMHS

#### Card 2.2
- **Do:** See Ollie at the school nurse drop-in and ask whether he has hurt himself or thought about it.
- **Who:** Jenna Moyle, school nurse
- **By when / how often:** every Thursday lunchtime when he is in school
- **We'll know because:** the school nursing record; any new self-harm told to Josh and CAMHS the same
  day

#### Card 2.3
- **Do:** Ask Ollie how he is whenever you see him, and look out for new cuts or for him cutting himself
  off from people.
- **Who:** Everyone in Ollie's network
- **By when / how often:** every time you see him
- **We'll know because:** anything seen is passed to Josh the same day and logged on Ollie's chronology

### Worry 3: Ollie is not going to school

#### Card 3.1
- **Do:** A first-day call to Gary by 9.30am if Ollie is not in, and a home visit by 11am if nobody
  answers.
- **Who:** Mrs Donna Petherick, attendance officer, Parrowdale Academy
- **By when / how often:** every school day
- **We'll know because:** the register and the first-day call log; Ollie's attendance figure sent to Josh
  every Friday

#### Card 3.2
- **Do:** Counselling sessions with Ollie in school about the blackmail and going back to lessons.
- **Who:** Ruth Angove, school counsellor
- **By when / how often:** -
- **We'll know because:** the counsellor's session log, shared with Josh

#### Card 3.3
- **Do:** Mornings-only timetable in the Bridge room, adding an afternoon each week, with Ollie choosing
  which lessons come back first.
- **Who:** Mr Simon Kemp, DSL, Parrowdale Academy
- **By when / how often:** from 04/02/2026; full time by 27/03/2026
- **We'll know because:** the weekly attendance figures, and Ollie in full days by 27/03/2026

### Worry 4: Nights at home

#### Card 4.1
- **Do:** Gary will not drink on school nights, and will be awake when Ollie goes to bed.
- **Who:** Gary
- **By when / how often:** every school night from 04/02/2026
- **We'll know because:** Gary's drink diary, which he shows Josh each week, and what Ollie tells Josh

#### Card 4.2
- **Do:** Gary will ring Parrowdale Recovery Service and book an alcohol assessment for himself.
- **Who:** Gary
- **By when / how often:** by 13/02/2026
- **We'll know because:** the appointment letter, which Gary shows Josh

#### Card 4.3
- **Do:** Console off and phone on charge downstairs at 11pm on school nights, set on the router so it
  happens even if they forget.
- **Who:** Ollie and Gary
- **By when / how often:** every school night from 04/02/2026
- **We'll know because:** the router's schedule, which Josh checks at his next visit, and Ollie's
  morning attendance

#### Card 4.4
- **Do:** Find Ollie a place at the Tuesday esports club at Parrowdale Library, so he can game with
  people his own age.
- **Who:** Liam Tresize, youth worker, Parrowdale Youth Service
- **By when / how often:** place by 17/02/2026, then Tuesdays 4pm to 6pm
- **We'll know because:** -

### Worry 5: Ollie went missing overnight

#### Card 5.1
- **Do:** Ring 101 (999 if Ollie may be in danger) and text Josh if Ollie is not home by 10pm and not
  answering.
- **Who:** Gary
- **By when / how often:** every time Ollie is out after 10pm and not answering
- **We'll know because:** a police reference number on Josh's file for each report

#### Card 5.2
- **Do:** Return home interview with Ollie after any missing episode, somewhere he chooses.
- **Who:** Sian Carrow, Parrowdale Exploitation and Missing Service
- **By when / how often:** within 72 hours of every return
- **We'll know because:** the return home interview form sent to Josh and the police within 72 hours

### The social worker

#### Card 6.1
- **Do:** See Ollie on his own, at home or somewhere he chooses, and see Gary in the evening at least
  once a fortnight.
- **Who:** Josh Amadi, social worker
- **By when / how often:** every week until the next review conference
- **We'll know because:** visit records within 2 working days, with Ollie's words and his two scores,
  and what Josh saw of Gary in the evening

## If this happens

| If | Then |
|---|---|
| Ollie says he wants to end his life, or has hurt himself badly | Whoever is with him rings 999 or takes him to Parrowdale General A&E; Josh rings the CAMHS crisis team the same day |
| The blackmailers or anyone else contacts Ollie for images or money | Ollie does not reply or pay; DC Penrose is told the same day and Sian sees Ollie within 2 days |
| Ollie is missing overnight again | Gary rings 101 or 999; Josh (or the Emergency Duty Team) holds a strategy discussion with the police the same day |
| Gary is drunk and cannot care for Ollie at night | Ollie or anyone who sees it rings Josh or the Emergency Duty Team, who will come out; if Gary cannot care for him that night, Ollie stays with foster carers until Gary is sober and Josh has seen them both |

## Meetings

- Core group every four weeks at Parrowdale Academy, Tuesdays at 3.30pm: 24/02/2026, 24/03/2026,
  21/04/2026 and 19/05/2026.
- Second review child protection conference: 28/07/2026 at 10am, Parrowdale Council Offices.

Plan agreed at the review conference on 03/02/2026 and sent to Ollie, Gary, Nicola and every agency
named in it on 05/02/2026.
""",
    "findings": [
        F("T001", "Counselling sessions with Ollie in school about the blackmail"),
        F("M002", "Sessions with Ollie for his low mood and self-harm"),
        F("W002", "Ask Ollie how he is whenever you see him"),
        F("M001", "Find Ollie a place at the Tuesday esports club"),
        F("F004"),
        F("R002"),
    ],
})
