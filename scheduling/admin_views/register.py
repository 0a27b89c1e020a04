"""Registering oneself and one's attendees for sessions, from the admin.

A contact person (or anyone the site's hooks give attendees or audiences)
sees the sessions still open for registration and, per occurrence, a list to
tick: themselves and the attendees they may register. They only ever see
their own people: the list, the registrations shown and the ids accepted all
come from ``hooks.attendees_for_user``."""

from dataclasses import dataclass
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .. import booking, conf, hooks
from ..models import Registration, Session
from ..occurrences import add_counts, find_slot, parse_occurrence_key, slots_between
from .responses import forbidden

WINDOW = timedelta(days=183)
SELF = "self"


def registrable_attendees(user):
    """The attendees ``user`` may register, in name order; None without any."""
    attendees = hooks.attendees_for_user(user)
    if attendees is None:
        return None
    return attendees.order_by(conf.attendee_name_field(), "pk")


def has_attendees(user):
    """Whether the user may register anyone but themselves. Cached on the
    user: the admin menu asks on every page."""
    if not user.is_authenticated or not user.is_active:
        return False
    if not hasattr(user, "_scheduling_has_attendees"):
        attendees = registrable_attendees(user)
        user._scheduling_has_attendees = attendees is not None and attendees.exists()
    return user._scheduling_has_attendees


def may_register(user):
    """Whether the user may register anyone, themselves included."""
    if not user.is_authenticated or not user.is_active:
        return False
    return has_attendees(user) or bool(hooks.user_audiences(user))


def may_attend(session, audiences):
    """Whether someone of these audiences may come to the session."""
    return session.is_public or session.audience in audiences


def own_email(user):
    return (user.email or "").strip().lower()


def own_registrations(user, attendees, occurrence_ids):
    """Active registrations on these occurrences of the user or their attendees."""
    mine = Q(email=own_email(user)) if own_email(user) else Q(pk__in=[])
    if attendees is not None:
        mine |= Q(
            attendee_type=ContentType.objects.get_for_model(attendees.model),
            attendee_id__in=attendees.values("pk"),
        )
    return Registration.objects.active().filter(mine, occurrence__in=occurrence_ids)


class RegisterIndexView(WagtailAdminTemplateMixin, View):
    """The occurrences of the coming months that are still open for registration."""

    template_name = "scheduling/admin/register_index.html"
    page_title = gettext_lazy("Aanmelden voor sessies")
    header_icon = "date"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get(self, request):
        user = request.user
        if not may_register(user):
            return forbidden(request)
        now, audiences = timezone.now(), hooks.user_audiences(user)
        slots = [
            slot
            for slot in slots_between(now, now + WINDOW)
            if may_attend(slot.session, audiences)
            and slot.registration_closed_reason(now) is None
        ]
        add_counts(slots)
        stored = [slot.occurrence_id for slot in slots if slot.occurrence_id]
        counts = {}
        if stored:
            counts = dict(
                own_registrations(user, registrable_attendees(user), stored)
                .values_list("occurrence")
                .annotate(count=Count("pk"))
                .order_by()
            )
        for slot in slots:
            slot.own_count = counts.get(slot.occurrence_id, 0)
        return self.render_to_response(self.get_context_data(slots=slots))


@dataclass
class Person:
    """One line of the list to tick: the user themselves or an attendee."""

    id: str
    name: str
    email: str
    attendee: object = None
    registration: Registration | None = None
    is_self: bool = False


def people_for(user, session):
    """The user (when they have an email address) and, for a public session,
    the attendees they may register."""
    people = []
    self_attendee = hooks.find_attendee(own_email(user)) if own_email(user) else None
    if own_email(user):
        people.append(
            Person(
                id=SELF,
                name=user.get_full_name() or user.get_username(),
                email=own_email(user),
                attendee=self_attendee,
                is_self=True,
            )
        )
    attendees = registrable_attendees(user)
    if attendees is not None and session.is_public:
        for attendee in attendees:
            if self_attendee is not None and attendee.pk == self_attendee.pk:
                continue
            people.append(
                Person(
                    id=str(attendee.pk),
                    name=hooks.attendee_name(attendee),
                    email=hooks.attendee_email(attendee).strip().lower(),
                    attendee=attendee,
                )
            )
    return people


def attach_registrations(people, slot):
    """Give each person their active registration on the slot, if any. Only
    these people's registrations are read."""
    if not slot.occurrence_id or not people:
        return people
    by_email = {person.email: person for person in people}
    by_attendee = {p.attendee.pk: p for p in people if p.attendee is not None}
    mine = Q(email__in=list(by_email))
    if by_attendee:
        mine |= Q(
            attendee_type=ContentType.objects.get_for_model(conf.attendee_model()),
            attendee_id__in=list(by_attendee),
        )
    registrations = Registration.objects.active().filter(
        mine, occurrence=slot.occurrence_id
    )
    for registration in registrations:
        person = by_email.get(registration.email) or by_attendee.get(
            registration.attendee_id
        )
        if person is not None:
            person.registration = registration
    return people


class OccurrenceRegisterView(WagtailAdminTemplateMixin, View):
    """One occurrence: tick who goes, untick who no longer goes."""

    template_name = "scheduling/admin/register_occurrence.html"
    header_icon = "date"

    def dispatch(self, request, session_id, key):
        if not may_register(request.user):
            return forbidden(request)
        self.session = get_object_or_404(
            Session.objects.select_related("calendar"), pk=session_id
        )
        self.slot = find_slot(self.session, parse_occurrence_key(key))
        if self.slot is None:
            raise Http404
        if not may_attend(self.session, hooks.user_audiences(request.user)):
            return forbidden(request)
        add_counts([self.slot])
        self.people = attach_registrations(
            people_for(request.user, self.session), self.slot
        )
        return super().dispatch(request, session_id, key)

    def get_page_title(self):
        return _("Aanmelden: %(title)s") % {"title": self.session.title}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("scheduling_register:index"),
                "label": _("Aanmelden voor sessies"),
            },
            {"url": "", "label": self.session.title},
        ]

    def get_context_data(self, agenda_item_form=None, **kwargs):
        # Agenda items are the contributions module's; it imports this one.
        from .contributions import agenda_item_context

        own = next((p.registration for p in self.people if p.is_self), None)
        return super().get_context_data(
            slot=self.slot,
            session=self.session,
            people=self.people,
            closed_reason=self.slot.registration_closed_reason(),
            own_registration=own,
            **agenda_item_context(self.session, own, form=agenda_item_form),
            **kwargs,
        )

    def get(self, request, session_id, key):
        return self.render_to_response(self.get_context_data())

    def post(self, request, session_id, key):
        allowed = {person.id for person in self.people}
        ticked = set(request.POST.getlist("person"))
        shown_registered = set(request.POST.getlist("registered"))
        if not (ticked | shown_registered) <= allowed:
            messages.error(
                request,
                _(
                    "U kunt alleen uzelf en de mensen uit uw eigen groep aanmelden. "
                    "Er is niets veranderd."
                ),
            )
            return self.render_to_response(self.get_context_data(), status=400)
        reason = self.slot.registration_closed_reason()
        if reason:
            messages.error(request, reason + " " + _("Er is niets veranderd."))
            return self.render_to_response(self.get_context_data(), status=400)
        for person in self.people:
            if person.registration is not None:
                if person.id in shown_registered and person.id not in ticked:
                    self.cancel(request, person)
            elif person.id in ticked:
                self.register(request, person)
        return redirect(request.path)

    def cancel(self, request, person):
        try:
            booking.cancel(person.registration)
        except booking.BookingError as error:
            messages.error(request, f"{person.name}: {error.message}")
        else:
            messages.success(request, _("%(name)s: afgemeld.") % {"name": person.name})

    def register(self, request, person):
        try:
            registration = booking.register(
                self.slot,
                name=person.name,
                email=person.email,
                attendee=person.attendee,
                registered_by=request.user,
            )
        except booking.BookingError as error:
            messages.error(request, f"{person.name}: {error.message}")
            return
        if registration.status == Registration.Status.WAITING:
            messages.warning(
                request, _("%(name)s: op de wachtlijst.") % {"name": person.name}
            )
        else:
            messages.success(request, _("%(name)s: aangemeld.") % {"name": person.name})
