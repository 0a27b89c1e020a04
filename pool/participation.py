"""How often the members of a group took part in trainings and intervision,
shown on the group's page in the admin.

The numbers come from the agenda through the Wagtail hook
"participation_summaries" (a function of a list of member ids that returns
``{id: {"attended": n, "last": date or None, "per_calendar": [(name, n)]}}``).
The pool does not import the agenda: without such a hook the panel shows
nothing."""

from django.utils.functional import cached_property
from wagtail import hooks
from wagtail.admin.panels import Panel

PARTICIPATION_HOOK = "participation_summaries"


def member_participation(members):
    """``[(member, summary)]`` for the stored members in name order, or None
    when no hook gives the numbers."""
    functions = hooks.get_hooks(PARTICIPATION_HOOK)
    if not functions:
        return None
    members = sorted((m for m in members if m.pk), key=lambda m: (m.name, m.pk))
    summaries = {}
    for function in functions:
        summaries.update(function([member.pk for member in members]) or {})
    return [(m, summaries[m.pk]) for m in members if m.pk in summaries]


class ParticipationPanel(Panel):
    """Read only: per active member the sessions attended and the last one."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "pool/admin/participation_panel.html"

        @cached_property
        def rows(self):
            if self.instance is None or not self.instance.pk:
                return None
            members = [m for m in self.instance.members.all() if m.active]
            return member_participation(members)

        def is_shown(self):
            return self.rows is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["rows"] = self.rows
            return context
