"""The figures page: every figure as a chart and a table with the same
numbers, in Dutch notation, and the period it covers."""

import re

import pytest

from .helpers import approved, group, local, member, register, request_at, session_at

pytestmark = pytest.mark.django_db

URL = "/admin/rapportages/?start=2015-01-01&end=2015-12-31"


@pytest.fixture
def data_2015():
    page = group("Groep Rapport")
    ann, bob = member(page), member(page, vog_date=None)
    first = request_at(local(1, 5), domains=["wmo", "jeugd"], referral="school")
    second = request_at(local(1, 31, 23, 30), domains=["wmo"])
    third = request_at(local(3, 2), domains=["zorg"], referral="internet")
    approved(first, ann, local(1, 7), organisation_name="De Schakel", follow_up=True)
    approved(second, ann, local(2, 5), organisation_name="De Schakel")
    approved(third, bob, local(3, 20))
    training = session_at("training", local(4, 1, 19))
    register(training, ann, attended=True)
    register(training, bob, attended=False)


def page(client, user, url=URL):
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def table(html, caption):
    """The rows of the table with this caption, as lists of cell texts."""
    start = html.index(f"<caption>Tabel: {caption}</caption>")
    body = html[start : html.index("</table>", start)]
    rows = re.findall(r"<tr>(.*?)</tr>", body, re.S)
    return [
        [
            re.sub(r"\s+", " ", cell).strip()
            for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
        ]
        for row in rows
    ]


def test_the_page_shows_the_period_and_every_section(client, coordinator, data_2015):
    html = page(client, coordinator)

    assert "1 januari 2015 t/m 31 december 2015" in html
    for title in [
        "Aanvragen",
        "Tijd tot een goedgekeurde koppeling",
        "Vervolgondersteuning",
        "Ondersteuning per organisatie",
        "Actieve OCO&#x27;s en VOG",
        "Training en intervisie",
    ]:
        assert f"{title}</h2>" in html
    assert "Geen gegevens in deze periode" not in html


def test_requests_per_month_and_domain(client, coordinator, data_2015):
    html = page(client, coordinator)

    months = table(html, "Aanvragen per maand")
    assert months[0] == ["Maand", "Aanvragen"]
    assert months[1:4] == [
        ["januari 2015", "2"],
        ["februari 2015", "0"],
        ["maart 2015", "1"],
    ]
    assert months[-1] == ["Totaal", "3"]
    domains = table(html, "Aanvragen per domein")
    assert ["Wmo: hulp of voorzieningen thuis", "2", "66,7%"] in domains
    assert ["Jeugd: hulp voor kinderen en gezinnen", "1", "33,3%"] in domains
    assert "Een aanvraag over twee domeinen telt bij allebei mee." in html
    referrals = table(html, "Hoe kwamen aanvragers bij ons?")
    assert referrals[-1] == ["Niet ingevuld", "1", "33,3%"]


def test_time_to_match_follow_up_and_organisations(client, coordinator, data_2015):
    html = page(client, coordinator)

    # 2, 5 and 18 days: median 5, 90th percentile 18.
    key_figures = table(html, "Kerncijfers tijd tot koppeling")
    assert key_figures[1:] == [
        ["Aantal aanvragen met goedgekeurde koppeling", "3"],
        ["Mediaan (dagen)", "5"],
        ["90e percentiel (dagen)", "18"],
    ]
    follow_up = table(html, "Trajecten met en zonder vervolgondersteuning")
    assert follow_up[1] == ["Met vervolgondersteuning", "1", "33,3%"]
    organisations = table(html, "Goedgekeurde trajecten per organisatie")
    assert organisations[1:] == [
        ["De Schakel", "2", "66,7%"],
        ["Losse OCO&#x27;s", "1", "33,3%"],
        ["Totaal", "3", "100,0%"],
    ]


def test_members_and_training(client, coordinator, data_2015):
    html = page(client, coordinator)

    vog = table(html, "Actieve OCO&#x27;s en geldige VOG per groep")
    assert ["Groep Rapport", "2", "1", "50,0%"] in vog
    attendance = table(html, "Aanmeldingen en aanwezigheid")
    assert attendance[1] == ["Training", "1", "2", "1", "1", "0", "50,0%"]
    assert attendance[2] == ["Intervisie", "0", "0", "0", "0", "0", "\N{EN DASH}"]


def test_charts_are_svg_with_a_summary(client, coordinator, data_2015):
    html = page(client, coordinator)

    charts = re.findall(
        r"<svg class=\"reports-chart\"[^>]*>\s*<title[^>]*>([^<]*)</title>", html
    )
    assert len(charts) == 10
    assert 'role="img"' in html
    assert "Aanvragen per maand: in totaal 3, de meeste in januari 2015 (2)." in charts
    # Coordinates stay in SVG notation, whatever the language.
    assert re.search(
        r'<rect class="reports-chart__bar" x="0" y="\d+(\.\d+)?" width="\d+(\.\d+)?"',
        html,
    )
    assert "<script" not in html.split('id="section-aanvragen"')[1]


def test_tables_have_captions_and_headers_with_scope(client, coordinator, data_2015):
    html = page(client, coordinator)

    assert html.count("<caption>") == 11
    assert '<th scope="col"' in html
    assert '<th scope="row">' in html


def test_downloads_carry_the_period(client, coordinator, data_2015):
    html = page(client, coordinator)

    assert (
        "/admin/rapportages/export/aanvragen-per-maand.csv?start=2015-01-01&amp;end=2015-12-31"
        in html
    )
    assert (
        "/admin/rapportages/export/rapportage.xlsx?start=2015-01-01&amp;end=2015-12-31"
        in html
    )
