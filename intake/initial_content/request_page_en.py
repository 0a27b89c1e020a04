"""The English translation of "Een OCO aanvragen" (plain English, B1), made
as an editor would with Wagtail's "Translate". It goes under the English home
page, which is made first when it is missing; the home page's call to action
is linked to it by home.initial_content.translations. What exists is left
alone, so running it again changes nothing."""

from home.initial_content.translations import english_home, english_locale, translate

from ..models import RequestPage

SLUG = "request-an-oco"
TITLE = "Ask for an OCO"
SEARCH_DESCRIPTION = (
    "Ask for a free independent client supporter: a volunteer from Almere who "
    "helps you think things through in meetings with organisations."
)
INTRO = (
    "<p>Do you soon have a meeting with the municipality, the local social team "
    "or another organisation? And would you like someone to help you think it "
    "through or go with you? Then fill in this form. The help of an OCO is "
    "free.</p>"
    "<p>You can also fill in this form for someone else, for example your "
    "mother, your neighbour or a client. Please ask that person first.</p>"
    "<p>We look for an OCO who suits you. We will contact you within five "
    "working days.</p>"
)
MEE_TEXT = (
    "<p>The OCOs of OCO Almere are volunteers with lived experience. Do you "
    "have many problems at the same time, or is your situation very "
    "complicated? Then a professional of MEE IJsseloevers may suit you better. "
    "That help is free too. You can call or email MEE yourself. Not sure? Just "
    "fill in this form. We will help you decide.</p>"
)
THANK_YOU_TEXT = (
    "<h2>What happens now?</h2>"
    "<ol>"
    "<li>A coordinator of OCO Almere reads your request.</li>"
    "<li>We will contact you within five working days, in the way you chose. "
    "We may ask a few more questions.</li>"
    "<li>We look for an OCO who suits you. That OCO contacts you to get to "
    "know you.</li>"
    "</ol>"
    "<p>Is your meeting very soon, for example within two days? Then please "
    "call us. We will see what we can still do.</p>"
)


def build(log=print, **options) -> int:
    """Returns the number of pages created: the first time the English home
    page (when missing) and this page, then 0."""
    home = english_home(log)
    source = RequestPage.objects.filter(locale__language_code="nl").first()
    if home is None or source is None:
        return 0
    locale = english_locale()
    created = 0
    if home.get_children().filter(slug=SLUG).exists() or source.has_translation(locale):
        return created
    if source.get_parent().specific.get_translation_or_none(locale) is None:
        # The form sits in a section that has no English version.
        return created
    translate(
        source,
        locale,
        {
            "title": TITLE,
            "slug": SLUG,
            "search_description": SEARCH_DESCRIPTION,
            "intro": INTRO,
            "mee_text": MEE_TEXT,
            "thank_you_title": "Thank you for your request",
            "thank_you_text": THANK_YOU_TEXT,
        },
        log,
    )
    return created + 1
