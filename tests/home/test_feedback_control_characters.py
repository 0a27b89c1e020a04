"""Control characters in an answer, such as Word's soft line break ("\x0b"),
are never stored, and a response that holds them anyway can still be
exported: openpyxl refuses them in a cell."""

import io

import openpyxl
import pytest
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission

from .feedback import field_names, form_page, submit

pytestmark = pytest.mark.django_db


def export(client, user, file_format):
    client.force_login(user)
    url = reverse("wagtailforms:list_submissions", args=[form_page().pk])
    response = client.get(url, {"export": file_format})
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def test_control_characters_are_not_stored(client):
    submit(
        client,
        **{
            "Wat ging goed?": "Eerste regel\x0bTweede regel\nDerde\tregel\x07",
            "Wat kan beter?": "Niets\x01\x1f\x7f",
        },
    )
    data = FormSubmission.objects.get().form_data
    names = field_names()
    assert data[names["Wat ging goed?"]] == "Eerste regel\nTweede regel\nDerde\tregel"
    assert data[names["Wat kan beter?"]] == "Niets"


def test_a_stored_control_character_does_not_break_the_export(client, coordinator):
    submit(client)
    submission = FormSubmission.objects.get()
    name = field_names()["Wat ging goed?"]
    data = submission.form_data
    data[name] = "Goed\x0bvoorbereid\x1b"
    FormSubmission.objects.filter(pk=submission.pk).update(form_data=data)

    sheet = openpyxl.load_workbook(io.BytesIO(export(client, coordinator, "xlsx")))
    values = [
        value for row in sheet.active.iter_rows(values_only=True) for value in row
    ]
    assert "Goedvoorbereid" in values
    assert "Goedvoorbereid" in export(client, coordinator, "csv").decode()
