"""Hostile inputs and faults (issue 12), one case a test."""
