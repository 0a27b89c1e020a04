"""Builds the pool section: the private page, the coordinators' group, the
approval workflow and made-up organisations, groups and members. What exists
is left alone, so running it again changes nothing."""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _
from wagtail.models import (
    GroupApprovalTask,
    Page,
    PageViewRestriction,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from pool.contact_groups import ensure_coordinators_group
from pool.models import Member, Organisation, PoolIndexPage, RosterGroupPage

from . import allowances, demo_declarations
from .data import DEMO_USERS, GROUPS, ORGANISATIONS

WORKFLOW_NAME = "Wijzigingen in een groep"
TASK_NAME = "Goedkeuring door een coördinator"


def build(log=print, demo_users=False, demo_password=None):
    pool_index = pool_index_page(log)
    coordinators = ensure_coordinators_group(pool_index)
    approval_workflow(pool_index, coordinators)
    organisations = {spec["name"]: organisation(spec) for spec in ORGANISATIONS}
    users = create_demo_users(coordinators, demo_password, log) if demo_users else {}
    groups = sum(
        group_page(pool_index, spec, organisations, users, log) for spec in GROUPS
    )
    count = groups + allowances.build(log)
    if demo_users:
        count += demo_declarations.build(log)
    return count


def pool_index_page(log):
    pool_index = PoolIndexPage.objects.first()
    if pool_index:
        return pool_index
    pool_index = PoolIndexPage(
        title=_("OCO-pool"),
        slug="oco-pool",
        intro=_(
            "De groepen van de OCO-pool. Alleen coördinatoren en de "
            "contactpersoon van een groep zien deze gegevens."
        ),
    )
    Page.get_first_root_node().add_child(instance=pool_index)
    pool_index.save_revision(log_action=True).publish()
    PageViewRestriction.objects.create(
        page=pool_index, restriction_type=PageViewRestriction.LOGIN
    )
    log(_("Pagina gemaakt: %(title)s") % {"title": pool_index.title})
    return pool_index


def approval_workflow(pool_index, coordinators):
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if created:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
        task.groups.set([coordinators])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.get_or_create(
        page=Page.objects.get(pk=pool_index.pk), defaults={"workflow": workflow}
    )


def organisation(spec):
    found, _created = Organisation.objects.get_or_create(
        name=spec["name"], defaults=spec
    )
    return found


def group_page(pool_index, spec, organisations, users, log):
    contact_user = users.get(spec["contact_user"])
    existing = RosterGroupPage.objects.child_of(pool_index).filter(slug=spec["slug"])
    page = existing.first()
    if page is None:
        page = RosterGroupPage(
            title=spec["title"],
            slug=spec["slug"],
            organisation=organisations.get(spec["organisation"]),
            contact_person=contact_user,
            members=[member(row) for row in spec["members"]],
        )
        pool_index.add_child(instance=page)
        page.save_revision(log_action=True).publish()
        log(_("Groep gemaakt: %(title)s") % {"title": page.title})
        return 1
    if contact_user and page.contact_person_id is None:
        page.contact_person = contact_user
        page.save_revision(log_action=True).publish()
        return 1
    return 0


def member(row):
    """A member from a row of data.GROUPS; a ninth value is the day they left."""
    name, email, phone, languages, domains, experience, vog_date, joined_on = row[:8]
    left_on = row[8] if len(row) > 8 else None
    return Member(
        active=left_on is None,
        left_on=left_on,
        name=name,
        email=email,
        phone=phone,
        languages=languages,
        domains=domains,
        lived_experience=experience,
        vog_date=vog_date,
        joined_on=joined_on,
    )


def create_demo_users(coordinators, password, log):
    User = get_user_model()
    users = {}
    for spec in DEMO_USERS:
        fields = {k: v for k, v in spec.items() if k not in ("username", "coordinator")}
        user, created = User.objects.get_or_create(
            username=spec["username"], defaults=fields
        )
        if created:
            user.set_password(password)
            user.save()
            if spec["coordinator"]:
                user.groups.add(coordinators)
        users[spec["username"]] = user
        log(
            _("Demo-account: %(username)s / %(password)s")
            % {"username": spec["username"], "password": password}
        )
    return users
