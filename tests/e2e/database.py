"""The site under test's own database: a SQLite file in its folder or, when the
suite runs on PostgreSQL (DATABASE_URL), a PostgreSQL database of its own,
named after this process like the test database and dropped at the end."""

import os
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql


def _on_server(url: str, statement: sql.Composed):
    with psycopg.connect(url, autocommit=True) as server:
        server.execute(statement)


@contextmanager
def site_database(workdir: Path):
    """Yields the DATABASE_URL of the site's database."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        yield f"sqlite:///{workdir / 'site.sqlite3'}"
        return
    parts = urlsplit(url)
    database = f"test_{parts.path.lstrip('/')}_e2e_{os.getpid()}"
    name = sql.Identifier(database)
    # Left over from an earlier run in a process with this number, if any.
    _on_server(url, sql.SQL("DROP DATABASE IF EXISTS {}").format(name))
    _on_server(url, sql.SQL("CREATE DATABASE {}").format(name))
    try:
        yield urlunsplit(parts._replace(path=f"/{database}"))
    finally:
        _on_server(url, sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
