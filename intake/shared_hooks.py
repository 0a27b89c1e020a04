"""URLs and menu item of the requests shared with a contact person's group."""

from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy
from wagtail import hooks

from pool.access import manages_a_group
from pool.menu import PoolMenuItem

from .shared import SharedIndexView, SharedRequestView

urlpatterns = [
    path("", SharedIndexView.as_view(), name="index"),
    path("results/", SharedIndexView.as_view(results_only=True), name="index_results"),
    path("<int:pk>/", SharedRequestView.as_view(), name="detail"),
]


@hooks.register("register_admin_urls")
def register_shared_urls():
    return [path("gedeelde-aanvragen/", include((urlpatterns, "intake_shared")))]


@hooks.register("register_pool_menu_item")
def register_shared_menu_item():
    return PoolMenuItem(
        gettext_lazy("Gedeelde aanvragen"),
        reverse_lazy("intake_shared:index"),
        shown_to=manages_a_group,
        name="intake-shared",
        icon_name="mail",
        order=260,
    )
