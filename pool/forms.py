from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm

from pool.models.members import email_taken_message


class RosterGroupPageForm(WagtailAdminPageForm):
    """Keeps the roster whole: saved members cannot be removed (they become
    inactive instead) and an email address belongs to one active member."""

    def __init__(self, data=None, *args, **kwargs):
        # A copy we may change, so that a member whose removal is refused shows
        # up again in the form instead of staying hidden.
        if data is not None:
            data = data.copy()
        super().__init__(data, *args, **kwargs)

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("members")
        if formset is None or not formset.is_valid():
            return cleaned_data
        self.refuse_removals(formset)
        self.check_unique_emails(formset)
        return cleaned_data

    def refuse_removals(self, formset):
        refused = [form for form in formset.deleted_forms if form.instance.pk]
        for form in refused:
            self.data[f"{form.prefix}-DELETE"] = ""
        if refused:
            names = ", ".join(form.instance.name for form in refused)
            self.add_error(
                None,
                ValidationError(
                    _(
                        "Leden die al op de lijst staan, kunt u niet verwijderen: "
                        "%(names)s. Zet 'actief' uit en vul de datum van vertrek "
                        "in. Zo blijft bewaard wat bij dit lid hoort."
                    )
                    % {"names": names},
                    code="member_removal",
                ),
            )

    def check_unique_emails(self, formset):
        active_forms = [
            form
            for form in formset.forms
            if form not in formset.deleted_forms
            and form.cleaned_data.get("email")
            and form.cleaned_data.get("active", True)
        ]
        seen = {}
        for form in active_forms:
            email = form.cleaned_data["email"].strip().lower()
            if email in seen:
                form.add_error(
                    "email",
                    _("Dit e-mailadres staat al bij %(name)s in deze groep.")
                    % {"name": seen[email]},
                )
            else:
                seen[email] = form.cleaned_data.get("name")
        if not seen:
            return
        taken = formset.model.objects.active_elsewhere(self.instance.pk, seen)
        for form in active_forms:
            email = form.cleaned_data["email"].strip().lower()
            if email in taken and "email" not in form.errors:
                form.add_error("email", email_taken_message(taken[email]))
        if any(form.errors for form in active_forms):
            self.add_error(None, _("Controleer de e-mailadressen van de leden."))
