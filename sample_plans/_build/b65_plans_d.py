"""Batch 65, module d: seven fictional plans (tuning material), places beginning with "d".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans typed fast by busy practitioners. Shorthand and abbreviations
(SW, HV, FSW, DSL, CG, RCPC, w/c, wkly, fortn., asap, tbc, n/a, Mum/Dad, MGM),
initials as owners, dates in many forms ("w/c 17/2", "by nxt CG", "end Feb",
"Tues pm", "6 wks"), lower case, missing full stops and typos left in, mixed
bullet styles, a Word table where two fields were typed into one cell and the
next cell left blank, and rows copy-pasted from an earlier plan with stale
dates. Faults and hard negatives are both written in that shorthand ("wkly" is
a timescale, "SW" is an owner, "tbc" is vague). Two plans are exemplary.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Rushed core group 2 update with a revised action table (docx): no
#    outcomes anywhere, MGM carries two actions with no fallback
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b65_drellingham_cg2_update_table_marsh.docx",
    "doc_title": "CG2 update - Marsh",
    "split": "tune",
    "actions": 11,
    "template": "core-group-2-update-docx-kv-present-initials-updates-by-initials-then-action-who-when-how-table-shorthand",
    "description": (
        "Rushed core group 2 update for a 7-year-old and a 2-year-old (neglect, mum's drinking), typed in "
        "shorthand with initials as owners and timescales such as 'wkly', 'fortn., update before each CG', "
        "'Tues 11/2 pm', 'by nxt CG', 'Mon-Thu, 3.15'. The drug and alcohol service reports on change and "
        "the contingency has a trigger, a response and a legal step. Faults: no outcome for the children "
        "anywhere (O001), the maternal grandmother carries two actions and the contingency sends the children "
        "to her with no plan if she cannot (C003), 'asap' and 'tbc' as the only timescale (T002), a blank "
        "measure (M001), 'to be monitored at CG' (M002), 'all' as owner (W002), a passive row with a blank "
        "Who cell (W001)."
    ),
    "blocks": [
        ("title", "CG2 - Marsh - update + revised actions"),
        ("p", "Drellingham Borough Council - Children's Services - Locality Team 2"),
        ("kv", [
            ("Children", "Kacey Marsh (7), Yr 2 St Wendel's Primary; Alfie Marsh (2), at home"),
            ("Mum", "Danielle Marsh (27), 9 Cobb Walk, Drellingham"),
            ("MGM", "Pat Marsh, 14 Larch Close, 5 mins walk"),
            ("Dad", "Ryan Cole - no contact w/ either child since 2023"),
            ("Plan", "ICPC 9/1/25, cat. neglect"),
            ("CG2", "Mon 3/2/25, 1pm, Drellingham Family Hub"),
            ("SW", "Jess Tranter (JT)"),
        ]),
        ("h2", "present"),
        ("p", "Danielle (Mum), Pat (MGM), JT (SW), Sue Rimmer HV (SR), Mrs Ann Hurst DSL St Wendel's (AH), "
              "Lorna Baptiste FSW (LB), Kev Platt keyworker, Drellingham Drug + Alcohol Service (KP). "
              "apols: none"),
        ("h2", "updates since CG1"),
        ("p", "JT - 3 visits since CG1, 2 unannounced. 22/1 Mum smelt of alcohol at 4pm, Alfie in the same "
              "nappy as the morning, nothing in the fridge but milk. 29/1 much better, house tidy + tea on. "
              "Mum says she is down to 'a few cans on a friday'"),
        ("p", "KP - Mum has been to 3 of 4 keywork appts (missed 27/1), breath test 0.00 at the other 3"),
        ("p", "AH - Kacey late 6x in Jan, no PE kit twice, hungry by 10am most days. attendance 88%"),
        ("p", "SR - Alfie not brought to his 2yr review on 15/1, rebooked. last wt 25th centile (Oct)"),
        ("p", "Pat - has had Alfie overnight 3 times since CG1 when Mum 'wasnt up to it'"),
        ("h2", "kacey + alfie"),
        ("p", "JT saw Kacey on her own at school 30/1. she said \"mummy is sleepy on fridays and I make alfie a "
              "sandwich\" and \"i like it at nans coz there's always tea\". she would like to go to brownies "
              "with her friend Ruby. Alfie - chatty at Pat's, climbs on her knee for a cuddle; at home on 22/1 "
              "he was quiet, in his cot at 4pm, + ate a yoghurt and a banana v fast when JT asked Mum to get "
              "him something"),
        ("h2", "actions (revised at CG2)"),
        ("table", {
            "header": ["Action", "Who", "When", "How we'll know"],
            "widths": [6.4, 2.8, 3.0, 4.8],
            "rows": [
                ["home visits to see K + A, at least 1 in 2 unannounced, Kacey seen on her own each time",
                 "SW (JT)", "wkly",
                 "visit recs on LCS incl. what Kacey says + whats in the fridge"],
                ["keywork sessions w/ Mum incl. breath test, + a written update on whether her drinking is "
                 "changing + what that means for K + A",
                 "KP - DDAS", "fortn., update before each CG",
                 "breath test results + written update emailed to JT"],
                ["Alfie's 2yr review + wt (rebooked)",
                 "HV (SR)", "Tues 11/2 pm",
                 "ASQ-3 scores + wt plotted on centile chart, shared w/ JT"],
                ["Nan to have Alfie overnight Fri + Sat so Mum isnt caring for him on her drinking nights",
                 "MGM (Pat)", "every Fri + Sat",
                 "Pat signs the diary, JT checks it at visits"],
                ["Nan to pick Kacey up from school + give her tea",
                 "MGM (Pat)", "Mon-Thu, 3.15",
                 "school pick up log + Pat's diary"],
                ["breakfast club place for Kacey",
                 "DSL (AH)", "asap",
                 "breakfast club register"],
                ["referral to Drellingham Young Carers for Kacey",
                 "SW", "tbc",
                 "acceptance letter on file"],
                ["15 hrs funded nursery place for Alfie - chase the funding + find a setting",
                 "FSW (LB)", "by nxt CG",
                 ""],
                ["help Mum w/ a tea-time + bedtime routine chart",
                 "FSW (LB)", "wkly for 6 wks",
                 "to be monitored at CG"],
                ["let JT know same day of any concern re Mum's drinking or the kids care",
                 "all", "same day",
                 "logged by JT on LCS"],
                ["Kacey's attendance + lates checked daily, Mum rung by 9.15 if she's not in",
                 "", "daily",
                 "attendance printout emailed to JT every Fri"],
            ],
        }),
        ("h2", "if things go wrong"),
        ("p", "if Mum has been drinking while she has the kids (breath test over 0, smells of alcohol, or Kacey "
              "tells us) - K + A go to Pat's that night + JT (EDT out of hrs) holds a strat disc same day. if "
              "this happens twice before the RCPC JT to ask TM for a legal planning mtg"),
        ("h2", "next mtgs"),
        ("p", "CG every 4 wks, same time + place: CG3 Mon 3/3, CG4 Mon 31/3. RCPC Thurs 10/4/25, 10am, "
              "Drellingham Civic Centre"),
        ("p", "typed by JT 3/2 - sorry for typos, pls email me any corrections by Fri"),
    ],
    "findings": [
        F("O001"),
        F("C003"),
        F("T002", "breakfast club place for Kacey"),
        F("T002", "referral to Drellingham Young Carers for Kacey"),
        F("M001", "15 hrs funded nursery place for Alfie"),
        F("M002", "help Mum w/ a tea-time + bedtime routine chart"),
        F("W002", "let JT know same day of any concern"),
        F("W001", "Kacey's attendance + lates checked daily"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Action table pasted into an email from the plan doc and saved as text:
#    tab-separated rows, no child's voice, vague contingency (txt)
# ---------------------------------------------------------------------------
def _tabs(*rows):
    return "\n".join("\t".join(r) for r in rows)


_PRICE_TABLE = _tabs(
    ("Action", "Who", "By when", "How we'll know"),
    ("home visits, see Jaden + Mia on their own each time, check food in + bedrooms",
     "SW Hannah Dobbs", "wkly until transfer-in conf at Dennersby", "visit recs on file"),
    ("support sessions w/ Mum re mood, sleep + meds",
     "CPN Gary Rhodes, Dunscarrow CMHT", "fortn.", "CMHT attendance record"),
    ("lithium review + written view on whether Mum's relapse signs are settling, what still needs to change "
     "+ how long before she can manage the kids mornings on her own",
     "Dr S Aziz, CMHT psychiatrist", "by 14/3", "letter to SW + GP"),
    ("Jaden + Mia's attendance + lates checked each am, Mum rung by 9.30 if either not in",
     "Mrs Kaur DSL, Fenwick Rd Primary", "daily", "attendance printout to SW every Fri"),
    ("help w/ the school run for Jaden + Mia",
     "family", "as and when", "school late book"),
    ("Mum to engage w/ CMHT + take her lithium as prescribed",
     "Mum", "ongoing", "engagement"),
    ("parenting assessment - to be started by Dennersby CSC once the transfer has gone through",
     "Dennersby CSC", "after transfer", "PA report"),
    ("young carers assessment for Jaden",
     "Jo Tate, Dunscarrow Young Carers", "", "assessment shared w/ SW"),
    ("safety plan w/ Jaden - who he rings + where they go if Mum becomes unwell",
     "SW Hannah Dobbs", "by 7/3", "copy in Jaden's school bag + on file"),
    ("health check for Mia - ht, wt, teeth + eyes",
     "Bev Lomax, school nurse", "w/c 10/3", "results to SW + GP"),
)

PLANS.append({
    "name": "b65_dunscarrow_email_pasted_action_table_price.txt",
    "split": "tune",
    "actions": 10,
    "template": "email-saved-as-text-headers-body-then-outcomes-list-and-tab-separated-action-table-pasted-from-word-then-contingency-and-dates",
    "description": (
        "Social worker's email after core group 1 for an 11-year-old and a 6-year-old (neglect, mum's "
        "bipolar disorder after a relapse; family moving to another authority), with the action table "
        "pasted from the plan doc as tab-separated lines and the whole email saved as text. The psychiatrist "
        "is asked for a view on change and how long it will take; 'asap' appears only in the covering text. "
        "Faults: nothing the children have said or shown (F003), an outcome about mum only (F002), the "
        "CPN only supporting (H001), a 'family' school run 'as and when' (W002, T002), 'ongoing' and "
        "'engagement' (T002, M002), the parenting assessment left to the receiving authority after transfer "
        "(X001), a blank 'by when' (T001), a contingency that only meets and considers (C002) with no legal "
        "step (R002), and the review conference 'tbc' (R001)."
    ),
    "text": """\
From: Hannah Dobbs <hannah.dobbs@dunscarrow.gov.uk>
Sent: 18 February 2025 16:52
To: Gary Rhodes (CMHT); Dr S Aziz (CMHT); Mrs P Kaur (DSL Fenwick Rd); Jo Tate (Young Carers); Bev Lomax (School Nurse); Leanne Price; Craig Price
Cc: Mike Ord (TM)
Subject: RE: Price - CP plan actions from CG1 (11/2)

Hi all

Sorry for the delay - as promised the actions from CG1 on Tues 11/2, pasted
below from the plan doc. pls check your bits + let me know asap if anythings
wrong. Mum + Dad have a paper copy.

Quick reminder of where we are: Jaden (11) + Mia (6) on CP plans since ICPC
28/1, cat. neglect. Mum (Leanne) has bipolar disorder, open to Dunscarrow CMHT,
relapse in Dec after she stopped her lithium - home conditions + school
attendance went downhill. Dad (Craig) works away Mon-Thu (HGV). No concerns re
alcohol or drugs for either parent. Family are moving to Dennersby for Dads
new job around end of March - I've let Dennersby know + will request a
transfer-in conf once they have the new adress.

OUTCOMES (from ICPC plan, for ref)
- Jaden + Mia get to school on time every day having had breakfast
- Mum's mental health is stable + she takes her meds
- Jaden + Mia have a safe adult they can ring if Mum becomes unwell
- the kids live in a clean home w/ food in

ACTIONS (CG1 11/2/25)

""" + _PRICE_TABLE + """

CONTINGENCY
if things deteriorate or there are further concerns CG to meet early +
consider next steps

NEXT MTGS
CG every 4 wks, 3.30 at Fenwick Rd Primary - next Tues 11/3 + Tues 8/4
RCPC tbc - chair's office to confirm date

Thanks
Hannah

Hannah Dobbs | Social Worker | Assessment & Intervention Team 3
Dunscarrow Council Children's Services | 01632 960 418

This email + any attachments are confidential and intended only for the
named recipients. If you have recieved it in error pls tell the sender.
""",
    "findings": [
        F("F003"),
        F("F002", "Mum's mental health is stable + she takes her meds"),
        F("H001", "support sessions w/ Mum re mood, sleep + meds"),
        F("W002", "help w/ the school run for Jaden + Mia"),
        F("T002", "help w/ the school run for Jaden + Mia"),
        F("T002", "Mum to engage w/ CMHT + take her lithium"),
        F("M002", "Mum to engage w/ CMHT + take her lithium"),
        F("X001", "to be started by Dennersby CSC once the transfer"),
        F("T001", "young carers assessment for Jaden"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Handwritten planning-meeting notes typed up, mixed bullet styles: a
#    looked-after baby on the children's ward with nobody set to visit her,
#    and most actions about mum's own needs (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b65_dapplemere_handwritten_notes_typed_up_kowalski.md",
    "split": "tune",
    "actions": 9,
    "template": "planning-meeting-notes-md-typed-from-handwriting-bold-lowercase-headings-mixed-bullet-markers-dash-star-plus-and-numbered-dot-and-paren",
    "description": (
        "Planning meeting notes for a 5-week-old typed up from the social worker's handwriting, all lower "
        "case, with '-', '*', '+', '1.' and '3)' bullets mixed in one plan. The baby is accommodated under "
        "section 20 on the children's ward waiting for a foster placement; her days on the ward are "
        "recorded, the GP reports back, the contingency has triggers, responses and a legal step, and "
        "meetings are dated. Faults: nobody is set to visit the looked-after baby on the ward (L001), six "
        "of nine actions are about mum's own needs (F001), an outcome about mum only (F002), the perinatal "
        "CPN only supporting (H001), 'when she feels ready' and 'tbc' with no measure (T002, M001 twice), a "
        "benefits check with no measure (M001), and a passive daily weight check with no one named (W001)."
    ),
    "text": """\
# planning mtg notes 6/2/25 - baby zofia kowalski

typed up from my handwritten notes - Anna Bryce (SW), Dapplemere Children's Services, Hospital Team

present: AB (SW), Mel Grant (HV), Sister Joan Pike (Ward 4), Ruth Amsel (CPN, Dapplemere Perinatal MH Team), Agata Kowalska (mum), Laura Pell (IRO, chair)

**background**

zofia kowalski, DOB 2/1/25 (5 wks), born at 36+1 wks at Dapplemere General. readmitted to Ward 4 (childrens ward) on 31/1 w/ wt loss - birth wt 2.6kg, now 2.4kg, dropped from the 50th to below the 9th centile. mum has PND, on sertraline, open to perinatal MH since Dec. dad not named on the birth cert + not involved

s20 signed by mum 3/2 so zofia is looked after. plan is discharge to foster carers (Mr + Mrs Dunne, Dapplemere Fostering) once the ward say she is medically fit, prob w/c 17/2. ICPC was 28/1 (before she was readmitted), cat. neglect - CP plan carries on alongside the LAC plan

**zofia on the ward**

nurses say she takes 90ml 3 hrly for them + keeps it down. settles if held upright after a feed, v unsettled 6-9pm. sister pike says she is alert + follows faces. mum has visited 4 of 6 days so far, stays about an hour, did one feed on 5/2 - zofia fed well but mum held the bottle flat + she took in a lot of air + was sick

**what we want for zofia**

- zofia gaining wt + back up to her centile
- zofia fed on time, every feed, by whoever is caring for her
* mum to feel better + stop feeling so low

**plan / who's doing what**

- CPN (Ruth Amsel) to carry on home visits to support mum w/ her low mood - wkly - visits recorded in perinatal MH notes
* GP (Dr Okon, Dapplemere Health Centre) to review mum's sertraline dose by 14/2 + write to AB w/ the outcome
+ AB to help mum w/ her housing application (damp in the flat) - by end Feb - housing reg no. on file
- mum to self refer to talking therapies when she feels ready
1. AB to liaise w/ ward 4 re discharge planning + the foster placement - by 14/2 - written discharge plan agreed w/ ward + carers
2. HV (Mel) to see zofia at the foster carers + weigh her - within 5 days of discharge then wkly - wt plotted in red book, on or above 9th centile
3) mum to do counselling re her own childhood - tbc
- benefits check for mum (UC + PIP) - FSW Jodie Crane - by 28/2
- zofia's wt checked daily on the ward + plotted on her chart

**if things go wrong**

if mum tries to take zofia off the ward or withdraws her s20 consent - ward staff ring police + AB straight away, AB holds a strat disc same day + asks TM for a legal planning mtg that day. if the foster placement falls through zofia stays on ward 4 until new carers are found. if mum's mood drops so she cant keep herself safe - CPN arranges a crisis team assessment same day

**mtgs**

CG fortn., Thurs 2pm at Dapplemere Family Hub - 1st one 20/2. LAC review 4/3. RCPC 22/4/25 10am

notes checked by LP (IRO) 7/2
""",
    "findings": [
        F("L001"),
        F("F001"),
        F("F002", "mum to feel better + stop feeling so low"),
        F("H001", "carry on home visits to support mum w/ her low mood"),
        F("T002", "mum to self refer to talking therapies"),
        F("M001", "mum to self refer to talking therapies"),
        F("T002", "mum to do counselling re her own childhood"),
        F("M001", "mum to do counselling re her own childhood"),
        F("M001", "benefits check for mum (UC + PIP)"),
        F("W001", "zofia's wt checked daily on the ward"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Word table with the columns used inconsistently: a timescale typed into
#    the Who cell, a measure typed into the When cell, owner and date swapped,
#    a stale "planlint: ignore" note (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b65_dorrowby_word_table_mixed_up_columns_hughes.docx",
    "doc_title": "Child Protection Plan - Lowri and Cai Hughes",
    "split": "tune",
    "actions": 13,
    "template": "icpc-plan-docx-kv-then-action-who-when-how-table-fields-typed-into-wrong-cells-next-cell-blank-owner-and-date-swapped",
    "description": (
        "Initial conference plan for a 12-year-old and an 8-year-old (domestic abuse; dad drinking and "
        "now living at his brother's on bail; mum's anxiety). The Word table's columns are used "
        "inconsistently: 'SW Ffion Pryce - wkly' typed into Who with When blank, 'by 21/2 - signed copy on "
        "file' typed into When with the measure blank, and one row with the date under Who and the owner "
        "under When (all hard negatives: the row still has its owner, time and measure), and 'wkly, ongoing' "
        "(a real timescale). Faults: an outcome "
        "about mum only (F002), dad's drinking and mum's anxiety with no adult service owning anything "
        "(F004), dad's self-referral 'asap' with no measure (T002, M001), 'Cai's engagement w/ sessions' "
        "(M002), the Freedom Programme 'tbc' (T002), 'professionals' as owner (W002), and an attendance row with '-' as owner "
        "and no measure (W001, M001)."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Dorrowby County Council - Children + Families - Safeguarding Team West"),
        ("kv", [
            ("Children", "Lowri Hughes (12), Yr 7 Dorrowby High; Cai Hughes (8), Yr 3 St Brannock's Primary"),
            ("Mum", "Sian Hughes (36), 7 Mill Lane, Dorrowby - the kids live w/ her"),
            ("Dad", "Gareth Hughes (39) - arrested 11/1, on bail not to come to Mill Lane, staying at his "
                    "brother's in Dellacombe"),
            ("Conference", "ICPC Wed 5/2/25"),
            ("Category", "Emotional abuse"),
            ("SW", "Ffion Pryce"),
            ("Chair", "Alun Rees"),
        ]),
        ("h1", "Why there's a plan"),
        ("p", "Police called to Mill Lane 5x since Sept. 11/1 Gareth came home drunk + threw a mug at Sian, Cai "
              "was in the room + Lowri rang 999. Gareth drinks most nights (told conf \"6-8 pints, more at "
              "wknds\") + has never had help with it. Sian has anxiety + panic attacks, says she has \"not been "
              "right since Sept\" - hasnt seen her GP about it yet"),
        ("h1", "What Lowri + Cai say"),
        ("p", "Lowri (seen alone at school 31/1): \"I'm sick of Dad kicking off every weekend. I want him to get "
              "help but I dont want him back yet.\" she says she stays in her room w/ her headphones on + worries "
              "about leaving Mum on her own. Cai (at home 3/2): has nightmares + has started wetting the bed "
              "again. he misses his dad + wants to see him \"at the park not at home\". on his 3 houses he put "
              "\"shouting\" in the worries house"),
        ("h1", "What we want for Lowri + Cai"),
        ("bullets", [
            "Lowri + Cai live w/o shouting, violence or police at the house + tell us they feel safe at home",
            "Cai sleeps through the night + gets help w/ the wetting",
            "the kids see Dad safely, when they want to, + know what will happen at each contact",
            "Mum to feel more confident + less anxious",
        ]),
        ("h1", "Plan"),
        ("table", {
            "header": ["Action", "Who", "When", "How we'll know"],
            "widths": [6.2, 3.6, 3.4, 3.8],
            "rows": [
                ["see Lowri + Cai on their own at home + school, talk about Dad + contact",
                 "SW Ffion Pryce - wkly", "",
                 "visit recs w/ the kids own words"],
                ["update DA safety plan w/ Mum, Lowri + Cai, copy to both schools",
                 "IDVA Mared Lloyd", "by 21/2 - signed copy on file",
                 ""],
                ["Choices programme (perpetrator prog.) incl. the sessions on impact on kids",
                 "Dad", "Thurs eves, 24 wks from 6/3",
                 "attendance sheet to SW mthly"],
                ["Dad to self refer to Dorrowby Alcohol Service",
                 "Dad", "asap",
                 ""],
                ["supervised contact for Lowri + Cai w/ Dad",
                 "Dorrowby Family Centre - contact sup.", "fortn. Sat am",
                 "contact recording to SW within 2 days"],
                ["referral to CAMHS for Cai re nightmares + wetting",
                 "school nurse (Carys Bevan)", "w/c 17/2",
                 "referral accepted letter on file"],
                ["ELSA sessions for Cai - worries + feelings",
                 "Mrs Jones, ELSA", "wkly, Weds pm",
                 "Cai's engagement w/ sessions"],
                ["check-ins for Lowri w/ head of year, anything re home passed to DSL",
                 "Mr Evans HoY", "wkly, ongoing",
                 "check-in log"],
                ["flag Mill Lane on police systems + tell SW of any call out",
                 "Dorrowby Police DA Unit", "within 24 hrs of any call out",
                 "call outs logged on the kids file"],
                ["Mum to do the Freedom Programme at Dorrowby Women's Centre",
                 "Mum", "tbc",
                 "attendance cert"],
                ["tell SW same day if Dad is seen near the house or either school",
                 "professionals", "same day",
                 "logged by SW"],
                ["Lowri + Cai's attendance checked daily, Mum rung by 9.30 if not in",
                 "-", "daily",
                 ""],
                ["health check for Cai - ht/wt, sleep, wetting",
                 "by 28/2", "school nurse (Carys)",
                 "results to SW + GP"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Gareth comes to Mill Lane or either school, or contacts Sian or the kids outside supervised "
              "contact, Sian rings 999 + SW (EDT out of hrs) holds a strat disc same day; contact stops until "
              "a new risk assessment is done. If Sian + the kids cant stay safely at home the IDVA finds a "
              "refuge place that day."),
        ("p", "If Gareth breaches his bail twice, or Sian lets him back in before the RCPC, SW to ask TM for a "
              "legal planning mtg."),
        ("h1", "CG + review"),
        ("p", "CG every 4 wks, 3.30pm at Dorrowby High: 19/2, 19/3, 16/4. RCPC Thurs 1/5/25, 10am, County Hall."),
    ],
    "findings": [
        F("F002", "Mum to feel more confident + less anxious"),
        F("F004"),
        F("T002", "Dad to self refer to Dorrowby Alcohol Service"),
        F("M001", "Dad to self refer to Dorrowby Alcohol Service"),
        F("M002", "ELSA sessions for Cai - worries + feelings"),
        F("T002", "Mum to do the Freedom Programme at Dorrowby"),
        F("W002", "tell SW same day if Dad is seen"),
        F("W001", "Lowri + Cai's attendance checked daily"),
        F("M001", "Lowri + Cai's attendance checked daily"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Review conference plan whose table still holds rows copy-pasted from the
#    initial plan with stale dates; the contingency section was lost in the
#    copy, family carries two actions (pdf, header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b65_delverton_rcpc_copied_rows_stale_dates_brennan.pdf",
    "doc_title": "RCPC plan - Jayden, Ella and Finn Brennan",
    "split": "tune",
    "actions": 12,
    "template": "rcpc-plan-paged-kv-progress-views-decision-outcomes-then-no-action-lead-by-when-evidence-table-starred-rows-carried-over-from-icpc-with-stale-dates",
    "description": (
        "First review conference plan for a 14-, 10- and 3-year-old (neglect, both parents using cannabis "
        "and cocaine). Rows starred as carried over from the initial plan still carry dates from last autumn "
        "('by 14/11/24', 'w/c 4/11/24, 8 wks'): stale, but still dates, so not labelled. The substance misuse "
        "service reports on change; children's views, outcomes and meeting dates are there. Faults: no "
        "contingency at all while the aunt and the paternal grandmother carry two actions (C001, C003) and "
        "no legal step anywhere (R002), a speech and language assessment with no output (M001), 'ongoing' / "
        "'reviewed at CG' (T002, M002), a blank 'by when' (T001), 'core group' as lead (W002), a passive "
        "nursery row with 'n/a' as lead (W001). Header and page footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE - Delverton Borough Council - Children's Services",
    "footer": "RCPC plan - Brennan - page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Conference - Plan"),
        ("kv", [
            ("Children", "Jayden Brennan (14), Yr 9 Delverton Academy; Ella Brennan (10), Yr 5 Holy Cross RC "
                         "Primary; Finn Brennan (3), Little Owls Nursery (15 hrs)"),
            ("Parents", "Nicola Brennan (35) + Lee Brennan (37), 22 Sorrel Way, Delverton"),
            ("Family", "Claire Nash (Nicola's sister, maternal aunt), Maureen Brennan (PGM)"),
            ("Conference", "RCPC 1, Mon 10/2/25 (ICPC was 14/10/24)"),
            ("Category", "Neglect"),
            ("SW", "Tom Ferris (TF)"),
            ("IRO", "Mandy Ilott"),
        ]),
        ("h2", "Progress since ICPC"),
        ("p", "Lee + Nicola both told the ICPC they use cocaine at wknds + cannabis most days. Since Dec both "
              "have been going to Delverton Substance Misuse Service (DSMS) - Nicola 7 of 9 appts, Lee 4 of 9. "
              "Hair strand tests Jan: Nicola neg for cocaine, pos for cannabis; Lee pos for both. Home "
              "conditions up + down - OK on 3 of 6 visits, but 27/1 no food in + dog mess in the kitchen. "
              "Ella's attendance up from 84% to 93%. Finn's 2yr review done 2/12 (late) - speech delay, SALT "
              "referral made. Jayden excluded 2 days in Jan (vaping in the toilets)."),
        ("p", "Claire has Finn Tues + Thurs while Nicola is at DSMS, + Maureen does the school run for Ella "
              "most days."),
        ("h2", "What the children say"),
        ("p", "Jayden (seen alone 3/2): \"its better than before Christmas, mums up in the mornings now.\" He "
              "doesnt want his mates to know about the plan + would like his own room (he shares w/ Finn). "
              "Ella (at school 3/2): \"I like it when Nan takes me cos we get there on time.\" She worries about "
              "the dog mess + about being smelly at school. Finn: chatty at nursery but only about 20 words, "
              "hungry at drop off on Mondays, runs to Claire when she collects him."),
        ("h2", "Decision"),
        ("p", "Conference agreed Jayden, Ella + Finn remain at risk of significant harm (neglect). Plan continues."),
        ("h2", "Outcomes for Jayden, Ella + Finn"),
        ("bullets", [
            "the kids live in a clean home w/ food in every day + clean clothes for school",
            "Jayden, Ella + Finn are cared for by parents who are not using drugs when they are looking "
            "after them",
            "Finn's speech gets the help it needs + he is ready to start school in Sept 26",
            "Jayden + Ella are in school every day",
        ]),
        ("h2", "Plan (updated at RCPC - rows marked * carried over from the ICPC plan)"),
        ("table", {
            "header": ["No", "Action", "Lead", "By when", "Evidence"],
            "widths": [1.0, 6.0, 3.2, 3.0, 3.8],
            "rows": [
                ["1", "home visits, at least 1 in 3 unannounced, see each child alone + check kitchen, food + "
                      "bedrooms",
                 "SW (TF)", "wkly until next RCPC",
                 "visit recs on Mosaic incl. each child's views + photos of kitchen"],
                ["2*", "complete C+F assessment + share w/ parents",
                 "SW (TF)", "by 14/11/24",
                 "assessment shared w/ family + CG"],
                ["3", "keywork + hair strand tests for Nicola + Lee, written report on whether each is reducing "
                      "+ what it means for the kids care",
                 "DSMS - Amir Shah (keyworker)", "keywork wkly; report before each CG",
                 "test results + written report to SW"],
                ["4", "SALT assessment for Finn at Little Owls",
                 "Delverton SALT - Priya Nair", "w/c 3/3",
                 ""],
                ["5", "have Finn Tues + Thurs while Nicola is at DSMS",
                 "Aunt Claire", "Tues + Thurs",
                 "Claire's diary, seen by SW"],
                ["6", "school run for Ella",
                 "PGM Maureen", "every school day",
                 "Holy Cross late book"],
                ["7*", "support parents w/ home conditions + routines",
                 "FSW Dean Carr", "ongoing",
                 "reviewed at CG"],
                ["8", "learning mentor sessions for Jayden re exclusions + vaping",
                 "Ms Obi, learning mentor", "",
                 "session notes shared w/ SW"],
                ["9", "make sure Jayden + Finn each have their own bed + bedding",
                 "core group", "by 31/3",
                 "beds seen by SW at a visit"],
                ["10", "Ella's attendance checked + any absence followed up same day",
                 "Holy Cross DSL - Mrs Grady", "daily",
                 "attendance to SW every Fri"],
                ["11*", "parents to attend Delverton Triple P group",
                 "Nicola + Lee", "w/c 4/11/24, 8 wks",
                 "certificate of completion"],
                ["12", "Finn's nursery attendance + how he presents recorded each session",
                 "n/a", "every session",
                 "wkly email to SW"],
            ],
        }),
        ("h2", "Core group + next review"),
        ("p", "CG every 6 wks, 3.30pm at Holy Cross: Mon 24/3, Mon 5/5, Mon 16/6. Next RCPC Mon 7/7/25, 10am, "
              "Delverton Town Hall."),
        ("p", "Plan typed by TF 11/2/25 from the RCPC notes, checked by MI 12/2/25."),
    ],
    "findings": [
        F("C001"),
        F("C003"),
        F("R002"),
        F("M001", "SALT assessment for Finn at Little Owls"),
        F("T002", "support parents w/ home conditions + routines"),
        F("M002", "support parents w/ home conditions + routines"),
        F("T001", "learning mentor sessions for Jayden re exclusions"),
        F("W002", "make sure Jayden + Finn each have their own bed"),
        F("W001", "Finn's nursery attendance + how he presents recorded"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan typed in shorthand but complete: perinatal team
#    reports on change, grandmother's nights have a fallback (pdf, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b65_dimmocksford_icpc_shorthand_table_oyelaran.pdf",
    "doc_title": "Child Protection Plan - Kemi and Tobi Oyelaran",
    "split": "tune",
    "actions": 9,
    "template": "icpc-plan-paged-kv-then-numbered-what-who-when-how-table-shorthand-timescales-wkly-fortn-wc-before-each-cg",
    "description": (
        "Initial conference plan for a 6-year-old and a 4-month-old (mum's postnatal depression after an "
        "incident in December; dad on night shifts; maternal grandmother covers his nights). Typed in "
        "shorthand throughout - 'wkly, 1 in 3 unannounced, until RCPC', 'wkly for 6 wks then fortn.', "
        "'report before each CG', 'from Mon 20/1', 'every Tues am for 8 wks from 21/1' - but every row "
        "names its owner, its time and what will show it. The perinatal team and the psychiatrist are asked "
        "about change and how long it will take; the children's words and days are recorded; the "
        "contingency covers the grandmother not being able to do the nights and sets a legal step; core "
        "group dates and the review date are set. Header and page footer. Exemplary."
    ),
    "header": "OFFICIAL-SENSITIVE - Dimmocksford City Council - Children's Social Care",
    "footer": "CP plan - Oyelaran - pg {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan - ICPC"),
        ("kv", [
            ("Children", "Kemi Oyelaran (6), Yr 1 St Osyth's C of E Primary; Tobi Oyelaran (4 mths), at home"),
            ("Parents", "Funmi Oyelaran (29) + Segun Oyelaran (33), 41 Quarry Rd, Dimmocksford"),
            ("MGM", "Bola Adeyemi, Kemp St, 10 mins away"),
            ("ICPC", "Tues 14/1/25, Dimmocksford Civic Centre"),
            ("Category", "Neglect"),
            ("SW", "Rachel Kidd (RK), Dimmocksford Children's Safeguarding Team 1"),
            ("Chair", "Sunil Bhatt"),
        ]),
        ("h2", "Why there's a plan"),
        ("p", "Funmi has had postnatal depression since Tobi was born, worse since Nov. On 20/12 Segun came home "
              "to find Funmi in the bath + Tobi on the bathroom floor crying; she said she \"couldn't face him\". "
              "Seen by the crisis team that night, now open to the Dimmocksford Perinatal Mental Health Team "
              "(PMHT) + started on mirtazapine. Segun works 3 nights a wk at the depot. Tobi's wt dropped from "
              "the 50th to the 25th centile between Oct + Dec. Kemi was late to school 9x in Dec."),
        ("h2", "Kemi + Tobi"),
        ("p", "Kemi (seen alone at school 9/1): \"Mummy is sad and stays in bed. I help with Tobi's bottle.\" She "
              "wants \"mummy to play again\" + says she likes Nana Bola's house \"coz she does jollof and we "
              "watch Bluey\". She put home at 5 out of 10."),
        ("p", "Tobi (seen at home 8/1 + 13/1): smiles + babbles at Segun, is quiet + watchful w/ Funmi, cries "
              "+ arches his back during feeds. Settles quickly on Bola's shoulder. Takes 150ml 4 hrly when fed "
              "on time."),
        ("h2", "What we want for Kemi + Tobi by the RCPC"),
        ("bullets", [
            "Tobi is fed on time, day + night, + his wt is back on or above the 25th centile",
            "Tobi is never left on his own w/ a parent who is too unwell to care for him",
            "Kemi gets to school on time + isn't the one doing Tobi's bottles or looking after Mum",
            "Kemi + Tobi are cared for by a mum whose mood is stable enough to feed them, play w/ them + get "
            "them out of the house",
        ]),
        ("h2", "Plan"),
        ("table", {
            "header": ["", "What", "Who", "When", "How we'll know"],
            "widths": [0.8, 6.0, 3.2, 3.2, 3.8],
            "rows": [
                ["1", "see Kemi + Tobi at home (Tobi awake + fed during the visit) + Kemi alone at school; "
                      "check where Tobi sleeps",
                 "SW Rachel Kidd", "wkly, 1 in 3 unannounced, until RCPC",
                 "visit recs w/ Kemi's own words + what was seen of Tobi's feeds + sleep"],
                ["2", "weigh Tobi + check feeding, sleep position + how Funmi responds to him",
                 "HV Anne-Marie Toal", "wkly for 6 wks then fortn.",
                 "wt plotted in red book, on/above 25th centile; HV notes to RK fortn."],
                ["3", "home visits w/ Funmi + a written report on whether she is making the changes needed to "
                      "care for Kemi + Tobi, the steps still to take + the likely timescale",
                 "CPN Deb Harlow, PMHT", "visits wkly; report before each CG",
                 "report emailed to RK 2 working days before each CG"],
                ["4", "meds + risk review for Funmi, incl. her view on how likely Funmi is to recover enough to "
                      "care for Tobi on her own + by when",
                 "Dr Mensah, perinatal psychiatrist", "by 14/2/25",
                 "clinic letter to RK + GP"],
                ["5", "stay over + do Tobi's night feeds on Segun's night shifts",
                 "MGM Bola Adeyemi", "each night shift (3 a wk) until RCPC",
                 "feed chart signed by Bola, checked by RK at visits"],
                ["6", "put Segun's shifts on the fridge calendar so Bola + RK know which nights he is out",
                 "Segun", "each Sunday for the wk ahead",
                 "calendar seen by RK at each visit"],
                ["7", "breakfast club place for Kemi, Mon-Fri",
                 "DSL Mrs Varma", "from Mon 20/1",
                 "breakfast club register shows Kemi in by 8.15 on at least 4 of 5 days"],
                ["8", "ELSA check-in w/ Kemi re feelings + jobs at home; anything about home passed to the DSL",
                 "Miss Hart (ELSA)", "every Thurs pm in term time",
                 "ELSA log; DSL emails RK the same day if Kemi says anything about home"],
                ["9", "baby group at the family hub w/ Funmi + Tobi - play, songs + bottle feeding",
                 "FSW Lucy Dunn", "every Tues am for 8 wks from 21/1",
                 "attendance + FSW notes on how Funmi + Tobi play together, shared at each CG"],
            ],
        }),
        ("h2", "If things go wrong"),
        ("p", "If Funmi says she wants to harm herself or Tobi, or is found not responding to him (not getting "
              "up for feeds, leaving him to cry for long periods), Segun or Bola rings the PMHT duty line (999 "
              "if urgent) + RK (EDT out of hrs). Funmi is not left alone w/ Tobi, Kemi + Tobi go to Bola's that "
              "day + RK holds a strat disc the same day."),
        ("p", "If Bola can't do the nights (ill, away) Segun takes leave - his manager has agreed this. If "
              "neither can, Funmi's sister Yemi Adeyemi stays over, + if no one can, RK arranges a foster "
              "placement for Tobi that day."),
        ("p", "If Tobi's wt drops below the 9th centile, or the PMHT report says Funmi is not making progress by "
              "CG2 (11/3), RK will ask her TM for a legal planning mtg within 5 working days."),
        ("h2", "CGs + RCPC"),
        ("p", "CG every 4 wks, 2pm, Dimmocksford Family Hub: Tues 11/2, Tues 11/3, Tues 8/4. RCPC Thurs 24/4/25, "
              "10am, Dimmocksford Civic Centre."),
        ("p", "Plan typed by RK 15/1/25 + sent to Funmi, Segun, Bola + all agencies."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Core group 1 plan typed fast into a plain text file: dash bullets, each
#    with owner, time and what will show it, in shorthand (txt, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b65_durnhallow_cg1_typed_bullets_begum.txt",
    "split": "tune",
    "actions": 8,
    "template": "core-group-1-plan-plain-text-upper-case-headings-dash-bullets-owner-first-shorthand-timescales",
    "description": (
        "Core group 1 plan for a 10-year-old and a 2-year-old whose father, at home with the toddler while "
        "mum works, has poorly controlled epilepsy after stopping his medication. Typed fast as plain text: "
        "lower case, shorthand, 'w/c 24/2', 'by nxt CG (17/3)', 'Tues pm', '2/52', and each dash "
        "bullet names its owner, its time and what will show it. The epilepsy nurse and the GP own actions "
        "and report back; the children's words and days are recorded; outcomes are about the children; the "
        "grandmother's afternoons have a fallback; legal step, core group dates and review date are set. "
        "Exemplary."
    ),
    "text": """\
DURNHALLOW COUNCIL - CHILDREN'S SERVICES - LOCALITY TEAM EAST
CG1 - BEGUM - plan as agreed Mon 17/2/25, 1.30pm, Durnhallow Family Hub

kids:    Amira Begum (10), Yr 5 Durnhallow Park Primary
         Zayn Begum (2), at home w/ Dad in the day
parents: Shahid Begum (41) + Rukhsana Begum (36), 12 Weir St, Durnhallow
PGM:     Nasreen Begum, 3 doors down at no. 18
ICPC 4/2/25, cat. neglect. SW Nadia Rahim (NR). IRO Colin Ashe

present: Shahid, Rukhsana, Nasreen, NR (SW), Kath Lyle (epilepsy nurse,
Durnhallow Neuro Centre), Mr Cole (DSL, Durnhallow Park), Mrs Ali (manager,
Busy Bees Nursery), Dr Farooq's practice nurse for the GP

WHY THERE'S A PLAN
Shahid has epilepsy. he stopped his meds in the autumn ("they made me tired")
+ has had 4 seizures since Nov, 2 while on his own w/ Zayn. 21/1 Amira got
home from school to find Dad on the kitchen floor + Zayn in the back yard on
his own w/ the gate open; she rang 999. Rukhsana works nights + lates at the
care home so Shahid has Zayn most afternoons. back on his meds since 23/1

AMIRA + ZAYN
amira (seen alone at school 11/2 by NR): "i run home coz i'm scared Dad's had
a fit." she checks on Zayn before she takes her coat off. she wants to go to
netball club on Thurs again + wants "someone grown up" to be there w/ Dad.
home 6/10.
zayn (seen at home 6/2 + 13/2): chatty, plays trains w/ Dad, follows Amira
everywhere. nursery trial day 14/2 - cried at drop off then settled w/ the
water tray. Nasreen says he goes to the back door + rattles it when bored.

WHAT WE WANT FOR AMIRA + ZAYN (by RCPC)
- zayn is never on his own w/ an adult who is having a seizure or can't look
  after him, + the back gate is always locked
- amira comes home to a grown up who is well, goes to netball, + isn't the
  one watching Dad
- zayn has a nursery place + is seen by his HV for his 2yr check

ACTIONS
- NR (SW): home visits wkly, at least 1 in 3 unannounced, see Amira alone +
  Zayn awake each time; visit recs w/ Amira's own words + who was looking
  after Zayn when NR arrived
- Kath Lyle (epilepsy nurse): med review w/ Shahid by 28/2 then phone check
  2/52; written update to NR before each CG on his seizure diary, whether
  he is taking his meds + if he is safe to have Zayn on his own yet
- Dr Farooq (GP): set Shahid's meds to a 28-day auto repeat + flag any
  missed collection to NR by 24/2; GP letter to NR confirming it is set up
- Shahid: take meds am + pm every day using the dosette box + fill in the
  seizure diary; NR checks the box + diary at each visit
- Nasreen (PGM): be at no. 12 every weekday 1pm-6pm while Rukhsana is at
  work, until Zayn starts nursery, then 3pm-6pm; signs the sheet by the
  front door, checked by NR at visits
- Mrs Ali (Busy Bees): funded nursery place for Zayn, Mon-Fri 9am-3pm,
  from w/c 24/2; register + arrival sheet emailed to NR every Fri
- Mr Cole (DSL): check in w/ Amira Tues pm, wkly, + young carers referral
  by 7/3; check-in notes + referral ref no. to NR
- Kath Lyle (epilepsy nurse): seizure first aid session for Rukhsana +
  Nasreen, + a short one for Amira (her only job is to ring 999), by nxt CG
  (17/3); session in the neuro notes + Amira can tell NR the plan

IF THINGS GO WRONG
- if Shahid has a seizure while he is on his own w/ Zayn, or misses his meds
  2 days running (dosette box / diary), Rukhsana or Nasreen rings NR (EDT
  out of hrs) the same day, Zayn is not left alone w/ Shahid again until a
  strat disc is held (NR arranges it the same day) + he
  stays w/ Nasreen at no. 18 in the meantime
- if Nasreen can't do the afternoons (ill, away), Rukhsana swaps to earlies
  (her manager has agreed this) + Zayn goes to Busy Bees full days; if
  neither can cover, NR arranges a childminder or a foster carer for Zayn
  that day
- if there is another seizure while Shahid is on his own w/ Zayn, or he
  misses his meds 2 days running twice before the RCPC, NR will ask the TM
  for a legal planning mtg within 5 working days

NEXT MTGS
CG every 4 wks, Mon 1.30pm, Durnhallow Family Hub: 17/3, 14/4
RCPC Tues 6/5/25, 10am, Durnhallow Town Hall

typed by NR 17/2 - sent to the family + everyone above
""",
    "findings": [],
})
