"""Who reads the responses (Wagtail's "Formulieren"): the editor, who may edit
the page, and the coordinators, who may read and export but not delete them.
Contact persons and visitors never see them."""

import pytest
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission

from .feedback import form_page, submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def response_stored(client):
    submit(client)
    client.logout()
    return FormSubmission.objects.get()


def listing_url(page):
    return reverse("wagtailforms:list_submissions", args=[page.pk])


def delete_url(page, submission):
    url = reverse("wagtailforms:delete_submissions", args=[page.pk])
    return f"{url}?selected-submissions={submission.pk}"


def refused(response):
    """Wagtail's admin answers a refusal with the dashboard and a message."""
    return response.status_code == 403 or (
        response.status_code == 302
        and response["Location"] == reverse("wagtailadmin_home")
    )


def forms_index(client):
    return client.get(reverse("wagtailforms:index")).content.decode()


@pytest.mark.parametrize("user", ["editor", "coordinator"])
def test_editor_and_coordinator_read_and_export(client, request, response_stored, user):
    client.force_login(request.getfixturevalue(user))
    page = form_page()
    assert page.title in forms_index(client)
    listing = client.get(listing_url(page))
    assert listing.status_code == 200
    assert "consulent@example.org" in listing.content.decode()
    # A checkbox's answer as a word, not True.
    assert ">ja<" in listing.content.decode().replace(" ", "").replace("\n", "")
    export = client.get(listing_url(page), {"export": "csv"})
    assert export.status_code == 200
    csv = b"".join(export.streaming_content).decode()
    assert "consulent@example.org" in csv
    assert "Wmo, Jeugd" in csv or "Wmo,Jeugd" in csv or '"Wmo, Jeugd"' in csv
    assert client.get(listing_url(page), {"export": "xlsx"}).status_code == 200


def test_the_coordinator_has_no_rights_on_the_page_itself(coordinator):
    page = form_page()
    assert not page.permissions_for_user(coordinator).can_edit()


def test_the_coordinator_may_not_delete_responses(client, coordinator, response_stored):
    client.force_login(coordinator)
    page = form_page()
    listing = client.get(listing_url(page)).content.decode()
    assert "selected-submissions" not in listing
    assert refused(client.get(delete_url(page, response_stored)))
    assert refused(client.post(delete_url(page, response_stored)))
    assert FormSubmission.objects.count() == 1


def test_the_editor_may_delete_a_response(client, editor, response_stored):
    client.force_login(editor)
    page = form_page()
    assert "selected-submissions" in client.get(listing_url(page)).content.decode()
    assert client.get(delete_url(page, response_stored)).status_code == 200
    response = client.post(delete_url(page, response_stored))
    assert response.status_code == 302
    assert not FormSubmission.objects.exists()


def test_a_contact_person_does_not_see_the_responses(
    client, contact_a, group_a, response_stored
):
    client.force_login(contact_a)
    page = form_page()
    assert page.title not in forms_index(client)
    assert refused(client.get(listing_url(page)))
    assert refused(client.get(listing_url(page), {"export": "csv"}))
    assert refused(client.post(delete_url(page, response_stored)))
    assert FormSubmission.objects.count() == 1


def test_anonymous_visitors_are_sent_to_the_login(client, response_stored):
    page = form_page()
    for url in [listing_url(page), f"{listing_url(page)}?export=csv"]:
        response = client.get(url)
        assert response.status_code == 302
        assert reverse("wagtailadmin_login") in response["Location"]
    assert client.post(delete_url(page, response_stored)).status_code == 302
    assert FormSubmission.objects.count() == 1


def test_the_forms_menu_is_shown_to_readers_only(
    client, coordinator, contact_a, group_a
):
    client.force_login(coordinator)
    assert (
        reverse("wagtailforms:index")
        in client.get(reverse("wagtailadmin_home")).content.decode()
    )
    client.force_login(contact_a)
    assert (
        reverse("wagtailforms:index")
        not in client.get(reverse("wagtailadmin_home")).content.decode()
    )
