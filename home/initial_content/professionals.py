"""Pages for professionals in Almere's social domain."""

from .blocks import (
    bullets,
    call_to_action,
    contact_details,
    documents,
    heading,
    paragraph,
)
from .feedback import FEEDBACK_FORM

FACTSHEET_TITLE = "Factsheet: wat kunnen een OCO en u van elkaar verwachten?"

FOR_PROFESSIONALS = {
    "slug": "voor-professionals",
    "title": "Voor professionals",
    "show_in_menus": True,
    "intro": (
        "Werkt u in het sociaal domein, bijvoorbeeld in een wijkteam, bij de Wmo of "
        "op school? Lees wat u en een onafhankelijke cliëntondersteuner (OCO) van "
        "elkaar kunnen verwachten."
    ),
    "search_description": "Samenwerken met een OCO en een inwoner doorverwijzen.",
    "body": [
        heading("Waarom een OCO aan tafel?"),
        paragraph(
            "<p>Inwoners hebben recht op gratis onafhankelijke cliëntondersteuning. "
            "Dat recht staat in de Wmo 2015, maar geldt breder: bij de toegang tot "
            "maatschappelijke ondersteuning, zorg, jeugdhulp, onderwijs, welzijn, "
            "wonen, werk en inkomen.</p>"
            "<p>Een OCO helpt de inwoner zijn of haar behoefte onder woorden te "
            "brengen. U kent als professional de mogelijkheden in Almere. Zo vult u "
            "elkaar aan, met hetzelfde doel: de best passende oplossing voor de "
            "inwoner. Een OCO is dus iets anders dan een belangenbehartiger.</p>"
        ),
        heading("Wat merkt u ervan?"),
        paragraph(
            bullets(
                "De inwoner heeft het gesprek vaak goed voorbereid. Dat scheelt tijd.",
                "De OCO kan voor, tijdens en na het gesprek uitleg geven, ook als de "
                "inwoner niet krijgt waar hij of zij op hoopte. Uitleg van iemand die "
                "onafhankelijk is, helpt bij het accepteren van een besluit.",
                "Een vrijwillige OCO is snel en flexibel beschikbaar. Zo plant u het "
                "gesprek en een eventueel vervolg makkelijker in.",
            )
            + "<p>Belt een OCO u namens een inwoner? Dat doet de OCO alleen met "
            "toestemming van de inwoner en terwijl de inwoner erbij is. Twijfelt u? "
            "Vraag er gerust naar.</p>"
        ),
        heading("Ervaringsdeskundige of beroepsmatige OCO"),
        paragraph(
            "<p>In Almere zijn de meeste OCO's ervaringsdeskundigen. Zij weten uit "
            "eigen ervaring hoe het is om te leven met bijvoorbeeld psychische "
            "klachten, een beperking, hersenletsel, schulden of dakloosheid. Daardoor "
            "ontstaat vaak snel vertrouwen. Een ervaringsdeskundige vertelt soms wat "
            "meer over de eigen situatie, of heeft wat meer tijd nodig om het goede "
            "woord te vinden.</p>"
        ),
        heading("Ervaringsdeskundige OCO's van OCO Almere", "h3"),
        paragraph(
            bullets(
                "hebben eigen ervaring en kennis van de situatie van de inwoner;",
                "hebben basiskennis van het sociaal domein;",
                "zijn snel beschikbaar;",
                "kunnen en mogen een stapje extra zetten;",
                "kunnen de brug slaan naar de beroepsmatige OCO's.",
            )
        ),
        heading("Beroepsmatige OCO's van MEE IJsseloevers", "h3"),
        paragraph(
            bullets(
                "hebben vakkennis;",
                "kennen de wegen in het professionele veld;",
                "hebben een professioneel netwerk;",
                "staan op afstand en toch dicht bij de inwoner.",
            )
        ),
        heading("Een inwoner doorverwijzen"),
        paragraph(
            "<p>Spreekt u een inwoner die hulp nodig heeft? Vertel dan dat hij of zij "
            "iemand mag laten meedenken bij gesprekken met instanties: een naaste, "
            "een OCO of allebei. Wil de inwoner een OCO, dan kunt u met zijn of haar "
            "toestemming contact met ons opnemen. Of u geeft de inwoner deze "
            "gegevens:</p>"
        ),
        contact_details(),
        call_to_action(
            "Uw ervaring horen we graag",
            "Hoe was het om met een OCO samen te werken? Voelde het als een "
            "gelijkwaardig samenspel? Wat leverde het de inwoner op, en wat kan "
            "beter? Vertel het ons in een kort formulier.",
            FEEDBACK_FORM["slug"],
            "Deel uw ervaring",
        ),
        documents("Om te downloaden", FACTSHEET_TITLE),
    ],
}

TRALANS = {
    "slug": "tralans-model",
    "parent": "voor-professionals",
    "title": "Het Tralans-model",
    "show_in_menus": True,
    "intro": (
        "Een manier om naar de zelfredzaamheid van inwoners te kijken, met "
        "aandacht voor de mens."
    ),
    "search_description": "Het Tralans-model: kijken naar dynamische zelfredzaamheid.",
    "body": [
        paragraph(
            "<p>Hoe goed iemand zich redt, ligt niet vast. Het verschilt per "
            "levensgebied en het verandert in de tijd. Iemand kan zijn geldzaken "
            "goed regelen en tegelijk vastlopen in contact met instanties. En wie "
            "het vandaag zelf kan, heeft morgen na een tegenslag misschien hulp "
            "nodig. Het Tralans-model noemt dit dynamische zelfredzaamheid.</p>"
        ),
        heading("Wat heeft u eraan?"),
        paragraph(
            bullets(
                "U kijkt niet alleen naar wat iemand niet kan, maar ook naar wat wel "
                "lukt en wat iemand daarvoor nodig heeft.",
                "U bespreekt samen met de inwoner waar hij of zij nu staat, in "
                "plaats van een oordeel van buitenaf.",
                "Ervaringsdeskundigen en professionals krijgen een gedeelde taal om "
                "over de situatie van een inwoner te praten.",
            )
        ),
        paragraph(
            "<p>De OCO's van OCO Almere leren in hun training met dit model te "
            "werken. Wilt u er meer over weten, of eens sparren met een "
            "ervaringsdeskundige? Neem contact met ons op.</p>"
        ),
    ],
}

PAGES = [FOR_PROFESSIONALS, TRALANS]
