"""Which pool pages a user may see in the admin. Wagtail's own views check
edit rights; this also keeps another group's page out of choosers, previews
and listings that only check that a page exists."""

from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy


def pool_section_paths():
    from pool.models import PoolIndexPage

    return list(PoolIndexPage.objects.values_list("path", flat=True))


def in_pool_section(page_path: str, section_paths) -> bool:
    return any(page_path.startswith(path) for path in section_paths)


def explorable_pool_pages(user):
    """Pool pages the user has a permission on, plus the pages above them."""
    sections = pool_section_paths()
    if not sections:
        return Page.objects.none()
    explorable = PagePermissionPolicy().explorable_instances(user)
    query = Page.objects.none()
    for path in sections:
        query = query | explorable.filter(path__startswith=path)
    return query


def hidden_pool_pages(user):
    """Pool pages this user may not know about, as a queryset of ids."""
    sections = pool_section_paths()
    pool_pages = Page.objects.none()
    for path in sections:
        pool_pages = pool_pages | Page.objects.filter(path__startswith=path)
    return pool_pages.exclude(pk__in=explorable_pool_pages(user).values("pk"))


def may_see_page(user, page_id) -> bool:
    page = Page.objects.filter(pk=page_id).only("path").first()
    if page is None:
        return True  # the view itself answers 404
    sections = pool_section_paths()
    if not in_pool_section(page.path, sections):
        return True
    return explorable_pool_pages(user).filter(pk=page.pk).exists()
