"""Who may see what of the pool in the admin.

Wagtail's own views check edit rights; these functions also keep another
group's page out of choosers, previews and listings that only check that a
page exists, and say which groups a user manages (for the VOG overview, the
export and the menu)."""

from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from pool.contact_groups import is_coordinator
from pool.models import PoolIndexPage, RosterGroupPage


def pool_section_path() -> str | None:
    return PoolIndexPage.objects.values_list("path", flat=True).first()


def request_pool_path(request) -> str | None:
    """pool_section_path(), asked once per request."""
    if not hasattr(request, "_pool_section_path"):
        request._pool_section_path = pool_section_path()
    return request._pool_section_path


def explorable_pool_pages(user, pool_path: str | None):
    """Pool pages the user has a permission on, plus the pages above them."""
    if pool_path is None:
        return Page.objects.none()
    explorable = PagePermissionPolicy().explorable_instances(user)
    return explorable.filter(path__startswith=pool_path)


def hidden_pool_pages(user, pool_path: str | None):
    """Pool pages this user may not know about."""
    if pool_path is None or is_coordinator(user):
        return Page.objects.none()
    pool_pages = Page.objects.filter(path__startswith=pool_path)
    explorable = explorable_pool_pages(user, pool_path)
    return pool_pages.exclude(pk__in=explorable.values("pk"))


def may_see_page(user, page_id, pool_path: str | None) -> bool:
    """False only for a pool page the user has no permission on or below. A
    page that does not exist is for the view itself to answer with 404."""
    if pool_path is None or is_coordinator(user):
        return True
    if not Page.objects.filter(pk=page_id, path__startswith=pool_path).exists():
        return True
    return explorable_pool_pages(user, pool_path).filter(pk=page_id).exists()


def managed_groups(user):
    """The group pages whose roster this user manages: every group for a
    coordinator, the groups whose page they may edit for a contact person."""
    if not user.is_authenticated or not user.is_active:
        return RosterGroupPage.objects.none()
    if is_coordinator(user):
        return RosterGroupPage.objects.all()
    policy = PagePermissionPolicy(RosterGroupPage)
    return policy.instances_user_has_permission_for(user, "change")


def manages_a_group(user) -> bool:
    """Cached on the user: the admin menu asks on every page."""
    if not hasattr(user, "_pool_manages_a_group"):
        user._pool_manages_a_group = managed_groups(user).exists()
    return user._pool_manages_a_group
