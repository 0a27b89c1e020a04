"""What every fuzz example needs: a client, a clean start, and the checks
that hold whatever was sent."""

import contextlib
import sys
from urllib.parse import urlencode, urlsplit

from django.core import mail
from django.core.cache import cache
from django.core.signals import got_request_exception
from django.db import transaction
from django.http import QueryDict
from django.test import Client, TestCase
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from hypothesis import event, settings

from .payloads import MARKER, RAW_MARKUP


def fuzz_settings(examples):
    """The profile of tests/fuzz/conftest.py with this many examples."""
    return settings(settings.get_profile("fuzz"), max_examples=examples)


class FuzzClient(Client):
    """The test client without its record of every rendered template and its
    context, which costs more than the page itself; an exception in a view is
    raised here, as with the usual client."""

    def request(self, **request):
        environ = self._base_environ(**request)
        raised = []
        uid = f"fuzz-request-exception-{id(request)}"

        def store(**kwargs):
            raised.append(sys.exc_info()[1])

        got_request_exception.connect(store, dispatch_uid=uid)
        try:
            response = self.handler(environ)
        finally:
            got_request_exception.disconnect(dispatch_uid=uid)
        if raised:
            raise raised[0]
        response.client = self
        response.request = request
        if response.cookies:
            self.cookies.update(response.cookies)
        return response


class _RolledBack(Exception):
    pass


@contextlib.contextmanager
def isolated_example():
    """Run one example on the database and cache as the test left them, and
    undo what it changed: examples stay independent. The cache holds the rate
    limits and one-time form tokens; emptying it before every example lets
    each input reach the form's own checks instead of the rate limit."""
    cache.clear()
    mail.outbox = []
    try:
        with transaction.atomic():
            yield
            raise _RolledBack
    except _RolledBack:
        pass
    finally:
        cache.clear()


@contextlib.contextmanager
def mails_sent():
    """Run what the request queued after its commit (the mail tasks) inside
    the example, so the mails reach mail.outbox before the rollback."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        yield


def send(client, method, path, data=None, encoding="urlencoded", **extra):
    """A request as a browser sends it: the data in the query string for GET
    and HEAD, in the body otherwise."""
    data = data or {}
    if method in ("GET", "HEAD"):
        query = urlencode(data, doseq=True)
        return client.generic(method, path, QUERY_STRING=query, **extra)
    if encoding == "multipart":
        return client.generic(
            method,
            path,
            encode_multipart(BOUNDARY, data),
            content_type=MULTIPART_CONTENT,
            **extra,
        )
    return client.generic(
        method,
        path,
        urlencode(data, doseq=True),
        content_type="application/x-www-form-urlencoded",
        **extra,
    )


def as_query_dict(data):
    """The data as the form gets it from a request."""
    return QueryDict(urlencode(data, doseq=True))


def assert_storable(cleaned_data):
    """What a form accepts, every database takes: PostgreSQL refuses NUL
    characters in text."""
    for value in cleaned_data.values():
        values = value if isinstance(value, list | tuple) else [value]
        for item in values:
            assert not (isinstance(item, str) and "\x00" in item), repr(item)


def is_html(response):
    return response.get("Content-Type", "").startswith("text/html")


def page_text(response):
    """The page as the browser gets it; it must be UTF-8."""
    return response.content.decode("utf-8")


def assert_safe_response(response):
    """No server error, no input written into the page as markup, and a
    redirect only to this site. The statistics (pytest
    --hypothesis-show-statistics) count the answers, to show which paths the
    examples reached."""
    event(f"{response.request['REQUEST_METHOD']} {response.status_code}")
    assert response.status_code < 500, response.status_code
    if 300 <= response.status_code < 400:
        location = response["Location"]
        assert urlsplit(location).netloc in ("", "testserver"), location
        assert MARKER not in location
    if is_html(response):
        html = page_text(response)
        for raw in RAW_MARKUP:
            assert raw not in html, raw
    return response


def assert_plain_mails():
    """Mails are plain text (no HTML part with the input as markup) and no
    header holds a line break: building each message checks every header."""
    if mail.outbox:
        event("mail sent")
    for message in mail.outbox:
        assert "\n" not in message.subject and "\r" not in message.subject
        assert message.content_subtype == "plain"
        for content, mimetype in getattr(message, "alternatives", []):
            if mimetype == "text/html":
                assert not any(raw in content for raw in RAW_MARKUP)
        for header in message.message().values():
            assert "\n" not in str(header).replace("\n ", "").replace("\n\t", "")
