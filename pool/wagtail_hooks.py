from django.contrib import messages
from django.contrib.auth import get_user_model
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem
from wagtail.models import Page
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from . import compare, log_actions, panels, scheduling_hooks  # noqa: F401
from .access import hidden_pool_pages, request_pool_path
from .contact_groups import is_coordinator
from .declarations_admin import hooks as declarations_hooks  # noqa: F401
from .menu import PoolMenuItem
from .models import Declaration, Member, Organisation, PoolIndexPage
from .permission_policies import NeverDeletePermissionPolicy
from .viewsets import OrganisationViewSet

register_permission_policy(Organisation, NeverDeletePermissionPolicy(Organisation))
register_snippet(OrganisationViewSet)

pool_menu = Menu(register_hook_name="register_pool_menu_item")


class PoolMenu(SubmenuMenuItem):
    def is_shown(self, request):
        return any(item.is_shown(request) for item in self.menu.registered_menu_items)


def groups_in_explorer(request):
    """The pool section in the page explorer, wherever its page is."""
    pool_index = PoolIndexPage.objects.first()
    if pool_index is None or not is_coordinator(request.user):
        raise Http404
    return redirect("wagtailadmin_explore", pool_index.pk)


@hooks.register("register_admin_urls")
def register_groups_url():
    return [path("pool/groepen/", groups_in_explorer, name="pool_groups")]


@hooks.register("register_admin_menu_item")
def register_pool_menu():
    return PoolMenu(gettext_lazy("OCO-pool"), pool_menu, icon_name="group", order=150)


@hooks.register("register_pool_menu_item")
def register_groups_menu_item():
    return PoolMenuItem(
        gettext_lazy("Groepen en leden"),
        reverse_lazy("pool_groups"),
        shown_to=is_coordinator,
        icon_name="folder-open-inverse",
        order=100,
    )


@hooks.register("construct_page_chooser_queryset")
def hide_pool_pages_from_choosers(pages, request):
    if is_coordinator(request.user):
        return pages
    hidden = hidden_pool_pages(request.user, request_pool_path(request))
    return pages.exclude(pk__in=hidden.values("pk"))


def holding_members(pages) -> list:
    """The pages among these that have members on or below them."""
    return [
        page
        for page in pages
        if Member.objects.filter(page__path__startswith=page.path).exists()
    ]


def holding_declarations(pages) -> list:
    """The pages among these that have declarations on or below them."""
    return [
        page
        for page in pages
        if Declaration.objects.filter(group__path__startswith=page.path).exists()
    ]


def refuse_deletion(request, pages):
    messages.error(
        request,
        _(
            "Deze pagina heeft leden en kan niet worden verwijderd: %(pages)s. Zet "
            "de leden op niet actief; zo blijft hun geschiedenis bewaard."
        )
        % {"pages": ", ".join(page.title for page in pages)},
    )
    return redirect("wagtailadmin_explore", pages[0].get_parent().pk)


def refuse_deleting_declarations(request, pages):
    messages.error(
        request,
        _(
            "Deze pagina heeft declaraties en kan niet worden verwijderd: "
            "%(pages)s. De declaraties en hun uitbetaling blijven bewaard."
        )
        % {"pages": ", ".join(page.title for page in pages)},
    )
    return redirect("wagtailadmin_explore", pages[0].get_parent().pk)


def refuse_deleting_pages(request, pages):
    refused = holding_members(pages)
    if refused:
        return refuse_deletion(request, refused)
    refused = holding_declarations(pages)
    return refuse_deleting_declarations(request, refused) if refused else None


@hooks.register("before_delete_page")
def refuse_deleting_groups_with_members_or_declarations(request, page):
    return refuse_deleting_pages(request, [page])


def declarants(users) -> list:
    """The users among these who declared their own hours as contact person."""
    ids = set(
        Declaration.objects.filter(contact_person__in=users).values_list(
            "contact_person_id", flat=True
        )
    )
    return [user for user in users if user.pk in ids]


def refuse_deleting_users(request, users):
    messages.error(
        request,
        ngettext(
            "Dit account heeft declaraties en kan niet worden verwijderd: "
            "%(users)s. Maak het account niet actief; zo blijven de declaraties "
            "en hun uitbetaling bewaard. Er is niets verwijderd.",
            "Deze accounts hebben declaraties en kunnen niet worden verwijderd: "
            "%(users)s. Maak de accounts niet actief; zo blijven de declaraties "
            "en hun uitbetaling bewaard. Er is niets verwijderd.",
            len(users),
        )
        % {
            "users": ", ".join(
                user.get_full_name() or user.get_username() for user in users
            )
        },
    )
    return redirect("wagtailusers_users:index")


@hooks.register("before_delete_user")
def refuse_deleting_declarants(request, user):
    refused = declarants([user])
    return refuse_deleting_users(request, refused) if refused else None


def refuse_changing_superusers(request, users):
    """Only a superuser changes a superuser's account: whoever may change
    accounts (the coordinators) could otherwise set its password and sign in
    with all rights."""
    if request.user.is_superuser or not any(user.is_superuser for user in users):
        return None
    messages.error(
        request,
        _(
            "Alleen een beheerder kan het account van een beheerder wijzigen. "
            "Er is niets gewijzigd."
        ),
    )
    return redirect("wagtailusers_users:index")


@hooks.register("before_edit_user")
def refuse_editing_a_superuser(request, user):
    return refuse_changing_superusers(request, [user])


@hooks.register("before_bulk_action")
def refuse_bulk_changing_superusers(request, action_type, objects, action):
    if objects and isinstance(objects[0], get_user_model()):
        return refuse_changing_superusers(request, objects)
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_deleting_what_is_kept(request, action_type, objects, action):
    if action_type != "delete" or not objects:
        return None
    if isinstance(objects[0], Page):
        return refuse_deleting_pages(request, objects)
    if isinstance(objects[0], get_user_model()):
        refused = declarants(objects)
        return refuse_deleting_users(request, refused) if refused else None
    return None


# The roster's own admin views register their URLs, menu items and panels.
from .views import import_hooks, vog_hooks  # noqa: E402, F401
