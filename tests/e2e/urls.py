"""The site's URLs plus its images, as the production web server serves them
(never the documents, which go through Wagtail's serve view)."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from cms.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    re_path(
        r"^media/(?P<path>(?:images|original_images)/.*)$",
        serve,
        {"document_root": settings.MEDIA_ROOT},
    ),
    *site_urlpatterns,
]
