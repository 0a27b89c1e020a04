"""The group page in the admin shows how often each active member took part."""

import pytest
from django.utils import formats, timezone

from scheduling.factories import CalendarFactory

from .helpers import attended, members_of

pytestmark = pytest.mark.django_db


def test_the_group_page_shows_each_members_participation(client, contact_a, group_a):
    alma = members_of(group_a)["Alma Alfalid"]
    calendar = CalendarFactory(name="Rooster-intervisie", slug="rooster-intervisie")
    registration = attended(alma, calendar, 30)
    attended(alma, calendar, 60)
    client.force_login(contact_a)
    response = client.get(f"/admin/pages/{group_a.pk}/edit/")
    html = response.content.decode()
    assert "Deelname aan trainingen en intervisie" in html
    panel = html.split("Sessies bijgewoond")[1].split("</table>")[0]
    alma_row = panel.split("Alma Alfalid")[1].split("</tr>")[0]
    assert "<td>2</td>" in alma_row
    assert "Rooster-intervisie: 2" in alma_row
    last = timezone.localtime(registration.occurrence.start).date()
    assert formats.date_format(last, "j F Y") in alma_row
    arie_row = panel.split("Arie Alfalid")[1].split("</tr>")[0]
    assert "<td>0</td>" in arie_row and "nog nooit" in arie_row


def test_members_who_left_are_not_in_the_participation_panel(
    client, coordinator, group_a
):
    arie = members_of(group_a)["Arie Alfalid"]
    arie.active = False
    arie.left_on = timezone.localdate()
    arie.save()
    client.force_login(coordinator)
    html = client.get(f"/admin/pages/{group_a.pk}/edit/").content.decode()
    panel = html.split("Sessies bijgewoond")[1].split("</table>")[0]
    assert "Alma Alfalid" in panel and "Arie Alfalid" not in panel
