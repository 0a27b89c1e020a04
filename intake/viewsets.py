"""The coordinators' admin of residents' requests: Wagtail's listing, create,
edit, delete, inspect and history views, plus the workflow's actions, all
under /admin/aanvragen/ and only for users who may handle requests."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.viewsets.model import ModelViewSet

from .admin_forms import RequestAdminForm
from .admin_views import actions, keep_in_touch
from .admin_views.converters import ID
from .admin_views.detail import (
    RequestHistoryView,
    RequestInspectView,
    RequestUsageView,
)
from .admin_views.editing import RequestCreateView, RequestDeleteView, RequestEditView
from .admin_views.filters import RequestFilterSet
from .admin_views.listing import REQUESTS_NAMESPACE, RequestIndexView
from .models import Request

REQUEST_PANELS = [
    MultiFieldPanel(
        [
            FieldPanel("submitted_by"),
            FieldRowPanel(
                [FieldPanel("requester_name"), FieldPanel("on_behalf_consent")]
            ),
        ],
        heading=_("Wie vraagt"),
    ),
    MultiFieldPanel(
        [
            FieldPanel("name"),
            FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
            FieldRowPanel([FieldPanel("contact_way"), FieldPanel("contact_time")]),
            FieldPanel("postcode"),
        ],
        heading=_("Inwoner"),
    ),
    MultiFieldPanel(
        [
            FieldPanel("domains"),
            FieldPanel("conversation_subject"),
            FieldRowPanel([FieldPanel("agency"), FieldPanel("conversation_date")]),
        ],
        heading=_("Het gesprek"),
    ),
    MultiFieldPanel(
        [
            FieldPanel("wish_language"),
            FieldPanel("wish_lived_experience"),
            FieldPanel("no_preference"),
            FieldPanel("remarks"),
            FieldPanel("referral"),
        ],
        heading=_("Wensen en overig"),
    ),
    MultiFieldPanel(
        [FieldPanel("consent"), FieldPanel("coordinator_note")],
        heading=_("Toestemming en notitie"),
    ),
]


class RequestViewSet(ModelViewSet):
    model = Request
    name = REQUESTS_NAMESPACE
    url_prefix = "aanvragen"
    pk_path_converter = ID
    icon = "clipboard-list"
    # The menu item, with the number of new requests, is in intake.menu.
    add_to_admin_menu = False
    copy_view_enabled = False
    inspect_view_enabled = True
    add_to_reference_index = False
    index_view_class = RequestIndexView
    add_view_class = RequestCreateView
    edit_view_class = RequestEditView
    delete_view_class = RequestDeleteView
    inspect_view_class = RequestInspectView
    history_view_class = RequestHistoryView
    usage_view_class = RequestUsageView
    filterset_class = RequestFilterSet
    # The search term is in the address, which servers log: references only,
    # never a resident's name.
    search_fields = ["reference"]
    search_backend_name = None
    list_per_page = 50
    edit_handler = ObjectList(REQUEST_PANELS, base_form_class=RequestAdminForm)
    # The export holds no personal data: only what the figures need.
    list_export = [
        "reference",
        "submitted_at",
        "get_status_display",
        "domain_labels",
        "get_referral_display",
        "from_web_form",
        "closed_at",
    ]
    export_headings = {
        "reference": _("Kenmerk"),
        "submitted_at": _("Ontvangen op"),
        "get_status_display": _("Status"),
        "domain_labels": _("Onderwerp"),
        "get_referral_display": _("Hoe bij ons gekomen"),
        "from_web_form": _("Via het webformulier"),
        "closed_at": _("Gesloten op"),
    }
    export_filename = _("aanvragen")

    def get_urlpatterns(self):
        request = f"<{ID}:pk>/"
        trajectory = f"{request}trajecten/<{ID}:trajectory_id>/"
        routes = [
            (request + "in-behandeling/", actions.TakeUpView, "take_up"),
            (request + "koppelen/", actions.MatchView, "match"),
            (request + "delen/", actions.ShareView, "share"),
            (request + "andere-oco/", actions.OtherOcoView, "other_oco"),
            (request + "annuleren/", actions.CancelView, "cancel"),
            (trajectory + "goedkeuren/", actions.ApproveView, "approve"),
            (trajectory + "afwijzen/", actions.DeclineView, "decline"),
            (trajectory + "stap/", actions.RecordStepView, "record_step"),
            (trajectory + "toestemming/", actions.ConsentView, "consent"),
            (trajectory + "beeindigen/", actions.EndView, "end"),
            (
                trajectory + "waakvlamcontact/plannen/",
                keep_in_touch.PlanKeepInTouchView,
                "keep_in_touch_plan",
            ),
            (
                trajectory + "waakvlamcontact/wijzigen/",
                keep_in_touch.ChangeKeepInTouchView,
                "keep_in_touch_change",
            ),
            (
                trajectory + "waakvlamcontact/gedaan/",
                keep_in_touch.KeepInTouchDoneView,
                "keep_in_touch_done",
            ),
            (
                trajectory + "waakvlamcontact/annuleren/",
                keep_in_touch.CancelKeepInTouchView,
                "keep_in_touch_cancel",
            ),
        ]
        return [
            *super().get_urlpatterns(),
            *(path(route, view.as_view(), name=name) for route, view, name in routes),
        ]
