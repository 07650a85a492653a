"""The MkDocs glue: thin adapters between MkDocs' events and the handbook's own packages.

The files listed under `hooks:` in mkdocs.yml are hooks: functions of their event's arguments, with no
state of their own. Where a build keeps state, a small plugin keeps it on itself, as MkDocs' plugins do
(`plugin.py`: the handbook, loaded once per build; `links.py`, `pdf.py`); pyproject.toml registers them
and mkdocs.yml lists them under `plugins:`.
"""
