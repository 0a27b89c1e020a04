from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from . import device_views, two_factor, views

LOG_ACTIONS = {
    two_factor.SETUP_ACTION: _("Tweestapsverificatie ingesteld"),
    two_factor.REMOVE_ACTION: _("Authenticator-app verwijderd"),
    two_factor.RESET_ACTION: _("Tweestapsverificatie gewist door een beheerder"),
    two_factor.NEW_CODES_ACTION: _("Nieuwe herstelcodes gemaakt"),
    two_factor.CODE_USED_ACTION: _("Ingelogd met een herstelcode"),
}


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path(
            "inloggen/code/",
            views.CodeStepView.as_view(),
            name="accounts_two_factor_code",
        ),
        path(
            "tweestapsverificatie/instellen/",
            views.SetUpView.as_view(),
            name="accounts_two_factor_setup",
        ),
        path(
            "tweestapsverificatie/<int:user_id>/",
            device_views.DevicesView.as_view(),
            name="accounts_two_factor_devices",
        ),
        path(
            "tweestapsverificatie/app/<int:pk>/naam/",
            device_views.EditDeviceView.as_view(),
            name="accounts_two_factor_device_edit",
        ),
        path(
            "tweestapsverificatie/app/<int:pk>/verwijderen/",
            device_views.RemoveDeviceView.as_view(),
            name="accounts_two_factor_device_remove",
        ),
        path(
            "tweestapsverificatie/herstelcodes/",
            views.RecoveryCodesView.as_view(),
            name="accounts_recovery_codes",
        ),
        path(
            "tweestapsverificatie/herstelcodes/nieuw/",
            views.NewRecoveryCodesView.as_view(),
            name="accounts_new_recovery_codes",
        ),
        path(
            "tweestapsverificatie/<int:user_id>/wissen/",
            device_views.ResetTwoFactorView.as_view(),
            name="accounts_reset_two_factor",
        ),
    ]


@hooks.register("construct_main_menu")
def no_menu_before_second_factor(request, menu_items):
    """While setting up a required app, the menu would only lead back here."""
    user = request.user
    if two_factor.requires_two_factor(user) and not user.is_verified():
        menu_items.clear()


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse(
            "accounts_two_factor_devices", kwargs={"user_id": request.user.pk}
        ),
        "label": _("Tweestapsverificatie"),
        "help_text": _("Koppel een authenticator-app, of maak nieuwe herstelcodes."),
    }


@hooks.register("register_user_listing_buttons")
def two_factor_user_button(user, request_user):
    if request_user.is_superuser:
        yield Button(
            _("Tweestapsverificatie"),
            reverse("accounts_two_factor_devices", kwargs={"user_id": user.pk}),
            icon_name="key",
            priority=100,
        )


@hooks.register("register_log_actions")
def register_two_factor_actions(actions):
    for action, label in LOG_ACTIONS.items():
        actions.register_action(action, label, label)


@hooks.register("register_permissions")
def two_factor_permission():
    """Shown in Wagtail's group editor, which also keeps it on a group it
    saves only when it is offered there."""
    return Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename=two_factor.PERMISSION_CODENAME
    )
