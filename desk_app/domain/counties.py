"""The 41 counties and the Municipality of Bucharest, with their official codes.

``code`` is the two-letter vehicle/ISO 3166-2:RO code used by the offices
(``CJ``, ``B``); ``cnp_code`` is the two-digit county code of the CNP.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class County:
    code: str
    name: str
    cnp_code: str


COUNTIES: tuple[County, ...] = (
    County("AB", "Alba", "01"),
    County("AR", "Arad", "02"),
    County("AG", "Argeș", "03"),
    County("BC", "Bacău", "04"),
    County("BH", "Bihor", "05"),
    County("BN", "Bistrița-Năsăud", "06"),
    County("BT", "Botoșani", "07"),
    County("BV", "Brașov", "08"),
    County("BR", "Brăila", "09"),
    County("BZ", "Buzău", "10"),
    County("CS", "Caraș-Severin", "11"),
    County("CJ", "Cluj", "12"),
    County("CT", "Constanța", "13"),
    County("CV", "Covasna", "14"),
    County("DB", "Dâmbovița", "15"),
    County("DJ", "Dolj", "16"),
    County("GL", "Galați", "17"),
    County("GJ", "Gorj", "18"),
    County("HR", "Harghita", "19"),
    County("HD", "Hunedoara", "20"),
    County("IL", "Ialomița", "21"),
    County("IS", "Iași", "22"),
    County("IF", "Ilfov", "23"),
    County("MM", "Maramureș", "24"),
    County("MH", "Mehedinți", "25"),
    County("MS", "Mureș", "26"),
    County("NT", "Neamț", "27"),
    County("OT", "Olt", "28"),
    County("PH", "Prahova", "29"),
    County("SM", "Satu Mare", "30"),
    County("SJ", "Sălaj", "31"),
    County("SB", "Sibiu", "32"),
    County("SV", "Suceava", "33"),
    County("TR", "Teleorman", "34"),
    County("TM", "Timiș", "35"),
    County("TL", "Tulcea", "36"),
    County("VS", "Vaslui", "37"),
    County("VL", "Vâlcea", "38"),
    County("VN", "Vrancea", "39"),
    County("B", "Municipiul București", "40"),
    County("CL", "Călărași", "51"),
    County("GR", "Giurgiu", "52"),
)

_BY_CODE = {c.code: c for c in COUNTIES}


def county_by_code(code: str) -> County | None:
    return _BY_CODE.get(code.strip().upper())


def cnp_county_name(cnp_code: str) -> str | None:
    """Name of the county a CNP's digits 8–9 point to (Bucharest sectors included)."""
    if cnp_code in {"41", "42", "43", "44", "45", "46"}:
        return f"București, Sectorul {int(cnp_code) - 40}"
    if cnp_code in {"47", "48"}:
        return f"București, Sectorul {int(cnp_code) - 40} (desființat)"
    if cnp_code == "70":
        return "orice județ (străini cu ședere)"
    if cnp_code in {"80", "81", "82", "83"}:
        return "necunoscut"
    for county in COUNTIES:
        if county.cnp_code == cnp_code:
            return county.name
    return None
