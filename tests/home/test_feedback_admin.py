"""The editor edits the feedback form in the Wagtail admin: its questions,
texts and the optional mail, with a preview of the form and the thank-you
text; the read permission can be given to a group in Settings > Groups."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail import hooks

from home.submissions import READ_PERMISSION

from .feedback import form_page, soup

pytestmark = pytest.mark.django_db


def test_the_editor_opens_the_form_in_the_admin(client, editor):
    client.force_login(editor)
    page = form_page()
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    html = soup(response)
    assert html.find(attrs={"name": "form_fields-TOTAL_FORMS"})["value"] == "8"
    assert "E-mail bij een nieuwe reactie" in html.get_text()


@pytest.mark.parametrize(
    ("mode", "text"),
    [("form", "Reactie versturen"), ("landing", "Bedankt voor uw reactie")],
)
def test_both_previews_render(mode, text):
    response = form_page().make_preview_request(preview_mode=mode)
    assert response.status_code == 200
    assert text in response.rendered_content


def test_the_read_permission_is_offered_for_groups(admin_client):
    offered = [
        f"{p.content_type.app_label}.{p.codename}"
        for fn in hooks.get_hooks("register_permissions")
        for p in fn()
    ]
    assert READ_PERMISSION in offered
    group = Group.objects.get(name="Coördinatoren")
    response = admin_client.get(reverse("wagtailusers_groups:edit", args=[group.pk]))
    assert response.status_code == 200
