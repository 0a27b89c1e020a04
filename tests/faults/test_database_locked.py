"""The database locked by another process while a form is sent: the visitor
gets the Dutch "try again in a few minutes" page (503), nothing is saved,
and the same form sent again once the lock is gone is saved once.

A real lock on the test database file, held by a second connection: EXCLUSIVE
(nobody may read or write) and IMMEDIATE (others may read, nobody else may
write, so the submission's own transaction cannot start). Django's connection
waits 20 seconds for a lock in production; here a tenth of a second."""

import sqlite3
from contextlib import contextmanager

import pytest
from django.conf import settings
from django.db import connection

from . import forms
from .unavailable_page import assert_unavailable_page

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
        reason="holds a lock on the SQLite file",
    ),
]

WAIT_MS = 100


@pytest.fixture
def short_wait():
    connection.ensure_connection()
    connection.connection.execute(f"PRAGMA busy_timeout = {WAIT_MS}")
    yield
    connection.close()  # the next connection waits as configured again


@contextmanager
def locked(mode):
    holder = sqlite3.connect(
        connection.settings_dict["NAME"], timeout=5, isolation_level=None
    )
    try:
        holder.execute(f"BEGIN {mode}")
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


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

    with locked(mode):
        response = form.post(client)

    assert_unavailable_page(response)
    assert counts(form) == before
    again = form.post(client)
    assert again.status_code == 302
    assert form.saved.objects.count() == before[0] + 1
