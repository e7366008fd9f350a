"""street."""
