"""The agenda page's routes: the list, one session with its form, and the
confirmation after registering. AgendaPage calls these with itself as ``page``;
every template is rendered through ``page.render`` and so gets ``page``."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from .. import booking, conf
from ..forms import AgendaFilterForm, RegistrationForm
from ..models import Registration
from ..occurrences import (
    add_counts,
    find_session_slot,
    slots_from_rows,
    upcoming_slots,
)

PER_PAGE = 20
# Where the outcome of a registration waits for the confirmation page.
SESSION_KEY = "scheduling:registered"


def slot_state(slot, now=None):
    """What the agenda says about places: cancelled, closed, full or open."""
    if slot.cancelled:
        return "cancelled"
    if slot.registration_closed_reason(now) is not None:
        return "closed"
    if slot.is_full:
        return "full"
    return "open"


def _feeds(request, calendars):
    return [
        {
            "calendar": calendar,
            "url": request.build_absolute_uri(
                reverse("scheduling:calendar_feed", args=[calendar.slug])
            ),
        }
        for calendar in calendars
    ]


def index(page, request):
    calendars = page.shown_calendars()
    form = AgendaFilterForm(request.GET or None, calendars=calendars)
    slug = form.chosen_slug()
    chosen = next((c for c in calendars if c.slug == slug), None)
    shown = [chosen] if chosen else calendars
    rows = []
    if shown:
        rows = upcoming_slots(
            calendar_ids=[calendar.pk for calendar in shown],
            months=conf.agenda_months(),
        )
    page_obj = Paginator(rows, PER_PAGE).get_page(request.GET.get("pagina"))
    slots = add_counts(slots_from_rows(page_obj.object_list))
    base = page.get_url(request) or ""
    now = timezone.now()
    items = [
        {
            "slot": slot,
            "state": slot_state(slot, now),
            "url": page.subpage_url(base, "detail", slot),
        }
        for slot in slots
    ]
    return page.render(
        request,
        context_overrides={
            "filter_form": form,
            "calendars": calendars,
            "chosen": chosen,
            "page_obj": page_obj,
            "items": items,
            "query_prefix": urlencode({"soort": chosen.slug}) if chosen else "",
            "feeds": _feeds(request, shown),
        },
    )


def _slot_or_404(page, session_id, key):
    slot = find_session_slot(session_id, key)
    if slot is None or not page.shows_calendar(slot.session.calendar_id):
        raise Http404
    return slot


def _crumbs(page, request, title):
    """Breadcrumbs for a route below the page: its ancestors, the page, the title."""
    site = Site.find_for_request(request)
    ancestors = Page.objects.none()
    if site is not None:
        ancestors = Page.objects.ancestor_of(page, inclusive=True).filter(
            depth__gte=site.root_page.depth
        )
    return {"crumbs": ancestors, "crumb": {"title": title}}


def detail(page, request, session_id, key):
    slot = _slot_or_404(page, session_id, key)
    session = slot.session
    form = None
    refused = None
    if session.is_public:
        form = RegistrationForm(request.POST if request.method == "POST" else None)
        if form.is_bound and form.is_valid():
            try:
                registration = booking.register(
                    slot,
                    name=form.cleaned_data["name"],
                    email=form.cleaned_data["email"],
                )
            except booking.BookingError as error:
                form.add_error(error.field, error.message)
            else:
                request.session[SESSION_KEY] = {
                    "slot": f"{session.pk}/{slot.key}",
                    "status": registration.status,
                    "email": registration.email,
                }
                base = page.get_url(request) or "/"
                return redirect(page.subpage_url(base, "registered", slot))
    elif request.method == "POST":
        refused = _(
            "Voor deze sessie kunt u zich niet via dit formulier aanmelden. "
            "Wie erbij mag zijn, meldt zich aan via de beheeromgeving."
        )
    add_counts([slot])
    closed = slot.registration_closed_reason()
    response = page.render(
        request,
        template="scheduling/agenda_detail.html",
        context_overrides={
            "slot": slot,
            "session": session,
            "state": slot_state(slot),
            "closed_reason": closed,
            "form": form,
            "show_form": form is not None and closed is None,
            "refused": refused,
            "admin_url": reverse("wagtailadmin_home"),
            **_crumbs(page, request, session.title),
        },
    )
    if refused:
        response.status_code = 403
    return response


def registered(page, request, session_id, key):
    slot = _slot_or_404(page, session_id, key)
    outcome = request.session.get(SESSION_KEY) or {}
    if outcome.get("slot") != f"{slot.session.pk}/{slot.key}":
        return redirect(page.subpage_url(page.get_url(request) or "/", "detail", slot))
    return page.render(
        request,
        template="scheduling/agenda_registered.html",
        context_overrides={
            "slot": slot,
            "session": slot.session,
            "confirmed": outcome.get("status") == Registration.Status.CONFIRMED,
            "email": outcome.get("email", ""),
            "detail_url": page.subpage_url(
                page.get_url(request) or "/", "detail", slot
            ),
            **_crumbs(page, request, slot.session.title),
        },
    )
