"""The contribute link: a case or an agenda item, brought in before a session."""

import pytest
from django.urls import reverse

from scheduling import booking, tokens
from scheduling.factories import SessionFactory
from scheduling.forms import MAX_CONTRIBUTIONS
from scheduling.models import Contribution, Registration
from scheduling.occurrences import find_slot


def contribute_url(registration):
    return reverse(
        "scheduling:contribute", args=[tokens.make(registration, tokens.CONTRIBUTE)]
    )


def _registration(calendar, kind, *, capacity=5, email="cas@example.org"):
    session = SessionFactory(
        calendar=calendar, contribution_kind=kind, capacity=capacity
    )
    slot = find_slot(session, session.start)
    return booking.register(slot, name="Cas Casus", email=email)


@pytest.fixture
def case_registration(calendar):
    return _registration(calendar, "case")


CASE = {
    "subject": "Een cliënt die alles aan mij overlaat",
    "details": "Hoe zorg ik dat ik niet alles overneem?",
}


def test_case_form_reminds_to_keep_the_resident_unrecognisable(
    client, case_registration
):
    html = client.get(contribute_url(case_registration)).content.decode()

    assert "De situatie in het kort" in html
    assert "Uw vraag over uw eigen rol" in html
    assert "Laat namen, adressen, geboortedata" in html
    assert 'maxlength="3000"' in html


def test_a_case_is_saved_and_shown(client, case_registration):
    url = contribute_url(case_registration)

    response = client.post(url, CASE)
    page = client.get(url).content.decode()

    assert response.status_code == 302 and response["Location"] == url
    contribution = Contribution.objects.get(registration=case_registration)
    assert contribution.kind == "case"
    assert contribution.subject == CASE["subject"]
    assert "Uw inbreng is opgeslagen" in page
    assert "Een cliënt die alles aan mij overlaat" in page


def test_agenda_item_has_its_own_labels(client, calendar):
    registration = _registration(calendar, "agenda_item")

    html = client.get(contribute_url(registration)).content.decode()
    client.post(contribute_url(registration), {"subject": "Vervoer", "details": "X"})

    assert "Onderwerp" in html and "Toelichting: wat speelt er in uw groep?" in html
    assert "De situatie in het kort" not in html
    assert Contribution.objects.get(registration=registration).kind == "agenda_item"


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({**CASE, "details": "x" * 3001}, "details", "De toelichting is te lang"),
        ({**CASE, "subject": "x" * 201}, "subject", "Het onderwerp is te lang"),
        ({**CASE, "subject": ""}, "subject", "Vul dit veld in."),
    ],
)
def test_invalid_text_is_refused_with_a_dutch_message(
    client, case_registration, data, field, message
):
    response = client.post(contribute_url(case_registration), data)

    html = response.content.decode()
    assert response.status_code == 200
    assert message in html and f'<a href="#id_{field}">' in html
    assert not case_registration.contributions.exists()


def test_at_most_five_contributions(client, case_registration):
    for number in range(MAX_CONTRIBUTIONS):
        Contribution.objects.create(
            registration=case_registration,
            kind="case",
            subject=f"Casus {number}",
            details="...",
        )

    page = client.get(contribute_url(case_registration)).content.decode()
    response = client.post(contribute_url(case_registration), CASE)

    assert 'name="subject"' not in page and "meer kan niet" in page
    assert response.status_code == 200 and "meer kan niet" in response.content.decode()
    assert case_registration.contributions.count() == MAX_CONTRIBUTIONS


def test_session_without_contribution_kind_is_refused(client, slot):
    registration = booking.register(slot, name="Geen", email="geen@example.org")

    get = client.get(contribute_url(registration))
    post = client.post(contribute_url(registration), CASE)

    assert "hoeft u niets in te brengen" in get.content.decode()
    assert 'name="subject"' not in get.content.decode()
    assert post.status_code == 200
    assert not registration.contributions.exists()


def test_cancelled_or_waiting_registration_cannot_contribute(client, calendar):
    waiting_session = SessionFactory(calendar=calendar, contribution_kind="case")
    slot = find_slot(waiting_session, waiting_session.start)
    for number in range(waiting_session.capacity):
        booking.register(slot, name=f"Vol {number}", email=f"v{number}@example.org")
    waiting = booking.register(slot, name="Wacht", email="wacht@example.org")
    cancelled = _registration(calendar, "case", email="weg@example.org")
    booking.cancel(cancelled)
    assert waiting.status == Registration.Status.WAITING

    on_list = client.post(contribute_url(waiting), CASE).content.decode()
    gone = client.post(contribute_url(cancelled), CASE).content.decode()

    assert "U staat nog op de wachtlijst" in on_list
    assert "U bent afgemeld voor deze sessie" in gone
    assert not Contribution.objects.filter(
        registration__in=[waiting, cancelled]
    ).exists()


def test_forged_contribute_link_is_a_400(client, db):
    response = client.get(reverse("scheduling:contribute", args=["geen-echte-link"]))

    assert response.status_code == 400
    assert "Deze link klopt niet" in response.content.decode()
