"""The public forms of the declaration page: asking for a personal link, and
declaring hours and costs through it. Plain Dutch, a hint where it helps and
a Dutch message for every check; the templates tie hints and errors to the
inputs (Django's aria-describedby and aria-invalid) and list every error in a
summary above the form.

The rules of a declaration itself (a date not in the future nor too long ago,
hours or costs, a note with costs) are the model's: the form runs them too
and shows their messages at the right question (check_with_model), and
pool.declaring.submit runs them once more when saving."""

import datetime
import re
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pool.models import Declaration
from pool.models.declarations import (
    MAX_COSTS_PER_DECLARATION,
    MAX_HOURS_PER_DECLARATION,
    MEMBER_ACTIVITIES,
)

DATE_FORMATS = ["%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%d %m %Y", "%Y-%m-%d"]
HONEYPOT_FIELD = "website"
TOKEN_FIELD = "formulier"
MAX_OTHER_ALLOWANCE = Decimal("10000")
TOO_LONG = _(
    "Deze tekst is te lang: gebruik niet meer dan %(limit_value)d tekens "
    "(nu %(show_value)d)."
)


class HoneypotInput(forms.TextInput):
    """Never shows what was typed: after a refusal the trap is empty again."""

    def format_value(self, value):
        return None


def one_line(value: str) -> str:
    """Without control characters and on one line."""
    return " ".join(
        "".join(char for char in value if char.isprintable() or char.isspace()).split()
    )


class OneLineField(forms.CharField):
    def __init__(self, *args, error_messages=None, **kwargs):
        messages = {"max_length": TOO_LONG, **(error_messages or {})}
        super().__init__(*args, error_messages=messages, **kwargs)

    def to_python(self, value):
        return one_line(super().to_python(value))


AMOUNT = re.compile(r"[0-9]{1,4}([.,][0-9]{1,2})?")
# 1.000 or 12.500,50: a point before three digits groups the thousands.
THOUSANDS = re.compile(r"[1-9][0-9]{0,2}(\.[0-9]{3})+(,[0-9]*)?")
MORE_DECIMALS = re.compile(r"[0-9]+[.,][0-9]{3,}")
MORE_DIGITS = re.compile(r"[0-9]{5,}([.,][0-9]{1,2})?")


class AmountField(forms.DecimalField):
    """A number as people write it: 1,5 or 1.5, with or without a euro sign;
    at most four digits before the comma and two after it. A point before
    three digits is taken for a thousands separator and refused, so that
    1.000 is never read as one."""

    widget = forms.TextInput
    default_error_messages = {
        "thousands": _(
            "Schrijf bedragen zonder punt voor de duizendtallen, bijvoorbeeld "
            "1000 of 12,50."
        ),
        "decimals": _("Gebruik niet meer dan twee cijfers achter de komma."),
        "too_large": _("Dit getal is te groot."),
    }

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)
        self.widget.attrs.update({"inputmode": "decimal", "autocomplete": "off"})

    def to_python(self, value):
        if value in self.empty_values:
            return None
        text = re.sub(r"\s", "", str(value)).removeprefix("€")
        if not text:
            return None
        if AMOUNT.fullmatch(text):
            return Decimal(text.replace(",", "."))
        raise self.refusal(text)

    def refusal(self, text) -> forms.ValidationError:
        """Why the text is not an amount, as specific as it can be said."""
        if THOUSANDS.fullmatch(text):
            code = "thousands"
        elif text.startswith("-") and AMOUNT.fullmatch(text[1:]):
            if self.min_value is not None:
                return forms.ValidationError(
                    self.error_messages["min_value"],
                    code="min_value",
                    params={"limit_value": self.min_value},
                )
            code = "invalid"
        elif MORE_DECIMALS.fullmatch(text):
            code = "decimals"
        elif MORE_DIGITS.fullmatch(text):
            if self.max_value is not None:
                return forms.ValidationError(
                    self.error_messages["max_value"],
                    code="max_value",
                    params={"limit_value": self.max_value},
                )
            code = "too_large"
        else:
            code = "invalid"
        return forms.ValidationError(self.error_messages[code], code=code)


class LinkRequestForm(forms.Form):
    email = forms.EmailField(
        label=_("Vul uw e-mailadres in"),
        help_text=_(
            "Het e-mailadres dat OCO Almere van u heeft. Daar sturen wij een "
            "persoonlijke link naartoe."
        ),
        max_length=254,
        error_messages={
            "required": _("Vul uw e-mailadres in."),
            "invalid": _(
                "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl."
            ),
            "max_length": TOO_LONG,
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    website = forms.CharField(
        label=_("Laat dit veld leeg. Het helpt ons om spam tegen te houden."),
        required=False,
        widget=HoneypotInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def clean(self):
        cleaned = super().clean()
        if self.data.get(HONEYPOT_FIELD, "").strip():
            # Neutral: it does not tell a robot what gave it away.
            raise forms.ValidationError(
                _(
                    "Uw aanvraag is niet verstuurd. Controleer het formulier en "
                    "verstuur het opnieuw."
                ),
                code="blocked",
            )
        return cleaned

    def visible(self):
        return [self["email"]]


def first_declarable_day(today=None) -> datetime.date:
    today = today or timezone.localdate()
    return datetime.date(today.year - 1, 1, 1)


class DeclarationForm(forms.Form):
    date = forms.DateField(
        label=_("Op welke dag deed u dit werk?"),
        input_formats=DATE_FORMATS,
        widget=forms.DateInput(format="%d-%m-%Y", attrs={"autocomplete": "off"}),
        error_messages={
            "required": _("Vul de datum in."),
            "invalid": _(
                "Vul een bestaande datum in als dag-maand-jaar, bijvoorbeeld "
                "15-03-2026."
            ),
        },
    )
    activity = forms.ChoiceField(
        label=_("Wat voor werk was het?"),
        choices=MEMBER_ACTIVITIES,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies wat voor werk het was."),
            "invalid_choice": _("Kies een van de mogelijkheden."),
        },
    )
    description = OneLineField(
        label=_("Korte omschrijving"),
        help_text=_(
            "Bijvoorbeeld het kenmerk van de aanvraag of de naam van de training. "
            "Schrijf nooit de naam van een inwoner op."
        ),
        max_length=200,
        error_messages={"required": _("Schrijf kort op wat u deed.")},
    )
    hours = AmountField(
        label=_("Hoeveel uur? (niet verplicht als u alleen onkosten declareert)"),
        help_text=_(
            "In kwartieren. Bijvoorbeeld 1,5 voor anderhalf uur, of 0,25 voor "
            "een kwartier."
        ),
        min_value=Decimal("0"),
        max_value=MAX_HOURS_PER_DECLARATION,
        error_messages={
            "invalid": _("Vul het aantal uren in als getal, bijvoorbeeld 1,5."),
            "decimals": _("Vul de uren in per kwartier, bijvoorbeeld 1,25 of 1,5."),
            "min_value": _("Het aantal uren kan niet lager zijn dan 0."),
            "max_value": _("Op één dag kunt u niet meer dan 24 uur declareren."),
        },
    )
    costs = AmountField(
        label=_("Onkosten in euro (niet verplicht)"),
        help_text=_("Bijvoorbeeld reiskosten of parkeergeld, zoals 4,80."),
        min_value=Decimal("0"),
        max_value=MAX_COSTS_PER_DECLARATION,
        error_messages={
            "invalid": _("Vul het bedrag in als getal, bijvoorbeeld 4,80."),
            "decimals": _("Vul het bedrag in euro en cent in, bijvoorbeeld 4,80."),
            "min_value": _("Het bedrag kan niet lager zijn dan 0."),
            "max_value": _(
                "Dit is meer dan € 1.000. Neem voor zulke onkosten contact op "
                "met de coördinatoren."
            ),
        },
    )
    costs_note = OneLineField(
        label=_("Waarvoor waren de onkosten? (alleen als u onkosten invult)"),
        help_text=_("Bijvoorbeeld: buskaartje heen en terug, 12 km met de auto."),
        max_length=300,
        required=False,
    )
    other_amount = AmountField(
        label=_("Bedrag in euro"),
        min_value=Decimal("0.01"),
        max_value=MAX_OTHER_ALLOWANCE,
        error_messages={
            "invalid": _("Vul het bedrag in als getal, bijvoorbeeld 25,00."),
            "decimals": _("Vul het bedrag in euro en cent in, bijvoorbeeld 25,00."),
            "min_value": _("Vul een bedrag in dat hoger is dan 0."),
            "max_value": _(
                "Dit bedrag is te hoog. Neem contact op met de coördinatoren."
            ),
        },
    )
    other_organisation = OneLineField(
        label=_("Van welke organisatie?"),
        help_text=_(
            "Alleen als u een bedrag invult. Bijvoorbeeld de voedselbank of een "
            "sportclub."
        ),
        max_length=200,
        required=False,
    )
    formulier = forms.CharField(required=False, widget=forms.HiddenInput)

    DECLARATION_FIELDS = [
        "date",
        "activity",
        "description",
        "hours",
        "costs",
        "costs_note",
    ]
    QUESTIONS = [*DECLARATION_FIELDS, "other_amount", "other_organisation"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        first = first_declarable_day()
        self.fields["date"].help_text = _(
            "Schrijf de datum als dag-maand-jaar, bijvoorbeeld %(example)s. "
            "Declareren kan vanaf %(first)s."
        ) % {
            "example": timezone.localdate().strftime("%d-%m-%Y"),
            "first": first.strftime("%d-%m-%Y"),
        }

    def clean_hours(self):
        hours = self.cleaned_data["hours"] or Decimal("0")
        if (hours * 4) % 1:
            raise forms.ValidationError(
                _("Vul de uren in per kwartier, bijvoorbeeld 1,25 of 1,5."),
                code="quarters",
            )
        return hours

    def clean_costs(self):
        costs = self.cleaned_data["costs"] or Decimal("0")
        if costs != costs.quantize(Decimal("0.01")):
            raise forms.ValidationError(
                _("Vul het bedrag in euro en cent in, bijvoorbeeld 4,80."),
                code="cents",
            )
        return costs

    def clean_other_amount(self):
        amount = self.cleaned_data["other_amount"]
        if amount is not None and amount != amount.quantize(Decimal("0.01")):
            raise forms.ValidationError(
                _("Vul het bedrag in euro en cent in, bijvoorbeeld 25,00."),
                code="cents",
            )
        return amount

    def clean(self):
        cleaned = super().clean()
        self.check_with_model(cleaned)
        missing_amount = not cleaned.get("other_amount")
        if (
            cleaned.get("other_organisation")
            and missing_amount
            and "other_amount" not in self.errors
        ):
            self.add_error(
                "other_amount",
                forms.ValidationError(
                    _("Vul ook het bedrag in dat u van deze organisatie kreeg."),
                    code="required",
                ),
            )
        if (
            cleaned.get("other_amount")
            and not cleaned.get("other_organisation")
            and "other_organisation" not in self.errors
        ):
            self.add_error(
                "other_organisation",
                forms.ValidationError(
                    _("Vul ook in van welke organisatie u dit bedrag kreeg."),
                    code="required",
                ),
            )
        return cleaned

    def check_with_model(self, cleaned):
        """The model's checks now too, so that every error shows at once;
        a question that has an error already keeps just that one. Saving
        checks again (pool.declaring.submit)."""
        values = {
            name: cleaned[name] for name in self.DECLARATION_FIELDS if name in cleaned
        }
        try:
            Declaration(**values).clean()
        except ValidationError as error:
            for field, messages in error.message_dict.items():
                if field not in self.errors:
                    self.add_error(field if field in self.fields else None, messages)

    def visible(self):
        return [self[name] for name in self.QUESTIONS]

    def declaration(self, member) -> Declaration:
        """The declaration as filled in, not saved yet."""
        values = {name: self.cleaned_data[name] for name in self.DECLARATION_FIELDS}
        return Declaration(member=member, group_id=member.page_id, **values)

    def add_model_errors(self, error: ValidationError) -> None:
        """The model's own checks, each at its question when the form has it."""
        for field, messages in error.message_dict.items():
            self.add_error(field if field in self.fields else None, messages)


class WithdrawForm(forms.Form):
    """Only the CSRF token: the declaration is in the address."""
