"""The attendance list of one occurrence as a spreadsheet (export only)."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from import_export import fields, resources

from .models import Registration
from .occurrences import local

MOMENT_FORMAT = "%d-%m-%Y %H:%M"
# Characters that make a spreadsheet program read a cell as a formula. Names
# come from the public registration form, so they are never trusted.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def as_text(value):
    """Text that a spreadsheet shows as it is, never as a formula."""
    text = str(value or "")
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


class RegistrationResource(resources.ModelResource):
    name = fields.Field(column_name=gettext_lazy("naam"))
    email = fields.Field(column_name=gettext_lazy("e-mailadres"))
    status = fields.Field(column_name=gettext_lazy("status"))
    attended = fields.Field(column_name=gettext_lazy("aanwezig"))
    created_at = fields.Field(column_name=gettext_lazy("aangemeld op"))
    session = fields.Field(column_name=gettext_lazy("sessie"))
    date = fields.Field(column_name=gettext_lazy("datum"))

    class Meta:
        model = Registration
        fields = (
            "name",
            "email",
            "status",
            "attended",
            "created_at",
            "session",
            "date",
        )
        export_order = fields

    def __init__(self, session, **kwargs):
        """session: the Session the exported registrations belong to."""
        super().__init__(**kwargs)
        self.session = session

    def dehydrate_name(self, registration):
        return as_text(registration.name)

    def dehydrate_email(self, registration):
        return as_text(registration.email)

    def dehydrate_status(self, registration):
        return str(registration.get_status_display())

    def dehydrate_attended(self, registration):
        if registration.attended is None:
            return ""
        return _("ja") if registration.attended else _("nee")

    def dehydrate_created_at(self, registration):
        return local(registration.created_at).strftime(MOMENT_FORMAT)

    def dehydrate_session(self, registration):
        return as_text(self.session.title)

    def dehydrate_date(self, registration):
        return local(registration.occurrence.start).strftime(MOMENT_FORMAT)
