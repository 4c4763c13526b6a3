"""domain/annexes layer of desk_app."""
