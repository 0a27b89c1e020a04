"""Forms of the declarations' admin: entering a declaration for a member or
one's own hours as contact person, approving, rejecting, and recording
another volunteer allowance. The rules of a declaration are the model's;
pool.declaring.submit runs them."""

import datetime
from decimal import Decimal

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput

from pool.access import managed_groups
from pool.declaration_forms import AmountField
from pool.models import Declaration, Member, OtherAllowance
from pool.models.declarations import MEMBER_ACTIVITIES

from .access import contact_person_groups

REASON_MAX_LENGTH = Declaration._meta.get_field("rejection_reason").max_length
ZERO = Decimal("0")
EARLIEST_MONTH = datetime.date(2000, 1, 1)


class MemberChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, member):
        if member.active:
            return f"{member.name} ({member.page.title})"
        return _("%(name)s (%(group)s, niet actief)") % {
            "name": member.name,
            "group": member.page.title,
        }


class UserModelForm(forms.ModelForm):
    """A model form that knows whose choices to offer."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.for_user = for_user


class DeclarationForm(UserModelForm):
    """What both ways of entering a declaration ask. The view fills in who
    declares before validating, so that the model's rules see it."""

    amount_fields = ["hours", "costs"]

    class Meta:
        model = Declaration
        fields = ["date", "description", "hours", "costs", "costs_note"]
        widgets = {"date": AdminDateInput}
        field_classes = {"hours": AmountField, "costs": AmountField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.amount_fields:
            field = self.fields[name]
            field.required = False
            field.localize = True
            field.widget.is_localized = True
        self.fields["hours"].help_text = _("Per kwartier, bijvoorbeeld 1,25.")

    def clean_hours(self):
        return self.cleaned_data.get("hours") or ZERO

    def clean_costs(self):
        return self.cleaned_data.get("costs") or ZERO


class MemberDeclarationForm(DeclarationForm):
    """A declaration entered for a member who cannot use their own link."""

    member = MemberChoiceField(
        label=_("OCO"),
        queryset=Member.objects.none(),
        empty_label=_("Kies een OCO"),
        help_text=_("Alleen leden van de groepen die u beheert."),
        error_messages={
            "invalid_choice": _("Kies een OCO uit een groep die u beheert.")
        },
    )
    activity = forms.ChoiceField(label=_("Soort werk"), choices=MEMBER_ACTIVITIES)

    class Meta(DeclarationForm.Meta):
        fields = ["member", "date", "activity", *DeclarationForm.Meta.fields[1:]]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        groups = managed_groups(self.for_user).values("pk")
        self.fields["member"].queryset = (
            Member.objects.filter(page_id__in=groups)
            .select_related("page")
            .order_by("page__title", "-active", "name", "pk")
        )
        self.order_fields(["member", "date", "activity"])


class GroupChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, group):
        return group.title


class OwnHoursForm(DeclarationForm):
    """A contact person's own hours as contact person. With one group the
    group is fixed; with several they choose."""

    group = GroupChoiceField(
        label=_("Groep"),
        queryset=None,
        to_field_name="id",
        empty_label=None,
        help_text=_("De groep waarvoor u dit werk als contactpersoon deed."),
        error_messages={
            "invalid_choice": _("Kies een groep waarvan u contactpersoon bent.")
        },
    )

    class Meta(DeclarationForm.Meta):
        fields = ["group", *DeclarationForm.Meta.fields]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        groups = contact_person_groups(self.for_user).order_by("title", "pk")
        self.fields["group"].queryset = groups
        if len(groups) == 1:
            self.fields["group"].initial = groups[0].pk
            self.fields["group"].widget = forms.HiddenInput()

    def clean(self):
        cleaned = super().clean()
        if self.fields["group"].widget.is_hidden and "group" in self.errors:
            # A hidden field shows no error of its own: say it above the form.
            self.add_error(None, self.errors.pop("group"))
        return cleaned


class ApproveForm(forms.Form):
    """The warnings the coordinator read travel with the form, so that a list
    that changed in the meantime is shown again instead of approved."""

    seen_warnings = forms.CharField(required=False, widget=forms.HiddenInput)
    confirmed = forms.BooleanField(
        label=_("Ik heb de waarschuwingen gelezen en keur toch goed"),
        required=False,
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("seen_warnings") and not cleaned.get("confirmed"):
            self.add_error(
                "confirmed",
                _(
                    "Lees de waarschuwingen en vink aan dat u toch wilt "
                    "goedkeuren. Er is niets goedgekeurd."
                ),
            )
        return cleaned


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Reden van afwijzen"),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "De reden staat bij de declaratie. Schrijf geen gegevens van inwoners op."
        ),
        error_messages={"required": _("Schrijf op waarom u de declaratie afwijst.")},
    )


class OtherAllowanceForm(UserModelForm):
    member = MemberChoiceField(
        label=_("OCO"),
        queryset=Member.objects.none(),
        empty_label=_("Kies een OCO"),
        error_messages={
            "invalid_choice": _("Kies een OCO uit een groep die u beheert.")
        },
    )

    class Meta:
        model = OtherAllowance
        fields = ["member", "month", "amount", "organisation"]
        widgets = {"month": AdminDateInput}
        field_classes = {"amount": AmountField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        groups = managed_groups(self.for_user).values("pk")
        self.fields["member"].queryset = (
            Member.objects.filter(page_id__in=groups)
            .select_related("page")
            .order_by("page__title", "-active", "name", "pk")
        )
        self.fields["amount"].localize = True
        self.fields["amount"].widget.is_localized = True
        self.fields["month"].help_text = _(
            "Een dag in de maand waarin het is betaald; de maand telt."
        )

    def clean_month(self):
        month = self.cleaned_data.get("month")
        today = timezone.localdate()
        if month and month.replace(day=1) > today.replace(day=1):
            raise forms.ValidationError(_("Deze maand ligt in de toekomst."))
        if month and month < EARLIEST_MONTH:
            raise forms.ValidationError(
                _("Deze maand ligt vóór 2000. Controleer het jaar.")
            )
        return month
