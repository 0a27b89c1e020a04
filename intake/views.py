"""The request page's routes: the form and the thank-you page. RequestPage
calls these with itself as ``page``; templates are rendered through
``page.render`` and so get ``page``.

The reference travels from the form to the thank-you page in the session,
never in the URL.

A shown form saves one request: its signed start time is a one-time token
(intake.spam), claimed in the cache before the request is saved. The same
form sent again leads to the thank-you page of the first request."""

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS
from django.db import transaction
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from . import notifications, spam
from .forms import RequestForm

SESSION_KEY = "intake:submitted"
RATE_LIMITED = _(
    "Vanaf deze computer of dit netwerk zijn kort na elkaar veel aanvragen "
    "verstuurd. Daarom nemen wij nu even geen nieuwe aanvraag aan. Wat u had "
    "ingevuld, staat er nog. Probeer het later nog eens. Heeft u net al een "
    "aanvraag verstuurd? Dan hebben wij die ontvangen. Heeft u haast? Bel ons "
    "dan. Wij helpen u graag verder."
)


def page_url(page, request) -> str:
    url = page.get_url(request) or "/"
    return url if url.endswith("/") else url + "/"


def thanks_url(page, request) -> str:
    return page_url(page, request) + page.reverse_subpage("thanks")


def error_links(form) -> list[tuple[str, str]]:
    """(anchor, message) for each field error, in the order of the form; a
    group of radio buttons or checkboxes is reached through its first one."""
    links = []
    for bound in form.visible():
        anchor = bound.auto_id
        if bound.field.widget.use_fieldset:
            anchor = f"{anchor}_0"
        links.extend((anchor, error) for error in bound.errors)
    return links


def render_form(page, request, form):
    # Django ties each input to its hint and error (aria-describedby, with the
    # ids the templates use); intake/includes/choices.html does it for groups.
    return page.render(
        request,
        context_overrides={
            "form": form,
            "error_links": error_links(form),
            "form_action": page_url(page, request),
        },
    )


def privacy_link(page, request) -> dict:
    """The privacy statement for the form: its URL, and its language when that
    differs from the page's (no translation yet)."""
    privacy_page = page.localized_privacy_page()
    if privacy_page is None:
        return {"privacy_url": "", "privacy_language": ""}
    other_language = privacy_page.locale_id != page.locale_id
    return {
        "privacy_url": privacy_page.get_url(request) or "",
        "privacy_language": privacy_page.locale.language_code if other_language else "",
    }


def request_form(page, request):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    privacy = privacy_link(page, request)
    if request.method != "POST":
        form = RequestForm(
            initial={spam.TIMESTAMP_FIELD: spam.new_timestamp()}, **privacy
        )
        return render_form(page, request, form)

    token = request.POST.get(spam.TIMESTAMP_FIELD, "")
    if spam.token_use(token) is not None:
        return already_sent(page, request, token)
    form = RequestForm(request.POST, **privacy)
    if spam.is_rate_limited(request):
        return rate_limited(page, request, form)
    if not form.is_valid():
        return render_form(page, request, form)
    # Only the first of two simultaneous submissions gets the claim.
    if not spam.claim_token(token):
        return already_sent(page, request, token)
    # The request and its mails in the outbox, together or not at all; the
    # mails are sent after the commit, so a mail server that is down loses
    # nothing.
    try:
        with transaction.atomic():
            request_obj = form.save()
            notifications.request_received(request_obj)
    except BaseException:
        # Nothing was saved: the same form may be sent again.
        spam.release_token(token)
        raise
    spam.count_submission(request)
    submitted = {
        "reference": request_obj.reference,
        "email": bool(request_obj.email),
    }
    spam.remember_token(token, submitted)
    request.session[SESSION_KEY] = submitted
    return redirect(thanks_url(page, request))


def already_sent(page, request, token):
    """The same form sent again: the thank-you page of the request it already
    saved; a short page saying so while that request is still being saved."""
    submitted = spam.wait_for_token(token)
    if submitted is not None:
        request.session[SESSION_KEY] = submitted
        return redirect(thanks_url(page, request))
    return page.render(request, template="intake/request_already_sent.html")


def thanks(page, request):
    submitted = request.session.get(SESSION_KEY) or {}
    if not submitted.get("reference"):
        return redirect(page_url(page, request))
    return page.render(
        request,
        template="intake/request_thanks.html",
        context_overrides={
            "reference": submitted["reference"],
            "email_given": submitted.get("email", False),
        },
    )


def rate_limited(page, request, form):
    """Too many requests from this address: the form again with what was
    typed, a message at the top of the error summary, and nothing saved."""
    errors = form.errors.setdefault(
        NON_FIELD_ERRORS, form.error_class(error_class="nonfield")
    )
    errors.insert(0, forms.ValidationError(RATE_LIMITED, code="rate_limited"))
    response = render_form(page, request, form)
    response.status_code = 429
    response["Retry-After"] = str(spam.retry_after())
    return response
