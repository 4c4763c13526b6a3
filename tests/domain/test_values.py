"""What a clerk types into a field: dates, lengths, control characters, e-mail,
phone, CUI and IBAN — each wrong value answered with a Romanian message."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.domain.values import (
    cui_error,
    date_error,
    decimal_error,
    email_error,
    format_date,
    iban_error,
    integer_error,
    parse_date,
    phone_error,
    text_error,
)

NOT_IN_CALENDAR = "Data nu există în calendar."
DATE_FORMAT = "Data se scrie zz.ll.aaaa (de exemplu 22.11.2026)."


@pytest.mark.parametrize("typed", [
    "31.02.2026",  # February has at most 29 days
    "29.02.2025",  # 2025 is not a leap year (2025 mod 4 = 1)
    "29.02.1900",  # 1900 is divisible by 100 but not by 400: not a leap year
    "31.04.2026",  # April has 30 days
    "00.01.2026",
    "15.13.2026",
])
def test_impossible_dates_are_refused(typed):
    assert parse_date(typed) is None
    assert date_error(typed) == NOT_IN_CALENDAR


@pytest.mark.parametrize(("typed", "expected"), [
    ("29.02.2024", dt.date(2024, 2, 29)),  # 2024 mod 4 = 0: leap year
    ("29.02.2000", dt.date(2000, 2, 29)),  # divisible by 400: leap year
    ("1.2.2026", dt.date(2026, 2, 1)),
    ("22/11/2026", dt.date(2026, 11, 22)),
    ("22-11-2026", dt.date(2026, 11, 22)),
    (" 22.11.2026 ", dt.date(2026, 11, 22)),
    ("2026-11-22", dt.date(2026, 11, 22)),  # ISO, from files and the command line
])
def test_real_dates_in_accepted_formats(typed, expected):
    assert parse_date(typed) == expected
    assert date_error(typed) is None


@pytest.mark.parametrize("typed", ["22 noiembrie 2026", "22.11.26", "2026/11/22", "azi", "",
                                   "22.11.2026.", "2026-1-5"])
def test_other_formats_get_the_format_hint(typed):
    assert date_error(typed) == DATE_FORMAT


def test_dates_before_1900_and_in_the_future():
    assert date_error("31.12.1899") == "Data este prea veche (înainte de 1900)."
    assert date_error("01.01.1900") is None
    assert date_error("26.11.2026", not_after=dt.date(2026, 11, 25)) == \
        "Data nu poate fi în viitor."
    assert date_error("25.11.2026", not_after=dt.date(2026, 11, 25)) is None


def test_dates_print_the_romanian_way():
    assert format_date(dt.date(2027, 1, 11)) == "11.01.2027"
    assert format_date(None) == ""


def test_five_thousand_characters_in_a_hundred_character_field():
    assert text_error("a" * 5000, 100) == "Textul are 5000 caractere; maximum 100."
    assert text_error("a" * 100, 100) is None
    assert text_error("ș" * 101, 100) == "Textul are 101 caractere; maximum 100."


@pytest.mark.parametrize("typed", ["Ion\x00escu", "Pop\x1bescu", "Ana\x07", "Maria\x7f",
                                   "Vasile\x0b"])
def test_control_characters_are_refused(typed):
    assert text_error(typed, 100) == "Textul conține caractere de control nepermise."


@pytest.mark.parametrize("typed", ["Ștefănescu-Țăranu Înger", "O'Brien", "Popescu 👵🏻",
                                   "'; DROP TABLE requests; --", "Str. Mihai\tViteazu"])
def test_ordinary_text_punctuation_emoji_and_sql_are_just_text(typed):
    assert text_error(typed, 100) is None


@pytest.mark.parametrize("good", ["maria.popescu@exemplu.ro", "ion+cerere@cjpensii.ro",
                                  " a@b.ro "])
def test_good_email(good):
    assert email_error(good) is None


@pytest.mark.parametrize("bad", ["maria", "maria@", "@exemplu.ro", "maria@exemplu",
                                 "maria popescu@exemplu.ro", "maria@@exemplu.ro", "a@b.r"])
def test_bad_email(bad):
    assert email_error(bad) == "Adresa de e-mail nu este validă (exemplu: nume@domeniu.ro)."


@pytest.mark.parametrize("good", ["0722 123 456", "+40 722 123 456", "0264-123456",
                                  "(0264) 59.12.34"])
def test_good_phone(good):
    assert phone_error(good) is None


@pytest.mark.parametrize("bad", ["07a2 123 456", "12345", "telefon", "+40 722 123 456 789 0123",
                                 "------"])
def test_bad_phone(bad):
    assert phone_error(bad) == "Numărul de telefon nu este valid (doar cifre, spații, +, -)."


def test_cui():
    # 1854729|0: 0·7+0·5+1·3+8·2+5·1+4·7+7·5+2·3+9·2 = 111 (body padded to 9
    # digits, weights 753217532); 111·10 = 1110 = 11·100 + 10 → 10 is written 0.
    assert cui_error("18547290") is None
    assert cui_error("RO18547290") is None
    assert cui_error("RO 18547290") is None
    message = "CUI invalid (cifra de control nu corespunde sau lungime greșită)."
    assert cui_error("18547291") == message
    assert cui_error("12345678901") == message
    assert cui_error("abc") == message


def test_iban():
    # The Romanian example of the IBAN registry (ISO 13616).
    assert iban_error("RO49AAAA1B31007593840000") is None
    assert iban_error("RO49 AAAA 1B31 0075 9384 0000") is None
    message = "IBAN invalid (verificați țara, lungimea și cifrele de control)."
    assert iban_error("RO49AAAA1B31007593840001") == message  # one digit changed
    assert iban_error("RO49AAAA1B3100759384000") == message  # one character short
    assert iban_error("cont 123") == message


def test_integers_and_decimals():
    assert integer_error("12", 0, 20) is None
    assert integer_error("doi", 0, 20) == "Introduceți un număr întreg."
    assert integer_error("21", 0, 20) == "Valoarea maximă este 20."
    assert integer_error("-1", 0, 20) == "Valoarea minimă este 0."
    assert decimal_error("1234,56") is None
    assert decimal_error("12,3,4") == "Introduceți un număr (zecimale cu virgulă sau punct)."
