"""Pages for residents of Almere and the people close to them (B1 Dutch)."""

from .blocks import (
    bullets,
    call_to_action,
    contact_details,
    faq,
    heading,
    highlight,
    paragraph,
    principles,
)

HOME = {
    "title": "Gratis hulp bij gesprekken met instanties",
    "seo_title": "OCO Almere: gratis onafhankelijke cliëntondersteuning",
    "search_description": (
        "Vrijwilligers met ervaring denken met u mee bij gesprekken over zorg, "
        "jeugdhulp, werk en inkomen of onderwijs. Gratis en onafhankelijk."
    ),
    "intro": (
        "<p>Heeft u binnenkort een gesprek met de gemeente, het wijkteam of een "
        "andere instantie? Bijvoorbeeld over hulp in huis, jeugdhulp, werk, geld "
        "of school? Een onafhankelijke cliëntondersteuner (OCO) denkt met u mee en "
        "kan met u meegaan.</p>"
        "<p>De OCO's van OCO Almere zijn vrijwilligers uit Almere. Ze weten uit "
        "eigen ervaring hoe het is om hulp te moeten vragen. De hulp is gratis.</p>"
    ),
    "cta_title": "Wilt u hulp van een OCO?",
    "cta_text": (
        "Bel of mail ons. Wij zoeken samen met u een OCO die bij u past. "
        "Ook een naaste of een professional kan dit voor u doen, als u dat goed vindt."
    ),
    "cta_slug": "contact",
    "cta_label": "Vraag een OCO aan",
    "highlights": [
        highlight(
            "Wat doet een OCO?",
            "Een OCO helpt u uw vraag op een rij te zetten en gaat mee naar "
            "gesprekken.",
            "wat-doet-een-oco",
        ),
        highlight(
            "Wat kunt u verwachten?",
            "Hoe de hulp verloopt, van het eerste contact tot de afspraken over "
            "uw hulp.",
            "wat-kunt-u-verwachten",
        ),
        highlight(
            "Wie kan u ondersteunen?",
            "Een vrijwilliger van OCO Almere, een beroepskracht van MEE of iemand "
            "uit uw eigen omgeving.",
            "wie-kan-u-ondersteunen",
        ),
        highlight(
            "Bekijk de animatie",
            "In een korte video ziet u wat onafhankelijke cliëntondersteuning is.",
            "animatie",
        ),
        highlight(
            "Voor professionals",
            "Werkt u in het sociaal domein? Lees wat u en een OCO van elkaar "
            "kunnen verwachten.",
            "voor-professionals",
        ),
        highlight(
            "Documenten",
            "Factsheets, het convenant en andere stukken om te downloaden.",
            "documenten",
        ),
    ],
}

TEN_PRINCIPLES = [
    (
        "Ik help rond de toegang tot hulp.",
        "Ik help u duidelijk te maken wat u nodig heeft. Ik doe dat los van de "
        "gemeente.",
    ),
    (
        "U houdt zelf de regie.",
        "Ik steun u, maar ik neem het niet van u over. U beslist.",
    ),
    (
        "Ik zoek de samenwerking.",
        "Ik help u, uw naasten en de professionals om goed samen te werken.",
    ),
    (
        "De oplossing ligt bij u en de professional.",
        "U en de professional bedenken samen wat past. Uw eigen plan is daarbij "
        "het begin.",
    ),
    (
        "Ik ben zelf niet de oplossing.",
        "Soms kan een vrijwilligersorganisatie of een hulpverlener u verder helpen. "
        "Ik wijs u de weg.",
    ),
    (
        "Ik help bij onduidelijkheid over een besluit.",
        "Bent u het niet eens met wat u krijgt of niet krijgt? Dan kan ik een "
        "gesprek met de professional voorstellen om het uit te leggen.",
    ),
    (
        "Ik wijs u op bezwaar en beroep.",
        "Bent u het niet eens met het definitieve besluit? Dan vertel ik u welke "
        "mogelijkheden u heeft en wie u daarbij kan helpen.",
    ),
    (
        "Ik help als de hulp niet goed loopt.",
        "Bent u niet tevreden over de hulp die u krijgt? Dan kan ik een gesprek "
        "met de aanbieder voorstellen. Helpt dat niet, dan denk ik mee over een "
        "klacht.",
    ),
    (
        "Ik heb geen belang bij uw keuze.",
        "Ik werk niet voor een aanbieder waar ik u naartoe verwijs. Zo blijf ik "
        "onafhankelijk.",
    ),
    (
        "U kunt mij aanspreken op mijn rol.",
        "Ik sta open voor een gesprek over hoe ik mijn werk doe, en pas mij aan "
        "als dat beter is voor u.",
    ),
]

WHAT_AN_OCO_DOES = {
    "slug": "wat-doet-een-oco",
    "title": "Wat doet een OCO?",
    "show_in_menus": True,
    "intro": (
        "Een onafhankelijke cliëntondersteuner (OCO) staat naast u bij gesprekken "
        "over hulp en ondersteuning. Zo krijgt u de hulp die bij u past."
    ),
    "search_description": "Wat een onafhankelijke cliëntondersteuner voor u kan doen.",
    "body": [
        paragraph(
            "<p>Iedereen in Almere heeft recht op gratis onafhankelijke "
            "cliëntondersteuning. Dat staat in de wet. Het geldt voor gesprekken over "
            "zorg, hulp in huis, jeugdhulp, werk en inkomen, onderwijs, welzijn en "
            "wonen.</p>"
        ),
        heading("Waarmee kan een OCO helpen?"),
        paragraph(
            "<p>Een OCO kan bijvoorbeeld:</p>"
            + bullets(
                "samen met u op een rij zetten wat uw vragen en wensen zijn;",
                "het gesprek met de instantie met u voorbereiden;",
                "met u meegaan naar het gesprek;",
                "regels en procedures uitleggen, of laten uitleggen;",
                "helpen om goede afspraken te maken over de hulp die u nodig heeft.",
            )
            + "<p>De OCO helpt u tot er goede afspraken zijn over hulp die bij u past. "
            "Ook daarna kunt u bij een vervolggesprek weer om hulp vragen.</p>"
        ),
        heading("Ervaringsdeskundig"),
        paragraph(
            "<p>De OCO's van OCO Almere zijn vrijwilligers met ervaring. Ze weten "
            "bijvoorbeeld hoe het is om te leven met psychische klachten, een "
            "lichamelijke beperking, hersenletsel of een verslaving. Of ze hebben zelf "
            "een uitkering aangevraagd, schulden gehad, of hulp gezocht voor hun "
            "kind. Ze volgen trainingen en leren van elkaar in intervisie.</p>"
        ),
        principles("Mijn rol in tien uitgangspunten", TEN_PRINCIPLES),
        call_to_action(
            "Wilt u hulp van een OCO?",
            "Neem contact met ons op. De hulp is gratis.",
            "contact",
            "Vraag een OCO aan",
        ),
    ],
}

WHAT_TO_EXPECT = {
    "slug": "wat-kunt-u-verwachten",
    "title": "Wat kunt u verwachten?",
    "show_in_menus": True,
    "intro": "Zo verloopt de hulp van een OCO, stap voor stap.",
    "search_description": "De stappen van de hulp van een OCO en veelgestelde vragen.",
    "body": [
        heading("De stappen"),
        paragraph(
            "<ol>"
            "<li><b>Kennismaken en voorbereiden.</b> U vertelt de OCO wat er speelt. "
            "Samen zet u op een rij wat u wilt vragen.</li>"
            "<li><b>Het gesprek.</b> De OCO gaat met u mee naar het gesprek met de "
            "instantie, bijvoorbeeld het wijkteam. U voert zelf het woord, de OCO "
            "helpt waar nodig.</li>"
            "<li><b>Terugkijken.</b> Na het gesprek bespreekt u samen hoe het ging. "
            "De OCO helpt u het verslag van het gesprek te controleren voordat u "
            "tekent.</li>"
            "<li><b>De aanvraag en het besluit.</b> De OCO helpt bij de aanvraag en "
            "legt het besluit uit. Bent u het er niet mee eens? Dan bespreekt u wat u "
            "kunt doen.</li>"
            "<li><b>Afspraken over de hulp.</b> De OCO helpt u goede afspraken te "
            "maken met wie de hulp gaat geven.</li>"
            "</ol>"
            "<p>Kunt u na een stap zelf verder? Dan stopt de hulp daar. U beslist "
            "dat zelf.</p>"
        ),
        heading("Waar u op kunt rekenen"),
        paragraph(
            bullets(
                "De hulp is gratis.",
                "De OCO werkt niet voor de gemeente of voor een zorgaanbieder.",
                "De OCO gaat vertrouwelijk om met wat u vertelt.",
                "De OCO belt alleen met een instantie als u dat goed vindt en als u "
                "erbij bent.",
                "U mag ook iemand uit uw eigen omgeving meenemen naar het gesprek.",
            )
        ),
        faq(
            "Veelgestelde vragen",
            [
                (
                    "Kost een OCO geld?",
                    "<p>Nee. De hulp van een OCO is altijd gratis.</p>",
                ),
                (
                    "Moet ik een OCO nemen?",
                    "<p>Nee. U kiest zelf of u hulp wilt, en van wie. Dat mag ook "
                    "iemand uit uw familie of een vriend zijn.</p>",
                ),
                (
                    "Kan de OCO ook helpen bij een tweede gesprek?",
                    "<p>Ja. Ook bij vervolggesprekken kunt u hulp van een OCO "
                    "vragen.</p>",
                ),
                (
                    "Kan iemand anders een OCO voor mij aanvragen?",
                    "<p>Ja. Een naaste of een professional kan dat voor u doen, als u "
                    "dat goed vindt.</p>",
                ),
                (
                    "Wat als mijn situatie heel ingewikkeld is?",
                    "<p>Dan kan een beroepsmatige cliëntondersteuner van MEE "
                    "IJsseloevers u beter helpen. De OCO kan ook samen met MEE "
                    "optrekken.</p>",
                ),
            ],
        ),
        call_to_action(
            "Wilt u een OCO?",
            "Bel of mail ons. Wij zoeken een OCO die bij u past.",
            "contact",
            "Vraag een OCO aan",
        ),
    ],
}

WHO_CAN_SUPPORT = {
    "slug": "wie-kan-u-ondersteunen",
    "title": "Wie kan u ondersteunen?",
    "show_in_menus": True,
    "intro": "U kiest zelf wie met u meedenkt. Er zijn drie mogelijkheden.",
    "search_description": "OCO Almere, MEE IJsseloevers of iemand uit uw omgeving.",
    "body": [
        heading("Iemand uit uw eigen omgeving"),
        paragraph(
            "<p>Een partner, familielid, buurman of vriend kan met u meegaan naar een "
            "gesprek. U kunt ook én een naaste én een OCO meenemen.</p>"
        ),
        heading("Een vrijwilliger van OCO Almere"),
        paragraph(
            "<p>De OCO's van OCO Almere zijn ervaringsdeskundigen. Ze hebben zelf "
            "meegemaakt wat u nu meemaakt, of iets wat erop lijkt. Ze zijn snel "
            "beschikbaar en kennen vaak activiteiten en lotgenotengroepen in de "
            "buurt.</p>"
        ),
        heading("Een beroepskracht van MEE IJsseloevers"),
        paragraph(
            "<p>Is uw situatie ingewikkeld? Spelen er veel problemen tegelijk? Dan "
            "kan een beroepsmatige cliëntondersteuner van MEE IJsseloevers u helpen. "
            "Zij kennen de wegen in de zorg en hulpverlening goed.</p>"
        ),
        contact_details(),
    ],
}

ANIMATION = {
    "slug": "animatie",
    "parent": "wat-doet-een-oco",
    "title": "Animatie: wat is onafhankelijke cliëntondersteuning?",
    "show_in_menus": True,
    "intro": (
        "Een korte video over wat een OCO voor u kan doen. Onder de video leest u "
        "alles wat er in beeld komt."
    ),
    "search_description": "Video met uitleg over onafhankelijke cliëntondersteuning.",
    "body": [("video", None)],
}

PAGES = [WHAT_AN_OCO_DOES, ANIMATION, WHAT_TO_EXPECT, WHO_CAN_SUPPORT]
