"""A valid request: saved once, thanked with its reference, and mailed to the
resident and the coordinators without personal data in what others see."""

import re
import threading

import pytest
from django.test import Client

from intake import notifications, spam
from intake.models import Request, RequestMail, RequestPage
from intake.views import SESSION_KEY

from .test_form_data import VALID, form_url, soup, submit, valid_data

pytestmark = pytest.mark.django_db

REFERENCE = re.compile(r"^[A-Z0-9]{4}-[A-Z0-9]{4}$")
PERSONAL = [VALID["name"], "Fenna", "Verzonnen", "23456789", VALID["email"], "1315"]


@pytest.fixture
def sent(client, coordinator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client)
    return response


def test_a_valid_request_is_saved_from_the_web_form(sent):
    request_obj = Request.objects.get()
    assert request_obj.name == VALID["name"]
    assert request_obj.postcode == "1315 AB"
    assert request_obj.domains == ["wmo"]
    assert request_obj.consent is True
    assert request_obj.from_web_form is True
    assert request_obj.status == "new"


def test_the_reference_is_readable_and_not_the_database_id(sent):
    request_obj = Request.objects.get()
    assert REFERENCE.match(request_obj.reference)
    assert request_obj.reference.replace("-", "").lstrip("0") != str(request_obj.pk)


def test_post_redirects_to_the_thank_you_page_without_the_reference(sent, client):
    request_obj = Request.objects.get()
    assert sent.status_code == 302
    assert sent["Location"] == form_url() + "bedankt/"
    assert request_obj.reference not in sent["Location"]
    assert client.session[SESSION_KEY]["reference"] == request_obj.reference


def test_the_thank_you_page_shows_title_reference_and_text(sent, client):
    page = RequestPage.objects.get()
    response = client.get(sent["Location"])
    html = response.content.decode()
    assert response.status_code == 200
    assert page.thank_you_title in html
    assert f"<strong>{Request.objects.get().reference}</strong>" in html
    assert "Wat gebeurt er nu?" in html
    assert "no-cache" in response["Cache-Control"]


def test_the_resident_gets_a_confirmation_and_the_coordinators_a_notice(
    sent, coordinator, mailoutbox
):
    reference = Request.objects.get().reference
    confirmation, notice = sorted(
        mailoutbox, key=lambda mail: mail.to != [VALID["email"]]
    )
    assert confirmation.to == [VALID["email"]]
    assert reference in confirmation.subject and reference in confirmation.body
    assert notice.to == [coordinator.email]
    assert reference in notice.body
    assert "/admin/" in notice.body
    assert RequestMail.objects.filter(status="sent").count() == 2


def test_no_personal_data_in_the_notice_or_in_any_subject(sent, mailoutbox):
    notice = next(mail for mail in mailoutbox if mail.to != [VALID["email"]])
    for text in PERSONAL:
        assert text not in notice.body
        assert text not in notice.subject
        for mail in mailoutbox:
            assert text not in mail.subject
    confirmation = next(mail for mail in mailoutbox if mail.to == [VALID["email"]])
    assert VALID["name"] not in confirmation.body


def test_without_email_only_the_coordinators_are_told(
    client, coordinator, django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, email="", contact_way="phone")
    assert [mail.to for mail in mailoutbox] == [[coordinator.email]]


def test_someone_else_may_ask_with_that_persons_consent(client):
    response = submit(
        client,
        submitted_by="relative",
        requester_name="Bram Buurman",
        on_behalf_consent="on",
    )
    assert response.status_code == 302
    request_obj = Request.objects.get()
    assert request_obj.submitted_by == "relative"
    assert request_obj.requester_name == "Bram Buurman"
    assert request_obj.on_behalf_consent is True


def test_optional_wishes_and_details_are_stored(client):
    submit(
        client,
        conversation_date="",
        wish_language="Turks",
        wish_lived_experience=["autisme", "mantelzorg"],
        remarks="Ik hoor slecht; liever mailen.",
        referral="care",
    )
    request_obj = Request.objects.get()
    assert request_obj.wish_language == "Turks"
    assert request_obj.wish_lived_experience == ["autisme", "mantelzorg"]
    assert request_obj.referral == "care"


# One request per shown form: a double click or the browser's resend


def test_the_same_form_sent_twice_saves_one_request_and_one_confirmation(
    client, coordinator, django_capture_on_commit_callbacks, mailoutbox
):
    data = valid_data()
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(form_url(), data)
        second = client.post(form_url(), data)
    request_obj = Request.objects.get()
    assert first.status_code == second.status_code == 302
    assert second["Location"] == first["Location"] == form_url() + "bedankt/"
    assert client.session[SESSION_KEY]["reference"] == request_obj.reference
    assert [mail.to for mail in mailoutbox].count([VALID["email"]]) == 1
    assert RequestMail.objects.filter(purpose="confirmation").count() == 1
    thanks = client.get(second["Location"]).content.decode()
    assert f"<strong>{request_obj.reference}</strong>" in thanks


def test_a_resend_in_a_new_session_shows_the_first_reference(client):
    data = valid_data()
    client.post(form_url(), data)
    reference = Request.objects.get().reference
    other = Client()  # the session ended, the browser still has the form
    response = other.post(form_url(), data)
    assert response.status_code == 302
    assert Request.objects.count() == 1
    assert other.session[SESSION_KEY]["reference"] == reference


def test_a_resend_with_other_answers_saves_nothing_new(client):
    data = valid_data()
    client.post(form_url(), data)
    response = client.post(form_url(), {**data, "name": "Gerrit Tweedekeer"})
    assert response.status_code == 302
    assert Request.objects.count() == 1


def test_a_post_while_the_first_is_being_saved_saves_nothing(client, settings):
    settings.INTAKE_DUPLICATE_WAIT_SECONDS = 0
    data = valid_data()
    assert spam.claim_token(data[spam.TIMESTAMP_FIELD])  # the first, still busy
    response = client.post(form_url(), data)
    assert response.status_code == 200
    assert "al verstuurd" in soup(response).h1.get_text()
    assert not Request.objects.exists()


def test_of_two_simultaneous_posts_only_the_one_with_the_claim_saves(
    client, settings, monkeypatch
):
    """The other post claims the token after this one checked it, while this
    one is being validated: this one must not save."""
    settings.INTAKE_DUPLICATE_WAIT_SECONDS = 0
    data = valid_data()
    is_rate_limited = spam.is_rate_limited

    def other_post_claims_meanwhile(request):
        assert spam.claim_token(data[spam.TIMESTAMP_FIELD])
        return is_rate_limited(request)

    monkeypatch.setattr(spam, "is_rate_limited", other_post_claims_meanwhile)
    response = client.post(form_url(), data)
    assert response.status_code == 200
    assert "al verstuurd" in soup(response).h1.get_text()
    assert not Request.objects.exists()


def test_a_waiting_post_gets_the_first_reference_once_it_is_known(client):
    data = valid_data()
    token = data[spam.TIMESTAMP_FIELD]
    assert spam.claim_token(token)
    first = {"reference": "KMQT-7XPA", "email": True}
    timer = threading.Timer(0.3, spam.remember_token, args=(token, first))
    timer.start()
    try:
        response = client.post(form_url(), data)
    finally:
        timer.join()
    assert response.status_code == 302
    assert response["Location"] == form_url() + "bedankt/"
    assert client.session[SESSION_KEY]["reference"] == "KMQT-7XPA"
    assert not Request.objects.exists()


def test_a_failed_save_frees_the_form_to_be_sent_again(client, monkeypatch):
    data = valid_data()

    def broken(request_obj):
        raise RuntimeError("database gone")

    monkeypatch.setattr(notifications, "request_received", broken)
    with pytest.raises(RuntimeError):
        client.post(form_url(), data)
    assert not Request.objects.exists()
    monkeypatch.undo()
    assert client.post(form_url(), data).status_code == 302
    assert Request.objects.count() == 1


def test_two_forms_shown_in_the_same_second_get_different_tokens():
    assert spam.new_timestamp(1_800_000_000) != spam.new_timestamp(1_800_000_000)
