"""The world's countries with their Romanian names, for address and statement
fields ("țara", "statul"): the 193 member states of the UN, the two observer
states and a few territories a pensioner may live in.

``code`` is the ISO 3166-1 alpha-2 code (``XK`` for Kosovo, the code used in
EU documents); it is what a payload stores, so a name can be corrected later
without touching stored requests. Names follow the forms used in Romanian
official texts, with the comma-below ș ț.
"""

from __future__ import annotations

from typing import NamedTuple


class Country(NamedTuple):
    code: str
    name: str


ROMANIA = "RO"

# Alphabetical by Romanian collation (see ``_collation_key``); kept sorted by a test.
_UN_MEMBERS: tuple[Country, ...] = (
    Country("AF", "Afganistan"),
    Country("ZA", "Africa de Sud"),
    Country("AL", "Albania"),
    Country("DZ", "Algeria"),
    Country("AD", "Andorra"),
    Country("AO", "Angola"),
    Country("AG", "Antigua și Barbuda"),
    Country("SA", "Arabia Saudită"),
    Country("AR", "Argentina"),
    Country("AM", "Armenia"),
    Country("AU", "Australia"),
    Country("AT", "Austria"),
    Country("AZ", "Azerbaidjan"),
    Country("BS", "Bahamas"),
    Country("BH", "Bahrain"),
    Country("BD", "Bangladesh"),
    Country("BB", "Barbados"),
    Country("BY", "Belarus"),
    Country("BE", "Belgia"),
    Country("BZ", "Belize"),
    Country("BJ", "Benin"),
    Country("BT", "Bhutan"),
    Country("BO", "Bolivia"),
    Country("BA", "Bosnia și Herțegovina"),
    Country("BW", "Botswana"),
    Country("BR", "Brazilia"),
    Country("BN", "Brunei"),
    Country("BG", "Bulgaria"),
    Country("BF", "Burkina Faso"),
    Country("BI", "Burundi"),
    Country("KH", "Cambodgia"),
    Country("CM", "Camerun"),
    Country("CA", "Canada"),
    Country("CV", "Capul Verde"),
    Country("CZ", "Cehia"),
    Country("CL", "Chile"),
    Country("CN", "China"),
    Country("TD", "Ciad"),
    Country("CY", "Cipru"),
    Country("CO", "Columbia"),
    Country("KM", "Comore"),
    Country("CG", "Congo"),
    Country("KP", "Coreea de Nord"),
    Country("KR", "Coreea de Sud"),
    Country("CR", "Costa Rica"),
    Country("CI", "Côte d'Ivoire"),
    Country("HR", "Croația"),
    Country("CU", "Cuba"),
    Country("DK", "Danemarca"),
    Country("DJ", "Djibouti"),
    Country("DM", "Dominica"),
    Country("EC", "Ecuador"),
    Country("EG", "Egipt"),
    Country("SV", "El Salvador"),
    Country("CH", "Elveția"),
    Country("AE", "Emiratele Arabe Unite"),
    Country("ER", "Eritreea"),
    Country("EE", "Estonia"),
    Country("SZ", "Eswatini"),
    Country("ET", "Etiopia"),
    Country("RU", "Federația Rusă"),
    Country("FJ", "Fiji"),
    Country("PH", "Filipine"),
    Country("FI", "Finlanda"),
    Country("FR", "Franța"),
    Country("GA", "Gabon"),
    Country("GM", "Gambia"),
    Country("GE", "Georgia"),
    Country("DE", "Germania"),
    Country("GH", "Ghana"),
    Country("GR", "Grecia"),
    Country("GD", "Grenada"),
    Country("GT", "Guatemala"),
    Country("GN", "Guineea"),
    Country("GQ", "Guineea Ecuatorială"),
    Country("GW", "Guineea-Bissau"),
    Country("GY", "Guyana"),
    Country("HT", "Haiti"),
    Country("HN", "Honduras"),
    Country("IN", "India"),
    Country("ID", "Indonezia"),
    Country("MH", "Insulele Marshall"),
    Country("SB", "Insulele Solomon"),
    Country("JO", "Iordania"),
    Country("IQ", "Irak"),
    Country("IR", "Iran"),
    Country("IE", "Irlanda"),
    Country("IS", "Islanda"),
    Country("IL", "Israel"),
    Country("IT", "Italia"),
    Country("JM", "Jamaica"),
    Country("JP", "Japonia"),
    Country("KZ", "Kazahstan"),
    Country("KE", "Kenya"),
    Country("KG", "Kârgâzstan"),
    Country("KI", "Kiribati"),
    Country("KW", "Kuweit"),
    Country("LA", "Laos"),
    Country("LS", "Lesotho"),
    Country("LV", "Letonia"),
    Country("LB", "Liban"),
    Country("LR", "Liberia"),
    Country("LY", "Libia"),
    Country("LI", "Liechtenstein"),
    Country("LT", "Lituania"),
    Country("LU", "Luxemburg"),
    Country("MK", "Macedonia de Nord"),
    Country("MG", "Madagascar"),
    Country("MY", "Malaysia"),
    Country("MW", "Malawi"),
    Country("MV", "Maldive"),
    Country("ML", "Mali"),
    Country("MT", "Malta"),
    Country("MA", "Maroc"),
    Country("MR", "Mauritania"),
    Country("MU", "Mauritius"),
    Country("MX", "Mexic"),
    Country("FM", "Micronezia"),
    Country("MC", "Monaco"),
    Country("MN", "Mongolia"),
    Country("ME", "Muntenegru"),
    Country("MZ", "Mozambic"),
    Country("MM", "Myanmar"),
    Country("NA", "Namibia"),
    Country("NR", "Nauru"),
    Country("NP", "Nepal"),
    Country("NI", "Nicaragua"),
    Country("NE", "Niger"),
    Country("NG", "Nigeria"),
    Country("NO", "Norvegia"),
    Country("NZ", "Noua Zeelandă"),
    Country("OM", "Oman"),
    Country("PK", "Pakistan"),
    Country("PW", "Palau"),
    Country("PA", "Panama"),
    Country("PG", "Papua-Noua Guinee"),
    Country("PY", "Paraguay"),
    Country("PE", "Peru"),
    Country("PL", "Polonia"),
    Country("PT", "Portugalia"),
    Country("QA", "Qatar"),
    Country("GB", "Regatul Unit al Marii Britanii și Irlandei de Nord"),
    Country("CF", "Republica Centrafricană"),
    Country("CD", "Republica Democrată Congo"),
    Country("DO", "Republica Dominicană"),
    Country("MD", "Republica Moldova"),
    Country("RO", "România"),
    Country("RW", "Rwanda"),
    Country("KN", "Saint Kitts și Nevis"),
    Country("LC", "Saint Lucia"),
    Country("VC", "Saint Vincent și Grenadinele"),
    Country("WS", "Samoa"),
    Country("SM", "San Marino"),
    Country("ST", "São Tomé și Príncipe"),
    Country("SN", "Senegal"),
    Country("RS", "Serbia"),
    Country("SC", "Seychelles"),
    Country("SL", "Sierra Leone"),
    Country("SG", "Singapore"),
    Country("SY", "Siria"),
    Country("SK", "Slovacia"),
    Country("SI", "Slovenia"),
    Country("SO", "Somalia"),
    Country("ES", "Spania"),
    Country("LK", "Sri Lanka"),
    Country("US", "Statele Unite ale Americii"),
    Country("SD", "Sudan"),
    Country("SS", "Sudanul de Sud"),
    Country("SE", "Suedia"),
    Country("SR", "Surinam"),
    Country("TJ", "Tadjikistan"),
    Country("TZ", "Tanzania"),
    Country("TH", "Thailanda"),
    Country("TL", "Timorul de Est"),
    Country("TG", "Togo"),
    Country("TO", "Tonga"),
    Country("TT", "Trinidad și Tobago"),
    Country("TN", "Tunisia"),
    Country("TR", "Turcia"),
    Country("TM", "Turkmenistan"),
    Country("TV", "Tuvalu"),
    Country("NL", "Țările de Jos"),
    Country("UA", "Ucraina"),
    Country("UG", "Uganda"),
    Country("HU", "Ungaria"),
    Country("UY", "Uruguay"),
    Country("UZ", "Uzbekistan"),
    Country("VU", "Vanuatu"),
    Country("VE", "Venezuela"),
    Country("VN", "Vietnam"),
    Country("YE", "Yemen"),
    Country("ZM", "Zambia"),
    Country("ZW", "Zimbabwe"),
)

# UN observer states and territories outside the member list.
_OTHERS: tuple[Country, ...] = (
    Country("VA", "Sfântul Scaun (Vatican)"),
    Country("PS", "Palestina"),
    Country("XK", "Kosovo"),
    Country("TW", "Taiwan"),
    Country("HK", "Hong Kong"),
    Country("MO", "Macao"),
    Country("PR", "Puerto Rico"),
    Country("GL", "Groenlanda"),
    Country("FO", "Insulele Feroe"),
    Country("GI", "Gibraltar"),
    Country("IM", "Insula Man"),
    Country("JE", "Jersey"),
    Country("GG", "Guernsey"),
    Country("NC", "Noua Caledonie"),
    Country("PF", "Polinezia Franceză"),
    Country("BM", "Bermude"),
    Country("AW", "Aruba"),
    Country("CW", "Curaçao"),
)

UN_MEMBER_CODES: frozenset[str] = frozenset(c.code for c in _UN_MEMBERS)

_ORDER = "aăâbcdefghiîjklmnopqrsștțuvwxyz"


def _collation_key(name: str) -> tuple[int, ...]:
    """Romanian alphabetical order: ă â after a, î after i, ș after s, ț after t."""
    plain = {"ç": "c", "ô": "o", "ã": "a", "í": "i", "é": "e"}
    key = []
    for ch in name.casefold():
        ch = plain.get(ch, ch)
        key.append(_ORDER.index(ch) + 1 if ch in _ORDER else 0)
    return tuple(key)


COUNTRIES: tuple[Country, ...] = tuple(sorted(_UN_MEMBERS + _OTHERS,
                                              key=lambda c: _collation_key(c.name)))

_BY_CODE = {c.code: c for c in COUNTRIES}


def country_name(code: str) -> str | None:
    """The Romanian name of an ISO code, None when the code is unknown."""
    country = _BY_CODE.get(code.strip().upper())
    return country.name if country else None
