"""Match suggestions: the active members ranked for one request, each with the
reasons a coordinator can read and weigh.

A member who declares a role at the agency the conversation is with has a
conflict of interest (belangenverstrengeling): shown as a blocking warning,
ranked last, and refused by the workflow."""

import re
import unicodedata
from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from pool.models import Member, PoolSettings
from pool.models.members import years_before

from .choices import EndReason, TrajectoryStatus

DOMAIN_POINTS = 3
LANGUAGE_POINTS = 2
EXPERIENCE_POINTS = 2
VOG_POINTS = 1
POINTS_PER_RUNNING = 1
MAX_WORKLOAD_PENALTY = 3
EARLIER_OCO_PENALTY = 5

# Words that say nothing about which organisation is meant, or only what the
# member does there ("Medewerker UWV" is a role at the UWV).
NAME_NOISE = {
    "de", "het", "een", "van", "en", "in", "te", "voor", "bij", "op", "als",
    "almere", "bv", "b", "v", "stichting", "medewerker", "medewerkster",
    "vrijwilliger", "vrijwilligster", "lid", "werkzaam", "werkt", "werk",
    "oud", "ex", "betaald", "stagiair", "stagiaire", "afdeling", "locatie",
}  # fmt: skip
# Words around the languages someone wishes for ("liever Turks of Koerdisch").
# Dutch is left out: every OCO speaks it, so it tells nothing apart.
LANGUAGE_NOISE = {
    "en", "of", "liever", "graag", "het", "de", "een", "ook", "maar", "taal",
    "talen", "in", "voorkeur", "spreekt", "spreken", "nederlands", "dutch",
}  # fmt: skip
WORD = re.compile(r"\w+")


def folded_words(text: str) -> list[str]:
    """Lower-case words without accents: "Cliëntenraad" reads "clientenraad"."""
    decomposed = unicodedata.normalize("NFKD", (text or "").casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return WORD.findall(plain)


def name_words(text: str) -> set[str]:
    return set(folded_words(text)) - NAME_NOISE


def conflicting_role(member, agency: str) -> str | None:
    """The member's declared role that names the agency, if any.

    A role matches when every telling word of the shorter name occurs in the
    longer: "UWV" matches "Medewerker UWV Almere", "Zorggroep De Schoor"
    matches "De Schoor", "Wijkteam Almere Haven" matches "Vrijwilliger
    wijkteam"."""
    agency_words = name_words(agency)
    if not agency_words:
        return None
    for role in (member.other_roles or "").splitlines():
        role_words = name_words(role)
        if not role_words:
            continue
        shorter, longer = sorted([agency_words, role_words], key=len)
        if shorter <= longer:
            return role.strip()
    return None


def conflict_message(member, role: str) -> str:
    return _(
        "Belangenverstrengeling: %(name)s heeft een rol bij “%(role)s”, de "
        "organisatie van het gesprek. Kies een ander lid."
    ) % {"name": member.name, "role": role}


def languages(text: str) -> set[str]:
    """The languages named in a wish or a member's list, Dutch left out."""
    return set(folded_words(text)) - LANGUAGE_NOISE


@dataclass
class Suggestion:
    member: Member
    score: int = 0
    reasons: list[str] = field(default_factory=list)
    concerns: list[str] = field(default_factory=list)
    conflict: str | None = None
    running: int = 0

    @property
    def blocked(self) -> bool:
        return self.conflict is not None


def candidates(request_obj):
    """Active members not already proposed or matched for this request, with
    their number of running trajectories, in one query."""
    taken = request_obj.trajectories.filter(
        status__in=[TrajectoryStatus.PROPOSED, TrajectoryStatus.RUNNING]
    ).values("member_id")
    return (
        Member.objects.active()
        .exclude(pk__in=taken)
        .select_related("page")
        .annotate(
            running=Count(
                "trajectories",
                filter=Q(trajectories__status=TrajectoryStatus.RUNNING),
            )
        )
    )


def score(request_obj, member, vog_valid_since, earlier_ocos) -> Suggestion:
    suggestion = Suggestion(member=member, running=member.running)
    domains = set(request_obj.domains) & set(member.domains)
    if domains:
        suggestion.score += DOMAIN_POINTS
        labels = member._meta.get_field("domains").labels(sorted(domains))
        suggestion.reasons.append(
            _("Kent het onderwerp: %(domains)s") % {"domains": ", ".join(labels)}
        )
    wished = languages(request_obj.wish_language)
    if wished and not request_obj.no_preference:
        spoken = wished & languages(member.languages)
        if spoken:
            suggestion.score += LANGUAGE_POINTS
            suggestion.reasons.append(
                _("Spreekt %(languages)s")
                % {"languages": ", ".join(name.capitalize() for name in sorted(spoken))}
            )
        else:
            suggestion.concerns.append(_("Spreekt de gewenste taal niet"))
    wished_experience = set(request_obj.wish_lived_experience)
    if wished_experience and not request_obj.no_preference:
        shared = wished_experience & set(member.lived_experience)
        if shared:
            suggestion.score += EXPERIENCE_POINTS
            labels = member._meta.get_field("lived_experience").labels(sorted(shared))
            suggestion.reasons.append(
                _("Ervaring met %(areas)s") % {"areas": ", ".join(labels).lower()}
            )
    if member.vog_date and member.vog_date >= vog_valid_since:
        suggestion.score += VOG_POINTS
        suggestion.reasons.append(_("Geldige VOG"))
    else:
        suggestion.concerns.append(
            _("VOG ontbreekt") if member.vog_date is None else _("VOG is verlopen")
        )
    if member.running:
        suggestion.score -= min(
            member.running * POINTS_PER_RUNNING, MAX_WORKLOAD_PENALTY
        )
        suggestion.concerns.append(
            ngettext(
                "Heeft nu %(count)d lopend traject",
                "Heeft nu %(count)d lopende trajecten",
                member.running,
            )
            % {"count": member.running}
        )
    else:
        suggestion.reasons.append(_("Heeft nu geen lopend traject"))
    if member.pk in earlier_ocos:
        suggestion.score -= EARLIER_OCO_PENALTY
        suggestion.concerns.append(
            _("De inwoner vroeg eerder om een andere OCO dan dit lid")
        )
    role = conflicting_role(member, request_obj.agency)
    if role:
        suggestion.conflict = conflict_message(member, role)
    return suggestion


def suggest(request_obj, limit: int | None = None, groups=None) -> list[Suggestion]:
    """Members ranked best first: the highest score, then the fewest running
    trajectories, then by name; members with a conflict of interest last.
    `groups` (group pages, or a queryset of them) limits the members to theirs."""
    valid_years = PoolSettings.load().vog_valid_years
    vog_valid_since = years_before(timezone.localdate(), valid_years)
    earlier_ocos = set(
        request_obj.trajectories.filter(end_reason=EndReason.OTHER_OCO).values_list(
            "member_id", flat=True
        )
    )
    pool = candidates(request_obj)
    if groups is not None:
        pool = pool.filter(page__in=groups)
    ranked = sorted(
        (score(request_obj, member, vog_valid_since, earlier_ocos) for member in pool),
        key=lambda s: (s.blocked, -s.score, s.running, s.member.name.lower()),
    )
    return ranked[:limit] if limit else ranked
