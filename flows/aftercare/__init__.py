"""aftercare."""
