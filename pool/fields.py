"""A list of choices stored as JSON, so a member can have several domains
without a join table inside the page's inline roster."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _


class ChoiceListField(models.JSONField):
    def __init__(self, *args, choice_list=(), **kwargs):
        self.choice_list = list(choice_list)
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["choice_list"] = self.choice_list
        return name, path, args, kwargs

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        known = {key for key, _label in self.choice_list}
        unknown = [item for item in value or [] if item not in known]
        if unknown:
            raise ValidationError(
                _("Onbekende keuze: %(values)s."),
                params={"values": ", ".join(map(str, unknown))},
                code="invalid_choice",
            )

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            label=kwargs.get("label", capfirst(self.verbose_name)),
            required=not self.blank,
            choices=self.choice_list,
            widget=forms.CheckboxSelectMultiple,
            help_text=self.help_text,
        )

    def labels(self, values):
        names = dict(self.choice_list)
        return [str(names.get(value, value)) for value in values or []]
