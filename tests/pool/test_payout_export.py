"""The payout export: the approved declarations of a period per person, and
per declaration, in CSV and XLSX. Submitted and rejected declarations never
appear; the totals per person are worked out by hand."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from pool import declaring

from .declarations_admin_data import declare, declare_own_hours, member, set_year

pytestmark = pytest.mark.django_db

PAYOUT = reverse("pool_declarations:payout")
MARCH = {"date_from": "2025-03-01", "date_to": "2025-03-31", "unpaid_only": "on"}
PERSON_HEADINGS = [
    "Naam",
    "E-mailadres",
    "Groep",
    "Aantal declaraties",
    "Uren",
    "Onkosten (€)",
    "Bedrag (€)",
    "Uit te betalen (€)",
]
# Worked out by hand at 5.00 an hour:
# Alma: 2 h + 4.50 costs = 14.50, and 3 h = 15.00;
# Arie: 1.5 h = 7.50 (his rejected and waiting ones do not count);
# Bert: 4 h = 20.00 (his April declaration is outside the period);
# contact-a: 4 h = 20.00, of which 10.00 fits under the cap of 250.00.
EXPECTED_PEOPLE = [
    line.split(";")
    for line in [
        "Alma Alfalid;alma@example.org;Groep Alfa;2;5,00;4,50;29,50;29,50",
        "Arie Alfalid;arie@example.org;Groep Alfa;1;1,50;0,00;7,50;7,50",
        "Bert Bravolid;bert@example.org;Groep Bravo;1;4,00;0,00;20,00;20,00",
        "contact-a;contact-a@example.org;Groep Alfa;1;4,00;0,00;20,00;10,00",
    ]
]


def approve(declaration, user):
    return declaring.approve(declaration.pk, user, confirmed=True)


@pytest.fixture
def march(group_a, group_b, contact_a, coordinator):
    set_year()
    alma = member(group_a, "alma@example.org")
    arie = member(group_a, "arie@example.org")
    bert = member(group_b, "bert@example.org")

    def own_hours(month, day, hours):
        return declare_own_hours(contact_a, group_a, day=(month, day), hours=hours)

    for month in [1, 2]:
        approve(own_hours(month, 5, "24"), coordinator)
    approved = [
        approve(declare(alma, day=(3, 3), hours="2", costs="4.50"), coordinator),
        approve(declare(alma, day=(3, 20), hours="3"), coordinator),
        approve(declare(arie, day=(3, 5), hours="1.5"), coordinator),
        approve(declare(bert, day=(3, 10), hours="4"), coordinator),
        approve(own_hours(3, 15, "4"), coordinator),
    ]
    rejected = declare(arie, day=(3, 6), hours="3")
    declaring.reject(rejected.pk, coordinator, "Dubbel ingediend.")
    approve(declare(bert, day=(4, 2), hours="2"), coordinator)
    declare(arie, day=(3, 7), hours="6")  # waiting
    return approved


def download(client, kind, **params):
    response = client.get(PAYOUT, {**MARCH, **params, "export": kind})
    assert response.status_code == 200
    return response


def csv_rows(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def test_csv_per_person(client, coordinator, march):
    client.force_login(coordinator)
    response = download(client, "csv")
    assert response["Content-Type"].startswith("text/csv")
    assert "uitbetaling-2025-03-01-2025-03-31.csv" in response["Content-Disposition"]
    rows = csv_rows(response)
    assert rows[0] == PERSON_HEADINGS
    assert rows[1:] == EXPECTED_PEOPLE


def test_csv_per_declaration_holds_only_the_approved(client, coordinator, march):
    client.force_login(coordinator)
    rows = csv_rows(download(client, "csv-declaraties"))
    numbers = {int(row[0]) for row in rows[1:]}
    assert numbers == {declaration.pk for declaration in march}
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["Naam"] == "Alma Alfalid"
    assert first["Datum"] == "03-03-2025"
    assert first["Bedrag (€)"] == "14,50"
    assert first["Soort werk"] == "Ondersteuning van een inwoner"


def test_xlsx_has_both_sheets(client, coordinator, march):
    client.force_login(coordinator)
    response = download(client, "xlsx")
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Per persoon", "Per declaratie"]
    people = list(book["Per persoon"].values)
    assert list(people[0]) == PERSON_HEADINGS
    assert [row[0] for row in people[1:]] == [row[0] for row in EXPECTED_PEOPLE]
    alma = people[1]
    assert alma[3] == 2
    assert Decimal(str(alma[4])) == Decimal("5")
    assert Decimal(str(alma[6])) == Decimal("29.5")
    contact = people[4]
    assert Decimal(str(contact[7])) == Decimal("10")
    declarations = list(book["Per declaratie"].values)
    assert {row[0] for row in declarations[1:]} == {d.pk for d in march}
    assert isinstance(declarations[1][1], datetime.datetime)


def test_the_page_shows_the_totals(client, coordinator, march):
    client.force_login(coordinator)
    response = client.get(PAYOUT, MARCH)
    html = response.content.decode()
    assert "5 declaraties, samen € 67,00 uit te betalen" in html
    assert "Arie Alfalid" in html
    assert "5 declaraties markeren als uitbetaald" in html


def test_already_paid_ones_only_when_asked(client, coordinator, march):
    declaring.mark_paid([march[0].pk], coordinator, datetime.date(2025, 4, 1))
    client.force_login(coordinator)
    unpaid = csv_rows(download(client, "csv-declaraties"))
    assert march[0].pk not in {int(row[0]) for row in unpaid[1:]}
    everything = csv_rows(download(client, "csv-declaraties", unpaid_only=""))
    assert march[0].pk in {int(row[0]) for row in everything[1:]}


def test_the_default_period_is_last_month(client, coordinator):
    client.force_login(coordinator)
    form = client.get(PAYOUT).context["form"]
    start, end = form.cleaned_data["date_from"], form.cleaned_data["date_to"]
    today = timezone.localdate()
    assert end == today.replace(day=1) - datetime.timedelta(days=1)
    assert start == end.replace(day=1)
    assert form.cleaned_data["unpaid_only"] is True


def test_a_bad_period_shows_a_message(client, coordinator):
    client.force_login(coordinator)
    response = client.get(
        PAYOUT, {"date_from": "2025-03-31", "date_to": "2025-03-01", "export": "csv"}
    )
    assert response.status_code == 200
    assert "vóór de eerste dag van de periode" in response.content.decode()
    response = client.get(PAYOUT, {"date_from": "morgen", "date_to": ""})
    assert response.status_code == 200


def test_later_approvals_are_left_out_of_the_snapshot(
    client, coordinator, march, group_a
):
    client.force_login(coordinator)
    page = client.get(PAYOUT, MARCH)
    as_of = page.context["mark_form"]["as_of"].value()
    late = approve(
        declare(member(group_a, "alma@example.org"), day=(3, 25)), coordinator
    )
    rows = csv_rows(download(client, "csv-declaraties", as_of=as_of))
    assert late.pk not in {int(row[0]) for row in rows[1:]}
    rows = csv_rows(download(client, "csv-declaraties"))
    assert late.pk in {int(row[0]) for row in rows[1:]}
