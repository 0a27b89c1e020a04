"""The revision compare screen, where coordinators approve a contact person's
changes, shows a member's domains by their Dutch labels."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_compare_shows_domain_labels(client, coordinator, group_a):
    page = group_a.get_latest_revision_as_object()
    member = next(m for m in page.members.all() if m.name == "Alma Alfalid")
    member.domains = ["wmo"]
    member.lived_experience = ["schulden"]
    first = page.save_revision()
    page = first.as_object()
    member = next(m for m in page.members.all() if m.name == "Alma Alfalid")
    member.domains = ["wmo", "werk-en-inkomen"]
    second = page.save_revision()

    client.force_login(coordinator)
    url = reverse(
        "wagtailadmin_pages:revisions_compare", args=[group_a.pk, first.pk, second.pk]
    )
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Werk en inkomen" in html
    assert "Wmo" in html
    assert "werk-en-inkomen" not in html
