"""The service layer: the product's questions answered once, as plain results, for every interface.

natospend.service.questions.Questions answers (status table, counts over time, pledges, vintages, aggregates,
paths, burden, comparison, claim checks) with their `Provenance`; the HTTP API, the dashboard and the CLI render them.
"""
