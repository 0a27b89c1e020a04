"""URLs, menu item and dashboard panel of the VOG overview."""

from django.urls import include, path, reverse, reverse_lazy
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.ui.components import Component

from pool.access import manages_a_group
from pool.contact_groups import is_coordinator
from pool.menu import PoolMenuItem
from pool.models import PoolSettings
from pool.vog import members_needing_vog

from .vog import VogIndexView

urlpatterns = [
    path("", VogIndexView.as_view(), name="index"),
    path("results/", VogIndexView.as_view(results_only=True), name="index_results"),
]


@hooks.register("register_admin_urls")
def register_vog_urls():
    return [path("pool/vog/", include((urlpatterns, "pool_vog")))]


@hooks.register("register_pool_menu_item")
def register_vog_menu_item():
    return PoolMenuItem(
        gettext_lazy("VOG-overzicht"),
        reverse_lazy("pool_vog:index"),
        shown_to=manages_a_group,
        name="pool-vog",
        icon_name="warning",
        order=250,
    )


class VogPanel(Component):
    """How many members in the user's groups need a new VOG."""

    name = "pool_vog"
    template_name = "pool/admin/vog_panel.html"
    order = 50

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        user = self.request.user
        valid_years = PoolSettings.load(request_or_site=self.request).vog_valid_years
        return {
            "count": members_needing_vog(user, valid_years).count(),
            "all_groups": is_coordinator(user),
            "valid_years": valid_years,
            "overview_url": reverse("pool_vog:index"),
        }


@hooks.register("construct_homepage_panels")
def add_vog_panel(request, panels):
    if manages_a_group(request.user):
        panels.append(VogPanel(request))
