"""Fuzzing the calendar feeds below /sessies/: any calendar name or personal
feed token gives a feed or a "not found" page, never a server error."""

import pytest
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st
from schedule.models import Calendar

from scheduling.mailer import personal_feed

from . import strategies as fuzz
from .agenda import intervision_place
from .support import assert_safe_response, fuzz_settings, isolated_example, send

FEEDS = 80
EXAMPLES = FEEDS


@pytest.fixture
def feed_token(db):
    """The secret of the personal feed of someone with a place."""
    return personal_feed(intervision_place()).token


def feed_prefix(name):
    return reverse(f"scheduling:{name}", args=["x"]).removesuffix("x.ics")


@fuzz_settings(FEEDS)
@given(data=st.data(), method=st.sampled_from(["GET", "GET", "HEAD", "POST"]))
def test_any_feed_address(fuzz_client, feed_token, data, method):
    if data.draw(st.booleans(), label="personal"):
        prefix = feed_prefix("personal_feed")
        name = data.draw(st.one_of(fuzz.tampered(feed_token), fuzz.path_text()))
    else:
        prefix = feed_prefix("calendar_feed")
        slugs = list(Calendar.objects.values_list("slug", flat=True))
        name = data.draw(st.one_of(st.sampled_from(slugs), fuzz.path_text()))
    with isolated_example():
        response = assert_safe_response(
            send(fuzz_client, method, f"{prefix}{name}.ics")
        )
        if response.status_code == 200:
            assert response["Content-Type"].startswith("text/calendar")
