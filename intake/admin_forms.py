"""Forms of the coordinators' admin for requests: correcting or entering a
request, and the small forms on a request's page that each feed one function
of intake.workflow."""

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.widgets import AdminDateInput

from pool.models import Member, RosterGroupPage

from . import validators
from .admin_views.converters import MAX_ID_DIGITS
from .choices import EndReason, Step, SubmittedBy
from .models.keep_in_touch import NOTE_MAX_LENGTH as KEEP_IN_TOUCH_NOTE_MAX_LENGTH
from .notifications import contact_person_address

NOTE_MAX_LENGTH = 2000
POSTCODE_OUTSIDE_ALMERE = _(
    "Deze postcode hoort niet bij Almere. OCO Almere helpt alleen inwoners van "
    "Almere; verwijs de inwoner naar de cliëntondersteuning van de eigen gemeente."
)


class RequestAdminForm(WagtailAdminModelForm):
    """What a coordinator may correct or enter by hand. Status, trajectories and
    sharing change only through the actions on the request's page."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "domains" in self.fields:
            self.fields["domains"].required = True
        if "consent" in self.fields:
            self.fields["consent"].required = True
            self.fields["consent"].help_text = _(
                "De inwoner geeft toestemming om de gegevens te bewaren en te "
                "gebruiken om een OCO te zoeken."
            )

    def clean_postcode(self):
        return validators.clean_postcode(
            self.cleaned_data.get("postcode"),
            outside_message=POSTCODE_OUTSIDE_ALMERE,
        )

    def clean_conversation_date(self):
        day = self.cleaned_data.get("conversation_date")
        if "conversation_date" not in self.changed_data:
            # A date that was right when it was saved stays, so that other
            # corrections remain possible a year later.
            return day
        return validators.clean_conversation_date(day)

    def clean(self):
        cleaned = super().clean()
        no_contact = not cleaned.get("phone") and not cleaned.get("email")
        if no_contact and "phone" not in self.errors and "email" not in self.errors:
            message = _("Vul een telefoonnummer of een e-mailadres in.")
            self.add_error("phone", message)
            self.add_error("email", message)
        submitted_by = cleaned.get("submitted_by")
        if (
            submitted_by
            and submitted_by != SubmittedBy.RESIDENT
            and not cleaned.get("requester_name")
        ):
            self.add_error(
                "requester_name",
                _("Vul de naam in van wie de aanvraag doet namens de inwoner."),
            )
        try:
            validators.check_wishes(cleaned)
        except forms.ValidationError as error:
            self.add_error("no_preference", error)
        return cleaned


def not_in_future(value):
    if value and value > timezone.localdate():
        raise forms.ValidationError(_("Deze datum ligt in de toekomst."))
    return value


class StepForm(forms.Form):
    """One of the five steps of a trajectory, as it happened."""

    step = forms.ChoiceField(label=_("Stap"), choices=Step.choices)
    date = forms.DateField(label=_("Datum"), widget=AdminDateInput)
    note = forms.CharField(
        label=_("Notitie"),
        required=False,
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kort en zakelijk; geen medische details."),
    )

    def __init__(self, *args, received_on=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.received_on = received_on

    def clean_date(self):
        day = not_in_future(self.cleaned_data["date"])
        if self.received_on and day < self.received_on:
            raise forms.ValidationError(
                _("Deze datum ligt vóór de ontvangst van de aanvraag (%(date)s).")
                % {"date": date_format(self.received_on, "j F Y")}
            )
        return day


class ConsentForm(forms.Form):
    phone_consent = forms.BooleanField(
        label=_("Toestemming om te bellen"),
        required=False,
        help_text=_(
            "De OCO belt een organisatie namens de inwoner alleen met diens "
            "toestemming en als de inwoner erbij is."
        ),
    )
    phone_consent_on = forms.DateField(
        label=_("Toestemming gegeven op"),
        required=False,
        help_text=_(
            "Alleen invullen als de inwoner toestemming gaf: op of na de dag "
            "van goedkeuring van het traject, niet na vandaag."
        ),
        widget=AdminDateInput,
        validators=[not_in_future],
    )
    follow_up = forms.BooleanField(
        label=_("Vervolgondersteuning"),
        required=False,
        help_text=_("De OCO blijft ondersteunen na het eerste gesprek."),
    )

    def __init__(self, *args, approved_on=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.approved_on = approved_on

    def clean_phone_consent_on(self):
        day = self.cleaned_data.get("phone_consent_on")
        if day and self.approved_on and day < self.approved_on:
            raise forms.ValidationError(
                _(
                    "Deze datum ligt vóór de goedkeuring van het traject "
                    "(%(date)s). De inwoner geeft toestemming aan de gekoppelde "
                    "OCO, dus op of na die dag."
                )
                % {"date": date_format(self.approved_on, "j F Y")}
            )
        return day

    def clean(self):
        cleaned = super().clean()
        missing_date = not cleaned.get("phone_consent_on")
        if cleaned.get("phone_consent") and missing_date:
            self.add_error(
                "phone_consent_on",
                _("Vul in op welke dag de inwoner toestemming gaf."),
            )
        return cleaned


class EndForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Reden"),
        choices=[
            (value, label)
            for value, label in EndReason.choices
            if value != EndReason.REQUEST_CANCELLED
        ],
        help_text=_(
            "Klaar of 'kan zelf verder' rondt de aanvraag af; bij een andere reden "
            "gaat de aanvraag terug naar koppelen."
        ),
    )


class IdChoiceField(forms.ModelChoiceField):
    """A choice by database id; anything but a plain id of at most 18 digits is
    an invalid choice before the database sees it (SQLite refuses huge ones)."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        text = str(value)
        if not text.isascii() or not text.isdigit() or len(text) > MAX_ID_DIGITS:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(text)


class GroupChoiceField(IdChoiceField):
    """A group page; a group whose contact person gets no mail says so."""

    def label_from_instance(self, obj):
        if contact_person_address(obj):
            return obj.title
        return _("%(group)s (geen contactpersoon: niemand krijgt een mail)") % {
            "group": obj.title
        }


class ShareForm(forms.Form):
    group = GroupChoiceField(
        label=_("Groep"),
        queryset=RosterGroupPage.objects.none(),
        required=False,
        empty_label=_("Met geen enkele groep delen"),
        help_text=_(
            "De contactpersoon van de groep krijgt een mail en mag een eigen lid "
            "voorstellen. Hij of zij ziet geen naam of contactgegevens."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].queryset = (
            RosterGroupPage.objects.live()
            .select_related("contact_person")
            .order_by("title")
        )


class MatchForm(forms.Form):
    """Propose a member and approve it at once, from the suggestions."""

    member = IdChoiceField(queryset=Member.objects.none(), widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = Member.objects.active()


class MemberChoiceField(IdChoiceField):
    def label_from_instance(self, obj):
        return _("%(member)s (%(group)s)") % {
            "member": obj.name,
            "group": obj.page.title,
        }


class KeepInTouchForm(forms.Form):
    """Plan or change a keep-in-touch moment ("waakvlamcontact"); the checks
    against what is stored are in intake.keep_in_touch."""

    planned_on = forms.DateField(
        label=_("Datum"),
        widget=AdminDateInput,
        help_text=_("Vandaag of later. De OCO krijgt vooraf een herinnering per mail."),
    )
    member = MemberChoiceField(
        label=_("OCO die belt"),
        queryset=Member.objects.none(),
        help_text=_("Meestal de OCO die de inwoner heeft ondersteund."),
    )
    note = forms.CharField(
        label=_("Notitie voor de OCO"),
        required=False,
        max_length=KEEP_IN_TOUCH_NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Gaat per mail naar de OCO. Zet er geen gegevens van de inwoner in: "
            "geen naam, telefoonnummer, adres of waar het over ging."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = (
            Member.objects.active().select_related("page").order_by("name", "pk")
        )
