from scheduling import booking
from scheduling.models import Registration


def test_a_registration_on_the_fixture_session_is_confirmed(slot):
    registration = booking.register(
        slot, name="Fenna Fixture", email="fenna@example.org"
    )
    assert registration.status == Registration.Status.CONFIRMED
