"""infra layer of desk_app."""
