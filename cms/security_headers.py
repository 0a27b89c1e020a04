"""The Content-Security-Policy and Permissions-Policy of every answer.

Public pages get CONTENT_SECURITY_POLICY from the settings. The Wagtail admin
gets ADMIN_CONTENT_SECURITY_POLICY, because its own scripts still need a few
things the public pages never do. An answer that its view lets the site frame
itself (X-Frame-Options SAMEORIGIN: Wagtail's page and block previews, shown in
an iframe of the editor) gets frame-ancestors 'self'; every other answer
keeps 'none'.
"""

from functools import cache

from csp.constants import HEADER, SELF
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.urls import reverse

PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=()"


@cache
def admin_prefix() -> str:
    return reverse("wagtailadmin_home")


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        if parts.config is None and request.path_info.startswith(admin_prefix()):
            policy = settings.ADMIN_CONTENT_SECURITY_POLICY
            parts.config = default_config(policy["DIRECTIVES"])
        if response.get("X-Frame-Options") == "SAMEORIGIN":
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts

    def process_response(self, request, response):
        if response.get("X-Frame-Options") == "SAMEORIGIN":
            # Wagtail renders a page preview by sending a request for the
            # page's own address through the whole middleware chain; the
            # public policy it got there would forbid the editor's frame.
            del response[HEADER]
        response = super().process_response(request, response)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
