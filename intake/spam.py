"""Keeping robots and floods out of the request form, without a third-party
captcha: a honeypot field, a minimum fill time and a rate limit per address.

The signed start time is also the form's one-time token: it is valid for
INTAKE_FORM_MAX_AGE seconds and, once a request was saved with it, remembered
in the cache with that request's reference, so that sending the same form
twice (a double click, the browser's resend) saves one request.

The address is only used as a hashed key in the cache: it is never logged
and never stored with the request."""

import hashlib
import hmac
import time

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from home import spam as home_spam
from home.spam import EXPIRED, FORGED, HONEYPOT, MISSING, TOO_FAST, HoneypotInput
from home.visitors import client_address

HONEYPOT_FIELD = "homepage"
TIMESTAMP_FIELD = "started"
SIGNING_SALT = "intake.request-form.started"
RATE_KEY_PREFIX = "intake:rate:"
TOKEN_KEY_PREFIX = "intake:token:"
# A claimed token whose request is still being saved.
PENDING = "pending"


class SpamFieldsMixin(forms.Form):
    """The honeypot and the signed start time, added to a form; the template
    renders both (intake/includes/spam_fields.html), hidden from people."""

    homepage = forms.CharField(
        label=_("Laat dit veld leeg. Het helpt ons om spam tegen te houden."),
        required=False,
        widget=HoneypotInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    started = forms.CharField(required=False, widget=forms.HiddenInput)

    spam_outcome = None

    def check_spam(self) -> None:
        """Call from clean(): a form error when the submission looks like a
        robot's. Sets spam_outcome to HONEYPOT or check_fill_time's outcome."""
        if self.data.get(HONEYPOT_FIELD, "").strip():
            self.spam_outcome = HONEYPOT
        else:
            self.spam_outcome = check_fill_time(self.data.get(TIMESTAMP_FIELD, ""))
        if self.spam_outcome in (MISSING, FORGED, EXPIRED):
            # A fresh start time, so that a person sent back can try again.
            self.data = self.data.copy()
            self.data[TIMESTAMP_FIELD] = new_timestamp()
        if self.spam_outcome == EXPIRED:
            raise forms.ValidationError(
                _(
                    "Het formulier stond lang open. Daarom is uw aanvraag nog niet "
                    "verstuurd. Wat u had ingevuld, staat er nog. Controleer of "
                    "alles klopt en klik dan nog een keer op 'Aanvraag versturen'."
                ),
                code=EXPIRED,
            )
        if self.spam_outcome == TOO_FAST:
            raise forms.ValidationError(
                _(
                    "Uw aanvraag is nog niet verstuurd. Controleer of alles klopt en "
                    "klik dan nog een keer op 'Aanvraag versturen'."
                ),
                code=TOO_FAST,
            )
        if self.spam_outcome:
            # Neutral: it does not tell a robot what gave it away.
            raise forms.ValidationError(
                _(
                    "Uw aanvraag is niet verstuurd. Controleer het formulier en "
                    "verstuur het opnieuw. Lukt het niet? Bel ons dan."
                ),
                code="blocked",
            )


def new_timestamp(now: float | None = None) -> str:
    """The moment the form was shown, signed so it cannot be made up, with a
    random part so that no two shown forms share a token."""
    return home_spam.new_timestamp(SIGNING_SALT, now)


def max_age() -> int:
    """How long a shown form may be sent, in seconds."""
    return int(getattr(settings, "INTAKE_FORM_MAX_AGE", 24 * 3600))


def check_fill_time(value: str, now: float | None = None) -> str | None:
    """MISSING, FORGED, TOO_FAST or EXPIRED when the form came back
    suspiciously or too late, or None."""
    return home_spam.check_fill_time(
        value,
        SIGNING_SALT,
        min_seconds=int(getattr(settings, "INTAKE_MIN_FILL_SECONDS", 5)),
        max_age=max_age(),
        now=now,
    )


# One request per shown form


def token_key(token: str) -> str:
    digest = hashlib.sha256(token.encode()).hexdigest()
    return TOKEN_KEY_PREFIX + digest


def claim_token(token: str) -> bool:
    """Claim the form's token before saving its request: True for the first
    submission only, also when two arrive at the same moment."""
    # The claim outlives the token itself, so a token is never used twice.
    # None: the shared cache did not answer (cms/settings/shared_cache.py);
    # the request is then saved rather than lost.
    return cache.add(token_key(token), PENDING, timeout=max_age()) is not False


def release_token(token: str) -> None:
    """Give up a claim when the request could not be saved."""
    cache.delete(token_key(token))


def remember_token(token: str, submitted: dict) -> None:
    """Keep what the thank-you page needs with the claimed token."""
    cache.set(token_key(token), submitted, timeout=max_age())


def token_use(token: str):
    """None when no request was sent with this token; PENDING while its
    request is being saved; then the dict given to remember_token."""
    if not token:
        return None
    return cache.get(token_key(token))


def wait_for_token(token: str) -> dict | None:
    """The saved request's data for this token, waiting a moment while the
    first submission is still being saved; None if it does not come."""
    deadline = time.monotonic() + float(
        getattr(settings, "INTAKE_DUPLICATE_WAIT_SECONDS", 3)
    )
    while True:
        used = token_use(token)
        if isinstance(used, dict):
            return used
        if used is None or time.monotonic() >= deadline:
            return None
        time.sleep(0.1)


# Rate limit


def rate_key(request) -> str:
    digest = hmac.new(
        settings.SECRET_KEY.encode(),
        client_address(request).encode(),
        hashlib.sha256,
    ).hexdigest()
    return RATE_KEY_PREFIX + digest


def rate_limit() -> tuple[int, int]:
    config = getattr(settings, "INTAKE_RATE_LIMIT", {})
    return int(config.get("requests", 5)), int(config.get("seconds", 3600))


def is_rate_limited(request) -> bool:
    """True when this address already sent the maximum number of requests."""
    limit, _seconds = rate_limit()
    # None when the shared cache does not answer: nothing counted.
    return int(cache.get(rate_key(request)) or 0) >= limit


def count_submission(request) -> None:
    """Count a saved request; the count ends a period after the first one."""
    key = rate_key(request)
    _limit, seconds = rate_limit()
    cache.add(key, 0, timeout=seconds)
    try:
        cache.incr(key)
    except ValueError:
        # Expired between add and incr: start again.
        cache.set(key, 1, timeout=seconds)


def retry_after() -> int:
    return rate_limit()[1]
