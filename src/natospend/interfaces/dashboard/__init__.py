"""The web dashboard: server-rendered pages over natospend.interfaces.api.tables, charts from
natospend.charts.figures."""
