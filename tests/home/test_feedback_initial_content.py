"""The initial content builds the feedback form once, with its questions, and
gives the coordinators read access; running it again creates nothing."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.contrib.forms.models import FormSubmission

from cms import feedback_access
from home.models import FeedbackFormField, FeedbackFormPage
from pool.contact_groups import COORDINATORS_GROUP

from .feedback import ANSWERS, form_page

pytestmark = pytest.mark.django_db


def test_the_form_is_built_live_under_voor_professionals():
    page = form_page()
    assert page.live
    assert page.get_parent().slug == "voor-professionals"
    assert page.url == "/voor-professionals/feedback-geven/"
    assert [field.label for field in page.get_form_fields()] == list(ANSWERS)
    assert page.to_address == ""
    assert page.get_latest_revision() is not None


def test_running_again_creates_nothing():
    before = (
        FeedbackFormPage.objects.count(),
        FeedbackFormField.objects.count(),
        form_page().get_parent().specific.latest_revision_id,
    )
    out = io.StringIO()
    call_command("load_initial_data", stdout=out)
    after = (
        FeedbackFormPage.objects.count(),
        FeedbackFormField.objects.count(),
        form_page().get_parent().specific.latest_revision_id,
    )
    assert before == after == (1, 8, before[2])
    assert "niets veranderd" in out.getvalue()


def test_a_renamed_form_is_not_built_again():
    page = form_page()
    page.slug = "uw-ervaring"
    page.save_revision().publish()
    call_command("load_initial_data", stdout=io.StringIO())
    assert FeedbackFormPage.objects.count() == 1


def test_the_coordinators_get_the_read_permission_once():
    group = Group.objects.get(name=COORDINATORS_GROUP)
    assert group.permissions.filter(codename="view_formsubmission").exists()
    assert feedback_access.build(log=lambda *a: None) == 0
    group.permissions.clear()
    assert feedback_access.build(log=lambda *a: None) == 1
    assert group.permissions.filter(codename="view_formsubmission").count() == 1


def test_building_leaves_responses_alone(client):
    FormSubmission.objects.create(page=form_page(), form_data={"a": "b"})
    call_command("load_initial_data", stdout=io.StringIO())
    assert FormSubmission.objects.count() == 1
