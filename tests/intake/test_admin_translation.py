"""Texts of the requests' admin that users see go through gettext: with a
translation that marks every text, they come out marked."""

import pytest
from django.urls import reverse
from django.utils import translation

from intake.admin_forms import StepForm
from intake.admin_views.actions import form_errors
from intake.admin_views.filters import RequestFilterSet
from intake.factories import RequestFactory

pytestmark = pytest.mark.django_db

MARK = "vertaald:"


@pytest.fixture
def marked(monkeypatch):
    """A translation that puts MARK before every text."""
    monkeypatch.setattr(translation._trans, "gettext", lambda text: MARK + text)
    monkeypatch.setattr(
        translation._trans,
        "ngettext",
        lambda singular, plural, number: MARK + (singular if number == 1 else plural),
    )


def test_the_month_placeholder(marked):
    html = str(RequestFilterSet().form["month"])
    assert f'placeholder="{MARK}jjjj-mm"' in html


def test_the_number_in_the_menu(client, coordinator, marked):
    RequestFactory()
    client.force_login(coordinator)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert f'"label": "{MARK}{MARK}Aanvragen (1)"' in html


def test_the_export_file_name(client, coordinator, marked):
    client.force_login(coordinator)
    response = client.get(reverse("intake_requests:index"), {"export": "csv"})
    assert f'filename="{MARK}aanvragen.csv"' in response["Content-Disposition"]


def test_the_field_errors_in_a_message(marked):
    form = StepForm({"step": "preparation"})
    assert not form.is_valid()
    assert form_errors(form).startswith(f"{MARK}{MARK}Datum: ")
