from pathlib import Path

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's own route for documents, wrapped (home.views.serve_document);
    # same name and URL, so reverse() and the permission tests find this one.
    re_path(
        r"^bestanden/(\d+)/(.*)$",
        home_views.serve_document,
        name="wagtaildocs_serve",
    ),
    path("bestanden/", include(wagtaildocs_urls)),
    path("sessies/", include("scheduling.urls")),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path(".well-known/security.txt", home_views.security_txt, name="security_txt"),
]


def development_media_urls():
    """With DEBUG on, the images in MEDIA_ROOT; never the documents, which go
    through the serve view and its privacy checks."""
    from django.conf.urls.static import static

    return [
        pattern
        for folder in ("images", "original_images")
        for pattern in static(
            f"{settings.MEDIA_URL}{folder}/",
            document_root=Path(settings.MEDIA_ROOT) / folder,
        )
    ]


if settings.DEBUG:
    urlpatterns += development_media_urls()

# Dutch pages at /..., their English translations at /en/...; nothing else
# gets a language prefix.
urlpatterns += i18n_patterns(
    path("", include(wagtail_urls)), prefix_default_language=False
)

handler500 = "home.views.server_error"
