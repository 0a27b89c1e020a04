from django.contrib.auth.models import Permission
from django.urls import path
from wagtail import hooks
from wagtail.contrib.forms.utils import get_form_types
from wagtail.models import Page

from .page_cache import allow_for_page
from .submissions import READ_PERMISSION, DeleteResponsesView


@hooks.register("before_serve_page")
def mark_page_for_cache(page, request, serve_args, serve_kwargs):
    allow_for_page(request, page)


@hooks.register("filter_form_submissions_for_user")
def form_pages_for_readers(user, editable_forms):
    """Wagtail lists the form pages a user may edit; a user with the read
    permission (the coordinators) sees the responses of every form page."""
    if user.is_active and user.has_perm(READ_PERMISSION):
        return Page.objects.filter(content_type__in=get_form_types())
    return editable_forms


@hooks.register("register_permissions")
def form_response_permissions():
    """Makes the read permission one to tick in Settings > Groups."""
    app_label, codename = READ_PERMISSION.split(".")
    return Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    )


# Before Wagtail's own route for the same address: readers may not delete.
@hooks.register("register_admin_urls", order=-1)
def register_guarded_delete():
    return [
        path(
            "forms/submissions/<int:page_id>/delete/",
            DeleteResponsesView.as_view(),
            name="home_delete_form_responses",
        )
    ]
