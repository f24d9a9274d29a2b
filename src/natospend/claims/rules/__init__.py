"""Verdict rules, one module per kind of claim: mixins over judge.CheckerBase that check.Checker combines."""
