"""The English translations of the pages for residents (plain English, B1).

Each page is a translation of the Dutch page with the slug it is keyed by.
A call to action with REQUEST_PAGE as its page leads to the English request
form when there is one; without it the block is left out."""

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

# Stands for the English translation of the page the Dutch home page's call
# to action leads to (the request form).
REQUEST_PAGE = "@request-page"

HOME = {
    "title": "Free help with meetings with organisations",
    "seo_title": "OCO Almere: free independent client support",
    "search_description": (
        "Volunteers with lived experience help you prepare for meetings about "
        "care, youth care, work and income or school. Free and independent."
    ),
    "intro": (
        "<p>Do you soon have a meeting with the municipality, the local social "
        "team or another organisation? For example about help at home, youth "
        "care, work, money or school? An independent client supporter (OCO) "
        "helps you think it through and can go with you.</p>"
        "<p>The OCOs of OCO Almere are volunteers who live in Almere. They know "
        "from their own life what it is like to ask for help. The help is "
        "free.</p>"
    ),
    "cta_title": "Would you like help from an OCO?",
    "cta_text": (
        "Fill in the form, or call or email us. Together with you, we look for "
        "an OCO who suits you. Someone close to you or a professional can also "
        "do this for you, if you agree."
    ),
    "cta_label": "Ask for an OCO",
    "highlights": [
        highlight(
            "What does an OCO do?",
            "An OCO helps you put your questions in order and goes with you to "
            "meetings.",
            "wat-doet-een-oco",
        ),
        highlight(
            "What can you expect?",
            "How the help works, from the first contact to the agreements about "
            "your help.",
            "wat-kunt-u-verwachten",
        ),
        highlight(
            "Who can support you?",
            "A volunteer of OCO Almere, a professional of MEE or someone you know.",
            "wie-kan-u-ondersteunen",
        ),
    ],
}

TEN_PRINCIPLES = [
    (
        "I help you get access to help.",
        "I help you make clear what you need. I do this independently of the "
        "municipality.",
    ),
    (
        "You stay in charge.",
        "I support you, but I do not take over. You decide.",
    ),
    (
        "I look for cooperation.",
        "I help you, the people close to you and the professionals to work well "
        "together.",
    ),
    (
        "The solution comes from you and the professional.",
        "You and the professional decide together what fits. Your own plan is "
        "the starting point.",
    ),
    (
        "I am not the solution myself.",
        "Sometimes a volunteer organisation or a care worker can help you "
        "further. I show you the way.",
    ),
    (
        "I help when a decision is not clear.",
        "Do you disagree with what you get or do not get? Then I can suggest a "
        "meeting with the professional to explain it.",
    ),
    (
        "I tell you about objections and appeals.",
        "Do you disagree with the final decision? Then I tell you what you can "
        "do and who can help you with it.",
    ),
    (
        "I help when the care does not go well.",
        "Are you not happy with the help you get? Then I can suggest a meeting "
        "with the provider. If that does not help, I help you think about a "
        "complaint.",
    ),
    (
        "I have no interest in your choice.",
        "I do not work for a provider I refer you to. That way I stay independent.",
    ),
    (
        "You can talk to me about my role.",
        "I am open to a conversation about how I do my work, and I change my "
        "approach if that is better for you.",
    ),
]

WHAT_AN_OCO_DOES = {
    "source_slug": "wat-doet-een-oco",
    "slug": "what-does-an-oco-do",
    "title": "What does an OCO do?",
    "intro": (
        "An independent client supporter (OCO) stands by you in meetings about "
        "help and support. That way you get the help that fits you."
    ),
    "search_description": "What an independent client supporter can do for you.",
    "body": [
        paragraph(
            "<p>Everyone in Almere has the right to free independent client "
            "support. This is in the law. It is for meetings about care, help at "
            "home, youth care, work and income, education, well-being and "
            "housing.</p>"
        ),
        heading("How can an OCO help?"),
        paragraph(
            "<p>An OCO can, for example:</p>"
            + bullets(
                "put your questions and wishes in order together with you;",
                "prepare the meeting with the organisation together with you;",
                "go with you to the meeting;",
                "explain rules and procedures, or ask someone to explain them;",
                "help you make good agreements about the help you need.",
            )
            + "<p>The OCO helps you until there are good agreements about help "
            "that fits you. After that, you can ask for help again for a "
            "follow-up meeting.</p>"
        ),
        heading("Lived experience"),
        paragraph(
            "<p>The OCOs of OCO Almere are volunteers with lived experience. For "
            "example, they know what it is like to live with mental health "
            "problems, a physical disability, brain injury or an addiction. Or "
            "they have applied for benefits themselves, had debts, or looked for "
            "help for their child. They take training and learn from each other "
            "in peer review meetings.</p>"
        ),
        principles("My role in ten principles", TEN_PRINCIPLES),
        call_to_action(
            "Would you like help from an OCO?",
            "Fill in the form, or call or email us. The help is free.",
            REQUEST_PAGE,
            "Ask for an OCO",
        ),
    ],
}

WHAT_TO_EXPECT = {
    "source_slug": "wat-kunt-u-verwachten",
    "slug": "what-can-you-expect",
    "title": "What can you expect?",
    "intro": "This is how the help of an OCO works, step by step.",
    "search_description": "The steps of the help of an OCO, and common questions.",
    "body": [
        heading("The steps"),
        paragraph(
            "<ol>"
            "<li><b>Getting to know each other and preparing.</b> You tell the "
            "OCO what is going on. Together you write down what you want to "
            "ask.</li>"
            "<li><b>The meeting.</b> The OCO goes with you to the meeting with "
            "the organisation, for example the local social team. You do the "
            "talking yourself; the OCO helps where needed.</li>"
            "<li><b>Looking back.</b> After the meeting you talk about how it "
            "went. The OCO helps you check the report of the meeting before you "
            "sign it.</li>"
            "<li><b>The application and the decision.</b> The OCO helps with the "
            "application and explains the decision. Do you disagree with it? "
            "Then you talk about what you can do.</li>"
            "<li><b>Agreements about the help.</b> The OCO helps you make good "
            "agreements with the people who will give the help.</li>"
            "</ol>"
            "<p>Can you carry on by yourself after a step? Then the help stops "
            "there. You decide that yourself.</p>"
        ),
        heading("What you can count on"),
        paragraph(
            bullets(
                "The help is free.",
                "The OCO does not work for the municipality or for a care provider.",
                "The OCO keeps what you say confidential.",
                "The OCO only calls an organisation if you agree and if you are there.",
                "You may also bring someone you know to the meeting.",
            )
        ),
        faq(
            "Frequently asked questions",
            [
                (
                    "Does an OCO cost money?",
                    "<p>No. The help of an OCO is always free.</p>",
                ),
                (
                    "Do I have to take an OCO?",
                    "<p>No. You choose if you want help, and from whom. That can "
                    "also be someone from your family or a friend.</p>",
                ),
                (
                    "Can the OCO also help with a second meeting?",
                    "<p>Yes. You can also ask an OCO for help with follow-up "
                    "meetings.</p>",
                ),
                (
                    "Can someone else ask for an OCO for me?",
                    "<p>Yes. Someone close to you or a professional can do that "
                    "for you, if you agree.</p>",
                ),
                (
                    "What if my situation is very complicated?",
                    "<p>Then a professional client supporter of MEE IJsseloevers "
                    "can help you better. The OCO can also work together with "
                    "MEE.</p>",
                ),
                (
                    "Can I speak English with an OCO?",
                    "<p>Please tell us in the form which language you would like "
                    "to speak. We do our best to find an OCO who speaks it, but "
                    "we cannot promise this.</p>",
                ),
            ],
        ),
        call_to_action(
            "Would you like an OCO?",
            "Fill in the form, or call or email us. We look for an OCO who suits you.",
            REQUEST_PAGE,
            "Ask for an OCO",
        ),
    ],
}

WHO_CAN_SUPPORT = {
    "source_slug": "wie-kan-u-ondersteunen",
    "slug": "who-can-support-you",
    "title": "Who can support you?",
    "intro": "You choose who helps you think things through. There are three options.",
    "search_description": "OCO Almere, MEE IJsseloevers or someone you know.",
    "body": [
        heading("Someone you know"),
        paragraph(
            "<p>A partner, family member, neighbour or friend can go with you to "
            "a meeting. You can also bring both someone you know and an OCO.</p>"
        ),
        heading("A volunteer of OCO Almere"),
        paragraph(
            "<p>The OCOs of OCO Almere have lived experience. They have been "
            "through what you are going through now, or something like it. They "
            "are quickly available and often know activities and peer support "
            "groups in the neighbourhood.</p>"
        ),
        heading("A professional of MEE IJsseloevers"),
        paragraph(
            "<p>Is your situation complicated? Are there many problems at the "
            "same time? Then a professional client supporter of MEE IJsseloevers "
            "can help you. They know their way around care and support "
            "services.</p>"
        ),
        contact_details(),
    ],
}

PAGES = [WHAT_AN_OCO_DOES, WHAT_TO_EXPECT, WHO_CAN_SUPPORT]
