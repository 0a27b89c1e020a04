"""The yearly overview of the organisations' fees (convenant 8a) and the OCO's
each organisation delivered (convenant 7c), for the coordinators."""
