"""Builds the site tree from the content modules. Safe to run again: what
exists is left alone, so an editor's changes are never overwritten."""

import io

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupPagePermission, Page, Site

from home.models import (
    ContactSettings,
    DocumentIndexPage,
    FeedbackFormField,
    FeedbackFormPage,
    HomePage,
    SearchPage,
    SiteDocument,
    StandardPage,
)

from . import about, animation, feedback, professionals, residents
from .blocks import DocumentRef, ImageRef, PageRef
from .pdf import render_publication
from .publications import PUBLICATIONS

PUBLICATIONS_COLLECTION = "Publicaties"
IMAGES_COLLECTION = "Afbeeldingen"
DEFAULT_GROUPS = ["Editors", "Moderators"]
CONTACT_DEFAULTS = {
    "oco_phone": "(036) 200 21 58",
    "oco_email": "info@ocoalmere.nl",
    "oco_website": "https://www.ocoalmere.nl",
    "mee_phone": "(088) 633 06 33",
    "mee_email": "info@meeijsseloevers.nl",
    "mee_website": "https://www.meevoormij.nl",
}
PAGE_TYPES = {
    "standard": StandardPage,
    "documents": DocumentIndexPage,
    "search": SearchPage,
}


class InitialContentBuilder:
    def __init__(self, log=print):
        self.log = log
        self.created = 0

    def build(self):
        """Run inside a transaction (the command opens one), so that a failure
        leaves no half-built tree."""
        home = self.home = self.home_page()
        publications = self.collection(PUBLICATIONS_COLLECTION)
        images = self.collection(IMAGES_COLLECTION)
        for publication in PUBLICATIONS:
            self.document(
                publication["title"],
                publication["filename"],
                publication["description"],
                publications,
                lambda publication=publication: render_publication(publication),
            )
        self.document(
            animation.VIDEO_TITLE,
            animation.VIDEO_FILENAME,
            _("De animatie als videobestand, zonder geluid."),
            publications,
            animation.render_video,
        )
        self.image(animation.POSTER_TITLE, animation.POSTER_FILENAME, images)
        self.contact_settings(home)
        self.scope_default_groups(home)

        specs = residents.PAGES + professionals.PAGES + about.PAGES
        new_pages = [self.page(spec, home, publications) for spec in specs]
        # Before the pages are published: "Voor professionals" links to it.
        self.feedback_form(feedback.FEEDBACK_FORM)
        for page, spec in [(p, s) for p, s in zip(new_pages, specs, strict=True) if p]:
            self.publish(page, spec)
        if self.home_is_new:
            self.fill_home(home)
        return self.created

    # Pages

    def scope_default_groups(self, home):
        """Wagtail's stock Editors and Moderators groups get their page rights
        on the root, which would reach sections outside the site; move them to
        the home page."""
        root = Page.get_first_root_node()
        for grant in GroupPagePermission.objects.filter(
            page=root, group__name__in=DEFAULT_GROUPS
        ):
            GroupPagePermission.objects.get_or_create(
                group=grant.group, page=home, permission=grant.permission
            )
            grant.delete()

    def home_page(self):
        site = Site.objects.filter(is_default_site=True).first()
        home = HomePage.objects.first()
        self.home_is_new = home is None
        if home is None:
            root = Page.get_first_root_node()
            # Wagtail's own welcome page is replaced, unless someone built on it.
            for default in root.get_children().filter(slug="home"):
                if default.specific_class is Page and not default.get_children():
                    default.delete()
            slug = "home" if not root.get_children().filter(slug="home") else "start"
            home = HomePage(title=residents.HOME["title"], slug=slug, live=False)
            root.add_child(instance=home)
            self.created += 1
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                site_name="OCO Almere",
                root_page=home,
                is_default_site=True,
            )
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.site_name = "OCO Almere"
            site.save()
        return home

    def fill_home(self, home):
        home.refresh_from_db()
        spec = residents.HOME
        home.seo_title = spec["seo_title"]
        home.search_description = spec["search_description"]
        home.intro = spec["intro"]
        home.cta_title = spec["cta_title"]
        home.cta_text = spec["cta_text"]
        home.cta_page = self.find_page(spec["cta_slug"])
        home.cta_label = spec["cta_label"]
        home.highlights = self.resolve_stream(spec["highlights"])
        home.save_revision(log_action=True).publish()
        self.log(_("Pagina gemaakt: %(title)s") % {"title": home.title})

    def page(self, spec, home, publications):
        parent = self.find_page(spec["parent"]) if spec.get("parent") else home
        if parent.get_children().filter(slug=spec["slug"]).exists():
            return None
        page_class = PAGE_TYPES[spec.get("type", "standard")]
        page = page_class(
            title=spec["title"],
            slug=spec["slug"],
            intro=spec.get("intro", ""),
            search_description=spec.get("search_description", ""),
            show_in_menus=spec.get("show_in_menus", False),
            live=False,
        )
        if page_class is StandardPage:
            page.show_in_footer = spec.get("show_in_footer", False)
        if page_class is DocumentIndexPage:
            page.collection = publications
        parent.add_child(instance=page)
        self.created += 1
        return page

    def feedback_form(self, spec):
        # One form for the whole site; the editor may have moved or renamed it.
        if FeedbackFormPage.objects.exists():
            return
        page = FeedbackFormPage(
            title=spec["title"],
            slug=spec["slug"],
            intro=spec["intro"],
            thank_you_text=spec["thank_you_text"],
            search_description=spec["search_description"],
            show_in_menus=spec["show_in_menus"],
            form_fields=[FeedbackFormField(**field) for field in spec["fields"]],
            live=False,
        )
        self.find_page(spec["parent"]).add_child(instance=page)
        page.save_revision(log_action=True).publish()
        self.created += 1
        self.log(_("Pagina gemaakt: %(title)s") % {"title": page.title})

    def publish(self, page, spec):
        # Children added since this object was loaded changed numchild in the
        # database; saving a stale copy would undo that.
        page.refresh_from_db()
        if "body" in spec:
            page.body = self.resolve_stream(spec["body"])
        page.save_revision(log_action=True).publish()
        self.log(_("Pagina gemaakt: %(title)s") % {"title": page.title})

    def find_page(self, slug):
        return Page.objects.descendant_of(self.home).get(slug=slug)

    # StreamField data

    def resolve_stream(self, blocks):
        return [self.resolve_block(name, value) for name, value in blocks]

    def resolve_block(self, name, value):
        if name == "video" and value is None:
            return ("video", self.animation_video())
        return (name, self.resolve(value))

    def resolve(self, value):
        if isinstance(value, PageRef):
            return self.find_page(value.slug)
        if isinstance(value, DocumentRef):
            return SiteDocument.objects.get(title=value.title)
        if isinstance(value, ImageRef):
            return get_image_model().objects.get(title=value.title)
        if isinstance(value, dict):
            return {key: self.resolve(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.resolve(item) for item in value]
        return value

    def animation_video(self):
        return {
            "title": animation.TITLE,
            "video_url": "",
            "video_file": self.resolve(DocumentRef(animation.VIDEO_TITLE)),
            "captions": None,
            "poster": self.resolve(ImageRef(animation.POSTER_TITLE)),
            "duration": animation.duration_label(),
            "transcript": animation.transcript_html(),
        }

    # Media and settings

    def collection(self, name):
        root = Collection.get_first_root_node()
        existing = root.get_children().filter(name=name).first()
        if existing:
            return existing
        self.created += 1
        return root.add_child(name=name)

    def document(self, title, filename, description, collection, render):
        if SiteDocument.objects.filter(title=title).exists():
            return
        document = SiteDocument(
            title=title, description=description, collection=collection
        )
        document.file.save(filename, ContentFile(render()), save=False)
        document._set_document_file_metadata()
        document.save()
        self.created += 1
        self.log(_("Document gemaakt: %(title)s") % {"title": title})

    def image(self, title, filename, collection):
        image_model = get_image_model()
        if image_model.objects.filter(title=title).exists():
            return
        data = io.BytesIO(animation.render_poster())
        image = image_model(
            title=title, collection=collection, file=ImageFile(data, name=filename)
        )
        image._set_image_file_metadata()
        image.save()
        self.created += 1

    def contact_settings(self, home):
        site = Site.objects.get(root_page=home)
        settings, created = ContactSettings.objects.get_or_create(
            site=site, defaults=CONTACT_DEFAULTS
        )
        if not created and not settings.oco_phone:
            # Created empty by a page view before this command ran.
            for field, value in CONTACT_DEFAULTS.items():
                setattr(settings, field, value)
            settings.save()
            created = True
        self.created += int(created)
