"""The agenda of the initial content, for the fuzz tests of registering,
cancelling and bringing something in: its page, an upcoming training open to
every OCO, and a place at an intervision session that asks for a case."""

from cms.agenda_content import AFTERNOON, BASIC
from scheduling import booking
from scheduling.models import AgendaPage, Registration, Session
from scheduling.occurrences import find_slot


def agenda_page():
    return AgendaPage.objects.live().get()


def open_slot(title=BASIC):
    """The first date of a session (the basic training), some days ahead and
    open."""
    session = Session.objects.get(title=title)
    slot = find_slot(session, session.start)
    assert slot.registration_closed_reason() is None
    return slot


def intervision_place(name="Cas Casus", email="cas.casus@example.org"):
    """A confirmed registration for an intervision session, which may bring
    in a case."""
    registration = booking.register(
        open_slot(AFTERNOON), name=name, email=email, notify=False
    )
    assert registration.status == Registration.Status.CONFIRMED
    return registration


def detail_path(page, slot, route="detail"):
    return page.subpage_url(page.url, route, slot)
