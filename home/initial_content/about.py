"""About OCO Almere, contact, documents, search and the statements in the footer."""

from .blocks import bullets, contact_details, documents, heading, paragraph

CONVENANT_TITLE = "Convenant OCO Almere"
AFSPRAKENBLAD_TITLE = "Afsprakenblad voor contactpersonen van losse OCO's"

ABOUT = {
    "slug": "over-oco-almere",
    "title": "Over OCO Almere",
    "show_in_menus": True,
    "intro": (
        "OCO Almere is een netwerk van vrijwillige ervaringsdeskundigen. Zij "
        "ondersteunen inwoners van Almere bij gesprekken met instanties."
    ),
    "search_description": "Hoe OCO Almere is ontstaan en wie eraan meewerken.",
    "body": [
        heading("Hoe het begon"),
        paragraph(
            "<p>In 2017 vroeg de gemeenteraad van Almere om een pool van "
            "ervaringsdeskundigen uit lokale cliënt- en belangenorganisaties. Het "
            "initiatief kwam van het Breed Overleg Plus (BO+) en de Adviesraad "
            "Sociaal Domein. Op 1 oktober 2018 ging OCO Almere van start. De "
            "gemeente Almere is opdrachtgever. OCO Almere werkt samen met CMO "
            "Flevoland.</p>"
            "<p>Voor ingewikkelde situaties zijn er daarnaast beroepsmatige "
            "cliëntondersteuners van MEE IJsseloevers. En inwoners kunnen altijd "
            "ook iemand uit hun eigen netwerk vragen.</p>"
        ),
        heading("Het convenant"),
        paragraph(
            "<p>De gemeente en de deelnemende organisaties hebben hun afspraken "
            "vastgelegd in een convenant. De belangrijkste afspraken:</p>"
            + bullets(
                "De OCO's zijn onafhankelijk. Ze maken een duidelijk onderscheid "
                "tussen hun rol als OCO en andere rollen die ze hebben.",
                "OCO's helpen rond het toegangsgesprek: bij de voorbereiding, het "
                "gesprek, het verslag, de aanvraag en de afspraken over de hulp.",
                "Elke deelnemende organisatie draagt minstens drie OCO's voor.",
                "OCO's volgen trainingen en intervisie die de coördinatoren "
                "organiseren.",
                "Elke organisatie heeft één contactpersoon. De contactpersonen "
                "overleggen geregeld met de coördinatoren.",
                "Organisaties krijgen een vergoeding per jaar: 1.000 euro als ze "
                "actief meedoen in het BO+, anders 500 euro.",
                "OCO's krijgen een vrijwilligersvergoeding binnen de wettelijke "
                "grenzen.",
                "De coördinatoren bewaken de kwaliteit en rapporteren daarover.",
            )
        ),
        heading("Deelnemende organisaties"),
        paragraph(
            "<p>De OCO's komen van Almeerse cliënt- en belangenorganisaties, zoals "
            "patiëntenverenigingen en vrijwilligersorganisaties. Er kunnen altijd "
            "organisaties bij komen. Vrijwilligers die (nog) niet bij een "
            "organisatie horen, kunnen ook OCO worden. Zij vormen samen een groep "
            "met een eigen contactpersoon.</p>"
        ),
        heading("Zelf OCO worden?"),
        paragraph(
            "<p>Heeft u ervaring met hulp vragen, en wilt u anderen daarbij helpen? "
            "Neem contact op met de coördinatoren. U krijgt een training en u hoort "
            "bij een groep met een contactpersoon. Elke OCO vraagt een verklaring "
            "omtrent gedrag (VOG) aan.</p>"
        ),
        documents("Om te downloaden", CONVENANT_TITLE, AFSPRAKENBLAD_TITLE),
    ],
}

DOCUMENTS = {
    "slug": "documenten",
    "type": "documents",
    "title": "Documenten",
    "show_in_menus": True,
    "intro": (
        "<p>Hier vindt u factsheets, het convenant en andere stukken. U kunt ze "
        "downloaden en delen.</p>"
    ),
    "search_description": "Factsheets, convenant en afsprakenblad om te downloaden.",
}

CONTACT = {
    "slug": "contact",
    "title": "Contact",
    "show_in_menus": True,
    "intro": (
        "Wilt u een OCO, heeft u een vraag, of wilt u zelf OCO worden? "
        "Neem gerust contact met ons op."
    ),
    "search_description": "Telefoon en e-mail van OCO Almere en MEE IJsseloevers.",
    "body": [
        contact_details(),
        heading("Een OCO aanvragen"),
        paragraph(
            "<p>Vertel ons kort waar uw gesprek over gaat en wanneer het is. Wij "
            "zoeken een OCO die bij u past en die contact met u opneemt. Een naaste "
            "of een professional mag dit ook voor u doen, als u dat goed vindt.</p>"
        ),
        heading("Woont u niet in Almere?"),
        paragraph(
            "<p>OCO Almere helpt alleen inwoners van Almere. Woont u ergens anders? "
            "Vraag dan bij uw eigen gemeente naar onafhankelijke "
            "cliëntondersteuning. Elke gemeente moet die gratis aanbieden.</p>"
        ),
    ],
}

PRIVACY = {
    "slug": "privacyverklaring",
    "title": "Privacyverklaring",
    "show_in_footer": True,
    "intro": "Hoe OCO Almere omgaat met uw persoonsgegevens.",
    "search_description": "Welke gegevens wij bewaren, waarom, en wat uw rechten zijn.",
    "body": [
        heading("Welke gegevens gebruiken wij?"),
        paragraph(
            "<p>Vraagt u een OCO aan, dan noteren wij uw naam, hoe wij u kunnen "
            "bereiken en waar uw gesprek over gaat. Soms vertelt u ons iets over uw "
            "gezondheid of uw situatie. Wij gebruiken die gegevens alleen om een OCO "
            "te vinden die bij u past en om u te helpen.</p>"
        ),
        heading("Wie ziet uw gegevens?"),
        paragraph(
            bullets(
                "De coördinatoren van OCO Almere.",
                "De OCO die u helpt, en diens contactpersoon, voor zover zij dat "
                "nodig hebben voor uw hulp.",
            )
            + "<p>Wij geven uw gegevens niet aan anderen, tenzij u daar zelf "
            "toestemming voor geeft of de wet ons daartoe verplicht.</p>"
        ),
        heading("Hoe lang bewaren wij uw gegevens?"),
        paragraph(
            "<p>Niet langer dan nodig. Is de hulp klaar, dan maken wij uw gegevens "
            "na een vaste termijn onherkenbaar. Wat overblijft, zijn cijfers zonder "
            "namen, bijvoorbeeld hoeveel inwoners we hielpen.</p>"
        ),
        heading("Cookies"),
        paragraph(
            "<p>Deze website gebruikt geen cookies om u te volgen en geen "
            "advertenties. Alleen als u inlogt of een formulier invult, gebruiken "
            "wij een cookie die nodig is om de website te laten werken. Video's van "
            "YouTube of Vimeo laden pas als u zelf op afspelen drukt.</p>"
        ),
        heading("Uw rechten"),
        paragraph(
            "<p>U mag uw gegevens inzien, laten verbeteren of laten verwijderen. "
            "Mail of bel ons daarvoor. Bent u niet tevreden over hoe wij met uw "
            "gegevens omgaan? Dan kunt u een klacht indienen bij de Autoriteit "
            "Persoonsgegevens.</p>"
        ),
    ],
}

ACCESSIBILITY = {
    "slug": "toegankelijkheid",
    "title": "Toegankelijkheidsverklaring",
    "show_in_footer": True,
    "intro": "Iedereen moet deze website kunnen gebruiken.",
    "search_description": "Hoe toegankelijk deze website is en hoe wij dat testen.",
    "body": [
        paragraph(
            "<p>OCO Almere wil dat iedereen deze website kan gebruiken, ook mensen "
            "met een beperking. Wij houden ons aan de eisen van de WCAG 2.1 op "
            "niveau AA. Dat is de norm voor websites van de overheid.</p>"
        ),
        heading("Wat wij doen"),
        paragraph(
            bullets(
                "De teksten zijn in eenvoudig Nederlands geschreven (taalniveau B1).",
                "U kunt de hele website met alleen het toetsenbord gebruiken. U ziet "
                "steeds waar u bent.",
                "Bovenaan elke pagina staat een link om direct naar de inhoud te gaan.",
                "Afbeeldingen hebben een beschrijving. Bij video's staat een "
                "uitgeschreven tekst.",
                "De website werkt op een telefoon en als u de tekst groter zet.",
            )
        ),
        heading("Hoe wij dit testen"),
        paragraph(
            bullets(
                "Bij elke wijziging controleert het programma axe in de browser "
                "Chromium elke pagina op de eisen van WCAG 2.1 niveau A en AA. Ook "
                "de formulieren met een foutmelding, de zoekresultaten en de "
                "foutpagina.",
                "Wij testen met alleen het toetsenbord, zonder muis: een OCO "
                "aanvragen, en u aanmelden en weer afmelden voor een training.",
                "Wij bekijken elke pagina op een scherm van 320 pixels breed en met "
                "de tekst twee keer zo groot (200 procent). U hoeft dan niet opzij "
                "te scrollen en er valt niets weg.",
            )
        ),
        heading("Wat nog niet goed is"),
        paragraph(
            "<p>Tests vinden niet alles. Zo controleren ze niet of documenten "
            "(pdf) goed te lezen zijn met een voorleesprogramma. En of een tekst "
            "duidelijk is, kan alleen een mens zeggen.</p>"
        ),
        heading("Loopt u ergens tegenaan?"),
        paragraph(
            "<p>Kunt u iets niet lezen of gebruiken? Laat het ons weten. Wij helpen "
            "u dan op een andere manier en lossen het probleem op.</p>"
        ),
        contact_details(),
    ],
}

SEARCH = {
    "slug": "zoeken",
    "type": "search",
    "title": "Zoeken",
    "intro": "Zoek op deze website.",
}

PAGES = [ABOUT, DOCUMENTS, CONTACT, PRIVACY, ACCESSIBILITY, SEARCH]
