"""The made-up words of the demo year (intake.initial_content.demo_year): names,
questions and notes, and how often each kind of request comes in. Every name
here is invented; combined at random they make residents that do not exist."""

from intake.choices import ContactTime, ContactWay, Referral, Step, SubmittedBy

# Dutch names and names common among Almere's residents of Moroccan, Turkish,
# Surinamese, Antillean, Ghanaian, Polish, Syrian and Eritrean background.
FIRST_NAMES = [
    "Annelies",
    "Bert",
    "Chantal",
    "Dirk-Jan",
    "Els",
    "Freek",
    "Gonnie",
    "Hennie",
    "Joke",
    "Koen",
    "Lotte",
    "Marco",
    "Nienke",
    "Patrick",
    "Rianne",
    "Sjoerd",
    "Wilma",
    "Youssef",
    "Fatima",
    "Mohamed",
    "Naima",
    "Khadija",
    "Hatice",
    "Mehmet",
    "Elif",
    "Ayse",
    "Ravi",
    "Shanti",
    "Glenn",
    "Roshni",
    "Jurgen",
    "Shurandy",
    "Kwame",
    "Abena",
    "Agnieszka",
    "Tomasz",
    "Rania",
    "Omar",
    "Senait",
    "Yonas",
]
LAST_NAMES = [
    "Brinkhorst",
    "de Vries-Landman",
    "Dijkgraaf",
    "Everaars",
    "Gortemaker",
    "Hoekstra-Veen",
    "Jonkhout",
    "Kerkvliet",
    "Lubbersen",
    "van Maaswijk",
    "Nijhof",
    "Oudendijk",
    "Piekaar",
    "van Rietschoten",
    "Schoonderbeek",
    "Timmerhuis",
    "Veldkamp",
    "Wijnbergen",
    "El Amrani",
    "Bouhaddou",
    "Azzouzi",
    "Karaduman",
    "Öztürk-Bas",
    "Yildirimkaya",
    "Ramdin",
    "Sewnarain",
    "Lachmon-Kisoen",
    "Martina-Rosaria",
    "Isenia",
    "Boateng-Addo",
    "Owusuaa",
    "Kowalczyk",
    "Wiśniewska",
    "Haddadin",
    "Al-Khatib",
    "Tesfamariam",
    "Gebremeskel",
]
# Postcode letters as PostNL uses them (SA, SD and SS are never given out).
POSTCODE_LETTERS = "ABCEGHJKLMNPRTVWXZ"
POSTCODE_NUMBERS = (1311, 1364)  # Almere

SUBMITTED_BY_WEIGHTS = {
    SubmittedBy.RESIDENT: 55,
    SubmittedBy.RELATIVE: 28,
    SubmittedBy.PROFESSIONAL: 17,
}
REFERRAL_WEIGHTS = {
    SubmittedBy.RESIDENT: {
        Referral.MUNICIPALITY: 25,
        Referral.CARE: 15,
        Referral.SCHOOL: 3,
        Referral.ORGANISATION: 10,
        Referral.PEOPLE: 20,
        Referral.INTERNET: 22,
        Referral.OTHER: 5,
    },
    SubmittedBy.RELATIVE: {
        Referral.MUNICIPALITY: 15,
        Referral.CARE: 15,
        Referral.SCHOOL: 10,
        Referral.ORGANISATION: 10,
        Referral.PEOPLE: 25,
        Referral.INTERNET: 20,
        Referral.OTHER: 5,
    },
    SubmittedBy.PROFESSIONAL: {
        Referral.MUNICIPALITY: 50,
        Referral.CARE: 30,
        Referral.SCHOOL: 15,
        Referral.ORGANISATION: 5,
    },
}
# Where professionals who ask on a client's behalf work.
PROFESSIONAL_PLACES = [
    "sociaal wijkteam Almere Haven",
    "sociaal wijkteam Almere Buiten",
    "jeugd- en gezinsteam Almere Poort",
    "huisartsenpraktijk in Almere Stad",
    "basisschool in Almere Oosterwold",
]
CONTACT_WAY_WEIGHTS = {
    ContactWay.PHONE: 50,
    ContactWay.EMAIL: 20,
    ContactWay.EITHER: 30,
}
CONTACT_TIME_WEIGHTS = {
    ContactTime.MORNING: 30,
    ContactTime.AFTERNOON: 25,
    ContactTime.EVENING: 10,
    ContactTime.ANY: 35,
}

# Requests per calendar month, relative: fewer around the summer holidays and
# in December.
MONTH_WEIGHTS = {
    1: 14,
    2: 13,
    3: 15,
    4: 13,
    5: 12,
    6: 11,
    7: 6,
    8: 5,
    9: 14,
    10: 16,
    11: 15,
    12: 9,
}
DOMAIN_WEIGHTS = {
    "wmo": 34,
    "werk-en-inkomen": 20,
    "jeugd": 15,
    "zorg": 10,
    "passend-onderwijs": 8,
    "wonen": 9,
    "anders": 4,
}
# A second domain that often comes with the first.
COMPANION_DOMAINS = {
    "wmo": ["zorg", "wonen"],
    "werk-en-inkomen": ["wonen", "wmo"],
    "jeugd": ["passend-onderwijs"],
    "zorg": ["wmo"],
    "passend-onderwijs": ["jeugd"],
    "wonen": ["werk-en-inkomen"],
}
# (What the conversation is about, with whom) per first domain.
CONVERSATIONS = {
    "wmo": [
        ("Keukentafelgesprek over hulp in het huishouden.", "Wmo-loket Almere"),
        ("Gesprek over een aanpassing in huis.", "Wmo-loket Almere"),
        ("Gesprek over begeleiding thuis.", "Sociaal wijkteam"),
        ("Gesprek over vervoer naar de dagbesteding.", "Wmo-loket Almere"),
    ],
    "werk-en-inkomen": [
        ("Gesprek over een bijstandsuitkering.", "Werkplein Almere"),
        ("Gesprek over schulden en een betalingsregeling.", "Schuldhulpverlening"),
        ("Gesprek over re-integratie na ziekte.", "UWV"),
    ],
    "jeugd": [
        ("Gesprek over jeugdhulp voor een kind.", "Jeugd- en gezinsteam"),
        ("Gesprek over een gezinsplan.", "Jeugd- en gezinsteam"),
    ],
    "zorg": [
        ("Gesprek over een indicatie voor zorg thuis.", "Zorgkantoor"),
        ("Gesprek over ondersteuning na een ziekenhuisopname.", "Sociaal wijkteam"),
    ],
    "passend-onderwijs": [
        ("Gesprek met school over extra ondersteuning.", "Samenwerkingsverband"),
        ("Gesprek over een andere school.", "Samenwerkingsverband"),
    ],
    "wonen": [
        ("Gesprek over urgentie voor een woning.", "Woningcorporatie"),
        ("Gesprek over huurachterstand.", "Woningcorporatie"),
    ],
    "anders": [
        ("Ik weet nog niet goed waar ik moet beginnen.", ""),
        ("Gesprek over een brief van de gemeente.", "Gemeente Almere"),
    ],
}
WISHED_LANGUAGES = [
    "Arabisch",
    "Turks",
    "Engels",
    "Papiaments",
    "Tigrinya",
    "Pools",
    "Sranantongo",
]
REMARKS = [
    "Graag bellen na drie uur.",
    "Lezen is lastig; liever bellen dan mailen.",
    "Mijn dochter is bij het gesprek.",
    "Het gesprek is al over twee weken.",
]
PROPOSAL_NOTES = [
    "Spreekt de gewenste taal.",
    "Heeft zelf ervaring met dit onderwerp.",
    "Woont in dezelfde wijk.",
    "Heeft tijd op de gewenste dagen.",
]
STEP_NOTES = {
    Step.PREPARATION: [
        "Kennismaking bij de inwoner thuis; vragen doorgenomen.",
        "Kennisgemaakt in de bibliotheek; het gesprek samen voorbereid.",
    ],
    Step.ACCESS_MEETING: [
        "Gesprek ging goed; de inwoner voerde zelf het woord.",
        "Bij het gesprek geweest; de inwoner vond het spannend maar deed het goed.",
    ],
    Step.REFLECTION: [
        "Verslag samen nagelezen en aangevuld.",
        "Het gesprek nabesproken; het verslag klopt.",
    ],
    Step.PROVISION: [
        "Voorziening toegekend.",
        "Aanvraag afgewezen; samen bezwaar gemaakt.",
        "Besluit ontvangen en samen doorgelezen.",
    ],
    Step.HANDOVER: [
        "Afgesproken dat de inwoner zelf verder kan.",
        "Overgedragen aan het sociaal wijkteam.",
    ],
}
# How far a trajectory gets before support stops: relative weights of the
# last step. Support after the first conversation (steps four and five) is
# follow-up support.
LAST_STEP_WEIGHTS = [4, 12, 26, 25, 33]
# Days between a step and the next, (least, most); the first from approval.
STEP_GAPS = [(2, 7), (3, 14), (0, 3), (14, 56), (3, 14)]

# How many residents each member supports, relative; members not named get
# DEFAULT_MEMBER_WEIGHT. ONCE_ONLY members support exactly one.
MEMBER_WEIGHTS = {
    "anouk.verbeek@example.org": 16,
    "driss.ouazzani@example.org": 13,
    "wim.oosterkamp@example.org": 11,
    "kofi.mensah@example.org": 10,
    "noor.achterberg@example.org": 9,
    "ilse.brouwershaven@example.org": 7,
    "ruben.okafor@example.org": 6,
    "sevda.yilmazoglu@example.org": 5,
    "gijs.lammerink@example.org": 5,
    "tessa.grootveld@example.org": 3,
    "yara.dekkers@example.org": 3,
}
DEFAULT_MEMBER_WEIGHT = 2
ONCE_ONLY = ["marleen.hofstede@example.org", "bram.zuidervaart@example.org"]
