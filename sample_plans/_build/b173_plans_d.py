"""Batch 173, module d: seven fictional plans (held-out material), places beginning with "d".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Any likeness to real people
or cases is a coincidence. Labels were written by hand from docs/rules.md and
the labelling conventions in sample_plans/README.md (1 to 13), without
running, importing or reading planlint.

Split: heldout (every plan).

Focus: who does what, when and how we will know, written in the grammar of
real minutes and reports. Each plan is in a template of its own, and the
craft is in the grammar of each action: passive and nominalised actions with
the owner given somewhere in the sentence or row ("Weekly unannounced visits
to be undertaken by SW", "Completion of the parenting assessment ...",
"(lead: Dunmarsh Drug and Alcohol Service)") or not at all; the reported
speech of minutes ("Shannon said she will not let Craig into the house",
"Ms Patel confirmed school will ...", "TO confirmed that the Recovery
Service will ..."); a letter's "I will", "Lorna, you said you will" and
"She will"; restrictions and negative commitments as real actions ("Craig
agreed that he will not see Maisie except at ...", "Jamie, you will not
...", "No care of Kwame or Abena by Kofi on his own ..."); and sentences
that are not actions at all but history, wishes or conditions ("Anna went
to her first appointment ...", "Zofia would like ...", "If the routine
works well, Anna hopes ...", "Had the school been told ..."). Times are in
words as well as dates ("within a fortnight of the conference", "by the
February half term", "every other Thursday until she is 12 months old",
"fortnightly until the review", "from the day of this conference"). In the
four faulty plans a few owners are collective or missing ("the family",
"Family", "All professionals", "All agencies", a passive with no agent, a
"-" Who cell), a few times are unreal ("as and when he could", "asap",
"as required", "ASAP", "Ongoing", "once the family has settled") or absent,
and a few measures are vague ("keep an eye on ... and feed back at core
group", "monitored", "Engagement with the IDVA", "Engagement") or absent.

The seven plans:

1. b173_dunholme_icpc_minutes_decisions_reported_speech_whitcombe.docx
   Minutes of an initial conference (domestic abuse, the mother's
   depression, her ex-partner's drinking): attendance table with initials,
   numbered minutes with agency reports in reported speech, the parents'
   and children's views, analysis and decision, then the plan as numbered
   minutes 10.1 to 10.16 ("It was agreed that ...", "Craig agreed that he
   will not ...", "The HV agreed to ..."). Faults: the father's drop-in "as
   and when he could" (T002); the care coordinator only supporting the
   mother, measured by attendance letters (H001); a passive Freedom
   Programme referral with no agent (W001); the school's counselling
   referral with no time (T001); the school nurse to "keep an eye on"
   Riley "and feed back at core group" (M002); "the family" keeping the
   children from Craig (W002); no legal planning anywhere (R002).
2. b173_drayfield_rcpc_sw_report_to_chair_nominalised_plan_mensah.pdf
   The social worker's report to the chair of a review conference (a
   father's drinking, neglect at night), with a progress table by the
   first conference's outcomes, a recommendation, and a proposed plan of
   nominalised actions ("Continuation of ...", "Completion of ...", "No
   care of ... by Kofi on his own ...") with Lead / Timescale / How
   progress will be evidenced columns; page header and footer. Exemplary.
3. b173_dewsholt_plan_typed_by_admin_from_sw_notes_haworth.txt
   An initial conference plan typed by business support from the social
   worker's handwritten notes: a key of abbreviations, clipped notes, and
   fifteen clipped numbered action lines ("Wkly unannounced visits to be
   undertaken by SW - ..."). Faults: the speech and language referral
   "asap" (T002); a nursery place "to be found" with no one named and no
   time (W001, T001); the grandmother's help "as required" (T002); "Family"
   owning safe sleep (W002); the mother's mood "to be monitored by GP
   monthly" (M002); a contingency of "if things get worse" and "will be
   considered" (C002) with no fallback if the grandmother's help fails
   (C003); the review conference "date TBC" (R001).
4. b173_dalesby_cp_plan_narrative_paragraph_per_area_kowalczyk.md
   An initial conference plan written as a narrative paragraph for each
   part of a 10-year-old's life (safety at home, her mother's health, her
   day, school, time with her dad), every action a full sentence with its
   owner, time and check, mixed with sentences of history, wishes and
   conditions that are not actions; the mother's depression and drinking
   with the mental health team asked for its view on capacity to change.
   Exemplary.
5. b173_dunmarsh_icpc_worry_table_owner_inside_action_cell_carter.pdf
   An initial conference plan after domestic abuse and the father's cocaine
   use, a landscape table whose first column is the worry (merged down)
   and whose action cells carry their own owner ("... by the IDVA",
   "(lead: ...)", "... made by the SW", "Josh will not ..."), with When and
   How we will know columns; page header and footer. Faults: IDVA work
   measured by "Engagement with the IDVA" (M002); direct work with the
   older child with no owner anywhere (W001); immunisations "ASAP" (T002);
   attendance "to be monitored by school", "Ongoing", "Monitored" (T002,
   M002); "all professionals" passing on worries (W002); an outcome about
   the mother only (F002); the paternal grandparents supervise contact and
   the contingency says nothing if they cannot (C003).
6. b173_denbury_rcpc_plan_letter_i_you_she_will_tierney.docx
   The social worker's letter to both parents after a review conference
   (a father's cannabis and cocaine use, the mother's postnatal
   depression): "What I will do", "What you have agreed to do" (each "you"
   named), "What other people have agreed to do" with "She will" and "He
   will" pointing back, the perinatal team and drug service reporting on
   change. Exemplary.
7. b173_dinsford_core_group_record_move_to_eldmoor_agreed_actions_maguire.md
   A third core group's record for a 13- and a 9-year-old whose mother
   drinks, as the family prepares to move to another authority: agency
   updates in reported speech, the children's words, scaling, the move,
   then an agreed actions table (No. / Action / By whom / By when / How we
   will know) of nominalised rows. Faults: the young carers' referral
   handed to the new authority "once the family has settled" (X001, T002);
   the parenting assessment paused for the new authority (X001); the
   counselling measured by "Engagement" (M002); "All agencies" passing on
   worries (W002); the aunt's teas with "-" for how we will know (M001);
   the new school place with "-" for by whom (W001); the review conference
   cancelled and the transfer-in conference "date to be confirmed" (R001).

Three plans (2, 4 and 6) are exemplary: every action has a named owner (a
person, a role, an agency, "I" in the letter, "you" said to a named parent,
a pronoun pointing back inside the same item), a real timescale and
something that can be seen, counted or read; every outcome is about the
children; each contingency has specific triggers and protective responses,
says what happens if a relative's help fails, and leads to a legal planning
meeting after named triggers and insufficient progress; each records the
children's words and lived experience, core group dates and a dated review
conference; an adult service owns actions wherever a parent is ill or uses
alcohol or drugs; and every adult mental health service is asked for its
view of the parent's capacity to change and how long it will take.

Counting convention used for "actions" (README convention 1): each numbered
minute of the minutes' plan part (10.1 to 10.16), each row of an action
table, each numbered line of the typed plan, each numbered item of the
letter (whatever number of sentences it holds), and each sentence in the
narrative plan's paragraphs that commits someone to do something. Not
counted: attendance, agency reports, views, analysis, the progress table of
the report to the chair, scaling, outcomes, contingency, meeting dates, and,
in the narrative plan, the sentences of history, wishes and conditions
(they commit no one).
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Minutes of an initial conference, the plan as numbered decision minutes
#    in reported speech. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b173_dunholme_icpc_minutes_decisions_reported_speech_whitcombe.docx",
    "doc_title": "Minutes of Initial Child Protection Conference - Riley and Maisie Whitcombe",
    "split": "heldout",
    "actions": 16,
    "template": "icpc-minutes-docx-kv-then-attendance-table-name-role-initials-numbered-minute-headings-reason-agency-reports-in-reported-speech-parents-views-childrens-views-analysis-decision-outcomes-then-agreed-plan-as-typed-numbered-minutes-10-1-to-10-16-it-was-agreed-x-said-he-would-x-confirmed-school-will-then-contingency-core-group-review",
    "description": (
        "Minutes of an initial child protection conference for an 8-year-old and a 3-year-old after "
        "domestic abuse by the younger child's father, who drinks; their mother has depression and "
        "anxiety and is under the community mental health team. The minutes hold an attendance table "
        "with initials, agency reports and parents' views in reported speech, the children's words, "
        "an analysis and the decision; the plan is a run of numbered minutes in the grammar of "
        "minutes ('It was agreed that ...', 'Shannon said she will not let Craig into the house ...', "
        "'TO confirmed that the Recovery Service will ...', 'Ms Patel confirmed school will ...'). "
        "Most minutes are sound. Faults: the father's drop-in 'as and when he could'; the care "
        "coordinator only supporting the mother, measured by attendance letters; a passive Freedom "
        "Programme referral with no agent; the school's counselling referral with no time; the school "
        "nurse to 'keep an eye on' Riley 'and feed back at core group'; 'the family' keeping the "
        "children from Craig; and no legal planning anywhere."
    ),
    "blocks": [
        ("title", "Minutes of the Initial Child Protection Conference"),
        ("p", "Dunholme City Council · Safeguarding and Quality Assurance Unit · CONFIDENTIAL: not to be "
              "shared beyond the people named in the distribution list"),
        ("kv", [
            ("Children", "Riley Whitcombe, born 11/05/2017 (8), Year 4, Hollins Lane Primary School; Maisie "
                         "Fenner-Whitcombe, born 23/09/2022 (3), Little Larks Nursery"),
            ("Address", "14 Alder Close, Dunholme DH6 3RW"),
            ("Date and place", "Tuesday 20/01/2026, 10.00am to 12.40pm, Dunholme Civic Centre, Room 4"),
            ("Chair", "Helen Marsden, Child Protection Chair"),
            ("Minutes", "Gemma Rudd, business support"),
        ]),
        ("h2", "1. Present"),
        ("table", {
            "header": ["Name", "Role", "Initials in these minutes"],
            "widths": [4.5, 9.0, 3.5],
            "rows": [
                ["Helen Marsden", "Chair", "HM"],
                ["Shannon Whitcombe", "Mother of Riley and Maisie", "Shannon"],
                ["Craig Fenner", "Maisie's father (attended for items 1 to 5 and 8 to 12)", "Craig"],
                ["June Whitcombe", "Maternal grandmother", "June"],
                ["Nadia Rahman", "Social worker, Dunholme Children's Services, Family Safeguarding Team South",
                 "NR"],
                ["Priya Patel", "Deputy headteacher and Designated Safeguarding Lead, Hollins Lane Primary",
                 "PP"],
                ["Bev Wallis", "Room leader, Little Larks Nursery", "BW"],
                ["Joanne Tully", "Health visitor, Dunholme 0-19 Service", "JT"],
                ["DC Aaron Hughes", "Dunholme Police, Public Protection Unit", "AH"],
                ["Dr Meera Shah", "Consultant psychiatrist, Dunholme Community Mental Health Team (South)", "MS"],
                ["Lee Gardner", "Care coordinator, Community Mental Health Team (South)", "LG"],
                ["Tom Okoro", "Recovery worker, Dunholme Recovery Service (drug and alcohol)", "TO"],
            ],
        }),
        ("p", "Apologies: Dr Paul Ibbotson, GP, Ferry Road Surgery (written report received); Emma Kerr, school "
              "nurse (verbal update given to PP); Kirsty Bell, team manager."),
        ("h2", "2. Purpose of the conference and confidentiality"),
        ("p", "HM explained the purpose of the conference and that the information shared is confidential. "
              "Shannon and Craig had read the social worker's report before the meeting and had a copy of "
              "each agency report. Craig was asked to leave for items 6 and 7 because of his bail conditions; "
              "his views were taken before he left."),
        ("h2", "3. Reason for the conference"),
        ("p", "NR told conference that on 28/12/2025 police were called to 14 Alder Close at 11.40pm after "
              "neighbours heard screaming. Craig had been drinking all day and pushed Shannon against the "
              "kitchen door, and she has a bruise on her upper arm. Riley ran next door in his pyjamas to ask "
              "for help. Maisie was in the kitchen. Craig was arrested and released on bail with conditions not "
              "to go to Alder Close or contact Shannon; he is staying with his sister in Parkside. This was the "
              "fourth police call-out to the address in 2025."),
        ("p", "Shannon has depression and anxiety. She took an overdose of her tablets in August 2025 and has "
              "been under the community mental health team since then. NR said that on her visits in early "
              "January the house was cold, there was little food, and Maisie was still in the clothes she had "
              "worn the day before. Riley's attendance this school year is 86%."),
        ("h2", "4. Reports from agencies"),
        ("boldp", "4.1 Police (AH)"),
        ("p", "AH said the police had attended four incidents at the address since March 2025, all after "
              "arguments when Craig had been drinking. The December incident was graded high risk on the DASH "
              "and was heard at MARAC on 08/01/2026. Craig's next court date is 26/02/2026."),
        ("boldp", "4.2 School (PP)"),
        ("p", "PP said Riley is a kind boy who is doing well in reading but is often tired. He told his "
              "teacher in December that he \"hides Maisie in my room when it gets loud\". PP said that had the "
              "school been told about the call-out in December, staff would have checked on Riley the next "
              "morning; the school was not sent an Operation Encompass notice. The school nurse, Emma Kerr, "
              "saw Riley twice in the autumn term about headaches."),
        ("boldp", "4.3 Nursery (BW)"),
        ("p", "BW said Maisie arrives late on about half of her days and often asks for breakfast. She hides "
              "under the table when there is a loud noise and says few words for her age. BW said Maisie was "
              "happiest at the water tray and with her key person."),
        ("boldp", "4.4 Health visiting (JT)"),
        ("p", "JT said Maisie's 2-year review was missed twice and completed late in March 2025, when her "
              "communication was below the expected range. Her weight on 12/01/2026 was on the 25th centile, "
              "where it has been since birth."),
        ("boldp", "4.5 Community Mental Health Team (MS and LG)"),
        ("p", "MS said Shannon has moderate depression and anxiety, and that she had been taking her "
              "medication regularly since October. LG said Shannon had kept most of her appointments and "
              "had talked about feeling \"trapped\" with Craig. MS said the team's role was to support Shannon "
              "with her mood."),
        ("boldp", "4.6 Dunholme Recovery Service (TO)"),
        ("p", "TO said Craig had self-referred on 05/01/2026 and was due a first assessment appointment. He "
              "told TO he drinks about six cans of strong lager most days."),
        ("boldp", "4.7 GP (written report)"),
        ("p", "Dr Ibbotson's report said Shannon is prescribed sertraline, collected regularly, and that Craig "
              "is not registered with the practice."),
        ("h2", "5. Views of the parents and family"),
        ("p", "Shannon said she had ended the relationship with Craig and did not want him back in the house. "
              "She said she loves her children and wants help to get back on her feet. She would like Riley to "
              "go back to football on Saturdays."),
        ("p", "Craig said he accepted that he had been drinking and that the children should not have seen what "
              "happened. He said he wanted to keep seeing Maisie and would do what was needed. June said she "
              "was willing to help with the school run and to have the children at weekends."),
        ("h2", "6. Riley and Maisie"),
        ("p", "NR saw Riley on his own at school on 15/01/2026. He said: \"When Craig shouts I take Maisie in my "
              "room and put my headphones on her.\" He drew his house with a black cloud over the kitchen. He "
              "said the best thing is \"when Nana June picks us up\" and the worst thing is \"when there's "
              "police\". He said he wants his mum to be happy and does not want Craig to come back \"when he "
              "is drunk\"."),
        ("p", "Maisie is too young to give her views in words. At nursery she plays well with her key person and "
              "hides under the table at loud noises. At home with NR she stayed close to Shannon and said "
              "\"Craig shouty\" when NR asked about the kitchen."),
        ("h2", "7. Analysis"),
        ("p", "Worries: the children have lived with repeated violence, and Riley has taken on the job of "
              "protecting his sister. Shannon's depression and the house being cold and short of food mean the "
              "children's day-to-day needs are not always met. Craig's drinking has not changed yet."),
        ("p", "What is working well: Shannon has separated from Craig and supports his bail conditions; she "
              "takes her medication; June is close by and helps; both children are settled at school and "
              "nursery and have trusted adults there."),
        ("h2", "8. Decision"),
        ("p", "All agencies recommended a child protection plan. HM's decision is that Riley and Maisie will be "
              "made subject to child protection plans under the category of emotional abuse."),
        ("h2", "9. What needs to be different for Riley and Maisie"),
        ("numbers", [
            "Riley and Maisie live in a home where there is no shouting, hitting or police being called, and "
            "they tell us, or show us, that they feel safe.",
            "Riley and Maisie are looked after every day by a sober adult and get to school and nursery on "
            "time, fed, warm and clean.",
            "Maisie's speech and play catch up, so that her ASQ-3 communication score is in the expected "
            "range by the review conference.",
            "Riley has a trusted adult at school and no longer has to look after Maisie when adults argue.",
        ]),
        ("h2", "10. The child protection plan: agreed actions"),
        ("p", "The following actions were agreed at conference. Each minute says who will do it, by when, and "
              "how conference will know it has been done."),
        ("pi", "10.1 NR will visit Riley and Maisie at home every week until the review conference, at least one "
               "visit in three unannounced, and will see Riley on his own each time; her visit records, on the "
               "case file within two working days, will say where each child was seen and what Riley said."),
        ("pi", "10.2 Shannon said she will not let Craig into the house, or take the children to see him, while "
               "his bail conditions last and in any case until the review conference; the police log for 14 "
               "Alder Close and NR's unannounced visits will show whether he has been there."),
        ("pi", "10.3 Craig agreed that he will not see Maisie except at Dunholme Family Centre, supervised by "
               "centre staff, every Saturday from 10am to 11.30am starting on 31/01/2026; the centre's contact "
               "notes, sent to NR each Monday, will record how he was with her and whether he smelled of "
               "alcohol."),
        ("pi", "10.4 Mr Fenner said he would go to the Recovery Service drop-in at Market Street as and when he "
               "could; TO agreed that the drop-in sign-in sheet would be copied to NR."),
        ("pi", "10.5 TO confirmed that the Recovery Service will complete a full alcohol assessment with Craig "
               "by 13/02/2026, with a breath test at every appointment, and will send NR a written report on "
               "his drinking, his readings and his readiness to change by 20/02/2026."),
        ("pi", "10.6 Dr Shah agreed that Lee Gardner, Shannon's care coordinator, would continue to see Shannon "
               "fortnightly at the Beacon Centre to support her with her mood and her medication; CMHT "
               "attendance letters will be copied to NR."),
        ("pi", "10.7 A referral to the Freedom Programme is to be made for Shannon by 06/02/2026, so that she can "
               "join the course starting on 24/02/2026; the confirmation of her place will be copied to NR."),
        ("pi", "10.8 JT agreed to visit Maisie at home every four weeks until the review conference to check her "
               "weight and development, and to complete an ASQ-3 with Shannon by 27/02/2026; the scores and "
               "Maisie's weight will be written in the red book and e-mailed to NR."),
        ("pi", "10.9 Ms Wallis confirmed that Little Larks Nursery will record each morning whether Maisie "
               "arrives by 9.15am, has had breakfast and is clean and dressed for the weather, and will e-mail "
               "the week's record to NR every Friday."),
        ("pi", "10.10 Ms Patel confirmed school will refer Riley to the Time to Talk counselling service so that "
               "he has someone to talk to about home; a copy of the referral will be sent to NR."),
        ("pi", "10.11 Ms Patel also agreed that Mr Dyson, Riley's class teacher, will greet Riley at the classroom "
               "door every morning and record on CPOMS anything Riley says about home; PP will send NR a CPOMS "
               "summary every Friday."),
        ("pi", "10.12 It was agreed that Emma Kerr, the school nurse, will keep an eye on Riley's wellbeing in "
               "school each week and feed back at core group."),
        ("pi", "10.13 It was agreed that the family will make sure Riley and Maisie are never left alone with "
               "Craig before the review conference; any visit by Craig will be written in the contact diary "
               "kept at 14 Alder Close."),
        ("pi", "10.14 June said she would take Riley and Maisie to school and nursery on Monday, Wednesday and "
               "Friday mornings until the review conference, so that they arrive on time and have had "
               "breakfast; the school and nursery registers will show their arrival times."),
        ("pi", "10.15 AH confirmed the police will put a marker on 14 Alder Close by 23/01/2026 so that any 999 "
               "call is treated as urgent, and will tell NR within 24 hours of any call-out or breach of "
               "Craig's bail; the marker and every call-out will be in the PPU log sent to NR."),
        ("pi", "10.16 NR will complete a single assessment of Riley's and Maisie's needs, including Shannon's "
               "and Craig's parenting and the risk Craig poses, by 13/03/2026, and will share it with Shannon, "
               "Craig and the core group at the core group on 17/03/2026."),
        ("h2", "11. Contingency plan"),
        ("bullets", [
            "If Craig comes to 14 Alder Close or contacts Shannon in breach of his bail, Shannon will ring 999 "
            "and the police will arrest him; NR will hold a strategy discussion with the police and health "
            "the same working day.",
            "If Shannon says she feels she might harm herself, or LG sees that her mood has dropped sharply, "
            "the CMHT crisis team will see her the same day, and Riley and Maisie will stay with June at "
            "3 Peel Street until NR and Shannon agree they can go home.",
            "If June cannot do the school run or have the children (she is ill, or it becomes too much), she "
            "will ring NR that day. Shannon's friend Leanne Cross, who agreed at conference, will do those "
            "mornings; if she cannot, NR will book Riley into breakfast club at Hollins Lane and arrange a "
            "taxi to nursery for Maisie from the next school day.",
            "If Maisie is hurt, or either child says they have seen Craig hurt Shannon again, NR will hold a "
            "strategy discussion the same day and the children will stay with June while it decides what "
            "happens next.",
        ]),
        ("h2", "12. Core group and review"),
        ("p", "Core group members: Shannon, Craig (for his own actions), June, NR, PP, BW, JT, LG, TO and Emma "
              "Kerr. The first core group will be on 03/02/2026 at 1.30pm at Hollins Lane Primary, then every "
              "four weeks: 03/03/2026 and 31/03/2026. An extra core group on 17/03/2026 will go through NR's "
              "assessment."),
        ("p", "The review child protection conference will be on Tuesday 14/04/2026 at 10am at Dunholme Civic "
              "Centre."),
        ("p", "Minutes agreed by the chair on 22/01/2026 and sent to everyone present and to Dr Ibbotson."),
    ],
    "findings": [
        F("T002", "Recovery Service drop-in at Market Street as and when he could"),
        F("H001", "would continue to see Shannon fortnightly at the Beacon Centre"),
        F("W001", "A referral to the Freedom Programme is to be made"),
        F("T001", "confirmed school will refer Riley to the Time to Talk"),
        F("M002", "will keep an eye on Riley's wellbeing in school each week"),
        F("W002", "It was agreed that the family will make sure Riley"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. The social worker's report to the chair of a review conference, with a
#    proposed plan of nominalised actions. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b173_drayfield_rcpc_sw_report_to_chair_nominalised_plan_mensah.pdf",
    "doc_title": "Social Worker's Report to Review Child Protection Conference - Kwame and Abena Mensah",
    "split": "heldout",
    "actions": 12,
    "min_pages": 2,
    "header": "Drayfield Borough Council · Children's Social Care · OFFICIAL-SENSITIVE",
    "footer": "Report to the review conference on 10/02/2026 · Kwame and Abena Mensah · Page {PAGE} of {NUMPAGES}",
    "template": "sw-report-to-rcpc-chair-paged-numbered-sections-purpose-family-table-why-on-a-plan-progress-table-by-first-conference-outcome-what-has-happened-evidence-childrens-views-parents-views-analysis-recommendation-to-chair-proposed-outcomes-then-proposed-plan-no-nominalised-proposed-action-lead-timescale-how-progress-will-be-evidenced-then-proposed-contingency-and-meetings-signature",
    "description": (
        "Exemplary report by the social worker to the chair of a first review conference for an "
        "11-year-old and a 6-year-old living with neglect at night: their father drinks heavily, was "
        "arrested for drink-driving with them in the car, and was left in charge on their mother's "
        "work nights; the 6-year-old was found in the street at 9pm and the 11-year-old put her to bed. "
        "The report has a progress table by the first conference's outcomes (what has happened, not "
        "actions), the children's and parents' views, an analysis and a recommendation, then a proposed "
        "plan whose action cells are nominalised ('Continuation of Kofi's alcohol treatment ...', "
        "'Completion of the parenting assessment ...', 'No care of Kwame or Abena by Kofi on his own "
        "...') with Lead, Timescale and 'How progress will be evidenced' columns. The drug and alcohol "
        "service reports on capacity to change, the aunt's nights have a fallback, legal planning "
        "follows named triggers and insufficient progress, and core group and review dates are set."
    ),
    "blocks": [
        ("title", "Report to the Review Child Protection Conference"),
        ("kv", [
            ("Children", "Kwame Mensah, born 14/07/2014 (11), Year 7, Drayfield Academy; Abena Mensah, born "
                         "02/03/2019 (6), Year 2, St Luke's CE Primary School"),
            ("Conference", "First review child protection conference, Tuesday 10/02/2026, 1.30pm, Drayfield "
                           "Town Hall"),
            ("Chair", "Margaret Fenwick, Child Protection Conference Chair"),
            ("Author", "Rachel Ainsworth, social worker, Drayfield Children's Social Care, Child Protection "
                       "Team 2"),
            ("Team manager", "Claire Dobson"),
            ("Category", "Neglect (both children), since the initial conference on 11/11/2025"),
        ]),
        ("h1", "1. Purpose of this report"),
        ("p", "This report tells the chair and the conference what has changed for Kwame and Abena since the "
              "initial conference, what they and their parents say, and what I recommend. The proposed plan "
              "in section 10 was drafted with Efua, Kofi and the core group on 27/01/2026."),
        ("h1", "2. The family"),
        ("table", {
            "header": ["Name", "Relationship", "Lives"],
            "widths": [4.0, 6.0, 7.0],
            "rows": [
                ["Kwame Mensah (11)", "Subject of the plan", "Home, 31 Linden Road, Drayfield DR2 6HJ"],
                ["Abena Mensah (6)", "Subject of the plan", "Home"],
                ["Efua Mensah (38)", "Mother; care assistant on nights at Oakwood House care home", "Home"],
                ["Kofi Mensah (41)", "Father; bus driver until October 2025", "Home"],
                ["Ama Owusu (33)", "Maternal aunt", "4 Garden Mews, Drayfield, ten minutes' walk"],
                ["Adjoa Owusu (64)", "Maternal grandmother", "22 Kent Street, Drayfield"],
                ["Kwabena Mensah (45)", "Paternal uncle", "9 Linden Road, Drayfield"],
            ],
        }),
        ("h1", "3. Why Kwame and Abena have a plan"),
        ("p", "On 19/09/2025 Kofi was arrested for drink-driving with both children in the car; he was over "
              "twice the limit. On 24/10/2025 a neighbour found Abena, in her nightdress, in the street at "
              "9pm looking for her dad, who was asleep on the sofa after drinking. Efua works three nights a "
              "week and Kofi was looking after the children on those nights. Kwame told his form tutor he "
              "often put Abena to bed and made her toast for tea. Kofi lost his driving licence and his job, "
              "and the family fell behind with the rent."),
        ("h1", "4. Progress since the initial conference"),
        ("p", "This table sets each outcome from the initial conference beside what has happened since. It is "
              "a record of progress, not part of the proposed plan."),
        ("table", {
            "header": ["Outcome at the initial conference (11/11/2025)", "What has happened since, and the evidence"],
            "widths": [6.5, 10.5],
            "rows": [
                ["Kwame and Abena are always looked after by a sober adult.",
                 "Kofi started at Drayfield Alcohol and Drug Service (DADS) on 20/11/2025 and has kept 10 of 11 "
                 "appointments; 8 breath tests were 0.00 and 2 were positive (09/12/2025 and 02/01/2026). Since "
                 "08/12/2025 Ama has looked after the children on Efua's work nights; Ama's signed rota covers "
                 "every work night but one (see 7)."],
                ["Kwame no longer looks after Abena.",
                 "Kwame told me on 03/02/2026 that he still puts Abena to bed \"sometimes\" when his dad is "
                 "tired. The young carers' referral was sent on 03/02/2026."],
                ["The children get to school on time, fed and rested.",
                 "Abena's attendance rose from 88% in the autumn half term to 94% since Christmas. Kwame's is "
                 "96%. St Luke's recorded Abena as hungry on 4 mornings in January."],
            ],
        }),
        ("h1", "5. What Kwame and Abena say"),
        ("p", "I saw Kwame on his own at Drayfield Academy on 03/02/2026. He said: \"It's better when Auntie Ama "
              "comes. Dad doesn't go to the pub on those nights.\" On his Three Houses, his house of worries "
              "had \"Dad asleep and Abena crying\" and \"the police car\". His house of good things had "
              "\"football with Uncle Kwabena\" and \"Mum's jollof on Sundays\". His house of dreams had \"Dad "
              "gets his job back and I don't have to be the grown-up\". He scored his worry about home 6 out of "
              "10 (it was 9 in November)."),
        ("p", "I saw Abena on her own at St Luke's on 05/02/2026. She drew her family holding hands and said "
              "\"Auntie Ama does my hair and reads me the dragon book.\" When I asked about night time she "
              "said \"Kwame puts me in bed when Daddy is sleepy.\""),
        ("h1", "6. What Efua and Kofi say"),
        ("p", "Efua said the plan had made her see how much Kwame had been doing. She would like to change to "
              "day shifts but cannot afford to yet. Kofi said he knows the two positive tests were \"after bad "
              "days\" and that he wants to show the conference he can stop. He said he was ashamed of the "
              "night Abena went outside."),
        ("h1", "7. Analysis"),
        ("p", "There is real progress: Kofi is going to DADS, most tests are clear, Ama's help has made the work "
              "nights safer and Abena's attendance is better. But Kofi had two positive tests in six weeks, one "
              "work night in January was not covered and Kofi was left in charge, and Kwame still does adult "
              "jobs at bedtime. The evening routine is not yet secure and the family's money problems add to "
              "the strain. Scaling at the core group on 27/01/2026: professionals 4 out of 10 (3 at the initial "
              "conference), Efua 6, Kofi 6."),
        ("h1", "8. Recommendation to the chair"),
        ("p", "I recommend that Kwame and Abena remain subject to child protection plans under the category of "
              "neglect, with an early review in three months, and that the proposed plan below is agreed."),
        ("h1", "9. Proposed outcomes for Kwame and Abena"),
        ("numbers", [
            "Kwame and Abena are looked after every evening and night by a sober adult, and nobody who has "
            "been drinking drives them.",
            "Kwame is a child at home, not Abena's carer: he no longer puts her to bed, and his own worry "
            "score falls to 3 or below.",
            "Kwame and Abena have tea, a bath and a set bedtime every night, and get to school on time with "
            "breakfast.",
            "Kwame and Abena have seen a dentist and their health needs are up to date.",
        ]),
        ("h1", "10. Proposed plan"),
        ("table", {
            "header": ["No.", "Proposed action", "Lead", "Timescale", "How progress will be evidenced"],
            "widths": [1.0, 5.4, 3.4, 3.2, 4.0],
            "rows": [
                ["1",
                 "Home visits to Kwame and Abena, one in three unannounced and one each month on an evening "
                 "when Efua is at work, seeing each child on their own",
                 "Rachel Ainsworth, social worker",
                 "Weekly until the next review conference",
                 "Visit records on Mosaic within 2 working days, saying who was looking after the children and "
                 "whether Kofi appeared to have been drinking"],
                ["2",
                 "Continuation of Kofi's alcohol treatment (key work and relapse prevention), with a breath test "
                 "at every appointment, and a written report on his progress, his capacity to stay sober and "
                 "how long that is likely to take",
                 "Ian Crowther, recovery worker, Drayfield Alcohol and Drug Service (DADS)",
                 "Weekly appointments; written report by 21/04/2026",
                 "Breath test readings e-mailed to Rachel after each appointment; the report on file and read "
                 "at the core group on 21/04/2026"],
                ["3",
                 "Monthly blood tests (GGT and CDT) for Kofi, with the results and the GP's view of his drinking "
                 "sent to the social worker",
                 "Dr Lisa Penrose, GP, Riverside Medical Practice",
                 "Monthly; the first by 27/02/2026",
                 "Results letter on file each month; results within the normal range"],
                ["4",
                 "No care of Kwame or Abena by Kofi on his own, and no driving them anywhere, until DADS confirms "
                 "eight weeks of clear breath tests",
                 "Kofi Mensah; Efua Mensah to arrange other care on her work nights",
                 "From 10/02/2026 until the next review conference",
                 "What Kwame and Abena tell Rachel, when seen alone, about who looked after them; Ama's signed "
                 "rota (action 5) covers every work night; no police or school reports of Kofi in charge"],
                ["5",
                 "Care of Kwame and Abena at home on Efua's work nights by their aunt, Ama Owusu",
                 "Ama Owusu, maternal aunt",
                 "Every night Efua works (usually Tuesday, Thursday and Saturday), 7pm to 8am, until the next "
                 "review conference",
                 "Efua's shift rota sent to Rachel on the 1st of each month; Ama signs the rota each morning; "
                 "Rachel checks it at each visit"],
                ["6",
                 "Completion of the parenting assessment of Efua and Kofi, looking at evening care, routines and "
                 "what the children have lived with",
                 "Simone Baptiste, Drayfield Family Intervention Service",
                 "Weekly sessions from 16/02/2026; report by 27/03/2026",
                 "Assessment report, with recommendations, shared with Efua, Kofi and the core group by "
                 "27/03/2026"],
                ["7",
                 "Evening routine sessions at home: tea, homework, bath and bedtimes (7.30pm for Abena, 9pm for "
                 "Kwame)",
                 "Simone Baptiste, Drayfield Family Intervention Service",
                 "Two evenings a week for six weeks from 17/02/2026",
                 "Routine chart on the kitchen wall filled in by the children; children in bed at the set time "
                 "on Rachel's evening visits"],
                ["8",
                 "A young carer's assessment for Kwame, and a place in the weekly group, so that he no longer "
                 "looks after Abena at night",
                 "Hannah Lister, Drayfield Young Carers (referral sent by Rachel on 03/02/2026)",
                 "Assessment by 13/03/2026; group from the Easter holidays",
                 "Assessment letter on file; group register; Kwame's own worry score (0-10) recorded by Hannah "
                 "at each session"],
                ["9",
                 "A check-in for Abena with her class teacher at the start of every school day, and a note of "
                 "how she arrives: clean, fed, tired or upset",
                 "St Luke's CE Primary (DSL: Mrs Joy Ferreira)",
                 "Every school day",
                 "CPOMS entries; weekly summary e-mailed to Rachel each Friday; attendance at 96% or above this "
                 "term"],
                ["10",
                 "Weekly mentoring for Kwame with the Year 7 pastoral lead, to talk about home, homework and his "
                 "worries",
                 "Mr Ben Okonjo, pastoral lead, Drayfield Academy",
                 "Weekly (Wednesday, period 5) until the summer half term",
                 "Session notes on CPOMS; Kwame's homework completion and attendance in a written update to each "
                 "core group"],
                ["11",
                 "Dental check-ups for Kwame and Abena, who have not seen a dentist since 2023",
                 "Efua Mensah",
                 "By the Easter holidays (27/03/2026)",
                 "Dentist's letter or appointment cards shown to Rachel"],
                ["12",
                 "Benefits check and money advice after Kofi lost his job, and food bank vouchers until the claim "
                 "is paid",
                 "Tariq Hussain, Drayfield Citizens Advice (referral sent by Rachel on 02/02/2026)",
                 "First appointment by 27/02/2026",
                 "Claim confirmation letter on file; food in the cupboards at Rachel's visits"],
            ],
        }),
        ("h1", "11. Proposed contingency"),
        ("bullets", [
            "If Kofi is found in charge of the children on his own, drives them, has a positive breath test, or "
            "is seen drunk at home: Rachel (or the Emergency Duty Team out of hours) visits the same day; Kofi "
            "leaves the home and stays with his brother Kwabena at 9 Linden Road until a strategy discussion, "
            "held that day, decides what happens next; and Rachel asks Claire Dobson for a legal planning "
            "meeting within five working days.",
            "If Ama cannot cover a work night (she is ill or away), Efua rings Rachel, or the Emergency Duty "
            "Team, before 5pm that day and either swaps her shift (the Oakwood House manager agreed this on "
            "30/01/2026) or takes the children to their grandmother, Adjoa Owusu, at 22 Kent Street for the "
            "night. Kofi is never left in charge instead. If Adjoa cannot have them either, Efua does not go to "
            "work that night.",
            "If Abena is found outside the house alone again, or Kwame tells anyone he has been left in charge "
            "at night: Rachel holds a strategy discussion the same day and the children stay with Adjoa until "
            "it has decided what happens next.",
            "If, by the next review conference, Kofi is still drinking or the parenting assessment says the "
            "children are still not safe in the evenings, Rachel will ask for a legal planning meeting before "
            "that conference, to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "12. Proposed core group and review arrangements"),
        ("p", "Core group every four weeks at Drayfield Children's Centre, Tuesdays at 4pm: 24/02/2026, "
              "24/03/2026 and 21/04/2026. Proposed review conference: Tuesday 05/05/2026 at 1.30pm, Drayfield "
              "Town Hall (held by the Safeguarding Unit)."),
        ("p", "Rachel Ainsworth, social worker, 06/02/2026. Read and agreed: Claire Dobson, team manager, "
              "06/02/2026. Shared with Efua and Kofi on 06/02/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. A plan typed by business support from the social worker's handwritten
#    conference notes: key of abbreviations, clipped numbered lines. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b173_dewsholt_plan_typed_by_admin_from_sw_notes_haworth.txt",
    "split": "heldout",
    "actions": 15,
    "template": "icpc-plan-txt-typed-by-business-support-from-sw-handwritten-notes-caps-headings-key-of-abbreviations-clipped-notes-dash-lines-typists-square-bracket-queries-then-fifteen-clipped-numbered-action-lines-owner-anywhere-in-the-line-passive-with-agent-dash-then-check-then-unfinished-contingency-and-meetings",
    "description": (
        "Initial conference plan for a 2-year-old and a 5-week-old baby living with neglect, typed by "
        "business support from the social worker's handwritten notes: the father smokes cannabis daily "
        "and fell asleep on the sofa with the baby, the mother has low mood on antidepressants from her "
        "GP, the flat is cold and damp, and the 2-year-old's speech is delayed. A key of abbreviations "
        "(SW, HV, FSW, DSMS, M, MGM, L-R) comes first, then clipped notes with the typist's queries in "
        "square brackets, and fifteen clipped action lines in the grammar of notes ('Wkly unannounced "
        "visits to be undertaken by SW - ...', 'Tyler's 2-yr review (ASQ-3) to be done by HV by "
        "31/01/26 - ...', 'Dad said he will not smoke cannabis in the flat ...'). Faults: the speech and "
        "language referral 'asap'; a nursery place 'to be found' with no one named and no time; the "
        "grandmother's help 'as required'; 'Family' owning safe sleep; the mother's mood 'to be "
        "monitored by GP monthly'; an unfinished contingency of 'if things get worse' and 'will be "
        "considered' with nothing if the grandmother's help fails; and the review conference 'date TBC'."
    ),
    "text": """\
DEWSHOLT METROPOLITAN COUNCIL - CHILDREN AND FAMILIES SERVICE
CHILD PROTECTION PLAN - INITIAL CHILD PROTECTION CONFERENCE 15/12/2025

*** TYPED FROM THE SOCIAL WORKER'S HANDWRITTEN CONFERENCE NOTES ***
Typed by: Carol Metcalfe, business support, 17/12/2025
SW please check before this goes out - my queries are in [square brackets]

------------------------------------------------------------------------
KEY (as used in the SW's notes)
------------------------------------------------------------------------
SW    = Becky Lund, social worker, Dewsholt North Safeguarding Team
TM    = Ian Naylor, team manager
HV    = Sam Kaur, health visitor, Dewsholt 0-19 Service
GP    = Dr Helen Fox, Dewsholt Health Centre
FSW   = Lorna Price, family support worker, Dewsholt Family Hub
DSMS  = Dewsholt Substance Misuse Service (worker: Phil Coyne)
M     = Mum, Chelsea Haworth
Dad   = Jordan Pike
MGM   = maternal grandmother, Tracey Haworth
L-R   = Lily-Rose

------------------------------------------------------------------------
CHILDREN AND FAMILY
------------------------------------------------------------------------
Tyler Haworth      DOB 02/11/2023  (2 yrs 1 mth)
Lily-Rose Pike     DOB 10/11/2025  (5 wks)
Address            41 Coal Pit Lane, Dewsholt DW2 8LN - M, Dad and both children
MGM                6 Beck Side, Dewsholt (10 mins on the 22 bus)
Category           NEGLECT (both children)
Chair              Janet Ogden, CP chair

------------------------------------------------------------------------
WHY A PLAN (SW notes)
------------------------------------------------------------------------
- HV new birth visit 24/11/25: L-R (2 wks) asleep on sofa on Dad's chest, Dad asleep,
  strong smell of cannabis in the flat
- Flat cold (heating broken since Oct), black mould in kids' bedroom, fridge empty on
  2 of 3 SW visits
- Tyler only a few words ("Nana", "dog", "no"), no 2-yr check - 3 appts missed
- M 20 yrs, low mood since L-R born, GP started sertraline 01/12/25; M says she "can't
  cope some days" and stays in bed till lunch
- Dad smokes cannabis every day, says "it helps me sleep"; has smoked in the flat
- Tyler had a bruise on his forehead 28/11/25 - M said he fell off the sofa; seen by
  paediatrician, consistent with the fall [SW - notes say 28/11 or 26/11?]

------------------------------------------------------------------------
GOING WELL
------------------------------------------------------------------------
- M and Dad both came to conference and said they want to keep the kids safe
- L-R is feeding well from a bottle and back above birth weight (HV)
- MGM very close to Tyler, has him most Sundays, Tyler runs to her
- Dad has agreed to see DSMS and gave a urine screen at conference (result awaited)

------------------------------------------------------------------------
TYLER AND LILY-ROSE - WHAT WE SEE
------------------------------------------------------------------------
Tyler: runs to the door whenever anyone comes in. Eats very fast and asks "more?"
at every visit. Goes quiet and sits in the corner when M and Dad raise their voices.
Lights up with MGM and says "Nana" over and over. At the HV visit he brought his
shoes and said "park".
Lily-Rose: feeds well, settles quickly when held by MGM or the HV, cries a lot in the
evenings (M says 7pm till midnight). Was seen lying on the sofa, not in her Moses
basket, at 2 of 3 visits.
M said: "I just want them to have a warm house and me to be a proper mum."

------------------------------------------------------------------------
WHAT NEEDS TO CHANGE FOR TYLER AND L-R (outcomes)
------------------------------------------------------------------------
1. L-R sleeps on her back in her own Moses basket for every sleep, in a flat
   where nobody smokes cannabis.
2. Tyler and L-R are fed, warm and clean every day, in a flat with working heating
   and food in the cupboards.
3. Tyler's speech is assessed and he gets help, and he is at nursery by the spring.
4. Tyler and L-R are looked after by adults who are not under the influence.

------------------------------------------------------------------------
THE PLAN (as agreed at conference - typed as per SW notes)
------------------------------------------------------------------------
1.  Wkly unannounced visits to be undertaken by SW - see both children awake, see
    where L-R sleeps, check food + heating. Recorded on case notes within 2 working days.
2.  HV to weigh L-R at home every 2 wks until she is 6 mths old - weights plotted in
    red book + emailed to SW same day.
3.  Tyler's 2-yr review (ASQ-3) to be done by HV by 31/01/26 - scores sent to SW + GP.
4.  Referral to SALT for Tyler - HV - asap - acceptance letter on file.
5.  Nursery place for Tyler (2-yr-old funded place) to be found - confirmed place
    letter on file.
6.  DSMS to assess Dad's cannabis use by 23/01/26, then keywork fortnightly until
    the review - urine screen at each appt, results emailed to SW.
7.  Dad said he will not smoke cannabis in the flat or near the kids, from today
    (15/12/25) - no smell + no paraphernalia at SW and HV visits.
8.  M to take L-R for her 8-wk imms (09/01/26) + 12-wk imms (06/02/26) at Dewsholt
    HC - red book signed by practice nurse each time.
9.  GP to review M's sertraline at her appt on 05/01/26 - letter to SW re her mood
    + how she is managing the children.
10. FSW - home routines + tidy home work with M + Dad, 2 sessions a wk for 8 wks from
    05/01/26 - home conditions checklist, scored jointly with SW, at start + end.
11. MGM to have Tyler at hers to give M a break, as required - nights Tyler stays at
    MGM's written on the kitchen calendar.
12. Family to make sure L-R sleeps in her Moses basket, on her back, for every
    sleep - safe sleep checked at every home visit.
13. M's mood to be monitored by GP monthly.
14. SW to ask Dewsholt Homes to fix the heating + damp in kids' room by 09/01/26 -
    repair date confirmed in writing.
15. Dad to go to 'Dads Matter' group at Dewsholt Family Hub, Thurs 6pm, 10 wks from
    08/01/26 - register sent to SW weekly.

------------------------------------------------------------------------
CONTINGENCY (SW notes)
------------------------------------------------------------------------
If things get worse or the plan isn't being followed, SW to discuss with TM and a
strategy discussion will be considered.
If no progress by the RCPC, SW to ask TM for a legal gateway meeting.
[SW - notes also say "see MGM re contingency" - nothing else written, please add]

------------------------------------------------------------------------
CORE GROUP AND REVIEW
------------------------------------------------------------------------
Core group: first one 05/01/26, 10am, Dewsholt Family Hub, then every 4 wks
(SW to send the dates round).
RCPC: date TBC - CP unit to confirm [no date in the notes].

Distribution: M, Dad, MGM, HV, GP, FSW, DSMS, Dewsholt Family Hub nursery team.
""",
    "findings": [
        F("T002", "Referral to SALT for Tyler - HV - asap"),
        F("W001", "Nursery place for Tyler (2-yr-old funded place) to be found"),
        F("T001", "Nursery place for Tyler (2-yr-old funded place) to be found"),
        F("T002", "MGM to have Tyler at hers to give M a break"),
        F("W002", "Family to make sure L-R sleeps in her Moses basket"),
        F("M002", "M's mood to be monitored by GP monthly."),
        F("C002"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. A plan with a narrative paragraph for each part of the child's life;
#    each action a full sentence, mixed with history, wishes and conditions.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b173_dalesby_cp_plan_narrative_paragraph_per_area_kowalczyk.md",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-plan-md-who-is-who-table-why-going-well-zofias-words-outcome-bullets-then-the-plan-as-one-narrative-paragraph-per-area-of-her-life-safety-mums-health-her-day-school-time-with-dad-each-action-a-full-sentence-with-owner-time-and-check-mixed-with-history-wishes-and-conditional-sentences-then-if-things-go-wrong-paragraph-and-meetings",
    "description": (
        "Exemplary initial conference plan for a 10-year-old living with neglect: her mother has "
        "depression, stopped her antidepressants and drinks heavily, and in October the girl found her "
        "unconscious and rang 999. The plan part is a narrative paragraph for each area of her life "
        "(safety at home, her mum's health, her day, school, time with her dad); every sentence that "
        "commits someone names them (by name, role or first name from the who's who), says when "
        "('every Tuesday from 20/01/2026', 'by the February half term', 'from the day of this "
        "conference (12/01/2026)', 'every fortnight from 19/01/2026') and how we will know, while "
        "other sentences give history ('Anna went to her first appointment ...'), wishes ('Zofia would "
        "like ...') or conditions ('If the routine works well, Anna hopes ...') and commit no one. The "
        "alcohol service and the mental health team report on capacity to change and its timescale, "
        "the dad's and godmother's help has a fallback, legal planning follows named triggers and "
        "insufficient progress, and core group and review dates are set."
    ),
    "text": """\
# Child Protection Plan for Zofia Kowalczyk

**Dalesby Borough Council · Children's Services · Safeguarding Team East**

Initial child protection conference: Monday 12 January 2026, Dalesby Town Hall. Chair: Graham Pettit,
Independent Reviewing Officer. Zofia is subject to a child protection plan under the category of
**neglect**.

This plan is written as a short paragraph for each part of Zofia's life. In the plan, every sentence
that says someone *will* do something also says who, by when, and how we will know. The other sentences
(what has already happened, what people would like, what might happen) are there so that the plan makes
sense to Zofia and her family; they are not tasks.

## Who is who

| Name | Who they are |
|---|---|
| Zofia Kowalczyk | 10 (born 03/06/2015), Year 5 at Dalesby Moor Primary School |
| Anna Kowalczyk | Zofia's mum (37), 22 Fountain Street, Dalesby DB1 4TE |
| Marek Kowalczyk | Zofia's dad (40), 5 Canal View, Harlow Bridge, Dalesby; separated from Anna in 2022 |
| Ewa Nowak | Zofia's godmother and Anna's friend, 17 Fountain Street |
| Helen Mackay | Zofia's social worker, Safeguarding Team East (team manager: Paul Crane) |
| Marie Quinn | Anna's care coordinator, Dalesby Community Mental Health Team (North) |
| Dr Chidi Oduya | Anna's GP, Fountain Street Surgery |
| Gareth Lowe | Anna's key worker, Dalesby Recovery Hub (alcohol service) |
| Jade Foster | Family support worker, Dalesby Family Hub |
| Callum Reid | Deputy head and Designated Safeguarding Lead, Dalesby Moor Primary |
| Priti Shah | Learning mentor, Dalesby Moor Primary |
| Ruth Adams | Young carers worker, Dalesby Young Carers |

## Why Zofia has a plan

On 19 October 2025 Zofia came home from school and found her mum unconscious on the kitchen floor. She
rang 999 herself and waited with her until the ambulance came. Anna had been drinking vodka and had
stopped taking her sertraline in September. Since the summer Zofia has often got herself up, made her
own toast and walked to school alone; her attendance in the autumn term was 84%, with 19 late marks.
Helen found no food in the fridge on two visits in December. Zofia told her teacher that she "checks
Mum is breathing" before she goes to sleep.

## What is going well

Anna is honest about her drinking and asked for help from the Recovery Hub herself. Marek is a steady,
sober dad who has looked after Zofia every other weekend since October and wants to do more. Ewa lives
across the road and Zofia trusts her. Zofia is bright, loves swimming and art, and has a good friend,
Maya, in her class.

## What Zofia has told us

Helen saw Zofia on her own at school on 9 January 2026. Zofia said: "I love my mum but I hate the vodka.
When she drinks she goes to sleep and I can't wake her." She said she likes Dad's flat "because it's calm
and there's always pasta". She gave her worry about home a 7 out of 10. Her three wishes were "Mum
stops drinking, we go swimming again on Saturdays, and I don't have to check on her at night".

## What needs to be different for Zofia

- Zofia is looked after every day by a sober adult, and never again finds her mum unconscious.
- Zofia gets to school on time every day with breakfast and a packed lunch, and her attendance is above
  95% by the Easter holidays.
- Zofia stops doing adult jobs at home and has time to be ten: swimming, art club and friends.
- Zofia knows who to ring and where to go if her mum has been drinking, and her worry about home comes
  down to 3 out of 10 or below.

## The plan

### Keeping Zofia safe at home

Anna went to her first appointment at Dalesby Recovery Hub on 8 January 2026 and says she has not had a
drink since 2 January. Anna will go to her key-work session at the Recovery Hub every Tuesday from
20/01/2026, and Gareth will e-mail Helen her attendance and breath test reading on the day of each
session. Gareth will complete a full alcohol assessment with Anna by 13/02/2026 and send Helen a written
report on how much Anna is drinking, whether she is ready to change and how long he expects that change
to take. Anna will not drink any alcohol while Zofia is in her care, from the day of this conference
(12/01/2026), and her Recovery Hub breath test readings and Helen's unannounced visits will show whether
she has kept to this. Helen will visit Zofia at home every week until the review conference, at least
every other visit unannounced, and will write in her visit record within two working days how Anna
was and what Zofia told her on her own. Zofia would like her mum to stop drinking so that they can go
back to swimming on Saturday mornings.

### Mum's health

Anna stopped taking her sertraline in September and did not see her GP again until November. Dr Oduya
will see Anna every four weeks until the review conference to review her sertraline, and will write to
Helen after each appointment saying whether Anna is taking it. Marie will see Anna every fortnight from
19/01/2026 and, by 20/03/2026, will write a report for the core group on Anna's capacity to change, the
steps she still needs to take and how long these are likely to take. Anna would like to go back to her
cleaning job in the spring.

### Zofia's day

Until Christmas, Zofia often got herself up and made her own breakfast. Anna will make sure that Zofia
has breakfast and a packed lunch every school day, and Mrs Shah will note on CPOMS any day Zofia
arrives hungry or without lunch. Jade will work with Anna at home twice a week for eight weeks from
19/01/2026 on a routine for meals, bedtimes and the school run, and will check at each session the
routine chart that Zofia and Anna fill in together. If the routine works well, Anna hopes Zofia can have
Maya to stay for a sleepover at half term.

### School

Zofia has missed the start of the day on most Mondays this year. Mr Reid will make sure Zofia has a
check-in with Mrs Shah every morning before registration until the review conference, and Mrs Shah will
write anything Zofia says about home on CPOMS the same day. Mr Reid will send Helen Zofia's attendance
and late marks every Friday, and we will know school is going better when her attendance is above 95% by
the Easter holidays. Ruth will meet Zofia at school by the February half term to assess her as a young
carer and, from then, will see her at the Wednesday young carers' group each week, recording Zofia's own
score for how much she worries about her mum at every session and sending the scores to Helen once a
month.

### Time with Dad

Marek has looked after Zofia every other weekend since October, and she says she likes it. Marek will
have Zofia at his flat every weekend from Friday after school until Sunday at 5pm, starting on
16/01/2026, and will text Helen each Monday to say how the weekend went and what Zofia did. Helen will
give Zofia a card with her dad's number and the Emergency Duty Team's number by 16/01/2026, and will
check at each visit that Zofia still has it and knows when to use it.

## If things go wrong

If Anna drinks while Zofia is with her, if any breath test reading is above zero, or if Zofia rings to
say her mum has been drinking or will not wake up, Zofia will go to her dad's the same day (Helen, or the
Emergency Duty Team out of hours, will take her if Marek cannot collect her), Helen will hold a strategy
discussion with the police and health that day, and Helen will ask Paul Crane for a legal planning
meeting within five working days.

If Marek cannot have Zofia at any time, she will stay with her godmother, Ewa Nowak, at 17 Fountain
Street, which Ewa agreed at conference. If neither Marek nor Ewa can have her, Helen will arrange a
foster placement that day, with Anna's agreement under section 20.

If Anna tells anyone she is thinking of harming herself, Marie's team (or the Dalesby crisis team out
of hours) will see her the same day, and Zofia will stay with Marek until Helen and Marie agree it is
safe for her to go home.

If by the review conference Anna is still drinking, or Marie's report says she cannot make the changes
Zofia needs in time, Helen will ask for a legal planning meeting to decide whether to start the Public
Law Outline.

## Meetings

The core group (Anna, Marek, Helen, Marie, Gareth, Dr Oduya or the practice nurse, Jade, Mr Reid and
Ruth) will meet every four weeks at Dalesby Family Hub at 1pm: 27/01/2026, 24/02/2026 and 24/03/2026.

The review child protection conference will be on Tuesday 07/04/2026 at 10am at Dalesby Town Hall.

*Plan written by Helen Mackay, social worker, 13/01/2026, and read with Zofia, Anna and Marek.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan as a worry table: the worry merged down the
#    first column, the owner written inside each action cell, then When and
#    How we will know. Landscape, page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b173_dunmarsh_icpc_worry_table_owner_inside_action_cell_carter.pdf",
    "doc_title": "Child Protection Plan - Ellis and Poppy Carter",
    "split": "heldout",
    "actions": 15,
    "landscape": True,
    "min_pages": 2,
    "check_vmerge": 5,
    "header": "Dunmarsh District Council · Children's Services · Child Protection Plan",
    "footer": "Ellis and Poppy Carter · Initial conference 06/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-paged-landscape-kv-details-why-going-well-ellis-and-poppys-world-numbered-outcomes-then-four-column-worry-table-worry-merged-down-first-column-action-cell-carrying-its-own-owner-in-passive-by-x-lead-x-or-x-will-then-when-and-how-we-will-know-columns-then-if-things-go-wrong-bullets-meetings",
    "description": (
        "Initial conference plan for a 7-year-old and a 14-month-old after their father's violence to "
        "their mother; he uses cocaine, is on bail and sees the children at his parents' house under "
        "their supervision. The plan is a landscape table whose first column is the worry, merged down "
        "over the actions for it; there is no Who column, so each action cell carries its own owner "
        "('Safety planning with Leanne ... by the IDVA', 'Drug assessment ... (lead: Dunmarsh Drug and "
        "Alcohol Service ...)', 'Referral of Josh ... made by the SW', 'Josh will not come to 7 Saxon "
        "Way ...'), then When and How we will know. Faults: the IDVA's work measured by 'Engagement "
        "with the IDVA'; direct work with Ellis with no owner anywhere; Poppy's immunisations 'ASAP'; "
        "Ellis's attendance 'to be monitored by school', 'Ongoing', 'Monitored'; 'all professionals' "
        "passing on worries; an outcome about the mother only; and the paternal grandparents supervise "
        "contact with nothing in the contingency if they cannot."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Children", "Ellis Carter, born 18/04/2018 (7), Year 3, Brook Lane Primary School; Poppy Carter, "
                         "born 09/11/2024 (14 months)"),
            ("Home", "7 Saxon Way, Dunmarsh DM3 9EF, with their mum, Leanne Carter (26)"),
            ("Father", "Josh Carter (29), staying with a friend at 40 Weir Street, Dunmarsh; on bail"),
            ("Paternal grandparents", "Carol and Mick Carter, 12 Linnet Close, Dunmarsh"),
            ("Category", "Emotional abuse (both children)"),
            ("Conference", "Initial child protection conference, 06/01/2026. Chair: Andrew Pugh"),
            ("Social worker", "Lucy Hargreaves (called 'the SW' in the plan); team manager Farah Ansari"),
            ("Health visitor", "Gemma Stott (called 'the HV' in the plan)"),
        ]),
        ("h1", "Why Ellis and Poppy have a plan"),
        ("p", "On 21/12/2025 Josh came home after using cocaine and drinking, and hit Leanne in the face and "
              "kicked her while she was on the floor. Ellis tried to pull his dad away and was pushed into the "
              "door frame; Poppy was in her cot in the same room. Leanne rang 999. Josh was charged with "
              "assault and bailed not to come to Saxon Way or contact Leanne. Leanne told police it was the "
              "fifth time Josh had hurt her. Poppy missed her 1-year review and her 12-month immunisations. "
              "Ellis's school say he has been angry and tearful since November."),
        ("h1", "What is going well"),
        ("bullets", [
            "Leanne called the police herself and is supporting the prosecution.",
            "Ellis has a good relationship with his teacher and with Mrs Kaur, the DSL.",
            "Poppy is a happy, healthy baby who is walking and babbling.",
            "Carol and Mick have said they will do whatever is needed so the children can still see their dad "
            "safely.",
        ]),
        ("h1", "Ellis and Poppy's world"),
        ("p", "Ellis told the SW at school on 02/01/2026: \"Dad goes funny when he has the white stuff. I tried to "
              "get him off Mum and he threw me.\" He said he misses his dad \"the nice way\" and wants to see him "
              "\"at Nana Carol's, where he's good\". He said he worries about Mum when he is at school."),
        ("p", "Poppy cannot tell us in words. The HV saw on 30/12/2025 that she crawls to Leanne for comfort, "
              "startles at loud noises, and settles quickly when Leanne sings to her. Leanne says Poppy has "
              "been waking four or five times a night since the night of the assault."),
        ("h1", "What we want for Ellis and Poppy"),
        ("numbers", [
            "Ellis and Poppy live in a home where no one is hurt or frightened, and Ellis tells us he feels "
            "safe.",
            "Ellis and Poppy only see their dad when he is sober and an adult is watching.",
            "Poppy's development is checked and her immunisations and nursery place are in place.",
            "Ellis is calm and settled at school and has a trusted adult to talk to.",
            "Leanne feels confident and strong, and is free from abuse.",
        ]),
        ("h1", "The plan"),
        ("p", "Each box in the second column says what will happen and who will do it."),
        ("table", {
            "header": ["What we are worried about", "What will happen, and who will do it", "When",
                       "How we will know"],
            "widths": [4.2, 9.5, 5.0, 7.0],
            "rows": [
                ["Ellis and Poppy have seen and heard their dad hurt their mum, and Ellis tried to stop him",
                 "Josh will not come to 7 Saxon Way, or contact Leanne except through his solicitor about the "
                 "children, while his bail conditions last and in any case until the review conference.",
                 "From 06/01/2026 until the review conference (31/03/2026)",
                 "No police call-outs to 7 Saxon Way; Leanne shows the SW her phone at each visit and there are "
                 "no calls or messages from Josh"],
                [V,
                 "Referral of Josh to the Dunmarsh Choices domestic abuse programme, made by the SW; Josh to go "
                 "to the assessment and every weekly group session.",
                 "Referral by 16/01/2026; weekly from the programme's start date",
                 "Choices' written report on Josh's attendance and progress to each core group"],
                [V,
                 "Safety planning with Leanne, and support through the court case, by the IDVA (Rachel Okoye, "
                 "Dunmarsh Women's Aid).",
                 "Weekly until the trial",
                 "Engagement with the IDVA"],
                [V,
                 "Direct work with Ellis about what he saw and heard at home, using the My Safe Place workbook.",
                 "Six weekly sessions from 21/01/2026",
                 "Ellis's finished workbook; his 'how safe I feel at home' score (0-10) recorded at the first "
                 "and last sessions"],
                ["Josh's cocaine use, and whether the children are safe with him",
                 "Drug assessment, fortnightly key work and a hair strand test for Josh (lead: Dunmarsh Drug and "
                 "Alcohol Service, worker Pete Rowland).",
                 "Assessment by 30/01/2026; hair strand result by 13/03/2026",
                 "DDAS report to the core group on 17/03/2026 giving Josh's use, the test result and whether he "
                 "is ready to stop"],
                [V,
                 "Josh's time with Ellis and Poppy to be supervised by his parents, Carol and Mick Carter, at "
                 "their home, 12 Linnet Close.",
                 "Every Saturday, 10am to 2pm",
                 "Carol writes a contact note each Saturday and sends it to the SW by the Monday"],
                [V,
                 "Carol and Mick will end the contact at once if Josh arrives under the influence or loses his "
                 "temper, and will ring the SW the same day.",
                 "At every contact",
                 "Contact notes show any contact ended early, and the SW's case notes record Carol's or Mick's "
                 "call"],
                ["Poppy's health and development have been missed",
                 "The HV will see Poppy at home every month and complete her overdue 1-year review.",
                 "Monthly until the review conference; 1-year review by 31/01/2026",
                 "ASQ-3 scores and weight in the red book, copied to the SW"],
                [V,
                 "Leanne to take Poppy to the practice nurse so that her immunisations are brought up to date.",
                 "ASAP",
                 "Practice record shows all due immunisations given"],
                [V,
                 "A funded nursery place for Poppy at Little Acorns Nursery, arranged by the SW with Leanne.",
                 "Poppy to start by 02/03/2026",
                 "Nursery register shows Poppy attending three days a week"],
                ["Ellis is worried and angry at school",
                 "Mrs Kaur (DSL) and Ellis's class teacher will meet Ellis every Monday morning for a check-in, "
                 "and agree a time-out card with him.",
                 "Every Monday until the summer half term",
                 "Time-out card use and incidents logged on CPOMS; summary to the SW each fortnight, with fewer "
                 "incidents each half term"],
                [V,
                 "Ellis's attendance to be monitored by school.",
                 "Ongoing",
                 "Monitored"],
                ["Keeping the plan on track",
                 "Home visits to Ellis and Poppy by the SW, seeing Ellis on his own.",
                 "Every two weeks until the review conference",
                 "Visit records on file within 2 working days, including what Ellis says"],
                [V,
                 "Any worry about Ellis or Poppy to be passed to the SW by all professionals.",
                 "Same day",
                 "Recorded on the case file"],
                [V,
                 "Leanne to go to the Freedom Programme at Dunmarsh Family Hub.",
                 "Tuesdays at 10am for 12 weeks from 13/01/2026",
                 "Attendance register and certificate sent to the SW"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Josh comes to 7 Saxon Way or contacts Leanne: Leanne rings 999 and the police will arrest him "
            "for breaching his bail; the SW holds a strategy discussion with the police the same day; and "
            "Leanne and the children can go to the Dunmarsh Women's Aid refuge that night (agreed by Rachel "
            "Okoye).",
            "If Leanne lets Josh back into the home, or either child is hurt: the SW holds a strategy "
            "discussion the same day and asks Farah Ansari for a legal planning meeting within five working "
            "days.",
            "If by the review conference Josh has not started Choices, or the hair strand test shows cocaine "
            "use: the SW will ask for a legal planning meeting before the review conference.",
        ]),
        ("h1", "Meetings"),
        ("p", "Core group every four weeks on Tuesdays at 1.30pm at Brook Lane Primary: 20/01/2026, 17/02/2026 "
              "and 17/03/2026. Review child protection conference: Tuesday 31/03/2026 at 10am, Dunmarsh "
              "Council Offices."),
    ],
    "findings": [
        F("M002", "Safety planning with Leanne, and support through the court case"),
        F("W001", "Direct work with Ellis about what he saw and heard"),
        F("T002", "Leanne to take Poppy to the practice nurse so that"),
        F("T002", "Ellis's attendance to be monitored by school."),
        F("M002", "Ellis's attendance to be monitored by school."),
        F("W002", "Any worry about Ellis or Poppy to be passed to the SW"),
        F("F002", "Leanne feels confident and strong, and is free from abuse."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. The social worker's plan letter to both parents after a review
#    conference: "I will", "Lorna, you said you will", "She will". Exemplary
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b173_denbury_rcpc_plan_letter_i_you_she_will_tierney.docx",
    "doc_title": "Letter to Lorna Tierney and Jamie Boyd - Harley and Teagan's child protection plan",
    "split": "heldout",
    "actions": 15,
    "template": "rcpc-plan-letter-docx-address-block-dear-both-parents-bold-paragraph-headings-why-still-a-plan-what-has-got-better-what-harley-told-me-and-teagans-days-outcomes-numbered-then-what-i-will-do-what-you-have-agreed-to-do-each-you-named-what-other-people-have-agreed-to-do-she-will-he-will-pointing-back-numbered-paragraphs-then-if-things-go-wrong-meetings-sign-off",
    "description": (
        "Exemplary plan letter from the social worker to both parents after a first review conference "
        "for a 5-year-old and a 7-month-old: their father smokes cannabis daily and uses cocaine at "
        "weekends, and their mother has postnatal depression under the perinatal mental health team. "
        "The plan is numbered paragraphs under 'What I will do' ('I will visit ...'), 'What you have "
        "agreed to do' ('Lorna, you said you will ...', 'Jamie, you will not ...', 'Lorna and Jamie, "
        "you both agreed ...') and 'What other people have agreed to do' ('Nadia Begum, your health "
        "visitor, agreed to ... She will ...', 'Sam Osei ... said he will ... He will send me ...'), "
        "each with its time and its check in the same paragraph. The perinatal psychiatrist and nurse "
        "report on capacity to change and how long it will take, the drug service reports on use and "
        "readiness, the grandmother's nights have a fallback, legal planning follows named triggers "
        "and insufficient progress, and core group and review dates are set."
    ),
    "blocks": [
        ("pl", "Denbury Council · Children's Services"),
        ("pl", "Denbury South Family Safeguarding Team"),
        ("pl", "Unit 3, Cobbler's Yard, Denbury DN4 2PW"),
        ("pl", "Telephone 01632 960 418"),
        ("p", ""),
        ("pl", "Ms Lorna Tierney and Mr Jamie Boyd"),
        ("pl", "Flat 9, Harbour Court"),
        ("pl", "Denbury DN3 7QA"),
        ("pr", "26 January 2026"),
        ("p", "Dear Lorna and Jamie,"),
        ("boldp", "Harley and Teagan's child protection plan, after the review conference on 22 January 2026"),
        ("p", "Thank you both for coming to the review conference last Thursday and for being so open about how "
              "hard the last three months have been. As I promised, this letter sets out the plan that was "
              "agreed. I have written it to you both so that you can keep it and check it. When I write \"I\" I "
              "mean me, Aoife Gallagher, your social worker. The chair, Ruth Coleman, decided that Harley and "
              "Teagan will stay on child protection plans under the category of neglect, and that there will "
              "be an early review in three months."),
        ("boldp", "Why Harley and Teagan still have a plan"),
        ("p", "Jamie, you are still smoking cannabis every day, and your urine test in December showed cocaine. "
              "Twice since October I have found Harley and Teagan in the flat with you when you were asleep in "
              "the afternoon and the flat smelled of cannabis. Lorna, your depression has been very low since "
              "Teagan was born; some days you have not been able to get up to feed her or to take Harley to "
              "school. Harley has missed 14 days of school this year and was late 22 times. The damp in "
              "Harley's bedroom means he sleeps on the sofa."),
        ("boldp", "What has got better"),
        ("bullets", [
            "Lorna, you have seen Kerry every week since November and you are taking your antidepressants.",
            "Teagan is gaining weight well and is on the 50th centile.",
            "Jamie, you started seeing Sam at Horizons in December and have kept five of six appointments.",
            "Your mum, Lorna, has been staying at the weekends, and Harley says those are \"the best nights\".",
        ]),
        ("boldp", "What Harley told me, and what we see of Teagan's days"),
        ("p", "When I saw Harley on his own at school on 19 January he told me: \"I like it when Nanna Pauline "
              "sleeps over because she makes pancakes. I don't like the smelly smoke. Mummy is sad a lot.\" He "
              "put a sad face on his drawing of his bedroom \"because it's wet\". He said he wants \"Daddy to "
              "stop smoking and Mummy to smile\"."),
        ("p", "Teagan is 7 months old. Nadia and I have seen that she smiles and reaches for Lorna, that she is "
              "sitting up on her own, and that she settles best when she is fed on time. When the flat is "
              "smoky she coughs and rubs her eyes, and on the days Lorna is very low Teagan has been left in "
              "her bouncer for long periods."),
        ("boldp", "What we all want for Harley and Teagan by the next review"),
        ("numbers", [
            "Harley and Teagan live in a flat where no one smokes cannabis or takes drugs, and they are "
            "always looked after by a sober adult.",
            "Teagan is fed, played with and put to bed on time every day, and keeps growing along her centile.",
            "Harley gets to school on time every day and his attendance is above 95% by the Easter holidays.",
            "Harley sleeps in his own dry bedroom.",
        ]),
        ("boldp", "What I will do"),
        ("pi", "1. I will visit Harley and Teagan at home every week until the review conference, and at least "
               "once a fortnight I will come without ringing first. Each time I will see Harley on his own and "
               "see Teagan awake, and I will write down what Harley tells me and how Teagan is within two "
               "working days."),
        ("pi", "2. I will finish the updated parenting assessment with you both by 13/03/2026. I will go through "
               "it with you before I share it with the core group on 17/03/2026, and you will each get your "
               "own copy."),
        ("pi", "3. I will write to Denbury Homes within a fortnight of the conference (by 05/02/2026) to ask "
               "them to fix the damp and the broken window in Harley's bedroom, and I will give you a copy of "
               "their reply with the date of the repair."),
        ("boldp", "What you have agreed to do"),
        ("pi", "4. Lorna, you said you will take Teagan to the baby clinic at Denbury Fields Family Hub every "
               "other Thursday until she is 12 months old. Her weight will be written in her red book each "
               "time, and Nadia and I will look at it."),
        ("pi", "5. Jamie, you will not smoke cannabis or take any other drug in the flat, on the balcony or in "
               "the car, from the day of the conference (22/01/2026). Your hair strand test in March and my "
               "visits, when I should not smell or see any cannabis, will show us this."),
        ("pi", "6. Jamie, you will not look after Harley or Teagan on your own at night, or drive them anywhere, "
               "until your hair strand result in March is clear. Lorna or Pauline will always be there, and "
               "Harley will tell me who put him to bed when I see him on his own."),
        ("pi", "7. Lorna and Jamie, you both agreed to go to all six sessions of the Calm Homes parenting course "
               "at Denbury Fields Family Hub on Tuesday evenings from 03/02/2026. The course leader, Mo "
               "Fraser, will send me the register after each session, and at the end you will each show me "
               "your plan for Harley's bedtimes."),
        ("pi", "8. Lorna, you agreed to get Harley to school by 8.50am every school day. School will send me his "
               "attendance and late marks every Friday, and we want his attendance to be above 95% by the "
               "Easter holidays."),
        ("boldp", "What other people have agreed to do"),
        ("pi", "9. Nadia Begum, your health visitor, agreed to visit Teagan at home every four weeks until the "
               "review conference. She will do Teagan's 9-12 month review, with an ASQ-3, by 27/02/2026 and "
               "send me the scores and Teagan's weight."),
        ("pi", "10. Dr Sunita Amir, consultant perinatal psychiatrist, said she will see Lorna every four weeks "
               "until the review conference. By 06/03/2026 she will write to me and the core group about how "
               "Lorna's depression affects her care of Teagan, whether Lorna can make the changes the plan "
               "asks for, and how long that is likely to take."),
        ("pi", "11. Kerry Doyle, Lorna's perinatal mental health nurse, will see Lorna at home every week for the "
               "next 12 weeks. Each month she will write to me about the progress Lorna is making, what still "
               "needs to change and how long she thinks it will take."),
        ("pi", "12. Sam Osei, Jamie's worker at Horizons (Denbury's drug and alcohol service), said he will see "
               "Jamie every week and take a hair strand sample by 13/03/2026. He will send me Jamie's "
               "attendance each week, and before the core group on 17/03/2026 a report on Jamie's cannabis and "
               "cocaine use, the hair strand result and whether Jamie is ready to stop."),
        ("pi", "13. Mrs Greenwood, Harley's headteacher, confirmed that school will give Harley a check-in with "
               "Mrs Lowe, the learning mentor, at the start of every school day. Mrs Lowe will write anything "
               "Harley says about home on CPOMS, and Mrs Greenwood will send me a summary every Friday."),
        ("pi", "14. Pauline, Lorna's mum, said she will stay at the flat every Friday and Saturday night until the "
               "review conference, so that a sober adult who does not smoke cannabis is there at night. She "
               "will text me each Saturday and Sunday morning to say she was there, and Harley will tell me "
               "too."),
        ("pi", "15. Dr Rhys Lewis, your GP, will see Lorna every month to check her antidepressants and will "
               "write to Dr Amir and me after each appointment saying whether Lorna is taking them."),
        ("boldp", "If things go wrong"),
        ("bullets", [
            "If Jamie uses cannabis or any drug in the flat or while he is looking after the children, or the "
            "hair strand test shows cocaine: Jamie will leave the flat that day and stay with his brother, "
            "Dean Boyd, at 14 Pier Road until a strategy discussion decides what happens next; I will hold "
            "that strategy discussion with the police and health the same day; and I will ask my manager, "
            "Simon Kerr, for a legal planning meeting within five working days.",
            "If Lorna tells Kerry, Dr Amir or anyone else that she has thoughts of harming herself or Teagan, "
            "the perinatal team (or the crisis team out of hours) will see her the same day, and Harley and "
            "Teagan will stay with Pauline at 3 Rowan Drive until the perinatal team and I agree it is safe "
            "for them to go home.",
            "If Pauline cannot stay on a Friday or Saturday night (she is ill or away), Lorna will ring me, "
            "or the Emergency Duty Team, before 5pm that day, and Lorna and the children will stay at "
            "Pauline's house that night instead. If that is not possible either, Jamie will stay at Dean's "
            "that night.",
            "If there is not enough progress by the review conference (Jamie is still using drugs, or the "
            "parenting assessment and Dr Amir's report say the children's care has not got better), I will ask "
            "for a legal planning meeting before the review conference, to decide whether to start the Public "
            "Law Outline.",
        ]),
        ("boldp", "Meetings"),
        ("p", "The core group will meet every four weeks on Tuesdays at 10am at Denbury Fields Family Hub: "
              "17/02/2026, 17/03/2026 and 14/04/2026. The review child protection conference will be on "
              "Thursday 23/04/2026 at 10am at Denbury Civic Offices."),
        ("p", "If anything in this letter is not clear, or you think I have got something wrong, please ring me "
              "on 01632 960 418. You can bring someone with you to the core group."),
        ("p", "Yours sincerely,"),
        ("pl", "Aoife Gallagher"),
        ("pl", "Social Worker, Denbury South Family Safeguarding Team"),
        ("p", "Copies to: Ruth Coleman (chair); Nadia Begum (HV); Dr Sunita Amir and Kerry Doyle (Denbury "
              "Perinatal Mental Health Service); Sam Osei (Horizons); Mrs Greenwood (Denbury Fields Primary "
              "School); Dr Rhys Lewis (GP); Pauline Tierney."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. A core group record as the family prepares to move to another
#    authority: reported updates, then an agreed actions table. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b173_dinsford_core_group_record_move_to_eldmoor_agreed_actions_maguire.md",
    "split": "heldout",
    "actions": 14,
    "template": "core-group-record-md-details-table-present-and-apologies-lines-numbered-sections-agency-updates-in-reported-speech-what-kayla-and-connor-said-progress-scaling-table-the-move-to-another-authority-then-agreed-actions-table-no-action-by-whom-by-when-how-we-will-know-nominalised-rows-then-contingency-restated-next-meetings",
    "description": (
        "Record of the third core group for a 13-year-old and a 9-year-old on plans for neglect: their "
        "mother is alcohol dependent, the older girl has been buying her drink and looking after her "
        "brother, and the family moves to a council house in another authority (Eldmoor) at the end of "
        "the month. Agency updates are in reported speech ('ME said Tanya had attended four of five key-work "
        "sessions'), then the children's words, a scaling table and a section on the move; the agreed "
        "actions table (No. / Action / By whom / By when / How we will know) holds nominalised rows "
        "('Referral of Kayla to ...', 'Completion of the parenting assessment to be paused ...', 'Teas "
        "for Kayla and Connor at Bernie's house ...'). Faults: the young carers' referral handed to "
        "Eldmoor 'once the family has settled'; the parenting assessment paused for Eldmoor to finish; "
        "the counselling measured by 'Engagement'; 'All agencies' passing on worries; the aunt's teas "
        "with '-' for how we will know; the new school place with '-' for by whom; and the review "
        "conference cancelled with the transfer-in conference 'date to be confirmed'."
    ),
    "text": """\
# Dinsford City Council - Children's Services

## Core group meeting record

| | |
|---|---|
| **Children** | Kayla Maguire, born 21/08/2012 (13), Year 8, Dinsford High School; Connor Maguire, born 04/03/2016 (9), Year 4, St Aidan's RC Primary School |
| **Address** | 88 Railway Terrace, Dinsford DF5 2AB (moving to 14 Ash Grove, Eldmoor, on 28/02/2026) |
| **Plan** | Child protection plans, category neglect, since the initial conference on 02/12/2025 |
| **Meeting** | Core group 3, Tuesday 10/02/2026, 3.30pm, Dinsford High School |
| **Chair** | Sinead Farrell, social worker (SF) |
| **Notes** | Beth Ormsby, family support worker (BO) |

**Present:** Tanya Maguire (Mum); Bernadette (Bernie) Quinn, maternal aunt; Sinead Farrell (SF); Mark
Ellery, recovery worker, Dinsford Recovery Service (ME); Mrs Ruth Cole, counsellor, Dinsford High School;
Mr Tom Harris, DSL, St Aidan's RC Primary; Beth Ormsby (BO). Kayla joined for the first fifteen minutes.

**Apologies:** Dr Niamh O'Neill, GP, Dinsford Road Surgery (update by e-mail).

### 1. Updates since core group 2 (13/01/2026)

- **SF** said she had visited every week since the last core group and seen both children on their
  own each time. The fridge had food in it at every visit. On 29/01/2026 she found Kayla cooking tea
  for Connor at 7pm while Tanya was asleep upstairs.
- **Tanya** said she had not had a drink since 14/01/2026 and that the move to Eldmoor would be "a fresh
  start". She said she would like Kayla to join a drama club in Eldmoor.
- **ME** said Tanya had attended four of five key-work sessions since 13/01/2026; all four breath tests
  read 0.00. She missed the session on 27/01/2026 and said she had a migraine.
- **Mrs Cole** said Kayla had come to counselling on three of the four Thursdays since the last meeting
  and was "starting to open up".
- **Mr Harris** said Connor's attendance since Christmas was 91%, with six late marks, all on Mondays.
- **Dr O'Neill** (by e-mail) said Tanya's liver function tests on 29/01/2026 were raised and she had asked
  Tanya to come in to discuss them; Tanya has not yet booked.
- **Bernie** said she had had the children for tea every Tuesday and Thursday since Christmas.

### 2. What Kayla and Connor have said

Kayla told the core group: "Mum's been better but I still check the bins for bottles. I don't want to
move schools in Year 8. Nobody asked me." She said she wants a break from "being the mum".

Connor told BO at their session on 09/02/2026: "I like Auntie Bernie's house because there's always
chips." In his Three Houses he put "Mum asleep on the sofa" in his worries house and "Eldmoor has a
big park" in his dreams house.

### 3. Progress against the outcomes

| Outcome | Where we are (0 = no progress, 10 = outcome met) |
|---|---|
| Kayla and Connor are looked after every day by a sober adult | Professionals 5, Tanya 8 |
| Kayla no longer buys alcohol for her mum or looks after Connor in the evenings | Professionals 3, Kayla 4 |
| Kayla and Connor are at school on time every day | Professionals 6 |
| Kayla and Connor have a hot meal every evening | Professionals 6, Bernie 7 |

### 4. The move to Eldmoor

Tanya has accepted a three-bedroom council house at 14 Ash Grove, Eldmoor, and the family move on
28/02/2026. SF notified Eldmoor County Council Children's Services on 03/02/2026. Eldmoor must hold a
transfer-in conference within 15 working days of the move; they have not yet given a date or named a
social worker. Kayla has a place at Eldmoor Academy from 02/03/2026; Connor does not yet have a school
place.

### 5. Agreed actions

| No. | Action | By whom | By when | How we will know |
|---|---|---|---|---|
| 1 | Weekly home visits to Kayla and Connor, seeing each of them on their own, until the transfer-in conference in Eldmoor | SF | Weekly until the transfer-in conference | Visit records on CareFile within 2 working days, including what each child said |
| 2 | Referral of Kayla to Eldmoor Young Carers, to be made by Eldmoor Children's Services once the family has settled in Eldmoor | Eldmoor Children's Services | Once the family has settled | Eldmoor Young Carers confirm a place in writing |
| 3 | Tanya's weekly alcohol key work, with a breath test at each session, to carry on without a break until Eldmoor Recovery Service has seen her, with ME at that first Eldmoor appointment | ME | Weekly until Eldmoor's first appointment; joint appointment by 06/03/2026 | Breath test readings e-mailed to SF after each session; joint appointment letter on file |
| 4 | Completion of the parenting assessment to be paused now, and the assessment finished by Eldmoor's allocated social worker after the transfer | Eldmoor Children's Services | Within six weeks of the transfer-in conference | Assessment report shared with the Eldmoor core group |
| 5 | Kayla's counselling sessions with Mrs Cole, Thursday lunchtimes | Mrs Cole (Dinsford High School) | Weekly until the move | Engagement |
| 6 | Any worry about Kayla or Connor, including any sign that Tanya has been drinking, to be passed to SF the same day | All agencies | Same day | Logged on CareFile |
| 7 | Connor's attendance and late marks e-mailed to SF | Mr Harris (St Aidan's) | Every Friday until the move | Attendance at 95% or above, and no Monday late marks, for the rest of the half term |
| 8 | GP appointment for Tanya to go through her liver function results, and a letter to SF about her drinking and her health | Dr O'Neill (GP) | By 20/02/2026 | GP letter on file |
| 9 | Tanya will not drink while Kayla and Connor are in her care, will not send Kayla to buy alcohol, and will not leave Kayla in charge of Connor in the evening | Tanya | From today (10/02/2026) | Breath test readings (action 3); what Kayla and Connor tell SF when seen alone |
| 10 | Teas for Kayla and Connor at Bernie's house after school, so that they have a hot meal | Bernie Quinn (aunt) | Tuesdays and Thursdays until the move | - |
| 11 | Sending of the case file, chronology and this plan to Eldmoor Children's Services | SF | By 20/02/2026 | Eldmoor confirm in writing that they have received them |
| 12 | Joint home visit with Eldmoor's social worker before the family moves, to introduce them to Kayla and Connor | SF, with Eldmoor's social worker | By 27/02/2026 | Joint visit record on CareFile |
| 13 | School place for Connor in Eldmoor, so that he does not miss school after the move | - | Before the move (28/02/2026) | Place confirmed in writing, with a start date |
| 14 | "All about me" sessions with Connor about home, Mum's drinking and the move | BO | Weekly, Mondays after school, until the move | Connor's Three Houses drawings and his own worry scores kept on CareFile |

### 6. Contingency (from the initial conference plan, restated)

- If Tanya drinks while caring for Kayla and Connor, a breath test is positive, or Kayla rings to say
  her mum is drunk: Kayla and Connor go to Bernie's at 3 Mill Court the same day; SF (or the Emergency
  Duty Team out of hours) holds a strategy discussion that day; and SF asks her team manager, Gary
  Holt, for a legal planning meeting within five working days.
- If Bernie cannot have the children for tea or cannot take them in an emergency, Kayla or Tanya rings
  SF that day; BO will bring a hot meal on tea days, and in an emergency SF will arrange a foster
  placement that night.
- If Tanya has not given a clear breath test at three sessions in a row, SF will ask for a legal
  planning meeting within ten working days.

### 7. Next meetings

Core group 4: Tuesday 10/03/2026, 3.30pm, Dinsford High School, if the family has not yet moved.

The review conference that Dinsford had booked for 03/03/2026 has been cancelled because the family
are moving. Eldmoor will hold a transfer-in conference, date to be confirmed.

Record written by BO and checked by SF, 11/02/2026. Copies to everyone present, Dr O'Neill and Eldmoor
Children's Services.
""",
    "findings": [
        F("X001", "Referral of Kayla to Eldmoor Young Carers, to be made"),
        F("T002", "Referral of Kayla to Eldmoor Young Carers, to be made"),
        F("X001", "Completion of the parenting assessment to be paused now"),
        F("M002", "Kayla's counselling sessions with Mrs Cole, Thursday lunchtimes"),
        F("W002", "Any worry about Kayla or Connor, including any sign"),
        F("M001", "Teas for Kayla and Connor at Bernie's house after school"),
        F("W001", "School place for Connor in Eldmoor, so that he"),
        F("R001"),
    ],
})
