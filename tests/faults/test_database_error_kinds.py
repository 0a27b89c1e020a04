"""Only a database that is busy or unreachable gets the "try again in a few
minutes" page; a mistake in the code or the schema stays a server error (500),
so that it is not mistaken for a passing disturbance."""

import pytest
from django.db import (
    DatabaseError,
    IntegrityError,
    InterfaceError,
    OperationalError,
    ProgrammingError,
    connection,
    transaction,
)

from home.unavailable import database_unavailable
from home.views import server_error


class DriverError(Exception):
    """A PostgreSQL driver's error, with its SQLSTATE."""

    def __init__(self, sqlstate):
        super().__init__(sqlstate)
        self.sqlstate = sqlstate


def wrapped(error_class, cause):
    """A Django error as its database wrapper raises it: from the driver's."""
    try:
        raise error_class(str(cause)) from cause
    except error_class as error:
        return error


def database_error(sql):
    """The error the test database itself gives for ``sql``."""
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql)
    except DatabaseError as error:
        return error
    raise AssertionError("no error")


@pytest.mark.django_db
def test_a_missing_table_is_a_mistake_not_a_disturbance():
    error = database_error("SELECT * FROM no_such_table_here")
    # SQLite calls it an OperationalError, PostgreSQL a ProgrammingError.
    assert isinstance(error, OperationalError | ProgrammingError)
    assert not database_unavailable(error)


@pytest.mark.parametrize(
    ("sqlstate", "unavailable"),
    [
        ("08006", True),  # connection failure
        ("40001", True),  # serialization failure
        ("40P01", True),  # deadlock
        ("55P03", True),  # lock not available
        ("57014", True),  # statement timeout
        ("57P01", True),  # server shutting down
        ("53300", True),  # too many connections
        ("42P01", False),  # undefined table
        ("23505", False),  # unique violation
    ],
)
def test_postgresql_errors_by_their_sqlstate(sqlstate, unavailable):
    error = wrapped(OperationalError, DriverError(sqlstate))
    assert database_unavailable(error) is unavailable


def test_connection_errors_without_a_code_are_a_disturbance():
    assert database_unavailable(OperationalError("could not connect to server"))
    assert database_unavailable(InterfaceError("connection already closed"))


@pytest.mark.parametrize(
    "error",
    [
        IntegrityError("UNIQUE constraint failed"),
        ProgrammingError("syntax error"),
        DatabaseError("Save with update_fields did not affect any rows."),
        ValueError("not a database error"),
        None,
    ],
)
def test_other_errors_are_not(error):
    assert not database_unavailable(error)


def raise_into_handler(error, rf):
    try:
        raise error
    except Exception:
        return server_error(rf.get("/"))


def test_the_handler_answers_503_for_a_disturbance_without_the_database(rf):
    # Not marked django_db: a query would fail this test.
    response = raise_into_handler(OperationalError("database is locked"), rf)
    assert response.status_code == 503
    assert response["Retry-After"] == "120"


def test_the_handler_answers_500_for_anything_else(rf):
    response = raise_into_handler(ProgrammingError("syntax error"), rf)
    assert response.status_code == 500
    assert "Er ging iets mis" in response.content.decode()
