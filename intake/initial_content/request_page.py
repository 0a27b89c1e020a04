"""The page "Een OCO aanvragen" with the request form, and the home page's
call to action pointing at it. What exists is left alone, so running it again
changes nothing, and an editor's own choice of call to action is kept."""

from django.utils.translation import gettext as _
from wagtail.models import Page

from home.initial_content.residents import HOME
from home.models import HomePage

from ..models import RequestPage

SLUG = "oco-aanvragen"
TITLE = "Een OCO aanvragen"
# Where the page goes: under "Voor inwoners" when the site has that section.
RESIDENTS_SLUG = "voor-inwoners"
PRIVACY_SLUG = "privacyverklaring"
# The call to action the site's own initial content starts with.
INITIAL_CTA_SLUG = "contact"
# The call to action's text, when it still is the site's first text.
CTA_TEXT = (
    "Vul het formulier in, of bel of mail ons. Wij zoeken samen met u een OCO "
    "die bij u past. Ook een naaste of een professional kan dit voor u doen, "
    "als u dat goed vindt."
)

SEARCH_DESCRIPTION = (
    "Vraag gratis een onafhankelijke cliëntondersteuner aan: een vrijwilliger "
    "uit Almere die met u meedenkt bij gesprekken met instanties."
)
INTRO = (
    "<p>Heeft u binnenkort een gesprek met de gemeente, het wijkteam of een "
    "andere organisatie? En wilt u dat iemand met u meedenkt of meegaat? Vul dan "
    "dit formulier in. De hulp van een OCO is gratis.</p>"
    "<p>U kunt dit formulier ook invullen voor iemand anders, bijvoorbeeld uw "
    "moeder, uw buurman of een cliënt. Vraag het die persoon dan eerst.</p>"
    "<p>Wij zoeken een OCO die bij u past. Binnen vijf werkdagen nemen wij "
    "contact met u op.</p>"
)
MEE_TEXT = (
    "<p>De OCO's van OCO Almere zijn vrijwilligers met eigen ervaring. Spelen er "
    "bij u veel problemen tegelijk, of is uw situatie heel ingewikkeld? Dan past "
    "een beroepskracht van MEE IJsseloevers misschien beter. Ook die hulp is "
    "gratis. U kunt MEE zelf bellen of mailen. Twijfelt u? Vul dan gewoon dit "
    "formulier in. Wij denken met u mee.</p>"
)
THANK_YOU_TEXT = (
    "<h2>Wat gebeurt er nu?</h2>"
    "<ol>"
    "<li>Een coördinator van OCO Almere leest uw aanvraag.</li>"
    "<li>Binnen vijf werkdagen nemen wij contact met u op, op de manier die u "
    "koos. Wij stellen dan misschien nog een paar vragen.</li>"
    "<li>Wij zoeken een OCO die bij u past. Die OCO neemt contact met u op om "
    "kennis te maken.</li>"
    "</ol>"
    "<p>Is uw gesprek heel snel, bijvoorbeeld binnen twee dagen? Bel ons dan "
    "even. Dan kijken wij wat er nog kan.</p>"
)


def find(parent, slug):
    return parent.get_children().filter(slug=slug).first() if parent else None


def build(log) -> int:
    """Returns the number of pages created: 1 the first time, then 0."""
    home = HomePage.objects.first()
    if home is None:
        return 0
    created = 0
    page = RequestPage.objects.descendant_of(home).first()
    if page is None:
        page = create_page(home)
        created = 1
        log(_("Pagina gemaakt: %(title)s") % {"title": page.title})
    point_home_at(home, page, log)
    return created


def create_page(home) -> RequestPage:
    parent = (find(home, RESIDENTS_SLUG) or home).specific
    privacy = Page.objects.descendant_of(home).filter(slug=PRIVACY_SLUG).first()
    page = RequestPage(
        title=TITLE,
        slug=SLUG,
        search_description=SEARCH_DESCRIPTION,
        intro=INTRO,
        mee_text=MEE_TEXT,
        privacy_page=privacy,
        thank_you_title="Bedankt voor uw aanvraag",
        thank_you_text=THANK_YOU_TEXT,
        live=False,
    )
    parent.add_child(instance=page)
    page.save_revision(log_action=True).publish()
    return page


def point_home_at(home, page, log) -> None:
    """The call to action leads to the form, unless an editor chose another
    page than the one the site started with."""
    home = HomePage.objects.get(pk=home.pk)
    current = home.cta_page
    if current is not None and (
        current.pk == page.pk or current.slug != INITIAL_CTA_SLUG
    ):
        return
    if home.has_unpublished_changes:
        # Publishing now would publish an editor's draft, or throw it away.
        log(_("De homepagina heeft een concept; de oproep is niet aangepast."))
        return
    home.cta_page = page
    if home.cta_text in ("", HOME["cta_text"]):
        home.cta_text = CTA_TEXT
    home.save_revision(log_action=True).publish()
    log(_("Oproep op de homepagina leidt nu naar: %(title)s") % {"title": page.title})
