"""Aggregate stage: merge what the extract stage read from each document."""
