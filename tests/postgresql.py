"""A PostgreSQL database of its own, made on the server of a URL and dropped
again, for the processes that tests start (the browser tests' site, the two
app servers)."""

from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql


class ScratchDatabase:
    def __init__(self, server_url: str, name: str):
        self.server_url = server_url
        self.name = name
        self.url = urlunsplit(urlsplit(server_url)._replace(path=f"/{name}"))

    def _execute(self, statement: str):
        query = sql.SQL(statement).format(sql.Identifier(self.name))
        with psycopg.connect(self.server_url, autocommit=True) as server:
            server.execute(query)

    def create(self):
        """Made anew; one left over from an earlier run with this name goes."""
        self.drop()
        self._execute("CREATE DATABASE {}")

    def drop(self):
        self._execute("DROP DATABASE IF EXISTS {} WITH (FORCE)")
