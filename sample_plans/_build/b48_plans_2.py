"""Batch 48, module 2: seven fictional plans (tuning material), places beginning with "g".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: minutes and notes of conferences and core groups in which agencies
report at length in their own voices (what they did, what they saw, what they
think), with questions, discussion and decisions, and the agreed actions
written somewhere inside: AGREED / ACTION lines under each agency's update, an
action log at the end, numbered recommendations, or a "what happens next"
paragraph. Past work, progress tables and discussion are not actions; only
the agreed actions are. Four plans are exemplary.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Second core group, Word note of meeting: details grid, agency round with
#    "Since we last met / What we have seen / What we think" labels, and the
#    AGREED lines written at the end of each update. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b48_gelstowe_core_group_agency_round_agreed_lines_nowicki.docx",
    "doc_title": "Core Group Note of Meeting - Kacper Nowicki and Zofia Nowicka",
    "split": "tune",
    "actions": 12,
    "template": "core-group-note-docx-details-grid-no-header-agency-round-since-we-met-what-we-have-seen-what-we-think-labels-agreed-lines-after-each-update-then-questions-childrens-days-aims-contingency-dates",
    "description": (
        "Exemplary note of a second core group for a 7-year-old and a 5-month-old (neglect, father's "
        "drinking while caring for the children during mother's evening shifts; Polish interpreter). "
        "Each person's update is given under three labels, and what was agreed with them follows as "
        "AGREED lines: twelve actions, each with a named owner, a date or frequency and something that "
        "will be seen or counted. The alcohol service reports on change, the GP owns an action, the "
        "children's words and days are recorded, the contingency is specific, and core group, review "
        "and legal planning dates are set."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Note of Meeting"),
        ("p", "Gelstowe City Council | Children's Social Care | Safeguarding and Family Support West"),
        ("table", {
            "header": None,
            "widths": [4.2, 12.8],
            "bold_first_col": True,
            "rows": [
                ["Children", "Kacper Nowicki, born 03/03/2018 (7), Year 2 at St Brendan's RC Primary\n"
                             "Zofia Nowicka, born 09/01/2025 (5 months)"],
                ["Address", "Flat 6, Ravensworth Court, Tannery Lane, Gelstowe"],
                ["Child protection plan", "Since the initial conference on 22/05/2025 – category: neglect"],
                ["This meeting", "Second core group – Thursday 26/06/2025, 1.30pm to 3.15pm, Gelstowe West "
                                 "Family Hub, Room 2"],
                ["Chair", "Lucy Haworth (LH), social worker"],
                ["Note taker", "Dan Price, business support"],
                ["Interpreter", "Ewa Sadowska (Polish), for Marta; Pawel chose to speak in English"],
            ],
        }),
        ("h2", "Present and apologies"),
        ("p", "Marta Nowicka (MN), mother; Pawel Nowicki (PN), father; Lucy Haworth (LH), social worker; "
              "Ruth Oyelaran (RO), health visitor, Gelstowe Community Health; Claire Whitcombe (CW), designated "
              "safeguarding lead, St Brendan's RC Primary; Sean Maguire (SM), recovery worker, Gelstowe "
              "Recovery Partnership; Kim Farrow (KF), family support worker, Gelstowe West Family Hub."),
        ("p", "Apologies: Dr Hana Iqbal, GP, Linden Road Medical Centre. Her update was emailed to LH on "
              "25/06/2025 and read out under item 2; she agreed her action by email before the meeting."),
        ("h2", "1. Actions from the first core group (12/06/2025)"),
        ("p", "LH went through the nine actions agreed on 12/06/2025. Seven are done and are covered in the "
              "updates below. Two were not done: Zofia's immunisations, because the surgery cancelled the "
              "appointment, and the referral to the family group conference service, because LH was waiting "
              "for Marta and Pawel's agreement. They gave it at this meeting. Both are agreed again under "
              "item 2."),
        ("h2", "2. Updates"),
        ("p", "Everyone was asked to say what has happened since the last core group, what they have seen, "
              "and what they make of it. What was agreed with each person or agency is written at the end of "
              "their update, starting AGREED. The AGREED lines are the actions from this meeting."),
        ("h3", "Marta and Pawel"),
        ("kv", [
            ("Since we last met",
             "Marta said, through Ewa, that the last four weeks have been \"calmer, but hard\". She has moved "
             "from nights to evening shifts at Brakewell Foods, Monday to Thursday 6pm to 11pm, and is at home "
             "from Friday to Sunday. Pawel said he has not had a drink since 14 June. Before that he was "
             "drinking \"about half a bottle of vodka most evenings, more at the weekend\". He has been to "
             "the Recovery Partnership every week."),
            ("What we have noticed",
             "Both parents said Kacper has been happier and has stopped asking to sleep in their bed. The flat "
             "is still too small for the way they are using it: Kacper sleeps on a mattress next to Zofia's "
             "cot, and the back bedroom is still full of boxes from the move in January."),
            ("What we think",
             "Pawel said he never wants Kacper to see him drunk again. He understands why the breath readings "
             "were asked for, even if it is \"embarrassing in front of my wife\". Marta is worried about money "
             "now that she is working fewer hours; LH said the welfare benefits appointment on 02/07/2025 is "
             "still booked."),
        ]),
        ("kv", [
            ("AGREED",
             "Pawel will not drink on any day he is looking after the children, and on each of those days at "
             "5pm he will use the breathalyser from the Recovery Partnership with Marta there and write the "
             "reading in the family diary, which LH will read and sign at every visit."),
            ("AGREED",
             "Marta and Pawel will empty the back bedroom and set up Kacper's own bed in it by 18/07/2025, and "
             "LH will see the room in use on her first visit after that date."),
        ]),
        ("h3", "Social worker – Lucy Haworth"),
        ("kv", [
            ("Since we last met",
             "I have visited four times since the conference, twice unannounced, the last on 23/06 at 4.40pm "
             "while Marta was at work. I saw Kacper on his own at school on 02/06 and 16/06 and in his room at "
             "home on 23/06. I made the Family Hub referral for the routines work and a welfare benefits "
             "referral for Marta."),
            ("What I have seen",
             "Pawel was sober on every visit and there was food in the fridge. On 23/06 Zofia was asleep on "
             "her back in her cot and Kacper was watching cartoons next to his dad. The living room was tidy, "
             "but Kacper's mattress is still on the floor next to the cot."),
            ("What I think",
             "Things are moving the right way, but the changes are only a few weeks old and they depend on "
             "Pawel staying sober on the evenings Marta is at work. I want us to be able to see that, not only "
             "hear it, which is why the readings are being written down."),
        ]),
        ("kv", [
            ("AGREED",
             "LH will visit at least every 10 working days until the review conference, with one visit a month "
             "unannounced during Marta's evening shift, and will see Kacper on his own and Zofia awake, writing "
             "what Kacper says in his own words on every visit record."),
            ("AGREED",
             "LH will refer the family to the Gelstowe Family Group Conference service by 04/07/2025, so that "
             "Pawel's sister and Marta's cousin can be asked what help they could offer, and will bring the "
             "coordinator's acceptance and the FGC date to the next core group."),
        ]),
        ("h3", "Health visitor – Ruth Oyelaran"),
        ("kv", [
            ("Since we last met",
             "I have seen Zofia three times, twice at home and once at baby clinic on 18/06. She weighed 6.9kg "
             "on 18/06, on the 50th centile, which is the line she has followed since birth. Her 12- and "
             "16-week immunisations still have not been given: the April appointment was missed and the one "
             "rebooked for 10/06 was cancelled by the surgery."),
            ("What I have seen",
             "Zofia is a smiley, chatty baby. She holds her head well and is starting to roll onto her side. "
             "She has a slightly flat patch at the back of her head. Marta handles her confidently and talks to "
             "her in Polish the whole time. The Moses basket has gone and Zofia was asleep on her back in the "
             "cot on both home visits."),
            ("What I think",
             "I have no worries about Zofia's growth. I am worried about the missed immunisations and about how "
             "long she spends lying on her back or in her car seat."),
        ]),
        ("kv", [
            ("AGREED",
             "RO will weigh Zofia and check her head shape and her sleep space every two weeks until the review "
             "conference, plotting each weight on the centile chart and emailing it to LH the same week."),
            ("AGREED",
             "RO will book Zofia's overdue 12- and 16-week immunisations with the Linden Road practice nurse for "
             "09/07/2025 and confirm to LH by 11/07/2025, from the GP record, that both sets were given."),
        ]),
        ("h3", "Kacper's school – Claire Whitcombe"),
        ("kv", [
            ("Since we last met",
             "Kacper's attendance since the conference is 91%; it was 84% at the conference. He has been late "
             "four times, every time on the morning after one of Marta's late shifts. He came in with head lice "
             "twice. The second time Marta came to school and treated them that evening."),
            ("What we have seen",
             "Kacper is a quiet, kind boy and a brilliant drawer. Staff say he is chattier on Mondays now and "
             "no longer keeps his coat on all day. He still eats very fast at breakfast club and sometimes puts "
             "food in his bag to take home. His teacher, Mr Fenner, thinks he has fallen behind with reading "
             "because of the days he missed in the spring."),
            ("What we think",
             "We would like him at breakfast club every day so that he starts the day fed and on time, and some "
             "extra reading before the summer."),
        ]),
        ("kv", [
            ("AGREED",
             "Mrs Whitcombe will check in with Kacper every Monday morning and email LH each Friday with his "
             "attendance and arrival times for the week and anything he has said about home."),
            ("AGREED",
             "St Brendan's will give Kacper a funded breakfast club place from 30/06/2025, and the breakfast "
             "club register will show each day whether he came and ate."),
            ("AGREED",
             "Mr Fenner will give Kacper three 15-minute reading catch-up sessions a week until the end of term "
             "and retest his reading age on 18/07/2025, sharing the result with LH and with Marta and Pawel."),
        ]),
        ("h3", "Gelstowe Recovery Partnership – Sean Maguire"),
        ("kv", [
            ("Since we last met",
             "Pawel has come to all four weekly key-work sessions since the conference and went to his first "
             "group on 19/06. His breath test was 0.00 at all four sessions. His AUDIT score on 29/05 was 27, "
             "which is in the range for possible dependence. Our nurse saw him and he did not need a medical "
             "detox."),
            ("What I have seen",
             "He is open about how much he was drinking and has started to talk about why: he lost his job at "
             "the depot in the autumn and says he has felt \"useless\" since. He brings his drinking diary "
             "every week."),
            ("What I think",
             "Four weeks is a good start, but it is early. The risk of relapse is highest in the first three "
             "months, and I would want to see three months of clear readings before I said his drinking was "
             "under control."),
        ]),
        ("kv", [
            ("AGREED",
             "Sean will see Pawel every week for key-work with a breath test at each session, and will send LH "
             "a written report before each core group saying whether Pawel's drinking is changing and what that "
             "means for his care of Kacper and Zofia."),
        ]),
        ("h3", "GP – Dr Hana Iqbal (email, read out by LH)"),
        ("p", "Dr Iqbal saw Pawel on 12/06. His liver function tests were slightly raised and she has advised "
              "him about cutting down safely, which he has done. She has not seen Marta. The practice "
              "apologised that Zofia's immunisation appointment on 10/06 was cancelled because the practice "
              "nurse was off sick."),
        ("kv", [
            ("AGREED",
             "Dr Iqbal will repeat Pawel's liver function tests by 25/07/2025 and write to Sean and LH with the "
             "results and whether she thinks he needs any further treatment."),
        ]),
        ("h3", "Family Hub – Kim Farrow"),
        ("kv", [
            ("Since we last met",
             "I started the routines work on 19/06 and have done two sessions at home. We made a picture "
             "timetable for Kacper's mornings, in English and Polish, and it is on the fridge."),
            ("What I have seen",
             "At the second session Kacper showed me the timetable and told me he had done \"all the ticks\". "
             "Pawel made up Zofia's bottles while Marta showed him how she does it."),
            ("What I think",
             "Both parents are taking this seriously. The weak point is the morning after Marta's late shift, "
             "which is when Kacper is late."),
        ]),
        ("kv", [
            ("AGREED",
             "Kim will do four more weekly routines sessions at home with Marta and Pawel, on Thursdays from "
             "03/07/2025, and will show LH the completed morning timetable sheets each week so they can be "
             "checked against the school's arrival times."),
        ]),
        ("h2", "3. Questions and discussion"),
        ("p", "Marta asked whether the breath readings will go on \"forever\". LH said they are part of this "
              "plan until the review conference, and the conference will decide what happens after that."),
        ("p", "CW asked how much Kacper knows about the plan. LH said she told him on 16/06 that the grown-ups "
              "are helping his dad to stop drinking; Kacper asked whether Dad would \"go away\" and seemed "
              "relieved when she said no. Pawel said he had talked to Kacper himself the same weekend."),
        ("p", "SM asked whether there is alcohol in the flat. Pawel said there is none and that Marta does not "
              "drink. RO asked about the flat patch on Zofia's head; Marta said she now puts Zofia on her "
              "tummy to play after every nappy change, which RO said was exactly right."),
        ("p", "The group talked about what would happen if Pawel drank while Marta was at work. Marta said she "
              "would come straight home if he did not answer his phone. Everyone agreed that the contingency "
              "in item 6 still stands."),
        ("h2", "4. Kacper and Zofia"),
        ("p", "Kacper (seen on his own at school by LH on 16/06): \"Dad is more funny now. He plays Minecraft "
              "with me after tea.\" Asked what he does not like, he said, \"When Dad sleeps on the sofa and "
              "won't wake up. That was before.\" He wants \"a bed that's mine, a bunk bed\" and a room where "
              "Zofia \"can't wreck my drawings\". On his worry scale he put home at 7 out of 10, up from 3 in "
              "May."),
        ("p", "Zofia is too young to tell us anything in words. RO and LH see a baby who smiles at both parents "
              "and at Kacper, settles quickly when Marta holds her and takes her bottle well from Pawel. On the "
              "unannounced visit on 23/06 she was clean, fed and asleep in her cot at 4.40pm."),
        ("h2", "5. What we want for Kacper and Zofia (agreed at conference)"),
        ("bullets", [
            "Kacper and Zofia are always looked after by a sober adult, and Kacper is never left to look after "
            "his sister.",
            "Kacper gets to school on time every day having had breakfast, and his reading catches up with his "
            "class.",
            "Zofia is up to date with her immunisations, keeps growing along her centile and sleeps safely in "
            "her own cot.",
            "Kacper has his own bed in a tidy, safe room.",
        ]),
        ("h2", "6. If things go wrong"),
        ("p", "If Pawel drinks any alcohol while he is looking after the children, misses two breath readings in "
              "a week, or Kacper tells anyone that his dad is \"sleepy\" or \"funny\" again, whoever learns of it "
              "will tell LH (or the emergency duty team out of hours) straight away and Marta will leave work and "
              "come home. LH or the emergency duty team will visit that day and hold a strategy discussion. "
              "Pawel will leave the flat and stay with his friend Marek on Dunmore Street until the strategy "
              "discussion has decided what happens next. If Marta cannot get home, Kacper and Zofia will be "
              "looked after by approved foster carers until she can."),
        ("h2", "7. Next meetings"),
        ("bullets", [
            "Next core group: Thursday 24/07/2025, 1.30pm, Gelstowe West Family Hub, then every 4 weeks "
            "(21/08/2025).",
            "Review child protection conference: Thursday 04/09/2025, 10am, Gelstowe Civic Centre, Room 3.",
            "If Pawel drinks while caring for the children, or has a positive breath test at two key-work "
            "sessions before the review conference, LH will ask her team manager for a legal planning meeting "
            "within 5 working days.",
        ]),
        ("p", "Note agreed by LH on 27/06/2025 and sent to everyone present and to Dr Iqbal. A Polish copy of "
              "the AGREED lines was given to Marta and Pawel at the end of the meeting."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference minutes, paged PDF: attendance table, a table of
#    progress on the ICPC plan (history), agency reports with the chair's
#    questions, views, analysis, decision, then the revised action log.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b48_greythwaite_rcpc_minutes_progress_table_then_action_log_burke.pdf",
    "doc_title": "Review Child Protection Conference Minutes - Tianna and Reece Burke",
    "split": "tune",
    "actions": 12,
    "template": "rcpc-minutes-paged-kv-then-attendance-report-table-progress-on-icpc-plan-table-history-agency-reports-with-chairs-questions-views-analysis-decision-outcomes-then-revised-action-log-ref-what-lead-when-how-we-will-know",
    "description": (
        "Exemplary minutes of a first review conference for a 14-year-old at risk of sexual exploitation "
        "(missing episodes, older men, a flat on Corbridge Road) and her 9-year-old brother; mother's "
        "depression under the CMHT. A table of what happened to the ICPC actions is history; agency "
        "reports are given at length with the chair's questions. The revised action log has twelve rows, "
        "each with a lead, a date or frequency and evidence; the CMHT reports on capacity to change, an "
        "aunt's viability is assessed before the contingency relies on her, and core group, review and "
        "legal planning dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Greythwaite Metropolitan Borough Council – Child Protection Conference Service",
    "footer": "RCPC minutes – Tianna and Reece Burke – 17/06/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "blocks": [
        ("title", "Review Child Protection Conference – Minutes"),
        ("kv", [
            ("Children", "Tianna Burke, born 11/02/2011 (14), Year 9, Greythwaite Academy; "
                         "Reece Burke, born 30/08/2015 (9), Year 4, Brookfield Primary"),
            ("Address", "27 Whinmoor Road, Greythwaite"),
            ("Mother", "Shannon Burke (36)"),
            ("Father", "Dale Burke, living in Spain; phones the children most Sundays"),
            ("Conference", "First review, Tuesday 17/06/2025, 10am to 12.50pm, Greythwaite Town Hall, Room 6"),
            ("Initial conference", "20/03/2025 – Tianna: sexual abuse (risk of exploitation); Reece: emotional abuse"),
            ("Chair", "Rosalind Mercer, Child Protection Chair"),
            ("Minutes", "Beth Carrick, Conference Service"),
        ]),
        ("h2", "Attendance"),
        ("table", {
            "header": ["Name", "Role and agency", "Report"],
            "widths": [4.2, 9.0, 3.8],
            "rows": [
                ["Shannon Burke", "Mother", "Saw the SW's report on 13/06"],
                ["Tianna Burke", "Met the chair with her youth worker before conference; did not come in", "–"],
                ["Femi Adeyinka (FA)", "Social worker, Greythwaite Adolescent Safeguarding Team", "Written and verbal"],
                ["DS Owen Pryce (OP)", "Greythwaite Police, Child Exploitation Team", "Verbal"],
                ["PC Lisa Carney (LC)", "Greythwaite Police, missing persons coordinator", "Written"],
                ["Leah Quinn (LQ)", "Youth worker, Safer Futures (exploitation service)", "Written and verbal"],
                ["Daniel Osei (DO)", "Head of Year 9, Greythwaite Academy", "Written and verbal"],
                ["Priya Sethi (PS)", "CAMHS practitioner, Greythwaite CAMHS", "Verbal"],
                ["Grace Mbeki (GM)", "Care coordinator, Greythwaite Community Mental Health Team", "Written and verbal"],
                ["Apologies", "Dr Tom Lennox, GP; Mrs Anita Corr, DSL, Brookfield Primary", "Both written"],
            ],
        }),
        ("h2", "1. Purpose of the conference"),
        ("p", "The chair explained that this review would look at what has changed for Tianna and Reece since "
              "March, decide whether they still need child protection plans and, if so, agree a revised plan. "
              "Shannon said she understood and had read the social worker's report. She asked that the "
              "conference remember \"how much Tianna has been through, she's not a bad kid\"."),
        ("h2", "2. What happened to the plan made in March"),
        ("p", "FA took the conference through the initial plan. This table records what was reported today; "
              "it is not part of the revised plan."),
        ("table", {
            "header": ["What the March plan asked for", "Who", "What happened (reported today)"],
            "widths": [6.5, 3.5, 7.0],
            "rows": [
                ["Weekly visits, seeing Tianna and Reece alone", "SW", "Done: 12 visits, Tianna seen alone 10 times"],
                ["Return home interview after every missing episode", "Safer Futures", "5 of 6 within 72 hours; one missed over the Easter weekend"],
                ["Referral to CAMHS for Tianna's low mood", "GP", "Accepted 14/05; first appointment 04/06"],
                ["Phone checks and a 9pm curfew", "Shannon", "Curfew kept most nights; phone checks stopped in May"],
                ["Care coordination for Shannon", "CMHT", "Seen fortnightly; medication changed in April"],
                ["Young carers referral for Reece", "SW", "Late: sent 10/06"],
            ],
        }),
        ("h2", "3. Reports from agencies"),
        ("h3", "3.1 Police"),
        ("p", "PC Carney's report was read by DS Pryce. Tianna has been reported missing six times since the "
              "initial conference. The longest was 26 hours, on 3 and 4 May, when she was found in a flat on "
              "Corbridge Road with two men aged 19 and 23 and a 15-year-old girl from another school. Cannabis "
              "and alcohol were in the flat. Since then she has been missing twice, both times for under six "
              "hours, and both times she came home on her own."),
        ("p", "DS Pryce said: \"We have good intelligence that the Corbridge Road flat is used to draw young "
              "people in. Tianna has had a new phone and a £200 coat she can't explain, and she won't tell us "
              "who bought them. I'd put her risk as high still, though it was very high in May.\" The "
              "investigation into the men is ongoing and no one has been charged."),
        ("p", "The chair asked whether child abduction warning notices had been considered. DS Pryce said the "
              "team now has enough to serve them on both men, and that telling Tianna they have been served "
              "has to be done carefully, because she sees the older man as her boyfriend."),
        ("h3", "3.2 Safer Futures"),
        ("p", "LQ has seen Tianna nine times since April. \"She talks about 'Kai', who is 19, as the only "
              "person who gets her. She does now say that he makes her feel bad about herself and that she "
              "owes him money for the coat, which is a change. In April she put her own safety at 4 out of "
              "10; last week she put it at 6. She turns up to every session and she's funny and sharp. The "
              "work is getting somewhere, but he still has a strong hold on her.\""),
        ("p", "Shannon asked whether Tianna could see LQ more often. LQ said she can offer a fixed weekly slot "
              "from July."),
        ("h3", "3.3 Greythwaite Academy"),
        ("p", "DO reported that Tianna's attendance this term is 71%, up from 64% at the initial conference. "
              "Most of what she misses is afternoons; twice she was seen getting into a car near the gates. "
              "\"She's bright. Her art teacher thinks she could get a 7 at GCSE. When she's in, she's fine, it's "
              "getting her to stay.\" A reduced timetable was tried in April and made things worse, so she has "
              "been back on a full timetable with a mentor since May."),
        ("p", "Shannon said nobody had rung her when Tianna walked out at lunchtime on 12/06. DO apologised; the "
              "office had not had her new number. The number has now been changed on the school system."),
        ("h3", "3.4 CAMHS"),
        ("p", "PS started Tianna's assessment on 04/06 and has seen her twice; one appointment was missed. "
              "Tianna told her she cut her arms in March \"when everything was kicking off\" and says she has "
              "not since May. She scores in the moderate range for low mood. \"I'd like to finish the "
              "assessment before I say what help she needs, but she's engaging, which is a good sign.\""),
        ("h3", "3.5 Community Mental Health Team"),
        ("p", "GM has been Shannon's care coordinator since 2023. Shannon has recurrent depression. Her "
              "medication was changed in April and she has been seen every two weeks; her PHQ-9 score has come "
              "down from 19 to 13. \"Shannon is sleeping better and she's setting limits with Tianna she "
              "wouldn't have set in March. What knocks her back is when Tianna goes missing: she goes to bed and "
              "stops eating for a day or two. I think she can keep this up, but I'd want another two or three "
              "months before I'd say so with confidence.\""),
        ("h3", "3.6 Written reports"),
        ("p", "Dr Lennox (GP) reported that Shannon collects her prescriptions on time and that Reece's asthma "
              "review was done on 28/05. Mrs Corr (Brookfield Primary) wrote that Reece is settled and doing "
              "well, but tells staff on Mondays about \"the police coming again\" and once asked his teacher if "
              "his sister \"is going to die\"."),
        ("h2", "4. Tianna's and Reece's views"),
        ("p", "Tianna met the chair with LQ before conference and asked for her words to be read out: "
              "\"Everyone goes on about Kai like he's a monster. He's not. But I know I shouldn't have been at "
              "that flat. I don't want to go into care. I want to do art at college and I want Mum to stop "
              "crying.\" She said home is \"alright when Mum's OK\" and that she would like FA to \"stop "
              "texting my mum every time I'm five minutes late\"."),
        ("p", "Reece told FA on 11/06: \"I want Tianna to stay home at night. I hate it when the police come, "
              "it's loud.\" He drew his family on the sofa with Tianna in the middle, and said the best day was "
              "when they all went to Farnby to see Auntie Denise."),
        ("h2", "5. Shannon's views"),
        ("p", "Shannon said she feels \"more like myself\" than in March, but that when Tianna goes missing "
              "\"it floors me\". She wants the police to do more about the men, not about Tianna. She agreed "
              "that Reece has been carrying too much and asked for help for him. She said her sister Denise has "
              "offered to have Tianna \"any time, to get her away from here\"."),
        ("h2", "6. Chair's analysis"),
        ("p", "There is real progress: fewer and shorter missing episodes, better attendance, Tianna naming "
              "some of what Kai does, and Shannon's mood and confidence lifting. The danger is still serious. "
              "Tianna is being targeted by adults who have given her gifts and drugs and who know where she "
              "lives, and she does not yet see all of it as harm. Reece is living with the fear of his sister "
              "going missing and with a mum who is sometimes too low to look after him. Professionals rated "
              "safety at 4 out of 10 in March and at 5 today; Shannon rated it at 6."),
        ("h2", "7. Decision"),
        ("p", "The conference decided that Tianna and Reece continue to need child protection plans, under the "
              "same categories. Shannon agreed with the decision for Tianna and said she understood why Reece "
              "was included."),
        ("h2", "8. What needs to be different for Tianna and Reece"),
        ("bullets", [
            "Tianna is home by 9pm every night and has no contact with the men linked to Corbridge Road.",
            "Tianna understands what has been happening to her as exploitation, and knows who she can go to.",
            "Tianna is in school for at least 90% of the time and gets help with her low mood.",
            "Reece is not carrying worry about his sister and his mum on his own, and feels safe at home.",
        ]),
        ("h2", "9. Revised plan – action log"),
        ("table", {
            "header": ["Ref", "What will happen", "Lead", "When", "How we will know it has happened and helped"],
            "widths": [1.0, 5.2, 3.4, 3.0, 4.4],
            "rows": [
                ["1", "Visit Tianna and Reece at home and see each of them on their own; at least one visit a "
                      "month in the evening after 8pm",
                 "Femi Adeyinka, SW", "Every week",
                 "Visit records show each child seen alone, with their words written down; evening visits "
                 "record whether Tianna was home by 9pm"],
                ["2", "Return home interview with Tianna after every missing episode, by a worker who is not "
                      "her youth worker",
                 "Jodie Marsh, Safer Futures", "Within 72 hours of each return",
                 "Interview record sent to FA and PC Carney within 24 hours; any places or names Tianna gives "
                 "passed to the police"],
                ["3", "Serve child abduction warning notices on the two men linked to the Corbridge Road flat, "
                      "and agree with LQ how and when Tianna is told",
                 "DS Owen Pryce, Child Exploitation Team", "By 11/07/2025",
                 "Copies of both notices sent to FA; any breach recorded as a crime and reported to the next "
                 "core group"],
                ["4", "One-to-one sessions with Tianna on healthy relationships, grooming and staying safe "
                      "online, using her own safety scale",
                 "Leah Quinn, youth worker, Safer Futures",
                 "Every Tuesday after school for 12 weeks from 01/07/2025",
                 "Session notes, and Tianna's own 0–10 safety score at each session, shared with FA monthly"],
                ["5", "Full timetable with her mentor; ring Shannon within 30 minutes of any missed lesson and "
                      "tell FA the same day",
                 "Daniel Osei, Head of Year 9, Greythwaite Academy",
                 "Every school day; attendance to FA every Friday",
                 "Attendance at 90% or more by the next review; each missed lesson logged with the time "
                 "Shannon was rung"],
                ["6", "Finish the CAMHS assessment of Tianna's low mood and self-harm and agree a treatment "
                      "plan with her",
                 "Priya Sethi, CAMHS", "By 25/07/2025",
                 "Assessment letter with the treatment plan sent to FA and Dr Lennox"],
                ["7", "Care coordination with Shannon, with a written report to each core group on whether she "
                      "is making the changes needed to keep Tianna and Reece safe, and how long that is likely "
                      "to take",
                 "Grace Mbeki, care coordinator, Greythwaite CMHT",
                 "Every 2 weeks; report before each core group",
                 "Report read at each core group, with Shannon's PHQ-9 score and GM's view of her capacity "
                 "to keep the changes going"],
                ["8", "Keep the 9pm curfew, and report Tianna missing to the police by 10pm if she is not home "
                      "and her whereabouts are not known",
                 "Shannon Burke", "Every night",
                 "Curfew diary and the police missing log, both checked by FA at each visit"],
                ["9", "Eight-week group for parents of teenagers at risk of exploitation",
                 "Shannon Burke, with Ian Pike, parent worker, Safer Futures",
                 "Wednesdays 10am, 09/07/2025 to 27/08/2025",
                 "Attendance sheet sent to FA by Ian Pike at the end of each month"],
                ["10", "Check in with Reece each week and give him a place in the school's young carers group",
                 "Mrs Anita Corr, DSL, Brookfield Primary", "Every Monday in term",
                 "DSL log; anything Reece says about home emailed to FA the same day"],
                ["11", "Young carers assessment for Reece, with a plan for regular time away from worrying about "
                       "his sister and his mum",
                 "Callum Reid, Greythwaite Young Carers", "By 31/07/2025",
                 "Assessment and support offer sent to FA and to Shannon"],
                ["12", "Viability assessment of Denise Harte (maternal aunt, Farnby) as an emergency carer for "
                       "Tianna and Reece",
                 "Femi Adeyinka, SW", "By 18/07/2025",
                 "Written viability assessment on file and shared with the core group"],
            ],
        }),
        ("h2", "10. Contingency"),
        ("p", "If Tianna is missing overnight, is found with either of the men named in the warning notices, or "
              "is seen getting into a car with an adult she will not name, the police will treat her as a "
              "high-risk missing child and FA (or the emergency duty team) will hold a strategy discussion the "
              "same day. If Shannon cannot keep Tianna safe at home, Tianna will stay with Denise Harte in "
              "Farnby, away from the Corbridge Road area, provided the viability assessment is positive; if it "
              "is not, or Denise cannot take her, Tianna will be placed with foster carers that day."),
        ("p", "If Shannon becomes too unwell to look after Reece, GM (or the crisis team out of hours) will "
              "arrange a crisis assessment the same day and Reece will stay with Denise or, if she cannot have "
              "him, with foster carers."),
        ("h2", "11. Core group, next review and legal planning"),
        ("p", "Core group every 4 weeks at Greythwaite Academy: 03/07/2025, 31/07/2025 and 28/08/2025, all at "
              "3.45pm. Next review child protection conference: Tuesday 11/11/2025, 10am, Greythwaite Town "
              "Hall."),
        ("p", "If Tianna goes missing three or more times in any four-week period, or is found with either of "
              "the men named in the notices, FA will ask the team manager for a legal planning meeting within 5 "
              "working days."),
        ("p", "Minutes approved by the chair on 20/06/2025 and sent to all invited."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group notes typed into a shared notebook (markdown): round the
#    table in each person's words with their questions, then a "What happens
#    next" section in plain sentences. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b48_gorringford_core_group_shared_notes_what_happens_next_telford.md",
    "split": "tune",
    "actions": 9,
    "template": "core-group-shared-notebook-md-bold-field-lines-round-the-table-quoted-voices-with-questions-talked-about-babys-days-aims-then-what-happens-next-paragraph-sentences-contingency-dates",
    "description": (
        "Exemplary notes of a third core group at home for a 6-week-old whose mother has bipolar "
        "disorder (perinatal team, psychiatrist, HV, GP, grandparents doing two nights a week). Each "
        "person speaks in their own words with questions asked and answered; the actions are the nine "
        "sentences of 'What happens next', each with an owner, a date or frequency and what will be "
        "seen. The CPN and psychiatrist report on change and relapse risk, the grandparents' nights have "
        "a fallback, and core group, review and legal planning dates are set."
    ),
    "text": """\
# Core group notes – Bonnie Telford

Gorringford Council · Children and Families · Perinatal and Early Years Safeguarding Team

**Meeting:** third core group since the pre-birth conference on 24 April 2025 (category: neglect)
**When and where:** Thursday 26 June 2025, 1pm to 2.30pm, at home (Flat 2, 17 Quayside Mews, Gorringford), so that Rhiannon did not have to take Bonnie out
**Notes:** typed into the shared notes by Sunita Rao (social worker) during the meeting, tidied the same afternoon and read back to Rhiannon and Josh by phone on 27 June

**Around the table:** Rhiannon Telford (mum); Josh Cartwright (dad); Carol Telford (Bonnie's nan); Sunita Rao, social worker, chairing; Kerry Walsh, community psychiatric nurse, Gorringford Perinatal Mental Health Service; Lauren Tasker, health visitor

**Couldn't come:** Alan Telford (Bonnie's grandad, at work; Carol spoke for them both); Dr Amir Malik, perinatal psychiatrist (letter of 23 June read out by Kerry); Dr Efua Mensah, GP (update by email)

---

## Where things are

Bonnie was born on 14 May at Gorringford General, at 39 weeks, weighing 3.2kg. She and Rhiannon came home on day 3. Rhiannon has bipolar disorder. In 2022 she spent six weeks in hospital after a manic episode in which she did not sleep for days and left the flat in the night. She stayed on lithium through the pregnancy with extra blood tests. The plan made before Bonnie was born is built around the first three months after the birth, when the risk of Rhiannon becoming unwell again is highest, and around making sure she gets enough sleep.

## Round the table

### Rhiannon and Josh

> "The first two weeks were a blur, but honestly I feel OK. Better than OK some days. I'm sleeping on Tuesdays and Thursdays when Mum and Dad are here, and Josh does most of the other nights. I know what my warning signs are. I'm scared of missing them." (Rhiannon)

> "I've gone down to four days at work so I can do the nights. It's hard but it's working. The chart's on the fridge, every feed's on it." (Josh)

Rhiannon asked whether the plan means she will "never be trusted on her own with her". Sunita said the plan is about the next few months, while the risk is highest, and that what Dr Malik says about relapse will be a big part of what the review conference decides.

### Kerry Walsh – perinatal mental health

> "I've seen Rhiannon every week since Bonnie was born, at home. Her mood scores have been in the normal range each week and she's sleeping six to seven hours on the nights she's covered. She took her lithium every day and her last level, on 5 June, was in range. She's very alert to how she's feeling. What I watch for is sleep: if she starts feeling she doesn't need it, that's her first sign."

Carol asked what she should look out for on the nights she stays. Kerry said: sleeping much less but not seeming tired, talking fast or jumping between ideas, spending, or saying things about Bonnie that don't make sense. Carol has the crisis line number in her phone.

### Lauren Tasker – health visiting

> "I've been every week since the midwife discharged them on day 28. Bonnie was 4.1kg on Monday, on the 50th centile, same line as birth. She's feeding well: breast in the day and expressed milk or formula at night so someone else can do it. She sleeps in the cot next to their bed, on her back, clear cot, no bumpers. Rhiannon reads her cues really well."

Josh asked whether mixing breast and bottle would affect Rhiannon's milk. Lauren said it hasn't so far, and that Bonnie's weight each week is the best check.

### Carol Telford (for Carol and Alan)

> "We've done every Tuesday and Thursday since she came home. Alan does the 11 o'clock feed and I do the 3am. We write it all on Josh's chart. We'll keep going as long as it's needed, but Alan has a knee operation coming up sometime in the autumn, so we need a plan for that."

Sunita said the contingency already covers nights when Carol and Alan can't stay, and went through it again.

### Dr Malik's letter (read out by Kerry)

Dr Malik saw Rhiannon on 10 June. He found no signs of relapse and described her insight as good. His view is that the risk of relapse stays raised for at least three months after the birth and that protected sleep is the most important protective factor. He will see her again on 8 July and give the review conference a written opinion.

### Dr Mensah (GP), by email

Rhiannon's postnatal check is booked for 2 July. Bonnie's 8-week immunisations are booked for 9 July. The surgery has a flag on Rhiannon's record so that any missed lithium collection is reported to Kerry.

### Sunita Rao – social work

> "I've visited five times since the birth, twice without telling anyone first. Every time Bonnie was clean, fed and where she should be. I've seen Rhiannon feed her and settle her and she's lovely with her. The plan's working because everyone is doing their bit at night. My worry is what happens if that slips, not what's happening now."

## What we talked about

- Whether the plan can change after the review conference. Agreed answer: it depends on Dr Malik's opinion and on the next few weeks going as well as these.
- Alan's knee operation. There is no date yet. The contingency already covers any nights Carol and Alan can't do.
- Josh's work. His manager has agreed the four-day week until the end of August.

## Bonnie's days

Bonnie is six weeks old. Lauren and Sunita see a baby who feeds well, settles within a few minutes when Rhiannon or Josh picks her up, and has started to smile, mostly at Rhiannon. Her days are calm and follow a pattern: feeds every three hours, a walk in the pram with Rhiannon most afternoons, bath with Josh at 7pm. On the nights Carol and Alan stay she is fed by them and goes back down without fuss. She has not been left with anyone outside the family.

## What we're aiming for (from the pre-birth plan)

- Bonnie is fed, warm and settled by an adult who is well and awake, every day and every night.
- Bonnie grows steadily along her centile and has all her health checks and immunisations on time.
- Bonnie lives with a mum whose illness is well managed and with adults around her who notice quickly and act if Rhiannon becomes unwell.

## What happens next

Sunita will visit at least once a week until the review conference on 17 July, with one visit unannounced, and her visit notes will say where Bonnie slept, how she fed and how Rhiannon responded when she cried. Kerry will see Rhiannon at home every week and write an update for the next core group and for the review conference giving her mood and sleep scores and her view of whether Rhiannon is making and keeping the changes Bonnie needs, and how quickly. Dr Malik will see Rhiannon on 8 July and send the review conference a written opinion by 14 July on how likely a relapse is over the next six months and whether Rhiannon could safely care for Bonnie alone at night.

Lauren will weigh Bonnie at home every week until she is 12 weeks old and send Sunita the weight the same day, looking for Bonnie to stay on or above the 25th centile. Dr Mensah will see Rhiannon for her postnatal check on 2 July, including her mood and sleep, and email Kerry and Sunita the outcome that week. Rhiannon will have her lithium blood test on 3 July and every four weeks after that, and Kerry will bring each result to the core group so that we know Rhiannon is well enough to care for Bonnie.

Josh will do the night feeds on Monday, Wednesday, Friday, Saturday and Sunday nights and write every feed on the chart on the fridge, which Lauren and Sunita will look at on every visit. Alan and Carol will stay over every Tuesday and Thursday night and do Bonnie's night feeds, writing them on the same chart, so that Rhiannon gets two unbroken nights' sleep a week. Sunita will write up the family's night-time agreement with Josh, Alan and Carol by 3 July, and each of them and Rhiannon will have a signed copy.

## If Rhiannon becomes unwell, or the night plan falls through

If Rhiannon shows any of her early warning signs (sleeping less than four hours on two nights running when she has not been up with Bonnie, racing thoughts or fast talk, spending money she does not have, or saying that Bonnie is not hers) or stops her lithium, Josh or Carol will ring Kerry, or the crisis team out of hours, the same day, and Rhiannon will not be left alone with Bonnie until she has been seen. Kerry will arrange an urgent psychiatric review within 24 hours, and if Rhiannon needs to be admitted the team will ask for a place for Rhiannon and Bonnie together at the Brindley Mother and Baby Unit. Sunita, or the emergency duty team, will hold a strategy discussion the same day.

If Alan and Carol cannot stay on one of their nights, Josh will do that night himself. If neither Josh nor Alan and Carol can be there, Sunita or the emergency duty team will arrange that day for Bonnie to spend the night with an approved foster carer, and Rhiannon will see her the next morning.

## Dates

- Next core group: Thursday 10 July 2025, 1pm, at home, then every 2 weeks while Bonnie is under 12 weeks.
- Review child protection conference: Thursday 17 July 2025, 10am, Gorringford Civic Offices.
- If Rhiannon relapses and there is no mother and baby unit bed, or Dr Malik's opinion is that a relapse is likely and the night plan cannot be kept, Sunita will ask her team manager for a legal planning meeting within 5 working days.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. ICPC minutes typed as plain text with numbered paragraphs, Q/A lines in
#    the agency reports, decision, outcomes, then section 9's numbered
#    outline plan. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b48_gammerford_icpc_minutes_numbered_paras_outline_plan_rahimi.txt",
    "split": "tune",
    "actions": 11,
    "template": "icpc-minutes-txt-field-block-dot-leader-attendance-numbered-sections-and-paragraphs-agency-reports-with-q-and-a-lines-childrens-and-parents-views-analysis-decision-outcomes-then-numbered-outline-plan-9-1-to-9-11",
    "description": (
        "Exemplary initial conference minutes for three children (10, 7 and 2) after domestic abuse by "
        "their father, who has moved out under a non-molestation order; mother has PTSD symptoms and "
        "sees a talking therapies trauma therapist; Dari interpreter. Agencies report at length with "
        "the chair's questions. The outline plan is eleven numbered paragraphs, each with an owner, a "
        "date or frequency and what will be seen; the therapist reports on whether the mother can "
        "protect the children and how long change will take, the GP owns an action, the contingency is "
        "specific, and core group, review and legal planning are set."
    ),
    "text": """\
GAMMERFORD BOROUGH COUNCIL
Safeguarding and Quality Assurance Service - Child Protection Conferences

MINUTES OF AN INITIAL CHILD PROTECTION CONFERENCE
===========================================================================

Children ....... Omid RAHIMI     dob 12/10/2014 (10)  Whitegate Primary, Y5
                 Soraya RAHIMI   dob 03/05/2018 (7)   Whitegate Primary, Y2
                 Dariush RAHIMI  dob 21/02/2023 (2)   Little Owls Nursery
Address ........ 44 Ashfield Crescent, Gammerford
Mother ......... Farida RAHIMI (34)
Father ......... Karim RAHIMI (41), staying with his brother, 9 Mill Row
Date/time ...... Thursday 19/06/2025, 10.00am - 12.40pm
Venue .......... Gammerford Civic Centre, Conference Room B (hybrid)
Chair .......... Gillian Rowntree, Child Protection Conference Chair
Minutes ........ Aled Price, Conference Administrator
Interpreter .... Mrs Parwana Hakimi (Dari), for Farida throughout

PRESENT
  Farida Rahimi ............... mother
  Tom Beresford (TB) .......... social worker, Assessment Team 3
  Paul Sturridge .............. team manager, Assessment Team 3 (to 11.15am)
  DC Sana Qureshi (SQ) ........ Gammerford Police, DA Investigation Unit
  Maxine Ellery (ME) .......... IDVA, Gammerford Domestic Abuse Service
  Helen Dacre (HD) ............ DSL, Whitegate Primary
  Precious Ndlovu (PN) ........ manager, Little Owls Nursery
  Janet Crowe (JC) ............ health visitor, Gammerford Community Health
  Karim Rahimi ................ father - seen separately, item 5.3 only
REPORTS, NOT PRESENT
  Dr Ravi Shah, GP, Ashfield Surgery ............ written report
  Beth Lowry, Gammerford Talking Therapies ....... written report, shared
                                                   with Farida's consent

1. INTRODUCTIONS, PURPOSE AND CONFIDENTIALITY

1.1 The chair explained the purpose of the conference and how information
    would be shared. Farida confirmed that she had read the social work
    report with Mrs Hakimi on 17/06/2025 and that she understood it.

1.2 The chair explained that Karim would be seen separately, because of the
    non-molestation order, and that Farida would not see him in the building.

2. REASON FOR CONFERENCE

2.1 On 31/05/2025 police were called by a neighbour to shouting and
    screaming at 44 Ashfield Crescent. Farida had a cut to her lip and
    bruising to her neck. Omid told the officers that his father "grabbed Mum
    by the throat" in the kitchen while Soraya and Dariush were in the front
    room. Karim was arrested and bailed not to go to the address.

2.2 A strategy discussion on 02/06/2025 agreed a section 47 enquiry. The
    enquiry found at least four earlier incidents Farida had not reported,
    two of them seen by Omid.

3. REPORTS FROM AGENCIES

3.1 Social work (TB)
    TB has visited six times since 31/05, two visits unannounced. The home
    is warm, clean and well kept. Farida has been open with him. She told
    him the abuse started when they came to the UK in 2019 and got worse
    after Dariush was born. Karim controlled the money and her phone and
    did not let her go to English classes. "She is frightened, but she has
    done everything we asked in the last three weeks, including going to
    court for the order," TB said. The non-molestation order was made on
    02/06/2025 and lasts until 02/06/2026; it covers Farida and the
    children.

3.2 Police (SQ)
    SQ reported four previous call-outs since 2021, none leading to a
    charge because Farida withdrew her statements. This time she has made a
    statement and the file is with the Crown Prosecution Service. Karim is
    on bail not to contact Farida or go to the address.
    Q (chair): Has Karim kept to his bail?
    A (SQ):    As far as we know. There was one call to Farida's phone
               from a withheld number on 09/06 which she did not answer.
    Q (HD):    Will school be told if the bail conditions change?
    A (SQ):    Yes; the DA unit will update the social worker and school.

3.3 IDVA (ME)
    ME has met Farida three times with an interpreter. The DASH risk
    assessment on 03/06 scored 17, high risk, and the case went to MARAC on
    12/06. "She is starting to name what happened as abuse. Two weeks ago
    she kept saying it was her fault for arguing." Farida has a panic alarm
    linked to the police and the locks were changed on 06/06.

3.4 Whitegate Primary (HD)
    Omid's attendance is 96%, Soraya's 98%. Omid has been quiet and tired
    and fell asleep in class twice in early June. He told his teacher, "I
    have to listen out at night in case Dad comes." Soraya has been wetting
    herself at school, which she had not done since Reception. "They are
    lovely children. Omid is so protective of his sister it breaks your
    heart," HD said.

3.5 Little Owls Nursery (PN)
    Dariush attends three days a week. Since the start of June he has been
    hitting other children and screaming when a door bangs. He has about 20
    words in English and Dari. Farida collects him every day and is warm
    with him.
    Q (Farida, through the interpreter): Is Dariush behind?
    A (PN): A little with talking, and the health visitor will look at it.

3.6 Health visiting (JC)
    JC last saw Dariush at 15 months, when he was developing well. His
    2-year review is overdue because the family did not answer two letters;
    Farida said Karim kept the post.

3.7 GP (written report, summarised by the chair)
    Dr Shah saw Farida on 04/06/2025. She described flashbacks, poor sleep
    and panic attacks. He diagnosed post-traumatic stress symptoms, started
    sertraline and referred her to Gammerford Talking Therapies.

3.8 Gammerford Talking Therapies (written report, summarised by the chair)
    Beth Lowry assessed Farida by video with an interpreter on 13/06/2025
    and offered trauma-focused CBT, with the first session expected early
    in July.

4. THE CHILDREN'S VIEWS AND EXPERIENCES

4.1 Omid spoke to TB at school on 10/06: "I want Dad to stop being angry
    and Mum to stop being scared. I don't want him to come back until he's
    better." He would like to go back to football and to stop "listening
    out" at night.

4.2 Soraya drew her family for TB with her dad "outside, far away" and
    said: "Dad shouts, then Mum cries. Now it's quiet." She asked if she
    could have her friend Aylin round for tea.

4.3 Dariush is two and does not talk much yet. At home he follows Farida
    from room to room and covers his ears when voices are raised. At nursery
    he is happiest at the water tray and settles best with his key person.

5. PARENTS' VIEWS

5.1 Farida said, through Mrs Hakimi, that she wants the children to be
    safe and does not want Karim to come home. "For years I thought this
    was normal. Now I know it is not."

5.2 She said she was worried about money and about Omid, who "acts like
    the man of the house".

5.3 Karim was seen by the chair and TB before the conference. He denied
    grabbing Farida's throat, said the arguments were "both of us", and
    said he wants to see his children. He said he is willing to go on any
    course that would help him see them. He was told what the conference
    decided by letter.

6. CHAIR'S ANALYSIS

6.1 The children have lived for years with violence and control and have
    seen and heard serious assaults on their mother. Omid has taken on the
    job of watching out for his family; Soraya's wetting and Dariush's
    fear of noise show the effect on them. The strengths are real: Farida
    has made a statement, obtained an order and is working with every
    agency. The risk comes from Karim, who denies what happened, and from
    how much Farida's own trauma may make it hard for her to hold firm if
    he pressures her.

7. DECISION

7.1 All agencies agreed that the children are likely to suffer
    significant harm. Omid, Soraya and Dariush will be subject to child
    protection plans under the category of emotional abuse.

8. WHAT NEEDS TO CHANGE FOR OMID, SORAYA AND DARIUSH

8.1 The children live free from violence, threats and control, and have no
    contact with their father except as a court allows.
8.2 Omid no longer feels he has to keep watch at night, and gets back to
    football and friends.
8.3 Soraya and Dariush are calm and settled at school and nursery, and
    Dariush's talking catches up.
8.4 The children are cared for by a mother who knows what to do and who
    to call if Karim tries to come back.

9. OUTLINE CHILD PROTECTION PLAN
   (agreed by the conference; the core group will add detail)

9.1  TB will visit 44 Ashfield Crescent every 10 working days, at least
     one visit in four unannounced, and see Omid and Soraya on their own
     (with an interpreter if they want one) and Dariush at home; what the
     children say will be written in their own words in each visit record.

9.2  TB will complete three pieces of direct work with Omid and Soraya (a
     three houses exercise, a safety map and feelings words) by
     29/08/2025, and share the children's own drawings and words with the
     core group.

9.3  ME (IDVA) will complete a safety plan with Farida, with an interpreter,
     by 04/07/2025 and repeat the DASH risk assessment every month; the
     safety plan and each DASH score will be sent to TB, and any score of
     14 or more will go back to MARAC.

9.4  DC Qureshi will put a priority marker on 44 Ashfield Crescent by
     27/06/2025 so that any 999 call is treated as urgent, and will tell TB
     and Farida the same day of any change to Karim's bail or any charging
     decision; the marker will be confirmed to TB by email.

9.5  Mrs Dacre (DSL, Whitegate Primary) will meet Omid and Soraya every
     Monday, and either of them on their own if they ask, and will email TB
     every Friday with their attendance, how they have seemed and anything
     they have said about home.

9.6  Little Owls Nursery (Precious Ndlovu) will keep a daily record of how
     Dariush arrives, his mood and who collects him, and send it to TB
     every Friday; only the adults on the agreed collection list will be
     allowed to collect him.

9.7  JC (HV) will do Dariush's overdue 2-year review, including his speech
     and behaviour, by 25/07/2025, and send the ASQ-3 scores and her
     recommendations to TB and the nursery.

9.8  Beth Lowry (Gammerford Talking Therapies) will start trauma-focused
     CBT with Farida by 14/07/2025, with an interpreter, and write to the
     core group after six sessions with her view of whether Farida can use
     her safety plan and protect the children, what is getting in the way,
     and how long change is likely to take.

9.9  Dr Shah (GP) will review Farida's sertraline and her sleep by
     11/07/2025 and write to TB and Beth Lowry with any change to her
     treatment and how her symptoms are affecting her care of the children.

9.10 Karim will attend an assessment for the Gammerford Choices for Change
     programme by 31/07/2025, and the programme will send TB a written
     report on whether he is suitable for the course.

9.11 Farida will go to the ten-week Own My Life course in Dari at the
     Gammerford Women's Centre from 09/09/2025, and the centre will send TB
     the attendance record at the end of each month.

10. CONTINGENCY

10.1 If Karim comes to the house, the school or the nursery, contacts
     Farida or the children in breach of the order, or the police are
     called to any incident, Farida (or whoever sees it) will ring 999. The
     police will attend as an emergency because of the marker, and TB or
     the emergency duty team will hold a strategy discussion the same day.

10.2 If Farida and the children cannot stay safely at home, ME will arrange
     a refuge place through Gammerford Women's Aid that day.

10.3 If Farida lets Karim back into the home, or lets him see the children
     outside any arrangement made by a court, TB will ask his manager for a
     legal planning meeting within 5 working days.

11. CORE GROUP AND REVIEW

11.1 First core group: Wednesday 02/07/2025, 10am, Whitegate Primary; then
     every 4 weeks (30/07/2025 and 27/08/2025).

11.2 Review child protection conference: Thursday 18/09/2025, 10am,
     Gammerford Civic Centre, Conference Room B.

12. DISTRIBUTION

12.1 All present; Dr Shah; Beth Lowry. A Dari summary of sections 7 to 11
     was read to Farida by Mrs Hakimi at the end of the conference.

Minutes approved by the chair: G. Rowntree, 23/06/2025
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Core group minutes in Word: attendance table with present/apologies
#    column, matters arising in prose, agency updates each followed by
#    "ACTION:" lines. Faults: a no-time, no-measure instruction to mum, help
#    from family "when they can", a passive referral, "keep an eye on", "as
#    soon as possible", a CPN who only supports, "All agencies"; the
#    contingency sends Maisie to Nan with no fallback (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b48_gunnerslade_core_group_minutes_inline_action_lines_bell.docx",
    "doc_title": "Minutes of Core Group Meeting - Maisie Bell",
    "split": "tune",
    "actions": 12,
    "template": "core-group-minutes-docx-attendance-table-name-role-agency-present-apologies-matters-arising-prose-agency-updates-each-followed-by-action-colon-lines-then-maisies-voice-aims-contingency-next-meetings",
    "description": (
        "Second core group minutes for a 4-year-old with bruising caused by her mother's ex-partner "
        "(police investigation, bail) and a mother with depression under the CMHT. Twelve ACTION lines "
        "follow the agency updates. Faults: Mum 'to ensure' the ex-partner has no contact (no time, no "
        "measure); grandmother and aunt to help 'when they can' (vague time, no measure); a passive "
        "Freedom Programme referral (no owner, no measure); nursery to 'keep an eye on' her; HV review "
        "'as soon as possible'; the CPN only supports; 'All agencies' to report sightings; and the "
        "contingency sends Maisie to her grandmother with nothing if she cannot."
    ),
    "blocks": [
        ("title", "Minutes of Core Group Meeting"),
        ("p", "Gunnerslade District Council – Children's Services – Child Protection and Court Team 2"),
        ("kv", [
            ("Child", "Maisie Bell, born 02/02/2021 (4), Little Acorns Nursery"),
            ("Address", "12 Foundry Walk, Gunnerslade"),
            ("Plan", "Child protection plan since 19/06/2025, category physical abuse"),
            ("Meeting", "Second core group, Thursday 03/07/2025, 9.30am, Little Acorns Nursery"),
            ("Chair", "Nathan Ellwood (NE), social worker"),
        ]),
        ("h2", "1. Attendance"),
        ("table", {
            "header": ["Name", "Role", "Agency", "Present / apologies"],
            "widths": [3.8, 4.0, 5.6, 3.6],
            "rows": [
                ["Danielle Bell (DB)", "Mother", "–", "Present"],
                ["Jean Bell (JB)", "Maternal grandmother", "–", "Present"],
                ["Shelley Bell (SB)", "Maternal aunt", "–", "Present"],
                ["Nathan Ellwood (NE)", "Social worker", "Gunnerslade Children's Services", "Present"],
                ["Toni Platt (TP)", "Key person", "Little Acorns Nursery", "Present"],
                ["Sarah Lund (SL)", "Health visitor", "Gunnerslade Community Health", "Present"],
                ["DC Adam Ross (AR)", "Investigating officer", "Gunnerslade Police, Child Abuse Investigation Unit", "Present"],
                ["Pete Holloway (PH)", "Community psychiatric nurse", "Gunnerslade CMHT (North)", "Present"],
                ["Dr Imran Ahmed", "GP", "Castlegate Surgery", "Apologies – email update"],
            ],
        }),
        ("h2", "2. Minutes of the last meeting and matters arising"),
        ("p", "The minutes of the first core group (24/06/2025) were agreed. Maisie's child protection medical "
              "was completed on 16/06/2025 before conference. The safety plan for nursery collections is in "
              "place, and nursery has the list of adults allowed to collect Maisie. The bedroom door lock "
              "Kyle fitted has been taken off. Danielle has not yet been to the GP about her tablets."),
        ("h2", "3. Updates"),
        ("h3", "3.1 Danielle"),
        ("p", "Danielle said she has not seen Kyle since the day he was arrested and has blocked his number. "
              "\"He messaged my friend asking how Maisie is, which did my head in. I'm not having him back.\" "
              "She said she is tired all the time and finds the mornings hard, but Maisie has been \"really "
              "good, back to her normal self\". She cried when NE read out what Maisie had said at nursery and "
              "said she had not known Kyle was shutting Maisie in her room."),
        ("p", "ACTION: Danielle to ensure Kyle does not come to the house or have any contact with Maisie."),
        ("h3", "3.2 Jean and Shelley"),
        ("p", "Jean said she has had Maisie every Friday night since the conference and \"she's no trouble, "
              "she sleeps in with me\". Shelley works shifts at the hospital but has done two nursery runs. Both "
              "said they want to help Danielle as much as they can and that Danielle \"just needs a break\"."),
        ("p", "ACTION: Jean to have Maisie at hers every Friday night, writing the collection and return times "
              "in the contact book that NE checks at each visit."),
        ("p", "ACTION: Jean and Shelley to help Danielle with the nursery run and bedtimes when they can."),
        ("h3", "3.3 Social worker"),
        ("p", "NE has visited three times since the conference, once unannounced. Maisie was clean and "
              "cheerful each time and showed NE her new bedroom, which now has no lock. NE has seen Maisie on "
              "her own once, at nursery, when she said the \"bad man\" had gone. NE thinks Danielle is "
              "protective of Maisie now that she knows what happened, but is worried about how low Danielle "
              "seems and how much she depends on Jean."),
        ("p", "ACTION: NE to visit weekly, at least every other visit unannounced, seeing Maisie on her own and "
              "recording what she says on each visit record."),
        ("p", "ACTION: NE to do \"three houses\" direct work with Maisie by 18/07/2025 and bring her drawings and "
              "her own words to the next core group."),
        ("p", "ACTION: Referral to the Freedom Programme to be made for Danielle by 11/07/2025."),
        ("h3", "3.4 Police"),
        ("p", "AR said the investigation into the bruising to Maisie's upper arms is ongoing and Kyle has been "
              "interviewed under caution. He denies causing the marks. He is on bail until 14/08/2025 with "
              "conditions not to contact Danielle or Maisie and not to go to Foundry Walk. \"The message to "
              "the friend isn't a breach as such, but we've spoken to him about it.\""),
        ("p", "ACTION: DC Ross to send NE a written copy of Kyle's bail conditions by 07/07/2025 and ring NE the "
              "same day if they change or are breached, with the copy kept on Maisie's file."),
        ("h3", "3.5 Little Acorns Nursery"),
        ("p", "TP said Maisie has come in every session since the conference, usually brought by Danielle and "
              "twice by Shelley. She is happy to come in and plays well, but on two mornings she was in the "
              "same clothes as the day before and hungry. \"She tells us 'Nanny Jean does the best toast'. She "
              "went quiet the day a dad came in shouting in the car park.\""),
        ("p", "ACTION: Little Acorns to keep an eye on Maisie's presentation at every session."),
        ("h3", "3.6 Health visiting"),
        ("p", "SL has not seen Maisie since her 2-year review, which was normal. Nursery have raised that "
              "Maisie does not always respond when called from behind and that her speech is unclear to "
              "people who don't know her."),
        ("p", "ACTION: HV Sarah Lund to complete Maisie's developmental review (ASQ-3) and a hearing referral as "
              "soon as possible, sharing the scores with NE and Little Acorns."),
        ("h3", "3.7 Community mental health team"),
        ("p", "PH has seen Danielle twice since the conference. \"She's been on the CMHT books since 2022 with "
              "depression. She's low at the moment, which isn't surprising. No thoughts of harming herself. "
              "She's not been taking her sertraline properly.\""),
        ("p", "ACTION: Pete Holloway (CPN) to continue fortnightly visits to support Danielle with her mood, "
              "with the dates of contact sent to NE monthly."),
        ("h3", "3.8 GP (email update)"),
        ("p", "Dr Ahmed wrote that Danielle was last seen on 29/05/2025 and has a review appointment booked for "
              "10/07/2025."),
        ("p", "ACTION: Dr Ahmed to review Danielle's sertraline by 11/07/2025 and write to NE and Pete Holloway "
              "with the outcome and how her mood is affecting her care of Maisie."),
        ("h2", "4. Any other business"),
        ("p", "Shelley asked what to do if she sees Kyle near Jean's flat. AR said to ring 999 if he is "
              "near Maisie and 101 otherwise, and to let NE know."),
        ("p", "ACTION: All agencies to pass on any sighting of Kyle near the house, the nursery or Jean's flat "
              "to DC Ross and NE the same day, each one logged on Maisie's file."),
        ("h2", "5. What Maisie is telling us"),
        ("p", "At nursery on 26/06 Maisie told TP: \"Kyle shut me in and I was crying for Mummy. He's gone now. "
              "I like my room now.\" With NE she drew her house with \"me, Mummy and Nanny Jean\". She said she "
              "likes Fridays \"because I have a sleepover\"."),
        ("h2", "6. What we want for Maisie"),
        ("bullets", [
            "Maisie is safe from anyone who hurts her and has no contact with Kyle.",
            "Maisie is clean, fed and ready for nursery every day.",
            "Maisie's hearing and speech are checked and she gets any help she needs before she starts school.",
        ]),
        ("h2", "7. Contingency"),
        ("p", "If Kyle comes to the house or has any contact with Maisie, or Maisie has any bruise or mark that "
              "is not explained, NE (or the emergency duty team out of hours) will hold a strategy discussion "
              "the same day and Maisie will go to stay with Jean until it is safe for her to go home. Danielle "
              "has agreed to this."),
        ("p", "If Danielle lets Kyle back into the home, NE will request a legal planning meeting within 5 "
              "working days."),
        ("h2", "8. Next meetings"),
        ("p", "Next core group: Thursday 31/07/2025, 9.30am, Little Acorns Nursery, then every 4 weeks. Review "
              "child protection conference: Thursday 11/09/2025, 2pm, Gunnerslade Council Offices."),
    ],
    "findings": [
        F("T001", "Danielle to ensure Kyle does not come to the house"),
        F("M001", "Danielle to ensure Kyle does not come to the house"),
        F("T002", "Jean and Shelley to help Danielle with the nursery run"),
        F("M001", "Jean and Shelley to help Danielle with the nursery run"),
        F("W001", "Referral to the Freedom Programme to be made for Danielle"),
        F("M001", "Referral to the Freedom Programme to be made for Danielle"),
        F("M002", "Little Acorns to keep an eye on Maisie's presentation"),
        F("T002", "complete Maisie's developmental review (ASQ-3) and a hearing referral"),
        F("H001", "continue fortnightly visits to support Danielle with her mood"),
        F("W002", "All agencies to pass on any sighting of Kyle"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Fourth core group minutes while the family moves to another council,
#    paged PDF: agency updates with questions, then an owner-first action
#    log. Faults: work left to the receiving council, "Ongoing", a
#    primary care mental health worker who only treats, "Monitored by DSL",
#    a blank owner, "Core group" as owner, review conference left TBC (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b48_gadderholme_core_group_transfer_owner_first_log_dobson.pdf",
    "doc_title": "Core Group 4 Minutes - Tyler and Keeley Dobson",
    "split": "tune",
    "actions": 11,
    "template": "core-group-minutes-paged-kv-header-present-paragraph-move-update-agency-updates-with-questions-childrens-words-discussion-then-action-log-no-owner-action-due-done-when-owner-first",
    "description": (
        "Fourth core group minutes for a 12-year-old and a 4-year-old whose mother is on methadone after "
        "heroin and crack use and has anxiety; the family moves to Pellingham on 04/08/2025. Agencies "
        "report at length; the action log puts the owner first. Faults: the parenting assessment and a "
        "speech therapy referral are left to Pellingham after transfer (one 'TBC'), drug-service key-work "
        "is 'Ongoing', primary care mental health sessions only treat, the DSL's check-ins are 'Monitored "
        "by DSL', the school place row has no owner, 'Core group' sends the transfer pack, and the review "
        "conference is left to Pellingham with no date."
    ),
    "header": "Gadderholme Council – Children's Services – OFFICIAL SENSITIVE",
    "footer": "Core group 4 minutes – Tyler and Keeley Dobson – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting 4 – Minutes"),
        ("kv", [
            ("Children", "Tyler Dobson, born 22/09/2012 (12), Gadderholme Park Academy, Year 7; "
                         "Keeley Dobson, born 15/04/2021 (4), Sunnyside Pre-school"),
            ("Address", "Flat 9, Larch House, Station Road, Gadderholme (moving to 5 Orchard Close, "
                        "Pellingham, on 04/08/2025)"),
            ("Mother", "Gemma Dobson (33)"),
            ("Plan", "ICPC 06/03/2025; RCPC 29/05/2025, plan continued – category neglect"),
            ("Meeting", "Thursday 10/07/2025, 10am to 11.45am, Gadderholme Park Academy"),
            ("Chair and minutes", "Hollie Granger (HG), social worker"),
        ]),
        ("h2", "Present"),
        ("p", "Gemma Dobson (GD), mother; Hollie Granger (HG), SW; Martin Sowerby (MS), DSL, Gadderholme Park "
              "Academy; Ayesha Begum (AB), health visitor; Chris Tate (CT), key worker, Gadderholme Drug and "
              "Alcohol Service (GDAS); Nina Fowler (NF), practitioner, Gadderholme Primary Care Mental Health "
              "Team; Marcus Webb (MW), family support worker, Gadderholme Family Hub. Apologies: Sunnyside "
              "Pre-school (written update)."),
        ("h2", "1. The move"),
        ("p", "Gemma has accepted a two-bedroom house from Pellingham Homes, a management transfer because of "
              "threats from people she used to buy drugs from. The keys are ready on 01/08/2025 and the family "
              "will move on 04/08/2025. HG sent the transfer request to Pellingham Children's Services on "
              "07/07/2025. Pellingham have said they will hold a transfer-in conference but have not given a "
              "date."),
        ("p", "Gemma said: \"I need to be away from here. Everyone round here knows me from before. It's a "
              "fresh start for the kids.\" Tyler is not happy about changing school; Keeley \"thinks we're "
              "going on holiday\"."),
        ("h2", "2. Updates"),
        ("h3", "Gemma"),
        ("p", "Gemma said she has been on 60ml of methadone since February and has not used heroin since "
              "March. \"I had a slip with crack at the end of May, I told Chris straight away.\" She has been "
              "having panic attacks since the threats and some days does not want to leave the flat, which "
              "is why Tyler has been taking Keeley to pre-school. She is packing up with Marcus's help."),
        ("h3", "Social worker"),
        ("p", "HG has visited every week since the review conference. The flat is tidy and there has been food "
              "in on every visit. Tyler was seen on his own four times. HG is worried that Tyler is doing too "
              "much for Keeley and that the move will cut the family off from the support they have here, "
              "and that the people Gemma owed money to may find the new address."),
        ("p", "Q (MS): Will you still be Tyler's social worker after the move? HG: Yes, until Pellingham's "
              "transfer-in conference. Gadderholme keeps the plan until then."),
        ("h3", "GDAS"),
        ("p", "CT said Gemma has attended 9 of 10 key-work sessions since May. Her urine screens have been "
              "clear of heroin since March; one screen on 28/05 was positive for cocaine and the three since "
              "have been clear. \"She's honest with me, which counts for a lot. My worry is the move: new "
              "area, no network, and she'll have to transfer to Pellingham's service and a new prescriber.\""),
        ("p", "Q (HG): Will the script carry on without a gap? CT: GDAS will keep prescribing until "
              "Pellingham's service takes her on; I've already phoned them."),
        ("h3", "Primary Care Mental Health Team"),
        ("p", "NF has seen Gemma for four sessions of guided self-help for anxiety. \"The panic attacks are "
              "less frequent, two a week now instead of daily. She's using the breathing techniques. She "
              "can carry on with me until the end of August, even after the move.\""),
        ("h3", "School"),
        ("p", "MS reported Tyler's attendance at 93%. He was late six times this half-term, every time after "
              "walking Keeley to pre-school. \"He's a good lad. He doesn't want to move, he's just got into "
              "the football team. He told his form tutor he has to 'look after everyone'.\""),
        ("h3", "Health visiting"),
        ("p", "AB saw Keeley at home on 02/07. She is on the 9th centile for weight, down from the 25th in "
              "March. Her speech is behind: she uses short phrases that are hard to understand. AB had planned "
              "to refer her to speech and language therapy but the wait in Gadderholme is 20 weeks and the "
              "family will have moved before she is seen."),
        ("h3", "Sunnyside Pre-school (written)"),
        ("p", "Keeley is happy at pre-school and loves the sand tray. Her attendance is 80%. Staff have noticed "
              "she eats a lot at snack time on Mondays."),
        ("h3", "Family Hub"),
        ("p", "MW has helped Gemma sort a removal van and a budget for the move, and has applied to the "
              "council's welfare fund for beds. \"Tyler's been brilliant with the packing, but he shouldn't "
              "have to be.\""),
        ("h2", "3. What Tyler and Keeley are saying"),
        ("p", "Tyler (seen alone by HG on 07/07): \"I don't want a new school. But it'll be better for Mum, "
              "there's people round here who came to the door.\" He said he is scared that Mum will \"go back "
              "on it\" when they move, and that he likes walking Keeley because \"she holds my hand\"."),
        ("p", "Keeley showed HG her bag for the \"holiday\" and said: \"Tyler's coming and Mummy's coming. And "
              "Bun-bun.\" She was clean and cheerful and chatted all the way through the visit, mostly about "
              "the sand tray."),
        ("h2", "4. What we want for Tyler and Keeley"),
        ("bullets", [
            "Tyler and Keeley are cared for by a mum who is not using heroin or crack, and Tyler no longer "
            "has to look after his sister or his mum.",
            "Keeley gains weight back towards her centile and gets help with her speech.",
            "Both children start their new schools in September and the move does not leave them without "
            "people looking out for them.",
        ]),
        ("h2", "5. Discussion"),
        ("p", "The group discussed whether anything should wait until the family has moved. HG was clear that "
              "the plan stays with Gadderholme until the transfer-in conference. Gemma asked that Tyler is "
              "allowed to finish the football season; MS said the new school would be told. The group agreed "
              "the action log below."),
        ("h2", "6. Action log"),
        ("table", {
            "header": ["No.", "Owner", "Action", "Due", "Done when"],
            "widths": [1.0, 3.4, 5.8, 3.0, 3.8],
            "rows": [
                ["1", "Hollie Granger, SW",
                 "Visit Tyler and Keeley at home and see each of them on their own, including at least one "
                 "visit to the new house in Pellingham before the transfer-in conference",
                 "Weekly until Pellingham's transfer-in conference",
                 "Visit records with both children's words; note of the first visit to the new house"],
                ["2", "Pellingham Children's Services",
                 "Parenting assessment of Gemma to be completed by Pellingham once the case has transferred, "
                 "including whether she can keep people linked to drugs away from the home",
                 "After transfer – date TBC",
                 "Assessment report to the transfer-in conference"],
                ["3", "Chris Tate, GDAS",
                 "Key-work with Gemma, including urine drug screens and a written update on whether her drug "
                 "use is changing and what that means for Tyler and Keeley",
                 "Ongoing",
                 "Screen results and written updates sent to HG"],
                ["4", "Nina Fowler, Primary Care Mental Health Team",
                 "Sessions with Gemma for her anxiety and panic attacks, using guided self-help",
                 "Fortnightly until 28/08/2025",
                 "Sessions attended recorded on the PCMHT record"],
                ["5", "Martin Sowerby, DSL",
                 "Check in with Tyler about the move, his friends and how things are at home",
                 "Every Wednesday until the end of term (18/07/2025)",
                 "Monitored by DSL"],
                ["6", "–",
                 "Apply for a Reception place for Keeley at a Pellingham primary school for September",
                 "By 25/07/2025",
                 "Written offer of a school place, copy to HG"],
                ["7", "Pellingham health visiting",
                 "Speech and language referral for Keeley held until the family are registered with a "
                 "Pellingham GP; Pellingham HV to make the referral then",
                 "On transfer",
                 "Letter accepting the referral on Keeley's file"],
                ["8", "Core group",
                 "Send the transfer pack (plan, chronology, agency reports and minutes) to Pellingham and "
                 "answer their questions",
                 "By 18/07/2025",
                 "Pellingham confirm receipt by email"],
                ["9", "Gemma Dobson",
                 "Register Tyler, Keeley and herself with a Pellingham GP practice and give HG the practice "
                 "details",
                 "Within 7 days of moving",
                 "Practice confirms registration to HG"],
                ["10", "Ayesha Begum, HV",
                 "Weigh Keeley and check her development before the move, then hand over to the Pellingham "
                 "HV by phone and in writing",
                 "By 31/07/2025",
                 "Weight and check in the red book; written handover copied to HG"],
                ["11", "Marcus Webb, FSW",
                 "Plan Tyler and Keeley's first week in the new house with Gemma: beds, routes to school and "
                 "pre-school, and who walks Keeley",
                 "By 01/08/2025",
                 "Written first-week plan on file, with an adult named for every pre-school run"],
            ],
        }),
        ("h2", "7. Contingency"),
        ("p", "If Gemma has a screen positive for heroin or crack, is found under the influence while caring "
              "for the children, or anyone linked to the people she owed money to comes to either address, HG "
              "(or the emergency duty team) will hold a strategy discussion the same day. If Gemma cannot care "
              "for the children safely, Tyler and Keeley will be looked after together by approved foster "
              "carers that day. After the move, Pellingham's out-of-hours team will be told, but Gadderholme "
              "leads until the transfer-in conference."),
        ("p", "If Gemma has two positive screens for heroin or crack before the transfer-in conference, HG will "
              "request a legal planning meeting within 5 working days."),
        ("h2", "8. Next meetings"),
        ("p", "Next core group: Thursday 24/07/2025, 10am, Gadderholme Park Academy (the last before the move), "
              "then every 4 weeks until the transfer-in conference. The review conference due in November "
              "will be replaced by Pellingham's transfer-in conference, date to be confirmed by Pellingham."),
    ],
    "findings": [
        F("X001", "Parenting assessment of Gemma to be completed by Pellingham"),
        F("T002", "Parenting assessment of Gemma to be completed by Pellingham"),
        F("T002", "Key-work with Gemma, including urine drug screens and a written"),
        F("H001", "Sessions with Gemma for her anxiety and panic attacks"),
        F("M002", "Check in with Tyler about the move, his friends"),
        F("W001", "Apply for a Reception place for Keeley at a Pellingham"),
        F("X001", "Speech and language referral for Keeley held until the family"),
        F("W002", "Send the transfer pack (plan, chronology, agency reports and minutes)"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Review conference held on Teams, notes typed live with timestamps, then
#    a chair's "WHAT HAPPENS NEXT" paragraph. Faults: Mum to see her GP
#    "when she feels ready" (and no adult service owns anything), Nan to
#    help "as much as she can", a passive referral, "keep an eye on"; the
#    contingency sends the children to Nan with no fallback (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b48_gurnardby_rcpc_teams_timestamped_notes_what_happens_next_moran.txt",
    "split": "tune",
    "actions": 8,
    "template": "rcpc-held-on-teams-txt-live-notes-timestamped-contributions-questions-round-chairs-summary-then-aims-what-happens-next-paragraph-sentences-contingency-dates",
    "description": (
        "Notes of a first review conference on Teams for an 8-year-old and a 3-year-old (neglect; "
        "mother's depression, treated by the GP). Each contribution is timestamped; the plan is the "
        "chair's 'What happens next' paragraph of eight sentences. Faults: Mum to see her GP 'when she "
        "feels ready' (vague, no measure) and no adult service owns an action; Nan to help 'as much as "
        "she can' (vague, no measure); 'A referral will be made' (no owner, time or measure); the school "
        "to 'keep an eye on' attendance; the contingency sends the children to Nan, who also collects "
        "Lacey twice a week, with nothing if she cannot."
    ),
    "text": """\
Gurnardby Council - Children's Services
REVIEW CHILD PROTECTION CONFERENCE - held on Microsoft Teams

Children:   Kayden MORAN (8), Year 3, Gurnardby St Peter's CE Primary
            Lacey MORAN (3), Tiddlers Pre-school
Address:    31 Sandgate Terrace, Gurnardby
Date:       Tuesday 08/07/2025, 10:00 - 11:35
Chair:      Fiona Gatenby, Conference Chair
Notes:      Becky Lund, typed live and tidied afterwards. These are notes
            of the meeting, not a word-for-word record.
Category at ICPC (10/04/2025): neglect

Joined:     Stacey Moran (mum) and Pat Hollis (maternal nan), together on
            Pat's phone; Harpreet Kaur (SW); Jo Whitby (HV); Gareth Lowe
            (DSL, St Peter's); Laura Fox (key person, Tiddlers Pre-school)
Sent info:  Dr Clare Nuttall (GP), email 04/07/2025

---------------------------------------------------------------------------

[10:00] Fiona Gatenby (chair)
Welcome and introductions. Checked Stacey and Pat could hear and see
everyone. Explained confidentiality and that the conference would decide
whether the plan is still needed. Stacey said she had read Harpreet's
report with her on Friday.

[10:05] Harpreet Kaur (SW)
Six visits since the ICPC, two unannounced. The house is better than in
April: the kitchen is usable and there is food in the cupboards most
visits. The back bedroom is still full of black bags and broken furniture
and the garden has the old sofa in it. Kayden and Lacey share a room and
a double mattress. Stacey has been low; on the unannounced visit on
12/06 at 11am she was in bed and Lacey was watching the tablet on her own
in her nappy. Stacey said she "couldn't face the day". Harpreet: "Stacey
loves the kids and they love her. When she's up and well, the house
works. When she's low, there's nobody, unless Pat comes round."

[10:18] Jo Whitby (HV)
Saw Lacey at home on 18/06. Weight on the 25th centile, the same as in
April. Still in nappies day and night and has about 30 words, which is
behind. Teeth look healthy; registered with a dentist since May. Jo:
"Lacey is a happy little girl. She's very attached to her nan."

[10:26] Gareth Lowe (school)
Kayden's attendance this year is 86%, 91% since Easter. Still late
about one day a week. Came in twice in June without a coat in the rain
and once without having had breakfast. "He's a funny, chatty lad and he
loves maths. He does worry about his mum. He asked me if depression is
catching."
Q (chair): Does school have breakfast club? A (GL): Yes, and Kayden has a
free place, but he only comes when Pat brings him.

[10:33] Laura Fox (Tiddlers)
Lacey comes Wednesdays and Fridays. Pat drops off and collects on those
days. Lacey is always clean and has a packed lunch when Pat brings her.
She is starting to join in at circle time.

[10:38] GP email (read out by chair)
Dr Nuttall diagnosed Stacey with depression in February and started her
on sertraline. She was due a review in March and did not attend. No
contact since.

[10:41] Stacey and Pat
Stacey: "I know I've let things slip. Some days I can't get out of bed.
I'm trying. I don't want them taken off me." She said she stopped the
tablets because they made her feel sick. Pat: "I do what I can. I'm
there Wednesdays and Fridays and I have them Saturdays. I'm 67, I can't
do every day." Stacey said she wants to sort the back bedroom so Kayden
can have his own room.
Q (Jo): Would Stacey like help with Lacey's potty training?
A (Stacey): Yes, if someone can show me.
Q (Gareth): Could Kayden come to breakfast club on the days Pat isn't
there? A (Stacey): He could walk with his mate Tyler's mum.

[10:55] Kayden and Lacey (Harpreet)
Kayden (seen alone at school 03/07): "Mum's sad a lot. I make my own
breakfast, cereal, and I do Lacey's too if she's hungry. I like Nanna
Pat's because she does chips." He wants "my own room with a Spider-Man
duvet" and said the best thing would be "if Mum got better". Lacey
showed Harpreet her doll and her bed, said "Nanna" and "chips" and
climbed onto Stacey's lap. At Tiddlers she runs to Pat at home time.

[11:05] Chair's summary and decision
Some things are better: food in the house, the kitchen, Lacey's dentist,
Kayden's attendance since Easter. But Stacey's depression is untreated,
on the days she is low the children have nobody to care for them unless
Pat is there, and Kayden is feeding himself and his sister. Scaling:
professionals 4/10, Stacey 6/10, Pat 5/10. Decision: Kayden and Lacey
stay on child protection plans, category neglect. Stacey and Pat agreed.

---------------------------------------------------------------------------

WHAT WE WANT FOR KAYDEN AND LACEY
- Kayden and Lacey have an adult who is up and caring for them every
  morning, with breakfast before school and pre-school.
- Kayden has his own bedroom and does not have to look after his sister.
- Lacey gets help with her talking and with potty training.
- Kayden gets to school on time every day, with a coat.

WHAT HAPPENS NEXT
Harpreet will visit Kayden and Lacey at home every fortnight and see
each of them on their own, writing down what they say in her visit
records. Stacey will see her GP about her low mood when she feels ready.
Pat will carry on helping out with the children as much as she can. Pat
will collect Lacey from Tiddlers on Wednesdays and Fridays and give both
children their tea at her house, and Tiddlers will record on the
sign-out sheet who collected Lacey.
A referral will be made to the Family Hub for a family support worker to
help Stacey with routines.
The school will keep an eye on Kayden's attendance and presentation every
day. Jo Whitby will see Lacey at home by 25 July to check her speech and
her toileting, and will send Harpreet the ASQ-3 scores afterwards.
Harpreet will arrange for the council's bulky waste team to clear the
back bedroom and the garden by 8 August, and will photograph both at her
next visit after that so the core group can see the change.

IF THINGS GO WRONG
If Kayden or Lacey are found at home without an adult up and caring for
them, or there is no food in the house, Harpreet (or the emergency duty
team out of hours) will visit the same day and hold a strategy
discussion, and the children will go to stay with Pat until it is safe
for them to go home.

DATES
Core group every 4 weeks at St Peter's, 3.30pm: 22/07/2025, 19/08/2025,
16/09/2025.
Next review conference: Tuesday 07/10/2025, 10am, on Teams.
If by the core group on 16/09/2025 Stacey has not restarted treatment, or
the children are still being found without an adult caring for them,
Harpreet will ask her manager for a legal planning meeting.
""",
    "findings": [
        F("T002", "Stacey will see her GP about her low mood"),
        F("M001", "Stacey will see her GP about her low mood"),
        F("T002", "Pat will carry on helping out with the children"),
        F("M001", "Pat will carry on helping out with the children"),
        F("W001", "A referral will be made to the Family Hub"),
        F("T001", "A referral will be made to the Family Hub"),
        F("M001", "A referral will be made to the Family Hub"),
        F("M002", "The school will keep an eye on Kayden's attendance"),
        F("F004"),
        F("C003"),
    ],
})
