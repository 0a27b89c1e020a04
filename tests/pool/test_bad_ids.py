"""Group ids that are not numbers, or numbers too large for the database, are
answered with 404 or a form error, never with a server error."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from pool.models import RosterGroupPage

pytestmark = pytest.mark.django_db

HUGE = "9" * 25


def test_a_huge_id_finds_no_group_by_id(group_a):
    assert not RosterGroupPage.objects.filter(id=int(HUGE)).exists()


@pytest.mark.parametrize("value", ["²", HUGE, "abc", "-1"])
@pytest.mark.parametrize("url_name", ["pool_vog:index", "pool_vog:index_results"])
def test_vog_filter_on_a_bad_group_is_not_found(
    client, coordinator, group_a, url_name, value
):
    client.force_login(coordinator)
    response = client.get(reverse(url_name), {"group": value})
    assert response.status_code == 404


def test_vog_filter_on_a_managed_group_still_works(client, contact_a, group_a):
    client.force_login(contact_a)
    response = client.get(reverse("pool_vog:index"), {"group": group_a.pk})
    assert response.status_code == 200


def test_vog_filter_on_another_group_is_not_found(client, contact_a, group_a, group_b):
    client.force_login(contact_a)
    response = client.get(reverse("pool_vog:index"), {"group": group_b.pk})
    assert response.status_code == 404


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_export_of_a_huge_id_is_not_found(client, coordinator, group_a, file_format):
    client.force_login(coordinator)
    url = reverse(f"pool_roster:export_{file_format}", args=[1])
    path = url.replace("/1/", f"/{HUGE}/")
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("method", ["get", "post"])
def test_import_of_a_huge_id_is_not_found(client, coordinator, group_a, method):
    client.force_login(coordinator)
    path = reverse("pool_roster:import_group", args=[1]).replace("/1/", f"/{HUGE}/")
    assert getattr(client, method)(path).status_code == 404


def test_importing_into_a_huge_group_id_is_a_form_error(client, coordinator, group_a):
    client.force_login(coordinator)
    file = SimpleUploadedFile(
        "leden.csv", b"naam,e-mail\nNina,nina@import.test\n", content_type="text/csv"
    )
    response = client.post(reverse("pool_roster:import"), {"group": HUGE, "file": file})
    assert response.status_code == 200
    assert "group" in response.context["form"].errors
