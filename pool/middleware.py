import re

from django.http import Http404
from django.urls import reverse
from wagtail.models import Page

from .access import hidden_pool_pages, may_see_page, request_pool_path
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
# Wagtail's bulk actions name their items in the query string.
BULK_ACTION = "wagtail_bulk_action"
# An id a database column holds.
ID = re.compile(r"[0-9]{1,18}")


def page_ids_in(match, view_kwargs) -> list:
    ids = [view_kwargs[key] for key in PAGE_ID_KWARGS if key in view_kwargs]
    if "pk" in view_kwargs and match.namespace in PAGE_PK_NAMESPACES:
        ids.append(view_kwargs["pk"])
    return ids


def bulk_selected_pages(request, view_kwargs):
    """The pages a bulk action on pages lists, as Wagtail selects them: the
    ids, or with id=all the children of childOf (its descendants when
    searching; every page without childOf). None for other bulk actions.

    Wagtail fails with a server error on an id that is not a number or a
    parent that does not exist, for any model: those are a 404 here."""
    ids = request.GET.getlist("id")
    parent_id = request.GET.get("childOf")
    named = [value for value in ids if value != "all"]
    if parent_id is not None:
        named.append(parent_id)
    if not all(ID.fullmatch(value) for value in named):
        raise Http404
    if (view_kwargs.get("app_label"), view_kwargs.get("model_name")) != (
        "wagtailcore",
        "page",
    ):
        return None
    if "all" not in ids:
        return Page.objects.filter(pk__in=ids)
    if parent_id is None:
        return Page.objects.all()
    parent = Page.objects.filter(pk=parent_id).first()
    if parent is None:
        raise Http404
    return parent.get_descendants() if "q" in request.GET else parent.get_children()


class PoolPageGuardMiddleware:
    """Answers 404 for any admin URL that names a pool page the user may not
    see, in its path or (for a bulk action) in its query string."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path.startswith(reverse("wagtailadmin_home")):
            return None
        match = request.resolver_match
        page_ids = page_ids_in(match, view_kwargs)
        bulk = match.url_name == BULK_ACTION
        # Anonymous visitors get the admin's login page whatever the id: a 404
        # would tell them which ids are pool pages. Coordinators may see the
        # whole pool; their permissions are loaded once per request and the
        # admin's own access check reuses them.
        if not (page_ids or bulk) or not request.user.is_authenticated:
            return None
        selected = bulk_selected_pages(request, view_kwargs) if bulk else None
        if is_coordinator(request.user):
            return None
        pool_path = request_pool_path(request)
        for page_id in page_ids:
            if not may_see_page(request.user, page_id, pool_path):
                raise Http404
        if selected is not None:
            hidden = hidden_pool_pages(request.user, pool_path)
            if hidden.filter(pk__in=selected.values("pk")).exists():
                raise Http404
        return None
