from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET


@require_GET
@cache_control(max_age=60 * 60 * 24, public=True)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain")


def server_error(request):
    """Render 500.html without a request context: the database may be the cause."""
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render())
