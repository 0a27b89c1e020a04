import sys
from datetime import UTC, timedelta

from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import (
    add_never_cache_headers,
    patch_cache_control,
    patch_vary_headers,
)
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve as wagtail_serve_document
from wagtail.models import Site

from .models import ContactSettings
from .unavailable import database_unavailable

# Seconds a browser or client is asked to wait after a busy database.
RETRY_AFTER = 120


@require_GET
@cache_control(max_age=60 * 60 * 24, public=True)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /health/",
        f"Sitemap: {sitemap_url}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain")


@require_GET
@cache_control(max_age=60 * 60 * 24, public=True)
def security_txt(request):
    """Where to report a weakness (RFC 9116). The expiry moves with every day the
    site runs, so the file never goes stale; the address is an editable setting."""
    site = Site.find_for_request(request)
    contact = ContactSettings.for_site(site) if site else None
    address = contact and (contact.security_email or contact.oco_email)
    if not address:
        return HttpResponse(status=404)
    expires = (timezone.now() + timedelta(days=180)).replace(microsecond=0)
    lines = [
        f"Contact: mailto:{address}",
        f"Expires: {expires.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}",
        "Preferred-Languages: nl, en",
        f"Canonical: {request.build_absolute_uri(reverse('security_txt'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def serve_document(request, document_id, document_filename):
    """Wagtail's serve view, with its checks of the collection's view
    restrictions. Whatever it answers for a document in a restricted
    collection (the file, a login or password page) is kept by no cache."""
    response = wagtail_serve_document(request, document_id, document_filename)
    document = (
        get_document_model()
        .objects.filter(pk=document_id)
        .select_related("collection")
        .first()
    )
    if document and document.collection.get_view_restrictions().exists():
        patch_cache_control(response, private=True, no_store=True)
        patch_vary_headers(response, ["Cookie"])
    return response


def server_error(request):
    """Render 500.html without a request context: the database may be the cause.

    A database that is busy or unreachable for a moment gets 503.html instead:
    nothing was saved (every submission writes in one transaction), try again
    in a few minutes."""
    if database_unavailable(sys.exception()):
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = str(RETRY_AFTER)
        add_never_cache_headers(response)
        return response
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render())
