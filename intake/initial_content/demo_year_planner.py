"""The made-up year of intake.initial_content.demo_year, planned in memory:
each request from its submission to where it stands today, with what the
workflow (intake.workflow) would have stored along the way. What has not
happened by now is not planned."""

import datetime
import unicodedata
from dataclasses import dataclass, field

from django.utils import timezone

from intake.choices import (
    CLOSED_STATUSES,
    ContactWay,
    EndReason,
    Status,
    Step,
    SubmittedBy,
    TrajectoryStatus,
)
from intake.models import Request, Trajectory, TrajectoryStep
from intake.workflow import ENDS_THAT_CLOSE
from pool.choices import LIVED_EXPERIENCE

from . import demo_year_data as data

COUNT = 150
FIRST_NUMBER = 1001
REFERENCES = [f"DEMO-{FIRST_NUMBER + n}" for n in range(COUNT)]
YEAR_DAYS = 365
# Share of requests taken by phone on a working day (the rest: the web form).
BY_PHONE = 0.18
CANCELLED_BEFORE_MATCH = 0.08
DECLINED_PROPOSAL = 0.06
PHONE_CONSENT = 0.55
# Every so many requests, the resident asks for another OCO after the first
# meeting(s). Of the other first trajectories: the OCO cannot go on, or the
# request is cancelled while an OCO supports.
OTHER_OCO_EVERY = 25
MEMBER_STOPPED, CANCELLED_WHILE_MATCHED = 0.02, 0.03
ONCE_ONLY_CHANCE = 0.2
HANDOVER = len(Step) - 1
FIRST_FOLLOW_UP_STEP = list(Step).index(Step.PROVISION)


@dataclass
class Planned:
    trajectory: Trajectory
    steps: list[TrajectoryStep] = field(default_factory=list)


@dataclass
class Story:
    request: Request
    trajectories: list[Planned] = field(default_factory=list)


def pick(rng, weights: dict):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def address(first, last) -> str:
    text = unicodedata.normalize("NFKD", f"{first}.{last}".lower())
    text = text.encode("ascii", "ignore").decode()
    return "".join(c for c in text if c.isalnum() or c in ".-") + "@example.org"


def set_status(request_obj, status, moment):
    """As Request.set_status, at a moment in the past."""
    request_obj.status = status
    request_obj.status_changed_at = moment
    request_obj.closed_at = moment if status in CLOSED_STATUSES else None


class YearPlanner:
    """Plans every request's story with one seeded random generator, so the
    same pool and the same day give the same year."""

    def __init__(self, rng, now, members, coordinator):
        self.rng = rng
        self.now = now
        self.today = timezone.localdate(now)
        self.members = members
        self.coordinator = coordinator
        self.once_left = [m for m in members if m.email in data.ONCE_ONLY]
        self.last_steps = []

    def stories(self) -> list[Story]:
        picked = sorted(self.submission_days(), reverse=True)
        return [
            self.story(FIRST_NUMBER + n, self.days_ago(d)) for n, d in enumerate(picked)
        ]

    def submission_days(self) -> list[int]:
        """COUNT days (as days ago), shared out over the calendar months of the
        past year by their weight and length, at random within each month."""
        months = {}
        for days_ago in range(1, YEAR_DAYS):
            day = self.days_ago(days_ago)
            months.setdefault((day.year, day.month), []).append(days_ago)
        shares = {
            key: data.MONTH_WEIGHTS[key[1]] * len(days) for key, days in months.items()
        }
        total = sum(shares.values())
        exact = {key: COUNT * share / total for key, share in shares.items()}
        counts = {key: int(value) for key, value in exact.items()}
        by_remainder = sorted(exact, key=lambda key: counts[key] - exact[key])
        for key in by_remainder[: COUNT - sum(counts.values())]:
            counts[key] += 1
        return [
            days_ago
            for key, days in months.items()
            for days_ago in self.rng.choices(days, k=counts[key])
        ]

    # Dates

    def days_ago(self, days) -> datetime.date:
        return self.today - datetime.timedelta(days=days)

    def moment(self, day, earliest=9, latest=17) -> datetime.datetime:
        hour = self.rng.randint(earliest, latest - 1)
        at = datetime.time(hour, self.rng.choice([0, 10, 25, 40, 55]))
        return timezone.make_aware(datetime.datetime.combine(day, at))

    def later(self, moment, days) -> datetime.datetime:
        """A moment in working hours on a working day, days after moment."""
        day = timezone.localdate(moment) + datetime.timedelta(days=days)
        while day.weekday() >= 5:
            day += datetime.timedelta(days=1)
        candidate = self.moment(day)
        return max(candidate, moment + datetime.timedelta(hours=1))

    def step_days(self, approved_at) -> list[datetime.date]:
        days, day = [], timezone.localdate(approved_at)
        for least, most in data.STEP_GAPS:
            day += datetime.timedelta(days=self.rng.randint(least, most))
            while day.weekday() >= 5:
                day += datetime.timedelta(days=1)
            days.append(day)
        return days

    # The request as the resident (or someone on their behalf) sent it

    def story(self, number, day) -> Story:
        web = day.weekday() >= 5 or self.rng.random() >= BY_PHONE
        submitted_at = self.moment(day, 7, 23) if web else self.moment(day)
        story = Story(self.request(number, submitted_at, web))
        self.unfold(story, wants_other=number % OTHER_OCO_EVERY == 0)
        return story

    def domains(self) -> list[str]:
        first = pick(self.rng, data.DOMAIN_WEIGHTS)
        companions = data.COMPANION_DOMAINS.get(first, [])
        if companions and self.rng.random() < 0.25:
            return [first, self.rng.choice(companions)]
        return [first]

    def request(self, number, submitted_at, web) -> Request:
        rng = self.rng
        first, last = rng.choice(data.FIRST_NAMES), rng.choice(data.LAST_NAMES)
        submitted_by = pick(rng, data.SUBMITTED_BY_WEIGHTS)
        requester, remarks = "", rng.choice(data.REMARKS) if rng.random() < 0.15 else ""
        if submitted_by == SubmittedBy.RELATIVE:
            requester = f"{rng.choice(data.FIRST_NAMES)} {last}"
        elif submitted_by == SubmittedBy.PROFESSIONAL:
            requester = f"{rng.choice(data.FIRST_NAMES)} {rng.choice(data.LAST_NAMES)}"
            place = rng.choice(data.PROFESSIONAL_PLACES)
            remarks = f"Aangevraagd door een medewerker van {place}."
        referral = pick(rng, data.REFERRAL_WEIGHTS[submitted_by])
        if not web and rng.random() < 0.15:
            referral = ""
        domains = self.domains()
        subject, agency = rng.choice(data.CONVERSATIONS[domains[0]])
        language = rng.choice(data.WISHED_LANGUAGES) if rng.random() < 0.12 else ""
        experience = [rng.choice(LIVED_EXPERIENCE)[0]] if rng.random() < 0.2 else []
        email = address(first, last) if rng.random() < 0.75 else ""
        contact_way = pick(rng, data.CONTACT_WAY_WEIGHTS)
        letters = rng.choices(data.POSTCODE_LETTERS, k=2)
        return Request(
            reference=f"DEMO-{number}",
            submitted_by=submitted_by,
            on_behalf_consent=bool(requester),
            requester_name=requester,
            name=f"{first} {last}",
            phone=f"06 1234 {number:04d}",
            email=email,
            contact_way=contact_way if email else ContactWay.PHONE,
            contact_time=pick(rng, data.CONTACT_TIME_WEIGHTS),
            postcode=f"{rng.randint(*data.POSTCODE_NUMBERS)} {''.join(letters)}",
            domains=domains,
            conversation_subject=subject,
            agency=agency,
            wish_language=language,
            wish_lived_experience=experience,
            no_preference=not (language or experience) and rng.random() < 0.4,
            remarks=remarks,
            referral=referral,
            consent=True,
            status=Status.NEW,
            submitted_at=submitted_at,
            status_changed_at=submitted_at,
            from_web_form=web,
        )

    # What happened to it

    def unfold(self, story, wants_other=False):
        rng, request_obj = self.rng, story.request
        # The last week's requests partly still wait to be taken up.
        recent = request_obj.submitted_at > self.now - datetime.timedelta(days=7)
        taken_up = self.later(
            request_obj.submitted_at, rng.randint(recent, 3 + recent * 4)
        )
        if taken_up > self.now:
            return
        set_status(request_obj, Status.IN_PROGRESS, taken_up)
        if rng.random() < CANCELLED_BEFORE_MATCH and not wants_other:
            cancelled = self.later(taken_up, rng.randint(2, 20))
            if cancelled <= self.now:
                set_status(request_obj, Status.CANCELLED, cancelled)
            elif rng.random() < 0.5:
                request_obj.conversation_date = self.days_ago(-rng.randint(5, 30))
            return
        # Skewed: most are approved within two weeks, a few take over a month.
        delay = min(38, 1 + int(rng.gammavariate(1.5, 5)))
        approved_at = self.later(request_obj.submitted_at, delay)
        if approved_at - request_obj.submitted_at < datetime.timedelta(days=1):
            approved_at = self.later(request_obj.submitted_at, delay + 1)
        back = datetime.timedelta(days=rng.choice([0, 0, 1, 2, 3]), hours=2)
        proposed_at = min(max(approved_at - back, taken_up), approved_at)
        self.support(story, proposed_at, approved_at, wants_other=wants_other)

    def fate(self, first=True, wants_other=False):
        """Why the trajectory ends, and after which step (an index in Step).
        Only a first trajectory ends early for another OCO or a cancellation."""
        roll = self.rng.random() if first else 1.0
        if first and wants_other:
            return EndReason.OTHER_OCO, self.rng.randint(0, 1)
        if roll < MEMBER_STOPPED:
            return EndReason.MEMBER_STOPPED, self.rng.randint(1, 3)
        if roll < MEMBER_STOPPED + CANCELLED_WHILE_MATCHED:
            return EndReason.REQUEST_CANCELLED, self.rng.randint(0, 2)
        last = self.last_step()
        done = last == HANDOVER or self.rng.random() < 0.3
        return EndReason.DONE if done else EndReason.RESIDENT_CONTINUES, last

    def last_step(self) -> int:
        """Drawn from a shuffled deck, so the shares hold closely."""
        if not self.last_steps:
            weights = enumerate(data.LAST_STEP_WEIGHTS)
            self.last_steps = [step for step, n in weights for _ in range(n)]
            self.rng.shuffle(self.last_steps)
        return self.last_steps.pop()

    def support(self, story, proposed_at, approved_at, previous=None, **wishes):
        """One trajectory from its proposal on; after another OCO was asked
        for, the next one (at most one change of OCO per request)."""
        rng, request_obj = self.rng, story.request
        reason, last = self.fate(first=previous is None, **wishes)
        days = self.step_days(approved_at)[: last + 1]
        ended_at = self.later(self.moment(days[-1]), rng.randint(1, 10))
        if previous is None and rng.random() < 0.65:
            request_obj.conversation_date = days[min(1, len(days) - 1)]
        if proposed_at > self.now:
            return
        approved = approved_at <= self.now
        running = ended_at > self.now
        member = self.choose(request_obj, proposed_at, ended_at, previous, approved)
        if member is None:
            return
        trajectory = self.trajectory(request_obj, member, proposed_at)
        story.trajectories.append(Planned(trajectory))
        if rng.random() < DECLINED_PROPOSAL:
            self.declined(story, member, proposed_at, approved)
        if not approved:
            return
        trajectory.status = TrajectoryStatus.RUNNING
        trajectory.approved_by = self.coordinator
        trajectory.approved_at = approved_at
        set_status(request_obj, Status.MATCHED, approved_at)
        steps = [
            self.step(trajectory, step, day)
            for step, day in zip(Step, days, strict=False)
            if day < self.today
        ]
        story.trajectories[-1].steps = steps
        if steps and rng.random() < PHONE_CONSENT:
            trajectory.phone_consent = True
            trajectory.phone_consent_on = steps[0].date
        # Follow-up support: the OCO goes on after the first conversation.
        trajectory.follow_up = last >= FIRST_FOLLOW_UP_STEP and len(steps) > 2
        if running:
            return
        trajectory.status = TrajectoryStatus.ENDED
        trajectory.ended_at = ended_at
        trajectory.end_reason = reason
        if reason in ENDS_THAT_CLOSE:
            set_status(request_obj, Status.COMPLETED, ended_at)
        elif reason == EndReason.REQUEST_CANCELLED:
            set_status(request_obj, Status.CANCELLED, ended_at)
        else:
            set_status(request_obj, Status.IN_PROGRESS, ended_at)
            proposed_again = self.later(ended_at, rng.randint(1, 5))
            approved_again = self.later(proposed_again, rng.randint(0, 3))
            self.support(story, proposed_again, approved_again, previous=member)

    def choose(self, request_obj, proposed_at, ended_at, previous, approved):
        """A member who was in the pool then (and still is, while supporting),
        most often one who knows the request's domain."""
        day, end_day = timezone.localdate(proposed_at), timezone.localdate(ended_at)
        candidates = [
            m
            for m in self.members
            if m != previous
            and m.joined_on <= day
            and (m.active if ended_at > self.now else m.active or m.left_on)
            and (m.left_on is None or end_day <= m.left_on)
        ]
        if approved and self.rng.random() < ONCE_ONLY_CHANCE:
            for member in self.once_left:
                if member in candidates:
                    self.once_left.remove(member)
                    return member
        candidates = [m for m in candidates if m.email not in data.ONCE_ONLY]
        if not candidates:
            return None
        wanted = set(request_obj.domains)
        weights = [
            data.MEMBER_WEIGHTS.get(m.email, data.DEFAULT_MEMBER_WEIGHT)
            * (3 if wanted & set(m.domains) else 1)
            for m in candidates
        ]
        return self.rng.choices(candidates, weights=weights)[0]

    def trajectory(self, request_obj, member, proposed_at) -> Trajectory:
        organisation = member.page.organisation
        note = self.rng.choice(data.PROPOSAL_NOTES) if self.rng.random() < 0.4 else ""
        return Trajectory(
            request=request_obj,
            member=member,
            proposed_by=self.coordinator,
            proposed_at=proposed_at,
            proposal_note=note,
            organisation_name=organisation.name if organisation else "",
        )

    def declined(self, story, chosen, proposed_at, approved):
        """A second proposal for the same request, declined at the approval."""
        day = timezone.localdate(proposed_at)
        others = [
            m
            for m in self.members
            if m.active
            and m != chosen
            and m.joined_on <= day
            and m.email not in data.ONCE_ONLY
        ]
        if not others:
            return
        trajectory = self.trajectory(
            story.request, self.rng.choice(others), proposed_at
        )
        if approved:
            trajectory.status = TrajectoryStatus.DECLINED
        story.trajectories.append(Planned(trajectory))

    def step(self, trajectory, step, day) -> TrajectoryStep:
        return TrajectoryStep(
            trajectory=trajectory,
            step=step,
            date=day,
            note=self.rng.choice(data.STEP_NOTES[step]),
            recorded_by=self.coordinator,
            recorded_at=self.moment(day, 18, 22),
        )
