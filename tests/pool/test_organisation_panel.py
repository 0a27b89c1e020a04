import pytest

pytestmark = pytest.mark.django_db


def test_coordinators_dashboard_names_organisations_below_three(client, coordinator):
    client.force_login(coordinator)
    html = client.get("/admin/").content.decode()
    assert "Buurtkracht Almere: 2" in html
    assert "Stichting Ervaring Telt: " not in html


def test_contact_persons_do_not_get_the_panel(client, contact_a, group_a):
    client.force_login(contact_a)
    html = client.get("/admin/").content.decode()
    assert "pool-small-organisations" not in html
