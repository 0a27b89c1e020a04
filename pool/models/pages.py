from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Page

from pool.forms import RosterGroupPageForm
from pool.participation import ParticipationPanel

from .members import MANAGE_POOL_PERMISSION


class MemberList(list):
    """The members about to be saved, with a membership test by primary key.

    modelcluster checks every stored member against this list before saving
    (`item not in final_items`); on a plain list that is quadratic, which a
    roster of thousands of members (an import) notices."""

    def __contains__(self, item):
        if item.pk is None:
            return any(member is item for member in self)
        if getattr(self, "_pks_for_length", None) != len(self):
            self._pks = {member.pk for member in self if member.pk is not None}
            self._pks_for_length = len(self)
        return item.pk in self._pks


class PrivatePoolPage(Page):
    """Pool pages are back-office records: they live outside the public site, are
    never in a menu, sitemap or public search, and show only to their editors.
    (Outside every Site, so the sitemap never reaches them; Wagtail's default
    keeps them out of menus.)"""

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        if not self.permissions_for_user(request.user).can_edit():
            raise Http404
        return super().serve(request, *args, **kwargs)


class PoolIndexPage(PrivatePoolPage):
    intro = models.TextField(_("introductie"), blank=True, max_length=1000)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    promote_panels: list = []
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["pool.RosterGroupPage"]
    max_count = 1

    class Meta:
        verbose_name = _("OCO-pool")
        verbose_name_plural = _("OCO-pool")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["groups"] = RosterGroupPage.objects.child_of(self).order_by("title")
        return context


class RosterGroupPage(PrivatePoolPage):
    """The group of one organisation, or a group of 'losse OCO's', with its roster.

    Saving a group page creates its Wagtail group "Contactpersonen <title>", which
    may edit this page and nothing else; see pool.contact_groups.
    """

    organisation = models.OneToOneField(
        "pool.Organisation",
        verbose_name=_("organisatie"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="roster_group",
        help_text=_("Laat leeg voor een groep losse OCO's."),
    )
    contact_person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("contactpersoon"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Het account van de contactpersoon. Dit account mag na opslaan alleen "
            "deze groep bewerken."
        ),
    )
    contact_group = models.OneToOneField(
        "auth.Group",
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="roster_page",
    )
    description = models.TextField(_("over deze groep"), blank=True, max_length=2000)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("organisation", permission=MANAGE_POOL_PERMISSION),
                FieldPanel("contact_person", permission=MANAGE_POOL_PERMISSION),
            ],
            heading=_("Organisatie en contactpersoon"),
            permission=MANAGE_POOL_PERMISSION,
        ),
        FieldPanel("description"),
        InlinePanel("members", heading=_("Leden"), label=_("lid")),
        ParticipationPanel(heading=_("Deelname aan trainingen en intervisie")),
    ]
    promote_panels: list = []
    base_form_class = RosterGroupPageForm
    # A copy is a new, empty group: an organisation has one group, a Wagtail
    # group belongs to one page, and a member is on one roster.
    exclude_fields_in_copy = [
        "organisation",
        "contact_person",
        "contact_group",
        "members",
    ]
    parent_page_types = ["pool.PoolIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("groep")
        verbose_name_plural = _("groepen")

    def save(self, *args, **kwargs):
        pending = getattr(self, "_cluster_related_objects", {})
        if "members" in pending:
            pending["members"] = MemberList(pending["members"])
        return super().save(*args, **kwargs)

    def with_content_json(self, content):
        """A revision never removes a member: members that exist now but are
        missing from an older revision (or one made before an import) are kept
        as they are, so publishing or reverting cannot lose anyone."""
        # The members' own link to this page needs no check that the page exists
        # (modelcluster would query it once per member); setting the members on
        # the page links them again.
        content = {
            **content,
            "members": [
                {key: value for key, value in member.items() if key != "page"}
                for member in content.get("members", [])
            ],
        }
        page = super().with_content_json(content)
        in_revision = {member.pk for member in page.members.all() if member.pk}
        stored = self.members.model.objects.filter(page_id=self.pk)
        missing = set(stored.values_list("pk", flat=True)) - in_revision
        if missing:
            page.members = [*page.members.all(), *stored.filter(pk__in=missing)]
        return page

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        members = list(self.members.all())
        context["active_members"] = [m for m in members if m.active]
        context["inactive_members"] = [m for m in members if not m.active]
        return context
