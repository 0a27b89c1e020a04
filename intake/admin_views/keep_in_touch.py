"""The keep-in-touch actions ("waakvlamcontact") on a request's page: plan,
change, mark done and cancel the moment of one ended trajectory. A trajectory
has at most one open moment, so the trajectory in the URL names it."""

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .. import keep_in_touch
from ..admin_forms import KeepInTouchForm
from .actions import TrajectoryActionView, valid


def planned_message(moment) -> str:
    return _(
        "Het waakvlamcontact staat gepland op %(date)s met %(member)s. "
        "%(member)s krijgt vooraf een herinnering per mail."
    ) % {
        "date": date_format(moment.planned_on, "j F Y"),
        "member": moment.member.name,
    }


class PlanKeepInTouchView(TrajectoryActionView):
    schedule = staticmethod(keep_in_touch.plan)
    failure = gettext_lazy("Het waakvlamcontact is niet gepland.")

    def act_on(self, trajectory):
        data = valid(KeepInTouchForm(self.request.POST), str(self.failure))
        moment = self.schedule(
            trajectory,
            data["planned_on"],
            data["member"],
            data["note"],
            self.request.user,
        )
        return planned_message(moment)


class ChangeKeepInTouchView(PlanKeepInTouchView):
    schedule = staticmethod(keep_in_touch.reschedule)
    failure = gettext_lazy("Het waakvlamcontact is niet gewijzigd.")


class KeepInTouchDoneView(TrajectoryActionView):
    def act_on(self, trajectory):
        keep_in_touch.mark_done(trajectory, self.request.user)
        return _("Het waakvlamcontact is afgevinkt als gedaan.")


class CancelKeepInTouchView(TrajectoryActionView):
    def act_on(self, trajectory):
        keep_in_touch.cancel(trajectory, self.request.user)
        return _("Het waakvlamcontact is geannuleerd.")


def prepare(trajectory, request_obj, user_label):
    """What the request's page shows of a trajectory's keep-in-touch moments,
    from the prefetched moments: no query of its own."""
    moments = list(trajectory.keep_in_touch_moments.all())
    for moment in moments:
        moment.planned_by_label = user_label(moment.planned_by)
    current = next((moment for moment in moments if moment.is_open), None)
    trajectory.keep_in_touch = moments
    trajectory.open_keep_in_touch = current
    trajectory.may_plan_keep_in_touch = (
        keep_in_touch.may_plan(trajectory) and not request_obj.is_anonymised
    )
    trajectory.keep_in_touch_form = None
    if not trajectory.may_plan_keep_in_touch:
        return
    trajectory.keep_in_touch_last_day = keep_in_touch.last_possible_day(request_obj)
    if current is not None:
        initial = {
            "planned_on": current.planned_on,
            "member": current.member_id if current.member.active else None,
            "note": current.note,
        }
    else:
        member = trajectory.member
        initial = {"member": member.pk if member.active else None}
    trajectory.keep_in_touch_form = KeepInTouchForm(
        initial=initial, auto_id=f"id_keep_in_touch_{trajectory.pk}_%s"
    )
