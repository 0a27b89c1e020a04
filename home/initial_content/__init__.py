"""The real content of the OCO Almere site, built in code by load_initial_data."""
