"""The plugin's public forms: the agenda filter, registering and bringing in.

Every field has a plain Dutch label, a hint where it helps and its own Dutch
error messages; the templates tie hints and errors to the inputs
(aria-describedby) and list the errors in a summary above the form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Contribution, ContributionKind

MAX_CONTRIBUTIONS = 5


class AgendaFilterForm(forms.Form):
    """Which kind of session to show; the choices are the page's calendars."""

    soort = forms.ChoiceField(label=_("Soort sessie"), required=False)

    def __init__(self, *args, calendars=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["soort"].choices = [
            ("", _("Alle soorten")),
            *((calendar.slug, calendar.name) for calendar in calendars),
        ]

    def chosen_slug(self):
        """The chosen calendar's slug, or "" for all (also for an unknown one)."""
        if self.is_bound and self.is_valid():
            return self.cleaned_data["soort"]
        return ""


class RegistrationForm(forms.Form):
    name = forms.CharField(
        label=_("Uw naam"),
        max_length=150,
        help_text=_("Uw voornaam en achternaam."),
        error_messages={
            "required": _("Vul uw naam in."),
            "max_length": _(
                "Uw naam is te lang: gebruik hoogstens %(limit_value)d tekens "
                "(nu %(show_value)d)."
            ),
        },
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Uw e-mailadres"),
        max_length=254,
        help_text=_(
            "Hierheen sturen wij de bevestiging, een herinnering en de link "
            "om u af te melden."
        ),
        error_messages={
            "required": _("Vul uw e-mailadres in."),
            "invalid": _(
                "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl."
            ),
            "max_length": _(
                "Dit e-mailadres is te lang: gebruik hoogstens %(limit_value)d tekens."
            ),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("Vul uw naam in."), code="required")
        return name


LABELS = {
    ContributionKind.CASE: {
        "subject": _("De situatie in het kort"),
        "subject_help": _(
            'Eén zin is genoeg. Bijvoorbeeld: "Een cliënt wil '
            'dat ik meega naar elk gesprek".'
        ),
        "details": _("Uw vraag over uw eigen rol"),
        "details_help": _(
            "Wat wilt u van de andere deelnemers horen? Wat vindt u lastig?"
        ),
    },
    ContributionKind.AGENDA_ITEM: {
        "subject": _("Onderwerp"),
        "subject_help": _("Kort, zodat het op de agenda past."),
        "details": _("Toelichting: wat speelt er in uw groep?"),
        "details_help": _(
            "Wat wilt u bespreken, en wat wilt u na het "
            "overleg weten of besloten hebben?"
        ),
    },
}


class ContributionForm(forms.ModelForm):
    """A case for intervision or an agenda item; the labels follow the kind."""

    class Meta:
        model = Contribution
        fields = ["subject", "details"]
        widgets = {"details": forms.Textarea(attrs={"rows": 8})}

    def __init__(self, *args, kind, **kwargs):
        super().__init__(*args, **kwargs)
        labels = LABELS[ContributionKind(kind)]
        subject, details = self.fields["subject"], self.fields["details"]
        subject.label, subject.help_text = labels["subject"], labels["subject_help"]
        details.label, details.help_text = labels["details"], labels["details_help"]
        subject.error_messages.update(
            {
                "required": _("Vul dit veld in."),
                "max_length": _(
                    "Het onderwerp is te lang: gebruik hoogstens "
                    "%(limit_value)d tekens (nu %(show_value)d)."
                ),
            }
        )
        details.error_messages.update(
            {
                "required": _("Vul dit veld in."),
                "max_length": _(
                    "De toelichting is te lang: gebruik hoogstens "
                    "%(limit_value)d tekens (nu %(show_value)d)."
                ),
            }
        )
