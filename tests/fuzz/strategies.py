"""What the fuzz tests type into the public forms: arbitrary unicode mixed with
the values of payloads.py, form data with fields left out, repeated or added,
headers, and parts of addresses (tokens, ids)."""

import datetime
import string
from urllib.parse import quote

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from hypothesis import strategies as st

from .payloads import (
    DATES,
    EMAILS,
    HOSTS,
    INJECTIONS,
    LANGUAGES,
    MARKER,
    NUMBERS,
    PHONES,
    POSTCODES,
    TARGETED,
    TIMES,
    VALID_EMAILS,
    WHITESPACE,
)


def pieces(max_size=20):
    """One part of a text: arbitrary unicode (control characters and NUL
    included; Python strings hold no lone surrogates), a targeted value, or a
    run of whitespace."""
    return st.one_of(
        st.text(max_size=max_size),
        st.sampled_from(TARGETED),
        st.text(alphabet=st.sampled_from(WHITESPACE), min_size=1, max_size=4),
    )


def long_text(max_length=12_000):
    """A text far longer than any field takes."""
    return st.builds(
        lambda unit, count: unit * count,
        st.sampled_from(["a", "\u00e9", "<", "\u0301", f"{MARKER} ", INJECTIONS[0]]),
        st.integers(min_value=100, max_value=max_length // 20),
    )


def hostile_text(max_pieces=4, long=True):
    """Free text as anyone might send it."""
    joined = st.lists(pieces(), max_size=max_pieces).map("".join)
    return st.one_of(joined, long_text()) if long else joined


def text_within(max_length, clean=None, required=False):
    """Hostile text that the field takes: at most max_length characters after
    the form's own cleaning (clean), not empty then when required, and
    without NUL where that cleaning keeps it (a Django text field refuses
    it)."""
    clean = clean or (lambda value: value.strip())

    def fits(value):
        cleaned = clean(value)
        return (
            len(cleaned) <= max_length
            and (bool(cleaned) or not required)
            and "\x00" not in cleaned
        )

    def without_kept_nul(value):
        return value.replace("\x00", "") if "\x00" in clean(value) else value

    text = hostile_text(long=False).map(without_kept_nul)
    if required:
        # Always something left after cleaning, so that few examples are dropped.
        text = st.builds(
            lambda word, rest: rest + word, st.sampled_from(INJECTIONS), text
        )
    return text.filter(fits)


def one_of_values(values, extra=None):
    """A listed value, or anything at all."""
    options = [st.sampled_from(values), hostile_text()]
    if extra is not None:
        options.insert(1, extra)
    return st.one_of(*options)


def numbers():
    return st.one_of(
        st.sampled_from(NUMBERS),
        st.integers().map(str),
        st.decimals(allow_nan=True, allow_infinity=True).map(str),
        st.floats().map(repr),
        st.decimals(min_value=0, max_value=30, places=2).map(
            lambda amount: str(amount).replace(".", ",")
        ),
        hostile_text(long=False),
    )


def day_month_year(separator="-"):
    return st.builds(
        lambda day, month, year: f"{day:02d}{separator}{month:02d}{separator}{year}",
        st.integers(min_value=-1, max_value=40),
        st.integers(min_value=-1, max_value=14),
        st.integers(min_value=-10, max_value=100_000),
    )


def dates(around=None):
    """Dates in odd formats, impossible dates, and real ones around a day."""
    around = around or datetime.date.today()
    near = st.integers(min_value=-800, max_value=800).map(
        lambda days: around + datetime.timedelta(days=days)
    )
    return st.one_of(
        st.sampled_from(DATES),
        day_month_year("-"),
        day_month_year("/"),
        day_month_year("."),
        near.map(lambda day: day.strftime("%d-%m-%Y")),
        near.map(lambda day: day.isoformat()),
        st.dates().map(lambda day: day.strftime("%d-%m-%Y")),
        hostile_text(long=False),
    )


def times():
    return st.one_of(
        st.sampled_from(TIMES),
        st.datetimes().map(lambda moment: moment.strftime("%d-%m-%Y %H:%M")),
        st.datetimes().map(lambda moment: moment.isoformat()),
        dates(),
        hostile_text(long=False),
    )


def django_takes(address):
    try:
        validate_email(address)
    except ValidationError:
        return False
    return len(address) <= 254


def valid_emails():
    """Addresses every form takes (at most 254 characters), odd ones too."""
    return st.one_of(
        st.emails().map(str).filter(django_takes), st.sampled_from(VALID_EMAILS)
    )


def emails(known=()):
    """Addresses that are valid, odd or no address at all; known ones too."""
    options = [
        valid_emails(),
        st.sampled_from(EMAILS),
        st.builds(
            lambda local, domain: f"{local}@{domain}",
            hostile_text(long=False),
            st.sampled_from(["example.org", "EXAMPLE.org", "x", "example.org."]),
        ),
        hostile_text(),
    ]
    if known:
        options.append(st.sampled_from(tuple(known)))
    return st.one_of(*options)


def postcodes():
    return one_of_values(
        POSTCODES,
        st.builds(
            lambda number, letters: f"{number} {letters}",
            st.integers(min_value=-1, max_value=100_000),
            st.text(alphabet=string.ascii_letters, max_size=3),
        ),
    )


def phones():
    return one_of_values(PHONES, st.integers(min_value=0).map(lambda n: f"06{n}"))


# Form data


def value_or_repeated(values):
    """A field's value, or the field sent two or three times."""
    return st.one_of(values, st.lists(values, min_size=2, max_size=3))


def form_data(fields, required=()):
    """Form data with each field left out, once or repeated (the required ones
    always sent), plus up to three fields the form does not know."""
    sent = {name: value_or_repeated(values) for name, values in fields.items()}
    known = st.fixed_dictionaries(
        {name: sent[name] for name in required},
        optional={name: value for name, value in sent.items() if name not in required},
    )
    unknown = st.dictionaries(
        st.text(min_size=1, max_size=20), hostile_text(long=False), max_size=3
    )
    return st.builds(lambda extra, data: {**extra, **data}, unknown, known)


def headers():
    latin1 = st.text(st.characters(max_codepoint=255), max_size=60)
    return st.fixed_dictionaries(
        {},
        optional={
            "HTTP_HOST": st.sampled_from(HOSTS),
            "HTTP_ACCEPT_LANGUAGE": st.one_of(st.sampled_from(LANGUAGES), latin1),
            "HTTP_COOKIE": st.one_of(
                latin1, latin1.map(lambda value: f"sessionid={value}")
            ),
            "HTTP_REFERER": latin1,
            "HTTP_USER_AGENT": latin1,
            "HTTP_X_FORWARDED_FOR": latin1,
        },
    )


def methods():
    """POST first: hypothesis draws the first choice most."""
    return st.sampled_from(["POST", "GET", "POST", "HEAD", "PUT", "DELETE", "PATCH"])


def encodings():
    """How a browser sends the form."""
    return st.sampled_from(["urlencoded", "multipart"])


# Addresses


def path_text():
    """Any text as one part of an address, percent-encoded as a browser does."""
    return hostile_text(long=False).map(lambda text: quote(text, safe=""))


def word_characters():
    """Text that Wagtail's page addresses take ([\\w-]), where tokens live."""
    return st.text(
        alphabet=st.one_of(
            st.characters(categories=["L", "Nd"]), st.sampled_from("-_")
        ),
        min_size=1,
        max_size=120,
    )


def tampered(token):
    """A real token changed the way a person or a robot would change it."""
    return st.one_of(
        st.integers(min_value=0, max_value=max(len(token) - 1, 0)).map(
            lambda cut: token[:cut]
        ),
        st.builds(
            lambda index, char: token[:index] + char + token[index + 1 :],
            st.integers(min_value=0, max_value=max(len(token) - 1, 0)),
            st.sampled_from(string.ascii_letters + string.digits + "-_:"),
        ),
        st.text(alphabet=string.ascii_letters + string.digits + "-_", max_size=8).map(
            lambda tail: token + tail
        ),
        st.just(token.upper()),
        st.just(token[::-1]),
        st.just(token + token),
    )
