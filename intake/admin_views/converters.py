"""The URL converter for database ids in the requests' admin."""

from django.urls import register_converter

from home.converters import MAX_ID_DIGITS, IdConverter

__all__ = ["ID", "MAX_ID_DIGITS"]

ID = "intake_id"

register_converter(IdConverter, ID)
