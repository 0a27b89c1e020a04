"""HTML typed into the form is kept as the text it is, and never runs: it is
stored unchanged and shown escaped when the form comes back."""

import pytest

from intake.models import Request

from .test_form_data import submit

pytestmark = pytest.mark.django_db

PAYLOAD = '<script>alert("x")</script><b onclick="y()">vet</b>'
FREE_TEXT = [
    "requester_name",
    "name",
    "conversation_subject",
    "agency",
    "wish_language",
    "remarks",
]
CHECKED_TEXT = ["phone", "email", "postcode", "conversation_date"]


def on_behalf(**changes):
    return {
        "submitted_by": "relative",
        "on_behalf_consent": "on",
        **dict.fromkeys(FREE_TEXT, PAYLOAD),
        **changes,
    }


def test_html_in_every_text_field_is_shown_escaped(client):
    fields = FREE_TEXT + CHECKED_TEXT
    response = submit(
        client, consent=None, **on_behalf(**dict.fromkeys(fields, PAYLOAD))
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert" not in html
    assert "<b onclick" not in html
    escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
    assert html.count(escaped) == len(fields)
    assert not Request.objects.exists()


def test_html_in_free_text_is_stored_unchanged(client):
    response = submit(client, **on_behalf())
    assert response.status_code == 302
    request_obj = Request.objects.get()
    for field in FREE_TEXT:
        assert getattr(request_obj, field) == PAYLOAD
