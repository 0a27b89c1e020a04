"""The URL converter for database ids in the declarations' admin."""

from django.urls import register_converter

from home.converters import IdConverter

ID = "declaration_id"

register_converter(IdConverter, ID)
