"""printing layer of desk_app."""
