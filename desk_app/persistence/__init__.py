"""persistence layer of desk_app."""
