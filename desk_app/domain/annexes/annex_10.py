"""Annex 10 to the norms (HG 181/2024): the social inquiry ("Anchetă socială")
asked by the social-insurance medical expert for the assessment of work
capacity.

Legal basis: art. 71 alin. (1)–(2) of the norms (the expert may ask the town
hall's social service for a social inquiry; the model is annex 10) and art. 81
alin. (3) (bedridden pensioners at the medical review).

Deadline: none — the norms set no term for the inquiry itself (the 15
calendar days of art. 72 alin. (1) concern scheduling the medical assessment);
``deadline=None``.

The dependency grid: each activity is one choice 0 / 1 / 2 (the three columns
of the official grid, explained in the NOTA), printed on its own line with
the unchosen scores struck through; the totals per part (A, B) and overall
are computed. The official text has no CNP; it is asked here (required) so the
stored person fills the form and the age is computed from it at the date of
the sheet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from desk_app.domain.annexes import common as c
from desk_app.domain.annexes import common_more as m
from desk_app.domain.annexes.spec import (
    AnnexSpec,
    Bullets,
    Field,
    FieldKind,
    Para,
    Payload,
    Section,
    Signatures,
    Title,
)
from desk_app.domain.cnp import CnpError, make_cnp, parse_cnp
from desk_app.domain.values import parse_date

P = "applicant"
YES_NO = ("Da", "Nu")
SCORES = ("0", "1", "2")

# (key, official wording) of each activity of the dependency grid, in order.
BASIC_ACTIVITIES = (
    ("dep.hygiene", "Igiena corporală (toaleta generală intimă, specială)"),
    ("dep.dressing", "Îmbrăcat, dezbrăcat (posibilitatea de a se îmbrăca, de a se dezbrăca, de "
                     "a avea un aspect îngrijit)"),
    ("dep.feeding", "Alimentație (posibilitatea de a se servi și de a se hrăni singur)"),
    ("dep.continence", "Igiena eliminărilor (continență)"),
    ("dep.mobility", "Mobilizare (trecerea de la o poziție la alta; ridicat - așezat, "
                     "așezat-culcat etc., și mișcarea dintr-un sens în altul)"),
    ("dep.indoor", "Deplasarea în interior (deplasarea în interiorul camerei în care trăiește, "
                   "cu sau fără baston, cadru, fotoliu rulant etc.)"),
    ("dep.communication", "Comunicare (utilizarea mijloacelor de comunicare la distanță în "
                          "scopul de a alerta: telefon, alarma, sonerie etc.);"),
)
INSTRUMENTAL_ACTIVITIES = (
    ("dep.cooking", "Prepararea hranei (capacitatea de a-și prepara singur mâncarea)"),
    ("dep.housework", "Activități de menaj (efectuarea de activități menajere: întreținerea "
                      "casei, spălatul rufelor, spălatul vaselor etc.)"),
    ("dep.budget", "Gestiunea și administrarea bugetului și a bunurilor (gestionează propriile "
                   "bunuri, bugetul, știe să folosească banii etc.)"),
    ("dep.shopping", "Efectuarea cumpărăturilor (capacitatea de a efectua cumpărăturile "
                     "necesare pentru un trai decent)"),
    ("dep.treatment", "Respectarea tratamentului medical (posibilitatea de a se conforma "
                      "recomandărilor medicale)"),
    ("dep.transport", "Utilizarea mijloacelor de transport (capacitatea de a utiliza mijloacele "
                      "de transport)"),
    ("dep.leisure", "Activități pentru timpul liber (persoana are activități culturale, "
                    "intelectuale, fizice etc., solitare sau în grup)."),
)
SENSORY_ITEMS = (
    ("dep.sight", "1. Acuitate vizuală"),
    ("dep.hearing", "2. Acuitate auditivă"),
    ("dep.speech", "3. Deficiență de vorbire"),
    ("dep.orientation", "4. Orientare"),
    ("dep.memory", "5. Memorie"),
    ("dep.judgement", "6. Judecată"),
    ("dep.coherence", "7. Coerență"),
    ("dep.behaviour", "8. Comportament"),
    ("dep.mood", "9. Tulburări afective (prezența depresiei)"),
)
FUNCTIONAL = BASIC_ACTIVITIES + INSTRUMENTAL_ACTIVITIES
INCOMES = (
    ("income.pension", "Pensie"),
    ("income.salary", "Salariu"),
    ("income.unemployment", "Șomaj"),
    ("income.child_allowance", "Alocații copii"),
    ("income.social_aid", "Ajutor social"),
    ("income.other", "Alte venituri"),
)


def age_at_sheet_date(payload: Payload) -> str:
    """Age in whole years at the date of the sheet, from the CNP's birth date."""
    on = parse_date(str(payload.get("sheet.date") or ""))
    try:
        born = parse_cnp(str(payload.get(f"{P}.cnp", ""))).birth_date
    except CnpError:
        return ""
    if on is None or on < born:
        return ""
    return str(on.year - born.year - ((on.month, on.day) < (born.month, born.day)))


def _score_total(items: tuple[tuple[str, str], ...]) -> Callable[[Payload], str]:
    def compute(payload: Payload) -> str:
        values = [payload.get(key) for key, _ in items]
        if not all(v in SCORES for v in values):
            return ""
        return str(sum(int(v) for v in values))

    return compute


def _income_total(payload: Payload) -> str:
    amounts = [m.parse_decimal(payload.get(key)) for key, _ in INCOMES
               if payload.get(key) not in (None, "")]
    if not amounts or any(a is None for a in amounts):
        return ""
    return m.format_decimal(sum(amounts, Decimal(0)))


def _score(key: str, wording: str) -> Field:
    label = wording.split(" (")[0].rstrip(";.")
    return m.choice(key, label, SCORES)


SHEET = (
    Field("sheet.number", "Nr. fișă", required=True, max_length=30),
    Field("sheet.date", "Data", FieldKind.DATE, required=True),
)

PERSON = (
    *c.name_fields(P),
    *c.cnp_fields(P),
    Field(f"{P}.age", "Vârsta (din CNP, la data fișei)", FieldKind.COMPUTED,
          compute=age_at_sheet_date),
    *c.address_fields(P),
    *(f for f in c.contact_fields(P) if f.key.endswith(".phone")),
    m.choice(f"{P}.education", "Studii", ("a) Fără", "b) Generale", "c) Medii",
                                          "d) Superioare")),
    m.gendered(f"{P}.sex_mark", "Sex", "M", "F", cnp_prefix=P),
    m.choice(f"{P}.civil_status", "Starea civilă", ("necăsătorită", "căsătorită", "văduvă",
                                                    "divorțată", "despărțit", "concubinaj")),
    m.choice(f"{P}.children", "Copii", YES_NO),
)

_WC = m.equals("housing.wc", True)
_CENTRAL = m.equals("housing.heating", "centrala")
_WATER = m.equals("housing.water", "da")
_HELPED = m.equals("family.helped", "da")


def _flag(key: str, label: str, **kwargs) -> Field:
    return Field(key, label, FieldKind.FLAG, **kwargs)


HOUSING = (
    m.choice("housing.type", "Locuință", ("casă", "apartament", "garsonieră")),
    m.choice("housing.level", "Situată la", ("parter", "etaj")),
    m.choice("housing.lift", "Lift", ("cu", "fără")),
    Field("housing.rooms", "Nr. camere", FieldKind.INTEGER, required=True, max_length=3,
          minimum=0, maximum=50),
    _flag("housing.kitchen", "Bucătărie"),
    _flag("housing.bath", "Baie"),
    _flag("housing.shower", "Duș"),
    _flag("housing.wc", "W.C."),
    m.choice("housing.wc_location", "W.C. situat în", ("interior", "exterior"),
             required=False, required_when=_WC, visible_when=_WC),
    m.choice("housing.heating", "Încălzire", ("fără", "centrală", "cu lemne cărbuni", "gaze",
                                              "cu combustibil lichid")),
    Field("housing.heating_details", "Centrală (felul)", max_length=100, visible_when=_CENTRAL),
    m.choice("housing.water", "Apă curentă", ("da", "nu")),
    _flag("housing.water_cold", "Apă rece", visible_when=_WATER),
    _flag("housing.water_hot", "Apă caldă", visible_when=_WATER),
    _flag("housing.water_other", "Apă — alte situații", visible_when=_WATER),
    m.choice("housing.light", "Luminozitate", ("adecvată", "neadecvată")),
    m.choice("housing.humidity", "Umiditate", ("adecvată", "neadecvată")),
    m.choice("housing.hygiene", "Igienă", ("adecvată", "neadecvată")),
    m.choice("housing.appliances", "Aparate electrocasnice (aragaz, frigider, mașină de spălat, "
             "aspirator)", YES_NO),
)

LIVES_WITH = (
    _flag("family.alone", "Trăiește singur(ă)"),
    _flag("family.with_spouse", "Trăiește cu soț/soție"),
    _flag("family.with_children", "Trăiește cu copiii"),
    _flag("family.with_relatives", "Trăiește cu alte rude"),
    _flag("family.with_others", "Trăiește cu alte persoane"),
)

FAMILY = (
    *LIVES_WITH,
    _flag("family.cohabitant_ill", "Una dintre persoanele cu care locuiește este bolnavă"),
    _flag("family.cohabitant_disabled", "… cu dizabilități"),
    _flag("family.cohabitant_alcohol", "… dependentă de alcool"),
    m.choice("family.helped", "Este ajutat de familie", YES_NO),
    _flag("family.help_money", "Ajutat cu bani", visible_when=_HELPED),
    _flag("family.help_food", "Ajutat cu mâncare", visible_when=_HELPED),
    _flag("family.help_housework", "Ajutat cu activități de menaj", visible_when=_HELPED),
    m.choice("family.relations", "Relațiile cu familia sunt", ("bune", "cu probleme",
                                                               "fără relații")),
    m.choice("family.neglect_risk", "Există risc de neglijare", YES_NO),
)

ECONOMY = (
    *(Field(key, f"{label} (lei/lună)", FieldKind.DECIMAL, max_length=12)
      for key, label in INCOMES),
    Field("income.total", "Total venit lunar propriu (lei)", FieldKind.COMPUTED,
          compute=_income_total),
)

HEALTH = (
    Field("health.diagnosis", "Diagnostic clinic", FieldKind.LONG_TEXT, required=True,
          max_length=2000),
)

DEPENDENCY = (
    *(_score(key, wording) for key, wording in FUNCTIONAL + SENSORY_ITEMS),
    Field("dep.total_functional", "Total A (statusul funcțional)", FieldKind.COMPUTED,
          compute=_score_total(FUNCTIONAL)),
    Field("dep.total_sensory", "Total B (statusul senzorial și psihoafectiv)",
          FieldKind.COMPUTED, compute=_score_total(SENSORY_ITEMS)),
    Field("dep.total", "Punctaj total", FieldKind.COMPUTED,
          compute=_score_total(FUNCTIONAL + SENSORY_ITEMS)),
)

CONCLUSIONS = (
    Field("conclusions", "Concluzii", FieldKind.LONG_TEXT, required=True, max_length=3000),
    Field("sheet.author", "Întocmit (numele, prenumele și funcția)", required=True,
          max_length=150),
)


def lives_with_check(payload: Payload) -> dict[str, str]:
    """"Trăiește": at least one answer; "singur(ă)" excludes the others."""
    ticked = [f.key for f in LIVES_WITH if payload.get(f.key)]
    if not ticked:
        return {"family.alone": "Bifați cu cine trăiește persoana evaluată."}
    if "family.alone" in ticked and len(ticked) > 1:
        return {"family.alone": "„Singur(ă)” nu se poate bifa împreună cu celelalte situații."}
    return {}


def _grid(items: tuple[tuple[str, str], ...], intro: str) -> Bullets:
    return Bullets(intro=intro, items=tuple(f"{wording} {{{key}|alt}}" for key, wording in items))


LAYOUT = (
    Title("ANCHETĂ SOCIALĂ"),
    Para("Nr. fișă {sheet.number}"),
    Para("Data {sheet.date}"),
    Para("PERSOANA EVALUATĂ:", style="bold"),
    Para("Numele {applicant.surname}"),
    Para("Prenumele {applicant.given_names}"),
    Para("CNP {applicant.cnp}"),
    Para("Vârsta {applicant.age}"),
    Para("Adresa: str. {applicant.street} Nr. {applicant.street_no} Bl. {applicant.block} "
         "Sc. {applicant.staircase} Et. {applicant.floor} Ap. {applicant.apartment} "
         "Localitate {applicant.locality} Sector/județ {applicant.county}"),
    Para("Telefon {applicant.phone}"),
    Para("Studii: {applicant.education|alt};"),
    Para("Sex: {applicant.sex_mark|alt}"),
    Para("Starea civilă: {applicant.civil_status|alt}"),
    Para("Copii: {applicant.children|alt}"),
    Para("EVALUARE SOCIALĂ:", style="bold"),
    Bullets(intro="Locuință:", items=(
        "- {housing.type|alt};",
        "- Situată la: {housing.level|alt}; {housing.lift|alt} lift",
        "- Se compune din: nr. camere: {housing.rooms}, {housing.kitchen|box} bucătărie, "
        "{housing.bath|box} baie, {housing.shower|box} duș, {housing.wc|box} W.C. (situat în "
        "{housing.wc_location|alt})",
        "- Încălzire: {housing.heating|alt} {housing.heating_details}",
        "- Apă curentă: {housing.water|alt}: {housing.water_cold|box} rece "
        "{housing.water_hot|box} caldă {housing.water_other|box} alte situații;",
        "- Condiții de locuit:",
        "- luminozitate {housing.light|alt};",
        "- umiditate {housing.humidity|alt};",
        "- igienă {housing.hygiene|alt};",
    )),
    Para("Locuința este prevăzută cu aparate electrocasnice: (aragaz, frigider, mașină de "
         "spălat, aspirator) {housing.appliances|alt}."),
    Para("Rețea de familie:", style="bold"),
    Para("Trăiește: {family.alone|box} singur(ă); {family.with_spouse|box} cu soț/soție; "
         "{family.with_children|box} cu copiii; {family.with_relatives|box} cu alte rude; "
         "{family.with_others|box} cu alte persoane;"),
    Para("Una dintre persoanele cu care locuiește este: {family.cohabitant_ill|box} bolnavă, "
         "{family.cohabitant_disabled|box} cu dizabilități, {family.cohabitant_alcohol|box} "
         "dependentă de alcool;"),
    Para("Este ajutat de familie: {family.helped|alt}; {family.help_money|box} cu bani; "
         "{family.help_food|box} cu mâncare, {family.help_housework|box} activități de menaj;"),
    Para("Relațiile cu familia sunt: {family.relations|alt};"),
    Para("Există risc de neglijare: {family.neglect_risk|alt}"),
    Para("EVALUAREA SITUAȚIEI ECONOMICE:", style="bold"),
    Bullets(intro="Venit lunar propriu reprezentat de:",
            items=(*(f"{label} {{{key}}} lei" for key, label in INCOMES),
                   "Total {income.total} lei")),
    Para("EVALUAREA STĂRII DE SĂNĂTATE:", style="bold"),
    Para("Diagnostic clinic {health.diagnosis}"),
    Para("EVALUAREA GRADULUI DE DEPENDENȚĂ", style="bold"),
    Para("Evaluarea autonomiei: 0 — Nu necesită supraveghere sau ajutor; 1 — Necesită "
         "supraveghere temporară și/sau ajutor parțial; 2 — Necesită supraveghere permanentă "
         "și/sau ajutor integral"),
    Para("A. Evaluarea statusului funcțional", style="bold"),
    _grid(BASIC_ACTIVITIES, "I. Activități de bază ale vieții de zi cu zi"),
    _grid(INSTRUMENTAL_ACTIVITIES, "II. Activități instrumentale"),
    Para("Total A: {dep.total_functional}"),
    _grid(SENSORY_ITEMS, "B. Evaluarea statusului senzorial și psihoafectiv"),
    Para("Total B: {dep.total_sensory}. Punctaj total: {dep.total}"),
    Bullets(intro="NOTA: Pentru fiecare activitate evaluată se identifică trei posibilități:",
            items=(
                "0. - activitate făcută fără ajutor, în mod obișnuit și corect; - nu necesită "
                "supraveghere și ajutor.",
                "1. - activitate fără/ cu ajutor parțial și sau mai puțin corect; - necesită "
                "supraveghere permanentă și/sau ajutor parțial.",
                "2. - activitate făcută numai cu ajutor; - necesită supraveghere permanentă "
                "și/sau ajutor integral.",
            )),
    Para("Evaluarea statusului funcțional și psihoafectiv se realizează avându-se în vedere "
         "condiția obligatorie de integritate psihică și mentală a persoanei pentru a fi aptă "
         "să efectueze activitățile de bază și instrumentale ale vieții de zi cu zi."),
    Para("CONCLUZII: {conclusions}"),
    Signatures(items=(("Data", "{sheet.date}"),
                      ("Întocmit (numele, prenumele și funcția)", "{sheet.author}"),
                      ("Semnătura", ""))),
)

_PERSON_CNP = make_cnp("F", dt.date(1953, 8, 12), "16", 371)

_SCORES_SAMPLE = dict.fromkeys((k for k, _ in FUNCTIONAL + SENSORY_ITEMS), "0") | {
    "dep.mobility": "1", "dep.indoor": "1", "dep.housework": "2", "dep.shopping": "2",
    "dep.transport": "2", "dep.sight": "1", "dep.hearing": "1", "dep.memory": "1",
}

SAMPLE = {
    "sheet.number": "AS-0417",
    "sheet.date": "18.11.2026",
    **{k: v for k, v in c.sample_person(
        P, _PERSON_CNP, surname="Dobre", given_names="Ioana", locality="Craiova",
        street="Strada Brestei", street_no="31", block="G2", staircase="1", floor="3",
        apartment="11", county="Dolj", phone="0251 412 337").items()
       if k in {f.key for f in PERSON}},
    f"{P}.education": "c_medii",
    f"{P}.civil_status": "vaduva",
    f"{P}.children": "da",
    "housing.type": "apartament",
    "housing.level": "etaj",
    "housing.lift": "fara",
    "housing.rooms": "2",
    "housing.kitchen": True,
    "housing.bath": True,
    "housing.shower": False,
    "housing.wc": True,
    "housing.wc_location": "interior",
    "housing.heating": "centrala",
    "housing.heating_details": "centrală proprie pe gaz",
    "housing.water": "da",
    "housing.water_cold": True,
    "housing.water_hot": True,
    "housing.water_other": False,
    "housing.light": "adecvata",
    "housing.humidity": "adecvata",
    "housing.hygiene": "adecvata",
    "housing.appliances": "da",
    "family.alone": True,
    "family.with_spouse": False,
    "family.with_children": False,
    "family.with_relatives": False,
    "family.with_others": False,
    "family.cohabitant_ill": False,
    "family.cohabitant_disabled": False,
    "family.cohabitant_alcohol": False,
    "family.helped": "da",
    "family.help_money": True,
    "family.help_food": True,
    "family.help_housework": False,
    "family.relations": "bune",
    "family.neglect_risk": "nu",
    "income.pension": "1875,50",
    "income.salary": "0",
    "income.unemployment": "0",
    "income.child_allowance": "0",
    "income.social_aid": "0",
    "income.other": "120",
    "health.diagnosis": "Cardiopatie ischemică cronică; gonartroză bilaterală stadiul III; "
                        "hipoacuzie bilaterală.",
    **_SCORES_SAMPLE,
    "conclusions": "Persoana locuiește singură, se deplasează greu în afara locuinței și are "
                   "nevoie de ajutor la cumpărături și la activitățile de menaj; fiica o "
                   "sprijină săptămânal.",
    "sheet.author": "Georgescu Mirela, asistent social, Primăria Craiova",
}

SPEC = AnnexSpec(
    annex_id="10",
    version=1,
    annex_label="ANEXA nr. 10 la norme (HG nr. 181/2024)",
    title="Anchetă socială",
    short_title="Anchetă socială",
    group="Expertiză medicală",
    benefit="social_inquiry",
    legal_basis="art. 71 alin. (1)–(2) și art. 81 alin. (3) din norme",
    deadline=None,
    sections=(
        Section("Fișa", SHEET),
        Section("Persoana evaluată", PERSON),
        Section("Evaluare socială — locuința", HOUSING),
        Section("Rețea de familie", FAMILY),
        Section("Situația economică", ECONOMY),
        Section("Starea de sănătate", HEALTH),
        Section("Gradul de dependență (0 / 1 / 2)", DEPENDENCY,
                note="0 — nu necesită supraveghere sau ajutor; 1 — supraveghere temporară "
                     "și/sau ajutor parțial; 2 — supraveghere permanentă și/sau ajutor "
                     "integral."),
        Section("Concluzii", CONCLUSIONS),
    ),
    layout=LAYOUT,
    sample=SAMPLE,
    checks=(lives_with_check,),
)

# Shown in the form, not printed: birth date and sex in words from the CNP
# (the sex is printed as "M/F").
FORM_ONLY = frozenset({f"{P}.birth_date", f"{P}.sex"})
