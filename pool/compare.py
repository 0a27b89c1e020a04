"""The revision compare screen shows a ChoiceListField (a member's domains and
lived experience) with its Dutch labels instead of the stored keys."""

from wagtail.admin.compare import M2MFieldComparison, register_comparison_class

from .fields import ChoiceListField


class ChoiceListFieldComparison(M2MFieldComparison):
    def get_items(self):
        return list(self.val_a or []), list(self.val_b or [])

    def get_item_display(self, item):
        return self.field.labels([item])[0]


register_comparison_class(ChoiceListField, comparison_class=ChoiceListFieldComparison)
