from django import forms
from django.contrib.auth import authenticate
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from django_otp.forms import OTPAuthenticationFormMixin
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from .two_factor import devices_for_code, normalise_code


class LoginForm(WagtailLoginForm):
    """Wagtail's sign-in form without "Remember me": a session always ends
    when the browser closes."""

    remember = None

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        # Wagtail's field has no label, so Django shows its name in English.
        self.fields["password"].label = _("Wachtwoord")


class TokenForm(OTPAuthenticationFormMixin, forms.Form):
    """The code step: a code from the app or one recovery code. django-otp
    slows down guessing (each wrong code doubles the wait) and refuses a code
    that was used before."""

    otp_token = forms.CharField(
        label=_("Code"),
        max_length=64,
        help_text=_(
            "De code van 6 cijfers in uw authenticator-app, of een van uw herstelcodes."
        ),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autofocus": "autofocus"}
        ),
        error_messages={"required": _("Vul de code in.")},
    )

    otp_error_messages = {
        **OTPAuthenticationFormMixin.otp_error_messages,
        "token_required": _("Vul de code in."),
        "invalid_token": _(
            "Deze code klopt niet. Vul de code in die de app nu laat zien, of "
            "een herstelcode die u nog niet heeft gebruikt."
        ),
        "n_failed_attempts": ngettext_lazy(
            "U heeft %(failure_count)d keer een verkeerde code ingevuld. Wacht "
            "even en probeer het dan opnieuw.",
            "U heeft %(failure_count)d keer een verkeerde code ingevuld. Wacht "
            "even en probeer het dan opnieuw.",
            "failure_count",
        ),
        "verification_not_allowed": _(
            "Inloggen met een code kan nu even niet. Probeer het straks opnieuw."
        ),
    }

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_otp_token(self):
        return normalise_code(self.cleaned_data["otp_token"])

    def clean(self):
        if self.errors:
            return self.cleaned_data
        self.user.otp_device = None
        error = None
        # Like django-otp's own form: a wrong code must count against the
        # device, so the error leaves the transaction instead of undoing it.
        with transaction.atomic():
            try:
                self.user.otp_device = self.verify(self.cleaned_data["otp_token"])
            except forms.ValidationError as refused:
                error = refused
        if error:
            raise error
        return self.cleaned_data

    def verify(self, token):
        """An app's code has six digits; anything else can only be a
        recovery code. Only devices of that kind are tried, so a mistyped
        app code does not slow down the recovery codes, or the other way."""
        error = forms.ValidationError(
            self.otp_error_messages["invalid_token"], code="invalid_token"
        )
        for device in devices_for_code(self.user, token):
            try:
                return self._verify_token(self.user, token, device)
            except forms.ValidationError as refused:
                error = refused
        raise error


class DeviceNameForm(forms.ModelForm):
    name = forms.CharField(
        label=_("Naam van de app of telefoon"),
        max_length=64,
        help_text=_("Zodat u hem later herkent, bijvoorbeeld 'Telefoon werk'."),
    )

    class Meta:
        model = TOTPDevice
        fields = ["name"]


class SetUpForm(DeviceNameForm):
    """Links an authenticator app: a code from it proves the scan worked,
    the password that the person at the screen is the account's owner."""

    otp_token = forms.CharField(
        label=_("Code uit de app"),
        max_length=16,
        help_text=_(
            "Na het scannen laat de app een code van 6 cijfers zien. Vul die hier in."
        ),
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}
        ),
    )
    password = forms.CharField(
        label=_("Uw wachtwoord"),
        help_text=_("Ter controle vragen we nog een keer uw wachtwoord."),
        widget=forms.PasswordInput(),
        strip=False,
    )

    def __init__(self, request, **kwargs):
        self.request = request
        super().__init__(**kwargs)

    def clean_otp_token(self):
        token = "".join(self.cleaned_data["otp_token"].split())
        if not self.instance.verify_token(token):
            raise forms.ValidationError(
                _(
                    "Deze code klopt niet. Vul de code in die de app nu laat zien "
                    "(hij verandert elke 30 seconden)."
                ),
                code="invalid",
            )
        return token

    def clean_password(self):
        user = self.request.user
        password = self.cleaned_data["password"]
        # Through authenticate(), so that wrong passwords count for the lock.
        if authenticate(self.request, username=user.get_username(), password=password):
            return password
        raise forms.ValidationError(_("Dit wachtwoord klopt niet."), code="invalid")

    def save(self, commit=True):
        self.instance.confirmed = True
        return super().save(commit=commit)
