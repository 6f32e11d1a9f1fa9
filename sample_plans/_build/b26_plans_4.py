"""Batch 26, module 4: seven fictional plans (tuning material), all exemplary.

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
Focus: good plans in forms and exports (case-system text prints with
labelled fields, action cards, boxed forms, stacked label | value tables,
PDFs with repeated page headers, a task list exported from a planning tool).
"""
import textwrap

from build_batch5 import F, H, V  # noqa: F401  (F unused: every plan here has no findings)

PLANS = []


# ---------------------------------------------------------------------------
# 1. Case-system print: Q-numbered form answers, then one pipe-ruled record
#    per action with wrapped field lines (txt). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b26_yarrowdene_pipe_ruled_action_records_print_brennock.txt",
    "split": "tune",
    "template": "rcpc-case-system-print-q-numbered-answers-then-pipe-ruled-action-records-resp-target-evidence-txt",
    "description": (
        "Exemplary review CP plan for two siblings (11 and 7; mother's drinking) printed from a case "
        "system: Q-numbered form answers, then one pipe-ruled record per action with Resp / Target / "
        "Evidence field lines. Alcohol service assesses change and reports; grandmother's support has a "
        "fallback; specific contingency, core group dates, review conference and legal planning."
    ),
    "text": """\
YARROWDENE METROPOLITAN BOROUGH COUNCIL - CHILDREN'S SERVICES
CareFrame v4.2  ::  FORM CP-PLAN-R  (Child Protection Plan - Review)
Printed 22/05/2025 09:41   User PKAUR01   Status AUTHORISED (TM G. Halloran, 21/05/2025)
------------------------------------------------------------------------------------------
Subject(s) : BRENNOCK, Kayden    DOB 14/02/2014 (11y)   CF-0098812
             BRENNOCK, Mollie    DOB 30/09/2017 (7y)    CF-0098813
Address    : 41 Tannery Row, Yarrowdene YD4 2HS
Household  : Stacey Brennock (mother, 34)
Not res.   : Lee Brennock (father, 36) - lives in Coldwell, sees children Saturdays
Conference : RCPC 20/05/2025 - plan to continue - category NEGLECT
Lead SW    : Priya Kaur, Safeguarding Team East, tel 01632 960 614
Chair/IRO  : Martin Osei
------------------------------------------------------------------------------------------

Q1  Why do the children need a plan?
>   Stacey drinks to the point where she cannot look after the children, mostly
    Thursday to Sunday evenings. Since the ICPC on 04/02/2025 there have been two
    nights (22/02 and 06/04) when Kayden rang his nan at 11pm because he could not
    wake his mum. Stacey started at Yarrowdene Recovery Service (YRS) on 18/02 and
    had 5 clear breath tests out of 7 before a relapse over Easter. Mollie missed
    14 school sessions in the spring term. Kayden is doing most of the cooking and
    puts Mollie to bed on the nights his mum has been drinking.

Q2  What is going well?
>   Stacey was honest about the Easter relapse and rang YRS herself on 07/04. She
    has had 6 clear breath tests since. Mollie's attendance in May is 100%.
    Carol Brennock (PGM) has supervised every Saturday contact with Lee and has had
    the children overnight every time she was asked. Lee has come to every core
    group and says he would take the children at short notice.

Q3  What do Kayden and Mollie say?  (seen alone - give dates)
>   Kayden (seen alone at home 09/05, at school 16/05): "When Mum's been drinking
    I do the tea and put Mollie to bed. I'd rather just be normal and play on my
    Xbox." He scored home a 5 out of 10 ("it was a 2 at Easter"). He wants his
    mum "to stop for good", wants to keep going to Nan's on Saturdays and does not
    want to move house or school. He is worried about starting at Hollins High in
    September "in case I'm late all the time".
    Mollie (seen alone at school 16/05): drew her mum doing her plaits and said "I
    like it when Mummy does my hair in the morning. I don't like it when she's
    sleepy on the sofa and won't wake up." She says she likes school "because of
    Miss Dunn and the reading den" and that Nan's house is "the cosy house".

Q4  Outcomes for the children  (ref used in Q5)
>   O1  Kayden and Mollie are always looked after by a sober adult, including in
        the evenings and at weekends.
    O2  Mollie gets to school every day, on time, fed and ready to learn.
    O3  Kayden no longer cooks, puts Mollie to bed or rings for help for his mum,
        and has time for himself, his friends and his football.
    O4  Both children understand, in words that fit their age, why Mum's drinking
        made home unsafe, and each knows who to ring if they are worried.

Q5  Actions  (one record per action.  Resp = person responsible)
------------------------------------------------------------------------------------------
ACT-01 | Out O1, O3, O4 | Resp: Priya Kaur (SW)
       | Action  : Home visits, planned and unannounced, at least one a month in an
       |           evening or at a weekend; see Kayden and Mollie alone each visit
       | Target  : every 10 working days (minimum); next due by 30/05/2025
       | Evidence: CareFrame visit records show both children seen alone and what
       |           they said; Stacey breath-tested at every evening visit
------------------------------------------------------------------------------------------
ACT-02 | Out O1 | Resp: Dean Mallory, recovery worker, Yarrowdene Recovery Service
       | Action  : Weekly key-work with Stacey and random breath tests (at least two a
       |           week, one of them Fri-Sun); assess whether Stacey can stay sober
       |           while caring for Kayden and Mollie, and how long that will take
       | Target  : weekly; written report before each core group; full view on her
       |           capacity to change by 25/07/2025
       | Evidence: breath-test log and YRS report to each core group, giving a view
       |           on capacity to change and a likely timescale
------------------------------------------------------------------------------------------
ACT-03 | Out O1 | Resp: Stacey Brennock (mum)
       | Action  : Not drink at all while Kayden or Mollie are in her care, and agree
       |           to a breath test whenever the SW or YRS ask
       | Target  : every day, from 20/05/2025
       | Evidence: every breath test reads 0.00; no calls from Kayden to Carol about
       |           his mum; children's own scaling at visits
------------------------------------------------------------------------------------------
ACT-04 | Out O1 | Resp: Dr Ann Whitley (GP), Tannery Lane Surgery
       | Action  : Repeat Stacey's liver function tests and write to the SW and YRS
       |           with the results and any change in her prescribing
       | Target  : bloods by 13/06/2025; letter within 10 working days of results
       | Evidence: GP letter on the children's file and on the YRS record
------------------------------------------------------------------------------------------
ACT-05 | Out O2 | Resp: Joanne Pike, DSL, St Aidan's Primary
       | Action  : Check Mollie's (and Kayden's) attendance each morning; ring Stacey
       |           by 9.30am if either child is not in, and tell the SW the same day
       |           if there is no good reason
       | Target  : every school day; weekly figures to SW every Friday
       | Evidence: register shows Mollie at 95% or above each half term; Friday
       |           email to SW with attendance and any lates
------------------------------------------------------------------------------------------
ACT-06 | Out O3 | Resp: Hollie Grant, Yarrowdene Young Carers Project
       | Action  : Young carer's assessment for Kayden, then a place at the Wednesday
       |           young carers club
       | Target  : assessment by 20/06/2025; club weekly from w/c 23/06/2025
       | Evidence: assessment copied to SW; club register shows Kayden attending
------------------------------------------------------------------------------------------
ACT-07 | Out O2, O3 | Resp: Joanne Pike, DSL, St Aidan's Primary
       | Action  : Transition meeting with the DSL at Hollins High so Kayden's plan
       |           and his worry about being late are known before September
       | Target  : by 04/07/2025 (before transition day, 09/07/2025)
       | Evidence: transition meeting note on file; Hollins High DSL named on the
       |           plan and invited to the 31/07 core group
------------------------------------------------------------------------------------------
ACT-08 | Out O1 | Resp: Carol Brennock (PGM)
       | Action  : Supervise Saturday contact between Lee and the children at her
       |           house, and have the children overnight on any night Stacey has
       |           been drinking
       | Target  : every Saturday 10am-4pm; overnight the same night when called
       | Evidence: contact diary signed by Carol and Lee, seen by the SW at each
       |           visit; any overnight stay texted to the SW by 9am next day
------------------------------------------------------------------------------------------
ACT-09 | Out O4 | Resp: Priya Kaur (SW), with Stacey
       | Action  : Words-and-pictures story with Kayden and Mollie about Mum's
       |           drinking, and a safety card for each child with three numbers
       | Target  : story by 27/06/2025; cards by 06/06/2025
       | Evidence: story and both cards brought to the 03/07 core group; each child
       |           can say who they would ring when asked at visits
------------------------------------------------------------------------------------------
ACT-10 | Out O1 | Resp: Priya Kaur (SW)
       | Action  : Family network meeting with Stacey, Carol and Lee to agree who
       |           has the children on which nights if Stacey drinks or Carol is
       |           not available
       | Target  : meeting by 13/06/2025
       | Evidence: written family network plan signed by Stacey, Carol and Lee and
       |           shared with the core group on 03/07/2025
------------------------------------------------------------------------------------------

Q6  Contingency - what happens if the plan is not keeping the children safe?
>   If Stacey is found to have been drinking while Kayden or Mollie are in her sole
    care (a positive breath test, Kayden ringing for help, or a report from police,
    school or a neighbour), the SW - or the emergency duty team out of hours - will
    visit the same day and the children will go to Carol Brennock (PGM) for at least
    72 hours. If Carol cannot take them or is unwell, they will go to Lee's flat in
    Coldwell if the SW has checked it that day; if neither is possible, the children
    will be placed together with Yarrowdene foster carers that night (section 20
    with Stacey's agreement, or police protection if she does not agree).
    A strategy discussion will be held within 24 hours of any such incident and the
    SW will request a legal planning meeting within 5 working days.
    If Carol cannot supervise a Saturday contact, that contact moves to Brookside
    Family Centre (Saturday 10am-12 noon, supervised by family centre staff) and Lee
    does not see the children unsupervised.

Q7  Review arrangements
>   Core group: every 4 weeks - 05/06/2025, 03/07/2025, 31/07/2025, 28/08/2025, all
    at 10am, Yarrowdene Family Hub. Minutes to all members within 5 working days.
    Review child protection conference: 18/11/2025, 2pm, Yarrowdene Civic Centre.
    Legal planning: if Stacey has another drinking episode while caring for the
    children before the 31/07/2025 core group, or the YRS report of 25/07/2025 says
    she is unlikely to make the changes within the children's timescales, the SW
    will request a legal planning meeting (PLO) with the team manager.

------------------------------------------------------------------------------------------
Parents' signatures : S. Brennock 20/05/2025   L. Brennock 20/05/2025
Copies sent         : all core group members 22/05/2025
*** END OF FORM CP-PLAN-R ***                                                 Page 1 of 1
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Translated family copy, English / Portuguese, each action in a drawn
#    box with bilingual field labels (txt). Exemplary.
# ---------------------------------------------------------------------------
_W2 = 84  # inner width of a card


def _box(title: str, fields: list[tuple[str, list[str]]]) -> str:
    """An action card drawn with box characters: a title bar, then labelled fields."""
    out = ["┌" + "─" * (_W2 + 2) + "┐", "│ " + title.ljust(_W2) + " │", "├" + "─" * (_W2 + 2) + "┤"]
    for label, paras in fields:
        if len(paras) == 1 and paras[0].startswith("    "):  # one language-neutral line: on the label line
            lines = textwrap.wrap(label + ": " + paras[0].strip(), _W2, subsequent_indent="      ")
            out.extend("│ " + line.ljust(_W2) + " │" for line in lines)
            continue
        out.append("│ " + label.ljust(_W2) + " │")
        for para in paras:
            prefix, body = para[:4], para[4:]
            lines = textwrap.wrap(body, _W2 - 6)
            for i, line in enumerate(lines):
                out.append("│   " + ((prefix if i == 0 else "    ") + line).ljust(_W2 - 2) + " │")
    out.append("└" + "─" * (_W2 + 2) + "┘")
    return "\n".join(out)


_CARDS_2 = [
    ("AÇÃO 1 / ACTION 1 – Visitas da assistente social / Social worker visits", [
        ("O quê / What", [
            "PT  Visitar Davi e Helena em casa, com intérprete de português, e conversar com Davi "
            "sozinho em todas as visitas; ver onde Helena dorme e como ela está se alimentando.",
            "EN  Visit Davi and Helena at home with a Portuguese interpreter and talk to Davi on his "
            "own at every visit; see where Helena sleeps and how she is feeding.",
        ]),
        ("Quem / Who", ["    Kate Hollis, assistente social / social worker (SW)"]),
        ("Quando / When", ["    A cada 2 semanas; a próxima visita até 23/05/2025. / Every 2 weeks; next visit by 23/05/2025."]),
        ("Como vamos saber / How we will know", [
            "PT  Os registros das visitas mostram que Davi foi visto sozinho e o que ele disse.",
            "EN  Visit records show Davi seen alone and what he said, in his words.",
        ]),
    ]),
    ("AÇÃO 2 / ACTION 2 – Terapia para Luana / Therapy for Luana", [
        ("O quê / What", [
            "PT  Doze sessões de TCC com intérprete para a depressão pós-parto de Luana, e um relatório "
            "para cada reunião do grupo principal dizendo se Luana está conseguindo fazer as mudanças "
            "necessárias para cuidar de Davi e Helena, e em quanto tempo.",
            "EN  Twelve CBT sessions with an interpreter for Luana's postnatal depression, and a report "
            "to each core group on whether Luana is able to make the changes needed to care for Davi "
            "and Helena, and how long that is likely to take.",
        ]),
        ("Quem / Who", ["    Sara Mendes, terapeuta / therapist, Yewmarsh Talking Therapies"]),
        ("Quando / When", ["    Semanal, a partir de 27/05/2025; relatório antes de cada reunião. / Weekly from 27/05/2025; report before each core group."]),
        ("Como vamos saber / How we will know", [
            "PT  Relatório escrito com as notas PHQ-9 e a opinião da terapeuta sobre a capacidade "
            "de mudança de Luana, enviado à SW antes de cada reunião.",
            "EN  Written report with PHQ-9 scores and the therapist's view of Luana's capacity to "
            "change, sent to the SW before each core group.",
        ]),
    ]),
    ("AÇÃO 3 / ACTION 3 – Remédios de Luana / Luana's medication", [
        ("O quê / What", [
            "PT  Revisar a sertralina de Luana todo mês e escrever para a SW depois de cada consulta.",
            "EN  Review Luana's sertraline every month and write to the SW after each review.",
        ]),
        ("Quem / Who", ["    Dr Imran Sadiq, médico de família / GP, Marsh Lane Surgery"]),
        ("Quando / When", ["    Mensal; primeira consulta até 06/06/2025. / Monthly; first review by 06/06/2025."]),
        ("Como vamos saber / How we will know", [
            "PT  Carta do médico no processo das crianças depois de cada consulta.",
            "EN  GP letter on the children's file after each review.",
        ]),
    ]),
    ("AÇÃO 4 / ACTION 4 – Plano de segurança / Safety plan", [
        ("O quê / What", [
            "PT  Fazer um plano de segurança com Luana, instalar fechaduras novas e um alarme de "
            "porta, e levar o caso ao MARAC.",
            "EN  Write a safety plan with Luana, have new locks and a door alarm fitted, and take "
            "the case to MARAC.",
        ]),
        ("Quem / Who", ["    Beatriz Lopes, IDVA, Yewmarsh Women's Aid (fala português / Portuguese speaker)"]),
        ("Quando / When", ["    Plano até 23/05/2025; fechaduras até 30/05/2025; MARAC em 05/06/2025. / Plan by 23/05/2025; locks by 30/05/2025; MARAC on 05/06/2025."]),
        ("Como vamos saber / How we will know", [
            "PT  Cópia do plano de segurança no processo; fechaduras e alarme vistos pela SW.",
            "EN  Copy of the safety plan on file; locks and alarm seen in place by the SW.",
        ]),
    ]),
    ("AÇÃO 5 / ACTION 5 – Polícia / Police", [
        ("O quê / What", [
            "PT  Colocar um alerta no endereço da família e responder como prioridade a qualquer "
            "ligação; avisar a SW no mesmo dia se Rafael descumprir a ordem judicial.",
            "EN  Put a marker on the family's address for a priority response and tell the SW the "
            "same day of any breach of the non-molestation order by Rafael.",
        ]),
        ("Quem / Who", ["    DS Alan Pryce, Yewmarsh Police Domestic Abuse Unit"]),
        ("Quando / When", ["    Alerta até 23/05/2025; aviso à SW no mesmo dia. / Marker by 23/05/2025; SW told the same day."]),
        ("Como vamos saber / How we will know", [
            "PT  E-mail da polícia confirmando o alerta; registros de ocorrências enviados à SW.",
            "EN  Police email confirming the marker; incident logs sent to the SW.",
        ]),
    ]),
    ("AÇÃO 6 / ACTION 6 – Programa para Rafael / Programme for Rafael", [
        ("O quê / What", [
            "PT  Frequentar o programa Safe Dads (24 semanas, com intérprete) sobre violência "
            "doméstica e o efeito dela em Davi e Helena.",
            "EN  Attend the Safe Dads programme (24 weeks, with an interpreter) on domestic abuse "
            "and its effect on Davi and Helena.",
        ]),
        ("Quem / Who", ["    Rafael Costa (pai / dad)"]),
        ("Quando / When", ["    Semanal, às terças, a partir de 10/06/2025. / Weekly on Tuesdays from 10/06/2025."]),
        ("Como vamos saber / How we will know", [
            "PT  Lista de presença e relatório do facilitador para cada reunião do grupo principal.",
            "EN  Attendance list and facilitator's report to each core group.",
        ]),
    ]),
    ("AÇÃO 7 / ACTION 7 – Visitas com o pai / Contact with dad", [
        ("O quê / What", [
            "PT  Supervisionar as visitas de Rafael com Davi e Helena no Centro da Família e "
            "anotar como as crianças reagem antes, durante e depois.",
            "EN  Supervise Rafael's contact with Davi and Helena at the Family Centre and record how "
            "the children are before, during and after.",
        ]),
        ("Quem / Who", ["    Mark Tunney, supervisor de visitas / contact supervisor, Yewmarsh Family Centre"]),
        ("Quando / When", ["    Sábado sim, sábado não, das 10h às 11h30, a partir de 31/05/2025. / Every other Saturday, 10-11.30am, from 31/05/2025."]),
        ("Como vamos saber / How we will know", [
            "PT  Relatório de cada visita enviado à SW em até 2 dias úteis.",
            "EN  Record of each contact sent to the SW within 2 working days.",
        ]),
    ]),
    ("AÇÃO 8 / ACTION 8 – Escola de Davi / Davi's school", [
        ("O quê / What", [
            "PT  Conversar com Davi toda manhã usando o quadro de sentimentos e contar à SW no "
            "mesmo dia qualquer coisa que ele diga sobre brigas ou sobre o pai em casa.",
            "EN  Check in with Davi every morning with the feelings board and tell the SW the same "
            "day anything he says about fighting or about his dad being at home.",
        ]),
        ("Quem / Who", ["    Mrs Claire Ruddock, DSL, Yewmarsh Park Primary"]),
        ("Quando / When", ["    Todo dia de aula; resumo por e-mail à SW toda sexta. / Every school day; summary emailed to the SW every Friday."]),
        ("Como vamos saber / How we will know", [
            "PT  Registro diário do quadro de sentimentos; e-mail de sexta com frequência e notas.",
            "EN  Daily feelings-board log; Friday email with attendance and notes.",
        ]),
    ]),
    ("AÇÃO 9 / ACTION 9 – Saúde de Helena / Helena's health", [
        ("O quê / What", [
            "PT  Pesar Helena todo mês e fazer a revisão de 1 ano dela em casa, com intérprete.",
            "EN  Weigh Helena monthly and do her one-year review at home with an interpreter.",
        ]),
        ("Quem / Who", ["    Ruth Okafor, agente de saúde / health visitor (HV)"]),
        ("Quando / When", ["    Mensal; revisão de 1 ano até 15/07/2025. / Monthly; one-year review by 15/07/2025."]),
        ("Como vamos saber / How we will know", [
            "PT  Peso no livro vermelho (red book); notas ASQ-3 enviadas à SW.",
            "EN  Weight plotted in the red book; ASQ-3 scores sent to the SW.",
        ]),
    ]),
    ("AÇÃO 10 / ACTION 10 – Tia Juliana / Aunt Juliana", [
        ("O quê / What", [
            "PT  Buscar Davi na escola às segundas, quartas e sextas, nos dias de terapia de Luana, "
            "e ficar com Helena durante as sessões.",
            "EN  Collect Davi from school on Mondays, Wednesdays and Fridays, the days of Luana's "
            "therapy, and look after Helena during the sessions.",
        ]),
        ("Quem / Who", ["    Juliana Ferreira (tia materna / maternal aunt)"]),
        ("Quando / When", ["    Segunda, quarta e sexta às 15h15, a partir de 26/05/2025. / Mon, Wed and Fri at 3.15pm from 26/05/2025."]),
        ("Como vamos saber / How we will know", [
            "PT  Livro de saída da escola assinado por Juliana; a SW confere a cada visita.",
            "EN  School collection book signed by Juliana, checked by the SW at each visit.",
        ]),
    ]),
]

_text_2 = """\
YEWMARSH DISTRICT COUNCIL – CHILDREN'S SERVICES
Plano de Proteção à Criança / Child Protection Plan
Cópia da família, traduzida / Family copy, translated        Ref: YDC-CP-25-1187
Tradução / Translation: Ana Ribeiro (Yewmarsh Interpreting Service), 14/05/2025
================================================================================

Crianças / Children ........ Davi Costa (5 anos / 5 years), Reception, Yewmarsh Park Primary
                             Helena Costa (9 meses / 9 months)
Mãe / Mother ............... Luana Ferreira Costa (31)
Pai / Father ............... Rafael Costa (33) – mora separado / lives separately
Conferência / Conference ... Conferência inicial / Initial conference, 12/05/2025
Categoria / Category ....... Abuso emocional (violência doméstica) / Emotional abuse (domestic abuse)
Assistente social / SW ..... Kate Hollis, tel. 01632 960 233

--------------------------------------------------------------------------------
1. POR QUE HÁ UM PLANO / WHY THERE IS A PLAN
--------------------------------------------------------------------------------
PT  Em 15/03/2025 Rafael empurrou Luana contra a parede e apertou o pescoço dela
    na cozinha, com Davi e Helena no cômodo. A polícia foi chamada por um vizinho.
    Rafael saiu de casa e existe uma ordem judicial (non-molestation order) até
    03/2026. Luana tem depressão pós-parto e tem dias em que não consegue sair da
    cama; Davi chegou atrasado à escola 11 vezes desde março.
EN  On 15/03/2025 Rafael pushed Luana against the wall and held her by the neck in
    the kitchen while Davi and Helena were in the room. A neighbour called the
    police. Rafael left the home and there is a non-molestation order until
    03/2026. Luana has postnatal depression and some days cannot get out of bed;
    Davi has been late to school 11 times since March.

--------------------------------------------------------------------------------
2. O QUE DAVI DIZ E O QUE VEMOS EM HELENA / WHAT DAVI SAYS AND WHAT WE SEE OF HELENA
--------------------------------------------------------------------------------
PT  Davi (visto sozinho na escola, 08/05/2025, com intérprete): "O papai gritou e
    a mamãe chorou. Eu fui para debaixo da mesa com a Helena." Ele disse que sente
    saudade do pai, mas "só do papai bonzinho", e que gosta quando a tia Juliana
    vem buscá-lo porque "ela faz pão de queijo". Ele quer que a mamãe "levante
    cedo e ria de novo".
EN  Davi (seen alone at school, 08/05/2025, with an interpreter): "Daddy shouted
    and Mummy cried. I went under the table with Helena." He said he misses his
    dad, but "only the kind daddy", and that he likes it when Aunt Juliana picks
    him up because "she makes cheese bread". He wants Mummy "to get up early and
    laugh again".
PT  Helena: nas visitas ela sorri para Luana e se acalma rápido no colo dela, mas
    se assusta e chora com barulhos altos. Está no percentil 25 de peso.
EN  Helena: at visits she smiles at Luana and settles quickly when Luana holds her,
    but startles and cries at loud noises. Her weight is on the 25th centile.

--------------------------------------------------------------------------------
3. O QUE QUEREMOS PARA DAVI E HELENA / WHAT WE WANT FOR DAVI AND HELENA
--------------------------------------------------------------------------------
PT  a) Davi e Helena vivem numa casa sem gritos, empurrões ou ameaças.
EN     Davi and Helena live in a home with no shouting, pushing or threats.
PT  b) Davi chega à escola na hora todos os dias e sabe a quem contar se estiver
       com medo.
EN     Davi gets to school on time every day and knows who to tell if he is scared.
PT  c) Helena tem uma rotina de comida e sono todos os dias e continua ganhando
       peso no percentil dela.
EN     Helena has a daily feeding and sleeping routine and keeps gaining weight
       along her centile.
PT  d) As crianças veem o pai só de forma segura e supervisionada.
EN     The children see their dad only safely, with supervision.

--------------------------------------------------------------------------------
4. O QUE VAI ACONTECER / WHAT WILL HAPPEN
--------------------------------------------------------------------------------
""" + "\n".join(_box(t, f) for t, f in _CARDS_2) + """

--------------------------------------------------------------------------------
5. SE ALGUMA COISA DER ERRADO / IF SOMETHING GOES WRONG
--------------------------------------------------------------------------------
PT  Se Rafael aparecer na casa ou entrar em contato com Luana, Luana liga para o
    999 e a polícia vai imediatamente. A SW faz uma discussão de estratégia no
    mesmo dia. Se Luana deixar Rafael voltar para casa, Davi e Helena vão ficar
    com a tia Juliana no mesmo dia; se Juliana não puder, as crianças vão juntas
    para uma família acolhedora (foster carers) naquela noite, e a SW pede uma
    reunião de planejamento jurídico (legal planning meeting) em até 5 dias úteis.
    Se Juliana não puder buscar Davi num dia de terapia, a SW paga uma vaga no
    clube depois da escola (after-school club) em até 2 dias úteis e Helena vai
    para a creche do Centro da Família durante as sessões.
EN  If Rafael comes to the house or contacts Luana, Luana will ring 999 and the
    police will attend at once. The SW will hold a strategy discussion the same
    day. If Luana lets Rafael back into the home, Davi and Helena will stay with
    Aunt Juliana that day; if Juliana cannot have them, the children will go
    together to foster carers that night, and the SW will request a legal
    planning meeting within 5 working days. If Juliana cannot collect Davi on a
    therapy day, the SW will fund an after-school club place within 2 working
    days and Helena will go to the Family Centre crèche during the sessions.

--------------------------------------------------------------------------------
6. REUNIÕES / MEETINGS
--------------------------------------------------------------------------------
PT  Grupo principal (core group): a cada 4 semanas – 22/05/2025, 19/06/2025 e
    17/07/2025, às 10h, Yewmarsh Family Centre, com intérprete.
    Conferência de revisão (review child protection conference): 11/08/2025,
    às 14h, Yewmarsh Council Offices.
    Se até a reunião de 17/07/2025 as mudanças não estiverem acontecendo (por
    exemplo, Rafael voltou para casa, ou o relatório da terapeuta diz que Luana
    não consegue manter a rotina das crianças), a SW pede uma reunião de
    planejamento jurídico.
EN  Core group: every 4 weeks – 22/05/2025, 19/06/2025 and 17/07/2025, at 10am,
    Yewmarsh Family Centre, with an interpreter.
    Review child protection conference: 11/08/2025, 2pm, Yewmarsh Council Offices.
    If by the 17/07/2025 core group the changes are not happening (for example,
    Rafael has moved back in, or the therapist's report says Luana cannot keep
    the children's routine going), the SW will request a legal planning meeting.

================================================================================
Fim do plano / End of plan
"""

PLANS.append({
    "name": "b26_yewmarsh_bilingual_portuguese_drawn_box_cards_costa.txt",
    "split": "tune",
    "template": "icpc-translated-family-copy-english-portuguese-dot-leader-header-then-drawn-box-action-cards-bilingual-labels-txt",
    "description": (
        "Exemplary ICPC plan (domestic abuse; mother's postnatal depression) for a 5-year-old and a baby, "
        "as a translated English/Portuguese family copy: every paragraph in both languages and each "
        "action in a drawn box with bilingual What / Who / When / How we will know labels. Therapist "
        "reports on capacity to change, GP owns an action, aunt's pick-ups have a fallback, specific "
        "contingency, core group and review dates, legal planning meeting."
    ),
    "text": _text_2,
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Task list exported from a team planning tool to Markdown: plan notes,
#    then goal buckets with checkbox tasks carrying property lines (md).
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b26_yolbeck_teamboard_bucket_task_export_varley.md",
    "split": "tune",
    "template": "icpc-planning-tool-markdown-export-plan-fields-table-notes-then-goal-buckets-task-id-checkbox-property-lines-md",
    "description": (
        "Exemplary ICPC plan for an 8-year-old with cerebral palsy who is tube fed (mother's misuse of "
        "prescribed codeine, chronic pain), exported from a team planning tool: plan field table and "
        "notes, then goal buckets of checkbox tasks with Assigned / Start / Due / Repeats / Done when "
        "lines. Drug service assesses change and GP owns an action; grandfather's nights have a "
        "fallback; non-verbal child's eye-gaze choices; specific contingency, dates, legal planning."
    ),
    "text": """\
# CP plan – Ellis Varley (ICPC 12/05/2025)

_TeamBoard export · Yolbeck Council Children's Services · plan "CP – Ellis V" · 12 tasks in 4 buckets ·
exported 16/05/2025 14:22 by r.obi_

| Plan field | Value |
|---|---|
| Child | Ellis Varley, 8 (DOB 03/01/2017), Year 3, Brambles School (special school) |
| Lives with | Gemma Varley (mum, 35), 6 Larch Close, Yolbeck |
| Dad | Scott Varley – lives in Spain, phone contact monthly, no care role |
| Plan | Child protection – neglect – ICPC 12/05/2025 (chair: Nadia Iqbal) |
| Plan owner | Rachel Obi, social worker, Disabled Children's Team – 01632 960 871 |
| Members | Gemma Varley; Ray Tully (MGF); CCN Sian Price; Dr Yusuf Farouk; Lorna Beattie (YDAS); Dr Helen Marsh (GP); Tom Reid (DSL); Leanne Carr (short breaks); Priya Desai (OT); Harriet Moon (SLT); Dave Kemp (SEN transport) |

## Plan notes

### Why Ellis has a plan

Ellis has quadriplegic cerebral palsy and epilepsy. He cannot move, eat or talk by himself: he
is fed through a gastrostomy five times a day and has levetiracetam twice a day. Gemma has had
bad back pain since a fall in 2022 and has been taking more codeine than her prescription,
some of it bought online. Since February Ellis has gone to school unfed on 9 mornings, missed
his evening levetiracetam at least 4 times (he had a cluster of seizures on 28/04/2025), and
twice the school bus escort could not wake Gemma at the door. His weight has dropped from the
9th to the 2nd centile since Christmas. Gemma lifts Ellis by hand and has dropped him once.

### What Ellis tells us and what we see

Ellis does not use spoken words. He uses an eye-gaze board at school and some Makaton signs.
On 08/05/2025 at school, with his class teacher and the SW, he chose "happy" and "Mum" when
asked about home, then "tired" and "hungry" when asked about mornings. Asked who helps him
at night he looked at the photo of Grandad Ray and smiled. School staff say he laughs and
reaches out when Ray comes to collect him, and cries and arches his back when a feed runs
late. On a trial visit to Hazel Lodge he chose "again" for the sensory room.

### Goals for Ellis (the buckets below)

- **G1** Ellis gets every feed and every dose of his medicines, on time, every day, and his
  weight climbs back towards the 9th centile.
- **G2** Ellis is looked after by an adult who is awake, alert and able to move him safely,
  day and night.
- **G3** Ellis has the words on his eye-gaze board to tell people he is hungry, hurt, tired
  or worried, and the adults around him act on what he tells them.
- **G4** Ellis gets to school every day and has short breaks away from home that he enjoys.

## Tasks

### Bucket G1 – Feeds and medicines

- [ ] **T-01 · Fill in Ellis's feed and medicines chart at every feed and every dose**
  - Assigned to: Gemma Varley (mum)
  - Start: 19/05/2025 · Due: every feed (5 a day) and every dose (8am, 8pm) · Repeats: daily
  - Done when: chart shows all 5 feeds and both levetiracetam doses given on time every day;
    checked by the CCN at each visit and photographed for the SW
  - Priority: High · Status: In progress
- [ ] **T-02 · Nursing visits to check Ellis's stoma site, feed chart and weight**
  - Assigned to: Sian Price, Children's Community Nursing (CCN) team
  - Start: 20/05/2025 · Due: twice a week (Tue and Fri); weight every 2 weeks · Repeats: weekly
  - Done when: weight plotted every 2 weeks and back on the 2nd centile or above, then rising;
    stoma site recorded as healthy; any gap in the chart reported to the SW the same day
  - Priority: High · Status: In progress
- [ ] **T-03 · Paediatric review of Ellis's weight, feeding regime and seizures**
  - Assigned to: Dr Yusuf Farouk, consultant community paediatrician
  - Start: 19/05/2025 · Due: clinic by 30/06/2025 · Repeats: no
  - Done when: clinic letter with weight, seizure log and dietitian's feeding plan sent to the
    SW and GP by 07/07/2025
  - Priority: Medium · Status: Not started · Depends on: T-01 (four weeks of chart)

### Bucket G2 – A safe, alert carer day and night

- [ ] **T-04 · Assess Gemma's codeine use and how it affects her care of Ellis, agree a reduction plan**
  - Assigned to: Lorna Beattie, prescribed medicines worker, Yolbeck Drug and Alcohol Service
  - Start: 19/05/2025 · Due: assessment by 30/05/2025, then weekly sessions · Repeats: weekly
  - Done when: written assessment shared with the core group by 30/05/2025; report before
    each core group on whether Gemma is reducing, her urine screens, and whether she is likely
    to be able to care for Ellis safely, and in what timescale
  - Priority: High · Status: Not started
- [ ] **T-05 · Move Gemma's codeine to weekly dispensing and refer her to the pain clinic**
  - Assigned to: Dr Helen Marsh (GP), Orchard Street Surgery
  - Start: 19/05/2025 · Due: weekly dispensing from 19/05/2025; pain clinic referral by 30/05/2025
  - Done when: pharmacy record shows weekly collections only; GP letter to the SW and YDAS by
    06/06/2025 confirming the prescription and referral
  - Priority: High · Status: In progress
- [ ] **T-06 · Sleep over on Wednesday and Saturday nights and do Ellis's 10pm feed and 2am turn**
  - Assigned to: Ray Tully (maternal grandfather)
  - Start: 21/05/2025 · Due: every Wednesday and Saturday night · Repeats: weekly
  - Done when: night log signed by Ray each night, checked by the SW at visits
  - Priority: High · Status: In progress
- [ ] **T-07 · Moving and handling assessment; ceiling hoist and profiling bed so Ellis is never lifted by hand**
  - Assigned to: Priya Desai, occupational therapist, Disabled Children's Team
  - Start: 19/05/2025 · Due: assessment by 06/06/2025; equipment in by 04/07/2025
  - Done when: hoist and bed installed; OT report to the SW; OT has seen Gemma and Ray use the
    hoist safely
  - Priority: High · Status: Not started
- [ ] **T-08 · Home visits: see Ellis, spend time with him on his eye-gaze board, check the chart**
  - Assigned to: Rachel Obi (SW)
  - Start: 13/05/2025 · Due: weekly, at least one in two unannounced and one a fortnight at a feed time
  - Done when: visit records show Ellis seen, his eye-gaze answers written down word for word,
    the chart checked and Gemma's alertness noted
  - Priority: High · Status: In progress

### Bucket G3 – Ellis's voice

- [ ] **T-09 · Add "worried", "hurt", "tired" and "Mum sleepy" to Ellis's eye-gaze vocabulary and train staff**
  - Assigned to: Harriet Moon, speech and language therapist
  - Start: 02/06/2025 · Due: by 31/07/2025
  - Done when: SLT report to the SW; class teacher records Ellis using at least two of the new
    words during July
  - Priority: Medium · Status: Not started
- [ ] **T-10 · Daily home-school diary; tell the SW the same day about missed feeds or medicines, marks or "hurt"**
  - Assigned to: Tom Reid, DSL, Brambles School
  - Start: 13/05/2025 · Due: every school day; diary copy to SW every Friday · Repeats: daily
  - Done when: Friday copy of the diary on Ellis's file; same-day calls logged with time and action
  - Priority: High · Status: In progress

### Bucket G4 – School and short breaks

- [ ] **T-11 · Two overnight short breaks a month at Hazel Lodge**
  - Assigned to: Leanne Carr, short breaks key worker, Disabled Children's Team
  - Start: 06/06/2025 · Due: 2 nights every month · Repeats: monthly
  - Done when: Hazel Lodge stay records on file, with Ellis's own eye-gaze rating of each stay
  - Priority: Medium · Status: Booked (06/06, 20/06)
- [ ] **T-12 · School transport with an escort who comes to the door at 8.15am**
  - Assigned to: Dave Kemp, SEN transport officer
  - Start: 02/06/2025 · Due: every school day from 02/06/2025
  - Done when: transport log shows Ellis collected each school day; register shows 95% or above
    each half term
  - Priority: Medium · Status: Not started

## Plan notes (continued)

### If the plan is not keeping Ellis safe

If Ellis misses two feeds or any dose of levetiracetam in a day, or Gemma is found too drowsy
to respond while she is his only carer, or there is evidence she has bought codeine online
again, whoever finds out tells the SW (or the emergency duty team out of hours) straight away
and the SW visits the same day. Ray Tully will stay at Larch Close that night and Gemma will
not care for Ellis alone until a strategy discussion has been held within 24 hours. If Ray
cannot stay, Ellis will go to the emergency bed at Hazel Lodge, which the Disabled Children's
Team manager, Jo Alder, has agreed to hold for him until 11/08/2025. The SW will request a
legal planning meeting within 5 working days of any such incident.
If Ray cannot do a Wednesday or Saturday night, the Disabled Children's Team duty worker will
book a waking night sitter from Yolbeck Care at Home for that night, so Gemma is never doing
the 2am turn alone.

### Meetings

- Core group: every 4 weeks – 23/05/2025, 20/06/2025 and 18/07/2025, 10.30am at Brambles
  School (Ellis's class team join for the first 15 minutes).
- Review child protection conference: 11/08/2025, 1.30pm, Yolbeck Town Hall.
- Legal planning: if by the 18/07/2025 core group Gemma has not reduced her codeine as agreed
  with YDAS, or the chart shows more than two days with missed feeds or medicines in a month,
  the SW will request a legal planning meeting (PLO) with the team manager.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Boxed case-details form, then the plan as a grid of action cards, two
#    cards to a row, each card one cell with its own labelled lines (docx).
#    Exemplary.
# ---------------------------------------------------------------------------
_CARDS_4 = [
    "CARD 1 – Seeing Rhys and Poppy\n"
    "What: Home visits to see Rhys and Poppy; Rhys seen on his own every time, and one visit a month "
    "at bath time or bedtime.\n"
    "Who: Amira Haddad (SW)\n"
    "When: Weekly; at least every other visit unannounced.\n"
    "How we'll know: Visit records show both children seen, Rhys seen alone, and what he said in his "
    "own words.",
    "CARD 2 – Darren stays away\n"
    "What: Kerry-Ann keeps to the written agreement: Darren does not come to the house, does not "
    "travel with the children and has no contact with them.\n"
    "Who: Kerry-Ann Calloway (mum)\n"
    "When: Every day from 03/06/2025 until the review conference.\n"
    "How we'll know: Signed agreement on file; no sign of Darren on unannounced visits; what Rhys and "
    "Poppy say at visits and at school.",
    "CARD 3 – Darren's programme\n"
    "What: Darren attends the 17-week Caring Dads programme about his anger and how he treated Rhys.\n"
    "Who: Darren Shaw (mum's partner)\n"
    "When: Tuesdays 6–8pm from 17/06/2025.\n"
    "How we'll know: Attendance sheet and a facilitator's update to each core group; end report by "
    "14/10/2025.",
    "CARD 4 – Police investigation\n"
    "What: Investigate the injuries to Rhys, seek a charging decision, and tell the SW the same day "
    "about any change to Darren's bail or conditions.\n"
    "Who: DC Amir Shah, Ysterby Police Child Abuse Investigation Team\n"
    "When: Charging decision sought by 30/06/2025; written update before each core group.\n"
    "How we'll know: Police written update on the children's file before each core group.",
    "CARD 5 – Rhys at school\n"
    "What: Morning check-in with Rhys; any mark recorded on a body map and the SW rung straight away.\n"
    "Who: Mrs Helen Greaves, DSL, Ysterby Green Infants\n"
    "When: Every school day, 8.50am.\n"
    "How we'll know: Check-in log copied to the SW every Friday; any body map sent to the SW the same "
    "day.",
    "CARD 6 – Poppy at nursery\n"
    "What: Key person greets Poppy each morning and notes any marks, flinching or talk about home; "
    "same-day call to the SW about any mark.\n"
    "Who: Jas Dhillon, manager, Little Owls Nursery\n"
    "When: Every nursery day (Mon–Thu).\n"
    "How we'll know: Nursery log and attendance emailed to the SW every Friday; Poppy in at least 14 "
    "of every 16 sessions.",
    "CARD 7 – Safe Hands for Rhys\n"
    "What: Six 'Safe Hands' sessions with Rhys so he can name five safe adults and practise telling "
    "one of them.\n"
    "Who: Laura Price, learning mentor, Ysterby Green Infants\n"
    "When: Weekly from 09/06/2025 to 14/07/2025.\n"
    "How we'll know: Rhys's safe-hand drawing copied to the SW; Rhys can name his five adults when "
    "the SW asks him.",
    "CARD 8 – Keeping Kids Safe course\n"
    "What: Kerry-Ann does the 8-week Keeping Kids Safe course and writes her own safety plan for Rhys "
    "and Poppy.\n"
    "Who: Kerry-Ann Calloway (mum), with Sonia Berry, family support worker (FSW)\n"
    "When: Thursdays from 12/06/2025; safety plan by 14/08/2025.\n"
    "How we'll know: Attendance list and FSW's end-of-course report; Kerry-Ann's written safety plan "
    "shared with the core group on 15/08/2025.",
    "CARD 9 – Nanna Denise\n"
    "What: Collects Rhys and Poppy and gives them tea at her house on the evenings Kerry-Ann works "
    "late.\n"
    "Who: Denise Calloway (MGM)\n"
    "When: Every Tuesday and Thursday, 3.15–6.30pm.\n"
    "How we'll know: School and nursery collection books signed by Denise; SW checks them fortnightly.",
    "CARD 10 – Weekends with Dad\n"
    "What: Rhys and Poppy stay with their dad every other weekend; Jordan tells the SW the same day "
    "anything they say about Darren or home.\n"
    "Who: Jordan Marsden (children's dad)\n"
    "When: Alternate weekends, Sat 10am – Sun 5pm, from 07/06/2025; SW sees his flat by 13/06/2025.\n"
    "How we'll know: Weekend dates kept on the shared calendar; SW's record of the flat visit and a "
    "fortnightly call with Jordan.",
]

PLANS.append({
    "name": "b26_ysterby_action_card_grid_two_per_row_calloway.docx",
    "doc_title": "Child Protection Plan - Rhys and Poppy Calloway",
    "split": "tune",
    "template": "icpc-boxed-case-details-table-then-action-card-grid-two-cards-per-row-labelled-lines-in-each-cell",
    "description": (
        "Exemplary ICPC plan (physical abuse by mother's partner) for a 6-year-old and a 3-year-old: a "
        "boxed case-details table, short sections in plain words, then the plan as a grid of ten action "
        "cards, two to a row, each card one cell with What / Who / When / How we'll know lines. Every "
        "card owned, timed and measured; grandmother's help has a fallback; no parental illness; "
        "specific contingency, core group dates, review conference and legal planning."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ysterby Borough Council · Children's Social Care · Safeguarding and Assessment Team 3"),
        ("table", {
            "rows": [
                ["Children", "Rhys Calloway, 6 (DOB 11/03/2019), Year 1, Ysterby Green Infants\n"
                             "Poppy Calloway, 3 (DOB 26/08/2021), Little Owls Nursery"],
                ["Address", "14 Brindle Walk, Ysterby YS2 7QT"],
                ["Mum", "Kerry-Ann Calloway (27)"],
                ["Dad", "Jordan Marsden (29), 3 Kestrel House, Ysterby – separated, sees the children"],
                ["Mum's partner", "Darren Shaw (31) – staying at his brother's in Caddow since 20/05/2025"],
                ["Conference", "Initial child protection conference, 03/06/2025 – category: physical abuse"],
                ["Social worker", "Amira Haddad – 01632 960 552 – team manager Colin Fry"],
            ],
            "widths": [3.6, 13.4],
            "bold_first_col": True,
        }),
        ("h1", "What happened"),
        ("p", "On 19/05/2025 Rhys came into school with four finger-shaped bruises on each upper arm and a "
              "bruise on his left cheek. He told his teacher \"Darren grabbed me and shook me because I "
              "wouldn't get in the bath.\" A child protection medical on 20/05/2025 found the bruises "
              "consistent with a hard grip. Darren was arrested and released under investigation. He "
              "agreed to move out and signed a written agreement not to have contact with the children. "
              "At first Kerry-Ann said Rhys had fallen off his bike; at conference she said she now "
              "believes Rhys and has ended the relationship. Nursery have noticed that Poppy flinches when "
              "an adult raises their voice."),
        ("h1", "What is working"),
        ("p", "Kerry-Ann has kept to the agreement since 20/05/2025 and let the SW in on three unannounced "
              "visits. Rhys and Poppy are well cared for physically, attend school and nursery, and are "
              "close to their Nanna Denise. Jordan has stepped up and has had the children every other "
              "weekend since April."),
        ("h1", "What Rhys and Poppy have told us"),
        ("p", "Rhys (seen alone at school, 27/05/2025): \"Darren is shouty. He squeezed my arms really hard "
              "and it hurted.\" In his house of good things he put Mummy, Poppy, Nanna Denise and his dad's "
              "dog Biscuit. He said: \"I want Darren to live somewhere else. I like it now because it's "
              "quiet.\" He wants to \"do swimming again with Daddy\". Poppy (seen at nursery, 28/05/2025) "
              "played at feeding dolls and put them \"in bed so they're safe\". She climbed on Kerry-Ann's "
              "knee when she arrived and was giggly and chatty with her key person."),
        ("h1", "What we want for Rhys and Poppy"),
        ("bullets", [
            "Rhys and Poppy are not hurt by anyone at home and have no marks nobody can explain.",
            "Rhys and Poppy are only looked after by adults who keep them safe, and they do not see "
            "Darren unless the core group has agreed it.",
            "Rhys can name five safe adults and tells one of them when he is scared.",
            "Poppy is relaxed and playing at nursery and no longer flinches when adults talk loudly.",
        ]),
        ("h1", "The plan – action cards"),
        ("p", "Each card says what will happen, who does it, when, and how we will know. Cards are "
              "numbered so the core group can go through them in order."),
        ("table", {
            "rows": [[_CARDS_4[i], _CARDS_4[i + 1]] for i in range(0, len(_CARDS_4), 2)],
            "widths": [8.5, 8.5],
        }),
        ("h1", "If Rhys or Poppy are not safe"),
        ("p", "If Darren is found at the house or with the children, or either child has a new mark that "
              "nobody can explain, the school, nursery or anyone who sees it will ring the SW (or the "
              "emergency duty team out of hours, or 999 if the children are in danger). The SW and DC Shah "
              "will hold a strategy discussion the same day. Rhys and Poppy will stay with Denise Calloway "
              "at her house that night, which she has agreed. If Denise cannot have them, they will stay "
              "with Jordan once the SW has seen his flat; if neither can, they will be placed together "
              "with foster carers that night. The SW will request a legal planning meeting within 5 "
              "working days."),
        ("p", "If Denise cannot do a Tuesday or Thursday, the SW will book Rhys into the Ysterby Green "
              "after-school club and extend Poppy's nursery day to 6pm, paid for by Children's Social "
              "Care, within 2 working days."),
        ("h1", "When we meet"),
        ("table", {
            "rows": [
                ["Core group", "Every 3 weeks: 13/06/2025, 04/07/2025, 25/07/2025 and 15/08/2025, 1.30pm, "
                               "Ysterby Family Hub"],
                ["Review conference", "27/08/2025, 10am, Ysterby Civic Offices"],
                ["Legal planning", "If Darren has contact with the children against the agreement, or if "
                                   "by the 25/07/2025 core group Darren has stopped going to Caring Dads or "
                                   "Kerry-Ann has stopped the course, the SW will request a legal planning "
                                   "meeting with the team manager."],
            ],
            "widths": [3.6, 13.4],
            "bold_first_col": True,
        }),
        ("p", "Signed: K. Calloway (mum) 03/06/2025 · J. Marsden (dad) 03/06/2025 · A. Haddad (SW) 03/06/2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Council form CP2: boxed sections, tick-box category row, one table for
#    all actions with a banner row and five label rows per action (docx).
#    Exemplary.
# ---------------------------------------------------------------------------
_ACT_5 = [
    ("F1  Seeing Jade",
     "See Jade on her own, alternating home and school; Jade chooses where at school. Ask her to "
     "scale how safe home feels (0–10) each time.",
     "Marcus Bell, social worker (SW)",
     "Every 2 weeks; next by 20/06/2025",
     "Visit records show Jade seen alone, her own words and her scaling at every visit",
     "E1, E4"),
    ("F2  Leanne's treatment and testing",
     "Supervised daily methadone at Pharmco, Yondercombe High Street; weekly key work; oral fluid "
     "tests twice a week; assess whether Leanne can stay off heroin and care for Jade, and how long "
     "that is likely to take.",
     "Simone Clarke, recovery worker, Yondercombe Recovery Partnership (YRP)",
     "Methadone daily; tests twice weekly; report before each core group; capacity to change "
     "report by 01/08/2025",
     "Test results and a written YRP report to each core group; capacity to change report, with "
     "a likely timescale, shared with the core group by 01/08/2025",
     "E1"),
    ("F3  Leanne at home",
     "Leanne does not use heroin or any drug not prescribed to her, and keeps her naloxone kit in "
     "the kitchen drawer where Jade and Michelle know it is.",
     "Leanne Whitlow (mum)",
     "Every day from 09/06/2025",
     "Every YRP test clear of opiates other than methadone; naloxone kit seen in the drawer by the "
     "SW at each home visit",
     "E1"),
    ("F4  Jade's self-harm",
     "Weekly sessions with Jade about her self-harm and a written safety plan she has helped to "
     "write, copied (with her agreement) to the SW and school.",
     "Dr Naomi Fisk, clinical psychologist, Yondercombe CAMHS",
     "Weekly from 12/06/2025; safety plan by 27/06/2025",
     "Jade's safety plan on file by 27/06/2025; CAMHS update to each core group with the number of "
     "self-harm incidents Jade has told them about",
     "E2"),
    ("F5  Jade at school",
     "Pastoral mentor checks in with Jade at registration; Jade has a time-out card; any self-harm "
     "or absence is passed to the SW the same day.",
     "Mr Dev Anand, DSL, Yondercombe Academy",
     "Every school day; summary to SW every Friday",
     "Pastoral log and attendance emailed to the SW each Friday; attendance 95% or above each half "
     "term; same-day calls logged",
     "E2, E3"),
    ("F6  Young carers",
     "Young carer's assessment for Jade, then a place in the fortnightly Yondercombe Young Carers "
     "group.",
     "Kelly Morgan, Yondercombe Young Carers",
     "Assessment by 04/07/2025; group fortnightly from 10/07/2025",
     "Assessment copied to the SW; group register shows Jade attending",
     "E3"),
    ("F7  Weekends with Aunt Michelle",
     "Jade stays at Michelle's every other weekend, and any night Leanne has used or Jade asks to "
     "go.",
     "Michelle Whitlow (maternal aunt)",
     "Alternate weekends Fri 5pm – Sun 6pm from 13/06/2025; the same night when needed",
     "Michelle texts the SW when Jade arrives and leaves; SW checks the dates at each visit",
     "E1, E3"),
    ("F8  Michelle as a carer",
     "Viability assessment of Michelle as a connected-person carer for Jade, in case Jade cannot "
     "stay at home.",
     "Marcus Bell, social worker (SW)",
     "By 18/07/2025",
     "Written viability assessment shared with the core group and the IRO by 22/07/2025",
     "E1"),
    ("F9  Talking about Mum's treatment",
     "Six family sessions with Leanne and Jade so Jade understands her mum's treatment, ending with "
     "a relapse plan they write together.",
     "Amy Price, family worker, Yondercombe Recovery Partnership",
     "Fortnightly from 23/06/2025 (6 sessions)",
     "Session notes to the SW; Jade and Leanne's written relapse plan copied to the SW by 12/09/2025",
     "E4"),
]

_rows_5 = []
for _title, _act, _lead, _when, _know, _link in _ACT_5:
    _rows_5 += [
        [_title, H],
        ["Action", _act],
        ["Lead person", _lead],
        ["By when / how often", _when],
        ["How progress will be measured", _know],
        ["Outcome(s)", _link],
    ]

PLANS.append({
    "name": "b26_yondercombe_cp_two_form_banner_label_rows_whitlow.docx",
    "doc_title": "CP2 Child Protection Plan - Jade Whitlow",
    "split": "tune",
    "template": "rcpc-council-form-cp2-boxed-lettered-sections-tickbox-category-row-one-actions-table-banner-then-five-label-rows-13yo",
    "description": (
        "Exemplary review CP plan on a council CP2 form for a 13-year-old who self-harms (mother's heroin "
        "relapse while on methadone): boxed lettered sections, a tick-box category row, and one actions "
        "table where each action is a banner row then Action / Lead / By when / Measure / Outcome rows. "
        "Recovery service assesses capacity to change; aunt's weekends covered by a viability assessment "
        "and fallback; specific contingency, core group dates, review conference and legal planning."
    ),
    "blocks": [
        ("pr", "Form CP2 (rev. 03/2024)"),
        ("title", "Child Protection Plan"),
        ("p", "Yondercombe County Council – Children, Families and Education – Safeguarding Service"),
        ("boldp", "Section A – The child"),
        ("table", {
            "rows": [
                ["Name", "Jade Whitlow"],
                ["Date of birth / age", "02/11/2011 (13)"],
                ["School", "Yondercombe Academy, Year 8"],
                ["Lives with", "Leanne Whitlow (mother, 38), 9 Farrier's Court, Yondercombe"],
                ["Other important people", "Michelle Whitlow (maternal aunt, 41), Hurstleigh Road, Yondercombe. "
                                           "Jade's father, Craig Dunn, has not seen her since 2018 and is not "
                                           "part of the plan."],
                ["Conference", "Review child protection conference, 09/06/2025 (chair: IRO Patricia Gould)"],
                ["Social worker", "Marcus Bell, 01632 960 390"],
            ],
            "widths": [4.5, 12.5],
            "bold_first_col": True,
        }),
        ("boldp", "Section B – Category of plan (tick)"),
        ("table", {
            "rows": [["☐ Physical abuse", "☐ Sexual abuse", "☒ Emotional abuse", "☒ Neglect"]],
            "widths": [4.25, 4.25, 4.25, 4.25],
        }),
        ("boldp", "Section C – Why Jade needs a plan"),
        ("table", {
            "rows": [[
                "Leanne has been on a methadone prescription since 2019. In January 2025 she used heroin "
                "again; on 14/01/2025 Jade found her unconscious on the bathroom floor and rang 999, and "
                "the paramedics gave naloxone. Leanne says she used three more times in February. Since "
                "February Jade has been cutting her forearms and has missed 21 school sessions, often "
                "staying home \"to check on Mum\". Since the initial conference Leanne has had supervised "
                "methadone and all her tests since 28/03/2025 have been clear of heroin. Jade has started "
                "with CAMHS and says she has cut twice since April, down from most weeks."
            ]],
            "widths": [17.0],
        }),
        ("boldp", "Section D – Jade's views, wishes and feelings"),
        ("table", {
            "rows": [[
                "Jade wrote her own views for conference and read them out with Marcus: \"I want to live "
                "with my mum but I need to know she won't go back to it. When I found her I thought she "
                "was dead. I stay off school because I am scared of what I'll find when I get home. I like "
                "going to Aunt Michelle's because I can just be 13 there. I want people to stop talking "
                "about my arms in front of everyone.\" She scored home a 6 out of 10 (3 at the initial "
                "conference). She wants to see Marcus at school, not at home, on some visits, and wants "
                "the CAMHS sessions to carry on."
            ]],
            "widths": [17.0],
        }),
        ("boldp", "Section E – What must change for Jade (outcomes)"),
        ("table", {
            "header": ["No.", "Outcome for Jade"],
            "rows": [
                ["E1", "Jade lives with an adult who is not using heroin or other drugs, and she never "
                       "again has to find or look after a parent who has overdosed."],
                ["E2", "Jade is safer from self-harm: she has a safety plan, cuts less often, and tells a "
                       "trusted adult when she feels like hurting herself."],
                ["E3", "Jade goes to school every day without worrying about what is happening at home, and "
                       "has time with friends and things she enjoys."],
                ["E4", "Jade understands her mum's treatment and knows exactly what to do and who to call if "
                       "she is worried about her mum."],
            ],
            "widths": [1.5, 15.5],
        }),
        ("boldp", "Section F – Actions"),
        ("table", {
            "rows": _rows_5,
            "widths": [4.5, 12.5],
            "bold_first_col": True,
        }),
        ("boldp", "Section G – Contingency plan"),
        ("table", {
            "rows": [[
                "If any YRP test shows heroin or another non-prescribed drug, if Leanne is found under the "
                "influence, or if Jade says her mum has used, the SW will visit the same day and Jade will go "
                "to Michelle's that day and stay until a strategy discussion has been held (within 24 hours). "
                "If Michelle cannot have Jade, Jade will go to an emergency foster placement arranged through "
                "Yondercombe placements duty that night. The SW will request a legal planning meeting within "
                "5 working days of any use.\n"
                "If Jade finds Leanne unconscious again she will ring 999 straight away, as she did in January, "
                "and then ring Michelle, who will come and collect her.\n"
                "If Jade self-harms and needs medical treatment, she will be taken to Yondercombe General A&E "
                "and seen by the CAMHS crisis team the same day, and the hospital will tell the SW or the "
                "emergency duty team before she leaves."
            ]],
            "widths": [17.0],
        }),
        ("boldp", "Section H – Review arrangements"),
        ("table", {
            "rows": [
                ["Core group frequency", "Every 4 weeks"],
                ["Core group dates", "24/06/2025, 22/07/2025, 19/08/2025, 16/09/2025, 14/10/2025, 11/11/2025 "
                                     "(4pm, Yondercombe Academy, so Jade can attend the first part)"],
                ["Review conference", "08/12/2025, 10am, County Hall, Yondercombe"],
                ["If progress is not enough", "If by the 19/08/2025 core group Leanne has used heroin again, or the "
                                              "YRP capacity to change report says she is unlikely to stay off "
                                              "heroin within Jade's timescale, the SW will request a legal "
                                              "planning meeting (legal gateway)."],
            ],
            "widths": [4.5, 12.5],
            "bold_first_col": True,
        }),
        ("boldp", "Section I – Signatures"),
        ("table", {
            "rows": [
                ["Jade Whitlow", "J. Whitlow", "09/06/2025"],
                ["Leanne Whitlow", "L. Whitlow", "09/06/2025"],
                ["Marcus Bell (SW)", "M. Bell", "09/06/2025"],
            ],
            "widths": [6.0, 6.0, 5.0],
        }),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Looked-after baby on a neonatal unit: case-record print with a
#    RESTRICTED header and page footer on every page, long task table whose
#    header row repeats on each page (pdf). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b26_yattinghurst_nnu_case_print_repeated_headers_sandholm.pdf",
    "doc_title": "Child Protection Plan - Ivy Sandholm",
    "split": "tune",
    "template": "lac-nnu-cp-plan-case-record-print-restricted-page-header-numbered-sections-ref-task-responsible-frequency-evidence-table-repeating-header-paged",
    "description": (
        "Exemplary CP plan for a premature baby accommodated under section 20 and still on the neonatal "
        "unit (mother a care leaver with a personality disorder diagnosis): case-record print with a "
        "RESTRICTED header and 'Page N of M' footer on every page, numbered sections and a long task table "
        "whose header row repeats across pages. SW visits twice weekly and foster carers daily; "
        "psychologist and care coordinator assess change; specific contingency; dates; legal planning."
    ),
    "header": "RESTRICTED | Yattinghurst Borough Council – Children's Social Care | Ivy SANDHOLM | ID 7720415",
    "footer": "CP plan (looked after child in hospital) – printed 02/05/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Child", "Ivy Sandholm, born 03/04/2025 at 31+2 weeks (4 weeks old; 35+2 weeks corrected)"),
            ("Where Ivy is", "Neonatal Unit, Yattinghurst General Hospital, Bay 2, cot 6"),
            ("Legal status", "Accommodated under section 20 since 10/04/2025 with Chloe's agreement"),
            ("Mother", "Chloe Sandholm (19), care leaver, Flat 2, 18 Weaver Street, Yattinghurst"),
            ("Father", "Not named by Chloe; no one holds parental responsibility apart from Chloe"),
            ("Conference", "Initial child protection conference, 25/04/2025, held on the unit – category: neglect"),
            ("Social worker", "Nadine Frost, Children in Care Team 1 (01632 960 745); IRO Sanjay Patel"),
        ]),
        ("h1", "1. Summary of concerns"),
        ("p", "Chloe has a diagnosis of emotionally unstable personality disorder and is open to Yattinghurst "
              "CMHT. She took two overdoses in 2024 and drank alcohol in the second half of her pregnancy. "
              "On 06/04/2025 Chloe left the ward, came back at 2am heavily intoxicated and tried to take "
              "Ivy out of her cot; the nurses called hospital security and the police. Chloe agreed to Ivy "
              "being accommodated on 10/04/2025. Since then she has come to 17 of 21 planned contacts, has "
              "been sober at each, and has learned to tube feed Ivy with a nurse beside her."),
        ("h1", "2. Ivy's day on the unit"),
        ("p", "Ivy is in an open cot, breathing without help, and has 8 feeds a day: three by bottle and the "
              "rest by nasogastric tube. She weighs 2.06kg (up from 1.54kg at birth). The nurses describe "
              "her as a \"sleepy, content\" baby who wakes for feeds and settles quickly skin-to-skin. "
              "At contact on 29/04/2025 the SW saw Ivy turn her head towards Chloe's voice and settle on "
              "her chest within a few minutes; she startles and cries when the monitors alarm and is "
              "soothed by being swaddled. On the nights no family visit she is held by nursing staff "
              "after the 10pm feed."),
        ("h1", "3. Outcomes for Ivy"),
        ("numbers", [
            "Ivy is visited and known by the people who will care for her, every week she is on the unit.",
            "Ivy feeds fully by bottle and keeps gaining weight along her centile before and after discharge.",
            "Ivy leaves hospital only to a carer who has been trained and signed off to feed and care for her.",
            "Ivy has safe, calm time with her mum every day, and a decision about where she will grow up is "
            "made within her timescale.",
        ]),
        ("h1", "4. The plan"),
        ("table", {
            "header": ["Ref", "Task", "Person responsible", "Frequency / deadline", "Evidence of progress"],
            "widths": [1.3, 5.3, 3.4, 3.2, 3.8],
            "rows": [
                ["4.1", "Visit Ivy on the unit: see and hold her if the nurses agree, read her feeding and "
                        "contact charts, and speak to the nurse in charge.",
                 "Nadine Frost (SW)", "Twice a week (Tue and Fri) until discharge",
                 "Visit record on the system within 24 hours, with Ivy's weight, feeds and what she was doing"],
                ["4.2", "Visit Ivy on the unit to learn her tube feeds, bottle feeds and cares, and room in for "
                        "two nights before discharge.",
                 "Pat and Glyn Rowe (foster carers)", "Daily from 06/05/2025; rooming-in before discharge",
                 "NNU carer competency checklist signed off by the nurse in charge before discharge"],
                ["4.3", "Arrange nurse-supervised contact for Chloe and record how she holds, feeds and responds "
                        "to Ivy on the unit's contact observation sheet.",
                 "Sister Gail Meade, NNU ward manager", "Daily, 11am–1pm, until discharge",
                 "Observation sheets copied to the SW every Monday"],
                ["4.4", "Top up Chloe's bus pass and text her each morning so she can get to contact with Ivy.",
                 "Hannah Boateng, leaving care personal adviser", "Daily text; bus pass every Monday",
                 "NNU sheets show Chloe at contact on at least 5 of 7 days each week"],
                ["4.5", "Psychological assessment of Chloe: her capacity to change, the changes needed for her "
                        "to care safely for Ivy, and the likely timescale.",
                 "Dr Owen Pryce, clinical psychologist, CMHT personality disorder pathway",
                 "Sessions from 06/05/2025; report by 13/06/2025",
                 "Written report shared with the core group and the parenting assessor by 13/06/2025"],
                ["4.6", "See Chloe weekly, keep her crisis plan up to date, and report on what has changed "
                        "(self-harm, crisis contacts, DBT group) and whether it is enough for her to care "
                        "safely for Ivy.",
                 "Ben Aluko, care coordinator, Yattinghurst CMHT",
                 "Weekly; crisis plan by 09/05/2025; report before each core group",
                 "Crisis plan copied to the SW and the ward by 09/05/2025; written update before each core group"],
                ["4.7", "Go to the DBT skills group and use the skills at contact with Ivy, telling the nurse "
                        "when she feels overwhelmed.",
                 "Chloe Sandholm (mum)", "Every Wednesday from 07/05/2025",
                 "Group register sent to the care coordinator; nursing observation sheets note how Chloe "
                 "manages at contact"],
                ["4.8", "Parenting assessment of Chloe, on the unit and then at the family centre after "
                        "discharge.",
                 "Jo Kerr, Yattinghurst Family Assessment Service", "From 12/05/2025; report by 04/07/2025",
                 "Written parenting assessment shared with the core group and legal services by 04/07/2025"],
                ["4.9", "Medical update on Ivy's feeding, weight and expected discharge date; discharge "
                        "planning meeting with the SW, foster carers and Chloe.",
                 "Dr Ruth Mbeki, consultant neonatologist",
                 "Update weekly by email; meeting at least 7 days before discharge",
                 "Weekly email on Ivy's file; discharge planning minutes with a named carer and date"],
                ["4.10", "Home visit to Ivy at the foster home after discharge, then weigh her weekly.",
                 "Fiona Dale, neonatal outreach nurse, then HV Kelly Ward",
                 "Within 48 hours of discharge; weekly for 6 weeks",
                 "Weights plotted in the red book and copied to the SW; Ivy stays on or above her centile"],
                ["4.11", "First looked after review, held on the unit, to check the care plan and visiting "
                         "arrangements.",
                 "Sanjay Patel, IRO", "08/05/2025",
                 "Review record with decisions sent to all within 5 working days"],
            ],
        }),
        ("h1", "5. Contingency"),
        ("p", "If Chloe comes to the unit under the influence of alcohol or drugs, threatens staff, or tries "
              "to take Ivy out of the unit, the nurse in charge will stop contact that day, call hospital "
              "security and the police on 999, and ring the SW (or the emergency duty team out of hours). "
              "A strategy discussion will be held the same day. If Chloe withdraws her section 20 "
              "agreement, the SW will get legal advice the same day, ask the police to use police "
              "protection if Ivy is at risk of removal, and the local authority will apply for an interim "
              "care order."),
        ("p", "If Chloe self-harms or is in crisis, the care coordinator or the CMHT crisis team will see "
              "her the same day and contact will be supervised by two staff the next day. If Pat and Glyn "
              "Rowe cannot take Ivy at discharge, the family placement team will find carers who are "
              "trained in tube feeding before she leaves, and Ivy will stay on the unit (agreed with "
              "Dr Mbeki) until a trained carer is in place."),
        ("h1", "6. Monitoring and review"),
        ("bullets", [
            "Core group: every 3 weeks in the NNU parents' room – 09/05/2025, 30/05/2025, 20/06/2025 and "
            "11/07/2025, 2pm.",
            "Review child protection conference: 24/07/2025, 10am, Yattinghurst Civic Centre (Chloe can "
            "join by video if Ivy is still on the unit).",
            "Looked after review: 08/05/2025 (see 4.11), then in line with the care planning regulations.",
            "Legal: a legal planning meeting was held on 17/04/2025 and a pre-proceedings (PLO) letter was "
            "given to Chloe on 24/04/2025. If the psychology or parenting assessment says Chloe cannot make "
            "the changes within Ivy's timescale, or Chloe misses more than three contacts in a week without "
            "a reason, the SW will request a further legal planning meeting to decide whether to issue care "
            "proceedings.",
        ]),
        ("h1", "7. Distribution"),
        ("p", "Chloe Sandholm; Pat and Glyn Rowe; Sister Gail Meade; Dr Ruth Mbeki; Ben Aluko; Dr Owen Pryce; "
              "Hannah Boateng; Jo Kerr; Fiona Dale; Kelly Ward; Sanjay Patel (IRO). Sent 02/05/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Family moving to another council: a print with a repeated page header,
#    each action in its own two-column label | value table (pdf). Exemplary.
# ---------------------------------------------------------------------------
_ACT_7 = [
    ("Action 1", "Visits to Tyler and Summer",
     "Home visits; see Tyler on his own each time and see Summer's and Tyler's bedrooms. Visit the new "
     "house in Fernholt in the first week after the move.",
     "Tom Reddy, social worker (SW), Yelmstone",
     "Every 2 weeks until the Fernholt transfer-in conference on 14/08/2025; new house by 01/08/2025",
     "Visit records show both children seen, Tyler seen alone and his words written down",
     "On track – last visit 06/06/2025"),
    ("Action 2", "Transfer papers to Fernholt",
     "Send Fernholt the chronology, assessment, this plan and all conference and core group minutes, "
     "and get the transfer-in conference date confirmed in writing.",
     "Ruth Ansah, team manager, Yelmstone",
     "Full file by 20/06/2025",
     "Fernholt's written receipt of the file and confirmation of the 14/08/2025 conference on file",
     "Transfer request accepted 06/06/2025"),
    ("Action 3", "Joint visit with Fernholt",
     "Joint home visit with the Fernholt social worker so the children meet their new worker while "
     "Tom is still their SW.",
     "Tom Reddy (SW), with the allocated Fernholt SW",
     "By 01/08/2025",
     "Joint visit record on both councils' files; Fernholt SW has met Tyler and Summer",
     "New"),
    ("Action 4", "Mental health care and assessment",
     "See Shannon fortnightly, keep her relapse signature plan up to date, and report on whether she is "
     "keeping well and spotting early warning signs, her capacity to sustain this while caring for the "
     "children, and the likely timescale. Keep care coordination until the first Fernholt CMHT "
     "appointment (booked 31/07/2025) and hand over in writing.",
     "Anna Kowal, care coordinator, Yelmstone CMHT",
     "Fortnightly; report before each core group; handover letter by 25/07/2025",
     "Written CMHT report to each core group; handover letter to Fernholt CMHT copied to the SW",
     "On track"),
    ("Action 5", "Lithium levels and GP handover",
     "Check Shannon's lithium level and kidney function and write to the SW, CMHT and her new Fernholt GP "
     "with the results and her medication.",
     "Dr Peter Joyce, GP, Castle Street Practice",
     "Bloods by 04/07/2025; letter by 11/07/2025",
     "GP letter on the children's file by 11/07/2025",
     "New"),
    ("Action 6", "Shannon keeping well for the children",
     "Take lithium every evening, keep the relapse plan on the fridge so Tyler knows who to ring, and "
     "register with a Fernholt GP after moving.",
     "Shannon Petrie (mum)",
     "Every day; GP registration by 02/08/2025",
     "Lithium level in range on the GP bloods; plan seen on the fridge at visits; registration letter "
     "copied to the SW",
     "On track"),
    ("Action 7", "Tyler at school and moving school",
     "Weekly check-in with Tyler until the end of term; send his child protection file to Kingfisher "
     "Primary, Fernholt, and hold a phone handover with their DSL.",
     "Mrs Lisa Grant, DSL, Northgate Primary",
     "Weekly until 22/07/2025; file and handover by 22/07/2025",
     "Check-in notes to the SW each Friday; Kingfisher DSL confirms receipt in writing",
     "On track"),
    ("Action 8", "Summer at pre-school and starting school",
     "Daily greeting and notes on Summer; send her records and child protection file to Kingfisher "
     "Primary's reception class.",
     "Jenny Ives, manager, Busy Bees Pre-school",
     "Every session until 22/07/2025; file by 22/07/2025",
     "Attendance and notes emailed to the SW every Friday; Kingfisher confirms receipt in writing",
     "On track"),
    ("Action 9", "Young carers and the move",
     "Weekly sessions with Tyler, finish his 'moving book' with him, and take him to a taster session "
     "at Fernholt Young Carers (booked).",
     "Dami Olu, Yelmstone Young Carers",
     "Weekly until 23/07/2025; taster on 24/07/2025",
     "Session notes to the SW; Tyler's moving book finished; taster attendance confirmed",
     "On track"),
    ("Action 10", "Nan Brenda after the move",
     "Call in every day after school for the first 4 weeks in Fernholt, and have Tyler and Summer "
     "overnight whenever Shannon or the CMHT ask.",
     "Brenda Hollis (maternal grandmother)",
     "Daily 3.30–6pm from 28/07/2025 to 22/08/2025; overnight the same day when asked",
     "Brenda texts the SW each evening; overnight stays recorded on the family's safety plan log",
     "New"),
]

_blocks_7 = [
    ("title", "Child Protection Plan – Review"),
    ("table", {
        "rows": [
            ["Children", "Tyler Petrie, 10 (DOB 19/10/2014), Year 5, Northgate Primary\n"
                         "Summer Petrie, 4 (DOB 02/02/2021), Busy Bees Pre-school"],
            ["Mother", "Shannon Petrie (29), 22 Alder Grove, Yelmstone"],
            ["Father", "Kyle Petrie (31), serving in the army in Germany – video calls Sundays"],
            ["Conference", "Review child protection conference, 10/06/2025 – category: neglect – plan continues"],
            ["Social worker", "Tom Reddy, Yelmstone Family Safeguarding Team (01632 960 118)"],
            ["Moving to", "Fernholt City Council area – new tenancy, 7 Wren Close, Fernholt, from 26/07/2025"],
        ],
        "widths": [3.5, 13.5],
        "bold_first_col": True,
    }),
    ("h1", "Why Tyler and Summer have a plan"),
    ("p", "Shannon has bipolar affective disorder. In February 2025 she stopped her lithium, became high "
          "and went out at night; on 14/02/2025 the police found Tyler and Summer alone at 11pm. Tyler "
          "had been making tea and getting Summer to bed for about a week. Since restarting lithium in "
          "March, Shannon has been well: the CMHT describe her as stable, her lithium levels have been in "
          "range and the children have been on time to school and pre-school every day."),
    ("h1", "What Tyler and Summer say"),
    ("p", "Tyler (seen alone, 06/06/2025): \"Mum's back to normal now. I still check she's taken her "
          "tablets.\" He is excited about living near his Nan and having his own room, but worried about "
          "a new school: \"What if nobody knows about Mum and I can't tell anyone?\" He wants \"a grown-up "
          "to check on Mum so I don't have to\". Summer (seen at home, 06/06/2025) showed the SW the "
          "picture she drew of the new house with \"Nanny Brenda's car outside\" and said \"Mummy reads "
          "me Gruffalo\"."),
    ("h1", "What we want for Tyler and Summer"),
    ("bullets", [
        "Tyler and Summer are always looked after by a well adult, day and night, before and after the move.",
        "Tyler stops checking his mum's medication and has adults he trusts at his new school.",
        "Summer starts reception in September having been to pre-school every day this term.",
        "Both children move to Fernholt with their plan, and the people who keep them safe, going with them.",
    ]),
    ("h1", "The move and this plan"),
    ("p", "Fernholt accepted the transfer request on 06/06/2025 and have booked the transfer-in conference "
          "for 14/08/2025. Yelmstone stays responsible for the plan, including the contingency and legal "
          "planning, until that conference. Nothing in this plan waits for the move: every action below "
          "keeps going until the date shown."),
    ("pagebreak",),
    ("h1", "Actions"),
]
for _ref, _title, _what, _who, _when, _ev, _status in _ACT_7:
    _blocks_7.append(("table", {
        "header": [_ref, _title],
        "rows": [
            ["What", _what],
            ["Responsible", _who],
            ["Timescale", _when],
            ["Evidence", _ev],
            ["Status at 10/06/2025", _status],
        ],
        "widths": [3.5, 13.5],
        "bold_first_col": True,
    }))
_blocks_7 += [
    ("h1", "Contingency"),
    ("p", "Early warning signs for Shannon are sleeping less than 5 hours on two nights running, stopping "
          "her lithium, spending sprees, or not answering her phone for 24 hours. If any of these happen, "
          "Shannon, Brenda or school will ring the CMHT crisis line and the SW (or the emergency duty team "
          "out of hours); the crisis team will see Shannon the same day and the SW will visit the children "
          "the same day. Tyler and Summer will stay with Brenda until the crisis team say Shannon is well "
          "enough. If Brenda cannot have them, the children will be placed together with foster carers "
          "that night, through Yelmstone's emergency duty team (or Fernholt's, acting for Yelmstone, "
          "after the move). A strategy discussion will be held within 24 hours and the SW will request "
          "a legal planning meeting within 5 working days."),
    ("p", "If the move falls through, this plan carries on unchanged in Yelmstone."),
    ("h1", "Review"),
    ("table", {
        "rows": [
            ["Core group", "Every 3 weeks: 24/06/2025 and 15/07/2025 at Northgate Primary; 05/08/2025 at "
                           "7 Wren Close, Fernholt, with the Fernholt SW"],
            ["Transfer-in conference", "14/08/2025, 11am, Fernholt Civic Centre (booked by Fernholt)"],
            ["Review conference", "09/12/2025, Yelmstone – stands if the family does not move"],
            ["Legal planning", "If Shannon stops her lithium or the children are left without a well adult "
                               "again, or the CMHT report for the 15/07/2025 core group says her relapse "
                               "risk is not being managed, the SW will request a legal planning meeting in "
                               "Yelmstone. Yelmstone keeps this responsibility until the transfer-in "
                               "conference."],
        ],
        "widths": [3.5, 13.5],
        "bold_first_col": True,
    }),
]

PLANS.append({
    "name": "b26_yelmstone_transfer_stacked_label_tables_petrie.pdf",
    "doc_title": "Child Protection Plan - Tyler and Summer Petrie",
    "split": "tune",
    "template": "rcpc-transfer-out-print-page-header-each-action-own-two-column-label-value-table-status-row-paged",
    "description": (
        "Exemplary review CP plan for a 10-year-old and a 4-year-old (mother's bipolar disorder) whose "
        "family is moving to another council: print with an OFFICIAL-SENSITIVE header and page footer on "
        "every page, each action in its own two-column label | value table with a status row. Every "
        "action keeps going until the booked transfer-in conference; CMHT assesses capacity to change "
        "and GP owns an action; grandmother's help has a fallback; specific contingency, dates, legal "
        "planning."
    ),
    "header": "OFFICIAL-SENSITIVE | Yelmstone City Council – Children's Services | PETRIE children | CP/25/0662",
    "footer": "ChildView print 11/06/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": _blocks_7,
    "findings": [],
})
