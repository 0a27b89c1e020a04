"""A small world for the permission matrix: two roster groups, A and B, each
with a member, a contact person, a request with a trajectory, a declaration,
another allowance, a registration and mail; plus the public site's content
(a page, the feedback form with a response, an image, a document) and the
admin's own objects (users, groups, a workflow in progress, uploads).

tests/security/matrix_targets.py turns it into the arguments of URLs."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

import pytest
import wagtail_factories
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from schedule.models import Calendar
from wagtail.admin.models import EditingSession
from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    PageViewRestriction,
    Site,
    UploadedFile,
    Workflow,
)
from wagtail.users.models import UserProfile

from home.factories import SiteDocumentFactory, StandardPageFactory
from home.initial_content.demo_users import editors_group
from home.models import ContactSettings, FeedbackFormPage, HomePage
from intake import workflow as intake_workflow
from intake.factories import RequestFactory
from intake.models import RequestMail
from pool.contact_groups import COORDINATORS_GROUP
from pool.factories import (
    DeclarationFactory,
    MemberFactory,
    OrganisationFactory,
    RosterGroupPageFactory,
    UserFactory,
)
from pool.initial_content.builder import WORKFLOW_NAME
from pool.models import AllowanceYear, DeclarationPage, OtherAllowance, PoolSettings
from scheduling import booking
from scheduling.factories import SessionFactory, next_evening
from scheduling.models import AgendaPage, OutgoingMail
from scheduling.occurrences import find_slot

# In a feedback response: for the editor and the coordinators only.
FEEDBACK_EMAIL = "reageerder.geheim@example.org"


@dataclass
class Side:
    """Everything of one roster group."""

    group: object
    member: object
    contact: object
    request: object
    trajectory: object
    request_mail: object
    declaration: object
    other_allowance: object
    registration: object
    registration_mail: object
    # Strings that show the side's data: of its member (and the reference of
    # the request they support), and of the resident, which only coordinators
    # ever see.
    member_data: list = field(default_factory=list)
    resident_data: list = field(default_factory=list)
    workflow_state: object = None


@dataclass
class World:
    a: Side
    b: Side
    users: dict
    objects: dict


def build_side(letter, coordinator, session):
    name = {"A": "Alfa", "B": "Bravo"}[letter]
    contact = UserFactory(username=f"matrix-contact-{letter.lower()}")
    group = RosterGroupPageFactory(title=f"Matrixgroep {name}", contact_person=contact)
    member = MemberFactory(
        page=group,
        name=f"Merel {name}geheim",
        email=f"merel.{name.lower()}@example.org",
    )
    group.save_revision().publish()
    group.refresh_from_db()

    request_obj = RequestFactory(
        name=f"Inwoner {name}verborgen",
        email=f"inwoner.{name.lower()}@example.org",
    )
    intake_workflow.share_with_group(request_obj, group, coordinator)
    trajectory = intake_workflow.approve(
        intake_workflow.propose(request_obj, member, coordinator), coordinator
    )
    intake_workflow.record_step(
        trajectory, "preparation", timezone.localdate(), "", coordinator
    )
    request_obj.refresh_from_db()

    registration = booking.register(
        find_slot(session, session.start), name=member.name, email=member.email
    )
    return Side(
        group=group,
        member=member,
        contact=contact,
        request=request_obj,
        trajectory=trajectory,
        request_mail=RequestMail.objects.filter(request=request_obj).first(),
        declaration=DeclarationFactory(member=member, group=group),
        other_allowance=OtherAllowance.objects.create(
            member=member,
            month=datetime.date(2025, 3, 1),
            amount=Decimal("10"),
            organisation=f"Buurthuis {name}",
        ),
        registration=registration,
        registration_mail=OutgoingMail.objects.filter(
            registration=registration
        ).first(),
        member_data=[member.name, member.email, request_obj.reference],
        resident_data=[request_obj.name, request_obj.email],
    )


def build_users():
    home = HomePage.objects.get()
    coordinator = UserFactory(username="matrix-coordinator")
    coordinator.groups.add(Group.objects.get(name=COORDINATORS_GROUP))
    editor = UserFactory(username="matrix-editor")
    editor.groups.add(editors_group(home))
    return {
        "anonymous": None,
        "editor": editor,
        "coordinator": coordinator,
        "superuser": UserFactory(
            username="matrix-admin", is_superuser=True, is_staff=True
        ),
    }


def build_content(editor):
    home = HomePage.objects.get()
    root = Collection.get_first_root_node()
    collection = root.add_child(name="Matrixmap")
    form_page = FeedbackFormPage.objects.get()
    document = SiteDocumentFactory(
        title="Matrixdocument", collection=root, uploaded_by_user=editor
    )
    image = wagtail_factories.ImageFactory(
        title="Matrixafbeelding", collection=root, uploaded_by_user=editor
    )
    public_page = StandardPageFactory(parent=home, title="Matrixpagina")
    public_page.save_revision().publish()

    def upload(name):
        return UploadedFile.objects.create(
            file=ContentFile(b"upload", name=name), uploaded_by_user=editor
        )

    return {
        "home": home,
        "public_page": public_page,
        "form_page": form_page,
        "form_submission": FormSubmission.objects.create(
            page=form_page, form_data={"email": FEEDBACK_EMAIL}
        ),
        "document": document,
        "image": image,
        "collection": collection,
        "collection_restriction": CollectionViewRestriction.objects.create(
            collection=collection,
            restriction_type=CollectionViewRestriction.PASSWORD,
            password="matrix-wachtwoord",
        ),
        "page_restriction": PageViewRestriction.objects.first(),
        "redirect": Redirect.objects.create(
            old_path="/matrix-oud", redirect_link="https://example.org/"
        ),
        "uploaded_document": upload("matrix.pdf"),
        "uploaded_image": upload("matrix.png"),
        "editing_session": EditingSession.objects.create(
            user=editor,
            content_type=ContentType.objects.get_for_model(public_page),
            object_id=str(public_page.pk),
            last_seen_at=timezone.now(),
        ),
        "site": Site.objects.get(is_default_site=True),
        "agenda_page": AgendaPage.objects.live().first(),
        "declaration_page": DeclarationPage.objects.get(),
    }


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Built once per test module, in a transaction rolled back at its end;
    each test runs in a savepoint inside it."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_world()
        transaction.set_rollback(True)
    cache.clear()


def build_world() -> World:
    users = build_users()
    calendar = Calendar.objects.get(slug="training")
    session = SessionFactory(calendar=calendar, start=next_evening(days=10))
    a = build_side("A", users["coordinator"], session)
    b = build_side("B", users["coordinator"], session)
    users.update(contact_a=a.contact, contact_b=b.contact)
    for user in users.values():
        if user is not None:
            # Made on a first visit to the admin otherwise: no write to
            # mistake for a refused request's.
            UserProfile.get_for_user(user)
    objects = build_content(users["editor"])
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    a.workflow_state = workflow.start(a.group, a.contact)
    b.workflow_state = workflow.start(b.group, b.contact)
    objects.update(
        calendar=calendar,
        session=session,
        slot=find_slot(session, session.start),
        organisation=OrganisationFactory(name="Matrixorganisatie"),
        allowance_year=AllowanceYear.objects.order_by("year").first(),
        pool_settings=PoolSettings.load(),
        contact_settings=ContactSettings.for_site(objects["site"]),
        workflow=workflow,
        django_group=Group.objects.get(name=COORDINATORS_GROUP),
    )
    return World(a=a, b=b, users=users, objects=objects)
