"""domain/law360 layer of desk_app."""
