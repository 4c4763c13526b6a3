"""Staff roles and what each may do."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CLERK = "clerk"
    ACTIVATION_OFFICER = "activation_officer"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


ROLE_LABELS: dict[Role, str] = {
    Role.CLERK: "funcționar ghișeu",
    Role.ACTIVATION_OFFICER: "responsabil activare conturi",
    Role.SUPERVISOR: "șef serviciu",
    Role.ADMIN: "administrator",
}


class Permission(StrEnum):
    REGISTER = "register"
    CHANGE_STATUS = "change_status"
    VOID_NUMBER = "void_number"
    MANAGE_USERS = "manage_users"
    EDIT_OFFICE = "edit_office"
    SET_NEXT_NUMBER = "set_next_number"
    VIEW_AUDIT = "view_audit"
    EDIT_REFERENCE = "edit_reference"
    ISSUE_DECISION = "issue_decision"


_GRANTS: dict[Role, frozenset[Permission]] = {
    Role.CLERK: frozenset({Permission.REGISTER, Permission.CHANGE_STATUS,
                           Permission.ISSUE_DECISION}),
    Role.ACTIVATION_OFFICER: frozenset({Permission.REGISTER, Permission.CHANGE_STATUS}),
    Role.SUPERVISOR: frozenset({Permission.REGISTER, Permission.CHANGE_STATUS,
                                Permission.VOID_NUMBER, Permission.VIEW_AUDIT,
                                Permission.ISSUE_DECISION}),
    Role.ADMIN: frozenset(Permission),
}


def can(role: str, permission: Permission) -> bool:
    return permission in _GRANTS.get(Role(role), frozenset())
