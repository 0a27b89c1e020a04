"""The pages behind the links in mails: cancel a registration, bring something in.

Both work without logging in; the signed token in the address names the
registration (see scheduling.tokens). Nothing changes on GET: mail scanners
follow links, so cancelling always asks for a click on a button (POST)."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from .. import booking, tokens
from ..forms import MAX_CONTRIBUTIONS, ContributionForm
from ..models import ContributionKind, Registration
from ..occurrences import Slot

link_view = require_http_methods(["GET", "HEAD", "POST"])


def message_page(request, heading, message, *, status=200, context=None):
    return _render(
        request,
        "scheduling/link_message.html",
        {"heading": heading, "message": message, **(context or {})},
        status=status,
    )


def _registration(request, token, purpose):
    """The registration a link names, or the page that says why it cannot be used.

    A forged link answers 400; a genuine one for a session that is over (or a
    registration that is gone) answers 410."""
    try:
        return tokens.read(token, purpose), None
    except tokens.TokenError as error:
        return None, message_page(
            request,
            _("Deze link werkt niet (meer)"),
            error.message,
            status=error.status,
        )


def _render(request, template, context, status=200):
    """A page behind a link from a mail: never in a search engine."""
    response = TemplateResponse(request, template, context, status=status)
    response["X-Robots-Tag"] = "noindex"
    return response


@never_cache
@link_view
def cancel(request, token):
    registration, problem = _registration(request, token, tokens.CANCEL)
    if problem:
        return problem
    slot = Slot.for_registration(registration)
    context = {"registration": registration, "slot": slot, "session": slot.session}
    if registration.status == Registration.Status.CANCELLED:
        return message_page(
            request,
            _("U bent al afgemeld"),
            _("U was al afgemeld voor deze sessie. U hoeft niets meer te doen."),
            context=context,
        )
    if slot.start <= timezone.now():
        return message_page(
            request,
            _("Afmelden kan niet meer"),
            _("Deze sessie is al begonnen of voorbij; afmelden kan niet meer."),
            context=context,
        )
    if request.method == "POST":
        was_waiting = registration.status == Registration.Status.WAITING
        try:
            booking.cancel(registration)
        except booking.BookingError as error:
            return message_page(
                request, _("Afmelden is niet gelukt"), error.message, context=context
            )
        return _render(
            request,
            "scheduling/cancel_done.html",
            {**context, "was_waiting": was_waiting},
        )
    return _render(request, "scheduling/cancel_confirm.html", context)


def _why_no_contribution(registration, slot):
    if not slot.session.contribution_kind:
        return _("Voor deze sessie hoeft u niets in te brengen.")
    if registration.status == Registration.Status.CANCELLED:
        return _("U bent afgemeld voor deze sessie; inbrengen kan daarom niet.")
    if registration.status == Registration.Status.WAITING:
        return _(
            "U staat nog op de wachtlijst. Krijgt u een plaats, dan kunt u via "
            "de link in die mail iets inbrengen."
        )
    if slot.cancelled:
        return _("Deze sessie gaat niet door.")
    if slot.start <= timezone.now():
        return _("Deze sessie is al begonnen; inbrengen kan niet meer.")
    return None


def _save_contribution(registration, kind, form):
    """Save the contribution unless the registration already has the maximum;
    the registration row is locked so that two tabs cannot pass it together."""
    with transaction.atomic():
        Registration.objects.select_for_update().filter(pk=registration.pk).first()
        if registration.contributions.count() >= MAX_CONTRIBUTIONS:
            return False
        contribution = form.save(commit=False)
        contribution.registration = registration
        contribution.kind = kind
        contribution.save()
    return True


@never_cache
@link_view
def contribute(request, token):
    registration, problem = _registration(request, token, tokens.CONTRIBUTE)
    if problem:
        return problem
    slot = Slot.for_registration(registration)
    context = {"registration": registration, "slot": slot, "session": slot.session}
    reason = _why_no_contribution(registration, slot)
    if reason:
        return message_page(request, _("Inbrengen kan niet"), reason, context=context)
    kind = slot.session.contribution_kind
    contributions = list(registration.contributions.all())
    room = len(contributions) < MAX_CONTRIBUTIONS
    form = ContributionForm(
        request.POST if request.method == "POST" else None, kind=kind
    )
    if request.method == "POST" and form.is_valid():
        if _save_contribution(registration, kind, form):
            messages.success(request, _("Dank u wel. Uw inbreng is opgeslagen."))
            return redirect(request.path)
        room = False
        form.add_error(
            None,
            _("U heeft al %(count)d keer iets ingebracht; meer kan niet.")
            % {"count": MAX_CONTRIBUTIONS},
        )
    return _render(
        request,
        "scheduling/contribute.html",
        {
            **context,
            "kind": kind,
            "is_case": kind == ContributionKind.CASE,
            "contributions": contributions,
            "form": form,
            "room": room,
            "max_contributions": MAX_CONTRIBUTIONS,
        },
    )
