"""The site under test's own database: a SQLite file in its folder or, when the
suite runs on PostgreSQL (DATABASE_URL), a PostgreSQL database of its own,
named after this process like the test database and dropped at the end."""

import os
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from tests.postgresql import ScratchDatabase


@contextmanager
def site_database(workdir: Path):
    """Yields the DATABASE_URL of the site's database."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        yield f"sqlite:///{workdir / 'site.sqlite3'}"
        return
    name = urlsplit(url).path.lstrip("/")
    database = ScratchDatabase(url, f"test_{name}_e2e_{os.getpid()}")
    database.create()
    try:
        yield database.url
    finally:
        database.drop()
