"""Closing and reopening a client's case, erasing a client, and the daily purge."""
