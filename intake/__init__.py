"""Residents' requests for an OCO: the public form, matching and trajectories."""
