from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.urls import reverse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve as wagtail_serve_document


@require_GET
@cache_control(max_age=60 * 60 * 24, public=True)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain")


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
    """Render 500.html without a request context: the database may be the cause."""
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render())
