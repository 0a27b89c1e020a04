"""Registering on a session's page: confirmed, waiting list and refusals."""

from datetime import timedelta

import pytest

from scheduling import booking
from scheduling.factories import SessionFactory
from scheduling.models import AgendaPage, Registration
from scheduling.occurrences import find_slot, occurrence_key

from .conftest import add_agenda, detail_url

NEW = {"name": "Nina Nieuw", "email": "Nina@Example.org"}


def test_detail_shows_the_session_and_a_form(client, agenda, session, slot):
    session.online_link = "https://meet.example.org/geheim"
    session.save()

    response = client.get(detail_url(agenda, slot))

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Training gespreksvoering</h1>" in html
    assert "Een sessie om van elkaar te leren." in html
    assert "Nog 3 plaatsen vrij" in html
    assert "Aanmelden kan tot" in html
    assert '<label class="form-field__label" for="id_email">' in html
    assert 'aria-describedby="id_email_helptext"' in html
    assert "alleen voor deze sessie" in html  # the privacy line
    assert "meet.example.org/geheim" not in html
    assert response.context["page"].pk == agenda.pk


def test_register_confirms_and_redirects_to_the_confirmation(
    client, agenda, session, slot
):
    response = client.post(detail_url(agenda, slot), NEW)

    assert response.status_code == 302
    assert response["Location"] == detail_url(agenda, slot, "registered")
    registration = Registration.objects.get(email="nina@example.org")
    assert registration.status == Registration.Status.CONFIRMED
    assert registration.name == "Nina Nieuw"
    confirmation = client.get(response["Location"]).content.decode()
    assert "U bent aangemeld" in confirmation
    assert "nina@example.org" in confirmation
    assert "Er is een mail onderweg" in confirmation


def test_full_session_puts_you_on_the_waiting_list(client, agenda, session, slot):
    for number in range(3):
        booking.register(slot, name=f"Vol {number}", email=f"vol{number}@example.org")

    page = client.get(detail_url(agenda, slot)).content.decode()
    response = client.post(detail_url(agenda, slot), NEW, follow=True)

    assert "Vol: u komt op de wachtlijst" in page
    assert "Zet mij op de wachtlijst" in page
    registration = Registration.objects.get(email="nina@example.org")
    assert registration.status == Registration.Status.WAITING
    html = response.content.decode()
    assert "U staat op de wachtlijst" in html
    assert "U bent aangemeld</h1>" not in html


def test_confirmation_without_registering_goes_back_to_the_session(
    client, agenda, slot
):
    response = client.get(detail_url(agenda, slot, "registered"))

    assert response.status_code == 302
    assert response["Location"] == detail_url(agenda, slot)


def test_duplicate_email_is_an_error_by_the_field(client, agenda, slot):
    booking.register(slot, name="Nina Nieuw", email="nina@example.org")

    response = client.post(detail_url(agenda, slot), NEW)

    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="error-summary" role="alert"' in html
    assert '<a href="#id_email">Nina Nieuw is al aangemeld' in html
    assert 'id="id_email_error"' in html
    assert 'aria-describedby="id_email_helptext id_email_error"' in html
    assert 'value="Nina Nieuw"' in html  # the values are kept
    assert Registration.objects.filter(email="nina@example.org").count() == 1


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"name": "Nina", "email": "nina-at-example"}, "email", "geldig e-mailadres"),
        ({"name": "", "email": "nina@example.org"}, "name", "Vul uw naam in."),
        ({"name": "N" * 151, "email": "nina@example.org"}, "name", "te lang"),
    ],
)
def test_invalid_input_gives_dutch_messages(client, agenda, slot, data, field, message):
    response = client.post(detail_url(agenda, slot), data)

    html = response.content.decode()
    assert response.status_code == 200
    assert f'<a href="#id_{field}">' in html and message in html
    assert 'aria-invalid="true"' in html
    assert not Registration.objects.filter(occurrence__event=slot.session).exists()


def test_errors_are_named_in_the_title_and_the_summary_gets_the_focus(
    client, agenda, slot
):
    html = client.post(detail_url(agenda, slot), {"name": ""}).content.decode()

    assert "<title>Fout: Training gespreksvoering" in html
    assert 'tabindex="-1"' in html and "data-error-summary" in html


def test_non_public_audience_shows_no_form_and_refuses_a_post(client, agenda, calendar):
    meeting = SessionFactory(calendar=calendar, audience="contact_persons")
    slot = find_slot(meeting, meeting.start)

    page = client.get(detail_url(agenda, slot))
    refused = client.post(detail_url(agenda, slot), NEW)

    html = page.content.decode()
    assert "Alleen contactpersonen" in html
    assert 'href="/admin/"' in html
    assert 'name="email"' not in html
    assert refused.status_code == 403
    assert not Registration.objects.filter(email="nina@example.org").exists()


@pytest.mark.parametrize(
    "key",
    [
        "20200101T180000Z",
        "onzin",
        "20261207T180000",
        "99991231T235959Z",  # would overflow a date sum
        "00010101T000000Z",
        "21991231T180000Z",  # far beyond any series: not expanded to
    ],
)
def test_unknown_or_invalid_occurrence_is_404(client, agenda, session, weekly, key):
    for series in (session, weekly):
        path = agenda.reverse_subpage("detail", args=[series.pk, key])
        assert client.get(agenda.url + path).status_code == 404
        assert client.post(agenda.url + path, NEW).status_code == 404


def test_a_huge_session_id_is_404(client, agenda, slot):
    path = f"sessie/{'9' * 30}/{slot.key}/"

    assert client.get(agenda.url + path).status_code == 404
    assert client.get(agenda.url + path + "aangemeld/").status_code == 404


def test_session_of_a_calendar_the_page_does_not_show_is_404(client, agenda):
    elsewhere = SessionFactory()  # its own calendar
    path = agenda.reverse_subpage(
        "detail", args=[elsewhere.pk, occurrence_key(elsewhere.start)]
    )

    assert client.get(agenda.url + path).status_code == 404


def test_a_weekly_occurrence_has_its_own_page(client, agenda, weekly):
    second = find_slot(weekly, weekly.start + timedelta(days=7))

    response = client.get(detail_url(agenda, second))

    assert response.status_code == 200
    assert response.context["slot"].start == second.start
    assert second.key != occurrence_key(weekly.start)


def test_url_for_slot_points_at_a_page_that_shows_the_calendar(home, slot):
    assert AgendaPage.url_for_slot(slot) is None  # no page shows it yet

    agenda = add_agenda(home, calendars=[slot.session.calendar])

    assert AgendaPage.url_for_slot(slot) == detail_url(agenda, slot)
