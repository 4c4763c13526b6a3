"""cli layer of desk_app."""
