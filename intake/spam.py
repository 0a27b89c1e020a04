"""Keeping robots and floods out of the request form, without a third-party
captcha: a honeypot field, a minimum fill time and a rate limit per address.

The address is only used as a hashed key in the cache: it is never logged
and never stored with the request."""

import hashlib
import hmac
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

HONEYPOT_FIELD = "homepage"
TIMESTAMP_FIELD = "started"
SIGNING_SALT = "intake.request-form.started"
RATE_KEY_PREFIX = "intake:rate:"

# Outcomes of check_fill_time.
MISSING, FORGED, TOO_FAST = "missing", "forged", "too_fast"
HONEYPOT = "honeypot"


class SpamFieldsMixin(forms.Form):
    """The honeypot and the signed start time, added to a form. The template
    renders them itself (intake/includes/spam_fields.html)."""

    homepage = forms.CharField(
        label=_("Laat dit veld leeg"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
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
        if self.spam_outcome in (MISSING, FORGED):
            # A fresh start time, so that a person sent back can try again.
            self.data = self.data.copy()
            self.data[TIMESTAMP_FIELD] = new_timestamp()
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
    """The moment the form was shown, signed so it cannot be made up."""
    return signing.dumps(
        int(now if now is not None else time.time()), salt=SIGNING_SALT
    )


def check_fill_time(value: str, now: float | None = None) -> str | None:
    """MISSING, FORGED or TOO_FAST when the form came back suspiciously, or None."""
    if not value:
        return MISSING
    try:
        started = signing.loads(value, salt=SIGNING_SALT)
    except signing.BadSignature:
        return FORGED
    if not isinstance(started, int):
        return FORGED
    elapsed = (now if now is not None else time.time()) - started
    if elapsed < int(getattr(settings, "INTAKE_MIN_FILL_SECONDS", 5)):
        return TOO_FAST
    return None


# Rate limit


def client_address(request) -> str:
    """The visitor's address. Behind INTAKE_TRUSTED_PROXIES reverse proxies,
    the one that the outermost trusted proxy saw."""
    proxies = int(getattr(settings, "INTAKE_TRUSTED_PROXIES", 0))
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


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
    return int(cache.get(rate_key(request), 0)) >= limit


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
