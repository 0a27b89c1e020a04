from django.utils.formats import date_format

from ..occurrences import local


def moment(value):
    """A date and time as the admin shows it, in the site's time zone."""
    return date_format(local(value), "D j F Y H:i")
