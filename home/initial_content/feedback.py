"""The feedback form for professionals, under "Voor professionals": how did
working with an OCO go? Its questions are the form builder's fields, so the
editor can change them; the mail address for notices is left empty."""

NO_PERSONAL_DATA = "Schrijf geen naam of andere gegevens van de inwoner op."


def question(label, field_type, required=True, choices=(), help_text=""):
    return {
        "label": label,
        "field_type": field_type,
        "required": required,
        "choices": "\n".join(choices),
        "help_text": help_text,
    }


FEEDBACK_FORM = {
    "slug": "feedback-geven",
    "parent": "voor-professionals",
    "title": "Uw ervaring met een OCO",
    "show_in_menus": True,
    "search_description": (
        "Professionals vertellen hoe de samenwerking met een OCO ging."
    ),
    "intro": (
        "<p>Heeft u samengewerkt met een OCO van OCO Almere? Bijvoorbeeld bij een "
        "keukentafelgesprek, in het wijkteam of op school? Vertel ons hoe het "
        "ging. Zo leren de OCO's en de coördinatoren wat goed gaat en wat beter "
        "kan. Invullen duurt ongeveer vijf minuten.</p>"
        "<p><b>Schrijf geen namen of andere gegevens van inwoners op.</b> Wij "
        "willen weten hoe de samenwerking ging, niet over wie het ging.</p>"
    ),
    "thank_you_text": (
        "<p>Fijn dat u de tijd nam. De coördinatoren van OCO Almere lezen alle "
        "reacties en bespreken ze met de OCO's, zonder uw naam te noemen.</p>"
        "<p>Mogen wij contact met u opnemen? Dan mailen wij u als wij nog een "
        "vraag hebben over uw reactie.</p>"
    ),
    "fields": [
        question(
            "Wat voor werk doet u?",
            "dropdown",
            choices=[
                "Wmo-consulent",
                "Medewerker van een wijkteam",
                "Medewerker van een school",
                "Zorgverlener",
                "Iets anders",
            ],
        ),
        question(
            "Waar ging het gesprek over?",
            "checkboxes",
            required=False,
            choices=[
                "Wmo",
                "Jeugd",
                "Werk en inkomen",
                "Passend onderwijs",
                "Iets anders",
            ],
            help_text="U mag meer dan één antwoord kiezen.",
        ),
        question(
            "Hoe ging de samenwerking met de OCO?",
            "radio",
            choices=["Goed", "Redelijk", "Matig", "Slecht"],
        ),
        question(
            "Wat ging goed?",
            "multiline",
            required=False,
            help_text=NO_PERSONAL_DATA,
        ),
        question(
            "Wat kan beter?",
            "multiline",
            required=False,
            help_text=NO_PERSONAL_DATA,
        ),
        question(
            "Zou u een inwoner aanraden om weer een OCO te vragen?",
            "radio",
            choices=["Ja", "Nee", "Weet ik niet"],
        ),
        question(
            "U mag contact met mij opnemen over deze reactie",
            "checkbox",
            required=False,
        ),
        question(
            "Uw e-mailadres",
            "email",
            required=False,
            help_text=(
                "Alleen nodig als wij contact met u mogen opnemen. Gebruik uw "
                "werkadres."
            ),
        ),
    ],
}
