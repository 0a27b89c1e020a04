"""Fixed lists the pool uses: the domains of the social domain and the areas of
lived experience. Stored as their keys, shown in Dutch."""

from django.utils.translation import gettext_lazy as _

DOMAINS = [
    ("wmo", _("Wmo")),
    ("werk-en-inkomen", _("Werk en inkomen")),
    ("jeugd", _("Jeugd")),
    ("passend-onderwijs", _("Passend onderwijs")),
    ("wonen", _("Wonen")),
    ("zorg", _("Zorg")),
    ("welzijn", _("Welzijn")),
    ("onderwijs", _("Onderwijs")),
]

LIVED_EXPERIENCE = [
    ("psychische-klachten", _("Psychische klachten")),
    ("lichamelijke-beperking", _("Lichamelijke beperking")),
    ("chronische-ziekte", _("Chronische ziekte")),
    ("niet-aangeboren-hersenletsel", _("Niet-aangeboren hersenletsel")),
    ("verstandelijke-beperking", _("Verstandelijke beperking")),
    ("autisme", _("Autisme")),
    ("zintuiglijke-beperking", _("Zintuiglijke beperking")),
    ("verslaving", _("Verslaving")),
    ("schulden", _("Schulden")),
    ("dak-of-thuisloosheid", _("Dak- of thuisloosheid")),
    ("jeugdhulp", _("Jeugdhulp")),
    ("mantelzorg", _("Mantelzorg")),
    ("ouderdom", _("Ouder worden")),
]
