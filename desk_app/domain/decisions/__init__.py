"""Decisions of the county pension office (pure domain, no Qt, no SQL).

- :mod:`kinds`: which decision a request gets (by the annex's benefit), the
  outcome (admitere / respingere) and when a stored calculation is required.
- :mod:`reasons`: the list of rejection reasons per kind, each with its article.
- :mod:`template`: decision templates as data (set by CNPP orders, edited by an
  admin, versioned) with ``{placeholders}`` filled from the request and the
  calculation.
- :mod:`document`: the filled decision as printed and stored.
"""
