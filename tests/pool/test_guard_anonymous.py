"""Anonymous visitors get the admin's login page for a pool page's admin URL,
exactly as for an id that does not exist: the answer tells them nothing."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "name",
    ["wagtailadmin_pages:edit", "wagtailadmin_explore", "pool_roster:export_csv"],
)
def test_a_pool_page_and_an_unknown_page_answer_alike(client, group_b, name):
    for page_id in [group_b.pk, 987654]:
        response = client.get(reverse(name, args=[page_id]))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))
