"""The three publications of the initial content, rendered to PDF by pdf.py.

Each section is a heading followed by paragraphs; a list item starts with "- ".
The PDFs use a core font, so texts avoid characters outside Latin-1 (no euro sign).
"""

from .about import AFSPRAKENBLAD_TITLE, CONVENANT_TITLE
from .professionals import FACTSHEET_TITLE

CONVENANT = {
    "title": CONVENANT_TITLE,
    "filename": "convenant-oco-almere.pdf",
    "description": (
        "De afspraken tussen de gemeente Almere en de deelnemende organisaties "
        "over OCO Almere."
    ),
    "sections": [
        (
            "1. Inleiding",
            "OCO Almere bestaat sinds 1 oktober 2018. Inwoners van Almere kunnen "
            "een ervaringsdeskundige vragen om hen te ondersteunen voor, tijdens en "
            "na gesprekken met instanties in het sociaal domein. Ook kunnen zij een "
            "beroepsmatige cliëntondersteuner van MEE IJsseloevers vragen.",
        ),
        (
            "2. Opdracht van de gemeenteraad",
            "Op voorstel van het Breed Overleg Plus (BO+) en de Adviesraad Sociaal "
            "Domein gaf de gemeenteraad in 2017 de opdracht om een pool van "
            "ervaringsdeskundigen te starten. Onafhankelijkheid staat daarbij "
            "voorop. Voor ingewikkelde situaties moet ook professionele "
            "ondersteuning beschikbaar zijn. Inwoners mogen altijd ook hun eigen "
            "netwerk inschakelen, of een naaste en een OCO tegelijk.",
        ),
        (
            "3. Doel",
            "OCO Almere onderzoekt of ervaringsdeskundigen als gespreksondersteuner "
            "de toegangsgesprekken beter maken en helpen de vraag van de inwoner "
            "helder te krijgen. Het werk begon bij gesprekken over de Wmo en "
            "breidt uit naar werk en inkomen, jeugd en passend onderwijs.",
        ),
        (
            "4. Wettelijk kader",
            "Onafhankelijke cliëntondersteuning bij het toegangsgesprek is een "
            "wettelijke taak van de gemeente. De ondersteuning is gratis. De "
            "inwoner bepaalt of hij of zij ondersteuning wil, en van wie.",
        ),
        (
            "5. Evaluatie en bijsturing",
            "Tussentijdse evaluaties kunnen leiden tot aanpassing van de werkwijze, "
            "en zo nodig van dit convenant.",
        ),
        (
            "6. Deelnemende organisaties",
            "De gemeente werkt samen met cliënt- en belangenorganisaties in Almere. "
            "Er kunnen organisaties bij komen. Ook OCO's die nog niet bij een "
            "organisatie horen, kunnen meedoen; de coördinatoren koppelen hen waar "
            "mogelijk later aan een organisatie en een contactpersoon.",
        ),
        (
            "7. Taken en werkwijze",
            "- OCO's ondersteunen bij de voorbereiding op het toegangsgesprek, bij "
            "het gesprek zelf, bij het nabespreken en ondertekenen van het "
            "gespreksverslag, bij de aanvraag en het besluit, en bij de afspraken "
            "over de ondersteuning.\n"
            "- Na elke stap kan de ondersteuning stoppen als de inwoner zelf "
            "verder kan.\n"
            "- Elke deelnemende organisatie draagt minstens drie OCO's voor.\n"
            "- OCO's nemen deel aan trainingen en intervisie.\n"
            "- De coördinatoren zijn het aanspreekpunt en zijn samen met de "
            "organisaties verantwoordelijk voor de kwaliteit en de bekendheid.\n"
            "- De organisaties delen hun kennis met elkaar, met inwoners en met "
            "professionals.\n"
            "- Elke organisatie wijst één contactpersoon aan, die geregeld "
            "overlegt met de coördinatoren.\n"
            "- De gemeente Almere is opdrachtgever. OCO Almere werkt samen met CMO "
            "Flevoland.",
        ),
        (
            "8. Financiën",
            "- Organisaties die actief bijdragen aan het BO+ krijgen 1.000 euro "
            "per jaar; andere organisaties 500 euro per jaar. Daarvoor leveren zij "
            "OCO's en nemen hun contactpersonen deel aan het overleg.\n"
            "- OCO's hebben recht op een vrijwilligersvergoeding. Alle vergoedingen "
            "samen, ook die voor ander vrijwilligerswerk, blijven binnen de "
            "landelijke grenzen voor belastingvrije vergoedingen.",
        ),
        (
            "9. Evaluatie en verantwoording",
            "De coördinatoren bewaken en evalueren de kwaliteit en rapporteren "
            "daarover aan de betrokkenen. De contactpersonen werken daaraan mee en "
            "geven signalen van OCO's en inwoners door.",
        ),
        (
            "10. Inspanningsverplichting",
            "Alle partijen stellen het belang van de inwoner voorop en doen hun "
            "best om de afspraken na te komen. OCO's houden hun rol als OCO "
            "gescheiden van andere rollen in hun organisatie, zodat er geen "
            "belangenverstrengeling ontstaat.",
        ),
    ],
}

AFSPRAKENBLAD = {
    "title": AFSPRAKENBLAD_TITLE,
    "filename": "afsprakenblad-contactpersoon-losse-ocos.pdf",
    "description": (
        "Wat OCO Almere verwacht van de contactpersoon van een groep OCO's die niet "
        "bij een organisatie horen."
    ),
    "sections": [
        (
            "Waarom dit afsprakenblad?",
            "De meeste OCO's horen bij een deelnemende organisatie. OCO's die dat "
            "niet doen, kunnen samen een groep vormen. Eén van hen is dan "
            "contactpersoon voor de groep. Hier staat wat OCO Almere van die "
            "contactpersoon verwacht.",
        ),
        (
            "Vergoeding",
            "De contactpersoon krijgt voor dit vrijwilligerswerk ten hoogste 250 "
            "euro per jaar. De vergoeding gaat op basis van de uren die hij of zij "
            "echt heeft gewerkt en declareert.",
        ),
        (
            "Taken van de contactpersoon",
            "- Is in de regel zelf vrijwilliger.\n"
            "- Zoekt samen met de coördinatoren naar meer OCO's voor de groep.\n"
            "- Let erop dat de OCO's in de groep een verklaring omtrent gedrag "
            "(VOG) aanvragen.\n"
            "- Is het aanspreekpunt voor de OCO's in de groep: over hun rol, "
            "lastige situaties en praktische zaken zoals declaraties.\n"
            "- Vraagt de coördinatoren om hulp bij een vraag die hij of zij niet "
            "kan beantwoorden, en blijft daarbij betrokken.\n"
            "- Krijgt bericht van de coördinatoren als een nieuwe OCO voor het "
            "eerst een inwoner gaat ondersteunen.\n"
            "- Bewaakt de grenzen van wat OCO's doen en let op (de schijn van) "
            "belangenverstrengeling.\n"
            "- Mag in overleg een match voorstellen; de coördinatoren geven altijd "
            "de definitieve toestemming.\n"
            "- Wordt waar mogelijk betrokken bij de nazorg na ingewikkelde "
            "situaties; die nazorg is een taak van de coördinatoren.\n"
            "- Helpt OCO's om actuele situaties in te brengen in de intervisie. "
            "Daar gaat het om de rol van de OCO, niet om de inhoud van de zaak.\n"
            "- Gaat voor elk contactpersonenoverleg na wat er in de groep leeft, "
            "en brengt dat in.\n"
            "- Helpt, in overleg met de coördinatoren, OCO Almere bekender te "
            "maken en kennis te delen.\n"
            "- Neemt in bijzondere gevallen taken van de coördinatoren over.",
        ),
        (
            "Belangenverstrengeling voorkomen",
            "Biedt een OCO naast OCO Almere ook zelf diensten aan inwoners aan? Dan "
            "zorgen de contactpersoon en de OCO samen dat er geen schijn van "
            "belangenverstrengeling is. Dat geldt voor wat de OCO doet en voor het "
            "wijzen op aanbod. De onafhankelijkheid van de OCO staat altijd voorop.",
        ),
    ],
}

FACTSHEET = {
    "title": FACTSHEET_TITLE,
    "filename": "factsheet-professionals-oco-almere.pdf",
    "description": (
        "Voor professionals in het sociaal domein: de rol van een OCO en hoe u "
        "inwoners naar een OCO verwijst."
    ),
    "sections": [
        (
            "Waarom onafhankelijke cliëntondersteuning?",
            "Inwoners hebben recht op gratis onafhankelijke cliëntondersteuning. "
            "Dat staat in de Wmo 2015 en geldt bij de toegang tot alle "
            "maatschappelijke ondersteuning, zorg, jeugdhulp, onderwijs, welzijn, "
            "wonen, werk en inkomen. Een OCO helpt vragen en wensen op een rij te "
            "zetten, gesprekken voor te bereiden, gaat mee naar gesprekken, laat "
            "regels uitleggen en helpt afspraken te maken over de ondersteuning.",
        ),
        (
            "Wat merkt u ervan?",
            "- De inwoner heeft het gesprek vaak goed voorbereid.\n"
            "- De OCO kan voor, tijdens en na het gesprek uitleg geven, ook bij een "
            "afwijzing.\n"
            "- Een vrijwillige OCO is snel en flexibel beschikbaar.\n"
            "- Een OCO belt u alleen namens een inwoner met diens toestemming en "
            "terwijl de inwoner erbij is.",
        ),
        (
            "Ervaringsdeskundige OCO's",
            "De OCO's van OCO Almere weten uit eigen ervaring hoe het is om te "
            "leven met bijvoorbeeld psychische klachten, een beperking, "
            "hersenletsel, een verslaving, schulden of dakloosheid. Dat geeft vaak "
            "snel vertrouwen. Zij volgen trainingen en intervisie. Zij kennen vaak "
            "activiteiten in de buurt en netwerken van lotgenoten en maatjes.",
        ),
        (
            "Ervaringsdeskundig of beroepsmatig",
            "- OCO Almere: eigen ervaring, basiskennis van het sociaal domein, snel "
            "beschikbaar, kan een stapje extra zetten, slaat de brug naar MEE.\n"
            "- MEE IJsseloevers: vakkennis, kent het professionele veld, heeft een "
            "professioneel netwerk, staat op afstand en toch dichtbij.",
        ),
        (
            "Een inwoner in contact brengen met een OCO",
            "Vertel inwoners dat zij iemand mogen laten meedenken: een naaste, een "
            "OCO of allebei. OCO Almere: telefoon (036) 200 21 58, e-mail "
            "info@ocoalmere.nl. MEE IJsseloevers: telefoon (088) 633 06 33, e-mail "
            "info@meeijsseloevers.nl.",
        ),
        (
            "Uw feedback",
            "Hoe ervaart u de samenwerking met een OCO? Wat leverde het op voor de "
            "inwoner, en wat kan beter? Laat het ons weten via info@ocoalmere.nl.",
        ),
    ],
}

PUBLICATIONS = [FACTSHEET, CONVENANT, AFSPRAKENBLAD]
