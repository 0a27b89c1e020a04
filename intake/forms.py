"""The public request form: fixed questions in plain Dutch, one per label,
with a hint where it helps and a Dutch message for every check.

The page ties hints and errors to the inputs (aria-describedby, see
intake.views) and lists every error in a summary above the form."""

import unicodedata

from django import forms
from django.conf import settings
from django.utils.html import format_html
from django.utils.text import format_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from pool.choices import LIVED_EXPERIENCE
from pool.validators import validate_dutch_phone

from . import validators
from .choices import (
    REQUEST_DOMAINS,
    SUBMITTED_BY_FORM_CHOICES,
    ContactTime,
    ContactWay,
    Referral,
    SubmittedBy,
)
from .models import Request
from .models.requests import REMARKS_MAX_LENGTH, SUBJECT_MAX_LENGTH
from .spam import SpamFieldsMixin

# Bidirectional overrides can make text read differently from what it holds.
BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
DATE_FORMATS = ["%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%d %m %Y", "%Y-%m-%d"]
TOO_LONG = _(
    "Deze tekst is te lang: gebruik niet meer dan %(limit_value)d tekens "
    "(nu %(show_value)d)."
)
CHOOSE = _("Kies een van de mogelijkheden.")
# The questions by section of the page, each declared on RequestForm.
SECTIONS = {
    "who": ["submitted_by", "requester_name", "on_behalf_consent"],
    "contact": ["name", "phone", "email", "contact_way", "contact_time", "postcode"],
    "question": ["domains", "conversation_subject", "agency", "conversation_date"],
    "wishes": ["wish_language", "wish_lived_experience", "no_preference"],
    "last": ["remarks", "referral", "consent"],
}
QUESTIONS = [name for names in SECTIONS.values() for name in names]


def clean_text(value: str, multiline: bool = False) -> str:
    """Without control characters; on one line unless multiline, then with
    plain line breaks (so that the browser and the server count alike)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = "".join(
        char
        for char in value
        if char not in BIDI_CONTROLS
        and (char in "\n\t" or unicodedata.category(char) != "Cc")
    )
    return value.strip() if multiline else " ".join(value.split())


def resident_language() -> str:
    """The language the form is shown in, one of the site's languages."""
    codes = [code for code, _name in settings.LANGUAGES]
    language = (get_language() or "").split("-")[0]
    return language if language in codes else settings.LANGUAGE_CODE


class PlainTextField(forms.CharField):
    def __init__(self, *args, multiline=False, error_messages=None, **kwargs):
        self.multiline = multiline
        kwargs.setdefault("required", False)
        messages = {"max_length": TOO_LONG, **(error_messages or {})}
        super().__init__(*args, error_messages=messages, **kwargs)

    def to_python(self, value):
        return clean_text(super().to_python(value), self.multiline)


def text(label, help_text="", max_length=None, multiline=False, **kwargs):
    kwargs.setdefault(
        "widget", forms.Textarea(attrs={"rows": 5}) if multiline else forms.TextInput
    )
    return PlainTextField(
        label=label,
        help_text=help_text,
        max_length=max_length,
        multiline=multiline,
        **kwargs,
    )


def radios(label, choices, help_text="", required=True, initial=None):
    return forms.ChoiceField(
        label=label,
        choices=choices,
        help_text=help_text,
        required=required,
        initial=initial,
        widget=forms.RadioSelect,
        error_messages={"required": CHOOSE, "invalid_choice": CHOOSE},
    )


def checkboxes(label, choices, help_text="", required=False, required_message=""):
    return forms.MultipleChoiceField(
        label=label,
        choices=choices,
        help_text=help_text,
        required=required,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": required_message, "invalid_choice": CHOOSE},
    )


class RequestForm(SpamFieldsMixin, forms.ModelForm):
    submitted_by = radios(
        _("Voor wie vraagt u een OCO aan?"),
        SUBMITTED_BY_FORM_CHOICES,
        _(
            "Een OCO is een onafhankelijke cliëntondersteuner: iemand die u gratis "
            "helpt bij gesprekken met organisaties, zoals de gemeente."
        ),
    )
    requester_name = text(
        _("Wat is uw eigen naam?"),
        _("U vraagt een OCO aan voor iemand anders. Wij willen weten wie u bent."),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    on_behalf_consent = forms.BooleanField(
        label=_("De persoon voor wie ik dit invul weet hiervan en vindt het goed"),
        required=False,
    )
    name = text(
        _("Wat is de naam van de persoon die een OCO wil?"),
        _(
            "Voornaam en achternaam. Vraagt u een OCO voor uzelf? Vul dan uw "
            "eigen naam in."
        ),
        max_length=150,
        required=True,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={
            "required": _("Vul de naam in van de persoon die een OCO wil.")
        },
    )
    phone = text(
        _("Telefoonnummer (niet verplicht als u een e-mailadres invult)"),
        _(
            "Bijvoorbeeld 06 12345678 of 036 1234567. Vult u dit in voor iemand "
            "anders? Vul dan het telefoonnummer in van degene die wij mogen bellen."
        ),
        max_length=30,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
    )
    email = forms.EmailField(
        label=_("E-mailadres (niet verplicht als u een telefoonnummer invult)"),
        help_text=_(
            "Hierheen sturen wij een bevestiging met het kenmerk. Vult u dit in "
            "voor iemand anders? Vul dan het e-mailadres in van degene die wij "
            "mogen mailen."
        ),
        required=False,
        max_length=254,
        error_messages={
            "invalid": _(
                "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl."
            ),
            "max_length": TOO_LONG,
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    contact_way = radios(
        _("Hoe wilt u dat wij contact met u opnemen?"),
        ContactWay.choices,
        initial=ContactWay.EITHER,
    )
    contact_time = radios(
        _("Wanneer bent u het best bereikbaar?"),
        ContactTime.choices,
        initial=ContactTime.ANY,
    )
    postcode = text(
        _("Postcode (niet verplicht)"),
        _(
            "De postcode van de persoon die een OCO wil, bijvoorbeeld 1315 AB. "
            "OCO Almere helpt alleen inwoners van Almere."
        ),
        max_length=10,
        widget=forms.TextInput(attrs={"autocomplete": "postal-code"}),
    )
    domains = checkboxes(
        _("Waar gaat uw vraag over?"),
        REQUEST_DOMAINS,
        _(
            "U mag meer dan één onderwerp kiezen. Wmo is hulp van de gemeente om "
            "thuis te kunnen blijven wonen, zoals hulp in huis of een rolstoel. "
            "Passend onderwijs is extra hulp op school voor een kind dat die hulp "
            "nodig heeft."
        ),
        required=True,
        required_message=_("Kies minstens één onderwerp."),
    )
    conversation_subject = text(
        _("Waar gaat het gesprek over? (niet verplicht)"),
        _(
            "Vertel in een paar zinnen waar u hulp bij wilt. Bijvoorbeeld: een "
            "gesprek met het wijkteam over hulp in huis."
        ),
        max_length=SUBJECT_MAX_LENGTH,
        multiline=True,
    )
    agency = text(
        _("Met welke organisatie is het gesprek? (niet verplicht)"),
        _("Bijvoorbeeld de gemeente, het wijkteam, het UWV of de school."),
        max_length=200,
    )
    conversation_date = forms.DateField(
        label=_("Wanneer is het gesprek? (niet verplicht)"),
        help_text=_(
            "Schrijf de datum als dag-maand-jaar, bijvoorbeeld 15-03-2026. "
            "Weet u het nog niet? Laat dit dan leeg."
        ),
        required=False,
        input_formats=DATE_FORMATS,
        widget=forms.DateInput(format="%d-%m-%Y"),
        error_messages={
            "invalid": _(
                "Vul een bestaande datum in als dag-maand-jaar, "
                "bijvoorbeeld 15-03-2026."
            )
        },
    )
    wish_language = text(
        _("Welke taal wilt u met de OCO spreken? (niet verplicht)"),
        _("Vul dit alleen in als u liever geen Nederlands spreekt."),
        max_length=100,
    )
    wish_lived_experience = checkboxes(
        _("Moet de OCO zelf ervaring hebben met een van deze dingen? (niet verplicht)"),
        LIVED_EXPERIENCE,
        _(
            "Onze OCO's weten uit eigen ervaring hoe het is om hulp te vragen. Kies "
            "wat voor u belangrijk is."
        ),
    )
    no_preference = forms.BooleanField(
        label=_("Ik heb geen voorkeur voor een OCO"), required=False
    )
    remarks = text(
        _("Wilt u ons nog iets anders vertellen? (niet verplicht)"),
        format_lazy(_("Niet meer dan {limit} tekens."), limit=REMARKS_MAX_LENGTH),
        max_length=REMARKS_MAX_LENGTH,
        multiline=True,
    )
    referral = radios(
        _("Hoe heeft u van ons gehoord? (niet verplicht)"),
        Referral.choices,
        required=False,
    )
    consent = forms.BooleanField(
        label=_("Ik geef OCO Almere toestemming om deze gegevens te gebruiken"),
        help_text=_(
            "Wij gebruiken de gegevens alleen om een OCO te zoeken en om contact "
            "op te nemen. Zonder toestemming kunnen wij niet helpen."
        ),
        error_messages={
            "required": _(
                "Geef toestemming om de gegevens te gebruiken. Zonder toestemming "
                "kunnen wij geen OCO zoeken."
            )
        },
    )

    class Meta:
        model = Request
        fields = QUESTIONS

    def __init__(self, *args, privacy_url="", privacy_language="", **kwargs):
        super().__init__(*args, **kwargs)
        if privacy_url:
            # In the hint, not in the label: a click on the label ticks the
            # box; the link opens a new tab, so the answers stay.
            consent = self.fields["consent"]
            label, hreflang = _("Lees onze privacyverklaring"), ""
            if privacy_language:
                # The statement is in another language: the link says so.
                label = format_html("{} {}", label, _("(in het Nederlands)"))
                hreflang = format_html(' hreflang="{}"', privacy_language)
            consent.help_text = format_html(
                '{} <a href="{}" target="_blank" rel="noopener"{}>{} {}</a>',
                consent.help_text,
                privacy_url,
                hreflang,
                label,
                _("(opent in een nieuw tabblad)"),
            )

    # Single fields

    def clean_phone(self):
        phone = self.cleaned_data["phone"]
        if phone:
            validate_dutch_phone(phone)
        return phone

    def clean_postcode(self):
        return validators.clean_postcode(self.cleaned_data["postcode"])

    def clean_conversation_date(self):
        return validators.clean_conversation_date(
            self.cleaned_data["conversation_date"]
        )

    # Fields together

    def clean(self):
        cleaned = super().clean()
        self.check_on_behalf(cleaned)
        self.check_contact(cleaned)
        self.check_wishes(cleaned)
        self.check_spam()
        return cleaned

    def check_on_behalf(self, cleaned):
        if cleaned.get("submitted_by", SubmittedBy.RESIDENT) == SubmittedBy.RESIDENT:
            cleaned["requester_name"] = ""
            cleaned["on_behalf_consent"] = False
            return
        if not cleaned.get("requester_name") and "requester_name" not in self.errors:
            self.add_error(
                "requester_name",
                forms.ValidationError(_("Vul uw eigen naam in."), code="required"),
            )
        if not cleaned.get("on_behalf_consent"):
            self.add_error(
                "on_behalf_consent",
                forms.ValidationError(
                    _(
                        "Vraag eerst of de persoon voor wie u dit invult het goed "
                        "vindt. Zet daarna een vinkje."
                    ),
                    code="required",
                ),
            )

    def check_contact(self, cleaned):
        if self.errors.keys() & {"phone", "email"}:
            return
        phone, email = cleaned.get("phone"), cleaned.get("email")
        way = cleaned.get("contact_way")
        if not phone and not email:
            self.add_error(
                "phone",
                forms.ValidationError(
                    _(
                        "Vul een telefoonnummer of een e-mailadres in. Anders "
                        "kunnen wij geen contact opnemen."
                    ),
                    code="no_contact",
                ),
            )
        elif way == ContactWay.PHONE and not phone:
            self.add_error(
                "phone",
                _("U wilt gebeld worden. Vul daarom ook een telefoonnummer in."),
            )
        elif way == ContactWay.EMAIL and not email:
            self.add_error(
                "email", _("U wilt een e-mail. Vul daarom ook een e-mailadres in.")
            )

    def check_wishes(self, cleaned):
        try:
            validators.check_wishes(cleaned)
        except forms.ValidationError as error:
            self.add_error("no_preference", error)

    def save(self, commit=True):
        self.instance.from_web_form = True
        self.instance.language = resident_language()
        return super().save(commit=commit)

    def visible(self):
        return [self[name] for name in QUESTIONS]
