"""The English translations of the pages for residents, made as an editor
would with Wagtail's "Translate" (copy_for_translation) and published.

What exists is left alone, so running it again changes nothing. The request
page's translation is made by intake's initial content (which runs before
``build``): that is why the English home page is made here on first use."""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext as _
from wagtail.models import GroupPagePermission, Locale, Page

from home.models import HomePage

from . import residents_en
from .blocks import PageRef

ENGLISH = "en"
TRANSLATE_PERMISSION = ("simple_translation", "submit_translation")


def english_locale() -> Locale:
    return Locale.objects.get_or_create(language_code=ENGLISH)[0]


def dutch_home() -> HomePage | None:
    return HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()


def translate(source: Page, locale: Locale, fields: dict, log=print) -> Page:
    """A published translation of `source` with `fields` set."""
    page = source.specific.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision(log_action=True).publish()
    log(_("Pagina gemaakt: %(title)s") % {"title": page.title})
    return page


def english_home(log=print) -> HomePage | None:
    """The English home page, made (without links yet) when it is missing."""
    home = dutch_home()
    if home is None:
        return None
    locale = english_locale()
    existing = home.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    spec = residents_en.HOME
    fields = {
        key: spec[key]
        for key in (
            "title",
            "seo_title",
            "search_description",
            "intro",
            "cta_title",
            "cta_text",
            "cta_label",
        )
    }
    return translate(home, locale, {**fields, "cta_page": None, "highlights": []}, log)


def build(log=print, **options) -> int:
    home = dutch_home()
    if home is None:
        return 0
    existed = home.get_translation_or_none(english_locale()) is not None
    english = english_home(log)
    created = 0 if existed else 1
    for spec in residents_en.PAGES:
        created += translate_page(home, spec, log)
    fill_home(home, english)
    grant_rights(home, english)
    return created


def translate_page(home, spec, log) -> int:
    source = Page.objects.descendant_of(home).filter(slug=spec["source_slug"]).first()
    locale = english_locale()
    if source is None or source.has_translation(locale):
        return 0
    body = [block for block in map(resolve_block, spec["body"]) if block]
    fields = {
        "title": spec["title"],
        "slug": spec["slug"],
        "intro": spec["intro"],
        "search_description": spec["search_description"],
        "show_in_menus": True,
        "body": body,
    }
    translate(source, locale, fields, log)
    return 1


def fill_home(home, english) -> None:
    """Link the English home page's highlights and call to action to the English
    pages, once: when an editor set either, it is left alone."""
    english.refresh_from_db()
    if english.cta_page_id or english.highlights or english.has_unpublished_changes:
        return
    cta_page = english_translation(home.specific.cta_page)
    highlights = [
        block for block in map(resolve_block, residents_en.HOME["highlights"]) if block
    ]
    if cta_page is None and not highlights:
        return
    english.cta_page = cta_page
    english.highlights = highlights
    english.save_revision(log_action=True).publish()


def english_translation(page):
    if page is None:
        return None
    translation = page.get_translation_or_none(english_locale())
    return translation if translation is not None and translation.live else None


def resolve_block(block):
    """A block with its PageRef replaced by the English page; None when that
    page has no English translation (the block is left out)."""
    name, value = block
    if not isinstance(value, dict) or not isinstance(value.get("page"), PageRef):
        return block
    slug = value["page"].slug
    if slug == residents_en.REQUEST_PAGE:
        target = english_translation(dutch_home().specific.cta_page)
    else:
        home = dutch_home()
        source = Page.objects.descendant_of(home).filter(slug=slug).first()
        target = english_translation(source)
    return (name, {**value, "page": target}) if target is not None else None


def grant_rights(home, english) -> None:
    """Who may edit the Dutch pages may edit the English ones, and translate."""
    translate_permission = Permission.objects.get(
        content_type__app_label=TRANSLATE_PERMISSION[0],
        codename=TRANSLATE_PERMISSION[1],
    )
    for grant in GroupPagePermission.objects.filter(page=home).select_related(
        "permission"
    ):
        GroupPagePermission.objects.get_or_create(
            group_id=grant.group_id, page=english, permission=grant.permission
        )
    editors = Group.objects.filter(
        page_permissions__page=home,
        page_permissions__permission__codename="change_page",
    ).distinct()
    for group in editors:
        group.permissions.add(translate_permission)
