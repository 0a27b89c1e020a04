"""Asking for links is limited: at most three mails an hour per address and
ten requests an hour per IP address, counted under keyed hashes. The answer
never tells whether an address belongs to a member."""

import pytest
from django.core import mail
from django.core.cache import cache

from pool import declaration_limits

from .declaration_page import PAGE_URL, error_summary, without_nonce

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("declaration_cache")]


def test_an_address_gets_at_most_three_links_an_hour(ask_link, declarant):
    answers = [ask_link(declarant.email) for _ in range(4)]
    assert len(mail.outbox) == 3
    # The fourth gets the same answer as the first, just no mail.
    assert without_nonce(answers[3]) == without_nonce(answers[0])
    assert answers[3].status_code == 200


def test_other_addresses_still_get_their_link(ask_link, declarant):
    for _ in range(3):
        ask_link("niemand@example.org")
    ask_link(declarant.email)
    assert [message.to for message in mail.outbox] == [[declarant.email]]


def test_an_ip_address_may_ask_ten_times_an_hour(client, ask_link, declarant):
    for number in range(10):
        ask_link(f"iemand{number}@example.org")
    response = ask_link(declarant.email, follow=False)
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert "Probeer het over een uur nog eens" in error_summary(response)
    assert mail.outbox == []
    # Another address (network) is not held back.
    other = client.post(PAGE_URL, {"email": declarant.email}, REMOTE_ADDR="192.0.2.77")
    assert other.status_code == 302


def test_the_counts_are_kept_under_hashes_not_addresses(ask_link, declarant):
    ask_link(declarant.email, follow=False)
    keys = list(cache._cache.keys())
    assert keys
    assert not any("dirk" in key or "127.0.0.1" in key for key in keys)
    assert cache.get(declaration_limits.address_key("DIRK@example.org ")) == 1
