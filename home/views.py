import sys
from datetime import UTC, timedelta

from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Site

from .models import ContactSettings
from .unavailable import database_unavailable

# Seconds a browser or client is asked to wait after a busy database.
RETRY_AFTER = 120


@require_GET
@cache_control(max_age=60 * 60 * 24, public=True)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {sitemap_url}", ""]
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
