"""The database fails halfway through a submission (the first row written,
the second refused): the visitor gets the Dutch "try again in a few minutes"
page (503), the first row is rolled back with the second, and the same form
sent again is saved once, with everything that belongs to it."""

import pytest
from django.db import OperationalError

from . import forms
from .unavailable_page import assert_unavailable_page

pytestmark = pytest.mark.django_db


def refuse(*args, **kwargs):
    raise OperationalError("database is locked")


@pytest.mark.parametrize("form_name", forms.TWO_WRITES)
def test_nothing_is_half_saved(form_name, client, coordinator, monkeypatch):
    client.raise_request_exception = False
    form = forms.TWO_WRITES[form_name]()
    saved, second = form.saved.objects.count(), form.outbox.objects.count()

    with monkeypatch.context() as patch:
        patch.setattr(*form.second_write, refuse)
        response = form.post(client)

    assert_unavailable_page(response)
    assert form.saved.objects.count() == saved
    assert form.outbox.objects.count() == second
    again = form.post(client)
    assert again.status_code == 302
    assert form.saved.objects.count() == saved + 1
    assert form.outbox.objects.count() > second
