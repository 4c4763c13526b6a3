"""Staff accounts: login with a countdown and lock-out after 5 wrong passwords,
unlock by an admin, only admins manage users, password rules in Romanian."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from desk_app.services import auth

PASSWORD = "Parola123"


def audit_rows(store, action: str) -> list[tuple[str, str, dict]]:  # type: ignore[no-untyped-def]
    with store.read() as session:
        return [(r.username, r.entity_id, json.loads(r.details)) for r in session.execute(
            text("SELECT username, entity_id, details FROM audit_log WHERE action = :a "
                 "ORDER BY id"), {"a": action})]


def test_right_password_signs_in(store):
    user = auth.login(store, "ghiseu1", PASSWORD)
    assert (user.username, user.full_name, user.role) == ("ghiseu1", "Ion Ștefănescu", "clerk")
    assert user.role_label == "funcționar ghișeu"
    assert audit_rows(store, "login")[-1][:2] == ("ghiseu1", "ghiseu1")


def test_wrong_passwords_count_down_then_lock(store, admin):
    messages = []
    for _ in range(5):
        with pytest.raises(auth.AuthError) as failure:
            auth.login(store, "ghiseu1", "Gresit123")
        messages.append(str(failure.value))
    assert messages[:3] == [f"Utilizator sau parolă greșită. Mai aveți {n} încercări."
                            for n in (4, 3, 2)]
    assert messages[3].startswith("Utilizator sau parolă greșită. Mai aveți ")
    assert messages[4] == ("Parolă greșită de 5 ori: contul a fost blocat. "
                           "Cereți deblocarea unui administrator.")
    # Locked: even the right password is refused.
    with pytest.raises(auth.AuthError) as locked:
        auth.login(store, "ghiseu1", PASSWORD)
    assert str(locked.value) == ("Contul este blocat după prea multe încercări greșite. "
                                 "Cereți deblocarea unui administrator.")
    row = next(r for r in auth.list_users(store, admin) if r.username == "ghiseu1")
    assert row.locked and row.failed_logins == 5
    assert [d["failed_logins"] for _u, _e, d in audit_rows(store, "login_failed")] == \
        [1, 2, 3, 4, 5]

    auth.unlock_user(store, admin, "ghiseu1")
    assert auth.login(store, "ghiseu1", PASSWORD).role == "clerk"
    row = next(r for r in auth.list_users(store, admin) if r.username == "ghiseu1")
    assert not row.locked and row.failed_logins == 0
    assert audit_rows(store, "user_unlocked") == [
        ("admin", "ghiseu1", {"locked": False, "failed_logins": 0})]


def test_the_last_attempt_is_announced_in_correct_romanian(store):
    for _ in range(4):
        with pytest.raises(auth.AuthError) as failure:
            auth.login(store, "ghiseu1", "Gresit123")
    # "1 încercare" (or "o încercare"), never "1 încercări".
    assert "încercare" in str(failure.value)
    assert "1 încercări" not in str(failure.value)


def test_a_good_login_resets_the_countdown(store):
    for _ in range(3):
        with pytest.raises(auth.AuthError):
            auth.login(store, "ghiseu1", "Gresit123")
    auth.login(store, "ghiseu1", PASSWORD)
    with pytest.raises(auth.AuthError, match="Mai aveți 4 încercări"):
        auth.login(store, "ghiseu1", "Gresit123")


def test_unknown_user_gets_the_same_answer_and_the_attempt_is_audited(store):
    with pytest.raises(auth.AuthError) as failure:
        auth.login(store, "nimeni", PASSWORD)
    assert str(failure.value) == "Utilizator sau parolă greșită."
    # The attempt must be in the audit log (services/auth.py writes it, then the
    # error rolls the write transaction back).
    assert audit_rows(store, "login_failed") == [
        ("nimeni", "nimeni", {"reason": "unknown_or_inactive"})]


def test_inactive_user_cannot_sign_in(store, admin):
    auth.set_active(store, admin, "ghiseu1", False)
    with pytest.raises(auth.AuthError, match=r"^Utilizator sau parolă greșită\.$"):
        auth.login(store, "ghiseu1", PASSWORD)
    with pytest.raises(auth.AuthError, match="propriul cont"):
        auth.set_active(store, admin, "admin", False)


@pytest.mark.parametrize("role", ["clerk", "supervisor", "activation_officer"])
def test_only_admins_manage_users(store, role, clerk, supervisor, make_user):
    actor = {"clerk": clerk, "supervisor": supervisor}.get(role) or make_user(role)
    for action in (
        lambda: auth.create_user(store, actor, username="nou", full_name="Nou Venit",
                                 role="clerk", password=PASSWORD),
        lambda: auth.list_users(store, actor),
        lambda: auth.unlock_user(store, actor, "ghiseu1"),
        lambda: auth.set_role(store, actor, "ghiseu1", "admin"),
        lambda: auth.reset_password(store, actor, "ghiseu1", "AltaParola1"),
    ):
        with pytest.raises(auth.PermissionDenied) as denied:
            action()
        assert str(denied.value).startswith("Nu aveți dreptul să faceți această operație")
    with store.read() as session:
        assert session.execute(text(
            "SELECT count(*) FROM users WHERE username = 'nou'")).scalar() == 0


def test_admin_creates_a_user_who_can_sign_in(store, admin):
    auth.create_user(store, admin, username="ghiseu2", full_name="Maria Țugui", role="clerk",
                     password="Ghiseu2026")
    assert auth.login(store, "ghiseu2", "Ghiseu2026").full_name == "Maria Țugui"
    with pytest.raises(auth.AuthError, match=r"^Utilizatorul ghiseu2 există deja\.$"):
        auth.create_user(store, admin, username="ghiseu2", full_name="Altcineva", role="clerk",
                         password="Ghiseu2026")
    with store.read() as session:
        stored = session.execute(text(
            "SELECT password_hash FROM users WHERE username = 'ghiseu2'")).scalar()
    assert "Ghiseu2026" not in stored and stored.startswith("$argon2")


@pytest.mark.parametrize(("password", "problems"), [
    ("Parol1", ["Parola are cel puțin 8 caractere."]),
    ("parola123", ["Parola conține cel puțin o literă mare."]),
    ("ParolaLunga", ["Parola conține cel puțin o cifră."]),
    ("scurta", ["Parola are cel puțin 8 caractere.", "Parola conține cel puțin o literă mare.",
                "Parola conține cel puțin o cifră."]),
])
def test_password_rules_in_romanian(store, admin, password, problems):
    with pytest.raises(auth.AuthError) as failure:
        auth.create_user(store, admin, username="nou", full_name="Nou Venit", role="clerk",
                         password=password)
    assert str(failure.value) == " ".join(problems)
    with pytest.raises(auth.AuthError, match=r"literă mare|8 caractere|cifră"):
        auth.reset_password(store, admin, "ghiseu1", password)


def test_password_with_eight_characters_a_capital_and_a_digit_is_enough(store, admin):
    auth.create_user(store, admin, username="nou", full_name="Nou Venit", role="clerk",
                     password="Ab345678")
    assert auth.login(store, "nou", "Ab345678").username == "nou"


def test_reset_password_unlocks_and_the_old_one_stops_working(store, admin):
    for _ in range(5):
        with pytest.raises(auth.AuthError):
            auth.login(store, "ghiseu1", "Gresit123")
    auth.reset_password(store, admin, "ghiseu1", "ParolaNoua1")
    with pytest.raises(auth.AuthError):
        auth.login(store, "ghiseu1", PASSWORD)
    assert auth.login(store, "ghiseu1", "ParolaNoua1").username == "ghiseu1"
    details = audit_rows(store, "user_password_reset")[0][2]
    assert "password_hash" not in details
