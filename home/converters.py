"""The URL converter for database ids, which the admin apps register under
their own names (the scheduling plugin keeps its own copy: it imports none of
the site's apps)."""

MAX_ID_DIGITS = 18


class IdConverter:
    """A database id: at most 18 digits, so that a huge number in an address is
    a 404 and not a database error."""

    regex = f"[0-9]{{1,{MAX_ID_DIGITS}}}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)
