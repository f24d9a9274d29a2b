"""Analysis: compliance with pledges, required paths and their uncertainty, burden sharing, source comparison."""
