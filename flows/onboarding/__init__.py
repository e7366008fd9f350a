"""onboarding."""
