"""Batch 172, module a: seven fictional plans (tuning material), places beginning with "a".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md, without
running planlint or reading its code.

Focus: who does what, when and how we will know, written in the grammar of
real minutes and reports. Each plan is in a template of its own, and the
craft is in the grammar of each action: passive and nominalised actions with
the owner given in the sentence, in brackets or in a column ("A referral ...
is to be completed by RB", "Completion of the parenting assessment (lead:
Family Intervention Service, practitioner Alys Morgan)", "Weekly home visits
to be undertaken by the social worker"); the reported speech of minutes ("It
was agreed that Kerry would ...", "RB confirmed she would ...", "Dad said he
would ...", "Mr Adeyemi confirmed the Academy will ..."); restrictions and
negative commitments as real actions ("Kerry would not allow Gavin Lane into
the house ... until the review conference", "Dad will NOT drink when he is
the only adult w/ Maja", a table of "What must not happen"); owners named by
role, initials from an attendance list or a key, agency, first name, "I" and
"you" in a letter, and a pronoun pointing back ("She will also ..."); times
in words ("within a fortnight of the conference", "by the February half
term", "until she is 12 wks old", "within 4 weeks of the transfer-in
conference", "fortnightly until the review"). Sentences in the action
sections that are not actions are left in on purpose: background history in
the past tense ("Kerry went to two sessions of the Freedom Programme in
2023", "(Dad went to 2 sessions at Pathways in 2024 + then stopped.)"), a
piece of work already done, wishes ("Kerry would like to move nearer to
Pauline"), and hypotheticals ("Should Mark ask to come home ...", "Had you
been well in December ...", "(If the PMHT letter says N. needs admission,
Larch Ward MBU wd be 1st choice ...)"). In the four faulty plans a few
owners are collective or missing ("Professionals", "Family", "All agencies",
a passive with no agent, "-"), a few times are not real ones ("as soon as
possible", "asap", "Ongoing", "as required", "ongoing"), and a few measures
are missing or cannot be observed ("keep an eye on", "monitor",
"Improvement in Connor's confidence", "Kacey's engagement").

1. minutes of an initial conference for a 9-year-old and a 3-year-old after
   domestic abuse by their mother's former partner, her anxiety and
   depression under the community mental health team: attendance table of
   initials, agency information, views, analysis, decision, outcomes, then
   section 9, the plan, as numbered minute paragraphs in reported speech
   (docx): faults are the community mental health team's fortnightly
   support only (attendance notes its only check), an IDVA referral "as
   soon as possible", "Professionals" telling the social worker of
   sightings, the father's Saturdays where he "would keep an eye on" Tayla,
   a CAMHS referral "to be made" by no one, and an outcome about the mother
   only (H001, T002, W002, M002, W001, F002);
2. a social worker's report to the chair of a review conference for a
   6-year-old whose mother drinks: progress since the initial conference in
   the past tense, Amani's three houses, analysis and recommendation, then
   a proposed plan table whose "What will be done, and who leads" cells are
   passive and nominalised with the lead inside the sentence, a page header
   and footer (pdf, exemplary);
3. an initial conference plan for an 8-week-old typed by business support
   from the social worker's handwritten notes, clipped and abbreviated with
   a key (txt): faults are the perinatal nurse's support visits only, the
   GP's postnatal check measured by "monitor", the father's referral to the
   alcohol service "asap", safe sleep and ICON "to be gone through" by no
   one, the mother's baby massage with no time, the parenting assessment
   with no output, an outcome about the mother only, the grandmother's and
   aunt's help with no fallback, and a review conference "TBC" (H001, M002,
   T002, W001, T001, M001, F002, C003, R001);
4. an initial conference plan for an 11-year-old and a 4-year-old after
   their father grabbed and threw the older child, his depression treated
   by talking therapies who also report on his capacity to change, written
   as a narrative paragraph per area with background and hypothetical
   sentences among the actions (md, exemplary);
5. a review conference plan for an 8-year-old and a 2-year-old before the
   family moves to another authority, in two tables: "Part 1: What must not
   happen" (restrictions: who, until, how it will be checked) and "Part 2:
   What will be done" (What / By / When / Evidence), landscape, page header
   and footer (pdf): faults are "Family" owning a restriction, the IDVA's
   support "Ongoing", the direct work measured by "Improvement in Connor's
   confidence", a CAMHS referral with "-" for who, the parenting
   assessment paused and handed to the receiving authority, and the review
   being a transfer-in conference "date to be confirmed" (W002, T002,
   M002, W001, X001, R001);
6. the social worker's letter to a father with a psychotic illness after
   the initial conference for his 10-year-old daughter, the plan a numbered
   list in "I" and "you" sentences, with his care coordinator and
   psychiatrist asked to report on whether he is making the changes needed
   and his likely prognosis (docx, exemplary);
7. a second core group record for a 13-year-old young carer and her
   5-year-old brother whose mother drinks: a review of the last actions
   (not actions), agency updates in reported speech, the children's words,
   then "Agreed actions" in the grammar of minutes (md): faults are "All
   agencies" telling the social worker if Kacey is left in charge, breaks
   "as required", mentoring "ongoing", the father's weekends with no
   measure, a dentist registration with no time, young carers' sessions
   measured by "Kacey's engagement", a contingency that only says the core
   group will review and consider next steps, and no legal planning (W002,
   T002 x2, M001, T001, M002, C002, R002).

Three plans (2, 4 and 6) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome is about the child; each contingency has specific triggers and
protective responses and says what happens if a relative's help fails; each
records the child's voice, core group dates or frequency and a dated review
conference, and legal planning after named triggers; an adult service (the
drug and alcohol service and the GP in 2, the GP and talking therapies in 4,
the community mental health team in 6) owns actions where a parent is ill or
drinks, and every adult mental health action asks for a view on the
parent's capacity to change.

Counting convention used for "actions" (README convention 1): each row of
an action or restrictions table, each numbered minute paragraph or numbered
item of the plan, each dash line of the typed plan, and each sentence of a
narrative plan paragraph that commits someone to do (or not do) something
counts once, whatever number of sentences a numbered item or row holds.
Background sentences in the past tense, work already done, wishes and
hypotheticals written among the actions are not counted; nor are details,
worries, what is going well, the children's words, outcomes, the review of
the last core group's actions, the contingency, or the meeting dates.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC minutes: attendance table of initials, numbered sections, then
#    section 9, the plan, as numbered minute paragraphs in reported speech.
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b172_aldwinstow_icpc_minutes_section_nine_reported_speech_hallworth.docx",
    "doc_title": "Initial Child Protection Conference Minutes - Tayla and Reggie Hallworth",
    "split": "tune",
    "actions": 15,
    "template": "icpc-minutes-docx-kv-header-present-table-of-initials-numbered-sections-1-to-11-agency-information-bold-subheads-parents-views-childrens-words-analysis-scaling-decision-outcomes-8-x-then-section-9-plan-as-numbered-minute-paragraphs-9-1-to-9-15-in-reported-speech-it-was-agreed-that-confirmed-said-she-would-with-unnumbered-note-and-wish-then-contingency-paragraphs-core-group-review",
    "description": (
        "Minutes of an initial child protection conference for a 9-year-old and a 3-year-old after their "
        "mother's former partner assaulted her in front of them; the mother has anxiety and depression "
        "and is under the community mental health team. The minutes run in numbered sections (present "
        "list of initials, agency information, views, the children's words, analysis, decision, "
        "outcomes) and the plan is section 9, numbered minute paragraphs in reported speech ('It was "
        "agreed that Kerry would not allow Gavin Lane into the house ... until the review conference', "
        "'RB confirmed she would ...', 'SR confirmed that school will ...', 'She said she would ...'), "
        "with a note of work already done and the mother's wish left among them as unnumbered "
        "paragraphs. Faults: the community mental health team's fortnightly support only, checked by "
        "attendance notes; an IDVA referral 'as soon as possible'; 'Professionals' telling the social "
        "worker of sightings; the father's Saturdays where he 'would keep an eye on how Tayla is'; a "
        "CAMHS referral 'to be made' by no one; and an outcome about the mother only."
    ),
    "blocks": [
        ("title", "Initial Child Protection Conference: Minutes"),
        ("p", "Aldwinstow Borough Council - Safeguarding and Quality Assurance Unit. These minutes are "
              "confidential and are for the people named in them."),
        ("kv", [
            ("Children", "Tayla Hallworth (born 11/05/2016, 9) and Reggie Hallworth (born 02/10/2022, 3)"),
            ("Address", "14 Ferrier Close, Aldwinstow AW6 2LT"),
            ("Conference", "Wednesday 14/01/2026, 10.00am to 12.20pm, Room 3, Aldwinstow Civic Offices"),
            ("Chair", "Jenna Whitcombe, Independent Child Protection Chair"),
            ("Minutes", "Lorraine Acheson, business support"),
        ]),
        ("h2", "Present"),
        ("table", {
            "header": ["Initials", "Name and role"],
            "widths": [2.5, 14.5],
            "rows": [
                ["JW", "Jenna Whitcombe, Chair"],
                ["KH", "Kerry Hallworth, mother of Tayla and Reggie"],
                ["CM", "Craig Medland, father of Tayla and Reggie"],
                ["RB", "Rhiannon Bevan, social worker, Aldwinstow Children's Services, Safeguarding Team North "
                       "(team manager: Marcus Reid)"],
                ["LM", "Laura Mackie, health visitor, Aldwinstow 0-19 Service"],
                ["SR", "Sadia Rahman, Designated Safeguarding Lead, St Anselm's CE Primary School"],
                ["PH", "DC Paul Harris, Aldwinstow Police, Domestic Abuse Unit"],
                ["ND", "Niamh Dunne, care coordinator, Aldwinstow Community Mental Health Team"],
                ["TK", "Tina Kaur, manager, Little Acorns Nursery"],
                ["LA", "Lorraine Acheson, minutes"],
            ],
        }),
        ("p", "Apologies: Dr Meera Bhatt, GP, Ferrier Lane Surgery (written report received)."),
        ("h2", "1. Introductions and purpose"),
        ("p", "JW explained the purpose of the conference and how the minutes would be shared. Kerry and Craig "
              "were given the social work report on 09/01/2026 and had read it with RB. Gavin Lane, Kerry's "
              "former partner, was not invited: he is on police bail with conditions not to contact Kerry "
              "or go to Ferrier Close."),
        ("h2", "2. Reason for the conference"),
        ("p", "On 28/12/2025 police were called to 14 Ferrier Close after Gavin Lane, Kerry's partner of "
              "eighteen months, pushed Kerry against the kitchen door and threw a mug that broke beside "
              "Reggie. Tayla rang 999 from her bedroom. This was the fourth police call-out to the address "
              "since March 2025. Tayla told the officers \"Gavin gets angry when he drinks and Mum cries\". "
              "A strategy discussion on 30/12/2025 agreed a section 47 enquiry."),
        ("h2", "3. Information from agencies"),
        ("boldp", "Social work (RB)"),
        ("p", "RB said Kerry had been open about the relationship and had asked Gavin to leave on 28/12/2025. "
              "RB had seen both children three times since. Tayla had been sleeping in Kerry's bed, and "
              "Reggie had started biting other children at nursery. Kerry has anxiety and depression and "
              "has been under the Community Mental Health Team since August 2025."),
        ("boldp", "Police (PH)"),
        ("p", "PH said Gavin Lane had been charged with assault by beating and was on bail until his court "
              "date on 19/02/2026. The DASH risk assessment of 28/12/2025 was high risk and the case was "
              "heard at MARAC on 08/01/2026, which recommended an IDVA for Kerry. Gavin has two previous "
              "convictions for violence against a former partner."),
        ("boldp", "School (SR)"),
        ("p", "SR said Tayla's attendance was 94% but she had been late eleven times this term, nearly always "
              "on Mondays. She had been tired and tearful, and on 06/01/2026 she told her teacher she did "
              "not want to go home \"in case Gavin comes back\". School had no worries about her learning."),
        ("boldp", "Health visiting (LM) and nursery (TK)"),
        ("p", "LM said Reggie's 2-year review in October 2024 was within the expected range, though his "
              "speech was a little behind. TK said Reggie goes to Little Acorns on Tuesdays, Wednesdays and "
              "Thursdays; since the new year he had bitten two children and hidden under the table when "
              "staff raised their voices."),
        ("boldp", "Adult mental health (ND)"),
        ("p", "ND said Kerry was diagnosed with generalised anxiety disorder and depression in 2024 and takes "
              "sertraline. ND has seen her every two weeks since August 2025 and she has not missed an "
              "appointment. ND said Kerry's mood dropped sharply in December."),
        ("boldp", "GP (written report)"),
        ("p", "Dr Bhatt wrote that Kerry's medication was last reviewed on 02/12/2025 and that both children "
              "are up to date with their immunisations."),
        ("h2", "4. The parents' views"),
        ("p", "Kerry said she had ended the relationship and would not take Gavin back. She said she had not "
              "realised how much Tayla had heard. She accepted that the children needed a plan and said she "
              "wanted help \"to get us back to normal\". Craig said he was angry that no one had told him "
              "about the earlier call-outs. He said he would like to see more of the children."),
        ("h2", "5. What Tayla and Reggie have told us"),
        ("p", "Tayla (seen on her own by RB at school on 07/01/2026): \"I'm scared Gavin will come back when "
              "Mum's asleep.\" She drew her house with \"a big lock on the door\". She said the best thing "
              "would be \"Mum being happy and Dad picking me up on Saturdays\". Asked what she would change, "
              "she said \"nobody shouting, ever\"."),
        ("p", "Reggie is 3 and has a few words. At home on 09/01/2026 RB saw him cling to Kerry when the "
              "doorbell rang and cover his ears. At nursery he loves the sand tray, and Mrs Kaur says he "
              "settles when he is given a job to do."),
        ("h2", "6. Analysis"),
        ("p", "Worries: Tayla and Reggie have lived with shouting and violence for most of 2025, and Tayla "
              "has been the one to ring the police. Gavin's bail conditions end at his court date, and he "
              "has come back to Kerry twice before. Kerry's low mood makes it harder for her to notice and "
              "answer the children's fear."),
        ("p", "What is working well: Kerry rang the police herself twice in 2025 and asked Gavin to leave. "
              "Craig sees the children every Saturday and Tayla looks forward to it. Kerry's mother, Pauline "
              "Hallworth, lives two streets away at 3 Wren Walk and helps with the children."),
        ("p", "Scaling (0 = the children are not safe, 10 = no need for a plan): agencies scored between 3 "
              "and 5; Kerry scored 6."),
        ("h2", "7. Decision"),
        ("p", "The conference agreed that Tayla and Reggie should each be the subject of a child protection "
              "plan under the category of emotional abuse. All agencies agreed. RB is the lead social "
              "worker."),
        ("h2", "8. What needs to be different for Tayla and Reggie"),
        ("pi", "8.1 Tayla and Reggie live in a home where no adult shouts at, hits or threatens anyone, and "
               "they are kept away from Gavin Lane."),
        ("pi", "8.2 Tayla sleeps in her own bed, gets to school on time and can say who she would tell if she "
               "was frightened."),
        ("pi", "8.3 Reggie's speech and behaviour are understood, and he stops biting and hiding at nursery."),
        ("pi", "8.4 Kerry's anxiety and low mood are better managed."),
        ("h2", "9. The child protection plan (recommendations agreed by the conference)"),
        ("p", "The following recommendations were agreed. People are named by the initials in the list of "
              "those present."),
        ("pi", "9.1 It was agreed that Kerry would not allow Gavin Lane into the house, or let him see or "
               "speak to Tayla or Reggie, until the review conference on 08/04/2026; RB will ask Tayla about "
               "this when she sees her alone at each visit and record her answer, and PH will tell RB of any "
               "breach of bail within 24 hours."),
        ("pi", "9.2 RB confirmed she would visit the children at home every two weeks until the review "
               "conference, at least one visit in three unannounced, seeing Tayla on her own each time, and "
               "would type up what Tayla says in the visit record within 48 hours."),
        ("pi", "9.3 SR confirmed that school will give Tayla a check-in with the learning mentor, Mr Lowe, "
               "every Monday morning from 19/01/2026, and will e-mail RB a note of what Tayla says by the end "
               "of each Monday."),
        ("pi", "9.4 LM agreed to complete an ASQ-3 and an ASQ:SE-2 with Reggie at home within a fortnight of "
               "the conference (by 28/01/2026) and to share the scores with RB and the core group."),
        ("pi", "9.5 TK said that nursery will keep a behaviour log for Reggie on each of his three days, "
               "noting every time he bites or hides and what happened just before, and will send it to RB "
               "and LM every Friday."),
        ("pi", "PH confirmed that a police warning marker was put on 14 Ferrier Close on 29/12/2025, so that "
               "any 999 call from the address is treated as urgent."),
        ("pi", "9.6 Kerry went to two sessions of the Freedom Programme in 2023 but did not finish it. She said "
               "she would start the next course at Aldwinstow Family Hub on Tuesday 03/02/2026 and go every "
               "week; the facilitator will send RB the register at the end of each month."),
        ("pi", "9.7 ND said the Community Mental Health Team would continue to see Kerry every two weeks to "
               "support her with her anxiety and low mood, and would send RB a note of each appointment "
               "Kerry attends."),
        ("pi", "9.8 A referral for an Independent Domestic Violence Advocate for Kerry is to be made by RB as "
               "soon as possible, and the IDVA's safety plan with Kerry will be shared with the core group."),
        ("pi", "9.9 Professionals will tell RB on the same day if Gavin Lane is seen at or near Ferrier Close, "
               "St Anselm's or Little Acorns, and each sighting will be logged on the children's "
               "chronology."),
        ("pi", "9.10 Craig said he would carry on having Tayla and Reggie at his flat every Saturday from 10am "
               "to 5pm and would keep an eye on how Tayla is."),
        ("pi", "9.11 A referral to CAMHS for Tayla's sleep and her fear at night is to be made by 30/01/2026, "
               "and the CAMHS acceptance letter will be placed on the children's file."),
        ("pi", "9.12 RB will complete a parenting assessment with Kerry by 20/03/2026, looking at what she "
               "understands of the children's experience of domestic abuse and how she will keep them safe "
               "from Gavin; the report will be shared with Kerry and the core group before the review."),
        ("pi", "9.13 Pauline (maternal grandmother) said she would collect Reggie from Little Acorns on "
               "Tuesdays and Thursdays at 3pm and stay with the children until Kerry is home from work at "
               "5.30pm; the nursery's collection record will show who collected him."),
        ("pi", "9.14 LM will visit Kerry and Reggie at home every four weeks until the review, going through "
               "Reggie's sleep and speech with Kerry, and will send RB a copy of each visit record."),
        ("pi", "9.15 RB will write to Dr Bhatt by 21/01/2026 asking her to review Kerry's sertraline and to "
               "reply by letter saying how Kerry's mood is affecting her care of the children."),
        ("pi", "Kerry would like to move nearer to Pauline when her tenancy ends in the summer; she has not yet "
               "asked for a transfer."),
        ("h2", "10. Contingency plan"),
        ("p", "If Gavin Lane comes to the house, contacts Kerry or the children, or is seen near the school or "
              "nursery: Kerry will ring 999 and police will attend and treat it as a breach of bail; RB (or "
              "the Emergency Duty Team out of hours) will hold a strategy discussion with police and health "
              "the same day, and the children will stay with Pauline at 3 Wren Walk until it has met."),
        ("p", "If Kerry lets Gavin back into the house or the children see him, RB will ask Marcus Reid (team "
              "manager) for a legal planning meeting within five working days to decide whether to start "
              "pre-proceedings under the Public Law Outline. The same applies if the parenting assessment "
              "says that Kerry cannot keep the children safe from him."),
        ("p", "If Pauline cannot collect Reggie on a Tuesday or Thursday, Kerry will leave work and collect him "
              "by 3pm, or Craig will; nursery will ring RB if no one has come by 3.30pm."),
        ("p", "If Kerry's mood drops so that she cannot get up or care for the children, ND will arrange an "
              "urgent review the same day and Craig will have the children at his flat until RB has seen "
              "them."),
        ("h2", "11. Core group and review"),
        ("p", "First core group: Wednesday 28/01/2026 at 1.30pm, Aldwinstow Family Hub; then every four weeks, "
              "on 25/02/2026 and 25/03/2026."),
        ("p", "Review child protection conference: Wednesday 08/04/2026 at 10am, Aldwinstow Civic Offices."),
        ("p", "Minutes checked by the Chair on 16/01/2026 and sent to everyone present and to Dr Bhatt."),
    ],
    "findings": [
        F("H001", "ND said the Community Mental Health Team would continue"),
        F("T002", "Independent Domestic Violence Advocate for Kerry is to be made"),
        F("W002", "Professionals will tell RB on the same day"),
        F("M002", "would keep an eye on how Tayla is"),
        F("W001", "A referral to CAMHS for Tayla's sleep and her fear"),
        F("F002", "Kerry's anxiety and low mood are better managed."),
    ],
})


# ---------------------------------------------------------------------------
# 2. Social worker's report to the chair of a review conference, ending in a
#    proposed plan table of passive and nominalised steps with the lead in
#    the sentence. Exemplary (pdf, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b172_axenford_rcpc_sw_report_to_chair_nominalised_plan_mwangi.pdf",
    "doc_title": "Report to the Review Child Protection Conference - Amani Mwangi",
    "split": "tune",
    "actions": 14,
    "min_pages": 2,
    "header": "Axenford City Council - Children's Services - OFFICIAL-SENSITIVE",
    "footer": "Social worker's report to the review conference - Amani Mwangi - Page {PAGE} of {NUMPAGES}",
    "template": "sw-report-to-rcpc-chair-paged-header-footer-to-from-kv-numbered-sections-why-progress-since-icpc-past-tense-amanis-days-three-houses-analysis-scaling-recommendation-outcomes-then-proposed-plan-table-ref-what-will-be-done-and-who-leads-passive-nominalised-lead-in-the-sentence-by-when-how-often-how-we-will-know-then-if-things-go-wrong-bullets-meetings-signed",
    "description": (
        "Exemplary social worker's report to the chair of a review child protection conference for a "
        "6-year-old whose mother drinks: a neighbour found her outside at night while her mother slept "
        "off drink in another flat. The report gives progress since the initial conference in the past "
        "tense, Amani's three houses and words, the worker's analysis and scaling and a recommendation, "
        "then a proposed plan table whose 'What will be done, and who leads' cells are passive and "
        "nominalised with the lead inside the sentence ('Weekly home visits to be undertaken by the "
        "social worker', 'Completion of the parenting assessment (lead: Family Intervention Service, "
        "practitioner Alys Morgan)', 'A health review ... is to be carried out by the school nurse'), "
        "a restriction Grace signed, and the aunt's and grandmother's help. The drug and alcohol service "
        "and the GP own steps and report on change, the contingency has a fallback if the relatives "
        "cannot help and legal planning after named triggers, and the core group and review are dated."
    ),
    "blocks": [
        ("title", "Report to the Review Child Protection Conference"),
        ("kv", [
            ("To", "Hugh Palmer, Independent Reviewing Officer, chair of the conference"),
            ("From", "Daniel Osei, social worker, Axenford Safeguarding Team East (team manager: Karen "
                     "Bellamy)"),
            ("Child", "Amani Wairimu Mwangi, born 23/08/2019 (6), Year 2 at Axenford Park Primary School"),
            ("Mother", "Grace Mwangi (28), 7 Lyndon House, Carver Street, Axenford AX3 9PD"),
            ("Father", "Not named on Amani's birth certificate; no contact"),
            ("Family who help", "Wanjiru Kamau, Amani's maternal aunt (31), 22 Oakley Road; Esther Mwangi, "
                                "Amani's maternal grandmother, whom Amani calls Shosho (58), 4 Tern Court"),
            ("Category", "Neglect, since the initial conference on 02/10/2025"),
            ("Review conference", "Thursday 08/01/2026 at 2pm, Axenford Civic Centre"),
            ("Report shared", "Read with Grace at home on 05/01/2026; she has a copy"),
        ]),
        ("h1", "1. Why Amani has a plan"),
        ("p", "In September 2025 a neighbour found Amani outside the flats at 9pm in her pyjamas, looking for "
              "her mum. Grace had been drinking at a friend's flat on the floor below and had fallen asleep. "
              "School had raised worries since the spring about Amani coming in hungry and late, and twice "
              "in July Grace smelled of alcohol at home time. Grace told me she had been drinking most "
              "evenings since her relationship ended in 2024."),
        ("h1", "2. Progress since the initial conference"),
        ("p", "Grace was referred to Axenford Recovery Partnership on 06/10/2025 and has been to 10 of 12 "
              "key-work sessions. Her breath readings were 0.00 at every session except 13/11/2025, when she "
              "blew 0.21 mg/l before a morning session. Her GGT result in December was in the normal range, "
              "having been raised in October. Amani's attendance rose from 82% in the summer term to 93% "
              "this autumn, with six late marks. I made 11 visits, 4 of them unannounced; at one, on "
              "20/11/2025, there were cans of lager in the fridge, which Grace poured away in front of me. "
              "Wanjiru has had Amani every Friday night since October, and Esther has done the Monday school "
              "run."),
        ("p", "Two parts of the first plan were not done. The parenting assessment did not start until "
              "December because the Family Intervention Service had no worker free, and Amani's dental "
              "check was missed twice."),
        ("h1", "3. Amani's days, and what she says"),
        ("p", "Amani is a chatty, bright girl who loves drawing and her cousins. I saw her on her own five "
              "times this quarter, twice at school. On 18/12/2025 she drew her three houses. In the house of "
              "worries she drew \"the bottles in the bin\" and \"when Mummy sleeps on the settee and I can't "
              "wake her\". In the house of good things she drew Auntie Wanjiru's, \"pancakes at Shosho's\" "
              "and \"Mummy doing my hair\". In the house of dreams she wrote \"Mummy not poorly any more and "
              "I have a hamster\"."),
        ("p", "Asked what would help, Amani said: \"Mummy to stay awake at bedtime and read me the dragon "
              "book.\" Mrs Varga, the school's Designated Safeguarding Lead, says Amani now arrives at "
              "breakfast club smiling on most days and eats two slices of toast."),
        ("h1", "4. Analysis"),
        ("p", "Grace has made real changes. She goes to her sessions, her blood test has come down, and "
              "Amani is in school more often and more ready to learn. But the positive reading in November, "
              "the cans in the fridge, and Grace's own words (\"I still want a drink most nights\") show that "
              "her recovery is at an early stage. Amani is six and depends on Grace completely at night. "
              "Until Grace has stayed alcohol-free for long enough to be tested, and the parenting "
              "assessment is finished, I do not think the plan can end."),
        ("p", "Scaling (0 = Amani is not safe, 10 = no need for a plan): I score Amani's safety at 5 (3 at "
              "the initial conference). Grace scores 7. Wanjiru scores 6."),
        ("h1", "5. Recommendation"),
        ("p", "I recommend that Amani stays subject to a child protection plan under the category of "
              "neglect, with the plan below."),
        ("h1", "6. What we want for Amani"),
        ("numbers", [
            "Amani is cared for every evening and night by a sober adult who puts her to bed, reads with "
            "her and can be woken.",
            "Amani gets to school on time every day, having had breakfast, and her attendance is at least "
            "95%.",
            "Amani's teeth and eyes are checked and any treatment she needs is done.",
            "Amani understands, in words that fit her age, what has been happening at home, and knows who "
            "to ring if Mummy is poorly.",
        ]),
        ("h1", "7. Proposed plan"),
        ("p", "The lead for each step is named in the step. Steps carried on from the first plan are marked "
              "(cont.). The next review conference is on 09/04/2026."),
        ("table", {
            "header": ["Ref", "What will be done, and who leads", "By when / how often", "How we will know"],
            "widths": [1.1, 7.2, 3.5, 5.2],
            "rows": [
                ["1", "Weekly home visits to be undertaken by the social worker (Daniel Osei), at least one in "
                      "three unannounced and one each month at Amani's bedtime, seeing Amani on her own (cont.)",
                 "Every week until the next review conference",
                 "Visit records on the case file within 48 hours, with Amani's words, the food in the flat "
                 "and whether any alcohol was seen"],
                ["2", "Alcohol key-work sessions for Grace, with a breath test at every session, to be provided "
                      "by Axenford Recovery Partnership (recovery worker Toby Lyle) (cont.)",
                 "Every Thursday at 11am",
                 "Attendance and breath readings e-mailed to the social worker every Friday; every reading "
                 "0.00"],
                ["3", "A written report on Grace's progress and on how likely she is to stay alcohol-free over "
                      "the next six months, with her AUDIT scores, to be prepared by Toby Lyle (Axenford "
                      "Recovery Partnership)",
                 "By 20/03/2026, three weeks before the next review",
                 "Report on the case file, shared with Grace and with the core group at its March meeting"],
                ["4", "A GGT and CDT blood test for Grace each month, arranged by her GP, Dr Farah Idris, at "
                      "Carver Street Surgery",
                 "Monthly, from the week of 12/01/2026",
                 "Dr Idris's letter with each result, sent to the social worker"],
                ["5", "Completion of the parenting assessment (lead: Family Intervention Service, practitioner "
                      "Alys Morgan) (cont.)",
                 "Weekly sessions; report by 13/03/2026",
                 "Assessment report, with a recommendation on whether Grace can meet Amani's needs, shared "
                 "with Grace and the core group by 13/03/2026"],
                ["6", "Grace will keep no alcohol in the flat and will not drink at any time when Amani is in "
                      "her care: a written agreement Grace signed at the initial conference, to be signed "
                      "again at this review",
                 "From 08/01/2026 until the next review conference",
                 "No alcohol seen at any visit, announced or not; breath readings of 0.00 at every session "
                 "(step 2)"],
                ["7", "Amani to be got up, given breakfast and taken to breakfast club by Grace, except on "
                      "Mondays (step 9)",
                 "Every school day by 8.15am",
                 "School and breakfast club registers in the DSL's Friday e-mail; attendance at 95% or "
                 "more by the February half term"],
                ["8", "A breakfast club place and a 'meet and greet' with Amani each morning, to be provided "
                      "by Axenford Park Primary (DSL Mrs Chloe Varga) (cont.)",
                 "Every school day",
                 "CPOMS note of how Amani arrived (clean, fed, on time), summarised in the DSL's Friday "
                 "e-mail to the social worker"],
                ["9", "The Monday school run, from the flat to breakfast club, will be done by Amani's "
                      "grandmother, Esther Mwangi (cont.)",
                 "Every Monday by 8.15am",
                 "Breakfast club register shows Amani in by 8.15am on Mondays"],
                ["10", "Amani will stay with her aunt, Wanjiru Kamau, every Friday night, so that she has time "
                       "with her cousins and Grace can go to her SMART Recovery group (cont.)",
                 "Every Friday, 5pm until Saturday 12 noon",
                 "Wanjiru texts the social worker each Saturday morning; Amani tells the social worker "
                 "about her Fridays at visits"],
                ["11", "Grace to go to the SMART Recovery group at the Lyndon Centre",
                 "Every Friday at 6pm",
                 "Facilitator's attendance sheet, sent on by Toby Lyle with his Friday e-mail"],
                ["12", "Four sessions of direct work with Amani about Mummy's drinking and her own 'safe "
                       "people' hand, to be led by the social worker",
                 "Every other week from 15/01/2026",
                 "Amani's safety hand on file and a copy at school; Amani can say who she would ring if "
                 "Mummy could not be woken"],
                ["13", "Amani's dental check and an eye test at Carver Street Opticians to be booked, and "
                       "Amani taken to both, by Grace",
                 "Both by the February half term (13/02/2026)",
                 "Appointment cards shown to the social worker; the dentist's treatment plan on file"],
                ["14", "A health review for Amani, with her height and weight, is to be carried out by the "
                       "school nurse, Leanne Ibbotson (Axenford 0-19 Service)",
                 "By 06/02/2026",
                 "Health review record sent to the social worker; Amani's weight plotted on her centile "
                 "chart"],
            ],
        }),
        ("h1", "8. If things go wrong"),
        ("bullets", [
            "If Grace has a breath reading above 0.00, is seen or reported to be drunk while caring for "
            "Amani, or Amani is found on her own: the social worker (or the Emergency Duty Team out of "
            "hours) will see Amani that day; Amani will stay with Wanjiru at 22 Oakley Road until a strategy "
            "discussion, held the same day, has decided what happens next; and Karen Bellamy (team manager) "
            "will be asked for a legal planning meeting within five working days.",
            "If Wanjiru cannot have Amani in an emergency, Esther will. If neither can, Amani will be looked "
            "after by Axenford foster carers under section 20 with Grace's agreement, or under police "
            "protection if Grace does not agree.",
            "If Esther cannot do the Monday school run, Grace will take Amani herself, and Mrs Varga will "
            "ring the social worker if Amani is not in by 9am. If Wanjiru cannot have Amani on a Friday, "
            "Grace will stay at home with her and the social worker or the duty worker will make an "
            "unannounced visit that evening.",
            "If by the next review Grace has had another positive reading, or the parenting assessment says "
            "she cannot yet meet Amani's needs, the social worker will ask for a legal planning meeting to "
            "decide whether to begin the Public Law Outline.",
        ]),
        ("h1", "9. Core group and next review"),
        ("p", "Core group every four weeks at Axenford Park Primary, Tuesdays at 3.30pm: 20/01/2026, "
              "17/02/2026 and 17/03/2026."),
        ("p", "Next review child protection conference: Thursday 09/04/2026 at 2pm, Axenford Civic Centre."),
        ("p", "Daniel Osei, social worker, 05/01/2026. Countersigned by Karen Bellamy, team manager, "
              "06/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. ICPC plan typed by business support from the social worker's
#    handwritten notes: a key of abbreviations, clipped dash lines. Faulty
#    (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b172_amberwick_icpc_plan_typed_from_sw_notes_clipped_kaminski.txt",
    "split": "tune",
    "actions": 14,
    "template": "icpc-plan-txt-typed-by-business-support-from-sw-handwritten-notes-starred-typists-note-key-of-abbreviations-caps-headings-clipped-dash-lines-why-going-well-majas-day-seen-by-hv-and-sw-numbered-outcomes-then-plan-dash-lines-who-what-when-how-with-bracketed-history-and-hypothetical-notes-then-if-things-go-wrong-cg-review",
    "description": (
        "Initial conference plan for an 8-week-old after her father fell asleep on the sofa with her on "
        "his chest after drinking; her mother has postnatal depression under the perinatal mental health "
        "team. Business support typed the plan from the social worker's handwritten notes, keeping the "
        "notes' clipped grammar and abbreviations ('SW to visit wkly until RCPC', 'Dad to be referred to "
        "Pathways by SW asap', 'Dad will NOT drink when he is the only adult w/ Maja'), with a key "
        "saying who the initials are and bracketed notes of history and a hypothetical among the plan "
        "lines. Faults: the perinatal nurse's visits only support the mother, checked by attendance; the "
        "GP's postnatal check measured by 'monitor'; the father's referral 'asap'; safe sleep and ICON "
        "'to be gone through' by no one; the mother's baby massage with no time; the parenting "
        "assessment with no output; an outcome about the mother only; the grandmother's and aunt's help "
        "with no fallback; and a review conference 'TBC'."
    ),
    "text": """\
AMBERWICK COUNCIL - CHILDREN'S SOCIAL CARE
CHILD PROTECTION PLAN  (initial conference 19/01/2026)
Child: Maja KAMINSKA   dob 25/11/2025  (8 wks at conf)

** Typed by business support (J. Pearce) on 21/01/2026 from the SW's
** handwritten notes of the conference. Abbreviations as in the notes.
** Please tell the SW of any errors.

KEY
  SW      = Aoife Brennan, social worker, Safeguarding & Family Support Team 2
  TM      = Gary Holt, team manager
  IRO     = Ruth Okonkwo, conference chair
  HV      = Kate Moyo, health visitor, Amberwick 0-19 Service
  PMHT    = Amberwick Perinatal Mental Health Team
  N.      = Natalia Kaminska (Mum, 23)
  Dad     = Tomasz Kaminski (26)
  MGM     = Ewa Nowak (N.'s mum), 12 Tern Close
  Kasia   = Katarzyna Nowak (N.'s sister)
  Pathways = Amberwick alcohol & drug service

ADDRESS:  41b Salter Street, Amberwick AM2 4RJ (1st floor flat, rented
          from Amberwick Homes)
CATEGORY: Neglect

WHY MAJA HAS A PLAN (from conf)
- 03/01/26 Dad fell asleep on the sofa w/ Maja on his chest after
  drinking (approx 8 cans, his account). N. asleep upstairs. N. found
  Maja at 4am wedged between Dad + a cushion, cold + breathing oddly for
  a few secs. A&E, kept in overnight, no injury.
- N. dx postnatal depression 12/25, started sertraline 15/12/25. Under
  PMHT since 22/12/25. N. says some days she "can't feel anything" for
  Maja.
- Dad drinks most wkends (says 6-10 cans Fri + Sat). Works nights at
  the distribution centre Sun-Thurs.
- Damp + black mould in Maja's room, so she sleeps in the lounge.
- Polish is first language for both parents. N. wants some meetings in
  Polish - interpreter booked for CGs.

GOING WELL
- Maja is gaining weight: 50th centile at birth, now between 25th +
  50th. Bottle fed, feeds well.
- N. told the HV herself about her low mood + asked for help.
- MGM round most days; Kasia helps at wkends.
- Dad upset + "ashamed". Said at conf he has not drunk at home since
  03/01.

MAJA'S DAY (what HV + SW have seen)
- Maja wakes 2-3 times a night for a bottle. N. does the nights (Dad at
  work or asleep).
- 14/01/26 SW visit, 11am: Maja in her bouncer facing the TV, N. still
  in bed. MGM fed + changed her. Maja smiled + followed MGM's face.
- 16/01/26 HV: Maja settled fast when N. held her skin to skin. N.
  cried + said "she likes me today".
- Flat patch on the back of Maja's head - HV says long spells on her
  back in the bouncer/cot. Tummy time advised.

OUTCOMES (what we want)
1. Maja sleeps safely every night - on her back, in her own cot, never
   on a sofa or next to an adult who has been drinking.
2. Maja is fed, changed + played with by a parent who notices her cues,
   + keeps growing along her centile.
3. N.'s mood is better + she takes her meds every day.
4. Maja lives in a home free from damp, w/ her own safe sleep space.

PLAN (who / what / when / how we know)
- SW to visit wkly until RCPC, 1 in 3 unannounced, incl. an evening
  visit every other wk. See Maja awake + where she sleeps. Visit notes
  on file w/in 48 hrs.
- HV to weigh Maja every wk at home until she is 12 wks old (17/02/26),
  then every 2 wks. Weights in red book + a copy of each to SW.
- PMHT consultant (Dr Lena Fraser) to see N. at clinic by 06/02/26 +
  write to SW + GP: how N.'s illness affects her care of Maja, how
  likely she is to get better + how long that may take.
- PMHT nurse (Siobhan Reilly) to keep visiting N. every 2 wks for
  support w/ her low mood + anxiety. Attendance to SW monthly.
- GP (Dr Hussain) to see N. for her 8 wk postnatal check + sertraline
  review by 30/01/26 - monitor.
- Dad will NOT drink when he is the only adult w/ Maja + will never
  sleep w/ her on the sofa or in his bed. From 19/01/26. SW + HV to ask
  N. at every visit + write down her answer.
- Dad to be referred to Pathways by SW asap. Acceptance letter on file.
- Pathways (Rob Dyer) to do Dad's alcohol assessment w/in 4 wks of the
  referral, incl. AUDIT score. Written summary to SW.
  (Dad went to 2 sessions at Pathways in 2024 + then stopped.)
- Safe sleep + ICON (coping w/ crying) to be gone through again w/ both
  parents by 30/01/26. Signed ICON sheet on file.
- MGM to come every weekday 8am-12 noon to help N. w/ feeds, bath +
  tummy time. Feed chart signed by MGM, checked by HV at the weigh-ins.
- Kasia to stay over Fri + Sat nights so there is a sober adult in the
  flat at wkends. Kasia texts SW each Sun am.
- N. to go to Baby Massage at Amberwick Children's Centre. Register to
  SW.
- SW to do parenting assessment of N. + Dad by 13/03/26.
- SW to write to Amberwick Homes re the damp + mould in Maja's room by
  23/01/26. Copy of letter + landlord's reply on file.
  (If the PMHT letter says N. needs admission, Larch Ward MBU wd be 1st
  choice so Maja can go w/ her.)

IF THINGS GO WRONG
- If Dad drinks while he is the only adult w/ Maja, or anyone sleeps
  w/ Maja on a sofa/bed after drinking: Maja to MGM's (12 Tern Close)
  same day; SW strategy discussion w/ police + health same day; SW to
  ask TM for a legal planning mtg w/in 5 working days.
- If N. says she has thoughts of harming herself or Maja: N. rings PMHT
  duty line (999 out of hours), MGM comes straight round + stays, SW
  told same day.
- If Maja loses weight or drops a centile: HV gets a same-day GP appt
  + tells SW.

CORE GROUP / REVIEW
- CG every 4 wks at Amberwick Children's Centre, 10am (Polish
  interpreter booked): 02/02/26, 02/03/26, 30/03/26.
- RCPC: date TBC (admin to book w/ IRO).

Plan sent to N., Dad + all agencies 21/01/26.
""",
    "findings": [
        F("H001", "PMHT nurse (Siobhan Reilly) to keep visiting N. every 2 wks"),
        F("M002", "GP (Dr Hussain) to see N. for her 8 wk postnatal check"),
        F("T002", "Dad to be referred to Pathways by SW asap."),
        F("W001", "Safe sleep + ICON (coping w/ crying) to be gone through again"),
        F("T001", "N. to go to Baby Massage at Amberwick Children's Centre."),
        F("M001", "SW to do parenting assessment of N. + Dad by 13/03/26."),
        F("F002", "N.'s mood is better + she takes her meds every day."),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. ICPC plan written as a narrative paragraph per area, each action a
#    sentence with its own owner, time and check, with background and
#    hypothetical sentences among them. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b172_ardensholt_icpc_plan_narrative_paragraph_per_area_trevelyan.md",
    "split": "tune",
    "actions": 17,
    "template": "icpc-plan-md-bold-label-details-list-why-worried-going-well-childrens-words-numbered-outcomes-then-what-will-happen-h3-per-area-each-a-narrative-paragraph-of-action-sentences-owner-time-check-in-one-sentence-passive-with-agent-pronoun-she-will-background-and-should-hypothetical-sentences-among-them-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for an 11-year-old and a 4-year-old after their father grabbed "
        "the older boy by the arm and threw him onto a bed; the father has depression and has moved to "
        "his brother's flat. The plan is written as a narrative paragraph for each area (keeping the "
        "children safe at home, health and feelings, Dad's mood and anger, home and school), each "
        "sentence that commits someone carrying its own owner, time and check, in varied grammar "
        "(a negative commitment until the review conference, 'supervised by Nan (Linda Pascoe), who "
        "will ...', 'Jaden's referral ... is to be made by Mrs Hartigan by 10/02/2026', 'She will "
        "also see Jaden ...'), with past-tense background, a wish and a 'Should Mark ask ...' "
        "hypothetical among them that are not actions. The GP and talking therapies own actions, "
        "the therapist reports on the father's capacity to change and its timescale, the contingency "
        "covers the grandmother's supervision failing and names legal planning, and meetings are dated."
    ),
    "text": """\
# Ardensholt City Council - Children's Services

## Child protection plan: Jaden and Mollie Trevelyan

Made at the initial child protection conference on Tuesday 03/02/2026. Category: physical abuse (Jaden
and Mollie). Chair: Fiona Leckie (IRO).

**About the family**

- **Jaden Trevelyan**, born 12/09/2014 (11), Year 6 at Hollins Lane Primary School
- **Mollie Trevelyan**, born 20/06/2021 (4), Reception at Hollins Lane Primary School
- **Mum:** Stacey Trevelyan (35), 28 Quarry Bank, Ardensholt AH4 1NW, where the children live
- **Dad:** Mark Trevelyan (38), staying at his brother Neil's flat, 5 Copper Court, since 20/01/2026
- **Nan:** Linda Pascoe (Stacey's mum, 61), 9 Quarry Bank
- **Social worker:** Priya Chandran, Ardensholt Safeguarding Team 1 (team manager: Owen Marsh)
- **School:** Mrs Gill Hartigan (headteacher and Designated Safeguarding Lead), Mr Dev Patel (Mollie's
  Reception teacher), Ms Ana Ferreira (school counsellor)
- **Health:** Ruth Obi (school nurse, Ardensholt 0-19 Service); Dr Samir Naidoo (GP, Quarry Bank Medical
  Practice)
- **Ardensholt Talking Therapies:** Ben Whitlock, CBT therapist, working with Mark
- **Family Hub:** Keith Adams, family support worker
- **Police:** PC Leanne Shaw, Child Abuse Investigation Team

### Why we are worried

On 14/01/2026 Jaden came to school with four oval bruises on his upper arm. He told Mrs Hartigan that
his dad had grabbed him and thrown him onto his bed after Jaden swore at him about his Xbox. Mark told
the police in a voluntary interview that he "lost it" and grabbed Jaden, and he has been released under
investigation. Jaden says his dad shouts "nearly every day" and has smacked Mollie's legs "loads of
times". Mark lost his job in April 2025 and has had depression since; he has been drinking more and
sleeping in the day. Stacey works in a care home and is out three evenings a week, when Mark was in
charge of the children. School had noticed Jaden flinch when a teacher raised her voice in November.

### What is going well

- Mark admitted what he did, said he was ashamed, and agreed to move out while the plan starts.
- Stacey believed Jaden straight away and has kept to the agreement that Mark only sees the children
  at Nan's.
- Nan lives in the same street and the children love going to hers.
- Jaden is doing well at school and is captain of the Year 6 football team.

### What Jaden and Mollie say

**Jaden** (seen on his own by Priya at school, 22/01/2026): "I don't want Dad to go to prison, I just want
him to stop shouting." "It's calmer at home now but I miss him." He scored home as 6 out of 10 now and
3 "before". He would like to see his dad at football on Saturdays.

**Mollie** (at Nan's with her dolls' house, 26/01/2026): made the daddy doll shout "naughty girl" and
smack the little doll's legs, then put the daddy doll outside. She said "Daddy's at Uncle Neil's because
of the shouting." Mr Patel says Mollie has started to wet herself at school when she is told off.

### What needs to be different for Jaden and Mollie

1. Jaden and Mollie are never hit, grabbed or smacked, and they live without shouting at home.
2. Jaden and Mollie can tell a trusted adult about home, and they know what will happen if they do.
3. Jaden's worry and anger, and Mollie's wetting and fear of being told off, are helped and get less.
4. Jaden and Mollie only live with their dad again when they will be safe with him, because he has
   changed the way he manages his mood and anger.

## What will happen

Under each heading, the sentences that say who will do something are the plan; the others explain why.

### Keeping Jaden and Mollie safe at home

Mark will not hit, grab, smack or physically punish either child, and he will not be alone with Jaden
or Mollie, until the review conference on 28/04/2026; Priya will ask each child about this, on their
own, at every visit and write down what they say. All of Mark's time with the children will be at
Nan's house on Wednesdays from 4pm to 6pm and on Sundays from 11am to 3pm, supervised by Nan (Linda
Pascoe), who will fill in the contact book after every visit and give it to Priya each week. Mark moved
to Neil's flat on 20/01/2026, the day after the strategy discussion. Priya will visit 28 Quarry Bank
every week until the review conference, one visit in three unannounced, seeing Jaden and Mollie on
their own and recording what each of them says within 48 hours. Nan will have Jaden and Mollie after
school every Tuesday and Thursday until 6pm while Stacey works, and the school's collection sheet will
show her name on those days. Should Mark ask to come home before the review conference, the answer will
depend on what Ben's report and the parenting assessment say.

### Jaden's and Mollie's health and feelings

Ruth Obi, the school nurse, will give Jaden and Mollie a health check (height, weight, eyes and
hearing) by 17/02/2026 and send the results to Priya. She will also see Jaden for three sessions about
sleep and worry, one a fortnight from 24/02/2026, and record his own sleep score out of 10 in a note to
Priya after each. Jaden's referral to the school counsellor is to be made by Mrs Hartigan by
10/02/2026, with a copy kept on his safeguarding file. Ms Ferreira, the school counsellor, will see
Jaden every Thursday afternoon for twelve weeks from 19/02/2026 and share his SDQ scores from the
first and last sessions with Priya. Mr Patel will keep a daily note of how Mollie arrives and plays,
including any wetting, any marks and anything she says about being smacked, and Mrs Hartigan will send
a summary to Priya every Friday. Priya will do four sessions of direct work with Jaden, and two with
Mollie using her puppets, one every fortnight from 10/02/2026, keeping each child's words and drawings
on their file.

### Dad's mood and anger

Mark went to his GP in October 2025 and was prescribed citalopram, but he stopped taking it after six
weeks. Dr Naidoo, Mark's GP, will review Mark's mood and medication by 13/02/2026 and write to Priya
about how Mark's depression is affecting his patience with the children. Ardensholt Talking Therapies
will give Mark twelve weekly CBT sessions for low mood and anger from 11/02/2026, and Ben Whitlock will
write a report for the review conference by 14/04/2026 on what Mark has changed, whether he is likely
to be able to keep the children safe from his temper, and how long that is likely to take. Mark will
start the Calmer Dads course at the Family Hub on Tuesday 24/02/2026 and go every Tuesday evening for
ten weeks, and Keith Adams will send Priya the register and Mark's course workbook at the end. Mark
would like to go back to work in the spring, and has told Ben so.

### Home, routines and school

Stacey will get both children to school by 8.45am every school day, and Mrs Hartigan will send Priya
their attendance and any late marks every Friday. Keith Adams will do six weekly sessions with Stacey
at home from 09/02/2026 on bedtimes and on calm ways to handle Jaden's swearing and Mollie's tantrums,
sending Priya a note after each one of what Stacey tried and how it went. Priya will complete a
parenting assessment with Stacey and Mark by 03/04/2026, looking at what each of them understands
about why Jaden was hurt and how they will manage the children's behaviour without hitting, and she
will share the written report with them and the core group by 10/04/2026. PC Leanne Shaw will e-mail
Priya by 27/02/2026 with the outcome of the police investigation into Jaden's injury, and Priya will
put the e-mail on the children's file.

## If things go wrong

- If either child has a mark that is not clearly explained, or says that Mark (or anyone) has hit,
  grabbed or smacked them, Mrs Hartigan or Stacey will ring Priya (or the Emergency Duty Team out of
  hours) at once, and Priya will hold a strategy discussion with the police and health that day.
- If Mark comes to 28 Quarry Bank or is alone with the children, Stacey will ask him to leave and ring
  999 if he will not go; Priya will hold a strategy discussion the same day and ask Owen Marsh for a
  legal planning meeting within five working days.
- If Nan cannot supervise a contact, the contact does not happen, and Priya will arrange supervised
  contact at the Ardensholt Family Hub within a week. If Nan cannot have the children on a Tuesday or
  Thursday, they will go to the school's after-school club, where a back-up place is booked for those
  days, and Stacey will collect them there.
- If by the review conference Ben's report says Mark is not likely to change within the children's
  timescales, or the parenting assessment says the children cannot be kept safe, Priya will ask for a
  legal planning meeting to consider the Public Law Outline.

## Meetings

- Core group every three weeks at Hollins Lane Primary School at 3.30pm: 17/02/2026, 10/03/2026,
  31/03/2026 and 21/04/2026.
- Review child protection conference: Tuesday 28/04/2026 at 10am, Ardensholt Town Hall.

Plan sent to Stacey, Mark, Nan and every agency on 05/02/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. RCPC plan before a move to another authority, in two tables: "What must
#    not happen" (restrictions) and "What will be done". Faulty (pdf,
#    landscape, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b172_ashlingham_rcpc_plan_restrictions_table_then_actions_table_farnworth.pdf",
    "doc_title": "Child Protection Plan - Connor and Evie Farnworth",
    "split": "tune",
    "actions": 18,
    "landscape": True,
    "min_pages": 2,
    "header": "Ashlingham Metropolitan Borough Council - Child Protection Plan - RESTRICTED",
    "footer": "Connor and Evie Farnworth - review conference 21/01/2026 - Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-paged-landscape-header-footer-details-grid-why-what-changed-childrens-words-outcomes-then-part-1-what-must-not-happen-restrictions-table-no-restriction-who-until-how-checked-then-part-2-what-will-be-done-table-no-what-passive-by-when-evidence-before-a-move-to-another-authority-then-if-things-go-wrong-meetings",
    "description": (
        "Review conference plan for an 8-year-old and a 2-year-old living with their mother after "
        "domestic abuse by the younger child's father, who is under a non-molestation order; the "
        "family is about to move to a housing association home in another authority. The plan is in "
        "two tables: 'Part 1: What must not happen', restrictions and negative commitments with who "
        "they apply to, until when and how they will be checked, and 'Part 2: What will be done', "
        "with passive and nominalised actions and a 'By' column ('Weekly visits to be undertaken ...', "
        "'A referral ... is to be completed'). Faults: 'Family' owning the restriction on talking about "
        "the court case in front of the children; the IDVA's support 'Ongoing'; the direct work "
        "measured by 'Improvement in Connor's confidence'; a CAMHS referral with '-' for who; the "
        "parenting assessment paused and handed to the receiving authority; and the next review being "
        "a transfer-in conference whose date is to be confirmed."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Review child protection conference held on Wednesday 21/01/2026 at Ashlingham Civic Hall. "
              "Chair: Yvonne Strachan (Independent Reviewing Officer)."),
        ("table", {
            "widths": [4.2, 8.65, 4.2, 8.65],
            "bold_first_col": True,
            "rows": [
                ["Children", "Connor Farnworth, born 03/07/2017 (8), Year 4, Ashlingham Junior School; Evie "
                             "Farnworth-Doyle, born 15/11/2023 (2)",
                 "Category", "Emotional abuse (both children), since the initial conference on 15/10/2025"],
                ["Mother", "Leanne Farnworth (30), 16 Birch Terrace, Ashlingham AS7 3DQ",
                 "Social worker", "Hannah Blake, Ashlingham Children's Services, Family Safeguarding Team "
                                  "(team manager: Tom Dewhurst)"],
                ["Evie's father", "Shane Doyle (33). Non-molestation order made 11/11/2025, in force until "
                                  "10/11/2026",
                 "Connor's father", "Martin Glover, lives in Spain; no contact since 2020"],
                ["Maternal grandmother", "Carol Farnworth (57), 2 Elm Row, Ashlingham",
                 "Moving", "Leanne has accepted a housing association tenancy in Brackenmoor (Brackenmoor "
                           "Council). Expected move: 23/02/2026"],
            ],
        }),
        ("h2", "Why Connor and Evie have a plan"),
        ("p", "In October 2025 Shane Doyle strangled Leanne in the kitchen while Connor watched from the "
              "stairs and Evie was in her highchair. Connor ran to a neighbour's house to get help. There "
              "had been five police call-outs to Birch Terrace in 2025. Shane was convicted of assault in "
              "December and Leanne obtained a non-molestation order. Connor has had nightmares and has "
              "started wetting the bed again, and Evie screams when a man raises his voice."),
        ("h2", "What has changed since the initial conference"),
        ("p", "Leanne has not let Shane back into the house and rang the police herself when he came to the "
              "door on 02/12/2025; he was arrested for breaching the order. She has been to 8 of the 12 "
              "Freedom Programme sessions. Connor's attendance is 97%. Evie started at Little Wrens Nursery "
              "in January. The parenting assessment started in December and two of its six sessions have "
              "taken place. Leanne was offered the Brackenmoor tenancy on 12/01/2026, away from Shane's "
              "family, and has accepted it."),
        ("h2", "What Connor says, and how Evie is"),
        ("p", "Connor (seen on his own by Hannah at school, 13/01/2026): \"I still dream about the kitchen.\" "
              "\"Mum's better now, she laughs more.\" \"I want to move so Shane can't find us, but I'll miss "
              "Nana Carol.\" He scored how safe he feels at home as 7 out of 10, up from 4 in October. "
              "Evie is two and says a few words. At nursery she plays happily with the home corner, but "
              "when a dad shouted in the car park on 09/01/2026 she hid behind her key worker and cried "
              "for ten minutes."),
        ("h2", "What we want for Connor and Evie"),
        ("numbers", [
            "Connor and Evie live safely, away from Shane Doyle, and do not see or hear adults fighting.",
            "Connor sleeps through the night without nightmares or wetting, and can talk about his worries "
            "with an adult he trusts.",
            "Evie's speech and play are on track, and she feels safe when adults raise their voices.",
            "The move to Brackenmoor happens without Connor and Evie losing their school, nursery or help.",
        ]),
        ("h2", "The plan - Part 1: What must not happen"),
        ("p", "These restrictions were agreed at the conference. Each one says who it applies to, until "
              "when, and how it will be checked."),
        ("table", {
            "header": ["No.", "What must not happen", "Who", "Until", "How it will be checked"],
            "widths": [1.3, 8.2, 4.4, 4.3, 7.5],
            "rows": [
                ["1.1", "Shane Doyle will not contact Connor or Evie in any way (in person, by phone or "
                        "online), or come to Birch Terrace, the school or the nursery",
                 "Shane Doyle (as the non-molestation order says)",
                 "10/11/2026, when the order ends",
                 "Any breach reported to police on 999 the same day; PC Ben Jarvis (Domestic Abuse Unit) "
                 "tells the social worker of every reported breach within 24 hours"],
                ["1.2", "Leanne will not let Shane into the house, meet him with the children, or pass "
                        "messages between him and Connor",
                 "Leanne Farnworth",
                 "While the order is in force (until 10/11/2026)",
                 "Connor asked on his own at every social work visit; police call-out records checked by "
                 "the social worker before each core group"],
                ["1.3", "Evie will not be left in the care of Jade Kirby, who lives with Shane's brother",
                 "Leanne Farnworth",
                 "From 21/01/2026",
                 "The nursery's collection list names only Leanne and Carol; nursery rings the social worker "
                 "if anyone else comes"],
                ["1.4", "No one will talk about Shane, the court case or the fighting in front of Connor "
                        "or Evie",
                 "Family",
                 "Until 10/11/2026",
                 "Connor tells the social worker in his direct work sessions whether anyone has talked "
                 "about it"],
            ],
        }),
        ("h2", "The plan - Part 2: What will be done"),
        ("table", {
            "header": ["No.", "What will be done", "By", "When", "Evidence"],
            "widths": [1.3, 8.7, 4.6, 4.3, 6.8],
            "rows": [
                ["2.1", "Weekly visits to be undertaken, at least one in three unannounced, seeing Connor on "
                        "his own and Evie with Leanne",
                 "Social worker (Hannah Blake)",
                 "Every week until the transfer-in conference",
                 "Visit records within 48 hours, with Connor's own words"],
                ["2.2", "A referral to Ashlingham Safe Futures for an IDVA for Leanne is to be completed",
                 "Social worker (Hannah Blake)",
                 "By 28/01/2026",
                 "The IDVA's first contact with Leanne confirmed to the social worker in writing"],
                ["2.3", "Safety planning and support for Leanne around Shane, the court case and the move",
                 "Safe Futures IDVA (Kim Oduya)",
                 "Ongoing",
                 "A copy of Leanne's written safety plan sent to the social worker after each update"],
                ["2.4", "Health and development review of Evie, including her speech",
                 "Health visitor (Rachel Amos, Ashlingham 0-19 Service)",
                 "By 27/02/2026",
                 "ASQ-3 scores and the health visitor's letter shared with the core group"],
                ["2.5", "Evie's nursery place at Little Wrens to be taken up on Monday, Wednesday and Friday "
                        "mornings",
                 "Leanne",
                 "From 02/02/2026",
                 "Nursery register, sent to the social worker every Friday"],
                ["2.6", "Daily check-in with the learning mentor, Mr Pryce, at the start of the school day",
                 "Ashlingham Junior School (DSL Mrs Okoro)",
                 "Every school day until the move",
                 "Check-in log e-mailed to the social worker every Friday"],
                ["2.7", "The last four sessions of the Freedom Programme",
                 "Leanne",
                 "Thursdays at 10am, 22/01/2026 to 12/02/2026",
                 "Attendance register and certificate sent to the social worker"],
                ["2.8", "Direct work with Connor about what happened at home and his worries, using Three "
                        "Houses and his worry monster",
                 "Social worker (Hannah Blake)",
                 "Fortnightly, four sessions from 26/01/2026",
                 "Improvement in Connor's confidence"],
                ["2.9", "A referral to CAMHS for Connor's nightmares and bed-wetting to be made",
                 "-",
                 "By 30/01/2026",
                 "CAMHS acceptance letter on file"],
                ["2.10", "The remaining sessions of Leanne's parenting assessment are paused because of the "
                         "move, and will be taken on by Brackenmoor Children's Services",
                 "Brackenmoor Children's Services (receiving authority)",
                 "Within 4 weeks of the transfer-in conference",
                 "Assessment report to the Brackenmoor core group"],
                ["2.11", "Joint home visit with the Brackenmoor social worker, and the case records sent to "
                         "Brackenmoor",
                 "Social worker (Hannah Blake)",
                 "By 27/02/2026",
                 "Joint visit record on file; Brackenmoor confirms in writing that the records have arrived"],
                ["2.12", "Transfer-in conference to be requested from Brackenmoor, with this plan, the "
                         "chronology and the latest reports",
                 "Team manager (Tom Dewhurst)",
                 "Within 5 working days of the move",
                 "Brackenmoor's letter confirming that the request has been received"],
                ["2.13", "School place applications for Connor in Brackenmoor, and Connor's school records "
                         "passed on",
                 "Leanne, with help from the social worker",
                 "Before the move (by 20/02/2026)",
                 "School place offer letter shown to the social worker"],
                ["2.14", "Collection of Evie from nursery at 12 noon, and lunch at Carol's house",
                 "Carol Farnworth (maternal grandmother)",
                 "Every Monday and Wednesday until the move",
                 "Nursery collection log"],
            ],
        }),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If Shane comes to the house, contacts Leanne or the children, or is seen near the school or "
            "nursery: Leanne rings 999 and police attend and arrest him for breaching the order; the social "
            "worker holds a strategy discussion with police and health the same day.",
            "If Leanne lets Shane into the house or takes the children to see him, the social worker will "
            "ask Tom Dewhurst for a legal planning meeting within five working days.",
            "If Carol cannot collect Evie, Leanne collects her at 12 noon; the nursery rings the social "
            "worker if no one has come by 12.30pm.",
            "If Connor says that anyone in the family has talked about Shane or the court case in front "
            "of him, the social worker will see that person within a week; if it happens again, that "
            "person's time with the children will be supervised at Ashlingham Family Centre.",
            "If Connor or Evie is hurt, or says that Shane has been in touch, the school or nursery rings "
            "the social worker (or the Emergency Duty Team) at once and the children stay with Carol at "
            "2 Elm Row until a strategy discussion has decided what happens next.",
        ]),
        ("h2", "Core group and review"),
        ("p", "Core group every four weeks at Ashlingham Junior School, Wednesdays at 3.45pm: 04/02/2026, "
              "then in Brackenmoor after the move."),
        ("p", "Next review: the transfer-in conference in Brackenmoor, date to be confirmed by Brackenmoor "
              "Council."),
        ("p", "Plan agreed at the review conference and sent to Leanne, Carol and every agency on "
              "23/01/2026."),
    ],
    "findings": [
        F("W002", "No one will talk about Shane, the court case or the fighting"),
        F("T002", "Safety planning and support for Leanne around Shane"),
        F("M002", "Direct work with Connor about what happened at home"),
        F("W001", "A referral to CAMHS for Connor's nightmares and bed-wetting"),
        F("X001", "sessions of Leanne's parenting assessment are paused because of the move"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. The social worker's plan letter to a father after the initial
#    conference: "I" and "you" sentences in a numbered list. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b172_averdale_icpc_plan_letter_to_father_i_and_you_brightwell.docx",
    "doc_title": "Letter to Lee Brightwell - Skye's child protection plan",
    "split": "tune",
    "actions": 13,
    "template": "sw-plan-letter-docx-to-father-after-icpc-right-aligned-sender-lines-address-lines-dear-lee-i-means-me-you-means-you-plain-headings-why-we-met-going-well-what-skye-told-me-what-we-want-then-what-will-happen-numbered-list-of-i-you-and-named-owner-sentences-with-a-had-you-been-well-paragraph-then-if-things-go-wrong-bullets-meetings-yours-sincerely",
    "description": (
        "Exemplary letter from the social worker to a father after the initial child protection "
        "conference for his 10-year-old daughter. He has a psychotic illness; in December he stopped "
        "his injections, became convinced the neighbours were poisoning the water, taped the windows "
        "and kept her off school for eight days until she rang her aunt. The letter says 'I' means the "
        "social worker and 'you' means Lee, and the plan is a numbered list of 'I will ...', 'You will "
        "...' and named people's sentences (his injections, the care coordinator's visits with a "
        "written view of whether he is making the changes needed, the psychiatrist's report on his "
        "prognosis and likely ability to care for Skye, a negative commitment not to keep Skye off "
        "school, the aunt's weekends and the grandfather's school pick-ups), followed by a 'Had you "
        "been well in December ...' paragraph that is not an action. The contingency covers his "
        "relapse and the relatives' help failing and names legal planning; core groups and the review "
        "are dated."
    ),
    "blocks": [
        ("pr", "Averdale Council - Children's Services"),
        ("pr", "Child Protection Team West, Riverside House, Averdale AV1 3QS"),
        ("pr", "29/01/2026"),
        ("p", ""),
        ("pl", "Mr Lee Brightwell"),
        ("pl", "17 Copse Lane"),
        ("pl", "Averdale AV4 8HT"),
        ("p", ""),
        ("p", "Dear Lee,"),
        ("boldp", "Skye's child protection plan"),
        ("p", "Thank you for coming to the initial child protection conference on Tuesday 27/01/2026, and for "
              "being so honest about December. I am writing to set out the plan the conference agreed, in "
              "plain words, so that you have it at home. In this letter \"I\" means me, Nadia Haq, Skye's "
              "social worker, and \"you\" means you, Lee."),
        ("h2", "Why we met"),
        ("p", "In December you stopped having your injections. You became sure that the neighbours were "
              "putting something in the water. You taped up the windows, made Skye drink only bottled "
              "water, and kept her off school for eight days. On 15/12/2025 Skye rang your sister Dawn and "
              "said she was scared. You were admitted to the Elmfield Unit that night and stayed for three "
              "weeks, and Skye stayed with Dawn. You came home on 05/01/2026 and Skye came home on "
              "12/01/2026. The conference agreed that Skye needs a child protection plan under the category "
              "of neglect, because when you are unwell you cannot see to her needs and she is frightened "
              "and alone."),
        ("h2", "What is going well"),
        ("bullets", [
            "You have had your injection on time since you came home and you talk openly with Joel about "
            "how you are.",
            "Skye is back at school every day and her teacher says she is \"her old self\" in class.",
            "Dawn and your dad, Ron, are close by and Skye loves being with them.",
            "Skye knew to ring Dawn when she was scared, and she did.",
        ]),
        ("h2", "What Skye told me"),
        ("p", "I saw Skye on her own at school on 20/01/2026. She said: \"Dad's nice when he's well. When he's "
              "poorly he thinks people are after us and I'm not allowed out.\" \"I didn't like the tape on "
              "the windows. It was dark all the time.\" \"I want to stay with Dad but I want someone to "
              "check on him.\" She scored how safe she feels at home now as 8 out of 10, and in December as "
              "2. She would like to go to her street dance class again on Saturdays."),
        ("h2", "What we all want for Skye"),
        ("numbers", [
            "Skye lives with a dad who is well enough to look after her, and she goes to school every day.",
            "Skye knows the signs that you are becoming unwell, and knows who to ring and where to go if "
            "that happens.",
            "Skye is never shut in, kept off school or stopped from seeing her family because of your "
            "illness.",
            "Skye has time to be ten: her dance class, her friends and her own worries listened to.",
        ]),
        ("h2", "What will happen"),
        ("numbers", [
            "You will have your paliperidone injection at the Averdale Community Mental Health Team clinic "
            "every four weeks, on the dates on your card (the next is 10/02/2026), and you have agreed that "
            "Joel can tell me each time whether you have had it.",
            "Joel Mensah, your care coordinator at the Community Mental Health Team, will visit you at home "
            "every two weeks until the review conference and go through your early warning signs with you. "
            "After each visit he will write to me about how you are and whether you are making the changes "
            "needed to care for Skye safely.",
            "Dr Ruth Adeleke, your consultant psychiatrist, will see you in clinic by 24/02/2026 and write a "
            "report for the core group on your illness, how likely it is to come back, what helps you stay "
            "well, and whether you are likely to be able to care for Skye safely over the next year.",
            "I will visit you and Skye at home every week until the review conference, at least one visit "
            "in three unannounced. I will see Skye on her own each time and write down what she says within "
            "two working days.",
            "Mrs Gemma Hale, the Designated Safeguarding Lead at Averdale Meadows Primary, will ring you if "
            "Skye is not in school by 9.15am, and ring me if she cannot reach you by 10am, every school "
            "day; each call will be on the school's first-day call log, which she will send me every "
            "Friday.",
            "You will not keep Skye off school, or stop her going out or seeing Dawn and Ron, because of "
            "worries about the water, the neighbours or anything else, from 27/01/2026 until the review "
            "conference. Skye's attendance and what she tells me on my visits will show this.",
            "Dawn will have Skye to stay every other weekend, from Friday after school until Sunday at 5pm, "
            "starting on 06/02/2026, and she will text me on the Sunday evening to say how the weekend went "
            "and anything Skye said.",
            "Your dad, Ron Brightwell, will collect Skye from school on Tuesdays and Thursdays and give her "
            "tea at his house until you pick her up at 6pm; the school's collection sheet will show this.",
            "Priti Shah, from the Averdale Young Carers service, will see Skye at school every other "
            "Wednesday for six sessions from 11/02/2026 and share Skye's own worry scores with me after each "
            "session.",
            "I will do three sessions of direct work with Skye by 13/03/2026, to help her understand your "
            "illness and to make her own safety plan; copies of her plan will be kept at school and at "
            "Dawn's.",
            "You and I will write a family staying-well plan with Joel by 20/02/2026, setting out your early "
            "warning signs, what Skye should do if she sees them and who she can ring; all three of us will "
            "sign it, and Skye will have her own copy.",
            "Lisa Cole, family support worker at Averdale Family Hub, will work with you at home every "
            "Wednesday for eight weeks from 04/02/2026 on Skye's routines (meals, bedtime and homework), "
            "and will send me a note after each session of what you did together.",
            "I will complete a parenting assessment with you by 27/03/2026 and share the written report, "
            "with my recommendation for Skye, with you and the core group before the review conference.",
        ]),
        ("p", "You told me you would like Skye to go on the Year 5 residential trip in June. Had you been well "
              "in December, she would have gone on the school's pantomime trip too, and I know that upset "
              "you both."),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If you miss your injection, or Joel, Dawn, Ron or the school see any of your early warning "
            "signs (not sleeping, talking about the water or the neighbours, covering the windows), Joel "
            "will see you within 24 hours, and Skye will stay at Dawn's, 14 Larch Drive, from that evening "
            "until Joel and I agree she can come home.",
            "If you are too unwell to care for Skye, or Skye rings anyone to say she is frightened, she will "
            "go to Dawn's that day, and I (or the Emergency Duty Team out of hours) will hold a strategy "
            "discussion with the police and health the same day.",
            "If Dawn cannot have Skye, she will go to Ron's. If neither of them can, Skye will stay with "
            "approved foster carers in Averdale until it is safe for her to come home, and I will tell "
            "Skye's mum, Donna Reeve, that day.",
            "If Dawn or Ron cannot do a weekend or a school pick-up, they will tell me the same day. Skye "
            "will go to the school's after-school club, which is holding a place for her on Tuesdays and "
            "Thursdays, and I will visit you both that weekend.",
            "If you stop your injections, if Skye is kept off school again because you are unwell, or if Dr "
            "Adeleke's report says you are unlikely to be able to care for Skye safely, I will ask my "
            "manager, Colin Webb, for a legal planning meeting within five working days.",
        ]),
        ("h2", "Meetings"),
        ("p", "Core group meetings will be every four weeks at Averdale Meadows Primary at 3.45pm: Tuesday "
              "10/02/2026, then 10/03/2026 and 07/04/2026. You, Dawn and Ron are all invited."),
        ("p", "The review child protection conference will be on Tuesday 21/04/2026 at 10am at Riverside "
              "House."),
        ("p", "If anything in this letter is wrong, or you do not understand it, please ring me on 01632 960 "
              "412."),
        ("p", "Yours sincerely,"),
        ("pl", "Nadia Haq"),
        ("pl", "Social worker, Child Protection Team West, Averdale Council"),
        ("p", ""),
        ("p", "Copies to: Skye's mum, Donna Reeve; Dawn Brightwell; Ron Brightwell; everyone at the "
              "conference."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Core group record: review of the last actions, agency updates in
#    reported speech, then agreed actions in the grammar of minutes. Faulty
#    (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b172_amblestow_core_group_record_agreed_actions_minutes_pennington.md",
    "split": "tune",
    "actions": 15,
    "template": "core-group-2-record-md-meeting-table-present-apologies-then-last-actions-done-not-done-table-then-updates-in-reported-speech-by-person-childrens-words-going-well-worries-scaling-outcomes-then-agreed-actions-numbered-reported-speech-said-he-would-agreed-to-confirmed-it-was-agreed-that-with-background-and-wish-paragraph-then-contingency-next-meetings",
    "description": (
        "Record of the second core group for a 13-year-old young carer and her 5-year-old brother whose "
        "mother drinks. After a table of the last meeting's actions marked done or not done, agency "
        "updates in reported speech, the children's words and scaling, the plan is a numbered list of "
        "'Agreed actions' in the grammar of minutes ('Sam said she would ...', 'Bev Walsh agreed to "
        "...', 'Mr Adeyemi confirmed the Academy will ...', 'It was agreed that Sharon would ...', "
        "'Sharon agreed that she will not drink ...'), followed by a paragraph of background and a "
        "wish that are not actions. Faults: 'All agencies' telling the social worker if Kacey is left "
        "in charge of Riley; breaks at the young carers club 'as required'; mentoring 'ongoing'; the father's "
        "weekends with no measure; a dentist registration with no time; young carers' sessions whose "
        "success is 'Kacey's engagement'; a contingency that only says the core group will meet to "
        "review and consider next steps; and no legal planning anywhere."
    ),
    "text": """\
# Amblestow Council - Children's Services

## Core group meeting record

| | |
|---|---|
| **Children** | Kacey Pennington, born 04/04/2012 (13), Year 9, Amblestow Academy; Riley Pennington, born 19/08/2020 (5), Year 1, Moorside Infant School |
| **Home** | 31 Kiln Street, Amblestow AB3 6FW, with Mum (Sharon Pennington) and her partner, Wes Tandy |
| **Plan** | Child protection plans (neglect) since the initial conference on 13/01/2026 |
| **Meeting** | Core group 2, Tuesday 10/02/2026, 3.30pm, Amblestow Academy |
| **Chair** | Sam Gilchrist, social worker |

**Present:** Sam Gilchrist (social worker), Sharon Pennington (Mum), Wes Tandy, Darren Pennington (Dad),
Mr Tunde Adeyemi (Head of Year 9, Amblestow Academy), Ms Zanele Dlamini (learning mentor, Amblestow
Academy), Mrs Janet Crossley (Riley's class teacher, Moorside Infant School), Bev Walsh (school nurse,
Amblestow 0-19 Service), Kelly Marsh (recovery worker, Horizons Amblestow drug and alcohol service),
Josie Lane (Amblestow Young Carers).

**Apologies:** Dr Colm Byrne (GP).

### 1. Actions from the last core group (13/01/2026)

| Action | Who | Done? |
|---|---|---|
| Referral to Amblestow Young Carers for Kacey | Sam | Done, 20/01/2026 |
| Referral to Horizons for Sharon | Sam | Done, 14/01/2026; first appointment 27/01/2026 |
| Register Riley with a dentist | Sharon | Not done: agreed again below |
| School nurse health check for Riley | Bev | Not done: booked, agreed again below |
| Attendance figures to Sam each week | Mr Adeyemi | Done, every Friday |

### 2. Updates

**Sharon** said things had been "calmer" since the conference. She said she was drinking "a few cans" on
three or four nights a week, down from every night, and that she had not drunk during the day since
Christmas. She said she relies on Kacey "too much" and wants that to stop.

**Kelly (Horizons)** said Sharon had been to her assessment on 27/01/2026 and two key-work sessions since.
Her AUDIT score at assessment was 24 (possible dependence). Her breath tests on 03/02/2026 and 10/02/2026
were 0.00.

**Mr Adeyemi** said Kacey's attendance this half term was 84%, with most absences on Mondays and Fridays.
Her form tutor had seen her falling asleep in lessons. She had not handed in any homework since
Christmas.

**Mrs Crossley** said Riley was in school every day but usually late, and on four days had come in
without breakfast. His reading is behind. He talks about Kacey "doing my tea".

**Bev** said Riley's health check was booked for 12/02/2026; the January one was missed because Riley
was off school.

**Josie (Young Carers)** said Kacey had been to one group session and "came out of her shell" by the
end. She had said she could not come again on a Friday because she had to get Riley.

**Darren** said he would like to have the children more often and had a spare room now.

### 3. What Kacey and Riley say

Kacey met Sam on her own on 05/02/2026: "I don't mind helping with Riley but I never get to do
anything." "When Mum's had a drink she falls asleep and I do Riley's tea and bath." "I want to go back
to netball." She scored home 5 out of 10.

Riley drew his family for Mrs Crossley: Kacey was the biggest person in the picture. He said "Kacey
reads me a story. Mummy sleeps on the sofa."

### 4. What is going well, and what we are still worried about

Going well: Sharon has started at Horizons and her two breath tests were clear. Riley is in school every
day. Darren wants to do more.

Worries: Kacey is still caring for Riley most evenings and her school work and attendance are falling.
Riley comes to school hungry and late. Sharon is still drinking several nights a week.

Scaling (0 = the children are not safe, 10 = no need for a plan): Sharon 7, Wes 7, Darren 5, agencies
between 3 and 5.

### 5. What needs to be different for Kacey and Riley (from the plan)

1. Kacey goes to school every day, is not left in charge of Riley, and has time for netball and her
   friends.
2. Riley gets to school on time and fed, and catches up with his reading.
3. Kacey and Riley are looked after every evening by an adult who is sober.

### 6. Agreed actions

1. Sam said she would visit every week until the review conference, at least one visit unannounced
   each fortnight, and see Kacey and Riley on their own, writing up what each of them says within two
   working days.
2. Bev Walsh, the school nurse, agreed to complete Riley's health check (height, weight, eyes and
   teeth) by the February half term and send the results to Sam.
3. Mr Adeyemi confirmed the Academy will ring Sharon by 9.30am on any day Kacey is not in school, and
   will e-mail Sam Kacey's attendance every Friday.
4. Sharon said she would go to her key-work session at Horizons every Tuesday at 10am and take a breath
   test each time; Kelly will send Sam the results every Friday.
5. Kelly Marsh (Horizons) agreed to write a report on Sharon's drinking and her progress, with her
   AUDIT scores and breath test results, by 20/03/2026 for the review conference.
6. Sharon agreed that she will not drink on any day she is looking after Riley on her own, and that no
   alcohol will be kept in the house, from today until the review conference; Sam will check at her
   unannounced visits, and the Horizons breath tests will be 0.00.
7. Wes said he would walk Riley to Moorside Infants every Tuesday morning while Sharon is at Horizons,
   and Mrs Crossley will note on the class register who brings him.
8. All agencies will tell Sam on the same day if they hear that Kacey has been left in charge of
   Riley after school, and each report will be logged on the children's chronology.
9. Sam will arrange breaks for Kacey at the Amblestow Young Carers club as required, and Josie will
   send Sam a note of each session Kacey attends.
10. Ms Dlamini will carry on her mentoring sessions with Kacey, ongoing, and Kacey's own scores out of
    ten for how school is going will be written in her mentoring book.
11. Darren said he would have Kacey and Riley to stay at his flat every other weekend from Friday
    13/02/2026.
12. It was agreed that Sharon would register Riley with a dentist and show Sam the registration letter.
13. Josie Lane (Amblestow Young Carers) will see Kacey at school every other Monday from 16/02/2026;
    success will be Kacey's engagement with the group.
14. Sam will complete the parenting assessment of Sharon and Wes by 13/03/2026 and share the report with
    them and the core group before the review conference.
15. Mrs Crossley will keep a note each day of whether Riley comes in fed, clean and on time, and
    Moorside Infant School will send it to Sam every Friday.

Sharon went to two Horizons group sessions in January, before her key work started. If the Horizons
report in March is good, Sharon would like to try the Family Hub's cooking group with Riley.

### 7. Contingency

If things do not improve, or there are further concerns about Sharon's drinking, the core group will meet
early to review the plan and consider what needs to happen next.

### 8. Next meetings

- Core group 3: Tuesday 10/03/2026 at 3.30pm, Amblestow Academy; then every four weeks.
- Review child protection conference: Tuesday 07/04/2026 at 1.30pm, Amblestow Civic Centre.

Record written by Sam Gilchrist on 11/02/2026 and sent to everyone present and to Dr Byrne.
""",
    "findings": [
        F("W002", "All agencies will tell Sam on the same day"),
        F("T002", "Sam will arrange breaks for Kacey at the Amblestow Young Carers"),
        F("T002", "Ms Dlamini will carry on her mentoring sessions with Kacey, ongoing"),
        F("M001", "Darren said he would have Kacey and Riley to stay"),
        F("T001", "It was agreed that Sharon would register Riley with a dentist"),
        F("M002", "Josie Lane (Amblestow Young Carers) will see Kacey at school"),
        F("C002"),
        F("R002"),
    ],
})
