"""desk_app — the counter application of the Romanian county pension offices.

Layers (dependencies point down only, checked by import-linter in the tests):
``gui | cli | server`` → ``services`` → ``printing | persistence | infra`` → ``domain``.
"""

__version__ = "0.1.0"
