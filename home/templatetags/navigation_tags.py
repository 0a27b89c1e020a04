from django import template
from wagtail.models import Page, Site

from home.models import SearchPage, StandardPage

register = template.Library()


def _site_root(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """Top-level pages that are live, public and marked for menus, with the
    current page or section marked."""
    root = _site_root(context)
    current = context.get("page")
    current_path = current.path if current else ""
    items = root.get_children().live().public().in_menu() if root else []
    return {
        "request": context.get("request"),
        "root": root,
        "root_is_current": bool(root) and current_path == root.path,
        "entries": [
            {
                "page": item,
                "is_current": current_path == item.path,
                "in_section": current_path.startswith(item.path),
            }
            for item in items
        ],
    }


@register.inclusion_tag("includes/footer_menu.html", takes_context=True)
def footer_menu(context):
    root = _site_root(context)
    items = (
        StandardPage.objects.descendant_of(root)
        .live()
        .public()
        .filter(show_in_footer=True)
        if root
        else StandardPage.objects.none()
    )
    return {"request": context.get("request"), "items": items}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    root = _site_root(context)
    if page is None or root is None or page.depth <= root.depth:
        return {"ancestors": []}
    ancestors = Page.objects.ancestor_of(page).filter(depth__gte=root.depth)
    return {"request": context.get("request"), "ancestors": ancestors, "page": page}


@register.simple_tag(takes_context=True)
def search_page_url(context):
    """The URL of the site's search page, looked up once per request."""
    request = context.get("request")
    if request is None:
        return ""
    if not hasattr(request, "_search_page_url"):
        root = _site_root(context)
        search_page = (
            SearchPage.objects.descendant_of(root).live().first() if root else None
        )
        request._search_page_url = search_page.get_url(request) if search_page else ""
    return request._search_page_url
