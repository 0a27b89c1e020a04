"""How a group's roster maps to a spreadsheet: Dutch column headers, labels
instead of keys, dd-mm-jjjj dates and ja/nee. Export and import use the same
columns, so an exported file can be imported again."""

import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from import_export import fields, resources, widgets
from import_export.instance_loaders import BaseInstanceLoader

from pool.choices import DOMAINS, LIVED_EXPERIENCE
from pool.models import Member
from pool.models.members import email_taken_message
from pool.spreadsheets import strip_formula_mark

DATE_FORMAT = "%d-%m-%Y"
DATE_INPUT_FORMATS = ("%d-%m-%Y", "%Y-%m-%d")
YES, NO = "ja", "nee"
TRUE_WORDS = {"ja", "j", "yes", "y", "true", "waar", "1", "x"}
FALSE_WORDS = {"nee", "n", "no", "false", "onwaar", "0"}


def as_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a spreadsheet number such as 1986.0
    # The export marks text that looks like a formula with an apostrophe.
    return strip_formula_mark(str(value).strip()).strip()


class TextWidget(widgets.CharWidget):
    """Trimmed text. With keep_when_empty an empty cell leaves the value as it
    is (or the model's default for a new member) instead of clearing it."""

    def __init__(self, keep_when_empty=False):
        super().__init__(coerce_to_string=True, allow_blank=True)
        self.keep_when_empty = keep_when_empty

    def clean(self, value, row=None, **kwargs):
        text = as_text(value)
        if not text and self.keep_when_empty:
            return None
        return text


class EmailWidget(TextWidget):
    def clean(self, value, row=None, **kwargs):
        return as_text(value).lower()


class PhoneWidget(TextWidget):
    def clean(self, value, row=None, **kwargs):
        # Excel drops the leading zero of a phone number typed as a number.
        if isinstance(value, int | float) and not isinstance(value, bool):
            digits = str(int(value))
            if len(digits) == 9:
                return "0" + digits
        return super().clean(value, row, **kwargs)


class DutchDateWidget(widgets.Widget):
    """dd-mm-jjjj; also yyyy-mm-dd and the date cells of a spreadsheet."""

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        text = as_text(value)
        if not text:
            return None
        for date_format in DATE_INPUT_FORMATS:
            try:
                return datetime.datetime.strptime(text, date_format).date()
            except ValueError:
                continue
        raise ValueError(
            _(
                "'%(value)s' is geen geldige datum. Schrijf de datum als "
                "dd-mm-jjjj, bijvoorbeeld 31-12-2024."
            )
            % {"value": text}
        )

    def render(self, value, obj=None, **kwargs):
        if not value:
            return ""
        if kwargs.get("force_native_type"):
            return value  # a real date cell in a spreadsheet
        return value.strftime(DATE_FORMAT)


class YesNoWidget(widgets.Widget):
    """ja/nee. An empty cell keeps the current value (new members: active)."""

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, bool):
            return value
        text = as_text(value).lower()
        if not text:
            return None
        if text in TRUE_WORDS:
            return True
        if text in FALSE_WORDS:
            return False
        raise ValueError(
            _("'%(value)s' is geen geldige waarde. Vul 'ja' of 'nee' in.")
            % {"value": as_text(value)}
        )

    def render(self, value, obj=None, **kwargs):
        return YES if value else NO


class ChoiceListWidget(widgets.Widget):
    """Comma-separated Dutch labels, stored as keys. Keys are accepted too."""

    def __init__(self, choice_list, unknown_message):
        super().__init__(coerce_to_string=True)
        self.choice_list = choice_list
        self.unknown_message = unknown_message

    def lookup(self) -> dict[str, str]:
        found = {}
        for key, label in self.choice_list:
            found[key.casefold()] = key
            found[str(label).casefold()] = key
        return found

    def clean(self, value, row=None, **kwargs):
        parts = [part.strip() for part in as_text(value).replace(";", ",").split(",")]
        lookup = self.lookup()
        keys, unknown = [], []
        for part in filter(None, parts):
            key = lookup.get(part.casefold())
            if key is None:
                unknown.append(part)
            elif key not in keys:
                keys.append(key)
        if unknown:
            labels = ", ".join(str(label) for _key, label in self.choice_list)
            raise ValueError(
                self.unknown_message % {"values": ", ".join(unknown), "known": labels}
            )
        return keys

    def render(self, value, obj=None, **kwargs):
        labels = dict(self.choice_list)
        return ", ".join(str(labels.get(key, key)) for key in value or [])


class GroupMemberLoader(BaseInstanceLoader):
    """Finds the member of the chosen group with the row's email address,
    ignoring case. Loads the group's members once instead of once per row."""

    def __init__(self, resource, dataset=None):
        super().__init__(resource, dataset)
        self.by_email = {}
        # Ordered so that an active member wins over an earlier, inactive one
        # with the same address.
        for member in resource.get_queryset().order_by("active", "pk"):
            self.by_email[member.email.strip().lower()] = member

    def get_instance(self, row):
        email = self.resource.fields["email"].clean(row)
        return self.by_email.get(email)


class MemberResource(resources.ModelResource):
    name = fields.Field("name", "naam", widget=TextWidget())
    email = fields.Field("email", "e-mail", widget=EmailWidget())
    phone = fields.Field("phone", "telefoon", widget=PhoneWidget())
    languages = fields.Field(
        "languages",
        "talen",
        widget=TextWidget(keep_when_empty=True),
        saves_null_values=False,
    )
    domains = fields.Field(
        "domains",
        "domeinen",
        widget=ChoiceListWidget(
            DOMAINS, gettext_lazy("Onbekend domein: %(values)s. Kies uit: %(known)s.")
        ),
    )
    lived_experience = fields.Field(
        "lived_experience",
        "ervaringsdeskundigheid",
        widget=ChoiceListWidget(
            LIVED_EXPERIENCE,
            gettext_lazy(
                "Onbekende ervaringsdeskundigheid: %(values)s. Kies uit: %(known)s."
            ),
        ),
    )
    vog_date = fields.Field("vog_date", "datum_vog", widget=DutchDateWidget())
    joined_on = fields.Field(
        "joined_on", "lid_sinds", widget=DutchDateWidget(), saves_null_values=False
    )
    active = fields.Field(
        "active", "actief", widget=YesNoWidget(), saves_null_values=False
    )
    left_on = fields.Field("left_on", "vertrokken_op", widget=DutchDateWidget())
    other_roles = fields.Field("other_roles", "andere_rollen", widget=TextWidget())

    class Meta:
        model = Member
        fields = (
            "name",
            "email",
            "phone",
            "languages",
            "domains",
            "lived_experience",
            "vog_date",
            "joined_on",
            "active",
            "left_on",
            "other_roles",
        )
        import_order = export_order = fields
        import_id_fields = ("email",)
        instance_loader_class = GroupMemberLoader
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
        skip_html_diff = True
        use_transactions = True

    def __init__(self, group, line_numbers=None, **kwargs):
        """group: the RosterGroupPage to import into or export from.
        line_numbers: the spreadsheet row of each dataset row, for messages;
        needed to import (pool.imports.RosterImport passes them), not to
        export."""
        super().__init__(**kwargs)
        self.group = group
        self.line_numbers = line_numbers
        self.lines_by_email: dict[str, list[int]] = {}
        self.active_elsewhere: dict[str, str] = {}
        self.changed_columns: dict[int, list[str]] = {}

    @classmethod
    def column_names(cls) -> list[str]:
        return [field.column_name for field in cls.fields.values()]

    def get_queryset(self):
        return Member.objects.filter(page_id=self.group.pk)

    def init_instance(self, row=None):
        # The id, not the page object: every row is deep-copied for the diff.
        return Member(page_id=self.group.pk)

    def line_of(self, row_number: int) -> int:
        return self.line_numbers[row_number - 1]

    def before_import(self, dataset, **kwargs):
        super().before_import(dataset, **kwargs)
        email_field = self.fields["email"]
        self.lines_by_email = {}
        if email_field.column_name in (dataset.headers or []):
            for number, row in enumerate(dataset.dict, 1):
                email = email_field.clean(row)
                if email:
                    self.lines_by_email.setdefault(email, []).append(
                        self.line_of(number)
                    )
        self.active_elsewhere = Member.objects.active_elsewhere(self.group.pk)

    def import_instance(self, instance, row, **kwargs):
        row_number = kwargs["row_number"]
        import_fields = self.get_import_fields()
        before = [field.get_value(instance) for field in import_fields]
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        conflict = self.email_conflict(instance, self.line_of(row_number))
        if conflict and "email" not in errors:
            errors["email"] = [conflict]
        self.changed_columns[row_number] = [
            field.column_name
            for field, old in zip(import_fields, before, strict=True)
            if field.get_value(instance) != old
        ]
        if errors:
            raise ValidationError(errors)

    def email_conflict(self, instance, line: int) -> str | None:
        email = instance.email
        if not email:
            return None
        other_lines = [n for n in self.lines_by_email.get(email, []) if n != line]
        if other_lines:
            return _("Dit e-mailadres staat ook in rij %(rows)s van het bestand.") % {
                "rows": ", ".join(map(str, other_lines))
            }
        if instance.active and email in self.active_elsewhere:
            return email_taken_message(self.active_elsewhere[email])
        return None

    def validate_instance(
        self, instance, import_validation_errors=None, validate_unique=True
    ):
        """The model's own rules, without repeating a column that already has
        a reading error and without looking up the group page for every row."""
        errors = dict(import_validation_errors or {})
        try:
            instance.full_clean(exclude=[*errors, "page"], validate_unique=False)
        except ValidationError as error:
            for field_name, messages in error.message_dict.items():
                errors.setdefault(field_name, messages)
        if errors:
            raise ValidationError(errors)
