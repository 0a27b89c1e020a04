"""An empty period says so instead of drawing empty charts; a wrong period
gets a Dutch message and this year's figures, never an error."""

import pytest
from django.utils import timezone
from django.utils.formats import date_format

pytestmark = pytest.mark.django_db

URL = "/admin/rapportages/"


def page(client, user, query):
    client.force_login(user)
    response = client.get(URL + query)
    assert response.status_code == 200
    return response.content.decode()


def this_year_so_far():
    today = timezone.localdate()
    return f"1 januari {today.year} t/m {date_format(today, 'j F Y')}"


def test_an_empty_period_says_there_is_no_data(client, coordinator):
    html = page(client, coordinator, "?start=2015-01-01&end=2015-03-31")

    assert html.count("Geen gegevens in deze periode") == 6
    assert '<svg class="reports-chart"' not in html
    assert "reports-table" not in html


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?start=2025-05-01&end=2025-04-01", "De laatste dag ligt vóór de eerste dag"),
        ("?start=gisteren&end=2025-04-01", "Vul een geldige datum in"),
        ("?start=2025-01-01", "Vul de laatste dag van de periode in."),
        ("?start=2025-01-01&end=99999-01-01", "Vul een geldige datum in"),
    ],
)
def test_a_wrong_period_gets_a_message_and_the_default(
    client, coordinator, query, message
):
    html = page(client, coordinator, query)

    assert "Deze periode kunnen we niet tonen" in html
    assert message in html
    assert f"Cijfers over <strong>{this_year_so_far()}</strong>" in html


def test_without_a_choice_the_page_shows_this_year_so_far(client, coordinator):
    html = page(client, coordinator, "")

    assert "Deze periode kunnen we niet tonen" not in html
    assert f"Cijfers over <strong>{this_year_so_far()}</strong>" in html
    assert 'aria-current="true">Dit jaar</a>' in html


def test_a_download_with_a_wrong_period_goes_back_to_the_page(client, coordinator):
    client.force_login(coordinator)
    query = "?start=2025-05-01&end=2025-04-01"

    response = client.get(URL + "export/opkomst.csv" + query)

    assert response.status_code == 302
    assert response["Location"] == URL + query


def test_an_unknown_figure_is_not_found(client, coordinator):
    client.force_login(coordinator)

    assert client.get(URL + "export/bestaat-niet.csv").status_code == 404
