"""/.well-known/security.txt tells a finder of a weakness where to report it."""

from datetime import UTC, datetime, timedelta

import pytest

from home.models import ContactSettings

pytestmark = pytest.mark.django_db


def fields(response):
    lines = response.content.decode().splitlines()
    return dict(line.split(": ", 1) for line in lines if line)


def test_names_the_oco_address_until_a_security_address_is_set(client, site):
    contact = ContactSettings.for_site(site)
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert fields(response)["Contact"] == f"mailto:{contact.oco_email}"

    contact.security_email = "meldingen@example.org"
    contact.save()
    assert fields(client.get("/.well-known/security.txt"))["Contact"] == (
        "mailto:meldingen@example.org"
    )


def test_expires_within_a_year_and_points_to_itself(client):
    values = fields(client.get("/.well-known/security.txt"))
    expires = datetime.strptime(values["Expires"], "%Y-%m-%dT%H:%M:%SZ")
    ahead = expires.replace(tzinfo=UTC) - datetime.now(UTC)
    assert timedelta(days=90) < ahead < timedelta(days=365)
    assert values["Canonical"] == "http://testserver/.well-known/security.txt"
    assert values["Preferred-Languages"] == "nl, en"


def test_refuses_anything_but_reading(client):
    assert client.post("/.well-known/security.txt").status_code == 405
