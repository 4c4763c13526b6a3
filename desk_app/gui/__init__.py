"""gui layer of desk_app."""
