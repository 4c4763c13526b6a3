"""Staff accounts: login with lock-out, users managed by admins, password rules.

Five failed logins lock an account until an admin unlocks it. Passwords are
stored as argon2 hashes only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from desk_app.domain.passwords import password_problems
from desk_app.domain.roles import ROLE_LABELS, Permission, Role, can
from desk_app.persistence import audit, outbox
from desk_app.persistence.models import User
from desk_app.services.store import Store

MAX_FAILED_LOGINS = 5
_hasher = PasswordHasher()


class AuthError(Exception):
    """Login or account problem; ``str()`` is the Romanian message."""


class PermissionDenied(AuthError):
    pass


@dataclass(frozen=True)
class CurrentUser:
    username: str
    full_name: str
    role: str

    def can(self, permission: Permission) -> bool:
        return can(self.role, permission)

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[Role(self.role)]


@dataclass(frozen=True)
class UserRow:
    username: str
    full_name: str
    role: str
    active: bool
    locked: bool
    failed_logins: int


def require(user: CurrentUser, permission: Permission) -> None:
    if not user.can(permission):
        raise PermissionDenied("Nu aveți dreptul să faceți această operație "
                               f"(rol: {user.role_label}).")


def hash_password(password: str) -> str:
    problems = password_problems(password)
    if problems:
        raise AuthError(" ".join(problems))
    return _hasher.hash(password)


def login(store: Store, username: str, password: str) -> CurrentUser:
    with store.write() as session:
        user = session.execute(
            select(User).where(User.username == username.strip())
        ).scalar_one_or_none()
        if user is None or not user.active:
            audit.append(session, username=username.strip()[:60] or "?", action="login_failed",
                         entity="user", entity_id=username.strip()[:60],
                         details={"reason": "unknown_or_inactive"})
            session.commit()  # the failed attempt stays audited although login fails
            raise AuthError("Utilizator sau parolă greșită.")
        if user.locked:
            raise AuthError("Contul este blocat după prea multe încercări greșite. "
                            "Cereți deblocarea unui administrator.")
        try:
            _hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            user.failed_logins += 1
            details = {"failed_logins": user.failed_logins}
            if user.failed_logins >= MAX_FAILED_LOGINS:
                user.locked = True
                details["locked"] = True
            audit.append(session, username=user.username, action="login_failed",
                         entity="user", entity_id=user.username, details=details)
            if user.locked:
                # The lock must be stored even though the login fails.
                session.commit()
                raise AuthError("Parolă greșită de 5 ori: contul a fost blocat. "
                                "Cereți deblocarea unui administrator.") from None
            left = MAX_FAILED_LOGINS - user.failed_logins
            session.commit()
            attempts = "o încercare" if left == 1 else f"{left} încercări"
            raise AuthError(f"Utilizator sau parolă greșită. Mai aveți {attempts}.") from None
        user.failed_logins = 0
        user.last_login_at = dt.datetime.now()
        audit.append(session, username=user.username, action="login", entity="user",
                     entity_id=user.username)
        return CurrentUser(user.username, user.full_name, user.role)


def verify_password(store: Store, username: str, password: str) -> bool:
    """Unlocking an idle-locked session: the same rules as a login."""
    try:
        login(store, username, password)
    except AuthError:
        return False
    return True


def create_user(store: Store, actor: CurrentUser | None, *, username: str, full_name: str,
                role: str, password: str) -> None:
    """Create a staff account; only admins (``actor`` None only during set-up)."""
    if actor is not None:
        require(actor, Permission.MANAGE_USERS)
    username = username.strip()
    if not username or len(username) > 60 or not username.replace(".", "").replace("_", "") \
            .replace("-", "").isalnum():
        raise AuthError("Numele de utilizator: litere, cifre, punct, - sau _ (maximum 60).")
    if not full_name.strip():
        raise AuthError("Numele complet este obligatoriu.")
    if role not in {r.value for r in Role}:
        raise AuthError(f"Rol necunoscut: {role}.")
    password_hash = hash_password(password)
    with store.write() as session:
        exists = session.execute(select(User.id).where(User.username == username)).first()
        if exists:
            raise AuthError(f"Utilizatorul {username} există deja.")
        session.add(User(username=username, full_name=full_name.strip()[:200], role=role,
                         password_hash=password_hash, active=True, failed_logins=0,
                         locked=False, created_at=dt.datetime.now()))
        who = actor.username if actor else username
        audit.append(session, username=who, action="user_created", entity="user",
                     entity_id=username, details={"role": role, "full_name": full_name})
        outbox.add(session, entity="user", entity_id=username, operation="upsert",
                   payload={"username": username, "full_name": full_name, "role": role})


def list_users(store: Store, actor: CurrentUser) -> list[UserRow]:
    require(actor, Permission.MANAGE_USERS)
    with store.read() as session:
        users = session.execute(select(User).order_by(User.username)).scalars()
        return [UserRow(u.username, u.full_name, u.role, u.active, u.locked, u.failed_logins)
                for u in users]


def _change_user(store: Store, actor: CurrentUser, username: str, action: str,
                 **changes: object) -> None:
    require(actor, Permission.MANAGE_USERS)
    with store.write() as session:
        user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
        if user is None:
            raise AuthError(f"Utilizatorul {username} nu există.")
        if username == actor.username and changes.get("active") is False:
            raise AuthError("Nu vă puteți dezactiva propriul cont.")
        for name, value in changes.items():
            setattr(user, name, value)
        audit.append(session, username=actor.username, action=action, entity="user",
                     entity_id=username,
                     details={k: v for k, v in changes.items() if k != "password_hash"})


def unlock_user(store: Store, actor: CurrentUser, username: str) -> None:
    _change_user(store, actor, username, "user_unlocked", locked=False, failed_logins=0)


def set_active(store: Store, actor: CurrentUser, username: str, active: bool) -> None:
    _change_user(store, actor, username, "user_activated" if active else "user_deactivated",
                 active=active)


def set_role(store: Store, actor: CurrentUser, username: str, role: str) -> None:
    if role not in {r.value for r in Role}:
        raise AuthError(f"Rol necunoscut: {role}.")
    _change_user(store, actor, username, "user_role_changed", role=role)


def reset_password(store: Store, actor: CurrentUser, username: str, password: str) -> None:
    _change_user(store, actor, username, "user_password_reset",
                 password_hash=hash_password(password), locked=False, failed_logins=0)


def supervisor_confirmation(store: Store, username: str, password: str,
                            reason: str) -> CurrentUser:
    """A supervisor (or admin) confirms an exceptional operation; audited."""
    supervisor = login(store, username.strip(), password)
    if not supervisor.can(Permission.VOID_NUMBER):
        raise PermissionDenied("Confirmarea o poate da doar un șef de serviciu sau un "
                               "administrator.")
    with store.write() as session:
        audit.append(session, username=supervisor.username, action="supervisor_confirmed",
                     entity="policy", entity_id="confirmation", details={"reason": reason})
    return supervisor
