"""The database locked by another process while a form is sent: the visitor
gets the Dutch "try again in a few minutes" page (503), nothing is saved,
and the same form sent again once the lock is gone is saved once.

A real lock held by a second connection, in two strengths: EXCLUSIVE (nobody
may read or write) and IMMEDIATE (others may read, nobody else may write, so
the submission's own write cannot start). On SQLite a lock on the test
database file (BEGIN EXCLUSIVE / IMMEDIATE); on PostgreSQL a lock on the
tables the form writes (LOCK TABLE ... IN ACCESS EXCLUSIVE / EXCLUSIVE MODE).
Django's connection waits 20 seconds for a lock on SQLite in production; here
the app's connection waits a tenth of a second, then gets the database's own
error."""

import sqlite3
from contextlib import contextmanager

import psycopg
import pytest
from django.db import connection

from . import forms
from .unavailable_page import assert_unavailable_page

pytestmark = pytest.mark.django_db(transaction=True)

WAIT_MS = 100
POSTGRESQL_LOCK_MODES = {"EXCLUSIVE": "ACCESS EXCLUSIVE", "IMMEDIATE": "EXCLUSIVE"}


@pytest.fixture
def short_wait():
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        connection.connection.execute(f"PRAGMA busy_timeout = {WAIT_MS}")
    else:
        with connection.cursor() as cursor:
            cursor.execute(f"SET lock_timeout = {WAIT_MS}")
    yield
    connection.close()  # the next connection waits as configured again


@contextmanager
def locked_sqlite(mode):
    holder = sqlite3.connect(
        connection.settings_dict["NAME"], timeout=5, isolation_level=None
    )
    try:
        holder.execute(f"BEGIN {mode}")
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@contextmanager
def locked_postgresql(mode, form):
    tables = sorted({form.saved._meta.db_table, form.outbox._meta.db_table})
    params = connection.get_connection_params()
    with psycopg.connect(**params) as holder:
        holder.execute(
            f"LOCK TABLE {', '.join(tables)} IN {POSTGRESQL_LOCK_MODES[mode]} MODE"
        )
        yield
        holder.rollback()


def locked(mode, form):
    if connection.vendor == "sqlite":
        return locked_sqlite(mode)
    return locked_postgresql(mode, form)


def counts(form):
    return form.saved.objects.count(), form.outbox.objects.count()


@pytest.mark.parametrize("mode", ["EXCLUSIVE", "IMMEDIATE"])
@pytest.mark.parametrize("form_name", forms.ALL)
def test_a_locked_database_saves_nothing_and_says_try_again(
    form_name, mode, client, short_wait
):
    client.raise_request_exception = False
    form = forms.ALL[form_name]()
    before = counts(form)

    with locked(mode, form):
        response = form.post(client)

    assert_unavailable_page(response)
    assert counts(form) == before
    again = form.post(client)
    assert again.status_code == 302
    assert form.saved.objects.count() == before[0] + 1
