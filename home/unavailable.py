"""Which database errors mean "busy or unreachable for a moment" (a lock held
too long, a lost connection, a server restarting), as opposed to a mistake in
the code or the schema. The first get the page "try again in a few minutes"
(home.views.server_error); the rest stay a server error.

Each submission writes in one transaction, so an error of either kind leaves
nothing half saved."""

from django.db import DatabaseError, InterfaceError, OperationalError

# SQLite's primary result codes: BUSY, LOCKED, IOERR, FULL, CANTOPEN, PROTOCOL.
SQLITE_UNAVAILABLE = {5, 6, 10, 13, 14, 15}
# PostgreSQL's SQLSTATE classes: connection exception, transaction rollback
# (serialization failure, deadlock), insufficient resources, operator
# intervention (shutdown, statement timeout), system error; and one code:
# lock not available.
POSTGRESQL_UNAVAILABLE_CLASSES = {"08", "40", "53", "57", "58"}
POSTGRESQL_UNAVAILABLE_CODES = {"55P03"}


def database_unavailable(error: BaseException | None) -> bool:
    if isinstance(error, InterfaceError):
        return True
    if not isinstance(error, DatabaseError):
        return False
    # Django's error wraps the driver's, which says what went wrong.
    cause = error.__cause__
    sqlite_code = getattr(cause, "sqlite_errorcode", None)
    if sqlite_code is not None:
        return sqlite_code & 0xFF in SQLITE_UNAVAILABLE
    sqlstate = getattr(cause, "sqlstate", None)
    if sqlstate:
        return (
            sqlstate[:2] in POSTGRESQL_UNAVAILABLE_CLASSES
            or sqlstate in POSTGRESQL_UNAVAILABLE_CODES
        )
    # No code: the driver could not reach the server at all.
    return isinstance(error, OperationalError)
