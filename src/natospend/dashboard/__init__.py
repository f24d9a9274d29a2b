"""The web dashboard: server-rendered pages over natospend.api.tables, charts from natospend.charts."""
