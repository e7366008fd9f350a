"""A client's short profile (/profile) and the outcomes on their timeline (/outcome)."""
