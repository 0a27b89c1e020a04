"""The feedback form: the questions come from Wagtail's form builder, with
plain Dutch messages, an empty first choice in drop-down lists, a limit on long
answers and the spam checks of home.spam.

The page lists every error in a summary that links to the question; Django
ties each input to its hint and error (aria-describedby, with the ids the
templates use).

Control characters in an answer (a soft line break pasted from Word, say)
are taken out before it is stored: the export of the responses could not
write them."""

import re

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from . import spam

SINGLELINE_MAX_LENGTH = 255
MULTILINE_MAX_LENGTH = 2000
TOO_LONG = _(
    "Deze tekst is te lang: gebruik niet meer dan %(limit_value)d tekens "
    "(nu %(show_value)d)."
)
CHOOSE = {
    "required": _("Kies een antwoord."),
    "invalid_choice": _("Kies een van de antwoorden uit de lijst."),
    "invalid_list": _("Kies een van de antwoorden uit de lijst."),
}
MESSAGES = {
    "singleline": {"max_length": TOO_LONG},
    "multiline": {"max_length": TOO_LONG},
    "email": {
        "invalid": _("Vul een e-mailadres in, zoals naam@voorbeeld.nl."),
        "max_length": TOO_LONG,
    },
    "url": {"invalid": _("Vul een webadres in, zoals https://www.voorbeeld.nl.")},
    "number": {"invalid": _("Vul een getal in.")},
    "date": {"invalid": _("Vul een datum in, zoals 15-03-2025.")},
    "datetime": {"invalid": _("Vul een datum en tijd in, zoals 15-03-2025 14:30.")},
    "dropdown": CHOOSE,
    "multiselect": CHOOSE,
    "radio": CHOOSE,
    "checkboxes": CHOOSE,
    "checkbox": {"required": _("Zet hier een vinkje.")},
}
REQUIRED = _("Vul hier uw antwoord in.")
# Word's soft line break and page break, kept as a line break.
LINE_BREAKS = re.compile(r"[\x0b\x0c]")
# Every other control character except tab, line feed and carriage return.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def without_control_characters(text: str) -> str:
    return CONTROL_CHARACTERS.sub("", LINE_BREAKS.sub("\n", text))


def summary_text(label, message) -> str:
    """An error as the summary lists it: the question, then the message."""
    label = str(label).strip()
    separator = " " if label.endswith(("?", ".", "!", ":")) else ": "
    return f"{label}{separator}{message}"


class FeedbackFormBase(spam.SpamProtectedForm, BaseForm):
    spam_salt = "home.feedback-form.started"
    too_fast_message = _(
        "Uw reactie is nog niet verstuurd. Controleer of alles klopt en klik "
        "dan nog een keer op 'Reactie versturen'."
    )
    expired_message = _(
        "Het formulier stond lang open. Daarom is uw reactie nog niet "
        "verstuurd. Wat u had ingevuld, staat er nog. Controleer of alles "
        "klopt en klik dan nog een keer op 'Reactie versturen'."
    )
    blocked_message = _(
        "Uw reactie is niet verstuurd. Controleer het formulier en verstuur het "
        "opnieuw."
    )

    @property
    def min_fill_seconds(self):
        return int(
            getattr(
                settings, "FEEDBACK_FORM_MIN_FILL_SECONDS", spam.DEFAULT_MIN_SECONDS
            )
        )

    def clean(self):
        cleaned = super().clean()
        for name, value in cleaned.items():
            if isinstance(value, str):
                cleaned[name] = without_control_characters(value)
        return cleaned

    def questions(self):
        """The visible questions, without the honeypot."""
        return [
            bound
            for bound in self.visible_fields()
            if bound.name not in spam.SPAM_FIELDS
        ]

    def error_links(self) -> list[tuple[str, str]]:
        """(anchor, text) for each error of a visible question, in the order of
        the form; a group of radio buttons or checkboxes is reached through its
        first one."""
        links = []
        for bound in self.questions():
            anchor = bound.auto_id
            if bound.field.widget.use_fieldset:
                anchor = f"{anchor}_0"
            links.extend(
                (anchor, summary_text(bound.label, error)) for error in bound.errors
            )
        return links

    def hidden_errors(self) -> list[str]:
        """Errors of hidden questions (set by the editor), which no one can
        reach: shown in the summary without a link."""
        return [
            summary_text(bound.label, error)
            for bound in self.hidden_fields()
            if bound.name not in spam.SPAM_FIELDS
            for error in bound.errors
        ]


class FeedbackFormBuilder(FormBuilder):
    def get_field_options(self, field):
        options = super().get_field_options(field)
        options["error_messages"] = {
            "required": REQUIRED,
            **MESSAGES.get(field.field_type, {}),
        }
        return options

    def create_singleline_field(self, field, options):
        options["max_length"] = SINGLELINE_MAX_LENGTH
        return forms.CharField(**options)

    def create_multiline_field(self, field, options):
        options["max_length"] = MULTILINE_MAX_LENGTH
        options.setdefault("widget", forms.Textarea(attrs={"rows": 5}))
        return forms.CharField(**options)

    def create_email_field(self, field, options):
        options["max_length"] = SINGLELINE_MAX_LENGTH
        # WCAG 1.3.5: the browser may fill in the visitor's own address.
        options.setdefault("widget", forms.EmailInput(attrs={"autocomplete": "email"}))
        return forms.EmailField(**options)

    def create_dropdown_field(self, field, options):
        # Without an empty first choice the browser picks the first answer.
        options["choices"] = [
            ("", _("Maak een keuze")),
            *self.get_formatted_field_choices(field),
        ]
        return forms.ChoiceField(**options)

    def get_form_class(self):
        return type("FeedbackForm", (FeedbackFormBase,), self.formfields)
