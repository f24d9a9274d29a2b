"""Interfaces: the CLI, the HTTP API and the dashboard, thin renderers of the analysis."""
