"""Robots and floods, without a captcha: the honeypot, the minimum fill time
and the limit per address. A blocked person gets a polite Dutch message,
never a server error, and nothing is saved."""

import time

import pytest
from django.core import signing
from django.core.cache import cache
from django.test import override_settings

from intake import spam
from intake.forms import RequestForm
from intake.models import Request

from .test_form_data import VALID, form_url, soup, submit, valid_data

pytestmark = pytest.mark.django_db


def summary_text(response):
    return soup(response).find(class_="error-summary").get_text(" ", strip=True)


def test_the_honeypot_is_hidden_from_people(client):
    page = soup(client.get(form_url()))
    trap = page.find(id="id_homepage")
    assert trap["tabindex"] == "-1"
    assert trap["autocomplete"] == "off"
    assert trap.get("value", "") == ""
    wrapper = trap.find_parent("div")
    assert wrapper["aria-hidden"] == "true"
    assert "request-form__trap" in wrapper["class"]
    assert "leeg" in page.find("label", attrs={"for": "id_homepage"}).get_text()


def test_a_filled_honeypot_blocks_with_a_neutral_message(client):
    response = submit(client, homepage="https://spam.example.org")
    assert response.status_code == 200
    assert not Request.objects.exists()
    text = summary_text(response)
    assert "niet verstuurd" in text
    assert "robot" not in text and "spam" not in text
    # The values stay, the trap is empty again.
    page = soup(response)
    assert page.find(id="id_name")["value"] == VALID["name"]
    assert page.find(id="id_homepage").get("value", "") == ""


def test_sending_too_fast_asks_to_check_and_send_again(client):
    response = submit(client, started=spam.new_timestamp())
    assert response.status_code == 200
    assert not Request.objects.exists()
    assert "nog een keer" in summary_text(response)
    assert soup(response).find(id="id_name")["value"] == VALID["name"]


def test_after_waiting_the_same_form_goes_through(client):
    started = spam.new_timestamp()
    submit(client, started=started)
    with override_settings(INTAKE_MIN_FILL_SECONDS=0):
        assert submit(client, started=started).status_code == 302
    assert Request.objects.count() == 1


@pytest.mark.parametrize(
    "started",
    [
        None,
        "",
        "1700000000",
        signing.dumps(1700000000, salt="something-else"),
        signing.dumps({"started": "1700000000"}, salt=spam.SIGNING_SALT),
    ],
    ids=["missing", "empty", "unsigned", "signed for another purpose", "not a time"],
)
def test_a_missing_or_forged_start_time_blocks(client, started):
    response = submit(client, started=started)
    assert response.status_code == 200
    assert not Request.objects.exists()
    assert "niet verstuurd" in summary_text(response)
    # The form comes back with a genuine start time, so a person can go on.
    fresh = soup(response).find(attrs={"name": "started"})["value"]
    assert spam.check_fill_time(fresh, now=time.time() + 60) is None


def test_a_form_open_too_long_asks_to_send_again_and_saves_nothing(client):
    old = spam.new_timestamp(time.time() - 25 * 3600)
    response = submit(client, started=old)
    assert response.status_code == 200
    assert not Request.objects.exists()
    text = summary_text(response)
    assert "lang open" in text and "nog een keer" in text
    page = soup(response)
    assert page.find(id="id_name")["value"] == VALID["name"]
    # A fresh token, with which the same answers go through.
    fresh = page.find(attrs={"name": "started"})["value"]
    assert fresh != old
    assert spam.check_fill_time(fresh, now=time.time() + 60) is None
    with override_settings(INTAKE_MIN_FILL_SECONDS=0):
        assert submit(client, started=fresh).status_code == 302
    assert Request.objects.count() == 1


@override_settings(INTAKE_FORM_MAX_AGE=3600)
def test_the_token_is_valid_for_max_age_seconds():
    token = spam.new_timestamp(1_800_000_000)
    assert spam.check_fill_time(token, now=1_800_000_000 + 3600) is None
    assert spam.check_fill_time(token, now=1_800_000_000 + 3601) == spam.EXPIRED


def test_the_honeypot_is_the_forms_own_field(client):
    field = RequestForm().fields[spam.HONEYPOT_FIELD]
    page = soup(client.get(form_url()))
    label = page.find("label", attrs={"for": "id_homepage"})
    assert label.get_text(strip=True) == str(field.label)
    assert len(page.find_all(attrs={"name": spam.HONEYPOT_FIELD})) == 1


@override_settings(INTAKE_RATE_LIMIT={"requests": 3, "seconds": 600})
def test_the_rate_limit_blocks_the_next_request_with_429(client):
    for _ in range(3):
        assert submit(client).status_code == 302
    response = submit(client)
    assert response.status_code == 429
    assert response["Retry-After"] == "600"
    assert Request.objects.count() == 3
    # The form again, with what was typed and the message first in the summary.
    page = soup(response)
    assert page.find("form", class_="request-form") is not None
    assert page.find(id="id_name")["value"] == VALID["name"]
    assert page.find(id="id_email")["value"] == VALID["email"]
    summary = page.find(class_="error-summary")
    first = summary.find("li").get_text(" ", strip=True)
    assert "Probeer het later nog eens" in first
    assert "(036) 200 21 58" in summary.get_text()
    assert summary.find("a", href="tel:+31362002158") is not None
    assert page.title.get_text().startswith("Fout: ")


@override_settings(INTAKE_RATE_LIMIT={"requests": 1, "seconds": 600})
def test_a_rate_limited_invalid_form_shows_the_limit_first(client):
    assert submit(client).status_code == 302
    response = submit(client, consent=None)
    assert response.status_code == 429
    assert Request.objects.count() == 1
    items = soup(response).find(class_="error-summary").find_all("li")
    assert "Probeer het later nog eens" in items[0].get_text()
    assert len(items) > 1


@override_settings(INTAKE_RATE_LIMIT={"requests": 1, "seconds": 600})
def test_the_rate_limit_counts_per_address(client):
    assert submit(client).status_code == 302
    assert submit(client).status_code == 429
    other = client.post(form_url(), valid_data(), REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 302
    assert Request.objects.count() == 2


@override_settings(INTAKE_RATE_LIMIT={"requests": 2, "seconds": 600})
def test_invalid_submissions_do_not_count(client):
    for _ in range(3):
        submit(client, consent=None)
    assert submit(client).status_code == 302


def test_the_address_is_only_kept_hashed(client):
    submit(client)
    keys = list(cache._cache.keys())  # the local memory cache of the tests
    assert keys and all("127.0.0.1" not in key for key in keys)
    assert any(spam.RATE_KEY_PREFIX in key for key in keys)


@override_settings(INTAKE_TRUSTED_PROXIES=1)
def test_behind_a_proxy_the_forwarded_address_counts(rf):
    request = rf.post("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.4")
    assert spam.client_address(request) == "198.51.100.4"
