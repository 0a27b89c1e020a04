from django.http import Http404
from django.urls import reverse

from .access import may_see_page, request_pool_path
from .contact_groups import is_coordinator

# URL keyword arguments of the admin that name a page (group_id: our own views).
PAGE_ID_KWARGS = (
    "group_id",
    "page_id",
    "parent_page_id",
    "page_to_move_id",
    "destination_id",
    "page_pk",
)
# Namespaces whose plain "pk" is a page id too.
PAGE_PK_NAMESPACES = {"wagtailadmin_pages", "wagtailadmin_api:pages"}


def page_ids_in(match, view_kwargs) -> list:
    ids = [view_kwargs[key] for key in PAGE_ID_KWARGS if key in view_kwargs]
    if "pk" in view_kwargs and match.namespace in PAGE_PK_NAMESPACES:
        ids.append(view_kwargs["pk"])
    return ids


class PoolPageGuardMiddleware:
    """Answers 404 for any admin URL that names a pool page the user may not see."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path.startswith(reverse("wagtailadmin_home")):
            return None
        page_ids = page_ids_in(request.resolver_match, view_kwargs)
        # Coordinators may see the whole pool. Their permissions are loaded
        # once per request and the admin's own access check reuses them.
        if not page_ids or is_coordinator(request.user):
            return None
        pool_path = request_pool_path(request)
        for page_id in page_ids:
            if not may_see_page(request.user, page_id, pool_path):
                raise Http404
        return None
