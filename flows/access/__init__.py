"""Taking access back: staff, invites, reassigning and detaching clients."""
