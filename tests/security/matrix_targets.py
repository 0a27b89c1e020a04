"""Named sets of URL arguments, filled from the matrix world: one target per
kind of object and side ("a_…" for group A's, "b_…" for group B's). The
catalogue (tests/security/url_catalogue.py) says which target fills which
URL; a target holds a value for every argument name those URLs use, and may
add a query string."""

from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Locale

from pool import declaration_links
from scheduling import tokens
from scheduling.mailer import personal_feed

from .matrix_world import World

# An id that exists nowhere, and fits every converter.
UNKNOWN_ID = 987654


def page_arguments(page, workflow_state):
    """Every argument name the page admin uses for a page and what goes with
    it: its revision, a workflow in progress (the page's own, for a group)."""
    task_state = workflow_state.current_task_state
    return {
        "page_id": page.pk,
        "parent_page_id": page.pk,
        "page_to_move_id": page.pk,
        "page_pk": page.pk,
        "group_id": page.pk,
        "pk": page.pk,
        "destination_id": page.get_parent().pk,
        "revision_id": page.latest_revision_id,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
        "task_state_id": task_state.pk,
        "task_id": task_state.task_id,
        "workflow_state_id": workflow_state.pk,
        "workflow_pk": workflow_state.workflow_id,
        "action_name": "approve",
        "content_type_app_name": page._meta.app_label,
        "content_type_model_name": page._meta.model_name,
        "arg0": (page.url or "").strip("/") + "/",
    }


def side_targets(prefix, side):
    """The URL arguments that name one side's objects."""
    return {
        f"{prefix}_member": {"pk": side.member.pk},
        f"{prefix}_request": {
            "pk": side.request.pk,
            "trajectory_id": side.trajectory.pk,
        },
        f"{prefix}_request_mail": {"mail_id": side.request_mail.pk},
        f"{prefix}_declaration": {"pk": side.declaration.pk},
        f"{prefix}_other_allowance": {"pk": side.other_allowance.pk},
        f"{prefix}_registration": {"registration_id": side.registration.pk},
        f"{prefix}_registration_mail": {"mail_id": side.registration_mail.pk},
        f"{prefix}_contact_account": {"pk": side.contact.pk},
        f"{prefix}_declaration_link": {
            "token": declaration_links.make(side.member),
            "declaration_id": side.declaration.pk,
        },
        f"{prefix}_cancel_link": {
            "token": tokens.make(side.registration, tokens.CANCEL),
        },
        f"{prefix}_contribute_link": {
            "token": tokens.make(side.registration, tokens.CONTRIBUTE),
        },
        f"{prefix}_personal_feed": {"token": personal_feed(side.registration).token},
    }


def superuser_device(world: World):
    device, _created = TOTPDevice.objects.get_or_create(
        user=world.users["superuser"], name="matrix", defaults={"confirmed": True}
    )
    return device


def targets(world: World) -> dict:
    """Named sets of URL arguments; the catalogue says which fills which URL."""
    objects = world.objects
    document, image = objects["document"], objects["image"]
    task = world.a.workflow_state.current_task_state.task
    return {
        **side_targets("a", world.a),
        **side_targets("b", world.b),
        "a_group_page": page_arguments(world.a.group, world.a.workflow_state),
        "b_group_page": page_arguments(world.b.group, world.b.workflow_state),
        "public_page": page_arguments(objects["public_page"], world.a.workflow_state),
        "public_page_type": {
            **page_arguments(objects["public_page"], world.a.workflow_state),
            "app_label": "home",
            "model_name": "standardpage",
            "parent_page_id": objects["home"].pk,
        },
        "group_page_type": {
            "content_type_app_name": "pool",
            "content_type_model_name": "rostergrouppage",
            "app_label": "pool",
            "model_name": "rostergrouppage",
        },
        "form_page": {"page_id": objects["form_page"].pk},
        "foreign_declaration_link": {
            "token": declaration_links.make(world.a.member),
            "declaration_id": world.b.declaration.pk,
        },
        "wrong_token": {"token": "bm90LWVlbi1saW5r", "declaration_id": UNKNOWN_ID},
        "session": {
            "session_id": objects["session"].pk,
            "pk": objects["session"].pk,
            "key": objects["slot"].key,
            "file_format": "csv",
        },
        "unknown_session": {"session_id": UNKNOWN_ID, "key": objects["slot"].key},
        "calendar": {"pk": objects["calendar"].pk, "slug": objects["calendar"].slug},
        "unknown_calendar": {"slug": "bestaat-niet"},
        "document": {
            "pk": document.pk,
            "document_id": document.pk,
            "doc_id": document.pk,
            "uploaded_file_id": objects["uploaded_document"].pk,
            "arg0": document.pk,
            "arg1": document.filename,
        },
        "unknown_document": {"arg0": UNKNOWN_ID, "arg1": "bestaat-niet.pdf"},
        "image": {
            "pk": image.pk,
            "image_id": image.pk,
            "uploaded_file_id": objects["uploaded_image"].pk,
            "filter_spec": "original",
        },
        "collection": {
            "pk": objects["collection"].pk,
            "collection_id": objects["collection"].pk,
        },
        "collection_restriction": {
            "restriction_id": objects["collection_restriction"].pk
        },
        "page_restriction": {
            "page_view_restriction_id": objects["page_restriction"].pk,
            "page_id": objects["page_restriction"].page_id,
        },
        "unknown_restriction": {
            "restriction_id": UNKNOWN_ID,
            "page_view_restriction_id": UNKNOWN_ID,
            "page_id": UNKNOWN_ID,
        },
        "workflow": {"pk": objects["workflow"].pk},
        "task": {
            "pk": task.pk,
            "task_id": task.pk,
            "app_label": task._meta.app_label,
            "model_name": task._meta.model_name,
        },
        "editing_session": {
            "session_id": objects["editing_session"].pk,
            "app_label": "wagtailcore",
            "model_name": "page",
            "object_id": objects["editing_session"].object_id,
        },
        "redirect": {"redirect_id": objects["redirect"].pk},
        "site": {"pk": objects["site"].pk},
        "organisation": {"pk": objects["organisation"].pk},
        "allowance_year": {"pk": objects["allowance_year"].pk},
        "contact_settings": {
            "app_name": "home",
            "model_name": "contactsettings",
            "pk": objects["site"].pk,
        },
        "pool_settings": {
            "app_name": "pool",
            "model_name": "poolsettings",
            "pk": objects["pool_settings"].pk,
        },
        "superuser_account": {"pk": world.users["superuser"].pk},
        "superuser_two_factor": {"user_id": world.users["superuser"].pk},
        "superuser_device": {"pk": superuser_device(world).pk},
        "django_group": {"pk": objects["django_group"].pk},
        "report_table": {"table": "deelname-ocos"},
        "tags": {"app_name": "taggit", "model_name": "tag"},
        # A bulk action's confirmation, for one item.
        "bulk_pages": {
            "app_label": "wagtailcore",
            "model_name": "page",
            "action": "delete",
            "query": f"id={objects['public_page'].pk}",
        },
        "b_bulk_group_page": {
            "app_label": "wagtailcore",
            "model_name": "page",
            "action": "delete",
            "query": f"id={world.b.group.pk}",
        },
        "bulk_users": {
            "app_label": "auth",
            "model_name": "user",
            "action": "set_active_state",
            "query": f"id={world.users['superuser'].pk}",
        },
        "bulk_organisations": {
            "app_label": "pool",
            "model_name": "organisation",
            "action": "delete",
            "query": f"id={objects['organisation'].pk}",
        },
        "password_reset": {"uidb64": "MTIz", "token": "verkeerd-token"},
        "locale": {"pk": Locale.get_default().pk},
        # No snippet of ours can be translated.
        "organisation_snippet": {
            "app_label": "pool",
            "model_name": "organisation",
            "pk": objects["organisation"].pk,
        },
    }
