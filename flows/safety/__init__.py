"""Safe on the client's phone: safety mode (both sides of the chat deleted after a set time,
silent, no map pins, a neutral keyboard) and a quick wipe."""
