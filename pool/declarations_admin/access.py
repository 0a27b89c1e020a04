"""Who may see and do what with declarations, allowance years and other
volunteer allowances.

Coordinators see and do everything. A contact person sees the declarations
and other allowances of the groups they manage, enters declarations there
(for a member, or their own hours as contact person) and withdraws one that
is still waiting; approving, rejecting and paying are for coordinators.
Nobody edits a declaration, and nobody deletes one except by withdrawing it
while it waits. Everyone else gets a real 403 before anything is looked up,
so an unknown id and a known one answer alike."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies import BasePermissionPolicy

from pool.access import managed_groups, manages_a_group
from pool.contact_groups import is_coordinator
from pool.models import Declaration, OtherAllowance, RosterGroupPage
from pool.views.responses import forbidden

VIEW, ADD, CHANGE, DELETE = "view", "add", "change", "delete"
APPROVE, REJECT, PAY = "approve", "reject", "pay"
COORDINATOR_ACTIONS = {APPROVE, REJECT, PAY}


def may_use_declarations(user) -> bool:
    return is_coordinator(user) or manages_a_group(user)


def managed_group_ids(user) -> frozenset:
    """Cached on the user: the listing asks for every row."""
    if not hasattr(user, "_pool_declaration_group_ids"):
        ids = managed_groups(user).values_list("pk", flat=True)
        user._pool_declaration_group_ids = frozenset(ids)
    return user._pool_declaration_group_ids


def in_scope(user, group_id) -> bool:
    return is_coordinator(user) or group_id in managed_group_ids(user)


def visible_declarations(user):
    if is_coordinator(user):
        return Declaration.objects.all()
    if not manages_a_group(user):
        return Declaration.objects.none()
    return Declaration.objects.filter(group_id__in=managed_group_ids(user))


def visible_other_allowances(user):
    if is_coordinator(user):
        return OtherAllowance.objects.all()
    if not manages_a_group(user):
        return OtherAllowance.objects.none()
    return OtherAllowance.objects.filter(member__page_id__in=managed_group_ids(user))


def contact_person_groups(user):
    """The groups for which this user declares their own hours as contact
    person: the groups they manage; for a coordinator, the groups of which
    they are the contact person."""
    if not user.is_authenticated or not user.is_active:
        return RosterGroupPage.objects.none()
    if is_coordinator(user):
        return RosterGroupPage.objects.filter(contact_person=user)
    return managed_groups(user)


def pool_users(coordinators_only: bool):
    """Active users who are coordinators (and contact persons, unless
    coordinators_only), for Wagtail's questions about who may do something."""
    manage_pool = {"codename": "manage_pool", "content_type__app_label": "pool"}
    who = (
        Q(is_superuser=True)
        | Q(
            **{
                f"groups__permissions__{key}": value
                for key, value in manage_pool.items()
            }
        )
        | Q(**{f"user_permissions__{key}": value for key, value in manage_pool.items()})
    )
    if not coordinators_only:
        who |= Q(groups__roster_page__isnull=False)
    return get_user_model().objects.filter(who, is_active=True).distinct()


class ScopedPermissionPolicy(BasePermissionPolicy):
    """Coordinators everything; contact persons the actions in
    contact_person_actions, on the instances of the groups they manage."""

    contact_person_actions: set = set()
    coordinator_actions: set = set()

    def user_has_permission(self, user, action):
        if action in self.coordinator_actions and is_coordinator(user):
            return True
        return action in self.contact_person_actions and may_use_declarations(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def group_id_of(self, instance):
        raise NotImplementedError

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        return in_scope(user, self.group_id_of(instance))

    def visible_instances(self, user):
        raise NotImplementedError

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return self.visible_instances(user)

    def users_with_any_permission(self, actions):
        actions = set(actions)
        if actions & self.contact_person_actions:
            return pool_users(coordinators_only=False)
        if actions & self.coordinator_actions:
            return pool_users(coordinators_only=True)
        return get_user_model().objects.none()


class DeclarationPermissionPolicy(ScopedPermissionPolicy):
    """Deleting is withdrawing, only while the declaration waits. Nobody has
    "change": a declaration is never edited."""

    contact_person_actions = {VIEW, ADD, DELETE}
    coordinator_actions = {VIEW, ADD, DELETE, *COORDINATOR_ACTIONS}

    def group_id_of(self, instance):
        return instance.group_id

    def user_has_permission_for_instance(self, user, action, instance):
        if action == DELETE and instance.is_decided:
            return False
        return super().user_has_permission_for_instance(user, action, instance)

    def visible_instances(self, user):
        return visible_declarations(user)


class OtherAllowancePermissionPolicy(ScopedPermissionPolicy):
    """Recorded and corrected, never deleted: approvals looked at them."""

    contact_person_actions = {VIEW, ADD, CHANGE}
    coordinator_actions = {VIEW, ADD, CHANGE}

    def group_id_of(self, instance):
        return instance.member.page_id

    def visible_instances(self, user):
        return visible_other_allowances(user)


class AllowanceYearPermissionPolicy(ScopedPermissionPolicy):
    """Coordinators only; a year is corrected, never deleted."""

    coordinator_actions = {VIEW, ADD, CHANGE}

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def visible_instances(self, user):
        return self.model._default_manager.all()


class AccessRequiredMixin:
    """For every view here: whoever may not use it gets a real 403 (Wagtail
    would redirect to the dashboard), before the view loads anything named in
    the URL."""

    @staticmethod
    def has_access(user) -> bool:
        return may_use_declarations(user)

    def setup(self, request, *args, **kwargs):
        self.refused = not self.has_access(request.user)
        if self.refused:
            self.request, self.args, self.kwargs = request, args, kwargs
            return
        super().setup(request, *args, **kwargs)

    def dispatch(self, request, *args, **kwargs):
        if self.refused:
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)


class CoordinatorRequiredMixin(AccessRequiredMixin):
    @staticmethod
    def has_access(user) -> bool:
        return is_coordinator(user)
