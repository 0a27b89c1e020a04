"""The export of the responses gives the moment of sending in the
organisation's time zone (Europe/Amsterdam), not in UTC and not in the time
zone of the reader's profile."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission
from wagtail.users.models import UserProfile

from .feedback import form_page, submit

pytestmark = pytest.mark.django_db

# 14:30 in Amsterdam (summer time).
SENT = datetime.datetime(2025, 6, 15, 12, 30, tzinfo=datetime.UTC)


@pytest.fixture
def reader(client, coordinator):
    submit(client)
    FormSubmission.objects.update(submit_time=SENT)
    profile = UserProfile.get_for_user(coordinator)
    profile.current_time_zone = "UTC"
    profile.save()
    client.force_login(coordinator)
    return client


def export(client, file_format):
    url = reverse("wagtailforms:list_submissions", args=[form_page().pk])
    response = client.get(url, {"export": file_format})
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def test_csv_in_local_time(reader):
    rows = list(csv.reader(io.StringIO(export(reader, "csv").decode())))
    assert rows[0][0] == "Datum van inzending"
    assert rows[1][0] == "15-06-2025 14:30"


def test_xlsx_in_local_time(reader):
    book = openpyxl.load_workbook(io.BytesIO(export(reader, "xlsx")))
    assert book.active["A2"].value == datetime.datetime(2025, 6, 15, 14, 30)
