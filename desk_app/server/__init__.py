"""server layer of desk_app."""
