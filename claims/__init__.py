"""policycheck's domain library: documents, normalisation, numbers, dates, claims, cross-checks.

Plain Python: nothing in this package imports Prefect.
"""

__version__ = "0.1.0"
