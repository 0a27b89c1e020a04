"""The base forms of Wagtail's document and image uploads, for every way an
editor uploads (one file, several at once, replacing a file).

A document is refused when it is larger than its type allows
(HOME_DOCUMENT_MAX_SIZES) or when its content does not match its extension
(home.file_checks). Images keep Wagtail's own checks (format against
extension, size, pixels, no SVG unless allowed); an image that cannot be read
is refused with a message instead of a server error.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from .file_checks import content_matches_extension


def document_help_text() -> str:
    """The hint on the upload pages: which types, up to which size."""
    by_limit: dict[int, list[str]] = {}
    for extension, limit in settings.HOME_DOCUMENT_MAX_SIZES.items():
        by_limit.setdefault(limit, []).append(extension.upper())
    parts = [
        _("%(types)s tot %(limit)s")
        % {"types": get_text_list(types, _("en")), "limit": filesizeformat(limit)}
        for limit, types in by_limit.items()
    ]
    return _("Toegestaan: %(parts)s.") % {"parts": "; ".join(parts)}


class SiteDocumentForm(BaseDocumentForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            self.fields["file"].help_text = document_help_text()

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if not isinstance(file, UploadedFile):
            return file
        extension = file.name.rpartition(".")[2].lower() if "." in file.name else ""
        limit = settings.HOME_DOCUMENT_MAX_SIZES.get(extension)
        if limit is None:
            allowed = [known.upper() for known in settings.HOME_DOCUMENT_MAX_SIZES]
            raise ValidationError(
                _(
                    "Een bestand van deze soort kan niet worden geüpload. Kies een "
                    "bestand van een van deze soorten: %(types)s."
                )
                % {"types": get_text_list(allowed, _("en"))},
                code="invalid_extension",
            )
        kind = extension.upper()
        if file.size > limit:
            raise ValidationError(
                _(
                    "Dit bestand is te groot (%(size)s). Een %(kind)s-bestand mag "
                    "hoogstens %(limit)s zijn."
                )
                % {
                    "size": filesizeformat(file.size),
                    "kind": kind,
                    "limit": filesizeformat(limit),
                },
                code="file_too_large",
            )
        if not content_matches_extension(file, extension):
            raise ValidationError(
                _(
                    "Dit is geen echt %(kind)s-bestand: de inhoud past niet bij de "
                    "extensie .%(extension)s. Kies het juiste bestand, of sla het "
                    "opnieuw op als %(kind)s."
                )
                % {"kind": kind, "extension": extension},
                code="content_does_not_match_extension",
            )
        return file


class ReadableImageField(WagtailImageField):
    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
        except ValidationError:
            raise
        except Exception as error:
            # A broken or cut-off image: its header looked right, its data
            # not. Pillow raises many kinds of errors for it.
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from error


class SiteImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if isinstance(field, WagtailImageField):
            self.fields["file"] = ReadableImageField(
                label=field.label, required=field.required, widget=field.widget
            )
