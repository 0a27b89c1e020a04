"""Wrong input gets a clear Dutch message at its question, in the error
summary and in the page title; what was typed stays, and nothing is saved."""

import datetime

import pytest
from django.utils import timezone

from pool.models import Declaration, OtherAllowance

from .declaration_page import dutch, form_data, personal_url, soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("declaration_cache")]

TODAY = timezone.localdate


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        (
            {"date": lambda: dutch(TODAY() + datetime.timedelta(days=1))},
            "date",
            "Deze datum ligt in de toekomst.",
        ),
        (
            {"date": lambda: dutch(datetime.date(TODAY().year - 2, 12, 31))},
            "date",
            "Neem voor oudere declaraties contact op met de coördinatoren.",
        ),
        ({"date": "31-02-2026"}, "date", "Vul een bestaande datum in"),
        ({"date": ""}, "date", "Vul de datum in."),
        (
            {"hours": "", "costs": ""},
            "hours",
            "Vul het aantal uren in, of de onkosten.",
        ),
        (
            {"hours": "0", "costs": "0"},
            "hours",
            "Vul het aantal uren in, of de onkosten.",
        ),
        (
            {"costs": "12,50", "costs_note": ""},
            "costs_note",
            "Schrijf kort op waarvoor de onkosten zijn.",
        ),
        ({"hours": "1.1"}, "hours", "Vul de uren in per kwartier"),
        ({"hours": "1,1"}, "hours", "Vul de uren in per kwartier"),
        ({"hours": "twee"}, "hours", "Vul het aantal uren in als getal"),
        ({"hours": "25"}, "hours", "niet meer dan 24 uur"),
        ({"hours": "-1"}, "hours", "niet lager zijn dan 0"),
        ({"costs": "4,805", "costs_note": "Bus"}, "costs", "euro en cent"),
        ({"activity": ""}, "activity", "Kies wat voor werk het was."),
        (
            {"activity": "contact_person"},
            "activity",
            "Kies een van de mogelijkheden.",
        ),
        ({"description": "  "}, "description", "Schrijf kort op wat u deed."),
        ({"description": "x" * 201}, "description", "Deze tekst is te lang"),
        (
            {"other_organisation": "Voedselbank"},
            "other_amount",
            "Vul ook het bedrag in",
        ),
        ({"other_amount": "0"}, "other_amount", "hoger is dan 0"),
    ],
)
def test_wrong_input_is_refused_in_dutch(
    client, declaration_page, declarant, changes, field, message
):
    changes = {k: v() if callable(v) else v for k, v in changes.items()}
    data = form_data(declarant, **changes)
    response = client.post(personal_url(declarant), data)
    assert response.status_code == 200
    assert not Declaration.objects.exists()
    assert not OtherAllowance.objects.exists()
    page = soup(response)
    assert page.title.get_text().startswith("Fout: ")
    error = page.find(id=f"id_{field}_error")
    assert error is not None, page.find(class_="error-summary")
    assert message in error.get_text()
    summary = page.find(class_="error-summary")
    assert summary["tabindex"] == "-1"
    assert summary.has_attr("data-error-summary")
    links = [a["href"] for a in summary.find_all("a")]
    anchor = "#id_activity_0" if field == "activity" else f"#id_{field}"
    assert anchor in links
    if field != "activity":
        widget = page.find(id=f"id_{field}")
        assert widget["aria-invalid"] == "true"
        assert f"id_{field}_error" in widget["aria-describedby"]


def test_what_was_typed_stays(client, declaration_page, declarant):
    data = form_data(
        declarant,
        hours="1,1",
        costs="3,20",
        costs_note="Parkeren",
        activity="intervision",
        description="Intervisie dinsdag",
    )
    page = soup(client.post(personal_url(declarant), data))
    assert page.find(id="id_hours")["value"] == "1,1"
    assert page.find(id="id_costs")["value"] == "3,20"
    assert page.find(id="id_costs_note")["value"] == "Parkeren"
    assert page.find(id="id_description")["value"] == "Intervisie dinsdag"
    assert page.find("input", attrs={"name": "activity", "checked": True})["value"] == (
        "intervision"
    )


def test_a_refused_form_can_be_sent_again_once_corrected(
    client, declaration_page, declarant
):
    url = personal_url(declarant)
    data = form_data(declarant, hours="1,1")
    client.post(url, data)
    data["hours"] = "1,25"
    assert client.post(url, data).status_code == 302
    assert Declaration.objects.count() == 1


def test_every_error_shows_at_once(client, declaration_page, declarant):
    data = form_data(
        declarant,
        date=dutch(TODAY() + datetime.timedelta(days=2)),
        hours="1,1",
        costs="3",
        costs_note="",
    )
    page = soup(client.post(personal_url(declarant), data))
    summary = page.find(class_="error-summary")
    links = [a["href"] for a in summary.find_all("a")]
    assert links == ["#id_date", "#id_hours", "#id_costs_note"]
    # One message per question.
    assert len(page.find(id="id_hours_error").find_all("span")) == 1
    assert not Declaration.objects.exists()
