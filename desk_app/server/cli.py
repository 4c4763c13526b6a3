"""``desk-app-server``: run the county server and administer enrolment.

    desk-app-server [serve] --database-url URL [--host H] [--port P]
                    [--certfile F --keyfile F] [--workers N]
    desk-app-server create-enrolment-code --workstation NAME [--county CJ]
    desk-app-server revoke --workstation NAME
    desk-app-server migrate

``--database-url`` defaults to ``$DESK_APP_SERVER_DATABASE_URL``. Errors end
with one Romanian line on stderr and a non-zero exit code.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from fastapi import FastAPI

from desk_app.server import enrolment
from desk_app.server.db import ServerConfigError, make_engine, migrate

ENV_URL = "DESK_APP_SERVER_DATABASE_URL"
COMMANDS = ("serve", "create-enrolment-code", "revoke", "migrate")


def _engine(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    url = args.database_url or os.environ.get(ENV_URL, "")
    if not url:
        raise ServerConfigError(f"Indicați baza de date: --database-url sau {ENV_URL}.")
    engine = make_engine(url)
    migrate(engine)
    return engine


def app_factory() -> FastAPI:
    """For ``--workers N`` (uvicorn imports the app in each worker process)."""
    from desk_app.server.app import create_app

    return create_app(make_engine(os.environ[ENV_URL]))


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from desk_app.server.app import create_app

    if bool(args.certfile) != bool(args.keyfile):
        raise ServerConfigError("Pentru TLS indicați atât --certfile cât și --keyfile.")
    engine = _engine(args)
    tls = {"ssl_certfile": args.certfile, "ssl_keyfile": args.keyfile} if args.certfile else {}
    if args.workers > 1:
        engine.dispose()
        os.environ[ENV_URL] = str(engine.url.render_as_string(hide_password=False))
        uvicorn.run("desk_app.server.cli:app_factory", factory=True, host=args.host,
                    port=args.port, workers=args.workers, log_level=args.log_level, **tls)
        return 0
    uvicorn.run(create_app(engine), host=args.host, port=args.port, log_level=args.log_level,
                **tls)
    return 0


def cmd_create_code(args: argparse.Namespace) -> int:
    code = enrolment.create_code(_engine(args), args.workstation, args.county or "",
                                 valid_hours=args.valid_hours)
    print(json.dumps({"workstation": args.workstation, "code": code,
                      "valid_hours": args.valid_hours}, ensure_ascii=False))
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    if not enrolment.revoke(_engine(args), args.workstation):
        raise ServerConfigError(f"Stația de lucru {args.workstation} nu este înrolată.")
    print(json.dumps({"revoked": args.workstation}, ensure_ascii=False))
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    _engine(args)
    print(json.dumps({"migrated": True}))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="desk-app-server",
                                     description="Serverul județean de sincronizare.")
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name: str, func, help_text: str) -> argparse.ArgumentParser:  # type: ignore[no-untyped-def]
        command = sub.add_parser(name, help=help_text)
        command.add_argument("--database-url", default="",
                             help=f"postgresql+psycopg://… (implicit: ${ENV_URL})")
        command.set_defaults(func=func)
        return command

    serve = add("serve", cmd_serve, "pornește serverul (implicit)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.add_argument("--certfile", default="")
    serve.add_argument("--keyfile", default="")
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--log-level", default="warning")
    code = add("create-enrolment-code", cmd_create_code, "cod de înrolare de unică folosință")
    code.add_argument("--workstation", required=True)
    code.add_argument("--county", default="")
    code.add_argument("--valid-hours", type=int, default=enrolment.CODE_VALID_HOURS)
    revoke = add("revoke", cmd_revoke, "revocă tokenul unei stații de lucru")
    revoke.add_argument("--workstation", required=True)
    add("migrate", cmd_migrate, "aduce schema bazei de date la zi")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or args_list[0] not in (*COMMANDS, "-h", "--help"):
        args_list.insert(0, "serve")
    args = build_parser().parse_args(args_list)
    try:
        return int(args.func(args) or 0)
    except (ServerConfigError, enrolment.EnrolmentError) as exc:
        print(f"desk-app-server: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # one line for the operator, never a traceback
        if os.environ.get("DESK_APP_DEBUG"):
            raise
        print(f"desk-app-server: eroare: {exc.__class__.__name__}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
