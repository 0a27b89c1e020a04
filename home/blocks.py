"""StreamField blocks for the public pages. Each carries a description and a
preview value so that editors see what a block does before they add it."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page

from .video import parse_video_url

PARAGRAPH_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


# Previews of blocks that point to images, documents or pages use what the
# site already holds, so that the editor sees real content.


def _first_image():
    return get_image_model().objects.order_by("pk").first()


def _first_page():
    return Page.objects.filter(depth=2).first()


def _image_preview():
    return {"image": _first_image(), "alt_text": "Voorbeeldafbeelding", "caption": ""}


def _document_list_preview():
    documents = get_document_model().objects.order_by("title")[:3]
    return {"title": "Om te downloaden", "documents": list(documents)}


def _video_preview():
    video = (
        get_document_model()
        .objects.filter(file__iendswith=".mp4")
        .order_by("pk")
        .first()
    )
    return {
        "title": "Animatie",
        "video_file": video,
        "poster": _first_image(),
        "duration": "0:32",
        "transcript": "<p>De tekst bij de video staat hier.</p>",
    }


def _call_to_action_preview():
    return {
        "title": "Wilt u hulp van een OCO?",
        "text": "Vraag gratis een onafhankelijke cliëntondersteuner aan.",
        "page": _first_page(),
        "link_label": "Vraag een OCO aan",
    }


def _highlight_preview():
    return {
        "title": "Wat doet een OCO?",
        "text": "Lees wat een onafhankelijke cliëntondersteuner voor u kan doen.",
        "page": _first_page(),
    }


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("tekst"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("niveau"),
        choices=[("h2", _("Kop 2")), ("h3", _("Kop 3"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Tussenkop")
        template = "blocks/heading_block.html"
        description = _("Een kop die de pagina in delen opdeelt.")
        preview_value = {"text": "Wat doet een OCO?", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Tekst")
        template = "blocks/paragraph_block.html"
        description = _("Lopende tekst met vet, cursief, lijsten en links.")
        preview_value = (
            "<p>Een onafhankelijke cliëntondersteuner denkt met u mee. "
            "De hulp is <b>gratis</b>.</p>"
        )


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("afbeelding"))
    alt_text = blocks.CharBlock(
        label=_("alternatieve tekst"),
        max_length=250,
        help_text=_(
            "Beschrijf wat er op de afbeelding te zien is, voor wie de afbeelding "
            "niet kan zien. Verplicht."
        ),
    )
    caption = blocks.CharBlock(label=_("bijschrift"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Afbeelding")
        template = "blocks/image_block.html"
        description = _("Een afbeelding met verplichte alternatieve tekst.")
        preview_value = staticmethod(_image_preview)


class DocumentListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titel"), required=False, max_length=120)
    documents = blocks.ListBlock(
        DocumentChooserBlock(label=_("document")), label=_("documenten"), min_num=1
    )

    class Meta:
        icon = "doc-full"
        label = _("Lijst met documenten")
        template = "blocks/document_list_block.html"
        description = _("Downloads met bestandstype en grootte.")
        preview_value = staticmethod(_document_list_preview)


class VideoBlock(blocks.StructBlock):
    """A video that loads nothing from another site until the visitor presses play."""

    title = blocks.CharBlock(label=_("titel"), max_length=120)
    video_url = blocks.URLBlock(
        label=_("adres van de video op YouTube of Vimeo"),
        required=False,
        help_text=_("Laat leeg als u zelf een videobestand kiest."),
    )
    video_file = DocumentChooserBlock(
        label=_("videobestand (MP4 of WebM)"), required=False
    )
    captions = DocumentChooserBlock(label=_("ondertiteling (WebVTT)"), required=False)
    poster = ImageChooserBlock(
        label=_("voorbeeldafbeelding"),
        help_text=_("Wordt getoond tot de bezoeker op afspelen drukt."),
    )
    duration = blocks.CharBlock(
        label=_("duur"), required=False, max_length=20, help_text=_("Bijvoorbeeld 2:30")
    )
    transcript = blocks.RichTextBlock(
        label=_("uitgeschreven tekst"),
        features=PARAGRAPH_FEATURES,
        help_text=_("Alles wat er in de video gezegd en getoond wordt."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video_block.html"
        description = _(
            "Een video met voorbeeldafbeelding en uitgeschreven tekst. Er wordt "
            "niets van YouTube of Vimeo geladen voordat de bezoeker op afspelen drukt."
        )
        preview_value = staticmethod(_video_preview)

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        url, file = value.get("video_url"), value.get("video_file")
        if bool(url) == bool(file):
            message = _("Kies óf een adres van een video, óf een videobestand.")
            errors["video_url"] = ValidationError(message)
        elif url and parse_video_url(url) is None:
            errors["video_url"] = ValidationError(
                _(
                    "Dit adres wordt niet herkend. "
                    "Gebruik een link naar YouTube of Vimeo."
                )
            )
        elif file and file.file_extension.lower() not in ("mp4", "webm"):
            errors["video_file"] = ValidationError(_("Kies een MP4- of WebM-bestand."))
        captions = value.get("captions")
        if captions and captions.file_extension.lower() != "vtt":
            errors["captions"] = ValidationError(_("Kies een WebVTT-bestand (.vtt)."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["source"] = parse_video_url(value.get("video_url") or "")
        return context


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titel"), max_length=120)
    text = blocks.TextBlock(label=_("tekst"), required=False, max_length=400)
    page = blocks.PageChooserBlock(label=_("pagina"))
    link_label = blocks.CharBlock(label=_("tekst op de knop"), max_length=60)

    class Meta:
        icon = "pick"
        label = _("Oproep tot actie")
        template = "blocks/call_to_action_block.html"
        description = _("Een opvallend blok met één knop naar een pagina.")
        preview_value = staticmethod(_call_to_action_preview)


class PrincipleBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("kern"), max_length=120)
    text = blocks.TextBlock(label=_("uitleg"), max_length=600)


class PrinciplesBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titel"), required=False, max_length=120)
    principles = blocks.ListBlock(PrincipleBlock(), label=_("uitgangspunten"))

    class Meta:
        icon = "list-ol"
        label = _("Lijst met uitgangspunten")
        template = "blocks/principles_block.html"
        description = _(
            "Een genummerde lijst, zoals de tien uitgangspunten van een OCO."
        )
        preview_value = {
            "title": "Mijn rol in uitgangspunten",
            "principles": [
                {"title": "De inwoner houdt de regie", "text": "Ik denk mee."},
                {
                    "title": "Ik ben onafhankelijk",
                    "text": "Ik werk niet voor de gemeente.",
                },
            ],
        }


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("vraag"), max_length=200)
    answer = blocks.RichTextBlock(label=_("antwoord"), features=PARAGRAPH_FEATURES)


class FAQBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titel"), required=False, max_length=120)
    questions = blocks.ListBlock(QuestionBlock(), label=_("vragen"))

    class Meta:
        icon = "help"
        label = _("Veelgestelde vragen")
        template = "blocks/faq_block.html"
        description = _("Vragen die de bezoeker openklapt om het antwoord te lezen.")
        preview_value = {
            "title": "Veelgestelde vragen",
            "questions": [
                {
                    "question": "Kost een OCO geld?",
                    "answer": "<p>Nee, het is gratis.</p>",
                }
            ],
        }


class ContactDetailsBlock(blocks.StaticBlock):
    class Meta:
        icon = "mail"
        label = _("Contactgegevens")
        template = "blocks/contact_details_block.html"
        admin_text = _("Toont de contactgegevens uit de instellingen van de site.")
        description = _("De contactgegevens van OCO Almere en MEE IJsseloevers.")
        preview_value = None


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    documents = DocumentListBlock()
    video = VideoBlock()
    call_to_action = CallToActionBlock()
    principles = PrinciplesBlock()
    faq = FAQBlock()
    contact_details = ContactDetailsBlock()


class HighlightBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titel"), max_length=80)
    text = blocks.TextBlock(label=_("tekst"), max_length=300)
    page = blocks.PageChooserBlock(label=_("pagina"))

    class Meta:
        icon = "pick"
        label = _("Uitgelicht")
        template = "blocks/highlight_block.html"
        description = _("Een kaart op de voorpagina die naar een pagina verwijst.")
        preview_value = staticmethod(_highlight_preview)
