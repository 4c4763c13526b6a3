"""services layer of desk_app."""
