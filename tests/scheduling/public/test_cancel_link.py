"""The cancel link from the mail: look first, cancel only with a button."""

from datetime import timedelta
from unittest import mock

from django.urls import reverse
from django.utils import timezone

from scheduling import booking, changes, tokens
from scheduling.factories import SessionFactory
from scheduling.models import Registration
from scheduling.occurrences import find_slot

from .conftest import detail_url


def cancel_url(registration, purpose=tokens.CANCEL):
    return reverse("scheduling:cancel", args=[tokens.make(registration, purpose)])


def _register(slot, name, email, now=None):
    return booking.register(slot, name=name, email=email, now=now)


def test_get_shows_the_registration_and_changes_nothing(client, slot):
    registration = _register(slot, "Carla Cancel", "carla@example.org")

    response = client.get(cancel_url(registration))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Carla Cancel" in html and "Training gespreksvoering" in html
    assert "Aangemeld" in html and "<time datetime=" in html
    assert '<form method="post"' in html and "Ja, meld mij af" in html
    assert response["X-Robots-Tag"] == "noindex"
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED


def test_post_cancels_and_promotes_the_waiting_list(client, slot):
    first = _register(slot, "Carla Cancel", "carla@example.org")
    _register(slot, "Twee", "twee@example.org")
    _register(slot, "Drie", "drie@example.org")
    waiting = _register(slot, "Wim Wachtlijst", "wim@example.org")
    assert waiting.status == Registration.Status.WAITING

    response = client.post(cancel_url(first))

    html = response.content.decode()
    assert response.status_code == 200
    assert "U bent afgemeld" in html and "Uw plaats gaat naar iemand anders" in html
    first.refresh_from_db()
    waiting.refresh_from_db()
    assert first.status == Registration.Status.CANCELLED
    assert waiting.status == Registration.Status.CONFIRMED


def test_cancelling_from_the_waiting_list_says_so(client, slot):
    for number in range(3):
        _register(slot, f"Vol {number}", f"vol{number}@example.org")
    waiting = _register(slot, "Wim Wachtlijst", "wim@example.org")

    page = client.get(cancel_url(waiting)).content.decode()
    response = client.post(cancel_url(waiting))

    assert "Haal mij van de wachtlijst" in page
    assert "U staat niet meer op de wachtlijst" in response.content.decode()
    waiting.refresh_from_db()
    assert waiting.status == Registration.Status.CANCELLED


def test_forged_token_is_a_400_with_a_message(client, slot):
    registration = _register(slot, "Carla Cancel", "carla@example.org")
    token = tokens.make(registration, tokens.CANCEL)

    forged = client.get(reverse("scheduling:cancel", args=["nep" + token]))
    wrong_purpose = client.post(cancel_url(registration, tokens.CONTRIBUTE))

    assert forged.status_code == 400
    assert "Deze link klopt niet" in forged.content.decode()
    assert wrong_purpose.status_code == 400
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED


def test_expired_token_is_a_410_with_a_message(client, calendar):
    start = timezone.now() - timedelta(days=2)
    past = SessionFactory(calendar=calendar, start=start)
    registration = _register(
        find_slot(past, past.start),
        "Oud",
        "oud@example.org",
        now=start - timedelta(days=7),
    )

    response = client.post(cancel_url(registration))

    assert response.status_code == 410
    assert "Deze link is verlopen" in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED


def test_already_cancelled_is_a_friendly_message(client, slot):
    registration = _register(slot, "Carla Cancel", "carla@example.org")
    booking.cancel(registration)

    get = client.get(cancel_url(registration))
    post = client.post(cancel_url(registration))

    for response in (get, post):
        assert response.status_code == 200
        assert "U was al afgemeld" in response.content.decode()


def test_session_under_way_cannot_be_cancelled(client, calendar):
    start = timezone.now() - timedelta(hours=1)
    running = SessionFactory(calendar=calendar, start=start)
    registration = _register(
        find_slot(running, running.start),
        "Laat",
        "laat@example.org",
        now=start - timedelta(days=3),
    )

    response = client.post(cancel_url(registration))

    assert response.status_code == 200
    assert "afmelden kan niet meer" in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED


def test_booking_error_is_shown_as_a_message(client, slot, monkeypatch):
    registration = _register(slot, "Carla Cancel", "carla@example.org")

    def refuse(registration):
        raise booking.BookingError("Afmelden lukt nu even niet.")

    monkeypatch.setattr(booking, "cancel", refuse)
    response = client.post(cancel_url(registration))

    assert response.status_code == 200
    assert "Afmelden lukt nu even niet." in response.content.decode()


def test_a_link_keeps_working_when_the_session_moves_later(client, slot):
    registration = _register(slot, "Carla Cancel", "carla@example.org")
    url = cancel_url(registration)
    later = slot.start + timedelta(days=30)
    changes.move_occurrence(slot, later, later + timedelta(hours=2))
    after_the_old_date = slot.end + timedelta(days=1)

    with mock.patch("scheduling.tokens.timezone.now", return_value=after_the_old_date):
        response = client.get(url)

    assert response.status_code == 200
    assert "Ja, meld mij af" in response.content.decode()


def test_after_cancelling_a_link_leads_back_to_the_session(client, slot, agenda):
    registration = _register(slot, "Carla Cancel", "carla@example.org")

    html = client.post(cancel_url(registration)).content.decode()

    assert f'<a href="{detail_url(agenda, slot)}">' in html
    assert "Bekijk deze sessie in de agenda" in html


def test_without_an_agenda_page_there_is_no_link_back(client, slot):
    registration = _register(slot, "Carla Cancel", "carla@example.org")

    html = client.post(cancel_url(registration)).content.decode()

    assert "U bent afgemeld" in html
    assert "Bekijk deze sessie in de agenda" not in html
