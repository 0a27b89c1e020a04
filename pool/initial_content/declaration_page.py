"""The page "Declareren" under "Voor OCO's" (made by the agenda's content),
where members ask for their personal link to declare hours and costs. When
the page is made, "Voor OCO's" gets a call to action to it, unless an editor
has a draft of that page. What exists is left alone, so running it again
changes nothing."""

from django.utils.translation import gettext as _

from home.models import HomePage, StandardPage
from pool.models import DeclarationPage

SLUG = "declareren"
TITLE = "Declareren"
PARENT_SLUG = "voor-ocos"

SEARCH_DESCRIPTION = (
    "Voor OCO's van OCO Almere: declareer uw uren en onkosten met een "
    "persoonlijke link."
)
INTRO = (
    "<p>Bent u OCO bij OCO Almere? Dan krijgt u een vergoeding voor uw uren, "
    "en uw onkosten worden terugbetaald. Dat regelt u hier.</p>"
    "<p>U heeft geen account nodig. Vul hieronder uw e-mailadres in. U krijgt "
    "dan een mail met een persoonlijke link. Met die link komt u op uw eigen "
    "pagina. Daar vult u uw declaratie in en ziet u wat u dit jaar al "
    "declareerde.</p>"
)
EMAIL_TEXT = (
    "Gebruik het e-mailadres dat OCO Almere van u heeft. Dat is het adres "
    "waarop u ook de mails over trainingen krijgt."
)
DECLARE_TEXT = (
    "<p>U declareert de uren van uw werk als OCO:</p>"
    "<ul>"
    "<li>de ondersteuning van een inwoner, zoals het voorbereiden van een "
    "gesprek, het gesprek zelf en het verslag;</li>"
    "<li>trainingen en intervisie;</li>"
    "<li>overleg en bijeenkomsten van OCO Almere;</li>"
    "<li>ander werk dat u voor OCO Almere doet.</li>"
    "</ul>"
    "<p>U declareert ook uw onkosten, zoals een buskaartje of parkeergeld. "
    "Schrijf erbij waarvoor ze waren.</p>"
    "<p>Declareer per dag. Schrijf bij de omschrijving het kenmerk van de "
    "aanvraag of de naam van de training. Schrijf nooit de naam van een "
    "inwoner op.</p>"
)
ALLOWANCE_TEXT = (
    "<p>U krijgt een vast bedrag per uur. Uw onkosten krijgt u terug.</p>"
    "<p>De belasting stelt een grens aan een vrijwilligersvergoeding. Blijft "
    "u onder die grens, dan betaalt u er geen belasting over. Krijgt u ook "
    "een vergoeding voor ander vrijwilligerswerk? Dan telt die mee. Vul dat "
    "daarom in bij uw declaratie.</p>"
)
PAYMENT_TEXT = (
    "<ol>"
    "<li>U stuurt uw declaratie via uw persoonlijke pagina.</li>"
    "<li>Een coördinator van OCO Almere kijkt uw declaratie na. Op uw "
    "pagina ziet u of hij is goedgekeurd.</li>"
    "<li>Na goedkeuring maken wij het bedrag over op uw rekening.</li>"
    "</ol>"
    "<p>Declareer het liefst elke maand. Dat kan tot het eind van het "
    "volgende jaar.</p>"
)
CTA = {
    "title": "Uren en onkosten declareren",
    "text": "Vraag een persoonlijke link aan en declareer uw uren en onkosten.",
    "link_label": "Naar declareren",
}


def build(log=print, demo_users=False, demo_password=None) -> int:
    """Returns the number of pages created: 1 the first time, then 0."""
    home = HomePage.objects.first()
    if home is None or DeclarationPage.objects.exists():
        return 0
    parent = StandardPage.objects.child_of(home).filter(slug=PARENT_SLUG).first()
    if parent is None:
        log(_("Geen pagina 'Voor OCO's'; de declaratiepagina is niet gemaakt."))
        return 0
    page = DeclarationPage(
        title=TITLE,
        slug=SLUG,
        search_description=SEARCH_DESCRIPTION,
        intro=INTRO,
        email_text=EMAIL_TEXT,
        declare_text=DECLARE_TEXT,
        allowance_text=ALLOWANCE_TEXT,
        payment_text=PAYMENT_TEXT,
        live=False,
    )
    parent.add_child(instance=page)
    page.save_revision(log_action=True).publish()
    log(_("Pagina gemaakt: %(title)s") % {"title": page.title})
    link_from(parent, page, log)
    return 1


def link_from(parent, page, log) -> None:
    parent = StandardPage.objects.get(pk=parent.pk)
    if parent.has_unpublished_changes:
        # Publishing now would publish an editor's draft, or throw it away.
        log(_("'Voor OCO's' heeft een concept; de link is niet toegevoegd."))
        return
    parent.body.append(("call_to_action", {**CTA, "page": page}))
    parent.save_revision(log_action=True).publish()
