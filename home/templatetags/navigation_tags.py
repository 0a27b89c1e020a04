from django import template
from django.conf import settings
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page, Site

from home.models import SearchPage, StandardPage

register = template.Library()


def _site(context):
    request = context.get("request")
    return Site.find_for_request(request) if request else None


def _site_root(context):
    """The site's home page in the language of the request (the Dutch one when
    it has no translation in that language), looked up once per request."""
    request = context.get("request")
    if request is None:
        return None
    if not hasattr(request, "_localized_site_root"):
        site = _site(context)
        root = site.root_page if site else None
        if root is not None and get_language() != settings.LANGUAGE_CODE:
            root = root.localized
        request._localized_site_root = root
    return request._localized_site_root


def _has_other_languages(context) -> bool:
    """Whether the site's home page has a translation in another language than
    the request's, from Wagtail's cached site root paths (no query)."""
    site = _site(context)
    if site is None:
        return False
    return any(
        root_path.site_id == site.pk and root_path.language_code != get_language()
        for root_path in Site.get_site_root_paths()
    )


def _other_homes(context):
    """The live home pages of the site in the other languages, by language."""
    request = context.get("request")
    if request is None or not _has_other_languages(context):
        return {}
    if not hasattr(request, "_other_homes"):
        request._other_homes = {
            home.locale.language_code: home
            for home in _site(context)
            .root_page.get_translations(inclusive=True)
            .live()
            .select_related("locale")
            if home.locale.language_code != get_language()
        }
    return request._other_homes


def _language(code):
    return {"code": code, "name": get_language_info(code)["name_local"]}


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """Top-level pages that are live, public and marked for menus, with the
    current page or section marked."""
    root = _site_root(context)
    current = context.get("page")
    current_path = current.path if current else ""
    items = root.get_children().live().public().in_menu() if root else []
    # A translated part of the site says where the rest is: on the Dutch site.
    default_home = None
    if root is not None and get_language() != settings.LANGUAGE_CODE:
        default_home = _other_homes(context).get(settings.LANGUAGE_CODE)
        if default_home is not None and default_home.pk == root.pk:
            default_home = None
    return {
        "request": context.get("request"),
        "root": root,
        "default_home": default_home,
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
    """The pages about the website (privacy, accessibility): in the request's
    language where translated, else the Dutch page, marked as Dutch, so that
    every page links to the accessibility statement."""
    site = _site(context)
    root = site.root_page if site else None
    pages = (
        StandardPage.objects.descendant_of(root)
        .live()
        .public()
        .filter(show_in_footer=True)
        if root
        else StandardPage.objects.none()
    )
    if get_language() == settings.LANGUAGE_CODE:
        items = [{"page": page, "lang": ""} for page in pages]
    else:
        pages = list(pages.select_related("locale"))
        translations = {
            translation.translation_key: translation
            for translation in StandardPage.objects.live()
            .public()
            .filter(
                translation_key__in=[page.translation_key for page in pages],
                locale=Locale.get_active(),
            )
        }
        items = [
            {"page": translations[page.translation_key], "lang": ""}
            if page.translation_key in translations
            else {"page": page, "lang": page.locale.language_code}
            for page in pages
        ]
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


@register.simple_tag(takes_context=True)
def home_url(context):
    """The URL of the home page in the language of the request."""
    root = _site_root(context)
    return (root.get_url(context.get("request")) if root else None) or "/"


def _page_translations(context):
    """The live translations of the current page, the page itself included,
    by language; empty when the page has none."""
    request = context.get("request")
    page = context.get("page")
    if (
        request is None
        or not isinstance(page, Page)
        or not page.live
        or not _has_other_languages(context)
    ):
        return {}
    if getattr(request, "_page_translations", (None,))[0] != page.pk:
        translations = {
            translation.locale.language_code: translation
            for translation in page.get_translations(inclusive=True)
            .live()
            .public()
            .select_related("locale")
        }
        if len(translations) < 2:
            translations = {}
        request._page_translations = (page.pk, translations)
    return request._page_translations[1]


@register.inclusion_tag("includes/language_switch.html", takes_context=True)
def language_switch(context):
    """A link to this page in each other language, or to that language's home
    page when this page has no translation in it."""
    request = context.get("request")
    translations = _page_translations(context)
    links = []
    for code, home in _other_homes(context).items():
        target = translations.get(code) or home
        url = target.get_url(request)
        if url:
            links.append({**_language(code), "url": url})
    return {"links": links}


@register.inclusion_tag("includes/language_alternates.html", takes_context=True)
def language_alternates(context):
    """<link rel="alternate" hreflang> for each language of a translated page."""
    request = context.get("request")
    alternates = [
        {"code": code, "url": page.get_full_url(request)}
        for code, page in _page_translations(context).items()
    ]
    return {"alternates": [item for item in alternates if item["url"]]}
