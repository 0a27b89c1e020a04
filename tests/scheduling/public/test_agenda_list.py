"""The agenda page lists upcoming occurrences, by calendar, page by page."""

from datetime import timedelta

from django.utils import timezone
from django.utils.formats import date_format

from scheduling import booking, changes
from scheduling.factories import CalendarFactory, SessionFactory, next_evening
from scheduling.occurrences import find_slot

from .conftest import add_agenda, detail_url


def test_lists_an_occurrence_with_date_place_audience_and_free_places(
    client, agenda, session, slot
):
    booking.register(slot, name="Anna Aanmelder", email="anna@example.org")

    response = client.get(agenda.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Training gespreksvoering" in html
    assert detail_url(agenda, slot) in html
    local_start = timezone.localtime(session.start)
    assert f'<time datetime="{local_start.isoformat()}">' in html
    day = date_format(local_start, "l j F Y")
    assert f"{day}, 19:00</time>\u2013" in html
    assert "Stadhuisplein 1, Almere" in html
    assert "Alle OCO&#x27;s" in html
    assert "Nog 2 plaatsen vrij" in html  # three places, one taken


def test_shows_full_cancelled_closed_and_online(client, agenda, calendar):
    full = SessionFactory(calendar=calendar, title="Volle sessie", capacity=1)
    booking.register(find_slot(full, full.start), name="Bert", email="bert@example.org")
    gone = SessionFactory(calendar=calendar, title="Vervallen sessie")
    changes.cancel_occurrence(find_slot(gone, gone.start))
    soon = timezone.now() + timedelta(hours=3)
    SessionFactory(calendar=calendar, title="Bijna", start=soon)
    SessionFactory(calendar=calendar, title="Online sessie", place="")

    html = client.get(agenda.url).content.decode()

    assert "Vol: u komt op de wachtlijst" in html
    assert "Gaat niet door" in html
    assert "Aanmelden gesloten" in html
    assert "<dd>Online</dd>" in html


def test_filter_by_calendar_shows_only_that_calendar(client, home, calendar):
    other = CalendarFactory(name="Test-intervisie", slug="test-intervisie")
    SessionFactory(calendar=calendar, title="Een training")
    SessionFactory(calendar=other, title="Een intervisie")
    agenda = add_agenda(home, calendars=[calendar, other])

    everything = client.get(agenda.url).content.decode()
    filtered = client.get(agenda.url, {"soort": other.slug}).content.decode()

    assert "Een training" in everything and "Een intervisie" in everything
    assert "Een intervisie" in filtered and "Een training" not in filtered
    assert (
        '<option value="test-intervisie" selected>Test-intervisie</option>' in filtered
    )
    assert 'name="soort"' in filtered and 'type="submit"' in filtered


def test_filter_offers_only_the_calendars_of_the_page(client, home, calendar):
    other = CalendarFactory(name="Ledenoverleg", slug="ledenoverleg")
    third = CalendarFactory(name="Scholing", slug="scholing")
    SessionFactory(calendar=calendar, title="Een training")
    SessionFactory(calendar=other, title="Een overleg")
    SessionFactory(calendar=third, title="Een scholing")
    page = add_agenda(home, slug="leren", calendars=[calendar, third])

    html = client.get(page.url).content.decode()
    tampered = client.get(page.url, {"soort": "ledenoverleg"}).content.decode()

    assert 'value="scholing"' in html and 'value="ledenoverleg"' not in html
    assert "Een training" in html and "Een scholing" in html
    assert "Een overleg" not in html
    assert "Een overleg" not in tampered  # an unknown choice shows the page's own


def test_pagination_shows_twenty_per_page(client, agenda, calendar):
    start = next_evening(days=2)
    for day in range(25):
        SessionFactory(
            calendar=calendar,
            title=f"Sessie nummer {day:02d}",
            start=start + timedelta(days=day),
        )

    first = client.get(agenda.url).content.decode()
    second = client.get(agenda.url, {"pagina": 2}).content.decode()

    assert first.count('<li class="agenda-item') == 20
    assert second.count('<li class="agenda-item') == 5
    assert "Sessie nummer 00" in first and "Sessie nummer 20" not in first
    assert "Sessie nummer 20" in second and "Sessie nummer 19" not in second
    assert "25 sessies" in first
    assert "pagina=2" in first and "Pagina 1 van 2" in first


def test_pagination_keeps_the_filter(client, agenda, calendar):
    for day in range(21):
        SessionFactory(calendar=calendar, start=next_evening(days=2 + day))

    html = client.get(agenda.url, {"soort": calendar.slug}).content.decode()

    assert f"?soort={calendar.slug}&amp;pagina=2" in html


def test_without_chosen_calendars_the_page_shows_every_calendar(client, home, session):
    page = add_agenda(home, slug="alles")

    html = client.get(page.url).content.decode()

    assert "Training gespreksvoering" in html  # the test calendar
    assert 'value="test-training"' in html
    assert 'value="intervisie"' in html  # the site's initial content


def test_empty_agenda_says_so(client, agenda):
    html = client.get(agenda.url).content.decode()

    assert "Er staan op dit moment geen sessies in de agenda." in html
    assert '<li class="agenda-item' not in html


def test_past_sessions_are_not_listed(client, agenda, calendar):
    SessionFactory(
        calendar=calendar, title="Van vorige week", start=next_evening(days=-7)
    )

    html = client.get(agenda.url).content.decode()

    assert "Van vorige week" not in html


def test_offers_the_calendar_feed(client, agenda, session):
    html = client.get(agenda.url).content.decode()

    assert "Zet deze agenda in uw eigen agenda" in html
    assert "http://testserver/sessies/feed/test-training.ics" in html


def test_the_editors_preview_renders_the_list(agenda, session):
    response = agenda.make_preview_request()

    assert response.status_code == 200
    assert "Training gespreksvoering" in response.content.decode()
