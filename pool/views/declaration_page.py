"""The declaration page's first step: a member asks for a personal link.

Whoever fills in an address gets the same answer, member or not, so the page
tells nobody who is a member. A mail goes out only to an active member, at
most LINKS_PER_ADDRESS times an hour per address; an IP address that asks
too often is asked to wait (which says nothing about members either).
DeclarationPage calls these with itself as ``page``."""

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_vary_headers
from django.utils.translation import gettext_lazy as _

from pool import declaration_limits
from pool.declaration_forms import LinkRequestForm
from pool.declaration_mail import queue_declaration_link
from pool.declaration_overview import allowance_year
from pool.models import Member

ALLOWED = ["GET", "HEAD", "POST"]
RATE_LIMITED = _(
    "Vanaf deze computer of dit netwerk zijn kort na elkaar veel links "
    "aangevraagd. Probeer het over een uur nog eens. Heeft u net al een link "
    "aangevraagd? Kijk dan in uw mail."
)


def never_cached(response):
    add_never_cache_headers(response)
    patch_vary_headers(response, ["Cookie"])
    return response


def private(response):
    """An answer whose address holds a personal link: the address goes to no
    other site (the Referer header stays on this site), no cache keeps the
    answer and no search engine lists it. Not "no-referrer": under it a
    browser posts the page's own forms with "Origin: null", which Django's
    CSRF check refuses."""
    never_cached(response)
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def error_links(form) -> list[tuple[str, str]]:
    """(anchor, message) for each field error, in the order of the form; a
    group of radio buttons is reached through its first button."""
    links = []
    for bound in form.visible():
        anchor = bound.auto_id
        if bound.field.widget.use_fieldset:
            anchor = f"{anchor}_0"
        links.extend((anchor, error) for error in bound.errors)
    return links


def year_context():
    year = timezone.localdate().year
    return {"year": year, "allowance_year": allowance_year(year)}


def render_page(page, request, form, *, link_problem=None, status=200):
    response = page.render(
        request,
        context_overrides={
            **year_context(),
            "form": form,
            "error_links": error_links(form),
            "form_action": page.route_url(request, "index"),
            "link_problem": link_problem,
        },
    )
    response.status_code = status
    return response


def link_request(page, request):
    if request.method not in ALLOWED:
        return HttpResponseNotAllowed(ALLOWED)
    if request.method != "POST":
        return render_page(page, request, LinkRequestForm())
    form = LinkRequestForm(request.POST)
    if not form.is_valid():
        return render_page(page, request, form)
    if declaration_limits.client_is_limited(request):
        errors = form.errors.setdefault(
            NON_FIELD_ERRORS, form.error_class(error_class="nonfield")
        )
        errors.append(forms.ValidationError(RATE_LIMITED, code="rate_limited"))
        response = render_page(page, request, form, status=429)
        response["Retry-After"] = str(declaration_limits.PERIOD)
        return response
    email = form.cleaned_data["email"]
    if declaration_limits.count_link_request(request, email):
        member = Member.objects.active().filter(email__iexact=email.strip()).first()
        if member is not None:
            queue_declaration_link(member, page)
    return redirect(page.route_url(request, "link_requested"))


def link_requested(page, request):
    return page.render(
        request,
        template="pool/declaration_link_requested.html",
        context_overrides={"back_url": page.route_url(request, "index")},
    )


def bad_link(page, request, problem):
    """The page for a link that cannot be used: why, and the form to ask for
    a new one."""
    response = render_page(
        page,
        request,
        LinkRequestForm(),
        link_problem=problem.message,
        status=problem.status,
    )
    return private(response)
