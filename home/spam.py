"""Keeping robots out of the site's public forms without a third-party
captcha: a honeypot field that people never see, and a signed start time that
refuses a form sent faster than a person can fill it in.

The two fields have names that Wagtail's form builder can never give a field
of its own (its names are lower case with underscores), so an editor's question
never clashes with them."""

import secrets
import time

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

HONEYPOT_FIELD = "your-website"
TIMESTAMP_FIELD = "form-started"
SPAM_FIELDS = (HONEYPOT_FIELD, TIMESTAMP_FIELD)
DEFAULT_MIN_SECONDS = 5
DEFAULT_MAX_AGE = 24 * 3600

# Outcomes of check_fill_time, and of a filled honeypot.
MISSING, FORGED, TOO_FAST, EXPIRED = "missing", "forged", "too_fast", "expired"
HONEYPOT = "honeypot"


class HoneypotInput(forms.TextInput):
    """Never shows what was typed: after a refusal the trap is empty again."""

    def format_value(self, value):
        return None


def new_timestamp(salt: str, now: float | None = None) -> str:
    """The moment the form was shown, signed so it cannot be made up."""
    return signing.dumps(
        {
            "started": int(now if now is not None else time.time()),
            "nonce": secrets.token_urlsafe(8),
        },
        salt=salt,
    )


def check_fill_time(
    value: str,
    salt: str,
    min_seconds: int = DEFAULT_MIN_SECONDS,
    max_age: int = DEFAULT_MAX_AGE,
    now: float | None = None,
) -> str | None:
    """MISSING, FORGED, TOO_FAST or EXPIRED when the form came back
    suspiciously or too late, or None."""
    if not value:
        return MISSING
    try:
        payload = signing.loads(value, salt=salt)
    except signing.BadSignature:
        return FORGED
    started = payload.get("started") if isinstance(payload, dict) else None
    if not isinstance(started, int) or isinstance(started, bool):
        return FORGED
    elapsed = (now if now is not None else time.time()) - started
    if elapsed < min_seconds:
        return TOO_FAST
    if elapsed > max_age:
        return EXPIRED
    return None


class SpamProtectedForm(forms.Form):
    """Adds the honeypot and the start time to a form. Subclasses set
    ``spam_salt`` and the messages; the template renders ``honeypot_field``
    hidden from people, and the start time with the other hidden fields.
    Neither field ends up in ``cleaned_data``."""

    spam_salt = "home.form.started"
    min_fill_seconds = DEFAULT_MIN_SECONDS
    max_age = DEFAULT_MAX_AGE
    too_fast_message = _(
        "Het formulier is nog niet verstuurd. Controleer of alles klopt en "
        "verstuur het dan nog een keer."
    )
    expired_message = _(
        "Het formulier stond lang open. Daarom is het nog niet verstuurd. Wat u "
        "had ingevuld, staat er nog. Controleer of alles klopt en verstuur het "
        "dan nog een keer."
    )
    # Neutral: it does not tell a robot what gave it away.
    blocked_message = _(
        "Het formulier is niet verstuurd. Controleer het formulier en verstuur "
        "het opnieuw."
    )

    spam_outcome = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Laat dit veld leeg. Het helpt ons om spam tegen te houden."),
            required=False,
            widget=HoneypotInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )
        self.fields[TIMESTAMP_FIELD] = forms.CharField(
            required=False, widget=forms.HiddenInput
        )
        if not self.is_bound:
            self.initial[TIMESTAMP_FIELD] = new_timestamp(self.spam_salt)

    @property
    def honeypot_field(self):
        return self[HONEYPOT_FIELD]

    def clean(self):
        cleaned_data = super().clean()
        for name in SPAM_FIELDS:
            cleaned_data.pop(name, None)
        self.check_spam()
        return cleaned_data

    def check_spam(self) -> None:
        if self.data.get(HONEYPOT_FIELD, "").strip():
            self.spam_outcome = HONEYPOT
        else:
            self.spam_outcome = check_fill_time(
                self.data.get(TIMESTAMP_FIELD, ""),
                self.spam_salt,
                self.min_fill_seconds,
                self.max_age,
            )
        if self.spam_outcome in (MISSING, FORGED, EXPIRED):
            # A fresh start time, so that a person sent back can try again.
            self.data = self.data.copy()
            self.data[TIMESTAMP_FIELD] = new_timestamp(self.spam_salt)
        if self.spam_outcome == EXPIRED:
            raise forms.ValidationError(self.expired_message, code=EXPIRED)
        if self.spam_outcome == TOO_FAST:
            raise forms.ValidationError(self.too_fast_message, code=TOO_FAST)
        if self.spam_outcome:
            raise forms.ValidationError(self.blocked_message, code="blocked")
