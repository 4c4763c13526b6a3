"""domain layer of desk_app."""
