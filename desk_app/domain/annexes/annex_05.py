"""Annex 5 to the norms (HG 181/2024): declaration on one's own responsibility
for determining the habitual residence ("Declarație pe propria răspundere pentru
determinarea statutului de ședere obișnuită"), art. 5 of the law, art. 61 (1)
lit. ș) of the norms; it accompanies a pension request of a person under an
international instrument Romania is party to.

Domicile and habitual residence are addresses anywhere, with the county read as
"județul/provincia/departamentul/regiunea" and the country chosen from
:mod:`desk_app.domain.countries` (ISO code stored, Romanian name printed). The
twelve statements keep their official alternatives; a "yes" makes its details
required (state(s), institution and address, type of request, date, decision).
Required: identification, domicile, habitual residence, statement 1 (state and
date), the alternatives of 3, 4, 6, 10, 11, 12 and the fiscal residence (9);
statements 2, 5, 7, 8 are "după caz". The office fills the three lines at the
bottom (term, addressee, contact). Footnotes i–x are printed.

The reference text is kept word for word, including its slips ("beneficiaz",
"defășurat", "stările"), because the printed form must match the official one.

Deadline: none. The norms set no term for this declaration; it is decided with
the pension request it accompanies (art. 60 of the norms).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from desk_app.domain.annexes import common as c
from desk_app.domain.annexes import common_extra as x
from desk_app.domain.annexes.spec import (
    AnnexSpec,
    Bullets,
    Field,
    FieldKind,
    Footnotes,
    Para,
    Section,
    Signatures,
    Title,
)
from desk_app.domain.cnp import make_cnp

P = "applicant"
R = "residence"

_BIRTH_PLACE_LABEL = "Locul nașterii (localitatea/județul/provincia/departamentul/regiunea)"

APPLICANT = (
    *c.name_fields(P),
    *c.cnp_fields(P),
    *c.contact_fields(P),
    *c.id_document_fields(P),
    *(dataclasses.replace(f, label=_BIRTH_PLACE_LABEL) if f.key == f"{P}.birth_place" else f
      for f in c.birth_and_parents_fields(P)),
)

DOMICILE = x.world_address_fields(P)
RESIDENCE = x.world_address_fields(R, from_person=False)

_YES_HOME = x.equals("s3.owns_home", "detin")
_YES_PROPERTY = x.equals("s4.owns_property", "detin")
_YES_ABROAD = x.equals("s6.worked_abroad", "am_fost")
_YES_APPLIED = x.equals("s10.applied", "am")
_YES_CTP = x.equals("s11.benefits", "beneficiaz")
_YES_FOREIGN = x.equals("s12.benefits", "beneficiaz")


def _details(prefix: str, condition: x.Predicate, *extra: Field) -> tuple[Field, ...]:
    return (
        x.when(Field(f"{prefix}.institution", "Denumirea instituției", max_length=150),
               condition),
        x.when(Field(f"{prefix}.institution_address", "Adresa instituției", max_length=200),
               condition),
        *extra,
    )


STATEMENTS = (
    x.country_field("s1.state", "1. Sunt stabilit pe teritoriul (statul)", required=True),
    Field("s1.since", "1. De la data de", FieldKind.DATE, required=True),
    x.country_field("s2.state", "2. Mă deplasez pe teritoriul (statul)"),
    Field("s2.frequency", "2. Frecvența deplasărilor", max_length=100),
    c.alternatives("s3.owns_home", "3. O locuință în proprietate", "dețin", "nu dețin"),
    x.when(Field("s3.states", "3. Statul/statele", max_length=150), _YES_HOME),
    c.alternatives("s4.owns_property", "4. Alte bunuri imobile în proprietate",
                   "dețin", "nu dețin"),
    x.when(Field("s4.states", "4. Statul/statele", max_length=150), _YES_PROPERTY),
    x.country_field("s5.state", "5. Statul în care sunt angajat/angajată"),
    Field("s5.occupation", "5. În calitate de (ocupația)", max_length=100),
    Field("s5.employer", "5. La (angajatorul, dacă există)", max_length=150),
    c.alternatives("s6.worked_abroad", "6. Angajat/activitate profesională în alt stat decât "
                   "România", "am fost", "nu am fost"),
    x.when(Field("s6.states", "6. a) Statul/statele", max_length=150), _YES_ABROAD),
    x.country_field("s7.state", "7. Statul în care este angajat/angajată soțul/soția"),
    x.country_field("s8.state", "8. Statul în care urmează studiile copiii aflați în "
                    "întreținere"),
    x.country_field("s9.state", "9. Statul în care am reședința fiscală", required=True),
    c.alternatives("s10.applied", "10. Cerere de pensie depusă în alt stat/la altă instituție "
                   "din România", "am", "nu am"),
    *_details(
        "s10", _YES_APPLIED,
        x.when(Field("s10.request_type", "Tipul de cerere depusă", max_length=120),
               _YES_APPLIED),
        x.when(Field("s10.request_date", "Data depunerii cererii", FieldKind.DATE),
               _YES_APPLIED),
        x.when(Field("s10.handling", "Modul de instrumentare a cererii (dacă este cunoscut)",
                     FieldKind.LONG_TEXT, max_length=500), _YES_APPLIED, required=False),
    ),
    c.alternatives("s11.benefits", "11. Drepturi bănești acordate de casele teritoriale de "
                   "pensii", "beneficiaz", "nu beneficiaz"),
    *_details(
        "s11", _YES_CTP,
        x.when(Field("s11.category", "Categoria de drepturi", max_length=120), _YES_CTP),
        x.when(Field("s11.decision_no", "Numărul deciziei", max_length=40), _YES_CTP),
    ),
    c.alternatives("s12.benefits", "12. Prestații acordate de instituții din alt stat",
                   "beneficiaz", "nu beneficiaz"),
    *_details(
        "s12", _YES_FOREIGN,
        x.when(Field("s12.category", "Categoria de drepturi", max_length=120), _YES_FOREIGN),
        x.when(Field("s12.granted_on", "Data acordării", FieldKind.DATE), _YES_FOREIGN),
    ),
)

OFFICE = (
    Field("office.return_deadline", "Termenul-limită de transmitere a declarației",
          FieldKind.DATE),
    Field("office.contact", "Coordonate de contact ale casei teritoriale de pensii",
          max_length=200),
)

APPLICANT_PARAGRAPH = (
    "Subsemnatul(a) {applicant.surname} {applicant.given_names}, având codul numeric personal "
    "{applicant.cnp}, număr de telefon {applicant.phone}, adresă de e-mail {applicant.email}, "
    "domiciliul în localitatea {applicant.locality}, str. {applicant.street} "
    "nr. {applicant.street_no}, bl. {applicant.block}, sc. {applicant.staircase}, "
    "et. {applicant.floor}, ap. {applicant.apartment}, județul/provincia/departamentul/regiunea "
    "{applicant.county}, țara {applicant.country}, și locul de ședere obișnuită în localitatea "
    "{residence.locality}, str. {residence.street} nr. {residence.street_no}, "
    "bl. {residence.block}, sc. {residence.staircase}, et. {residence.floor}, "
    "ap. {residence.apartment}, județul/provincia/departamentul/regiunea {residence.county}, "
    "țara {residence.country}, posesor/posesoare act identitate seria {applicant.id_series} "
    "nr. {applicant.id_number} eliberat de {applicant.id_issuer}, la data de "
    "{applicant.id_date}, născut(ă) la data de {applicant.birth_date} în "
    "localitatea/județul/provincia/departamentul/regiunea {applicant.birth_place}, fiul (fiica) "
    "lui {applicant.father_name} și al (a) {applicant.mother_name}, cunoscând dispozițiile "
    "art. 326 din Codul penal,"
)


def _detail_items(prefix: str, last: str) -> tuple[str, ...]:
    return (
        "a) în cazul unui răspuns afirmativ, se vor face mențiuni cu privire la:",
        f"(i) denumirea și adresa instituției plătitoare {{{prefix}.institution}}, "
        f"{{{prefix}.institution_address}}",
        f"(ii) categoria de drepturi de care beneficiaz {{{prefix}.category}}",
        last,
    )


LAYOUT = (
    Para("Nr. {_registration_no} din {_registration_date}", style="right"),
    Title("DECLARAȚIE PE PROPRIA RĂSPUNDERE",
          "pentru determinarea statutului de ședere obișnuită, conform prevederilor art. 5 "
          "alin. (1) din lege, în cazul persoanelor care intră sub incidența instrumentelor "
          "juridice internaționale la care România este parte"),
    Para(APPLICANT_PARAGRAPH),
    Para("formulez următoarea declarație:"),
    Bullets(
        intro="declar pe propria răspundere, sub sancțiunile prevăzute de Codul penal al "
              "României pentru declarații neadevărate, că:",
        items=(
            "1. sunt stabilit pe teritoriulⁱ {s1.state} de la data de {s1.since}",
            "2. mă deplasez pe teritoriulⁱⁱ {s2.state}, {s2.frequency}",
            "3. {s3.owns_home|alt} o locuință în proprietate pe teritoriulⁱⁱⁱ {s3.states}",
            "4. {s4.owns_property|alt} alte bunuri imobile în proprietate pe teritoriulⁱᵛ "
            "{s4.states}",
            "5. statul în care sunt angajat/angajată esteᵛ {s5.state}, în calitate deᵛⁱ "
            "{s5.occupation} laᵛⁱⁱ {s5.employer}",
            "6. {s6.worked_abroad|alt} angajat/angajată/defășurat activitate profesională "
            "într-un alt stat în afară de România",
            "a) în cazul unui răspuns afirmativ, precizați statul/stările {s6.states}",
            "7. statul în care este angajat/angajată soțul/soția esteᵛⁱⁱⁱ {s7.state}",
            "8. statul în care urmează studiile copiii aflați în întreținerea mea esteⁱˣ "
            "{s8.state}",
            "9. statul în care am reședința fiscală esteˣ {s9.state}",
            "10. {s10.applied|alt} depus nicio cerere de acordare a unor drepturi de pensie de "
            "bătrânețe (pentru limită de vârstă, anticipată), de invaliditate, de urmaș, la "
            "instituția competentă în materie de pensii din alt stat/la o altă instituție cu "
            "atribuții în materie de pensii din România",
            "a) în cazul unui răspuns afirmativ, se vor face mențiuni cu privire la cererea "
            "depusă, precum:",
            "(i) denumirea și adresa instituției {s10.institution}, {s10.institution_address}",
            "(ii) tipul de cerere depusă {s10.request_type}",
            "(iii) data depunerii cererii {s10.request_date}",
            "(iv) informații referitoare la modul de instrumentare a cererii, dacă este "
            "cunoscut {s10.handling}",
            "11. {s11.benefits|alt} de drepturi bănești acordate de casele teritoriale de pensii "
            "(pensie sau indemnizații acordate în baza unor legi speciale)",
            *_detail_items("s11", "(iii) numărul deciziei {s11.decision_no}"),
            "12. {s12.benefits|alt} de prestații de boală/de maternitate/de pensie/de accidente "
            "de muncă și boli profesionale/de deces/de șomaj/de prepensionare/familiale acordate "
            "de instituții din alt stat",
            *_detail_items("s12", "(iii) data acordării {s12.granted_on}"),
        ),
    ),
    Para(c.GDPR_CONSENT),
    Signatures(),
    Para("Termenul-limită de transmitere a declarației către casa teritorială de pensii "
         "competentă: {office.return_deadline}"),
    Para("Instituția căreia îi este adresată prezenta declarație: Casa Teritorială de Pensii "
         "{_office_name}"),
    Para("Coordonate de contact ale casei teritoriale de pensii competente: {office.contact}"),
    Footnotes((
        "ⁱ A se menționa statul.",
        "ⁱⁱ A se menționa statul și frecvența.",
        "ⁱⁱⁱ A se menționa statul/stările.",
        "ⁱᵛ A se menționa statul/stările.",
        "ᵛ A se menționa statul.",
        "ᵛⁱ A se menționa ocupația.",
        "ᵛⁱⁱ A se menționa angajatorul, dacă există.",
        "ᵛⁱⁱⁱ A se menționa statul.",
        "ⁱˣ A se menționa statul.",
        "ˣ A se menționa statul.",
    )),
)

_SAMPLE_CNP = make_cnp("F", dt.date(1964, 1, 17), "33", 96)

SAMPLE = {
    **c.sample_person(P, _SAMPLE_CNP, surname="Rusu", given_names="Viorica",
                      locality="Rădăuți", street="Str. Ștefan cel Mare", street_no="19",
                      block="7", staircase="B", floor="3", apartment="11", county="Suceava",
                      id_series="SV", id_number="661390", id_issuer="SPCLEP Rădăuți",
                      id_date="05.04.2021", birth_place="Siret, jud. Suceava",
                      father_name="Gavril", mother_name="Domnica", phone="+39 333 418 2207",
                      email="viorica.rusu@exemplu.ro"),
    f"{P}.country": "RO",
    f"{R}.locality": "Torino",
    f"{R}.street": "Via Nizza",
    f"{R}.street_no": "148",
    f"{R}.block": "C",
    f"{R}.staircase": "2",
    f"{R}.floor": "4",
    f"{R}.apartment": "15",
    f"{R}.county": "Piemonte, provincia Torino",
    f"{R}.country": "IT",
    "s1.state": "IT",
    "s1.since": "01.06.2012",
    "s2.state": "RO",
    "s2.frequency": "de două ori pe an, vara și de sărbători",
    "s3.owns_home": "detin",
    "s3.states": "România",
    "s4.owns_property": "nu_detin",
    "s5.state": "IT",
    "s5.occupation": "asistentă medicală",
    "s5.employer": "Cooperativa Sociale Aurora, Torino",
    "s6.worked_abroad": "am_fost",
    "s6.states": "Italia, Spania",
    "s7.state": "IT",
    "s8.state": "IT",
    "s9.state": "IT",
    "s10.applied": "am",
    "s10.institution": "INPS — Direzione provinciale di Torino",
    "s10.institution_address": "Corso Giulio Cesare 6, 10152 Torino, Italia",
    "s10.request_type": "pensie pentru limită de vârstă (pensione di vecchiaia)",
    "s10.request_date": "14.09.2026",
    "s10.handling": "cererea a fost transmisă casei teritoriale de pensii prin formularul "
                    "E 202/SED P2000",
    "s11.benefits": "nu_beneficiaz",
    "s12.benefits": "beneficiaz",
    "s12.institution": "INPS — Direzione provinciale di Torino",
    "s12.institution_address": "Corso Giulio Cesare 6, 10152 Torino, Italia",
    "s12.category": "prestații familiale (assegno unico)",
    "s12.granted_on": "01.03.2022",
    "office.return_deadline": "15.12.2026",
    "office.contact": "Casa Județeană de Pensii Suceava, str. Universității nr. 48, "
                      "tel. 0230 523 004",
}

SPEC = AnnexSpec(
    annex_id="05",
    version=1,
    annex_label="ANEXA nr. 5 la norme (HG nr. 181/2024)",
    title="Declarație pe propria răspundere pentru determinarea statutului de ședere obișnuită",
    short_title="Declarație de ședere obișnuită",
    group="Pensii",
    benefit="residence_declaration",
    legal_basis="art. 5 din Legea nr. 360/2023; art. 61 alin. (1) lit. ș) din norme",
    deadline=None,
    sections=(
        Section("Declarant", APPLICANT),
        Section("Domiciliul", DOMICILE),
        Section("Locul de ședere obișnuită", RESIDENCE),
        Section("Declarație", STATEMENTS),
        Section("Se completează de casa teritorială de pensii", OFFICE),
    ),
    layout=LAYOUT,
    sample=SAMPLE,
)
