"""How the payout maps to a spreadsheet, through django-import-export: one row
per person (what to pay them) and one row per approved declaration (what it
is made of). Dutch headings, dd-mm-jjjj dates and amounts with a decimal
comma in CSV; real numbers and dates in XLSX."""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from import_export import fields, resources, widgets

from pool.models import Declaration, Member
from pool.models.declarations import with_lower_email
from pool.resources import DutchDateWidget

ZERO = Decimal("0")


class DecimalWidget(widgets.Widget):
    """Two decimals with a comma in CSV; the number itself in XLSX."""

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        if kwargs.get("force_native_type"):
            return value
        return number_format(value, decimal_pos=2)


class TextWidget(widgets.Widget):
    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(value)


def text_field(attribute, heading):
    return fields.Field(attribute=attribute, column_name=heading, widget=TextWidget())


def number_field(attribute, heading):
    return fields.Field(
        attribute=attribute, column_name=heading, widget=DecimalWidget()
    )


@dataclass
class PersonPayout:
    """Everything one person is paid in the chosen period."""

    name: str
    email: str
    groups: set = field(default_factory=set)
    count: int = 0
    hours: Decimal = ZERO
    costs: Decimal = ZERO
    amount: Decimal = ZERO
    payable: Decimal = ZERO

    @property
    def group_titles(self) -> str:
        return ", ".join(sorted(self.groups))

    def add(self, declaration):
        self.groups.add(declaration.group.title)
        self.count += 1
        self.hours += declaration.hours
        self.costs += declaration.costs
        self.amount += declaration.amount or ZERO
        self.payable += declaration.paid_amount or ZERO


def linked_members(declarations) -> dict:
    """The member record of each contact person who declared without one
    linked, found by their email address (case-insensitive), as {user id:
    member}: a member in the list first, then an active one. One query, and
    none when every declaration is linked."""
    users_by_email = defaultdict(set)
    for declaration in declarations:
        if declaration.member_id:
            continue
        email = declaration.contact_person.email.strip().lower()
        if email:
            users_by_email[email].add(declaration.contact_person_id)
    if not users_by_email:
        return {}
    listed = {d.member_id for d in declarations if d.member_id}
    members = with_lower_email(Member.objects).filter(
        lower_email__in=list(users_by_email)
    )
    found = {}
    for member in sorted(members, key=lambda m: (m.pk not in listed, not m.active)):
        for user_id in users_by_email[member.lower_email]:
            found.setdefault(user_id, member)
    return found


def person_key(declaration, linked=None):
    """A contact person who is on a roster too counts as that member: linked
    when they declared, or found by email address (linked_members)."""
    if declaration.member_id:
        return ("member", declaration.member_id)
    member = (linked or {}).get(declaration.contact_person_id)
    if member is not None:
        return ("member", member.pk)
    return ("user", declaration.contact_person_id)


def person_name_and_email(declaration, linked=None) -> tuple[str, str]:
    member = declaration.member or (linked or {}).get(declaration.contact_person_id)
    if member is not None:
        return member.name, member.email
    return declaration.declarant_name, declaration.contact_person.email


def payouts_per_person(declarations) -> list[PersonPayout]:
    linked = linked_members(declarations)
    people: dict[tuple, PersonPayout] = {}
    for declaration in declarations:
        key = person_key(declaration, linked)
        if key not in people:
            people[key] = PersonPayout(*person_name_and_email(declaration, linked))
        people[key].add(declaration)
    return sorted(people.values(), key=lambda p: (p.name.casefold(), p.email))


class PersonPayoutResource(resources.Resource):
    name = text_field("name", _("Naam"))
    email = text_field("email", _("E-mailadres"))
    groups = text_field("group_titles", _("Groep"))
    count = fields.Field(
        attribute="count",
        column_name=_("Aantal declaraties"),
        widget=widgets.IntegerWidget(coerce_to_string=False),
    )
    hours = number_field("hours", _("Uren"))
    costs = number_field("costs", _("Onkosten (€)"))
    amount = number_field("amount", _("Bedrag (€)"))
    payable = number_field("payable", _("Uit te betalen (€)"))

    class Meta:
        export_order = [
            "name",
            "email",
            "groups",
            "count",
            "hours",
            "costs",
            "amount",
            "payable",
        ]


class DeclarationPayoutResource(resources.ModelResource):
    declaration_number = fields.Field(
        attribute="pk",
        column_name=_("Nummer"),
        widget=widgets.IntegerWidget(coerce_to_string=False),
    )
    date = fields.Field(
        attribute="date", column_name=_("Datum"), widget=DutchDateWidget()
    )
    name = text_field("declarant_name", _("Naam"))
    email = fields.Field(column_name=_("E-mailadres"), widget=TextWidget())
    group = text_field("group__title", _("Groep"))
    activity = text_field("get_activity_display", _("Soort werk"))
    description = text_field("description", _("Omschrijving"))
    hours = number_field("hours", _("Uren"))
    costs = number_field("costs", _("Onkosten (€)"))
    costs_note = text_field("costs_note", _("Toelichting op de onkosten"))
    hourly_rate = number_field("hourly_rate", _("Vergoeding per uur (€)"))
    amount = number_field("amount", _("Bedrag (€)"))
    paid_amount = number_field("paid_amount", _("Uit te betalen (€)"))
    paid_on = fields.Field(
        attribute="paid_on", column_name=_("Uitbetaald op"), widget=DutchDateWidget()
    )

    class Meta:
        model = Declaration
        fields = [
            "declaration_number",
            "date",
            "name",
            "email",
            "group",
            "activity",
            "description",
            "hours",
            "costs",
            "costs_note",
            "hourly_rate",
            "amount",
            "paid_amount",
            "paid_on",
        ]
        export_order = fields

    def dehydrate_email(self, declaration):
        return person_name_and_email(declaration)[1]
