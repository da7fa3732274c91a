"""The sheets of the budget templates, one module each (see make_templates.py)."""
