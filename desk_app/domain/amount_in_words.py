"""Amounts of money in Romanian words, as written on a payment approval
("suma în litere"), and in figures the Romanian way (5.163,00 lei).

Grammar followed (GALR, DOOM3): a numeral whose last two digits are 00 or
20–99 takes "de" before the noun ("douăzeci de lei", "o mie de lei",
"o sută șaizeci și trei de lei"), one ending in 01–19 does not
("o sută unu lei", "doisprezece lei"). "mie" is feminine ("două mii",
"douăsprezece mii", "douăzeci și două de mii"); "leu"/"ban" are masculine
("doi lei"). A compound ending in one keeps "unu" ("douăzeci și unu de mii").
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

MAX_AMOUNT = 999_999

_UNITS = ("", "unu", "doi", "trei", "patru", "cinci", "șase", "șapte", "opt", "nouă")
_TEENS = ("zece", "unsprezece", "doisprezece", "treisprezece", "paisprezece", "cincisprezece",
          "șaisprezece", "șaptesprezece", "optsprezece", "nouăsprezece")
_TENS = ("", "", "douăzeci", "treizeci", "patruzeci", "cincizeci", "șaizeci", "șaptezeci",
         "optzeci", "nouăzeci")


def _unit(digit: int, feminine: bool) -> str:
    return "două" if digit == 2 and feminine else _UNITS[digit]


def _below_hundred(n: int, feminine: bool) -> str:
    if n < 10:
        return _unit(n, feminine)
    if n < 20:
        return "douăsprezece" if n == 12 and feminine else _TEENS[n - 10]
    tens, unit = divmod(n, 10)
    return _TENS[tens] + (f" și {_unit(unit, feminine)}" if unit else "")


def _below_thousand(n: int, feminine: bool) -> str:
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds == 1:
        words.append("o sută")
    elif hundreds == 2:
        words.append("două sute")
    elif hundreds:
        words.append(f"{_UNITS[hundreds]} sute")
    if rest:
        words.append(_below_hundred(rest, feminine))
    return " ".join(words)


def _takes_de(n: int) -> bool:
    """"de" before the noun: last two digits 00 or 20–99 (never for 0)."""
    return n > 0 and (n % 100 == 0 or n % 100 >= 20)


def number_in_words(n: int, *, feminine: bool = False) -> str:
    """0–999 999 as Romanian words, without a noun ("cinci mii o sută șaizeci și trei")."""
    if not 0 <= n <= MAX_AMOUNT:
        raise ValueError(f"{n} nu este între 0 și {MAX_AMOUNT}.")
    if n == 0:
        return "zero"
    thousands, rest = divmod(n, 1000)
    words = []
    if thousands == 1:
        words.append("o mie")
    elif thousands:
        words.append(_below_thousand(thousands, True)
                     + (" de" if _takes_de(thousands) else "") + " mii")
    if rest:
        words.append(_below_thousand(rest, feminine))
    return " ".join(words)


def _with_noun(n: int, one: str, many: str) -> str:
    if n == 1:
        return one
    return f"{number_in_words(n)}{' de' if _takes_de(n) else ''} {many}"


def lei_in_words(amount: Decimal | int | str) -> str:
    """An amount of lei in words: 5163 → "cinci mii o sută șaizeci și trei de lei";
    bani, when there are any, follow ("… lei și cincizeci de bani")."""
    value = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if value < 0:
        raise ValueError("Suma nu poate fi negativă.")
    lei = int(value)
    bani = int((value - lei) * 100)
    text = _with_noun(lei, "un leu", "lei")
    if bani:
        text += " și " + _with_noun(bani, "un ban", "bani")
    return text


def format_lei(amount: Decimal | int | str) -> str:
    """5163 → "5.163,00 lei" (thousands with a dot, decimals with a comma)."""
    value = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    text = f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{text} lei"
