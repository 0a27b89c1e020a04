"""A member's personal declaration page, opened with the link from their mail
(pool.declaration_links): the form, their declarations of this year, and
withdrawing one that nobody has decided on yet.

Nothing changes on GET: mail scanners follow links. Every answer carries
the private headers (see declaration_page.private), since its address holds
the link. A shown form saves one declaration: its one-time token is claimed
before saving (pool.declaration_limits), so the same form sent twice leads
back to the page with the one declaration. DeclarationPage calls these with
itself as ``page``."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from pool import declaration_limits, declaration_links, declaring
from pool.allowances import euro, money
from pool.declaration_forms import TOKEN_FIELD, DeclarationForm
from pool.declaration_overview import overview
from pool.models import Activity, Declaration, DeclarationStatus, OtherAllowance

from .declaration_page import ALLOWED, bad_link, error_links, private


def may_withdraw(declaration) -> bool:
    # A contact person's own hours are withdrawn where they were declared.
    return (
        declaration.status == DeclarationStatus.SUBMITTED
        and declaration.activity != Activity.CONTACT_PERSON
    )


def render_personal(page, request, token, member, form):
    summary = overview(member)
    rows = [
        {
            "declaration": declaration,
            "withdraw_url": (
                page.route_url(request, "withdraw", token, declaration.pk)
                if may_withdraw(declaration)
                else None
            ),
        }
        for declaration in summary.declarations
    ]
    response = page.render(
        request,
        template="pool/declaration_personal.html",
        context_overrides={
            "member": member,
            "form": form,
            "error_links": error_links(form),
            "form_action": page.route_url(request, "personal", token),
            "overview": summary,
            "rows": rows,
            "year": summary.year,
            "allowance_year": summary.allowance_year,
        },
    )
    return private(response)


def confirmation(declaration) -> str:
    parts = [
        formats.date_format(declaration.date, "j F Y"),
        declaration.get_activity_display(),
    ]
    if declaration.hours:
        hours = formats.number_format(declaration.hours.normalize(), use_l10n=True)
        parts.append(_("%(hours)s uur") % {"hours": hours})
    if declaration.costs:
        parts.append(_("%(costs)s onkosten") % {"costs": euro(declaration.costs)})
    return _(
        "Dank u wel. Uw declaratie is ingediend: %(what)s. De coördinatoren "
        "beoordelen hem. Hieronder ziet u wanneer dat is gebeurd."
    ) % {"what": ", ".join(parts)}


def report_other_allowance(member, day, amount, organisation) -> OtherAllowance:
    """What the member received that month from other volunteer work at one
    organisation. It replaces the amount of an earlier row of the member, that
    month and that organisation (written in any case); no other row changes.
    Each report is written to the audit log with the old and the new amount."""
    month = day.replace(day=1)
    organisation = organisation.strip()
    if not organisation:
        raise ValueError("An other allowance is reported with its organisation.")
    allowance = (
        OtherAllowance.objects.select_for_update()
        .filter(member=member, month=month, organisation__iexact=organisation)
        .order_by("-reported_at", "-pk")
        .first()
    )
    old_amount = None
    if allowance is None:
        allowance = OtherAllowance(
            member=member, month=month, amount=amount, organisation=organisation
        )
    else:
        old_amount = allowance.amount
        allowance.amount = amount
        allowance.reported_at = timezone.now()
    allowance.save()
    log(
        instance=allowance,
        action="pool.other_allowance.report",
        data={
            "member": member.pk,
            "month": month.isoformat(),
            "organisation": allowance.organisation,
            "old_amount": None if old_amount is None else str(money(old_amount)),
            "new_amount": str(money(amount)),
        },
    )
    return allowance


def save(form, member):
    """Submit the declaration and the other allowance together; raises
    ValidationError with the model's messages."""
    declaration = form.declaration(member)
    with transaction.atomic():
        declaring.submit(declaration)
        amount = form.cleaned_data.get("other_amount")
        if amount:
            report_other_allowance(
                member,
                declaration.date,
                amount,
                form.cleaned_data.get("other_organisation", ""),
            )
    return declaration


def fresh_form(member):
    return DeclarationForm(
        initial={TOKEN_FIELD: declaration_limits.new_form_token(member)}
    )


def personal(page, request, token):
    if request.method not in ALLOWED:
        return HttpResponseNotAllowed(ALLOWED)
    try:
        member = declaration_links.read(token)
    except declaration_links.LinkError as problem:
        return bad_link(page, request, problem)
    if request.method != "POST":
        return render_personal(page, request, token, member, fresh_form(member))

    form_token = request.POST.get(TOKEN_FIELD, "")
    if declaration_limits.form_token_used(form_token):
        return already_sent(page, request, token)
    form = DeclarationForm(request.POST)
    if not form.is_valid():
        return render_personal(page, request, token, member, form)
    if not declaration_limits.form_token_is_valid(form_token, member):
        form.data = form.data.copy()
        form.data[TOKEN_FIELD] = declaration_limits.new_form_token(member)
        form.add_error(
            None,
            _(
                "Uw declaratie is nog niet verstuurd. Controleer of alles klopt "
                "en klik dan nog een keer op 'Declaratie versturen'."
            ),
        )
        return render_personal(page, request, token, member, form)
    if not declaration_limits.claim_form_token(form_token):
        return already_sent(page, request, token)
    try:
        declaration = save(form, member)
    except ValidationError as error:
        declaration_limits.release_form_token(form_token)
        form.add_model_errors(error)
        return render_personal(page, request, token, member, form)
    except BaseException:
        # Nothing was saved: the same form may be sent again.
        declaration_limits.release_form_token(form_token)
        raise
    messages.success(request, confirmation(declaration))
    return private(redirect(page.route_url(request, "personal", token)))


def already_sent(page, request, token):
    messages.info(
        request,
        _(
            "Deze declaratie had u al verstuurd; hij is één keer opgeslagen. "
            "U ziet hem hieronder."
        ),
    )
    return private(redirect(page.route_url(request, "personal", token)))


def withdraw(page, request, token, declaration_id):
    if request.method not in ALLOWED:
        return HttpResponseNotAllowed(ALLOWED)
    try:
        member = declaration_links.read(token)
    except declaration_links.LinkError as problem:
        return bad_link(page, request, problem)
    back = page.route_url(request, "personal", token)
    declaration = Declaration.objects.filter(pk=declaration_id, member=member).first()
    if declaration is None:
        messages.error(request, _("Deze declaratie bestaat niet (meer)."))
        return private(redirect(back))
    if not may_withdraw(declaration):
        messages.error(request, cannot_withdraw(declaration))
        return private(redirect(back))
    if request.method != "POST":
        response = page.render(
            request,
            template="pool/declaration_withdraw.html",
            context_overrides={
                "declaration": declaration,
                "back_url": back,
                "form_action": page.route_url(
                    request, "withdraw", token, declaration.pk
                ),
            },
        )
        return private(response)
    try:
        declaring.withdraw(declaration.pk, None)
    except declaring.DeclarationError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("Uw declaratie van %(date)s is ingetrokken.")
            % {"date": formats.date_format(declaration.date, "j F Y")},
        )
    return private(redirect(back))


def cannot_withdraw(declaration) -> str:
    if declaration.activity == Activity.CONTACT_PERSON:
        return _(
            "Deze declaratie deed u als contactpersoon. U kunt hem intrekken in "
            "de beheeromgeving."
        )
    return _(
        "Deze declaratie is al beoordeeld: %(status)s. Intrekken kan daarom niet "
        "meer. Klopt er iets niet? Neem dan contact op met de coördinatoren."
    ) % {"status": declaration.get_status_display().lower()}
