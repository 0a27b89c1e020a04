from django.urls import reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.components import Component

from .contact_groups import is_coordinator
from .models import Organisation
from .models.organisations import MINIMUM_MEMBERS


class SmallOrganisationsPanel(Component):
    """Participating organisations that deliver fewer OCO's than the convenant
    asks, so coordinators can follow up."""

    name = "pool_small_organisations"
    template_name = "pool/admin/small_organisations_panel.html"
    order = 60

    def get_context_data(self, parent_context=None):
        organisations = (
            Organisation.objects.active_on(timezone.localdate())
            .with_active_member_count()
            .filter(active_member_count__lt=MINIMUM_MEMBERS)
        )
        return {
            "organisations": organisations,
            "minimum": MINIMUM_MEMBERS,
            "listing_url": reverse("wagtailsnippets_pool_organisation:list")
            + "?too_few_members=true",
        }


@hooks.register("construct_homepage_panels")
def add_small_organisations_panel(request, panels):
    if is_coordinator(request.user):
        panels.append(SmallOrganisationsPanel())
