"""Every admin URL that names a page, tried against another group's page.

The URLs come from the URL configuration itself, so a view added later (by
Wagtail or by us) is covered without anyone adding it here."""

import pytest
from django.urls import URLResolver, get_resolver, reverse
from wagtail.models import Workflow

from pool.initial_content.builder import WORKFLOW_NAME
from pool.middleware import PAGE_ID_KWARGS, PAGE_PK_NAMESPACES
from pool.models import PoolIndexPage

pytestmark = pytest.mark.django_db

SECRET = "Bert Bravolid"


def walk(patterns, namespaces=(), prefix=""):
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            extra = (pattern.namespace,) if pattern.namespace else ()
            yield from walk(pattern.url_patterns, namespaces + extra, route)
        else:
            yield namespaces, pattern, route


def names_a_page(namespaces, pattern):
    kwargs = set(pattern.pattern.regex.groupindex)
    return bool(kwargs & set(PAGE_ID_KWARGS)) or (
        "pk" in kwargs and ":".join(namespaces) in PAGE_PK_NAMESPACES
    )


def admin_page_patterns():
    found = []
    for namespaces, pattern, route in walk(get_resolver().url_patterns):
        view_name = ":".join([*namespaces, pattern.name or ""])
        if route.startswith("admin/") and names_a_page(namespaces, pattern):
            kwargs = tuple(sorted(pattern.pattern.regex.groupindex))
            if (view_name, kwargs) not in found:
                found.append((view_name, kwargs))
    return found


PATTERNS = admin_page_patterns()


def test_the_loop_finds_the_page_views():
    view_names = {name for name, _kwargs in PATTERNS}
    assert len(PATTERNS) >= 35
    for expected in [
        "wagtailadmin_pages:edit",
        "wagtailadmin_pages:preview_on_edit",
        "wagtailadmin_pages:revisions_compare",
        "wagtailadmin_pages:workflow_history",
        "wagtailadmin_choose_page_child",
        "wagtailadmin_explore",
        "wagtailadmin_api:pages:detail",
        "pool_roster:import_group",
        "pool_roster:export_csv",
        "pool_roster:export_xlsx",
    ]:
        assert expected in view_names


@pytest.fixture
def pending_workflow(group_b, contact_b):
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    state = workflow.start(group_b, contact_b)
    return state


def url_kwargs(kwarg_names, target, workflow_state):
    pool_index = PoolIndexPage.objects.get()
    task_state = workflow_state.current_task_state
    values = {
        "group_id": target.pk,
        "page_id": target.pk,
        "parent_page_id": target.pk,
        "page_to_move_id": target.pk,
        "page_pk": target.pk,
        "pk": target.pk,
        "destination_id": pool_index.pk,
        "revision_id": target.latest_revision_id,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
        "task_state_id": task_state.pk,
        "task_id": task_state.task_id,
        "workflow_state_id": workflow_state.pk,
        "workflow_pk": workflow_state.workflow_id,
        "action_name": "approve",
        "content_type_app_name": "pool",
        "content_type_model_name": "rostergrouppage",
    }
    return {name: values[name] for name in kwarg_names}


def snapshot(page):
    page.refresh_from_db()
    return (
        page.title,
        page.live,
        page.path,
        page.locked,
        page.get_view_restrictions().count(),
        sorted(page.members.values_list("name", "active")),
    )


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize(
    ("user_fixture", "own_group_fixture", "target_fixture"),
    [
        ("contact_a", "group_a", "group_b"),
        ("editor", None, "group_b"),
        ("contact_b", "group_b", "group_a"),
    ],
)
def test_other_groups_pages_are_never_served(
    client,
    request,
    method,
    user_fixture,
    own_group_fixture,
    target_fixture,
    pending_workflow,
):
    user = request.getfixturevalue(user_fixture)
    if own_group_fixture:
        # The user really is a contact person, of their own group.
        own_group = request.getfixturevalue(own_group_fixture)
        assert own_group.permissions_for_user(user).can_edit()
    target = request.getfixturevalue(target_fixture)
    secret = target.members.first().name
    before = snapshot(target)
    client.force_login(user)
    for view_name, kwarg_names in PATTERNS:
        if set(kwarg_names) - set(url_kwargs(kwarg_names, target, pending_workflow)):
            pytest.fail(f"no value for the arguments of {view_name}")
        url = reverse(
            view_name, kwargs=url_kwargs(kwarg_names, target, pending_workflow)
        )
        response = getattr(client, method)(url)
        assert response.status_code in (403, 404), (url, response.status_code)
        assert secret.encode() not in response.content, url
    assert snapshot(target) == before


def test_the_same_urls_work_for_a_coordinator(client, coordinator, group_b):
    client.force_login(coordinator)
    for name in ["edit", "history", "workflow_history", "usage"]:
        response = client.get(reverse(f"wagtailadmin_pages:{name}", args=[group_b.pk]))
        assert response.status_code == 200, name
    html = client.get(reverse("wagtailadmin_pages:edit", args=[group_b.pk]))
    assert SECRET in html.content.decode()


def test_contact_person_reaches_their_own_group(client, contact_a, group_a):
    client.force_login(contact_a)
    for name in ["edit", "history", "workflow_history"]:
        response = client.get(reverse(f"wagtailadmin_pages:{name}", args=[group_a.pk]))
        assert response.status_code == 200, name
